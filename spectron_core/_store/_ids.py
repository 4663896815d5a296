"""Stable record ids: the same input always yields the same id, so retries and replays are upserts."""

from __future__ import annotations

import hashlib
import uuid

__all__ = ["stable_id", "random_id"]


def stable_id(prefix: str, *parts: object) -> str:
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return f"{prefix}_{h.hexdigest()[:32]}"


def random_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex}"
