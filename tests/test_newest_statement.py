"""The newest statement about a single-valued key comes first, even when the extractor missed it
(``_recall/_newest.py``).

The extractor here reads only the first statement of each pair (``ReadsOnly``), as happens with phrasings no
rule covers: the old value stays on record, and only recall's reading of what the later statement is about can
put it first. Every sentence is this file's own.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from spectron_core import RankingConfig, Spectron
from tests.support import ReadsOnly

T0 = datetime(2025, 1, 1, tzinfo=timezone.utc)
DANA = {"org": "acme", "user": "dana"}
OFF = RankingConfig(key_newest_first=False)


# (said first, the fact read from it, said in a later session in other words, the question)
CHANGES = [
    (
        "I live in a small flat in Glasgow.",
        ("home", "glasgow"),
        "these days home is a stone cottage by the sea in cornwall",
        "where do I live?",
    ),
    (
        "my favourite colour is blue",
        ("favorite_color", "blue"),
        "these days everything i buy is bright green, it's my colour now",
        "what is my favourite colour?",
    ),
    (
        "I'm single.",
        ("relationship_status", "single"),
        "my fiancee and i set a date for the wedding",
        "am I in a relationship?",
    ),
    (
        "pizza is my favourite food",
        ("favorite_food", "pizza"),
        "i could eat sushi every single day, nothing beats it",
        "what's my favourite food?",
    ),
    (
        "I drive an old ford pickup",
        ("vehicle", "ford pickup"),
        "sold the truck, i get around on an electric scooter now",
        "what do I drive?",
    ),
    (
        "I'm vegetarian.",
        ("diet", "vegetarian"),
        "i eat pretty much everything again, steak included",
        "what diet do I follow?",
    ),
    (
        "i go to ohio state",
        ("school", "ohio state"),
        # (no place or school named: "a college in texas" gets "texas" read as the school by its likeness to
        # "ohio state", _write/_replacement.py, and this test is of a change nothing read)
        "transferred to a different college this semester",
        "which school do I attend?",
    ),
]


def _store(tmp_path: Any, facts: dict[str, tuple[str, str]]) -> Spectron:
    return Spectron(path=str(tmp_path), extractor=ReadsOnly(facts))


def _say(mem: Spectron, scope: dict[str, str], *texts: str, at: datetime, role: str = "user") -> None:
    with mem.sessions.create(scope=scope) as s:
        for i, text in enumerate(texts):
            s.remember(text, observed_at=at + timedelta(minutes=i), role=role)


def _top(mem: Spectron, question: str, ranking: RankingConfig | None = None, **kw: Any) -> str:
    return mem.recall(question, scope=DANA, top_k=5, ranking=ranking, **kw).items[0].text


@pytest.fixture
def changed(tmp_path: Any, request: pytest.FixtureRequest) -> Iterator[tuple[Spectron, str, str, str]]:
    old, fact, new, question = request.param
    mem = _store(tmp_path, {old: fact})
    _say(mem, DANA, old, at=T0)
    _say(mem, DANA, new, at=T0 + timedelta(days=3))
    yield mem, old, new, question
    mem.close()


@pytest.mark.parametrize("changed", CHANGES, indirect=True, ids=[c[1][0] for c in CHANGES])
def test_a_change_the_extractor_missed_comes_first_in_a_later_session(changed: Any) -> None:
    mem, old, new, question = changed
    assert _top(mem, question).endswith(new)
    # the old value is still on record (nothing read the change) and still recalled, right below
    texts = [i.text for i in mem.recall(question, scope=DANA, top_k=5).items]
    assert any(t.endswith(old) or "dana's" in t.lower() for t in texts[1:])


@pytest.mark.parametrize("changed", CHANGES, indirect=True, ids=[c[1][0] for c in CHANGES])
def test_without_the_rule_the_wording_decides(changed: Any) -> None:
    """What the rule changes: in every pair above, the old statement matches the question better."""
    mem, _old, new, question = changed
    assert not _top(mem, question, OFF).endswith(new)


def test_within_one_session_a_later_remark_does_not_displace_the_answer(tmp_path: Any) -> None:
    """In one conversation, what follows a statement mostly elaborates it."""
    said = "I live in a small flat in Glasgow."
    mem = _store(tmp_path, {said: ("home", "glasgow")})
    try:
        _say(mem, DANA, said, "these days home feels cramped, the walls are so thin in this flat", at=T0)
        assert _top(mem, "where do I live?") == _top(mem, "where do I live?", OFF)
    finally:
        mem.close()


@pytest.mark.parametrize(
    "later",
    [
        "do you think a stone cottage by the sea would be a nicer home?",  # a question, not a statement
        "where would you live if you could live anywhere?",
    ],
)
def test_a_question_the_user_asked_later_is_not_a_statement(tmp_path: Any, later: str) -> None:
    said = "I live in a small flat in Glasgow."
    mem = _store(tmp_path, {said: ("home", "glasgow")})
    try:
        _say(mem, DANA, said, at=T0)
        _say(mem, DANA, later, at=T0 + timedelta(days=3))
        assert not _top(mem, "where do I live?").endswith(later)
    finally:
        mem.close()


def test_the_assistants_later_reply_is_not_the_users_statement(tmp_path: Any) -> None:
    said = "I live in a small flat in Glasgow."
    reply = "a stone cottage by the sea in cornwall is a lovely place to make a home"
    mem = _store(tmp_path, {said: ("home", "glasgow")})
    try:
        _say(mem, DANA, said, at=T0)
        _say(mem, DANA, reply, at=T0 + timedelta(days=3), role="assistant")
        assert not _top(mem, "where do I live?").endswith(reply)
    finally:
        mem.close()


def test_values_that_accumulate_are_not_reordered(tmp_path: Any) -> None:
    """A new pet is one more pet, not a replacement: the ranking is what the other legs make of it."""
    said = "I have a golden retriever called Biscuit."
    mem = _store(tmp_path, {said: ("pets", "golden retriever")})
    try:
        _say(mem, DANA, said, at=T0)
        _say(mem, DANA, "we adopted a grey kitten from the shelter on saturday", at=T0 + timedelta(days=3))
        q = "what pets do I have?"
        on = [i.text for i in mem.recall(q, scope=DANA, top_k=5).items]
        assert on == [i.text for i in mem.recall(q, scope=DANA, top_k=5, ranking=OFF).items]
    finally:
        mem.close()


def test_history_and_as_of_questions_are_left_to_the_other_legs(tmp_path: Any) -> None:
    old, fact, new, question = CHANGES[0]
    mem = _store(tmp_path, {old: fact})
    try:
        _say(mem, DANA, old, at=T0)
        _say(mem, DANA, new, at=T0 + timedelta(days=3))
        for kw in ({"include_history": True}, {"as_of": T0 + timedelta(days=5)}):
            on = [i.text for i in mem.recall(question, scope=DANA, top_k=5, **kw).items]
            assert on == [i.text for i in mem.recall(question, scope=DANA, top_k=5, ranking=OFF, **kw).items]
    finally:
        mem.close()


def test_a_later_statement_in_a_scope_the_reader_cannot_see_is_never_recalled(tmp_path: Any) -> None:
    """Scope isolation: asked from Dana's "kitchen" project, Erin's later move (same org) and Dana's own later
    statement in her sibling "garden" project are invisible, so neither is lifted, nor recalled at all."""
    old, fact, new, question = CHANGES[0]
    mem = _store(tmp_path, {old: fact})
    erin = {"org": "acme", "user": "erin"}
    garden = {**DANA, "project": "garden"}
    kitchen = {**DANA, "project": "kitchen"}
    try:
        _say(mem, DANA, old, at=T0)
        _say(mem, erin, new, at=T0 + timedelta(days=3))
        _say(mem, garden, "these days home is a narrowboat on the canal", at=T0 + timedelta(days=4))
        _say(mem, kitchen, "the new oven arrived on monday", at=T0 + timedelta(days=5))
        items = mem.recall(question, scope=kitchen, top_k=10).items
        assert items and all(i.scope in (DANA, kitchen) for i in items)
        assert items[0].text.endswith(old) or "glasgow" in items[0].text.lower()
        # and from Dana's own scope, her garden project's statement is hers and visible (DESIGN §3): it is lifted
        assert _top(mem, question).endswith("narrowboat on the canal")
    finally:
        mem.close()


def test_a_change_the_extractor_read_is_a_supersession_and_still_comes_first(tmp_path: Any) -> None:
    old, fact, new, question = CHANGES[0]
    mem = _store(tmp_path, {old: fact, new: ("home", "cornwall")})
    try:
        _say(mem, DANA, old, at=T0)
        _say(mem, DANA, new, at=T0 + timedelta(days=3))
        top = mem.recall(question, scope=DANA, top_k=5).items[0]
        assert "cornwall" in top.text.lower() and top.current
        assert [r.value for r in mem.history("Person/dana", "home", scope=DANA)] == ["glasgow", "cornwall"]
    finally:
        mem.close()


class _ReadsAbout:
    """Reads a fact about a named entity from the sentences it knows (another person's home, say)."""

    name = "reads-about"

    def __init__(self, facts: dict[str, tuple[str, str, str]]) -> None:
        self.facts = facts

    def extract_many(self, ctxs: list[Any]) -> list[Any]:
        return [self.extract(c) for c in ctxs]

    def extract(self, ctx: Any) -> Any:
        from spectron_core import ExtractedAttribute, Extraction

        found = self.facts.get(ctx.text)
        if found is None:
            return Extraction()
        entity = ctx.principal if found[0] == "me" else found[0]
        return Extraction(attributes=[ExtractedAttribute(entity=entity, key=found[1], value=found[2])])


@pytest.mark.parametrize(
    "later",
    [
        "my sister maya just moved to a flat in oslo",
        "our son found a place of his own near the university",
        "my parents finally sold the farm and bought a bungalow by the coast",
    ],
)
def test_a_later_statement_about_a_relative_is_not_the_users(tmp_path: Any, later: str) -> None:
    """About home, and about someone else's: the user's own home stays first (the bundled extractor)."""
    mem = Spectron(path=str(tmp_path))
    try:
        _say(mem, DANA, "I live in a small flat in Glasgow.", at=T0)
        _say(mem, DANA, later, at=T0 + timedelta(days=3))
        assert not _top(mem, "where do I live?").endswith(later)
    finally:
        mem.close()


def test_a_statement_with_the_user_in_it_is_theirs_even_beside_a_relative(tmp_path: Any) -> None:
    said, later = "I live in a small flat in Glasgow.", "my husband and i live out in the countryside now"
    mem = _store(tmp_path, {said: ("home", "glasgow")})
    try:
        _say(mem, DANA, said, at=T0)
        _say(mem, DANA, later, at=T0 + timedelta(days=3))
        assert _top(mem, "where do I live?").endswith(later)
    finally:
        mem.close()


def test_a_later_statement_read_as_someone_elses_fact_is_not_lifted(tmp_path: Any) -> None:
    """The extractor read the key from it about another entity: the statement is theirs, not the user's."""
    said, later = "I live in a small flat in Glasgow.", "these days home for gran is a stone cottage by the sea"
    mem = Spectron(
        path=str(tmp_path),
        extractor=_ReadsAbout({said: ("me", "home", "glasgow"), later: ("Person/gran", "home", "stone cottage")}),
    )
    try:
        _say(mem, DANA, said, at=T0)
        _say(mem, DANA, later, at=T0 + timedelta(days=3))
        assert not _top(mem, "where do I live?").endswith(later)
        assert _top(mem, "where do I live?", OFF) == _top(mem, "where do I live?")
    finally:
        mem.close()


def test_an_org_wide_statement_is_not_the_users(tmp_path: Any) -> None:
    """A turn at an ancestor scope is visible to Dana, but it was said at the org's level: not her statement."""
    said, later = "I live in a small flat in Glasgow.", "these days home is a stone cottage by the sea in cornwall"
    mem = _store(tmp_path, {said: ("home", "glasgow")})
    try:
        _say(mem, DANA, said, at=T0)
        _say(mem, {"org": "acme"}, later, at=T0 + timedelta(days=3))
        assert not _top(mem, "where do I live?").endswith(later)
    finally:
        mem.close()
