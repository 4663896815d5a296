"""What ``LLMExtractor`` accepts back: the JSON shape, reading it out of the model's text, and its values.

The shape is deliberately small and forgiving (string dates, optional fields, extra keys ignored) so small
local models can meet it; it is validated with pydantic before anything is mapped. An answer that cannot be
used raises :class:`Unusable`, whose ``feedback`` is shown to the model on the retry.
"""

from __future__ import annotations

import json
import math
import re
from datetime import datetime, timedelta, timezone
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic import ValidationError as PydanticValidationError

from ._ontology import is_key
from ._when import as_utc

__all__ = [
    "LLMOutput",
    "Unusable",
    "confidence_of",
    "content_text",
    "norm_key",
    "norm_type",
    "parse_since",
    "read_answer",
]

_TYPE_ALIASES = {
    "person": "Person",
    "people": "Person",
    "human": "Person",
    "user": "Person",
    "individual": "Person",
    "org": "Org",
    "organization": "Org",
    "organisation": "Org",
    "company": "Org",
    "employer": "Org",
    "business": "Org",
    "team": "Org",
    "place": "Place",
    "location": "Place",
    "city": "Place",
    "country": "Place",
    "agent": "Agent",
    "assistant": "Agent",
}
_TYPE_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,63}$")
_KEY_CLEAN = re.compile(r"[^a-z0-9]+")


class _Out(BaseModel):
    model_config = ConfigDict(extra="ignore", coerce_numbers_to_str=True, str_strip_whitespace=True)

    @field_validator("*", mode="before")
    @classmethod
    def _null_lists(cls, v: Any, info: Any) -> Any:
        field = cls.model_fields.get(info.field_name)
        if v is None and field is not None and field.default_factory is list:
            return []
        return v


class LLMAttribute(_Out):
    subject: str = Field(min_length=1)
    subject_type: str = "Person"
    key: str = Field(min_length=1)
    value: str = Field(min_length=1)
    negated: bool = False
    since: str | None = None
    quote: str | None = None
    confidence: float | None = None


class LLMRelation(_Out):
    subject: str = Field(min_length=1)
    subject_type: str = "Person"
    label: str = Field(min_length=1)
    object: str = Field(min_length=1)
    object_type: str = "Thing"
    negated: bool = False
    since: str | None = None
    quote: str | None = None
    confidence: float | None = None


class LLMInstruction(_Out):
    text: str = Field(min_length=1)
    topic: str = Field(min_length=1)
    action: Literal["add", "revoke"] = "add"
    polarity: Literal["do", "dont"] = "do"
    quote: str | None = None
    confidence: float | None = None


class LLMOutput(_Out):
    attributes: list[LLMAttribute] = Field(default_factory=list)
    relations: list[LLMRelation] = Field(default_factory=list)
    instructions: list[LLMInstruction] = Field(default_factory=list)


class _LLMBatchItem(LLMOutput):
    index: int


class _LLMBatchOutput(_Out):
    messages: list[_LLMBatchItem] = Field(default_factory=list)


class Unusable(Exception):
    """The model's answer could not be turned into an Extraction; ``feedback`` is told to the model."""

    def __init__(self, feedback: str, raw: str | None = None) -> None:
        super().__init__(feedback)
        self.feedback = feedback
        self.raw = raw


def content_text(message: Any) -> str:
    content = getattr(message, "content", message)
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content blocks (Anthropic-style)
        parts = []
        for block in content:
            if isinstance(block, str):
                parts.append(block)
            elif isinstance(block, dict) and block.get("type") == "text":
                parts.append(str(block.get("text", "")))
        return "".join(parts)
    return str(content)


def _parse_json(raw: str) -> Any:
    text = raw.strip()
    fenced = re.search(r"```(?:json|JSON)?\s*(.*?)```", text, re.DOTALL)
    if fenced:
        text = fenced.group(1).strip()
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        raise Unusable("the answer contains no JSON object", raw)
    try:
        return json.loads(text[start : end + 1])
    except json.JSONDecodeError as exc:
        raise Unusable(f"the answer is not valid JSON ({exc.msg} at character {exc.pos})", raw) from exc


def read_answer(raw: str, n: int) -> list[LLMOutput]:
    """The model's text read as the answers for ``n`` turns (one object for one turn, ``messages`` for a batch),
    in turn order; :class:`Unusable` when it is not JSON, does not match the shape, or misses a block."""
    data = _parse_json(raw)
    try:
        if n == 1:
            if isinstance(data, dict) and "messages" in data and "attributes" not in data:
                raise Unusable('expected "attributes", "relations" and "instructions" at the top level', raw)
            return [LLMOutput.model_validate(data)]
        batch = _LLMBatchOutput.model_validate(data)
    except PydanticValidationError as exc:
        raise Unusable(_validation_feedback(exc), raw) from exc
    by_index: dict[int, LLMOutput] = {}
    for item in batch.messages:
        if not 0 <= item.index < n:
            raise Unusable(f"index {item.index} is out of range 0..{n - 1}", raw)
        if item.index in by_index:
            raise Unusable(f"index {item.index} appears twice", raw)
        by_index[item.index] = item
    missing = [i for i in range(n) if i not in by_index]
    if missing:
        raise Unusable(f"no entry for block(s) {missing}", raw)
    return [by_index[i] for i in range(n)]


def _validation_feedback(exc: PydanticValidationError) -> str:
    errs = exc.errors(include_url=False)
    parts = []
    for e in errs[:4]:
        loc = ".".join(str(p) for p in e.get("loc", ())) or "(root)"
        parts.append(f"{loc}: {e.get('msg')}")
    more = f" (and {len(errs) - 4} more)" if len(errs) > 4 else ""
    return "the JSON does not match the required shape: " + "; ".join(parts) + more


def parse_since(value: str | None, observed_at: datetime) -> datetime | None:
    if value is None:
        return None
    v = value.strip().lower()
    if v in ("", "null", "none", "unknown", "n/a"):
        return None
    base = as_utc(observed_at)
    if v in ("now", "today"):
        return datetime(base.year, base.month, base.day, tzinfo=timezone.utc)
    if v == "yesterday":
        day = base.date() - timedelta(days=1)
        return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", v)
    try:
        if m:
            y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
            return datetime(y, mo, d, tzinfo=timezone.utc)
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError as exc:
        raise ValueError(f"since {value!r} is not an ISO date") from exc
    return as_utc(parsed)


def norm_key(raw: str, what: str) -> str:
    key = _KEY_CLEAN.sub("_", raw.strip().lower()).strip("_")
    if not is_key(key):
        raise ValueError(f"{what} {raw!r} is not a short snake_case word")
    return key


def norm_type(raw: str) -> str:
    t = raw.strip()
    alias = _TYPE_ALIASES.get(t.lower())
    if alias:
        return alias
    if _TYPE_WORD.match(t):
        return t[0].upper() + t[1:]
    return "Thing"


def confidence_of(value: float | None, default: float) -> float:
    if value is None:
        return default
    try:
        v = float(value)
    except (TypeError, ValueError):
        return default
    if math.isnan(v):
        return default
    if v > 1.0 and v <= 100.0:  # a percentage
        v = v / 100.0
    return min(max(v, 0.0), 1.0)
