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
"""

from __future__ import annotations

import re

from ._lexicon import COLORS, SEASONS

__all__ = ["BARE_FAVOURITE_TAIL", "BEST_NAMED_FIRST", "age_lived", "best_as_favourite"]

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
    r"my\s+(?P<n3>\d{1,3})(?:st|nd|rd|th)\s+(?:birthday|bday|b-day)\b(?!\s+party)",
    re.IGNORECASE,
)
"""The age said by the years lived or the birthday reached (see the module docstring)."""


def age_lived(text: str) -> str:
    """The speaker's age said by years lived or a birthday reached, as digits; "" when none is said."""
    low = text.lower()
    if "year" not in low and "day" not in low:
        return ""
    m = _AGE_LIVED.search(text)
    if not m:
        return ""
    n = m.group("n") or m.group("n2") or m.group("n3")
    return n if 0 < int(n) < 120 else ""
