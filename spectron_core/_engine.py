"""The engine: the one core that both the sync and the async clients drive.

Everything here is synchronous and thread-safe. ``Spectron`` calls it directly; ``AsyncSpectron`` runs the same
calls in a worker thread, so no logic is written twice. Writes are serialised by one re-entrant lock per
engine: a write reads the current state, decides, then writes, and two writers interleaving there could leave
two current values for one key.
"""

from __future__ import annotations

from pathlib import Path
from collections.abc import Mapping
from typing import Any, Optional

from ._backend import lexical_path_for, open_client, resolve_embedding
from ._errors import NotFoundError, ValidationError
from ._extract._ontology import Ontology, default_ontology
from ._models import SessionInfo, Turn
from ._scope import Scope
from ._store._chroma import ChromaStore
from ._store._ids import random_id, stable_id
from ._store._lexical import LexicalIndex
from ._store._locks import StoreLock
from ._store._where import and_, within_clause
from ._time import TimeLike, to_utc, utcnow
from ._validate import check_metadata, check_role, check_text

__all__ = ["Engine"]


class Engine:
    """Owns the store, the extractor and the ontology; implements every operation once."""

    def __init__(
        self,
        *,
        path: Any = None,
        chroma: Any = None,
        embedding: Any = None,
        extractor: Any = None,
        ontology: Optional[Ontology] = None,
        collection_prefix: str = "spectron",
        lexical_path: Any = None,
        ranking: Any = None,
        write_behind: bool = True,
    ) -> None:
        if chroma is not None and path is not None:
            raise ValidationError("pass either path= (embedded store) or chroma= (a client), not both")
        # Resolve the embedding first: a bad argument must fail before any folder or collection is created.
        self.embedding_function = resolve_embedding(embedding)
        folder = None
        if chroma is None:
            chroma, folder = open_client(path)
        self.path = folder
        self.chroma = chroma
        from ._recall._models import RankingConfig

        self.ranking = ranking if ranking is not None else RankingConfig()
        self.ontology = ontology if ontology is not None else default_ontology()
        self._extractor = extractor
        lex_path = lexical_path if lexical_path is not None else lexical_path_for(chroma, folder, collection_prefix)
        self.lexical = LexicalIndex(lex_path)
        # The local index sees every write when it lives in the store's own folder (or in memory beside an
        # in-memory client); a server's other clients write past a per-machine cache.
        trust_local = lex_path is None or self.persist_dir() is not None
        self.store = ChromaStore(chroma, self.embedding_function, prefix=collection_prefix, lexical=self.lexical,
                                 trust_local=trust_local)
        self.lock = StoreLock(self._lock_key(chroma, folder, collection_prefix),
                              (folder / f"{collection_prefix}.lock") if folder is not None else None)
        self._session_turns: dict[str, int] = {}
        self._recent_turns: dict[str, list[Turn]] = {}
        self._closed: set[str] = set()
        self.needs_repair = False
        from ._write._journal import repair_on_open

        with self.lock:  # another process may be mid-write on this folder
            self.repairs = repair_on_open(self)
            self.store.sync_lexical()
        if trust_local and write_behind:
            from ._store._outbox import Outbox

            self.store.outbox = Outbox(self.store, self.lock)

    def write(self, puts: Optional[list[Any]] = None, updates: Optional[list[Any]] = None) -> None:
        """Store records (``puts``) and state changes of existing ones (``updates``): queued with the group
        when the store group-commits, else straight to Chroma. Call under ``self.lock``."""
        if self.store.outbox is not None:
            from ._write._journal import WritePlan, apply_plan

            apply_plan(self, WritePlan(puts=list(puts or []), updates=list(updates or [])))
            return
        self.store.apply(list(puts or []), list(updates or []), {})

    def flush(self) -> None:
        """Apply every acknowledged write to Chroma now (group commit queues them; see ``_store/_outbox``)."""
        if self.store.outbox is not None:
            self.store.outbox.drain()

    def close(self) -> None:
        """Flush queued writes and stop the background flusher. The engine stays usable (writes then go to
        Chroma one by one)."""
        box, self.store.outbox = self.store.outbox, None
        if box is not None:
            box.close()

    def repair_if_needed(self) -> None:
        """Roll forward a write this process left journalled after a store failure (e.g. server down)."""
        if self.needs_repair:
            from ._write._journal import repair_on_open

            repair_on_open(self)
            self.needs_repair = False

    @staticmethod
    def _lock_key(chroma: Any, folder: Any, prefix: str) -> str:
        if folder is not None:
            return f"path:{Path(folder).resolve()}|{prefix}"
        try:
            settings = chroma.get_settings()
            ident = (settings.persist_directory if getattr(settings, "is_persistent", False) else
                     f"{settings.chroma_server_host}:{settings.chroma_server_http_port}")
        except Exception:  # pragma: no cover
            ident = str(id(chroma))
        return f"client:{ident}|{getattr(chroma, 'tenant', '')}|{getattr(chroma, 'database', '')}|{prefix}"

    # -- extractor (lazy: the rule extractor compiles its patterns once) ------------------------------------
    @property
    def extractor(self) -> Any:
        if self._extractor is None:
            from ._extract._rules import RuleExtractor

            self._extractor = RuleExtractor(self.ontology)
        return self._extractor

    # -- sessions -----------------------------------------------------------------------------------------
    def create_session(
        self, scope: Scope, metadata: Optional[Mapping[str, Any]] = None, session_id: Optional[str] = None
    ) -> SessionInfo:
        meta = check_metadata(metadata)
        if session_id is not None:
            if not isinstance(session_id, str) or not session_id.strip() or len(session_id) > 200:
                raise ValidationError("session_id must be a non-empty string of at most 200 characters")
            sid = session_id if session_id.startswith("ses_") else stable_id("ses", session_id)
        else:
            sid = random_id("ses")
        with self.lock:
            existing = self.store.get([sid]).get(sid)
            if existing is not None:
                if Scope(existing.scope) != scope:
                    raise ValidationError(f"session {session_id!r} exists with another scope")
                if existing.closed_at is not None:  # resuming a named session (e.g. replaying a migration)
                    existing = existing.model_copy(update={"closed_at": None})
                    self.write([existing])
                    self._closed.discard(existing.id)
                return existing
            info = SessionInfo(id=sid, scope=scope.as_dict(), metadata=meta, created_at=utcnow())
            self.write([info])
        return info

    def get_session(self, session_id: str, floor: Optional[Scope] = None) -> SessionInfo:
        if not isinstance(session_id, str) or not session_id:
            raise ValidationError("session id must be a non-empty string")
        rec = self.store.get([session_id]).get(session_id)
        if rec is None or rec.kind != "session" or (floor is not None and not Scope(rec.scope).within(floor)):
            raise NotFoundError(f"no session {session_id!r}")
        return rec

    def list_sessions(self, scope: Scope, *, include_closed: bool = True) -> list[SessionInfo]:
        found = self.store.find(within_clause(scope), kinds=["session"])
        if not include_closed:
            found = [s for s in found if s.closed_at is None]
        return sorted(found, key=lambda s: s.created_at)

    def check_open(self, session: SessionInfo) -> None:
        """Refuse writes to a session closed through any handle (this process's or another's)."""
        if session.id in self._closed:
            raise ValidationError(f"session {session.id} is closed")
        stored = self.store.get([session.id]).get(session.id)
        if stored is not None and stored.closed_at is not None:
            self._closed.add(session.id)
            raise ValidationError(f"session {session.id} is closed")

    def prepare_turn(
        self,
        session: SessionInfo,
        role: str,
        content: Any,
        observed_at: Optional[TimeLike] = None,
        metadata: Optional[Mapping[str, Any]] = None,
    ) -> tuple[Turn, bool]:
        """Validate and build a turn without writing it; returns (turn, is_new). Call under ``self.lock``.

        The identical turn (same session, role, text and ``observed_at``) gets the same id, so replays and
        retries find the stored one (``is_new`` False) instead of writing a duplicate.
        """
        check_role(role)
        check_text(content, field="content")
        when = to_utc(observed_at, field="observed_at")
        meta = check_metadata(metadata)
        if session.closed_at is not None:
            raise ValidationError(f"session {session.id} is closed")
        if when is not None:
            tid = stable_id("turn", session.id, role, content, when.isoformat())
            existing = self.store.get([tid]).get(tid)
            if existing is not None:
                return existing, False
        else:
            tid = random_id("turn")
        now = utcnow()
        turn = Turn(
            id=tid, scope=session.scope, recorded_at=now, session_id=session.id, seq=self._next_seq(session),
            role=role, content=content, observed_at=when or now, metadata=meta,  # type: ignore[arg-type]
        )
        self._session_turns[session.id] = turn.seq + 1  # reserve: a batch prepares several before writing
        return turn, True

    def forget_session_cache(self, session_id: str) -> None:
        self._recent_turns.pop(session_id, None)

    def turn_written(self, turn: Turn) -> None:
        """Bookkeeping after a turn is stored: sequence counter, and the lexical context of it and its
        predecessor (which now has a successor to borrow words from)."""
        from ._policy import CONTEXT_BEFORE, turn_contexts

        self._session_turns[turn.session_id] = turn.seq + 1
        recent = self._recent_turns.get(turn.session_id)
        if recent is None:
            lo = turn.seq - CONTEXT_BEFORE - 1
            recent = [t for t in self.store.session_turns(turn.session_id)
                      if t.status == "active" and lo <= t.seq < turn.seq]
        recent = sorted([*recent, turn], key=lambda t: t.seq)[-(CONTEXT_BEFORE + 2):]
        if len(self._recent_turns) > 4096:  # bounded: long-running servers open many sessions
            self._recent_turns.pop(next(iter(self._recent_turns)))
        self._recent_turns[turn.session_id] = recent
        contexts = turn_contexts(recent)
        self.lexical.set_context((t.id, contexts[t.id]) for t in recent[-2:])

    def add_turn(
        self,
        session: SessionInfo,
        role: str,
        content: Any,
        observed_at: Optional[TimeLike] = None,
        metadata: Optional[Mapping[str, Any]] = None,
    ) -> Turn:
        """Store one turn (the episodic record) with no extraction."""
        with self.lock:
            self.check_open(session)
            turn, is_new = self.prepare_turn(session, role, content, observed_at, metadata)
            if is_new:
                self.write([turn])
                self.turn_written(turn)
            return turn

    def _next_seq(self, session: SessionInfo) -> int:
        cached = self._session_turns.get(session.id)
        if cached is None:
            turns = self.store.session_turns(session.id)
            cached = 1 + max((t.seq for t in turns), default=-1)
        return cached

    def turns(self, session_id: str, *, include_forgotten: bool = False) -> list[Turn]:
        found = self.store.session_turns(session_id)
        if not include_forgotten:
            found = [t for t in found if t.status == "active"]
        return sorted(found, key=lambda t: t.seq)

    def close_session(self, session: SessionInfo) -> SessionInfo:
        with self.lock:
            current = self.get_session(session.id)
            if current.closed_at is not None:
                return current
            from ._consolidate import consolidate_session

            summary = consolidate_session(self, current)
            closed = current.model_copy(
                update={"closed_at": utcnow(), "turn_count": len(self.turns(current.id)), "summary_id": summary}
            )
            self.write([closed])
            self._closed.add(closed.id)
            return closed

    def records(self, scope: Scope, kinds: list[str], *, extra: Optional[dict[str, Any]] = None) -> list[Any]:
        return self.store.find(and_(within_clause(scope), extra), kinds=kinds)

    # -- history and traces ----------------------------------------------------------------------------
    def history(self, entity: str, key: str, scope: Scope) -> list[Any]:
        """Every version of ``entity.key`` visible from ``scope``, oldest first (forgotten ones excluded)."""
        from ._entities import canonical_ref
        from ._store._where import visible_clause

        ref = canonical_ref(entity)
        if not isinstance(key, str) or not key.strip():
            raise ValidationError("key must be a non-empty string")
        found = self.store.find(
            and_({"entity": {"$eq": ref}}, {"key": {"$eq": key}}, visible_clause(scope)), kinds=["attribute"]
        )
        found = [a for a in found if a.status == "active"]
        return sorted(found, key=lambda a: (a.valid_from or a.recorded_at, a.recorded_at))

    def traces(self, scope: Scope, *, ref: Optional[str] = None, limit: int = 100) -> list[Any]:
        extra = {"ref": {"$eq": ref}} if ref else None
        found = self.records(scope, ["trace"], extra=extra)
        return sorted(found, key=lambda t: t.recorded_at, reverse=True)[:limit]

    def persist_dir(self) -> Optional[Any]:
        """Folder of an embedded Chroma store (None for a server or in-memory client)."""
        from pathlib import Path

        if self.path is not None:
            return self.path
        try:
            settings = self.chroma.get_settings()
        except Exception:  # pragma: no cover
            return None
        impl = str(getattr(settings, "chroma_api_impl", "")).lower()
        if getattr(settings, "is_persistent", False) and "fastapi" not in impl:
            return Path(settings.persist_directory)
        return None
