"""Retrieval metrics over ranked turn ids (pure functions; unit-tested on hand-computed cases)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

__all__ = ["any_at", "all_at", "session_of", "session_any_at", "percentile", "KS", "versions"]

KS = (1, 5, 10, 20)


def any_at(ranked: Sequence[str], evidence: set[str], k: int) -> float:
    return 1.0 if any(t in evidence for t in ranked[:k]) else 0.0


def all_at(ranked: Sequence[str], evidence: set[str], k: int) -> float:
    return 1.0 if evidence and evidence <= set(ranked[:k]) else 0.0


def session_of(dia_id: str) -> str:
    return dia_id.split(":")[0]


def session_any_at(ranked: Sequence[str], evidence: set[str], k: int) -> float:
    """Any evidence session among the sessions of the first ``k`` retrieved turns (the stricter reading:
    not the first ``k`` distinct sessions)."""
    wanted = {session_of(e) for e in evidence}
    return 1.0 if any(session_of(t) in wanted for t in ranked[:k]) else 0.0


def dedupe(ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def percentile(values: Sequence[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100.0
    lo, hi = math.floor(rank), math.ceil(rank)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (rank - lo)


def versions() -> dict[str, str]:
    """Versions of what the figures depend on, recorded with every result."""
    from importlib import metadata

    out = {}
    for dist in ("spectron-memory", "chromadb", "onnxruntime", "tokenizers", "mem0ai", "numpy"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "not installed"
    return out
