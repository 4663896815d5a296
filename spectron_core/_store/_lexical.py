"""The local read index of recall: SQLite FTS5 (the BM25 leg) plus each record's vector and payload.

Local Chroma, embedded or server, refuses sparse/BM25 indexes, so the lexical leg is ours. The same file also
mirrors every recallable record's JSON payload and its normalised vector, because on chromadb 1.5 a scope-
filtered query degenerates: HNSW with a selective ``where`` walks most of the graph (measured at 100k
records: about 100 ms whether 100 or 2,500 rows match, against 3 ms unfiltered), and every ``get`` costs
5–7 ms. So recall scans the few thousand scope-visible vectors exactly here and decodes its candidates from
here; Chroma's HNSW still answers when the visible set is too large to scan (see ``DENSE_SCAN_LIMIT``).

It is a *derived* index: Chroma is the source of truth and the store rebuilds this file from Chroma whenever
the two disagree (on open, e.g. after another process wrote to the same server, and after a repair).

Scope filtering happens in SQL with the same rule as the Chroma clauses: a row is visible when the query's
scope is a subset of the row's (looked up in ``cover``), or the row's canonical scope key is an ancestor's.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import snowballstemmer

from .._scope import Scope, ScopeLike

__all__ = ["LexicalIndex", "LexicalRow", "query_terms", "index_terms", "DENSE_SCAN_LIMIT", "pack_vector"]

LAYOUT = 4
"""Version of this file's tables (``PRAGMA user_version``); an index of another version is rebuilt."""

DENSE_SCAN_LIMIT = 50_000
"""Above this many scope-visible rows the dense leg asks Chroma's HNSW instead of scanning exactly (a scan of
50k 384-d vectors reads about 75 MB; an unfiltered HNSW query is then the cheaper of the two)."""


def pack_vector(vector: Any) -> bytes:
    """A vector as little-endian float32 bytes, normalised so a dot product is the cosine similarity."""
    v = np.asarray(vector, dtype="<f4").reshape(-1)
    norm = float(np.linalg.norm(v))
    return (v / norm if norm > 0 else v).astype("<f4").tobytes()


_TOKEN = re.compile(r"[\w']+", re.UNICODE)
_STOPWORDS = frozenset(
    """a an the and or but if of at by for with about against between into through during before after
    above below to from up down in out on off over under again further then once here there when where why
    how all any both each few more most other some such no nor not only own same so than too very s t can
    will just don should now is am are was were be been being have has had having do does did doing i me my
    myself we our ours you your yours he him his she her hers it its they them their what which who whom
    this that these those would could shall may might must""".split()
)


_CLEAR_DIRTY = "DELETE FROM state WHERE k = 'dirty'"
_FIELD_NAME = re.compile(r"[a-z_]+")
"""A record field named in SQL (``json_extract``'s path): letters and underscores only."""
_INDEX_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_STEMMER = snowballstemmer.stemmer("porter")


def _token(kind: str, scope_key: str) -> str:
    """A scope key as one index token of digits (the porter stemmer leaves digits alone)."""
    return kind + str(int(hashlib.sha1(scope_key.encode()).hexdigest()[:15], 16))


def scope_tokens(scope: Scope) -> str:
    """What a row's ``scopes`` column holds: ``w<key>`` for its scope and every subset of it (the row is
    within each of those), and ``e<key>`` for its own scope exactly (what an ancestor lookup asks for)."""
    return " ".join([*(_token("w", a.key) for a in scope.ancestors(include_self=True)), _token("e", scope.key)])


_STEM_LOCK = threading.Lock()


@functools.lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """One word's Porter stem, remembered: a store's vocabulary is small next to the words recall reads in
    its candidates (a 400-turn store of long answers has about 34,000 candidate words a query and a few
    thousand distinct ones), so recall's cost follows the pool's distinct words, not its length. The
    stemmer keeps its state on the object, hence the lock."""
    if not word.isascii():  # unicode61 folds diacritics before the stemmer sees the word ("café" → "cafe")
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    with _STEM_LOCK:
        return str(_STEMMER.stemWord(word))


def _in_batches(values: Iterable[str]) -> Iterator[tuple[list[str], str]]:
    """The distinct ``values`` in order, 500 at a time (under SQLite's limit on bound variables), each batch
    with its ``?,?,…`` placeholders for an ``IN (…)`` clause."""
    wanted = list(dict.fromkeys(values))
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        yield part, ",".join("?" * len(part))


def index_terms(text: str) -> list[str]:
    """The terms FTS5's ``porter unicode61`` tokenizer makes of ``text`` (lower-cased, split at anything
    not a letter or digit, Porter-stemmed), stopwords left out."""
    return [_stem(w) for w in _INDEX_TOKEN.findall(text.lower()) if w not in _STOPWORDS]


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
    payload: str = ""
    """The record's JSON as the codec writes it (``meta["json"]``); with ``text`` it decodes the record."""
    topic: str | None = None
    """What the write path looks a record up by: a fact's entity, a relation's subject, an instruction's
    topic, a turn's session (see :meth:`LexicalIndex.current_about` and :meth:`LexicalIndex.about`)."""
    vector: bytes | None = None
    """:func:`pack_vector` of the record's embedding (None: the record takes no part in the dense scan)."""
    ref: str | None = None
    """The turn (or document) a fact was extracted from: recall treats a turn and its facts as one piece of
    evidence, and a turn whose every fact has been superseded as outdated (:meth:`LexicalIndex.derived`)."""


class LexicalIndex:
    """BM25 over record texts with scope- and state-aware filtering. Thread-safe."""

    def __init__(self, path: str | Path | None) -> None:
        self.path = None if path is None else Path(path)
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self.scan_limit = DENSE_SCAN_LIMIT
        self._total: int | None = None
        self._db = sqlite3.connect(
            ":memory:" if self.path is None else str(self.path),
            check_same_thread=False,
            isolation_level=None,
            timeout=30,
        )
        self._db.execute("PRAGMA secure_delete=ON")
        if int(self._db.execute("PRAGMA user_version").fetchone()[0]) != LAYOUT:
            # an index from another layout: it is derived, so drop it; the store sees it empty and rebuilds
            # (the write journal is not derived: it is kept)
            self._db.executescript(
                "DROP TABLE IF EXISTS fts; DROP TABLE IF EXISTS dims; DROP TABLE IF EXISTS docs;"
                "DROP TABLE IF EXISTS vecs; DROP TABLE IF EXISTS fts_vocab; "
                "DROP TABLE IF EXISTS cover;"
            )
            self._db.execute(f"PRAGMA user_version = {LAYOUT}")
        # WAL: a commit costs a quarter of a millisecond instead of one (two fewer fsyncs), which is most of
        # what an acknowledged write costs here. Purged words must not linger in the WAL file: ``compact``
        # checkpoints it to zero length after the VACUUM.
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(
            """
            CREATE TABLE IF NOT EXISTS docs(
                rid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, kind TEXT NOT NULL, scope_key TEXT NOT NULL,
                is_current INTEGER NOT NULL, active INTEGER NOT NULL, category TEXT, payload TEXT NOT NULL DEFAULT '',
                topic TEXT, ref TEXT);
            CREATE INDEX IF NOT EXISTS docs_topic ON docs(topic) WHERE topic IS NOT NULL;
            CREATE INDEX IF NOT EXISTS docs_ref ON docs(ref) WHERE ref IS NOT NULL;
            CREATE TABLE IF NOT EXISTS vecs(rid INTEGER PRIMARY KEY, v BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS state(k TEXT PRIMARY KEY, v TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS journal(id TEXT PRIMARY KEY, t REAL NOT NULL, body TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS replay_attempts(id TEXT PRIMARY KEY, n INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS quarantine(id TEXT PRIMARY KEY, t REAL NOT NULL, body TEXT NOT NULL,
                error TEXT NOT NULL, at REAL NOT NULL);
            CREATE TABLE IF NOT EXISTS purges(id TEXT PRIMARY KEY, t REAL NOT NULL, body TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS cover(key TEXT NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY(key, rid))
                WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS cover_rid ON cover(rid);
            CREATE INDEX IF NOT EXISTS docs_scope ON docs(scope_key);
            CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(text, ctx, scopes, tokenize='porter unicode61');
            CREATE VIRTUAL TABLE IF NOT EXISTS fts_vocab USING fts5vocab(fts, 'col');
            """
        )
        try:  # built into SQLite since 3.38 and into most builds before; without it, lookups decode more
            self._db.execute("SELECT json_valid('{}'), json_extract('{}', '$.x')")
            self._json_sql = True
        except sqlite3.OperationalError:  # pragma: no cover - depends on how Python's SQLite was built
            self._json_sql = False

    # -- consistency with Chroma ---------------------------------------------------------------------
    def mark_dirty(self) -> None:
        """Record, durably, that Chroma is about to change ahead of this index. The mirroring write clears
        it in its own transaction; a process killed in between leaves it set, and the next open rebuilds."""
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO state(k, v) VALUES ('dirty', '1')")

    def mark_clean(self) -> None:
        with self._lock:
            self._db.execute(_CLEAR_DIRTY)

    def is_dirty(self) -> bool:
        with self._lock:
            return self._db.execute("SELECT 1 FROM state WHERE k = 'dirty'").fetchone() is not None

    # -- write journal (embedded stores: this file sits beside Chroma's, on the same disk) --------------
    def journal_add(self, entry_id: str, recorded: float, body: str) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO journal(id, t, body) VALUES (?,?,?)", (entry_id, recorded, body))

    def journal_remove(self, *entry_ids: str) -> None:
        """Remove applied entries, all in one transaction (a flushed group is one commit, not one per write:
        each commit waits for the disk)."""
        with self._write(clean=False) as cur:
            cur.executemany("DELETE FROM journal WHERE id = ?", [(i,) for i in entry_ids])
            cur.executemany("DELETE FROM replay_attempts WHERE id = ?", [(i,) for i in entry_ids])

    def journal_attempt(self, entry_ids: Sequence[str]) -> dict[str, int]:
        """Count, durably and before trying, one more replay of each entry; returns the counts. An entry whose
        replay kills the process (a segfault inside Chroma cannot be caught) is then recognised on the next
        open and quarantined instead of being retried into the same crash forever."""
        out: dict[str, int] = {}
        with self._write(clean=False) as cur:
            for i in entry_ids:
                cur.execute(
                    "INSERT INTO replay_attempts(id, n) VALUES (?, 1) ON CONFLICT(id) DO UPDATE SET n = n + 1", (i,)
                )
                out[i] = int(cur.execute("SELECT n FROM replay_attempts WHERE id = ?", (i,)).fetchone()[0])
        return out

    def journal_quarantine(self, entry_id: str, error: str, now: float) -> None:
        """Move a journal entry that cannot be replayed aside (kept whole, with why), so the store opens."""
        with self._write(clean=False) as cur:
            row = cur.execute("SELECT t, body FROM journal WHERE id = ?", (entry_id,)).fetchone()
            if row is not None:
                cur.execute(
                    "INSERT OR REPLACE INTO quarantine(id, t, body, error, at) VALUES (?,?,?,?,?)",
                    (entry_id, row[0], row[1], error[:2000], now),
                )
            cur.execute("DELETE FROM journal WHERE id = ?", (entry_id,))
            cur.execute("DELETE FROM replay_attempts WHERE id = ?", (entry_id,))

    def quarantined(self) -> list[tuple[str, float, str, str]]:
        """(id, recorded, body, error) of every quarantined journal entry, oldest first."""
        with self._lock:
            return [
                (r[0], float(r[1]), r[2], r[3])
                for r in self._db.execute("SELECT id, t, body, error FROM quarantine ORDER BY t, id")
            ]

    def quarantine_release(self, entry_id: str, *, retry: bool) -> None:
        """Drop a quarantined entry, or (``retry``) put it back in the journal for one more replay."""
        with self._write(clean=False) as cur:
            row = cur.execute("SELECT t, body FROM quarantine WHERE id = ?", (entry_id,)).fetchone()
            if row is not None and retry:
                cur.execute("INSERT OR REPLACE INTO journal(id, t, body) VALUES (?,?,?)", (entry_id, row[0], row[1]))
            cur.execute("DELETE FROM quarantine WHERE id = ?", (entry_id,))

    # -- purge intents: an erasure is recorded before it starts and finished by whoever opens next --------
    def purge_begin(self, purge_id: str, recorded: float, body: str) -> None:
        with self._write(clean=False) as cur:
            cur.execute("INSERT OR REPLACE INTO purges(id, t, body) VALUES (?,?,?)", (purge_id, recorded, body))

    def purges_pending(self) -> list[tuple[str, str]]:
        with self._lock:
            return [(r[0], r[1]) for r in self._db.execute("SELECT id, body FROM purges ORDER BY t, id")]

    def purge_done(self, purge_id: str) -> None:
        with self._write(clean=False) as cur:
            cur.execute("DELETE FROM purges WHERE id = ?", (purge_id,))

    def journal_ids(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self._db.execute("SELECT id FROM journal ORDER BY t, id")]

    def journal_entries(self) -> list[tuple[str, str]]:
        """(id, body) of every journalled write not yet marked done, oldest first."""
        with self._lock:
            return [(r[0], r[1]) for r in self._db.execute("SELECT id, body FROM journal ORDER BY t, id")]

    # -- writes ---------------------------------------------------------------------------------------
    @contextmanager
    def _write(self, *, clean: bool) -> Iterator[sqlite3.Cursor]:
        """One ``BEGIN IMMEDIATE`` transaction under the lock (a deferred BEGIN lets two writers deadlock on
        the SHARED→RESERVED upgrade); ``clean`` clears the dirty mark in the same commit."""
        with self._lock:
            self._total = None
            cur = self._db.cursor()
            cur.execute("BEGIN IMMEDIATE")
            try:
                if clean:
                    cur.execute(_CLEAR_DIRTY)
                yield cur
                cur.execute("COMMIT")
            except BaseException:
                cur.execute("ROLLBACK")
                raise

    def upsert(self, rows: Iterable[LexicalRow], *, clean: bool = True) -> None:
        """Insert or replace rows; ``clean`` also clears the dirty mark in the same transaction."""
        with self._write(clean=clean) as cur:
            self._upsert_rows(cur, rows)

    def _upsert_rows(self, cur: sqlite3.Cursor, rows: Iterable[LexicalRow]) -> None:
        for row in rows:
            self._delete_one(cur, row.id)
            cur.execute(
                "INSERT INTO docs(id, kind, scope_key, is_current, active, category, payload, topic, ref) "
                "VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    row.id,
                    row.kind,
                    row.scope.key,
                    int(row.current),
                    int(row.active),
                    row.category,
                    row.payload,
                    row.topic,
                    row.ref,
                ),
            )
            rid = cur.lastrowid
            if row.vector is not None:
                cur.execute("INSERT INTO vecs(rid, v) VALUES (?,?)", (rid, row.vector))
            cur.executemany(
                "INSERT INTO cover(key, rid) VALUES (?,?)",
                [(a.key, rid) for a in row.scope.ancestors(include_self=True)],
            )
            cur.execute(
                "INSERT INTO fts(rowid, text, ctx, scopes) VALUES (?,?,?,?)",
                (rid, row.text, row.context, scope_tokens(row.scope)),
            )

    def set_context(self, id_contexts: Iterable[tuple[str, str]]) -> None:
        """Replace the context column of existing rows (a turn learns its successor after it is written)."""
        with self._write(clean=False) as cur:
            for record_id, context in id_contexts:
                found = cur.execute("SELECT rid FROM docs WHERE id=?", (record_id,)).fetchone()
                if found:
                    cur.execute("UPDATE fts SET ctx=? WHERE rowid=?", (context, found[0]))

    def set_state(self, states: Iterable[tuple[str, bool, bool, str]]) -> None:
        """Update (current, active) flags and the payload of existing rows (text and vector stay), and clear
        the dirty mark, in one transaction."""
        with self._write(clean=True) as cur:
            self._set_states(cur, states)

    @staticmethod
    def _set_states(cur: sqlite3.Cursor, states: Iterable[tuple[str, bool, bool, str]]) -> None:
        cur.executemany(
            "UPDATE docs SET is_current=?, active=?, payload=? WHERE id=?",
            [(int(c), int(a), payload, i) for i, c, a, payload in states],
        )

    def stage(
        self,
        entry_id: str,
        recorded: float,
        body: str,
        rows: Iterable[LexicalRow],
        states: Iterable[tuple[str, bool, bool, str]],
    ) -> None:
        """A write acknowledged before it reaches Chroma (the outbox): its journal entry and its effect on
        this index commit in one transaction, so the index never shows a write the journal could lose."""
        with self._write(clean=False) as cur:
            cur.execute("INSERT OR REPLACE INTO journal(id, t, body) VALUES (?,?,?)", (entry_id, recorded, body))
            self._upsert_rows(cur, rows)
            self._set_states(cur, states)

    def delete(self, ids: Iterable[str]) -> int:
        with self._write(clean=True) as cur:
            return sum(self._delete_one(cur, i) for i in ids)

    @staticmethod
    def _delete_one(cur: sqlite3.Cursor, record_id: str) -> int:
        found = cur.execute("SELECT rid FROM docs WHERE id=?", (record_id,)).fetchone()
        if not found:
            return 0
        rid = found[0]
        cur.execute("DELETE FROM vecs WHERE rid=?", (rid,))
        cur.execute("DELETE FROM fts WHERE rowid=?", (rid,))
        cur.execute("DELETE FROM cover WHERE rid=?", (rid,))
        cur.execute("DELETE FROM docs WHERE rid=?", (rid,))
        return 1

    def compact(self) -> None:
        """Merge FTS segments and vacuum so deleted words leave no trace in the file (used by purge)."""
        with self._lock:
            self._db.execute("INSERT INTO fts(fts) VALUES('optimize')")
            self._db.execute("VACUUM")
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def clear(self) -> None:
        with self._lock:
            self._total = None
            self._db.executescript("DELETE FROM fts; DELETE FROM cover; DELETE FROM docs; DELETE FROM vecs;")

    # -- reads ----------------------------------------------------------------------------------------
    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM docs").fetchone()[0])

    def _row_count(self) -> int:
        """``count()`` for term statistics, cached between this handle's writes (COUNT(*) costs 3 ms at 100k
        rows; another process's writes since only nudge an IDF)."""
        if self._total is None:
            self._total = self.count()
        return self._total

    def ids(self) -> set[str]:
        with self._lock:
            return {r[0] for r in self._db.execute("SELECT id FROM docs")}

    def search(
        self,
        text: str,
        scope: ScopeLike,
        limit: int = 50,
        *,
        kinds: Sequence[str] | None = None,
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
        match = "{text ctx} : (" + " OR ".join('"' + t.replace('"', '""') + '"' for t in terms) + ")"
        if scope.depth():
            # The scope rule inside the full-text query: FTS5 intersects the terms' postings with the few
            # rows of the visible scopes instead of ranking every row that has the words (at 100k records
            # over 1,000 users that is most of the cost). The SQL filter below still checks every row.
            wanted = [_token("w", scope.key)]
            if not within_only:
                wanted += [_token("e", a.key) for a in scope.ancestors()]
            match += " AND scopes : (" + " OR ".join(wanted) + ")"
        where, params = self._filter_sql(scope, kinds, include_history, within_only)
        sql = (
            "SELECT d.id, bm25(fts, 1.0, ?, 0.0) AS s FROM fts JOIN docs d ON d.rid = fts.rowid "
            f"WHERE fts MATCH ? AND {where} ORDER BY s LIMIT ?"
        )
        with self._lock:
            rows = self._db.execute(sql, [float(context_weight), match, *params, int(limit)]).fetchall()
        return [(r[0], -float(r[1])) for r in rows]

    def dense(
        self,
        vector: Any,
        scope: ScopeLike,
        limit: int,
        *,
        kinds: Sequence[str] | None = None,
        include_history: bool = False,
        within_only: bool = False,
        categories: Sequence[str] | None = None,
    ) -> list[tuple[str, float]] | None:
        """Exact cosine top-``limit`` over the scope-visible rows as (id, similarity), best first.

        Returns None when more than ``self.scan_limit`` rows are visible: the caller then asks Chroma's HNSW.
        Rows whose vector has another dimension than the query (an embedding swapped on an old store) are
        skipped rather than compared.
        """
        scope = Scope.of(scope)
        q = np.frombuffer(pack_vector(vector), dtype="<f4")
        where, params = self._filter_sql(scope, kinds, include_history, within_only, categories)
        with self._lock:
            rows = self._db.execute(
                f"SELECT d.id, v.v FROM docs d JOIN vecs v ON v.rid = d.rid WHERE {where} LIMIT ?",
                [*params, self.scan_limit + 1],
            ).fetchall()
        if len(rows) > self.scan_limit:
            return None
        width = q.nbytes
        rows = [r for r in rows if len(r[1]) == width]
        if not rows:
            return []
        matrix = np.frombuffer(b"".join(r[1] for r in rows), dtype="<f4").reshape(len(rows), q.shape[0])
        # einsum, not ``@``: OpenBLAS hands a product this size to its thread pool, whose workers spin on the
        # other core the query embedding and SQLite need. Measured on 2 loaded cores: 2,000 rows 4.0 ms with the
        # pool against 0.1 ms on one thread (einsum 0.1 ms), 10,000 rows 1.3 against 0.55 (einsum 0.6)
        sims = np.einsum("ij,j->i", matrix, q)
        n = min(int(limit), len(rows))
        top = np.argpartition(-sims, n - 1)[:n] if n < len(rows) else np.arange(len(rows))
        top = top[np.lexsort((top, -sims[top]))]  # best first; ties by insertion order, deterministic
        return [(rows[i][0], float(sims[i])) for i in top]

    def _payload_rows(self, where: str, params: Sequence[object]) -> dict[str, tuple[str, str]]:
        """``id → (text, payload)`` of the rows matching ``where`` (SQL over ``docs d``) that carry a payload."""
        with self._lock:
            return {
                r[0]: (r[1], r[2])
                for r in self._db.execute(
                    f"SELECT d.id, f.text, d.payload FROM docs d JOIN fts f ON f.rowid = d.rid WHERE {where}", params
                )
                if r[2]
            }

    def payloads(self, ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """``id → (text, payload)`` for the given ids that are indexed (what the codec decodes)."""
        out: dict[str, tuple[str, str]] = {}
        for part, marks in _in_batches(ids):
            out.update(self._payload_rows(f"d.id IN ({marks})", part))
        return out

    def stored_vectors(self, ids: Sequence[str]) -> dict[str, bytes]:
        """``id → packed vector`` for the given ids that are indexed with one (little-endian float32): what recall
        reads a statement's topic from, without the text ``vectors`` also joins."""
        out: dict[str, bytes] = {}
        for part, marks in _in_batches(ids):
            with self._lock:
                out.update(
                    self._db.execute(
                        f"SELECT d.id, v.v FROM docs d JOIN vecs v ON v.rid = d.rid WHERE d.id IN ({marks})", part
                    ).fetchall()
                )
        return out

    def vectors(self, ids: Sequence[str]) -> dict[str, tuple[str, bytes]]:
        """``id → (text, packed vector)`` for the given ids that are indexed with a vector: what Chroma's vector
        index is re-filled from when a killed process left it torn (``_segments``)."""
        out: dict[str, tuple[str, bytes]] = {}
        for part, marks in _in_batches(ids):
            with self._lock:
                out.update(
                    {
                        r[0]: (r[1], r[2])
                        for r in self._db.execute(
                            "SELECT d.id, f.text, v.v FROM docs d JOIN fts f ON f.rowid = d.rid JOIN vecs v ON v.rid = d.rid "
                            f"WHERE d.id IN ({marks})",
                            part,
                        )
                    }
                )
        return out

    def current_about(
        self,
        kind: str,
        topic: str,
        scope: Scope,
        *,
        ancestors: bool,
        fields: Mapping[str, str | Sequence[str]] | None = None,
    ) -> dict[str, tuple[str, str]]:
        """``id → (text, payload)`` of current ``kind`` rows about ``topic`` at ``scope`` exactly, or (with
        ``ancestors``) visible from it: the lookups reconciliation makes before every write.

        ``fields`` narrows by the record's own fields (``{"key": "home"}``), read from the payload in SQL: an
        entity with a hundred facts is asked about one key at a time, and decoding every fact of it for each
        write was a twelfth of a bulk import. A sequence of values matches any of them (recall asks for the keys
        a question is about in one lookup). Callers still check what they get; an SQLite without JSON functions
        ignores ``fields``."""
        where, params = self._filter_sql(scope, [kind], False, False, exact=not ancestors)
        clause, values = f"d.topic = ? AND {where}", [topic, *params]
        if fields and self._json_sql:
            for name, value in fields.items():
                if not _FIELD_NAME.fullmatch(name):
                    raise ValueError(f"not a record field name: {name!r}")
                wanted = [value] if isinstance(value, str) else list(value)
                # CASE, so a row without a payload yet ('') is never parsed: json_extract raises on it
                clause += (
                    f" AND CASE WHEN json_valid(d.payload) THEN json_extract(d.payload, '$.{name}') END"
                    f" IN ({','.join('?' * len(wanted))})"
                )
                values.extend(wanted)
        return self._payload_rows(clause, values)

    def about(self, kind: str, topic: str) -> dict[str, tuple[str, str]]:
        """``id → (text, payload)`` of every ``kind`` row about ``topic``, whatever its state."""
        return self._payload_rows("d.topic = ? AND d.kind = ?", [topic, kind])

    def derived(self, refs: Sequence[str]) -> dict[str, tuple[int, int]]:
        """``ref → (current, total)``: how many of the active facts (attributes and relations) extracted from
        each given turn are still current, and how many there are. Turns with no facts are absent."""
        out: dict[str, tuple[int, int]] = {}
        with self._lock:
            for part, marks in _in_batches(refs):
                for ref, current, total in self._db.execute(
                    f"SELECT ref, SUM(is_current), COUNT(*) FROM docs WHERE ref IN ({marks}) "
                    "AND kind IN ('attribute', 'relation') AND active = 1 GROUP BY ref",
                    part,
                ):
                    out[ref] = (int(current), int(total))
        return out

    def attributes_from(self, refs: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
        """``ref → [(entity, key)]`` of the active attributes extracted from each given turn (any version). Turns
        with none are absent. The payloads are parsed here, not in SQL: a row without one yet ('') is skipped
        rather than failing the query, and an SQLite without JSON functions gives the same answer."""
        out: dict[str, list[tuple[str, str]]] = {}
        with self._lock:
            rows = [
                row
                for part, marks in _in_batches(refs)
                for row in self._db.execute(
                    f"SELECT ref, payload FROM docs WHERE ref IN ({marks}) AND kind = 'attribute' AND active = 1 "
                    "AND payload != ''",
                    part,
                )
            ]
        for ref, payload in rows:
            fields = json.loads(payload)
            out.setdefault(ref, []).append((str(fields.get("entity")), str(fields.get("key"))))
        return out

    def successions(self, refs: Sequence[str]) -> list[tuple[str, str]]:
        """``(turn, later turn)`` for every active fact drawn from one of the given turns that a fact drawn from
        another turn has superseded, in the order the old values were closed. Read from the payloads in SQL:
        recall asks this of every stale candidate turn, and decoding each closed fact cost more than the rest
        of recall on a store whose facts change often."""
        out: list[tuple[str, str, str]] = []
        with self._lock:
            for part, marks in _in_batches(refs):
                out += self._db.execute(
                    "SELECT COALESCE(json_extract(c.payload, '$.valid_until'), ''), c.ref, s.ref FROM docs c "
                    "JOIN docs s ON s.id = json_extract(c.payload, '$.superseded_by') "
                    f"WHERE c.ref IN ({marks}) AND c.kind IN ('attribute', 'relation') "
                    "AND c.active = 1 AND c.is_current = 0 AND s.ref IS NOT NULL AND s.ref != c.ref",
                    part,
                ).fetchall()
        return [(old, new) for _, old, new in sorted(out)]

    def visible_ids(
        self,
        scope: ScopeLike,
        *,
        kinds: Sequence[str] | None = None,
        include_history: bool = False,
        exact: bool = False,
        limit: int | None = None,
    ) -> list[str]:
        """Ids of the scope-visible rows (of ``kinds``; at exactly ``scope`` if ``exact``), current ones unless
        ``include_history``; at most ``limit`` of them (whatever the store's size, when only "are there that
        many?" is asked)."""
        where, params = self._filter_sql(Scope.of(scope), kinds, include_history, False, exact=exact)
        sql = f"SELECT d.id FROM docs d WHERE {where}" + (" LIMIT ?" if limit is not None else "")
        with self._lock:
            return [r[0] for r in self._db.execute(sql, [*params, *([int(limit)] if limit is not None else [])])]

    def within_ids(self, scope: ScopeLike, kinds: Sequence[str], *, include_forgotten: bool) -> list[str]:
        """Ids of the rows of ``kinds`` at ``scope`` or narrower, in any validity state, soft-forgotten ones
        only with ``include_forgotten`` (what ``Spectron.records`` lists)."""
        where, params = self._filter_sql(Scope.of(scope), kinds, True, True, include_forgotten=include_forgotten)
        with self._lock:
            return [r[0] for r in self._db.execute(f"SELECT d.id FROM docs d WHERE {where}", params)]

    def _filter_sql(
        self,
        scope: Scope,
        kinds: Sequence[str] | None,
        include_history: bool,
        within_only: bool,
        categories: Sequence[str] | None = None,
        *,
        exact: bool = False,
        include_forgotten: bool = False,
    ) -> tuple[str, list[object]]:
        """SQL over ``docs d``: state, kinds, categories and the scope rule (the rule of the Chroma clauses), or
        with ``exact`` the rows at exactly ``scope``. ``include_forgotten`` drops the state condition (with
        ``include_history``: rows in any state)."""
        parts = (
            [] if include_forgotten and include_history else ["d.active = 1" if include_history else "d.is_current = 1"]
        )
        params: list[object] = []
        for column, values in (("kind", kinds), ("category", categories)):
            if values:
                parts.append(f"d.{column} IN ({','.join('?' * len(values))})")
                params.extend(values)
        clause, clause_params = ("d.scope_key = ?", [scope.key]) if exact else self._scope_sql(scope, within_only)
        if clause:
            parts.append(clause)
            params.extend(clause_params)
        return " AND ".join(parts) or "1", params

    def feedback_terms(self, ids: Sequence[str], query: str, n_terms: int) -> list[str]:
        """Pseudo-relevance feedback: the most distinctive index terms of the given top documents.

        Terms are the index's own (porter stems, split as unicode61 splits), scored by the number of those
        documents that hold them × log(N / document frequency), the query's own terms excluded. Document
        frequencies come from one ``fts5vocab`` lookup, not one full-text query per term.
        """
        if not ids or n_terms <= 0:
            return []
        with self._lock:
            rows = self._db.execute(
                f"SELECT f.text FROM fts f JOIN docs d ON d.rid = f.rowid WHERE d.id IN ({','.join('?' * len(ids))})",
                list(ids),
            ).fetchall()
            own = set(index_terms(query))
            counts: dict[str, int] = {}
            for (text,) in rows:
                for t in set(index_terms(text)):
                    if t not in own and len(t) > 2 and not t.isdigit():
                        counts[t] = counts.get(t, 0) + 1
            if not counts:
                return []
            total = max(1, self._row_count())
            df = self._doc_freqs(list(counts))
        scored = sorted(((tf * math.log(total / (1 + df.get(t, 0))), t) for t, tf in counts.items()), reverse=True)
        return [t for score, t in scored[:n_terms] if score > 0]

    def information(self, query: str) -> float:
        """Σ ln(N / df) over the query's distinct index terms that occur in the index (nats).

        How much a lexical match on this query can tell: one rare word ("Zagreb", "LGBTQ") is several nats,
        a handful of everyday words ("like", "have", "good") barely one each. Recall scales the BM25 leg by it,
        so a query whose words are everyone's words leaves the ranking to the dense leg.
        """
        terms = sorted(set(index_terms(query)))
        if not terms:
            return 0.0
        with self._lock:
            total = max(1, self._row_count())
            df = self._doc_freqs(terms)
        return sum(max(0.0, math.log(total / d)) for d in df.values() if d)

    def _doc_freqs(self, terms: Sequence[str]) -> dict[str, int]:
        """Document frequency of each index term in the text column (one ``fts5vocab`` lookup per 500 terms;
        terms the index lacks are absent). Call with the lock held."""
        df: dict[str, int] = {}
        for part, marks in _in_batches(terms):
            df.update(
                self._db.execute(
                    f"SELECT term, doc FROM fts_vocab WHERE col = 'text' AND term IN ({marks})",
                    part,
                ).fetchall()
            )
        return df

    @staticmethod
    def _scope_sql(scope: Scope, within_only: bool) -> tuple[str, list[object]]:
        """The visibility rule as SQL. Each row is filed under the key of every subset of its scope
        (``cover``), so "R contains Q" is one index lookup of Q's key; "R is an ancestor of Q" is R's own key
        among Q's strict subsets."""
        if scope.depth() == 0:
            return "", []
        within = "d.rid IN (SELECT rid FROM cover WHERE key = ?)"
        if within_only:
            return within, [scope.key]
        ancestors = [a.key for a in scope.ancestors()]
        clause = f"({within} OR d.scope_key IN ({','.join('?' * len(ancestors))}))"
        return clause, [scope.key, *ancestors]

    def close(self) -> None:
        with self._lock:
            self._db.close()
