"""Sentence → clauses → (subject, predicate): the part of the rules that reads English, not the ontology.

Chat is often lower-case, tokenised and unpunctuated ("im fine , just back from the gym and hungry"), so the
first person is recognised whatever its case (``i``, ``i'm``, ``im``), contractions are expanded, and a
sentence is cut into clauses at commas and at conjunctions that start a new clause ("… and i have two
jobs", "I left Initech and now work at Hooli"). A clause without a subject that starts with a verb
continues the previous clause's subject; a clause that is only a noun phrase continues its list ("I like
hiking, swimming and reading"). Interjections and discourse openers ("yes", "wow", "well", "in my spare
time") are dropped from the front of a clause. Everything is one pass of bounded, compiled regexes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._lexicon import words
from ._regex import _match
from ._wrappers import as_said, relative_joined, unframed, wrapped_parts

__all__ = [
    "CHILDHOOD_CLAUSE",
    "CONTINUE_VERBS",
    "LIVED_THERE",
    "QUESTION",
    "Piece",
    "expand",
    "split_clauses",
    "strip_lead",
    "uninvert",
]

_CONTRACTIONS = re.compile(
    r"\b(?:(?P<im>i\s?'\s?m|im|i\s+m(?=\s+[a-z]))|(?P<ive>i\s?'\s?ve|ive|i\s+ve)|(?P<id>i\s?'\s?d|i\s+d(?=\s+(?:love|like|"
    r"rather|say|be|go|never)\b))|(?P<ill>i\s?'\s?ll|i\s+ll)|"
    r"(?P<neg>do|does|did|is|are|was|were|have|has|had|would|could|should|must)n\s?'\s?t|"
    r"(?P<negbare>dont|doesnt|didnt|isnt|arent|wasnt|havent|hasnt|wouldnt|couldnt|shouldnt)|"
    r"(?P<cant>can\s?'\s?t|cant|cannot)|(?P<wont>won\s?'\s?t|wont)|(?P<were>we\s?'\s?re)|(?P<weve>we\s?'\s?ve)|"
    r"(?P<pis>(?:it|that|she|he|there|what|who|here)\s+s(?=\s+[a-z]))|(?P<wanna>wanna)|(?P<gonna>gonna)|(?P<gotta>gotta)|(?P<hav>hav)|"
    r"(?P<name>(?:my|our)\s+(?:(?:first|last|full|real|middle|nick)\s*)?name)(?:\s?'\s?s|s(?=\s+(?!(?:are|were|and)\b)[a-z])))\b",
    re.IGNORECASE,
)
_BARE_NEG = {
    "dont": "do",
    "doesnt": "does",
    "didnt": "did",
    "isnt": "is",
    "arent": "are",
    "wasnt": "was",
    "havent": "have",
    "hasnt": "has",
    "wouldnt": "would",
    "couldnt": "could",
    "shouldnt": "should",
}


def _expand_one(m: re.Match[str]) -> str:
    g = m.lastgroup
    text = m.group(0)
    upper = text[:1] == "I"
    if g == "im":
        return "I am" if upper else "i am"
    if g == "ive":
        return "I have" if upper else "i have"
    if g == "id":
        return "I would" if upper else "i would"
    if g == "ill":
        return "I will" if upper else "i will"
    if g == "neg":
        return m.group("neg") + " not"
    if g == "negbare":
        return _BARE_NEG[text.lower()] + " not"
    if g == "cant":
        return "can not"
    if g == "wont":
        return "will not"
    if g == "were":
        return text[:2] + " are"
    if g == "weve":
        return text[:2] + " have"
    if g == "pis":  # "it s my fave", "she s my sister": tokenised chat's "it's", whose "s" is "is"
        return text.split()[0] + " is"
    if g == "wanna":
        return "want to"
    if g == "gonna":
        return "going to"
    if g == "hav":  # (chat spelling)
        return "have"
    if g == "name":  # "my name's kate", "my names kate": the "is" of a name, not a possessive
        return m.group("name") + " is"
    return "got to"


_BARE_WORDS = words("""im ive dont doesnt didnt isnt arent wasnt havent hasnt wouldnt couldnt shouldnt cant
    cannot wont wanna gonna gotta m ve ll d s hav names""")
"""(a lone "m", "ve", "ll", "d", "s" is a contraction whose apostrophe became a space: "i m", "i ve", tokenised text)"""


def expand(text: str) -> str:
    """Contractions spelled out, in edited or chat spelling ("i'm", "im", "don't", "dont", "cant")."""
    if "'" not in text and _BARE_WORDS.isdisjoint(text.lower().split()):
        return text  # most turns have none: skip the scan
    return _CONTRACTIONS.sub(_expand_one, text)


CONTINUE_VERBS = (
    r"am|was|have|has|had|work|works|worked|live|lives|lived|moved|move|relocated|like|love|enjoy|prefer|hate|"
    r"play|plays|teach|speak|study|studied|drive|drink|eat|own|got|get|use|go|went|started|left|quit|joined|"
    r"became|want|hope|plan|volunteer|collect|listen|watch|read|do|spend|grew|come|came|run|cook|bake|paint|"
    r"write|sing|dance|swim|hike|travel|take|took|teach|stopped|switched|retired|bought|adopted|need|can|"
    r"will|would|used|never|no\s+longer|recently|currently|graduated|finished|dropped"
)
# (a colon between digits is a clock time, "the 8:15 train", and a comma before three digits a thousands separator,
# "£38,000": neither is a clause break)
_SPLIT = re.compile(
    r"\s*(?:;|(?<!\d),|,(?!\d{3}\b)|(?<!\d):|:(?!\d))+\s*|\s+-+\s+|\s+(?:even\s+though|even\s+if|although)\s+|\s+now\s+that\s+(?=(?:i|we|my|our)\b)|\s+(?:and|but|so|because|cause|cuz|though|although|plus|then|while|whereas|or)\s+"
    r"(?=(?:i|we|my|our|now|also|then|just|still|really|actually|currently|recently|please|" + CONTINUE_VERBS + r")\b)",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"^(?:(?:no\s+worries|no\s+problem|not\s+really|not\s+much|not\s+bad|not\s+yet|yes|yeah|yea|yep|yup|ya|no(?!\s+longer\b)(?!\s+[\w-]+(?:\s+[\w-]+)?\s+for\s+(?:me|us)\b)|nope|nah|oh|ohh|ok|okay|well|wow|haha+|ha|hah|lol|lmao|ugh+|meh|phew|whew|hands\s+down|hi|hello|hey|"
    r"cool|nice|great|awesome|sure|thanks|thank\s+you|"
    # ("sorry alex turner", "…, sorry swifties": an apology to someone named, which is no lead to the clause)
    r"sorry(?!\s+(?!(?:i|i'm|im|i've|ive|we|my|our|to|about|for|but|that|if)\b)[a-z][\w'.-]*(?:\s+[a-z][\w'.-]*){0,2}"
    r"\s*(?:[,.!?]|$))|"
    r"um+|hmm+|so|and|but|also|actually|honestly|"
    r"personally|lately|currently|recently|now|right\s+now|sometimes|usually|anyway|anyways|besides(?!\s+[a-z]+ing\s+(?:i|we)\b)|plus|then|"
    r"true|same|me\s+too|definitely|really|seriously|alright|aw+|ah+|oops|omg|gosh|though|basically|luckily|"
    r"unfortunately|fortunately|sadly|surprisingly|these\s+days|nowadays|at\s+the\s+moment|for\s+fun|"
    r"in\s+(?:my|our)\s+(?:spare|free|down)\s+time|on\s+(?:the\s+)?weekends|on\s+my\s+days?\s+off|"
    r"(?:on|in|for)\s+(?:this|that)\s+one|"  # ("on this one i work as the lead": a fronted frame, not a relative)
    r"most\s+days|every\s+(?:day|morning|night|weekend)|as\s+for\s+me|for\s+me|me(?!\s+and\s)|myself|good|fine|"
    r"interesting|exactly|indeed|of\s+course|that\s+is\s+(?:cool|great|nice|awesome|neat|good|fun|true|"
    r"interesting|amazing)|neat|fun|amazing|hahaha|originally|right|honestly|truthfully|fyi|btw|fwiw|psa|"
    r"(?:(?:quick|small|little)\s+)?update(?=\s*[:\-–—])|heads\s+up)\b[\s,!.:\-–—]*){1,8}",
    re.IGNORECASE,
)
_HOBBY_LEAD = re.compile(r"\b(?:spare|free|down)\s+time\b|\bfor\s+fun\b|\bweekends\b|\bdays?\s+off\b", re.IGNORECASE)
_GREETING = re.compile(r"^(?:hi|hello|hey|greetings)\b", re.IGNORECASE)
QUESTION = re.compile(
    r"^(?:what|whats|where|wheres|when|why|how|hows|who|whos|which(?!\s+(?:is|was)\s+(?:why|how)\b)|whom|any|anything|"
    r"you(?!(?:\s+can|\s+will|'ll)\s+(?:\w+\s+)?find\s+(?:me|us)\b)|u|"
    r"and\s+you|what\s+about|"
    r"how\s+about)\b|^(?:do|does|did|am|are|is|was|were|can|could|would|should|will|have|has)\s+(?:you|u|ya|we|they|he|"
    r"she|it|i|there|your|ur|anyone|anybody|someone|people|this|that|these|those)\b",
    re.IGNORECASE,
)
"""A clause that asks: a question word, or an auxiliary before its subject ("have you …"; "have 2 kids" states)."""
_SUBJECT_START = re.compile(
    r"(?<=\w)\s+(?=(?:i|we|he|she|they)\s+[a-z]|you\s+(?:are|were|have|had|do|did|can|could|should|would|"
    r"will|must|might|know|like|love|need|want|look|seem|sound|get|got|go|went)\b|"
    r"(?:do|does|did|are|were|have|can|could|would|what|how|where|when|who|which)\s+(?:you|u)\b|"
    r"(?:what|how|where|when|who|which)\s+(?:are|were|do|did|is)\s+(?:you|u)\b)",
    re.IGNORECASE,
)
_STARTERS = words("i we he she they you do does did are were have can could would what how where when who which")
"""A subject pronoun (or a question to "you") after a word: where unpunctuated chat starts a new clause ("that is
cool i teach dance", "tacos are my favourite do you cook")."""
_NO_SUBJECT_CUT = words("""that what which who whom whose where when how why if whether as than like
    so and or but nor until till unless while before after once whenever wherever though although even think
    nor not thinks thought guess hope hopes wish wishes know knows knew bet mean meant believe believes feel
    feels felt say said says wants glad sure sorry afraid
    suppose swear promise realize realized realise noticed heard hear figured figure agree wonder doubt told tell
    tells assume imagine seems seemed where's whatever whoever anything something everything nothing all one
    only first last place time day reason way thing things stuff one ones""")
"""Words after which "i …" is a complement or relative clause, not a new statement ("the film i saw last",
"i wish i could", "what i do")."""


BESIDE_LEAD = re.compile(r"^(?:besides|apart\s+from|aside\s+from)\s+[a-z]+ing\s+(?:i|we)\s", re.IGNORECASE)
"""A doing set before the clause it is beside ("besides running i surf"): one clause, its lead read by _pastimes."""

_AUX = words("can could would should will shall may might must do does did am is are was were have has had")
_PRONOUN_SUBJECTS = words("i you we they he she it that u")


def _subject_cuts(text: str) -> list[str]:
    """Cut a clause before each subject pronoun that starts a new clause, in one scan (linear: the two words
    before a candidate are read from a bounded window)."""
    if _STARTERS.isdisjoint(text.lower().split()[1:]) or BESIDE_LEAD.match(text):
        return [text]  # most clauses have no second subject: skip the scan ("besides X i …": read by _pastimes)
    parts: list[str] = []
    start = 0
    for m in _SUBJECT_START.finditer(text):
        before = text[max(start, m.start() - 40) : m.start()].split()
        prev = before[-1].lower() if before else ""
        if not prev or prev in _NO_SUBJECT_CUT:
            continue
        pp = before[-2].lower() if len(before) > 1 else ""
        if prev in _AUX and pp not in _PRONOUN_SUBJECTS:
            continue  # "can i bring my dog", "nor can i swim": an inverted question, not a new clause ("i do i …")
        parts.append(text[start : m.start()])
        start = m.end()
    parts.append(text[start:])
    return parts


_ASKED_BACK = re.compile(
    r"(?<=\w)\s+(?:(?:how|what)\s+about\s+(?:you|u|yourself|urself)|and\s+(?:you|u|yourself))\s*\??$",
    re.IGNORECASE,
)
"""The question put back at the end of a statement, unpunctuated ("… my favourite show how about you?")."""
_WHICH_VERDICT = re.compile(r"^which\s+(?:is|seems|feels|sounds|looks)\s", re.IGNORECASE)
"""", which is crazy at 49" after a statement: a relative clause judging it, not a question."""
_AGE_FRAME = re.compile(r"^(?:being|at)\s+(?:only\s+|just\s+)?\d{1,3}\b", re.IGNORECASE)
"""An age said as a frame ("…, being 13 and all", "…, at 60"): a clause of its own, never a list item."""
_PLACE_NAMED = re.compile(
    r"^(?P<p>(?!(?:it|this|that|there|here|he|she|they|you|which|what|where)\b)[a-z][\w.' -]{1,40}?)\s+(?:is|was)\s+"
    r"(?:the|my|our)\s+(?:(?:little|small|big|beautiful|lovely|current|home|native|only)\s+)?(?:state|city|town|country|"
    r"place|area|island|county|village|province|region|neighborhood|neighbourhood|suburb)$",
    re.IGNORECASE,
)
_LIVE_THERE_END = re.compile(
    r"^(?P<s>i|we)\s+(?:(?:now|currently|still)\s+)?(?P<v>live|grew\s+up|was\s+born|were\s+born|am\s+from|are\s+from|"
    r"come\s+from)(?:\s+in)?(?:\s+(?:now|lol|haha))?$",
    re.IGNORECASE,
)
"""A place named, then said to be where the speaker lives or is from: "colorado is the state i live in"."""
_AT_AGE_ALONE = re.compile(r"^(?:even\s+|now\s+)?at\s+(?:the\s+age\s+of\s+)?\d{2,3}$", re.IGNORECASE)
_OWN_SUBJECT = re.compile(r"^(?:my|our|his|her|their|your)\s", re.IGNORECASE)
"""A clause with a possessive subject ("my wife supports us") is a clause of its own, never a list item."""
_BARE_OWN_NP = re.compile(r"^(?:my|our)\s+(?:[a-z]+\s+)?[a-z]+$", re.IGNORECASE)
_ADVERB_LEAD = re.compile(
    r"^(?:(?:just|also|now|recently|still|then|really|finally|actually|even|already)\s+)+", re.IGNORECASE
)
"""Adverbs before the verb of a clause that continues the subject ("… and just bought a home")."""
_VERB_START = re.compile(r"^(?:" + CONTINUE_VERBS + r")\b", re.IGNORECASE)
_FINITE = re.compile(
    r"\b(?:am|is|are|was|were|be|have|has|had|do|does|did|will|would|can|could|should|i|you|"
    r"he|she|it|they|we)\b",
    re.IGNORECASE,
)


_LASTING = re.compile(r"\b(?:nowadays|these\s+days|lately)\b", re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:now|currently|nowadays|these\s+days|at\s+the\s+moment|at\s+present)\b", re.IGNORECASE)


@dataclass
class Piece:
    """One clause: its text, whether it only continues a list, and what its front said."""

    text: str
    greeted: bool = False
    hobby: bool = False
    question: bool = False
    before_own: bool = False
    """The next clause has the speaker as subject ("being retired, | i head south")."""
    present: bool = False
    """The clause places itself in the present ("… but now i work at a hospital"), whatever date another clause
    of its sentence gives."""
    lasting: bool = False
    """The clause says its state lasts ("these days", "nowadays", "lately"), not only that it holds just now."""


def strip_lead(text: str) -> tuple[str, bool, bool]:
    """Drop interjections and openers; say whether they greeted ("hi , i am kenneth") or framed a pastime."""
    m = _LEAD.match(text)
    if not m:
        return text, False, False
    lead = m.group(0)
    return text[m.end() :], bool(_GREETING.match(lead)), bool(_HOBBY_LEAD.search(lead))


def split_clauses(sentence: str, asks: bool | None = None) -> list[Piece]:
    """Clauses of one sentence, list continuations folded back into the clause they continue; ``asks`` says the
    sentence ended with "?" when the caller has already stripped its punctuation."""
    out: list[Piece] = []
    low = sentence.lower()
    if (" that i " in low or " that we " in low) or not _FEELINGS.isdisjoint(low.split()):
        sentence = _FACTIVE_THAT.sub(_feeling_cut, sentence)  # the fact after "glad that" is a clause of its own
    if "me and" in sentence.lower():
        sentence = _ME_AND.sub(r"\g<np> and i ", sentence)  # "me and my wife live in ohio": "my wife and i …"
    sentence = as_said(relative_joined(sentence))  # "…lasagna, which i adore": one clause; "as a vegan, i …"
    greeted = bool(_GREETING.match(sentence))
    is_question = sentence.rstrip().endswith("?") if asks is None else asks
    childhood = False
    present = lasting = False
    tag = _ASKED_BACK.search(sentence) if is_question and " " in sentence else None
    if tag:  # "the office is my favourite show how about you": the statement, then the question put back
        sentence = f"{sentence[: tag.start()]}, {tag.group(0).strip()}"
    for raw in (
        p
        for chunk in _SPLIT.split(sentence)
        for part in _subject_cuts(chunk)
        for p in (wrapped_parts(part) if not is_question else [part])  # ("do you ski, which i love?": a question)
    ):
        raw = raw.strip(" .!?")
        if not raw:
            continue
        text, g, hobby = strip_lead(unframed(raw) if not is_question else raw)  # ("good thing i …": not "good")
        text = unframed(text) if not is_question else text  # "that's why i moved": the clause the reason governs
        greeted = greeted or g
        text = text.strip(" ,.!?")
        if not text:
            present = present or bool(_PRESENT.search(raw))  # "… but now | i work at a hospital"
            lasting = lasting or bool(_LASTING.search(raw))
            continue
        if out and _match(r"^i\s", text, re.IGNORECASE) and _BARE_OWN_NP.match(out[-1].text):
            out[-1].text += " and " + text  # "my husband and i have two cats": one subject, not two clauses
            continue
        if not is_question and CHILDHOOD_CLAUSE.fullmatch(text):
            childhood = True  # "when i was a kid, i lived on a farm": the clause after it says a childhood fact
            continue
        if childhood:  # (only a home is read differently: "i loved dogs" then is just a past taste)
            text, childhood = (text + " as a kid" if LIVED_THERE.search(text) else text), False
        if not is_question:
            text = _drop_subordinate(text)
            who = _WHO_SAYS.match(text) if " who " in text or " that " in text else None
            if who:  # "i'm only a girl who works at a florist": what the relative says is the speaker's
                if not _match(r".*\b(?:kind|type|sort)\s+of\s", who.group("head"), re.IGNORECASE):
                    out.append(Piece(text=who.group("head"), greeted=greeted, hobby=hobby))  # ("the kind of …": none)
                text = f"i {_first_person(who.group('rel'))}"
        q = bool(QUESTION.match(text)) and not (
            not is_question
            and (_WHY_I_SAY.match(text) or (out and _WHICH_VERDICT.match(text)) or _NOT_DOING.match(text))
        )  # ("when i'm not hiking, i …" says what the speaker does when free: read by _pastimes)
        if (
            out
            and not q
            and not _CONTRAST.match(text)
            and not _FINITE.search(text)
            and not _VERB_START.match(_ADVERB_LEAD.sub("", text))
            and not _OWN_SUBJECT.match(text)
            and len(text.split()) <= 4
            and not out[-1].question
            and not _AGE_FRAME.match(text)
            and text[:3].lower() != "no "  # ("i take warfarin, so no aspirin for me": what is avoided, no item)
        ):
            out[-1].text += ", " + text  # "I like hiking, swimming and reading"
            continue
        named = _PLACE_NAMED.match(out[-1].text) if out and text[:2].lower() in ("i ", "we") else None
        said = _LIVE_THERE_END.match(text) if named else None
        if named and said:  # "colorado is the state i live in": "i live in colorado"
            verb = said.group("v").lower()
            out[-1].text = f"{said.group('s')} {verb} {'' if verb.endswith('from') else 'in '}{named.group('p')}"
            continue
        if out and _AT_AGE_ALONE.match(out[-1].text) and _match(r"^i\s", text, re.IGNORECASE) and not q:
            out[-1].text += " " + text  # "at 24, i need to eat better": the age frames the clause after it
            continue
        feared = (
            bool(out) and bool(_FEAR_FRAME.match(out[-1].text)) and bool(_match(r"^(?:i|we)\s", text, re.IGNORECASE))
        )
        out.append(
            Piece(
                text=text,
                greeted=greeted,
                hobby=hobby,
                question=q or feared,  # ("i'm scared | i have cancer": feared, not said; the fear is read)
                present=present or bool(_PRESENT.search(raw)),
                lasting=lasting or bool(_LASTING.search(raw)),
            )
        )
        present = lasting = False
    if (
        is_question
        and out
        and not _match(r"^(?:i|my|we)\b", out[-1].text, re.IGNORECASE)
        and not (len(out) > 1 and _VERB_START.match(out[-1].text))
    ):
        out[-1].question = True  # "pasta is my favourite, what's yours?": only the clause before "?" asks
    return out


_FEAR_FRAME = re.compile(
    r"^(?:i\s+am|i'm|im|i\s+m)\s+(?:so\s+|really\s+|a\s+bit\s+|kind\s+of\s+|a\s+little\s+)?(?:scared|afraid|worried|"
    r"terrified|frightened|concerned|paranoid|anxious|nervous)(?:\s+that)?$|^i\s+(?:fear|worry|suspect)(?:\s+that)?$",
    re.IGNORECASE,
)
"""A fear or a suspicion put before the clause it governs ("i'm scared | i have cancer"): that clause is feared, not
stated, so nothing in it is a fact about the speaker."""
_TIME_CLAUSE = re.compile(
    r"^(?:when|whenever|while|once|after|before)\s+(?:i|we)\s+(?:[\w']+\s+){1,6}?(?=(?:i|we)\s+[a-z])",
    re.IGNORECASE,
)
"""A leading time clause said before the speaker's own clause ("when i get a free hour i tutor at the library"):
lower-case chat leaves no comma between them, and the "when" would otherwise read as a question."""
_NOT_DOING = re.compile(
    r"^(?:(?:when|whenever)\s+(?:i\s+am|i'm|im)\s+not\s+[a-z]+ing\b|what\s+i\s+(?:love|like|enjoy)\s+"
    r"(?:doing\s+)?(?:the\s+)?most\s+is\b)",
    re.IGNORECASE,
)
"""A "when"/"what" clause that says what the speaker does ("when i'm not hiking, i …", "what i love most is
baking"): a statement, not a question (read by ``_pastimes``)."""
CHILDHOOD_CLAUSE = re.compile(
    r"^when\s+(?:i|we)\s+(?:was|were)\s+(?:young|little|small|younger|growing\s+up|kids|"
    r"an?\s+(?:kid|child|boy|girl|teen|teenager))(?:\s+|$)",
    re.IGNORECASE,
)
LIVED_THERE = re.compile(r"^(?:i|we)\s+(?:lived|were\s+living|was\s+living)\s+(?:in|on|at)\s+[^,]+$", re.IGNORECASE)
"""A past home, which a childhood time phrase makes the speaker's hometown."""
_WHY_I_SAY = re.compile(r"^(?:probably\s+|maybe\s+|perhaps\s+|and\s+)?(?:that\s+is\s+)?why\s+(?:i|we)\s", re.IGNORECASE)
"""A "why i …" in a statement says a reason, not a question ("long hours . probably why i became a welder")."""
_FACTIVE_THAT = re.compile(
    r"\b(?:(?P<a>glad|happy|good|lucky|thankful|grateful|proud|sad|sorry|nice)\s+(?:that\s+)?|"
    r"(?<=\bi\s)(?P<v>love|like|hate|appreciate)\s+that\s+)(?=(?:i|we)\s)",
    re.IGNORECASE,
)
"""A feeling about a fact the speaker states: "it is good that i work for a jeweller", "i'm glad i live by the
sea", "i love that i work from home" say that they do."""

_FEELINGS = words("glad happy good lucky thankful grateful proud sad sorry nice")


def _feeling_cut(m: re.Match[str]) -> str:
    """The feeling, then a comma: the fact it is about starts a clause of its own ("i love it, i work from home":
    what is loved is the fact, not a thing to remember)."""
    return f"{m.group('a')}, " if m.group("a") else f"{m.group('v')} it, "


_CONTRAST = re.compile(r"^(?:just\s+|but\s+|though\s+)?not\s", re.IGNORECASE)
"""A clause tail starting with "not" comments on what came before ("i am a plumber, not glamorous"); it is
never an item of the list before it, so it is not folded into that clause."""


_WHO_SAYS = re.compile(
    r"^(?P<head>i\s+am\s+(?:just\s+|only\s+|simply\s+|basically\s+)?(?:(?:an?|the)\s+)?(?:(?:kind|type|sort)\s+of\s+)?"
    r"(?:(?!(?:with|of|for|to|at|in|on|by|about|like|than|sure|friends|an?|the|this|that|my|your|his|her|their|who)\s)"
    r"[\w-]+\s+){0,3}?"
    r"(?!(?:with|of|for|to|at|in|on|by|about|like|than|sure|friends|an?|the|this|that|my|your|his|her|their)\s)"
    r"[\w-]+)\s+(?:who|that)\s+(?P<rel>(?:is|has|was|(?!(?:is|was|has|does|says|thinks|seems|sounds|looks)\s)"
    r"[a-z]{2,}s)\s+.+)$",
    re.IGNORECASE,
)
"""The speaker described by a relative clause about themselves ("i am a woman who is 56", "i'm only a girl who
works at a florist", "i am a proud texan who loves bbq"): the relative clause, its verb in the third person, is a
statement of the speaker's own (a preposition in the head makes it someone else's: "i am married to a man who …")."""
_OWN_VERB = {"is": "am", "has": "have", "was": "was", "does": "do", "goes": "go"}


def _first_person(rel: str) -> str:
    """The relative clause with its third-person verb said by the speaker ("loves bbq" → "love bbq")."""
    verb, rest = rel.split(None, 1)
    low = verb.lower()
    if low in _OWN_VERB:
        return f"{_OWN_VERB[low]} {rest}"
    if low.endswith("ies") and len(low) > 4:
        return f"{verb[:-3]}y {rest}"
    if low.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return f"{verb[:-2]} {rest}"
    return f"{verb[:-1]} {rest}"


def _drop_subordinate(text: str) -> str:
    """The main clause of "when/while/once … i …" in a statement: the time clause in front says when, not what
    the speaker is (an "if" clause is left alone: a hypothetical states nothing)."""
    if text[:1].lower() not in "wab" or " i " not in f" {text.lower()} ":
        return text
    m = _TIME_CLAUSE.match(text)
    if not m:
        return text
    if CHILDHOOD_CLAUSE.fullmatch(m.group(0)) and LIVED_THERE.search(text[m.end() :]):
        return text[m.end() :] + " as a kid"  # "when i was little i lived on a farm": a childhood home
    return text[m.end() :]


_ME_AND = re.compile(
    r"(?:^|(?<=, ))me\s+and\s+(?P<np>(?:my|our)\s+(?:(?:best|little|big|older|younger|twin|baby|new)\s+)?"
    r"[a-z]+)\s+(?=[a-z])",
    re.IGNORECASE,
)
"""The speaker named after a companion at the start of a clause ("me and my sister share a flat")."""
_WHERE_I = re.compile(
    r"^(?P<np>(?:the\s+|a\s+|my\s+)?[\w' -]{2,40}?)\s+is\s+where\s+(?P<s>i|we)\s+(?P<v>work|live|grew\s+up|"
    r"go\s+to\s+school|study|volunteer)\b",
    re.IGNORECASE,
)
_WHAT_I = re.compile(
    r"^(?P<np>(?!(?:that|this|it|which|what|he|she|they|you)\b)[\w' -]{2,50}?)\s+(?:is|are)\s+(?:all\s+|really\s+|mostly\s+)?"
    r"what\s+(?P<s>i|we)\s+(?P<v>enjoy|love|like|do|eat|drink|listen\s+to|watch|play|read|collect|"
    r"(?:am|are)\s+(?:really\s+|mostly\s+)?(?:into|passionate\s+about|obsessed\s+with))"
    r"(?:\s+(?:the\s+)?most|\s+best|\s+for\s+fun|\s+(?:all\s+)?(?:day|the\s+time)|\s+now|\s+these\s+days|"
    r"\s+lately)?$",
    re.IGNORECASE,
)
_SOMETHING_I = re.compile(
    r"^(?P<np>(?!(?:that|this|it|which|what|he|she|they|you|there)\b)[\w' -]{2,50}?)\s+(?:is|are)\s+"
    r"(?:something|a\s+thing|one\s+thing|the\s+(?:one\s+)?thing)\s+(?:that\s+)?(?P<s>i|we)\s+"
    r"(?P<neg>do\s+not\s+|never\s+|really\s+|truly\s+)?(?P<v>enjoy|love|like|hate|dislike|eat|drink)$",
    re.IGNORECASE,
)
"""The thing named first, then what the speaker does about it: "chess is something i really enjoy"."""
_ALL_I = re.compile(
    r"^(?:all|the\s+only\s+thing)\s+(?P<s>i|we)\s+(?:ever\s+|really\s+)?(?P<v>eat|drink|listen\s+to|watch|read|"
    r"play)\s+(?:is|are)\s+(?P<np>.+)$|"
    r"^(?:there(?:\s+is|'s|s)\s+)?nothing\s+(?P<s2>i|we)\s+(?P<v2>like|love|enjoy)\s+more\s+than\s+"
    r"(?P<np2>.+)$",
    re.IGNORECASE,
)
"""What the speaker does with nothing else: "all i ever eat is noodles", "nothing i love more than a long hike"."""
_WHERE_PREP = {"work": "at", "live": "in", "grew up": "in", "go to school": "at", "study": "at", "volunteer": "at"}


def uninvert(text: str) -> str:
    """ "the corner bakery is where i work" → "i work at the corner bakery": the place named first; "rowing and
    chess are what i enjoy most" → "i enjoy rowing and chess": the thing named first (a pseudo-cleft)."""
    m = _WHAT_I.match(text) if " what " in text else None
    if m:
        return f"{m.group('s')} {m.group('v')} {m.group('np')}"
    m = _SOMETHING_I.match(text) if " thing " in text or "something" in text else None
    if m:
        return f"{m.group('s')} {m.group('neg') or ''}{m.group('v')} {m.group('np')}"
    m = _ALL_I.match(text) if text[:3].lower() in ("all", "the", "not") or text[:5].lower() == "there" else None
    if m and m.group("np"):  # ("all i do is work" says nothing liked)
        return f"{m.group('s')} {' '.join(m.group('v').lower().split())} {m.group('np')}"
    if m:
        return f"{m.group('s2')} {m.group('v2')} {m.group('np2')}"
    m = _WHERE_I.match(text) if " where " in text else None
    if not m:
        return text
    verb = " ".join(m.group("v").lower().split())
    return f"{m.group('s')} {verb} {_WHERE_PREP[verb]} {m.group('np')}"


def subject_of(text: str) -> tuple[str | None, str]:  # pragma: no cover - documented helper
    """(kind, rest): ``"i"``/``"we"``/``"my"`` for the speaker, else None."""
    m = _match(r"^(?P<s>i|we|my|our)\s+(?P<rest>.+)$", text, re.IGNORECASE)
    if m:
        return m.group("s").lower(), m.group("rest")
    return None, text
