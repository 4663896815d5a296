"""One clause being read by the rules: the record sink handlers write to, value cleaning, and word-level tests
on the clause's text (a participle phrase, a verb-led clause, the last noun phrase).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from .._entities import entity_ref
from .._models import Category
from ._lexicon import KIN, LANGUAGES, PEOPLE_NOUNS, ROLE_WORDS, thing_kind, words
from ._media import sung
from ._predicates import _JOB_HUNT, _NOT_GERUND, _PREP_CUT, VERBS, _lemma, noun_phrase
from ._regex import _match, _split
from ._rule_patterns import _ARTICLE, _AUXILIARY, _PARTICIPLES, _PAST_EVENT
from ._types import ExtractedAttribute, ExtractedRelation, Extraction, ExtractionContext
from ._when import FOR_A_WHILE

_TASTE_KEYS = frozenset({"goals", "plans", "likes", "hobbies", "dislikes"})
_NAMES_NOTHING = re.compile(
    r"(?:(?:to\s+)?(?:have|having|get|getting|do|doing|try|trying|see|make|take|share|know|buy|hear|keep|own|use|"
    r"be|write|for\s+you\s+to\s+\w+)\s+)?(?:it|them|one|you|that|this|those|these|him|her)"
    r"(?:\s+(?:it|them|too|again|one\s+day|someday|lol|haha))?",
    re.IGNORECASE,
)
"""A taste or a wish whose object is only a pronoun ("have one", "them it", "doing them"): it names nothing."""
_CLIENTELE = words(
    """artists families kids children people clients customers students seniors elderly patients startups teens
    teenagers adults women men athletes musicians bands celebrities veterans locals tourists companies businesses
    others folks"""
)


def _clientele(value: str) -> bool:
    """A group of people or firms served ("rap artists", "two families", "the elderly"), in lower case: a
    capitalised name ("Startups Inc", "the Mets") is an employer whatever its last word."""
    head = re.split(r"\s+(?:for|of|with|at|in|on)\s+", value, maxsplit=1)[0].split()  # "a school for kids": school
    return bool(head) and head[-1].lower() in _CLIENTELE and not value[:1].isupper()


_EMPTY_TASTE = re.compile(
    r"(?:to\s+)?(?:like|love|enjoy|hate|mind|prefer|do|doing|play|playing|go|going|make|making|have|having|get|"
    r"getting|try|trying|be|being)",
    re.IGNORECASE,
)
"""A taste whose object is only a verb: "there isn't a thing i do not like" (dislikes 'like'), "i love playing"
(playing what?). The verb says how the speaker feels or what they do, not about what."""


@dataclass
class _Clause:
    ctx: ExtractionContext
    subject: str
    predicate: str
    span: tuple[int, int]
    negated: bool = False
    confidence: float = 0.9
    when: datetime | None = None
    out: Extraction = field(default_factory=Extraction)
    matched: bool = False
    plural: bool = False
    hobby: bool = False
    greeted: bool = False

    def attr(
        self,
        key: str,
        value: str,
        category: Category = "identity",
        *,
        entity: str | None = None,
        negated: bool | None = None,
        confidence: float | None = None,
        replaces: str | None = None,
    ) -> None:
        value = _clean(value)
        if not value or len(value) > 120 or scrap_of_a_clause(key, value):
            return
        if key == "vehicle":
            value = _TO_WORK.sub("", value)  # "i ride a motorbike to work now": the vehicle is the motorbike
        elif key in _NAME_KEYS:
            value = _TERM_TAIL.sub("", value)  # "started a new post at exeter this term": the employer is exeter
        if key == "hobbies" and value[:4].lower() == "sing" and value.lower().startswith(("sing ", "singing ")):
            value = sung(value)  # "singing frozen": the pastime is singing, not the song
        self.matched = True
        if key == "employer" and _clientele(value):
            return  # "a record producer for hip hop artists": whom the work is for, not who employs the speaker
        if key in _OWNED_KEYS and _GIVEN_TO.match(value):
            return  # "bought my son an ipad": the ipad is the son's, not a thing of the speaker's called "son an ipad"
        if key == "devices" and replaces is None and not (self.negated if negated is None else negated):
            replaces = acquired_in_place(self.ctx.text[self.span[0] : self.span[1]] or self.predicate, value)
        if key in _TASTE_KEYS and (_NAMES_NOTHING.fullmatch(value) or _EMPTY_TASTE.fullmatch(value)):
            return  # "i would love to have one", "i love them it": a pronoun names nothing to remember
        if any(
            a.key == key and a.value == value and a.span == self.span and a.entity == (entity or self.subject)
            for a in self.out.attributes[-3:]
        ):
            return  # ("i love playing folk music": the pastime, then what playing it says, not the pastime twice)
        self.out.attributes.append(
            ExtractedAttribute(
                entity=entity or self.subject,
                key=key,
                value=value,
                category=category,
                confidence=confidence if confidence is not None else self.confidence,
                span=self.span,
                valid_from=self.when,
                negated=self.negated if negated is None else negated,
                replaces=replaces,
            )
        )

    def rel(self, label: str, obj: str, category: Category = "identity") -> None:
        if "/" in obj:
            typ, name = obj.split("/", 1)
            name = _TERM_TAIL.sub("", name.strip(" .,"))
            if not name or (label == "works_at" and _clientele(name)) or (_NOT_A_NAME.match(name) and name.islower()):
                return
            obj = entity_ref(typ, name)
        self.matched = True
        self.out.relations.append(
            ExtractedRelation(
                subject=self.subject,
                label=label,
                object=obj,
                category=category,
                confidence=self.confidence,
                span=self.span,
                valid_from=self.when,
                negated=self.negated,
            )
        )


_OWNED_KEYS = frozenset({"devices", "possessions", "vehicle", "pets"})
_PERSON = r"(?:(?:little|older|younger|big|eldest|youngest)\s+)?(?:" + "|".join(sorted(KIN | PEOPLE_NOUNS)) + ")"
"""A relative or a person by their noun ("son", "little sister", "mate")."""
_GIVEN_TO = re.compile(
    r"^(?:(?:my|our|his|her|their|the)\s+)?" + _PERSON + r"\s+(?:a|an|the|some|one|two|new)\b", re.IGNORECASE
)
"""A thing got for someone, as an object's parse leaves it ("son an ipad" of "bought my son an ipad")."""


def acquired_in_place(sentence: str, value: str) -> str | None:
    """The kind of thing ``value`` takes the place of, when its ``sentence`` says it was got new ("got a new iphone
    15", "just bought a pixel 8", "upgraded to a pixel 9"), of a kind one has one of at a time
    (``THING_KINDS``: a phone, a watch, a laptop), or ``None``: "got a second phone", "bought a spare charger",
    "got an iphone for ellie's birthday", "a dumb phone for weekends" add one beside the rest."""
    words_of = value.casefold().replace("-", " ").split()
    head = next((w for w in reversed(words_of) if not _MODEL.fullmatch(w)), "")
    kind = thing_kind(head) if head else None  # the head names the kind: "galaxy watch" a watch, "samsung tv" none
    if kind is None or not _ACQUIRED.search(sentence) or _BESIDE.search(sentence) or FOR_A_WHILE.search(sentence):
        return None
    if not words_of or words_of[-1] in _ACCESSORIES:
        return None  # ("a new iphone charger", "a kindle cover": for the thing, not one)
    if any(not _FOR_ME.match(m.group(0)) for m in _FOR.finditer(sentence)):
        return None  # got for someone, for a use or for a while ("for ellie's birthday", "for work", "for the shop")
    return kind


_FOR = re.compile(r"\b(?:for|to)\s+[\w'’-]+(?:\s+[\w'’-]+)?", re.IGNORECASE)
_FOR_ME = re.compile(
    r"(?:for\s+(?:me|myself|my\s+(?:birthday|christmas|anniversary|bday))|to\s+(?:replace|use|be|me|myself|a|an|the))\b",
    re.IGNORECASE,
)
"""What a device is got for that makes it the user's own: themselves or their own birthday ("got a kobo for my
birthday"); got for anyone or anything else ("for mum", "for the kids", "for work", "to sell on ebay"), it sits
beside the user's."""
_ACCESSORIES = words(
    """case cases cover covers charger chargers cable cables strap straps band bands bag bags sleeve stand screen
    protector mount dock adapter battery batteries keyboard mouse stylus pen headphones earbuds buds game games app
    apps plan contract sim insurance lens lenses controller controllers skin skins holder"""
)
"""Things got for a device, not a device: "a new iphone charger" replaces no phone."""


_MODEL = re.compile(r"\d+\w*|\w*\d\w*|pro|max|ultra|air|mini|plus|se|lite|fe|neo|go")
"""Words after a device's name that name its model ("iphone 15 pro", "galaxy s24 ultra", "macbook air")."""
_ACQUIRED = re.compile(
    r"\b(?:got|bought|buying|picked\s+up|upgraded\s+to|treated\s+myself\s+to|ordered|new)\b", re.IGNORECASE
)
_BESIDE = re.compile(
    r"\b(?:second|spare|extra|another|backup|back-up|work|old|other|burner|library|loan|loaner|borrowed|rented|"
    r"rental|demo|test|courtesy|temporary|dumb|pocket|wacom|drawing|graphics|keeping|while|"
    r"(?:my|our|his|her|their)\s+" + _PERSON + r")\b",
    re.IGNORECASE,
)
"""Words that put a device got beside the ones the user has: a second, a spare, a work one, one for someone."""


_DANGLING = re.compile(r"(?:\s+(?:and|an|a|the|to|of|with|my|as|for|from|at|in|on|into|like))+$", re.IGNORECASE)
"""A function word left at the end of a cut value ("running marathons and", "dancing to"): it names nothing."""
_BARE_WORD = re.compile(r"^(?:not|no|so|and|to|of|with|my)$", re.IGNORECASE)
_CLAUSE_SCRAP = re.compile(
    r"^(?:after|before|when|whenever|while|until|once|if|unless|because)\s+(?:i|we|he|she|they|you|it)\b|"
    r"\b(?:i|we|he|she|they)$",
    re.IGNORECASE,
)
"""A piece of a clause, not a value: a subordinate clause's opening ("after i graduate next year …" had given
``education = after i``) or a value cut before its verb, ending on a subject pronoun ("you" is an object as often:
"made this for you" is an event said to the listener)."""
_NAME_KEYS = frozenset({"employer", "home", "hometown", "school"})
_NOT_A_NAME = re.compile(
    r"^(?:just|recently|already|finally|also|still|never|bought|sold|got|made|took|went|gave|told|said|left|became)\b",
    re.IGNORECASE,
)
"""What follows "i work for" or "i live in" when the clause is relative ("the dentist i work for just bought …"):
an adverb or a verb, never the name of a place or a firm."""


def scrap_of_a_clause(key: str, value: str) -> bool:
    """Whether ``value`` is a piece of the clause rather than a value of ``key`` (``_CLAUSE_SCRAP``, and for a
    key that holds a name, an adverb or a verb where the name should be: "the dentist i work for just bought a
    new practice" names no employer)."""
    return bool(
        _CLAUSE_SCRAP.search(value) or (key in _NAME_KEYS and _NOT_A_NAME.match(value) and not value[:1].isupper())
    )


_TERM_TAIL = re.compile(r"\s+(?:this|last|next)\s+(?:term|semester|quarter|trimester)$", re.IGNORECASE)
"""The school calendar's time, left at the end of a place's name (the time phrases ``_when`` reads are taken out
before; the calendar's are kept in the sentence, where a transfer "this semester" tells a school's)."""
_TO_WORK = re.compile(r"\s+(?:to|into)\s+(?:work|school|college|uni|class|the\s+office)$", re.IGNORECASE)


_CUISINE_FOOD = re.compile(
    r"(?<=\w\w(?:an|se|sh|ch|ek|ai|ic|ni))\s+(?:food|foods|cuisine|dishes|meals)$",
    re.IGNORECASE,
)
"""The kind-of-food noun after a cuisine, dropped ("italian food", "thai dishes", "vegan meals" are "italian",
"thai", "vegan"). Only after a word of origin or diet: in "fast food", "junk food", "comfort food" or "pet food"
the noun is half of a compound, and the word before it alone means something else (an employer "fast")."""
_NO_NAME_ALONE = words("who what which why how when where the")
"""Words that name nothing without their article: "the who", "the the" keep it."""


def _clean(value: str) -> str:
    value = value.strip(" \t\"'.,;:!?()")
    value = _DANGLING.sub("", value)
    if _BARE_WORD.match(value):
        return ""  # ("no i am not a fan" had left "not a")
    bare = _ARTICLE.sub("", value)
    value = value if bare.lower() in _NO_NAME_ALONE else bare  # "the who" is a name; "who" is not
    value = _CUISINE_FOOD.sub("", value)
    return " ".join(value.split())


def _lower_unless_proper(value: str) -> str:
    return value if value[:1].isupper() and not value.isupper() else value.lower()


def _split_list(value: str) -> list[str]:
    return [p for p in (_clean(x) for x in _split(r",\s*|\s+and\s+|\s*&\s*", value)) if p]


def _singular(word: str) -> str:
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


_TAIL_PREP = words("to of on at with in for from about")


_PARTICLE_NEXT = words("out up around with to on at in my our some the a an")


_COPULA = words("is are was were am be been")


_NOT_THING = words("""right well so too now here there yes no ok okay sure true it that this one concert concerts gig
    gigs show shows festival party event meeting class lesson practice trip""")
"""What a clause's last noun phrase may be that names no favourite: a filler, or the occasion where the favourite
was ("went to see them in concert. my fav!")."""


_GERUND_LEAD = re.compile(r"^(?P<g>[a-z]{2,}ing)\b(?!\s*'\s*(?:s|re|d|ll)\b)", re.IGNORECASE)
"""A participle at the head of a clause (not "painting's great": there it is the subject of "is")."""


_FINITE_LATER = words("""is are was were am be been sounds sound seems seem looks feels makes keeps helps gets takes
    can will would could should must might does did has have had sucks rocks pays costs means gives requires needs
    tends became becomes made kept helped gave took got let lets brings brought felt meant turned changed
    you your u ur yours me us""")
"""Words that make a gerund the subject of a later verb ("hiking sounds fun", "singing lets me unwind") or point at
the listener."""


_NOT_GERUND_LEAD = _NOT_GERUND | words("""according during including regarding nothing something anything hoping
    wishing trying getting going looking thinking doing having feeling waiting talking saying wondering guessing
    kidding joking""")
"""Participles that state no fact when they lead a clause ("hoping for the best", "doing well")."""


_STATE_VERBS = words("living residing working studying teaching volunteering staying")
"""Participles that describe the speaker's life whoever asked ("presently residing in norway")."""


_AFTER_NOUN = words("to of on at with in for from about and or but every all today tonight now")


_VERB_PRE = re.compile(
    r"^(?:(?:now|also|then|just|still|really|actually|currently|recently|no\s+longer|"
    r"never|used\s+to|do\s+not|am|have)\s+){0,4}",
    re.IGNORECASE,
)


def _doing(text: str, own: bool) -> bool:
    """Is the clause a participle phrase without a subject ("walking my dog", "listening to some jazz")?"""
    m = _GERUND_LEAD.match(text)
    if (
        not m
        or m.group("g").lower() in _NOT_GERUND_LEAD
        and not (
            m.group("g").lower() in ("going", "hoping", "planning")
            and _match(r"^\w+\s+to\s+(?!the\b|a\b)\w", text)
            or m.group("g").lower() in ("looking", "searching", "hunting")
            and _JOB_HUNT.match(text)
        )
    ):
        return False  # ("hoping for the best" says nothing; "hoping to retire soon" is a goal, "looking for work" too)
    words = text.split(",", 1)[0].lower().split()
    if len(words) < 2 or not _FINITE_LATER.isdisjoint(text.lower().split()[1:]):
        return False  # a bare "traveling" answers a question we cannot see
    if (
        not own
        and m.group("g").lower() not in _STATE_VERBS
        and not (m.group("g").lower() == "learning" and words[1] in LANGUAGES)
    ):  # ("learning welsh on duolingo" names the speaker's language whoever asked)
        return False  # a line that never says "i/my" may answer for someone else ("watching the race")
    # "baking channel shows easy bread": a later verb in the third person makes the gerund a noun's modifier
    return not any(
        w.endswith("s")
        and (w[:-1] in VERBS or w.endswith("es") and w[:-2] in VERBS)
        and words[i + 1] not in _AFTER_NOUN
        for i, w in enumerate(words[1:-1], 1)
    )


def _participle(text: str) -> bool:
    """Does an edited clause start with a participle rather than a name ("Hanging around with my rabbits")?"""
    words = text.lower().split(None, 2)
    return (
        len(words) > 1
        and words[0].endswith("ing")
        and (words[0] in VERBS or _lemma(words[0]) != words[0] or words[1] in _PARTICLE_NEXT)
    )


def _trade(np: str) -> bool:
    """Is a one-word "-ing" noun a trade ("accounting", "nursing", "plumbing"), not a judgement ("boring")? It is when
    its agent noun is an occupation (accountant, nurse, plumber)."""
    w = np.lower()
    if " " in w or not w.endswith("ing") or len(w) < 6:
        return False
    stem = w[:-3]
    stems = {stem, stem[:-1]} if len(stem) > 3 and stem[-1] == stem[-2] else {stem}
    return any(s + end in ROLE_WORDS for s in stems for end in ("", "e", "er", "ant", "ist", "or", "ian"))


_MOTION = words("went go goes going came come comes headed stopped ran")


def _verb_word(w: str) -> bool:
    return w in VERBS or _lemma(w) in VERBS or w in ("see", "hear", "catch", "get", "grab", "have")


def _tail_np(text: str) -> str:
    """The last noun phrase of a clause: what follows its last verb or preposition ("just ate pizza" → pizza)."""
    words = text.split()
    if not _COPULA.isdisjoint(w.lower() for w in words):
        return ""  # ("abba is a fine group": a copula's complement is not the thing named)
    cut = 0
    for i, w in enumerate(words):
        lw = w.lower()
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if lw in _AUXILIARY and (nxt in VERBS or _lemma(nxt) in VERBS or nxt.endswith("ed") or nxt in _PARTICIPLES):
            continue  # "have tried", "did make": the verb is the next word
        if lw not in ("just", "really", "also", "still") and (
            lw in _PAST_EVENT or lw in VERBS or _lemma(lw) in VERBS or (len(lw) > 4 and lw.endswith(("ing", "ed")))
        ):
            cut = i + 1  # the object follows the clause's verb ("made pasta with roasted veg": pasta, not veg)
            break
    while cut < len(words) and words[cut].lower() in _TAIL_PREP | {"out", "up"}:
        cut += 1
    if (
        1 < cut < len(words)
        and words[cut - 1].lower() == "to"
        and words[cut - 2].lower() in _MOTION
        and _verb_word(words[cut].lower())
        and words[cut].lower() not in _MOTION
    ):
        cut += 1  # "went to eat pizza": the infinitive's object, not "eat pizza"
        while cut < len(words) and words[cut].lower() in _TAIL_PREP | {"out", "up"}:
            cut += 1
    if not cut or cut >= len(words):
        return ""  # no verb: "a few times. one of my favourites" names nothing
    value = noun_phrase(_PREP_CUT.sub("", " ".join(words[cut:])))
    return "" if value.lower() in _NOT_THING else value


_DO_SOME = re.compile(
    r"^(?:do|does)\s+(?:some|a\s+little|a\s+bit\s+of|a\s+lot\s+of|lots\s+of)\s+[a-z]{3,}ing\b", re.IGNORECASE
)


def _verb_led(text: str) -> bool:
    """Does the clause start with a verb the tables know ("now work at Hooli")? A word lookup, not a regex."""
    pre = _VERB_PRE.match(text)  # (it always matches: every part of it is optional)
    rest = text[pre.end() :] if pre else text
    first = rest.split(None, 1)[0].lower() if rest.strip() else ""
    if first in ("do", "does") and _DO_SOME.match(rest):
        return True  # "… and do some bartending": "do" with a doing as its object is the verb
    if first in ("like", "so", "do", "does", "did", "am", "is", "was"):
        return False  # "…, like my father did": "like" here is a preposition, not the speaker's verb
    if bool(first) and (first in VERBS or _lemma(first) in VERBS or first in _EXTRA_VERBS):
        return True
    return text.split(None, 1)[0].lower() in ("have", "has", "am")  # "… and have 2 kids": "have" is the verb


_EXTRA_VERBS = frozenset({"went", "saw", "visited", "lived", "worked", "played"})


def _third_person(text: str) -> bool:
    """Does the clause start with a third-person verb ("lives", "has", "watches")? Then its dropped subject is not
    "i" or "we", whatever the clause before was about."""
    pre = _VERB_PRE.match(text)
    rest = text[pre.end() :] if pre else text
    first = rest.split(None, 1)[0].lower() if rest.strip() else ""
    if first in ("has", "does", "goes"):
        return True
    if first[-1:] != "s" or first[-2:] == "ss":
        return False
    stems = (first[:-1], first[:-2], first[:-3] + "y") if first[-2:] == "es" else (first[:-1],)
    return any(stem in VERBS or _lemma(stem) in VERBS for stem in stems if len(stem) > 1)


def speaker_fact(
    out: Extraction,
    speaker: str,
    key: str,
    value: str,
    confidence: float,
    span: tuple[int, int],
    when: datetime | None,
    negated: bool = False,
    replaces: str | None = None,
) -> None:
    """An identity fact about the speaker, as the whole-sentence readers and the mentions in passing record one
    (``negated``: the value is one they no longer hold; ``replaces``: what it takes the place of, see
    ``ExtractedAttribute.replaces``)."""
    if scrap_of_a_clause(key, value):
        return
    out.attributes.append(
        ExtractedAttribute(
            entity=speaker,
            key=key,
            value=value,
            category="identity",
            confidence=confidence,
            span=span,
            valid_from=when,
            negated=negated,
            replaces=replaces,
        )
    )
