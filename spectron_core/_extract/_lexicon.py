"""The built-in ontology (canonical keys, categories, phrasings) and the word lists the rules use."""

from __future__ import annotations

from ._ontology import AttributeSpec

__all__ = ["BUILTIN_SPECS", "ROLE_WORDS", "PETS", "LANGUAGES", "MOODS", "DIETS", "RELATION_WORDS"]


def _s(key: str, category: str, phrasings: list[str], multi: bool = False, description: str = "") -> AttributeSpec:
    return AttributeSpec(key=key, category=category, multi_valued=multi, phrasings=phrasings,  # type: ignore[arg-type]
                         description=description)


BUILTIN_SPECS: list[AttributeSpec] = [
    _s("name", "identity", ["my name is", "call me", "name"]),
    _s("age", "identity", ["years old", "age", "i am <n>"]),
    _s("birthday", "identity", ["birthday", "born on", "date of birth"]),
    _s("home", "identity", ["live in", "lives in", "moved to", "home", "based in"], description="where they live now"),
    _s("hometown", "identity", ["am from", "is from", "grew up in", "hometown"]),
    _s("employer", "identity", ["work at", "work for", "works at", "joined", "employer", "company"]),
    _s("role", "identity", ["work as", "am the", "became", "job title", "role", "position", "promoted to"]),
    _s("food_preference", "identity", ["prefer … food", "eat", "eats", "diet", "vegetarian", "vegan", "food"]),
    _s("pets", "identity", ["have a cat", "my dog", "pet", "adopted a"], multi=True),
    _s("languages", "identity", ["speak", "speaks", "language", "fluent in"], multi=True),
    _s("hobbies", "identity", ["enjoy", "love", "hobby", "like to", "into"], multi=True),
    _s("allergies", "identity", ["allergic to", "allergy"], multi=True),
    _s("contact", "identity", ["email", "phone", "reach me at"], multi=True),
    _s("timezone", "identity", ["time zone", "timezone"]),
    _s("relationship_status", "identity", ["single", "married", "engaged", "divorced"]),
    _s("children", "identity", ["kids", "children", "son", "daughter"]),
    _s("education", "identity", ["studied", "graduated from", "degree in"], multi=True),
    _s("favorite_color", "identity", ["favorite color", "favourite colour"]),
    _s("favorite_food", "identity", ["favorite food", "favourite dish"]),
    _s("favorite_book", "identity", ["favorite book"]),
    _s("favorite_movie", "identity", ["favorite movie", "favourite film"]),
    _s("favorite_music", "identity", ["favorite music", "favorite band", "favorite song"]),
    _s("plans", "context", ["plan to", "planning to", "going to", "want to"], multi=True),
    _s("goals", "context", ["my goal is", "hope to", "aim to"], multi=True),
    _s("mood", "context", ["feel", "feeling", "i am tired", "stressed"]),
    _s("current_activity", "context", ["right now i am", "currently", "at the moment"]),
    _s("event", "episodic", ["saw", "went to", "visited", "met", "attended"], multi=True,
       description="something that happened at a time (valid_from is when)"),
    _s("fact", "knowledge", ["<thing> is/are/weighs …"], multi=True, description="a general statement about a concept"),
    _s("terms", "knowledge", ["policy is", "accepted within"], description="what a policy says"),
]

ROLE_WORDS = frozenset(
    """ceo cto coo cfo cmo cio ciso cpo vp president chairman chairwoman founder cofounder co-founder owner director
    manager engineer developer designer architect analyst scientist researcher consultant teacher professor
    lecturer nurse doctor physician surgeon dentist lawyer attorney accountant intern student editor writer
    journalist chef cook pilot driver salesperson recruiter counselor therapist pharmacist technician lead head
    principal officer administrator secretary assistant coordinator specialist artist musician photographer""".split()
)
PETS = frozenset(
    """cat cats dog dogs puppy kitten hamster rabbit bunny parrot bird fish goldfish turtle tortoise snake lizard
    horse pony guinea pig ferret gecko iguana chinchilla""".split()
)
LANGUAGES = frozenset(
    """english french spanish german italian portuguese dutch russian chinese mandarin cantonese japanese korean
    arabic hindi urdu bengali turkish polish swedish norwegian danish finnish greek hebrew thai vietnamese
    indonesian malay swahili czech hungarian romanian ukrainian persian farsi tagalog""".split()
)
MOODS = frozenset(
    """tired exhausted happy sad stressed anxious excited nervous sick ill bored angry upset overwhelmed
    lonely grateful relieved worried frustrated motivated sleepy hungry""".split()
)
DIETS = frozenset("vegetarian vegan pescatarian pescetarian carnivore omnivore keto paleo gluten-free halal kosher".split())
RELATION_WORDS = {
    "wife": "married_to", "husband": "married_to", "spouse": "married_to", "partner": "married_to",
    "friend": "friend_of", "best friend": "friend_of", "boss": "reports_to", "manager": "reports_to",
    "sister": "sibling_of", "brother": "sibling_of", "mother": "child_of", "mom": "child_of", "father": "child_of",
    "dad": "child_of", "son": "parent_of", "daughter": "parent_of",
}
