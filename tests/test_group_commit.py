"""Group commit (``_store/_outbox``): a write is acknowledged when durable in the local index file and reaches
Chroma with its group. These tests pin what makes that safe: every read sees the write at once, Chroma is
never read or written behind a queued write, the final state equals writing through, a queued write survives
the process, and a group costs a few Chroma calls instead of a few per write."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from spectron_core import Spectron
from spectron_core._store._journal import journal_body, parse_journal_body
from spectron_core._store._outbox import GROUP_COMMIT
from tests.support import at, state_signature

ROOT = Path(__file__).resolve().parent.parent
ALICE = {"org": "acme", "user": "alice"}
FOODS = ["vegetarian", "fish", "vegan", "pasta", "curry"]


def _raw_ids(mem: Spectron) -> set[str]:
    store = mem._engine.store
    return set(store.memory.get(include=[])["ids"]) | set(store.meta.get(include=[])["ids"])


def _feed(session, n: int) -> list:
    out = []
    for i in range(n):
        out.append(session.remember(f"I now eat {FOODS[i % len(FOODS)]} food.", observed_at=at(i)))
    return out


def test_queued_write_is_read_back_everywhere_before_chroma_has_it(tmp_path):
    mem = Spectron(path=str(tmp_path / "s"))
    mem._engine.store.outbox.delay = 3600  # no background flush during this test
    with mem.sessions.create(scope=ALICE, session_id="s1") as s:
        r = s.remember("Alice prefers vegetarian food.", observed_at=at(0))
        s.remember("Alice now eats fish.", observed_at=at(1))
        assert mem._engine.store.outbox._mine, "the writes should still be queued"
        assert r.turn.id not in _raw_ids(mem)  # Chroma has not seen it yet ...
        # ... but every read does
        assert [t.content for t in s.turns()][:1] == ["Alice prefers vegetarian food."]
        assert "fish" in s.recall("what does alice eat").items[0].text
        assert mem._engine.store.get([r.turn.id])[r.turn.id].content == r.turn.content
        chain = mem.history("Person/alice", "food_preference", scope=ALICE)  # a Chroma read: drains first
        assert [v.value for v in chain] == ["vegetarian", "fish"]
        assert chain[0].valid_until is not None and chain[1].valid_until is None
        assert not mem._engine.store.outbox._mine
        assert r.turn.id in _raw_ids(mem)


def test_flush_and_background_flush_reach_chroma(tmp_path):
    mem = Spectron(path=str(tmp_path / "s"))
    with mem.sessions.create(scope=ALICE) as s:
        r = s.remember("I keep bees in the garden.")
        mem.flush()
        assert r.turn.id in _raw_ids(mem)
        r2 = s.remember("I also keep chickens.")
        deadline = time.monotonic() + 30
        while mem._engine.store.outbox._mine and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not mem._engine.store.outbox._mine, "the background flush never ran"
        assert r2.turn.id in _raw_ids(mem)
        assert mem._engine.lexical.journal_ids() == []


def test_same_final_state_as_writing_through(tmp_path):
    states = []
    for write_behind in (True, False):
        mem = Spectron(path=str(tmp_path / f"s{write_behind}"), write_behind=write_behind)
        with mem.sessions.create(scope=ALICE, session_id="same") as s:
            _feed(s, 12)
            s.remember("Always answer in bullet points.", observed_at=at(20))
            s.remember("Stop using bullet points.", observed_at=at(21))
            s.remember_many([("user", f"My role is now {r}.", at(30 + i)) for i, r in enumerate(["COO", "CTO"])])
        mem.flush()
        states.append(state_signature(mem))
    assert set(states[0]) == set(states[1])
    assert states[0] == states[1]


def test_a_group_costs_a_few_chroma_calls(tmp_path, monkeypatch):
    counts = {}
    for write_behind in (True, False):
        mem = Spectron(path=str(tmp_path / f"s{write_behind}"), write_behind=write_behind)
        store = mem._engine.store
        if store.outbox is not None:
            store.outbox.delay = 3600
        calls = {"n": 0}
        for coll in (store.memory, store.meta):
            for name in ("upsert", "update"):
                original = getattr(coll, name)

                def counting(*a, _original=original, **k):
                    calls["n"] += 1
                    return _original(*a, **k)

                monkeypatch.setattr(coll, name, counting)
        with mem.sessions.create(scope=ALICE, session_id="calls") as s:
            before = calls["n"]
            _feed(s, GROUP_COMMIT)
            counts[write_behind] = calls["n"] - before
    assert counts[False] >= 2 * GROUP_COMMIT  # each remember writes turn + fact + supersession itself
    assert counts[True] <= 4  # one group: meta upsert, memory upsert, maybe one metadata update


def test_queued_writes_of_one_client_are_drained_by_another(tmp_path):
    """Two engines on one folder (as two processes would be): the second finds the first's journal entries
    and drains them before reading Chroma; the first then stops serving its queued copies."""
    path = str(tmp_path / "s")
    a = Spectron(path=path)
    a._engine.store.outbox.delay = 3600
    with a.sessions.create(scope=ALICE, session_id="a") as s:
        s.remember(triples=[("Person/alice", "food_preference", "tea")])
        assert a._engine.lexical.journal_ids()
        b = Spectron(path=path)
        b._engine.store.outbox.delay = 3600
        assert [v.value for v in b.history("Person/alice", "food_preference", scope=ALICE)] == ["tea"]
        assert a._engine.lexical.journal_ids() == []  # b drained a's entry before reading Chroma
        with b.sessions.create(scope=ALICE, session_id="b") as sb:
            sb.remember(triples=[("Person/alice", "food_preference", "soup")])
        b.flush()
        s.remember(triples=[("Person/alice", "food_preference", "noodles")])
    a.flush()
    for client in (a, b):
        chain = client.history("Person/alice", "food_preference", scope=ALICE)
        assert [v.value for v in chain] == ["tea", "soup", "noodles"]
        assert [v.valid_until is None for v in chain] == [False, False, True]


CHILD = textwrap.dedent(
    """
    import sys
    from spectron_core import Spectron
    mem = Spectron(path=sys.argv[1])
    s = mem.sessions.create(scope={"org": "acme", "user": "alice"}, session_id="exit")
    r = s.remember("I collect antique maps.")
    assert mem._engine.store.outbox._mine
    print(r.turn.id)
    """  # exits normally without close(): the exit hook flushes
)


def test_queued_writes_are_flushed_at_interpreter_exit(tmp_path):
    path = str(tmp_path / "s")
    out = subprocess.run([sys.executable, "-c", CHILD, path], capture_output=True, text=True, timeout=180,
                         cwd=ROOT)
    assert out.returncode == 0, out.stderr[-2000:]
    turn_id = out.stdout.split()[-1]
    mem = Spectron(path=path)
    assert mem._engine.repairs == 0  # nothing left to replay: it was flushed at exit
    assert turn_id in _raw_ids(mem)


def test_journal_body_round_trip_shares_vectors(tmp_path):
    mem = Spectron(path=str(tmp_path / "s"))
    with mem.sessions.create(scope=ALICE) as s:
        s.remember("I bake bread.")
        mem.flush()
        records = list(mem._engine.store.find({"kind": {"$eq": "turn"}}))
    vec = [0.25] * 384
    body = journal_body(records, [], {records[0].id: vec, "other": vec}, staged=True)
    single = journal_body(records, [], {records[0].id: vec}, staged=True)
    puts, updates, vectors, staged = parse_journal_body(body)
    assert staged and not updates and [p.id for p in puts] == [records[0].id]
    assert vectors[records[0].id] == pytest.approx(vec) and vectors["other"] == pytest.approx(vec)
    assert len(body) - len(single) < 40  # the shared vector is stored once, referenced twice
