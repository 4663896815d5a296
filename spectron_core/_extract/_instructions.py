"""Standing directives to the assistant: detection, canonical topics and topic families.

A revocation only works if it names the same topic as the instruction it ends, however it is phrased:
"Always answer in bullet points", "Stop using bullet points, please" and "no more bullets" are all about
``bullet points``. Some topics are alternatives within one slot (a *family*): bullet points and paragraphs
are both the answer's ``format``, so "You can write in paragraphs again" ends the bullet-points instruction
and "From now on answer in paragraphs" replaces it. :func:`instruction_family` is shared with the
reconciler, which applies it to stored topics too (so instructions written by any extractor take part).

Polarity of a revocation says what it means when there is nothing to revoke: "stop using emojis" (``dont``)
is then a prohibition; "you can use emojis again" (``do``) is then nothing.
"""

from __future__ import annotations

import re
from typing import Literal

from ._lexicon import LANGUAGES
from ._regex import _match, _split, _sub
from ._types import ExtractedInstruction

__all__ = ["canonical_topic", "instruction_family", "instructions_in", "match_instruction", "topics_overlap"]

_P = r"(?:please\s*,?\s+|pls\s+|kindly\s+)?"
_TAIL = re.compile(
    r"(?:\s*,?\s*(?:please|thanks|thank\s+you|ok|okay|from\s+now\s+on|going\s+forward|any\s?more|"
    r"any\s+longer|again|for\s+me|in\s+the\s+future))+\s*$",
    re.IGNORECASE,
)
_DIRECTIVE_VERBS = (
    r"answer|reply|respond|write|use|format|include|add|put|keep|make|give|send|speak|talk|"
    r"address|refer\s+to|call|be|avoid|skip|stick\s+to|switch\s+to|end|start|begin|sign|explain|"
    r"summari[sz]e|show|list|translate|limit|mention|ask|cite|number|apologi[sz]e|repeat|hedge|sugarcoat|lecture"
)
_ADD = re.compile(
    r"^" + _P + r"(?P<cue>always|never|from\s+now\s+on\s*,?|going\s+forward\s*,?|in\s+the\s+future\s*,?|"
    r"make\s+sure\s+(?:to|you)|be\s+sure\s+to|remember\s+to|do\s+not\s+ever|do\s+not|"
    r"no\s+need\s+to)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_IMPERATIVE = re.compile(r"^(?P<please>" + _P + r")(?P<rest>(?:" + _DIRECTIVE_VERBS + r")\b.+)$", re.IGNORECASE)
_REVOKE = re.compile(
    r"^" + _P + r"(?:(?:can\s+you\s+|could\s+you\s+)?(?:stop|quit|cease)|no\s+more|enough\s+with(?:\s+the)?|"
    r"drop(?:\s+the)?)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_SPEAKERS_OWN = re.compile(r"^(?:my|our|mine)\b", re.IGNORECASE)
""""quit my job", "drop my kids off": what the speaker did or does with their own things, not a directive."""
_REVOKE_ANYMORE = re.compile(
    r"^" + _P + r"(?:do\s+not|never|(?P<noneed>no\s+need\s+to|you\s+do\s+not\s+(?:have|need)\s+to|"
    r"you\s+need\s+not))\s+(?P<rest>.+?)\s+(?:any\s?more|any\s+longer)\b",
    re.IGNORECASE,
)
_PERMIT_BACK = re.compile(
    r"^(?:(?:ok|okay|alright|actually)\s*,?\s+)?(?P<rest>.+?)\s+(?:is|are)\s+(?:fine|ok|okay|allowed|"
    r"back\s+on|good)(?:\s+(?:again|now|by\s+me|with\s+me))*\s*$",
    re.IGNORECASE,
)
""""emojis are fine again": a permission named by its topic (only for a topic the families know)."""
_PREFER = re.compile(
    r"^(?:i\s+would\s+(?:prefer|like|rather\s+have)|i\s+prefer|i\s+want)\s+(?P<rest>.+?)\s*,?\s+"
    r"(?:from\s+now\s+on|going\s+forward|in\s+(?:the\s+)?future)\s*$",
    re.IGNORECASE,
)
""""i'd prefer paragraphs from now on": a standing preference about the answers (only for a known topic)."""
_OUTPUT = re.compile(
    r"\b(?:summar(?:y|ies|ize|ise)|recaps?|tl;?dr|answers?|repl(?:y|ies)|responses?|explanations?|examples?|"
    r"disclaimers?|caveats?|warnings?|links?|sources?|citations?|references?|headers?|headings?|intros?|"
    r"introductions?|sign[\s-]?offs?|follow[\s-]?up\s+questions?|suggestions?|pleasantries|small\s+talk|preamble|"
    r"fluff|filler|apolog(?:y|ies|i[sz]e|i[sz]ing)|jargon|comments?|docstrings?)\b",
    re.IGNORECASE,
)
"""Words for what an assistant puts in its answers: a request about them is a directive even where the same
words about anything else ("i don't need coffee anymore", "forget what i said about my sister") are not."""
_ABOUT_ANSWERS = re.compile(
    r"^(?:(?:i\s+would|i)\s+(?:prefer|like|rather\s+have)|i\s+prefer|i\s+want)\s+(?P<rest>.+)$", re.IGNORECASE
)
""""i'd like shorter answers", "i prefer replies without jargon": a standing preference when it names the answers."""
_ONE_OFF = re.compile(
    r"\b(?:this\s+(?:one|time|answer|reply|response|question|chat)|for\s+now|right\s+now|today|tonight|in\s+this|"
    r"my|our)\b",
    re.IGNORECASE,
)
"""What makes a request about answers no standing directive: this answer only ("no examples for this one"), or the
speaker's own things ("comments on my post", "shorter answers from my kids")."""
_NO_LONGER_NEED = re.compile(
    r"^i\s+(?:do\s+not|no\s+longer|don't)\s+(?:need|want)\s+(?P<rest>.+?)(?:\s+(?:any\s?more|any\s+longer))?$",
    re.IGNORECASE,
)
""""i don't need the summaries anymore": an end to what the answers carry."""
_FORGET_ABOUT = re.compile(
    r"^(?:(?:ok|okay|actually)\s*,?\s+)?(?:please\s+)?(?:forget|ignore|disregard|drop|scrap|scratch)\s+(?:what\s+i\s+"
    r"(?:said|told\s+you|asked(?:\s+for)?|wanted)|my\s+(?:(?:earlier|previous|last|old|former)\s+)?(?:request|"
    r"instruction|rule|preference|ask|note)s?|(?:the|that)\s+(?:request|instruction|rule|preference)s?)\s+"
    r"(?:about|on|regarding|re|for|concerning)\s+(?P<rest>.+)$|"
    r"^never\s*mind\s+(?:about\s+)?(?P<rest2>.+)$",
    re.IGNORECASE,
)
""""forget what i said about bullet points", "ignore my earlier request for short answers": the directive on that
topic ends (with nothing to end, nothing happens)."""
_PERMIT = re.compile(
    r"^(?:(?:ok|okay|alright)\s*,?\s+)?(?:you\s+(?:can|may|could)(?:\s+go\s+back\s+to)?|"
    r"you\s+are\s+(?:allowed|free)\s+to|feel\s+free\s+to|it(?:'s|\u2019s|\s+is)\s+(?:ok|okay|fine|alright)\s+to|"
    r"go\s+back\s+to)\s+(?P<rest>.+?)(?:\s+(?:again|now|from\s+now\s+on|(?:once\s+)?more))\s*$",
    re.IGNORECASE,
)
_SWITCH = re.compile(
    r"^(?:(?:ok|okay|alright|actually)\s*,?\s+)?(?:you\s+(?:can|may|could)\s+|let'?s\s+|let\s+us\s+|please\s+|"
    r"just\s+)?(?:switch|go|change|move)\s+(?:back\s+)?(?:over\s+)?to\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
""""switch back to english", "you can go back to imperial units": a new value in a slot (a known family only),
which replaces the one held there."""
_LEAD = re.compile(
    r"^(?:(?:answer|answering|reply|replying|respond|responding|write|writing|use|using|format|"
    r"formatting|include|including|speak|speaking|talk|talking|address|addressing|keep|keeping|add|"
    r"adding|put|putting|give|giving|send|sending|be|being|stick|sticking|switch|switching|make|"
    r"making|end|ending|start|starting|begin|sign|explain|show|list|limit|mention|cite|number|"
    r"avoid|avoiding|skip|skipping|put)\s+)?(?:(?:me|it|them|things|everything|your\s+\w+|the\s+\w+)"
    r"\s+)?(?:(?:in|with|using|as|to|by|on|off|at)\s+)?(?:(?:a|an|the|your|my|short|brief)\s+)?",
    re.IGNORECASE,
)
_FORWARD = re.compile(r"\b(?:from\s+now\s+on|going\s+forward|in\s+the\s+future|in\s+future)\s*$", re.IGNORECASE)
_NOUN_DIRECTIVE = re.compile(
    r"^(?:(?:ok|okay|actually|so)\s*,?\s+)?(?!(?:for|about|with|of|to|the|those|these|my|your|all)\b)"
    r"(?P<rest>(?:[\w-]+\s+){1,3}(?:replies|answers|responses|messages))(?:\s+only)?"
    r"\s+(?:from\s+now\s+on|going\s+forward|in\s+(?:the\s+)?future|from\s+here\s+on(?:\s+out)?)"
    r"(?:\s*,?\s*(?:please|pls|plz|thanks|thx))?$",
    re.IGNORECASE,
)
"""A directive said as the answers wanted, with a forward cue and no verb: "english replies from now on pls"."""
_TASK = re.compile(
    r"^(?:write|give|make|send|show|draft|compose|translate|summari[sz]e|explain|list|tell|find|create|generate|"
    r"suggest|recommend|draw|plan|describe|outline|review|proofread|rewrite|convert|calculate|compare|book|check)\s+"
    r"(?:me\s+|us\s+)?(?:a|an|the|this|that|these|those|some|my|our|one|two|three|four|five|ten|\d+)\b|"
    r"^(?:translate|summari[sz]e|rewrite|convert|proofread|check)\s+[\"'‘“]",
    re.IGNORECASE,
)
"""A task on one thing ("write me a limerick about a frog", "please summarise this article", "translate 'good
morning' into german", "give me three ideas for dinner"): what to do now, not how to answer from now on. Said
with a habit ("always give me a summary", "give me a tl;dr every time") it is a directive again (``_HABIT``)."""
_ANSWERS_AS_OBJECT = re.compile(
    r"^\w+\s+(?:me\s+|us\s+)?(?:the|your|all|my)\s+(?:\w+\s+)?(?:answers?|repl(?:y|ies)|responses?|code|explanations?)\b",
    re.IGNORECASE,
)
"""A verb of a task whose object is the answers themselves ("make the answers shorter", "write the code in python"):
how every answer is to be, not a task."""
_HABIT = re.compile(
    r"\b(?:always|every|each|whenever|by\s+default|from\s+now\s+on|going\s+forward|in\s+(?:the\s+)?future)\b",
    re.IGNORECASE,
)
_PRONOUN_TOPIC = re.compile(r"^(?:it|that|this|them|me|you|so|up|there|doing\s+that|that\s+up)$", re.IGNORECASE)

_CANON: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(p, re.IGNORECASE), topic, family)
    for p, topic, family in [
        (r"\bbullet(?:ed)?(?:[\s-]+(?:points?|lists?|form|format|style))?\b|\bbullets\b", "bullet points", "format"),
        (r"\bnumbered\s+(?:lists?|steps|points)\b", "numbered lists", "format"),
        (r"\b(?:paragraphs?|prose|full\s+sentences|plain\s+text|running\s+text)\b", "paragraphs", "format"),
        (r"\btables?\b", "tables", "format"),
        (r"\bmarkdown\b", "markdown", "format"),
        (r"\b(?:emojis?|emoticons?|smileys?|emoji\s+icons)\b", "emojis", "emoji"),
        (
            (
                r"\b(?:(?:short(?:er)?|brief(?:er|ly)?)(?!\s+(?:summar(?:y|ies)|recaps?|intro(?:duction)?s?|notes?|"
                r"examples?|lists?|titles?|descriptions?|quotes?|story|stories|poems?|versions?|comments?|bios?)\b)|"
                r"concise(?:ly)?|succinct(?:ly)?|terse|to\s+the\s+point|one\s+sentence|few\s+words)\b"
            ),
            "short answers",
            "length",
        ),
        (
            r"\b(?:long(?:er)?|detailed|in\s+detail|verbose|thorough(?:ly)?|in\s+depth|elaborate)\b",
            "detailed answers",
            "length",
        ),
        (r"\b(?:formal(?:ly)?|professional(?:ly)?)\b", "formal tone", "tone"),
        (r"\b(?:casual(?:ly)?|informal(?:ly)?|friendly|relaxed)\b", "casual tone", "tone"),
        (r"\b(?:jokes?|humou?r|funny|puns?)\b", "humor", "humor"),
        (r"\b(?:metric|celsius|centigrade)\b", "metric units", "units"),
        (r"\b(?:imperial|fahrenheit)\b", "imperial units", "units"),
    ]
]
_LANGUAGE_TOPIC = re.compile(r"\b(?:in|to|into|using)\s+(?P<lang>[A-Za-z]+)\s*$|^(?P<lang2>[A-Za-z]+)$", re.IGNORECASE)


def canonical_topic(text: str) -> tuple[str, str | None]:
    """The normalised topic of a directive's rest and its family (None when it is a slot of its own)."""
    cleaned = _TAIL.sub("", text.strip(" .!,;")).strip(" .!,;")
    for pattern, topic, family in _CANON:
        if pattern.search(cleaned):
            return topic, family
    m = _LANGUAGE_TOPIC.search(cleaned)
    if m:
        lang = (m.group("lang") or m.group("lang2") or "").lower()
        if lang in LANGUAGES:
            return lang, "language"
    topic = cleaned
    for _ in range(2):
        topic = _LEAD.sub("", topic, count=1).strip()
    return " ".join(topic.lower().split()), None


def instruction_family(topic: str) -> str | None:
    """The family of a stored or extracted topic ("bullet points" → "format"), or None."""
    t = " ".join(topic.lower().split())
    for pattern, canon, family in _CANON:
        if t == canon or pattern.search(t):
            return family
    if t in LANGUAGES:
        return "language"
    return None


_PAST_MARK = re.compile(
    r"\b(?:ago|yesterday|last\s+(?:year|month|week|night|summer|spring|fall|autumn|winter)|in\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _reported(text: str, rest_at: int) -> bool:
    """ "quit smoking last year", "quit drinking": chat drops the "I" of a deed; a directive is not dated in the
    past, and "quit" directs an assistant only politely or about its answers ("please quit apologising")."""
    if _PAST_MARK.search(text):
        return True
    lead = text[:rest_at].lower()
    return "quit" in lead.split() and "please" not in lead and canonical_topic(text[rest_at:])[1] is None


_SECOND_DIRECTIVE = re.compile(
    r"\s*(?:[,;]\s*(?:and\s+|then\s+|but\s+)?|\s+(?:and|then|but)\s+)(?:just\s+|instead\s+|please\s+|also\s+)*"
    r"(?=(?:use|write|answer|reply|respond|give|keep|stick\s+to|switch\s+to|go\s+with|format|stop|drop|avoid|skip|"
    r"no\s+more|always|never|do\s+not)\b)",
    re.IGNORECASE,
)
"""Where a second directive starts in one sentence: "drop the lists and just write normal prose from now on" ends
one and sets another. Read as one, the second's topic took the first's verb ("don't … prose")."""


def instructions_in(body: str, span: tuple[int, int]) -> list[ExtractedInstruction]:
    """The directives of one sentence: two when it joins two that each read as one at a break of
    :data:`_SECOND_DIRECTIVE`, else the one :func:`match_instruction` reads, or none."""
    text = body.strip()
    for m in _SECOND_DIRECTIVE.finditer(text):
        first, second = match_instruction(text[: m.start()], span), match_instruction(text[m.end() :], span)
        if first is not None and second is not None:
            return [first, second]
    one = match_instruction(text, span)
    return [one] if one is not None else []


def match_instruction(body: str, span: tuple[int, int]) -> ExtractedInstruction | None:
    """A directive in one sentence (without its final punctuation), or None."""
    text = body.strip()
    if not text or len(text) > 300:
        return None
    action: Literal["add", "revoke"] = "add"
    polarity: Literal["do", "dont"] = "do"
    rest: str | None = None
    m = _SWITCH.match(text)
    if m and canonical_topic(m.group("rest"))[1] is not None:
        rest = m.group("rest")
    m = _PERMIT.match(text) if rest is None else None
    if m:
        action, polarity, rest = "revoke", "do", m.group("rest")
    if rest is None:
        m = _REVOKE_ANYMORE.match(text)
        if m:
            action, polarity, rest = "revoke", "do" if m.group("noneed") else "dont", m.group("rest")
    if rest is None:
        m = _FORGET_ABOUT.match(text) or _NO_LONGER_NEED.match(text)
        said = (m.group("rest") or m.group("rest2")) if m and m.re is _FORGET_ABOUT else m.group("rest") if m else ""
        # what is named is the head of the phrase: "a reference letter" is a letter, "the summaries at the end" summaries
        head = _split(r"\s*,|\s+(?:at|in|on|for|from|with|of|about|to)\s+", said)[0]
        named = any(o.end() == len(head) for o in _OUTPUT.finditer(head))
        if m and not _ONE_OFF.search(said) and (canonical_topic(said)[1] is not None or named):
            # the thing named, not a verb's object: "the summaries at the end" is about summaries
            action, polarity, rest = "revoke", "do", _sub(r"^(?:all\s+)?(?:the|those|these|your)\s+", "", said)
    if rest is None:
        m = _ABOUT_ANSWERS.match(text)
        if (
            m
            and _OUTPUT.search(m.group("rest"))
            and not _ONE_OFF.search(m.group("rest"))
            and canonical_topic(m.group("rest"))[1] is not None
        ):
            rest = m.group("rest")  # ("i want answers" alone names no topic of a family: nothing)
    if rest is None:
        m = _PERMIT_BACK.match(text) or _PREFER.match(text)
        if m and canonical_topic(m.group("rest"))[1] is not None:
            rest = m.group("rest")
            if m.re is _PERMIT_BACK:
                action, polarity = "revoke", "do"
    if rest is None:
        m = _REVOKE.match(text)
        if m and not _SPEAKERS_OWN.match(m.group("rest")) and not _reported(text, m.start("rest")):
            action, polarity, rest = "revoke", "dont", m.group("rest")
    if rest is None:
        m = _ADD.match(text)
        if m:
            cue = m.group("cue").lower()
            rest = m.group("rest")
            neg = _match(r"^(?:do\s+not|never)\s+", rest, re.IGNORECASE)
            if cue.startswith(("never", "do not", "no need")) or neg:
                polarity = "dont"
                rest = rest[neg.end() :] if neg else rest
            if (
                not _match(r"^(?:" + _DIRECTIVE_VERBS + r")\b", rest, re.IGNORECASE)
                and canonical_topic(rest)[1] is None
            ):
                return None  # "don't worry about it", "always good to chat": not a directive about answers
    if rest is None:
        m = _IMPERATIVE.match(text)
        if (
            m
            and _TASK.match(m.group("rest"))
            and not _HABIT.search(text)
            and not _ANSWERS_AS_OBJECT.match(m.group("rest"))
        ):
            return None  # "please summarise this article": a task for now, not a standing directive
        if m:
            rest = m.group("rest")
            if _match(r"^(?:avoid|skip)\b", rest, re.IGNORECASE):
                polarity = "dont"
            if _match(r"^(?:call|address|refer\s+to)\s+me\b", rest, re.IGNORECASE):
                return None  # "call me Alex" is a name, not a format directive
            if (
                not m.group("please")
                and not _FORWARD.search(rest)
                and canonical_topic(rest)[1] is None
                and not _match(
                    r"^(?:answer|reply|respond|write|use|format|avoid|keep\s+(?:your|the|it|answers|replies)|"
                    r"include|stick\s+to|switch\s+to|limit)\b",
                    rest,
                    re.IGNORECASE,
                )
                and not (_match(r"^(?:skip|drop|cut)\b", rest, re.IGNORECASE) and _OUTPUT.search(rest))
            ):
                return None  # a bare imperative is a directive only when it is plainly about the answers
    if rest is None:
        m = _NOUN_DIRECTIVE.match(text)
        if m:
            said = m.group("rest")
            manner = "in " + said.rsplit(" ", 1)[0]  # ("english replies" are replies in english)
            if canonical_topic(said)[1] is not None:
                rest = said  # "shorter answers going forward"
            elif canonical_topic(manner)[1] == "language":
                rest = manner  # "english replies from now on pls"
    if rest is None:
        return None
    topic, _family = canonical_topic(rest)
    if not topic or _PRONOUN_TOPIC.match(topic) or len(topic.split()) > 8:
        return None
    return ExtractedInstruction(
        text=text.rstrip(" ,") + ".", topic=topic, action=action, polarity=polarity, confidence=0.9, span=span
    )


_TOPIC_STOP = frozenset(
    """the and any all for with without about your you our from into onto when what that this them more less much
    very too just an at in on of to it me my up so or is be do no as by we""".split()
)


def _topic_words(topic: str) -> frozenset[str]:
    """A topic's content words, crudely stemmed ("summaries" and "summary", "apologizing" and "apologize" meet)."""
    out = set()
    for w in re.findall(r"[a-z]+", topic.lower()):
        if len(w) < 2 or w in _TOPIC_STOP:
            continue
        w = re.sub(r"ies$", "y", w)
        w = re.sub(r"(?:ing|s)$", "", w) if len(w) > 4 and not w.endswith("ss") else w
        out.add(w.rstrip("e") or w)
    return frozenset(out)


def topics_overlap(a: str, b: str) -> bool:
    """Whether two free-form topics name the same thing, one's words within the other's: "summaries" and "summary
    at the end". The reconciler lets a revocation end an instruction so named when no topic or family matches
    exactly (a revocation rarely repeats the instruction's words: "stop adding summaries" after "always add a
    summary at the end")."""
    wa, wb = _topic_words(a), _topic_words(b)
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)
