"""``recall``: candidates (dense + lexical) → fuse (RRF) → graph rerank → weights → format.

Both legs are confined to the scope-visible records by the store (a Chroma ``where`` clause and the lexical
index's SQL), and every candidate is re-checked against :meth:`Scope.visible_from` before it is ranked: a
scope leak would need two independent filters to fail at once.
"""

from __future__ import annotations

import logging
import math
import re
from typing import TYPE_CHECKING, Any

from .._errors import ValidationError
from .._models import field_of
from .._scope import Scope
from .._store._lexical import index_terms
from .._time import to_utc, utcnow
from .._validate import check_categories, check_text, check_top_k
from ._format import format_items
from ._intent import any_about, key_leg, principal_asks, relative_leg
from ._models import RankingConfig, RecallItem, RecallResult
from ._newest import newest_statement_first
from ._principal import Principal, asks_about_self, is_question, principal_of
from ._rank import category_of, entity_sets, graph_density, record_time, rrf, valid_at, weight
from ._temporal import query_windows

if TYPE_CHECKING:
    from .._engine import Engine

__all__ = ["check_max_tokens", "evidence_of", "recall"]

log = logging.getLogger("spectron_core.recall")
MAX_QUERY_CHARS = 10_000


def check_max_tokens(max_tokens: Any) -> int | None:
    if max_tokens is None:
        return None
    if isinstance(max_tokens, bool) or not isinstance(max_tokens, int) or max_tokens < 1:
        raise ValidationError(f"max_tokens must be a positive integer or None, got {max_tokens!r}")
    return max_tokens


def _turn_ids(r: Any) -> list[str]:
    if r.kind == "turn":
        return [r.id]
    ids = [
        e
        for e in [*field_of(r, "evidence", []), *field_of(r, "turn_ids", [])]
        if isinstance(e, str) and e.startswith("turn_")
    ]
    src = field_of(r, "source", None)
    if src is not None and src.ref and src.ref.startswith("turn_") and src.ref not in ids:
        ids.insert(0, src.ref)
    return ids


def _item(r: Any, score: float, conflict: str | None, *, stale: bool = False) -> RecallItem:
    """``stale``: a turn every fact of which has been superseded or ended since. It is reported as not current
    (and the block says so), so an agent reading "I live in Lisbon" beside "I moved to Porto" knows which one
    holds, as it would from the facts' own ``valid_until``."""
    src = field_of(r, "source", None)
    text = field_of(r, "content", None) if r.kind == "turn" else field_of(r, "text", "")
    if r.kind == "turn":
        text = f"{r.role}: {text}"
    value = field_of(r, "value", None)
    if r.kind == "relation":
        value = r.object
    return RecallItem(
        id=r.id,
        text=text or "",
        score=score,
        kind=r.kind,
        category=category_of(r),
        entity=field_of(r, "entity", None) or field_of(r, "subject", None),
        key=field_of(r, "key", None) or field_of(r, "label", None),
        value=value,
        valid_from=field_of(r, "valid_from", None) or field_of(r, "observed_at", None),
        valid_until=field_of(r, "valid_until", None),
        source=src,
        scope=dict(r.scope),
        turn_ids=_turn_ids(r),
        session_id=field_of(r, "session_id", None) or (src.session_id if src else None),
        conflict=conflict,
        authoritative=bool(src is not None and src.authoritative),
        current=field_of(r, "valid_until", None) is None and r.status == "active" and not stale,
    )


def recall(
    engine: Engine,
    query: Any,
    scope: Scope,
    *,
    top_k: Any = 10,
    categories: Any = None,
    include_history: bool = False,
    as_of: Any = None,
    max_tokens: Any = None,
    ranking: RankingConfig | None = None,
) -> RecallResult:
    """Recall by meaning what is visible from ``scope``: candidates (dense and lexical legs) → admissible
    (scope, category, time) → scored (fusion, graph, weights) → one item per piece of evidence → formatted.
    Arguments as ``Spectron.recall``; every one is checked before the store is read."""
    check_text(query, field="query", max_chars=MAX_QUERY_CHARS)
    k = check_top_k(top_k)
    cats = check_categories(categories)
    when = to_utc(as_of, field="as_of")
    budget = check_max_tokens(max_tokens)
    cfg = ranking or engine.ranking
    if not isinstance(cfg, RankingConfig):
        raise ValidationError("ranking must be a RankingConfig")
    history = bool(include_history) or when is not None
    if not engine.store.trust_local:
        with engine.lock:
            engine.store.maybe_sync()

    principal = principal_of(engine, scope)
    pool, legs, asked = _candidates(
        engine, query, scope, cfg, k, history=history, when=when, cats=cats, principal=principal
    )
    pool = {rid: r for rid, r in pool.items() if _admissible(r, scope, cats, history, when)}
    legs = [([i for i in ids if i in pool], w) for ids, w in legs]
    scores, groups, own, stale = _score(engine, query, pool, legs, cfg, when, principal, asked, scope)
    words = set(index_terms(principal.strip_from(query)))
    # what the question names as its topic; a yes/no question names its answer ("am i married?")
    named = set() if _YES_NO.match(query.strip()) else words
    ranked, scores = _one_per_evidence(pool, scores, groups, own, words, k, named)
    conflicts = _open_conflicts(engine, scope, [pool[r] for r in ranked])
    items = [_item(pool[rid], scores[rid], _conflict_of(conflicts, pool[rid]), stale=rid in stale) for rid in ranked]
    formatted, tokens = format_items(items, budget)
    return RecallResult(query=query, items=items, formatted=formatted, tokens=tokens)


def _one_per_evidence(
    pool: dict[str, Any],
    scores: dict[str, float],
    groups: dict[str, str],
    own: dict[str, float],
    words: set[str],
    k: int,
    named: set[str],
) -> tuple[list[str], dict[str, float]]:
    """One item per piece of evidence: the group ranks by its best member's score, and is shown by one member
    (see ``_representative``). Returns the ``k`` best representatives, best first, and the scores with each
    representative given its group's score."""
    best: dict[str, float] = {}
    members: dict[str, list[str]] = {}
    for rid in pool:
        g = groups[rid]
        best[g] = max(best.get(g, 0.0), scores[rid])
        members.setdefault(g, []).append(rid)
    order = sorted(best, key=lambda g: (-best[g], min(members[g])))[:k]
    rep = {g: _representative(members[g], pool, own, scores, words, named) for g in order}
    ranked = [rep[g] for g in order]
    return ranked, {**scores, **{rep[g]: best[g] for g in order}}


def _candidates(
    engine: Engine,
    query: str,
    scope: Scope,
    cfg: RankingConfig,
    k: int,
    *,
    history: bool,
    when: Any,
    cats: Any,
    principal: Principal,
) -> tuple[dict[str, Any], list[tuple[list[str], float]], list[str]]:
    """The legs' candidates (records by id), their rankings (ids best first, with the leg's weight), and the
    principal's keys the question clearly asks about (none for history and ``as_of`` questions, which are about
    what held then)."""
    n = max(cfg.candidates, k * 2)
    if when is not None:
        n *= 2  # versions outside the as_of window are dropped after fetching
    pool: dict[str, Any] = {}
    legs: list[tuple[list[str], float]] = []
    vec: Any = None
    if cfg.use_dense:
        vec = engine.store.embed_query(query)
        hits = engine.store.dense(vec, scope, n, include_history=history, categories=cats)
        for rec, _sim in hits:
            pool[rec.id] = rec
        legs.append(([r.id for r, _ in hits], cfg.dense_weight))
    if cfg.use_lexical:
        # Within a person's own scope every fact is about them: their name in the query matches every
        # rendered fact ("Bob's employer …") and no first-person turn, so it only adds noise to BM25.
        text = principal.strip_from(query)
        found = (
            engine.lexical.search(text, scope, n, include_history=history, context_weight=cfg.lexical_context_weight)
            if text
            else []
        )
        trust = 1.0
        if cfg.lexical_information_nats > 0 and found:
            trust = min(1.0, engine.lexical.information(text) / cfg.lexical_information_nats)
        runs = [(found, cfg.lexical_weight * trust)]
        if cfg.use_feedback and found and _feedback_fits(engine, scope, cfg, history):
            first = _first_hits(found, legs, cfg)
            extra = [
                t for t in engine.lexical.feedback_terms(first, text, cfg.feedback_terms) if t not in principal.terms
            ]
            if extra:
                expanded = text + " " + " ".join(extra)
                runs.append(
                    (
                        engine.lexical.search(
                            expanded, scope, n, include_history=history, context_weight=cfg.lexical_context_weight
                        ),
                        cfg.feedback_weight * trust,
                    )
                )
        missing = list(dict.fromkeys(i for hits, _ in runs for i, _ in hits if i not in pool))
        if missing:
            pool.update(engine.store.local(missing))
        for hits, w in runs:
            legs.append(([i for i, _ in hits if i in pool], w))
    asked: list[str] = []
    if (cfg.use_key_leg or cfg.key_newest_first) and not history and when is None:
        asked = principal_asks(engine, query, vec, principal, cfg)
    if cfg.use_key_leg and asked:
        # current facts only: an as_of or history question is about what held then, which the other legs rank
        facts = key_leg(engine, asked, scope, principal)
        if facts and cfg.key_newer_turns_defer:
            facts = _not_outdated(engine, pool, legs, facts, cfg)
        for rec in facts:
            pool.setdefault(rec.id, rec)
        legs.append(([r.id for r in facts], cfg.key_weight))
    kin = relative_leg(engine, query, scope, principal) if cfg.use_key_leg and not history and when is None else []
    if kin:  # "what is my wife called?": the people the principal's relations name, and their facts
        for rec in kin:
            pool.setdefault(rec.id, rec)
        legs.append(([r.id for r in kin], cfg.key_weight))
    return pool, legs, asked


def _not_outdated(
    engine: Engine, pool: dict[str, Any], legs: list[tuple[list[str], float]], facts: list[Any], cfg: RankingConfig
) -> list[Any]:
    """The key leg's facts it can vouch for: a single-valued key's current value is not lifted when the user
    said something after it that the other legs rank above it. That later turn may be the change the extractor
    did not read ("yeah, i am living the good life now" after "i work at a bar"): lifting the old value over it
    would bury the very statement that outdates it. The other legs then decide, as they would without the key
    leg. Values that accumulate (hobbies, pets) are not outdated by anything said later."""
    _, fused = _fused_evidence(pool, legs, cfg)
    out = []
    for fact in facts:
        if engine.ontology.is_multi_valued(fact.key):
            out.append(fact)
            continue
        # when the user last said it (a repeat re-states it); recorded_at is when it was stored, maybe much later
        said = max((t for t in (fact.stated_at, fact.last_seen) if t is not None), default=fact.recorded_at)
        mine = fused.get(evidence_of(fact), 0.0)
        later = [
            t
            for g, score in fused.items()
            if score > mine
            and (t := pool.get(g)) is not None
            and t.kind == "turn"
            and t.role == "user"
            and t.observed_at > said
            and not is_question(t.content or "")
        ]
        if not later or not any_about(engine, later, fact.key, cfg.key_later_min_z):
            out.append(fact)
    return out


def _feedback_fits(engine: Engine, scope: Scope, cfg: RankingConfig, history: bool) -> bool:
    """Pseudo-relevance feedback assumes its documents are a small, distinctive part of what is searched:
    their words then say what the relevant part is about. When the feedback documents are most of a small
    store (a user's handful of facts), their "distinctive" words are the store's own, and the feedback query
    matches whatever the first pass did not rank first."""
    needed = math.ceil(cfg.feedback_docs / cfg.feedback_share) if cfg.feedback_share > 0 else 0
    return needed <= 1 or len(engine.lexical.visible_ids(scope, include_history=history, limit=needed)) >= needed


_YES_NO = re.compile(r"^(?:am|is|are|was|were|do|does|did|have|has|had|can|could|will|would|should)\b", re.IGNORECASE)
_SHORT_TURN = 280
"""A turn this short costs about as much as a fact to show: it is shown instead of a reading that only repeats
what the question names, so what the user said about it reaches the prompt."""


def _representative(
    ids: list[str],
    pool: dict[str, Any],
    own: dict[str, float],
    scores: dict[str, float],
    words: set[str],
    named: set[str],
) -> str:
    """The member that shows a group: a fact (it gives key and value, and cites the turn) when it says what
    was asked (it holds one of the query's words, and no fewer than the turn) or, being the turn's only
    reading, keeps most of what the turn said; otherwise the turn, which holds every fact drawn from it and
    more. Facts are lossy: "La Scala" is in the turn, not in ``likes = opera``; "i teach maths at a high
    school in leeds" answers "which city do I live in", its ``role = maths teacher`` does not; and when a turn
    gave several facts and none shares a word with the query, showing one is a guess. A reading whose value
    is only what the question already names answers nothing: "what's my cat called" is answered by the short
    turn "I have a cat named Pixel", not by ``pets = cat`` (an ended reading is still shown: it says until when
    the value held; and a yes/no question names its own answer: "am i married?" is answered by ``married``).
    ``named``: the query's words that name its topic (none for a yes/no question)."""
    terms = {i: _terms(pool[i]) for i in ids}
    turns = [i for i in ids if pool[i].kind == "turn"]
    said = set().union(*(terms[t] for t in turns)) if turns else set()

    def key(rid: str) -> tuple[int, int, float, float, str]:
        # among readings that name what was asked, the one that keeps more of the turn ("U's cat is named Pixel"
        # over "U's pets is cat")
        return (len(words & terms[rid]), len(said & terms[rid]), own.get(rid, 0.0), scores[rid], rid)

    facts = [i for i in ids if pool[i].kind != "turn"]
    if not facts or not turns:
        return max(ids, key=key)
    fact, turn = max(facts, key=key), max(turns, key=key)
    fact_terms, turn_terms = terms[fact], terms[turn]
    asked = len(words & fact_terms)
    if asked and asked >= len(words & turn_terms):
        value = set(index_terms(str(field_of(pool[fact], "value", None) or "")))
        if (
            value
            and value <= named  # what the question names already ("my cat")
            and turn_terms - fact_terms  # and the turn says more about it ("named Pixel", "a paramedic")
            and len(field_of(pool[turn], "content", None) or "") <= _SHORT_TURN
            and field_of(pool[fact], "valid_until", None) is None  # (an ended one says until when it held)
        ):
            return turn
        if _names_only(pool[fact], pool[turn], fact_terms, turn_terms):
            return turn  # "what does my husband do?": "My husband Tomas is a paramedic", not only his name
        return fact
    if len(facts) == 1 and not words & (turn_terms - fact_terms):
        return fact if len(turn_terms & fact_terms) * 2 >= len(turn_terms) else turn
    return turn


def _names_only(fact: Any, turn: Any, fact_terms: set[str], turn_terms: set[str]) -> bool:
    """Whether ``fact`` is a relation that only names someone ("Dana's husband is named Tomas") which a short
    ``turn`` says with more about them ("My husband Tomas is a paramedic"): the turn then answers whatever was
    asked of them, and their name besides."""
    if fact.kind != "relation" or field_of(fact, "valid_until", None) is not None:
        return False
    name = set(index_terms(str(field_of(fact, "object", "")).split("/", 1)[-1]))
    return (
        bool(name)
        and name <= turn_terms
        and bool(turn_terms - fact_terms)
        and len(field_of(turn, "content", None) or "") <= _SHORT_TURN
    )


def _terms(r: Any) -> set[str]:
    """The record's index terms (Porter stems, as BM25 matches them)."""
    return set(index_terms(field_of(r, "content", None) or field_of(r, "text", "") or ""))


def _admissible(r: Any, scope: Scope, cats: Any, history: bool, when: Any) -> bool:
    if not Scope(r.scope).visible_from(scope):  # defence in depth: never expected to trigger
        log.error("scope filter let %s through for %s; dropped", r.id, scope.as_dict())
        return False
    if r.status != "active" or (cats and category_of(r) not in cats):
        return False
    if not history and field_of(r, "valid_until", None) is not None:
        return False
    return when is None or valid_at(r, when)


def evidence_of(r: Any) -> str:
    """The piece of evidence a record belongs to: a fact drawn from a turn is that turn's evidence (its id),
    anything else is its own. Fusion ranks pieces of evidence, so a turn and the three facts extracted from
    it count once, not four times."""
    if r.kind in ("attribute", "relation"):
        src = field_of(r, "source", None)
        if src is not None and src.kind == "turn" and src.ref:
            return str(src.ref)
    return str(r.id)


def _fused_evidence(
    pool: dict[str, Any], legs: list[tuple[list[str], float]], cfg: RankingConfig
) -> tuple[dict[str, str], dict[str, float]]:
    """Each record's evidence group, and the groups' fused scores: a group ranks in each leg where its best
    member ranks (``legs`` hold ids of ``pool``)."""
    groups = {rid: evidence_of(r) for rid, r in pool.items()}
    return groups, rrf([(list(dict.fromkeys(groups[i] for i in ids)), w) for ids, w in legs], cfg.rrf_k)


def _score(
    engine: Engine,
    query: str,
    pool: dict[str, Any],
    legs: list[tuple[list[str], float]],
    cfg: RankingConfig,
    when: Any,
    principal: Principal,
    asked: list[str],
    scope: Scope,
) -> tuple[dict[str, float], dict[str, str], dict[str, float], set[str]]:
    """Each record's score, its evidence group, its own (record-level) fused score, and the stale turns
    (every fact drawn from them no longer current).

    Fusion runs over groups (a group ranks where its best member ranks in each leg); the graph, date,
    category and state multipliers then apply per record. ``legs`` hold admissible ids only; ``asked``: the
    principal's keys the question asks about (``_intent.principal_asks``), at the reader's ``scope``.
    """
    groups, fused = _fused_evidence(pool, legs, cfg)
    # Within a group the member the query is about represents it: "I prefer vegetarian food and live in
    # Lisbon" answers a food question with the diet fact, not with the home relation drawn from the same turn.
    own = rrf(legs, cfg.rrf_k)

    density = graph_density(pool, entity_sets(pool, ignore=principal.entities), groups) if cfg.use_graph else {}
    now = when or utcnow()
    windows = query_windows(query, now) if cfg.use_dates else []
    turns = [rid for rid, r in pool.items() if r.kind == "turn"]
    derived = engine.store.derived(turns)  # which turns' facts still hold: for the weight and the item's `current`
    # A question about the user in the first person is answered by what the user said: the assistant's
    # replies echo the topic ("Ghent is a lovely city to live in") and facts drawn from them are about the
    # world, not the user ("Border collies are energetic dogs").
    echoes = (
        {rid for rid, r in pool.items() if _role(pool.get(groups[rid])) == "assistant"}
        if cfg.assistant_weight != 1.0 and asks_about_self(query)
        else set()
    )
    # Stale now, whatever ``as_of`` asks: an item's ``current`` says whether it holds today, as a fact's does.
    stale = {t for t, (current, total) in derived.items() if total and not current}
    scores: dict[str, float] = {}
    for rid, r in pool.items():
        s = fused.get(groups[rid], 0.0)
        if rid in echoes:
            s *= cfg.assistant_weight
        if cfg.use_graph:
            s *= 1.0 + cfg.graph_weight * density.get(rid, 0.0)
        if windows and any(w.contains(record_time(r)) for w in windows):
            s *= 1.0 + cfg.date_weight
        if cfg.use_weights:
            s *= weight(r, cfg, now)
        src = field_of(r, "source", None)
        if src is not None and src.authoritative:
            s *= cfg.authoritative_boost
        if src is not None and src.kind == "consolidation":
            s *= cfg.summary_weight
        if field_of(r, "valid_until", None) is not None and when is None:
            s *= cfg.superseded_penalty
        if rid in stale and when is None:
            s *= cfg.stale_turn_weight  # every fact this turn stated has been superseded since
        if r.kind == "turn" and is_question(r.content or ""):
            s *= cfg.question_weight
        scores[rid] = s
    _authority_first(pool, scores)
    if cfg.successor_first and when is None:
        _successors_first(engine, pool, scores, [t for t, (current, total) in derived.items() if current < total])
    if cfg.key_newest_first and asked:
        newest_statement_first(engine, pool, scores, groups, asked, cfg.key_min_z, scope, principal)
    return scores, groups, own, stale


def _role(r: Any) -> str | None:
    return field_of(r, "role", None) if r is not None and r.kind == "turn" else None


def _successors_first(engine: Engine, pool: dict[str, Any], scores: dict[str, float], superseded: list[str]) -> None:
    """A turn whose fact was superseded is outranked by the turn that superseded it, when both are candidates.

    What a turn answered is now answered by its successor, in whatever words each was said: "i am a 45 year
    old man" matches "how old am I?" word for word, "i just turned 46 !" not at all, yet once ``age = 46``
    superseded ``age = 45`` the newer turn is the answer. The older turn keeps its place right below (it is
    history, still recallable). Chains are followed in the order the values were closed. ``superseded``: the
    candidate turns at least one of whose facts has been superseded (not only the wholly stale ones)."""
    if not superseded:
        return
    for old, new in engine.lexical.successions(superseded):
        if old in pool and new in pool:
            scores[new] = max(scores[new], scores[old] * 1.001)


def _first_hits(found: list[tuple[str, float]], legs: list[tuple[list[str], float]], cfg: RankingConfig) -> list[str]:
    """The feedback documents: the top of the fused first-pass ranking (BM25 + dense so far)."""
    first = rrf([*legs, ([i for i, _ in found], cfg.lexical_weight)], cfg.rrf_k)
    return sorted(first, key=lambda i: -first[i])[: cfg.feedback_docs]


def _conflict_of(conflicts: dict[tuple[str, str], str], r: Any) -> str | None:
    key = _fact_key(r)
    return conflicts.get(key) if key is not None else None


def _fact_key(r: Any) -> tuple[str, str] | None:
    if r.kind == "attribute":
        return (r.entity, r.key)
    return None


def _authority_first(pool: dict[str, Any], scores: dict[str, float]) -> None:
    """An authoritative fact always outranks an experiential claim on the same entity and key."""
    groups: dict[tuple[str, str], list[str]] = {}
    for rid, r in pool.items():
        key = _fact_key(r)
        if key is not None:
            groups.setdefault(key, []).append(rid)
    for ids in groups.values():
        auth = [i for i in ids if pool[i].source.authoritative]
        exp = [i for i in ids if not pool[i].source.authoritative]
        if auth and exp:
            top = max(scores[i] for i in exp)
            for i in auth:
                scores[i] = max(scores[i], top * 1.001)


def _open_conflicts(engine: Engine, scope: Scope, records: list[Any]) -> dict[tuple[str, str], str]:
    entities = {r.entity for r in records if r.kind == "attribute"}
    if not entities:
        return {}
    ids = engine.lexical.visible_ids(scope, kinds=["uncertainty"])
    out: dict[tuple[str, str], str] = {}
    for u in engine.store.local(ids).values():
        if u.entity in entities and u.key and u.state == "open" and u.status == "active":
            out.setdefault((u.entity, u.key), u.text or f"Uncertain: {u.what} — {u.why}")
    return out
