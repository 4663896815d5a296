"""Tastes said in set frames rather than with "like"/"hate": a thing named first and judged ("mondays are the
worst", "pizza is life", "cheesecake is my weakness", "i find opera boring"), a drink as what the speaker lives on
or is ("i live on iced tea", "i'm a coffee person"), and a place the speaker keeps going to ("i attend church
every week", "we spend our summers at the lake", "i vacation in maine", "i hit the gym every morning") or likes
best whoever they go with ("the zoo is my favourite place to go with my kids").

Why these are tastes, and what is not:

* A judgement in the plain present is an opinion the speaker holds of the kind ("cilantro is gross"); one of a
  particular thing ("this soup is gross", "the movie is boring", "the traffic here is the worst") or in the past
  ("the food was awful") is about that occasion, so a definite singular, a demonstrative, a possessive, a place or
  time word in the subject, or a pronoun (what "it" stands for is elsewhere) says nothing.
* "X is my weakness" names a liked food or drink; of anything else it is a flaw ("impatience is my weakness"),
  which is not a taste, so only a food or a drink is written.
* What one lives on is what one eats or drinks all the time: a drink is ``drinks``, a food ``likes``; a street
  ("i live on elm street") is not read here and stays a home.
* A place is a taste when going there is a habit: "attend" a place of worship, "spend" weekends or summers (or a
  weekday) there, "vacation" there, in the present. One visit ("i spent the weekend at the lake", "i vacationed
  in spain") is an event, not a taste; home and work are where one has to be, not where one likes to go.
"""

from __future__ import annotations

import re

from ._lexicon import DIET_FOODS, DRINKS, KIN, PLACES, words
from ._predicates import _FOOD_HEADS, kind_of, noun_phrase
from ._regex import _sub
from ._when import WEEKDAYS

__all__ = ["favourite_place_said", "taste_said"]

_THING = r"(?P<x>(?:the\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)"
_DEGREE = (
    r"(?:(?:just|really|so|totally|honestly|kinda|kind\s+of|pretty|literally|seriously|absolutely|simply|super|"
    r"too|way\s+too|always|quite|very|such)\s+)*"
)

_JUDGED = re.compile(
    "^" + _THING + r"\s+(?:is|are|'s|'re)\s+" + _DEGREE + r"(?:"
    r"(?P<bad>the\s+(?:absolute\s+|very\s+|actual\s+)?worst|gross|disgusting|nasty|revolting|vile|yucky|icky|"
    r"overrated|boring|dull|dumb|stupid|awful|terrible|horrible|pointless|"
    r"a\s+waste\s+of\s+(?:time|money))"
    r"|(?P<good>life|my\s+(?:life|guilty\s+pleasure|(?:one\s+)?true\s+love)|(?:so\s+)?dope|the\s+bomb|"
    r"my\s+(?:(?:ultimate|favou?rite|fave)\s+)?comfort\s+food|my\s+go[\s-]?to(?:\s+(?:snack|meal|food|treat|dish))?)"
    r"|(?P<weak>my\s+(?:(?:biggest|greatest|only|one|big|main)\s+)?weakness|a\s+weakness\s+of\s+mine))$",
    re.IGNORECASE,
)
"""A thing named first and judged in the present: "mondays are the worst", "pizza is life", "candy is my weakness"."""

_MAKES_BETTER = re.compile(
    "^" + _THING + r"\s+(?:always\s+|just\s+|really\s+)?(?:makes?|made)\s+"
    r"(?:(?:everything|life|any\s+day|me\s+feel)\s+(?:so\s+much\s+|a\s+lot\s+|way\s+)?(?:better|good|great)|"
    r"my\s+day(?:\s+better)?|me\s+(?:feel\s+)?(?:so\s+much\s+|a\s+lot\s+|way\s+)?(?:better|happy|happier)\s+"
    r"about\s+(?:life|everything|myself|the\s+world))$",
    re.IGNORECASE,
)
"""A thing said by what it does for the speaker: "ice cream makes everything better", "soup makes me feel good"."""

_RULES = re.compile(
    "^" + _THING + r"\s+(?:totally\s+|really\s+|just\s+|so\s+|still\s+)?(?:rules?|rocks?)$", re.IGNORECASE
)
"""A thing praised with "rule"/"rock": "dogs rule", "vinyl records rock" (of a kind, as :data:`_JUDGED` reads)."""

_FIND = re.compile(
    r"^(?:i|we)\s+(?:really\s+|just\s+|honestly\s+|personally\s+)?find\s+" + _THING + r"\s+" + _DEGREE + r"(?:"
    r"(?P<bad>boring|dull|gross|disgusting|depressing|annoying|stressful|overrated|awful|terrible|scary|creepy|"
    r"tedious|exhausting|pointless)"
    r"|(?P<good>relaxing|fun|soothing|calming|therapeutic|fascinating|delicious|addictive|enjoyable))$",
    re.IGNORECASE,
)
"""A thing judged with "find": "i find opera boring", "i find gardening relaxing"."""

_LIVE_ON = re.compile(
    r"^(?:i|we)\s+(?:(?:pretty\s+much|basically|practically|literally|just|mostly|mainly|only|could|would)\s+)*"
    r"live\s+on\s+"
    r"(?P<x>.+)$",
    re.IGNORECASE,
)
"""What the speaker lives on: "i live on coffee", "i pretty much live on instant noodles", "i could live on tacos"."""

_DRINK_PERSON = re.compile(
    r"^(?:i\s+am|i'm|im)\s+(?:(?:such\s+|totally\s+|really\s+|definitely\s+|just\s+)?(?:a|an)\s+)"
    r"(?:(?:big|huge|heavy|daily|total|serious|hardcore|avid)\s+)?(?P<x>[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?:person|drinker|guy|girl|gal|kind\s+of\s+(?:person|guy|girl))$",
    re.IGNORECASE,
)
"""A drinker said as a kind of person: "i'm a coffee person", "i am a big tea drinker" ("more of a tea guy", a
preference between two, stays a like: ``_identity``)."""

_TIME_NOUNS = (
    words("""weekends summers winters evenings mornings afternoons holidays vacations nights days""")
    | {d for d in WEEKDAYS}
    | {d + "s" for d in WEEKDAYS}
)

_HABIT_PLACE = re.compile(
    r"^(?:i|we)\s+(?:(?:still|always|usually|often|regularly|faithfully|normally|mostly)\s+)?(?:"
    r"(?P<attend>attend|attends)\s+(?:(?:a|the|my|our|local)\s+)*(?P<w>church|mass|temple|synagogue|mosque|"
    r"services|sunday\s+service|bible\s+study)\b.*"
    r"|spend\s+(?:(?:my|our|most|all|most\s+of\s+my|most\s+of\s+our|all\s+of\s+my|all\s+my|all\s+our)\s+)?"
    r"(?P<t>[a-z]+)\s+(?P<p>at|in|on)\s+(?P<x>.+)"
    r"|(?:vacation|holiday)\s+(?:at|in|on)\s+(?P<v>.+))$",
    re.IGNORECASE,
)
"""A place the speaker keeps going to: "i attend church every week", "we spend our summers at the lake", "i
vacation at the beach every year"."""

_FAV_PLACE_WHEN = re.compile(
    "^" + _THING + r"\s+(?:is|'s)\s+(?:(?:still|definitely|really|totally)\s+)?my\s+(?:all[\s-]time\s+)?"
    r"(?:favou?rite|fave|fav)\s+place(?:\s+to\s+(?:go|be|visit|eat|hang\s+out|relax|unwind))?\s+"
    r"(?:with|in|on|at|when|during|for|after|before|every)\s+.+$",
    re.IGNORECASE,
)
"""A favourite place said with whom or when ("the zoo is my favourite place to go with my kids"): the company
or the season is not part of the place."""

_HIT_THE = re.compile(
    r"^(?:i|we)\s+(?:(?:always|usually|often|regularly|still)\s+|try\s+to\s+)?hit\s+the\s+"
    r"(?P<x>gym|beach|pool|mall|track|range|lake)\b(?!.*\b(?:later|tonight|tomorrow|soon)\b).*$",
    re.IGNORECASE,
)
"""A place gone to by habit, said with "hit": "i hit the gym every morning", "we try to hit the beach on weekends"."""

_NOT_SUBJECT = words(
    """i we you me my your our us he she they them his her their it its there here this that these those one
    someone everyone people what how who why when where which life everything nothing something anything today
    tonight now lately all some any no not"""
)
_WHOSE = words("my our his her their your it that this")
_NOT_TASTE_PLACE = words("home work school office house job bed")
_SOME_TIME = re.compile(r"\b(?:here|there|today|tonight|now|lately|anymore)\b", re.IGNORECASE)


def _judged_thing(raw: str) -> str:
    """The thing judged, or "" when the subject is a particular one (a pronoun, "this", "my", "the movie")."""
    low = raw.lower().split()
    if not low or low[0] in _NOT_SUBJECT or _SOME_TIME.search(raw):
        return ""
    if low[0] == "the" and not low[-1].endswith("s"):
        return ""  # "the movie is boring": that movie, not films
    value = noun_phrase(raw)
    if not value or len(value.split()) > 3 or kind_of(value) == "kin":
        return ""
    return value.lower()


def _is_food_or_drink(value: str) -> bool:
    return any(w in _FOOD_HEADS or w in DIET_FOODS or w in DRINKS for w in value.lower().split())


def taste_said(text: str) -> tuple[str, str] | None:
    """(key, value) of a taste said in one of the frames of the module docstring, or None."""
    low = text.lower()
    if " is " in f" {low} " or " are " in low or "'s " in low or "'re " in low:
        m = _JUDGED.match(text)
        if m:
            thing = _judged_thing(m.group("x"))
            if not thing or (m.group("weak") and not _is_food_or_drink(thing)):
                return None  # "impatience is my weakness": a flaw, not a taste
            return ("dislikes" if m.group("bad") else "likes", thing)
    if low.rstrip(" !.").endswith(("rule", "rules", "rock", "rocks")):
        m = _RULES.match(text.rstrip(" !."))
        thing = _judged_thing(m.group("x")) if m else ""
        return ("likes", thing) if thing else None
    if "make" in low:
        m = _MAKES_BETTER.match(text)
        if m:
            thing = _judged_thing(m.group("x"))
            return ("likes", thing) if thing else None
    if " find " in low:
        m = _FIND.match(text)
        if m:
            thing = _judged_thing(m.group("x"))
            return ("dislikes" if m.group("bad") else "likes", thing) if thing else None
    if " live on " in low:
        m = _LIVE_ON.match(text)
        value = noun_phrase(m.group("x")).lower() if m else ""
        if value and (kind_of(value) == "drink" or value.split()[-1] == "drinks"):
            return ("drinks", value)  # "i live on iced tea"
        if value and len(value.split()) <= 3 and _is_food_or_drink(value):
            return ("likes", value)  # "i pretty much live on instant noodles"
        return None  # "i live on elm street": a home, read by the verb
    if low.startswith(("i", "we")) and (" person" in low or " drinker" in low or " guy" in low or " girl" in low):
        m = _DRINK_PERSON.match(text)
        if m and kind_of(m.group("x")) == "drink":
            return ("drinks", m.group("x").lower())  # "i'm a coffee person"
    if " hit the " in low:
        m = _HIT_THE.match(text)
        return ("likes", m.group("x").lower()) if m else None
    if " attend" in low or " spend " in low or " vacation " in low or " holiday " in low:
        return _habit_place(text)
    return None


def favourite_place_said(text: str) -> str:
    """The favourite place of "X is my favourite place to go with my kids", or ""."""
    m = _FAV_PLACE_WHEN.match(text) if " place " in text.lower() else None
    first = m.group("x").split()[0].lower() if m else ""
    value = noun_phrase(m.group("x")) if m and first not in _NOT_SUBJECT else ""
    return value.lower() if value and len(value.split()) <= 3 and kind_of(value) != "kin" else ""


def _habit_place(text: str) -> tuple[str, str] | None:
    m = _HABIT_PLACE.match(text)
    if m is None:
        return None
    if m.group("w"):
        return ("likes", m.group("w").lower())  # "i attend church every week"
    if m.group("t") and m.group("t").lower() not in _TIME_NOUNS:
        return None  # "we spend money on food": not a time spent somewhere
    raw = m.group("x") or m.group("v") or ""
    first = raw.split()[0]
    if m.group("p") and m.group("p").lower() != "at" and first.lower() != "the" and not first[:1].isupper():
        if first.lower() not in PLACES:
            return None  # "i spend my days in reflection": a state, not a place ("in the mountains", "in maine")
    if raw.split()[0].lower() in _WHOSE or _SOME_TIME.search(raw):
        return None  # "i spend weekends at my mom's": with whom, not where one likes to go
    value = _sub(r"^the\s+", "", noun_phrase(raw), flags=re.IGNORECASE).lower()
    if not value or len(value.split()) > 3 or value.split()[-1] in _NOT_TASTE_PLACE or value.split()[-1] in KIN:
        return None  # "i spend my evenings at home", "… at work": where one has to be
    return ("likes", value)
