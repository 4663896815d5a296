"""Spectron memory for LangChain and LangGraph, in one import.

=============================  ==================================================================
``SpectronStore``              LangGraph ``BaseStore`` (``create_agent(..., store=...)``, graph nodes)
``SpectronMiddleware``         ``create_agent`` middleware: recall into the system prompt, remember the run
``spectron_tools(memory)``     agent tools ``remember``, ``recall``, ``profile``, ``forget``
``SpectronRetriever``          ``BaseRetriever``: recall as ``Document`` objects with full provenance
``SpectronChatMessageHistory`` ``BaseChatMessageHistory`` over a session (``RunnableWithMessageHistory``)
``SpectronMemory``             classic ``BaseMemory`` (needs ``langchain_classic``; optional)
=============================  ==================================================================

Every adapter is built as ``Adapter(memory, *, scope=None, ...)``: ``memory`` is a ``Spectron`` or
``AsyncSpectron`` client or a bound one (``mem.bound({...})``), and ``scope`` defaults to the bound floor.
Adapters given ``chat_model=`` extract with it through ``spectron_core.LLMExtractor``. They use only
``spectron_core``'s public API.
"""

from ._common import default_context_scope
from .history import SpectronChatMessageHistory
from .memory import SpectronMemory
from .middleware import SpectronMiddleware
from .retriever import SpectronRetriever
from .store import SpectronStore, escape_label, unescape_label
from .tools import spectron_tools

__all__ = [
    "SpectronMemory",
    "SpectronChatMessageHistory",
    "SpectronRetriever",
    "spectron_tools",
    "SpectronStore",
    "SpectronMiddleware",
    "escape_label",
    "unescape_label",
    "default_context_scope",
]
