"""``mem.documents``: ingest and list authoritative documents.

Text is text: :meth:`DocumentManager.ingest` never treats a string as a path, however much it looks like
one (a one-line string naming ``/etc/…`` used to be read from disk, so an agent's tool argument could put a
host secret into its own recall). Reading a file is the explicit :meth:`DocumentManager.ingest_file` (or a
``pathlib.Path`` given to ``ingest``), and a bound client may read files only inside the folder its
application allowed with ``mem.bound(floor, file_root=...)``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ._engine import Engine
from ._errors import NotFoundError, ScopeError, ValidationError
from ._models import DocumentInfo
from ._recall import list_documents
from ._scope import Scope, ScopeLike
from ._time import TimeLike
from ._validate import check_bool
from ._write import TEXT_SUFFIXES, DocumentResult, ingest, read_text_file

__all__ = ["DocumentManager", "narrow_file_root", "resolve_file"]


def _as_folder(root: Any) -> Path:
    if isinstance(root, bool) or not isinstance(root, (str, os.PathLike)):
        raise ValidationError(f"file_root must be a folder path, got {type(root).__name__}")
    folder = Path(root).expanduser().resolve()
    if not folder.is_dir():
        raise ValidationError(f"file_root {str(root)!r} is not an existing folder")
    return folder


def narrow_file_root(current: Any, requested: Any) -> Any:
    """The file permission of a client bound from one with permission ``current`` (see ``Spectron._files``):
    none unless ``requested`` names a folder, and never wider than ``current``."""
    if requested is None:
        return None
    folder = _as_folder(requested)
    if current is True:
        return folder
    if current is None:
        raise ScopeError("this client may not read host files, so it cannot grant a file_root")
    if not folder.is_relative_to(current):
        raise ScopeError(f"file_root {str(folder)!r} is outside this client's file root {str(current)!r}")
    return folder


def resolve_file(source: Any, allowed: Any) -> Path:
    """Check that ``source`` names a readable regular file this client may read; returns its resolved path.

    Raises :class:`ScopeError` when the client may not read it (a bound client without ``file_root``, or a
    path outside that root, symlinks resolved), :class:`NotFoundError` when there is no such file, and
    :class:`ValidationError` for anything that is not a path or not a regular file."""
    if isinstance(source, bytes) or not isinstance(source, (str, os.PathLike)):
        raise ValidationError(f"ingest_file takes a file path (str or pathlib.Path), got {type(source).__name__}")
    raw = os.fspath(source)
    if not isinstance(raw, str) or not raw.strip():
        raise ValidationError("file path is empty")
    if "\x00" in raw:
        raise ValidationError("file path contains a NUL character")
    if allowed is None or allowed is False:
        raise ScopeError(
            "this client is bound to a scope floor and may not read host files; the application can allow "
            "a folder with mem.bound(floor, file_root=...), or pass the text to documents.ingest"
        )
    try:
        path = Path(raw).expanduser().resolve()
    except (OSError, RuntimeError, ValueError) as exc:
        raise ValidationError(f"cannot resolve file path {raw!r}: {exc}") from exc
    if allowed is not True and not path.is_relative_to(allowed):
        raise ScopeError(f"file {raw!r} is outside the folder this client may read ({str(allowed)!r})")
    if path.suffix.lower() not in TEXT_SUFFIXES:
        raise ValidationError(
            f"{path.name}: only plain-text formats are supported ({', '.join(sorted(TEXT_SUFFIXES - {''}))})"
        )
    if not path.exists():
        raise NotFoundError(f"no file at {raw!r}")
    if not path.is_file():
        raise ValidationError(f"{raw!r} is not a regular file")
    return path


class DocumentManager:
    """``mem.documents``: authoritative documents, ingested from text or (explicitly) from a file."""

    def __init__(self, engine: Engine, resolve: Callable[[ScopeLike | None], Scope], files: Any) -> None:
        """``resolve`` turns a ``scope`` argument into the scope to use, enforcing the client's floor;
        ``files`` is the client's host-file permission (see ``Spectron._files``)."""
        self._engine = engine
        self._resolve = resolve
        self._files = files

    def ingest(
        self,
        source: Any,
        *,
        title: str,
        scope: ScopeLike | None = None,
        authored_at: TimeLike | None = None,
        chunk_tokens: int = 200,
    ) -> DocumentResult:
        """Ingest ``source`` as authoritative memory (re-ingesting the same text is a no-op; changed text is a
        new version that supersedes the old version's facts).

        A ``str`` is always the document's text, never a path. A ``pathlib.Path`` (an explicit file object)
        is read like :meth:`ingest_file`, under the same permission.

        Args:
            title: names the document within its scope: a new text under the same title is its next version.
            scope: where the document is stored (default: the client's floor, or global).
            authored_at: when the document was written; its facts are valid from then (default now).
            chunk_tokens: size of the recallable chunks (32-4000 tokens).

        Raises:
            ValidationError: ``source`` is neither text nor a path, the text is empty, over 5,000,000
                characters or holds a NUL, a bad title or ``chunk_tokens``, a naive ``authored_at``.
            ScopeError: ``scope`` is outside the floor (or, for a path, the file is not readable by this client).
            ExtractionError: the extractor failed (nothing is written).
        """
        if isinstance(source, os.PathLike):
            return self.ingest_file(
                source, title=title, scope=scope, authored_at=authored_at, chunk_tokens=chunk_tokens
            )
        if not isinstance(source, str):
            raise ValidationError(
                f"ingest takes the document's text as a str (or a pathlib.Path), got {type(source).__name__}; "
                "use documents.ingest_file(path) to read a file"
            )
        s = self._resolve(scope)
        return ingest(self._engine, source, title=title, scope=s, authored_at=authored_at, chunk_tokens=chunk_tokens)

    def ingest_file(
        self,
        path: Any,
        *,
        title: str | None = None,
        scope: ScopeLike | None = None,
        authored_at: TimeLike | None = None,
        chunk_tokens: int = 200,
    ) -> DocumentResult:
        """Read a UTF-8 plain-text file and ingest it (``title`` defaults to the file name).

        The application's own client reads any file it names; a bound client reads only inside the
        ``file_root`` it was bound with, and none without one (:class:`ScopeError`). A missing file raises
        :class:`NotFoundError`; a binary or non-UTF-8 file :class:`ValidationError`."""
        s = self._resolve(scope)
        resolved = resolve_file(path, self._files)
        text = read_text_file(resolved)
        return ingest(
            self._engine,
            text,
            title=resolved.name if title is None else title,
            scope=s,
            authored_at=authored_at,
            chunk_tokens=chunk_tokens,
            path=str(resolved),
        )

    def list(self, *, scope: ScopeLike | None = None, include_superseded: bool = False) -> list[DocumentInfo]:
        """Documents at ``scope`` or narrower, by title and version. Soft-forgotten documents are not listed
        (``audit`` has them); earlier versions only with ``include_superseded``. Raises
        :class:`ValidationError` when ``include_superseded`` is not a bool, :class:`ScopeError` for a scope
        outside the floor."""
        check_bool(include_superseded, field="include_superseded")  # before the scope, as it always was
        return list_documents(self._engine, self._resolve(scope), include_superseded=include_superseded)
