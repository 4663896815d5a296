"""What "I am (a) …" says besides a job title: gender, faith, character, health, and pastimes named as people.

People describe themselves with nouns and adjectives far more often than with a job: "i'm a little girl", "I am
a keen surfer", "i am a christian", "I'm shy", "i'm pregnant", "i'm a semi-pro squash player". Each is read from
the head word of the complement through a closed word class of ordinary English (``_lexicon``), and an agent
noun is undone into its verb ("kayaker" → kayaking, "collector" → collecting) so a pastime needs no list of its
practitioners. The job reading (``_predicates._role``) runs first: "a baker" is a job, "a keen baker" too.
"""

from __future__ import annotations

import re

from ._lexicon import (
    ACTIVITIES,
    APPEARANCE_ADJ,
    GAMES,
    GENDER_WORDS,
    HEALTH_ADJ,
    PETS,
    RELIGIONS,
    SPORTS,
    TRAITS,
    words,
)
from ._possessions import animal_person
from ._sink import Sink

__all__ = ["identity_adjective", "identity_noun", "pastime_of_agent"]

_DET = re.compile(
    r"^(?:(?:a\s+)?(?:(?:much|way|far|a\s+lot)\s+)?(?:bit|kind|sort|something|more)\s+of\s+)?(?:an?|the)\s+|"
    r"^(?:a\s+)?(?:(?:much|way|far|a\s+lot)\s+)?(?:bit|kind|sort|more)\s+of\s+",
    re.IGNORECASE,
)
_STOP = words("""at for with in by of and but so who that which because since from on to as during when where
    while or like who's than if""")
_MORE_OF = re.compile(r"^(?:more|(?:much|way|far|a\s+lot)\s+more|kind|sort|a\s+bit)\s+of\s+an?\s", re.IGNORECASE)
_KIND_OF_GUY = re.compile(
    r"^(?:an?\s+)?(?:total\s+|real\s+|big\s+)?(?P<x>[a-z][a-z -]{1,40}?)\s+(?:kind|type|sort)\s+of\s+"
    r"(?:guy|gal|girl|person|woman|man|dude|lady)$",
    re.IGNORECASE,
)
_PLAIN_ADJ = words("""nice good great simple different certain special normal regular weird strange old young lucky
    fun cool quiet loud new rare strong tough real true rough hard easy busy happy sad other same""")
_PEOPLE_GENDER = words("man woman guy girl boy lady male female dude gal gentleman")
_TRAIT_PHRASES = frozenset(
    {
        "night owl",
        "early bird",
        "morning person",
        "night person",
        "people person",
        "couch potato",
        "social butterfly",
        "party animal",
        "free spirit",
        "neat freak",
        "control freak",
        "team player",
        "hopeless romantic",
        "big kid",
    }
)
"""Idioms for a character ("I'm a night owl"): closed, ordinary English."""
_POOR = words("bad terrible poor awful horrible lousy weak slow")
""""a bad swimmer" says what the speaker cannot do well, not a pastime."""
_PRO = words("professional pro semi-pro semipro")
_AGENT_SUFFIXES = (("ers", ""), ("er", ""), ("er", "e"), ("ors", ""), ("or", ""))
_READING = {
    "read": "reading",
    "game": "gaming",
    "skateboard": "skateboarding",
    "snowboard": "snowboarding",
    "kayak": "kayaking",
    "bowl": "bowling",
    "box": "boxing",
    "golf": "golfing",
    "bike": "biking",
}


def pastime_of_agent(noun: str) -> str | None:
    """The pastime an agent noun names, or None: "runner" → running, "hiker" → hiking, "reader" → reading."""
    w = noun.lower()
    for suffix, add in _AGENT_SUFFIXES:
        if not w.endswith(suffix) or len(w) - len(suffix) < 2:
            continue
        stem = w[: -len(suffix)] + add
        for cand in (stem, stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else ""):
            if not cand:
                continue
            if cand in ACTIVITIES:
                return ACTIVITIES[cand]
            if cand in _READING:
                return _READING[cand]
            if cand + "ing" in SPORTS:
                return cand + "ing"
    return None


def _words(r: str) -> list[str]:
    """The complement's noun phrase, cut at the first preposition or conjunction, five words at most."""
    out: list[str] = []
    for w in _DET.sub("", r.strip()).split():
        lw = w.lower().strip(",.!?;:")
        if lw in _STOP or not lw:
            break
        out.append(lw)
        if len(out) == 5:
            break
    return out


def _match_more_of(r: str) -> bool:
    return bool(_MORE_OF.match(r.strip()))


_OWNED_PLACES = frozenset({"home", "house", "condo", "apartment", "farm", "boat", "car", "truck", "business", "cabin"})


def _owner(c: Sink, words: list[str]) -> bool:
    """ "a proud dog owner", "a new home owner", "a first-time homeowner": what is owned, not a job title."""
    if words[-1] == "homeowner":
        c.attr("possessions", "home")
        return True
    if len(words) < 2 or words[-1] != "owner":
        return False
    thing = words[-2]
    if thing in PETS:
        c.attr("pets", thing[:-1] if thing.endswith("s") and thing[:-1] in PETS else thing)
    elif thing in _OWNED_PLACES and thing != "business":
        c.attr("possessions", thing)
    else:
        return False  # "a business owner", "a shop owner": a role, read elsewhere
    return True


def owner_of(c: Sink, r: str) -> bool:
    """ "I am a proud dog owner": read before job titles, since "owner" is one ("the owner of a bakery")."""
    words = _words(r)
    return bool(words) and _owner(c, words)


_TASTE_NOUNS = {
    "bookworm": ("hobbies", "reading"),
    "foodie": ("likes", "food"),
    "gym rat": ("hobbies", "working out"),
    "coffee snob": ("likes", "coffee"),
    "beach bum": ("likes", "the beach"),
    "film buff": ("likes", "films"),
}
"""Nouns for a person by what they love ("i'm a bookworm", "a total foodie"): the taste, not a title."""


def _taste_noun(c: Sink, words: list[str]) -> bool:
    """ "i'm a bookworm", "a huge foodie": the pastime or taste the noun names."""
    for n in (2, 1):
        taste = _TASTE_NOUNS.get(" ".join(words[-n:]))
        if taste:
            c.attr(*taste)
            return True
    return False


def identity_noun(c: Sink, r: str) -> bool:
    """ "(a) <modifiers> <head>" after "I am": the key its head word names; False when it names none."""
    kind = _KIND_OF_GUY.match(r.strip())
    last = kind.group("x").split()[-1].lower() if kind else ""
    if kind and last in TRAITS:
        c.attr("personality", last)  # "a shy kind of person": character
        return True
    if kind and (last in APPEARANCE_ADJ or last in _PLAIN_ADJ or last.endswith(("ly", "ful", "ous", "ive", "ish"))):
        kind = None  # "a nice kind of guy": what sort of person, not a taste (read as "a nice guy")
        r = re.sub(r"\s+(?:kind|type|sort)\s+of\s+", " ", r)
    if kind:
        for what in re.split(r"\s+and\s+|\s*,\s*", kind.group("x")):
            if what.strip():
                c.attr("likes", what.strip().lower())  # "an ice cream and pickles kind of guy": tastes, not a gender
        return True
    words = _words(r)
    if not words or (words[0].endswith(("ing", "ed")) and not _DET.match(r.strip())):
        return False  # "i am meeting a man …": a verb phrase, not what the speaker is
    head = words[-1]
    if _match_more_of(r) and len(words) >= 2 and head in ("guy", "gal", "girl", "person", "man", "woman", "type"):
        what = " ".join(words[:-1])
        if what in PETS and not what.endswith("s"):
            what += "s"  # "more of a bird person": birds, as "a bird person" says
        c.attr("likes", what)  # "more of a tea guy": a taste, not a gender
        return True
    animal = animal_person(c, words)  # "a crazy cat lady" (and a woman), "a dog mom"
    if head in _PEOPLE_GENDER or words[0] in ("male", "female"):
        c.attr("gender", GENDER_WORDS[head if head in _PEOPLE_GENDER else words[0]])
        for w in words[:-1]:
            if w in APPEARANCE_ADJ:
                c.attr("appearance", w)  # "a tall blonde woman": how she looks, too
        return True
    if animal:
        return True
    if head in APPEARANCE_ADJ or head in ("redhead", "brunette", "blonde", "blond"):
        c.attr("appearance", head)  # "i'm a redhead"
        return True
    if head in RELIGIONS:
        c.attr("religion", "jewish" if head == "jew" else head)
        return True
    if len(words) >= 2 and head == "person" and words[-2] in PETS:
        c.attr("likes", words[-2] if words[-2].endswith("s") else words[-2] + "s")  # "a cat person"
        return True
    if " ".join(words[-2:]) in _TRAIT_PHRASES:
        c.attr("personality", " ".join(words[-2:]))  # "a night owl", "not a morning person"
        return True
    if _taste_noun(c, words):
        return True
    if words[-2:] == ["only", "child"]:
        c.attr("family", "only child")
        return True
    if head in TRAITS and len(words) <= 3:
        c.attr("personality", head)
        return True
    if head in ("player", "players") and len(words) >= 2:
        game = words[-2]
        if game in SPORTS or game in GAMES:
            c.attr("sports" if game in SPORTS else "hobbies", game)
            if not _PRO.isdisjoint(words):
                c.attr("role", f"{game} player")
            return True
        return False
    pastime = pastime_of_agent(head)
    if pastime and len(words) <= 3 and _POOR.isdisjoint(words):
        c.attr("hobbies", pastime)
        return True
    return False


def identity_adjective(c: Sink, words: list[str]) -> bool:
    """ "I am (so) shy / pregnant / jewish": a character trait, a lasting condition or a faith."""
    if not words or len(words) > 3:
        return False
    first = words[0]
    if first in HEALTH_ADJ:
        c.attr("health", first)
    elif first in RELIGIONS and first != "jew":
        c.attr("religion", first)
    elif first in TRAITS:
        c.attr("personality", first)
    else:
        return False
    return True
