"""Whether a statement corrects a value on record, and which words it gives in the value's place.

Users correct their assistant's memory more often than they announce a change: "it's porto, not lisbon", "not
google, meta", "lisbon? no, porto", "i meant leicester when i said leeds", "you keep writing maya", "typo, should
be iphone 15", "*data engineer, sorry". A correction names no change ("moved", "now"), so the change test never
looked at it, and the extractor reads little of it (a bare name, a fragment). Two things say a statement is one:

* **a word of self-repair** (``SELF_REPAIR``): typo, misspoke, autocorrect, dictation, "i meant", "my bad", "scratch
  that", "correction", "you've got that wrong", "i keep calling …", "should have said", a name spelled out
  ("t-h-e-o"), chat's asterisk at the edge of a clause ("*engineer, sorry", "pescatarian*"), a bare answer set right
  ("no, spotify.", "midwife actually."), a value alone after a word of repair ("scratch that, york", "oops, 25":
  ``_LED``, read only where the statement just made takes it in a value's place, ``_restated``);
* **the value on record said to be wrong** (``corrected``): denied after a short lead of its own key ("it's X, not
  Y", "i live in X, not Y", "my dog is X, not Y", "not Y, X", "not Y - X"), asked back and refused with a mark
  ("Y? no, X"), said by mistake ("when i said Y", "did i say Y?", "you keep writing Y", "i wrote Y but …", "you've
  got it saved as Y but …"), or, with a word of self-repair, never had ("never lived in Y").

``corrector`` gives the words said in its place: what the contrast sets against it, what follows "i meant" or
"should be" when it ends its clause, the starred word, what the key's own noun is said to be ("the book is
hyperion"), the bare answer, or, last, "it's X". The write path (``_unread_change``) reads the new value there,
as it reads what a statement says displaced a value, and keeps the doubt a reading carries.

What is no correction, and why (most of it found by a review that tried 400 hostile statements):

* a contrast inside a clause of its own, or one whose verb is of another key: "porto, not lisbon, has the better
  nightlife", "my sister lives in porto, not lisbon", "booked the flight to porto, not lisbon", "i use bing, not
  google" (google is the employer), "i might join meta, not google": only a short lead of the key may stand
  before the value set against the denied one (``_LEAD``, ``_of_the_key``);
* words that name a doing, not a value ("took the bus, not the civic", ``_replacement.a_doing``), a pronoun, an
  answer word or a one-off ("google? no, i'm not leaving", "radiohead? nah, too expensive", "no way", "no idea",
  "tonight it's ramen": ``_FRAGMENT``), a possessive ("karim's car, not samir's"), a clause with its own subject
  ("toronto? no, the conference is in montreal");
* emphasis ("*so* good", "*microsoft* is hiring"), an ordinary slip ("oops, burned the pasta"), and "i meant"
  followed by more than a value ("i meant pizza for the party order");
* the value denied for a while ("i'm not in lisbon this week, i'm in porto for work"), someone else's value ("my
  brother's at meta, not google"), a reaffirmation ("still google, not meta").
"""

from __future__ import annotations

import re

from .._extract._lexicon import KIN, PEOPLE_NOUNS, words
from .._extract._when import TIME_WORDS
from ._replacement import a_doing

__all__ = [
    "SELF_REPAIR",
    "a_name",
    "bare_answer_only",
    "corrected",
    "corrector",
    "denies_another",
    "given_name",
    "gives_a_name",
    "led_only",
    "may_correct",
]

_FRAGMENT = (
    r"(?!(?:i|i['’]m|im|you|we|it|it['’]s|that|this|he|she|they|not|no|nah|nope|naw|nay|yep|yup|hmm|um|uh|oh|ah|well|"
    r"yes|yeah|thanks|thank|way|problem|worries|idea|"
    r"clue|sorry|ok|okay|sure|really|never|nothing|one|me|my|chance|comment|doubt|wait|still|kidding|way|again|"
    r"your|his|her|their|our|the|too|so|very|just|maybe|probably|definitely|absolutely|always|tonight|today)\b)"
    r"[^\W\d_][\w&'’-]*(?:\s+(?!(?:not|is|am|are|was|do|does|did|i|i['’]m|we|you|tonight|today|tomorrow|again|"
    r"too|also)\b)[\w&'’-]+){0,2}"
)
"""A few words that may be a value: not a pronoun, an answer word or a clause ("no, i am not" is none)."""
_NO_VALUE = (
    r"(?:lol|haha+|lmao)\b|(?:\S+\s+){0,2}(?:wrong|typo|mistake|chat|window|thread|tab|message|post|ignore|never\s*mind|"
    r"nvm|day|busy|tired|late|keyboard|phone|everything|everyone|all|meant|mean|that|this|what|was|is|were|double|"
    r"again|repost|spam|brb|sec|second|minute|moment|hello|hi|hey|bye|anyway|forgot|fine|great|lovely|good|ok|okay|"
    r"sure|autocorrect|later|soon|\w+ly|" + "|".join(sorted(TIME_WORDS)) + r")\b"
)
"""Words of a slip, of the talk or of the time, not of a value ("sorry, wrong chat", "oops, double post", "wait,
that was", "oops, friday")."""
_BARE_ANSWER = (
    rf"^\W*(?:(?:hmm+|um+|uh+|oh|ah|wait|sorry)\W+)?(?:no+|nope|nah)\s*[,.!]+\s*(?:it['’]?s\s+)?(?P<no>{_FRAGMENT})\s*(?:[.!]|$)"
    rf"|(?:^|[.!?]\s+)(?P<actually>{_FRAGMENT}),?\s+actually\s*(?:[.!]|$)"
    rf"|^\W*(?P<sorry>{_FRAGMENT}),\s*sorry\b"
)
"""A bare answer set right: "no, spotify.", "midwife actually.", "lloyds, sorry - it's lloyds i'm with"."""
_STRONG_LEAD = (
    r"scratch\s+that|no\s+wait|wait\s+no|my\s+bad|let\s+me\s+fix\s+that|wrong\s+one|autocorrect(?:ed)?|correction|typo"
)
"""Words that only ever set something right ("scratch that", "my bad"): a value alone after them is a repair."""
_WEAK_LEAD = r"o+ps+|whoops+|oopsie|wait|hang\s+on|hold\s+on|err+|erm+"
"""Words said of a slip or a pause as often as of a repair ("oops, doorbell", "hang on, brb"): a value alone after
them is read only where it is a name or a number (``_led``)."""
_LED = (
    rf"^\W*(?:(?:sorry|soz)\W+)?(?:(?:{_STRONG_LEAD}|{_WEAK_LEAD})(?:\s*[,.!:;–—-]+\s*|\s+))+"
    rf"(?:(?:it['’]?s|it\s+is|make\s+(?:that|it))\s+)?(?P<led>(?!{_NO_VALUE}){_FRAGMENT}|\d{{1,4}}(?:\.\d+)?(?!\s*[%°]))"
    r"[^\w?]*(?:\b(?:lol|haha+|lmao|sorry|oops|my\s+bad|thanks|x+)\b[^\w?]*)*$"
)
"""A value said alone after a word of repair, as the whole message ("scratch that, york", "no wait - oasis", "oops,
25", "my bad, asana"; not "sorry, tom" nor "ugh, mondays", an apology or a sigh): said so, it may only set right
what the user just said, so the write path reads it only where the rules read it in that statement's value's place
(``_restated``), never by likeness. ("oops, burned the pasta" has no value the statement before could hold; words
about the slip, the talk or the time, "sorry, wrong chat", "oops, friday", are none.)"""


def _led(text: str) -> re.Match[str] | None:
    """The value said alone after a word of repair (``_LED``, its group ``led``); after a word of a slip or a pause
    ("oops, KPMG", "oops, 25") only when it is a number or written as a name, with a capital ("oops, hungry" and
    "hang on, doorbell" give none), after a word that only ever repairs ("scratch that, kpmg") any."""
    m = re.search(_LED, text, re.IGNORECASE)
    if m is None:
        return None
    strong = re.search(rf"\b(?:{_STRONG_LEAD})\b", text[: m.start("led")], re.IGNORECASE) is not None
    if not strong and not any(w[:1].isdigit() or w[:1].isupper() for w in m.group("led").split()):
        return None
    return m


_IT_IS = re.compile(
    rf"(?:^|[,.;:!?–—-]\s*)(?:(?:no\s+)?wait\s*,?\s*|no\s*,?\s*)?(?:it['’]?s|it\s+is)\s+(?:(?:an?|the)\s+)?(?P<it>{_FRAGMENT})"
    r"\s*(?=$|[.!,;)]|\s+(?:not|sorry|lol|haha|i|i['’]m|we|we['’]re)\b)",
    re.IGNORECASE,
)
"""A value said as "it's x", a clause of its own: the last place a correction's words are looked for."""
_STARRED = (
    r"^\W*\*(?P<starred>[^\W\d_][^,.;:!?()\n*]{0,30}?)(?=\s*(?:$|[,.!?]|\s+sorry\b))"
    r"|(?:^|[.!?]\s+|\()(?P<before>[^\W\d_][^,.;:!?()\n*]{0,30}?)\*(?=\s*(?:$|[,.!?()]))"
)
"""Chat's asterisk that sets a word right, at the edge of a clause of its own ("*data engineer, sorry",
"pescatarian* (i eat fish)"); not emphasis ("*so* good", "*microsoft* is hiring", "iphone 15* is out")."""
_MAKE_THAT = (
    r"(?:^|(?<=[.!?]\s))\s*(?:(?:oops|sorry|wait|hold\s+on|hang\s+on|actually|no|ugh|whoops|correction|my\s+bad)"
    r"[,.!]*\s+)+make\s+that\b"
)
""""make that …" after a word of repair, opening the message or a sentence ("sorry, make that glasgow"). Bare, it
asks for something made ("make that a playlist please"); later in a sentence it sets right what that sentence said
("meeting in leeds on friday, make that york"), not what is stored."""
SELF_REPAIR = re.compile(
    r"\b(?:typo(?:ed|s)?|misspoke|misspelt|misspelled|mistyped|mis-?typed|autocorrect\w*|auto-correct\w*|"
    r"i\s+meant|meant\s+to\s+(?:say|type|write)|brain\s*fart|my\s+bad|scratch\s+that|correction|fix\s+that|(?:got|gotten|have|has|put|wrote|written|typed)\s+(?:it|that|this|the\s+\w+|my\s+\w+)"
    r"\s+wrong|get\s+it\s+right|mixed\s+(?:it|that|them|those|us)\s+up|mix-?up|no\s+wait|wait\s+no|"
    r"(?:you|u)\s+(?:keep|kept)\s+(?:writing|saying|putting|calling|getting)|"
    r"(?:i\s+)?(?:said|typed|wrote)\s+it\s+wrong|not\s+what\s+i\s+(?:said|meant)|i\s+(?:always\s+|keep\s+|often\s+)?"
    r"(?:confuse|mix\s+up|mixing\s+up|mixed\s+up)|i\s+keep\s+(?:calling|saying|writing|typing|mixing)|"
    r"wrong\s+(?:one|name|city|number|year|month|word|company|language|place|school)|"
    r"scratch\s+what\s+i\s+(?:said|told\s+you|wrote|typed)|voice\s+(?:typing|to\s+text|dictation)|dictation|"
    r"misheard|mangled|please\s+correct|correct\s+(?:that|it|this|me)|"
    r"(?:said|typed|wrote|gave\s+you|told\s+you|put)\s+the\s+wrong\s+\w+|(?:quick|small|little|minor)\s+"
    r"(?:fix|mistake|correction|error)|should(?:\s+have|['’]ve)\s+said|ignore\s+what\s+i\s+(?:said|wrote|typed)|"
    r"disregard|fix\s+(?:this|that))\b|"
    + _MAKE_THAT
    + r"|\b(?:[A-Za-z]-){2,}[A-Za-z]\b"  # a name spelled out ("t-h-e-o")
    r"|"
    + _STARRED
    # a bare answer set right: "no, spotify." or "midwife actually." (a few words and the end of the sentence)
    + r"|"
    + _BARE_ANSWER
    + r"|"
    + _LED,
    re.IGNORECASE,
)
"""A word of self-repair: the speaker says what they or the assistant said was wrong, not that anything changed."""

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_ENDS_CLAUSE = re.compile(
    r"\s*(?:$|[.!;?)…]|[,\s]*[-–—]|[^\w\s,'’]|,?\s*(?:sorry|lol|haha|lmao|typo|my\s+bad|oops|btw|though|tho|actually|"
    r"obviously|ok|okay|mate|really|please|pls|thanks|x+|!+)\b|,\s*(?:i|i['’]m|i['’]ve|it|it['’]s|we|that['’]s|so|anyway|"
    r"and|but)\b)",
    re.IGNORECASE,
)
"""What may follow a value denied at the end of its clause ("it's porto, not lisbon", "not lisbon lol", "… not
biscuit 🙄"): the end, a mark, an emoji or a word of chat, not more of a clause ("not lisbon, has the better …")."""
_RUN = r"(?:(?!\s-\s)[^,.;:!?()\n–—])"
"""A character of a run of words within one clause: a dash between words ends it, one inside a word does not
("t-mobile")."""
_OPENS = (
    r"(?:^|[.!?;:\n]\s*|[-–—]\s*|\b(?:no|nah|nope|oh|oops|sorry|wait|actually|hmm+|ugh|lol|correction|typo)[,.!:]*\s+)"
)
"""Where a clause may open with its denial ("not lisbon, porto", "no, not google - meta")."""
_LEAD = (
    r"(?:(?:it['’]?s|it\s+is|its|that['’]?s|i\s+meant(?:\s+to\s+say)?|i\s+mean|(?:i\s+)?should(?:\s+have|['’]ve)\s+said|"
    r"i['’]?m|i\s+am|i\s+(?P<verb>live|work|use|speak|drive|"
    r"play|go|bank|support|drink|eat|study|learn)(?:\s+(?:in|at|for|with|to|on))?|(?:my|our)\s+(?P<thing>[\w'’]+"
    r"(?:\s+[\w'’]+)?)\s+(?:is|was|['’]s)|(?:his|her|its|their)\s+name\s+is|(?:his|her|its|their)\s+name['’]s|"
    r"(?:he|she)['’]s|(?:he|she)\s+is)\s+)?(?:(?:an?|the)\s+)?"
)
"""What may stand before the value set against the one denied ("it's porto, not lisbon", "i live in porto, not
lisbon", "my dog is brisket, not biscuit"): nothing else, so a clause of its own ("my sister lives in porto", "booked
the flight to porto", "i might join meta") sets nothing right."""
_COPULA_OPENS = r"(?:(?:it['’]?s|it\s+is|its|that['’]?s|that\s+is)\s+)?"
_DETERMINER = r"(?:(?:the|a|an|my|in|at|with|on|from)\s+)?"
_NEVER_HAD = (
    r"\bnever\s+(?:(?:ever|actually|even|once)\s+)?(?:lived|worked|owned|had|been|studied|went|gone|driven|drove|"
    r"used|been\s+to|supported|eaten|called)\s+(?:(?:in|at|for|to|with|a|an|the|my|any)\s+){0,2}"
)
_SAID = (
    r"\b(?:(?:i|you|u)\s+(?:said|wrote|typed|put)|(?:you|u)(?:['’]ve|\s+have)?\s+(?:got\s+)?(?:it|that|me)?\s*"
    r"(?:saved|noted|down|written|stored|listed)\s+(?:as|under)?)\s+"
)
_SAID_BY_MISTAKE = (
    r"\b(?:(?:when|where|if)\s+i\s+(?:said|wrote|typed|put)|(?:did|didn['’]?t)\s+i\s+(?:say|write|type|put)|"
    r"(?:you|u)\s+(?:keep|kept)\s+(?:writing|saying|putting|typing|calling\s+(?:him|her|it|them))|"
    r"(?:you|u)(?:['’]ve|\s+have)?\s+(?:got|put|saved|written|wrote|noted|said|have)\s+(?=\S+(?:\s+\S+)?\s+"
    r"(?:down\s+)?(?:wrong|incorrectly|by\s+mistake)\b)|"
    r"(?:you|u)(?:['’]ve|\s+have)?\s+(?:got\s+)?(?:it\s+|that\s+|me\s+)?(?:noted|saved|stored|listed|put|wrote|written)"
    r"(?:\s+down)?(?:\s+as)?(?=\s+\S+(?:\s+\S+)?\s*(?:\?|,?\s+but\b)))\s*"
)
_REFUSED = r"\s*\?+\s*(?:no+|nope|nah|wrong|not\s+quite|negative)\s*(?:[,.!:;]|[-–—])+\s*"
_OTHER_SUBJECT = re.compile(
    r"(?:the|this|that|my|our|his|her|their|your|a|an)\s+[\w'’]+(?:\s+[\w'’]+)?\s+(?:is|are|was|were|has|had|will)\b|"
    r"(?:the|this|that|his|her|their|your|a|an)\s+\w+['’]s\b|"
    r"(?:he|she|they|it|you|we)\s+(?!\w*ing\b)\w+",
    re.IGNORECASE,
)
"""A clause with its own subject after the refusal ("toronto? no, the conference is in montreal"): about something
else, not the value set right."""


def may_correct(text: str) -> bool:
    """Whether ``text`` may correct a value (a word of self-repair, a denial, a refusal, a mistake named): only
    then is the store asked which of its values it names."""
    return bool(SELF_REPAIR.search(text) or _MAY.search(text))


_MAY = re.compile(
    r"\b(?:not|never|said|wrote|typed|writing|saying|saved|noted|calling)\b|\bdown\s+as\b|\?\s*(?:no|nope|nah|wrong)\b|"
    r"\b(?:was|is)\s+(?:(?:just|only)\s+)?(?:my|an?|the)\s+(?:old|previous|former)\b|"
    r"\b(?:was|is)\s+(?:just|only)\s+(?:the|my|an?|for)\b",
    re.IGNORECASE,
)


def _value(named: set[str]) -> str:
    """A pattern for the value as the statement says it: its words in any order, run together ("honda civic")."""
    one = "|".join(re.escape(w) for w in sorted(named, key=len, reverse=True))
    return rf"(?:{one})s?(?:\s+(?:{one})s?)*(?!['’]s\b)"


def _forms(named: set[str]) -> tuple[tuple[str, str], ...]:
    """The forms that say the value wrong, each with the group of the words in its place (``new``, "" when the
    form gives none: "never lived in austin" says only that austin was wrong; its ``never`` group marks the one form
    that needs a word of self-repair beside it)."""
    v = _DETERMINER + rf"(?P<old>{_value(named)})\b"
    new = rf"(?P<new>{_RUN}+?)"
    return (
        # "it's porto, not lisbon", "i meant meta, not google", "radiohead not muse lol"
        (
            rf"(?:^|[.!?;]\s*|[-–—]\s*|\b(?:no|sorry|oops|typo|ugh|autocorrect|actually|correction|fix)[,.!:]*\s+){_LEAD}"
            rf"(?P<new>[0-9][\w.]*|{_FRAGMENT})"
            rf"\s*,?\s+(?:and\s+)?not\s+(?:just\s+|only\s+|simply\s+)?{v}(?={_ENDS_CLAUSE.pattern})",
            "new",
        ),
        # "not lisbon, porto", "not google - meta", "it's not blue, it's green", "not 34, 35 as of yesterday"
        (
            rf"{_OPENS}{_COPULA_OPENS}not\s+{v}\s*(?:[,;:]|[-–—]+|\.\.+|\s+but|\s+it['’]?s|\s*!)\s*"
            rf"(?:but\s+)?{new}(?=$|[,.;:!?()\n–—]|\s-\s)",
            "new",
        ),
        # "lisbon? no, porto", "blue?? nah, green these days"
        (
            rf"(?:^|[.!;]\s*)(?:the\s+|my\s+)?{v}{_REFUSED}(?:it['’]?s\s+)?(?P<new>{_FRAGMENT})"
            rf"(?=\s*(?:$|[.!,;)–—]|\s-\s))",
            "new",
        ),
        # "i wrote lakers but it's the celtics", "i said lisbon but i meant porto"
        (rf"{_SAID}{v}\s*,?\s+but\s+{new}(?=$|[,.;:!?()\n–—]|\s-\s)", "new"),
        # "i meant leicester when i said leeds", "did i say portuguese?", "you keep writing maya" (not "when i said
        # biscuit was ill": a statement about the one named)
        (rf"{_SAID_BY_MISTAKE}{v}(?!\s+(?:is|was|has|had|were|are|got|gets)\b)", ""),
        # "i keep calling every gym puregym"
        (rf"\b(?:keep|kept)\s+(?:calling|saying|writing|typing|putting)\s+(?:[\w'’]+\s+){{0,3}}?{v}", ""),
        # "i just said java out of habit"
        (
            rf"\bi\s+(?:just\s+|only\s+)?said\s+{v}\s+(?:out\s+of\s+habit|by\s+mistake|instead|wrongly|earlier|yesterday|before)\b",
            "",
        ),
        # "never lived in austin", "never owned a civic"
        (rf"(?P<never>{_NEVER_HAD}){v}(?={_ENDS_CLAUSE.pattern}|\s+(?:in\s+my\s+life|ever|before|at\s+all)\b)", ""),
        # "deloitte was a typo", "lisbon is wrong", "deloitte was my old internship", "barclays is only the card"
        (rf"\b{v}\s+(?:was|is|were)\s+(?:a\s+|the\s+)?(?:typo|mistake|wrong|autocorrect)\b", ""),
        (rf"\b{v}\s+was\s+(?:just\s+|only\s+)?(?:my|an?|the)\s+(?:old|previous|former)\s+(?!dream\b)\w+", ""),
    )


def corrected(text: str, named: set[str], *, asked: bool = False, key_words: frozenset[str] | None = None) -> bool:
    """Whether ``text`` says the value whose words it names (``named``, as the statement says them) was wrong (see
    the module docstring). ``asked``: the statement is a question, so only a value asked back and refused
    ("lisbon? no, porto") is corrected, not one contrasted in the question ("should i move to porto, not
    lisbon?"). ``key_words``: the words of the value's key, which a verb or a thing said before the value set against
    it must be of ("i use bing, not google" does not set an employer right); ``None`` for a name."""
    if not named:
        return False
    for form, group in _forms(named)[2:3] if asked else _forms(named):
        for m in re.finditer(form, text, re.IGNORECASE):
            if group and not (_a_value(m.group(group)) and _of_the_key(m, key_words)):
                continue  # ("toronto? no, the conference is in montreal", "porto instead of … , not lisbon")
            if m.groupdict().get("never") and not SELF_REPAIR.search(text):
                continue  # ("i've never eaten peanuts" is no correction of an allergy to them)
            return True
    return False


def _of_the_key(m: re.Match[str], key_words: frozenset[str] | None) -> bool:
    """Whether the verb or the thing said before the value set against another is of the value's key ("i live in
    porto, not lisbon" for a home; "i use bing, not google" is not of an employer; "my dog is brisket" of a name)."""
    said = m.groupdict()
    verb, thing = said.get("verb"), said.get("thing")
    if thing and _PEOPLE & _plain(thing):
        return False  # ("my brother is at meta, not google")
    if key_words is None:
        return True
    stems = {w[:4] for w in key_words if len(w) > 2}
    if verb and verb.casefold()[:4] not in stems:
        return False
    return not thing or bool({w[:4] for w in _plain(thing)} & stems)


def corrector(
    text: str, old: str, named: set[str], key_words: frozenset[str] = frozenset(), *, only_keyed: bool = False
) -> str | None:
    """``text`` with everything blanked but the words said in the place of ``old`` (offsets kept), or ``None``:
    what the key's own words are said to be (``key_words``: "the book is hyperion"; ``only_keyed``: nothing
    else), what a contrast sets against the value ("it's porto, not lisbon"), what follows its refusal ("lisbon?
    no, porto"), what "i meant" or "should be" gives, or the starred word ("*data engineer")."""
    named = named or {w.casefold() for w in _WORD.findall(old)}
    spans: list[tuple[int, int]] = []
    nouns = {w for w in key_words - _NOT_A_KEY - _FILLER if len(w) > 2 and not a_doing(w)}  # (not "am", "as", "work")
    kw = "|".join(re.escape(w) for w in sorted(nouns, key=len, reverse=True))
    if kw:  # "fix that please: the book is hyperion", "rabbit = clover", "lloyds is my bank"
        # (a few words may stand between: "the instrument i'm learning is the ukulele")
        said = rf"\b(?:(?:the|my|our)\s+)?(?:{kw})(?:\s+[\w'’]+){{0,4}}?\s*(?:=|:|\bis\b|\bwas\b|['’]s\b)\s*(?P<new>{_RUN}+)"
        spans += [_trimmed(text, *m.span("new")) for m in re.finditer(said, text, re.IGNORECASE)]
        first = rf"(?:^|[.!?,;:]\s*|[-–—]\s*)(?P<new>[^\W\d_][\w&'’.-]*(?:\s+[\w&'’.-]+){{0,2}})\s+(?:is|['’]s)\s+(?:my|our)\s+(?:{kw})\b"
        spans += [_trimmed(text, *m.span("new")) for m in re.finditer(first, text, re.IGNORECASE)]
    for form, group in () if only_keyed else _forms(named):
        for m in re.finditer(form, text, re.IGNORECASE) if group else ():
            if _a_value(m.group(group)) and _of_the_key(m, key_words or None):
                spans.append(_trimmed(text, *m.span(group)))
    for m in () if only_keyed else _GIVEN.finditer(text):
        group = next(g for g in ("new", "starred", "before") if m.group(g) is not None)
        spans.append(_trimmed(text, *m.span(group)))
    for m in () if only_keyed else re.finditer(_BARE_ANSWER, text, re.IGNORECASE):
        group = next(g for g in ("no", "actually", "sorry") if m.group(g) is not None)
        spans.append(_trimmed(text, *m.span(group)))
    led = None if only_keyed else _led(text)
    if led is not None:
        spans.append(_trimmed(text, *led.span("led")) if not led.group("led")[0].isdigit() else led.span("led"))
    # last, "it's x" said on its own ("no wait, it's t-mobile", "… - it's interstellar")
    spans += [] if only_keyed else [_trimmed(text, *m.span("it")) for m in _IT_IS.finditer(text)]
    spans = [(s, e) for s, e in spans if e > s and not _names_old(text[s:e], named) and not a_doing(text[s:e])]
    if not spans:
        return None
    start, end = spans[0]
    return " " * start + text[start:end] + " " * (len(text) - end)


_GIVEN = re.compile(
    r"\b(?:i\s+meant(?:\s+to\s+(?:say|type|write))?(?!\s+(?:what|it|that|this|every|well|no|nothing|to|business|"
    r"for|as)\b)|should\s+(?:have\s+)?(?:be|been|say|read)|it\s+should\s+be|"
    r"(?:it['’]?s|it\s+is)\s+actually|(?:correction|typo)\s*[:,-]+|" + _MAKE_THAT + r")\s+(?:(?:it['’]?s|it\s+is)\s+)?"
    r"(?P<new>" + _FRAGMENT + r"?)(?=\s*(?:$|[,.;:!?()\n–—]|[^\w\s'’&-])|\s-\s|\s+(?:not|when|where|"
    r"because|cos|lol|sorry|haha|actually|instead)\b)"
    r"|" + _STARRED,
    re.IGNORECASE,
)
"""Words given in a value's place whatever it was: after "i meant", "should be", "it's actually", "correction:",
"make that", a few words that end their clause ("i meant pizza for the party order" gives none), or marked with
chat's asterisk ("*data engineer, sorry", "pescatarian*")."""


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span after its last verb of being or meaning ("my dog is brisket" → "brisket", "i meant meta" →
    "meta") and without the words of chat and filler at its ends ("porto lol" → "porto")."""
    every = list(_WORD.finditer(text, start, end))
    links = [i for i, w in enumerate(every) if _LINK.fullmatch(w.group(0))]
    # after the last link that leaves a word of value ("it's citalopram i'm on": not "on")
    for last in [*reversed(links), -1]:
        words = every[last + 1 :]
        cut = next((i for i, w in enumerate(words) if i and w.group(0).casefold() in _ENDS_VALUE), len(words))
        words = words[:cut]  # ("meta since march", "35 as of yesterday", "citalopram i'm on")
        while words and words[-1].group(0).casefold() in _FILLER:
            words.pop()
        while words and words[0].group(0).casefold() in _FILLER:
            words.pop(0)
        if words:
            return words[0].start(), words[-1].end()
    return start, start


_LINK = re.compile(
    r"is|are|was|am|be|['’]?m|(?:it|that|he|she|there|here|what|who|name|i|we|you|they)['’](?:s|m|re)|meant|mean|called|"
    r"named|use|using|drive|support|speak|eat|work|live",
    re.IGNORECASE,
)
"""Words after which the value is said ("his name's cookie", "i use neovim", "it's porto")."""


_ENDS_VALUE = words(
    """since as from for until till yesterday today tonight last this ago starting because cos and but so when
    where which who that these now anymore though tho lol haha i i'm im we we're you he she they"""
)
"""Words after which the words given are no longer the value ("meta since march", "35 as of yesterday")."""
_NOT_A_KEY = words("favorite favourite fave fav my current name")
"""Words of a key's name that name no key on their own ("favorite" of ``favorite_book``)."""
_FILLER = words(
    """lol haha lmao sorry oops typo actually really though tho obviously ok okay mate btw pls please thanks so just
    now these days it its it's is was the a an i i'm im in at on with for from to my our"""
)


def _a_value(words_said: str) -> bool:
    """Whether the words set against a value are one: no doing, a few words, no clause of their own."""
    if a_doing(words_said) or _plain(words_said) <= _ANSWERS or _CLAUSE_IN.search(words_said):
        return False  # ("took the bus, not the civic", "fly to porto, not lisbon", "nah, not pepper")
    return _one_value(words_said)


_CLAUSE_IN = re.compile(r"\b(?!(?:it|that|he|she|there|here|what|who|name)['’]s)[^\W\d_]+['’]s\s+\w", re.IGNORECASE)
"""A clause inside the words set against a value ("the wedding's in porto, not lisbon")."""
_ANSWERS = words("no nope nah naw nay yes yeah yep yup ok okay sure hmm um uh oh ah wait sorry well")
"""Words of an answer, which may stand before a denial in the place of a value ("nah, not pepper lol")."""


def _one_value(words_said: str) -> bool:
    """Whether the words set against the value are one (a few words, no clause of their own, nobody else's:
    "toronto? no, the conference is in montreal", "my brother's at meta, not google")."""
    said = words_said.strip()
    own = _OWN_THING.match(said)
    if own and _PEOPLE & _plain(own.group(0)) - {"his", "her", "their"}:
        return False  # ("my brother's at meta, not google": his employer)
    if not said or len(said[own.end() if own else 0 :].split()) > 5 or (_OTHER_SUBJECT.match(said) and not own):
        return False
    owner = None if own else _CLAUSE_OWNER.search(said)
    return owner is None or not (_PEOPLE & _plain(owner.group("who")))


def _plain(text: str) -> set[str]:
    """The words of ``text`` in lower case, without a possessive's "'s" ("brother's" → "brother")."""
    return {re.sub(r"['’]s$", "", w.casefold()) for w in _WORD.findall(text)}


_OWN_THING = re.compile(
    r"(?:(?:my|our)\s+\w+(?:\s+\w+)?|(?:his|her|its|their)\s+name)\s*(?:is|was|['’]s)\b", re.IGNORECASE
)
"""A subject that is the user's own thing or its name ("my dog is brisket, not biscuit", "his name is cookie, not
biscuit"): the value is said of it; another person's ("my brother's at meta") is refused by its owner."""
_CLAUSE_OWNER = re.compile(r"^(?P<who>.*?)(?:\s+(?:is|are|was|were|has|have)\b|['’]s\b)", re.IGNORECASE)
_PEOPLE = KIN | PEOPLE_NOUNS | words("he she they him her them his their friend friends mate")


def _names_old(span: str, named: set[str]) -> bool:
    """Whether the words given are the old value itself ("no, i live in lisbon"): a reaffirmation, not a
    correction."""
    return bool(named) and {w.casefold() for w in _WORD.findall(span)} <= named | _FILLER


def given_name(text: str, exclude: set[str]) -> str | None:
    """A name the statement gives ("her name's mila", "he's called cookie", "it's oscar"), not one of
    ``exclude`` (the name said to be wrong)."""
    for m in _NAME_GIVEN.finditer(text):
        name = m.group("name") or m.group("capital")
        if name.casefold() not in exclude and name.casefold() not in _FILLER | _NOT_A_NAME:
            return name
    return None


_NAME_GIVEN = re.compile(
    r"\b(?:[Nn]ame(?:['’]s|\s+is)|(?:is|['’]s)\s+(?:called|named)|called|named)\s+(?P<name>[^\W\d_]{2,})\b"
    r"|\b(?:[Ii]t|[Hh]e|[Ss]he)(?:['’]s|\s+is)\s+(?P<capital>[A-Z][^\W\d_]+)\b"
)
"""A name given: after "name is", "called", "named", or a capitalised word after "he's", "she's", "it's" ("she's
fine now" gives none)."""
_NOT_A_NAME = words("not actually really definitely just called named spelled spelt always")


def denies_another(text: str, values: list[str]) -> bool:
    """Whether ``text`` says words were wrong that are none of ``values`` ("i meant tuesday not thursday" of a
    meeting's day, when no value on record is thursday): the repair is of something else the user said."""
    on_record = {w.casefold() for v in values for w in _WORD.findall(v)}
    return any(
        {w.casefold() for w in _WORD.findall(m.group("x"))}.isdisjoint(on_record) for m in _DENIED.finditer(text)
    )


_DENIED = re.compile(r"\bnot\s+(?:the\s+|an?\s+)?(?P<x>[^\W_][\w'’-]*)", re.IGNORECASE)
"""A word said to be wrong ("… not thursday")."""


def led_only(text: str) -> bool:
    """Whether the only sign of self-repair is a value said alone after a word of repair ("oops, 25"): such a value
    is set right only where the statement just made reads it in the place of one of its values (``_restated``)."""
    return _led(text) is not None and all(m.group("led") is not None for m in SELF_REPAIR.finditer(text))


def a_name(word: str) -> bool:
    """Whether ``word`` may be a name given in repair: one word, no number, no word of the time or the talk
    ("friday", "brb")."""
    return re.fullmatch(r"[^\W\d_][\w'’-]*", word) is not None and re.match(_NO_VALUE, word, re.IGNORECASE) is None


def gives_a_name(statement: str) -> bool:
    """Whether a statement is one that gives a name ("my dog is called rex", "my son is leo", "his name's marc"),
    not one that names someone in passing ("i'm meeting my friend tom on friday")."""
    return _GIVES_A_NAME.search(statement) is not None


_GIVES_A_NAME = re.compile(
    r"\b(?:called|named|name(?:['’]s|\s+is))\s+\w|^\W*(?:my|our)\s+(?:[\w'’]+\s+){0,2}(?:is|['’]s)\s+[\w'’-]+\W*$",
    re.IGNORECASE,
)


def bare_answer_only(text: str) -> bool:
    """Whether the only sign of self-repair is a bare answer ("no, london.", "tea, actually."): one may answer a
    question that way too, so only a value that is the one of its key is set right by it."""
    return all(m.group("no") or m.group("actually") or m.group("sorry") for m in SELF_REPAIR.finditer(text))
