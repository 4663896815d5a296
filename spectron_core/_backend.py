"""Opening the backend: which Chroma client, which embedding function, where the lexical index lives."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from ._embeddings import MiniLMEmbedding
from ._errors import ConfigurationError, StoreError
from ._store._owner import acquire_folder, open_timeout_default
from ._store._segments import quarantine_torn_segments

__all__ = [
    "LangChainEmbeddingAdapter",
    "default_path",
    "lexical_path_for",
    "open_client",
    "open_embedded",
    "resolve_embedding",
]


def default_path() -> Path:
    """``$SPECTRON_PATH`` if set, else ``~/.spectron/memory`` (like Mem0's ``~/.mem0``)."""
    env = os.environ.get("SPECTRON_PATH")
    return Path(env).expanduser() if env else Path.home() / ".spectron" / "memory"


def open_client(path: str | os.PathLike[str] | None) -> tuple[Any, Path]:
    # Lazy: chromadb takes most of a second to import, and a client handed a Chroma client never needs it here.
    import chromadb
    from chromadb.config import Settings

    folder = Path(path).expanduser() if path is not None else default_path()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        client = chromadb.PersistentClient(path=str(folder), settings=Settings(anonymized_telemetry=False))
    except Exception as exc:
        raise StoreError(f"could not open an embedded Chroma store at {folder}: {exc}") from exc
    return client, folder


def open_embedded(path: str | os.PathLike[str] | None, *, timeout: float | None = None) -> tuple[Any, Path, Any]:
    """Own the folder for this process (``_store/_owner``), then open embedded Chroma on it: the lock comes
    first because a second process's Chroma must not touch the files at all (creating a new folder's tables
    races; a second writer corrupts the index). Returns (client, folder, lease)."""
    folder = Path(path).expanduser() if path is not None else default_path()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"could not create the store folder {folder}: {exc}") from exc
    try:
        lease = acquire_folder(folder, timeout=open_timeout_default() if timeout is None else timeout)
    except OSError as exc:  # a read-only folder cannot hold the lock file
        raise StoreError(f"could not open an embedded Chroma store at {folder}: {exc}") from exc
    try:
        if lease.sole:
            _quarantine_torn(folder)
        client, folder = open_client(folder)
    except BaseException:
        lease.release()
        raise
    return client, folder, lease


def _quarantine_torn(folder: Path) -> None:
    """Remove vector segments a killed process left torn, before Chroma loads them (``_store/_segments``):
    a torn one makes every read of its collection fail. The records are re-indexed once the store is open."""
    try:
        quarantine_torn_segments(folder)
    except OSError as exc:
        raise StoreError(f"could not set aside a torn vector index in {folder}: {exc}") from exc


def lexical_path_for(client: Any, folder: Path | None, prefix: str) -> Path | None:
    """Where the lexical index lives for this client.

    Embedded store: inside its folder. Chroma server: a cache folder keyed by server, tenant, database and
    prefix (it is rebuilt from the server whenever it disagrees with it). In-memory client: in memory.
    """
    if folder is not None:
        return folder / f"{prefix}-lexical.sqlite3"
    try:
        settings = client.get_settings()
    except Exception:  # pragma: no cover - exotic clients  # noqa: BLE001
        settings = None
    impl = str(getattr(settings, "chroma_api_impl", "") or "")
    if settings is not None and getattr(settings, "is_persistent", False) and "fastapi" not in impl.lower():
        return Path(settings.persist_directory) / f"{prefix}-lexical.sqlite3"
    if "fastapi" in impl.lower() or "http" in impl.lower():
        ident = "|".join(
            str(x)
            for x in (
                getattr(settings, "chroma_server_host", ""),
                getattr(settings, "chroma_server_http_port", ""),
                getattr(client, "tenant", ""),
                getattr(client, "database", ""),
                prefix,
            )
        )
        cache = Path(os.environ.get("SPECTRON_CACHE", Path.home() / ".cache" / "spectron")).expanduser()
        return cache / "lexical" / (hashlib.sha256(ident.encode()).hexdigest()[:24] + ".sqlite3")
    return None


class LangChainEmbeddingAdapter:
    """Lets any LangChain ``Embeddings`` serve as a Chroma embedding function."""

    def __init__(self, embeddings: Any) -> None:
        self.embeddings = embeddings

    def __call__(self, input: list[str]) -> list[Any]:
        return list(self.embeddings.embed_documents(list(input)))

    def embed_query(self, input: list[str]) -> list[Any]:
        return [self.embeddings.embed_query(t) for t in input]

    @staticmethod
    def name() -> str:
        return "langchain-embeddings"

    def is_legacy(self) -> bool:
        return True


def resolve_embedding(embedding: Any) -> Any:
    if embedding is None:
        return MiniLMEmbedding()
    if hasattr(embedding, "embed_documents") and hasattr(embedding, "embed_query"):
        return LangChainEmbeddingAdapter(embedding)
    if callable(embedding):
        return embedding
    raise ConfigurationError(
        "embedding must be a Chroma embedding function or a LangChain Embeddings object, "
        f"got {type(embedding).__name__}"
    )
