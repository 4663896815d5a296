"""``AsyncSpectron`` and ``AsyncSession``: the async twins.

They hold a sync client and run each call in a worker thread (``asyncio.to_thread``), so the planning and
reconciliation logic exists once. The store's write lock (one per store, shared by every client on it) makes
concurrent tasks safe: writes serialise, reads run in parallel.

Each method repeats its sync twin's full signature and return type instead of forwarding ``**kwargs``: a
type checker then sees ``await mem.recall(...)`` as a :class:`RecallResult` and flags a misspelt keyword,
as it does on the sync client. ``tests/test_async_surface.py`` checks that the two surfaces stay the same.
"""

from __future__ import annotations

import asyncio
from collections.abc import Generator, Mapping, Sequence
from types import TracebackType
from typing import Any

from ._client import Session, SessionManager, Spectron
from ._documents_api import DocumentManager
from ._extract._ontology import Ontology
from ._extract._types import Extractor
from ._fsck import RepairReport
from ._models import DocumentInfo, RememberResult, SessionInfo, Turn
from ._recall import ForgetResult, Profile, RankingConfig, RecallResult
from ._scope import Scope, ScopeLike
from ._time import TimeLike
from ._write import DocumentResult

__all__ = ["AsyncDocumentManager", "AsyncSession", "AsyncSessionManager", "AsyncSpectron", "PendingAsyncSession"]


class AsyncSession:
    """Async view of a :class:`Session`; ``async with mem.sessions.create(...) as session``.

    Each method runs the sync method of the same name in a worker thread: the same arguments, the same
    result and the same errors (see the sync docstrings), so the logic is written once."""

    def __init__(self, session: Session) -> None:
        self._sync = session

    @property
    def id(self) -> str:
        """:attr:`Session.id`."""
        return self._sync.id

    @property
    def scope(self) -> Scope:
        """:attr:`Session.scope`."""
        return self._sync.scope

    @property
    def info(self) -> SessionInfo:
        """The session record as this handle last saw it (updated by :meth:`close`)."""
        return self._sync.info

    @property
    def closed(self) -> bool:
        """:attr:`Session.closed`."""
        return self._sync.closed

    @property
    def sync(self) -> Session:
        """The underlying sync session (same engine, same lock)."""
        return self._sync

    def __repr__(self) -> str:
        return "Async" + repr(self._sync)

    async def add_turn(
        self,
        role: str,
        content: str,
        observed_at: TimeLike | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> Turn:
        """Async :meth:`Session.add_turn`."""
        return await asyncio.to_thread(self._sync.add_turn, role, content, observed_at, metadata)

    async def turns(self) -> list[Turn]:
        """Async :meth:`Session.turns`."""
        return await asyncio.to_thread(self._sync.turns)

    async def remember(
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
        """Async :meth:`Session.remember`."""
        return await asyncio.to_thread(
            self._sync.remember,
            text,
            role=role,
            observed_at=observed_at,
            infer=infer,
            triples=triples,
            metadata=metadata,
            extractor=extractor,
        )

    async def remember_many(
        self,
        messages: Sequence[Any],
        *,
        infer: Any = "full",
        extractor: Extractor | None = None,
        vectors: Mapping[str, Any] | None = None,
        flush: bool = True,
    ) -> list[RememberResult]:
        """Async :meth:`Session.remember_many`."""
        return await asyncio.to_thread(
            self._sync.remember_many, messages, infer=infer, extractor=extractor, vectors=vectors, flush=flush
        )

    async def recall(
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
        """Async :meth:`Session.recall`."""
        return await asyncio.to_thread(
            self._sync.recall,
            query,
            top_k,
            categories=categories,
            include_history=include_history,
            as_of=as_of,
            max_tokens=max_tokens,
            ranking=ranking,
        )

    async def profile(self, as_of: TimeLike | None = None) -> Profile:
        """Async :meth:`Session.profile`."""
        return await asyncio.to_thread(self._sync.profile, as_of)

    async def forget(
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
        """Async :meth:`Session.forget`."""
        return await asyncio.to_thread(
            self._sync.forget,
            query,
            entity=entity,
            scope=scope,
            purge=purge,
            dry_run=dry_run,
            threshold=threshold,
            limit=limit,
            mentions=mentions,
        )

    async def close(self) -> SessionInfo:
        """Async :meth:`Session.close` (consolidates the session; idempotent)."""
        return await asyncio.to_thread(self._sync.close)

    async def __aenter__(self) -> AsyncSession:  # noqa: PYI034
        """The session itself: ``async with mem.sessions.create(...) as session``."""
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Close (and consolidate) the session, also when the block raised."""
        await self.close()


class PendingAsyncSession:
    """What :meth:`AsyncSessionManager.create` returns: ``await`` it for an :class:`AsyncSession`, or use it as
    ``async with`` to have the session closed (and consolidated) when the block ends.

    A plain coroutine could not be both; the session is opened only when awaited or entered, in a worker
    thread like every other call."""

    def __init__(
        self,
        manager: SessionManager,
        scope: ScopeLike | None,
        metadata: Mapping[str, Any] | None,
        session_id: str | None,
    ) -> None:
        self._manager = manager
        self._scope, self._metadata, self._session_id = scope, metadata, session_id
        self._session: AsyncSession | None = None

    async def _open(self) -> AsyncSession:
        sync = await asyncio.to_thread(self._manager.create, self._scope, self._metadata, session_id=self._session_id)
        self._session = AsyncSession(sync)
        return self._session

    def __await__(self) -> Generator[Any, None, AsyncSession]:
        return self._open().__await__()

    async def __aenter__(self) -> AsyncSession:
        return await self._open()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._session is not None:
            await self._session.close()


class AsyncSessionManager:
    """``mem.sessions`` of an :class:`AsyncSpectron`: the async :class:`SessionManager`."""

    def __init__(self, client: Spectron) -> None:
        self._sync = client.sessions

    def create(
        self,
        scope: ScopeLike | None = None,
        metadata: Mapping[str, Any] | None = None,
        *,
        session_id: str | None = None,
    ) -> PendingAsyncSession:
        """Async :meth:`SessionManager.create`: ``async with mem.sessions.create(...) as session`` (or
        ``session = await mem.sessions.create(...)``, then close it yourself)."""
        return PendingAsyncSession(self._sync, scope, metadata, session_id)

    async def get(self, session_id: str) -> AsyncSession:
        """Async :meth:`SessionManager.get`."""
        return AsyncSession(await asyncio.to_thread(self._sync.get, session_id))

    async def list(self, scope: ScopeLike | None = None, *, include_closed: bool = True) -> list[SessionInfo]:
        """Async :meth:`SessionManager.list`."""
        return await asyncio.to_thread(self._sync.list, scope, include_closed=include_closed)


class AsyncDocumentManager:
    """``mem.documents`` of an :class:`AsyncSpectron`: the async :class:`DocumentManager`."""

    def __init__(self, client: Spectron) -> None:
        self._sync: DocumentManager = client.documents

    async def ingest(
        self,
        source: Any,
        *,
        title: str,
        scope: ScopeLike | None = None,
        authored_at: TimeLike | None = None,
        chunk_tokens: int = 200,
    ) -> DocumentResult:
        """Async :meth:`DocumentManager.ingest`."""
        return await asyncio.to_thread(
            self._sync.ingest, source, title=title, scope=scope, authored_at=authored_at, chunk_tokens=chunk_tokens
        )

    async def ingest_file(
        self,
        path: Any,
        *,
        title: str | None = None,
        scope: ScopeLike | None = None,
        authored_at: TimeLike | None = None,
        chunk_tokens: int = 200,
    ) -> DocumentResult:
        """Async :meth:`DocumentManager.ingest_file` (same file permission as the sync client)."""
        return await asyncio.to_thread(
            self._sync.ingest_file, path, title=title, scope=scope, authored_at=authored_at, chunk_tokens=chunk_tokens
        )

    async def list(self, *, scope: ScopeLike | None = None, include_superseded: bool = False) -> list[DocumentInfo]:
        """Async :meth:`DocumentManager.list`."""
        return await asyncio.to_thread(self._sync.list, scope=scope, include_superseded=include_superseded)


class AsyncSpectron:
    """Async client over the same engine as :class:`Spectron`.

    Takes :class:`Spectron`'s arguments, or ``sync=`` an existing client to share its store (the other
    arguments are then not used). Each method runs the sync method of the same name in a worker thread:
    the same arguments, result and errors (see the sync docstrings)."""

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
        sync: Spectron | None = None,
    ) -> None:
        self._sync = (
            sync
            if sync is not None
            else Spectron(
                path,
                chroma=chroma,
                embedding=embedding,
                extractor=extractor,
                ontology=ontology,
                collection_prefix=collection_prefix,
                lexical_path=lexical_path,
                ranking=ranking,
                write_behind=write_behind,
            )
        )
        self.sessions = AsyncSessionManager(self._sync)
        self.documents = AsyncDocumentManager(self._sync)

    @property
    def sync(self) -> Spectron:
        """The underlying sync client (same engine, same lock)."""
        return self._sync

    @property
    def floor(self) -> Scope | None:
        """:attr:`Spectron.floor`: the scope this client is confined to (None: unconfined)."""
        return self._sync.floor

    @property
    def ontology(self) -> Ontology:
        """:attr:`Spectron.ontology`: the attribute keys this store knows."""
        return self._sync.ontology

    def bound(self, floor: ScopeLike, *, file_root: Any | None = None) -> AsyncSpectron:
        """See :meth:`Spectron.bound` (a floor is required; ``file_root`` allows file reads inside it)."""
        return AsyncSpectron(sync=self._sync.bound(floor, file_root=file_root))

    async def remember(
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
        """Async :meth:`Spectron.remember`."""
        return await asyncio.to_thread(
            self._sync.remember,
            text,
            scope=scope,
            role=role,
            observed_at=observed_at,
            infer=infer,
            triples=triples,
            metadata=metadata,
            extractor=extractor,
        )

    async def recall(
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
        """Async :meth:`Spectron.recall`."""
        return await asyncio.to_thread(
            self._sync.recall,
            query,
            top_k,
            scope=scope,
            categories=categories,
            include_history=include_history,
            as_of=as_of,
            max_tokens=max_tokens,
            ranking=ranking,
        )

    async def profile(self, *, scope: ScopeLike | None = None, as_of: TimeLike | None = None) -> Profile:
        """Async :meth:`Spectron.profile`."""
        return await asyncio.to_thread(self._sync.profile, scope=scope, as_of=as_of)

    async def forget(
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
        """Async :meth:`Spectron.forget`."""
        return await asyncio.to_thread(
            self._sync.forget,
            query,
            entity=entity,
            scope=scope,
            purge=purge,
            dry_run=dry_run,
            threshold=threshold,
            limit=limit,
            ids=ids,
            mentions=mentions,
        )

    async def audit(self, *, scope: ScopeLike | None = None, kinds: Sequence[str] | None = None) -> list[Any]:
        """Async :meth:`Spectron.audit`: soft-forgotten records within a scope."""
        return await asyncio.to_thread(self._sync.audit, scope=scope, kinds=kinds)

    async def get(self, record_id: str, *, include_forgotten: bool = False) -> Any:
        """Async :meth:`Spectron.get`: one record by id (``NotFoundError`` when missing or not visible)."""
        return await asyncio.to_thread(self._sync.get, record_id, include_forgotten=include_forgotten)

    async def records(
        self,
        *,
        scope: ScopeLike | None = None,
        kinds: Sequence[str] | None = None,
        include_history: bool = False,
        include_forgotten: bool = False,
    ) -> list[Any]:
        """Async :meth:`Spectron.records`: records stored at a scope or narrower."""
        return await asyncio.to_thread(
            self._sync.records,
            scope=scope,
            kinds=kinds,
            include_history=include_history,
            include_forgotten=include_forgotten,
        )

    async def history(self, entity: str, key: str, *, scope: ScopeLike | None = None) -> list[Any]:
        """Async :meth:`Spectron.history`."""
        return await asyncio.to_thread(self._sync.history, entity, key, scope=scope)

    async def traces(
        self,
        *,
        scope: ScopeLike | None = None,
        ref: str | None = None,
        limit: int = 100,
    ) -> list[Any]:
        """Async :meth:`Spectron.traces`."""
        return await asyncio.to_thread(self._sync.traces, scope=scope, ref=ref, limit=limit)

    async def flush(self, *, wait: bool = True) -> None:
        """Async :meth:`Spectron.flush`."""
        await asyncio.to_thread(self._sync.flush, wait=wait)

    async def embed(self, texts: Sequence[str]) -> list[Any]:
        """Async :meth:`Spectron.embed`."""
        return await asyncio.to_thread(self._sync.embed, texts)

    async def repair(
        self,
        *,
        fix: bool = True,
        retry_quarantined: bool = False,
        drop_quarantined: bool = False,
        progress: Any | None = None,
    ) -> RepairReport:
        """Async :meth:`Spectron.repair` (``progress`` is called from the worker thread)."""
        return await asyncio.to_thread(
            self._sync.repair,
            fix=fix,
            retry_quarantined=retry_quarantined,
            drop_quarantined=drop_quarantined,
            progress=progress,
        )

    async def close(self) -> None:
        """Async :meth:`Spectron.close`."""
        await asyncio.to_thread(self._sync.close)

    async def __aenter__(self) -> AsyncSpectron:  # noqa: PYI034
        """The client itself: ``async with AsyncSpectron(...) as mem``."""
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """:meth:`close`: queued writes reach Chroma and an embedded folder is released."""
        await self.close()
