"""A store whose Chroma vector index a killed process left torn still opens, with every record (issue #14).

chromadb 1.5.9 rewrites a segment's ``index_metadata.pickle`` in place (truncate, then buffered writes) and
its hnswlib files in place, so a SIGKILL during a save leaves them torn, after which every read of the
collection failed. Here the damage is made by hand on a closed store: a truncated or empty id map, hnswlib
files shorter than their header says, a zeroed header. Each must open, recall and profile as before, give
Chroma back every vector, and report the rebuild.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from spectron_core import Spectron, StoreError
from spectron_core._store import _segments
from spectron_core._store._chroma import ChromaStore
from spectron_core._store._scrub import vector_collections
from tests.test_multiprocess import ROOT, acked, check_invariants

ALICE = {"user": "alice"}
PETS = ["cat", "dog", "parrot", "hamster", "turtle"]


@pytest.fixture(scope="module")
def base_store(tmp_path_factory) -> tuple[Path, set[str]]:
    """A closed store big enough that Chroma has saved its memory index (id map included); its record ids."""
    path = tmp_path_factory.mktemp("torn") / "base"
    mem = Spectron(path=str(path))
    mem.remember("I live in Lisbon.", scope=ALICE, triples=[("Person/alice", "home", "Lisbon")])
    for i in range(110):
        mem.remember(f"Note {i}: I keep a {PETS[i % 5]} called Pet{i}.", scope=ALICE)
    ids = {r.id for r in mem._engine.store.find(None)}
    mem.close()
    assert (_memory_segment(path) / "index_metadata.pickle").is_file(), "fixture too small for a saved index"
    return path, ids


def _memory_segment(path: Path) -> Path:
    owners = {name: seg for seg, name in vector_collections(path).items()}
    return path / owners["spectron_memory"]


def _truncate(name: str, keep: Callable[[int], int]) -> Callable[[Path], None]:
    def damage(segment: Path) -> None:
        target = segment / name
        with target.open("r+b") as f:
            f.truncate(keep(target.stat().st_size))
    return damage


def _zero_header(segment: Path) -> None:
    (segment / "header.bin").write_bytes(bytes(100))


def _link_past_the_end(segment: Path) -> None:
    """The first element's level-0 neighbour list names an element the index does not hold."""
    with (segment / "data_level0.bin").open("r+b") as f:
        f.write(struct.pack("<HxxI", 1, 0xFFFFFF))


DAMAGE = {
    "truncated id map": _truncate("index_metadata.pickle", lambda n: n // 2),
    "empty id map": _truncate("index_metadata.pickle", lambda n: 0),
    "short data_level0.bin": _truncate("data_level0.bin", lambda n: n // 3),
    "short link_lists.bin": _truncate("link_lists.bin", lambda n: n - 3),
    "zeroed header.bin": _zero_header,
    "link past the end": _link_past_the_end,
}


def _torn_copy(base_store: tuple[Path, set[str]], tmp_path: Path, damage: Callable[[Path], None]) -> Path:
    path = tmp_path / "s"
    shutil.copytree(base_store[0], path)
    segment = _memory_segment(path)
    damage(segment)
    assert _segments.segment_problem(segment) is not None
    return path


def _assert_whole(mem: Spectron, ids: set[str]) -> None:
    store = mem._engine.store
    assert {r.id for r in store.find(None)} == ids
    got = store.memory.get(include=["embeddings"], limit=10_000)  # raised "Error finding id" when vectors were lost
    assert len(got["ids"]) == store.memory.count() == store.lexical.count()
    hits = mem.recall("Which pet is called Pet7?", scope=ALICE).items
    assert any("Pet7" in h.text for h in hits[:5]), [h.text for h in hits[:5]]
    assert [f.value for f in mem.profile(scope=ALICE).static if f.key == "home"] == ["Lisbon"]


@pytest.mark.parametrize("damage", list(DAMAGE), ids=list(DAMAGE))
def test_a_torn_vector_index_is_rebuilt_at_open(base_store, tmp_path, damage):
    path = _torn_copy(base_store, tmp_path, DAMAGE[damage])
    mem = Spectron(path=str(path))
    _assert_whole(mem, base_store[1])
    report = mem.repair()
    assert report.indexes_rebuilt == 1 and report.ok
    assert [(f.kind, f.repaired) for f in report.findings] == [("torn_vector_index", True)]
    assert "spectron_memory" in report.findings[0].detail
    mem.close()
    assert not (path / _segments.REBUILD_FILE).exists()
    again = Spectron(path=str(path))  # the rebuilt index is whole: nothing to rebuild a second time
    assert again.repair().indexes_rebuilt == 0
    _assert_whole(again, base_store[1])
    again.close()


def test_a_rebuild_cut_short_is_finished_by_the_next_open(base_store, tmp_path, monkeypatch):
    """A process killed while re-indexing leaves the segment recorded as pending: the next open re-indexes
    again (no record lost, no open that fails forever)."""
    path = _torn_copy(base_store, tmp_path, DAMAGE["truncated id map"])

    def killed(self: ChromaStore, part: str) -> int:
        raise StoreError("killed while re-indexing")

    monkeypatch.setattr(ChromaStore, "reindex", killed)
    with pytest.raises(StoreError, match="killed while re-indexing"):
        Spectron(path=str(path))
    assert [s.collection for s in _segments.pending_rebuilds(path)] == ["spectron_memory"]
    monkeypatch.undo()
    mem = Spectron(path=str(path))
    _assert_whole(mem, base_store[1])
    assert mem.repair().indexes_rebuilt == 1
    mem.close()


def test_a_whole_store_is_never_taken_for_torn(base_store):
    path = base_store[0]
    segments = [path / seg for seg in vector_collections(path)]
    assert segments and all(_segments.segment_problem(s) is None for s in segments)


def test_an_index_chroma_cannot_load_is_rebuilt_even_if_the_checks_miss_it(base_store, tmp_path, monkeypatch):
    """Damage the checks at open do not recognise (simulated by switching them off) still ends in a rebuild:
    Chroma's load error makes the open set this store's vector indexes aside once and re-index them."""
    path = _torn_copy(base_store, tmp_path, DAMAGE["truncated id map"])
    monkeypatch.setattr(_segments, "segment_problem", lambda folder: None)
    mem = Spectron(path=str(path))
    _assert_whole(mem, base_store[1])
    report = mem.repair()
    assert report.ok and {f.kind for f in report.findings} == {"torn_vector_index"}
    assert report.indexes_rebuilt == 2
    assert sorted(f.detail.split()[4] for f in report.findings) == ["spectron_memory", "spectron_meta"]
    mem.close()


KILLED_WRITER = textwrap.dedent(
    """
    import sys
    from spectron_core import Spectron
    mem = Spectron(path=sys.argv[1], write_behind=False)
    for i in range(150):
        r = mem.remember(f"Entry {i}: I keep a bird called Bird{i}.", scope={"user": "bob"})
        print("ACK", r.turn.id, flush=True)
    """
)


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace to kill inside Chroma's own save")
def test_a_writer_killed_inside_chromas_own_save_leaves_a_store_that_opens(tmp_path):
    """The real thing, deterministically: strace delivers SIGKILL at the writer's first write to
    ``index_metadata.pickle``, i.e. after Chroma opened it with O_TRUNC. Before the fix the store never
    opened again ("Error deserializing pickle file: eval error at offset 0: EOF while parsing")."""
    path = (tmp_path / "s").resolve()
    Spectron(path=str(path)).close()  # creates the collections, so the segment folder's name is known
    pickle_path = _memory_segment(path) / "index_metadata.pickle"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    proc = subprocess.run(["strace", "-f", "-qq", "-o", os.devnull, "-P", str(pickle_path), "-e", "trace=write",
                           "-e", "inject=write:signal=SIGKILL", sys.executable, "-c", KILLED_WRITER, str(path)],
                          capture_output=True, text=True, env=env, cwd=str(ROOT), timeout=300)
    if "PTRACE" in proc.stderr or "Operation not permitted" in proc.stderr:
        pytest.skip(f"strace cannot trace here: {proc.stderr.strip()[-200:]}")
    acks = acked(proc.stdout)
    assert proc.returncode != 0 and acks and len(acks) < 150, proc.stderr[-2000:]
    assert pickle_path.stat().st_size == 0  # Chroma's save was cut right after it truncated the id map
    mem = check_invariants(path, acks)  # opens, no acknowledged write lost, local index = Chroma
    memory = mem._engine.store.memory
    assert len(memory.get(include=["embeddings"], limit=1000)["ids"]) == memory.count() >= len(acks)
    assert any("Bird42" in h.text for h in mem.recall("Who is Bird42?", scope={"user": "bob"}).items[:3])
    assert mem.repair().indexes_rebuilt == 1
    mem.close()
