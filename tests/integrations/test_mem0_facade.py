"""The Mem0-compatible facade: a small application written against Mem0's API runs unchanged on it and on the
real ``mem0ai`` (offline, ``infer=False``); Spectron's semantics where they differ; scope isolation through
every call (a security property)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest

# Mem0 reads MEM0_TELEMETRY once, when it is imported: offline tests must set it before the import.
os.environ["MEM0_TELEMETRY"] = "False"
pytest.importorskip("mem0")

from spectron_core import ScopeError, Spectron  # noqa: E402
from spectron_integrations.mem0 import AsyncMemory, Mem0ArgumentError, Mem0ConfigError, Memory  # noqa: E402
from tests.integrations.mem0_support import MiniLMLangChain, offline_mem0  # noqa: E402

RESULT_KEYS = {"id", "memory", "hash", "metadata", "created_at", "updated_at", "user_id"}


def support_app(memory: Any, user_id: str, *, infer: bool) -> dict[str, Any]:
    """A small support bot written against Mem0's API (2.x call shapes), knowing nothing of Spectron."""
    seen: dict[str, Any] = {}
    memory.add([{"role": "user", "content": "My favourite city is Lisbon and I live there."},
                {"role": "assistant", "content": "Lovely, I will remember that."}],
               user_id=user_id, metadata={"channel": "chat"}, infer=infer)
    memory.add("I am allergic to peanuts.", user_id=user_id, metadata={"channel": "email"}, infer=infer)
    hits = memory.search("Does the customer have any allergy?", filters={"user_id": user_id}, top_k=3)["results"]
    seen["search"] = hits
    listed = memory.get_all(filters={"user_id": user_id})["results"]
    seen["listed"] = listed
    allergy = next(m for m in listed if "peanut" in m["memory"].lower())
    memory.update(allergy["id"], text="I am allergic to peanuts and shellfish.")
    seen["after_update"] = memory.get(allergy["id"])
    seen["history"] = memory.history(allergy["id"])
    memory.delete(allergy["id"])
    seen["after_delete"] = memory.get(allergy["id"])
    seen["left"] = memory.get_all(filters={"user_id": user_id})["results"]
    memory.delete_all(user_id=user_id)
    seen["after_delete_all"] = memory.get_all(filters={"user_id": user_id})["results"]
    return seen


def _check_app(seen: dict[str, Any], user_id: str) -> None:
    """What the application relies on, whichever system is behind it."""
    assert seen["search"], "search found nothing"
    assert any("peanut" in h["memory"].lower() for h in seen["search"])
    for item in [*seen["search"], *seen["listed"]]:
        assert RESULT_KEYS <= set(item), set(item)
        assert item["user_id"] == user_id
    assert all("score" in h for h in seen["search"])
    assert any((m.get("metadata") or {}).get("channel") == "email" for m in seen["listed"])
    assert "shellfish" in seen["after_update"]["memory"]
    events = [h["event"] for h in seen["history"]]
    assert events[0] == "ADD" and "UPDATE" in events
    assert seen["after_delete"] is None
    assert all("peanut" not in m["memory"].lower() for m in seen["left"])
    assert seen["left"], "deleting one memory took the others"
    assert seen["after_delete_all"] == []


def test_application_runs_unchanged_on_mem0_and_on_the_facade(tmp_path: Path) -> None:
    old = offline_mem0(tmp_path / "mem0")
    _check_app(support_app(old, "alice", infer=False), "alice")  # the real Mem0 OSS, offline
    facade = Memory(Spectron(path=str(tmp_path / "spectron")))
    _check_app(support_app(facade, "alice", infer=False), "alice")
    _check_app(support_app(facade, "carol", infer=True), "carol")  # Mem0's default: facts are extracted


def test_contradicting_add_supersedes_and_the_id_stays_usable(tmp_path: Path) -> None:
    m = Memory(Spectron(path=str(tmp_path / "s")))
    first = m.add("I live in Lisbon.", user_id="alice")["results"]
    assert [r["event"] for r in first] == ["ADD"]
    mid = first[0]["id"]
    second = m.add("I moved to Oslo.", user_id="alice")["results"]
    assert [(r["event"], r["id"]) for r in second] == [("UPDATE", mid)]  # same memory, a new version
    assert "Lisbon" in second[0]["previous_memory"]
    listed = m.get_all(user_id="alice")["results"]
    assert [i["id"] for i in listed] == [mid] and "Oslo" in listed[0]["memory"]  # current value only
    assert "Oslo" in m.get(mid)["memory"]
    m.update(mid, "I moved to Porto.")
    assert "Porto" in m.get(mid)["memory"]
    chain = m.history(mid)
    assert [h["event"] for h in chain] == ["ADD", "UPDATE", "UPDATE"]
    assert all(h["memory_id"] == mid for h in chain)
    assert "Lisbon" in chain[0]["new_memory"] and "Porto" in chain[-1]["new_memory"]
    assert [i["id"] for i in m.get_all(user_id="alice")["results"]] == [mid]
    # repeating the current fact adds nothing
    assert [r["event"] for r in m.add("I live in Porto.", user_id="alice")["results"]] == ["NONE"]
    m.delete(mid)
    assert m.get(mid) is None and m.history(mid)[-1]["event"] == "DELETE"
    assert m.get_all(user_id="alice")["results"] == []
    assert not m.search("Where does Alice live?", user_id="alice")["results"]
    with pytest.raises(ValueError):
        m.delete(mid + "x")


def test_delete_all_needs_an_id_and_removes_only_that_scope(tmp_path: Path) -> None:
    m = Memory(Spectron(path=str(tmp_path / "s")))
    m.add("I live in Lisbon.", user_id="alice")
    m.add("I live in Oslo.", user_id="alice", agent_id="planner")
    m.add("I live in Rome.", user_id="bob")
    with pytest.raises(Mem0ArgumentError):
        m.delete_all()
    m.delete_all(user_id="alice")
    assert m.get_all(user_id="alice")["results"] == []
    assert m.get_all(user_id="alice", agent_id="planner")["results"] == []  # narrower scopes go too
    assert [i["user_id"] for i in m.get_all(user_id="bob")["results"]] == ["bob"]
    with pytest.raises(Mem0ArgumentError):
        m.search("where?")  # no id: never the global scope
    with pytest.raises(Mem0ArgumentError):
        m.add("hello")


def test_run_ids_are_sessions_and_scopes(tmp_path: Path) -> None:
    mem = Spectron(path=str(tmp_path / "s"))
    m = Memory(mem)
    m.add("I am planning a trip to Japan.", user_id="alice", run_id="trip-1", infer=False)
    m.add("I booked the hotel.", user_id="alice", run_id="trip-1", infer=False)
    m.add("Unrelated run.", run_id="trip-2", infer=False)
    sessions = mem.sessions.list({"user": "alice", "run": "trip-1"})
    assert len(sessions) == 1 and sessions[0].closed_at is not None  # one named session, reopened per add
    assert {i["memory"] for i in m.get_all(run_id="trip-1", user_id="alice")["results"]} == {
        "I am planning a trip to Japan.", "I booked the hotel."}
    assert {i["memory"] for i in m.get_all(run_id="trip-2")["results"]} == {"Unrelated run."}
    assert all(i.get("run_id") == "trip-2" for i in m.search("trip", filters={"run_id": "trip-2"})["results"])


def test_scope_isolation_through_every_facade_call(tmp_path: Path) -> None:
    mem = Spectron(path=str(tmp_path / "s"))
    shared = Memory(mem)
    bob_ids = [r["id"] for r in shared.add("I live in Lisbon. My password hint is walrus.", user_id="bob",
                                           infer=False)["results"]]
    bob_fact = shared.add("I prefer vegetarian food.", user_id="bob")["results"][0]["id"]
    shared.add("I live in Oslo.", user_id="alice")

    def bobs(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [i for i in items if i.get("user_id") != "alice" or "walrus" in i["memory"] or
                "vegetarian" in i["memory"]]

    # an unbound facade: every scope-keyed call stays inside the ids it is given
    assert not bobs(shared.search("walrus password Lisbon vegetarian", filters={"user_id": "alice"})["results"])
    assert not bobs(shared.get_all(filters={"user_id": "alice"})["results"])
    shared.delete_all(user_id="alice")
    assert len(shared.get_all(user_id="bob")["results"]) == 2

    # a facade over a bound client: ids of another user cannot be read, changed or deleted either
    alice = Memory(mem.bound({"user": "alice"}))
    alice.add("I live in Oslo.", user_id="alice")
    for bob_id in [*bob_ids, bob_fact]:
        assert alice.get(bob_id) is None
        assert alice.history(bob_id) == []
        with pytest.raises((Mem0ArgumentError, ScopeError)):
            alice.update(bob_id, "hijacked")
        with pytest.raises((Mem0ArgumentError, ScopeError)):
            alice.delete(bob_id)
    with pytest.raises(ScopeError):
        alice.add("I am Bob now.", user_id="bob")
    with pytest.raises(ScopeError):
        alice.search("Lisbon", filters={"user_id": "bob"})
    with pytest.raises(ScopeError):
        alice.get_all(user_id="bob")
    with pytest.raises(ScopeError):
        alice.delete_all(user_id="bob")
    assert not bobs(alice.search("walrus password Lisbon vegetarian", user_id="alice")["results"])
    alice.reset()  # a bound facade's reset erases its floor only
    assert alice.get_all(user_id="alice")["results"] == []
    left = shared.get_all(user_id="bob")["results"]
    assert len(left) == 2 and all("hijacked" not in i["memory"] for i in left)
    assert shared.get(bob_ids[0])["memory"].startswith("I live in Lisbon")


def test_from_config_maps_what_it_can_and_rejects_the_rest(tmp_path: Path) -> None:
    config = {
        "vector_store": {"provider": "chroma", "config": {"collection_name": "mem0_app", "path": str(tmp_path / "c")}},
        "embedder": {"provider": "langchain", "config": {"model": MiniLMLangChain()}},
        "history_db_path": str(tmp_path / "history.db"),
        "version": "v1.1",
    }
    m = Memory.from_config(config)
    m.add("I live in Lisbon.", user_id="alice")
    assert m.search("Lisbon", filters={"user_id": "alice"})["results"]
    assert (tmp_path / "c").exists()
    from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
    from langchain_core.messages import AIMessage

    with_llm = Memory.from_config({"vector_store": {"provider": "chroma", "config": {"path": str(tmp_path / "l")}},
                                   "llm": {"provider": "langchain", "config": {
                                       "model": GenericFakeChatModel(messages=iter([AIMessage(content="{}")]))}}})
    assert isinstance(with_llm, Memory)  # a LangChain chat model becomes Spectron's LLM extractor
    bad = [
        {"vector_store": {"provider": "qdrant", "config": {}}},
        {"embedder": {"provider": "openai", "config": {"model": "text-embedding-3-small"}}},
        {"llm": {"provider": "openai", "config": {"model": "gpt-4o-mini"}}},
        {"graph_store": {"provider": "neo4j"}},
        {"vector_store": {"provider": "chroma", "config": {"path": str(tmp_path), "api_key": "x"}}},
    ]
    for cfg in bad:
        with pytest.raises(Mem0ConfigError) as err:
            Memory.from_config(cfg)
        assert str(err.value)


def test_async_memory(tmp_path: Path) -> None:
    async def run() -> None:
        m = AsyncMemory(Spectron(path=str(tmp_path / "s")))
        mid = (await m.add("I live in Lisbon.", user_id="alice"))["results"][0]["id"]
        await m.add("I moved to Oslo.", user_id="alice")
        assert "Oslo" in (await m.get(mid))["memory"]
        assert (await m.search("Where does Alice live?", filters={"user_id": "alice"}))["results"]
        assert [h["event"] for h in await m.history(mid)] == ["ADD", "UPDATE"]
        assert len((await m.get_all(user_id="alice"))["results"]) >= 1
        await m.update(mid, "I moved to Porto.")
        assert "Porto" in (await m.get(mid))["memory"]
        await m.delete(mid)
        assert await m.get(mid) is None
        await m.delete_all(user_id="alice")
        assert (await m.get_all(user_id="alice"))["results"] == []

    asyncio.run(run())


def test_get_all_lists_a_name_no_attribute_holds_and_a_mirrored_relation_once(tmp_path: Path) -> None:
    m = Memory(Spectron(path=str(tmp_path / "s")))
    m.add("We adopted a greyhound called Comet and I work at Umbrella Labs.", user_id="alice")
    memories = [i["memory"] for i in m.get_all(user_id="alice")["results"]]
    assert any("Comet" in t for t in memories), memories  # the pet's name, held by a relation only
    assert sum("Umbrella" in t for t in memories) == 1, memories  # employer = …, not again as works_at


def test_a_memory_that_may_have_changed_carries_its_open_question(tmp_path: Path) -> None:
    """A later message about the same one-value fact, in words the extractor cannot read, leaves the old memory
    listed, with the question Spectron holds about it; another user's memory carries nothing."""
    from tests.support import ReadsOnly

    first, later = "I drive a Honda Civic.", "traded in the old car for an electric one last week"
    m = Memory(Spectron(path=str(tmp_path / "s"), extractor=ReadsOnly({first: ("vehicle", "Honda Civic")})))
    m.add(first, user_id="dana")
    m.add(first, user_id="omar")
    m.add(later, user_id="dana")
    listed = m.get_all(user_id="dana")["results"]
    car = [i for i in listed if i["spectron"]["key"] == "vehicle"]
    assert len(car) == 1 and "may have changed" in (car[0]["spectron"]["conflict"] or ""), listed
    assert any(later in i["memory"] for i in listed)  # the message itself, kept verbatim (no fact was read)
    found = m.search("what car do I drive?", user_id="dana")["results"]
    assert any(i["spectron"]["key"] == "vehicle" and i["spectron"]["conflict"] for i in found), found
    assert all(i["spectron"]["conflict"] is None for i in m.get_all(user_id="omar")["results"])
