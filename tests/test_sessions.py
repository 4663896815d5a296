"""Sessions: lifecycle, metadata, reopening, listing, turn sequencing and idempotent turns."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from spectron_core import Scope, Spectron, ValidationError

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)
ACME = {"org": "acme"}
ALICE = {"org": "acme", "user": "alice"}
ALICE_AGENT = {"org": "acme", "user": "alice", "agent": "planner"}
BOB = {"org": "acme", "user": "bob"}


def test_context_manager_closes_the_session(mem):
    with mem.sessions.create(scope=ALICE) as s:
        assert not s.closed
        s.add_turn("user", "hello there")
    assert s.closed
    assert s.info.closed_at is not None and s.info.closed_at.tzinfo is not None
    assert s.info.closed_at >= s.info.created_at
    stored = mem.sessions.get(s.id)
    assert stored.closed and stored.info.closed_at == s.info.closed_at
    assert stored.info.turn_count == 1


def test_context_manager_closes_even_when_the_block_raises(mem):
    with pytest.raises(RuntimeError):
        with mem.sessions.create(scope=ALICE) as s:
            s.add_turn("user", "about to fail")
            raise RuntimeError("boom")
    assert mem.sessions.get(s.id).info.closed_at is not None


def test_close_is_idempotent(mem):
    s = mem.sessions.create(scope=ALICE)
    first = s.close()
    second = s.close()
    assert first.closed_at == second.closed_at
    assert mem.sessions.get(s.id).info.closed_at == first.closed_at


def test_closed_session_rejects_writes_and_writes_nothing(mem):
    with mem.sessions.create(scope=ALICE) as s:
        s.add_turn("user", "only turn")
    before = mem._engine.store.count()
    with pytest.raises(ValidationError):
        s.add_turn("user", "too late")
    with pytest.raises(ValidationError):
        s.remember("I now eat fish.")
    with pytest.raises(ValidationError):
        s.remember(triples=[("Person/alice", "food_preference", "fish")])
    with pytest.raises(ValidationError):
        s.remember_many(["one", "two"])
    # a stale handle fetched again is closed too
    again = mem.sessions.get(s.id)
    with pytest.raises(ValidationError):
        again.add_turn("user", "still too late")
    assert mem._engine.store.count() == before
    assert [t.content for t in s.turns()] == ["only turn"]


STALE_WRITES = {
    "add_turn": lambda s: s.add_turn("user", "written after the session was closed"),
    "remember-text": lambda s: s.remember("I now eat fish.", observed_at=T0),
    "remember-triples": lambda s: s.remember(triples=[("Person/alice", "food_preference", "fish")]),
    "remember-infer-none": lambda s: s.remember("a note", infer="none"),
    "remember_many": lambda s: s.remember_many(["one", "two"]),
}


@pytest.mark.parametrize("op", list(STALE_WRITES))
def test_stale_open_handle_cannot_write_after_close_elsewhere(mem, op):
    """Closing through one handle must stop writes through another handle of the same session (BUG: the
    closed check only looks at the handle's cached SessionInfo, never at the stored session)."""
    s = mem.sessions.create(scope=ALICE)
    other = mem.sessions.get(s.id)
    other.close()
    before = mem._engine.store.count()
    with pytest.raises(ValidationError):
        STALE_WRITES[op](s)
    assert mem._engine.store.count() == before
    assert s.turns() == []


def test_metadata_round_trips(mem):
    meta = {"channel": "web", "n": 3, "ratio": 0.5, "ok": True, "none": None, "nested": {"a": [1, "x"]},
            "unicode": "ü✓"}
    s = mem.sessions.create(scope=ALICE, metadata=meta)
    assert s.info.metadata == meta
    assert mem.sessions.get(s.id).info.metadata == meta
    [listed] = [i for i in mem.sessions.list(ALICE) if i.id == s.id]
    assert listed.metadata == meta
    # and from a second client on the same folder
    other = Spectron(path=str(mem._engine.path))
    assert other.sessions.get(s.id).info.metadata == meta


def test_session_id_reopens_the_same_session(mem):
    s = mem.sessions.create(scope=ALICE, session_id="conversation-42", metadata={"v": 1})
    s.add_turn("user", "first")
    again = mem.sessions.create(scope=ALICE, session_id="conversation-42")
    assert again.id == s.id
    assert again.info.created_at == s.info.created_at
    again.add_turn("user", "second")
    assert [t.content for t in again.turns()] == ["first", "second"]
    assert [t.seq for t in again.turns()] == [0, 1]
    assert len([i for i in mem.sessions.list(ALICE) if i.id == s.id]) == 1
    # the same name at another scope is another session (names are qualified by scope), never this one
    bobs = mem.sessions.create(scope=BOB, session_id="conversation-42")
    assert bobs.id != s.id and bobs.turns() == []
    # a different client on the same folder reopens it too and continues the sequence
    other = Spectron(path=str(mem._engine.path))
    third = other.sessions.create(scope=ALICE, session_id="conversation-42").add_turn("user", "third")
    assert third.seq == 2


def test_bad_session_ids_rejected(mem):
    for bad in ("", "   ", "x" * 201, 42):
        with pytest.raises(ValidationError):
            mem.sessions.create(scope=ALICE, session_id=bad)
    with pytest.raises(ValidationError):
        mem.sessions.get("")


def test_list_includes_narrower_sessions_only(mem):
    org = mem.sessions.create(scope=ACME)
    alice = mem.sessions.create(scope=ALICE)
    agent = mem.sessions.create(scope=ALICE_AGENT)
    bob = mem.sessions.create(scope=BOB)
    other = mem.sessions.create(scope={"org": "other"})

    def ids(scope):
        return [i.id for i in mem.sessions.list(scope)]

    assert set(ids(ACME)) == {org.id, alice.id, agent.id, bob.id}
    assert set(ids(ALICE)) == {alice.id, agent.id}  # not the org's (an ancestor), not bob's
    assert set(ids(ALICE_AGENT)) == {agent.id}
    assert set(ids({})) == {org.id, alice.id, agent.id, bob.id, other.id}
    # listed oldest first
    assert ids(ACME) == [s.id for s in sorted((org, alice, agent, bob), key=lambda s: s.info.created_at)]
    for info in mem.sessions.list(ALICE):
        assert Scope(info.scope).contains(ALICE)


def test_turn_seq_is_monotonic_across_handles_and_processes(mem):
    s = mem.sessions.create(scope=ALICE)
    seqs = [s.add_turn("user" if i % 2 == 0 else "assistant", f"turn {i}").seq for i in range(5)]
    assert seqs == [0, 1, 2, 3, 4]
    # a second handle (same engine) continues
    assert mem.sessions.get(s.id).add_turn("user", "turn 5").seq == 5
    # a fresh engine on the same folder (cold cache) continues from the store, not from 0
    fresh = Spectron(path=str(mem._engine.path))
    assert fresh.sessions.get(s.id).add_turn("user", "turn 6").seq == 6
    turns = fresh.sessions.get(s.id).turns()
    assert [t.seq for t in turns] == list(range(7))
    assert [t.content for t in turns] == [f"turn {i}" for i in range(7)]
    # remember() turns share the same sequence
    r = fresh.sessions.get(s.id).remember("some note", infer="none")
    assert r.turn is None or r.turn.seq == 7
    r2 = fresh.sessions.get(s.id).remember("I like tea.")
    assert r2.turn is not None and r2.turn.seq > 6


def test_identical_turn_with_same_observed_at_is_idempotent(mem):
    s = mem.sessions.create(scope=ALICE)
    a = s.add_turn("user", "I moved to Lisbon.", observed_at=T0)
    before = mem._engine.store.count()
    b = s.add_turn("user", "I moved to Lisbon.", observed_at=T0)
    assert b.id == a.id and b.seq == a.seq
    assert mem._engine.store.count() == before
    assert [t.id for t in s.turns()] == [a.id]
    # the same instant written in another zone is the same instant
    c = s.add_turn("user", "I moved to Lisbon.", observed_at=T0.astimezone(timezone(timedelta(hours=5))))
    assert c.id == a.id
    assert len(s.turns()) == 1
    # a different time, role or text is a different turn
    d = s.add_turn("user", "I moved to Lisbon.", observed_at=T0 + timedelta(seconds=1))
    e = s.add_turn("assistant", "I moved to Lisbon.", observed_at=T0)
    assert len({a.id, d.id, e.id}) == 3
    assert [t.seq for t in s.turns()] == [0, 1, 2]


def test_identical_turn_without_observed_at_is_a_new_turn(mem):
    s = mem.sessions.create(scope=ALICE)
    a = s.add_turn("user", "ok")
    b = s.add_turn("user", "ok")
    assert a.id != b.id
    assert [t.seq for t in s.turns()] == [0, 1]


def test_same_turn_in_another_session_is_distinct(mem):
    s1 = mem.sessions.create(scope=ALICE)
    s2 = mem.sessions.create(scope=ALICE)
    a = s1.add_turn("user", "hello", observed_at=T0)
    b = s2.add_turn("user", "hello", observed_at=T0)
    assert a.id != b.id
    assert b.seq == 0


def test_remember_replay_is_idempotent(mem):
    s = mem.sessions.create(scope=ALICE)
    first = s.remember("I prefer vegetarian food.", observed_at=T0)
    before = mem._engine.store.count()
    again = s.remember("I prefer vegetarian food.", observed_at=T0)
    assert again.turn is not None and again.turn.id == first.turn.id
    assert mem._engine.store.count() == before
    assert len(s.turns()) == 1


def test_session_repr_and_scope(mem):
    s = mem.sessions.create(scope=ALICE)
    assert s.scope == Scope(ALICE)
    assert s.id in repr(s)
    assert mem.sessions.create().scope == Scope()  # default: global on an unbound client
