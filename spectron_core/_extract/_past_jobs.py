"""A past job said as a service, a field or years spent, closed as the ``role`` it was.

"i am ex military", "i used to be in the army", "i retired from teaching", "i used to work in construction": the
clause reader closes these as a negated ``employer`` (the army, teaching, construction), yet a service in the
forces, a trade and a field of work are what one did, not where: the past job is a ``role``. And years spent at
one ("i spent ten years as a paramedic", "spent a decade working in retail", "i spent 20 years in the navy") were
not read at all. Both are written as a negated ``role`` (DESIGN section 4: "used to" closes the value it names and
adds none), so a current role of the same words ends and no other is touched.

A past job needs a past: the negated employer's own clause must say one ("used to", "was", "ex", "retired",
"quit", "left", "no longer" …) and no plain "not"/"never". Years spent elsewhere ("i spent ten years in ohio")
name no job: what follows "in" must be a field or a service.
"""

from __future__ import annotations

import re
from datetime import datetime

from ._lexicon import words
from ._predicates import _role_head, noun_phrase
from ._regex import _split
from ._rule_clause import speaker_fact
from ._types import Extraction
from ._work import _WORKPLACES, _title_of

__all__ = ["past_jobs"]

_PAST_CUE = re.compile(
    r"\b(?:used|use|was|were|former|formerly|ex|retired|retire|no\s+longer|any\s*more|quit|left|spent|served|"
    r"previously|worked)\b",
    re.IGNORECASE,
)
_DENIAL = re.compile(r"\b(?:not|never|no)\b(?!\s+longer)", re.IGNORECASE)
_ENDED = re.compile(r"\b(?:no\s+longer|any\s*more)\b", re.IGNORECASE)
_FORCES = words("military army navy marine marines airforce guard corps air force coast national")
"""The words of the armed services: serving in one is a job ("ex military"), whatever it is written under."""
_FIELD_WORDS = words("""construction retail sales marketing finance banking insurance healthcare education services
    hospitality accounting advertising publishing journalism fashion politics field industry software engineering
    management administration nursing manufacturing logistics trucking""")
"""The last word of a field of work ("retail", "human services", "the tech industry"): a trade, not a place."""
_SPENT = re.compile(
    r"(?:^|\bi\s+)spent\s+(?:[\w']+\s+){0,3}?(?:years?|decades?|months?|summers?|time|a\s+while|(?:my\s+)?career)\s+"
    r"(?:(?:working\s+)?as\s+an?\s+(?P<r>[\w' -]+?)|working\s+in\s+(?:the\s+)?(?P<w>[\w' -]+?)|"
    r"in\s+(?:the\s+)?(?P<f>[\w' -]+?))"
    r"(?=\s*$|\s*[,.;!]|\s+(?:and|but|so|which|before|until|then|at|in|for|because|when)\b)",
    re.IGNORECASE,
)
"""Years spent at a trade, in a field or in the forces ("i spent ten years as a paramedic", "… in human services")."""


def _forces(value: str) -> bool:
    ws = value.lower().replace("the ", "").split()
    return bool(ws) and all(w in _FORCES for w in ws)


def _field(value: str) -> bool:
    ws = value.lower().split()
    return bool(ws) and ws[-1] in _FIELD_WORDS and ws[-1] not in _WORKPLACES


def _job_of(place: str) -> str | None:
    """The job a closed employer names when it is a service, a field or a trade ("teaching" → teacher)."""
    np = (noun_phrase(place) or place).lower()
    if _forces(np) or _field(np):
        return np
    if np.endswith("ing") and len(np.split()) == 1:
        return _title_of(np)
    return None


def _spent(body: str) -> str | None:
    m = _SPENT.search(body)
    if m is None:
        return None
    if m.group("r"):
        title = noun_phrase(_split(r"\s+(?:at|for|with|in)\s+", m.group("r"), maxsplit=1)[0]).lower()
        return title if title and _role_head(title) else None
    field = noun_phrase(m.group("w") or m.group("f") or "").lower()
    return field if field and (_field(field) or _forces(field)) else None


def past_jobs(
    body: str, question: bool, speaker: str, span: tuple[int, int], when: datetime | None, out: Extraction, start: int
) -> None:
    """Close as a ``role`` each past job of the sentence said as a service, a field or years spent."""
    if question:
        return
    spent = _spent(body) if "spent" in body.lower() else None
    closed = [a for a in out.attributes[start:] if a.negated and a.key == "employer" and a.entity == speaker]
    if spent is None and not closed:
        return  # most sentences close no workplace and spend no years at a job: one scan, then nothing more
    jobs = [spent] if spent else []
    if closed and _PAST_CUE.search(body) and (not _DENIAL.search(body) or _ENDED.search(body)):
        jobs += [j for j in (_job_of(a.value) for a in closed) if j]
    if spent:  # "i spent years working in sales": the reader's current job of the same words was the past one
        out.attributes[start:] = [
            a
            for a in out.attributes[start:]
            if not (
                a.entity == speaker and a.key in ("role", "employer") and not a.negated and a.value.lower() == spent
            )
        ]
    said = {a.value.lower() for a in out.attributes[start:] if a.key == "role" and a.negated}
    for job in jobs:
        if job not in said:
            said.add(job)
            speaker_fact(out, speaker, "role", job, 0.7, span, when, negated=True)
