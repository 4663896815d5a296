"""``SpectronStore`` against LangGraph's own ``InMemoryStore`` on the same operations, plus what ours adds by
design (history, scope mapping, scope isolation) and a LangGraph graph that uses it."""

from __future__ import annotations

from typing import Any

import pytest
from langgraph.store.base import BaseStore, GetOp, InvalidNamespaceError, PutOp, SearchOp
from langgraph.store.memory import InMemoryStore

from spectron_core import AsyncSpectron, Scope, ScopeError, Spectron, ValidationError
from spectron_integrations.langchain import SpectronStore, escape_label, unescape_label

ALICE = ("org", "acme", "user", "alice")
BOB = ("org", "acme", "user", "bob")


def _view(item: Any) -> tuple[tuple[str, ...], str, dict[str, Any]]:
    return (tuple(item.namespace), item.key, item.value)


def _run_both(ops: list[tuple[str, tuple[Any, ...], dict[str, Any]]], ours: BaseStore) -> list[tuple[Any, Any]]:
    """Apply the same public-method calls to ours and to InMemoryStore; return each call's pair of results."""
    theirs = InMemoryStore()
    out = []
    for name, args, kwargs in ops:
        a = getattr(ours, name)(*args, **kwargs)
        b = getattr(theirs, name)(*args, **kwargs)
        out.append((a, b))
    return out


def _normalise(result: Any) -> Any:
    if result is None:
        return None
    if isinstance(result, list):
        if result and isinstance(result[0], tuple):
            return result  # list_namespaces: ordered by contract (sorted)
        return sorted(_view(i) for i in result)  # search without a query: order is not part of the contract
    return _view(result)


def test_same_operations_same_answers_as_in_memory_store(mem: Spectron) -> None:
    ops: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
        ("put", (ALICE, "food"), {"value": {"text": "I am vegetarian", "n": 1}}),
        ("put", (BOB, "pet"), {"value": {"text": "Bob has a dog", "n": 2, "tags": ["a", "b"]}}),
        ("put", (ALICE + ("notes",), "jazz"), {"value": {"text": "likes jazz", "n": 3, "meta": {"mood": "good"}}}),
        ("get", (ALICE, "food"), {}),
        ("put", (ALICE, "food"), {"value": {"text": "I now eat FISH", "n": 4}}),  # update: case-only change too
        ("get", (ALICE, "food"), {}),
        ("search", (("org", "acme"),), {}),
        ("search", (("org", "acme"),), {"filter": {"n": {"$gte": 3}}}),
        ("search", (("org", "acme"),), {"filter": {"meta": {"mood": "good"}}}),
        ("search", (("org", "acme"),), {"filter": {"tags": ["a", "b"]}}),
        ("search", (ALICE,), {}),
        ("search", (("org", "acme", "user"),), {"filter": {"n": {"$ne": 4}}}),
        ("list_namespaces", (), {}),
        ("list_namespaces", (), {"prefix": ("org", "acme", "user")}),
        ("list_namespaces", (), {"suffix": ("notes",)}),
        ("list_namespaces", (), {"prefix": ("org", "*", "user")}),
        ("list_namespaces", (), {"max_depth": 4}),
        ("list_namespaces", (), {"max_depth": 2}),
        ("list_namespaces", (), {"limit": 1, "offset": 1}),
        ("delete", (BOB, "pet"), {}),
        ("get", (BOB, "pet"), {}),
        ("search", (("org", "acme"),), {}),
        ("delete", (BOB, "never-existed"), {}),
        ("put", (BOB, "pet"), {"value": {"text": "Bob adopted a cat"}}),  # a deleted key comes back
        ("get", (BOB, "pet"), {}),
    ]
    for (name, args, kwargs), (a, b) in zip(ops, _run_both(ops, SpectronStore(mem))):
        assert _normalise(a) == _normalise(b), (name, args, kwargs)


def test_search_pagination_and_query_cover_the_same_items(mem: Spectron) -> None:
    ours, theirs = SpectronStore(mem), InMemoryStore()
    texts = ["Alice is vegetarian", "Alice plays the cello", "Alice lives in Lisbon", "Alice has two cats"]
    for store in (ours, theirs):
        for i, t in enumerate(texts):
            store.put(ALICE, f"k{i}", {"text": t})
    pages = [ours.search(ALICE, limit=2, offset=o) for o in (0, 2, 4)]
    assert [len(p) for p in pages] == [2, 2, 0]
    assert sorted(_view(i) for p in pages for i in p) == sorted(_view(i) for i in theirs.search(ALICE, limit=10))
    # A query ranks by hybrid recall, yet still returns every item of the prefix, like InMemoryStore does.
    hits = ours.search(ALICE, query="which city does she live in", limit=10)
    assert sorted(_view(i) for i in hits) == sorted(_view(i) for i in theirs.search(ALICE, query="x", limit=10))
    assert hits[0].value["text"] == "Alice lives in Lisbon"
    assert hits[0].score is not None
    assert len(ours.search(ALICE, query="cello", limit=1)) == 1
    assert ours.search(ALICE, query="cello", limit=1)[0].value["text"] == "Alice plays the cello"


def test_put_supersedes_with_history_and_keeps_created_at(mem: Spectron) -> None:
    store = SpectronStore(mem)
    store.put(ALICE, "food", {"diet": "vegetarian"})
    first = store.get(ALICE, "food")
    store.put(ALICE, "food", {"diet": "pescatarian"})
    now = store.get(ALICE, "food")
    assert first is not None and now is not None
    assert now.value == {"diet": "pescatarian"}
    assert now.created_at == first.created_at and now.updated_at > first.updated_at
    assert [v.value["diet"] for v in store.versions(ALICE, "food")] == ["vegetarian", "pescatarian"]


def test_delete_forgets_softly_and_purge_erases(mem: Spectron) -> None:
    soft, hard = SpectronStore(mem), SpectronStore(mem, purge=True)
    soft.put(ALICE, "a", {"x": 1})
    hard.put(BOB, "b", {"x": 2})
    soft.delete(ALICE, "a")
    hard.delete(BOB, "b")
    assert soft.get(ALICE, "a") is None and hard.get(BOB, "b") is None
    assert mem.audit(scope={"org": "acme", "user": "alice"}, kinds=["attribute"])  # kept for audit
    assert not mem.audit(scope={"org": "acme", "user": "bob"}, kinds=["attribute"])  # erased


def test_namespaces_map_to_scopes_pairs_positional_and_escaped(mem: Spectron) -> None:
    pairs = SpectronStore(mem)
    assert pairs.scope_for(ALICE) == Scope({"org": "acme", "user": "alice"})
    assert pairs.scope_for(ALICE + ("memories",)) == Scope({"org": "acme", "user": "alice"})
    positional = SpectronStore(mem, namespace_dims=["org", "user"])
    assert positional.scope_for(("acme", "alice", "memories")) == Scope({"org": "acme", "user": "alice"})
    email = "alice@example.com"
    assert unescape_label(escape_label(email)) == email and "." not in escape_label(email)
    assert unescape_label(escape_label("100%.x")) == "100%.x"
    ns = ("org", "acme", "user", escape_label(email))
    pairs.put(ns, "k", {"v": 1})
    # The item is written at the unescaped scope: a client bound to that user sees it.
    user_store = SpectronStore(mem.bound({"org": "acme", "user": email}))
    assert user_store.get(ns, "k") is not None
    profile = mem.profile(scope={"org": "acme", "user": email})
    assert any(f.scope == {"org": "acme", "user": email} for f in profile.knowledge)


def test_bad_namespaces_and_values_raise_typed_errors(mem: Spectron) -> None:
    store = SpectronStore(mem)
    with pytest.raises(InvalidNamespaceError):
        store.put(("org", "a.b"), "k", {"v": 1})  # LangGraph's own rule, checked by BaseStore
    with pytest.raises(InvalidNamespaceError):
        store.batch([PutOp(("org", "a.b"), "k", {"v": 1})])  # ops handed straight to batch are checked too
    with pytest.raises(ScopeError):
        store.put(("Org", "acme"), "k", {"v": 1})  # not a dimension name
    with pytest.raises(ScopeError):
        store.put(("user", "a", "user", "b"), "k", {"v": 1})
    with pytest.raises(ValidationError):
        store.put(ALICE, "big", {"text": "x" * 3000})
    with pytest.raises(ValidationError):
        store.put(ALICE, "obj", {"when": object()})
    with pytest.raises(ScopeError):
        SpectronStore(mem, namespace_dims=["Org"])
    assert store.get(ALICE, "big") is None  # nothing was written by the refused puts


def test_bound_store_cannot_leave_its_floor_and_sees_org_items_read_only(mem: Spectron) -> None:
    org_store = SpectronStore(mem.bound({"org": "acme"}))
    org_store.put(("policies",), "returns", {"text": "30 days"})
    alice = SpectronStore(mem.bound({"org": "acme", "user": "alice"}))
    bob = SpectronStore(mem.bound({"org": "acme", "user": "bob"}))
    alice.put(("memories",), "food", {"text": "vegetarian"})
    # Org-wide items are visible from below (a read sees its ancestors' memory) ...
    got = alice.get(("policies",), "returns")
    assert got is not None and got.value == {"text": "30 days"}
    assert ("policies",) in alice.list_namespaces()
    # ... but a user's delete never reaches them, and a user's put shadows rather than overwrites.
    alice.delete(("policies",), "returns")
    assert org_store.get(("policies",), "returns") is not None
    alice.put(("policies",), "returns", {"text": "alice's note"})
    assert alice.get(("policies",), "returns").value == {"text": "alice's note"}  # type: ignore[union-attr]
    assert org_store.get(("policies",), "returns").value == {"text": "30 days"}  # type: ignore[union-attr]
    assert bob.get(("policies",), "returns").value == {"text": "30 days"}  # type: ignore[union-attr]
    # Siblings never see each other, and a namespace naming another user is refused.
    assert bob.get(("memories",), "food") is None
    assert bob.search((), query="vegetarian") == [] or all(
        i.value != {"text": "vegetarian"} for i in bob.search((), query="vegetarian"))
    with pytest.raises(ScopeError):
        bob.get(("user", "alice", "memories"), "food")
    with pytest.raises(ScopeError):
        SpectronStore(mem.bound({"org": "acme", "user": "bob"}), scope={"org": "acme"})


def test_batch_runs_ops_in_order(mem: Spectron) -> None:
    store = SpectronStore(mem)
    out = store.batch([PutOp(ALICE, "k", {"v": 1}), GetOp(ALICE, "k"), SearchOp(ALICE, None, 10, 0, None)])
    assert out[0] is None and out[1] is not None and out[1].value == {"v": 1} and len(out[2]) == 1


async def test_async_batch_matches_in_memory_store(tmp_path: Any) -> None:
    amem = AsyncSpectron(path=str(tmp_path / "store"))
    ours, theirs = SpectronStore(amem), InMemoryStore()
    for store in (ours, theirs):
        await store.aput(ALICE, "food", {"text": "vegetarian"})
        await store.aput(ALICE, "food", {"text": "fish"})
        await store.aput(BOB, "pet", {"text": "dog"})
        await store.adelete(BOB, "pet")
    a, b = await ours.aget(ALICE, "food"), await theirs.aget(ALICE, "food")
    assert a is not None and b is not None and _view(a) == _view(b)
    assert sorted(map(_view, await ours.asearch(("org",)))) == sorted(map(_view, await theirs.asearch(("org",))))
    assert await ours.alist_namespaces() == [ALICE]
    hits = await ours.asearch(("org",), query="what does alice eat")
    assert [h.value for h in hits] == [{"text": "fish"}]


def test_langgraph_graph_uses_the_store(mem: Spectron) -> None:
    from typing import TypedDict

    from langgraph.graph import END, START, StateGraph
    from langgraph.runtime import Runtime

    class State(TypedDict):
        user: str
        fact: str
        answer: str

    def write(state: State, runtime: Runtime[Any]) -> dict[str, Any]:
        assert runtime.store is not None
        runtime.store.put(("user", state["user"], "facts"), "latest", {"text": state["fact"]})
        return {}

    def read(state: State, runtime: Runtime[Any]) -> dict[str, Any]:
        assert runtime.store is not None
        hits = runtime.store.search(("user", state["user"]), query="what do I like")
        return {"answer": hits[0].value["text"] if hits else ""}

    builder = StateGraph(State)
    builder.add_node("write", write)
    builder.add_node("read", read)
    builder.add_edge(START, "write")
    builder.add_edge("write", "read")
    builder.add_edge("read", END)
    graph = builder.compile(store=SpectronStore(mem.bound({"org": "acme"})))
    out = graph.invoke({"user": "alice", "fact": "I like jazz", "answer": ""})
    assert out["answer"] == "I like jazz"
    out = graph.invoke({"user": "bob", "fact": "I like techno", "answer": ""})
    assert out["answer"] == "I like techno"  # bob's search never returns alice's item
    # The store's items are ordinary Spectron memory at the user's scope.
    assert "jazz" in mem.recall("jazz", scope={"org": "acme", "user": "alice"}).formatted
    assert "jazz" not in mem.recall("jazz", scope={"org": "acme", "user": "bob"}).formatted
