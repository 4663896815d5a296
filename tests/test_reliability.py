"""The reliability suite of issue #14: SIGKILL trials with one and with two writer processes, concurrency
(threads and async tasks), a Chroma server killed and restarted mid-run, a read-only and a full disk, and
``spectron fsck``.

Every trial checks the same invariants (``tests/test_multiprocess.check_invariants``): the store opens, no
acknowledged write is lost, no key has two current values, no link dangles, turn numbers are unique, the
local index agrees with Chroma; an interrupted purge leaves no trace in any file of the folder.

The default run is bounded (a few trials, scaled-down loads); ``-m slow`` runs the full sizes.
"""

from __future__ import annotations

import asyncio
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from spectron_core import AsyncSpectron, Spectron, SpectronError, StoreError
from tests.test_multiprocess import PRELUDE, WRITER, _grep_folder, acked, check_invariants, finish, spawn

ROOT = Path(__file__).resolve().parent.parent

TRIAL_WRITER = PRELUDE + textwrap.dedent(
    """
    import random
    path, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    mem = open_or_exit(path)
    print("OPEN", flush=True)
    foods = ["tea", "soup", "rice", "fish", "pasta"]
    users = ["alice", "bob", "carol"]
    for i in range(100000):
        user = rng.choice(users)
        scope = {"org": "acme", "user": user}
        op = rng.random()
        if op < 0.6:
            r = mem.remember(f"I now eat {rng.choice(foods)} at meal {i}.", scope=scope,
                             triples=[(f"Person/{user}", "food_preference", rng.choice(foods))])
            print("ACK", r.turn.id, flush=True)
        elif op < 0.7:
            mem.documents.ingest(f"Policy {i}: refunds take {i % 9 + 1} days.", title=f"policy {i % 4}",
                                 scope={"org": "acme"})
        elif op < 0.8:
            mem.forget("meal", scope=scope, threshold=0.9)
        elif op < 0.9:
            # Fixed width, so no word is part of another: x7 inside a later x77 (remembered, not yet purged
            # when the kill came) once read as x7 left behind.
            words = f"secretword{seed:04d}x{i:06d}"
            secret = {"org": "acme", "user": f"gone{i}"}
            mem.remember(f"My codeword is {words}.", scope=secret)
            mem.flush()
            print("PURGING", words, flush=True)
            mem.forget(scope=secret, purge=True)
            print("PURGED", words, flush=True)
        else:
            mem.recall("what do they eat", scope=scope)
    """
)


def _kill_trial(path: Path, seed: int, kill_after: float, acks: list[str]) -> list[str]:
    """One writer killed with SIGKILL after ``kill_after`` seconds of work; returns the purged words that must
    be gone (purges that returned, and purges recorded before the kill)."""
    proc = spawn(TRIAL_WRITER, str(path), str(seed))
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.startswith("OPEN"), line + (proc.stderr.read() if proc.stderr else "")
    time.sleep(kill_after)
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL, err[-3000:]
    acks += acked(out)
    lines = out.split("\n")[:-1]
    must_go = [ln.split()[1] for ln in lines if ln.startswith("PURGED ")]
    started = [ln.split()[1] for ln in lines if ln.startswith("PURGING ")]
    lexical = path / "spectron-lexical.sqlite3"
    db = sqlite3.connect(f"file:{lexical}?mode=ro", uri=True)
    try:
        recorded = bool(db.execute("SELECT COUNT(*) FROM purges").fetchone()[0])
    finally:
        db.close()
    if recorded and started:  # killed inside a purge it had recorded: the next open must finish it
        must_go.append(started[-1])
    return must_go


def _check_purged(path: Path, words: list[str]) -> None:
    if words:
        assert _grep_folder(path, words) == {}, "an interrupted purge left words behind"


def test_sigkill_trials_one_writer(tmp_path):
    path, acks, seed = tmp_path / "s", [], 1
    rng = random.Random(seed)
    for _ in range(2):
        words = _kill_trial(path, seed * 100 + len(acks), rng.uniform(2.0, 5.0), acks)
        check_invariants(path, acks).close()
        _check_purged(path, words)


@pytest.mark.slow
def test_sigkill_trials_one_writer_long(tmp_path):
    path, acks, rng = tmp_path / "s", [], random.Random(99)
    for trial in range(12):
        words = _kill_trial(path, trial, rng.uniform(1.0, 9.0), acks)
        check_invariants(path, acks).close()
        _check_purged(path, words)


def _two_writer_trial(path: Path, seed: int, acks: list[str]) -> list[str]:
    """A owns the folder and is killed mid-work; B, waiting for the folder, takes over, works and is killed
    too (or finishes). Neither ever runs Chroma on the folder at the same time as the other."""
    rng = random.Random(seed)
    env = {"SPECTRON_OPEN_TIMEOUT": "120"}
    a = spawn(TRIAL_WRITER, str(path), str(seed), env=env)
    assert a.stdout is not None and a.stdout.readline().startswith("OPEN")
    b = spawn(TRIAL_WRITER, str(path), str(seed + 1), env=env)
    time.sleep(rng.uniform(1.5, 4.0))
    a.send_signal(signal.SIGKILL)
    out_a, _ = a.communicate(timeout=60)
    assert b.stdout is not None
    opened = b.stdout.readline()
    assert opened.startswith("OPEN"), opened + (b.stderr.read() if b.stderr else "")
    time.sleep(rng.uniform(1.5, 4.0))
    b.send_signal(signal.SIGKILL)
    out_b, err_b = b.communicate(timeout=60)
    assert b.returncode == -signal.SIGKILL, err_b[-3000:]
    acks += acked(out_a) + acked(out_b)
    return [ln.split()[1] for out in (out_a, out_b) for ln in out.split("\n")[:-1] if ln.startswith("PURGED ")]


def test_sigkill_trials_two_writers(tmp_path):
    path, acks = tmp_path / "s", []
    words = _two_writer_trial(path, 5, acks)
    check_invariants(path, acks).close()
    _check_purged(path, words)


@pytest.mark.slow
def test_sigkill_trials_two_writers_long(tmp_path):
    path, acks = tmp_path / "s", []
    for trial in range(6):
        # A and B of a trial use seeds s and s + 1: seeds two apart, or B's purged words would be remembered
        # again by the next trial's A, and present for good reason when it is killed before purging them.
        words = _two_writer_trial(path, 10 + 2 * trial, acks)
        check_invariants(path, acks).close()
        _check_purged(path, words)


# -- concurrency within one process ------------------------------------------------------------------------

def _mixed_ops(mem: Spectron, worker: int, n: int, errors: list[BaseException], acks: list[str]) -> None:
    rng = random.Random(worker)
    foods = ["tea", "soup", "rice", "fish", "pasta"]
    for i in range(n):
        user = f"u{rng.randrange(4)}"
        scope = {"org": "acme", "user": user}
        op = rng.random()
        try:
            if op < 0.45:
                r = mem.remember(f"Worker {worker} note {i}: I now eat {rng.choice(foods)}.", scope=scope,
                                 triples=[(f"Person/{user}", "food_preference", rng.choice(foods))])
                acks.append(r.turn.id)
            elif op < 0.65:
                mem.recall("what does this user eat", scope=scope, top_k=5)
            elif op < 0.75:
                mem.profile(scope=scope)
            elif op < 0.85:
                mem.history(f"Person/{user}", "food_preference", scope=scope)
            elif op < 0.92:
                mem.documents.ingest(f"Handbook {i % 3}: support answers within {i % 5 + 1} hours.",
                                     title=f"handbook {worker}", scope={"org": "acme"})
            elif op < 0.97:
                mem.forget(f"Worker {worker} note", scope=scope, threshold=0.95)
            else:
                mem.forget(scope={"org": "acme", "user": f"gone{worker}x{i}"}, purge=True)
        except BaseException as exc:  # collected and reported by the test
            errors.append(exc)
            return


def _threads(tmp_path: Path, threads: int, n: int) -> None:
    mem = Spectron(path=str(tmp_path / "s"))
    errors: list[BaseException] = []
    acks: list[str] = []
    workers = [threading.Thread(target=_mixed_ops, args=(mem, w, n, errors, acks)) for w in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=600)
    assert not errors, repr(errors[:3])
    mem.close()
    check_invariants(tmp_path / "s", acks).close()


def test_8_threads_mixed_operations(tmp_path):
    _threads(tmp_path, 8, 25)


@pytest.mark.slow
def test_8_threads_x_1000_mixed_operations(tmp_path):
    _threads(tmp_path, 8, 1000)


async def _async_tasks(path: Path, tasks: int, per_task: int) -> list[str]:
    mem = AsyncSpectron(path=str(path))
    acks: list[str] = []

    async def task(k: int) -> None:
        scope = {"org": "acme", "user": f"a{k % 7}"}
        async with mem.sessions.create(scope=scope) as s:
            for i in range(per_task):
                r = await s.remember(f"Task {k} remembers item {i}: I like colour {k % 5}.")
                acks.append(r.turn.id)
                await s.recall("which colour", top_k=3)
        await mem.profile(scope=scope)

    await asyncio.gather(*(task(k) for k in range(tasks)))
    await mem.close()
    return acks


def test_50_async_tasks(tmp_path):
    acks = asyncio.run(_async_tasks(tmp_path / "s", 50, 1))
    check_invariants(tmp_path / "s", acks).close()


@pytest.mark.slow
def test_50_async_tasks_long(tmp_path):
    acks = asyncio.run(_async_tasks(tmp_path / "s", 50, 20))
    check_invariants(tmp_path / "s", acks).close()


# -- a Chroma server killed and restarted mid-run ---------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _Server:
    """Our own ``chroma run`` (not the suite's shared one: this test kills it)."""

    def __init__(self, data: Path) -> None:
        self.data, self.port, self.proc = data, _free_port(), None

    def start(self) -> None:
        import httpx

        chroma = Path(sys.executable).with_name("chroma")
        self.proc = subprocess.Popen([str(chroma), "run", "--path", str(self.data), "--host", "127.0.0.1",
                                      "--port", str(self.port)], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/api/v2/heartbeat", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError("chroma run did not start")

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=30)
            self.proc = None


def test_chroma_server_killed_and_restarted(tmp_path):
    import chromadb
    from chromadb.config import Settings

    server = _Server(tmp_path / "chroma")
    server.start()
    try:
        client = chromadb.HttpClient(host="127.0.0.1", port=server.port, settings=Settings(anonymized_telemetry=False))
        mem = Spectron(chroma=client, lexical_path=str(tmp_path / "lexical.sqlite3"))
        alice = {"org": "acme", "user": "alice"}
        acks = []
        for food in ("tea", "soup", "rice"):
            acks.append(mem.remember(f"I now drink {food}.", scope=alice,
                                     triples=[("Person/alice", "food_preference", food)]).turn.id)
        server.kill()
        for call in (lambda: mem.remember("I now drink fish.", scope=alice,
                                          triples=[("Person/alice", "food_preference", "fish")]),
                     lambda: mem.recall("what does alice drink", scope=alice),
                     lambda: mem.history("Person/alice", "food_preference", scope=alice),
                     lambda: mem.forget(scope=alice, dry_run=True)):
            with pytest.raises(StoreError):  # typed, never httpx's own exceptions
                call()
        server.start()  # same data, same port
        # works again once the server is back, and the write that failed left nothing half done
        r = mem.remember("I now drink milk.", scope=alice, triples=[("Person/alice", "food_preference", "milk")])
        acks.append(r.turn.id)
        chain = mem.history("Person/alice", "food_preference", scope=alice)
        assert sum(v.valid_until is None for v in chain) == 1 and chain[-1].value == "milk"
        ids = {v.id for v in chain}
        for v in chain:
            assert v.supersedes is None or v.supersedes in ids
            assert v.superseded_by is None or v.superseded_by in ids
        assert set(acks) <= set(mem._engine.store.get(acks))
        turns = {t.content for t in mem._engine.store.find({"kind": {"$eq": "turn"}})}
        facts = {v.value for v in chain}
        # the failed write is either wholly there (its turn and its fact) or not at all
        assert ("I now drink fish." in turns) == ("fish" in facts)
        report = mem.repair(fix=False)
        assert all(f.kind == "index_mismatch" for f in report.findings), report.findings
    finally:
        server.kill()


# -- a read-only or full disk ------------------------------------------------------------------------------

def _mount_tmpfs(where: Path, size: str) -> bool:
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True).returncode == 0


@pytest.fixture()
def small_disk(tmp_path):
    where = tmp_path / "disk"
    if not _mount_tmpfs(where, "64m"):
        pytest.skip("needs root to mount a size-limited tmpfs")
    yield where
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


def test_read_only_disk_gives_a_typed_error_and_keeps_the_store(small_disk):
    path = small_disk / "s"
    code, out, err = finish(spawn(WRITER, str(path), "alice", "0", "4"))
    assert code == 0, err[-3000:]
    acks = acked(out)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        with pytest.raises(StoreError, match="Read-only|read-only|readonly"):
            Spectron(path=str(path))
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    check_invariants(path, acks).close()


def test_full_disk_gives_a_typed_error_and_keeps_the_store(small_disk):
    path = small_disk / "s"
    mem = Spectron(path=str(path))
    alice = {"org": "acme", "user": "alice"}
    acks = [mem.remember("I now drink tea.", scope=alice, triples=[("Person/alice", "food_preference", "tea")]).turn.id]
    mem.flush()
    filler = small_disk / "filler"
    fd = os.open(str(filler), os.O_WRONLY | os.O_CREAT, 0o600)
    try:  # fill the disk to the last byte
        for size in (1 << 20, 4096, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)
    failures = 0
    try:
        for i in range(30):  # acknowledged writes may still fit in already-allocated pages; some must fail
            try:
                r = mem.remember(f"I now drink brew {i} " + "x" * 2000, scope=alice,
                                 triples=[("Person/alice", "food_preference", f"brew {i}")])
                acks.append(r.turn.id)
                mem.flush()
            except SpectronError as exc:
                assert isinstance(exc, StoreError), exc
                failures += 1
        assert failures, "the disk never filled"
    finally:
        filler.unlink()
    mem.close()
    check_invariants(path, acks).close()


# -- spectron fsck ------------------------------------------------------------------------------------------

def _fsck(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(Path(sys.executable).with_name("spectron")), "fsck", str(path), *args],
                          capture_output=True, text=True, timeout=300, cwd=str(ROOT),
                          env={**os.environ, "COLUMNS": "200"})


def test_fsck_reports_and_repairs_what_the_invariants_forbid(tmp_path):
    path = tmp_path / "s"
    mem = Spectron(path=str(path))
    alice = {"org": "acme", "user": "alice"}
    with mem.sessions.create(scope=alice, session_id="s1") as s:
        s.remember(triples=[("Person/alice", "food_preference", "tea")])
        s.remember(triples=[("Person/alice", "food_preference", "soup")])
        s.add_turn("user", "one")
        s.add_turn("user", "two")
    mem.flush()
    store = mem._engine.store
    # break it as a buggy writer or a half-applied write would: two current values, a dangling link, a
    # duplicate turn number, a local index that lost a row
    old, new = mem.history("Person/alice", "food_preference", scope=alice)
    store.put_state([old.model_copy(update={"valid_until": None, "superseded_by": None}),
                     new.model_copy(update={"supersedes": "attr_missing"})])
    t1, t2 = [t for t in s.turns() if t.content in ("one", "two")]
    store.put_state([t2.model_copy(update={"seq": t1.seq})])
    store.lexical.delete([t1.id])
    seen = mem.repair(fix=False)  # in this process: the index loss is visible before any reopen heals it
    assert {f.kind for f in seen.findings} == {"two_current_values", "dangling_link", "duplicate_turn_seq",
                                               "index_mismatch"} and not seen.ok
    mem.close()

    checked = _fsck(path)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    for kind in ("two_current_values", "dangling_link", "duplicate_turn_seq"):
        assert kind in checked.stdout, checked.stdout
    assert "--repair" in checked.stdout
    repaired = _fsck(path, "--repair")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    again = _fsck(path, "--json")
    assert again.returncode == 0 and '"findings": []' in again.stdout, again.stdout
    mem = check_invariants(path, [])
    chain = mem.history("Person/alice", "food_preference", scope=alice)
    assert [v.value for v in chain] == ["tea", "soup"] and chain[-1].valid_until is None
    turns = mem.sessions.get(s.id).turns()
    assert sorted(t.seq for t in turns) == list(range(len(turns)))


def test_fsck_refuses_a_store_open_in_another_process(tmp_path):
    path = tmp_path / "s"
    mem = Spectron(path=str(path))
    mem.remember("I keep bees.", scope={"user": "x"})
    result = _fsck(path)
    assert result.returncode == 2 and "Chroma server" in result.stdout.replace("\n", " "), result.stdout
    mem.close()


def test_repair_reports_progress_on_big_stores(tmp_path, monkeypatch):
    from spectron_core import _fsck

    monkeypatch.setattr(_fsck, "BATCH", 7)
    mem = Spectron(path=str(tmp_path / "s"))
    for i in range(5):
        mem.remember(f"note {i}", scope={"user": "x"}, infer="none")
    seen: list[tuple[int, int]] = []
    report = mem.repair(fix=False, progress=lambda done, total: seen.append((done, total)))
    assert report.ok and len(seen) >= 2 and seen[-1][0] == seen[-1][1] == report.checked
