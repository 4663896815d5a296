"""The async clients mirror the sync ones exactly: same public methods, same parameters (names, kinds,
defaults, annotations) and the same return types, async where the sync one does I/O.

The async methods delegate to the sync ones in a worker thread, so a parameter missing on one side is a
feature missing for async users, and a ``**kwargs`` would hide typos from type checkers."""

from __future__ import annotations

import inspect

import pytest

import spectron_core as sc

PAIRS = [
    (sc.Spectron, sc.AsyncSpectron),
    (sc.Session, sc.AsyncSession),
    (sc.SessionManager, sc.AsyncSessionManager),
    (sc.DocumentManager, sc.AsyncDocumentManager),
]
ASYNC_NAME = {"Spectron": "AsyncSpectron", "Session": "AsyncSession", "SessionManager": "AsyncSessionManager",
              "DocumentManager": "AsyncDocumentManager"}
SYNC_ONLY_RETURNS = {("SessionManager", "create"): "PendingAsyncSession"}
"""``create`` returns something both awaitable and an async context manager, which no coroutine can be."""
NOT_COROUTINES = {"bound", "create"}
"""Methods that do no I/O (they build an object), so the async twin is a plain method too."""
ASYNC_ONLY = {"sync"}
"""The async side exposes its sync twin (same engine, same lock)."""
INSTANCE_ATTRIBUTES = {"Session": {"info"}}
"""A sync session's ``info`` is a plain attribute (it is replaced on close); the async one reads it."""


def public(cls: type) -> set[str]:
    return {n for n in dir(cls) if not n.startswith("_")}


def _signature(fn: object) -> inspect.Signature:
    if isinstance(fn, property):
        return inspect.signature(fn.fget)  # type: ignore[arg-type]
    return inspect.signature(fn)  # type: ignore[arg-type]


@pytest.mark.parametrize("sync_cls, async_cls", PAIRS, ids=[s.__name__ for s, _ in PAIRS])
def test_the_async_surface_has_the_same_public_names(sync_cls: type, async_cls: type) -> None:
    expected = public(sync_cls) | INSTANCE_ATTRIBUTES.get(sync_cls.__name__, set())
    assert public(async_cls) - ASYNC_ONLY == expected


@pytest.mark.parametrize("sync_cls, async_cls", PAIRS, ids=[s.__name__ for s, _ in PAIRS])
def test_each_async_method_has_the_sync_parameters_and_return_type(sync_cls: type, async_cls: type) -> None:
    for name in sorted(public(sync_cls)):
        sync_attr, async_attr = inspect.getattr_static(sync_cls, name), inspect.getattr_static(async_cls, name)
        assert isinstance(sync_attr, property) == isinstance(async_attr, property), name
        s, a = _signature(sync_attr), _signature(async_attr)
        assert list(a.parameters.values()) == list(s.parameters.values()), f"{async_cls.__name__}.{name}"
        want = SYNC_ONLY_RETURNS.get((sync_cls.__name__, name), ASYNC_NAME.get(s.return_annotation,
                                                                                 s.return_annotation))
        assert a.return_annotation == want, f"{async_cls.__name__}.{name} returns {a.return_annotation}"
        if isinstance(sync_attr, property):
            continue
        assert not inspect.iscoroutinefunction(sync_attr), name
        assert inspect.iscoroutinefunction(async_attr) == (name not in NOT_COROUTINES), name


def test_the_async_client_takes_the_sync_clients_public_arguments() -> None:
    sync_params = [p for p in inspect.signature(sc.Spectron).parameters.values() if not p.name.startswith("_")]
    async_params = [p for p in inspect.signature(sc.AsyncSpectron).parameters.values() if p.name != "sync"]
    assert async_params == sync_params


def test_context_managers_pair_up() -> None:
    for sync_cls, async_cls in PAIRS[:2]:
        assert hasattr(sync_cls, "__enter__") and hasattr(sync_cls, "__exit__")
        assert inspect.iscoroutinefunction(async_cls.__aenter__)
        assert inspect.iscoroutinefunction(async_cls.__aexit__)
