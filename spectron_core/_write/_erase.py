"""Purge (erasure for good) that survives a crash.

Why: a purge is several steps (unlink the records that point at the selection, delete from Chroma and the
local index, rewrite neighbouring turns' context, scrub the files). A process killed after Chroma's delete but
before the scrub used to leave the words in ``chroma.sqlite3`` (its ``embeddings_queue`` log rows) and in the
local index file, and a retry selected nothing (the records were gone) and returned without scrubbing.

So a purge is recorded before it starts (the ids only, never the words, in the local index file's ``purges``
table), and the record is removed only when every step is done. Whoever comes next finishes it: the next open
of the store (``repair_on_open``), the next ``forget`` call, or :meth:`Spectron.repair`. Every step is
idempotent. The scrub itself does not depend on knowing the ids: it blanks every log row of a record that no
longer exists (``_store/_scrub``), so a purge that selects nothing still scrubs what an interrupted one left.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

from .._recall import forget_cached_texts
from .._store import _scrub
from .._store._ids import random_id
from .._store._where import one_of
from .._time import utcnow

if TYPE_CHECKING:
    from .._engine import Engine

__all__ = ["LINK_FIELDS", "finish_pending_purges", "purge_records", "scrub_store"]

log = logging.getLogger("spectron_core.purge")
LINK_FIELDS = ("supersedes", "superseded_by")


def purge_records(engine: Engine, selected: dict[str, Any]) -> None:
    """Erase ``selected`` (id → record) for good. Call under ``engine.lock``."""
    ids = sorted(selected)
    purge_id = random_id("prg")
    engine.lexical.purge_begin(purge_id, utcnow().timestamp(), json.dumps({"ids": ids}))
    _erase(engine, ids)
    forget_cached_texts()
    sessions = {r.session_id for r in selected.values() if r.kind == "turn"}
    engine.sessions.refresh_contexts(sessions)
    scrub_store(engine, ids)
    engine.lexical.purge_done(purge_id)


def finish_pending_purges(engine: Engine) -> int:
    """Complete every purge a dead process (or a failed call) left recorded; returns how many. Call under
    ``engine.lock``. The local index is rebuilt from Chroma afterwards, which also recomputes every turn's
    context column, so no neighbouring turn keeps the purged words."""
    pending = engine.lexical.purges_pending()
    if not pending:
        return 0
    for purge_id, body in pending:
        try:
            ids = sorted(set(json.loads(body).get("ids", [])))
        except (ValueError, AttributeError):
            ids = []
        log.warning("finishing an interrupted purge of %d records", len(ids))
        if ids:
            _erase(engine, ids)
            forget_cached_texts()
        engine.store.sync_lexical(force=True)
        scrub_store(engine, ids)
        engine.lexical.purge_done(purge_id)
    return len(pending)


def _erase(engine: Engine, ids: list[str]) -> None:
    """Unlink, delete, and drop quarantined journal copies of ``ids`` (each step idempotent)."""
    store = engine.store
    chosen = set(ids)
    # Records outside the selection that link to it lose the link: no dangling references remain.
    fixes: dict[str, Any] = {}
    for field in LINK_FIELDS:
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            for r in store.find(one_of(field, part), kinds=["attribute", "relation", "instruction"]):
                if r.id not in chosen:
                    base = fixes.get(r.id, r)
                    fixes[r.id] = base.model_copy(update={field: None})
    if fixes:
        store.put_state(list(fixes.values()))
    store.delete(ids)
    for entry_id, _t, body, _error in store.lexical.quarantined():  # a quarantined write may quote them
        if any(i in body for i in chosen):
            store.lexical.quarantine_release(entry_id, retry=False)


def scrub_store(engine: Engine, ids: Any = ()) -> None:
    """Make deleted words leave the files: Chroma's log rows of every record that no longer exists, its FTS
    segments, free pages and HNSW slack (embedded only: a server's files are the server's), then the local
    index file (FTS merge, VACUUM, WAL truncated)."""
    folder = engine.persist_dir()
    if folder is None:
        log.warning("purge: Chroma server files are the server's; run its vacuum to drop free pages")
    else:
        live = engine.store.meta.get(where={"kind": {"$eq": "journal"}}, include=[])["ids"]
        # Looked up on the module at call time, so a crash test can stand a dying scrub in for it.
        _scrub.scrub_embedded_chroma(folder, list(ids), live)
    engine.lexical.compact()
