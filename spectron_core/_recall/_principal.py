"""Who a scope belongs to, as recall needs to know it, and which turns are questions.

Within a person's own scope ``{"org": "acme", "user": "bob"}`` every fact is about Bob. A query that names
him ("What instrument does Bob play?") carries no information in that name: it matches every rendered fact
("Bob's employer is Globex.") and none of his first-person turns ("I play the cello."), and his entity
links every fact to every other, so the graph signal rewards the facts over the one turn that answers.
Recall therefore drops the principal's names from the lexical query and his entity from graph density.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .._entities import principal_for
from .._errors import SpectronError
from .._extract._lexicon import KIN, KIN_LABELS, PETS
from .._models import field_of
from .._scope import Scope

if TYPE_CHECKING:
    from .._engine import Engine

__all__ = [
    "Principal",
    "asks_about_self",
    "is_question",
    "kin_named",
    "principal_of",
    "speaks_of_a_pet",
    "speaks_of_a_relative",
]

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_FIRST_PERSON = frozenset(
    ["i", "i'm", "im", "i've", "ive", "i'd", "id", "i'll", "my", "mine", "me", "we", "we're", "our", "us"]
)
# Words that open a sentence without deciding whether it asks or tells.
_FILLER = frozenset(
    [
        "hi",
        "hello",
        "hey",
        "hiya",
        "yes",
        "yeah",
        "yep",
        "yup",
        "no",
        "nope",
        "nah",
        "oh",
        "ah",
        "ok",
        "okay",
        "well",
        "so",
        "and",
        "but",
        "lol",
        "haha",
        "wow",
        "cool",
        "nice",
        "great",
        "sure",
        "really",
        "um",
        "uh",
        "hmm",
        "oops",
        "sorry",
        "thanks",
    ]
)
_INTERROGATIVE = re.compile(
    r"^\s*(?:what|what's|whats|when|where|why|how|who|whom|whose|which|do|does|did|is|are|was|were|can|could|"
    r"would|should|will|have|has|had|am|shall|may|might)\b(?!['’])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Principal:
    """The person a scope belongs to: their entity refs and the lower-case words that name them."""

    entities: frozenset[str] = field(default_factory=frozenset)
    terms: frozenset[str] = field(default_factory=frozenset)

    def strip_from(self, query: str) -> str:
        """``query`` without the words that name the principal (and their possessive ``'s``)."""
        if not self.terms:
            return query
        out = []
        for token in re.split(r"(\s+)", query):
            bare = re.sub(r"(?:'s|’s|s')$", "", token.strip('.,;:!?"()').lower())
            if bare and bare in self.terms:
                continue
            out.append(token)
        return "".join(out).strip()


def principal_of(engine: Engine, scope: Scope) -> Principal:
    """The principal of a scope with a ``user`` dimension (else nobody): the user id's words and the values
    of their current ``name`` attribute ("Call me Alex")."""
    user = scope.as_dict().get("user")
    if not user:
        return Principal()
    ref = principal_for(scope.as_dict())
    terms = {w for w in _WORD.findall(user.lower()) if len(w) >= 2 and w.isalpha()}  # never "26" of "conv-26"
    try:
        # the name only: decoding every current fact of the principal cost a millisecond of each recall
        facts = engine.store.current_about("attribute", ref, scope, ancestors=False, fields={"key": "name"}) or []
    except SpectronError:  # a ranking aid, never a reason for recall to fail
        facts = []
    for f in facts:
        if field_of(f, "key", None) == "name" and isinstance(field_of(f, "value", None), str):
            terms |= {w for w in _WORD.findall(f.value.lower()) if len(w) >= 2 and w.isalpha()}
    return Principal(entities=frozenset({ref}), terms=frozenset(terms))


@functools.lru_cache(maxsize=8192)  # pure, and recall asks it of every candidate turn on every query
def is_question(text: str) -> bool:
    """True when ``text`` asks and tells nothing ("what do you do for a living ?", "Are you vegan", "lovely
    photos . what colour is your hair ?"): a question is evidence of curiosity, not of a fact about the speaker.

    Every sentence must ask or be a short remark that says nothing of the speaker (``_phatic``: "that sounds
    fun", "hi !"). Chat often runs a statement into a question with no full stop between them ("hello i am in
    canada where are you ?"): a sentence that ends with "?" but opens, after any greeting or filler word, with
    a first-person statement tells something about the speaker, so it is not a question."""
    asked = False
    for match in _SENTENCE.finditer(text):  # stops at the first sentence that tells: long turns do at once
        sentence = match.group(0).strip()
        if not sentence.strip(" .!?\n\t"):
            continue
        words = _content_words(sentence)
        if _asks(sentence, words):
            asked = True
        elif not _phatic(words):
            return False
    return asked


_PHATIC_WORDS = 4
"""A remark of at most this many words (after greetings and fillers) with no first-person word tells nothing
about the speaker. Measured with 2, 4 and 6 on the persona and LoCoMo benchmarks together: each raised
persona hit@1 (0.549 → 0.554 / 0.559 / 0.561); 6 began to cost LoCoMo any@10 (0.841 → 0.837), 4 did not."""


def _phatic(words: list[str]) -> bool:
    return len(words) <= _PHATIC_WORDS and not any(w in _FIRST_PERSON for w in words)


def _content_words(sentence: str) -> list[str]:
    """The sentence's words, lower case, after the greetings and fillers it opens with."""
    words = [w.lower() for w in _TOKEN.findall(sentence)]
    while words and words[0] in _FILLER:
        words.pop(0)
    return words


def _asks(sentence: str, words: list[str]) -> bool:
    """``words``: the sentence's ``_content_words``."""
    opens_with_question = bool(words) and _INTERROGATIVE.match(words[0]) is not None
    if sentence.endswith("?"):
        return opens_with_question or not any(w in _FIRST_PERSON for w in words)
    return opens_with_question and not sentence.endswith((".", "!"))


_SECOND_PERSON = frozenset(["you", "your", "yours", "you're", "youre", "you've", "yourself", "u", "ur"])


def asks_about_self(query: str) -> bool:
    """True when the query speaks of its asker in the first person and not of the one it asks ("what's my
    dog called", "where do we live"), as opposed to "what did you suggest for dinner" or "what did you tell
    me about Python": the answer is in what the user said, not in the assistant's replies that echo it."""
    words = {w.lower() for w in _TOKEN.findall(query)}
    return bool(words & _FIRST_PERSON) and not words & _SECOND_PERSON


_FIRST_PERSON_SUBJECT = (_FIRST_PERSON - {"my", "mine", "me", "our", "us"}) | {"we've", "we'd", "we'll"}
"""The first person as the subject of a clause ("i", "we're"), not as a possessor ("my sister")."""


def _words(text: str) -> list[str]:
    return _TOKEN.findall(text.lower().replace("’", "'"))


def _after_my(words: list[str]) -> list[str]:
    """The words said after "my"/"our", possessive dropped ("my husband's name" → ["husband"])."""
    return [nxt.removesuffix("'s") for w, nxt in zip(words, words[1:]) if w in ("my", "our")]


def kin_named(text: str) -> list[str]:
    """The kin words ``text`` says after "my"/"our" ("what does my wife do" → ["wife"])."""
    return [k for k in _after_my(_words(text)) if k in KIN or k in KIN_LABELS]


def _of_the_speakers(text: str) -> list[str]:
    """What ``text`` says after "my"/"our" when it has no "i"/"we" of its own (else it is about the speaker too)."""
    words = _words(text)
    return [] if _FIRST_PERSON_SUBJECT.intersection(words) else _after_my(words)


def speaks_of_a_relative(text: str) -> bool:
    """True when ``text`` is about one of the speaker's relatives and has no "i"/"we" of its own: "my sister just
    moved to oslo", "our son started at a new school" (not "my wife and i moved to leeds")."""
    return any(k in KIN or k in KIN_LABELS for k in _of_the_speakers(text))


def speaks_of_a_pet(text: str) -> bool:
    """True when ``text`` is about one of the speaker's animals and has no "i"/"we" of its own: "what's our
    husky's name?", "how old is my cat?" (their name is not the speaker's ``name``, their age not ``age``)."""
    return any(k in PETS or k.removesuffix("s") in PETS for k in _of_the_speakers(text))
