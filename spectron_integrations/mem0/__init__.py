"""Migration from Mem0 (issue 13): a compatible facade, dual-write with a read share, and export replay.

The four steps of the migration guide (``docs/migrate_from_mem0.md``):

1. put :class:`DualWriteMemory` where the application holds its ``mem0.Memory``: writes go to both systems;
2. raise ``read_share`` to serve a share of users from Spectron, and read ``report()`` (overlap@k, latency);
3. :func:`replay_mem0_export` the old memories (from :func:`export_from_mem0`, a JSON dump, or the
   ``spectron import-mem0`` command): reconciliation deduplicates repeats and orders contradictions by time;
4. cut over: replace the adapter by :class:`Memory` (same call shapes) or use ``spectron_core`` directly.

Imports ``spectron_core`` through its public API only; ``mem0ai`` itself is needed only by the dual-write
adapter's old side and by :func:`export_from_mem0`, and is never imported here.
"""

from ._mapping import Mem0ArgumentError
from .dual_write import DualWriteMemory, DualWriteReport, FailedWrite
from .facade import AsyncMemory, Mem0ConfigError, Memory
from .replay import ReplayResult, export_from_mem0, load_mem0_export, replay_mem0_export

__all__ = [
    "Memory",
    "AsyncMemory",
    "Mem0ConfigError",
    "Mem0ArgumentError",
    "DualWriteMemory",
    "DualWriteReport",
    "FailedWrite",
    "replay_mem0_export",
    "export_from_mem0",
    "load_mem0_export",
    "ReplayResult",
]
