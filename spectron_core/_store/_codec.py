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
from ._where import scope_metadata

__all__ = ["encode", "decode", "TEXT_FIELD", "EMBEDDED_KINDS", "INDEX_FIELDS", "record_text"]

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

INDEX_FIELDS = (
    "entity",
    "key",
    "session_id",
    "category",
    "topic",
    "label",
    "subject",
    "object",
    "ref",
    "title",
    "supersedes",
    "superseded_by",
)
"""Record fields copied flat into a row's metadata because some ``where`` clause filters on them (with
``kind``, ``status``, ``is_current``, the scope keys and the source's ``src_ref``/``src_session``).

Nothing else is: the record itself is ``meta["json"]``. Embedded Chroma stores each metadata key as a row of
its own, so every flat key costs every write (measured on a 3,000-memory Mem0 replay: the 16 keys no clause
read — role, seq, value_norm, the six ``t_*`` times … — were 8 % of its time). Rows
written before keep those keys; nothing reads them, and :meth:`ChromaStore.put_state` drops the end times. A
new ``where`` field must be added here (purge finds what links to the records it erases by ``supersedes`` and
``superseded_by``; tests/test_store_contract.py checks the list against the clauses in the code)."""


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
    for name in INDEX_FIELDS:
        value = fields.get(name)
        if isinstance(value, (str, int, float, bool)):
            meta[name] = value
    if record.kind == "turn":
        meta["category"] = "episodic"
    source = fields.get("source")
    if source is not None:
        if source.ref:
            meta["src_ref"] = source.ref
        if source.session_id:
            meta["src_session"] = source.session_id
    return record.id, document or "", meta


def decode(document: str | None, meta: dict[str, Any]) -> Any:
    payload = json.loads(meta["json"])
    field = TEXT_FIELD.get(payload.get("kind", ""))
    if field:
        payload[field] = document or ""
    return _ADAPTER.validate_python(payload)
