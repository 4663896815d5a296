"""Wishes and plans said without "i want"/"i plan to": retirement ahead ("i'll retire in a few years", "counting
down to retirement"), eagerness ("i can't wait to move out", "counting the days till i can travel"), hopes and
daydreams ("hoping to move out soon", "i fantasize about owning a boat", "one day i'll write a novel"), saving
towards something ("saving up to buy a house"), a bucket list ("skydiving is on my bucket list"), a step being
weighed ("i'm thinking about going back to school") and what comes next ("my next language to learn is french").

Why these are read this way, and what is not:

* All of them say what the speaker means or hopes to do, never what is so now: "i can't wait to be a nurse" is a
  goal, not a ``role``; "i'm thinking about going back to school" names no ``school``. So every value goes to the
  multi-valued ``goals`` or ``plans`` (a new wish adds to the old ones, it does not replace them).
* Retirement said with "will"/"going to"/"-ing" or waited for is decided, so it is a plan (``plans``: "retire");
  "retire for the night" is going to bed, and "i retired" is a fact of the past (a ``role``, read elsewhere).
  A trip named as the next one ("my next trip is to japan") is a plan too; the rest are hopes (``goals``).
* The frames are anchored on the speaker: "you can't wait to …", "do you want to …?" and "is it on your bucket
  list?" say nothing of the speaker, and a question is never read. Eagerness about the talk itself ("can't wait
  to hear from you", "to see you") is no aim.
* "thinking about …" is read only with a doing ("thinking about moving", not "thinking about my mom"), and
  "never"/"not" keep a retirement frame from matching ("i will never retire").
"""

from __future__ import annotations

import re

from ._predicates import _NOT_GERUND, _lemma

__all__ = ["wishes_of"]

_I_AM = r"(?:i\s+am\s+|i'm\s+|im\s+)"
_WILL = r"(?:i\s+will|i'll|ill|i\s+shall|(?:i\s+am|i'm|im)\s+going\s+to|i\s+(?:may|might)|i\s+hope\s+to)"
_SOON = r"(?:(?:probably|likely|finally|soon|definitely|hopefully|just)\s+)?"
_WHEN = r"(?:in\s|next\s|soon|this\s|at\s|early|when\s|after\s|before\s|by\s|within\s|once\s|after$)"

_RETIRE = re.compile(
    r"^(?:i\s+(?:think|guess|expect|suppose)\s+)?(?:"
    rf"{_WILL}\s+{_SOON}(?:be\s+)?retir(?:e|ing)(?P<t1>\s.*)?"
    rf"|{_I_AM}{_SOON}(?:retiring|about\s+to\s+retire)(?P<t2>\s.*)?"
    rf"|retiring\s+(?={_WHEN})(?P<t3>.*)"
    rf"|{_I_AM}?(?:(?:counting\s+down|counting\s+the\s+days)\s+(?:to|till|until)|waiting\s+(?:for|on)|"
    r"looking\s+forward\s+to|thinking\s+(?:about|of)|planning\s+(?:for|on))\s+(?:my\s+)?"
    r"(?:upcoming\s+|coming\s+|early\s+|own\s+)?(?:retirement|retiring)\b.*"
    r"|(?:my\s+)?retirement\s+(?:is\s+)?(?:coming\s+)?(?:soon|near|close|around\s+the\s+corner)\b.*"
    r")$",
    re.IGNORECASE,
)
"""Retirement ahead of the speaker: "i'll probably retire in a few years", "retiring next spring", "counting down
to retirement" (the ``(?P<t…>)`` tail is tested so that "retire for the night" stays out)."""
_NOT_RETIRE_TAIL = re.compile(r"^\s*(?:for\s+the\s+(?:night|day|evening)|to\s+(?:bed|my\s+room))\b", re.IGNORECASE)

_EAGER = re.compile(
    r"^(?:i\s+)?(?:(?:just|really|honestly|seriously|so)\s+)?(?:can\s*not|can't|cant|can\s+hardly)\s+wait\s+"
    r"(?:to|till\s+i\s+(?:can|get\s+to)|until\s+i\s+(?:can|get\s+to))\s+(?P<v>.+)$"
    rf"|^{_I_AM}?(?:just\s+)?counting\s+(?:down\s+)?the\s+days\s+(?:till|until|to)\s+i\s+(?:can|get\s+to)\s+(?P<v2>.+)$",
    re.IGNORECASE,
)
"""Eagerness for one's own step: "i can't wait to move out", "counting the days till i can retire"."""

_HOPE = re.compile(
    rf"^(?:{_I_AM}|i\s+have\s+been\s+|i've\s+been\s+)?(?:really\s+|still\s+)?(?:hoping|plotting|scheming)\s+to\s+"
    r"(?P<v>.+)$"
    r"|^(?:i\s+)?(?:often\s+|sometimes\s+|always\s+)?(?:fantasi[sz]e|daydream)\s+(?:about|of)\s+(?P<v2>.+)$"
    r"|^(?:one\s+day|someday|some\s+day|eventually|in\s+the\s+future)\s*,?\s+"
    r"(?:i\s+will|i'll|ill|i\s+(?:would|'d|d)\s+(?:like|love)\s+to|i'd\s+(?:like|love)\s+to|id\s+(?:like|love)\s+to|"
    r"i\s+(?:want|hope|plan)\s+to|(?:i\s+am|i'm|im)\s+going\s+to)\s+(?P<v3>.+)$",
    re.IGNORECASE,
)
"""Hopes and daydreams: "hoping to move out soon", "i fantasize about owning a boat", "someday i'd like to …"."""

_SAVING = re.compile(
    rf"^{_I_AM}?(?:(?:still|currently|slowly)\s+)?saving\s+(?:up\s+)?(?:money\s+|cash\s+)?"
    r"(?:for\s+(?:a|an|my|the)\s+(?P<n>.+)|to\s+(?P<v>.+))$",
    re.IGNORECASE,
)
"""Saving towards something: "i'm saving up for a new bike", "saving money to buy a house"."""

_BUCKET = re.compile(
    r"^(?:on\s+my\s+bucket\s+list\s*(?::|-|is|are)?\s*(?P<v>.+)"
    r"|(?P<v2>.+?)\s+(?:is|are|'s)\s+(?:(?:high|first|top)\s+)?(?:on|at\s+the\s+top\s+of)\s+my\s+bucket\s+list\b.*"
    r"|my\s+bucket\s+list\s+(?:includes|has|is)\s+(?P<v3>.+))$",
    re.IGNORECASE,
)
"""A bucket list: "on my bucket list: skydiving", "seeing the pyramids is on my bucket list"."""

_WEIGHING = re.compile(
    rf"^(?:{_I_AM}|i\s+have\s+been\s+|i've\s+been\s+|ive\s+been\s+)(?:(?:seriously|really|also)\s+)?"
    r"(?:thinking\s+(?:about|of)|considering)\s+(?P<v>[a-z]+ing\b.*)$",
    re.IGNORECASE,
)
"""A step being weighed: "i'm thinking about going back to school", "been considering moving south"."""

_NEXT = re.compile(
    r"^my\s+next\s+(?P<n>[a-z]+)\s+to\s+(?P<verb>learn|study|read|visit|try|see|climb|run|build)\s+"
    r"(?:is|will\s+be|is\s+going\s+to\s+be)\s+(?P<v>.+)$"
    r"|^my\s+next\s+(?:trip|vacation|holiday)\s+(?:is|will\s+be)\s+(?:to\s+)?(?P<trip>.+)$",
    re.IGNORECASE,
)
"""What comes next: "my next language to learn is french" (a goal), "my next trip is to japan" (a plan)."""

_AIM_END = re.compile(
    r"\s+(?:soon|someday|one\s+day|next\s+\w+|in\s+(?:a|an|the|\d+|few|two|three|several)\b|when|because|so\s+(?:i|that)|"
    r"but|and|though|lol|haha)\b.*$|[,.!;:].*$",
    re.IGNORECASE,
)
_NOT_AIM = re.compile(
    r"^(?:see\s+(?:you|it|that|this|them|him|her)|hear|meet|talk|chat|know|find\s+out|tell|say|read\s+(?:it|that|this|your)|try\s+(?:it|that|this)|"
    r"(?:that|this|it|them)$|graduate|get\s+home|go\s+home|go\s+to\s+(?:bed|sleep)|sleep|eat|help|be\s+honest)\b",
    re.IGNORECASE,
)
"""What no aim is: the talk itself ("can't wait to hear from you"), going to bed, a polite offer to help."""


def _aim(text: str) -> str:
    """The doing aimed at, cut before a time phrase or a following clause; a leading "-ing" in its base form."""
    value = _AIM_END.sub("", text.strip()).strip(" \"'()").lower()
    if not value or _NOT_AIM.match(value) or len(value.split()) > 8:
        return ""
    first, _, tail = value.partition(" ")
    if first.endswith("ing") and first not in _NOT_GERUND:
        base = _lemma(first)
        value = f"{base} {tail}".strip() if base != first else value
    return value


def wishes_of(said: str) -> list[tuple[str, str]]:
    """(key, value) facts of a clause said in one of the frames of the module docstring, or []."""
    low = said.lower()
    if (
        low.rstrip().endswith("?")
        or "fav" in low
        or not (
            "retir" in low
            or "wait" in low
            or "days" in low
            or "ing " in low
            or "dream" in low
            or "fantas" in low
            or "day" in low
            or "bucket" in low
            or "next" in low
            or "eventually" in low
            or "future" in low
        )
    ):
        return []  # (the cheap tests first: most clauses say none of these)
    if "retir" in low:
        m = _RETIRE.match(said)
        if m:
            tail = m.group("t1") or m.group("t2") or ""
            return [] if _NOT_RETIRE_TAIL.match(tail) else [("plans", "retire")]
    m = _EAGER.match(said) if "wait" in low or "days" in low else None
    m = m or (
        _HOPE.match(said)
        if "ing " in low or "day" in low or "fantas" in low or "eventually" in low or "future" in low
        else None
    )
    m = m or (_SAVING.match(said) if "saving" in low else None)
    m = m or (_BUCKET.match(said) if "bucket" in low else None)
    m = m or (_WEIGHING.match(said) if "thinking" in low or "considering" in low else None)
    if m and m.re is _WEIGHING and m.group("v").split()[0].lower() in _NOT_GERUND:
        return []  # "thinking about nothing"
    if m:
        groups = m.groupdict()
        noun = groups.get("n")
        value = (
            _AIM_END.sub("", noun).strip(" \"'").lower()
            if noun
            else _aim(next(g for k, g in groups.items() if g and k != "n"))
        )
        return [("goals", value)] if value else []
    m = _NEXT.match(said) if "next" in low else None
    if m:
        if m.group("trip"):
            place = _aim(m.group("trip"))
            return [("plans", "trip to " + place)] if place else []
        thing = _aim(m.group("v"))
        return [("goals", f"{m.group('verb').lower()} {thing}")] if thing else []
    return []
