"""The async client, and concurrency: parallel writers on one key never leave two current values."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest

from spectron_core import AsyncSession, AsyncSpectron, Scope, Spectron, ValidationError

ALICE = {"org": "acme", "user": "alice"}


@pytest.fixture()
def amem(tmp_path):
    return AsyncSpectron(str(tmp_path / "store"))


async def test_async_session_context_manager(amem):
    async with amem.sessions.create(scope=ALICE, metadata={"via": "async"}) as s:
        assert isinstance(s, AsyncSession)
        assert s.scope == Scope(ALICE)
        t1 = await s.add_turn("user", "hello async")
        t2 = await s.add_turn("assistant", "hello back")
        turns = await s.turns()
        assert [t.content for t in turns] == ["hello async", "hello back"]
        assert [t.id for t in turns] == [t1.id, t2.id]
        assert [t.seq for t in turns] == [0, 1]
        sid = s.id
    # leaving the block closed it
    assert s.info.closed_at is not None
    again = await amem.sessions.get(sid)
    assert again.info.closed_at is not None and again.info.metadata == {"via": "async"}
    with pytest.raises(ValidationError):
        await again.sync.add_turn("user", "too late")
    assert sid in {i.id for i in await amem.sessions.list(ALICE)}


async def test_async_create_is_awaitable_too(amem):
    s = await amem.sessions.create(scope=ALICE)
    await s.add_turn("user", "awaited")
    info = await s.close()
    assert info.closed_at is not None
    assert [t.content for t in await s.turns()] == ["awaited"]


async def test_async_remember_history_and_recall(amem):
    async with amem.sessions.create(scope=ALICE) as s:
        await s.remember(triples=[("Person/alice", "food_preference", "vegetarian")])
        await s.remember(triples=[("Person/alice", "food_preference", "fish")])
        res = await s.recall("food preference", top_k=5)
        assert any(i.value == "fish" for i in res.items)
    chain = await amem.history("Person/alice", "food_preference", scope=ALICE)
    assert [v.value for v in chain] == ["vegetarian", "fish"]
    assert chain[0].superseded_by == chain[1].id


async def test_async_errors_propagate(amem):
    async with amem.sessions.create(scope=ALICE) as s:
        with pytest.raises(ValidationError):
            await s.add_turn("robot", "hi")
        with pytest.raises(ValidationError):
            await s.remember(triples=[("a", "b")])
    assert await s.turns() == []


async def test_async_calls_run_concurrently_not_on_the_loop(amem):
    """While a write runs in its worker thread the event loop keeps serving other tasks."""
    ticks = 0
    stop = asyncio.Event()

    async def ticker():
        nonlocal ticks
        while not stop.is_set():
            ticks += 1
            await asyncio.sleep(0)

    task = asyncio.create_task(ticker())
    async with amem.sessions.create(scope=ALICE) as s:
        await asyncio.gather(*(s.add_turn("user", f"parallel {i}") for i in range(10)))
        turns = await s.turns()
    stop.set()
    await task
    assert ticks > 10
    assert sorted(t.seq for t in turns) == list(range(10))  # no seq handed out twice
    assert len({t.id for t in turns}) == 10


def _current(history):
    return [v for v in history if v.valid_until is None]


def _check_chain(history, values_written):
    cur = _current(history)
    assert len(cur) == 1, f"{len(cur)} current values: {[v.value for v in cur]}"
    assert {v.value for v in history} <= set(values_written)
    by_id = {v.id: v for v in history}
    # every closed version links forward to a version in the chain and back again
    for v in history:
        if v.valid_until is not None:
            assert v.superseded_by in by_id, v
            assert by_id[v.superseded_by].supersedes == v.id
    # following the links from the oldest reaches the current head without cycles
    heads = [v for v in history if v.supersedes is None]
    assert len(heads) == 1
    seen, node = set(), heads[0]
    while node.superseded_by is not None:
        assert node.id not in seen
        seen.add(node.id)
        node = by_id[node.superseded_by]
    assert node.id == cur[0].id
    assert len(seen) + 1 == len(history)


async def test_concurrent_async_writers_leave_one_current_value(amem):
    values = [f"value-{i}" for i in range(20)]

    async def write(v):
        return await amem.remember(triples=[("Person/alice", "favourite_colour", v)], scope=ALICE)

    results = await asyncio.gather(*(write(v) for v in values))
    assert len(results) == 20
    history = await amem.history("Person/alice", "favourite_colour", scope=ALICE)
    assert len(history) == 20  # each distinct value is one version
    _check_chain(history, values)


async def test_concurrent_async_writers_in_one_session(amem):
    values = [f"city-{i % 5}" for i in range(20)]  # repeats: dedup and supersession interleave
    async with amem.sessions.create(scope=ALICE) as s:
        await asyncio.gather(*(s.remember(triples=[("Person/alice", "home_city", v)]) for v in values))
    history = await amem.history("Person/alice", "home_city", scope=ALICE)
    _check_chain(history, values)


def test_threaded_sync_writers_leave_one_current_value(tmp_path):
    mem = Spectron(path=str(tmp_path / "store"))
    values = [f"team-{i}" for i in range(24)]

    def write(v):
        return mem.remember(triples=[("Person/alice", "team", v)], scope=ALICE)

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(write, values))
    assert len(results) == 24
    history = mem.history("Person/alice", "team", scope=ALICE)
    assert len(history) == 24
    _check_chain(history, values)
    counts = mem._engine.store.count()
    assert counts["memory"] == counts["lexical"]


def test_threaded_turns_get_unique_sequence_numbers(tmp_path):
    mem = Spectron(path=str(tmp_path / "store"))
    s = mem.sessions.create(scope=ALICE)
    with ThreadPoolExecutor(max_workers=8) as pool:
        turns = list(pool.map(lambda i: s.add_turn("user", f"threaded {i}"), range(32)))
    assert sorted(t.seq for t in turns) == list(range(32))
    assert [t.seq for t in s.turns()] == list(range(32))


def test_two_clients_on_one_folder_in_threads(tmp_path):
    """Two Spectron objects on the same folder (two engines, two locks) writing the same key."""
    path = str(tmp_path / "store")
    a, b = Spectron(path=path), Spectron(path=path)
    values = [f"v{i}" for i in range(16)]

    def write(i):
        client = a if i % 2 == 0 else b
        return client.remember(triples=[("Person/alice", "mood", values[i])], scope=ALICE)

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(write, range(16)))
    _check_chain(Spectron(path=path).history("Person/alice", "mood", scope=ALICE), values)


def test_two_lexical_index_handles_on_one_file_do_not_fail_under_concurrency(tmp_path):
    """Two engines (or processes) on one embedded folder share the lexical SQLite file. BUG
    (spectron_core/_store/_lexical.py, upsert/delete): a deferred ``BEGIN`` takes a SHARED lock on the first
    SELECT and then needs RESERVED; two writers doing that deadlock and SQLite fails one at once with
    "database is locked" (the busy timeout cannot help). ``BEGIN IMMEDIATE`` avoids it."""
    from spectron_core._store._lexical import LexicalIndex, LexicalRow

    path = tmp_path / "lex.sqlite3"
    a, b = LexicalIndex(path), LexicalIndex(path)

    def write(i):
        index = a if i % 2 == 0 else b
        rows = [LexicalRow(id=f"r{i}-{j}", text=f"word{i} shared", kind="turn", scope=Scope(ALICE),
                           current=True, active=True) for j in range(20)]
        index.upsert(rows)
        index.delete([f"r{i}-0"])

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(write, range(40)))
    assert a.count() == b.count() == 40 * 19
    assert len(a.search("shared", Scope(ALICE), limit=10_000)) == 40 * 19
