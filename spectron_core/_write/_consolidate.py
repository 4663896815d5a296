"""Consolidation when a session closes (``Session.close`` and leaving its ``with`` block).

* The session gets a summary record (an extractive digest of what it established, recallable as a chunk).
* Context-category facts first stated in the session are aged: their importance is halved, so "I'm tired
  today" fades from recall long before "I'm vegetarian" (they also decay over time, see
  ``_policy.DECAY_HALF_LIFE_DAYS``).
* Observations repeated across sessions are promoted: a fact asserted by turns of two or more sessions gains
  importance (+0.1 per extra session, capped at 1.0).

* Summaries of earlier sessions that this close can have changed are rebuilt from what those sessions still
  hold, so "home: Lisbon" is not offered as current beside "home: Porto". It happens here, when the session
  that made the change closes, because that is when summaries are written at all.

Which summaries can change, exactly. A session's summary is a function of its active turns (count, first and
last dates, ids) and of its *facts*: the scope's current attributes, relations and instructions recorded since
the session opened that cite one of its turns, each shown by its entity/key/value (or subject/label/object, or
text) and ranked by importance (``_session_facts``, ``_summary``). Closing session C changes, for another
closed session S, none of S's turns, and no shown field of a fact except its importance; so S's summary can
change only when

(a) a fact of S stops being current: C superseded or closed it (negated, ended by another key, revoked). The
    decision traces of C's writes name every such record (``ended_facts``); or
(b) a fact of S changes importance: C's consolidation promotes or ages only C's own facts (``updates`` below),
    and a promoted one that also cites S's turns re-sorts S's summary; or
(c) a fact joins S's facts: it would have to be current, recorded after S opened and cite S's turn, and a
    write in C creates facts citing C's turn only; reinforcing a fact adds C's turn to its evidence, and
    changes nothing the summary shows, unless the consolidation changes its importance (b).

So the sessions rebuilt are those of the turns cited by the facts of (a) and (b), never the whole scope: the
work of a close follows what the session changed, not how many sessions the scope already has. A write made
elsewhere reaches summaries the same way: the session that made it rebuilds them when it closes (a session
still open when C closes is not covered by C's close: what it changed is reflected when it closes, where a
rebuild of every summary at every close reflected it at whichever close came first); a forget rebuilds the
summaries of what it forgot, and a document ingest those of the facts it ended.

Implicit one-call sessions and sessions that established no fact get no summary (it would only repeat the
turns, or be a bare date that matches queries on dates and numbers). A
summary is dated by the session's last turn and cites the turns its facts came from, so recall ranks it by
when things were said and can trace it back to them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._models import Chunk, SessionInfo, Source
from .._policy import importance_for
from .._recall import session_turns
from .._scope import Scope
from .._store._ids import stable_id
from .._time import utcnow
from ._render import display

if TYPE_CHECKING:
    from .._engine import Engine

__all__ = [
    "CONTEXT_AGING",
    "PROMOTION_STEP",
    "FACT_KINDS",
    "consolidate_session",
    "ended_facts",
    "refresh_summaries",
    "sessions_citing",
]

CONTEXT_AGING = 0.5
PROMOTION_STEP = 0.1
_SUMMARY_FACTS = 12
FACT_KINDS = ("attribute", "relation", "instruction")
"""The kinds of record that state a fact, and that a summary quotes."""


def consolidate_session(engine: Engine, session: SessionInfo) -> str | None:
    """Run consolidation; returns the summary chunk id (None when no summary was written)."""
    turns = session_turns(engine, session.id)
    if not turns:
        return None
    turn_ids = {t.id for t in turns}
    touched = _session_facts(engine, session, turn_ids)
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
        engine.write(updates=updates)
    refresh_summaries(engine, _changed_sessions(engine, session, updates))
    if session.metadata.get("implicit"):
        return None
    return _write_summary(engine, session, turns, touched)


def _changed_sessions(engine: Engine, session: SessionInfo, updates: list[Any]) -> set[str]:
    """The other sessions whose summary this close can have changed: those whose turns a fact cites that this
    session ended (superseded or closed, see :func:`ended_facts`) or whose importance its consolidation just
    changed (``updates``). The sessions of every turn such a fact cites are taken (a superset of the summaries
    that quote it, which a rebuild that finds nothing changed leaves unwritten)."""
    return sessions_citing(engine, [*ended_facts(engine, session.id), *updates]) - {session.id}


def sessions_citing(engine: Engine, facts: list[Any]) -> set[str]:
    """The sessions of the turns ``facts`` cite as evidence."""
    return set(_sessions_of(engine, {e for f in facts for e in f.evidence if e.startswith("turn_")}).values())


def ended_facts(engine: Engine, session_id: str) -> list[Any]:
    """The facts the session's writes ended that are no longer current: superseded, closed or revoked. A closed
    value ("i'm retired" ends "employer: bar") has no link to what closed it; the session's writes are the one
    record of it. For a session this engine opened, what they ended was noted as they were applied
    (``SessionBook.note_write``); otherwise it is read from their decision traces (one per write, with the
    session's id): every record a decision superseded, closed or revoked, or considered while doing so. Facts
    of the session itself are among them when it changed its mind."""
    noted = engine.sessions.ended_in(session_id)
    found = engine.store.get(sorted(noted)) if noted is not None else _ended_in_traces(engine, session_id)
    return [r for r in found.values() if r.kind in FACT_KINDS and not r.current]


def _ended_in_traces(engine: Engine, session_id: str) -> dict[str, Any]:
    """The records the session's decision traces name as superseded, closed or revoked (or considered while
    doing so), with the records those superseded in turn, by id."""
    traces = engine.store.find({"session_id": {"$eq": session_id}}, kinds=["trace"])
    ids: set[str] = set()
    for trace in traces:
        for d in trace.decisions:
            if d.action in ("superseded", "closed", "revoked"):
                ids.update(d.considered)
                ids.update([d.record_id] if d.record_id else [])
    found = engine.store.get(sorted(ids))
    earlier = {r.supersedes for r in found.values() if getattr(r, "supersedes", None)} - set(found)
    return {**found, **engine.store.get(sorted(earlier))} if earlier else found


def _session_facts(
    engine: Engine, session: SessionInfo, turn_ids: set[str], current: list[Any] | None = None
) -> list[Any]:
    """Current facts recorded since the session opened that its turns assert (``current``: the scope's
    current facts, when the caller already read them)."""
    facts = current if current is not None else _current_facts(engine, session.scope)
    return sorted(
        (f for f in facts if f.recorded_at >= session.created_at and turn_ids & set(f.evidence)), key=lambda f: f.id
    )


def _current_facts(engine: Engine, scope: dict[str, str]) -> list[Any]:
    return list(engine.store.current_at(Scope(scope), list(FACT_KINDS)))


def _write_summary(engine: Engine, session: SessionInfo, turns: list[Any], facts: list[Any]) -> str | None:
    """Write (or rewrite) the session's summary; a session that established no fact gets none, since a bare
    "Session <date> (n turns)" header would only match queries on dates and numbers."""
    if not facts:
        _retire_summary(engine, session.id, "the session holds no fact to summarise")
        return None
    turn_ids = {t.id for t in turns}
    seq = {t.id: t.seq for t in turns}
    cited = sorted({e for f in facts for e in f.evidence if e in turn_ids}, key=lambda t: seq[t])
    chunk_id, text = stable_id("chk", "summary", session.id), _summary(session, turns, facts)
    existing = engine.store.get([chunk_id]).get(chunk_id)
    if existing is not None and existing.status == "active" and existing.text == text and existing.turn_ids == cited:
        return chunk_id  # unchanged (a refresh that dropped nothing shown): no write, no new embedding
    chunk = Chunk(
        id=chunk_id,
        scope=session.scope,
        recorded_at=utcnow(),
        text=text,
        source=Source(kind="consolidation", ref=session.id, session_id=session.id),
        category="episodic",
        title="session summary",
        valid_from=turns[-1].observed_at,
        turn_ids=cited,
    )
    engine.write([chunk])
    return chunk.id


def refresh_summaries(engine: Engine, session_ids: set[str]) -> int:
    """Rewrite the summaries of closed sessions from what they still hold (after a forget, so a summary
    never quotes a forgotten fact). A session left with no active turn loses its summary. Returns how many
    summaries were rewritten or removed."""
    done = 0
    current: dict[str, list[Any]] = {}  # per scope key: sessions of one scope share one read
    for sid in sorted(session_ids):
        session = engine.store.get([sid]).get(sid)
        if session is None or session.kind != "session" or session.closed_at is None:
            continue
        if session.metadata.get("implicit"):
            continue
        turns = session_turns(engine, sid)
        key = Scope(session.scope).key
        if turns and key not in current:
            current[key] = _current_facts(engine, session.scope)
        facts = _session_facts(engine, session, {t.id for t in turns}, current[key]) if turns else []
        done += 1 if _write_summary(engine, session, turns, facts) else _retire_summary(engine, sid, "forgotten")
    return done


def _retire_summary(engine: Engine, session_id: str, why: str) -> int:
    """Soft-forget the session's summary if it has an active one; returns 1 if it did."""
    summary_id = stable_id("chk", "summary", session_id)
    existing = engine.store.get([summary_id]).get(summary_id)
    if existing is None or existing.status != "active":
        return 0
    engine.write(
        updates=[existing.model_copy(update={"status": "forgotten", "forgotten_at": utcnow(), "forgotten_reason": why})]
    )
    return 1


def _sessions_of(engine: Engine, turn_ids: set[str]) -> dict[str, str]:
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
    return head + ". " + "; ".join(lines) + "."
