"""How a Dialogue NLI relation is scored against Spectron's facts: the mapping table, the loose value rule and
the question templates of the persona benchmark (``benchmarks.persona``).

**Relations → keys.** ``RELATIONS`` maps each DNLI relation (spelled as DNLI spells it: ``have_chidren``) to
the Spectron attribute keys and relation labels that are a correct reading of it. A fact *maps* to a triple
when its key (an attribute) or label (a relation) is in the entry's set, or starts with one of its prefixes
(``favorite_`` for the open ``favorite`` relation); keys are compared as spellings (``norm_key``:
``favourite_colour``-style variants, ``fav_band``, a plural ``favorite_colors``). The sets name today's keys (``spectron_core/_extract/
_lexicon.py``) *and* the keys the ontology is announced to grow (``likes``, ``dislikes``, ``instruments``,
``sports``, ``vehicle``, ``devices``, ``budget``, ``gender``, ``appearance``, ``skills``, ``possessions``,
``family``, ``drinks``), so the table keeps scoring correctly as the extractor learns them; a key nobody emits
costs nothing. To extend it, add the new key to every relation it can correctly express: an entry is a plain
``R(...)`` call, and ``why`` says the reasoning so a reviewer can disagree with one choice at a time.

The sets are deliberately permissive *between* near-synonymous keys (a pastime may land on ``hobbies``,
``likes`` or ``sports`` and each is a fair reading) and strict *across* meanings: a wish is never a current
fact (``want_job`` does not accept ``role``), a past job is not a current one unless the extractor marks it
so (``previous_profession`` accepts ``role`` because "used to be a teacher" yields a closed ``role``), and
the catch-all ``fact`` key (a general statement about a concept) is accepted nowhere: a sentence parsed as
"Concept/horror movies — are my favorites" has not been understood as a fact about the speaker.

**Values.** ``value_matches(obj, value, key)`` is loose, because DNLI objects are normalised words (the
sentence "i work as a nurse at the local hospital" carries ``has_profession → nurse``; "i have two dogs" →
``have_pet → 2 dog``). Both sides are lower-cased, split into word tokens, stop-words dropped, number and
ordinal words turned into digits ("thirty four" → ``34``, "third"/"3rd" → ``3``) and lightly stemmed (plural ``s``/``ies``, ``ing``/``ed``/``er``,
a final ``e``). They match when

1. some non-numeric token of the object equals a token of the value, or one's stem is a prefix of the
   other's with at least four letters (``volunteer`` ~ ``volunteering``, ``teach`` ~ ``teacher``); numbers in
   an object with words are ignored (``2 dog`` matches ``dogs`` and ``a dog``);
2. or the object is only numbers and one of them is in the value (``has_age → 34`` matches ``34``);
3. or every non-numeric token of the object is a word the fact's key or label itself carries
   (``KEY_WORDS``: a ``children`` fact says "children" whatever its value, a ``married_to`` relation says
   "married", an ``employer`` fact says "employed", a ``role`` fact too unless its value says there is no job,
   ``KEY_WORDS_UNLESS``: ``role = retired``), and the object's numbers, if any, are in the value
   (``2 children`` matches ``children = two``).

An object made only of stop-words (bands such as "the who" or "up") has no token left to compare: it matches a
value that is the same words, articles aside.

Relations ``other`` and objects ``<blank>`` carry no scorable fact and are excluded everywhere (``EXCLUDED``).

**Questions.** Each relation has several question phrasings written for this benchmark (mixed case and
punctuation, as people type); the harness picks one per question by a seeded hash, so runs are reproducible.
They ask about the relation, never its object. ``single`` marks relations that hold one value at a time: the
update pairs are built from those.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["RelationSpec", "RELATIONS", "EXCLUDED", "KEY_WORDS", "accepts", "norm_key", "value_matches", "tokens",
           "eligible", "fact_value"]

EXCLUDED_RELATIONS = frozenset({"other", "<blank>"})
EXCLUDED = EXCLUDED_RELATIONS  # alias used in docs


@dataclass(frozen=True)
class RelationSpec:
    keys: frozenset[str]
    """Attribute keys that are a correct reading of the relation."""
    labels: frozenset[str]
    """Relation labels (subject —label→ object) that are a correct reading."""
    prefixes: tuple[str, ...]
    """Key prefixes accepted (``favorite_`` for the open ``favorite`` relation)."""
    single: bool
    """Holds one value at a time (age, home, employer …): update pairs are built from these."""
    questions: tuple[str, ...]
    why: str

    def accepts(self, key: str) -> bool:
        k = norm_key(key)
        if k.endswith("s") and k[:-1] in self.keys | self.labels:
            k = k[:-1]  # "favorite_colors" is a spelling of favorite_color
        return k in self.keys or k in self.labels or any(k.startswith(p) for p in self.prefixes)


def norm_key(key: str) -> str:
    """Keys compared as spellings: lower case, ``_`` for spaces and hyphens, ``favourite``/``fav_`` →
    ``favorite_``. A trailing plural ``s`` is dropped when the singular is in the entry (``RelationSpec.accepts``)."""
    k = re.sub(r"[\s-]+", "_", key.strip().lower()).replace("favourite", "favorite")
    return "favorite_" + k[4:] if k.startswith("fav_") else k


def R(keys: str, labels: str = "", *, prefixes: tuple[str, ...] = (), single: bool = False,
      q: tuple[str, ...], why: str) -> RelationSpec:
    return RelationSpec(frozenset(keys.split()), frozenset(labels.split()), prefixes, single, q, why)


PASTIME = "hobbies hobby likes sports instruments skills favorite_hobby"

RELATIONS: dict[str, RelationSpec] = {
    # -- work and study ------------------------------------------------------------------------------------
    "has_profession": R("role job profession occupation", single=True,
        q=("What do I do for a living?", "what is my job", "What's my profession?", "what do i do for work ?"),
        why="Spectron's job-title key is `role`; job/profession/occupation are accepted should the ontology "
            "rename it. One job at a time for update pairs (a second job is rarer than a change)."),
    "previous_profession": R("role previous_role former_role", single=False,
        q=("What did I use to do for work?", "what was my old job", "What job did I have before?"),
        why="'I used to be a teacher' yields a closed `role` (negated) or a history key; both are a reading of "
            "a past job. Not single-valued: a past job does not replace another."),
    "want_job": R("goals plans career_goal dream_job", single=False,
        q=("What job do I want?", "what would i like to work as", "What's my dream job?"),
        why="A wish, so only plans/goals keys: a current `role` would be a wrong fact."),
    "job_status": R("employment_status job_status role employer", "works_at", single=True,
        q=("Do I have a job?", "am i working right now", "What's my employment status?"),
        why="DNLI normalises 'I work at X' to `employed` and 'I am retired' to `retired`: an employer or a "
            "role is the extractor's reading of 'employed' (KEY_WORDS), a status key of the others."),
    "employed_by_general": R("employer workplace role", "works_at", single=True,
        q=("Where do I work?", "where do i work", "What kind of place do I work at?"),
        why="'I work at a school/farm/the army': the workplace is an `employer` or a `works_at` relation; "
            "`role` is accepted because 'I work in the army' often yields the job, which names the place."),
    "employed_by_company": R("employer workplace", "works_at", single=True,
        q=("Which company do I work for?", "who is my employer", "Where am I employed?"),
        why="A named company: `employer` or `works_at`."),
    "teach": R("role skills subject_taught", single=False,
        q=("What do I teach?", "what subject do i teach", "Who do I teach?"),
        why="Teaching is a job (`role` teacher …) or a skill; objects are subjects/levels (music, kindergarten)."),
    "attend_school": R("education school", "attends studies_at member_of", single=True,
        q=("Where do I go to school?", "what school do i attend", "What am I studying?"),
        why="Schooling is `education` (multi today) or a `school` key; relation labels for 'I attend X'."),
    "school_status": R("education school_status school role", single=True,
        q=("Am I a student?", "am i still in school", "Did I graduate?"),
        why="'I am a student' lands on `role` today; education/status keys are the better homes."),
    "has_degree": R("education degree", single=False,
        q=("What did I get my degree in?", "what is my degree", "What did I study?"),
        why="Degrees are `education`."),
    # -- where I live and come from -----------------------------------------------------------------------
    "live_in_citystatecountry": R("home location city country", "lives_in", single=True,
        q=("Where do I live?", "where do i live", "Which city do I live in?", "what state am i living in?"),
        why="Spectron's current residence key is `home` (single-valued): a city, state or country."),
    "live_in_general": R("home location housing", "lives_in", single=True,
        q=("Where do I live?", "what kind of place do i live in", "Where is my home?"),
        why="A kind of dwelling (house, farm, apartment) is still where one lives: `home`."),
    "place_origin": R("hometown origin nationality", "from", single=True,
        q=("Where am I from?", "where did i grow up", "What's my hometown?"),
        why="`hometown` is where one is from; origin/nationality accepted for the growing ontology."),
    # -- people ---------------------------------------------------------------------------------------------
    "marital_status": R("relationship_status marital_status", "married_to engaged_to", single=True,
        q=("Am I married?", "what is my relationship status", "Do I have a partner?"),
        why="`relationship_status` holds single/married/engaged/divorced; a `married_to` relation reads as "
            "'married' (KEY_WORDS)."),
    "have_chidren": R("children family kids", "parent_of", single=False,
        q=("Do I have kids?", "do i have any children", "How many children do I have?"),
        why="`children` (or the announced `family`), or a `parent_of` relation; the key itself says 'children'."),
    "have_family": R("family children siblings relationship_status", "sibling_of child_of parent_of married_to",
        single=False,
        q=("Tell me about my family.", "who is in my family", "What family do I have?"),
        why="Any family key or kinship relation; values are kin words (wife, aunt, sister)."),
    "have_sibling": R("siblings family", "sibling_of", single=False,
        q=("Do I have any siblings?", "do i have brothers or sisters", "How many siblings do I have?"),
        why="`sibling_of` relations today, a `siblings`/`family` key later."),
    "gender": R("gender sex", single=True,
        q=("What is my gender?", "am i a man or a woman", "Am I male or female?"),
        why="Announced `gender` key."),
    # -- animals and things ----------------------------------------------------------------------------------
    "have_pet": R("pets", "owns has_pet", single=False,
        q=("Do I have any pets?", "what pets do i have", "What animals do I own?"),
        why="`pets` is multi-valued; a pet relation is accepted too."),
    "like_animal": R("likes pets favorite_animal animals", single=False,
        q=("What animals do I like?", "what's my favorite animal", "Which animals do I love?"),
        why="Liking dogs is a like (`likes`, `favorite_animal`); `pets` is accepted because 'I love my dog' is "
            "often both, and DNLI labels it `like_animal`."),
    "have_vehicle": R("vehicle vehicles possessions car", "owns drives", single=False,
        q=("What do I drive?", "do i have a car", "What vehicle do I own?"),
        why="Announced `vehicle` (or `possessions`)."),
    "own": R("possessions vehicle devices home pets", "owns", single=False,
        q=("What do I own?", "what things do i have", "What are my possessions?"),
        why="Ownership of things: `possessions`, or the specific announced keys (vehicle, devices), `home` for "
            "'I own a house'."),
    "have": R("possessions family children pets devices appearance health vehicle", "owns", single=False,
        q=("What do I have?", "what have i got", "Tell me something I have."),
        why="DNLI's broad 'have' (friends, an illness, solar panels, short hair): any possession-like key."),
    "not_have": R("possessions pets children family vehicle", single=False,
        q=("What don't I have?", "what do i not have", "Is there something I lack?"),
        why="The key of the thing lacked (a negated/closed fact or a 'none' value)."),
    "physical_attribute": R("appearance height weight health", single=False,
        q=("What do I look like?", "describe my appearance", "What are my physical traits?"),
        why="Announced `appearance`; health/height/weight for pregnancy, transplants and body size."),
    "misc_attribute": R("personality traits mood skills hobbies", single=False,
        q=("What kind of person am I?", "how would you describe me", "What are my traits?"),
        why="Character words (lonely, strong, social): a trait/personality key; `mood` for passing states; "
            "skills/hobbies because DNLI files 'volunteer' here too."),
    "has_age": R("age", single=True,
        q=("How old am I?", "what is my age", "How old am i ?"),
        why="`age`."),
    "has_ability": R("skills languages instruments sports hobbies", single=False,
        q=("What can I do?", "what skills do i have", "What am I good at?"),
        why="Abilities: `skills`, or the specific `languages`/`instruments`/`sports`."),
    "member_of": R("memberships religion groups", "member_of", single=False,
        q=("What groups do I belong to?", "am i a member of anything", "What's my religion or team?"),
        why="`member_of` relations, or membership/religion keys."),
    # -- likes, dislikes, wants ------------------------------------------------------------------------------
    "has_hobby": R(PASTIME, single=False,
        q=("What are my hobbies?", "what do i do for fun", "What do I do in my spare time?"),
        why="Any pastime key: DNLI puts reading, volunteering and gaming here."),
    "like_activity": R(PASTIME, single=False,
        q=("What activities do I enjoy?", "what do i like to do", "What do I love doing?"),
        why="Same homes as a hobby."),
    "favorite_hobby": R(PASTIME, single=True,
        q=("What's my favorite hobby?", "what is my favourite pastime", "Which hobby do I like most?"),
        why="A favourite pastime; single as 'favourite' implies one."),
    "like_general": R("likes hobbies favorite_color", prefixes=("favorite_",), single=False,
        q=("What do I like?", "what things do i like", "Tell me what I'm into."),
        why="General likes: `likes`, a hobby, or a favourite-X key (colours and things DNLI files here)."),
    "dislike": R("dislikes food_preference allergies", single=False,
        q=("What do I dislike?", "what do i hate", "What don't I like?"),
        why="Announced `dislikes`; `food_preference` and `allergies` for foods avoided."),
    "like_food": R("food_preference favorite_food likes diet", single=False,
        q=("What food do I like?", "what do i like to eat", "What kind of food do I enjoy?"),
        why="`food_preference` (diet or preferred food), `favorite_food`, `likes`."),
    "favorite_food": R("favorite_food food_preference", single=True,
        q=("What's my favorite food?", "what is my favourite food", "What food do I like most?"),
        why="`favorite_food`; `food_preference` as the coarser key."),
    "like_drink": R("drinks food_preference likes favorite_drink", single=False,
        q=("What do I like to drink?", "what drinks do i like", "What's my drink of choice?"),
        why="Announced `drinks`; `food_preference` today."),
    "like_goto": R("likes hobbies favorite_place places", single=False,
        q=("Where do I like to go?", "what places do i like", "Where do I enjoy going?"),
        why="Liked places: `likes`, a hobby ('going to the gym'), `favorite_place`."),
    "favorite_place": R("favorite_place likes", single=True,
        q=("What's my favorite place?", "where is my favourite place", "Which place do I love most?"),
        why="`favorite_place`."),
    "like_music": R("favorite_music likes music", single=False,
        q=("What music do I like?", "what kind of music do i listen to", "Who do I like to listen to?"),
        why="`favorite_music` (genre, band or song), `likes`."),
    "favorite_music": R("favorite_music", single=True,
        q=("What's my favorite music?", "what is my favourite genre", "What music do I like most?"),
        why="`favorite_music`."),
    "favorite_music_artist": R("favorite_music favorite_artist favorite_band likes", single=True,
        q=("Who is my favorite artist?", "what's my favourite band", "Which singer do I like most?"),
        why="`favorite_music` covers bands and songs today."),
    "like_watching": R("likes hobbies favorite_movie favorite_show", single=False,
        q=("What do I like to watch?", "what shows do i watch", "What do I enjoy watching on TV?"),
        why="Watching as a like or hobby, or the favourite movie/show keys."),
    "like_movie": R("favorite_movie likes", single=False,
        q=("What movies do I like?", "what films do i enjoy", "Which movies do I love?"),
        why="`favorite_movie`, `likes`."),
    "favorite_movie": R("favorite_movie", single=True,
        q=("What's my favorite movie?", "what is my favourite film", "What kind of movies do I like most?"),
        why="`favorite_movie`."),
    "like_read": R("likes hobbies favorite_book", single=False,
        q=("What do I like to read?", "what books do i read", "What's my favorite kind of book?"),
        why="Reading as a like or hobby, or `favorite_book`."),
    "like_sports": R("sports hobbies likes favorite_sport", single=False,
        q=("What sports do I like?", "do i play any sports", "Which sport do I enjoy?"),
        why="Announced `sports`; hobbies/likes today."),
    "favorite_color": R("favorite_color favorite_colour", single=True,
        q=("What's my favorite color?", "what is my favourite colour", "Which color do I like best?"),
        why="`favorite_color`."),
    "favorite_season": R("favorite_season likes", single=True,
        q=("What's my favorite season?", "which season do i like best", "What time of year do I love?"),
        why="A `favorite_season` key (or `likes`)."),
    "favorite": R("likes", prefixes=("favorite_",), single=False,
        q=("What are my favorite things?", "what do i like most", "Tell me one of my favorites."),
        why="DNLI's open 'favorite': any favourite-X key or `likes`."),
    "want": R("goals plans wants wishes", single=False,
        q=("What do I want?", "what do i wish i had", "What am I hoping to get?"),
        why="Wishes are plans/goals, never a current possession."),
    "want_do": R("goals plans wants", single=False,
        q=("What do I want to do?", "what are my plans", "What am I hoping to do?"),
        why="`plans`/`goals`."),
}

KEY_WORDS: dict[str, frozenset[str]] = {
    # words a fact's key or label says by itself, whatever its value (rule 3 of value_matches)
    "children": frozenset("child children kid kids son sons daughter daughters".split()),
    "kids": frozenset("child children kid kids son daughter".split()),
    "parent_of": frozenset("child children kid kids son daughter".split()),
    "sibling_of": frozenset("sibling siblings brother brothers sister sisters".split()),
    "siblings": frozenset("sibling siblings brother brothers sister sisters".split()),
    "married_to": frozenset("married wife husband spouse".split()),
    "employer": frozenset({"employed"}),
    "role": frozenset({"employed"}),
    "works_at": frozenset({"employed"}),
    "pets": frozenset({"pet", "pets"}),
    "age": frozenset({"old", "older"}),
    "instruments": frozenset({"play", "instrument", "instruments"}),  # DNLI: has_ability → "play instrument"
    "languages": frozenset({"speak", "language", "languages"}),  # DNLI: has_ability → "speak language"
}
KEY_WORDS_UNLESS: dict[str, frozenset[str]] = {
    # values with which the key no longer says its KEY_WORDS: `role = retired` says "not employed"
    "role": frozenset({"retired", "retiree", "unemployed", "jobless", "between jobs", "out of work"}),
}

_STOP = frozenset("""a an the my me i im i'm is am are was were be been to of in on at and or for with by from
    as it its that this some any very really so just also too like have has had do does did you your our we he
    she his her they them their there here what who which about into out up""".split())
_NUM = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                   "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_ORD = {w: i + 1 for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split())}
_ORD_SUFFIX = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_WORD = re.compile(r"[a-z0-9]+")


def eligible(triple: tuple[str, str, str] | list[str]) -> bool:
    """A triple that carries a scorable fact: not the relation ``other``/``<blank>``, not a ``<blank>`` object,
    and a relation the table knows."""
    _, rel, obj = triple
    return rel not in EXCLUDED_RELATIONS and obj.strip() not in ("", "<blank>") and rel in RELATIONS


def _stem(t: str) -> str:
    if t.isdigit() or len(t) <= 3:
        return t
    if t.endswith("ies") and len(t) > 4:
        t = t[:-3] + "y"
    elif t.endswith("s") and not t.endswith("ss"):
        t = t[:-1]
    for suf in ("ing", "ed", "er"):
        if t.endswith(suf) and len(t) - len(suf) >= 3:
            t = t[: -len(suf)]
            if len(t) > 3 and t[-1] == t[-2]:
                t = t[:-1]
            break
    if t.endswith("e") and len(t) > 3:
        t = t[:-1]
    return t


def tokens(text: str) -> list[str]:
    """Normalised tokens: lower-cased words minus stop-words, number words as digits, lightly stemmed."""
    words = _WORD.findall(text.lower().replace("-", " "))
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in _TENS:
            n = _TENS[w]
            if i + 1 < len(words) and words[i + 1] in _NUM and 0 < _NUM[words[i + 1]] < 10:
                n += _NUM[words[i + 1]]
                i += 1
            out.append(str(n))
        elif w in _NUM:
            out.append(str(_NUM[w]))
        elif w in _ORD or _ORD_SUFFIX.match(w):
            out.append(str(_ORD[w]) if w in _ORD else _ORD_SUFFIX.match(w).group(1))
        elif w == "hundred" and out and out[-1].isdigit():
            out[-1] = str(int(out[-1]) * 100)
        elif w not in _STOP:
            out.append(_stem(w))
        i += 1
    return out


def _close(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 4 and long_.startswith(short)


def fact_value(value: str) -> str:
    """A relation's object is a ``Type/name`` reference: its name is the value."""
    return value.split("/", 1)[1] if "/" in value else value


def value_matches(obj: str, value: str | None, key: str | None = None) -> bool:
    """The loose rule of the module docstring: does ``value`` (of a fact with ``key``) carry ``obj``?"""
    otoks = tokens(obj)
    if not otoks:  # a name made only of stop-words ("the who", "up"): the whole name, articles aside
        bare = [w for w in _WORD.findall(obj.lower()) if w not in ("the", "a", "an")]
        return bool(bare) and bare == [w for w in _WORD.findall(fact_value(value or "").lower())
                                       if w not in ("the", "a", "an")]
    vtoks = tokens(fact_value(value or ""))
    words = [t for t in otoks if not t.isdigit()]
    nums = [t for t in otoks if t.isdigit()]
    if words and any(_close(w, v) for w in words for v in vtoks):
        return True
    if not words:
        return any(n in vtoks for n in nums)
    carried = {_stem(w) for w in KEY_WORDS.get(key or "", ())}
    said = f" {' '.join(_WORD.findall(fact_value(value or '').lower()))} "
    if any(f" {phrase} " in said for phrase in KEY_WORDS_UNLESS.get(key or "", ())):
        carried = set()
    return bool(carried) and all(w in carried for w in words) and all(n in vtoks for n in nums)


def accepts(relation: str, key: str) -> bool:
    spec = RELATIONS.get(relation)
    return bool(spec and spec.accepts(key))
