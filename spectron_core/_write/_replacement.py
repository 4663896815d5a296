"""The new value a change names, read by its likeness to the old one when no rule reads the words.

"we ended up relocating to denver for her job, the altitude is no joke" after "I live in Austin": the
unread-change test (``_unread_change``) already knows the statement is about home, carries a word of change, and
is the user's own doing. What no rule knows is which of its words is the new home. The new value is of the same
kind as the old one (a city for a city, a company for a company, a car for a car, an age for an age), and the
store's embedding knows kinds: "denver" is much more like "austin" than "altitude", "joke" or "job" are. So the
candidate is the span of the statement most like the old value, and it is taken only when it clearly stands out
from every other span.

What keeps a span out, because it cannot be the new value whatever its likeness:

* function words, words of change and of time ("relocating" is the change, "monday" its date);
* words of the key's name and its phrasings ("food" in "tacos have overtaken sushi as my fav food" is the key,
  not a value), and general nouns of a kind ("company", "place", "job");
* the old value and words formed from it ("samsung's", "trains"): the statement is talking about the old value;
* a span that follows "from", "out of" or "off": that is where the user came from, not where they went
  ("i moved here from portland"), or the object of a verb of leaving ("quit caffeine", "sold the corolla");
  and a span a negation reaches ("i'm not religious anymore");
* a common verb, or a single word in "-ing": a doing, not a thing ("eat", "listening").

The likeness bar and the margin were set on the development sets of ``benchmarks/assistant_probe`` and checked
on pairs written to tempt it (see ``benchmarks/README.md``). The spans are embedded in one batch, only for a user
statement that passed the gates of the unread-change test or carries a strong word of change, and kept per store
(a replay says the same things many times): on ConvAI2's chit-chat ``remember``'s median is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from .._extract._apps import APP_NAMES, listed_first
from .._extract._lexicon import KIN, PEOPLE_NOUNS, words
from .._extract._when import MONTHS, WEEKDAYS
from .._meanings import Embed, unit

__all__ = [
    "A_MATCH",
    "ARROW",
    "CROSSED",
    "Reading",
    "a_doing",
    "displacer",
    "labelled",
    "replacement",
    "said_whole",
    "stem",
    "value_said",
]

_MIN_LIKENESS = 0.35
"""How like the old value the span must be (cosine of the store's unit embeddings)."""
_MARGIN = 0.08
"""How much more like it than the best span of another run of words (two cities in one statement, "split the
year between lisbon and porto", leave no reading; "olivia" and "rodrigo" are one run, one name)."""
_LONGER = 0.06
"""A longer span that holds the best one is preferred while it is at most this much less like the old value
("olivia rodrigo" over "olivia", "oak hill middle school" over "oak hill")."""
_MAX_WORDS = 4

_TOKEN = re.compile(r"[^\W_](?:[\w'’&+.-]*[^\W_])?", re.UNICODE)
_BREAK = re.compile(r"[,;:!?()\[\]\"“”…]|(?<!\b[SsFfMm]t)(?<!\b[DdMmJjSs]r)(?<!\bMrs)(?<!\bMs)\.(?:\s|$)|\s[-–—]+\s")
"""Where a clause ends: punctuation, a full stop that ends no abbreviation ("St. Louis" is one name)."""
_NUMBER = re.compile(r"[\d.,:]+(?:st|nd|rd|th|s|am|pm|k|yrs?)?")
_FUNCTION = words(
    """a an the i me my mine myself we us our ours you your yours he him his she her hers they them their it its
    this that these those there here who whom whose what which when where why how
    and or but so because cos cuz as if then than too very really just still also even only
    of to in on at by for from with about into onto over under after before since until till up down out off
    through across around near past via per without within
    is am are was were be been being do does did done doing have has had having will would can could should
    might must may shall not no nor never n't don't doesn't didn't isn't wasn't aren't weren't can't cannot
    won't haven't hasn't i'm im i've ive i'd id i'll we're we've we'll they're they've it's that's what's
    there's here's let's
    get gets got gotten getting go goes went gone going come came coming make made making take took taken
    taking keep kept put say said tell told feel felt think thought know knew guess mean
    some any all every each both either neither few more most much many lot lots bit kind sort
    like likes liked way thing things time times one ones something anything everything nothing
    now these days day week weeks month months year years today yesterday tomorrow tonight night nights morning
    evening afternoon last next ago first second third early late soon already ever always forever again anymore
    instead nowadays onwards henceforth
    term semester
    lately recently finally honestly basically literally actually officially apparently probably definitely
    totally completely properly right well good great nice fine bad better best worse worst
    same other another own different
    people guy guys person stuff favorite favourite favorites favourites fav fave faves top number
    ok okay yeah yes yep nope lol lmao haha hehe tbh ngl omg wow oh ah hey hi idk imo btw pls please thanks
    baby bro dude yay woo smh fr rn
    weekend weekends summer winter spring autumn"""
)
"""Words that cannot be, or end, a value: function words, light verbs, time, and chat filler."""
_SITE_NOUNS = words(
    """company firm business place city town village state country county region area district neighbourhood
    neighborhood suburb office school uni university college campus apartment flat house home"""
)
"""Nouns of places and institutions, which name a kind of value and locate another ("a college in texas")."""
_GENERIC = _SITE_NOUNS | words(
    "job role position team new old st ft mt dr mr mrs ms jr sr fan fans supporter supporters lover addict"
)
"""Nouns of a kind, abbreviations and "new"/"old", which are no value alone ("our new place in the city") but
part of one ("jersey city", "oak hill middle school", "new york", "st louis")."""
_VERB_BASES = """eat drink drive ride play love hate enjoy like want need try use watch read listen see look buy pay live work
    stay spend cook bake clean wash sleep wake rest relax travel visit meet talk chat call text ask answer help
    miss wish hope plan decide learn study teach train practise practice write send share post check open close
    find win hold carry bring tell show let seem become turn run walk sit stand wait finish
    begin continue happen matter care mind bother prefer adore admit agree forget remember believe
    understand hear smell taste wear fit grow raise save earn cost rent own sign join attend manage install
    handle deal cope struggle suffer worry stress complain laugh cry sing dance draw paint build fix break""".split()
_IRREGULAR = words(
    """ate eaten drank drunk ran saw seen bought paid felt found gave given told brought sat stood wrote written
    spoke spoken heard wore worn grew grown won lost kept held began begun became broke broken slept woke woken
    taught thought caught sold spent meant sang danced drew drawn built"""
)


def _inflections(base: str) -> set[str]:
    root = base[:-1] if base.endswith("e") else base
    return {base, base + "s", base + "es", root + "ed", base + "d", root + "ing", base + "ing"}


_VERBS = frozenset(w for b in _VERB_BASES for w in _inflections(b)) | _IRREGULAR
"""Common verbs, which name a doing and so are no value of a key ("honestly ramen is the best thing i eat now":
"eat" is as like "pizza" as a word gets in the embedding, and is no food)."""


def a_doing(span: str) -> bool:
    """Whether the words name a doing, not a value: a common verb in any form, or a word of "-ing"/"-ed" in more
    than one word ("took the bus", "went running outside", "is driving me mad", "dreaming of a porsche"; "reading",
    a town, alone is none)."""
    said = [w.casefold() for w in _TOKEN.findall(span)]
    return any(
        w in _VERBS or w in _DOINGS or (len(said) > 1 and len(w) > 4 and w.endswith(("ing", "ed"))) for w in said
    )


_DOINGS = words("went took got had made did came fly flew flown picked booked cooked hired is was are were be been")
_SITES = _SITE_NOUNS | words(
    "startup agency studio shop store restaurant cafe bar clinic hospital lab branch academy institute"
)
"""Nouns of places and institutions: a place said right after one with "in" ("a college in texas", "the new
campus is in austin", "a startup in berlin") is where it is, not what it is. (Not "job", "role" or "position":
"a role in sales" names the field.)"""
_SITE_LINKS = frozenset({"is", "was", "are", "'s", "s", "based", "located", "right", "just", "now", "out", "up"})
_POSSESSIVES = frozenset({"my", "our", "his", "her", "their", "your"})
_TIME = frozenset(MONTHS) | frozenset(WEEKDAYS)
_FROM = frozenset({"from", "off"})
_OUT_OF = ("out", "of")
_LEFT = words(
    """quit quits quitting left leave leaves leaving sold sell sells selling cancel cancels cancelled canceled
    cancelling ditch ditched ditching dropped drop dropping stopped stop stopping gave give giving lost lose
    scrapped dumped outgrew outgrown lapsed"""
)
"""Verbs whose object is the thing left ("quit caffeine", "sold the corolla"), never the new value."""
_DETERMINERS = frozenset({"the", "my", "our", "a", "an", "up", "on", "in", "his", "her", "their", "that", "this"})
_UNREAL_NOUNS = frozenset({"plan", "idea", "option", "dream", "backup", "hope"})
_COPULA = frozenset({"is", "was", "are", "were", "'s", "s"})
_NEGATION = frozenset({"not", "no", "never", "nor", "without", "neither", "dont", "cant", "wont", "isnt", "wasnt"})


class Reading(NamedTuple):
    """A new value read by likeness: the span as written, where it is in the text, and its likeness to the old;
    ``displaced``: the statement said it displaced the old value (``displacer``), so it was taken as the one value
    said there, whatever its likeness (an embedding knows little of "padel" or "idles"); ``corrected``: the words
    are those a correction gave in the value's place (``_corrected``), ``keyed`` by the key's own words ("the book
    is hyperion")."""

    value: str
    start: int
    end: int
    likeness: float
    displaced: bool = False
    corrected: bool = False
    keyed: bool = False


def replacement(
    embed: Embed,
    text: str,
    old: str,
    key_words: frozenset[str],
    is_change_word: Callable[[str], bool],
    *,
    places: bool = False,
    displaced: bool = False,
    said: str | None = None,
) -> Reading | None:
    """The span of ``text`` that names the new value of a fact whose value was ``old``, or ``None``.

    ``key_words``: the words of the key's name and phrasings (never a value); ``is_change_word``: whether a word
    says a change ("relocating", "swapped"), which is never the value either; ``places``: the key's values are
    places (a home), so a place said where another thing is ("a job in denver") may be one; ``displaced``:
    ``text`` is only the words said to have displaced the old value (``displacer``), so one run of value words
    there is the new value, however unlike the old one it is; ``said``: the statement as written (same offsets),
    whose capitals keep a title whole there ("Sleep Token", "Past Lives")."""
    if all(w in _FUNCTION for w in _words(old)):
        return None  # nothing to be like: "IT" (the industry) reads as "it"
    spans = _candidates(text, old, key_words, is_change_word, places, displaced, said)
    if not spans:
        return None
    vectors = embed([old, *(text[s:e] for (s, e), _ in spans)])
    anchor = unit(vectors[0])
    likeness = np.array([float(unit(v) @ anchor) for v in vectors[1:]])
    if displaced and len({run for _, run in spans}) == 1:
        whole = max(range(len(spans)), key=lambda i: spans[i][0][1] - spans[i][0][0])
        (start, end), _ = spans[whole]
        return Reading(text[start:end], start, end, float(likeness[whole]), displaced=True)
    best = int(np.argmax(likeness))
    if likeness[best] < _MIN_LIKENESS:
        return None
    (b_start, b_end), b_run = spans[best]
    rivals = [likeness[i] for i, (_, run) in enumerate(spans) if run != b_run]
    if rivals and likeness[best] - max(rivals) < _MARGIN:
        return None
    longer = [
        i
        for i, ((s, e), _) in enumerate(spans)
        if s <= b_start and e >= b_end and likeness[i] >= likeness[best] - _LONGER
    ]
    pick = max(longer, key=lambda i: (spans[i][0][1] - spans[i][0][0], likeness[i]))
    (start, end), _ = spans[pick]
    return Reading(text[start:end], start, end, float(likeness[pick]))


_UNTIL_A_PREPOSITION = (
    r"(?:(?!\b(?:in|at|on|for|since|as|from|with|because|cos|but|and|so|after|before|until|till|while|whilst|when|"
    r"where)\b)[^,.;:!?()→>])+"
)
"""Words up to a preposition or a clause: "replaced by matcha in my life", "bus → train since the new line"."""
_DISPLACE = (
    r"(?:replac(?:ed|es)|overt[ao]ok|overtaken|overtakes?|(?:taken|took|takes|taking)\s+over\s+from|"
    r"beat(?:s|en)?|trumps?|trumped|dethron(?:ed|es|ing)|ousted|usurped|pushed|knocked|bumped)"
)
_ADVERBS = r"(?:(?:now|finally|officially|basically|completely|totally|just|fully|well|really|properly|kind\s+of|kinda|sort\s+of|sorta)\s+)*"
_ACTIVE = (
    r"(?P<new>[^,.;:!?()]+?)(?:\s+(?:has|have|had)|['’](?:s|ve))?\s+"
    + _ADVERBS
    + _DISPLACE
    + r"\s+(?:(?:the|my|our)\s+)?(?:(?:old|former|previous|trusty|beloved)\s+)?(?P<old>{old})\b"
)
_PASSIVE = (
    r"\b(?P<old>{old})(?:\s+(?:has|have|had|is|was|got|gets)|['’]s)?\s+"
    + _ADVERBS
    + r"(?:been\s+)?"
    + _ADVERBS
    + _DISPLACE
    + r"(?:\s+(?:off|out|at|from|as))?(?:\s+(?:the\s+)?(?:top|first|number\s+one|no\.?\s*1)(?:\s+(?:spot|place))?"
    r"|\s+(?:its|their|his|her|the)\s+(?:perch|pedestal|throne|top\s+spot))?"
    r"\s+by\s+(?P<new>" + _UNTIL_A_PREPOSITION + ")"
)
_LOST_TO = (
    r"\b(?P<old>{old})\s+(?:has\s+|have\s+|just\s+)?lost\s+(?:its|their|his|her|the)\s+(?:top\s+spot|crown|throne)\s+"
    r"to\s+(?P<new>" + _UNTIL_A_PREPOSITION + ")"
)
"""What a value lost its rank to ("muse lost its crown to idles")."""
_BUMPED_FOR = (
    r"\b(?P<old>{old})(?:\s+(?:has|have|had|is|was|got|gets)|['’]s)?\s+(?:been\s+)?(?:bumped|swapped|traded|ditched|"
    r"dropped|replaced)\s+for\s+(?P<new>" + _UNTIL_A_PREPOSITION + ")"
)
"""What a value was dropped for, said in the passive ("pizza got bumped for ramen")."""
_FOR_GOOD_AFTER = re.compile(
    r"\s*(?:$|[.,;:!?)]|[^\w\s]|(?:now|these\s+days|nowadays|for\s+good|forever|for\s+life|for\s+me|as\s+(?:my|our)|"
    r"this\s+year|lol|haha|tbh|honestly)\b)",
    re.IGNORECASE,
)
"""What may follow a value a passive swap names: the clause's end or a word of lasting ("pizza got ditched for ramen,
…", "… as my fave singer"), not a setting ("… at the wedding", "… in my car")."""
A_MATCH = re.compile(
    r"\b(?:league|title|match|game|final|finals|cup|season|points|goal|goals|trivia|quiz|ranking|rankings|poll|vote|"
    r"draft|playoffs?|derby|tournament|table)\b",
    re.IGNORECASE,
)
"""Words of a contest: a value that lost or was swapped there lost a game, not the user's favour ("city lost the
title to arsenal", "… in my wife's ranking")."""
_TOOK_ITS_PLACE = (
    r"(?P<new>[^,.;:!?()]+?)(?:\s+(?:has|have|had)|['’](?:s|ve))?\s+"
    + _ADVERBS
    + r"(?:taken|took|stolen|stole)\s+(?:the\s+)?(?P<old>{old})(?:['’]s?)?\s+(?:place|spot|crown|top\s+spot)\b"
)
_MINE_NOW = (
    r"(?P<new>[^,.;:!?()]+?)\s+(?:is|are|['’]s)\s+(?:home|my\s+(?:new\s+)?\w+(?:\s+\w+)?)\s+(?:now|these\s+days)\b"
)
"""What is the user's now ("liverpool is home now", "terry pratchett is my author now")."""
_PASSIVE_ADDRESSED = (
    r"\b(?:you|it|they)(?:['’](?:ve|s)|\s+(?:have|has|got|were|was))?\s+(?:been\s+)?"
    + _ADVERBS
    + _DISPLACE
    + r"\s+by\s+(?P<new>"
    + _UNTIL_A_PREPOSITION
    + ")"
)
"""What displaced a value addressed or referred to ("sorry breaking bad, you've been dethroned by succession")."""
_TAKEN_OVER = (
    r"(?P<new>[^,.;:!?()]+?)(?:\s+(?:has|have|had)|['’](?:s|ve))?\s+"
    + _ADVERBS
    + r"(?:taken\s+over|took\s+over|won\s+(?:me\s+)?over|(?:replaced|overtaken|overtook|dethroned)\s+(?:it|them|him|her)|"
    r"(?:taken|took|stolen|stole)\s+(?:its|their|his|her|the)\s+(?:place|spot|crown|top\s+spot))\b"
)
"""What displaced a value said before it, known to be left ("sushi used to be my fav but ramen has completely taken
over", "serial was my number one pod but sweet bobby took its crown")."""
ARROW = r"(?:→|->|➡️?|=>)"
"""An arrow between two words: chat's way to say a value became another ("flat white → cortado")."""
_SWAPPED = (
    r"\b(?:swapp?ed|swapping|traded|trading|ditched|ditching|dropped|exchanged|switched|replaced|binned)\s+"
    r"(?:(?:the|my|our)\s+)?(?:old\s+)?(?P<old>{old})\s+(?:in\s+)?for\s+(?P<new>" + _UNTIL_A_PREPOSITION + ")"
)
_OWN_START = r"(?:^|[.!?;:,]\s*|\b(?:i|we)\s+)(?:(?:so|and|ok|well|anyway|fyi|finally|just|also|recently|officially|have|had|['’]ve|['’]d)\s+)*"
"""Where a swap said by verb is the user's: the clause's start, or after "i"/"we" ("barista swapped my flat white
with a latte", "they swapped my train with a bus" are someone else's doing)."""
_NOT_FOR_GOOD = re.compile(
    r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening|week|weekend)|for\s+now|for\s+the\s+day|next|once|soon|"
    r"tomorrow|because\s+of|due\s+to|while|(?:for|at)\s+(?:lunch|dinner|breakfast|brunch|tea))\b",
    re.IGNORECASE,
)
"""A swap for a day, for a while or one still to come ("swapped the train with the bus today because of the strike",
"replaced the civic with a loaner while it's in the shop", "puregym out, gymbox in next month"): not the user's
value yet."""
_IN_A_SETTING = re.compile(r"\s*(?:on|in|as|for|at)\s+(?:the|my|our|a|an|this|that|his|her|their)\b", re.IGNORECASE)
"""A setting after what a value was replaced with: the replacing was in a plan, a list or a role, not the user's
life ("replaced denver with austin on the road trip route")."""
_REPLACED_WITH = (
    _OWN_START + r"(?:replac(?:ed|ing)|swapp?ed|swapping)\s+(?:(?:the|my|our)\s+)?(?:old\s+)?(?P<old>{old})\s+with\s+"
    r"(?:(?:an?|the|my|our)\s+)?(?:new\s+)?(?P<new>" + _UNTIL_A_PREPOSITION + ")"
)
"""What a value was replaced with ("replaced dropbox with google drive", "swapped my xps with a framework")."""
_FROM_TO = r"\bfrom\s+(?:(?:the|my|our)\s+)?(?P<old>{old})\s+(?:in)?to\s+(?P<new>" + _UNTIL_A_PREPOSITION + ")"
_ARROWED = r"\b(?P<old>{old})\s*" + ARROW + r"\s*(?P<new>" + _UNTIL_A_PREPOSITION + ")"
_OUT_IN = (
    r"(?:^|[.!?;:,]\s*)(?P<old>{old})(?:\s+is|['’]s)?\s+out\s*[,;&]?\s*(?:and\s+)?(?P<new>[^,.;:!?()]+?)"
    r"(?:\s+is|['’]s)?\s+in\s*(?:$|[.!,;]|[^\w\s])"
    r"|\bout\s+with\s+(?:the\s+)?(?:old\s+)?(?P<old2>{old})\s*[,;&]?\s*(?:and\s+)?in\s+with\s+(?:the\s+)?(?:new\s+)?"
    r"(?P<new2>" + _UNTIL_A_PREPOSITION + ")"
)
"""A value out and another in ("anytime fitness out, gymbox in", "out with vim, in with helix"), said whole, not in
a longer sentence ("out with the dog in the park")."""
_HELLO = (
    r"\b(?:good\s*)?bye(?:\s+bye)?\s+(?:to\s+)?(?:the\s+|my\s+)?(?:old\s+)?(?P<old>{old})\s*[^\w\s]*\s*(?:and\s+)?"
    r"(?:hello|hi|welcome)\s+(?:to\s+)?(?:the\s+|my\s+)?(?:new\s+)?(?P<new>[^\W\d_][\w&'’.+-]*(?:\s+[\w&'’.+-]+){{0,2}}?)"
    r"\s*(?:$|[.!,;]|[^\w\s'’])"
)
"""Farewell to a value and, next to it, a greeting to another of up to three words ending the clause ("bye bye
iphone 13 👋 hello nothing phone", "goodbye guinness hello murphy's"); not a farewell to something of the value's
("bye monzo overdraft, hello payday", "bye keto flu, hello energy")."""
CROSSED = r"(?:❌|✖️?|🚫|👎)"
"""A mark that crosses a value out, chat's way to say it is over ("firefox ❌ arc ✅")."""
TICKED = r"(?:✅|✔️?|☑️?|👍)"
_TICKED = (
    r"^\s*(?P<old>{old})\s*"
    + CROSSED
    + r"\s*[,;&/]?\s*(?:and\s+)?(?P<new>[^,.;:!?()❌✅]+?)\s*"
    + TICKED
    + r"\s*(?:(?:finally|now|forever|lol|haha|tbh|for\s+good)\b\s*)*[.!]*\s*$"
)
"""The whole statement crosses out a value and ticks another ("firefox ❌ arc ✅"); not a checklist, a result or a
plan with marks in it ("weekend plans: manchester ❌ liverpool ✅", "chelsea ❌ arsenal ✅ in the derby today")."""
_FROM_NOW = (
    r"(?:now|from\s+now\s+on|nowadays|these\s+days|instead|from\s+today|going\s+forward|forever|for\s+life|"
    r"as\s+of\s+(?:today|now|"
    r"this\s+(?:week|month|morning)|(?:mon|tues|wednes|thurs|fri|satur|sun)day))"
)
"""The words that say a value holds from now, after it ("pret now", "shieldwire from now on", "tea these days")."""
_BARE_NOW = (
    r"(?:^|[.!?,;]\s*|[-–—]\s*)(?!(?:i|i['’]m|im|we|we['’]re|it['’]s|its|my|our|you|he|she|they)\b)"
    r"(?P<new>[^\W\d_][\w&'’.+-]*(?:\s+[\w&'’.+-]+){{0,2}})\s+" + _FROM_NOW + r"\b\s*(?:$|[.!,;)]|[^\w\s])"
)
"""A bare value and "now", once the old value is said to be left ("quit costa. pret now", "tunnelo's out,
shieldwire from now on"); not a clause of its own ("i'm too busy these days")."""
_DOES_IT_NOW = (
    r"(?:^|[.!?,;]\s*|[-–—]\s*|\b(?:but|and|so)\s+)(?:(?:the|a|an)\s+)?(?!(?:i|i['’]m|im|we|we['’]re|it|it['’]s|its|my|"
    r"our|you|he|she|they|there|that|this|life|everything|nothing|work)\b)(?P<new>[^\W_][\w&'’.+-]*(?:\s+[\w&'’.+-]+){{0,2}}?)"
    r"\s+(?:has|have|handles|holds|does|runs|keeps|gets|stores)\s+(?:all\s+)?(?:my|our|the)\s+[^,.;!?]{{1,30}}?\s+"
    + _FROM_NOW
    + r"\b\s*(?:$|[.!,;)]|[^\w\s])"
)
"""What does the old value's work now, once it is known left ("bailed on lastpass, bitwarden has all my logins now",
"sold the civic, the tesla does the school run now")."""
_SWITCHED_TO = (
    r"\b(?:i|we)\s+(?:(?:just|finally|have|['’]ve)\s+)*(?:switched|moved|transferred|ported|jumped)\s+(?:(?:everything|it\s+all|all|over|across)\s+)*"
    r"(?:to|onto)\s+(?!(?:a|an|the|my|our|some|another|different)\s)(?P<new>" + _UNTIL_A_PREPOSITION + ")"
)
"""Where the user switched to, once the value on record is known left ("quit monzo, we switched over to starling"):
a name, not "a different team" or "the bus"."""
_IT_REPLACED_WITH = (
    r"\b(?:replaced|swapped|switched)\s+(?:it|them|him|her)\s+(?:with|for)\s+(?:an?\s+|the\s+)?(?P<new>"
    + _UNTIL_A_PREPOSITION
    + ")"
)
"""What replaced a value said before by a pronoun ("xps died, replaced it with a framework")."""
_DO = r"(?:use|drive|support|follow|watch|play|drink|eat|read|ride|take|listen\s+to)"
"""Verbs of doing a value of the user's, said of what they do now ("i follow brentford now", "now we drink oat")."""
_NOW_IT_IS = (
    r"\b(?:now\s+(?:it['’]?s|it\s+is|i['’]?m\s+(?:on|into|using|with|at|in)|(?:i|we)\s+" + _DO + r")\s+"
    r"|any\s*more\s*,?\s*it['’]?s\s+"
    r"|(?:(?:doing|using|drinking|eating|playing|watching|driving|riding|taking|reading|supporting|following|"
    r"listening\s+to)|(?:i|we)\s+" + _DO + r")\s+"
    r"(?=(?:\S+\s+){{1,4}}" + _FROM_NOW + r"\b)"
    r"|(?:it['’]?s|(?:i['’]?m|i\s+am|we['’]?re|we\s+are)\s+(?:on|into|using|with|at|in))\s+(?=(?:\S+\s+){{1,4}}"
    + _FROM_NOW
    + r"\b))"
    r"(?:all\s+)?(?:about\s+)?(?!(?:my|our|like|with)\b)(?P<new>[^,.;:!?()]+)"
)
"""What is now, once the old value is said to be left ("top film used to be titanic, now it's aftersun", "adele
isn't my fave anymore, it's lorde", "left leeds, we're in cardiff now", "don't work at deloitte anymore, i'm at
kpmg now", "not a chelsea fan anymore, i follow brentford now"): asked only of a statement that names the value on
record as left. Not what is the user's own or a manner ("i follow my heart now", "i eat like a normal person
now")."""
_STAND_INS = words("it this that they them these those he him she her something someone everything")
"""Words that stand for the new value without naming it ("they've replaced radiohead")."""


def displacer(
    text: str, old: str, *, left: bool = False, arrival: str | None = None, arriving: bool = False
) -> str | None:
    """``text`` with everything blanked but the words said to have displaced ``old`` (offsets kept), or ``None``
    when no such words are said.

    A value named as displaced says where the new one is: the subject of "padel has totally replaced tennis for
    me", "olivia rodrigo has taken over from adele", "oat milk beats regular milk", the agent of "tennis got
    replaced by padel", what it was swapped for ("ditched chrome for vivaldi"), where it went ("moved my notes from
    notion into obsidian") and what an arrow points to ("deloitte → monzo"). ``left``: the statement is known to
    name ``old`` as left (``_displaced.displaced``), so what it says is now is the new value too ("top film
    used to be titanic, now it's aftersun"), and so is what ``arrival`` (a pattern of the words that bring a value
    of the key: "joined", "starting at" for an employer) brings ("quit deloitte, joined accenture"). Likeness alone may pick another word of the statement ("haven't picked up my racket" is
    more like tennis than "padel" is); within these words it cannot. A stand-in ("they've replaced radiohead")
    names nothing."""
    words_of_old = [w[:-2] if w.endswith(("'s", "’s")) else w for w in _words(old)]  # "king's" said as "kings"
    if all(w in _FUNCTION for w in words_of_old):
        return None
    pattern = value_said(words_of_old)  # the value or part of it ("the civic")
    arrows = len(re.findall(ARROW, text)) == 1  # one arrow: a chain ("sushi → nap → netflix") is no change
    for form in (
        _ACTIVE,
        _PASSIVE,
        _TOOK_ITS_PLACE,
        _SWAPPED,
        _LOST_TO,
        _BUMPED_FOR,
        _REPLACED_WITH,
        _FROM_TO,
        _OUT_IN,
        _HELLO,
        _TICKED,
        *((_ARROWED,) if arrows else ()),
        *(
            (
                _NOW_IT_IS,
                _TAKEN_OVER,
                _MINE_NOW,
                _PASSIVE_ADDRESSED,
                _IT_REPLACED_WITH,
                _SWITCHED_TO,
                _BARE_NOW,
                _DOES_IT_NOW,
            )
            if left
            else ()
        ),
        # (what is joined or moved to with "a" is a kind, not a name: "joined a small company in austin")
        *(
            (rf"\b{arrival}\s+(?!(?:a|an|some)\s)(?:the\s+)?(?P<new>{_UNTIL_A_PREPOSITION})",)
            if (left or arriving) and arrival
            else ()
        ),
    ):
        m = re.search(form.format(old=pattern), text, re.IGNORECASE)
        said_old = m and (m.groupdict().get("old") or m.groupdict().get("old2"))
        if m is None or (said_old is not None and all(w in _FUNCTION for w in _words(said_old))):
            continue
        start, end = m.span("new") if m.group("new") is not None else m.span("new2")
        if form is _REPLACED_WITH and _IN_A_SETTING.match(text, end):
            continue  # ("replaced denver with austin on the road trip route", "… as my search engine")
        if form in (_REPLACED_WITH, _OUT_IN, _HELLO, _TICKED, _LOST_TO, _BUMPED_FOR) and _NOT_FOR_GOOD.search(text):
            continue
        if (form is _BUMPED_FOR and not _FOR_GOOD_AFTER.match(text, end)) or (
            form in (_LOST_TO, _BUMPED_FOR) and A_MATCH.search(text)
        ):
            continue  # ("got swapped for water at the wedding", "lost its crown to the celtics this season")
        if form is _DOES_IT_NOW and (_words(text[start:end]) or [""])[0] in KIN:
            continue  # ("bailed on lastpass, dad has all the logins now")
        if form is _BARE_NOW:
            # only what follows the old value and a word that leaves it is the new value: "quit unilever. heineken
            # now" gives "heineken"; "coldplay is dead now" gives nothing (the leaving and "now", no new value)
            leaves = "|".join(sorted(_LEAVES_IT))
            cuts = [c.end() for c in re.finditer(rf"\b(?:{pattern}|{leaves})\b", text[start:end], re.IGNORECASE)]
            if cuts:
                start += cuts[-1]
                while start < end and not text[start].isalnum():
                    start += 1
            if all(w in _FUNCTION for w in _words(text[start:end])):
                continue
        if arrival and form.startswith(rf"\b{arrival}"):
            head = _LABELLED_VALUE.match(text, start, end)  # ("moved to york two weeks ago" → "york")
            end = head.end() if head else end
        named = listed_first(text[start:end])
        if named and named.casefold() != " ".join(text[start:end].casefold().split()):
            end = start + len(named)  # ("switched from spotify to tidal sound quality is way better": tidal)
        said = _words(text[start:end])
        titled = any(_titled(text, start + t.start(), t.group(0)) for t in _TOKEN.finditer(text[start:end]))
        if said and not titled and all(w in _FUNCTION and w not in _STAND_INS for w in said):
            continue  # words of no value ("its day, pulp forever": "its" is no "it's"): another form may name one
        if (not titled and all(w in _STAND_INS or w in _FUNCTION for w in said)) or (said and said[0] in _STAND_INS):
            return None  # (nothing named, or a stand-in: "i follow them online now" names no team "online")
        return " " * start + text[start:end] + " " * (len(text) - end)
    return None


def value_said(words_of: Iterable[str]) -> str:
    """A pattern for a value as a statement says it: its words in any order, run together, each perhaps with "s" or
    "'s" ("the civic", "flat whites", "samsung's")."""
    one = "|".join(re.escape(w) for w in sorted(set(words_of), key=len, reverse=True))
    return rf"(?:{one})(?:['’]?s)?(?:\s+(?:{one})(?:['’]?s)?)*"


def labelled(text: str, key: str, key_words: frozenset[str]) -> str | None:
    """``text`` blanked but for the value a terse update labels with the key's own noun ("new job: microsoft",
    "new address: 48 oak lane", "switched gyms, equinox", "changed banks to monzo"), or ``None``. Chat says an
    update as a label and a value; an embedding knows little of "equinox" or "bupa", so likeness cannot find it."""
    nouns = {w for w in key.split("_") if w not in _FUNCTION and len(w) > 2} | _LABELS.get(key, set())
    if key.startswith("favorite_"):
        nouns |= _FAVE  # ("new fave: the bear": which favourite, the likeness of the value says)
    if not nouns:
        return None
    label = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    after = _LABEL_AFTER.get(key)
    for form in (
        rf"\b(?:new|current)\s+(?:{label})(?:e?s)?\s*(?:[:=]|[-–—]+)\s*(?P<new>{_UNTIL_A_PREPOSITION})",
        rf"\b(?:switched|changed|swapped|moved)\s+(?:{label})(?:e?s)?\s*(?:[,:]|[-–—]+|\s+to)\s*(?P<new>{_UNTIL_A_PREPOSITION})",
        # a label and a value opening the sentence: "gym: planet fitness now (cheaper)"
        rf"(?:^|[.!?]\s+)(?:my\s+)?(?:{label})\s*[:=]\s*(?P<new>{_UNTIL_A_PREPOSITION})",
        *(
            (
                rf"(?:^|[.!?]\s+|\b(?:officially|now)\s+(?:an?\s+)?)(?P<new>[\w&'’.+-]+(?:\s+[\w&'’.+-]+)?)\s+(?:{after})\b",
            )
            if after
            else ()
        ),
    ):
        m = re.search(form, text, re.IGNORECASE)
        if m is None:
            continue
        start, end = m.span("new")
        head = _LABELLED_VALUE.match(text, start, end)  # ("microsoft 🎉 started monday" → "microsoft")
        end = head.end() if head else start
        value = text[start:end]
        if _NOT_A_LABELLED.match(value):
            continue  # ("switched banks, no more fees": a reason, not a bank)
        if end > start and not a_doing(value) and not all(w in _STAND_INS or w in _FUNCTION for w in _words(value)):
            return " " * start + text[start:end] + " " * (len(text) - end)
    return None


_LABELLED_VALUE = re.compile(
    r"\s*(?:(?!(?:started|starting|since|today|yesterday|tomorrow|last|this|next|now|lol|haha|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|ago|one|two|three|four|five|six|few|couple|several)\b)"
    r"[\w&'’.+-]+\s*)+",
    re.IGNORECASE,
)
"""The words of a labelled value, up to a mark, an emoji or a word of time ("microsoft 🎉 started monday")."""


_NOT_A_LABELLED = re.compile(r"\s*(?:no|not|never|more|less|so|too|just|because|cos|lol|haha|finally|again)\b", re.I)
_FAVE = frozenset({"fave", "fav", "favourite", "favorite", "faves"})
_LABEL_AFTER = {"employer": r"employee|staffer|new\s+hire"}
"""Nouns said after the value ("bupa employee as of this week", "officially a google employee")."""
_LABELS = {"employer": {"job", "company", "employer", "workplace"}, "role": {"role", "position"}}
"""Nouns that label a key's value in chat besides the key's own words ("new job: microsoft" is an employer)."""


def said_whole(text: str, value: str, named: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` says ``value`` (or the run of its words in ``named``, "fortnite" of "playing fortnite") as
    a whole noun somewhere: followed by a function word, a word that leaves it, a noun that stands for it
    (``_ITS_OWN``), a mark or nothing, not by another noun that makes it part of a longer one ("jetbrains replaced
    the pycharm ui", "swapped chrome extensions for …")."""
    said = " ".join(w for w in _words(value) if not named or w in named) or value
    low = text.casefold()
    for m in re.finditer(rf"(?<!\w){re.escape(said.casefold())}(?:['’]s)?(?!\w)", low):
        after = re.match(r"\s+([^\W_][\w'’-]*)", low[m.end() :])
        if after is None or after.group(1) in _FUNCTION or after.group(1) in _LEAVES_IT | _ITS_OWN:
            return True
    return False


_ITS_OWN = frozenset({"fan", "fans", "supporter", "days", "era", "phase", "chapter"})
"""Nouns after a value that stand for the value itself, not a longer thing ("not a chelsea fan anymore", "my
minecraft days are over"); not "user" ("not a linux user anymore at work" may still use it at home)."""


_LEAVES_IT = frozenset({"gone", "dead", "died", "over", "history", "behind", "lasted", "out"})
"""Words after a value that leave it rather than lengthen it ("hulu's gone", "sublime is history")."""


def _candidates(
    text: str,
    old: str,
    key_words: frozenset[str],
    is_change_word: Callable[[str], bool],
    places: bool,
    displaced: bool = False,
    said: str | None = None,
) -> list[tuple[tuple[int, int], int]]:
    """Every span of up to ``_MAX_WORDS`` value words of ``text`` (see the module docstring), as its character
    span and the run of words it is taken from, once per wording. ``displaced``: ``text`` holds only the words
    said to have displaced the old value, so one word ending in "-ing" there is a name ("moved to starling"),
    not a doing ("listening")."""
    old_stems = {stem(w) for w in _words(old) if w not in _FUNCTION}
    out: dict[str, tuple[tuple[int, int], int]] = {}
    for n, run in enumerate(_runs(text, old_stems, key_words, is_change_word, places, displaced, said)):
        for i in range(len(run)):
            for j in range(i + 1, min(len(run), i + _MAX_WORDS) + 1):
                piece = run[i:j]
                words = [w.casefold() for w, _ in piece]
                if len(words) == 1 and words[0].endswith("ing") and not displaced:
                    continue  # a doing ("listening")
                if all(w in _GENERIC for w in words) or all(_NUMBER.fullmatch(w) for w in words):
                    continue  # a kind ("the city"), or a number, which is like every number
                out.setdefault(" ".join(words), ((piece[0][1], piece[-1][1] + len(piece[-1][0])), n))
    return list(out.values())


def _runs(
    text: str,
    old_stems: set[str],
    key_words: frozenset[str],
    is_change_word: Callable[[str], bool],
    places: bool = False,
    displaced: bool = False,
    said: str | None = None,
) -> list[list[tuple[str, int]]]:
    """The runs of consecutive value words (word, offset), broken at punctuation and at every word that cannot
    be part of a value, a person among them ("switched nurses for my mom": a relative, or "my boss", is nobody's
    value here). A run is left out when it follows "from", "off" or "out of" (the place or thing left), when it
    is the object of a verb of leaving, when a negation reaches it, before ("not in denver") or after it
    ("houston was never an option"), and, unless the key's values are ``places``, when it is where a place or an
    institution is ("a college in texas"). ``displaced``: the words are a name said to have displaced the old
    value, so a word of the key after a word of the name is the name's own ("apple music", "icloud photos"), and so
    is a verb that makes a known app's name ("google drive"), not another ("tesla love", "ramen eat"); with
    ``said``, the statement as written, so is a capitalised word inside the sentence ("Sleep Token", "Past Lives"):
    a title's words, whatever they are in lower case."""
    runs: list[list[tuple[str, int]]] = []
    for start, part in _clauses(text):
        tokens = [(m.group(0), start + m.start()) for m in _TOKEN.finditer(part)]
        lowered = [w.casefold().replace("’", "'") for w, _ in tokens]
        breaks: list[bool] = []
        for k, lw in enumerate(lowered):
            person = _person(lw, lowered[k - 1] if k else "")
            broken = person or _breaks(lw, old_stems, key_words, is_change_word)
            if broken and displaced and k and not breaks[-1] and not person:
                # a verb's bare form or a word of the key goes on a name ("google drive", "apple music"); not a
                # verb said as one ("vivaldi works better")
                keyed = _of_the_key(lw, key_words)  # ("icloud photos" after "google photos")
                broken = (_never_in_a_name(lw, old_stems, is_change_word) and not (keyed and lw not in _FUNCTION)) or (
                    lw in _VERBS and f"{lowered[k - 1]} {lw}" not in APP_NAMES  # ("google drive", not "tesla love")
                )
            if broken and displaced and said is not None and _titled(said, tokens[k][1], tokens[k][0]):
                broken = is_change_word(lw) or _formed_from(stem(lw), old_stems) or lw in _TIME
            elif (
                broken
                and displaced
                and said is not None
                and lw in _TITLE_LINKS
                and k
                and k + 1 < len(tokens)
                and not breaks[-1]
                and _titled(said, tokens[k - 1][1], tokens[k - 1][0])
                and _titled(said, tokens[k + 1][1], tokens[k + 1][0])
            ):
                broken = False  # ("The Last of Us", "Fall of Civilizations")
            breaks.append(broken)
        i = 0
        while i < len(tokens):
            if breaks[i]:
                i += 1
                continue
            j = i
            while j < len(tokens) and not breaks[j]:
                j += 1
            before, after = lowered[:i], lowered[j : j + 3]
            left = bool(before) and (before[-1] in _FROM or tuple(before[-2:]) == _OUT_OF or _left_object(before))
            denied = any(_negation(w) for w in before[-3:]) or _denied_after(after)
            if not (left or denied or (not places and _site_of(before))):
                runs.append(tokens[i:j])
            i = j
    return runs


def _breaks(lw: str, old_stems: set[str], key_words: frozenset[str], is_change_word: Callable[[str], bool]) -> bool:
    """Whether a word cannot be part of a value (see the module docstring)."""
    bare = lw[:-2] if lw.endswith("'s") else lw
    return (
        _never_in_a_name(lw, old_stems, is_change_word)
        or bare in _VERBS
        or _of_the_key(bare, key_words)  # "banks" of "switched banks" is the key's own word, never its value
    )


def _of_the_key(word: str, key_words: frozenset[str]) -> bool:
    """Whether ``word`` is one of the key's words, or formed as one ("banks" of ``bank``)."""
    return word in key_words or stem(word) in _stems(key_words)


def _titled(said: str, at: int, word: str) -> bool:
    """Whether ``word`` at offset ``at`` of the statement ``said`` is capitalised inside its sentence (not its first
    word, not "I")."""
    if len(said) < at + len(word) or said[at : at + len(word)] != word or not word[:1].isupper():
        return False
    if word.casefold() in _I_FORMS or (len(word) > 1 and word.isupper() and word.casefold() in _FUNCTION):
        return False  # ("I", "I'm", and a shouted "SO")
    before = said[:at].rstrip()
    if bool(before) and before[-1] not in '.!?:—–-"“(' and not before.endswith(("...", "…")):
        return True
    # a sentence's first word, when the next is capitalised too and it is no word of talk ("Sleep Token have …",
    # not "Honestly Fontaines …")
    nxt = said[at + len(word) :].split(None, 1)
    return word.casefold() not in _FUNCTION and bool(nxt) and nxt[0][:1].isupper() and nxt[0].casefold() not in _I_FORMS


_TITLE_LINKS = frozenset({"of", "the", "and", "a", "an", "de", "la"})
"""Small words a title keeps in lower case between its capitalised ones."""
_I_FORMS = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll"})


def _never_in_a_name(lw: str, old_stems: set[str], is_change_word: Callable[[str], bool]) -> bool:
    """Whether a word is part of no name: a function word, a time, a word of leaving or change, or one of the old
    value's own. A verb or a word of the key may be ("drive" of "google drive", "music" of "apple music";
    ``_runs``)."""
    bare = lw[:-2] if lw.endswith("'s") else lw
    return (
        lw in _FUNCTION
        or bare in _FUNCTION
        or bare in _TIME
        or bare in _LEFT
        or is_change_word(lw)
        or _formed_from(stem(bare), old_stems)
    )


@lru_cache(maxsize=256)
def _stems(key_words: frozenset[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in key_words)


def _person(word: str, previous: str) -> bool:
    """Whether a word names a person: a relative, or someone by what they are to the speaker ("my boss"; "a
    manager" may be a role)."""
    bare = word[:-2] if word.endswith("'s") else word
    return bare in KIN or (bare in PEOPLE_NOUNS and previous in _POSSESSIVES)


def _site_of(before: list[str]) -> bool:
    """Whether a run follows "in" said of a place or an institution ("a college in", "the campus is in")."""
    if not before or before[-1] != "in":
        return False
    for word in reversed(before[:-1]):
        if word in _SITES:
            return True
        if word not in _SITE_LINKS:
            return False
    return False


def _left_object(before: list[str]) -> bool:
    """Whether a run starts as the object of a verb of leaving ("quit caffeine", "sold the old corolla", "quit
    driving the fiesta")."""
    for word in reversed(before):
        if word in _LEFT:
            return True
        if word not in _DETERMINERS and word not in _VERBS:
            return False
    return False


def _denied_after(after: list[str]) -> bool:
    """Whether the words after a run deny it as the value ("houston was never an option", "dallas isn't it",
    "dallas was the plan")."""
    if not after:
        return False
    if after[0].endswith("n't") and after[0][:-3] in _COPULA:
        return True
    if after[0] not in _COPULA or len(after) < 2:
        return False
    return _negation(after[1]) or (len(after) > 2 and after[1] in ("the", "a", "an") and after[2] in _UNREAL_NOUNS)


def _negation(word: str) -> bool:
    return word in _NEGATION or word.endswith("n't")


def _clauses(text: str) -> list[tuple[int, str]]:
    """``text`` cut at punctuation, each piece with its offset."""
    out, at = [], 0
    for m in _BREAK.finditer(text):
        out.append((at, text[at : m.start()]))
        at = m.end()
    out.append((at, text[at:]))
    return out


def _words(text: str) -> list[str]:
    return [m.group(0).casefold() for m in _TOKEN.finditer(text)]


def _formed_from(stem: str, old_stems: set[str]) -> bool:
    """Whether a word is one of the old value's, or formed from one ("law" and "lawyer", "train" and "trains"):
    the statement then talks of the old value, or of what it is made of, not of a new one."""
    return any(
        stem == o or (min(len(stem), len(o)) >= 3 and (stem.startswith(o) or o.startswith(stem))) for o in old_stems
    )


def stem(word: str) -> str:
    """A crude stem, enough to see "trains", "whites", "buses" and "samsung's" in "train", "white", "bus" and
    "samsung" (and no more): "-es" is a plural's own ending only after a hiss ("boxes", "churches"), else the
    "e" is the word's ("whites", "places")."""
    w = word.casefold().replace("’", "'")
    for suffix in ("'s", "ies", "es", "s"):
        if w.endswith(suffix) and not w.endswith("ss") and len(w) - len(suffix) >= 3:
            if suffix == "es" and not w[:-2].endswith(_HISSES):
                continue
            return w[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return w


_HISSES = ("s", "x", "z", "ch", "sh")
