"""Spectron recall as a LlamaIndex retriever (``BaseRetriever``), for query engines and RAG pipelines.

Example::

    from llama_index.core.query_engine import RetrieverQueryEngine
    from spectron_integrations.llama_index import SpectronRetriever

    retriever = SpectronRetriever(mem, scope={"org": "acme", "user": "alice"}, top_k=5)
    nodes = retriever.retrieve("What does Alice eat?")        # or: await retriever.aretrieve(...)
    engine = RetrieverQueryEngine.from_args(retriever, llm=llm)
    print(engine.query("What does Alice eat?"))
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any

from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.callbacks import CallbackManager
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from spectron_core import RecallItem, RecallResult, Scope, Spectron

from ._common import METADATA_KEYS, MemoryLike, bind_client, item_metadata

__all__ = ["SpectronRetriever"]


class SpectronRetriever(BaseRetriever):
    """Hybrid Spectron recall returning ``NodeWithScore``s, one per recalled memory.

    Each node's id is the Spectron record id and its text the memory as a sentence ("Alice's food
    preference is fish."); its metadata always holds every key of ``METADATA_KEYS``: ``id``, ``kind``
    (``attribute``, ``relation``, ``instruction``, ``uncertainty``, ``turn``, ``chunk`` …), ``category``,
    ``entity``, ``key``, ``value``, ``valid_from``/``valid_until`` (ISO 8601 or ``None``), ``source`` (a dict
    with ``kind``, ``ref``, ``span``, ``session_id``, ``trust``, or ``None``), ``scope``, ``turn_ids`` (the
    episodic turns it cites), ``session_id``, ``authoritative``, ``current``, ``conflict`` and ``score``.
    By default none of it is shown to the LLM or the embedder (the text is self-describing);
    ``llm_metadata_keys`` opts keys in.

    Args:
        memory: a ``Spectron`` or ``AsyncSpectron`` client, bound or not.
        scope: the scope to recall from (default: the bound client's floor; required for an unbound one).
            Recall sees that scope, narrower ones and its ancestors, never a sibling (another user).
        top_k: nodes per query.
        categories, include_history, as_of: passed to ``recall`` (see :meth:`spectron_core.Spectron.recall`).
        llm_metadata_keys: metadata keys the LLM sees beside each node's text.
    """

    _client: Spectron

    def __init__(
        self,
        memory: MemoryLike,
        *,
        scope: Mapping[str, str] | None = None,
        top_k: int = 10,
        categories: Sequence[str] | None = None,
        include_history: bool = False,
        as_of: Any = None,
        llm_metadata_keys: Sequence[str] = (),
        callback_manager: CallbackManager | None = None,
        verbose: bool = False,
    ) -> None:
        if top_k < 1:
            raise ValueError("top_k must be at least 1")
        unknown = set(llm_metadata_keys) - set(METADATA_KEYS)
        if unknown:
            raise ValueError(f"unknown metadata keys {sorted(unknown)}; known: {list(METADATA_KEYS)}")
        super().__init__(callback_manager=callback_manager, verbose=verbose)
        self._client = bind_client(memory, scope)
        self.top_k = top_k
        self.categories = list(categories) if categories is not None else None
        self.include_history = include_history
        self.as_of = as_of
        self._hidden = [k for k in METADATA_KEYS if k not in set(llm_metadata_keys)]

    @classmethod
    def class_name(cls) -> str:
        return "SpectronRetriever"

    @property
    def scope(self) -> Scope:
        """The scope this retriever recalls from."""
        floor = self._client.floor
        assert floor is not None
        return floor

    def _recall(self, query: str) -> RecallResult:
        return self._client.recall(
            query, self.top_k, categories=self.categories, include_history=self.include_history, as_of=self.as_of
        )

    def _node(self, item: RecallItem) -> NodeWithScore:
        node = TextNode(
            id_=item.id,
            text=item.text,
            metadata=item_metadata(item),
            excluded_llm_metadata_keys=list(self._hidden),
            excluded_embed_metadata_keys=list(METADATA_KEYS),
        )
        return NodeWithScore(node=node, score=item.score)

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        """Recall for the query text, best first."""
        if not query_bundle.query_str.strip():
            return []
        return [self._node(item) for item in self._recall(query_bundle.query_str).items]

    async def _aretrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        """Async recall (a worker thread, like ``AsyncSpectron``)."""
        return await asyncio.to_thread(self._retrieve, query_bundle)
