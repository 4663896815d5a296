"""Where the speaker lives, said in ways the verb "live" alone does not carry.

- The place as the subject: "ohio is home now", "denver has been my home for ten years", "i call boston home". A
  bare "X is home" is read only of a known place or a kind of place ("my dad is home" is a person in the house);
  "X is my home" and "call X home" take any short name that is no state of mind or way of life ("music is my
  home"). "X was home" is the past and "ohio is home to many farms" says what the place holds: neither is read.
- Where the speaker is, said with a kind of place: "i'm in the city now", "i am in a small town" (as "i am in
  ohio" already was); "i am in the city today" is a visit and says nothing.
- Living out of a vehicle: "we live out of a van" → ``home`` "van" (a kind of dwelling is a ``home`` value).
- A move said in other words: "we finally settled in austin"; "moved back to my hometown of dayton" names where
  the speaker lives now and where they are from, so both keys; "moved back to my hometown" without the name says
  neither value (``home`` "hometown" would replace a real place with a word).
- "… and live there now": "there" is the place the clause before named, in the same sentence ("we bought a house
  in denver and live there now"). A house bought is not by itself a home (it may be an investment, a decision
  recorded at ``_NEW_DWELLING``); living there is.
- "… and never left": the place the clause before named is home too ("born and raised in ohio and have never
  left"), as "i have never left ohio" is.
- A dwelling or a kind of place with a relative clause about the speaker: "it's a small house i live in", "the
  town we live in is tiny" (not "the house i used to live in", "the town you live in").
- "my home is …" names a home only when what follows is a place: "my home is ohio", "my house is a farm" (not "my
  home is cozy", "my house is a mess", "my home is filled with books").
- A dwelling's size is no part of its name: "a three-story house", "a 2 bedroom apartment" → "house",
  "apartment" (a number before "story" would otherwise be dropped as a quantity and leave "story house").
- Being held somewhere for a stretch is where one lives for now: "i'm in jail right now", "we are currently in a
  juvenile detention center", "stuck here in juvie" → ``home`` "jail", "juvenile detention center" (``homes_said``).
  Only the present: "i was in prison for years" is the past (and says nothing of where one lives now), "my brother
  is in jail" is another person, "i work at a prison" is a workplace (``_work``), "i'll be released soon" names
  no place. A detention centre said with juveniles, minors or "juvie" is one value, "juvenile detention center".
- A known place named with "where i live" after it: "you should come to oregon where i live", "it rains a lot in
  wales, where we live" (not "where i used to live", "where my mom lives", "where do you live"). Only a known place
  or a capitalised name: "the house where i live" is read by ``LIVED_IN_RELATIVE``'s kind of reading elsewhere, and
  "we farm where i live" names no place.
- A home just moved into, said by its kind: "still unpacking in my new apartment", "our new house is tiny" →
  ``home`` "apartment", "house" (as "we got an apartment" already is); not one to come ("when i get my new
  apartment", "i'll move into my new house"), nor a thing for the home ("my new house plants"). A house just
  bought stays no home by itself (see above).
- "moved here from germany" says where the speaker came from, not where they are from: it closes ``home``
  "germany" (as "we moved over from peru" does, in ``_predicates``) and gives no ``hometown`` (one may have lived
  in a place without being from it).

This module holds only patterns and string helpers; the verb handlers in ``_predicates`` and the clause reader
call them, so it depends on neither.
"""

from __future__ import annotations

import re

from .._entities import entity_ref
from ._lexicon import ACTIVITIES, KIN, MUSIC_GENRES, PETS, PLACES, SPORTS, VEHICLES, words
from ._regex import _match
from ._types import Extraction

__all__ = [
    "DWELLING_SIZE",
    "IN_A_KIND_OF_PLACE",
    "LIVED_IN_RELATIVE",
    "NEVER_LEFT_BARE",
    "SETTLED_IN",
    "STATE_OF",
    "home_named_first",
    "home_said_as",
    "homes_said",
    "lived_out_of",
    "place_before_there",
    "state_named",
    "states_spelled_out",
    "to_my_hometown",
]

PLACE_KINDS = words("""city town village country countryside suburbs suburb burbs mountains woods hills valley
    coast island farm ranch neighborhood neighbourhood area state province region capital outskirts cloud clouds""")
"""Kinds of place one can live in and say so without naming it ("the city is home", "i'm in a small town"; a fantasy
home is said as one too: "my home is the cloud")."""

_NOT_HOME = words("""music love family heart church work job stage road gym office school library body mind art
    god faith sea ocean internet kitchen garden studio bed couch hell heaven peace books book""")
"""What "is my home" said of is no place one lives ("music is my home", "the stage is my home")."""

_NOT_A_PLACE = frozenset(MUSIC_GENRES) | frozenset(SPORTS) | frozenset(ACTIVITIES) | frozenset(KIN) | frozenset(PETS)
"""Kinds of thing the lexicon knows that are no place ("jazz is my home", "my mom is home")."""

_STOP = words("""i we you me my your our us he she they them his her their it its there here this that these those
    what who which where home everything anything nothing something mine yours""")

_NAMED_FIRST = re.compile(
    r"^(?P<v>(?:(?:the|this|that|our|my)\s+)?(?:(?:little|small|big|great|old|lovely|beautiful|sunny|rainy)\s+)?"
    r"[a-z][\w.'-]*(?:\s+[a-z][\w.'-]*){0,2}?)\s+"
    r"(?:is|has\s+been|'s|became|has\s+become|feels\s+like)\s+(?:now\s+|finally\s+|really\s+|definitely\s+|always\s+)?"
    r"(?P<my>(?:my|our)\s+(?:new\s+|current\s+|permanent\s+|forever\s+)?)?home"
    r"(?P<tail>(?:\s+(?:now|for\s+(?:me|us)|these\s+days|sweet\s+home|for\s+(?:\w+\s+){0,2}(?:years?|months?|decades?)"
    r"|since\s+\w+(?:\s+\w+)?))*)$",
    re.IGNORECASE,
)
_CALL_HOME = re.compile(
    r"^(?:i|we)\s+(?:now\s+|proudly\s+|happily\s+|still\s+)?call\s+(?P<v>(?:(?:the|this|that)\s+)?"
    r"(?:(?:little|small|big|great|old)\s+)?[a-z][\w.'-]*(?:\s+[a-z][\w.'-]*){0,2}?)\s+home"
    r"(?:\s+(?:now|these\s+days|for\s+(?:\w+\s+){0,2}(?:years?|months?|decades?)))?$",
    re.IGNORECASE,
)


def home_named_first(text: str) -> str | None:
    """The place in "ohio is home", "denver has been my home for years", "we call this little town home", or None."""
    low = text.lower()
    if "home" not in low:
        return None
    called = _CALL_HOME.match(text) if " call " in low else None
    m = called or _NAMED_FIRST.match(text)
    if m is None:
        return None
    value = m.group("v")
    said = value.lower().split()
    if said[0] in ("this", "that", "the") and len(said) > 1:
        said = said[1:]  # "this little town"
    if said[0] in ("my", "our") and said[-1] not in PLACE_KINDS:
        return None  # "my dad is home", "our cat has been home all day"
    if said[0] in _STOP or said[-1] in _STOP or said[-1] in _NOT_HOME or said[-1] in _NOT_A_PLACE:
        return None
    known = said[-1] in PLACES or said[-1] in PLACE_KINDS or value[:1].isupper()
    if not (known or called or m.group("my") or "for" in (m.group("tail") or "")):
        return None  # "dave is home": a person in the house, unless the name is a known place
    return value


IN_A_KIND_OF_PLACE = re.compile(
    r"^(?:(?:now|currently|living)\s+)?in\s+(?P<place>(?:the|a|an)\s+(?:(?:small|little|big|tiny|quiet|busy|rural|"
    r"sleepy|farming|college|beach|coastal|mountain)\s+)?(?:city|town|village|countryside|suburbs|burbs|country)|"
    r"the\s+(?:united\s+(?:states|kingdom)|states)|"
    r"(?:a|an)\s+(?:(?:small|little|big|tiny|new|nice|cramped|cozy|cosy|cheap|studio|shared|rented|one[\s-]bedroom|"
    r"two[\s-]bedroom|\d[\s-]bedroom|basement)\s+){0,2}(?:apartment|flat|condo|trailer|studio|dorm|townhouse|"
    r"mobile\s+home|bungalow|duplex|cabin|cottage))"
    r"(?:\s+(?:now|these\s+days|right\s+now|too|as\s+well))?$",
    re.IGNORECASE,
)
"""Where the speaker is, by the kind of place: "(i'm) in the city now", "(i am) in a small town"; or in a country
said with "the" ("i am in the united states too"), which the capitalised-name reading misses in chat; or by the
kind of dwelling, said with "a" ("i'm in a small apartment", "in a studio flat now": "in the house" is where one is
this minute)."""


def lived_out_of(rest: str) -> str | None:
    """The vehicle in "(we live) out of a van", "(i'm living) out of my car", or None ("out of a suitcase": a way of
    travelling, no dwelling)."""
    m = _match(
        r"^out\s+of\s+(?:a|an|my|our|the)\s+(?:(?:old|little|tiny|beat[\s-]up|converted|used|small|big)\s+)?"
        r"(?P<v>[a-z]+)(?:\s+(?:now|full[\s-]time|these\s+days))?$",
        rest.strip(),
        re.IGNORECASE,
    )
    if m is None:
        return None
    v = m.group("v").lower()
    return v if v in VEHICLES or v in ("van", "rv", "camper", "motorhome", "caravan", "tent", "trailer") else None


SETTLED_IN = re.compile(
    r"^(?:down\s+)?(?:here\s+)?in(?:to)?\s+(?!(?:for|front|nicely|well|fine|ok|okay|just|quickly|now|the\s+couch|"
    r"bed|my|our|your|a\s+(?:chair|seat|routine)|the\s+(?:new\s+)?(?:job|role|routine|house|apartment))\b)"
    r"(?P<v>[a-z].+)$",
    re.IGNORECASE,
)
"""A move said as settling: "settled in austin", "settled down in a small town" (not "settled in for the night",
"settled in nicely", "settled into my new job": the place, not the settling)."""


_HOMETOWN = re.compile(
    r"^to\s+(?:my|our)\s+(?:home\s*town|home\s+state|birthplace|native\s+\w+)(?:\s+of|\s*,)?\s+(?P<v>[a-z].*)$",
    re.IGNORECASE,
)


def to_my_hometown(rest: str) -> str | None:
    """Where "(moved back) to my hometown of dayton" goes: the place, "" when unnamed ("to my hometown"), None
    when the move is not to a hometown."""
    r = rest.strip()
    if not _match(r"^to\s+(?:my|our)\s+(?:home\s*town|home\s+state|birthplace)\b", r, re.IGNORECASE):
        return None
    m = _HOMETOWN.match(r)
    return m.group("v") if m else ""


_THERE_PLACE = re.compile(
    r"\b(?:in|to|on)\s+(?P<v>(?:the\s+)?[a-z][\w.'-]*(?:\s+(?!(?:and|but|so|now|where|we|i|in|on|to|at|of|for)\b)[a-z][\w.'-]*){0,2})"
    r"(?=[^,;]*?(?:,\s*|\s+)(?:and|so|where)\b[^,;]*$)",
    re.IGNORECASE,
)


def place_before_there(before: str) -> str | None:
    """The place a clause before "(and) live there" named in the same sentence: "we bought a house in denver and
    live there now" → "denver"; None when none was named."""
    found = None
    for m in _THERE_PLACE.finditer(before):
        found = m
    if found is None:
        return None
    v = found.group("v")
    return None if v.lower().split()[-1] in _STOP else v


DWELLING_SIZE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]*(?:story|storey|stories|storeys|bedroom|"
    r"bed|room|level|floor|bathroom|bath)\s+(?=[a-z])",
    re.IGNORECASE,
)
"""A dwelling's size said before it ("a three-story house", "a 2 bedroom apartment"): no part of its name."""


DWELLINGS = words("""house home apartment flat condo cabin cottage trailer farm ranch farmhouse bungalow duplex
    townhouse mansion studio loft dorm shack hut caravan houseboat boat van""")
"""What one lives in, said by its kind."""

LIVED_IN_RELATIVE = re.compile(
    r"\b(?:the|a|an|this|our|my)\s+(?P<v>(?:(?!(?:the|a|an|my|our|in|on|at|of)\b)[a-z][\w'-]*\s+){0,2}?"
    r"(?:" + "|".join(sorted(DWELLINGS | PLACE_KINDS)) + r"))\s+(?:that\s+|which\s+)?(?:i|we)\s+"
    r"(?:now\s+|currently\s+|still\s+)?live\s+(?:in|on|at)\b",
    re.IGNORECASE,
)
"""A dwelling or a kind of place with a relative clause about the speaker: "a small house i live in"."""


_HOME_AS = re.compile(
    r"^(?:(?:now|still|currently)\s+)?(?P<v>(?:(?:an?|the|my|our)\s+)(?:[a-z][\w'-]*\s+){0,2}?(?P<h>[a-z][\w'-]*)|"
    r"[A-Za-z][\w.'-]*(?:\s+[A-Za-z][\w.'-]*){0,2})(?:\s+(?:now|these\s+days))?$",
    re.IGNORECASE,
)


def home_said_as(value: str) -> str | None:
    """The home in "my home is …" when it is a place: a kind of dwelling or place with its article ("a farm"), a known
    place or a proper name ("ohio", "Denver"); None for a description ("cozy", "a mess", "filled with books")."""
    m = _HOME_AS.match(value.strip())
    if m is None:
        return None
    if m.group("h"):
        return m.group("v") if m.group("h").lower() in DWELLINGS or m.group("h").lower() in PLACE_KINDS else None
    said = m.group("v").lower().split()
    return m.group("v") if said[-1] in PLACES or m.group("v")[:1].isupper() else None


STATE_OF = re.compile(
    r"^(?:the\s+)?(?:(?:great|sunny|beautiful|lovely|wonderful|lone\s+star)\s+)?state\s+of\s+(?=[a-z])", re.IGNORECASE
)
"""A state said with its title ("the sunny state of florida"): the state is named after it."""


NEVER_LEFT_BARE = re.compile(
    r"^(?:have\s+|has\s+)?never\s+(?:left|moved(?:\s+away)?)(?:\s+(?:it|there|since|home|the\s+(?:state|area|place|town)))?$",
    re.IGNORECASE,
)
"""A place never left, said without naming it again: "(born and raised in ohio and) never left"."""


_CUSTODY = re.compile(
    r"^(?:(?:i\s+am|i'm|im|we\s+are|we're)\s+|(?:just\s+)?(?:stuck|sitting|locked\s+up)\s+)"
    r"(?:(?:currently|still|now|stuck|sitting|locked\s+up|here)\s+)*(?:in|at|inside)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:(?:state|federal|county|local)\s+)?(?P<v>prison|jail|juvie|penitentiary|juvenile\s+hall|"
    r"(?P<j>juvenile\s+)?detention(?:\s+(?:center|centre|facility|hall))?)"
    r"(?:\s+for\s+(?P<m>juveniles|minors|youths?|kids|teens|(?:juvenile\s+)?delinquents))?"
    r"(?:\s+(?:in|near|outside)\s+[a-z]+(?:\s+[a-z]+)?)?"
    r"(?:\s+(?:right\s+now|now|currently|at\s+the\s+moment|these\s+days|for\s+(?:\w+\s*){1,4}))?$",
    re.IGNORECASE,
)
"""Held somewhere now: "i'm in jail right now", "we are currently in a juvenile detention center", "stuck here in
juvie" (present only: "was" never reaches it)."""

_WHERE_I_LIVE = re.compile(
    r"\b(?:in|to|visit|from|of)\s+(?P<v>[a-z][\w.'-]*(?:\s+[a-z][\w.'-]*)?)\s*,?\s+where\s+(?:i|we)\s+"
    r"(?:now\s+|currently\s+|still\s+)?live\b(?!\s*\?)",
    re.IGNORECASE,
)
"""A place named with "where i live" after it: "come to oregon where i live"."""

HOME_IS_AT = (
    r"(?P<p>in|on|near|outside(?:\s+of)?|close\s+to|next\s+to)\s+(?!(?:an?\s+|the\s+)?(?:mess|state|shambles|chaos|"
    r"trouble|order|shape|progress|need|good|bad|great|ruins|fire|disarray)\b)"
)
"""Where a home "is": "in michigan", "near the park" (not "in a mess": a state, not a place)."""
_PLACE_SAID_AFTER = re.compile(r"\s+(?:is|are)\s+" + HOME_IS_AT + r"\w", re.IGNORECASE)

_MY_NEW_DWELLING = re.compile(
    r"\b(?:my|our)\s+(?:brand\s+)?new\s+(?P<v>apartment|house|flat|condo|townhouse|cabin|cottage)"
    r"(?=\s*$|\s*[,.!]|\s+(?:is|was|has|feels|looks|with|and|so|but|today|tonight|tomorrow|now|yet|last|this|next|lol|haha|"
    r"already|too)\b)",
    re.IGNORECASE,
)
_NOT_YET = re.compile(
    r"\b(?:will|'ll|going\s+to|gonna|want|wants|hope|wish|when|if|once|plan|planning|can't|cannot|cant|until|"
    r"would|could|might|may|should|about\s+to|soon)\b",
    re.IGNORECASE,
)
"""What makes a new dwelling one still to come ("when i get my new apartment", "i'll move into my new house")."""
_MOVED_INTO = re.compile(r"\bmov(?:e|ed|ing)\s+(?:in|into|to)\b", re.IGNORECASE)
"""A move to the new dwelling is the verb's to read ("we moved into our new house")."""


def homes_said(text: str) -> list[str]:
    """``home`` values of a speaker's clause said in the last three ways of the module docstring: held somewhere
    now, a known place with "where i live", a new dwelling of one's own; [] for most clauses (cheap word checks
    first)."""
    low = text.lower()
    found: list[str] = []
    if "jail" in low or "prison" in low or "detention" in low or "juvie" in low or "penitentiary" in low:
        m = _CUSTODY.match(text.strip(" .!"))
        if m:
            v = " ".join(m.group("v").lower().split())
            juvenile = m.group("j") or m.group("m") or v == "juvie"
            if juvenile or v == "juvenile hall":
                v = "juvenile detention center"  # "a detention center for minors", "juvie"
            elif v.startswith("detention"):
                v = "detention center"
            found.append(v)
    if "where i live" in low or "where we live" in low:
        m = _WHERE_I_LIVE.search(text)
        if m:
            v = m.group("v")
            said = v.lower().split()
            if said[0] == "the" and len(said) > 1:
                said = said[1:]
            if said[-1] in PLACES or (v[:1].isupper() and said[-1] not in _STOP):
                found.append(v)
    if " new " in low:
        m = _MY_NEW_DWELLING.search(text)
        if (
            m
            and not _NOT_YET.search(text[: m.start()])
            and not _MOVED_INTO.search(text[: m.start()])
            and not _PLACE_SAID_AFTER.match(text, m.end())  # ("my new flat is in leeds": leeds is the home)
        ):
            found.append(m.group("v").lower())
    return found


_STATE_CODES = {
    "al": "alabama", "ak": "alaska", "az": "arizona", "ar": "arkansas", "ca": "california", "co": "colorado",
    "ct": "connecticut", "fl": "florida", "ga": "georgia", "ia": "iowa", "il": "illinois", "ks": "kansas",
    "ky": "kentucky", "ma": "massachusetts", "md": "maryland", "mi": "michigan", "mn": "minnesota",
    "mo": "missouri", "ms": "mississippi", "mt": "montana", "nc": "north carolina", "nd": "north dakota",
    "ne": "nebraska", "nh": "new hampshire", "nj": "new jersey", "nm": "new mexico", "nv": "nevada",
    "ny": "new york", "pa": "pennsylvania", "ri": "rhode island", "sc": "south carolina", "sd": "south dakota",
    "tn": "tennessee", "tx": "texas", "ut": "utah", "va": "virginia", "vt": "vermont", "wa": "washington",
    "wi": "wisconsin", "wv": "west virginia", "wy": "wyoming",
}  # fmt: skip
"""US state postal codes as chat types them for a home ("we live in pa"). Left out: the codes that are common words
or another place first ("la" is Los Angeles, "me", "in", "hi", "oh", "ok", "or", "id", "de")."""

_PLACE_KEYS = ("home", "hometown")


def state_named(value: str) -> str:
    """The state a place value names by its postal code ("pa" → "pennsylvania", "NJ" → "New Jersey"), else the
    value as it is. A code is one value with the name it stands for, so "i live in pa" and "i live in
    Pennsylvania" are one home, and a question that names the state finds it."""
    name = _STATE_CODES.get(value.strip(" .").lower()) if len(value.strip(" .")) == 2 else None
    if name is None:
        return value
    return name.title() if value[:1].isupper() else name


def states_spelled_out(out: Extraction, start: int, relations_from: int) -> None:
    """Spell out, in place, a state code said as a home or hometown in the attributes from ``start`` on, and in the
    ``lives_in`` relations (``home``'s mirror) from ``relations_from`` on, so the two name one place."""
    for i in range(start, len(out.attributes)):
        a = out.attributes[i]
        if len(a.value) <= 3 and a.key in _PLACE_KEYS:
            named = state_named(a.value)
            if named != a.value:
                out.attributes[i] = a.model_copy(update={"value": named})
    for i in range(relations_from, len(out.relations)):
        r = out.relations[i]
        kind, _, name = r.object.partition("/")
        if r.label == "lives_in" and kind == "Place" and len(name) == 2:
            named = state_named(name)
            if named != name:
                out.relations[i] = r.model_copy(update={"object": entity_ref("Place", named)})
