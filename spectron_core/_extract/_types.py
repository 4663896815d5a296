"""The extraction contract: what every extractor receives and returns.

Extractors are pure: they read a turn's text and context and return candidates. They never touch the store;
the reconciler decides what the candidates do to memory. Entity references are ``Type/name`` strings built
with :func:`spectron_core._entities.entity_ref`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal, Protocol, runtime_checkable

from pydantic import ConfigDict, Field

from .._models import Category, Role, SpectronModel

__all__ = [
    "ExtractedAttribute",
    "ExtractedEntity",
    "ExtractedInstruction",
    "ExtractedRelation",
    "ExtractedUncertainty",
    "Extraction",
    "ExtractionContext",
    "Extractor",
]


class _C(SpectronModel):
    """Base of the extraction models: unknown fields are refused, and a bad value raises the library's
    :class:`~spectron_core.ValidationError` (see :class:`SpectronModel`)."""

    model_config = ConfigDict(extra="forbid")


class ExtractionContext(_C):
    """Everything an extractor may use besides the text itself."""

    text: str
    role: Role = "user"
    observed_at: datetime
    """Aware UTC time of the turn: relative phrases ("yesterday") resolve against this, never the clock."""
    principal: str
    """Entity the first person refers to for user turns, e.g. ``Person/alice``."""
    agent: str
    """Entity the first person refers to for assistant turns, e.g. ``Agent/assistant``."""
    scope: dict[str, str] = Field(default_factory=dict)
    in_reply_to: str | None = None
    """The other party's message just before this one in the same session (the assistant's, for a user turn), or
    None. A short reply leans on its question: "lisbon" after "Where are you based?" says where the user lives."""

    @property
    def speaker(self) -> str:
        return self.agent if self.role == "assistant" else self.principal


class ExtractedEntity(_C):
    ref: str
    """``Type/name`` with the name normalised (see ``entity_ref``)."""
    display_name: str
    span: tuple[int, int] | None = None


class ExtractedAttribute(_C):
    entity: str
    key: str
    value: str
    category: Category = "knowledge"
    confidence: float = Field(default=0.8, ge=0.0, le=1.0)
    span: tuple[int, int] | None = None
    valid_from: datetime | None = None
    """When the value became true, if the text says ("since January 2025"); else the turn time."""
    negated: bool = False
    """True for "no longer …"/"used to …": close the current value, add none."""
    text: str = ""
    """A short sentence rendering of the fact, used for embedding and display."""
    replaces: str | None = None
    """The value this one replaces, named in the same breath ("traded in the Civic for a Mazda", "replaced my Dell
    with a MacBook"), or, on a negated candidate, the thing that is gone ("sold the Focus"). The speaker names a
    thing, not the key it was filed under, so the reconciler looks for a current value of the entity that this
    names under any key (``key`` first) and files the candidate under that value's key: the old value ends and,
    for a positive candidate, the new one takes its place. With no such value, ``key`` is used as given."""


class ExtractedRelation(_C):
    subject: str
    label: str
    object: str
    category: Category = "identity"
    confidence: float = Field(default=0.8, ge=0.0, le=1.0)
    span: tuple[int, int] | None = None
    valid_from: datetime | None = None
    negated: bool = False
    text: str = ""


class ExtractedInstruction(_C):
    text: str
    topic: str
    """Normalised subject ("bullet points"): what a later revocation matches on."""
    action: Literal["add", "revoke"] = "add"
    polarity: Literal["do", "dont"] = "do"
    confidence: float = Field(default=0.8, ge=0.0, le=1.0)
    span: tuple[int, int] | None = None


class ExtractedUncertainty(_C):
    what: str
    why: str
    span: tuple[int, int] | None = None


class Extraction(_C):
    entities: list[ExtractedEntity] = Field(default_factory=list)
    attributes: list[ExtractedAttribute] = Field(default_factory=list)
    relations: list[ExtractedRelation] = Field(default_factory=list)
    instructions: list[ExtractedInstruction] = Field(default_factory=list)
    uncertainties: list[ExtractedUncertainty] = Field(default_factory=list)
    extractor: str = "rules"
    unsure: bool = False
    """The extractor thinks it may have missed something (cascade mode asks a model then)."""

    def is_empty(self) -> bool:
        return not (self.attributes or self.relations or self.instructions or self.uncertainties)


@runtime_checkable
class Extractor(Protocol):
    """Anything that turns a turn into candidates. ``extract_many`` may batch (LLM extractors do)."""

    name: str

    def extract(self, ctx: ExtractionContext) -> Extraction: ...

    def extract_many(self, ctxs: list[ExtractionContext]) -> list[Extraction]: ...
