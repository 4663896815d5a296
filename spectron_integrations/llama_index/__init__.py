"""LlamaIndex adapters for Spectron memory: a memory block, a write-through ``Memory``, a retriever and tools.

* :class:`SpectronMemoryBlock` – a ``BaseMemoryBlock`` for ``Memory.from_defaults(memory_blocks=[...])``.
* :func:`spectron_memory` / :class:`SpectronMemory` – a ``Memory`` for ``agent.run(..., memory=...)`` that
  sends every turn to Spectron when it is put, not only when the short-term queue overflows.
* :class:`SpectronRetriever` – a ``BaseRetriever`` (sync and async) for query engines.
* :func:`spectron_tools` – ``FunctionTool``s ``remember``, ``recall``, ``profile`` and ``forget``.

Every adapter is built as ``Adapter(memory, *, scope=None, ...)`` from a ``Spectron`` or ``AsyncSpectron``
client (bound or not) and is confined to ``scope`` (default: the bound client's floor). They use
``spectron_core``'s public API only. Needs the ``llama-index`` extra: ``pip install "spectron-memory[llama-index]"``.
"""

from __future__ import annotations

try:
    import llama_index.core  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        'spectron_integrations.llama_index needs llama-index-core: pip install "spectron-memory[llama-index]"'
    ) from exc

from ._common import METADATA_KEYS
from .memory_block import SpectronMemory, SpectronMemoryBlock, spectron_memory
from .retriever import SpectronRetriever
from .tools import TOOL_NAMES, render_profile, spectron_tools

__all__ = [
    "SpectronMemoryBlock",
    "SpectronMemory",
    "spectron_memory",
    "SpectronRetriever",
    "spectron_tools",
    "render_profile",
    "TOOL_NAMES",
    "METADATA_KEYS",
]
