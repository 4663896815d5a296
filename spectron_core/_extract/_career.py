"""A job or a study that changed, said without "i work at X" / "i am a Y": being somewhere now ("i'm at stripe
now", "these days i'm with a consultancy", "i've been at Google since march"), a role said by what one now runs or
manages ("i run the night desk now", "i manage a team of six these days"), a promotion or a new title ("they made
me team lead", "i was promoted to manager", "i'm now head of sales"), a return to work ("i went back to work as an
accountant", "i came out of retirement to consult"), and a study finished, left or begun ("i graduated from ucla in
june", "i dropped out of my master's program", "i finished my phd and started a postdoc", "i just started my
masters", "i just started at ohio state").

Why it is read that way:

- ``role``, ``employer`` and ``school`` hold one value each: a new one supersedes. So a new value is written only
  when the clause is the speaker's own, present and real: a question, someone else ("my wife just started at
  google") and a plan or a wish ("i might go back to school", "if i got promoted …") write nothing; a past told as
  history ("i was at ibm for ten years before this") writes only the end of it (a negated ``employer``, which closes
  IBM if it is still current and is nothing otherwise).
- Being *at* a place is mostly being there right now ("i'm at the gym now"), so "i'm at/with X" is an employer
  (below the calibration floor unless a duration or a firm is said, a cue that says it lasts rather than holds just
  now, "these days", "nowadays", "lately", or a name of more than one word after "with": "i'm at costco now" may be shopping, and
  then never supersedes an employer said plainly but is filed beside it as an uncertainty) only with a cue that it
  lasts ("now", "these days", "nowadays", "since …") and a name that looks like an
  organisation: no article or possessive, not a place of routine, a pronoun, a person or a state ("home",
  "work", "peace", "my mom's"). After "with", a person is as likely as a company, so only a capitalised name or "a
  <kind of firm>" counts there.
- A university named where a workplace would be ("i just started at ohio state", "i'm at Michigan State now") is
  read as the ``school``: a name ending in state/university/college/tech, or "university of …", is far more often
  where a speaker studies than where they work.
- A return to work names no job unless one is said ("as an accountant", "to consult"); without one it still ends a
  no-work role: ``role`` ``retired``/``unemployed``/``stay at home …`` are negated (the reconciler closes only the
  matching current value, so a job held is untouched).
- A study finished or left (``school`` "graduated from …"/"dropped out of …", read in ``_predicates``; "finished my
  phd") ends ``role = student`` by a negation. A graduation dated back (a year, "ago", "back in", "when i was") or
  from high school or below does not: the reconciler closes a negated value at the negation's own date, so "i
  graduated high school in 2009" said after "i'm a student" would otherwise end a role that began later.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from ._clauses import Piece
from ._lexicon import KIN, words
from ._predicates import _role_head, noun_phrase
from ._rule_clause import speaker_fact
from ._types import Extraction
from ._work import _title_of

__all__ = ["career_mentions"]

_LEAD = (
    r"^(?:(?:also|btw|and|so|well|oh|actually|anyway|anyways|yeah|yes|ok|okay|plus|but|update|news|"
    r"good\s+news|fun\s+fact|i\s+think|i\s+guess|i\s+mean)\W+)*"
)
_CUE = r"(?:now|these\s+days|nowadays|since\s+\w+(?:\s+\w+)?|lately)"
_I_AM = r"(?:i'm|i\s+am|im|i\s+m)"
_ORG_CAP = r"(?-i:[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|&|of))*(?<!\sof))"
_ORG_LOW = (
    r"[a-z][\w&.'-]*(?:\s+(?:corp|inc|labs|group|co|bank|university|state|college|tech|health|systems|consulting))?"
)
_FIRM = r"(?:an?|a\s+(?:small|big|large|local|tech|law|new))\s+(?:consultancy|consulting\s+firm|firm|startup|start-up|company|agency|nonprofit|non-profit|charity|bank|law\s+firm|tech\s+company)"

_YEARS = (
    r"(?:(?:nearly|almost|over|about|coming\s+up\s+(?:on\s+)?)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:years?|yrs|months?)(?:\s+(?:now|in\s+\w+))?|after\s+all\s+(?:these|those)\s+years)"
)
_NOW_AT = re.compile(
    _LEAD
    + r"(?:(?P<c1>these\s+days|nowadays|now)\s*,?\s+)?(?:(?P<i>"
    + _I_AM
    + r")\s+)?(?P<c2>(?:now|currently|still)\s+)?"
    r"(?P<p>at|with)\s+(?P<org>" + _ORG_CAP + r"|" + _FIRM + r"|" + _ORG_LOW + r")"
    r"(?:\s*,?\s*(?P<c3>" + _CUE + r"))?(?:\s+(?:lol|haha|actually|full\s+time|part\s+time))?"
    r"(?:\s*,?\s*(?P<years>" + _YEARS + r")(?:\s+(?:lol|haha|now))*)?"
    r"(?:\s*,\s*(?:(?:i've\s+|i\s+have\s+)?been\s+(?:there|here)|since)\b.*)?\s*[.!]*$",
    re.IGNORECASE,
)
"""Being at an organisation now: "i'm at stripe now", "these days i'm with a consultancy", and with the "I'm"
dropped as chat drops it, "still at greggs, nearly 9 yrs now", "at dhl now" (a word that it lasts is needed
either way, see ``_one``)."""
_BEEN_AT = re.compile(
    _LEAD
    + r"(?:i've|i\s+have|ive)\s+been\s+(?P<p>at|with)\s+(?P<org>"
    + _ORG_CAP
    + r"|"
    + _FIRM
    + r"|"
    + _ORG_LOW
    + r")"
    r"(?:\s+(?:since\s+\w+(?:\s+\w+)?|for\s+(?:a|an|about|almost|over|nearly|\d+|two|three|four|five|six|a\s+few|"
    r"several)\b.*))?\s*[.!]*$",
    re.IGNORECASE,
)
"""Being with an organisation since a time: "i've been at google since march"."""
_NOT_ORG = words("""home work school lunch dinner breakfast church peace rest ease war practice camp it this that
    level chapter page step stage point least most last first gym office mall beach park store hospital moment
    present sea risk fault capacity odds home uni college university the a an my your his her their our him them
    you us me everyone everybody someone somebody friends family night noon dawn bat ground zero one two
    three four five six seven eight nine ten all best worst peak bay large heart""")
"""Words after "i'm at/with" that name a place of routine, a state or a person, never an organisation."""
_SCHOOLISH = re.compile(r"(?:\b(?:state|university|college|tech|uni)$|^university\s+of\b)", re.IGNORECASE)

_STARTED_AT = re.compile(
    _LEAD
    + r"i\s+(?:just\s+|recently\s+)?start(?:ed)?\s+at\s+(?P<org>[\w&.' -]+?)(?:\s+"
    + _CUE
    + r"|\s+this\s+\w+|\s+last\s+\w+)?\s*[.!]*$",
    re.IGNORECASE,
)
"""A start somewhere: "i just started at ohio state" (a university there is the school)."""

_RUNS = re.compile(
    _LEAD + r"(?:(?:these\s+days|nowadays|now)\s*,?\s+)?i\s+(?:now\s+|currently\s+)?(?P<v>run|manage|lead|oversee|"
    r"supervise|head(?:\s+up)?)\s+(?:the|a|an|our)\s+(?P<x>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?:\s+of\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a\s+few|several)(?:\s+\w+)?)?"
    r"(?:\s*,?\s*" + _CUE + r")?(?:\s+(?:instead\s+of|rather\s+than)\s+.*)?\s*[.!]*$",
    re.IGNORECASE,
)
"""A role said by what one runs: "i run the night desk now", "these days i manage the cafe instead of …"."""
_PEOPLE = words("team crew staff group squad unit department dept division")
_RUN_PLACES = words("""desk cafe shop store kitchen restaurant bar branch office ward warehouse lab bakery site
    floor department dept division clinic salon""")

_PROMOTED = re.compile(
    _LEAD + r"(?:(?:they|my\s+boss|the\s+boss|management|the\s+company|work)\s+(?:just\s+)?made\s+me|i\s+(?:was|got|"
    r"have\s+been|just\s+got|finally\s+got|just\s+was)\s+(?:just\s+|finally\s+)?promoted\s+to)\s+(?:an?\s+|the\s+)?"
    r"(?P<r>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)(?:\s+(?:of|for)\s+(?P<o>[a-z][\w-]*(?:\s+[a-z][\w-]*)?))?"
    r"(?:\s*,?\s*(?:" + _CUE + r"|last\s+\w+|this\s+\w+|yesterday|today|at\s+work))?\s*[.!]*$",
    re.IGNORECASE,
)
"""A promotion: "they made me team lead", "I was promoted to manager last week"."""
_NOW_HEAD = re.compile(
    _LEAD + _I_AM + r"\s+(?:now\s+)?(?:the\s+)?(?:new\s+)?(?P<r>(?:head|director|vp|vice\s+president|chief)\s+of\s+"
    r"[a-z][\w-]*(?:\s+(?!" + _CUE + r"\b)[a-z][\w-]*)?)(?:\s*,?\s*" + _CUE + r")?\s*[.!]*$",
    re.IGNORECASE,
)
"""A title "head of …" said now: "i'm now head of sales" (the whole title, not "head")."""

_BACK_TO_WORK = re.compile(
    _LEAD + r"i\s+(?:just\s+|finally\s+|recently\s+)?(?:went|got|have\s+gone|'ve\s+gone|am\s+going|'m\s+going|"
    r"returned|came|am|'m)\s+(?:back\s+to\s+work(?:ing)?|back\s+at\s+work|out\s+of\s+retirement|(?<=returned\s)to\s+work)"
    r"(?:\s+(?:full|part)[\s-]time)?(?:\s+as\s+(?:an?\s+)?(?P<r>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)|\s+to\s+"
    r"(?P<do>[a-z]+)(?:\s+(?:full|part)[\s-]time)?)?(?:\s*,?\s*(?:" + _CUE + r"|last\s+\w+|this\s+\w+))?\s*[.!]*$",
    re.IGNORECASE,
)
"""A return to work: "i went back to work full time as an accountant", "i came out of retirement to consult"."""
_BACK_TO_TRADE = re.compile(
    _LEAD + r"i\s+(?:just\s+|finally\s+|recently\s+)?(?:went|have\s+gone|'ve\s+gone|got)\s+back\s+(?:in)?to\s+"
    r"(?P<t>[a-z]+ing)(?:\s+(?:full|part)[\s-]time)?\s*[.!]*$",
    re.IGNORECASE,
)
"""A return to a trade said by its doing: "i went back to teaching last year" (the date is cut from the clause)."""
_WAS_AT = re.compile(
    _LEAD + r"i\s+was\s+(?:at|with)\s+(?P<org>" + _ORG_CAP + r"|" + _ORG_LOW + r")(?:\s+for\s+(?:\w+\s+){0,2}?"
    r"(?:years?|months?|decades?|a\s+while|ages))?\s+before\s+(?:this|that|here|now|my\s+current\s+job)\s*[.!]*$",
    re.IGNORECASE,
)
"""A past employer told as history: "i was at ibm for ten years before this" (no longer the employer)."""

_STUDY_DONE = re.compile(
    _LEAD + r"i\s+(?:just\s+|finally\s+|recently\s+)?(?:finished|completed|got|defended)\s+my\s+(?P<d>phd|doctorate|"
    r"masters?|master's|bachelors?|bachelor's|degree|dissertation|thesis)\b",
    re.IGNORECASE,
)
_DROPPED = re.compile(
    _LEAD + r"i\s+(?:just\s+)?(?:dropped\s+out\s+of|left|quit)\s+(?:my|the)\s+(?P<d>(?:[\w'-]+\s+){0,2}?(?:program|"
    r"programme|course|degree|phd|master's|masters?)(?:\s+(?:program|programme|degree|course))?)(?![\w'])",
    re.IGNORECASE,
)
_POSTDOC = re.compile(
    r"\b(?:started|starting|began|am\s+doing|'m\s+doing)\s+(?:a|my)\s+(?:new\s+)?post-?doc\b", re.IGNORECASE
)
_GRAD_START = re.compile(
    _LEAD + r"i\s+(?:just\s+|recently\s+)?(?:started|began)\s+(?:my|a)\s+(?P<d>masters?|master's|phd|doctorate)"
    r"(?:\s+(?:program|programme|degree))?\b",
    re.IGNORECASE,
)
_LONG_AGO = re.compile(r"\b(?:19|20)\d\d\b|\bago\b|\bback\s+in\b|\bwhen\s+i\s+was\b|\byears\b", re.IGNORECASE)
_LOW_SCHOOL = re.compile(
    r"\b(?:high|middle|elementary|primary|secondary|grade)\s+school\b|\bhigh\s*school\b", re.IGNORECASE
)
_TRIGGER = re.compile(
    r"\b(?:now|these days|nowadays|since|been at|been with|still at|still with|start|run|manage|lead|oversee|"
    r"supervise|head|director|vp|"
    r"vice president|chief|made me|"
    r"promoted|back to|back into|returned to work|was at|was with|left my|quit my|quit the|back at work|retirement|graduat|dropped|dropping|finished|completed|got my|defended|"
    r"post-?doc|began)",
    re.IGNORECASE,
)
_NO_JOB = ("retired", "unemployed", "stay at home")


def _org(said: str) -> str | None:
    """The organisation "i'm at/with …" names, or None when it is a place of routine, a state or a person."""
    ws = said.split()
    low = [w.lower().strip(".") for w in ws]
    if low[0] in ("a", "an"):
        return noun_phrase(said).lower()  # "a consultancy"
    if low[0] in _NOT_ORG or low[0] in KIN or any(w.isdigit() for w in low):
        return None
    return said if said[:1].isupper() else said.lower()


def career_mentions(
    pieces: list[Piece],
    speaker: str,
    span: tuple[int, int],
    when: datetime | None,
    out: Extraction,
    now: datetime | None = None,
) -> None:
    """A change of job or study said in other words, in the clauses of one sentence (see the module docstring)."""
    texts = [(p.text.strip(), p.present) for p in pieces if not p.question]
    lasting = any(p.lasting for p in pieces if not p.question)
    joined = " ".join(t for t, _ in texts)
    if not texts or not (
        _TRIGGER.search(joined)
        or (when is not None or lasting or any(p for _, p in texts))
        and (" at " in joined or " with " in joined)
    ):
        return  # (a "now"/"these days"/"since …" said was cut from the clause: the pieces or the date say it)

    def add(key: str, value: str, negated: bool = False, confidence: float = 0.7) -> None:
        if value and not any(
            a.key == key and a.entity == speaker and a.value.lower() == value.lower() and a.negated == negated
            for a in out.attributes
        ):
            speaker_fact(out, speaker, key, value, confidence, span, when, negated=negated)

    def drop(key: str, value: str) -> None:
        out.attributes[:] = [
            a for a in out.attributes if not (a.key == key and a.entity == speaker and a.value.lower() == value)
        ]
        if key == "employer":
            out.relations[:] = [r for r in out.relations if not r.object.lower().endswith("/" + value)]

    def drop_ending(key: str, value: str) -> None:
        out.attributes[:] = [
            a for a in out.attributes if not (a.key == key and a.entity == speaker and a.value.lower().endswith(value))
        ]

    for text, present in texts:
        age = (now - when).days if when is not None and now is not None else None
        _one(text, present, age, add, drop, drop_ending, out, speaker, lasting)


def _one(
    text: str,
    present: bool,
    age: int | None,
    add: Callable[..., None],
    drop: Callable[[str, str], None],
    drop_ending: Callable[[str, str], None],
    out: Extraction,
    speaker: str,
    lasting: bool = False,
) -> None:
    """One clause (``age``: days since the date the sentence gives, None when it gives none; ``lasting``: the
    sentence said its state lasts, "these days", "nowadays")."""
    said_roles = [a.value.lower() for a in out.attributes if a.key == "role" and a.entity == speaker]
    m = _NOW_AT.match(text) or _BEEN_AT.match(text)
    been = m is not None and m.re is _BEEN_AT
    if been:
        lasts = age is not None or " since " in text or " for " in text  # ("i've been at google since march")
    else:
        lasts = m is not None and bool(
            present or lasting or m.group("c1") or m.group("c2") or m.group("c3") or m.group("years")
        )
    if m and lasts:
        org = m.group("org")
        capital = org[:1].isupper() and not text[:1].isupper() or org[:1].isupper() and " " + org in text[1:]
        if m.group("p").lower() == "with" and not (capital or org.lower().startswith(("a ", "an "))):
            org = ""  # ("i'm with friends now", "i'm with verizon now": a person or a provider as likely)
        elif not been and not m.group("i") and m.group("p").lower() == "with" and len(org.split()) == 1:
            org = "" if not m.group("years") else org  # ("still with Sam": a partner as likely, unless for years)
        name = _org(org) if org else None
        # "i'm at costco now" is as often where one is shopping as where one works: said bare, it is below the
        # calibration floor, so it never supersedes an employer said plainly (the reconciler files the
        # disagreement as an uncertainty); a duration or a firm said as one ("been there since may", "a startup")
        # is sure
        sure = (
            been
            or " since " in text
            or lasting  # ("i'm with stripe these days": said to last, not where one is just now)
            or "been there" in text
            or bool(m.group("years"))  # ("still at greggs, nearly 9 yrs now": a stay of years is no errand)
            # "with" a firm said as one ("a consultancy", "Deloitte Consulting"); one capitalised word is as often a
            # person ("i'm with Sam now")
            or (m.group("p").lower() == "with" and len(org.split()) > 1)
            or org.lower().startswith(("a ", "an "))
        )
        if name:
            add("school" if _SCHOOLISH.search(name) else "employer", name, confidence=0.7 if sure else 0.45)
    started = _STARTED_AT.match(text)
    if started and _SCHOOLISH.search(started.group("org").strip()):
        school = started.group("org").strip().lower()
        drop("employer", school)
        add("school", school)
    run = _RUNS.match(text)
    if run:
        x = noun_phrase(run.group("x")).lower()
        head = x.split()[-1] if x else ""
        verb = run.group("v").lower()
        title = ""
        if head in _PEOPLE:
            title = {"lead": "team lead", "supervise": "supervisor"}.get(verb, "manager")
        elif head in _RUN_PLACES:
            title = f"{x} supervisor" if verb == "supervise" else f"{x} manager"
        if title:
            drop_ending("hobbies", x)  # ("i run the night desk": no running)
            for old in said_roles:
                drop("role", old)
            add("role", title)
    promoted = _PROMOTED.match(text)
    if promoted:
        title = noun_phrase(promoted.group("r")).lower()
        if promoted.group("o") and title.split()[-1] in ("head", "director", "vp", "chief", "manager"):
            title = f"{title} of {promoted.group('o').lower()}"
        if _role_head(title.split(" of ")[0]) and title.split()[-1] not in ("student", "volunteer"):
            for old in said_roles:
                drop("role", old)
            add("role", title)
    titled = _NOW_HEAD.match(text)
    if titled:
        for old in said_roles:
            drop("role", old)
        add("role", " ".join(titled.group("r").lower().split()))
    back = _BACK_TO_WORK.match(text) if age is None or age >= 0 else None  # ("… next month": a plan)
    again = _BACK_TO_TRADE.match(text) if back is None and (age is None or age >= 0) else None
    if again and _title_of(again.group("t")):
        for old in said_roles:
            drop("role", old)
        add("role", _title_of(again.group("t")) or "")
    was = _WAS_AT.match(text)
    if was and _org(was.group("org")):
        add("employer", _org(was.group("org")) or "", negated=True)  # "i was at ibm for ten years before this"
    if back and "retirement" not in text.lower() or back and "out of retirement" in text.lower():
        title = noun_phrase(back.group("r")).lower() if back.group("r") else ""
        if back.group("do"):
            title = _title_of(back.group("do") + "ing") or _title_of(back.group("do")) or ""
        if title and _role_head(title):
            for old in said_roles:
                drop("role", old)
            add("role", title)
        else:
            for value in _NO_JOB:
                add("role", value, negated=True)
    if _POSTDOC.search(text):
        drop("hobbies", "postdoc")
        add("role", "postdoctoral researcher")
    grad = _GRAD_START.match(text)
    if grad:
        drop("hobbies", grad.group("d").lower())
        add("school", "grad school")
    recent = age is None or 0 <= age <= 730  # ("last year" is dated to its first day)
    events = " ".join(a.value for a in out.attributes if a.key == "event" and a.entity == speaker)
    if _LONG_AGO.search(text) or _LONG_AGO.search(events) or not recent:
        return  # (a study dated back ends nothing now: "in 2011" is cut from the clause, its date kept)
    done = _STUDY_DONE.match(text)
    kind = done.group("d").lower().replace("'", "").rstrip("s") if done else ""
    if kind in ("phd", "doctorate", "master", "bachelor"):
        add("education", {"master": "master's", "bachelor": "bachelor's"}.get(kind, kind))
    dropped = _DROPPED.match(text)
    if dropped:  # (the whole program: "dropped out of master" is what the verb handler keeps of it)
        drop("employer", dropped.group("d").lower())  # ("i left my phd program": no job left, no like given up)
        drop("likes", dropped.group("d").lower())
        drop_ending("school", noun_phrase(dropped.group("d")).lower().replace("my ", ""))
        add("school", "dropped out of " + dropped.group("d").lower())
    left = [
        a
        for a in out.attributes
        if a.key == "school"
        and a.entity == speaker
        and not a.negated
        and a.value.lower().startswith(("graduated", "dropped out"))
        and not _LOW_SCHOOL.search(a.value)
        and a.value.lower() not in ("graduated", "dropped out")
    ]
    if done or left or dropped:
        add("role", "student", negated=True)
