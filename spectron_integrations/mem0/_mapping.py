"""How Mem0's identifiers and result shapes map onto Spectron's scopes, sessions and records.

Shared by the facade, the dual-write adapter and the replay, so the three agree on one mapping:
``user_id`` → scope dimension ``user``, ``agent_id`` → ``agent``, ``run_id`` → ``run`` *and* a named session
(a run is a session, and its own scope dimension keeps a run-only call from reading the global scope).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from spectron_core import ValidationError

__all__ = [
    "ID_DIMENSIONS",
    "Mem0ArgumentError",
    "scope_for",
    "ids_from",
    "session_id_for",
    "iso",
    "md5",
    "ids_of_scope",
]

ID_DIMENSIONS: dict[str, str] = {"user_id": "user", "agent_id": "agent", "run_id": "run"}
"""Mem0 entity id → Spectron scope dimension."""


class Mem0ArgumentError(ValidationError):
    """A Mem0-shaped call is malformed: no ``user_id``/``agent_id``/``run_id``, a filter this facade cannot
    honour, or an unknown memory id where one is required. Also a ``ValueError``, as Mem0 raises."""


def ids_from(
    user_id: str | None = None,
    agent_id: str | None = None,
    run_id: str | None = None,
    filters: Mapping[str, Any] | None = None,
) -> tuple[dict[str, str], dict[str, Any]]:
    """Entity ids from top-level arguments and/or Mem0 2.x ``filters``; returns (ids, remaining filters).

    Mem0 1.x took ``user_id=`` on every call, 2.x wants ``filters={"user_id": …}`` on reads: both work here.
    A conflict between the two forms raises rather than silently picking one (it is a scope, so a security
    decision).
    """
    out: dict[str, str] = {}
    rest: dict[str, Any] = {}
    for key, value in (filters or {}).items():
        if key in ID_DIMENSIONS:
            if not isinstance(value, str):
                raise Mem0ArgumentError(f"filters[{key!r}] must be a plain string id, got {value!r}")
            out[key] = value
        else:
            rest[key] = value
    for key, value in (("user_id", user_id), ("agent_id", agent_id), ("run_id", run_id)):
        if value is None:
            continue
        if not isinstance(value, str):
            raise Mem0ArgumentError(f"{key} must be a string, got {type(value).__name__}")
        if key in out and out[key] != value:
            raise Mem0ArgumentError(f"{key} given twice with different values ({value!r} and {out[key]!r})")
        out[key] = value
    for key, value in list(out.items()):
        value = value.strip()
        if not value:
            raise Mem0ArgumentError(f"{key} must be a non-empty string")
        out[key] = value
    return out, rest


def scope_for(ids: Mapping[str, str]) -> dict[str, str]:
    """The Spectron scope of a Mem0 call; at least one id is required (as in Mem0), so a facade call never
    reads or writes the global scope."""
    if not ids:
        raise Mem0ArgumentError("at least one of 'user_id', 'agent_id' or 'run_id' must be provided")
    return {ID_DIMENSIONS[k]: v for k, v in ids.items()}


def ids_of_scope(scope: Mapping[str, str]) -> dict[str, str | None]:
    """Mem0's ``user_id``/``agent_id``/``run_id`` fields of a record stored at ``scope``."""
    return {k: scope.get(dim) for k, dim in ID_DIMENSIONS.items() if scope.get(dim) is not None}


def session_id_for(scope: Mapping[str, str]) -> str:
    """Named session of a run: one per (user, agent, run), reopened by every write of that run."""
    return "mem0-run:" + "|".join(f"{k}={scope[k]}" for k in sorted(scope))


def iso(when: datetime | None) -> str | None:
    return when.isoformat() if when is not None else None


def md5(text: str) -> str:
    """Mem0's ``hash`` field: the MD5 of the memory text (a content fingerprint, not a security hash)."""
    return hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()
