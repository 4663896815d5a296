"""``remember``: store the turn, extract, reconcile, write — as one journalled, idempotent step."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .._entities import agent_for, canonical_ref, principal_for
from .._errors import ExtractionError, ValidationError
from .._extract._ontology import is_key
from .._extract._types import ExtractedAttribute, Extraction, ExtractionContext
from .._models import Change, Chunk, RememberResult, SessionInfo, Source, Trace, Turn
from .._scope import Scope
from .._store._ids import stable_id
from .._time import TimeLike, to_utc, utcnow
from .._validate import check_metadata, check_role, check_text
from ._commit import WritePlan, apply_plan
from ._reconcile import Reconciler
from ._render import attribute_sentence
from ._unread_change import flag_unread_changes
from ._vectors import fact_vectors

if TYPE_CHECKING:
    from .._engine import Engine

__all__ = [
    "BATCH_MESSAGES",
    "Message",
    "check_triples",
    "normalise_infer",
    "remember",
    "remember_many",
    "run_extractor",
    "validate_remember_args",
]

BATCH_MESSAGES = 64
"""``remember_many`` stages this many messages into one write (one Chroma upsert instead of one per message;
the embedder, not the store, then bounds bulk ingest)."""

Message = Any


def normalise_infer(infer: Any) -> str:
    """``"full"``/``True`` extract facts; ``"none"``/``False`` keep the text only (Mem0's ``infer=False``)."""
    if infer is True or infer == "full":
        return "full"
    if infer is False or infer == "none":
        return "none"
    raise ValidationError(f"infer must be 'full' or 'none', got {infer!r}")


def _check_extractor(extractor: Any) -> None:
    """A per-call extractor must be one (checked before anything is written)."""
    if extractor is not None and not callable(getattr(extractor, "extract_many", None)):
        raise ValidationError(f"extractor must implement extract_many(), got {type(extractor).__name__}")


def check_triples(triples: Any) -> list[tuple[str, str, str]]:
    if isinstance(triples, (str, bytes)) or not isinstance(triples, Sequence):
        raise ValidationError("triples must be a list of (entity, key, value) tuples")
    if not triples:
        raise ValidationError("triples is empty")
    out = []
    for t in triples:
        if isinstance(t, (str, bytes)) or not isinstance(t, Sequence) or len(t) != 3:
            raise ValidationError(f"each triple is (entity, key, value); got {t!r}")
        entity, key, value = t
        for part, name in ((entity, "entity"), (key, "key"), (value, "value")):
            if not isinstance(part, str) or not part.strip():
                raise ValidationError(f"triple {t!r}: {name} must be a non-empty string")
        ref = canonical_ref(entity.strip() if "/" in entity else f"Person/{entity.strip()}")
        k = "_".join(key.strip().lower().split())
        if not is_key(k):
            raise ValidationError(f"triple {t!r}: key must be a word like 'food_preference'")
        check_text(value, field="triple value", max_chars=2000)
        out.append((ref, k, value.strip()))
    return out


def _context(
    engine: Engine, session: SessionInfo, text: str, role: str, when: Any, in_reply_to: str | None = None
) -> ExtractionContext:
    return ExtractionContext(
        text=text,
        role=role,  # type: ignore[arg-type]
        observed_at=when,
        principal=principal_for(session.scope),
        agent=agent_for(session.scope),
        scope=session.scope,
        in_reply_to=in_reply_to,
    )


_PARTIES = frozenset({"user", "assistant"})
"""The two parties of a conversation: a tool's output or a system message is neither, and is replied to by no one."""


def _reply_to(role: str, before: tuple[str, str] | None) -> str | None:
    """The text a ``role`` message replies to: the session's latest message before it, when the other party of
    the conversation said it (a user's reply to the assistant, or the assistant's to the user)."""
    if before is None or role not in _PARTIES or before[0] not in _PARTIES or before[0] == role:
        return None
    return before[1]


def _last_said(engine: Engine, session: SessionInfo) -> tuple[str, str] | None:
    """(role, text) of the session's latest turn, or None."""
    last = engine.sessions.last_turn(session)
    return (last.role, last.content) if last is not None else None


def run_extractor(engine: Engine, ctxs: list[ExtractionContext], extractor: Any = None) -> list[Extraction]:
    """Run ``extractor`` (a per-call override) or the engine's own over ``ctxs``.

    Every write path extracts through here (``remember``, ``remember_many``, ``documents.ingest``), so a
    custom extractor's failure reaches the caller as :class:`ExtractionError` whichever path it came from, and
    always before anything is written."""
    chosen = extractor if extractor is not None else engine.extractor
    try:
        out = list(chosen.extract_many(ctxs))
    except Exception as exc:  # a custom extractor failed: nothing has been written yet
        raise ExtractionError(f"extractor {getattr(chosen, 'name', '?')!r} failed: {exc}") from exc
    if len(out) != len(ctxs):
        raise ExtractionError("extractor returned a different number of results than inputs")
    return out


def remember(
    engine: Engine,
    session: SessionInfo,
    text: str | None,
    *,
    role: str = "user",
    observed_at: TimeLike | None = None,
    infer: Any = "full",
    triples: Any = None,
    metadata: Mapping[str, Any] | None = None,
    extractor: Any = None,
) -> RememberResult:
    _check_extractor(extractor)
    mode, checked, when, meta = validate_remember_args(
        text, role=role, observed_at=observed_at, infer=infer, triples=triples, metadata=metadata
    )
    with engine.lock:
        engine.sessions.check_open(session)
        msg = _Message(text, role, when, mode, checked, meta)
        if text is not None and mode == "full":
            msg.in_reply_to = _reply_to(role, _last_said(engine, session))
        return _remember_locked(engine, session, msg, extractor=extractor)


def validate_remember_args(
    text: Any, *, role: Any, observed_at: Any, infer: Any, triples: Any, metadata: Any
) -> tuple[str, list[tuple[str, str, str]] | None, Any, dict[str, Any]]:
    """Every check ``remember`` makes before writing, so callers can run them before opening a session."""
    mode = normalise_infer(infer)
    checked = check_triples(triples) if triples is not None else None
    if text is None and checked is None:
        raise ValidationError("remember needs text, triples, or both")
    if text is not None:
        check_text(text)
    check_role(role)
    return mode, checked, to_utc(observed_at, field="observed_at"), check_metadata(metadata)


@dataclass
class _Message:
    """One message's checked inputs to a write (see :func:`validate_remember_args`)."""

    text: str | None
    role: str
    when: datetime | None
    """``observed_at`` in UTC, or None (then the turn is dated when it is written)."""
    mode: str
    """``"full"`` (extract facts) or ``"none"`` (keep the text only)."""
    triples: list[tuple[str, str, str]] | None
    meta: dict[str, Any]
    extraction: Extraction | None = None
    """Already extracted (a batch extracts all its messages at once)."""
    vector: Any = None
    """The text's vector, already embedded (a batch embeds ahead, outside the lock)."""
    in_reply_to: str | None = None
    """The other party's message just before this one (see ``ExtractionContext.in_reply_to``)."""


def _remember_locked(
    engine: Engine,
    session: SessionInfo,
    msg: _Message,
    batch: WritePlan | None = None,
    *,
    extractor: Any = None,
    stored: Mapping[str, Any] | None = None,
) -> RememberResult:
    """One message's write. With ``batch``, records are staged into that shared plan (later messages of the
    batch reconcile against them) and the caller applies it; otherwise the write is applied here.
    ``stored``: the batch's existence lookup (see :func:`_stored_for`), so this message reads no id again."""
    engine.repair_if_needed()
    result = RememberResult()
    plan = batch if batch is not None else WritePlan()
    now = utcnow()
    if msg.text is not None and msg.mode == "none" and msg.triples is None:
        _remember_verbatim(engine, session, msg, msg.text, plan, result, now, stored)
        if batch is None and result.chunks:
            apply_plan(engine, plan)
        return result

    turn: Turn | None = None
    if msg.text is not None:
        turn, is_new = engine.sessions.prepare_turn(session, msg.role, msg.text, msg.when, msg.meta, stored=stored)
        result.turn = turn
        if not is_new:
            return result  # exact replay: this turn and everything derived from it are already stored
        plan.puts.append(turn)
        source = Source(kind="turn", ref=turn.id, session_id=session.id)
        observed = turn.observed_at
    else:
        observed = msg.when or now
        source = Source(
            kind="triples",
            ref=stable_id("tpl", session.id, repr(msg.triples), observed.isoformat()),
            session_id=session.id,
        )

    extraction = _extraction_of(engine, session, msg, observed, extractor)
    rec = Reconciler(
        engine, Scope(session.scope), source, observed, plan, result, fresh_source=turn is not None, stored=stored
    )
    rec.apply(extraction)
    vector = msg.vector
    if turn is not None:
        vector = vector if vector is not None else engine.embed_texts([turn.content])[0]
        flag_unread_changes(engine, rec, turn, vector, extraction)
    _embed_new(engine, plan, turn, vector)
    if rec.decisions:
        trace = Trace(
            id=stable_id("trc", source.ref),
            scope=session.scope,
            recorded_at=now,
            operation="remember",
            ref=source.ref,
            session_id=session.id,
            extractor=extraction.extractor,
            decisions=rec.decisions,
        )
        plan.puts.append(trace)
        result.trace_id = trace.id
    if batch is None:
        apply_plan(engine, plan)
        if turn is not None:
            engine.sessions.turns_written([turn])
    return result


def _remember_verbatim(
    engine: Engine,
    session: SessionInfo,
    msg: _Message,
    text: str,
    plan: WritePlan,
    result: RememberResult,
    now: datetime,
    stored: Mapping[str, Any] | None,
) -> None:
    """``infer="none"``: the text becomes one chunk, no turn and no facts (Mem0's ``infer=False``). Staged
    into ``plan`` (and listed in ``result.chunks``) unless the same message is already stored or staged."""
    cid = _chunk_id(session, msg.role, text, msg.when or now)
    chunk = Chunk(
        id=cid,
        scope=session.scope,
        recorded_at=now,
        text=text,
        source=Source(kind="turn", ref=cid, session_id=session.id),
        category="knowledge",
        valid_from=msg.when or now,
    )
    if cid in plan.pending() or engine.store.get_one(cid, stored) is not None:
        return
    plan.puts.append(chunk)
    plan.embeddings[cid] = msg.vector if msg.vector is not None else engine.embed_texts([text])[0]
    result.chunks.append(Change(action="created", record=chunk))


def _extraction_of(
    engine: Engine, session: SessionInfo, msg: _Message, observed: datetime, extractor: Any
) -> Extraction:
    """What the message says: its triples as given, else what a batch already extracted, else the
    extractor's reading of its text."""
    if msg.triples is not None:
        return Extraction(
            extractor="triples",
            attributes=[
                ExtractedAttribute(
                    entity=e,
                    key=k,
                    value=v,
                    confidence=1.0,
                    category=engine.ontology.category_of(k, "knowledge"),
                    text=attribute_sentence(e, k, v),
                )
                for e, k, v in msg.triples
            ],
        )
    if msg.extraction is not None:
        return msg.extraction
    assert msg.text is not None
    ctx = _context(engine, session, msg.text, msg.role, observed, msg.in_reply_to)
    return run_extractor(engine, [ctx], extractor)[0]


def _embed_new(engine: Engine, plan: WritePlan, turn: Turn | None, vector: Any) -> None:
    """Vectors for the plan's new recallable records. The turn is embedded once (``vector``, which the caller
    has for every turn: the unread-change flag reads it first); facts extracted from it reuse it, moved toward
    what their key means (``_vectors``): embedding each fact again would double the cost of every write. Without
    a turn (triples), each new record's text is embedded."""
    embedded_new = [
        r
        for r in plan.puts
        if r.id not in plan.embeddings
        and r.kind in ("turn", "attribute", "relation", "instruction", "uncertainty", "chunk")
    ]
    if turn is not None:
        plan.embeddings.update(
            fact_vectors(engine.key_vectors, engine.embed_texts, engine.ontology, vector, embedded_new)
        )
    else:
        vecs = engine.embed_texts([r.text for r in embedded_new])
        plan.embeddings.update({r.id: v for r, v in zip(embedded_new, vecs)})


def _chunk_id(session: SessionInfo, role: str, text: str, when: Any) -> str:
    """The id of a verbatim (``infer="none"``) message: stable, so a replay finds it."""
    return stable_id("chk", session.id, role, text, when.isoformat())


def _stored_for(
    engine: Engine,
    session: SessionInfo,
    mode: str,
    parsed: Sequence[tuple[str, str, Any, Any]],
    extractions: Sequence[Extraction | None] = (),
) -> dict[str, Any]:
    """Every stable id the messages of one plan would write, and the entities their extractions name, looked
    up in one ``get``: id → stored record, or None when absent. Read when the plan starts, which is what each
    message's own lookup saw: nothing of the plan is applied before it ends (the reconciler looks in the plan
    first), and messages without ``observed_at`` get fresh ids."""
    ids = [
        (_chunk_id(session, r, c, w) if mode == "none" else engine.sessions.turn_id(session, r, c, w))
        for r, c, w, _ in parsed
        if w is not None
    ]
    scope_key = Scope(session.scope).key
    for ex in extractions:
        if ex is not None:
            refs = [e.ref for e in ex.entities] + [a.entity for a in ex.attributes]
            refs += [x for r in ex.relations for x in (r.subject, r.object)]
            ids.extend(stable_id("ent", scope_key, ref) for ref in refs)
    found = engine.store.get(ids) if ids else {}
    return {i: found.get(i) for i in ids}


def _message_parts(m: Any) -> tuple[str, str, Any, Any]:
    if isinstance(m, str):
        return "user", m, None, None
    if isinstance(m, Mapping):
        if "content" not in m:
            raise ValidationError(f"message {m!r} has no 'content'")
        return m.get("role", "user"), m["content"], m.get("observed_at"), m.get("metadata")
    if isinstance(m, Sequence) and len(m) in (2, 3):
        return m[0], m[1], (m[2] if len(m) == 3 else None), None
    role = getattr(m, "type", None)  # LangChain message objects
    if role is not None and hasattr(m, "content"):
        role = {"human": "user", "ai": "assistant"}.get(role, role)
        return role, m.content, None, None
    raise ValidationError(f"cannot read a message from {type(m).__name__}")


def remember_many(
    engine: Engine,
    session: SessionInfo,
    messages: Sequence[Any],
    *,
    infer: Any = "full",
    extractor: Any = None,
    vectors: Mapping[str, Any] | None = None,
    flush_behind: bool = True,
) -> list[RememberResult]:
    """Remember several messages in order. Validates all of them before writing any; extracts and embeds
    in batches (the embedder is the cost floor of a write, and batching is what it is fast at).

    For bulk writers that pipeline several calls (``replay_mem0_export``): ``vectors`` maps texts to vectors
    the caller already embedded (a vector depends on its text only; texts it lacks are embedded here), and
    ``flush_behind=False`` leaves starting the flush to Chroma to the caller, who starts it once for the
    calls it groups (:meth:`Outbox.flush_behind`) so Chroma gets fewer, larger writes."""
    _check_extractor(extractor)
    mode = normalise_infer(infer)
    if isinstance(messages, (str, bytes)) or not isinstance(messages, Sequence):
        raise ValidationError("messages must be a list")
    parsed = []
    for m in messages:
        role, content, observed, meta = _message_parts(m)
        check_role(role)
        check_text(content, field="content")
        parsed.append((role, content, to_utc(observed, field="observed_at"), check_metadata(meta)))
    if not parsed:
        return []
    # Embedded before the lock is taken: a vector depends on the text only, and the group-commit flusher,
    # which needs the lock, writes the previous batch to Chroma meanwhile (a Chroma write is half I/O wait).
    # A text the batch repeats is embedded once ("thanks", a fact restated): the embedder is the cost floor.
    vector_of: dict[str, Any] = dict(vectors) if vectors is not None else {}
    distinct = [t for t in dict.fromkeys(p[1] for p in parsed) if t not in vector_of]
    vector_of.update(zip(distinct, engine.embed_texts(distinct)))
    turn_vectors = [vector_of[p[1]] for p in parsed]
    with engine.lock:
        engine.sessions.check_open(session)
        if not flush_behind and engine.store.outbox is not None:
            engine.store.outbox.hold()  # the caller starts the flush (see Session.remember_many)
        extractions: list[Extraction | None] = [None] * len(parsed)
        if mode == "full":
            now = utcnow()
            said = [_last_said(engine, session), *((r, c) for r, c, _, _ in parsed)]
            ctxs = [
                _context(engine, session, c, r, w or now, _reply_to(r, said[i]))
                for i, (r, c, w, _) in enumerate(parsed)
            ]
            extractions = list(run_extractor(engine, ctxs, extractor))
        results: list[RememberResult] = []
        for start in range(0, len(parsed), BATCH_MESSAGES):
            plan = WritePlan()
            part: list[RememberResult] = []
            end = min(start + BATCH_MESSAGES, len(parsed))
            engine.repair_if_needed()  # before the lookup, as each message's write would
            stored = _stored_for(engine, session, mode, parsed[start:end], extractions[start:end])
            for i in range(start, end):
                r, c, w, meta = parsed[i]
                msg = _Message(c, r, w, mode, None, meta, extractions[i], turn_vectors[i])
                part.append(_remember_locked(engine, session, msg, batch=plan, stored=stored))
            apply_plan(engine, plan)
            staged = {p.id for p in plan.puts}
            engine.sessions.turns_written([res.turn for res in part if res.turn is not None and res.turn.id in staged])
            results.extend(part)
        if flush_behind and len(parsed) >= BATCH_MESSAGES and engine.store.outbox is not None:
            engine.store.outbox.flush_behind()  # a bulk write: its group is full, so flush it now, behind
        return results
