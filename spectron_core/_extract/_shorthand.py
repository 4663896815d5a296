"""Chat shorthand spelled out before a sentence is read: "@" and "w/" between words, "rn" for "right now", "n" for
"and", a dropped "g" ("livin"), "gf" and "bf", a favourite said without "my" or given after a colon or an equals
sign, and emoji and the particles chat ends a sentence with ("tbh", "obvs") taken out.

People type to an assistant the way they type in a group chat or a bio: "senior sre @ cloudflare", "cabin crew w/
easyjet now", "top album rn: in rainbows", "go-to takeaway = nandos", "fave colour's mustard now". The readers after
this one know "at", "with", "right now" and "my top album is …"; spelling the shorthand out once here lets every one of them read it, rather
than each learning the symbols. An emoji states nothing a reader here can use ("first shift as a firefighter done
🔥", "got a gf now 🥰") and would otherwise end up inside a value or stop a pattern at the clause's end, so each
one becomes a space; one that laughs ("😂", "🤣") becomes "lol", the mark of a joke readers already know.

What is left alone, on purpose:

- "@" glued to a word ("follow @cloudflare", "bob@example.com") is a handle or an address, not "at";
- "rn" after an article or "registered" ("i'm an rn at st thomas") is a registered nurse;
- a colon or an equals sign after anything but a favourite's words ("number one rule: never trust a printer" is
  no favourite: a rule is not a kind one has a favourite of) and a clock time ("8:15") stay as they are.
"""

from __future__ import annotations

import re
import unicodedata

from ._predicates import FAV_KINDS, singular
from ._subject_first import _KINDS as _CHOICE_KINDS

__all__ = ["spelled_out"]

_AT = re.compile(r"(?<=\w)\s+@\s+(?=[A-Za-z])")
_WITH = re.compile(r"\bw/(?!o\b)\s*(?=\w)", re.IGNORECASE)
_WITHOUT = re.compile(r"\bw/o\b\s*", re.IGNORECASE)
_RIGHT_NOW = re.compile(r"(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)(?<!\bregistered\s)\brn\b(?!\s+(?:at|in|for|on)\b)")
_FAVOURITE_SAID = re.compile(
    r"^(?P<my>(?:my|our)\s+)?(?P<k>(?:(?:all[\s-]time|current|new|personal)\s+)*(?:fav\w*|favou?rite|top|number\s+one|"
    r"numero\s+uno|no\.?\s*1|\#1|go[\s-]?to|(?<=time\s)best)\s+(?!(?:of|about|in|on|at|to|for\s+you)\b)"
    r"[a-z][\w-]*(?:\s+(?!(?:is|are|was|of|about)\b)[\w#-]+){0,4}?(?:\s+of\s+all\s+time)?)"
    r"(?:\s*(?::|=|\s-\s|→|->)\s*|\s+(?:is|are)\s+|['’]s\s+)(?=\S)(?!\d+\s*(?:am|pm)\b)",
    re.IGNORECASE,
)
_HEDGE_TAIL = re.compile(
    r"\s+(?:imo|imho|tbh|ngl|for\s+me|rn|atm|right\s+now|now|these\s+days|forever|always|by\s+far|of\s+all\s+time|ever)$",
    re.IGNORECASE,
)
_AND = re.compile(r"(?<=[a-z])\s+n\s+(?=[a-z])", re.IGNORECASE)
"""A lone "n" between words is "and": "born n raised", "fish n chips", "me n my wife"."""
_DROPPED_G = re.compile(
    r"\b(?P<w>liv|work|do|go|gett|hav|mak|tak|look|think|feel|play|runn|cook|watch|read|learn|start|mov|try|stay|"
    r"teach|study|train|driv|rent)in\b(?!['’])",
    re.IGNORECASE,
)
"""A gerund with its "g" dropped ("livin in brum now", "workin at tesco"): the common verbs only, so "robin" or "cabin"
stay as they are."""
_PLANT_BASED = re.compile(r"\bplant\s+based\b", re.IGNORECASE)
_FAV_WORD = re.compile(r"^(?:(?:my|our|all[\s-]time|current|new|personal)\s+)*(?:fav|fave|favou?rite)\b", re.IGNORECASE)
"""A favourite said with "favourite"/"fave" names its kind, whatever it is ("favourite crisps: monster munch");
"top", "number one" or "go-to" is a favourite only of a kind one has one of ("number one rule: …" is none)."""
_CHAT_TAIL = re.compile(r"(?:\s+(?:obviously|obvs|tbh|ngl|smh|imo|imho|fr|frfr))+(?=\s*[.!?]*\s*$)", re.IGNORECASE)
"""Particles chat ends a sentence with that say nothing of the fact ("spurs obviously", "momos tbh")."""


_PARTNER_SHORT = re.compile(r"\b(?:(?P<g>gf)|(?P<b>bf))\b", re.IGNORECASE)
"""A partner in chat's short form ("got a gf now", "my bf's a chef"); "bff" is a best friend and stays."""


_JOINERS = {"\u200d", "\ufe0f", "\ufe0e", "\u20e3"}
"""The zero-width joiner, the emoji and text variation selectors and the keycap mark: parts of an emoji."""


_LAUGHS = frozenset("😂🤣😆😅😜😝🙃😹💀")
"""Emoji that laugh or joke: kept as "lol", which readers take as a joke's mark ("head of snacks as of today 😂")."""


def _without_emoji(text: str) -> str:
    if text.isascii():
        return text
    if not _LAUGHS.isdisjoint(text):
        text = "".join(" lol " if ch in _LAUGHS else ch for ch in text)
    out = [
        " " if unicodedata.category(ch) == "So" or ch in _JOINERS or 0x1F3FB <= ord(ch) <= 0x1F3FF else ch
        for ch in text
    ]
    joined = "".join(out)
    return " ".join(joined.split()) if joined != text else text


def spelled_out(text: str) -> str:
    """The sentence with chat shorthand spelled out (see the module docstring); most sentences have none."""
    text = _without_emoji(text)
    if " " in text:
        text = _CHAT_TAIL.sub("", text)
    if "@" in text:
        text = _AT.sub(" at ", text)
    if "w/" in text.lower():
        text = _WITHOUT.sub("without ", _WITH.sub("with ", text))
    if "rn" in text:
        text = _RIGHT_NOW.sub("right now", text)
    if " n " in text.lower():
        text = _AND.sub(" and ", text)
    if "in " in text.lower() or text.lower().endswith("in"):
        text = _DROPPED_G.sub(lambda m: m.group("w") + "ing", text)
    if "plant" in text.lower():
        text = _PLANT_BASED.sub("plant-based", text)
    if "gf" in text.lower() or "bf" in text.lower():
        text = _PARTNER_SHORT.sub(lambda m: "girlfriend" if m.group("g") else "boyfriend", text)
    m = _FAVOURITE_SAID.match(text)
    key = m.group("k") if m else ""
    while _HEDGE_TAIL.search(key):
        key = _HEDGE_TAIL.sub("", key)  # "top film for me now: …": the kind, without the hedge
    kind = singular(key.split()[-1].lower()) if key else ""
    if m and (_FAV_WORD.match(key) or kind in FAV_KINDS or kind in _CHOICE_KINDS):
        # "top album: x", "go-to food these days is ramen", "fave colour's mustard now": "my top album is x"
        text = f"{m.group('my') or 'my '}{key} is {text[m.end() :]}"
    return text
