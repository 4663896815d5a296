"""Pastimes said without "i like"/"i play": by a fan of the doing ("avid gardener here", "i'm a keen baker"), by
what the doing is to the speaker ("knitting is my therapy", "running keeps me sane", "i keep busy with
woodworking"), by where the speaker is to be found ("i can usually be found fishing"), by a habit named in
passing ("back from my weekly dance class", "my daily 5k run"), by a list of hobbies ("i have other hobbies like
chess"), and abilities said as a gift or as taught ("i have a knack for fixing things", "i taught myself to sew").

Why these are pastimes, and what is not:

* A doer with a fan's adjective ("avid", "keen", "amateur", "huge") does it for love, even when the doer is a
  trade: "an avid gardener" gardens for fun, "a gardener" may be paid (a role, read elsewhere); "a bad cook"
  says what the speaker cannot do, so a poor adjective is no fan's.
* "X is my therapy/escape/obsession" and "X keeps me sane/busy" say X is what the speaker keeps doing, but only
  of a doing ("hiking", "yoga", a sport or a game): "my dog is my therapy", "coffee keeps me going" name no
  pastime (a pet, a drink: other families).
* A habit named in passing needs a word of habit ("daily", "weekly", "morning", "usual"): one occasion ("back from
  a run", "i went fishing yesterday") is an event, not a pastime; a chore ("my weekly shop", "my daily commute")
  is not a doing for fun, so only a known pastime head is read.
* An ability is read as "i can …" (``skills``, or ``instruments`` for "play the piano"), so "i taught myself to
  sew" says the same as "i can sew"; a wish ("i want the ability to fly") is not said by these frames.
"""

from __future__ import annotations

import re

from ._lexicon import ACTIVITIES, GAMES, INSTRUMENTS, SPORTS, words
from ._predicates import _activity_gerund, _items, noun_phrase
from ._identity import _POOR, pastime_of_agent

__all__ = ["ability_said", "habit_in_passing", "pastime_said"]

_FAN = (
    r"(?:avid|keen|passionate|enthusiastic|devoted|dedicated|serious|hardcore|obsessive|amateur|weekend|hobby|"
    r"big|huge|massive|die-hard|diehard|committed|lifelong|casual|recreational|self-taught|budding|aspiring)"
)
_FAN_DOER = re.compile(
    r"^(?:(?:i\s+am|i'm|im)\s+(?:(?:such|quite|really|definitely|kind\s+of|a\s+bit\s+of|also|still)\s+)*"
    r"(?:a|an)\s+(?:(?:really|very|pretty|total|real|bit\s+of\s+an?)\s+)?" + _FAN + r"\s+(?P<n>[a-z-]+)"
    r"|" + _FAN + r"\s+(?P<n2>[a-z-]+)\s+here)$",
    re.IGNORECASE,
)
"""A doer said with a fan's adjective: "i'm an avid gardener", "keen baker here", "i am a huge gamer"."""

_DOERS = {
    "fisherman": "fishing",
    "fisherwoman": "fishing",
    "angler": "fishing",
    "cyclist": "cycling",
    "cook": "cooking",
    "birder": "bird watching",
    "birdwatcher": "bird watching",
    "yogi": "yoga",
    "photographer": "photography",
    "gamer": "video games",
    "gardener": "gardening",
    "baker": "baking",
    "woodworker": "woodworking",
    "quilter": "quilting",
    "golfer": "golf",
    "potter": "pottery",
}
"""Doers whose pastime is not their stem and "-ing" ("a cyclist" cycles, "an angler" fishes)."""

_PASTIME_IS_MY = re.compile(
    r"^(?P<v>[a-z][\w' -]{1,40}?)\s+(?:is|are|'s|has\s+(?:always\s+)?been|will\s+always\s+be)\s+"
    r"(?:(?:really|truly|definitely|kind\s+of|basically|just|honestly|totally)\s+)*my\s+"
    r"(?:(?:only|one|biggest|big|true|main|new|latest|current|favou?rite|personal|own|go-to)\s+)*"
    r"(?:therapy|escape|outlet|obsession|addiction|infatuation|happy\s+place|sanity|stress\s+relief|release|"
    r"zen|getaway|sanctuary|guilty\s+pleasure|me\s+time|way\s+to\s+(?:relax|unwind|de-?stress))$",
    re.IGNORECASE,
)
"""What a doing is to the speaker: "knitting is my therapy", "running has always been my escape"."""

_KEEPS_ME = re.compile(
    r"^(?P<v>[a-z][\w' -]{1,40}?)\s+(?:really\s+|definitely\s+|always\s+|just\s+)?(?:keeps|kept)\s+me\s+"
    r"(?:(?:so|really|pretty|very)\s+)?(?:busy|sane|fit|active|young|going|grounded|happy|calm|healthy|"
    r"in\s+shape|out\s+of\s+trouble|centered|centred|balanced)\b.*$",
    re.IGNORECASE,
)
"""A doing said by what it does for the speaker: "gardening keeps me sane", "yoga keeps me in shape"."""

_KEEP_BUSY = re.compile(
    r"^(?:i|we)\s+(?:(?:try\s+to|like\s+to|usually|always|mostly)\s+)?(?:keep|stay)\s+(?:myself\s+|ourselves\s+)?"
    r"(?:busy|fit|active|sane|in\s+shape|young|healthy)\s+(?:by|with)\s+(?P<v>.+)$",
    re.IGNORECASE,
)
"""The doing the speaker keeps busy with: "i keep busy with woodworking", "i stay fit by swimming and yoga"."""

_FOUND_DOING = re.compile(
    r"^i\s+(?:can|could)\s+(?:(?:usually|always|often|mostly|normally|either)\s+)*be\s+found\s+(?:either\s+)?"
    r"(?P<v>[a-z]+ing\b.*)$",
    re.IGNORECASE,
)
"""Where the speaker is to be found, said by a doing: "i can usually be found baking" ("you'll find me fishing"
is taken for a question to the other speaker by the clause splitter, and never reaches here)."""

_EITHER = re.compile(
    r"^(?:i\s+am|i'm|im)\s+(?:(?:usually|always|mostly|normally|often)\s+)?either\s+(?P<v>[a-z]+ing\b.*)$",
    re.IGNORECASE,
)
"""Two doings the speaker is always at: "i'm usually either cooking or fishing"."""

_HOBBIES_LIKE = re.compile(
    r"^(?:i\s+(?:have|'ve\s+got|got)|my)\s+(?:(?:other|some|a\s+few|few|many|lots\s+of|a\s+lot\s+of|several|main|"
    r"favou?rite|own)\s+)*(?:hobbies|pastimes|interests)\s+(?:are\s+|include\s+)?(?:like|such\s+as|including|"
    r"include)\s+(?P<v>.+)$",
    re.IGNORECASE,
)
"""Hobbies listed by example: "i have other hobbies like chess", "my hobbies include sewing and baking"."""

_ABILITY = re.compile(
    r"^(?P<s>i|we)\s+(?:(?:also|really|actually|even)\s+)?(?:have|'ve\s+got|got)\s+"
    r"(?:(?:the|a|an|real|some|natural|great|special|good|big)\s+)*(?:ability|knack|talent|gift|flair)\s+"
    r"(?:(?P<to>to)|for)\s+(?P<v>.+)$"
    r"|^(?P<s2>i|we)\s+(?:(?:also|actually|even)\s+)?taught\s+(?:myself|ourselves)\s+(?:how\s+)?to\s+(?P<v2>.+)$",
    re.IGNORECASE,
)
"""An ability said as a gift or as self-taught: "i have a knack for fixing things", "i taught myself to sew"."""

_HABIT = re.compile(
    r"\bmy\s+(?:(?:usual|regular|normal)\s+)?(?P<f>daily|weekly|nightly|morning|evening|afternoon|sunday|saturday|"
    r"weekend|twice[\s-]weekly|lunchtime)\s+(?:(?:long|short|\d+(?:\.\d+)?\s*(?:-\s*)?(?:mile|k|km|mi|hour|minute)s?|"
    r"three|four|five|two|ten)\s+)*(?P<n>[a-z]+)(?:\s+(?P<c>ride|rides|class|classes|lessons?|sessions?|practice|"
    r"game|games|match|league|club|routine))?\b",
    re.IGNORECASE,
)
"""A pastime named as a habit in passing: "back from my weekly dance class", "my daily 3 mile walk"."""

_HABIT_NOUNS = {
    "run": "running",
    "walk": "walking",
    "swim": "swimming",
    "jog": "jogging",
    "hike": "hiking",
    "ride": "riding",
    "bike": "biking",
    "workout": "working out",
    "yoga": "yoga",
    "pilates": "pilates",
    "meditation": "meditation",
    "climb": "climbing",
    "surf": "surfing",
    "paddle": "paddling",
    "row": "rowing",
    "dance": "dancing",
    "gym": "working out",
    "bowling": "bowling",
}
"""Heads of a habit in passing and the pastime they name (a sport or a game names itself)."""

_NOT_HABIT_CLASS = words("gym")


def _doing(raw: str) -> str:
    """The pastime a noun phrase names when it is a doing ("hiking in spring", "yoga", "chess"), else ""."""
    value = noun_phrase(raw).lower()
    if not value or len(value.split()) > 4:
        return ""
    if _activity_gerund(value) or value in SPORTS or value in GAMES or value in ACTIVITIES.values():
        return value
    return value if value.split()[-1] in ("yoga", "pilates", "meditation", "games", "photography") else ""


def pastime_said(text: str) -> list[tuple[str, str]]:
    """(key, value) facts of a clause said in one of the whole-clause frames of the module docstring, or []."""
    low = text.lower()
    if low.startswith(("i", "keen", "avid", "amateur", "hobby", "weekend", "passionate", "huge", "big", "serious")):
        m = _FAN_DOER.match(text)
        if m:
            adj_free = low.split()
            noun = (m.group("n") or m.group("n2")).lower()
            pastime = _DOERS.get(noun) or pastime_of_agent(noun)
            return [("hobbies", pastime)] if pastime and _POOR.isdisjoint(adj_free) else []
    if " my " in f" {low} ":
        m = _PASTIME_IS_MY.match(text) if " is " in low or " are " in low or " been " in low or "'s " in low else None
        if m:
            value = _doing(m.group("v"))
            return [("hobbies", value)] if value else []
        m = _HOBBIES_LIKE.match(text) if low.startswith("my ") and " hobbies " in low else None
        if m:
            return _listed(m.group("v"))
    if " keep" in low or " kept " in low or " stay " in low:
        m = _KEEPS_ME.match(text)
        if m:
            value = _doing(m.group("v"))
            return [("hobbies", value)] if value else []
        m = _KEEP_BUSY.match(text)
        if m:
            return _listed(m.group("v"))
    if " be found " in low:
        m = _FOUND_DOING.match(text)
        if m:
            return _listed(m.group("v"))
    if " either " in low:
        m = _EITHER.match(text)
        if m:
            return _listed(m.group("v"))
    if " hobbies " in low or " pastimes " in low or " interests " in low:
        m = _HOBBIES_LIKE.match(text)
        if m:
            return _listed(m.group("v"))
    return []


def _listed(raw: str) -> list[tuple[str, str]]:
    """Each doing of a list ("cooking or fishing", "sewing and baking", "woodworking": the frame says it is a
    doing, so any gerund is one); anything else in it ("outside", "my kids") says no pastime."""
    out = []
    for item in _items(raw):
        value = _doing(item) or (noun_phrase(item).lower() if _GERUND.match(item.strip()) else "")
        if value and len(value.split()) <= 4:
            out.append(("hobbies", value))
    return out


_GERUND = re.compile(r"^(?!(?:thing|something|nothing|anything|everything|morning|evening|during)\b)[a-z]{3,}ing\b")


def ability_said(text: str) -> str:
    """The clause said as "i can …" when it says an ability in one of the frames above, else the clause itself."""
    if " taught " not in text.lower() and " knack " not in text.lower() and not _GIFT_WORD.search(text):
        return text
    m = _ABILITY.match(text)
    if m is None:
        return text
    subject = m.group("s") or m.group("s2")
    said = (m.group("v") or m.group("v2")).strip()
    if m.group("v2") or m.group("to"):
        return f"{subject} can {said}"  # "i taught myself to sew", "i have the ability to stop time"
    return f"{subject} am good at {said}"  # "i have a knack for fixing things"


_GIFT_WORD = re.compile(r"\b(?:ability|talent|gift|flair)\s+(?:to|for)\b", re.IGNORECASE)


def habit_in_passing(text: str) -> list[tuple[str, str]]:
    """Pastimes named as the speaker's habit anywhere in a clause ("just back from my weekly dance class")."""
    out = []
    for m in _HABIT.finditer(text):
        noun = m.group("n").lower()
        what = noun + (" " + m.group("c").lower() if m.group("c") else "")
        if noun in INSTRUMENTS and m.group("c"):
            out.append(("instruments", noun))  # "my weekly piano lessons"
        elif noun in _HABIT_NOUNS and not (m.group("c") and noun in _NOT_HABIT_CLASS):
            out.append(("hobbies", "biking" if what.startswith("bike ride") else _HABIT_NOUNS[noun]))
        elif noun in SPORTS or noun in GAMES:
            out.append(("hobbies", noun))  # "my sunday golf game", "my weekly poker night"
    return out
