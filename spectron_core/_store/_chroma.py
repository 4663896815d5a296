"""The store: two Chroma collections plus the lexical index, behind one small API.

* ``<prefix>_memory`` holds every recallable record (turns, attributes, relations, instructions,
  uncertainties, chunks), embedded with the configured embedding function.
* ``<prefix>_meta`` holds the rest (sessions, entities, documents, traces) with a constant one-dimensional
  vector: Chroma needs a vector per row, and these rows are only ever filtered, never searched.

Beside them, the local read index (``_lexical.py``: BM25, vectors, payloads) serves recall and the write
path's lookups. Writes mark it dirty, go to Chroma, then to the index (which clears the mark); on open it is
rebuilt from Chroma when it is dirty or the counts disagree, so a crash between the two (or a write by
another process) heals itself.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np
from chromadb.api import ClientAPI
from chromadb.api.collection_configuration import CreateCollectionConfiguration, CreateHNSWConfiguration

from .._errors import StoreError
from .._policy import turn_contexts
from .._scope import Scope
from ._codec import EMBEDDED_KINDS, decode, encode, record_text
from ._lexical import LexicalIndex, LexicalRow, pack_vector
from ._where import and_, one_of, visible_clause, within_clause

__all__ = ["BATCH", "ChromaStore", "chroma_errors"]

BATCH = 5000
META_PREFIXES = ("ses_", "ent_", "doc_", "trc_")
"""Id prefixes of the kinds kept in the ``_meta`` collection (sessions, entities, documents, traces)."""
MEMORY_PREFIXES = ("turn_", "att_", "rel_", "ins_", "unc_", "chk_")
"""Id prefixes of the recallable kinds, kept in the ``_memory`` collection. ``_ids.stable_id``/``random_id``
prefix every record id the library makes by its kind, so ``get`` asks one collection for it, not two."""
"""Rows per Chroma call (Chroma caps a batch at 5,461)."""
SYNC_INTERVAL = 1.0
"""Seconds between re-checks of a local index that other machines' writes bypass (server mode)."""
log = logging.getLogger("spectron_core.store")
_META_VECTOR = [1.0]


HNSW_WRITE_TUNING: CreateHNSWConfiguration = {"batch_size": 100, "sync_threshold": 100}
"""Chroma's local HNSW keeps the writes since its last save in a log that each later write replays, so a write
costs more the longer since the save: measured on chromadb 1.5, single-row upserts climb from 6 to 17 ms
over the default 1,000-write cycle (mean 12 ms), and stay at 7 ms with a 100-write cycle. The save itself is
incremental, so saving ten times as often costs little (mean 10.4 against 12.2 ms at 50k rows)."""


_CLEARED_ON_UPDATE = ("t_valid_until", "t_closed", "supersedes", "superseded_by")
"""Flat keys a state change can make false: the links (a purge unlinks a record) and the end times rows
written before :data:`~._codec.INDEX_FIELDS` carried. An update without them removes them rather than leave a
row claiming a link or an end it no longer has."""


def _tune_existing(coll: Any) -> None:
    """Apply :data:`HNSW_WRITE_TUNING` to a collection created before it (``get_or_create`` keeps the old
    configuration). Servers that refuse the update keep their settings: this is tuning, not correctness."""
    try:
        current = (coll.configuration or {}).get("hnsw") or {}
        if any(current.get(k) != v for k, v in HNSW_WRITE_TUNING.items()):
            coll.modify(configuration={"hnsw": dict(HNSW_WRITE_TUNING)})
    except Exception as exc:  # pragma: no cover - depends on the server's version  # noqa: BLE001
        log.info("could not tune %s's HNSW write settings: %s", getattr(coll, "name", "?"), exc)


def _decoded(found: dict[str, tuple[str, str]]) -> dict[str, Any]:
    """Records from the local index's ``id → (text, payload)`` rows."""
    return {i: decode(text, {"json": payload}) for i, (text, payload) in found.items()}


@contextmanager
def chroma_errors(what: str) -> Iterator[None]:
    """Turn whatever Chroma or its HTTP client raises (``httpx.ConnectError`` when a server is down, a Rust
    ``InternalError``, ``sqlite3.OperationalError`` on a full disk) into :class:`StoreError`: callers catch
    one typed error, never a transport's."""
    try:
        yield
    except StoreError:
        raise
    except Exception as exc:
        raise _wrap(exc, what) from exc


def _wrap(exc: Exception, what: str) -> StoreError:
    detail = str(exc)
    if len(detail) > 300:
        detail = detail[:300] + "…"
    return StoreError(f"{what} failed: {type(exc).__name__}: {detail}")


class ChromaStore:
    """Record-level access to Chroma with scope-aware reads. Not public: the client wraps it."""

    def __init__(
        self,
        client: ClientAPI,
        embedding_function: Any,
        *,
        prefix: str = "spectron",
        lexical: LexicalIndex,
        trust_local: bool = True,
    ) -> None:
        self.client = client
        self._memory: Any = None
        self._meta: Any = None
        self.on_use: Any | None = None
        """Set while the engine is closed (its folder released): called before Chroma is touched, it reopens
        the store (see ``Engine.close``)."""
        self.embedding_function = embedding_function
        self.prefix = prefix
        self.lexical = lexical
        self.trust_local = trust_local
        """Whether the local index sees every write to this store (embedded folder, in-memory client). For a
        Chroma server, other machines write past it: records are then read fresh from Chroma, and the index is
        re-checked against the server at most every ``SYNC_INTERVAL`` seconds."""
        self._last_sync = 0.0
        self._lock = threading.RLock()
        self._known: set[str] = set()
        """Ids seen active (see :meth:`is_active`)."""
        self.outbox: Any | None = None
        """Group commit (:mod:`._outbox`), set by the engine for stores whose index sees every write."""
        self.attach(client)

    def attach(self, client: ClientAPI) -> None:
        """Open (or, after the engine reopened its folder, reopen) the two collections through ``client``."""
        try:
            memory = client.get_or_create_collection(
                f"{self.prefix}_memory",
                embedding_function=self.embedding_function,
                configuration=CreateCollectionConfiguration(
                    hnsw={"space": "cosine", "ef_search": 100, **HNSW_WRITE_TUNING}
                ),
            )
            meta = client.get_or_create_collection(
                f"{self.prefix}_meta",
                embedding_function=None,
                configuration=CreateCollectionConfiguration(hnsw={"space": "l2", **HNSW_WRITE_TUNING}),
            )
            for coll in (memory, meta):
                _tune_existing(coll)
        except Exception as exc:  # network down, bad tenant, …
            raise _wrap(exc, "opening the Chroma collections") from exc
        self.client, self._memory, self._meta = client, memory, meta
        self._known.clear()  # another process may have changed any record since

    @property
    def memory(self) -> Any:
        """The recallable records' collection (reopens a closed engine's store first)."""
        if self.on_use is not None:
            self.on_use()
        return self._memory

    @property
    def meta(self) -> Any:
        """The other records' collection (reopens a closed engine's store first)."""
        if self.on_use is not None:
            self.on_use()
        return self._meta

    # -- local index consistency ----------------------------------------------------------------------
    def sync_lexical(self, force: bool = False) -> bool:
        """Rebuild the local index from Chroma when they may disagree (a write died between the two, or
        another process changed the store). Returns True if it rebuilt. Call under the store's write lock."""
        self.barrier()
        with self._lock, chroma_errors("rebuilding the local index from Chroma"):
            self._last_sync = time.monotonic()
            if not force and not self.lexical.is_dirty() and self.lexical.count() == self.memory.count():
                return False
            self.lexical.mark_dirty()
            self.lexical.clear()
            turns: dict[str, list[Any]] = {}
            for docs, metas, _ids, vectors in self._pages_with_vectors():
                records = [decode(d, m) for d, m in zip(docs, metas)]
                self.lexical.upsert((self._lexical_row(r, v) for r, v in zip(records, vectors)), clean=False)
                for r in records:
                    if r.kind == "turn":
                        turns.setdefault(r.session_id, []).append(r)
            for session_turns in turns.values():
                self.lexical.set_context(turn_contexts(session_turns).items())
            self.lexical.mark_clean()
            return True

    def maybe_sync(self) -> None:
        """For an index that cannot see every write (server mode): re-check it now and then."""
        if not self.trust_local and time.monotonic() - self._last_sync > SYNC_INTERVAL:
            self.sync_lexical()

    def _pages_with_vectors(self) -> Iterator[tuple[list[Any], list[Any], list[str], list[Any]]]:
        """Memory rows with their vectors. If Chroma cannot return a page's vectors (seen after a process was
        killed mid-flush: "Error finding id"), that page is read without them and embedded again here."""
        offset = 0
        while True:
            try:
                got = self.memory.get(include=["documents", "metadatas", "embeddings"], limit=BATCH, offset=offset)
                vectors = list(got["embeddings"])
            except Exception as exc:  # noqa: BLE001
                log.warning("rebuilding the local index: Chroma could not return vectors (%s); re-embedding", exc)
                got = self.memory.get(include=["documents", "metadatas"], limit=BATCH, offset=offset)
                vectors = self._embed(list(got["documents"])) if got["ids"] else []
            if not got["ids"]:
                return
            yield list(got["documents"] or []), list(got["metadatas"] or []), list(got["ids"]), vectors
            if len(got["ids"]) < BATCH:
                return
            offset += len(got["ids"])

    @staticmethod
    def _lexical_row(
        record: Any, vector: Any = None, encoded: tuple[str, str, dict[str, Any]] | None = None
    ) -> LexicalRow:
        _, document, meta = encoded or encode(record)
        return LexicalRow(
            id=record.id,
            text=document,
            kind=record.kind,
            scope=Scope(record.scope),
            current=bool(meta["is_current"]),
            active=meta["status"] == "active",
            category=str(meta.get("category", "") or ""),
            payload=meta["json"],
            vector=None if vector is None else pack_vector(vector),
            topic=(
                meta.get("session_id")
                if record.kind == "turn"
                else meta.get("entity") or meta.get("subject") or meta.get("topic")
            ),
            ref=meta.get("src_ref") if record.kind in ("attribute", "relation") else None,
        )

    def _embed(self, texts: list[str]) -> list[Any]:
        """Embeddings for documents, computed here (not inside Chroma) so the local index gets them too."""
        ef = self.embedding_function
        try:
            vectors = ef.embed_texts(texts) if hasattr(ef, "embed_texts") else ef(texts)
        except Exception as exc:
            raise _wrap(exc, "embedding documents") from exc
        return [[float(x) for x in v] for v in vectors]

    # -- writes ---------------------------------------------------------------------------------------
    def barrier(self) -> None:
        """Apply queued writes to Chroma before Chroma is read or written directly (see ``_outbox``)."""
        if self.outbox is not None and self.outbox.pending():
            self.outbox.drain()

    def put(
        self,
        records: Sequence[Any],
        embeddings: Sequence[Any] | None = None,
        *,
        local: bool = True,
        encoded: dict[str, tuple[str, str, dict[str, Any]]] | None = None,
    ) -> None:
        """Insert or replace records (embedded kinds are embedded unless ``embeddings`` are given).
        ``local=False`` writes Chroma only: the outbox replaying writes the local index already holds.
        ``encoded``: Chroma rows of (some of) these very records by id, encoded before (see ``_outbox``)."""
        enc = encoded or {}
        mem = [r for r in records if r.kind in EMBEDDED_KINDS]
        other = [r for r in records if r.kind not in EMBEDDED_KINDS]
        if local:
            self.barrier()
        self._forget_known(records)
        with self._lock:
            if mem and local:
                self._lexical(self.lexical.mark_dirty)
            try:
                vectors = (
                    list(embeddings)
                    if embeddings is not None
                    else self._embed([record_text(r) for r in mem])
                    if mem
                    else []
                )
                for start in range(0, len(mem), BATCH):
                    part = mem[start : start + BATCH]
                    rows = [enc.get(r.id) or encode(r) for r in part]
                    self.memory.upsert(
                        ids=[r[0] for r in rows],
                        documents=[r[1] for r in rows],
                        metadatas=[r[2] for r in rows],
                        embeddings=np.asarray(vectors[start : start + BATCH], dtype=np.float32),
                    )
                for start in range(0, len(other), BATCH):
                    rows = [enc.get(r.id) or encode(r) for r in other[start : start + BATCH]]
                    self.meta.upsert(
                        ids=[r[0] for r in rows],
                        documents=[r[1] for r in rows],
                        metadatas=[r[2] for r in rows],
                        embeddings=[_META_VECTOR] * len(rows),
                    )
            except Exception as exc:
                raise _wrap(exc, "writing to Chroma") from exc
            if mem and local:
                self._lexical(lambda: self.lexical.upsert(self._lexical_row(r, v) for r, v in zip(mem, vectors)))

    def reindex(self, part: str) -> int:
        """Write every record of one collection (``"memory"`` or ``"meta"``) again, with its vector, into a
        vector index that lost them (a torn segment removed at open, see ``_segments``). Returns how many.

        Documents and metadata come from Chroma's SQLite, which a torn index does not touch, so no record
        changes. Vectors come from the local index when it holds the same text, so a fact keeps the vector of
        its turn; otherwise the text is embedded again. ``_meta`` rows get their constant vector."""
        self.barrier()
        coll = self.memory if part == "memory" else self.meta
        with self._lock, chroma_errors(f"re-indexing {coll.name}"):
            ids = [i for _, _, page in self._pages(coll, None) for i in page]
            for start in range(0, len(ids), BATCH):
                got = coll.get(ids=ids[start : start + BATCH], include=["documents", "metadatas"])
                vectors = (
                    self._vectors_for(got["ids"], got["documents"])
                    if part == "memory"
                    else [_META_VECTOR] * len(got["ids"])
                )
                coll.upsert(ids=got["ids"], documents=got["documents"], metadatas=got["metadatas"], embeddings=vectors)
        return len(ids)

    def _vectors_for(self, ids: Sequence[str], documents: Sequence[str]) -> list[list[float]]:
        """Each record's vector: the local index's when its text matches the document, else embedded anew."""
        local = self.lexical.vectors(ids)
        out: list[list[float] | None] = []
        for i, doc in zip(ids, documents):
            hit = local.get(i)
            out.append(np.frombuffer(hit[1], dtype="<f4").tolist() if hit and hit[0] == doc else None)
        missing = [n for n, v in enumerate(out) if v is None]
        if missing:
            for n, vector in zip(missing, self._embed([documents[n] for n in missing])):
                out[n] = vector
        return [v for v in out if v is not None]

    def _lexical(self, action: Any) -> None:
        try:
            action()
        except sqlite3.Error as exc:
            raise _wrap(exc, "updating the lexical index") from exc

    def apply(
        self,
        puts: Sequence[Any],
        updates: Sequence[Any],
        vectors: dict[str, Any],
        *,
        local: bool = True,
        encoded: dict[str, tuple[str, str, dict[str, Any]]] | None = None,
    ) -> None:
        """Write a plan's records: meta rows first, then the recallable rows in one upsert (with their
        precomputed vectors when every one has one), then state changes. ``local`` and ``encoded`` as for
        :meth:`put`."""
        embedded = [r for r in puts if r.kind in EMBEDDED_KINDS]
        plain = [r for r in puts if r.kind not in EMBEDDED_KINDS]
        if plain:
            self.put(plain, local=local, encoded=encoded)
        if embedded:
            given = [vectors[r.id] for r in embedded] if all(r.id in vectors for r in embedded) else None
            self.put(embedded, embeddings=given, local=local, encoded=encoded)
        if updates:
            self.put_state(updates, local=local, encoded=encoded)

    @staticmethod
    def _state_row(record: Any, encoded: tuple[str, str, dict[str, Any]] | None = None) -> tuple[str, bool, bool, str]:
        meta = (encoded or encode(record))[2]
        return (record.id, bool(meta["is_current"]), record.status == "active", meta["json"])

    def put_state(
        self,
        records: Sequence[Any],
        *,
        local: bool = True,
        encoded: dict[str, tuple[str, str, dict[str, Any]]] | None = None,
    ) -> None:
        """Rewrite records whose text is unchanged (validity, links, status): metadata only, no re-embed.
        ``local=False`` and ``encoded`` as for :meth:`put`."""
        enc = encoded or {}
        mem = [r for r in records if r.kind in EMBEDDED_KINDS]
        other = [r for r in records if r.kind not in EMBEDDED_KINDS]
        if local:
            self.barrier()
        self._forget_known(records)
        with self._lock:
            if mem and local:
                self._lexical(self.lexical.mark_dirty)
            try:
                for coll, group in ((self.memory, mem), (self.meta, other)):
                    for start in range(0, len(group), BATCH):
                        rows = [enc.get(r.id) or encode(r) for r in group[start : start + BATCH]]
                        metas = []
                        for _, _, meta in rows:
                            meta = dict(meta)  # a row encoded before is shared: add the keys to a copy
                            for stale in _CLEARED_ON_UPDATE:
                                meta.setdefault(stale, None)  # None drops a key the record no longer has
                            metas.append(meta)
                        coll.update(ids=[r[0] for r in rows], metadatas=metas)
            except Exception as exc:
                raise _wrap(exc, "updating Chroma") from exc
            if mem and local:
                states = [self._state_row(r) for r in mem]
                self._lexical(lambda: self.lexical.set_state(states))

    def delete(self, ids: Iterable[str]) -> int:
        ids = list(dict.fromkeys(ids))
        if not ids:
            return 0
        self.barrier()
        self._known.difference_update(ids)
        with self._lock:
            self._lexical(self.lexical.mark_dirty)
            try:
                for start in range(0, len(ids), BATCH):
                    part = ids[start : start + BATCH]
                    self.memory.delete(ids=part)
                    self.meta.delete(ids=part)
            except Exception as exc:
                raise _wrap(exc, "deleting from Chroma") from exc
            self._lexical(lambda: self.lexical.delete(ids))
        return len(ids)

    # -- reads ----------------------------------------------------------------------------------------
    def _collection_for(self, kinds: Iterable[str] | None) -> list[Any]:
        if kinds is None:
            return [self.memory, self.meta]
        ks = set(kinds)
        out = []
        if ks & EMBEDDED_KINDS:
            out.append(self.memory)
        if ks - EMBEDDED_KINDS:
            out.append(self.meta)
        return out

    @staticmethod
    def _pages(coll: Any, where: dict[str, Any] | None, limit: int | None = None):  # type: ignore[no-untyped-def]
        offset = 0
        while True:
            size = BATCH if limit is None else min(BATCH, limit - offset)
            if size <= 0:
                return
            got = coll.get(where=where, include=["documents", "metadatas"], limit=size, offset=offset)
            if not got["ids"]:
                return
            yield got["documents"], got["metadatas"], got["ids"]
            if len(got["ids"]) < size:
                return
            offset += len(got["ids"])

    def get(self, ids: Sequence[str]) -> dict[str, Any]:
        """Records by id (missing ids are simply absent)."""
        ids = [i for i in dict.fromkeys(ids) if i]
        out: dict[str, Any] = {}
        if not ids:
            return out
        if self.outbox is not None:
            out.update(self.outbox.queued(ids))  # newer than Chroma's copy, if Chroma has one yet
            ids = [i for i in ids if i not in out]
            if not ids:
                return out
        # An id whose prefix names its kind (``_ids``: every id the library makes) is asked of that kind's
        # collection only; an id of another shape, of both. A session or entity lookup was two Chroma round
        # trips, the first always empty, and a lookup of a new id (most lookups in a bulk write) two misses:
        # a tenth of a bulk replay's time.
        try:
            for coll, elsewhere in ((self.memory, META_PREFIXES), (self.meta, MEMORY_PREFIXES)):
                rest = [i for i in ids if i not in out and not i.startswith(elsewhere)]
                if rest:
                    self._get_into(out, coll, rest)
        except Exception as exc:
            raise _wrap(exc, "reading from Chroma") from exc
        return out

    @staticmethod
    def _get_into(out: dict[str, Any], coll: Any, ids: list[str]) -> None:
        for start in range(0, len(ids), BATCH):
            got: Any = coll.get(ids=ids[start : start + BATCH], include=["documents", "metadatas"])
            for i, d, m in zip(got["ids"], got["documents"], got["metadatas"]):
                out[i] = decode(d, m)

    def get_one(self, record_id: str, prefetched: Mapping[str, Any] | None = None) -> Any:
        """The record with this id, or None. ``prefetched``: a batch's one lookup made before its writes (id →
        record, or None when absent; see ``remember_many``), answered from when it holds the id."""
        if prefetched is not None and record_id in prefetched:
            return prefetched[record_id]
        return self.get([record_id]).get(record_id)

    def is_active(self, record_id: str) -> bool:
        """Whether a record exists and is active, remembering the ones that are (an entity is looked up on
        every fact about it: a Chroma round trip each time cost a millisecond per write). Writes through this
        store that change a record's status, and deletes, drop it from the memo."""
        if record_id in self._known:
            return True
        found = self.get([record_id]).get(record_id)
        if found is not None and getattr(found, "status", "active") == "active":
            if len(self._known) > 100_000:
                self._known.clear()
            self._known.add(record_id)
            return True
        return False

    def _forget_known(self, records: Sequence[Any]) -> None:
        if self._known:
            self._known.difference_update(r.id for r in records if getattr(r, "status", "active") != "active")

    def find(
        self, where: dict[str, Any] | None, *, kinds: Sequence[str] | None = None, limit: int | None = None
    ) -> list[Any]:
        """Every record matching ``where`` (and one of ``kinds``), decoded."""
        clause = where
        if kinds:
            kind_clause = one_of("kind", kinds)
            clause = {"$and": [where, kind_clause]} if where else kind_clause
        out: list[Any] = []
        self.barrier()
        try:
            for coll in self._collection_for(kinds):
                for docs, metas, _ in self._pages(coll, clause, limit):
                    out.extend(decode(d, m) for d, m in zip(docs, metas))
        except Exception as exc:
            raise _wrap(exc, "reading from Chroma") from exc
        return out

    def embed_query(self, text: str) -> list[float]:
        ef = self.embedding_function
        vec = ef.embed_query([text]) if hasattr(ef, "embed_query") else ef([text])
        return [float(x) for x in vec[0]]

    def derived(self, turn_ids: Sequence[str]) -> dict[str, tuple[int, int]]:
        """``turn id → (current, total)`` facts extracted from it (see :meth:`LexicalIndex.derived`). Read from
        the local index, which may lag a server written by other machines: a ranking signal, never a filter."""
        return self.lexical.derived(turn_ids) if turn_ids else {}

    def local(self, ids: Sequence[str]) -> dict[str, Any]:
        """Recallable records by id, decoded from the local index (no Chroma round trip); ids the index does
        not hold are read from Chroma, so a lagging index costs time, never records. When the index cannot
        see every write (``trust_local`` False), everything is read from Chroma."""
        if not self.trust_local:
            return self.get(ids)
        out = _decoded(self.lexical.payloads(ids))
        missing = [i for i in ids if i not in out]
        if missing:
            out.update(self.get(missing))
        return out

    def current_about(
        self,
        kind: str,
        topic: str,
        scope: Scope,
        *,
        ancestors: bool,
        fields: Mapping[str, str | Sequence[str]] | None = None,
    ) -> list[Any] | None:
        """Current ``kind`` records about ``topic`` (entity, subject or topic) at ``scope`` or visible from it,
        from the local index, narrowed by ``fields`` where the index can (see ``LexicalIndex.current_about``);
        None when the index cannot be trusted to have every write (ask Chroma)."""
        if not self.trust_local:
            return None
        found = self.lexical.current_about(kind, topic, scope, ancestors=ancestors, fields=fields)
        return list(_decoded(found).values())

    def indexed_current_about(
        self, kind: str, topic: str, scope: Scope, *, fields: Mapping[str, str | Sequence[str]]
    ) -> list[Any]:
        """Current ``kind`` records about ``topic`` visible from ``scope``, as the local index holds them, for a
        ranking aid: recall's lexical leg reads the same index, also when other machines write to a server (it
        is re-synced at most every ``SYNC_INTERVAL``); a write's lookups use :meth:`current_about`."""
        return list(_decoded(self.lexical.current_about(kind, topic, scope, ancestors=True, fields=fields)).values())

    def within(self, scope: Scope, kinds: Sequence[str], *, include_forgotten: bool) -> list[Any] | None:
        """Records of ``kinds`` at ``scope`` or narrower, from the local index; None when it cannot answer (it
        holds recallable kinds only, and sees every write only for ``trust_local`` stores: ask Chroma)."""
        if not self.trust_local or not kinds or not set(kinds) <= EMBEDDED_KINDS:
            return None
        return list(self.local(self.lexical.within_ids(scope, kinds, include_forgotten=include_forgotten)).values())

    def session_turns(self, session_id: str) -> list[Any]:
        """Every turn of a session, in any state (the local index when it has every write, else Chroma)."""
        if self.trust_local:
            return list(_decoded(self.lexical.about("turn", session_id)).values())
        return self.find({"session_id": {"$eq": session_id}}, kinds=["turn"])

    def current_at(self, scope: Scope, kinds: Sequence[str]) -> list[Any]:
        """Current records of ``kinds`` at exactly ``scope`` (recallable kinds only)."""
        if self.trust_local:
            return list(self.local(self.lexical.visible_ids(scope, kinds=list(kinds), exact=True)).values())
        return self.find(and_({"scope_key": {"$eq": scope.key}}, {"is_current": {"$eq": True}}, one_of("kind", kinds)))

    def dense(
        self,
        embedding: Sequence[float],
        scope: Scope,
        n: int,
        *,
        include_history: bool = False,
        within_only: bool = False,
        categories: Sequence[str] | None = None,
    ) -> list[tuple[Any, float]]:
        """The ``n`` memory records nearest to ``embedding`` among those visible from ``scope`` (or within it)
        as (record, cosine similarity), best first.

        An exact scan of the local index when the visible set is small enough; otherwise Chroma's HNSW with
        the equivalent ``where`` clause.
        """
        hits = self.lexical.dense(
            embedding, scope, n, include_history=include_history, within_only=within_only, categories=categories
        )
        if hits is not None:
            records = self.local([i for i, _ in hits])
            return [(records[i], sim) for i, sim in hits if i in records]
        self.barrier()
        state = {"status": {"$eq": "active"}} if include_history else {"is_current": {"$eq": True}}
        cats = one_of("category", categories) if categories else None
        where = and_(within_clause(scope) if within_only else visible_clause(scope), state, cats)
        try:
            got: Any = self.memory.query(
                query_embeddings=[list(embedding)],
                where=where,
                n_results=n,
                include=["documents", "metadatas", "distances"],
            )
        except Exception as exc:
            raise _wrap(exc, "querying Chroma") from exc
        return [
            (decode(d, m), 1.0 - float(dist))
            for d, m, dist in zip(got["documents"][0], got["metadatas"][0], got["distances"][0])
        ]

    def count(self) -> dict[str, int]:
        self.barrier()
        with chroma_errors("counting Chroma records"):
            return {"memory": self.memory.count(), "meta": self.meta.count(), "lexical": self.lexical.count()}
