"""Records <-> Chroma rows.

Each row keeps the full record as JSON in ``meta["json"]`` (so any process decodes it exactly) plus flat
index fields that ``where`` clauses filter on. The record's text goes into the Chroma document (what is
embedded) and is left out of the JSON so it is stored once.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter

from .._models import MemoryRecord
from .._scope import Scope
from .._time import to_epoch
from ._where import scope_metadata

__all__ = ["encode", "decode", "TEXT_FIELD", "EMBEDDED_KINDS", "record_text"]

_ADAPTER: TypeAdapter[Any] = TypeAdapter(MemoryRecord)

TEXT_FIELD = {
    "turn": "content",
    "attribute": "text",
    "relation": "text",
    "instruction": "text",
    "uncertainty": "text",
    "chunk": "text",
}
"""Which field of each embedded kind is its document (embedded and indexed lexically)."""

EMBEDDED_KINDS = frozenset(TEXT_FIELD)


def record_text(record: Any) -> str:
    field = TEXT_FIELD.get(record.kind)
    return getattr(record, field) if field else ""


def _current(record: Any) -> bool:
    if getattr(record, "status", "active") != "active":
        return False
    if getattr(record, "valid_until", None) is not None:
        return False
    if record.kind == "uncertainty" and record.state != "open":
        return False
    if record.kind == "document" and record.superseded_by:
        return False
    return True


def encode(record: Any) -> tuple[str, str, dict[str, Any]]:
    """Return (id, document, metadata) for a record."""
    field = TEXT_FIELD.get(record.kind)
    exclude = {field} if field else set()
    payload = record.model_dump(mode="json", exclude=exclude)
    document = getattr(record, field) if field else ""
    meta: dict[str, Any] = scope_metadata(Scope(record.scope))
    meta["kind"] = record.kind
    meta["json"] = json.dumps(payload, separators=(",", ":"), ensure_ascii=False)
    meta["status"] = getattr(record, "status", "active")
    meta["is_current"] = _current(record)
    # A record's fields, read from its __dict__: what getattr gives for a field, None for a field this kind
    # lacks (getattr's default went through pydantic's __getattr__ and its AttributeError: a sixth of the
    # cost of encoding, and every write encodes each record it stages).
    fields = record.__dict__
    for name in (
        "entity",
        "key",
        "session_id",
        "role",
        "category",
        "topic",
        "label",
        "subject",
        "object",
        "document_id",
        "operation",
        "ref",
        "state",
        "title",
        "content_hash",
        "supersedes",
        "superseded_by",
    ):
        value = fields.get(name)
        if isinstance(value, (str, int, float, bool)):
            meta[name] = value
    if record.kind == "turn":
        meta["category"] = "episodic"
    if record.kind == "attribute":
        meta["value_norm"] = record.value.strip().casefold()
    seq = fields.get("seq")
    if isinstance(seq, int):
        meta["seq"] = seq
    source = fields.get("source")
    if source is not None:
        meta["src_kind"] = source.kind
        if source.ref:
            meta["src_ref"] = source.ref
        if source.session_id:
            meta["src_session"] = source.session_id
    for name, attr in (
        ("t_recorded", "recorded_at"),
        ("t_valid_from", "valid_from"),
        ("t_valid_until", "valid_until"),
        ("t_observed", "observed_at"),
        ("t_created", "created_at"),
        ("t_closed", "closed_at"),
    ):
        value = fields.get(attr)
        if value is not None:
            meta[name] = to_epoch(value)
    if record.kind == "turn" and record.observed_at is not None:
        meta["t_valid_from"] = to_epoch(record.observed_at)
    return record.id, document or "", meta


def decode(document: str | None, meta: dict[str, Any]) -> Any:
    payload = json.loads(meta["json"])
    field = TEXT_FIELD.get(payload.get("kind", ""))
    if field:
        payload[field] = document or ""
    return _ADAPTER.validate_python(payload)
