"""The regular shape of the speaker's days, which an assistant uses to plan and suggest: where and when they work,
how they get there, when they sleep, and the chores and calls they do every week.

An assistant is asked "do I work from home?", "how do I get to work?", "when do I usually wake up?", so each part
is kept under a key of its own, read from the clause before the verb handlers see it (they read "i work at …" as an
employer and "i go to bed …" as a thing liked):

* How one works: "i work from home", "i'm fully remote", "i work hybrid", "my job is remote", "my company made us go
  back to the office" → ``work_arrangement``, single-valued: one works one way at a time, so "we're back in the
  office" supersedes "remote". A day pattern said with it stays in the value ("from home on fridays").
* When one works: "i work nights", "i'm on the early shift", "i work 9 to 5", "i work weekends", "i'm part time
  now", "i work four days a week", "i switched to day shifts" → ``work_schedule``, single-valued: a new schedule
  replaces the old one (the other helper's ``_work`` reads the job and employer; this module never writes them).
* How one gets to work: "i take the train to work", "i bike to work", "i commute by bus", "i drive 40 minutes each
  way", "i take the tube" → ``commute``, single-valued: one way at a time. A bare "i take the bus" is a habit too
  (the present tense); "i take the bus to visit my mom" is not a commute and is left alone.
  "My commute is …" names it only with a length ("an hour each way"); "my commute is exhausting" writes nothing.
* Waking and sleeping: "i wake up at 6 every day", "i'm usually up at 5:30", "my alarm goes off at 5" →
  ``wake_time``; "i usually go to bed around 11", "i go to bed late", "lights out by 10" → ``bedtime``. Two
  single-valued keys, not one: a new bedtime must not wipe the wake time.
* Chores, errands and calls on a schedule: "i do groceries on sundays", "i call my mom every sunday", "i meal prep
  every sunday", "we do date night every friday" → ``routines``, many-valued (a new one adds). Only a closed set of
  chore and call verbs with a frequency said: the gym, church, sports and pastimes are ``hobbies``/``likes``, read
  by ``_outings`` and ``_pastimes``, and are not read again here.

Only the speaker's present habits count: the clause opens with "i"/"we" (or "my job/commute/alarm …"), in the
present tense, and carries no dated time (``dated``: "i work from home today" had "today" taken away by
``_when``). A past tense is one day ("i worked from home", "i took the train", "i went to bed late"); another
person's ("my wife works nights"), a question, a wish ("i wish i could work from home") and a request ("remind me
to wake up at 6") open otherwise and say nothing. A change cue closes the old value: "i no longer work from home",
"i used to work nights", "i do not work weekends anymore" write the value negated.
"""

from __future__ import annotations

import re

from ._lexicon import words
from ._rule_patterns import _CUE_TAIL

__all__ = ["RoutineFact", "routine_of"]

RoutineFact = tuple[str, str, bool]
"""(key, value, negated)."""

_ADV = (
    r"(?:(?:usually|normally|generally|typically|mostly|always|often|now|currently|still|just|also|basically|"
    r"actually|mainly|tend\s+to|pretty\s+much|fully|completely|100%|really|only)\s+)*"
)
_I = r"^(?:i|we)\s+" + _ADV
_NUM = (
    r"(?:\d{1,2}(?::\d\d|,\s\d\d\b)?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|noon|midnight)"
)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_FREQ = (
    rf"(?:every\s+(?:other\s+)?(?:day|morning|evening|night|week|weekend|weekday|{_WEEKDAY}|month)(?:\s+(?:morning|"
    rf"evening|night|afternoon))?|on\s+(?:{_WEEKDAY}s|weekends|weekdays|the\s+weekends?)|(?:once|twice|(?:two|three|"
    rf"four|five|\d)\s+times)\s+a\s+(?:day|week|month)|daily|weekly|nightly|each\s+(?:day|week|morning|evening|night|"
    rf"{_WEEKDAY})|most\s+(?:days|nights|mornings|evenings|weekends)|on\s+(?:weeknights|school\s+nights|work\s+days|workdays)|on\s+{_WEEKDAY}\s+(?:mornings|evenings|nights))"
)
_DAYS = r"(?:(?:one|two|three|four|five|six|\d)\s+days?\s+(?:a|per|each)\s+week)"
_PATTERN = rf"(?:{_FREQ}|{_DAYS}|(?:mon|tues|wednes|thurs|fri)days?\s+(?:to|through|thru|-)\s+\w+days?)"
"""A day pattern kept in a value: "on fridays", "three days a week", "monday to friday"."""

_CHANGE = r"(?P<ch>(?:no\s+longer|used\s+to|do\s+not|don't|dont|never)\s+)?"

_ARRANGED = re.compile(
    _I
    + _CHANGE
    + r"(?:(?:work|am\s+working|are\s+working|have\s+been\s+working|ve\s+been\s+working)\s+"
    + _ADV
    + r"(?P<x>from\s+home|remotely|remote|hybrid|from\s+(?:the|an|our)\s+office|in\s+(?:the|an|our)\s+office|"
    r"on-?site|in\s+person)|wfh)(?P<tail>.*)$",
    re.IGNORECASE,
)
"""How one works said with "work": "i work from home", "i work remotely", "we work hybrid", "i wfh"."""

_ARRANGED_BE = re.compile(
    r"^(?:(?:i|we)\s+(?:am|are)|my\s+(?:job|work|role|position|team|company|office)\s+is|(?:it|we)\s+(?:is|are)\s+"
    r"all)\s+"
    + _ADV
    + r"(?:(?:now|back)\s+)?"
    + _ADV
    + r"(?P<x>remote|hybrid|wfh|working\s+from\s+home|work\s+from\s+home|in\s+the\s+office|back\s+in\s+the\s+office|"
    r"office[\s-]based|on-?site|in[\s-]person)(?P<tail>.*)$",
    re.IGNORECASE,
)
"""How one works said with "be": "i'm fully remote", "we're hybrid now", "my job is remote"."""

_BACK_TO_OFFICE = re.compile(
    r"^(?:(?:my|our)\s+(?:company|job|work|employer|boss|office|firm|manager)\s+(?:made|makes|is\s+making|forced|"
    r"wants)\s+(?:us|me|everyone)\s+(?:to\s+)?|(?:i|we)\s+" + _ADV + r"(?:had\s+to|have\s+to|got\s+called|were\s+"
    r"called|was\s+called|went|returned|are\s+going|am\s+going|have\s+gone|are)\s+)(?:go\s+|come\s+|return\s+)?"
    r"back\s+(?:to|in|into)\s+(?:the|an)\s+office(?P<tail>.*)$",
    re.IGNORECASE,
)
"""A return to the office: "my company made us go back to the office", "we had to go back to the office"."""

_INTO_OFFICE = re.compile(
    _I
    + r"(?:go|come|commute)\s+(?:in(?:to)?\s+)?(?:the|an|our)\s+office\s+(?P<d>"
    + _DAYS
    + r"|"
    + _FREQ
    + r"|(?:once|twice)\s+a\s+week)",
    re.IGNORECASE,
)
"""Office days said: "i go into the office twice a week" (the rest from home): hybrid."""

_WENT = re.compile(
    _I + r"(?:(?:have|ve)\s+)?(?:switched|moved|went|gone|changed|transitioned|started|started\s+working|"
    r"switched\s+over)\s+(?:back\s+)?(?:to\s+)?(?:working\s+)?" + _ADV + r"(?P<x>.+)$",
    re.IGNORECASE,
)
"""A change said: "i switched to day shifts", "we went fully remote", "i went part time"."""

_SHIFT = (
    r"(?:(?:the\s+)?(?:early|late|night|day|morning|evening|afternoon|graveyard|overnight|swing|weekend|double|"
    r"rotating|split|(?:8|10|12|eight|ten|twelve)[\s-]hour?)\s+shifts?|shift\s+work|nights|days|evenings|"
    r"mornings|weekends|weekdays|overnights|mon(?:day)?\s*(?:-|to|through|thru)\s*fri(?:day)?|part[\s-]time|full[\s-]time|overtime|nine\s+to\s+five|9\s*(?:-|to)\s*5|"
    rf"{_NUM}\s+(?:to|till|until|-)\s+{_NUM}|(?:(?:about|around|like|over|roughly|almost)\s+)?(?:\d{{1,2}}|forty|thirty|twenty|fifty|sixty)\s+hours?\s+(?:a|per)\s+"
    rf"(?:week|day)|{_DAYS})"
)
_SCHEDULED = re.compile(
    _I
    + _CHANGE
    + r"(?:work|am\s+working|have\s+been\s+working|ve\s+been\s+working)\s+"
    + _ADV
    + rf"(?P<x>{_SHIFT}(?:\s*,?\s*(?:and\s+)?(?:{_SHIFT}|{_PATTERN}))*)(?P<tail>.*)$",
    re.IGNORECASE,
)
"""When one works said with "work": "i work nights", "i work 9 to 5", "i work four days a week"."""

_SCHEDULED_BE = re.compile(
    r"^i\s+am\s+"
    + _ADV
    + r"(?:(?:now|back)\s+)?(?:on\s+)?"
    + _ADV
    + r"(?P<x>(?:the\s+)?(?:early|late|night|day|morning|evening|afternoon|graveyard|overnight|swing|weekend)\s+"
    r"shifts?|nights|days|part[\s-]time|full[\s-]time|on\s+call)(?P<tail>.*)$",
    re.IGNORECASE,
)
"""When one works said with "be": "i'm on the early shift", "i'm part time now", "i'm on nights"."""

_MODES = {
    "train": "train", "trains": "train", "tube": "tube", "subway": "subway", "metro": "metro", "bus": "bus",
    "buses": "bus", "ferry": "ferry", "tram": "tram", "underground": "tube", "shuttle": "shuttle", "bike": "bike",
    "bicycle": "bike", "cycle": "bike", "car": "car", "foot": "on foot", "scooter": "scooter", "motorbike":
    "motorbike", "motorcycle": "motorbike", "carpool": "carpool", "transit": "public transit", "light": "light rail",
}  # fmt: skip
_MOVES = {
    "bike": "bike", "cycle": "bike", "ride": "bike", "walk": "walk", "drive": "drive", "run": "run", "carpool":
    "carpool", "scooter": "scooter", "skate": "skate",
}  # fmt: skip
_DEST = r"(?:work|the\s+office|my\s+(?:job|office|work)|campus|class|uni|university|college|school)"
_LEN = (
    r"(?:(?:an?|half\s+an|\d+(?:\.\d+)?|one|two|three|ten|fifteen|twenty|thirty|forty|forty-five|fifty|sixty)\s+"
    r"(?:minutes?|mins?|hours?|hrs?|miles?|km|kilometers?|kilometres?))"
)
_TAKE = re.compile(
    _I + _CHANGE + r"(?:take|catch|ride|get|use)\s+(?:the|a)\s+(?P<m>train|tube|subway|metro|bus|ferry|tram|"
    r"underground|shuttle|light\s+rail)(?P<tail>(?:\s+(?:to|into|in\s+to)\s+"
    + _DEST
    + r")?(?:\s+"
    + _LEN
    + r"\s+each\s+way)?(?:\s+"
    + _FREQ
    + r")?)\s*$",
    re.IGNORECASE,
)
"""Transit taken by habit: "i take the train to work", "i take the tube", "i catch the bus every day"."""
_MOVE = re.compile(
    _I
    + _CHANGE
    + r"(?P<v>bike|cycle|ride\s+(?:my|a)\s+bike|walk|drive|carpool|scooter)\s+(?:(?:to|into|in\s+to)\s+"
    + _DEST
    + r"|(?P<len>"
    + _LEN
    + r")\s+(?:each\s+way|to\s+"
    + _DEST
    + r"|one\s+way))(?P<tail>.*)$",
    re.IGNORECASE,
)
"""A way of going to work: "i bike to work", "i walk to the office", "i drive 40 minutes each way"."""
_COMMUTE = re.compile(
    _I
    + _CHANGE
    + r"commute\s+(?:(?:by|on|via)\s+(?:a\s+|my\s+|the\s+)?(?P<m>\w+)|(?P<len>"
    + _LEN
    + r")(?:\s+each\s+way|\s+a\s+day|\s+one\s+way)?)(?P<tail>.*)$",
    re.IGNORECASE,
)
"""The commute said by name: "i commute by bike", "i commute on the train", "i commute an hour each way"."""

_MY_COMMUTE = re.compile(
    rf"^my\s+(?:daily\s+)?commute\s+(?:is|takes)\s+(?:(?:about|around|like|only|just)\s+)?(?P<x>(?:an?\s+)?{_LEN}"
    r"(?:\s+(?:each|one)\s+way|\s+(?:walk|drive|bike\s+ride|ride|train\s+ride|bus\s+ride))?)(?P<tail>.*)$",
    re.IGNORECASE,
)
"""The commute said as a length: "my commute is an hour each way", "my commute takes 20 minutes"."""

_TIME = (
    rf"(?:(?:at|around|about|by|before|after|at\s+around|at\s+about|sometime\s+around)\s+{_NUM}(?:\s+o'?clock)?"
    rf"|{_NUM}(?:\s*(?:am|pm))|early|late|super\s+early|really\s+early|really\s+late|very\s+early|very\s+late|at\s+"
    r"(?:dawn|sunrise)|before\s+(?:dawn|sunrise)|after\s+midnight)"
)
_WAKE = re.compile(
    _I
    + _CHANGE
    + r"(?:wake\s+up|wake|get\s+up|rise|am\s+"
    + _ADV
    + r"(?:up|awake)|get\s+out\s+of\s+bed|have\s+to\s+(?:wake\s+up|"
    rf"get\s+up))\s+{_ADV}(?P<t>{_TIME})(?P<tail>.*)$",
    re.IGNORECASE,
)
"""A wake time: "i wake up at 6 every day", "i'm usually up at 5:30", "i get up early"."""
_ALARM = re.compile(
    r"^(?P<riser>i\s+am\s+(?:an?\s+)?(?:early|late)\s+(?:riser|bird))$|"
    rf"^my\s+alarm\s+(?:usually\s+|always\s+)?(?:goes\s+off|is\s+set\s+for|rings)\s+(?P<t>(?:at\s+)?{_NUM}(?:\s+"
    r"o'?clock)?)(?P<tail>.*)$",
    re.IGNORECASE,
)
_BED = re.compile(
    r"^(?:(?:i|we)\s+"
    + _ADV
    + _CHANGE
    + r"(?:go\s+to\s+(?:bed|sleep)|get\s+to\s+bed|fall\s+asleep|hit\s+the\s+(?:sack|"
    r"hay)|turn\s+in|am\s+"
    + _ADV
    + r"in\s+bed|go\s+to\s+sleep|sleep|am\s+asleep)|"
    + _ADV
    + r"(?:lights\s+out|in\s+bed))\s+"
    rf"{_ADV}(?P<t>{_TIME})(?P<tail>.*)$",
    re.IGNORECASE,
)
"""A bedtime: "i usually go to bed around 11", "i go to bed late", "lights out by 10", "in bed by 10"."""

_CHORES = re.compile(
    r"^(?:i|we)\s+" + _ADV + r"(?P<x>(?:do|get)\s+(?:the\s+|my\s+|our\s+)?(?:groceries|grocery\s+shopping|"
    r"food\s+shopping|shopping|laundry|washing|cleaning|meal\s+prep|chores|housework|ironing|dishes|vacuuming|"
    r"date\s+night|family\s+dinner|pizza\s+night|movie\s+night|game\s+night|taco\s+tuesday)|(?:go\s+)?grocery\s+"
    r"shop(?:ping)?|go\s+(?:food\s+)?shopping|meal[\s-]?prep|clean\s+(?:the|my|our)\s+\w+|mow\s+the\s+lawn|"
    r"(?:call|phone|ring|visit|see|facetime|skype|video\s+call|text)\s+(?:my|our)\s+\w+(?:\s+and\s+(?:my\s+)?"
    r"\w+)?|have\s+(?:dinner|lunch|brunch|breakfast)\s+with\s+(?:my|our)\s+\w+|(?:take|walk|pick\s+up|drop\s+"
    r"off)\s+(?:my|our|the)\s+(?:kids?|son|daughter|children|dog|dogs)(?:\s+(?:to|at|from)\s+\w+)?|water\s+the\s+"
    rf"plants)\s+(?P<f>{_FREQ})\s*$",
    re.IGNORECASE,
)
"""A chore, errand or call on a schedule: "i do groceries on sundays", "i call my mom every sunday"."""

_AT = re.compile(r"^at\s+(?=\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)", re.I)
_ONE_OFF_TAIL = re.compile(r"\b(?:today|tonight|tomorrow|yesterday|this\s+(?:morning|week|evening)|last\s+night)\b")
_DONE = re.compile(rf"^\s*(?:now|anymore|any\s*more|these\s+days|lately|{_FREQ}|{_PATTERN}|for\s+work|[,.!]|\s)*$")
_WORK_CUES = words("work working wfh remote hybrid office shift shifts nights weekends part full part-time full-time")
_GOING_CUES = words(
    "commute bike cycle carpool drive scooter train trains tube subway metro bus ferry tram underground shuttle"
)
_SLEEP_CUES = words("wake awake up alarm riser bed sleep asleep lights sack hay")
_FREQ_CUES = words(
    """every daily weekly nightly twice once times sundays saturdays mondays tuesdays wednesdays thursdays fridays
    weekends weekdays"""
)
_CUES = _WORK_CUES | _GOING_CUES | _SLEEP_CUES | _FREQ_CUES
"""Words one of the frames needs: a clause with none of them (most clauses) is not read further."""
_OPENERS = ("i ", "we ", "my ", "our ", "lights ", "in bed ", "usually ", "always ")
_PUNCT = str.maketrans(",.!?;:", "      ")


def _norm(raw: str) -> str:
    """Lower-case, one space, "-" for "part time" spellings."""
    return re.sub(r"\s+", " ", raw.lower()).strip(" ,")


def _arrangement(raw: str) -> str:
    x = _norm(raw).removeprefix("back ")
    if x in {"remotely", "wfh"} or x.endswith("from home") and x.startswith("work"):
        return "remote" if x == "remotely" else "from home"
    if x.startswith(("in the", "in an", "in our", "from the", "from an", "from our", "office", "on")) and "person" \
            not in x:  # fmt: skip
        return "in the office"
    return "in person" if "person" in x else x


def _day_pattern(tail: str) -> str:
    m = re.match(rf"\s*,?\s*(?P<p>{_PATTERN})", tail, re.IGNORECASE)
    return " " + _norm(m.group("p")) if m else ""


def _ended(m: re.Match[str]) -> bool:
    return bool(m.groupdict().get("ch")) or "anymore" in m.group(0).lower() or "any more" in m.group(0).lower()


_CHANGED = re.compile(
    r"^(?:i|we)\s+(?:have\s+|'ve\s+)?(?:just\s+|finally\s+|recently\s+|officially\s+)?(?:switched|moved|went|gone|"
    r"changed|transitioned|started|began|shifted|returned|got\s+moved|got\s+switched|had\s+to\s+(?:go|move|switch))\b",
    re.IGNORECASE,
)
"""A change of routine said with its date ("i went full-time in january", "we switched to nights last week"): the
date is when the new routine began, not a one-off day."""


def routine_of(text: str, dated: bool = False) -> tuple[list[RoutineFact], bool]:
    """(key, value, negated) facts of a speaker's clause in one of the frames of the module docstring, and whether
    the clause was read in full (the verb handlers then skip it); ``dated`` says a one-off time was taken away
    (unless the clause says a change began then: :data:`_CHANGED`)."""
    low = text.lower()
    if (dated and not _CHANGED.match(low)) or not low.startswith(_OPENERS):
        return [], False
    seen = set(low.translate(_PUNCT).split())
    if _CUES.isdisjoint(seen) or _ONE_OFF_TAIL.search(low):
        return [], False
    work, going, sleep = (not cues.isdisjoint(seen) for cues in (_WORK_CUES, _GOING_CUES, _SLEEP_CUES))
    going = going or work
    if not (work or going or sleep):  # (a frequency alone: only a chore or call can be said)
        m = _CHORES.match(text.strip(" ,."))
        return ([("routines", f"{_norm(m.group('x'))} {_norm(m.group('f'))}", False)], True) if m else ([], False)
    t = text.strip(" ,.")  # (not _CUE_TAIL for work: "full time" and "now" are what some of these say)
    cut = _CUE_TAIL.sub("", t).strip(" ,.")  # ("i ride the bus instead")
    found: list[RoutineFact] = []
    m = (_ARRANGED.match(t) or _ARRANGED_BE.match(t)) if work else None
    if m:
        found.append(
            ("work_arrangement", _arrangement(m.group("x") or "wfh") + _day_pattern(m.group("tail")), _ended(m))
        )
    elif work and (m := _BACK_TO_OFFICE.match(t)):
        found.append(("work_arrangement", "in the office", False))
    elif work and (m := _INTO_OFFICE.match(t)):
        return [("work_arrangement", f"hybrid, in the office {_norm(m.group('d'))}", False)], True
    elif work and (m := _SCHEDULED.match(t) or _SCHEDULED_BE.match(t)):
        value = (
            _norm(m.group("x")).removeprefix("the ").replace("part time", "part-time").replace("full time", "full-time")
        )
        if value != "days" or _ended(m) or "shift" in low or not m.group("tail").strip():
            found.append(("work_schedule", value + _day_pattern(m.group("tail")), _ended(m)))
    elif work and (m := _WENT.match(t)):
        rest = m.group("x")
        sub = (
            _ARRANGED_BE.match("i am " + rest)
            or _ARRANGED.match("i work " + rest)
            or _SCHEDULED_BE.match("i am " + rest)
            or _SCHEDULED.match("i work " + rest)
        )
        if sub and sub.group("x"):
            key = "work_arrangement" if sub.re in (_ARRANGED_BE, _ARRANGED) else "work_schedule"
            value = (
                _arrangement(sub.group("x"))
                if key == "work_arrangement"
                else _norm(sub.group("x")).removeprefix("the ")
            )
            return [(key, value, False)], _DONE.match(sub.group("tail")) is not None
        return [], False
    elif going and (m := _TAKE.match(cut)):
        found.append(("commute", _MODES[_norm(m.group("m")).split()[0]] + _length(m.group("tail")), _ended(m)))
    elif going and (m := _MOVE.match(cut)):
        verb = _norm(m.group("v")).split()[0]
        found.append(("commute", _MOVES.get(verb, verb) + _length(m.group(0)), _ended(m)))
    elif going and (m := _COMMUTE.match(cut)):
        said = _norm(m.group("m") or "")
        mode = _MODES.get(said, _MODES.get(said.removesuffix("s"), ""))
        value = mode + _length(m.group(0)) if mode or m.group("len") else ""
        if value:
            found.append(("commute", value.strip(", "), _ended(m)))
    elif sleep and (m := _WAKE.match(cut) or _ALARM.match(cut)):
        said = m.group("t") or ("early" if "early" in low else "late")  # ("i'm an early riser")
        found.append(("wake_time", _when_said(said), _ended(m)))
    elif going and (m := _MY_COMMUTE.match(cut)):
        found.append(("commute", _norm(m.group("x")), False))
    elif low.startswith(("my commute ", "my daily commute ")):
        return [], True  # "my commute is exhausting" describes it: no way or length of going is named
    elif sleep and (m := _BED.match(cut)):
        found.append(("bedtime", _when_said(m.group("t")), _ended(m)))
    elif m := _CHORES.match(cut):
        return [("routines", f"{_norm(m.group('x'))} {_norm(m.group('f'))}", False)], True
    if not found:
        return [], False
    tail = _CUE_TAIL.sub("", (m.groupdict().get("tail") if m else "") or "")
    if " an office" in low:  # "i work in an office" also says where they work: the verb handlers read that too
        return found, False
    return found, _DONE.match(tail) is not None or tail.lstrip().lower().startswith(("to ", "each way"))


def _length(text: str) -> str:
    m = re.search(_LEN + r"(?:\s+(?:each|one)\s+way)?", text, re.IGNORECASE)
    return f", {_norm(m.group(0))}" if m else ""


def _when_said(raw: str) -> str:
    """The time as said, without a leading "at" ("at 6": "6"; "around 11" stays; "5, 30" is "5:30" again)."""
    said = _AT.sub("", re.sub(r"(?<=\d), (?=\d\d)", ":", raw.strip()))
    return _norm(said)
