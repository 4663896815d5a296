"""The other party's question, read for what a short reply to it can say (``_replies`` rebuilds the reply).

A question is read by its grammar, not looked up in a list: a wh-phrase with its verb ("what instrument do you
play?" → "i play {}"), "your X" ("what's your dog's name?" → "my dog's name is {}"), "are you …" and "do you
<verb> …" (said back on a yes or a no), a choice ("metric or imperial?"). What the question wraps its ask in is
taken off first: acknowledgements and leads ("got it, thanks! and …"), a request's frame ("could you tell me which
city you're in?", its words put back in a question's order), asides ("if you don't mind me asking", "so i can put
it on the card") and the time words of a lasting state ("these days", "right now"). Some questions have answers
that are no lasting fact about the user, and give none: about today or a trip ("what are you up to tonight?"),
about someone else ("are they twins?"), or about the conversation and the assistant's offers ("want me to
summarise it?").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from ._lexicon import CHILD_WORDS, DEVICES, KIN, PEOPLE_NOUNS, PETS, VEHICLES, thing_kind, words

__all__ = ["ASIDE", "HAD", "Question", "question_in"]


@dataclass(frozen=True)
class Question:
    """What a question lets a reply say: ``slot`` takes a fragment at ``{}``; ``yes``/``no`` are said back."""

    slot: str = ""
    kind: str = "thing"
    """What the slot takes: ``thing`` (a place, an object, a value), ``name``, ``age``, ``count``, ``job``, ``doing``,
    ``have`` (what "do you have any <thing>?" asks for); ``aside`` for a question that asks nothing of the user."""
    thing: str = ""
    """The kind of thing "do you have any <thing>?" asks about: a bare reply names its members ("allergies?" +
    "shellfish" → "my allergies are shellfish"), a counted one is had ("pets?" + "two cats" → "i have two cats")."""
    no_fills: bool = False
    """Whether a "no" with a thing after it fills the slot: it does to a question that names the value it checks
    ("still in denver?" + "nah, austin"; "in london?" + "no, manchester"), not to "do you play with dolls?" +
    "no, just a retired grandma", whose "no" ends the answer. To "do you have …?", "no, just a turtle" is had."""
    yes_fills: bool = True
    """Whether a "yes" with more after it fills the slot: "do you have any pets? yep, a beagle" does; "are you
    married? yes, 5 years in june" is an aside to the "yes", said back as it is."""
    yes: str = ""
    no: str = ""
    options: tuple[str, ...] = ()
    """The choices of "metric or imperial?": a reply naming one is preferred."""
    text: str = ""
    """The question as read (lower-case, its asides and frame taken off): what the same-turn readers of
    ``_ellipsis`` take a pronoun answer against ("do you like jazz?" + "love it")."""
    serious: bool = False
    """Whether the question asks who or where the user is (name, age, home, hometown, work): a laugh with the
    answer marks a joke ("on the moon 😂"), which is not kept."""
    then: str = ""
    """A second slot, tried when the reply put in ``slot`` reads as nothing, or as a doing rather than a thing:
    "which bank are you with?" + "monzo" is "i am with monzo" (nothing), then "my bank is monzo"; "what bike do you
    ride?" + "a trek" is "i ride a trek" (a pastime, "riding trek"), then "my bike is a trek"."""
    polarity: str = ""
    """"yes" or "no" when the reply's first sentence opened with it ("nope. moved to porto", "nope, sold it. drive
    a corsa now"): the next sentence goes on answering, read with the question's slot but not said back again."""

    @property
    def aside(self) -> bool:
        """A question whose answer is no fact about the user (see :data:`ASIDE`)."""
        return self.kind == "aside"

    def after(self, said: str) -> Question:
        """The question as the sentence after a "yes."/"no." answers it."""
        return replace(self, yes="", no="", polarity=said)


ASIDE = Question(kind="aside")
"""What a question is when its answer is no lasting fact about the user: about today, a trip, an errand, someone
else, the conversation or the assistant's offer. A bare fragment in reply to it ("dev" to "which branch should i
push to?", "economy" to "economy or business for this flight?") is then read as nothing at all."""


# -- the question -----------------------------------------------------------------------------------------------
_SPELLING = [
    (re.compile(r"\b(what|where|who|how|when)(?:'s|s)\b"), r"\1 is"),
    (re.compile(r"\b(what|where|who|how)'re\b"), r"\1 are"),
    (
        re.compile(
            r"\byou're\b|\byoure\b|\bur\s+(?=(?:based|from|in|at|still|currently|now|living|working|studying)\b)"
        ),
        "you are ",
    ),
    (re.compile(r"\br\s+(?:u|you)\b"), "are you"),
    (
        re.compile(
            r"^(where|how\s+old|what)\s+(?:u|you|ya)\s+(?=from\b|based\b|living\b|working\b|studying\b|originally\b)"
        ),
        r"\1 are you ",
    ),
    (re.compile(r"\bu\b|\bya\b"), "you"),
    (re.compile(r"\bur\b|\byr\b"), "your"),
    (re.compile(r"\bfave?\b|\bfavorite\b|\bgo-?to\b(?=\s+[a-z])"), "favourite"),
    (re.compile(r"\bwanna\b"), "want to"),
    (re.compile(r"\s+"), " "),
]
_LEAD = re.compile(
    r"^(?:(?:so|and|also|oh|ok|okay|great|cool|nice|thanks|thank\s+you|got\s+it|perfect|awesome|sure|alright|right|"
    r"first(?:\s+off)?|lastly|finally|quick\s+question|one\s+more\s+thing|by\s+the\s+way|btw|out\s+of\s+curiosity|"
    r"just\s+curious|before\s+i\s+(?:start|begin)|to\s+(?:start|begin)|real\s+quick|then|now|well|hey|hi|hello|"
    r"what\s+about|how\s+about)"
    r"(?:\s*[,:!-]\s*|\s+))+"
)
_WHY_ASKED = re.compile(
    r"^(?:i['’]ll|i\s+will|i\s+can|i['’]d|i\s+want\s+to|i\s+need\s+(?:it|this|that)|so\s+(?:that\s+)?i|that\s+way|"
    r"(?:this|that)\s+(?:helps|lets|way|will\s+help)|it\s+helps|just\s+so|(?:that|this)['’]?s?\s+(?:so|to|for)\b)",
    re.IGNORECASE,
)
"""A sentence after the question that says why it was asked ("I'll adjust the tax.", "That way I can plan."): the
question before it is still the one answered."""
_UNMARKED = re.compile(
    r"^(?:what|whats|what's|which|where|who|how|do|are|r|have|got|any)\s+(?:[a-z']+\s+){0,4}?(?:you|u|your|ur|ya)\b",
    re.IGNORECASE,
)
"""A question typed without its mark: it opens as one and speaks to the listener ("where u from")."""
_TAG = re.compile(
    r",?\s+(?:right|yeah|yes|correct|no|innit|isn't\s+it|aren't\s+you|don't\s+you|didn't\s+you|is\s+that\s+"
    r"(?:right|correct|still\s+(?:right|the\s+case))|am\s+i\s+right|if\s+i\s+remember\s+(?:right|correctly))$"
)
"""A tag that makes a statement a question ("you're 41, right?", "you still live in leeds, yeah?")."""
_CHOICES_ONLY = re.compile(r"^[a-z][a-z' ]{0,25}(?:,\s*[a-z][a-z' ]{0,25})*,?\s+or\s+[a-z][a-z' ]{0,25}$")
"""A list of choices after a dash ("speed, distance or fun"): no question of its own."""
_EMBEDDED = re.compile(
    r"^(?:(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:tell|remind|let)\s+me(?:\s+know)?|"
    r"(?:do\s+you\s+)?mind\s+(?:if\s+i\s+ask|telling\s+me|sharing|me\s+asking)|(?:can|could|may)\s+i\s+(?:ask|know)|"
    r"i\s+would\s+love\s+to\s+(?:know|hear)|i'd\s+love\s+to\s+(?:know|hear)|tell\s+me|let\s+me\s+know|"
    r"i\s+was\s+wondering|i\s+wonder|wondering|curious|i\s+am\s+guessing|i\s+(?:guess|assume|suppose|take\s+it)|"
    r"i\s+think|so|i'm\s+guessing|i\s+am\s+assuming|i'm\s+assuming)\s*,?\s*"
)
"""A question asked as a request ("could you tell me which city you're in?"): what follows is the question."""
_WH = r"(?:what|which|where|who|how\s+old|how\s+many\s+[a-z]+|how\s+much|when)(?:\s+(?:kind|sort|type)\s+of)?(?:\s+[a-z]+)?"
_REORDER = [
    (re.compile(r"^(how old) you are$"), r"\1 are you"),
    (re.compile(rf"^(?:({_WH}) )?you (are|were) (.+)$"), r"\1 \2 you \3"),
    (re.compile(rf"^(?:({_WH}) )?you (?!are\b|were\b)(.+)$"), r"\1 do you \2"),
    (re.compile(r"^((?:what|who|where|when) )?(your .+?) (is|are)$"), r"what \3 \2"),
]
"""An embedded question's word order ("which city you are in", "what your name is") made a question's again."""
_INVERTED = re.compile(r"\b(?:do|does|did|are|is|were|was|have|has|can|could|will|would|should)\s+(?:you|your)\b")
"""A question already in a question's word order ("where do you work"): nothing to reorder."""
_THIRD_PARTY = re.compile(
    r"^(?:(?:what|which|where|who|how|when)\s+)?(?:are|is|do|does|did|was|were|has|have|can|will)\s+(?:they|he|she|it|"
    r"these|those|that|this|there)\b"
)
_NOW_ONLY = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening|weekend|week)|for\s+(?:dinner|lunch|"
    r"breakfast)|up\s+to|doing\s+(?:ok|okay|well|today)|feeling|going|been\s+up\s+to|holding\s+up|(?:the|this|your|that)\s+"
    r"(?:flight|trip|holiday|vacation|journey|meeting|party|event|visit|stay|drive|weekend)|for\s+(?:this|these|that|the\s+next)\b|"
    r"plans|(?:for|next|this)\s+(?:the\s+)?(?:week|weekend|month|summer|holidays))\b"
)
"""A question about today or a mood: its answer is not a lasting fact ("what are you up to tonight?")."""
_ASIDE = re.compile(
    r"(?:,?\s+(?:if\s+you\s+(?:do\s+not|don't)\s+mind(?:\s+(?:me\s+)?asking)?|if\s+(?:that\s+is|that's)\s+ok(?:ay)?|"
    r"by\s+any\s+chance|out\s+of\s+curiosity|by\s+the\s+way|btw|at\s+all|so\s+(?:that\s+)?i\s+can\b.*|"
    r"(?:that\s+)?i\s+should\s+(?:know|plan|keep|be\s+aware)\b.*|for\s+(?:the\s+)?(?:record|card|booking|form|"
    r"profile|order|reservation)|right\s+now|at\s+the\s+moment|currently|these\s+days|nowadays|at\s+present|now|"
    r"mostly|usually|at\s+work|for\s+work|day\s+to\s+day|exactly|again|too|also|as\s+well|presently|"
    r"(?:when|while|whenever)\s+i\s+.+))+$|"
    r"\b(?:currently|mostly|usually|normally|typically|generally|roughly)\s+(?=[a-z]+\b)|,?\s+roughly$"
)
"""What a question says around what it asks ("who do you work for, if you don't mind me asking", "are you
employed somewhere at the moment", "what's your husband's name, so i can put it on the card"): dropped, so the
question's own shape is what is read. Time words of a lasting state ("these days", "right now") go too: "are you
learning any languages right now?" asks what the user is learning, not what they do today."""
_OFFER = re.compile(
    r"\b(?:me|us)\b|\b(?:should|shall|can|may|could)\s+(?:i|we)\b|\bwould\s+you\s+like\b|"
    r"\bdo\s+you\s+want\s+(?:to\s+|me\b)|\bshall\b|\bshould\b|\b(?:want|need)\s+(?:help|more|another|any\s+help)\b|"
    r"\bready\b|\bhelpful\b|\bmake\s+sense\b|\bsound\s+good\b"
)
"""A question about the conversation, an offer or the assistant itself ("want me to summarise it?"): a yes to
it is consent, not a fact about the user."""
_SPEAKS_OF_ITSELF = re.compile(r"\b(?:i|we|my|our)\b")
"""A question in which the assistant speaks of itself ("i'm a homemaker, you?"): its shape is none of the ones
read here, and the reply is read as typed."""
_HERE_NOW = re.compile(
    r"^(?:are\s+you|you(?:\s+are)?)\s+(?:currently\s+|still\s+)?(?:in|at)\s.*\b(?:right\s+now|at\s+the\s+moment|"
    r"currently|today|tonight|this\s+week)$|^(?:are\s+you|you(?:\s+are)?)\s+currently\s+(?:in|at)\s|"
    r"^(?:which|what)\s+(?:city|town|country|place|hotel)\s+are\s+you\s+(?:in|at|staying\s+(?:in|at))\s+"
    r"(?:right\s+now|at\s+the\s+moment|currently|today|tonight|this\s+week)$"
)
"""Where the user is now ("are you in london right now?"), not where they live: asked before the time words go."""
_HERE_AND_NOW = "(where the user is now)"
_MAX_QUESTION = 300
"""Longest question read (the other party's last sentence): a longer one is no question a fragment answers."""

_NAME_Q = re.compile(
    r"^(?:what\s+is\s+your\s+(?:first\s+|full\s+|preferred\s+)?name|your\s+(?:first\s+)?name|name|"
    r"what\s+(?:should|can|do|shall)\s+i\s+call\s+you|what\s+do\s+(?:people|friends|you\s+like\s+to\s+be)\s+call(?:ed)?"
    r"(?:\s+you)?|how\s+should\s+i\s+address\s+you|what\s+do\s+you\s+go\s+by|who\s+am\s+i\s+(?:talking|chatting|speaking)\s+"
    r"(?:to|with)|what\s+name\s+(?:should|can|do|shall)\s+i\s+use)$"
)
_AGE_Q = re.compile(r"^(?:how\s+old\s+are\s+you(?:\s+now)?|what\s+is\s+your\s+age|your\s+age|age)$")
_TALL_Q = re.compile(r"^(?:how\s+tall\s+are\s+you|what\s+is\s+your\s+height|your\s+height|height)$")
_COUNT_Q = re.compile(r"^how\s+many\s+(?P<n>[a-z]+(?:\s+[a-z]+)?)\s+(?:do\s+you\s+have|have\s+you\s+got|have\s+you)$")
_HOME_Q = re.compile(
    r"^(?:where\s+(?:do\s+you\s+(?:live|stay|reside)|are\s+you\s+(?:based|located|living))|"
    r"where\s+is\s+home(?:\s+for\s+you)?|(?:what|which)\s+(?:city|town|country|state|area|part\s+of\s+(?:the\s+)?[a-z]+|"
    r"neighbou?rhood|suburb|region)\s+(?:do\s+you\s+live\s+in|are\s+you\s+(?:in|based\s+in|living\s+in|located\s+in))|"
    r"location|your\s+location)$"
)
_FROM_Q = re.compile(
    r"^(?:where\s+are\s+you\s+(?:from|originally\s+from)(?:\s+originally)?|where\s+did\s+you\s+grow\s+up|"
    r"where\s+were\s+you\s+(?:born|raised)|what\s+is\s+your\s+home\s*town|(?:what|which)\s+(?:city|town|country|"
    r"state|part\s+of\s+[a-z]+)\s+are\s+you\s+(?:from|originally\s+from)|nationality|your\s+nationality)$"
)
_WORK_AT_Q = re.compile(
    r"^(?:where\s+do\s+you\s+work|where\s+are\s+you\s+(?:working|employed)|who\s+do\s+you\s+work\s+for|"
    r"who\s+is\s+your\s+employer|"
    r"(?:what|which)\s+(?:company|firm|organi[sz]ation|employer|agency|hospital|school|business|team|store|shop)\s+"
    r"(?:do\s+you\s+work\s+(?:for|at|in)|are\s+you\s+(?:with|at|working\s+(?:for|at)))|employer|your\s+employer)"
    r"(?:\s+(?:these\s+days|nowadays|currently|now))?$"
)
_JOB_Q = re.compile(
    r"^(?:what\s+do\s+you\s+do(?:\s+for\s+(?:work|a\s+living|money)|\s+professionally)?|"
    r"what\s+is\s+your\s+(?:job(?:\s+title)?|occupation|profession|role|line\s+of\s+work|title|day\s+job)|"
    r"what\s+(?:kind|sort|type|line)\s+of\s+(?:work|job)\s+(?:do\s+you\s+do|are\s+you\s+in)|"
    r"what\s+do\s+you\s+work\s+as|what\s+are\s+you\s+working\s+as|occupation|job|profession|your\s+(?:job|occupation))"
    r"(?:\s+(?:these\s+days|nowadays|currently|now))?$"
)
_SCHOOL_Q = re.compile(
    r"^(?:where\s+do\s+you\s+(?:study|go\s+to\s+(?:school|college|uni(?:versity)?))|where\s+are\s+you\s+studying|"
    r"(?:what|which)\s+(?:school|college|uni(?:versity)?)\s+(?:do\s+you\s+(?:go\s+to|attend)|are\s+you\s+(?:at|in)))$"
)
_STUDY_Q = re.compile(
    r"^(?:what\s+do\s+you\s+study|what\s+are\s+you\s+(?:studying|majoring\s+in)|what\s+is\s+your\s+major|"
    r"what\s+did\s+you\s+study|major|your\s+major)$"
)
_STUDIED_Q = re.compile(
    r"^(?:where\s+did\s+you\s+(?:study|go\s+to\s+(?:school|college|uni(?:versity)?)|do\s+your\s+(?:degree|studies)|"
    r"graduate(?:\s+from)?)|(?:what|which)\s+(?:school|college|uni(?:versity)?)\s+did\s+you\s+(?:go\s+to|attend|"
    r"graduate\s+from))$"
)
_FUN_Q = re.compile(
    r"^what\s+do\s+you\s+(?:like\s+to\s+do|do|enjoy\s+doing)\s+(?:for\s+fun|in\s+your\s+(?:spare|free)\s+time|"
    r"on\s+(?:the\s+)?weekends|outside\s+(?:of\s+)?work|to\s+relax|to\s+unwind)$|"
    r"^what\s+are\s+you\s+into(?:\s+outside\s+(?:of\s+)?work)?$|^what\s+(?:hobbies\s+do\s+you\s+have|do\s+you\s+like\s+to\s+do)$|^(?:any\s+)?hobbies$"
)
_YOUR_X = re.compile(
    r"^(?:what|who|which|when)\s+(?P<be>is|are|was)\s+your\s+(?P<x>[a-z][a-z' ]{1,40})$|^your\s+(?P<x2>[a-z][a-z' ]{1,40})$"
)
_ONE_USE = re.compile(
    r"\b(?:order|ticket|booking|reservation|tracking|confirmation|case|invoice|receipt|transaction|reference|ref|otp|"
    r"verification|password|passcode|pin|cvv|security\s+code|login|username|account\s+number|card\s+number)\b"
)
"""What "your …" asks for that is a code for one errand or a secret: never kept as a fact about the user."""
_NATIVE = re.compile(r"\bmother\s+tongue\b")
_AT_WORK = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?(?:company|work|office|firm|job|moment)$|\s+there$")
"""Where "your role at the company" is: the role is the user's, and "the company" names no employer (not "your
address at the office", which is the office's)."""
_ROLE_NOUNS = words("role job title position team department")
_FAV_TERSE = re.compile(r"^(?:and\s+)?(?:your\s+)?(?P<n>(?:all[\s-]time\s+)?favourite\s+[a-z]+(?:\s+[a-z]+)?)$")
_BEST_TERSE = re.compile(
    r"^(?:and\s+)?(?:your\s+)?(?:best|top|number\s+one)\s+(?P<n>film|movie|book|band|song|album|artist|singer|show|"
    r"series|game|food|dish|snack|drink|meal|restaurant|city|sport|team|player|colou?r|season|animal|author|podcast|"
    r"cuisine|dessert|beer|wine|cocktail|holiday|destination|hobby)(?:\s+(?:ever|of\s+all\s+time))?$"
)
""""best snack ever?", "top film?": the user's favourite one."""
_DESCRIBE = re.compile(
    r"^(?:how\s+would\s+you\s+describe\s+your\s+(?P<x>[a-z][a-z ]{1,30}?)|what\s+is\s+your\s+(?P<x2>[a-z][a-z ]{1,30}?)\s+like)$"
)
""""how would you describe your hair?", "what's your diet like?": the user's one, described."""
_PASSING = words("""day week weekend morning evening night month year mood traffic battery signal view pain trip
    flight journey meal lunch dinner breakfast sleep weather order delivery""")
"""What "how would you describe your …?" asks of that is a state of the day, not a lasting thing."""
_ANYTHING_YOU = re.compile(
    r"^(?:is\s+there\s+)?anything\s+you\s+(?P<vp>(?:can't|cannot|can\s+not|don't|do\s+not|won't|will\s+not)\s+"
    r"(?:eat|drink)|are\s+(?:allergic|intolerant|sensitive)\s+to)$"
)
""""is there anything you can't eat?", "anything you're allergic to?": what follows is the thing ("i can't eat
{}", "i am allergic to {}"); not "anything you're worried about?" nor "anything you don't like?", said of
a draft or a menu as often as of the user."""
_YOUR_X_IN = re.compile(r"^what\s+(?:is|was)\s+your\s+(?P<x>[a-z][a-z' ]{1,30}?)\s+(?P<p>in|on|about|from)$")
_WHICH_FAV = re.compile(r"^(?:what|which|who)\s+(?:(?P<n>[a-z]+)\s+)?is\s+your\s+favourite(?:\s+(?P<n2>[a-z]+))?$")
_TERSE = words("""birthday pronouns timezone budget email nationality diet allergies religion height weight
    hometown""")
_WH_DO = re.compile(
    r"^(?:what|which|who)(?:\s+(?:kind|sort|type|brand|make|model)s?\s+of)?(?:\s+(?P<n>[a-z]+(?:\s+[a-z]+)?))?\s+"
    r"(?P<aux>do|are)\s+you\s+(?P<vp>[a-z]+(?:\s+[a-z]+){0,3}?)(?:\s+(?P<p>in|at|on|for|with|to|by|from|into))?"
    r"(?:\s+(?:these\s+days|nowadays|currently|now|most|mostly|usually|at\s+work|for\s+work|day\s+to\s+day))?$"
)
"""A wh-question with "do/are you": "what instrument do you play", "which languages are you learning", "what
car do you drive", "what editor do you use at work"."""
_LASTING_ING = words("""learning studying majoring training saving driving using living working running taking
    practising practicing coding programming""")
"""Progressive verbs a wh-question asks of a lasting state ("what are you learning?"), unlike "what are you
cooking?", whose answer is today's."""
_HOW_GET = re.compile(
    r"^how\s+(?:do\s+you|are\s+you)\s+(?:get|getting|travel|travelling|traveling)\s+to\s+(?:work|school|the\s+office|"
    r"campus)$|^how\s+do\s+you\s+commute$"
)
_CHOICE = re.compile(
    r"^(?:do\s+you\s+prefer|would\s+you\s+rather(?:\s+have)?|which\s+do\s+you\s+prefer\s*,?|are\s+you\s+(?:more\s+)?(?:an?\s+)?|"
    r"is\s+it)?\s*(?P<a>[a-z][a-z -]{0,30}?)\s+or\s+(?P<b>[a-z][a-z -]{0,30}?)(?:\s+(?:units|format|style))?$"
)
_ARE_YOU = re.compile(
    r"^(?:are\s+you|you(?:\s+are)?)\s+(?P<still>still\s+)?(?P<x>(?!(?:going|doing|sure|ok|okay|there|free|around|here|sick|"
    r"ill|unwell|tired|hungry|busy|alright|awake|ready|done|home|back|coming|joining|on\s+holiday|on\s+vacation|away|"
    r"travelling|traveling|serious|kidding|joking|still\s+there)\b)[a-z][a-z' -]{1,50})$"
)
_STILL = re.compile(r"^still\s+(?P<x>[a-z][a-z' -]{1,50})$")
_AGE_SAID = re.compile(r"^(?:are\s+you|you(?:\s+are)?|still)\s+(?:still\s+)?(?P<n>\d{1,3})(?:\s+years?\s+old|\s+now)?$")
_DO_YOU = re.compile(
    r"^(?:do|did|can|have)\s+you\s+(?:still\s+(?P<still>)|ever\s+|also\s+|currently\s+|happen\s+to\s+)?"
    r"(?P<v>(?:have|own|got)(?:\s+got)?|[a-z]+)(?:\s+(?P<o>[a-z0-9][a-z0-9' -]{0,50}))?$"
)
_IS_YOUR_STILL = re.compile(
    r"^is\s+your\s+(?P<x>[a-z][a-z' ]{1,30}?)\s+(?P<still>still)\s+(?P<v>[a-z0-9][a-z0-9' -]{0,40})$"
)
_IS_YOUR = re.compile(
    r"^is\s+your\s+(?P<x>[a-z][a-z' ]{1,30}?)\s+(?P<still>still\s+)?(?P<v>[a-z0-9][a-z0-9' -]{0,40})$"
)
ANY = re.compile(r"^(?:any|a|an|some|many|a\s+lot\s+of|lots\s+of)\s+")
_PRONOUNS = words("this that it he she they him her them one these those")
_PRONOUN_OBJECT = re.compile(r"\b(?:him|her|them|it|that|this|one|those|these)$")
_FAV_THING = re.compile(r"^(?:all[\s-]time\s+)?favourite\s+[a-z]+")
_NOT_HOME = words("""school college uni university class bed hospital work office relationship love trouble pain shape
    debt charge mood hurry rush home car gym meeting town""")
"""What "are you (still) in …?" asks that is no place one lives ("in school", "in a relationship")."""
_ANY_Q = re.compile(
    r"^(?:(?:(?:have\s+)?you\s+|have\s+you\s+)?got\s+(?:any\s+)?(?=[a-z]+(?:\s+[a-z]+)?$)|(?:and\s+)?any\s+)"
    r"(?P<o>[a-z][a-z' -]{1,40})$"
)
"""A terse "have you any …?": "any pets?", "got any siblings?", "got kids?", "you got any pets?", "any allergies i
should know about?"."""
_HAD_TERSE = re.compile(r"^(?:and\s+)?(?:(?:any|your)\s+)?(?P<o>[a-z]+)$")
"""A question of one word for what one has, in the plural ("kids?", "siblings?", "pets?"): asked as "do you have
any …?"."""
_ASKED_ALONE = words("kids children siblings brothers sisters pets grandkids grandchildren")
"""What a question of one word asks whether the user has: their people and their animals ("kids?"), not "cats?"
or "cars?", asked as often of a quiz or a list."""
_SOMEONES = words("my your his her their our")
_SPOTS = words("""lobby kitchen queue line office car airport station hotel gym shop store pub bar cafe restaurant
    waiting room meeting cinema game match front back loop hospital library park beach venue""")
"""Where "are you in/at the …?" asks where the user is now ("in the lobby", "at the airport"), not where they live
or work; like a place of someone's ("at your mum's")."""
_CALLED_Q = re.compile(
    r"^(?:what\s+is\s+your\s+(?P<x>[a-z][a-z' ]{1,30}?)\s+called|what\s+do\s+you\s+call\s+your\s+(?P<x2>[a-z][a-z' ]{1,30}))$"
)
_IN_Q = re.compile(r"^(?:what|which)\s+(?P<n>[a-z]+(?:\s+[a-z]+)?)\s+are\s+you\s+(?:in|on)$")
""""what timezone are you in?", "which year are you in?": the user's own one of those."""
_X_STILL_YOUR = re.compile(
    r"^is\s+(?P<v>[a-z0-9][a-z0-9' -]{0,40}?)\s+(?P<still>still\s+)?your\s+(?P<x>[a-z][a-z' ]{1,30})$"
)
""""is sushi still your favourite?", "so is blue still your colour?": the question names the value it checks."""
_NOT_ASKED_VERBS = words("""think know mean see remember want need agree understand feel guess believe hear recall
    wish hope""")
"""Verbs of a question about an opinion or the talk itself ("do you think …", "do you know …"): not a fact."""
HAD = KIN | PETS | VEHICLES | DEVICES | CHILD_WORDS | words("pet pets allergy allergies car house bike")
"""What a "yes" to "do you have …?" is worth saying back ("kids?" + "yes": the user has kids); a yes to "any
tips?" or "any hobbies?" says nothing of what they are."""
_HOLDING_VERBS = words("""use using have own drive driving ride riding fly flying shop shopping bank banking shoot
    shooting go take wear carry keep prefer support follow run train with on at in""")
"""Verbs of a thing the user has, uses or goes with ("which bank are you with?", "what lens do you shoot with?"),
after which the question's noun names the user's own one; not "avoid", "miss", "recommend"."""
_NOT_HELD = words("""name names time times day days hour hours week month year price number size one ones way
    username handle""")
"""Nouns of a time, a name or a count, never a thing held ("what time do you wake up?", "what name do you use on
twitter?")."""
_LISTED_KINDS = words("language languages instrument instruments")
"""Kinds of thing the extractor knows by list: a reply its reader does not take is no such thing ("what languages
do you speak?" + "sarcasm, fluently"), so no second reading ("my languages are sarcasm") is tried."""
_PREPOSITIONS = words("for in at on with to by from about into")
_OPINION_VERBS = words("like love hate enjoy dislike prefer")
"""Verbs whose "what do you <verb> about x?" asks an opinion of x, not a thing of the user's."""
_THIRD = {"have": "have", "own": "own", "got": "have", "have got": "have"}


def question_in(prior: str) -> Question | None:
    """What the last question of the other party's turn asks of the listener, when a short reply can answer it."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+", prior.strip()) if s.strip()]
    text = _last_question(sentences)
    if not text:
        return None
    if text == _HERE_AND_NOW:
        return ASIDE  # "are you in london right now?": where the user is today
    question = _parsed(text)
    said_after = not sentences[-1].rstrip().endswith("?") and _WHY_ASKED.match(sentences[-1]) is not None
    if question is not None and said_after and not question.serious and question.kind not in ("age", "name"):
        return None  # (why a guess, a score or a table number is asked: "what's your guess? i'll tell you")
    if question is not None and _HAD_TERSE.match(text) and len(sentences) > 1 and not said_after:
        return None  # ("who's coming? kids?", "quiz time. cars?": a word asked about something else)
    return replace(question, text=text) if question is not None and not question.aside else question


def _last_question(sentences: list[str]) -> str:
    """The prior turn's last sentence (of its ``sentences``), normalised, when it is a question (not when it went on
    past it, but for the asker's word of why it asks: "which state are you in? i'll adjust the tax.")."""
    while len(sentences) > 1 and _WHY_ASKED.match(sentences[-1]) and sentences[-2].rstrip().endswith("?"):
        sentences = sentences[:-1]
    last = sentences[-1].strip() if sentences else ""
    check = _STILL_SO.search(last)
    if check:  # "you mentioned you work at google - is that still the case?": the statement it checks
        said = last[: check.start()].strip(" ,-—–:") or (sentences[-2].strip(" .!") if len(sentences) > 1 else "")
        return _still_said(said.lower().replace("’", "'"))
    if not last.endswith("?") and not (_UNMARKED.match(last) and not last.endswith((".", "!")) and " or " not in last):
        return ""  # (chat leaves the mark off a question: "whats ur fav band", "where u from")
    q = last.rstrip("?").strip().lower()
    if len(q) > _MAX_QUESTION:
        return ""
    q = _spelled(q.replace("’", "'")).strip(" ,")
    if q.startswith(("you ", "ur ")):
        q = _TAG.sub("", q)  # "you're 41, right?": the statement it checks (not "kids, right?")
    parts = re.split(r"\s+[-—–]\s+|:\s+|;\s+", q)
    # "quick one - what's your name": the part after the break; "what's your goal - speed, distance or fun?": the
    # question before the choices it offers; "your dress size - you're 12?": no age
    if len(parts) > 1 and _AGE_SAID.match(parts[-1]):
        return ""
    q = parts[-2] if len(parts) > 1 and _CHOICES_ONLY.match(parts[-1]) else parts[-1]
    for _ in range(2):
        q = _LEAD.sub("", q)
        q = _EMBEDDED.sub("", q)
    q = re.sub(r"^.*,\s*(?=(?:what|which|where|who|how|when|do|does|did|are|is|have|can|still|any)\b)", "", q)
    if _HERE_NOW.search(q):
        return _HERE_AND_NOW
    for _ in range(2):
        q = _ASIDE.sub("", q).strip(" ,")
    if not _INVERTED.search(q):
        for pattern, repl in _REORDER:
            q = pattern.sub(repl, q)
    return " ".join(q.replace(" please", "").split())


def _spelled(q: str) -> str:
    """``q`` with chat's spellings of a question's words written out (``_SPELLING``: "whats ur fav" → "what is your
    favourite")."""
    for pattern, repl in _SPELLING:
        q = pattern.sub(repl, q)
    return q


def _still_said(said: str) -> str:
    """A statement about the listener that a check asks of ("you work at google", "you were vegan", "your favourite
    band is blur"), as the question "still …?" it makes, or "" when it is none of those shapes."""
    said = _REPORTED.sub("", _spelled(said).strip())
    if _NOT_NOW.search(said) or re.search(r"\b(?:and|but)\s+(?:your|his|her|their)\b", said):
        # ("you lived in paris in 2010", "you were a nurse in that story": a past or a story, not now; "… and your
        # wife works at meta": two statements checked at once)
        return ""
    m = _YOU_ARE.fullmatch(said)
    if m and m.group("x").split()[0] not in ("in", "at", "on", "going", "about"):
        return f"are you still {m.group('x')}"  # (not "you were at the airport", "you were going to move")
    m = _YOUR_IS.fullmatch(said)
    mine = m is not None and "'" not in m.group("x") and not set(m.group("x").split()) & (KIN | PEOPLE_NOUNS | PETS)
    if m and mine and (m.group("x").split()[-1] in _OWN_KEYS or m.group("x").startswith("favourite ")):
        return f"is your {m.group('x')} still {m.group('v')}"  # (not "your boss is tom", "your password is …")
    m = _YOU_DO.fullmatch(said)
    if m:
        return f"do you still {_PAST_TO_NOW.get(m.group('v'), m.group('v'))} {m.group('o')}"
    return ""


_STILL_SO = re.compile(
    r"(?:^|[,.;:!?–—-]\s*)(?:(?:and|but|so)\s+)?(?:(?:is|was)\s+(?:that|this|it)\s+|(?:that|this|it)(?:'s|’s|\s+is)\s+)?"
    r"still\s+(?:the\s+case|true|right|correct|accurate|so|up\s+to\s+date)\s*\?*$",
    re.IGNORECASE,
)
"""A check of something said before ("… - is that still the case?", "Is that still true?", "still correct?")."""
_REPORTED = re.compile(
    r"^(?:so\s+|and\s+)?(?:last\s+time\s+|before\s+|earlier\s+)?(?:you\s+(?:mentioned|said|told\s+me)(?:\s+that)?|"
    r"i\s+(?:have|had|'ve)\s+(?:it\s+)?(?:down|noted)(?:\s+that)?|i\s+remember(?:\s+that)?|"
    r"if\s+i\s+remember\s+(?:right|correctly),?|i\s+think)\s+"
)
"""How the asker reports what the user said before the check ("you mentioned …", "i have it down that …")."""
_NOT_NOW = re.compile(
    r"\b(?:in\s+(?:19|20)\d\d|as\s+an?\s+(?:kid|child|teen|teenager|student)|before|back\s+(?:in|then|when)|at\s+school|"
    r"in\s+(?:that|the|your)\s+(?:story|book|game|film|movie|dream)|for\s+an?\s+(?:week|month|year|while)|once|"
    r"in\s+the\s+\d0s|ago|when\s+you\s+were|last\s+(?:week|month|year|time)|on\s+call|in\s+the\s+middle|yesterday|"
    r"today|tonight|earlier|used\s+to|for\s+(?:\d+|two|three|four|five|six|ten|a\s+few|many)\s+(?:years|months|weeks))\b"
)
"""A time or a frame that makes what a check names a past or a story, not what holds now ("in 2010", "as a kid")."""
_OWN_KEYS = words("""job role title employer company diet home hometown bank gym team club school university uni
    major degree hobby religion""")
"""What "your … is …" may name that is the user's own lasting value (or "favourite …"): not "your boss", a person,
nor "your password", a secret, nor "your table", a thing of the day."""
_YOU_ARE = re.compile(r"you\s+(?:are|were)\s+(?P<x>[a-z0-9][a-z0-9' -]{1,50})")
_YOUR_IS = re.compile(r"your\s+(?P<x>[a-z][a-z' ]{1,30}?)\s+(?:is|was)\s+(?P<v>[a-z0-9][a-z0-9' -]{0,40})")
_PAST_TO_NOW = {
    "lived": "live",
    "worked": "work",
    "played": "play",
    "drove": "drive",
    "used": "use",
    "studied": "study",
    "spoke": "speak",
    "supported": "support",
    "banked": "bank",
    "owned": "own",
    "had": "have",
}
_YOU_DO = re.compile(
    r"you\s+(?P<v>live|work|play|drive|use|study|speak|support|bank|own|have|"
    + "|".join(_PAST_TO_NOW)
    + r")\s+(?P<o>[a-z0-9][a-z0-9' -]{1,50})"
)
"""Statements about the listener a check makes a "still …?" of: "you are/were …", "your … is …", "you <verb> …"."""


def _parsed(q: str) -> Question | None:
    if _NOW_ONLY.search(q) and not _HOME_Q.match(q):
        return ASIDE  # "what are you up to tonight?": today's
    m = _ANYTHING_YOU.match(q)
    if m:  # "is there anything you can't eat?" (no question about what "there" is)
        return Question(slot=f"i {re.sub(r'^are', 'am', m.group('vp'))} {{}}")
    if _THIRD_PARTY.search(q):
        return ASIDE  # "are they girls or boys?", "is he your brother?": about someone else
    if _NAME_Q.match(q):
        return Question(slot="my name is {}", kind="name", serious=True)
    if _AGE_Q.match(q):
        return Question(slot="i am {} years old", kind="age", serious=True)
    if _TALL_Q.match(q):
        return Question(slot="i am {} tall")
    m = _COUNT_Q.match(q)
    if m:
        return Question(slot="i have {} " + m.group("n"), kind="count", no=f"i do not have any {m.group('n')}")
    if _FROM_Q.match(q):
        return Question(slot="i am from {}", serious=True)
    if _HOME_Q.match(q):
        return Question(slot="i live in {}", serious=True)
    if _WORK_AT_Q.match(q):
        return Question(slot="i work at {}", serious=True)
    if _JOB_Q.match(q):
        return Question(slot="i am {}", kind="job", serious=True)
    if _SCHOOL_Q.match(q):
        return Question(slot="i study at {}")
    if _STUDIED_Q.match(q):
        return Question(slot="i graduated from {}")
    if _STUDY_Q.match(q):
        return Question(slot="i study {}")
    if _FUN_Q.match(q):
        return Question(slot="i like {}", kind="doing")
    if _HOW_GET.match(q):
        return Question(slot="i commute by {}")
    m = _CALLED_Q.match(q)
    if m:
        return Question(slot=f"my {m.group('x') or m.group('x2')}'s name is {{}}", kind="name")
    m = _X_STILL_YOUR.match(q)
    if m and m.group("v") not in _PRONOUNS:
        x, v, still = m.group("x"), m.group("v"), m.group("still") is not None
        return Question(
            no_fills=True,
            slot=f"my {x} is {{}}",
            yes=f"my {x} is {'still ' if still else ''}{v}",
            no=f"my {x} is no longer {v}" if still else f"my {x} is not {v}",
        )
    m = _IN_Q.match(q)
    if m:
        return Question(slot=f"my {m.group('n')} is {{}}")
    m = _ANY_Q.match(q)
    terse = _HAD_TERSE.match(q)
    if m:
        q = f"do you have any {m.group('o')}"
    elif terse and terse.group("o") in _ASKED_ALONE:
        q = f"do you have any {terse.group('o')}"
    m = _FAV_TERSE.match(q)
    if m:  # "favourite cuisine?"
        return Question(slot=f"my {m.group('n')} is {{}}")
    m = _DESCRIBE.match(q)
    x = (m.group("x") or m.group("x2")) if m else ""
    if m and x.split()[-1] not in _PASSING | KIN | PEOPLE_NOUNS and x.split()[0] not in ("dream", "ideal", "perfect"):
        # "how would you describe your hair?", "what's your commute like?" (not "your week", a state of the day,
        # nor "your manager", a person)
        return Question(slot=f"my {x} {'are' if x.endswith('s') and not x.endswith('ss') else 'is'} {{}}")
    m = _BEST_TERSE.match(q)
    if m:  # "best snack ever?"
        return Question(slot=f"my favourite {m.group('n')} is {{}}")
    m = _WHICH_FAV.match(q)
    if m and (m.group("n") or m.group("n2")):
        return Question(slot=f"my favourite {m.group('n') or m.group('n2')} is {{}}")
    m = _YOUR_X_IN.match(q)
    if m:  # "what is your degree in?": "finance" → "my degree is in finance"
        return Question(slot=f"my {m.group('x')} is {m.group('p')} {{}}")
    m = _YOUR_X.match(q)
    if m and not re.search(
        r"\s(?:[a-z]+ing|[a-z]+ed|do|does|like|want|say|think|here|into|in|on|at|for|with|about)$",
        (m.group("x") or m.group("x2")).strip(),
    ):  # (not "what's your sister into?", "your role here?": someone else's, or a role in this tool)
        x = (m.group("x") or m.group("x2")).strip()
        if _ONE_USE.search(x):
            return ASIDE  # "what's your order number?": a code for one errand (or a secret), no fact to keep
        x = _NATIVE.sub("native language", _AT_WORK.sub("", x) if x.split()[0] in _ROLE_NOUNS else x)
        be = m.group("be") or ("are" if x.endswith("s") and not x.endswith("ss") else "is")
        return Question(slot=f"my {x} {be} {{}}")
    if q in _TERSE:
        return Question(slot=f"my {q} {'are' if q.endswith('s') else 'is'} {{}}")
    if _OFFER.search(q):
        return ASIDE  # "want me to summarise it?", "which branch should i push to?"
    if _SPEAKS_OF_ITSELF.search(q):
        return None
    m = _WH_DO.match(q)
    if m:
        return _wh_do(m)
    m = _IS_YOUR_STILL.match(q) or _IS_YOUR.match(q)
    if m and m.group("v") not in _PRONOUNS:
        x, v = m.group("x"), m.group("v")
        if x in ("favourite", "all time favourite") and " " in v:  # "is your favourite colour green?"
            x, v = f"{x} {v.split()[0]}", v.split(None, 1)[1]
        still = m.group("still") is not None
        return Question(
            slot=f"my {x} is {{}}",
            yes=f"my {x} is {'still ' if still else ''}{v}",
            no=f"my {x} is no longer {v}" if still else f"my {x} is not {v}",
            no_fills=True,
        )
    m = _DO_YOU.match(q)
    if m:
        return _do_you(m, q)
    m = _CHOICE.match(q)
    if m and " or " in q and not q.startswith(("what", "where", "who", "how")):
        options = (m.group("a").strip(), m.group("b").strip())
        return Question(options=options, slot="i am {}" if q.startswith(("are you", "you ")) else "", no_fills=True)
    m = _AGE_SAID.match(q)
    if m:  # "you're 41, right?": the age it checks, and a new one in its place ("42 now")
        said = f"i am {m.group('n')} years old"
        return Question(slot="i am {} years old", kind="age", yes=said, no="", no_fills=True)
    m = _ARE_YOU.match(q) or _STILL.match(q)
    if m:
        return _are_you(m.group("x"), still=q.startswith("still") or bool(m.groupdict().get("still")))
    return None


def _mine(said: str) -> str:
    """The question's words for the listener's things, turned to the speaker's ("your parents" → "my parents")."""
    return re.sub(r"\byourself\b", "myself", re.sub(r"\byours\b", "mine", re.sub(r"\byour\b", "my", said)))


def _wh_do(m: re.Match[str]) -> Question | None:
    question = _wh_do_said(m)
    noun = m.group("n") or ""
    if question is None or not noun or question.slot.startswith("my ") or noun in _PRONOUNS | _LISTED_KINDS:
        return question  # ("which one do you like better?"; "what languages do you speak?" + "sarcasm")
    if m.group("vp").split()[0] not in _HOLDING_VERBS or noun.split()[-1] in _NOT_HELD:
        return question  # ("which airline do you avoid?", "what time do you wake up?": no thing of the user's)
    # the thing the question names, as a second reading ("which bank are you with?" → "my bank is {}")
    return replace(question, then=f"my {noun} {'are' if noun.endswith('s') and not noun.endswith('ss') else 'is'} {{}}")


def _wh_do_said(m: re.Match[str]) -> Question | None:
    vp, aux, prep, noun = m.group("vp"), m.group("aux"), m.group("p") or "", m.group("n") or ""
    head = vp.split()[0]
    if head in _NOT_ASKED_VERBS or head in ("do", "mean"):
        return None
    if aux == "are" and head in _PREPOSITIONS and not prep:  # "what kind of music are you into?"
        return Question(slot=f"i am {vp} {{}}")
    if aux == "are" and (prep and not head.endswith("ing")):  # "what are you allergic to?", "good at?"
        return Question(slot=f"i am {vp} {prep} {{}}")
    if aux == "are" and head not in _LASTING_ING:
        return None  # "what are you cooking?": today's, not lasting
    if noun and thing_kind(noun):
        return Question(slot=f"my {noun} is {{}}")  # "what laptop are you working on?": the user's laptop
    said = f"i {'am ' if aux == 'are' else ''}{head}"
    inner = vp.split()[1:]
    if inner and inner[0] in _PREPOSITIONS and head in _OPINION_VERBS:
        return None  # "what do you like about paris?": an opinion of paris
    if inner and inner[0] in _PREPOSITIONS and not prep:
        return Question(slot=f"{said} {{}} {' '.join(inner)}")  # "what do you use for ci?": "i use {} for ci"
    return Question(slot=f"{said} {' '.join(inner)} {prep} {{}}".replace("  ", " ").replace("  ", " "))


def _do_you(m: re.Match[str], q: str) -> Question | None:
    verb, obj = m.group("v"), _mine(m.group("o") or "").strip()
    if obj.startswith("or "):  # "do you sail or swim?": a choice of pastimes
        return Question(options=(verb, obj[3:]), slot="i {}")
    if _PRONOUN_OBJECT.search(obj):
        return None  # "have you met him?", "do you like it?": what it stands for is in the talk before
    if verb in _NOT_ASKED_VERBS or verb in ("do", "mean", "go", "get", "feel", "think"):
        if not (verb == "go" and obj.startswith("to ")):
            return None
    still = m.group("still") is not None
    if q.startswith("did you") and verb not in ("grow", "graduate", "study"):
        return None  # a past event ("did you sleep well?")
    modal = "can " if q.startswith("can") else ""
    if q.startswith("have you") and verb not in _THIRD:  # "have you been to japan?": a participle
        return Question(yes=f"i have {verb} {obj}".strip(), no=f"i have not {verb} {obj}".strip())
    if verb in _THIRD:
        thing = ANY.sub("", obj)
        if not thing or thing.endswith((" there", " here")):
            return None  # ("do you have any good food trucks there?": a place's, not the user's)
        fav = _FAV_THING.match(thing)
        if fav:  # "do you have a favourite band?": the band is the answer, having one is not a fact
            return Question(slot=f"my {thing} is {{}}")
        kept = obj if obj.split()[0] not in ("any", "some") else thing
        had = thing.split()[-1].rstrip("s") in HAD or thing.split()[-1] in HAD
        return Question(
            slot="i have {}",
            kind="have",
            thing=thing,
            yes=f"i {'still ' if still else ''}have {kept}" if had else "",
            no=f"i no longer have {kept}" if still else f"i do not have any {thing}",
            no_fills=still,
        )
    if q.startswith("did you"):
        verb = {"grow": "grew", "graduate": "graduated", "study": "studied"}[verb]
    said = f"i {modal}{verb}"
    yes = f"{said} {obj}".strip()
    bare_obj = ANY.sub("", obj)
    no = f"i no longer {verb} {bare_obj}".strip() if still else f"i do not {verb} {bare_obj}".strip()
    if " and " in obj:
        no = ""  # "do you drink soda and eat fast food?" + "no": which of them is not said
    slot_obj = ANY.sub("", obj)
    prep = obj.split()[0] + " " if obj and obj.split()[0] in _PREPOSITIONS else ""  # ("still live in leeds?")
    slot = (
        f"{said} {prep}{{}}"
        if slot_obj
        and (len(slot_obj.split()) <= 2 or " or " in slot_obj)
        and not re.search(r"\b(?:in|at|to|with|for)$", obj)
        else ""
    )
    return Question(slot=slot, yes=yes, no=no, no_fills=still)


def _are_you(x: str, *, still: bool) -> Question | None:
    x = _mine(x).strip()
    open_end = re.match(r"^(?P<x>.+?)\s+(?:anything|something|any)$", x)
    if open_end:  # "are you allergic to anything?": what follows names it ("peanuts" → "i am allergic to peanuts")
        return Question(slot=f"i am {open_end.group('x')} {{}}", no=f"i am not {open_end.group('x')} anything")
    if not x or x.split()[0] in ("you", "sure", "ok", "okay", "able", "going", "feeling", "free", "busy", "around"):
        return None
    first = x.split()[0]
    if first in ("in", "at", "with", "from") and still and x.split()[-1] not in _NOT_HOME:
        place = x.split(None, 1)[1] if " " in x else ""
        verb = {"in": "live in", "at": "work at", "with": "am with", "from": "am from"}[first]
        if not place:
            return None
        return Question(
            slot=f"i {verb} {{}}", yes=f"i still {verb} {place}", no=f"i no longer {verb} {place}", no_fills=True
        )
    if first.endswith("ing") and " " in x:
        verb, obj = x.split(None, 1)
        thing = ANY.sub("", obj)
        prep = obj.split()[0] if obj.split()[0] in ("in", "at", "for", "with", "on", "to") else ""
        return Question(
            slot=f"i am {verb} {prep} {{}}".replace("  ", " "),
            yes=f"i am {'still ' if still else ''}{verb} {thing}",
            no=f"i am no longer {verb} {thing}" if still else f"i am not {verb} {thing}",
            no_fills=still,
        )
    if first in ("in", "at") and (" " not in x or x.split()[1] in _PREPOSITIONS | _PRONOUNS | {"too"}):
        return None  # ("you're in, right?", "you're in on it, yeah?")
    spot = x.split()[2] if len(x.split()) > 2 and x.split()[1] == "the" else ""
    if first in ("in", "at") and (x.split()[1] in _SOMEONES or spot in _SPOTS) and not still:
        return ASIDE  # "you're in the lobby, right?", "at your mum's?": where the user is now
    if first in ("in", "at") and " " in x and x.split()[1] in ("a", "an", "any", "some"):
        # "are you in any book club?", "in a band?": one of a kind of group, not a place one lives
        thing = re.sub(r"^(in|at)\s+(?:any|some)\s+", r"\1 a ", x)
        return _said_back(thing, still, yes_fills=False)
    if first == "on" and " " in x:  # "still on android?": "nope, iphone now" → "i am on iphone now"
        return _said_back(x, still, slot="i am on {}", yes_fills=False, no_fills=True)
    if first in ("in", "at") and x.split()[-1] in _NOT_HOME and not still and x.split()[-1] != "school":
        return ASIDE  # "are you at home?", "in the car?": where the user is now, not where they live
    if first in ("in", "at") and x.split()[-1] not in _NOT_HOME:  # (not "in school?": a stage of life)
        verb = "live in" if first == "in" else "work at"
        return Question(slot=f"i {verb} {{}}", yes=f"i {verb} {x.split(None, 1)[-1]}", no="", no_fills=True)
    return _said_back(x, still, slot="i am {}", yes_fills=False, no_fills=still)


def _said_back(said: str, still: bool, **how: Any) -> Question:
    """An "are you (still) …?" said back: a yes keeps ``said``, a no denies it (or, to "still", ends it)."""
    return Question(
        yes=f"i am {'still ' if still else ''}{said}",
        no=f"i am no longer {said}" if still else f"i am not {said}",
        **how,
    )
