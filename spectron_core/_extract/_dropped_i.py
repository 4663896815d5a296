"""Clauses that drop their "I am": a job or a diet said the way chat and bios say it ("currently a nurse at st
thomas", "senior sre at cloudflare", "starting as an associate on monday", "vegan since january").

The clause reader reads a clause with no subject as the speaker's when chat plainly dropped the "I" ("moved to
leeds last week", "walking my dog"). A noun phrase with no verb is less plain: "a nurse at the clinic" may answer
"what does your wife do?", and "currently a mess" is no job. So each reading here asks for three things:

- a head that names the thing: an occupation (``_predicates._role_head``, or a title that names its field, "head
  of growth") or a diet (``DIETS``);
- a word that it holds now: "currently", "officially", "still" before it, "now", "these days", "as of …", "since
  …" after it, a date the time reader cut off, or (for a job) the workplace it is held at ("line cook at dishoom");
  a diet word alone ("keto") may be a topic asked about;
- no one else's: no word of another person, a condition or a wish in the clause, and no relative, friend or
  third person named just before it ("my wife? currently a nurse at st thomas" is hers). A title led by "the"
  ("the new teacher at the school …") is someone in particular, and one with a verb after it ("a nurse at st
  thomas looked after me") is the subject of that verb.

Both return what the clause reader hands to the predicate reader: "am …" (or "have been …"), so a job or a diet
said this way is read exactly as "i am …" is.

A verb with its "I" dropped (``habit_said``: "live in leeds", "play padel most weekends", "have two cats") is read
as the speaker's only in a few verbs whose object says what it is, so that no request to an assistant ("play some
jazz", "run the report every monday", "speak slower") and no saying ("live on borrowed time", "work in progress")
passes for one: a hostile review of a first version that took any verb with a word of habit found 132 false readings
in 614 messages.
"""

from __future__ import annotations

import re

from ._lexicon import DIETS, INSTRUMENTS, KIN, LANGUAGES, PEOPLE_NOUNS, PETS, SPORTS, VEHICLES, words
from ._predicates import _TITLED_BY_FIELD, _lemma, _role_head
from ._regex import _match, _search, _split, _sub
from ._rule_clause import _FINITE_LATER

__all__ = ["diet_said_now", "habit_said", "someone_before", "trade_said_now"]

_NOW_LEAD = re.compile(
    r"^(?:(?:currently|now|officially|finally|still|newly|proudly|recently|just)\s+)+", re.IGNORECASE
)
_NOW_TAIL = re.compile(
    r"\b(?:now|these\s+days|nowadays|as\s+of(?:\s+\w+){0,2}|from(?:\s+(?:today|now|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|tomorrow))?|since(?:\s+\w+)?)(?:\s+(?:lol|haha|btw|tho|though))?\s*[.!]*$",
    re.IGNORECASE,
)
"""Words at a clause's end that say it holds now; a bare "as of", "from" or "since" lost its date to the time reader."""
_STARTING_LEAD = re.compile(
    r"^(?:(?:just|finally|officially)\s+)?starting\s+(?:out\s+)?(?:as\s+(?:an?|the)\s+|at\s+|with\s+|"
    r"(?:a|an|my)\s+(?:new\s+|first\s+)?(?:job|role|position|apprenticeship|internship|traineeship)\b)",
    re.IGNORECASE,
)
"""A clause a job starts in ("starting as an associate …", "starting an apprenticeship at …"): said of now."""
_NOT_SAID_NOW = re.compile(
    r"\b(?:you|your|ur|he|she|they|his|her|their|him|them|if|when|would|could|wish(?!\s+me\s+luck))\b", re.IGNORECASE
)
"""Words that make a clause another person's, a condition or a wish ("wish me luck" is none)."""
_PEOPLE = "|".join(sorted(KIN | PEOPLE_NOUNS))
_SOMEONE_BEFORE = re.compile(
    r"\b(?:your|ur|he|she|they|his|her|their|him|them)\b|\b(?:my|our)\s+(?:[a-z]+\s+)?(?:" + _PEOPLE + r")\b|"
    r"\b(?:" + _PEOPLE + r")['’]s\b|\b[a-z]+['’]s\s+(?:news|update|job|new\s+job|big\s+news)\b",
    re.IGNORECASE,
)
"""Another person named just before a clause: whose the clause is ("my wife? currently a nurse", "husband's job?
senior sre at cloudflare", "jake's news: …")."""
_DID_AFTER = words(
    """said says told tells wrote writes gave gives took takes made makes went goes came comes ran runs got gets saw
    sees knew knows thought brought bought felt kept found sent paid pays taught teaches met won lost put sat stood
    heard held earns earned helped helps looked looks reckons"""
)
"""Verbs after a title that make it a subject ("a nurse at the clinic said to rest", "a paramedic earns 35k")."""
_ONE_OFF = re.compile(
    r"\b(?:tonight|today|tmrw|tomorrow|this\s+(?:evening|weekend|morning|afternoon)|for\s+(?:one|the|a)\s+(?:night|day|"
    r"evening|weekend)|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?!s)|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b|"
    r"one\s+night\s+only)",
    re.IGNORECASE,
)
"""A day or a night the clause is about: a title held for it is a turn at something, not a job ("waiter at my
cousin's wedding tonight", "dj at the office party friday")."""
_NO_WORKPLACE = re.compile(
    r"\b(?:at|for|with)\s+(?:(?:my|our|his|her|their|a|an|the)\s+)?(?:[\w'’]+['’]s\s+)?(?:[a-z]+\s+)?"
    r"(?:party|wedding|home|house|bbq|barbecue|birthday|funeral|reunion|christening|friends|mates|family|kids)\b",
    re.IGNORECASE,
)
"""A title held at a party, a wedding or home, or for one's friends, is no job ("chef at home tonight", "head of
complaints at our house", "basically a therapist for my friends")."""


def trade_said_now(text: str, now: bool = False, prior: str = "") -> bool:
    """Is a clause with no subject the speaker's job, its "I am" dropped (see the module docstring)? ``now``: a word
    of now or a date was cut from the clause; ``prior``: what was said just before it."""
    if _NOT_SAID_NOW.search(text) or _SOMEONE_BEFORE.search(prior):
        return False
    if _STARTING_LEAD.match(text):
        return True
    lead = _NOW_LEAD.match(text)
    rest = text[lead.end() :] if lead else text
    parts = _split(
        r"\s+(?=(?:at|for|with|in|on|since|from|as|now|these|nowadays|and|but|so|lol|full[\s-]?time|part[\s-]?time)\b)|"
        r"\s*[,.!;]\s*",
        rest,
    )
    where = _match(r"^(?:at|for|with)\s+\w", parts[1]) if len(parts) > 1 else None
    said_now = now or bool(lead) or bool(_NOW_TAIL.search(rest))
    if not (said_now or where):
        return False
    later = [w.strip(".,!?;:") for w in rest.lower().split()[1:]]
    if not (_FINITE_LATER.isdisjoint(later) and _DID_AFTER.isdisjoint(later)) or any(
        w.endswith("ed") and _lemma(w) != w for w in later
    ):
        return False  # ("a nurse at st thomas looked after me", "… at cloudflare wrote a postmortem": a subject)
    if _NO_WORKPLACE.search(rest) or (_ONE_OFF.search(rest) and not said_now):
        return False  # ("dj at the office party friday", "chef at home tonight": a turn at it, not a job)
    if _match(r"^(?:the|this|that|our|their)\s", parts[0], re.IGNORECASE) or _search(
        r"\s(?:an?|the)\s|^(?:after|before|being|since|while|like|as|when|once|until)\s", parts[0], re.IGNORECASE
    ):
        return False  # ("The new teacher at the school…": someone in particular; "after being a cop …": a frame)
    said = _match(r"^(?:an?\s+)?(?P<t>.+)$", parts[0].strip(), re.IGNORECASE)
    title = said.group("t").split() if said else []
    if not title or len(title) > 4:
        return False
    if title[0].lower() in _TITLED_BY_FIELD:
        # a title that names its field: "head of growth as of today" (not a joke's, "head of snacks lol")
        return bool(where) or not _search(r"\b(?:lol|lmao|haha+|jk|joking|kidding)\b", text, re.IGNORECASE)
    return _role_head(" ".join(title))


_DIET_CUE = (
    r"(?:again|now|right\s+now|anymore|any\s+more|since(?:\s+\w+){0,3}|as\s+of(?:\s+\w+){0,2}|"
    r"(?:for\s+)?(?:\w+\s+)?(?:years?|yrs|months?|mos|weeks?|wks|ages|a\s+while|life)(?:\s+now)?|these\s+days|"
    r"nowadays|lol|haha)"
)
_DIET_LEAD = re.compile(
    r"^(?P<been>been\s+)?(?P<adv>(?:(?:now|still|currently|strictly|fully|mostly|officially|basically|properly|"
    r"finally|no\s+longer|not)\s+)*)(?:an?\s+)?(?P<d>[a-z-]+)(?P<cue>(?:\s*,?\s+(?:diet|"
    + _DIET_CUE
    + r")\b)*+)"  # (possessive: "vegan lol lol lol …" once took exponential time)
    r"(?:\s*,\s*(?!.*\b(?:but|not|jk|kidding|joking)\b)[^,]*)?\s*[.!]*$",
    re.IGNORECASE,
)


def diet_said_now(text: str, prior: str = "", now: bool = False) -> str:
    """A diet said with its "I am" dropped ("vegan since january", "been vegetarian for years", "not vegetarian
    anymore") as "am …"/"have been …", or "" (see the module docstring; "on a keto diet" is ``_health``'s)."""
    m = _DIET_LEAD.match(text.strip())
    if not m or _SOMEONE_BEFORE.search(prior) or _NOT_SAID_NOW.search(text):
        return ""
    if m.group("d").lower() not in DIETS:
        return ""
    if not (now or m.group("been") or m.group("adv") or m.group("cue")):
        return ""  # a lone "keto" may be a topic asked about, not the speaker's diet
    body = _sub(r"(?:\s+(?:now|these\s+days|nowadays|lol|haha))+\s*[.!]*$", "", text.strip())  # (read as said now)
    if m.group("been"):
        return "have " + body
    return "am " + body


_SAID_DROPPED = re.compile(
    r"^(?:(?:still|now|currently|also|mostly|mainly|basically|usually)\s+)*(?:"
    r"live\s+(?:in|near|outside)\s+(?!the\s+(?:fast|moment|past|present)\b)[a-z]|"
    r"work\s+(?:at\s+[a-z]|for\s+(?:an?|the)\s+[a-z]|as\s+an?\s+(?!team\b|group\b|unit\b|whole\b)[a-z]|nights\b|shifts\b)|"
    r"(?:own|drive)\s+an?\s+(?:[a-z-]+\s+){0,2}?(?P<vehicle>[a-z0-9-]+)\b|"
    r"volunteer\s+at\s+[a-z]|rent\s+an?\s+(?:flat|house|room|place|apartment|studio)\b|"
    r"study\s+[a-z]+(?:\s+[a-z]+)?\s+at\s+[a-z]|"
    r"(?P<perfect>(?:taken|picked)\s+up\s+(?:[a-z]+ing|[a-z]+)\s*$)|"
    r"play\s+(?P<played>[a-z-]+)\b|speak\s+(?:fluent\s+)?(?P<spoken>[a-z]+)\b|"
    r"have\s+(?:an?|one|two|three|four|five|\d+)\s+(?:[a-z]+\s+)?(?P<had>[a-z]+)(?=\s|$|,))",
    re.IGNORECASE,
)
"""A clause of the speaker's with its "I" dropped, in a verb no one asks an assistant to do with such an object:
where one lives or works ("live in leeds", "work at ocado", "work as a picker", "work nights"), a vehicle owned or
driven ("drive a ford fiesta"), a room rented, a subject studied at a school, a pastime taken up ("taken up
pottery"), a sport or an instrument played, a language spoken, a count of relatives or animals had ("have two
cats"). The object is checked against what the verb says: a vehicle, a sport, an instrument, a language, a relative
or an animal the lexicons list ("drive a hard bargain", "play some jazz", "speak slower", "have a look" are none)."""
_NOT_SETTLED = re.compile(
    r"\b(?:or|maybe|perhaps|someday|one\s+day|if|which|what|whether|should|would|could|next|tomorrow|tonight|"
    r"for\s+(?:a|one|two|the)\s+(?:night|day|week|weekend|month)|until|free|peanuts|progress)\b",
    re.IGNORECASE,
)
"""Words that make the clause a wish, a choice asked about, a stay or a saying, not a state of the speaker's."""
_REQUEST = re.compile(
    r"\b(?:me|us|you|your|yourself|yourselves|it|this|that|these|those|please|pls|plz)\b|\?", re.IGNORECASE
)
"""Words of a request or of something the talk points at ("play me something", "run it again", "use this")."""
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|my|me|we|our|us)\b", re.IGNORECASE)
_TOPIC = re.compile(r"^\W*(?:my|our)\s+(?:\w+\s+){0,4}?\w+\W*$", re.IGNORECASE)
"""A sentence before that only names some of the speaker's people or things ("my team at work."): the topic of the
clause after it, whose subject it is."""


def habit_said(text: str, prior: str = "") -> str:
    """A clause of a lasting state or habit with its "I" dropped (``_SAID_DROPPED``: "live in leeds", "play padel
    most weekends", "have two cats", "taken up pottery") as the predicate reader wants it, or "". Nothing of a
    request, a wish or a choice asked about may be in it, and the sentence before it, if any, must be the speaker's
    own ("the neighbours. play drums every night" is theirs)."""
    body = text.strip().rstrip(".!")
    if _NOT_SAID_NOW.search(body) or _REQUEST.search(body) or _NOT_SETTLED.search(body):
        return ""
    if prior.strip() and (_SOMEONE_BEFORE.search(prior) or not _FIRST_PERSON.search(prior) or _TOPIC.match(prior)):
        return ""  # ("my team at work. play football every friday": the team's)
    m = _SAID_DROPPED.match(body)
    if m is None:
        return ""
    thing = (m.group("vehicle") or m.group("played") or m.group("spoken") or m.group("had") or "").lower()
    if m.group("vehicle") and thing not in VEHICLES:
        return ""  # ("drive a hard bargain", "own a copy of dune")
    if m.group("played") and thing not in SPORTS | INSTRUMENTS:
        return ""  # ("play some jazz", "play the news briefing")
    if m.group("spoken") and (thing not in LANGUAGES or not _SPOKEN_HOW.search(body)):
        return ""  # ("speak slower", "speak up"; "speak german" alone asks the assistant to)
    if m.group("had") and thing not in _HAD and thing.rstrip("s") not in _HAD:
        return ""  # ("have a look", "have a great day", "have a dog-friendly list ready")
    said = _OFTEN_AT_END.sub("", _CHAT_TAIL.sub("", body))
    return f"have {said}" if m.group("perfect") else said


_OFTEN_AT_END = re.compile(
    r"\s+(?:(?:every|each|most|twice|once|on|(?:\d+|two|three|four|five|six|a\s+few|several)\s+times)\s+"
    r"(?:[a-z]+\s+){0,2}(?:day|week|month|morning|evening|night|weekend|[a-z]+day)s?|daily|weekly|nightly|regularly|"
    r"religiously)$",
    re.IGNORECASE,
)
"""How often, said last ("… most weekends", "… twice a week"): no part of the thing done."""
_SPOKEN_HOW = re.compile(
    r"\b(?:fluent(?:ly)?|natively|badly|a\s+bit|a\s+little|some|at\s+home|at\s+work|every|since|now|too|also)\b",
    re.IGNORECASE,
)
"""How or where a language is spoken, which makes "speak german" the speaker's, not a request."""
_CHAT_TAIL = re.compile(r"(?:\s+(?:btw|lol|tbh|haha+|fyi|fwiw|ngl))+$", re.IGNORECASE)
_HAD = KIN | PETS | words("kid kids child children")
"""What "have two …" with its "I" dropped is said of: people and animals of one's own."""


def someone_before(prior: str) -> bool:
    """Does what was said just before name another person whose clause this may be ("my brother got a job.
    starting at tesco monday")?"""
    return bool(_SOMEONE_BEFORE.search(prior))
