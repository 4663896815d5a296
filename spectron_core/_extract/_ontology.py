"""Ontology grounding: canonical attribute keys and the phrasings that map to them.

"prefers vegetarian food" and "now eats fish" must both land on ``food_preference`` or supersession can
never happen; this table is where that knowledge lives. Users extend it with :meth:`Ontology.register`.
The reconciler reads ``multi_valued`` to know whether a new value replaces the old one (``employer``) or
sits beside it (``pets``, ``languages``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .._errors import ValidationError
from .._models import Category

__all__ = ["AttributeSpec", "Ontology", "default_ontology"]

_KEY_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


class AttributeSpec(BaseModel):
    """One canonical key: its category, whether values accumulate, and the phrasings that name it."""

    model_config = ConfigDict(extra="forbid")

    key: str
    category: Category = "identity"
    multi_valued: bool = False
    phrasings: list[str] = Field(default_factory=list)
    """Lower-case phrases (verbs or nouns) that signal this key, e.g. "eat", "diet", "prefers … food"."""
    description: str = ""
    importance: float | None = None
    """Overrides the category's default importance when set."""
    mirror: str | None = None
    """A relation label that states the same fact as this key (``employer`` ↔ ``works_at``, ``home`` ↔
    ``lives_in``). The reconciler keeps the two in step: when either is said with a new value, a current
    record of the other that names something else is closed, so a change said in one form never leaves the
    old value current in the other."""
    ends: dict[str, list[str]] = Field(default_factory=dict)
    """Values of this key that end other keys' current values: ``role`` ``retired`` ends ``employer`` (a
    retired person works nowhere). The reconciler closes those keys (and their mirrors) when such a value is
    written."""

    @field_validator("key")
    @classmethod
    def _valid_key(cls, v: str) -> str:
        if not _KEY_RE.match(v):
            raise ValueError(f"attribute key {v!r} must match [a-z][a-z0-9_]*")
        return v


class Ontology:
    """A registry of :class:`AttributeSpec`. Copy before extending a shared instance (``copy()``)."""

    def __init__(self, specs: Iterable[AttributeSpec] = ()) -> None:
        self._specs: dict[str, AttributeSpec] = {}
        for spec in specs:
            self.register(spec)

    def register(self, spec: AttributeSpec | None = None, **fields: object) -> AttributeSpec:
        """Add or replace a key: ``ontology.register(key="shoe_size", phrasings=["shoe size"])``."""
        if spec is None:
            try:
                spec = AttributeSpec(**fields)  # type: ignore[arg-type]
            except Exception as exc:  # pydantic's error is precise; re-raise as ours
                raise ValidationError(str(exc)) from exc
        self._specs[spec.key] = spec
        return spec

    def get(self, key: str) -> AttributeSpec | None:
        return self._specs.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self._specs

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._specs.values())

    def __len__(self) -> int:
        return len(self._specs)

    def keys(self) -> list[str]:
        return list(self._specs)

    def is_multi_valued(self, key: str) -> bool:
        spec = self._specs.get(key)
        return bool(spec and spec.multi_valued)

    def mirror_of(self, key: str) -> str | None:
        """The relation label declared as ``key``'s mirror (``AttributeSpec.mirror``), if any."""
        spec = self._specs.get(key)
        return spec.mirror if spec else None

    def key_mirrored_by(self, label: str) -> str | None:
        """The attribute key whose mirror is the relation ``label``, if any."""
        return next((s.key for s in self._specs.values() if s.mirror == label), None)

    def category_of(self, key: str, default: Category = "knowledge") -> Category:
        spec = self._specs.get(key)
        return spec.category if spec else default

    def copy(self) -> Ontology:
        return Ontology(spec.model_copy(deep=True) for spec in self._specs.values())

    def describe(self) -> str:
        """Compact listing for prompts: one ``key (category[, many]): phrasings`` line per key."""
        lines = []
        for s in self._specs.values():
            many = ", many" if s.multi_valued else ""
            hint = "; ".join(s.phrasings[:6])
            lines.append(f"- {s.key} ({s.category}{many}): {hint}")
        return "\n".join(lines)


def default_ontology() -> Ontology:
    """A fresh copy of the built-in ontology (see ``_lexicon.py``)."""
    from ._lexicon import BUILTIN_SPECS

    return Ontology(spec.model_copy(deep=True) for spec in BUILTIN_SPECS)
