"""The systems compared, behind one small interface: ingest conversations, then search one conversation.

``search`` returns, per returned item in rank order, the LoCoMo turn ids it cites, and the number of items
that came from another conversation (which must be zero). Every system embeds with the same bundled MiniLM.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from collections.abc import Sequence
from typing import Any, Optional

from .locomo_data import Conversation

__all__ = ["System", "SpectronSystem", "BM25System", "DenseSystem", "Mem0System", "build"]


class System:
    name = "system"
    error: Optional[str] = None

    def ingest(self, convs: Sequence[Conversation]) -> None:
        raise NotImplementedError

    def search(self, conv: Conversation, question: str, k: int) -> tuple[list[list[str]], int]:
        raise NotImplementedError


class SpectronSystem(System):
    """Our recall. Variants share one store and differ only by ranking configuration."""

    _shared: dict[str, Any] = {}

    def __init__(self, name: str, ranking: Any, store_dir: str) -> None:
        self.name, self.ranking, self.store_dir = name, ranking, store_dir

    def ingest(self, convs: Sequence[Conversation]) -> None:
        from spectron_core import Spectron

        key = self.store_dir
        if key in self._shared:
            self.mem, self.turn_map, self.ingest_seconds = self._shared[key]
            return
        self.mem = Spectron(path=self.store_dir)
        self.turn_map: dict[str, str] = {}
        t0 = time.perf_counter()
        for conv in convs:
            scope = {"org": "locomo", "user": conv.sample_id}
            for n in sorted(conv.sessions):
                turns = conv.sessions[n]
                with self.mem.sessions.create(scope=scope, session_id=f"{conv.sample_id}-s{n}") as s:
                    results = s.remember_many([
                        {"role": "user", "content": t.content, "observed_at": t.observed_at,
                         "metadata": {"dia_id": t.dia_id}} for t in turns
                    ])
                for t, r in zip(turns, results):
                    if r.turn is not None:
                        self.turn_map[r.turn.id] = t.dia_id
        self.ingest_seconds = time.perf_counter() - t0
        self._shared[key] = (self.mem, self.turn_map, self.ingest_seconds)

    def search(self, conv: Conversation, question: str, k: int) -> tuple[list[list[str]], int]:
        scope = {"org": "locomo", "user": conv.sample_id}
        result = self.mem.recall(question, scope=scope, top_k=k, ranking=self.ranking)
        foreign = sum(1 for i in result.items if i.scope.get("user") not in (None, conv.sample_id))
        cited = [[self.turn_map[t] for t in i.turn_ids if t in self.turn_map] for i in result.items]
        return cited, foreign


class BM25System(System):
    """BM25 over turns with SQLite FTS5 (porter stemming), one index for all conversations."""

    name = "bm25"

    def ingest(self, convs: Sequence[Conversation]) -> None:
        from spectron_core._store._lexical import query_terms

        self._terms = query_terms
        self.db = sqlite3.connect(":memory:")
        self.db.execute("CREATE VIRTUAL TABLE f USING fts5(text, conv UNINDEXED, dia UNINDEXED, tokenize='porter unicode61')")
        self.db.executemany("INSERT INTO f(text, conv, dia) VALUES (?,?,?)",
                            [(t.content, c.sample_id, t.dia_id) for c in convs for t in c.turns])

    def search(self, conv: Conversation, question: str, k: int) -> tuple[list[list[str]], int]:
        terms = self._terms(question)
        if not terms:
            return [], 0
        match = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
        rows = self.db.execute("SELECT dia, conv FROM f WHERE f MATCH ? AND conv = ? ORDER BY bm25(f) LIMIT ?",
                               (match, conv.sample_id, k)).fetchall()
        return [[d] for d, _ in rows], sum(1 for _, c in rows if c != conv.sample_id)


class DenseSystem(System):
    """Plain Chroma query over turns (what LangChain's vector-store memory does), same embedding."""

    name = "dense"

    def ingest(self, convs: Sequence[Conversation]) -> None:
        import chromadb
        from chromadb.config import Settings

        from spectron_core import MiniLMEmbedding

        client = chromadb.PersistentClient(path=tempfile.mkdtemp(prefix="bench-dense-"),
                                           settings=Settings(anonymized_telemetry=False))
        self.coll = client.get_or_create_collection("dense_turns", embedding_function=MiniLMEmbedding(),
                                                    configuration={"hnsw": {"space": "cosine"}})
        rows = [(f"{c.sample_id}|{t.dia_id}", t.content, {"conv": c.sample_id, "dia": t.dia_id})
                for c in convs for t in c.turns]
        for i in range(0, len(rows), 1000):
            part = rows[i : i + 1000]
            self.coll.add(ids=[r[0] for r in part], documents=[r[1] for r in part], metadatas=[r[2] for r in part])

    def search(self, conv: Conversation, question: str, k: int) -> tuple[list[list[str]], int]:
        got = self.coll.query(query_texts=[question], n_results=k, where={"conv": conv.sample_id},
                              include=["metadatas"])
        metas = got["metadatas"][0]
        return [[m["dia"]] for m in metas], sum(1 for m in metas if m["conv"] != conv.sample_id)


class Mem0System(System):
    """Mem0 OSS (``mem0ai``) with its Chroma store and our embedder, ``infer=False`` (no LLM)."""

    name = "mem0"

    def ingest(self, convs: Sequence[Conversation]) -> None:
        os.environ.setdefault("MEM0_TELEMETRY", "False")
        os.environ.setdefault("OPENAI_API_KEY", "sk-offline-dummy")  # its LLM client is built, never called
        from langchain_core.embeddings import Embeddings
        from mem0 import Memory

        from spectron_core import MiniLMEmbedding

        class _LC(Embeddings):
            def __init__(self) -> None:
                self.ef = MiniLMEmbedding()

            def embed_documents(self, texts: list[str]) -> list[list[float]]:
                return [list(map(float, v)) for v in self.ef.embed_texts(texts)]

            def embed_query(self, text: str) -> list[float]:
                return list(map(float, self.ef.embed_texts([text])[0]))

        folder = tempfile.mkdtemp(prefix="bench-mem0-")
        self.m = Memory.from_config({
            "vector_store": {"provider": "chroma", "config": {"collection_name": "mem0_locomo", "path": folder}},
            "embedder": {"provider": "langchain", "config": {"model": _LC()}},
            "history_db_path": os.path.join(folder, "history.db"),
        })
        for c in convs:
            for t in c.turns:
                self.m.add([{"role": "user", "content": t.content}], user_id=c.sample_id, infer=False,
                           metadata={"dia": t.dia_id, "conv": c.sample_id})

    def search(self, conv: Conversation, question: str, k: int) -> tuple[list[list[str]], int]:
        # mem0ai 2.x: entity ids go in filters; threshold 0 so it returns its full top-k like the others
        got = self.m.search(question, top_k=k, filters={"user_id": conv.sample_id}, threshold=0.0)
        items = got["results"] if isinstance(got, dict) else got
        cited = [[(i.get("metadata") or {}).get("dia", "")] for i in items]
        foreign = sum(1 for i in items if (i.get("metadata") or {}).get("conv", conv.sample_id) != conv.sample_id)
        return cited, foreign


def build(names: Sequence[str], store_dir: str) -> list[System]:
    from spectron_core import RankingConfig

    variants = {
        "spectron": RankingConfig(),
        "spectron-no-lexical": RankingConfig(use_lexical=False),
        "spectron-no-graph": RankingConfig(use_graph=False),
        "spectron-no-weights": RankingConfig(use_weights=False),
        "spectron-no-feedback": RankingConfig(use_feedback=False),
        "spectron-no-dates": RankingConfig(use_dates=False),
        "spectron-no-dense": RankingConfig(use_dense=False),
    }
    out: list[System] = []
    for n in names:
        if n in variants:
            out.append(SpectronSystem(n, variants[n], store_dir))
        elif n == "bm25":
            out.append(BM25System())
        elif n == "dense":
            out.append(DenseSystem())
        elif n == "mem0":
            out.append(Mem0System())
        else:
            raise SystemExit(f"unknown system {n!r}")
    return out
