"""Recall on what an assistant's memory mostly is: users telling it about themselves in the first person,
a handful of facts each, several users in one org.

Each fact is asked for in several phrasings (the user's name or "I", lower case, no punctuation, other
words than the fact's). Recall must answer at least as often as plain dense retrieval over the same turns
with the same embedder (what a vector-store memory does), measured in the same test, and never show
another user's memory.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from spectron_core import MiniLMEmbedding, Spectron

ORG = "acme"
FACTS: dict[str, list[str]] = {
    "alice": ["I work at Initech as a backend engineer.", "I have a golden retriever named Biscuit.",
              "My sister Maya lives in Oslo.", "I'm learning Japanese on weekends.", "I prefer tea over coffee."],
    "bob": ["I work at Globex in sales.", "I have two cats called Pixel and Byte.", "I play the cello.",
            "I'm vegan.", "My manager is Priya."],
    "carol": ["i teach maths at a high school in leeds", "my husband and i have three daughters",
              "i am allergic to peanuts", "i run a half marathon every spring", "we drive an old volvo estate"],
}
# (user, question, words of which the answer must hold at least one), in many phrasings.
QUESTIONS: list[tuple[str, str, tuple[str, ...]]] = [
    ("alice", "Where does Alice work?", ("initech",)),
    ("alice", "where do i work", ("initech",)),
    ("alice", "What's my job?", ("backend", "engineer")),
    ("alice", "What is the name of Alice's dog?", ("biscuit",)),
    ("alice", "what pet do i have", ("retriever", "biscuit")),
    ("alice", "Where does my sister live?", ("oslo",)),
    ("alice", "who is maya", ("sister", "maya")),
    ("alice", "What language am I studying?", ("japanese",)),
    ("alice", "what do i do on weekends", ("japanese",)),
    ("alice", "Does Alice like coffee or tea?", ("tea",)),
    ("alice", "what's my favourite hot drink", ("tea",)),
    ("bob", "Where does Bob work?", ("globex",)),
    ("bob", "what department am i in", ("sales",)),
    ("bob", "What are my cats called?", ("pixel", "byte")),
    ("bob", "does bob have pets", ("cats", "cat", "pixel")),
    ("bob", "What instrument does Bob play?", ("cello",)),
    ("bob", "do i play any music", ("cello",)),
    ("bob", "What is Bob's diet?", ("vegan",)),
    ("bob", "can i eat meat", ("vegan",)),
    ("bob", "Who is my manager?", ("priya",)),
    ("bob", "who does bob report to", ("priya",)),
    ("carol", "What does Carol do for a living?", ("teach", "maths")),
    ("carol", "where do i work", ("school", "leeds")),
    ("carol", "Which city do I live in?", ("leeds",)),
    ("carol", "how many kids do i have", ("three", "daughters")),
    ("carol", "Is Carol married?", ("husband", "married")),
    ("carol", "What am I allergic to?", ("peanuts",)),
    ("carol", "any food allergies", ("peanuts",)),
    ("carol", "What sport does Carol do?", ("marathon", "run")),
    ("carol", "what car do we have", ("volvo",)),
]


def scope(user: str) -> dict[str, str]:
    return {"org": ORG, "user": user}


def answers(item_text: str, value: Any, words: tuple[str, ...]) -> bool:
    text = f"{item_text} {value or ''}".lower()
    return any(w in text for w in words)


@pytest.fixture(scope="module")
def mem(tmp_path_factory: pytest.TempPathFactory) -> Any:
    m = Spectron(path=str(tmp_path_factory.mktemp("first-person") / "m"))
    for user, texts in FACTS.items():
        with m.sessions.create(scope=scope(user)) as s:
            for t in texts:
                s.remember(t)
    yield m
    m.close()


def dense_top(user: str, question: str, ef: MiniLMEmbedding, k: int) -> list[str]:
    """Plain dense retrieval over the user's own turns, the same embedder: the baseline recall must match."""
    texts = FACTS[user]
    vecs = np.asarray(ef.embed_texts(texts + [question]), dtype=float)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    sims = vecs[:-1] @ vecs[-1]
    return [texts[i] for i in np.argsort(-sims)[:k]]


def test_recall_answers_first_person_questions_at_least_as_often_as_dense(mem: Any) -> None:
    ef = MiniLMEmbedding()
    ours_top1 = ours_top3 = dense_top1 = 0
    misses = []
    for user, question, words in QUESTIONS:
        items = mem.recall(question, scope=scope(user), top_k=3).items
        assert all(i.scope == scope(user) for i in items), (question, [i.scope for i in items])
        hit = [answers(i.text, i.value, words) for i in items]
        ours_top1 += bool(hit and hit[0])
        ours_top3 += any(hit)
        if not (hit and hit[0]):
            misses.append((question, [i.text for i in items]))
        dense_top1 += answers(dense_top(user, question, ef, 1)[0], None, words)
    n = len(QUESTIONS)
    assert ours_top1 >= dense_top1, (ours_top1, dense_top1, misses)
    assert ours_top1 >= 0.8 * n, misses
    assert ours_top3 >= 0.95 * n, misses


@pytest.mark.parametrize("user", sorted(FACTS))
def test_no_user_sees_another_users_memory(mem: Any, user: str) -> None:
    others = [t.lower() for u, texts in FACTS.items() if u != user for t in texts]
    for _, question, _ in QUESTIONS:
        for item in mem.recall(question, scope=scope(user), top_k=10).items:
            assert item.scope == scope(user)
            assert not any(item.text.lower().endswith(o) for o in others)


# An assistant's store holds its replies too, and they echo what the user said.
DANA = [
    ("user", "I work at Initech as a data analyst."),
    ("assistant", "Nice! Data analysts at companies like Initech often work with SQL, dashboards and stakeholder "
                  "reports. Many people in analyst roles also pick up Python for automation."),
    ("user", "I have a border collie named Pepper."),
    ("assistant", "Border collies are energetic and smart dogs. A dog like Pepper needs plenty of exercise, "
                  "puzzle toys and training games."),
    ("user", "My partner and I live in Ghent."),
    ("assistant", "Ghent is a lovely city to live in, with canals, cycling routes and a lively food scene."),
    ("user", "I'm allergic to shellfish."),
    ("assistant", "Thanks for telling me. When suggesting recipes I will avoid shrimp, crab, lobster and mussels."),
]
DANA_QUESTIONS = [
    ("where do i work", ("initech",)), ("What's my job?", ("analyst",)), ("what's my dog called", ("pepper",)),
    ("what breed is my dog", ("collie",)), ("Where do I live?", ("ghent",)), ("which city do we live in", ("ghent",)),
    ("what am i allergic to", ("shellfish",)), ("do i have any food allergies", ("shellfish",)),
]


def test_first_person_questions_are_answered_by_the_user_not_by_the_assistants_echo(tmp_path) -> None:
    m = Spectron(path=str(tmp_path / "dana"))
    dana = scope("dana")
    try:
        with m.sessions.create(scope=dana) as s:
            s.remember_many([{"role": r, "content": c} for r, c in DANA])
        for question, words in DANA_QUESTIONS:
            items = m.recall(question, scope=dana, top_k=3).items
            assert not items[0].text.startswith("assistant:"), (question, [i.text for i in items])
            assert any(answers(i.text, i.value, words) for i in items), (question, [i.text for i in items])
        # asking what the assistant said still finds the assistant's words
        items = m.recall("what did you say you would avoid in recipes?", scope=dana, top_k=3).items
        assert any("lobster" in i.text for i in items), [i.text for i in items]
    finally:
        m.close()
