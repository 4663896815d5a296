"""Who provides a service to the speaker: their bank, phone carrier, gym, doctor, dentist, therapist, vet, insurer,
internet or energy supplier, email provider, hairdresser, pharmacy, mechanic and accountant, one value per service,
so that a switch supersedes.

An assistant is told these things in passing and asked about them later ("which bank am i with?"), and they change
in words no general rule reads: "switched banks, im with monzo now", "new gym! signed up at crunch", "i cancelled my
planet fitness membership and joined equinox", "got a new family doctor, dr. lee", "ported my number to mint
mobile". Before this reader those gave nothing, or worse: a new employer ("joined equinox"), a home ("moved our
insurance to lemonade"), a liking, or a key minted from the words ("new_doctor", "current_bank") that never
superseded the old one.

The service is known from a noun of the sentence ("banks", "my car insurance", "carrier", "gp") or, with none, from
the provider's own name when it ends in its kind ("planet fitness", "t-mobile", "dr. kim", "chase bank"), or from what
is done there ("i get my prescriptions from boots", "h&r block does my taxes"). Without any nothing is read:
"i switched to visible" names no service, and a list of brands would be one country's and always out of date. A
change of service said with no name read ("i switched banks") is handed to the write path's flag for an unread change
(``changed_service``), which asks whether the old provider still holds. Each service is its own key, single-valued,
so "my bank is barclays" then "switched banks, i'm with monzo now" leaves one current bank and Barclays in its
history. A provider left ("i stopped seeing dr. kim", "closed my wells fargo account", "my old dentist was dr. ross")
is written negated: the value ends and none is added.

Whose it is and whether it was done are read from the clause before the verb: another subject ("he switched banks",
"my brother just joined planet fitness", "Sarah's therapist is …") or a wish, plan, request or denial ("i want to
switch", "told my sister to switch", "i didn't switch") reads nothing.

What is not a provider is not read: a judgement or a description ("my doctor is worried", "my gym is packed", "my
doctor is Indian", "my gp's on holiday"), a place of work ("i work at a bank", "joined barclays bank as an analyst"),
a place gone to ("we moved to the west bank", "went to power yoga"), a person helped ("i took my mom to her
dentist") and anything asked; when the clause reader read such a sentence as a provider, that reading is dropped.

Why the keys are not listed in the ontology: they hold one value without it (a key it does not list is
single-valued), and listing them moved the standard score of every key's meaning, which is taken over all the keys
(``_meanings``) and read by recall's intent and by the write path's flag. With eight of them listed, "landed a new
position over in ohio" no longer stood out as about ``employer`` (2.52 → 2.39 against 2.5), nor a dev probe
set's move from one college to another; with none, every flag and probe figure is as before. Even taking "the bank
they use" out of ``finances``' description moved "what do i do for a living?" off ``role``, so the ontology is left
as it was: its ``finances`` still says "bank", and the bank itself is this reader's ``bank``."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from ._provider_patterns import (
    _APPOSED,
    _BARE_NAME,
    _BOUNDARY,
    _CHANGED_SERVICE,
    _CLAUSE_END,
    _COPULA,
    _DOES_MY,
    _FOR_KEYS,
    _FOR_MY,
    _GOT_NEW,
    _HABIT,
    _HABIT_KEYS,
    _HAVE_WITH,
    _JOINED,
    _LEFT,
    _LEFT_FOR,
    _MEMBER,
    _MOVED_THINGS,
    _NAMED_FIRST,
    _NEW_BANG,
    _NOW_NAME,
    _OPENERS,
    _OTHER_SUBJECT,
    _OTHERS,
    _PATIENT,
    _PET_TO,
    _PROVIDES_MY,
    _SEEN,
    _SERVICE_IS,
    _SOMEONES,
    _SPEAKER,
    _SUPPLIED,
    _SWITCHED_SERVICE,
    _SWITCHED_TO,
    _UNDONE,
    _WAS,
    _WITH,
    _WORK,
)
from ._provider_words import (
    _FOR_KIND,
    _MAY_NAME,
    _SERVICE,
    _VALUE,
    SERVICE_KEYS,
    _kind,
    _kind_of_name,
    _name,
    _norm,
    _service_key,
)
from ._rule_clause import speaker_fact
from ._types import Extraction

__all__ = ["SERVICE_KEYS", "changed_service", "providers_said"]


def _service_of_heading(text: str) -> str | None:
    heading = _NEW_BANG.match(text.strip())
    return _service_key(heading.group("s")) if heading else None


@lru_cache(maxsize=64)
def _services_in(text: str) -> tuple[re.Match[str], ...]:
    """The service nouns of ``text``, kept for a while: a sentence is scanned again as the next one's ``prior``."""
    return tuple(_SERVICE.finditer(text))


def _changed_kind(text: str) -> str | None:
    """The service the sentence says was changed or taken up ("switched banks", "new gym!"), if any."""
    for m in _services_in(text):
        if _CHANGED_SERVICE.search(text[max(0, m.start() - 40) : m.start()]) and not m.group("number"):
            return _kind(m)
    return None


def changed_service(text: str) -> str | None:
    """The key of the service ``text`` says the speaker changed ("i switched banks", "got a new gp"), whether or not
    it names the new provider: the write path asks whether the old one still holds when no name was read."""
    m = _SWITCHED_SERVICE.search(text)
    if m is None or not _own_and_done(text, m.start()):
        return None
    return _service_key(m.group("s"))


def _own_and_done(body: str, at: int) -> bool:
    """Whether the clause that ``at`` is in says the speaker did it: no one else is its subject ("he switched banks",
    "my mom got a new doctor") and it is not wanted, planned, asked or denied ("i want to switch banks", "told my
    sister to switch")."""
    before = body[:at]
    cut = [m.end() for m in _BOUNDARY.finditer(before)]
    clause = before[cut[-1] :] if cut else before
    if _UNDONE.search(clause):
        return False
    if _SPEAKER.search(clause):
        return True
    ws = clause.split()
    if len(ws) == 1 and ws[0][:1].isupper() and ws[0].lower() not in _OPENERS and not ws[0].endswith(("ed", "ing")):
        return False  # "Priya switched her internet to …": a person named as the subject
    first = ws[0].lower() if ws else ""
    if first.split("-")[0] in _OTHERS:
        return False  # "grandma switched doctors", "brother-in-law got a new gp"
    other = _OTHER_SUBJECT.search(clause)
    if other is None:
        return True
    words_ = [w.lower().split("-")[0] for w in (other.group("w1"), other.group("who")) if w]
    return bool(words_) and not any(w in _OTHERS for w in words_)


def providers_said(
    body: str,
    question: bool,
    speaker: str,
    span: tuple[int, int],
    when: datetime | None,
    out: Extraction,
    start: int,
    relations_start: int,
    prior: str = "",
) -> None:
    """The speaker's providers of services said, switched to or left in the sentence (see the module docstring);
    what the clause readers made of the same words (an employer, a home, a liking, a minted key) is taken back.
    ``prior`` is the sentence before, for a service said as changed there ("switched banks. | im with monzo now")."""
    if question:
        m = _COPULA.search(body)  # "my bank is barclays, right?": asked, not said (nor by the clause reader)
        key = _service_key(m.group("s"), stated=True) if m else None
        if key:
            out.attributes[start:] = [a for a in out.attributes[start:] if not (a.entity == speaker and a.key == key)]
        return
    services = _services_in(body)
    before = None if services or not prior else _service_of_heading(prior) or _changed_kind(prior)
    if not (services or before or _MAY_NAME.search(body)):
        return  # most sentences name no service: one scan, then nothing more
    if _WORK.search(body):
        return
    theirs = _SOMEONES.search(body)
    if theirs:  # (and not the speaker's, as the clause reader may have read it: "Sarah's therapist is Dr. Miller")
        key = _service_key(theirs.group("s"))
        out.attributes[start:] = [a for a in out.attributes[start:] if not (a.entity == speaker and a.key == key)]
        return
    reading = _Reading(body, services, before)
    found = reading.read()
    if found and _PATIENT.search(body):  # "i'm a patient of dr. walsh": no "patient" trait of the speaker's
        out.attributes[start:] = [
            a for a in out.attributes[start:] if not (a.key == "personality" and a.value.lower() == "patient")
        ]
    if reading.unnamed:
        out.attributes[start:] = [
            a
            for a in out.attributes[start:]
            if not (a.entity == speaker and a.key in reading.unnamed and not a.negated)
        ]
    if not found:
        return
    _take_back(body, out, speaker, start, relations_start, found, reading.services)
    for key, value, negated in found:
        speaker_fact(out, speaker, key, value, 0.75, span, when, negated=negated)


class _Reading:
    """One sentence's providers, construction by construction. Which service a bare name belongs to is what the
    sentence says of itself (``said_kind``: "switched banks", "… for therapy"), so it is worked out first; the
    constructions then run in a fixed order, because a later one may take its service from an earlier one's
    provider ("cancelled my planet fitness membership and joined equinox")."""

    def __init__(self, body: str, services: tuple[re.Match[str], ...], before: str | None) -> None:
        self.body = body
        self.services = services
        self.before = before
        """The service the sentence before said was changed ("new gym! | signed up at crunch")."""
        self.for_kind = _kind(_FOR_KIND.search(body))
        self.said_kind = self.for_kind or _changed_kind(body) or self.before
        kinds = {_kind(m) for m in self.services if not m.group("number")} - {None}
        self.only_kind = kinds.pop() if len(kinds) == 1 else None
        """The one service the sentence names, if it names one: what "left bell for rogers, the cell plan was
        cheaper" or "no longer with bupa for health insurance" is about."""
        self.found: list[tuple[str, str, bool]] = []
        self.unnamed: set[str] = set()
        self.left: list[tuple[str | None, str, bool]] = []

    def read(self) -> list[tuple[str, str, bool]]:
        """(key, value, negated) of each provider the sentence names."""
        self._stated()
        self._leaving()
        self._held()
        self._switched()
        self._visited()
        self._habits()
        self._after_a_change()
        return self.found

    def take(
        self,
        key: str | None,
        raw: str,
        negated: bool = False,
        bare: bool = True,
        stated: bool = False,
        borrow: bool = False,
    ) -> bool:
        """Keep ``raw`` as a provider if it is a name: of ``key``, or (``bare``) of the service its own name or the
        sentence says, or (``borrow``) of the sentence's first provider's. Whether ``raw`` is a name at all."""
        value = _name(raw, stated)
        if not value:
            return False
        named = _kind_of_name(value)
        if named == "doctor" and self.for_kind:
            named = self.for_kind  # "i started seeing dr. hall for therapy"
        if not key and bare:
            key = named if named and named != "doctor" else self.said_kind or named
        if not key and borrow and self.found:
            key = self.found[0][0]  # "cancelled my planet fitness membership and joined equinox": the gym left's kind
        key = key or named
        if key and not any(_norm(v) == _norm(value) and k == key for k, v, _ in self.found):
            self.found.append((key, value, negated))
        return True

    def mine(self, m: re.Match[str]) -> bool:
        return _own_and_done(self.body, m.start())

    def _stated(self) -> None:
        """ "my bank is barclays", "chase is my bank", "my old dentist was dr. ross"."""
        body = self.body
        for m in (*_COPULA.finditer(body), _NAMED_FIRST.match(body)):
            key = _service_key(m.group("s"), stated=True) if m else None
            how = (m.groupdict().get("how") or "").strip().lower() if m else ""
            if m and not key and how:  # "our energy is with bulb", "my email is on outlook"
                key = _FOR_KEYS.get(m.group("s").strip().lower()) or _service_key(m.group("s"))
                key = None if key == "phone_carrier" and "number" in m.group("s").lower() else key
            if key and how in ("on", "from") and key not in _SUPPLIED:
                continue  # "my doctor is on holiday", "my gp's on leave": where they are, not who they are
            if (
                m
                and m.groupdict().get("clitic")
                and (len(m.group("v").split()) > 2 or not _CLAUSE_END.match(body, m.end()))
            ):
                continue  # "my doctor's note off at hr": a possessive
            if m and key and self.mine(m):
                if not self.take(key, m.group("v"), stated=True):
                    # "my gym is packed on mondays": said of the gym, and no gym named (nor by the key its noun mints)
                    self.unnamed.update((key, m.group("s").strip().lower().replace(" ", "_")))
        m = _WAS.search(body)
        if m and _service_key(m.group("s"), stated=True) and self.mine(m):
            self.take(_service_key(m.group("s"), stated=True), m.group("v"), negated=True, stated=True)

    def _leaving(self) -> None:
        """ "cancelled my planet fitness membership", "stopped seeing my therapist, sara": those whose service is known
        now; the rest wait for the sentence's other providers (``_after_a_change``)."""
        for m in _LEFT.finditer(self.body):
            if not self.mine(m):
                continue
            verb = m.group("verb").lower()
            key = (
                _service_key(m.group("app"))
                or _MOVED_THINGS.get((m.group("app") or "").lower())
                or _service_key(m.group("s"))
                or _MOVED_THINGS.get((m.group("s") or "").lower())
            )
            # a bare name left is a provider only with a verb of services, or in edited text: "quit smoking" is none
            plain = verb.startswith(("stopped", "no longer", "cancel", "closed")) or m.group("v")[:1].isupper()
            if not key and _kind_of_name(_name(m.group("v"))) == "doctor" and "seeing" not in verb:
                continue  # "i quit dr pepper", "ditched my dr. martens": a doctor is stopped being seen
            self.left.append((key, m.group("v"), plain))
        for key, raw, plain in self.left:
            if key or _kind_of_name(_name(raw)):
                self.take(key, raw, negated=True, bare=plain)

    def _held(self) -> None:
        """ "i have car insurance with geico", "we get our internet through comcast", "i'm insured by aviva"."""
        for m in _HAVE_WITH.finditer(self.body):
            key = "insurance" if m.group("ins") else _service_key(m.group("s") or m.group("s3"), stated=True)
            if key and self.mine(m):
                self.take(key, m.group("v"))

    def _switched(self) -> None:
        """ "switched my car insurance to progressive", "left at&t for mint mobile", "joined equinox", "got a new
        family doctor, dr. lee"."""
        body, said_kind = self.body, self.said_kind
        for m in _SWITCHED_TO.finditer(body):
            if not self.mine(m):
                continue
            noun = (m.group("s") or "").strip().lower()
            verb = m.group("verb").lower()
            key = _service_key(noun) or _MOVED_THINGS.get(noun)
            old = _name(m.group("old") or "")
            if not key and noun and noun not in _MOVED_THINGS:
                continue  # "moved my stuff to storage", "switched my major to biology": no service
            if not key and old:
                key = _kind_of_name(old) if _kind_of_name(old) != "doctor" or verb.startswith("switch") else None
                key = key or _kind_of_name(_name(m.group("v")))
            if not key and not said_kind and (verb.startswith(("went", "gone")) or verb.startswith("mov") and not old):
                continue  # "we moved to the west bank", "went to power yoga": a place gone to, not a provider
            if key or said_kind or _kind_of_name(_name(m.group("v"))) not in (None, "doctor"):
                self.take(key, m.group("v"))
                if old and self.found and _norm(self.found[-1][1]) == _norm(_name(m.group("v"))):
                    self.take(self.found[-1][0], old, negated=True)  # "switched from verizon to mint mobile"
        for m in _LEFT_FOR.finditer(body):
            old, new = _name(m.group("old")), _name(m.group("v"))
            key = said_kind or next(
                (k for k in (_kind_of_name(old), _kind_of_name(new)) if k not in (None, "doctor")), self.only_kind
            )
            if key and old and new and self.mine(m):
                self.take(key, m.group("v"))
                self.take(key, m.group("old"), negated=True)
        for m in _JOINED.finditer(body):
            if self.mine(m):
                banking = m.group("acct") or m.group(0).lower().startswith("bank")
                self.take(_service_key(m.group("s")) or ("bank" if banking else None), m.group("v"), borrow=True)
        for m in _GOT_NEW.finditer(body):
            if _service_key(m.group("s")) and self.mine(m):
                self.take(_service_key(m.group("s")), m.group("v"))

    def _visited(self) -> None:
        """ "i go to planet fitness", "i see dr. huang", "we take the dogs to vca animal hospital", "booked in with
        sam, my usual barber"."""
        body, said_kind = self.body, self.said_kind
        for m in _MEMBER.finditer(body):
            trains = re.search(r"\b(?:train|work\s+out|lift|swim)\s+at\s", m.group(0), re.IGNORECASE)
            goes = said_kind and re.search(r"\bgo\s+to\s", m.group(0), re.IGNORECASE)  # "switched barbers, i go to …"
            has = re.search(r"\b(?:have|got)\s+(?!.*membership)", m.group(0), re.IGNORECASE)
            if has and not m.group("v")[:1].isupper():
                continue  # "i have low energy", "got good power": had by name only ("I have Google Fiber")
            if (trains or goes or _kind_of_name(_name(m.group("v"))) not in (None, "doctor")) and self.mine(m):
                self.take("gym" if trains else said_kind if goes else None, m.group("v"), bare=False)
        for m in _SEEN.finditer(body):
            key = _service_key(m.group("s")) or self.for_kind
            if m.group("verb").lower() == "seeing" and not (said_kind or m.group("s")):
                continue
            if (key or said_kind or _kind_of_name(_name(m.group("v"))) == "doctor") and self.mine(m):
                self.take(key or said_kind, m.group("v"), bare=False)
        for m in _PET_TO.finditer(body):
            if _kind_of_name(_name(m.group("v"))) in ("vet", "doctor") and self.mine(m):
                self.take("vet", m.group("v"))
        for m in _APPOSED.finditer(body):
            noun, adj = (m.group("s"), m.group("adj")) if m.group("s") else (m.group("s2"), m.group("adj2"))
            verb = (m.group("verb") or "").lower()
            ended = (adj or "").lower() in ("old", "former", "previous") or verb.startswith(
                ("stopped", "left", "dropped", "ditched")
            )
            if _service_key(noun) and self.mine(m):
                self.take(_service_key(noun), m.group("v") or m.group("v2") or m.group("v3"), negated=ended)

    def _habits(self) -> None:
        """ "i get my prescriptions from boots", "h&r block does my taxes", "i'm a patient of dr. walsh", "i'm with
        at&t for my phone"."""
        body = self.body
        for m in _HABIT.finditer(body):
            groups = {g for g, v in m.groupdict().items() if v and g != "v"}
            key = next((k for g, k in _HABIT_KEYS.items() if g in groups), "mechanic")
            if "car" in groups and not m.group("v")[:1].isupper():
                continue
            if self.mine(m):
                self.take(key, m.group("v"))
        does = _DOES_MY.match(body)
        if does:
            self.take("accountant", does.group("v"))
        provides = _PROVIDES_MY.match(body) if not does else None
        if provides:
            noun = provides.group("s").lower()
            service = "energy_supplier" if noun in ("energy", "electricity", "gas") else _service_key(noun, stated=True)
            if service:
                self.take(service, provides.group("v"))
        for m in _PATIENT.finditer(body):
            if self.mine(m):
                self.take(None, m.group("v"), bare=False)
        for m in _FOR_MY.finditer(body):
            noun = m.group("s").lower().rstrip("s")
            service = _FOR_KEYS.get(noun.split()[0]) or _service_key(m.group("s"))
            if self.mine(m):
                self.take(service, m.group("v"))

    def _after_a_change(self) -> None:
        """A bare name where the sentence (or the one before) says the service changed: "switched banks, im with monzo
        now", "new gym! | signed up at crunch", "cancelled puregym, signed up at the anytime fitness"."""
        body, said_kind = self.body, self.said_kind
        for m in _WITH.finditer(body):
            named = _kind_of_name(_name(m.group("v")))
            if (said_kind or named not in (None, "doctor")) and self.mine(m):
                self.take(None, m.group("v"))
        alone = _BARE_NAME.match(body) if self.before and not self.found else None
        if alone:  # "i've got a new dentist! | dr vance", "new dentist. | her name is dr. gill"
            self.take(self.before, alone.group("v"))
        heading = _NEW_BANG.match(body)
        if heading and _service_key(heading.group("s")):
            rest = body[heading.end() :]
            said = _JOINED.search(rest) or re.match(_VALUE, rest, re.IGNORECASE)
            if said:
                self.take(_service_key(heading.group("s")), said.group("v"))
        for m in _SERVICE_IS.finditer(body):
            if (said_kind or m.group("now") or self.left) and self.mine(m):
                self.take(_service_key(m.group("s"), stated=True), m.group("v"), stated=not m.group("now"))
        for m in _NOW_NAME.finditer(body) if said_kind else ():
            if self.mine(m):
                self.take(said_kind, m.group("v"))
        for key, raw, plain in self.left:
            swapped = any(k == self.only_kind and not n for k, _, n in self.found)  # "left talktalk, … hyperoptic now"
            if not (key or _kind_of_name(_name(raw))) and (said_kind or self.only_kind and (plain or swapped)):
                # ("i quit smoking after my doctor warned me": the one service named is not what was quit)
                self.take(said_kind or self.only_kind, raw, negated=True, bare=plain)


def _take_back(
    body: str,
    out: Extraction,
    speaker: str,
    start: int,
    relations_start: int,
    found: list[tuple[str, str, bool]],
    services: tuple[re.Match[str], ...],
) -> None:
    """Drop the sentence's other readings of the providers named: "joined equinox" is no employer, "moved our
    insurance to lemonade" no home, "new_doctor" no key of its own, "phone" of "phone carrier" no device."""
    names = {_norm(v) for _, v, _ in found}
    nouns = {m.group(0).lower() for m in services}
    keys = {k for k, _, _ in found}
    minted = tuple(f"_{k}" for k in keys) + tuple(f"_{n.replace(' ', '_')}" for n in nouns)
    bare = _SERVICE.sub(" ", body.lower())  # the sentence without its service nouns

    def about(value: str) -> bool:
        v = _norm(value)
        if not v:
            return False
        if any(n in v or v in n for n in names) or any(n in value.lower() for n in nouns):
            return True
        if v.split()[-1] in ("membership", "account"):
            return True  # "i have a membership at puregym": the membership is the gym's, no thing owned
        # a word said only inside a service's noun ("phone" of "my phone carrier is verizon") is no thing of its own
        return any(v in n for n in nouns) and re.search(rf"\b{re.escape(v)}\b", bare) is None

    out.attributes[start:] = [
        a
        for a in out.attributes[start:]
        if not (
            a.entity == speaker
            and (
                a.key in keys  # another reader's value of a key this reader read: its reading is the one kept
                or a.key not in SERVICE_KEYS
                and (about(a.value) or a.key.endswith(minted) or a.key in ("gp", "carrier", "barber"))
            )
        )
    ]
    out.relations[relations_start:] = [
        r for r in out.relations[relations_start:] if not (r.subject == speaker and about(r.object.split("/", 1)[-1]))
    ]
