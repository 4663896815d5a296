"""Music, films, books and shows: the names a favourite gives, which are often common words.

A band, a film or a book may be called by words the rest of the extractor reads as grammar: "the who", "up",
"the the", "it". A noun phrase drops such words, so "my favourite band is up" said nothing. Here the *frame*
carries the reading, never the name: after "my favourite <band/film/book/show> is", or before "is my favourite
<band/…>", a short name is kept as said, even when its words are function words, unless it is a pronoun taking
something up ("it is my favourite film"), a state ("my favourite show is over", "… is back"), or a verdict ("so
good"). A favourite of another kind ("my favourite food is up") gets no such licence.

A name also comes right after the kind, as an apposition: "my fave band the kills are touring" says the kills
are the favourite band (and the rest is about them, not about the speaker). Only a name said with "the" (or
capitalised in edited text) is read so: "my favourite music teacher", "my favourite book club", "my fave movie
night" name a person, a group and an occasion, not a favourite.

Liking a genre ("i love horror movies", "i'm into country music") is a ``likes`` fact, many-valued: loving
horror films and loving comedies are both true at once, and a later "i love comedies" must not close the first.
Only a favourite said as one (favourite, fave, best, most, "all i listen to") goes to the single-valued
``favorite_movie`` / ``favorite_music`` key, where a new one supersedes. A "what movies do I like?" question is
answered from both keys (the persona map accepts ``likes`` and ``favorite_movie`` for it).

Music listened to is liked, not a pastime of its own: "i love listening to jazz while i cook" says jazz is liked
(``likes``, many-valued, as "i love jazz" would), and one reading is enough, so no ``hobbies`` "listening to
jazz" is written beside it. Only a genre or a name read as a title ("the who") is taken so; "listening to music"
or "… to podcasts" names no music, and the pastime stays. Loving to listen to something is a like among many,
not *the* favourite: a later "i love listening to blues" adds, it does not replace.

A thing liked "the most", "the best" or "more than anything" is the favourite of its kind ("i love pizza more
than anything" → ``favorite_food``). A title of common words ("i like the who the most") is kept only when the
turn has named its kind before it ("which band is best? i like the who the most"); without a kind the
words are no name we can trust. Not liking something the most ("i don't like the who the most") says neither a
favourite nor a dislike.

"It/that is my favourite <kind>" right after a clause in which the speaker watched, heard, read or ate something
("we rewatched grease last night. it is my favourite movie", "i had papaya for lunch. it is my favourite") takes
up the thing that clause did, when the verb fits the kind (a film is watched, a food eaten): "i watched the news.
it is my favourite food" and "my sister saw jaws. it is her favourite" say nothing of the speaker's favourite.
"""

from __future__ import annotations

import re

from ._lexicon import MUSIC_GENRES, words
from ._predicates import FAV_KINDS, _activity_gerund, favorite_key, kind_named_in, kind_of, noun_phrase
from ._regex import _sub
from ._rule_patterns import _GENERAL_SUBJECT_STOP, _PRONOUN_VALUE, _STATE_COMPLEMENT

__all__ = [
    "MEDIA_KEYS",
    "apposed_favourite",
    "fan_said",
    "favourite_named_last",
    "favourite_seen",
    "done_before",
    "heard",
    "liked_most",
    "LIKED_MOST_TAIL",
    "main_taste",
    "media_name",
    "sung",
]

MEDIA_KEYS = frozenset({"favorite_music", "favorite_movie", "favorite_book", "favorite_show", "favorite_author"})
"""Favourites whose value is a title or a name, which may be any words at all."""

_NAME = re.compile(r"^(?P<the>the\s+)?(?P<n>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2})$", re.IGNORECASE)
_NOT_A_NAME = words("""out off done next one ones same other only last first new old up-to-date on again
    now too also still lol haha tbh though""")
"""Words that, said alone after "is", give the favourite's state or stand for it, not its name."""


def media_name(kind: str, raw: str) -> str:
    """The name of a favourite band, film, book or show of ``kind`` as said in ``raw``, when a noun phrase would
    drop it for its words ("the who", "up"); "" when ``raw`` is no such name or ``kind`` names no medium."""
    if favorite_key(kind) not in MEDIA_KEYS:
        return ""
    raw = raw.strip(" ,.!?;:\"'")
    m = _NAME.match(raw)
    if not m or _STATE_COMPLEMENT.match(raw):
        return ""
    said = m.group("n").lower().split()
    if said[0] in _PRONOUN_VALUE or said[-1] in _NOT_A_NAME or said[0] in _NOT_A_NAME:
        return ""
    if not m.group("the") and not _GENERAL_SUBJECT_STOP.isdisjoint(said):
        return ""  # "my favourite band is who?" asks; "the who" names
    return raw if raw[:1].isupper() and not raw.isupper() else raw.lower()


_APPOSED = re.compile(
    r"^(?:all[\s-]time\s+)?(?:favou?rite|fave|fav)\s+(?P<k>[a-z]+)\s+(?P<n>the\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}"
    r"|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})$",
)


def apposed_favourite(thing: str) -> tuple[str, str] | None:
    """(key, name) of "favourite <kind> <name>" said as the subject of a clause: "my fave band the kills (are
    touring)", "my favourite film The Thing (scared me)"; None for "my favourite music teacher"."""
    m = _APPOSED.match(thing)
    if not m:
        return None
    key = favorite_key(m.group("k"))
    return (key, m.group("n") if m.group("n")[:1].isupper() else m.group("n").lower()) if key in MEDIA_KEYS else None


_ONE_TASTE = re.compile(
    r"^(?:i|we)\s+(?:(?:pretty\s+much|basically|really)\s+)?(?:only|mostly|mainly|exclusively)\s+"
    r"(?:just\s+)?(?P<a>listen\s+to|watch|read)\s+(?P<va>.+)$"
    r"|^(?:i|we)\s+(?P<b>listen\s+to|watch|read)\s+(?:nothing\s+but|only|mostly|mainly)\s+(?P<vb>.+)$"
    r"|^(?:all|the\s+only\s+thing)\s+(?:i|we)\s+(?:ever\s+|really\s+)?(?P<c>listen\s+to|watch|read)\s+(?:is|are)\s+(?P<vc>.+)$"
    r"|^(?P<vd>[a-z][\w' -]{1,40}?)\s+(?:is|are)\s+(?:all|mostly\s+what|the\s+only\s+thing)\s+(?:i|we)\s+"
    r"(?:ever\s+|really\s+)?(?P<d>listen\s+to|watch|read)\b(?:\s+(?:to|anymore|these\s+days|now|lol|haha))*$",
    re.IGNORECASE,
)
"""One kind said as the only or main thing listened to, watched or read: "i only listen to jazz", "i mostly read
fantasy", "all i watch is horror movies", "country is all i listen to". Unlike "i love jazz" (a like among many)
this names *the* kind, so it is the single-valued favourite: a later "i mostly listen to blues now" replaces it."""
_ALL_ABOUT = re.compile(
    r"^(?:i\s+am|i'm|im|we\s+are)\s+(?:just\s+|really\s+|totally\s+|so\s+|now\s+)?all\s+about\s+"
    r"(?P<v>[a-z][\w&-]*)(?:\s+(?:music|now|these\s+days|lately|right\s+now|at\s+the\s+moment|lol|haha))*[.!]*$",
    re.IGNORECASE,
)
"""A genre one is "all about" ("i'm all about k-pop these days") is the one kind listened to, as "i mostly listen
to k-pop" is: the single-valued favourite. Only a genre: "i'm all about the weekend" names no music."""
_ONE_TASTE_KIND = {"listen": "music", "read": "book"}
_BOOK_WORDS = words("""books book novels novel fiction nonfiction non-fiction fantasy romance mysteries mystery
    thrillers horror sci-fi scifi poetry biographies memoirs comics manga classics""")
"""What a kind of reading ends in: a book noun or a genre of books."""


def main_taste(text: str) -> tuple[str, str] | None:
    """(key, value) of the one kind a clause says the speaker listens to, watches or reads; None otherwise. What is
    watched is a favourite only when it names films or shows ("all i watch is horror movies", not "… is hockey")."""
    about = _ALL_ABOUT.match(text) if " all about " in text.lower() else None
    if about and about.group("v").lower() in MUSIC_GENRES:
        return ("favorite_music", about.group("v").lower())
    m = _ONE_TASTE.match(text) if " listen" in text or " watch" in text or " read" in text else None
    if not m:
        return None
    verb = next(g for g in ("a", "b", "c", "d") if m.group(g))
    value = noun_phrase(m.group("v" + verb))
    said = value.lower().split()
    if not value or not _GENERAL_SUBJECT_STOP.isdisjoint(said) or said[0] in ("music", "books", "movies", "tv"):
        return None  # ("i only listen to music when i run", "all i read is books": no kind named)
    done = m.group(verb).split()[0].lower()
    if done == "read" and said[-1] not in _BOOK_WORDS:
        return None  # ("i only read the news": no book)
    key = favorite_key(_ONE_TASTE_KIND.get(done, ""), value)
    return (key, value.lower()) if key in MEDIA_KEYS else None


_SUNG = MUSIC_GENRES | words("""song songs karaoke opera hymns hymn oldies carols choir chorus church band shower musicals
    harmony acapella a-cappella lullabies ballads shows""")
"""What "singing …" names as a way of singing: a genre, a kind of song, where or with whom."""


def sung(hobby: str) -> str:
    """A pastime "singing <x>" without a title in it: "singing frozen" is the pastime singing (the song or film
    sung is no pastime of its own), "singing folk songs", "singing in a choir" and "singing about cats" stay as
    said."""
    rest = hobby.lower().split()[1:]
    if not rest or rest[0] in ("along", "about", "and", "or") or not _SUNG.isdisjoint(rest):
        return hobby
    return hobby.split()[0]


_FAN_OF = re.compile(
    r"^(?:(?:a|such\s+a)\s+)?(?:big|huge|massive|great|longtime|long[\s-]time|die[\s-]?hard|total|true)\s+fan\s+of\s+"
    r"(?!(?:you|yours|your|that|this|it|him|her|them|those|these)\b)(?P<v>.+?)(?:\s+here)?$",
    re.IGNORECASE,
)
"""A fan said with the "I am" dropped, as chat opens a line: "huge fan of adele", "big fan of the beatles here"."""
_INTO = re.compile(
    r"^(?:(?P<adv>really|totally|so|super|big|very|mostly|mainly|seriously|heavily|pretty|also|lately|now|honestly|"
    r"kinda|kind\s+of)\s+)*(?:much\s+)?into\s+"
    r"(?!(?:you|yours|your|that|this|it|him|her|them|those|these|the\s+(?:idea|fact))\b)[a-z0-9]",
    re.IGNORECASE,
)
"""Being into a thing with the "I am" dropped: "really into eighties hip hop", "totally into hiking". Without a word
of degree (the clause reader may have taken "really" off) only a kind of music, a sport, a game or a doing is read:
"into the woods" is a way, not a taste."""


_NOT_INTO = re.compile(
    r"\b(?:not|n't|never|nt)\s+(?:(?:really|that|so|too|very|much|all\s+that)\s+)*into\b", re.IGNORECASE
)
_THIRD_PERSON = re.compile(r"\b(?:he|she|they|his|her|their|he's|she's|they're|hes|shes)\b", re.IGNORECASE)


def fan_said(text: str, own: bool, turn: str) -> str:
    """The clause "i am a big fan of <x>" that a line-opening "big fan of <x>" stands for, or "". ``own``: the line
    speaks of the speaker; else the turn must speak of nobody else ("he loves jazz. huge fan of blues" is his)."""
    into = _INTO.match(text)
    if into and _NOT_INTO.search(turn):
        return ""  # "not really into games": the clause reader took the "not" off with the degree word
    if into and (own or not _THIRD_PERSON.search(turn)):
        thing = noun_phrase(text[into.end() - 1 :])
        if into.group("adv") or kind_of(thing) in ("genre", "sport", "game", "instrument") or _activity_gerund(thing):
            return "am " + text  # "really into eighties hip hop"
    m = _FAN_OF.match(text) if text[:1].lower() in "abhmgltd" else None
    if not m or not own and _THIRD_PERSON.search(turn):
        return ""
    lead = text[: m.start("v")]
    return "am " + ("" if lead[:2].lower() in ("a ", "su") else "a ") + lead + m.group("v")


_SEEN = re.compile(
    r"\bmy\s+(?:all[\s-]time\s+)?(?:favou?rite|fave|fav)\s+(?P<k>band|singer|artist|group|rapper|musician|dj)\s+"
    r"(?P<v>(?:the\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)\s+(?:in\s+concert|live|play\s+live|perform)\b",
    re.IGNORECASE,
)
"""A favourite act named as the one seen: "got to see my favorite band up in concert", "… my fave band the who
live". The frame (seeing an act in concert) carries the reading, so a name of common words ("up") is kept."""


def favourite_seen(text: str) -> tuple[str, str] | None:
    """(key, name) of the favourite act a clause says the speaker saw or will see perform, else None."""
    m = _SEEN.search(text) if " concert" in text or " live" in text or " perform" in text else None
    if not m or noun_phrase(m.group("v")):
        return None  # ("we saw my fave band blur live": a name of its own words is read by the general rule)
    name = media_name(m.group("k"), m.group("v"))
    return (favorite_key(m.group("k")), name) if name else None


_NAMED_LAST = re.compile(
    r"\bmy\s+(?:all[\s-]time\s+)?(?:favou?rite|fave|fav)\s+(?:(?:kind|type|sort|genre|style)\s+of\s+)?"
    r"(?P<k>[a-z]+)(?P<c>\s*,)?\s+(?P<v>(?:the\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?)"
    r"(?:\s+(?:right\s+now|now|again|tonight|today|live|in\s+concert|on\s+repeat|lol|haha))?\s*$",
    re.IGNORECASE,
)
"""A favourite named last, after its kind: "the dj played my favourite singer, adele", "rewatching my favourite
show the office", "listening to my favourite genre reggae right now"."""


_NOT_LEAD = words(
    """in on at to for with and but or so from by of as after before about like than sorry soz apologies rip bye
    goodbye farewell lol haha tbh ngl honestly obviously though tho"""
)
"""Words that open no name after "my favourite <kind>,": a preposition, or chat said to someone ("my favourite band,
sorry alex turner" is an apology to the old one's fans)."""
_NOT_IN = words("is are was were am be been")
_COMPARED = [[w] for w in ("after", "like", "than", "unlike", "besides", "except")]


def favourite_named_last(text: str) -> tuple[str, str] | None:
    """(key, name) of a medium's favourite named at the end of a clause after "my favourite <kind>": set off by a
    comma, with "the", capitalised, or a genre. None for "my favourite band t-shirt" (a longer noun)."""
    m = _NAMED_LAST.search(text) if "fav" in text.lower() else None
    if not m:
        return None
    key, raw = favorite_key(m.group("k")), m.group("v")
    if key not in MEDIA_KEYS or text[: m.start()].lower().split()[-1:] in _COMPARED:
        return None  # ("the cat is named after my favourite movie, and the dog …": a list goes on)
    said = raw.lower().split()
    if not (m.group("c") or said[0] == "the" or raw[:1].isupper() or not MUSIC_GENRES.isdisjoint(said)):
        return None
    if said[0] in _NOT_LEAD or said[-1] in FAV_KINDS or not _NOT_IN.isdisjoint(said):
        return None  # ("my favourite music is country", "… my favourite band , in the car", "kind of film , movie")
    if any(w.endswith("ing") and len(w) > 4 for w in raw.split()[1:]):
        return None  # ("my fave band the who taking ages": a clause goes on, the name has ended)
    value = noun_phrase(raw)
    if value and not _GENERAL_SUBJECT_STOP.isdisjoint(value.lower().split()):
        return None
    value = value or media_name(m.group("k"), raw)
    return (key, value if value[:1].isupper() and not value.isupper() else value.lower()) if value else None


_HEARD_NAME = re.compile(
    r"^to\s+(?P<n>the\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)(?:\s+(?:a\s+lot|all\s+the\s+time|while|when|whenever|every|"
    r"as|in|on|at|with|lol|haha|too|again|now|so\s+much)\b.*)?\s*[.!?]*$",
    re.IGNORECASE,
)


def heard(obj: str) -> str:
    """The music that "listening <obj>" names, to be liked in place of the pastime (see the module docstring):
    a genre ("to classical music while i cook" → classical music) or a title of common words ("to the who");
    "" for music, podcasts, people and anything else not named as music."""
    if not obj[:3].lower() == "to ":
        return ""
    value = noun_phrase(obj[3:]).lower()
    if value:
        return value if not MUSIC_GENRES.isdisjoint(value.replace("hip hop", "hip-hop").split()) else ""
    m = _HEARD_NAME.match(obj)
    return media_name("band", m.group("n")) if m else ""


LIKED_MOST_TAIL = re.compile(
    r"\s+(?:(?:the\s+)?(?:best|most)|more\s+than\s+(?:anything|everything)(?:\s+else)?(?:\s+in\s+the\s+world)?)"
    r"(?:\s+(?:lol|haha|tbh|honestly|by\s+far))?\s*[.!?]*$",
    re.IGNORECASE,
)
"""A like said as the greatest: "… the most", "… best", "… more than anything (else)"."""


def liked_most(before: str, raw: str) -> tuple[str, str] | None:
    """(key, title) of a band, film, book or show liked the most whose kind the turn named before it (``before``:
    "which band is best?"), said with "the" as titles are ("the who", "the kills"). None without such a
    kind, or for a plain noun ("i watch movies. i like popcorn the most": the popcorn is no film)."""
    kind = kind_named_in(before) if before and raw.strip()[:4].lower() == "the " else ""
    name = media_name(kind, raw) if kind else ""
    return (favorite_key(kind), name) if name and name.lower() != "the the" else None


_DONE = re.compile(
    r"^(?:i|we)\s+(?:was\s+|were\s+)?(?:(?:just|finally|already|recently|actually|also)\s+)?"
    r"(?:got\s+done\s+|finished\s+)?"
    r"(?P<d>(?:re)?watch(?:ed|ing)?|saw|listen(?:ed|ing)?\s+to|heard|read(?:ing)?|ate|had|eat(?:ing)?|having)\s+"
    r"(?P<v>.+?)(?:\s+(?:last\s+night|tonight|today|yesterday|again|earlier|live|in\s+concert|on\s+repeat|"
    r"this\s+(?:morning|afternoon|evening|week|weekend)|for\s+(?:breakfast|lunch|dinner|dessert)|lol|haha))*\s*[.!]*$",
    re.IGNORECASE,
)
_DONE_KINDS = {
    "w": frozenset({"favorite_movie", "favorite_show"}),
    "s": frozenset({"favorite_movie", "favorite_show", "favorite_music"}),
    "l": frozenset({"favorite_music", "favorite_song", "favorite_album"}),
    "h": frozenset({"favorite_music", "favorite_song", "favorite_album", "favorite_food", "favorite_snack"}),
    "r": frozenset({"favorite_book"}),
    "a": frozenset({"favorite_food", "favorite_snack", "favorite_dish", "favorite_meal", "favorite_dessert"}),
    "e": frozenset({"favorite_food", "favorite_snack", "favorite_dish", "favorite_meal", "favorite_dessert"}),
}
"""The favourites a verb can have done to them, by its first letter (rewatched as watched)."""


def done_before(prior: str, kind: str) -> str:
    """The thing the speaker watched, heard, read or ate in ``prior`` that a following "it is my favourite <kind>"
    takes up, when the verb fits the kind (the kind unsaid: what the thing is, "papaya" a food); else ""."""
    m = _DONE.match(prior.strip()) if prior[:1] in "iIwW" else None
    if not m:
        return ""
    raw = _sub(r"^(?:some|a\s+bit\s+of|a\s+little)\s+", "", m.group("v").strip(), flags=re.IGNORECASE)
    value = noun_phrase(raw) or media_name(kind or "band", raw)
    said = value.lower().split()
    if not value or len(said) > 3 or not _GENERAL_SUBJECT_STOP.isdisjoint(said) and not raw.lower().startswith("the "):
        return ""
    verb = m.group("d").lower().replace("rewatch", "watch")
    return value if favorite_key(kind, value) in _DONE_KINDS[verb[0]] else ""
