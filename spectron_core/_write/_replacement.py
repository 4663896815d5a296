"""The new value a change names, read by its likeness to the old one when no rule reads the words.

"we ended up relocating to denver for her job, the altitude is no joke" after "I live in Austin": the
unread-change test (``_unread_change``) already knows the statement is about home, carries a word of change, and
is the user's own doing. What no rule knows is which of its words is the new home. The new value is of the same
kind as the old one (a city for a city, a company for a company, a car for a car, an age for an age), and the
store's embedding knows kinds: "denver" is much more like "austin" than "altitude", "joke" or "job" are. So the
candidate is the span of the statement most like the old value, and it is taken only when it clearly stands out
from every other span.

What keeps a span out, because it cannot be the new value whatever its likeness:

* function words, words of change and of time ("relocating" is the change, "monday" its date);
* words of the key's name and its phrasings ("food" in "tacos have overtaken sushi as my fav food" is the key,
  not a value), and general nouns of a kind ("company", "place", "job");
* the old value and words formed from it ("samsung's", "trains"): the statement is talking about the old value;
* a span that follows "from", "out of" or "off": that is where the user came from, not where they went
  ("i moved here from portland"), or the object of a verb of leaving ("quit caffeine", "sold the corolla");
  and a span a negation reaches ("i'm not religious anymore");
* a common verb, or a single word in "-ing": a doing, not a thing ("eat", "listening").

The likeness bar and the margin were set on the development sets of ``benchmarks/assistant_probe`` and checked
on pairs written to tempt it (see ``benchmarks/README.md``). The spans are embedded in one batch, and only for a
statement that passed the gates of the unread-change test (or carries a strong word of change), so an ordinary
write pays nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from .._extract._when import MONTHS, WEEKDAYS
from .._meanings import unit

__all__ = ["replacement"]

_MIN_LIKENESS = 0.35
"""How like the old value the span must be (cosine of the store's unit embeddings)."""
_MARGIN = 0.08
"""How much more like it than the best span of another run of words (two cities in one statement, "split the
year between lisbon and porto", leave no reading; "olivia" and "rodrigo" are one run, one name)."""
_LONGER = 0.06
"""A longer span that holds the best one is preferred while it is at most this much less like the old value
("olivia rodrigo" over "olivia", "oak hill middle school" over "oak hill")."""
_MAX_WORDS = 4

_TOKEN = re.compile(r"[^\W_](?:[\w'’&+.-]*[^\W_])?", re.UNICODE)
_BREAK = re.compile(r"[,;:!?()\[\]\"“”…]|\.(?:\s|$)|\s[-–—]+\s")
_FUNCTION = frozenset(
    """a an the i me my mine myself we us our ours you your yours he him his she her hers they them their it its
    this that these those there here who whom whose what which when where why how
    and or but so because cos cuz as if then than too very really just still also even only
    of to in on at by for from with about into onto over under after before since until till up down out off
    through across around near past via per without within
    is am are was were be been being do does did done doing have has had having will would can could should
    might must may shall not no nor never n't don't doesn't didn't isn't wasn't aren't weren't can't cannot
    won't haven't hasn't i'm im i've ive i'd id i'll we're we've we'll they're they've it's that's what's
    there's here's let's
    get gets got gotten getting go goes went gone going come came coming make made making take took taken
    taking keep kept put say said tell told feel felt think thought know knew guess mean
    some any all every each both either neither few more most much many lot lots bit kind sort
    like likes liked way thing things stuff time times one ones something anything everything nothing
    now these days day week weeks month months year years today yesterday tomorrow tonight night nights morning
    evening afternoon last next ago first second third early late soon already ever always again anymore
    lately recently finally honestly basically literally actually officially apparently probably definitely
    totally completely properly right well good great nice fine bad better best worse worst
    new old same other another own
    company firm business place job role position team people guy guys person stuff
    favorite favourite favorites favourites fav fave faves top number
    ok okay yeah yes yep nope lol haha tbh ngl omg wow oh ah hey hi idk imo btw pls please thanks
    weekend weekends summer winter spring autumn""".split()
)
"""Words that cannot be, or end, a value: function words, light verbs, time, and chat filler."""
_VERB_BASES = """eat drink drive ride play love hate enjoy like want need try use watch read listen see look buy pay live work
    stay spend cook bake clean wash sleep wake rest relax travel visit meet talk chat call text ask answer help
    miss wish hope plan decide learn study teach train practise practice write send share post check open close
    find lose win keep hold carry bring give tell show let seem become turn run walk sit stand wait finish
    begin continue happen matter care mind bother enjoy prefer adore admit agree forget remember believe
    understand hear smell taste wear fit grow raise save earn cost spend rent own sign join attend manage
    handle deal cope struggle suffer worry stress complain laugh cry sing dance draw paint build fix break""".split()
_IRREGULAR = frozenset(
    """ate eaten drank drunk ran saw seen bought paid felt found gave given told brought sat stood wrote written
    spoke spoken heard wore worn grew grown won lost kept held began begun became broke broken slept woke woken
    taught thought caught sold spent meant sang danced drew drawn built""".split()
)


def _inflections(base: str) -> set[str]:
    stem = base[:-1] if base.endswith("e") else base
    return {base, base + "s", base + "es", stem + "ed", base + "d", stem + "ing", base + "ing"}


_VERBS = frozenset(w for b in _VERB_BASES for w in _inflections(b)) | _IRREGULAR
"""Common verbs, which name a doing and so are no value of a key ("honestly ramen is the best thing i eat now":
"eat" is as like "pizza" as a word gets in the embedding, and is no food)."""
_TIME = frozenset(MONTHS) | frozenset(WEEKDAYS)
_FROM = frozenset({"from", "off"})
_OUT_OF = ("out", "of")
_LEFT = frozenset(
    """quit quits quitting left leave leaves leaving sold sell sells selling cancel cancels cancelled canceled
    cancelling ditch ditched ditching dropped drop dropping stopped stop stopping gave give giving lost lose
    scrapped dumped outgrew outgrown lapsed""".split()
)
"""Verbs whose object is the thing left ("quit caffeine", "sold the corolla"), never the new value."""
_DETERMINERS = frozenset({"the", "my", "our", "a", "an", "up", "on", "in", "his", "her", "their", "that", "this"})
_NEGATION = frozenset({"not", "no", "never", "nor", "without", "neither", "dont", "cant", "wont", "isnt", "wasnt"})


def replacement(
    embed: Callable[[list[str]], Sequence[Any]],
    text: str,
    old: str,
    key_words: frozenset[str],
    is_change_word: Callable[[str], bool],
) -> tuple[str, float] | None:
    """The span of ``text`` that names the new value of a fact whose value was ``old``, and its likeness to
    ``old``, or ``None``.

    ``key_words``: the words of the key's name and phrasings (never a value); ``is_change_word``: whether a word
    says a change ("relocating", "swapped"), which is never the value either. The span is returned as written."""
    if all(w in _FUNCTION for w in _words(old)):
        return None  # nothing to be like: "IT" (the industry) reads as "it"
    spans = _candidates(text, old, key_words, is_change_word)
    if not spans:
        return None
    vectors = embed([old, *(s for s, _, _ in spans)])
    anchor = unit(vectors[0])
    likeness = np.array([float(unit(v) @ anchor) for v in vectors[1:]])
    best = int(np.argmax(likeness))
    if likeness[best] < _MIN_LIKENESS:
        return None
    (b_start, b_end), b_run = spans[best][1], spans[best][2]
    rivals = [likeness[i] for i, (_, _, run) in enumerate(spans) if run != b_run]
    if rivals and likeness[best] - max(rivals) < _MARGIN:
        return None
    longer = [
        i
        for i, (_, (s, e), _) in enumerate(spans)
        if s <= b_start and e >= b_end and likeness[i] >= likeness[best] - _LONGER
    ]
    pick = max(longer, key=lambda i: (spans[i][1][1] - spans[i][1][0], likeness[i]))
    start, end = spans[pick][1]
    return text[start:end], float(likeness[pick])


def _candidates(
    text: str, old: str, key_words: frozenset[str], is_change_word: Callable[[str], bool]
) -> list[tuple[str, tuple[int, int], int]]:
    """Every span of up to ``_MAX_WORDS`` value words of ``text`` (see the module docstring), with its character
    span and the run of words it is taken from, once each."""
    old_stems = {_stem(w) for w in _words(old) if w not in _FUNCTION}
    out: dict[str, tuple[tuple[int, int], int]] = {}
    for n, run in enumerate(_runs(text, old_stems, key_words, is_change_word)):
        for i in range(len(run)):
            for j in range(i + 1, min(len(run), i + _MAX_WORDS) + 1):
                piece = run[i:j]
                if len(piece) == 1 and piece[0][0].casefold().endswith("ing"):
                    continue
                phrase = " ".join(w.casefold() for w, _ in piece)
                out.setdefault(phrase, ((piece[0][1], piece[-1][1] + len(piece[-1][0])), n))
    return [(phrase, where, n) for phrase, (where, n) in out.items()]


def _runs(
    text: str, old_stems: set[str], key_words: frozenset[str], is_change_word: Callable[[str], bool]
) -> list[list[tuple[str, int]]]:
    """The runs of consecutive value words (word, offset), broken at punctuation and at every word that cannot
    be part of a value; a run after "from", "off" or "out of" is left out (the place or thing left)."""
    runs: list[list[tuple[str, int]]] = []
    for clause in _clauses(text):
        start, part = clause
        run: list[tuple[str, int]] = []
        before: list[str] = []
        source = False
        for m in _TOKEN.finditer(part):
            word = m.group(0)
            lw = word.casefold().replace("’", "'")
            bare = lw[:-2] if lw.endswith("'s") else lw
            if (
                lw in _FUNCTION
                or bare in _FUNCTION
                or bare in _TIME
                or bare in _VERBS
                or bare in _LEFT
                or bare in key_words
                or is_change_word(lw)
                or _formed_from(_stem(bare), old_stems)
            ):
                if run and not source:
                    runs.append(run)
                run = []
                before.append(lw)
                source = False
                continue
            if not run:
                source = bool(before) and (
                    before[-1] in _FROM
                    or tuple(before[-2:]) == _OUT_OF
                    or any(_negation(w) for w in before[-3:])
                    or _left_object(before)
                )
            run.append((word, start + m.start()))
        if run and not source:
            runs.append(run)
    return runs


def _left_object(before: list[str]) -> bool:
    """Whether a run starts as the object of a verb of leaving ("quit caffeine", "sold the old corolla", "quit
    driving the fiesta")."""
    for word in reversed(before):
        if word in _LEFT:
            return True
        if word not in _DETERMINERS and word not in _VERBS:
            return False
    return False


def _negation(word: str) -> bool:
    return word in _NEGATION or word.endswith("n't")


def _clauses(text: str) -> list[tuple[int, str]]:
    """``text`` cut at punctuation, each piece with its offset."""
    out, at = [], 0
    for m in _BREAK.finditer(text):
        out.append((at, text[at : m.start()]))
        at = m.end()
    out.append((at, text[at:]))
    return out


def _words(text: str) -> list[str]:
    return [m.group(0).casefold() for m in _TOKEN.finditer(text)]


def _formed_from(stem: str, old_stems: set[str]) -> bool:
    """Whether a word is one of the old value's, or formed from one ("law" and "lawyer", "train" and "trains"):
    the statement then talks of the old value, or of what it is made of, not of a new one."""
    return any(
        stem == o or (min(len(stem), len(o)) >= 3 and (stem.startswith(o) or o.startswith(stem))) for o in old_stems
    )


def _stem(word: str) -> str:
    """A crude stem, enough to see "trains" and "samsung's" in "train" and "samsung" (and no more)."""
    w = word.casefold().replace("’", "'")
    for suffix in ("'s", "ies", "es", "s"):
        if w.endswith(suffix) and not w.endswith("ss") and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return w
