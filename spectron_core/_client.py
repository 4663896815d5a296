"""``Spectron`` and ``Session``: the synchronous public client.

They validate arguments, enforce the scope floor of a bound client, and call the engine. The async twins in
``_async_client.py`` run these same methods in a worker thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any, Optional

from ._engine import Engine
from ._errors import ScopeError, ValidationError
from ._extract._ontology import Ontology
from ._models import RememberResult, SessionInfo, Turn
from ._recall._models import ForgetResult, Profile, RankingConfig, RecallResult
from ._scope import Scope, ScopeLike
from ._time import TimeLike

__all__ = ["Spectron", "Session", "SessionManager"]


class _Scoped:
    """Scope resolution shared by the client and its sessions: defaults, floors, escapes."""

    _engine: Engine
    _floor: Optional[Scope]

    def _resolve(self, scope: Optional[ScopeLike], *, default: Optional[Scope] = None) -> Scope:
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
        self, scope: Optional[ScopeLike] = None, metadata: Optional[Mapping[str, Any]] = None, *,
        session_id: Optional[str] = None,
    ) -> Session:
        """Open a session at ``scope``. Use it as a context manager: leaving the block closes it, which runs
        consolidation. Passing an existing ``session_id`` (same scope) reopens that session."""
        s = self._resolve(scope)
        return Session(self._client, self._engine.create_session(s, metadata, session_id))

    def get(self, session_id: str) -> Session:
        return Session(self._client, self._engine.get_session(session_id, self._floor))

    def list(self, scope: Optional[ScopeLike] = None, *, include_closed: bool = True) -> list[SessionInfo]:
        """Sessions at ``scope`` or narrower (a user's sessions are listed under their org)."""
        return self._engine.list_sessions(self._resolve(scope), include_closed=include_closed)


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
        return self.info.id

    @property
    def scope(self) -> Scope:
        return Scope(self.info.scope)

    @property
    def closed(self) -> bool:
        return self.info.closed_at is not None

    def __repr__(self) -> str:
        return f"Session(id={self.id!r}, scope={self.info.scope!r}, closed={self.closed})"

    # -- episodic -------------------------------------------------------------------------------------
    def add_turn(
        self, role: str, content: str, observed_at: Optional[TimeLike] = None,
        metadata: Optional[Mapping[str, Any]] = None,
    ) -> Turn:
        """Store a turn verbatim, without extraction (``remember`` stores it *and* extracts from it)."""
        return self._engine.add_turn(self.info, role, content, observed_at, metadata)

    def turns(self) -> list[Turn]:
        return self._engine.turns(self.id)

    # -- write path -----------------------------------------------------------------------------------
    def remember(
        self, text: Optional[str] = None, *, role: str = "user", observed_at: Optional[TimeLike] = None,
        infer: Any = "full", triples: Optional[Sequence[tuple[str, str, str]]] = None,
        metadata: Optional[Mapping[str, Any]] = None,
    ) -> RememberResult:
        """Store the turn, extract facts, reconcile them with memory and return what changed."""
        from ._write._remember import remember

        return remember(self._engine, self._live(), text, role=role, observed_at=observed_at, infer=infer,
                        triples=triples, metadata=metadata)

    def remember_many(self, messages: Sequence[Any], *, infer: Any = "full") -> list[RememberResult]:
        """Remember messages in order: strings, ``{"role", "content", "observed_at"}`` dicts, ``(role, content)``
        tuples or LangChain messages. All are validated before any is written."""
        from ._write._remember import remember_many

        return remember_many(self._engine, self._live(), messages, infer=infer)

    # -- read path ------------------------------------------------------------------------------------
    def recall(
        self, query: str, top_k: int = 10, *, categories: Optional[Sequence[str]] = None,
        include_history: bool = False, as_of: Optional[TimeLike] = None, max_tokens: Optional[int] = None,
        ranking: Optional[RankingConfig] = None,
    ) -> RecallResult:
        """Hybrid recall at this session's scope (it sees its scope, narrower ones and ancestors)."""
        from ._recall._recall import recall

        return recall(self._engine, query, self.scope, top_k=top_k, categories=categories,
                      include_history=include_history, as_of=as_of, max_tokens=max_tokens, ranking=ranking)

    def profile(self, as_of: Optional[TimeLike] = None) -> Profile:
        from ._profile import profile

        return profile(self._engine, self.scope, as_of)

    def forget(
        self, query: Optional[str] = None, *, entity: Optional[str] = None, scope: Optional[ScopeLike] = None,
        purge: bool = False, dry_run: bool = False, threshold: float = 0.5, limit: int = 10,
    ) -> ForgetResult:
        """Forget by meaning (``query``), by ``entity``, or everything within an explicit ``scope`` (which must
        be this session's scope or narrower)."""
        return self._client._forget(query, entity=entity, scope=scope, purge=purge, dry_run=dry_run,
                                    threshold=threshold, limit=limit, default=self.scope)

    def _live(self) -> SessionInfo:
        if self.info.closed_at is not None:
            raise ValidationError(f"session {self.id} is closed")
        return self.info

    # -- lifecycle ------------------------------------------------------------------------------------
    def close(self) -> SessionInfo:
        """Close the session and consolidate it (idempotent)."""
        self.info = self._engine.close_session(self.info)
        return self.info

    def __enter__(self) -> Session:
        return self

    def __exit__(self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException],
                 tb: Optional[TracebackType]) -> None:
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
        path: Optional[str] = None,
        *,
        chroma: Any = None,
        embedding: Any = None,
        extractor: Any = None,
        ontology: Optional[Ontology] = None,
        collection_prefix: str = "spectron",
        lexical_path: Optional[str] = None,
        ranking: Optional[RankingConfig] = None,
        write_behind: bool = True,
        _engine: Optional[Engine] = None,
        _floor: Optional[Scope] = None,
    ) -> None:
        self._engine = _engine or Engine(
            path=path, chroma=chroma, embedding=embedding, extractor=extractor, ontology=ontology,
            collection_prefix=collection_prefix, lexical_path=lexical_path, ranking=ranking,
            write_behind=write_behind,
        )
        self._floor = _floor
        self.sessions = SessionManager(self)
        from ._documents_api import DocumentManager

        self.documents = DocumentManager(self)

    # -- scoping --------------------------------------------------------------------------------------
    @property
    def floor(self) -> Optional[Scope]:
        return self._floor

    def bound(self, floor: ScopeLike) -> Spectron:
        """A client confined to ``floor`` and narrower scopes: hand it to an agent you don't trust with scope
        arguments. Binding a bound client can only narrow it."""
        f = self._resolve(floor)
        return Spectron(_engine=self._engine, _floor=f)

    @property
    def ontology(self) -> Ontology:
        return self._engine.ontology

    # -- write path (implicit session) ----------------------------------------------------------------
    def remember(
        self, text: Optional[str] = None, *, scope: Optional[ScopeLike] = None, role: str = "user",
        observed_at: Optional[TimeLike] = None, infer: Any = "full",
        triples: Optional[Sequence[tuple[str, str, str]]] = None, metadata: Optional[Mapping[str, Any]] = None,
    ) -> RememberResult:
        """Remember outside an explicit session: a short-lived session is opened and closed around it."""
        from ._write._remember import validate_remember_args

        s = self._resolve(scope)
        validate_remember_args(text, role=role, observed_at=observed_at, infer=infer, triples=triples,
                               metadata=metadata)  # before the implicit session exists: errors write nothing
        with self.sessions.create(s, {"implicit": True}) as session:
            return session.remember(text, role=role, observed_at=observed_at, infer=infer, triples=triples,
                                    metadata=metadata)

    # -- read path ------------------------------------------------------------------------------------
    def recall(
        self, query: str, top_k: int = 10, *, scope: Optional[ScopeLike] = None,
        categories: Optional[Sequence[str]] = None, include_history: bool = False,
        as_of: Optional[TimeLike] = None, max_tokens: Optional[int] = None, ranking: Optional[RankingConfig] = None,
    ) -> RecallResult:
        """Hybrid recall of what is visible from ``scope`` (default: the floor, or global)."""
        from ._recall._recall import recall

        return recall(self._engine, query, self._resolve(scope), top_k=top_k, categories=categories,
                      include_history=include_history, as_of=as_of, max_tokens=max_tokens, ranking=ranking)

    def profile(self, *, scope: Optional[ScopeLike] = None, as_of: Optional[TimeLike] = None) -> Profile:
        """Effective facts, instructions, conflicts and entities visible from ``scope``."""
        from ._profile import profile

        return profile(self._engine, self._resolve(scope), as_of)

    def forget(
        self, query: Optional[str] = None, *, entity: Optional[str] = None, scope: Optional[ScopeLike] = None,
        purge: bool = False, dry_run: bool = False, threshold: float = 0.5, limit: int = 10,
    ) -> ForgetResult:
        """Forget by meaning, by entity, or (``scope=`` alone) everything within that scope.

        Soft by default: gone from every read, kept for :meth:`audit`. ``purge=True`` erases records, vectors,
        lexical entries and traces, and scrubs the embedded store's files. ``dry_run=True`` only counts.
        Calling it with nothing to select raises :class:`ValidationError`.
        """
        return self._forget(query, entity=entity, scope=scope, purge=purge, dry_run=dry_run, threshold=threshold,
                            limit=limit, default=None)

    def _forget(self, query: Optional[str], *, entity: Optional[str], scope: Optional[ScopeLike], purge: bool,
                dry_run: bool, threshold: float, limit: int, default: Optional[Scope]) -> ForgetResult:
        from ._forget import forget

        bulk = scope is not None and query is None and entity is None
        target = self._resolve(scope, default=default)
        return forget(self._engine, target, query=query, entity=entity, bulk=bulk, purge=purge, dry_run=dry_run,
                      threshold=threshold, limit=limit)

    def audit(self, *, scope: Optional[ScopeLike] = None, kinds: Optional[Sequence[str]] = None) -> list[Any]:
        """Soft-forgotten records within ``scope``, with who/when/why (``forgotten_at``, ``forgotten_reason``)."""
        from ._forget import audit

        return audit(self._engine, self._resolve(scope), list(kinds) if kinds else None)

    def history(self, entity: str, key: str, *, scope: Optional[ScopeLike] = None) -> list[Any]:
        """The supersession chain of ``entity.key`` visible from ``scope``, oldest first."""
        return self._engine.history(entity, key, self._resolve(scope))

    def traces(self, *, scope: Optional[ScopeLike] = None, ref: Optional[str] = None, limit: int = 100) -> list[Any]:
        """Decision traces of writes within ``scope`` (newest first); ``ref`` filters by turn/document id."""
        return self._engine.traces(self._resolve(scope), ref=ref, limit=limit)

    def flush(self) -> None:
        """Write every acknowledged write through to Chroma now (see ``write_behind``)."""
        self._engine.flush()

    def close(self) -> None:
        """Flush and stop the background flusher (also done at interpreter exit). The client stays usable."""
        self._engine.close()

    def __enter__(self) -> Spectron:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def repair(self) -> int:
        """Roll forward any journalled write a crashed process left behind (also done on open)."""
        from ._write._journal import repair_on_open

        with self._engine.lock:
            return repair_on_open(self._engine)
