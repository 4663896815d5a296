"""Lists, appositives and "one more" said loosely: what the clause reader, which reads a clause at a time, leaves
half read.

- A list after a verb of the speaker's ("i speak french, spanish and a bit of italian", "i play piano, violin and
  some cello", "i drink coffee, green tea and the occasional beer"): the clause splitter cuts it at its commas, so
  the clause reader keeps the first item. Every item is read here on the whole sentence, and a hedged one keeps its
  value: "a bit of italian" is still a language spoken (the hedge says how well, not whether). Only items a lexicon
  of the key knows are taken, and the list ends at the first it does not ("i speak to my mom, my dad …" names no
  language), so a clause of someone else after a comma ("but my brother plays drums") is never read as an item.
- An appositive naming the thing more exactly ("i drive an electric car, a tesla model 3", "i'm a linux user, arch
  specifically"): the exact name is what an assistant is asked for ("what car do i drive?"), so the vehicle becomes
  "tesla model 3 (electric car)", and a distribution, framework or app named after a tool is one more ``software``.
- "One more" said with a loose verb ("i've gotten into kombucha as well", "kayaking is my new thing too", "we've
  added jira to my toolset", "another goal of mine: run a half marathon", "i've picked up some arabic"): each is an
  addition to a many-valued key, picked by what the thing is (a language, a drink, a tool, a genre, an instrument,
  a pastime), never a replacement. A thing no lexicon knows is a pastime only when it looks like one (a gerund,
  "pottery"): "i've gotten into trouble" or "got into college" say nothing here.

Only the speaker's own clause is read: it opens with i/we (after a lead such as "honestly", "lately"); questions,
"my sister speaks …", "if i learned …" and "would …" say nothing.
"""

from __future__ import annotations

import re
from datetime import datetime

from ._lexicon import DRINKS, INSTRUMENTS, LANGUAGES, MUSIC_GENRES, SPORTS, VEHICLES, words
from ._ontology import BUILTIN_SPECS
from ._rule_clause import speaker_fact
from ._tools import _item as tool_item
from ._tools import _listed as tools_listed
from ._tools import tools_of
from ._types import ExtractedAttribute, Extraction

__all__ = ["lists_said"]

_LEAD = (
    r"^(?:(?:so|and|also|honestly|well|lately|recently|oh|btw|ok|okay|yeah|actually|plus|ugh|um|lol|omg|haha|at\s+home|at\s+work|"
    r"these\s+days|nowadays|this\s+year)\s*,?\s+)*"
)
_WE = r"(?:i|we)"
_HEDGE = re.compile(
    r"^(?:(?:(?:a\s+)?(?:little\s+)?bit\s+of|a\s+little|a\s+lot\s+of|lots\s+of|some|basic|conversational|broken|fluent|"
    r"rusty|decent|passable|okay|ok|the\s+occasional|an\s+occasional|occasional|the|a|an|plenty\s+of)\s+)+",
    re.IGNORECASE,
)
"""How much or how well, said before an item: the item is still the value."""

_LIST_VERB = re.compile(
    _LEAD + rf"{_WE}\s+(?:(?:can|also|mostly|mainly|only|still|really|do|usually|both)\s+)*"
    r"(?P<verb>speak|play|drink)\s+(?P<list>.+)$",
    re.IGNORECASE,
)
_ITEMS = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*|\s+plus\s+", re.IGNORECASE)
_ITEM_TAIL = re.compile(
    r"\s+(?:at|on|in|every|most|with|when|for|as|too|daily|fluently|well|badly|mostly|really|lately|now|since|"
    r"these|this|pretty|quite|very|a\s+lot|sometimes|occasionally)\b.*$",
    re.IGNORECASE,
)
_DENIED = re.compile(r"^(?:no|not|zero|never|hardly|barely|but)\b", re.IGNORECASE)
"""An item said as one not had ("no french", "not much german"): the list ends there."""
_OF_VERB: dict[str, list[tuple[str, frozenset[str]]]] = {
    "speak": [("languages", LANGUAGES)],
    "drink": [("drinks", DRINKS)],
    "play": [("instruments", INSTRUMENTS), ("sports", SPORTS)],
}

_VEHICLE_APPOSITIVE = re.compile(
    _LEAD
    + r"(?:(?:i|we)\s+(?:(?:also|now|still|just)\s+)?(?:drive|own|have|got|bought|'ve\s+got)|my\s+(?:car|ride)\s+is)"
    r"\s+(?:an?|the)\s+(?P<kind>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s*,\s*(?:an?|the)\s+"
    r"(?P<model>[a-z0-9][\w-]*(?:\s+[\w-]+){0,3}?)\s*(?:[,.!;]|$|\s+(?:mostly|for|which|that|and|but|now|lol)\b)",
    re.IGNORECASE,
)
_VEHICLE_KINDS = VEHICLES | words("hybrid electric ev estate wagon compact")

_SPECIFICALLY = re.compile(
    r",\s*(?:an?\s+|the\s+)?(?P<x>[\w.+#-]+(?:\s+[\w.+#-]+)?)\s+(?:specifically|in\s+particular|particularly|mostly|"
    r"mainly|to\s+be\s+exact|exactly|precisely|to\s+be\s+precise)\s*$",
    re.IGNORECASE,
)

_TRAVEL_HABIT = re.compile(
    _LEAD + rf"{_WE}\s+(?:(?:also|usually|often|regularly|still)\s+)?(?P<v>travel|fly|go|head|commute|drive)\s+"
    r"to\s+[a-z][a-z .'-]{1,30}?\s+for\s+(?:work|business|meetings|my\s+job|the\s+office|clients)\s+"
    r"(?:(?:every|each)\s+(?:other\s+)?(?:week|month|quarter|year|summer|winter|spring|autumn|fall|monday|tuesday|"
    r"wednesday|thursday|friday|weekend)|(?:once|twice|\w+\s+times)\s+a\s+(?:week|month|year|quarter)|weekly|monthly|"
    r"quarterly|yearly|regularly|a\s+lot|often)",
    re.IGNORECASE,
)
"""A trip made by habit, for work: "i travel to singapore for work every quarter" is a routine of the speaker's
(``routines``), not a plan ahead (``_upcoming`` leaves "every …" alone)."""

_INTO = re.compile(
    _LEAD + rf"{_WE}\s+(?:(?:am|are|'m|m|have|'ve|ve|have\s+been|'ve\s+been|ve\s+been|also|really|just|recently|"
    r"lately|now|kinda|kind\s+of|totally|been)\s+)*(?:gotten|got|getting|get)\s+(?:(?:really|super|very|big|"
    r"seriously|heavily|quite|so|more)\s+)*into\s+(?P<x>.+)$",
    re.IGNORECASE,
)
_NEW = r"(?:(?:new|latest|newest|current|other)\s+)+(?:thing|obsession|hobby|passion|addiction|jam|habit|love|fixation)"
_NEW_THING = re.compile(
    rf"^(?P<x>[a-z][a-z' -]{{2,30}}?)\s+(?:is|has\s+become|became)\s+my\s+{_NEW}\b"
    r"(?:\s+(?:too|as\s+well|also|now|lately))*$"
    rf"|^(?:(?:and|also|so|oh)\s+)?my\s+{_NEW}\s+(?:is|has\s+been)\s+(?P<x2>[a-z][a-z' -]{{2,30}}?)"
    r"(?:\s+(?:too|as\s+well|also|now|lately))*$",
    re.IGNORECASE,
)
_ADDED = re.compile(
    _LEAD + rf"{_WE}\s+(?:(?:have|'ve|ve|just|also|recently|finally)\s+)*added\s+(?P<x>.+?)\s+to\s+(?:my|our)\s+"
    r"(?:[a-z]+\s+)?(?:toolset|toolkit|toolbox|tool\s+kit|stack|tech\s+stack|workflow|tools|setup|arsenal|rotation|"
    r"repertoire|routine|collection|diet|list|lineup|line-up|menu)\b",
    re.IGNORECASE,
)
_PICKED_UP = re.compile(
    _LEAD + rf"{_WE}\s+(?:(?:have|'ve|ve|also|just|recently|finally)\s+)*(?:picked|picking)\s+up\s+(?P<x>.+)$",
    re.IGNORECASE,
)
_ANOTHER_GOAL = re.compile(
    r"^(?:(?:and|also|oh|so|plus)\s*,?\s+)?(?:another|one\s+more|a\s+new|my\s+other|a\s+second|a\s+further)\s+"
    r"(?P<what>goal|aim|resolution|target|hobby|pastime|passion|language|drink|tool|app|instrument|sport)(?:\s+of\s+mine|\s+(?:for|this)\s+(?:this\s+|next\s+)?(?:year|month|summer))?"
    r"\s*(?::|-|\s+is)\s*(?:to\s+)?(?P<x>[a-z].{3,80})$",
    re.IGNORECASE,
)
_ONE_MORE_TAIL = re.compile(
    r"\s+(?:as\s+well|too|also|lately|recently|now|these\s+days|this\s+year|at\s+work|while|when|since|in|at|"
    r"for|during|after|thanks|because|but|and\s+i)\b.*$",
    re.IGNORECASE,
)
_NOT_PASTIME = words("""trouble debt debts college university school it that this them him her something things
    stuff shape character an a the fights fight arguments argument politics mischief cold flu bug virus shift shifts
    habit car bed accident crash""")
"""What one gets into or picks up once, not as a pastime: "got into trouble", "picked up a cold", "a shift"."""
_PASTIME_NOUNS = words("""pottery ceramics knitting crochet embroidery gardening photography baking woodworking
    birdwatching birding calligraphy origami chess yoga pilates meditation journaling sewing quilting painting
    drawing sketching running cycling climbing bouldering surfing kayaking hiking camping fishing archery fencing
    skating skateboarding snowboarding skiing swimming dancing salsa tango ballet boxing karate judo tennis golf
    squash padel pickleball crossfit weightlifting powerlifting rowing sailing diving scuba astronomy cooking
    podcasts anime manga poetry cosplay gaming birdwatching beekeeping foraging""")
_NOT_OWN = re.compile(
    r"\b(?:if|would|wish|should|could|might|maybe|want|wanna|gonna|hope|hoping|whether)\b|'d\b", re.IGNORECASE
)


_OF_KIND = {"hobby": ("hobbies", ""), "pastime": ("hobbies", ""), "passion": ("hobbies", ""), "sport": ("sports", "")}
"""What "another <kind> of mine is X" files X under when no lexicon knows X (a language, drink or tool must be
known)."""

_LIST_KEYS = frozenset({"languages", "instruments", "sports", "drinks", "hobbies", "likes", "software"})
_KEYS = frozenset(spec.key for spec in BUILTIN_SPECS)


def _tidy(out: Extraction, start: int, speaker: str, read: list[tuple[str, str]]) -> None:
    """What the clause reader made of a hedged item ("instruments = bit of piano") is the item; a key it made up of
    the frame ("new_thing = pickleball", "possessions = added spanish") is dropped once the value (``read``) is read
    here."""
    if not read:
        return
    ends = {v.lower().split()[-1] for _, v in read if v.split()}
    kept: list[ExtractedAttribute] = []
    for a in out.attributes[start:]:
        if a.entity == speaker and a.key in _LIST_KEYS and _HEDGE.match(a.value):
            a = a.model_copy(update={"value": _HEDGE.sub("", a.value)})
        elif a.entity == speaker and (a.key not in _KEYS or a.key == "possessions") and (a.key, a.value) not in read:
            if a.value.lower().split()[-1:] and a.value.lower().split()[-1] in ends:
                continue
        if any(b.entity == a.entity and b.key == a.key and b.value.lower() == a.value.lower() for b in kept):
            continue
        kept.append(a)
    out.attributes[start:] = kept


def _head(raw: str) -> str:
    return _HEDGE.sub("", raw.strip(" .!,;:'\"")).strip()


def _kind_of(raw: str) -> tuple[str, str] | None:
    """(key, value) of one thing said as "one more", by what it is; None when it is no such thing."""
    x = _head(_ONE_MORE_TAIL.sub("", raw.strip(" .!?")))
    low = x.lower()
    if not low or len(low.split()) > 3:
        return None
    last = low.split()[-1]
    if last in LANGUAGES and len(low.split()) == 1:
        return "languages", x[:1].upper() + x[1:]
    tool = tool_item(low)
    if tool is not None and tool[0]:
        return tool
    if last in DRINKS or last.rstrip("s") in DRINKS:
        return "drinks", low
    if last in MUSIC_GENRES or low in MUSIC_GENRES:
        return "likes", low
    if last in INSTRUMENTS:
        return "instruments", low
    if low in _NOT_PASTIME or low.split()[0] in _NOT_PASTIME:
        return None
    if low in _PASTIME_NOUNS or (len(low.split()) <= 2 and last.endswith("ing") and len(last) > 5):
        return "hobbies", low
    return None


def _has(out: Extraction, start: int, speaker: str, key: str, value: str) -> bool:
    v = value.lower().rstrip("s")
    return any(
        a.entity == speaker and a.key == key and a.value.lower().rstrip("s") == v for a in out.attributes[start:]
    )


def lists_said(
    body: str,
    question: bool,
    speaker: str,
    span: tuple[int, int],
    confidence: float,
    when: datetime | None,
    out: Extraction,
    start: int,
) -> None:
    """Read a sentence's lists, appositives and "one more" (``body``: contractions expanded, time phrase gone) into
    the speaker's facts, beside the records from ``start`` on that the clause reader made of it."""
    if question or len(body) > 300 or _NOT_OWN.search(body):
        return
    conf = min(confidence, 0.75)

    read: list[tuple[str, str]] = []

    def add(key: str, value: str) -> None:
        read.append((key, value))
        if value and not _has(out, start, speaker, key, value):
            speaker_fact(out, speaker, key, value, conf, span, when)

    m = _LIST_VERB.match(body)
    if m:
        kinds = _OF_VERB[m.group("verb").lower()]
        for raw in _ITEMS.split(m.group("list")):
            item = _head(_ITEM_TAIL.sub("", raw))
            low = item.lower()
            if not low or len(low.split()) > 2 or _DENIED.match(low):
                break  # ("… and no french", "… but not german": the list says what is not spoken)
            key = next((k for k, lex in kinds if low.split()[-1] in lex), None)
            if key is None:
                break
            add(key, item[:1].upper() + item[1:] if key == "languages" else low)
    m = _VEHICLE_APPOSITIVE.match(body)
    if m and m.group("kind").lower().split()[-1] in _VEHICLE_KINDS:
        model, kind = m.group("model"), m.group("kind").lower()
        if not VEHICLES.isdisjoint(model.lower().split()) or model[:1].isupper():
            out.attributes[start:] = [a for a in out.attributes[start:] if a.entity != speaker or a.key != "vehicle"]
            add("vehicle", f"{model} ({kind})")
    m = _SPECIFICALLY.search(body)
    if m:
        for key, value, ended, _ in tools_of(body[: m.start()]):  # "i'm a linux user, arch specifically"
            if key and not ended:
                add(key, value)
    if m and any(
        a.entity == speaker and a.key in ("software", "programming_languages") for a in out.attributes[start:]
    ):
        for key, value in tools_listed(m.group("x"), frame=True):
            add(key, value)
    m = _TRAVEL_HABIT.match(body)
    if m:
        add("routines", " ".join(m.group(0).lower().split()[m.group(0).lower().split().index(m.group("v").lower()) :]))
    for pattern in (_INTO, _NEW_THING, _ADDED, _PICKED_UP):
        m = pattern.match(body)
        if m:
            got = _kind_of(m.group("x") or m.group("x2") if pattern is _NEW_THING else m.group("x"))
            said = _head(m.group("x") or "").lower().split()
            if not got and not _NOT_PASTIME.isdisjoint(said[:3]) and pattern in (_INTO, _PICKED_UP):
                out.attributes[start:] = [  # "we got into an argument", "i picked up a cold": no pastime
                    a for a in out.attributes[start:] if not (a.entity == speaker and a.key == "hobbies")
                ]
            if got:
                add(*got)
                if got[0] == "languages":  # "picked up some arabic" is a language, not a pastime
                    out.attributes[start:] = [
                        a
                        for a in out.attributes[start:]
                        if not (a.entity == speaker and a.key == "hobbies" and a.value.lower() == got[1].lower())
                    ]
            break
    m = _ANOTHER_GOAL.match(body)
    if m and m.group("what").lower() in ("goal", "aim", "resolution", "target"):
        add("goals", " ".join(m.group("x").lower().split()))
    elif m:  # "another hobby of mine is woodworking": the kind named says what the thing is, if no lexicon does
        got = _kind_of(m.group("x")) or _OF_KIND.get(m.group("what").lower(), ("", ""))
        if got[0] == _OF_KIND.get(m.group("what").lower(), ("",))[0] and not got[1]:
            x = _head(_ONE_MORE_TAIL.sub("", m.group("x").strip(" .!?"))).lower()
            got = (got[0], x) if 0 < len(x.split()) <= 3 and x.split()[0] not in _NOT_PASTIME else ("", "")
        if got[0]:
            add(*got)
    _tidy(out, start, speaker, read)
