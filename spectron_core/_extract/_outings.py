"""Places the speaker habitually goes to and drinks they habitually have, said in passing rather than as "i go to
…" or "i drink …" (those are read by the verbs, ``_predicates``; "i attend church", "we spend summers at the lake"
and "i live on coffee" by ``_tastes``).

* A place of routine just left: "just got back from the gym", "got home from church". Nobody goes to the gym or
  to church once, so the return says the habit: ``likes`` (as "i go to the gym" is). Any other place left ("just
  got back from the park", "i had a wonderful afternoon in the park") is one outing, an ``event`` read elsewhere,
  not a taste.
* A place the speaker is said to be at by habit: "i'm always at the playground", "i am in the gym regularly",
  "you can find me at the library": ``likes``. Without the habit ("i am at the park", "i'm at the gym right now")
  it is where they are today, and nothing is written.
* A family the speaker belongs to going somewhere on a schedule: "my family goes to the lake every summer" says
  the speaker goes (``likes``); "my parents go to church every week" does not include them and says nothing.
* A doing's lessons, practice or class just left, headed to or had ("just got back from dance lessons", "about to
  go to basketball practice", "i have karate class tonight"): nobody takes one lesson or practises once, so this
  says the pastime (``hobbies``; ``instruments`` for "piano lessons"), as "my weekly dance class" does. Only a
  doing is read ("math class", "driving lessons" name none), and only the speaker's ("my son's soccer practice",
  "i took my daughter to dance class" are someone else's).
* A drink being had, said as a bare gerund or with "just": "just sipping tea", "doing ok, drinking some coffee",
  "just chugged a ton of coffee": ``drinks`` (many-valued: what they drink, as "i'm drinking coffee" is read).
  A drink named as a routine of the speaker's ("my morning coffee", "my evening glass of wine"), as what they
  cope, relax or unwind with ("i tend to cope with tea"), or had alongside another doing ("i read while drinking
  tea", "i love to read when i drink my fancy tea") is the same. Only drinks count (``DRINKS``): "relaxing with a
  book" is no drink.
* A drink avoided ("i do not drink soda") is the ``drinks`` value negated, read by the verb, as a food avoided is
  a negated ``food_preference``; nothing here.

The clause must be the speaker's own: it opens with "i"/"we", "just" or the gerund itself (a subjectless chat
clause), so "my dad just got back from church", "he is always at the gym" and "do you drink tea while you read?"
(another person, a question's "you") say nothing.
"""

from __future__ import annotations

import re

from ._clauses import strip_lead
from ._lexicon import ACTIVITIES, DRINKS, INSTRUMENTS, SPORTS, words
from ._predicates import noun_phrase
from ._regex import _sub
from ._rule_patterns import _CUE_TAIL

__all__ = ["outings_of"]

_ROUTINE_PLACES = words("gym church mass temple synagogue mosque chapel")
"""Places gone to by routine: being back from one says the habit."""

_OUTING_PLACES = _ROUTINE_PLACES | words(
    """park parks playground beach lake pool library mall zoo museum theater theatre cinema movies bar pub cafe
    coffee shop diner club rink track field court range woods mountains river ocean shore lakehouse cabin barn
    stables arcade casino bowling alley studio garden gardens"""
)
"""Places people go to for leisure or routine (a closed class; home, work and school are where one has to be)."""

_BACK_FROM = re.compile(
    r"^(?:(?:i|we)\s+)?(?:(?:i\s+am|i'm|im)\s+(?:good|well|fine|ok|okay|great|tired|beat|exhausted|sore)\s+)?"
    r"(?:(?:just|finally|only)\s+)?(?:got|came|get|come|am|'m|m|is)?\s*(?:back|home|in)\s+from\s+"
    r"(?:(?:the|my|our|local|morning|evening|sunday)\s+)*(?P<x>[a-z]+)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
"""Back from a place: "just got back from the gym", "got home from church", "back from mass"."""

_LESSONS = re.compile(
    r"^(?:.*?\b(?:after|before)\s+(?=my\s)|(?:(?:i|we)\s+(?:am\s+|'m\s+|m\s+|are\s+|'re\s+)?)?(?:(?:just|about\s+to|getting\s+ready\s+to|finally|also|still|"
    r"usually|always|now|off\s+to|gonna|going\s+to)\s+)*"
    r"(?:(?:got|get|getting|came|come|coming|back|home)\s+(?:(?:back|home)\s+)?from|back\s+from|home\s+from|"
    r"(?:go|going|head|heading|headed|off|running\s+late|late)\s+(?:to|for)|on\s+(?:my|our)\s+way\s+to|"
    r"(?:leaving|left|finished|finishing|done\s+with|skipped|skipping)|have|had|take|attend|got)\s+)"
    r"(?:(?:my|our|a|the|some)\s+)?(?:(?:weekly|daily|morning|evening|first|last|usual|regular|new)\s+)?"
    r"(?P<x>[a-z]+(?:\s+[a-z]+)?)\s+(?P<c>lessons?|practice|class|classes|rehearsal|training|recital)\b",
    re.IGNORECASE,
)
"""A doing's lessons, practice or class: "just got back from dance lessons", "heading to soccer practice"."""
_LESSON_DOINGS = {
    "dance": "dancing",
    "salsa": "salsa dancing",
    "ballet": "ballet",
    "swim": "swimming",
    "swimming": "swimming",
    "choir": "singing",
    "singing": "singing",
    "voice": "singing",
    "yoga": "yoga",
    "karate": "karate",
    "cooking": "cooking",
    "art": "",
    "math": "",
    "driving": "",
}

_ALWAYS_AT = re.compile(
    r"^(?:(?:i\s+am|i'm|im|we\s+are|we're)\s+(?P<adv>(?:(?:always|usually|often|mostly|constantly|forever|basically)"
    r"\s+)+)?|.*?\b(?P<find>you(?:\s+can|\s+will|'ll)\s+(?:always\s+|usually\s+|often\s+)?find\s+(?:me|us)\s+))"
    r"(?:at|on|in)\s+(?:the|my|our)\s+(?:local\s+)?(?P<x>[a-z]+)(?P<rest>.*)$",
    re.IGNORECASE,
)
"""The speaker at a place by habit: "i'm always at the playground", "you can find me at the pool"."""

_HABIT_TAIL = re.compile(
    r"^\s*(?:(?:so\s+|very\s+|pretty\s+)?(?:regularly|often|daily|a\s+lot|all\s+the\s+time|every\s*day|"
    r"every\s+(?:week|weekend|morning|evening|night|sunday|saturday)|most\s+(?:days|nights|mornings|weekends)|"
    r"on\s+(?:weekends|sundays|saturdays)))\b",
    re.IGNORECASE,
)

_FAMILY_GOES = re.compile(
    r"^(?:my\s+(?:whole\s+)?family|our\s+(?:whole\s+)?family)\s+(?:(?:always|usually|still|often)\s+)?goes\s+to\s+"
    r"(?P<x>.+?)\s+(?:every\s+(?:year|summer|winter|week|weekend|sunday|christmas|spring)|yearly|annually|weekly|"
    r"each\s+(?:year|summer|week)|once\s+a\s+(?:year|week|month)|twice\s+a\s+(?:year|week|month))\b",
    re.IGNORECASE,
)
"""The speaker's family going somewhere on a schedule: "my family goes to the lake every summer"."""

_SIPPING = re.compile(
    r"^(?:(?P<i>i\s+am|i'm|im)\s+|(?:we\s+are|we're)\s+)?(?:(?:just|only|currently|now|still|busy|here|sitting\s+here|"
    r"relaxing|(?P<ok>(?:doing\s+)?(?:ok|okay|good|great|fine|well|alright))|and)\s+)*"
    r"(?:just\s+)?(?P<v>sipping|drinking|enjoying|nursing|chugging|having|chugged|sipped|drank|finished)\s+(?:on\s+)?"
    r"(?P<x>.+)$",
    re.IGNORECASE,
)
"""A drink being had, in a subjectless chat clause: "just sipping tea", "doing ok drinking some coffee"."""

_COPE_WITH = re.compile(
    r"^(?:i|we)\s+(?:(?:tend\s+to|like\s+to|love\s+to|usually|always|often|just|mostly|am\s+off\s+to|'m\s+off\s+to)"
    r"\s+)*(?:cope|relax|unwind|wind\s+down|de-?stress|start\s+(?:my|the)\s+day|end\s+(?:my|the)\s+day)(?:s)?\s+"
    r"with\s+(?P<x>.+)$",
    re.IGNORECASE,
)
"""What the speaker copes, relaxes or unwinds with: "i tend to cope with tea", "i relax with a glass of wine"."""

_MY_ROUTINE_DRINK = re.compile(
    r"\bmy\s+(?:usual\s+|regular\s+|daily\s+|nightly\s+)?(?:morning|evening|afternoon|daily|nightly|night\s*time|"
    r"bedtime|breakfast|after[\s-]?work|weekend)\s+(?P<x>(?:(?:cup|glass|mug|pint|pot|bottle|can)\s+of\s+)?"
    r"[a-z]+(?:\s+[a-z]+)?)",
    re.IGNORECASE,
)
"""A drink named as the speaker's routine anywhere in a clause: "my morning coffee", "my evening glass of wine"."""

_WHILE_DRINKING = re.compile(
    r"\b(?:while|when|whilst|as)\s+(?:i\s+(?:am\s+)?)?(?:drink|drinking|sip|sipping|have|having)\s+(?P<x>.+)$",
    re.IGNORECASE,
)
"""A drink had alongside another doing: "i read while drinking tea", "i love to read when i drink my tea"."""

_FIND_ME = re.compile(r"\byou(?:\s+can|\s+will|'ll)\s+(?:\w+\s+)?find\s+(?:me|us)\b")
_OTHERS = re.compile(r"\b(?:you|your|he|she|they|his|her|their|him|them)\b", re.IGNORECASE)
_CONTAINER = re.compile(
    r"^(?:(?:a|an|some|my|the|another|nice|good|big|hot|cold|fresh|fancy|little|large|small|second|third|"
    r"ton|lot|lots|bunch|couple)\s+|of\s+)*(?:(?:cups?|glass(?:es)?|mugs?|pints?|pots?|bottles?|cans?|shots?)\s+of\s+)?",
    re.IGNORECASE,
)


def _drink(raw: str) -> str:
    """The drink a noun phrase names ("a nice glass of red wine": red wine), or "" when it names none."""
    rest = _sub(r"\s+(?:and|or|but|with|while|when|at|in|on|for|before|after|every|each|to|because|so)\b.*$", "", raw)
    value = noun_phrase(_CONTAINER.sub("", rest.strip())).lower()
    heads = value.split()
    if not heads or len(heads) > 3 or heads[-1] not in DRINKS:
        return ""
    return value


_CUES = words(
    """from find always usually often mostly constantly forever basically regularly lot every everyday daily days
    family sipping sipped drinking drink drank enjoying nursing chugging chugged having finished finishing cope
    copes relax relaxes unwind unwinds wind destress de-stress start end morning evening afternoon nightly night
    nights mornings evenings weekend weekends sundays saturdays bedtime breakfast after-work while when whilst as
    time lessons lesson practice class classes rehearsal training recital"""
)
"""Words one of the frames needs: a clause with none of them (most clauses) is not read further."""
_PUNCT = str.maketrans(",.!?;:", "      ")


def _lessons(text: str) -> list[tuple[str, str]]:
    """The pastime of a doing's lessons or practice just left, headed to or had (module docstring)."""
    m = _LESSONS.match(text)
    if m is None:
        return []
    said = m.group("x").lower().split()
    head = said[-1]
    if head in INSTRUMENTS:
        return [("instruments", head)]  # "back from piano lessons"
    if head in ("dance", "dancing") and len(said) == 2 and said[0] != "my":
        return [("hobbies", f"{said[0]} dancing")]  # "salsa dance lessons"
    if head in _LESSON_DOINGS:
        return [("hobbies", _LESSON_DOINGS[head])] if _LESSON_DOINGS[head] else []
    if head in SPORTS or head in ACTIVITIES.values():
        return [("hobbies", head)]  # "basketball practice", "karate class"
    if head in ACTIVITIES:
        return [("hobbies", ACTIVITIES[head])]  # "sing lessons"
    return []


def outings_of(text: str) -> list[tuple[str, str]]:
    """(key, value) facts of a speaker's clause said in one of the frames of the module docstring, or []."""
    if _CUES.isdisjoint(text.lower().translate(_PUNCT).split()):
        return []
    text = strip_lead(_CUE_TAIL.sub("", text))[0] or text  # ("lol my family goes …", "… at the gym as well")
    low = text.lower()
    find = "find me" in low or "find us" in low
    if _OTHERS.search(_FIND_ME.sub("", low) if find else low):
        return []  # another person's habit, or a question to them
    found: list[tuple[str, str]] = []
    if " from " in low:
        m = _BACK_FROM.match(text)
        if m and m.group("x").lower() in _ROUTINE_PLACES:
            found.append(("likes", m.group("x").lower()))
    if "lesson" in low or "practice" in low or "class" in low or "rehearsal" in low or "training" in low:
        found.extend(_lessons(text))
    if (find or low.startswith(("i", "we"))) and (" the " in low or " my " in low or " our " in low):
        m = _ALWAYS_AT.match(text)
        place, rest = (m.group("x").lower(), m.group("rest")) if m else ("", "")
        nxt = rest.split()[:1]
        if nxt and nxt[0].lower() in _OUTING_PLACES:  # "at the bowling alley", "at the tennis court"
            place, rest = f"{place} {nxt[0].lower()}", rest.lstrip()[len(nxt[0]) :]
        if m and (m.group("adv") or m.group("find") or _HABIT_TAIL.match(rest)) and place.split()[-1] in _OUTING_PLACES:
            found.append(("likes", place))
    if "family " in low and " goes to " in low:
        m = _FAMILY_GOES.match(text)
        value = noun_phrase(m.group("x")).lower() if m else ""
        if value and len(value.split()) <= 3:
            found.append(("likes", _sub(r"^the\s+", "", value)))
    if "ing " in low or "ed " in low or "drank" in low:
        m = _SIPPING.match(text)
        mine = m and not (m.group("i") and not m.group("ok") and m.group("v").lower() == "drinking")
        value = _drink(m.group("x")) if m and mine else ""  # ("i am drinking …" is the verb's)
        if value:
            found.append(("drinks", value))
    if " with " in low:
        m = _COPE_WITH.match(text)
        value = _drink(m.group("x")) if m else ""
        if value:
            found.append(("drinks", value))
    if "my " in low:
        for m in _MY_ROUTINE_DRINK.finditer(text):
            value = _drink(m.group("x"))
            if value:
                found.append(("drinks", value))
    if low.startswith(("i ", "we ")) and (" while " in low or " when " in low or " as " in low):
        m = _WHILE_DRINKING.search(text)
        value = _drink(m.group("x")) if m else ""
        if value:
            found.append(("drinks", value))
    return list(dict.fromkeys(found))
