"""``RuleExtractor``: the offline, deterministic default extractor.

It reads a turn sentence by sentence: instructions first ("always …", "stop …"), then a subject (I/my → the
speaker; a capitalised name → ``Person/<name>``; a transcript label "Dana: …" → that speaker; anything
else → a general statement), negation ("no longer", "used to", "doesn't … anymore"), hedges ("I think"), a
temporal phrase (resolved against the turn time by ``_when``), and finally predicate patterns grounded in the
ontology (``_lexicon``): "prefers vegetarian food" and "now eats fish" both land on ``food_preference``.
Anything the patterns cannot place in a fact-looking first-person sentence sets ``Extraction.unsure`` (the
LLM cascade asks a model then). Spans are the character range of the sentence a record came from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Optional

from .._entities import entity_ref
from ._lexicon import DIETS, LANGUAGES, MOODS, PETS, RELATION_WORDS, ROLE_WORDS
from ._ontology import Ontology, default_ontology
from ._types import (
    ExtractedAttribute,
    ExtractedInstruction,
    ExtractedRelation,
    ExtractedUncertainty,
    Extraction,
    ExtractionContext,
)
from ._when import resolve

__all__ = ["RuleExtractor"]

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_LABEL = re.compile(r"^\s*(?P<label>[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,2}):\s+")
_CONTRACTIONS = [(re.compile(p, re.I), r) for p, r in (
    (r"\bi'm\b", "I am"), (r"\bi've\b", "I have"), (r"\bi'd\b", "I would"), (r"\bi'll\b", "I will"),
    (r"\bdon't\b", "do not"), (r"\bdoesn't\b", "does not"), (r"\bdidn't\b", "did not"),
    (r"\bisn't\b", "is not"), (r"\baren't\b", "are not"), (r"\bwon't\b", "will not"), (r"\bcan't\b", "cannot"),
    (r"\bwe're\b", "we are"), (r"\bshe's\b", "she is"), (r"\bhe's\b", "he is"),
)]
_ADVERBS = re.compile(r"\b(?:now|also|really|still|currently|actually|finally|just|recently|definitely|"
                      r"usually|mostly|mainly|totally|absolutely|officially)\b\s*", re.I)
_HEDGE = re.compile(r"^(?:i\s+think|i\s+believe|i\s+guess|i\s+heard|i\s+suppose|maybe|probably|apparently|"
                    r"perhaps)(?:\s+that)?[\s,]+", re.I)
_NEG_ANYMORE = re.compile(r"\b(?:do|does|am|is|are)\s+not\s+(?P<p>.+?)\s+(?:any\s?more|any\s+longer)\b", re.I)
_NEG_NO_LONGER = re.compile(r"^(?:am|is|are)?\s*no\s+longer\s+(?P<p>.+)$", re.I)
_NEG_USED_TO = re.compile(r"^used\s+to\s+(?P<p>.+)$", re.I)
_NEG_QUIT = re.compile(r"^(?:quit|stopped|left)\s+(?:being\s+|working\s+(?P<work>at|for)\s+)?(?P<p>.+)$", re.I)
_SUBJECT_STOP = frozenset("""The This That These Those It He She They We You There Here Always Never Please Stop
    From Our Your His Her Their What When Where Why How Who Which Yes No Oh Hey Hi Hello Thanks Thank And But
    So Well Also Then If Because Maybe Probably Wow Okay Ok Sure Great Today Yesterday Tomorrow Last Next Do
    Does Did Is Are Was Were Can Could Would Should Will Let Just Not Don't Every Each Some Any Most""".split())
_PRONOUNS = frozenset("it this that these those he she they we you there here one someone everyone people".split())
_QUESTION_START = re.compile(r"^(?:do|does|did|is|are|was|were|can|could|would|should|will|have|has|what|when|"
                             r"where|why|how|who|which)\b", re.I)
_INSTR_ADD = re.compile(r"^(?:please\s+)?(?P<cue>always|never|from\s+now\s+on,?|make\s+sure\s+(?:to|you)|"
                        r"do\s+not\s+ever|don't\s+ever|going\s+forward,?)\s+(?P<rest>.+)$", re.I)
_INSTR_REVOKE = re.compile(r"^(?:please\s+)?(?:stop|quit|no\s+more)\s+(?P<rest>.+)$", re.I)
_INSTR_REVOKE_ANYMORE = re.compile(r"^(?:please\s+)?(?:do\s+not|don't)\s+(?P<rest>.+?)\s+any\s?more\b", re.I)
_TOPIC_LEAD = re.compile(r"^(?:(?:answer|answering|reply|replying|respond|responding|write|writing|use|using|"
                         r"format|formatting|include|including|speak|speaking|talk|talking|call|calling|address|"
                         r"addressing|keep|keeping|add|adding|put|putting|give|giving|send|sending|be|being)\s+)?"
                         r"(?:me\s+)?(?:(?:in|with|using|as|to|by)\s+)?(?:(?:a|an|the|your|my)\s+)?", re.I)
_EVENT = re.compile(r"^(?P<verb>saw|went|visited|met|attended|bought|watched|ate|read|ran|finished|started|took|"
                    r"got|did|made|tried|played|heard|won|lost|celebrated|traveled|travelled|hiked|painted|wrote|"
                    r"baked|cooked|signed\s+up|volunteered|graduated|adopted|joined|had)\b(?P<rest>.*)$", re.I)
_GENERIC = re.compile(r"^(?P<subj>(?:(?:the|a|an)\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,5}?)\s+(?P<verb>is|are|was|"
                      r"were|weighs?|has|have|costs?|takes?|lasts?|contains?|lives?|needs?|requires?|can|must|"
                      r"should|will)\s+(?P<rest>.+)$", re.I)
_FACT_VERB = re.compile(r"\b(?:am|is|are|was|have|has|had|work|live|like|love|prefer|eat|own|speak|went|got|"
                        r"moved|started|became|feel)\b", re.I)
_ARTICLE = re.compile(r"^(?:a|an|the|some|my|our)\s+", re.I)


@dataclass
class _Clause:
    ctx: ExtractionContext
    subject: str
    predicate: str
    span: tuple[int, int]
    negated: bool = False
    confidence: float = 0.9
    when: Optional[datetime] = None
    out: Extraction = field(default_factory=Extraction)
    matched: bool = False

    def attr(self, key: str, value: str, category: str = "identity", *, entity: Optional[str] = None,
             negated: Optional[bool] = None, confidence: Optional[float] = None) -> None:
        value = _clean(value)
        if not value:
            return
        self.matched = True
        self.out.attributes.append(ExtractedAttribute(
            entity=entity or self.subject, key=key, value=value, category=category,  # type: ignore[arg-type]
            confidence=confidence if confidence is not None else self.confidence, span=self.span,
            valid_from=self.when, negated=self.negated if negated is None else negated))

    def rel(self, label: str, obj: str, category: str = "identity") -> None:
        self.matched = True
        self.out.relations.append(ExtractedRelation(
            subject=self.subject, label=label, object=obj, category=category,  # type: ignore[arg-type]
            confidence=self.confidence, span=self.span, valid_from=self.when, negated=self.negated))


def _clean(value: str) -> str:
    value = value.strip(" \t\"'.,;:!?()")
    value = _ARTICLE.sub("", value)
    value = re.sub(r"\s+(?:food|foods|cuisine|dishes|meals)$", "", value, flags=re.I)
    return " ".join(value.split())


def _lower_unless_proper(value: str) -> str:
    return value if value[:1].isupper() and not value.isupper() else value.lower()


def _place(value: str) -> str:
    return _clean(re.split(r"\s+(?:with|and\s+(?:I|we|my)|because|since|for)\b", value, maxsplit=1)[0])


def _split_list(value: str) -> list[str]:
    return [p for p in (_clean(x) for x in re.split(r",\s*|\s+and\s+|\s*&\s*", value)) if p]


def _singular(word: str) -> str:
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


Handler = Callable[[_Clause, "re.Match[str]"], None]


def _h_food_pref(c: _Clause, m: re.Match[str]) -> None:
    c.attr("food_preference", m.group("v").lower())


def _h_home(c: _Clause, m: re.Match[str]) -> None:
    place = _place(m.group("v"))
    if place:
        c.attr("home", place)
        c.rel("lives_in", entity_ref("Place", place))


def _h_work(c: _Clause, m: re.Match[str]) -> None:
    org = _clean(re.split(r"\s+(?:as|since|in|where|and)\b", m.group("org"), maxsplit=1)[0])
    if org:
        c.attr("employer", org)
        c.rel("works_at", entity_ref("Org", org))
    if m.groupdict().get("role"):
        c.attr("role", m.group("role").lower(), negated=False if not c.negated else True)


def _h_role(c: _Clause, m: re.Match[str]) -> None:
    role = _clean(m.group("role"))
    words = role.lower().split()
    if words and words[-1] in ROLE_WORDS and len(words) <= 4:
        c.attr("role", role.lower())


def _h_age(c: _Clause, m: re.Match[str]) -> None:
    n = int(m.group("n"))
    if 0 < n < 130:
        c.attr("age", str(n))


def _h_pet(c: _Clause, m: re.Match[str]) -> None:
    c.attr("pets", _singular(m.group("pet")))


def _h_languages(c: _Clause, m: re.Match[str]) -> None:
    for lang in _split_list(m.group("v")):
        if lang.lower() in LANGUAGES:
            c.attr("languages", lang.capitalize())


def _h_list(key: str, category: str = "identity") -> Handler:
    def handler(c: _Clause, m: re.Match[str]) -> None:
        for item in _split_list(m.group("v")):
            c.attr(key, item.lower(), category)
    return handler


def _h_value(key: str, category: str = "identity", lower: bool = True) -> Handler:
    def handler(c: _Clause, m: re.Match[str]) -> None:
        v = m.group("v")
        c.attr(key, v.lower() if lower else _lower_unless_proper(_clean(v)), category)
    return handler


def _h_married(c: _Clause, m: re.Match[str]) -> None:
    name = _clean(m.group("name"))
    if name:
        c.attr("relationship_status", "married")
        c.rel("married_to", entity_ref("Person", name))


def _h_person_rel(label: str) -> Handler:
    def handler(c: _Clause, m: re.Match[str]) -> None:
        name = _clean(m.group("name"))
        if name:
            typ = "Person" if name[:1].isupper() else "Team"
            c.rel(label, entity_ref(typ, name))
    return handler


def _h_member(c: _Clause, m: re.Match[str]) -> None:
    org = _clean(m.group("org"))
    if org:
        c.rel("member_of", entity_ref("Org", org))


_V = r"(?P<v>.+)"
_PREDICATES: list[tuple[re.Pattern[str], Handler]] = [(re.compile(p, re.I), h) for p, h in [
    (r"^(?:prefer|prefers|like|likes|love|loves|enjoy|enjoys)\s+(?P<v>[\w\s-]+?)\s+(?:food|foods|cuisine|dishes|meals)$", _h_food_pref),
    (r"^(?:am|is|was|became|become|becomes|went|turned)\s+(?:a\s+|an\s+|fully\s+)?(?P<v>" + "|".join(sorted(DIETS)) + r")\b", _h_food_pref),
    (r"^(?:eat|eats|eating|am\s+eating)\s+(?:only\s+|mostly\s+)?(?P<v>[\w\s-]+)$", _h_food_pref),
    (r"^(?:live|lives|living|lived|reside|resides|am\s+living|am\s+based|is\s+based|have\s+lived|has\s+lived|"
     r"have\s+been\s+living|has\s+been\s+living)\s+in\s+" + _V, _h_home),
    (r"^(?:moved|move|moving|relocated|am\s+moving)\s+to\s+" + _V, _h_home),
    (r"^(?:am|is|come|comes|originally\s+come)\s+from\s+" + _V, _h_value("hometown", lower=False)),
    (r"^grew\s+up\s+in\s+" + _V, _h_value("hometown", lower=False)),
    (r"^(?:work|works|working|am\s+working|is\s+working)\s+(?:at|for)\s+(?P<org>.+?)(?:\s+as\s+(?:a\s+|an\s+|the\s+)?(?P<role>[\w\s-]+))?$", _h_work),
    (r"^(?:joined)\s+(?P<org>[A-Z][\w&.\s-]*)$", _h_work),
    (r"^(?:work|works)\s+as\s+(?:a\s+|an\s+|the\s+)?(?P<role>[\w\s-]+)$", _h_role),
    (r"^(?:am|is|became|become|becomes|was\s+promoted\s+to|got\s+promoted\s+to|was\s+named)\s+(?:the\s+|a\s+|an\s+)?(?:new\s+)?(?P<role>[\w\s-]+)$", _h_role),
    (r"^(?:am|is)\s+(?P<n>\d{1,3})(?:\s+years?\s+old)?$", _h_age),
    (r"^(?:was|were)\s+born\s+(?:on|in)\s+" + _V, _h_value("birthday", lower=False)),
    (r"^(?:have|has|got|adopted|own|owns|bought)\s+(?:a|an|one|two|three|\d+|new)?\s*(?:new\s+|little\s+|pet\s+)?(?P<pet>" + "|".join(sorted(PETS, key=len, reverse=True)) + r")\b", _h_pet),
    (r"^(?:speak|speaks|am\s+fluent\s+in|is\s+fluent\s+in)\s+" + _V, _h_languages),
    (r"^(?:am|is)\s+allergic\s+to\s+" + _V, _h_list("allergies")),
    (r"^(?:am|is)\s+married\s+to\s+(?P<name>.+)$", _h_married),
    (r"^(?:am|is)\s+(?P<v>single|married|engaged|divorced|widowed)\b", _h_value("relationship_status")),
    (r"^(?:manage|manages)\s+(?P<name>.+)$", _h_person_rel("manages")),
    (r"^(?:report|reports)\s+to\s+(?P<name>.+)$", _h_person_rel("reports_to")),
    (r"^(?:am|is)\s+(?:a\s+)?member\s+of\s+(?P<org>.+)$", _h_member),
    (r"^(?:have|has)\s+(?P<v>\w+)\s+(?:kids|children|child|sons|daughters)\b", _h_value("children")),
    (r"^(?:studied|study|studies|graduated\s+from|am\s+studying)\s+" + _V, _h_list("education")),
    (r"^(?:enjoy|enjoys|love|loves|like|likes|adore|adores)\s+(?P<v>\w+ing(?:\s+\w+){0,3})$", _h_list("hobbies")),
    (r"^(?:like|likes|love|loves)\s+to\s+(?P<v>\w+(?:\s+\w+){0,3})$", _h_list("hobbies")),
    (r"^(?:plan|plans|am\s+planning|is\s+planning|am\s+going|is\s+going)\s+to\s+" + _V, _h_value("plans", "context")),
    (r"^(?:want|wants|hope|hopes|aim|aims)\s+to\s+" + _V, _h_value("goals", "context")),
    (r"^(?:am|is|feel|feels|am\s+feeling|is\s+feeling)\s+(?:so\s+|very\s+|really\s+|a\s+bit\s+|kind\s+of\s+|pretty\s+)?(?P<v>" + "|".join(sorted(MOODS)) + r")\b", _h_value("mood", "context")),
]]
_STATE_COMPLEMENT = re.compile(
    r"^(?:so|very|really|too|pretty|super|quite|such|kind of|sort of|a bit|a little|always|never|not|still|just|"
    r"all|also|going|getting|being|doing|growing|excited|happy|sad|great|good|amazing|awesome|busy|tired|"
    r"doing|like|about)\b", re.I)
"""Complements that describe a state ("so excited", "doing great") rather than name a value."""
_POSSESSIVE = re.compile(r"^(?P<thing>[\w\s-]{2,40}?)\s+(?:is|are|=)\s+(?P<v>.+)$", re.I)
_OWN_NOUN_NAMED = re.compile(r"^(?P<rel>" + "|".join(sorted(RELATION_WORDS, key=len, reverse=True)) +
                             r")(?:\s+is|\s+is\s+called|,)?\s+(?P<name>[A-Z][a-z]+)\b")
_OWN_PET_NAMED = re.compile(r"^(?P<pet>" + "|".join(sorted(PETS, key=len, reverse=True)) + r")\b", re.I)
_POSSESSIVE_KEYS = {
    "name": "name", "birthday": "birthday", "diet": "food_preference", "hobby": "hobbies", "hobbies": "hobbies",
    "email": "contact", "email address": "contact", "phone": "contact", "phone number": "contact",
    "time zone": "timezone", "timezone": "timezone", "job": "role", "job title": "role", "title": "role",
    "role": "role", "goal": "goals", "home": "home", "hometown": "hometown", "age": "age",
    "employer": "employer", "company": "employer",
}


class RuleExtractor:
    """Deterministic pattern extractor over an :class:`Ontology` (default: the built-in one)."""

    name = "rules"

    def __init__(self, ontology: Optional[Ontology] = None) -> None:
        self.ontology = ontology if ontology is not None else default_ontology()
        self._phrase_keys: dict[str, str] = {}
        for spec in self.ontology:
            self._phrase_keys[spec.key.replace("_", " ")] = spec.key
            for phrase in spec.phrasings:
                if re.fullmatch(r"[a-z][a-z ]{1,40}", phrase) and len(phrase.split()) <= 3:
                    self._phrase_keys.setdefault(phrase, spec.key)

    def extract_many(self, ctxs: list[ExtractionContext]) -> list[Extraction]:
        return [self.extract(c) for c in ctxs]

    def extract(self, ctx: ExtractionContext) -> Extraction:
        out = Extraction(extractor=self.name)
        text = ctx.text
        speaker = ctx.speaker
        start = 0
        label = _LABEL.match(text)
        if label and label.group("label") not in _SUBJECT_STOP:
            speaker = entity_ref("Person", label.group("label"))
            start = label.end()
        last_person: Optional[str] = None
        for m in _SENTENCE.finditer(text, start):
            sentence = m.group(0)
            if not sentence.strip():
                continue
            lead = len(sentence) - len(sentence.lstrip())
            span = (m.start() + lead, m.end())
            last_person = self._sentence(ctx, speaker, sentence.strip(), span, out, last_person)
        return out

    # -- one sentence -----------------------------------------------------------------------------------
    def _sentence(self, ctx: ExtractionContext, speaker: str, sentence: str, span: tuple[int, int],
                  out: Extraction, last_person: Optional[str]) -> Optional[str]:
        if sentence.endswith("?") or (_QUESTION_START.match(sentence) and not sentence.endswith(".")):
            return last_person
        body = sentence.rstrip(".!").strip()
        if ctx.role in ("user", "system") and self._instruction(body, span, out):
            return last_person
        confidence = 0.9
        hedge = _HEDGE.match(body)
        if hedge:
            body, confidence = body[hedge.end():], 0.6
        when = None
        mention = resolve(body, ctx.observed_at)
        if mention is not None:
            if mention.when is None:
                out.uncertainties.append(ExtractedUncertainty(
                    what=f"when: {mention.phrase!r}", span=span,
                    why=f"could not resolve the date {mention.phrase!r} ({mention.problem})"))
            else:
                when = mention.when
            body = (body[: mention.span[0]] + body[mention.span[1]:]).strip(" ,")
        for pattern, repl in _CONTRACTIONS:
            body = pattern.sub(repl, body)
        subject, predicate, possessive = self._subject(body, speaker, last_person)
        if subject is None:
            self._general(ctx, body, span, confidence * 0.8, when, out)
            return last_person
        if subject.startswith("Person/") and subject != speaker:
            last_person = subject
            confidence = min(confidence, 0.85)
        clause = _Clause(ctx=ctx, subject=subject, predicate=predicate, span=span, confidence=confidence, when=when,
                         out=out)
        if possessive:
            self._possessive(clause, predicate)
        else:
            self._predicate(clause, predicate)
        if not clause.matched and subject != speaker:
            # "House cats weigh …", "Returns are accepted …": a capitalised first word that was not a name.
            if self._general(ctx, body, span, confidence * 0.8, when, out):
                return last_person
        if not clause.matched and _FACT_VERB.search(predicate):
            out.unsure = True
        return last_person

    def _instruction(self, body: str, span: tuple[int, int], out: Extraction) -> bool:
        for pattern, action in ((_INSTR_REVOKE_ANYMORE, "revoke"), (_INSTR_REVOKE, "revoke"), (_INSTR_ADD, "add")):
            m = pattern.match(body)
            if not m:
                continue
            rest = m.group("rest")
            polarity = "do"
            if action == "add":
                cue = m.group("cue").lower()
                neg = re.match(r"^(?:do\s+not|don't|never)\s+", rest, re.I)
                if cue.startswith(("never", "do not", "don't")) or neg:
                    polarity = "dont"
                    rest = rest[neg.end():] if neg else rest
            topic = _topic(rest)
            if not topic:
                return False
            out.instructions.append(ExtractedInstruction(text=body + ".", topic=topic, action=action,  # type: ignore[arg-type]
                                                         polarity=polarity, confidence=0.9, span=span))  # type: ignore[arg-type]
            return True
        return False

    def _subject(self, body: str, speaker: str, last_person: Optional[str]) -> tuple[Optional[str], str, bool]:
        m = re.match(r"^(?:I|we)\s+(?P<p>.+)$", body)
        if m:
            return speaker, m.group("p"), False
        m = re.match(r"^my\s+(?P<p>.+)$", body, re.I)
        if m:
            return speaker, m.group("p"), True
        m = re.match(r"^(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?P<poss>'s)?\s+(?P<p>.+)$", body)
        if m and m.group("name").split()[0] not in _SUBJECT_STOP:
            return entity_ref("Person", m.group("name")), m.group("p"), bool(m.group("poss"))
        m = re.match(r"^(?:he|she)\s+(?P<p>.+)$", body, re.I)
        if m and last_person:
            return last_person, m.group("p"), False
        return None, body, False

    def _predicate(self, c: _Clause, predicate: str) -> None:
        p = _ADVERBS.sub("", predicate).strip()
        for neg in (_NEG_NO_LONGER, _NEG_USED_TO, _NEG_ANYMORE):
            m = neg.match(p) if neg is not _NEG_ANYMORE else neg.search(p)
            if m:
                p, c.negated = m.group("p"), True
                break
        else:
            m = _NEG_QUIT.match(p)
            if m:
                c.negated = True
                p = ("work at " + m.group("p")) if m.group("work") else ("am " + m.group("p"))
        p = p.strip(" ,")
        for pattern, handler in _PREDICATES:
            m = pattern.match(p)
            if m:
                handler(c, m)
                if c.matched:
                    break
        ev = _EVENT.match(p)
        if ev and not c.negated and (not c.matched or c.when is not None):
            rest = re.split(r",|\s+(?:and\s+(?:it|that|then|we|i|she|he)|because|but|so|which)\b", ev.group("rest"),
                            maxsplit=1)[0]
            value = _clean(f"{ev.group('verb')}{rest}").lower()
            if len(value.split()) >= 2:
                c.attr("event", value, "episodic", negated=False, confidence=min(c.confidence, 0.8))
        if not c.matched:
            self._registered(c, p)

    def _possessive(self, c: _Clause, predicate: str) -> None:
        m = _OWN_NOUN_NAMED.match(predicate)
        if m:
            c.rel(RELATION_WORDS[m.group("rel").lower()], entity_ref("Person", m.group("name")))
            return
        m = _POSSESSIVE.match(predicate)
        if m:
            thing = " ".join(_ARTICLE.sub("", m.group("thing").lower()).split())
            fav = re.match(r"^favou?rite\s+(?P<d>[a-z]+)$", thing)
            key = "favorite_" + fav.group("d") if fav else self._phrase_keys.get(thing) or _POSSESSIVE_KEYS.get(thing)
            ad_hoc = key is None
            # "my locker code is 4471" names a thing and its value; "my kids are so excited" describes a
            # state. Only the first is an attribute (a mood or state key takes the state as its value).
            if _STATE_COMPLEMENT.match(m.group("v")) and (ad_hoc or self.ontology.category_of(key) != "context"):
                return
            if ad_hoc:
                # a key the ontology does not know is what the speaker told about their things (knowledge),
                # not who they are (identity)
                if len(thing.split()) > 3:
                    return
                key, conf = re.sub(r"[^a-z0-9]+", "_", thing).strip("_"), 0.6
            else:
                conf = c.confidence
            if key and re.fullmatch(r"[a-z][a-z0-9_]{0,63}", key):
                spec = self.ontology.get(key)
                value = m.group("v")
                if spec and spec.multi_valued:
                    for item in _split_list(value):
                        c.attr(key, item.lower(), spec.category, confidence=conf)
                else:
                    category = spec.category if spec else ("knowledge" if ad_hoc else "identity")
                    c.attr(key, _lower_unless_proper(_clean(value)), category, confidence=conf)
            return
        pet = _OWN_PET_NAMED.match(predicate)
        if pet:
            c.attr("pets", _singular(pet.group("pet")))

    def _registered(self, c: _Clause, p: str) -> None:
        """User-registered phrasings used as verbs: "<phrase> <value>" (e.g. "wear shoe size 38")."""
        low = p.lower()
        for phrase, key in self._phrase_keys.items():
            if low.startswith(phrase + " ") and self.ontology.get(key) and key not in _BUILTIN_KEYS:
                c.attr(key, p[len(phrase):].strip(), self.ontology.category_of(key), confidence=0.7)
                return

    def _general(self, ctx: ExtractionContext, body: str, span: tuple[int, int], confidence: float,
                 when: Optional[datetime], out: Extraction) -> bool:
        """A statement about something other than a person: a policy's terms or a concept's fact."""
        m = _GENERIC.match(body)
        if not m:
            return False
        raw_subj = m.group("subj")
        subj = _ARTICLE.sub("", raw_subj.lower()).strip()
        if not subj or subj.split()[0] in _PRONOUNS or subj in ("i", "my"):
            return False
        verb, rest = m.group("verb").lower(), m.group("rest").strip()
        policy = "policy" in subj.split() or re.match(r"^(?:accepted|allowed|refunded|returned)\s+within\b", rest, re.I)
        if not policy and re.fullmatch(r"[A-Z][a-z]+", raw_subj.strip()):
            return False  # a lone capitalised word is a name: "Alice is nice" is not a fact about a concept
        if policy:
            name = " ".join(w for w in subj.split() if w != "policy") or subj
            value = re.sub(r"^(?:accepted|allowed|refunded|returned)\s+", "", rest, flags=re.I)
            value = re.sub(r"^within\s+", "", value, flags=re.I)
            out.attributes.append(ExtractedAttribute(
                entity=entity_ref("Policy", _singular(name) if len(name.split()) == 1 else name), key="terms",
                value=_clean(value), category="knowledge", confidence=confidence, span=span, valid_from=when))
            return True
        if len(subj.split()) > 4:
            return False
        out.attributes.append(ExtractedAttribute(
            entity=entity_ref("Concept", subj), key="fact", value=_clean(f"{verb} {rest}"), category="knowledge",
            confidence=min(confidence, 0.7), span=span, valid_from=when))
        return True


_BUILTIN_KEYS = frozenset(s.key for s in default_ontology())


def _topic(rest: str) -> str:
    text = rest.strip(" .!,")
    text = re.sub(r"\s+(?:any\s?more|from\s+now\s+on|please|thanks)$", "", text, flags=re.I)
    for _ in range(2):
        text = _TOPIC_LEAD.sub("", text, count=1).strip()
    return " ".join(text.lower().split())


def _sentences(text: str) -> Iterator[str]:  # pragma: no cover - kept for callers that want plain sentences
    for m in _SENTENCE.finditer(text):
        if m.group(0).strip():
            yield m.group(0).strip()
