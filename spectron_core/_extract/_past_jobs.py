"""A job said as the past, kept as the past: ``previous_role`` and ``previous_employer``.

"i used to be a nurse", "an ex cop", "i was a teacher for 20 years", "i retired from teaching", "i left my job at
the bank": the clause reader writes these as a negated ``role`` or ``employer``, which closes the current value
when it names the same job (the design's "used to" rule). But a negation adds no value, so when nothing current
named that job the fact was lost: neither recall nor ``profile()`` could say what the speaker used to do. Here the
negated record is kept and the past job is also written, on its own multi-valued key (past jobs add up; none
replaces another, and none is ever the current job).

Only a past says a past job. A denial ("i am not a nurse", "i was never a cop") is written negated too, so each
negated record is checked against its own clause: a past cue ("used to", "was", "former", "ex", "retired",
"quit", "left", "fired", "no longer", "anymore") with no plain "not"/"never" (unless "no longer"/"anymore" says
the job ended). A service in the forces ("ex military", "i was in the navy") and a field of work ("i used to work
in construction") are jobs, not workplaces; "retired from teaching" is the trade ("teacher"). Years spent at a
trade are read from the sentence itself ("i spent ten years as a paramedic", "spent a decade working in retail"),
which the clause reader leaves unread; they give the past job only, with no negation (the speaker may still be
one).

A change said whole ("i left teaching and now i'm a developer", "i left the bakery and joined Finly") gives no past
job: the old job was known as the current one, and its closed record in ``history()`` is already the past; a
second record of it would show the old job beside the new one in ``profile()``. Likewise the workplace of a
retirement ("i retired from the post office"); the trade of one ("a retired teacher") is kept, as nothing else
names it. Work done as a child ("as a kid i worked on the family farm") is growing up, not a career, and a workplace
left is a past employer only when the clause says it was work ("i left the family farm" may be a move).
"""

from __future__ import annotations

import re
from datetime import datetime

from ._lexicon import words
from ._predicates import _role_head, noun_phrase, singular
from ._regex import _split
from ._rule_clause import speaker_fact
from ._types import Extraction
from ._work import _WORKPLACES, _title_of

__all__ = ["past_jobs"]

_PAST_CUE = re.compile(
    r"\b(?:used|use|was|were|former|formerly|ex|retired|retire|no\s+longer|any\s*more|quit|left|spent|served|"
    r"previously|fired|laid\s+off|let\s+go|worked)\b",
    re.IGNORECASE,
)
"""Words that put a job in the past."""
_DENIAL = re.compile(r"\b(?:not|never|no)\b(?!\s+longer)", re.IGNORECASE)
_ENDED = re.compile(r"\b(?:no\s+longer|any\s*more)\b", re.IGNORECASE)
"""A "not" that says the job ended ("i'm not a nurse anymore"), not that it never was."""
_WORK_KEYS = ("role", "employer")
_NO_WORK = frozenset({"retired", "unemployed", "student", "between jobs", "out of work", "jobless"})
"""Roles that say the speaker holds no job: said beside a past job ("a retired teacher") they are no new job."""
_WORK_CUE = re.compile(r"\b(?:work\w*|jobs?|employ\w*|fired|laid\s+off|let\s+go|career)\b", re.IGNORECASE)
"""A workplace is a past employer only when the clause says it was work: "i left the family farm" may be a move."""
_CHILDHOOD = re.compile(
    r"\b(?:as\s+(?:a\s+)?(?:kid|kids|child|children|teen|teenager|boy|girl)|when\s+i\s+was\s+(?:a\s+)?(?:kid|child|"
    r"little|young|small|teen|teenager|boy|girl)|growing\s+up|in\s+my\s+(?:childhood|youth))\b",
    re.IGNORECASE,
)
"""A childhood said beside the work: what one did growing up is no past career (and says where one is from)."""
_NOW = re.compile(r"\b(?:now|nowadays|these\s+days)\b", re.IGNORECASE)
"""A new state said beside the past one ("used to be a cook but now i drive a truck"): a change said whole."""
_CLAUSE_BREAK = re.compile(r"[,;]|\s(?:but|and\s+(?:i|we|now))\s", re.IGNORECASE)

_FORCES = words("military army navy marine marines airforce guard corps")
"""The armed services: serving in one is a job ("ex military"), whatever it is written under."""
_FIELD_WORDS = words("""construction retail sales marketing finance banking insurance healthcare education services
    hospitality accounting advertising publishing journalism fashion politics field industry it tech software
    engineering management administration nursing law enforcement manufacturing logistics trucking food""")
"""The last word of a field of work ("retail", "human services", "the tech industry"): a trade, not a place."""

_SPENT = re.compile(
    r"(?:^|\bi\s+)spent\s+(?:[\w']+\s+){0,3}?(?:years?|decades?|months?|summers?|time|a\s+while|(?:my\s+)?career|"
    r"(?:my\s+)?life)\s+"
    r"(?:(?:working\s+)?as\s+an?\s+(?P<r>[\w' -]+?)|working\s+(?P<p>in|at|for)\s+(?:the\s+|an?\s+)?(?P<w>[\w' -]+?)|"
    r"in\s+(?:the\s+)?(?P<f>[\w' -]+?))"
    r"(?=\s*$|\s*[,.;!]|\s+(?:and|but|so|which|before|until|then|at|in|for|because|when)\b)",
    re.IGNORECASE,
)
"""Years spent at a trade, in a field or in the forces: "i spent ten years as a paramedic", "spent a decade
working in retail", "i spent 20 years in the navy", "… in human services" (not "i spent ten years in ohio": what
follows "in" must be a field or a service)."""


def _clause_of(body: str, value: str) -> str:
    """The clause of ``body`` that names ``value`` (the whole body when the value is not said as written)."""
    low = body.lower()
    at = low.find(value.lower())
    if at < 0:
        return body
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(body, 0, at)]
    end = _CLAUSE_BREAK.search(body, at + len(value))
    return body[(starts[-1] if starts else 0) : end.start() if end else len(body)]


def _said_as_past(clause: str) -> bool:
    """Whether a clause with a negated job says a past job, not a denial ("i was never a cop")."""
    return bool(_PAST_CUE.search(clause)) and (not _DENIAL.search(clause) or bool(_ENDED.search(clause)))


def _forces(value: str) -> bool:
    ws = value.lower().replace("the ", "").split()
    return bool(ws) and all(w in _FORCES or w in ("air", "force", "coast", "national") for w in ws)


def _field(value: str) -> bool:
    ws = value.lower().split()
    return bool(ws) and ws[-1] in _FIELD_WORDS and ws[-1] not in _WORKPLACES


def _past_of(key: str, value: str) -> tuple[str, str] | None:
    """Where a past job said under ``key`` is kept: a trade, a service or a field as ``previous_role``, a place
    as ``previous_employer``; None for a role that names no trade ("i worked there as a kid": the reader's
    closed role "kid" is no past job)."""
    if key == "role":
        return ("previous_role", value) if _role_head(value.lower()) else None
    np = noun_phrase(value) or value
    if _forces(np) or _field(np):
        return "previous_role", np
    if np.lower().endswith("ing") and len(np.split()) == 1:
        return "previous_role", _title_of(np) or np  # "retired from teaching": a teacher
    return "previous_employer", np


def _spent(body: str) -> tuple[str, str] | None:
    """The past job of "i spent ten years as a paramedic" / "… working in retail" / "… in the navy", or None."""
    m = _SPENT.search(body)
    if m is None:
        return None
    if m.group("f"):  # "spent ten years in human services", "in the navy" (not "in ohio")
        field = noun_phrase(m.group("f")).lower()
        return ("previous_role", field) if field and (_field(field) or _forces(field)) else None
    if m.group("r"):
        title = noun_phrase(_split(r"\s+(?:at|for|with|in)\s+", m.group("r"), maxsplit=1)[0]).lower()
        return ("previous_role", title) if title and _role_head(title) else None
    place = noun_phrase(m.group("w") or "")
    if not place:
        return None
    head = singular(place.split()[-1]).lower()
    if _field(place) or _forces(place):
        return "previous_role", place.lower()
    return ("previous_employer", place) if head in _WORKPLACES or place[:1].isupper() else None


def past_jobs(
    body: str,
    question: bool,
    speaker: str,
    span: tuple[int, int],
    when: datetime | None,
    out: Extraction,
    start: int,
) -> None:
    """Keep each past job the sentence's records (``out.attributes[start:]``) close, and the years spent at one
    the sentence names, as ``previous_role`` / ``previous_employer`` on the speaker."""
    if question:
        return
    spent = _spent(body) if "spent" in body.lower() else None
    closed = any(a.negated and a.key in _WORK_KEYS for a in out.attributes[start:])
    if spent is None and not closed:
        return  # most sentences close no job and spend no years at one: one scan, then nothing more
    found: list[tuple[str, str, float]] = []
    if spent:
        found.append((*spent, 0.7))
        # "i spent years working in sales": the reader's current job of the same words was the past one
        out.attributes[start:] = [
            a
            for a in out.attributes[start:]
            if not (
                a.entity == speaker and a.key in _WORK_KEYS and not a.negated and a.value.lower() == spent[1].lower()
            )
        ]
    said = {(a.key, a.value.lower()) for a in out.attributes[start:]}
    now = [a for a in out.attributes[start:] if a.entity == speaker and a.key in _WORK_KEYS and not a.negated]
    if any(a.value.lower() not in _NO_WORK for a in now) or (not now and _NOW.search(body)):
        found = []  # a change said whole ("i left the bakery and joined Finly"): the old job is the new one's history
    elif _CHILDHOOD.search(body):
        found = []  # "as a kid i worked on the family farm": growing up, not a career
    else:
        for a in out.attributes[start:]:
            if a.entity != speaker or not a.negated or a.key not in _WORK_KEYS:
                continue
            if a.key == "role" and a.value.lower() in _NO_WORK:
                continue
            clause = _clause_of(body, a.value)
            past = _past_of(a.key, a.value) if _said_as_past(clause) else None
            if past and past[0] == "previous_employer" and (now or not _WORK_CUE.search(clause)):
                continue  # ("i retired from the post office": see above; "i left the farm" may be a move)
            if past:
                found.append((*past, min(a.confidence, 0.8)))  # (not "retired from the post office": see above)
    for key, value, confidence in found:
        if (key, value.lower()) not in said:
            said.add((key, value.lower()))
            speaker_fact(out, speaker, key, value, confidence, span, when)
