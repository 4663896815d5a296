"""The real ``mem0ai`` package as the old system of a migration, configured offline (as measured on 2.2.1).

``MEM0_TELEMETRY=False``; a dummy ``OPENAI_API_KEY`` (Mem0 builds its LLM client even with ``infer=False`` and
never calls it then); the ``langchain`` embedder provider wrapping Spectron's bundled MiniLM as LangChain
``Embeddings``; Mem0's Chroma vector store and its SQLite history in a test folder. Every write to it uses
``infer=False``: Mem0's ``infer=True`` path needs an LLM, which does not exist offline.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

os.environ["MEM0_TELEMETRY"] = "False"  # read once, at import: set before mem0 is imported
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from langchain_core.embeddings import Embeddings  # noqa: E402

from spectron_core import MiniLMEmbedding  # noqa: E402


class MiniLMLangChain(Embeddings):
    """Spectron's bundled embedding as LangChain ``Embeddings`` (what Mem0's ``langchain`` provider takes)."""

    def __init__(self) -> None:
        self.ef = MiniLMEmbedding()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [list(map(float, v)) for v in self.ef.embed_texts(texts)]

    def embed_query(self, text: str) -> list[float]:
        return list(map(float, self.ef.embed_texts([text])[0]))


def mem0_config(folder: Path, collection: str = "mem0_app") -> dict[str, Any]:
    return {
        "vector_store": {"provider": "chroma",
                         "config": {"collection_name": collection, "path": str(folder / "chroma")}},
        "embedder": {"provider": "langchain", "config": {"model": MiniLMLangChain()}},
        "history_db_path": str(folder / "history.db"),
    }


def offline_mem0(folder: Path, collection: str = "mem0_app") -> Any:
    """A real ``mem0.Memory`` in ``folder`` that never touches the network."""
    os.environ.setdefault("OPENAI_API_KEY", "sk-offline-dummy")  # built, never called with infer=False
    from mem0 import Memory

    folder.mkdir(parents=True, exist_ok=True)
    return Memory.from_config(mem0_config(folder, collection))
