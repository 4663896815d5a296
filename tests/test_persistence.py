"""Durability across processes: what one process wrote, another reads after it exited — sessions, turns,
supersession chains and the lexical index; and a lost or stale lexical index is rebuilt from Chroma."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from spectron_core import Scope, Spectron

ALICE = {"org": "acme", "user": "alice"}
BOB = {"org": "acme", "user": "bob"}
ROOT = Path(__file__).resolve().parent.parent

WRITER = textwrap.dedent(
    """
    import json, sys
    from datetime import datetime, timezone, timedelta
    from spectron_core import Spectron

    t0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)
    target = json.loads(sys.argv[1])
    if "url" in target:
        import chromadb
        from chromadb.config import Settings
        from urllib.parse import urlparse
        u = urlparse(target["url"])
        client = chromadb.HttpClient(host=u.hostname, port=u.port, settings=Settings(anonymized_telemetry=False))
        mem = Spectron(chroma=client, collection_prefix=target["prefix"], lexical_path=target["lexical"])
    else:
        mem = Spectron(path=target["path"])
    alice = {"org": "acme", "user": "alice"}
    bob = {"org": "acme", "user": "bob"}
    with mem.sessions.create(scope=alice, metadata={"channel": "cli"}, session_id="persist-1") as s:
        for i in range(4):
            s.add_turn("user" if i % 2 == 0 else "assistant", f"persisted wombat message {i}",
                       observed_at=t0 + timedelta(minutes=i))
        s.remember(triples=[("Person/alice", "food_preference", "vegetarian")], observed_at=t0)
        s.remember(triples=[("Person/alice", "food_preference", "fish")], observed_at=t0 + timedelta(days=1))
        s.remember("kept verbatim: the wombat password hint", infer="none")
    open_session = mem.sessions.create(scope=bob, metadata={"n": 1})
    open_session.add_turn("user", "bob wombat says hi", observed_at=t0)
    print(json.dumps({"alice_session": s.id, "bob_session": open_session.id}))
    """
)

READER = textwrap.dedent(
    """
    import json, sys
    from spectron_core import Spectron, Scope
    mem = Spectron(path=sys.argv[1])
    alice = {"org": "acme", "user": "alice"}
    s = mem.sessions.get(sys.argv[2])
    hist = mem.history("Person/alice", "food_preference", scope=alice)
    lex = mem._engine.lexical.search("wombat", Scope(alice), limit=100)
    print(json.dumps({
        "turns": [t.content for t in s.turns()],
        "closed": s.info.closed_at is not None,
        "metadata": s.info.metadata,
        "history": [[v.value, v.valid_until is not None, v.supersedes, v.superseded_by, v.id] for v in hist],
        "lexical": sorted(i for i, _ in lex),
        "counts": mem._engine.store.count(),
    }))
    """
)


def run_py(code: str, *args: str, timeout: float = 180) -> str:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=timeout,
                          env=env, cwd=str(ROOT))
    assert proc.returncode == 0, f"subprocess failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout.strip().splitlines()[-1]


def check_store(mem: Spectron, ids: dict) -> dict:
    s = mem.sessions.get(ids["alice_session"])
    assert s.closed
    assert s.info.metadata == {"channel": "cli"}
    assert [t.content for t in s.turns()] == [f"persisted wombat message {i}" for i in range(4)]
    assert [t.seq for t in s.turns()] == [0, 1, 2, 3]
    bob = mem.sessions.get(ids["bob_session"])
    assert not bob.closed and bob.info.metadata == {"n": 1}
    assert [t.content for t in bob.turns()] == ["bob wombat says hi"]

    old, new = mem.history("Person/alice", "food_preference", scope=ALICE)
    assert (old.value, new.value) == ("vegetarian", "fish")
    assert old.valid_until is not None and new.valid_until is None
    assert old.superseded_by == new.id and new.supersedes == old.id

    lex = mem._engine.lexical
    alice_hits = {i for i, _ in lex.search("wombat", Scope(ALICE), limit=100)}
    alice_turns = {t.id for t in s.turns()}
    assert alice_turns <= alice_hits
    # exactly the current records visible from alice whose text has the word (turns, the verbatim chunk, the
    # session summary), as Chroma itself says
    from spectron_core._store._codec import record_text
    from spectron_core._store._where import visible_clause

    expected = {
        r.id for r in mem._engine.store.find(visible_clause(Scope(ALICE)), kinds=["turn", "chunk"])
        if "wombat" in record_text(r).lower()
    }
    assert alice_hits == expected
    chunks = [mem._engine.store.get([i])[i] for i in alice_hits - alice_turns]
    assert "kept verbatim: the wombat password hint" in [c.text for c in chunks]
    assert not alice_hits & {t.id for t in bob.turns()}
    assert {i for i, _ in lex.search("wombat", Scope(BOB), limit=100)} == {t.id for t in bob.turns()}
    counts = mem._engine.store.count()
    assert counts["lexical"] == counts["memory"]
    return {"history": [old.id, new.id], "lexical": sorted(alice_hits)}


def test_written_by_one_process_read_by_others(tmp_path):
    path = str(tmp_path / "store")
    ids = json.loads(run_py(WRITER, json.dumps({"path": path})))

    # the writer has exited; read in this process …
    mem = Spectron(path=path)
    seen = check_store(mem, ids)
    mem.close()  # one process per embedded folder: release it for the reader (_store/_owner)
    # … and in another fresh process
    other = json.loads(run_py(READER, path, ids["alice_session"]))
    assert other["turns"] == [f"persisted wombat message {i}" for i in range(4)]
    assert other["closed"] is True and other["metadata"] == {"channel": "cli"}
    assert [h[0] for h in other["history"]] == ["vegetarian", "fish"]
    assert [h[1] for h in other["history"]] == [True, False]
    assert [h[4] for h in other["history"]] == seen["history"]
    assert other["history"][0][3] == other["history"][1][4] and other["history"][1][2] == other["history"][0][4]
    assert other["lexical"] == seen["lexical"]
    assert other["counts"]["lexical"] == other["counts"]["memory"]


def test_deleted_lexical_index_is_rebuilt_on_open(tmp_path):
    path = tmp_path / "store"
    ids = json.loads(run_py(WRITER, json.dumps({"path": str(path)})))
    lexical_files = list(path.glob("*lexical*.sqlite3"))
    assert len(lexical_files) == 1, lexical_files
    lexical_files[0].unlink()

    mem = Spectron(path=str(path))
    assert lexical_files[0].exists()
    check_store(mem, ids)


def test_stale_lexical_index_is_rebuilt_on_open(tmp_path):
    path = tmp_path / "store"
    ids = json.loads(run_py(WRITER, json.dumps({"path": str(path)})))
    [lexical_file] = list(path.glob("*lexical*.sqlite3"))
    db = sqlite3.connect(str(lexical_file))
    with db:
        victim = db.execute("SELECT rid FROM docs LIMIT 1").fetchone()[0]
        db.execute("DELETE FROM fts WHERE rowid=?", (victim,))
        db.execute("DELETE FROM cover WHERE rid=?", (victim,))
        db.execute("DELETE FROM docs WHERE rid=?", (victim,))
    db.close()

    mem = Spectron(path=str(path))
    check_store(mem, ids)


def test_reader_in_another_process_sees_later_writes(tmp_path):
    """A second writer appends to the same folder after the first exits; a third process sees both."""
    path = str(tmp_path / "store")
    ids = json.loads(run_py(WRITER, json.dumps({"path": path})))
    more = textwrap.dedent(
        """
        import sys
        from spectron_core import Spectron
        mem = Spectron(path=sys.argv[1])
        s = mem.sessions.create(scope={"org": "acme", "user": "alice"}, session_id="persist-1")
        print(s.add_turn("user", "a later wombat message").seq)
        """
    )
    before = json.loads(run_py(READER, path, ids["alice_session"]))
    # reopening the closed session by its id resumes it: the sequence continues where the first process left it
    assert run_py(more, path) == str(len(before["turns"]))
    # … and a new session starts at 0; both writes are visible to the next process
    more_ok = more.replace('session_id="persist-1"', 'session_id="persist-2"')
    assert run_py(more_ok, path) == "0"
    out = json.loads(run_py(READER, path, ids["alice_session"]))
    assert len(out["lexical"]) == len(before["lexical"]) + 2


@pytest.mark.server
def test_server_store_read_by_another_process_rebuilds_its_lexical_index(server_client, tmp_path):
    """Server mode: a process with its own (empty) lexical index rebuilds it from the server on open."""
    from tests.conftest import _drop_collections, server_url, unique_prefix

    prefix = unique_prefix()
    try:
        ids = json.loads(run_py(WRITER, json.dumps({
            "url": server_url(), "prefix": prefix, "lexical": str(tmp_path / "writer-lexical.sqlite3")})))
        mem = Spectron(chroma=server_client, collection_prefix=prefix,
                       lexical_path=str(tmp_path / "reader-lexical.sqlite3"))
        check_store(mem, ids)
    finally:
        _drop_collections(server_client, prefix)
