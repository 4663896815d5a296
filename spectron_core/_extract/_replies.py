"""Replies to the other party's question: the assistant asks "Where are you based?", the user types "lisbon".

An assistant learns most about its user by asking, and the user answers in whatever the question leaves out:
"lisbon", "yep, a beagle", "nurse", "34", "nope". Alone, none of these states anything; with the question just
before it, each is a whole sentence. The reply is rebuilt into that first-person sentence and then read like any
other, so every reader of the extractor applies to it unchanged:

- a question for a thing puts the reply in its slot and turns "you" into "I": "what instrument do you play?" +
  "cello" → "i play cello"; "where do you live?" + "near the beach" → "i live near the beach"; "what's your
  dog's name?" + "rex" → "my dog's name is rex";
- a yes/no question is said back: "are you vegetarian?" + "yes" → "i am vegetarian"; "no" → "i am not
  vegetarian", and "no longer" when the question asked "still" ("still at deloitte?" + "nah, kpmg now" → "i am
  no longer at deloitte, i work at kpmg now");
- a "yes" or "no" with more after it fills the slot with what follows ("do you have any pets?" + "yep, a
  beagle" → "i have a beagle").

The rebuilding is by the question's grammar (a wh-phrase and its verb, "are you …", "do you <verb> …"), not by a
list of questions, so a question in new words is read if its shape is one of these. Only a fragment is rebuilt:
a reply with its own subject ("my brother lives in leeds", "i'm a nurse") already says what it says and is read
as typed. A reply that dodges ("rather not say", "idk", "why?"), asks back, or answers an offer ("want me to
summarise it?" + "sure") or a question about today ("what are you up to tonight?") states nothing lasting and is
left alone. Why the other party's question and not the user's own: a user's question to the assistant is
answered by the assistant, and the assistant's facts are not the user's (the same-turn case, "what's yours?
mine is orange", is ``_ellipsis``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ._lexicon import CHILD_WORDS, DEVICES, KIN, PETS, ROLE_SUFFIXES, ROLE_WORDS, VEHICLES, thing_kind, words
from ._past_jobs import _FIELD_WORDS
from ._shorthand import spelled_out

__all__ = ["Question", "question_in", "replied", "reply_sentence"]


@dataclass(frozen=True)
class Question:
    """What a question lets a reply say: ``slot`` takes a fragment at ``{}``; ``yes``/``no`` are said back."""

    slot: str = ""
    kind: str = "thing"
    """What the slot takes: ``thing`` (a place, an object, a value), ``name``, ``age``, ``count``, ``job``, ``doing``,
    ``have`` (what "do you have any <thing>?" asks for)."""
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
    polarity: str = ""
    """"yes" or "no" when the reply's first sentence opened with it ("nope. moved to porto", "nope, sold it. drive
    a corsa now"): the next sentence goes on answering, read with the question's slot but not said back again."""

    def after(self, said: str) -> Question:
        """The question as the sentence after a "yes."/"no." answers it."""
        return replace(self, yes="", no="", polarity=said)


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
    (re.compile(r"\bu\b|\bya\b"), "you"),
    (re.compile(r"\bur\b|\byr\b"), "your"),
    (re.compile(r"\bfave?\b|\bfavorite\b"), "favourite"),
    (re.compile(r"\bwanna\b"), "want to"),
    (re.compile(r"\s+"), " "),
]
_LEAD = re.compile(
    r"^(?:(?:so|and|also|oh|ok|okay|great|cool|nice|thanks|thank\s+you|got\s+it|perfect|awesome|sure|alright|right|"
    r"first(?:\s+off)?|lastly|finally|quick\s+question|one\s+more\s+thing|by\s+the\s+way|btw|out\s+of\s+curiosity|"
    r"just\s+curious|before\s+i\s+(?:start|begin)|to\s+(?:start|begin)|real\s+quick|then|now|well|hey|hi|hello)"
    r"(?:\s*[,:!-]\s*|\s+))+"
)
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
    (re.compile(rf"^({_WH}?) you (are|were) (.+)$"), r"\1 \2 you \3"),
    (re.compile(rf"^({_WH}?) you (?!are\b|were\b)(.+)$"), r"\1 do you \2"),
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
    r"mostly|usually|at\s+work|for\s+work|day\s+to\s+day|exactly|again|too|also|as\s+well|"
    r"(?:when|while|whenever)\s+i\s+.+))+$|"
    r"\b(?:currently|mostly|usually|normally|typically|generally|roughly)\s+(?=[a-z]+\b)|,?\s+roughly$"
)
"""What a question says around what it asks ("who do you work for, if you don't mind me asking", "are you
employed somewhere at the moment", "what's your husband's name, so i can put it on the card"): dropped, so the
question's own shape is what is read. Time words of a lasting state ("these days", "right now") go too: "are you
learning any languages right now?" asks what the user is learning, not what they do today."""
_OFFER = re.compile(
    r"\b(?:me|i|we|us)\b|\bwould\s+you\s+like\b|\bdo\s+you\s+want\s+(?:to\s+|me\b)|\bshall\b|\bshould\b|"
    r"\b(?:want|need)\s+(?:help|more|another|any\s+help)\b|\bready\b|\bhelpful\b|\bmake\s+sense\b|\bsound\s+good\b"
)
"""A question about the conversation, an offer or the assistant itself ("want me to summarise it?"): a yes to
it is consent, not a fact about the user."""

_NAME_Q = re.compile(
    r"^(?:what\s+is\s+your\s+(?:first\s+|full\s+|preferred\s+)?name|your\s+(?:first\s+)?name|name|"
    r"what\s+(?:should|can|do|shall)\s+i\s+call\s+you|what\s+do\s+(?:people|friends|you\s+like\s+to\s+be)\s+call(?:ed)?"
    r"(?:\s+you)?|how\s+should\s+i\s+address\s+you|what\s+do\s+you\s+go\s+by|who\s+am\s+i\s+(?:talking|chatting|speaking)\s+"
    r"(?:to|with)|what\s+name\s+(?:should|can|do|shall)\s+i\s+use)$"
)
_AGE_Q = re.compile(r"^(?:how\s+old\s+are\s+you(?:\s+now)?|what\s+is\s+your\s+age|your\s+age|age)$")
_COUNT_Q = re.compile(r"^how\s+many\s+(?P<n>[a-z]+(?:\s+[a-z]+)?)\s+(?:do\s+you\s+have|have\s+you\s+got|have\s+you)$")
_HOME_Q = re.compile(
    r"^(?:where\s+(?:do\s+you\s+(?:live|stay|reside)|are\s+you\s+(?:based|located|living|staying))|"
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
    r"^(?:where\s+do\s+you\s+work|who\s+do\s+you\s+work\s+for|who\s+is\s+your\s+employer|"
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
_FAV_TERSE = re.compile(r"^(?:and\s+)?(?:your\s+)?(?P<n>(?:all[\s-]time\s+)?favourite\s+[a-z]+(?:\s+[a-z]+)?)$")
_YOUR_X_IN = re.compile(r"^what\s+(?:is|was)\s+your\s+(?P<x>[a-z][a-z' ]{1,30}?)\s+(?P<p>in|on|about|from)$")
_WHICH_FAV = re.compile(r"^(?:what|which|who)\s+(?:(?P<n>[a-z]+)\s+)?is\s+your\s+favourite(?:\s+(?P<n2>[a-z]+))?$")
_TERSE = words("""birthday pronouns timezone budget email nationality diet allergies religion height weight
    hometown""")
_WH_DO = re.compile(
    r"^(?:what|which)(?:\s+(?:kind|sort|type|brand|make|model)s?\s+of)?(?:\s+(?P<n>[a-z]+(?:\s+[a-z]+)?))?\s+"
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
_ANY = re.compile(r"^(?:any|a|an|some|many|a\s+lot\s+of|lots\s+of)\s+")
_PRONOUNS = words("this that it he she they him her them one these those")
_PRONOUN_OBJECT = re.compile(r"\b(?:him|her|them|it|that|this|one|those|these)$")
_FAV_THING = re.compile(r"^(?:all[\s-]time\s+)?favourite\s+[a-z]+")
_NOT_HOME = words("""school college uni university class bed hospital work office relationship love trouble pain shape
    debt charge mood hurry rush""")
"""What "are you (still) in …?" asks that is no place one lives ("in school", "in a relationship")."""
_ANY_Q = re.compile(r"^(?:(?:have\s+you\s+)?got\s+|and\s+)?any\s+(?P<o>[a-z][a-z' -]{1,40})$")
"""A terse "have you any …?": "any pets?", "got any siblings?", "any allergies i should know about?"."""
_CALLED_Q = re.compile(
    r"^(?:what\s+is\s+your\s+(?P<x>[a-z][a-z' ]{1,30}?)\s+called|what\s+do\s+you\s+call\s+your\s+(?P<x2>[a-z][a-z' ]{1,30}))$"
)
_IN_Q = re.compile(r"^(?:what|which)\s+(?P<n>[a-z]+(?:\s+[a-z]+)?)\s+are\s+you\s+(?:in|on)$")
""""what timezone are you in?", "which year are you in?": the user's own one of those."""
_X_STILL_YOUR = re.compile(
    r"^is\s+(?P<v>[a-z0-9][a-z0-9' -]{0,40}?)\s+(?P<still>still\s+)?your\s+(?P<x>[a-z][a-z' ]{1,30})$"
)
""""is sushi still your favourite?", "so is blue still your colour?": the question names the value it checks."""
_NOT_ASKED_VERBS = words("""think know mean see remember want need like to agree understand feel guess believe hear
    recall wish hope""")
"""Verbs of a question about an opinion or the talk itself ("do you think …", "do you know …"): not a fact."""
_HAD = KIN | PETS | VEHICLES | DEVICES | CHILD_WORDS | words("pet pets allergy allergies car house bike")
"""What a "yes" to "do you have …?" is worth saying back ("kids?" + "yes": the user has kids); a yes to "any
tips?" or "any hobbies?" says nothing of what they are."""
_PREPOSITIONS = words("for in at on with to by from about into")
_THIRD = {"have": "have", "own": "own", "got": "have", "have got": "have"}


def question_in(prior: str) -> Question | None:
    """What the last question of the other party's turn asks of the listener, when a short reply can answer it."""
    text = _last_question(prior)
    if not text:
        return None
    return _parsed(text)


def _last_question(prior: str) -> str:
    """The prior turn's last sentence, normalised, when it is a question (not when it went on past it)."""
    body = prior.strip()
    if not body.endswith("?"):
        return ""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+", body) if s.strip()]
    q = sentences[-1].strip().rstrip("?").strip().lower() if sentences else ""
    q = q.replace("’", "'")
    for pattern, repl in _SPELLING:
        q = pattern.sub(repl, q)
    q = q.strip(" ,")
    q = re.split(r"\s+[-—–]\s+|:\s+|;\s+", q)[-1]  # "quick one - what's your name": the part after the break
    for _ in range(2):
        q = _LEAD.sub("", q)
        q = _EMBEDDED.sub("", q)
    q = re.sub(r"^.*,\s*(?=(?:what|which|where|who|how|when|do|does|did|are|is|have|can|still|any)\b)", "", q)
    for _ in range(2):
        q = _ASIDE.sub("", q).strip(" ,")
    if not _INVERTED.search(q):
        for pattern, repl in _REORDER:
            q = pattern.sub(repl, q)
    return " ".join(q.replace(" please", "").split())


def _parsed(q: str) -> Question | None:
    if _NOW_ONLY.search(q) and not _HOME_Q.match(q):
        return None
    if _THIRD_PARTY.search(q):
        return None  # "are they girls or boys?", "is he your brother?": about someone else
    if _NAME_Q.match(q):
        return Question(slot="my name is {}", kind="name")
    if _AGE_Q.match(q):
        return Question(slot="i am {} years old", kind="age")
    m = _COUNT_Q.match(q)
    if m:
        return Question(slot="i have {} " + m.group("n"), kind="count", no=f"i do not have any {m.group('n')}")
    if _FROM_Q.match(q):
        return Question(slot="i am from {}")
    if _HOME_Q.match(q):
        return Question(slot="i live in {}")
    if _WORK_AT_Q.match(q):
        return Question(slot="i work at {}")
    if _JOB_Q.match(q):
        return Question(slot="i am {}", kind="job")
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
            no=f"my {x} is no longer {v}" if still else "",
        )
    m = _IN_Q.match(q)
    if m:
        return Question(slot=f"my {m.group('n')} is {{}}")
    m = _ANY_Q.match(q)
    if m:
        q = f"do you have any {m.group('o')}"
    m = _FAV_TERSE.match(q)
    if m:  # "favourite cuisine?"
        return Question(slot=f"my {m.group('n')} is {{}}")
    m = _WHICH_FAV.match(q)
    if m and (m.group("n") or m.group("n2")):
        return Question(slot=f"my favourite {m.group('n') or m.group('n2')} is {{}}")
    m = _YOUR_X_IN.match(q)
    if m:  # "what is your degree in?": "finance" → "my degree is in finance"
        return Question(slot=f"my {m.group('x')} is {m.group('p')} {{}}")
    m = _YOUR_X.match(q)
    if m and not re.search(
        r"\s(?:[a-z]+ing|[a-z]+ed|do|does|like|want|say|think)$", (m.group("x") or m.group("x2")).strip()
    ):
        x = (m.group("x") or m.group("x2")).strip()
        be = m.group("be") or ("are" if x.endswith("s") and not x.endswith("ss") else "is")
        return Question(slot=f"my {x} {be} {{}}")
    if q in _TERSE:
        return Question(slot=f"my {q} {'are' if q.endswith('s') else 'is'} {{}}")
    if _OFFER.search(q):
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
    m = _ARE_YOU.match(q) or _STILL.match(q)
    if m:
        return _are_you(m.group("x"), still=q.startswith(("still", "are you still", "you still")))
    return None


def _wh_do(m: re.Match[str]) -> Question | None:
    vp, aux, prep, noun = m.group("vp"), m.group("aux"), m.group("p") or "", m.group("n") or ""
    head = vp.split()[0]
    if head in _NOT_ASKED_VERBS or head in ("do", "mean"):
        return None
    if aux == "are" and head not in _LASTING_ING:
        return None  # "what are you cooking?": today's, not lasting
    if noun and thing_kind(noun):
        return Question(slot=f"my {noun} is {{}}")  # "what laptop are you working on?": the user's laptop
    said = f"i {'am ' if aux == 'are' else ''}{head}"
    inner = vp.split()[1:]
    if inner and inner[0] in _PREPOSITIONS and not prep:
        return Question(slot=f"{said} {{}} {' '.join(inner)}")  # "what do you use for ci?": "i use {} for ci"
    return Question(slot=f"{said} {' '.join(inner)} {prep} {{}}".replace("  ", " ").replace("  ", " "))


def _do_you(m: re.Match[str], q: str) -> Question | None:
    verb, obj = m.group("v"), (m.group("o") or "").strip()
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
    if verb in _THIRD:
        thing = _ANY.sub("", obj)
        if not thing or thing.endswith((" there", " here")):
            return None  # ("do you have any good food trucks there?": a place's, not the user's)
        fav = _FAV_THING.match(thing)
        if fav:  # "do you have a favourite band?": the band is the answer, having one is not a fact
            return Question(slot=f"my {thing} is {{}}")
        kept = obj if obj.split()[0] not in ("any", "some") else thing
        had = thing.split()[-1].rstrip("s") in _HAD or thing.split()[-1] in _HAD
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
    no = f"i no longer {verb} {obj}".strip() if still else f"i do not {verb} {obj}".strip()
    if " and " in obj:
        no = ""  # "do you drink soda and eat fast food?" + "no": which of them is not said
    slot_obj = _ANY.sub("", obj)
    slot = (
        f"{said} {{}}"
        if slot_obj
        and (len(slot_obj.split()) <= 2 or " or " in slot_obj)
        and not re.search(r"\b(?:in|at|to|with|for)$", obj)
        else ""
    )
    return Question(slot=slot, yes=yes if obj or verb not in ("have",) else "", no=no, no_fills=still)


def _are_you(x: str, *, still: bool) -> Question | None:
    x = x.strip()
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
        thing = _ANY.sub("", obj)
        prep = obj.split()[0] if obj.split()[0] in ("in", "at", "for", "with", "on", "to") else ""
        return Question(
            slot=f"i am {verb} {prep} {{}}".replace("  ", " "),
            yes=f"i am {'still ' if still else ''}{verb} {thing}",
            no=f"i am no longer {verb} {thing}" if still else f"i am not {verb} {thing}",
            no_fills=still,
        )
    if first in ("in", "at") and x.split()[-1] not in _NOT_HOME:  # (not "in school?": a stage of life)
        verb = "live in" if first == "in" else "work at"
        return Question(slot=f"i {verb} {{}}", yes=f"i {verb} {x.split(None, 1)[-1]}", no="", no_fills=True)
    return Question(
        slot="i am {}",
        yes=f"i am {'still ' if still else ''}{x}",
        no=f"i am no longer {x}" if still else f"i am not {x}",
        yes_fills=False,
        no_fills=still,
    )


# -- the reply --------------------------------------------------------------------------------------------------
_TAIL = re.compile(
    r"(?:(?:\s*[,.!]\s*|\s+|^)(?:and\s+|what\s+about\s+|how\s+about\s+)?(?:you|u|yourself|urself|wbu|hbu)\s*\??|"
    r"(?:\s*[,.!]\s*|\s+|^)(?:lol|lmao|haha+|hehe+|ha|tbh|honestly|thanks|thank\s+you|thx|ty|cheers|pls|please|"
    r"for\s+sure|definitely|def|btw|ugh|sadly|unfortunately)|"
    r"\s*[.!…]+|\s+)+$"
)
_YES = re.compile(
    r"^(?:(?:yes|yeah|yea|ya|yah|yep|yup|yess+|sure|of\s+course|definitely|absolutely|correct|right|indeed|uh\s+huh|"
    r"totally|certainly|(?:yes\s+|still\s+)?i\s+(?:do|am|have|did|can)(?:\s+(?:yes|indeed|still|too))?(?=\s*(?:[,!.:;-]|$))|"
    r"still\s+(?:am|do|have)|that\s+is\s+right|that's\s+right)(?:\s*[,!.:;-]\s*|\s+|$))+"
)
_NO = re.compile(
    r"^(?:(?:no|nope|nah|naw|not\s+really|(?:do\s+not|don't|dont)(?=\s+(?:really\s+)?(?:have|own|do|eat|drink|play|use))|not\s+any\s*more|no\s+longer|never|negative|not\s+at\s+all|not\s+anymore|"
    r"(?:i\s+(?:do|am|have|did|can)\s+not|i\s+(?:don't|dont|ain't|haven't|havent|can't|cant)|i'm\s+not|im\s+not)"
    r"(?:\s+(?:any\s*more|really|at\s+all|either))?(?=\s*(?:[,!.:;-]|$))|"
    r"not\s+(?:these\s+days|now|since\s+\w+))(?:\s+(?:any\s*more|really|at\s+all|though|sadly|unfortunately))?"
    r"(?:\s*[,!.:;-]\s*|\s+|$))+"
)
_DODGE = re.compile(
    r"\b(?:not\s+sure|unsure|dunno|idk|no\s+idea|rather\s+not|prefer\s+not|not\s+telling|not\s+saying|secret|"
    r"guess|why|does\s+it\s+matter|who\s+cares|skip|pass|none\s+of\s+your|n/a|depends|it\s+depends|nothing|"
    r"nowhere|no\s+one|nobody|whatever|maybe|hm+|good\s+question|can't\s+say|cant\s+say|later|next\s+question|"
    r"wouldn't\s+you\s+like|haha|lol|jk|kidding|ask\s+me|don't\s+know|dont\s+know|do\s+not\s+know|forget\s+it|"
    r"never\s*mind|mind\s+your|private|personal|sometimes|kinda|kind\s+of|sort\s+of|probably|might|someday|"
    r"one\s+day|hopefully|soon|wish|want\s+to|would\s+like|planning|thinking\s+about|used\s+to|long\s+story|"
    r"tell\s+me|speaking\s+of|you\s+first|your\s+turn|"
    r"complicated|all\s+over|here\s+and\s+there)\b"
)
"""A reply that dodges, jokes, hedges or speaks of a hope rather than a fact: the rebuilt sentence would claim
what the user did not say ("rather not say" is no home, "hopefully a nurse one day" no job)."""
_IRONY = frozenset("🙄🙃😏😒")
"""Emoji that say the words are not meant ("oh i LOVE mondays 🙄")."""
_GIBBERISH = re.compile(r"[a-z]|[b-df-hj-np-tv-xz]{3,}|(?:asdf|qwer|zxcv|jkl)[a-z]*")
"""A reply that is no word: one letter ("k"), no vowel ("sdfghj") or a run along the keyboard ("asdf")."""
_INTERJECTION = re.compile(
    r"^(?:(?:meh|hm+|well|oh|ah|um+|uh|honestly|tbh|ok|okay|so|lol|haha+|ha|ugh|erm|sadly|unfortunately|actually|"
    r"dude|man|bro|mate|yo|omg|lmao)\b[\s,!.]*)+"
)
_IT_IS = re.compile(r"^(?:it\s+is|it's|its|that\s+is|that's|thats|that\s+would\s+be|that'd\s+be|it\s+would\s+be)\s+")
_NAME_SAID = re.compile(r"^(?:just|only)\s+|\s+(?:is\s+(?:fine|good|ok|okay|great)|works|will\s+do|please|pls)$")
"""Around a name given: "just tomo is fine", "sam works"."""
_SWITCHED_TO = re.compile(r"^(?:switched|changed|swapped|moved|converted|went\s+over)\s+to\s+(?P<x>.+)$")
_BORN = re.compile(r"^(?:born|raised|brought\s+up)\b")
_NO_LONGER = ("i no longer", "i am no longer", "my ")
_SWITCH = re.compile(r"^(?:switched|moved|changed|left|quit|gave\s+up|dropped|stopped|sold|swapped|traded)\b")
_DID = re.compile(
    r"^(?:(?:left|quit|got|went|became|sold|took|began|gave\s+up|dropped|joined)\s|[a-z]+ed\s+(?:to|from|into|in|at|"
    r"up|out|over|back|a|an|the|my|it|them|on|off|for|with)\b)"
)
"""A fragment that opens with a past verb ("moved to austin", "switched to zed"): its subject is the user."""
_ACKNOWLEDGED = words("""cool nice wow great awesome hi hello hey thanks sweet lovely interesting neat fun good sure
    ah oh ooh haha lol hmm well ok okay right true aw aww yay""")
"""Words of a first sentence that only acknowledges the question ("oh cool !", "hi !")."""
_REACTION = re.compile(
    r"^(?:(?:oh\s+)?(?:(?:that|this|it)(?:'s|s|\s+is|\s+was|\s+sounds|\s+looks)|sounds|looks|how|so|what\s+a)\s+"
    r"(?:(?:so|very|really|pretty|super|quite|such\s+a|a|an)\s+)*(?:cute|great|cool|nice|fun|awesome|exciting|interesting|"
    r"good|amazing|lovely|neat|sad|funny|wonderful|terrible|horrible|hard|tough|crazy|wild|sweet|perfect|fantastic|"
    r"brilliant|impressive|beautiful|true|fair|right|scary|weird|strange|rough|smart|fascinating|delicious|yummy)|"
    r"congratulations|congrats|perfect|hehe+|omg|yay|aw+|oh\s+no|oh\s+wow|wow|nice|cool|awesome|great|lovely|neat|"
    r"sweet|fun|ha(?:ha)+)\b(?:\s+(?:too|indeed|lol|haha))?(?:\s*[,!.;:-]+\s*|\s*$)"
)
"""A reaction to what was said before the question ("that is cute .", "sounds great,", "perfect."): not the answer,
which comes after it if at all."""
_JUST = re.compile(r"^(?:just|only)\s+")
_MAX_REPLACING_WORDS = 3
"""A "no" with a short thing after it names what the user does instead ("coffee?" + "nope, tea only"); a longer
one is a remark ("dolls?" + "no, just a retired grandma enjoying life")."""
_SAID_IN_FULL = re.compile(r"^(?:i|i'm|im|i've|ive|i'd|i'll)\b")
"""A reply that goes on in the user's own first person ("yes i have two kids your age"): read as typed."""
_OWN_SUBJECT = re.compile(
    r"^(?:i|i'm|im|i've|ive|i'd|id|i'll|my|me|mine|we|we're|our|he|she|they|his|her|their|it|it's|its|that|"
    r"this|there|you|your|u|ur)\b"
)
_OTHERS = re.compile(r"\b(?:he|she|they|his|her|their|him|them|my\s+(?!own\b)[a-z]+)\b")
_NUMBER = words("""one two three four five six seven eight nine ten eleven twelve a couple few several""")
_AGE = re.compile(r"^(?P<n>\d{1,3})(?:\s*(?:years?\s+old|yrs?(?:\s+old)?|yo|y/o|y\.o))?$")
_COUNT = re.compile(
    r"^(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple|a\s+few|several)"
    r"(?P<rest>(?:\s+[a-z]+)?(?:\s*,\s*.+|\s+(?:and|both|named|called)\b.*)?)$"
)
_NOT_A_FRAGMENT = re.compile(
    r"^(?:have|has|had|do|does|did|am|is|are|was|were|be|been|get|got|can|could|would|will|should|really|about\s+to)\b|.*\b(?:not|never|n't)\b"
)
"""A reply that is a clause without its subject or a denial ("have one", "don't really have one"): no value."""
_SUBJECT_IN = re.compile(r"\b(?:i|i'm|im|me|my|we|our|us)\b")
_SAID_ON = re.compile(r"\b(?:i|i'm|im|my|we|our|it's|its|it|that's|they|they're|he|she|his|her|their)\b")
"""Where a reply's fragment gives way to a remark of its own ("chile, i love it", "computer science its hard")."""
_FINITE = re.compile(r"\b(?:is|are|was|were|am|will|would|can|could|should|must|does|did)\b")
_PREP_LED = re.compile(r"^(?:for|with|to|on|by|from|of|into|since|during|after|before)\s")
_ABOUT = re.compile(r"^(?:(?:prob|probably|around|about|roughly|approx|approximately|like|nearly|almost)\s+)+")
_FILLER = re.compile(r"^(?:(?:just|only|like|basically|still|um+|uh+)\s+)+")
"""Words before a value that are not part of it ("just outside galway", "still here")."""
_CHOICE_FILLER = words("a an the on in at my of or to")
_COUNTED = re.compile(
    r"^(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+couple|a\s+few|several|some)\b"
)
_JOB_STATUS = words("""retired unemployed self-employed freelance freelancing between jobs student students
    jobless semi-retired""")
_ARTICLE = re.compile(r"^(?:a|an|the)\s")
_PLACE_PREP = re.compile(r"^(?:in|at|near|outside|around|by|on|just\s+outside|close\s+to|next\s+to)\s")
_NOT_A_VALUE = words("""it that this those these same too also so just well yes yeah no nope not sorry what how
    everything anything nothing all none lots here there home everywhere somewhere okay ok fine good great cool
    nice wow awesome hi hello hey thanks sweet lovely interesting neat fun trying going gonna""")
"""Words that are no value on their own ("here", "same", "fine")."""
_MAX_FRAGMENT_WORDS = 8


def replied(question: Question, sentence: str) -> tuple[str | None, Question | None]:
    """One sentence of the reply, as typed: the sentence it stands for (None: read it as typed), and the question
    the reply's next sentence still answers (None: the answer is over). A reply answers in its first sentence;
    after a sentence that opened with "yes"/"no" ("nope, sold it. drive a corsa now") or only acknowledged the
    question ("oh cool! …"), the next one goes on answering it."""
    rebuilt = reply_sentence(question, f"{question.polarity}, {sentence}" if question.polarity else sentence)
    if question.polarity:
        return rebuilt, None
    text = _TAIL.sub("", spelled_out(sentence).strip().lower().replace("’", "'")).strip(" ,;:-")
    for said, pattern in (("yes", _YES), ("no", _NO)):
        m = pattern.match(text)
        if m and not m.group(0).startswith("i"):
            return rebuilt, question.after(said)
    if rebuilt is None and (not _INTERJECTION.sub("", text).strip(" ,!.") or text in _ACKNOWLEDGED):
        return rebuilt, question  # "oh cool!", "hi !": not the answer yet
    return rebuilt, None


def reply_sentence(question: Question, reply: str) -> str | None:
    """The first-person sentence ``reply`` stands for as an answer to ``question``, or None when it is no such
    fragment (it has its own subject, dodges, asks back, or names nothing the question asked for)."""
    if not _IRONY.isdisjoint(reply):
        return None  # "i LOVE mondays 🙄": said with a roll of the eyes
    text = spelled_out(reply).strip().lower().replace("’", "'")
    text = re.sub(r"\s*\([^)]*\)", "", text)  # "tbilisi, georgia (the country lol)": an aside
    text = _INTERJECTION.sub("", _TAIL.sub("", text).strip(" ,;:-"))
    if _GIBBERISH.fullmatch(text):
        return None
    if not text or text.endswith("?") or _DODGE.search(text):
        return None
    reaction = _REACTION.match(text)
    if reaction:  # "sounds great, i love noodles", "perfect. …": a reaction first, the answer (if any) after it
        text = text[reaction.end() :].strip(" ,;:-!.")
        if not text or _SAID_IN_FULL.match(text):
            return None
    yes = _YES.match(text)
    no = None if yes else _NO.match(text)
    lead = yes or no
    rest = text[lead.end() :].strip(" ,;:-") if lead else text
    rest = re.sub(r"^(?:but|though|actually|well|so)\s+", "", rest)
    if _SAID_IN_FULL.match(rest) or (question.polarity and _OWN_SUBJECT.match(rest)):
        if no and question.no and question.no_fills:
            return f"{question.no}, {rest}"  # "still at deloitte?" + "no i left": the no says what ended
        return None  # "no i do not watch, i listen to music": said in full, read as typed
    if no:
        return _after_no(question, rest)
    if yes and not rest:
        return question.yes or None
    if not yes or not question.yes:
        rest = _IT_IS.sub("", rest)  # "it's mateus", "yeah it's die hard": the answer after it
    if _OWN_SUBJECT.match(rest) or (yes and not question.yes_fills):
        joint = " " if _PLACE_PREP.match(rest) else ", "  # "employed? yep, at ikea": where, not an aside
        return f"{question.yes}{joint}{rest}" if yes and question.yes else None
    if _BORN.match(rest):
        return f"i was {rest}"  # "born and raised on a horse farm"
    switched = _SWITCHED_TO.match(rest)
    if switched and question.slot not in ("", "i am {}") and question.kind == "thing":  # "still play tennis?" + "switched to padel"
        filled = _filled(question, switched.group("x"))
        if filled:
            return f"{question.no}, {filled}" if question.no.startswith(_NO_LONGER) else filled
    if _DID.match(rest):  # "switched to padel": the verb's subject is the user; to "still …?" it is a no
        return f"{question.no}, i {rest}" if question.no.startswith(_NO_LONGER) and _SWITCH.match(rest) else f"i {rest}"
    if _own_verb(question, rest):
        return f"i {rest}"  # "do you still play tennis?" + "play padel now"
    filled = _filled(question, rest)
    if filled:
        return filled
    return question.yes or None if yes else None


def _own_verb(question: Question, rest: str) -> bool:
    """Whether the fragment opens with the question's own verb ("still play tennis?" + "play padel now")."""
    slot = question.slot.split()
    return len(slot) > 2 and slot[0] == "i" and rest.split()[0] == slot[1] and slot[1] not in ("am", "have")


def _after_no(question: Question, rest: str) -> str | None:
    said = question.no
    if not rest:
        return said or None
    rest = _IT_IS.sub("", rest)  # "nah, it's ramen now": the value after it
    if _OWN_SUBJECT.match(rest) or _SUBJECT_IN.search(rest):  # "no not at the moment i am single": said on
        return f"{said}, {rest}" if said else None
    if _DID.match(rest) or _own_verb(question, rest):
        return f"{said + ', ' if said else ''}i {rest}"  # "nah, moved to austin": the verb's subject is the user
    if re.match(r"^[a-z]+ing\b", rest) and question.slot.startswith("i am "):
        return f"{said + ', ' if said else ''}i am {rest}"  # "not anymore, eating fish now"
    just = _JUST.match(rest)
    if question.kind == "have" and just:  # "any pets?" + "no, just a turtle": had, though not what was asked
        thing = rest[just.end() :]
        if _COUNTED.match(thing) or any(w.rstrip("s") in _HAD for w in thing.split(",")[0].split()[:3]):
            return f"i have {thing}"
        return said or None
    short = len(rest.split()) <= _MAX_REPLACING_WORDS and not _JUST.match(rest)
    filled = _filled(question, rest) if question.no_fills or short else None
    if filled:  # "still in denver?" + "nah, austin": the new value ("in london?" + "no, manchester": the value)
        return f"{said}, {filled}" if said else filled
    return said or None


def _had(thing: str, fragment: str) -> str:
    """What "do you have any <thing>?" + ``fragment`` says. People are had ("kids?" + "two boys" → "i have two
    boys", "yes, two" → "i have two kids"); a thing is named as one of its kind ("pets?" + "a beagle" → "my pets
    are a beagle", "a car?" + "a honda jazz" → "my car is a honda jazz"), unless the reply names the kind itself
    ("allergies?" + "peanut allergy" → "i have peanut allergy")."""
    if re.fullmatch(r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple|a\s+few|several", fragment):
        return f"i have {fragment} {thing}"
    head = fragment.split(",")[0].split()
    if thing.split()[-1] in KIN or thing[:4] in fragment or any(w.rstrip("s") in PETS or w in KIN for w in head):
        return f"i have {fragment}"
    return f"my {thing} {'are' if thing.endswith('s') and not thing.endswith('ss') else 'is'} {fragment}"


def _filled(question: Question, fragment: str) -> str | None:
    """The question's slot filled with ``fragment``, when the fragment is the kind of thing the slot takes. The
    value is what comes before a comma or a remark with its own subject ("josie, i'm from manhattan", "computer
    science its challenging"); the rest is kept after it, read as typed."""
    said_on = _SAID_ON.search(fragment)
    comma = fragment.find(",")
    cut = min(i for i in (said_on.start() if said_on else -1, comma) if i >= 0) if said_on or comma >= 0 else -1
    head, tail = (fragment[:cut].rstrip(" ,;:-"), fragment[cut:].lstrip(" ,")) if cut >= 0 else (fragment, "")
    filled = _value_filled(question, head) if head else None
    return f"{filled}, {tail}" if filled and tail else filled


def _value_filled(question: Question, fragment: str) -> str | None:
    if question.kind == "name" and question.slot:
        names = _NAME_SAID.sub("", fragment).split()
        if not names or len(names) > 3 or names[0] in _NOT_A_VALUE:
            return None
        if not all(re.fullmatch(r"[a-zà-ÿ][a-zà-ÿ'-]*", w) for w in names):
            return None
        return question.slot.format(" ".join(w.capitalize() for w in names))
    words_ = fragment.split()
    if not words_ or len(words_) > _MAX_FRAGMENT_WORDS or _OTHERS.search(fragment) or _FINITE.search(fragment):
        return None  # "veggies are good": a clause of its own, read as typed
    if _PREP_LED.match(fragment) and not re.search(r"\s(?:in|at|by|from|to)\s\{\}$", question.slot):
        return None  # "for school, and for pleasure": no thing the slot takes
    if question.options:
        said = {w[:4] for w in re.findall(r"[a-z0-9]+", fragment) if w not in _CHOICE_FILLER}
        picked = [o for o in question.options if said & {w[:4] for w in o.split() if w not in _CHOICE_FILLER}]
        if len(picked) == 1:  # "mac or pc?" + "mac, m2 air": the option named
            return question.slot.format(picked[0]) if question.slot else f"i prefer {picked[0]}"
        if not question.slot:
            return None
    kind = question.kind
    fragment = _FILLER.sub("", fragment)
    words_ = fragment.split()
    if not question.slot or not words_ or words_[0] in _NOT_A_VALUE or _NOT_A_FRAGMENT.match(fragment):
        return None
    if kind == "age":
        m = _AGE.match(_ABOUT.sub("", fragment))
        return question.slot.format(m.group("n")) if m and 0 < int(m.group("n")) < 120 else None
    if kind == "count":
        m = _COUNT.match(fragment)
        if not m:
            return None
        return question.slot.format(m.group("n")) + (m.group("rest") or "")
    if kind == "job":
        if words_[0] in _JOB_STATUS or " ".join(words_[:2]) in _JOB_STATUS:
            return question.slot.format(fragment)
        head = re.split(r"\s+(?:at|for|in|with|from)\s+|,", fragment)[0].split()[-1]
        if _ARTICLE.match(fragment):
            return question.slot.format(fragment)
        if head in ROLE_WORDS or head.endswith(ROLE_SUFFIXES) or head.rstrip("s") in ROLE_WORDS:
            return question.slot.format(("an " if fragment[0] in "aeiou" else "a ") + fragment)
        if len(words_) <= 2 and (re.fullmatch(r"[a-z]+ing", words_[-1]) or words_[-1] in _FIELD_WORDS):
            return f"i work in {fragment}"  # "nursing", "marketing", "finance"
        return None
    if kind == "doing":
        return question.slot.format(fragment)
    if kind == "have":
        return _had(question.thing, _JUST.sub("", fragment))
    slot = question.slot
    if _PLACE_PREP.match(fragment) and re.search(r"\s(?:in|at)\s\{\}$", slot):
        slot = re.sub(r"\s(?:in|at)\s\{\}$", " {}", slot)  # "near the beach": the reply brings its own preposition
    return slot.format(fragment)
