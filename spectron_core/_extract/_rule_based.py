"""``RuleExtractor``: the offline, deterministic default extractor.

It reads a turn line by line (a transcript label "Dana: …" makes Dana the first person of that line) and
sentence by sentence: instructions first (``_instructions``: "always …", "stop …", "you can … again"), then
a temporal phrase (resolved against the turn time by ``_when``), then clauses (``_clauses``: lower-case and
unpunctuated chat, contractions, "… and now work at Hooli", a subject pronoun starting a new clause mid-line:
"thats cool i teach yoga"). A short answer to the turn's own question ("…? mine is orange", "…? i do not") is
first rebuilt into the sentence it stands for (``_ellipsis``). Each clause gets a subject (I/we/my/"my wife and
i" → the speaker; a capitalised name → ``Person/<name>``; you/they → nobody: the other speaker's facts never
land on this one), change cues ("no longer", "not … anymore", "used to", "quit/left/stopped" negate the old value),
and a predicate read by its verb (``_predicates``) and grounded in the ontology (``_lexicon``): "prefers
vegetarian food" and "now eats fish" both land on ``food_preference``; "I am a/an …" is read by its head word
(``_identity``: gender, faith, character, health, pastimes named as people). Anything the patterns cannot place in
a fact-looking first-person clause sets ``Extraction.unsure`` (the LLM cascade asks a model then). Spans are
the character range of the sentence a record came from.

Why rules and not a parse or the embedding (issue #10, measured on ConvAI2/DNLI dev, this machine, 2 CPUs
under load): the rules run at ~10,400 sentences/s of CPU (before the chat-grammar work of issue #10 item 2:
~15,300 in the same sitting) and find a right key+value for 40 % of annotated sentences (30 % before that
work, 36 % before the chat-construction rules of tests/test_chat_constructions.py, 38 % before their second
round: jobs said by what they pay for, short answers about favourites, children said in passing …); spaCy 3.8 ``en_core_web_sm`` parses ~200 sentences/s of CPU here
(before any rule layer) after a 1.7–4.2 s import and ~212 MB installed, and a parse does not name keys or
normalise values, so the same rule layer would still be needed on top of it: 60x the cost for what is, on
this data, a long tail of phrasings rather than of syntax. Nearest key prototype of the turn's MiniLM
embedding picks a mapping key for 51 % of annotated sentences (rules then: 37 %), but it gives no value, never
abstains (every chit-chat line gets a key), and the extractor is not handed the turn's vector; it is the
better candidate for a later *key hint* in cascade mode, not a replacement. (Key meaning is used on the read
side instead: a fact's stored vector is moved toward its key's embedding, ``_write/_vectors.py``.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Optional

from .._entities import entity_ref
from ._clauses import Piece, expand, split_clauses, strip_lead, uninvert
from ._ellipsis import Asked, answered, asked
from ._instructions import match_instruction
from ._predicates import _PREP_CUT, _match, _search, _split, _sub
from ._lexicon import ROLE_WORDS, ACTIVITIES, DEVICES, DIETS, INSTRUMENTS, KIN, PETS, PLACES, RELATION_WORDS, VEHICLES
from ._ontology import Ontology, default_ontology
from ._predicates import singular as singular_of
from ._predicates import (
    _JOB_HUNT, _NOT_GERUND, _SKILL_VERBS, FAV_KINDS, VERBS, _lemma, _role_head, favorite_key, noun_phrase, read_predicate,
)
from ._types import (
    ExtractedAttribute,
    ExtractedRelation,
    ExtractedUncertainty,
    Extraction,
    ExtractionContext,
)
from ._when import resolve

__all__ = ["RuleExtractor"]

_MAX_SENTENCE = 600
_TIME_WORDS = frozenset("""since ago yesterday tonight today tomorrow last next morning afternoon evening monday
    tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter while when once other
    point""".split())
_DIGIT = re.compile(r"\d")


class _TimeHint:
    """A superset of every trigger of ``_when.resolve`` (a digit or one of its words): most chat has no date,
    and resolving costs 18 regex searches."""

    @staticmethod
    def search(text: str) -> bool:
        if _DIGIT.search(text):
            return True
        return not _TIME_WORDS.isdisjoint(_WORD.findall(text.lower()))


_WORD = re.compile(r"[a-z]+")
_WH_YOUR = re.compile(r"(?:^|(?<=\s))(?:(?:what|which)\s+(?:is|are)|whats|what's|what\s+colou?r\s+(?:is|are))\s+"
                      r"(?:your|ur)\s", re.I)
"""A question about the listener's things, even without its "?" ("what is your fave colour . mine is red")."""
_MINE_AFTER = re.compile(r"\s+(?=mine\s+(?:is|are|would\s+be)\s+\w)", re.I)
_TIME_HINT = _TimeHint()
_NAME_SUBJ = re.compile(r"^(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?P<poss>'s)?\s+(?P<p>.+)$")
_HE_SHE = re.compile(r"^(?:he|she)\s+(?P<p>.+)$", re.I)
_SENTENCE = re.compile(r"[^.!?\n]{1,2000}(?:[.!?]+|$)")
_LABEL = re.compile(r"^\s*(?P<label>[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,2}):\s+")
_ADVERB_WORDS = frozenset("""now also really still currently actually finally just recently definitely usually mostly
    mainly totally absolutely officially always even truly generally normally basically literally seriously
    sometimes often probably honestly personally already happily proudly secretly only kinda""".split())
_ADVERB_PHRASES = re.compile(r"\b(?:kind|sort)\s+of\s+(?!(?:guy|gal|girl|person|woman|man|dude|lady)\b)|\bpretty\s+much\s+|"
                             r"\s*\bright\s+now\b|\bvery\s+much\s+(?=(?:enjoy|like|love|prefer|want|hope)\b)", re.I)
_NOT_MANNER = frozenset("hardly barely scarcely rarely nearly only early supposedly formerly previously".split())
"""Adverbs in "-ly" that change what the verb after them states ("i rarely drink", "i nearly bought a dog")."""
_TAIL_WORDS = frozenset("again now nowadays anyway too lately though tho haha lol lmao instead myself tbh imo ngl".split())
_TAIL_PHRASES = re.compile(r"\s+(?:these\s+days|as\s+well|full\s+time|for\s+real|right\s+now|at\s+the\s+moment|after\s+all|"
                           r"for\s+sure|of\s+course|to\s+be\s+honest|if\s+i\s+am\s+honest|i\s+think|i\s+guess|"
                           r"i\s+suppose|i\s+believe|i\s+would\s+say)$", re.I)
"""Trailing fillers and afterthoughts ("spring is my fave season after all", "… i think")."""


class _AdverbStripper:
    """Drop adverbs that carry no value ("I really love …", "I'm now the CTO") with a word filter, not a regex
    scan: the extractor runs on every turn, and a word set costs the same however many adverbs it knows."""

    @staticmethod
    def sub(_repl: str, text: str) -> str:
        if " of " in text or "pretty much" in text or "right now" in text or "very much" in text:
            text = _ADVERB_PHRASES.sub("", text)
        words = text.split()
        kept: list[str] = []
        for i, w in enumerate(words):
            bare = w.lower().rstrip(",;")
            if bare not in _ADVERB_WORDS or (bare == "only" and i and words[i - 1].lower() in ("an", "the", "my")):
                kept.append(w)
            elif bare != w.lower():
                kept.append(w[len(bare):])  # "i coach rugby actually, at weekends": the comma stays as a boundary
        return " ".join(kept) if len(kept) != len(words) or kept != words else text


class _TailStripper:
    """Drop trailing change cues and fillers ("… green now", "… again", "… as well")."""

    @staticmethod
    def sub(_repl: str, text: str) -> str:
        for _ in range(4):
            t = text.rstrip()
            head, _, last = t.rpartition(" ")
            if head and last.lower() in _TAIL_WORDS:
                text = head
                continue
            m = _TAIL_PHRASES.search(t) if " " in t else None
            if m:
                text = t[: m.start()]
                continue
            return t
        return text


_ADVERBS = _AdverbStripper()
_CUE_TAIL = _TailStripper()
_HEDGE = re.compile(r"^(?:i\s+think|i\s+believe|i\s+guess|i\s+suppose|i\s+feel\s+like|i\s+would\s+say|i\s+heard|"
                    r"i\s+bet|maybe|probably|apparently|perhaps)(?:\s+that)?[\s,]+", re.I)
_MATRIX = re.compile(r"^i\s+(?:know|admit|confess|mean|swear|promise|must\s+(?:admit|say)|have\s+to\s+(?:admit|say)|"
                     r"will\s+admit|can\s+tell\s+you|can\s+assure\s+you)(?:\s+that)?[\s,]+(?=(?:i|my|we|our)\s)", re.I)
"""A matrix clause that vouches for the speaker's own statement ("i must admit i love opera")."""
_SUBJ_I = re.compile(r"^(?P<s>i|we)\s+(?P<p>.+)$", re.I)
_SUBJ_MY = re.compile(r"^(?P<s>my|our)\s+(?P<p>.+)$", re.I)
_SUBJ_FAV = re.compile(r"^(?:all[\s-]time\s+)?(?:favou?rite|fave|fav)\s+[a-z]+(?:\s+[a-z]+)?"
                       r"(?:\s+to\s+[a-z]+(?:\s+[a-z]+){0,4}?)?\s+(?:is|are)\s", re.I)
_AS_AGED = re.compile(r"^(?:as|being)\s+an?\s+(?P<n>\d{1,3})[\s-]*(?:years?|yrs?)[\s-]*old\b", re.I)
_AS_ROLE = re.compile(r"^as\s+an?\s+(?P<r>(?:[a-z-]+\s+){0,2}[a-z-]+)\s*(?:myself)?$", re.I)
_ROLE_HERE = re.compile(r"^(?:just\s+)?(?:(?:another|a|an|your|ur|one)\s+)?(?P<r>(?:[a-z-]+\s+){0,3}[a-z-]+)\s+here$", re.I)
"""A self-introduction by trade ("nurse here", "retired plumber here")."""
_BEING = re.compile(r"^being\s+(?=\w)", re.I)
_WITH_KIN = re.compile(r"^(?:(?:my|our)\s+(?P<kin>(?:[a-z]+\s+)?[a-z]+)\s+and\s+i|"
                       r"me\s+and\s+(?:my|our)\s+(?P<kin2>(?:(?:best|little|big|older|younger|twin|baby|new)\s+)?[a-z]+))"
                       r"\s+(?P<p>.+)$", re.I)
""""my husband and i have two cats", "my girlfriend and i split up": the speaker with a relative, as "we"."""
_SUBJ_OTHER = re.compile(r"^(?:you|u|your|ur|yours|they|their|it|its|this|that|these|those|there|everyone|"
                         r"everybody|someone|people|he|she|his|her)\b", re.I)
_CALL_ME = re.compile(r"^(?:please\s+|just\s+|you\s+can\s+|everyone\s+|people\s+|my\s+friends\s+)?"
                      r"(?:call|calls)\s+me\s+(?P<n>[A-Za-z][\w'-]{0,30})$|"
                      r"^i\s+go\s+by\s+(?P<n2>[A-Za-z][\w'-]{0,30})$", re.I)
_FAV_BACK = re.compile(r"^(?:i\s+think\s+)?(?P<v>[\w' -]{2,60}?)\s+(?:is|are|was|would\s+be|has\s+become|have\s+become|"
                       r"became|has\s+always\s+been|have\s+always\s+been|will\s+always\s+be|remains?)\s+"
                       r"(?:(?:[a-z]{2,}ly|still|so|also|always|by\s+far)\s+)?(?:my|one\s+of\s+my)\s+"
                       r"(?:all[\s-]time\s+|new\s+|other\s+|absolute\s+)?(?:most\s+)?(?:favou?rites?|faves?|favs?|preferred)"
                       r"(?:\s+(?:kind|type|sort|genre|style)\s+of)?(?:\s+(?P<x>(?!to\b)[a-z]+(?:\s+(?!to\b)[a-z]+)?))?(?:\s+(?:of\s+all\s+time|ever|too|by\s+far|"
                       r"(?P<to>to\s+[a-z]+)(?:\s+[a-z]+)?|in\s+the\s+world))?$", re.I)
"""The favourite named first: "pizza is my favourite food", "tea has become my fave drink", "paella is my favourite
dish to cook" (the thing is the value; "it"/"they" name nothing and are left alone)."""
_JOB_BACK = re.compile(r"^(?P<v>[a-z][\w -]{2,40}?)(?:\s+(?:is|has\s+(?:always\s+)?been)|'s)\s+(?:now\s+)?my\s+(?:(?:new|current|"
                       r"day|main|full[\s-]time|only|actual)\s+)?(?:job|trade|profession|career|occupation|"
                       r"line\s+of\s+work|living)(?:\s+now)?$", re.I)
"""The job named first: "nursing is my job", "plumbing is my trade" (a pronoun or a place names no job)."""
_HOBBY_BACK = re.compile(r"^(?P<v>[a-z][\w -]{2,40}?)\s+(?:is|are|has\s+(?:always\s+)?been|remains)\s+(?:(?:my|another|a|"
                         r"one\s+of\s+my)\s+(?:(?:real|true|big|deep|great|main|biggest|new|only|other)\s+)*(?:passions?|"
                         r"hobby|hobbies|pastimes?)(?:\s+of\s+mine)?|my\s+thing)$", re.I)
"""A pastime named first: "pottery is another passion of mine", "dancing is my thing"."""
_HOME_BACK = re.compile(r"^home\s+(?:for\s+me\s+|for\s+us\s+)?(?:is|has\s+been)\s+(?:now\s+)?(?P<v>(?:an?|the|my|our)\s+.+|[A-Z].+)$",
                        re.I)
"""Home named as the subject: "home for me is a caravan", "home is Leeds now"."""
_FOR_A_LIVING = re.compile(r"^(?P<verb>[a-z]+)(?:\s+(?P<obj>.+?))?\s+(?:for\s+(?:a|my)\s+living|professionally)$", re.I)
"""A job said by what one does: "i do carpentry for a living", "i drive a lorry for a living", "i play tennis
professionally"."""
_TO_EARN = re.compile(r"^(?:(?:have|need|got)\s+to\s+)?(?P<verb>[a-z]+)(?:\s+(?P<obj>.+?))?\s+(?:in\s+order\s+)?to\s+(?:help\s+)?"
                      r"(?:pay\s+(?:the|my|our)\s+(?:bills|rent|mortgage)|pay\s+for\s+(?:college|school|uni|university|tuition|"
                      r"my\s+studies)|make\s+ends\s+meet|earn\s+(?:a\s+living|(?:some\s+)?(?:extra\s+)?(?:money|cash))|"
                      r"make\s+(?:a\s+living|(?:some\s+)?(?:extra\s+)?(?:money|cash)))\b", re.I)
"""A job said by what it pays for: "i walk dogs to pay the bills", "i have to clean houses to make ends meet"."""
_BEING_AGE = re.compile(r"^being\s+(?:only\s+|just\s+)?(?P<n>\d{1,3})(?:\s*(?:years?|yrs?)(?:\s+old)?)?"
                        r"(?:\s+(?:is|was|sucks|stinks|rocks|means|feels|and)\b|\s*$)", re.I)
"""The speaker's age as a participle subject: "being 17 is hard" (a number with a unit is not an age)."""
_FAV_APPOS = re.compile(r"^(?P<v>)(?:(?:it\s+is|it's|its|that's|thats|they\s+are|they're)\s+)?(?:definitely\s+|totally\s+)?"
                        r"(?:my|one\s+of\s+my)\s+(?:all[\s-]time\s+)?(?:favou?rites?|faves?|favs?)(?:\s+(?P<x>[a-z]+))?"
                        r"(?P<to>)$", re.I)
"""A favourite said after the thing, as an apposition: "i really like tea, my favourite drink" (the value is
what the turn just liked)."""
_FAV_TAIL = re.compile(r"^(?P<pre>.*?\w)[\s,!.-]+(?:(?:it\s+is|it's|its|that\s+is|that's|thats)\s+)?(?:definitely\s+|totally\s+)?"
                       r"(?:my|one\s+of\s+my)\s+(?:all[\s-]time\s+)?(?:favou?rites?|faves?|favs?)(?:\s+(?P<x>[a-z]+))?$", re.I)
"""The apposition at the end of the clause that names the thing: "just had ramen my fave"."""
_ONE_OF_MY = re.compile(r"^one\s+of\s+my\s+(?P<x>[a-z]+(?:\s+[a-z]+){0,2}?)\s+(?P<v>(?:is|was|has\s+(?:always\s+)?been)\s+.+)$",
                        re.I)
_WHY_I = re.compile(r"^(?:(?:that\s+is|that's|thats|which\s+is|this\s+is|it\s+is|and|so|probably|maybe|perhaps|"
                    r"partly|exactly)\s+)*why\s+(?=(?:i|we)\s)", re.I)
"""A reason clause that frames the speaker's own statement ("which is why i have three cats")."""
_FOR_ME = re.compile(r"^(?:the\s+)?(?P<n>[a-z]+(?:\s+[a-z]+)?)\s+for\s+me\s+(?P<v>(?:is|are|has\s+(?:always\s+)?been|"
                     r"would\s+be)\s+.+)$", re.I)
"""A thing of the speaker's said as "<thing> for me is …" ("job for me is accounting", "breakfast for me is coffee")."""
_AFFECTS_ME = re.compile(
    r"^(?P<x>(?:the\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)\s+(?:really\s+|always\s+|just\s+|totally\s+|kind\s+of\s+)?"
    r"(?:(?:scare|scares|terrify|terrifies|horrify|horrifies|frighten|frightens|disgust|disgusts|annoy|annoys|bore|"
    r"bores|bother|bothers|upset|upsets|depress|depresses|stress|stresses)\s+me|(?:creep|creeps|freak|freaks|gross|"
    r"grosses|stress|stresses)\s+me\s+out|(?:make|makes|get|gets)\s+me\s+(?:so\s+|really\s+|very\s+)?(?:sad|depressed|"
    r"angry|mad|sick|nervous|anxious|scared|uncomfortable|down|cranky|queasy)|(?P<good>(?:make|makes|keep|keeps)\s+me\s+"
    r"(?:so\s+|really\s+|very\s+)?(?:happy|smile|calm|relaxed|sane|going)|(?:relax|relaxes|calm|calms)\s+me(?:\s+down)?))"
    r"(?:\s+(?:so\s+much|a\s+lot|to\s+death|every\s+time|too))?$", re.I)
"""A thing said by how it affects the speaker ("clowns terrify me", "gardening keeps me sane")."""
_BEST = re.compile(r"^(?:the\s+)?(?:very\s+)?best\s+(?P<x>[a-z]+(?:\s+(?!ever\b|of\b|in\b)[a-z]+)?)(?:\s+(?:ever|of\s+all\s+time|in\s+the\s+world))?"
                   r"\s+(?:is|are|has\s+to\s+be|would\s+be|will\s+always\s+be)\s+(?P<v>.+)$", re.I)
"""A superlative said as an opinion: "the best colour is teal", "i think the best film is casablanca"."""
_LY_LEAD = re.compile(r"^(?:[a-z]{3,}ly\s+)+(?=[a-z]+ing\b)", re.I)
"""Manner adverbs before a participle ("presently residing in …")."""
_BEEN_ING = re.compile(r"^(?:have\s+|just\s+|really\s+|also\s+)*been\s+(?=[a-z]{2,}ing\s+\w)", re.I)
_TAIL_PREP = frozenset("to of on at with in for from about".split())
_PARTICIPLES = frozenset("been gone done seen eaten taken given made got gotten had known found written bought".split())
_AUXILIARY = frozenset("do does did have has had just really also still".split())
_PARTICLE_NEXT = frozenset("out up around with to on at in my our some the a an".split())
_COPULA = frozenset("is are was were am be been".split())
_FUNCTION_END = frozenset("""as to of on at with in for from about like is are was were and or the a an my our your
    his her their its this that be being by into onto over under near than via without within through across against
    among around behind beside between beyond except inside outside toward towards upon""".split())
_NOT_THING = frozenset("right well so too now here there yes no ok okay sure true it that this one".split())
_PAST_EVENT = frozenset("""ate had got saw made bought found took heard read went watched tried cooked baked played
    drank ordered made""".split())
_GERUND_LEAD = re.compile(r"^(?P<g>[a-z]{2,}ing)\b(?!\s*'\s*(?:s|re|d|ll)\b)", re.I)
"""A participle at the head of a clause (not "painting's great": there it is the subject of "is")."""
_FINITE_LATER = frozenset("""is are was were am be been sounds sound seems seem looks feels makes keeps helps gets takes
    can will would could should must might does did has have had sucks rocks pays costs means gives requires needs
    tends became becomes made kept helped gave took got let lets brings brought felt meant turned changed
    you your u ur yours me us""".split())
"""Words that make a gerund the subject of a later verb ("hiking sounds fun", "singing lets me unwind") or point at
the listener."""
_NOT_GERUND_LEAD = _NOT_GERUND | frozenset("""according during including regarding nothing something anything hoping
    wishing trying getting going looking thinking doing having feeling waiting talking saying wondering guessing
    kidding joking""".split())
"""Participles that state no fact when they lead a clause ("hoping for the best", "doing well")."""
_STATE_VERBS = frozenset("living residing working studying teaching volunteering staying".split())
"""Participles that describe the speaker's life whoever asked ("presently residing in norway")."""
_AFTER_NOUN = frozenset("to of on at with in for from about and or but every all today tonight now".split())
_OWN_WORD = re.compile(r"\b(?:i|i'm|im|i've|ive|me|my|mine|myself|we|our|us)\b", re.I)
_PERSONAL_OTHER = frozenset("you your u ur yours he she his her they their".split())
_HERE_IN = re.compile(r"\b(?:right\s+|out\s+|over\s+|down\s+|up\s+)?here\s+in\s+(?:the\s+state\s+of\s+)?"
                      r"(?P<p>[A-Za-z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")
_LIKED_KEYS = frozenset("likes hobbies sports instruments drinks food_preference".split())
_TRADE_VERBS = frozenset(ACTIVITIES) | _SKILL_VERBS | {"play", "do", "act", "model", "teach", "coach", "photograph"}
"""Verbs whose "professionally" makes a trade ("i sing professionally"; not "i dress professionally")."""
_CATENATIVE = frozenset("""never always would could should will can must may might love like want need hope try plan
    wish dream prefer hate used""".split())
"""Words before a "to" that is no purpose ("i love to make money", "i never had to pay for college")."""
_NOT_EARNING = frozenset("""borrow borrows save saves sell sells use uses take takes spend spends ask asks beg find finds
    look search apply keep hold""".split())
"""Verbs whose "to pay the bills" names a means, not a job ("i borrow from my parents to pay the rent")."""
_NO_LIVING_VERB = frozenset("work am be have need want get go teach coach manage".split())
"""Verbs that name no job with "for a living" ("i work for a living"), or whose own reading already gives the
job ("i teach piano for a living" → piano teacher)."""
_PRONOUN_VALUE = frozenset("it they them those these he she that this him her".split())
_VERB_WORDS = "|".join(sorted(set(VERBS) | {"went", "saw", "visited", "lived", "worked", "played"}, key=len,
                              reverse=True))
_VERB_PRE = re.compile(r"^(?:(?:now|also|then|just|still|really|actually|currently|recently|no\s+longer|"
                       r"never|used\s+to|do\s+not|am|have)\s+){0,4}", re.I)


def _doing(text: str, own: bool) -> bool:
    """Is the clause a participle phrase without a subject ("walking my dog", "listening to some jazz")?"""
    m = _GERUND_LEAD.match(text)
    if not m or m.group("g").lower() in _NOT_GERUND_LEAD and not (
            m.group("g").lower() in ("going", "hoping", "planning") and _match(r"^\w+\s+to\s+(?!the\b|a\b)\w", text)
            or m.group("g").lower() in ("looking", "searching", "hunting") and _JOB_HUNT.match(text)):
        return False  # ("hoping for the best" says nothing; "hoping to retire soon" is a goal, "looking for work" too)
    words = text.split(",", 1)[0].lower().split()
    if len(words) < 2 or not _FINITE_LATER.isdisjoint(text.lower().split()[1:]):
        return False  # a bare "traveling" answers a question we cannot see
    if not own and m.group("g").lower() not in _STATE_VERBS:
        return False  # a line that never says "i/my" may answer for someone else ("watching the race")
    # "baking channel shows easy bread": a later verb in the third person makes the gerund a noun's modifier
    return not any(w.endswith("s") and (w[:-1] in VERBS or w.endswith("es") and w[:-2] in VERBS)
                   and words[i + 1] not in _AFTER_NOUN for i, w in enumerate(words[1:-1], 1))


def _participle(text: str) -> bool:
    """Does an edited clause start with a participle rather than a name ("Hanging around with my rabbits")?"""
    words = text.lower().split(None, 2)
    return len(words) > 1 and words[0].endswith("ing") and (words[0] in VERBS or _lemma(words[0]) != words[0] or
                                                             words[1] in _PARTICLE_NEXT)


def _trade(np: str) -> bool:
    """Is a one-word "-ing" noun a trade ("accounting", "nursing", "plumbing"), not a judgement ("boring")? It is when
    its agent noun is an occupation (accountant, nurse, plumber)."""
    w = np.lower()
    if " " in w or not w.endswith("ing") or len(w) < 6:
        return False
    stem = w[:-3]
    stems = {stem, stem[:-1]} if len(stem) > 3 and stem[-1] == stem[-2] else {stem}
    return any(s + end in ROLE_WORDS for s in stems for end in ("", "e", "er", "ant", "ist", "or", "ian"))


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
        if lw not in ("just", "really", "also", "still") and (lw in _PAST_EVENT or lw in VERBS or _lemma(lw) in VERBS or (
                len(lw) > 4 and lw.endswith(("ing", "ed")))):
            cut = i + 1  # the object follows the clause's verb ("made pasta with roasted veg": pasta, not veg)
            break
    while cut < len(words) and words[cut].lower() in _TAIL_PREP | {"out", "up"}:
        cut += 1
    if not cut or cut >= len(words):
        return ""  # no verb: "a few times. one of my favourites" names nothing
    value = noun_phrase(_PREP_CUT.sub("", " ".join(words[cut:])))
    return "" if value.lower() in _NOT_THING else value


def _verb_led(text: str) -> bool:
    """Does the clause start with a verb the tables know ("now work at Hooli")? A word lookup, not a regex."""
    rest = text[_VERB_PRE.match(text).end():]  # type: ignore[union-attr]
    first = rest.split(None, 1)[0].lower() if rest.strip() else ""
    if first in ("like", "so", "do", "does", "did", "am", "is", "was"):
        return False  # "…, like my father did": "like" here is a preposition, not the speaker's verb
    if bool(first) and (first in VERBS or _lemma(first) in VERBS or first in _EXTRA_VERBS):
        return True
    return text.split(None, 1)[0].lower() in ("have", "has", "am")  # "… and have 2 kids": "have" is the verb


_CHANGE_LEAD = re.compile(r"^(?:just\s+|recently\s+|finally\s+)?(?:moved|relocated|started|began|quit|left|joined|became|"
                          r"switched|retired|bought|adopted|graduated|turned|broke\s+up|split\s+up|got\s+(?:married|divorced|engaged|"
                          r"promoted)|(?:got|took|accepted|landed)\s+(?:a|an|my)\s+(?:new\s+|first\s+)?(?:job|position)|(?:love|hate|enjoy|adore)(?!\s+(?:your|ur|each|every|yourself|it|the\s+rest|"
                          r"the\s+show|the\s+ride|life)\b))\b", re.I)
_EXTRA_VERBS = frozenset({"went", "saw", "visited", "lived", "worked", "played"})
_PERFECT = re.compile(r"^(?:have|has)\s+(?:been\s+)?(?P<v>(?!been\b)[a-z]+(?:ed|ing|own|ught|ne)\b.*)$", re.I)
_HAVE_BEEN = re.compile(r"^(?:have|has)\s+(?:always\s+|long\s+)?been\s+(?P<c>(?:an?|the)\s+\w.*|(?:married|engaged|divorced|separated|widowed|retired)\b.*|(?!\w+(?:ing|ed)\b)(?!\d)"
                        r"(?!to\b|there\b|here\b|so\b|very\b|really\b|busy\b|good\b|great\b|fine\b|well\b)\w.*)$", re.I)
""""have been" + a noun or adjective is "am" (a state that still holds); "have been working" is _PERFECT's."""
_NEGATIONS: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"^(?P<aux>am|is|are)\s+no\s+longer\s+(?P<p>.+)$", re.I), True),
    (re.compile(r"^no\s+longer\s+(?P<p>.+)$", re.I), False),
    (re.compile(r"^(?P<aux>do|does|did|am|is|are|can|will)\s+not\s+(?P<p>.+?)\s+(?:any\s?more|any\s+longer)\b.*$",
                re.I), False),
    (re.compile(r"^used\s+to\s+(?P<p>.+)$", re.I), False),
    (re.compile(r"^never\s+(?P<p>(?!been\b).+)$", re.I), False),
]
_NEVER_LEFT = re.compile(r"^(?:have\s+|has\s+)?never\s+(?:left|been\s+(?:out\s+of|outside(?:\s+of)?)|lived\s+(?:anywhere\s+)?"
                         r"(?:outside(?:\s+of)?|but))\s+(?P<v>(?!(?:the|my|our|his|her|home|town|here|there|it|this|that|these|those|a|an)\b).+)$", re.I)
"""A place never left is where the speaker lives ("ive never lived outside of wales")."""
_EMPHATIC_DO = re.compile(r"^(?P<aux>do|does|did)\s+(?P<v>[a-z]+)\b", re.I)
_MY_CHILDREN = frozenset("son sons daughter daughters kids children grandchildren grandkids stepchildren stepkids".split())
"""Children said in passing ("i miss my kids", "took my children"): the speaker has them (not "my boys": friends)."""
_NOT_MY_MODIFIER = KIN | frozenset("""hot sea star cat friend neighbor neighbour boss roommate family favorite favourite
    fave fav ex old late imaginary future dream first next last own only other stuffed toy""".split())
"""Words before a pet or a device that make it someone else's or no real one ("my sisters cat", "my dream car")."""
_MY_THING = re.compile(r"(?<!\bas )\bmy\s+(?:(?:two|three|four|\d+|little|old|new|sweet|pet|baby|big|cute|older|younger|"
                       r"oldest|youngest|best)\s+){0,2}(?:(?!(?:" + "|".join(sorted(_NOT_MY_MODIFIER, key=len, reverse=True)) +
                       r")s?\b)[a-z]+\s+)?(?P<w>" +
                       "|".join(sorted(PETS | DEVICES | INSTRUMENTS | _MY_CHILDREN, key=len, reverse=True)) +
                       r")\b(?!\s+(?:food|sweater|bed|toy|walker|hair|'s|s\b|is\s+\w+ing|are\s+\w+ing))", re.I)
"""A possessive determiner says the speaker has the thing: "walking with my two spaniels", "i will bring my son",
"i miss my kids"."""
_PARTNERS = frozenset("wife husband spouse partner boyfriend girlfriend fiance fiancee".split())
_PARTNER_LEFT = re.compile(r"^(?:just\s+|finally\s+|recently\s+)?(?:(?:left|dumped|divorced|ditched|walked\s+out\s+on|"
                           r"broke\s+up\s+with|broke\s+(?:it\s+)?off\s+with|split\s+(?:up\s+)?with|cheated\s+on)\s+(?:me|us)|kicked\s+me\s+out|"
                           r"called\s+(?:it|the\s+(?:engagement|wedding))\s+off|"
                           r"moved\s+out|(?:has\s+)?filed\s+for\s+(?:a\s+)?divorce|(?P<gone>died|passed(?:\s+away|\s+on)?))\b",
                           re.I)
"""What a partner did that ends the relationship ("my wife left me"; died: widowed)."""
_MONEY = re.compile(r"(?:[$€£]\s?\d[\d,.]*\s?[kKmM]?|\b\d[\d,.]*\s?(?:dollars|euros|pounds|quid|bucks|grand|usd|eur|gbp|k)\b)",
                    re.I)
_WHERE_I_LIVE = re.compile(r"\b(?P<p>(?:[A-Za-z]+\s+)?[A-Za-z]+)\s*,?\s+(?:is\s+)?where\s+(?:i|we)\s+(?:now\s+|currently\s+)?"
                           r"(?P<v>live|grew\s+up|was\s+born)\b", re.I)
"""A place with a relative clause about the speaker ("it is so green in oregon where i live")."""
_COMPASS = frozenset("new north south east west rhode".split())
_MY_AGED_BODY = re.compile(r"\bmy\s+(?P<n>\d{1,3})[\s-]*(?:years?|yrs?)[\s-]*old\s+(?:body|self|bones|knees|back|joints|"
                           r"brain|mind|legs|hands|feet|hips|heart|eyes)\b", re.I)
"""The speaker's own body given an age ("my 70 year old knees")."""
_MY_BIRTHDAY = re.compile(r"\b(?:is|was)\s+my\s+(?P<n>\d{1,3})(?:st|nd|rd|th)\s+birthday\b(?!\s+party)", re.I)
""""(last friday) was my 33rd birthday": the age reached (a party "next week" is not)."""
_MY_JOB = re.compile(r"\bmy\s+(?:(?:new|current|day|second|first|other|full[\s-]time|part[\s-]time|summer)\s+)?"
                     r"(?:job|work)\s+(?P<p>at|with|as)\s+(?P<v>[^,;]{2,60})", re.I)
_GONE = re.compile(r"\b(?:died|passed(?:\s+away|\s+on)?|ran\s+away|was\s+put\s+down|is\s+gone|got\s+lost)\b", re.I)
_RELATIVE_WORDS = frozenset("who whom whose which that where when".split())
_MY_PARTNER = re.compile(r"\bmy\s+(?:(?:lovely|beautiful|wonderful|amazing|new|current)\s+)?(?P<p>wife|husband|spouse|"
                         r"boyfriend|girlfriend)\b(?!\s*'s\s+(?:ex|old))(?!\s+(?:just\s+|finally\s+)?(?:left|dumped|divorced|ditched|walked\s+out|"
                         r"cheated|died|passed|kicked\s+me))", re.I)
""""… with my wife", "my husband is away": whoever says "my wife" is married (an "ex-wife" does not match)."""
_MENTION_KEY = [(PETS, "pets"), (KIN, "family"), (VEHICLES, "vehicle"), (DEVICES, "devices"),
                (INSTRUMENTS, "instruments")]
_CANT_STAND = re.compile(r"^can\s+not\s+stand\b", re.I)
_PLAIN_NEG = re.compile(r"^(?P<aux>do|does|did|am|is|are|was|will|would|could|should|can|have|has)\s+not\s+"
                        r"(?P<p>.+)$", re.I)
_EVENT = re.compile(r"^(?P<verb>saw|went|visited|met|attended|bought|watched|ate|read|ran|finished|started|took|"
                    r"got|did|made|tried|played|heard|won|lost|celebrated|traveled|travelled|hiked|painted|wrote|"
                    r"baked|cooked|signed\s+up|volunteered|graduated|adopted|joined|had)\b(?P<rest>.*)$", re.I)
_GENERIC = re.compile(r"^(?P<subj>(?:(?:the|a|an)\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,5}?)\s+(?P<verb>is|are|was|"
                      r"were|weighs?|has|have|costs?|takes?|lasts?|contains?|lives?|needs?|requires?|can|must|"
                      r"should|will)\s+(?P<rest>.+)$", re.I)
_FACT_VERB = re.compile(r"\b(?:am|is|are|was|have|has|had|work|live|like|love|prefer|eat|own|speak|went|got|"
                        r"moved|started|became|feel)\b", re.I)
_ARTICLE = re.compile(r"^(?:a|an|the|some|my|our)\s+", re.I)
_SUBJECT_STOP = frozenset("""The This That These Those It He She They We You There Here Always Never Please Stop
    From Our Your His Her Their What When Where Why How Who Which Yes No Oh Hey Hi Hello Thanks Thank And But
    So Well Also Then If Because Maybe Probably Wow Okay Ok Sure Great Today Yesterday Tomorrow Last Next Do
    Does Did Is Are Was Were Can Could Would Should Will Let Just Not Don't Every Each Some Any Most Actually
    Honestly Lol Haha Nice Cool Awesome Sorry Me Im My Mine Being Having Now Currently Recently Sometimes""".split())
_GENERAL_SUBJECT_STOP = frozenset("""i we you me my your our us he she they them his her their it its there here
    what how who why when where which if someday maybe hopefully god sup oh well so but and or yes no not all
    this that these those mine yours""".split())
_PERSONAL = re.compile(r"\b(?:i|me|my|mine|you|your|yours|we|us|our)\b", re.I)
_PRONOUNS = frozenset("it this that these those he she they we you there here one someone everyone people".split())
_CHAT_COMPLEMENT = re.compile(
    r"^(?:is|are|was|were)\s+(?:so|very|really|too|pretty|super|quite|such|kind\s+of|sort\s+of|a\s+bit|always|"
    r"never|not|just|all|also|the\s+best|the\s+worst|great|good|nice|cool|fun|awesome|amazing|bad|terrible|"
    r"hard|tough|easy|important|interesting|beautiful|lovely|wonderful|fine|okay|ok|true|crazy|funny|scary|"
    r"sad|boring|expensive|cheap|my|your|what|how|where|a\s+lot|going|getting|doing|like|about|better|worse|"
    r"fantastic|perfect|delicious|yummy|great|tasty|neat|weird|gross|hot|cold|warm|nuts|tiring)\b", re.I)


@dataclass
class _Clause:
    ctx: ExtractionContext
    subject: str
    predicate: str
    span: tuple[int, int]
    negated: bool = False
    confidence: float = 0.9
    when: Optional[datetime] = None
    out: Extraction = field(default_factory=Extraction)
    matched: bool = False
    plural: bool = False
    hobby: bool = False
    greeted: bool = False

    def attr(self, key: str, value: str, category: str = "identity", *, entity: Optional[str] = None,
             negated: Optional[bool] = None, confidence: Optional[float] = None) -> None:
        value = _clean(value)
        if not value or len(value) > 120:
            return
        self.matched = True
        if any(a.key == key and a.value == value and a.span == self.span and a.entity == (entity or self.subject)
               for a in self.out.attributes[-3:]):
            return  # ("i love playing folk music": the pastime, then what playing it says, not the pastime twice)
        self.out.attributes.append(ExtractedAttribute(
            entity=entity or self.subject, key=key, value=value, category=category,  # type: ignore[arg-type]
            confidence=confidence if confidence is not None else self.confidence, span=self.span,
            valid_from=self.when, negated=self.negated if negated is None else negated))

    def rel(self, label: str, obj: str, category: str = "identity") -> None:
        if "/" in obj:
            typ, name = obj.split("/", 1)
            name = name.strip(" .,")
            if not name:
                return
            obj = entity_ref(typ, name)
        self.matched = True
        self.out.relations.append(ExtractedRelation(
            subject=self.subject, label=label, object=obj, category=category,  # type: ignore[arg-type]
            confidence=self.confidence, span=self.span, valid_from=self.when, negated=self.negated))


def _clean(value: str) -> str:
    value = value.strip(" \t\"'.,;:!?()")
    value = _ARTICLE.sub("", value)
    value = _sub(r"\s+(?:food|foods|cuisine|dishes|meals)$", "", value, flags=re.I) if value.lower() not in (
        "food",) else value
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


Handler = Callable[[_Clause, "re.Match[str]"], None]


def _h_food_pref(c: _Clause, m: re.Match[str]) -> None:
    c.attr("food_preference", m.group("v").lower())


_OLD_PREDICATES: list[tuple[re.Pattern[str], Handler]] = [(re.compile(p, re.I), h) for p, h in [
    (r"^(?:prefer|prefers|like|likes|love|loves|enjoy|enjoys)\s+(?P<v>" + "|".join(sorted(DIETS)) +
     r"|(?!to\b|a\b|the\b|my\b)[\w-]+(?=\s+(?:food|foods|diet)$))\s+(?:food|foods|cuisine|dishes|meals|diet)$", _h_food_pref),
]]
_STATE_COMPLEMENT = re.compile(
    r"^(?:so|very|really|too|pretty|super|quite|such|kind of|sort of|a bit|a little|always|never|not|still|just|"
    r"all|also|going|getting|being|doing|growing|excited|happy|sad|great|good|amazing|awesome|busy|tired|"
    r"doing|like|about|fine|well|nice|cool|fun|hard|the\s+best|better|worse|over|gone|here|there|in|on|at|with|"
    r"for|from|my|your|a\s+lot|what|how|coming|starting|visiting|making|having|taking|always|back)\b", re.I)
"""Complements that describe a state ("so excited", "doing great") rather than name a value."""
_POSSESSIVE = re.compile(r"^(?P<thing>[\w\s-]{2,40}?)\s+(?:is|are|=|would\s+be|has\s+to\s+be|was|happens\s+to\s+be|"
                         r"has\s+always\s+been|has\s+become|will\s+always\s+be)\s+(?P<v>.+)$", re.I)
_OWN_NOUN_NAMED = re.compile(r"^(?P<rel>" + "|".join(sorted(RELATION_WORDS, key=len, reverse=True)) +
                             r")(?:\s+is|\s+is\s+called|,)?\s+(?P<name>[A-Z][a-z]+)\b")
_OWN_PET_NAMED = re.compile(r"^(?P<pet>" + "|".join(sorted(PETS, key=len, reverse=True)) + r")\b", re.I)
_OWN_KIN = re.compile(r"^(?:(?:older|younger|big|little|baby|twin|step|best|oldest|youngest|eldest|new|"
                      r"\w+\s+year\s+old)\s+)?(?P<kin>" + "|".join(sorted(KIN, key=len, reverse=True)) + r")\b", re.I)
_FAVORITE = re.compile(r"^(?:all[\s-]time\s+|most\s+)?(?:favou?rite|fave|fav|preferred)(?:\s+(?P<x>[a-z]+(?:\s+[a-z]+){0,2}"
                       r"(?:\s+to\s+[a-z]+(?:\s+[a-z]+){0,4})?))?$",
                       re.I)
_POSSESSIVE_KEYS = {
    "name": "name", "birthday": "birthday", "diet": "food_preference", "hobby": "hobbies", "hobbies": "hobbies",
    "email": "contact", "email address": "contact", "phone": "contact", "phone number": "contact",
    "time zone": "timezone", "timezone": "timezone", "job": "role", "job title": "role", "title": "role",
    "role": "role", "goal": "goals", "home": "home", "hometown": "hometown", "age": "age",
    "employer": "employer", "company": "employer", "profession": "role", "occupation": "role", "career": "role",
    "major": "education", "degree": "education", "car": "vehicle", "ride": "vehicle", "dream": "goals",
    "dream job": "goals", "native language": "languages", "first language": "languages",
    "mother tongue": "languages", "religion": "religion", "gender": "gender", "pronouns": "pronouns",
    "budget": "budget", "height": "appearance", "eyes": "appearance", "hair": "appearance",
    "eye color": "appearance", "hair color": "appearance", "pet": "pets", "pets": "pets", "drink": "drinks", "work": "role", "trade": "role", "line of work": "role",
}


class RuleExtractor:
    """Deterministic pattern extractor over an :class:`Ontology` (default: the built-in one)."""

    name = "rules"

    def __init__(self, ontology: Optional[Ontology] = None) -> None:
        self.ontology = ontology if ontology is not None else default_ontology()
        self._phrase_keys: dict[str, str] = {}
        for spec in self.ontology:
            self._phrase_keys[spec.key.replace("_", " ")] = spec.key
            for phrase in spec.phrasings:
                if re.fullmatch(r"[a-z][a-z ]{1,40}", phrase) and len(phrase.split()) <= 3:
                    self._phrase_keys.setdefault(phrase, spec.key)
        self._user_phrases = [(p, k) for p, k in self._phrase_keys.items() if k not in _BUILTIN_KEYS]

    def extract_many(self, ctxs: list[ExtractionContext]) -> list[Extraction]:
        return [self.extract(c) for c in ctxs]

    def extract(self, ctx: ExtractionContext) -> Extraction:
        out = Extraction(extractor=self.name)
        text = ctx.text
        pos = 0
        for line in text.splitlines(keepends=True):
            line_start, pos = pos, pos + len(line)
            speaker = ctx.speaker
            start = 0
            label = _LABEL.match(line)
            if label and label.group("label") not in _SUBJECT_STOP:
                # a transcript line "Dana: …": the first person is Dana, whoever is remembering it
                speaker = entity_ref("Person", label.group("label"))
                start = label.end()
            last_person: Optional[str] = None
            question: Optional[Asked] = None
            prior_sentence = ""
            own = bool(_OWN_WORD.search(line))  # the line speaks of the speaker somewhere
            for m in _SENTENCE.finditer(line, start):
                sentence = m.group(0)
                if not sentence.strip():
                    continue
                lead = len(sentence) - len(sentence.lstrip())
                span = (line_start + m.start() + lead, line_start + m.end())
                text = sentence.strip()
                if question is not None:
                    text = answered(question, strip_lead(expand(text))[0]) or text  # "…? mine is orange"
                wh = _WH_YOUR.search(text) if question is None and " mine " in text else None
                run_on = _MINE_AFTER.search(text, wh.end()) if wh else None
                if wh and run_on:  # "whats your fave drink mine is iced tea": the question and its answer, unpunctuated
                    asked_here = asked(expand(text[wh.start():run_on.start()]))
                    reply = answered(asked_here, text[run_on.end():]) if asked_here else None
                    text = f"{text[:wh.start()].rstrip(' ,')}, {reply}".lstrip(" ,") if reply else text
                question = asked(expand(text)) if text.endswith("?") or _WH_YOUR.match(text) else None
                last_person = self._sentence(ctx, speaker, text, span, out, last_person, prior_sentence, own)
                prior_sentence = "" if text.endswith("?") else expand(text.rstrip(".!").strip())
        return out

    # -- one sentence -----------------------------------------------------------------------------------
    def _sentence(self, ctx: ExtractionContext, speaker: str, sentence: str, span: tuple[int, int],
                  out: Extraction, last_person: Optional[str], prior_sentence: str = "", own: bool = True
                  ) -> Optional[str]:
        if len(sentence) > _MAX_SENTENCE:
            sentence = sentence[:_MAX_SENTENCE]  # bounded work per sentence, whatever the input
        body = expand(sentence.rstrip(".!?").strip())
        if not body:
            return last_person
        if ctx.role in ("user", "system") and not sentence.endswith("?"):
            ins = match_instruction(body, span)
            if ins is None:
                lead_free, _, _ = strip_lead(body)
                if lead_free and lead_free != body and not _match(r"^(?:more|longer)\b", lead_free, re.I):
                    ins = match_instruction(lead_free, span)
            if ins is not None:
                out.instructions.append(ins)
                return last_person
        confidence = 0.9
        when = None
        mention = resolve(body, ctx.observed_at) if _TIME_HINT.search(body) else None
        if mention is not None:
            if mention.when is None:
                out.uncertainties.append(ExtractedUncertainty(
                    what=f"when: {mention.phrase!r}", span=span,
                    why=f"could not resolve the date {mention.phrase!r} ({mention.problem})"))
            else:
                when = mention.when
            body = (body[: mention.span[0]] + " " + body[mention.span[1]:]).strip(" ,")
            body = " ".join(body.split())
        low_body = body.lower()
        name = None
        if "call" in low_body or "go by" in low_body:
            name = _CALL_ME.match(body) or _CALL_ME.match(strip_lead(body)[0])
        if name and ctx.role != "assistant":
            value = name.group("n") or name.group("n2")
            out.attributes.append(ExtractedAttribute(
                entity=speaker, key="name", value=value[:1].upper() + value[1:], category="identity",
                confidence=0.9, span=span, valid_from=when))
            return last_person
        hedge = _HEDGE.match(body)
        if hedge:
            body, confidence = body[hedge.end():], 0.6
        else:
            matrix = _MATRIX.match(body) if body[:2].lower() == "i " else None
            if matrix:
                body = body[matrix.end():]  # "i know i have 3 horses": the complement is what is said
        pieces = split_clauses(body, asks=sentence.endswith("?"))
        prev: Optional[tuple[str, bool]] = None
        any_subject = False
        for i, piece in enumerate(pieces):
            if piece.question:
                prev = None
                continue
            piece.before_own = i + 1 < len(pieces) and bool(_SUBJ_I.match(pieces[i + 1].text))
            prior = pieces[i - 1].text if i else prior_sentence
            subject_info = self._clause(ctx, speaker, piece, span, confidence, when, out, last_person, prev, prior,
                                        own, lead=i == 0)  # a participle leads only a sentence, not a comma's tail
            if subject_info is not None:
                any_subject = True
                prev = subject_info
                if subject_info[0].startswith("Person/") and subject_info[0] != speaker:
                    last_person = subject_info[0]
            else:
                prev = None
        self._mentions(pieces, speaker, span, when, out, things=True)
        if not any_subject and len(pieces) == 1 and not pieces[0].question and not sentence.endswith("?"):
            text = pieces[0].text
            if sentence[:1].isupper():
                text = text[:1].upper() + text[1:]  # edited text ("I think the policy is …") stays edited
            self._general(ctx, text, span, confidence * 0.8, when, out)
        return last_person

    @staticmethod
    def _mentions(pieces: list[Piece], speaker: str, span: tuple[int, int], when: Optional[datetime],
                  out: Extraction, things: bool = True) -> None:
        """What "my …" says in passing: "walking with my two spaniels" (pets), "my job at the garden centre is tiring"
        (employer), "once I start my new job as a lighting technician" (role)."""
        def add(key: str, value: str, confidence: float = 0.75) -> None:
            if value and not any(a.key == key and a.entity == speaker and (a.value.lower() == value.lower() or key == "family")
                                 for a in out.attributes):
                out.attributes.append(ExtractedAttribute(
                    entity=speaker, key=key, value=value, category="identity", confidence=confidence, span=span,
                    valid_from=when))

        for k, piece in enumerate(pieces):
            if piece.question:
                continue
            for pm in _MY_THING.finditer(piece.text) if things else ():
                word = pm.group("w").lower()
                key = next(k for words, k in _MENTION_KEY if word in words)
                if key == "vehicle":
                    continue  # single-valued: a mention ("my truck broke") must not replace the vehicle
                add(key, _singular(word) if key in ("pets", "instruments") else word)
            partner = _MY_PARTNER.search(piece.text) if things else None
            if partner:
                word = partner.group("p").lower()
                add("family", word)
                if not any(a.key == "relationship_status" and a.span == span for a in out.attributes):
                    add("relationship_status", "married" if word in ("wife", "husband", "spouse") else
                        "in a relationship", 0.7)  # unless the sentence said otherwise ("… and i got engaged")
            here = _HERE_IN.search(piece.text) if "here" in piece.text.lower() else None
            if here and (here.group("p").lower() in PLACES or here.group("p")[:1].isupper()):
                # "it's raining here in Leeds": where the speaker is, weak evidence of home (below the
                # calibration floor, so it never overrides a home said plainly; it can start one)
                add("home", _lower_unless_proper(here.group("p")), 0.45)
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
            birthday = _MY_BIRTHDAY.search(piece.text) if "birthday" in piece.text else None
            if birthday and 0 < int(birthday.group("n")) < 120:
                add("age", birthday.group("n"), 0.7)  # "last friday was my 33rd birthday"
            low = piece.text.lower()
            money = _MONEY.search(piece.text) if things and ("budget" in low or "spend" in low or "afford" in low) \
                else None
            if money and not any(a.key == "budget" and a.span == span for a in out.attributes):
                add("budget", money.group(0).strip(), 0.7)  # "i can spend up to $500", "tight budget, max $50"
            job = _MY_JOB.search(piece.text) if "job" in piece.text else None
            if job and job.group("p").lower() == "as":
                role = noun_phrase(job.group("v"))
                if role and _role_head(role):
                    add("role", role.lower(), 0.7)
            elif job:
                org = noun_phrase(job.group("v"))
                if org and org.lower() not in ("home", "work", "night", "the moment"):
                    add("employer", _lower_unless_proper(org), 0.7)

    def _clause(self, ctx: ExtractionContext, speaker: str, piece: Piece, span: tuple[int, int],
                confidence: float, when: Optional[datetime], out: Extraction, last_person: Optional[str],
                prev: Optional[tuple[str, bool]], prior: str = "", own: bool = True, lead: bool = True
                ) -> Optional[tuple[str, bool]]:
        """Read one clause; returns (subject, plural) when it had one (a following verb-led clause shares it).
        ``prior`` is the clause before it (in this sentence or the one before), for "…, my favourite"."""
        text = piece.text
        hedge = _HEDGE.match(text)
        if hedge:
            text, confidence = text[hedge.end():], min(confidence, 0.6)
            text, _, _ = strip_lead(text)
        if not text:
            return None
        text = uninvert(text)
        intro = _ROLE_HERE.match(_CUE_TAIL.sub("", text)) if ctx.role == "user" and " here" in text.lower() else None
        if intro and intro.group("r").split()[0].lower() not in _GENERAL_SUBJECT_STOP and _role_head(intro.group("r")):
            # "nurse here", "just another retired teacher here": a self-introduction by trade
            out.attributes.append(ExtractedAttribute(
                entity=speaker, key="role", value=noun_phrase(intro.group("r")).lower(), category="identity",
                confidence=min(confidence, 0.75), span=span, valid_from=when))
            return (speaker, False)
        if ("fav" in text.lower() or "preferred" in text.lower()) and self._favorite_first(text, speaker, span,
                                                                                          when, out, prior):
            return (speaker, False)
        tail = _FAV_TAIL.match(text) if "fav" in text.lower() and ctx.role == "user" else None
        if tail:
            last = tail.group("pre").split()[-1].lower()
            if last in _FUNCTION_END or (text[tail.end("pre")] == " " and (
                    last in VERBS or _lemma(last) in VERBS or last.endswith(("ing", "ed")) or last in _PAST_EVENT)):
                # "dressed as my fave villain", "i finished reading one of my fave novels": the
                # favourite is the verb's object, not an apposition
                tail = None
        if tail:
            self._favorite_first(tail.group("x") and f"my favourite {tail.group('x')}" or "my favourite", speaker, span,
                                 when, out, tail.group("pre"))
            text = tail.group("pre")  # "just had ramen my fave": the favourite, then the clause itself
        if ctx.role == "user" and self._named_first(text, speaker, span, confidence, when, out):
            return (speaker, False)
        affects = _AFFECTS_ME.match(_CUE_TAIL.sub("", text)) if ctx.role == "user" and " me" in text.lower() else None
        if affects and affects.group("x").split()[0].lower() not in _PRONOUNS | _GENERAL_SUBJECT_STOP:
            thing = noun_phrase(affects.group("x"))
            if thing and len(thing.split()) <= 3:
                # "clowns terrify me", "the holidays make me sad": how a thing affects the speaker is a taste
                good = bool(affects.group("good"))
                out.attributes.append(ExtractedAttribute(
                    entity=speaker, key="likes" if good else "dislikes", value=_lower_unless_proper(thing),
                    category="identity", confidence=min(confidence, 0.75), span=span, valid_from=when))
                return (speaker, False)
        best = _BEST.match(_CUE_TAIL.sub("", text)) if ctx.role == "user" and "best" in text.lower() else None
        if best and best.group("x").split()[-1].lower() in FAV_KINDS:
            value = noun_phrase(_ADVERBS.sub("", best.group("v")))
            if value and len(value.split()) <= 4 and not _STATE_COMPLEMENT.match(best.group("v")) \
                    and _GENERAL_SUBJECT_STOP.isdisjoint(value.lower().split()):
                # "the best movie is the godfather": an opinion said as a superlative is the speaker's favourite
                out.attributes.append(ExtractedAttribute(
                    entity=speaker, key=favorite_key(best.group("x"), value), value=_lower_unless_proper(value),
                    category="identity", confidence=min(confidence, 0.7), span=span, valid_from=when))
                return (speaker, False)
        as_role = _AS_ROLE.match(text) if ctx.role == "user" and piece.before_own else None
        if as_role and _role_head(noun_phrase(as_role.group("r"))):
            # "as a nurse, i see a lot": the speaker's own job, said as the frame of what follows
            out.attributes.append(ExtractedAttribute(
                entity=speaker, key="role", value=noun_phrase(as_role.group("r")).lower(), category="identity",
                confidence=0.7, span=span, valid_from=when))
            return None
        aged = _AS_AGED.match(text) or _BEING_AGE.match(text)
        if aged and ctx.role == "user" and 0 < int(aged.group("n")) < 120:
            out.attributes.append(ExtractedAttribute(
                entity=speaker, key="age", value=aged.group("n"), category="identity", confidence=0.8, span=span,
                valid_from=when))  # "as a 60 year old runner i know"
        one_of = _ONE_OF_MY.match(text) if text[:10].lower().startswith("one of my") else None
        if one_of:  # "one of my hobbies is rowing": as "my hobby is rowing" (the key is many-valued or a favourite)
            text = f"my {singular_of(one_of.group('x'))} {one_of.group('v')}"
        why = _WHY_I.match(text) if " why " in f" {text.lower()} " else None
        if why:
            text = text[why.end():]  # "that is why i became a dog groomer": the speaker's statement
        mine = _FOR_ME.match(text) if " for me " in text.lower() else None
        if mine and mine.group("n").split()[0].lower() not in _GENERAL_SUBJECT_STOP:
            text = f"my {mine.group('n')} {mine.group('v')}"  # "job for me is accounting": my job is accounting
        together = _WITH_KIN.match(text)
        kin = (together.group("kin") or together.group("kin2")).lower().split()[-1] if together else ""
        if together:
            text = "we " + together.group("p")  # the relative is kin of the speaker; the predicate is both of theirs
        subject, predicate, possessive, plural = self._subject(text, speaker, last_person)
        if subject is None:
            if prev is not None and _verb_led(text):
                subject, plural = prev
            elif ctx.role == "user" and piece.before_own and _BEING.match(text):
                # "being retired, i head south in winter": a participle before the speaker's own clause
                subject, plural, confidence = speaker, False, min(confidence, 0.7)
                text = "am " + text[_BEING.match(text).end():]  # type: ignore[union-attr]
            elif prev is None and ctx.role == "user" and lead and _BEEN_ING.match(text) and _doing(
                    text[_BEEN_ING.match(text).end():], True):  # type: ignore[union-attr]
                # "been painting fences all week": the perfect progressive with its "i have" dropped
                subject, plural, confidence = speaker, False, min(confidence, 0.7)
                text = "have " + text[text.lower().index("been"):]
            elif prev is None and ctx.role == "user" and _CHANGE_LEAD.match(text):
                # chat drops the "I": "moved to leeds last week", "just started at a new job"
                subject, plural, confidence = speaker, False, min(confidence, 0.7)
            elif prev is None and ctx.role == "user" and lead and _doing(_LY_LEAD.sub("", _ADVERBS.sub("", text)),
                                                                          own):
                # a clause led by a participle says what the speaker is doing: "walking my dog", "presently
                # residing in norway" (not "hiking sounds fun": there the gerund is the subject of a verb)
                subject, plural, confidence = speaker, False, min(confidence, 0.7)
                text = "am " + _LY_LEAD.sub("", _ADVERBS.sub("", text))
            else:
                return None
            predicate, possessive = text, False
        if subject == "":
            return None  # another speaker ("you …") or an unresolved pronoun: nothing about anyone we know
        if subject.startswith("Person/") and subject != speaker:
            confidence = min(confidence, 0.85)
        clause = _Clause(ctx=ctx, subject=subject, predicate=predicate, span=span, confidence=confidence, when=when,
                         out=out, plural=plural, hobby=piece.hobby, greeted=piece.greeted)
        if possessive:
            self._possessive(clause, predicate)
        else:
            self._predicate(clause, predicate)
        if together and kin in KIN and subject == speaker:
            ended = any(a.key == "relationship_status" and a.span == span for a in clause.out.attributes)
            self._relative(_Clause(ctx=ctx, subject=speaker, predicate="", span=span, confidence=confidence,
                                   when=when, out=out), kin, "", status=not ended)
        if not clause.matched and subject != speaker:
            return None  # "House cats weigh …": a capitalised first word that was not a name (see _general)
        if not clause.matched and subject == speaker and _FACT_VERB.search(predicate):
            out.unsure = True
        return (subject, plural)

    @classmethod
    def _earning(cls, c: _Clause, verb: str, obj: str) -> bool:
        """"i walk dogs to pay the bills": what the speaker does, now and habitually, for money is a job (not
        "i sold my car to pay the rent", a past deed, nor "i borrow money to pay the bills", a thing of their own)."""
        v = verb.lower()
        if v != _lemma(v) and not (v.endswith("s") and _lemma(v) + "s" == v) or v in _PAST_EVENT or v in _PARTICIPLES:
            return False
        if v in _NOT_EARNING or v in _AUXILIARY or v in _ADVERB_WORDS or v in _NOT_MANNER or v in _CATENATIVE:
            return False
        if _match(r"^(?:my|our|his|her|their|some|money|loans?|cash|(?:an?\s+|two\s+|three\s+)?"
                  r"(?:(?:new|second|extra|other|part[\s-]time|full[\s-]time)\s+)?(?:jobs?|work))\b", obj, re.I):
            return False
        return cls._living(c, verb, obj)

    @staticmethod
    def _living(c: _Clause, verb: str, obj: str) -> bool:
        """"i do carpentry for a living" → role carpentry; "i drive a lorry for a living" → role lorry driving."""
        v = _lemma(verb.lower())
        thing = noun_phrase(obj) if obj else ""
        if v in _NO_LIVING_VERB or thing.lower() in _PRONOUN_VALUE or obj.strip().lower() in _PRONOUN_VALUE or \
                obj[:3].lower() == "to ":
            return False  # "i work for a living" names no job; "i play it for a living" names it elsewhere
        if v in ("do", "make"):
            value = thing
        elif v == "play" and thing:
            value = f"{thing} player"  # "i play tennis professionally": a tennis player
        else:
            gerund = ACTIVITIES.get(v) or (v[:-1] if v.endswith("e") and not v.endswith("ee") else v) + "ing"
            if " " not in thing and thing.lower().endswith("s"):
                thing = singular_of(thing)  # "i walk dogs …": dog walking
            value = f"{thing} {gerund}".strip()
        if not value or len(value.split()) > 4:
            return False
        c.attr("role", value.lower())
        return True

    @staticmethod
    def _named_first(text: str, speaker: str, span: tuple[int, int], confidence: float, when: Optional[datetime],
                     out: Extraction) -> bool:
        """A job or a home named before the verb: "nursing is my job", "home for me is a caravan"."""
        m = _JOB_BACK.match(_CUE_TAIL.sub("", text)) if "my" in text.lower() else None
        key = "role"
        if m is None and ("my" in text.lower() or "mine" in text.lower()):
            m, key = _HOBBY_BACK.match(_CUE_TAIL.sub("", text)), "hobbies"
        if m is None and text[:4].lower() == "home":
            m, key = _HOME_BACK.match(_CUE_TAIL.sub("", text)), "home"
        if m is None:
            return False
        value = noun_phrase(m.group("v"))
        if not value or not _GENERAL_SUBJECT_STOP.isdisjoint(value.lower().split()):
            return False
        out.attributes.append(ExtractedAttribute(
            entity=speaker, key=key, value=value.lower() if key == "hobbies" else _lower_unless_proper(value),
            category="identity", confidence=min(confidence, 0.8), span=span, valid_from=when))
        return True

    @staticmethod
    def _favorite_first(text: str, speaker: str, span: tuple[int, int], when: Optional[datetime],
                        out: Extraction, prior: str = "") -> bool:
        """"pizza is my favourite food": the speaker's favourite, named before the possessive."""
        fav = _FAV_BACK.match(_CUE_TAIL.sub("", text)) or _FAV_APPOS.match(_CUE_TAIL.sub("", text))
        if not fav:
            return False
        value = noun_phrase(fav.group("v") or "")
        if (fav.group("v") or "it").strip().lower() in _PRONOUN_VALUE:
            # "i love blondie, they are my favourite band": the pronoun names what this turn just liked
            before = [a for a in out.attributes if a.entity == speaker and not a.negated and a.key in _LIKED_KEYS]
            if before:
                value = before[-1].value
            elif not fav.group("v") and prior and _PERSONAL_OTHER.isdisjoint(prior.lower().split()):
                value = _tail_np(prior)  # "just ate pizza , my favourite": the thing the clause before named
                if not value or len(value.split()) > 3 or not _GENERAL_SUBJECT_STOP.isdisjoint(value.lower().split()):
                    return False
            else:
                return False
        elif not value or not _GENERAL_SUBJECT_STOP.isdisjoint(value.lower().split()):
            return False
        thing = fav.group("x") or ""
        if thing in ("thing", "things") and fav.group("to"):
            thing += " " + fav.group("to")  # "one of my favourite things to do" names a pastime
        key = favorite_key(thing, value)
        out.attributes.append(ExtractedAttribute(
            entity=speaker, key=key, value=_lower_unless_proper(value), category="identity",
            confidence=0.85, span=span, valid_from=when))
        return True

    def _subject(self, body: str, speaker: str, last_person: Optional[str]) -> tuple[Optional[str], str, bool, bool]:
        """(subject, predicate, possessive, plural); subject "" means "someone else: skip"."""
        m = _SUBJ_I.match(body)
        if m:
            return speaker, m.group("p"), False, m.group("s").lower() == "we"
        m = _SUBJ_MY.match(body)
        if m:
            return speaker, m.group("p"), True, m.group("s").lower() == "our"
        if _SUBJ_FAV.match(body):
            return speaker, body, True, False  # chat drops the "my": "fav band is the killers"
        m = _SUBJ_OTHER.match(body)
        if m:
            return "", body, False, False
        m = _NAME_SUBJ.match(body)
        if m and m.group("name").split()[0] not in _SUBJECT_STOP and not _verb_led(m.group("name").split()[0].lower()) \
                and not _participle(m.group(0)):
            return entity_ref("Person", m.group("name")), m.group("p"), bool(m.group("poss")), False
        m = _HE_SHE.match(body)
        if m:
            return (last_person or ""), m.group("p"), False, False
        return None, body, False, False

    def _predicate(self, c: _Clause, predicate: str) -> None:
        p = _ADVERBS.sub("", predicate).strip(" ,")
        p = _CUE_TAIL.sub("", p).strip(" ,")
        manner = p.split(None, 2)
        if len(manner) > 2 and manner[0].endswith("ly") and len(manner[0]) > 4 and manner[1] in VERBS and \
                manner[0].lower() not in _NOT_MANNER:
            p = p[len(manner[0]):].lstrip()  # "i thoroughly enjoy baking": a manner adverb before the verb
        living = _FOR_A_LIVING.match(p) if " for " in p.lower() or p[-3:].lower() == "lly" else None
        if living and p[-3:].lower() == "lly" and (_lemma(living.group("verb").lower()) not in _TRADE_VERBS or
                                                   len((living.group("obj") or "").split()) > 3):
            living = None  # "i dress professionally": a manner, not a trade (nor "… my dad who plays professionally")
        if living and self._living(c, living.group("verb"), living.group("obj") or ""):
            return
        earn = _TO_EARN.match(p) if " to " in p.lower() else None
        if earn and not c.plural and self._earning(c, earn.group("verb"), earn.group("obj") or ""):
            return
        perfect = False
        been = _HAVE_BEEN.match(p)
        if been:
            p, perfect = "am " + been.group("c"), True  # "I've been a vegetarian for years": a present state
        m = _PERFECT.match(p)
        if m and (_lemma(m.group("v").split()[0]) in VERBS or m.group("v").split()[0].lower() in ("moved", "relocated", "started", "joined", "switched",
                                                         "become", "retired", "quit", "stopped", "left")):
            p, perfect = m.group("v"), True  # "have lived in Rome", "have been working at X": a present state
            first = p.split(None, 1)
            if first[0].lower() not in VERBS:
                p = _lemma(first[0]) + (" " + first[1] if len(first) > 1 else "")
        stayed = _NEVER_LEFT.match(p)
        if stayed:
            read_predicate(c, "live in " + stayed.group("v"))  # "i have never left ohio": home all along
            return
        for neg, prefix_be in _NEGATIONS:
            m = neg.match(p)
            if m:
                c.negated = True
                rest = m.group("p").strip()
                aux = (m.groupdict().get("aux") or "").lower()
                if aux in ("am", "is", "are") or prefix_be:
                    rest = _sub(r"^be\s+", "", rest, flags=re.I)
                    if not _match(r"^(?:" + _VERB_WORDS + r")\b", rest, re.I) or rest.lower().startswith(
                            ("a ", "an ")):
                        rest = "am " + rest
                elif rest.lower().startswith("be "):
                    rest = "am " + rest[3:]
                p = rest
                break
        else:
            m = _PLAIN_NEG.match(p) if not _CANT_STAND.match(p) else None
            if m:
                aux, rest = m.group("aux").lower(), m.group("p").strip()
                if _match(r"^(?:really\s+|even\s+)?(?:like|love|enjoy|care\s+for|care\s+(?:much\s+)?about|want|eat\s+much)\b",
                          rest, re.I) and \
                        aux in ("do", "does", "did"):
                    # "i don't care about football" counts as a dislike; "… like the colour beige": beige
                    obj = _sub(r"^(?:really\s+|even\s+)?(?:like|love|enjoy|care\s+for|care\s+(?:much\s+)?about)\s+"
                               r"(?:the\s+colou?rs?\s+(?!of\b))?", "", rest, flags=re.I)
                    if not rest.lower().startswith("want"):
                        for item in _split_list(noun_phrase(obj, keep_det=True) if obj else ""):
                            c.attr("dislikes", _lower_unless_proper(item).lower() if not item[:1].isupper()
                                   else item)
                    return
                if aux == "can" and rest.split(None, 1)[0].lower() in _SKILL_VERBS:
                    c.negated = True
                    p = "can " + rest  # "i can't swim": a skill the speaker lacks
                elif aux in ("will", "would", "could", "should", "can", "have", "has"):
                    return
                if aux in ("am", "is", "are") and _match(r"^(?:a\s+(?:big\s+|huge\s+)?fan|into|keen|big\s+on|fond\s+of|"
                                                         r"much\s+of\s+an?)\b", rest, re.I):
                    p = "am not " + rest
                elif aux != "can":
                    c.negated = True
                    p = ("am " + rest) if aux in ("am", "is", "are") else rest
        p = p.strip(" ,")
        if not p:
            return
        emph = _EMPHATIC_DO.match(p)
        if emph and (emph.group("v").lower() in VERBS or emph.group("v").lower() == "breakup"):
            p = p[emph.end("aux"):].strip()  # "i do love a good horror movie"
        matched = False
        for pattern, handler in _OLD_PREDICATES:
            m = pattern.match(p)
            if m:
                handler(c, m)
                if c.matched:
                    matched = True
                    break
        if not matched:
            read_predicate(c, p)
            if not c.matched:
                first = p.split(None, 1)[0].lower()
                if first.endswith("ed") and first not in VERBS and not perfect:
                    lemma = _lemma(first)
                    if lemma in VERBS and lemma != first:
                        c.negated = True  # "I lived in Paris": a past state, closed
                        read_predicate(c, lemma + p[len(first):])
        ev = _EVENT.match(p)
        if ev and not c.negated and (not c.matched or c.when is not None):
            rest = _split(r",|\s+(?:and\s+(?:it|that|then|we|i|she|he)|because|but|so|which)\b", ev.group("rest"),
                            maxsplit=1)[0]
            value = _clean(f"{ev.group('verb')}{rest}").lower()
            if len(value.split()) >= 2:
                c.attr("event", value, "episodic", negated=False, confidence=min(c.confidence, 0.8))
        if not c.matched:
            self._registered(c, p)

    def _possessive(self, c: _Clause, predicate: str) -> None:
        """"my …": a named relative, a favourite, a thing of mine and its value, or a relative doing something."""
        predicate = _CUE_TAIL.sub("", _ADVERBS.sub("", predicate)).strip(" ,")
        m = _OWN_NOUN_NAMED.match(predicate)
        if m:
            c.rel(RELATION_WORDS[m.group("rel").lower()], entity_ref("Person", m.group("name")))
            kin = m.group("rel").lower()
            if kin in KIN:
                c.attr("family", kin, confidence=0.8)
            return
        m = _POSSESSIVE.match(predicate)
        if m:
            thing = " ".join(_ARTICLE.sub("", m.group("thing").lower()).split())
            thing = _sub(r"\s+(?:for\s+(?:the|this|my)\s+\w+|right\s+now|these\s+days)$", "", thing)
            value = m.group("v").strip()
            if _match(r"^least\s+(?:favou?rite|fave|fav)\b", thing, re.I):
                for item in _split_list(noun_phrase(value)):
                    c.attr("dislikes", _lower_unless_proper(item))  # "my least favourite chore is ironing"
                return
            fav = _FAVORITE.match(thing)
            if fav and fav.group("x") and _search(r"\b(?:to\s+do|to\s+relax|pastime|activity|activities|hobby|"
                                                  r"way\s+to)\b", fav.group("x")):
                v = noun_phrase(_sub(r"^(?:to|is\s+to)\s+", "", value), keep_det=True)
                if v:
                    c.attr("favorite_hobby", v.lower())  # "my favourite way to unwind is baking bread"
                return
            if fav:
                v = noun_phrase(value)
                if v:
                    if fav.group("x") and fav.group("x").split()[-1] in ("things", "hobbies", "activities"):
                        for item in _split_list(v):
                            c.attr("hobbies", item.lower())
                        return
                    c.attr(favorite_key(fav.group("x") or "", v), _lower_unless_proper(v), "identity")
                return
            if thing.endswith("budget") or thing.startswith("budget"):
                money = _MONEY.search(value)
                if money:
                    c.attr("budget", money.group(0).strip())
                    return
            pet = _OWN_PET_NAMED.match(thing.replace("'s", ""))
            if pet and len(thing.split()) <= 3:
                c.attr("pets", _singular(pet.group("pet")))  # "my dog's name is Rex", "my two cats are …"
                return
            kin = _OWN_KIN.match(thing)
            if kin and kin.end() == len(thing):
                self._relative(c, kin.group("kin").lower(), value)
                return
            kins = [_OWN_KIN.fullmatch(x.strip()) for x in _split(r"\s+and\s+|\s*,\s*", thing)]
            if len(kins) > 1 and all(kins):
                for k in kins:
                    self._relative(c, k.group("kin").lower(), value)  # type: ignore[union-attr]
                return  # "my wife and kids are in town"
            if thing in ("eyes", "hair", "eye color", "eye colour", "hair color", "hair colour", "skin"):
                v = noun_phrase(value)
                if v and not _STATE_COMPLEMENT.match(v):
                    noun = "eyes" if thing.startswith("eye") else thing.split()[0]
                    c.attr("appearance", f"{v.lower()} {noun}")
                return
            if thing in ("job", "work", "profession", "occupation", "career") and _match(
                    r"^(?:at|in|with|for)\s+", value, re.I):
                v = noun_phrase(_sub(r"^(?:at|in|with|for)\s+", "", value, flags=re.I))
                if v:
                    c.attr("employer", _lower_unless_proper(v))
                return
            if thing in ("hobby", "hobbies", "hobbies are", "passion", "passions", "hobbies include"):
                for item in _split_list(noun_phrase(value, keep_det=True)):
                    c.attr("hobbies", item.lower())
                return
            key = self._phrase_keys.get(thing) or _POSSESSIVE_KEYS.get(thing)
            if key == "role":
                value = _sub(r"^(?:being|to\s+be)\s+", "", value, flags=re.I)
                if not _role_head(noun_phrase(value)) and not _match(r"^[a-z]{3,}ing\s+\w", value, re.I) and \
                        not _trade(noun_phrase(value)):
                    return  # "my job is boring" describes the job; "my job is fixing boilers" names it
            ad_hoc = key is None
            # "my locker code is 4471" names a thing and its value; "my kids are so excited" describes a
            # state. Only the first is an attribute (a mood or state key takes the state as its value).
            if _STATE_COMPLEMENT.match(value) and (ad_hoc or self.ontology.category_of(key) != "context"):
                if not (key == "name" and value[:1].isupper()):
                    return
            if ad_hoc:
                # a key the ontology does not know is what the speaker told about their things (knowledge),
                # not who they are (identity)
                if len(thing.split()) > 3 or c.ctx.role == "assistant" and thing in ("name",):
                    return
                if not _RELATIVE_WORDS.isdisjoint(thing.split()):
                    return  # "my sister who lives in Rome is a chef": no key "sister_who"
                if len(value.split()) > 6:
                    return
                key, conf = _sub(r"[^a-z0-9]+", "_", thing).strip("_"), 0.6
            else:
                conf = c.confidence
            if key and re.fullmatch(r"[a-z][a-z0-9_]{0,63}", key):
                spec = self.ontology.get(key)
                if key in ("name",):
                    value = _split(r"\s+(?:and|but|so|because)\b|,", value, maxsplit=1)[0]
                    if len(value.split()) > 3:
                        return
                elif key == "age":
                    n = _match(r"^(\d{1,3})\b", value)
                    if not n:
                        return
                    value = n.group(1)
                elif not ad_hoc:
                    value = noun_phrase(value) or ""
                if spec and spec.multi_valued:
                    for item in _split_list(value):
                        c.attr(key, item.lower(), spec.category, confidence=conf)
                else:
                    category = spec.category if spec else ("knowledge" if ad_hoc else "identity")
                    c.attr(key, _lower_unless_proper(_clean(value)), category, confidence=conf)
            return
        kin = _OWN_KIN.match(predicate)
        if kin:
            self._relative(c, kin.group("kin").lower(), predicate[kin.end():].strip())
            return
        pet = _OWN_PET_NAMED.match(predicate)
        if pet:
            gone = bool(_GONE.search(predicate))  # "our dog passed away": the pet is no more
            c.attr("pets", _singular(pet.group("pet")), negated=gone)

    def _relative(self, c: _Clause, kin: str, rest: str, status: bool = True) -> None:
        """"my son is starting college": a fact about the son, so only what it says about the speaker (they have
        a son; a wife means married) — never the son's facts on the speaker."""
        if c.plural:
            return
        c.attr("family", kin, confidence=0.8, negated=False)
        if not status:
            return
        ended = _PARTNER_LEFT.match(rest) if kin in _PARTNERS else None
        if ended:
            # "my wife left me", "my boyfriend dumped me": the relationship ended (never "married" from it)
            married = kin in ("wife", "husband", "spouse")
            c.attr("relationship_status", "widowed" if married and ended.group("gone") else
                   "separated" if married else "single", confidence=0.7, negated=False)
            return
        if kin in ("wife", "husband"):
            c.attr("relationship_status", "married", confidence=0.7, negated=False)
        elif kin in ("boyfriend", "girlfriend"):
            c.attr("relationship_status", "in a relationship", confidence=0.7, negated=False)
        elif kin in ("fiance", "fiancee"):
            c.attr("relationship_status", "engaged", confidence=0.7, negated=False)

    def _registered(self, c: _Clause, p: str) -> None:
        """User-registered phrasings used as verbs: "<phrase> <value>" (e.g. "wear shoe size 38")."""
        if not self._user_phrases:
            return
        low = p.lower()
        for phrase, key in self._user_phrases:
            if low.startswith(phrase + " ") and self.ontology.get(key):
                c.attr(key, p[len(phrase):].strip(), self.ontology.category_of(key), confidence=0.7)
                return

    def _general(self, ctx: ExtractionContext, body: str, span: tuple[int, int], confidence: float,
                 when: Optional[datetime], out: Extraction) -> bool:
        """A statement about something other than a person: a policy's terms or a concept's fact."""
        m = _GENERIC.match(body)
        if not m:
            return False
        raw_subj = m.group("subj")
        subj = _ARTICLE.sub("", raw_subj.lower()).strip()
        if not subj or subj.split()[0] in _PRONOUNS or subj in ("i", "my"):
            return False
        verb, rest = m.group("verb").lower(), m.group("rest").strip()
        if _CHAT_COMPLEMENT.match(f"{verb} {rest}") or not body[:1].isupper():
            return False  # "the beach is so nice": an opinion in chat, not a fact about a concept
        words = subj.split()
        if (not _GENERAL_SUBJECT_STOP.isdisjoint(words) or words[0].endswith(("ly", "ing"))
                or _PERSONAL.search(rest)) and "policy" not in words:
            return False  # "Someday I will afford it", "Hopefully things will get better for us": chat, not a fact
        if verb in ("will", "can", "should", "must") and "policy" not in words:
            return False  # a prediction or an advice, not a standing fact
        policy = "policy" in subj.split() or _match(r"^(?:accepted|allowed|refunded|returned)\s+within\b", rest, re.I)
        if not policy and re.fullmatch(r"[A-Z][a-z]+", raw_subj.strip()):
            return False  # a lone capitalised word is a name: "Alice is nice" is not a fact about a concept
        if policy:
            name = " ".join(w for w in subj.split() if w != "policy") or subj
            value = _sub(r"^(?:accepted|allowed|refunded|returned)\s+", "", rest, flags=re.I)
            value = _sub(r"^within\s+", "", value, flags=re.I)
            out.attributes.append(ExtractedAttribute(
                entity=entity_ref("Policy", _singular(name) if len(name.split()) == 1 else name), key="terms",
                value=_clean(value), category="knowledge", confidence=confidence, span=span, valid_from=when))
            return True
        if len(subj.split()) > 4:
            return False
        out.attributes.append(ExtractedAttribute(
            entity=entity_ref("Concept", subj), key="fact", value=_clean(f"{verb} {rest}"), category="knowledge",
            confidence=min(confidence, 0.7), span=span, valid_from=when))
        return True


_BUILTIN_KEYS = frozenset(s.key for s in default_ontology())


def _sentences(text: str) -> Iterator[str]:  # pragma: no cover - kept for callers that want plain sentences
    for m in _SENTENCE.finditer(text):
        if m.group(0).strip():
            yield m.group(0).strip()
