"""``profile``: the effective memory seen from a scope, as a structured snapshot (Mem0's ``get_all``).

Effective value of an attribute: authoritative beats experiential; among equals the narrowest
scope wins; within a scope the head of the supersession chain (the current version). Multi-valued keys
(pets, languages …) keep every current value.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

from .._scope import Scope
from .._store._where import and_, visible_clause
from .._time import to_utc
from ._models import Profile, ProfileFact, ProfileRelation
from ._rank import valid_at

if TYPE_CHECKING:
    from .._engine import Engine

__all__ = ["profile"]

_PREFERENCE_HINTS = ("preference", "favorite", "favourite", "likes", "dislikes", "hobbies", "hobby")


def _rank(r: Any) -> tuple[int, int, Any]:
    """Which of two records of one value is effective: the authoritative, then the narrowest scope, then the newest."""
    return (int(r.authoritative), len(r.scope), r.valid_from or r.recorded_at)


def _best_by(records: list[Any], same: Callable[[Any], Hashable]) -> list[Any]:
    """The effective record of each value (records ``same`` maps to one key state one value)."""
    best: dict[Hashable, Any] = {}
    for r in records:
        k = same(r)
        if k not in best or _rank(r) > _rank(best[k]):
            best[k] = r
    return list(best.values())


def _effective(records: list[Any], multi: bool) -> list[Any]:
    if multi:
        return sorted(_best_by(records, lambda r: r.value.casefold()), key=lambda r: r.valid_from or r.recorded_at)
    return [max(records, key=_rank)]


def _relations(records: list[Any]) -> list[ProfileRelation]:
    """One entry per (subject, label, object): its effective record."""
    best = _best_by(records, lambda r: (r.subject, r.label, r.object.casefold()))
    return [
        ProfileRelation(
            subject=r.subject,
            label=r.label,
            object=r.object,
            text=r.text,
            category=r.category,
            authoritative=r.authoritative,
            scope=dict(r.scope),
            valid_from=r.valid_from,
            record_id=r.id,
        )
        for r in sorted(best, key=lambda r: (r.subject, r.label, r.valid_from or r.recorded_at, r.id))
    ]


def profile(engine: Engine, scope: Scope, as_of: Any = None) -> Profile:
    when = to_utc(as_of, field="as_of")
    state = {"status": {"$eq": "active"}} if when else {"is_current": {"$eq": True}}
    visible = visible_clause(scope)
    records = engine.store.find(and_(visible, state), kinds=["attribute", "relation", "instruction", "uncertainty"])
    if when is not None:
        records = [r for r in records if r.kind == "uncertainty" or valid_at(r, when)]
    records = [r for r in records if Scope(r.scope).visible_from(scope)]
    conflicts = [r for r in records if r.kind == "uncertainty" and r.state == "open"]
    disputed = {(u.entity, u.key): f"{u.what}: {u.why}" for u in conflicts if u.entity and u.key}

    groups: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for r in records:
        if r.kind == "attribute":
            groups[(r.entity, r.key)].append(r)
    out = Profile(scope=scope.as_dict(), as_of=when)
    for (entity, key), recs in sorted(groups.items()):
        for r in _effective(recs, engine.ontology.is_multi_valued(key)):
            fact = ProfileFact(
                entity=entity,
                key=key,
                value=r.value,
                category=r.category,
                authoritative=r.authoritative,
                scope=dict(r.scope),
                valid_from=r.valid_from,
                record_id=r.id,
                conflict=disputed.get((entity, key)),
            )
            if any(h in key for h in _PREFERENCE_HINTS):
                out.preferences.append(fact)
            elif r.category == "identity":
                out.static.append(fact)
            elif r.category in ("context", "episodic"):
                out.dynamic.append(fact)
            else:
                out.knowledge.append(fact)
    out.relations = _relations([r for r in records if r.kind == "relation"])
    out.instructions = [
        {
            "text": r.text,
            "topic": r.topic,
            "polarity": r.polarity,
            "scope": dict(r.scope),
            "id": r.id,
            "since": r.valid_from,
        }
        for r in sorted((r for r in records if r.kind == "instruction"), key=lambda r: r.recorded_at)
    ]
    out.conflicts = [
        {
            "what": u.what,
            "why": u.why,
            "record_ids": u.record_ids,
            "entity": u.entity,
            "key": u.key,
            "id": u.id,
            "scope": dict(u.scope),
        }
        for u in conflicts
    ]
    ents = engine.store.find(and_(visible, {"status": {"$eq": "active"}}), kinds=["entity"])
    seen: dict[str, dict[str, Any]] = {}
    for e in ents:
        if Scope(e.scope).visible_from(scope):
            ref = f"{e.type}/{e.name}"
            seen.setdefault(ref, {"ref": ref, "type": e.type, "name": e.display_name})
    out.entities = sorted(seen.values(), key=lambda d: d["ref"])
    return out
