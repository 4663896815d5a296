"""``forget``: soft (expire from every read, keep for audit) or ``purge`` (erase for good), or ``dry_run``.

Selection never widens: records *within* the given scope only (never ancestors or siblings), and calling
``forget`` with nothing to select is an error, not "everything".
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any, Optional

from ._entities import canonical_ref
from ._errors import ValidationError
from ._recall._models import ForgetResult
from ._scope import Scope
from ._store._where import and_, one_of, within_clause
from ._time import utcnow
from ._validate import check_text

__all__ = ["forget", "audit"]

log = logging.getLogger("spectron_core.forget")
LINK_FIELDS = ("supersedes", "superseded_by")


def _select_query(engine: Any, scope: Scope, query: str, threshold: float, limit: int) -> list[Any]:
    vec = engine.store.embed_query(query)
    hits = engine.store.dense(vec, scope, limit, include_history=True, within_only=True)
    chosen = [r for r, sim in hits if sim >= threshold and Scope(r.scope).contains(scope)]
    turn_ids = [r.id for r in chosen if r.kind == "turn"]
    if turn_ids:  # facts extracted from a forgotten turn repeat its words: they go with it
        chosen += engine.store.find(and_(within_clause(scope), one_of("src_ref", turn_ids)))
    return chosen


def _select_entity(engine: Any, scope: Scope, entity: str) -> list[Any]:
    ref = canonical_ref(entity)
    within = within_clause(scope)
    out = engine.store.find(and_(within, {"entity": {"$eq": ref}}))
    out += engine.store.find(and_(within, {"$or": [{"subject": {"$eq": ref}}, {"object": {"$eq": ref}}]}),
                             kinds=["relation"])
    out += [e for e in engine.store.find(within, kinds=["entity"]) if f"{e.type}/{e.name}" == ref]
    return out


def _dependents(engine: Any, scope: Scope, selected: dict[str, Any]) -> list[Any]:
    """Traces, uncertainties and session summaries that quote the selected records (purge takes them too)."""
    ids = set(selected)
    sessions = {r.session_id for r in selected.values() if r.kind == "turn"}
    out = []
    for t in engine.store.find(within_clause(scope), kinds=["trace", "uncertainty", "chunk"]):
        if t.kind == "chunk":
            if t.source.kind == "consolidation" and t.source.ref in sessions:
                out.append(t)
            continue
        if t.kind == "trace" and (t.ref in ids or any(d.record_id in ids for d in t.decisions)):
            out.append(t)
        elif t.kind == "uncertainty" and set(t.record_ids) & ids:
            out.append(t)
    return out


def forget(
    engine: Any,
    scope: Scope,
    *,
    query: Optional[str] = None,
    entity: Optional[str] = None,
    bulk: bool = False,
    purge: bool = False,
    dry_run: bool = False,
    threshold: float = 0.5,
    limit: int = 10,
    reason: Optional[str] = None,
) -> ForgetResult:
    if query is None and entity is None and not bulk:
        raise ValidationError("forget needs something to select: query=, entity= or an explicit scope=")
    if query is not None:
        check_text(query, field="query", max_chars=10_000)
    if entity is not None and (not isinstance(entity, str) or not entity.strip()):
        raise ValidationError("entity must be a non-empty string like 'Person/alice'")
    if not 0.0 <= float(threshold) <= 1.0:
        raise ValidationError("threshold must be between 0 and 1")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 1000:
        raise ValidationError("limit must be an integer between 1 and 1000")
    with engine.lock:
        engine.repair_if_needed()
        if query is not None or entity is not None:
            found: list[Any] = []
            if query is not None:
                found += _select_query(engine, scope, query, threshold, limit)
            if entity is not None:
                found += _select_entity(engine, scope, entity)
        else:
            found = engine.store.find(within_clause(scope))
        selected = {r.id: r for r in found if Scope(r.scope).contains(scope)}
        if purge:
            for dep in _dependents(engine, scope, selected):
                selected.setdefault(dep.id, dep)
        else:
            selected = {i: r for i, r in selected.items() if getattr(r, "status", "active") == "active"
                        and r.kind not in ("session", "trace")}
        counts = Counter(r.kind for r in selected.values())
        result = ForgetResult(counts=dict(counts), purged=purge and not dry_run, dry_run=dry_run,
                              ids=sorted(selected))
        if dry_run or not selected:
            return result
        if purge:
            _purge(engine, scope, selected)
        else:
            now = utcnow()
            why = reason or ("forget(query)" if query else "forget(entity)" if entity else "forget(scope)")
            engine.store.put_state([
                r.model_copy(update={"status": "forgotten", "forgotten_at": now, "forgotten_reason": why})
                for r in selected.values()
            ])
        _refresh_contexts(engine, {r.session_id for r in selected.values() if r.kind == "turn"})
        from ._consolidate import refresh_summaries

        touched = {getattr(r, "session_id", None) or getattr(getattr(r, "source", None), "session_id", None)
                   for r in selected.values() if r.kind not in ("session", "trace")}
        refresh_summaries(engine, {s for s in touched if s})
        if purge:
            engine.lexical.compact()
        return result


def _refresh_contexts(engine: Any, sessions: set[str]) -> None:
    """Neighbouring turns index a forgotten turn's words in their context column: recompute it from the
    turns that remain, or the words would stay searchable (and, after a purge, on disk)."""
    from ._policy import turn_contexts

    for sid in sessions:
        engine.forget_session_cache(sid)
        remaining = engine.turns(sid)
        if remaining:
            engine.lexical.set_context(turn_contexts(remaining).items())


def _purge(engine: Any, scope: Scope, selected: dict[str, Any]) -> None:
    ids = sorted(selected)
    # Records outside the selection that link to it lose the link: no dangling references remain.
    fixes: dict[str, Any] = {}
    for field in LINK_FIELDS:
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            clause = one_of(field, part)
            for r in engine.store.find(clause, kinds=["attribute", "relation", "instruction"]):
                if r.id not in selected:
                    base = fixes.get(r.id, r)
                    fixes[r.id] = base.model_copy(update={field: None})
    if fixes:
        engine.store.put_state(list(fixes.values()))
    engine.store.delete(ids)
    _scrub(engine, set(ids))


def _scrub(engine: Any, ids: set[str]) -> None:
    from ._store._scrub import scrub_embedded_chroma

    folder = engine.persist_dir()
    if folder is None:
        log.warning("purge: Chroma server files are the server's; run its vacuum to drop free pages")
        return
    live = engine.store.meta.get(where={"kind": {"$eq": "journal"}}, include=[])["ids"]
    scrub_embedded_chroma(folder, ids, live)


def audit(engine: Any, scope: Scope, kinds: Optional[list[str]] = None) -> list[Any]:
    """Soft-forgotten records within ``scope`` (what a compliance review reads)."""
    return engine.store.find(and_(within_clause(scope), {"status": {"$eq": "forgotten"}}), kinds=kinds)
