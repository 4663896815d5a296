"""Whether a statement names a value on record as left or displaced, read by the order of its words.

"olivia rodrigo has completely taken over from adele" is about the favourite singer because Adele is the one on
record, whatever the statement's vector stands out for; "the civic beats any suv" names the civic and leaves nothing.
The write path's unread-change test (``_unread_change``) asks this module which of the principal's values a
statement leaves, and ``_replacement.displacer`` where it says the new one is. What is read and what is refused,
with the reasons, is in ``displaced``'s docstring and ``_unread_change``'s module docstring (measured on the
``displaced_*`` probe sets and three blind reviews, ``benchmarks/README.md``).
"""

from __future__ import annotations

import re

from .._extract._lexicon import KIN, PEOPLE_NOUNS, words
from .._extract._when import FOR_A_WHILE
from ._replacement import A_MATCH, ARROW, CROSSED, TICKED, stem, value_said

__all__ = [
    "ARROW_SAID",
    "BETWEEN_SUBJECT_AND_VERB",
    "DISPLACES",
    "I_WE",
    "LEAVING_REACH",
    "NEWS",
    "PASSIVE",
    "displaced",
    "left_beside",
    "crossed_out",
    "said_to_be_over",
    "weakly_left",
    "longer_noun",
    "may_leave",
]

I_WE = frozenset({"i", "we", "i've", "we've", "i'm", "we're", "i'd", "we'd", "ive", "im", "me", "us"})
BETWEEN_SUBJECT_AND_VERB = words(
    """just finally recently actually officially basically totally already also even only ever never really
    have has had 've got gotten 're was were is am are be been being 's 'm 'd did do does just now
    kinda sorta pretty"""
)
"""Adverbs and auxiliaries that stand between a subject and its verb ("we've finally moved")."""
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
LEAVING_REACH = 4
"""How many words before a value a word of leaving may stand ("sold the old silver civic")."""

_OVER_AFTER = words("taken took takes taking im m so totally completely well officially")
"""Words after which "over" leaves a value behind ("taken over from adele", "i'm so over fortnite"); elsewhere
it is a place or an amount ("moved over to leeds", "over an hour away")."""


def may_leave(text: str) -> bool:
    """Whether ``text`` has a word that may leave a value with no word of change ("pizza got knocked off the top
    spot", "coke is dead to me", "bye keto"): only then is the store asked for the values it may name."""
    tokens = {w.casefold() for w in _WORD.findall(text)}
    return bool(tokens & (_LEFT_AFTER | _LEFT_BEFORE | _MAY_LEAVE)) or re.search(CROSSED, text) is not None


_MAY_LEAVE = words("anymore used longer off over more past who heard out place crown phase news run day lost love")


DISPLACES = re.compile(r"replac\w*|overt[ao]ok|overtaken|dethron\w*|beats?|knocked|ousted|bumped", re.IGNORECASE)
PASSIVE = words("been got gets was were is are being get")
"""A value before a verb of displacing is the one displaced only in the passive ("tennis got replaced by padel");
in the active it is what displaced another ("adele has taken over from ed sheeran", "the university has replaced
the old wifi")."""


_LEFT_AFTER = words(
    """left leave leaves leaving quit quitting sold selling traded trading swapped replaced cancelled
    canceled cancelling ditched ditching dropped scrapped dumped outgrew outgrown farewell miss missed missing
    sorry ex former dethroned overtook overtaken beat beats wrapped uninstalled deleted abandoned unsubscribed bye
    goodbye rip
    wiped retired resigned sacked binned bailed"""
)
"""Words after which a value is the one left: the object of a verb of leaving or displacing ("sold the civic",
"olivia rodrigo overtook adele"), or said farewell to ("sorry dune", "miss brooklyn already")."""
_ONLY_FOR_ONE = words("miss missed missing sorry farewell bye goodbye rip ex former beat beats")
"""Words of ``_LEFT_AFTER`` that leave a value only where it is the one value of its key ("miss brooklyn already",
"sorry breaking bad", "bye keto"): said of one of many ("i miss my dog", "sorry pizza, diet day") they leave
nothing."""
_LEFT_BEFORE = words(
    "behind replaced dethroned overtaken knocked ousted bumped lasted lapsed dead died gone ditched dropped swapped "
    "traded binned scrapped"
)
"""Words before which a value is the one left ("leeds is behind me", "keto lasted six months", "fortnite is so dead
now", "the samsung's gone in a drawer", "the xps died")."""
_NO_RIVAL = words("nothing none never can t cant")
"""Words before "beats" that make the value the best, not the one beaten ("nothing beats sushi")."""
_DENIED = words("not no never t")
"""Words of denial, as ``_WORD`` splits them ("don't" gives "don" and "t")."""
_OFF_AFTER = words("gone went go going goes fallen fell falling come came right")
"""Words before "off" that leave what follows ("gone right off green"); elsewhere "off" is a day or a trip ("the
day off from tesco")."""


_MOVES_FROM = words(
    "moved moving shifted shifting switched switching transferred changed swapped migrated converted went"
)
"""Verbs before "from Y to X" that leave Y ("shifted from mumbai to nashik"); "a letter from tesco to my house" is
none."""
_BUT_NOW = re.compile(r"\buntil\b|\bbut\s+now\b|\bnow\s+it\s?s\b|\bnow\s+it\s+is\b|\bnot\s+any\s*more\b")
"""After "X was my …": what makes X a thing of the past ("red was my colour until …", "was my guy but now …"),
not a memory ("radiohead was my first ever gig, now i'm seeing them again")."""
_IT_DISPLACED = re.compile(
    r"\b(?:replaced|overtaken|overtook|dethroned)\s+(?:it|them|him|her)\b|"
    r"\b(?:taken|took|stolen|stole)\s+(?:its|their|his|her)\s+(?:place|spot|crown)\b|"
    r"\b(?:has|have|s|ve)\s+(?:\w+\s+)?(?:taken|took)\s+over\b"
)
"""A value said before, displaced by a pronoun's reference ("tennis was fun but pickleball has replaced it")."""
ARROW_SAID = re.compile(rf"\s{ARROW}\s|\w{ARROW}\w", re.IGNORECASE)
"""An arrow between two words: chat's way to say a value became another ("flat white → cortado")."""


_LEAVE_VERBS = (
    r"quit|quitting|ditched|ditching|uninstalled|deleted|cancell?ed|sold|re-?homed|scrapped|dumped|abandoned|"
    r"wiped|unsubscribed(?:\s+from)?|swapped|traded|replaced|stopped"
)
_ENDS = (
    r"(?=\s*(?:$|[.,!;:)]|\s+(?:for\s+good|for\s+me|forever|now|and|but|so|because|lol|haha|completely|altogether|off|"
    r"entirely|cold\s+turkey|for|with|in\s+favou?r\s+of|at|from|yesterday|last|this|when)\b))"
)
_ENDS_STRICT = r"(?=\s*(?:$|[.,!;:)]|\s+(?:for|and|but|completely|altogether|entirely)\b))"
"""What may follow a value said to be left: the end of the clause, or words that do not make the leaving a
movement or a part of it ("don't play tennis anymore on sundays"); after "dropped", which is as often a fall, only
the end of the clause or a swap ("dropped my guitar down the stairs")."""
_DENIED_BEFORE = re.compile(r"(?:\bnot|n['’]?t|\bnever|\bwont|\bcant)\s+(?:\w+\s+){0,1}$", re.IGNORECASE)
"""A denial just before the leaving ("i'm not quitting guitar", "i could never give up coffee"): nothing is left."""
_KEY_VERBS = r"play|use|drink|eat|have|own|do|watch|listen\s+to|speak|learn|take|ride|drive|wear|love|like|go\s+to|keep"
_THE = r"(?:(?:the|my|our|all|an?)\s+)?"


def left_beside(text: str, value: str) -> bool:
    """Whether a value that sits beside others is said to be left in words next to it: the object of a verb of
    leaving ("quit coffee", "uninstalled fortnite", "gave up football", "done with vim", "i'm over running"), "no
    more X" said whole ("no more swimming for me", not "no more swimming in the lake" or "no more coffee after
    3pm"), its own verb denied "anymore" ("i don't play piano anymore", not "i don't walk the dog anymore, my son
    does"), "used to" with its own verb ("i used to play piano", not "i used to hate piano"), or gone ("hulu's
    gone", "coffee is dead to me"). Stricter than ``displaced``, whose reach of four words is right for the one
    value of a key: a value beside others is one of many things the speaker does with many verbs."""
    said = r"\s+".join(re.escape(w) for w in value.casefold().split())
    if not said:
        return False
    v = rf"{_THE}{said}(?:['’]s)?"
    leaving = (
        rf"\b(?:{_LEAVE_VERBS})\s+{v}{_ENDS}",
        rf"\bdropped\s+{v}{_ENDS_STRICT}",  # (not "dropped my guitar down the stairs", "… on the floor")
        rf"\b(?:gave|given|giving|give)\s+up\s+(?:on\s+)?{v}{_ENDS}",
        rf"\bdone\s+with\s+{v}\b",
        rf"\bout\s+with\s+{v}\s*[,;&]?\s*(?:and\s+)?in\s+with\b",
        rf"\b(?:switched|switching|moved|moving|changed|went|migrated|converted)\s+(?:over\s+)?from\s+{v}\s+(?:in)?to\b",
        rf"\b(?:i['’]?m|i\s+am|so|totally|completely)\s+over\s+{v}\b",
        rf"\bno\s+(?:more|longer)\s+{v}(?:\s+for\s+(?:me|us|good))?\s*(?:$|[.,!;:)]|\s+(?:any\s*more|ever|thanks|lol|"
        rf"either|now)\b)",
    )
    stated = (
        rf"\b(?:don['’]?t|do\s+not|dont|no\s+longer|never|not)\s+(?:(?:{_KEY_VERBS})\s+)?{v}\s+any\s*more{_ENDS}",
        rf"\bused\s+to\s+(?:{_KEY_VERBS})\s+{v}{_ENDS}",
        rf"\bnot\s+an?\s+{said}\s+(?:person|fan|user|guy|girl|type|drinker|player)\s+any\s*more\b",
        rf"\b{said}(?:['’]s|\s+is|\s+was|\s+has\s+been)?\s+(?:gone|history|over|dead|died)(?:\s+(?:to\s+me|for\s+good|now))?"
        rf"\s*(?:$|[.,!;:)])",
        rf"\b{said}(?:['’]s|\s+is)?\s+dead\s+to\s+me\b",
        rf"\b{said}\s+(?:lasted|got\s+replaced|was\s+replaced|has\s+been\s+replaced)\b",
        rf"\b{said}\s*{ARROW}",
    )
    for form in leaving:
        for m in re.finditer(form, text, re.IGNORECASE):
            if not _DENIED_BEFORE.search(text[: m.start()]):
                return True  # (not "i'm not quitting guitar")
    return (
        any(re.search(form, text, re.IGNORECASE) for form in stated)
        or said_to_be_over(text, _words_of(value))
        or crossed_out(text, _words_of(value))
    )


def _words_of(value: str) -> set[str]:
    """Every word of ``value``, lower case (``said_to_be_over`` needs the value's short words too: "oat latte")."""
    return {w.casefold() for w in _WORD.findall(value)}


def _pair(tokens: list[str], first: str, second: str) -> bool:
    """Whether ``first`` is followed at once by ``second`` in ``tokens``."""
    return any(a == first and b == second for a, b in zip(tokens, tokens[1:]))


def displaced(text: str, named: set[str], *, beside: bool = False) -> bool:
    """Whether the statement says the value on record was left or displaced, by the order of its words: the value
    after a word of leaving (``_LEFT_AFTER``, "gone off", "taken over from", "done with", "no more", "no longer",
    "gave up", "used to", "my last day at", "moved from … to"), denied with "anymore" ("i'm not nhs staff
    anymore", "adele isn't my fave anymore"), before a word that leaves it (``_LEFT_BEFORE``, "used to be", "was
    my … until"), or before an arrow. Stricter than ``_unread_change._left_behind``, which any word of leaving near
    the value passes: this test alone tells which key a statement is about, so it also refuses

    * the value praised or doing the displacing ("the civic beats any suv", "nothing beats sushi");
    * someone else's doing ("husband switched from keto to paleo", "the kids have gone off green", "people are
      moving from sydney"), a value still kept ("i'm sticking with keto", "still a gooner", "not me"), and one
      left for now (``FOR_A_WHILE``: "left glasgow at 6am", "swapped coke for water for lent");
    * a chain of arrows ("sushi → nap → netflix"), and "behind" that is not "behind me" ("leeds is behind man city
      in the table");
    * the rest listed in ``_unread_change``'s module docstring (news, a trend, a near miss, a longer noun, reported
      text).

    "Instead of" is no word of leaving: "a burrito instead of sushi today" is one lunch.

    ``beside``: the value sits beside others (``pets``, ``likes``, ``software``), so only a word that leaves it by
    the speaker's doing counts, not a farewell or a longing ("i miss my dog", "sorry pizza" keep them)."""
    if FOR_A_WHILE.search(text) or _STILL_KEPT.search(text) or NEWS.search(text):
        return False
    leaving = _LEFT_AFTER - _ONLY_FOR_ONE if beside else _LEFT_AFTER
    tokens = [m.casefold() for m in _WORD.findall(text)]
    stems = {stem(w) for w in named}
    for i in (i for i, w in enumerate(tokens) if w in named or stem(w) in stems):
        if longer_noun(tokens, i):
            continue  # a longer noun that only starts with the value ("sorry dune fans", "bus passes")
        before = tokens[max(0, i - LEAVING_REACH) : i]
        start = i - len(before)
        for k, w in enumerate(before):
            prev = tokens[start + k - 1] if start + k else ""
            if (
                (
                    w in leaving
                    and not (
                        w.startswith("beat") and (prev in _NO_RIVAL or _in_a_respect(tokens[i + 1 : i + 3], tokens))
                    )
                )
                or (w == "with" and prev == "done" and _next_to(before[k + 1 :]))
                or (w == "with" and prev == "out" and _next_to(before[k + 1 :]) and _pair(tokens[i:], "in", "with"))
                or (w == "off" and prev in _OFF_AFTER and _next_to(before[k + 1 :]))
                or (w == "over" and prev in _OVER_AFTER and _next_to(before[k + 1 :]))
                or (w in ("more", "longer") and prev == "no")
                or (w == "at" and prev == "day" and "last" in before[:k])
                or (w == "up" and prev in ("gave", "given", "giving"))
                or (w == "to" and prev == "used")
                or (w == "from" and bool(_MOVES_FROM & set(before[:k])) and "to" in tokens[i + 1 : i + 4])
                or (w == "from" and prev in ("on", "away") and bool({"moved", "moving", "walked"} & set(before[:k])))
                or (w == "with" and prev == "love" and "out" in before[:k])
                or (w == "knocked" and "off" in tokens[i + 1 : i + 3])
            ) and not _others_doing(tokens, start + k):
                return True
        after = tokens[i + 1 : i + 7]
        denial = next((start + k for k, w in enumerate(before) if w in _DENIED and k >= len(before) - 3), None)
        denied = (denial is not None and not _others_doing(tokens, denial, _DENIERS)) or (
            bool(_DENIED & set(after[:3])) and bool(_MINE & set(after[:4]))
        )
        if denied and ("anymore" in after or _pair(after, "any", "more")):
            return True  # "i'm not nhs staff anymore", "adele isn't my fave anymore" (not "isn't on tv anymore")
        if (_pair(after[:3], "used", "to") and bool(_MINE & set(after[:6]))) or _pair(after[:3], "no", "more"):
            return True  # "titanic used to be my fave" (not "used to be played at weddings"), "friends fan no more"
        if any(_leaves_it(after, k, text) for k in range(min(3, len(after)))):
            return True  # "leeds is behind me", "keto lasted six months", "tennis got replaced"
        rest = " ".join(tokens[i:])
        if after[:2] in (["was", "my"], ["were", "my"]) and _BUT_NOW.search(rest):
            return True  # "red was my colour until i found orange", "king was my guy for years but now …"
        if after[:1] in (["was"], ["were"]) and _IT_DISPLACED.search(rest):
            # "tennis was fun but pickleball has replaced it", "serial was my number one but … took its crown"
            return True
        if after[:1] == ["lost"] and bool({"crown", "throne", "top"} & set(after[1:4])) and not A_MATCH.search(text):
            return True  # "muse lost its crown to idles" (not "city lost the title to arsenal")
        if _pair(after[:3], "used", "to") and bool(_RANKS & set(after[2:7])):
            return True  # "jaws used to be number one", "… used to be top"
        if _pair(after[:2], "s", "place") or after[:1] in (["place"], ["spot"], ["crown"]):
            if {"taken", "took", "stolen", "stole"} & set(before[-2:]):
                return True  # "sleep token have taken metallica's place"
        if before[-1:] == ["was"] and _MINE & set(before) and (_BUT_NOW.search(rest) or "now" in tokens[i:]):
            return True  # "my fave colour was green but it's yellow now"
        if (
            (after[:2] in (["is", "out"], ["s", "out"], ["are", "out"]) or after[:1] == ["out"])
            and "of" not in after[1:3]
            and ({"now", "in", "nowadays"} & set(tokens[i:]) or _pair(tokens[i:], "these", "days"))
        ):
            return True  # "blue is out, sage green is my colour now", "idles out, wet leg in"
    if said_to_be_over(text, named):
        return True  # "flat whites are a thing of the past", "my minecraft days are over", "coldplay who?"
    if crossed_out(text, named):
        return True  # "firefox ❌ arc ✅"
    return any(re.search(rf"\b{re.escape(w)}\s*{ARROW}", text, re.IGNORECASE) for w in named) and _one_arrow(text)


def crossed_out(text: str, named: set[str]) -> bool:
    """Whether the whole statement crosses the value out, alone or before one ticked ("coffee ❌", "firefox ❌ arc
    ✅ finally"); not a report or a checklist with marks in it ("chrome 🚫 crashing every time", "banking site:
    chrome ❌ not supported, safari ✅ works")."""
    if not named:
        return False
    ticked = rf"(?:\s*[,;&/]?\s*(?:and\s+)?[^❌✅,.;:!?]{{1,40}}?\s*{TICKED})?"
    closing = r"\s*(?:(?:finally|now|forever|lol|haha|tbh|for\s+good)\b\s*)*[.!]*\s*"
    return re.fullmatch(rf"\s*{value_said(named)}\s*{CROSSED}{ticked}{closing}", text, re.IGNORECASE) is not None


def weakly_left(text: str, value: str) -> bool:
    """Whether ``text`` leaves ``value`` only in words said as often of news or of a show that ended
    (``_WEAKLY_OVER``): then no new value is read by its likeness to the old, only one a form names."""
    named = _words_of(value)
    if not named:
        return False
    return re.search(rf"\b{value_said(named)}{_WEAKLY_OVER}{_CLOSES}", text, re.IGNORECASE) is not None


def said_to_be_over(text: str, named: set[str]) -> bool:
    """Whether the value (its words ``named``) is said to be a thing of the past as a phase of the user's life, as
    the subject of its clause: "flat whites are a thing of the past", "my minecraft days are over", "the oat latte
    era is over", or disowned as if unknown ("coldplay who?", "fortnite? never heard of her"). Not "over", "done",
    "finished" or "history" alone, which end shows, seasons, dinners and games as often as tastes ("succession is
    over, the finale aired", "pizza's done for me, i'm stuffed", "titanic is history"); not where someone is
    reported saying so ("people say vinyl is a thing of the past"), nor for a time ("over for me this season")."""
    if not named or _FOR_A_TIME.search(text):
        return False
    value = rf"\b{value_said(named)}"
    for state in (_PHASE_OVER + _CLOSES, _PAST_THING + _CLOSES, _WEAKLY_OVER + _CLOSES, _DISMISSED):
        for m in re.finditer(value + state, text, re.IGNORECASE):
            before = _WORD.findall(text[: m.start()])
            if before and before[-1].casefold() in _NOT_ITS_SUBJECT:
                continue  # ("the heatwave in madrid is a thing of the past": the heatwave's)
            if _REPORTED_BEFORE.search(" ".join(before[-6:])):
                continue  # ("people say vinyl is a thing of the past")
            return True
    return False


_PHASE_OVER = (
    r"\s+(?:days|era|phase|chapter|years)(?:['’]s|\s+(?:is|are|was|were|has\s+been|have\s+been))"
    r"(?:\s+(?:so|totally|completely|officially|well|basically|now|pretty\s+much|definitely|finally|well\s+and\s+truly))*"
    r"\s+(?:over|behind\s+me|behind\s+us|done)"
)
"""A phase of the user's life with the value ended: "my minecraft days are over", "the oat latte era is over"."""
_PAST_THING = (
    r"(?:(?:['’]s|\s+(?:is|are|was|were|has\s+been|have\s+been))(?:\s+(?:so|totally|completely|officially|now|well|"
    r"basically|definitely|finally|just|only))*\s+(?:a\s+thing\s+of\s+the\s+past|in\s+my\s+past|a\s+phase)"
    r"|\s+(?:has\s+|have\s+)?had\s+(?:its|their|his|her)\s+day)"
)
"""The value said to be a thing of the past or a phase, or to have had its day ("flat whites are a thing of the past",
"keats was a phase", "red had its day"); "old news" and "had a good run" are ``_WEAKLY_OVER``."""
_WEAKLY_OVER = (
    r"(?:(?:['’]s|\s+(?:is|are|was|were))(?:\s+(?:so|totally|completely|just|now|basically))*\s+(?:old\s+news|"
    r"so\s+last\s+year)|\s+(?:has\s+|have\s+)?had\s+(?:a|its|their|his|her)\s+good\s+run)"
)
"""Said of a value left as often as of news or of a show that ended ("costa is old news, gail's is my cafe now" but
"lastpass is old news, everyone knows about the breach", "stranger things had a good run, it's ending"): the value
is left, and a new one is read only where the statement names it in a form of its own (``weakly_left``)."""
_CLOSES = (
    r"(?=\s*(?:$|[.,!;:)\-–—]|\s+(?:for\s+(?:me|us|good)|now|lol|haha|and|but|so|then|tbh|honestly|i['’]?m|im|it['’]?s|"
    r"its|we['’]?re)\b))"
)
_NOT_ITS_SUBJECT = words("in at on of from with for by to about near into inside outside than like")
"""Words before a value that make it part of another subject ("the heatwave in madrid …", "my shift at tesco …")."""
_REPORTED_BEFORE = re.compile(
    r"\b(?:say|says|said|think|thinks|thought|reckon|reckons|assume|assumes|claim|claims|according|apparently)\b",
    re.IGNORECASE,
)
_FOR_A_TIME = re.compile(
    r"\bthis\s+(?:season|term|semester|week|weekend|month|year|summer|winter|morning|afternoon|evening)\b|"
    r"\b(?:for\s+now|today|tonight|until|till)\b",
    re.IGNORECASE,
)
"""A time a value is over for, not for good ("over for me this season", "done with coffee today")."""
_DISMISSED = (
    r"\s*\?+\s*(?:who\s*\?|who\s+(?:is|['’]s)\s+(?:she|he|that|they|it)\b|never\s+heard\s+of\s+(?:her|him|it|them|that)\b)"
    r"|\s+who\s*\?"
)
"""A value asked after as if unknown, chat's way to disown it: "coldplay who?", "lasagne? who is she", "fortnite?
never heard of her"."""


def _in_a_respect(after: list[str], tokens: list[str]) -> bool:
    """Whether the words after a value beaten make the beating one of a respect ("barcelona beats madrid for
    beaches", "… at football"), not a preference of the user's ("olivia rodrigo beats adele for me", "muse beats
    radiohead in my book now": a word of lasting says so)."""
    if not after or after[0] not in _RESPECT or after[1:2] in (["me"], ["us"], ["sure"]):
        return False
    return not (
        {"now", "nowadays"} & set(tokens) or any(a == "these" and b == "days" for a, b in zip(tokens, tokens[1:]))
    )


_RESPECT = words("for at in on when as")


def longer_noun(tokens: list[str], i: int) -> bool:
    """Whether the value's word at ``i`` only starts a longer noun (``_OF_THE_VALUE``)."""
    return i + 1 < len(tokens) and tokens[i + 1] in _OF_THE_VALUE


_OF_THE_VALUE = words(
    """fans fanbase passes pass ticket tickets streak tour concert gig merch season sale sales price prices
    shares stock"""
)
"""Nouns that make the value the first word of a longer one ("sorry dune fans", "no more bus passes sold here",
"my vegetarian streak has lasted 9 years"): the value itself is not left."""


def _leaves_it(after: list[str], k: int, text: str = "") -> bool:
    """Whether ``after[k]``, said after a value, leaves it (``_LEFT_BEFORE``): "behind" only as "behind me/us" ("leeds
    is behind man city in the table" is not), and a verb of displacing only in the passive ("tennis got replaced";
    "the university has replaced the old wifi" is the university displacing something)."""
    w = after[k]
    if w not in _LEFT_BEFORE:
        return False
    if w == "behind":
        return after[k + 1 : k + 2] in (["me"], ["us"], [])
    if w in _LEFT_IN_THE_PASSIVE:  # only for good: "curry got ditched for sushi", not "… for a salad at lunch"
        return k > 0 and after[k - 1] in PASSIVE and _SWAPPED_FOR_GOOD.search(text) is not None
    return not DISPLACES.fullmatch(w) or (k > 0 and after[k - 1] in PASSIVE)


_SWAPPED_FOR_GOOD = re.compile(
    r"\b(?:ditched|dropped|swapped|traded|binned|scrapped)(?:\s+for\s+(?:(?!\b(?:at|on|in|for|because|since|when|while|"
    r"as|with|last|this|today|tonight)\b)[^,.;!?])+)?\s*(?:$|[.,;!?]|[^\w\s]|\s+(?:now|these\s+days|forever|for\s+good|"
    r"as\s+my|as\s+our)\b)",
    re.IGNORECASE,
)
"""A passive swap said for good: the verb, perhaps "for" and what replaced it, then the clause's end or a word of
lasting; a setting after it is one occasion ("got swapped for water at the wedding", "… on monday")."""
_LEFT_IN_THE_PASSIVE = words("ditched dropped swapped traded binned scrapped")
"""Verbs of leaving that leave the value before them only in the passive ("curry got ditched for sushi"; "curry
ditched" is nothing, "the band dropped a new album" is the band's doing)."""


def _next_to(between: list[str]) -> bool:
    """Whether the words between a particle and the value leave the value its object ("gone off green", "done
    with the old civic"), not another clause's ("the milk's gone off so black coffee it is")."""
    return len(between) <= 2 and all(w in _DETERMINERS for w in between)


_DETERMINERS = words("the my our a an old from")


def _one_arrow(text: str) -> bool:
    """Whether ``text`` has one arrow, pointing to a few words ("flat white → cortado, new era"), not a chain
    ("sushi → nap → netflix") or a journey ("mumbai → delhi flight delayed 3 hrs")."""
    if len(ARROW_SAID.findall(text)) != 1 or _REPORTED.search(text):
        return False
    m = re.search(rf"{ARROW}\s*([^,.;:!?()]*)", text)
    return m is not None and 0 < len(m.group(1).split()) <= _ARROW_WORDS


_ARROW_WORDS = 2
_REPORTED = re.compile(
    r"[\"“”]|\b(?:headline|post|posted|tweet|tweeted|article|caption|title|said|says)\b", re.IGNORECASE
)
"""Words that report someone else's text ("a linkedin post 'deloitte → monzo, new chapter!'"): an arrow there is
theirs."""


_STILL_KEPT = re.compile(
    r"\b(?:still\s+(?:a|an|my|the|love|loving|like|with|use|using|support|supporting|at|in|living|working|eating|"
    r"drinking|driving|on|mine|ours|have|got)|sticking\s+with|stick\s+with|not\s+me|staying\s+put|i['’]?m\s+staying|"
    r"not\s+for\s+me|couldn['’]?t\s+do\s+it|"
    r"couldn['’]?t\s+be\s+me|never\s+(?:leaving|switching|changing)|but\s+i\s+(?:am|do|still)|"
    r"said\s+no\s+one\s+ever|just\s+kidding|jk)\b",
    re.IGNORECASE,
)
"""The user keeps the value ("husband switched from keto to paleo, i'm sticking with keto", "i'm still a
gooner", "heaps of people moving from sydney, not me", "people assume i'm not a chelsea fan anymore, but i am"),
or says the change in jest ("my minecraft days are over, said no one ever")."""
_OTHERS = KIN | PEOPLE_NOUNS | words("people everyone everybody folks kids he she his her")
"""Subjects of a change that are not the user ("husband switched", "the kids have gone off green")."""
_DENIERS = _OTHERS | words("they")
"""Who may deny a value of the user's without the user leaving it ("they don't sell the civic hatch anymore"); "they"
doing the displacing may be the new value itself ("they've replaced radiohead as my number one")."""
NEWS = re.compile(
    r"\bas\s+the\s+(?:\w+est|most\s+\w+|best[\s-]\w+|highest[\s-]\w+)\b|\b(?:box\s+office|in\s+the\s+charts?|"
    r"apparently|reportedly|according\s+to|headline|article|(?:in|per)\s+the\s+news)\b",
    re.IGNORECASE,
)
"""A change in the world, not the user's ("avatar took over from titanic as the highest grossing film", "padel is
replacing tennis in spain apparently")."""


def _others_doing(tokens: list[str], verb: int, others: frozenset[str] = _OTHERS) -> bool:
    """Whether the word of leaving at ``verb`` has another person as its subject: a person is said within a few
    words before it, and no "i" or "my" nearer ("husband switched from …", "people keep moving from …", "the kids
    have gone off …")."""
    j = verb - 1
    if tokens[verb] in _PARTICLES:
        j -= 1  # the verb of "switched from", "gone off", "done with"
    for word in reversed(tokens[max(0, j - _SUBJECT_REACH) : j + 1]):
        if word in I_WE or word in _MINE:
            return False  # "my son switched …" reads the son, below; "i switched" is the user's
        if word in others:
            return True
    return False


_PARTICLES = words("from off over with up to more longer at")
_SUBJECT_REACH = 3
"""How far before a verb of leaving its subject is looked for ("people keep moving from …", "the kids have all
gone off …")."""
_MINE = words("my our mine ours")
_RANKS = words("number one top best fave fav favourite favorite go-to goat")
"""Words of a rank a value used to hold ("jaws used to be number one")."""
