"""``mem.documents``: ingest and list authoritative documents."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from ._models import DocumentInfo
from ._scope import ScopeLike
from ._store._where import within_clause
from ._time import TimeLike

if TYPE_CHECKING:
    from ._client import Spectron
    from ._write._documents import DocumentResult

__all__ = ["DocumentManager"]


class DocumentManager:
    def __init__(self, client: Spectron) -> None:
        self._client = client

    def ingest(
        self, source: Any, *, title: str, scope: Optional[ScopeLike] = None, authored_at: Optional[TimeLike] = None,
        chunk_tokens: int = 200,
    ) -> DocumentResult:
        """Ingest text or a plain-text file as authoritative memory (re-ingesting the same text is a no-op;
        changed text is a new version that supersedes the old version's facts)."""
        from ._write._documents import ingest

        s = self._client._resolve(scope)
        return ingest(self._client._engine, source, title=title, scope=s, authored_at=authored_at,
                      chunk_tokens=chunk_tokens)

    def list(self, *, scope: Optional[ScopeLike] = None, include_superseded: bool = False) -> list[DocumentInfo]:
        s = self._client._resolve(scope)
        docs = self._client._engine.store.find(within_clause(s), kinds=["document"])
        if not include_superseded:
            docs = [d for d in docs if not d.superseded_by]
        return sorted(docs, key=lambda d: (d.title, d.version))
