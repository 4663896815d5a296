"""The store contract, run against the embedded store AND a real Chroma server (``any_mem``).

Sessions, turns, triples with supersession and history, scope visibility, and the lexical index staying in
step with Chroma. Every behaviour here must be identical in both modes.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from spectron_core import NotFoundError, Scope, SessionInfo, Turn
from spectron_core._store._where import visible_clause, within_clause

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)
G: dict[str, str] = {}
ACME = {"org": "acme"}
OTHER = {"org": "other"}
ALICE = {"org": "acme", "user": "alice"}
BOB = {"org": "acme", "user": "bob"}


def at(days: float = 0) -> datetime:
    return T0 + timedelta(days=days)


def lexical_consistent(mem) -> None:
    store = mem._engine.store
    mem.flush()  # raw Chroma read: write the queued group through first
    got = store.memory.get(include=[])
    assert store.lexical.ids() == set(got["ids"])
    counts = store.count()
    assert counts["lexical"] == counts["memory"]


# -- sessions -------------------------------------------------------------------------------------------------


def test_session_create_get_list(any_mem):
    s = any_mem.sessions.create(scope=ALICE, metadata={"channel": "web", "n": 3, "tags": ["a", "b"]})
    assert isinstance(s.info, SessionInfo)
    assert s.id.startswith("ses_")
    assert s.scope == Scope(ALICE)
    assert s.info.created_at.tzinfo is not None
    assert s.info.closed_at is None

    got = any_mem.sessions.get(s.id)
    assert got.id == s.id
    assert got.scope == Scope(ALICE)
    assert got.info.metadata == {"channel": "web", "n": 3, "tags": ["a", "b"]}
    assert got.info.created_at == s.info.created_at

    bob = any_mem.sessions.create(scope=BOB)
    org = any_mem.sessions.create(scope=ACME)
    other = any_mem.sessions.create(scope=OTHER)

    def ids(scope):
        return {i.id for i in any_mem.sessions.list(scope)}

    assert ids(ALICE) == {s.id}
    assert ids(BOB) == {bob.id}
    assert ids(ACME) == {s.id, bob.id, org.id}  # narrower sessions are listed under their org
    assert ids(OTHER) == {other.id}
    assert ids(G) == {s.id, bob.id, org.id, other.id}
    assert ids({"org": "nobody"}) == set()

    with pytest.raises(NotFoundError):
        any_mem.sessions.get("ses_doesnotexist")


def test_list_sessions_excludes_closed_on_request(any_mem):
    open_ = any_mem.sessions.create(scope=ALICE)
    closed = any_mem.sessions.create(scope=ALICE)
    closed.close()
    all_ids = [i.id for i in any_mem.sessions.list(ALICE)]
    assert set(all_ids) == {open_.id, closed.id}
    assert [i.id for i in any_mem.sessions.list(ALICE, include_closed=False)] == [open_.id]


def test_turns_are_ordered_and_per_session(any_mem):
    s = any_mem.sessions.create(scope=ALICE)
    other = any_mem.sessions.create(scope=ALICE)
    texts = [f"message number {i}" for i in range(6)]
    written = []
    for i, t in enumerate(texts):
        role = "user" if i % 2 == 0 else "assistant"
        written.append(s.add_turn(role, t))
        other.add_turn("user", f"other session {i}")
    assert all(isinstance(t, Turn) for t in written)
    turns = s.turns()
    assert [t.content for t in turns] == texts
    assert [t.seq for t in turns] == list(range(6))
    assert [t.role for t in turns] == ["user", "assistant"] * 3
    assert [t.id for t in turns] == [t.id for t in written]
    assert all(t.session_id == s.id and t.scope == ALICE for t in turns)
    assert [t.content for t in other.turns()] == [f"other session {i}" for i in range(6)]
    lexical_consistent(any_mem)


def test_turn_fields_round_trip(any_mem):
    s = any_mem.sessions.create(scope=ALICE)
    t = s.add_turn("tool", "result: 42", observed_at=at(1), metadata={"tool": "calc", "ok": True})
    [back] = s.turns()
    assert back.id == t.id
    assert back.role == "tool"
    assert back.content == "result: 42"
    assert back.observed_at == at(1)
    assert back.metadata == {"tool": "calc", "ok": True}
    assert back.recorded_at.tzinfo is not None


# -- triples, supersession, history ----------------------------------------------------------------------------


def test_triples_supersede_with_history_links(any_mem):
    r1 = any_mem.remember(triples=[("Person/alice", "food_preference", "vegetarian")], scope=ALICE, observed_at=at(0))
    assert [(c.action, c.record.value) for c in r1.attributes] == [("created", "vegetarian")]
    r2 = any_mem.remember(triples=[("Person/alice", "food_preference", "fish")], scope=ALICE, observed_at=at(1))
    assert [(c.action, c.record.value) for c in r2.attributes] == [("superseded", "fish")]
    assert [c.record.value for c in r2.corrections] == ["vegetarian"]

    chain = any_mem.history("Person/alice", "food_preference", scope=ALICE)
    assert [v.value for v in chain] == ["vegetarian", "fish"]
    old, new = chain
    assert old.valid_until is not None and old.valid_until == at(1)
    assert new.valid_until is None
    assert old.valid_from == at(0) and new.valid_from == at(1)
    assert old.superseded_by == new.id and new.supersedes == old.id
    assert old.supersedes is None and new.superseded_by is None
    assert old.source.kind == new.source.kind == "triples"
    assert [v for v in chain if v.valid_until is None] == [new]

    # the entity reference is normalised: a different spelling reads the same chain
    assert [v.id for v in any_mem.history("person/ Alice ", "food_preference", scope=ALICE)] == [old.id, new.id]
    # the same value again is a dedup, not a third version
    r3 = any_mem.remember(triples=[("Person/alice", "food_preference", "fish")], scope=ALICE, observed_at=at(2))
    assert [c.action for c in r3.attributes] in ([], ["reinforced"])
    assert len(any_mem.history("Person/alice", "food_preference", scope=ALICE)) == 2
    lexical_consistent(any_mem)


def test_lexical_state_follows_supersession(any_mem):
    any_mem.remember(triples=[("Person/alice", "food_preference", "vegetarian")], scope=ALICE, observed_at=at(0))
    any_mem.remember(triples=[("Person/alice", "food_preference", "pescatarian")], scope=ALICE, observed_at=at(1))
    old, new = any_mem.history("Person/alice", "food_preference", scope=ALICE)
    lex = any_mem._engine.lexical
    current_hits = {i for i, _ in lex.search("vegetarian pescatarian", Scope(ALICE), kinds=["attribute"])}
    assert current_hits == {new.id}
    history_hits = {
        i for i, _ in lex.search("vegetarian pescatarian", Scope(ALICE), kinds=["attribute"], include_history=True)
    }
    assert history_hits == {old.id, new.id}
    lexical_consistent(any_mem)


# -- visibility ------------------------------------------------------------------------------------------------


@pytest.fixture()
def three_scopes(any_mem):
    """The same key at org, alice and bob scopes, plus a turn with a shared word at each scope."""
    key = ("Project/apollo", "status")
    any_mem.remember(triples=[(*key, "org-default")], scope=ACME, observed_at=at(0))
    any_mem.remember(triples=[(*key, "alice-view")], scope=ALICE, observed_at=at(0))
    any_mem.remember(triples=[(*key, "bob-view")], scope=BOB, observed_at=at(0))
    any_mem.remember(triples=[(*key, "other-org")], scope=OTHER, observed_at=at(0))
    turns = {}
    for name, scope in (("org", ACME), ("alice", ALICE), ("bob", BOB), ("other", OTHER), ("global", G)):
        s = any_mem.sessions.create(scope=scope)
        turns[name] = s.add_turn("user", f"quarantine notice for {name}").id
    return any_mem, key, turns


VISIBLE = [
    # query scope, values of the key visible there, turns visible there
    (ALICE, {"org-default", "alice-view"}, {"org", "alice", "global"}),
    (BOB, {"org-default", "bob-view"}, {"org", "bob", "global"}),
    (ACME, {"org-default", "alice-view", "bob-view"}, {"org", "alice", "bob", "global"}),
    (OTHER, {"other-org"}, {"other", "global"}),
    (G, {"org-default", "alice-view", "bob-view", "other-org"}, {"org", "alice", "bob", "other", "global"}),
    ({"org": "acme", "user": "carol"}, {"org-default"}, {"org", "global"}),
]


@pytest.mark.parametrize(("query", "values", "turn_names"), VISIBLE, ids=[str(v[0]) for v in VISIBLE])
def test_visibility_from_org_user_and_sibling(three_scopes, query, values, turn_names):
    mem, key, turns = three_scopes
    assert {v.value for v in mem.history(*key, scope=query)} == values

    q = Scope(query)
    want_turns = {turns[n] for n in turn_names}
    lex = {i for i, _ in mem._engine.lexical.search("quarantine", q, kinds=["turn"])}
    assert lex == want_turns
    found = {r.id for r in mem._engine.store.find(visible_clause(q), kinds=["turn"])}
    assert found == want_turns
    # nothing returned is from a sibling or another org
    for r in mem._engine.store.find(visible_clause(q), kinds=None):
        assert Scope(r.scope).visible_from(q), (r.id, r.scope, query)


def test_recall_never_returns_a_sibling_record(three_scopes):
    mem, _, turns = three_scopes
    res = mem.recall("quarantine notice apollo status view", top_k=50, scope=ALICE)
    assert res.items, "recall found nothing at all"
    for item in res.items:
        assert Scope(item.scope).visible_from(ALICE), item
        assert item.id != turns["bob"] and item.id != turns["other"]
        assert item.value not in ("bob-view", "other-org")


def test_within_clause_is_the_subtree_only(three_scopes):
    mem, _, turns = three_scopes
    got = {r.id for r in mem._engine.store.find(within_clause(Scope(ALICE)), kinds=["turn"])}
    assert got == {turns["alice"]}  # no ancestors for destructive selections
    got = {r.id for r in mem._engine.store.find(within_clause(Scope(ACME)), kinds=["turn"])}
    assert got == {turns["org"], turns["alice"], turns["bob"]}
    lex = {i for i, _ in mem._engine.lexical.search("quarantine", Scope(ACME), kinds=["turn"], within_only=True)}
    assert lex == got


def test_lexical_index_matches_chroma_after_mixed_writes(any_mem):
    with any_mem.sessions.create(scope=ALICE) as s:
        s.add_turn("user", "first words")
        s.remember(triples=[("Person/alice", "home_city", "Lisbon")], observed_at=at(0))
        s.remember(triples=[("Person/alice", "home_city", "Porto")], observed_at=at(1))
        s.remember("just keep this note about tulips", infer="none")
    lexical_consistent(any_mem)
    hits = {i for i, _ in any_mem._engine.lexical.search("tulips", Scope(ALICE))}
    assert hits and all(any_mem._engine.store.get([i])[i].scope == ALICE for i in hits)
    # a fresh engine over the same store builds nothing new: Chroma and the index already agree
    assert any_mem._engine.store.sync_lexical() is False


def test_get_asks_the_collection_an_id_names_and_finds_ids_of_any_shape(any_mem):
    """``ChromaStore.get`` asks one collection for an id whose prefix names its kind, and both for an id of
    another shape: every record is still found wherever it lives."""
    s = any_mem.sessions.create(scope=ALICE)
    turn = s.remember("I keep bees on the roof.", observed_at=at()).turn.id
    store = any_mem._engine.store
    custom = Turn(
        id="imported-42",
        session_id=s.id,
        scope=ALICE,
        role="user",
        content="An imported memory.",
        seq=99,
        observed_at=at(1),
        recorded_at=at(1),
    )
    store.put([custom])
    any_mem.flush()  # past the write-behind queue: read Chroma itself

    calls: list[tuple[str, tuple[str, ...]]] = []
    for name in ("memory", "meta"):
        coll = getattr(store, name)

        class Counting:
            def __init__(self, inner, label):
                self.inner, self.label = inner, label

            def get(self, *args, **kwargs):
                calls.append((self.label, tuple(kwargs.get("ids") or ())))
                return self.inner.get(*args, **kwargs)

            def __getattr__(self, attr):
                return getattr(self.inner, attr)

        setattr(store, f"_{name}", Counting(coll, name))
    try:
        got = store.get([s.id, turn, "imported-42", "ses_missing", "odd-7"])
    finally:
        for name in ("memory", "meta"):
            setattr(store, f"_{name}", getattr(store, f"_{name}").inner)
    assert set(got) == {s.id, turn, "imported-42"}
    assert got["imported-42"].content == "An imported memory."
    asked = {label: set(ids) for label, ids in calls}
    assert asked["memory"] == {turn, "imported-42", "odd-7"}  # never a session id
    assert asked["meta"] == {s.id, "ses_missing", "odd-7"}  # never a turn, nor an odd id found in _memory
    assert len(calls) == 2


def _where_fields_in_source() -> set[str]:
    """Every metadata field a ``where`` clause in the packages names: ``{"field": {"$op": …}}`` literals,
    ``one_of("field", …)``, ``one_of(field, …)`` over a module's ``*_FIELDS`` tuple, and the reconciler's match
    dicts."""
    import re
    from pathlib import Path

    import spectron_core

    fields: set[str] = set()
    here = Path(spectron_core.__file__).parent
    for root in (here, here.parent / "spectron_integrations"):
        for path in root.rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            fields.update(re.findall(r'"(\w+)":\s*\{"\$\w+"', text))
            fields.update(re.findall(r'one_of\("(\w+)"', text))
            for match in re.findall(r'_current\(\s*"\w+",\s*\{([^}]*)\}', text):
                fields.update(re.findall(r'"(\w+)":', match))
            if re.search(r"one_of\([a-z_]+,", text):  # a field from a loop over a module's *_FIELDS tuple
                for names in re.findall(r"^[A-Z_]*FIELDS = \(([^)]*)\)", text, re.MULTILINE):
                    fields.update(re.findall(r'"(\w+)"', names))
    return fields


def test_rows_carry_every_field_a_where_clause_filters_on_and_no_other():
    """Rows hold the record as JSON plus the flat keys ``where`` clauses read; a clause on a key the codec no
    longer writes would match nothing on a Chroma server (where filtering is Chroma's), so the two lists must
    agree. Everything else stays out of the row: embedded Chroma writes each metadata key as a row of its own."""
    from spectron_core._store._codec import INDEX_FIELDS, encode
    from spectron_core._store._where import scope_metadata

    fixed = {"kind", "status", "is_current", "src_ref", "src_session", "scope_key", "scope_depth", "json"}
    used = {f for f in _where_fields_in_source() if not f.startswith("s_")} - {"journal"}
    assert used, "the where-clause scan found nothing: the pattern is out of date"
    assert used <= set(INDEX_FIELDS) | fixed | {"t_recorded"}, (
        used - set(INDEX_FIELDS) - fixed
    )  # t_recorded: journal rows

    scope = Scope({"org": "acme", "user": "alice"})
    t = Turn(
        id="turn_x",
        session_id="ses_x",
        seq=3,
        role="user",
        content="hello",
        scope=scope.as_dict(),
        observed_at=T0,
        recorded_at=T0,
    )
    _, _, meta = encode(t)
    allowed = set(INDEX_FIELDS) | fixed | set(scope_metadata(scope))
    assert set(meta) <= allowed, set(meta) - allowed
    assert meta["session_id"] == "ses_x" and meta["category"] == "episodic" and "seq" not in meta
