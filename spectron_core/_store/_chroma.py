"""The store: two Chroma collections plus the lexical index, behind one small API.

* ``<prefix>_memory`` holds every recallable record (turns, attributes, relations, instructions,
  uncertainties, chunks), embedded with the configured embedding function.
* ``<prefix>_meta`` holds the rest (sessions, entities, documents, traces) with a constant one-dimensional
  vector: Chroma needs a vector per row, and these rows are only ever filtered, never searched.

Writes go to Chroma first, then to the lexical index; on open, the lexical index is rebuilt from Chroma if
the two disagree, so a crash between the two (or a write by another process) heals itself.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from typing import Any, Optional

from chromadb.api import ClientAPI

from .._errors import StoreError
from .._scope import Scope
from ._codec import EMBEDDED_KINDS, decode, encode, record_text
from ._lexical import LexicalIndex, LexicalRow

__all__ = ["ChromaStore", "BATCH"]

BATCH = 5000
"""Rows per Chroma call (Chroma caps a batch at 5,461)."""
_META_VECTOR = [1.0]


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
    ) -> None:
        self.client = client
        self.memory: Any
        self.meta: Any
        self.embedding_function = embedding_function
        self.prefix = prefix
        self.lexical = lexical
        self._lock = threading.RLock()
        try:
            self.memory = client.get_or_create_collection(
                f"{prefix}_memory",
                embedding_function=embedding_function,
                configuration={"hnsw": {"space": "cosine", "ef_search": 100}},
            )
            self.meta = client.get_or_create_collection(
                f"{prefix}_meta", embedding_function=None, configuration={"hnsw": {"space": "l2"}}
            )
        except Exception as exc:  # network down, bad tenant, …
            raise _wrap(exc, "opening the Chroma collections") from exc
        self.sync_lexical()

    # -- lexical consistency --------------------------------------------------------------------------
    def sync_lexical(self, force: bool = False) -> bool:
        """Rebuild the lexical index from Chroma when they disagree. Returns True if it rebuilt."""
        with self._lock:
            if not force and self.lexical.count() == self.memory.count():
                return False
            self.lexical.clear()
            turns: dict[str, list[Any]] = {}
            for docs, metas, _ids in self._pages(self.memory, where=None):
                records = [decode(d, m) for d, m in zip(docs, metas)]
                self.lexical.upsert(self._lexical_row(r) for r in records)
                for r in records:
                    if r.kind == "turn":
                        turns.setdefault(r.session_id, []).append(r)
            from .._policy import turn_contexts

            for session_turns in turns.values():
                self.lexical.set_context(turn_contexts(session_turns).items())
            return True

    @staticmethod
    def _lexical_row(record: Any) -> LexicalRow:
        _, _, meta = encode(record)
        return LexicalRow(
            id=record.id,
            text=record_text(record),
            kind=record.kind,
            scope=Scope(record.scope),
            current=bool(meta["is_current"]),
            active=meta["status"] == "active",
            category=str(getattr(record, "category", "") or ""),
        )

    # -- writes ---------------------------------------------------------------------------------------
    def put(self, records: Sequence[Any], embeddings: Optional[Sequence[Any]] = None) -> None:
        """Insert or replace records (embedded kinds are embedded unless ``embeddings`` are given)."""
        mem = [r for r in records if r.kind in EMBEDDED_KINDS]
        other = [r for r in records if r.kind not in EMBEDDED_KINDS]
        with self._lock:
            try:
                for start in range(0, len(mem), BATCH):
                    part = mem[start : start + BATCH]
                    rows = [encode(r) for r in part]
                    kwargs: dict[str, Any] = {}
                    if embeddings is not None:
                        kwargs["embeddings"] = list(embeddings[start : start + BATCH])
                    self.memory.upsert(
                        ids=[r[0] for r in rows],
                        documents=[r[1] for r in rows],
                        metadatas=[r[2] for r in rows],
                        **kwargs,
                    )
                for start in range(0, len(other), BATCH):
                    rows = [encode(r) for r in other[start : start + BATCH]]
                    self.meta.upsert(
                        ids=[r[0] for r in rows],
                        documents=[r[1] for r in rows],
                        metadatas=[r[2] for r in rows],
                        embeddings=[_META_VECTOR] * len(rows),
                    )
            except Exception as exc:
                raise _wrap(exc, "writing to Chroma") from exc
            if mem:
                self._lexical(lambda: self.lexical.upsert(self._lexical_row(r) for r in mem))

    def _lexical(self, action: Any) -> None:
        try:
            action()
        except sqlite3.Error as exc:
            raise _wrap(exc, "updating the lexical index") from exc

    def put_state(self, records: Sequence[Any]) -> None:
        """Rewrite records whose text is unchanged (validity, links, status): metadata only, no re-embed."""
        mem = [r for r in records if r.kind in EMBEDDED_KINDS]
        other = [r for r in records if r.kind not in EMBEDDED_KINDS]
        with self._lock:
            try:
                for coll, group in ((self.memory, mem), (self.meta, other)):
                    for start in range(0, len(group), BATCH):
                        rows = [encode(r) for r in group[start : start + BATCH]]
                        metas = []
                        for _, _, meta in rows:
                            for optional in ("t_valid_until", "t_closed", "supersedes", "superseded_by"):
                                meta.setdefault(optional, None)  # None drops a key that no longer applies
                            metas.append(meta)
                        coll.update(ids=[r[0] for r in rows], metadatas=metas)
            except Exception as exc:
                raise _wrap(exc, "updating Chroma") from exc
            if mem:
                self._lexical(lambda: self.lexical.set_state(
                    (r.id, bool(encode(r)[2]["is_current"]), r.status == "active") for r in mem
                ))

    def delete(self, ids: Iterable[str]) -> int:
        ids = list(dict.fromkeys(ids))
        if not ids:
            return 0
        with self._lock:
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
    def _collection_for(self, kinds: Optional[Iterable[str]]) -> list[Any]:
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
    def _pages(coll: Any, where: Optional[dict[str, Any]], limit: Optional[int] = None):  # type: ignore[no-untyped-def]
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
        try:
            for coll in (self.memory, self.meta):
                for start in range(0, len(ids), BATCH):
                    got: Any = coll.get(ids=ids[start : start + BATCH], include=["documents", "metadatas"])
                    for i, d, m in zip(got["ids"], got["documents"], got["metadatas"]):
                        out[i] = decode(d, m)
        except Exception as exc:
            raise _wrap(exc, "reading from Chroma") from exc
        return out

    def find(
        self, where: Optional[dict[str, Any]], *, kinds: Optional[Sequence[str]] = None, limit: Optional[int] = None
    ) -> list[Any]:
        """Every record matching ``where`` (and one of ``kinds``), decoded."""
        clause = where
        if kinds:
            kind_clause = {"kind": {"$in": list(kinds)}} if len(kinds) > 1 else {"kind": {"$eq": kinds[0]}}
            clause = {"$and": [where, kind_clause]} if where else kind_clause
        out: list[Any] = []
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

    def dense(
        self, embedding: Sequence[float], where: Optional[dict[str, Any]], n: int
    ) -> list[tuple[Any, float]]:
        """Nearest memory records to ``embedding`` under ``where`` as (record, cosine similarity)."""
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
        return {"memory": self.memory.count(), "meta": self.meta.count(), "lexical": self.lexical.count()}
