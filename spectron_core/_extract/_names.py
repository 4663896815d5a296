"""The names of the people and animals in the speaker's life, and what is said of them in the same breath.

An assistant is asked "what are my kids called?", "what's my dog's name?", "how old is Max?". The names come in a
few shapes, read here on the whole sentence (after the clause reader, whose comma splits would cut a list of names
from the noun it belongs to):

- after a count or a kind: "i have two kids, sam and lily", "a son, max, and a daughter, zoe", "a dog named rex and
  a cat named tom", "my daughters emma and mia", "my kids are sam and lily", "my sons' names are leo and finn",
  or the names first ("lily and sam are my kids", "rex is my dog");
- a pet's name: "our dog is called rex", "my cat's name is luna", "we got a puppy and named her miso", "we have a
  cat, her name is nala";
- a partner said as "a guy named tomas" ("i'm married to a guy named tomas", "i'm dating a girl called priya"), and
  a child welcomed or an animal owned by name ("we welcomed a baby girl, nora", "i own a horse named clover"): a name
  written with a capital is a name whatever it ends in ("Olive");
- a partner, friend or boss: "my partner jamie", "my best friend is priya", "my boss, carol, is away";
- an attribute of the named person in the same line: "my son max is 7" (Max's age), "my wife anna is a doctor"
  (Anna's job).

How each is recorded, and why: the representation the clause reader already uses for "My wife Anna …" is kept: a
relation from the speaker to ``Person/<name>`` labelled by the kin word (``parent_of``, ``married_to``,
``friend_of``, ``reports_to``, ``sibling_of``, ``child_of``; a girlfriend, boyfriend or fiance is ``partner_of``,
which like ``married_to`` holds one object at a time; a coworker or roommate ``knows``), beside the speaker's
``family`` value. A pet is ``owns`` → ``Pet/<name>`` with a sentence ("Speaker's dog is named Rex") for recall,
beside the speaker's ``pets`` kind. A pet had in the past ("i used to have a dog named rex") is not owned now. What
is said of the named person (``age``, ``role``) is that person's fact, on their entity, never the speaker's; it
supersedes only that person's earlier value. "my kids are sam and lily" lists all the children, so it also gives
``children`` (their number).

A name is a word the lexicons do not know as anything else: "my kids are great", "my best friend is awesome" or
"my dog is called a mutt" name no one. Not read: questions ("what should i name my dog?"), another person's
relative or pet ("my friend's dog is called rex"), a wish ("i would name him rex"), names with no relation said
("sam and lily are coming over"); the speaker's own name is ``name`` (read elsewhere). "i named my plant fred":
a plant is no pet and no person, so it is no fact here.
"""

from __future__ import annotations

import re
from datetime import datetime

from .._entities import entity_ref
from ._lexicon import (
    ACTIVITIES,
    APPEARANCE_ADJ,
    CHILD_WORDS,
    COLORS,
    DIETS,
    HEALTH_ADJ,
    KIN,
    KIN_LABELS,
    MOODS,
    NAME_LOWER,
    NAME_UPPER,
    NOT_ROLE,
    PETS,
    PLACES,
    ROLE_WORDS,
    TRAITS,
    words,
)
from ._ontology import BUILTIN_SPECS
from ._possessions import pet_kind
from ._predicates import VERBS, _lemma
from ._regex import _match as _rx_match
from ._types import ExtractedAttribute, ExtractedRelation, Extraction

__all__ = ["names_said"]

_FAMILY_WORD = {
    "boy": "son",
    "girl": "daughter",
    "hubby": "husband",
    "childrens": "children",
    "oldest": "children",
    "youngest": "children",
    "eldest": "children",
}
_ALT_KIN = "|".join(sorted(KIN_LABELS, key=len, reverse=True))
_ALT_PET = "|".join(sorted(PETS, key=len, reverse=True))

_NOT_NAME = (
    words("""a an the my our your his her their its this that these those some any all both each every no not none
    and or but so too very really just also still always never ever now then here there today tomorrow yesterday
    is are was were be been am being has have had do does did will would can could should may might must
    i me we us you he him she it they them who whom what which when where why how
    in on at of to for from with by about into over under after before while since until like as than
    one two three four five six seven eight nine ten twins twin adults teens teenagers grown toddlers babies
    good great nice fine ok okay awesome amazing wonderful lovely cute sweet funny smart little big young old older
    younger oldest youngest small tall short new first second third last best worst only same other such grand
    named called name names lol haha yes yeah well pretty kind mean strict busy away home out off back
    cool bad happy sad sick ill dead gone fun crazy wild lazy friend friends wow omg oh hey ugh more less most
    next door even once soon later sometimes recently finally usually actually literally basically honestly
    obviously currently around up down together alone gay straight bisexual lesbian trans married single divorced
    pregnant""")
    | KIN
    | PETS
    | COLORS
    | MOODS
    | TRAITS
    | HEALTH_ADJ
    | APPEARANCE_ADJ
    | frozenset(ACTIVITIES)
    | PLACES
    | DIETS
    | ROLE_WORDS
)
"""Words that are something else before they are a name: "my kids are great", "my boss is away"."""

_NAME = rf"[{NAME_UPPER}{NAME_LOWER}][{NAME_LOWER}'-]{{1,14}}"
_NAMES = rf"{_NAME}(?:\s*,\s*{_NAME})*(?:\s*,?\s+(?:and|&)\s+{_NAME})?"

_PLURAL_COUNT = r"(?:two|three|four|five|six|[2-9])"
_ADJ = r"(?:(?:little|baby|big|older|younger|oldest|youngest|eldest|twin|best|new|sweet|old|[a-z0-9]+[\s-]years?[\s-]old)\s+)?"

_HAVE_LIST = re.compile(
    rf"\b(?:i|we)\s+(?:have|had|'ve\s+got|have\s+got|got|own|adopted|rescued|welcomed)\s+(?P<n>{_PLURAL_COUNT})\s+{_ADJ}(?P<kin>{_ALT_KIN}|{_ALT_PET})"
    rf"(?:\s*[,:-]\s*|\s+(?:named|called)\s+|\s+)(?P<names>{_NAMES})\s*(?:[.,!;]|$)",
    re.IGNORECASE,
)
"""A count and a kind, then their names: "i have two kids, sam and lily", "we have 2 cats named tom and ginger"."""

_ONE_NAMED = re.compile(
    rf"\b(?:an?|one|my|our)\s+{_ADJ}(?P<pre>(?:[a-z]+\s+)?)(?P<kin>{_ALT_KIN}|{_ALT_PET})"
    rf"(?:\s*,\s*(?P<n1>{_NAME})\s*(?:,|$)|\s+(?:named|called)\s+(?P<n2>{_NAME})\b)",
    re.IGNORECASE,
)
"""One of a list said as "a son, max, and a daughter, zoe" or "a dog named rex and a cat named tom"."""

_MY_LIST = re.compile(
    rf"\b(?:my|our)\s+{_ADJ}(?P<kin>{_ALT_KIN}|{_ALT_PET})(?:'|s')?(?P<how>\s+names\s+are|\s+are\s+(?:called|named)"
    rf"|\s+are|\s+)\s*(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|&)\s+{_NAME})\b(?P<tail>.*)$",
    re.IGNORECASE,
)
"""Relatives or pets of one kind listed: "my kids are sam and lily", "my daughters emma and mia are twins"."""

_MY_ONE = re.compile(
    rf"\b(?:my|our)\s+{_ADJ}(?P<kin>{_ALT_KIN}|{_ALT_PET})(?P<how>(?:'?s|s')?\s+name\s+is|(?:\s+is|'s)\s+(?:called|named)"
    rf"|\s+(?:called|named)|\s+is\s+an?\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:called|named)|\s+is|\s*,|\s+)\s*"
    rf"(?P<name>{_NAME})\b(?P<tail>.*)$",
    re.IGNORECASE,
)
"""One relative or pet and their name: "my partner jamie", "my best friend is priya", "our dog is called rex", "my
dog is a whippet called rex" (the breed said between is no name)."""

_NAMES_ARE_MY = re.compile(
    rf"^(?:(?:also|btw|and|oh|so)\s+)?(?P<names>{_NAMES})(?:\s+(?:is|are)|'s)\s+(?:my|our)\s+(?:(?:two|three|four|2|3|4)\s+)?"
    rf"{_ADJ}(?P<kin>{_ALT_KIN}|{_ALT_PET})\s*$",
    re.IGNORECASE,
)
"""The name said first: "Lily and Sam are my kids", "rex is my dog"."""

_NAMED_IT = re.compile(
    rf"\b(?:got|adopted|rescued|have|bought|brought\s+home|took\s+in)\s+(?:an?|our|my)\s+{_ADJ}(?P<pre>(?:[a-z]+\s+)?)"
    rf"(?P<kin>{_ALT_PET})\b.*?\b(?:(?:i|we|and)\s+(?:(?:just|finally)\s+)?(?:named|called)\s+(?:him|her|it)|"
    rf"(?:his|her|its)\s+name\s+is|(?:he|she|it)\s+is\s+(?:called|named))\s+(?P<name>{_NAME})\b",
    re.IGNORECASE,
)
"""A pet got, then named: "we got a puppy, we named her miso", "we adopted a kitten and named him bolt", "we have a
cat, her name is nala"."""

_PARTNER_NAMED = re.compile(
    rf"^(?:(?:so|and|also|btw|oh|well|actually)\s*,?\s+)*(?:i|we)\s+(?:am|'m|m)\s+(?:(?:happily|newly|recently|now|just|"
    rf"currently)\s+)?(?P<how>married\s+to|engaged\s+to|dating|seeing)\s+(?:a|an|this)\s+(?:[a-z]+\s+){{0,2}}?"
    rf"(?P<who>guy|man|woman|girl|lady|boy|fella|gal|person|dude|chap|bloke)\s+(?:named|called)\s+(?P<name>{_NAME})\b",
    re.IGNORECASE,
)
"""A partner named as "a guy named tomas": "i'm married to a guy named tomas", "i'm dating a girl called priya".
Married is ``married_to``; engaged or dating is ``partner_of``."""

_AGED = re.compile(r"\b(?P<n>\d{1,2})[\s-]years?[\s-]old\b", re.IGNORECASE)

_OWNING = re.compile(
    r"\b(?:i|we)\s+(?:(?:also|still|just|now)\s+)?(?:have|had|got|adopted|rescued|own|welcomed|'ve\s+got|have\s+got)\b"
    r"(?:\s+\S+){0,12}?\s*$|\b(?:and|,)\s*$",
    re.IGNORECASE,
)
"""An owning verb before "a dog named rex" (or the list's "and" after one): "i have a dog named rex and a cat named
tom"."""

_TAIL_AGE = re.compile(
    r"^\s*,?\s*(?:who\s+)?(?:is|'s|turned|just\s+turned)\s+(?P<n>\d{1,2})(?:\s*(?:years?|yrs?)(?:\s+old)?)?\s*(?:[.,!;]|$|\s+(?:and|but|now|this\s+year|today|already)\b)",
    re.IGNORECASE,
)
_TAIL_ROLE = re.compile(
    r"^\s*,?\s*(?:who\s+)?(?:is|'s|works\s+as)\s+an?\s+(?P<r>(?:[a-z]+\s+)??[a-z]+)\s*(?:[.,!;]|$|\s+(?:at|in|and|but|for|now|these\s+days)\b)",
    re.IGNORECASE,
)

_NOT_OWN = re.compile(
    r"\b(?:if|would|wish|should|could|might|maybe|want|wanna|plan|planning|going\s+to|gonna)\b|'d\b", re.IGNORECASE
)
"""A wish or a plan before the name ("if i had a dog i would name him rex"): no one is named yet."""


_PET_THINGS = words("""rescue rescues farm farms food bed beds toy toys tree house sitter walker park hair photo
    agility training classes class shelter vet groomer crate leash collar account car room phone""")
"""What follows a pet word as a compound, not as the pet's name: "my bunny rescue", "my dog sitter"."""

_GIVING = words("""give gives gave giving feed feeds fed feeding buy buys bought get gets got make makes made take
    takes took bring brings brought send sends sent show shows showed teach teaches taught walk walks walked pay paid
    leave left hand handed""")
"""Verbs whose "my dog <word>" is an object or an adverb after the pet, not its name: "i gave my cat insulin"."""

_KEYS = frozenset(spec.key for spec in BUILTIN_SPECS)
"""The ontology's keys: a value of one of them that ends in a name is kept ("had a friend named noah" is an event);
a made-up key ("manager = called steve") is the clause reader's misreading of the name."""

_CUES = (
    *("my ", "our ", "have", "had ", "got", "'ve", "adopted", "rescued", "bought", "brought", "took", "own "),
    *("welcomed", "married", "engaged", "dating", "seeing"),
)
"""Every construction read here says "my/our …" or an owning verb."""

_WORDS = re.compile(r"[a-z]+")
_KIN_OR_PET = frozenset(KIN_LABELS) | PETS | {"dogs", "cats", "puppies", "kittens"}


_NOT_NAME_ENDS = (
    "ing",
    "ed",
    "ful",
    "ous",
    "ive",
    "able",
    "less",
    "ish",
    "est",
    "ness",
    "ment",
    "ently",
    "ually",
    "ously",
    "ately",
    "ically",
    "ght",
)


def _is_name(w: str, *, cap_only: bool = False) -> bool:
    low = w.lower()
    if low in _NOT_NAME or low in VERBS or _lemma(low) in VERBS or "'" in low:
        return False
    if low.endswith(_NOT_NAME_ENDS) and not w[:1].isupper():
        return False  # (a capital says it is a name whatever it ends in: "Olive", "Sterling")
    return w[:1].isupper() if cap_only else True


def _split_names(text: str) -> list[str]:
    return [p for p in re.split(r"\s*,\s*(?:and\s+|&\s+)?|\s*,?\s+(?:and|&)\s+", text.strip()) if p]


def _display(ref: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in ref.split("/", 1)[1].split())


class _Writer:
    """Records for one sentence, never twice and never over what the clause reader already said."""

    def __init__(self, out: Extraction, speaker: str, span: tuple[int, int], conf: float, when: datetime | None):
        self.out, self.speaker, self.span, self.conf, self.when = out, speaker, span, conf, when
        self.names: set[str] = set()

    def attr(self, entity: str, key: str, value: str) -> None:
        if any(a.entity == entity and a.key == key and a.value.lower() == value.lower() for a in self.out.attributes):
            return
        self.out.attributes.append(
            ExtractedAttribute(
                entity=entity,
                key=key,
                value=value,
                category="identity",
                confidence=self.conf,
                span=self.span,
                valid_from=self.when,
            )
        )

    def named(self, kin: str, name: str, *, pet: bool) -> str:
        kin = kin.lower()
        ref = entity_ref("Pet" if pet else "Person", name)
        self.names.add(name.lower())
        if pet:
            kind = pet_kind(kin) or kin.rstrip("s")
            label, text = "owns", f"{_display(self.speaker)}'s pet {kind} is named {_display(ref)}."
            self.attr(self.speaker, "pets", kind)
        else:  # ("what's my husband's name?" is asked with the kin word the relation's label does not say)
            label, text = KIN_LABELS[kin], f"{_display(self.speaker)}'s {kin} is named {_display(ref)}."
            word = _FAMILY_WORD.get(kin, kin)
            if word in KIN:
                self.attr(self.speaker, "family", word)
        for i, r in enumerate(self.out.relations):
            if r.label == label and r.object == ref and not r.text:  # (the clause reader's, said without a sentence)
                self.out.relations[i] = r.model_copy(update={"text": text})
        if not any(r.label == label and r.object == ref for r in self.out.relations):
            self.out.relations.append(
                ExtractedRelation(
                    subject=self.speaker,
                    label=label,
                    object=ref,
                    confidence=self.conf,
                    span=self.span,
                    valid_from=self.when,
                    text=text,
                )
            )
        return ref

    def tail(self, ref: str, tail: str) -> None:
        """What the same line says of the named person: their age or their job, on their entity."""
        if not ref.startswith("Person/"):
            return
        m = _TAIL_AGE.match(tail)
        if m and 0 < int(m.group("n")) < 100:
            self.attr(ref, "age", m.group("n"))
            return
        m = _TAIL_ROLE.match(tail)
        if m:
            role = m.group("r").lower()
            if role.split()[-1] in ROLE_WORDS and role.split()[-1] not in NOT_ROLE:
                self.attr(ref, "role", role)

    def tidy(self, start: int) -> None:
        """Drop what the clause reader made of the names: a name as a thing owned ("possessions = Sam"), or a key
        made of the kin word and the name ("son_max = 7")."""
        if not self.names:
            return
        self.out.attributes[start:] = [a for a in self.out.attributes[start:] if not self._misread(a)]

    def _misread(self, a: ExtractedAttribute) -> bool:
        if a.entity != self.speaker:
            return False
        if a.key == "name" or not a.value.strip():
            return False
        if (a.key == "possessions" or a.key not in _KEYS) and a.value.lower().split()[-1] in self.names:
            return True  # "possessions = Sam", "possessions = kids sam", "manager = called steve"
        return "_" in a.key and a.key.rsplit("_", 1)[1] in self.names  # "son_max = 7", "little_brother_sam = 16"


def names_said(
    body: str,
    question: bool,
    speaker: str,
    span: tuple[int, int],
    confidence: float,
    when: datetime | None,
    out: Extraction,
    start: int,
) -> None:
    """Read the names of the speaker's relatives and pets in one sentence (``body``, time phrase removed) and tidy
    what the clause reader made of them in the records from ``start`` on."""
    if question or len(body) > 300:
        return
    low = body.lower()
    named = " named " in low or " called " in low
    if _KIN_OR_PET.isdisjoint(_WORDS.findall(low)) and not named or not any(cue in low for cue in _CUES):
        return  # (most lines name no relative and no pet: a set lookup before the patterns)
    w = _Writer(out, speaker, span, confidence, when)
    if not (_match_all(w, body)):
        return
    w.tidy(start)


def _match(pattern: str, text: str) -> bool:
    return _rx_match(pattern, text, re.IGNORECASE) is not None


def _pet(kin: str) -> bool:
    return kin.lower() in PETS


def _match_all(w: _Writer, body: str) -> bool:
    low = body.lower()
    named = "named" in low or "called" in low or "name is" in low
    m = _HAVE_LIST.search(body) if _match(r".*\b(?:have|got|'ve|own|adopted|rescued|welcomed)\s", low) else None
    if m and not _NOT_OWN.search(body[: m.start()]):
        names = _split_names(m.group("names"))
        if len(names) > 1 and all(_is_name(n) for n in names):
            if m.group("kin").lower() in CHILD_WORDS and not any(a.key == "children" for a in w.out.attributes):
                w.attr(w.speaker, "children", m.group("n").lower())  # "i have two kids sam and lily"
            for n in names:
                w.named(m.group("kin"), n, pet=_pet(m.group("kin")))
            return True
    m = _PARTNER_NAMED.match(body) if named else None
    if m and _is_name(m.group("name")):
        how, who = m.group("how").lower(), m.group("who").lower()
        man = who in ("guy", "man", "boy", "fella", "dude", "chap", "bloke")
        kin = ("husband" if man else "wife") if how.startswith("married") else ("boyfriend" if man else "girlfriend")
        if how.startswith("engaged"):
            kin = "fiance"
        w.named(kin, m.group("name"), pet=False)
        return True
    found = False
    for m in _ONE_NAMED.finditer(body) if named or "," in low else ():
        name = m.group("n1") or m.group("n2")
        pre = (m.group("pre") or "").strip().lower()
        if pre and (pre in KIN or pre.endswith("s") and pre[:-1] in KIN or pre in ("friends", "neighbors")):
            continue
        if _NOT_OWN.search(body[: m.start()]) or not _is_name(name, cap_only=bool(m.group("n1"))):
            continue
        det = body[m.start() : m.start() + 3].lower()
        if not det.startswith(("my", "ou")) and not _OWNING.search(body[: m.start()]):
            continue  # "went to school with a girl named tanya": no one of the speaker's
        kin = f"{pre} {m.group('kin')}" if pre and _pet(m.group("kin")) else m.group("kin")
        ref = w.named(kin, name, pet=_pet(m.group("kin")))  # ("a guinea pig named …": the kind in two words)
        aged = _AGED.search(m.group(0))
        if aged and ref.startswith("Person/"):
            w.attr(ref, "age", aged.group("n"))  # "a 5 year old son named oliver": Oliver's age
        else:
            w.tail(ref, body[m.end("n1" if m.group("n1") else "n2") :])  # "my oldest, ben, is 12"
        found = True
    if found:
        return True
    m = _NAMED_IT.search(body) if named else None
    if m and not _NOT_OWN.search(body[: m.start()]) and _is_name(m.group("name")):
        w.named(m.group("kin"), m.group("name"), pet=True)
        return True
    if "my " not in low and "our " not in low:
        return False
    m = _NAMES_ARE_MY.match(body)
    if m:
        names = _split_names(m.group("names"))
        if all(_is_name(n) for n in names):
            for n in names:
                w.named(m.group("kin"), n, pet=_pet(m.group("kin")))
            return True
    m = _MY_LIST.search(body)
    if m and _possessor_ok(body, m):
        names = _split_names(m.group("names"))
        bare = not m.group("how").strip()
        if all(_is_name(n) for n in names) and (not bare or m.group("kin").lower().endswith(("s", "ren"))):
            kin = m.group("kin")
            refs = [w.named(kin, n, pet=_pet(kin)) for n in names]
            if kin.lower() in ("kids", "children") and m.group("how").strip().lower().startswith("are"):
                w.attr(w.speaker, "children", str(len(names)))
            if len(refs) == 1:
                w.tail(refs[0], m.group("tail"))
            return True
    m = _MY_ONE.search(body)
    if m and _possessor_ok(body, m):
        kin, how, name = m.group("kin"), m.group("how").strip().lower(), m.group("name")
        if kin.lower().endswith("s") and kin.lower() not in PETS and kin.lower() != "boss":
            if "name" not in how:
                return False  # ("my brothers ben …": a list, read above)
            kin = kin[:-1]  # "my daughters name is ella": the chat spelling of "daughter's"
        tail = m.group("tail")
        ends = _match(r"\s*(?:[.!;]|$)", tail)
        if how == "is" and not ends:
            return False  # "my best friend is priya" ends there; "my boss is carol's friend" does not name the boss
        if how in ("", ",") and _match(_ANOTHER_KIN, tail):
            return False  # "samir's my partner, karim is his brother": the name after the comma is someone else's
        if how in ("", ",") and not name[:1].isupper():
            said_of = _match(r"\s*,?\s*(?:is|was|'s|who|turned|just\s+turned|and\s+i)\b", tail) or (
                not name.lower().endswith(("ly", "ing", "ed", "s"))
                and name.lower() not in _ADVERB_WORDS
                and _match(_DOES_AFTER_NAME, tail)  # "my stepdad ray taught me to fish", "our daughter freya arrived"
            )
            if not (said_of or ends or how == "," and _match(r"\s*,\s*(?:is|was|who|has|and)\b", tail)):
                return False  # "my dad taught me", "my dogs soon": the word after the kin is no name
            if ends and (_pet(kin) and kin.lower().endswith("s") or name.lower() in _PET_THINGS):
                return False  # "my bunny rescue", "walk my dogs soon"
            if kin.lower() in ("boy", "girl"):
                return False  # "my girl friend": no child named
            if ends and body[: m.start()].lower().split()[-1:] in ([v] for v in _GIVING):
                return False  # "i feed my cat tuna", "i walk my dog daily": the word is what is given, or how
        if _is_name(name):
            ref = w.named(kin, name, pet=_pet(kin))
            w.tail(ref, m.group("tail"))
            return True
    return False


_ANOTHER_KIN = rf"\s*(?:is|'s|was)\s+(?:his|her|their|its|your|my|our)\s+{_ADJ}(?:{_ALT_KIN}|{_ALT_PET})\b"
"""After a name that might follow a kin word: the name is given another tie of its own ("my partner, karim is his
brother"), so it does not name the kin before it."""
_ADVERB_WORDS = frozenset(
    "often always never still also just even now already rarely then soon too once sometimes again ever seldom".split()
)
"""Words between a kin word and a verb that are how or when, not who ("my dog often has fleas")."""
_DOES_AFTER_NAME = (
    r"\s*(?:arrived|came|taught|told|works|worked|lives|lived|moved|helped|loves|hates|plays|says|said|"
    r"has|had|got|was\s+born|for\s+(?:\w+\s+)?(?:years|months|weeks))\b"
)
"""What the one named does, after a lower-case name that the kin word before it introduces ("my stepdad ray taught
me to fish", "been with my boyfriend tomasz for six years"): a verb there says the word before it is a name."""


def _possessor_ok(body: str, m: re.Match[str]) -> bool:
    """Is the "my" the speaker's own, not a wish ("i would love my dog to be called rex")?"""
    return not _NOT_OWN.search(body[: m.start("kin")])
