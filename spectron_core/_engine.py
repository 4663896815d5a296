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
from typing import Any

from ._backend import lexical_path_for, open_client, open_embedded, resolve_embedding
from ._errors import StoreError, ValidationError
from ._extract._ontology import Ontology, default_ontology
from ._recall import RankingConfig
from ._store._chroma import ChromaStore
from ._store._lexical import LexicalIndex
from ._store._locks import StoreLock
from ._store._outbox import Outbox
from ._store._owner import acquire_folder, open_timeout_default
from ._store._segments import quarantine_collections
from ._write import SessionBook, WritePlan, apply_plan, repair_on_open

__all__ = ["Engine", "check_collection_prefix"]

log = logging.getLogger("spectron_core.store")


def _close_quietly(client: Any) -> None:
    """Close a Chroma client we opened (chromadb stops its shared system with the last client)."""
    try:
        client.close()
    except Exception as exc:  # pragma: no cover - closing must not mask the error being handled  # noqa: BLE001
        log.warning("closing the Chroma client failed: %s", exc)


_UNLOADABLE_INDEX = re.compile(r"hnsw segment|hnsw index|pickle file", re.IGNORECASE)
"""Chroma's errors for a vector segment it cannot load (``Error creating hnsw segment reader: …``)."""
_PREFIX_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$")


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


class Engine:
    """Owns the store, the extractor and the ontology; implements every operation once."""

    def __init__(
        self,
        *,
        path: Any = None,
        chroma: Any = None,
        embedding: Any = None,
        extractor: Any = None,
        ontology: Ontology | None = None,
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
        folder: Path | None = None
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
            self.path: Path | None = folder
            self.chroma = chroma
            client_folder = self.persist_dir()
            if self._lease is None and client_folder is not None:  # a PersistentClient the caller opened
                self._lease = acquire_folder(client_folder, timeout=open_timeout_default())
            self.ranking = ranking if ranking is not None else RankingConfig()
            self.ontology = ontology if ontology is not None else default_ontology()
            self.key_vectors: dict[str, Any] = {}
            """Key meanings embedded with this engine's embedding function (``_write/_vectors``)."""
            self.span_vectors: dict[str, Any] = {}
            """Short spans a change of value may be read from, and the values they are compared with, embedded
            once (``_write/_unread_change``): a bulk replay says the same things many times."""
            self._extractor = extractor
            lex_path = lexical_path if lexical_path is not None else lexical_path_for(chroma, folder, collection_prefix)
            self.lexical = LexicalIndex(lex_path)
            # The local index sees every write when it lives in the store's own folder (or in memory beside an
            # in-memory client); a server's other clients write past a per-machine cache.
            trust_local = lex_path is None or self.persist_dir() is not None
            self.store = ChromaStore(
                chroma, self.embedding_function, prefix=collection_prefix, lexical=self.lexical, trust_local=trust_local
            )
            self.lock = StoreLock(
                self._lock_key(chroma, folder, collection_prefix),
                (folder / f"{collection_prefix}.lock") if folder is not None else None,
                on_enter=self._ensure_open,
            )
            self.sessions = SessionBook(self)
            """Session and turn writes, with their caches of this store (``_write/_sessions``)."""
            self.needs_repair = False
            """A write this process journalled failed to apply; the next write rolls it forward first."""
            self.recovered: dict[str, Any] = {}
            """What recovery on open did, for the next ``Spectron.repair()`` report (``_write/_commit``)."""
            self.repairs = 0
            """Writes the last recovery replayed or quarantined."""
            self._recover()
            if trust_local and write_behind:
                self.store.outbox = Outbox(self.store, self.lock)
        except BaseException:
            if self._lease is not None:  # a store that failed to open must not keep the folder
                if self._owns_client:
                    _close_quietly(chroma)
                self._lease.release()
                self._lease = None
            raise

    def write(self, puts: list[Any] | None = None, updates: list[Any] | None = None) -> None:
        """Store records (``puts``) and state changes of existing ones (``updates``): queued with the group
        when the store group-commits, else straight to Chroma without the journal (see
        :func:`~._write.apply_plan`). Call under ``self.lock``."""
        apply_plan(self, WritePlan(puts=list(puts or []), updates=list(updates or [])), journal=False)

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
            self.sessions.clear()
            self._parked = False
            self.store.on_use = None
        self._recover()
        if self._write_behind and self.store.outbox is None:
            self.store.outbox = Outbox(self.store, self.lock)

    def _recover(self) -> None:
        """What every open does: replay the journal, finish purges, re-check the local index. If Chroma then
        cannot load a vector index that the checks at open passed (``_store/_segments``), the store's vector
        indexes are rebuilt once from Chroma's SQLite and the local index, rather than the store never opening."""
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
        if (
            not _UNLOADABLE_INDEX.search(str(exc))
            or not self._owns_client
            or self._lease is None
            or not self._lease.sole
            or self.path is None
        ):
            return False
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
            repair_on_open(self)
            self.needs_repair = False

    @staticmethod
    def _lock_key(chroma: Any, folder: Any, prefix: str) -> str:
        if folder is not None:
            return f"path:{Path(folder).resolve()}|{prefix}"
        try:
            settings = chroma.get_settings()
            ident = (
                settings.persist_directory
                if getattr(settings, "is_persistent", False)
                else f"{settings.chroma_server_host}:{settings.chroma_server_http_port}"
            )
        except Exception:  # pragma: no cover  # noqa: BLE001
            ident = str(id(chroma))
        return f"client:{ident}|{getattr(chroma, 'tenant', '')}|{getattr(chroma, 'database', '')}|{prefix}"

    def embed_texts(self, texts: list[str]) -> list[Any]:
        """This store's embeddings of ``texts``, in order, in one batch (what a write computes for them)."""
        if not texts:
            return []
        ef = self.store.embedding_function
        if hasattr(ef, "embed_texts"):
            return list(ef.embed_texts(texts))
        return list(ef(texts))

    # -- extractor (lazy: the rule extractor compiles its patterns once) ------------------------------------
    @property
    def extractor(self) -> Any:
        if self._extractor is None:
            # Lazy: the rule extractor compiles its patterns on import (about a second); a store given its
            # own extractor, or only read from, never pays for it.
            from ._extract._rules import RuleExtractor

            self._extractor = RuleExtractor(self.ontology)
        return self._extractor

    def persist_dir(self) -> Path | None:
        """Folder of an embedded Chroma store (None for a server or in-memory client)."""
        if self.path is not None:
            return self.path
        try:
            settings = self.chroma.get_settings()
        except Exception:  # pragma: no cover  # noqa: BLE001
            return None
        impl = str(getattr(settings, "chroma_api_impl", "")).lower()
        if getattr(settings, "is_persistent", False) and "fastapi" not in impl:
            return Path(settings.persist_directory)
        return None
