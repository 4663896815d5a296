"""Pydantic records that cross the library's boundary.

These are data only: they never reach into the store. The store codec (``_store/_codec.py``) turns them
into Chroma documents and metadata and back, so a record read from a server written by another process
validates exactly like one built in memory.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError

from ._errors import ValidationError

__all__ = [
    "SpectronModel",
    "Category",
    "Role",
    "SourceKind",
    "Action",
    "Source",
    "SessionInfo",
    "Turn",
    "Entity",
    "Attribute",
    "Relation",
    "Instruction",
    "Uncertainty",
    "Chunk",
    "DocumentInfo",
    "Decision",
    "Trace",
    "MemoryRecord",
    "Change",
    "RememberResult",
    "CATEGORIES",
    "ROLES",
]

Category = Literal["episodic", "identity", "knowledge", "context", "instructions", "uncertainty"]
CATEGORIES: tuple[str, ...] = ("episodic", "identity", "knowledge", "context", "instructions", "uncertainty")
Role = Literal["user", "assistant", "system", "tool"]
ROLES: tuple[str, ...] = ("user", "assistant", "system", "tool")
SourceKind = Literal["turn", "document", "triples", "import", "reflection", "consolidation"]
Action = Literal["created", "reinforced", "superseded", "flagged", "closed", "revoked", "resolved"]
"""What a write did to a record: ``closed`` marks a value ended by a negation ("no longer"), ``revoked`` an
instruction stopped ("stop using bullet points"), ``resolved`` an open uncertainty this write answered (a key
flagged as possibly changed, ``_write/_unread_change.py``, then stated again); the other four are the outcomes
of reconciliation (``_write/_reconcile.py``)."""


class SpectronModel(BaseModel):
    """Base of every pydantic model the library defines (records, results, :class:`RankingConfig`).

    Building one with a bad value (``RankingConfig(candidates="x")``, an unknown field) raises the library's
    :class:`ValidationError`, not pydantic's: callers catch one error type for every bad argument, whether a
    function or a model refused it. The message is pydantic's, and pydantic's error is the ``__cause__``
    (its ``errors()`` list the details)."""

    def __init__(self, /, **data: Any) -> None:
        try:
            super().__init__(**data)
        except PydanticValidationError as exc:
            raise ValidationError(str(exc)) from exc

    # This __init__ only renames the error, so it is pydantic's own as far as validation goes. Marked so,
    # pydantic does not route nested validation (a record inside a Change, every record the store codec
    # decodes) through it: that would cost a Python call per record and reword nested errors.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]


class _Model(SpectronModel):
    model_config = ConfigDict(extra="forbid", frozen=False, validate_assignment=False)


class Source(_Model):
    """Provenance: where a record came from and how much it is trusted."""

    kind: SourceKind
    ref: str | None = None
    """Turn id, document id, or an import/batch reference."""
    span: tuple[int, int] | None = None
    """Character span in the turn or chunk text the record was extracted from."""
    session_id: str | None = None
    trust: float = 1.0

    @property
    def authoritative(self) -> bool:
        return self.kind == "document"


class SessionInfo(_Model):
    kind: Literal["session"] = "session"
    id: str
    scope: dict[str, str]
    metadata: dict[str, Any] = Field(default_factory=dict)
    created_at: datetime
    closed_at: datetime | None = None
    turn_count: int = 0
    summary_id: str | None = None
    """Id of the consolidation summary chunk (the text lives there, so purging it leaves no copy here)."""
    status: Literal["active", "forgotten"] = "active"
    """A scoped ``forget`` covering the session forgets the session record too (its metadata may quote what
    was forgotten): it leaves ``sessions.list``/``get`` and stays for ``audit``."""
    forgotten_at: datetime | None = None
    forgotten_reason: str | None = None


class _Stored(_Model):
    """Fields every stored record has: identity, scope, audit."""

    id: str
    scope: dict[str, str]
    recorded_at: datetime
    status: Literal["active", "forgotten"] = "active"
    forgotten_at: datetime | None = None
    forgotten_reason: str | None = None


class Turn(_Stored):
    """One message of a session: the episodic record every fact cites."""

    kind: Literal["turn"] = "turn"
    session_id: str
    seq: int
    role: Role
    content: str
    observed_at: datetime
    metadata: dict[str, Any] = Field(default_factory=dict)


class Entity(_Stored):
    """A node addressed as ``Type/name``; ``id`` is that address with the name normalised."""

    kind: Literal["entity"] = "entity"
    type: str
    name: str
    display_name: str
    mentions: int = 1


class _Temporal(_Stored):
    """Versioned, sourced, scored: attributes, relations and instructions share this shape."""

    valid_from: datetime | None = None
    valid_until: datetime | None = None
    supersedes: str | None = None
    superseded_by: str | None = None
    confidence: float = 0.8
    importance: float = 0.5
    category: Category = "knowledge"
    source: Source
    reinforcement_count: int = 0
    """How many distinct later sources repeated this record (a replay of the same turn never counts)."""
    evidence: list[str] = Field(default_factory=list)
    """Source refs (turn or document ids) that asserted it: what makes reinforcement idempotent."""
    last_seen: datetime | None = None
    stated_at: datetime | None = None
    """When the source said it (the turn's time). ``valid_from`` differs from it when the statement dated
    itself ("I moved to Porto last month"); precedence between values of a single-valued key compares what
    was said when, and only an explicitly dated value can place a later statement before it."""

    @property
    def current(self) -> bool:
        return self.valid_until is None and self.status == "active"

    @property
    def authoritative(self) -> bool:
        return self.source.kind == "document"


class Attribute(_Temporal):
    kind: Literal["attribute"] = "attribute"
    entity: str
    key: str
    value: str
    text: str = ""
    """The attribute rendered as a sentence: what is embedded and indexed lexically."""


class Relation(_Temporal):
    kind: Literal["relation"] = "relation"
    subject: str
    label: str
    object: str
    text: str = ""


class Instruction(_Temporal):
    kind: Literal["instruction"] = "instruction"
    text: str
    topic: str
    """Normalised subject of the directive ("bullet points"): what a later "stop …" revokes."""
    polarity: Literal["do", "dont"] = "do"


class Uncertainty(_Stored):
    """ "These disagree" or "this could not be resolved": an open question kept visible to readers."""

    kind: Literal["uncertainty"] = "uncertainty"
    what: str
    why: str
    record_ids: list[str] = Field(default_factory=list)
    entity: str | None = None
    key: str | None = None
    state: Literal["open", "resolved"] = "open"
    source: Source
    category: Category = "uncertainty"
    text: str = ""


class Chunk(_Stored):
    """A span of text kept verbatim for recall: a document chunk or an ``infer="none"`` memory."""

    kind: Literal["chunk"] = "chunk"
    text: str
    source: Source
    document_id: str | None = None
    title: str | None = None
    seq: int = 0
    category: Category = "knowledge"
    valid_from: datetime | None = None
    """When the text was said or authored (not when it was stored): what decay and recency count from."""
    valid_until: datetime | None = None
    turn_ids: list[str] = Field(default_factory=list)
    """Turns the chunk quotes or summarises (a session summary cites the turns its facts came from)."""


class DocumentInfo(_Stored):
    kind: Literal["document"] = "document"
    title: str
    content_hash: str
    version: int = 1
    authored_at: datetime | None = None
    supersedes: str | None = None
    superseded_by: str | None = None
    chunk_ids: list[str] = Field(default_factory=list)
    path: str | None = None


class Decision(_Model):
    """One reconciliation outcome and why it happened."""

    candidate: str
    action: Action | Literal["skipped"]
    reason: str
    record_id: str | None = None
    considered: list[str] = Field(default_factory=list)


class Trace(_Stored):
    """Decision trace of one write: what was considered and why each outcome happened."""

    kind: Literal["trace"] = "trace"
    operation: str
    ref: str | None = None
    session_id: str | None = None
    extractor: str | None = None
    decisions: list[Decision] = Field(default_factory=list)


MemoryRecord = Annotated[
    Turn | Entity | Attribute | Relation | Instruction | Uncertainty | Chunk | DocumentInfo | Trace | SessionInfo,
    Field(discriminator="kind"),
]


class Change(_Model):
    action: Action
    record: MemoryRecord
    reason: str = ""


class RememberResult(_Model):
    """The diff a write produced. Lists hold :class:`Change` objects (action + record)."""

    turn: Turn | None = None
    entities: list[Change] = Field(default_factory=list)
    attributes: list[Change] = Field(default_factory=list)
    relations: list[Change] = Field(default_factory=list)
    instructions: list[Change] = Field(default_factory=list)
    uncertainties: list[Change] = Field(default_factory=list)
    corrections: list[Change] = Field(default_factory=list)
    """Previous versions this write closed or superseded (the old record, after the change)."""
    chunks: list[Change] = Field(default_factory=list)
    trace_id: str | None = None

    @property
    def changes(self) -> list[Change]:
        return [
            *self.entities,
            *self.attributes,
            *self.relations,
            *self.instructions,
            *self.uncertainties,
            *self.corrections,
            *self.chunks,
        ]


def field_of(record: Any, name: str, default: Any = None) -> Any:
    """A field that some kinds of record have and others lack (``valid_until``, ``source``, ``content`` …),
    or ``default``. Read from the instance's ``__dict__``, where pydantic keeps fields: ``getattr`` with a
    default reaches pydantic's ``__getattr__`` and its ``AttributeError`` for every missing field, which was
    a tenth of a recall's Python time (175,000 misses over 190 LoCoMo questions). Fields only, not
    properties; an object without ``__dict__`` falls back to ``getattr``."""
    fields = getattr(record, "__dict__", None)
    if fields is None:
        return getattr(record, name, default)
    return fields.get(name, default)
