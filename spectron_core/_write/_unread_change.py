"""A change of a one-value fact that the extractor could not read is flagged, never left silently current.

People say that something changed in words no rule was written for: "signed the lease on my own studio in
Nottingham, moving Saturday" after "I live with my parents in Leicester", "the kids outgrew our little car so
we're driving a kia sorento now" after "We've got a Nissan Leaf", "left the hospital for good" after "I'm a
nurse at St Thomas'". On blind sets written to vary the phrasing, the rules read about one change in five
(``benchmarks/assistant_probe``, ``held_out``). The other four left the old value current with nothing to
say it might be stale: the profile, and every prompt built from it, kept telling the assistant the user lives
in Leicester.

What the write path does know without reading the words: the turn's own embedding says which key it is about
(the same standard-score test against each key's meaning that recall puts a question to, ``_meanings``), and
whether the principal already holds a value of that key. So a user statement is flagged as a possible change
of key ``k`` when all of these hold:

* it is clearly about ``k`` (``key_min_z``, within ``key_margin_z`` of its best key) and ``k`` holds one value;
* it carries a word of change: a change verb (moved, left, switched, quit, signed, outgrew, ended …), a word
  of time that sets now against before (now, these days, anymore, no longer, instead, again, since …), or a
  new/old/former thing. Without one, a statement about a key mostly elaborates it ("i'm a nurse" … "the night
  shifts are killing me"), which is no change;
* the principal's current value of ``k`` at this scope was said before it, and the turn does not repeat that
  value (a restatement is not a change);
* the extractor read nothing of the principal's about ``k`` or the keys beside it: when it read the turn,
  the reconciler has already decided (superseded, reinforced, or kept).

The flag is an open **uncertainty** on the principal's ``k`` (``what`` = "<key> may have changed"), citing the
fact and the turn. Profile shows it on the fact and recall lists it under "Open conflicts", so the assistant
reading the block sees the old value *and* the words that may have replaced it. The old value is not closed:
the flag does not know the new value, and a wrong close would lose a true fact. A later statement of the key
that the extractor does read (the new value, or the old one said again) settles the flag
(``settle_unread_changes``).

Measured before this was written (``benchmarks/assistant_probe`` changes whose second sentence the rules did
not read, and ConvAI2 speakers, whose persona never changes within a dialogue, as the false-flag set): see the
decision record in ``benchmarks/README.md`` (assistant probe, "changes flagged").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .._entities import principal_for
from .._meanings import attribute_meanings
from .._models import Turn
from .._recall._intent import asked_keys
from .._recall._principal import is_question, speaks_of_a_relative

if TYPE_CHECKING:
    from .._engine import Engine
    from .._extract._types import Extraction
    from ._reconcile import Reconciler

__all__ = ["UNREAD_CHANGE", "flag_unread_changes", "is_unread_change", "settle_unread_changes"]

UNREAD_CHANGE = "may have changed"
"""How an unread-change uncertainty's ``what`` ends ("home may have changed"): what settles it looks for."""

_CHANGE_VERB = (
    r"mov(?:e|ed|es|ing)|relocat\w*|switch\w*|chang(?:e|ed|es|ing)|swap\w*|replac\w*|upgrad\w*|downsiz\w*|"
    r"left|leav(?:e|es|ing)|quit\w*|stop(?:s|ped|ping)?|start(?:s|ed|ing)?|began|begun|join(?:s|ed|ing)?|"
    r"transferr?\w*|retir\w*|resign\w*|graduat\w*|cancell?\w*|dropp?(?:ed|ing)?|scrapp?\w*|ditch\w*|"
    r"gave\s+up|give\s+up|giving\s+up|got\s+rid|get\s+rid|sold|sell(?:s|ing)?|broke\s+up|break(?:ing)?\s+up|"
    r"split\s+up|divorc\w*|separat\w*|married|engaged|promot\w*|hired|fired|laid\s+off|let\s+go|"
    r"turn(?:ed|s)\s+\d+|became|become|took\s+up|taken\s+up|picked\s+up|convert\w*|outgr[eo]w\w*|"
    r"ended|ending|signed|accepted|landed|handed\s+in|dumped|walked\s+out|adopted|bought|traded|"
    r"went\s+(?:back|full|part|vegan|vegetarian)|gone\s+(?:back|full|vegan|vegetarian)|changed\s+my\s+mind"
)
_TIME_SHIFT = (
    r"now|nowadays|these\s+days|any\s*more|no\s+longer|instead|again|since|as\s+of|from\s+now\s+on|lately|"
    r"recently|at\s+last|finally|actually|anyway"
)
_NEW_OLD = r"new|newly|old|former|previous|ex|ex-\w+|used\s+to"
_CUE = re.compile(rf"\b(?:{_CHANGE_VERB}|{_TIME_SHIFT}|{_NEW_OLD})\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_FILLER = frozenset({"a", "an", "the", "my", "our", "in", "at", "of", "to", "for", "on", "and", "is", "i"})


def is_unread_change(record: Any) -> bool:
    """Whether an uncertainty record is an unread-change flag (not a disagreement or an unresolved date)."""
    return record.kind == "uncertainty" and (record.what or "").endswith(UNREAD_CHANGE)


def flag_unread_changes(engine: Engine, rec: Reconciler, turn: Turn, vector: Any, extraction: Extraction) -> None:
    """Flag, through ``rec``, each one-value key of the principal's that ``turn`` (a user statement, embedded
    as ``vector``) may have changed without the extractor reading it (see the module docstring)."""
    text = turn.content or ""
    if turn.role != "user" or vector is None or not _CUE.search(text):
        return
    if is_question(text) or speaks_of_a_relative(text):
        return
    keys = _about(engine, vector)
    if not keys:
        return
    principal = principal_for(rec.scope.as_dict())
    read = {a.key for a in extraction.attributes if a.entity == principal}
    if read & set(keys):
        return  # the extractor read the turn as about this topic: the reconciler has decided
    said = _words(text)
    for key in keys:
        if engine.ontology.is_multi_valued(key):
            continue
        for fact in rec.current_attributes(principal, key):
            if fact.source.ref == turn.id or rec.stated(fact) >= turn.observed_at:
                continue
            if _words(fact.value) - _FILLER <= said:
                continue  # the value is said again: an elaboration, not a change
            if any(is_unread_change(u) and fact.id in u.record_ids for u in rec.open_uncertainties(principal, key)):
                continue  # one open question per value: the first words that raised it are kept
            excerpt = " ".join(text.split())
            excerpt = excerpt if len(excerpt) <= 160 else excerpt[:157] + "..."
            what = f"{key.replace('_', ' ')} {UNREAD_CHANGE}"
            why = (
                f"on {turn.observed_at:%Y-%m-%d} the user said {excerpt!r}, which is about their "
                f"{key.replace('_', ' ')} and does not repeat {fact.value!r}"
            )
            rec.flag_change(f"{principal}.{key} = {fact.value}", what, why, [fact.id, turn.id], principal, key)


def settle_unread_changes(rec: Reconciler, keys: set[tuple[str, str]]) -> None:
    """Resolve the open unread-change flags on ``keys`` ((entity, key) pairs this write stated a value of):
    the extractor has now read a statement of the key, so the question the flag asked is answered."""
    for entity, key in sorted(keys):
        for unc in rec.open_uncertainties(entity, key):
            if is_unread_change(unc) and rec.source.ref not in unc.record_ids:
                rec.resolve(unc, f"{key.replace('_', ' ')} stated again, read by the extractor")


def _about(engine: Engine, vector: Any) -> list[str]:
    """The keys the statement is clearly about, by the test recall puts a question to (``asked_keys``:
    ``key_min_z`` standard deviations above the mean over every key's meaning, and within ``key_margin_z`` of
    the best). A looser test (2.5 or 2) flagged a few more changes of the probe sets and three to six times as
    many of the ConvAI2 speakers' statements, whose facts do not change (see ``benchmarks/README.md``)."""
    keys, meanings = attribute_meanings(engine.key_vectors, engine.embed_texts, engine.ontology)
    return asked_keys(keys, meanings, vector, engine.ranking)


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}
