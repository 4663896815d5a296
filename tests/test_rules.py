"""RuleExtractor: table of sentences → expected records, properties, and ontology extension."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spectron_core import RuleExtractor, default_ontology
from spectron_core._extract._types import ExtractionContext

NOW = datetime(2025, 3, 12, 15, 0, tzinfo=timezone.utc)  # a Wednesday
RX = RuleExtractor()


def ctx(text: str, role: str = "user") -> ExtractionContext:
    return ExtractionContext(text=text, role=role, observed_at=NOW, principal="Person/alice",  # type: ignore[arg-type]
                             agent="Agent/assistant")


def attrs(text: str, role: str = "user") -> list[tuple[str, str, str, str, bool]]:
    return [(a.entity, a.key, a.value, a.category, a.negated) for a in RX.extract(ctx(text, role)).attributes]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Alice prefers vegetarian food.", ("Person/alice", "food_preference", "vegetarian", "identity", False)),
        ("Alice now eats fish.", ("Person/alice", "food_preference", "fish", "identity", False)),
        ("I'm vegan.", ("Person/alice", "food_preference", "vegan", "identity", False)),
        ("I don't eat meat anymore.", ("Person/alice", "food_preference", "meat", "identity", True)),
        ("I have a cat.", ("Person/alice", "pets", "cat", "identity", False)),
        ("I used to have a cat.", ("Person/alice", "pets", "cat", "identity", True)),
        ("I am the COO.", ("Person/alice", "role", "coo", "identity", False)),
        ("I'm now the CTO.", ("Person/alice", "role", "cto", "identity", False)),
        ("I became CEO.", ("Person/alice", "role", "ceo", "identity", False)),
        ("My name is Alice.", ("Person/alice", "name", "Alice", "identity", False)),
        ("I live in Paris.", ("Person/alice", "home", "Paris", "identity", False)),
        ("I moved to Berlin.", ("Person/alice", "home", "Berlin", "identity", False)),
        ("I work at Acme.", ("Person/alice", "employer", "Acme", "identity", False)),
        ("I no longer work at Acme.", ("Person/alice", "employer", "Acme", "identity", True)),
        ("I am 34 years old.", ("Person/alice", "age", "34", "identity", False)),
        ("I enjoy hiking.", ("Person/alice", "hobbies", "hiking", "identity", False)),
        ("My favorite color is blue.", ("Person/alice", "favorite_color", "blue", "identity", False)),
        # British spelling lands on the same key as American (issue #10: "favourite colour" must supersede)
        ("My favourite colour is green.", ("Person/alice", "favorite_color", "green", "identity", False)),
        ("I'm so tired.", ("Person/alice", "mood", "tired", "context", False)),
        ("House cats weigh about 4 kg.", ("Concept/house cats", "fact", "weigh about 4 kg", "knowledge", False)),
        ("The return policy is 30 days.", ("Policy/return", "terms", "30 days", "knowledge", False)),
        ("Returns are accepted within 30 days.", ("Policy/return", "terms", "30 days", "knowledge", False)),
        ("Bob lives in Lisbon.", ("Person/bob", "home", "Lisbon", "identity", False)),
    ],
)
def test_sentence_table(text, expected):
    assert expected in attrs(text)


def test_fish_and_vegetarian_share_a_key():
    keys = {a[1] for t in ("Alice prefers vegetarian food.", "Alice now eats fish.") for a in attrs(t)}
    assert keys == {"food_preference"}


def test_relations_and_multi_values():
    e = RX.extract(ctx("I work at Globex as a senior engineer. I speak French and Spanish. My wife Sarah is a doctor."))
    rels = {(r.subject, r.label, r.object) for r in e.relations}
    assert ("Person/alice", "works_at", "Org/globex") in rels
    assert ("Person/alice", "married_to", "Person/sarah") in rels
    got = {(a.key, a.value) for a in e.attributes}
    assert {("role", "senior engineer"), ("languages", "French"), ("languages", "Spanish")} <= got


def test_temporal_resolution_uses_turn_time_not_clock():
    e = RX.extract(ctx("I saw a cat last night."))
    event = [a for a in e.attributes if a.key == "event"][0]
    assert event.value == "saw a cat" and event.category == "episodic"
    assert event.valid_from == datetime(2025, 3, 11, 20, 0, tzinfo=timezone.utc)
    home = [a for a in RX.extract(ctx("I have lived in Rome since January 2025.")).attributes if a.key == "home"][0]
    assert home.valid_from == datetime(2025, 1, 1, tzinfo=timezone.utc)


def test_unresolvable_dates_become_uncertainties_not_guesses():
    e = RX.extract(ctx("I moved to Oslo back when I was young."))
    assert e.uncertainties and "back when I was young" in e.uncertainties[0].why
    assert all(a.valid_from is None for a in e.attributes)
    e2 = RX.extract(ctx("I started at Acme on the 31st of February 2024."))
    assert e2.uncertainties and "invalid date" in e2.uncertainties[0].why


@pytest.mark.parametrize(
    "text, action, polarity, topic",
    [
        ("Always answer in bullet points.", "add", "do", "bullet points"),
        # a revocation's polarity says what it means when nothing is active: "stop X" is then "don't X"
        ("Stop using bullet points.", "revoke", "dont", "bullet points"),
        ("Never use emojis.", "add", "dont", "emojis"),
        ("From now on, reply in French.", "add", "do", "french"),
        ("Please don't use emojis anymore.", "revoke", "dont", "emojis"),
        ("You can use emojis again.", "revoke", "do", "emojis"),
    ],
)
def test_instructions(text, action, polarity, topic):
    ins = RX.extract(ctx(text)).instructions
    assert [(i.action, i.polarity, i.topic) for i in ins] == [(action, polarity, topic)]


def test_assistant_turns_speak_for_the_agent_and_give_no_instructions():
    e = RX.extract(ctx("I always double check my answers. I speak German.", role="assistant"))
    assert not e.instructions
    assert ("Agent/assistant", "languages", "German") in {(a.entity, a.key, a.value) for a in e.attributes}


def test_questions_are_not_facts_and_labels_name_the_speaker():
    assert attrs("Do you like fish?") == []
    assert attrs("Is Alice vegetarian?") == []
    e = RX.extract(ctx("Dana: I went to a pottery class yesterday and it was so inspiring."))
    assert [(a.entity, a.key, a.value) for a in e.attributes] == [("Person/dana", "event", "went to a pottery class")]


def test_spans_point_at_the_source_sentence():
    text = "Hello there! Alice prefers vegetarian food. I have a dog."
    for a in RX.extract(ctx(text)).attributes:
        start, end = a.span
        assert a.value.lower() in text[start:end].lower()


def test_user_registered_key_is_extracted():
    onto = default_ontology()
    onto.register(key="shoe_size", category="identity", phrasings=["shoe size"])
    e = RuleExtractor(onto).extract(ctx("My shoe size is 38."))
    assert [(a.key, a.value, a.confidence >= 0.8) for a in e.attributes] == [("shoe_size", "38", True)]


def test_unsure_when_a_fact_looking_sentence_is_not_understood():
    assert RX.extract(ctx("I have been juggling flaming torches for the circus.")).unsure
    assert not RX.extract(ctx("I have a cat.")).unsure


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_arbitrary_text_never_raises_and_is_deterministic(text):
    first = RX.extract(ctx(text))
    second = RX.extract(ctx(text))
    assert first == second
    for rec in [*first.attributes, *first.relations, *first.instructions]:
        assert 0.0 <= rec.confidence <= 1.0
        if rec.span is not None:
            assert 0 <= rec.span[0] <= rec.span[1] <= len(text)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["I", "Alice", "My friend", "Bob"]),
       st.sampled_from(["prefers vegan food", "has a dog", "lives in Rome", "is 40", "works at Initech", "is sad"]),
       st.sampled_from([".", "!", " today.", " yesterday."]))
def test_generated_sentences_stay_well_formed(subject, predicate, end):
    e = RX.extract(ctx(f"{subject} {predicate}{end}"))
    for a in e.attributes:
        assert a.entity.split("/")[0] in ("Person", "Concept", "Policy") and a.key and a.value


@pytest.mark.parametrize("text", ["My kids are so excited about summer break.", "My garden is doing great.",
                                  "My art is about expressing myself.", "My week has been busy."])
def test_state_descriptions_are_not_attributes(text):
    # "my kids …" does say the speaker has kids (family); the state itself is never an attribute
    assert [a for a in attrs(text) if a[1] != "family"] == []


def test_ad_hoc_possessive_values_are_knowledge_not_identity():
    got = attrs("My locker code word is quokka.")
    assert ("Person/alice", "locker_code_word", "quokka", "knowledge", False) in got
