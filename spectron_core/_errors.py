"""Every error Spectron raises, as one small tree.

Callers catch :class:`SpectronError` to handle anything from this library, or a subclass when they can do
something specific about it. Each class says when it is raised.

What a raised error says about the store depends on when it was raised. Argument errors
(:class:`ValidationError`, :class:`ScopeError`, and :class:`ExtractionError`, since extraction runs before
anything is applied) come before the first store call, so nothing was written. A :class:`StoreError` raised
while a write was being applied does not mean that: once the write is in the store's journal it is rolled
forward whole by the next write, the next open or :meth:`Spectron.repair` (never left half applied). Treat
such a write as "may have happened" and retry it: writes are idempotent, so a retry cannot double it.
"""

from __future__ import annotations

__all__ = [
    "SpectronError",
    "ValidationError",
    "ScopeError",
    "NotFoundError",
    "StoreError",
    "IntegrityError",
    "StoreBusyError",
    "ExtractionError",
    "ConfigurationError",
]


class SpectronError(Exception):
    """Root of every error this library raises on purpose."""


class ValidationError(SpectronError, ValueError):
    """An argument is malformed: empty text, a bad role, an unknown category, an unparseable time.

    Also a ``ValueError`` so code written against plain Python conventions still catches it.
    """


class ScopeError(ValidationError):
    """A scope is malformed, or a bound client (or a session) was asked to reach outside its floor, or a
    bound client was asked to read a host file its application did not allow (``bound(floor, file_root=)``).

    Scope isolation is a security property, so this is raised before any read or write happens.
    """


class NotFoundError(SpectronError, KeyError):
    """A session, entity, record or document id does not exist (or is not visible from the scope)."""

    def __str__(self) -> str:  # KeyError quotes its argument; keep the message readable.
        return str(self.args[0]) if self.args else ""


class StoreError(SpectronError):
    """The storage engine (Chroma, the lexical index) failed or is unreachable."""


class IntegrityError(StoreError):
    """A store failed its invariants (e.g. a model file or encoding whose hash does not match)."""


class StoreBusyError(StoreError):
    """An embedded store folder is open in another process.

    Embedded Chroma supports one process per folder (two writer processes corrupt its index files), so the
    second process is refused before Chroma touches a file. Share a store between processes through a Chroma
    server instead; the message names the process that holds the folder.
    """


class ExtractionError(SpectronError):
    """An extractor could not produce a valid result and had no fallback."""


class ConfigurationError(SpectronError):
    """A setting, an optional dependency or a model file is missing or inconsistent."""
