"""Authoritative documents: ``mem.documents.ingest(text | path, title=..., scope=...)``.

A document is identified by (scope, title). Ingesting the same content again is a no-op; new content is a
new version that supersedes the old one: its facts reconcile as authoritative (so they supersede the old
version's values on the same keys), the old version's remaining facts and chunks are closed, and the old
document record links to the new one.

Chunks are cut on paragraph and sentence boundaries to at most ``chunk_tokens`` tokens (cl100k_base), each
prefixed with the document title and Markdown heading path, so a chunk retrieved alone still says what it
is about.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._entities import entity_ref
from .._errors import ValidationError
from .._extract._types import ExtractionContext
from .._models import Change, Chunk, DocumentInfo, RememberResult, Source, Trace
from .._scope import Scope
from .._store._ids import stable_id
from .._store._where import and_, exact_clause
from .._time import TimeLike, to_utc, utcnow
from .._tokens import count_tokens
from .._validate import check_clean
from ._commit import WritePlan, apply_plan
from ._consolidate import refresh_summaries, sessions_citing
from ._reconcile import Reconciler
from ._remember import run_extractor

if TYPE_CHECKING:
    from .._engine import Engine

__all__ = ["MAX_DOCUMENT_CHARS", "TEXT_SUFFIXES", "DocumentResult", "chunk_text", "ingest", "read_text_file"]

TEXT_SUFFIXES = {
    ".txt",
    ".md",
    ".markdown",
    ".rst",
    ".text",
    ".csv",
    ".tsv",
    ".json",
    ".yaml",
    ".yml",
    ".html",
    ".htm",
    ".xml",
    ".log",
    "",
}
MAX_DOCUMENT_CHARS = 5_000_000
_HEADING = re.compile(r"^(#{1,6})\s+(.*\S)\s*$")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


class DocumentResult(RememberResult):
    """What an ingest changed: the document record, its chunks and the facts reconciled from it."""

    document: DocumentInfo | None = None
    unchanged: bool = False


def read_text_file(path: Path) -> str:
    """The UTF-8 text of a plain-text file the caller was allowed to read (see ``_documents_api``)."""
    if path.suffix.lower() not in TEXT_SUFFIXES:
        raise ValidationError(
            f"{path.name}: only plain-text formats are supported ({', '.join(sorted(TEXT_SUFFIXES - {''}))})"
        )
    try:
        if path.stat().st_size > MAX_DOCUMENT_CHARS * 4:
            raise ValidationError(f"{path.name} is larger than the document limit")
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    if b"\x00" in data:
        raise ValidationError(f"{path.name} looks binary (NUL bytes); convert it to text first")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError(f"{path.name} is not UTF-8 text") from exc


def _blocks(text: str) -> list[tuple[str, str]]:
    """(heading path, paragraph) pairs; Markdown headings set the path for the paragraphs under them."""
    heads: list[str] = []
    out: list[tuple[str, str]] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            body = " ".join(" ".join(para).split())
            if body:
                out.append((" > ".join(heads), body))
            para.clear()

    for line in text.splitlines():
        m = _HEADING.match(line)
        if m:
            flush()
            level = len(m.group(1))
            heads[:] = heads[: level - 1] + [m.group(2)]
        elif not line.strip():
            flush()
        else:
            para.append(line.strip())
    flush()
    return out


def chunk_text(text: str, title: str, chunk_tokens: int = 200) -> list[str]:
    """Pack paragraphs (split into sentences when too long) into chunks of at most ``chunk_tokens``."""
    chunks: list[str] = []
    for heading, body in _blocks(text):
        prefix = f"{title}" + (f" — {heading}" if heading else "") + ": "
        budget = max(16, chunk_tokens - count_tokens(prefix))
        pieces = [body] if count_tokens(body) <= budget else _SENTENCE.split(body)
        current: list[str] = []
        for piece in pieces:
            candidate = " ".join([*current, piece])
            if current and count_tokens(candidate) > budget:
                chunks.append(prefix + " ".join(current))
                current = [piece]
            else:
                current.append(piece)
            while current and count_tokens(" ".join(current)) > budget:  # one over-long sentence
                words = " ".join(current).split()
                cut = len(words)
                while cut > 1 and count_tokens(" ".join(words[:cut])) > budget:
                    cut = max(1, cut * 3 // 4)
                chunks.append(prefix + " ".join(words[:cut]))
                current = [" ".join(words[cut:])] if words[cut:] else []
        if current:
            chunks.append(prefix + " ".join(current))
    return chunks


def _principal(scope: Scope, title: str) -> str:
    if "org" in scope:
        return entity_ref("Org", scope["org"])
    return entity_ref("Document", title)


def ingest(
    engine: Engine,
    source: Any,
    *,
    title: Any,
    scope: Scope,
    authored_at: TimeLike | None = None,
    chunk_tokens: int = 200,
    path: str | None = None,
) -> DocumentResult:
    """Ingest ``source`` (the document's text: never read as a path here) at ``scope``; ``path`` records
    which file it was read from, when the caller read one."""
    text, title = _checked(source, title, chunk_tokens)
    authored = to_utc(authored_at, field="authored_at")
    content_hash = hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()
    result = DocumentResult()
    with engine.lock:
        engine.repair_if_needed()
        previous = [
            d
            for d in engine.store.find(and_(exact_clause(scope), {"title": {"$eq": title}}), kinds=["document"])
            if not d.superseded_by and d.status == "active"
        ]
        if previous and previous[0].content_hash == content_hash:
            result.document = previous[0]
            result.unchanged = True
            return result
        old = previous[0] if previous else None
        plan = _plan_version(engine, scope, text, title, content_hash, old, authored, chunk_tokens, path, result)
        apply_plan(engine, plan)
        # chat facts this version superseded or closed at its scope: the summaries quoting them are rebuilt
        # now (a session close rebuilds only what that session changed, see ``_consolidate``)
        ended = [c.record for c in result.corrections] + [
            c.record for c in result.instructions if c.action == "revoked"
        ]
        refresh_summaries(engine, sessions_citing(engine, ended))
    return result


def _checked(source: Any, title: Any, chunk_tokens: Any) -> tuple[str, str]:
    """The document's text and stripped title, after every check ``ingest`` makes before the lock."""
    if not isinstance(source, str):
        raise ValidationError(f"document text must be a string, got {type(source).__name__}")
    text = source
    if not text.strip():
        raise ValidationError("document is empty")
    if len(text) > MAX_DOCUMENT_CHARS:
        raise ValidationError(f"document has {len(text):,} characters; the limit is {MAX_DOCUMENT_CHARS:,}")
    check_clean(text, field="document text")  # remember refuses NUL and lone surrogates: so does ingest
    if not isinstance(title, str) or not title.strip() or len(title) > 500:
        raise ValidationError("title must be a non-empty string of at most 500 characters")
    check_clean(title, field="title")
    if isinstance(chunk_tokens, bool) or not isinstance(chunk_tokens, int) or not 32 <= chunk_tokens <= 4000:
        raise ValidationError("chunk_tokens must be an integer between 32 and 4000")
    return text, title.strip()


def _plan_version(
    engine: Engine,
    scope: Scope,
    text: str,
    title: str,
    content_hash: str,
    old: DocumentInfo | None,
    authored: datetime | None,
    chunk_tokens: int,
    path: str | None,
    result: DocumentResult,
) -> WritePlan:
    """The write of a new version of the document (version 1 when ``old`` is None): its chunks, what the
    extractor reads in them reconciled as authoritative facts, the retirement of what ``old`` said that this
    version does not say again, the document record, the trace and every vector. Fills ``result``."""
    version = (old.version + 1) if old else 1
    now = utcnow()
    doc_id = stable_id("doc", scope.key, title, content_hash)
    pieces = chunk_text(text, title, chunk_tokens)
    chunk_ids = [stable_id("chk", doc_id, i) for i in range(len(pieces))]
    doc = DocumentInfo(
        id=doc_id,
        scope=scope.as_dict(),
        recorded_at=now,
        title=title,
        content_hash=content_hash,
        version=version,
        authored_at=authored,
        supersedes=old.id if old else None,
        chunk_ids=chunk_ids,
        path=path,
    )
    plan = WritePlan()
    observed = authored or now
    source_ = Source(kind="document", ref=doc_id, trust=1.0)
    for i, (cid, piece) in enumerate(zip(chunk_ids, pieces)):
        chunk = Chunk(
            id=cid,
            scope=scope.as_dict(),
            recorded_at=now,
            text=piece,
            source=source_.model_copy(update={"ref": doc_id}),
            document_id=doc_id,
            title=title,
            seq=i,
            category="knowledge",
            valid_from=observed,
        )
        plan.puts.append(chunk)
        result.chunks.append(Change(action="created", record=chunk))
    rec = Reconciler(engine, scope, source_, observed, plan, result, fresh_source=False)
    principal = _principal(scope, title)
    ctxs = [
        ExtractionContext(
            text=p.split(": ", 1)[-1],
            role="system",
            observed_at=observed,
            principal=principal,
            agent=principal,
            scope=scope.as_dict(),
        )
        for p in pieces
    ]
    for extraction in run_extractor(engine, ctxs):
        rec.apply(extraction)
    if old is not None:
        _retire(engine, rec, plan, result, old, doc_id, observed)
        plan.updates.append(old.model_copy(update={"superseded_by": doc_id}))
    plan.puts.append(doc)
    result.document = doc
    if rec.decisions:
        trace = Trace(
            id=stable_id("trc", doc_id),
            scope=scope.as_dict(),
            recorded_at=now,
            operation="documents.ingest",
            ref=doc_id,
            extractor=getattr(engine.extractor, "name", None),
            decisions=rec.decisions,
        )
        plan.puts.append(trace)
        result.trace_id = trace.id
    embedded = [r for r in plan.puts if r.kind in ("chunk", "attribute", "relation", "instruction", "uncertainty")]
    vectors = engine.embed_texts([getattr(r, "text", "") for r in embedded])
    plan.embeddings.update({r.id: v for r, v in zip(embedded, vectors)})
    return plan


def _retire(
    engine: Engine, rec: Reconciler, plan: WritePlan, result: DocumentResult, old: DocumentInfo, new_id: str, when: Any
) -> None:
    """Close what the previous version said that this version did not say again."""
    staged = plan.pending()
    still = {(getattr(r, "entity", None), getattr(r, "key", None)) for r in staged.values() if r.kind == "attribute"}
    for r in engine.store.find({"src_ref": {"$eq": old.id}}):
        if getattr(r, "valid_until", None) is not None or r.id in staged:
            continue
        if r.kind == "attribute" and (r.entity, r.key) in still:
            continue  # the new version's value superseded it through reconciliation
        if r.kind in ("attribute", "relation", "instruction", "chunk"):
            closed = r.model_copy(update={"valid_until": when})
            plan.updates.append(closed)
            if r.kind != "chunk":
                result.corrections.append(
                    Change(action="closed", record=closed, reason=f"document {new_id} replaced it")
                )
