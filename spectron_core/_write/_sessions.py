"""Sessions and turns, the write side: open, close and forget sessions; number, store and index turns.

One :class:`SessionBook` per engine. It keeps the caches that make turn writes cheap (the next sequence
number of each session, each session's last few turns for the lexical context, the sessions known closed),
which describe the store and are dropped whenever the store may have changed behind this process
(:meth:`SessionBook.clear`). Reading sessions and turns is the read room's (``_recall/_records``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .._errors import ValidationError
from .._models import SessionInfo, Turn
from .._policy import CONTEXT_BEFORE, turn_contexts
from .._recall import get_session, session_turns
from .._scope import Scope
from .._store._ids import random_id, stable_id
from .._time import TimeLike, to_utc, utcnow
from .._validate import check_id, check_metadata, check_role, check_text
from ._consolidate import FACT_KINDS, consolidate_session

if TYPE_CHECKING:
    from .._engine import Engine

__all__ = ["SessionBook", "legacy_session_id", "scoped_session_id"]

_RECENT_SESSIONS = 4096
"""Sessions whose recent turns are cached (bounded: long-running servers open many sessions)."""


def scoped_session_id(scope: Scope, name: str) -> str:
    """Stored id of the session an application names ``name`` at ``scope``.

    The id is qualified by the scope, so two tenants who both name a session ``"main"`` get two sessions, and
    neither can learn that the other's exists (an unqualified id made the second one fail with "exists with
    another scope"). Stores written before this keep their sessions: see :func:`legacy_session_id`."""
    return stable_id("ses", "scoped", scope.key, name)


def legacy_session_id(name: str) -> str:
    """The unqualified id a named session got before ids were scope-qualified. Still honoured when the stored
    session is at the very scope asked for; a legacy session at another scope is never touched or mentioned."""
    return stable_id("ses", name)


def _seq_after(turns: Sequence[Turn]) -> int:
    """The sequence number the next turn of a session gets, given all its stored turns (in any state)."""
    return 1 + max((t.seq for t in turns), default=-1)


def _context_window(turns: Sequence[Turn], seq: int) -> list[Turn]:
    """The active turns a turn numbered ``seq`` borrows lexical context from: its last few predecessors, in order."""
    lo = seq - CONTEXT_BEFORE - 1
    return sorted((t for t in turns if t.status == "active" and lo <= t.seq < seq), key=lambda t: t.seq)


class SessionBook:
    """The session and turn writes of one engine, with the caches they keep (see the module docstring)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self.next_seq: dict[str, int] = {}
        """Next turn sequence number per session id (read from the store on first use)."""
        self._recent_turns: dict[str, list[Turn]] = {}
        self._closed: set[str] = set()
        self._ended: dict[str, set[str]] = {}
        """Ids of the facts ended (superseded, closed, revoked) by the writes of each session this engine opened
        new on a store whose local index sees every write: what the session's close rebuilds summaries for
        (``_consolidate.ended_facts``), without reading its decision traces back from Chroma, which would wait
        for every queued write to reach it. A session not here (resumed, opened elsewhere, evicted, or the
        cache dropped) is read from its traces instead."""

    def forget_caches(self, session_id: str) -> None:
        """Drop what is cached of one session (its turns were renumbered or removed behind the caches)."""
        self.next_seq.pop(session_id, None)
        self._recent_turns.pop(session_id, None)

    def clear(self) -> None:
        """Drop every cache (the store was reopened; another process may have written it meanwhile)."""
        self.next_seq.clear()
        self._recent_turns.clear()
        self._closed.clear()
        self._ended.clear()

    # -- sessions -----------------------------------------------------------------------------------------
    def create_session(
        self, scope: Scope, metadata: Mapping[str, Any] | None = None, session_id: str | None = None
    ) -> SessionInfo:
        engine = self._engine
        meta = check_metadata(metadata)
        if session_id is None:
            with engine.lock:
                info = SessionInfo(id=random_id("ses"), scope=scope.as_dict(), metadata=meta, created_at=utcnow())
                engine.write([info])
                self._track(info.id)
            return info
        name = check_id(session_id)
        sid = scoped_session_id(scope, name)
        # An id this library handed out ("ses_…") reopens that session, and so does a pre-qualification id,
        # but only at the scope it was stored at: elsewhere the name is just a name, qualified like any other.
        candidates = ([name] if name.startswith("ses_") else []) + [sid, legacy_session_id(name)]
        with engine.lock:
            found = engine.store.get(candidates)
            for cid in candidates:
                existing = found.get(cid)
                if not isinstance(existing, SessionInfo) or Scope(existing.scope) != scope:
                    continue
                if existing.status != "active":  # forgotten: the name starts a fresh session
                    existing = existing.model_copy(
                        update={
                            "status": "active",
                            "forgotten_at": None,
                            "forgotten_reason": None,
                            "metadata": meta,
                            "created_at": utcnow(),
                            "closed_at": None,
                            "summary_id": None,
                            "turn_count": 0,
                        }
                    )
                    engine.write([existing])
                    self._closed.discard(existing.id)
                elif existing.closed_at is not None:  # resuming a named session (e.g. replaying a migration)
                    existing = existing.model_copy(update={"closed_at": None})
                    engine.write([existing])
                    self._closed.discard(existing.id)
                return existing
            info = SessionInfo(id=sid, scope=scope.as_dict(), metadata=meta, created_at=utcnow())
            engine.write([info])
            self._track(info.id)
        return info

    def _track(self, session_id: str) -> None:
        if not self._engine.store.trust_local:
            return
        if len(self._ended) >= _RECENT_SESSIONS:
            self._ended.pop(next(iter(self._ended)))
        self._ended[session_id] = set()

    def note_write(self, puts: Sequence[Any], updates: Sequence[Any]) -> None:
        """Record the facts a write of a tracked session ended (its trace names the session; its updates are the
        facts it superseded, closed or revoked). Called by ``apply_plan`` once the write is applied."""
        if not self._ended:
            return
        sessions = {r.session_id for r in puts if r.kind == "trace" and r.session_id in self._ended}
        if not sessions:
            return
        ended = {r.id for r in updates if r.kind in FACT_KINDS and not r.current}
        for sid in sessions:
            self._ended[sid] |= ended

    def ended_in(self, session_id: str) -> set[str] | None:
        """The facts a tracked session's writes ended, forgotten here (it is closing); None when not tracked."""
        return self._ended.pop(session_id, None)

    def check_open(self, session: SessionInfo) -> None:
        """Refuse writes to a session closed through any handle (this process's or another's)."""
        if session.id in self._closed:
            raise ValidationError(f"session {session.id} is closed")
        stored = self._engine.store.get([session.id]).get(session.id)
        if stored is not None and stored.closed_at is not None:
            self._closed.add(session.id)
            raise ValidationError(f"session {session.id} is closed")
        if stored is not None and stored.status != "active":
            raise ValidationError(f"session {session.id} was forgotten; open a new session")

    def close_session(self, session: SessionInfo) -> SessionInfo:
        engine = self._engine
        with engine.lock:
            current = get_session(engine, session.id)
            if current.closed_at is not None:
                return current
            summary = consolidate_session(engine, current)
            closed = current.model_copy(
                update={
                    "closed_at": utcnow(),
                    "turn_count": len(session_turns(engine, current.id)),
                    "summary_id": summary,
                }
            )
            engine.write([closed])
            self._closed.add(closed.id)
            return closed

    def discard_empty_session(self, session: SessionInfo) -> None:
        """Remove an implicit session whose only write was refused (nothing else cites it), else close it.

        ``Spectron.remember`` opens a short-lived session before the write; a write refused after that point
        must not leave an empty closed session behind."""
        engine = self._engine
        with engine.lock:
            cited = engine.store.session_turns(session.id) or engine.store.find(
                {"$or": [{"session_id": {"$eq": session.id}}, {"src_session": {"$eq": session.id}}]}, limit=1
            )
            if cited:
                self.close_session(session)
                return
            engine.store.delete([session.id])
            self._closed.discard(session.id)
            self.forget_caches(session.id)

    # -- turns --------------------------------------------------------------------------------------------
    def prepare_turn(
        self,
        session: SessionInfo,
        role: str,
        content: Any,
        observed_at: TimeLike | None = None,
        metadata: Mapping[str, Any] | None = None,
        *,
        stored: Mapping[str, Any] | None = None,
    ) -> tuple[Turn, bool]:
        """Validate and build a turn without writing it; returns (turn, is_new). Call under the engine's lock.

        The identical turn (same session, role, text and ``observed_at``) gets the same id, so replays and
        retries find the stored one (``is_new`` False) instead of writing a duplicate. ``stored`` is what a
        batch already read from the store in one call (id → record, or None when absent, see
        :meth:`turn_id`): an id it holds is not read again (one Chroma ``get`` per message was a fifth of a
        bulk import's time).
        """
        check_role(role)
        check_text(content, field="content")
        when = to_utc(observed_at, field="observed_at")
        meta = check_metadata(metadata)
        if session.closed_at is not None:
            raise ValidationError(f"session {session.id} is closed")
        if when is not None:
            tid = self.turn_id(session, role, content, when)
            existing = self._engine.store.get_one(tid, stored)
            if existing is not None:
                return existing, False
        else:
            tid = random_id("turn")
        now = utcnow()
        turn = Turn(
            id=tid,
            scope=session.scope,
            recorded_at=now,
            session_id=session.id,
            seq=self._next_seq(session),
            role=role,  # type: ignore[arg-type]
            content=content,
            observed_at=when or now,
            metadata=meta,
        )
        self.next_seq[session.id] = turn.seq + 1  # reserve: a batch prepares several before writing
        return turn, True

    @staticmethod
    def turn_id(session: SessionInfo, role: str, content: str, when: datetime) -> str:
        """The id of the turn ``(session, role, content, observed_at)`` (stable, so a replay finds it)."""
        return stable_id("turn", session.id, role, content, when.isoformat())

    def add_turn(
        self,
        session: SessionInfo,
        role: str,
        content: Any,
        observed_at: TimeLike | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> Turn:
        """Store one turn (the episodic record) with no extraction; the arguments are :meth:`prepare_turn`'s."""
        engine = self._engine
        with engine.lock:
            self.check_open(session)
            turn, is_new = self.prepare_turn(session, role, content, observed_at, metadata)
            if is_new:
                engine.write([turn])
                self.turns_written([turn])
            return turn

    def last_turn(self, session: SessionInfo) -> Turn | None:
        """The session's latest active turn, or None: what a new turn replies to (``ExtractionContext.in_reply_to``).

        Read from the recent-turns cache; on a miss, the store's turns of the session fill the cache with the
        same window ``turns_written`` would read, so the write that follows reads nothing again."""
        recent = self._recent_turns.get(session.id)
        if recent is None:
            if self.next_seq.get(session.id) == 0:
                return None
            turns = self._engine.store.session_turns(session.id)
            nxt = self.next_seq.get(session.id, _seq_after(turns))
            self.next_seq[session.id] = nxt
            recent = _context_window(turns, nxt)
            self._keep_recent(session.id, recent)
        return recent[-1] if recent else None

    def _keep_recent(self, session_id: str, recent: list[Turn]) -> None:
        """Cache a session's recent turns (bounded: the oldest session cached is dropped first)."""
        if len(self._recent_turns) > _RECENT_SESSIONS:
            self._recent_turns.pop(next(iter(self._recent_turns)))
        self._recent_turns[session_id] = recent

    def _next_seq(self, session: SessionInfo) -> int:
        cached = self.next_seq.get(session.id)
        if cached is None:
            cached = _seq_after(self._engine.store.session_turns(session.id))
        return cached

    def turns_written(self, turns: Sequence[Turn]) -> None:
        """Bookkeeping after turns are stored, in order: sequence counters, and the lexical context of each
        turn and its predecessor (which now has a successor to borrow words from). The contexts of a batch
        go to the index in one transaction, each row with the last context computed for it (what writing
        them turn by turn leaves, at one commit instead of one per turn)."""
        changed: dict[str, str] = {}
        for turn in turns:
            self.next_seq[turn.session_id] = turn.seq + 1
            recent = self._recent_turns.get(turn.session_id)
            if recent is None:
                recent = _context_window(self._engine.store.session_turns(turn.session_id), turn.seq)
            recent = sorted([*recent, turn], key=lambda t: t.seq)[-(CONTEXT_BEFORE + 2) :]
            self._keep_recent(turn.session_id, recent)
            contexts = turn_contexts(recent)
            for t in recent[-2:]:
                changed.pop(t.id, None)  # keep the order of the last write, as one call per turn would
                changed[t.id] = contexts[t.id]
        if changed:
            self._engine.lexical.set_context(changed.items())

    def refresh_contexts(self, session_ids: set[str]) -> None:
        """Neighbouring turns index a forgotten or purged turn's words in their context column: recompute it
        from the turns that remain, or the words would stay searchable (and, after a purge, on disk)."""
        engine = self._engine
        for sid in session_ids:
            self._recent_turns.pop(sid, None)
            remaining = session_turns(engine, sid)
            if remaining:
                engine.lexical.set_context(turn_contexts(remaining).items())
