"""What "my …" says in passing: "walking with my two spaniels" (pets), "my job at the garden centre is tiring"
(employer), "it's raining here in Leeds" (home, weakly), "my 61 year old knees" (age).
"""

from __future__ import annotations

import re
from datetime import datetime

from ._career import career_mentions
from ._clauses import Piece
from ._family import family_mentions
from ._favourites_age import age_introduced, age_lived, birthday_age
from ._home import LIVED_IN_RELATIVE
from ._lexicon import DEVICES, INSTRUMENTS, KIN, PETS, PLACES, VEHICLES, words
from ._looks import body_mentioned, looks_mentioned
from ._possessions import owned_value, pet_kind, pet_mentions
from ._predicates import _role_head, noun_phrase
from ._regex import _sub
from ._rule_clause import _lower_unless_proper, _singular, speaker_fact
from ._rule_patterns import _MONEY, _SUBJECT_STOP
from ._shifts import shift_mentions
from ._types import Extraction
from ._work import work_mentions

_HERE_IN = re.compile(
    r"\b(?:right\s+|out\s+|over\s+|down\s+|up\s+)?here\s+in\s+(?:the\s+state\s+of\s+)?"
    r"(?P<p>[A-Za-z][a-z]+(?:\s+[A-Z][a-z]+)?)\b"
)


_MY_CHILDREN = words("son sons daughter daughters kids children grandchildren grandkids stepchildren stepkids")
"""Children said in passing ("i miss my kids", "took my children"): the speaker has them (not "my boys": friends)."""


_NOT_MY_MODIFIER = KIN | words("""hot sea star cat friend neighbor neighbour boss roommate family favorite favourite
    fave fav ex old late imaginary future dream first next last own only other stuffed toy""")
"""Words before a pet or a device that make it someone else's or no real one ("my sisters cat", "my dream car")."""


_MY_THING = re.compile(
    r"(?<!\bas )\bmy\s+(?:(?:two|three|four|\d+|little|old|new|sweet|pet|baby|big|cute|older|younger|"
    r"oldest|youngest|best)\s+){0,2}(?:(?!(?:"
    + "|".join(sorted(_NOT_MY_MODIFIER, key=len, reverse=True))
    + r")s?\b)[a-z]+\s+)?(?P<w>"
    + "|".join(sorted(PETS | DEVICES | INSTRUMENTS | _MY_CHILDREN, key=len, reverse=True))
    + r")\b(?!\s+(?:food|sweater|bed|toy|walker|hair|'s|s\b|is\s+\w+ing|are\s+\w+ing))",
    re.IGNORECASE,
)
"""A possessive determiner says the speaker has the thing: "walking with my two spaniels", "i will bring my son",
"i miss my kids"."""


_MY_VEHICLE = re.compile(
    r"(?<!\bas )\bmy\s+(?:(?:old|new|little|big|trusty|beat[\s-]up|rusty|first|own|used|cheap|red|blue|black|white|"
    r"silver|grey|gray|green)\s+){0,2}(?P<v>mini\s+vans?|(?:(?:"
    + "|".join(sorted(VEHICLES - {"cars", "trucks", "mustangs", "motorcycles", "motorbikes"}, key=len, reverse=True))
    + r")\s+)?(?:"
    + "|".join(sorted(VEHICLES, key=len, reverse=True))
    + r"))\b(?!\s*(?:'s|s\b|seat|keys?|insurance|payment|loan|wash|dealer|mechanic|show|magazine|toy|model|poster|"
    r"ride|trip|accident|crash))",
    re.IGNORECASE,
)
"""A vehicle said with "my" in passing ("my old pickup truck broke down again"): the speaker owns one. It is kept
as a possession, not as ``vehicle``: a mention must not replace the vehicle said plainly."""


_DREAM_BEFORE = re.compile(r"\b(?:if|wish|dream|someday|want|would|could|imagine)\b[^.!?]*$", re.IGNORECASE)
"""A wish or a hypothetical before the vehicle: "if my car were bigger", "i wish my truck had ac" (kept out)."""


_WHERE_I_LIVE = re.compile(
    r"\b(?P<p>(?:(?!(?:is|that|which)\b)[A-Za-z]+\s+)?(?!(?:is|that|which)\b)[A-Za-z]+)\s*,?\s+(?:(?:that|which)\s+)?"
    r"(?:is\s+)?where\s+(?:i|we)\s+"
    r"(?:now\s+|currently\s+)?(?P<v>live|grew\s+up|was\s+born|am\s+from|are\s+from|come\s+from)\b",
    re.IGNORECASE,
)
"""A place with a relative clause about the speaker ("it is so green in oregon where i live", "india, that is where
i am from")."""


_COMPASS = words("new north south east west rhode")


_MY_HOME_IN = re.compile(
    r"\bmy\s+(?:(?:new|little|small|tiny|big|cozy|cosy|own|humble|current)\s+)?(?:home|house|apartment|flat|condo|"
    r"trailer)\s+(?:here\s+|out\s+|up\s+|down\s+)?(?:in|on)\s+(?P<p>(?:the\s+)?[A-Za-z][\w.'-]*"
    r"(?:\s+[A-Za-z][\w.'-]*)?)",
    re.IGNORECASE,
)
"""Where the speaker's own home is, said in passing: "from my home in canada", "just here at my house in michigan"
(not "my old house …", "my parents' house …": those modifiers are not in the pattern; nor "my cabin in maine":
a cabin or a cottage is as often a second home)."""
_HOME_LEFT_BEFORE = re.compile(
    r"\b(?:sold|sell|selling|left|leave|leaving|miss|missed|missing|lost|lose|visit|visited|visiting|back\s+to|used|"
    r"was|were|had|rent\w*\s+out|moved|moving|if|wish|dream|someday|want|would|could|imagine|when)\b",
    re.IGNORECASE,
)
"""What makes a home said in passing not the current one: "i sold my house in ohio", "i miss my home in wales"."""
_MY_NATIVE = re.compile(r"\bmy\s+native\s+(?P<p>(?:new\s+|north\s+|south\s+|west\s+)?[A-Za-z][a-z]+)\b", re.IGNORECASE)
"""Where the speaker is from, said in passing: "around my native colorado" (a known place or a proper name)."""
_PLACE_KINDS = words("city country countryside suburbs mountains woods hills cloud clouds")


_MY_AGED_BODY = re.compile(
    r"\bmy\s+(?P<n>\d{1,3})[\s-]*(?:years?|yrs?)[\s-]*old\s+(?:body|self|bones|knees|back|joints|"
    r"brain|mind|legs|hands|feet|hips|heart|eyes)\b",
    re.IGNORECASE,
)
"""The speaker's own body given an age ("my 70 year old knees")."""


_FOR_MY_NTH = re.compile(
    r"\b(?:for|on)\s+my\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\b(?:\s+(?:birthday|bday|b-day)\b)?"
    r"(?!\s+(?:anniversary|wedding|year|time|grade|day|week|month|party|attempt|try|place|floor|book|child|kid))",
    re.IGNORECASE,
)
"""A birthday just had, said by what happened on it ("got a pet fish for my 18th birthday yesterday"): the age now,
when the sentence says it was in the last two weeks (without a time, "for my 16th birthday" may be long ago)."""


_MY_JOB = re.compile(
    r"\bmy\s+(?:(?:new|current|day|second|first|other|full[\s-]time|part[\s-]time|summer)\s+)?"
    r"(?:job|work)\s+(?P<p>at|with|as)\s+(?P<v>[^,;]{2,60})",
    re.IGNORECASE,
)


_JOB_TAIL = re.compile(
    r"\s+(?:is|was|keeps|kept|makes|made|pays|has|gives|takes|sucks|starts|ends|requires|lets|means|involves|can|will|"
    r"gets|leaves|wears|stresses|bores|really|so|very|too|pretty|super|quite|a\s+lot)\b",
    re.IGNORECASE,
)
"""Where the clause goes on after the workplace: "my job at the garage keeps me up late" (the garage, not "garage keeps …")."""


_MY_PARTNER = re.compile(
    r"\bmy\s+(?:(?:lovely|beautiful|wonderful|amazing|new|current)\s+)?(?P<p>wife|husband|spouse|"
    r"boyfriend|girlfriend)\b(?!\s*'s\s+(?:ex|old))(?!\s+(?:just\s+|finally\s+)?(?:left|dumped|divorced|ditched|walked\s+out|"
    r"cheated|died|passed|kicked\s+me))",
    re.IGNORECASE,
)
""""… with my wife", "my husband is away": whoever says "my wife" is married (an "ex-wife" does not match)."""


_MENTION_KEY = [
    (PETS, "pets"),
    (KIN, "family"),
    (VEHICLES, "vehicle"),
    (DEVICES, "devices"),
    (INSTRUMENTS, "instruments"),
]


def mentions(
    pieces: list[Piece],
    speaker: str,
    span: tuple[int, int],
    when: datetime | None,
    out: Extraction,
    things: bool = True,
    now: datetime | None = None,
) -> None:
    """What "my …" says in passing: "walking with my two spaniels" (pets), "my job at the garden centre is tiring"
    (employer), "once I start my new job as a lighting technician" (role)."""

    def add(key: str, value: str, confidence: float = 0.75, distinct: bool = False) -> None:
        if value and not any(
            a.key == key
            and a.entity == speaker
            and (a.value.lower() == value.lower() or key == "family" and not distinct)
            for a in out.attributes
        ):
            speaker_fact(out, speaker, key, value, confidence, span, when)

    whole = " ".join(p.text for p in pieces if not p.question)
    dwelling = LIVED_IN_RELATIVE.search(whole) if " live " in f"{whole.lower()} " else None
    if dwelling and noun_phrase(dwelling.group("v")):
        add("home", noun_phrase(dwelling.group("v")).lower(), 0.7)  # "it's a small house i live in"
    for k, piece in enumerate(pieces):
        if piece.question:
            continue
        for pm in _MY_THING.finditer(piece.text) if things else ():
            word = pm.group("w").lower()
            key = next(k for words, k in _MENTION_KEY if word in words)
            if key == "vehicle":
                continue  # single-valued: a mention ("my truck broke") must not replace the vehicle
            word = (pet_kind(word) or word) if key == "pets" else word  # ("my kitty": a cat)
            add(key, _singular(word) if key in ("pets", "instruments") else word)
        ride = _MY_VEHICLE.search(piece.text) if things and "my" in piece.text.lower() else None
        if (
            ride
            and not _DREAM_BEFORE.search(piece.text[: ride.start()])
            and not any(
                a.key == "vehicle" and owned_value(ride.group("v").lower()) in a.value.lower() for a in out.attributes
            )
        ):  # ("i traded my prius in for a jeep": the sentence already said what became of it)
            add("possessions", owned_value(ride.group("v").lower()), 0.7)
        partner = _MY_PARTNER.search(piece.text) if things else None
        if partner:
            word = partner.group("p").lower()
            add("family", word)
            if not any(a.key == "relationship_status" and a.span == span for a in out.attributes):
                add(
                    "relationship_status",
                    "married" if word in ("wife", "husband", "spouse") else "in a relationship",
                    0.7,
                )  # unless the sentence said otherwise ("… and i got engaged")
        here = _HERE_IN.search(piece.text) if "here" in piece.text.lower() else None
        if here and (here.group("p").lower() in PLACES or here.group("p")[:1].isupper()):
            # "it's raining here in Leeds": where the speaker is, weak evidence of home (below the
            # calibration floor, so it never overrides a home said plainly; it can start one)
            add("home", _lower_unless_proper(here.group("p")), 0.45)
        native = _MY_NATIVE.search(piece.text) if "native" in piece.text.lower() else None
        if native and (native.group("p").lower() in PLACES or native.group("p")[:1].isupper()):
            add("hometown", _lower_unless_proper(native.group("p")), 0.7)  # "hiking around my native colorado"
        home = _MY_HOME_IN.search(piece.text) if "my " in piece.text.lower() else None
        if home and not _HOME_LEFT_BEFORE.search(piece.text[: home.start()]):
            place = noun_phrase(_sub(r"\s+(?:with|and|for|but|so|now|where|because)\b.*$", "", home.group("p")))
            named = place.lower().split()
            if named and (
                not PLACES.isdisjoint(named) or place[:1].isupper() or (len(named) == 1 and named[0] in _PLACE_KINDS)
            ):
                add("home", _lower_unless_proper(place), 0.7)
        for look in looks_mentioned(piece.text) if things else ():
            add("appearance", look, 0.7)  # "people stare at my rainbow hair"
        for key, value in body_mentioned(piece.text) if things else ():
            add(key, value, 0.7)  # "my pregnant belly", "since my transplant"
        joined = piece.text + (", " + pieces[k + 1].text if k + 1 < len(pieces) else "")
        where = _WHERE_I_LIVE.search(joined) if "where" in joined.lower() else None
        if where and where.start() < len(piece.text):  # (a relative clause may follow the comma after its place)
            words = where.group("p").split()
            if len(words) == 2 and not (words[0].lower() in _COMPASS or all(w[:1].isupper() for w in words)):
                words = words[1:]
            place = " ".join(words)
            if place.lower().split()[-1] in PLACES or (place[:1].isupper() and place.split()[0] not in _SUBJECT_STOP):
                # "the hiking is great in utah, where we live": the place the relative clause hangs on
                add("hometown" if where.group("v").lower() != "live" else "home", _lower_unless_proper(place), 0.7)
        aged = _MY_AGED_BODY.search(piece.text) if "old" in piece.text.lower() else None
        if aged and 0 < int(aged.group("n")) < 120:
            add("age", aged.group("n"), 0.7)  # "my 61 year old knees": the speaker's own age
        birthday = birthday_age(piece.text, when, now)
        if birthday:
            add("age", birthday, 0.7)  # "last friday was my 33rd birthday", "it's my 21st next week" (almost 21)
        introduced = age_introduced(piece.text) if k == 0 else ""
        if introduced:
            add("age", introduced, 0.7)  # "25 from ohio", "m 34 texas": a chat introduction
        lived = age_lived(piece.text)
        if lived:
            add("age", lived, 0.7)  # "i have lived for 80 years", "i just had my 90th birthday"
        gift = _FOR_MY_NTH.search(piece.text) if when and now and " my " in f" {piece.text}" else None
        if gift and when and now and 0 <= (now.date() - when.date()).days <= 14 and 0 < int(gift.group("n")) < 120:
            add("age", gift.group("n"), 0.7)  # "i got it for my 18th yesterday": the age just reached
        low = piece.text.lower()
        money = _MONEY.search(piece.text) if things and ("budget" in low or "spend" in low or "afford" in low) else None
        if money and not any(a.key == "budget" and a.span == span for a in out.attributes):
            add("budget", money.group(0).strip(), 0.7)  # "i can spend up to $500", "tight budget, max $50"
        job = _MY_JOB.search(piece.text) if "job" in piece.text else None
        if job and job.group("p").lower() == "as":
            role = noun_phrase(job.group("v"))
            if role and _role_head(role):
                add("role", role.lower(), 0.7)
        elif job:
            org = noun_phrase(_JOB_TAIL.split(job.group("v"), maxsplit=1)[0])  # ("… at the garage keeps me up late")
            if org and org.lower() not in ("home", "work", "night", "the moment"):
                add("employer", _lower_unless_proper(org), 0.7)
    if things:  # "on a housekeeper wage", "the farm where i work", "my chemistry degree"
        work_mentions(pieces, add, out.attributes)
        career_mentions(pieces, speaker, span, when, out, now)  # "i'm at stripe now", "they made me team lead"
        shift_mentions(pieces, speaker, span, when, out, now)  # "made the jump to denver", "got moved to nights"
        pet_mentions(pieces, add)  # "just walked the dog", "the three cats i have"
        said = [a for a in out.attributes if a.entity == speaker]  # (a status said plainly in the turn wins)
        family_mentions(pieces, lambda key, value, confidence: add(key, value, confidence, True), said)
