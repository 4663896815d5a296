"""Argument checks shared by every entry point, run before anything is written."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ._errors import ValidationError
from ._models import CATEGORIES, ROLES

__all__ = ["check_text", "check_role", "check_metadata", "check_categories", "MAX_TEXT_CHARS", "check_top_k"]

MAX_TEXT_CHARS = 100_000
"""Longest turn or query accepted (a turn is a message, not a document: ingest documents instead)."""


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
    if "\x00" in text:
        raise ValidationError(f"{field} contains a NUL character")
    return text


def check_role(role: Any) -> str:
    if role not in ROLES:
        raise ValidationError(f"role must be one of {', '.join(ROLES)}; got {role!r}")
    return str(role)


def check_metadata(metadata: Any, *, field: str = "metadata") -> dict[str, Any]:
    if metadata is None:
        return {}
    if not isinstance(metadata, Mapping):
        raise ValidationError(f"{field} must be a mapping, got {type(metadata).__name__}")
    for k in metadata:
        if not isinstance(k, str):
            raise ValidationError(f"{field} keys must be strings, got {k!r}")
    try:
        json.dumps(dict(metadata))
    except (TypeError, ValueError) as exc:
        raise ValidationError(f"{field} must be JSON-serialisable: {exc}") from exc
    return dict(metadata)


def check_categories(categories: Any) -> list[str] | None:
    if categories is None:
        return None
    if isinstance(categories, str):
        categories = [categories]
    out = []
    for c in categories:
        if c not in CATEGORIES:
            raise ValidationError(f"unknown category {c!r}; expected one of {', '.join(CATEGORIES)}")
        out.append(c)
    if not out:
        raise ValidationError("categories is empty; pass None for all categories")
    return out


def check_top_k(top_k: Any, *, maximum: int = 200) -> int:
    if isinstance(top_k, bool) or not isinstance(top_k, int):
        raise ValidationError(f"top_k must be an integer, got {type(top_k).__name__}")
    if not 1 <= top_k <= maximum:
        raise ValidationError(f"top_k must be between 1 and {maximum}, got {top_k}")
    return top_k
