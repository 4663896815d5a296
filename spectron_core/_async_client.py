"""``AsyncSpectron`` and ``AsyncSession``: the async twins.

They hold a sync client and run each call in a worker thread (``asyncio.to_thread``), so the planning and
reconciliation logic exists once. The store's write lock (one per store, shared by every client on it) makes
concurrent tasks safe: writes serialise, reads run in parallel.
"""

from __future__ import annotations

import asyncio
from collections.abc import Generator, Mapping, Sequence
from types import TracebackType
from typing import Any, Optional

from ._client import Session, Spectron
from ._models import RememberResult, SessionInfo, Turn
from ._scope import Scope, ScopeLike
from ._time import TimeLike

__all__ = ["AsyncSpectron", "AsyncSession", "AsyncSessionManager"]


class AsyncSession:
    """Async view of a :class:`Session`; ``async with mem.sessions.create(...) as session``."""

    def __init__(self, session: Session) -> None:
        self._sync = session

    @property
    def id(self) -> str:
        return self._sync.id

    @property
    def scope(self) -> Scope:
        return self._sync.scope

    @property
    def info(self) -> SessionInfo:
        return self._sync.info

    @property
    def sync(self) -> Session:
        """The underlying sync session (same engine, same lock)."""
        return self._sync

    def __repr__(self) -> str:
        return "Async" + repr(self._sync)

    async def add_turn(self, role: str, content: str, observed_at: Optional[TimeLike] = None,
                       metadata: Optional[Mapping[str, Any]] = None) -> Turn:
        return await asyncio.to_thread(self._sync.add_turn, role, content, observed_at, metadata)

    async def turns(self) -> list[Turn]:
        return await asyncio.to_thread(self._sync.turns)

    async def remember(self, text: Optional[str] = None, **kwargs: Any) -> RememberResult:
        return await asyncio.to_thread(lambda: self._sync.remember(text, **kwargs))

    async def remember_many(self, messages: Sequence[Any], **kwargs: Any) -> list[RememberResult]:
        return await asyncio.to_thread(lambda: self._sync.remember_many(messages, **kwargs))

    async def recall(self, query: str, top_k: int = 10, **kwargs: Any) -> Any:
        return await asyncio.to_thread(lambda: self._sync.recall(query, top_k, **kwargs))

    async def profile(self, **kwargs: Any) -> Any:
        return await asyncio.to_thread(lambda: self._sync.profile(**kwargs))

    async def forget(self, query: Optional[str] = None, **kwargs: Any) -> Any:
        return await asyncio.to_thread(lambda: self._sync.forget(query, **kwargs))

    async def close(self) -> SessionInfo:
        return await asyncio.to_thread(self._sync.close)

    async def __aenter__(self) -> AsyncSession:
        return self

    async def __aexit__(self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException],
                        tb: Optional[TracebackType]) -> None:
        await self.close()


class _PendingSession:
    """What ``AsyncSessionManager.create`` returns: awaitable, and an async context manager."""

    def __init__(self, manager: AsyncSessionManager, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self._manager, self._args, self._kwargs = manager, args, kwargs
        self._session: Optional[AsyncSession] = None

    async def _open(self) -> AsyncSession:
        sync = await asyncio.to_thread(lambda: self._manager._sync.create(*self._args, **self._kwargs))
        self._session = AsyncSession(sync)
        return self._session

    def __await__(self) -> Generator[Any, None, AsyncSession]:
        return self._open().__await__()

    async def __aenter__(self) -> AsyncSession:
        return await self._open()

    async def __aexit__(self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException],
                        tb: Optional[TracebackType]) -> None:
        if self._session is not None:
            await self._session.close()


class AsyncSessionManager:
    def __init__(self, client: Spectron) -> None:
        self._sync = client.sessions

    def create(self, scope: Optional[ScopeLike] = None, metadata: Optional[Mapping[str, Any]] = None, *,
               session_id: Optional[str] = None) -> _PendingSession:
        return _PendingSession(self, (scope, metadata), {"session_id": session_id})

    async def get(self, session_id: str) -> AsyncSession:
        return AsyncSession(await asyncio.to_thread(self._sync.get, session_id))

    async def list(self, scope: Optional[ScopeLike] = None, *, include_closed: bool = True) -> list[SessionInfo]:
        return await asyncio.to_thread(lambda: self._sync.list(scope, include_closed=include_closed))


class AsyncSpectron:
    """Async client. Takes the same arguments as :class:`Spectron` (or ``sync=`` an existing one)."""

    def __init__(self, path: Optional[str] = None, *, sync: Optional[Spectron] = None, **kwargs: Any) -> None:
        self._sync = sync if sync is not None else Spectron(path, **kwargs)
        self.sessions = AsyncSessionManager(self._sync)
        self.documents = _AsyncDocuments(self._sync)

    @property
    def sync(self) -> Spectron:
        return self._sync

    @property
    def floor(self) -> Optional[Scope]:
        return self._sync.floor

    def bound(self, floor: ScopeLike, *, file_root: Optional[Any] = None) -> AsyncSpectron:
        """See :meth:`Spectron.bound` (a floor is required; ``file_root`` allows file reads inside it)."""
        return AsyncSpectron(sync=self._sync.bound(floor, file_root=file_root))

    async def audit(self, **kwargs: Any) -> list[Any]:
        """Async :meth:`Spectron.audit`: soft-forgotten records within a scope."""
        return await asyncio.to_thread(lambda: self._sync.audit(**kwargs))

    async def remember(self, text: Optional[str] = None, **kwargs: Any) -> RememberResult:
        return await asyncio.to_thread(lambda: self._sync.remember(text, **kwargs))

    async def recall(self, query: str, top_k: int = 10, **kwargs: Any) -> Any:
        return await asyncio.to_thread(lambda: self._sync.recall(query, top_k, **kwargs))

    async def profile(self, **kwargs: Any) -> Any:
        return await asyncio.to_thread(lambda: self._sync.profile(**kwargs))

    async def forget(self, query: Optional[str] = None, **kwargs: Any) -> Any:
        return await asyncio.to_thread(lambda: self._sync.forget(query, **kwargs))

    async def get(self, record_id: str, *, include_forgotten: bool = False) -> Any:
        """Async :meth:`Spectron.get`: one record by id (``NotFoundError`` when missing or not visible)."""
        return await asyncio.to_thread(lambda: self._sync.get(record_id, include_forgotten=include_forgotten))

    async def records(self, **kwargs: Any) -> list[Any]:
        """Async :meth:`Spectron.records`: records stored at a scope or narrower."""
        return await asyncio.to_thread(lambda: self._sync.records(**kwargs))

    async def history(self, entity: str, key: str, **kwargs: Any) -> list[Any]:
        return await asyncio.to_thread(lambda: self._sync.history(entity, key, **kwargs))

    async def traces(self, **kwargs: Any) -> list[Any]:
        return await asyncio.to_thread(lambda: self._sync.traces(**kwargs))

    async def flush(self, *, wait: bool = True) -> None:
        await asyncio.to_thread(lambda: self._sync.flush(wait=wait))

    async def embed(self, texts: Sequence[str]) -> list[Any]:
        return await asyncio.to_thread(lambda: self._sync.embed(texts))

    async def close(self) -> None:
        await asyncio.to_thread(self._sync.close)

    async def __aenter__(self) -> AsyncSpectron:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()


class _AsyncDocuments:
    def __init__(self, client: Spectron) -> None:
        self._client = client

    async def ingest(self, source: Any, **kwargs: Any) -> Any:
        return await asyncio.to_thread(lambda: self._client.documents.ingest(source, **kwargs))

    async def ingest_file(self, path: Any, **kwargs: Any) -> Any:
        """Async :meth:`DocumentManager.ingest_file` (same file permission as the sync client)."""
        return await asyncio.to_thread(lambda: self._client.documents.ingest_file(path, **kwargs))

    async def list(self, **kwargs: Any) -> Any:
        return await asyncio.to_thread(lambda: self._client.documents.list(**kwargs))
