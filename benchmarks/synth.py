"""Synthetic but realistic memory traffic: people in orgs telling an assistant about themselves (seeded)."""

from __future__ import annotations

import random
from collections.abc import Iterator

__all__ = ["scopes", "turns", "queries"]

FOODS = ["vegetarian", "vegan", "fish", "spicy", "italian", "thai", "sushi", "mexican", "korean", "greek"]
CITIES = ["Paris", "Berlin", "Lisbon", "Madrid", "Rome", "Oslo", "Vienna", "Prague", "Dublin", "Warsaw", "Austin",
          "Denver", "Toronto", "Sydney", "Osaka", "Seoul"]
ORGS = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Wonka", "Soylent", "Cyberdyne"]
ROLES = ["engineer", "designer", "manager", "analyst", "teacher", "nurse", "cto", "ceo", "researcher", "consultant"]
PETS = ["cat", "dog", "parrot", "rabbit", "hamster", "turtle"]
HOBBIES = ["hiking", "painting", "climbing", "baking", "running", "chess", "gardening", "surfing", "knitting"]
PLACES = ["museum", "concert", "farmers market", "beach", "new bakery", "bookstore", "gym", "cinema", "park"]
CHAT = ["Thanks, that helps a lot.", "Can you summarise the meeting notes?", "What should I pack for the trip?",
        "Remind me what we discussed about the budget.", "That sounds good to me.",
        "Let me think about it and get back to you.", "Could you draft a reply to the landlord?"]


def scopes(n_orgs: int = 40, users_per_org: int = 25) -> list[dict[str, str]]:
    return [{"org": f"org{o}", "user": f"user{o}-{u}"} for o in range(n_orgs) for u in range(users_per_org)]


def turns(rng: random.Random) -> Iterator[str]:
    """An endless stream of turns: facts, supersessions, events and chit-chat in realistic proportions."""
    makers = [
        lambda: f"I prefer {rng.choice(FOODS)} food.",
        lambda: f"I now eat {rng.choice(FOODS)} most days.",
        lambda: f"I live in {rng.choice(CITIES)} with my partner.",
        lambda: f"I work at {rng.choice(ORGS)} as a {rng.choice(ROLES)}.",
        lambda: f"I have a {rng.choice(PETS)} named {rng.choice(['Rex', 'Milo', 'Luna', 'Coco', 'Max'])}.",
        lambda: f"I enjoy {rng.choice(HOBBIES)} on weekends.",
        lambda: f"I went to the {rng.choice(PLACES)} yesterday and it was lovely.",
        lambda: f"My favorite color is {rng.choice(['blue', 'green', 'red', 'yellow', 'purple'])}.",
        lambda: rng.choice(CHAT),
        lambda: rng.choice(CHAT) + " " + rng.choice(CHAT),
    ]
    while True:
        yield rng.choice(makers)()


def queries(rng: random.Random) -> Iterator[str]:
    qs = ["What food do I like?", "Where do I live?", "Where do I work and what is my role?", "Do I have pets?",
          "What are my hobbies?", "What did I do yesterday?", "What is my favorite color?",
          "What did we discuss about the budget?"]
    while True:
        yield rng.choice(qs)
