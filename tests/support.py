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


SPEAKER = "Person/alice"
_RULES: Any = None
_FACTS_AT = datetime(2025, 3, 12, 15, 0, tzinfo=timezone.utc)


def facts(text: str) -> list[tuple[str, str, str, bool]]:
    """(entity, key, value, negated) of every attribute the default extractor draws from a user's ``text``,
    the speaker being ``SPEAKER``."""
    from spectron_core import RuleExtractor
    from spectron_core._extract._types import ExtractionContext

    global _RULES
    _RULES = _RULES or RuleExtractor()
    ctx = ExtractionContext(text=text, role="user", observed_at=_FACTS_AT, principal=SPEAKER, agent="Agent/assistant")
    return [(a.entity, a.key, a.value, a.negated) for a in _RULES.extract(ctx).attributes]


def has(text: str, key: str, value: str, negated: bool = False) -> bool:
    """Whether ``text`` puts ``key`` on the speaker with a value containing ``value`` (case and spacing
    folded)."""
    want = " ".join(value.casefold().split())
    return any(e == SPEAKER and k == key and want in " ".join(v.casefold().split()) and n == negated
               for e, k, v, n in facts(text))
