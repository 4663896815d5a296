"""Dislikes and fears said in passing, where the thing is not the object of "hate": a pronoun that takes up the
clause before ("i go to the gym . hate it", "wasps live here , they scare me", "just got back from work , not a big
fan of it though"), fainting at a sight ("i faint when i see needles", "when i see needles i faint"), and a
dislike with the "I am" dropped ("not a fan of jazz").

Why these are read so, and what is not:

* A pronoun stands for the last thing the clause before named, when that clause is the speaker's own ("i go to
  school", "my parents make me go to school") or a bare noun phrase ("math ."). A clause about someone else ("my
  sister moved to ohio . she hates it") has another subject and is not read here; a question before ("do you
  like it ?") is answered in ``_ellipsis``. The pronoun must agree with the thing: "it" takes up a singular or
  mass noun, "they"/"them" a plural.
* Only a thing of a kind is taken up: a person ("i met my boss . i hate him"), a thing just come by ("i got a new
  phone . i hate it", "a"/"this"/"his"), a count or a time names no lasting dislike.
* Only the present says a lasting dislike: "it scared me" and "i hated it" are about one occasion.
* Fainting, passing out or feeling sick at the sight of a thing is recoiling from it, as "i faint at the sight of
  blood" is (``_predicates._h_recoil``).
"""

from __future__ import annotations

import re

from ._asides import aside_dislikes
from ._clauses import strip_lead
from ._lexicon import KIN, words
from ._phrases import AFFECTS_ME
from ._predicates import kind_of, noun_phrase
from ._regex import _sub
from ._rule_clause import _tail_np
from ._tastes import _judged_thing, taste_said

__all__ = ["dislike_said", "dislikes_said", "fear_joined"]

_ADV = r"(?:(?:really|just|truly|totally|honestly|kinda|absolutely|so|still|also|personally|seriously|actually)\s+)*"

_FAINT = r"(?:faint|pass\s+out|get\s+(?:sick|queasy|dizzy|woozy)|feel\s+(?:sick|faint|queasy|dizzy)|throw\s+up|gag)"

_HATE_PRONOUN = re.compile(
    r"^(?:(?:i|we)\s+)?" + _ADV + r"(?:"
    r"(?:hate|dislike|despise|detest|loathe)"
    r"|(?:can\s*not|can't|cant)\s+stand"
    r"|(?:do\s+not|don't|dont)\s+" + _ADV + r"like"
    r"|(?:(?:i\s+)?am\s+)?not\s+(?:a|much\s+of\s+a)\s+(?:(?:big|huge|great|real)\s+)?fan\s+of"
    r"|" + _FAINT + r"\s+(?:from|at|over)"
    r"|(?:am|are)\s+(?:both\s+|all\s+)?" + _ADV + r"(?:deathly\s+)?(?:afraid|scared|terrified|frightened)\s+of"
    r")\s+(?P<p>it|them|that)(?:\s+(?:at\s+all|so\s+much|though|tho|either|a\s+lot|too|lol|haha|!+))*\s*$",
    re.IGNORECASE,
)
"""A dislike whose object is a pronoun: "hate it", "i really do not like it", "not a big fan of them though"."""

_PRONOUN_AFFECTS = re.compile(
    r"^(?P<p>it|they)\s+" + _ADV + r"(?:" + AFFECTS_ME + r")\s*!*$",
    re.IGNORECASE,
)
"""How the thing taken up affects the speaker: "they scare me", "it drives me crazy"."""

_SEE = r"(?:see|smell|think\s+(?:about|of)|look\s+at|hear)"

_FAINT_WHEN = re.compile(
    r"^i\s+(?:(?:always|usually|just|literally|almost)\s+)*" + _FAINT + r"\s+(?:(?:every\s+time|whenever|when|if)\s+)"
    r"i\s+(?:even\s+)?" + _SEE + r"\s+(?P<x>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2})$",
    re.IGNORECASE,
)
"""A thing the speaker recoils from, said after the recoil: "i faint when i see needles"."""

_WHEN_SEE = re.compile(
    r"^(?:every\s+time|whenever|when|if)\s+i\s+(?:even\s+)?"
    + _SEE
    + r"\s+(?P<x>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2})$",
    re.IGNORECASE,
)
_I_FAINT = re.compile(r"^i\s+(?:(?:always|usually|just|literally|almost)\s+)*" + _FAINT + r"$", re.IGNORECASE)
"""The same said the other way round, across two clauses: "when i see needles , i faint"."""

_NOT_A_FAN = re.compile(
    r"^not\s+(?:a|much\s+of\s+a)\s+(?:(?:big|huge|great|real)\s+)?fan\s+of\s+"
    r"(?!(?:you|yours|your|that|this|it|him|her|them|those|these)\b)(?P<x>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)"
    r"(?:\s+(?:honestly|tbh|though|tho|really|lol|haha|either))*$",
    re.IGNORECASE,
)
"""A dislike with the "I am" dropped, as chat opens a line: "not a fan of mornings"."""

_SCARED_OF = re.compile(
    r"^(?:(?:so|really|very|deathly|super|totally|also|just)\s+)*(?:scared|afraid|terrified|frightened)\s+of\s+"
    r"(?!(?:you|your|that|this|it|him|her|them|those|these|my|his|their)\b)(?P<x>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)"
    r"(?:\s+(?:because|since|ever\s+since|after|from|lol|haha|though|tho)\b.*)?$",
    re.IGNORECASE,
)
"""A fear with the "I am" dropped, as chat says it after another clause: "… but scared of clowns since i was five"."""

_ONE_I_DISLIKE = re.compile(
    r"^(?P<x>(?:the\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)\s+(?:is|are)\s+(?:just\s+|definitely\s+)?"
    r"(?:one|a|the\s+one|the\s+only|something|someone|another)\s+(?:[a-z]+\s+)?(?:that\s+)?(?:i|we)\s+"
    r"(?:really\s+|just\s+|truly\s+|honestly\s+)*(?:do\s+not\s+(?:really\s+)?like|hate|dislike|despise|detest|"
    r"can\s*not\s+stand|could\s+do\s+without|am\s+(?:scared|afraid|terrified)\s+of)$",
    re.IGNORECASE,
)
"""A thing named first as one of the speaker's dislikes: "cilantro is one herb i do not like", "bees are something i
am afraid of"."""

_ONE_OF = re.compile(
    r"^(?P<x>(?:the\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)\s+(?:is|are)\s+(?:just\s+|definitely\s+)?"
    r"(?:one|the\s+one|the\s+only|something|another)(?:\s+[a-z]+)?$",
    re.IGNORECASE,
)
_BARE_DISLIKE = re.compile(
    r"^(?:that\s+)?(?:i|we)\s+" + _ADV + r"(?:do\s+not\s+(?:really\s+)?like|hate|dislike|despise|detest|"
    r"can\s*not\s+stand|am\s+(?:so\s+|really\s+)?(?:scared|afraid|terrified)\s+of)"
    r"(?:\s*,?\s+(?:however|though|tho|either|at\s+all|lol|haha))?$",
    re.IGNORECASE,
)
"""The same with the relative clause cut off by the splitter: "pink is one colour" + "i do not like"."""

_AND_SCARED = re.compile(
    r"^(?P<head>i\s+(?:(?!\b(?:he|she|they|it|you|who|that|which|is|are|was|were)\b)[^,])+?)\s+(?:and|but)\s+"
    r"(?:(?:so|really|very|deathly|also|totally)\s+)*(?:scared|afraid|terrified|frightened)\s+of\s+"
    r"(?P<x>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)"
    r"(?:\s+(?:because|since|ever\s+since|after|from|lol|haha|though|tho)\b.*)?$",
    re.IGNORECASE,
)
"""A fear joined to the speaker's clause with its "I am" dropped: "i am from ohio and terrified of clowns"."""

_CANNOT_HANDLE = re.compile(
    r"^(?:i|we)\s+(?:(?:just|really|honestly|seriously)\s+)*(?:"
    r"(?:can\s*not|can't|cant|can\s+never|could\s+never)\s+(?:(?:really|even)\s+)?(?:handle|deal\s+with|tolerate)"
    r"|(?:do\s+not|don't|dont|never)\s+do\s+(?:well|good|great)\s+with|(?:always\s+)?dread)\s+(?:the\s+(?:sight|smell|thought)\s+of\s+)?"
    r"(?!(?:my|his|her|their|your|our)\b)(?P<x>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)"
    r"(?:\s+(?:at\s+all|very\s+well|well|anymore|though|tho|lol|haha))*$",
    re.IGNORECASE,
)
"""A thing the speaker cannot bear or dreads: "i can't handle spicy food", "i don't do well with heights", "i dread
mondays" (only the plain present: "i'm dreading my exam" is about one occasion)."""

_JUDGED_PAIR = re.compile(
    r"^(?P<a>[a-z][\w' -]+?)\s*,?\s+(?:but|and|while)\s+(?P<b>[a-z][\w' -]+)$",
    re.IGNORECASE,
)
_AFFECTS_FIRST = re.compile(
    r"^(?P<x>(?:the\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)\s+" + _ADV + r"(?:" + AFFECTS_ME + r")$",
    re.IGNORECASE,
)
"""Two things judged in one clause, each in a frame that names a dislike alone: "wasps bother me but hornets are
the worst", "cilantro is gross and olives are the worst"."""

_CUE = words(
    """hate dislike despise detest loathe stand like fan afraid scared terrified frightened faint pass sick queasy
    dizzy woozy throw gag handle deal tolerate well dread without me"""
)
"""A word every frame of :func:`dislike_said` holds (checked before any frame is tried)."""
_PUNCT = str.maketrans("!,.;:?", "      ")

_PAIR_HINT = re.compile(
    r"\b(?:(?:is|are)\s+(?:\w+\s+)?(?:gross|disgusting|nasty|the\s+worst|awful|terrible|boring|overrated|"
    r"horrible|dull|revolting|vile|pointless)|me)\b.*\b(?:but|and|while)\b"
)
"""A judgement before a "but"/"and" (checked before the pair is read)."""

_SPEAKERS = re.compile(r"^(?:i|we|i'm|im)\s|\bme\b", re.IGNORECASE)
_OTHER_SUBJECT = re.compile(r"^(?:you|u|he|she|they|it|this|that)\b", re.IGNORECASE)
_LAST_PREP = re.compile(r".*\b(?:to|from|at|in|of|about|with|on)\s+(?P<x>[^,]+)$", re.IGNORECASE)
_THERE_ARE = re.compile(
    r"^(?:and\s+|but\s+)?(?:there\s+(?:are|is)|there'?s|we\s+have|we\s+get)\s+(?:so\s+many\s+|so\s+much\s+|lots\s+of\s+|a\s+lot\s+of\s+|"
    r"tons\s+of\s+)?(?P<x>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)??)(?:\s+(?:here|everywhere|around\s+here|right\s+now|these\s+days|lately|today|this\s+(?:week|month|year)|"
    r"(?:in|at|around)\s+(?:my|our)\s+[a-z]+))*$",
    re.IGNORECASE,
)
"""Things said to be about the speaker: "there are wasps everywhere", "we get mice in our house"."""
_PLURAL_NOUNS = words("people children police mice geese lice teeth feet sheep deer fish")
_PARTICULAR = words("a an this that these those his her their your its another some one")
_NO_THING = words(
    """i me my you your u ur it its they them their he she him his her we us our this that these those there here
    what who how why when where which time times day days week weeks month months year years today tonight now
    thing things stuff lot one everything nothing something anything back not never"""
)


def _taken_up(prior: str, plural: bool) -> str:
    """The thing ``prior`` named last, when a following pronoun may stand for it; else ""."""
    raw = prior.strip(" ,.!").strip()
    if not raw or raw.endswith("?"):
        return ""
    there = _THERE_ARE.match(raw)
    tail = there.group("x") if there else ""
    if not tail and _SPEAKERS.search(raw) and not _OTHER_SUBJECT.match(raw):
        m = _LAST_PREP.match(raw)
        tail = m.group("x") if m else _tail_np(raw)
        cut = raw.lower().rfind(tail.lower()) if tail else -1
        if raw[:cut].split()[-1:] in (["a"], ["an"], ["this"], ["that"]):
            return ""  # "i got a new phone . i hate it": that one phone, not phones
    elif not tail and len(raw.split()) <= 2:
        tail = strip_lead(raw)[0]  # "math . i really do not like it" (not "yeah . i do not like it")
    if tail and tail.split()[0].lower() in _PARTICULAR:
        return ""  # "there is a cat . i hate it": that one cat, not cats
    value = _sub(r"^colou?r\s+", "", noun_phrase(tail).lower()) if tail else ""  # "the colour pink": pink
    said = value.split()
    if not said or len(said) > 3 or not _NO_THING.isdisjoint(said) or said[-1] in KIN or kind_of(value) == "kin":
        return ""
    if said[-1].isdigit() or said[-1] in ("work", "home", "bed"):
        return ""  # ("i go to bed at ten . i hate it": the going, not the bed)
    is_plural = said[-1].endswith("s") and not said[-1].endswith(("ss", "us", "is"))
    return value if is_plural == plural or (plural and said[-1] in _PLURAL_NOUNS) else ""


def _judged(text: str) -> str:
    """The thing ``text`` alone says is disliked by naming it first and judging it, or ""."""
    m = _AFFECTS_FIRST.match(text)
    if m:
        return "" if m.group("good") else _judged_thing(m.group("x"))
    said = taste_said(text)
    return said[1] if said and said[0] == "dislikes" else ""


def dislikes_said(text: str, prior: str, others: bool = False) -> list[str]:
    """Every thing the speaker dislikes in ``text`` (one clause): two joined judgements, or one of
    :func:`dislike_said`."""
    aside = aside_dislikes(text)
    if aside:  # "my biggest fear is sharks", "i eat everything except olives" (_asides)
        return aside
    low = text.lower()
    pair = _JUDGED_PAIR.match(text) if (" but " in low or " and " in low) and _PAIR_HINT.search(low) else None
    if pair:
        both = [_judged(pair.group("a")), _judged(pair.group("b"))]
        if all(both):
            return both  # "wasps bother me but hornets are the absolute worst"
    one = dislike_said(text, prior, others)
    return [one] if one else []


def dislike_said(text: str, prior: str, others: bool = False) -> str:
    """The thing the speaker dislikes in ``text`` (one clause), said in one of the module docstring's frames;
    ``prior`` is the clause before it. ``others``: the clause before had someone else as its subject, so a clause
    with no subject of its own is theirs ("my son is shy and scared of dogs"). "" when none."""
    low = text.lower()
    if others and not low.startswith(("i ", "we ", "it ", "they ")) or _CUE.isdisjoint(low.translate(_PUNCT).split()):
        return ""
    if " it" in f" {low}" or "them" in low or "they" in low or " that" in low:
        m = _HATE_PRONOUN.match(text) or _PRONOUN_AFFECTS.match(text)
        if m and not (m.groupdict().get("good")):
            return _taken_up(prior, m.group("p").lower() in ("them", "they")) if prior else ""
    if (" is " in low or " are " in low) and (" i " in low or " we " in low):
        m = _ONE_I_DISLIKE.match(text)
        value = _judged_thing(m.group("x")) if m else ""
        if value:
            return value
    if low[:1] in "afstdrvj" and " of " in low:
        m = _SCARED_OF.match(text)
        value = noun_phrase(m.group("x")).lower() if m else ""
        if value and _NO_THING.isdisjoint(value.split()) and kind_of(value) != "kin":
            return value
    if prior and (" is " in prior or " are " in prior):
        m = _BARE_DISLIKE.match(text)
        one = _ONE_OF.match(prior.strip(" ,.!")) if m else None
        value = _judged_thing(one.group("x")) if one else ""
        if value:
            return value
    if low.startswith("not "):
        m = _NOT_A_FAN.match(text)
        value = noun_phrase(m.group("x")).lower() if m else ""
        return value if value and _NO_THING.isdisjoint(value.split()) else ""
    if low.startswith(("i ", "we ")) and (" handle" in low or " with " in low or "tolerate" in low or "dread " in low):
        m = _CANNOT_HANDLE.match(text)
        value = noun_phrase(m.group("x")).lower() if m else ""
        if value and _NO_THING.isdisjoint(value.split()) and kind_of(value) != "kin":
            return value
    if low.startswith("i "):
        m = _FAINT_WHEN.match(text)
        if m is None and prior and _I_FAINT.match(text):
            m = _WHEN_SEE.match(prior.strip(" ,.!"))
        value = noun_phrase(m.group("x")).lower() if m else ""
        return value if value and _NO_THING.isdisjoint(value.split()) and kind_of(value) != "kin" else ""
    return ""


def fear_joined(text: str) -> tuple[str, str] | None:
    """(the speaker's clause, the thing feared) of "i am from ohio and terrified of clowns", or None."""
    low = text.lower()
    feared = text[:2].lower() == "i " and ("scared of" in low or "afraid of" in low or "terrified of" in low)
    m = _AND_SCARED.match(text) if feared or "frightened of" in low else None
    value = noun_phrase(m.group("x")).lower() if m else ""
    if not value or not _NO_THING.isdisjoint(value.split()) or kind_of(value) == "kin":
        return None
    return m.group("head") if m else "", value
