"""The lexical (BM25) leg of hybrid recall: a SQLite FTS5 index beside Chroma.

Local Chroma, embedded or server, refuses sparse/BM25 indexes, so this index is ours. It is a *derived*
index: Chroma is the source of truth and :meth:`LexicalIndex.rebuild` can recreate it from Chroma at any time
(the store does so on open when the two disagree, e.g. after another process wrote to the same server).

Scope filtering happens in SQL with the same rule as the Chroma clauses: a row is visible when every
(dimension, value) of the query is among its dimensions, or its canonical scope key is an ancestor's.
"""

from __future__ import annotations

import math
import re
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .._scope import Scope, ScopeLike

__all__ = ["LexicalIndex", "LexicalRow", "query_terms"]

_TOKEN = re.compile(r"[\w']+", re.UNICODE)
_STOPWORDS = frozenset(
    """a an the and or but if of at by for with about against between into through during before after
    above below to from up down in out on off over under again further then once here there when where why
    how all any both each few more most other some such no nor not only own same so than too very s t can
    will just don should now is am are was were be been being have has had having do does did doing i me my
    myself we our ours you your yours he him his she her hers it its they them their what which who whom
    this that these those would could shall may might must""".split()
)


def query_terms(text: str) -> list[str]:
    """Lower-cased word tokens minus stopwords, deduplicated in order (falls back to all tokens)."""
    tokens = [t.strip("'").lower() for t in _TOKEN.findall(text)]
    tokens = [t for t in tokens if t]
    kept = [t for t in tokens if t not in _STOPWORDS]
    seen: dict[str, None] = {}
    for t in kept or tokens:
        seen.setdefault(t, None)
    return list(seen)


@dataclass(frozen=True)
class LexicalRow:
    id: str
    text: str
    kind: str
    scope: Scope
    current: bool
    active: bool
    category: str = ""
    context: str = ""
    """Neighbouring text (the turns around a turn in its session), indexed with a lower weight."""


class LexicalIndex:
    """BM25 over record texts with scope- and state-aware filtering. Thread-safe."""

    def __init__(self, path: str | Path | None) -> None:
        self.path = None if path is None else Path(path)
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(
            ":memory:" if self.path is None else str(self.path), check_same_thread=False, isolation_level=None,
            timeout=30,
        )
        self._db.execute("PRAGMA secure_delete=ON")
        cols = [r[1] for r in self._db.execute("PRAGMA table_info(fts)")]
        if cols and "ctx" not in cols:  # an index from an older layout: it is derived, so drop and rebuild
            self._db.executescript("DROP TABLE fts; DROP TABLE IF EXISTS dims; DROP TABLE IF EXISTS docs;")
        self._db.execute("PRAGMA journal_mode=DELETE")  # no WAL file lingering with purged words
        self._db.executescript(
            """
            CREATE TABLE IF NOT EXISTS docs(
                rid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, kind TEXT NOT NULL, scope_key TEXT NOT NULL,
                is_current INTEGER NOT NULL, active INTEGER NOT NULL, category TEXT);
            CREATE TABLE IF NOT EXISTS dims(
                dim TEXT NOT NULL, value TEXT NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY(dim, value, rid))
                WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS dims_rid ON dims(rid);
            CREATE INDEX IF NOT EXISTS docs_scope ON docs(scope_key);
            CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(text, ctx, tokenize='porter unicode61');
            """
        )

    # -- writes ---------------------------------------------------------------------------------------
    def upsert(self, rows: Iterable[LexicalRow]) -> None:
        with self._lock:
            cur = self._db.cursor()
            cur.execute("BEGIN IMMEDIATE")
            try:
                for row in rows:
                    self._delete_one(cur, row.id)
                    cur.execute(
                        "INSERT INTO docs(id, kind, scope_key, is_current, active, category) VALUES (?,?,?,?,?,?)",
                        (row.id, row.kind, row.scope.key, int(row.current), int(row.active), row.category),
                    )
                    rid = cur.lastrowid
                    cur.executemany(
                        "INSERT INTO dims(dim, value, rid) VALUES (?,?,?)",
                        [(d, v, rid) for d, v in row.scope.items_tuple],
                    )
                    cur.execute("INSERT INTO fts(rowid, text, ctx) VALUES (?,?,?)", (rid, row.text, row.context))
                cur.execute("COMMIT")
            except BaseException:
                cur.execute("ROLLBACK")
                raise

    def set_context(self, id_contexts: Iterable[tuple[str, str]]) -> None:
        """Replace the context column of existing rows (a turn learns its successor after it is written)."""
        with self._lock:
            cur = self._db.cursor()
            cur.execute("BEGIN IMMEDIATE")
            try:
                for record_id, context in id_contexts:
                    found = cur.execute("SELECT rid FROM docs WHERE id=?", (record_id,)).fetchone()
                    if found:
                        cur.execute("UPDATE fts SET ctx=? WHERE rowid=?", (context, found[0]))
                cur.execute("COMMIT")
            except BaseException:
                cur.execute("ROLLBACK")
                raise

    def set_state(self, ids_states: Iterable[tuple[str, bool, bool]]) -> None:
        """Update (current, active) flags without touching the text."""
        with self._lock:
            self._db.executemany(
                "UPDATE docs SET is_current=?, active=? WHERE id=?",
                [(int(cur), int(act), i) for i, cur, act in ids_states],
            )

    def delete(self, ids: Iterable[str]) -> int:
        with self._lock:
            cur = self._db.cursor()
            cur.execute("BEGIN IMMEDIATE")
            n = 0
            try:
                for i in ids:
                    n += self._delete_one(cur, i)
                cur.execute("COMMIT")
            except BaseException:
                cur.execute("ROLLBACK")
                raise
            return n

    @staticmethod
    def _delete_one(cur: sqlite3.Cursor, record_id: str) -> int:
        found = cur.execute("SELECT rid FROM docs WHERE id=?", (record_id,)).fetchone()
        if not found:
            return 0
        rid = found[0]
        cur.execute("DELETE FROM fts WHERE rowid=?", (rid,))
        cur.execute("DELETE FROM dims WHERE rid=?", (rid,))
        cur.execute("DELETE FROM docs WHERE rid=?", (rid,))
        return 1

    def compact(self) -> None:
        """Merge FTS segments and vacuum so deleted words leave no trace in the file (used by purge)."""
        with self._lock:
            self._db.execute("INSERT INTO fts(fts) VALUES('optimize')")
            self._db.execute("VACUUM")

    def clear(self) -> None:
        with self._lock:
            self._db.executescript("DELETE FROM fts; DELETE FROM dims; DELETE FROM docs;")

    # -- reads ----------------------------------------------------------------------------------------
    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM docs").fetchone()[0])

    def ids(self) -> set[str]:
        with self._lock:
            return {r[0] for r in self._db.execute("SELECT id FROM docs")}

    def search(
        self,
        text: str,
        scope: ScopeLike,
        limit: int = 50,
        *,
        kinds: Optional[Sequence[str]] = None,
        include_history: bool = False,
        within_only: bool = False,
        context_weight: float = 0.45,
    ) -> list[tuple[str, float]]:
        """Best BM25 matches visible from ``scope`` as (id, score) with higher = better.

        The text column weighs 1, the context column ``context_weight`` (FTS5 column weights).
        """
        scope = Scope.of(scope)
        terms = query_terms(text)
        if not terms:
            return []
        match = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
        sql = ["SELECT d.id, bm25(fts, 1.0, ?) AS s FROM fts JOIN docs d ON d.rid = fts.rowid WHERE fts MATCH ?"]
        params: list[object] = [float(context_weight), match]
        sql.append("AND d.active = 1" if include_history else "AND d.is_current = 1")
        if kinds:
            sql.append(f"AND d.kind IN ({','.join('?' * len(kinds))})")
            params.extend(kinds)
        clause, clause_params = self._scope_sql(scope, within_only)
        if clause:
            sql.append("AND " + clause)
            params.extend(clause_params)
        sql.append("ORDER BY s LIMIT ?")
        params.append(int(limit))
        with self._lock:
            rows = self._db.execute(" ".join(sql), params).fetchall()
        return [(r[0], -float(r[1])) for r in rows]

    def feedback_terms(self, ids: Sequence[str], query: str, n_terms: int) -> list[str]:
        """Pseudo-relevance feedback: the most distinctive words of the given top documents.

        Scored by frequency in those documents × log(N / document frequency); the query's own words excluded.
        """
        if not ids or n_terms <= 0:
            return []
        with self._lock:
            rows = self._db.execute(
                f"SELECT f.text FROM fts f JOIN docs d ON d.rid = f.rowid WHERE d.id IN ({','.join('?' * len(ids))})",
                list(ids),
            ).fetchall()
            total = max(1, int(self._db.execute("SELECT COUNT(*) FROM docs").fetchone()[0]))
            own = set(query_terms(query))
            counts: dict[str, int] = {}
            for (text,) in rows:
                for t in query_terms(text):
                    if t not in own and len(t) > 2 and not t.isdigit():
                        counts[t] = counts.get(t, 0) + 1
            scored = []
            for term, tf in counts.items():
                df = self._db.execute("SELECT COUNT(*) FROM fts WHERE fts MATCH ?",
                                      ('text:"' + term.replace('"', '""') + '"',)).fetchone()[0]
                scored.append((tf * math.log(total / (1 + df)), term))
        scored.sort(reverse=True)
        return [t for score, t in scored[:n_terms] if score > 0]

    @staticmethod
    def _scope_sql(scope: Scope, within_only: bool) -> tuple[str, list[object]]:
        if scope.depth() == 0:
            return "", []
        pairs = scope.items_tuple
        inner = " OR ".join("(dim=? AND value=?)" for _ in pairs)
        within = f"d.rid IN (SELECT rid FROM dims WHERE {inner} GROUP BY rid HAVING COUNT(*) = ?)"
        params: list[object] = [x for pair in pairs for x in pair] + [len(pairs)]
        if within_only:
            return within, params
        ancestors = [a.key for a in scope.ancestors()]
        clause = f"({within} OR d.scope_key IN ({','.join('?' * len(ancestors))}))"
        return clause, params + ancestors

    def close(self) -> None:
        with self._lock:
            self._db.close()
