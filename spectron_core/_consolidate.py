"""Consolidation when a session closes (DESIGN §5, the Consolidation pillar).

* The session gets a summary record (an extractive digest of what it established, recallable as a chunk).
* Context-category facts first stated in the session are aged: their importance is halved, so "I'm tired
  today" fades from recall long before "I'm vegetarian" (they also decay over time, see
  ``_policy.DECAY_HALF_LIFE_DAYS``).
* Observations repeated across sessions are promoted: a fact asserted by turns of two or more sessions gains
  importance (+0.1 per extra session, capped at 1.0).

Implicit one-call sessions and sessions without turns get no summary (it would only repeat the turn). A
summary is dated by the session's last turn and cites the turns its facts came from, so recall ranks it by
when things were said and can trace it back to them.
"""

from __future__ import annotations

from typing import Any, Optional

from ._models import Chunk, SessionInfo, Source
from ._policy import importance_for
from ._scope import Scope
from ._store._ids import stable_id
from ._store._where import and_, exact_clause
from ._time import utcnow
from ._write._render import display

__all__ = ["consolidate_session", "CONTEXT_AGING", "PROMOTION_STEP"]

CONTEXT_AGING = 0.5
PROMOTION_STEP = 0.1
_SUMMARY_FACTS = 12


def consolidate_session(engine: Any, session: SessionInfo) -> Optional[str]:
    """Run consolidation; returns the summary chunk id (None when no summary was written)."""
    turns = engine.turns(session.id)
    if not turns:
        return None
    turn_ids = {t.id for t in turns}
    scope = Scope(session.scope)
    facts = engine.store.find(
        and_(exact_clause(scope), {"is_current": {"$eq": True}}, {"t_recorded": {"$gte": session.created_at.timestamp()}}),
        kinds=["attribute", "relation", "instruction"],
    )
    touched = [f for f in facts if turn_ids & set(f.evidence)]
    sessions_of_turn = _sessions_of(engine, {e for f in touched for e in f.evidence if e.startswith("turn_")})
    updates = []
    for f in touched:
        # Computed from the category default and the evidence, never from the current value, so closing a
        # session twice (a resumed session, a replayed migration) gives the same importance.
        base = importance_for(f.category)
        imp = base * CONTEXT_AGING if f.category == "context" else base
        n_sessions = len({sessions_of_turn.get(e) for e in f.evidence if sessions_of_turn.get(e)})
        if n_sessions >= 2:
            imp = min(1.0, imp + PROMOTION_STEP * (n_sessions - 1))
        imp = max(imp, f.importance) if f.category != "context" else imp
        if abs(imp - f.importance) > 1e-9:
            updates.append(f.model_copy(update={"importance": imp}))
    if updates:
        engine.store.put_state(updates)
    if session.metadata.get("implicit"):
        return None
    summary = _summary(session, turns, touched)
    cited = sorted({e for f in touched for e in f.evidence if e in turn_ids})
    chunk = Chunk(
        id=stable_id("chk", "summary", session.id), scope=session.scope, recorded_at=utcnow(), text=summary,
        source=Source(kind="consolidation", ref=session.id, session_id=session.id), category="episodic",
        title="session summary", valid_from=turns[-1].observed_at, turn_ids=cited,
    )
    engine.store.put([chunk])
    return chunk.id


def _sessions_of(engine: Any, turn_ids: set[str]) -> dict[str, str]:
    if not turn_ids:
        return {}
    return {t.id: t.session_id for t in engine.store.get(sorted(turn_ids)).values() if t.kind == "turn"}


def _summary(session: SessionInfo, turns: list[Any], facts: list[Any]) -> str:
    start, end = turns[0].observed_at, turns[-1].observed_at
    head = f"Session {start.date().isoformat()}"
    if end.date() != start.date():
        head += f" to {end.date().isoformat()}"
    head += f" ({len(turns)} turns)"
    lines = []
    for f in sorted(facts, key=lambda f: -f.importance)[:_SUMMARY_FACTS]:
        if f.kind == "attribute":
            lines.append(f"{display(f.entity)} {f.key.replace('_', ' ')}: {f.value}")
        elif f.kind == "relation":
            lines.append(f"{display(f.subject)} {f.label.replace('_', ' ')} {display(f.object)}")
        else:
            lines.append(f"instruction: {f.text}")
    if not lines:
        return head + "."  # nothing was established; quoting turns would only duplicate them in recall
    return head + ". " + "; ".join(lines) + "."
