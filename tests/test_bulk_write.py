"""The batch write path (issue 13, item 4): ``remember_many`` and the Mem0 replay must keep batching.

Counted through spies, never timed: a plan of ``BATCH_MESSAGES`` messages costs one existence lookup, one
journal-and-index commit and one commit of lexical contexts (not one of each per message), and gives the same
records and contexts as remembering the messages one by one. The replay lists earlier replays before it writes
and closes the sessions of unrelated scopes after every write, related ones before the related writes (and a
later replay closes what a stopped one left open); a flushed group leaves the journal in one commit."""

from __future__ import annotations

import threading
from typing import Any

from spectron_core import Spectron
from spectron_core._client import Session
from spectron_core._engine import Engine
from spectron_core._store._lexical import LexicalIndex
from spectron_core._store._outbox import Outbox
from spectron_core._write._remember import BATCH_MESSAGES
from spectron_integrations.mem0 import replay_mem0_export
from tests.support import at, state_signature

ALICE = {"org": "acme", "user": "alice"}
FOODS = ["vegetarian", "fish", "vegan", "pasta", "curry"]


def _messages(n: int) -> list[tuple[str, str, Any]]:
    return [("user", f"I now eat {FOODS[i % len(FOODS)]} food, day {i}.", at(i)) for i in range(n)]


def _contexts(mem: Spectron) -> dict[str, str]:
    rows = mem._engine.lexical._db.execute(
        "SELECT d.id, f.ctx FROM docs d JOIN fts f ON f.rowid = d.rid WHERE d.kind = 'turn'").fetchall()
    return dict(rows)


def _count(monkeypatch: Any, owner: Any, name: str, counts: dict[str, int], *, key: str = "") -> None:
    """Count calls of ``owner.name`` made by this thread (the background flusher's are not the batch's)."""
    original = getattr(owner, name)
    me = threading.current_thread()

    def counting(*a: Any, **k: Any) -> Any:
        if threading.current_thread() is me:
            counts[key or name] = counts.get(key or name, 0) + 1
        return original(*a, **k)

    monkeypatch.setattr(owner, name, counting)


def test_remember_many_costs_one_lookup_and_two_commits_per_plan(tmp_path: Any, monkeypatch: Any) -> None:
    n = 2 * BATCH_MESSAGES + 8  # three plans
    plans = -(-n // BATCH_MESSAGES)
    mem = Spectron(path=str(tmp_path / "bulk"))
    store = mem._engine.store
    store.outbox.delay = 3600  # no timed flush in the middle of the count
    store.outbox.group = 10_000
    counts: dict[str, int] = {}
    turn_lookups = {"n": 0}
    original_get = store.get

    def get(ids: Any) -> Any:
        if any(str(i).startswith("turn") for i in ids):
            turn_lookups["n"] += 1
        return original_get(ids)

    with mem.sessions.create(scope=ALICE, session_id="bulk") as s:
        monkeypatch.setattr(store, "get", get)
        _count(monkeypatch, LexicalIndex, "set_context", counts)
        _count(monkeypatch, Outbox, "stage", counts)
        _count(monkeypatch, store.embedding_function, "embed_texts", counts)
        results = s.remember_many(_messages(n))
        assert all(r.turn is not None for r in results)
        assert turn_lookups["n"] == plans  # one get per plan, not one per message
        assert counts["set_context"] == plans  # contexts of a plan in one transaction
        assert counts["stage"] == plans  # journal entry + index rows of a plan in one transaction
        assert counts["embed_texts"] == 1
        again = s.remember_many(_messages(n))  # an exact replay writes nothing, still batched
        assert turn_lookups["n"] == 2 * plans and counts["stage"] == plans
        assert [r.turn.id for r in again] == [r.turn.id for r in results]
        embedded: list[str] = []
        embed = store.embedding_function.embed_texts
        monkeypatch.setattr(store.embedding_function, "embed_texts",
                            lambda texts: embedded.extend(texts) or embed(texts))
        repeated = s.remember_many([("user", "Thanks, that helps.", at(500 + i)) for i in range(3)])
        assert embedded == ["Thanks, that helps."]  # a text the batch repeats is embedded once
        assert len({r.turn.id for r in repeated}) == 3


def test_remember_many_writes_what_one_by_one_writes(tmp_path: Any) -> None:
    n = BATCH_MESSAGES + 5
    stores = []
    for batched in (True, False):
        mem = Spectron(path=str(tmp_path / f"s{batched}"))
        with mem.sessions.create(scope=ALICE, session_id="same") as s:
            if batched:
                s.remember_many(_messages(n))
            else:
                for role, text, when in _messages(n):
                    s.remember(text, role=role, observed_at=when)
        mem.flush()
        stores.append(mem)
    assert _contexts(stores[0]) == _contexts(stores[1])
    assert state_signature(stores[0]) == state_signature(stores[1])


def _export(users: list[str], per_user: int, run_every: int = 0) -> list[dict[str, Any]]:
    out = []
    for i in range(per_user * len(users)):
        item = {"id": f"m{i}", "memory": f"I now eat {FOODS[i % len(FOODS)]} food.", "user_id": users[i % len(users)],
                "created_at": at(i).isoformat()}
        if run_every and i % run_every == 0:
            item["run_id"] = "r1"
        out.append(item)
    return out


def test_replay_lists_first_and_defers_closing_unrelated_sessions(tmp_path: Any, monkeypatch: Any) -> None:
    mem = Spectron(path=str(tmp_path / "replay"))
    events: list[tuple[str, Any]] = []
    listing, closing, writing = Spectron.records, Engine.close_session, Session.remember_many

    def records(self: Any, **k: Any) -> Any:
        events.append(("list", k.get("scope")))
        return listing(self, **k)

    def close_session(self: Any, session: Any) -> Any:
        events.append(("close", dict(session.scope)))
        return closing(self, session)

    def remember_batch(self: Any, messages: Any, **k: Any) -> Any:
        events.append(("write", dict(self.scope)))
        return writing(self, messages, **k)

    monkeypatch.setattr(Spectron, "records", records)
    monkeypatch.setattr(Engine, "close_session", close_session)
    monkeypatch.setattr(Session, "remember_many", remember_batch)
    result = replay_mem0_export(_export(["ann", "bea", "cal"], 4, run_every=5), mem, progress=False)
    assert result.written == 12
    kinds = [e[0] for e in events]
    first_write = kinds.index("write")
    assert "list" not in kinds[first_write:kinds.index("close")]  # no listing (a Chroma flush) between writes
    # ann's run scope is within ann's: its session closes before ann's own scope is written; bea and cal are
    # unrelated to everything before them, so their sessions close after the last write.
    assert events.index(("close", {"user": "ann", "run": "r1"})) < events.index(("write", {"user": "ann"}))
    last_write = max(i for i, e in enumerate(events) if e[0] == "write")
    assert events.index(("close", {"user": "bea"})) > last_write
    assert events.index(("close", {"user": "cal"})) > last_write
    assert sum(1 for e in events if e[0] == "close") == result.sessions
    second = replay_mem0_export(_export(["ann", "bea", "cal"], 4, run_every=5), mem, progress=False)
    assert second.written == 0 and second.skipped == 12


def test_replay_stopped_before_closing_is_closed_by_the_next(tmp_path: Any, monkeypatch: Any) -> None:
    """Sessions close last, so a replay stopped after its writes leaves them open; the next replay, which
    has nothing to write there, closes them (their consolidation still runs once)."""
    import spectron_integrations.mem0.replay as replay

    mem = Spectron(path=str(tmp_path / "stopped"))
    export = _export(["ann", "bea"], 3)
    with monkeypatch.context() as m:
        m.setattr(replay, "_close_related", lambda opened, scope: None)  # the process dies before closing
        replay_mem0_export(export, mem, progress=False)
    assert len(mem.sessions.list(include_closed=False)) == 2
    again = replay_mem0_export(export, mem, progress=False)
    assert again.written == 0
    assert mem.sessions.list(include_closed=False) == []
    assert len(mem.sessions.list()) == 2


def test_a_flushed_group_leaves_the_journal_in_one_commit(tmp_path: Any, monkeypatch: Any) -> None:
    mem = Spectron(path=str(tmp_path / "group"))
    store = mem._engine.store
    store.outbox.delay = 3600
    with mem.sessions.create(scope=ALICE, session_id="group") as s:
        for i in range(5):
            s.remember(f"I now eat {FOODS[i]} food.", observed_at=at(i))
        assert len(store.lexical.journal_ids()) >= 5  # the session and five remembers, all queued
        counts: dict[str, int] = {}
        _count(monkeypatch, LexicalIndex, "journal_remove", counts)
        mem.flush()
        assert counts["journal_remove"] == 1 and store.lexical.journal_ids() == []
