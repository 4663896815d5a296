"""Tastes and pastimes said as an aside rather than as "i like X": a like added after the thing ("i play softball,
which i love"), a life given to one doing ("all i do is knit"), a person who loves a thing ("i'm a guy who loves
fishing"), "big on", a place visited by habit ("i visit spain twice a year"), concerts of a kind gone to ("i attend
country concerts"), a pastime practised or paused ("practicing my cooking", "a break from my knitting"), "a party
animal", too much tv; and two dislikes: a fear named as the speaker's ("my biggest fear is sharks") and the one
exception to a like of everything ("i eat everything except olives").

Why these are read so, and what is not:

* Each frame needs the speaker as the subject ("i", "we", "my", or a fragment with the "I" dropped where the
  frame says whose it is): "my brother plays rugby which he loves", "all you do is read" say nothing of the
  speaker, and questions are not read (the clause reader hands them elsewhere).
* A doing liked is a pastime (``hobbies``); any other thing a like (``likes``), as the verb "like" reads them.
* "which i love" is present: "the ring which i loved" is about one thing in the past.
* "all i do is X" names a pastime only when X is a doing done for its own sake: "all i do is work/sleep/eat" says
  the speaker is busy or idle, not what they enjoy.
* A visit is a taste only with a word of habit ("every summer", "twice a year", "often") and only of a place: a
  visit to kin ("i visit my mom every week") is a routine, one visit ("i visited spain last year") an event.
* Concerts name a music liked; shows, gigs and festivals only when what precedes them is a genre ("punk shows":
  "car shows", "dog shows" are no music).
* A pastime practised or paused ("practicing my cooking", "a break from my knitting") is one the speaker keeps
  doing; a break from work or a job is no pastime.
* A thing of a hobbyist's being built or restored ("i'm building a robot", "i am restoring an old boat") is the
  speaker's project: a pastime. Only things people build for its own sake are read (a robot, a drone, a model, a
  boat, a car, a guitar …): "i'm building a house", "working on a report" are a home and a job.
* "i'd rather X" says what the speaker prefers: a doing ("i'd rather go fishing", "i would rather be coloring") is a
  pastime, a drink or a food had ("i'd much rather have coffee") a drink or a like; anything else ("i'd rather
  die", "rather stay home") and "rather not" say no taste.
* A doing done at events ("on weekends i do roleplaying events") is a pastime, as "i do yoga" is; only a doing
  (a word in "-ing") is read ("i do nothing", "i do my cleaning" say none).
* A team the speaker is on plays a sport ("i'm on the swim team": swimming); a team of no sport ("the sales
  team") is a job, read elsewhere.
* Languages counted ("i speak three languages", "i'm bilingual") are a skill, as "i can speak french" is.
* Being always on a site ("i'm always on facebook") or binge-watching ("i binge watch netflix") is a like.
* "anything by X" liked or read ("i love anything by agatha christie") says X is liked: an author, a band, a
  director.
* An animal kept "as a pet" ("i keep a bearded dragon as a pet") is a pet, as "i have a bearded dragon" is.
* A food craved by habit ("i crave pizza all the time"), one never refused ("i never say no to ice cream") or a
  sweet tooth is a like of it; a craving now ("i'm craving pizza") is a mood of the day, not read.
* Music played loud or jammed to ("i blast rock music", "i jam to country"), an act seen live many times, a show
  or a team's game never missed, a place one is a regular at, and "i love me some X" say what is liked. One
  showing ("i saw them live once") is an event.
* A fear is a dislike, as "i am afraid of X" already is (DNLI and the ontology agree: ``dislikes``).
* Dreading a kind of thing ("dreading the holidays", "i'm dreading mondays"), or being low around it ("i get
  depressed around the holidays"), is a dislike of it; dreading one occasion ("dreading the exam tomorrow",
  "dreading monday") is a mood of the day, not read.
* "i like everything except olives" names one dislike; the like of everything says nothing storable.
"""

from __future__ import annotations

import re

from ._lexicon import ACTIVITIES, DIET_FOODS, GAMES, KIN, SPORTS, words
from ._possessions import pet_kind
from ._predicates import _FOOD_HEADS, _activity_gerund, _items, kind_of, noun_phrase
from ._regex import _sub

__all__ = ["aside_dislikes", "asides_of"]

_ADV = (
    r"(?:(?:really|just|truly|totally|honestly|absolutely|also|still|always|usually|pretty|super|very|quite|"
    r"so|kinda|kind\s+of|definitely|basically)\s+)*"
)
_I_AM = r"(?:i\s+am|i'm|im|i\s+m)"

_ASIDE = re.compile(
    r"^(?P<head>[a-z].*?)\s*,?\s+(?:which|that|wich)\s+(?:i|we)\s+"
    + _ADV
    + r"(?:(?P<love>love|adore|enjoy|like\s+a\s+lot|like\s+so\s+much)|(?P<do>(?:always|often|usually)\s+do)\b.*)$",
    re.IGNORECASE,
)
"""A like added after the thing: "i get tanned playing softball which i love", "i go bowling, which i always do"."""

_ASIDE_STOP = words(
    """i we me my our the a an some lot lots of from on at in to for with about and or go do does eat eating get
    got spend spent hours hour time much many play love like enjoy from by into tanned sunburnt hurt"""
)
"""Words that end the thing an aside is about, going back from "which" (a preposition, a determiner, a verb)."""

_ALL_I_DO = re.compile(
    r"(?:^|\b(?:honestly|lately|now|nowadays|since\s+\w+(?:\s+\w+)?|these\s+days|basically|pretty\s+much|lol)\s*,?\s+)"
    r"all\s+(?:i|we)\s+(?:ever\s+)?do(?:\s+(?:these\s+days|anymore|now|lately|nowadays|all\s+day))?\s+is\s+"
    r"(?P<v>.+)$",
    re.IGNORECASE,
)
"""A life given to one doing: "all i do is knit", "since retiring all i do is garden and fish"."""

_GERUNDS = {
    "read": "reading",
    "write": "writing",
    "game": "gaming",
    "shop": "shopping",
    "travel": "traveling",
    "party": "partying",
    "surf": "surfing",
    "skate": "skating",
    "craft": "crafting",
}
"""Doings not in ``ACTIVITIES`` that "all i do is …" names by the bare verb."""
_NOT_FOR_FUN = words("work working sleep sleeping eat eating study studying cry crying worry complain nothing cleaning")

_WHO_LOVES = re.compile(
    "^"
    + _I_AM
    + r"\s+"
    + _ADV
    + r"(?:a|an)\s+(?P<who>[a-z][a-z' -]{0,30}?)\s+(?:who|that)\s+"
    + _ADV
    + r"(?:loves?|enjoys?|likes?|adores?)\s+(?P<x>.+)$",
    re.IGNORECASE,
)
"""A person who loves a thing: "i am a true texan who loves barbecue", "im a mom who enjoys baking"."""

_BIG_ON = re.compile("^" + _I_AM + r"\s+" + _ADV + r"big\s+(?:on|into)\s+(?P<x>.+)$", re.IGNORECASE)
"""A like said as being big on it: "i'm big on hiking", "i am really big on vintage cars"."""

_HABIT = (
    r"(?:every\s+(?:year|summer|winter|spring|fall|autumn|month|week|weekend|sunday|saturday|chance\s+i\s+get)|"
    r"(?:once|twice|\w+\s+times)\s+a\s+(?:year|month|week)|(?:pretty\s+|very\s+|quite\s+|so\s+)?often|regularly|"
    r"a\s+lot|all\s+the\s+time|whenever\s+(?:i|we)\s+can|each\s+(?:year|summer|winter))"
)
_VISIT = re.compile(
    r"^(?:i|we)\s+" + _ADV + r"visit\s+(?P<x>.+?)\s+" + _HABIT + r"\b.*$",
    re.IGNORECASE,
)
"""A place visited by habit: "i visit spain twice a year", "we visit maine every summer"."""
_NOT_PLACE_FIRST = words("my our his her their your him her them it you us friends family relatives people")

_CONCERTS = re.compile(
    r"^(?:i|we)\s+" + _ADV + r"(?:(?:love|like|enjoy)\s+(?:going\s+to|attending|seeing)|go\s+to|attend|see|catch)\s+"
    r"(?:a\s+lot\s+of\s+|lots\s+of\s+|all\s+the\s+|many\s+|the\s+)?(?P<x>[a-z][a-z' -]*?)\s+(?:music\s+)?"
    r"(?P<n>concerts|shows|gigs|festivals)\b",
    re.IGNORECASE,
)
"""Concerts of a kind gone to by habit: "i attend country concerts", "i love going to the bluegrass festivals"."""
_NOT_MUSIC = words("local free live outdoor school church big small summer many some car dog art tv talk comedy")

_PRACTISED = re.compile(
    r"\b(?:practi[cs]ing|practi[cs]e|work(?:ing)?\s+on|(?:a\s+)?break\s+from)\s+(?P<my>my\s+)?"
    r"(?P<x>[a-z]+)\b",
    re.IGNORECASE,
)
"""A pastime practised or paused: "just practicing my cooking", "taking a break from my knitting"."""
_NOT_PRACTISED = words("working studying job work homework thesis cleaning nothing being")

_PARTY_ANIMAL = re.compile(
    r"^(?:(?:honestly|well|yeah|lol)\s*,?\s+)*(?:"
    + _I_AM
    + r"\s+)?"
    + _ADV
    + r"(?:(?:a\s+)?(?:bit|kind|sort)\s+of\s+)?(?:a|such\s+a|quite\s+a)\s+(?:real\s+|total\s+|big\s+|huge\s+)?"
    r"party\s+animal\b",
    re.IGNORECASE,
)
"""A party animal: the speaker likes going out to party."""

_TOO_MUCH_TV = re.compile(
    r"^(?:i|we)\s+" + _ADV + r"watch\s+(?:(?:way|far|probably)\s+)?too\s+much\s+"
    r"(?P<x>tv|television|netflix|youtube|anime|reality\s+tv)\b",
    re.IGNORECASE,
)
"""Watching too much tv is watching a lot of it: a like, as "i watch a lot of tv" is read."""

_BUILDING = re.compile(
    "^" + _I_AM + r"\s+" + _ADV + r"(?:currently\s+|busy\s+|slowly\s+)?(?P<v>building|restoring|working\s+on|designing|"
    r"fixing\s+up|making)\s+(?P<a>a|an|my\s+own|some|another)\s+(?P<x>[a-z]+(?:\s+[a-z]+){0,2})",
    re.IGNORECASE,
)
"""A hobbyist's project under way: "i am building a robot", "i'm restoring an old car"."""
_BUILDS = words(
    """robot robots drone drones model models boat canoe kayak car truck motorcycle bike treehouse computer pc guitar
    birdhouse furniture rocket rockets train trains quilt dollhouse"""
)

_RATHER = re.compile(
    r"^(?:i|we)(?:'d|\s+would|\s+d|d)?\s+" + _ADV + r"(?:much\s+)?rather\s+(?!not\b)(?:be\s+)?(?P<x>.+?)"
    r"(?:\s+(?:than|instead|any\s+day|though|tbh|lol)\b.*)?$",
    re.IGNORECASE,
)
"""A preference said with "rather": "i would rather go out and party", "i'd much rather have coffee"."""

_DO_EVENTS = re.compile(
    r"^(?:on\s+(?:the\s+)?weekends\s*,?\s+)?(?:i|we)\s+" + _ADV + r"do\s+(?:a\s+lot\s+of\s+|lots\s+of\s+|some\s+)?"
    r"(?P<x>(?:[a-z]+\s+){0,3}?[a-z]{3,}ing)\s+(?:events?|competitions?|tournaments?|meets?)\b",
    re.IGNORECASE,
)
"""A doing done at events: "on weekends i do roleplaying events", "i do dance competitions"."""

_ON_TEAM = re.compile(
    "^"
    + _I_AM
    + r"\s+"
    + _ADV
    + r"(?:on|in)\s+(?:the|a|my|our)\s+(?:(?:school|college|local|varsity|high\s+school)'?s?\s+)?"
    r"(?P<x>[a-z]+(?:\s+[a-z]+)?)\s+team\b",
    re.IGNORECASE,
)
"""A team the speaker is on: "i'm on the swim team", "i am in the local football team"."""
_TEAM_SPORTS = {"swim": "swimming", "track": "track", "cross country": "running", "dance": "dancing"}

_LANGUAGES = re.compile(
    r"^(?:i\s+(?:can\s+)?(?:speak|know)|"
    + _I_AM
    + r"\s+fluent\s+in)\s+(?P<n>two|three|four|five|six|seven|several|many|"
    r"multiple|\d+)\s+(?:different\s+)?languages\b"
    r"|^" + _I_AM + r"\s+" + _ADV + r"(?P<b>bilingual|trilingual|multilingual)$",
    re.IGNORECASE,
)
"""Languages counted: "i speak three languages", "i'm bilingual" (the languages named, "bilingual in english and
welsh", are read by the verb)."""

_ON_SITE = re.compile(
    r"^(?:" + _I_AM + r"\s+(?:always|constantly|forever|usually|basically)\s+on\s+(?P<x>facebook|instagram|twitter|"
    r"tiktok|reddit|youtube|social\s+media|the\s+internet|pinterest|snapchat)"
    r"|(?:i|we)\s+" + _ADV + r"binge[\s-]?watch(?:ing)?\s+(?P<y>[a-z]+(?:\s+[a-z]+)?))\b",
    re.IGNORECASE,
)
"""Always on a site, or binge-watching: "i'm always on facebook", "i binge watch netflix"."""

_ANYTHING_BY = re.compile(
    r"^(?:i|we)\s+" + _ADV + r"(?:love|like|enjoy|adore|read|watch|listen\s+to|(?:will|'ll|would)\s+(?:read|watch|"
    r"listen\s+to|buy))\s+(?:anything|everything|whatever|all)\s+(?:by|from)\s+(?P<x>.+)$",
    re.IGNORECASE,
)
"""A maker liked through all they make: "i love anything by agatha christie", "i'll read anything by le guin"."""

_AS_A_PET = re.compile(
    r"^(?:i|we)\s+" + _ADV + r"(?:keep|keeps|have|own|got)\s+(?P<x>.+?)\s+as\s+(?:a\s+|our\s+|my\s+)?pets?\b",
    re.IGNORECASE,
)
"""An animal kept as a pet: "i keep a bearded dragon as a pet", "we have chickens as pets"."""

_CRAVE = re.compile(
    r"^(?:i|we)\s+" + _ADV + r"(?:(?:crave|love)\s+(?P<x>.+?)\s+(?:all\s+the\s+time|constantly|every\s*day|24/7)"
    r"|(?:never|can't|cant|cannot|can\s+not)\s+(?:say|turn\s+down)\s+(?:no\s+to\s+)?(?P<y>.+?)"
    r"|(?:have|'ve\s+got|got)\s+(?:a\s+)?(?:(?:huge|big|massive|serious|real)\s+)?(?P<sweet>sweet)\s+tooth)$",
    re.IGNORECASE,
)
"""A food liked by habit: "i crave pizza all the time", "i never say no to ice cream", "i have a sweet tooth"."""

_FOND_OF = re.compile(
    r"^(?:i|we)\s+" + _ADV + r"(?:"
    r"(?:blast|crank|jam\s+(?:out\s+)?to|rock\s+out\s+to)\s+(?P<music>[a-z][a-z' -]*?(?:music|songs)?)(?:\s+(?:in|on|at|when|while|all)\b.*)?"
    r"|(?:love|like|need)\s+me\s+some\s+(?P<some>.+)"
    r"|never\s+miss\s+(?:a|an|any|one)\s+(?:single\s+)?(?:episode\s+of\s+(?P<show>.+)|(?P<team>[a-z][a-z ]*?)\s+"
    r"(?:game|match|race|episode|concert|show))"
    r"|(?:have|'ve)\s+seen\s+(?P<act>.+?)\s+(?:live|in\s+concert)\s+(?:\w+\s+times|(?:so\s+)?many\s+times|twice|"
    r"a\s+(?:dozen|million|hundred)\s+times)"
    r")$",
    re.IGNORECASE,
)
"""What is liked, said by what the speaker does with it: "i blast rock music in my car", "i love me some pizza", "i
never miss an episode of survivor", "i've seen the stones live five times"."""
_REGULAR = re.compile(
    "^" + _I_AM + r"\s+" + _ADV + r"a\s+regular\s+at\s+(?:(?:the|my|our|this|a)\s+)?(?:local\s+)?(?P<x>.+)$",
    re.IGNORECASE,
)
"""A place the speaker is a regular at: "i am a regular at the local pub"."""

_FEAR = re.compile(
    r"^my\s+(?:(?:biggest|greatest|worst|only|one|main|number\s+one|#1|big)\s+)?fear\s+(?:is|has\s+always\s+been)\s+"
    r"(?:of\s+)?(?P<x>.+)$"
    r"|^(?P<x2>[a-z][\w' -]{0,40}?)\s+(?:is|are)\s+my\s+(?:(?:biggest|greatest|worst|only|one|main)\s+)fears?$",
    re.IGNORECASE,
)
"""A fear named as the speaker's: "my biggest fear is sharks", "snakes are my biggest fear"."""

_EXCEPT = re.compile(
    r"^(?:i|we)\s+" + _ADV + r"(?:like|love|eat|enjoy|listen\s+to|watch|read)\s+"
    r"(?:everything|anything|all\s+(?:food|foods|music|kinds\s+of\s+\w+|types\s+of\s+\w+)|"
    r"every\s+(?:kind|type|sort)\s+of\s+\w+)\s*,?\s+(?:except|but)\s+(?:for\s+)?(?P<x>.+)$",
    re.IGNORECASE,
)
"""The one exception to a like of everything: "i like everything except olives"."""

_DREAD = re.compile(
    r"^(?:(?:i\s+am|i'm|im|we\s+are|we're)\s+)?" + _ADV + r"(?:dreading|dreadin)\s+(?P<x>.+)$"
    r"|^(?:i|we)\s+" + _ADV + r"(?:get|feel|am|'m)\s+" + _ADV + r"(?:depressed|sad|down|anxious|grumpy|stressed|blue|"
    r"lonely|miserable)\s+(?:around|during|at|in|on)\s+(?P<y>.+)$",
    re.IGNORECASE,
)
"""A kind of thing dreaded, or one the speaker is low around: "dreading the holidays", "i get sad around winter"."""
_SEASONS = words("winter summer spring fall autumn christmas thanksgiving halloween valentines")
_ONE_OCCASION = re.compile(
    r"\b(?:tomorrow|today|tonight|next|this|that|later|my|it|the\s+\w+\s+(?:day|test|exam))\b", re.IGNORECASE
)

_TAIL = re.compile(r"(?:\s*[.!?,]+\s*|\s+(?:lol|haha|lmao|tbh|though|tho))+$", re.IGNORECASE)


def _pastime(raw: str) -> tuple[str, str] | None:
    """(key, value) of a thing liked: a doing is a pastime, anything else a like; None when it names nothing."""
    value = noun_phrase(raw).lower()
    if not value or len(value.split()) > 4:
        return None
    first = value.split()[0]
    if first.startswith("to ") or first == "to":
        value = value.split(None, 1)[1] if len(value.split()) > 1 else ""
        first = value.split()[0] if value else ""
    if first in ACTIVITIES:  # "loves to fish": fishing
        value = " ".join([ACTIVITIES[first], *value.split()[1:]])
    if not value:
        return None
    if _activity_gerund(value) or value in SPORTS or value in GAMES or value in ACTIVITIES.values():
        return ("hobbies", value)
    return ("likes", value)


def _aside(text: str) -> list[tuple[str, str]]:
    m = _ASIDE.match(text)
    if m is None:
        return []
    kept: list[str] = []
    for word in reversed(m.group("head").split()):
        if word.lower() in _ASIDE_STOP or len(kept) == 3:
            break
        kept.insert(0, word)
    if not kept:
        return []
    found = _pastime(" ".join(kept))
    if found and m.group("do") and found[0] != "hobbies":
        return []  # "which i always do" names a doing
    return [found] if found else []


def _all_i_do(text: str) -> list[tuple[str, str]]:
    m = _ALL_I_DO.search(text)
    if m is None:
        return []
    out: list[tuple[str, str]] = []
    for item in _items(m.group("v")):
        words_ = item.lower().split()
        if not words_ or words_[0] in _NOT_FOR_FUN:
            continue
        if words_[0] == "play" and len(words_) > 1:
            value = " ".join(words_[1:])  # "play video games"
        elif len(words_) == 2 and words_[1] in ("watch", "watching"):
            value = f"{words_[0]} watching"  # "bird watch"
        else:
            verb = words_[0]
            value = " ".join([ACTIVITIES.get(verb) or _GERUNDS.get(verb, verb), *words_[1:]])
        value = noun_phrase(value).lower()
        if value and (
            _activity_gerund(value)
            or value in ACTIVITIES.values()
            or value.split()[-1] in ("watching", "games")
            or kind_of(value) in ("game", "sport", "instrument")
        ):
            out.append(("hobbies", value))
    return out


def _visit(text: str) -> list[tuple[str, str]]:
    m = _VISIT.match(text)
    if m is None:
        return []
    raw = m.group("x").strip()
    first = raw.split()[0].lower()
    if first in _NOT_PLACE_FIRST or first in KIN or raw.split()[-1].lower() in KIN:
        return []  # "i visit my mom every week": kin, a routine
    value = noun_phrase(raw).lower()
    return [("likes", value)] if value and len(value.split()) <= 3 else []


def _concerts(text: str) -> list[tuple[str, str]]:
    m = _CONCERTS.match(text)
    if m is None:
        return []
    value = m.group("x").strip().lower()
    if not value or value.split()[0] in _NOT_MUSIC or len(value.split()) > 3:
        return []
    if kind_of(value) != "genre":
        return []  # "car shows", "dog shows", "worship christian concerts": no kind of music named
    return [("likes", value)]


def _rather(text: str) -> list[tuple[str, str]]:
    m = _RATHER.match(text)
    said = m.group("x").lower().split() if m else []
    if said[:2] == ["go", "out"]:
        said = said[2:]
    if said[:1] == ["and"] or said[:1] == ["go"]:
        said = said[1:]
    if not said:
        return []
    verb = said[0]
    if verb in _NOT_FOR_FUN:
        return []  # "i'd rather be working in my garden": what is worked at is not said as a doing
    if verb in ("have", "drink", "eat", "get") and len(said) > 1:
        value = noun_phrase(" ".join(said[1:])).lower()
        if value and kind_of(value) == "drink":
            return [("drinks", value)]
        if value and (value.split()[-1] in _FOOD_HEADS or value.split()[-1] in DIET_FOODS):
            return [("likes", value)]
        return []
    doing = ACTIVITIES.get(verb) or _GERUNDS.get(verb)
    if doing:
        return [("hobbies", " ".join([doing, *said[1:2]]) if verb in ("read", "write") and len(said) > 1 else doing)]
    if verb.endswith("ing") and (verb in ACTIVITIES.values() or _activity_gerund(verb)):
        return [("hobbies", verb)]
    return []


def _practised(text: str, low: str) -> list[tuple[str, str]]:
    if not low.startswith(("i ", "we ", "i'm ", "im ", "just ", "taking ", "practicing ", "practising ", "working ")):
        return []
    out: list[tuple[str, str]] = []
    for m in _PRACTISED.finditer(text):
        word = m.group("x").lower()
        if word in _NOT_PRACTISED or not word.endswith("ing"):
            continue
        if word in ACTIVITIES.values() or _activity_gerund(word):
            out.append(("hobbies", word))
    return out


def asides_of(said: str) -> tuple[list[tuple[str, str]], bool]:
    """What a clause says of the speaker's tastes in one of the frames of the module docstring: (key, value) facts,
    and whether they are all the clause says (a whole-clause frame)."""
    text = _TAIL.sub("", said.strip())
    low = text.lower()
    if not low or low.endswith("?"):
        return [], False
    if " which " in low or " that " in low or " wich " in low:
        found = _aside(text)
        if found:
            return found, False
    if "all " in low and " do " in low:
        found = _all_i_do(text)
        if found:
            return found, True
    if " who " in low or " that " in low:
        m = _WHO_LOVES.match(text)
        found_one = _pastime(m.group("x")) if m else None
        if found_one:
            return [found_one], False  # (the person named stays to be read: "i'm a girl who loves …")
    if " big " in low:
        m = _BIG_ON.match(text)
        found_one = _pastime(m.group("x")) if m else None
        if found_one:
            return [found_one], True
    if " visit " in low:
        found = _visit(text)
        if found:
            return found, True
    if "concert" in low or " shows" in low or " gigs" in low or "festival" in low:
        found = _concerts(text)
        if found:
            return found, False
    if "party animal" in low and " not " not in f" {low} ":
        if _PARTY_ANIMAL.match(text):
            return [("hobbies", "partying")], False
    if "too much" in low:
        m = _TOO_MUCH_TV.match(text)
        if m:
            value = m.group("x").lower()
            return [("likes", "tv" if value == "television" else value)], True
    if low.startswith(("i am ", "i'm ", "im ")) and ("ing " in low or " on " in low):
        m = _BUILDING.match(text)
        built = m.group("x").lower().split() if m else []
        heads = [i for i, w in enumerate(built) if w in _BUILDS]
        if m and heads:
            verb = " ".join(m.group("v").lower().split())
            thing = " ".join([m.group("a").lower(), *built[: heads[0] + 1]])
            return [("hobbies", f"{verb} {thing}")], False
    if " do " in low and (" event" in low or "competition" in low or "tournament" in low or " meet" in low):
        m = _DO_EVENTS.match(text)
        value = m.group("x").lower() if m else ""
        if value and value.split()[0] not in _NOT_FOR_FUN and value.split()[-1] not in _NOT_FOR_FUN:
            return [("hobbies", value)], True
    if " team" in low:
        m = _ON_TEAM.match(text)
        team = m.group("x").lower() if m else ""
        sport = _TEAM_SPORTS.get(team) or (team if team in SPORTS else "")
        if sport:  # (the clause read on: "i'm on the track team in high school" also says the school)
            return [("sports", sport)], False
    if "lingual" in low or "languages" in low:
        m = _LANGUAGES.match(text)
        if m:
            return [
                ("skills", m.group("b").lower() if m.group("b") else f"speaking {m.group('n').lower()} languages")
            ], True
    if " on " in low or "binge" in low:
        m = _ON_SITE.match(text)
        if m:
            value = (m.group("x") or m.group("y")).lower()
            return [("likes", _sub(r"^the\s+", "", value))], True
    if " by " in low or " from " in low:
        m = _ANYTHING_BY.match(text)
        value = noun_phrase(m.group("x")) if m else ""
        if value and len(value.split()) <= 4 and m and m.group("x").split()[0].lower() not in _NOT_PLACE_FIRST:
            return [("likes", value)], True
    if " pet" in low:
        m = _AS_A_PET.match(text)
        kind = (pet_kind(m.group("x")) or "") if m else ""
        if kind:
            return [("pets", kind)], True
    if "crave" in low or " no to " in low or "turn down" in low or "sweet tooth" in low:
        m = _CRAVE.match(text)
        if m and m.group("sweet"):
            return [("likes", "sweets")], True
        raw = (m.group("x") or m.group("y")) if m else ""
        value = noun_phrase(raw).lower() if raw else ""
        if (
            value
            and len(value.split()) <= 3
            and (value.split()[-1] in _FOOD_HEADS or value.split()[-1] in DIET_FOODS or kind_of(value) == "drink")
        ):
            return [("drinks" if kind_of(value) == "drink" else "likes", value)], True
    if (
        "blast" in low
        or "crank" in low
        or " jam" in low
        or " rock out" in low
        or " me some " in low
        or (" miss " in low or " seen " in low)
    ):
        m = _FOND_OF.match(text)
        raw = next((g for g in (m.groups() if m else ()) if g), "")
        value = noun_phrase(raw) if raw else ""
        if m and m.group("music") and kind_of(value) != "genre":
            value = ""  # "i blast the ac": no music named
        if value and len(value.split()) <= 4 and raw.split()[0].lower() not in _NOT_PLACE_FIRST:
            return [("likes", value.lower())], True
    if " regular " in low:
        m = _REGULAR.match(text)
        value = noun_phrase(m.group("x")).lower() if m else ""
        if value and len(value.split()) <= 3:
            return [("likes", value)], True
    if " rather " in low:
        found = _rather(text)
        if found:
            return found, True
    if "practi" in low or " on my " in low or "break from" in low:
        return _practised(text, low), False
    return [], False


def aside_dislikes(said: str) -> list[str]:
    """Dislikes said as a fear named as the speaker's, or as the exception to a like of everything."""
    text = _TAIL.sub("", said.strip())
    low = text.lower()
    if "fear" in low:
        m = _FEAR.match(text)
        raw = (m.group("x") or m.group("x2")) if m else ""
        if raw and raw.split()[0].lower() not in ("my", "your", "his", "her", "their", "it", "that", "this"):
            value = noun_phrase(raw).lower()
            return [value] if value and len(value.split()) <= 4 else []
    if "dread" in low or " around " in low or " during " in low:
        m = _DREAD.match(text)
        raw = (m.group("x") or m.group("y")) if m else ""
        value = noun_phrase(raw).lower() if raw and not _ONE_OCCASION.search(raw) else ""
        last = value.split()[-1] if value else ""
        if last and (last.endswith("s") or last in _SEASONS) and len(value.split()) <= 3:
            return [value]
    if "except" in low or " but " in low:
        m = _EXCEPT.match(text)
        if m:
            value = noun_phrase(m.group("x")).lower()
            return [value] if value and len(value.split()) <= 3 else []
    return []
