"""The engine: the one core that both the sync and the async clients drive.

Everything here is synchronous and thread-safe. ``Spectron`` calls it directly; ``AsyncSpectron`` runs the same
calls in a worker thread, so no logic is written twice. Writes are serialised by one re-entrant lock per
store (``_store/_locks.py``), shared by every engine and client opened on the same folder or server and
collection prefix: a write reads the current state, decides, then writes, and two writers interleaving there
could leave two current values for one key.
"""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path
from collections.abc import Mapping, Sequence
from typing import Any, Optional

from ._backend import lexical_path_for, open_embedded, resolve_embedding
from ._errors import NotFoundError, StoreError, ValidationError
from ._extract._ontology import Ontology, default_ontology
from ._models import SessionInfo, Turn
from ._scope import Scope
from ._store._chroma import ChromaStore
from ._store._ids import random_id, stable_id
from ._store._lexical import LexicalIndex
from ._store._locks import StoreLock
from ._store._where import and_, within_clause
from ._time import TimeLike, to_utc, utcnow
from ._validate import check_clean, check_int, check_metadata, check_role, check_text

__all__ = ["Engine", "check_collection_prefix", "MAX_TRACES"]

log = logging.getLogger("spectron_core.store")


def _close_quietly(client: Any) -> None:
    """Close a Chroma client we opened (chromadb stops its shared system with the last client)."""
    try:
        client.close()
    except Exception as exc:  # pragma: no cover - closing must not mask the error being handled
        log.warning("closing the Chroma client failed: %s", exc)

_UNLOADABLE_INDEX = re.compile(r"hnsw segment|hnsw index|pickle file", re.IGNORECASE)
"""Chroma's errors for a vector segment it cannot load (``Error creating hnsw segment reader: …``)."""
_PREFIX_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$")
MAX_TRACES = 100_000
"""Most traces one ``traces()`` call returns."""


def check_collection_prefix(prefix: Any) -> str:
    """The prefix names Chroma collections *and* files in the store folder (``<prefix>.lock``,
    ``<prefix>-lexical.sqlite3``): only letters, digits, ``_`` and ``-`` are allowed, so no prefix can name a
    path outside the folder (``../escape``) or a collection Chroma refuses after the files exist."""
    if not isinstance(prefix, str) or not _PREFIX_RE.match(prefix):
        raise ValidationError(
            f"collection_prefix {prefix!r} is invalid: 1-63 characters, letters, digits, '_' or '-', starting "
            "with a letter or digit (it names collections and files inside the store folder)"
        )
    return prefix


def check_session_id(session_id: Any, *, field: str = "session_id") -> str:
    if not isinstance(session_id, str) or not session_id.strip() or len(session_id) > 200:
        raise ValidationError(f"{field} must be a non-empty string of at most 200 characters")
    return check_clean(session_id, field=field)


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
        check_collection_prefix(collection_prefix)  # before any folder, file or collection exists
        # Resolve the embedding first: a bad argument must fail before any folder or collection is created.
        self.embedding_function = resolve_embedding(embedding)
        folder: Optional[Path] = None
        self._lease: Any = None
        """This process's ownership of an embedded folder (``_store/_owner``): one process per folder."""
        self._owns_client = chroma is None
        self._parked = False
        """True after :meth:`close` released the folder; the next use reopens it (:meth:`_ensure_open`)."""
        self._write_behind = write_behind
        self._reopen_guard = threading.Lock()
        if chroma is None:
            chroma, folder, self._lease = open_embedded(path)
        try:
            self.path: Optional[Path] = folder
            self.chroma = chroma
            client_folder = self.persist_dir()
            if self._lease is None and client_folder is not None:  # a PersistentClient the caller opened
                from ._store._owner import acquire_folder, open_timeout_default

                self._lease = acquire_folder(client_folder, timeout=open_timeout_default())
            from ._recall._models import RankingConfig

            self.ranking = ranking if ranking is not None else RankingConfig()
            self.ontology = ontology if ontology is not None else default_ontology()
            self.key_vectors: dict[str, Any] = {}
            """Key meanings embedded with this engine's embedding function (``_write/_vectors``)."""
            self._extractor = extractor
            lex_path = (lexical_path if lexical_path is not None
                        else lexical_path_for(chroma, folder, collection_prefix))
            self.lexical = LexicalIndex(lex_path)
            # The local index sees every write when it lives in the store's own folder (or in memory beside an
            # in-memory client); a server's other clients write past a per-machine cache.
            trust_local = lex_path is None or self.persist_dir() is not None
            self.store = ChromaStore(chroma, self.embedding_function, prefix=collection_prefix,
                                     lexical=self.lexical, trust_local=trust_local)
            self.lock = StoreLock(self._lock_key(chroma, folder, collection_prefix),
                                  (folder / f"{collection_prefix}.lock") if folder is not None else None,
                                  on_enter=self._ensure_open)
            self._session_turns: dict[str, int] = {}
            self._recent_turns: dict[str, list[Turn]] = {}
            self._closed: set[str] = set()
            self.needs_repair = False
            self._recover()
            if trust_local and write_behind:
                from ._store._outbox import Outbox

                self.store.outbox = Outbox(self.store, self.lock)
        except BaseException:
            if self._lease is not None:  # a store that failed to open must not keep the folder
                if self._owns_client:
                    _close_quietly(chroma)
                self._lease.release()
                self._lease = None
            raise

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
        """Flush queued writes, stop the background flusher and, for an embedded folder this engine opened,
        close Chroma and release the folder so another process can open it. The engine stays usable: its next
        call reopens the folder (or raises :class:`StoreBusyError` if another process owns it by then)."""
        box, self.store.outbox = self.store.outbox, None
        if box is not None:
            box.close()
        self._park()

    def _park(self) -> None:
        """Release the folder. Only for a client this engine opened: a caller's own ``PersistentClient`` stays
        open in this process, so the folder must stay owned while it lives."""
        if self._lease is None or not self._owns_client:
            return
        with self.lock:  # no write of this process is in flight
            _close_quietly(self.chroma)
            self._lease.release()
            self._lease = None
            self._parked = True
            self.store.on_use = self._ensure_open

    def _ensure_open(self) -> None:
        """Reopen a folder :meth:`close` released. Another process may have written it meanwhile, so every cache
        that describes the store (turn sequence numbers, known-active ids, closed sessions) is dropped, the
        journal is replayed and the local index re-checked, as on a first open."""
        if not self._parked:
            return
        with self._reopen_guard:
            if not self._parked:
                return
            chroma, _folder, lease = open_embedded(self.path)
            try:
                self.store.attach(chroma)
            except BaseException:
                _close_quietly(chroma)
                lease.release()
                raise
            self.chroma, self._lease = chroma, lease
            self._session_turns.clear()
            self._recent_turns.clear()
            self._closed.clear()
            self._parked = False
            self.store.on_use = None
        self._recover()
        if self._write_behind and self.store.outbox is None:
            from ._store._outbox import Outbox

            self.store.outbox = Outbox(self.store, self.lock)

    def _recover(self) -> None:
        """What every open does: replay the journal, finish purges, re-check the local index. If Chroma then
        cannot load a vector index that the checks at open passed (``_store/_segments``), the store's vector
        indexes are rebuilt once from Chroma's SQLite and the local index, rather than the store never opening."""
        from ._write._journal import repair_on_open

        with self.lock:  # another process may be mid-write on this folder
            try:
                self.repairs = repair_on_open(self)
                self.store.sync_lexical()
            except StoreError as exc:
                if not self._set_aside_unloadable(exc):
                    raise
                self.repairs = repair_on_open(self)
                self.store.sync_lexical()

    def _set_aside_unloadable(self, exc: StoreError) -> bool:
        """For an embedded folder this engine opened and alone holds: close Chroma, remove this store's vector
        segments for a rebuild and open Chroma again. False (nothing done) for any other error or store."""
        if not _UNLOADABLE_INDEX.search(str(exc)) or not self._owns_client or self._lease is None \
                or not self._lease.sole or self.path is None:
            return False
        from ._backend import open_client
        from ._store._segments import quarantine_collections

        _close_quietly(self.chroma)  # Chroma keeps segment files open: it must let go before they are removed
        names = {f"{self.store.prefix}_memory", f"{self.store.prefix}_meta"}
        try:
            removed = quarantine_collections(Path(self.path), names, f"Chroma could not load it: {exc}")
        finally:
            self.chroma, _folder = open_client(self.path)
            self.store.attach(self.chroma)
        return bool(removed)

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
        if session_id is None:
            with self.lock:
                info = SessionInfo(id=random_id("ses"), scope=scope.as_dict(), metadata=meta, created_at=utcnow())
                self.write([info])
            return info
        name = check_session_id(session_id)
        sid = scoped_session_id(scope, name)
        # An id this library handed out ("ses_…") reopens that session, and so does a pre-qualification id,
        # but only at the scope it was stored at: elsewhere the name is just a name, qualified like any other.
        candidates = ([name] if name.startswith("ses_") else []) + [sid, legacy_session_id(name)]
        with self.lock:
            found = self.store.get(candidates)
            for cid in candidates:
                existing = found.get(cid)
                if not isinstance(existing, SessionInfo) or Scope(existing.scope) != scope:
                    continue
                if existing.status != "active":  # forgotten: the name starts a fresh session
                    existing = existing.model_copy(update={
                        "status": "active", "forgotten_at": None, "forgotten_reason": None, "metadata": meta,
                        "created_at": utcnow(), "closed_at": None, "summary_id": None, "turn_count": 0})
                    self.write([existing])
                    self._closed.discard(existing.id)
                elif existing.closed_at is not None:  # resuming a named session (e.g. replaying a migration)
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
        check_session_id(session_id, field="session id")
        rec = self.store.get([session_id]).get(session_id)
        if (not isinstance(rec, SessionInfo) or rec.status != "active"
                or (floor is not None and not Scope(rec.scope).within(floor))):
            raise NotFoundError(f"no session {session_id!r}")
        return rec

    def list_sessions(self, scope: Scope, *, include_closed: bool = True) -> list[SessionInfo]:
        if not isinstance(include_closed, bool):
            raise ValidationError(f"include_closed must be True or False, got {include_closed!r}")
        found = [s for s in self.store.find(within_clause(scope), kinds=["session"]) if s.status == "active"]
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
        if stored is not None and stored.status != "active":
            raise ValidationError(f"session {session.id} was forgotten; open a new session")

    def prepare_turn(
        self,
        session: SessionInfo,
        role: str,
        content: Any,
        observed_at: Optional[TimeLike] = None,
        metadata: Optional[Mapping[str, Any]] = None,
        *,
        stored: Optional[Mapping[str, Any]] = None,
    ) -> tuple[Turn, bool]:
        """Validate and build a turn without writing it; returns (turn, is_new). Call under ``self.lock``.

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
            existing = self.store.get_one(tid, stored)
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

    @staticmethod
    def turn_id(session: SessionInfo, role: str, content: str, when: Any) -> str:
        """The id of the turn ``(session, role, content, observed_at)`` (stable, so a replay finds it)."""
        return stable_id("turn", session.id, role, content, when.isoformat())

    def forget_session_cache(self, session_id: str) -> None:
        self._recent_turns.pop(session_id, None)

    def turn_written(self, turn: Turn) -> None:
        """Bookkeeping after a turn is stored (see :meth:`turns_written`)."""
        self.turns_written([turn])

    def turns_written(self, turns: Sequence[Turn]) -> None:
        """Bookkeeping after turns are stored, in order: sequence counters, and the lexical context of each
        turn and its predecessor (which now has a successor to borrow words from). The contexts of a batch
        go to the index in one transaction, each row with the last context computed for it (what writing
        them turn by turn leaves, at one commit instead of one per turn)."""
        from ._policy import CONTEXT_BEFORE, turn_contexts

        changed: dict[str, str] = {}
        for turn in turns:
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
            for t in recent[-2:]:
                changed.pop(t.id, None)  # keep the order of the last write, as one call per turn would
                changed[t.id] = contexts[t.id]
        if changed:
            self.lexical.set_context(changed.items())

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

    def discard_empty_session(self, session: SessionInfo) -> None:
        """Remove an implicit session whose only write was refused (nothing else cites it), else close it.

        ``Spectron.remember`` opens a short-lived session before the write; a write refused after that point
        must not leave an empty closed session behind."""
        with self.lock:
            cited = self.store.session_turns(session.id) or self.store.find(
                {"$or": [{"session_id": {"$eq": session.id}}, {"src_session": {"$eq": session.id}}]}, limit=1)
            if cited:
                self.close_session(session)
                return
            self.store.delete([session.id])
            self._closed.discard(session.id)
            self._session_turns.pop(session.id, None)
            self._recent_turns.pop(session.id, None)

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
        check_clean(key, field="key")
        found = self.store.find(
            and_({"entity": {"$eq": ref}}, {"key": {"$eq": key}}, visible_clause(scope)), kinds=["attribute"]
        )
        found = [a for a in found if a.status == "active"]
        # Closed versions first, then the current head(s): a change dated back ("I moved to Porto last
        # month") starts before the value it replaced, yet it is the newer link of the chain.
        return sorted(found, key=lambda a: (a.valid_until is None, a.valid_from or a.recorded_at, a.recorded_at))

    def get_record(self, record_id: str, floor: Optional[Scope], *, include_forgotten: bool = False) -> Any:
        """One stored record by id, if it is visible from ``floor`` (any scope when None). Missing, invisible
        and (unless asked) forgotten records all raise the same :class:`NotFoundError`, so a caller cannot
        probe for the existence of another scope's ids."""
        if not isinstance(record_id, str) or not record_id.strip() or len(record_id) > 200:
            raise ValidationError("record id must be a non-empty string of at most 200 characters")
        check_clean(record_id, field="record id")
        rec = self.store.get([record_id]).get(record_id)
        if (rec is None or (floor is not None and not Scope(rec.scope).visible_from(floor))
                or (not include_forgotten and getattr(rec, "status", "active") != "active")):
            raise NotFoundError(f"no record {record_id!r}")
        return rec

    def list_records(self, scope: Scope, kinds: list[str], *, include_history: bool = False,
                     include_forgotten: bool = False) -> list[Any]:
        """Records of ``kinds`` stored at ``scope`` or narrower (never ancestors), oldest first."""
        found = self.store.within(scope, kinds, include_forgotten=include_forgotten)
        if found is None:
            found = self.store.find(within_clause(scope), kinds=kinds)
        if not include_forgotten:
            found = [r for r in found if getattr(r, "status", "active") == "active"]
        if not include_history:
            found = [r for r in found if getattr(r, "valid_until", None) is None]
        return sorted(found, key=lambda r: (getattr(r, "recorded_at", None) or getattr(r, "created_at"), r.id))

    def traces(self, scope: Scope, *, ref: Optional[str] = None, limit: int = 100) -> list[Any]:
        """Active traces within ``scope``, newest first. Soft-forgotten traces (they quote what was forgotten)
        are left to ``audit``."""
        check_int(limit, field="limit", minimum=1, maximum=MAX_TRACES)
        if ref is not None:
            check_text(ref, field="ref", max_chars=200)
        extra = {"ref": {"$eq": ref}} if ref is not None else None
        found = [t for t in self.records(scope, ["trace"], extra=extra) if t.status == "active"]
        return sorted(found, key=lambda t: t.recorded_at, reverse=True)[:limit]

    def persist_dir(self) -> Optional[Path]:
        """Folder of an embedded Chroma store (None for a server or in-memory client)."""
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
