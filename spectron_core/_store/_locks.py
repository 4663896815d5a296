"""One write lock per store, shared by every client that opens it.

Reconciliation reads current state, decides, then writes; two writers interleaving there could leave two
current values for one key. Within a process, clients opened on the same store (same folder or server, same
collection prefix) share one re-entrant lock from a registry. Across processes on one embedded folder, the
lock also holds an ``flock`` on ``<folder>/<prefix>.lock`` while a write runs (a second line of defence:
an embedded folder is owned by one process at a time, see ``_owner.py``). Several processes writing through
one Chroma *server* are not serialised by this; :meth:`Spectron.repair` is their safety net.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: in-process locking only
    fcntl = None  # type: ignore[assignment]

__all__ = ["StoreLock"]


class _Shared:
    def __init__(self, lock_file: Path | None) -> None:
        self.rlock = threading.RLock()
        self.depth = 0
        self.fd: int | None = None
        if lock_file is not None and fcntl is not None:
            lock_file.parent.mkdir(parents=True, exist_ok=True)
            self.fd = os.open(str(lock_file), os.O_RDWR | os.O_CREAT, 0o600)


_registry: dict[str, _Shared] = {}
_registry_lock = threading.Lock()


class StoreLock:
    """Re-entrant, shared across clients of one store, process-exclusive for an embedded folder."""

    def __init__(self, key: str, lock_file: Path | None, *, on_enter: Callable[[], None] | None = None) -> None:
        with _registry_lock:
            shared = _registry.get(key)
            if shared is None:
                shared = _registry[key] = _Shared(lock_file)
        self._shared = shared
        self.on_enter = on_enter
        """Called before each acquire: a closed engine reopens its store here, so every write (all of which
        take this lock first) runs on a live store with caches that match it."""

    def acquire(self) -> None:
        if self.on_enter is not None:
            self.on_enter()
        s = self._shared
        s.rlock.acquire()
        if s.depth == 0 and s.fd is not None:
            try:
                fcntl.flock(s.fd, fcntl.LOCK_EX)
            except BaseException:
                s.rlock.release()
                raise
        s.depth += 1

    def release(self) -> None:
        s = self._shared
        s.depth -= 1
        if s.depth == 0 and s.fd is not None:
            fcntl.flock(s.fd, fcntl.LOCK_UN)
        s.rlock.release()

    def __enter__(self) -> StoreLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()
