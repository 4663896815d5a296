"""Ontology grounding: canonical attribute keys and the phrasings that map to them.

"prefers vegetarian food" and "now eats fish" must both land on ``food_preference`` or supersession can
never happen; this table is where that knowledge lives. Users extend it with :meth:`Ontology.register`.
The reconciler reads ``multi_valued`` to know whether a new value replaces the old one (``employer``) or
sits beside it (``pets``, ``languages``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import ConfigDict, Field, field_validator

from .._models import Category, SpectronModel

__all__ = ["BUILTIN_SPECS", "KEY_RE", "AttributeSpec", "Ontology", "default_ontology", "is_key"]

KEY_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
"""What an attribute key may be: lower-case snake case, at most 64 characters, starting with a letter (the
ontology, the extractors and ``remember(attributes=...)`` all hold keys to it)."""


def is_key(text: str) -> bool:
    """Whether ``text`` is a well-formed attribute key (:data:`KEY_RE`)."""
    return KEY_RE.match(text) is not None


class AttributeSpec(SpectronModel):
    """One canonical key: its category, whether values accumulate, and the phrasings that name it."""

    model_config = ConfigDict(extra="forbid")

    key: str
    category: Category = "identity"
    multi_valued: bool = False
    phrasings: list[str] = Field(default_factory=list)
    """Lower-case phrases (verbs or nouns) that signal this key, e.g. "eat", "diet", "prefers … food"."""
    description: str = ""
    """What the key means, in a short phrase of the words people use for it ("their job, occupation or
    profession: what they do for a living"). It is embedded once per engine as the key's meaning: a fact's
    stored vector is moved toward it (``_write/_vectors``), and recall reads from it which keys a question
    asks about (``_recall/_intent``). Say what the key is, not how the library treats it: rules such as "one at
    a time" belong in ``multi_valued``, ``ends`` and comments, where they do not blur the meaning. (Rewriting
    the built-in descriptions that way, and giving one to every key, moved persona hit@1 0.575 → 0.583 and
    LoCoMo turn any@10 0.849 → 0.851, measured side by side on rebuilt stores.)"""
    importance: float | None = None
    """Overrides the category's default importance when set."""
    mirror: str | None = None
    """A relation label that states the same fact as this key (``employer`` ↔ ``works_at``, ``home`` ↔
    ``lives_in``). The reconciler keeps the two in step: when either is said with a new value, a current
    record of the other that names something else is closed, so a change said in one form never leaves the
    old value current in the other."""
    ends: dict[str, list[str]] = Field(default_factory=dict)
    """Values of this key that end other keys' current values: ``role`` ``retired`` ends ``employer`` (a
    retired person works nowhere). The reconciler closes those keys (and their mirrors) when such a value is
    written."""
    ended_by: dict[str, list[str]] = Field(default_factory=dict)
    """Values of this key that a new current value of other keys ends: ``role`` ``unemployed`` is ended by an
    ``employer`` (someone who now works somewhere is not out of work). Not simply ``ends`` read backwards:
    ``retired`` ends ``employer``, but a part-time job does not end a retirement."""

    @field_validator("key")
    @classmethod
    def _valid_key(cls, v: str) -> str:
        if not is_key(v):
            raise ValueError(f"attribute key {v!r} must match [a-z][a-z0-9_]*")
        return v


class Ontology:
    """A registry of :class:`AttributeSpec`. Copy before extending a shared instance (``copy()``)."""

    def __init__(self, specs: Iterable[AttributeSpec] = ()) -> None:
        self._specs: dict[str, AttributeSpec] = {}
        for spec in specs:
            self.register(spec)

    def register(self, spec: AttributeSpec | None = None, **fields: Any) -> AttributeSpec:
        """Add or replace a key: ``ontology.register(key="shoe_size", phrasings=["shoe size"])``."""
        if spec is None:
            spec = AttributeSpec(**fields)  # a bad field raises our ValidationError (AttributeSpec is a SpectronModel)
        self._specs[spec.key] = spec
        return spec

    def get(self, key: str) -> AttributeSpec | None:
        return self._specs.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self._specs

    def __iter__(self) -> Iterator[AttributeSpec]:
        return iter(self._specs.values())

    def __len__(self) -> int:
        return len(self._specs)

    def keys(self) -> list[str]:
        return list(self._specs)

    def is_multi_valued(self, key: str) -> bool:
        spec = self._specs.get(key)
        return bool(spec and spec.multi_valued)

    def mirror_of(self, key: str) -> str | None:
        """The relation label declared as ``key``'s mirror (``AttributeSpec.mirror``), if any."""
        spec = self._specs.get(key)
        return spec.mirror if spec else None

    def key_mirrored_by(self, label: str) -> str | None:
        """The attribute key whose mirror is the relation ``label``, if any."""
        return next((s.key for s in self._specs.values() if s.mirror == label), None)

    def category_of(self, key: str, default: Category = "knowledge") -> Category:
        spec = self._specs.get(key)
        return spec.category if spec else default

    def copy(self) -> Ontology:
        return Ontology(spec.model_copy(deep=True) for spec in self._specs.values())

    def describe(self) -> str:
        """Compact listing for prompts: one ``key (category[, many]): phrasings`` line per key."""
        lines = []
        for s in self._specs.values():
            many = ", many" if s.multi_valued else ""
            hint = "; ".join(s.phrasings[:6])
            lines.append(f"- {s.key} ({s.category}{many}): {hint}")
        return "\n".join(lines)


# --------------------------------------------------------------------------------------------------------
# The built-in keys. Each says whether it holds one value (a change supersedes: ``home``, ``employer``,
# ``food_preference``) or many (an addition accumulates: ``likes``, ``pets``, ``languages``).
# --------------------------------------------------------------------------------------------------------


def _s(
    key: str,
    category: Category,
    phrasings: list[str],
    multi: bool = False,
    description: str = "",
    mirror: str | None = None,
    ends: dict[str, list[str]] | None = None,
    ended_by: dict[str, list[str]] | None = None,
) -> AttributeSpec:
    return AttributeSpec(
        key=key,
        category=category,
        multi_valued=multi,
        phrasings=phrasings,
        description=description,
        mirror=mirror,
        ends=ends or {},
        ended_by=ended_by or {},
    )


_JOBLESS = ("unemployed", "between jobs", "out of work", "jobless")
"""``role`` values that say the person has no job and would have one: a new employer ends them."""
_NOT_WORKING = ("retired", *_JOBLESS)
"""``role`` values that say the person holds no job now: they end the current employer."""


BUILTIN_SPECS: list[AttributeSpec] = [
    _s(
        "name",
        "identity",
        ["my name is", "call me", "name"],
        description="what they are called, the name to call them by",
    ),
    _s("age", "identity", ["years old", "age", "i am <n>"], description="how old they are, in years"),
    _s(
        "birthday",
        "identity",
        ["birthday", "born on", "date of birth"],
        description="the date they were born, when their birthday is",
    ),
    _s("gender", "identity", ["i am a man", "i am a woman", "gender"], description="whether they are a man or a woman"),
    _s(
        "home",
        "identity",
        ["live in", "lives in", "moved to", "relocated to", "home", "based in"],
        # A named place (leeds, ohio) or the kind of place (a farm, a small town, an apartment); one at a time, so
        # the place said last replaces the one before (a kind and a name of the same home are not told apart:
        # "i live in ohio" then "i live on a farm" leaves "farm").
        description="where they live now: the city, country or kind of place they live in",
        mirror="lives_in",
    ),
    _s(
        "hometown",
        "identity",
        ["am from", "is from", "grew up in", "hometown", "born in"],
        # Not where they live now: that is home, even when chat says "from" for both.
        description="where they come from: where they grew up or were born",
    ),
    _s(
        "employer",
        "identity",
        ["work at", "work for", "works at", "joined", "employer", "company"],
        description="the company or place where they work, who they work for",
        mirror="works_at",
    ),
    _s(
        "role",
        "identity",
        [
            "work as",
            "am the",
            "became",
            "job title",
            "role",
            "position",
            "promoted to",
            "profession",
            "occupation",
            "for a living",
            "retired",
            "unemployed",
        ],
        description="their job, occupation or profession: what they do for a living, or that they have no job "
        "(retired, unemployed, student)",
        ends={v: ["employer"] for v in _NOT_WORKING},
        ended_by={v: ["employer"] for v in _JOBLESS},
    ),
    _s(
        "food_preference",
        "identity",
        ["prefer … food", "eat", "eats", "diet", "vegetarian", "vegan"],
        description="their diet: what they eat or avoid eating (vegetarian, vegan)",
    ),
    _s(
        "relationship_status",
        "identity",
        ["single", "married", "engaged", "divorced", "got married"],
        description="whether they are single, dating, engaged, married or divorced",
    ),
    _s("children", "identity", ["kids", "children"], description="how many children or kids they have"),
    _s("timezone", "identity", ["time zone", "timezone"], description="the time zone they are in"),
    _s(
        "vehicle",
        "identity",
        ["drive a", "my car", "vehicle"],
        description="the car or other vehicle they drive or ride",
    ),
    _s("budget", "context", ["my budget", "budget"], description="how much money they can spend"),
    _s(
        "income",
        "identity",
        ["i earn", "i make", "salary", "income"],
        description="how much they earn: their salary, pay or income",
    ),
    _s(
        "finances",
        "identity",
        ["bank with", "invest in", "savings", "pension"],
        multi=True,
        # Where their money is kept and put, not what they spend (budget) nor what they earn (income).
        description="their money matters: the bank they use, their savings, investments, pension and debts",
    ),
    _s(
        "work_arrangement",
        "identity",
        ["work from home", "work remotely", "hybrid"],
        description="whether they are remote, work from home, hybrid or go into the office",
    ),
    _s(
        "work_schedule",
        "identity",
        ["shift", "work nights", "part time"],
        description="the shifts they are on and the hours they keep: nights, early or late shift, weekends, nine to five, part time",
    ),
    _s(
        "commute",
        "identity",
        ["commute", "to work"],
        description="how they get to work: by train, bus, bike, car or on foot, and how long the trip takes",
    ),
    _s(
        "wake_time",
        "identity",
        ["wake up", "get up"],
        description="when they usually wake up or get up in the morning",
    ),
    _s(
        "bedtime",
        "identity",
        ["go to bed", "bedtime"],
        description="when they usually go to bed or go to sleep at night",
    ),
    _s(
        "routines",
        "context",
        ["every sunday", "every week"],
        multi=True,
        description="the regular things they do each day or week: chores, errands, calls and visits to family",
    ),
    _s(
        "pets",
        "identity",
        ["have a cat", "my dog", "pet", "adopted a"],
        multi=True,
        description="the animals they keep as pets",
    ),
    _s(
        "languages",
        "identity",
        ["speak", "speaks", "language", "fluent in"],
        multi=True,
        description="the languages they speak or are learning",
    ),
    _s(
        "hobbies",
        "identity",
        ["enjoy", "hobby", "like to", "in my spare time", "for fun"],
        multi=True,
        description="what they do in their free time for fun",
    ),
    _s(
        "likes",
        "identity",
        ["like", "love", "am a fan of", "into"],
        multi=True,
        description="things they like, love or enjoy",
    ),
    _s(
        "dislikes",
        "identity",
        ["hate", "dislike", "cannot stand", "do not like"],
        multi=True,
        description="things they dislike, hate or cannot stand",
    ),
    _s(
        "instruments",
        "identity",
        ["play the", "instrument"],
        multi=True,
        description="the musical instruments they play",
    ),
    _s(
        "sports",
        "identity",
        ["play", "sport"],
        multi=True,
        description="the sports they play or follow, the teams they support",
    ),
    _s(
        "drinks",
        "identity",
        ["drink", "drinks"],
        multi=True,
        description="what they drink, such as coffee, tea or alcohol",
    ),
    _s(
        "devices",
        "identity",
        ["use a", "my laptop", "my phone", "device"],
        multi=True,
        description="the phone, computer and other gadgets they use",
    ),
    _s(
        "programming_languages",
        "identity",
        ["code in", "programming language", "write code in"],
        multi=True,
        description="the programming languages they code in, write or know (python, rust, typescript)",
    ),
    _s(
        "software",
        "identity",
        ["code editor", "tech stack", "software i use"],
        multi=True,
        description="the software and tech they work with: code editor or IDE, apps, frameworks, databases, "
        "cloud, operating system",
    ),
    _s(
        "skills", "identity", ["good at", "can", "skill"], multi=True, description="what they are good at or able to do"
    ),
    _s("possessions", "identity", ["have a", "own", "bought"], multi=True, description="things they own or have"),
    _s(
        "appearance",
        "identity",
        ["hair", "eyes", "tall", "tattoo"],
        multi=True,
        description="what they look like: hair, eyes, height, tattoos",
    ),
    _s(
        "family",
        "identity",
        ["my sister", "my son", "siblings", "my parents"],
        multi=True,
        description="their family and relatives: parents, siblings, partner, children",
    ),
    _s("allergies", "identity", ["allergic to", "allergy"], multi=True, description="what they are allergic to"),
    _s(
        "health",
        "identity",
        ["i am pregnant", "i have asthma", "diabetic"],
        multi=True,
        description="their health: lasting medical conditions (pregnant, diabetic, asthma)",
    ),
    _s(
        "medications",
        "identity",
        ["medication", "medicine", "prescribed", "pills"],
        multi=True,
        description="the medication, medicine, pills or treatment they take or use (metformin, an inhaler, insulin)",
    ),
    _s(
        "dietary_restrictions",
        "identity",
        ["can not eat", "gluten free", "dietary restriction"],
        multi=True,
        description="foods they cannot or must not eat, or avoid for health or religion (gluten, dairy, pork, low salt)",
    ),
    _s(
        "personality",
        "identity",
        ["i am shy", "introvert", "personality"],
        multi=True,
        description="their character: traits such as shy or outgoing, not passing moods",
    ),
    _s(
        "religion", "identity", ["i am a christian", "religion", "faith"], description="their faith or religious belief"
    ),
    _s(
        "contact",
        "identity",
        ["email", "phone", "reach me at"],
        multi=True,
        description="how to reach them: email address, phone number",
    ),
    _s(
        "education",
        "identity",
        ["studied", "graduated from", "degree in", "major"],
        multi=True,
        description="what they studied or are studying: their degree, major or subject",
    ),
    _s(
        "school",
        "identity",
        ["in high school", "at university", "go to school", "attend", "student at", "grade"],
        # One at a time: a new school replaces the old.
        description="the school, college or university they attend now, or the level they study at",
    ),
    _s(
        "grades",
        "identity",
        ["straight a's", "grades", "gpa"],
        description="how well they do at school: their marks and grades",
    ),
    _s("favorite_color", "identity", ["favorite color", "favourite colour"], description="the colour they like best"),
    _s("favorite_food", "identity", ["favorite food", "favourite dish"], description="the food or dish they like best"),
    _s("favorite_book", "identity", ["favorite book"], description="the book or author they like best"),
    _s(
        "favorite_movie",
        "identity",
        ["favorite movie", "favourite film"],
        description="the film or television show they like best",
    ),
    _s(
        "favorite_music",
        "identity",
        ["favorite music", "favorite band", "favorite song"],
        description="the music, band, singer or song they like best",
    ),
    _s(
        "plans",
        "context",
        ["plan to", "planning to", "going to"],
        multi=True,
        description="what they plan or are going to do",
    ),
    _s(
        "goals",
        "context",
        ["my goal is", "hope to", "aim to", "want to", "dream of"],
        multi=True,
        description="what they hope, want or dream to do or become",
    ),
    _s("mood", "context", ["feel", "feeling", "i am tired", "stressed"], description="how they feel right now"),
    _s(
        "current_activity",
        "context",
        ["right now i am", "currently", "at the moment"],
        description="what they are doing at the moment",
    ),
    _s(
        "event",
        "episodic",
        ["saw", "went to", "visited", "met", "attended"],
        multi=True,
        description="something that happened to them at a particular time",
    ),
    _s(
        "fact",
        "knowledge",
        ["<thing> is/are/weighs …"],
        multi=True,
        description="a general statement about a thing or idea",
    ),
    _s("terms", "knowledge", ["policy is", "accepted within"], description="what a policy says"),
]


def default_ontology() -> Ontology:
    """A fresh copy of the built-in ontology (:data:`BUILTIN_SPECS`)."""
    return Ontology(spec.model_copy(deep=True) for spec in BUILTIN_SPECS)
