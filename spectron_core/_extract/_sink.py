"""The interface between a clause being read and the handlers that read it.

The rule extractor's clause (``_rule_clause._Clause``) implements it; the verb handlers (``_predicates``) and the
"I am …" readings (``_identity``) write through it, so neither needs the extractor's own types.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from .._models import Category
from ._types import Extraction, ExtractionContext

__all__ = ["Sink"]


class Sink(Protocol):
    """Where a handler puts what it found (the extractor's clause)."""

    negated: bool
    plural: bool
    hobby: bool
    ctx: ExtractionContext
    """The turn being read (its ``observed_at`` is "now" for a time said in the clause)."""
    when: datetime | None
    """When the clause's time phrase says it holds ("next week" → a date after ``ctx.observed_at``), if it has one."""
    out: Extraction
    """What the clause has found so far (a handler may look at what another one it called added)."""
    span: tuple[int, int]
    """Where the clause is in ``ctx.text``: a handler may read words the reader took out of its predicate (a
    time phrase: "i have a race | on sunday")."""

    def attr(
        self,
        key: str,
        value: str,
        category: Category = "identity",
        *,
        negated: bool | None = None,
        confidence: float | None = None,
        replaces: str | None = None,
    ) -> None: ...

    def rel(self, label: str, obj: str, category: Category = "identity") -> None: ...
