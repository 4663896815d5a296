"""Pets, animals and things owned, said through care, use, counts and losses rather than with "i have".

What is read, and why it says so:

* A pet is named by a pet word ("dog", "kitten", a breed); a fond spelling ("doggo", "kitty") is the kind it
  spells, and a breed said by colour or as a mix ("a black lab", "a collie mix") is that breed. The value is the
  kind, not the name ("a dog named rex" → ``pets = dog``).
* Care is said of one's own animal: walking, feeding or grooming *the* dog ("just walked the dog", "got in from
  feeding the horses") or going somewhere with it ("the dog and i went to the lake") says the speaker keeps one, as
  "my dog" does. Wild birds are fed too ("feeding the birds at the park"), so birds and ducks are not read from
  "the"; nor is care said of, or to, someone else ("you should walk the dog", "he fed the cats"), wished or
  supposed ("i'd walk the dog if i had one").
* A count names pets kept: "the three cats i have", "two dogs live with me", "nope, just two cats and a dog", and a
  bare count after a pet was named ("oh you have a dog too. i have three", "i love cats and have five of them").
* A loss ends the value: "i sold my truck", "got rid of my motorbike", "we rehomed our rabbit", "i lost my dog last
  year", "we had to put our cat down" negate the thing (the reconciler closes it). Trying to sell is no loss.
* A thing owned is kept by its kind, without "new"/"old" ("i just bought a new truck" → ``vehicle = truck``): a
  later "i drive a truck" is the same vehicle, not a change. "I drove my nissan home" names the vehicle too, but
  "i drove my mom to work" names whom (only a vehicle word is read after the past "drove"). A thing said by what
  the speaker bought ("the house i just bought") is a possession.
* A question still says what is the speaker's when it names "my" pet or vehicle ("can i bring my dog?", "have you
  seen my new bmw?"), unless it is wished or to come ("my future dog", "if my car …") or part of a compound ("my
  horse farm", "my motorbike helmet"). A vehicle said so is a possession, not ``vehicle``: a mention must not
  replace the vehicle said plainly.
* A person named by an animal is a liking ("a crazy cat lady", "a horse girl") or, as its parent, a keeper ("a dog
  mom"); volunteering at an animal shelter is liking the animals it keeps.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ._clauses import Piece
from ._lexicon import DEVICES, INSTRUMENTS, PETS, VEHICLES, words
from ._regex import _match, _sub
from ._sink import Sink

__all__ = [
    "animal_person",
    "owned_value",
    "parted_with",
    "listed_things",
    "pet_kind",
    "pet_mentions",
    "said_without_thing",
    "shelter_liked",
]

Add = Callable[[str, str, float], None]

_FOND = {"doggy": "dog", "doggie": "dog", "doggies": "dog", "doggo": "dog", "doggos": "dog", "pupper": "puppy"}
_FOND |= {"kitty": "cat", "kitties": "cat", "kittie": "cat"}
"""Fond spellings of a pet word: the kind they spell."""

_LAB_COLOURS = words("black chocolate yellow golden brown white fox red silver")
_NOT_ANIMAL_BEFORE = words("hot sea star cray cat top under")
"""Words before a pet word that make it no animal ("hot dog", "catfish" spelt "cat fish", "sea horse", "top dog")."""
_TWO_WORD_PETS = {"guinea": "guinea pig", "bearded": "bearded dragon", "hermit": "hermit crab"}
"""Pets named by two words whose head alone is another animal or none: "two guinea pigs" are no pigs."""


def pet_kind(np: str) -> str | None:
    """The kind of pet a noun phrase names (its head word, singular), or None: "two kitties" → cat, "a black lab"
    → labrador, "a collie mix" → collie."""
    said = np.lower().split()
    if not said:
        return None
    head = said[-1]
    if head in ("mix", "mixes", "cross") and len(said) > 1:
        said = said[:-1]
        head = said[-1]
        if head in ("lab", "labs"):
            return "labrador"
    elif head in ("lab", "labs"):
        return "labrador" if len(said) > 1 and said[-2] in _LAB_COLOURS else None
    if len(said) > 1 and said[-2] in _NOT_ANIMAL_BEFORE:
        return None
    if head in ("pig", "pigs", "dragon", "dragons", "crab", "crabs"):
        two = _TWO_WORD_PETS.get(said[-2] if len(said) > 1 else "")
        if two and head.startswith(two.split()[1]):
            return two
        if head.startswith(("dragon", "crab")):
            return None  # ("my dragon tattoo"; a crab eaten)
    if head in _FOND:
        return _FOND[head]
    if head not in PETS:
        return None
    if head in ("mice",):
        return "mouse"
    for one in (head[:-3] + "y" if head.endswith("ies") else "", head[:-2], head[:-1]):
        if one and one != head and one in PETS and head.endswith("s"):
            return one
    return head


_AGE_WORDS = re.compile(
    r"^(?:(?:brand[\s-]new|new|old|used|second[\s-]hand|secondhand|pre[\s-]?owned|refurbished|leased|first|current|own|trusty|beat[\s-]up|"
    r"rusty|vintage|latest|\d{4})\s+)+(?=\S)",
    re.IGNORECASE,
)


def owned_value(item: str) -> str:
    """A thing owned without how new it is or where it went ("new truck" → truck, "old 2009 civic" → civic, "mini
    van" → minivan, "my jeep home" → jeep):
    the same thing said again later must be the same value."""
    value = _sub(r"\bmini\s+van\b", "minivan", _AGE_WORDS.sub("", item.strip()), flags=re.IGNORECASE)
    said = value.split()
    if len(said) > 1 and said[-1].lower() in _WHERE_TO and said[-2].lower() in VEHICLES:
        return " ".join(said[:-1])  # "drove my chevy home": where it went, not what it is
    return value


_WHERE_TO = words("home back around everywhere there here over away off out outdoors outside daily")


_OWNED = words("house home condo cabin cottage boat yacht sailboat canoe kayak farm ranch bike bicycle piano")
"""Things one owns and can sell or lose besides pets, vehicles, devices and instruments."""

_PARTED = re.compile(
    r"^(?:(?:sold|rehomed|re-homed|ditched)|got\s+rid\s+of|gave\s+away|gave\s+up|lost|(?:had\s+to\s+)?put)\s+"
    r"(?:(?:both|all|one)\s+of\s+)?(?:my|our|the)\s+(?P<x>(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*)"
    r"(?P<down>\s+(?:down|to\s+sleep))?(?=\s*$|\s*[,.!?;]|\s+(?:last|this|a|in|on|at|to|for|and|but|so|because|by|near|"
    r"with|from|online|off|back|"
    r"when|after|before|yesterday|today|recently|years?|months?|weeks?|ago)\b)",
    re.IGNORECASE,
)
"""A thing the speaker parted with: "sold my truck", "we rehomed our rabbit", "had to put our old cat down"."""


def parted_with(c: Sink, verb: str, rest: str) -> bool:
    """ "i sold my car", "we had to put our dog down": the thing is the speaker's no more (a negated value)."""
    m = _PARTED.match(f"{verb} {rest.strip()}")
    if not m or c.negated:
        return False
    lead = verb.lower()
    thing = owned_value(m.group("x")).lower()
    said = thing.split()
    pet = pet_kind(thing)
    if lead in ("put", "had") and not (pet and m.group("down")):
        return False  # ("put my car in the garage": only an animal is put down)
    if pet:
        c.attr("pets", pet, negated=True)
    elif lead in ("lost", "gave"):
        return False  # ("lost my keys", "gave up my seat": only a pet is lost or given up for good)
    elif said[-1] in VEHICLES or said[0] in VEHICLES:  # ("sold my car": the car it is, whichever car that was)
        c.attr("vehicle", thing, negated=True, replaces=thing)
        c.attr("possessions", thing, negated=True)
    elif said[-1] in DEVICES:
        c.attr("devices", thing, negated=True, replaces=thing)
    elif said[-1] in INSTRUMENTS:
        c.attr("instruments", said[-1], negated=True)
    elif said[-1] in _OWNED:
        c.attr("possessions", thing, negated=True)
    elif lead in ("sold", "got", "ditched") and _match(
        r"^(?:sold|got|ditched)\s+(?:rid\s+of\s+)?(?:my|our|the)\s", m.group(0), re.IGNORECASE
    ):
        # "sold the Focus", "got rid of my Peloton": a thing of the user's the lists cannot place; whichever of the
        # user's values names it ends (``replaces``), and nothing when none does
        c.attr("possessions", thing, negated=True, replaces=thing)
    else:
        return False
    return True


_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple|a\s+few|several|\d{1,2}|both)"
_COUNT_ONLY = re.compile(
    r"^(?:(?:like|about|over|around|maybe|only|just)\s+)?(?P<n>one|" + _COUNT + r"|twenty|thirty|forty|fifty|hundreds|"
    r"dozens|tons|lots|many)(?:\s+(?:of\s+(?:them|those|these|em)|myself|too|as\s+well|at\s+home|now|actually|lol|"
    r"haha))*\s*[.!]*$",
    re.IGNORECASE,
)
"""A bare count as the object of "have": "i have three", "i have two of those"."""

_NO_THING = re.compile(r"^(?:from|at|in|on|with|through|via)\b", re.IGNORECASE)


def said_without_thing(c: Sink, verb: str, obj: str) -> bool:
    """What "have" says when its object names no thing: a bare count ("oh you have a dog too. i have three", "i love
    cats and have five of them") is of the pet named last before it in the turn, and of nothing when none was ("i
    have twenty of them": no possession "twenty"); "a mutt i adopted from the shelter" says where, not what."""
    if verb.lower() in ("adopted", "adopt", "rescued", "bought", "buy", "purchased") and _NO_THING.match(obj.strip()):
        return True
    if not _COUNT_ONLY.match(obj.strip()):
        return False
    before = c.ctx.text[: c.span[0]].lower() + " " + c.ctx.text[c.span[0] : c.span[1]].lower().split(" have ")[0]
    for word in reversed(_WORD.findall(before)[-12:]):
        kind = pet_kind(word)
        if kind:
            if not c.negated:
                c.attr("pets", kind)
            break
    return True


_WORD = re.compile(r"[a-z]+|\d+")

_NAMES_AFTER = re.compile(
    r"\b(?P<pet>[a-z]+)\s*,\s*(?P<names>(?!(?:a|an|the|my|one|two|three|four|\d+)\b)[a-z]+(?:\s*(?:,|and|&)\s*"
    r"(?!(?:a|an|the|my|one|two|three|four|\d+)\b)[a-z]+)*)\s*[.!]*$",
    re.IGNORECASE,
)
"""Names set off after the pet they name: "a cat, gizmo", "two dogs, tater and tot"."""


def listed_things(obj: str, items: Sequence[str]) -> list[str]:
    """The things of a "have" list, with a pet's name set off after it dropped ("i have a cat, gizmo, and a dog,
    dixie": no possession "gizmo"), a bare "lab" beside another pet read as the dog ("a spaniel and a lab"), and "a
    pet" or "an animal" left out: it names no kind, and is no thing owned."""
    kept = [x for x in items if x.lower() not in _NO_KIND]
    pets = [x for x in kept if pet_kind(x)]
    if not pets:
        return kept
    names: set[str] = set()
    for part in re.split(r"\s*(?:,|\band\b)\s*(?=(?:a|an|one|two|three|four|\d+)\s)", obj):
        m = _NAMES_AFTER.search(part)
        if m and pet_kind(m.group("pet")):
            names.update(n.lower() for n in re.split(r"\s*(?:,|and|&)\s*", m.group("names")) if not pet_kind(n))
    return ["labrador" if x.lower() in ("lab", "labs") else x for x in kept if x.lower() not in names]


_NO_KIND = words("pet pets animal animals critter critters")


_PET_WORD = "|".join(sorted(PETS | frozenset(_FOND), key=len, reverse=True))
_FED_WORD = "|".join(
    sorted((PETS | frozenset(_FOND)) - words("bird birds duck ducks fish mouse mice rat rats"), key=len, reverse=True)
)
_CARE = re.compile(
    r"\b(?:walk|walks|walked|walking|feed|feeds|fed|feeding|groom|grooms|groomed|grooming|bathe|bathed|bathing|"
    r"brush|brushed|brushing)\s+(?:the|our)\s+(?:(?:two|three|four|\d+|little|old|big)\s+)?(?P<w>"
    + _FED_WORD
    + r")\b(?!\s*(?:'s|food|treats?|sweater|toy|park|show))",
    re.IGNORECASE,
)
"""Care given to the household's animal: "just walked the dog", "back from feeding the horses"."""

_WITH_ME = re.compile(
    r"(?:^|\b(?:and|but|just|only|plus|nope|no|yes|yeah|well|oh)\s+)(?:(?:just|only)\s+)?(?:with\s+)?"
    r"(?P<list>(?:(?:a|an|one|" + _COUNT + r")\s+(?:" + _PET_WORD + r")(?:\s*,\s*|\s+and\s+|\s+plus\s+)?)+)"
    r"(?P<tail>\s+(?:live|lives|living|stay|stays)\s+with\s+(?:me|us)|\s+(?:that\s+)?(?:i|we)\s+(?:have|own|keep)|"
    r"\s+(?:at\s+home|of\s+my\s+own|of\s+our\s+own))?(?:\s+(?:lol|haha|hehe|lmao|too|now))*\s*[.!]*$",
    re.IGNORECASE,
)
"""A count of pets said as the whole piece, or as what lives with the speaker: "nope, just two cats and a dog",
"two dogs live with me", "three cats of my own", "… and with two dogs" (after how the speaker lives)."""

_COUNTED = re.compile(r"(?:a|an|one|" + _COUNT + r")\s+(?P<w>" + _PET_WORD + r")\b", re.IGNORECASE)

_OWNED_BY_ME = re.compile(
    r"\b(?:the|all|both)\s+(?:(?:" + _COUNT + r"|of\s+the)\s+)?(?P<w>" + _PET_WORD + r")\s+(?:that\s+)?(?:i|we)\s+"
    r"(?:have|own|keep|got)\b",
    re.IGNORECASE,
)
"""The pets said by a relative clause: "the three cats i have", "all five dogs we own"."""

_BOUGHT_BY_ME = re.compile(
    r"\b(?:the|a|my|our)\s+(?:(?:new|first|old|little|big|own)\s+)?(?P<w>"
    + "|".join(sorted(VEHICLES | _OWNED, key=len, reverse=True))
    + r")\s+(?:that\s+)?(?:i|we)\s+(?:just\s+|recently\s+|finally\s+)?(?:bought|purchased|own|built)\b",
    re.IGNORECASE,
)
"""A thing said by a relative clause of owning: "the house i just bought", "the truck we own"."""

_WENT_WITH = re.compile(
    r"(?:^|\b(?:just|and|so|then)\s+)(?:(?:the|our)\s+(?P<w>" + _PET_WORD + r")\s+(?:and\s+)?(?:i|me)|me\s+and\s+the\s+"
    r"(?P<w2>" + _PET_WORD + r"))\s+(?:went|go|are|were|spent|hiked|ran|sat|curled|cuddled|napped|played|"
    r"just\s+(?:got|came)\s+back)\b",
    re.IGNORECASE,
)
"""The speaker with their animal as one subject: "the dog and i went to the lake", "me and the cat are napping" (the
clause splitter may have taken the "and" out: "the dog | i went …"; a relative clause, "the dog i walked", says
nothing, so only going and being together are read)."""

_NOT_MINE = re.compile(
    r"\b(?:you|your|he|she|they|his|her|their|neighbou?rs?|friends?|would|should|if|could|might|want|wish|love\s+to|"
    r"like\s+to)\b|\?",
    re.IGNORECASE,
)
"""What makes care or a count someone else's, or not real: another subject, a wish, a supposition, a question."""


def pet_mentions(pieces: Sequence[Piece], add: Add) -> None:
    """Pets said through care, company or a count in a piece of the speaker's, things by what the speaker bought,
    and a pet or a vehicle of "my" named in a question (see the module docstring)."""
    said_in = [set(_WORD.findall(piece.text.lower())) for piece in pieces]
    for k, piece in enumerate(pieces):
        text = piece.text
        # the clause splitter cuts before "i" ("the dog | and i went", "the cats | i have"): read on into the next
        pair = text + " " + pieces[k + 1].text if k + 1 < len(pieces) else text
        said_words = said_in[k] | said_in[k + 1] if k + 1 < len(pieces) else said_in[k]
        pet = not said_words.isdisjoint(_PET_WORDS)
        if not pet and said_words.isdisjoint(_OWNED_WORDS):
            continue  # (most pieces name neither: one set lookup instead of the patterns below)
        if piece.question and "my" in said_words and not _NOT_REAL.search(text):
            for asked in _MY_ASKED.finditer(text):  # "can i bring my dog?", "have you seen my new bmw?"
                word = " ".join(asked.group("w").lower().split())
                kind = pet_kind(word)
                add(*(("pets", kind) if kind else ("possessions", owned_value(word))), 0.7)
        if piece.question or _NOT_MINE.search(text):
            continue
        if not pet:
            bought = _BOUGHT_BY_ME.search(pair)
            if bought and bought.start() < len(text) and not _NOT_MINE.search(pair, 0, bought.end()):
                add("possessions", owned_value(bought.group("w")).lower(), 0.7)
            continue
        definite = "the" in said_words or "our" in said_words
        found = (
            [m.group("w") for m in _CARE.finditer(text)] if definite and not said_words.isdisjoint(_CARE_WORDS) else []
        )
        me = "i" in said_words or "we" in said_words or "me" in said_words
        for said in (
            _OWNED_BY_ME.search(pair) if me and not said_words.isdisjoint(_OWN_VERBS) else None,
            _WENT_WITH.search(pair) if me and definite else None,
        ):
            if said and said.start() < len(text) and not _NOT_MINE.search(pair, 0, said.end()):
                found.append(said.group("w") or said.group("w2"))
        counted = (
            _WITH_ME.search(pair)
            if not said_words.isdisjoint(_COUNT_WORDS) or any(w.isdigit() for w in said_words)
            else None
        )
        if (
            counted
            and counted.start() < len(text)
            and not _NOT_MINE.search(pair, 0, counted.end())
            and (counted.group("tail") or not _match(r"^(?:an?|one)\b", counted.group("list").strip(), re.IGNORECASE))
        ):  # ("a dog." alone may answer a question about anything; "two dogs." is a count kept)
            found.extend(one.group("w") for one in _COUNTED.finditer(counted.group("list")))
        for word in found:
            kind = pet_kind(word)
            if kind:
                add("pets", kind, 0.7)


_PET_WORDS = PETS | frozenset(_FOND)
_CARE_WORDS = words("""walk walks walked walking feed feeds fed feeding groom grooms groomed grooming bathe bathed
    bathing brush brushed brushing""")
_OWN_VERBS = words("have own keep got")
_COUNT_WORDS = words("""two three four five six seven eight nine ten eleven twelve couple few several both live lives living
    stay stays home own""")
"""Words one of which a count of pets kept has (a number, or where they live): the pattern is tried only then."""
_OWNED_WORDS = VEHICLES | _OWNED | {"mini"}


_MY_ASKED = re.compile(
    r"\b(?:my|our)\s+(?:(?:two|three|four|\d+|little|old|new|sweet|pet|baby|big|cute|beloved)\s+){0,2}(?P<w>"
    + "|".join(sorted(PETS | frozenset(_FOND), key=len, reverse=True))
    + r"|mini\s+van|(?:(?:"
    + "|".join(sorted(VEHICLES, key=len, reverse=True))
    + r")\s+)?(?:"
    + "|".join(sorted(VEHICLES, key=len, reverse=True))
    + r"))\b(?!\s*(?:'s|food|sweater|bed|toy|walker|seat|keys?|insurance|payment|loan|wash|dealer|show|ride|trip|"
    r"helmet|farm|ranch|shop|business|club|lessons?|training|trainer|vet|licen[cs]e|garage|magazine|model|poster))",
    re.IGNORECASE,
)
"""A pet or a vehicle of the speaker's named in a question ("can i bring my dog?", "should i trade my van in?")."""

_NOT_REAL = re.compile(r"\b(?:if|would|wish|dream|future|imaginary|want|ideal|next)\b", re.IGNORECASE)


_PERSON = words("lady guy man woman girl gal lover fanatic nut kid")
_KEEPER = words("mom mum mama mother dad daddy father parent owner")


def animal_person(c: Sink, said: Sequence[str]) -> bool:
    """ "a crazy cat lady", "a horse girl", "a huge dog lover": a liking of the animal; "a dog mom": a keeper of one
    (and a liking). ``said``: the words after "I am (a)"."""
    if len(said) < 2 or said[-1] not in _PERSON | _KEEPER:
        return False
    kind = pet_kind(said[-2])
    if not kind or said[-2] in ("pup", "pups"):
        return False
    liked = kind if kind.endswith("s") or kind == "fish" else kind + "s"
    c.attr("likes", liked)
    if said[-1] in _KEEPER:
        c.attr("pets", kind)
    return True


_SHELTER = re.compile(
    r"^(?:at|in|with|for)\s+(?:(?:a|an|the|our|my|local|the\s+local|nearby)\s+)*(?:(?P<w>animal|dog|cat|pet|horse)s?\s+)"
    r"(?:shelter|rescue|sanctuary|pound)s?\b",
    re.IGNORECASE,
)


def shelter_liked(c: Sink, rest: str) -> bool:
    """ "i volunteer at the local animal shelter": the speaker likes the animals it keeps."""
    m = _SHELTER.match(rest.strip())
    if not m or c.negated:
        return False
    c.attr("likes", {"pet": "animals", "animal": "animals"}.get(m.group("w").lower(), m.group("w").lower() + "s"))
    return True
