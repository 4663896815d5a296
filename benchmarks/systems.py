"""The systems compared, behind one small interface shared by every benchmark.

A benchmark hands each system ``Doc`` records (a scope, a session, an id, a text, a time) and asks questions at
one scope; ``query`` returns ``Hit`` records in rank order (the doc ids an item cites, its scope, and for our
facts the key, value and currency). ``foreign_count`` counts hits from another scope, which must be zero.
Every system embeds with the same bundled MiniLM.

The LoCoMo harness keeps its original calls: ``ingest(convs)`` turns conversations into docs (one scope per
conversation, one session per LoCoMo session) and ``search(conv, question, k)`` returns the cited LoCoMo turn
ids per item plus the foreign count.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .scratch import remove_scratch, scratch_dir

__all__ = ["Doc", "Hit", "System", "SpectronSystem", "BM25System", "DenseSystem", "RRFSystem", "Mem0System",
           "offline_mem0", "build", "close_all", "foreign_count", "docs_from_conversations"]


@dataclass
class Doc:
    scope: str
    """The benchmark's scope key (a LoCoMo sample id, a persona speaker): the ``user`` of Spectron's scope."""
    session: str
    doc_id: str
    """Unique within its scope (the LoCoMo dia id, a persona line id)."""
    text: str
    observed_at: datetime | None = None
    role: str = "user"


@dataclass
class Hit:
    cited: list[str]
    """Doc ids the item cites (a turn cites itself, a fact the turns it was extracted from)."""
    scope: str | None
    text: str = ""
    kind: str = "turn"
    entity: str | None = None
    key: str | None = None
    value: str | None = None
    current: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


def foreign_count(hits: Iterable[Hit], scope: str) -> int:
    return sum(1 for h in hits if h.scope not in (None, scope))


def docs_from_conversations(convs: Sequence[Any]) -> list[Doc]:
    """LoCoMo conversations as docs: one scope per conversation, one session per LoCoMo session."""
    return [Doc(scope=c.sample_id, session=f"{c.sample_id}-s{n}", doc_id=t.dia_id, text=t.content,
                observed_at=t.observed_at)
            for c in convs for n in sorted(c.sessions) for t in c.sessions[n]]


class System:
    name = "system"
    error: str | None = None
    loaded = False
    ingest_seconds: float = 0.0

    def add(self, docs: Sequence[Doc]) -> None:
        raise NotImplementedError

    def query(self, scope: str, question: str, k: int) -> list[Hit]:
        raise NotImplementedError

    def close(self) -> None:
        """Release the store (before its scratch folder is removed)."""

    def load(self, docs: Sequence[Doc]) -> None:
        """``add`` once (a system shared by two entries, e.g. BM25 inside RRF, is loaded by the first)."""
        if self.loaded:
            return
        t0 = time.perf_counter()
        self.add(docs)
        self.ingest_seconds = getattr(self, "_own_seconds", None) or time.perf_counter() - t0
        self.loaded = True

    # -- the LoCoMo harness's calls --------------------------------------------------------------------------
    def ingest(self, convs: Sequence[Any]) -> None:
        self.load(docs_from_conversations(convs))

    def search(self, conv: Any, question: str, k: int) -> tuple[list[list[str]], int]:
        hits = self.query(conv.sample_id, question, k)
        return [h.cited for h in hits], foreign_count(hits, conv.sample_id)


class SpectronSystem(System):
    """Our recall. Variants share one store (per ``store_dir``) and differ only by ranking configuration.

    Docs go through ``remember_many``, one session per (scope, session) run of docs; ``results`` keeps each
    doc's ``RememberResult`` (what the write path extracted), ``scope_of`` maps a benchmark scope key to
    Spectron's scope ``{"org": org, "user": key}``."""

    _shared: dict[str, Any] = {}

    def __init__(self, name: str, ranking: Any, store_dir: str, org: str = "locomo") -> None:
        self.name, self.ranking, self.store_dir, self.org = name, ranking, store_dir, org

    def scope_of(self, scope: str) -> dict[str, str]:
        return {"org": self.org, "user": scope}

    def add(self, docs: Sequence[Doc]) -> None:
        from spectron_core import Spectron

        key = self.store_dir
        if key in self._shared:
            self.mem, self.turn_map, self.results, self._own_seconds = self._shared[key]
            return
        self.mem = Spectron(path=self.store_dir)
        self.turn_map: dict[str, str] = {}
        self.results: dict[tuple[str, str], Any] = {}
        t0 = time.perf_counter()
        runs: list[list[Doc]] = []
        for d in docs:
            if runs and (runs[-1][0].scope, runs[-1][0].session) == (d.scope, d.session):
                runs[-1].append(d)
            else:
                runs.append([d])
        for run in runs:
            scope = self.scope_of(run[0].scope)
            with self.mem.sessions.create(scope=scope, session_id=run[0].session) as s:
                results = s.remember_many([
                    {"role": d.role, "content": d.text, "observed_at": d.observed_at,
                     "metadata": {"dia_id": d.doc_id}} for d in run
                ])
            for d, r in zip(run, results):
                self.results[(d.scope, d.doc_id)] = r
                if r.turn is not None:
                    self.turn_map[r.turn.id] = d.doc_id
        self._own_seconds = time.perf_counter() - t0
        self._shared[key] = (self.mem, self.turn_map, self.results, self._own_seconds)

    def close(self) -> None:
        """Close the store once, for every variant sharing it."""
        shared = self._shared.pop(self.store_dir, None)
        if shared is not None:
            shared[0].close()

    def query(self, scope: str, question: str, k: int) -> list[Hit]:
        result = self.mem.recall(question, scope=self.scope_of(scope), top_k=k, ranking=self.ranking)
        return [Hit(cited=[self.turn_map[t] for t in i.turn_ids if t in self.turn_map], scope=i.scope.get("user"),
                    text=i.text, kind=i.kind, entity=i.entity, key=i.key, value=i.value, current=i.current)
                for i in result.items]


_TOKEN = re.compile(r"[\w']+", re.UNICODE)
_STOPWORDS = frozenset(
    """a an the and or but if of at by for with about against between into through during before after
    above below to from up down in out on off over under again further then once here there when where why
    how all any both each few more most other some such no nor not only own same so than too very s t can
    will just don should now is am are was were be been being have has had having do does did doing i me my
    myself we our ours you your yours he him his she her hers it its they them their what which who whom
    this that these those would could shall may might must""".split()
)


def _query_terms(text: str) -> list[str]:
    """Lower-cased word tokens minus stopwords, deduplicated in order (all tokens if none is left): the same
    rule as our lexical leg, kept here so the peer does not depend on Spectron's internals."""
    toks = [t.strip("'").lower() for t in _TOKEN.findall(text)]
    toks = [t for t in toks if t]
    kept = [t for t in toks if t not in _STOPWORDS] or toks
    return list(dict.fromkeys(kept))


class BM25System(System):
    """BM25 over turns with SQLite FTS5 (porter stemming), one index for all scopes."""

    name = "bm25"

    def add(self, docs: Sequence[Doc]) -> None:
        self.db = sqlite3.connect(":memory:", check_same_thread=False)
        self.db.execute("CREATE VIRTUAL TABLE f USING fts5(text, conv UNINDEXED, dia UNINDEXED, tokenize='porter unicode61')")
        self.db.executemany("INSERT INTO f(text, conv, dia) VALUES (?,?,?)", [(d.text, d.scope, d.doc_id) for d in docs])

    def query(self, scope: str, question: str, k: int) -> list[Hit]:
        terms = _query_terms(question)
        if not terms:
            return []
        match = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
        rows = self.db.execute("SELECT dia, conv, text FROM f WHERE f MATCH ? AND conv = ? ORDER BY bm25(f) LIMIT ?",
                               (match, scope, k)).fetchall()
        return [Hit(cited=[d], scope=c, text=t) for d, c, t in rows]


class DenseSystem(System):
    """Plain Chroma query over turns (what LangChain's vector-store memory does), same embedding."""

    name = "dense"

    def add(self, docs: Sequence[Doc]) -> None:
        import chromadb
        from chromadb.config import Settings

        from spectron_core import MiniLMEmbedding

        client = chromadb.PersistentClient(path=scratch_dir("dense-"),
                                           settings=Settings(anonymized_telemetry=False))
        self.coll = client.get_or_create_collection("dense_turns", embedding_function=MiniLMEmbedding(),
                                                    configuration={"hnsw": {"space": "cosine"}})
        rows = [(f"{d.scope}|{d.doc_id}", d.text, {"conv": d.scope, "dia": d.doc_id}) for d in docs]
        for i in range(0, len(rows), 1000):
            part = rows[i : i + 1000]
            self.coll.add(ids=[r[0] for r in part], documents=[r[1] for r in part], metadatas=[r[2] for r in part])

    def query(self, scope: str, question: str, k: int) -> list[Hit]:
        got = self.coll.query(query_texts=[question], n_results=k, where={"conv": scope},
                              include=["metadatas", "documents"])
        return [Hit(cited=[m["dia"]], scope=m["conv"], text=t) for m, t in zip(got["metadatas"][0], got["documents"][0])]


class RRFSystem(System):
    """Reciprocal-rank fusion (k = 60, Cormack et al. 2009) of BM25 and dense, each asked for its top
    ``depth``: the usual hybrid baseline. It shares the BM25 and dense instances of the same run."""

    name = "rrf"

    def __init__(self, parts: Sequence[System], k: int = 60, depth: int = 50) -> None:
        self.parts, self.k, self.depth = list(parts), k, depth

    def add(self, docs: Sequence[Doc]) -> None:
        for p in self.parts:
            p.load(docs)
        self._own_seconds = sum(p.ingest_seconds for p in self.parts) or 1e-9

    def query(self, scope: str, question: str, k: int) -> list[Hit]:
        score: dict[tuple[str | None, tuple[str, ...]], float] = {}
        first: dict[tuple[str | None, tuple[str, ...]], Hit] = {}
        for p in self.parts:
            for rank, h in enumerate(p.query(scope, question, max(k, self.depth))):
                key = (h.scope, tuple(h.cited))
                score[key] = score.get(key, 0.0) + 1.0 / (self.k + rank + 1)
                first.setdefault(key, h)
        return [first[key] for key in sorted(score, key=lambda x: -score[x])[:k]]


def offline_mem0(folder: str, collection: str) -> Any:
    """Mem0 OSS configured to run offline (settings measured with mem0ai 2.2.1): telemetry off, a dummy
    OpenAI key (its LLM client is built, never called with ``infer=False``), a Chroma store in ``folder``, our
    MiniLM through its ``langchain`` embedder provider."""
    os.environ.setdefault("MEM0_TELEMETRY", "False")
    os.environ.setdefault("OPENAI_API_KEY", "sk-offline-dummy")
    from langchain_core.embeddings import Embeddings
    from mem0 import Memory

    from spectron_core import MiniLMEmbedding

    class _LC(Embeddings):  # type: ignore[misc]
        def __init__(self) -> None:
            self.ef = MiniLMEmbedding()

        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return [list(map(float, v)) for v in self.ef.embed_texts(texts)]

        def embed_query(self, text: str) -> list[float]:
            return list(map(float, self.ef.embed_texts([text])[0]))

    return Memory.from_config({
        "vector_store": {"provider": "chroma", "config": {"collection_name": collection, "path": folder}},
        "embedder": {"provider": "langchain", "config": {"model": _LC()}},
        "history_db_path": os.path.join(folder, "history.db"),
    })


class Mem0System(System):
    """Mem0 OSS (``mem0ai``) with its Chroma store and our embedder, ``infer=False`` (no LLM)."""

    name = "mem0"

    def __init__(self, collection: str = "mem0_locomo") -> None:
        self.collection = collection

    def add(self, docs: Sequence[Doc]) -> None:
        self.m = offline_mem0(scratch_dir("mem0-"), self.collection)
        for d in docs:
            self.m.add([{"role": d.role, "content": d.text}], user_id=d.scope, infer=False,
                       metadata={"dia": d.doc_id, "conv": d.scope})

    def query(self, scope: str, question: str, k: int) -> list[Hit]:
        # mem0ai 2.x: entity ids go in filters; threshold 0 so it returns its full top-k like the others
        got = self.m.search(question, top_k=k, filters={"user_id": scope}, threshold=0.0)
        items = got["results"] if isinstance(got, dict) else got
        return [Hit(cited=[(i.get("metadata") or {}).get("dia", "")], text=i.get("memory", ""),
                    scope=(i.get("metadata") or {}).get("conv", scope)) for i in items]


def close_all(systems: Iterable[System]) -> None:
    """Close every system's store (each once), then remove the run's scratch folders."""
    for system in systems:
        system.close()
    remove_scratch()


def build(names: Sequence[str], store_dir: str, org: str = "locomo", mem0_collection: str = "mem0_locomo") -> list[System]:
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
    shared: dict[str, System] = {}

    def peer(n: str) -> System:
        if n not in shared:
            shared[n] = BM25System() if n == "bm25" else DenseSystem()
        return shared[n]

    for n in names:
        if n in variants:
            out.append(SpectronSystem(n, variants[n], store_dir, org=org))
        elif n in ("bm25", "dense"):
            out.append(peer(n))
        elif n == "rrf":
            out.append(RRFSystem([peer("bm25"), peer("dense")]))
        elif n == "mem0":
            out.append(Mem0System(mem0_collection))
        else:
            raise SystemExit(f"unknown system {n!r}")
    return out
