"""Making purged words leave no trace in an embedded Chroma store's files.

Deleting through Chroma's API removes rows from its metadata and full-text tables, but the words survive in
three places: Chroma's write-ahead log (``embeddings_queue``), which keeps every upsert's document and
metadata until compaction; the FTS5 index's old segments; and SQLite free pages. This module, run after the
API deletes, blanks the log payloads of the purged ids (and of our own finished journal rows, which carry
copies of records), merges the FTS index and vacuums the file.

Log rows are blanked, never deleted: the HNSW segment may not have consumed them yet, and Chroma assigns
log sequence numbers from the table's maximum, so deleting rows could make later writes look already
applied. A blanked upsert replays as a zero vector that the following delete removes.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path

__all__ = ["scrub_embedded_chroma"]

log = logging.getLogger("spectron_core.purge")


def scrub_embedded_chroma(persist_dir: Path, ids: Iterable[str], live_journal_ids: Iterable[str] = ()) -> bool:
    """Blank purged ids in the log, merge FTS, VACUUM. Returns False if the file was busy (then retried later)."""
    db_path = Path(persist_dir) / "chroma.sqlite3"
    if not db_path.exists():
        return False
    id_list = list(dict.fromkeys(ids))
    live = set(live_journal_ids)
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
