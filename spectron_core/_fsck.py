"""``Spectron.repair()`` and ``spectron fsck``: check what the store's invariants forbid, and repair it.

The invariants (the ones every write, the journal and the purge journal exist to keep):

* every acknowledged write is in Chroma (no journal entry left unreplayed; those that cannot be replayed are
  *quarantined*, kept whole with the error, and reported until retried or dropped);
* no interrupted purge is left unfinished, and no deleted record's words remain in Chroma's log;
* never two current values for one single-valued key of one entity in one scope;
* no ``supersedes``/``superseded_by`` link to a record that does not exist;
* turn sequence numbers are unique within a session;
* the local read index holds exactly Chroma's recallable records.

Opening the store already replays the journal and finishes purges (as every open does); the check then
reads every record once, in pages (with a progress callback for big stores), and with ``fix`` repairs what it
found: the older of two current values is closed and linked to the newer, dangling links are cleared, a
session's turns are renumbered in order, the local index is rebuilt, the log is scrubbed.
"""

from __future__ import annotations

import itertools
import json
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from ._models import SpectronModel
from ._store._chroma import BATCH, chroma_errors
from ._store._codec import EMBEDDED_KINDS, decode
from ._store._scrub import count_orphan_rows
from ._time import utcnow
from ._write import repair_on_open, scrub_store

if TYPE_CHECKING:
    from ._engine import Engine

__all__ = ["Finding", "QuarantinedWrite", "RepairReport", "check_and_repair"]

Progress = Callable[[int, int], None]
"""``progress(done, total)``: records checked so far out of the store's total."""


class QuarantinedWrite(SpectronModel):
    """A journalled write that could not be replayed into Chroma, kept aside so the store opens."""

    id: str
    recorded_at: datetime
    error: str


class Finding(SpectronModel):
    """One violation of an invariant (and whether this run repaired it)."""

    kind: Literal[
        "two_current_values",
        "dangling_link",
        "duplicate_turn_seq",
        "index_mismatch",
        "erased_words_in_log",
        "torn_vector_index",
    ]
    detail: str
    record_ids: list[str] = Field(default_factory=list)
    repaired: bool = False


class RepairReport(SpectronModel):
    """What :meth:`Spectron.repair` (and ``spectron fsck``) found and did."""

    checked: int = 0
    """Records read."""
    replayed: int = 0
    """Journalled writes rolled forward into Chroma (at open and by this run)."""
    purges_finished: int = 0
    """Interrupted purges completed (at open and by this run)."""
    indexes_rebuilt: int = 0
    """Chroma vector indexes a killed process left torn, rebuilt at open (each is also a finding)."""
    quarantined: list[QuarantinedWrite] = Field(default_factory=list)
    """Writes that could not be replayed: retry with ``repair(retry_quarantined=True)`` once the cause is
    fixed, or drop with ``repair(drop_quarantined=True)``."""
    findings: list[Finding] = Field(default_factory=list)
    fixed: bool = False
    """Whether this run was allowed to repair (``fix=True``)."""

    @property
    def ok(self) -> bool:
        """No unrepaired finding and nothing quarantined."""
        return not self.quarantined and all(f.repaired for f in self.findings)


def check_and_repair(
    engine: Engine,
    *,
    fix: bool = True,
    retry_quarantined: bool = False,
    drop_quarantined: bool = False,
    progress: Progress | None = None,
) -> RepairReport:
    """Check every invariant of the store; with ``fix``, repair what is broken. Takes the write lock."""
    report = RepairReport(fixed=fix)
    with engine.lock:
        lex = engine.lexical
        if engine.store.outbox is not None:
            engine.store.outbox.drain()  # before retried entries rejoin the journal: a flush does not guard
        for entry_id, _t, _body, _error in lex.quarantined():
            if drop_quarantined:
                lex.quarantine_release(entry_id, retry=False)
            elif retry_quarantined:
                lex.quarantine_release(entry_id, retry=True)
        repair_on_open(engine)  # replays what is journalled, quarantines what cannot be, finishes purges
        recovered = engine.recovered or {}
        engine.recovered = {}
        report.replayed = int(recovered.get("replayed", 0))
        report.purges_finished = int(recovered.get("purges", 0))
        _report_rebuilt(recovered.get("rebuilt", []), report)
        report.quarantined = [
            QuarantinedWrite(id=i, recorded_at=datetime.fromtimestamp(t, timezone.utc), error=e)
            for i, t, _b, e in lex.quarantined()
        ]
        records = _read_all(engine, report, progress)
        _check_current(engine, records, report, fix)
        _check_links(engine, records, report, fix)
        _check_turn_seqs(engine, records, report, fix)
        _check_index(engine, records, report, fix)
        _check_log(engine, report, fix)
    return report


def _report_rebuilt(segments: list[Any], report: RepairReport) -> None:
    """Torn vector indexes rebuilt when the store was opened (``_store/_segments``): already repaired."""
    report.indexes_rebuilt = len(segments)
    for seg in segments:
        report.findings.append(
            Finding(
                kind="torn_vector_index",
                repaired=True,
                detail=f"Chroma's vector index of {seg.collection} (segment {seg.segment}) was left torn by a killed "
                f"process ({seg.reason}); its records were re-indexed from Chroma's SQLite and the local index",
            )
        )


def _read_all(engine: Engine, report: RepairReport, progress: Progress | None) -> dict[str, Any]:
    store = engine.store
    with chroma_errors("reading every record"):
        return _read_pages(store, report, progress)


def _read_pages(store: Any, report: RepairReport, progress: Progress | None) -> dict[str, Any]:
    total = store.memory.count() + store.meta.count()
    out: dict[str, Any] = {}
    for coll in (store.memory, store.meta):
        offset = 0
        while True:
            got = coll.get(include=["documents", "metadatas"], limit=BATCH, offset=offset)
            for i, d, m in zip(got["ids"], got["documents"], got["metadatas"]):
                if (m or {}).get("kind") == "journal":
                    continue  # a server's journal rows are not records
                out[i] = decode(d, m)
            offset += len(got["ids"])
            if progress is not None:
                progress(min(len(out), total), total)
            if len(got["ids"]) < BATCH:
                break
    report.checked = len(out)
    return out


def _check_current(engine: Engine, records: dict[str, Any], report: RepairReport, fix: bool) -> None:
    groups: dict[tuple[str, str, str], list[Any]] = defaultdict(list)
    for r in records.values():
        if (
            r.kind == "attribute"
            and r.status == "active"
            and r.valid_until is None
            and not engine.ontology.is_multi_valued(r.key)
        ):
            groups[(json.dumps(r.scope, sort_keys=True), r.entity, r.key)].append(r)
    for (scope, entity, key), current in groups.items():
        if len(current) < 2:
            continue
        chain = sorted(current, key=lambda a: (a.valid_from or a.recorded_at, a.recorded_at, a.id))
        finding = Finding(
            kind="two_current_values",
            record_ids=[a.id for a in chain],
            detail=f"{entity} {key} has {len(chain)} current values at scope {scope}",
        )
        if fix:
            updates: dict[str, Any] = {}
            for old, new in itertools.pairwise(chain):
                old_u = updates.get(old.id, old)
                new_u = updates.get(new.id, new)
                updates[old.id] = old_u.model_copy(
                    update={"valid_until": new.valid_from or new.recorded_at or utcnow(), "superseded_by": new.id}
                )
                if new_u.supersedes is None or new_u.supersedes not in records:
                    updates[new.id] = new_u.model_copy(update={"supersedes": old.id})
            engine.store.put_state(list(updates.values()))
            records.update(updates)
            finding.repaired = True
        report.findings.append(finding)


def _check_links(engine: Engine, records: dict[str, Any], report: RepairReport, fix: bool) -> None:
    broken: dict[str, Any] = {}
    for r in records.values():
        for field in ("supersedes", "superseded_by"):
            link = getattr(r, field, None)
            if link and link not in records:
                broken[r.id] = broken.get(r.id, r).model_copy(update={field: None})
                report.findings.append(
                    Finding(
                        kind="dangling_link",
                        record_ids=[r.id],
                        detail=f"{r.id}.{field} points at missing {link}",
                        repaired=fix,
                    )
                )
    if fix and broken:
        engine.store.put_state(list(broken.values()))
        records.update(broken)


def _check_turn_seqs(engine: Engine, records: dict[str, Any], report: RepairReport, fix: bool) -> None:
    sessions: dict[str, list[Any]] = defaultdict(list)
    for r in records.values():
        if r.kind == "turn":
            sessions[r.session_id].append(r)
    for sid, turns in sessions.items():
        seqs = [t.seq for t in turns]
        if len(set(seqs)) == len(seqs):
            continue
        ordered = sorted(turns, key=lambda t: (t.seq, t.observed_at or t.recorded_at, t.recorded_at, t.id))
        finding = Finding(
            kind="duplicate_turn_seq",
            record_ids=[t.id for t in ordered],
            detail=f"session {sid} has {len(seqs) - len(set(seqs))} duplicate turn sequence numbers",
        )
        if fix:
            renumbered = [t.model_copy(update={"seq": n}) for n, t in enumerate(ordered) if t.seq != n]
            engine.store.put_state(renumbered)
            records.update({t.id: t for t in renumbered})
            engine.sessions.forget_caches(sid)
            finding.repaired = True
        report.findings.append(finding)


def _check_index(engine: Engine, records: dict[str, Any], report: RepairReport, fix: bool) -> None:

    store = engine.store
    if not store.trust_local:
        return  # a server's local index is a cache that other machines write past; it re-syncs itself
    chroma_ids = {i for i, r in records.items() if r.kind in EMBEDDED_KINDS}
    local_ids = store.lexical.ids()
    extra, missing = local_ids - chroma_ids, chroma_ids - local_ids
    if not extra and not missing and not store.lexical.is_dirty():
        return
    finding = Finding(
        kind="index_mismatch",
        record_ids=sorted(extra | missing)[:100],
        detail=f"local index: {len(extra)} rows Chroma lacks, {len(missing)} records missing",
    )
    if fix:
        store.sync_lexical(force=True)
        finding.repaired = True
    report.findings.append(finding)


def _check_log(engine: Engine, report: RepairReport, fix: bool) -> None:

    folder = engine.persist_dir()
    if folder is None:
        return
    orphans = count_orphan_rows(folder)
    if not orphans:
        return
    finding = Finding(
        kind="erased_words_in_log", detail=f"{orphans} rows of Chroma's log still hold the text of deleted records"
    )
    if fix:
        scrub_store(engine)
        finding.repaired = True
    report.findings.append(finding)
