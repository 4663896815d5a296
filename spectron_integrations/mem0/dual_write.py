"""``DualWriteMemory``: steps 1 and 2 of the migration — write to both systems, read from a share of users.

The adapter sits where the application holds its ``mem0.Memory`` and has the same call shapes. Every write
goes to the old system *and* to Spectron; a failure on one side never loses the write to the other: it is
recorded as a :class:`FailedWrite` (``adapter.failures``) and ``adapter.retry_failed()`` replays it. Reads go
to Spectron for ``read_share`` of users — chosen by a hash of the user id, so one user always sees one
system — and to the old system otherwise. With ``compare=True`` both systems answer every read; the served
answer is returned and the overlap of the two top-k lists (matched by what was said, since ids and wording
differ) is logged and summarised by :meth:`DualWriteMemory.report`.

>>> adapter = DualWriteMemory(old=mem0_memory, new=Spectron(), read_share=0.1)        # doctest: +SKIP
>>> adapter.add("I prefer vegetarian food.", user_id="alice")                          # doctest: +SKIP
>>> adapter.search("what does alice eat?", filters={"user_id": "alice"})               # doctest: +SKIP
>>> adapter.report().overlap_at_k                                                       # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import logging
import re
import statistics
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any, Literal

from spectron_core import AsyncSpectron, Spectron

from ._mapping import Mem0ArgumentError, ids_from
from .facade import Memory

__all__ = ["DualWriteError", "DualWriteMemory", "DualWriteReport", "FailedWrite"]

log = logging.getLogger("spectron_integrations.mem0.dual_write")
Side = Literal["old", "new"]
_SPECTRON_ID = re.compile(r"^(att|rel|ins|unc|chk|turn)_[0-9a-f]{32}$")


class DualWriteError(Mem0ArgumentError):
    """Both systems refused a write (nothing was stored anywhere); ``errors`` holds each side's exception."""

    def __init__(self, message: str, errors: Mapping[str, BaseException]) -> None:
        super().__init__(message)
        self.errors = dict(errors)


@dataclass
class FailedWrite:
    """A write one side refused: enough to replay it with :meth:`DualWriteMemory.retry_failed`."""

    side: Side
    operation: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    error: str
    at: datetime
    attempts: int = 1
    counterpart: dict[str, Any] | None = None
    """The other side's result of the same ``add`` (pairs the two systems' ids once the retry succeeds)."""


@dataclass
class DualWriteReport:
    """What :meth:`DualWriteMemory.report` returns: traffic, agreement and latency of the two systems."""

    calls: int
    writes: int
    reads: int
    read_share: float
    served: dict[str, int]
    """Reads answered by each system (``old``, ``new``)."""
    served_share_new: float
    compared: int
    k: int
    overlap_at_k: float | None
    """Mean over compared reads of |top-k(old) ∩ top-k(new)| / min(k, larger list); None before any."""
    latency_ms: dict[str, dict[str, float]]
    """Per system: ``n``, ``mean`` and ``p50`` of every call made to it (reads and writes)."""
    failures: dict[str, int]
    """Writes each side has refused so far (retried or not)."""
    pending_retries: int
    recent_differences: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _said(item: Mapping[str, Any]) -> str:
    """What a result is about: the message a Spectron fact came from, else the memory text itself."""
    extra = item.get("spectron") or {}
    return _norm(str(extra.get("said") or item.get("memory") or ""))


class DualWriteMemory:
    """Mem0's ``Memory`` call shapes over two systems during a migration.

    Args:
        old: the system in production (a ``mem0.Memory``, or anything with its methods).
        new: the Spectron side: a :class:`Spectron`, an :class:`AsyncSpectron` or a :class:`Memory` facade.
        read_share: share of users (0.0–1.0) whose reads Spectron serves.
        compare: query both systems on every read and record how their answers overlap.
        k: depth of the overlap comparison.
        salt: changes which users fall in the share (keep it fixed for a rollout, so users do not flip).
    """

    def __init__(
        self, old: Any, new: Any, read_share: float = 0.0, compare: bool = True, *, k: int = 5, salt: str = ""
    ) -> None:
        if not 0.0 <= float(read_share) <= 1.0:
            raise Mem0ArgumentError("read_share must be between 0.0 and 1.0")
        if isinstance(new, (Spectron, AsyncSpectron)):
            new = Memory(new)
        self.old, self.new = old, new
        self.read_share, self.compare, self.k, self.salt = float(read_share), compare, int(k), salt
        self.failures: list[FailedWrite] = []
        self._lock = threading.Lock()
        self._ids: dict[Side, dict[str, str]] = {"old": {}, "new": {}}  # one side's id → the other side's
        self._lat: dict[Side, list[float]] = {"old": [], "new": []}
        self._served: dict[Side, int] = {"old": 0, "new": 0}
        self._overlaps: list[float] = []
        self._diffs: list[dict[str, Any]] = []
        self._failed_count: dict[Side, int] = {"old": 0, "new": 0}
        self._calls = self._writes = self._reads = 0
        self.started_at = datetime.now(timezone.utc)
        """When dual-writing began: replay only older memories (``replay_mem0_export(..., before=...)``)."""

    # -- routing --------------------------------------------------------------------------------------------
    def routes_to_new(self, user_key: str) -> bool:
        """Whether reads for ``user_key`` go to Spectron: a stable hash of the key against ``read_share``."""
        digest = hashlib.sha256(f"{self.salt}\x1f{user_key}".encode()).digest()
        return int.from_bytes(digest[:8], "big") / 2**64 < self.read_share

    @staticmethod
    def _user_key(kwargs: Mapping[str, Any]) -> str:
        ids, _ = ids_from(kwargs.get("user_id"), kwargs.get("agent_id"), kwargs.get("run_id"), kwargs.get("filters"))
        for key in ("user_id", "agent_id", "run_id"):
            if key in ids:
                return f"{key}={ids[key]}"
        raise Mem0ArgumentError("at least one of 'user_id', 'agent_id' or 'run_id' must be provided")

    # -- plumbing -------------------------------------------------------------------------------------------
    def _system(self, side: Side) -> Any:
        return self.old if side == "old" else self.new

    def _call(self, side: Side, op: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        t0 = time.perf_counter()
        try:
            return getattr(self._system(side), op)(*args, **kwargs)
        finally:
            with self._lock:
                self._lat[side].append((time.perf_counter() - t0) * 1000.0)

    def _write_both(
        self,
        op: str,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        sides: tuple[Side, ...] = ("old", "new"),
        per_side: Mapping[Side, tuple[Any, ...]] | None = None,
    ) -> dict[Side, Any]:
        """Run a write on each side; a failing side is recorded for retry and never stops the other."""
        with self._lock:
            self._calls += 1
            self._writes += 1
        results: dict[Side, Any] = {}
        errors: dict[str, BaseException] = {}
        recorded: list[FailedWrite] = []
        for side in sides:
            side_args = per_side[side] if per_side and side in per_side else args
            try:
                results[side] = self._call(side, op, side_args, kwargs)
            except Exception as exc:  # recorded, never swallowed silently: see failures / report()  # noqa: BLE001
                log.warning("dual-write: %s side failed %s: %s: %s", side, op, type(exc).__name__, exc)
                errors[side] = exc
                fw = FailedWrite(
                    side=side,
                    operation=op,
                    args=side_args,
                    kwargs=dict(kwargs),
                    error=f"{type(exc).__name__}: {exc}",
                    at=datetime.now(timezone.utc),
                )
                recorded.append(fw)
                with self._lock:
                    self._failed_count[side] += 1
                    self.failures.append(fw)
        if not results:
            raise DualWriteError(
                f"both systems refused {op}: " + "; ".join(f"{s}: {e}" for s, e in errors.items()), errors
            )
        if op == "add" and len(results) == 1 and recorded:
            recorded[0].counterpart = next(iter(results.values()))
        if op == "add" and len(results) == 2:
            self._pair(results["old"], results["new"])
        return results

    def _pair(self, old_result: Any, new_result: Any) -> None:
        """Pair the ids two ``add`` results created, memory by memory, when they line up one to one."""
        olds = [r for r in (old_result or {}).get("results", []) if r.get("event") in ("ADD", "UPDATE")]
        news = [r for r in (new_result or {}).get("results", []) if r.get("event") in ("ADD", "UPDATE")]
        if len(olds) != len(news):
            return
        with self._lock:
            for o, n in zip(olds, news):
                self._ids["old"][o["id"]] = n["id"]
                self._ids["new"][n["id"]] = o["id"]

    def _owner(self, memory_id: str) -> Side:
        if memory_id in self._ids["new"] or _SPECTRON_ID.match(memory_id):
            return "new"
        return "old"

    def _primary(self, kwargs: Mapping[str, Any]) -> Side:
        return "new" if self.routes_to_new(self._user_key(kwargs)) else "old"

    # -- writes ---------------------------------------------------------------------------------------------
    def add(self, messages: Any, **kwargs: Any) -> Any:
        """Write to both systems; returns the result of the system serving this user's reads (or of the one
        that succeeded, if the other failed)."""
        primary = self._primary(kwargs)
        results = self._write_both("add", (messages,), kwargs)
        return results.get(primary, next(iter(results.values())))

    def _by_id(self, op: str, memory_id: str, rest: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        owner = self._owner(memory_id)
        other: Side = "new" if owner == "old" else "old"
        mirrored = self._ids[owner].get(memory_id)
        sides: tuple[Side, ...] = (owner, other) if mirrored else (owner,)
        per_side: dict[Side, tuple[Any, ...]] = {owner: (memory_id, *rest)}
        if mirrored:
            per_side[other] = (mirrored, *rest)
        results = self._write_both(op, (memory_id, *rest), kwargs, sides=sides, per_side=per_side)
        return results.get(owner, next(iter(results.values())))

    def update(self, memory_id: str, *args: Any, **kwargs: Any) -> Any:
        """Update on the system that owns the id, and on the other one when the pair is known."""
        return self._by_id("update", memory_id, args, kwargs)

    def delete(self, memory_id: str) -> Any:
        return self._by_id("delete", memory_id, (), {})

    def delete_all(self, **kwargs: Any) -> Any:
        results = self._write_both("delete_all", (), kwargs)
        return results.get("old", next(iter(results.values())))

    def reset(self) -> None:
        self._write_both("reset", (), {})

    # -- reads ----------------------------------------------------------------------------------------------
    def _read(self, op: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        primary = self._primary(kwargs)
        with self._lock:
            self._calls += 1
            self._reads += 1
            self._served[primary] += 1
        served = self._call(primary, op, args, kwargs)
        if self.compare:
            other: Side = "new" if primary == "old" else "old"
            try:
                shadow = self._call(other, op, args, kwargs)
            except Exception as exc:  # a failing shadow read never breaks the served one  # noqa: BLE001
                log.warning("dual-write: shadow %s on %s failed: %s", op, other, exc)
            else:
                both = {primary: served, other: shadow}
                self._compare(op, args, kwargs, both["old"], both["new"])
        return served

    def _compare(self, op: str, args: tuple[Any, ...], kwargs: Mapping[str, Any], old: Any, new: Any) -> None:
        a = [_said(i) for i in (old or {}).get("results", [])][: self.k]
        b = [_said(i) for i in (new or {}).get("results", [])][: self.k]
        denom = min(self.k, max(len(a), len(b)))
        overlap = len(set(a) & set(b)) / denom if denom else 1.0
        diff = {
            "op": op,
            "query": args[0] if args else None,
            "user": self._user_key(kwargs),
            "overlap": overlap,
            "only_old": sorted(set(a) - set(b)),
            "only_new": sorted(set(b) - set(a)),
        }
        log.info(
            "dual-write compare %s %s: overlap@%d %.2f, only old %s, only new %s",
            op,
            diff["user"],
            self.k,
            overlap,
            diff["only_old"],
            diff["only_new"],
        )
        with self._lock:
            self._overlaps.append(overlap)
            self._diffs = [*self._diffs, diff][-50:]

    def search(self, query: str, **kwargs: Any) -> Any:
        return self._read("search", (query,), kwargs)

    def get_all(self, **kwargs: Any) -> Any:
        return self._read("get_all", (), kwargs)

    def get(self, memory_id: str) -> Any:
        return self._call(self._owner(memory_id), "get", (memory_id,), {})

    def history(self, memory_id: str) -> Any:
        return self._call(self._owner(memory_id), "history", (memory_id,), {})

    # -- failures and report ----------------------------------------------------------------------------------
    def retry_failed(self, *, on_error: Callable[[FailedWrite, BaseException], None] | None = None) -> int:
        """Replay every recorded failed write on its side, oldest first; returns how many still fail.

        Spectron's writes are idempotent, and Mem0's ``add`` adds again, so a retry is safe on the Spectron
        side and at worst duplicates on the Mem0 side when its earlier attempt half-succeeded.
        """
        with self._lock:
            pending, self.failures = self.failures, []
        still: list[FailedWrite] = []
        for fw in pending:
            try:
                result = self._call(fw.side, fw.operation, fw.args, fw.kwargs)
            except Exception as exc:  # noqa: BLE001
                fw.attempts += 1
                fw.error = f"{type(exc).__name__}: {exc}"
                still.append(fw)
                if on_error is not None:
                    on_error(fw, exc)
                continue
            if fw.operation == "add" and fw.counterpart is not None:
                if fw.side == "old":
                    self._pair(result, fw.counterpart)
                else:
                    self._pair(fw.counterpart, result)
        with self._lock:
            self.failures = still + self.failures
        return len(still)

    def report(self) -> DualWriteReport:
        """Calls, share served by each system, overlap@k of compared reads, latency of each, failures."""
        with self._lock:
            lat: dict[str, dict[str, float]] = {
                side: {
                    "n": float(len(v)),
                    "mean": statistics.fmean(v) if v else 0.0,
                    "p50": statistics.median(v) if v else 0.0,
                }
                for side, v in self._lat.items()
            }
            reads = self._served["old"] + self._served["new"]
            return DualWriteReport(
                calls=self._calls,
                writes=self._writes,
                reads=self._reads,
                read_share=self.read_share,
                served={str(k): v for k, v in self._served.items()},
                served_share_new=(self._served["new"] / reads) if reads else 0.0,
                compared=len(self._overlaps),
                k=self.k,
                overlap_at_k=statistics.fmean(self._overlaps) if self._overlaps else None,
                latency_ms=lat,
                failures={str(k): v for k, v in self._failed_count.items()},
                pending_retries=len(self.failures),
                recent_differences=list(self._diffs[-10:]),
            )
