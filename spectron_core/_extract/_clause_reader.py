"""Reading one clause: its subject (I/we/my, a name, a pronoun), then its predicate by verb or, after "my …",
as a thing of the speaker's and its value; favourites, jobs and homes named before the verb; change cues
("no longer", "used to", "not … anymore") that negate the old value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from .._entities import entity_ref
from ._apps import apps_of, claims
from ._clauses import Piece, strip_lead, uninvert
from ._dislikes import dislikes_said, fear_joined
from ._dropped_i import diet_said_now, habit_said, someone_before, trade_said_now
from ._everyday import everyday_of, left_team, team_named, without_length
from ._family import STATUS_THINGS, partner_ended, status_said_as_thing
from ._favourites_age import BARE_FAVOURITE_TAIL, BEST_NAMED_FIRST, best_as_favourite
from ._health import health_of
from ._home import HOME_IS_AT, NEVER_LEFT_BARE, home_named_first, home_said_as, homes_said, place_before_there
from ._lexicon import ACTIVITIES, COLORS, DIETS, KIN, PEOPLE_NOUNS, PLACES, RELATION_WORDS, words
from ._looks import described
from ._media import (
    LIKED_MOST_TAIL,
    MEDIA_KEYS,
    apposed_favourite,
    done_before,
    fan_said,
    favourite_named_last,
    favourite_seen,
    main_taste,
    media_name,
)
from ._ontology import Ontology, default_ontology, is_key
from ._outings import outings_of
from ._pastimes import HOBBY_NOUNS, pastimes_of
from ._possessions import pet_kind
from ._predicates import (
    _SKILL_VERBS,
    FAV_KINDS,
    VERBS,
    _activity_gerund,
    _lemma,
    _role_head,
    favorite_key,
    kind_named_in,
    kind_of,
    noun_phrase,
    read_predicate,
)
from ._predicates import (
    singular as singular_of,
)
from ._regex import _match, _search, _split, _sub
from ._routine import routine_of
from ._rule_clause import (
    _Clause,
    _clean,
    _doing,
    _lower_unless_proper,
    _participle,
    _singular,
    _split_list,
    _tail_np,
    _third_person,
    _trade,
    _verb_led,
    speaker_fact,
)
from ._rule_patterns import (
    _ADVERB_WORDS,
    _ADVERBS,
    _AFFECTS_ME,
    _AGE_APPOSED,
    _ARTICLE,
    _AS_AGED,
    _AS_ROLE,
    _AT_AGE_LEAD,
    _AT_AGE_TAIL,
    _AUXILIARY,
    _BEEN_ING,
    _BEING,
    _BEING_AGE,
    _BEST,
    _BEST_NAMED,
    _CANT_STAND,
    _CATENATIVE,
    _CHANGE_LEAD,
    _CUE_TAIL,
    _EMPHATIC_DO,
    _EVENT,
    _FACT_VERB,
    _FAV_APPOS,
    _FAV_BACK,
    _FAV_TAIL,
    _FAVORITE,
    _FOR_A_LIVING,
    _FOR_AGED,
    _FOR_ME,
    _FUNCTION_END,
    _GENERAL_SUBJECT_STOP,
    _GONE,
    _GREETED_FROM,
    _GREW_UP_THERE,
    _HAPPY_PLACE,
    _HAVE_BEEN,
    _HE_SHE,
    _HEDGE,
    _HOBBY_BACK,
    _HOME_BACK,
    _JOB_BACK,
    _LIKED_KEYS,
    _LY_LEAD,
    _MONEY,
    _MY_FAV_NAMED,
    _MY_JAM,
    _NAME_SUBJ,
    _NEGATIONS,
    _NEVER_LEFT,
    _NO_LIVING_VERB,
    _NOT_EARNING,
    _NOT_MANNER,
    _NOTHING_BEATS,
    _OBLIGATION,
    _ONE_OF_MY,
    _ORIGIN_LEAD,
    _OWN_KIN,
    _OWN_NOUN_NAMED,
    _OWN_OTHER,
    _OWN_PET_NAMED,
    _PARTICIPLES,
    _PARTNER_LEFT,
    _PARTNERS,
    _PAST_EVENT,
    _PAST_OR_NOT_NOW,
    _PERFECT,
    _PERSONAL_OTHER,
    _PLAIN_NEG,
    _POSSESSIVE,
    _POSSESSIVE_KEYS,
    _PRONOUN_VALUE,
    _PRONOUNS,
    _RELATIVE_WORDS,
    _ROLE_HERE,
    _STATE_COMPLEMENT,
    _STATUS_LEAD,
    _SUBJ_FAV,
    _SUBJ_I,
    _SUBJ_MY,
    _SUBJ_OTHER,
    _SUBJECT_STOP,
    _TIME_GOES_TO,
    _TO_EARN,
    _TRADE_VERBS,
    _VERB_WORDS,
    _WHY_I,
    _WITH_KIN,
)
from ._school import school_said
from ._shifts import titled
from ._subject_first import denied_trait, subject_first
from ._tastes import favourite_place_said, taste_said
from ._tools import tools_of
from ._types import ExtractedAttribute, Extraction, ExtractionContext
from ._wishes import wishes_of
from ._work import _NOT_AS_ROLE, dream_job, job_judged, job_thing, role_said_as

Handler = Callable[[_Clause, "re.Match[str]"], None]


def _h_food_pref(c: _Clause, m: re.Match[str]) -> None:
    c.attr("food_preference", m.group("v").lower())


_PREPOSITION_AFTER = re.compile(r"(?:to|by|in|on|at|of|out|with|from|for|near|into|about|over)\b", re.IGNORECASE)
"""What follows a capitalised first word that is no name: a subject is followed by its verb ("Sam moved …"), not by
a preposition ("Allergic to penicillin", "Employed by the council", "Based in Leeds")."""

_OLD_PREDICATES: list[tuple[re.Pattern[str], Handler]] = [
    (re.compile(p, re.IGNORECASE), h)
    for p, h in [
        (
            r"^(?:prefer|prefers|like|likes|love|loves|enjoy|enjoys)\s+(?P<v>"
            + "|".join(sorted(DIETS))
            + r"|(?!to\b|a\b|the\b|my\b)[\w-]+(?=\s+(?:food|foods|diet)$))\s+(?:food|foods|cuisine|dishes|meals|diet)$",
            _h_food_pref,
        ),
    ]
]


_BUILTIN_KEYS = frozenset(s.key for s in default_ontology())


_TITLED_OR_EATEN = MEDIA_KEYS | {"favorite_food", "favorite_snack", "favorite_drink"}
"""Favourites a pastime cannot be ("i read the paper. it is my favourite movie / food")."""
_CONTACT_VALUE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d ().-]{4,}\d")
"""An e-mail address or a phone number: what a ``contact`` value is."""

_SAID_THAT = re.compile(
    r"^\S.*?\s(?:admit|say|said|think|guess|bet|swear|confess|know|believe|feel|mean|tell\s+you)\s+(?:that\s+)?",
    re.IGNORECASE,
)
"""A report before the favourite ("i have to admit that …", "i mean …"); a word said first is the name's own ("mean
girls is my fave")."""
_BARE_NP = re.compile(r"^(?:the\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}$", re.IGNORECASE)
_KIND_EXTENDERS = FAV_KINDS | frozenset(
    """team teams star stars character characters player players shirt shirts t tee tshirt hoodie poster posters
    merch jersey hat cap mug store shop spot cd cds record records ticket tickets logo quote quotes line lines
    scene scenes episode episodes member members""".split()
)
"""Nouns that continue "my favourite <kind> …" into a longer noun ("my favourite band t-shirt", "my favourite
sports team"): after them the words are no longer the favourite's name."""
_COPULA_NEXT = re.compile(r"\s+(?:is|are|was|were)\b", re.IGNORECASE)
_NUMBERISH = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|years?|months?|weeks?|days?|times?|hours?|minutes?)\b",
    re.IGNORECASE,
)


def _named_before(bare: str, kind: str) -> bool:
    """Whether a clause of its own names the thing a following "they are my favourite <kind>" takes up: a bare noun
    phrase of up to three words that is no count or time ("two weeks. they are my favourite ones" names none),
    before a known kind or none."""
    said = [w for w in kind.lower().split() if w not in ("ever", "too", "now", "still")]
    return bool(_BARE_NP.match(bare) and not _NUMBERISH.search(bare) and (not said or said[-1] in FAV_KINDS))


_NOT_FOR_A_DAY = frozenset({"medications", "dietary_restrictions", "drinks"})
"""Keys a clause dated to the turn's own day says only of that day ("i can't eat gluten today")."""
_WORKING_TODAY = re.compile(r"^(?:am|'m|m)?\s*working\s+(?:at|from|in)\s", re.IGNORECASE)
_SWITCHED = re.compile(
    r"\b(?:switch(?:ed)?|mov(?:ed|ing)|migrat(?:ed|ing)|chang(?:ed|ing)|went|go(?:ne)?)\b", re.IGNORECASE
)
_DESCRIBES = re.compile(
    r"^(?:(?:a\s+)?(?:bit|little|lot|tad)\s+)?(?:[a-z]{3,}ed|[a-z]{3,}(?:ful|ous|less)|born|gone|done|sold|lost|broken|"
    r"stolen|taken|eaten|tiny|small|big|huge|large|old|new|young|cute|nice|bad|ok|okay|alright|fine|sick|ill|broke|"
    r"home|away|out|off|up|down|open|late|early|ready|safe|free|full|empty|loud|quiet|long|short|tall|fast|slow|far|"
    r"close|expensive|cheap|pricey|dirty|clean|messy|ugly|pretty|dead|alive)$",
    re.IGNORECASE,
)
"""A one-word complement that describes a thing rather than naming a value for it (an adjective or participle):
"my new house is tiny", "our baby girl was born", "my car is broken". Only ad hoc keys are held to it."""
_MEASURE_OF_A_THING = re.compile(
    r"^(?:(?:about|around|roughly|almost|nearly|over|under|just\s+over|just\s+under|only|like)\s+)?"
    r"(?:(?:an?\s+)?(?:an?|[0-9]+(?:\.[0-9]+)?|[a-z]+(?:[\s-][a-z]+)?)[\s-]*(?:years?|yrs?|months?|weeks?)[\s-]+old"
    r"|[0-9]+(?:\.[0-9]+)?\s*(?:kgs?|kilos?|lbs?|pounds|g|grams?|cm|mm|m|metres?|meters?|inches|in|ft|feet|km|"
    r"miles|hours?|hrs?|mins?|minutes?|gb|tb|mb|inch)(?:\s+(?:long|wide|tall|high|deep|heavy|away|each\s+way))?)"
    r"(?:\s*[,.!]?\s*(?:now|already|lol|haha|tho|though)?)?$",
    re.IGNORECASE,
)
"""The age or a measure of a thing ("my car is 10 years old", "my bag is 7kg", "my desk is 160cm wide", "my flight
is 3 hours long"): a property of the thing, not a value of a key of the speaker's (which it superseded: "my car is
10 years old" made the car "years old"). Said of the speaker's own weight, height or commute it is read (those
things are measures)."""
_MEASURES = frozenset({"age", "weight", "height", "commute", "commute time", "commute length"})
_MEASURED = words(
    """age weight height commute goal target limit class run mileage distance shift shifts workday hours pb pr
    record time size budget"""
)
"""Words of a thing that is itself a measure ("my target weight", "my long run", "my shifts"): its value is one."""
_STATE_OF_A_THING = re.compile(
    r"^(?:(?:so|really|very|pretty|a\s+bit|kinda|totally|completely|super|such)\s+)?(?:(?:a|an|total|absolute)\s+)*"
    r"(?:[a-z]{3,}ing(?:\s+(?:me|us|you|him|her|them|it|well|badly|great|fine|okay|ok|now|again|up|out|on|off|today|"
    r"outside|inside))?|[a-z]{3,}ed(?:\s+(?:outside|inside|up|out|in|on|off|again|today|now|downstairs|upstairs|"
    r"somewhere|round\s+the\s+corner|on\s+the\s+street))?|dead|tight|average|mess|beast|lemon|nightmare|disaster|"
    r"pain|joke|dump|wreck|dream|treat|lifesaver|godsend|tank|keeper|tough\s+one|rust\s*bucket|death\s*trap|"
    r"money\s*pit|piece\s+of\s+(?:junk|crap|rubbish)|(?:(?:light|dark|bright|pale|deep|baby|navy|metallic)\s+)?(?:"
    + "|".join(sorted(COLORS, key=len, reverse=True))
    + r"))(?:\s+(?:now|today|again|lol|haha|tbh|honestly|though|tho|these\s+days|at\s+the\s+moment|right\s+now|"
    r"this\s+(?:week|month|year|morning|evening|term)))?$",
    re.IGNORECASE,
)
"""What a thing is like or where it is, said after "my <thing> is" ("my car is blue", "my car is parked outside",
"my car's a mess", "my phone is cracked", "my employer is hiring", "my budget is tight"): a state of the thing,
not a value of its key, which it superseded (the car the user drives became "blue")."""
_JOB_DOES_TO_ME = re.compile(r"^[a-z]{3,}ing\s+(?:me|us|you|him|her|them)\b", re.IGNORECASE)
"""A job that does something to someone ("my job is killing me", "my job is stressing me out"): no job named."""
_HOME_IS_IN = re.compile(r"^(?:(?:is|are)\s+)?" + HOME_IS_AT + r"(?P<v>[^,]{2,40})$", re.IGNORECASE)
"""Where "my home/house/flat is": "my house is in michigan" (not "in a mess": a state, not a place)."""
_DISLOCATED = re.compile(r"^(?P<v>.+?)\s*,?\s+(?:they|it|he|she|that|those|these)$", re.IGNORECASE)


def _favourite_named(v: str) -> str:
    """The thing a "… is my favourite" clause names, out of what chat puts around it: a clause that reports it
    ("i have to admit that jaws is my favourite movie") and a pronoun that takes it up again ("abba they are my
    favourite band")."""
    said = _SAID_THAT.match(v)
    if said and said.end() < len(v):
        v = v[said.end() :]
    dislocated = _DISLOCATED.match(v)
    return dislocated.group("v") if dislocated else v


_ACRONYM = re.compile(r"^(?P<a>[a-z]{2,5})\s*,\s*(?P<e>[a-z]+(?:\s+[a-z]+){1,4})$", re.IGNORECASE)
_VERDICT_LEAD = words("pretty so very really super quite too kinda kind sort totally")
_APPOSED_NAME = re.compile(r",\s*(?P<v>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3})$", re.IGNORECASE)


def _favourite_said(value: str) -> str:
    """The name a "my favourite X is …" clause gives, out of what chat puts around it: an initialism and its
    expansion ("icp, insane clown posse" → the expansion), a verdict before the name ("pretty stylish, travis
    scott" → travis scott; "pretty great" names nothing: "")."""
    value = value.strip()
    short = _ACRONYM.match(value)
    if short:
        initials = "".join(w[0] for w in short.group("e").lower().split() if w not in ("of", "the", "and"))
        if initials == short.group("a").lower():
            return short.group("e")
    first = value.split(None, 1)[0].lower() if value else ""
    if first in _VERDICT_LEAD or _STATE_COMPLEMENT.match(value):
        named = _APPOSED_NAME.search(value)
        if named and _GENERAL_SUBJECT_STOP.isdisjoint(named.group("v").lower().split()):
            return named.group("v")
        return ""
    return value


_MINE_IS = re.compile(r"^mine\s+(?:is|'s)\s+(?P<v>[a-z][\w' -]{1,40})$", re.IGNORECASE)
"""A thing of the speaker's said as "mine is …" before its kind: "mine is yellow, my favourite colour"."""


def _colours_in(text: str, kind: str) -> str:
    """The colours a clause names, when "my favourite colour(s)" is said after it: "working on a red and silver
    painting, my favourite colours" → "red and silver". "" for another kind, or a clause with no colour."""
    if kind.lower().split()[-1:] not in (["color"], ["colors"], ["colour"], ["colours"]):
        return ""
    said = [w for w in re.findall(r"[a-z]+", text.lower()) if w in COLORS]
    return " and ".join(dict.fromkeys(said))


def _kind_from_prior(out: Extraction, start: int, speaker: str, prior: str, only: frozenset[str] | None = None) -> None:
    """A favourite of no known kind ("my fave is jaws") takes the kind the clause before it named ("i like to watch
    movies"): its key becomes that kind's favourite key. ``only``: the keys it may become, and then not for a value
    that names a kind of its own ("the grey colour scheme is my favourite" after a film)."""
    for i in range(start, len(out.attributes)):
        a = out.attributes[i]
        if a.entity == speaker and a.key == "favorite_thing" and not a.negated:
            kind = kind_named_in(prior)
            key = favorite_key(kind, a.value) if kind else ""
            if only is not None and (key not in only or not FAV_KINDS.isdisjoint(a.value.lower().split())):
                continue
            if key:
                out.attributes[i] = a.model_copy(update={"key": key})


_WHICH_JUDGES = re.compile(r"\b(?:which|that)\s+(?:is|seems|feels|sounds|looks)\b")
"""A relative clause that judges what the speaker said: "… which seems silly at 60"."""
_OWN_VERDICT = frozenset("i which that going feeling still not pretty staying keeping doing looking being even".split())
"""How a clause whose "at <n>" is the speaker's age starts: the speaker, or a verdict on what they just said."""


_WHEN_CUT = re.compile(
    r"\s+(?:on|at|in|after|before|during)\s+(?:an?\s+|the\s+|my\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"weekend|morning|evening|night|afternoon|summer|winter|day|rainy|cold|hot|long|lazy)\b.*|"
    r"\s+[a-z]{3,}ed\s.*$",
    re.IGNORECASE,
)
"""When a thing is enjoyed, said after it ("… on a friday night", "… after a long day"), or how it is made
("a burger grilled just right"): not part of the thing."""


_WORK_CHAT = re.compile(
    r"^am\s+been\s+(?=\w)|^(?:do|does)\s+(?!not\b|never\b)(?=[a-z]+\s+.+\s+(?:for\s+(?:a|my)\s+living|professionally)$)|"
    r"^am\s+(?P<pro>an?\s+[a-z][\w -]+?)\s+professionally$|^(?P<be>am\s+an?\s+[a-z][\w -]+?)\s+by\s+(?:trade|profession)$|"
    r"^(?:have|has)\s+to\s+(?=work\s+as\s+an?\s)",
    re.IGNORECASE,
)
"""Chat forms of a job or a state said plainly: "i am been retired" (typed for "i have been"), "i do play tennis
professionally", "i am a tennis player professionally" (a job: "work as"), "i have to work as a nurse" (the job that obliges)."""


def _work_chat(m: re.Match[str]) -> str:
    if m.group("pro"):
        return "work as " + m.group("pro")  # "i am a tennis player professionally": the job, not the sport
    if m.group("be"):
        return m.group("be")
    return "have been " if m.group(0).lower().startswith("am") else ""


_PROVIDED_BY = re.compile(
    r"^(?:through|with|via)\s+(?P<n>(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s*[.!]?$"
)
"""A thing of the speaker's said to be with or through a named provider ("my mortgage is with Nationwide"); a person
or a place in lower case ("my kids are with my mum") is a state, not a provider."""
_NAME_TAIL = re.compile(r"\s+(?:btw|lol|haha+|by\s+the\s+way|tho|though|thanks|thx|fyi)\b.*$", re.IGNORECASE)
"""Chat said after a name: no part of it."""


def _sentence_before(text: str, at: int) -> str:
    """The sentence of ``text`` that ends before offset ``at``, whatever ended it ("my wife?"), or ""."""
    head = _sub(r"[\s.!?]+$", "", text[:at])
    return head[max(head.rfind("."), head.rfind("!"), head.rfind("?")) + 1 :]


class ClauseReader:
    """Reads one clause of a sentence into records, grounded in an :class:`Ontology`."""

    def __init__(self, ontology: Ontology) -> None:
        self.ontology = ontology
        self._phrase_keys: dict[str, str] = {}
        for spec in self.ontology:
            self._phrase_keys[spec.key.replace("_", " ")] = spec.key
            for phrase in spec.phrasings:
                if re.fullmatch(r"[a-z][a-z ]{1,40}", phrase) and len(phrase.split()) <= 3:
                    self._phrase_keys.setdefault(phrase, spec.key)
        self._user_phrases = [(p, k) for p, k in self._phrase_keys.items() if k not in _BUILTIN_KEYS]

    def read(
        self,
        ctx: ExtractionContext,
        speaker: str,
        piece: Piece,
        span: tuple[int, int],
        confidence: float,
        when: datetime | None,
        out: Extraction,
        last_person: str | None,
        prev: tuple[str, bool] | None,
        prior: str = "",
        own: bool = True,
        lead: bool = True,
    ) -> tuple[str, bool] | None:
        """Read one clause; returns (subject, plural) when it had one (a following verb-led clause shares it; a
        subject of ``""`` is someone of the speaker's, whose verb-led clauses are read as nobody's).
        ``prior`` is the clause before it (in this sentence or the one before), for "…, my favourite"."""
        text = piece.text
        hedge = _HEDGE.match(text)
        if hedge:
            text, confidence = text[hedge.end() :], min(confidence, 0.6)
            text, _, _ = strip_lead(text)
        if not text:
            return None
        disliked = dislikes_said(text, prior, prev is not None and prev[0] != speaker) if ctx.role == "user" else []
        for value in disliked:  # "school . hate it", "i faint when i see needles", "not a fan of jazz" (_dislikes)
            speaker_fact(out, speaker, "dislikes", value, min(confidence, 0.7), span, when)
        if disliked:
            return (speaker, False)
        feared = fear_joined(text) if ctx.role == "user" else None
        if feared:  # "i am from ohio and terrified of clowns": the fear, then the clause before it
            speaker_fact(out, speaker, "dislikes", feared[1], min(confidence, 0.7), span, when)
            text = feared[0]
        # a time of the turn's own day taken off the clause ("i'm taking ibuprofen today", "i used vim yesterday"):
        # a medicine, a food avoided or a tool used then is no standing fact (a diagnosis or a switch dated then is)
        today = when is not None and abs((when - ctx.observed_at).total_seconds()) < 2 * 86400
        denied = denied_trait(text, prior) if ctx.role == "user" else ""
        if denied:  # "everyone says i'm a workaholic | but i'm not": the trait the clause before gave is none
            out.attributes = [
                a for a in out.attributes if not (a.entity == speaker and a.key == "personality" and a.value == denied)
            ]
            return (speaker, False)
        apps = apps_of(text) if ctx.role == "user" and not piece.question and not today else []
        for key, value in apps:  # "i use lastpass for passwords", "all my files are in dropbox" (_apps)
            speaker_fact(out, speaker, key, value, min(confidence, 0.75), span, when)
        if apps and claims(text):
            return (speaker, False)
        firsts, claimed = subject_first(text, today, prior) if ctx.role == "user" else ([], False)
        for key, value in firsts:  # "green tea is my go-to drink", "i have a shellfish allergy" (_subject_first)
            speaker_fact(out, speaker, key, value, min(confidence, 0.75), span, when)
        if claimed:  # (a mood of the day, a meal had: claimed with no fact)
            return (speaker, False)
        left = left_team(text, ctx.text) if ctx.role == "user" and not piece.question else ""
        if left:  # "i'm not supporting the lakers any more": the team ends (_everyday)
            speaker_fact(out, speaker, "team", left, min(confidence, 0.75), span, when, negated=True)
            return (speaker, False)
        every, claimed = (
            everyday_of(text + ("?" if piece.question else ""), today, ctx.text) if ctx.role == "user" else ([], False)
        )
        for key, value in every:  # "we keep chickens", "i'm on iphone", "i don't eat beef" (_everyday)
            speaker_fact(out, speaker, key, value, min(confidence, 0.75), span, when)
        if claimed:
            return (speaker, False)
        text = without_length(text) if ctx.role == "user" else text  # "i swim for an hour most evenings"
        health = health_of(text) if ctx.role == "user" else []
        if today:
            health = [h for h in health if h[0] not in _NOT_FOR_A_DAY]
        for key, value, negated in health:  # "i take metformin", "i avoid dairy", "i broke my wrist" (_health)
            speaker_fact(out, speaker, key, value, min(confidence, 0.75), span, when, negated=negated)
        if health:
            return (speaker, False)
        routine, done = routine_of(text, when is not None) if ctx.role == "user" else ([], False)
        for key, value, ended in routine:  # "i work nights", "i bike to work", "i'm up at 5:30" (_routine)
            speaker_fact(out, speaker, key, value, min(confidence, 0.75), span, when, negated=ended)
        if done:
            return (speaker, False)
        main = main_taste(text) if ctx.role == "user" else None
        if main:  # "i only listen to jazz", "country is all i listen to": the one kind is the favourite
            speaker_fact(out, speaker, main[0], main[1], min(confidence, 0.8), span, when)
        for key, value in outings_of(text) if ctx.role == "user" else ():
            # "just got back from the gym", "just sipping tea", "my evening glass of wine" (_outings)
            speaker_fact(out, speaker, key, value, min(confidence, 0.7), span, when)
        tools = tools_of(text, piece.question, ctx.text) if ctx.role == "user" else []
        if today and not _SWITCHED.search(text):
            tools = [t for t in tools if t[2]]  # (what stopped being used still ends)
        for key, value, ended, replaces in tools:  # "i mostly write rust", "switched from vim to neovim" (_tools)
            if key:
                speaker_fact(out, speaker, key, value, min(confidence, 0.75), span, when, ended, replaces)
        if tools and tools[-1][0]:
            return (speaker, False)
        for value in homes_said(text) if ctx.role == "user" else ():  # "i'm in jail right now" (_home)
            speaker_fact(out, speaker, "home", value, min(confidence, 0.7), span, when)
        text = uninvert(text)
        if ctx.role == "user":  # "avid gardener here", "knitting is my therapy", "i taught myself to sew" (_pastimes)
            pastimes, done, text = pastimes_of(text)
            for key, value in pastimes:
                speaker_fact(out, speaker, key, value, min(confidence, 0.75), span, when)
            if done:
                return (speaker, False)
            wishes = wishes_of(text)  # "i'll retire in a few years", "i can't wait to move out" (_wishes)
            for key, value in wishes:
                speaker_fact(out, speaker, key, value, min(confidence, 0.75), span, when)
            if wishes:  # (no subject handed on: "can't wait to leave and move to the city" is no move)
                return None
        intro = _ROLE_HERE.match(_CUE_TAIL.sub("", text)) if ctx.role == "user" and " here" in text.lower() else None
        if intro and intro.group("r").split()[0].lower() not in _GENERAL_SUBJECT_STOP and _role_head(intro.group("r")):
            # "nurse here", "just another retired teacher here": a self-introduction by trade
            speaker_fact(out, speaker, "role", noun_phrase(intro.group("r")).lower(), min(confidence, 0.75), span, when)
            return (speaker, False)
        place = self._place_said_as_greeting(text, piece, intro) if ctx.role == "user" else None
        if place:  # "hello from tulsa", "good morning from leeds", "ohio here": where the speaker is
            speaker_fact(out, speaker, "home", place, min(confidence, 0.6), span, when)
            return (speaker, False)
        fav_place = favourite_place_said(_CUE_TAIL.sub("", text)) if "fav" in text.lower() else ""
        if fav_place and ctx.role == "user":  # "the zoo is my favourite place to go with my kids"
            speaker_fact(out, speaker, "favorite_place", fav_place, min(confidence, 0.8), span, when)
            return (speaker, False)
        said = len(out.attributes)
        if (
            "fav" in text.lower() or "preferred" in text.lower() or " my best " in text.lower()
        ) and self._favorite_first(text, speaker, span, when, out, prior):
            if prior:  # "i love music. adele is my favourite": the kind the clause before named
                _kind_from_prior(out, said, speaker, prior, MEDIA_KEYS)
            return (speaker, False)
        tail = (
            (_FAV_TAIL.match(text) or BARE_FAVOURITE_TAIL.match(text))
            if "fav" in text.lower() and ctx.role == "user"
            else None
        )
        if tail:
            last = tail.group("pre").split()[-1].lower()
            if last in _FUNCTION_END or (
                text[tail.end("pre")] == " "
                and (last in VERBS or _lemma(last) in VERBS or last.endswith(("ing", "ed")) or last in _PAST_EVENT)
            ):
                # "dressed as my fave villain", "i finished reading one of my fave novels": the
                # favourite is the verb's object, not an apposition
                tail = None
        if tail:
            self._favorite_first(
                tail.group("x") and f"my favourite {tail.group('x')}" or "my favourite",
                speaker,
                span,
                when,
                out,
                tail.group("pre"),
                bare=False,
            )
            text = tail.group("pre")  # "just had ramen my fave": the favourite, then the clause itself
        named_fav = _MY_FAV_NAMED.search(text) if "fav" in text.lower() and ctx.role == "user" else None
        if (
            named_fav
            and named_fav.group("x").lower() in FAV_KINDS
            and named_fav.group("v").split()[0].lower() not in _KIND_EXTENDERS
            and not (named_fav.group("v").islower() and _COPULA_NEXT.match(text, named_fav.end()))
        ):  # ("my favourite music teacher is retiring": a longer noun, the subject of "is")
            value = noun_phrase(named_fav.group("v"))
            if value and _GENERAL_SUBJECT_STOP.isdisjoint(value.lower().split()):
                # "my cousin painted over my favourite colour teal": the favourite is named whatever the clause says
                speaker_fact(
                    out,
                    speaker,
                    favorite_key(named_fav.group("x"), value),
                    _lower_unless_proper(value),
                    min(confidence, 0.75),
                    span,
                    when,
                )
        seen = (
            (favourite_seen(text) or favourite_named_last(text))
            if ctx.role == "user" and "fav" in text.lower()
            else None
        )
        if seen and not any(a.key == seen[0] and a.span == span for a in out.attributes):
            # "i got to see my favourite band up in concert", "the dj played my favourite singer, adele"
            speaker_fact(out, speaker, seen[0], seen[1], min(confidence, 0.75), span, when)
        if ctx.role == "user" and self._named_first(text, speaker, span, confidence, when, out):
            return (speaker, False)
        if ctx.role == "user" and self._taste_first(text, speaker, span, confidence, when, out):
            return (speaker, False)
        as_role = _AS_ROLE.match(text) if ctx.role == "user" else None
        after_own = bool(
            as_role
            and (prev and prev[0] == speaker and not prev[1] or prev is None and lead and _SUBJ_I.match(prior))
            and not _NOT_AS_ROLE.search(prior)
        )  # (the clause before, or the sentence before: "i work with bees . as a farmer !")
        if as_role and (piece.before_own or after_own) and _role_head(noun_phrase(as_role.group("r"))):
            # "as a nurse, i see a lot", "i work with bees, as a farmer": the speaker's job, framing the other clause
            speaker_fact(out, speaker, "role", noun_phrase(as_role.group("r")).lower(), 0.7, span, when)
            return None
        aged = (
            _AS_AGED.match(text)
            or _BEING_AGE.match(text)
            or (_AGE_APPOSED.search(text) if "age" in text and text[:4].lower() in ("i am", "age ", "aged") else None)
        )  # "i'm rosa, age 63" (not "my son, age 5, …")
        if aged and ctx.role == "user" and 0 < int(aged.group("n")) < 120:
            out.attributes.append(
                ExtractedAttribute(
                    entity=speaker,
                    key="age",
                    value=aged.group("n"),
                    category="identity",
                    confidence=0.8,
                    span=span,
                    valid_from=when,
                )
            )  # "as a 60 year old runner i know"
        elif ctx.role == "user" and (" for " in text or " at " in text or text[:3].lower() == "at "):
            n, text = self._age_said_in_passing(text, own)
            if n:
                speaker_fact(out, speaker, "age", n, min(confidence, 0.75), span, when)
        one_of = _ONE_OF_MY.match(text) if text[:10].lower().startswith("one of my") else None
        if one_of:  # "one of my hobbies is rowing": as "my hobby is rowing" (the key is many-valued or a favourite)
            text = f"my {singular_of(one_of.group('x'))} {one_of.group('v')}"
        why = _WHY_I.match(text) if " why " in f" {text.lower()} " else None
        if why:
            text = text[why.end() :]  # "that is why i became a dog groomer": the speaker's statement
        mine = _FOR_ME.match(text) if " for me " in text.lower() else None
        if mine and mine.group("n").split()[0].lower() not in _GENERAL_SUBJECT_STOP:
            text = f"my {mine.group('n')} {mine.group('v')}"  # "job for me is accounting": my job is accounting
        together = _WITH_KIN.match(text)
        kin = (together.group("kin") or together.group("kin2")).lower().split()[-1] if together else ""
        if together:
            text = "we " + together.group("p")  # the relative is kin of the speaker; the predicate is both of theirs
        if text[:1].isupper() and lead and _ORIGIN_LEAD.match(text):
            text = text[:1].lower() + text[1:]  # "Born and raised in Utah.": no name leads it, the "I" is dropped
        elif text[:1].isupper() and lead and ctx.role == "user" and trade_said_now(text.lower(), False, prior):
            # "Senior SRE at Cloudflare", "Head chef at the Ivy": a title leads it, no name; the org keeps its capitals
            title_end = len(_split(r"\s+(?=(?:at|for|with)\s)", text, maxsplit=1)[0])
            text = text[:title_end].lower() + text[title_end:]
        before, relations_before = len(out.attributes), len(out.relations)
        subject, predicate, possessive, plural = self._subject(text, speaker, last_person)
        if subject is None:
            # (a question is no prior, but it names whose: "my wife? currently a nurse")
            just_before = (_sentence_before(ctx.text, span[0]) if lead else "") or prior
            unsaid = self._unsaid_subject(
                ctx, speaker, piece, text, prev, own, lead, confidence, just_before, dated=when is not None
            )
            if unsaid is None:
                return None
            subject, plural, confidence, text = unsaid
            predicate, possessive = text, False
        if subject == "":
            return None  # another speaker ("you …") or an unresolved pronoun: nothing about anyone we know
        if subject.startswith("Person/") and subject != speaker:
            confidence = min(confidence, 0.85)
        clause = _Clause(
            ctx=ctx,
            subject=subject,
            predicate=predicate,
            span=span,
            confidence=confidence,
            when=when,
            out=out,
            plural=plural,
            hobby=piece.hobby,
            greeted=piece.greeted,
        )
        if possessive:
            self._possessive(clause, predicate)
        else:
            self._predicate(clause, predicate)
            if today and subject == speaker and _WORKING_TODAY.match(predicate):
                # "i'm working at the kitchen table today", "… at the library this afternoon": where the day's
                # work is done, not who employs the speaker ("i'm working at google now" has no time of the day)
                out.attributes[before:] = [a for a in out.attributes[before:] if a.key != "employer"]
                out.relations[relations_before:] = [
                    r for r in out.relations[relations_before:] if r.label != "works_at"
                ]
            if subject == speaker and not plural and not clause.negated and " as a" in f" {predicate.lower()}":
                role_said_as(clause, predicate, before)  # "i keep bees as a farmer"
        if together and kin in KIN and subject == speaker:
            ended = any(a.key == "relationship_status" and a.span == span for a in clause.out.attributes)
            self._relative(
                _Clause(ctx=ctx, subject=speaker, predicate="", span=span, confidence=confidence, when=when, out=out),
                kin,
                "",
                status=not ended,
            )
        if prior and "fav" in text.lower():
            _kind_from_prior(out, before, speaker, prior)
        if not clause.matched and subject != speaker:
            return None  # "House cats weigh …": a capitalised first word that was not a name (see _general)
        if not clause.matched and subject == speaker and _FACT_VERB.search(predicate):
            out.unsure = True
        if possessive and (_OWN_KIN.match(predicate) or _OWN_OTHER.match(predicate)):
            return ("", plural)  # "my dad grew up in ohio and never left": the clause after is the dad's, no one's here
        return (subject, plural)

    @staticmethod
    def _age_said_in_passing(text: str, own: bool) -> tuple[str, str]:
        """The speaker's present age said around another statement: as its frame ("at 24 i need to eat better"),
        after a verdict on it ("which seems silly at 60") or as what they are strong for ("strong for a 100 year
        old"). Returns (the age or "", the clause left to read). Not a past age ("at 15 i moved out", "i was still
        single at 30"), a wish ("i hope i am still fit at 80"), nor another's ("you look great at 50")."""
        lead = _AT_AGE_LEAD.match(text) if text[:3].lower() in ("at ", "eve", "now") else None
        if lead:
            verb = lead.group("v").lower()
            present = verb not in _PAST_OR_NOT_NOW and not (verb.endswith("ed") and verb != "need")
            return (lead.group("n") if present and 12 < int(lead.group("n")) < 120 else ""), text[lead.end() :]
        said = _FOR_AGED.match(text) if " for " in text else None
        if said is None and " at " in text and own:
            said = _AT_AGE_TAIL.search(text)
            low = text.lower().split()
            last = (
                _split(r"\s+(?:and|but|so|because|cause|though|while|when)\s+|\s*,\s*", text[: said.start()])[-1]
                if said
                else ""
            ).lower()
            if said and not (
                (last.split()[:1] and last.split()[0] in _OWN_VERDICT) or _WHICH_JUDGES.search(last)
            ):  # "i set the heater and it works fine at 70": the clause with the number is the heater's
                said = None
            if said and (low[0] not in _OWN_VERDICT or not _PAST_OR_NOT_NOW.isdisjoint(low) or "if" in low):
                said = None
        n = (said.groupdict().get("n") or said.groupdict().get("n2") or "0") if said else "0"
        if 12 < int(n) < 120:
            return n, text
        return "", text

    @staticmethod
    def _place_said_as_greeting(text: str, piece: Piece, intro: re.Match[str] | None) -> str | None:
        """Where the speaker writes from, said as a greeting ("hi from tulsa", "good morning from leeds") or a
        self-introduction by place ("ohio here"): a known country or state, or (after a greeting) a short name."""
        if intro is not None:
            words = intro.group("r").lower().split()
            return intro.group("r").lower() if len(words) <= 2 and words[-1] in PLACES else None
        m = _GREETED_FROM.match(text) if "from " in text.lower() else None
        if m is None or not (piece.greeted or m.group("t")):
            return None
        value = noun_phrase(m.group("v"))
        words = m.group("v").lower().split()
        if not value or len(words) > 3 or words[0] in _GENERAL_SUBJECT_STOP or words[0] in ("the", "my", "your"):
            return None  # ("hello from the other side", "greetings from my couch")
        return value.lower()

    @staticmethod
    def _unsaid_subject(
        ctx: ExtractionContext,
        speaker: str,
        piece: Piece,
        text: str,
        prev: tuple[str, bool] | None,
        own: bool,
        lead: bool,
        confidence: float,
        prior: str = "",
        dated: bool = False,
    ) -> tuple[str, bool, float, str] | None:
        """Who a clause without a subject is about: the clause before's subject when it starts with a verb ("… and
        now work at Hooli"), else the speaker where chat drops the "I" ("moved to leeds last week", "walking my
        dog"). ``prior`` is what was said just before ("my wife? currently a nurse": hers, not the speaker's);
        ``dated``: a time phrase was cut from the clause ("vegan since january" reads "vegan").
        Returns (subject, plural, confidence, the clause as the predicate reader wants it), or None."""
        if prev is not None and _verb_led(text):
            if prev == (speaker, False) and _third_person(text):
                return None  # "my aunt moved to reno and lives there": "lives" is no verb of the speaker's
            return (*prev, confidence, text)
        user = ctx.role == "user"
        now = piece.present or piece.lasting or dated  # (a word of now or a date was cut from the clause)
        being = _BEING.match(text) if user and piece.before_own else None
        been = _BEEN_ING.match(text) if prev is None and user and lead else None
        if being:
            # "being retired, i head south in winter": a participle before the speaker's own clause
            text = "am " + text[being.end() :]
        elif been and _doing(text[been.end() :], True):
            # "been painting fences all week": the perfect progressive with its "i have" dropped
            text = "have " + text[text.lower().index("been") :]
        elif prev is None and user and lead and trade_said_now(text, now, prior):
            text = "am " + text  # "currently a nurse at st thomas", "starting as an associate on monday"
        elif prev is None and user and lead and (diet := diet_said_now(text, prior, now)):
            text = diet  # "vegan since january", "not vegetarian anymore"
        elif prev is None and user and lead and (habit := habit_said(text, prior)):
            text = habit  # "play padel most weekends", "live in leeds", "taken up pottery": the "I" dropped
        elif prev is None and user and _CHANGE_LEAD.match(text) and (own or text[:4].lower() != "live"):
            # chat drops the "I": "moved to leeds last week", "just started at a new job"; what "got a …" got ends
            # at a comma ("got a thinkpad, so far so good": no list of things got)
            text = text.split(",", 1)[0] if _match(r"^(?:just\s+|finally\s+)?got\s+an?\s", text, re.I) else text
        elif (
            prev is None and user and lead and _STATUS_LEAD.match(text) and not (piece.before_own and text[:3] == "in ")
        ):
            # ("in high school i was shy": a frame for the clause after it, not a status)
            text = "am " + _sub(r"^been\s+", "", text, flags=re.IGNORECASE)  # "married with 3 kids": the "I am" dropped
        elif (
            prev is None
            and user
            and (lead or (own and text[:4].lower() in ("grew", "born", "rais")))
            and _ORIGIN_LEAD.match(text)
        ):  # ("mine raised horses, grew up on a farm": after a clause with no subject of its own, too)
            # "born and raised in utah", "grew up on a farm": where the speaker is from; "so beat from bartending"
            origin = _ORIGIN_LEAD.match(text)
            lead_word = (origin.group(1) or "").lower() if origin else ""
            text = {"born": "was ", "raised": "was ", "originally": "am ", "grew": ""}.get(lead_word, "am ") + text
        elif prev is None and user and lead and fan_said(text, own, ctx.text):
            text = fan_said(text, own, ctx.text)  # "huge fan of adele": the "I am" dropped
        elif (
            prev is None
            and user
            and lead
            and _doing(_LY_LEAD.sub("", _ADVERBS.sub("", text)), own)
            and not (someone_before(prior) and _match(r"^(?:\w+\s+)?(?:starting|working|teaching|studying)\b", text))
        ):
            # a clause led by a participle says what the speaker is doing: "walking my dog", "presently
            # residing in norway" (not "hiking sounds fun": there the gerund is the subject of a verb; nor "my
            # brother got a job. starting at tesco monday": a job after another person's news is theirs)
            text = "am " + _LY_LEAD.sub("", _ADVERBS.sub("", text))
        else:
            return None
        return (speaker, False, min(confidence, 0.7), text)

    @classmethod
    def _earning(cls, c: _Clause, verb: str, obj: str) -> bool:
        """ "i walk dogs to pay the bills": what the speaker does, now and habitually, for money is a job (not
        "i sold my car to pay the rent", a past deed, nor "i borrow money to pay the bills", a thing of their own)."""
        v = verb.lower()
        if v != _lemma(v) and not (v.endswith("s") and _lemma(v) + "s" == v) or v in _PAST_EVENT or v in _PARTICIPLES:
            return False
        if v in _NOT_EARNING or v in _AUXILIARY or v in _ADVERB_WORDS or v in _NOT_MANNER or v in _CATENATIVE:
            return False
        if _match(
            r"^(?:my|our|his|her|their|some|money|loans?|cash|(?:an?\s+|two\s+|three\s+)?"
            r"(?:(?:new|second|extra|other|part[\s-]time|full[\s-]time)\s+)?(?:jobs?|work))\b",
            obj,
            re.IGNORECASE,
        ):
            return False
        return cls._living(c, verb, obj)

    @staticmethod
    def _living(c: _Clause, verb: str, obj: str) -> bool:
        """ "i do carpentry for a living" → role carpentry; "i drive a lorry for a living" → role lorry driving."""
        v = _lemma(verb.lower())
        thing = noun_phrase(obj) if obj else ""
        if (
            v in _NO_LIVING_VERB
            or thing.lower() in _PRONOUN_VALUE
            or obj.strip().lower() in _PRONOUN_VALUE
            or obj[:3].lower() == "to "
            or obj.lower().startswith(("not ", "never "))
        ):
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
    def _taste_first(
        text: str, speaker: str, span: tuple[int, int], confidence: float, when: datetime | None, out: Extraction
    ) -> bool:
        """A taste said of the thing before the verb: how it affects the speaker ("clowns terrify me") or a
        superlative ("the best movie is the godfather")."""
        affects = _AFFECTS_ME.match(_CUE_TAIL.sub("", text)) if " me" in text.lower() else None
        if affects and affects.group("x").split()[0].lower() not in _PRONOUNS | _GENERAL_SUBJECT_STOP:
            thing = noun_phrase(affects.group("x"))
            if thing and len(thing.split()) <= 3:
                # "clowns terrify me", "the holidays make me sad": how a thing affects the speaker is a taste
                good = bool(affects.group("good"))
                speaker_fact(
                    out,
                    speaker,
                    "likes" if good else "dislikes",
                    _lower_unless_proper(thing),
                    min(confidence, 0.75),
                    span,
                    when,
                )
                return True
        if ClauseReader._best_named(text, speaker, span, confidence, when, out):
            return True
        said = taste_said(_CUE_TAIL.sub("", text))  # "mondays are the worst", "i live on coffee"
        if said:
            speaker_fact(out, speaker, said[0], said[1], min(confidence, 0.75), span, when)
            return True
        if ClauseReader._my_thing(text, speaker, span, confidence, when, out):
            return True
        best = _BEST.match(_CUE_TAIL.sub("", text)) if "best" in text.lower() else None
        if best and best.group("x").split()[-1].lower() in FAV_KINDS:
            value = noun_phrase(_ADVERBS.sub("", best.group("v")))
            if (
                value
                and len(value.split()) <= 4
                and not _STATE_COMPLEMENT.match(best.group("v"))
                and _GENERAL_SUBJECT_STOP.isdisjoint(value.lower().split())
            ):
                # "the best movie is the godfather": an opinion said as a superlative is the speaker's favourite
                speaker_fact(
                    out,
                    speaker,
                    favorite_key(best.group("x"), value),
                    _lower_unless_proper(value),
                    min(confidence, 0.7),
                    span,
                    when,
                )
                return True
        return False

    @staticmethod
    def _my_thing(
        text: str, speaker: str, span: tuple[int, int], confidence: float, when: datetime | None, out: Extraction
    ) -> bool:
        """A taste said of the thing named first ("jazz is my jam", "camping is not my thing") or a pastime said by
        the time given to it ("my evenings are for knitting"): a doing is a pastime, anything else a like."""
        plain = _CUE_TAIL.sub("", text)
        m = _MY_JAM.match(plain) if " my " in f" {text.lower()} " else None
        timed = None if m else _TIME_GOES_TO.match(plain)
        found = m or timed
        if found is None:
            return False
        value = noun_phrase(found.group("v"))
        words = value.lower().split()
        if not value or len(words) > 4 or words[0] in _PRONOUNS or not _GENERAL_SUBJECT_STOP.isdisjoint(words):
            return False
        if kind_of(value) == "kin" or words[-1] in ("work", "chores", "homework", "errands", "sleep", "rest"):
            return False  # "my sundays are for family", "… for sleep": who or what, no pastime
        disliked = bool(m and m.group("neg"))
        key = "dislikes" if disliked else "hobbies" if timed or _activity_gerund(value) else "likes"
        speaker_fact(out, speaker, key, _lower_unless_proper(value), min(confidence, 0.75), span, when)
        return True

    @staticmethod
    def _best_named(
        text: str, speaker: str, span: tuple[int, int], confidence: float, when: datetime | None, out: Extraction
    ) -> bool:
        """A favourite said as "X is the best (band)" or "nothing beats X": the kind is what is said, else what the
        value is known to be ("pizza" is a food); a thing of no known kind, or a person ("my mom is the best"),
        names no favourite."""
        low = text.lower()
        m = _BEST_NAMED.match(_CUE_TAIL.sub("", text)) if "best" in low or "greatest" in low else None
        m = m or (_NOTHING_BEATS.match(_CUE_TAIL.sub("", text)) if low.startswith(("nothing", "there")) else None)
        if m is None:
            return False
        raw = m.group("v").strip()
        kind = (m.groupdict().get("x") or "").lower()
        first = raw.split()[0].lower()
        if (
            first in _PRONOUNS
            or first in _GENERAL_SUBJECT_STOP
            or first in ("my", "your", "his", "her", "our", "their")
        ):
            return False
        if low.startswith(("nothing", "there")):
            raw = _WHEN_CUT.sub("", raw)  # "nothing beats pizza on a friday night": pizza
        value = noun_phrase(_ADVERBS.sub("", raw))
        if not value or len(value.split()) > 3 or (kind and kind.split()[-1] not in FAV_KINDS):
            return False
        key = favorite_key(kind, value)
        if kind_of(value) == "kin":
            return False
        if key == "favorite_thing":
            if not low.startswith(("nothing", "there")):
                return False
            key = "likes"  # "nothing beats a hot bath": no kind to be the favourite of, but surely liked
        speaker_fact(out, speaker, key, _lower_unless_proper(value), min(confidence, 0.7), span, when)
        return True

    @staticmethod
    def _named_first(
        text: str, speaker: str, span: tuple[int, int], confidence: float, when: datetime | None, out: Extraction
    ) -> bool:
        """A job, a home or a favourite place named before the verb: "nursing is my job", "home for me is a caravan",
        "the lake is my happy place"; a job wished for ("being a lawyer is my dream") is a goal, not the job."""
        aim = dream_job(_CUE_TAIL.sub("", text)) if "my" in text.lower() else None
        if aim:
            speaker_fact(out, speaker, "goals", aim, min(confidence, 0.8), span, when)
            return True
        m = _JOB_BACK.match(_CUE_TAIL.sub("", text)) if "my" in text.lower() else None
        key = "role"
        if m is None and ("my" in text.lower() or "mine" in text.lower()):
            m, key = _HOBBY_BACK.match(_CUE_TAIL.sub("", text)), "hobbies"
        if m is None and text[:4].lower() == "home":
            m, key = _HOME_BACK.match(_CUE_TAIL.sub("", text)), "home"
        if m is None and (" place" in text or " where i " in text):
            m, key = _HAPPY_PLACE.match(_CUE_TAIL.sub("", text)), "favorite_place"
        home = home_named_first(_CUE_TAIL.sub("", text)) if m is None and "home" in text.lower() else None
        if home and noun_phrase(home):  # "ohio is home now", "i call boston home"
            speaker_fact(
                out, speaker, "home", _lower_unless_proper(noun_phrase(home)), min(confidence, 0.8), span, when
            )
            return True
        if m is None:
            return False
        value = noun_phrase(_sub(r"^being\s+", "", m.group("v"), flags=re.IGNORECASE))  # ("being a nurse is my job")
        if not value or not _GENERAL_SUBJECT_STOP.isdisjoint(value.lower().split()):
            return False
        speaker_fact(
            out,
            speaker,
            key,
            value.lower() if key == "hobbies" else _lower_unless_proper(value),
            min(confidence, 0.8),
            span,
            when,
        )
        return True

    @staticmethod
    def _favorite_first(
        text: str,
        speaker: str,
        span: tuple[int, int],
        when: datetime | None,
        out: Extraction,
        prior: str = "",
        bare: bool = True,
    ) -> bool:
        """ "pizza is my favourite food": the speaker's favourite, named before the possessive. ``bare``: a bare
        noun phrase before may be what "my favourite" names ("pizza. my fav!"; not in "hehe my favourite season",
        where it is the same clause's filler)."""
        fav = _FAV_BACK.match(_CUE_TAIL.sub("", text)) or _FAV_APPOS.match(_CUE_TAIL.sub("", text))
        fav = fav or (BEST_NAMED_FIRST.match(_CUE_TAIL.sub("", text)) if " best " in text.lower() else None)
        if not fav:
            return False
        named = _favourite_named(fav.group("v") or "")
        value = named.strip(" .,!") if titled(named) else noun_phrase(named)
        title = "" if value else media_name(fav.group("x") or "", named)  # "the who is my favourite band"
        value = value or title
        if (named or "it").strip().lower() in _PRONOUN_VALUE:
            # "i love blondie, they are my favourite band": the pronoun names what this turn just liked
            before = [a for a in out.attributes if a.entity == speaker and not a.negated and a.key in _LIKED_KEYS]
            colours = _colours_in(prior, fav.group("x") or "") if not fav.group("v") else ""
            if colours:
                value = colours  # "knitting a blue and yellow scarf, my favourite colours": the colours it names
            elif before and not (
                before[-1].key == "hobbies" and favorite_key(fav.group("x") or "") in _TITLED_OR_EATEN
            ):
                value = before[-1].value  # (a pastime is no title: "i read the paper. it is my favourite movie")
            elif (
                (not fav.group("v") or _named_before(strip_lead(prior)[0], fav.group("x") or ""))
                and prior
                and _PERSONAL_OTHER.isdisjoint(prior.lower().split())
            ):
                # "just ate pizza , my favourite": the thing the clause before named; "abba, they are my favourite
                # band": a bare noun phrase before the pronoun is what it names
                bare_np = strip_lead(prior)[0]
                named_bare = bool(bare or fav.group("v")) and _named_before(bare_np, fav.group("x") or "")
                mine = _MINE_IS.match(bare_np)
                value = (
                    (noun_phrase(mine.group("v")) if mine and not fav.group("v") else "")
                    or _tail_np(prior)
                    or (noun_phrase(bare_np) if named_bare else "")
                )
                # ("pizza. my fav!": a bare noun phrase before the apposition is what it names)
                if not value or len(value.split()) > 3 or not _GENERAL_SUBJECT_STOP.isdisjoint(value.lower().split()):
                    return False
            else:
                value = done_before(prior, fav.group("x") or "") if prior else ""  # "we watched jaws. it is my …"
                if not value:
                    return False
        elif not value or not (title or titled(named) or _GENERAL_SUBJECT_STOP.isdisjoint(value.lower().split())):
            return False  # ("everything is my favourite"; a title in capitals is a name: "Everything Everywhere …")
        thing = fav.group("x") or ""
        if thing.lower().split()[-1:] in (["color"], ["colors"], ["colour"], ["colours"]) and kind_of(value) != "color":
            value = _colours_in(value, thing)  # "i painted my room teal. my fave colour": teal, not the painting
            if not value:
                return False  # "i bought a car, my favourite colour": a favourite colour that names no colour
        if thing in ("thing", "things") and fav.group("to"):
            thing += " " + fav.group("to")  # "one of my favourite things to do" names a pastime
        key = favorite_key(thing, value)
        speaker_fact(out, speaker, key, _lower_unless_proper(value), 0.85, span, when)
        return True

    def _subject(self, body: str, speaker: str, last_person: str | None) -> tuple[str | None, str, bool, bool]:
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
        if (
            m
            and m.group("name").split()[0] not in _SUBJECT_STOP
            and not _PREPOSITION_AFTER.match(m.group("p"))  # ("Allergic to penicillin", "Based in Leeds": no name)
            and not _verb_led(m.group("name").split()[0].lower())
            and not _participle(m.group(0))
        ):
            return entity_ref("Person", m.group("name")), m.group("p"), bool(m.group("poss")), False
        m = _HE_SHE.match(body)
        if m:
            return (last_person or ""), m.group("p"), False, False
        return None, body, False, False

    def _predicate(self, c: _Clause, predicate: str) -> None:
        p = _ADVERBS.sub("", predicate).strip(" ,")
        p = _CUE_TAIL.sub("", p).strip(" ,")
        manner = p.split(None, 2)
        if (
            len(manner) > 2
            and manner[0].endswith("ly")
            and len(manner[0]) > 4
            and manner[1] in VERBS
            and manner[0].lower() not in _NOT_MANNER
        ):
            p = p[len(manner[0]) :].lstrip()  # "i thoroughly enjoy baking": a manner adverb before the verb
        p = _WORK_CHAT.sub(_work_chat, p) if p[:2].lower() in ("am", "do", "ha") else p
        living = _FOR_A_LIVING.match(p) if " for " in p.lower() or p[-3:].lower() == "lly" else None
        if (
            living
            and p[-3:].lower() == "lly"
            and (
                _lemma(living.group("verb").lower()) not in _TRADE_VERBS or len((living.group("obj") or "").split()) > 3
            )
        ):
            living = None  # "i dress professionally": a manner, not a trade (nor "… my dad who plays professionally")
        obj = (living.group("obj") or "") if living else ""
        if living and obj.lower() in ("it", "them") and living.group("verb").lower() in ("play", "do"):
            # "i love tennis and play it for a living": the pronoun takes up what the clause before liked
            liked = [a for a in c.out.attributes if a.span == c.span and a.key in ("likes", "sports", "hobbies")]
            obj = liked[-1].value if liked and " " not in liked[-1].value else obj
        if living and self._living(c, living.group("verb"), obj):
            return
        earn = _TO_EARN.match(p) if " to " in p.lower() else None
        if earn and not c.plural and self._earning(c, earn.group("verb"), earn.group("obj") or ""):
            return
        perfect = False
        been = _HAVE_BEEN.match(p)
        if been:
            p, perfect = "am " + been.group("c"), True  # "I've been a vegetarian for years": a present state
        m = _PERFECT.match(p)
        if m and (
            _lemma(m.group("v").split()[0]) in VERBS
            or m.group("v").split()[0].lower()
            in (
                "moved",
                "relocated",
                "settled",
                "started",
                "joined",
                "switched",
                "become",
                "retired",
                "quit",
                "stopped",
                "left",
            )
        ):
            p, perfect = m.group("v"), True  # "have lived in Rome", "have been working at X": a present state
            first = p.split(None, 1)
            if first[0].lower() not in VERBS:
                p = _lemma(first[0]) + (" " + first[1] if len(first) > 1 else "")
        grew = _GREW_UP_THERE.match(p)
        if grew:
            read_predicate(c, f"grew up {grew.group('p')} {grew.group('v')}")  # "i lived in tucson growing up"
            return
        stayed = _NEVER_LEFT.match(p)
        if stayed:
            read_predicate(c, "live in " + stayed.group("v"))  # "i have never left ohio": home all along
            return
        bare = NEVER_LEFT_BARE.match(p) if stayed is None and "never" in p.lower() else None
        sentence = c.ctx.text[c.span[0] : c.span[1]] if bare else ""
        there = place_before_there(sentence[: sentence.lower().rfind("never")]) if bare else None
        if there:
            read_predicate(c, "live in " + there)  # "born and raised in ohio and never left": home all along
            return
        if school_said(c, p):
            return  # a school said through a graduation to come, a team, a grade, a past school (_school)
        plain_not = bool(_match(r"^(?:do|does|did)\s+not\s", p, re.IGNORECASE))
        negated = self._negation(c, p)
        if negated is None:
            return
        p = negated.strip(" ,")
        if not p:
            return
        living = _FOR_A_LIVING.match(p) if c.negated and (" for " in p or p[-3:].lower() == "lly") else None
        if living and _lemma(living.group("verb").lower()) in _TRADE_VERBS:
            # "i used to play tennis for a living": a past trade (closed), not that tennis is no longer played;
            # "i do not play golf for a living" says no job at all (a closed role would end the current one)
            if not plain_not:
                self._living(c, living.group("verb"), living.group("obj") or "")
            return
        emph = _EMPHATIC_DO.match(p)
        if emph and (emph.group("v").lower() in VERBS or emph.group("v").lower() == "breakup"):
            p = p[emph.end("aux") :].strip()  # "i do love a good horror movie"
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
                        read_predicate(c, lemma + p[len(first) :])
        ev = _EVENT.match(p) if not _OBLIGATION.match(p) else None
        if ev and not c.negated and (not c.matched or c.when is not None):
            rest = _split(
                r",|\s+(?:and\s+(?:it|that|then|we|i|she|he)|because|but|so|which)\b", ev.group("rest"), maxsplit=1
            )[0]
            value = _clean(f"{ev.group('verb')}{rest}").lower()
            if len(value.split()) >= 2:
                c.attr("event", value, "episodic", negated=False, confidence=min(c.confidence, 0.8))
        if not c.matched:
            self._registered(c, p)

    @staticmethod
    def _negation(c: _Clause, p: str) -> str | None:
        """Read the change cue or negation that leads a predicate: "no longer …", "used to …", "do not … anymore"
        set ``c.negated`` and leave the predicate they apply to; "i don't like X" is a dislike, written here.
        Returns the predicate left to read, or None when nothing is (the clause is done)."""
        for neg, prefix_be in _NEGATIONS:
            m = neg.match(p)
            if m:
                c.negated = True
                rest = m.group("p").strip()
                aux = (m.groupdict().get("aux") or "").lower()
                if aux in ("am", "is", "are") or prefix_be:
                    rest = _sub(r"^be\s+", "", rest, flags=re.IGNORECASE)
                    if not _match(r"^(?:" + _VERB_WORDS + r")\b", rest, re.IGNORECASE) or rest.lower().startswith(
                        ("a ", "an ")
                    ):
                        rest = "am " + rest
                elif rest.lower().startswith("be "):
                    rest = "am " + rest[3:]
                p = rest
                break
        else:
            m = _PLAIN_NEG.match(p) if not _CANT_STAND.match(p) else None
            if m:
                aux, rest = m.group("aux").lower(), m.group("p").strip()
                if _match(
                    r"^(?:really\s+|even\s+)?(?:like|love|enjoy|care\s+for|care\s+(?:much\s+)?about|want|eat\s+much)\b",
                    rest,
                    re.IGNORECASE,
                ) and aux in ("do", "does", "did"):
                    # "i don't care about football" counts as a dislike; "… like the colour beige": beige
                    obj = _sub(
                        r"^(?:really\s+|even\s+)?(?:like|love|enjoy|care\s+for|care\s+(?:much\s+)?about)\s+"
                        r"(?:the\s+colou?rs?\s+(?!of\b))?",
                        "",
                        rest,
                        flags=re.IGNORECASE,
                    )
                    if not rest.lower().startswith("want") and not LIKED_MOST_TAIL.search(obj):
                        for item in _split_list(noun_phrase(obj, keep_det=True) if obj else ""):
                            c.attr("dislikes", _lower_unless_proper(item).lower() if not item[:1].isupper() else item)
                    return None
                if aux == "can" and rest.split(None, 1)[0].lower() in _SKILL_VERBS:
                    c.negated = True
                    p = "can " + rest  # "i can't swim": a skill the speaker lacks
                elif aux in ("will", "would", "could", "should", "can", "have", "has"):
                    return None
                if aux in ("am", "is", "are") and _match(
                    r"^(?:a\s+(?:big\s+|huge\s+)?fan|into|keen|big\s+on|fond\s+of|"
                    r"much\s+of\s+an?)\b",
                    rest,
                    re.IGNORECASE,
                ):
                    p = "am not " + rest
                elif aux != "can":
                    c.negated = True
                    p = ("am " + rest) if aux in ("am", "is", "are") else rest
        return p

    def _possessive(self, c: _Clause, predicate: str) -> None:
        """ "my …": a named relative, a favourite, a thing of mine and its value, or a relative doing something."""
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
            thing = _sub(r"^(?:new|current|day|main|part[\s-]time|full[\s-]time)\s+(?=job|work)", "", thing)
            thing = _sub(r"\s+(?:for\s+(?:the|this|my)\s+\w+|right\s+now|these\s+days)$", "", thing)
            value = m.group("v").strip()
            if thing in STATUS_THINGS:
                status_said_as_thing(c, thing, value)  # "my divorce is final", "my relationship status is single"
                return
            if _match(r"^least\s+(?:favou?rite|fave|fav)\b", thing, re.IGNORECASE):
                for item in _split_list(noun_phrase(value)):
                    c.attr("dislikes", _lower_unless_proper(item))  # "my least favourite chore is ironing"
                return
            thing = best_as_favourite(thing, value)  # "my best colour is green": the favourite colour
            fav = _FAVORITE.match(thing)
            if (
                fav
                and fav.group("x")
                and _search(
                    r"\b(?:to\s+do|to\s+relax|pastime|activity|activities|hobby|"
                    r"way\s+to)\b",
                    fav.group("x"),
                )
            ):
                v = noun_phrase(_sub(r"^(?:to|is\s+to)\s+", "", value), keep_det=True)
                if v:
                    c.attr("favorite_hobby", v.lower())  # "my favourite way to unwind is baking bread"
                return
            if fav:
                apposed = apposed_favourite(m.group("thing").strip())
                if apposed:  # "my fave band the kills are touring": the name after the kind is the favourite
                    c.attr(apposed[0], apposed[1], "identity")
                    return
                value = _favourite_said(value)
                v = noun_phrase(value) or media_name(fav.group("x") or "", value)  # "my favourite band is the who"
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
                kind = pet_kind(pet.group("pet")) or _singular(pet.group("pet"))
                c.attr("pets", kind)  # "my dog's name is Rex", "my two cats are …"
                return
            kin = _OWN_KIN.match(thing)
            if kin and kin.end() == len(thing):
                self._relative(c, kin.group("kin").lower(), value)
                return
            kins = [_OWN_KIN.fullmatch(x.strip()) for x in _split(r"\s+and\s+|\s*,\s*", thing)]
            kin_words = [k.group("kin").lower() for k in kins if k]
            if len(kins) > 1 and len(kin_words) == len(kins):
                for word in kin_words:
                    self._relative(c, word, value)
                return  # "my wife and kids are in town"
            if thing in ("eyes", "hair", "eye color", "eye colour", "hair color", "hair colour", "skin"):
                look = described(noun_phrase(value))  # (not "my hair is sweaty": a state, not a look)
                if look and not _STATE_COMPLEMENT.match(look):
                    noun = "eyes" if thing.startswith("eye") else thing.split()[0]
                    c.attr("appearance", f"{look} {noun}")
                return
            if thing in ("job", "work", "profession", "occupation", "career") and _match(
                r"^(?:at|in|with|for)\s+", value, re.IGNORECASE
            ):
                v = noun_phrase(_sub(r"^(?:at|in|with|for)\s+", "", value, flags=re.IGNORECASE))
                if v:
                    c.attr("employer", _lower_unless_proper(v))
                return
            if thing in HOBBY_NOUNS:  # "my hobbies include …", "my main hobby is …", "my enjoyment is …"
                for item in _split_list(noun_phrase(value, keep_det=True)):
                    c.attr("hobbies", item.lower())
                return
            dwelling = _sub(r"^(?:new|current|present)\s+", "", thing)  # "my new flat is in leeds": where one lives now
            lives = _HOME_IS_IN.match(value) if dwelling in ("home", "house", "apartment", "flat", "place") else None
            if lives:  # "my home is in the hills", "my apartment is near the park": where the speaker lives
                near = lives.group("p").lower() if lives.group("p").lower() not in ("in", "on") else ""
                place = _lower_unless_proper(noun_phrase(lives.group("v")))
                c.attr("home", f"{near} {place}".strip() if place else dwelling)
                return
            if thing in ("home", "house", "apartment", "flat"):
                said = home_said_as(value)  # "my home is ohio" (not "my home is cozy", "my house is a mess")
                if said and noun_phrase(said):
                    c.attr("home", _lower_unless_proper(noun_phrase(said)))
                return
            thing, held_at = job_thing(thing)  # "my role on this project", "my position at the bank" (_work)
            key = self._phrase_keys.get(thing) or _POSSESSIVE_KEYS.get(thing)
            if key == "role":
                value = _sub(r"^(?:being|to\s+be)\s+", "", value, flags=re.IGNORECASE)
                judged = job_judged(value)  # "my job is crappy grocery store": the judgement is no part of it
                if held_at:
                    c.attr("employer", held_at)
                if judged:
                    c.attr(*judged)
                    return
                if _JOB_DOES_TO_ME.match(value) or (
                    not _role_head(noun_phrase(value))
                    and not _match(r"^[a-z]{3,}ing\s+\w", value, re.IGNORECASE)
                    and not _trade(noun_phrase(value))
                ):
                    return  # "my job is boring" describes the job; "my job is fixing boilers" names it
            ad_hoc = key is None
            provider = _PROVIDED_BY.match(value.strip()) if ad_hoc else None
            if provider:  # "my mortgage is with Nationwide", "our boiler cover is through HomeServe": the provider
                value = provider.group("n")
            # "my locker code is 4471" names a thing and its value; "my kids are so excited" describes a
            # state. Only the first is an attribute (a mood or state key takes the state as its value).
            if (
                _STATE_COMPLEMENT.match(value)
                and (key is None or self.ontology.category_of(key) != "context")
                and not (key == "name" and value[:1].isupper())
            ):
                return
            if ad_hoc:
                # a key the ontology does not know is what the speaker told about their things (knowledge),
                # not who they are (identity)
                if len(thing.split()) > 3 or c.ctx.role == "assistant" and thing in ("name",):
                    return
                if not _RELATIVE_WORDS.isdisjoint(thing.split()):
                    return  # "my sister who lives in Rome is a chef": no key "sister_who"
                named = _match(r"^(?:(?:dr|mr|mrs|ms|prof)\b|[A-Z])", value.strip())  # "my doctor is dr. okafor"
                if (thing.split()[-1] in PEOPLE_NOUNS or thing in RELATION_WORDS) and not named:
                    return  # "my friend is allergic to peanuts", "my coworker is vegan": that person's fact
                if len(value.split()) > 6 or _match(r"^[a-z]{3,}ing$", value.strip(" .!")):
                    return  # ("my commute is exhausting": a description)
                key, conf = _sub(r"[^a-z0-9]+", "_", thing).strip("_"), 0.6
                if key in ("team", "club") and not team_named(value, c.ctx.text):
                    return  # "my team is 12 people", "my team is the backend team": colleagues, not a club
            else:
                conf = c.confidence
            if key not in ("name", "age", "contact") and _DESCRIBES.match(value.strip(" .!")):
                return  # ("our new house is tiny", "our baby girl was born", "my car is broken": a description)
            measured = key in _MEASURES or not _MEASURED.isdisjoint(thing.split())
            if not measured and _MEASURE_OF_A_THING.match(value.strip()):
                return  # ("my car is 10 years old", "my bag is 7kg": the thing's age or size, not what it is)
            if key not in ("name", "role") and _STATE_OF_A_THING.match(value.strip(" .!")):
                return  # ("my car is blue", "my employer is hiring": how the thing is, not which it is)
            if key not in _MEASURES:  # "my car is a 10 year old civic": the civic, whatever its age
                value = _sub(
                    r"^(?:an?\s+)?(?:[0-9]+|[a-z]+)[\s-]years?[\s-]old\s+(?=\w)", "", value.strip(), flags=re.IGNORECASE
                )
            if key and is_key(key):
                spec = self.ontology.get(key)
                if key in ("name",):
                    value = _split(r"\s+(?:and|but|so|because)\b|,", value, maxsplit=1)[0]
                    value = _NAME_TAIL.sub("", value)  # ("my name is kate btw": Kate)
                    if len(value.split()) > 3:
                        return
                elif key == "age":
                    n = _match(r"^(\d{1,3})\b", value)
                    if not n:
                        return
                    value = n.group(1)
                elif key == "contact":
                    # "my phone is 555 0134" is a number to reach them by; "my phone is a pixel 8" names a device
                    reach = _CONTACT_VALUE.match(value.strip())
                    if reach is None:
                        if thing == "phone" and (device := noun_phrase(value)):
                            c.attr("devices", _lower_unless_proper(device))
                        return
                    value = reach.group(0)
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
            self._relative(c, kin.group("kin").lower(), predicate[kin.end() :].strip())
            return
        pet = _OWN_PET_NAMED.match(predicate)
        if pet:
            gone = bool(_GONE.search(predicate))  # "our dog passed away": the pet is no more
            c.attr("pets", pet_kind(pet.group("pet")) or _singular(pet.group("pet")), negated=gone)

    def _relative(self, c: _Clause, kin: str, rest: str, status: bool = True) -> None:
        """ "my son is starting college": a fact about the son, so only what it says about the speaker (they have
        a son; a wife means married) — never the son's facts on the speaker."""
        if c.plural:
            return
        c.attr("family", kin, confidence=0.8, negated=False)
        if not status:
            return
        ended = _PARTNER_LEFT.match(rest) if kin in _PARTNERS else None
        if ended:
            # "my wife left me", "my boyfriend dumped me": the relationship ended (never "married" from it)
            left = partner_ended(kin, ended.group(0), bool(ended.group("gone")))
            c.attr("relationship_status", left, confidence=0.7, negated=False)
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
                c.attr(key, p[len(phrase) :].strip(), self.ontology.category_of(key), confidence=0.7)
                return
