"""What a first-person (or named-person) predicate says: verb-dispatched handlers grounded in the lexicon.

A predicate is read from its verb: the first word after adverbs and change cues is looked up in one table
(:data:`VERBS`), so the cost per clause is one dictionary lookup and a couple of anchored regexes, whatever
the number of patterns. The object's noun phrase is classified by its head word (a pet, an instrument, a
drink, a vehicle …) and the verb decides the key: "have a dog" → ``pets``, "love dogs" → ``likes``, "play
guitar" → ``instruments``, "quit coffee" → closes ``drinks = coffee``, "started eating meat again" →
``food_preference = meat`` (which supersedes "vegetarian"). Change cues are grammar: "no longer", "not …
anymore", "used to", "quit/stopped/gave up/left" negate; "started/took up/switched to/moved to/now/again"
simply assert the new value, and the reconciler's single-valued keys make that a supersession.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import takewhile

from ._family import children_none, partner_as_object, partner_status
from ._home import (
    DWELLING_SIZE,
    IN_A_KIND_OF_PLACE,
    SETTLED_IN,
    STATE_OF,
    lived_out_of,
    place_before_there,
    to_my_hometown,
)
from ._identity import identity_adjective, identity_noun, owner_of
from ._lexicon import (
    ACTIVITIES,
    APPEARANCE_ADJ,
    APPEARANCE_NOUNS,
    CHILD_WORDS,
    COLORS,
    CONDITIONS,
    DEVICES,
    DIET_FOODS,
    DIETS,
    DRINKS,
    FIRM_KINDS,
    GAMES,
    GENDER_WORDS,
    INSTRUMENTS,
    KIN,
    KIND_NOUNS,
    LANGUAGES,
    MOODS,
    MUSIC_GENRES,
    NAME_WORD,
    NOT_POSSESSIONS,
    NOT_ROLE,
    PEOPLE_NOUNS,
    PETS,
    PLACES,
    RELIGIONS,
    ROLE_SUFFIXES,
    ROLE_WORDS,
    SEASONS,
    SPORTS,
    STUDENT_WORDS,
    TITLES_WITHOUT_EMPLOYER,
    VEHICLES,
    names_kind_only,
    thing_kind,
    words,
)
from ._looks import looks_with
from ._ontology import is_key
from ._possessions import listed_things, owned_value, parted_with, pet_kind, said_without_thing, shelter_liked
from ._regex import _match, _search, _split, _sub
from ._sink import Sink
from ._when import FOR_A_WHILE, WEEKDAYS

__all__ = ["VERBS", "favorite_key", "kind_named_in", "kind_of", "noun_phrase", "read_predicate", "singular"]


_DET = re.compile(
    r"^(?:(?:(?:way\s+)?(?:too|so)\s+(?:much|many)|a\s+lot\s+of|lots\s+of|a\s+ton\s+of|tons\s+of|a\s+bunch\s+of|"
    r"a\s+couple\s+of|a\s+pair\s+of|a\s+few|"
    r"a|an|the|some|my|our|his|her|their|this|that|these|those|"
    r"plenty\s+of|many|few|several|all|any|both|every|each|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|\d+|own|little|big|huge|cute|lovely|"
    r"beautiful|adorable|favorite|favourite|pet|kinds\s+of|types\s+of|sorts\s+of|kind\s+of|type\s+of|"
    r"mostly|mainly|only|just|really|pretty|very|good|great|nice)\s+)+",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+couple\s+of|a\s+few|"
    r"several|many|lots\s+of|a\s+lot\s+of|no)\b",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(
    r"\s+(?:because|since|but|so|when|while|who|which|that|where|whom|whose|if|until|unless|though|although|"
    r"for\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|a\s+couple|almost|nearly|over)|"
    r"much|better|yes|no|ever|anyway|especially|particularly|(?:almost|nearly|just\s+about)\s+(?:every|each|daily)|"
    r"on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekdays)|"
    r"and\s+(?:i|we|it|they|he|she|my)|with\s+(?:my|our|a|the|his|her)|for\s+(?:\d+|a|the|many|about|over|my|"
    r"work|fun|years|months|a\s+living)|every|each|on\s+(?:the\s+)?weekends?|in\s+(?:my|our)\s+(?:spare|free)|"
    r"a\s+lot|all\s+the\s+time|sometimes|often|too|as\s+well|very\s+much|so\s+much|right\s+now|lately|these\s+days|"
    r"at\s+(?:night|home|work)|in\s+the\s+(?:morning|evening|afternoon|fall|spring|summer|winter)|at\s+the\s+moment|"
    r"most\s+days|daily|weekly|anymore|any\s+more|any\s+longer|again|now|instead|either|though|more\s+than|at\s+all|yet|"
    r"at\s+least|"
    r"over\s+(?:the|a|an)|do\s+you|are\s+you|have\s+you|is|are|was|were|what\s+about|how\s+about|you\s+know|haha|lol|"
    r"yesterday|today|tonight|tomorrow|last\s+\w+|next\s+\w+|this\s+(?:year|week|month|summer|weekend)|after|afterwards|"
    r"before|during|named|called|\d+\s+(?:hours?|days?|times?|minutes?|years?|months?|weeks?)|once\s+a|twice\s+a|"
    r"on\s+the\s+side|like\s+(?:any|a|my|you)|what|how|whenever|someday|soon|later|than|to\s+(?:be|help|get|make|"
    r"pursue|see|keep|pay|earn|take|stay|do))\b.*$|\s*[,(].*$",
    re.IGNORECASE,
)
_PRONOUN_NP = re.compile(
    r"^(?:it|that|this|them|those|these|you|one|ones|mine|yours|him|her|me|us|they|we|he|she|"
    r"everything|anything|something|nothing|stuff|things|lot|much|more|most|both|all|too|so|there|here|"
    r"what|how|well|same|doing|being|what\s+you|a\s+lot|alot|to|out|up|how\s+.*|what\s+.*|"
    r"(?:some|all|most|any|one|two|three|four|five|less|more|lots|none)?\s*of\s+(?:them|those|these|it)|"
    r"less|have|do|be|get|go|best|worst|the\s+best|the\s+worst|"
    r"when\s+.*|where\s+.*|why\s+.*|who\s+.*|it\s+.*|that\s+.*|this\s+.*|you\s+.*|myself)$",
    re.IGNORECASE,
)
_TRAIL = re.compile(
    r"\s+(?:too|also|though|as\s+well|a\s+lot|very\s+much|so\s+much|lol|haha|much|more|the\s+most|"
    r"most|best|myself|itself|only|now|again|anymore|please|ok|okay|either|then|yet|here|there|and\s+you)$",
    re.IGNORECASE,
)
_LIST = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|as\s+well\s+as|plus)\s+", re.IGNORECASE)
_GERUND = re.compile(r"^[a-z]{2,}ing\b", re.IGNORECASE)
_NOT_GERUND = words(
    "thing something nothing anything everything king ring spring string morning evening "
    "wedding ceiling building sibling darling pudding clothing bring sing sting wing swing "
    "during"
)
_MAX_WORDS = 6


def singular(word: str) -> str:
    w = word.lower()
    if w in ("fish", "sheep", "deer", "glasses", "series", "species", "news", "mice"):
        return "mouse" if w == "mice" else w
    if w in ("wives", "knives", "lives"):
        return w[:-3] + "fe"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses")) and len(w) > 4:
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


def noun_phrase(text: str, *, keep_det: bool = False) -> str:
    """The object of a predicate: cut at the next clause or adverbial, determiners dropped, a few words at most."""
    t = text.strip()
    if not keep_det:
        t = _DET.sub("", t)
    t = _BOUNDARY.sub("", " " + t).strip(" ,.!?;:\"'()")
    if not keep_det:
        t = _DET.sub("", t)
    words = t.split()
    if len(words) > _MAX_WORDS:
        words = words[:_MAX_WORDS]
    t = " ".join(words)
    for _ in range(2):
        t = _TRAIL.sub("", t)
    t = t.strip(" ,.!?;:\"'()")
    if not t or _PRONOUN_NP.match(t):
        return ""
    return t


_PREP_CUT = re.compile(
    r"\s+(?:in|at|on|by|from|with|near|for|into|around|to|during|after|before|outside|"
    r"inside|under|over)\s+.*$",
    re.IGNORECASE,
)


def _items(text: str) -> list[str]:
    """The things of a list object ("hiking, swimming and reading"), each cut before its prepositional tail; a
    remark after a comma ends the list ("i like pizza, one thing in common")."""
    parts = _LIST.split(text)
    kept = next((i for i, x in enumerate(parts) if i and _REMARK.match(x)), len(parts))
    parts = [y for x in parts[:kept] for y in _ESPECIALLY.split(x)]  # "animals especially horses": both
    return [p for p in (noun_phrase(_PREP_CUT.sub("", x)) for x in parts if not _OWN_FAVORITE.match(x)) if p]


_ESPECIALLY = re.compile(
    r"^\s*(?:especially|particularly)\s+|\s+(?:especially|particularly)\s+"
    r"(?!(?:in|on|at|for|with|when|while|if|during|after|before|since|because|to)\b)",
    re.IGNORECASE,
)
"""A thing singled out of the one before: "animals, especially horses", "insects especially wasps"."""

_REMARK = re.compile(
    r"^\s*(?:(?:one|another|the\s+one|the\s+only|a)\s+(?:more\s+)?(?:thing|of)\b|something\b|which\b|that\s+is\b|"
    r"thats\b|that's\b|(?:fyi|btw|lol|haha|tbh|imo|though|thanks|thank\s+you|ok|okay|just\s+so\s+you\s+know)\s*[.!]*\s*$)",
    re.IGNORECASE,
)
"""A remark on what was just listed, not another thing in the list: "…, one thing in common", "…, one of the
reasons i moved", "…, something we share"."""


_OWN_FAVORITE = re.compile(r"^\s*(?:my|our)\s+(?:all[\s-]time\s+)?(?:favou?rite|fave|fav)\b", re.IGNORECASE)
""""humming along to my fave singer": the object names a kind the speaker likes best, not the thing itself."""


def _lower(value: str) -> str:
    """Lower-case unless the value is a proper name in edited text ("Initech", "Taylor Swift")."""
    words = value.split()
    if words and all(w[:1].isupper() for w in words if w[:1].isalpha()) and not value.isupper():
        return value
    if words and words[0][:1].isupper() and len(words) == 1:
        return value
    return value.lower()


_THING_MODIFIERS = words(
    """new brand used secondhand second-hand pre-owned preowned refurbished old older newer electric hybrid
    little big tiny cheap shiny vintage classic leased rented"""
)
"""Words said of a thing before its make or model ("a second-hand ford fiesta", "a refurbished macbook")."""


def kind_of(np: str) -> str | None:
    """What a noun phrase names, by its head word: pet, instrument, sport, game, drink, vehicle, device, kin,
    diet, appearance, color, genre, language, season — or None."""
    low = np.lower()
    words = low.split()
    if not words:
        return None
    head = words[-1]
    if head in ("games", "game") or head in GAMES:
        return "game"
    if (
        head in ("music", "songs", "song", "bands", "band")
        or head in MUSIC_GENRES
        or "-".join(words[-2:]) in MUSIC_GENRES
    ):
        return "genre"
    if head in INSTRUMENTS:
        return "instrument"
    if head in SPORTS or low in SPORTS:
        return "sport"
    if head in DRINKS:
        return "drink"
    if head in PETS and not (len(words) > 1 and words[-2] in ("hot", "cat", "sea", "star", "cray")):
        return "pet"
    if head in ("lab", "labs", "mix", "mixes") and pet_kind(low):
        return "pet"  # "a black lab", "a collie mix"
    first = next((w for w in words if w not in _THING_MODIFIERS), head)
    if first != head and first in KIND_NOUNS:
        first = head  # "a phone case", "a car seat": a thing for the phone or the car, not one
    if head in VEHICLES or first in VEHICLES:
        return "vehicle"  # ("a second-hand ford fiesta", "a brand new mazda 3": the make after how it is)
    if head in DEVICES or first in DEVICES:
        return "device"
    if head in KIN:
        return "kin"
    if head in APPEARANCE_NOUNS:
        return "appearance"
    if head in DIET_FOODS or low in DIET_FOODS:
        return "diet"
    if head in COLORS and len(words) <= 2:
        return "color"
    if head in LANGUAGES and len(words) == 1:
        return "language"
    if head in SEASONS and len(words) == 1:
        return "season"
    return None


def _role_head(np: str) -> bool:
    words = np.lower().split()
    if not words or len(words) > 5:
        return False
    head = words[-1]
    if head in NOT_ROLE or head in RELIGIONS:
        return False  # ("i am an atheist", "a buddhist": a faith, not a trade, though it ends in -ist)
    return head in ROLE_WORDS or head.endswith(ROLE_SUFFIXES)


_FAV_SYNONYMS = {
    "colour": "color",
    "colours": "color",
    "colors": "color",
    "film": "movie",
    "films": "movie",
    "movies": "movie",
    "foods": "food",
    "dish": "food",
    "meal": "food",
    "cuisine": "food",
    "books": "book",
    "novel": "book",
    "author": "author",
    "writer": "author",
    "band": "music",
    "bands": "music",
    "song": "music",
    "songs": "music",
    "genre": "music",
    "singer": "music",
    "artist": "music",
    "musician": "music",
    "group": "music",
    "rapper": "music",
    "show": "show",
    "shows": "show",
    "series": "show",
    "sports": "sport",
    "team": "team",
    "teams": "team",
    "animals": "animal",
    "seasons": "season",
    "drinks": "drink",
    "beverage": "drink",
    "hobbies": "hobby",
    "pastime": "hobby",
    "place": "place",
    "places": "place",
    "city": "city",
    "holiday": "holiday",
    "game": "game",
    "games": "game",
    "flower": "flower",
    "flowers": "flower",
    "car": "car",
    "cars": "car",
}
FAV_KINDS = (
    frozenset(_FAV_SYNONYMS)
    | frozenset(_FAV_SYNONYMS.values())
    | words("color movie food season sport animal drink music book album artist actor actress restaurant")
)
"""Nouns that name a kind of thing one has a favourite of ("the best band is …" says a favourite band)."""
_KIND_FAV = {
    "color": "color",
    "sport": "sport",
    "drink": "drink",
    "pet": "animal",
    "season": "season",
    "genre": "music",
    "game": "game",
    "instrument": "instrument",
    "vehicle": "car",
    "diet": "food",
}


_FAV_VERB = {
    "do": "hobby",
    "eat": "food",
    "cook": "food",
    "bake": "food",
    "drink": "drink",
    "watch": "show",
    "read": "book",
    "play": "game",
    "listen": "music",
    "hear": "music",
    "go": "place",
    "visit": "place",
}
"""The thing a favourite names by what one does with it ("my favourite thing to read")."""


_PLAIN_GENRES = words("jazz rap hip-hop hiphop metal punk reggae techno edm grunge")
"""Genres whose name is no other common word ("rock", "country", "house" and "pop" are): "i like hip hop too! my
favourite is …" names a favourite artist."""


def kind_named_in(text: str) -> str:
    """The kind of thing a clause is about, for a favourite said after it without its kind ("i like to watch
    movies, my fave is jaws" → movie; "i read a lot. my favourite is dune" → book): a kind noun it names, else the
    kind its verb is done to. "" when it names none."""
    found = ""
    low = text.lower()
    for w in low.replace("hip hop", "hip-hop").split():
        kind = singular(w) if singular(w) in FAV_KINDS else w if w in FAV_KINDS else _FAV_VERB.get(_lemma(w), "")
        kind = kind or ("music" if w in _PLAIN_GENRES else "")
        if kind and kind not in ("hobby", "place"):
            found = kind  # the last one said is the nearest to the favourite
    return found


_FOOD_HEADS = words("""food pizza pasta sushi tacos taco burgers burger chocolate cream steak ramen lasagna spaghetti
    curry salad sandwich sandwiches fries pancakes waffles cake cookies pie donuts noodles soup bread cheese fruit
    mango mangoes papaya papayas shrimp lobster seafood bbq barbecue wings nachos burrito burritos enchiladas
    dumplings pho shawarma kebab falafel hummus olives cheeseburger cheeseburgers hamburger hamburgers hotdogs
    candy sweets dessert desserts cheesecake cupcakes pastries chips brownies cookie muffins bagels croissants""")
"""Head words that make an unnamed favourite a food ("my favourite is pizza", "… a fruit papaya")."""


_KEY_TAIL = re.compile(r"(?:^|\s+)(?:in|of|on|at|for|from|about|with|the|an?|my)\b.*$")
"""What follows the kind in a "my favourite <kind> …" that is no part of it: "my favourite in spanish is …", "my fave
band the kills": a key is the kind, never a phrase."""
_KEY_FILLER = words("one ones hehe haha lol lmao tbh too now still")
_KIND_MISSPELT = {
    w[:i] + w[i + 1 :]: w.rstrip("s")
    for w in "movies musics novels authors singers artists colors colours seasons animals".split()
    for i in range(len(w))
    if len(w) > 5
}
"""Domain words with one letter dropped ("moves" for movies): the kind they misspell."""


def _kind_spelling(word: str) -> str:
    """The kind a "my favourite <word>" names when the word is a plural ("shirts") or misses or doubles one letter
    ("moves", "musicc"): a misspelt domain word must not mint a key of its own."""
    if word in _FAV_SYNONYMS or word in FAV_KINDS:
        return word
    if len(word) >= 5 and word in _KIND_MISSPELT:
        return _KIND_MISSPELT[word]
    if len(word) >= 6:
        for i in range(len(word)):
            cut = word[:i] + word[i + 1 :]
            if cut in _KIND_MISSPELT.values():
                return cut
    one = singular(word)
    return one if one != word and len(one) > 2 else word


def favorite_key(thing: str, value: str = "") -> str:
    """``favorite_<thing>`` with the thing normalised ("favourite colour" → favorite_color); when the thing is
    not said ("pizza is my favorite"), it is inferred from the value's head word."""
    t = _sub(r"^(?:all\s+time|time|kind\s+of|type\s+of|sort\s+of|genre\s+of)\s*", "", thing.lower().strip())
    small = _match(r"^(?:little|lil|wee)\s+(?P<k>[a-z].*)$", t)
    if small and small.group("k").split()[0] not in KIN:
        t = small.group("k")  # "my favourite little snack" is a snack ("… little brother" is a brother of hers)
    t = _sub(r"\s+(?:of\s+all\s+time|ever|in\s+the\s+world)$", "", t)
    inf = _match(r"^(?P<n>.*?)\s*\bto\s+(?P<v>[a-z]+)(?:\s+[a-z]+){0,4}$", t)
    if inf:  # "music to listen to", "thing to do", "show to binge": the noun names it, else the verb does
        noun = _sub(r"^(?:thing|things|one|ones)$", "", inf.group("n").strip())
        t = noun or _FAV_VERB.get(inf.group("v"), "")
        if not t:
            return favorite_key("", value)
    t = _sub(r"(?<=\w)\s+(?:flavou?rs?|kinds?|types?|brands?|sorts?)$", "", t)  # "ice cream flavour" is ice cream
    words = [w for w in _KEY_TAIL.sub("", t).split() if w not in _KEY_FILLER]
    if words:
        words[-1] = _kind_spelling(words[-1])
        if words[-1] in _FAV_VERB:
            t = _FAV_VERB[words[-1]]
        else:
            named = [_FAV_SYNONYMS.get(w, w) for w in words[-2:]]
            # "music artist" is music, once; "rap music", "tv show", "comic book": the kind, not one key per genre
            t = " ".join(named[-1:] if named[0] == named[-1] or named[-1] in FAV_KINDS else named)
    elif value:
        vw = value.lower().split()
        head = vw[-1] if vw else ""
        t = _FAV_SYNONYMS.get(head) or _KIND_FAV.get(kind_of(value) or "", "")
        if not t and head in _FOOD_HEADS:
            t = "food"
        t = t or "thing"
    vw = value.lower().split()
    if t in ("thing", "activity", "activities") and vw and (_activity_gerund(value) or _activity_gerund(vw[-1])):
        t = "hobby"  # "grilling outdoors is my favourite", "knitting is my fave thing": a doing is a pastime
    key = "favorite_" + _sub(r"[^a-z0-9]+", "_", t).strip("_")
    return key[:64] if is_key(key[:64]) else "favorite_thing"


def _activity_gerund(value: str) -> bool:
    """Does a noun phrase name a doing ("hiking in spring", "grilling outdoors"), not a thing ("ceiling fans")?"""
    first = value.lower().split(None, 1)[0]
    return (
        len(first) > 4
        and first.endswith("ing")
        and first not in _NOT_GERUND
        and (_lemma(first) in _KNOWN or first in ACTIVITIES.values())
    )


Handler = Callable[[Sink, str, str], None]
"""(sink, verb as written, rest of the predicate after the verb)."""


def _gerund_to_hobby(rest: str) -> str:
    return noun_phrase(rest, keep_det=True)


_LIKE_BEST = re.compile(
    r"^(?P<v>(?!it\b|them\b|that\b|this\b).+?)\s+(?:(?:the\s+)?(?:best|most)|more\s+than\s+(?:anything|everything)"
    r"(?:\s+else)?)(?:\s+of\s+all(?:\s+the)?(?:\s+(?P<k>[a-z]+))?)?"
    r"(?:\s+(?:lol|haha|tbh|honestly|by\s+far))?$",
    re.IGNORECASE,
)
"""A favourite said with a superlative: "i like jazz best", "i love teal the most", "… best of all the colours", "i
love pizza more than anything"."""


_SITUATION = re.compile(
    r"^(?:it\s+)?(?:that|when|how|whenever)\s+(?:i|you|he|she|we|they|it|my|your|his|her|our|their|people|"
    r"everyone|everybody|someone|somebody|nobody|there|the|a|an)\b",
    re.IGNORECASE,
)
"""A situation, not a thing, after "like"/"hate": "i hate that my boss calls me", "i love it when it snows"; no
thing to put on ``likes``/``dislikes`` (a noun after "that" is a thing: "i hate that song")."""

_TIME_AT = re.compile(
    r"^(?:my|our|the|some|(?:a\s+)?(?:little\s+)?)?\s*(?:free\s+|spare\s+|quiet\s+|alone\s+|down\s+)?time"
    r"(?:\s+(?:at|in|on)\s+(?P<v>the\s+.+)|(?=\s*$|\s+(?:with|by|off|alone|outside|outdoors|together|to|for|at|in|on)\b))",
    re.IGNORECASE,
)
"""Time enjoyed, liked for where it is spent: "i enjoy time at the beach" likes the beach; "my time with my kids"
names no thing."""


def _h_like(c: Sink, verb: str, rest: str) -> None:
    r = rest.strip()
    if _SITUATION.match(r) or verb.lower() == "enjoying":
        return  # ("i am enjoying the afternoon", "just enjoying my salad": this moment, not a taste)
    spent = _TIME_AT.match(r)
    if spent:
        if spent.group("v") and not c.negated and noun_phrase(_PREP_CUT.sub("", spent.group("v"))):
            c.attr("likes", _lower(noun_phrase(_PREP_CUT.sub("", spent.group("v")))))
        return
    m = _match(r"^to\s+(?P<v>.+)$", r, re.IGNORECASE)
    if m:
        inner = m.group("v")
        first = inner.split()[0].lower() if inner.split() else ""
        if first in (
            "play",
            "go",
            "watch",
            "listen",
            "read",
            "eat",
            "drink",
            "cook",
            "bake",
            "collect",
            "volunteer",
            "travel",
            "ride",
            "visit",
            "help",
        ):
            sub = VERBS.get(first)
            if sub and first not in ("visit",):
                before = len(c.out.attributes)
                sub(c, first, inner[len(first) :].strip())
                if first in ("go", "watch", "listen", "read", "eat", "drink") or len(c.out.attributes) > before:
                    return
        value = noun_phrase(inner, keep_det=True)
        if value:
            c.attr("hobbies", _lower(value))
        return
    m = _match(r"^(?P<v>[a-z]+ing\b.*)$", r, re.IGNORECASE)
    if m and m.group("v").split()[0].lower() not in _NOT_GERUND:
        parts = _LIST.split(m.group("v"))
        for i, part in enumerate(parts):  # "hiking, swimming and reading": each pastime
            if i and not _GERUND.match(part.strip()) and _search(r"\b(?:my|our)\s", parts[i - 1], re.IGNORECASE):
                break  # "… walking with my collie, bramble": the collie's name, not another pastime
            if i and _match(r"^\s*(?:especially|particularly)\b", part, re.IGNORECASE):
                break  # "cooking, especially paella": what is cooked, not another pastime
            hue = _colour_liked(noun_phrase(part)) if i and not c.negated else ""
            if hue:  # "i like hiking and the colour green", "… and the colours red and silver"
                also = [x.strip().lower() for x in takewhile(lambda x: x.strip().lower() in COLORS, parts[i + 1 :])]
                c.attr("favorite_color", " and ".join([hue, *also]), confidence=0.7)
                del parts[i + 1 : i + 1 + len(also)]
                continue
            first, _, obj = part.strip().partition(" ")
            if first.lower() == "listening" and not c.negated:
                from ._media import heard  # (_media reads with this module's noun phrases)

                if heard(obj):  # "i love listening to jazz while i cook": jazz is liked; no pastime beside it
                    c.attr("likes", heard(obj))
                    continue
            value = _gerund_to_hobby(part)
            if value and value.lower() not in ("going", "doing", "getting", "being", "having", "trying"):
                c.attr("hobbies", _lower(value))
                handler = VERBS.get(first.lower()) or VERBS.get(_lemma(first))
                if obj and handler in (_h_listen, _h_watch, _h_eat, _h_drink, _h_play):
                    handler(c, first, obj)  # "i love listening to jazz": jazz is liked, not only the pastime
        return
    best = _LIKE_BEST.match(r) if not c.negated else None
    if best:
        value = noun_phrase(best.group("v"))
        key = favorite_key(best.group("k") or "", value) if value else "favorite_thing"
        if value and key != "favorite_thing":
            c.attr(key, _lower(value))  # "i like navy blue best of all the colours": the favourite colour
            return
        from ._media import liked_most

        titled = liked_most(c.ctx.text[: c.span[0]], best.group("v"))
        if titled:  # "any good bands? i like the who the most"
            c.attr(*titled)
            return
        r = best.group("v")  # ("i like my cat the most": liked, no kind to be the favourite of)
    over = _split(r"\s+(?:over|to|rather\s+than|instead\s+of|more\s+than)\s+", r, maxsplit=1, flags=re.IGNORECASE)
    r = over[0] if verb.lower().startswith("prefer") and len(over) > 1 else r
    hue = _colour_liked(noun_phrase(r)) if not c.negated else ""
    if hue:
        # "i love the colour teal", "i like the colors red and silver": a colour liked is the speaker's colour
        c.attr("favorite_color", hue, confidence=0.7)
        return
    items = _items(r)
    for j, item in enumerate(items):
        k = kind_of(item)
        if not c.negated and _colour_liked(item):
            # "i love pizza and the colour yellow"; "… and the colours red and silver": the colours after it too
            also = [x.lower() for x in takewhile(lambda x: x.lower() in COLORS, items[j + 1 :])]
            c.attr("favorite_color", " and ".join([_colour_liked(item), *also]), confidence=0.7)
            del items[j + 1 : j + 1 + len(also)]
        elif k == "drink":
            c.attr("drinks", _MEASURE_OF.sub("", item).lower())
        elif k == "diet" and verb.lower().startswith("prefer"):
            c.attr("food_preference", item.lower())
        else:
            c.attr("likes", _lower(item))


_SHADES = words("light dark bright pale baby hot navy forest hunter sky royal lime mint neon deep warm soft")


def _colour_liked(phrase: str) -> str:
    """The colours a liked "colour …" phrase names ("colour teal", "colors red and silver", "navy blue colour");
    "" when it names none ("colour schemes", "the colour of the sea")."""
    hue = _match(r"^colou?rs?\s+(?P<v>.+)$|^(?P<v2>.+?)\s+colou?rs?$", phrase) if "colo" in phrase.lower() else None
    if not hue:
        return ""
    said = (hue.group("v") or hue.group("v2")).lower()
    named = [w for w in _split(r"\s*,\s*|\s+(?:and|or|&)\s+|\s+", said) if w]
    return said if named and all(w in COLORS or w in _SHADES for w in named) and named[-1] in COLORS else ""


def _h_dislike(c: Sink, verb: str, rest: str) -> None:
    if _SITUATION.match(rest.strip()):
        return  # "i hate that my parents make me go": a situation
    if _match(
        r"^to\s+(?:say|admit|tell|break|bother|ask|interrupt|disappoint|hear|be\s+that)\b", rest.strip(), re.IGNORECASE
    ):
        return  # "i hate to say it": a manner of speaking, not a dislike
    r = _sub(
        r"^(?:to\s+|being\s+|the\s+(?:colou?r|smell|taste|sound|idea)\s+(?:of\s+)?)",
        "",
        rest.strip(),
        flags=re.IGNORECASE,
    )
    for item in _items(r):
        item = _sub(
            r"^(?P<x>\w+(?:\s+\w+)?)\s+(?:junkie|fan|lover|person|buff|enthusiast|fanatic|addict)$",
            r"\g<x>",
            item,
            flags=re.IGNORECASE,
        )  # "not much of a golf fan": golf
        c.attr("dislikes", _lower(item))


_AT_THE_SIGHT = re.compile(
    r"^(?:out\s+|up\s+)?(?:at|over)\s+the\s+(?:mere\s+|very\s+|first\s+)?(?:sight|thought|smell|sound|mention|"
    r"taste)\s+of\s+(?P<v>.+)$",
    re.IGNORECASE,
)
"""A thing that makes the speaker recoil: "i faint at the sight of blood", "i gag at the smell of fish"."""


def _h_recoil(c: Sink, verb: str, rest: str) -> None:
    """ "i faint at the sight of blood": what the speaker recoils from is a dislike (the verb alone says nothing)."""
    m = _AT_THE_SIGHT.match(rest.strip())
    if m and not c.negated:
        _h_dislike(c, "dislike", m.group("v"))


def _h_play(c: Sink, verb: str, rest: str) -> None:
    r = rest.strip()
    if _match(r"^(?:with|around|it|them|along|a\s+role|a\s+part)\b", r, re.IGNORECASE):
        return
    for item in _items(r):
        k = kind_of(item)
        if k == "instrument":
            c.attr("instruments", singular(item.split()[-1]) if len(item.split()) <= 2 else item.lower())
        elif k == "sport":
            c.attr("sports", item.lower())
        elif k == "game" or item:
            c.attr("hobbies", "playing " + item.lower())
            if k == "genre":
                c.attr("likes", item.lower())  # "i play folk music": folk is liked


_BUSINESS = re.compile(
    r"^(?:a|an|my\s+own|our\s+own|my|a\s+small|my\s+own\s+little)\s+(?:(?:small|little|new|own|"
    r"successful|growing|family)\s+)*(?P<k>(?:[a-z-]+\s+){0,2}?)(?P<n>business|company|firm|shop|bakery|"
    r"store|restaurant|salon|agency|service|practice|clinic)(?:\s+(?:in|at|on|near|by|with|for|from|that|which|where|of|"
    r"and|here|there|downtown|outside|across|called|named)\b.*)?$",
    re.IGNORECASE,
)
"""A business the speaker has or runs ("i have a window cleaning business", "i own a small bakery")."""


def _business_owner(c: Sink, r: str) -> bool:
    """``role`` "<kind> <business> owner" for a business the speaker has, runs, started or opened ("i have a window
    cleaning business", "i opened my own bakery last year"): they own and run it now. Not for "we": a family's
    business is not said to be the speaker's own."""
    m = _BUSINESS.match(r)
    if not m or c.plural:
        return False
    kind = m.group("k").strip().lower()
    noun = m.group("n").lower()
    noun = "business" if noun in ("company", "firm") else noun
    c.attr("role", f"{kind} {noun} owner".strip(), negated=c.negated)
    return True


def _h_opened(c: Sink, verb: str, rest: str) -> None:
    """ "i opened / founded / launched a bakery": a business of one's own (a window or an account opened is
    nothing to remember)."""
    _business_owner(c, _sub(r"^up\s+", "", rest.strip(), flags=re.IGNORECASE))  # "opened up a salon"


_ASIDE = re.compile(
    r"\s*,?\s*(?:(?:so|and)\s+)?(?:please|pls|can\s+you|could\s+you|keep\s+(?:that|it)\s+in\s+mind)\b.*$", re.IGNORECASE
)
"""A request after the list ("allergic to penicillin, so please note that"): no item of it."""


def _allergies(c: Sink, what: str) -> None:
    """Each thing of a list the speaker is allergic to."""
    for item in _items(_ASIDE.sub("", what)):
        c.attr("allergies", item.lower())


_NO_RELATIONSHIP = re.compile(
    r"^(?:(?:been|had)\s+)?(?:in\s+)?(?:an?\s+)?(?:(?:serious|steady|real|long[\s-]term|proper|stable)\s+)?"
    r"(?:relationships?|boyfriend|girlfriend|partner)\b|^(?:been\s+)?married\b",
    re.IGNORECASE,
)
"""Never having had a partner: "i never had a serious relationship", "i have never been married" (single)."""


def _never_partnered(c: Sink, verb: str, rest: str) -> bool:
    """ "i never had a serious relationship", "i have never been married", "i don't have a girlfriend": no partner
    now, so the status is single (a past "had" is read here only when negated; "i had a wife" says nothing now)."""
    r = rest.strip()
    if verb in ("have", "has") and r[:6].lower() == "never ":
        r = r[6:]
    elif not c.negated or verb not in ("have", "has", "had", "been"):
        return False
    if c.plural or not _NO_RELATIONSHIP.match(r if verb != "been" else "been " + r):
        return False
    c.attr("relationship_status", "single", negated=False)
    return True


_NO_THING = re.compile(
    r"^(?:(?:over|about|around|almost|nearly|like|another|only|just)\s+)*(?:\d+|a\s+few|a\s+couple|two|three|four|five|"
    r"six|seven|eight|nine|ten|twenty|fifty|hundred|thousand)?\s*(?:\d+|more|years?|months?|weeks?|days?|hours?|"
    r"minutes?)$|^.*\s(?:coming(?:\s+up)?|to\s+go)$|^(?:plenty|lots?|a\s+lot)\s+(?:of\s+)?(?:time|sun|fun|work)\b",
    re.IGNORECASE,
)
"""A count, a stretch of time or what is coming said as if owned: "i have over 200", "i have another two years (to
go)", "i have a game coming up", "i have plenty of time"."""


_HAD_DAILY = re.compile(
    r"^(?:(?:a|an|one|two|three|\d+|my)\s+)?(?:(?:big|hot|cold|little|nice|tall)\s+)?"
    r"(?:(?:cups?|glass|glasses|mugs?|pints?|bottles?|cans?|shots?)\s+of\s+)?(?:(?:my|some)\s+)?"
    r"(?P<v>[a-z]+(?:\s+(?!(?:every|each|a|per|daily|with|in|at)\b)[a-z]+)?)\s+"
    r"(?:(?:every|each|a|per)\s+(?:single\s+)?(?:morning|evening|night|day|afternoon|week|weekend|meal)|daily|"
    r"with\s+(?:every\s+)?(?:breakfast|lunch|dinner|meal)|in\s+the\s+(?:morning|evening)s?|at\s+night)\b",
    re.IGNORECASE,
)
"""A drink had as a habit: "i have coffee every morning", "i have a glass of wine with dinner" (not "i have a
bottle of wine", which may be owned)."""


_MEASURE_OF = re.compile(r"^.*?\b(?:cups?|glass|glasses|mugs?|pints?|bottles?|cans?|shots?)\s+of\s+", re.IGNORECASE)
"""How much of a drink, before the drink: "a cold pint of cider" is cider."""


def _h_have(c: Sink, verb: str, rest: str) -> None:
    r = _sub(
        r"^(?:got|gotten)\s+(?=(?:a|an|one|two|three|four|five|\d+|some|my|new)\b)",
        "",
        rest.strip(),
        flags=re.IGNORECASE,
    )
    low = r.lower()
    if verb.lower() in ("have", "has") and children_none(c, low):
        return  # "i have no kids", "i don't have any children yet": a count of none
    m = _PERFECT.match(r)
    if m:  # "i have only broken two fingers", "i have taken up knitting": a perfect tense, nothing owned
        lemma, past = _IRREGULAR_PARTICIPLES[m.group("p").lower()]
        verb_form = past if past in VERBS else lemma
        handler = VERBS.get(verb_form)
        rest_words = m.group("rest").lower().split()
        changes = lemma in _PERFECT_CHANGES or (lemma == "take" and rest_words[:1] == ["up"])
        diet = _BE_DIET.match(m.group("rest").strip()) if lemma == "go" and not m.group("neg") else None
        if diet:
            c.attr("food_preference", diet.group("v").lower())  # "i've gone (fully) vegan": the diet now
            return
        if (lemma, rest_words[:1]) in (("give", ["up"]), ("cut", ["out"])) and not m.group("neg"):
            read_predicate(c, f"{past} {m.group('rest')}")  # "have given up meat", "have cut out sugar": quit
            return
        if handler is not None and changes and not m.group("neg"):
            handler(c, verb_form, m.group("rest"))  # "have quit smoking" is read as "quit smoking"
        return
    if _match(
        r"^(?:to|been|got\s+to|gotten|had|no\s+(?:idea|clue|time)|not|never|a\s+(?:question|good|great|"
        r"nice|feeling|lot\s+of\s+(?:fun|work|time))|fun|time|it|that|this|them|one(?!\s+[a-z])|so|such|any|"
        r"always|just|also|ever|done|seen|heard|made|worked|lived|read|tried|found|thought|gone|known|"
        r"said|wanted|decided|noticed|realized|realised|wondered|considered)\b|"
        r"^[a-z]{3,}ed\s+(?:my|our|the|it|this|that|for|up|out|in|on|to|with|a\s+lot)\b",
        low,
    ):  # ("i have packed my lunch for years": a perfect tense, nothing owned)
        m = _match(r"^been\s+(?:an?\s+)?(?P<r>.+?)\s+for\b", r, re.IGNORECASE)
        if m and _role_head(noun_phrase(m.group("r"))):
            c.attr("role", noun_phrase(m.group("r")).lower())
        return
    habit = _HAD_DAILY.match(r) if verb.lower() in ("have", "has") else None
    if habit and kind_of(habit.group("v")) == "drink":
        c.attr("drinks", habit.group("v").lower())  # "i have a cup of tea every morning": what one drinks
        return
    partner = partner_as_object(r)
    if partner:  # "i have a doctor for a husband": the trade is the husband's, not a thing owned
        c.attr("family", partner, confidence=0.8)
        if not c.negated:
            c.attr("relationship_status", partner_status(partner), confidence=0.7)
        return
    if verb.lower() in ("have", "has", "own", "owns", "run", "runs") and _business_owner(c, r):
        return
    m = _match(
        r"^(?:a|an)\s+(?:degree|bachelors?|bachelor's|masters?|master's|phd|doctorate|diploma)"
        r"(?:\s+degree)?(?:\s+(?:in|from)\s+(?P<v>.+))?$",
        r,
        re.IGNORECASE,
    )
    if m:
        c.attr("education", noun_phrase(m.group("v") or r).lower())
        return
    m = _match(
        r"^(?:an?\s+)?(?:(?:new|part[\s-]?time|full[\s-]?time|second|side|summer|day|night|weekend|first|other)\s+)*(?P<r>[a-z]+\s+)?"
        r"(?:job|gig)(?:\s+(?:working\s+)?(?P<v>(?:at|with|as|in)\s+.+))?$",
        r,
        re.IGNORECASE,
    )
    if m and (m.group("v") or m.group("r")):
        if m.group("r") and m.group("r").strip().lower() not in (
            "good",
            "great",
            "nice",
            "real",
            "steady",
            "bad",
            "decent",
            "paying",
            "boring",
            "easy",
            "hard",
        ):
            c.attr("role", m.group("r").strip().lower())  # "i have a cleaning job"
        if m.group("v"):
            _h_work(c, "work", m.group("v"))  # "i have a weekend job at the garden centre"
        return
    m = _match(
        r"^(?:an?\s+)?(?:(?:major|huge|big|real|serious|soft)\s+)?(?:weakness|soft\s+spot|passion|love|"
        r"thing|craving)\s+for\s+(?P<v>.+)$",
        r,
        re.IGNORECASE,
    )
    if m:
        _h_like(c, "like", m.group("v"))  # "i have a passion for sailing", "a soft spot for old westerns"
        return
    m = _match(
        r"^(?:an?\s+)?(?:(?:huge|big|real|terrible|irrational)\s+)?(?:phobia|fear|hatred)\s+(?:of|over|for)\s+"
        r"(?P<v>.+)$",
        r,
        re.IGNORECASE,
    )
    if m:
        _h_dislike(c, "fear", m.group("v"))  # "i have a phobia of spiders"
        return
    m = _match(r"^(?:an?\s+)?allerg(?:y|ies)\s+to\s+(?P<v>.+)$", r, re.IGNORECASE)
    if m:
        _allergies(c, m.group("v"))  # "i have an allergy to nuts"
        return
    m = _match(r"^(?:a\s+)?(?:big\s+)?dreams?\s+of\s+(?P<v>.+)$", r, re.IGNORECASE)
    if m:
        _h_want(c, "dream", "of " + m.group("v"))  # "i have big dreams of opening a bakery": a goal, not a thing owned
        return
    if said_without_thing(c, verb, r):
        return  # "oh you have a dog too. i have three", "i have twenty of them"
    count = _NUMBER.match(r)
    count_word = count.group(0).lower() if count else ""
    for item in listed_things(r, _items(r)):  # (a pet's name set off after it is no thing of its own)
        words = item.lower().split()
        k = kind_of(item)
        head = words[-1]
        if k == "pet":
            c.attr("pets", pet_kind(item) or singular(head))
        elif k == "kin":
            if head in CHILD_WORDS and count_word and count_word not in ("a", "an", "no"):
                c.attr("children", count_word)
            elif count_word == "no":
                c.attr("family", head, negated=True)
            else:
                value = f"{count_word} {item.lower()}" if count_word not in ("", "a", "an", "one") else item.lower()
                c.attr("family", value)
                if head in ("wife", "husband") and not c.negated:
                    c.attr("relationship_status", "married", confidence=0.7)
                elif head in ("boyfriend", "girlfriend", "partner") and not c.negated:
                    c.attr("relationship_status", "in a relationship", confidence=0.7)
                elif head in ("fiance", "fiancee") and not c.negated:
                    c.attr("relationship_status", "engaged", confidence=0.7)
        elif k == "vehicle":
            c.attr("vehicle", _lower(owned_value(item)))
        elif k == "device":
            c.attr("devices", _lower(owned_value(item)))
        elif k == "appearance":
            c.attr("appearance", item.lower())
        elif k == "instrument":
            c.attr("instruments", singular(head))
        elif head in CONDITIONS:
            c.attr("health", item.lower())  # "i have asthma": a condition, not a thing owned
        elif head in NOT_POSSESSIONS or _PRONOUN_NP.match(item) or _NO_THING.match(item):
            continue  # ("i have over 200", "another two years before …": a count or a time, no thing)
        elif count_word == "no":
            c.attr("possessions", item.lower(), negated=True)
        elif (when := _SCHEDULED.search(c.ctx.text[c.span[0] : c.span[1]])) is not None:
            c.attr("plans", f"{item.lower()} {when.group(0).lower()}", "context")  # "i have a race on sunday"
        elif not c.plural or head in ("house", "home", "farm", "apartment", "boat", "garden", "pool", "cabin"):
            c.attr("possessions", _lower(owned_value(item)))


_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_SCHEDULED = re.compile(
    r"\b(?:tomorrow|tonight|today|later\s+today|this\s+(?:morning|afternoon|evening|weekend|week|month|year|"
    + _DAY
    + r")|next\s+(?:week(?:end)?|month|year|"
    + _DAY
    + r")|on\s+"
    + _DAY
    + r"(?!s)|in\s+(?:a|an|\d+|two|three|four|five|a\s+few|few)\s+(?:days?|weeks?|months?|hours?))\b",
    re.IGNORECASE,
)
"""A time on the calendar after what the speaker "has": "i have a half marathon next sunday" is an event they are
going to, not a thing they own. ("on sundays", a habit, is not a date.)"""


_IRREGULAR_PARTICIPLES = {
    p: (lemma, past)
    for lemma, past, p in (
        triple.split(":")
        for triple in """break:broke:broken take:took:taken eat:ate:eaten give:gave:given write:wrote:written
        drive:drove:driven ride:rode:ridden fall:fell:fallen forget:forgot:forgotten choose:chose:chosen
        speak:spoke:spoken steal:stole:stolen freeze:froze:frozen throw:threw:thrown show:showed:shown draw:drew:drawn
        fly:flew:flown wear:wore:worn tear:tore:torn swear:swore:sworn lose:lost:lost win:won:won sell:sold:sold
        tell:told:told hold:held:held keep:kept:kept leave:left:left meet:met:met pay:paid:paid send:sent:sent
        spend:spent:spent build:built:built feel:felt:felt begin:began:begun sing:sang:sung swim:swam:swum
        drink:drank:drunk become:became:become run:ran:run quit:quit:quit buy:bought:bought bring:brought:brought
        catch:caught:caught teach:taught:taught fight:fought:fought sleep:slept:slept cut:cut:cut go:went:gone""".split()
    )
}
"""Past participles that are not "-ed" words: participle → (verb, simple past). ("grown" is left out: "i have
grown kids".)"""
_PERFECT = re.compile(
    r"^(?:(?P<neg>never|not)\s+|(?:only|just|already|ever|always|recently|finally|also|really|all|since)\s+)*"
    r"(?P<p>" + "|".join(sorted(_IRREGULAR_PARTICIPLES, key=len, reverse=True)) + r")\b\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
"""A perfect tense after "have": "(only) broken a few bones", "never lost a game"."""
_PERFECT_CHANGES = frozenset({"quit", "leave", "become", "buy", "lose"})
"""Verbs whose perfect tense says how things stand now ("i have quit smoking", "i have left initech", "i have
bought a house"); with the others the perfect reports an experience ("i have broken a few bones", "i have eaten a
dozen donuts"), which is no fact about the speaker's present. "have taken up X" is a new pastime."""


_NAMED_ORG = re.compile(
    r"^(?:an?|the|this)\s+(?:[\w-]+\s+){0,2}?(?:" + FIRM_KINDS + r"|cafe|café|bar|pub|hotel|garage|salon|gym|"
    r"publisher|outfit|place)\s+(?:called|named)\s+(?:the\s+)?"
    r"(?P<name>(?!(?:the|a|an)\b)(?-i:[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3})|[a-z][\w&'.-]*)",
    re.IGNORECASE,
)
"""A workplace named after its kind: "a startup called Lumio", "a little bakery named Crumbs" (the kinds one joins,
``FIRM_KINDS``, and the places one works in)."""


def _h_work(c: Sink, verb: str, rest: str, *, a_job_in: bool = False) -> None:
    """``a_job_in``: reached from "a job in …", where a name is where the job is, not who gives it."""
    r, _, after = rest.partition(",")
    r = r.strip()  # "i work there, saving for college": what follows the comma is no employer …
    r = _PURPOSE.sub("", r).strip()  # "i work (in a bar) to pay for school", "for money": why, not for whom
    if _match(r"^\s*as\s+an?\s", after, re.IGNORECASE):
        r = f"{r} {after.strip()}"  # … but "i work in the mornings, as a tour guide" says the job
    if _match(r"^on\s", r, re.IGNORECASE) and not _WORKPLACE.match(r):
        return  # "working on some projects for friends": a project, not a workplace
    if _match(
        r"^(?:out|outs|it|on\s+(?:it|that|myself)|hard|too\s+much|from\s+home|a\s+lot|with\s+you)\b", r, re.IGNORECASE
    ):
        if _match(r"^outs?\b", r, re.IGNORECASE):
            c.attr("hobbies", "working out")
        return
    r = _sub(
        r"^(?:full\s*time|fulltime|part\s*time|parttime|nights|days|remotely|there|here|hard)\s+",
        "",
        r,
        flags=re.IGNORECASE,
    )
    land = _WORK_THE_LAND.match(r)
    if land:  # "i work the farm", "i work my parents farm": the farm is where the speaker works
        said = [w for w in land.group(0).lower().replace("'", "").split() if w not in ("the", "my", "our")]
        c.attr("employer", " ".join(said[-2:-1] + [singular(said[-1])]))
        return
    whole = c.ctx.text[c.span[0] : c.span[1]]  # ("myself" is cut as a tail word: "i work for myself" reads "for")
    if not c.plural and (
        _match(r"^for\s+myself\b", r, re.IGNORECASE)
        or r.lower() == "for"
        and _search(r"\bwork(?:ed|ing|s)?\s+for\s+myself\b", whole, re.IGNORECASE)
    ):
        c.attr("role", "self employed", negated=c.negated)  # "i work for myself", as "i am self employed" says
        return
    free = _match(r"^(?:for\s+free|unpaid|as\s+an?\s+(?:unpaid\s+)?volunteer)\b", r, re.IGNORECASE)
    if free:
        c.attr("hobbies", "volunteering")  # "i work for free at the shelter": unpaid work is volunteering
        return
    role = _search(r"\bas\s+(?P<role>[\w' -]+)", r, re.IGNORECASE)
    if role and _match(r"^(?:an?\s+)?(?:\w+\s+)?volunteers?\b", role.group("role"), re.IGNORECASE):
        c.attr("hobbies", "volunteering")  # "i worked in a soup kitchen as a volunteer": unpaid, a pastime
        return
    org = _search(r"\b(?:at|for)\s+(?P<org>[\w&.' -]+)", r, re.IGNORECASE)
    place = _match(r"^in\s+(?P<org>(?:a|an|the)\s+[\w' -]+|[\w' -]+)", r, re.IGNORECASE)
    if not org and _sector(c, r):
        place = None  # "i work in IT", "i work in the publishing business"
    elif not org and not place and not (verb.lower() == "working" and _match(r"^on\s", r, re.IGNORECASE)):
        where = _WORKPLACE.search(r)  # ("working on my novel" is a project, not a workplace)
        if where:
            c.attr("employer", where.group("v").lower(), confidence=0.6)  # "i work with my dad on the farm"
    if org and (
        _DURATION.match(org.group("org"))
        or _WORK_TIME.match(org.group("org"))
        or _match(r"^\d{1,2}(?:\s|$)", org.group("org"))
    ):
        org = None  # "worked as a welder for 12 years", "i work at night": how long or when, not for whom
    if place and _DURATION.match(_sub(r"^in\s+", "", place.group(0), flags=re.IGNORECASE)):
        place = None  # "i work in a few hours", "start work in 20 minutes": when, not where
    if place and _WORK_TIME.match(place.group("org")):
        place = None  # "i work in the mornings": when, not where
    if place and _names_a_place(place.group("org"), named=a_job_in):
        place = None  # "i work in texas", "got a job in Denver": where the work is, not for whom
    named = _NAMED_ORG.match(org.group("org")) if org else None
    if named:  # "i work for a startup called Lumio": the name, not the kind of firm
        value = named.group("name")
        c.attr("employer", _lower(value))
        c.rel("works_at", "Org/" + value.lower())
    elif org:
        value = noun_phrase(
            _split(
                r"\s+(?:as|since|in|where|on|during)\s+|\s+and\s+(?=(?-i:[a-z]))",
                org.group("org"),
                maxsplit=1,
                flags=re.IGNORECASE,
            )[0]
        )
        if value and value.lower() not in ("myself", "a living", "living", "me", "home", "work"):
            c.attr("employer", _lower(value))
            c.rel("works_at", "Org/" + value.lower())
    elif place:
        value = noun_phrase(
            _split(r"\s+(?:as|since|where|on|during)\s+", place.group("org"), maxsplit=1, flags=re.IGNORECASE)[0]
        )
        if value:
            c.attr("employer", _lower(value), confidence=0.7)
    if role and not _role(c, role.group("role"), negated=c.negated):
        value = noun_phrase(_PREP_CUT.sub("", role.group("role")))
        if value and len(value.split()) <= 3:
            c.attr("role", value.lower(), negated=c.negated)


def _names_a_place(said: str, *, named: bool) -> bool:
    """Whether words said after "work in" / "a job in" without an article name a place: a state or a country,
    or (``named``: after "a job in") a name written as one ("a job in Denver"; not "IT", a trade). After "work
    in" a name may be the employer as British speakers say it ("i work in Tesco"), so only a state or a country
    is taken for a place there."""
    first = said.split()[0] if said.split() else ""
    if first.lower() in ("a", "an", "the", "my", "our", "his", "her", "their"):
        return False
    return first.lower() in PLACES or (named and first[:1].isupper() and not first.isupper())


_PURPOSE = re.compile(
    r"(?:^|\s+)(?:(?:now|just|only|mostly|mainly)\s+)?(?:to\s+(?:pay|save|earn|make|help|support|afford|get|buy|"
    r"cover|put|feed|keep)\b.*$|for\s+(?:the\s+)?(?:money|cash|the\s+paycheck|extra\s+money)\b)",
    re.IGNORECASE,
)
"""Why the speaker works, said after "work": "to pay for school", "to save up money for college", "for money"."""


_WORK_THE_LAND = re.compile(
    r"^(?:the|my|our|(?:my|our)\s+(?:parents|family|dads|moms|grandparents|mom\s+and\s+dads)'?s?)\s+(?:family\s+)?"
    r"(?:farms?|ranch|vineyard|orchard)\b",
    re.IGNORECASE,
)
"""A farm worked, said as the object of "work" ("i work the farm", "i work my parents farm")."""


_WORK_TIME = re.compile(
    r"^(?:the\s+)?(?:night|nights|weekends?|daytime|day|times|the\s+moment|present|first|last|least|once|odd\s+hours|"
    r"mornings?|evenings?|afternoons?|summers?|winters?)\b",
    re.IGNORECASE,
)
"""When, not where: "i work at night", "at weekends", "at the moment"."""
_DURATION = re.compile(
    r"^(?:(?:\d+|a|an|many|several|some|a\s+few|few|two|three|four|five|six|seven|eight|nine|ten|s|so|"
    r"over|almost|nearly|about|the\s+(?:last|past))\s+)*(?:long\s+)?(?:years?|months?|weeks?|days?|decades?|"
    r"hours?|minutes?|time|while|ages|now|ever|life|(?:a\s+)?living|yrs|mos|wks)\b",
    re.IGNORECASE,
)
_SECTOR = re.compile(
    r"^in\s+(?P<v>sales|marketing|finance|retail|construction|education|healthcare|health\s+care|tech|"
    r"it|insurance|real\s+estate|hospitality|publishing|advertising|banking|accounting|law|"
    r"food\s+service|customer\s+service|manufacturing|software|government|entertainment|fashion|journalism|"
    r"the\s+(?:\w+\s+)?(?:army|navy|military|air\s+force|marines|police|film\s+industry|movies|"
    r"\w+\s+(?:industry|business|sector|field)))\b",
    re.IGNORECASE,
)
_WORKPLACE = re.compile(
    r"\b(?:on|at|in)\s+(?:(?:a|an|the|my|our|his|her|their|a\s+local|the\s+local)\s+)?"
    r"(?P<v>(?:[\w']+\s+){0,2}(?:farm|ranch|restaurant|hospital|school|clinic|factory|store|shop|"
    r"office|bank|bar|cafe|bakery|warehouse|hotel|mall|garage|salon|library|church|daycare|"
    r"lab|laboratory|supermarket|nursing\s+home|fields?))\b",
    re.IGNORECASE,
)
"""Kinds of workplace: "i work with my mom on the farm" says where, whoever the company is."""


def _sector(c: Sink, r: str, lower_it: bool = True) -> bool:
    """ "(I work / I am) in sales / the merchant navy / the publishing business": the field as the employer.
    A lower-case "in it" is the IT sector only after "work" (after "am" it is a pronoun)."""
    m = _SECTOR.match(r)
    if not m or (m.group("v") == "it" and not lower_it):
        return False
    c.attr(
        "employer", "IT" if m.group("v").lower() == "it" else _sub(r"^the\s+", "", m.group("v").lower()), confidence=0.7
    )
    return True


_TAUGHT_OWN = re.compile(
    r"^(?P<det>the|my|our|his|her|their)\s+(?:(?:little|baby|older|younger|eldest|youngest)\s+)?(?P<who>[\w-]+)\b"
    r"(?P<how>\s+(?:to|how)\b)?"
)
"""One's own people taught something ("teaching my daughter to swim", "teaching the kids to read"): a parent's or a
friend's doing, not a trade. "the kids" with no skill after it may be a class ("i teach the kids instruments")."""


def _h_teach(c: Sink, verb: str, rest: str) -> None:
    own = _TAUGHT_OWN.match(rest.strip().lower())
    if own and (own.group("who") in KIN or own.group("who") in PEOPLE_NOUNS):
        if own.group("det") != "the" or own.group("how"):
            return
        c.attr("role", "teacher")  # "i teach the kids various instruments": a class taught, its subject unsaid
        return
    if _match(r"^(?:myself|ourselves)\s+\w", rest.strip(), re.IGNORECASE):
        _h_learn(c, "learn", _sub(r"^\w+\s+", "", rest.strip()))  # "i am teaching myself welsh"
        return
    place = _match(r"^(?:at|in)\s+(?P<v>.+)$", rest.strip(), re.IGNORECASE)
    if place:
        c.attr("role", "teacher")  # "i teach at a high school": the school is where, not what
        value = noun_phrase(_LIST.split(place.group("v"), maxsplit=1)[0])
        if value:
            c.attr("employer", _lower(value), confidence=0.7)
        return
    head = _split(r"\s+(?:at|in|for|to|on|with|from)\s+", rest.strip(), maxsplit=1, flags=re.IGNORECASE)[0]
    subject = noun_phrase(_sub(r"^(?:at|in)\s+", "", head, flags=re.IGNORECASE))
    if (
        _match(r"^(?:me|you|him|her|them|us|myself|people|kids|children)\b", rest.strip(), re.IGNORECASE)
        and not subject
    ):
        subject = ""
    c.attr("role", (subject.lower() + " teacher").strip() if subject else "teacher")


_LIVE_FOR = re.compile(
    r"^for\s+(?!(?:free|now|a\s+while|the\s+time\s+being|a\s+(?:few|couple)|years|months|weeks|ever|"
    r"long|cheap|rent|\d+|two|three|four|five|six|ten|twenty|over|about|almost|nearly|most|many|some|my\s+whole)\b)"
    r"(?P<v>.+)$",
    re.IGNORECASE,
)
"""What the speaker lives for ("i live for summer", "i live for the weekends"), not how long or how cheaply."""


_PASSING_STAY = re.compile(
    r"\b(?:for\s+(?:the|a|this|that|two|three|a\s+few|a\s+couple\s+of)\s+(?:\w+\s+)?(?:holidays?|weekends?|weeks?|"
    r"nights?|days?|months?|summer|winter|christmas|break|trip|visit|while)|for\s+(?:christmas|easter|thanksgiving|now)|"
    r"this\s+(?:week|weekend|month|summer)|tonight|until|till|hotels?|hostels?|air\s?bnbs?|motels?)\b",
    re.IGNORECASE,
)
"""What makes a stay a visit, not a home: a stay for a while ("for the holidays", "this week", "until friday") or
at a place one visits (a hotel, an airbnb)."""


def _visiting(c: Sink, low: str) -> bool:
    """Whether "staying …" in this clause is a visit: the clause, or its sentence (whose time phrase the reader
    took out), says it is for a while or at a hotel. Living and being based somewhere are never visits."""
    if not low.startswith("staying"):
        return False
    return bool(_PASSING_STAY.search(low) or _PASSING_STAY.search(c.ctx.text[c.span[0] : c.span[1]]))


def _h_live(c: Sink, verb: str, rest: str) -> None:
    if verb.lower() in ("live", "lives") and not c.negated:
        devoted = _LIVE_FOR.match(rest.strip())
        if devoted:
            _h_like(c, "like", devoted.group("v"))  # what one lives for is what one loves
            return
    r = _sub(
        r"^(?:here|there|now|currently|right\s+here|out\s+here|over\s+here|down\s+here|up\s+here)\s+(?=(?:in|on|at|near)\b)",
        "",
        rest.strip(),
        flags=re.IGNORECASE,
    )  # "i live here in ohio"
    r = _sub(
        r"^(?:alone|together|happily|still|by\s+myself|on\s+my\s+own|out|up|down|over|back)\s+(?=(?:in|on|at|near)\b)",
        "",
        r,
        flags=re.IGNORECASE,
    )
    if _match(r"^(?:on\s+(?:my|our)\s+own|by\s+(?:myself|ourselves)|alone)\b", r, re.IGNORECASE):
        return  # "i live on my own now": how, not where
    van = lived_out_of(r)
    if van:
        c.attr("home", van)  # "we live out of a van"
        return
    if r[:5].lower() == "there":
        sentence = c.ctx.text[c.span[0] : c.span[1]]
        at = sentence.lower().rfind(f"{verb.lower()} there")
        there = place_before_there(sentence[:at]) if at > 0 else None
        r = f"in {there}" if there else r  # "we bought a house in denver and live there now"
    compass = _match(r"^(?:up|down|out|back)\s+(?P<v>north|south|east|west|(?:east|west)\s+coast)\b", r, re.IGNORECASE)
    if compass:
        c.attr("home", compass.group("v").lower())  # "we live up north by the lakes"
        return
    m = _match(r"^(?:in|on|at|near|by|outside(?:\s+of)?|close\s+to)\s+(?P<v>.+)$", r, re.IGNORECASE)
    if m:
        prep = "close to" if r[:8].lower() == "close to" else r.split()[0].lower()
        value = _place(m.group("v"))
        said = value.lower().split()
        if (
            said
            and not value[:1].isupper()
            and (said[-1] in _NOT_A_PLACE or said[0] in _NOT_A_PLACE or said == ["edge"])
        ):
            return  # "i used to live in fear": a state of mind, not a home
        if value:
            if prep not in ("in", "on", "at"):
                value = f"{prep} {value}"
            c.attr("home", _lower(value))
            if _LIFELONG.search(m.group("v")):
                c.attr("hometown", _lower(value))  # "i have lived in omaha all my life": from there too
            if value[:1].isupper():
                c.rel("lives_in", "Place/" + value.lower())
        return
    m = _match(r"^with\s+(?P<v>.+?)(?:\s+(?P<p>in|near|outside(?:\s+of)?)\s+(?P<place>[^,]+))?$", r, re.IGNORECASE)
    if m:
        if m.group("place"):
            _h_live(c, verb, f"{m.group('p')} {m.group('place')}")  # "i live with my parents in Leeds"
        for item in _items(m.group("v")):
            if kind_of(item) == "kin":
                c.attr("family", item.lower())
            elif kind_of(item) == "pet":
                c.attr("pets", singular(item.split()[-1]))


_LIFELONG = re.compile(
    r"\b(?:all\s+my\s+life|(?:my|our)\s+(?:whole|entire)\s+(?:life|lives)|since\s+(?:birth|i\s+was\s+born))\b",
    re.IGNORECASE,
)
"""A home said to be lifelong is also where the speaker is from."""


_THE_US = re.compile(r"^the\s+(?P<v>us|u\.?\s?s\.?(?:\s?a\.?)?|usa|uk|u\.?\s?k\.?)(?=[\s,.!?]|$)", re.IGNORECASE)
"""A country said by its initials with "the" ("i am from the us"): a pronoun "us" anywhere else, a place here."""
_NOT_A_PLACE = words("""fear peace hope hopes denial sin poverty luxury harmony misery pain shame silence terror dread
    comfort style fantasy dreams dream moment present past future bubble shadow shadows hell heaven limbo
    squalor sorrow sadness debt guilt love anxiety worry hiding exile world earth planet universe mind""")
"""What one lives in that is no place ("i used to live in fear", "we live in the moment")."""


def _place(text: str) -> str:
    us = _THE_US.match(text.strip())
    if us:
        return us.group("v").replace(" ", "").rstrip(".")
    text = DWELLING_SIZE.sub("", STATE_OF.sub("", text))  # "a three-story house": the house; "the state of ohio"
    t = _split(
        r"\s+(?:with|and\s+(?:all\s+)?(?:i|we|my)|because|since|for|where|but|so|now|which|to|when|after|"
        r"before|until|in\s+order|(?:working|living|studying|going|looking|trying|doing|hoping|"
        r"waiting|planning|raising|teaching|growing)\b|originally|all\s+my\s+life|(?:my|our)\s+(?:whole|entire)\s+(?:life|lives)|"
        r"since\s+birth|[a-z]+ed\s+(?:by|with))\b",
        text,
        maxsplit=1,
        flags=re.IGNORECASE,
    )[0]  # ("a farming town" stays)
    joined = t.lower().split(" and ", 1)
    if len(joined) == 2 and joined[1].split()[:1] and joined[1].split()[0] in VERBS:
        t = t[: len(joined[0])]  # "the suburbs and grow roses": the place, not what is done there
    return noun_phrase(t)


_NEW_HOME_IN = re.compile(
    r"^(?:to|into|in)\s+(?:my|our|a|an|the)\s+(?:(?:new|own|first|little|small|big|tiny|rented)\s+)*"
    r"(?:place|house|home|apartment|flat|condo|studio)\s+(?=(?:in|on)\s+[a-z])(?:in|on)\s+",
    re.IGNORECASE,
)
"""A home named by its kind before its place ("into our new flat in leeds"): where it is is the value."""


def _h_move(c: Sink, verb: str, rest: str) -> None:
    # "out of austin to dallas": moved from austin
    r = _sub(r"^out\s+of\s+(?=.+\s(?:to|into)\s)", "from ", rest.strip(), flags=re.IGNORECASE)
    r = _sub(r"^(?:back|here|out|away|over|down|up|in)\s+", "", r, flags=re.IGNORECASE)
    m = _match(r"^from\s+(?P<old>.+?)(?:\s+(?P<to>to|into)\s+(?P<v>.+))?$", r, re.IGNORECASE)
    if m:
        old = _place(m.group("old"))
        if (
            verb.lower() in ("moved", "relocated", "shifted")
            and old
            and old.lower().split()[0] not in ("home", "there", "here", "town", "it", "the", "my", "a", "an")
        ):
            c.attr("home", _lower(old), negated=True)  # "we moved over from peru": the old home is closed
        if not m.group("v"):
            return
        r = "to " + m.group("v")
    hometown = to_my_hometown(r)
    if hometown is not None:
        value = _place(hometown) if not c.negated else ""
        for key in ("home", "hometown") if value else ():
            c.attr(key, _lower(value))  # "moved back to my hometown of dayton": lives there, and is from there
        return
    r = _NEW_HOME_IN.sub("to ", r)  # "moved into my new place in leeds": the place is leeds
    m = _match(r"^(?:to|into|in)\s+(?P<v>.+)$", r, re.IGNORECASE)
    if not m:
        return
    to, _, old = m.group("v").partition(" from ")
    if _match(
        r"^(?:a|an|the|my|this|that)\s+(?:[\w-]+\s+){0,4}?(?:role|position|job|team|department|post)(?:\s+(?:at|in|on|with)\b.*)?$",
        to,
        re.IGNORECASE,
    ):
        return  # "moved into a data science role": a job, read by ``_shifts``, is no place to live
    value = _place(to)
    if old and _place(old) and not c.negated:
        c.attr("home", _lower(_place(old)), negated=True)  # "moved to america from spain": spain is closed
    if value and value.lower() not in ("town", "here", "there", "together"):
        if verb.lower() in ("moving",) and not c.negated:
            c.attr("plans", "move to " + _lower(value), "context")
            return
        c.attr("home", _lower(value))
        if value[:1].isupper():
            c.rel("lives_in", "Place/" + value.lower())


_ON_PLACES = words(
    """farm farms ranch island base coast shore street road avenue block reservation reserve boat ship mountain
    mountains hill hills lake river bay beach estate plantation homestead compound campus peninsula border prairie
    plains side outskirts edge"""
)
"""What one grows up *on* when it is a place ("a farm", "long island", "an army base", "the east side"); anything
else after "grew up on" is what filled a childhood ("country music", "cartoons")."""


def _h_settled(c: Sink, verb: str, rest: str) -> None:
    """ "we finally settled in austin": a move said as settling (``_home.SETTLED_IN``)."""
    home_in = _NEW_HOME_IN.match(rest.strip())
    if home_in:
        _h_move(c, "moved", rest)  # "settled into my new place in bristol"
        return
    m = SETTLED_IN.match(rest.strip())
    if m:
        _h_move(c, "moved", "to " + m.group("v"))


def _h_from(c: Sink, verb: str, rest: str) -> None:
    r = rest.strip()
    if verb.lower() in ("came", "come", "comes"):
        r = _sub(r"^(?:here|over|over\s+here)\s+(?=from\s)", "", r, flags=re.IGNORECASE)  # "we came over from poland"
    if verb.lower() == "came" and not _match(r"^from\s", r, re.IGNORECASE):
        return  # "i came in from the field" is where from, just now
    m = _match(r"^(?:up\s+)?(?P<p>in|from|on|near)\s+(?P<v>.+)$", r, re.IGNORECASE)
    if m:
        value = _place(m.group("v"))
        head = value.lower().split()[-1] if value else ""
        if m.group("p").lower() == "on" and head not in _ON_PLACES and head not in PLACES and not value[:1].isupper():
            if kind_of(value) in ("genre", "sport", "game", "drink"):
                c.attr("likes", value.lower())  # "i grew up on classic rock": a taste since childhood
            return  # ("grew up on pizza and cartoons" names no place)
        if value and value.lower().split()[-1] not in (
            "family",
            "background",
            "household",
            "line",
            "generation",
            "people",
            "home",
            "place",
        ):
            c.attr("hometown", _lower(value))  # ("i come from a farming family" names no place)


def _h_speak(c: Sink, verb: str, rest: str) -> None:
    for item in _items(
        _sub(r"^(?:fluent|some|a\s+little|a\s+bit\s+of|basic)\s+", "", rest.strip(), flags=re.IGNORECASE)
    ):
        word = item.split()[-1].lower()
        if word in LANGUAGES:
            c.attr("languages", word.capitalize())


def _h_learn(c: Sink, verb: str, rest: str) -> None:
    r = rest.strip()
    m = _match(r"^(?:to|how\s+to)\s+(?P<v>.+)$", r, re.IGNORECASE)
    if m:
        first = m.group("v").split()[0].lower()
        if first in ("play", "speak"):
            VERBS[first](c, first, m.group("v")[len(first) :])
            return
        if verb.lower() in ("learned", "learnt"):
            if first in _SKILL_VERBS:
                _h_can(c, "can", m.group("v"))  # "i learned to sew as a kid": a skill kept, not a closed state
            return
        value = noun_phrase(m.group("v"), keep_det=True)
        if value:
            c.attr("goals", "learn to " + value.lower(), "context")
        return
    if verb.lower() in ("learned", "learnt"):
        return  # "i learned a lot from my dad": what was once learnt, no pastime
    items = _items(r)
    if items and all(i.split()[-1].lower() in LANGUAGES for i in items):
        _h_speak(c, verb, r)
    elif items and kind_of(items[0]) == "instrument":
        c.attr("instruments", singular(items[0].split()[-1]))
    elif items:
        c.attr("hobbies", "learning " + items[0].lower())


_ASSESSMENT = re.compile(
    r"^(?:exams?|tests?|finals|midterms?|quiz(?:zes)?|boards|sats?|gre|gmat|lsat|mcat|bar)$", re.IGNORECASE
)


_SCHOOL_DONE = re.compile(
    r"^(?i:from\s+|out\s+of\s+)?(?P<v>(?i:(?:my|the|a|an)\s+)?(?:[\w'-]+\s+){0,3}?(?:(?i:high\s*school|school|college|"
    r"university|uni|academy|grad\s+school|law\s+school|med(?:ical)?\s+school|nursing\s+school)|[A-Z][\w'-]+))\b",
)
"""Where a schooling ended: "(from) high school", "out of college", "from rutgers" (a lower-case name is known only
by its place after "from")."""


_AFTER_SCHOOL = r"(?:with|in|and|but|so|last|this|when|after|before|at|back|a|an|the)\b"


def _school_left(rest: str) -> str:
    """The school named after "graduated (from)" / "dropped out of" / "finished", or "" (see _SCHOOL_DONE)."""
    r = rest.strip()
    m = _SCHOOL_DONE.match(r) or _match(
        r"^from\s+(?P<v>[a-z][\w'-]*(?:\s+(?!" + _AFTER_SCHOOL + r")[a-z][\w'-]*)?)(?=\s+(?:" + _AFTER_SCHOOL + r")|$)",
        r,
        re.IGNORECASE,
    )
    return noun_phrase(m.group("v")) if m else ""


def _h_graduate(c: Sink, verb: str, rest: str) -> None:
    """ "i just graduated (from rutgers)", "i finished high school", "i dropped out of college": the school status
    (``school``, one value) moves on, so "i'm in high school" said earlier is superseded; what was studied stays
    under ``education``. A bare present "graduate" is a plan ("i graduate in two years"): nothing is said yet."""
    low = verb.lower()
    r = rest.strip()
    if low in ("graduate", "graduated", "finished") and c.negated:
        school = _school_left(r)
        c.attr("school", f"did not graduate from {_lower(school)}" if school else "did not graduate", negated=False)
        return
    if low in ("graduate", "graduates") or (low == "finished" and not _SCHOOL_DONE.match(r)):
        return
    if low in ("dropped", "flunked"):
        school = _school_left(r) if _match(r"^out\s+of\s", r, re.IGNORECASE) and not c.negated else ""
        if school:
            c.attr("school", f"dropped out of {_lower(school)}")
        return
    school = _school_left(r)
    c.attr("school", f"graduated from {_lower(school)}" if school else "graduated")
    if low == "graduated" and school:
        c.attr("education", _lower(school))
    elif low == "graduated":
        _h_study(c, verb, rest)  # "graduated with a degree in finance": what was studied


_SCHOOL_NOUN = r"(?:school|college|university|uni|academy|institute|polytechnic|poly)"
_STUDY_AT = (
    r"^at\s+(?:the\s+)?(?P<s>(?-i:[A-Z][\w.'&-]*(?:\s+(?:[A-Z][\w.'&-]*|of))*)(?<!\sof)|"
    r"(?:[a-z][\w.'&-]*\s+){0,3}?"
    + _SCHOOL_NOUN
    + r"(?:\s+of\s+[a-z][\w.'&-]*(?:\s+[a-z][\w.'&-]*)?)?)\s*(?:now|these\s+days|currently|at\s+the\s+moment)?[.!]*$"
)
"""A school named as where one studies ("at King's College", "at the University of Manchester", "at leeds uni"):
the ``school``, which the next one said replaces (``education`` is what is studied, and many-valued, so a school
filed there would never end)."""


_SCHOOL_WORD = r"\b" + _SCHOOL_NOUN + r"\b"
_STUDY_AT_NAME = r"^at\s+(?P<s>[a-z][\w&.'-]*)\s*(?:now|these\s+days|currently|at\s+the\s+moment)?[.!]*$"
"""A school named in lower-case chat, one word and no article: "i study at ucl", "at oxford now"."""
_NOT_STUDIED_AT = words(
    """night nights home work weekends weekend lunch lunchtime midnight dawn noon dinner breakfast times length
    least most all once first last school uni college university church the a an my our"""
)


def _h_study(c: Sink, verb: str, rest: str) -> None:
    if _match(r"^for\b", rest.strip(), re.IGNORECASE):
        return  # "studying for exams": what it is for, not what is studied
    if verb.lower() in ("major", "majoring") and not c.negated and not c.plural:
        c.attr("role", "student")  # "i'm majoring in chemistry": a student now
    aim = _match(r"^to\s+(?:be|become)\s+(?P<v>(?:an?\s+)?[\w' -]+)$", rest.strip(), re.IGNORECASE)
    if aim and verb.lower() in ("study", "studies", "studying") and _role_head(noun_phrase(aim.group("v"))):
        c.attr("goals", "be " + _lower(noun_phrase(aim.group("v"), keep_det=True)))  # "studying to be a vet": an aim
        return
    where = _match(_STUDY_AT, rest.strip(), re.IGNORECASE) or _match(_STUDY_AT_NAME, rest.strip(), re.IGNORECASE)
    if where and where.group("s").lower() in _NOT_STUDIED_AT:
        where = None  # "i study at night", "at home": when or where, no school
    if where and verb.lower() in ("study", "studies", "studying") and not c.negated:
        c.attr("school", _lower(where.group("s")))  # "i study at King's College": as "a student at"
        return
    at = _match(r"^at\s+(?:the\s+|a\s+|an\s+|my\s+)?(?P<p>.+)$", rest.strip(), re.IGNORECASE)
    if at and not at.group("p")[:1].isupper() and not _search(_SCHOOL_WORD, at.group("p"), re.IGNORECASE):
        return  # "i study at night", "at the library": when or where, no school named
    r = _sub(r"^(?:in|at|from|to\s+be(?:come)?\s+an?)\s+", "", rest.strip(), flags=re.IGNORECASE)
    value = noun_phrase(r)
    if value and verb.lower() in ("study", "studies", "studying", "studied") and r[:3].lower() != "at ":
        _studied_where(c, value, now=verb.lower() != "studied")  # "i study law at harvard": law, at harvard
    elif value:
        c.attr("education", _lower(value))


def _h_attend(c: Sink, verb: str, rest: str) -> None:
    value = noun_phrase(rest)
    if (
        value
        and _search(
            r"\b(?:school|college|university|academy|class|classes|institute|uni|program|conservatory|"
            r"polytechnic)\b",
            value,
            re.IGNORECASE,
        )
        or (value and value[:1].isupper())
    ):
        c.attr("school", _lower(value))


_MEASURE = re.compile(
    r"^(?:like\s+|about\s+|around\s+|at\s+least\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"a\s+few|a\s+couple\s+of|several|lots\s+of|a\s+lot\s+of)?\s*(?:cups?|glasses|glass|mugs?|bottles?|cans?|pots?|"
    r"shots?|pints?|liters?|litres?|gallons?)(?:\s+of\s+(?P<v>.+?))?(?:\s+(?:a|an|per|each|every)\s+\w+)?$",
    re.IGNORECASE,
)
"""How much is drunk ("5 cups a day", "two cups of coffee a day"): the drink is what the measure is of, if said."""


def _h_drink(c: Sink, verb: str, rest: str) -> None:
    measure = _MEASURE.match(rest.strip())
    if measure:
        if measure.group("v"):
            _h_drink(c, verb, measure.group("v"))  # "two cups of coffee a day": coffee
        return  # ("i drink 5 cups a day": how much, of what was said before)
    if c.negated and not _items(rest):
        c.attr("drinks", "alcohol")  # "i don't drink": alcohol, by the ordinary sense of the bare verb
        return
    for item in _items(rest):
        c.attr("drinks", item.lower())


def _h_try(c: Sink, verb: str, rest: str) -> None:
    """ "i try to read a book a week": the habit is what is tried ("i try not to …" is not)."""
    m = _match(r"^to\s+(?P<v>[a-z]+)\b(?P<rest>.*)$", rest.strip(), re.IGNORECASE)
    if m:
        handler = VERBS.get(m.group("v").lower())
        if handler is not None and handler not in (_h_be, _h_have, _h_go, _h_do, _h_got, _h_make, _h_try):
            handler(c, m.group("v"), m.group("rest"))


def _h_eat(c: Sink, verb: str, rest: str) -> None:
    r = _sub(r"^(?:only|mostly|mainly|a\s+lot\s+of|lots\s+of)\s+", "", rest.strip(), flags=re.IGNORECASE)
    for item in _items(r):
        k = "diet" if item.lower().split()[-1] in DIET_FOODS else kind_of(item)
        if (
            k == "diet"
            or item.lower() in DIETS
            or _search(r"\b(?:plant[\s-]+based|organic|healthy|clean|raw|vegan|vegetarian)\b", item, re.IGNORECASE)
        ):
            c.attr("food_preference", item.lower())
        else:
            c.attr("likes", item.lower(), negated=c.negated)


def _h_listen(c: Sink, verb: str, rest: str) -> None:
    m = _match(r"^to\s+(?P<v>.+)$", rest.strip(), re.IGNORECASE)
    if m:
        for item in _items(m.group("v")):
            c.attr("likes", _lower(item))


def _h_watch(c: Sink, verb: str, rest: str) -> None:
    if _match(r"^(?:that|it|this|them|those|these|him|her|you|out|over)\b", rest.strip(), re.IGNORECASE):
        return  # "i watch that every week": the thing is named elsewhere
    if _match(r"^(?:my|our|his|her|their|your)\s+(?!(?:favou?rite|fave|fav)\b)", rest.strip(), re.IGNORECASE):
        return  # "minding my neighbours cat", "i watch my kids": looked after, not a taste
    for item in _items(rest):
        c.attr("likes", _lower(item))


def _h_read(c: Sink, verb: str, rest: str) -> None:
    value = noun_phrase(rest)
    c.attr("hobbies", "reading" + (" " + value.lower() if value and len(value.split()) <= 3 else ""))


def _compound_activity(r: str) -> str:
    """A pastime named by a noun and a gerund ("rock climbing", "bird watching", "deep sea fishing"), or ""."""
    m = _COMPOUND.match(r)
    if not m or m.group("pre").lower() not in _ACTIVITY_MODIFIERS or m.group("g").lower() in _NOT_GERUND:
        return ""
    return f"{m.group('pre')} {m.group('g')}".lower()


_COMPOUND = re.compile(
    r"^(?P<pre>deep\s+sea|white\s+water|cross\s+country|[a-z]+)\s+(?P<g>[a-z]{3,}ing)\b", re.IGNORECASE
)
_ACTIVITY_MODIFIERS = words("""bird whale people window rock mountain scuba ice roller horseback sky trail snow water
    jet kite wind ballroom salsa tap figure speed power weight street road track cliff fly bass deer duck bungee
    deep sea white water cross country ski dirt barrel pole belly line square""") | frozenset(
    ("deep sea", "white water", "cross country")
)
"""Nouns that make a gerund a named pastime ("rock climbing", "window shopping", "bird watching")."""


_WHEN_LEAD = re.compile(
    r"^(?:on\s+)?(?:(?:every|each|most|some|all)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|"
    r"weekdays?|mornings?|evenings?|nights?|afternoons?|summers?|winters?|week|day|year|month)\b.*$",
    re.IGNORECASE,
)
"""When a habit is done, said right after it: "(fishing) on sundays", "(bowling) every sunday", "… each morning"."""


def _h_go(c: Sink, verb: str, rest: str) -> None:
    r = rest.strip()
    m = _match(r"^(?P<g>[a-z]+ing)\b(?P<rest>.*)$", r, re.IGNORECASE)
    if m and m.group("g").lower() not in _NOT_GERUND:
        what = _WHEN_LEAD.sub("", m.group("rest").strip())  # "i go fishing on sundays": fishing, not sundays
        what = _sub(r"^(?:all\s+the\s+time|a\s+lot|lots|often|regularly)\b.*$", "", what, flags=re.IGNORECASE)
        c.attr("hobbies", (m.group("g") + " " + noun_phrase(what)).strip().lower())
        return
    named = _compound_activity(r)
    if named:
        c.attr("hobbies", named)  # "i go rock climbing", "we go bird watching"
        return
    outing = _GO_FOR.match(r) if verb.lower() in ("go", "goes") else None
    if outing:  # "i go for a run every morning", "i love to go for long walks" (not "i'm going for a run": once)
        c.attr("hobbies", _OUTINGS[" ".join(outing.group("n").lower().split())])
        return
    m = _match(r"^to\s+(?P<v>.+)$", r, re.IGNORECASE)
    if not m:
        return
    target = noun_phrase(m.group("v"))
    if not target or target.lower() in ("work", "bed", "sleep", "town", "the store", "store", "see", "be"):
        return
    if _search(
        r"\b(?:school|college|university|uni|grad\s+school|law\s+school|med\s+school|academy)\b", target, re.IGNORECASE
    ):
        c.attr("school", _lower(target))  # "i go to a community college": where they study now
    elif verb.lower() in ("go", "goes"):
        c.attr("likes", _lower(target))


_GO_FOR = re.compile(
    r"^for\s+(?:an?\s+)?(?:(?:long|short|quick|nice|little|brisk|leisurely|daily|morning|evening|night|"
    r"\d+\s*(?:-\s*)?(?:mile|k|km)s?)\s+)*(?P<n>walk|run|hike|swim|jog|bike\s+ride|ride|drive|paddle)s?\b",
    re.IGNORECASE,
)
_OUTINGS = {
    "walk": "walking",
    "run": "running",
    "hike": "hiking",
    "swim": "swimming",
    "jog": "jogging",
    "ride": "riding",
    "drive": "driving",
    "paddle": "paddling",
    "bike ride": "biking",
}
"""What one goes for, and the pastime it is ("i go for long walks": walking)."""


_ACTIVITY = ACTIVITIES


_SEEK = words("shop fish")
"""Pastime verbs whose "for" names what is sought, not whom it is for ("i cook for my family")."""


_LEISURE_TAIL = re.compile(
    r"^(?:(?P<years>for\s+(?:(?:over|about|almost|nearly|more\s+than|around|like)\s+)?(?:\d+|a\s+few|a\s+couple\s+of|"
    r"many|several|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\s+(?:years|decades)|"
    r"for\s+(?:years|decades|ages|a\s+long\s+time|most\s+of\s+my\s+life))|"
    r"for\s+(?:fun|exercise|fitness|relaxation)|"
    r"to\s+(?:keep|stay)\s+(?:busy|fit|sane|active|healthy|in\s+shape)|to\s+(?:relax|unwind|de-?stress|"
    r"clear\s+my\s+(?:head|mind)|blow\s+off\s+steam))\b",
    re.IGNORECASE,
)
"""What says a doing is kept up or done for its own sake: "(racing) for over ten years", "(i dance) to keep busy"."""
_HAVE_BEEN = re.compile(r"\b(?:have|has|'ve|been)\b", re.IGNORECASE)
"""Years of a doing kept up to now ("i've been knitting for years"), not a past one ("i painted for 20 years")."""


def _h_activity(c: Sink, verb: str, rest: str) -> None:
    lemma = _lemma(verb)
    gerund = _ACTIVITY.get(lemma, lemma)
    if lemma == "volunteer":
        shelter_liked(c, rest)  # "i volunteer at the animal shelter": the animals are liked (and it is a pastime)
    kept = _LEISURE_TAIL.match(rest.strip())
    if kept and (not kept.group("years") or _HAVE_BEEN.search(c.ctx.text[c.span[0] : c.span[1]])):
        rest = ""  # "i have been racing for over ten years", "i swim to stay in shape" (not "i painted for years")
    obj = noun_phrase(rest)
    if lemma == "grow" and len(obj.split()) > 3:
        obj = noun_phrase(_PREP_CUT.sub("", rest))  # "i grow roses in my garden": roses
    if lemma in ("grow", "raise") and obj and kind_of(obj) == "kin":
        return  # "we are growing our family", "raising three boys": children, not a pastime
    sought = lemma in _SEEK and bool(_match(r"^for\s+\w", rest.strip(), re.IGNORECASE))
    if sought:
        rest = rest.strip()[4:]  # "i shop for shoes", "i fish for trout": for says what is sought
        obj = noun_phrase(rest)
    if _match(
        r"^(?:every|each|daily|weekly|twice|once|most|all\s+(?:day|week|the\s+time)|on\s+(?:the\s+)?weekends?|"
        r"at\s+(?:night|weekends?)|in\s+the\s+(?:morning|evening|afternoon)s?)\b",
        rest.strip(),
        re.IGNORECASE,
    ):
        obj = ""  # "i hike every weekend": when, not what
    elif _match(
        r"^(?:it|that|this|them|me|you|home|away|out|here|there|to|into|for|up|well|fast|late|a\s+lot)\b",
        rest.strip(),
        re.IGNORECASE,
    ) and lemma not in ("volunteer", "ride"):
        if not _match(r"^(?:a\s+lot)\b", rest.strip(), re.IGNORECASE):
            return
        obj = ""
    if lemma == "ride" and obj and kind_of(obj) == "vehicle":
        c.attr("vehicle", _lower(owned_value(obj)))
        return
    value = gerund + (" " + obj.lower() if obj and len(obj.split()) <= 3 else "")
    charity = _CHARITY.match(rest.strip()) if lemma == "volunteer" else None
    if charity:  # "i volunteer at a food bank": where, as "i help out at the food bank" says it
        value = "volunteering at the " + " ".join(charity.group("p").lower().split())
    if lemma in _SEEK and obj and rest.strip().lower().startswith(obj.lower()) and sought:
        value = f"{gerund} for {obj.lower()}"
    c.attr("hobbies", value)
    sung = noun_phrase(_PREP_CUT.sub("", rest)) if lemma in ("sing", "dance") else ""
    if sung and kind_of(sung) == "genre":
        c.attr("likes", sung.lower())  # "i sing folk songs": folk is liked


_TRADE_DOINGS = {
    "housekeeping": "housekeeper",
    "accounting": "accountant",
    "bookkeeping": "bookkeeper",
    "landscaping": "landscaper",
    "plumbing": "plumber",
    "carpentry": "carpenter",
    "catering": "caterer",
    "hairdressing": "hairdresser",
    "welding": "welder",
    "roofing": "roofer",
    "freelance work": "freelancer",
    "construction": "construction worker",
    "consulting": "consultant",
}
"""Trades named by what is done ("i do housekeeping now", "i do plumbing for work"): the doer is the job title."""


def _h_do(c: Sink, verb: str, rest: str) -> None:
    r = rest.strip()
    m = _match(
        r"^(?:some|a\s+lot\s+of|lots\s+of|a\s+bit\s+of|a\s+little|plenty\s+of|quite\s+a\s+bit\s+of|all\s+the|"
        r"most\s+of\s+the|the)\s+(?P<g>[a-z]{3,}ing)\b(?P<rest>.*)$",
        r,
        re.IGNORECASE,
    )
    if (
        m
        and m.group("g").lower() not in _NOT_GERUND
        and (_lemma(m.group("g")) in _KNOWN or m.group("g").lower() in ACTIVITIES.values())
    ):
        if m.group("g").lower() in _JOB_VERBS:
            c.attr("role", _JOB_VERBS[m.group("g").lower()])  # "i do some bartending": a job, not a pastime
            return
        value = _gerund_to_hobby(m.group("g") + m.group("rest"))  # "i do some sketching", "i do a bit of rowing"
        if value:
            c.attr("hobbies", value.lower())
        return
    if _match(
        r"^(?:not|that|it|this|too|so|well|what|nothing|something|anything|the\s+same|my\s+best|a\s+lot(?!\s+of\b)|"
        r"you|lots(?!\s+of\b)|everything|okay|ok|good|great|fine|alright|stuff)\b",
        r,
        re.IGNORECASE,
    ):
        return
    value = noun_phrase(r)
    trade = _TRADE_DOINGS.get(_sub(r"\s+(?:now|for\s+work|for\s+a\s+living|these\s+days)$", "", value.lower()))
    if trade and not c.plural and r.lower().startswith(value.lower()):  # ("some landscaping" may be a pastime)
        c.attr("role", trade)  # "now i just do housekeeping": a trade done is the job
        return
    if (
        value
        and len(value.split()) <= 3
        and (
            c.hobby
            or kind_of(value) == "sport"
            or value.lower()
            in (
                "yoga",
                "pilates",
                "crossfit",
                "karate",
                "volunteer work",
                "crafts",
                "puzzles",
                "ballet",
                "martial arts",
                "photography",
                "gymnastics",
                "meditation",
                "taekwondo",
                "judo",
                "improv",
            )
        )
    ):
        c.attr("hobbies", value.lower())


_JOB_VERBS = {
    "waitress": "waitress",
    "waitresses": "waitress",
    "waitressing": "waitress",
    "bartend": "bartender",
    "bartends": "bartender",
    "bartending": "bartender",
    "nanny": "nanny",
    "nannies": "nanny",
    "nannying": "nanny",
    "babysit": "babysitter",
    "babysits": "babysitter",
    "tutor": "tutor",
    "tutors": "tutor",
    "lifeguard": "lifeguard",
    "lifeguards": "lifeguard",
    "lifeguarding": "lifeguard",
    "caddy": "caddy",
    "caddies": "caddy",
    "freelance": "freelancer",
    "freelances": "freelancer",
    "freelancing": "freelancer",
}
"""Trades English also uses as verbs ("i waitress on weekends", "i bartend on weekends"): the simple present says
what the speaker does for a living, so the verb is read as the job title."""
_PAY_WORDS = words("living money cash income bills rent fun free")
"""What "for …" names when it is the reason, not the employer ("i babysit for extra cash")."""
_JOB_VERB_PLACE = re.compile(r"^(?:at|for|in)\s+(?P<v>.+)$", re.IGNORECASE)


def _h_job_verb(c: Sink, verb: str, rest: str) -> None:
    """ "i waitress during the day", "i bartend at a pub", "i'm waitressing at a diner": the job, and where.
    A bare "-ing" form is a passing activity ("i'm babysitting tonight"), so it counts only with a workplace."""
    low = verb.lower()
    place = _JOB_VERB_PLACE.match(_sub(r"^(?:part\s*time|full\s*time|nights|weekends)\s+", "", rest.strip()))
    if low.endswith("ing") and not place:
        return
    c.attr("role", _JOB_VERBS[low])
    if place:
        value = noun_phrase(_split(r"\s+(?:during|on|since|to|because|so)\s+", place.group("v"), maxsplit=1)[0])
        if value and not _DURATION.match(value) and value.lower().split()[-1] not in _PAY_WORDS:
            c.attr("employer", _lower(value), confidence=0.7)


def _h_want(c: Sink, verb: str, rest: str) -> None:
    r = rest.strip()
    if verb.lower() in ("would",):
        m = _match(r"^(?:like|love|really\s+like|really\s+love)\s+(?:to\s+)?(?P<v>.+)$", r, re.IGNORECASE)
        if not m:
            return
        r = "to " + m.group("v") if not m.group("v").lower().startswith("to ") else m.group("v")
    m = _match(r"^(?:to|of|about)\s+(?P<v>.+)$", r, re.IGNORECASE)
    if not m:
        if verb.lower().startswith(("want", "wish")):
            value = noun_phrase(r)
            if value and not _match(r"^(?:you|i|it|that|to)\b", value, re.IGNORECASE):
                c.attr("goals", value.lower(), "context")
        return
    value = noun_phrase(m.group("v"), keep_det=True)
    if not value or _match(
        r"^(?:know|see|say|ask|hear|go\s+to\s+(?:bed|sleep)|sleep|be\s+honest|talk|chat|"
        r"thank|tell|help(?:\s+(?:you|out))?$)\b",  # "i'd like to help": an offer, no aim
        value,
        re.IGNORECASE,
    ):
        return
    key = "plans" if verb.lower().startswith(("plan", "going", "about")) else "goals"
    c.attr(key, value.lower(), "context")


def _h_drive(c: Sink, verb: str, rest: str) -> None:
    r = rest.strip()
    m = _match(r"^(?:for)\s+(?P<v>.+)$", r, re.IGNORECASE)
    if m:
        value = noun_phrase(m.group("v"))
        if value:
            c.attr("employer", _lower(value), confidence=0.7)
        return
    if _match(
        r"^(?:to|home|around|me|you|there|here|a\s+lot|fast|slow|safely|everywhere|myself|it|that|out|up|down|over|"
        r"back|by|past|through|in|into|across|along|all|off|away|for|with|from|on)\b",
        r,
        re.IGNORECASE,
    ):
        return  # "i drive out to the coast": where, not what
    value = owned_value(noun_phrase(_PREP_CUT.sub("", r)))
    if value and verb.lower() == "drove" and kind_of(value) != "vehicle":
        return  # "i drove my mom to the airport": whom, not what (only the present says what one drives)
    if value and not _own_car(r, value):
        return  # "i drive my kids to school", "driving my sister's car", "a rental this week": not the user's car
    if value:
        if _search(r"\bfor\s+a\s+living\b", r, re.IGNORECASE):
            c.attr("role", value.lower() + " driver")
        c.attr("vehicle", _lower(value))


_NOT_OWN_CAR = words("rental rentals hire loaner courtesy borrowed")
_FOR_A_WHILE = re.compile(
    r"\b(?:(?:this|next)\s+(?:week|weekend|month)|today|tonight|for\s+now|for\s+(?:a\s+)?(?:few|couple\s+of)?\s*"
    r"(?:days|weeks)|while|until|till|at\s+the\s+moment|right\s+now)\b",
    re.IGNORECASE,
)
_WHOSE = re.compile(r"^(?:my|our|the|a|an)\s+(?P<w>[\w-]+)['’]s?\s", re.IGNORECASE)


def _own_car(said: str, value: str) -> bool:
    """Whether what is driven is the user's own car: not a person driven somewhere ("my kids", "my husband",
    "people"), another person's car for a while ("my sister's car this week") nor one hired ("a rental", "a hire
    car", "a loaner")."""
    words_said = value.lower().replace("’", "'").split()
    if any(w in KIN or w in PEOPLE_NOUNS or w in ("people", "everyone", "passengers") for w in words_said):
        return False
    whose = _WHOSE.match(said.strip())
    if (
        whose
        and (whose.group("w").lower() in KIN or whose.group("w").lower() in PEOPLE_NOUNS)
        and _FOR_A_WHILE.search(said)
    ):
        return False  # ("i drive my mom's old honda" is the car the user drives)
    return not any(w in _NOT_OWN_CAR for w in words_said)


def _h_use(c: Sink, verb: str, rest: str) -> None:
    value = noun_phrase(rest)
    if value and kind_of(value) == "device":
        c.attr("devices", _lower(value))


def _h_can(c: Sink, verb: str, rest: str) -> None:
    words = rest.strip().split()
    if not words:
        return
    first = words[0].lower()
    if (
        first in ("listen", "eat", "watch", "drink", "read")
        and _CAN_ALL_DAY.search(rest)
        and not _search(r"\b(?:your|ur|his|her|their|you)\b", rest, re.IGNORECASE)
    ):  # ("i could listen to your stories all day")
        VERBS[first](
            c, first, _CAN_ALL_DAY.sub("", " " + " ".join(words[1:]))
        )  # "i could eat tacos every day": a liking
    elif first == "play":
        _h_play(c, first, " ".join(words[1:]))
    elif first == "speak":
        _h_speak(c, first, " ".join(words[1:]))
    elif first in _SKILL_VERBS:
        obj = noun_phrase(" ".join(words[1:]))
        c.attr("skills", (first + (" " + obj.lower() if obj and len(obj.split()) <= 3 else "")))


_CAN_ALL_DAY = re.compile(
    r"\s+(?:all\s+day(?:\s+long)?|every\s+(?:single\s+)?day|forever|for\s+hours|by\s+the\s+(?:gallon|"
    r"bucket|pound|truckload)|all\s+the\s+time|on\s+repeat|(?:day\s+and\s+night))\b.*$",
    re.IGNORECASE,
)
"""An emphatic "could do it forever" that makes "i can eat/listen to X" a liking, not an ability."""
_SKILL_VERBS = words("""cook bake sing dance swim draw paint knit sew code program juggle ski skate surf drive
    fly ride fix build type write read climb run dive sail shoot fight box crochet weld repair""")


def _h_wear(c: Sink, verb: str, rest: str) -> None:
    value = noun_phrase(rest)
    if value and (value.lower().split()[-1] in APPEARANCE_NOUNS or value.lower() in ("glasses", "contacts")):
        c.attr("appearance", "wears " + value.lower())


_CHILDHOOD_SPENT = re.compile(
    r"^(?:my\s+(?:whole\s+|entire\s+)?(?:childhood|youth|early\s+years|teens|teenage\s+years|school\s+years)|"
    r"(?:my\s+)?(?:whole|entire)\s+life)\s+(?:in|on|at)\s+(?P<v>.+)$",
    re.IGNORECASE,
)
"""Where the speaker grew up, said with "spend": "i spent my childhood in maine", "spent my youth on a farm"."""


def _h_spend(c: Sink, verb: str, rest: str) -> None:
    m = _CHILDHOOD_SPENT.match(rest.strip())
    if m:
        value = _place(m.group("v"))
        if value:
            c.attr("hometown", _lower(value))
        return
    if _search(r"\bworking\s+(?:at|for|in)\s", rest, re.IGNORECASE):
        return  # "i spend my days working at the garage": a job (read by _work_said_in_passing), no pastime
    m = _match(
        r"^(?:my|most\s+of\s+my|a\s+lot\s+of|all\s+my|much\s+of\s+my|lots\s+of|(?:so\s+|too\s+)?much)?\s*"
        r"(?:free\s+|spare\s+)?time\s+(?:at|in|on)\s+the\s+(?P<v>gym|pool|park|beach|library|lake|mountains|woods|garden|"
        r"cinema|movies|theater|theatre|mall|ocean|river|rink|track|range|stables)\b",
        rest.strip(),
        re.IGNORECASE,
    )
    if m:
        c.attr("likes", m.group("v").lower())  # "i spend a lot of time at the gym": a place the speaker likes to be
        return
    m = _match(
        r"^(?:my|most\s+of\s+my|a\s+lot\s+of|all\s+my|much\s+of\s+my|most|all|much|lots\s+of|a\s+lot\s+of\s+my|"
        r"(?:\d+|a\s+few|a\s+couple\s+of|two|three|four|five|six|many|several|countless)(?=\s+hours))?\s*"
        r"(?:free\s+|spare\s+)?(?:time|weekends|days|evenings|summers|nights|hours|mornings|afternoons|"
        r"(?:the|this|all)\s+(?:morning|afternoon|evening|day|weekend))\s+(?P<v>(?:[a-z]+\s+)?[a-z]+ing\b.*)$",
        rest.strip(),
        re.IGNORECASE,
    )  # "… my free time (rock) climbing"
    if m:
        value = _gerund_to_hobby(
            _sub(r"^doing\s+(?=\w)|\s+and\s+(?![a-z]+ing\b).*$", "", m.group("v"), flags=re.IGNORECASE)
        )
        if value:
            c.attr("hobbies", value.lower())
        return
    m = _match(
        r"^(?:my|most\s+of\s+my|a\s+lot\s+of|all\s+my|much\s+of\s+my|(?:so\s+|too\s+)?much)?\s*(?:free\s+|spare\s+)?"
        r"(?:time|weekends|days|evenings|nights|hours)\s+on\s+(?P<v>.+)$",
        rest.strip(),
        re.IGNORECASE,
    )
    if (
        m
        and verb.lower() != "spent"
        and not _match(
            r"^(?:my|our|the)\s+(?:phone|computer|laptop|own|couch|sofa)\b|"
            r"^(?:it|that|this|them)\b",
            m.group("v"),
            re.IGNORECASE,
        )
    ):
        for item in _items(m.group("v")):  # "i spend my time on video games": what the time goes to
            c.attr("hobbies", _lower(item))


def _h_keep(c: Sink, verb: str, rest: str) -> None:
    """ "i keep kosher": a diet kept."""
    value = noun_phrase(rest)
    if value and value.lower() in DIETS:
        c.attr("food_preference", value.lower())


def _h_take(c: Sink, verb: str, rest: str) -> None:
    """ "i take salsa lessons", "i'm taking a pottery class": what is learnt is a pastime."""
    m = _match(
        r"^(?:an?\s+|some\s+)?(?:(?:weekly|daily|private|online|evening|night|group|extra|more|free|few|"
        r"two|three|\d+)\s+)*(?P<v>(?:[a-z]+\s+){1,2})(?:lessons?|classes|class|courses?)\b",
        rest.strip(),
        re.IGNORECASE,
    )
    if m and m.group("v").split()[0].lower() not in ("weekly", "daily", "private", "online", "more", "some", "my"):
        c.attr("hobbies", m.group("v").strip().lower())


def _h_coach(c: Sink, verb: str, rest: str) -> None:
    """ "i coach rowing", "i coach an under-tens team": a coaching job, and the sport."""
    value = _sub(
        r"^(?:a|an|the|my|our|their|his|her)\s+",
        "",
        noun_phrase(_split(r"\s+(?:at|for|in|on)\s+", rest.strip(), maxsplit=1, flags=re.IGNORECASE)[0], keep_det=True),
        flags=re.IGNORECASE,
    )
    sport = bool(value) and (kind_of(value) == "sport" or value.lower().split()[-1] in ("league", "team"))
    c.attr("role", (value.lower() + " coach") if sport and len(value.split()) <= 2 else "coach")
    if sport and kind_of(value) == "sport":
        c.attr("sports", value.lower())


def _h_see(c: Sink, verb: str, rest: str) -> None:
    """ "i see my favourite band live every summer": a band seen live is liked."""
    m = _match(
        r"^(?P<v>.+?)\s+(?:in\s+concert|live(?=\s+(?:every|each|in|at|on|last|next|this|twice|once)\b|$)|"
        r"play\s+live)\b",
        rest.strip(),
        re.IGNORECASE,
    )
    if m and not _search(r"\b(?:i|we|you|he|she|they)\b", m.group("v"), re.IGNORECASE):
        value = noun_phrase(m.group("v"))
        if value:
            c.attr("likes", _lower(value))


def _h_relax(c: Sink, verb: str, rest: str) -> None:
    """ "i relax by knitting", "i unwind with a good book": how someone relaxes is a pastime."""
    m = _match(r"^(?:by|with)\s+(?!(?:my|our|his|her|their|friends|family)\b)(?P<v>.+)$", rest.strip(), re.IGNORECASE)
    if m:  # "unwinding with my spaniel" names company, not a pastime
        for item in (
            _items(m.group("v")) if not _GERUND.match(m.group("v")) else [noun_phrase(m.group("v"), keep_det=True)]
        ):
            if item and kind_of(item) != "drink" and not _MEASURE_OF.match(item):
                c.attr("hobbies", item.lower())  # (a drink relaxed with is ``drinks``: ``_outings``)


def _h_started(c: Sink, verb: str, rest: str) -> None:
    r = _sub(r"^(?:out|off|up)\s+(?:as\s+|by\s+)?", "", rest.strip(), flags=re.IGNORECASE)
    m = _match(r"^(?:to\s+)?(?P<v>[a-z]+)\b(?P<rest>.*)$", r, re.IGNORECASE)
    if m:
        v = m.group("v").lower()
        lemma = _lemma(v)
        if lemma in VERBS and lemma not in ("started", "am", "have"):
            VERBS[lemma](c, lemma, m.group("rest"))
            return
    if _new_job(c, r) or _business_owner(c, r):
        return  # "i started a new job at the bank", "i started my own landscaping company"
    role_at = _match(
        r"^as\s+(?:an?\s+|the\s+)?(?P<r>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?:at|with|for)\s+(?P<o>.+?)"
        r"(?:\s+(?:on|from|next|this|in|last|today|tomorrow)\b.*)?$",
        r,
        re.IGNORECASE,
    )
    if role_at and verb.lower() in ("start", "starts", "starting") and "volunteer" not in role_at.group("r").lower():
        # "i start as a junior developer at Monzo on monday" (not "i started as an intern at google years ago",
        # which is how a career began, not the job now)
        if singular(role_at.group("r").split()[-1].lower()) in STUDENT_WORDS:
            c.attr("school", _lower(role_at.group("o")))  # "i start as a student at Leeds in september"
            return
        if _role(c, role_at.group("r")):
            _h_work(c, "work", "at " + role_at.group("o"))
            return
    if _match(r"^as\s+(?:an?\s+)\w", r, re.IGNORECASE) and _role(c, r[3:]):
        return  # "i just started as a life coach": the new job (not a pastime "as a life coach")
    if _match(r"^as\s", r, re.IGNORECASE):
        return  # "started as a volunteer …" read by neither: no pastime "as …"
    school = _match(
        r"^(?P<v>college|high\s*school|university|uni|grad\s+school|med(?:ical)?\s+school|law\s+school|"
        r"nursing\s+school|middle\s+school|kindergarten)\b",
        r,
        re.IGNORECASE,
    )
    if school:
        c.attr("school", " ".join(school.group("v").lower().split()))  # "i started college this fall"
        return
    m = _match(r"^(?P<job>a\s+new\s+job|a\s+job|work|working)?\s*(?P<p>at|with)\s+(?P<v>.+)$", r, re.IGNORECASE)
    if m and _started_somewhere(m.group("p"), m.group("v"), bool(m.group("job"))):
        studied = _match(r"^(?P<s>.*?\b(?:uni|university|college|academy|sixth\s+form))\b", m.group("v"), re.IGNORECASE)
        if studied and not m.group("job"):
            c.attr("school", _lower(studied.group("s")))  # "starting at leeds uni in sept": a school, not a job
            return
        _h_work(c, "work", "at " + m.group("v"))
        return
    if m:
        return  # "i'm starting at 9am", "starting with a clean slate": a time or a manner, no employer
    value = noun_phrase(r)
    if value and kind_of(value) in ("sport", "instrument"):
        _h_play(c, "play", value)
    elif value and not _match(r"^(?:new\s+job|job|school|college|work|new|it|that)\b", value, re.IGNORECASE):
        c.attr("hobbies", value.lower())


_STARTED_NOT_AT = re.compile(
    r"^(?:the\s+)?(?:\d|(?:very\s+)?(?:bottom|top|beginning|start|end|same\s+time|weekend|moment|last\s+minute)\b|"
    r"(?:once|last|least|first|home|noon|midnight|dawn|sunrise|scratch|zero|square\s+one|level|half|full|gym|"
    r"about|around|roughly|nearly|like|minimum|entry)\b|(?:a|an)\s+(?:new|fresh|clean|blank)\s+"
    r"(?:slate|page|start|chapter|leaf|sheet)\b|(?:a|an)\s+(?:salary|wage|rate|pay)\b)",
    re.IGNORECASE,
)
"""What "started at …" names when it is no workplace: a time, a level or a figure ("at 9am", "at the bottom", "at
minimum wage", "at the weekend")."""
_FIRM_WORDS = words("""company firm startup start-up agency consultancy charity nonprofit non-profit bank council
    practice studio clinic hospital""")


def _started_somewhere(preposition: str, value: str, job: bool = False) -> bool:
    """Does "started at/with …" name a workplace? "At" does unless it names a time or a level ("started at 9am",
    "at the bottom"); "with" mostly names a manner or a person ("started with a clean slate", "with my sister"), so
    only a capitalised name or a kind of firm counts there ("started with Deloitte", "with a small agency")."""
    v = value.strip()
    if _STARTED_NOT_AT.match(v):
        return False
    if job or preposition.lower() == "at":
        return True  # ("started a new job with the council": a job said)
    first = v.split()[0] if v.split() else ""
    return (
        first[:1].isupper()
        and first.lower() not in ("my", "the", "a", "an")
        or not _FIRM_WORDS.isdisjoint(w.lower().strip(".,!") for w in v.split()[:4])
    )


_NEW_JOB = re.compile(
    r"^(?:(?:a|an|the|my)\s+)?(?:(?:new|first|second|part[\s-]?time|full[\s-]?time|summer)\s+)*"
    r"(?:job|position|role|post|gig|career|(?P<kind>apprenticeship|internship|traineeship))\s+"
    r"(?:(?:working\s+)?(?P<v>(?:at|with|as|in)\s+.+)|"
    r"(?:to\s+be|being)\s+(?P<r>.+))$",
    re.IGNORECASE,
)


def _new_job(c: Sink, r: str) -> bool:
    """ "(started / got / took / accepted) a new job as a tax adviser / at the bank / to be a nurse": the job said is
    the new value of role or employer (one at a time: it supersedes the old one)."""
    m = _NEW_JOB.match(r.strip())
    if not m:
        return False
    if m.group("kind"):  # "an apprenticeship at bae": an apprentice there
        c.attr("role", {"apprenticeship": "apprentice", "internship": "intern"}.get(m.group("kind").lower(), "trainee"))
    if m.group("v"):
        # "a job with the county council": a job "with" an organisation is a job at it
        _h_work(c, "work", _sub(r"^with\s+(?=(?:the|a|an)\s|[A-Z])", "at ", m.group("v")), a_job_in=True)
    else:
        _role(c, m.group("r"))
    return True


_QUIT_FOR_GOOD = re.compile(
    r"\s+(?:completely|entirely|altogether|totally|for\s+good|cold\s+turkey|for\s+now|(?:a\s+)?while\s+ago)$",
    re.IGNORECASE,
)
"""How thoroughly something was given up ("quit coffee cold turkey"): no part of what was given up."""


def _h_quit(c: Sink, verb: str, rest: str) -> None:
    """quit/stopped/gave up/left X: the old value ends (negation of whatever key X belongs to)."""
    if c.negated:
        return  # "i never quit my job", "i didn't quit coffee": nothing ended
    r = _QUIT_FOR_GOOD.sub("", rest.strip())
    if FOR_A_WHILE.search(f"{verb} {r}"):
        return  # "left leeds for the weekend", "gave up sushi for lent": away for a while, nothing ended
    c.negated = True
    m = _match(r"^(?:to\s+)?(?P<v>[a-z]+ing)\b(?P<rest>.*)$", r, re.IGNORECASE)
    if m and m.group("v").lower() not in _NOT_GERUND:
        lemma = _lemma(m.group("v"))
        if lemma in VERBS and lemma not in ("am", "have"):
            VERBS[lemma](c, lemma, m.group("rest"))
            return
        c.attr("hobbies", m.group("v").lower())
        return
    if verb.lower() in ("quit", "left") and _match(r"^(?:my|the)\s+(?:current\s+)?job$", r, re.IGNORECASE):
        # "i quit my job": out of work now, whatever the job was (a role that a new employer ends, like "laid off")
        c.attr("role", "between jobs", negated=False)
        return
    m = _match(r"^(?:my\s+)?(?:job|work|position|gig)\s+as\s+(?:an?\s+)?(?P<r>.+)$", r, re.IGNORECASE) or _match(
        r"^(?:my|the)\s+(?P<r>[a-z][\w -]*?)\s+(?:job|gig|position)\b", r, re.IGNORECASE
    )
    if m:
        if _role_head(noun_phrase(m.group("r"))):
            c.attr("role", noun_phrase(m.group("r")).lower())  # "i quit my barista job", "left my job as a nurse"
        return  # ("i quit my day job", "my nursing job": a job ended, no title or employer said)
    m = _match(r"^(?:my\s+job|(?:my\s+)?work)\s+(?:at|with)\s+(?P<v>.+)$", r, re.IGNORECASE)
    if m:
        value = noun_phrase(m.group("v"))
        if value:
            c.attr("employer", _lower(value))  # "i quit my job at the bank"
        return
    if _match(r"^(?:my\s+)?(?:job|work)\b|^(?:in|on|at|with|for|by|to|now|already|too|again|hope)\b", r, re.IGNORECASE):
        return  # ("i have given up in a sense": how, not what)
    low = verb.lower()
    for item in _items(r):
        k = kind_of(item)
        if k == "drink":
            c.attr("drinks", _MEASURE_OF.sub("", item).lower())
        elif k == "diet":
            c.attr("food_preference", item.lower())
        elif k == "sport":
            c.attr("sports", item.lower())
        elif k == "instrument":
            c.attr("instruments", singular(item.split()[-1]))
        elif k == "language":
            c.attr("languages", item[:1].upper() + item[1:].lower())  # "i gave up on spanish"
        elif low in ("left", "leave", "leaving") and _match(
            r"^(?:home|town|the\s+city|the\s+country|(?:the\s+)?(?:house|room|"
            r"party|door|building|bed|table|car|country|city|state|planet))$",
            item,
            re.IGNORECASE,
        ):
            continue
        elif low in ("left", "quit", "leave", "leaving", "retired") and (item[:1].isupper() or low == "left"):
            c.attr("employer", _lower(item), replaces=_lower(item))
        else:  # ("quit keto", "gave up twitter": the store knows which key holds it, see ``replaces``)
            c.attr("likes", _lower(item), replaces=_lower(item))


def _h_switched(c: Sink, verb: str, rest: str) -> None:
    from ._work import career_change  # (the work module reads with this one's helpers: imported when used)

    career = career_change(rest) if not c.negated and not c.plural else None
    if career:  # "i switched careers from law to teaching", "changed jobs to become a nurse"
        for title, ended in zip(career, (True, False)):
            if title:
                c.attr("role", title, negated=ended)
        return
    m = _match(r"^(?:over\s+)?(?:from\s+(?P<old>.+?)\s+)?to\s+(?P<v>.+)$", rest.strip(), re.IGNORECASE)
    if not m:
        return
    if m.group("old"):
        before, held = c.negated, len(c.out.attributes)
        c.negated = True
        _h_switched(c, verb, "to " + m.group("old"))  # "switched from coffee to tea": coffee ends
        c.negated = before
        if len(c.out.attributes) == held and not c.negated:
            _switched_thing(c, m.group("old"), m.group("v"))
            return
    r = m.group("v")
    first = r.split()[0].lower() if r.split() else ""
    if first.endswith("ing") and _lemma(first) in VERBS:
        VERBS[_lemma(first)](c, _lemma(first), r[len(first) :])
        return
    value = noun_phrase(r)
    k = kind_of(value) if value else None
    if not value:
        return
    if k == "drink":
        c.attr("drinks", value.lower())
    elif k == "device":  # ("switched to a Galaxy S24": the phone it replaces, whichever phone that was)
        c.attr("devices", _lower(value), replaces=None if c.negated else thing_kind(value))
    elif k == "vehicle":
        c.attr("vehicle", _lower(value))
    elif k == "diet" or value.lower() in DIETS:
        c.attr("food_preference", value.lower())
    elif _role_head(value):
        c.attr("role", value.lower())


def _switched_thing(c: Sink, old: str, new: str) -> None:
    """ "switched from Comcast to Verizon", "switched from the Pixel to a Galaxy": two things the word lists cannot
    place. Read as a thing that replaced another (``replaces``), so it lands on whichever key holds the old one,
    and on nothing else: with no such value the reconciler keeps it as a thing of the user's at a confidence that
    never outranks a value said plainly (see ``_h_traded``)."""
    was, now = owned_value(noun_phrase(old)), owned_value(noun_phrase(new))
    if not was or not now or kind_of(now) or kind_of(was) or not _NOT_TRADED.isdisjoint(now.lower().split()[-1:]):
        return
    c.attr("possessions", _lower(now), negated=False, confidence=0.6, replaces=_lower(was))


_FIRED = r"(?:fired(?!\s+up\b)|sacked|laid\s+off|let\s+go|made\s+redundant|canned)\b"
"""Being put out of work, in the words of "i got / was / have been <it>"."""
_SUBORDINATE_LEAD = re.compile(
    r"\b(?:since|after|once|when|until|before)\s+(?:i|we)\s+(?:\w+\s+)?(?:(?:was|were|got|been)\s+"
    + _FIRED
    + r"|lost\s+my\s+(?:job|position))",
    re.IGNORECASE,
)
"""A job lost in a clause that frames another ("after they fired me i got a job at a bakery"): history."""
_LOST_JOB = re.compile(r"^" + _FIRED + r"|^(?:lost|lose)\s+my\s+(?:job|position)\b", re.IGNORECASE)
"""Losing a job ("i got laid off", "i got fired", "i lost my job"): the speaker is out of work now."""


_LOST_AT = re.compile(
    r"\b(?:from|(?:job|position)\s+(?:at|with))\s+(?:my\s+(?:job|position)\s+(?:at|with)\s+)?(?P<v>.+)$", re.IGNORECASE
)
"""Where the job lost was: "laid off from the plant", "lost my job at the mill"."""


def _job_lost(c: Sink, r: str) -> bool:
    """ "got fired/laid off (from X)", "lost my job (at X)": the employer named is no longer the speaker's, and
    ``role`` unemployed (which ends any employer) for the speaker alone. A loss framing another clause ("after i
    got laid off from the bank i started a bakery", "since i lost my job at the mill i drive for uber") is history:
    it ends the job it names, but what the speaker does now is what the other clause says."""
    if c.plural or c.negated or not _LOST_JOB.match(r):
        return False
    lost = _split(r"\s+(?:and|but|so|then)\s+", r, maxsplit=1, flags=re.IGNORECASE)[0]  # (not "… but found a job at X")
    where = _LOST_AT.search(lost)
    value = noun_phrase(where.group("v")) if where else ""
    if value and value.lower() not in ("my job", "job", "work", "my position"):
        c.attr("employer", _lower(value), negated=True)
    said = c.ctx.text[c.span[0] : c.span[1]]
    if not _SUBORDINATE_LEAD.search(said) and not _NEW_JOB_AFTER.search(said):
        c.attr("role", "unemployed", confidence=0.7)
    return True


_NEW_JOB_AFTER = re.compile(
    r"\b(?:and|but|so|then)\s+(?:i\s+)?(?:(?:have|had)\s+to\s+|finally\s+|soon\s+|quickly\s+)?"
    r"(?:get|got|found|find|landed|started|took)\s+(?:a\s+)?(?:new\s+|better\s+|another\s+)?(?:job|position)\b",
    re.IGNORECASE,
)
"""A new job said in the same sentence as the loss ("i was fired and had to get a new job in insurance"): the
speaker is not out of work now."""


def _h_lost(c: Sink, verb: str, rest: str) -> None:
    """ "i lost my job": out of work; "i lost my dog": the pet is gone (anything else lost is no standing fact)."""
    if not parted_with(c, verb, rest):
        _job_lost(c, "lost " + rest.strip())


def _h_parted(c: Sink, verb: str, rest: str) -> None:
    """ "i sold my truck", "we rehomed our rabbit": the thing is the speaker's no more (``_possessions``)."""
    parted_with(c, verb, rest)


_NEW_DWELLING = re.compile(
    r"^(?:an?|my|our)\s+(?:(?:new|own|first|little|small|nice|cute|big|tiny|luxury|spacious|cozy|cosy|lovely|great|"
    r"shared|cheap|large|(?:one|two|three|1|2|3)[\s-]bedroom)\s+)*(?P<d>apartment|flat|condo|"
    r"studio\s+apartment|dorm\s+room)(?:\s+(?:of\s+(?:my|our)\s+own|together|out\s+there|over\s+there|here))?"
    r"(?:\s+(?:with\s+(?:my|our)\s+[\w ]+?|together))?(?:\s+(?:in|near|downtown\s+in)\s+(?P<v>.+))?$",
    re.IGNORECASE,
)
"""A new place rented to live in: "we just rented a flat with my cousin", "we got a condo in tampa" (a house
bought may be an investment, so only a dwelling one rents is read as the home)."""


def _new_dwelling(c: Sink, m: re.Match[str]) -> None:
    """``home`` from "got an apartment (in X)": the place when named, else the kind of dwelling."""
    where = _place(m.group("v")) if m.group("v") else ""
    c.attr("home", _lower(where) if where else m.group("d").lower())


def _h_rented(c: Sink, verb: str, rest: str) -> None:
    """ "i just rented a flat with my cousin": a dwelling rented is where the speaker lives (a car rented is not)."""
    m = _NEW_DWELLING.match(rest.strip())
    if m and not c.negated:
        _new_dwelling(c, m)


def _h_got(c: Sink, verb: str, rest: str) -> None:
    r = rest.strip()
    m = _match(
        rf"^(?P<s>married|remarried|divorced|engaged|separated|hitched)\b(?:\s+to\s+(?P<name>{NAME_WORD}))?",
        r,
        re.IGNORECASE,
    )
    if m:
        status = {"hitched": "married", "remarried": "married"}.get(m.group("s").lower(), m.group("s").lower())
        if status == "married" and verb.lower() == "get":
            status = "engaged"  # "we get married in june": a wedding to come
        c.attr("relationship_status", status)
        if m.group("name") and status == "married":
            c.rel("married_to", "Person/" + m.group("name").lower())
        return
    m = _match(r"^(?:promoted|hired|named)\s+(?:to|as)\s+(?:an?\s+|the\s+)?(?P<v>.+)$", r, re.IGNORECASE)
    if m:
        value = noun_phrase(m.group("v"))
        if value:
            c.attr("role", value.lower())
        return
    dwelling = _NEW_DWELLING.match(r)
    if dwelling and not c.negated:
        _new_dwelling(c, dwelling)
        return
    m = _match(r"^hired\s+(?:at|by|on\s+at)\s+(?P<v>.+)$", r, re.IGNORECASE)
    if m:
        _h_work(c, "work", "at " + m.group("v"))  # "i got hired at a hospital": the new employer
        return
    if _job_lost(c, r) or parted_with(c, "got", r):
        return
    if _new_job(c, r):
        return
    m = _match(r"^(?:into|in\s+to)\s+(?P<v>.+)$", r, re.IGNORECASE)
    if m:
        value = noun_phrase(m.group("v"))
        if value:
            c.attr("hobbies", value.lower())
        return
    if _match(r"^(?:a|an|two|three|\d+|my\s+first|new)\b", r, re.IGNORECASE):
        _h_have(c, "have", r)


def _h_broke_up(c: Sink, verb: str, rest: str) -> None:
    """ "we broke up", "i split up with my boyfriend", "we separated": the relationship ended."""
    r = rest.strip().lower()
    if _match(
        r"^(?:in|on|at|last|this|after|before|when|because|for|since|about|around|a\s+few|\d|recently|"
        r"finally|officially|amicably)\b",
        r,
    ):
        r = ""  # "we separated in the spring", "my wife and i split after ten years": when or why, not with whom
    if verb.lower() == "separated" and not r or _match(r"^up\b", r):
        c.attr("relationship_status", "single" if verb.lower() != "separated" else "separated", negated=False)
    elif verb.lower() == "split" and c.plural and not r:
        c.attr("relationship_status", "single", negated=False)  # "my husband and i split": the couple ended
    elif verb.lower() in ("divorced", "divorce") and (c.plural or _match(r"^(?:my|him|her)\b", r)):
        c.attr("relationship_status", "divorced", negated=False)  # "my wife and i divorced", "i divorced him"


def _h_married(c: Sink, verb: str, rest: str) -> None:
    """ "i married my college sweetheart", "we married in june": the speaker is married (not "i married them")."""
    r = rest.strip().lower()
    if verb.lower() in ("married", "remarried") and not _match(r"^(?:them|people|couples|off)\b", r):
        c.attr("relationship_status", "married")  # negated ("i'm not married anymore") it closes the value


def _h_landed(c: Sink, verb: str, rest: str) -> None:
    """ "i found a job in logistics", "i landed a job at Acme": a new job (anything else found is no fact)."""
    if _match(r"^(?:a|my|the)\s+(?:new\s+|first\s+)?job\b", rest.strip(), re.IGNORECASE):
        _h_got(c, "got", rest)


_DRIVING_A_MAKE = re.compile(
    r"^driving\s+(?:an?\s+)(?P<v>(?:[\w-]+\s+){0,3}?[\w-]+?)(?:\s+(?:now|these\s+days|nowadays|again))?"
    r"(?:\s+(?:bc|because|cos|cuz|since|as|so)\b.*)?$",
    re.IGNORECASE,
)
_WORKING_AS = re.compile(r"^working\s+as\s+(?P<v>.+)$", re.IGNORECASE)


def _household_progressive(c: Sink, r: str) -> bool:
    """ "we're driving a kia carnival now", "me and my dad are working as electricians": the household's car and the
    speaker's trade. Other doings said of "we" in the progressive are mostly of the moment ("we're driving the kids
    to practice", "we're working at the kitchen table today"), so only these two are read."""
    m = _DRIVING_A_MAKE.match(r)
    if m and kind_of(m.group("v")) == "vehicle" and not names_kind_only(m.group("v")):
        c.attr("vehicle", _lower(owned_value(m.group("v"))))
        return True
    m = _WORKING_AS.match(r)
    if m:
        said = [singular(w) if not _role_head(w) and _role_head(singular(w)) else w for w in m.group("v").split()]
        return _role(c, " ".join(said))  # "as electricians": the trade of each of them
    return False


def _h_became(c: Sink, verb: str, rest: str) -> None:
    _h_be(c, "am", rest)


_ARMED_FORCE = re.compile(
    r"^(?:the\s+)?(?:\w+\s+)?(?:army|navy|marines|marine\s+corps|air\s+force|military|coast\s+guard|national\s+guard|"
    r"police(?:\s+force)?|fire\s+department)$",
    re.IGNORECASE,
)


def _h_joined(c: Sink, verb: str, rest: str) -> None:
    value = noun_phrase(rest)
    if not value:
        return
    left_job = any(
        a.key == "employer" and a.negated and a.span == getattr(c, "span", None)
        for a in getattr(getattr(c, "out", None), "attributes", [])
    )
    if _ARMED_FORCE.match(value) and not c.plural:
        c.attr("employer", _sub(r"^the\s+", "", value.lower()))  # "i joined the navy last spring": serving is a job
        return
    if (value[:1].isupper() or left_job) and not _search(
        r"\b(?:club|team|band|choir|gym|league|group|church)\b", value, re.IGNORECASE
    ):  # "left tesco and joined aldi": a new employer
        c.attr("employer", value)
        c.rel("works_at", "Org/" + value.lower())
    else:
        c.rel("member_of", "Org/" + value.lower())


def _h_retired(c: Sink, verb: str, rest: str) -> None:
    c.attr("role", "retired", negated=c.negated)  # ("i am no longer retired": back at work)
    m = _match(r"^(?:.*?\s)?as\s+(?P<r>(?:an?|the)\s+.+)$", rest.strip(), re.IGNORECASE)
    if m:
        before = c.negated
        c.negated = True
        _role(c, m.group("r"), negated=True)  # "i retired as a gym teacher": the old job, closed
        c.negated = before
    m = _match(r"^(?:from)\s+(?P<v>.+)$", rest.strip(), re.IGNORECASE)
    if m:
        value = noun_phrase(m.group("v"))
        if value:
            c.attr("employer", _lower(value), negated=True)


def _h_manage(c: Sink, verb: str, rest: str) -> None:
    m = _match(rf"^(?P<name>{NAME_WORD}(?:\s{NAME_WORD})?)\b", rest.strip())
    if m:
        c.rel("manages", "Person/" + m.group("name").lower())


def _h_report(c: Sink, verb: str, rest: str) -> None:
    m = _match(rf"^to\s+(?P<name>{NAME_WORD}(?:\s{NAME_WORD})?)\b", rest.strip())
    if m:
        c.rel("reports_to", "Person/" + m.group("name").lower())


_AGE = re.compile(
    r"^(?P<n>\d{1,3})(?:\s*(?:years?|yrs?)(?:\s+old|\s+of\s+age)?|\s*y/?o)?(?:\s+(?P<after>\w+))?", re.IGNORECASE
)
_NOT_AGE_UNIT = words(
    """feet foot ft inches inch pounds lbs lb kg kgs kilos kilo kilograms stone st miles minutes hours days weeks months
    percent dollars k times"""
)
_AGE_WORDS = re.compile(
    r"^(?P<n>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|"
    r"four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen)\s+(?:years?\s+old|yrs?\s+old)",
    re.IGNORECASE,
)
_AGE_LEAD = re.compile(
    r"^(?:(?:around|about|roughly)\s+)?(?:(?:the\s+)?age\s+(?:of\s+)?|aged\s+)(?=\d|[a-z]+\b)", re.IGNORECASE
)
_AGE_QUALIFIER = re.compile(
    r"^(?P<q>around|about|roughly|almost|nearly|approximately|pushing|close\s+to|just\s+over|just\s+under|over|"
    r"under)\s+(?=\d{1,3}\b(?!\s*(?:%|\$|:|am\b|pm\b))|(?:(?:the\s+)?age\b|[a-z]+ty\b|ten\b|eleven\b|twelve\b|[a-z]+teen\b))",
    re.IGNORECASE,
)
"""How near the age is: "almost 30", "around 13 years old", "pushing fifty"."""
_UNITS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_AGE = re.compile(
    r"^(?:(?P<t>"
    + "|".join(_TENS)
    + r")(?:[\s-](?P<u1>"
    + "|".join(_UNITS[:9])
    + r"))?|(?P<u>"
    + "|".join(_UNITS)
    + r"))(?P<rest>(?=\s+(?:years?|yrs?|y/o|now|lol|haha|today|already|soon|and|but|so)\b|\s*$).*)$",
    re.IGNORECASE,
)
"""An age said in words, at the end of the clause or before "years"/"now"/a filler: "thirty four", "four years
old" (not "one of them", "four kids")."""


def _age_in_digits(r: str) -> str:
    """ "age 24", "around the age of 13", "thirty four now" → "24", "13", "34 now": an age said with a lead word
    or in words, in the digits the age patterns read ("almost 30" keeps its "almost": it is part of what is said)."""
    r = _AGE_LEAD.sub("", r, count=1)
    m = _NUMBER_AGE.match(r)
    if not m:
        return r
    if m.group("u") and m.group("u").lower() == "one" and not _match(r"^\s+years?\b", m.group("rest")):
        return r  # "i am one" answers "are you a nurse?": no age
    if m.group("u"):
        n = _UNITS.index(m.group("u").lower()) + 1
    else:
        n = 10 * (_TENS.index(m.group("t").lower()) + 2) + (
            _UNITS.index(m.group("u1").lower()) + 1 if m.group("u1") else 0
        )
    return f"{n}{m.group('rest')}"


_AGED_NOUN = re.compile(
    r"^(?:an?\s+)?(?:(?P<pre>(?!(?:an?|the|my|about|around|over|under|almost|nearly)\b)[a-z]+)\s+)?(?P<n>\d{1,3})[\s-]*"
    r"(?:years?|yrs?)[\s-]*old(?:\s+(?P<rest>[a-z].*))?$",
    re.IGNORECASE,
)
"""An age said as what the speaker is: "a 41 year old divorced dad", "a male 45 year old", "a proud 60 year old"."""
_BE_STATUS = re.compile(
    r"^(?:(?:[a-z]+ly|now|still|once\s+again)\s+)?(?P<s>single|married|engaged|divorced|widowed|"
    r"separated|a\s+widow(?:er)?|in\s+an?\s+(?:[\w-]+\s+){0,2}relationship|dating\s+someone|taken|"
    r"seeing\s+someone)\b",
    re.IGNORECASE,
)
_BE_DIET = re.compile(
    r"^(?:an?\s+|fully\s+|strictly\s+|mostly\s+)?(?P<v>" + "|".join(sorted(DIETS)) + r")\b", re.IGNORECASE
)
_ADJ_INTENS = re.compile(
    r"^(?:so|very|really|too|pretty|super|quite|kind\s+of|sort\s+of|a\s+bit|a\s+little|"
    r"extremely|incredibly|fairly|rather)\s+",
    re.IGNORECASE,
)
_BE_SKIP = re.compile(
    r"^(?:not\s+sure|sure|sorry|glad|good|fine|ok|okay|well|great|here|there|back|home|done|ready|going|doing|"
    r"getting|trying|thinking|looking|waiting|talking|just|also|still|about|like|so|very|too|in\s+the|at\s+the|"
    r"on\s+the|with|all|always|never|the\s+same|same|afraid\s+(?:so|not)|kidding|joking|a\s+bit|a\s+little|"
    r"sure\s+you|lucky|blessed|busy|free|off|up|out|alright|right|wrong|curious|jealous|impressed|fortunate)\b",
    re.IGNORECASE,
)


_ROLE_MODIFIER = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:(?:new|former|professional|full[\s-]time|part[\s-]time|"
    r"freelance|retired|certified|licensed|registered|aspiring|amateur|proud|young|local|"
    r"successful|busy|hard[\s-]working)\s+)*",
    re.IGNORECASE,
)
_JUDGED_DOER = re.compile(
    r"^(?P<det>(?:(?:quite|such)\s+)?(?:an?|the)\s+)?(?P<judge>(?:(?:really|very|pretty|quite|so|truly|absolutely|total|"
    r"complete|kind\s+of|bit\s+of\s+an?)\s+)*(?P<judged>terrible|awful|horrible|horrendous|bad|good|great|decent|"
    r"excellent|amazing|fantastic|brilliant|superb|wonderful|lousy|crap|crappy|rubbish|poor|worst|best|better|worse|"
    r"okay|ok|average|mediocre|hopeless|useless|lazy|slow|fast|quick|careful|nervous|confident|reckless|messy|picky|"
    r"fussy|competent|incompetent))\s+(?P<doer>[a-z]+)\b(?P<at>\s+(?:at|for|with)\s+\w)?",
    re.IGNORECASE,
)
"""A doer judged ("a terrible cook", "a good driver", "the worst singer", "a pretty decent accountant"): how well
the speaker does a thing. It made the job "terrible cook", which superseded the one they have."""
_EVERYDAY_DOERS = words(
    """cook driver singer dancer listener swimmer runner cyclist reader writer speller kisser sleeper eater drinker
    cleaner gardener baker parent dad mom mum friend person liar loser winner player gamer learner texter
    multitasker shopper traveller traveler host hostess talker sharer napper planner walker typist thinker worker
    student"""
)
"""Doers of what anyone does, judged: a skill, not a trade ("a good cook", "a fast typist"; "a great chef", "a
lousy plumber" and "a good cook at a restaurant downtown" are jobs, the judgement left out)."""
_RETIRED_MODIFIER = re.compile(r"(?<!semi[\s-])\bretired\b", re.IGNORECASE)
_FAN_SIZE = words("huge big massive great real true total avid die-hard diehard absolute major")
_ROLE_STOP = words("""at for with in by of and but so who that which because since from on to as during when
    where while or like""")


_TITLED_BY_FIELD = words("head director vp chief dean professor president")
"""Titles that name their field after "of" ("head of growth", "professor of history")."""
_NOT_A_FIELD = words("""a an the my our your his her their this that these those it them us now today tonight
    yesterday tomorrow as at for with in since from lol haha""")


def _field_of_title(words: list[str], i: int) -> int:
    """How many words after ``words[i]`` belong to its title: "of" and a field of one or two words after a title
    that takes one ("head of growth as of today" → 2), else 0 ("manager of a team of five": no field)."""
    if words[i].lower() not in _TITLED_BY_FIELD or len(words) < i + 3 or words[i + 1].lower() != "of":
        return 0
    field = 0
    for w in words[i + 2 : i + 4]:
        lw = w.lower().strip(".,!?")
        if lw in _NOT_A_FIELD or lw in _ROLE_STOP or not lw.isalpha() and "-" not in lw:
            break
        field += 1
        if w[-1:] in ".,!?":
            break
    return field + 1 if field else 0


def _role(c: Sink, r: str, negated: bool | None = None) -> bool:
    """A job title after "I am": the first occupation head noun within a few words ("a kindergarten teacher",
    "a nurse at the local hospital", "CTO"), with the employer when "at/for X" follows."""
    r = r.split(",", 1)[0]  # "an apprentice electrician, lots of time outside": the title ends at the comma
    former = _match(r"^(?:(?:an?|the)\s+)?(?:former|ex)\b[\s-]*(?P<r>.*)$", r, re.IGNORECASE)
    title = noun_phrase(_split(r"\s+(?:at|for|with|in)\s+", former.group("r"), maxsplit=1)[0]) if former else ""
    if former and _role_head(title):
        if negated is None or negated:  # ("i'm not a former teacher" says nothing)
            # "a former teacher", "an ex cop": a past job, never the current one; it ends that job only (a
            # negation closes the value it names, _write/_reconcile), so "a former cop" who is a nurse stays one
            c.attr("role", title.lower(), negated=True)
        return True
    judged = _JUDGED_DOER.match(r)
    if judged and judged.group("doer").lower() in _EVERYDAY_DOERS and not judged.group("at"):
        return False  # "a terrible cook", "the best driver in my family": how well they do it, no job
    if judged:  # "i am a great chef", "a pretty decent accountant": the trade, not how good a one
        r = (judged.group("det") or "") + r[judged.end("judge") :].lstrip()
    m = _ROLE_MODIFIER.match(r)
    had_det = bool(_match(r"^(?:an?|the)\s", r, re.IGNORECASE))
    words = r[m.end() :].split() if m else r.split()
    for i, w in enumerate(words[:5]):
        lw = w.lower()
        if lw in _ROLE_STOP:
            break
        if lw in ("lover", "fan", "fanatic", "enthusiast", "buff", "junkie", "addict", "nut") and i > 0:
            what = [x for x in words[:i] if x.lower() not in _FAN_SIZE]
            if what:
                c.attr("likes", " ".join(what).lower())  # "a huge coffee lover", "a big football fan"
            return True
    if len(words) >= 3 and words[1].lower() == "and" and _role_head(" ".join(words[:4])) and not _role_head(words[0]):
        words = [f"{words[0]} and {words[2]}"] + words[
            3:
        ]  # "a hair and makeup artist", "a sound and lighting technician"
    for i, w in enumerate(words[:5]):
        lw = w.lower()
        if lw in _ROLE_STOP:
            break
        while (
            i + 1 < min(len(words), 5)
            and words[i + 1].lower() not in _ROLE_STOP
            and _role_head(" ".join(words[: i + 2]))
            and _role_head(" ".join(words[: i + 1]))
        ):
            i += 1  # "head chef", "store manager": the title ends at its last occupation word
        title = " ".join(words[: i + 1])
        inner = [k for k, x in enumerate(words[1 : i + 1], 1) if x.lower() in ("a", "an", "the")]
        if inner and any(x.lower().endswith("ing") or _lemma(x.lower()) in VERBS for x in words[: inner[-1]]):
            return False  # ("just building a model house": a doing with its object, no title)
        if inner:  # "currenty a line cook" (a typo before the article), "bob the builder": the title is after it
            title = " ".join(words[inner[-1] + 1 : i + 1])
        titled = _role_head(title)
        field = _field_of_title(words, i) if titled else 0
        if field:  # "head of product", "director of engineering at acme": the whole title, then what follows it
            title, i = " ".join(words[(inner[-1] + 1 if inner else 0) : i + 1 + field]), i + field
        if titled or (i == 0 and not had_det and w.isupper() and 2 <= len(w) <= 4 and len(words) == 1):
            if m and _RETIRED_MODIFIER.search(m.group(0)) and not negated:
                c.attr("role", "retired")  # "a retired teacher": no job now (which ends the employer) …
                c.attr("role", title.lower(), negated=True)  # … and the trade was theirs, closed
                return True
            if title.lower().split()[-1] in ("volunteer", "volunteers"):
                # unpaid: a pastime, not the job (a single value) that "i am a nurse" said it is
                c.attr("hobbies", "volunteering", negated=negated)
                return True
            c.attr("role", title.lower(), negated=negated)
            tail = words[i + 1 :]
            if (
                title.lower().split()[-1] in ("student", "intern")
                and len(tail) >= 2
                and tail[0].lower() in ("at", "in")
            ):
                org = noun_phrase(" ".join(tail[1:]))
                if org:
                    # "a student at X": where they study now (an intern's host stays under education, as before)
                    c.attr("school" if title.lower().split()[-1] == "student" else "education", _lower(org))
            elif (
                len(tail) >= 2
                and tail[0].lower() in ("at", "for", "with")
                and not _DURATION.match(" ".join(tail[1:]))
                and title.lower().split()[-1] not in TITLES_WITHOUT_EMPLOYER  # ("a medalist for the 400 meters")
            ):
                # (a time said after the workplace is no part of it: "at a fintech as of march", "… since 2019")
                org = noun_phrase(_split(r"\s+(?:as\s+of|since|from)\b", " ".join(tail[1:]), maxsplit=1)[0])
                if org and org.lower() not in (
                    "heart",
                    "night",
                    "home",
                    "times",
                    "the moment",
                    "work",
                    "school",
                    "now",
                    "fun",
                    "money",
                    "a living",
                ):
                    c.attr("employer", _lower(org))
                    if org[:1].isupper():
                        c.rel("works_at", "Org/" + org.lower())
            elif len(tail) >= 2 and tail[0].lower() == "in" and tail[1].lower() in ("a", "an", "the"):
                org = noun_phrase(" ".join(tail[1:]))
                if org and not _match(
                    r"^(?:morning|day|evening|night|afternoon|past|future|making|training)", org, re.IGNORECASE
                ):
                    c.attr("employer", _lower(org), confidence=0.6)
            return True
    return False


def _plural_role(c: Sink, r: str) -> None:
    """ "we are farmers", "my wife and i are both teachers": a trade said of a group the speaker is in is the
    speaker's own (the plural head noun, made singular, must name an occupation)."""
    m = _match(
        r"^(?:both\s+|all\s+)?(?P<r>(?:[a-z-]+\s+){0,2}?[a-z-]+s)(?:\s+(?P<tail>(?:at|for|with|in)\s+.+))?$",
        r,
        re.IGNORECASE,
    )
    if not m or m.group("r").split()[0].lower() in ("the", "not", "so", "very", "really", "such", "big", "huge"):
        return  # ("we are the champions", "we are big fans")
    words = m.group("r").lower().split()
    if any(w.endswith("ing") for w in words):
        return  # "we are both becoming nurses": a goal, not a trade yet
    title = " ".join(words[:-1] + [singular(words[-1])])
    if words[-1] != singular(words[-1]) and _role_head(title):
        _role(c, "a " + title + (" " + m.group("tail") if m.group("tail") else ""))


_JOB_HUNT = re.compile(
    r"^(?:(?:looking|searching|hunting|applying|hoping)\s+(?:for|out\s+for)|in\s+the\s+market\s+for|"
    r"on\s+the\s+(?:hunt|lookout)\s+for)\s+(?:an?\s+|some\s+)?(?:(?:new|better|real|steady|"
    r"full[\s-]time|part[\s-]time|summer|second|first|different)\s+)*(?:job|jobs|work|employment|position)"
    r"(?P<v>\s+(?:as|at|in|with)\s+.{2,50})?$|^job\s+(?:hunting|searching|seeking)(?P<v2>)$",
    re.IGNORECASE,
)
"""Seeking work: "looking for a new job (as a welder)", "job hunting", "in the market for a new job"."""


_STUDIED_AT = re.compile(
    r"^(?P<what>.+?)\s+(?:at\s+(?P<at>.+)|in\s+(?P<lvl>college|high\s*school|grad(?:uate)?\s+school|university|uni|"
    r"law\s+school|med(?:ical)?\s+school|nursing\s+school))$",
    re.IGNORECASE,
)


def _studied_where(c: Sink, value: str, now: bool = True) -> None:
    """ "studying biology at ucla", "studying art in college": what is studied (``education``) and where the
    speaker studies now (``school``), two facts rather than one value "biology at ucla". A past "studied … at"
    says no current school."""
    m = _STUDIED_AT.match(value)
    if not m:
        c.attr("education", _lower(value))
        return
    c.attr("education", _lower(m.group("what")))
    where = noun_phrase(m.group("at")) if m.group("at") else m.group("lvl").lower()
    if now and where and where.lower() != "school":
        c.attr("school", _lower(where))


_MAJOR = re.compile(
    r"^(?:an?\s+)?(?P<v>[\w-]+(?:\s+[\w-]+)?)\s+major\b(?:\s+(?:at|in)\s+(?P<at>[^,]{2,40}))?", re.IGNORECASE
)


def _major(c: Sink, m: re.Match[str]) -> None:
    """ "i am an economics major (at a state school)": what is studied, that the speaker is a student now, and
    where (a past "was a … major" is closed by the caller's negation like any past state)."""
    c.attr("education", m.group("v").lower())
    if c.plural:
        return
    c.attr("role", "student")
    where = noun_phrase(m.group("at")) if m.group("at") else ""
    if where:
        c.attr("school", _lower(where))


_LEVEL_STUDENT = re.compile(
    r"^(?:an?\s+)?(?P<lvl>high\s*school|middle\s+school|college|university|uni|grad(?:uate)?\s+school|"
    r"med(?:ical)?\s+school|law\s+school|nursing\s+school)\s+(?P<y>freshman|sophomore|junior|senior|student|"
    r"kid|graduate|grad|dropout|drop\s*out)\b",
    re.IGNORECASE,
)
"""The level said before the year or standing: "a high school senior", "a college freshman", "a college grad"."""


def _level_student(c: Sink, m: re.Match[str]) -> None:
    """``school`` from "a high school senior" (the level), "a college grad" (graduated), "a high school dropout"."""
    level = " ".join(m.group("lvl").lower().split())
    standing = m.group("y").lower()
    if standing in ("graduate", "grad"):
        c.attr("school", f"graduated from {level}")
    elif standing.startswith("drop"):
        c.attr("school", f"dropped out of {level}")
    else:
        c.attr("school", level)
        if standing == "student":
            c.attr("role", "student")


_DATE_LIKE = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:christmas|new\s+year|halloween|"
    r"easter|valentine)",
    re.IGNORECASE,
)
"""What makes "born on …" a date ("on may 3rd", "on christmas day") rather than a place ("on a farm")."""


def _in_a_kind_of_place(c: Sink, r: str) -> bool:
    """ "(i'm) in the city now": where the speaker lives, by the kind of place (not with a time: a visit)."""
    kind = IN_A_KIND_OF_PLACE.match(r) if r[:3].lower() == "in " and c.when is None else None
    if kind:
        c.attr("home", noun_phrase(kind.group("place")).lower(), confidence=0.7)
    return kind is not None


def _h_be(c: Sink, verb: str, rest: str) -> None:
    r = _sub(
        r"^(?:[a-z]{3,}ly\s+)+(?=[a-z]{3,}(?:ing|ed)\b)", "", rest.strip(), flags=re.IGNORECASE
    )  # "presently enlisted"
    low = r.lower()
    if low.startswith(("trained", "qualified", "certified")):
        _h_trained(c, "trained", r.split(None, 1)[1] if " " in r else "")  # "i was trained as a nurse"
        return
    m = _match(r"^busy\s+(?P<g>[a-z]{2,}ing\b.*)$", r, re.IGNORECASE)
    if m:
        r = m.group("g")  # "i am busy studying for exams": what keeps the speaker busy is what they do
        low = r.lower()
    m = _match(r"^(?:(?:fairly|pretty|quite|very|brand)\s+)?new\s+(?:to|in)\s+(?P<v>.+)$", r, re.IGNORECASE)
    if m and not c.negated:
        value = _place(m.group("v"))
        if value and (
            value[:1].isupper()
            or not PLACES.isdisjoint(value.lower().split())
            or _match(r"^(?:the\s+)?united\s+(?:states|kingdom)$", value, re.IGNORECASE)
        ):
            c.attr("home", _lower(value), confidence=0.7)  # "we are new to the united kingdom": live there now
        return
    ex = _match(
        r"^(?:an?\s+)?(?:ex|former)[\s-]+(?P<v>military|army|navy|marines?|air\s+force)(?:\s+(?:guy|man|woman|gal|girl|vet))?$",
        low,
    )
    if ex and not c.plural and not c.negated:
        c.attr("employer", ex.group("v"), negated=True)  # "i am ex military": a past service, closed
        return
    if verb.lower() in ("was", "were") and _match(r"^in\s+the\s", low) and not c.plural:
        before = c.negated
        c.negated = True
        _sector(c, r, lower_it=False)  # "i was in the navy": a past service, closed
        c.negated = before
        return
    if _job_lost(c, r):  # "i was fired", "i've been laid off from the plant": out of work now
        return
    if verb.lower() in ("was", "were") and not _match(r"^(?:born|raised|married|an?\s)", low):
        return
    m = _match(r"^(?:born|raised|brought\s+up)\s+(?:and\s+raised\s+)?(?P<p>in|on|at)\s+(?P<v>.+)$", r, re.IGNORECASE)
    if m:
        if m.group("p").lower() == "on" and _DATE_LIKE.search(m.group("v")):
            c.attr("birthday", noun_phrase(m.group("v")))
        else:
            value = _place(m.group("v"))
            if value and not _match(r"^(?:\d{4}s?|\d0s|(?:early|mid|late)\b.*|\w+ties|\w+ies)$", value, re.IGNORECASE):
                c.attr("hometown", _lower(value))  # (a year or a decade is when, not where)
        return
    if verb.lower() in ("was", "were") and _match(r"^an?\s", low):
        if not c.plural:
            _role(c, r, negated=True)  # "I was a nurse": a past job, closed
        return
    m = _match(
        r"^(?:getting|going\s+to\s+get|about\s+to\s+get)\s+(?P<s>married|engaged|divorced|hitched)\b|"
        r"^(?:going|about)\s+to\s+(?P<s2>divorce)\b(?!\s+(?:him|her|them|you))|"
        r"^(?:getting|going\s+through|in\s+the\s+(?:middle\s+of|process\s+of)(?:\s+getting)?)\s+(?:an?\s+)?"
        r"(?P<d>divorce)\b|^(?P<sep>separating|splitting\s+up|breaking\s+up)\b",
        r,
        re.IGNORECASE,
    )
    if m:  # "we" too: the speaker is one of the couple
        s = (m.group("s") or m.group("s2") or m.group("d") or m.group("sep")).lower()
        if s in ("married", "hitched", "engaged"):
            c.attr("relationship_status", "engaged")  # "i'm getting married in october": engaged until then
        elif s in ("divorced", "divorce"):
            c.attr("relationship_status", "getting divorced")  # no longer plainly married; not yet divorced
        elif not c.negated:
            c.attr("relationship_status", "separated" if s == "separating" else "single")
        return
    if c.plural:
        m = _match(r"^(?:(?:[a-z]+ly|now|still)\s+)?(?P<s>married|engaged|divorced|separated)\b", r, re.IGNORECASE)
        if m:
            c.attr("relationship_status", m.group("s").lower())  # "we are married": the speaker is
            return
        m = _match(r"^(?:from|originally\s+from)\s+(?P<v>.+)$", r, re.IGNORECASE)
        if m:
            value = _place(m.group("v"))
            if value:
                c.attr("hometown", _lower(value))
        elif _match(r"^moving\b", low):
            _h_move(c, "moving", _sub(r"^\w+\s+", "", r))
        elif _match(r"^(?:living|based|staying)\b", low):
            if not _visiting(c, low):
                _h_live(c, "live", _sub(r"^\w+\s+", "", r))
        elif _in_a_kind_of_place(c, r):
            pass  # "we're in a small town now"
        elif _match(r"^in\s+(?:[A-Z]\w+|(?:\w+\s+)?(?:" + "|".join(sorted(PLACES)) + r"))$", r):
            _h_live(c, "live", r)  # "my cats and i are in wales", "we're in Lisbon"
        elif not _household_progressive(c, r):
            _plural_role(c, r)
        return
    m = _match(r"^(?:enlisted|serving|stationed|deployed|enrolled)\s+(?P<v>in\s+.+)$", r, re.IGNORECASE)
    if m and _sector(c, m.group("v"), lower_it=False):
        return  # "im enlisted in the royal air force": the service is the employer
    m = _match(r"^(?:employed|hired|on\s+the\s+payroll)\s+(?:by|at|with|of)\s+(?P<v>.+)$", r, re.IGNORECASE)
    if m:  # "i'm employed by a shipping firm": the employer, as "i work for" says it
        value = noun_phrase(
            _split(r"\s+(?:as|since|in|where|on|during)\s+", m.group("v"), maxsplit=1, flags=re.IGNORECASE)[0]
        )
        if value:
            c.attr("employer", _lower(value))
        return
    m = _match(
        r"^at\s+(?P<v>(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+){0,2}(?:university|uni|college|school|academy|"
        r"conservatory|polytechnic|sixth\s+form))\b",
        r,
        re.IGNORECASE,
    )
    if m and not c.plural:  # "i'm at university now": where the speaker studies
        c.attr("school", _lower(noun_phrase(m.group("v"))))
        return
    qualified = _AGE_QUALIFIER.match(r)
    about = " ".join(qualified.group("q").lower().split()) + " " if qualified else ""
    r = _age_in_digits(r[qualified.end() :] if qualified else r)
    m = _AGE.match(r)
    if m:
        n = int(m.group("n"))
        after = (m.group("after") or "").lower()
        if (
            0 < n < 120
            and after not in _NOT_AGE_UNIT
            and not _match(
                r"^\d{1,3}\s*(?:%|\$|am|pm|:|'|\"|ft\b|feet\b|foot\b|cm\b|kgs?\b|lbs?\b|st\b|and\s+a\s+half\s+(?:stone|st|kg|kilos|lbs|pounds)\b)",
                r,
                re.IGNORECASE,
            )
        ):
            c.attr("age", f"{about}{n}")  # "i'm almost 30": the qualifier is part of what is said
            return
    if qualified:
        r = rest.strip()
    m = _AGE_WORDS.match(r)
    if m:
        c.attr("age", m.group("n").lower().replace("-", " "))
        return
    m = _AGED_NOUN.match(r)
    if m and 0 < int(m.group("n")) < 120 and not c.plural:
        c.attr("age", m.group("n"))  # "a 41 year old divorced dad": the age, then what the rest says
        rest = " ".join(w for w in (m.group("pre"), m.group("rest")) if w)
        if rest:
            _h_be(c, verb, "a " + rest)
        return
    m = _match(
        r"^in\s+my\s+(?P<d>\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|late\s+\w+|"
        r"early\s+\w+|mid\s+\w+)",
        r,
        re.IGNORECASE,
    )
    if m:
        c.attr("age", m.group("d").lower())
        return
    m = _match(r"^married\s+to\s+(?P<name>.+)$", r, re.IGNORECASE)
    if m:
        c.attr("relationship_status", "married")
        name = noun_phrase(m.group("name"))
        if name and not _match(r"^(?:an?|the|my|this|that|some|one)\s", m.group("name"), re.IGNORECASE):
            # ("married to a dentist": a trade, the partner's, not a name)
            c.rel("married_to", "Person/" + name.lower())
        return
    m = _match(
        r"^an?\s+(?:(?:happily|unhappily|newly|recently)\s+)?(?P<s>married|single|divorced|widowed|engaged)\s+"
        r"(?P<rest>[a-z][\w-]*(?:\s+[\w-]+){0,6})\s*$",
        r,
        re.IGNORECASE,
    )
    if m and not c.plural:  # "i am a married dentist": the status, and the rest read as "a dentist"
        c.attr("relationship_status", m.group("s").lower())
        head = m.group("rest").split()[0].lower()
        if head not in KIN and head not in GENDER_WORDS:
            major = None if _role(c, "a " + m.group("rest")) else _MAJOR.match(m.group("rest"))
            if major:
                _major(c, major)  # "a married chemistry major": the status, and what is studied
            return  # ("a single mom of two", "a married man" read on as before: children, gender)
    m = _BE_STATUS.match(r)
    if m:
        s = m.group("s").lower()
        s = {
            "a widow": "widowed",
            "a widower": "widowed",
            "taken": "in a relationship",
            "dating someone": "in a relationship",
            "seeing someone": "in a relationship",
        }.get(s, s)
        c.attr("relationship_status", s)
        return
    m = _BE_DIET.match(r)
    if m:
        c.attr("food_preference", m.group("v").lower())
        return
    m = _match(
        r"^(?:(?:severely|mildly|very|super|deathly|badly|seriously|also|really|extremely|so)\s+)?allergic\s+to\s+(?P<v>.+)$",
        r,
        re.IGNORECASE,
    )
    if m:
        _allergies(c, m.group("v"))  # "i am allergic to cats and dogs"
        return
    m = _match(r"^(?:originally\s+)?from\s+(?P<v>.+)$", r, re.IGNORECASE)
    if m:
        value = _place(m.group("v"))
        if value:
            c.attr("hometown", _lower(value))
        return
    m = _match(
        r"^an?\s+(?:(?:proud|true|born|lifelong)\s+)?(?:native\s+(?:of\s+)?(?P<v>.+)|(?P<v2>[a-z][\w.' -]{1,30}?)\s+native)$",
        r,
        re.IGNORECASE,
    )
    if m and not c.negated:
        value = _place(m.group("v") or m.group("v2"))
        if value and (value[:1].isupper() or not PLACES.isdisjoint(value.lower().split())):
            c.attr("hometown", _lower(value))  # "i'm a native of poland", "i am a texas native"
            return
    m = _match(r"^(?:living|based|staying|located|residing)\s+(?P<v>.+)$", r, re.IGNORECASE)
    if m:
        if not _visiting(c, low):
            _h_live(c, "live", m.group("v"))
        return
    m = _match(r"^(?:working|employed)\s+(?P<v>.+)$", r, re.IGNORECASE)
    if m:
        _h_work(c, low.split()[0], m.group("v"))
        return
    m = _match(r"^(?:moving|relocating)\s+(?P<v>.+)$", r, re.IGNORECASE)
    if m:
        _h_move(c, "moving", m.group("v"))
        return
    m = _match(
        r"^an?\s+(?P<y>freshman|sophomore|junior|senior|(?:first|second|third|fourth|final)[\s-]year|grad(?:uate)?)"
        r"(?:\s+student)?\s+(?:in|at)\s+(?P<v>.+)$",
        r,
        re.IGNORECASE,
    )
    if m and not c.plural:
        value = noun_phrase(m.group("v"))
        at = r[m.start("v") - 3 : m.start("v")].lower() == "at " and m.group("y").lower() not in (
            "senior",
            "grad",
            "graduate",
        )
        if value and (
            value[:1].isupper()
            or _search(r"\b(?:school|college|university|uni|academy)\b", value, re.IGNORECASE)
            or (
                at and value.lower().split()[-1] not in ("heart", "home", "work", "moment", "company", "firm", "office")
            )
        ):  # ("a junior at ohio state": after "at", a lower-case name is the school too; "a senior" may be staff)
            c.attr("school", _lower(value))  # "im a freshman at the community college", "a junior at Ohio State"
            return
    m = _LEVEL_STUDENT.match(r)
    if m and not c.plural:
        _level_student(c, m)
        return
    m = _match(
        r"^(?:doing|pursuing|working\s+on|finishing|getting)\s+(?:an?\s+|my\s+)?(?P<deg>degree|bachelors?|bachelor's|"
        r"masters?|master's|phd|doctorate|diploma|mba)(?:\s+degree)?(?:\s+in\s+(?P<v>.+))?$",
        r,
        re.IGNORECASE,
    )
    if m:
        field = noun_phrase(m.group("v") or "")
        c.attr("education", (m.group("deg").lower() + (" in " + field.lower() if field else "")))
        return
    m = _match(
        r"^(?:studying|majoring\s+in|enrolled\s+in|in\s+(?P<lvl>college|high\s+school|grad(?:uate)?\s+school|"
        r"law\s+school|med(?:ical)?\s+school|nursing\s+school|school|university|middle\s+school|"
        r"elementary\s+school|junior\s+high|grade\s+school|primary\s+school|secondary\s+school|kindergarten|"
        r"preschool|sixth\s+form|uni|year\s+\d{1,2}|(?:my\s+)?(?:freshman|sophomore|junior|senior|final|first|second|"
        r"third|fourth|fifth|last)\s+year(?:\s+(?:of|at|in)\s+(?:high\s+school|college|university|uni|grad\s+school|"
        r"med(?:ical)?\s+school|law\s+school|nursing\s+school))?|the\s+\w+\s+grade|\w+\s+grade))\b\s*"
        r"(?P<v>.*)$",
        r,
        re.IGNORECASE,
    )
    if (
        m
        and not m.group("lvl")
        and r[:8].lower() == "studying"
        and _match(r"^(?:to\s+be(?:come)?|at)\s", m.group("v").strip(), re.IGNORECASE)
    ):
        # "i am studying to be a vet": an aim, not a subject; "… at X": a school, or where ("at the kitchen table")
        _h_study(c, "studying", m.group("v"))
        return
    if m:
        value = m.group("lvl") or noun_phrase(
            _sub(r"^(?:to\s+be(?:come)?\s+an?\s+|for\s+)", "", m.group("v"), flags=re.IGNORECASE)
        )
        extra = (
            noun_phrase(_sub(r"^(?:for|studying)\s+", "", m.group("v"), flags=re.IGNORECASE)) if m.group("lvl") else ""
        )
        extra = (
            "" if _match(r"^(?:and|but|so|or|to)\b", extra, re.IGNORECASE) else extra
        )  # "… in grade school and love it"
        if not m.group("lvl") and value and _ASSESSMENT.match(value.split()[-1]):
            return  # "studying for exams": what the study is for, not what is studied
        if r[:8].lower() == "majoring" and not c.plural:
            c.attr("role", "student")  # "i'm majoring in chemistry": a student now
        if m.group("lvl"):  # where (or at what level) the speaker studies now: one at a time
            c.attr("school", _sub(r"^my\s+", "", m.group("lvl").lower()))
            if extra and len(extra.split()) <= 3:
                c.attr("education", extra.lower())  # "in college for nursing": what they study
        elif value:
            _studied_where(c, value)
        return
    m = _MAJOR.match(r)
    if m:
        _major(c, m)
        return
    if _match(r"^home[\s-]?schooled\b", r, re.IGNORECASE) and not c.plural:
        c.attr("school", "homeschool")  # "i am homeschooled"
        return
    m = _match(
        r"^(?:(?:more|also|mostly|so|totally|completely|absolutely|super|really|very|seriously|pretty|quite|heavily|deeply)\s+)*(?:a\s+)?(?:(?:huge|big|massive|great|real|total|complete)\s+)?(?:fan\s+of|into|obsessed\s+with|passionate\s+about|"
        r"crazy\s+about|mad\s+about|nuts\s+about|wild\s+about|hooked\s+on|addicted\s+to|interested\s+in|keen\s+on|"
        r"fond\s+of|in\s+love\s+with|a\s+lover\s+of|sucker\s+for)\s+"
        r"(?P<v>.+)$",
        r,
        re.IGNORECASE,
    )
    if m:
        _h_like(c, "like", m.group("v"))
        return
    named = _compound_activity(r) if not c.plural else ""
    if named:
        c.attr("hobbies", named)  # "i am bird watching", "im rock climbing this weekend"
        return
    m = _match(r"^(?P<g>[a-z]{2,}ing)\b(?P<rest>.*)$", r, re.IGNORECASE)
    if m and m.group("g").lower() not in _NOT_GERUND:
        lemma = _lemma(m.group("g"))
        skip = m.group("g").lower() in _NOT_PROGRESSIVE or lemma in _NOT_PROGRESSIVE
        handler = None if skip else VERBS.get(lemma)
        if handler is not None:
            handler(c, m.group("g"), m.group("rest"))  # "I am volunteering at the shelter", "i'm listening to jazz"
            return
    m = _match(
        r"^(?:(?:\d+|a\s+few|several|two|three|four|five|six|seven|eight|nine)\s+(?:months?|weeks?)\s+)?pregnant\b|"
        r"^expecting\s+(?:a\s+baby|twins|triplets|our|my|a\s+child)\b",
        r,
        re.IGNORECASE,
    )
    if m:
        c.attr("health", "pregnant")  # "6 months pregnant", "expecting twins"
        return
    m = _match(
        r"^(?:(?:very|really|so|super|deathly|terribly)\s+)?(?:afraid|scared|terrified|frightened|petrified|sick|"
        r"tired)\s+of\s+(?P<v>.+)$|^not\s+(?:a\s+(?:big\s+|huge\s+)?fan\s+of|into|keen\s+on|big\s+on|fond\s+of|much\s+of\s+an?)"
        r"\s+(?P<v2>.+)$",
        r,
        re.IGNORECASE,
    )
    if m:
        _h_dislike(c, "dislike", m.group("v") or m.group("v2"))
        return
    m = _match(
        r"^(?:(?:very|really|pretty|quite)\s+)?(?:good|great|skilled|talented|excellent|decent)\s+at\s+"
        r"(?P<v>.+)$|^(?:an?\s+)?expert\s+(?:at|in)\s+(?P<v2>.+)$",
        r,
        re.IGNORECASE,
    )
    if m:
        value = noun_phrase(m.group("v") or m.group("v2"), keep_det=True)
        if value:
            c.attr("skills", value.lower())
        return
    m = _match(r"^(?P<v>[a-z]+)\s+intolerant\b", r, re.IGNORECASE)
    if m:
        c.attr("allergies", m.group("v").lower())  # "lactose intolerant"
        return
    m = _match(r"^(?:fluent|bilingual|trilingual|multilingual)\s+in\s+(?P<v>.+)$", r, re.IGNORECASE)
    if m:
        _h_speak(c, "speak", m.group("v"))
        return
    m = _match(r"^learning\s+(?P<v>.+)$", r, re.IGNORECASE)
    if m:
        _h_learn(c, "learn", m.group("v"))
        return
    m = _JOB_HUNT.match(r)
    if m:  # "i am looking for a new job": a goal (the job held now, if any, stays)
        c.attr(
            "goals",
            "find a job" + (" " + noun_phrase(m.group("v"), keep_det=True).lower() if m.group("v") else ""),
            "context",
        )
        return
    m = _match(
        r"^(?:going|planning|hoping|about|trying|saving(?:\s+up)?|dying|looking\s+forward)\s+(?:to|for)\s+"
        r"(?P<v>.+)$",
        r,
        re.IGNORECASE,
    )
    if m:
        word = low.split()[0]
        if word == "trying":
            return
        _h_want(c, "plan" if word in ("going", "planning", "about") else "hope", "to " + m.group("v"))
        return
    m = _match(
        r"^(?:retired|unemployed|self[\s-]employed|between\s+jobs|out\s+of\s+work|jobless|a\s+retiree)\b",
        r,
        re.IGNORECASE,
    )
    if m:
        c.attr("role", {"a retiree": "retired"}.get(m.group(0).lower(), m.group(0).lower()))
        return
    m = _match(
        r"^(?:an?\s+)?stay(?:\s+|-)at(?:\s+|-)home\s+(?P<v>mom|mother|dad|father|parent|mum|wife|husband)\b",
        r,
        re.IGNORECASE,
    )
    if m:
        c.attr("role", "stay at home " + m.group("v").lower())
        c.attr("family", "children", confidence=0.6)
        g = GENDER_WORDS.get(m.group("v").lower())
        if g:
            c.attr("gender", g, confidence=0.7)
        return
    m = _match(
        r"^(?:an?\s+)?(?:(?P<single>single|proud|new|working|young|first[\s-]time|busy)\s+)?(?P<p>mom|mother|mum|"
        r"dad|father|parent|grandma|grandmother|grandpa|grandfather|grandparent)\b(?:\s+of\s+(?P<n>\w+))?",
        r,
        re.IGNORECASE,
    )
    if m:
        if (m.group("single") or "").lower() == "single":
            c.attr("relationship_status", "single", confidence=0.7)  # "a single dad": no partner
        count = (m.group("n") or "").lower()
        if count and count not in ("a", "an", "one"):
            c.attr("children", count)
        else:
            c.attr(
                "family",
                "children"
                if m.group("p").lower() in ("mom", "mother", "mum", "dad", "father", "parent")
                else "grandchildren",
            )
        g = GENDER_WORDS.get(m.group("p").lower())
        if g:
            c.attr("gender", g, confidence=0.7)
        return
    m = _match(
        r"^(?:an?\s+)?(?:(?:young|old|older|grown|single|tall|short|big|small|\d+\s+year\s+old)\s+)?"
        r"(?P<g>man|woman|guy|girl|boy|lady|male|female|dude|gal|gentleman|nonbinary|non-binary)$",
        r,
        re.IGNORECASE,
    )
    if m:
        c.attr("gender", GENDER_WORDS[m.group("g").lower()])
        return
    for look in looks_with(r) if not c.plural else ():
        c.attr("appearance", look)  # "i'm tall with red hair", "an old man with rainbow hair"
    adj = _ADJ_INTENS.sub("", r)
    words = adj.lower().split()
    if identity_adjective(c, words[:3]):
        return
    if words and (
        words[0] in APPEARANCE_ADJ
        and (len(words) <= 3 or words[1] in ("and", "but"))
        and not _match(r"^(?:short\s+(?:on|of)|strong\s+(?!for\b)\w+|fit\s+(?:in|for))", adj, re.IGNORECASE)
    ):
        c.attr("appearance", " ".join(w for w in words[:2] if w not in ("and", "but")))
        return
    m = _match(r"^(?P<n>\d)\s*(?:feet|foot|ft|')\s*(?P<i>\d{1,2})?", r, re.IGNORECASE)
    if m:
        c.attr("appearance", m.group(0).lower() + " tall")
        return
    m = _match(
        r"^(?P<n>1\d\d|2[0-2]\d)\s*(?:cm|centimet(?:er|re)s?)\b(?!\s+(?:away|from|off|long|wide|deep|high|of|to)\b)",
        r,
        re.IGNORECASE,
    )
    if m:  # "i'm 180cm tall", "i am 172 cm": a height said in centimetres
        c.attr("appearance", f"{m.group('n')} cm tall")
        return
    if words and words[0] in MOODS and len(words) <= 3:
        c.attr("mood", words[0], "context")
        return
    m = _match(r"^(?:feeling|feel)\s+(?:so\s+|very\s+|really\s+|a\s+bit\s+)?(?P<v>\w+)", r, re.IGNORECASE)
    if m and m.group("v").lower() in MOODS:
        c.attr("mood", m.group("v").lower(), "context")
        return
    if _in_a_kind_of_place(c, r):
        return
    m = _match(r"^in\s+(?P<place>(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})|[a-z]+(?:\s+[a-z]+)?)$", r)
    if m and (
        m.group("place")[:1].isupper()
        and m.group("place") not in ("PST", "EST")
        and not m.group("place").isupper()
        or m.group("place").split()[-1].lower() in PLACES
    ):
        c.attr("home", _lower(m.group("place")), confidence=0.7)  # "i am in alabama", "I'm in Lisbon"
        return
    m = _match(
        r"^(?:in|on)\s+(?:the\s+)?(?P<tz>[A-Z]{2,4}|UTC\s?[+-]\s?\d{1,2}|GMT\s?[+-]?\s?\d{0,2}|"
        r"(?:pacific|eastern|central|mountain|atlantic|alaska|hawaii|european|british|central\s+european|"
        r"india|japan|australian\s+eastern)\s+(?:standard\s+|summer\s+|daylight\s+)?time(?:\s+zone)?)$",
        r,
        re.IGNORECASE,
    )
    if m and (m.group("tz").isupper() or " " in m.group("tz") or m.group("tz")[:3].lower() in ("utc", "gmt")):
        c.attr("timezone", m.group("tz"))
        return
    if _sector(c, r, lower_it=False):
        return
    if _BE_SKIP.match(adj) and not _match(r"^(?:an?\s|the\s)", r, re.IGNORECASE):
        return
    if (
        getattr(c, "greeted", False)
        and verb.lower() in ("am", "is")
        and _match(r"^[a-z]{2,15}$", r)
        and r not in _NOT_NAMES
        and not (r in MOODS or r in APPEARANCE_ADJ or r in DIETS or r in ROLE_WORDS or r.endswith(("ing", "ed", "ly")))
    ):
        c.attr("name", r.capitalize(), confidence=0.7)  # "hi , i am kenneth": a greeting introduces a name
        return
    m = _match(rf"^(?P<name>{NAME_WORD}(?:\s{NAME_WORD})?)$", r)
    if m and m.group("name").split()[0].lower() not in _NOT_NAMES:
        c.attr("name", m.group("name"))
        return
    # "a (senior) software engineer (at Google)", "the COO", "a nurse in a hospital during the day", "CTO"
    if owner_of(c, r) or _role(c, r) or identity_noun(c, r):
        return
    m = _match(r"^(?:a\s+)?(?:member|part)\s+of\s+(?P<org>.+)$", r, re.IGNORECASE)
    if m:
        org = noun_phrase(m.group("org"))
        if org:
            c.rel("member_of", "Org/" + org.lower())
        return
    m = _match(r"^(?:in|on)\s+(?:(?:a|the)\s+)?(?P<v>band|choir|team|club|orchestra)\b", r, re.IGNORECASE)
    if m:
        c.attr("hobbies", "in a " + m.group("v").lower())


_NOT_PROGRESSIVE = words("""am is are be been was were have has go goes do does get got make makes come comes
    buy bought would can want wants hope hopes wish plan plans going doing getting having making coming buying
    wanting hoping wishing planning trying""")
"""Verbs whose "-ing" after "I am" is no habit or fact ("i am having a bad day", "i am buying a car someday")."""
_NOT_NAMES = words("""i the a an not so very just here there sorry fine good great ok okay sure glad happy
    back home done ready still also always never really born raised married""")


def _h_help(c: Sink, verb: str, rest: str) -> None:
    """ "i help out at the soup kitchen", "i help at an animal shelter": helping out at a place (not a relative's),
    or helping at a charity, is volunteering."""
    charity = _CHARITY.match(rest.strip())
    if charity:  # "volunteering at the food bank": where is part of what the speaker does
        c.attr("hobbies", "volunteering at the " + " ".join(charity.group("p").lower().split()))
    elif _match(r"^out\s+(?:at|with|in)\s+(?!(?:my|our|his|her|their|your|home)\b)\w", rest.strip(), re.IGNORECASE):
        c.attr("hobbies", "volunteering")


_CHARITY = re.compile(
    r"^(?:out\s+)?(?:at|in)\s+(?:an?|the|(?:the|a|my|our)\s+local)\s+(?P<p>(?:[a-z]+\s+)?(?:shelter|"
    r"soup\s+kitchen|food\s+bank|charity(?:\s+shop)?|hospice|orphanage|refuge|rescue))\b",
    re.IGNORECASE,
)
"""Places whose helpers are volunteers ("at the homeless shelter", "in a soup kitchen")."""


def _h_run(c: Sink, verb: str, rest: str) -> None:
    """ "i run a bakery": a business run is the speaker's occupation; otherwise running is a pastime."""
    if _BUSINESS.match(rest.strip()):
        _h_have(c, "run", rest)
    else:
        _h_activity(c, verb, rest)


def _h_trained(c: Sink, verb: str, rest: str) -> None:
    """ "i trained as a chef", "i qualified as a nurse": the trade trained for is the speaker's occupation."""
    m = _match(r"^(?:up\s+)?(?:as|to\s+be(?:come)?)\s+(?P<r>.+)$", rest.strip(), re.IGNORECASE)
    if m:
        _role(c, m.group("r"))


def _h_celebrated(c: Sink, verb: str, rest: str) -> None:
    """ "i just celebrated my 40th birthday": the age reached (the celebration itself stays an event)."""
    m = _match(r"^my\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\s+(?:birthday|bday)\b", rest.strip(), re.IGNORECASE)
    if m and 0 < int(m.group("n")) < 120 and not c.plural:
        c.attr("age", m.group("n"))


_AGE_REACHED = re.compile(
    r"^\d{1,3}(?:\s+years?(?=\s*[.!,?;]|\s*$)|\s+(?:years?\s+old|years?\s+of\s+age|today|yesterday|last|this|now|lol|"
    r"haha|already|finally|in|on|at|when|before|after|"
    r"recently|and|but|so)\b|\s*[.!,?;]|\s*$)",
    re.IGNORECASE,
)
"""A number after "hit"/"reached" that is an age: nothing follows it but a time, a filler or the end."""


def _h_turned(c: Sink, verb: str, rest: str) -> None:
    timed = _match(r"^(?P<a>[a-z]+(?:[\s-][a-z]+)?)(?P<b>\s+(?:in|on|last|this|earlier|back)\b.*)$", rest.strip())
    rest = _age_in_digits(timed.group("a")) + timed.group("b") if timed else _age_in_digits(rest.strip())
    if c.when is not None and (c.ctx.observed_at.date() - c.when.date()).days > 366:
        return  # "i turned 40 in 2010", "… two years ago": a past age, not the age now
    m = _match(r"^(?P<n>\d{1,3})(?:\s+years?\s+old)?\b", rest.strip())
    if m and verb.lower() in ("hit", "reached") and not _AGE_REACHED.match(rest.strip()):
        m = None  # "i hit 30 home runs": a count of something, not an age
    if m and 0 < int(m.group("n")) < 120 and not c.plural:
        ahead = verb.lower() in ("turn", "turns", "turning") and (
            c.when is None or c.when.date() > c.ctx.observed_at.date()
        )  # "i'm turning 30 next week", "i turn 40 in june": not 30 yet ("… today": 30)
        c.attr("age", f"almost {m.group('n')}" if ahead else m.group("n"))
    elif _match(r"^(?:an?\s+)?(?P<d>vegan|vegetarian|pescatarian)\b", rest.strip(), re.IGNORECASE):
        _h_be(c, "am", rest)


_FAITH_NOUNS = {
    "judaism": "jewish",
    "islam": "muslim",
    "christianity": "christian",
    "catholicism": "catholic",
    "buddhism": "buddhist",
    "hinduism": "hindu",
    "sikhism": "sikh",
    "mormonism": "mormon",
    "atheism": "atheist",
    "paganism": "pagan",
}
"""A faith named as a noun ("converted to judaism") → the word a person of that faith calls themselves."""


def _h_converted(c: Sink, verb: str, rest: str) -> None:
    """ "i converted to judaism", "converted to buddhism last year": the speaker's religion now."""
    m = _match(r"^to\s+(?:being\s+(?:an?\s+)?)?(?P<v>[a-z]+)\b", rest.strip(), re.IGNORECASE)
    if not m:
        return
    word = m.group("v").lower()
    faith = _FAITH_NOUNS.get(word) or (word if word in RELIGIONS and word != "jew" else None)
    if faith:
        c.attr("religion", faith)


_THING_KEYS = {"vehicle": "vehicle", "device": "devices", "drink": "drinks", "instrument": "instruments"}
"""The keys a thing traded for another is filed under, by what ``kind_of`` says it is."""
_NOT_TRADED = words(
    "shift shifts time day days weekend seat seats place places spot turn turns stories numbers notes ideas jokes "
    "favors favours places roles sides jobs job it that this them one ones"
)
"""What is swapped without being owned ("swapped shifts", "traded places", "traded stories"): no thing changes hands."""


_OTHERS_OR_QUOTED = re.compile(r"^\s*(?:his|her|their|your|someone's|somebody's)\b|[\"'‘’“”]\w", re.IGNORECASE)
"""A thing traded that is someone else's, or a word quoted: no thing of the user's changes hands."""


def _h_traded(c: Sink, verb: str, rest: str) -> None:
    """ "i traded my prius in for a jeep", "swapped my kindle for a kobo", "replaced my Dell with a MacBook": the
    old thing goes and the new one takes its place.

    Decision: a thing the word lists cannot place ("traded in the Focus", "swapped the Pixel") is still read,
    with what it replaced (``replaces``): the reconciler files it under the key that holds the old thing, so
    "the Focus" replaces the user's ``vehicle`` once they have said they drive one, and without such a value it
    is a thing owned (``possessions``, at a confidence that never outranks a value said plainly)."""
    joint = "with" if verb.lower().startswith("replac") else "for"
    m = _match(
        r"^(?:in\s+|out\s+)?(?P<old>.+?)\s+(?:in\s+|out\s+)?" + joint + r"\s+(?P<new>.+)$", rest.strip(), re.IGNORECASE
    )
    if not m or c.negated:
        return
    if _OTHERS_OR_QUOTED.search(m.group("new")) or _OTHERS_OR_QUOTED.search(m.group("old")):
        return  # ("traded my lunch for his cookies": his, not the user's; "replaced the word 'big' with 'huge'")
    old, new = owned_value(noun_phrase(m.group("old"))), owned_value(noun_phrase(m.group("new")))
    if not new or not old or not _NOT_TRADED.isdisjoint(old.lower().split()[-1:] + new.lower().split()[-1:]):
        return
    kind = kind_of(new) or kind_of(old)
    key = _THING_KEYS.get(kind or "")
    if key is None:
        if kind is not None or not _match(r"^(?:my|our|the|his|her)\s", m.group("old").strip(), re.IGNORECASE):
            return  # a pet or a person is not traded in; a thing owned is said as "my/the X"
        c.attr("possessions", _lower(new), negated=False, confidence=0.6, replaces=_lower(old))
        return
    c.attr(key, _lower(old), negated=True)
    c.attr(key, _lower(new), negated=False, replaces=_lower(old))


def _h_know(c: Sink, verb: str, rest: str) -> None:
    m = _match(r"^how\s+to\s+(?P<v>.+)$", rest.strip(), re.IGNORECASE)
    if m:
        value = noun_phrase(m.group("v"), keep_det=True)
        if value:
            c.attr("skills", value.lower())
        return
    items = _items(rest)
    if items and all(i.split()[-1].lower() in LANGUAGES for i in items):
        _h_speak(c, "speak", rest)


def _h_went(c: Sink, verb: str, rest: str) -> None:
    """ "went vegan" is a diet; "went to uni for geology" is what was studied; other "went to …" is left to
    the event reading."""
    if _match(
        r"^(?:fully\s+)?(?:vegan|vegetarian|pescatarian|keto|paleo|gluten[\s-]free)\b", rest.strip(), re.IGNORECASE
    ):
        _h_be(c, "am", rest)
        return
    m = _match(
        r"^(?:back\s+)?to\s+(?:a\s+|the\s+)?(?:college|school|university|uni|(?:grad|graduate|law|med|medical|nursing|"
        r"art|business|culinary|beauty|film|music)\s+school)\s+(?:for|to\s+study)\s+(?P<v>.+)$",
        rest.strip(),
        re.IGNORECASE,
    )
    if m:
        value = noun_phrase(m.group("v"))
        if value and len(value.split()) <= 3:
            c.attr("education", _lower(value), negated=False)


def _h_make(c: Sink, verb: str, rest: str) -> None:
    """ "i make a living as a welder", "we earn our living at the docks": the job, or where it is done."""
    m = _match(
        r"^(?:a|my|our)\s+living\s+(?:(?P<p>at|in|with|for)\s+)?(?:as\s+)?(?P<v>.+)$", rest.strip(), re.IGNORECASE
    )
    if m and m.group("p"):
        if not _sector(c, f"{m.group('p')} {m.group('v')}"):
            _h_work(c, "work", f"{m.group('p')} {m.group('v')}")
    elif m:
        _role(c, m.group("v"))


def _h_serve(c: Sink, verb: str, rest: str) -> None:
    """ "i serve in the navy" (served: a past service, closed): the service is the employer."""
    r = rest.strip()
    if _match(r"^(?:in|with)\s", r, re.IGNORECASE):
        before = c.negated
        c.negated = before or verb.lower() == "served"
        _sector(c, "in " + r.split(None, 1)[1], lower_it=False)
        c.negated = before


_LEMMA_CACHE: dict[str, str] = {}


def _lemma(word: str) -> str:
    """Base form of a verb the tables know ("lived" → "live", "skiied" → "ski", "running" → "run"); memoised."""
    w = word.lower()
    got = _LEMMA_CACHE.get(w)
    if got is not None:
        return got
    out = w
    if w not in VERBS:
        for suf, rep in (
            ("ies", "y"),
            ("ing", ""),
            ("ing", "e"),
            ("ied", ""),
            ("ed", ""),
            ("ed", "e"),
            ("es", ""),
            ("s", ""),
            ("d", ""),
        ):
            if w.endswith(suf):
                base = w[: -len(suf)] + rep
                if base in _KNOWN:
                    out = base
                    break
                if len(base) > 2 and base[-1] == base[-2] and base[:-1] in _KNOWN:
                    out = base[:-1]
                    break
    if len(_LEMMA_CACHE) < 20000:
        _LEMMA_CACHE[w] = out
    return out


VERBS: dict[str, Handler] = {}
for _words, _h in [
    ("am is are be been being was were", _h_be),
    ("have has own owns owned bought buy purchased adopted adopt rescued", _h_have),
    ("run runs", _h_run),
    ("help helps helping", _h_help),
    ("turned turn turning reached hit", _h_turned),
    ("converted convert", _h_converted),
    ("traded trade swapped swap exchanged replaced replace ditched", _h_traded),
    ("celebrated", _h_celebrated),
    ("lost", _h_lost),
    ("rented rent rents renting", _h_rented),
    ("trained qualified retrained", _h_trained),
    ("know knows", _h_know),
    ("went", _h_went),
    ("make makes", _h_make),
    ("like likes love loves enjoy enjoys adore adores prefer prefers dig fancy", _h_like),
    ("hate hates dislike dislikes detest detests despise loathe fear", _h_dislike),
    ("faint faints cringe cringes gag gags shudder shudders panic panics freak freaks puke pukes", _h_recoil),
    ("play plays playing", _h_play),
    ("work works working", _h_work),
    ("teach teaches teaching", _h_teach),
    ("live lives living reside resides residing", _h_live),
    # ("shifted": Indian English for moved house; "shifted my focus" names no place, which _h_move reads none of)
    ("moved move moves moving relocated relocate relocating shifted", _h_move),
    ("settled", _h_settled),
    ("come comes came grew raised", _h_from),
    ("serve serves served serving", _h_serve),
    ("earn earns", _h_make),
    ("speak speaks speaking", _h_speak),
    ("learn learns learning learned learnt", _h_learn),
    ("study studies studied studying major majored majoring", _h_study),
    ("graduated graduate graduates finished dropped flunked", _h_graduate),
    ("attend attends attending", _h_attend),
    ("drink drinks drinking", _h_drink),
    ("eat eats eating", _h_eat),
    ("listen listens listening", _h_listen),
    ("watch watches watching", _h_watch),
    ("read reads reading", _h_read),
    ("go goes going", _h_go),
    ("do does", _h_do),
    ("want wants hope hopes plan plans wish wishes dream dreams would aspire aim", _h_want),
    ("drive drives driving drove", _h_drive),
    ("sold rehomed ditched", _h_parted),
    ("use uses using", _h_use),
    ("can", _h_can),
    ("wear wears", _h_wear),
    ("spend spends spent waste wastes", _h_spend),
    ("relax relaxes unwind unwinds destress de-stress decompress chill", _h_relax),
    ("take takes taking", _h_take),
    ("keep keeps", _h_keep),
    ("try tries", _h_try),
    ("coach coaches coaching", _h_coach),
    ("see sees seeing", _h_see),
    ("started start starting began begin took picked", _h_started),
    ("quit quitting stopped stop gave left leave retired_from", _h_quit),
    ("switched switch changed change upgraded upgrade", _h_switched),
    ("got get gotten", _h_got),
    ("found landed", _h_landed),
    ("opened open opens founded launched", _h_opened),
    ("broke break breaking split splitting separated divorced", _h_broke_up),
    ("became become becomes", _h_became),
    ("joined join", _h_joined),
    ("retired", _h_retired),
    (" ".join(_JOB_VERBS), _h_job_verb),
    ("married remarried", _h_married),
    ("manage manages", _h_manage),
    ("report reports", _h_report),
    (" ".join(k for k in _ACTIVITY), _h_activity),
    (" ".join(k + ("es" if k.endswith(("sh", "ch", "x")) else "s") for k in _ACTIVITY if " " not in k), _h_activity),
]:
    for _w in _words.split():
        VERBS.setdefault(_w, _h)


_KNOWN = frozenset(VERBS) | frozenset(_ACTIVITY)


_ENDING_VERBS = words("left divorced dumped ditched ended broke breakup split separated walked got")
_ENDED = re.compile(
    r"^(?:left|divorced|dumped|ditched|got\s+rid\s+of|ended\s+(?:things|it)\s+with|(?:broke|break)\s*up\s+with|broke\s+(?:it\s+)?off\s+with|split\s+(?:up\s+)?"
    r"(?:with|from)|separated\s+from|walked\s+out\s+on)\s+(?:my|our)\s+(?:(?:cheating|abusive|lying)\s+)?"
    r"(?P<p>wife|husband|spouse|partner|boyfriend|girlfriend|fiance|fiancee)\b",
    re.IGNORECASE,
)
"""The speaker ending a relationship ("i divorced my husband", "i split from my partner")."""


_HAIR_VERBS = words("""dye dyes dyed dyeing bleach bleached color colors colored colour colours coloured cut cuts
    grew grow grown wear wears keep keeps got get""")
_HAIR_WORDS = (
    COLORS
    | APPEARANCE_ADJ.intersection(words("short blonde blond brunette"))
    | words("long curly straight wavy spiky shaved rainbow auburn ginger platinum dark light bright pastel")
)
"""What is done to one's own hair and how it is left ("i dyed my hair purple", "i keep my hair short")."""


def read_predicate(c: Sink, predicate: str) -> bool:
    """Dispatch one predicate (subject removed, adverbs and cues already handled) on its first word."""
    words = predicate.split(None, 1)
    if not words:
        return False
    verb = words[0]
    rest = words[1] if len(words) > 1 else ""
    low = verb.lower()
    if low in ("took", "picked") and _match(r"^up\b", rest, re.IGNORECASE):
        rest = rest[2:].strip()
    elif low == "gave" and _match(r"^up\b", rest, re.IGNORECASE):
        rest = _sub(r"^up\s+(?:on\s+)?", "", rest, flags=re.IGNORECASE)
    elif low in ("cut", "cutting", "ditched", "kicked") and _match(
        r"^out\s+(?!(?:a|an|the|some|that|this|those|these|it|them)\b)\w|^the\s+\w+\s+habit\b", rest, re.IGNORECASE
    ):
        # "i've cut out sugar", "cutting out caffeine": stopped for good, like "quit" ("cut back on" only lessens)
        _h_quit(c, "quit", _sub(r"^out\s+|^the\s+|\s+habit\b", "", rest, flags=re.IGNORECASE))
        return True
    elif low in ("gave", "put", "had") and parted_with(c, low, rest):
        return True  # "gave away my old bike", "had to put our cat down"
    elif low == "gave":
        return False
    elif low in ("took", "take", "accepted", "accept", "landed") and _NEW_JOB.match(rest.strip()):
        return _new_job(c, rest) or True  # "i took a job as a cashier"
    elif low in ("took", "picked"):
        return False
    if low == "could" and _CAN_ALL_DAY.search(rest):
        _h_can(c, "can", rest)  # "i could listen to her all day"
        return True
    if low == "can" and _match(r"^not\s+stand\b", rest, re.IGNORECASE):
        _h_dislike(c, "hate", rest[9:].strip())
        return True
    craving = _CANT_RESIST.match(rest) if low == "can" else None
    if craving:
        _h_like(c, "like", craving.group("v"))  # "i can't resist chocolate": a weakness for it is a liking
        return True
    if _never_partnered(c, low, rest):
        return True
    if low in _ENDING_VERBS:
        m = _ENDED.match(predicate)
        if m:  # "i left my wife", "i ended it with my girlfriend": the relationship is over
            married = m.group("p").lower() in ("wife", "husband", "spouse")
            c.attr(
                "relationship_status",
                "divorced"
                if married and low == "divorced"
                else "separated"
                if married and low in ("left", "separated", "walked", "got")
                else "single",
            )
            return True
    if low in _HAIR_VERBS and rest[:8].lower() == "my hair ":
        done = [w for w in _split(r"\s+(?:and\s+)?|\s*,\s*", rest[8:].strip().lower()) if w]
        if done and len(done) <= 3 and all(w in _HAIR_WORDS for w in done[:-1]) and done[-1] in _HAIR_WORDS | {"again"}:
            c.attr(
                "appearance", _sub(r"\s*,?\s+again$", "", rest[8:].strip().lower()) + " hair"
            )  # "just dyed my hair teal"
            return True
    handler = VERBS.get(low)
    if handler is None:
        lemma = _lemma(low)
        if lemma in _ACTIVITY and not rest.lower().startswith(("to ", "up")):
            handler = _h_activity
            verb = lemma
    if handler is None:
        return _work_said_in_passing(c, predicate)
    handler(c, verb, rest)
    if handler is not _h_work:
        _work_said_in_passing(c, predicate)
    return True


_CANT_RESIST = re.compile(
    r"^not\s+(?:(?:ever|really)\s+)?(?:resist|get\s+enough\s+of|live\s+without|say\s+no\s+to)\s+(?P<v>.+)$",
    re.IGNORECASE,
)
"""A liking said by what the speaker cannot do without: "i can't resist a good donut", "can't get enough of k-pop"."""


_WORK_IN_PASSING = re.compile(
    r"\b(?:(?:from|off|after|before|finished|finish|done\s+with|(?:go|goes|went|going|gone|way|drive|drove|driving|"
    r"walk|walked|commute|late|back|head|headed|heading)\s+to)\s+(?:my\s+)?(?:work|working|shift)|"
    r"(?:busy|tired|exhausted|stuck(?:\s+(?:inside|indoors|in\s+here))?|depressed|worn\s+out|beat|sick|stressed)\s+"
    r"(?:from\s+)?working|"
    r"(?:time|days|nights|hours)\s+working)\s+(?P<p>(?:at|for|in)\s+.+)$",
    re.IGNORECASE,
)
"""Where the speaker works, said on the way to something else: "got back from work at the clinic", "too busy
working for the county library", "worn out from working at the warehouse"."""


_JOB_GERUND_IN_PASSING = re.compile(
    r"\b(?:my\s+(?:(?:part|full)[\s-]?time\s+|day\s+|night\s+|new\s+|second\s+|weekend\s+)?(?P<g>[a-z]+ing)\s+"
    r"(?:job|gig|shift|work)|(?:tired|exhausted|worn\s+out|beat|sore|busy)\s+(?:from\s+)?(?P<g2>[a-z]+ing))\b",
    re.IGNORECASE,
)
"""A trade said as a doing on the way to something else: "my weekend nannying job", "tired from
bartending all night" (only the trades of _JOB_VERBS)."""


def _work_said_in_passing(c: Sink, predicate: str) -> bool:
    """The workplace of a clause that is about something else (being tired, coming home); see _WORK_IN_PASSING.
    A trade said as a doing in passing is read too (_JOB_GERUND_IN_PASSING)."""
    low = predicate.lower()
    job = _JOB_GERUND_IN_PASSING.search(predicate) if "ing" in low else None
    trade = _JOB_VERBS.get(((job.group("g") or job.group("g2")) if job else "").lower())
    if trade:
        c.attr("role", trade)
    m = _WORK_IN_PASSING.search(predicate) if "work" in low or "shift" in low else None
    if m is None or _match(r"^in\s+(?:the\s+)?(?:morning|evening|afternoon|day|night)\b", m.group("p"), re.IGNORECASE):
        return False
    _h_work(c, "work", _WHEN_TAIL.split(m.group("p"), maxsplit=1)[0])
    return True


_WHEN_TAIL = re.compile(
    r"\s+(?:all\s+(?:day|night|week|weekend)|every\s+\w+|today|tonight|yesterday|lately|again)\b", re.IGNORECASE
)
