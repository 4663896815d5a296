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
from spectron_core._store._lexical import LexicalIndex
from spectron_core._store._outbox import Outbox
from spectron_core._write._remember import BATCH_MESSAGES
from spectron_core._write._sessions import SessionBook
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
        calls: list[list[str]] = []
        embed_texts = store.embedding_function.embed_texts
        monkeypatch.setattr(store.embedding_function, "embed_texts",
                            lambda texts: calls.append(list(texts)) or embed_texts(texts))
        results = s.remember_many(_messages(n))
        assert all(r.turn is not None for r in results)
        assert turn_lookups["n"] == plans  # one get per plan, not one per message
        assert counts["set_context"] == plans  # contexts of a plan in one transaction
        assert counts["stage"] == plans  # journal entry + index rows of a plan in one transaction
        said = {text for _, text, _ in _messages(n)}
        assert [set(c) for c in calls if said & set(c)] == [said]  # every message text, in one call
        # besides, on a fresh embedder, the ontology's key meanings in one call (_vectors), and the short spans a
        # change said in new words is read from (_replacement: "i now eat fish food" after "vegetarian"); never a
        # message again
        others = [c for c in calls if not said & set(c)]
        meanings = [c for c in others if any(": " in t for t in c)]
        assert len(meanings) <= 1
        assert all(len(t.split()) <= 4 for c in others if c not in meanings for t in c)
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
    listing, closing, writing = Spectron.records, SessionBook.close_session, Session.remember_many

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
    monkeypatch.setattr(SessionBook, "close_session", close_session)
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


# -- the batch path must not change what is written ------------------------------------------------------
def _mixed_export() -> list[dict[str, Any]]:
    """Users, an agent, runs within a user, repeated and contradicting facts, listed out of time order."""
    texts = ["I live in Lisbon.", "I moved to Porto.", "I work at Acme.", "I have a dog named Rex.",
             "I no longer work at Acme.", "Thanks, that helps.", "I am vegetarian.", "I live in Lisbon."]
    out = []
    for i in range(60):
        item = {"id": f"m{i}", "memory": texts[(i * 7) % len(texts)], "created_at": at(i).isoformat()}
        if i % 9 == 0:
            item["agent_id"] = "helper"
        else:
            item["user_id"] = ["ann", "bea", "cal"][i % 3]
            if i % 4 == 0:
                item["run_id"] = f"r{i % 2}"
        out.append(item)
    return list(reversed(out))


def test_replay_in_waves_writes_what_one_call_per_scope_writes(tmp_path: Any, monkeypatch: Any) -> None:
    """Waves (texts embedded ahead on a helper thread, flushed once per wave) and small batches give the same
    records, lexical contexts and id map as one wave and one remember_many call per scope; a second replay of
    either changes nothing."""
    import spectron_integrations.mem0.replay as replay

    outcomes = []
    for wave, batch in ((7, 3), (10_000, 10_000)):
        monkeypatch.setattr(replay, "WAVE_MESSAGES", wave)
        mem = Spectron(path=str(tmp_path / f"w{wave}"))
        first = replay_mem0_export(_mixed_export(), mem, progress=False, batch_size=batch)
        signature, contexts = state_signature(mem), _contexts(mem)
        second = replay_mem0_export(_mixed_export(), mem, progress=False, batch_size=batch)
        assert second.written == 0 and state_signature(mem) == signature and _contexts(mem) == contexts
        outcomes.append((signature, contexts, first.id_map,
                         (first.facts_created, first.facts_reinforced, first.facts_superseded, first.sessions)))
    assert outcomes[0] == outcomes[1]


def test_remember_many_with_vectors_and_held_flush_writes_the_same(tmp_path: Any) -> None:
    """``vectors`` (embedded ahead; texts it lacks are embedded here) and ``flush=False`` change nothing
    written; the held flush starts when the caller asks, and the stored vectors are the ones given."""
    import numpy as np

    msgs = _messages(BATCH_MESSAGES + 3)
    stores = []
    for ahead in (False, True):
        mem = Spectron(path=str(tmp_path / f"v{ahead}"))
        store = mem._engine.store
        with mem.sessions.create(scope=ALICE, session_id="vec") as s:
            if ahead:
                texts = list(dict.fromkeys(m[1] for m in msgs))
                given = dict(zip(texts[1:], mem.embed(texts[1:])))  # the first text is left to the write
                s.remember_many(msgs, vectors=given, flush=False)
                assert store.lexical.journal_ids()  # nothing flushed behind the writes...
                assert store.outbox._held
                mem.flush(wait=False)  # ...until asked
                turn = next(r for r in store.session_turns(s.id) if r.content == texts[1])
                stored = np.frombuffer(store.lexical.vectors([turn.id])[turn.id][1], dtype="<f4")
                assert np.allclose(stored, np.asarray(given[texts[1]], dtype="<f4"), atol=1e-6)  # packed unit-norm
            else:
                s.remember_many(msgs)
        mem.flush()
        assert mem._engine.store.lexical.journal_ids() == []
        stores.append(mem)
    assert state_signature(stores[0]) == state_signature(stores[1])
    assert _contexts(stores[0]) == _contexts(stores[1])


def test_a_flush_from_staged_rows_writes_what_replaying_the_journal_writes(tmp_path: Any) -> None:
    """The flusher writes this process's entries from what it staged; the journal bodies (what a crash
    recovery replays) must give Chroma exactly the same rows, supersessions included."""
    stores = []
    for from_journal in (False, True):
        mem = Spectron(path=str(tmp_path / f"j{from_journal}"))
        box = mem._engine.store.outbox
        box.delay = 3600
        box.group = 10_000
        with mem.sessions.create(scope=ALICE, session_id="jrn") as s:
            s.remember_many(_messages(BATCH_MESSAGES + 9))
            for i in range(4):
                s.remember(f"I now eat {FOODS[i]} food.", observed_at=at(300 + i))
        if from_journal:
            box._mine.clear()  # as if another process had staged them: read back from the journal
        mem.flush()
        stores.append(mem)
    assert state_signature(stores[0]) == state_signature(stores[1])


def test_records_from_the_local_index_match_a_chroma_listing(tmp_path: Any, monkeypatch: Any) -> None:
    """``Spectron.records`` of recallable kinds reads the local index; it lists what the Chroma listing lists,
    in every state (history, forgotten) and for scopes with narrower ones."""
    mem = Spectron(path=str(tmp_path / "records"))
    replay_mem0_export(_mixed_export(), mem, progress=False)
    facts = mem.records(scope={"user": "ann"}, kinds=["attribute"])
    mem.forget(ids=[facts[0].id], scope={"user": "ann"})
    store = mem._engine.store
    cases = [({"user": "ann"}, ["attribute", "relation"], h, f) for h in (False, True) for f in (False, True)]
    cases += [({"user": "bea"}, ["turn"], True, False), ({"agent": "helper"}, ["turn", "chunk"], False, False),
              (None, ["attribute", "turn", "chunk"], True, True)]
    local = [mem.records(scope=sc, kinds=k, include_history=h, include_forgotten=f) for sc, k, h, f in cases]
    monkeypatch.setattr(store, "within", lambda *a, **k: None)  # the Chroma listing
    chroma = [mem.records(scope=sc, kinds=k, include_history=h, include_forgotten=f) for sc, k, h, f in cases]
    assert [[r.model_dump() for r in rs] for rs in local] == [[r.model_dump() for r in rs] for rs in chroma]
    assert any(r.status != "active" for r in local[1] + local[3])  # a forgotten record was listed
