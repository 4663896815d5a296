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

* it is clearly about ``k`` (``key_min_z``, within ``key_margin_z`` of its best key; with a strong word of change,
  "moved", "quit", "broke up", "new job", ``k`` among its two best keys at 2.5) and ``k`` holds one value;
  a favourite (``favorite_*``) also needs a word of liking: talk of a colour or a film is no new favourite;
* it carries a word of change that is not negated: a change verb (moved, left, switched, quit, signed, outgrew,
  ended …) or a word that sets now against before (now, these days, anymore, no longer, instead, again, new …).
  Without one, a statement about a key mostly elaborates it ("i'm a nurse" … "the night shifts are killing
  me"). Words of the past ("my old car was a ford", "used to") tell of another value's history, not a change;
* it is neither a question, nor a wish, plan or condition ("i might move to spain one day", "if i ever get a
  new car"), nor someone else's doing (a friend, a relative, he/she, or "you", with the speaker never the
  subject: "my neighbour is selling up and moving to perth");
* the principal's current value of ``k`` at this scope was said before it, and the turn does not name that
  value (naming it is talk about it: "the civic needs new brakes");
* the extractor read nothing of the principal's on the turn's topic (any key the turn's vector stands 2
  standard deviations above the mean for, or a key the ontology does not know): when it read the turn, the
  reconciler has already decided (superseded, reinforced, or kept).

The flag is an open **uncertainty** on the principal's ``k`` (``what`` = "<key> may have changed"), citing the
fact and the turn. Profile shows it on the fact and recall lists it under "Open conflicts", so the assistant
reading the block sees the old value *and* the words that may have replaced it. The old value is not closed:
the flag does not know the new value, and a wrong close would lose a true fact. A later statement of the key
that the extractor does read (the new value, or the old one said again) settles the flag
(``settle_unread_changes``). One value carries one open flag.

It is a safety net, not a reader: on a blind set of changes said indirectly it warns of 3 of the 44 changes the
rules miss, and it flags 2 of 70 statements written to tempt it (and 2 of 3,094 ConvAI2 lines, whose speakers'
facts never change). The measurements, and the variants tried, are in ``benchmarks/README.md``
(assistant probe, "changes applied or warned").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .._entities import principal_for
from .._extract._lexicon import KIN, PEOPLE_NOUNS
from .._meanings import attribute_meanings
from .._models import Turn
from .._recall._intent import key_scores, keys_standing_out
from .._recall._principal import is_question

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
    r"recently|at\s+last|finally|actually|new|newly"
)
_CUE = re.compile(rf"\b(?<!n't\s)(?<!not\s)(?<!never\s)(?:{_CHANGE_VERB}|{_TIME_SHIFT})\b", re.IGNORECASE)
"""A word of change, not negated ("the car wouldn't start" is none). Words of the past ("my old car", "former",
"used to") are not among them: they tell of another value's history, which is no change of the current one."""
_STRONG = re.compile(
    r"\b(?<!n't\s)(?<!not\s)(?:mov(?:ed|ing)|relocat\w*|emigrat\w*|left|quit|resign\w*|retired|switched|swapped|"
    r"sold|traded|divorc\w*|separated|broke\s+up|split\s+up|graduated|transferr\w*|dropped\s+out|"
    r"signed\s+the\s+lease|handed\s+in|got\s+the\s+keys|outgrew|ended|"
    r"new\s+(?:job|flat|place|house|home|car|school|uni|role|post))\b",
    re.IGNORECASE,
)
"""A word that by itself says a value ended or another began (a move, leaving a job, a break-up, a new job or
home); with one, the topic test may be looser (``_about``)."""
_STRONG_Z = 2.5
_UNREAL = re.compile(
    r"\b(?:if|whether|might|could|would|should|wish|someday|one\s+day|maybe|perhaps|thinking\s+(?:of|about)|"
    r"considering|tempted|want(?:s|ed)?\s+to|wanna|hop(?:e|ing)\s+to|plan(?:s|ning)?\s+(?:to|on)|going\s+to|gonna|"
    r"will|won't|i'd|we'd|i'll|we'll|it'll)\b",
    re.IGNORECASE,
)
"""A wish, a plan or a condition ("i might move to spain one day", "if i ever get a new car"): nothing has changed
yet."""
_SOMEONE_ELSE = re.compile(
    r"\b(?:he|she|they|he's|she's|they're|his|her|their|you|your|you're)\b|"
    r"\b(?:my|our)\s+(?P<who>[a-z-]+(?:\s+[a-z-]+){0,2})",
    re.IGNORECASE,
)
"""Another person: a pronoun, or "my/our" and up to three words, one of them a person ("my best mate")."""
_ME = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|we|we're|we've|we'd)\b", re.IGNORECASE)
_PREFERS = re.compile(
    r"\b(?:favou?rites?|faves?|fav|best|love|loving|loved|adore|obsess\w*|into|prefer\w*|number\s+one|go-to|"
    r"top|all\s+about|can'?t\s+get\s+enough|nothing\s+(?:beats|comes\s+close)|over(?:taken|took)|dethron\w*|"
    r"taken\s+over|took\s+over)\b",
    re.IGNORECASE,
)
"""A favourite is a preference: talk of a colour, a film or a dish ("just painted my bedroom a sage colour") is
not a new favourite unless a word of liking comes with it."""
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_FILLER = frozenset({"the", "our", "and", "for", "from", "with", "this", "that", "new", "old"})
_NEAR_Z = 2.0
"""A key the extractor read from the turn is on the turn's topic when the turn's vector stands this far above
the mean for it: the extractor then read the turn ("my old car was a ford": ``possessions``), and the flag
would second-guess it."""


def is_unread_change(record: Any) -> bool:
    """Whether an uncertainty record is an unread-change flag (not a disagreement or an unresolved date)."""
    return record.kind == "uncertainty" and (record.what or "").endswith(UNREAD_CHANGE)


def flag_unread_changes(engine: Engine, rec: Reconciler, turn: Turn, vector: Any, extraction: Extraction) -> None:
    """Flag, through ``rec``, each one-value key of the principal's that ``turn`` (a user statement, embedded
    as ``vector``) may have changed without the extractor reading it (see the module docstring)."""
    text = turn.content or ""
    if turn.role != "user" or vector is None or not _CUE.search(text):
        return
    if is_question(text) or _UNREAL.search(text) or _someone_elses(text):
        return
    keys, z = _about(engine, vector, strong=bool(_STRONG.search(text)))
    if not keys:
        return
    principal = principal_for(rec.scope.as_dict())
    if any(z.get(a.key, _NEAR_Z) >= _NEAR_Z for a in extraction.attributes if a.entity == principal):
        return  # the extractor read the turn on its topic (a key it does not know counts): that is decided
    said = _words(text)
    for key in keys:
        if engine.ontology.is_multi_valued(key) or (key.startswith("favorite_") and not _PREFERS.search(text)):
            continue
        for fact in rec.current_attributes(principal, key):
            if fact.source.ref == turn.id or rec.stated(fact) >= turn.observed_at:
                continue
            if _words(fact.value) & said:
                continue  # the value on record is named: talk about it ("the mazda is getting old"), not a change
            if any(is_unread_change(u) and fact.id in u.record_ids for u in rec.open_uncertainties(principal, key)):
                continue  # one open question per value: the first words that raised it are kept
            excerpt = " ".join(text.split())
            excerpt = excerpt if len(excerpt) <= 160 else excerpt[:157] + "..."
            what = f"{key.replace('_', ' ')} {UNREAD_CHANGE}"
            why = (
                f"on {turn.observed_at:%Y-%m-%d} the user said {excerpt!r}, which is about their "
                f"{key.replace('_', ' ')} and does not name {fact.value!r}"
            )
            rec.flag_change(f"{principal}.{key} = {fact.value}", what, why, [fact.id, turn.id], principal, key)


def _someone_elses(text: str) -> bool:
    """Whether the statement tells of someone else's doing: it names another person (a relative, a friend, a
    colleague, he/she/they, or "you", the assistant) and never the speaker as a subject ("my best friend just
    moved to vancouver, gonna miss her"; "you gave me a new recipe")."""
    if _ME.search(text):
        return False
    for m in _SOMEONE_ELSE.finditer(text):
        who = m.group("who")
        if who is None or any(w in KIN or w in PEOPLE_NOUNS for w in who.casefold().split()):
            return True
    return False


def settle_unread_changes(rec: Reconciler, keys: set[tuple[str, str]]) -> None:
    """Resolve the open unread-change flags on ``keys`` ((entity, key) pairs this write stated a value of):
    the extractor has now read a statement of the key, so the question the flag asked is answered."""
    for entity, key in sorted(keys):
        for unc in rec.open_uncertainties(entity, key):
            if is_unread_change(unc) and rec.source.ref not in unc.record_ids:
                rec.resolve(unc, f"{key.replace('_', ' ')} stated again, read by the extractor")


def _about(engine: Engine, vector: Any, *, strong: bool) -> tuple[list[str], dict[str, float]]:
    """The keys the statement is about, and every key's standard score.

    By the test recall puts a question to (``keys_standing_out``: ``key_min_z`` standard deviations above the
    mean over every key's meaning, and within ``key_margin_z`` of the best); with a ``strong`` word of change
    (``_STRONG``) also either of its two best keys at ``_STRONG_Z``. A statement that tells of a change
    indirectly is about many keys a little ("packed up and relocated …" is about home, plans and commute). A
    looser test for every statement (2.5 or 2) flagged three to six times as many ConvAI2 lines, whose facts
    never change (``benchmarks/README.md``); with a strong word only, it flagged none more there."""
    keys, meanings = attribute_meanings(engine.key_vectors, engine.embed_texts, engine.ontology)
    z = key_scores(meanings, vector)
    if z is None:
        return [], {}
    found = keys_standing_out(keys, z, engine.ranking)
    if strong:
        best = [keys[i] for i in sorted(range(len(keys)), key=lambda i: -z[i])[:2] if z[i] >= _STRONG_Z]
        found = list(dict.fromkeys([*found, *best]))
    return found, dict(zip(keys, (float(x) for x in z)))


def _words(text: str) -> set[str]:
    """The words of ``text`` that can name a value (three letters or more, no article or preposition)."""
    return {w for w in (m.casefold() for m in _WORD.findall(text)) if len(w) > 2 and w not in _FILLER}
