"""A single-valued fact that changed, said in the speaker's own words rather than as "i live in / i work / i am":
a move or a new state said with an event verb whose object is the state, a relationship begun, and a diet taken up.

Why it is read that way:

- An event verb whose object is a state says the state holds now: "we finally made the jump to Denver", "ended up
  settling in Porto", "i've got my own place in York now" (``home``, not a possession: a place of one's own *in* a
  town is where one lives), "i got moved to nights" (``work_schedule``), "i've started going to bed at 10", "i've
  been waking at 5:45 since the new job" (``bedtime``/``wake_time``), "i transferred to Roosevelt High", "i'm now
  doing my phd at Cambridge" (``school``). These keys hold one value, so the old one is superseded; the clause
  reader would otherwise keep only an ``event`` ("made the jump to denver"), which supersedes nothing. The new
  value is said as the key's own frame ("i work nights", "i go to bed at 10") and read by ``_routine``, so one
  normalisation serves both wordings.
- Only the speaker's own, real, present change counts: the frame opens the clause with "i"/"we" or with the verb
  itself (chat drops the subject: "ended up settling in porto"), so "my brother made the jump …", "we might make
  the move …", "if we ended up …" and questions open otherwise and say nothing. A sleep time said with a one-off
  date ("i started going to bed at 2 last night") is one night, not a habit, unless it is said as lasting ("i've
  been …").
- A place after "made the move/jump/leap to" must look like a place (a capitalised name or a country or state):
  "made the move to management" is a career, not a home. "Settled in" takes one lower-case word in chat ("im
  settled in glasgow now") unless it is a manner ("settled in nicely").
- Dating: "i'm dating a guy called Sam", "going out with Priya", "i've been seeing Ana for months" are a
  relationship (``relationship_status`` = "in a relationship", as "i'm dating someone" already is) and, with a
  name, the ``partner_of`` relation the names reader writes for "my boyfriend Sam". "Seeing" and "going out with"
  are as often one meeting ("i'm seeing Sam on friday", "going out with friends tonight"): a dated clause is a
  meeting unless "been" says it lasts, and only a name (capitalised, or after "called/named") or "someone" counts,
  never "a therapist", "my mom" or "friends".
- A diet taken up ("i'm doing the carnivore diet now", "i'm trying keto at the moment") is the ``food_preference``,
  as "i'm on the keto diet" is.

- A new home said by where one's new place is ("we finally moved into our new flat in York", "just got the keys to
  our new house in Denver"), by what the town is to one now ("Bergen's home now": with a cue or "my/our", since
  "Sam's home" is someone arriving), or by being its resident ("i'm a Queens resident now"; "a permanent/legal
  resident" is a status, not a town). Only "my/our new …" counts, and the clause must open with i/we or the verb,
  with no modal or "if" before the place: "my sister moved into her new flat" and "we might get a new place in
  Denver" say nothing of the speaker's home.
- A job said as being hired ("Lidl hired me as a shift lead", "just got hired at Waitrose") or as joining a firm
  named in passing ("i joined a startup called Brightwave as their first engineer"): the ``employer`` (and the
  ``role`` after "as"), so the old employer is superseded; the clause reader only kept "joined a startup".
- A commute taken up ("i've started taking the ferry to work", "been cycling to work lately") is the commute,
  said in the key's own frame ("i take the ferry to work") and read by ``_routine``.
- A new thing said as "my new car/phone is …", "upgraded my phone to …" or "got … to replace my (old) phone" is
  restated before the clauses are read (:func:`restated`) as "i replaced my car/phone with …", which already
  names the thing and replaces the user's thing of that kind (a "Dell XPS" is a laptop); "my new favourite X is Y" and "i've got a new favourite X: Y" are
  restated as "my favourite X is Y" (the clause reader otherwise made a key "new_favourite_x"). A plan ("going
  to upgrade my phone"), someone else's ("my sister's new car") or a condition ("if i got …") opens otherwise and
  is left as said.
- One had and then named by a pronoun ("i have a girlfriend now, her name is Leah", "we got a puppy, his name's
  Biscuit") is restated as "… my girlfriend's name is Leah", which ``_names`` reads as the partner (or pet) named:
  the pronoun can only take up the one the speaker just said they have.

Trailing cues ("now", "these days", "lately", "at the moment", "since the new job", "instead") are cut before the
frames are matched: they say the state lasts, which the frames already assume.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from .._entities import entity_ref
from ._clauses import Piece
from ._lexicon import DIETS, FIRM_KINDS, NOT_ROLE, PLACES, ROLE_SUFFIXES, ROLE_WORDS, STUDENT_WORDS, words
from ._routine import routine_of
from ._rule_clause import _lower_unless_proper, speaker_fact
from ._tools import _KNOWN as _TOOL_NAMES
from ._types import ExtractedRelation, Extraction

__all__ = ["restated", "shift_mentions", "titled"]

_LEAD = (
    r"^(?:(?:also|btw|and|so|well|oh|actually|anyway|yeah|yes|ok|okay|plus|but|update|news|good\s+news|finally|"
    r"honestly|lately|these\s+days|nowadays|currently)\W+)*"
)
_CUE_TAIL = re.compile(
    r"(?:(?:\s*,\s*|\s+)(?:now|again|finally|instead(?:\s+of\s+.*)?|these\s+days|nowadays|lately|at\s+the\s+moment|"
    r"currently|for\s+now|after\s+all|lol|haha|ugh|since\s+.*|for\s+(?:a\s+few|several|\w+)\s+(?:days|weeks|"
    r"months|years)|(?:this|last)\s+(?:term|semester|year|week|month|fall|autumn|spring|summer|winter|weekend|night|"
    r"morning)|(?:last|to)night|yesterday|today|at\s+the\s+weekend|over\s+the\s+weekend))+"
    r"\s*[.!]*$",
    re.IGNORECASE,
)
"""Cues after a frame that say the state lasts ("… since the new job", "… these days", "… instead")."""
_I = r"(?:(?:i|we)\s+)?"
_HAVE = r"(?:(?:have|has)\s+)?"
_ADV = r"(?:(?:just|finally|recently|eventually|now|all|officially|actually)\s+)*"
_NAME = r"(?P<p>(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})|[a-z][\w'-]*)"

_MOVED = re.compile(
    _LEAD + _I + _HAVE + _ADV + r"(?:(?P<jump>made|make)\s+the\s+(?:big\s+)?(?:jump|move|leap)\s+(?:over\s+|"
    r"across\s+|up\s+|down\s+)?to|ended\s+up\s+(?:settling(?:\s+down)?|living|moving|staying)\s+(?:in|to)|"
    r"(?P<settle>settled(?:\s+down)?\s+in(?:to)?)|(?:am|are)\s+"
    + _ADV
    + r"(?P<settled>settled(?:\s+down)?\s+in(?:to)?)|"
    r"(?:(?:got|found|rented)\s+(?:an?\s+)?|(?:got|found|bought|rented|have)\s+(?:my|our)\s+own\s+)(?P<what>place|flat|apartment|house|condo|"
    r"home|pad)\s+in)\s+" + _NAME + r"\s*$",
    re.IGNORECASE,
)
"""A move said as an event: "made the jump to Denver", "ended up settling in Porto", "got my own place in York"."""
_MANNER = words("nicely well fine okay ok quickly slowly in here there now at to the a an my our and with")

_SHIFTED = re.compile(
    _LEAD + r"(?:(?:i|we)\s+" + _HAVE + _ADV + r"(?:got|get|was|were|been|am\s+being|are\s+being)\s+|got\s+|been\s+|"
    r"(?:they|my\s+(?:boss|manager|job|work|company|employer|supervisor)|work)\s+" + _HAVE + _ADV + r"(?=\w+\s+"
    r"(?:me|us)\b))" + _ADV + r"(?:moved|switched|put|bumped|transferred|shifted|changed|rotated)(?:\s+(?:me|us))?"
    r"\s+(?:over\s+|back\s+)?(?:to|onto|on)\s+(?P<x>.+)$",
    re.IGNORECASE,
)
"""A new schedule given by one's work: "i got moved to nights", "they moved me to days at the warehouse"."""
_PLACE_TAIL = re.compile(r"\s+(?:at|in|on|for|with)\s+(?:the|a|an|my|our|work)\b.*$", re.IGNORECASE)

_SLEEP = re.compile(
    _LEAD + r"(?:(?:i|we)\s+)?" + _HAVE + _ADV + r"(?P<v>started|begun|began|been|taken\s+to|gotten\s+into\s+the\s+"
    r"habit\s+of|got\s+into\s+the\s+habit\s+of)\s+(?:(?P<bed>going\s+to\s+(?:bed|sleep)|sleeping|turning\s+in|"
    r"hitting\s+the\s+(?:sack|hay))|(?P<wake>waking(?:\s+up)?|getting\s+up|rising))\s+(?P<t>(?:at|around|by|"
    r"before|about)\s+.+)$",
    re.IGNORECASE,
)
"""A new sleep habit: "i've started going to bed at 10", "been waking at 5:45"."""

_SCHOOL_CAP = r"(?P<s>(?-i:[A-Z][\w.'&-]*(?:\s+(?:[A-Z][\w.'&-]*|of))*)(?<!\sof))"
_TRANSFERRED = re.compile(
    _LEAD
    + _I
    + _HAVE
    + _ADV
    + r"(?:(?:got|been|was|were|am|are)\s+)?(?:transferred|switched\s+schools|changed\s+schools|moved\s+schools)\s+"
    r"(?:schools?\s+)?(?:over\s+)?to\s+(?:the\s+)?"
    + _SCHOOL_CAP
    + r"(?P<kind>\s+(?:branch|office|site|store|depot|plant|warehouse))?"
    + r"(?:\s+(?:for|from|in|at\s+the\s+start\s+of)\s+(?:the|my|this|next|our)\s+.*)?\s*$",
    re.IGNORECASE,
)
"""A move of school: "i transferred to Roosevelt High", "i switched schools to Westview Academy"."""
_SCHOOL_NAME = re.compile(
    r"(?:\b(?:high|school|academy|college|university|uni|prep|institute|state|tech|elementary|middle|polytechnic)$|"
    r"^university\s+of\b|^(?-i:[A-Z]{2,5})$)",
    re.IGNORECASE,
)
"""A name that is a school: one transfers to departments and teams as well ("i transferred to Finance")."""
_SCHOOL_TIME = re.compile(
    r"\b(?:semester|term|trimester|school\s+year|academic\s+year|freshman|sophomore)\b", re.IGNORECASE
)
"""A transfer dated by the school calendar is a school's ("i transferred to Concordia this semester")."""
_WORKPLACE = re.compile(
    r"\b(?:hospital|clinic|infirmary|surgery)$",
    re.IGNORECASE,
)
"""A name that is a place of work one is transferred to ("i've transferred to St Luke's Hospital")."""
_STUDYING_AT = re.compile(
    _LEAD + r"(?:i\s+am|we\s+are)\s+" + _ADV + r"(?:currently\s+)?(?:doing|studying\s+for|studying|starting|taking|"
    r"working\s+on|halfway\s+through|in\s+the\s+middle\s+of)\s+(?:my|a|an|the)\s+(?:first\s+|second\s+|final\s+)?"
    r"(?:year\s+of\s+(?:my|a)\s+)?(?P<d>phd|ph\.d\.?|doctorate|masters?|master's|mba|msc|degree|bachelor's|"
    r"undergrad|pgce|llm|dphil)(?:\s+(?:degree|program|programme))?(?:\s+in\s+(?:\w+\s+){0,3}?\w+)?\s+at\s+"
    + _SCHOOL_CAP
    + r"\s*$",
    re.IGNORECASE,
)
"""A study being done somewhere: "i'm now doing my phd at Cambridge", "i'm studying for my mba at Wharton"."""

_DATING = re.compile(
    _LEAD + r"(?:(?:i|we)\s+am\s+|(?:i|we)\s+" + _HAVE + r"been\s+|been\s+|(?:i|we)\s+" + _HAVE + _ADV + r"(?:started|"
    r"begun)\s+)?" + _ADV + r"(?:currently\s+)?(?P<v>dating|seeing|going\s+out\s+with|going\s+steady\s+with)\s+"
    r"(?:(?P<kind>(?:a|this)\s+(?:(?:really\s+)?(?:nice|lovely|great|cute|new)\s+)?(?:guy|girl|man|woman|boy|lady|"
    r"gal|dude|person|chap|bloke|fella)|someone|somebody)\s+(?:called|named)\s+(?P<low>[a-z][\w'-]*)|"
    r"(?P<n>(?-i:[A-Z][\w'-]*))|(?P<some>someone|somebody)(?:\s+new)?)\s*$",
    re.IGNORECASE,
)
"""A relationship begun: "i'm dating a guy called Sam", "going out with Priya", "i'm seeing someone new"."""
_NOT_NAME = words("""i monday tuesday wednesday thursday friday saturday sunday you him her them it god jesus
    christmas easter""")

_DIET = re.compile(
    _LEAD + r"(?:(?:i\s+am|we\s+are)\s+" + _ADV + r"(?:currently\s+)?(?:doing|trying|following|eating|going)|"
    r"(?:i|we)\s+" + _ADV + r"(?:do|follow))\s+"
    r"(?:the\s+|a\s+)?(?P<d>intermittent\s+fasting|plant[\s-]based|[a-z-]+)(?:\s+diet)?\s*$",
    re.IGNORECASE,
)
"""A diet taken up: "i'm doing the carnivore diet now", "i'm trying keto at the moment"."""


_MANY_WORDED = {"intermittent fasting": "intermittent fasting", "plant based": "plant-based"}
"""Ways of eating named in two words, which the one-word :data:`DIETS` cannot hold."""
_RESTRICTIONS = words("gluten-free halal kosher")
"""Diets kept for a need or a faith (``dietary_restrictions``, read by ``_health``), not a preference taken up."""


_NOT_YET = (
    r"(?!(?:\S+\s+){0,8}?(?:if|when|might|may|could|would|will|should|want|wanna|hope|hoping|plan|planning|going|"
    r"gonna|thinking|looking|need|maybe|once|until|unless|whether|not|never|no)\b)"
)
"""No modal, plan, condition or negation before the frame's object: the change has not (yet) happened."""
_NEW_PLACE = re.compile(
    _LEAD + r"(?:(?:i|we)\s+)?" + _NOT_YET + r"(?=(?:[\w'-]+\s+){0,6}?(?:moved|moving|move|settled|settling|living|"
    r"live|unpacking|unpacked|got|bought|found|rented|renting|movers|boxes|keys)\b)(?:[\w'-]+\s+){1,7}?(?:my|our)\s+(?:brand\s+)?new\s+(?:place|flat|"
    r"apartment|house|home|condo|pad|digs)\s+(?:over\s+|out\s+|up\s+|down\s+)?in\s+" + _NAME + r"\s*$",
    re.IGNORECASE,
)
"""A new home said by where one's new place is, with a verb of moving in or living there: "we finally moved into our
new flat in York" (not "we had a party at my new house in georgia": a house may be where one is not living yet)."""
_HOME_IS = re.compile(
    r"^(?P<p>(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}))(?P<s>['’]s|\s+is)\s+(?P<my>(?:my|our)\s+)?home\s*$|"
    r"^(?:as\s+of(?:\s+(?:now|today))?\s*,?\s+)?(?P<my2>(?:my|our)\s+)?home(?:\s+is|['’]s)\s+(?:now\s+)?"
    r"(?P<p2>(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}))(?:\s*,\s*(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?))?\s*$",
    re.IGNORECASE,
)
"""A town said to be home now: "Bergen's home now", "Sydney is our home", "as of last month home is Portland,
Oregon" (the state after the comma says which Portland; the town is the value)."""
_RESIDENT = re.compile(
    _LEAD + r"(?:i\s+am|we\s+are)\s+" + _ADV + r"(?:an?\s+)?(?:proud\s+|official\s+|full[- ]time\s+)?"
    r"(?P<p>(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})|[a-z][\w'-]*)\s+(?:resident|residents|homeowner)\s*$",
    re.IGNORECASE,
)
"""A town said as being its resident: "i'm a Queens resident now"."""
_BACK_FOR_GOOD = re.compile(
    _LEAD + r"(?:(?:i\s+am|i'm|im|we\s+are|we're)\s+)?" + _ADV + r"(?:back|home)\s+(?:(?:living|for\s+good)\s+)?"
    r"in\s+" + _NAME + r"(?:\s+(?P<lasts>for\s+good|permanently|to\s+stay|for\s+keeps))?(?:\s+(?:now|again))*\s*[.!]*$",
    re.IGNORECASE,
)
"""A home gone back to for good: "back in glasgow for good now", "back living in Leeds" (not a visit: "back in london
for the weekend" says no lasting, and "back in london now" may be the end of a trip)."""
_NOT_BACK_IN = words(
    """shape business action school work town time love style fashion trouble control charge touch bed training
    form order service use play office uni college the a my our"""
)
"""What one is back in that is no town ("back in shape for good", "back in business")."""
_NOT_TOWN = words(
    "permanent legal long-term longterm temporary new former current foreign local full part-time "
    "nursing care home tax us uk eu"
)
_ORG = r"(?P<org>(?-i:[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|&|of))*))"
_AS_ROLE = r"(?:\s+as\s+(?:(?:an?|the|their|our|its)\s+)?(?P<role>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*))?"
_HIRED = re.compile(
    r"^(?:(?:also|so|well|oh|actually|anyway|update|news|good\s+news|finally)\W+)*"
    + _ORG
    + r"\s+(?:has\s+|have\s+)?"
    + _ADV
    + r"(?:hired|taken\s+me\s+on|took\s+me\s+on)(?:\s+me)?"
    + _AS_ROLE
    + r"\s*$",
)
"""A job said by the firm that hired one: "Lidl hired me as a shift lead"."""
_GOT_HIRED = re.compile(
    _LEAD
    + _I
    + _HAVE
    + _ADV
    + r"(?:got|been|was|were|am|are)\s+"
    + _ADV
    + r"(?:hired|taken\s+on|poached|headhunted|recruited|snapped\s+up)\s+(?:at|by|on\s+at)\s+"
    + r"(?:"
    + _ORG
    + r"|(?P<low>(?!(?:the|a|an|my|our|his|her|their|them|him|me|us|you|it|this|that)\b)[a-z][\w&'.-]*))"
    + _AS_ROLE
    + r"\s*$",
    re.IGNORECASE,
)
"""A job said as being hired somewhere: "just got hired at Waitrose", "got poached by Stripe"."""
_OFFER = re.compile(
    _LEAD
    + _I
    + _HAVE
    + _ADV
    + r"(?:accepted|took|signed|said\s+yes\s+to)\s+(?:an?\s+|the\s+|their\s+)?(?:(?P<job>job|work|"
    r"position)\s+)?offer\s+(?:from|at|with)\s+(?:" + _ORG + r"|(?P<low>(?!(?:the|a|an|my|our|their|his|her)\b)"
    r"[a-z][\w&.-]*))" + _AS_ROLE + r"(?P<then>(?:\s+(?:and|so)|\s*,)\s+.*)?\s*$",
    re.IGNORECASE,
)
"""A job said as the offer taken: "i accepted a job offer from Accenture", "accepted an offer from Atlassian and start
on monday" (a plan to decide, "thinking about an offer from X", opens otherwise; an offer for one's car is none)."""
_STARTED_THERE = re.compile(
    r"(?:\s+(?:and|so)|\s*,)\s+(?:(?:and|so)\s+)?(?:i\s+)?(?:start|started|starting|begin|began|join|joined)\b",
    re.IGNORECASE,
)
_JOINED = re.compile(
    _LEAD + _I + _HAVE + _ADV + r"(?:joined|signed\s+(?:on\s+)?with|started\s+(?:at|with))\s+(?:a|an|the|this)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:" + FIRM_KINDS + r")\s+(?:called|named)\s+"
    r"(?P<org>(?-i:[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*)*)|[a-z][\w&'.-]*)" + _AS_ROLE + r"\s*$",
    re.IGNORECASE,
)
"""A job said by joining a firm named in passing: "i joined a startup called Brightwave as their first engineer"."""
_COMMUTE = re.compile(
    _LEAD + _I + _HAVE + _ADV + r"(?:started|begun|began|been|taken\s+to|switched\s+to|gone\s+back\s+to)\s+"
    r"(?P<how>(?:taking|riding|catching)\s+(?:the|a|my)\s+[\w-]+|cycling|biking|walking|driving|running|carpooling|"
    r"scooting)\s+(?:in\s+)?to\s+(?:work|the\s+office)\s*$",
    re.IGNORECASE,
)
"""A commute taken up: "i've started taking the ferry to work"."""
_GERUND = {
    "taking": "take",
    "riding": "ride",
    "catching": "catch",
    "cycling": "cycle",
    "biking": "bike",
    "walking": "walk",
    "driving": "drive",
    "running": "run",
    "carpooling": "carpool",
    "scooting": "scoot",
}

_THINGS = r"(?:car|phone|laptop|computer|tablet|ride|motorbike|bike|truck|van|watch|console|e-?reader)"
_NEW_THING = re.compile(
    r"^(?P<lead>" + _LEAD[1:] + r")(?:(?:my|our)\s+new\s+(?P<t1>" + _THINGS + r")\s*(?:is|['’]s)\s+|(?:i\s+|we\s+)?"
    r"(?:have\s+|'ve\s+)?" + _ADV + r"upgraded\s+(?:my|our)\s+(?:old\s+)?(?P<t2>" + _THINGS + r")\s+to\s+)(?P<v>.+)$",
    re.IGNORECASE,
)
"""A new thing: "my new car is a Tesla", "just upgraded my phone to a Galaxy S24"."""
_TO_REPLACE = re.compile(
    r"^(?P<lead>"
    + _LEAD[1:]
    + r")(?:(?:i|we)\s+)?(?:have\s+|'ve\s+)?"
    + _ADV
    + r"(?:got|bought|picked\s+up|ordered)\s+"
    r"(?P<v>.+?)\s+to\s+replace\s+(?:my|our)\s+(?:old\s+|broken\s+|cracked\s+|dead\s+)?(?P<t1>" + _THINGS + r")\s*$",
    re.IGNORECASE,
)
"""A thing got to replace one's own: "got a Pixel 9 to replace my phone"."""
_NEW_FAVOURITE = re.compile(
    r"^(?P<lead>"
    + _LEAD[1:]
    + r")(?:(?:my|our)\s+new\s+(?P<k>fav(?:ou?rite|e)\s+[\w ]+?)\s*(?:is|['’]s)\s+|(?:i\s+|we\s+)?"
    r"(?:have\s+|'ve\s+)?(?:got\s+)?(?:a\s+)?new\s+(?P<k2>fav(?:ou?rite|e)\s+[\w ]+?)\s*(?:[:,–—-]|\s-\s)\s*)"
    r"(?P<v>\S.*)$",
    re.IGNORECASE,
)
"""A new favourite: "my new favourite film is Arrival", "i've got a new favourite book: Piranesi"."""


_A_THING = re.compile(
    r"^(?:(?:an?|the|my)\s+(?!(?:bit|lot|little|dream|beast|joy|pain|nightmare|steal|bargain|lemon|mess|gem|treat|"
    r"upgrade|step|must|lot|real|total|massive|huge|great|good|bad)\b)|(?-i:[A-Z]))",
    re.IGNORECASE,
)
"""The new thing named, not described: "my new car is a Tesla" / "a Kia", never "my new car is tiny / a dream"."""


_TITLE_SMALL = words("a an the of at in on and or to for with by from as")


def titled(name: str) -> bool:
    """Whether a name is a title in capitals ("Everything Everywhere All at Once"): two words or more, each but
    the small ones capitalised. Such a name is read whole even when its words are ones that otherwise say no
    thing ("everything", "all"), which is how a new favourite film is often said."""
    said = name.strip(" .,!").split()
    return len(said) > 1 and all(w[:1].isupper() or w in _TITLE_SMALL for w in said) and said[0][:1].isupper()


_HAS_ONE_NAMED = re.compile(
    r"^(?P<a>"
    + _LEAD[1:]
    + r"(?:i|we)\s+(?:have\s+got|have|'ve\s+got|got|just\s+got|now\s+have)\s+(?:an?\s+)?(?:new\s+)?"
    r"(?P<k>girlfriend|boyfriend|partner|wife|husband|fianc[eé]e?|dog|cat|puppy|kitten|rabbit|bunny|hamster|"
    r"parrot|horse|pony|son|daughter|baby\s+(?:girl|boy))\b(?:\s+(?:now|too|as\s+well|finally))?\s*[,;:-]+\s*"
    r"(?:and\s+)?)(?:her|his|their|its)\s+name(?:\s+is|['’]s)\s+(?P<n>.+)$",
    re.IGNORECASE,
)
"""One had and named by a pronoun after: "i have a girlfriend now, her name is Leah"."""


_FIRST_DONE = (
    r"(?:(?:(?:i|we)\s+)?(?:have\s+|'ve\s+)?"
    + _ADV
    + r"(?:had|did|done|finished|survived|started|starting|spent|completed|wrapped\s+up|nailed|got\s+through)\s+)?"
)
"""How a first day is said as done: "survived my first shift …", "had my first day …"."""
_FIRST_SAID = (
    r"(?:(?:(?:today|yesterday|tonight|(?:this|last)\s+(?:morning|week|month)|it|that)\s+)?(?:was|is|'s)\s+|it's\s+)?"
    + _FIRST_DONE
)
"""… or as what a day was: "today was my first shift as …", "it's my first week as …" (said of a role only: "today
was my first day at Harvard" may be a school)."""
_FIRST_AT = re.compile(
    _LEAD
    + _FIRST_DONE
    + r"(?:my\s+)?(?:very\s+)?first\s+(?:full\s+|proper\s+|official\s+)?(?:day|week|month|morning|shift|fortnight)\s+"
    r"(?:at|with)\s+(?:the\s+(?=(?-i:[A-Z])))?(?P<org>(?-i:[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|&|of))*)|"
    r"(?!the\b)[a-z][\w&.-]*(?![\w'’]))"
    r"(?:\s+(?:office|offices|hq|headquarters|site|store|branch))?(?:\s+(?:today|yesterday|tonight|this\s+morning))?"
    r"(?:\s+(?:done|over|complete|finished|down|behind\s+me|in\s+the\s+books))?(?:\s+[a-z]+ing\b.*)?\s*$",
    re.IGNORECASE,
)
"""A new job said by its first days: "first week at monzo done", "spent my first morning at the Netflix office",
"survived my first shift at Tesco". The clause is the speaker's (it opens with the verb, "my" or i/we); a first
day at school, work or the gym names no employer (:data:`_NOT_EMPLOYER`)."""
_FIRST_AS = re.compile(
    _LEAD
    + _FIRST_SAID
    + r"(?:my\s+)?(?:very\s+)?first\s+(?:(?:full\s+|proper\s+|official\s+)?(?:day|week|month|morning|shift|fortnight)\s+)?"
    r"as\s+(?:an?\s+|the\s+)?(?P<role>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?:\s+(?:at|with|for)\s+(?:the\s+)?(?P<org>(?-i:[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|&|of))*)|[a-z][\w&.-]*))?"
    r"(?:\s*,?\s+(?:done|over|complete|finished|today|yesterday|tonight|survived|in\s+the\s+books|behind\s+me|"
    r"was\s+.*|went\s+.*))?\s*[.!]*$",
    re.IGNORECASE,
)
"""A new job said by its first days in it: "today was my first shift as a lab technician at the hospital", "my
first week as a teacher done", "this week was my first as a junior web developer": the role, and where it is (a
workplace named after a role is its employer)."""
_ORG_NAMED = (
    r"(?:the\s+(?=(?-i:[A-Z])))?(?P<org>(?-i:[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|&|of))*)|"
    r"(?!the\b|a\b|an\b|my\b|our\b)[a-z][\w&.-]*(?![\w'’]))"
)
"""A workplace named after "at"/"with": a capitalised name of any length, or one lower-case word that is no
article or possessive ("onboarding with Kestrel Labs", "new job at aldi")."""
_ONBOARDING = re.compile(
    _LEAD
    + _I
    + r"(?:(?:am|'m|m|have\s+been|'ve\s+been|ve\s+been|been)\s+)?"
    + _ADV
    + r"(?:being\s+)?onboard(?:ing|ed)\s+(?:at|with|by)\s+"
    + _ORG_NAMED
    + r"(?:\s+(?:this|last|all)\s+(?:week|month|morning|day)|\s+today|\s+lol|\s+haha)*(?:\s*,.*)?\s*[.!]*$",
    re.IGNORECASE,
)
"""A new job said by being taken on there: "this week i've been onboarding at stripe", "onboarding with Monzo, so
many slack channels" (not someone else onboarded, "i'm onboarding a new hire": the speaker is the one taken on)."""
_NEW_JOB_AT = re.compile(
    _LEAD
    + r"(?:(?:my|the)\s+)?(?:new|first)\s+(?:job|gig|role|position|post)\s+(?:as\s+(?:an?\s+)?(?P<role>(?:[a-z][\w-]*\s+)"
    r"{0,2}?[a-z][\w-]*)\s+)?(?:at|with)\s+"
    + _ORG_NAMED
    + r"(?:\s+(?:starts?|starting|begins?|beginning|kicks?\s+off|from|on|next|this|tomorrow|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|fri)\b.*|\s*!*)?\s*[.!]*$",
    re.IGNORECASE,
)
"""A new job said as a subject, its verb about when it starts: "new job at aldi starts mon", "new gig at Thornbury
Cycles from tomorrow", "new role at Ocado kicks off next week" (a new job said of someone else names them: "my son's
new job at …" does not start with "new" or "my new")."""
_SCHOOLS = ("school", "college", "university", "academy", "uni", "high", "elementary", "primary", "secondary")
"""How a school's name ends: a first day there is a student's ("first week at leeds uni", "lakeside high")."""
_STUDENTS = STUDENT_WORDS | {"students", "grad"}
_NOT_EMPLOYER = words(
    """school work uni university college kindergarten nursery preschool daycare camp home gym church class
    classes training practice rehab therapy job new office hospital clinic it this that there here"""
)
_PROMOTED = re.compile(
    _LEAD
    + r"(?:(?:they|we|my\s+(?:boss|manager|company|firm|employer)|work|the\s+(?:company|firm|board))\s+"
    + _HAVE
    + _ADV
    + r"(?:promoted|bumped)\s+me(?:\s+up)?\s+(?:to\s+)?|(?:i\s+)?(?:have\s+|'ve\s+|am\s+|was\s+)?"
    + _ADV
    + r"(?:got|been|was|just)?\s*(?:promoted|bumped\s+up)\s+to\s+|(?:i\s+)?"
    + _ADV
    + r"(?:stepped\s+up\s+(?:to|as)|moved\s+(?:up\s+)?(?:in)?to|took\s+(?:over\s+)?(?:on\s+)?)\s+(?=(?:\w+\s+){0,4}"
    r"(?:role|position|job)\b))(?:(?:an?|the|my|our)\s+)?(?P<r>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*?)"
    r"(?:\s+(?:role|position|job))?(?:\s+(?:at|in|on|with|for|here)\b.*)?\s*$",
    re.IGNORECASE,
)
"""A new title given at work: "they promoted me to audit manager", "got bumped up to team lead", "moved into a data
science role" (not a home: a role is no place), "stepped up as head of year". ("They made me team lead" is
``_career``'s.)"""
_NOT_ROLE = words("redundant it this that one the a an same new different bigger smaller larger better")
_NOT_A_TITLE = re.compile(
    r"\b(?:class|seat|seats|row|economy|cabin|suite|room|upgrade|lounge|tier|league)$", re.IGNORECASE
)
"""What one is bumped up to that is no job ("bumped me to first class", "bumped up to business class")."""
_LEASED_HOME = re.compile(
    _LEAD
    + _I
    + _HAVE
    + _ADV
    + r"(?:rent|are\s+renting|am\s+renting|lease|signed\s+(?:the\s+)?(?:lease|contract|papers)\s+(?:on|for)|"
    r"got\s+the\s+keys\s+(?:to|for)|moved\s+into)\s+(?:a|an|our|my|the)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:house|flat|apartment|place|home|condo|studio|bungalow|cottage|townhouse|terrace|semi|loft|maisonette|"
    r"duplex)\s+(?:over\s+|out\s+|up\s+|down\s+)?in\s+" + _NAME + r"\s*$",
    re.IGNORECASE,
)
"""A new home said by renting, leasing or moving in: "we rent a two bed flat in brixton", "signed the lease on my own
studio in Nottingham", "got the keys to a flat in Leeds". Not by buying: a house bought ("we bought a house in
tacoma") may be one the speaker does not live in yet, or at all (``test_where_i_live``)."""
_GONE_DIET = re.compile(
    _LEAD + _I + _HAVE + _ADV + r"(?:gone|went|turned|switched\s+to\s+(?:being\s+)?|become|became)\s+"
    r"(?:fully\s+|full\s+|completely\s+|totally\s+|100%\s+|strictly\s+)?(?P<d>[a-z-]+(?:\s+based)?)\s*$",
    re.IGNORECASE,
)
"""A diet taken up said as going over to it: "i've gone fully plant-based", "went vegan in january"."""


_GOTTEN_INTO = re.compile(
    r"^(?P<lead>" + _LEAD[1:] + r")(?P<i>i|we)\s*(?:have|'ve|ve)?\s+(?:(?:also|really|recently|lately|totally|just|"
    r"kind\s+of|kinda)\s+)*(?:gotten|got|become|been\s+getting)\s+(?P<deg>(?:really|so|very|super|totally|quite|big\s+time)\s+)*"
    r"(?P<how>into|hooked\s+on|obsessed\s+with|addicted\s+to)\s+(?!(?:a|an|trouble|debt|it|that|this)\b)(?P<x>.+)$",
    re.IGNORECASE,
)
"""A liking taken up: "i've also gotten really into georgian food", "we've got hooked on geocaching"."""
_PERFECT = re.compile(r"\b(?:have|'ve|ve|gotten|become|been)\b", re.IGNORECASE)


_MY_X_IS = re.compile(
    r"\b(?P<s>(?:my|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+)['’]s\s+(?=(?:a|an|the|so|very|really|still|now|"
    r"called|named|into|allergic|vegan|vegetarian|retired|married|single|pregnant|\d+)\b)",
    re.IGNORECASE,
)
"""A copula said as "'s" after the speaker's thing or person ("my phone's a pixel 8", "my wife's a nurse", "our
dog's called rex"): not a possessive, which a noun follows ("my mom's house"). Not before "in"/"at": "my
bachelor's in nursing" is a degree."""


def restated(body: str) -> str:
    """A sentence saying a new thing, favourite or partner, restated in the frame the clause reader reads as a
    change (see the module docstring); a liking taken up as being into it; "my X's a Y" as "my X is a Y"; any other
    sentence as it is."""
    if "'s " in body or "’s " in body:
        body = _MY_X_IS.sub(lambda m: f"{m.group('s')} is ", body)
    m = _GOTTEN_INTO.match(body) if "into" in body or "hooked" in body or "obsessed" in body else None
    if m and m.group("how").lower() == "into" and not (m.group("deg") or _PERFECT.search(body[: m.start("how")])):
        m = None  # "i got into oxford", "we got into a fight": arriving or ending up, not a liking
    if m:
        be = "am" if m.group("i").lower() == "i" else "are"
        return f"{m.group('lead')}{m.group('i')} {be} into {m.group('x')}"
    m = _HAS_ONE_NAMED.match(body) if " name" in body.lower() else None
    if m:
        return f"{m.group('a')}my {m.group('k').lower()}'s name is {m.group('n')}"
    low = body.lower()
    if "new" not in low and "replace" not in low and "upgrade" not in low:
        return body
    m = _NEW_THING.match(body) or _TO_REPLACE.match(body)
    if m and _A_THING.match(m.group("v")):
        thing = (m.group("t1") or m.groupdict().get("t2") or "").lower()
        return f"{m.group('lead')}i replaced my {thing} with {m.group('v').strip()}"
    m = _NEW_FAVOURITE.match(body)
    if m:
        return f"{m.group('lead')}my {m.group('k') or m.group('k2')} is {m.group('v').strip()}"
    return body


def _clauses(pieces: list[Piece]) -> list[str]:
    """The clauses, with a clock time the clause splitter cut at its colon ("5 | 45 since …") put back."""
    out: list[str] = []
    for p in pieces:
        text = p.text.strip()
        if p.question or not text:
            out.append("")
            continue
        if out and out[-1] and re.match(r"\d\d\b", text) and re.search(r"\d$", out[-1]):
            out[-1] = out[-1] + ":" + text
            continue
        out.append(text)
    return [t for t in out if t]


_OTHERS_NEWS = re.compile(
    r"^(?:(?:[a-z]+|my\s+[a-z]+)['’]s|his|her|their)\s+(?:(?:big|good|latest)\s+)?(?:news|update|new\s+job)\s*$",
    re.IGNORECASE,
)
"""A clause that says whose news follows ("jake's news: …", "my sister's big news, …")."""


def shift_mentions(
    pieces: list[Piece],
    speaker: str,
    span: tuple[int, int],
    when: datetime | None,
    out: Extraction,
    now: datetime | None = None,
) -> None:
    """A single-valued fact changed, said in new words, in the clauses of one sentence (see the module docstring)."""

    def add(key: str, value: str, confidence: float = 0.7) -> None:
        if value and not any(
            a.key == key and a.entity == speaker and not a.negated and a.value.lower() == value.lower()
            for a in out.attributes
        ):
            speaker_fact(out, speaker, key, value, confidence, span, when)

    def drop(key: str, value: str) -> None:
        out.attributes[:] = [
            a
            for a in out.attributes
            if not (a.key == key and a.entity == speaker and a.span == span and a.value.lower() == value)
        ]

    def relate(label: str, ref: str) -> None:
        if not any(r.label == label and r.object == ref and r.subject == speaker for r in out.relations):
            out.relations.append(
                ExtractedRelation(subject=speaker, label=label, object=ref, confidence=0.7, span=span, valid_from=when)
            )

    for text in _clauses(pieces):
        if _OTHERS_NEWS.match(text):
            return  # "jake's news: accepted the job offer from deloitte": what follows is jake's
        _one(text, when, add, drop, relate)


def _one(
    said: str,
    when: datetime | None,
    add: Callable[..., None],
    drop: Callable[[str, str], None],
    relate: Callable[[str, str], None],
) -> None:
    """One clause (``when``: the date the sentence gave, None when it gave none)."""
    lasting = bool(re.search(r"\b(?:been|have|has)\b", said, re.IGNORECASE))
    text = _CUE_TAIL.sub("", said).strip(" ,")
    if not text:
        return
    if _said_anew(text, text != said.strip(" ,.!"), when, add, relate):
        return
    m = _MOVED.match(text)
    if m:
        place = m.group("p")
        low = place.lower()
        # (a language or tool is no town: "made the move to Rust", "made the jump to Python" tell of work)
        known = low in PLACES or (place[:1].isupper() and low not in _TOOL_NAMES)
        settling = bool(m.group("settle") or m.group("settled") or "settling" in m.group(0).lower())
        if (known or settling and " " not in place and low not in _MANNER) and not (m.group("jump") or "").lower() == (
            "make"
        ):
            value = _lower_unless_proper(place)
            if m.group("what"):
                drop("possessions", m.group("what").lower())
            _lives_in(value, add, relate)
        return
    m = _SHIFTED.match(text)
    if m:
        x = _PLACE_TAIL.sub("", m.group("x"))
        found, _ = routine_of(f"i work {x}")
        for key, value, negated in found:
            if key == "work_schedule" and not negated:
                add(key, value)
        if found:
            return  # (else a move to a place, not a schedule: "got transferred to the Leith branch", read below)
    m = _SLEEP.match(text)
    if m and (when is None or lasting or m.group("v").lower() == "been"):
        frame = "i go to bed " if m.group("bed") else "i wake up "
        found, _ = routine_of(frame + m.group("t"))
        for key, value, negated in found:
            if key in ("bedtime", "wake_time") and not negated:
                add(key, value)
        return
    m = _TRANSFERRED.match(text)
    workplace = m.group("s") + (m.group("kind") or "") if m else ""
    if m and _WORKPLACE.search(workplace) and not _SCHOOL_NAME.search(m.group("s")):
        _works_at(workplace, add, relate)  # "i've transferred to St Luke's Hospital": a move within one's work
        return
    m = m if m and (_SCHOOL_NAME.search(m.group("s")) or _SCHOOL_TIME.search(said)) else _STUDYING_AT.match(text)
    if m:
        add("school", m.group("s"))
        return
    m = _DATING.match(text)
    if m and (when is None or lasting):
        name = m.group("n") or m.group("low") or ""
        if name.lower() in _NOT_NAME:
            return
        add("relationship_status", "in a relationship")
        if name:
            relate("partner_of", entity_ref("Person", name))
        return
    m = _DIET.match(text) or _GONE_DIET.match(text)
    diet = " ".join(m.group("d").lower().replace("-", " ").split()) if m else ""
    if diet in _MANY_WORDED or (m and m.group("d").lower() in DIETS and m.group("d").lower() not in _RESTRICTIONS):
        add("food_preference", _MANY_WORDED.get(diet) or diet)


def _lives_in(place: str, add: Callable[..., None], relate: Callable[[str, str], None]) -> None:
    """``home`` and its mirror relation, as every new-home frame here says them."""
    add("home", place)
    relate("lives_in", entity_ref("Place", place))


def _works_at(org: str, add: Callable[..., None], relate: Callable[[str, str], None]) -> None:
    """``employer`` and its mirror relation, as every new-job frame here says them."""
    add("employer", org)
    relate("works_at", entity_ref("Org", org))


def _said_anew(
    text: str, cue: bool, when: datetime | None, add: Callable[..., None], relate: Callable[[str, str], None]
) -> bool:
    """A home, job or commute said anew (round 2 of the module docstring); whether the clause was one."""
    m = _NEW_PLACE.match(text) or _RESIDENT.match(text)
    back = None if m else _BACK_FOR_GOOD.match(text)
    if back and (back.group("lasts") or " living " in f" {text.lower()} ") and back.group("p").lower() not in _NOT_NAME:
        if back.group("lasts") and back.group("p").lower() not in _NOT_BACK_IN:
            _lives_in(_lower_unless_proper(back.group("p")), add, relate)  # "back in harrogate for good": said to last
            return True
        m = back
    h = None if m else _HOME_IS.match(text)
    if h and h.group("p2") and h.group("p2").lower() not in _NOT_NAME:
        _lives_in(h.group("p2"), add, relate)  # "home is Portland now": the place is said after
        return True
    if h and (cue or h.group("my")) and h.group("p").lower() not in _NOT_NAME:
        m = h
    if m:
        place = m.group("p")
        if place.lower() in _NOT_TOWN or not (place[:1].isupper() or place.lower() in PLACES or m.re is _RESIDENT):
            return m.re is not _HOME_IS
        _lives_in(_lower_unless_proper(place), add, relate)
        return True
    offer = _OFFER.match(text)
    if offer and not (offer.group("job") or _STARTED_THERE.match(offer.group("then") or "")):
        offer = None  # "i took the offer from carmax": a car sold, not a job
    if offer and offer.group("low") and not offer.group("job"):
        offer = None  # (a name in lower case only after "job offer": "accepted the job offer from deloitte")
    m = _HIRED.match(text) or _GOT_HIRED.match(text) or _JOINED.match(text) or offer
    org = (m.group("org") or m.groupdict().get("low") or "") if m else ""
    if m and org.lower() not in _NOT_NAME | {"they", "we", "he", "she", "it", "my", "our", "the"}:
        _works_at(_lower_unless_proper(org), add, relate)
        role = (m.group("role") or "").lower()
        if role and role.split()[-1] not in ("contract", "basis", "time", "intern", "now", "today", "yesterday"):
            add("role", role)
        return True
    m = _LEASED_HOME.match(text)
    if m and (m.group("p")[:1].isupper() or m.group("p").lower() in PLACES or " " not in m.group("p")):
        _lives_in(_lower_unless_proper(m.group("p")), add, relate)
        return True
    m = _FIRST_AS.match(text)
    head = m.group("role").split()[-1].lower() if m else ""
    title = head in _STUDENTS or (head not in NOT_ROLE and (head in ROLE_WORDS or head.endswith(ROLE_SUFFIXES)))
    if m and title and head != "volunteer":  # ("my first day as a vegan", "as a mom", "as a member" is no job)
        org = m.group("org")
        known = bool(org) and org.lower() not in _NOT_NAME | {"it", "this", "that", "home", "work"}
        if head in _STUDENTS:
            if known:
                add("school", _lower_unless_proper(org))  # "first day as a student at UCLA": a school
            return True
        add("role", m.group("role").lower())
        if known:
            _works_at(_lower_unless_proper(org), add, relate)
        return True
    m = _NEW_JOB_AT.match(text)
    if m and m.group("role") and (m.group("role").split()[-1].lower() in ROLE_WORDS):
        add("role", m.group("role").lower())  # "new job as a barista at Pret"
    m = _FIRST_AT.match(text) or _ONBOARDING.match(text) or m
    if m and m.group("org").lower() not in _NOT_EMPLOYER | _NOT_NAME and not m.group("org").lower().endswith(_SCHOOLS):
        _works_at(_lower_unless_proper(m.group("org")), add, relate)
        return True
    m = _PROMOTED.match(text)
    if (
        m
        and m.group("r").split()[0].lower() not in _NOT_ROLE
        and not _NOT_A_TITLE.search(m.group("r"))
        and not (len(m.group("r").split()) == 1 and m.group("r").lower().endswith("er") and "role" in text.lower())
    ):
        add("role", m.group("r").lower())
        return True
    m = _COMMUTE.match(text)
    if m:
        how = m.group("how").lower().split(maxsplit=1)
        frame = " ".join([_GERUND.get(how[0], how[0]), *how[1:]])
        found, _ = routine_of(f"i {frame} to work")
        for key, value, negated in found:
            if key == "commute" and not negated:
                add(key, value)
        return True
    return False
