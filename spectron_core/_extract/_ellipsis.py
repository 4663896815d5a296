"""Short answers that lean on a question asked just before in the same turn: "what's your favourite colour? mine
is orange", "do you like horror films? i do not".

Chat answers its own questions elliptically; alone, "mine is orange" and "i do not" state nothing. When the turn
has just asked "your favourite X" or "do you <verb> Y", the answer is rebuilt into the sentence it stands for
("my favourite X is orange", "i do not <verb> Y") and read like any other. Only the speaker's own turn is
used, and only the question immediately before: the other party's questions are answered in their turn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._lexicon import words
from ._phrases import AFFECTS_ME, AFFECTS_TAIL, MY_FAVOURITE, UPSETTING_VERBS

__all__ = ["Asked", "answered", "asked"]

_FAV_Q = re.compile(
    r"\b(?:what|which|who)(?:\s+(?:is|are|was)|'s|s)?\s+(?:your|ur)\s+(?P<x>(?:all[\s-]time\s+)?"
    r"(?:least\s+)?(?:(?:favou?rite|fave|fav)\s+)?(?:(?:type|kind|sort|genre|style)\s+of\s+)?[a-z]+(?:\s+[a-z]+)?)\s*\??$|"
    r"\b(?:do|did)\s+(?:you|u)\s+have\s+(?:a|an|any)\s+(?P<y>(?:favou?rite\s+)?[a-z]+)\s*\??$|"
    r"\bwhat\s+(?P<c>colou?r)\s+(?:is|are)\s+(?:your|ur)\s+(?P<b>hair|eyes)\s*\??$",
    re.IGNORECASE,
)
""""what is your favourite colour?", "what's your name?", "do you have a hobby?": a thing "mine is …" can name."""
_DO_Q = re.compile(
    r"\b(?:(?:do|did)\s+(?:you|u)|(?:do|does|did)\s+(?:your|ur)\s+[a-z]+)\s+"
    r"(?:ever\s+|still\s+|really\s+|also\s+|often\s+)?(?P<v>like|love|enjoy|play|have|own|eat|drink|watch|read|speak|"
    r"listen\s+to|go\s+to|prefer|graduate\s+from|graduate|live|work|study|teach|volunteer|collect|"
    r"(?P<bare>cook|bake|hike|swim|surf|ski|run|travel|dance|sing|paint|knit|fish|hunt|garden|sew|draw))"
    r"(?:\s+(?P<o>[^?]{2,60}?)|(?(bare)|(?!)))\s*\??$",
    re.IGNORECASE,
)
"""A question to the listener (or about one of theirs: "does your family like to travel?") whose verb a short
"i do" takes up: the answer says the speaker does it ("i do" → "i like to travel"). A pastime verb needs no
object ("do you ski? i do")."""
_TRIED_Q = re.compile(
    r"(?:\b(?:have|had)\s+(?:you|u)\s+|^)(?:ever\s+)?(?:seen|tried|heard\s+of|heard|read|watched|eaten|"
    r"listened\s+to|played)\s+(?P<o>[^?]{2,60}?)\s*\??$",
    re.IGNORECASE,
)
"""A question whether the listener knows a thing ("have you seen jaws?", "ever heard of the killers?"): an answer
calling it the speaker's favourite names it ("it's my favourite movie")."""
_BEEN_Q = re.compile(r"\b(?:have|had)\s+(?:you|u)\s+(?:ever\s+)?been\s+to\s+(?P<o>[^?]{2,60}?)\s*\??$", re.IGNORECASE)
_MINE = re.compile(
    r"^(?:mine|" + MY_FAVOURITE + r")(?:\s+is|'s|\s+are|\s+was|\s+would\s+be)\s+(?P<v>.+)$|"
    r"^(?P<v2>.+?)\s+(?:is|are)\s+mine$",
    re.IGNORECASE,
)
_HAVE_N = re.compile(
    r"^(?:(?:yes|yeah|yep|oh)\s*,?\s*)*i\s+(?:have|own|got)\s+(?P<n>one|two|three|four|five|six|"
    r"seven|eight|nine|ten|\d{1,2}|a\s+few|several)$",
    re.IGNORECASE,
)
_YES = re.compile(
    r"^(?:(?:yes|yeah|yep|sure|oh|i\s+think)\s*,?\s*)*i\s+(?:really\s+|definitely\s+|usually\s+)?"
    r"(?:do|go)(?:\s+(?:too|as\s+well|a\s+lot|actually|all\s+the\s+time|(?:almost\s+)?every\s+\w+|"
    r"(?:once|twice|\w+\s+times)\s+a\s+\w+|sometimes|often|usually))*$",
    re.IGNORECASE,
)
_NO = re.compile(
    r"^(?:(?:no|nope|nah|oh)\s*,?\s*)*i\s+(?:really\s+)?(?:do|did)\s+not(?:\s+(?:really|either|at\s+all))?$",
    re.IGNORECASE,
)


_DID = re.compile(r"^(?:(?:yes|yeah|yep|sure|oh)\s*,?\s*)*i\s+did(?:\s+(?:too|as\s+well))?$", re.IGNORECASE)
_PAST = {"graduate": "graduated", "graduate from": "graduated from"}
"""A question about a past completion answered "i did" is the past: "did you graduate? i did"."""


_IT = re.compile(
    r"^(?:(?:yes|yeah|yep|oh|of\s+course)\s*[,!]?\s*)*i\s+(?:really\s+|absolutely\s+|totally\s+)?"
    r"(?P<v>love|like|enjoy|adore|hate|dislike|prefer)\s+(?:it|them|that|those)(?:\s+(?:too|a\s+lot|so\s+much|lol|"
    r"(?:over|to)\s+[a-z]+(?:\s+[a-z]+)?))?$",
    re.IGNORECASE,
)
"""An answer whose pronoun stands for the question's object: "do you like jazz? i love it"."""


_THEY_AFFECT = re.compile(
    r"^(?:(?:no|nope|yes|yeah|oh|ugh)\s*[,!]?\s*)*(?:they|it|those|these)\s+(?:really\s+|just\s+)?"
    r"(?:" + AFFECTS_ME + "|" + UPSETTING_VERBS + AFFECTS_TAIL + ")$",
    re.IGNORECASE,
)
"""An answer about how the question's object affects the speaker: "do you like spiders? they scare me"."""


_THEY_FAV = re.compile(
    r"^(?:(?:yes|yeah|yep|oh|of\s+course|lol)\s*[,!]?\s*)*(?:(?:they|it|he|she|that|those)\s+(?:is|are)|it'?s|they'?re|that'?s)\s+"
    r"(?:(?:definitely|totally|actually|really|still)\s+)?(?P<f>(?:one\s+of\s+)?"
    + MY_FAVOURITE
    + r"(?:\s+[a-z]+){0,2})$",
    re.IGNORECASE,
)
"""An answer that calls the question's object the speaker's favourite: "do you like abba? they are my favourite band"."""


_BARE_ANSWER = re.compile(r"^[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2}$", re.IGNORECASE)
_NOT_ANSWER = words("""i me my you your u ur it that this those these they we he she same too also so just lol haha
    hmm idk dunno one ones question curious depends good great tough hard easy sure yes yeah no nope not sorry well
    what why how everything anything nothing all none many lots""")
"""Words that make a short reply no answer ("same here", "tough one", "just curious")."""


@dataclass(frozen=True)
class Asked:
    """What the last question of the turn asked: a favourite (``thing``) or a verb and its object."""

    thing: str = ""
    verb: str = ""
    obj: str = ""


def asked(question: str) -> Asked | None:
    """The question's topic, if it is one a short answer can lean on."""
    m = _FAV_Q.search(question.strip().rstrip(". !"))
    if m and m.group("b"):  # "what colour is your hair?": "mine is red" names the hair's colour
        return Asked(thing=("eye " if m.group("b").lower() == "eyes" else "hair ") + m.group("c").lower())
    if m:
        if m.group("y"):  # "do you have a dog?": "mine is Rex" names it, "i do" says the speaker has one
            return Asked(thing=m.group("y").lower(), verb="have", obj=m.group(0).split(" have ", 1)[1].rstrip(" ?"))
        return Asked(thing=(m.group("x") or m.group("y")).lower())
    m = _DO_Q.search(question.strip())
    if m:
        return Asked(verb=" ".join(m.group("v").lower().split()), obj=m.group("o") or "")
    m = _BEEN_Q.search(question.strip())
    if m:  # "have you been to lisbon? i go every year": "i go to lisbon"
        return Asked(verb="go to", obj=m.group("o"))
    m = _TRIED_Q.search(question.strip())
    if m:  # "have you seen jaws? it's my favourite movie": jaws is
        return Asked(verb="tried", obj=m.group("o"))
    return None


def answered(question: Asked, answer: str) -> str | None:
    """The full first-person sentence a short answer stands for, or None when it is not such an answer."""
    text = answer.strip().rstrip(".!").strip()
    if question.thing:
        m = _MINE.match(text)
        value = (m.group("v") or m.group("v2")) if m else ""
        if (
            not m
            and not question.verb
            and _BARE_ANSWER.match(text)
            and _NOT_ANSWER.isdisjoint(text.lower().split())
            and question.thing.split()[-1] not in ("name", "age", "job")
        ):
            value = text  # "what's your favourite food? pizza": the bare thing answers it
        if value and question.thing.startswith("least "):
            return f"i dislike {value}"  # "what's your least favourite chore? mine is ironing"
        if value:
            return f"my {question.thing} is {value}"
        if not question.verb:
            return None
    if not question.obj and question.verb:  # "do you ski? i do": a pastime asked without an object
        return f"i {question.verb}" if _YES.match(text) else None
    m = _IT.match(text)
    if m and question.verb not in ("have", "own"):
        return f"i {m.group('v')} {question.obj}"  # "do you like reggae? i adore it"
    m = _THEY_FAV.match(text)
    if (
        m
        and question.verb in ("like", "love", "enjoy", "listen to", "watch", "eat", "drink", "read", "play", "tried")
        and question.obj.split(None, 1)[0].lower() not in ("my", "your", "ur", "his", "her", "our", "their")
    ):  # ("do you like my dog? he is my favourite": a particular one, not a favourite kind)
        return f"{question.obj} is {m.group('f')}"  # "do you like abba? they are my favourite band"
    if question.verb == "tried":
        return None  # ("have you seen jaws? i do not" answers nothing the speaker is)
    m = _THEY_AFFECT.match(text)
    if m and question.verb in ("like", "love", "enjoy"):
        return f"i {'like' if m.group('good') else 'dislike'} {question.obj}"  # "do you like spiders? they scare me"
    m = _HAVE_N.match(text)
    if m and question.verb in ("like", "love", "have", "own"):
        return f"i have {m.group('n')} {question.obj}"  # "do you like dogs? i have two"
    if _YES.match(text) or (question.verb.startswith("graduate") and _DID.match(text)):
        return f"i {_PAST.get(question.verb, question.verb)} {question.obj}"  # "did you graduate? i did": graduated
    if _NO.match(text):
        return f"i do not {question.verb} {question.obj}"
    return None
