"""What the speaker looks like, said in passing or beside another description.

- "my" (or "having", "got a", "tried a": a haircut) before a described hair, eyes or beard says the speaker has
  them ("by having rainbow hair", "just got a short haircut" → "short hair"): "people stare at my rainbow hair", "they
  are jealous of my long red hair and blue eyes", "my blonde short hair" → ``appearance`` "rainbow hair", "long red
  hair", "blue eyes". Only words that describe (a colour, a length, a curl) before the noun count:
  "my hair" alone says nothing, "my sister's red hair" is hers, and a noun after it makes another thing ("my hair
  dryer"). Not after a change or a loss ("i miss my long hair", "i dyed my red hair black": the old hair, not
  the current), nor in a wish ("i wish my hair were long" has no adjective before the noun anyway).
- "my hair is …" says a look only with words that describe ("my hair is long and curly"), not a state ("my hair is
  sweaty") or a comparison ("my eyes are bluer than yours").
- An appearance said with "with" after a description: "i'm tall with red hair", "just an old man with rainbow
  hair" → "red hair", "rainbow hair" beside what the description gave.

- The body said in passing: "my pregnant belly" → ``health`` "pregnant"; "i had a heart transplant", "since my
  transplant" → ``health`` "heart transplant", "transplant" (a lasting condition, as the ontology's ``health``
  says; not "i need a transplant", "waiting for my transplant", nor another's).

Decision: ``appearance`` stays many-valued. Hair colour is in fact one at a time, but a hair said in passing names
a colour, a length and a curl together ("long red hair"), so two values that differ are not necessarily a change;
a change said as one ("i dyed my hair pink") adds the new colour and leaves closing the old to the reconciler's
evidence, as with other many-valued keys.
"""

from __future__ import annotations

import re

from ._lexicon import APPEARANCE_ADJ, COLORS, GENDER_WORDS, words

__all__ = ["body_mentioned", "described", "looks_mentioned", "looks_with"]

_DESCRIBING = COLORS | words("""short blonde blond brunette long curly straight wavy spiky shaved rainbow auburn ginger
    platinum dark light bright pastel gray grey silver thick thin frizzy messy shaggy bushy hazel big""")
"""Words that describe hair, eyes or a beard (as ``_predicates._HAIR_WORDS``, which what is done to hair reads)."""
_ALT = "|".join(sorted(_DESCRIBING, key=len, reverse=True))

_MY_LOOKS = re.compile(
    r"(?:\bmy|\bhaving|(?:^|\bi\s+|[,.!]\s*)(?:just\s+|finally\s+|recently\s+)?(?:got|tried)\s+an?)\s+(?P<v>(?:(?:really\s+|very\s+|super\s+)?(?:"
    + _ALT
    + r")(?:\s*,\s*|\s+and\s+|\s+)){1,3}?"
    r"(?:hair|eyes|beard|curls|haircut)(?:\s+(?:colou?rs?))?)\b(?!\s*(?:'s|dryer|salon|stylist|brush|cut|dye|products?|"
    r"ties?|clips?|band|gel|spray|day|style))"
    r"(?:\s+and\s+(?P<w>(?:(?:" + _ALT + r")\s+){1,2}(?:hair|eyes|beard)))?",
    re.IGNORECASE,
)
_CHANGED_BEFORE = re.compile(
    r"\b(?:miss|missed|used|cut|chopped|shaved|lost|dyed|dye|dyeing|bleached|bleach|colou?red|grew\s+out|"
    r"wish|want|if|when|dream|imagine)\b[^.!?]*$",
    re.IGNORECASE,
)

_WITH_LOOKS = re.compile(
    r"\bwith\s+(?P<v>(?:(?:really\s+|very\s+)?(?:" + _ALT + r")(?:\s*,\s*|\s+and\s+|\s+)){1,3}?(?:hair|eyes|beard))\b"
    r"(?:\s+and\s+(?P<w>(?:(?:" + _ALT + r")\s+){1,2}(?:hair|eyes|beard)))?",
    re.IGNORECASE,
)


def _tidy(value: str) -> str:
    return " ".join(w for w in re.split(r"[\s,]+", value.lower()) if w not in ("and", "really", "very", "super", ""))


def looks_mentioned(text: str) -> list[str]:
    """The speaker's own looks said with "my" in passing: "stare at my rainbow hair" → ["rainbow hair"]."""
    low = text.lower()
    if "my " not in low and "having " not in low and "got a" not in low and "tried a" not in low:
        return []
    found: list[str] = []
    for m in _MY_LOOKS.finditer(text):
        if _CHANGED_BEFORE.search(text[: m.start()]):
            continue
        found += [_tidy(g).replace("haircut", "hair") for g in (m.group("v"), m.group("w")) if g]
    return found


_DESCRIBED = APPEARANCE_ADJ | frozenset(GENDER_WORDS) | words("person kid teen mom dad grandma grandpa lad lass")
"""What "with …" may follow: a look ("tall") or a person ("an old man"); not "in love", "obsessed", "friends"."""


_OF_ANOTHER = words("with of to for at like than from about")


def looks_with(rest: str) -> list[str]:
    """Looks said with "with" after a description: "tall with red hair" → ["red hair"]."""
    if " with " not in f" {rest.lower()}":
        return []
    m = _WITH_LOOKS.search(rest)
    before = rest[: m.start()].lower().replace(",", " ").split() if m else []
    if m is None or not before or len(before) > 5 or before[-1] not in _DESCRIBED or not _OF_ANOTHER.isdisjoint(before):
        return []  # ("friends with a girl with pink hair": the girl's hair)
    return [_tidy(g) for g in (m.group("v"), m.group("w")) if g]


_LOOK_WORDS = _DESCRIBING | APPEARANCE_ADJ | words("dyed colored coloured natural naturally and")


def described(value: str) -> str | None:
    """What "my hair is …" says of the look, when it is only describing words ("long and curly" → "long curly"), or
    None ("sweaty", "a mess", "bluer than yours": a state or a comparison, not a look)."""
    said = value.lower().split()
    if not said or len(said) > 4 or not all(w in _LOOK_WORDS for w in said):
        return None
    return _tidy(value)


_MY_PREGNANT = re.compile(r"\bmy\s+pregnant\s+(?:belly|bump|self|body|brain|hormones|back|feet)\b", re.IGNORECASE)
_TRANSPLANT = re.compile(
    r"(?:(?:^|[,.!]\s*|\b(?:i|and|but|so)\s+|\b(?:lucky|glad|happy)\s+to\s+)(?:(?:just|recently|finally|also)\s+)?"
    r"(?:had|got|received|underwent|have\s+had|had\s+to\s+have)\s+(?:an?|my)|\b(?:since|after)\s+my)\s+"
    r"(?P<v>(?:heart|kidney|liver|lung|stomach|bone\s+marrow|cornea|brain)\s+)?transplant(?:ed)?\b",
    re.IGNORECASE,
)


def body_mentioned(text: str) -> list[tuple[str, str]]:
    """(key, value) of the speaker's body said in passing: "my pregnant belly", "i had a kidney transplant"."""
    low = text.lower()
    found: list[tuple[str, str]] = []
    if "pregnant" in low and _MY_PREGNANT.search(text):
        found.append(("health", "pregnant"))
    m = _TRANSPLANT.search(text) if "transplant" in low else None
    if m:
        found.append(("health", f"{(m.group('v') or '').lower()}transplant"))
    return found
