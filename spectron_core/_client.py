"""``Spectron`` and ``Session``: the synchronous public client.

They validate arguments, enforce the scope floor of a bound client, and call the engine. The async twins in
``_async_client.py`` run these same methods in a worker thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any

from ._documents_api import DocumentManager, narrow_file_root
from ._engine import Engine
from ._errors import ScopeError, ValidationError
from ._extract._ontology import Ontology
from ._extract._types import Extractor
from ._fsck import RepairReport, check_and_repair
from ._models import RememberResult, SessionInfo, Turn
from ._recall import (
    ForgetResult,
    Profile,
    RankingConfig,
    RecallResult,
    audit,
    get_record,
    get_session,
    history,
    list_records,
    list_sessions,
    profile,
    recall,
    session_turns,
    traces,
)
from ._scope import Scope, ScopeLike
from ._time import TimeLike
from ._validate import check_kinds
from ._write import forget, remember, remember_many, validate_remember_args

__all__ = ["Session", "SessionManager", "Spectron"]


class _Scoped:
    """Scope resolution shared by the client and its sessions: defaults, floors, escapes."""

    _engine: Engine
    _floor: Scope | None

    def _resolve(self, scope: ScopeLike | None, *, default: Scope | None = None) -> Scope:
        if scope is None:
            s = default if default is not None else (self._floor or Scope())
        else:
            s = Scope.of(scope)
        if self._floor is not None and not s.within(self._floor):
            raise ScopeError(
                f"scope {s.as_dict()} is outside this client's floor {self._floor.as_dict()}; a bound client "
                "can only reach its floor or narrower scopes"
            )
        return s


class SessionManager(_Scoped):
    """``mem.sessions``: create, fetch and list sessions."""

    def __init__(self, client: Spectron) -> None:
        self._client = client
        self._engine = client._engine
        self._floor = client._floor

    def create(
        self,
        scope: ScopeLike | None = None,
        metadata: Mapping[str, Any] | None = None,
        *,
        session_id: str | None = None,
    ) -> Session:
        """Open a session at ``scope``. Use it as a context manager: leaving the block closes it, which runs
        consolidation. Passing an existing ``session_id`` (same scope) reopens that session.

        Args:
            scope: where every turn and fact of the session is stored (default: the client's floor, or
                global). A bound client can only open sessions at its floor or narrower.
            metadata: the application's own JSON-able key/values, kept on the session record.
            session_id: a name the application chooses, so a later process (a replay, a resumed chat) reopens
                the same session instead of starting another. Names are qualified by the scope, so two
                tenants' ``"main"`` are two sessions. A forgotten session of that name starts afresh.

        Raises:
            ScopeError: ``scope`` is invalid or outside the client's floor.
            ValidationError: ``metadata`` is not JSON-able or ``session_id`` is empty, too long (over 200
                characters) or holds a NUL or a lone surrogate.
            StoreError: the store could not be written.
        """
        s = self._resolve(scope)
        return Session(self._client, self._engine.sessions.create_session(s, metadata, session_id))

    def get(self, session_id: str) -> Session:
        """The active session with this stored id (``Session.id``, not the name given to :meth:`create`).

        Raises:
            NotFoundError: no such session, a forgotten one, or (bound client) one outside the floor: the
                same error for all three, so other scopes' session ids cannot be probed.
            ValidationError: ``session_id`` is not a non-empty string of at most 200 characters.
        """
        return Session(self._client, get_session(self._engine, session_id, self._floor))

    def list(self, scope: ScopeLike | None = None, *, include_closed: bool = True) -> list[SessionInfo]:
        """Sessions at ``scope`` or narrower (a user's sessions are listed under their org), oldest first.

        Args:
            scope: default the client's floor, or global.
            include_closed: False lists only sessions still open (not yet consolidated).

        Raises:
            ScopeError: ``scope`` is invalid or outside the client's floor.
            ValidationError: ``include_closed`` is not a bool.
        """
        return list_sessions(self._engine, self._resolve(scope), include_closed=include_closed)


class Session(_Scoped):
    """A conversation: every turn and fact written through it carries its scope and id."""

    def __init__(self, client: Spectron, info: SessionInfo) -> None:
        self._client = client
        self._engine = client._engine
        self._floor = client._floor
        self.info = info

    # -- identity -------------------------------------------------------------------------------------
    @property
    def id(self) -> str:
        """The stored id (``ses_…``): what :meth:`SessionManager.get` and ``Turn.session_id`` use."""
        return self.info.id

    @property
    def scope(self) -> Scope:
        """Where this session writes, and what its reads see (this scope, narrower ones and ancestors)."""
        return Scope(self.info.scope)

    @property
    def closed(self) -> bool:
        """Whether this handle has seen the session closed (writes through it then raise)."""
        return self.info.closed_at is not None

    def __repr__(self) -> str:
        return f"Session(id={self.id!r}, scope={self.info.scope!r}, closed={self.closed})"

    # -- episodic -------------------------------------------------------------------------------------
    def add_turn(
        self,
        role: str,
        content: str,
        observed_at: TimeLike | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> Turn:
        """Store a turn verbatim, without extraction (``remember`` stores it *and* extracts from it): for
        messages that should be searchable as said but assert nothing about anyone (an assistant's reply).

        Args:
            role: ``"user"``, ``"assistant"``, ``"system"`` or ``"tool"``.
            content: the message text.
            observed_at: when it was said (aware datetime, date, ISO string with offset, or POSIX timestamp;
                default now). With it the turn's id is stable, so replaying the same turn stores nothing new.
            metadata: the application's JSON-able key/values, kept on the turn.

        Raises:
            ValidationError: a bad role, empty or oversized content, a naive datetime, non-JSON metadata, or
                the session is closed or forgotten.
            StoreError: the store could not be written.
        """
        return self._engine.sessions.add_turn(self.info, role, content, observed_at, metadata)

    def turns(self) -> list[Turn]:
        """This session's active turns in the order they were said (soft-forgotten ones are left out)."""
        return session_turns(self._engine, self.id)

    # -- write path -----------------------------------------------------------------------------------
    def remember(
        self,
        text: str | None = None,
        *,
        role: str = "user",
        observed_at: TimeLike | None = None,
        infer: Any = "full",
        triples: Sequence[tuple[str, str, str]] | None = None,
        metadata: Mapping[str, Any] | None = None,
        extractor: Extractor | None = None,
    ) -> RememberResult:
        """Store the turn, extract facts, reconcile them with memory and return what changed.

        ``extractor`` replaces the client's extractor for this one write (e.g. an ``LLMExtractor`` over the
        chat model an integration was handed), so one store can serve callers with and without a model.

        Args:
            text: the message. May be None when ``triples`` are given.
            role: who said it (``"user"``, ``"assistant"``, ``"system"``, ``"tool"``); facts are read about
                the speaker, so a user's "I" is the session's user.
            observed_at: when it was said (default now): facts are valid from then, and a replay of the same
                message at the same time is a no-op.
            infer: ``"full"`` (or True) extracts facts; ``"none"`` (or False) keeps the text only, as one
                searchable chunk (Mem0's ``infer=False``).
            triples: facts the caller already knows, ``(entity, key, value)``; they are reconciled like
                extracted ones, with confidence 1.
            metadata: the application's JSON-able key/values, kept on the turn.

        Raises:
            ValidationError: nothing to remember, a bad role, time, ``infer``, triple or metadata, an
                extractor without ``extract_many``, or the session is closed or forgotten. Nothing is written.
            ExtractionError: the extractor failed or returned the wrong number of results (nothing is written).
            StoreError: the store failed; a journalled write is rolled forward by the next write or open.
        """
        return remember(
            self._engine,
            self._live(),
            text,
            role=role,
            observed_at=observed_at,
            infer=infer,
            triples=triples,
            metadata=metadata,
            extractor=extractor,
        )

    def remember_many(
        self,
        messages: Sequence[Any],
        *,
        infer: Any = "full",
        extractor: Extractor | None = None,
        vectors: Mapping[str, Any] | None = None,
        flush: bool = True,
    ) -> list[RememberResult]:
        """Remember messages in order: strings, ``{"role", "content", "observed_at"}`` dicts, ``(role, content)``
        tuples or LangChain messages. All are validated before any is written. ``extractor`` replaces the
        client's extractor for these writes (see :meth:`remember`).

        For bulk writers that pipeline many calls (the Mem0 replay): ``vectors`` maps texts to vectors
        already computed by :meth:`Spectron.embed` (a vector depends on its text only, so embedding ahead,
        outside the store's lock, changes nothing written; texts it lacks are embedded here), and
        ``flush=False`` does not start the flush to Chroma that a call of 64 messages or more otherwise starts
        at once, nor lets the timed flush start until the caller starts it, once for the calls it groups
        (``Spectron.flush(wait=False)``), so Chroma gets fewer, larger writes (a full group or a read of
        Chroma still flushes). Either way every write is durable when this returns."""
        return remember_many(
            self._engine, self._live(), messages, infer=infer, extractor=extractor, vectors=vectors, flush_behind=flush
        )

    # -- read path ------------------------------------------------------------------------------------
    def recall(
        self,
        query: str,
        top_k: int = 10,
        *,
        categories: Sequence[str] | None = None,
        include_history: bool = False,
        as_of: TimeLike | None = None,
        max_tokens: int | None = None,
        ranking: RankingConfig | None = None,
    ) -> RecallResult:
        """Hybrid recall at this session's scope (it sees its scope, narrower ones and ancestors).

        Args:
            query: what the agent wants to know, in words (a question or keywords).
            top_k: most items returned (1-200); facts drawn from one turn count once.
            categories: only these categories (``identity``, ``knowledge``, ``context``, ``instructions``,
                ``uncertainty``, ``episodic``).
            include_history: also superseded and closed versions (marked ``current=False``).
            as_of: recall what held at that time (implies history).
            max_tokens: budget of the ``formatted`` block (items that do not fit are left out of it).
            ranking: a :class:`RankingConfig` for this call instead of the client's.

        Raises:
            ValidationError: an empty or oversized query, an unknown category, ``top_k`` or ``max_tokens``
                out of range, a naive ``as_of``, or ``ranking`` not a :class:`RankingConfig`.
            StoreError: the store could not be read.
        """
        return recall(
            self._engine,
            query,
            self.scope,
            top_k=top_k,
            categories=categories,
            include_history=include_history,
            as_of=as_of,
            max_tokens=max_tokens,
            ranking=ranking,
        )

    def profile(self, as_of: TimeLike | None = None) -> Profile:
        """The effective memory seen from this session's scope: one value per key (a document's beats chat,
        the narrowest scope beats a wider one), instructions, open conflicts and entities. ``as_of`` gives
        the profile at that time instead of now. Raises :class:`ValidationError` for a naive or malformed
        ``as_of``."""
        return profile(self._engine, self.scope, as_of)

    def forget(
        self,
        query: str | None = None,
        *,
        entity: str | None = None,
        scope: ScopeLike | None = None,
        purge: bool = False,
        dry_run: bool = False,
        threshold: float = 0.5,
        limit: int = 10,
        mentions: bool = True,
    ) -> ForgetResult:
        """Forget by meaning (``query``), by ``entity``, or everything within an explicit ``scope`` (which must
        be this session's scope or narrower).

        A session acts for its own scope: an explicit ``scope`` outside it (a sibling such as another user of
        the same org, an ancestor, or ``{}``) raises :class:`ScopeError` even on an unbound client, so code
        holding only a session can never reach another user's records.

        The other arguments are those of :meth:`Spectron.forget`.

        Raises:
            ScopeError: ``scope`` is outside this session's scope.
            ValidationError: nothing to select, or a bad argument (see :meth:`Spectron.forget`).
        """
        if scope is not None and not Scope.of(scope).within(self.scope):
            raise ScopeError(
                f"scope {Scope.of(scope).as_dict()} is outside this session's scope {self.info.scope}; a session "
                "forgets only within its own scope (use the client's forget for other scopes)"
            )
        return self._client._forget(
            query,
            entity=entity,
            scope=scope,
            purge=purge,
            dry_run=dry_run,
            threshold=threshold,
            limit=limit,
            default=self.scope,
            mentions=mentions,
        )

    def _live(self) -> SessionInfo:
        if self.info.closed_at is not None:
            raise ValidationError(f"session {self.id} is closed")
        return self.info

    # -- lifecycle ------------------------------------------------------------------------------------
    def close(self) -> SessionInfo:
        """Close the session and consolidate it (idempotent)."""
        self.info = self._engine.sessions.close_session(self.info)
        return self.info

    def __enter__(self) -> Session:  # noqa: PYI034
        """The session itself: ``with mem.sessions.create(...) as session``."""
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Close (and consolidate) the session, also when the block raised: what it wrote is kept."""
        self.close()


class Spectron(_Scoped):
    """Agent memory over Chroma.

    >>> mem = Spectron(path="./memory")                       # doctest: +SKIP
    >>> with mem.sessions.create(scope={"org": "acme", "user": "alice"}) as s:   # doctest: +SKIP
    ...     s.remember("I prefer vegetarian food.")

    ``Spectron()`` opens an embedded persistent store in ``$SPECTRON_PATH`` or ``~/.spectron/memory``;
    ``path=`` picks the folder; ``chroma=`` takes any chromadb client, e.g. ``chromadb.HttpClient(...)``.

    Embedded and in-memory stores group-commit writes (``write_behind=True``): a write returns once it is
    durable in the store's local index file, and reaches Chroma with the writes around it (within a
    quarter second, or on :meth:`flush`, on any read that needs Chroma, and at exit). Everything read
    through this client sees it at once; a crash replays it on the next open. Pass ``write_behind=False``
    if other tools read the Chroma collections directly while this client writes. A Chroma server always
    gets each write when it is acknowledged.
    """

    def __init__(
        self,
        path: str | None = None,
        *,
        chroma: Any = None,
        embedding: Any = None,
        extractor: Any = None,
        ontology: Ontology | None = None,
        collection_prefix: str = "spectron",
        lexical_path: str | None = None,
        ranking: RankingConfig | None = None,
        write_behind: bool = True,
        _engine: Engine | None = None,
        _floor: Scope | None = None,
        _files: Any = True,
    ) -> None:
        self._engine = _engine or Engine(
            path=path,
            chroma=chroma,
            embedding=embedding,
            extractor=extractor,
            ontology=ontology,
            collection_prefix=collection_prefix,
            lexical_path=lexical_path,
            ranking=ranking,
            write_behind=write_behind,
        )
        self._floor = _floor
        self._files = _files
        """Which host files ``documents.ingest_file`` may read: True (any: the application's own client), None
        (none: a bound client unless the application allowed it) or a folder (only files inside it)."""
        self.sessions = SessionManager(self)
        self.documents = DocumentManager(self._engine, self._resolve, _files)

    # -- scoping --------------------------------------------------------------------------------------
    @property
    def floor(self) -> Scope | None:
        """The scope this client is confined to (None: the application's own, unconfined client)."""
        return self._floor

    def bound(self, floor: ScopeLike, *, file_root: Any | None = None) -> Spectron:
        """A client confined to ``floor`` and narrower scopes: hand it to an agent you don't trust with scope
        arguments. Binding a bound client can only narrow it.

        ``floor`` must name at least one dimension: ``bound(None)`` and ``bound({})`` would confine nothing,
        so they raise :class:`ScopeError` instead of returning a client that reaches everything.

        A bound client reads no host files (``documents.ingest_file``) unless ``file_root`` names a folder:
        then only files inside it (after resolving symlinks) may be read. An agent's tool arguments must not
        be able to turn into reads of the host's secrets. Binding a bound client keeps or narrows its root.
        """
        if floor is None:
            raise ScopeError("bound() needs a scope floor such as {'org': 'acme', 'user': 'alice'}; got None")
        f = self._resolve(floor)
        if f.depth() == 0:
            raise ScopeError("bound({}) would confine nothing: the floor must name at least one dimension")
        return Spectron(_engine=self._engine, _floor=f, _files=narrow_file_root(self._files, file_root))

    @property
    def ontology(self) -> Ontology:
        """The attribute keys this store knows (category, importance, multi-valued, mirrors)."""
        return self._engine.ontology

    # -- write path (implicit session) ----------------------------------------------------------------
    def remember(
        self,
        text: str | None = None,
        *,
        scope: ScopeLike | None = None,
        role: str = "user",
        observed_at: TimeLike | None = None,
        infer: Any = "full",
        triples: Sequence[tuple[str, str, str]] | None = None,
        metadata: Mapping[str, Any] | None = None,
        extractor: Extractor | None = None,
    ) -> RememberResult:
        """Remember outside an explicit session: a short-lived session is opened and closed around it.
        ``extractor`` replaces the client's extractor for this write (see :meth:`Session.remember`).

        ``scope`` is where to write (default: the floor, or global); the other arguments and the errors are
        those of :meth:`Session.remember`, plus :class:`ScopeError` for a scope outside the floor. Arguments
        are checked before the implicit session exists, so a refused write leaves no session behind."""
        s = self._resolve(scope)
        validate_remember_args(
            text, role=role, observed_at=observed_at, infer=infer, triples=triples, metadata=metadata
        )  # before the implicit session exists: bad arguments write nothing
        session = self.sessions.create(s, {"implicit": True})
        try:
            result = session.remember(
                text,
                role=role,
                observed_at=observed_at,
                infer=infer,
                triples=triples,
                metadata=metadata,
                extractor=extractor,
            )
        except BaseException:
            # A write refused after the implicit session was opened (an extractor error, say) must not leave
            # an empty session behind; if the write itself got far enough to cite the session (a store
            # failure after journalling, which rolls forward), the session is closed instead of removed.
            self._engine.sessions.discard_empty_session(session.info)
            raise
        session.close()
        return result

    # -- read path ------------------------------------------------------------------------------------
    def recall(
        self,
        query: str,
        top_k: int = 10,
        *,
        scope: ScopeLike | None = None,
        categories: Sequence[str] | None = None,
        include_history: bool = False,
        as_of: TimeLike | None = None,
        max_tokens: int | None = None,
        ranking: RankingConfig | None = None,
    ) -> RecallResult:
        """Hybrid recall of what is visible from ``scope`` (default: the floor, or global): that scope,
        narrower ones and ancestors, never siblings. Arguments and errors as :meth:`Session.recall`, plus
        :class:`ScopeError` for a scope outside the floor."""
        return recall(
            self._engine,
            query,
            self._resolve(scope),
            top_k=top_k,
            categories=categories,
            include_history=include_history,
            as_of=as_of,
            max_tokens=max_tokens,
            ranking=ranking,
        )

    def profile(self, *, scope: ScopeLike | None = None, as_of: TimeLike | None = None) -> Profile:
        """Effective facts, instructions, conflicts and entities visible from ``scope`` (default: the floor,
        or global), now or ``as_of``; see :meth:`Session.profile`. Raises :class:`ScopeError` for a scope
        outside the floor, :class:`ValidationError` for a bad ``as_of``."""
        return profile(self._engine, self._resolve(scope), as_of)

    def forget(
        self,
        query: str | None = None,
        *,
        entity: str | None = None,
        scope: ScopeLike | None = None,
        purge: bool = False,
        dry_run: bool = False,
        threshold: float = 0.5,
        limit: int = 10,
        ids: Sequence[str] | None = None,
        mentions: bool = True,
    ) -> ForgetResult:
        """Forget by meaning, by entity, by record ``ids``, or (``scope=`` alone) everything within that scope.

        Soft by default: gone from every read, kept for :meth:`audit`. ``purge=True`` erases records, vectors,
        lexical entries and traces, and scrubs the embedded store's files. ``dry_run=True`` only counts.
        ``ids=`` selects exactly those records (what an id-addressed API such as Mem0's ``delete(memory_id)``
        needs); ids outside ``scope`` (default: the floor, or global) are ignored, never forgotten.
        Calling it with nothing to select raises :class:`ValidationError`.

        ``entity=X`` is erasure of X: the records about X *and*, with ``mentions=True`` (the default), every
        turn, chunk, fact, document title and trace that names X by value, so ``forget(entity=X,
        purge=True)`` is a complete GDPR erasure of X within ``scope``. ``mentions=False`` keeps records that
        merely mention X (only those keyed by X go).

        ``scope={}`` on an unbound client is the explicit bulk forget of the whole store (``dry_run=True``
        counts everything): the application's own client may do that, as Mem0's ``reset`` does. Omitting
        ``scope`` never means everything, a bound client can never reach above its floor, and a session
        never above its own scope.

        Args:
            query: forget records whose meaning is close to this text (at most ``limit`` of them, with
                similarity ≥ ``threshold``), and the facts extracted from forgotten turns.
            threshold: similarity in [0, 1] a ``query`` match needs.
            limit: most records a ``query`` selects (1-1000).

        Raises:
            ValidationError: nothing to select, or a bad argument (empty ``ids``, a malformed entity
                reference, a flag that is not a bool, ``threshold`` or ``limit`` out of range).
            ScopeError: ``scope`` is outside the floor.
            StoreError: the store failed; an interrupted purge is finished by the next open or call.
        """
        return self._forget(
            query,
            entity=entity,
            scope=scope,
            purge=purge,
            dry_run=dry_run,
            threshold=threshold,
            limit=limit,
            default=None,
            ids=ids,
            mentions=mentions,
        )

    def _forget(
        self,
        query: str | None,
        *,
        entity: str | None,
        scope: ScopeLike | None,
        purge: bool,
        dry_run: bool,
        threshold: float,
        limit: int,
        default: Scope | None,
        ids: Sequence[str] | None = None,
        mentions: bool = True,
    ) -> ForgetResult:
        bulk = scope is not None and query is None and entity is None and ids is None
        target = self._resolve(scope, default=default)
        return forget(
            self._engine,
            target,
            query=query,
            entity=entity,
            bulk=bulk,
            purge=purge,
            dry_run=dry_run,
            threshold=threshold,
            limit=limit,
            ids=ids,
            mentions=mentions,
        )

    def audit(self, *, scope: ScopeLike | None = None, kinds: Sequence[str] | None = None) -> list[Any]:
        """Soft-forgotten records within ``scope``, with who/when/why (``forgotten_at``, ``forgotten_reason``):
        what a compliance review reads. ``kinds`` narrows to record kinds (``"turn"``, ``"attribute"``, …).
        Raises :class:`ValidationError` for an unknown kind, :class:`ScopeError` for a scope outside the
        floor."""
        return audit(self._engine, self._resolve(scope), check_kinds(kinds))

    def get(self, record_id: str, *, include_forgotten: bool = False) -> Any:
        """One record (turn, attribute, relation, instruction, uncertainty, chunk, …) by its id.

        Id-addressed callers (Mem0's ``get(memory_id)``, an application that stored an id) need it: recall and
        profile find records by meaning or scope, never by id. A bound client only sees records visible from
        its floor. Raises :class:`NotFoundError` when the id is unknown, not visible, or soft-forgotten (unless
        ``include_forgotten``) — the same error for all three, so ids of other scopes cannot be probed.
        """
        return get_record(self._engine, record_id, self._floor, include_forgotten=include_forgotten)

    def records(
        self,
        *,
        scope: ScopeLike | None = None,
        kinds: Sequence[str] | None = None,
        include_history: bool = False,
        include_forgotten: bool = False,
    ) -> list[Any]:
        """Every record of ``kinds`` stored at ``scope`` or narrower (never ancestors), oldest first.

        The listing :meth:`profile` does not give: ids and raw records, chunks and turns included, as an
        exporter or an id-addressed facade needs them. Default kinds are the memory records (``attribute``,
        ``relation``, ``instruction``, ``uncertainty``, ``chunk``, ``turn``); superseded or closed versions
        come only with ``include_history``, soft-forgotten ones only with ``include_forgotten``.

        Raises :class:`ValidationError` for an unknown kind, :class:`ScopeError` for a scope outside the floor.
        """
        allowed = ("attribute", "relation", "instruction", "uncertainty", "chunk", "turn", "entity", "document")
        chosen = list(kinds) if kinds else list(allowed[:6])
        bad = [k for k in chosen if k not in allowed]
        if bad:
            raise ValidationError(f"unknown record kinds {bad}; choose from {list(allowed)}")
        return list_records(
            self._engine,
            self._resolve(scope),
            chosen,
            include_history=include_history,
            include_forgotten=include_forgotten,
        )

    def history(self, entity: str, key: str, *, scope: ScopeLike | None = None) -> list[Any]:
        """The supersession chain of ``entity.key`` visible from ``scope``, oldest first: every version, with
        ``valid_from``/``valid_until`` and the ``supersedes`` links, so "what did Alice eat before?" is
        answerable. ``entity`` is a reference such as ``"Person/alice"``.

        Raises:
            ValidationError: a malformed entity reference or an empty key.
            ScopeError: ``scope`` is outside the floor.
        """
        return history(self._engine, entity, key, self._resolve(scope))

    def traces(self, *, scope: ScopeLike | None = None, ref: str | None = None, limit: int = 100) -> list[Any]:
        """Decision traces of writes within ``scope`` (newest first): why each extracted candidate was
        created, reinforced, superseded, flagged or skipped. ``ref`` filters by turn or document id;
        ``limit`` is at most 100,000. Raises :class:`ValidationError` for a bad ``ref`` or ``limit``,
        :class:`ScopeError` for a scope outside the floor."""
        return traces(self._engine, self._resolve(scope), ref=ref, limit=limit)

    def flush(self, *, wait: bool = True) -> None:
        """Write every acknowledged write through to Chroma now (see ``write_behind``). ``wait=False`` starts
        that flush in the background and returns at once (a bulk writer's next batch is embedded meanwhile)."""
        if wait:
            self._engine.flush()
        elif self._engine.store.outbox is not None:
            self._engine.store.outbox.flush_behind()

    def embed(self, texts: Sequence[str]) -> list[Any]:
        """This store's embeddings of ``texts`` (one vector per text, in order), batched: what a write would
        compute for them. For bulk writers that embed ahead (``Session.remember_many(vectors=...)``)."""
        return self._engine.embed_texts(list(texts))

    def close(self) -> None:
        """Flush and stop the background flusher (also done at interpreter exit). The client stays usable."""
        self._engine.close()

    def __enter__(self) -> Spectron:  # noqa: PYI034
        """The client itself: ``with Spectron(path=...) as mem``."""
        return self

    def __exit__(self, *exc: object) -> None:
        """:meth:`close`: queued writes reach Chroma and an embedded folder is released for other processes."""
        self.close()

    def repair(
        self,
        *,
        fix: bool = True,
        retry_quarantined: bool = False,
        drop_quarantined: bool = False,
        progress: Any | None = None,
    ) -> RepairReport:
        """Check the store's invariants and repair what they forbid (``spectron fsck`` runs this).

        Rolls forward journalled writes and finishes interrupted purges (also done on open), then reads every
        record: two current values for one key, links to missing records, duplicate turn sequence numbers, a
        local index that disagrees with Chroma, deleted records' words left in Chroma's log. ``fix=False``
        only reports. Writes whose replay failed are quarantined and listed; ``retry_quarantined`` replays them
        again, ``drop_quarantined`` discards them. ``progress(done, total)`` is called as records are read.
        """
        return check_and_repair(
            self._engine,
            fix=fix,
            retry_quarantined=retry_quarantined,
            drop_quarantined=drop_quarantined,
            progress=progress,
        )
