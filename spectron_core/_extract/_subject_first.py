"""Facts said with the thing first and the category after it, allergies and conditions said as nouns, the speaker
described by themselves or by others, and goals said as what one is trying or working on.

* The thing is the subject and the category the predicate: "black coffee is my go-to drink", "red wine is my drink
  of choice", "my go-to snack is popcorn", "the best novel i've ever read is middlemarch", "kimchi has replaced
  burgers as my favourite food". "Go-to", "of choice" and "the best … I've ever …" say a favourite, so the key is
  the ``favorite_<kind>`` that "my favourite <kind> is …" gives (through ``favorite_key``), never one minted from
  the words ("go_to_drink", "drink_of_choice"). Only kinds one has a favourite of are read: "coffee is my first
  drink of the day" and "the best pizza in town is at luigi's" say no taste. A favourite that "replaced" another
  is the speaker's, and the old one is only its foil: it is not a second value, nor an entity of its own.
* A degree said by its subject: "my phd is in chemistry", "my masters in law", "i did my phd in astrophysics" →
  ``education``, as "i have a degree in …" is.
* An allergy said as a noun ("i have a peanut allergy", "wasp stings are a serious allergy for me", "shellfish is
  my one allergy"), as a reaction ("ibuprofen gives me a bad reaction", "strawberries give me hives", "i react
  badly to sulfa drugs"), or with an intensifier or a typo ("im alergic to cats", "i'm super allergic to …") →
  ``allergies``, not ``possessions``: an allergy is had the way a condition is, not owned. A condition one "gets"
  again and again ("i get hay fever every spring", "i get migraines") or "suffers with" → ``health``; the verb
  "get" is read only for a closed list of recurring conditions, since "i get coffee every morning" is a habit.
* The speaker's character said through a description ("i'd describe myself as laid-back", "people say i'm
  stubborn", "i've been told i'm shy", "i consider myself an extrovert", "i'm a pretty introverted person") →
  ``personality``, only for a word of ``TRAITS``: "people say i'm lucky" or "…as a runner" name no trait.
* A goal said as what one is trying, hoping or working to do ("i'm trying to quit smoking", "i'm working on getting
  fitter", "i'm working on my spanish") → ``goals``, only for the verbs of lasting aims (lose, quit, save, learn,
  cut down …) or a skill or one's fitness worked on: "i'm trying to find my keys", "i'm working on a report" are
  the task of the moment.

What must give no standing fact, and is claimed here so no other reader takes it: a mood of the day ("i'm
exhausted today", "so sleepy right now") is no current ``mood``, and a meal had ("i had a burrito for lunch
today") is no ``event`` or taste. Only clauses whose subject is the speaker are read ("my wife has a peanut
allergy", "my friend is trying to lose weight" say nothing of the speaker).
"""

from __future__ import annotations

import re

from ._lexicon import LANGUAGES, MOODS, TRAITS, words
from ._predicates import _items as list_items
from ._predicates import favorite_key, kind_of

__all__ = ["denied_trait", "subject_first"]

Fact = tuple[str, str]
"""(key, value)."""

_KINDS = words(
    """drink drinks food foods meal meals dish dishes snack snacks dessert desserts cuisine beer wine cocktail
    coffee tea breakfast lunch dinner takeaway takeout song songs album albums band bands book books novel novels
    movie movies film films show shows series game games sport sports restaurant restaurants author singer artist
    podcast music genre color colour season animal holiday flower place city country team"""
)
"""Kinds one has a favourite of, read after "go-to", "of choice" or "the best … i've ever …"."""

_KIND = r"(?:(?:late[\s-]night|[a-z]+)\s+)??(?P<k>[a-z]+)"
_CHOICE = (
    r"(?:my\s+(?:usual\s+|absolute\s+|personal\s+|current\s+|new\s+|all[\s-]time\s+)?(?:(?:go[\s-]?to|top|"
    r"number\s+one|numero\s+uno|top[\s-]tier|no\.?\s*1|\#1|(?<=all[\s-]time\s)best)\s+"
    + _KIND
    + r"|(?P<k2>[a-z]+)\s+of\s+choice"
    r"|go[\s-]?to(?=\s+(?:is|are|has|would|tends)\b)))"
)
_TAIL = (
    r"(?P<rest>(?:\s+(?:in|on|at|when|whenever|after|before|every|for|these|lately|nowadays|most|if|now|right\s+now|"
    r"obvs|obviously|tbh|ngl|lol|haha)"
    r"\b.*)?)"
)

_CHOICE_LAST = re.compile(
    r"^(?P<v>[a-z0-9][\w' &-]*?)\s+(?:is|are|was|has\s+(?:always\s+)?been|has\s+become|would\s+be|remains?)\s+"
    r"(?:(?:definitely|still|always|probably|now|basically|usually)\s+)*" + _CHOICE + _TAIL + r"$",
    re.IGNORECASE,
)
_CHOICE_FIRST = re.compile(
    r"^" + _CHOICE + r"(?:\s+(?:these\s+days|lately|nowadays|right\s+now|at\s+the\s+moment))?\s+"
    r"(?:is|are|has\s+to\s+be|would\s+be|has\s+always\s+been|tends\s+to\s+be)\s+(?P<v>[^,;]+?)"
    + _TAIL
    + r"(?:\s*[,;].*)?$",
    re.IGNORECASE,
)
_BEST_EVER = re.compile(
    r"^(?:the\s+|my\s+)?(?:best|greatest|finest|tastiest|nicest)\s+(?P<k>[a-z]+)\s+(?:that\s+)?(?:i|i\s+have|i've|ive)\s+"
    r"(?:ever\s+)?(?:read|seen|watched|heard|eaten|had|tasted|listened\s+to|played|been\s+to)"
    r"(?:\s+in\s+my\s+(?:whole\s+|entire\s+)?life)?\s+(?:is|was|has\s+to\s+be|would\s+be|is\s+probably|was\s+probably)\s+"
    r"(?P<v>.+)$",
    re.IGNORECASE,
)
_REPLACED = re.compile(
    r"^(?P<v>[a-z0-9][\w' &.-]*?)\s+(?:has\s+|have\s+|'s\s+|'ve\s+)?"
    r"(?:(?:now|finally|officially|basically|completely|totally|just|kind\s+of|kinda)\s+)*"
    r"(?:(?:replaced|overtaken|taken\s+over\s+from|beaten|dethroned|knocked|ousted|took\s+over\s+from|overtook|beat)\s+"
    r"(?P<old>[\w' &-]+?)(?:\s+off)?|taken\s+over|took\s+over)\s+as\s+my\s+(?:new\s+)?(?:all[\s-]time\s+)?"
    r"(?:favou?rite|fave|fav|top|number\s+one|no\.?\s*1|go-to)\s+(?P<k>[a-z]+)"
    r"(?:\s+(?:ever|of\s+all\s+time|now|these\s+days|by\s+far|for\s+sure|hands\s+down))?"
    r"(?:\s*[,;!]\s*(?:sorry|soz|rip|bye|lol|haha|tbh|ngl)\b.*)?$",  # ("…, sorry swifties": said to the old one's fans)
    re.IGNORECASE,
)
_DEGREE = (
    r"(?:phd|ph\.d|doctorate|dphil|masters?|master's|msc|mba|ma|bachelors?|bachelor's|bsc|ba|degree|undergrad|"
    r"undergraduate|major|minor|first\s+degree|postgrad|diploma)(?:\s+degree)?"
)
_DEGREE_IN = re.compile(
    r"^(?:my\s+" + _DEGREE + r"(?:\s+(?:is|was|will\s+be))?"
    r"|(?:i|we)\s+(?:did|do|am\s+doing|was\s+doing|got|earned|completed|finished|hold|took|have\s+done)\s+"
    r"(?:my|a|an|our)\s+" + _DEGREE + r")\s+in\s+(?P<v>[a-z][\w' &-]*?)"
    r"(?:\s+(?:at|from|with|because|since|so|which|and\s+(?:i|it|then))\b.*)?$",
    re.IGNORECASE,
)

_SEVERITY = (
    r"(?:(?:a|an|some)\s+)?(?:(?:severe|serious|bad|mild|slight|life[\s-]threatening|deadly|nasty|major|minor|"
    r"terrible|awful|real|really|pretty|super|big|massive|horrible|strong|weird|annoying|very)\s+)*"
)
_I = r"^(?:i|we)\s+(?:(?:also|still|now|actually|definitely|unfortunately|sadly|even)\s+)*"
_ALLERGY_HAD = re.compile(
    _I
    + r"(?:have\s+got|have|got|suffer\s+from|live\s+with)\s+"
    + _SEVERITY
    + r"(?P<v>[a-z][\w' -]*?)\s+allerg(?:y|ies)$",
    re.IGNORECASE,
)
_ALLERGY_IS = re.compile(
    r"^(?P<v>[a-z][\w' -]*?)\s+(?:is|are)\s+(?:(?:a|an|my)\s+)?(?:(?:only|one|big|biggest|main|worst|serious|severe|bad|"
    r"real|major|deadly|known)\s+)*allerg(?:y|ies)(?P<me>\s+(?:for|of|with)\s+(?:me|mine))?$",
    re.IGNORECASE,
)
_REACTION = re.compile(
    r"^(?P<v>[a-z][\w' -]*?)\s+(?:gives?|gave|always\s+gives?)\s+me\s+" + _SEVERITY + r"(?:allergic\s+)?"
    r"(?:reactions?|hives|a\s+rash|rashes|anaphylaxis|anaphylactic\s+shock)$"
    r"|^(?P<v2>[a-z][\w' -]*?)\s+(?:makes?|made|always\s+makes?)\s+(?:me\s+(?:break|come)\s+out\s+in\s+"
    + _SEVERITY
    + r"(?:hives|a\s+rash|rashes|spots|welts|blotches)|my\s+(?:throat|lips|mouth|tongue|face|eyes|skin)\s+"
    r"(?:swell|itch|tingle|close|burn)(?:\s+up)?)$",
    re.IGNORECASE,
)
"""(A reaction made is an allergy as one given is: "peanuts make me break out in hives", "kiwi makes my throat swell
up"; a sweat or a laugh broken out in is none.)"""
_REACT = re.compile(
    _I + r"(?:react|reacted|am\s+reacting)\s+(?:really\s+|very\s+)?(?:badly|poorly|terribly|severely|strongly)\s+to\s+"
    r"(?P<v>[a-z][\w' ,-]*?)$",
    re.IGNORECASE,
)
_ALLERGIC = re.compile(
    _I + r"am\s+(?:(?:very|super|really|so|severely|deathly|highly|mildly|slightly|extremely|quite|a\s+bit|seriously|"
    r"also|pretty|kind\s+of|kinda)\s+)*(?:al+er+gi[ck]|al+erg[ck]|al+ergy|allegric|alergic)\s+to\s+(?P<v>[a-z][\w' ,-]*?)$",
    re.IGNORECASE,
)
_RECURRING = (
    r"hay\s*fever|migraines?|cluster\s+headaches|headaches|panic\s+attacks|anxiety\s+attacks|cold\s+sores|nosebleeds|"
    r"nose\s+bleeds|seizures|heartburn|acid\s+reflux|motion\s+sickness|travel\s+sickness|sea\s*sickness|"
    r"car\s*sickness|eczema(?:\s+flare[\s-]?ups)?|psoriasis(?:\s+flare[\s-]?ups)?|sinusitis|sinus\s+infections|"
    r"tonsillitis|gout|vertigo|asthma\s+attacks|seasonal\s+allergies|insomnia"
)
_CONDITION_GOT = re.compile(
    _I + r"(?:(?:always|often|usually|regularly|sometimes|constantly|really|tend\s+to)\s+)*"
    r"(?:get|suffer\s+with|have\s+suffered\s+(?:from|with)|have\s+had|have|have\s+got|deal\s+with|"
    r"struggle\s+with)\s+(?:(?:bad|terrible|awful|chronic|severe|really\s+bad|the\s+worst|seasonal|horrible|frequent|"
    r"occasional|nasty)\s+)*(?P<v>" + _RECURRING + r")(?P<rest>(?:\s+.*)?)$",
    re.IGNORECASE,
)

_SAID_TO_BE = (
    r"(?:people|everyone|everybody|others|they|friends|(?:my|our)\s+(?:[\w-]+\s+)?[\w-]+)\s+"
    r"(?:always\s+|often\s+|usually\s+)?(?:say|says|said|tell\s+me|tells\s+me|told\s+me|think|thinks|call\s+me)\s+"
    r"(?:that\s+)?(?:i\s+am|i'm|im)?"
)
_DESCRIBED = re.compile(
    r"^(?:(?:i\s+would|i'd|id|i)\s+(?:probably\s+|definitely\s+)?(?:describe|call)\s+myself\s+(?:as\s+)?"
    r"|i\s+(?:would\s+)?(?:consider|see)\s+myself\s+(?:as\s+)?(?:to\s+be\s+)?"
    r"|i\s+have\s+(?:always\s+)?been\s+told\s+(?:that\s+)?i\s+am\s+"
    r"|i\s+am\s+told\s+(?:that\s+)?i\s+am\s+"
    r"|" + _SAID_TO_BE + r"\s*"
    r"|i\s+am\s+(?=(?:\w+\s+)?(?:\w+\s+)?(?:by\s+nature|naturally|at\s+heart|through\s+and\s+through)\b)"
    r")(?P<v>.+)$",
    re.IGNORECASE,
)
_NATURE = re.compile(r"\b(?:by\s+nature|naturally|at\s+heart|through\s+and\s+through)\b", re.IGNORECASE)
_TRAIT_PERSON = re.compile(
    r"^i\s+am\s+(?:a|an)\s+(?:(?:pretty|very|really|quite|fairly|rather|super|extremely|incredibly)\s+)?"
    r"(?P<v>[a-z-]+)\s+(?:person|guy|girl|woman|man|type|kind\s+of\s+person|sort\s+of\s+person|soul|human)$",
    re.IGNORECASE,
)
_DEGREE_WORDS = re.compile(
    r"^(?:(?:a|an|pretty|very|really|quite|fairly|rather|super|extremely|incredibly|too|so|bit|a\s+bit|kind\s+of|kinda|"
    r"sort\s+of|way\s+too|overly|naturally|by\s+nature|more|of)\s+)+",
    re.IGNORECASE,
)

_GOAL_VERBS = words(
    """lose quit save learn cut eat drink read run stop exercise pay become improve sleep spend meditate walk
    write stay gain train practice practise drop reduce kick give start buy cook swim cycle journal budget
    limit floss master grow tone stretch"""
)
"""Verbs of lasting aims: "i'm trying to <verb> …" is a goal with one of these, the task of the moment without.
"read" and "write" only as a habit ("read more", "write every day"), since "trying to write invoices" is today's
task; "finish", "study" and "build" are left out for the same reason ("trying to finish my project")."""
_GET_AIMS = re.compile(
    r"^get\s+(?:back\s+(?:in|into|to)\s+|into\s+)?(?:fit|fitter|in\s+shape|into\s+shape|running|exercising|the\s+gym|yoga|healthier|stronger|better\s+at|promoted|out\s+of\s+debt|sober|"
    r"my\s+(?:license|licence|degree|black\s+belt|weight\s+down|life\s+together|finances))\b",
    re.IGNORECASE,
)
_GOAL_TRIED = re.compile(
    r"^(?:i|we)\s+(?:am|are|have\s+been|was)\s+(?:(?:really|still|also|seriously|desperately|actively|slowly)\s+)*"
    r"(?:trying|hoping|aiming|working\s+hard)\s+to\s+(?P<v>[a-z].*)$",
    re.IGNORECASE,
)
_WORKING_ON = re.compile(
    r"^(?:i|we)\s+(?:am|are|have\s+been)\s+(?:(?:really|still|also|seriously|slowly)\s+)*working\s+on\s+(?P<v>[a-z].*)$",
    re.IGNORECASE,
)
_WORKED_ON = words(
    """fitness health weight patience confidence posture diet sleep stamina endurance strength core flexibility
    running cooking writing drawing singing mindset temper habits"""
)
"""What one works on as a lasting aim after "my" ("i'm working on my patience"), besides a language."""
_GOAL_IS = re.compile(
    r"^my\s+(?:(?:main|big|biggest|top|one|only|current|personal|fitness|real|ultimate|number\s+one|new\s+year'?s?|"
    r"long[\s-]term|short[\s-]term|financial|career|life)\s+)*(?:goal|aim|resolution|target|ambition|priority|mission)"
    r"(?:\s+(?:this|for\s+this|for\s+the|for|next)\s+(?:year|month|summer|spring|autumn|fall|winter|week|decade|\d{4})|\s+for)?"
    r"(?:\s+(?:right\s+now|at\s+the\s+moment|these\s+days))?\s+(?:is|will\s+be)\s+(?:to\s+)?(?P<v>[a-z].+)$",
    re.IGNORECASE,
)
"""A goal said as the speaker's goal ("my goal this year is to run a marathon", "my new year's resolution is to
read more"): ``goals``, never a key minted from the words ("goal_this_year", "main_goal"). A dangling "for" is
where the time phrase was taken off ("my big goal for [next year] is …")."""
_TOO = re.compile(r"\s*,?\s+(?:too|as\s+well|also|soon|someday|some\s+day|one\s+day|eventually)$", re.IGNORECASE)
_NOW = re.compile(
    r"\b(?:right\s+now|at\s+the\s+moment|today|tonight|this\s+(?:morning|afternoon|evening))\b", re.IGNORECASE
)

_MOOD_OF_DAY = re.compile(
    r"^(?:(?:i|we)\s+(?:am|are|feel|was)\s+|feeling\s+)?(?:(?:so|very|really|kind\s+of|kinda|a\s+bit|a\s+little|bit|"
    r"super|pretty|quite|totally|absolutely|just|rather|soo+|a\s+tad)\s+)*(?P<m>[a-z]+)$",
    re.IGNORECASE,
)
_DAY_STATES = MOODS & words(
    """tired exhausted sleepy hungry stressed sick ill bored nervous anxious overwhelmed worried frustrated excited
    angry upset"""
)
"""States the day brings (the body's, the day's load): "i'm exhausted today" says how today is. Feelings about one's
life ("i'm lonely tonight", "so sad today") stay a ``mood``: said with a day they are often how the speaker's
life is, and a later one replaces them anyway."""
_MEAL_HAD = re.compile(
    r"^(?:i|we)\s+(?:just\s+|already\s+)?(?:had|ate|grabbed|got|made|cooked|ordered)\s+.+?\s+for\s+"
    r"(?:breakfast|lunch|dinner|brunch|supper|tea|a\s+snack|dessert|elevenses)$",
    re.IGNORECASE,
)

_NOT_ALLERGEN = words(
    """a an the some terrible bad severe serious mild awful really pretty seasonal many few lots several food
    bad nasty"""
)
_NOT_A_THING = words("it that this which what something everything nothing one ones mine yours he she they them")
_LEAD_ART = re.compile(r"^(?:(?:a|an|the|some|my|our|any)\s+)+", re.IGNORECASE)
_PORTION = re.compile(
    r"^(?:(?:a|one)\s+)?(?:bowl|plate|cup|glass|pint|mug|slice|piece|bottle|can)\s+of\s+", re.IGNORECASE
)


def _thing(raw: str) -> str:
    """The thing a clause names, as a value: without a lead article or a portion ("a bowl of laksa" → laksa),
    lower-case unless it is a name."""
    v = _PORTION.sub("", raw.strip(" .,!?")).strip()
    v = _LEAD_ART.sub("", v) if not v[:1].isupper() or v.split()[0].lower() in ("a", "an", "my", "some") else v
    if not v or v.split()[0].lower() in _NOT_A_THING or len(v.split()) > 6:
        return ""
    return v if any(w[:1].isupper() for w in v.split()) else v.lower()


def _favourite(kind: str, value: str) -> list[Fact]:
    """The favourite of ``kind``; with no kind said ("my go-to is a latte") the kind is the
    value's, as for "pizza is my favourite", and nothing when the value names none."""
    if kind and kind.lower() not in _KINDS:
        return []
    v = _thing(value)
    if not v or v.split()[0].lower() in ("in", "at", "on", "from", "near", "by", "with", "for"):
        return []  # ("the best pizza i've had was at luigi's": a place, not the favourite's name)
    key = favorite_key(kind.lower(), v)
    return [] if key == "favorite_thing" else [(key, v)]


def _items(raw: str) -> list[str]:
    """The things of a list ("cats and dogs", "latex, fyi": a remark ends it), as ``_predicates`` reads one."""
    return [t for t in (_thing(p) for p in list_items(raw.strip(" .,!?"))) if t]


_DENIAL = re.compile(
    r"^(?:(?:but|though|although|yet)\s+)?(?:i\s+am\s+not(?:\s+really)?|i\s+(?:really\s+)?do\s+not\s+(?:think\s+so|agree|see\s+it)"
    r"|i\s+disagree|(?:that|it)\s+is\s+not\s+true|not\s+really)$",
    re.IGNORECASE,
)
"""A clause that denies the one before: "(everyone says i'm a workaholic) but i'm not"."""


def denied_trait(text: str, prior: str) -> str:
    """The trait ``prior`` says others see in the speaker when ``text`` goes on to deny it ("everyone says i'm a
    workaholic | but i'm not" → "workaholic"), or ""."""
    if not prior or not _DENIAL.match(text.strip(" .,!?")):
        return ""
    m = _DESCRIBED.match(prior.strip(" .,!?"))
    return _trait(m.group("v")) if m else ""


def _trait(raw: str) -> str:
    """The trait a description names ("pretty laid-back", "too impatient", "an extrovert"), or ""."""
    v = _DEGREE_WORDS.sub("", _NATURE.sub("", raw).strip(" .,!?")).strip()
    first = v.split()[0].lower().strip(",") if v else ""
    return first if first in TRAITS else ""


def _goal(raw: str) -> str:
    """A lasting aim said after "trying to" ("quit smoking"), or "" for the task of the moment."""
    v = _TOO.sub("", raw.strip(" .,!?")).strip()
    said = v.lower().split()
    if len(said) < 2:
        return ""  # ("i'm trying to study": what the speaker is doing, no aim named)
    if said[0] in ("read", "write") and said[1] not in ("more", "every", "a", "daily", "regularly"):
        return ""
    if said[0] in _GOAL_VERBS or (said[0] == "get" and _GET_AIMS.match(v)):
        return v.lower()
    return ""


_BEST_KIND = re.compile(
    r"^(?:the\s+|my\s+)?(?:best|greatest|finest|tastiest|nicest)\s+[a-z]+(?:\s+that)?$", re.IGNORECASE
)


_MY_THING = re.compile(
    r"^(?P<v>(?!(?:it|that|this|he|she|they|what|which|who|there|my|our|his|her|their)\b)[\w'-]+(?:\s+[\w'-]+){0,3}?)"
    r"\s+(?:is|are|has\s+become|have\s+become|has\s+been|became)\s+(?:(?:basically|kind\s+of|kinda|pretty\s+much|"
    r"totally|definitely|honestly|literally|officially|still|now|like)\s+)*(?:my|our)\s+(?:(?:whole|new|big|latest|one|"
    r"main|other|other\s+big|true|first|great|only)\s+)*(?P<n>thing|jam|guilty\s+pleasure|sport|personality|lifeline|"
    r"religion|vice|drink|poison)\b"
    r"(?:[\s,;].*)?$|"
    r"^(?P<v2>(?!(?:it|that|this|he|she|they|what)\b)[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+(?:is|are)\s+what\s+keeps\s+"
    r"(?:me|us)\s+(?:alive|sane|going|grounded|happy)\b.*$",
    re.IGNORECASE,
)
"""A liking said as what the thing is to the speaker: "birdwatching has become my thing since lockdown", "tennis is
my sport", "k-pop is my guilty pleasure", "ethiopian food is my other big love", "black coffee is what keeps me
alive". The key follows the thing (a sport, a drink, a pastime said as a gerund; else a like). What a doing is to
the speaker in ``_pastimes``' words ("knitting is my therapy", "the lake is my happy place") is read there."""


def _my_thing(t: str) -> list[Fact]:
    m = _MY_THING.match(t) if " my " in f" {t.lower()} " or " keeps " in t.lower() else None
    v = _thing(m.group("v") or m.group("v2")) if m else ""
    if not m or not v:
        return []
    if v[:1].isupper() and not any(w[:1].isupper() for w in v.split()[1:]) and not v.split()[0].isupper():
        v = v[:1].lower() + v[1:]  # ("Tennis is my sport": capitalised only as the sentence's first word)
    noun, kind = (m.group("n") or "").lower(), kind_of(v)
    if noun in ("thing", "personality") and not (kind or v.split()[0].endswith("ing")):
        return []  # ("anxiety is my thing": only a doing or a known kind of thing is a liking)
    if noun == "sport" or kind == "sport":
        return [("sports", v)]
    if kind == "drink" or noun in ("drink", "poison"):
        return [("drinks", v)]
    if v.split()[0].endswith("ing"):
        return [("hobbies", v)]
    return [("likes", v)]


def subject_first(text: str, today: bool, prior: str = "") -> tuple[list[Fact], bool]:
    """The facts (key, value) the clause says in one of this module's constructions, and whether it was one (a
    clause claimed with no fact says nothing standing: a mood of the day, a meal had). ``today``: the clause was
    dated to the turn's own day; ``prior``: the clause before it, which the splitter cut off a "the best <kind>"
    whose relative clause starts with "i" ("the best novel | i've ever read is middlemarch")."""
    t = text.strip(" .,!?")
    if prior and t[:2].lower() == "i " and _BEST_KIND.match(prior.strip(" ,")):
        t = f"{prior.strip(' ,')} {t}"
    low = t.lower()
    if not low:
        return [], False
    if today or _NOW.search(low):
        mood = _MOOD_OF_DAY.match(_NOW.sub("", low).strip(" ,"))
        if mood and mood.group("m") in _DAY_STATES:
            return [], True  # "i'm exhausted today": how the day is, not a standing mood
    if " for " in low and _MEAL_HAD.match(t):
        return [], True  # "i had a burrito for lunch": a meal had, no event nor taste
    if any(w in low for w in ("choice", "go", "top", "one", "1", "time best", "numero")):
        m = _CHOICE_LAST.match(t) or _CHOICE_FIRST.match(t)
        found = _favourite(m.group("k") or m.group("k2") or "", m.group("v")) if m else []
        if m and not found and not (m.group("k") or m.group("k2")):
            return [], True  # "my go-to is the blue one": a favourite of no kind said, no key minted ("go_to")
        if found:  # (a kind no favourite is kept of, "my go-to editor is helix", is left to its own reader)
            return found, True
    if "best" in low or "greatest" in low or "finest" in low or "tastiest" in low or "nicest" in low:
        m = _BEST_EVER.match(t)
        found = _favourite(m.group("k"), m.group("v")) if m else []
        if found:
            return found, True
    if " as my " in low:
        m = _REPLACED.match(t)
        found = _favourite(m.group("k"), m.group("v")) if m else []
        if found:
            return found, True
    if " in " in low:
        m = _DEGREE_IN.match(t)
        if m:
            v = _thing(m.group("v"))
            return ([("education", v)] if v else []), bool(v)
    if "aller" in low or "alerg" in low or "allegr" in low:
        m = _ALLERGY_HAD.match(t) or _ALLERGIC.match(t)
        if not m:
            m = _ALLERGY_IS.match(t)
            if m and not (m.group("me") or " my " in f" {low} "):
                m = None  # ("pollen is a common allergy": no one's)
        found = (
            [("allergies", v.lower()) for v in _items(m.group("v")) if v.split()[0] not in _NOT_ALLERGEN] if m else []
        )
        if found:  # ("i have terrible allergies": none named; left to the condition reader)
            return found, True
    if " me " in low or " my " in low:
        m = _REACTION.match(t)
        v = (m.group("v") or m.group("v2")) if m else ""
        if m and v.split()[0].lower() not in _NOT_A_THING | {"my", "his", "her", "their", "your"}:
            found = [("allergies", x.lower()) for x in _items(v)]
            return found, bool(found)
    if "react" in low:
        m = _REACT.match(t)
        if m:
            found = [("allergies", v.lower()) for v in _items(m.group("v"))]
            return found, bool(found)
    found = _my_thing(t)
    if found:
        return found, True
    m = _CONDITION_GOT.match(t)
    if m:
        v = " ".join(m.group("v").lower().split())
        return [("health", "hay fever" if v.replace(" ", "") == "hayfever" else v)], True
    if "myself" in low or " told " in low or " say" in low or " tell" in low or " think" in low or " call" in low:
        m = _DESCRIBED.match(t)
        trait = _trait(m.group("v")) if m else ""
        if trait:
            return [("personality", trait)], True
    if _NATURE.search(low):
        m = _DESCRIBED.match(t)
        trait = _trait(m.group("v")) if m else ""
        if trait:
            return [("personality", trait)], True
    m = _TRAIT_PERSON.match(t) if " person" in low or " type" in low or " soul" in low else None
    if m and m.group("v").lower() in TRAITS:
        return [("personality", m.group("v").lower())], True
    m = _GOAL_IS.match(t) if " is " in low or " will " in low else None
    if m:
        goal = _TOO.sub("", m.group("v").strip(" .,!?")).strip()
        goal = re.sub(r"^become\s+(?=an?\s)", "be ", goal, flags=re.IGNORECASE)  # (as a job wished for is kept)
        return ([("goals", goal.lower())] if goal else []), bool(goal)
    if today:
        return [], False
    m = _GOAL_TRIED.match(t) if "ing " in low else None
    if m:
        goal = _goal(m.group("v"))
        if goal:
            return [("goals", goal)], True
    m = _WORKING_ON.match(t) if "working on" in low else None
    if m:
        v = m.group("v").strip(" .,!?").lower()
        head = v.split()
        if head[0] == "my" and len(head) > 1 and (head[1] in _WORKED_ON or head[1] in LANGUAGES):
            return [("goals", f"improve my {' '.join(head[1:])}")], True
        stem = head[0][:-3] if head[0].endswith("ing") else ""
        stem = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
        if stem and any(_goal(" ".join([s, *head[1:]])) for s in (stem, stem + "e")):
            return [("goals", v)], True  # "working on getting fitter", "… cutting down on sugar", "… saving"
    return [], False
