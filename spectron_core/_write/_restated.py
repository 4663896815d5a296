"""Which value of the user's last statement a bare self-repair sets right, found by saying that statement again.

"I work at Deloitte." then "oops, I meant KPMG": the repair names no value, so which one it is for has to be found.
Likeness cannot find it: an embedding knows little of names, and "KPMG" is less like "Deloitte" than "the meeting"
is (0.21 against 0.22 with the default embedder), so a repair of an employer, an app or a band was set right only
when its words happened to look like the old ones. What a person means is plainer: a repair sets right something
they *just* said. So each value of the user's latest statement is put back in that statement with the words given
in its place, and the statement is read again by the extractor ("I work at KPMG."): the value whose key the rules
then read with the words given is the one set right. A statement of one value gives one candidate; "I work at
Deloitte and live in Leeds." + "I meant KPMG" gives two (the rules read "live in KPMG" too), and the caller falls
back on likeness between them. Words the rules do not read in the value's place set nothing right ("I live in Leeds."
+ "sorry, wrong chat"), nor words the lexicons know as of another kind (``same_kind``: "my favourite colour is
green." + "oops, Tom"), since the rules read almost anything in a slot ("I live in hungry.").

The rereading costs one extraction of one short statement per value of it, and is asked only for a bare self-repair.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from .._entities import agent_for
from .._extract._lexicon import (
    COLORS,
    DIETS,
    INSTRUMENTS,
    KIN,
    LANGUAGES,
    PEOPLE_NOUNS,
    PETS,
    PLACES,
    RELIGIONS,
    SEASONS,
    SPORTS,
    VEHICLES,
)
from .._extract._rules import RuleExtractor
from .._extract._types import ExtractionContext
from .._extract._when import TIME_WORDS
from .._models import Attribute, Turn

if TYPE_CHECKING:
    from .._engine import Engine

__all__ = ["latest_statement", "restated", "said_pattern", "same_kind"]

R = TypeVar("R", bound=Any)
_MAX_STATEMENT = 400
"""The longest earlier statement said again: a longer one is no statement a bare repair is about."""


def latest_statement(records: Sequence[R], stated: Any, among: Sequence[Any] = ()) -> list[R]:
    """Those of ``records`` read from the user's latest statement, the latest of ``records`` and ``among`` (facts
    and ties alike: "my dog is rex" is not what was just said when "i live in leeds" came after it); ``stated``
    gives when each was said."""
    said = [r for r in [*records, *among] if r.source.ref]
    if not said:
        return []
    last = max(said, key=stated).source.ref
    return [r for r in records if r.source.ref == last]


def restated(engine: Engine, principal: str, facts: Sequence[Attribute], words: str) -> list[Attribute]:
    """Those of ``facts`` (all from one statement) whose statement, said again with ``words`` in the place of the
    fact's value, is read by the extractor as giving ``words`` under the fact's key."""
    if not facts or not words.strip():
        return []
    turn = engine.store.get_one(facts[0].source.ref or "")
    if not isinstance(turn, Turn) or len(turn.content) > _MAX_STATEMENT:
        return []  # (a fact from a document, or a statement too long to be what a bare repair is about)
    text = turn.content
    wanted = _plain(words)
    # the rules, whatever reads the store's statements: this is a reading by rule, and must cost no model call
    rules = engine.extractor if isinstance(engine.extractor, RuleExtractor) else RuleExtractor(engine.ontology)
    out: list[Attribute] = []
    for fact in facts:
        if not same_kind(fact.value, words):
            continue  # ("my favourite colour is green." + "oops, Tom"; "i drive a corsa." + "wait, Leeds")
        spans = [m.span() for m in re.finditer(said_pattern(fact.value), text, re.IGNORECASE)]
        if len(spans) != 1:
            continue  # the value is not said as it is stored, or said twice: where to put the words is unknown
        start, end = spans[0]
        again = ExtractionContext(
            text=f"{text[:start]}{words.strip()}{text[end:]}",
            role="user",
            observed_at=turn.observed_at,
            principal=principal,
            agent=agent_for(dict(turn.scope)),
            scope=dict(turn.scope),
        )
        read = rules.extract(again)
        if any(
            a.entity == principal and a.key == fact.key and not a.negated and _plain(a.value) == wanted
            for a in read.attributes
        ):
            out.append(fact)
    return out


def same_kind(old: str, new: str) -> bool:
    """Whether ``new`` may stand in ``old``'s place by the kinds the lexicons know: a colour by a colour, a
    language by a language (those kinds are closed: "green" is set right by no "Tom"); and a word of a known kind,
    a place, a vehicle, a relative, a day, only in the place of one of its own kind ("oops, Leeds" sets no car right,
    "wait, Mum" no home). Words of no known kind (most names) may stand for any value not of a closed kind."""
    was, now = _kind(old), _kind(new)
    if was in _CLOSED_KINDS and now != was:
        return False
    return now is None or now == was


def _kind(text: str) -> str | None:
    said = _plain(text).split()
    if not said:
        return None
    for kind, lexicon in _KINDS:
        if " ".join(said) in lexicon or said[-1] in lexicon:
            return kind
    return None


_KINDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("colour", COLORS),
    ("language", LANGUAGES),
    ("diet", DIETS),
    ("season", SEASONS),
    ("religion", RELIGIONS),
    ("instrument", INSTRUMENTS),
    ("sport", SPORTS),
    ("pet", PETS),
    ("relative", KIN | PEOPLE_NOUNS),
    ("vehicle", VEHICLES),
    ("place", PLACES),
    ("time", TIME_WORDS),
)
"""Kinds of word the lexicons list, the first that holds a value's last word (or the whole of it) naming it."""
_CLOSED_KINDS = frozenset(
    {"colour", "language", "diet", "season", "religion", "instrument", "sport", "pet", "relative"}
)
"""Kinds whose every member a lexicon lists: a value of one is set right only by another of its kind."""


def said_pattern(value: str) -> str:
    """A pattern for ``value`` as a statement says it: its words, whole, with any space between them."""
    return r"(?<!\w)" + r"\s+".join(re.escape(w) for w in value.split()) + r"(?!\w)"


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))
