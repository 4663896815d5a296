"""Temporal phrases resolved against the turn's time (never the wall clock).

``resolve(text, observed_at)`` finds the first temporal phrase in ``text`` and returns a
:class:`TimeMention`: the resolved aware-UTC datetime, the phrase's span, and whether it was vague or invalid
(then ``when`` is None and the caller records an uncertainty instead of guessing).
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

__all__ = ["FOR_A_WHILE", "MONTHS", "TIME_WORDS", "TimeMention", "as_utc", "resolve"]


MONTH_NAMES = "january february march april may june july august september october november december".split()
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, start=1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9

FOR_A_WHILE = re.compile(
    r"\bfor\s+(?:the|a|an|one|two|three|a\s+few|a\s+couple\s+of|a\s+couple|some|the\s+next)?\s*(?:\w+\s+)?"
    r"(?:weekend|day|days|night|nights|week|weeks|fortnight|holidays?|vacation|trip|break|getaway|christmas|"
    r"easter|thanksgiving|diwali|eid|lent|ramadan|half[\s-]term)\b"
    r"|\bfor\s+(?:now|a\s+bit|a\s+while|the\s+time\s+being)\b"
    r"|\bfor\s+(?:the|a|an)\s+(?:\w+\s+)?(?:summer|winter|term|semester|conference|wedding|visit|meeting|funeral|"
    r"festival|course|placement|internship)\b"
    r"|\b(?:till|until|til)\s+(?:next\s+\w+|the\s+end\s+of|" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b"
    r"|\bback\s+(?:on|by|next|tomorrow|tonight|later|soon|home|in\s+a\s+(?:few|couple|week|day))\b"
    r"|\b(?:left|leaving)\s+(?:[\w'’-]+\s+){1,3}?(?:at\s+\d|at\s+(?:dawn|noon|midnight)|early\b|this\s+morning\b|"
    r"first\s+thing\b)",
    re.IGNORECASE,
)
"""A while away, to come back ("left leeds for the weekend", "swapped coke for water for lent", "leaving
manchester behind for a bit", "back on sunday"), or a departure of the day ("left glasgow at 6am"): what is left
for now is not left for good."""


WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
TIME_WORDS = frozenset(
    [*WEEKDAYS, *(d + "s" for d in WEEKDAYS), *MONTH_NAMES]
    + "today tonight tomorrow yesterday weekend morning afternoon evening night".split()
)
"""Words of a day, a month or a time of day, whole: no value a user has ("oops, friday" sets nothing right)."""
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a couple of": 2,
    "a few": 3,
    "several": 3,
}
_M = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_N = r"(?P<n>\d+|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})\b")),
    (
        "dmy",
        re.compile(
            r"\b(?:on\s+)?(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+" + _M + r",?\s+(?P<y>\d{4})\b",
            re.IGNORECASE,
        ),
    ),
    ("mdy", re.compile(r"\b(?:on\s+)?" + _M + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b", re.IGNORECASE)),
    ("my", re.compile(r"\b(?:since|in|from|during|by)?\s*" + _M + r"\s+(?P<y>\d{4})\b", re.IGNORECASE)),
    ("year", re.compile(r"\b(?:since|in|from|during|back in)\s+(?P<y>(?:19|20)\d{2})\b", re.IGNORECASE)),
    ("ago", re.compile(r"\b" + _N + r"\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.IGNORECASE)),
    ("yesterday", re.compile(r"\byesterday\b", re.IGNORECASE)),
    ("last_night", re.compile(r"\blast\s+night\b", re.IGNORECASE)),
    ("tonight", re.compile(r"\btonight\b", re.IGNORECASE)),
    ("this_part", re.compile(r"\bthis\s+(?P<part>morning|afternoon|evening)\b", re.IGNORECASE)),
    ("today", re.compile(r"\btoday\b", re.IGNORECASE)),
    ("tomorrow", re.compile(r"\btomorrow\b", re.IGNORECASE)),
    ("last_unit", re.compile(r"\blast\s+(?P<unit>week|weekend|month|year)\b", re.IGNORECASE)),
    ("next_unit", re.compile(r"\bnext\s+(?P<unit>week|weekend|month|year)\b", re.IGNORECASE)),
    (
        "weekday",
        re.compile(
            r"\b(?P<rel>last|next|this|on)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "season",
        re.compile(r"\b(?P<rel>last|this|next)\s+(?P<season>spring|summer|autumn|fall|winter)\b", re.IGNORECASE),
    ),
    ("since_month", re.compile(r"\bsince\s+" + _M + r"\b", re.IGNORECASE)),
    (
        "in_month",
        re.compile(
            r"\b(?:in|during|back\s+in|(?P<rel>last|this|next))\s+" + _M + r"\b(?!\s*,?\s*(?:of\s+)?\d)"
            r"(?!\s+(?:last|next|this)\s+year)(?!\s+\w+\s+years?\s+ago)",
            re.IGNORECASE,
        ),
    ),
]
_VAGUE = re.compile(
    r"\b(?:some\s+time\s+ago|a\s+while\s+(?:ago|back)|long\s+ago|back\s+when\b[^.]*|when\s+i\s+was\s+(?:young|a\s+kid|little|a\s+child)|once\s+upon\s+a\s+time|years\s+ago|ages\s+ago|the\s+other\s+day|at\s+some\s+point)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TimeMention:
    phrase: str
    span: tuple[int, int]
    when: datetime | None
    problem: str | None = None
    """Why ``when`` is None: ``"vague"`` or ``"invalid date"``."""


def _day(dt: datetime) -> datetime:
    return dt.replace(hour=0, minute=0, second=0, microsecond=0)


def _date(y: int, m: int, d: int) -> datetime | None:
    if not 1 <= m <= 12 or not 1 <= d <= monthrange(y, m)[1]:
        return None
    return datetime(y, m, d, tzinfo=timezone.utc)


def _shift_months(dt: datetime, months: int) -> datetime:
    total = dt.year * 12 + (dt.month - 1) + months
    y, m = divmod(total, 12)
    return dt.replace(year=y, month=m + 1, day=min(dt.day, monthrange(y, m + 1)[1]))


def _count(text: str) -> int:
    text = text.lower()
    return int(text) if text.isdigit() else NUMBERS.get(text, 1)


Resolved = tuple[datetime | None, str | None]
"""A time phrase's start (or None) and, when it has none, why ("invalid date", "vague")."""


def _checked(d: datetime | None) -> Resolved:
    return (d, None) if d else (None, "invalid date")


def _day_month_year(g: dict[str, str]) -> Resolved:
    """ "25 May, 2022" and "May 25, 2022": the two orders name the same groups."""
    return _checked(_date(int(g["y"]), MONTHS[g["month"].lower()[:3]], int(g["d"])))


def _ago(g: dict[str, str], today: datetime) -> Resolved:
    n, unit = _count(g["n"]), g["unit"].lower()
    if unit == "day":
        return today - timedelta(days=n), None
    if unit == "week":
        return today - timedelta(weeks=n), None
    if unit == "month":
        return _shift_months(today, -n), None
    return _shift_months(today, -12 * n), None


def _since_month(g: dict[str, str], now: datetime) -> Resolved:
    month = MONTHS[g["month"].lower()[:3]]
    year = now.year if month <= now.month else now.year - 1
    return _date(year, month, 1), None


def _unit(sign: int, g: dict[str, str], today: datetime) -> Resolved:
    """ "last/next week, weekend, month, year": the start of that unit."""
    unit = g["unit"].lower()
    if unit == "week":
        monday = today - timedelta(days=today.weekday())
        return monday + timedelta(weeks=sign), None
    if unit == "weekend":
        saturday = today - timedelta(days=today.weekday()) + timedelta(days=5)
        return saturday + timedelta(weeks=sign), None
    if unit == "month":
        return _shift_months(today.replace(day=1), sign), None
    return _date(today.year + sign, 1, 1), None


def _weekday(g: dict[str, str], today: datetime) -> Resolved:
    target = WEEKDAYS[g["wd"].lower()]
    rel = g["rel"].lower()
    delta = target - today.weekday()
    if rel == "last":
        delta = delta - 7 if delta >= 0 else delta
    elif rel == "next":
        delta = delta + 7 if delta <= 0 else delta
    elif rel == "on":
        delta = delta - 7 if delta > 0 else delta  # "on Monday" in a report of the past: the latest one
    return today + timedelta(days=delta), None


_AHEAD = re.compile(
    r"\b(?:will|'ll|shall|going\s+to|gonna|turn|turns|due|plan|plans|planning|hoping|hope|want|wants|starting|start|"
    r"starts|begin|begins|moving|leaving|flying|heading|off\s+to|booked|expecting|graduate|graduating|retire|"
    r"retiring|getting\s+married|marry|wedding\s+is)\b",
    re.IGNORECASE,
)
"""A clause about what is to come ("i turn 65 in june", "we're moving in september", "the baby is due in may"): a
month with no year is the next one, not the last."""


def _in_month(g: dict[str, str], today: datetime) -> Resolved:
    """ "in September", "last March", "next may": a month with no year. Read as the latest one that has begun
    ("i moved to leeds in september" said in December is this September; said in March, last year's), unless
    "next" (or "this" for a month still ahead) says it is to come: plans are read apart (``_upcoming``), so what
    reaches here is mostly a report of the past."""
    month = MONTHS[g["month"].lower()[:3]]
    rel = (g.get("rel") or "").lower()
    year = today.year if month <= today.month else today.year - 1
    if rel == "next" or (rel == "this" and month > today.month):
        year = today.year if month > today.month else today.year + 1
    elif rel == "last" and month == today.month:
        year -= 1
    return _date(year, month, 1), None


def _season(g: dict[str, str], today: datetime) -> Resolved:
    month = SEASONS[g["season"].lower()]
    rel = g["rel"].lower()
    year = today.year
    start = _date(year, month, 1)
    assert start is not None
    if rel == "last" and start >= today:
        year -= 1
    elif rel == "next" and start <= today:
        year += 1
    return _date(year, month, 1), None


_PART_HOURS = {"morning": 8, "afternoon": 14, "evening": 19}

# One resolver per kind of time phrase (``_PATTERNS``): the phrase's named groups, the day it was said (midnight)
# and the moment it was said → its start.
_RESOLVERS: dict[str, Callable[[dict[str, str], datetime, datetime], Resolved]] = {
    "iso": lambda g, today, now: _checked(_date(int(g["y"]), int(g["mo"]), int(g["d"]))),
    "dmy": lambda g, today, now: _day_month_year(g),
    "mdy": lambda g, today, now: _day_month_year(g),
    "my": lambda g, today, now: (_date(int(g["y"]), MONTHS[g["month"].lower()[:3]], 1), None),
    "year": lambda g, today, now: (_date(int(g["y"]), 1, 1), None),
    "since_month": lambda g, today, now: _since_month(g, now),
    "ago": lambda g, today, now: _ago(g, today),
    "yesterday": lambda g, today, now: (today - timedelta(days=1), None),
    "last_night": lambda g, today, now: (today - timedelta(days=1) + timedelta(hours=20), None),
    "tonight": lambda g, today, now: (today + timedelta(hours=20), None),
    "this_part": lambda g, today, now: (today + timedelta(hours=_PART_HOURS[g["part"].lower()]), None),
    "today": lambda g, today, now: (today, None),
    "tomorrow": lambda g, today, now: (today + timedelta(days=1), None),
    "last_unit": lambda g, today, now: _unit(-1, g, today),
    "next_unit": lambda g, today, now: _unit(1, g, today),
    "weekday": lambda g, today, now: _weekday(g, today),
    "season": lambda g, today, now: _season(g, today),
    "in_month": lambda g, today, now: _in_month(g, today),
}


def _resolve_one(kind: str, m: re.Match[str], now: datetime) -> Resolved:
    resolver = _RESOLVERS.get(kind)
    if resolver is None:  # pragma: no cover - every pattern kind has a resolver
        return None, "vague"
    try:
        return resolver(m.groupdict(), _day(now), now)
    except (OverflowError, ValueError):  # "99999 years ago": before year 1, no date a calendar holds
        return None, "invalid date"


def as_utc(dt: datetime) -> datetime:
    """``dt`` in UTC; a naive datetime is read as UTC already."""
    if dt.tzinfo is None or dt.tzinfo.utcoffset(dt) is None:
        return dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)


def resolve(text: str, observed_at: datetime) -> TimeMention | None:
    """The first temporal phrase in ``text`` resolved against ``observed_at`` (aware), or None."""
    best: tuple[int, str, re.Match[str]] | None = None
    for kind, pattern in _PATTERNS:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), kind, m)
    vague = _VAGUE.search(text)
    if vague and (best is None or vague.start() < best[0]):
        return TimeMention(vague.group(0).strip(), (vague.start(), vague.end()), None, "vague")
    if best is None:
        return None
    _, kind, m = best
    now = observed_at.astimezone(timezone.utc)
    if kind == "in_month" and not m.group("rel") and _AHEAD.search(text):
        when, problem = _in_month({**m.groupdict(), "rel": "next"}, _day(now))  # "i turn 65 in june": the next one
    else:
        when, problem = _resolve_one(kind, m, now)
    span = (m.start(), m.end())
    return TimeMention(m.group(0).strip(), span, when, problem)
