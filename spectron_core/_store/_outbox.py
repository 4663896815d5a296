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
import base64
import json
import logging
import threading
import time
import weakref
from typing import Any, Optional

import numpy as np

from ._codec import EMBEDDED_KINDS, decode, encode

__all__ = ["Outbox", "GROUP_COMMIT", "FLUSH_DELAY", "MAX_QUEUED_ROWS", "MAX_REPLAY_ATTEMPTS", "journal_body",
           "parse_journal_body", "replay_journal"]

GROUP_COMMIT = 32
"""Queued writes that trigger a flush to Chroma (a flush of 32 remembers costs about what three single
writes do)."""
FLUSH_DELAY = 0.25
"""Seconds after the last queued write before a background flush (so an idle store is soon all in Chroma)."""
MAX_QUEUED_ROWS = 2000
"""Records queued across writes that trigger a flush regardless of count (bounds memory and flush size)."""

log = logging.getLogger("spectron_core.store")
_live: "weakref.WeakSet[Outbox]" = weakref.WeakSet()


def _pack_vectors(vectors: dict[str, Any]) -> dict[str, Any]:
    """Vectors as base64 float32, each distinct vector once (a turn's facts share its vector): a tenth of
    the JSON text and of the time to write it."""
    blobs: list[str] = []
    seen: dict[bytes, int] = {}
    index: dict[str, int] = {}
    for rid, v in vectors.items():
        raw = np.asarray(v, dtype="<f4").reshape(-1).tobytes()
        if raw not in seen:
            seen[raw] = len(blobs)
            blobs.append(base64.b64encode(raw).decode("ascii"))
        index[rid] = seen[raw]
    return {"vecs": blobs, "vector_of": index}


def journal_body(puts: list[Any], updates: list[Any], vectors: dict[str, Any], *, staged: bool,
                 encoded: Optional[dict[str, tuple[str, str, dict[str, Any]]]] = None) -> str:
    """A write as one JSON document. ``staged`` says its local-index effect was committed with it;
    ``encoded`` passes records already encoded (by id) so none is encoded twice."""
    enc = encoded or {}

    def rows(records: list[Any]) -> list[list[Any]]:
        return [list((enc.get(r.id) or encode(r))[1:]) for r in records]

    payload = {"puts": rows(puts), "updates": rows(updates), **_pack_vectors(vectors), "staged": staged}
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False)


def parse_journal_body(body: str) -> tuple[list[Any], list[Any], dict[str, Any], bool]:
    payload = json.loads(body)
    if "vecs" in payload:
        blobs = [np.frombuffer(base64.b64decode(b), dtype="<f4").tolist() for b in payload["vecs"]]
        vectors = {rid: blobs[i] for rid, i in payload["vector_of"].items()}
    else:  # entries written before vectors were packed
        vectors = payload.get("vectors", {})
    return ([decode(d, m) for d, m in payload["puts"]], [decode(d, m) for d, m in payload["updates"]],
            vectors, bool(payload.get("staged", False)))


MAX_REPLAY_ATTEMPTS = 2
"""Opens that may try to replay one journal entry: a third open finding it still there means replaying it
killed the process twice, so it is quarantined instead (see :meth:`LexicalIndex.journal_attempt`)."""


def replay_journal(store: Any, entries: list[tuple[str, str]], *, guarded: bool = False) -> int:
    """Apply journal entries to Chroma, oldest first, as grouped upserts; then remove them. Returns how many
    entries were not staged.

    Entries written by the group-commit path (``staged``) touch Chroma only: their local-index effect
    committed with them, and later local changes (a turn's context) must not be rolled back. Older-style
    entries (journal, then Chroma and index) are applied to both, each on its own, in order.

    An entry that cannot be parsed is quarantined (it never will be). With ``guarded`` (opening a store),
    an entry is also quarantined when applying it raises, or when earlier opens died while applying it:
    a store left by a crash must open, and what could not be replayed is kept aside and reported
    (``Spectron.repair()``, ``spectron fsck``) rather than retried into the same failure. Unguarded
    (a running store's flush), errors propagate and the entries stay for the next try.
    """
    lex = store.lexical
    parsed: list[tuple[str, list[Any], list[Any], dict[str, Any], bool]] = []
    for jid, body in entries:
        try:
            parsed.append((jid, *parse_journal_body(body)))
        except Exception as exc:
            log.error("journal entry %s cannot be read (%s): quarantined", jid, exc)
            lex.journal_quarantine(jid, f"unreadable entry: {type(exc).__name__}: {exc}", time.time())
    if guarded and parsed:
        attempts = lex.journal_attempt([p[0] for p in parsed])
        keep = []
        for p in parsed:
            if attempts[p[0]] > MAX_REPLAY_ATTEMPTS:
                log.error("journal entry %s: replaying it stopped the process %d times; quarantined", p[0],
                          attempts[p[0]] - 1)
                lex.journal_quarantine(p[0], f"replaying it stopped the process {attempts[p[0]] - 1} times",
                                       time.time())
            else:
                keep.append(p)
        parsed = keep
    if not guarded:
        return _replay_parsed(store, parsed)
    try:
        return _replay_parsed(store, parsed)
    except Exception as exc:
        log.warning("replaying the journal as a group failed (%s); replaying entry by entry", exc)
    unstaged = 0
    for p in parsed:
        if p[0] not in set(lex.journal_ids()):
            continue  # applied (and removed) before the group failed
        try:
            unstaged += _replay_parsed(store, [p])
        except Exception as exc:
            log.error("journal entry %s cannot be replayed (%s): quarantined", p[0], exc)
            lex.journal_quarantine(p[0], f"{type(exc).__name__}: {exc}", time.time())
    return unstaged


def _replay_parsed(store: Any, parsed: list[tuple[str, list[Any], list[Any], dict[str, Any], bool]]) -> int:
    group: list[tuple[list[Any], list[Any], dict[str, Any]]] = []
    done: list[str] = []
    unstaged = 0

    def flush_group() -> None:
        if group:
            _apply_group(store, group)
            group.clear()
        if done:
            store.lexical.journal_remove(*done)
        done.clear()

    for jid, puts, updates, vectors, staged in parsed:
        if staged:
            group.append((puts, updates, vectors))
            done.append(jid)
            continue
        flush_group()
        store.apply(puts, updates, vectors)
        store.lexical.journal_remove(jid)
        unstaged += 1
    flush_group()
    return unstaged


def _apply_group(store: Any, group: list[tuple[Any, ...]]) -> None:
    """Several writes as at most three Chroma calls. A record put in the group is upserted whole (with its
    vector) in its latest version; a record only updated gets a metadata update. A write is (puts, updates,
    vectors) or, as staged by this process, (puts, updates, vectors, Chroma rows of its records by id)."""
    latest: dict[str, Any] = {}
    rows: dict[str, Any] = {}
    vectors: dict[str, Any] = {}
    put_ids: set[str] = set()
    for puts, updates, vecs, *staged in group:
        encoded = staged[0] if staged else {}
        for r in [*puts, *updates]:
            latest[r.id] = r
            if r.id in encoded:
                rows[r.id] = encoded[r.id]  # encoded from this very version
            else:
                rows.pop(r.id, None)
        for r in puts:
            put_ids.add(r.id)
            if r.id in vecs:
                vectors[r.id] = vecs[r.id]
    store.apply([r for i, r in latest.items() if i in put_ids], [r for i, r in latest.items() if i not in put_ids],
                vectors, local=False, encoded=rows)


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
        self._deadline: Optional[float] = None
        self._closed = False
        self._thread: Optional[threading.Thread] = None
        self.last_error: Optional[BaseException] = None
        _live.add(self)

    # -- queueing ---------------------------------------------------------------------------------------
    def stage(self, puts: list[Any], updates: list[Any], vectors: dict[str, Any], entry_id: str,
              recorded: float) -> None:
        """Acknowledge a write: journal entry and local-index effect in one commit. Call under ``lock``."""
        store = self.store
        missing = [r for r in puts if r.kind in EMBEDDED_KINDS and r.id not in vectors]
        if missing:  # a caller without vectors: embed here, once
            from ._codec import record_text

            vectors = {**vectors, **dict(zip([r.id for r in missing],
                                             store._embed([record_text(r) for r in missing])))}
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
                _apply_group(self.store, [self._mine[i] for i in ids])
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

    def _arm(self, delay: Optional[float] = None) -> None:
        with self._cond:
            self._deadline = time.monotonic() + (self.delay if delay is None else delay)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="spectron-outbox", daemon=True)
                self._thread.start()
            self._cond.notify()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._closed and (self._deadline is None or self._held
                                            or time.monotonic() < self._deadline):
                    timeout = (None if self._deadline is None or self._held
                               else max(0.0, self._deadline - time.monotonic()))
                    self._cond.wait(timeout)
                if self._closed:
                    return
                self._deadline = None
            try:
                self.drain()
                self.last_error = None
            except Exception as exc:  # the entries stay journalled; the next read or write retries
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
        except Exception as exc:
            log.warning("flushing queued writes at exit failed (the next open replays them): %s", exc)
