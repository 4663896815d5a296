"""Crash consistency for multi-record writes: a roll-forward journal.

A remember touches several records (turn, new version, the old version's ``valid_until`` and links, an
uncertainty, a trace, lexical rows). Chroma makes each call atomic but not a sequence of calls. So a write is
first recorded whole, as one journal entry, then applied, then the entry is removed. Every step of the apply
is an idempotent upsert of a fully-formed record, so re-applying is safe:

* killed before the journal row lands → nothing of the write exists (it was never acknowledged);
* killed after → :func:`repair_on_open` (run whenever an engine opens the store) re-applies it.

Writes that only add records (no existing record changes) skip the journal: each Chroma upsert is atomic,
and no invariant spans the two collections' rows. This halves the cost of the common write.

Embedded stores go further (``_store/_outbox.py``): the entry and the write's local-index rows commit in one
SQLite transaction, the write is acknowledged, and the entry reaches Chroma with its group. The replay on
open is the same.

Where the entry lives: for an embedded store, in the local index file in the store's folder (a SQLite commit,
about a millisecond, where a Chroma upsert and delete of a journal row cost two writes of 10 ms or more);
for a Chroma server, in the server's meta collection, so that any client that opens the store can roll a
dead client's write forward.

Either way a reopened store never has two current values for a key, a link to a missing record, or an
acknowledged write missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._store._chroma import chroma_errors
from .._store._ids import random_id
from .._store._journal import apply_journalled, replay_journal, replay_remote
from .._store._segments import rebuild_pending
from .._time import utcnow
from ._erase import finish_pending_purges

if TYPE_CHECKING:
    from .._engine import Engine

__all__ = ["WritePlan", "apply_plan", "repair_on_open"]


@dataclass
class WritePlan:
    """Records to create (``puts``, embedded if recallable) and records whose state changes (``updates``)."""

    puts: list[Any] = field(default_factory=list)
    updates: list[Any] = field(default_factory=list)
    embeddings: dict[str, Any] = field(default_factory=dict)
    """Precomputed vectors by record id (facts reuse their turn's vector, shifted toward their key; batches embed once)."""

    def pending(self) -> dict[str, Any]:
        return {r.id: r for r in [*self.puts, *self.updates]}

    def empty(self) -> bool:
        return not self.puts and not self.updates


def apply_plan(engine: Engine, plan: WritePlan, *, journal: bool = True) -> None:
    """The one door every planned write goes through (``Engine.write`` included).

    A store that group-commits stages the plan (acknowledged when durable locally, in Chroma with its
    group). Otherwise a plan that only adds records is applied directly (each upsert is atomic and no
    invariant spans them), and one that changes existing records is journalled, applied and un-journalled,
    unless ``journal=False`` (``Engine.write``'s session and consolidation writes, which have always been
    applied without the journal on a server store). Raises :class:`StoreError` if the store fails; a
    journalled entry then stays for repair."""
    if plan.empty():
        return
    store = engine.store
    if store.outbox is not None:
        store.outbox.stage(plan.puts, plan.updates, plan.embeddings, random_id("jnl"), utcnow().timestamp())
    elif not plan.updates or not journal:
        # Nothing existing changes, so no invariant spans the calls: meta rows (entities, traces) first, then
        # the recallable rows in one atomic upsert. A crash between leaves at worst an unused entity row.
        store.apply(plan.puts, plan.updates, plan.embeddings)
    else:
        try:
            apply_journalled(store, plan.puts, plan.updates, plan.embeddings, random_id("jnl"), utcnow().timestamp())
        except BaseException:
            engine.needs_repair = True  # the journal entry stays; the next write (or the next open) rolls forward
            raise
    engine.sessions.note_write(plan.puts, plan.updates)


def repair_on_open(engine: Engine) -> int:
    """Re-apply every journalled write left by a process that died mid-write, and finish any purge it left
    half done. Returns how many writes were replayed or quarantined.

    A store left by a crash always opens: a local entry that cannot be replayed (unreadable, failing, or
    one whose replay already killed the process twice) is quarantined and reported, not retried into the
    same crash; the local index is then rebuilt from Chroma, so it never shows a write Chroma lacks. A
    vector index found torn when the folder was opened is rebuilt first (``_store/_segments``).
    """
    store = engine.store
    folder = engine.persist_dir()
    rebuilt = rebuild_pending(store, folder) if folder is not None else []
    remote = replay_remote(store)
    with chroma_errors("replaying the write journal"):
        local = store.lexical.journal_entries()
    quarantined_before = len(store.lexical.quarantined())
    # Entries that wrote the index themselves (group commit) leave it whole; the others may not have.
    unstaged = replay_journal(store, local, guarded=True) if local else 0
    newly_quarantined = len(store.lexical.quarantined()) - quarantined_before
    if remote or unstaged or newly_quarantined > 0:
        store.sync_lexical(force=True)
    purges = finish_pending_purges(engine)
    # what this recovery did, for the next ``Spectron.repair()`` report
    done = dict(engine.recovered or {})
    for k, n in (
        ("replayed", remote + len(local) - max(0, newly_quarantined)),
        ("quarantined", max(0, newly_quarantined)),
        ("purges", purges),
    ):
        done[k] = done.get(k, 0) + n
    done["rebuilt"] = list(done.get("rebuilt", [])) + rebuilt
    engine.recovered = done
    return remote + len(local)
