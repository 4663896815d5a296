"""Grounding an ``LLMExtractor`` answer in the turn it came from.

An answer that names an entity not written in the turn, marks a fact negated when the turn has no negation
cue, copies a value from the few-shot examples, or reports an instruction the turn does not state is
treated like malformed output (retry, then fallback): these are the typical failures of small models. A
key the ontology does not know is matched on the phrasings of its keys ("prefers … food" ->
``food_preference``). Spans are found by searching the model's ``quote`` in the text, never trusted.
"""

from __future__ import annotations

import re

from ._llm_prompt import EXAMPLE_VALUES

__all__ = ["NEGATION_CUES", "copied", "find_span", "mentions", "phrasing_regex", "states"]


def find_span(text: str, *needles: str | None) -> tuple[int, int] | None:
    low = text.lower()
    for needle in needles:
        if not needle:
            continue
        n = needle.strip().strip("\"'").lower()
        if len(n) < 2:
            continue
        i = low.find(n)
        if i >= 0:
            return (i, i + len(n))
    return None


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def mentions(text: str, name: str) -> bool:
    """Whether ``name`` (a person, org, place …) is written in ``text``: guards against invented entities."""
    n = " ".join(name.casefold().split())
    if n and n in text.casefold():
        return True
    words = [w for w in re.findall(r"\w+", n) if len(w) > 1]
    return bool(words) and all(w in _words(text) for w in words)


def copied(value: str, text: str) -> bool:
    """A value taken from the prompt's few-shot examples rather than from the turn (small models do this)."""
    v = " ".join(value.casefold().split())
    return v in EXAMPLE_VALUES and v not in " ".join(text.casefold().split())


def states(text: str, instruction: str, quote: str | None) -> bool:
    """Whether a directive is actually in ``text`` (quoted, or most of its content words present)."""
    if quote and len(quote.strip()) > 3 and quote.strip().casefold() in text.casefold():
        return True
    content = [w for w in re.findall(r"\w+", instruction.casefold()) if len(w) > 3]
    if not content:
        return False
    have = _words(text)
    return sum(w in have for w in content) * 2 >= len(content)


NEGATION_CUES = re.compile(
    r"(?i)(\bno longer\b|\bnot\b|n't\b|\bnever\b|\bused to\b|\banymore\b|\bany more\b|\bstopped\b|"
    r"\bquit\b|\bleft\b|\bformer(ly)?\b|\bex-|\bgave up\b|\bceased?\b|\bno more\b|\bwas\b|\bwere\b)"
)


def phrasing_regex(phrasing: str) -> re.Pattern[str] | None:
    parts = [p.strip() for p in phrasing.casefold().split("...")]
    pieces = []
    for part in parts:
        words = part.split()
        if not words:
            continue
        # tolerate simple inflection: "works at" ~ "work at", "eats" ~ "eat"
        pieces.append(
            r"\s+".join(
                re.escape(w[:-1]) + "s?" if w.endswith("s") and len(w) > 3 else re.escape(w) + "s?" for w in words
            )
        )
    if not pieces:
        return None
    return re.compile(r"\b" + r"\b.{0,40}?\b".join(pieces) + r"\b")
