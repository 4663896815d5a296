"""``SpectronRetriever``: LangChain's ``BaseRetriever`` over Spectron's hybrid recall.

Each recalled item becomes a ``Document`` whose ``page_content`` is the item's text and whose metadata
carries what a chain needs to cite and judge it: kind, category, entity, key, value, validity, source,
scope, cited turn ids, score, and whether it is authoritative, current or disputed. Values are JSON-friendly
(times as ISO strings) so documents serialise and cross process boundaries unchanged.
"""

from __future__ import annotations

import asyncio
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForRetrieverRun, CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, PrivateAttr

from spectron_core import RecallItem, Scope, ValidationError

from ._common import as_client, base_scope

__all__ = ["SpectronRetriever", "item_metadata"]


def item_metadata(item: RecallItem) -> dict[str, Any]:
    """The metadata of a recalled item as a ``Document`` carries it."""
    return item.metadata()


class SpectronRetriever(BaseRetriever):
    """Recall as ``Document`` objects.

    >>> retriever = SpectronRetriever(mem.bound({"user": "alice"}), k=5)   # doctest: +SKIP
    >>> retriever.invoke("What does Alice eat?")                         # doctest: +SKIP

    Args:
        memory: a ``Spectron``/``AsyncSpectron`` client or a bound one.
        scope: where to recall (default: the bound floor, else global: everything).
        k: documents per query (``invoke(query, k=3)`` overrides it per call).
        categories: restrict to these categories (``identity``, ``knowledge``, ``episodic`` …).
        include_history: also return superseded values (marked ``current=False``).
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    memory: Any
    scope: dict[str, str] | None = None
    k: int = 4
    categories: list[str] | None = None
    include_history: bool = False

    _client: Any = PrivateAttr()
    _scope: Scope = PrivateAttr()

    def __init__(self, memory: Any = None, /, **kwargs: Any) -> None:
        if memory is None:
            memory = kwargs.pop("memory", None)
        kwargs["memory"] = memory  # a field of this class, which BaseRetriever's typed __init__ does not list
        super().__init__(**kwargs)
        self._client = as_client(memory)
        self._scope = base_scope(self._client, self.scope)

    def _documents(self, query: str, k: int | None) -> list[Document]:
        top = self.k if k is None else k
        if not isinstance(top, int) or isinstance(top, bool) or top < 1:
            raise ValidationError(f"k must be a positive integer, got {top!r}")
        result = self._client.recall(
            query, top_k=top, scope=self._scope, categories=self.categories, include_history=self.include_history
        )
        return [Document(page_content=i.text, metadata=item_metadata(i), id=i.id) for i in result.items[:top]]

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun, k: int | None = None, **_: Any
    ) -> list[Document]:
        return self._documents(query, k)

    async def _aget_relevant_documents(
        self, query: str, *, run_manager: AsyncCallbackManagerForRetrieverRun, k: int | None = None, **_: Any
    ) -> list[Document]:
        return await asyncio.to_thread(self._documents, query, k)
