"""One process per embedded folder (``_store/_owner``), and a store left by a crash always opens.

Reproduces issue #14's first item: two writer processes on one embedded folder (120 remembers + 8 chunks each,
in rounds) hung or died with SIGSEGV and could leave a folder that no open survives; two processes creating
a brand-new folder at once raced Chroma's table creation; two processes on one named session got duplicate
turn sequence numbers. Now the second process is refused with :class:`StoreBusyError` (or, with
``SPECTRON_OPEN_TIMEOUT``, waits for the first to close), and journal entries that cannot be replayed are
quarantined instead of being retried into a crash.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import pytest

from spectron_core import Spectron, StoreBusyError

ROOT = Path(__file__).resolve().parent.parent
BUSY_EXIT = 3

PRELUDE = textwrap.dedent(
    """
    import json, os, sys, time
    from spectron_core import Spectron, StoreBusyError
    def open_or_exit(path, **kw):
        try:
            return Spectron(path=path, **kw)
        except StoreBusyError as exc:
            print("BUSY", str(exc).replace("\\n", " "), flush=True)
            sys.exit(3)
    """
)

WRITER = PRELUDE + textwrap.dedent(
    """
    path, name, rnd, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    mem = open_or_exit(path)
    with mem.sessions.create(scope={"org": "acme", "user": name}, session_id=f"{name}-{rnd}") as s:
        for i in range(n):
            r = s.remember(f"I now eat dish number {i} from {name}.")
            print("ACK", r.turn.id, flush=True)
        for i in range(8):
            r = s.remember(f"chunk {i} of {name} round {rnd}: the wombat sings", infer="none")
            print("ACK", r.turn.id if r.turn is not None else r.changes[0].record.id, flush=True)
    mem.close()
    print("DONE", flush=True)
    """
)


def spawn(code: str, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    full = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    full.update(env or {})
    return subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=full, cwd=str(ROOT))


def finish(proc: subprocess.Popen[str], timeout: float = 180) -> tuple[int, str, str]:
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        pytest.fail(f"a writer process hung for {timeout:.0f} s:\n{out[-1500:]}\n{err[-3000:]}")
    return proc.returncode, out, err


def acked(out: str) -> list[str]:
    return [line.split()[1] for line in out.split("\n")[:-1] if line.startswith("ACK ") and len(line.split()) == 2]


def check_invariants(path: Path, acks: list[str]) -> Spectron:
    """The store opens; every acknowledged write is present; no key has two current values; no link dangles;
    turn sequence numbers are unique within each session; the local index agrees with Chroma."""
    mem = Spectron(path=str(path))
    store = mem._engine.store
    records = store.find(None)
    ids = {r.id for r in records}
    attrs = [r for r in records if r.kind == "attribute" and r.status == "active"]
    current = Counter((json.dumps(a.scope, sort_keys=True), a.entity, a.key) for a in attrs
                      if a.valid_until is None and not mem.ontology.is_multi_valued(a.key))
    assert all(n == 1 for n in current.values()), [k for k, n in current.items() if n > 1]
    for r in records:
        for link in (getattr(r, "supersedes", None), getattr(r, "superseded_by", None)):
            assert link is None or link in ids, f"dangling link {link} from {r.id}"
    missing = set(acks) - set(store.get(acks))
    assert not missing, f"{len(missing)} acknowledged writes lost"
    seqs = Counter((t.session_id, t.seq) for t in records if t.kind == "turn")
    assert all(n == 1 for n in seqs.values()), [k for k, n in seqs.items() if n > 1]
    counts = store.count()
    assert counts["lexical"] == counts["memory"]
    return mem


def test_a_second_process_is_refused_with_a_typed_error(tmp_path):
    path = tmp_path / "s"
    mem = Spectron(path=str(path))
    mem.remember("I keep bees.", scope={"user": "x"})
    code, out, err = finish(spawn(WRITER, str(path), "b", "1", "1"))
    assert code == BUSY_EXIT, (out, err[-2000:])
    assert "BUSY" in out and "Chroma server" in out and str(os.getpid()) in out
    # in this process, another client on the same folder shares it
    other = Spectron(path=str(path))
    assert [t.content for t in other._engine.store.find({"kind": {"$eq": "turn"}})] == ["I keep bees."]
    # close() releases the folder (once every client of this process is closed) ...
    mem.close()
    other.close()
    code, out, err = finish(spawn(WRITER, str(path), "b", "1", "3"))
    assert code == 0, (out, err[-2000:])
    # ... and this process's closed client reopens it on its next call, seeing the other process's writes
    assert {t.content for t in mem._engine.store.find({"kind": {"$eq": "turn"}})} >= {"I keep bees.",
                                                                                       "I now eat dish number 2 from b."}
    mem.close()
    with pytest.raises(StoreBusyError):  # the typed error, also in this process (a foreign lock holder)
        holder = spawn(PRELUDE + "m = open_or_exit(sys.argv[1]); print('HELD', flush=True); time.sleep(60)",
                       str(path))
        try:
            _wait_for(holder, "HELD")
            Spectron(path=str(path)).remember("never", scope={"user": "x"})
        finally:
            holder.kill()
            holder.communicate()


def _rounds(path: Path, rounds: int, n: int, wait: bool) -> list[str]:
    acks: list[str] = []
    for rnd in range(rounds):
        env = {"SPECTRON_OPEN_TIMEOUT": "170"} if wait else {}
        procs = [spawn(WRITER, str(path), name, str(rnd), str(n), env=env) for name in ("a", "b")]
        results = [finish(p) for p in procs]
        for code, out, err in results:
            assert code in (0, BUSY_EXIT), f"writer died with {code}:\n{err[-3000:]}"
            acks += acked(out)
            if code == 0:
                assert out.rstrip().endswith("DONE")
        codes = sorted(r[0] for r in results)
        assert codes[0] == 0, "neither writer ran"
        if wait:
            assert codes == [0, 0], "a waiting writer should have run once the first closed the folder"
        check_invariants(path, acks).close()
    return acks


def test_two_writer_processes_on_one_folder(tmp_path):
    """The issue's reproduction, bounded: refused, then waiting; the folder always opens and loses nothing."""
    path = tmp_path / "s"
    _rounds(path, 1, 120, wait=False)
    _rounds(path, 1, 40, wait=True)


@pytest.mark.slow
def test_two_writer_processes_on_one_folder_many_rounds(tmp_path):
    _rounds(tmp_path / "s", 6, 120, wait=True)


OPENER = PRELUDE + textwrap.dedent(
    """
    base, start, trials = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
    for trial in range(trials):
        while time.time() < start + 2.0 * trial:
            time.sleep(0.001)
        try:
            mem = Spectron(path=os.path.join(base, f"new{trial}"))
            mem.close()
            print("OPENED", trial, flush=True)
        except StoreBusyError:
            print("BUSY", trial, flush=True)
    """
)


def test_two_processes_creating_one_new_folder_at_once(tmp_path):
    """Neither may see Chroma's half-created tables ("table collections already exists")."""
    start = time.time() + 8.0  # both have imported and loaded everything by then
    procs = [spawn(OPENER, str(tmp_path), str(start), "4") for _ in range(2)]
    results = [finish(p) for p in procs]
    for code, out, err in results:
        assert code == 0, err[-3000:]
        assert "already exists" not in err
    for trial in range(4):
        outcomes = sorted(line.split()[0] for _, out, _ in results for line in out.splitlines()
                          if line.endswith(f" {trial}"))
        assert outcomes in (["OPENED", "OPENED"], ["BUSY", "OPENED"]), outcomes
        Spectron(path=str(tmp_path / f"new{trial}")).close()  # and the folder is a working store


SEQ_WRITER = PRELUDE + textwrap.dedent(
    """
    path, name, flag_in, flag_out = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    mem = open_or_exit(path)
    s = mem.sessions.create(scope={"org": "acme", "user": "alice"}, session_id="shared")
    for i in range(10):
        print("SEQ", s.add_turn("user", f"{name} says {i}").seq, flush=True)
    mem.close()  # releases the folder; the other process takes it
    open(flag_out, "w").close()
    if flag_in != "-":
        while not os.path.exists(flag_in):
            time.sleep(0.05)
        for i in range(10, 20):  # the closed client reopens: its cached sequence number must not be reused
            print("SEQ", s.add_turn("user", f"{name} says {i}").seq, flush=True)
        mem.close()
    """
)


def test_two_processes_on_one_named_session_never_share_a_sequence_number(tmp_path):
    path = tmp_path / "s"
    env = {"SPECTRON_OPEN_TIMEOUT": "120"}
    a = spawn(SEQ_WRITER, str(path), "a", str(tmp_path / "b.done"), str(tmp_path / "a.done"), env=env)
    while not (tmp_path / "a.done").exists() and a.poll() is None:
        time.sleep(0.05)
    b = spawn(SEQ_WRITER, str(path), "b", "-", str(tmp_path / "b.done"), env=env)
    outs = [finish(p) for p in (a, b)]
    seqs = [int(line.split()[1]) for code, out, err in outs for line in out.splitlines() if line.startswith("SEQ")]
    assert all(code == 0 for code, _, _ in outs), [err[-2000:] for _, _, err in outs]
    assert sorted(seqs) == list(range(30)), sorted(seqs)
    mem = check_invariants(path, [])
    turns = mem.sessions.create(scope={"org": "acme", "user": "alice"}, session_id="shared").turns()
    assert [t.seq for t in turns] == list(range(30))


KILLED_WRITER = PRELUDE + textwrap.dedent(
    """
    path, name = sys.argv[1], sys.argv[2]
    mem = open_or_exit(path)
    print("OPEN", flush=True)
    foods = ["tea", "soup", "rice", "fish", "pasta"]
    with mem.sessions.create(scope={"org": "acme", "user": name}, session_id=name) as s:
        for i in range(100000):
            r = s.remember(f"I now eat {foods[i % 5]} number {i}.", triples=[(f"Person/{name}", "food_preference",
                           foods[i % 5])])
            print("ACK", r.turn.id, flush=True)
    """
)


def _wait_for(proc: subprocess.Popen[str], word: str, timeout: float = 120) -> list[str]:
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line)
        if line.startswith(word):
            return lines
    pytest.fail(f"never saw {word!r}: {''.join(lines)[-1000:]}")


def test_killing_the_owner_while_another_process_waits(tmp_path):
    """SIGKILL the writing owner; the waiting process takes the folder over, replays, writes, and the store
    keeps every write either acknowledged."""
    path = tmp_path / "s"
    env = {"SPECTRON_OPEN_TIMEOUT": "120"}
    a = spawn(KILLED_WRITER, str(path), "alice", env=env)
    lines = _wait_for(a, "OPEN")
    b = spawn(WRITER, str(path), "bob", "0", "20", env=env)
    for _ in range(15):
        lines += _wait_for(a, "ACK")
    time.sleep(0.3)
    a.send_signal(signal.SIGKILL)
    rest, _err = a.communicate(timeout=60)
    code, out, err = finish(b)
    assert code == 0, err[-3000:]
    acks = acked("".join(lines) + rest) + acked(out)
    check_invariants(path, acks).close()


# -- a store left by a crash always opens: replay that cannot proceed is quarantined ----------------------

STAGE_AND_DIE = textwrap.dedent(
    """
    import os, sys
    from spectron_core import Spectron
    mem = Spectron(path=sys.argv[1])
    mem._engine.store.outbox.delay = 3600
    s = mem.sessions.create(scope={"org": "acme", "user": "alice"}, session_id="q")
    for text in ("I keep bees.", "I live in Lisbon."):
        print("ACK", s.remember(text).turn.id, flush=True)
    os._exit(9)  # acknowledged, journalled, not yet in Chroma
    """
)

OPEN_WITH_DYING_REPLAY = textwrap.dedent(
    """
    import os, sys
    from spectron_core._store import _journal
    def dying(*a, **k):
        os._exit(11)  # stands for Chroma segfaulting inside the replay's upsert
    _journal.apply_group = dying
    from spectron_core import Spectron
    mem = Spectron(path=sys.argv[1])
    print("OPENED", mem._engine.repairs, flush=True)
    """
)


def test_a_replay_that_keeps_crashing_is_quarantined_and_the_store_opens(tmp_path):
    path = tmp_path / "s"
    code, out, err = finish(spawn(STAGE_AND_DIE, str(path)))
    assert code == 9, err[-2000:]
    for _ in range(2):  # two opens die inside the replay ...
        code, out, err = finish(spawn(OPEN_WITH_DYING_REPLAY, str(path)))
        assert code == 11, (out, err[-2000:])
    code, out, err = finish(spawn(OPEN_WITH_DYING_REPLAY, str(path)))  # ... the third does not try again
    assert code == 0 and "OPENED" in out, err[-2000:]
    mem = Spectron(path=str(path))
    report = mem.repair()
    assert report.quarantined and all("stopped the process 2 times" in q.error for q in report.quarantined)
    # the local index no longer shows writes Chroma does not have
    counts = mem._engine.store.count()
    assert counts["lexical"] == counts["memory"]
    # the quarantined write can be retried once the cause is gone (here: it is healthy again)
    fixed = mem.repair(retry_quarantined=True)
    assert fixed.quarantined == [] and fixed.replayed >= 1
    assert {t.content for t in mem._engine.store.find({"kind": {"$eq": "turn"}})} >= {"I keep bees.",
                                                                                       "I live in Lisbon."}


def test_an_unreadable_journal_entry_is_quarantined_not_fatal(tmp_path):
    path = tmp_path / "s"
    mem = Spectron(path=str(path))
    mem.remember("I keep bees.", scope={"user": "x"})
    mem.close()
    import sqlite3

    db = sqlite3.connect(str(path / "spectron-lexical.sqlite3"))
    with db:
        db.execute("INSERT INTO journal(id, t, body) VALUES ('jnl_broken', 1.0, '{not json')")
    db.close()
    reopened = Spectron(path=str(path))  # used to raise json.JSONDecodeError out of the constructor
    report = reopened.repair()
    assert [q.id for q in report.quarantined] == ["jnl_broken"]
    assert "unreadable" in report.quarantined[0].error
    assert reopened.recall("bees", scope={"user": "x"}).items


def _grep_folder(folder: Path, words: list[str]) -> dict[str, list[str]]:
    hits: dict[str, list[str]] = {}
    for f in folder.rglob("*"):
        if f.is_file():
            data = f.read_bytes().lower()
            found = [w for w in words if w.lower().encode() in data]
            if found:
                hits[str(f.relative_to(folder))] = found
    return hits


PURGE_AND_DIE = textwrap.dedent(
    """
    import os, sys
    from spectron_core import Spectron
    from spectron_core._store import _scrub
    mem = Spectron(path=sys.argv[1])
    alice, bob = {"org": "acme", "user": "alice"}, {"org": "acme", "user": "bob"}
    with mem.sessions.create(scope=alice) as s:
        s.remember("My secret codeword is zanzibarquux.")
        s.remember("I prefer vegetarian food and I live in Xylophonia.")
        s.remember("kept verbatim: the quaggafrond vault", infer="none")
    with mem.sessions.create(scope=bob) as s:
        s.remember("I keep bees.")
    mem.flush()
    def dying(*a, **k):
        os._exit(9)  # after Chroma's delete, before the scrub
    _scrub.scrub_embedded_chroma = dying
    mem.forget(scope=alice, purge=True)
    """
)

WORDS = ["zanzibarquux", "xylophonia", "quaggafrond"]


@pytest.mark.parametrize("recover_by", ["open", "retry"])
def test_a_purge_killed_before_the_scrub_leaves_no_trace_after_recovery(tmp_path, recover_by):
    path = tmp_path / "s"
    code, out, err = finish(spawn(PURGE_AND_DIE, str(path)))
    assert code == 9, err[-3000:]
    assert _grep_folder(path, WORDS), "the reproduction should leave the words behind"
    mem = Spectron(path=str(path))  # finishes the recorded purge
    if recover_by == "retry":
        # a retry selects nothing, and must still scrub
        result = mem.forget(scope={"org": "acme", "user": "alice"}, purge=True)
        assert result.ids == []
    mem.close()
    assert _grep_folder(path, WORDS) == {}
    mem = check_invariants(path, [])
    assert mem.recall("bees", scope={"org": "acme", "user": "bob"}).items  # bob's memory is untouched
    assert not mem.recall("zanzibarquux codeword", scope={"org": "acme", "user": "alice"}).items


def test_a_purge_of_nothing_still_scrubs(tmp_path):
    """Words a purge left in Chroma's log (simulated: its scrub failed) go with the next purge, which selects
    nothing because the records are already deleted."""
    from spectron_core._store import _scrub

    path = tmp_path / "s"
    mem = Spectron(path=str(path))
    alice = {"org": "acme", "user": "alice"}
    with mem.sessions.create(scope=alice) as s:
        s.remember("My secret codeword is zanzibarquux.")
    mem.flush()
    original = _scrub.scrub_embedded_chroma
    _scrub.scrub_embedded_chroma = lambda *a, **k: False  # a scrub that did nothing
    try:
        mem.forget(scope=alice, purge=True)
    finally:
        _scrub.scrub_embedded_chroma = original
    assert "chroma.sqlite3" in _grep_folder(path, WORDS)
    assert mem.forget(scope=alice, purge=True).ids == []
    mem.close()
    assert _grep_folder(path, WORDS) == {}
