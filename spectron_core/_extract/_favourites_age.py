"""Favourites said with "best" or without "my", and an age said by the years lived or the birthday reached.

"Best" in place of "favourite": "my best colour is green", "grey is even my best color", "my best season would be
winter". Said of a kind one has a favourite of, it names the favourite, and the key is the same single-valued
``favorite_<kind>`` that "favourite" gives (through ``favorite_key``, so no ``best_colour`` key is minted). Only a
few kinds are read so, because "best" is also a rank of the speaker's own things or people: "my best friend",
"my best time", "my best game", "my best year" say no taste. A colour must name a colour and a season a season
("my best colour is the one on my door" says nothing). A favourite "time of year" is the season named ("my
favourite time of the year is fall"), or a holiday when no season is ("… is christmas"), not a ``favorite_thing``. Chat also drops the "my" of a favourite said after the
thing ("i love pizza, favourite food"): read as "…, my favourite food" when a comma and the kind are said.

An age said without "i am": the years the speaker has lived ("i have lived for 80 years", "in my 56 years on this
planet") and a birthday reached ("i just had my 90th birthday", "i made it to my 100th birthday"). Each is the
age now, single-valued (a later one supersedes). Not read: years lived somewhere ("i have lived in leeds for 10
years", "… for 10 years here"), a birthday wished for ("i hope to reach my 100th birthday"), or a coming one
("i will be 24", "40 next month"), which is not the age yet; a year of birth ("born in 1985") is left alone,
since the age it gives depends on a date the sentence does not say.

A birthday named by its ordinal is the speaker's when it is "my" birthday, had or celebrated ("had my 30th
birthday party", "we celebrated my 40th", "all that walking helped me make it to my 95th birthday") or said to be
the day ("it's my 30th birthday today", "yesterday was my 21st"). The ordinal alone ("my 40th") names a birthday
only after "celebrated" or "it's/was my" with a time, and only from 13 up: "my 2nd job", "my 3rd kid", "our 30th
anniversary", "the 4th of july" name other things. A birthday still to come ("it's my 21st next week", "next
month is my 50th birthday") gives "almost N", as "i'm turning 30 next week" does in ``_predicates._h_turned``:
the age is not reached, and "N-1" would be a guess that goes stale the day the birthday comes, while "almost N"
stays true until it is replaced. A birthday in a frame ("when i had my 18th birthday …") or more than a year ago
("… in 2009") is a past age and gives nothing. "made it to turning 18" and "i made it to 80" say an age reached,
when nothing but a time or the end follows the number ("made it to 80 mph" is no age).

The chat introduction "25 from ohio", "m 34 texas", "45 m chicago": an age then where the speaker writes from, as
the whole opening clause of a sentence. The place must be one (a country or state, a capitalised name, a two-letter
code after "from"), or a sex marker ("m", "f", "male") must say the line is an introduction; so "40 from the
store", "20 from work" and "i have 2 from my first marriage" give no age.
"""

from __future__ import annotations

import re
from datetime import datetime

from ._lexicon import COLORS, PLACES, SEASONS

__all__ = [
    "BARE_FAVOURITE_TAIL",
    "BEST_NAMED_FIRST",
    "age_introduced",
    "age_lived",
    "best_as_favourite",
    "birthday_age",
]

_BEST_KINDS = r"colou?rs?|seasons?|foods?|dish|meal|drinks?|sports?|animals?|flowers?|holidays?"

_BEST_THING = re.compile(r"^(?:very\s+)?best\s+(?P<x>" + _BEST_KINDS + r")$", re.IGNORECASE)

BEST_NAMED_FIRST = re.compile(
    r"^(?P<v>[a-z][\w' -]{1,40}?)\s+(?:is|are|would\s+be|has\s+always\s+been)\s+"
    r"(?:(?:even|still|also|always|definitely)\s+)?my\s+(?:very\s+)?best\s+(?P<x>" + _BEST_KINDS + r")"
    r"(?:\s+(?P<to>to\s+[a-z]+))?$",
    re.IGNORECASE,
)
"""The favourite named first, called the speaker's best of a kind: "green is my best colour" (groups as
``_FAV_BACK``'s: the value, the kind, an infinitive)."""

BARE_FAVOURITE_TAIL = re.compile(
    r"^(?P<pre>i\s+(?!(?:\w+\s+)?(?:hate|dislike|detest|can't|cant|cannot|don't|dont|do\s+not|never)\b).*?\w)"
    r"\s*,\s*(?:all[\s-]time\s+)?(?:favou?rite|fave|fav)\s+(?P<x>[a-z]+)(?:\s+ever)?$",
    re.IGNORECASE,
)
"""The "my" dropped from a favourite said after the thing, as chat does: "i love pizza, favourite food", "tacos,
fave food ever" (groups as ``_FAV_TAIL``'s). Only after a comma, with the kind said, and of what the speaker
said they do ("i …", not hated nor denied): without "my", "my sister loves sushi, favourite food" may be the
sister's favourite, and "i hate broccoli, fave food" is irony."""


_TIME_OF_YEAR = re.compile(
    r"^(?P<f>(?:all[\s-]time\s+)?(?:favou?rite|fave|fav|best))\s+time\s+of\s+(?:the\s+)?year$", re.IGNORECASE
)


def best_as_favourite(thing: str, value: str) -> str:
    """``thing`` ("best colour") said as "favourite colour" when "best" names a favourite of a kind whose value
    fits it; else ``thing`` unchanged ("best friend", "best colour" of a value that is no colour). A favourite
    "time of (the) year" is a season when a season is named ("… is fall"), else a holiday ("… is christmas")."""
    head = value.lower().strip(" .!?,").split()[-1:] or [""]
    year = _TIME_OF_YEAR.match(thing) if "year" in thing else None
    if year:
        return "favorite season" if head[0] in SEASONS else "favorite holiday"
    m = _BEST_THING.match(thing) if thing[:4].lower() in ("best", "very") else None
    if not m:
        return thing
    kind = m.group("x").lower()
    if kind.startswith("colo") and head[0] not in COLORS and head[0] not in ("gray", "grey"):
        return thing
    if kind.startswith("season") and head[0] not in SEASONS:
        return thing
    return "favorite " + kind


_AGE_LIVED = re.compile(
    r"(?:^|\bi\s+|\bi've\s+|\bive\s+|\bi\s+have\s+)(?:now\s+|already\s+)?(?:lived|been\s+alive|been\s+around)\s+"
    r"(?:on\s+(?:this\s+|the\s+)?(?:earth|planet)\s+)?for\s+(?:over\s+|almost\s+|nearly\s+)?(?P<n>\d{1,3})\s+years"
    r"(?:\s+now)?(?=\s*(?:$|[,.!?;]|and\b|but\b|so\b|lol\b))"
    r"|\bin\s+(?:all\s+)?my\s+(?P<n2>\d{1,3})\s+years\s+(?:on\s+(?:this\s+|the\s+)?(?:[a-z]+\s+)?(?:earth|planet)|of\s+life|alive)\b"
    r"|(?:^|\bi\s+|\bi've\s+|\bi\s+have\s+)(?:just\s+|recently\s+)?(?:had|reached|hit|made\s+it\s+to|finished)\s+"
    r"my\s+(?P<n3>\d{1,3})(?:st|nd|rd|th)\s+(?:birthday|bday|b-day)\b(?!\s+party)"
    r"|(?:^|\bi\s+|\bi've\s+|\bive\s+|\bi\s+have\s+)(?:just\s+|finally\s+)?made\s+(?:it\s+)?to\s+(?:turning\s+)?"
    r"(?P<n4>\d{1,3})(?:\s+(?:years?|yrs?)(?:\s+old)?)?(?=\s*(?:$|[,.!?;]|lol\b|haha\b|now\b))",
    re.IGNORECASE,
)
"""The age said by the years lived or the birthday reached (see the module docstring)."""


def age_lived(text: str) -> str:
    """The speaker's age said by years lived or a birthday reached, as digits; "" when none is said."""
    low = text.lower()
    if "year" not in low and "day" not in low and "made" not in low:
        return ""
    m = _AGE_LIVED.search(text)
    if not m:
        return ""
    n = m.group("n") or m.group("n2") or m.group("n3") or m.group("n4")
    return n if 0 < int(n) < 120 and (not m.group("n4") or int(n) > 12) else ""


_ORDINAL = r"(?P<n>\d{1,3})(?:st|nd|rd|th)(?P<b>\s+(?:birthday|bday|b-day)\b)?"
_ORDINAL_END = r"(?=\s*(?:$|[,.!?;]|lol\b|haha\b|and\b|but\b|with\b|so\b))"
_BIRTHDAY_HAD = re.compile(
    r"(?:(?:^|\b(?:i|we|i've|ive|we've|i\s+have|we\s+have)\s+)(?:just\s+|recently\s+|finally\s+|already\s+)?"
    r"(?P<v>celebrated|had|threw)|\b(?:helped|let|got)\s+me\s+(?:make|get)\s+it\s+to)\s+my\s+" + _ORDINAL,
    re.IGNORECASE,
)
"""A birthday of the speaker's had, celebrated or reached with help ("had my 30th birthday party")."""
_BIRTHDAY_IS = re.compile(
    r"(?:\b(?:is|was)|\bit's|\bits|\bit\s+is|\btoday's|\btodays|^\s*['’]s)\s+my\s+" + _ORDINAL + r"(?!\s+party)",
    re.IGNORECASE,
)
"""The day said to be the speaker's birthday ("it's my 30th birthday", "(yesterday) was my 21st")."""
_PARTY_AHEAD = re.compile(
    r"^\s+(?:party|bash|dinner)\s+(?:all\s+)?(?:plan\w*|booked|organi[sz]ed|arranged|scheduled|set\s+up|ready|lined)",
    re.IGNORECASE,
)
_FRAMED = re.compile(r"\b(?:when|since|after|before|until|till|once|if|hope|wish|want|until)\b", re.IGNORECASE)


def birthday_age(text: str, when: datetime | None, now: datetime | None) -> str:
    """The speaker's age said by a birthday named by its ordinal: "N" when had or today, "almost N" when it is
    still to come (``when`` after ``now``), "" when none is said or it is a past age (see the module docstring)."""
    if "my " not in text.lower():
        return ""
    m = _BIRTHDAY_HAD.search(text) or _BIRTHDAY_IS.search(text)
    if not m or _FRAMED.search(text, 0, m.start()):
        return ""
    n, named, had = int(m.group("n")), bool(m.group("b")), m.re is _BIRTHDAY_HAD
    rest = text[m.end() :]
    if had and _PARTY_AHEAD.match(rest):
        return ""  # "i had my 30th birthday party planned": the party is still to come
    if not named and not (
        n > 12 and re.match(_ORDINAL_END, rest) and (m.groupdict().get("v", "") or "").lower() in ("celebrated", "")
    ):
        return ""  # "i had my 3rd last year" (a child), "it's my 20th try"
    if not named and not had and when is None:
        return ""  # "it's my 30th!" with no day said: the 30th of what is not said
    days = (now.date() - when.date()).days if when and now else 0
    if not 0 < n < 120 or days > 366:
        return ""  # a birthday more than a year ago is a past age
    if days < 0:
        return "" if had else f"almost {n}"  # "it's my 21st next week": not 21 yet
    return str(n)


_INTRO = re.compile(
    r"^(?:(?P<s1>[mf]|male|female)[\s/,]+)?(?P<n>\d{2})(?:[\s/,]*(?P<s2>[mf]|male|female)\b)?[\s/,]+"
    r"(?:(?P<f>from|out\s+of|in)\s+)?(?P<p>[A-Za-z]+)(?P<rest>.*)$",
    re.IGNORECASE,
)
_NOT_PLACE = frozenset("the my a an and but here there home work school old years yrs lol haha now".split())


def age_introduced(text: str) -> str:
    """The age of a chat introduction that opens a sentence ("25 from ohio", "m 34 texas"), or ""."""
    m = _INTRO.match(text) if text[:1].isdigit() or text[:2].lower() in ("m ", "f ", "m/", "f/", "ma", "fe") else None
    if not m or not 12 < int(m.group("n")) < 100:
        return ""
    place, sex, rest = m.group("p"), m.group("s1") or m.group("s2"), m.group("rest").strip()
    if place.lower() in _NOT_PLACE:
        return ""
    known = place.lower() in PLACES or place[:1].isupper() or (m.group("f") and len(place) == 2 and place.isalpha())
    if not (known or (sex and len(place) > 2)):
        return ""
    if rest and not sex and rest[:1] not in ",.!;":
        return ""  # "40 from ohio state university …": more than an introduction
    return m.group("n")
