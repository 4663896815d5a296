"""Partners, marital status and children said in passing, by an event, or as an object.

People rarely announce "i am married"; they say it through a relative ("my ridiculous wife", "dinner with my aunt",
"the wife and kids"), through an event or its time ("i was 20 when we married", "since my divorce", "planning on
getting a divorce", "i just got remarried"), through the partner said as an object ("i have a nurse for a wife")
or through the children's ages ("my kids are 4 and 7", "mother of two here", "a welder with three kids").

How each is read, and why:

- ``relationship_status`` holds one value (a change supersedes). A plan to divorce is "getting divorced" (as "i'm
  getting divorced" already is): the speaker is no longer plainly married, not yet divorced. Looking for a partner
  ("still looking for the one", "trying to find a steady relationship") is "single": a married speaker does not say
  it. "my late husband" is "widowed".
- A mention of an ex ("my ex-wife", "my ex") is history, not a current status: the speaker may have remarried, so
  it writes nothing. "my first wife" likewise.
- A partner said with their trade ("my wife is a doctor", "i have a doctor for a husband", "married to a dentist")
  gives the speaker's status only: the trade is the partner's, never the speaker's ``role`` or ``possessions``, and
  a trade is not a name (no ``married_to Person/dentist``).
- ``children`` is a count (one value): the number of ages listed ("my kids are 4 and 7" → 2), "mother of three",
  "with two kids" after the speaker's self-description; "i have no kids (yet)" is a negated ``family = kids``. A child named by rank ("my oldest is
  in middle school") says there are children but not how many: ``family = children``.
- ``family`` holds many values: a relative the speaker calls "my …" in passing is one ("my three sisters", "dinner
  with my aunt"), except parents and grandparents, whom everyone has had.

Only the speaker's own clauses count: a question ("are you married?"), another person's relative ("my friend's
mom"), an in-law, a negation ("i am not looking for a relationship") or a wish say nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ._clauses import Piece
from ._lexicon import KIN, PETS, VEHICLES, words
from ._sink import Sink
from ._types import ExtractedAttribute

__all__ = [
    "STATUS_THINGS",
    "children_none",
    "family_mentions",
    "partner_as_object",
    "partner_ended",
    "partner_status",
    "status_said_as_thing",
]

Add = Callable[[str, str, float], None]

_RELATIVES = KIN - words("""wife husband spouse partner boyfriend girlfriend fiance fiancee son sons daughter daughters
    kid kids child children childrens baby babies twin twins family boys girls grandchildren grandkids stepchildren
    stepkids mother mom mum mommy father dad daddy parents parent grandmother grandma grandfather grandpa
    grandparents""")
"""Relatives whom "my …" in passing says the speaker has: siblings, aunts, cousins, step-family. Not parents or
grandparents, whom everyone has had ("ask my dad" says nothing about the speaker's family; what is said *about* a
parent is the parent's fact), nor partners and children (read below, with what they say of status and count)."""

_NOT_KIN_MODIFIER = KIN | words("""ex late future dream imaginary fake first friend friends boss neighbor neighbour
    dog cat real other""")
"""Words before a relative that make it not (or no longer) the speaker's own: "my late father", "my friend's mom"."""

_ALT_KIN = "|".join(sorted(_RELATIVES, key=len, reverse=True))
_MY_RELATIVE = re.compile(
    r"(?<!\bas )(?<!could be )(?<!would be )(?<!might be )(?<!will be )\bmy\s+(?P<mod>(?:[a-z]+\s+){0,2}?)(?P<w>"
    + _ALT_KIN
    + r")\b"
    r"(?!\s*(?:'s?\b|s'|-?in[\s-]law|figure|type|age)|\s+in\s+law)",
    re.IGNORECASE,
)
"""A relative said with "my" anywhere: "dinner with my aunt", "my three sisters", "my old father keeps calling"."""

_MY_PARTNER = re.compile(
    r"\bmy\s+(?P<mod>(?:[a-z-]+,?\s+){0,3}?)(?P<p>wife|husband|hubby|spouse)(?:s\b(?=\s+(?:an?|the|so|very|really|"
    r"always|never|not|just|such)\b))?\b(?!\s*'s\s+(?:ex|old|first))(?!\s+(?:just\s+|finally\s+)?(?:left|dumped|"
    r"divorced|ditched|walked\s+out|cheated|died|passed|kicked\s+me))",
    re.IGNORECASE,
)
"""A spouse said with adjectives before ("my ridiculous materialistic wife", "my money spending husband") or with
the chat contraction "my husbands a doctor" (= husband's): the speaker is married."""

_NOT_PARTNER_MODIFIER = words("""ex ex- late future dream imaginary fake first second former old previous dead
    deceased sister's brother's friend's mom's dad's mother's father's son's daughter's boss's""")

_POSSESSED = (
    PETS
    | VEHICLES
    | words("""house home room place farm car name stage profession job wife husband kids
    son daughter friend friends boyfriend girlfriend birthday wedding band team school shop store""")
)
"""Nouns after a plural relative that make it a possessive without the apostrophe ("my sisters cat")."""

_LATE_PARTNER = re.compile(r"\bmy\s+(?:dear\s+)?late\s+(?P<p>wife|husband|spouse)\b", re.IGNORECASE)
""""my late husband loved fishing": the speaker is widowed."""

_THE_SPOUSE = re.compile(
    r"(?:^|\b(?:with|and|me\s+and|plus|then)\s+)the\s+(?P<p>wife|hubby|missus|missis)\b(?=\s+and\s+(?:i|me|kids|"
    r"kiddos|the\s+kids|children)\b|\s*[,.!?]|\s*$)|"
    r"^(?:the\s+)?(?P<q>wife|hubby|missus)\s+(?=(?:and\s+i|took|takes|spent|spends|wants|says|said|thinks|made|"
    r"makes|is|was|has|just|always|never|keeps|left)\b)",
    re.IGNORECASE,
)
"""The spouse said as "the wife" (chat): "spending time with the wife and kids", "wife took the card again"."""

_WHEN_WED = re.compile(
    r"\b(?:when|since|before|after)\s+(?:we|i|my\s+(?:wife|husband)\s+and\s+i)\s+(?:first\s+)?(?:got\s+)?"
    r"(?P<s>married|wed|hitched)\b",
    re.IGNORECASE,
)
"""A marriage said by its time: "i was 20 when we married", "since we got married i cook more"."""

_MY_DIVORCE = re.compile(
    r"(?<!\bparents\s)(?<!\bparents'\s)\bmy\s+(?:(?:recent|messy|nasty|bitter|ugly|pending)\s+)?divorce\b"
    r"(?P<pending>\s+(?:lawyer|attorney|papers|proceedings|hearing|case|settlement|"
    r"(?:will|should|won't|wont)\s+be\b|(?:is)\s+(?:not\s+|almost\s+|nearly\s+)?(?:pending|final(?!ized|ised)\s+(?:tomorrow|next|soon|"
    r"in|on|this)|going|dragging|taking)))?",
    re.IGNORECASE,
)
"""The speaker's own divorce: "since my divorce", "my divorce was final in may" (divorced); "my divorce lawyer",
"my divorce is final tomorrow" (getting divorced)."""

_TOWARDS = re.compile(r"\b(?:lead|leads|leading|led|head|heading|headed|on\s+the\s+way)\s+(?:to|for|towards)\s+$", re.I)

_AFTER_IT = re.compile(r"^\s*,?\s*(?:i|we)\s+(?:can|will|could|might|should|'ll|plan|hope|want)\b", re.I)
"""What the speaker will do after the divorce: "after my divorce i can move" (it is still to come)."""

_DIVORCE_PLAN = re.compile(
    r"\b(?:(?:plan|plans|planning|going|want|wants|wanting|need|needs|about|ready|trying|deciding|decided|saving|"
    r"saving\s+up|money)\s+(?:on\s+|to\s+|for\s+)?(?:get|getting|file\s+for|filing\s+for)\s+(?:a\s+)?divorce|"
    r"(?:going|been|am|i'm|im)\s+(?:through|in\s+the\s+middle\s+of)\s+(?:a|my)\s+divorce|"
    r"(?:filed|filing|file)\s+for\s+(?:a\s+)?divorce|(?:want|need)\s+a\s+divorce)\b",
    re.IGNORECASE,
)
"""A divorce planned or under way ("planning on getting a divorce", "saving up to file for divorce")."""

_FIRST_PERSON = re.compile(
    r"^(?:(?:and|but|so|well|yeah|yes|now|still)\s+)?(?:i|i'm|im|i've|ive|we|we're)\b|"
    r"^(?:still\s+|always\s+|just\s+)?(?:looking|searching|hoping|trying)\b",
    re.IGNORECASE,
)
"""A clause of the speaker's, or one whose "i'm" chat drops ("still looking for mr right")."""
_NEGATED = re.compile(r"\b(?:not|never|no\s+longer|n't|dont|cant|wont|if|whether|would|wish)\b|\bno\b", re.I)

_SEEKING = re.compile(
    r"\b(?:looking|searching|hoping|trying|waiting)\s+(?:to\s+(?:finally\s+)?(?:find|get|meet|have)|for)\s+"
    r"(?:a\s+|the\s+|my\s+)?(?:(?:steady|serious|real|stable|good|nice|new|long[\s-]term|committed|lasting)\s+)?"
    r"(?:relationship|girlfriend|boyfriend|wife|husband|one(?=\s*$|\s*[,.!?]|\s+(?:and|but|so|yet|lol|haha|though|"
    r"still|anymore|to\s+marry)\b)|right\s+(?:one|guy|girl|man|woman|person)|"
    r"mr\.?\s+right|soul\s*mate|someone\s+special|true\s+love|love\s+of\s+my\s+life)\b"
    r"(?!\s+(?:for\s+(?:my|his|her|him|them|their|the|a|an)|to\s+help)\b)",
    re.IGNORECASE,
)
"""Looking for a partner: "still looking for the one", "trying to find a steady relationship" (single)."""

_REMARRIED = re.compile(r"^(?:i|we)\s+(?:(?:just|recently|finally|have|'ve|got|am|'m)\s+)*remarried\b", re.I)

_AND_STATUS = re.compile(
    r"^(?:i\s+am|i'm|im)\b[^;]*?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:happily|unhappily|newly|recently|very|still|now)\s+)?"
    r"(?P<s>married|divorced|engaged|separated|widowed)\s*(?:$|[,.!?]|with\b|to\b)",
    re.IGNORECASE,
)
"""A status after another self-description: "i am forty, a mechanic and happily married"."""

_SINGLE_PARENT = re.compile(
    r"(?:\b(?:and|with|of|from|between|by|at|juggling|plus)\s+being|\bas)\s+an?\s+single\s+"
    r"(?:mom|mum|mother|dad|father|parent|mama|papa)\b",
    re.IGNORECASE,
)
"""'… and being a single dad': single, with children (not "being a single parent is hard": said of anyone)."""

_COUNT = r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])"
_PARENT_OF = re.compile(
    r"^(?:(?:a|an|just\s+a|single|proud|busy|working|tired|stay[\s-]at[\s-]home|full[\s-]time)\s+)*"
    r"(?:mother|mom|mum|mommy|father|dad|daddy|parent|mama|papa)\s+(?:of|to)\s+" + _COUNT + r"\b"
    r"(?!\s*(?:years?|months?|weeks?|days?|dogs?|cats?|pets?|horses?|fur)\b)",
    re.IGNORECASE,
)
"""A parent of some children said as a bare label: "mother of three here", "proud dad of 2"."""

_WITH_KIDS = re.compile(
    r"^(?:i\s+am|i'm|im|am|(?:happily\s+)?(?:married|single|divorced|widowed))\b(?P<pre>[^,;]*?)\s+with\s+"
    + _COUNT
    + r"\s+(?:(?:little|young|grown|small|beautiful|wonderful|amazing|great)\s+)?(?:kids|children|childrens|sons|"
    r"daughters)\b(?!\s+(?:in|to|from|on|under)\b)",
    re.IGNORECASE,
)
"""Children after the speaker's self-description: "i am a welder with three kids", "married with 2 children"."""

_CARE_ROLES = words("teacher coach nanny babysitter tutor counselor counsellor camp class classroom bus van")

_KIDS_AGES = re.compile(
    r"\bmy\s+(?:kids|children|childrens|boys|girls|sons|daughters)\s+are\s+(?:aged\s+)?"
    r"(?P<a>\d{1,2}(?:\s*,\s*\d{1,2})*,?\s+and\s+\d{1,2})\b(?!\s*(?:%|percent|feet|foot|ft|inches|minutes|hours|"
    r"miles|pounds|lbs|kg|o'clock|pm|am)\b)",
    re.IGNORECASE,
)
"""Children counted by their ages: "my kids are 4 and 7" (two), "my boys are 3, 6 and 9" (three)."""

_MY_RANKED_CHILD = re.compile(
    r"\bmy\s+(?:oldest|youngest|eldest|middle\s+child|middle\s+one|firstborn)\s+"
    r"(?:one\s+|kid\s+|child\s+)?(?=(?:is|was|just|turns|turned|started|starts|goes|went|graduated|graduates|"
    r"got|gets|wants|loves|likes|plays|has)\b)",
    re.IGNORECASE,
)
"""A child named by rank: "my oldest is in middle school", "my youngest just started walking"."""

_NONE_OF = re.compile(
    r"^(?:(?P<no>no|zero)\s+|any\s+)?(?:(?:own|real)\s+)?(?P<k>kids|children|childrens)"
    r"(?:\s+(?:yet|at\s+all|of\s+my\s+own|of\s+our\s+own|either|though|myself))?\s*$",
    re.IGNORECASE,
)
"""What is had when there are no children: "no kids", "(don't have) any children yet"."""

_PARTNER_OBJECT = re.compile(
    r"^(?:an?\s+)(?P<who>(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+for\s+an?\s+(?P<p>wife|husband|spouse|partner|boyfriend|"
    r"girlfriend)\b",
    re.IGNORECASE,
)
"""A partner said as an object with their trade: "i have a doctor for a husband"."""

_STATUS_OF = {
    "wife": "married",
    "husband": "married",
    "spouse": "married",
    "hubby": "married",
    "missus": "married",
    "missis": "married",
    "boyfriend": "in a relationship",
    "girlfriend": "in a relationship",
    "partner": "in a relationship",
}


def partner_as_object(rest: str) -> str | None:
    """ "(i have) a doctor for a husband": the partner's word; the trade is the partner's, not the speaker's."""
    m = _PARTNER_OBJECT.match(rest)
    return m.group("p").lower() if m else None


STATUS_THINGS = frozenset({"divorce", "relationship status", "marital status"})
"""What "my … is …" names when it says the speaker's status ("my divorce is final", "my relationship status is
married"), never a key of its own."""

_STATUSES = re.compile(
    r"^(?:(?:still|now|happily|officially)\s+)?(?P<s>single|married|engaged|divorced|separated|widowed|"
    r"in\s+a\s+relationship|complicated)\b",
    re.IGNORECASE,
)


def status_said_as_thing(c: Sink, thing: str, value: str) -> None:
    """ "my divorce is final" (divorced; "… is pending" or "not final yet": getting divorced), "my relationship
    status is married"."""
    if thing == "divorce":
        pending = _PENDING.search(value) or c.negated or (c.when is not None and c.when > c.ctx.observed_at)
        c.attr("relationship_status", "getting divorced" if pending else "divorced", confidence=0.7, negated=False)
        return
    m = _STATUSES.match(value)
    if m:
        c.attr("relationship_status", " ".join(m.group("s").lower().split()), confidence=0.8)


_PENDING = re.compile(r"\b(?:pending|almost|nearly|soon|not\s+(?:yet\s+)?final|dragging|going\s+through)\b", re.I)


def partner_status(kin: str) -> str:
    """The status a partner word says: a wife or a husband means married."""
    return _STATUS_OF.get(kin, "")


def partner_ended(kin: str, ended: str, gone: bool) -> str:
    """The status left when a partner ended it ("my wife left me" separated, "divorced me" divorced, "filed for
    divorce" getting divorced, died: widowed; a boyfriend gone leaves the speaker single)."""
    if kin not in ("wife", "husband", "spouse"):
        return "single"
    low = ended.lower()
    if gone:
        return "widowed"
    if low.startswith("divorced"):
        return "divorced"
    return "getting divorced" if "filed" in low else "separated"


def children_none(c: Sink, rest: str) -> bool:
    """ "i have no kids", "i don't have any children (yet)": the speaker has none, said as the negated ``family``
    fact ("i do not have children" already was); no ``children`` count, so nothing is invented to supersede."""
    m = _NONE_OF.match(rest)
    if not m or bool(m.group("no")) == c.negated:
        return False
    c.attr("family", m.group("k"), negated=True)
    return True


_SPOUSES = words("wife wifes husband husbands hubby spouse")
_RANKS = words("oldest youngest eldest middle firstborn")
_CUES = (
    _RELATIVES
    | words("""missus missis divorce kids children childrens boys girls sons daughters married wed hitched remarried
    divorced engaged separated widowed looking searching hoping trying waiting single baby child kid""")
    | _SPOUSES
    | _RANKS
)
"""Words one of which a sentence must have for anything here to match (a cheap test before the patterns)."""


_ORDINAL_COUNT = {"first": "one", "second": "two", "third": "three", "fourth": "four", "fifth": "five"}
_NTH_CHILD_BORN = re.compile(
    r"\b(?:(?:we|i)\s+(?:just\s+|finally\s+|recently\s+)?(?:had|welcomed|gave\s+birth\s+to)\s+(?:our|my)\s+"
    r"(?P<n>first|second|third|fourth|fifth)\s+(?:baby|child|kid)\b(?!['’-]|\s+(?:shower|party|birthday|gift|scan))|"
    r"(?:our|my)\s+(?P<m>first|second|third|fourth|fifth)\s+(?:baby|child|kid)(?:\s+(?:girl|boy))?\s+"
    r"(?:was|has\s+been|is\s+finally)\s+born\b)",
    re.IGNORECASE,
)
"""A child just born, counted by its rank: "we had our second baby", "my third child was born": how many now
("our first daughter" is no count: sons may have come before her)."""


def family_mentions(pieces: Sequence[Piece], add: Add, attributes: list[ExtractedAttribute]) -> None:
    """Relatives, partners, marital status and children said in passing in the speaker's clauses (``attributes``: the
    speaker's facts of the turn so far; a status or a count said there is not inferred again)."""
    status_said = any(a.key == "relationship_status" for a in attributes)
    counted = any(a.key == "children" for a in attributes)

    def count(value: str) -> None:
        nonlocal counted
        if not counted:
            add("children", value, 0.7)
            counted = True

    def status(value: str) -> None:
        nonlocal status_said
        if not status_said:
            add("relationship_status", value, 0.7)
            status_said = True

    joined = ", ".join(p.text for p in pieces if not p.question)  # ("my loud, messy brother": one phrase)
    said = set(joined.lower().replace(",", " ").replace(".", " ").replace("'", " ").split())
    if said.isdisjoint(_CUES) and not (
        ("of" in said or "to" in said) and any(_PARENT_OF.match(p.text) for p in pieces if not p.question)
    ):
        return  # (most sentences name no relative, partner, child or status: one set test, not twenty patterns)
    if "my" in said:
        for m in _MY_RELATIVE.finditer(joined) if not said.isdisjoint(_RELATIVES) else ():
            if _NOT_KIN_MODIFIER.isdisjoint(m.group("mod").lower().split()):
                word = m.group("w").lower()
                after = joined[m.end() :].split(maxsplit=1)
                if word.endswith("s") and after and after[0].lower() in _POSSESSED:
                    word = word[:-1]  # "my sisters cat": the possessive said without its apostrophe
                add("family", word, 0.75)
        for m in _MY_PARTNER.finditer(joined) if not said.isdisjoint(_SPOUSES) else ():
            mod = m.group("mod").lower().replace(",", " ").split()
            blocked = _NOT_PARTNER_MODIFIER.intersection(mod)
            if not blocked or blocked == {"old"} and mod[-1] == "old" and len(mod) > 1:  # ("my grumpy old husband")
                kin = m.group("p").lower()
                add("family", "husband" if kin == "hubby" else kin, 0.75)
                status(partner_status(kin))
        late = _LATE_PARTNER.search(joined) if "late" in said else None
        if late:
            add("family", late.group("p").lower(), 0.75)
            status("widowed")
        divorce = _MY_DIVORCE.search(joined) if "divorce" in said else None
        if divorce:
            ahead = (
                divorce.group("pending")
                or _TOWARDS.search(joined[: divorce.start()])
                or _AFTER_IT.match(joined[divorce.end() :])
            )
            status("getting divorced" if ahead else "divorced")  # ("leading to my divorce": not yet)
        ranked = _MY_RANKED_CHILD.search(joined) if not said.isdisjoint(_RANKS) else None
        if ranked:
            add("family", "children", 0.75)
        ages = _KIDS_AGES.search(joined) if "are" in said else None
        if ages:
            count(str(len(re.findall(r"\d+", ages.group("a")))))
    listed = _AND_STATUS.match(joined) if "i" in joined[:2].lower() else None
    if listed and not _NEGATED.search(joined[: listed.end()]):
        status(listed.group("s").lower())  # "i'm a welder, 52 and happily married"
    for piece in pieces:
        if piece.question:
            continue
        text = piece.text
        low = text.lower()
        own = bool(_FIRST_PERSON.match(text))
        negated = bool(_NEGATED.search(low))  # (only pieces of a sentence that named a cue get here)
        if "wife" in low or "hubby" in low or "missus" in low or "missis" in low:
            spouse = _THE_SPOUSE.search(text)
            if spouse:
                kin = (spouse.group("p") or spouse.group("q")).lower()
                add("family", "wife" if kin in ("wife", "missus", "missis") else "husband", 0.7)
                status("married")
        if "married" in low or "wed" in low or "hitched" in low:
            wed = _WHEN_WED.search(text)
            if wed and not negated:
                status("married")
            again = _REMARRIED.match(text) if "remarried" in low else None
            if again and not negated:
                status("married")
        if "divorce" in low and not negated and (own or low.startswith(("planning", "thinking", "going"))):
            if _DIVORCE_PLAN.search(text):
                status("getting divorced")
        if own and not negated and _SEEKING.search(text):
            status("single")
        if "single" in low and not negated and _SINGLE_PARENT.search(text):
            status("single")
            add("family", "children", 0.7)
        born = _NTH_CHILD_BORN.search(text) if ("born" in low or "had" in low or "welcomed" in low) else None
        if born and not negated:  # "we just had our second baby": two children now
            count(_ORDINAL_COUNT[(born.group("n") or born.group("m")).lower()])
        if " of " in low or " to " in low:
            parent = _PARENT_OF.match(text)
            if parent:
                count(parent.group("n").lower())
        if "with" in low and not negated:
            kids = _WITH_KIDS.match(text)
            if kids and _CARE_ROLES.isdisjoint(kids.group("pre").lower().split()):
                count(kids.group("n").lower())
