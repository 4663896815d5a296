"""Pastimes said without "i like"/"i play": by a fan of the doing ("avid gardener here", "i'm a keen baker"), by
what the doing is to the speaker ("knitting is my therapy", "running keeps me sane", "i keep busy with
woodworking"), by where the speaker is to be found ("i can usually be found fishing"), by a habit named in
passing ("back from my weekly dance class", "my daily 5k run"), by a list of hobbies ("i have other hobbies like
chess"), and abilities said as a gift or as taught ("i have a knack for fixing things", "i taught myself to sew").
Also said in passing: a partner in a doing ("he is a great hiking buddy"), what is best made by a doing ("pie is
my favourite thing to bake"), a doing the speaker sticks to ("i'll stick to my knitting"), a doing set beside
another ("besides running i surf"), walks taken and the gym gone to by habit ("i take my dogs for long walks", "i
hit the gym daily").

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
* A partner in a doing ("my fishing buddy", "she is a great running partner") is had only by one who does it; a
  partner in no doing ("business partner", "drinking buddy", "pen pal") says nothing of pastimes.
  So are the speaker's friends, group or club of a doing ("my skateboarding friends", "my hiking group", "my book
  club"); "my school friends", "his running club" say nothing of the speaker's pastimes.
* "X is my favourite to bake" names a doing by its verb: the verb is the pastime (``ACTIVITIES``), and what is
  made is read on as the favourites read it ("my favourite thing to cook is lasagne": a favourite food); a verb
  of taking in ("to eat", "to watch") names no pastime.
* "i'd rather stick to X" and "besides X, i …" set X beside what the other said or the speaker does: a pastime
  when X is a doing, nothing when it is a thing ("stick to my day job", "besides my job").
* Walks, runs or hikes in the plural ("i take my dog for long walks", "we go on hikes") are a habit; one walk
  ("took the dog for a walk") is an event. So the gym is a habit when gone to with a word of habit ("every day",
  "regularly"), when time is spent there, or when the speaker likes or tries to go: once ("went to the gym
  yesterday") is an event, and working at a gym is a job (read elsewhere).
* An ability is read as "i can …" (``skills``, or ``instruments`` for "play the piano"), so "i taught myself to
  sew" says the same as "i can sew"; a wish ("i want the ability to fly") is not said by these frames.
"""

from __future__ import annotations

import re

from ._asides import asides_of
from ._identity import pastime_of_agent
from ._lexicon import ACTIVITIES, GAMES, INSTRUMENTS, SPORTS, words
from ._predicates import _activity_gerund, _items, noun_phrase
from ._rule_patterns import _CUE_TAIL

__all__ = ["HOBBY_NOUNS", "pastimes_of"]

HOBBY_NOUNS = frozenset(
    {"hobby", "hobbies", "hobbies are", "passion", "passions", "hobbies include", "enjoyment", "pastime", "pastimes"}
    | {
        f"{size} {noun}"
        for size in ("main", "biggest", "true", "real", "only", "new", "latest", "other")
        for noun in ("hobby", "hobbies", "passion", "passions", "pastime", "pastimes")
    }
)
"""What "my … is X" calls a pastime: "my hobbies include chess", "my main hobby is biking", "my enjoyment is
rowing" (a favourite pastime is single-valued: ``favorite_hobby``, read with the favourites)."""

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
    r"zen|getaway|sanctuary|me\s+time|way\s+to\s+(?:relax|unwind|de-?stress))$",
    re.IGNORECASE,
)
"""What a doing is to the speaker: "knitting is my therapy", "running has always been my escape"."""
_WHAT_IT_IS = tuple(
    " " + w
    for w in """therapy escape outlet obsession addiction infatuation place sanity relief release zen getaway
    sanctuary time relax unwind stress destress de-stress""".split()
)
"""How such a clause ends: a cheap test before the pattern."""

_KEEPS_ME = re.compile(
    r"^(?P<v>[a-z][\w' -]{1,40}?)\s+(?:really\s+|definitely\s+|always\s+|just\s+)?(?:keeps|kept)\s+me\s+"
    r"(?:(?:so|really|pretty|very)\s+)?(?:busy|sane|fit|active|young|going|grounded|happy|calm|healthy|"
    r"in\s+shape|out\s+of\s+trouble|centered|centred|balanced)\b.*$",
    re.IGNORECASE,
)
"""A doing said by what it does for the speaker: "gardening keeps me sane", "yoga keeps me in shape"."""

_KEEP_BUSY = re.compile(
    r"^(?:i|we)\s+(?:(?:try\s+to|like\s+to|usually|always|mostly)\s+)?(?:(?:keep|stay)\s+(?:myself\s+|ourselves\s+)?"
    r"(?:busy|fit|active|sane|in\s+shape|young|healthy)|move\s+(?:my|our)\s+bod(?:y|ies)|get\s+(?:my\s+)?exercise)\s+"
    r"(?:by|with)\s+(?P<v>.+)$",
    re.IGNORECASE,
)
"""The doing the speaker keeps busy with: "i keep busy with woodworking", "i stay fit by swimming and yoga", "i
move my body by dancing", "i get my exercise by cycling"."""

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

_WHEN_NOT = re.compile(
    r"^(?:when|whenever|if)\s+(?:i\s+am|i'm|im)\s+not\s+(?:busy\s+|out\s+|off\s+)?(?P<v>[a-z]+ing\b.*)$",
    re.IGNORECASE,
)
"""What the speaker is doing whenever they are not at something else: "when i'm not hiking or climbing, i …"."""

_NOT_PASTIME = words("""working studying sleeping eating doing being going getting having teaching driving commuting
    cleaning parenting waiting looking taking making trying thinking talking practicing practising wearing""")
"""Doings the speaker has to do, not ones done for fun ("when i'm not working, i paint": the paint is read)."""

_LOVED_MOST = re.compile(
    r"^(?:the\s+(?:one\s+)?thing|what)\s+i\s+(?:really\s+)?(?:love|like|enjoy)\s+(?:doing\s+)?(?:the\s+)?most\s+"
    r"(?:is|has\s+to\s+be|would\s+be)\s+(?P<v>.+)$",
    re.IGNORECASE,
)
"""What the speaker loves most: "the thing i love most is skateboarding" (a doing: a pastime; else a like)."""

_COMPOUND_VERB = re.compile(
    r"^(?:i|we)\s+(?:(?:also|often|usually|sometimes|still|love\s+to|like\s+to|enjoy)\s+)*"
    r"(?P<a>bird|people|whale|window|star)[\s-]?(?P<b>watch|shop|gaze)(?:ing)?\b",
    re.IGNORECASE,
)
"""A pastime said as a compound verb: "i bird watch", "we window shop", "i stargaze on clear nights"."""
_GERUNDS = {"watch": "watching", "shop": "shopping", "gaze": "gazing"}

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

_BUDDY = re.compile(
    r"\b(?:my|our|(?:is|'s|are|'re|was|were)\s+(?:(?:such|also|really|always)\s+)*(?:a|an|my|our|the))\s+"
    r"(?:(?:great|good|best|favou?rite|perfect|regular|usual|loyal|faithful|trusty|little|new|old|main|only|"
    r"fellow)\s+)*(?P<v>[a-z]+(?:\s+[a-z]+)?)\s+(?:buddy|buddies|partner|partners|pal|pals|companion|companions|"
    r"(?P<group>friends|group|club|crew))\b",
    re.IGNORECASE,
)
"""A partner in a doing the speaker does: "my fishing buddy", "he is a great hiking buddy"."""
_GROUP_DOINGS = {"book": "reading", "chess": "chess", "poker": "poker"}
"""Groups named by what they do together that is no gerund ("my book club": reading)."""
_NOT_BUDDY = words("drinking study studying business life domestic pen texting sparring shopping")
"""Partners in what is no pastime of the speaker's ("my drinking buddy", "a business partner")."""

_FAVOURITE_TO = re.compile(
    r"^(?P<x>[a-z][\w' -]{0,40}?)(?:\s+(?:is|are)|'s|'re)\s+(?:(?:definitely|probably|always|just)\s+)?my\s+"
    r"(?:(?:very|all[\s-]time|most)\s+)?(?:favou?rite|fave|fav)\s+(?:(?:thing|things|one|ones|stuff)\s+)?"
    r"to\s+(?P<verb>[a-z]+)$"
    r"|^my\s+(?:(?:very|all[\s-]time)\s+)?(?:favou?rite|fave|fav)\s+(?:thing|things|stuff)\s+to\s+(?P<verb2>[a-z]+)\s+"
    r"(?:is|are|has\s+to\s+be|would\s+be)\s+(?P<x2>[a-z][\w' -]{0,40})$",
    re.IGNORECASE,
)
"""What is best made by a doing: "cookies are my favorite to bake", "my fave thing to knit is socks"."""
_OF_WHAT = words("grow build collect write")
"""Doings named with what they make ("roses are my favourite to grow": growing roses)."""
_NOT_FAVOURITE_DOING = words("smoke vape compete shop")

_STICK_TO = re.compile(
    r"^(?:i|we)(?:'ll|'d|\s+will|\s+would|\s+shall|\s+should|\s+think\s+i'?ll|\s+think\s+i\s+will)?\s+"
    r"(?:(?:rather|just|probably|prefer\s+to|better|still|always)\s+)*stick\s+(?:to|with)\s+(?:my\s+)?"
    r"(?P<v>.+?)(?:\s+(?:passion|hobby|instead|though|thanks|then|for\s+now))?$",
    re.IGNORECASE,
)
"""A doing the speaker keeps to rather than another: "i would rather stick to my knitting", "i'll stick to golf"."""

_BESIDES = re.compile(
    r"^(?:besides|apart\s+from|aside\s+from|other\s+than|in\s+addition\s+to|on\s+top\s+of)\s+"
    r"(?P<v>[a-z]+ing(?:\s+[a-z]+)?)\s*,?\s+(?P<rest>(?:i|we)\s+.+)$",
    re.IGNORECASE,
)
"""A doing set beside another the speaker does: "besides running i surf", "apart from hiking, i climb"."""
_NOT_BESIDE = re.compile(r"\b(?:hate|dislike|can't|cannot|don't|do\s+not|never|not|nothing|no)\b", re.IGNORECASE)

_WALKS = re.compile(
    r"^(?:i|we)\s+(?:(?:usually|often|always|also|still|love\s+to|like\s+to|enjoy|try\s+to)\s+)*"
    r"(?:take\s+(?:my|our|the)\s+(?:[a-z]+\s+)?(?:dogs?|pups?|puppy|puppies|kids)\s+(?:out\s+)?(?:for|on)|"
    r"go\s+on)\s+(?:(?:long|short|nice|daily|morning|evening|brisk|little|lots\s+of|many)\s+)*"
    r"(?P<n>walks|hikes|runs|jogs|bike\s+rides|swims)\b",
    re.IGNORECASE,
)
"""Walks or runs taken by habit (plural): "i take my dogs for long walks", "we go on hikes"."""

_GYM = re.compile(
    r"^(?:i|we)\s+(?:(?:also|still|usually|always|often|really|(?P<fond>try|like|love|enjoy)(?:\s+to)?)\s+)*"
    r"(?:go\s+to|hit|head\s+to|(?P<spend>spend)\s+(?:a\s+lot\s+of|lots\s+of|so\s+much|too\s+much|much|most\s+of\s+my|"
    r"all\s+my|a\s+ton\s+of|hours\s+of\s+my)\s+(?:free\s+|spare\s+)?time\s+(?:at|in))\s+(?:the|my)\s+(?:local\s+)?gym\b"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
"""The gym gone to by habit: "i go to the gym every day", "i spend a lot of time at the gym" (working out)."""
_GYM_HABIT = re.compile(
    r"\b(?:every|each|daily|regularly|often|most|a\s+lot|all\s+the\s+time|times?\s+a|twice|\d+\s+(?:days?|times?)|"
    r"religiously|nightly|weekly|after\s+work|before\s+work)\b",
    re.IGNORECASE,
)
_GYM_FOR_ELSE = re.compile(
    r"\bto\s+(?!(?:work\s+out|lift|train|exercise|stay|keep|get\s+(?:fit|strong|in\s+shape)|run|swim|box)\b)[a-z]+",
    re.IGNORECASE,
)
"""A purpose other than exercise ("i go to the gym most days to socialize"): no working out said."""
_PRONOUNS = words("it them that this those these him her me you us")


def _doing(raw: str) -> str:
    """The pastime a noun phrase names when it is a doing ("hiking in spring", "yoga", "chess"), else ""."""
    value = noun_phrase(raw).lower()
    if not value or len(value.split()) > 4 or not _PRONOUNS.isdisjoint(value.split()):
        return ""  # ("when i'm not using it": what "it" is, is said elsewhere)
    if _activity_gerund(value) or value in SPORTS or value in GAMES or value in ACTIVITIES.values():
        return value
    return value if value.split()[-1] in ("yoga", "pilates", "meditation", "games", "photography") else ""


def pastimes_of(said: str) -> tuple[list[tuple[str, str]], bool, str]:
    """What a clause says of the speaker's pastimes: (key, value) facts, whether they are all the clause says (a
    whole-clause frame), and the clause to read on (an ability said as "i can …")."""
    low = said.lower()
    aside, whole = asides_of(said)  # "softball, which i love", "all i do is knit", "i'm big on jazz" (_asides)
    if whole:
        return aside, True, said
    found = pastime_said(said, low)
    if found:
        return aside + found + habit_in_passing(said, low), True, said
    beside, said = _beside(said, low)
    if beside:
        low = said.lower()
    made = _favourite_to(said) if " to " in low and "fav" in low else []
    if made and (low.split()[0] in _PRONOUNS or low.startswith("they ")):
        return made, True, said  # "they are my favourite ones to bake": what they are is said elsewhere
    # (a favourite named, "pie is my favourite to bake", is read on as the favourites read it)
    return (
        aside + beside + made + habit_in_passing(said, low) + partners_and_walks(said, low),
        False,
        ability_said(said, low),
    )


def pastime_said(said: str, low: str) -> list[tuple[str, str]]:
    """(key, value) facts of a clause said in one of the whole-clause frames of the module docstring, or []."""
    fan = low.startswith(("i am a", "i'm a", "im a")) or " here" in low
    mine = "my " in low and (low.endswith(_WHAT_IT_IS) or low.rpartition(" ")[0].endswith(_WHAT_IT_IS))
    kept = "keep" in low or "kept" in low or " stay " in low or " body " in low or " exercise " in low
    listed = " be found " in low or " either " in low or "hobbies" in low or "pastimes" in low or "interests" in low
    free = low.startswith(("when", "if")) and " not " in low
    most = " most " in low and low.startswith(("the ", "what "))
    compound = low.startswith(("i ", "we ")) and ("watch" in low or "shop" in low or "gaze" in low)
    kept_to = _stuck_to(said) if " stick " in low else []
    if kept_to:
        return kept_to
    if not (fan or mine or kept or listed or free or most or compound):
        return []  # (the cheap tests first: most clauses say none of these)
    text = _CUE_TAIL.sub("", said)
    m = _FAN_DOER.match(text) if fan else None
    if m:
        noun = (m.group("n") or m.group("n2")).lower()
        pastime = _DOERS.get(noun) or pastime_of_agent(noun)
        return [("hobbies", pastime)] if pastime else []
    m = _PASTIME_IS_MY.match(text) if mine else None
    if m:
        value = _doing(m.group("v"))
        return [("hobbies", value)] if value else []
    m = _KEEPS_ME.match(text) if kept else None
    if m:  # a liking, as any thing that keeps one sane is (``_AFFECTS_ME``), and a pastime when it is a doing
        value = _doing(m.group("v"))
        return [("likes", value), ("hobbies", value)] if value else []
    m = _KEEP_BUSY.match(text) if kept else None
    m = m or (_FOUND_DOING.match(text) if " be found " in low else None)
    m = m or (_EITHER.match(text) if " either " in low else None)
    m = m or (_HOBBIES_LIKE.match(text) if listed else None)
    if m:
        return _listed(m.group("v"))
    m = _LOVED_MOST.match(text) if most else None
    if m:
        value = _doing(m.group("v"))
        return [("hobbies", value)] if value else []
    m = _COMPOUND_VERB.match(text) if compound else None
    if m:
        return [("hobbies", f"{m.group('a').lower()} {_GERUNDS[m.group('b').lower()]}")]
    m = _WHEN_NOT.match(text) if free else None
    if m:
        found = [_doing(item) for item in _items(m.group("v"))]
        return [_fact(v) for v in found if v and v.split()[0] not in _NOT_PASTIME]
    return []


def _listed(raw: str) -> list[tuple[str, str]]:
    """Each doing of a list ("cooking or fishing", "sewing and baking", "woodworking": the frame says it is a
    doing, so any gerund is one); anything else in it ("outside", "my kids") says no pastime."""
    out = []
    for item in _items(raw):
        value = _doing(item) or (noun_phrase(item).lower() if _GERUND.match(item.strip()) else "")
        if value and len(value.split()) <= 4 and value.split()[0] not in _NOT_PASTIME:
            out.append(_fact(value))  # ("i keep busy by working", "i get exercise by cleaning": no pastime)
    return out


def _fact(value: str) -> tuple[str, str]:
    """The key of a doing: "playing piano" is an instrument played, anything else a pastime."""
    played = value.split()[-1]
    if value.startswith("playing ") and played in INSTRUMENTS and len(value.split()) <= 3:
        return ("instruments", played)
    return ("hobbies", value)


_GERUND = re.compile(r"^(?!(?:thing|something|nothing|anything|everything|morning|evening|during)\b)[a-z]{3,}ing\b")


def ability_said(text: str, low: str) -> str:
    """The clause said as "i can …" when it says an ability in one of the frames above, else the clause itself."""
    if not low.startswith(("i ", "we ")) or not (
        "taught" in low or "knack" in low or "abilit" in low or "talent" in low or "gift" in low or "flair" in low
    ):
        return text
    m = _ABILITY.match(text)
    if m is None:
        return text
    subject = m.group("s") or m.group("s2")
    said = (m.group("v") or m.group("v2")).strip()
    if m.group("v2") or m.group("to"):
        return f"{subject} can {said}"  # "i taught myself to sew", "i have the ability to stop time"
    return f"{subject} am good at {said}"  # "i have a knack for fixing things"


def habit_in_passing(text: str, low: str) -> list[tuple[str, str]]:
    """Pastimes named as the speaker's habit anywhere in a clause ("just back from my weekly dance class")."""
    out: list[tuple[str, str]] = []
    if "my " not in low:
        return out
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


def _doing_phrase(raw: str) -> str:
    """A doing named by a phrase: a known one (``_doing``) or one ending in a known gerund ("rock climbing")."""
    value = _doing(raw)
    if value or not raw.strip():
        return value
    words_ = noun_phrase(raw).lower().split()
    if 1 < len(words_) <= 3 and _activity_gerund(words_[-1]) and words_[-1] not in _NOT_PASTIME:
        return " ".join(words_)
    return ""


def _favourite_to(said: str) -> list[tuple[str, str]]:
    """ "cookies are my favorite to bake": baking (``_FAVOURITE_TO``)."""
    m = _FAVOURITE_TO.match(_CUE_TAIL.sub("", said))
    if m is None:
        return []
    verb = (m.group("verb") or m.group("verb2")).lower()
    doing = ACTIVITIES.get(verb, "")
    if not doing or verb in _NOT_FAVOURITE_DOING:
        return []
    made = noun_phrase(m.group("x") or m.group("x2") or "").lower()
    return [("hobbies", f"{doing} {made}" if verb in _OF_WHAT and made else doing)]


def _stuck_to(said: str) -> list[tuple[str, str]]:
    """ "i would rather stick to my knitting passion": knitting (``_STICK_TO``)."""
    m = _STICK_TO.match(_CUE_TAIL.sub("", said))
    value = _doing_phrase(m.group("v")) if m else ""
    return [_fact(value)] if value and value.split()[0] not in _NOT_PASTIME else []


def _beside(said: str, low: str) -> tuple[list[tuple[str, str]], str]:
    """ "besides running i surf": running, and the clause left to read ("i surf")."""
    if not low.startswith(("besides", "apart", "aside", "other than", "in addition", "on top")):
        return [], said
    m = _BESIDES.match(said)
    if m is None or _NOT_BESIDE.search(m.group("rest")):
        return [], said
    value = _doing_phrase(m.group("v"))
    if not value or value.split()[0] in _NOT_PASTIME:
        return [], said
    return [_fact(value)], m.group("rest")


def partners_and_walks(text: str, low: str) -> list[tuple[str, str]]:
    """Pastimes said by a partner in them ("he is a great hiking buddy"), by walks taken or the gym gone to by
    habit ("i go to the gym every day": working out)."""
    out: list[tuple[str, str]] = []
    if (
        "buddy" in low
        or "buddies" in low
        or "partner" in low
        or " pal" in low
        or "companion" in low
        or (
            (" my " in f" {low}" or " our " in f" {low}")
            and ("friends" in low or "group" in low or "club" in low or " crew" in low)
        )
    ):
        for m in _BUDDY.finditer(text):
            what = m.group("v").lower().split()
            if what[-1] in _NOT_BUDDY:
                continue
            if m.group("group"):  # "my skateboarding friends", "my book club": only a doing names a pastime
                value = _GROUP_DOINGS.get(what[-1]) or (
                    " ".join(what) if _activity_gerund(" ".join(what)) or " ".join(what) in SPORTS else ""
                )
                if value and value.split()[0] not in _NOT_PASTIME and m.group(0).lower().startswith(("my", "our")):
                    out.append(_fact(value))
                continue
            value = _HABIT_NOUNS.get(what[-1]) or _doing_phrase(" ".join(what)) or _doing(what[-1])
            if value and value.split()[0] not in _NOT_PASTIME:
                out.append(_fact(value))
    if "walks" in low or "hikes" in low or "runs" in low or "rides" in low or "jogs" in low or "swims" in low:
        walks = _WALKS.match(_CUE_TAIL.sub("", text))
        if walks:
            noun = walks.group("n").lower().rstrip("s")
            out.append(("hobbies", "biking" if noun.startswith("bike") else _HABIT_NOUNS[noun]))
    if "gym" in low:
        gym = _GYM.match(_CUE_TAIL.sub("", text))
        if (
            gym
            and (gym.group("spend") or gym.group("fond") or _GYM_HABIT.search(gym.group("rest")))
            and not _GYM_FOR_ELSE.search(gym.group("rest"))
        ):
            out.append(("hobbies", "working out"))  # (the gym as a place liked is read by the verb, "likes")
    return out
