"""Dates and plans ahead, said so that an assistant can remind the speaker or plan around them: a birthday ("my
bday is next friday", "i was born on 3 march 1990"), a trip ("i'm flying to tokyo next week", "we're going to
lisbon for our honeymoon in may", "visiting my parents in ohio over christmas"), something booked or due ("i have
an exam on monday", "my thesis is due friday", "our wedding is in june", "the conference is next week"), training
for an event ("training for a marathon in april") and a child on the way ("we're expecting our second child in
march"), and the changes to them ("the trip is cancelled", "we pushed the wedding to october").

Why these are read this way, and what is not:

* The sentence is read before the clause reader takes its time phrase away, because the date is the point: a
  plan's date is resolved *forwards* from the turn's time ("on friday" is the coming friday, where ``_when`` reads
  a report of the past and takes the last one; "in may" said in december is next may) and kept **in the value**,
  absolute, beside what is planned: ``plans`` = "trip to tokyo (week of 2025-03-17)". ``valid_from`` stays the turn
  time, since the plan holds from when it was said; a future ``valid_from`` would make the reconciler read later
  statements as older ones. A recall of the plan can then say when, however long after it was said.
* Everything ahead goes to the multi-valued ``plans``: a second trip adds to the first. A cancellation is a
  negated ``plans`` naming the thing ("trip", "wedding"), which closes the current plans that name it; a date moved
  ("pushed the wedding to october") closes the old one and states the new one.
* ``birthday`` is single-valued and kept as the day ("march 3"; "march 3, 1990" with a year). A birth date does
  not set ``age``: an age is a snapshot the store cannot grow older, while the birthday keeps the year for a reader
  to count from.
* Only the speaker's own plans: "my sister is flying to rome" is hers, a question is never read, "if i went to
  japan" is a hypothetical, and "i went to tokyo last year" is the past (an ``event``, read elsewhere). A trip
  needs a place that is one: "i'm going to try that", "going to bed" or "heading to the gym" are not trips.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from ._lexicon import KIN, PLACES
from ._regex import _split, _sub
from ._when import MONTHS, NUMBERS, SEASONS, WEEKDAYS, as_utc

__all__ = ["might_plan", "upcoming"]

_CUES = frozenset(
    "birthday birthdays birthday's bday bday's b-day born flying fly flight flights heading headed off travelling "
    "traveling travel trip trips vacation holiday holidays honeymoon visiting exam exams test tests appointment "
    "appointments interview due wedding conference training expecting pregnant cancelled canceled called pushed "
    "postponed moved rescheduled going driving married cancel booked cruise entered leave depart marathon "
    "triathlon 5k 10k race surgery deadline graduation midterm midterms final finals "
    "prepping preparing signed registered planning "
    "concert recital tournament competition audition reunion presentation meeting hearing operation procedure scan "
    "checkup check-up gig performance".split()
)
"""(Every event of ``_EVENT`` but the everyday "party", "show" and "shift", which chit-chat names in passing.)"""


def might_plan(text: str) -> bool:
    """A cheap test run on every sentence before the anchored readings below: most chat names none of these words
    (a set of words, not an alternation: the regex scan of every position cost ~3 % of the extractor's time)."""
    return not _CUES.isdisjoint(text.lower().split())


_LEAD = re.compile(
    r"^(?:(?:btw|by\s+the\s+way|also|oh|and|so|fyi|just\s+so\s+you\s+know|just\s+fyi|ok|okay|well|anyway|actually|"
    r"hey|hi|yeah|yes|um|uh|ugh|omg|so\s+excited|heads\s+up|reminder|i\s+think|i\s+guess|i\s+believe|probably|maybe)[\s,:-]+)+",
    re.IGNORECASE,
)
_I = r"(?:i\s+am|we\s+are|my\s+(?:wife|husband|partner|fiance|fiancee|girlfriend|boyfriend)\s+and\s+i\s+are)"
_HAVE = r"(?:i|we)\s+(?:just\s+|finally\s+|already\s+)?(?:have\s+got|have\s+booked|have|got|booked|am\s+taking|are\s+taking|am\s+having|are\s+having)"
_MY = r"(?:my|our)"
_ORD = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DAYN = "|".join(WEEKDAYS)
_HOLIDAYS = {"christmas": (12, 25), "xmas": (12, 25), "new year's": (1, 1), "new years": (1, 1)}
_HOLIDAY_NAMES = r"christmas|xmas|thanksgiving|easter|new\s+year'?s|the\s+holidays|spring\s+break|the\s+long\s+weekend"

_TIME = (
    r"(?:(?:on|this|next|this\s+coming|coming)\s+)?(?P<wd>" + _DAYN + r")(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:on\s+|in\s+)?(?:the\s+)?" + _ORD + r"(?:\s+of)?\s+" + _MON + r"(?:,?\s+(?P<y1>\d{4}))?"
    r"|(?:on\s+|in\s+)?"
    + _MON.replace("mon>", "mon2>")
    + r"\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{4}))?"
    r"|(?:on\s+)?the\s+(?P<day3>\d{1,2})(?:st|nd|rd|th)"
    r"|(?:(?:in|for|this|next|early|late|mid|in\s+early|in\s+late|in\s+mid)[\s-]+)?"
    + _MON.replace("mon>", "mon3>")
    + r"(?:\s+(?P<y3>\d{4}))?"
    r"|(?P<rel>tomorrow|today|tonight|later\s+today|this\s+(?:morning|afternoon|evening))"
    r"|(?P<unitrel>next|this|later\s+this|this\s+coming)\s+(?P<unit>week|weekend|month|year)"
    r"|(?:in\s+|over\s+|this\s+|next\s+|in\s+the\s+|over\s+the\s+)(?P<season>spring|summer|autumn|fall|winter)"
    r"|in\s+(?P<n>\d+|a|an|one|two|three|four|five|six|a\s+few|a\s+couple\s+of)\s+(?P<nunit>day|week|month)s?"
    r"|(?:over|for|at|during|on)\s+(?P<hol>" + _HOLIDAY_NAMES + r")"
    r"|(?P<vague>soon|coming\s+up|later|shortly)"
)
_WHEN = r"(?P<when>" + _TIME + r")"
_WHEN_RE = re.compile(_WHEN, re.IGNORECASE)
_TAIL = r"(?:\s*,?\s+" + _WHEN + r")?(?:\s+(?:and\s+)?(?:i\s+am|we\s+are)\s+(?:so\s+)?(?:excited|nervous|stressed))?"

_EVENT = (
    r"(?:exams?|tests?|finals|final\s+exam|midterms?|quiz|interview|appointment|surgery|operation|procedure|"
    r"wedding|conference|presentation|meeting|deadline|recital|race|marathon|half\s+marathon|triathlon|concert|"
    r"graduation|party|check-?up|court\s+date|hearing|flight|trip|vacation|holiday|honeymoon|defen[cs]e|"
    r"tournament|competition|audition|performance|shift|scan|ultrasound|move|closing|exam\s+period|recital|"
    r"reunion|baby\s+shower|(?:birthday|engagement)\s+party|gig|show)"
)
_EVENT_NP = r"(?P<what>(?:[a-z'-]+\s+){0,3}?" + _EVENT + r")"

_BIRTHDAY = re.compile(
    r"^(?:my\s+)?(?:birthday|bday|b-day|birth\s+day|date\s+of\s+birth|dob)(?:'s|\s+is|\s+falls)?(?:\s+coming\s+up)?(?:\s+(?:on|in))?"
    r"\s+(?P<when>.+?)$"
    r"|^it(?:'s|\s+is)\s+my\s+(?:birthday|bday|b-day)\s+(?P<when2>today|tomorrow|on\s+.+|this\s+.+|next\s+.+)$"
    r"|^i\s+was\s+born\s+(?:on\s+)?(?P<born>(?:the\s+)?\d.+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d.*)$",
    re.IGNORECASE,
)
_TRIP = re.compile(
    rf"^{_I}\s+(?:(?:so\s+|finally\s+|also\s+)?(?P<verb>(?:flying\s+out|flying\s+back|flying|heading\s+out|heading\s+off|heading|headed|"
    r"off|travel+ing|driving|going\s+back|going|taking\s+a\s+trip|jetting\s+off)\s+to|leaving\s+for)"
    r")\s+(?P<place>[a-z][a-z' .-]*?)(?:\s+for\s+(?:a\s+|an\s+|my\s+|our\s+|the\s+)?(?P<why>[a-z' ]+?))?" + _TAIL + r"$"
    r"|^(?:i|we)\s+(?:leave|fly|fly\s+out|head\s+out|depart|take\s+off)\s+(?:for|to)\s+(?P<place3>[a-z][a-z' .-]*?)"
    r"\s*,?\s+" + _WHEN.replace("?P<", "?P<c_") + r"$"
    rf"|^{_I}\s+visiting\s+(?P<who>{_MY}\s+[a-z]+(?:\s+and\s+[a-z]+)?)\s+in\s+(?P<place2>[a-z][a-z' .-]*?)"
    + _TAIL.replace("?P<", "?P<b_")
    + r"$",
    re.IGNORECASE,
)
_TRIP_NOUN = re.compile(
    rf"^(?:{_MY}\s+(?:next\s+)?(?P<noun>flight|trip|vacation|holiday|honeymoon|cruise)\s+to\s+(?P<place>[a-z][a-z' .-]*?)"
    r"\s+(?:is|leaves|departs)\s+" + _WHEN + r"$"
    rf"|^{_HAVE}\s+(?:a|an|our|my)\s+(?P<noun2>flight|trip|vacation|holiday|cruise)\s+to\s+(?P<place2>[a-z][a-z' .-]*?)"
    + _TAIL.replace("?P<", "?P<b_")
    + r")$",
    re.IGNORECASE,
)
_PLANNING = re.compile(
    rf"^{_I}\s+(?:(?:also|now|currently|still|finally)\s+)?(?:planning|doing|going\s+on)\s+(?:a|an|our|my|the)\s+"
    r"(?P<noun>(?:(?:road|ski|camping|family|solo|little|long|short|big|beach|hiking|city|weekend|week-long|two-week)\s+)?"
    r"(?:trip|vacation|holiday|getaway|honeymoon|cruise|week|weekend|tour|trek|visit))\s+"
    r"(?P<prep>to|through|in|around|across)\s+(?P<place>[a-z][a-z' .-]*?)" + _TAIL.replace("?P<", "?P<b_") + r"$",
    re.IGNORECASE,
)
"""A trip said as planned: "we're planning a road trip through scotland this summer", "i'm planning a week in
lisbon": a plan made, whatever preposition leads to the place (a plan "to learn spanish" is a goal, read
elsewhere)."""
_TIME_WORD = r"(?:on|in|at|this|next|the|for|over|during|early|late|mid|tomorrow|tonight|today|later|soon)\b"
"""(What starts the time phrase, so it is not read as the second word of where an event is: "in paris on friday".)"""
_HAVE_EVENT = re.compile(
    rf"^{_HAVE}\s+(?:(?:a|an|my|our|the|another|two|three|big|huge|important)\s+)?{_EVENT_NP}"
    r"(?P<where>\s+(?:in|at)\s+(?!" + _TIME_WORD + r")[a-z][a-z'.-]*(?:\s+(?!" + _TIME_WORD + r")[a-z][a-z'.-]*)?)?"
    rf"\s*,?\s+{_WHEN}(?:\s+(?:and|so)\s+.*)?$",
    re.IGNORECASE,
)
_MY_EVENT = re.compile(
    rf"^(?:{_MY}|the)\s+{_EVENT_NP}(?:'s|\s+is|\s+will\s+be)\s+(?:on\s+|in\s+|at\s+)?{_WHEN}$",
    re.IGNORECASE,
)
_DUE = re.compile(
    rf"^(?:{_MY}|the)\s+(?P<what>(?:[a-z'-]+\s+){{0,2}}[a-z'-]+)\s+(?:is|are)\s+due\s+{_WHEN}$"
    rf"|^{_HAVE}\s+(?:a|an|my)\s+(?P<what2>(?:[a-z'-]+\s+){{0,2}}[a-z'-]+)\s+due\s+{_WHEN.replace('?P<', '?P<b_')}$",
    re.IGNORECASE,
)
_FRONT = re.compile(r"^(?P<t>" + _TIME + r")\s*,?\s+(?P<rest>(?:i|we|my|our)\s.*)$", re.IGNORECASE)
"""A time phrase said first ("next week i'm flying to tokyo"): read as if said last."""
_NOT_GOING = re.compile(
    rf"^{_I}\s+(?:not|no\s+longer)\s+(?:flying|going|heading|traveling|travelling|driving)\s+(?:back\s+)?to\s+"
    r"(?P<place>[a-z][a-z' .-]*?)(?:\s+(?:anymore|any\s+more|after\s+all))?$",
    re.IGNORECASE,
)
"""A trip given up ("i'm not flying to oslo anymore"): closes the trip to that place, a place by name only
("i'm not going to lie" names none)."""
_MARRIED = re.compile(rf"^{_I}\s+getting\s+married\s+{_WHEN}$", re.IGNORECASE)
_TRAINING = re.compile(
    rf"^(?:{_I}\s+(?:training|prepping|preparing|registered|signed\s+up)\s+for|(?:i|we)\s+(?:have\s+|just\s+)?"
    rf"(?:signed\s+up|registered|entered)\s+for|{_I}\s+(?:running|racing|doing|competing\s+in))\s+"
    r"(?:a|an|the|my|our|another)\s+"
    r"(?P<what>(?:[a-z0-9'-]+\s+){0,2}(?:marathon|half\s+marathon|triathlon|ironman|race|5k|10k|ultra|"
    r"century\s+ride|competition|tournament|meet|bar\s+exam|exam|match))" + _TAIL + r"$",
    re.IGNORECASE,
)
_EXPECTING = re.compile(
    rf"^(?:{_I}\s+expecting\s+(?:a|our|my|another)\s+(?:first\s+|second\s+|third\s+|fourth\s+|new\s+|little\s+)?"
    r"(?:child|baby|kid|son|daughter|boy|girl|twins|little\s+one|grandchild|grandbaby)"
    rf"|(?:i\s+am|my\s+(?:wife|partner|girlfriend)\s+is)\s+pregnant\s*,?\s*(?:and\s+)?(?:(?:she\s+is|i\s+am)\s+)?due"
    rf"|(?:i\s+am|we\s+are)\s+due)" + _TAIL + r"$",
    re.IGNORECASE,
)
_CANCELLED = re.compile(
    rf"^(?:{_MY}|the)\s+(?P<what>(?:[a-z'-]+\s+)?{_EVENT})(?:\s+to\s+[a-z ]+)?\s+(?:is|was|got|has\s+been|have\s+been)\s+"
    r"(?:cancel+ed|called\s+off|off)(?:\s+now|\s+after\s+all)?$"
    rf"|^(?:i|we)\s+(?:had\s+to\s+|just\s+)?(?:cancel+ed|cancel|called\s+off)\s+(?:{_MY}|the)\s+(?P<what2>(?:[a-z'-]+\s+)?{_EVENT})"
    r"(?:\s+to\s+[a-z ]+)?$",
    re.IGNORECASE,
)
_MOVED = re.compile(
    rf"^(?:i|we)\s+(?:have\s+)?(?:pushed|moved|postponed|rescheduled|bumped|pushed\s+back)\s+(?:{_MY}|the)\s+"
    rf"(?P<what>(?:[a-z'-]+\s+)?{_EVENT})\s+(?:back\s+)?(?:to|until|till)\s+{_WHEN}$"
    rf"|^(?:{_MY}|the)\s+(?P<what2>(?:[a-z'-]+\s+)?{_EVENT})\s+(?:got|was|has\s+been|is)\s+"
    rf"(?:pushed|moved|postponed|rescheduled|bumped|pushed\s+back)\s+(?:back\s+)?(?:to|until|till)\s+"
    + _WHEN.replace("?P<", "?P<b_")
    + r"$",
    re.IGNORECASE,
)

_NOT_PLACE = frozenset(
    "bed sleep work school class church the a an my your his her their our it that this there here try be do get "
    "make see have take buy need start stop work out home back college uni gym store shop mall office doctor "
    "dentist hospital kitchen bathroom party movies beach pool park bank lunch dinner breakfast".split()
)
_ROUTINE_HEAD = frozenset(
    "gym store shop mall office doctor dentist hospital kitchen bathroom bed work class school church lunch dinner "
    "breakfast bank park pool party movies bar pub library market supermarket grocery room toilet car".split()
)
_OCCASIONS = frozenset(
    "honeymoon vacation holiday holidays anniversary wedding conference work business trip weekend week christmas "
    "thanksgiving easter birthday reunion funeral spring break summer break the holidays a wedding".split()
)


_MONTH_NAMES = {v: k for k, v in MONTHS.items() if len(k) > 3 or k == "may"}
_MONTH_NAMES[9] = "september"


def _forward(y: int, m: int, d: int, today: datetime) -> datetime | None:
    """The next ``m``/``d`` on or after ``today`` (``y`` when given)."""
    try:
        if y:
            return datetime(y, m, d, tzinfo=timezone.utc)
        dt = datetime(today.year, m, d, tzinfo=timezone.utc)
        return dt if dt >= today else dt.replace(year=today.year + 1)
    except ValueError:
        return None


def _month_ahead(month: int, today: datetime, year: str | None) -> str:
    y = int(year) if year else (today.year if month >= today.month else today.year + 1)
    return f"{_MONTH_NAMES[month]} {y}"


def _date_label(groups: dict[str, str | None], now: datetime) -> str | None:
    """The time phrase's named groups → a date label read forwards from ``now`` ("2025-03-17", "week of …", "may
    2025"), or None when it names no date ("soon")."""
    today = as_utc(now).replace(hour=0, minute=0, second=0, microsecond=0)
    g: dict[str, str] = {k.removeprefix("b_").removeprefix("c_"): v for k, v in groups.items() if v}
    if g.get("wd"):
        delta = (WEEKDAYS[g["wd"].lower()] - today.weekday()) % 7 or 7  # the coming one, as ``_when`` reads "next"
        return (today + timedelta(days=delta)).date().isoformat()
    for day, mon, year in (("day", "mon", "y1"), ("day2", "mon2", "y2")):
        if g.get(day) and g.get(mon):
            dt = _forward(int(g.get(year) or 0), MONTHS[g[mon].lower()[:3]], int(g[day]), today)
            return dt.date().isoformat() if dt else None
    if g.get("day3"):
        d = int(g["day3"])
        for shift in range(3):
            m0 = (today.month - 1 + shift) % 12 + 1
            y0 = today.year + (today.month - 1 + shift) // 12
            dt = _forward(y0, m0, d, today) if d >= 1 else None
            if dt and dt >= today:
                return dt.date().isoformat()
        return None
    if g.get("mon3"):
        return _month_ahead(MONTHS[g["mon3"].lower()[:3]], today, g.get("y3"))
    if g.get("rel"):
        rel = g["rel"].lower()
        return (today + timedelta(days=1 if rel == "tomorrow" else 0)).date().isoformat()
    if g.get("unit"):
        unit, sign = g["unit"].lower(), 0 if "this" in g["unitrel"].lower() else 1
        monday = today - timedelta(days=today.weekday())
        if unit == "week":
            return f"week of {(monday + timedelta(weeks=sign)).date().isoformat()}"
        if unit == "weekend":
            sat = monday + timedelta(days=5, weeks=sign)
            return f"weekend of {sat.date().isoformat()}"
        if unit == "month":
            return _month_ahead((today.month - 1 + sign) % 12 + 1, today.replace(day=1), None)
        return str(today.year + sign)
    if g.get("season"):
        start = SEASONS[g["season"].lower()]
        ahead = today.year if start + 2 >= today.month else today.year + 1  # a season under way is this one
        return f"{g['season'].lower()} {ahead}"
    if g.get("n"):
        said = " ".join(g["n"].lower().split())
        n = int(said) if said.isdigit() else NUMBERS.get(said, 1)
        unit = g["nunit"].lower()
        if unit == "month":
            return _month_ahead((today.month - 1 + n) % 12 + 1, today, str(today.year + (today.month - 1 + n) // 12))
        try:
            return (today + timedelta(days=n * (7 if unit == "week" else 1))).date().isoformat()
        except OverflowError:  # "in 99999999 days": past year 9999, no date a calendar holds
            return None
    if g.get("hol"):
        hol = " ".join(g["hol"].lower().split())
        md = _HOLIDAYS.get(hol)
        if md:
            dt = _forward(0, md[0], md[1], today)
            return dt.date().isoformat() if dt else None
        return f"{hol} {today.year if today.month < 12 or hol != 'easter' else today.year + 1}"
    return None


def _dated(what: str, m: re.Match[str], now: datetime) -> str:
    label = _date_label(m.groupdict(), now)
    return f"{what} ({label})" if label else what


def _tidy(words: str) -> str:
    return " ".join(words.lower().replace("'s ", " ").split())


def _is_place(place: str, edited: str) -> bool:
    low = _sub(r"^the\s+", "", place.lower().strip())
    words = low.split()
    if not words or words[0] in _NOT_PLACE and low not in PLACES:
        return False
    return low in PLACES or f" {place.strip()}" in f" {edited}" and place.strip()[:1].isupper() or len(words) <= 3


def _birthday(m: re.Match[str], now: datetime) -> str | None:
    phrase = m.group("when") or m.group("when2") or m.group("born")
    t = _WHEN_RE.fullmatch(phrase.strip())
    if t is None:
        return None
    g = t.groupdict()
    if g.get("wd") or g.get("rel") or g.get("unit") or g.get("day3") or g.get("n"):
        label = _date_label(g, now)
        if not label or not label[:4].isdigit():
            return None
        dt = datetime.fromisoformat(label)
        return f"{_MONTH_NAMES[dt.month]} {dt.day}"
    for day, mon, year in (("day", "mon", "y1"), ("day2", "mon2", "y2")):
        if g.get(day) and g.get(mon):
            return f"{_MONTH_NAMES[MONTHS[g[mon].lower()[:3]]]} {int(g[day])}" + (f", {g[year]}" if g.get(year) else "")
    if g.get("mon3") and not m.group("born"):
        return _MONTH_NAMES[MONTHS[g["mon3"].lower()[:3]]]
    return None


_DROPPED_I = re.compile(
    r"(?:just\s+|finally\s+|also\s+)?(?:flying(?:\s+out|\s+back)?\s+to|heading(?:\s+out|\s+off)?\s+to|driving\s+to|"
    r"travel+ing\s+to|off\s+to|leaving\s+for|visiting\s+my|training\s+for)\s"
)
"""A plan said with its "i am" dropped, as chat does ("visiting my parents in ohio over christmas")."""


def upcoming(body: str, now: datetime) -> list[tuple[str, str, bool]]:
    """(key, value, negated) of the speaker's dates and plans ahead in one sentence ``body`` (contractions
    expanded, no end punctuation), read forwards from the turn time ``now``; [] when it says none."""
    whole = _one(body, body, now)  # "my wife is pregnant, due in august": a comma inside one reading
    if whole:
        return whole
    out: list[tuple[str, str, bool]] = []
    for part in _split(r"\s*[,;]\s+(?:and\s+|but\s+|so\s+)?|\s+(?:but|so)\s+", body):
        out.extend(_one(part, body, now))
    return out


def _one(part: str, edited: str, now: datetime) -> list[tuple[str, str, bool]]:
    text = _sub(r"(?:\s+(?:lol|haha+|lmao|yay|omg|ugh|!+|:\)))+$", "", _LEAD.sub("", part.strip()))
    if not might_plan(text):
        return []
    low = text.lower()
    if (front := _FRONT.match(low)) is not None:
        low = f"{front.group('rest')} {front.group('t')}"
    if _DROPPED_I.match(low):
        low = "i am " + low  # "flying to tokyo next week": chat drops the "i am" of a plan
    if (m := _BIRTHDAY.match(low)) is not None:
        day = _birthday(m, now)
        return [("birthday", day, False)] if day else []
    if (m := _MOVED.match(low)) is not None:
        what = _tidy(m.group("what") or m.group("what2"))
        what = _sub(r"^(?:my|our|the)\s+", "", what)
        return [("plans", what, True), ("plans", _dated(what, m, now), False)]
    if (m := _CANCELLED.match(low)) is not None:
        return [("plans", _sub(r"^(?:my|our|the)\s+", "", _tidy(m.group("what") or m.group("what2"))), True)]
    if (m := _NOT_GOING.match(low)) is not None:
        place = m.group("place").strip()
        return [("plans", f"trip to {place}", True)] if place in PLACES or _capitalised(place, edited) else []
    if (m := _TRIP.match(low)) is not None:
        place = (m.group("place") or m.group("place2") or m.group("place3") or "").strip()
        why = (m.group("why") or "").strip()
        when = m.group("when") or m.group("b_when") or m.group("c_when")
        if not _is_place(place, edited) or why and why.split()[-1] not in _OCCASIONS:  # ("my sister's wedding")
            return []
        if place.split()[-1] in ("every", "each"):
            return []  # "i fly to tokyo every monday": a habit, not a trip on the coming monday
        head = place.split()[-1]
        named = place in PLACES or _capitalised(place, edited)
        if head in _ROUTINE_HEAD or (not when or (m.group("verb") or "").startswith("going")) and not why and not named:
            return []  # "going to the circus tonight" is an outing; "going to cuba", "flying to denver friday" trips
        if m.group("who"):
            what = f"visit {_tidy(m.group('who')).split(' ', 1)[1]} in {place}"
        else:
            what = f"trip to {place}" + (f" for {why}" if why else "")
        return [("plans", _dated(what, m, now), False)]
    if (m := _TRIP_NOUN.match(low)) is not None:
        place = (m.group("place") or m.group("place2")).strip()
        noun = m.group("noun") or m.group("noun2")
        if not _is_place(place, edited):
            return []
        return [("plans", _dated(f"{noun.lower()} to {place}", m, now), False)]
    if (m := _PLANNING.match(low)) is not None:
        place = m.group("place").strip()
        if not _is_place(place, edited) or place.split()[-1] in ("every", "each"):
            return []
        return [("plans", _dated(f"{_tidy(m.group('noun'))} {m.group('prep').lower()} {place}", m, now), False)]
    if (m := _DUE.match(low)) is not None:
        if _theirs(m.group("what") or m.group("what2")):
            return []
        what = _tidy(m.group("what") or m.group("what2"))
        if what.split()[-1] in ("baby", "babies", "twins"):
            return [("plans", _dated("expecting a baby", m, now), False)]
        if what.split()[0] in ("rent", "it", "that", "this", "he", "she", "they", "bill", "bills"):
            return []
        return [("plans", _dated(f"{what} due", m, now), False)]
    if (m := _MY_EVENT.match(low) or _HAVE_EVENT.match(low)) is not None:
        if _theirs(m.group("what")):
            return []
        if m.group("vague") and m.re is _HAVE_EVENT and m.group("vague").lower() == "next":
            return []
        where = (m.groupdict().get("where") or "").strip()  # "a conference in singapore in two weeks": where it is
        if where and not _is_place(where.split(" ", 1)[1], edited):
            where = ""
        return [("plans", _dated(" ".join((_tidy(m.group("what")), where)).strip(), m, now), False)]
    if (m := _MARRIED.match(low)) is not None:
        return [("plans", _dated("wedding", m, now), False)]
    if (m := _TRAINING.match(low)) is not None:
        return [("plans", _dated(_tidy(m.group("what")), m, now), False)]
    if (m := _EXPECTING.match(low)) is not None:
        return [("plans", _dated("expecting a baby", m, now), False)]
    return []


def _theirs(what: str) -> bool:
    """Whether the event is a relative's ("my sister's wedding", "our son's recital"): not the speaker's plan."""
    first = what.split()[0]
    return first.endswith("'s") and first[:-2] in KIN


def _capitalised(place: str, edited: str) -> bool:
    """Whether ``place`` was written with a capital in the edited sentence ("Lisbon"): a name, so a place."""
    i = edited.lower().find(place)
    return i >= 0 and edited[i : i + 1].isupper()
