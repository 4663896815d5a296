"""Helpers shared by the write/read-path tests (fixtures live in conftest.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)


def at(days: float = 0, hours: float = 0) -> datetime:
    return T0 + timedelta(days=days, hours=hours)


def snapshot(mem: Any) -> dict[str, Any]:
    """Every record in the store, by id, as JSON-able dicts without wall-clock fields (for equality checks)."""
    mem.flush()  # group commit: what is queued is part of the state
    store = mem._engine.store
    out = {}
    for coll in (store.memory, store.meta):
        got = coll.get(include=["documents", "metadatas"])
        for i, d, m in zip(got["ids"], got["documents"], got["metadatas"]):
            out[i] = (d, m)
    return out


def state_signature(mem: Any) -> dict[str, Any]:
    """Store content minus volatile timestamps (recorded_at/last_seen/created/closed): what 'same state' means."""
    import json

    volatile = {"recorded_at", "last_seen", "created_at", "closed_at", "t_recorded", "t_created", "t_closed",
                "forgotten_at"}
    out = {}
    for i, (doc, meta) in snapshot(mem).items():
        m = {k: v for k, v in meta.items() if k not in volatile and k != "json"}
        payload = json.loads(meta["json"]) if "json" in meta else {}
        payload = {k: v for k, v in payload.items() if k not in volatile}
        if "decisions" in payload:
            payload.pop("decisions")
        out[i] = (doc, m, json.dumps(payload, sort_keys=True, default=str))
    return out


def current(mem: Any, entity: str, key: str, scope: dict[str, str]) -> list[Any]:
    return [v for v in mem.history(entity, key, scope=scope) if v.valid_until is None and v.scope == scope]
