"""What the rule extractor matches: the compiled patterns and closed word sets its clause reading uses.

Data, not logic: each pattern carries a docstring with the chat it is for. The sentence loop is in ``_rules``,
the clause reading in ``_clause_reader``.
"""

from __future__ import annotations

import re

from ._lexicon import ACTIVITIES, KIN, NAME_WORD, PEOPLE_NOUNS, PETS, RELATION_WORDS, words
from ._phrases import AFFECTS_ME, FAVOURITE_APPOSITION
from ._predicates import _SKILL_VERBS, VERBS

_MAX_SENTENCE = 600


_TIME_WORDS = words("""since ago yesterday tonight today tomorrow last next morning afternoon evening monday
    tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter while when once other
    point january february march april june july august september october november december""")


_DIGIT = re.compile(r"\d")


class _TimeHint:
    """A superset of every trigger of ``_when.resolve`` (a digit or one of its words): most chat has no date,
    and resolving costs 18 regex searches."""

    @staticmethod
    def search(text: str) -> bool:
        if _DIGIT.search(text):
            return True
        return not _TIME_WORDS.isdisjoint(_WORD.findall(text.lower()))


_WORD = re.compile(r"[a-z]+")


_WH_YOUR = re.compile(
    r"(?:^|(?<=\s))(?:(?:what|which)\s+(?:is|are)|whats|what's|what\s+colou?r\s+(?:is|are))\s+"
    r"(?:your|ur)\s",
    re.IGNORECASE,
)
"""A question about the listener's things, even without its "?" ("what is your fave colour . mine is red")."""


_MINE_AFTER = re.compile(r"\s+(?=mine\s+(?:is|are|would\s+be)\s+\w)", re.IGNORECASE)


_TIME_HINT = _TimeHint()


_NAME_SUBJ = re.compile(rf"^(?P<name>{NAME_WORD}(?:\s{NAME_WORD})?)(?P<poss>'s)?\s+(?P<p>.+)$")


_HE_SHE = re.compile(r"^(?:he|she)\s+(?P<p>.+)$", re.IGNORECASE)


_SENTENCE = re.compile(r"[^.!?\n]{1,2000}(?:[.!?]+|$)")

_ABBREVIATION = re.compile(
    r"\b(?:st|mt|ft|dr|mr|mrs|ms|jr|sr|prof|sgt|capt|lt|col|rev|vs)[ \t]?\.[ \t]?(?=[a-z0-9])(?!i\b)"
    r"|(?:\b[a-z][ \t]?\.[ \t]?){2,}"
    # inside an address, a domain, a file or a version: "jo.doe@example.com", "fly.io", "node.js", "3.11"
    r"|(?<=[\w+-])\.(?=[\w+.-]*@)|(?<=\w)\.(?=(?:com|org|net|edu|gov|io|ai|dev|app|co|uk|de|js|ts|py|md)\b)"
    r"|(?<=\d)\.(?=\d)",
    re.IGNORECASE,
)
"""A full stop that ends no sentence: a title or place abbreviation before a word ("St. Louis", "dr . smith",
"mt. everest"; not before "i": "cool mr . i am 4"), an initialism ("u.s.", "u . s .", "d . c ."), or the dot inside an
e-mail address, a domain or software name, or a number ("jo.doe@example.com", "next.js", "fly.io", "python 3.12").
Split there, "i live in st. louis" had stored the home "st"."""
_HIDDEN_STOP = "\u2024"
"""What such a full stop is while a line is cut into sentences (one character, so spans stay right)."""


def hide_abbreviation_stops(line: str) -> str:
    """The line with the full stops of :data:`_ABBREVIATION` hidden from :data:`_SENTENCE` (a masking pass, so
    splitting stays one linear scan)."""
    return _ABBREVIATION.sub(lambda m: m.group(0).replace(".", _HIDDEN_STOP), line)


def tidy_abbreviations(text: str) -> str:
    """A sentence with its hidden stops back, and chat spacing taken out of abbreviations, so a value reads
    "st. louis", "u.s.", not "st . louis"."""
    text = text.replace(_HIDDEN_STOP, ".")
    return _ABBREVIATION.sub(
        lambda m: re.sub(r"[ \t]", "", m.group(0)) + (" " if m.group(0)[-1:] in " \t" else ""), text
    )


_LABEL = re.compile(r"^\s*(?P<label>[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,2}):\s+")


_ADVERB_WORDS = words("""now also really still currently actually finally just recently definitely usually mostly
    mainly totally absolutely officially always even truly generally normally basically literally seriously
    sometimes often probably honestly personally already happily proudly secretly only kinda""")


_ADVERB_PHRASES = re.compile(
    r"\b(?:kind|sort)\s+of\s+(?!(?:guy|gal|girl|person|woman|man|dude|lady)\b)|\bpretty\s+much\s+|"
    r"\s*\bright\s+now\b|\bvery\s+much\s+(?=(?:enjoy|like|love|prefer|want|hope)\b)",
    re.IGNORECASE,
)


_NOT_MANNER = words("hardly barely scarcely rarely nearly only early supposedly formerly previously")
"""Adverbs in "-ly" that change what the verb after them states ("i rarely drink", "i nearly bought a dog")."""


_TAIL_WORDS = words("again now nowadays anyway too lately though tho haha lol lmao instead myself tbh imo ngl")


_TAIL_PHRASES = re.compile(
    r"\s+(?:these\s+days|as\s+well|full\s+time|for\s+real|right\s+now|at\s+the\s+moment|after\s+all|"
    r"for\s+sure|of\s+course|to\s+be\s+honest|if\s+i\s+am\s+honest|i\s+think|i\s+guess|"
    r"i\s+suppose|i\s+believe|i\s+would\s+say)$",
    re.IGNORECASE,
)
"""Trailing fillers and afterthoughts ("spring is my fave season after all", "… i think")."""


class _AdverbStripper:
    """Drop adverbs that carry no value ("I really love …", "I'm now the CTO") with a word filter, not a regex
    scan: the extractor runs on every turn, and a word set costs the same however many adverbs it knows."""

    @staticmethod
    def sub(_repl: str, text: str) -> str:
        if " of " in text or "pretty much" in text or "right now" in text or "very much" in text:
            text = _ADVERB_PHRASES.sub("", text)
        words = text.split()
        kept: list[str] = []
        for i, w in enumerate(words):
            bare = w.lower().rstrip(",;")
            if bare not in _ADVERB_WORDS or (bare == "only" and i and words[i - 1].lower() in ("an", "the", "my")):
                kept.append(w)
            elif bare != w.lower():
                kept.append(w[len(bare) :])  # "i coach rugby actually, at weekends": the comma stays as a boundary
        return " ".join(kept) if len(kept) != len(words) or kept != words else text


class _TailStripper:
    """Drop trailing change cues and fillers ("… green now", "… again", "… as well")."""

    @staticmethod
    def sub(_repl: str, text: str) -> str:
        for _ in range(4):
            t = text.rstrip()
            head, _, last = t.rpartition(" ")
            if head and last.lower() in _TAIL_WORDS:
                text = head
                continue
            m = _TAIL_PHRASES.search(t) if " " in t else None
            if m:
                text = t[: m.start()]
                continue
            return t
        return text


_ADVERBS = _AdverbStripper()


_CUE_TAIL = _TailStripper()


_HEDGE = re.compile(
    r"^(?:i\s+think|i\s+believe|i\s+guess|i\s+suppose|i\s+feel\s+like|i\s+would\s+say|i\s+heard|"
    r"i\s+bet|maybe|probably|apparently|perhaps)(?:\s+that(?!\s+(?:is|was|s|explains)\s))?[\s,]+",
    re.IGNORECASE,
)


_MATRIX = re.compile(
    r"^i\s+(?:know|admit|confess|mean|swear|promise|must\s+(?:admit|say)|have\s+to\s+(?:admit|say)|"
    r"will\s+admit|can\s+tell\s+you|can\s+assure\s+you)(?:\s+that)?[\s,]+(?=(?:i|my|we|our)\s)",
    re.IGNORECASE,
)
"""A matrix clause that vouches for the speaker's own statement ("i must admit i love opera")."""


_SUBJ_I = re.compile(r"^(?P<s>i|we)\s+(?P<p>.+)$", re.IGNORECASE)


_SUBJ_MY = re.compile(r"^(?P<s>my|our)\s+(?P<p>.+)$", re.IGNORECASE)


_SUBJ_FAV = re.compile(
    r"^(?:all[\s-]time\s+)?(?:favou?rite|fave|fav)\s+[a-z]+(?:\s+[a-z]+)?"
    r"(?:\s+to\s+[a-z]+(?:\s+[a-z]+){0,4}?)?\s+(?:is|are)\s",
    re.IGNORECASE,
)


_AS_AGED = re.compile(r"^(?:as|being)\s+an?\s+(?P<n>\d{1,3})[\s-]*(?:years?|yrs?)[\s-]*old\b", re.IGNORECASE)


_AS_ROLE = re.compile(r"^as\s+an?\s+(?P<r>(?:[a-z-]+\s+){0,2}[a-z-]+)\s*(?:myself)?$", re.IGNORECASE)


_ROLE_HERE = re.compile(
    r"^(?:just\s+)?(?:(?:another|a|an|your|ur|one)\s+)?(?P<r>(?:[a-z-]+\s+){0,3}[a-z-]+)\s+here$", re.IGNORECASE
)
"""A self-introduction by trade ("nurse here", "retired plumber here")."""
_AGE_APPOSED = re.compile(r"(?:^|,\s*)(?:age|aged)\s+(?P<n>\d{1,3})\s*(?:,|$)", re.IGNORECASE)
"""An age said as a label beside the rest: "i'm rosa, age 63", "in leeds , age 52", "age 30 here"."""
_GREETED_FROM = re.compile(
    r"^(?:(?P<t>(?:good\s+)?(?:morning|afternoon|evening|day|night))\s+)?(?:all\s+|everyone\s+|everybody\s+)?"
    r"from\s+(?P<v>[a-z][\w' -]{1,40}?)(?:\s+(?:to\s+you|everyone|all))?$",
    re.IGNORECASE,
)
"""The rest of a greeting that says where it is sent from: "(hi) from tulsa", "(good) morning from leeds"."""


_BEING = re.compile(r"^being\s+(?=\w)", re.IGNORECASE)


_WITH_KIN = re.compile(
    r"^(?:(?:my|our)\s+(?P<kin>(?:[a-z]+\s+)?[a-z]+)\s+and\s+i|"
    r"me\s+and\s+(?:my|our)\s+(?P<kin2>(?:(?:best|little|big|older|younger|twin|baby|new)\s+)?[a-z]+))"
    r"\s+(?P<p>.+)$",
    re.IGNORECASE,
)
""""my husband and i have two cats", "my girlfriend and i split up": the speaker with a relative, as "we"."""


_SUBJ_OTHER = re.compile(
    r"^(?:you|u|your|ur|yours|they|their|it|its|this|that|these|those|there|everyone|"
    r"everybody|someone|people|he|she|his|her)\b",
    re.IGNORECASE,
)


_CALL_ME = re.compile(
    r"^(?:(?:from\s+now\s+on|going\s+forward|actually|instead),?\s+)?"
    r"(?:please\s+|just\s+|you\s+can\s+|(?:my\s+|most\s+|all\s+my\s+)?(?:friends|mates|family|everyone|everybody|"
    r"people|folks)\s+)?"
    r"(?:call|calls)\s+me\s+(?!(?:back|later|out|up|over|again|anytime|sometime|tomorrow|tonight|soon|"
    r"when|if|crazy|old|maybe)\b)(?P<n>(?:(?:dr|mr|mrs|ms|prof)\.\s?)?[A-Za-z][\w'-]{0,30})"
    r"(?:,?\s+(?:from\s+now\s+on|going\s+forward|instead|please|now|for\s+short|not\s+[A-Za-z][\w'-]{0,30}|"
    r"(?:so\s+)?(?:please\s+)?use\s+that(?:\s+please)?))*$|"
    r"^i\s+go\s+by\s+(?P<n2>[A-Za-z][\w'-]{0,30})(?:\s+(?:now|these\s+days|instead))?$",
    re.IGNORECASE,
)
"""A name the speaker asks to be called. A trailing "from now on" or "instead" marks it as a standing request,
which is a name, not an instruction about style (so the name check runs before the instruction matcher)."""


_FAV_TAIL_WORDS = r"(?:by|hands|now|these|right|lately|again|ever|too|for)\b"
"""Words that open what is said after a favourite's name, not the thing it is a favourite of ("padel is my
favourite by miles", "… my fave now")."""
_FAV_BACK = re.compile(
    r"^(?:i\s+think\s+)?(?P<v>[\w' -]{2,60}?)\s+(?:is|are|was|would\s+be|has\s+become|have\s+become|"
    r"(?:has|have|would\s+have)\s+to\s+be|must\s+be|"
    r"became|has\s+always\s+been|have\s+always\s+been|will\s+always\s+be|remains?)\s+"
    r"(?:(?:[a-z]{2,}ly|still|so|also|always|by\s+far)\s+)?(?:my|one\s+of\s+my)\s+"
    r"(?:all[\s-]time\s+|new\s+|other\s+|absolute\s+)?(?:most\s+)?(?:favou?rites?|faves?|favs?|preferred)"
    r"(?:\s+(?:kind|type|sort|genre|style)\s+of)?(?:\s+(?P<x>(?!to\b|" + _FAV_TAIL_WORDS + r")[a-z]+"
    r"(?:\s+(?!to\b|" + _FAV_TAIL_WORDS + r")[a-z]+)?))?"
    r"(?:\s+(?:of\s+all\s+time|ever|too|by\s+(?:far|miles|a\s+mile|a\s+long\s+way)|hands\s+down|now|these\s+days|"
    r"right\s+now|at\s+the\s+moment|lately|again|for\s+sure|(?P<to>to\s+[a-z]+)(?:\s+[a-z]+)?|in\s+the\s+world))?$",
    re.IGNORECASE,
)
"""The favourite named first: "pizza is my favourite food", "tea has become my fave drink", "paella is my favourite
dish to cook" (the thing is the value; "it"/"they" name nothing and are left alone)."""


_JOB_BACK = re.compile(
    r"^(?P<v>[a-z][\w -]{2,40}?)(?:\s+(?:is|has\s+(?:always\s+)?been)|'s)\s+(?:now\s+)?my\s+(?:(?:new|current|"
    r"day|main|full[\s-]time|only|actual)\s+)?(?:job|trade|profession|career|occupation|"
    r"line\s+of\s+work|living)(?:\s+now)?$",
    re.IGNORECASE,
)
"""The job named first: "nursing is my job", "plumbing is my trade" (a pronoun or a place names no job)."""


_HOBBY_BACK = re.compile(
    r"^(?P<v>[a-z][\w -]{2,40}?)\s+(?:is|are|has\s+(?:always\s+)?been|remains)\s+(?:(?:my|another|a|"
    r"one\s+of\s+my)\s+(?:(?:real|true|big|deep|great|main|biggest|new|only|other)\s+)*(?:passions?|"
    r"hobby|hobbies|pastimes?)(?:\s+of\s+mine)?|my\s+thing)$",
    re.IGNORECASE,
)
"""A pastime named first: "pottery is another passion of mine", "dancing is my thing"."""


_MY_JAM = re.compile(
    r"^(?P<v>[a-z][\w' -]{1,40}?)\s+(?:is|are|'s)\s+(?:(?:just|really|totally|so|definitely|kind\s+of|always)\s+)*"
    r"(?P<neg>(?:not|never)\s+(?:really\s+|exactly\s+|quite\s+)?)?(?:my|right\s+up\s+my)\s+"
    r"(?:jam|thing|cup\s+of\s+tea|kind\s+of\s+thing|scene|alley|bag)$",
    re.IGNORECASE,
)
"""A taste said of the thing named first: "jazz is my jam", "camping is not really my thing" (group ``neg``: a
dislike), "board games are right up my alley"."""


_TIME_GOES_TO = re.compile(
    r"^(?:my\s+)?(?:free\s+time|spare\s+time|evenings|weekends|nights|mornings|summers|days\s+off|"
    r"(?:satur|sun|fri)days)\s+(?:is|are)\s+(?:(?:all|mostly|usually|always|just|reserved|meant|strictly)\s+)*"
    r"for\s+(?P<v>.+)$",
    re.IGNORECASE,
)
"""A pastime said by the time given to it: "my evenings are for knitting", "weekends are reserved for football"."""


_HOME_BACK = re.compile(
    r"^home\s+(?:for\s+me\s+|for\s+us\s+)?(?:is|has\s+been)\s+(?:now\s+)?(?P<v>(?:an?|the|my|our)\s+.+|[A-Z].+)$",
    re.IGNORECASE,
)
"""Home named as the subject: "home for me is a caravan", "home is Leeds now"."""


_HAPPY_PLACE = re.compile(
    r"^(?P<v>[a-z][\w' -]{1,40}?)\s+(?:is|has\s+always\s+been|will\s+always\s+be)\s+(?:(?:still|definitely|really)\s+)?"
    r"(?:my\s+(?:happy|favou?rite|fave|fav)\s+place|where\s+i\s+(?:feel\s+)?(?:most\s+|really\s+)?(?:at\s+home|happiest|"
    r"at\s+peace|most\s+myself))(?:\s+(?:on\s+earth|in\s+the\s+world|ever))?$",
    re.IGNORECASE,
)
"""A favourite place named first: "the lake is my happy place", "the library is where i feel most at home"."""


_FOR_A_LIVING = re.compile(
    r"^(?P<verb>[a-z]+)(?:\s+(?P<obj>.+?))?\s+(?:for\s+(?:a|my)\s+living|professionally)$", re.IGNORECASE
)
"""A job said by what one does: "i do carpentry for a living", "i drive a lorry for a living", "i play tennis
professionally"."""


_TO_EARN = re.compile(
    r"^(?:(?:have|need|got)\s+to\s+)?(?P<verb>[a-z]+)(?:\s+(?P<obj>.+?))?\s+(?:in\s+order\s+)?to\s+(?:help\s+)?"
    r"(?:pay\s+(?:the|my|our)\s+(?:bills|rent|mortgage)|pay\s+for\s+(?:college|school|uni|university|tuition|"
    r"my\s+studies)|make\s+ends\s+meet|earn\s+(?:a\s+living|(?:some\s+)?(?:extra\s+)?(?:money|cash))|"
    r"make\s+(?:a\s+living|(?:some\s+)?(?:extra\s+)?(?:money|cash)))\b",
    re.IGNORECASE,
)
"""A job said by what it pays for: "i walk dogs to pay the bills", "i have to clean houses to make ends meet"."""


_BEING_AGE = re.compile(
    r"^(?:it\s+(?:is\s+(?:\w+\s+)?\w+|sucks|stinks|rocks|feels\s+\w+)\s+)?being\s+(?:only\s+|just\s+)?(?P<n>\d{1,3})(?:\s*(?:years?|yrs?)(?:\s+old)?)?"
    r"(?:\s+(?:is|was|sucks|stinks|rocks|means|feels|and|with|without)\b|(?:\s+(?:lol|haha+|tbh|honestly))?\s*$)",
    re.IGNORECASE,
)
"""The speaker's age as a participle subject: "being 17 is hard", "it stinks being 9" (a number with a unit is not an
age)."""


_AT_AGE_LEAD = re.compile(
    r"^(?:even\s+|now\s+)?at\s+(?:the\s+age\s+of\s+|age\s+)?(?P<n>\d{2,3})(?:\s*(?:years?|yrs?)(?:\s+old)?)?\s*,?\s+"
    r"(?=i\s+(?:(?:still|now|just|really|already|finally|only|definitely)\s+)?(?P<v>[a-z]+))",
    re.IGNORECASE,
)
"""The speaker's age as the frame of what they say now: "at 24 i need to eat better" (the verb after "i" is read
by the caller: "at 15 i moved out" is a past age, not the present one)."""
_AT_AGE_TAIL = re.compile(
    r"(?:\b(?:silly|old|young|strong|fit|healthy|good|great|bad|weird|strange|tough|hard|crazy|funny|tired|lucky|"
    r"active|sharp|spry|alive|single|busy|happy|well|fine|ok|okay|kicking)\s+(?:(?:even|still)\s+)?|[,\s]\s*(?:even|still)\s+)"
    r"at\s+(?P<n>\d{2,3})(?:\s*(?:years?|yrs?)(?:\s+old)?)?(?:\s+(?:lol|haha+|too|now|already|though))?$",
    re.IGNORECASE,
)
"""The speaker's age said after a verdict on their own doing: "which seems silly at 60", "still going strong, even at
100" (the caller checks the clause is the speaker's and present; "at 60 mph" does not end the clause)."""
_FOR_AGED = re.compile(
    r"^(?:i\s+(?:am|feel|look)\s+|(?:feeling|looking)\s+)?(?:(?:very|pretty|really|quite|so|still|not\s+bad|too)\s+)*"
    r"(?:(?:good|great|lucky|tall|short|fast|quick)\s+for\s+an?\s+(?P<n2>\d{1,3})[\s-]*(?:years?|yrs?)[\s-]*old(?!s)\b|"
    r"(?:strong|fit|healthy|active|spry|agile|sharp|energetic|flexible|in\s+(?:good|great)\s+shape)\s+for\s+(?:an?\s+)?"
    r"(?P<n>\d{1,3})(?:[\s-]*(?:years?|yrs?)[\s-]*old(?!s)\b|(?=\s*$|\s+(?:and|but|lol|haha|though|i)\b)))",
    re.IGNORECASE,
)
"""The speaker's age said as what they are strong for: "i am strong for a 100 year old", "healthy for a 40 year old
car salesman", "fit for 70" (a bare number only after a bodily word and at the clause's end: "i feel good for 2
days", "i am good for 20" say no age)."""
_PAST_OR_NOT_NOW = words("""was were had did used went got moved left started began became quit lost met made took
    will would could should might may wish hope want plan""")
"""Words that put an "at <n>" age out of the present: "at 15 i moved out", "i hope i am still fit at 80"."""


_FAV_APPOS = re.compile(r"^(?P<v>)" + FAVOURITE_APPOSITION + r"(?P<to>)$", re.IGNORECASE)
"""A favourite said after the thing, as an apposition: "i really like tea, my favourite drink" (the value is
what the turn just liked)."""


_FAV_TAIL = re.compile(r"^(?P<pre>.*?\w)[\s,!.-]+" + FAVOURITE_APPOSITION + "$", re.IGNORECASE)
"""The apposition at the end of the clause that names the thing: "just had ramen my fave"."""


_ONE_OF_MY = re.compile(
    r"^one\s+of\s+my\s+(?P<x>[a-z]+(?:\s+[a-z]+){0,2}?)\s+(?P<v>(?:is|was|has\s+(?:always\s+)?been)\s+.+)$",
    re.IGNORECASE,
)


_WHY_I = re.compile(
    r"^(?:(?:that\s+is|that's|thats|which\s+is|this\s+is|it\s+is|and|so|probably|maybe|perhaps|"
    r"partly|exactly)\s+)*why\s+(?=(?:i|we)\s)",
    re.IGNORECASE,
)
"""A reason clause that frames the speaker's own statement ("which is why i have three cats")."""


_FOR_ME = re.compile(
    r"^(?:the\s+)?(?P<n>[a-z]+(?:\s+[a-z]+)?)\s+for\s+me\s+(?P<v>(?:is|are|has\s+(?:always\s+)?been|"
    r"would\s+be)\s+.+)$",
    re.IGNORECASE,
)
"""A thing of the speaker's said as "<thing> for me is …" ("job for me is accounting", "breakfast for me is coffee")."""


_AFFECTS_ME = re.compile(
    r"^(?P<x>(?:the\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)\s+"
    r"(?:really\s+|always\s+|just\s+|totally\s+|kind\s+of\s+)?" + AFFECTS_ME + "$",
    re.IGNORECASE,
)
"""A thing said by how it affects the speaker ("clowns terrify me", "gardening keeps me sane")."""


_FAV_NOT_VALUE = (
    r"is|are|was|were|has|have|had|would|will|of|to|ever|right|too|so|because|that|and|but|i|by|for|in|at|on|"
    r"the|a|an|now|though|lol|haha|as|like|which|who|when|since|from|with|this|these|forever|always|still|again|tho|"
    r"obviously|obvs|tbh|ngl|anyway"
)
_FAV_AFTER = (
    r"in|at|on|live|again|last|yesterday|today|tonight|with|and|but|so|because|is|are|was|were|lol|haha|too|"
    r"though|for|when|this|every|all"
)
_BEST = re.compile(
    r"^(?:the\s+)?(?:very\s+)?best\s+(?P<x>[a-z]+(?:\s+(?!ever\b|of\b|in\b)[a-z]+)?)(?:\s+(?:ever|of\s+all\s+time|in\s+the\s+world))?"
    r"\s+(?:is|are|has\s+to\s+be|would\s+be|will\s+always\s+be)\s+(?P<v>.+)$",
    re.IGNORECASE,
)
"""A superlative said as an opinion: "the best colour is teal", "i think the best film is casablanca"."""


_BEST_NAMED = re.compile(
    r"^(?P<v>[a-z][\w' -]{1,40}?)\s+(?:is|are)\s+(?:(?:really|just|simply|definitely|by\s+far|hands\s+down|still)\s+)?"
    r"the\s+(?:very\s+)?(?:best|greatest)(?:\s+(?P<x>(?!ever\b|of\b|in\b|around\b)[a-z]+(?:\s+(?!ever\b|of\b|in\b)[a-z]+)?))?"
    r"(?:\s+(?:ever|of\s+all\s+time|in\s+the\s+world|around|out\s+there))?$",
    re.IGNORECASE,
)
"""The thing named first, then called the best: "blur is the best band ever", "pizza is the best"."""
_NOTHING_BEATS = re.compile(
    r"^(?:there\s+is\s+|there's\s+|theres\s+)?nothing\s+(?:beats|tops|compares\s+to|(?:is\s+)?better\s+than|"
    r"(?:i\s+)?(?:like|love|enjoy)\s+(?:better|more)\s+than)\s+(?:an?\s+|some\s+)?(?:(?:good|nice|great|cold|hot|"
    r"fresh)\s+)?(?P<v>[a-z][\w' -]{1,40}?)$",
    re.IGNORECASE,
)
"""A favourite said by what nothing beats: "nothing beats pizza", "nothing is better than a cold coffee"."""
_MY_FAV_NAMED = re.compile(
    r"\bmy\s+(?:all[\s-]time\s+)?(?:favou?rite|fave|fav)\s+(?P<x>[a-z]+)\s+(?P<v>(?!(?:" + _FAV_NOT_VALUE + r")\b)"
    r"[a-z][\w'-]*(?:\s+(?!(?:" + _FAV_NOT_VALUE + r")\b)[a-z][\w'-]*){0,2}?)(?=\s+(?:" + _FAV_AFTER + r")\b|\s*$)",
    re.IGNORECASE,
)
"""A favourite named right after "my favourite <kind>" inside another clause: "my cousin painted over my favourite
colour teal", "we saw my fave band blur live" (not "my favourite band is …": a copula is the other construction)."""


_LY_LEAD = re.compile(r"^(?:[a-z]{3,}ly\s+)+(?=[a-z]+ing\b)", re.IGNORECASE)
"""Manner adverbs before a participle ("presently residing in …")."""


_BEEN_ING = re.compile(r"^(?:have\s+|just\s+|really\s+|also\s+)*been\s+(?=[a-z]{2,}ing\s+\w)", re.IGNORECASE)


_PARTICIPLES = words("been gone done seen eaten taken given made got gotten had known found written bought")


_AUXILIARY = words("do does did have has had just really also still")


_FUNCTION_END = words("""as to of on at with in for from about like is are was were and or the a an my our your
    his her their its this that be being by into onto over under near than via without within through across against
    among around behind beside between beyond except inside outside toward towards upon""")


_PAST_EVENT = words("""ate had got saw made bought found took heard read went watched tried cooked baked played
    drank ordered made""")


_OWN_WORD = re.compile(r"\b(?:i|i'm|im|i've|ive|me|my|mine|myself|we|our|us)\b", re.IGNORECASE)


_PERSONAL_OTHER = words("you your u ur yours he she his her they their")


_LIKED_KEYS = words("likes hobbies sports instruments drinks food_preference")


_TRADE_VERBS = frozenset(ACTIVITIES) | _SKILL_VERBS | {"play", "do", "act", "model", "teach", "coach", "photograph"}
"""Verbs whose "professionally" makes a trade ("i sing professionally"; not "i dress professionally")."""


_CATENATIVE = words("""never always would could should will can must may might love like want need hope try plan
    wish dream prefer hate used""")
"""Words before a "to" that is no purpose ("i love to make money", "i never had to pay for college")."""


_NOT_EARNING = words("""borrow borrows save saves sell sells use uses take takes spend spends ask asks beg find finds
    look search apply keep hold""")
"""Verbs whose "to pay the bills" names a means, not a job ("i borrow from my parents to pay the rent")."""


_NO_LIVING_VERB = words("work am be have need want get go teach coach manage")
"""Verbs that name no job with "for a living" ("i work for a living"), or whose own reading already gives the
job ("i teach piano for a living" → piano teacher)."""


_PRONOUN_VALUE = words("it they them those these he she that this him her")


_VERB_WORDS = "|".join(
    sorted(set(VERBS) | {"went", "saw", "visited", "lived", "worked", "played"}, key=len, reverse=True)
)


_CHANGE_LEAD = re.compile(
    r"^(?:just\s+|recently\s+|finally\s+)?(?:live\s+(?=(?:in|on|near|out\s+in|here\s+in)\s)|moved|relocated|"
    r"shifted(?=\s+(?:to|from|into|back)\s)|settled|started|"
    r"began|quit|left|joined|became|picked\s+up|took\s+up|transferred|hit\s+\d+|sold\s+(?:my|our|the)\s|got\s+rid\s+of\s|gave\s+up\s|cut\s+out\s|converted\s+to|(?:traded|swapped|exchanged|replaced|ditched)\s+(?:in\s+|out\s+)?(?:my|our|the)\s|"
    r"switched|upgraded(?=\s+(?:to|my|our)\s)|retired|bought|adopted|graduated|qualified\s+as\s|turned|broke\s+up|split\s+up|"
    r"got\s+(?:an?\s+(?:new\s+)?(?=[a-z]{2,})(?!(?:bit|lot|little|few|couple|sec|second|minute|chance|call|text|"
    r"message|email|cold|headache|feeling)\b)|married|divorced|engaged|"
    r"promoted|fired|laid\s+off|sacked|let\s+go|hired)|lost\s+my\s+job|(?:got|took|accepted|landed)\s+(?:a|an|my|the)\s+(?:new\s+|first\s+)?(?:job|position)|work\s+(?:(?:nights|days|weekends|evenings|mornings|shifts|part[\s-]time|full[\s-]time)\s+)?(?:at|for)\s+(?!(?:yourself|you|your|ur|them|him|her|free|fun|nothing)\b)|start(?=\s+(?:as|at)\s)|"
    r"(?:got|came|getting|coming)\s+(?:home|back|in|off)\s+from\s+(?:work|my\s+shift)\s+(?:at|in)\s|"
    r"(?:got|getting)\s+off\s+(?:work|my\s+shift)\s+(?:at|in)\s|finished\s+(?:working|my\s+shift)\s+(?:at|in)\s|"
    r"make\s+(?:a|my)\s+living\s+as\s|celebrated\s+my\s+\d{1,3}(?:st|nd|rd|th)\s+(?:birthday|bday)\b|got\s+done\s+with\s+my\s+(?:(?:part|full)[\s-]?time\s+)?(?:[a-z]+ing\s+)?(?:shift|gig|job|work)\b|(?:love|hate|enjoy|adore)(?!\s+(?:your|ur|each|every|yourself|it|the\s+rest|"
    r"the\s+show|the\s+ride|life)\b))\b",
    re.IGNORECASE,
)


_PERFECT = re.compile(r"^(?:have|has)\s+(?:been\s+)?(?P<v>(?!been\b)[a-z]+(?:ed|ing|own|ught|ne)\b.*)$", re.IGNORECASE)


_HAVE_BEEN = re.compile(
    r"^(?:have|has)\s+(?:always\s+|long\s+)?been\s+(?P<c>(?:an?|the)\s+\w.*|(?:married|engaged|divorced|separated|widowed|retired|fired(?!\s+up\b)|sacked|canned|let\s+go|made\s+redundant)\b.*|(?!\w+(?:ing|ed)\b)(?!\d)"
    r"(?!to\b|there\b|here\b|so\b|very\b|really\b|busy\b|good\b|great\b|fine\b|well\b)\w.*)$",
    re.IGNORECASE,
)
""""have been" + a noun or adjective is "am" (a state that still holds); "have been working" is _PERFECT's. So are
the participles that name a standing state: a marriage's, a retirement's, a job lost ("i've been fired", as "i've
been laid off" already was)."""


_NEGATIONS: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"^(?P<aux>am|is|are)\s+no\s+longer\s+(?P<p>.+)$", re.IGNORECASE), True),
    (re.compile(r"^no\s+longer\s+(?P<p>.+)$", re.IGNORECASE), False),
    (
        re.compile(
            r"^(?P<aux>do|does|did|am|is|are|can|will)\s+not\s+(?P<p>.+?)\s+(?:any\s?more|any\s+longer)\b.*$",
            re.IGNORECASE,
        ),
        False,
    ),
    (re.compile(r"^(?:used|use)\s+to\s+(?P<p>.+)$", re.IGNORECASE), False),  # ("i use to work there": chat spelling)
    (re.compile(r"^never\s+(?P<p>(?!been\b).+)$", re.IGNORECASE), False),
]


_NEVER_LEFT = re.compile(
    r"^(?:have\s+|has\s+)?never\s+(?:left|been\s+(?:out\s+of|outside(?:\s+of)?)|lived\s+(?:anywhere\s+)?"
    r"(?:outside(?:\s+of)?|but)|travell?(?:ed)?\s+(?:out\s+of|outside(?:\s+of)?|beyond))\s+"
    r"(?:the\s+(?:state|city|town|country|island|province|county)\s+of\s+)?"
    r"(?P<v>(?!(?:the|my|our|his|her|home|town|here|there|it|this|that|these|those|a|an)\b).+)$",
    re.IGNORECASE,
)
"""A place never left is where the speaker lives ("ive never lived outside of wales")."""


_EMPHATIC_DO = re.compile(r"^(?P<aux>do|does|did)\s+(?P<v>[a-z]+)\b", re.IGNORECASE)


_PARTNERS = words("wife husband spouse partner boyfriend girlfriend fiance fiancee")


_PARTNER_LEFT = re.compile(
    r"^(?:just\s+|finally\s+|recently\s+)?(?:(?:left|dumped|divorced|ditched|walked\s+out\s+on|"
    r"broke\s+up\s+with|broke\s+(?:it\s+)?off\s+with|split\s+(?:up\s+)?with|cheated\s+on)\s+(?:me|us)|kicked\s+me\s+out|"
    r"called\s+(?:it|the\s+(?:engagement|wedding))\s+off|"
    r"moved\s+out|(?:has\s+)?filed\s+for\s+(?:a\s+)?divorce|(?P<gone>died|passed(?:\s+away|\s+on)?))\b",
    re.IGNORECASE,
)
"""What a partner did that ends the relationship ("my wife left me"; died: widowed)."""


_MONEY = re.compile(
    r"(?:[$€£]\s?\d[\d,.]*\s?[kKmM]?|\b\d[\d,.]*\s?(?:dollars|euros|pounds|quid|bucks|grand|usd|eur|gbp|k)\b)",
    re.IGNORECASE,
)


_GONE = re.compile(
    r"\b(?:died|passed(?:\s+away|\s+on)?|ran\s+away|was\s+put\s+down|is\s+gone|got\s+lost)\b", re.IGNORECASE
)


_RELATIVE_WORDS = words("who whom whose which that where when")


_CANT_STAND = re.compile(
    r"^can\s+not\s+(?:stand|(?:ever\s+|really\s+)?(?:resist|get\s+enough\s+of|live\s+without|say\s+no\s+to))\b",
    re.IGNORECASE,
)
""""can't stand" is a dislike and "can't resist" a liking, not the negation of standing or resisting."""


_PLAIN_NEG = re.compile(
    r"^(?P<aux>do|does|did|am|is|are|was|will|would|could|should|can|have|has)\s+not\s+"
    r"(?P<p>.+)$",
    re.IGNORECASE,
)


_EVENT = re.compile(
    r"^(?P<verb>saw|went|visited|met|attended|bought|watched|ate|read|ran|finished|started|took|"
    r"got|did|made|tried|played|heard|won|lost|celebrated|traveled|travelled|hiked|painted|wrote|"
    r"baked|cooked|signed\s+up|volunteered|graduated|adopted|joined|had)\b(?P<rest>.*)$",
    re.IGNORECASE,
)


_CHILDHOOD = r"(?:growing\s+up|as\s+an?\s+(?:kid|child|boy|girl|teen|teenager|youngster)|when\s+i\s+was\s+(?:young|little|small|younger|growing\s+up|an?\s+(?:kid|child|boy|girl|teen|teenager)))"
_GREW_UP_THERE = re.compile(
    r"^(?:lived|was)\s+(?P<p>in|on|at)\s+(?P<v>.+?)\s+" + _CHILDHOOD + r"$",
    re.IGNORECASE,
)
"""A childhood home is where the speaker is from: "i lived in tucson growing up", "lived on a farm as a kid"."""
_ORIGIN_LEAD = re.compile(
    r"^(born|raised|originally|grew)\s+(?:(?:and\s+raised|up)\s+)?(?:(?:in|on|from)\s)|"
    r"^(?:so\s+|really\s+|totally\s+|pretty\s+|way\s+|too\s+)*(?:tired|exhausted|worn\s+out|beat|busy|"
    r"stuck(?:\s+\w+)?)\s+(?:from\s+)?[a-z]{3,}ing\b",
    re.IGNORECASE,
)
"""A clause that drops its "I": where the speaker is from ("born and raised in utah", "originally from texas"), or
how work leaves them ("so beat from bartending until 3am", "too busy working at the shop")."""


_STATUS_LEAD = re.compile(
    r"^(?:happily\s+|unhappily\s+|still\s+|recently\s+|newly\s+|just\s+|been\s+)*(?:single|married|divorced|"
    r"engaged|widowed|separated)\b(?:\s+(?:and|with|for|to|since|now|again|too|lol|haha|as\s+of|\d+)\b|\s*$)|"
    r"^(?:(?:currently|still|now)\s+)?in\s+(?:high\s*school|college|university|uni|grad\s+school|med(?:ical)?\s+school|"
    r"law\s+school|middle\s+school|(?:the\s+)?\w+\s+grade)(?:\s+(?:now|still|lol|haha|right\s+now))?$|"
    r"^(?:(?:currently|now|still|mostly)\s+)?(?:based|located|stationed)\s+(?:in|out\s+of|near)\s+[a-z]|"
    r"^(?:(?:severely|mildly|very|super|deathly|badly|seriously|also)\s+)?allergic\s+to\s+[a-z]|"
    r"^(?:(?:currently|now|still)\s+)?employed\s+(?:by|at|with)\s+[a-z]|"
    r"^(?:(?:now|currently|still|officially)\s+)?(?:self[\s-]employed|unemployed|jobless)\b|"
    r"^(?:(?:currently|totally|so|really|lowkey|low[\s-]key|kinda|absolutely)\s+)*(?:obsessed|hooked)\s+(?:with|on)\s+"
    r"(?!(?:it|this|that|him|her|them|you)\b)[a-z]|"
    r"^(?:(?:currently|still|now)\s+)?(?:doing|studying\s+for|working\s+on|halfway\s+through)\s+(?:a|an|my)\s+"
    r"(?:masters?|master's|phd|ph\.d|doctorate|mba|degree|bachelor's|diploma)\b",
    re.IGNORECASE,
)
"""A marital or school status said without "I am": "married with 3 kids", "single and loving it", "just married to a
chef", "still in college lol"; and the like in chat: "based in lisbon these days", "allergic to penicillin, so please note that", "employed by the council as a planner", "currently doing a
masters in public health"."""


_OBLIGATION = re.compile(
    r"^(?:had|got)\s+to\s+(?:go|get|do|try|make|be|run|leave|work|say|admit|have|learn|hire|take|find|stop|"
    r"put|deal|pay|move|wake|sell|give|use|keep)\b|^had\s+to$|^did\s+(?:ok|okay|well|good|fine|great|bad|so|"
    r"too|not|[a-z]{1,2})$|^got\s+(?:was|is)\b",
    re.IGNORECASE,
)
"""What must be done, or a bare "did": "had to get away", "got to try it one day" (from "gotta"), "did ok" are
obligations and verdicts, not events that happened."""


_GENERIC = re.compile(
    r"^(?P<subj>(?:(?:the|a|an)\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,5}?)\s+(?P<verb>is|are|was|"
    r"were|weighs?|has|have|costs?|takes?|lasts?|contains?|lives?|needs?|requires?|can|must|"
    r"should|will)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)


_FACT_VERB = re.compile(
    r"\b(?:am|is|are|was|have|has|had|work|live|like|love|prefer|eat|own|speak|went|got|"
    r"moved|started|became|feel)\b",
    re.IGNORECASE,
)


_ARTICLE = re.compile(r"^(?:a|an|the|some|my|our)\s+", re.IGNORECASE)


_SUBJECT_STOP = words("""The This That These Those It He She They We You There Here Always Never Please Stop
    From Our Your His Her Their What When Where Why How Who Which Yes No Oh Hey Hi Hello Thanks Thank And But
    So Well Also Then If Because Maybe Probably Wow Okay Ok Sure Great Today Yesterday Tomorrow Last Next Do
    Does Did Is Are Was Were Can Could Would Should Will Let Just Not Don't Every Each Some Any Most Actually
    Honestly Lol Haha Nice Cool Awesome Sorry Me Im My Mine Being Having Now Currently Recently Sometimes
    Finally Apparently Literally Thankfully Officially Eventually Luckily Sadly Basically Obviously Seriously""")


_GENERAL_SUBJECT_STOP = words("""i we you me my your our us he she they them his her their it its there here
    what how who why when where which if someday maybe hopefully god sup oh well so but and or yes no not all
    this that these those mine yours""")


_PERSONAL = re.compile(r"\b(?:i|me|my|mine|you|your|yours|we|us|our)\b", re.IGNORECASE)


_PRONOUNS = words("it this that these those he she they we you there here one someone everyone people")


_CHAT_COMPLEMENT = re.compile(
    r"^(?:is|are|was|were)\s+(?:so|very|really|too|pretty|super|quite|such|kind\s+of|sort\s+of|a\s+bit|always|"
    r"never|not|just|all|also|the\s+best|the\s+worst|great|good|nice|cool|fun|awesome|amazing|bad|terrible|"
    r"hard|tough|easy|important|interesting|beautiful|lovely|wonderful|fine|okay|ok|true|crazy|funny|scary|"
    r"sad|boring|expensive|cheap|my|your|what|how|where|a\s+lot|going|getting|doing|like|about|better|worse|"
    r"fantastic|perfect|delicious|yummy|great|tasty|neat|weird|gross|hot|cold|warm|nuts|tiring)\b",
    re.IGNORECASE,
)


_STATE_COMPLEMENT = re.compile(
    r"^(?:so|very|really|too|pretty|super|quite|such|kind of|sort of|a bit|a little|always|never|not|still|just|"
    r"all|also|going|getting|being|doing|growing|excited|happy|sad|great|good|amazing|awesome|busy|tired|"
    r"doing|like|about|fine|well|nice|cool|fun|hard|the\s+best|better|worse|over|gone|here|there|in|on|at|with|"
    r"for|from|my|your|a\s+lot|what|how|coming|starting|visiting|making|having|taking|always|back)\b",
    re.IGNORECASE,
)
"""Complements that describe a state ("so excited", "doing great") rather than name a value."""


_POSSESSIVE = re.compile(
    r"^(?P<thing>[\w\s-]{2,40}?)\s+(?:is|are|=|would\s+be|has\s+to\s+be|was|happens\s+to\s+be|"
    r"has\s+always\s+been|has\s+become|will\s+always\s+be)\s+(?P<v>.+)$",
    re.IGNORECASE,
)


_OWN_NOUN_NAMED = re.compile(
    r"^(?P<rel>"
    + "|".join(sorted(RELATION_WORDS, key=len, reverse=True))
    + rf")(?:\s+is|\s+is\s+called|,)?\s+(?P<name>{NAME_WORD})\b"
)


_OWN_PET_NAMED = re.compile(r"^(?P<pet>" + "|".join(sorted(PETS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


_OWN_KIN = re.compile(
    r"^(?:(?:older|younger|big|little|baby|twin|step|best|oldest|youngest|eldest|new|"
    r"\w+\s+year\s+old)\s+)?(?P<kin>" + "|".join(sorted(KIN, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_OWN_OTHER = re.compile(
    r"^(?:(?:best|old|new|close|next[\s-]door)\s+)?(?:" + "|".join(sorted(PEOPLE_NOUNS, key=len, reverse=True)) + r")"
    r"\s+(?:(?:just|finally|also|recently|has|have|had)\s+)*[a-z]+(?:ed|ght|ld|ft|ew|ok|ot|ve)\b",
    re.IGNORECASE,
)
"""Someone of the speaker's not kin, doing something in the past ("my neighbour sold his civic", "my mate moved to
york"): a verb-led clause after it ("… and got a tesla") is theirs, not the speaker's."""


_FAVORITE = re.compile(
    r"^(?:all[\s-]time\s+|most\s+)?(?:favou?rite|fave|fav|preferred)(?:\s+(?P<x>[a-z]+(?:\s+[a-z]+){0,2}"
    r"(?:\s+to\s+[a-z]+(?:\s+[a-z]+){0,4})?))?$",
    re.IGNORECASE,
)


_POSSESSIVE_KEYS = {
    "name": "name",
    # the speaker's name, however it is introduced ("my first name is Kate", "my full name is Kate Okafor");
    # a surname, a maiden name or a nickname alone is not their name (one value: it would replace it), and keeps its key
    "first name": "name",
    "full name": "name",
    "birthday": "birthday",
    "diet": "food_preference",
    "hobby": "hobbies",
    "hobbies": "hobbies",
    "email": "contact",
    "email address": "contact",
    "phone": "contact",
    "phone number": "contact",
    "time zone": "timezone",
    "timezone": "timezone",
    "job": "role",
    "job title": "role",
    "title": "role",
    "role": "role",
    "goal": "goals",
    "home": "home",
    "hometown": "hometown",
    "happy place": "favorite_place",
    "age": "age",
    "employer": "employer",
    "company": "employer",
    "profession": "role",
    "occupation": "role",
    "career": "role",
    "major": "education",
    "degree": "education",
    "car": "vehicle",
    "ride": "vehicle",
    "dream": "goals",
    "dream job": "goals",
    "native language": "languages",
    "first language": "languages",
    "mother tongue": "languages",
    "religion": "religion",
    "gender": "gender",
    "pronouns": "pronouns",
    "budget": "budget",
    "height": "appearance",
    "eyes": "appearance",
    "hair": "appearance",
    "eye color": "appearance",
    "hair color": "appearance",
    "pet": "pets",
    "pets": "pets",
    "drink": "drinks",
    "work": "role",
    "trade": "role",
    "line of work": "role",
}
