"""Work and study said in passing: a job named by what it pays ("on a housekeeper wage", "my supermarket wage"),
by a shift or a commute ("before i go to my janitor job", "between work at the bank and the kids"), by the place
"where i work", by the frame "as a <trade>" ("i keep bees, as a farmer"); a degree being earned ("working on a
nursing degree", "my chemistry degree"), a major or a degree said as a bare label ("economics major here",
"chemistry grad"), grades ("i make straight a's"), and a retirement said as a way of life ("living the retired
life").

Only the speaker's own clauses count: a question, a relative's thing ("my dad's janitor job"), a wish or a
hypothetical ("if i had a nurse's salary") and a negation say nothing. A trade names no employer: "i am a bank
teller" says the speaker works at *a* bank, not which one, and an ``employer`` "bank" inferred from it would
replace a named employer said before ("i work at Chase"), so only a workplace said as one ("work at the bank")
is written as the employer.

The job is also said as a frame ("being a nurse, i never sleep", "i eat badly being a store manager", "my second
job is being a stunt double"): "being" with the speaker's own clause around it says what they are, unless a wish
("dreams of being a pilot"), a past ("after being a cop for years") or someone else ("my son being a nurse") is
in front. And it is said as a bare label, the answer to "what do you do?": "welder here" (read elsewhere), "a
doctor by trade", "nurse by day, dj by night", "mom of two, teacher, runner", "mechanical engineer for an
automaker". A label is read only when the whole sentence is labels (a question back aside) and every one of them
is a trade or a word people describe themselves with: "firefighter! that's awesome" or "a teacher, nice" is a
reaction to the other person's job, not the speaker's.

The job is said with where it is held ("my role on this build is lead engineer", "my position at the bank is
teller"): the title is the role, and the place after "at/with/for" the employer; after "on/in", or a project, a team
or a moment, no employer is named, and a role in a family, a play or a club is no job. A judgement inside the value
("my job is crappy grocery store") is no part of it: a workplace left is the employer, a trade left the role. And a
workplace is said as the second part of "i am …ing" ("i am renting in denver and working for a small bakery"),
unless what comes before makes it no present job ("tired of …", "thinking of …", someone else).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ._clauses import Piece
from ._lexicon import KIN, ROLE_WORDS, words
from ._predicates import _role_head, noun_phrase, singular
from ._regex import _match
from ._rule_clause import _Clause, _lower_unless_proper, _trade
from ._types import ExtractedAttribute

__all__ = ["career_change", "dream_job", "job_judged", "job_label", "job_thing", "role_said_as", "work_mentions"]

Add = Callable[[str, str, float], None]

_WORKPLACES = words("""farm ranch restaurant hospital school clinic factory store shop office bank bar pub cafe diner
    bakery warehouse hotel mall garage salon library church daycare lab laboratory supermarket home station plant
    mill mine firm agency studio bookstore museum zoo prison jail airport casino theater theatre gym kindergarten
    college university nursery pharmacy market dealership site kitchen""")
"""Head nouns of a workplace ("the nursing home where i work", "my supermarket wage")."""

_NOT_A_JOB = words("""dream day new old first second third current last previous next real other only main side
    night weekend evening morning summer winter part full time crappy boring stupid low minimum hourly monthly
    weekly yearly annual decent good bad great little meager meagre tiny fixed whole entire future former ex
    own actual regular normal usual typical office desk temp government paying""")
"""Words before "job/wage/salary" that qualify it rather than name the trade or the place ("my day job")."""

_PAY = re.compile(
    r"(?P<lead>\bmy|\bon\s+(?:an?|my))\s+(?P<x>(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*?)(?:'s|s')?\s+"
    r"(?P<n>wages?|salary|paycheck|pay\s*check|income|job|shifts?)\b",
    re.IGNORECASE,
)
"""A job named by what it pays or by its shift: "on a housekeeper wage", "my electrician salary", "my janitor job"."""

_WORK_AT = re.compile(
    r"\b(?:between|from|with|after\s+a\s+day\s+of)\s+(?:my\s+)?work\s+(?:at|in)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<v>(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*)(?=\s*$|\s+(?:and|or|but|so|is|has|i)\b|\s*,)",
    re.IGNORECASE,
)
"""Work at a place said in passing: "between work at the bank and the kids", "tired from work at the mill"."""

_WHERE_I_WORK = re.compile(
    r"\b(?:the|a|an|this|my)\s+(?P<v>(?:(?!(?:in|at|on|of|to|for|with|the|a|an|my)\b)[a-z][\w'-]*\s+){0,2}?"
    r"(?!(?:in|at|on|of|to|for|with|the|a|an|my)\b)[a-z][\w'-]*)\s+(?:where|that|which)?\s*"
    r"(?:i|we)\s+(?:currently\s+|now\s+|still\s+)?work(?:\s+(?:nights|days|weekends|part[\s-]time|full[\s-]time))?"
    r"(?:\s+(?P<prep>at|in|on|for)(?=\s*$|\s*[,.!?]|\s+(?:and|but|so|too|lol|haha|now|is|was|has|every|all)\b))?"
    r"(?!\s+(?:out|on|hard|with|as|from|to|at|in|for|there|here|tomorrow|today|tonight|later|soon|again)\b)",
    re.IGNORECASE,
)
"""A workplace with a relative clause about the speaker: "at the nursing home where i work", "the farm i work on"."""

_DEGREE = re.compile(
    r"\b(?:(?:working\s+(?:on|towards?)|getting|finishing|pursuing|earning|completing|doing|studying\s+for|"
    r"going\s+for|got|earned|finished|completed)\s+(?:an?|my)|\bmy)\s+(?:(?P<x>(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*)\s+)?"
    r"(?:degree|diploma|certificate|master's|masters?|bachelor's|bachelors?|phd|doctorate)(?:\s+in\s+(?P<y>(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*)"
    r"(?=\s*$|\s+(?:and|but|so|at|from|now|lol|haha|too)\b|\s*,))?",
    re.IGNORECASE,
)
"""A degree being earned or held: "working on a nursing degree", "getting my degree in biology", "my chemistry
degree" (what is studied goes to ``education``)."""

_DEGREE_KIND = words("""college university uni bachelor bachelors bachelor's master masters master's associate
    associates associate's phd doctorate undergrad undergraduate graduate grad postgraduate online first second
    new old two-year four-year 2 4 year law medical""")

_BARE_MAJOR = re.compile(
    r"^(?:(?:just|only|an?)\s+)*(?P<v>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?P<k>major|grad|graduate)(?:\s+(?:here|lol|haha|now|too))*$",
    re.IGNORECASE,
)
"""A major or a degree said as a bare label: "economics major here", "chemistry grad"."""

_NOT_A_FIELD = words("""drum sergeant army the a big huge pain general college high school university recent new
    fresh proud my your his her its our their this that uni grad""")

_GRADES = re.compile(
    r"(?<!not\s)(?<!never\s)\b(?:make|makes|making|get|gets|getting|have|has|having|earn|earns|earning|keep|"
    r"keeping|my)\s+(?:(?:all|straight|all\s+straight)\s+)(?:a'?s|a\s+'\s*s)\b(?!\s+(?:well|long|much|soon|far|if|"
    r"though|good|a|an|the|i|you|he|she|we|they)\b)",
    re.IGNORECASE,
)
"""Grades said now: "i make straight a's", "i get all as in school", "keep my straight as up"."""

_RETIRED_LIFE = re.compile(
    r"^(?:i\s+(?:am\s+|have\s+been\s+)?)?(?:just\s+|happily\s+|really\s+)?(?:living|enjoying|loving|love|enjoy|"
    r"have|having|live)\s+(?:the|my|a)\s+(?:(?:good|great|sweet|quiet|easy|nice|happy|lovely)\s+)?"
    r"(?:retired\s+life|retirement\s+life|life\s+of\s+(?:a\s+)?retire(?:e|ment))\b|"
    r"^(?:i\s+(?:am\s+)?)?(?:just\s+)?(?:enjoying|loving|love|enjoy)\s+(?:my\s+)?retirement\b",
    re.IGNORECASE,
)
"""Retirement said as a way of life: "living the good retired life", "i am enjoying my retirement"."""

_TRIGGER = re.compile(
    r"wage|salary|pay\s*check|income|job|shift|work|degree|diploma|certificate|master|bachelor|phd|doctorate|major|grad|straight\s+a|all\s+a'?s\b|retire|being\s+an?\s"
)
_WISH = re.compile(r"\b(?:if|wish|wished|dream|dreams|imagine|someday)\b", re.IGNORECASE)
"""A wish before a thing said with "my" ("if my bakery job paid more"): "would" there still says the job is real."""
_OWN = re.compile(r"^(?:i|we)\s", re.IGNORECASE)
_UNREAL = re.compile(
    r"\b(?:if|wish|wished|dream|dreams|someday|imagine|would|could|should|might|want|wanted|hope|hoping)\b",
    re.IGNORECASE,
)
"""A wish or a hypothetical: "if i had a nurse salary", "i wish my job at the bank paid more" (kept out)."""


_AND_WORKING = re.compile(
    r"\s(?:and|,)\s+(?:(?:now|currently|still|also)\s+)?working\s+(?:at|for|in)\s+(?:the\s+|a\s+|an\s+|my\s+)?"
    r"(?P<v>(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*)(?=\s*$|\s*[,.!?]|\s+(?:and|but|so|now|too|lol|haha)\b)",
    re.IGNORECASE,
)
"""A workplace said as the second part of "i am …ing": "i am renting in denver and working for a small bakery"."""
_NOT_WORKING = re.compile(
    r"\b(?:of|about|from|without|quit\w*|stop\w*|hate|love|like|enjoy\w*|miss\w*|after|before|instead|between|"
    r"thinking|considering|used|was|were|you|he|she|they|my\s+\w+)\b",
    re.IGNORECASE,
)
"""What makes the "…ing" before "and working at X" no present job of the speaker's ("tired of cooking and …")."""


def _kin_or_other(x: str) -> bool:
    """Whether the words before the noun say it is someone else's ("my dad's janitor job", "my sisters salary")."""
    ws = x.lower().replace("'s", " ").split()
    return any(
        w in KIN or w.rstrip("s") in KIN or w in ("s", "friend", "friends", "boss", "husbands", "wifes") for w in ws
    )


def work_mentions(pieces: list[Piece], add: Add, said: list[ExtractedAttribute]) -> None:
    """Work and study said in passing in the clauses of one sentence (questions are skipped): ``add(key, value,
    confidence)`` records a fact about the speaker; ``said`` is what the sentence's clauses already recorded."""
    said_here = [p.text for p in pieces if not p.question]
    if not _TRIGGER.search(" ".join(said_here).lower()):
        return  # most sentences say nothing of work or study: one scan, then nothing more
    for i, text in enumerate(said_here):
        low = text.lower()
        if not _TRIGGER.search(low):
            continue
        own = bool(_OWN.match(text))
        unreal = _UNREAL.search(text)
        if any(n in low for n in ("wage", "salary", "paycheck", "pay check", "income", "job", "shift")):
            for m in _PAY.finditer(text):
                before = text[: m.start()]
                _pay(
                    m,
                    own,
                    bool(_WISH.search(before) if m.group("lead").lower().endswith("my") else _UNREAL.search(before)),
                    add,
                )
        if " work" in low and not unreal and any(_OWN.match(t) or "my " in t.lower() for t in said_here):
            at = _WORK_AT.search(text)
            if at:
                _workplace(at.group("v"), add)
            both = _AND_WORKING.search(text) if own and " working " in low else None
            if (
                both
                and _match(r"^(?:i|we)\s+am\b", text, re.IGNORECASE)
                and not _NOT_WORKING.search(text[: both.start()])
            ):
                _workplace(both.group("v"), add)  # "i am renting in denver and working for a small bakery"
        if any(w in low for w in ("degree", "diploma", "certificate", "master", "bachelor", "phd", "doctorate")):
            degree = _DEGREE.search(text)
            mine = bool(degree and (own or degree.group(0)[:2].lower() == "my"))  # ("my son is working on a degree")
            if degree and mine and not unreal and not _kin_or_other(degree.group("x") or ""):
                field = degree.group("y") or degree.group("x") or ""
                field_words = field.lower().split()
                known = [a.value.lower() for a in said if a.key == "education"]
                if any(field.lower() in k for k in known):
                    pass  # "i am getting my degree in biology": the clause read it already
                elif field_words and not set(field_words) & _DEGREE_KIND and not _kin_or_other(field):
                    add("education", noun_phrase(field).lower(), 0.7)
        bare = (
            _BARE_MAJOR.match(text) if i == 0 and not pieces[0].question and ("major" in low or "grad" in low) else None
        )
        if bare and not set(bare.group("v").lower().split()) & _NOT_A_FIELD:
            add("education", bare.group("v").lower(), 0.7)  # "economics major here", "chemistry grad"
        grades = _GRADES.search(text) if not unreal else None
        if grades and (own or grades.group(0)[:2].lower() == "my"):  # (not "my son gets straight as")
            if not any(w in low for w in ("used to", "had ", "got ", "made ", "was ")):
                add("grades", "straight a's", 0.7)
        if "retire" in low and _RETIRED_LIFE.match(text):
            add("role", "retired", 0.7)
        being = _BEING.search(text) if "being a" in low else None
        if being and not unreal and _own_frame(text[: being.start()]):
            title = noun_phrase(being.group("r")).lower()
            if _role_head(title) and title.split()[-1] not in ("student", "volunteer") and " of " not in title:
                add("role", title, 0.7)  # "being a doctor it is hard to get time off"
                _cut_frame(said, being.group(0).strip().lower())
    for k, text in enumerate(said_here):
        if " work" not in f" {text.lower()}" or _WISH.search(text):
            continue
        where = _WHERE_I_WORK.search(text)
        if where is None and k and _OWN.match(text):
            # "the farm i work on" was cut before its "i": the relative clause strands its preposition
            joined = f"{said_here[k - 1]} {text}"
            where = _WHERE_I_WORK.search(joined)
            where = where if where and where.group("prep") and where.start() < len(said_here[k - 1]) else None
        if where:  # (whoever owns it: "my parents farm that i work on" is where the speaker works)
            _workplace(where.group("v"), add)


_BEING = re.compile(
    r"(?:^|\s)being\s+an?\s+(?!(?:former|ex|retired|future|wannabe)\b)"
    r"(?P<r>(?:(?!(?:for|at|in|with|and|but|so|it|i|is|you)\b)[a-z][\w'-]*\s+){0,3}?[a-z][\w'-]*)(?=\s*$|\s*[,.!;]|\s+(?:for|at|in|with|and|but|so|it|i|is|you|lol|haha|"
    r"though|too|means|makes|has|can|sure|really|gets|keeps|pays)\b)",
    re.IGNORECASE,
)
"""The speaker's trade as a frame: "being a doctor it is hard", "i eat a lot being a store manager"."""
_BEING_LEAD = re.compile(
    r"^(?:(?:well|oh|yes|yeah|honestly|but|and|so|as\s+for\s+me|for\s+me)\W+)*(?:i\b(?P<rest>.*)|my\s+(?:\w+\s+)?"
    r"(?:job|work|career|gig|day\s+job|side\s+job)\s+is|(?:that|this|it)\s+is\s+what\s+i\s+(?:love|like|hate)\s+about|"
    r"what\s+i\s+(?:love|like|hate)\s+(?:most\s+)?about|the\s+(?:best|worst|hardest)\s+part\s+(?:of|about))?\W*$",
    re.IGNORECASE,
)
"""What may come before the frame: nothing, the speaker's own clause, "my (second) job is", "what i love about"."""
_NOT_BEING = re.compile(
    r"\b(?:you|your|he|she|they|him|her|them|his|their|dream\w*|of|wish\w*|imagine\w*|think\w*|thought|"
    r"consider\w*|after|before|from|quit|stop\w*|used|was|were|retired|miss|missed|since|without|instead|"
    r"rather|like|than|about)\s*$|\b(?:you|your|he|she|they|his|their|son|daughter|mom|dad|mother|father|wife|"
    r"husband|sister|brother|friend|boyfriend|girlfriend)\b",
    re.IGNORECASE,
)
"""What makes "being a <trade>" no job now: a wish, a past, a comparison, or another person in the clause."""


def _cut_frame(said: list[ExtractedAttribute], frame: str) -> None:
    """ "i love being a nurse", "i eat a lot being a store manager": the job is no pastime and no like; a value
    that ends with the frame loses it, and goes when nothing of substance is left ("a lot")."""
    for i in range(len(said) - 1, -1, -1):
        value = said[i].value.lower()
        if said[i].key != "role" and value.endswith(frame):
            rest = noun_phrase(said[i].value[: -len(frame)].strip())
            if rest and rest.lower() not in ("lot", "a lot", "it", "that"):
                said[i] = said[i].model_copy(update={"value": rest})
            else:
                del said[i]


def _own_frame(before: str) -> bool:
    """Whether the words before "being a <trade>" leave it the speaker's own job now."""
    m = _BEING_LEAD.match(before.strip())
    if m is None:
        return False
    return m.group("rest") is None or not _NOT_BEING.search(m.group("rest"))


_LABEL_TAIL = re.compile(
    r"\s+(?:by\s+(?:trade|profession|day\b.*)|for\s+(?:a\s+living|(?:an?\s+|the\s+)?[\w&'-]+(?:\s+(?!i\b)[\w&'-]+){0,3}))$|"
    r"\s+(?:and\s+)?at\s+night\s+i\b.*$",
    re.IGNORECASE,
)
"""What may follow a bare job title: "by trade", "by day, dj by night", "for an automaker", "for a living"."""
_LABEL_LEAD = re.compile(
    r"^(?:(?:hi|hello|hey|well|oh|me|myself|just|only|currently|now|iam)\W+)*(?:an?\s+)?", re.IGNORECASE
)
_SELF_WORDS = words("""mom mum mother dad father wife husband parent grandma grandpa grandmother grandfather
    vegan vegetarian runner reader gamer cyclist hiker swimmer baker dreamer traveler traveller introvert
    extrovert nerd geek christian atheist veteran retiree newlywed""")
"""Words people describe themselves with beside a job ("mom of two, teacher, runner"): no job, but no reaction."""
_NOT_LABEL = words("""the my your his her their our this that these those i me we you he she they it is are was to
    or maybe perhaps probably either guess think like love want being been be am have has had do did not no after
    before since when with for at in on as""")
"""Words that make an item no self-description ("the plumber", "your teacher")."""


_NO_LABEL = re.compile(
    r"(?<!night )\bi\b|\b(?:you|is|are|am|was|were|my|the|it|that|this|do|does|have|has|to|i'm|im)\b"
)
"""Words that make a sentence more than labels: a subject, a verb, a determiner."""
_BY_TRADE = re.compile(
    r"^(?:an?\s+)?(?P<r>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+by\s+(?:trade|profession)\b", re.IGNORECASE
)
_OTHER_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


def job_label(body: str, sentence: str, turn: str) -> str | None:
    """The job title a sentence made only of self-descriptions names ("a doctor by trade", "mom of two, teacher,
    runner", "mechanical engineer for an automaker"), or None. Any item that is not a label ("a teacher, nice"),
    an exclamation ("firefighter!") or a statement beside it in the turn ("firefighter. that's awesome") makes it
    a reaction to someone else's job; a question back ("welder. you?") does not."""
    low = body.lower()
    if " by " not in low and (len(low) > 70 or _NO_LABEL.search(low)):
        return None  # (most sentences: one scan)
    low = _LABEL_LEAD.sub("", low.strip(" .!,"))
    trade = _BY_TRADE.match(low)
    if trade:
        said = noun_phrase(trade.group("r")).lower()
        return said if _role_head(said) else None  # "a doctor by trade, but i'm looking for work"
    if sentence.rstrip().endswith("!") or len(low) > 60:
        return None
    low = _LABEL_TAIL.sub("", low)
    items = [i.strip() for i in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", low) if i.strip()]
    if not items or len(items) > 5:
        return None
    title: str | None = None
    for item in items:
        ws = item.split()
        ws = ws[1:] if ws[0] in ("a", "an") else ws
        if not ws or len(ws) > 4 or not all(w.isalpha() or "-" in w for w in ws) or set(ws) & _NOT_LABEL:
            return None
        head = ws[: ws.index("of")] if "of" in ws else ws
        np = " ".join(ws)
        if not head:
            return None
        if head[-1] in _SELF_WORDS or head[-1] in KIN or len(ws) == 1 and ws[0].endswith("er") and not _role_head(np):
            continue  # "mom of two", "runner", "golfer"
        if not _role_head(np) or head[-1] in ("student", "volunteer", "fan", "lover"):
            return None
        title = title or np
    if title is None:
        return None
    rest = turn.replace(sentence, " ", 1)  # (last: the one costly check, for the few labels)
    if any(not m.group(0).rstrip().endswith("?") for m in _OTHER_SENTENCE.finditer(rest) if m.group(0).strip()):
        return None
    return title


def _pay(m: re.Match[str], own: bool, unreal: bool, add: Add) -> None:
    """ "on a housekeeper wage" (the speaker's own clause), "my supermarket wage", "my janitor job": the trade
    (``role``) or the workplace (``employer``) the pay or the shift comes from."""
    lead = m.group("lead").lower()
    if unreal or (not lead.endswith("my") and not own):
        return  # ("you cannot live on a teacher salary": the world, not the speaker)
    x = m.group("x")
    xs = x.lower().replace("'s", "").split()
    if _kin_or_other(x) or xs[0] in _NOT_A_JOB or xs[-1] in ("dream", "ideal", "first"):
        return
    np = noun_phrase(" ".join(w for w in xs if w not in _NOT_A_JOB))
    if not np:
        return
    head = singular(np.split()[-1])
    title = " ".join(np.split()[:-1] + [head])
    if _role_head(title) and head not in ("student", "volunteer"):
        add("role", title.lower(), 0.7)
    elif m.group("n").lower() == "job" and _trade(np) and len(np.split()) == 1:
        add("role", np.lower(), 0.7)  # "my nursing job"
    elif head in _WORKPLACES:
        add("employer", np.lower(), 0.7)  # "my supermarket wage", "my burger bar job"


def _workplace(value: str, add: Add) -> None:
    np = noun_phrase(value)
    head = singular(np.split()[-1]).lower() if np else ""
    if np and head in _WORKPLACES and head != "home" or np.lower().endswith("nursing home"):
        add("employer", _lower_unless_proper(np).replace("'", ""), 0.7)


_AS_ROLE_IN = re.compile(
    r"(?:^|\s)as\s+an?\s+(?P<r>(?:[a-z][\w'-]*\s+){0,3}?[a-z][\w'-]*)(?:\s+myself)?"
    r"(?=\s*$|\s+(?:and|so|but|because|for|at|in|with|lol|haha|too|now|here|though|nowadays)\b)",
    re.IGNORECASE,
)
_NOT_AS_ROLE = re.compile(
    r"\b(?:dress|dressed|dressing|costume|disguised?|halloween|went|go|going|pose[ds]?|posing|pretend(?:ed|ing)?|"
    r"play|played|playing|see|sees|saw|think|thought|treat(?:ed|s)?|would|could|should|might|wish|want|wanted|"
    r"hope|dream|if|someday|plan|planning|volunteer(?:ed|ing|s)?|same|such|well|much|long|soon|far|started|"
    r"began|career|offer|offered|interview|applied|apply|applying|spent|was|were|used|retired|worked|served|"
    r"years|decades|ex|former|once|back|identify|known|famous|born|raised|signed|enlisted|trained|training|"
    r"studying|study|studied|school|college)\b",
    re.IGNORECASE,
)
"""What makes "as a <trade>" no current job: a costume, a view, a wish, a comparison, a past or a training."""


def role_said_as(c: _Clause, predicate: str, start: int) -> None:
    """ "i keep bees as a farmer", "i spend my days as a nurse": the speaker's job said as the frame of another
    statement (records from ``start`` on are this clause's: a role already read there is left alone)."""
    m = _AS_ROLE_IN.search(predicate)
    if m is None or _NOT_AS_ROLE.search(predicate[: m.start()]) or " as " in f" {predicate[: m.start()].lower()} ":
        return
    if any(a.key == "role" for a in c.out.attributes[start:]):
        return
    title = noun_phrase(m.group("r")).lower()
    if not _role_head(title) or title.split()[-1] in ("student", "volunteer", "intern", "activist"):
        return
    frame = m.group(0).strip()
    for i in range(start, len(c.out.attributes)):
        a = c.out.attributes[i]
        rest = a.value[: -len(frame)].strip().lower()
        if a.value.lower().endswith(" " + frame.lower()) and rest.split()[-1] not in ("work", "working", "job"):
            # "i love jazz as a librarian": the like is jazz ("working as a welder" stays what it is)
            c.out.attributes[i] = a.model_copy(update={"value": a.value[: -len(frame)].strip()})
    c.attr("role", title, confidence=0.7)


_AIM = r"(?:(?:big|biggest|life|lifelong|only|real|main|ultimate|one)\s+)?(?:dream|goal|aim|ambition)(?:\s+job)?(?:\s+in\s+life)?"
_DREAM_JOB = re.compile(
    r"^(?:being|becoming|to\s+be(?:come)?)\s+(?P<v>an?\s+[\w' -]+?)\s+(?:is|has\s+(?:always\s+)?been|remains)\s+"
    r"my\s+"
    + _AIM
    + r"$|^my\s+"
    + _AIM
    + r"\s+(?:is|has\s+(?:always\s+)?been)\s+(?:to\s+(?:be|become)|being|becoming)\s+"
    r"(?P<v2>an?\s+[\w' -]+?)(?:\s+(?:one\s+day|someday|some\s+day))?$",
    re.IGNORECASE,
)
"""A job wished for: "being a lawyer is my dream", "my goal is to become a nurse" (a goal: never the current job)."""


def dream_job(text: str) -> str | None:
    """The goal "be a <trade>" a clause names as the speaker's dream or aim, or None."""
    m = _DREAM_JOB.match(text)
    if m is None:
        return None
    said = m.group("v") or m.group("v2")
    title = noun_phrase(said)
    return "be " + noun_phrase(said, keep_det=True).lower() if _role_head(title) else None


_CAREER = re.compile(
    r"^(?:(?:my|our)\s+)?(?:careers?|jobs?|fields?|professions?|lines?\s+of\s+work)\s+(?:(?:from|away\s+from)\s+"
    r"(?P<old>[a-z][\w' -]*?)\s+)?(?:to|into)\s+(?:(?:be|become|being|becoming)\s+)?(?P<new>[a-z][\w' -]*)$",
    re.IGNORECASE,
)
"""A change of career: "switched careers from law to teaching", "changed jobs to become a nurse"."""


def _title_of(said: str) -> str | None:
    """The job title a career names: a title ("a nurse"), or the trade of an "-ing" noun ("teaching" → teacher)."""
    np = noun_phrase(said).lower()
    if _role_head(np):
        return np
    if _trade(np):
        stem = np[:-3]
        stems = (stem, stem[:-1]) if len(stem) > 3 and stem[-1] == stem[-2] else (stem,)
        for s in stems:
            for end in ("er", "", "e", "ant", "ist", "or", "ian"):
                if s + end in ROLE_WORDS:
                    return s + end
    return None


def career_change(rest: str) -> tuple[str | None, str | None] | None:
    """ "(switched / changed) careers from law to teaching": (the old title or None, the new title or None), the
    new one superseding the job held; None when no career is said to change."""
    m = _CAREER.match(rest.strip())
    if m is None:
        return None
    return (_title_of(m.group("old")) if m.group("old") else None), _title_of(m.group("new"))


_JOB_THING = re.compile(
    r"^(?P<t>job|role|position|post|job\s+title|title)\s+(?P<p>on|at|in|with|for)\s+(?P<x>[\w&' -]+)$", re.IGNORECASE
)
"""The job said with where it is held: "my role on this project", "my position at the bank", "my job with acme"."""
_NOT_AN_EMPLOYER = words("""project projects team one moment time job work case contract assignment account shift
    committee board group department""")
"""Where a job is held that names no employer: "my role on this project", "my job at the moment"."""
_NO_JOB_THERE = words("""family life play show movie film musical game story novel book series band choir club class
    course relationship marriage household house church""")
"""Where a role is no job at all: "my role in the family", "my part in the play"."""


def job_thing(thing: str) -> tuple[str, str | None]:
    """ "role on this project" → ("role", None); "position at the bank" → ("position", "bank"): a job noun with the
    place it is held is still the job (its value the title) and, after "at/with/for", the place is the employer.
    A role in a family, a play or a club says nothing of work: the thing is left as it was."""
    m = _JOB_THING.match(thing)
    place = noun_phrase(m.group("x")) if m else ""
    head = singular(place.split()[-1]).lower() if place else ""
    if m is None or not head or head in _NO_JOB_THERE:
        return thing, None
    if m.group("p").lower() in ("on", "in") or head in _NOT_AN_EMPLOYER:
        return m.group("t").lower(), None
    return m.group("t").lower(), _lower_unless_proper(place)


def job_judged(value: str) -> tuple[str, str] | None:
    """ "my job is crappy grocery store": a judgement ("boring", "crappy") before the thing the job is; the judgement
    is no part of it, and a workplace left ("grocery store") is the employer, a trade left ("cashier") the role.
    None when no judgement leads or nothing of either is left."""
    ws = value.lower().split()
    k = first = 1 if ws and ws[0] in ("a", "an", "the") else 0
    while k < len(ws) - 1 and ws[k] in _NOT_A_JOB:
        k += 1
    if k == first:
        return None
    np = noun_phrase(" ".join(ws[k:]))
    head = singular(np.split()[-1]) if np else ""
    if _role_head(np):
        return "role", np
    return ("employer", np) if head in _WORKPLACES else None
