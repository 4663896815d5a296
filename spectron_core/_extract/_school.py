"""Schooling said in passing: the school one is in, said through a graduation still to come ("i will graduate from
high school in two years", "i have not graduated high school yet"), through something done there ("i'm on the swim
team in high school"), or through a grade level said as a word ("in the third grade", "a 3rd grader", "in grade 3");
the school one has left ("i went to vet school", "i attended law school once", "i was studying chemistry when …");
and a change of school ("i transferred to a state university", "i transferred to ohio state this fall", "i'm back in
school", "i quit college"). After "transferred to", a state's name stands for its university ("to michigan") and a
name ending in state/tech/college names a school; a country, an office, a shift or "for my job" does not.

Why it is read that way:

- ``school`` holds one value, where or at what level the speaker studies *now*; ``education`` holds many, what was
  studied and where. A graduation that has not happened yet names the school the speaker is in; one that has
  (``_predicates._h_graduate``) ends it.
- A past "went to X school" / "attended X" is ``education`` (history: degrees and schools accumulate), never a
  ``school``, and it does not close the current ``school``, not even when it names the same one. The reconciler
  ends whatever current value shares the negated value's words, so a closing "vet school" would also end
  "graduated from vet school", and "college" would end "community college"; a present statement ("i'm at …", "i
  graduated …", "i transferred to …") is what changes the school.
- A school one wants or plans to go to ("i want to go to college", "my goal is law school") is a goal, read by the
  wish handlers (``goals``/``plans``), never a ``school``: the clauses read here all say the speaker is in a school
  now or was in one. A wish to finish a school counts only with a time said ("i want to finish high school in two
  years": a date for the end of what one is in); without it, it may be the wish of someone who left.
- A grade level has one form, the ordinal in digits ("3rd grade"), however it is said, so that "third grade" and
  "3rd grade" are one value and "4th grade" supersedes it. A grade one will be in soon names the one before it ("i
  will be in fourth grade soon": in 3rd grade now).
- Only the clause's own subject counts (its grammar decides whose school it is: "my son is in middle school" is
  the son's, read elsewhere); plural subjects and negations say nothing here, except "not … yet", which says the
  graduation is still to come.
"""

from __future__ import annotations

import re
from datetime import timedelta

from ._lexicon import US_STATES
from ._predicates import _lower, _school_left, noun_phrase
from ._regex import _match
from ._rule_clause import _Clause
from ._work import _DEGREE_KIND

__all__ = ["grade_form", "school_said"]

_TRIGGER = re.compile(
    r"gradu|finish|school|college|universit|\buni\b|grade|transfer|attend|studying|majoring|\bquit\b|degree|"
    r"\bstate\b|\btech\b|academy|institute|"
    r"diploma|master|bachelor|\bphd\b|\bmba\b"
)
"""A cheap scan first: most clauses say nothing of school."""

_LEVEL = (
    r"(?:(?:(?:high|middle|grade|elementary|primary|secondary|grad(?:uate)?|law|med(?:ical)?|nursing|vet(?:erinary)?|"
    r"business|art|film|music|culinary|cooking|beauty|trade|dental|pharmacy|community|boarding|night|catholic|public|"
    r"private|state|online|technical|tech|language|drama|acting|dance|flight|police|cosmetology|divinity|theology|"
    r"engineering|architecture|design|fashion|summer|sunday)\s+)?(?:school|college|university|uni|academy)|"
    r"high\s*school|junior\s+high|kindergarten|preschool)"
)
"""A school named by its level or kind ("high school", "vet school", "a state university")."""

_SCHOOL = re.compile(
    r"^(?:(?:the|a|an|my)\s+)?(?P<v>(?:[a-z][\w'-]*\s+){0,3}?"
    + _LEVEL
    + r"(?:\s+of\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)?)"
    r"(?=\s|$|[,.!?])",
    re.IGNORECASE,
)
"""A school phrase at the start of a remainder: "high school", "a state university", "the university of iowa"."""

_GENERIC = re.compile(r"^(?:the\s+|a\s+|an\s+|my\s+)?" + _LEVEL + r"$", re.IGNORECASE)

_SOON = (
    r"(?:in\s+(?:(?:a|one|two|three|four|five|six|\d+|a\s+couple(?:\s+of)?|a\s+few|another|\d+\s+more|"
    r"(?:two|three|four|five|six)\s+more)\s+)?(?:years?|months?|weeks?|semesters?)|soon|next\s+\w+|this\s+"
    r"(?:year|spring|summer|fall|autumn|winter|semester|month|june|may)|in\s+(?:may|june|december|the\s+spring|"
    r"the\s+fall|the\s+summer|the\s+winter|a\s+while)|at\s+the\s+end\s+of\s+(?:the|this)\s+(?:year|semester|term))"
)
_SOON_RE = re.compile(r"\b" + _SOON + r"\b", re.IGNORECASE)

_PENDING = re.compile(
    r"^(?P<aux>will\s+(?:be\s+)?|(?:am|is)\s+(?:going\s+to|gonna|about\s+to|due\s+to|set\s+to|finally\s+)?\s*"
    r"(?:(?:so|really|very|super)\s+)?(?:(?:ready|excited|eager|happy|scheduled|supposed)\s+to\s+)?|"
    r"(?:can(?:not|'t|t|\s+not)\s+wait|want|wants|hope|plan|need|have)\s+(?:(?:so\s+)?(?:badly|bad)\s+)?to\s+|"
    r"have\s+not\s+(?:even\s+|yet\s+)?|has\s+not\s+(?:even\s+|yet\s+)?)?"
    r"(?P<verb>graduate|graduates|graduating|graduated|finish|finishing|finished)\s+(?P<rest>.*)$",
    re.IGNORECASE,
)
"""A graduation to come: "will graduate from high school", "am graduating college", "have not graduated … yet"."""

_TEAM = re.compile(
    r"^am\s+(?:(?:on|in)\s+(?:the\s+|a\s+|my\s+)?(?:[\w'-]+\s+){0,2}?(?:team|squad|band|choir|club|orchestra|council|"
    r"newspaper|yearbook|musical|play|society|program)|(?:the\s+|a\s+)?(?:captain|president|quarterback|"
    r"cheerleader|valedictorian)(?:\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+)?)\s+(?:in|at)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
"""Something done at school now: "am on the swim team in high school", "am in the band at my college"."""

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12,
}  # fmt: skip
_NUMBER = r"(?:\d{1,2}(?:st|nd|rd|th)?|" + "|".join(_ORDINALS) + r")"
_GRADE = re.compile(
    r"^(?:(?:the|my)\s+)?(?P<n>" + _NUMBER + r")[\s-]+grade(?:r|rs)?\b|^grade\s+(?P<m>\d{1,2}|[a-z]+)\b",
    re.IGNORECASE,
)
_GRADE_LEAD = re.compile(
    r"^(?P<will>will\s+(?:be\s+)?|am\s+going\s+to\s+be\s+|am\s+gonna\s+be\s+)?(?:am\s+)?(?:(?:only|just|now|still|"
    r"currently)\s+)*(?:in\s+|an?\s+(?=" + _NUMBER + r"[\s-]+grader))(?P<g>.+)$",
    re.IGNORECASE,
)
"""A grade said as where one is ("am in the third grade", "am a 3rd grader") or will soon be ("will be in 4th
grade soon")."""


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def grade_form(text: str) -> tuple[str, int] | None:
    """ "third grade", "the 3rd grade", "grade 3", "a 3rd grader" → ("3rd grade", 3); None when no grade is said
    at the start of ``text`` (or the number is no school grade)."""
    m = _GRADE.match(text)
    if m is None:
        return None
    word = (m.group("n") or m.group("m")).lower()
    digits = re.sub(r"(?:st|nd|rd|th)$", "", word)
    n = int(digits) if digits.isdigit() else _ORDINALS.get(word, 0)
    return (f"{_ordinal(n)} grade", n) if 1 <= n <= 12 else None


def _school_in(rest: str) -> str:
    """The school named at the start of ``rest`` ("high school in two years" → "high school"), or ""."""
    m = _SCHOOL.match(rest.strip())
    return noun_phrase(m.group("v")) if m else ""


def school_said(c: _Clause, p: str) -> bool:
    """Read the clause's predicate ``p`` (subject and adverbs removed, before any negation is read) for schooling
    said in passing; True when it wrote the clause's facts (nothing else is to be read from it)."""
    low = p.lower()
    if c.plural or not _TRIGGER.search(low):
        return False
    return (
        _pending(c, p)
        or _grade(c, p)
        or _attending(c, p)
        or _done_there(c, p)
        or _past(c, p)
        or _changed(c, p)
        or _degree_held(c, p)
    )


_SCHOOL_NAME = r"(?:[a-z][\w.'&-]*\s+){1,3}?(?:state|university|college|tech|polytechnic|institute|academy)"
"""A school said by its name: "ohio state", "boston college", "georgia tech", "a state university"."""
_ATTENDING = re.compile(
    r"^(?:(?:go|goes|attend|attends|am\s+(?:going|attending))\s+(?:to\s+)?(?:the\s+|a\s+|an\s+)?"
    r"(?P<named>" + _SCHOOL_NAME + r")|am\s+(?:in|at)\s+(?:a\s+|an\s+)?(?P<kind>" + _LEVEL + r"))"
    r"(?:\s+(?:now|right\s+now|currently|these\s+days|full[\s-]time|part[\s-]time|too|lol|haha|actually))*$",
    re.IGNORECASE,
)
"""Where the speaker studies now, said as going to a named school ("i go to ohio state", "i attend Boston
College") or being in a kind of school ("i'm in vet school right now"): the whole clause, so "ohio state games"
or "the state fair" is no school."""


def _attending(c: _Clause, p: str) -> bool:
    """ "go to ohio state", "attend a state university", "am in vet school (now)": the ``school`` now."""
    m = _ATTENDING.match(p.strip(" .!"))
    if m is None or c.negated or (c.when is not None and c.when > c.ctx.observed_at):
        return False  # ("i'm going to ohio state next fall": a plan)
    school = m.group("named") or m.group("kind")
    c.attr("school", _lower(" ".join(school.split())))
    return True


def _pending(c: _Clause, p: str) -> bool:
    """ "will graduate from high school in two years", "am graduating college in may", "have not graduated high
    school yet", "want to finish high school in two years": the speaker is in that school now."""
    m = _PENDING.match(p)
    if m is None:
        return False
    aux = " ".join((m.group("aux") or "").lower().split())
    verb = m.group("verb").lower()
    rest = m.group("rest")
    school = _school_left(rest) or _school_in(rest)
    if not school or school.lower().split()[-1] in ("work", "job", "it", "that"):
        return False
    after = rest.lower()
    soon = bool(_SOON_RE.search(after) or (c.when is not None and c.when > c.ctx.observed_at))
    if aux.startswith(("have not", "has not")):
        ok = verb in ("graduated", "finished") and bool(re.search(r"\byet\b", after))
    elif aux.startswith(("want", "hope", "plan", "need", "have")):
        ok = verb in ("graduate", "finish") and soon  # (a wish with no date may be a dropout's)
    elif aux.startswith("will") or "going to" in aux or "gonna" in aux or "about to" in aux or "due to" in aux:
        ok = verb in ("graduate", "finish", "graduating", "finishing")
    elif aux:  # "am so ready to graduate", "am graduating", "can't wait to finish"
        ok = verb in ("graduate", "finish", "graduating", "finishing")
    else:  # bare present: "i graduate from college next spring" (a date for it, or it is a habit)
        ok = verb in ("graduate", "graduates") and soon
    if not ok:
        return False
    c.attr("school", _lower(school), negated=False)
    return not aux.startswith(("want", "hope", "plan", "need", "have to"))  # (the wish is read as a goal too)


def _grade(c: _Clause, p: str) -> bool:
    """ "am in (the) third grade", "am a 3rd grader", "will be in fourth grade soon" (in 3rd grade now)."""
    if "grade" not in p.lower():
        return False
    m = _GRADE_LEAD.match(p)
    said = grade_form(m.group("g")) if m else None
    if m is None or said is None or c.negated:
        return False
    value, n = said
    if m.group("will"):
        if n < 2 or not (_SOON_RE.search(p) or (c.when is not None and c.when > c.ctx.observed_at)):
            return False  # ("i will be in first grade": kindergarten, or no grade yet)
        value = f"{_ordinal(n - 1)} grade"
    c.attr("school", value)
    return True


def _done_there(c: _Clause, p: str) -> bool:
    """ "am on the swim team in high school", "am in the band at my college": the school is where one is now."""
    m = _TEAM.match(p) if not c.negated else None
    school = _school_in(m.group("rest")) if m else ""
    if school and school.lower() not in ("school", "college") and (_GENERIC.match(school) or school[:1].isupper()):
        c.attr("school", _lower(school))
    return False  # (what is done there is read too: "am in the band at lincoln high school" is a pastime)


_PAST = re.compile(
    r"^(?:went|tried\s+to\s+go|was\s+going|attended(?:\s+to)?|studied\s+at|was\s+(?:a\s+student|enrolled)\s+(?:at|in))"
    r"\s+(?:to\s+)?(?P<rest>.+)$",
    re.IGNORECASE,
)
_PURPOSE = re.compile(r"^(?:to\s+(?:be(?:come)?|study\s+to\s+be)\s+(?P<r>an?\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?))\b")
_STUDYING_THEN = re.compile(r"^was\s+(?:studying|majoring\s+in)\s+(?P<v>.+)$", re.IGNORECASE)


def _past(c: _Clause, p: str) -> bool:
    """ "went to vet school", "went to college to be a nurse", "attended law school once", "was studying chemistry
    when …": what was studied (``education``), not where one studies now."""
    m = _STUDYING_THEN.match(p)
    if m and not c.negated:
        value = noun_phrase(m.group("v"))
        if not value or value.lower().split()[0] in ("for", "to", "hard", "all", "late", "when", "at"):
            return False
        c.attr("education", _lower(value))
        return True
    m = _PAST.match(p)
    if m is None or c.negated or p.lower().startswith("went back"):
        return False
    rest = m.group("rest").strip()
    if rest.lower().startswith("back "):
        return False
    school_m = _SCHOOL.match(rest)
    if school_m is None:
        return False
    school = noun_phrase(school_m.group("v"))
    after = rest[school_m.end() :].strip().lower()
    if re.match(r"(?:for|to\s+study)\b", after):
        return False  # "went to college for chemistry": what was studied, read by _h_went
    purpose = _PURPOSE.match(after)
    went = not p.lower().startswith(("attended", "studied", "was"))
    if went and not purpose and (school.lower() == "school" or not _GENERIC.match(school) and not school[:1].isupper()):
        return False  # "i went to school today", "went to a small school": a day's errand, or no school named
    if c.when is not None and abs(c.ctx.observed_at - c.when) < timedelta(days=31) and not purpose:
        return False  # "i went to the university yesterday": a visit
    role = noun_phrase(purpose.group("r"), keep_det=True).lower() if purpose else ""
    value = _lower(school) + (f" to be {role}" if role else "")
    c.attr("education", value, negated=False)
    return True


_CHANGED = re.compile(
    r"^(?:(?:transferred|switched|changed|moved)\s+(?:schools?\s+|colleges?\s+|universities\s+)?(?:to|into)\s+"
    r"(?P<to>.+)|am\s+(?:now\s+)?back\s+(?:in|at|to)\s+(?P<back>.+)|went\s+back\s+to\s+(?P<went>.+)|"
    r"(?:quit|left)\s+(?P<quit>(?:high\s*school|school|college|uni|university|grad\s+school|law\s+school|"
    r"med(?:ical)?\s+school|nursing\s+school)(?=\s*$|\s+(?:last|this|in|after|when|because|to|and|but|at|for|two|"
    r"three|a|years|months)\b)))",
    re.IGNORECASE,
)


_NAMED_SCHOOL = re.compile(
    r"^(?P<v>[a-z][a-z.&'-]*(?:\s+[a-z][a-z.&'-]*){0,2}?)(?:\s+(?:this|last|next|in|at|after|before|two|three|a|"
    r"over|during|just|recently|lol|haha|now)\b.*|\s*[,.!?].*)?$",
    re.IGNORECASE,
)
"""A school said by its name alone after "transferred to": "michigan", "ohio state", "georgia tech this fall"."""
_SCHOOL_NAME_ENDS = frozenset(("state", "tech", "u", "college", "poly"))


def _names_school(said: str) -> bool:
    """ "transferred to michigan", "to penn state", "to georgia tech": a state's name (its university) or a name
    ending as school names do; a country, a city or an office ("to canada", "to the night shift") is not one."""
    ws = said.lower().split()
    if ws[0] in ("the", "a", "an", "my", "another", "this", "that", "her", "his", "their", "our", "your"):
        return False
    return (ws[-1] in _SCHOOL_NAME_ENDS and len(ws) > 1) or (" ".join(ws) in US_STATES or ws[-1] in US_STATES)


def _changed(c: _Clause, p: str) -> bool:
    """ "transferred to a state university", "am back in school", "went back to college": the school now (it
    supersedes the old one); "quit college": dropped out of it."""
    m = _CHANGED.match(p)
    if m is None or c.negated:
        return False
    if m.group("quit"):
        c.attr("school", f"dropped out of {' '.join(m.group('quit').lower().split())}")
        return True
    rest = (m.group("to") or m.group("back") or m.group("went")).strip()
    school_m = _SCHOOL.match(rest)
    if school_m is None:
        named = _NAMED_SCHOOL.match(rest) if m.group("to") and p[:11].lower() == "transferred" else None
        if named is None or not _names_school(named.group("v")):
            return False
        c.attr("school", " ".join(named.group("v").lower().split()))  # "transferred to ohio state this fall"
        return True
    if m.group("went") and re.match(r"\s*(?:for|to\s+study)\b", rest[school_m.end() :], re.IGNORECASE):
        return False  # "went back to school for nursing": what is studied, read by _h_went
    c.attr("school", _lower(noun_phrase(school_m.group("v"))))
    return True


_HELD = re.compile(
    r"^(?:(?:already|also|now|even)\s+)?(?:have|has|hold|holds)\s+(?:an?|one|my|two)\s+(?:(?P<x>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)"
    r"\s+(?:degree|diploma)|(?P<deg>masters?|master's|bachelors?|bachelor's|phd|doctorate|mba)(?:\s+degree)?\s+in\s+"
    r"(?P<y>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?))(?=\s*$|\s*[,.!?]|\s+(?:and|but|so|now|too|lol|haha|already|got|from|"
    r"which|that|i)\b)",
    re.IGNORECASE,
)
"""A degree held: "have a finance degree", "hold a masters in economics" (what was studied, not a possession)."""


def _degree_held(c: _Clause, p: str) -> bool:
    m = _HELD.match(p) if not c.negated else None
    field = (m.group("x") or m.group("y") or "") if m else ""
    words = field.lower().split()
    if m is None or not words or set(words) & _DEGREE_KIND or words[0] in _ORDINALS or words[0][:1].isdigit():
        return False  # ("a college degree", "a third degree burn": no field named)
    c.attr("education", _lower(field))
    return not _match(r"^\s*(?:,\s*)?and\b", p[m.end() :])  # ("… degree and a dog": the rest is read too)
