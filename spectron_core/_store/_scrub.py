"""Making purged words leave no trace in an embedded Chroma store's files.

Deleting through Chroma's API removes rows from its metadata and full-text tables, but the words survive in
four places: Chroma's write-ahead log (``embeddings_queue``), which keeps every upsert's document and
metadata until compaction; the FTS5 index's old segments; SQLite free pages; and the unused capacity of the
HNSW segment files. This module, run after the API deletes, blanks the log payloads of the purged ids (and
of our own finished journal rows, which carry copies of records), merges the FTS index, vacuums the file,
and zeroes the HNSW files past their last element.

The HNSW case, measured on chromadb 1.5: the first time a collection's vector segment is written, hnswlib
saves its whole preallocated buffer (room for 100 elements) — memory taken from ``malloc`` and never
cleared, so it holds whatever the process freed before, our own documents included. Later saves write only
the elements in use, so zeroing the bytes past ``cur_element_count`` is durable and touches nothing hnswlib
reads.

Log rows are blanked, never deleted: the HNSW segment may not have consumed them yet, and Chroma assigns
log sequence numbers from the table's maximum, so deleting rows could make later writes look already
applied. A blanked upsert replays as a zero vector that the following delete removes.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path

__all__ = ["count_orphan_rows", "scrub_embedded_chroma", "scrub_hnsw_slack", "vector_collections"]

log = logging.getLogger("spectron_core.purge")


def scrub_embedded_chroma(persist_dir: Path, ids: Iterable[str], live_journal_ids: Iterable[str] = ()) -> bool:
    """Blank purged ids (and every deleted record's rows) in the log, merge FTS, VACUUM, zero HNSW slack.
    Returns False if the SQLite file stayed busy.

    The SQLite part runs in a child process. Why: Chroma's Rust core links its own copy of SQLite, and POSIX
    file locks belong to the process, so a second SQLite library in the same process that opens and closes
    ``chroma.sqlite3`` silently drops the locks Chroma's connections hold; measured here, a purge's scrub
    running while other threads read Chroma corrupted the file ("database disk image is malformed") within
    a few hundred operations. Between processes, SQLite's locking works as designed.
    """
    db_path = Path(persist_dir) / "chroma.sqlite3"
    if not db_path.exists():
        return False
    scrub_hnsw_slack(Path(persist_dir))
    out = _isolated(
        {"op": "scrub", "db": str(db_path), "ids": list(dict.fromkeys(ids)), "live": list(live_journal_ids)}
    )
    return bool(out.get("ok"))


def count_orphan_rows(persist_dir: Path) -> int:
    """Log rows that still hold the text of deleted records (what ``spectron fsck`` reports); read in a child
    process for the reason given in :func:`scrub_embedded_chroma`."""
    db_path = Path(persist_dir) / "chroma.sqlite3"
    if not db_path.exists():
        return 0
    orphans = _isolated({"op": "count", "db": str(db_path)}).get("orphans", 0)
    return orphans if isinstance(orphans, int) else 0


def vector_collections(persist_dir: Path) -> dict[str, str]:
    """``segment id → collection name`` of every vector segment (which folder belongs to which collection);
    read in a child process for the reason given in :func:`scrub_embedded_chroma`."""
    db_path = Path(persist_dir) / "chroma.sqlite3"
    if not db_path.exists():
        return {}
    found = _isolated({"op": "segments", "db": str(db_path)}).get("segments", {})
    return {str(k): str(v) for k, v in dict(found).items()}  # type: ignore[call-overload]


def _isolated(request: dict[str, object]) -> dict[str, object]:
    """Run this file as a script in a fresh interpreter (stdlib only: about 30 ms) and return its answer."""
    proc = subprocess.run(
        [sys.executable, "-I", str(Path(__file__).resolve())],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if proc.returncode != 0:
        raise sqlite3.OperationalError(f"scrubbing {request['db']} failed: {proc.stderr.strip()[-500:]}")
    answer: dict[str, object] = json.loads(proc.stdout or "{}")
    return answer


def _scrub_sqlite(db_path: Path, id_list: list[str], live: set[str]) -> bool:
    """The log scrub itself (run by :func:`_isolated` in a child process)."""
    for attempt in range(20):
        try:
            db = sqlite3.connect(str(db_path), timeout=5, isolation_level=None)
            try:
                db.execute("PRAGMA secure_delete=ON")
                db.execute("BEGIN IMMEDIATE")
                rows = []
                for start in range(0, len(id_list), 500):
                    part = id_list[start : start + 500]
                    rows += db.execute(
                        f"SELECT seq_id, vector FROM embeddings_queue WHERE id IN ({','.join('?' * len(part))})",
                        part,
                    ).fetchall()
                rows += [
                    (seq, vec)
                    for seq, vec, rid in db.execute(
                        "SELECT seq_id, vector, id FROM embeddings_queue WHERE id LIKE 'jnl\\_%' ESCAPE '\\'"
                    ).fetchall()
                    if rid not in live
                ]
                rows += _orphan_rows(db)
                for seq, vec in rows:
                    db.execute(
                        "UPDATE embeddings_queue SET metadata = NULL, vector = ? WHERE seq_id = ?",
                        (bytes(len(vec)) if vec else None, seq),
                    )
                db.execute("COMMIT")
                tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
                if "embedding_fulltext_search" in tables:
                    db.execute("INSERT INTO embedding_fulltext_search(embedding_fulltext_search) VALUES('optimize')")
                db.execute("VACUUM")
                return True
            finally:
                db.close()
        except sqlite3.OperationalError as exc:  # "database is locked": Chroma is mid-write
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            time.sleep(0.05 * (attempt + 1))
    log.warning("could not vacuum %s: it stayed locked; purged words may remain in free pages", db_path)
    return False


def _orphan_rows(db: sqlite3.Connection) -> list[tuple[int, bytes]]:
    """Log rows (still carrying words) of ids that no longer exist in their collection.

    Why: a purge killed after Chroma's delete and before this scrub leaves the words in the log, and the
    retry selects nothing (the records are gone), so scrubbing by the selected ids alone would never reach
    them. A row is an orphan when its collection's metadata segment has consumed it (``seq_id`` at most the
    segment's ``max_seq_id``) and holds no record of that id: then the record was deleted after it. Rows not
    yet consumed are left alone (they may be a write in flight)."""
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"segments", "max_seq_id", "embeddings"} <= tables:
        return []
    out: list[tuple[int, bytes]] = []
    segments = db.execute("SELECT collection, id FROM segments WHERE scope = 'METADATA'").fetchall()
    for collection, segment in segments:
        found = db.execute("SELECT seq_id FROM max_seq_id WHERE segment_id = ?", (segment,)).fetchone()
        if found is None:
            continue
        high = found[0]
        if isinstance(high, bytes):  # older layouts store it big-endian
            high = int.from_bytes(high, "big")
        out += db.execute(
            "SELECT q.seq_id, q.vector FROM embeddings_queue q WHERE q.topic LIKE ? AND q.seq_id <= ? "
            "AND q.metadata IS NOT NULL AND NOT EXISTS (SELECT 1 FROM embeddings e "
            "WHERE e.segment_id = ? AND e.embedding_id = q.id)",
            (f"%/{collection}", int(high), segment),
        ).fetchall()
    return out


def scrub_hnsw_slack(persist_dir: Path) -> int:
    """Zero the unused capacity of every HNSW segment under ``persist_dir``; returns the bytes rewritten.

    ``data_level0.bin`` holds ``size_data_per_element`` bytes per element and ``length.bin`` one int32 level
    per element; anything past ``cur_element_count`` elements is capacity that hnswlib never reads. A header
    that does not parse (:class:`._segments.HnswHeader`) is left alone (with a warning) rather than guessed at.

    The bytes are zeroed in place, not by writing a copy and renaming it over the file: Chroma keeps these
    files open and writes its later saves through those handles, so a renamed-in copy would silently stop
    receiving them. In place is also safe against a kill: it only ever touches bytes past the elements in
    use, so a half-zeroed tail leaves the index exactly as loadable as before (what tears an index is
    Chroma's own save; see ``_segments``).
    """
    # Lazy: ``_segments`` imports this module, and this file also runs as a stdlib-only script (``_main``),
    # where a relative import at the top would fail.
    from ._segments import read_hnsw_header

    zeroed = 0
    for found in Path(persist_dir).glob("*/header.bin"):
        folder = found.parent
        header = read_hnsw_header(folder)
        if header is None or not header.sane:
            log.warning("purge: unreadable or unexpected HNSW header in %s; its files were not scrubbed", folder)
            continue
        for name, used in header.used_bytes:
            zeroed += _zero_from(folder / name, used)
    return zeroed


def _zero_from(path: Path, start: int) -> int:
    """Zero ``path`` from ``start`` to its end; returns the bytes rewritten (0 when already clean)."""
    try:
        with path.open("r+b") as f:
            f.seek(start)
            slack = f.read()
            if not slack.strip(b"\0"):
                return 0
            f.seek(start)
            f.write(bytes(len(slack)))
            f.flush()
            return len(slack)
    except FileNotFoundError:
        return 0


def _vector_segments(db_path: Path) -> dict[str, str]:
    """The catalogue query of :func:`vector_collections` (run in the child process)."""
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5)
    try:
        return {
            str(seg): str(name)
            for seg, name in db.execute(
                "SELECT s.id, c.name FROM segments s JOIN collections c ON c.id = s.collection WHERE s.scope = 'VECTOR'"
            )
        }
    finally:
        db.close()


def _main() -> None:  # pragma: no cover - runs in the child process of :func:`_isolated`
    request = json.loads(sys.stdin.read())
    db_path = Path(request["db"])
    if request["op"] == "segments":
        print(json.dumps({"segments": _vector_segments(db_path)}))
        return
    if request["op"] == "count":
        db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5)
        try:
            print(json.dumps({"orphans": len(_orphan_rows(db))}))
        finally:
            db.close()
        return
    print(json.dumps({"ok": _scrub_sqlite(db_path, list(request["ids"]), set(request["live"]))}))


if __name__ == "__main__":  # pragma: no cover
    _main()
