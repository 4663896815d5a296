"""``forget``: soft (expire from every read, keep for audit) or ``purge`` (erase for good), or ``dry_run``.

Selection never widens: records *within* the given scope only (never ancestors or siblings), and calling
``forget`` with nothing to select is an error, not "everything".
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._entities import canonical_ref
from .._errors import ValidationError
from .._recall import ForgetResult
from .._scope import Scope
from .._store._where import and_, one_of, within_clause
from .._time import utcnow
from .._validate import check_clean, check_fraction, check_text
from ._consolidate import refresh_summaries
from ._erase import finish_pending_purges, purge_records, scrub_store

if TYPE_CHECKING:
    from .._engine import Engine

__all__ = ["forget"]

log = logging.getLogger("spectron_core.forget")
LINK_FIELDS = ("supersedes", "superseded_by")


def _select_query(engine: Engine, scope: Scope, query: str, threshold: float, limit: int) -> list[Any]:
    vec = engine.store.embed_query(query)
    hits = engine.store.dense(vec, scope, limit, include_history=True, within_only=True)
    chosen = [r for r, sim in hits if sim >= threshold and Scope(r.scope).contains(scope)]
    turn_ids = [r.id for r in chosen if r.kind == "turn"]
    if turn_ids:  # facts extracted from a forgotten turn repeat its words: they go with it
        chosen += engine.store.find(and_(within_clause(scope), one_of("src_ref", turn_ids)))
    return chosen


def _select_entity(engine: Engine, scope: Scope, entity: str) -> list[Any]:
    ref = canonical_ref(entity)
    within = within_clause(scope)
    out: list[Any] = engine.store.find(and_(within, {"entity": {"$eq": ref}}))
    out += engine.store.find(
        and_(within, {"$or": [{"subject": {"$eq": ref}}, {"object": {"$eq": ref}}]}), kinds=["relation"]
    )
    out += [e for e in engine.store.find(within, kinds=["entity"]) if f"{e.type}/{e.name}" == ref]
    return out


def _mention_pattern(ref: str) -> re.Pattern[str]:
    name = ref.split("/", 1)[1]
    words = [re.escape(w) for w in name.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)")


def _mention_texts(record: Any) -> list[str]:
    kind = record.kind
    if kind == "turn":
        return [record.content]
    if kind == "attribute":
        return [record.text, record.value]
    if kind == "relation":
        return [record.text, record.subject, record.object]
    if kind == "instruction":
        return [record.text, record.topic]
    if kind == "uncertainty":
        return [record.what, record.why, record.text]
    if kind == "chunk":
        return [record.text, record.title or ""]
    if kind == "document":
        return [record.title]
    if kind == "trace":
        return [t for d in record.decisions for t in (d.candidate, d.reason)]
    return []


def _select_mentions(engine: Engine, scope: Scope, entity: str) -> list[Any]:
    """Records within ``scope`` whose text names the entity (whole words, case- and width-insensitive).

    A full scan of the scope: erasure is rare and must be complete, so it does not trust an index."""
    pattern = _mention_pattern(canonical_ref(entity))
    kinds = ["turn", "attribute", "relation", "instruction", "uncertainty", "chunk", "document", "trace"]
    out = []
    for r in engine.store.find(within_clause(scope), kinds=kinds):
        if any(pattern.search(unicodedata.normalize("NFKC", t).casefold()) for t in _mention_texts(r) if t):
            out.append(r)
    return out


def _emptied_documents(engine: Engine, scope: Scope, selected: dict[str, Any]) -> list[Any]:
    """Documents every chunk of which is selected (or already forgotten): their record goes too, or
    ``documents.list`` would still show a forgotten document by title."""
    doc_ids = sorted({r.document_id for r in selected.values() if r.kind == "chunk" and r.document_id})
    out = []
    for doc in engine.store.get(doc_ids).values() if doc_ids else []:
        if doc.kind != "document" or doc.id in selected or not Scope(doc.scope).contains(scope):
            continue
        chunks = engine.store.get(list(doc.chunk_ids)) if doc.chunk_ids else {}
        if all(c in selected or getattr(chunks.get(c), "status", "forgotten") != "active" for c in doc.chunk_ids):
            out.append(doc)
    return out


def _dependents(engine: Engine, scope: Scope, selected: dict[str, Any]) -> list[Any]:
    """Traces, uncertainties and session summaries that quote the selected records (purge takes them too)."""
    ids = set(selected)
    sessions = {r.session_id for r in selected.values() if r.kind == "turn"}
    out = []
    for t in engine.store.find(within_clause(scope), kinds=["trace", "uncertainty", "chunk"]):
        if t.kind == "chunk":
            if t.source.kind == "consolidation" and t.source.ref in sessions:
                out.append(t)
            continue
        if (
            t.kind == "trace"
            and (t.ref in ids or any(d.record_id in ids for d in t.decisions))
            or t.kind == "uncertainty"
            and set(t.record_ids) & ids
        ):
            out.append(t)
    return out


def forget(
    engine: Engine,
    scope: Scope,
    *,
    query: str | None = None,
    entity: str | None = None,
    bulk: bool = False,
    purge: bool = False,
    dry_run: bool = False,
    threshold: float = 0.5,
    limit: int = 10,
    reason: str | None = None,
    ids: Sequence[str] | None = None,
    mentions: bool = True,
) -> ForgetResult:
    """Select within ``scope`` and forget (see the module docstring and ``Spectron.forget``).

    ``entity=X`` selects the records about X (its entity record, attributes and instructions whose entity is
    X, relations whose subject or object is X) and, with ``mentions`` (the default), every record that names
    X by value: turns, chunks, attribute values, relation and instruction texts, uncertainties, document
    titles and traces whose text contains X's name as a whole word (case-insensitive). That is what erasure
    of a person means under GDPR: their personal data wherever it is written, not only the records keyed
    by them. Facts extracted from a turn that named X but that do not name X themselves stay (they are the
    speaker's data); session metadata is the application's and goes only with a scoped forget.
    """
    _check_forget_args(
        query=query,
        entity=entity,
        bulk=bulk,
        purge=purge,
        dry_run=dry_run,
        threshold=threshold,
        limit=limit,
        ids=ids,
        mentions=mentions,
    )
    with engine.lock:
        engine.repair_if_needed()
        finish_pending_purges(engine)  # an erasure a failed call left half done is finished first
        selected = _select(
            engine,
            scope,
            query=query,
            entity=entity,
            bulk=bulk,
            purge=purge,
            threshold=threshold,
            limit=limit,
            ids=ids,
            mentions=mentions,
        )
        counts = Counter(r.kind for r in selected.values())
        result = ForgetResult(counts=dict(counts), purged=purge and not dry_run, dry_run=dry_run, ids=sorted(selected))
        if dry_run:
            return result
        if not selected:
            if purge:  # a retried purge selects nothing, but what an interrupted one left on disk must go
                scrub_store(engine)
            return result
        if purge:
            purge_records(engine, selected)  # journalled: a crash midway is finished by the next open or call
        else:
            now = utcnow()
            why = reason or (
                "forget(query)"
                if query
                else "forget(entity)"
                if entity
                else "forget(ids)"
                if ids is not None
                else "forget(scope)"
            )
            engine.store.put_state(
                [
                    r.model_copy(update={"status": "forgotten", "forgotten_at": now, "forgotten_reason": why})
                    for r in selected.values()
                ]
            )
        engine.sessions.refresh_contexts({r.session_id for r in selected.values() if r.kind == "turn"})
        touched = {
            getattr(r, "session_id", None) or getattr(getattr(r, "source", None), "session_id", None)
            for r in selected.values()
            if r.kind not in ("session", "trace")
        }
        refresh_summaries(engine, {s for s in touched if s})
        if purge:
            engine.lexical.compact()
        return result


def _check_forget_args(
    *,
    query: str | None,
    entity: str | None,
    bulk: bool,
    purge: bool,
    dry_run: bool,
    threshold: float,
    limit: int,
    ids: Sequence[str] | None,
    mentions: bool,
) -> None:
    """Every check ``forget`` makes before it takes the lock: a bad argument forgets nothing."""
    if query is None and entity is None and ids is None and not bulk:
        raise ValidationError("forget needs something to select: query=, entity=, ids= or an explicit scope=")
    if ids is not None and (
        isinstance(ids, (str, bytes))
        or not isinstance(ids, Sequence)
        or not ids
        or not all(isinstance(i, str) and i for i in ids)
    ):
        raise ValidationError("ids must be a non-empty list of record id strings")
    for record_id in ids or ():
        check_clean(record_id, field="record id")
    if query is not None:
        check_text(query, field="query", max_chars=10_000)
    if entity is not None and (not isinstance(entity, str) or not entity.strip()):
        raise ValidationError("entity must be a non-empty string like 'Person/alice'")
    if entity is not None:
        canonical_ref(entity)  # a malformed reference fails here, before the lock
    check_fraction(threshold, field="threshold")
    for flag, name in ((purge, "purge"), (dry_run, "dry_run"), (bulk, "bulk"), (mentions, "mentions")):
        if not isinstance(flag, bool):
            raise ValidationError(f"{name} must be True or False, got {flag!r}")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 1000:
        raise ValidationError("limit must be an integer between 1 and 1000")


def _select(
    engine: Engine,
    scope: Scope,
    *,
    query: str | None,
    entity: str | None,
    bulk: bool,
    purge: bool,
    threshold: float,
    limit: int,
    ids: Sequence[str] | None,
    mentions: bool,
) -> dict[str, Any]:
    """What ``forget`` acts on (id → record), within ``scope`` only: what the arguments select, the documents
    it empties, and what quotes it. Call under the lock."""
    if ids is not None:  # exactly these records; the scope filter below drops any outside ``scope``
        found: list[Any] = list(engine.store.get(list(ids)).values())
    elif query is not None or entity is not None:
        found = []
        if query is not None:
            found += _select_query(engine, scope, query, threshold, limit)
        if entity is not None:
            found += _select_entity(engine, scope, entity)
            if mentions:
                found += _select_mentions(engine, scope, entity)
    else:
        found = engine.store.find(within_clause(scope))
    selected = {r.id: r for r in found if Scope(r.scope).contains(scope)}
    for doc in _emptied_documents(engine, scope, selected):
        selected.setdefault(doc.id, doc)
    # Purge erases what quotes the selection. A soft forget forgets it too ("gone from every read"): traces,
    # uncertainties and session summaries quoting the selection go in the same write (audit keeps them), so a
    # process killed before the summaries are rewritten leaves no summary quoting what was forgotten.
    for dep in _dependents(engine, scope, selected):
        selected.setdefault(dep.id, dep)
    if not purge:  # a session record goes with a scoped forget only
        selected = {
            i: r
            for i, r in selected.items()
            if getattr(r, "status", "active") == "active" and (r.kind != "session" or bulk)
        }
    return selected
