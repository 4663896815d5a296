"""One process per embedded folder: the owner lock.

Why: embedded Chroma 1.5.9 keeps each collection's HNSW index in the memory of the process that opened it and
writes it back to the folder's files; a second process on the same folder works from its own stale copy, so
two writer processes (even with every write serialised by a lock) overwrite each other's index files. Measured
here: two processes writing 120 remembers and 8 chunks each into one folder hung or died with SIGSEGV within
two rounds, and left folders whose every later open hung in ``Collection.count`` or segfaulted in
``Collection.upsert``. Two processes creating a brand-new folder at once also race Chroma's own table
creation ("table collections already exists"). Serialising writes across processes would mean throwing away
and reloading Chroma's whole in-memory state every time the folder changes hands, and relying on Chroma
internals that are not designed for it; a Chroma server is the supported way to share a store.

So a process *owns* an embedded folder from the moment it opens it (before Chroma touches a file) until
every client it opened on it is closed or the process ends. The lock is an ``flock`` on
``<folder>/.spectron-owner.lock``: the kernel drops it when the owner dies, even by SIGKILL, so a crashed
owner never leaves a store that cannot be opened. A second process gets :class:`StoreBusyError` at once
(or after waiting ``timeout`` seconds for the owner to finish), naming the owner's pid and pointing at a
Chroma server. Within one process, every client on the folder shares the one lock (reference-counted).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

from .._errors import StoreBusyError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no cross-process protection
    fcntl = None  # type: ignore[assignment]

__all__ = ["FolderLease", "acquire_folder", "OWNER_FILE", "open_timeout_default"]

OWNER_FILE = ".spectron-owner.lock"
"""The lock file's name inside the store folder (holds the owner's pid and host, for the error message)."""


def open_timeout_default() -> float:
    """Seconds to wait for another process to release a folder: ``$SPECTRON_OPEN_TIMEOUT``, default 0
    (refuse at once, so a misconfigured deployment fails loudly instead of queueing)."""
    raw = os.environ.get("SPECTRON_OPEN_TIMEOUT", "").strip()
    try:
        return max(0.0, float(raw)) if raw else 0.0
    except ValueError:
        return 0.0


class _Held:
    def __init__(self, fd: int, pid: int) -> None:
        self.fd = fd
        self.pid = pid
        self.refs = 0
        self.generation = 0
        """Bumped each time this process (re)acquires the folder: caches built under an older generation may
        describe writes another process has since made."""


_held: dict[str, _Held] = {}
_held_lock = threading.Lock()
_generation = 0


def _owner_of(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        text = ""
    return text or "unknown"


class FolderLease:
    """This process's hold on one folder; :meth:`release` once per lease (idempotent)."""

    def __init__(self, key: str, held: _Held) -> None:
        self._key = key
        self._held: _Held | None = held
        self.generation = held.generation

    @property
    def active(self) -> bool:
        return self._held is not None

    @property
    def sole(self) -> bool:
        """Whether this is the process's only hold on the folder: then no other client of this process has
        Chroma open there, and files Chroma keeps open (its segment files) may be checked and replaced."""
        return self._held is not None and self._held.refs == 1

    def release(self) -> None:
        with _held_lock:
            held, self._held = self._held, None
            if held is None:
                return
            held.refs -= 1
            if held.refs > 0 or _held.get(self._key) is not held:
                return
            del _held[self._key]
            try:
                if fcntl is not None:
                    fcntl.flock(held.fd, fcntl.LOCK_UN)
            finally:
                os.close(held.fd)


def acquire_folder(folder: Path, *, timeout: float = 0.0) -> FolderLease:
    """Own ``folder`` for this process (shared with this process's other clients of it).

    Raises :class:`StoreBusyError` if another process owns it and does not release it within ``timeout``.
    """
    global _generation
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    key = str(folder.resolve())
    lock_path = folder / OWNER_FILE
    deadline = time.monotonic() + max(0.0, timeout)
    while True:
        with _held_lock:
            held = _held.get(key)
            if held is not None and held.pid != os.getpid():  # inherited across fork: not ours
                del _held[key]
                held = None
            if held is None:
                fd = os.open(str(lock_path), os.O_RDWR | os.O_CREAT, 0o644)
                try:
                    if fcntl is not None:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    os.close(fd)
                else:
                    os.ftruncate(fd, 0)
                    os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()}\n".encode(), 0)
                    _generation += 1
                    held = _Held(fd, os.getpid())
                    held.generation = _generation
                    _held[key] = held
            if held is not None:
                held.refs += 1
                return FolderLease(key, held)
        if time.monotonic() >= deadline:
            raise StoreBusyError(
                f"the embedded store {folder} is open in another process ({_owner_of(lock_path)}). Embedded "
                "Chroma supports one process per folder: close the other process, or share the store between "
                f"processes through a Chroma server (`chroma run --path {folder}`, then "
                "Spectron(chroma=chromadb.HttpClient(host=..., port=...)))"
            )
        time.sleep(0.05)
