"""First-person clauses wrapped in another clause, unwrapped before the fact rules read them.

Chat states a fact inside a frame that is about something else: a reason ("the winters were awful, that's why i
moved to arizona"), a hedge on that reason ("i guess that is why i am still single"), or a relative clause after a
place ("you should visit vermont where i live"). The frame says why or where; the clause inside still says what the
speaker is, so it is handed to the rules as a clause of its own:

- an aside in front of it ("the funny thing is i …", "like i said i …", "good thing i …") is dropped;
- a reason frame ("that is / that's / which is [probably] why", "that explains why", "and that is the reason")
  in front of an "i/we" clause is dropped, and where it sits mid-clause the clause is cut there (lower-case chat
  leaves no comma: "my dad fixed cars that is why i became a mechanic"). A hedge in front of the frame ("i guess
  that's why i …") is dropped with it: it doubts the reason, not the clause;
- "as / since i <present verb> …" after a clause gives a reason, and "when i <past event> …" dates it: either
  is the speaker's own statement and is cut off as a clause; a present "when i …" (a habit, a condition) is not;
- "as a vegan, i …" says what the speaker is ("i am a vegan"), unless it names a time of life or a manner ("as a
  kid", "as a rule");
- "<thing> which i love / enjoy / adore" says the speaker loves the thing, whoever's the clause before it;
- "<place> where i live / work / grew up / volunteer / go to school", the place being the object of a preposition
  or of "visit", adds "i live in <place>" (or "work at", "grew up in" …) after the clause. After a time ("the age
  where i …", "a time where i …") or a verb's object ("watch hockey where i live") nothing is added: there
  "where" does not name a place.

Only the speaker's own clauses are unwrapped ("which is why my sister …", "that is why you …" stay as they are),
and everything is a bounded, anchored pattern tried only when its cue word is in the clause.
"""

from __future__ import annotations

import re

from ._lexicon import words

__all__ = ["as_said", "relative_joined", "unframed", "wrapped_parts"]

_HEDGE_WORDS = r"(?:i\s+(?:guess|think|suppose|bet|believe|figure|reckon)|maybe|probably|perhaps|i\s+feel\s+like)"
_FRAME = (
    r"(?:(?:and|so|but|plus)\s+)?(?:that|which|this|thats|that's|which's)(?:\s+(?:is|was|s|'s))?\s+"
    r"(?:(?:probably|prob|maybe|perhaps|partly|partially|exactly|just|also|really|definitely|likely|kind\s+of|"
    r"sort\s+of|part\s+of|mostly|basically|precisely|pretty\s+much|the\s+(?:main\s+)?reason)\s+)*"
    r"(?:why|how\s+come)"
    r"|(?:(?:and|so|but)\s+)?(?:that|which|this)\s+(?:explains|is\s+the\s+reason)(?:\s+why)?"
)
_LEAD_FRAME = re.compile(
    rf"^(?:{_HEDGE_WORDS}\s+)?(?:{_FRAME})\s+(?=(?:i|we)\s)",
    re.IGNORECASE,
)
"""A reason frame (after an optional hedge) in front of the speaker's clause."""
_MID_FRAME = re.compile(rf"(?<=\w)\s+(?:{_HEDGE_WORDS}\s+)?(?:{_FRAME})\s+(?=(?:i|we)\s)", re.IGNORECASE)
"""The same frame after a clause of its own, unpunctuated."""
_ASIDE = re.compile(
    r"^(?:(?:the|my|our)\s+(?:(?:only|worst|best|funny|funniest|sad|saddest|weird|weirdest|crazy|craziest|ironic|"
    r"annoying|scary|hard|hardest|good|bad|main|real|big|biggest|nice|great|cool)\s+)?(?:part|thing|problem|issue|"
    r"truth|fact|catch|downside|upside|news|kicker|trouble)(?:\s+(?:about|with|of)\s+(?:it|that|this|me|all\s+this|"
    r"(?:my|our)\s+[a-z]+))?\s+(?:is|was)|(?:(?:it\s+is|its|it's)\s+)?(?:a\s+)?(?:good|lucky)\s+thing|"
    r"funny\s+(?:enough|thing\s+is)|(?:the\s+)?(?:truth|fact|thing)\s+is|fun\s+fact|"
    r"(?:like|as)\s+(?:i|we)\s+(?:said|say|mentioned|told\s+you)(?:\s+(?:before|earlier|already))?|"
    r"as\s+you\s+(?:may\s+|might\s+|probably\s+)?know|believe\s+it\s+or\s+not|truth\s+be\s+told|in\s+fact|"
    r"guess\s+what)(?:\s+that)?[\s,:]+(?=(?:i|we|my|our)\s)",
    re.IGNORECASE,
)
"""An aside that introduces the speaker's clause ("the worst part is that i …", "good thing i …", "like i said i
…", "as you know i …"): it comments on the fact, which is still said."""

_WHERE_I = re.compile(
    r"\b(?:in|at|to|from|near|around|outside|visit|visiting)\s+"
    r"(?P<np>(?:the\s+)?(?:(?!(?:in|at|to|from|of|on|with|and|or|near|the|a|an|my|your|our|it|this|that)\s)"
    r"[\w'&.-]+\s+){0,2}[\w'&.-]+)\s+"
    r"where\s+(?P<s>i|we)\s+(?:(?:now|currently|still|also)\s+)?(?P<v>live|work|grew\s+up|volunteer|go\s+to\s+school)"
    r"(?:\s+(?:now|too|lol|haha))?\s*$",
    re.IGNORECASE,
)
"""A place named, then a relative clause saying the speaker lives, works or grew up there."""
_PREP = {"live": "in", "work": "at", "grew up": "in", "volunteer": "at", "go to school": "at"}
_NOT_PLACE = frozenset(
    """age time times day days point stage moment year years period phase part way job jobs life one ones place
    area spot world here there home house""".split()
)
"""What "where" follows when it names no place of the speaker's ("at the point where i …", "in a job where i …")."""
_KIND_OF_PLACE = frozenset(
    """the my our this that town city state country village neighborhood neighbourhood region county suburb island
    street road store shop company office business restaurant cafe factory""".split()
)
"""A kind of place with no name ("in the town where i live", "at the store where i work"): the place is not named,
so it is left to the readers that take "the bakery where i work" as a whole."""


_ASIDE_FIRST = frozenset(
    "the my our it its it's a good lucky funny truth fact thing fun like as believe in guess".split()
)


def _frame_cue(text: str) -> bool:
    """Whether a reason frame may be in the clause (plain substring tests: cheaper than any scan)."""
    low = text.lower()
    return "why" in low or "reason" in low or "explains" in low or "come" in low


def unframed(text: str) -> str:
    """The clause without a reason frame or an aside in front ("that's probably why i …", "the funny thing is i
    …" → "i …")."""
    first = text.split(None, 1)[0].lower() if text else ""
    aside = _ASIDE.match(text) if first in _ASIDE_FIRST else None
    if aside:
        text = text[aside.end() :]
    if not _frame_cue(text):
        return text
    m = _LEAD_FRAME.match(text)
    return text[m.end() :] if m else text


def _reason_cut(text: str) -> list[str]:
    """ "i love the sea which is why i live in san diego" → the clause, then the clause the frame governs."""
    if not _frame_cue(text):
        return [text]
    m = _MID_FRAME.search(text)
    if not m or not text[: m.start()].strip():
        return [text]
    head = text[: m.start()]
    if head.split(None, 1)[0].lower() in ("if", "when", "unless", "suppose", "imagine"):
        return [text]  # a hypothetical's consequence ("if i lived there that's why i would …") states nothing
    return [head, text[m.end() :]]


def _where_said(text: str) -> list[str]:
    """ "it snows in denver where i live" → the clause, then "i live in denver"."""
    low = text.lower()
    if " where i " not in low and " where we " not in low:
        return [text]
    m = _WHERE_I.search(text)
    if not m:
        return [text]
    np = m.group("np")
    words = np.lower().split()
    if words[-1] in _NOT_PLACE or _KIND_OF_PLACE.issuperset(words):
        return [text]
    verb = " ".join(m.group("v").lower().split())
    head = text[: m.start("np")] + np
    return [head, f"{m.group('s')} {verb} {_PREP[verb]} {np}"]


_ADVERBIAL = re.compile(r"(?<=\w)\s+(?P<c>as|since|when)\s+(?=(?:i|we)\s+(?P<v>[a-z]+)\s+(?P<n>[a-z]+))", re.IGNORECASE)
_STATE_NOW = words("am are have live work love like enjoy own teach study play eat drink hate need use")
"""Present verbs after "as" or "since" that state a standing fact: there the conjunction gives a reason ("…, as i
live on a ranch", "since i am a vegan"); "since i was 16" is a time, "as tall as i am" a comparison."""
_PAST_EVENT = words("""moved lived worked started joined became got began left went took met quit bought retired
    graduated married adopted learned learnt studied switched""")
"""Past verbs after "when" that say an event of the speaker's life: the main clause is dated by it ("i got my
first dog when i moved to texas"), and the event itself is said ("i moved to texas"). A present verb after "when"
is a habit or a condition ("i get grumpy when i am tired", "when i live there"), which states nothing."""
_AS_BEFORE = re.compile(r"\bas\s+\w+$|\b(?:soon|well|much|long|far|same|such|just)$", re.IGNORECASE)


def _adverbial_cut(text: str) -> list[str]:
    """ "it is quiet here as i live on a ranch" → the clause, then "i live on a ranch"."""
    low = f" {text.lower()} "
    if " as " not in low and " since " not in low and " when " not in low:
        return [text]
    for m in _ADVERBIAL.finditer(text):
        conj, verb, nxt = m.group("c").lower(), m.group("v").lower(), m.group("n").lower()
        head = text[: m.start()]
        if head.split(None, 1)[0].lower() in ("if", "when", "unless", "as", "since"):
            return [text]  # ("if i … when i …": a condition throughout)
        if conj == "when":
            said = verb in _PAST_EVENT or verb in ("was", "were") and nxt.endswith("ing")
        else:
            said = verb in _STATE_NOW and not (conj == "as" and _AS_BEFORE.search(head))
        if said:
            return [head, text[m.end() :]]
    return [text]


_WHICH_I = re.compile(
    r"(?<=\w),?\s+(?:which|that|wich)\s+(?P<s>i|we)\s+(?P<adv>(?:really|absolutely|truly|just|also|totally)\s+)?"
    r"(?P<v>love|adore|enjoy|like)(?:\s+(?:so\s+much|a\s+lot|lol|haha|too))?\s*$",
    re.IGNORECASE,
)
"""A thing, then a relative clause saying the speaker loves it ("… playing volleyball which i love")."""
_NP_STOP = words("""at in on from to with of for about by the a an my our his her their your some this that these
    those it is are was were and or but i we you he she they also just really""")


def _which_said(text: str) -> list[str]:
    """ "we spent the day hiking which i enjoy" → "we spent the day hiking", then "we enjoy hiking"."""
    low = text.lower()
    if "ich " not in low and " that " not in low:
        return [text]
    m = _WHICH_I.search(text)
    if not m:
        return [text]
    head = text[: m.start()]
    np: list[str] = []
    for word in reversed(head.split()[-4:]):
        lw = word.lower()
        if lw in _NP_STOP or (not np and len(lw) < 3):
            break
        if np and lw.endswith("s") and not lw.endswith(("ss", "us")) and len(lw) > 3:
            break  # a verb in the third person before the thing ("my aunt makes lasagna")
        np.insert(0, word)
        if lw.endswith("ing") and len(lw) > 4:
            break  # the doing is the thing ("… at the lake playing volleyball")
    if not np:
        return [text]
    return [head, f"{m.group('s')} {m.group('adv') or ''}{m.group('v')} {' '.join(np)}"]


_COMMA_WHICH = re.compile(
    r"\s*,\s*(?=(?:which|wich)\s+(?:i|we)\s+(?:[a-z]+\s+)?(?:love|adore|enjoy|like)\b)", re.IGNORECASE
)


def relative_joined(sentence: str) -> str:
    """ "…lasagna, which i adore" without its comma: the relative stays with the thing it is about (the comma
    would start a clause of its own, with nothing for "which" to name)."""
    return _COMMA_WHICH.sub(" ", sentence) if "ich " in sentence.lower() else sentence


_AS_A = re.compile(
    r"(?:^|(?<=[,;:!.]\s))as\s+(?P<a>an?)\s+(?P<np>(?:[\w-]+\s+){0,4}?[\w-]+)\s*,?\s+(?=(?:i|we)\s)", re.IGNORECASE
)
_NOT_WHAT_I_AM = frozenset(
    """kid kids child children teen teens teenager teenagers boy girl baby youngster youth young result matter whole
    bonus joke gift hobby treat family couple team group rule side note reminder precaution favor favour way
    consequence side-note start beginning first""".split()
)
"""What "as a …" names that the speaker is not: a time of life ("as a kid"), a manner ("as a rule", "as a hobby"),
or a group ("as a family")."""


def as_said(sentence: str) -> str:
    """ "as a vegan i skip cheese" → "i am a vegan, i skip cheese": what the speaker speaks as is what they are."""
    if "as a" not in sentence.lower():
        return sentence
    return _AS_A.sub(_as_clause, sentence)


def _as_clause(m: re.Match[str]) -> str:
    words_ = m.group("np").lower().split()
    if not _NOT_WHAT_I_AM.isdisjoint(words_) or words_[0] in ("matter", "result"):
        return m.group(0)
    return f"i am {m.group('a')} {m.group('np')}, "


_CUE_WORDS = frozenset("why reason explains come as since when where which wich that".split())


def wrapped_parts(part: str) -> list[str]:
    """A raw clause as the clauses it wraps: cut at a mid-clause reason frame, at a reason or a past event said
    after it ("as i …", "when i moved …"), and a place's "where i live" or a thing's "which i love" said again as
    the speaker's own clause."""
    if _CUE_WORDS.isdisjoint(part.lower().split()):
        return [part]  # most clauses wrap nothing: one scan in C
    return [q for cut in _reason_cut(part) for p in _adverbial_cut(cut) for w in _where_said(p) for q in _which_said(w)]
