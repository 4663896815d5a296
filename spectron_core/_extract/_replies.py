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

The rebuilding is by the question's grammar (a wh-phrase and its verb, "are you …", "do you <verb> …", read in
``_reply_questions``), not by a list of questions, so a question in new words is read if its shape is one of these. Only a fragment is rebuilt:
a reply with its own subject ("my brother lives in leeds", "i'm a nurse") already says what it says and is read
as typed. A reply that dodges ("rather not say", "idk", "why?"), asks back, or answers an offer ("want me to
summarise it?" + "sure") or a question about today ("what are you up to tonight?") states nothing lasting and is
left alone. Why the other party's question and not the user's own: a user's question to the assistant is
answered by the assistant, and the assistant's facts are not the user's (the same-turn case, "what's yours?
mine is orange", is ``_ellipsis``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ._ellipsis import answered, asked
from ._lexicon import KIN, PETS, ROLE_SUFFIXES, ROLE_WORDS, words
from ._past_jobs import _FIELD_WORDS
from ._reply_questions import HAD, Question, question_in
from ._shorthand import spelled_out
from ._types import ExtractedAttribute, ExtractedRelation

__all__ = ["Question", "question_in", "read_again", "reads_a_thing", "replied", "reply_sentence"]


# -- the reply --------------------------------------------------------------------------------------------------
_TAIL_WORD = re.compile(
    r"(?:^|[\s,.!…])(?:(?:and\s+|what\s+about\s+|how\s+about\s+)?(?:you|u|yourself|urself|wbu|hbu)\s?\??|"
    r"(?:lol|lmao|haha+|hehe+|ha|tbh|honestly|thanks|thank\s+you|thx|ty|cheers|pls|please|for\s+sure|definitely|"
    r"def|btw|ugh|sadly|unfortunately|lah|leh|yaar|atm|tho|though|fr|100%))$"
)
"""One word a reply trails off with ("…, you?", "lol", "tbh", "pls"): taken off one at a time, from the end."""
_MAX_REPLY = 600
"""Longest reply rebuilt (the extractor reads at most this much of a sentence)."""


def _without_tail(text: str) -> str:
    """``text`` without the words it trails off with and its closing punctuation (each pass takes one word off the
    end with an anchored pattern: no pattern here can try a run of characters more than one way)."""
    while True:
        text = text.rstrip(" ,.!…")
        m = _TAIL_WORD.search(text)
        if not m:
            return text
        text = text[: m.start()]


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
    r"guess|why|does\s+it\s+matter|everything|anything|all\s+sorts|all\s+kinds|a\s+mix|every\s+(?:kind|type|sort)|who\s+cares|skip|pass|none\s+of\s+your|n/a|depends|it\s+depends|nothing|"
    r"nowhere|no\s+one|nobody|whatever|maybe|hm+|good\s+question|can't\s+say|cant\s+say|later|next\s+question|"
    r"wouldn't\s+you\s+like|haha|lol|jk|kidding|ask\s+me|don't\s+know|dont\s+know|do\s+not\s+know|forget\s+it|"
    r"never\s*mind|mind\s+your|private|personal|sometimes|kinda|kind\s+of|sort\s+of|probably|might|someday|"
    r"one\s+day|hopefully|soon|wish|want\s+to|would\s+like|planning|thinking\s+about|used\s+to|long\s+story|"
    r"tell\s+me|speaking\s+of|you\s+first|your\s+turn|"
    r"complicated|all\s+over|here\s+and\s+there)\b"
)
"""A reply that dodges, jokes, hedges or speaks of a hope rather than a fact: the rebuilt sentence would claim
what the user did not say ("rather not say" is no home, "hopefully a nurse one day" no job)."""
_NOW_AND_THEN = re.compile(r"sometimes|occasionally", re.IGNORECASE)
"""The one hedge that, after a comma, leaves what came before it standing ("surfing mostly, sometimes golf"); a joke
or a doubt after one ("astronaut, jk", "monzo, probably") is over the whole reply."""
_IRONY = frozenset("🙄🙃😏😒")
"""Emoji that say the words are not meant ("oh i LOVE mondays 🙄")."""
_GIBBERISH = re.compile(r"[a-z]|[b-df-hj-np-tv-xz]{5,}|(?:asdf|qwer|zxcv|jkl)[a-z]*")
"""A reply that is no word: one letter ("k"), no vowel ("sdfghj") or a run along the keyboard ("asdf")."""
_INTERJECTION = re.compile(
    r"^(?:(?:meh|hm+|well|oh|ah|um+|uh|honestly|tbh|ok|okay|so|lol|haha+|ha|ugh|erm|sadly|unfortunately|actually|"
    r"dude|man|bro|mate|yo|omg|lmao)\b[\s,!.]*)+"
)
_IT_IS = re.compile(r"^(?:it\s+is|it's|its|that\s+is|that's|thats|that\s+would\s+be|that'd\s+be|it\s+would\s+be)\s+")
_NAME_SAID = re.compile(
    r"^(?:just\s+|only\s+)?(?:call\s+me\s+|it's\s+|its\s+|i'm\s+|im\s+|i\s+am\s+|name's\s+)?|\s+(?:is\s+(?:fine|good|ok|okay|great)|works|will\s+do|please|pls)$"
)
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
_YES_AFTER = re.compile(r"(?:^|[\s,]+)(?:yes|yeah|yep|yup|ya)$")
_DEGREE = re.compile(
    r"(?:(?:yes|yeah|yep|yup|ya)\s*,?\s*)?(?:a\s+little(?:\s+bit)?|a\s+bit|a\s+lot|fluently|mostly|sometimes|often|always|usually|"
    r"occasionally|every\s+day|daily|kind\s+of|sort\s+of|kinda|pretty\s+much|basically|of\s+course|all\s+the\s+time)"
    r"(?:\s*,?\s*(?:yes|yeah|yep|yup))?"
)
"""A yes said by its degree ("a little", "yeah, fluently", "mostly yeah")."""
_FIGURATIVE = re.compile(
    r"^(?:(?:in|on|under|inside|behind|above|below|beneath|over|at|with|a|an|the|my|your|professional|full[\s-]time|"
    r"part[\s-]time|chief|head)\s|[a-z]+\s+[a-z]+\s+[a-z]+)"
)
"""What a joke answer looks like: a phrase, not a name or a number ("under a rock", "professional napper")."""
_LAUGH = re.compile(r"\b(?:lol|lmao|rofl|haha+|hehe+|jk|kidding)\b|[😂🤣😆😜😝🤪👽]")
"""A laugh with an answer about who or where the user is: the answer is a joke ("on the moon 😂", "batman lol")."""
_REACTION = re.compile(
    r"^(?:(?:oh\s+)?(?:(?:that|this|it)(?:'s|s|\s+is|\s+was|\s+sounds|\s+looks)|sounds|looks|how|so|what\s+a)\s+"
    r"(?:(?:so|very|really|pretty|super|quite|such\s+a|a|an)\s+)*(?:cute|great|cool|nice|fun|awesome|exciting|interesting|"
    r"good|amazing|lovely|neat|sad|funny|wonderful|terrible|horrible|hard|tough|crazy|wild|sweet|perfect|fantastic|"
    r"brilliant|impressive|beautiful|true|fair|right|scary|weird|strange|rough|smart|fascinating|delicious|yummy)|"
    r"(?:congratulations|congrats|thanks|thank\s+you|good\s+luck|well\s+done)(?:\s+(?:on|for|with)\s+[^,!.;]*)?|"
    r"perfect|hehe+|omg|yay|aw+|oh\s+no|oh\s+wow|wow|nice|cool|awesome|great|lovely|neat|"
    r"sweet|fun|ha(?:ha)+)\b(?:\s+(?:too|indeed|lol|haha))?(?:\s*[,!.;:-]+\s*|\s*$)"
)
"""A reaction to what was said before the question ("that is cute .", "sounds great,", "perfect."): not the answer,
which comes after it if at all."""
_JUST = re.compile(r"^(?:just|only)\s+")
_LIKING = re.compile(
    r"^(?:really\s+|absolutely\s+)?(?:love|like|adore|enjoy|hate|dislike|prefer)\s+(?:it|them|that|those)\b"
)
_THEY = re.compile(r"^(?:they|it|those|these)(?:'re|'s|\s+are|\s+is|\s)")
_WITH = re.compile(r"^(?:with|for)\s")
_MAX_REPLACING_WORDS = 3
"""A "no" with a short thing after it names what the user does instead ("coffee?" + "nope, tea only"); a longer
one is a remark ("dolls?" + "no, just a retired grandma enjoying life")."""
_MAX_ASIDE_WORDS = 4
"""Longest reply to an aside question read as a bare answer to it ("the second one", "dev")."""
_AUX_AFTER = re.compile(r"\s+(?:is|are|does|do|did|was)$")
_SAID_IN_FULL = re.compile(r"^(?:i|i'm|im|i've|ive|i'd|i'll)\b")
"""A reply that goes on in the user's own first person ("yes i have two kids your age"): read as typed."""
_OWN_SUBJECT = re.compile(
    r"^(?:i|i'm|im|i've|ive|i'd|id|i'll|my|me|mine|we|we're|our|he|she|they|his|her|their|it|it's|its|that|"
    r"this|there|you|your|u|ur)\b"
)
_OTHERS = re.compile(r"\b(?:he|she|they|his|her|their|him|them|my\s+(?!own\b)[a-z]+)\b")
_HOW_MANY = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple|a\s+few|several)"
"""A count as a reply says it ("two", "3", "a couple")."""
_AGE = re.compile(
    r"^(?P<n>\d{1,3})(?:\s*(?:years?\s+old|yrs?(?:\s+old)?|yo|y/o|y\.o))?(?:\s+(?:now|actually|already|these\s+days))?$"
)
_COUNT = re.compile(
    r"^(?P<n>" + _HOW_MANY + r")"
    r"(?P<rest>(?:\s+[a-z]+)?(?:\s*,\s*.+|\s+(?:and|both|named|called)\b.*)?)$"
)
_NOT_A_FRAGMENT = re.compile(
    r"^(?:have|has|had|do|does|did|am|is|are|was|were|be|been|get|got|can|could|would|will|should|really|about\s+to)\b|"
    r".*(?:\b(?:not|never)\b|n't\b|\bone\s+of\b)"
)
"""A reply that is a clause without its subject or a denial ("have one", "don't really have one"): no value."""
_SUBJECT_IN = re.compile(r"\b(?:i|i'm|im|me|my|we|our|us)\b")
_SAID_ON = re.compile(r"\b(?:i|i'm|im|my|we|our|it's|its|it|that's|they|they're|he|she|his|her|their)\b")
"""Where a reply's fragment gives way to a remark of its own ("chile, i love it", "computer science its hard")."""
_FINITE = re.compile(r"\b(?:is|are|was|were|am|will|would|can|could|should|must|does|did|sucks|rocks|rules|stinks)\b")
_PREP_LED = re.compile(r"^(?:for|with|to|on|by|from|of|into|since|during|after|before)\s")
_ABOUT = re.compile(r"^(?:(?:prob|probably|around|about|roughly|approx|approximately|like|nearly|almost)\s+)+")
_FILLER = re.compile(r"^(?:(?:just|only|like|basically|still|mostly|mainly|um+|uh+)\s+)+")
"""Words before a value that are not part of it ("just outside galway", "still here")."""
_CHOICE_FILLER = words("a an the on in at my of or to")
_COUNTED = re.compile(r"^(?:a|an|the|some|" + _HOW_MANY + r")\b")
_JOB_STATUS = words("""retired unemployed self-employed freelance freelancing between jobs student students
    jobless semi-retired""")
_ARTICLE = re.compile(r"^(?:a|an|the)\s")
_PLACE_PREP = re.compile(r"^(?:in|at|near|outside|around|by|on|just\s+outside|close\s+to|next\s+to)\s")
_NOT_A_VALUE = words("""it that this those these same too also so just well yes yeah no nope not sorry what how
    everything anything nothing all none lots here there home everywhere somewhere okay ok fine good great cool
    nice wow awesome hi hello hey thanks sweet lovely interesting neat fun trying going gonna both whoever whichever
    wherever whatever usual wrong""")
"""Words that are no value on their own ("here", "same", "fine")."""
_MAX_FRAGMENT_WORDS = 8
_NO_WORKPLACE = re.compile(
    r"(?:from|on|remote|remotely|wfh|home|hybrid|freelance|everywhere|online|in\s+(?:the|my)\s|at\s+(?:the\s+|my\s+)?"
    r"(?:kitchen|desk|table|home|dining))\b"
)
"""How or where at home one works, which "where do you work?" may be answered by ("from home", "remotely", "at the
kitchen table"): no employer."""
_FROM_SAID = re.compile(r"^(?:originally\s+)?from\s+")
_ONLY_CHILD = re.compile(r"(?:an?\s+)?only\s+(?:child|kid)")


def replied(question: Question, sentence: str) -> tuple[str | None, Question | None]:
    """One sentence of the reply, as typed: the sentence it stands for (None: read it as typed), and the question
    the reply's next sentence still answers (None: the answer is over). A reply answers in its first sentence;
    after a sentence that opened with "yes"/"no" ("nope, sold it. drive a corsa now") or only acknowledged the
    question ("oh cool! …"), the next one goes on answering it."""
    rebuilt = reply_sentence(question, f"{question.polarity}, {sentence}" if question.polarity else sentence)
    if question.polarity:
        return rebuilt, None
    text = _without_tail(spelled_out(sentence).strip().lower().replace("’", "'")).strip(" ,;:-")
    for said, pattern in (("yes", _YES), ("no", _NO)):
        m = pattern.match(text)
        if m and not m.group(0).startswith("i"):
            return rebuilt, question.after(said)
    bare = _INTERJECTION.sub("", text).strip(" ,!.")
    if rebuilt is None and (not bare or text in _ACKNOWLEDGED or _only_reaction(bare)):
        return rebuilt, question  # "oh cool!", "hi !": not the answer yet
    return rebuilt, None


def read_again(question: Question, sentence: str) -> str | None:
    """The reply rebuilt in the question's second slot (``Question.then``), or None when it has none or the reply
    fills no slot there."""
    if not question.then or question.polarity:
        return None
    return reply_sentence(replace(question, slot=question.then, then="", yes="", no=""), sentence) or None


def reads_a_thing(attributes: Sequence[ExtractedAttribute], relations: Sequence[ExtractedRelation]) -> bool:
    """Whether a rebuilt reply was read as a thing of the user's: some fact or tie, and not only a doing made of
    the question's verb ("i ride a trek domane" read as the pastime "riding trek domane")."""
    return bool(relations) or any(not _DOING.match(a.value) for a in attributes)


_DOING = re.compile(r"^[a-z]+ing\s", re.IGNORECASE)


def _pronoun_answer(question: Question, text: str) -> str | None:
    """A reply that takes the question's thing up by a pronoun or "i do" ("do you like jazz?" + "love it", "they
    scare me", "i have two"), read as the same turn's answers to its own question are (``_ellipsis``)."""
    if not question.text or not (_SAID_IN_FULL.match(text) or _LIKING.match(text) or _THEY.match(text)):
        return None
    asking = asked(question.text)
    if asking is None:
        return None
    return answered(asking, f"i {text}" if _LIKING.match(text) else text)


def _only_reaction(text: str) -> bool:
    m = _REACTION.match(text)
    return m is not None and not text[m.end() :].strip(" ,;:-!.")


def reply_sentence(question: Question, reply: str) -> str | None:
    """The first-person sentence ``reply`` stands for as an answer to ``question``, or None when it is no such
    fragment (it has its own subject, dodges, asks back, or names nothing the question asked for), or "" when it is
    a bare answer to a question that asks nothing of the user (:data:`ASIDE`), which says nothing."""
    if len(reply) > _MAX_REPLY:
        return None  # (read as typed: a reply this long is no fragment)
    if not _IRONY.isdisjoint(reply):
        return None  # "i LOVE mondays 🙄": said with a roll of the eyes
    if question.aside:  # a bare fragment says nothing of the user; a sentence of their own is read as typed
        bare = _without_tail(spelled_out(reply).strip().lower()).strip(" ,;:-")
        return "" if len(bare.split()) <= _MAX_ASIDE_WORDS and not _SAID_ON.search(bare) else None
    said = re.sub(r"\s*\([^)]*\)", "", reply.strip().lower().replace("’", "'"))  # "(the country lol)": an aside
    if question.serious and _LAUGH.search(said):  # "where do you live?" + "under a rock lol": a joke, not a home
        bare = _without_tail(spelled_out(said)).strip(" ,;:-")
        if _FIGURATIVE.match(bare):  # (a name or a number said with a laugh, "deloitte lol", "29 haha", stands)
            return "" if not _SAID_ON.search(bare) else None
    text = _INTERJECTION.sub("", _without_tail(spelled_out(said)).strip(" ,;:-"))
    if _GIBBERISH.fullmatch(text):
        return None
    pronoun = _pronoun_answer(question, text)
    if pronoun:
        return pronoun
    if question.yes and _DEGREE.fullmatch(text):
        return question.yes  # "speak spanish?" + "a little", "yeah, fluently": a yes, by how much
    dodge = _DODGE.search(text)
    if (
        dodge
        and not question.serious
        and _NOW_AND_THEN.fullmatch(dodge.group(0))
        and "," in text[: dodge.start()]
        and not text.endswith("?")
    ):
        # "surfing mostly, sometimes golf": the answer is before the hedge
        text = text[: text.rindex(",", 0, dodge.start())].strip()
        dodge = _DODGE.search(text)
    if not text or text.endswith("?") or dodge:
        return None
    reaction = _REACTION.match(text)
    if reaction:  # "sounds great, i love noodles", "perfect. …": a reaction first, the answer (if any) after it
        text = text[reaction.end() :].strip(" ,;:-!.")
        if not text or _SAID_IN_FULL.match(text):
            return None
    trailing = _YES_AFTER.search(text)
    if trailing:  # "type 2, yes", "mostly yeah": the yes said last
        text = f"yes, {text[: trailing.start()]}".strip(" ,")
    yes = _YES.match(text)
    no = None if yes else _NO.match(text)
    lead = yes or no
    rest = text[lead.end() :].strip(" ,;:-") if lead else text
    rest = re.sub(r"^(?:but|though|actually|well|so)\s+", "", rest)
    if _SAID_IN_FULL.match(rest) or (question.polarity and _OWN_SUBJECT.match(rest)):
        if no and question.no:
            return f"{question.no}, {rest}"  # "a car?" + "nope, i take the metro": the no, and what follows
        return None  # "no i do not watch, i listen to music": said in full, read as typed
    if no:
        return _after_no(question, rest)
    if yes and not rest:
        return question.yes or None
    if not yes or not question.yes:
        rest = _IT_IS.sub("", rest)  # "it's mateus", "yeah it's die hard": the answer after it
    if _OWN_SUBJECT.match(rest) or (yes and not question.yes_fills):
        joint = " " if _PLACE_PREP.match(rest) or _WITH.match(rest) else ", "  # "employed? yep, at ikea": where
        return f"{question.yes}{joint}{rest}" if yes and question.yes else None
    if _BORN.match(rest):
        return f"i was {rest}"  # "born and raised on a horse farm"
    switched = _SWITCHED_TO.match(rest)
    if (
        switched and question.slot not in ("", "i am {}", "i am on {}") and question.kind == "thing"
    ):  # "still play tennis?" + "switched to padel"
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
        if _COUNTED.match(thing) or any(w.rstrip("s") in HAD for w in thing.split(",")[0].split()[:3]):
            return f"i have {thing}"
        return said or None
    rest = _AUX_AFTER.sub("", _JUST.sub("", rest))  # "no, only chai", "no, spanish is": the thing itself
    short = len(rest.split()) <= _MAX_REPLACING_WORDS
    filled = _filled(question, rest) if question.no_fills or short else None
    if filled:  # "still in denver?" + "nah, austin": the new value ("in london?" + "no, manchester": the value)
        return f"{said}, {filled}" if said else filled
    return said or None


def _had(thing: str, fragment: str) -> str:
    """What "do you have any <thing>?" + ``fragment`` says. People are had ("kids?" + "two boys" → "i have two
    boys", "yes, two" → "i have two kids"); a thing is named as one of its kind ("pets?" + "a beagle" → "my pets
    are a beagle", "a car?" + "a honda jazz" → "my car is a honda jazz"), unless the reply names the kind itself
    ("allergies?" + "peanut allergy" → "i have peanut allergy")."""
    if re.fullmatch(_HOW_MANY, fragment):
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
        if not names or len(names) > 3 or names[0] in _NOT_A_VALUE or "name" in names:
            return None  # ("full name", "first name": which name, not the name)
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
    if kind == "have" and _ONLY_CHILD.fullmatch(fragment):
        return "i am an only child"  # ("siblings?" + "only child": none)
    fragment = _FILLER.sub("", fragment)
    if _ABOUT.match(fragment) and _ABOUT.sub("", fragment)[:1].isdigit():
        fragment = _ABOUT.sub("", fragment)  # "around 180cm", "about 45": the number
    words_ = fragment.split()
    if not question.slot or not words_ or words_[0] in _NOT_A_VALUE or _NOT_A_FRAGMENT.match(fragment):
        return None
    if kind == "age":
        m = _AGE.match(fragment)
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
    if slot == "i work at {}" and _NO_WORKPLACE.match(fragment):
        return None  # "where do you work?" + "from home", "remotely", "on my novel": how or on what, not for whom
    if slot.endswith(" from {}"):
        fragment = _FROM_SAID.sub("", fragment)  # "where are you from?" + "from chicago", "originally from lagos"
    if _PLACE_PREP.match(fragment) and re.search(r"\s(?:in|at)\s\{\}$", slot):
        slot = re.sub(r"\s(?:in|at)\s\{\}$", " {}", slot)  # "near the beach": the reply brings its own preposition
    return slot.format(fragment)
