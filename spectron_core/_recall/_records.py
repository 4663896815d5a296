"""Reads by address rather than by meaning: sessions, turns, one record by id, listings, supersession
history, decision traces, the audit of forgotten records and the document list.

Recall (``_recall``) finds records by what a query means; these find them by id, key or scope, for callers
that already know what they want (an exporter, an id-addressed facade such as Mem0's, a compliance review).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._entities import canonical_ref
from .._errors import NotFoundError, ValidationError
from .._models import Attribute, DocumentInfo, SessionInfo, Trace, Turn
from .._scope import Scope
from .._store._where import and_, visible_clause, within_clause
from .._validate import check_bool, check_clean, check_id, check_int, check_text

if TYPE_CHECKING:
    from .._engine import Engine

# The names this module offers are listed once, in the read room's door (``_recall/__init__``).

MAX_TRACES = 100_000
"""Most traces one ``traces()`` call returns."""


def get_session(engine: Engine, session_id: str, floor: Scope | None = None) -> SessionInfo:
    """The active session ``session_id``, if it is at ``floor`` or narrower (any scope when None). Missing,
    forgotten and out-of-floor sessions raise the same :class:`NotFoundError`."""
    check_id(session_id, field="session id")
    rec = engine.store.get([session_id]).get(session_id)
    if (
        not isinstance(rec, SessionInfo)
        or rec.status != "active"
        or (floor is not None and not Scope(rec.scope).within(floor))
    ):
        raise NotFoundError(f"no session {session_id!r}")
    return rec


def list_sessions(engine: Engine, scope: Scope, *, include_closed: bool = True) -> list[SessionInfo]:
    """Active sessions at ``scope`` or narrower, oldest first."""
    check_bool(include_closed, field="include_closed")
    found = [s for s in engine.store.find(within_clause(scope), kinds=["session"]) if s.status == "active"]
    if not include_closed:
        found = [s for s in found if s.closed_at is None]
    return sorted(found, key=lambda s: s.created_at)


def session_turns(engine: Engine, session_id: str, *, include_forgotten: bool = False) -> list[Turn]:
    """The session's turns in sequence order (active ones unless ``include_forgotten``)."""
    found = engine.store.session_turns(session_id)
    if not include_forgotten:
        found = [t for t in found if t.status == "active"]
    return sorted(found, key=lambda t: t.seq)


def get_record(engine: Engine, record_id: str, floor: Scope | None, *, include_forgotten: bool = False) -> Any:
    """One stored record by id, if it is visible from ``floor`` (any scope when None). Missing, invisible
    and (unless asked) forgotten records all raise the same :class:`NotFoundError`, so a caller cannot
    probe for the existence of another scope's ids."""
    check_id(record_id, field="record id")
    rec = engine.store.get([record_id]).get(record_id)
    if (
        rec is None
        or (floor is not None and not Scope(rec.scope).visible_from(floor))
        or (not include_forgotten and getattr(rec, "status", "active") != "active")
    ):
        raise NotFoundError(f"no record {record_id!r}")
    return rec


def list_records(
    engine: Engine, scope: Scope, kinds: list[str], *, include_history: bool = False, include_forgotten: bool = False
) -> list[Any]:
    """Records of ``kinds`` stored at ``scope`` or narrower (never ancestors), oldest first."""
    found = engine.store.within(scope, kinds, include_forgotten=include_forgotten)
    if found is None:
        found = engine.store.find(within_clause(scope), kinds=kinds)
    if not include_forgotten:
        found = [r for r in found if getattr(r, "status", "active") == "active"]
    if not include_history:
        found = [r for r in found if getattr(r, "valid_until", None) is None]
    return sorted(found, key=lambda r: (getattr(r, "recorded_at", None) or r.created_at, r.id))


def history(engine: Engine, entity: str, key: str, scope: Scope) -> list[Attribute]:
    """Every version of ``entity.key`` visible from ``scope``, oldest first (forgotten ones excluded)."""
    ref = canonical_ref(entity)
    if not isinstance(key, str) or not key.strip():
        raise ValidationError("key must be a non-empty string")
    check_clean(key, field="key")
    found = engine.store.find(
        and_({"entity": {"$eq": ref}}, {"key": {"$eq": key}}, visible_clause(scope)), kinds=["attribute"]
    )
    found = [a for a in found if a.status == "active"]
    # Closed versions first, then the current head(s): a change dated back ("I moved to Porto last
    # month") starts before the value it replaced, yet it is the newer link of the chain.
    return sorted(found, key=lambda a: (a.valid_until is None, a.valid_from or a.recorded_at, a.recorded_at))


def traces(engine: Engine, scope: Scope, *, ref: str | None = None, limit: int = 100) -> list[Trace]:
    """Active traces within ``scope``, newest first. Soft-forgotten traces (they quote what was forgotten)
    are left to :func:`audit`."""
    check_int(limit, field="limit", minimum=1, maximum=MAX_TRACES)
    if ref is not None:
        check_text(ref, field="ref", max_chars=200)
    extra = {"ref": {"$eq": ref}} if ref is not None else None
    found = [t for t in engine.store.find(and_(within_clause(scope), extra), kinds=["trace"]) if t.status == "active"]
    return sorted(found, key=lambda t: t.recorded_at, reverse=True)[:limit]


def audit(engine: Engine, scope: Scope, kinds: list[str] | None = None) -> list[Any]:
    """Soft-forgotten records within ``scope`` (what a compliance review reads)."""
    return list(engine.store.find(and_(within_clause(scope), {"status": {"$eq": "forgotten"}}), kinds=kinds))


def list_documents(engine: Engine, scope: Scope, *, include_superseded: bool = False) -> list[DocumentInfo]:
    """Active documents at ``scope`` or narrower, by title then version (superseded versions only if asked)."""
    docs = [d for d in engine.store.find(within_clause(scope), kinds=["document"]) if d.status == "active"]
    if not include_superseded:
        docs = [d for d in docs if not d.superseded_by]
    return sorted(docs, key=lambda d: (d.title, d.version))
