"""Ranking stages of recall: reciprocal rank fusion, graph density, category/importance/decay/recency.

Each stage is a pure function of the candidate pool so the benchmark can switch it off
(:class:`RankingConfig`) and measure what it buys.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from datetime import datetime
from typing import Any

from .._entities import split_ref
from .._models import field_of
from .._policy import decayed_importance, importance_for
from ._models import RankingConfig

__all__ = ["entity_sets", "graph_density", "record_time", "rrf", "weight"]


def rrf(legs: list[tuple[list[str], float]], k: int) -> dict[str, float]:
    """Σ weight / (k + rank) over the legs each id appears in (rank starts at 1)."""
    scores: dict[str, float] = defaultdict(float)
    for ids, w in legs:
        for rank, rid in enumerate(ids, start=1):
            scores[rid] += w / (k + rank)
    return dict(scores)


_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=4096)
def _word_set(text: str) -> frozenset[str]:
    """The lower-cased words of a candidate's text (records' texts do not change, and the same turns come
    back query after query)."""
    return frozenset(_WORD.findall(text.lower()))


def forget_cached_texts() -> None:
    """Drop every cached word set: a purge leaves no word of what it erased in this process's memory."""
    _word_set.cache_clear()


def _names(ref: str) -> str:
    return split_ref(ref)[1]


def entity_sets(pool: dict[str, Any], ignore: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    """Entities each candidate is about.

    Facts name theirs (attribute → entity; relation → subject and object). Turns, chunks and uncertainties
    are linked to the pool's entities by mention (the entity's name appears in the text as a word) and to
    the facts extracted from them (a fact citing a turn shares its entities with that turn). Entities in
    ``ignore`` (the scope's own principal, whom every fact is about) link nothing.

    Mentions are looked up in each text's cached word set (one-word names) or found with one alternation of
    the other names, so the cost does not grow with text length × number of entities, nor with how often a
    long text comes back.
    """
    sets: dict[str, set[str]] = {}
    known: set[str] = set()
    by_turn: dict[str, set[str]] = defaultdict(set)
    for rid, r in pool.items():
        if r.kind == "attribute":
            s = {r.entity}
        elif r.kind == "relation":
            s = {r.subject, r.object}
        elif r.kind == "uncertainty" and r.entity:
            s = {r.entity}
        else:
            continue
        s -= ignore
        sets[rid] = s
        known |= s
        src = field_of(r, "source", None)
        if src is not None and src.ref:
            by_turn[src.ref] |= s
    by_name: dict[str, set[str]] = defaultdict(set)
    for e in known:
        name = _names(e).lower()
        if len(name) >= 3:
            by_name[name].add(e)
    # A one-word name is a mention when it is one of the text's words (the same test as ``\bname\b``), read
    # from the text's word set, which is cached: a long turn is scanned once, not once per query that draws
    # it into the pool. Names of several words or with punctuation keep the regex, run only on texts that
    # hold their first word.
    words_only = {n: ents for n, ents in by_name.items() if _WORD.fullmatch(n)}
    phrases = {n: ents for n, ents in by_name.items() if n not in words_only}
    firsts = {m.group(0) for n in phrases if (m := _WORD.search(n)) is not None}
    pattern = (
        re.compile(
            r"\b(?:" + "|".join(re.escape(n) for n in sorted(phrases, key=len, reverse=True)) + r")\b", re.IGNORECASE
        )
        if phrases
        else None
    )
    for rid, r in pool.items():
        if rid in sets:
            continue
        found: set[str] = set()
        if by_name:
            text = field_of(r, "content", None) or field_of(r, "text", "") or ""
            words = _word_set(text)
            for name, ents in words_only.items():
                if name in words:
                    found |= ents
            if pattern is not None and not firsts.isdisjoint(words):
                for m in pattern.finditer(text):
                    found |= phrases.get(m.group(0).lower(), set())
        found |= by_turn.get(rid, set())
        sets[rid] = found
    return sets


def graph_density(
    pool: dict[str, Any], sets: dict[str, set[str]], groups: dict[str, str] | None = None
) -> dict[str, float]:
    """Share of the other pieces of evidence each candidate is connected to, in [0, 1].

    Two candidates are connected when they share an entity, or when a relation in the pool links an entity
    of one to an entity of the other. A candidate about the entities many other hits are about is more
    likely the one the query is after (the Elaboration pillar's "dense neighbourhood" signal). ``groups``
    (candidate → its piece of evidence: a turn and the facts drawn from it) makes connections count between
    pieces only: "I have two rabbits, Fig and Olive" is not about much of the store because it gave two
    relations naming Fig and Olive.
    """
    group = groups if groups is not None else {rid: rid for rid in pool}
    n = len({group.get(rid, rid) for rid in pool})
    if n < 2:
        return {rid: 0.0 for rid in pool}
    adjacency: dict[str, set[str]] = defaultdict(set)
    for r in pool.values():
        if r.kind == "relation":
            adjacency[r.subject].add(r.object)
            adjacency[r.object].add(r.subject)
    expanded = {rid: s | {nb for e in s for nb in adjacency.get(e, ())} for rid, s in sets.items()}
    holders: dict[str, set[str]] = defaultdict(set)
    for rid, s in sets.items():
        for e in s:
            holders[e].add(rid)
    out: dict[str, float] = {}
    for rid in pool:
        linked: set[str] = set()
        for e in expanded.get(rid, ()):
            linked |= holders.get(e, set())
        own = group.get(rid, rid)
        out[rid] = len({group.get(x, x) for x in linked} - {own}) / (n - 1)
    return out


def category_of(r: Any) -> str:
    """A record's category for ranking: turns are episodic; a record without one counts as knowledge."""
    if r.kind in ("turn",):
        return "episodic"
    category: str = field_of(r, "category", None) or "knowledge"
    return category


def valid_at(r: Any, when: datetime) -> bool:
    """Whether ``r`` held at ``when``: a turn once said, a fact between its ``valid_from`` (or when it was
    recorded) and its ``valid_until``."""
    held: bool
    if r.kind == "turn":
        held = r.observed_at <= when
        return held
    start = field_of(r, "valid_from", None) or r.recorded_at
    end = field_of(r, "valid_until", None)
    held = start <= when and (end is None or end > when)
    return held


def weight(r: Any, cfg: RankingConfig, now: datetime) -> float:
    """category weight × importance (with decay) × recency, each documented on :class:`RankingConfig`."""
    cat = category_of(r)
    w: float = cfg.category_weights.get(cat, 1.0)
    importance = field_of(r, "importance", None)
    if importance is None:
        importance = importance_for(cat)
    seen = (
        field_of(r, "last_seen", None)
        or field_of(r, "observed_at", None)
        or field_of(r, "valid_from", None)
        or r.recorded_at
    )
    age_days: float = max(0.0, (now - seen).total_seconds() / 86400.0)
    imp = decayed_importance(importance, cat, age_days)
    w *= cfg.importance_floor + (1.0 - cfg.importance_floor) * imp
    w *= 1.0 - cfg.recency_weight + cfg.recency_weight * 0.5 ** (age_days / cfg.recency_half_life_days)
    return w


def record_time(r: Any) -> Any:
    """When what a record says happened or was said: a turn's time, else the fact's valid-from."""
    if r.kind == "turn":
        return r.observed_at
    return field_of(r, "valid_from", None) or field_of(r, "observed_at", None) or r.recorded_at
