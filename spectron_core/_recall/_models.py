"""Records the read path returns, and the ranking configuration (every weight named and documented)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import ConfigDict, Field

from .._models import Source  # raises the library's ValidationError
from .._models import SpectronModel as BaseModel

__all__ = ["RecallItem", "RecallResult", "Profile", "ProfileFact", "RankingConfig", "ForgetResult"]


class RankingConfig(BaseModel):
    """How recall ranks. The benchmark (``python -m benchmarks.locomo``) measures what each stage buys.

    Stages: dense + lexical candidates (and, for a question about the scope's principal, their current facts
    of the keys it asks about) → reciprocal rank fusion → graph-density rerank → category weight × importance ×
    decay × recency → authoritative precedence.
    """

    model_config = ConfigDict(extra="forbid")

    rrf_k: int = 60
    """Reciprocal rank fusion constant (Cormack et al. use 60): score = Σ w / (k + rank)."""
    candidates: int = 100
    """Candidates fetched from each leg before fusion (at least ``top_k``). Deeper lists let a record that
    one leg ranks low but the other ranks well reach the fused top: on LoCoMo dev (2026-12-05, one store,
    side by side) 60 → 100 lifts turn any@1 0.445 → 0.454 and any@10 0.840 → 0.846, and 120, 150 and 200
    stay on that plateau (any@10 0.846–0.847), so it is depth, not a tuned value; the persona benchmark's
    per-user stores hold fewer records than either and are unchanged. Cost: about 15 % more recall time."""
    use_dense: bool = True
    use_lexical: bool = True
    dense_weight: float = 0.3
    """Weight of the dense leg in RRF. Tuned on the LoCoMo dev split as a whole: with the bundled MiniLM,
    dense alone reaches turn any@10 0.58 against BM25's 0.69, and fusing them at equal weight loses to BM25;
    at 0.2–0.3 the dense leg adds what BM25 misses. Raise it with a stronger embedding. Re-measured on LoCoMo
    and the persona benchmark side by side (2026-12-05): 0.5, 0.6 and 1.0 leave persona hit@1/@5 within 0.5
    points and cost LoCoMo 0.6–3 points of turn any@10; so do score-aware variants (multiplying by the dense
    similarity relative to the best, or boosting dense outliers): +1 to +2 points on persona, −5 to −10 on
    LoCoMo any@1. On small first-person stores BM25 noise is cut where it arises instead (``feedback_share``,
    principal neutralisation, the question weight)."""
    lexical_weight: float = 1.0
    """Weight of the BM25 leg in RRF."""
    use_key_leg: bool = True
    """A third leg for questions about the scope's principal: their current facts of the keys the question is
    clearly about, newest first (``_recall/_intent.py``). Off leaves dense and lexical alone. Measured side by
    side on one store each (2026-12-06): persona hit@1 0.583 → 0.608 (dense alone 0.509), new value first after
    a change 0.627 → 0.633; LoCoMo unchanged (its questions are about named people, not the scope's principal).
    Weight 0.5–2, ``key_min_z`` 2–3.5 and ``key_margin_z`` 0.25–1 all gave hit@1 0.602–0.608: a plateau, not a
    fitted point."""
    key_weight: float = 1.0
    """Weight of the key leg in RRF."""
    key_min_z: float = 3.0
    """The key leg runs when the question's similarity to the best key's meaning stands this many standard
    deviations above its mean similarity to all keys (relative, so it holds for any embedder)."""
    key_newer_turns_defer: bool = True
    """A single-valued key's fact is left out of the key leg when a later statement of the user that is about
    that key outranks it in the other legs: that statement may be a change the extractor missed (see
    ``_recall._not_outdated``). Measured on the persona benchmark: new value first 0.633 → 0.663, hit@1
    0.608 → 0.607."""
    key_newest_first: bool = True
    """For a question about one of the principal's single-valued keys, the newest statement clearly about that
    key (by the ``key_min_z`` test, on the statement's stored vector) is ranked just above older ones said in
    earlier sessions, even when the extractor did not read a new value from it (``_recall/_newest.py``).
    Measured side by side on one store each (2026-12-06): persona new value first 0.663 → 0.740, recall hit@1
    unchanged (0.607); with every recall line in its own session, hit@1 0.613 → 0.600; LoCoMo unchanged."""
    key_later_min_z: float = 2.0
    """A later turn is about a key when the key stands this many standard deviations above the mean of the
    turn's similarities to every key's meaning (lower than ``key_min_z``: a statement says more than which key
    it is about). From any turn (−9) to 3, new value first went 0.670 → 0.650 and hit@1 0.602 → 0.608,
    monotonically; 2 keeps nearly all of both."""
    key_margin_z: float = 0.5
    """Keys within this many standard deviations of the best are asked too ("do I have a job?": ``role`` and
    ``employer``)."""
    lexical_information_nats: float = 5.0
    """The BM25 leg (and its feedback run) weighs ``lexical_weight × min(1, I / this)``, where I is the query
    terms' information in the index, Σ ln(N / df) (:meth:`LexicalIndex.information`). Questions that name
    rare things (people, places, events) keep the full lexical weight; questions in everyday words ("what do
    I like to do?") match every turn that says "like", and leave the ranking to the dense leg. 0 disables."""
    lexical_context_weight: float = 0.45
    """FTS5 column weight of a turn's neighbouring turns (the text column weighs 1)."""
    use_feedback: bool = True
    """Pseudo-relevance feedback: re-query BM25 with the distinctive words of the first hits (RM3-style)."""
    feedback_docs: int = 3
    feedback_terms: int = 8
    feedback_weight: float = 0.5
    """RRF weight of the feedback query's ranking."""
    feedback_share: float = 0.05
    """Feedback runs only when its ``feedback_docs`` are at most this share of the records visible from the
    scope (3 documents: 60 visible records or more). In a store of a few facts the top documents are most of
    the store and their words say nothing distinctive (see ``_recall._feedback_fits``). 0 lifts the limit."""
    use_graph: bool = True
    graph_weight: float = 0.15
    """Multiplier on the graph-density bonus: score × (1 + graph_weight × density), density ∈ [0, 1]."""
    use_weights: bool = True
    """Apply category weight × importance × decay × recency (off = fused + graph score only)."""
    category_weights: dict[str, float] = Field(
        default_factory=lambda: {
            "identity": 1.0,
            "instructions": 1.0,
            "knowledge": 1.0,
            "uncertainty": 0.97,
            "context": 1.0,
            "episodic": 1.0,
        }
    )
    """Retrieval weight per category (``episodic`` covers turns and chunks). Near-flat on purpose: RRF scores
    differ by about 1.6 % per rank at the top, so a 10 % category weight overrides six ranks of relevance.
    Measured side by side (LoCoMo dev, a first-person persona set, a per-user assistant set): the former
    weights (identity 1.0 … episodic 0.9) cost 5–15 points of hit@1 on first-person memory and 0–4 on LoCoMo;
    flat weights lose nothing anywhere. A turn and the facts drawn from it are one piece of evidence now
    (see ``_recall.evidence_of``), which is what the weights used to approximate."""
    importance_floor: float = 1.0
    """Importance enters as floor + (1 - floor) × importance. At 1.0 importance does not rank (it still
    drives decay and consolidation): lifting identity facts over the turn that answers was the largest
    single cause of wrong first answers on first-person memory (same measurements as above)."""
    recency_weight: float = 0.02
    """Share of the score that recency can move: × (1 - w + w × 2^(-age / recency_half_life_days)). A
    tie-breaker towards what was said lately."""
    recency_half_life_days: float = 30.0
    use_dates: bool = True
    date_weight: float = 0.75
    """Query dates ("on 25 May, 2022", "in June", "last week"): score × (1 + date_weight) for records whose
    time falls in a window the query names (see ``_recall/_temporal.py``)."""
    summary_weight: float = 0.5
    """Multiplier for session summaries: a digest of many facts matches many queries a little, and each of
    its facts is recallable on its own."""
    authoritative_boost: float = 1.2
    """Multiplier for document facts, so they outrank chat claims on the same key."""
    superseded_penalty: float = 0.7
    """Multiplier for non-current versions when ``include_history`` brings them in."""
    stale_turn_weight: float = 0.5
    """Multiplier for a turn every one of whose extracted facts has since been superseded ("I am 34" after
    "I am 40" was said): what it stated is no longer true, though the turn stays recallable as history."""
    assistant_weight: float = 0.7
    """Multiplier for the assistant's turns, and the facts drawn from them, when the query asks about the user
    in the first person ("where do I live?", not "what did you suggest?"): a reply that echoes the topic is
    not evidence of the user's facts. LoCoMo and the persona benchmark have no assistant turns (unchanged);
    measured on the mixed user/assistant cases of ``tests/test_first_person_recall.py``."""
    successor_first: bool = True
    """A turn whose fact was superseded is outranked by the turn that superseded it (``_recall._successors_first``).
    Persona update pairs, new value first: 0.500 → 0.537; LoCoMo and persona recall unchanged (2026-12-05)."""
    question_weight: float = 0.6
    """Multiplier for a turn that only asks ("what do you do for a living?"): a question matches a question
    about the same thing word for word, yet it is evidence of curiosity, not of the answer."""


class RecallItem(BaseModel):
    """One recalled memory with what a caller needs to cite and judge it."""

    model_config = ConfigDict(extra="forbid")

    id: str
    text: str
    score: float
    kind: str
    category: str | None = None
    entity: str | None = None
    key: str | None = None
    value: str | None = None
    valid_from: datetime | None = None
    valid_until: datetime | None = None
    source: Source | None = None
    scope: dict[str, str] = Field(default_factory=dict)
    turn_ids: list[str] = Field(default_factory=list)
    """Episodic turns this item cites (the turn itself for a turn item)."""
    session_id: str | None = None
    conflict: str | None = None
    """Text of an open uncertainty about this item's key, if any."""
    authoritative: bool = False
    current: bool = True
    """Holds today: a fact not superseded or ended, a turn not every one of whose facts has been superseded or
    ended since ("I live in Lisbon" after "we moved to Porto"; the turn stays recallable as history)."""

    def metadata(self) -> dict[str, Any]:
        """Every field but ``text``, JSON-safe (times as ISO 8601, the source as a dict): what a framework's
        ``Document`` or node carries beside the text, so a trace or a docstore can keep it."""
        return {
            "id": self.id,
            "kind": self.kind,
            "category": self.category,
            "entity": self.entity,
            "key": self.key,
            "value": self.value,
            "valid_from": self.valid_from.isoformat() if self.valid_from else None,
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
            "source": self.source.model_dump(mode="json") if self.source is not None else None,
            "scope": dict(self.scope),
            "turn_ids": list(self.turn_ids),
            "session_id": self.session_id,
            "score": self.score,
            "authoritative": self.authoritative,
            "current": self.current,
            "conflict": self.conflict,
        }


class RecallResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    query: str
    items: list[RecallItem] = Field(default_factory=list)
    formatted: str = ""
    tokens: int = 0
    """Token count of ``formatted`` (cl100k_base)."""


class ProfileFact(BaseModel):
    model_config = ConfigDict(extra="forbid")

    entity: str
    key: str
    value: str
    category: str
    authoritative: bool = False
    scope: dict[str, str] = Field(default_factory=dict)
    valid_from: datetime | None = None
    record_id: str
    conflict: str | None = None


class ProfileRelation(BaseModel):
    """A current relation seen from the scope: who someone is to whom ("Person/dana -married_to-> Person/tomas",
    "Person/dana -owns-> Pet/rex"). The names of the people and animals in a user's life live here, not in keys."""

    model_config = ConfigDict(extra="forbid")

    subject: str
    label: str
    object: str
    text: str = ""
    """The relation as a sentence, when the extractor gave one ("Dana's dog is named Rex")."""
    category: str
    authoritative: bool = False
    scope: dict[str, str] = Field(default_factory=dict)
    valid_from: datetime | None = None
    record_id: str


class Profile(BaseModel):
    """The structured snapshot that replaces Mem0's ``get_all()``: effective values as seen from a scope."""

    model_config = ConfigDict(extra="forbid")

    scope: dict[str, str]
    as_of: datetime | None = None
    static: list[ProfileFact] = Field(default_factory=list)
    """Identity facts (slow-changing: name, home, employer, role, pets …)."""
    dynamic: list[ProfileFact] = Field(default_factory=list)
    """Context facts and recent events (fast-changing)."""
    preferences: list[ProfileFact] = Field(default_factory=list)
    """Keys about likes and dislikes (``*_preference``, ``favorite_*``, hobbies)."""
    knowledge: list[ProfileFact] = Field(default_factory=list)
    relations: list[ProfileRelation] = Field(default_factory=list)
    """Current relations (works at, lives in, married to, parent of, owns …), narrowest scope first among equals."""
    instructions: list[dict[str, Any]] = Field(default_factory=list)
    conflicts: list[dict[str, Any]] = Field(default_factory=list)
    entities: list[dict[str, Any]] = Field(default_factory=list)


class ForgetResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    counts: dict[str, int] = Field(default_factory=dict)
    """Records affected by kind (``turn``, ``attribute`` …)."""
    purged: bool = False
    dry_run: bool = False
    ids: list[str] = Field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())
