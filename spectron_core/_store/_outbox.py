"""Group commit for embedded stores: a write is acknowledged once it is durable in the local index file, and
reaches Chroma with the writes around it.

Why: an embedded Chroma write costs 7–12 ms per call whatever its size (its Rust core holds the GIL for most
of it), and a ``remember`` makes two or three of them, so the store, not the embedder, set the cost of a
write (measured: 63 ms per remember against 7 ms to embed the turn). Writes that queue here are applied to
Chroma together, every :data:`GROUP_COMMIT` writes or :data:`FLUSH_DELAY` seconds after the last one, in
one upsert per collection.

What keeps it correct:

* **Durable on acknowledge.** A staged write is one SQLite transaction holding its journal entry (the
  whole write, vectors included) and its effect on the local index. A process killed afterwards leaves the
  entry; the next open replays it into Chroma (:func:`replay_journal`), as for any journalled write.
* **Read your writes.** Recall and the write path's lookups read the local index, which already holds the
  write. ``get`` by id answers from the queued records first. Every other Chroma read, and every direct
  Chroma write, first drains the queue (:meth:`Outbox.drain`), so Chroma is never read or written behind
  a queued write.
* **Order.** Entries replay oldest first, and an id's later version wins within a group.
* **Other processes.** The journal lives in the shared index file: a process that finds entries it did not
  stage drains them before it reads Chroma, and a process whose entries were drained by another forgets
  its queued copies rather than serve them.

Only embedded and in-memory stores queue (``trust_local``): a Chroma server's other clients must see each
write when it is acknowledged.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
import weakref
from typing import Any

from ._codec import EMBEDDED_KINDS, encode, record_text
from ._journal import apply_group, journal_body, replay_journal

__all__ = ["FLUSH_DELAY", "GROUP_COMMIT", "MAX_QUEUED_ROWS", "Outbox"]

GROUP_COMMIT = 32
"""Queued writes that trigger a flush to Chroma (a flush of 32 remembers costs about what three single
writes do)."""
FLUSH_DELAY = 0.25
"""Seconds after the last queued write before a background flush (so an idle store is soon all in Chroma)."""
MAX_QUEUED_ROWS = 2000
"""Records queued across writes that trigger a flush regardless of count (bounds memory and flush size)."""

log = logging.getLogger("spectron_core.store")
_live: weakref.WeakSet[Outbox] = weakref.WeakSet()


class Outbox:
    """The queue of acknowledged writes not yet in Chroma, for one store."""

    def __init__(self, store: Any, lock: Any, *, group: int = GROUP_COMMIT, delay: float = FLUSH_DELAY) -> None:
        self.store = store
        self.lock = lock
        """The store's write lock (in-process and, for a folder, cross-process): a flush is a write."""
        self.group = group
        self.delay = delay
        self._queued: dict[str, Any] = {}
        self._mine: dict[str, tuple[list[Any], list[Any], dict[str, Any], dict[str, Any]]] = {}
        """The entries this process staged and Chroma lacks, in order, each as staged (records, vectors, their
        Chroma rows): a flush of only these entries writes them from here instead of parsing and encoding its
        journal bodies again."""
        self._rows = 0
        self._held = False
        self._cond = threading.Condition()
        self._deadline: float | None = None
        self._closed = False
        self._thread: threading.Thread | None = None
        self.last_error: BaseException | None = None
        _live.add(self)

    # -- queueing ---------------------------------------------------------------------------------------
    def stage(
        self, puts: list[Any], updates: list[Any], vectors: dict[str, Any], entry_id: str, recorded: float
    ) -> None:
        """Acknowledge a write: journal entry and local-index effect in one commit. Call under ``lock``."""
        store = self.store
        missing = [r for r in puts if r.kind in EMBEDDED_KINDS and r.id not in vectors]
        if missing:  # a caller without vectors: embed here, once
            vectors = {**vectors, **dict(zip([r.id for r in missing], store._embed([record_text(r) for r in missing])))}
        encoded = {r.id: encode(r) for r in [*puts, *updates]}
        body = journal_body(puts, updates, vectors, staged=True, encoded=encoded)
        rows = [store._lexical_row(r, vectors[r.id], encoded[r.id]) for r in puts if r.kind in EMBEDDED_KINDS]
        states = [store._state_row(r, encoded[r.id]) for r in updates if r.kind in EMBEDDED_KINDS]
        store._lexical(lambda: store.lexical.stage(entry_id, recorded, body, rows, states))
        store._forget_known([*puts, *updates])
        for r in [*puts, *updates]:
            self._queued[r.id] = r
        self._mine[entry_id] = (list(puts), list(updates), vectors, encoded)
        self._rows += len(puts) + len(updates)
        if self._closed or len(self._mine) >= self.group or self._rows >= MAX_QUEUED_ROWS:
            self.drain()
        else:
            self._arm()

    def queued(self, ids: list[str]) -> dict[str, Any]:
        """The queued versions of ``ids`` (the newest state of those records)."""
        if not self._queued:
            return {}
        if set(self._mine) - set(self.store.lexical.journal_ids()):
            self._forget_queue()  # another process drained our entries: Chroma is now the truth
            return {}
        return {i: self._queued[i] for i in ids if i in self._queued}

    def pending(self) -> bool:
        """Whether Chroma is behind the journal (this process's writes or another's)."""
        return bool(self._mine) or bool(self.store.lexical.journal_ids())

    def drain(self) -> None:
        """Apply every journalled write to Chroma now (a no-op when there is none)."""
        with self.lock:
            ids = self.store.lexical.journal_ids()
            if ids and all(i in self._mine for i in ids):
                # Only this process's entries, still held as staged: the same group, oldest first, without
                # reading back what was just written. Removed from the journal once in Chroma, as below.
                apply_group(self.store, [self._mine[i] for i in ids])
                self.store.lexical.journal_remove(*ids)
            elif ids:
                replay_journal(self.store, self.store.lexical.journal_entries())
            self._forget_queue()

    def _forget_queue(self) -> None:
        self._queued.clear()
        self._mine.clear()
        self._rows = 0
        self._held = False

    # -- background flush -------------------------------------------------------------------------------
    def flush_behind(self) -> None:
        """Start the background flush now instead of :data:`FLUSH_DELAY` after the last write. For a bulk
        write that has staged a full group: waiting for more writes to join it only delays Chroma, and the
        caller's next step (embedding its next batch, outside the lock) runs while the flush holds it.
        Ends a :meth:`hold`."""
        with self._cond:
            self._held = False
        if self._mine:
            self._arm(0.0)
        else:
            with self._cond:
                self._cond.notify()

    def hold(self) -> None:
        """Keep the timed flush from starting until :meth:`flush_behind` (or a flush for another reason: a
        full group, a read of Chroma, close). For a bulk writer that starts the flush itself once its batch
        of calls is written: a timer firing between two of its calls would flush part of the batch and make
        the next call wait on the lock. Writes stay as durable as ever (journalled when acknowledged)."""
        with self._cond:
            self._held = True

    def _arm(self, delay: float | None = None) -> None:
        with self._cond:
            self._deadline = time.monotonic() + (self.delay if delay is None else delay)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="spectron-outbox", daemon=True)
                self._thread.start()
            self._cond.notify()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._closed and (self._deadline is None or self._held or time.monotonic() < self._deadline):
                    timeout = (
                        None if self._deadline is None or self._held else max(0.0, self._deadline - time.monotonic())
                    )
                    self._cond.wait(timeout)
                if self._closed:
                    return
                self._deadline = None
            try:
                self.drain()
                self.last_error = None
            except Exception as exc:  # the entries stay journalled; the next read or write retries  # noqa: BLE001
                self.last_error = exc
                log.warning("background flush to Chroma failed (will retry on the next access): %s", exc)

    def close(self) -> None:
        """Flush and stop the background thread."""
        with self._cond:
            self._closed = True
            self._cond.notify()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=30)
        self._thread = None
        if self._mine:
            self.drain()


@atexit.register
def _flush_all_at_exit() -> None:  # pragma: no cover - exercised by the cross-process tests
    for box in list(_live):
        try:
            box.close()
        except Exception as exc:  # noqa: BLE001
            log.warning("flushing queued writes at exit failed (the next open replays them): %s", exc)
