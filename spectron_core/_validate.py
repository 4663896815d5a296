"""Argument checks shared by every entry point, run before anything is written.

Every string that reaches the store passes :func:`check_clean`: a lone surrogate (``"\\ud800"``) cannot be
encoded as UTF-8, so Chroma, SQLite or the tokenizer would otherwise fail deep inside a write with an error
that names nothing (or, worse, after part of the write happened); a NUL byte truncates strings in C code.
Rejecting both at the door means such input fails before the first store call, with nothing written, instead
of failing part way through a write that the journal then has to roll forward.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import Any

from ._errors import ValidationError
from ._models import CATEGORIES, ROLES

__all__ = [
    "MAX_TEXT_CHARS",
    "RECORD_KINDS",
    "check_categories",
    "check_clean",
    "check_fraction",
    "check_int",
    "check_kinds",
    "check_metadata",
    "check_role",
    "check_text",
    "check_top_k",
]

MAX_TEXT_CHARS = 100_000
"""Longest turn or query accepted (a turn is a message, not a document: ingest documents instead)."""

RECORD_KINDS: tuple[str, ...] = (
    "turn",
    "entity",
    "attribute",
    "relation",
    "instruction",
    "uncertainty",
    "chunk",
    "document",
    "trace",
    "session",
)
"""Every stored record kind (what ``audit(kinds=...)`` may name)."""


def check_clean(value: str, *, field: str) -> str:
    """Refuse a string that cannot be stored faithfully: a NUL character or a lone surrogate."""
    if "\x00" in value:
        raise ValidationError(f"{field} contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValidationError(
            f"{field} contains a lone surrogate {value[exc.start]!r} at position {exc.start}: not valid Unicode "
            "text (decode the input with errors='replace' first)"
        ) from None
    return value


def check_text(text: Any, *, field: str = "text", max_chars: int = MAX_TEXT_CHARS) -> str:
    if not isinstance(text, str):
        raise ValidationError(f"{field} must be a string, got {type(text).__name__}")
    if not text.strip():
        raise ValidationError(f"{field} is empty or whitespace")
    if len(text) > max_chars:
        raise ValidationError(
            f"{field} has {len(text):,} characters; the limit is {max_chars:,} "
            "(use mem.documents.ingest for long texts)"
        )
    return check_clean(text, field=field)


def check_role(role: Any) -> str:
    if role not in ROLES:
        raise ValidationError(f"role must be one of {', '.join(ROLES)}; got {role!r}")
    return str(role)


def _check_json_strings(value: Any, field: str) -> None:
    """Every key and string inside a metadata value must be storable (see :func:`check_clean`)."""
    if isinstance(value, str):
        check_clean(value, field=field)
    elif isinstance(value, Mapping):
        for k, v in value.items():
            if isinstance(k, str):
                check_clean(k, field=f"{field} key")
            _check_json_strings(v, f"{field}[{k!r}]" if isinstance(k, str) else field)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _check_json_strings(v, field)
    elif isinstance(value, float) and not math.isfinite(value):
        raise ValidationError(f"{field} holds {value!r}, which JSON cannot represent")


def check_metadata(metadata: Any, *, field: str = "metadata") -> dict[str, Any]:
    if metadata is None:
        return {}
    if not isinstance(metadata, Mapping):
        raise ValidationError(f"{field} must be a mapping, got {type(metadata).__name__}")
    for k in metadata:
        if not isinstance(k, str):
            raise ValidationError(f"{field} keys must be strings, got {k!r}")
    try:
        json.dumps(dict(metadata), allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise ValidationError(f"{field} must be JSON-serialisable: {exc}") from exc
    _check_json_strings(dict(metadata), field)
    return dict(metadata)


def check_categories(categories: Any) -> list[str] | None:
    if categories is None:
        return None
    if isinstance(categories, str):
        categories = [categories]
    if not isinstance(categories, (Sequence, set, frozenset)) or isinstance(categories, bytes):
        raise ValidationError(f"categories must be a list of category names, got {type(categories).__name__}")
    return _known(categories, CATEGORIES, noun="category", empty="categories is empty; pass None for all categories")


def check_bool(value: Any, *, field: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(f"{field} must be True or False, got {value!r}")
    return value


def check_id(value: Any, *, field: str = "session_id") -> str:
    """A session name or record id: a non-empty string of at most 200 characters, with no control characters."""
    if not isinstance(value, str) or not value.strip() or len(value) > 200:
        raise ValidationError(f"{field} must be a non-empty string of at most 200 characters")
    return check_clean(value, field=field)


def check_int(value: Any, *, field: str, minimum: int, maximum: int) -> int:
    """An integer in ``[minimum, maximum]`` (``bool`` is refused: ``limit=True`` is a bug, not 1)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{field} must be an integer, got {type(value).__name__}")
    if not minimum <= value <= maximum:
        raise ValidationError(f"{field} must be between {minimum} and {maximum}, got {value}")
    return value


def check_top_k(top_k: Any, *, maximum: int = 200) -> int:
    return check_int(top_k, field="top_k", minimum=1, maximum=maximum)


def check_fraction(value: Any, *, field: str) -> float:
    """A real number in ``[0, 1]`` (``None``, strings, ``bool`` and NaN are refused)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValidationError(f"{field} must be a number between 0 and 1, got {type(value).__name__}")
    if not 0.0 <= float(value) <= 1.0:  # NaN fails this too
        raise ValidationError(f"{field} must be between 0 and 1, got {value!r}")
    return float(value)


def check_kinds(kinds: Any) -> list[str] | None:
    """``None`` (every kind) or a non-empty list of known record kinds. A bare string is refused: iterating
    ``"turn"`` would silently ask for kinds ``t``, ``u``, ``r``, ``n`` and return nothing."""
    if kinds is None:
        return None
    if isinstance(kinds, (str, bytes)) or not isinstance(kinds, (Sequence, set, frozenset)):
        raise ValidationError(f"kinds must be a list of record kinds (e.g. ['turn']), got {type(kinds).__name__}")
    return _known(kinds, RECORD_KINDS, noun="record kind", empty="kinds is empty; pass None for every kind")


def _known(values: Any, allowed: Sequence[str], *, noun: str, empty: str) -> list[str]:
    """``values`` as a list, each one of ``allowed``, and at least one."""
    out = []
    for v in values:
        if v not in allowed:
            raise ValidationError(f"unknown {noun} {v!r}; expected one of {', '.join(allowed)}")
        out.append(v)
    if not out:
        raise ValidationError(empty)
    return out
