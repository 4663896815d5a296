"""``RuleExtractor``: the offline, deterministic default extractor.

It reads a turn line by line (a transcript label "Dana: …" makes Dana the first person of that line) and
sentence by sentence: instructions first (``_instructions``: "always …", "stop …", "you can … again"), then
a temporal phrase (resolved against the turn time by ``_when``), then clauses (``_clauses``: lower-case and
unpunctuated chat, contractions, "… and now work at Hooli", a subject pronoun starting a new clause mid-line:
"thats cool i teach yoga"). A short answer to the turn's own question ("…? mine is orange", "…? i do not") is
first rebuilt into the sentence it stands for (``_ellipsis``). Each clause gets a subject (I/we/my/"my wife and
i" → the speaker; a capitalised name → ``Person/<name>``; you/they → nobody: the other speaker's facts never
land on this one), change cues ("no longer", "not … anymore", "used to", "quit/left/stopped" negate the old value),
and a predicate read by its verb (``_predicates``) and grounded in the ontology (``_lexicon``): "prefers
vegetarian food" and "now eats fish" both land on ``food_preference``; "I am a/an …" is read by its head word
(``_identity``: gender, faith, character, health, pastimes named as people). Anything the patterns cannot place in
a fact-looking first-person clause sets ``Extraction.unsure`` (the LLM cascade asks a model then). Spans are
the character range of the sentence a record came from.

What people say about one part of their life in passing, rather than as "i am / i have / i like", is read by a
module per family, each hooked into the clause reader or the "my …" mentions with a few lines: ``_work``
(jobs), ``_school``, ``_family`` (partners, children, relatives), ``_home`` and ``_looks``, ``_possessions``
(pets, vehicles, things owned), ``_tastes`` and ``_media`` (tastes, and music, films and books), ``_dislikes``
(dislikes and fears said in passing), ``_outings`` (places gone to and drinks had by habit), ``_pastimes``,
``_favourites_age``, ``_wishes`` (goals and plans), ``_lists`` (every item of a list, appositives, "one more" said loosely), ``_routine`` (how and when one works, the commute, sleep, weekly chores), ``_upcoming`` (dates and plans ahead: read with their time
phrase, before the clause reader takes it away, and dated forwards in the value), ``_shifts`` (a single-valued fact
changed, said as an event: a move, a new shift, bedtime or school, dating begun, a diet taken up), ``_everyday``
(animals kept, a dose, a course's manner, martial arts, the platform one is on, foods never eaten, a commute's
timetable), ``_asides`` (likes, habits and fears said in passing: "which i love", "all i do is …", "big on …"),
``_past_jobs`` (a past job said as a service, a field or years spent), ``_providers`` (who provides a service: a
bank, a phone carrier, a gym, a doctor, an insurer …, said, switched to or left) and, before the clauses are cut,
``_wrappers`` (a statement inside a frame: "that's why i …", "as a vegan, i …", "<place> where i live").
Chat's short forms are read by two more: ``_shorthand`` spells "@", "w/", "rn", emoji and favourites after a colon
out before any reader sees the sentence, and ``_dropped_i`` reads a job or a diet whose "I am" was dropped
("currently a nurse at st thomas", "vegan since january"). A user turn that replies to the other party's question
(``ExtractionContext.in_reply_to``) is first rebuilt into what it says: "lisbon" after "where are you based?" is "i
live in lisbon" (``_reply_questions`` reads the question, ``_replies`` the reply). Each
module's docstring says why its constructions are read
the way they are; its tests (in its own phrasings, negatives beside them) say what it must and must not read.

Why rules and not a parse or the embedding (issue #10, measured on ConvAI2/DNLI dev, this machine, 2 CPUs
under load): the rules run at ~5,000 sentences/s of CPU (~6,300 before the constructions of the family modules
below, ~15,300 before the chat-grammar work of issue #10 item 2) and find a right key+value for 46 % of annotated
sentences (42 % before the family modules, 41 % before their predecessors' last round, 30 % before that
work, 36 % before the chat-construction rules of tests/test_chat_constructions.py, 38 % before their second
round: jobs said by what they pay for, short answers about favourites, children said in passing …, 40 % before
the single-valued statements of tests/test_single_valued_statements.py: trades said as verbs, school status,
hometowns, ages and favourites said in more ways, with no more facts invented on lines without one); spaCy 3.8 ``en_core_web_sm`` parses ~200 sentences/s of CPU here
(before any rule layer) after a 1.7–4.2 s import and ~212 MB installed, and a parse does not name keys or
normalise values, so the same rule layer would still be needed on top of it: 60x the cost for what is, on
this data, a long tail of phrasings rather than of syntax. Nearest key prototype of the turn's MiniLM
embedding picks a mapping key for 51 % of annotated sentences (rules then: 37 %), but it gives no value, never
abstains (every chit-chat line gets a key), and the extractor is not handed the turn's vector; it is the
better candidate for a later *key hint* in cascade mode, not a replacement. (Key meaning is used on the read
side instead: a fact's stored vector is moved toward its key's embedding, ``_write/_vectors.py``.)
"""

from __future__ import annotations

import re
from datetime import datetime

from .._entities import entity_ref
from ._clause_reader import ClauseReader
from ._clauses import CHILDHOOD_CLAUSE, LIVED_THERE, expand, split_clauses, strip_lead
from ._ellipsis import Asked, answered, asked
from ._home import states_spelled_out
from ._instructions import instructions_in
from ._lists import lists_said
from ._mentions import mentions
from ._names import names_said
from ._ontology import Ontology, default_ontology
from ._past_jobs import past_jobs
from ._providers import providers_said
from ._regex import _match, _sub
from ._replies import Question, question_in, read_again, reads_a_thing, replied
from ._rule_clause import _clean, _singular, speaker_fact
from ._rule_patterns import (
    _ARTICLE,
    _CALL_ME,
    _CHAT_COMPLEMENT,
    _GENERAL_SUBJECT_STOP,
    _GENERIC,
    _HEDGE,
    _LABEL,
    _MATRIX,
    _MAX_SENTENCE,
    _MINE_AFTER,
    _OWN_WORD,
    _PERSONAL,
    _PRONOUNS,
    _SENTENCE,
    _SUBJ_I,
    _SUBJECT_STOP,
    _TIME_HINT,
    _WH_YOUR,
    hide_abbreviation_stops,
    tidy_abbreviations,
)
from ._shifts import restated
from ._shorthand import spelled_out
from ._types import ExtractedAttribute, ExtractedUncertainty, Extraction, ExtractionContext
from ._upcoming import might_plan, upcoming
from ._when import resolve
from ._work import job_label

__all__ = ["RuleExtractor"]

_SUPPOSED = re.compile(
    r"^(?:(?:ok|okay|so|now|please|and)\s*,?\s+)*(?:pretend|imagine|suppose|supposing|assume|let'?s\s+say|"
    r"let\s+us\s+say|say|what\s+if|hypothetically|in\s+a\s+world\s+where|roleplay|role[\s-]play)\b"
    r"(?:\s+(?:that|for\s+a\s+(?:second|moment|minute)))?\s*,?\s+(?:i|we|i'm|im|my|our)\b",
    re.IGNORECASE,
)
"""A premise the speaker asks the assistant to take up ("imagine i'm a ceo", "let's say i live in tokyo"): what
follows is supposed, not said of them."""
_TYPED = str.maketrans(
    {
        "\u2014": "-",
        "\u2013": "-",
        "\u2012": "-",
        "\u2015": "-",
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
    }
)
"""Dashes and curly quotes as a phone's keyboard types them ("i’m a teacher" was read as nothing), one character
for one so spans stay right."""

_PLAN_READINGS = frozenset({"plans", "goals", "possessions", "event", "birthday"})
"""What the clause reader reads, wrongly or half, of a date or plan that ``_upcoming`` reads whole ("plans=japan in
april", "possessions=deadline"); its other facts in that sentence stay ("engaged", "wife")."""


def _without_time_phrase(body: str, span: tuple[int, int]) -> str:
    """The sentence without its time phrase, except a childhood ("when i was a kid"): that one says the clause it
    governs is about the speaker's childhood ("… i lived on a farm": where they grew up), so it is kept in front of
    its clause (the clause splitter reads it) or said as "as a kid" after it."""
    phrase = body[span[0] : span[1]]
    before = body[: span[0]].rstrip(" ,")
    if CHILDHOOD_CLAUSE.fullmatch(phrase):
        if span[0] == 0:
            return body
        if not LIVED_THERE.search(before.rsplit(",", 1)[-1].strip()):
            return " ".join((before + " " + body[span[1] :]).strip(" ,").split())
        return " ".join(f"{before} as a kid {body[span[1] :]}".split()).strip(" ,")
    return " ".join((body[: span[0]] + " " + body[span[1] :]).strip(" ,").split())


def _called(body: str) -> re.Match[str] | None:
    """The name in "call me Kate (from now on)" / "i go by Kate", with or without a lead ("ok so …")."""
    low = body.lower()
    if "call" not in low and "go by" not in low:
        return None
    return _CALL_ME.match(body) or _CALL_ME.match(strip_lead(body)[0])


class RuleExtractor:
    """Deterministic pattern extractor over an :class:`Ontology` (default: the built-in one)."""

    name = "rules"

    def __init__(self, ontology: Ontology | None = None) -> None:
        self.ontology = ontology if ontology is not None else default_ontology()
        self._reader = ClauseReader(self.ontology)

    def extract_many(self, ctxs: list[ExtractionContext]) -> list[Extraction]:
        return [self.extract(c) for c in ctxs]

    def extract(self, ctx: ExtractionContext) -> Extraction:
        out = Extraction(extractor=self.name)
        text = ctx.text
        pos = 0
        # a reply to the other party's question ("Where are you based?" → "lisbon") is rebuilt into what it says
        replying: Question | None = question_in(ctx.in_reply_to) if ctx.in_reply_to and ctx.role == "user" else None
        for line in text.splitlines(keepends=True):
            line_start, pos = pos, pos + len(line)
            line = line.translate(_TYPED)
            speaker = ctx.speaker
            start = 0
            label = _LABEL.match(line)
            if label and label.group("label") not in _SUBJECT_STOP:
                # a transcript line "Dana: …": the first person is Dana, whoever is remembering it
                speaker = entity_ref("Person", label.group("label"))
                start = label.end()
            last_person: str | None = None
            question: Asked | None = None
            prior_sentence = ""
            gap = False
            own = bool(_OWN_WORD.search(line))  # the line speaks of the speaker somewhere
            # (a dash between words is chat's clause break, whichever dash is typed: "i changed careers — i'm a
            # lawyer now"; translated with the quotes above)
            for m in _SENTENCE.finditer(hide_abbreviation_stops(line), start):
                sentence = m.group(0)
                if not sentence.strip():
                    continue
                if not sentence.strip(" .!"):  # a lone "." ends what came before, but for a frame "as a <trade>"
                    question, gap = None, True  # after it: "i keep bees . . as a farmer" (_work.role_said_as)
                    continue
                if gap and not _match(r"\s*as\s+an?\s", sentence, re.IGNORECASE):
                    prior_sentence = ""
                gap = False
                lead = len(sentence) - len(sentence.lstrip())
                span = (line_start + m.start() + lead, line_start + m.end())
                # one space between words: a run of blanks costs patterns like \s*,?\s+ cubic time
                typed = tidy_abbreviations(" ".join(sentence.split()))
                text = spelled_out(typed)  # "sre @ cloudflare" (_shorthand)
                second = None
                if replying is not None:  # the reply's first sentence (or the one after "nope, sold it.")
                    second = read_again(replying, typed)
                    rebuilt, replying = replied(replying, typed)
                    text = rebuilt if rebuilt is not None else text  # ("": a bare answer to an aside)
                if question is not None:
                    text = answered(question, strip_lead(expand(text))[0]) or text  # "…? mine is orange"
                wh = _WH_YOUR.search(text) if question is None and " mine " in text else None
                run_on = _MINE_AFTER.search(text, wh.end()) if wh else None
                if wh and run_on:  # "whats your fave drink mine is iced tea": the question and its answer, unpunctuated
                    asked_here = asked(expand(text[wh.start() : run_on.start()].rstrip(" ,;")))
                    reply = answered(asked_here, text[run_on.end() :]) if asked_here else None
                    text = f"{text[: wh.start()].rstrip(' ,')}, {reply}".lstrip(" ,") if reply else text
                question = asked(expand(text)) if text.endswith("?") or _WH_YOUR.match(text) else None
                read_before, person_before = _read_so_far(out), last_person
                last_person = self._sentence(ctx, speaker, text, span, out, last_person, prior_sentence, own)
                if second and not reads_a_thing(out.attributes[read_before[0] :], out.relations[read_before[1] :]):
                    # the question's second reading ("which bank are you with?" + "monzo": "my bank is monzo")
                    _take_back(out, read_before)
                    text = second
                    last_person = self._sentence(ctx, speaker, text, span, out, person_before, prior_sentence, own)
                prior_sentence = "" if text.endswith("?") else expand(text.rstrip(".!").strip())
        return out

    # -- one sentence -----------------------------------------------------------------------------------
    def _sentence(
        self,
        ctx: ExtractionContext,
        speaker: str,
        sentence: str,
        span: tuple[int, int],
        out: Extraction,
        last_person: str | None,
        prior_sentence: str = "",
        own: bool = True,
        ahead_read: bool = False,
    ) -> str | None:
        if len(sentence) > _MAX_SENTENCE:
            sentence = sentence[:_MAX_SENTENCE]  # bounded work per sentence, whatever the input
        body = expand(sentence.rstrip(".!?").strip())
        if not body:
            return last_person
        if ctx.role in ("user", "system") and not sentence.endswith("?") and not _called(body):
            found = instructions_in(body, span)
            if not found:
                lead_free, _, _ = strip_lead(body)
                if lead_free and lead_free != body and not _match(r"^(?:more|longer)\b", lead_free, re.IGNORECASE):
                    found = instructions_in(lead_free, span)
            if found:
                out.instructions.extend(found)
                return last_person
        ahead = [] if ahead_read or ctx.role == "assistant" or not might_plan(body) else upcoming(body, ctx.observed_at)
        if ahead and not sentence.endswith("?"):  # dates and plans ahead, read with their time phrase (_upcoming)
            self._ahead(ctx, speaker, sentence, span, out, last_person, prior_sentence, own, ahead)
            return last_person
        if _SUPPOSED.match(body):
            return last_person  # "pretend i'm a ceo and write me a memo": a premise, not a fact about the speaker
        confidence = 0.9
        when = None
        mention = resolve(body, ctx.observed_at) if _TIME_HINT.search(body) else None
        if mention is not None:
            if mention.when is None:
                out.uncertainties.append(
                    ExtractedUncertainty(
                        what=f"when: {mention.phrase!r}",
                        span=span,
                        why=f"could not resolve the date {mention.phrase!r} ({mention.problem})",
                    )
                )
            else:
                when = mention.when
            body = _without_time_phrase(body, mention.span)
        name = _called(body)
        if name and ctx.role != "assistant":
            value = name.group("n") or name.group("n2")
            out.attributes.append(
                ExtractedAttribute(
                    entity=speaker,
                    key="name",
                    value=value[:1].upper() + value[1:],
                    category="identity",
                    confidence=0.9,
                    span=span,
                    valid_from=when,
                )
            )
            return last_person
        hedge = _HEDGE.match(body)
        if hedge:
            body, confidence = body[hedge.end() :], 0.6
        else:
            matrix = _MATRIX.match(body) if body[:2].lower() == "i " else None
            if matrix:
                body = body[matrix.end() :]  # "i know i have 3 horses": the complement is what is said
        body = restated(body) if not sentence.endswith("?") else body  # "my new car is …" (_shifts)
        pieces = split_clauses(body, asks=sentence.endswith("?"))
        start, relations_start = len(out.attributes), len(out.relations)
        prev: tuple[str, bool] | None = None
        any_subject = False
        for i, piece in enumerate(pieces):
            if piece.question:
                prev = None
                continue
            piece.before_own = i + 1 < len(pieces) and bool(_SUBJ_I.match(pieces[i + 1].text))
            prior = pieces[i - 1].text if i else prior_sentence
            # "i got laid off last year but now i work at a hospital": the date is the layoff's; a clause that
            # says it is about now holds from the turn's time
            said_when = None if when is not None and len(pieces) > 1 and piece.present else when
            subject_info = self._reader.read(
                ctx, speaker, piece, span, confidence, said_when, out, last_person, prev, prior, own, lead=i == 0
            )  # a participle leads only a sentence, not a comma's tail
            if subject_info is not None:
                any_subject = True
                prev = subject_info
                if subject_info[0].startswith("Person/") and subject_info[0] != speaker:
                    last_person = subject_info[0]
            else:
                prev = None
        mentions(pieces, speaker, span, when, out, things=True, now=ctx.observed_at)
        if ctx.role != "assistant":  # the names of the speaker's relatives and pets (and what is said of them)
            names_said(body, sentence.endswith("?"), speaker, span, confidence, when, out, start)
            lists_said(body, sentence.endswith("?"), speaker, span, confidence, when, out, start)  # (_lists)
            past_jobs(body, sentence.endswith("?"), speaker, span, when, out, start)  # (_past_jobs)
            # "switched banks, im with monzo now", "got a new gp, dr lee" (_providers)
            providers_said(
                body, sentence.endswith("?"), speaker, span, when, out, start, relations_start, prior_sentence
            )
            states_spelled_out(out, start, relations_start)  # "we live in pa": pennsylvania (_home)
        hedged = confidence < 0.9  # ("i guess a writer": no job said)
        title = job_label(body, sentence, ctx.text) if pieces and not pieces[0].question and not hedged else None
        if title and not any(a.key == "role" and a.entity == speaker for a in out.attributes):
            speaker_fact(out, speaker, "role", title, 0.7, span, when)  # "mom of two, teacher, runner"
        if not any_subject and len(pieces) == 1 and not pieces[0].question and not sentence.endswith("?"):
            text = pieces[0].text
            if sentence[:1].isupper():
                text = text[:1].upper() + text[1:]  # edited text ("I think the policy is …") stays edited
            self._general(ctx, text, span, confidence * 0.8, when, out)
        return last_person

    def _ahead(
        self,
        ctx: ExtractionContext,
        speaker: str,
        sentence: str,
        span: tuple[int, int],
        out: Extraction,
        last_person: str | None,
        prior_sentence: str,
        own: bool,
        ahead: list[tuple[str, str, bool]],
    ) -> None:
        """The sentence's other facts as usual, but its dates and plans ahead as ``_upcoming`` reads them: the
        clause reader's own readings of them ("plans=japan in april", "possessions=deadline") are dropped."""
        held = len(out.attributes)
        self._sentence(ctx, speaker, sentence, span, out, last_person, prior_sentence, own, ahead_read=True)
        kept = [
            a
            for a in out.attributes[held:]
            if a.entity != speaker or a.key in self.ontology and a.key not in _PLAN_READINGS
        ]
        del out.attributes[held:]
        out.attributes.extend(kept)
        for key, value, negated in ahead:  # valid_from: the turn's time; the plan's own date is in its value
            category = self.ontology.category_of(key)
            out.attributes.append(
                ExtractedAttribute(
                    entity=speaker, key=key, value=value, category=category, confidence=0.8, span=span, negated=negated
                )
            )

    def _general(
        self,
        ctx: ExtractionContext,
        body: str,
        span: tuple[int, int],
        confidence: float,
        when: datetime | None,
        out: Extraction,
    ) -> bool:
        """A statement about something other than a person: a policy's terms or a concept's fact."""
        m = _GENERIC.match(body)
        if not m:
            return False
        raw_subj = m.group("subj")
        subj = _ARTICLE.sub("", raw_subj.lower()).strip()
        if not subj or subj.split()[0] in _PRONOUNS or subj in ("i", "my"):
            return False
        verb, rest = m.group("verb").lower(), m.group("rest").strip()
        if _CHAT_COMPLEMENT.match(f"{verb} {rest}") or not body[:1].isupper():
            return False  # "the beach is so nice": an opinion in chat, not a fact about a concept
        words = subj.split()
        if (
            not _GENERAL_SUBJECT_STOP.isdisjoint(words) or words[0].endswith(("ly", "ing")) or _PERSONAL.search(rest)
        ) and "policy" not in words:
            return False  # "Someday I will afford it", "Hopefully things will get better for us": chat, not a fact
        if verb in ("will", "can", "should", "must") and "policy" not in words:
            return False  # a prediction or an advice, not a standing fact
        policy = "policy" in subj.split() or _match(
            r"^(?:accepted|allowed|refunded|returned)\s+within\b", rest, re.IGNORECASE
        )
        if not policy and re.fullmatch(r"[A-Z][a-z]+", raw_subj.strip()):
            return False  # a lone capitalised word is a name: "Alice is nice" is not a fact about a concept
        if policy:
            name = " ".join(w for w in subj.split() if w != "policy") or subj
            value = _sub(r"^(?:accepted|allowed|refunded|returned)\s+", "", rest, flags=re.IGNORECASE)
            value = _sub(r"^within\s+", "", value, flags=re.IGNORECASE)
            out.attributes.append(
                ExtractedAttribute(
                    entity=entity_ref("Policy", _singular(name) if len(name.split()) == 1 else name),
                    key="terms",
                    value=_clean(value),
                    category="knowledge",
                    confidence=confidence,
                    span=span,
                    valid_from=when,
                )
            )
            return True
        if len(subj.split()) > 4:
            return False
        out.attributes.append(
            ExtractedAttribute(
                entity=entity_ref("Concept", subj),
                key="fact",
                value=_clean(f"{verb} {rest}"),
                category="knowledge",
                confidence=min(confidence, 0.7),
                span=span,
                valid_from=when,
            )
        )
        return True


def _read_so_far(out: Extraction) -> tuple[int, int, int, int, int]:
    """How much ``out`` holds, so that a reading can be taken back (``_take_back``)."""
    return (len(out.attributes), len(out.relations), len(out.instructions), len(out.uncertainties), len(out.entities))


def _take_back(out: Extraction, held: tuple[int, int, int, int, int]) -> None:
    """Drop what was read into ``out`` since it held ``held``."""
    del out.attributes[held[0] :], out.relations[held[1] :], out.instructions[held[2] :]
    del out.uncertainties[held[3] :], out.entities[held[4] :]
