"""The default embedding can be replaced (a Chroma embedding function or LangChain ``Embeddings``), and the
README's quickstart command runs and shows scope isolation in a real store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

from spectron_core import ConfigurationError, Spectron

ROOT = Path(__file__).resolve().parent.parent
ALICE = {"org": "acme", "user": "alice"}
BOB = {"org": "acme", "user": "bob"}


class HashingEmbedding(EmbeddingFunction[Documents]):
    """A deterministic bag-of-words embedding: Chroma's own protocol, no model at all."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 - Chroma's parameter name
        self.calls += 1
        out = []
        for text in input:
            v = np.zeros(64, dtype=np.float32)
            for word in text.lower().split():
                v[sum(map(ord, word.strip(".,!?"))) % 64] += 1.0
            out.append(v / (np.linalg.norm(v) or 1.0))
        return out

    @staticmethod
    def name() -> str:
        return "test-hashing"

    def get_config(self) -> dict:
        return {}

    @staticmethod
    def build_from_config(config: dict) -> HashingEmbedding:
        return HashingEmbedding()


def _roundtrip(m: Spectron) -> None:
    with m.sessions.create(scope=ALICE) as s:
        s.remember("I adore sailing on the lake.")
    with m.sessions.create(scope=BOB) as s:
        s.remember("I collect vintage stamps.")
    alice = m.recall("sailing lake", scope=ALICE, top_k=10)
    assert any("sailing" in i.text for i in alice.items)
    assert not any("stamps" in i.text for i in alice.items)


def test_a_chroma_embedding_function_replaces_the_default(tmp_path):
    ef = HashingEmbedding()
    m = Spectron(path=str(tmp_path / "store"), embedding=ef)
    _roundtrip(m)
    assert ef.calls > 0, "writes and queries must go through the given embedding function"
    m.flush()
    dim = len(m._engine.store.memory.get(limit=1, include=["embeddings"])["embeddings"][0])
    assert dim == 64


def test_a_langchain_embeddings_replaces_the_default(tmp_path):
    pytest.importorskip("langchain_core")
    from langchain_core.embeddings import DeterministicFakeEmbedding

    class Counting(DeterministicFakeEmbedding):
        seen: int = 0

        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            self.seen += len(texts)
            return super().embed_documents(texts)

    lc = Counting(size=32)
    m = Spectron(path=str(tmp_path / "store"), embedding=lc)
    _roundtrip(m)
    assert lc.seen > 0
    m.flush()
    dim = len(m._engine.store.memory.get(limit=1, include=["embeddings"])["embeddings"][0])
    assert dim == 32


def test_something_that_is_not_an_embedding_is_a_configuration_error(tmp_path):
    with pytest.raises(ConfigurationError):
        Spectron(path=str(tmp_path / "store"), embedding="all-MiniLM-L6-v2")
    assert not (tmp_path / "store" / "chroma.sqlite3").exists()


def test_quickstart_runs_and_shows_isolation(tmp_path):
    folder = tmp_path / "qs"
    env = dict(os.environ, PYTHONPATH=str(ROOT), COLUMNS="160")
    proc = subprocess.run([sys.executable, "-m", "spectron_core", "quickstart", "--path", str(folder)],
                          capture_output=True, text=True, timeout=300, env=env, cwd=str(ROOT))
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "recall as alice" in proc.stdout and "recall as bob" in proc.stdout
    # What the quickstart wrote is a real store: read it back and check what each scope sees.
    m = Spectron(path=str(folder))
    alice = " ".join(i.text for i in m.recall("food job home Lisbon returns", scope=ALICE, top_k=50).items)
    bob = " ".join(i.text for i in m.recall("food job home fish vegetarian CTO", scope=BOB, top_k=50).items)
    org = " ".join(i.text for i in m.recall("food home Lisbon fish", scope={"org": "acme"}, top_k=50).items)
    assert "fish" in alice and "Lisbon" not in alice
    assert "Lisbon" in bob and "fish" not in bob and "vegetarian" not in bob
    assert "Lisbon" in org and "fish" in org
    chain = m.history("Person/alice", "food_preference", scope=ALICE)
    assert [v.valid_until is None for v in chain] == [False, True]
