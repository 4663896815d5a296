"""Dates named in a query ("on 25 May, 2022", "in June", "last week") as windows that recall favours.

"What did Priya do for her brother on 25 May, 2022?" is about what was said around that day, and a turn's words
rarely repeat the date. So recall parses the query's date phrases into windows and boosts records whose time
(a turn's ``observed_at``, a fact's ``valid_from``) falls inside one. Windows are generous after the date
and tight before it: people report an event in the days after it happened ("yesterday", "last week").
Relative phrases resolve against ``as_of`` (or now), like the extractor resolves them against the turn.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from .._extract._when import MONTHS, resolve

__all__ = ["DateWindow", "query_windows", "REPORT_LAG_DAYS"]

REPORT_LAG_DAYS = 8
"""How long after an event it may be reported (a turn that says "last week" about it)."""
_LEAD_DAYS = 1

_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_MONTH_ONLY = re.compile(r"\b(?:in|during|of|since|early|late|mid)\s+" + _MONTH + r"\b(?!\s+\d)", re.I)
_YEAR_ONLY = re.compile(r"\b(?:in|during|of|since)\s+((?:19|20)\d{2})\b", re.I)
_DAY_KINDS = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+"
    + _MONTH
    + r",?\s+\d{4}|"
    + _MONTH
    + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|"
    r"afternoon|evening)|(?:last|next|this|on)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|days?\s+ago",
    re.I,
)
_MONTH_KINDS = re.compile(_MONTH + r"\s+\d{4}|since\s+" + _MONTH + r"|(?:last|next)\s+month|months?\s+ago", re.I)
_WEEK_KINDS = re.compile(r"(?:last|next)\s+week(?:end)?|\bweeks?\s+ago", re.I)
_YEAR_KINDS = re.compile(r"(?:last|next)\s+year|years?\s+ago|(?:since|in|from|during|back in)\s+(?:19|20)\d{2}", re.I)


@dataclass(frozen=True)
class DateWindow:
    """A span of time a query points at; ``month_of_any_year`` matches that month in every year."""

    start: datetime | None = None
    end: datetime | None = None
    month_of_any_year: int | None = None

    def contains(self, when: datetime | None) -> bool:
        if when is None:
            return False
        if self.month_of_any_year is not None:
            shifted = when - timedelta(days=REPORT_LAG_DAYS)
            return self.month_of_any_year in (when.month, shifted.month)
        assert self.start is not None and self.end is not None
        return self.start <= when < self.end


def _span(start: datetime, end: datetime) -> DateWindow:
    return DateWindow(start - timedelta(days=_LEAD_DAYS), end + timedelta(days=REPORT_LAG_DAYS))


def query_windows(query: str, now: datetime) -> list[DateWindow]:
    """Every date window the query names (empty when it names none)."""
    now = now.astimezone(timezone.utc)
    out: list[DateWindow] = []
    mention = resolve(query, now)
    if mention is not None and mention.when is not None:
        when = mention.when.replace(hour=0, minute=0, second=0, microsecond=0)
        phrase = mention.phrase
        if _DAY_KINDS.search(phrase):
            out.append(_span(when, when + timedelta(days=1)))
        elif _MONTH_KINDS.search(phrase):
            first = when.replace(day=1)
            out.append(_span(first, first + timedelta(days=monthrange(first.year, first.month)[1])))
        elif _WEEK_KINDS.search(phrase):
            out.append(_span(when, when + timedelta(days=7)))
        elif _YEAR_KINDS.search(phrase):
            first = when.replace(month=1, day=1)
            out.append(_span(first, first.replace(year=first.year + 1)))
    if not out:
        for m in _MONTH_ONLY.finditer(query):
            out.append(DateWindow(month_of_any_year=MONTHS[m.group(1).lower()[:3]]))
        for m in _YEAR_ONLY.finditer(query):
            first = datetime(int(m.group(1)), 1, 1, tzinfo=timezone.utc)
            out.append(_span(first, first.replace(year=first.year + 1)))
    return out
