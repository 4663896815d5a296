"""Partners, marital status, children and relatives said in ordinary first-person chat.

A status said through an event or its time ("i was 19 when we married", "since my divorce", "planning on filing
for divorce", "we get married in may"), a partner said as an object or with adjectives ("i have a nurse for a
wife", "my grumpy old husband", "the wife and i"), a partner gone ("my late wife"), looking for a partner (single),
children said in passing (their ages, "father of four", "a plumber with three kids", "my youngest"), no children,
and relatives named with "my" anywhere in a sentence.

Each construction is said in several spellings (lower-case chat, edited text, contractions, a time phrase) with
negatives beside it: questions to the other person, other people's relatives and divorces, in-laws, exes, wishes
and negations put nothing on the speaker; a partner's trade is never the speaker's role or possession. The last
part says an old status and then a new one in other words through the public client: ``profile()`` shows only the
new value and ``history()`` keeps both. Every sentence was written for this file.

Decisions: a mention of an ex ("my ex-husband") is history, not a current status (the speaker may have remarried),
so it writes nothing; parents and grandparents said in passing ("ask my dad") are not written as ``family``
(everyone has had them); "i have no kids" is a negated ``family`` fact, not a ``children`` count of zero.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from spectron_core import Spectron
from tests.support import check_supersession, facts, mine, profile_values
from tests.support import expect as _check

NOW = datetime(2025, 6, 2, 10, 0, tzinfo=timezone.utc)
FAMILY_KEYS = ("relationship_status", "children", "family")


def _status(text: str) -> list[str]:
    return [v for _, _, v, _ in mine(text, ("relationship_status",), current=True)]


# -- a status said through an event or its time ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i was 19 when we married", "married"),
        ("I was 19 when we got married.", "married"),
        ("i put on ten pounds since we got hitched lol", "married"),
        ("we bought the farm right after my husband and i got married", "married"),
        ("i just got remarried last fall", "married"),
        ("I recently remarried.", "married"),
        ("we get married in may , so busy planning", "engaged"),
        ("I get married next Saturday!", "engaged"),
        ("i moved back to ohio after my divorce", "divorced"),
        ("since my divorce i mostly eat takeout", "divorced"),
        ("My divorce was finalized in 2019.", "divorced"),
        ("my divorce lawyer keeps calling me", "getting divorced"),
        ("maybe after my divorce i can travel more", "getting divorced"),
        ("my divorce will be final next week", "getting divorced"),
        ("all the arguing is heading for my divorce", "getting divorced"),
        ("i am planning on filing for divorce", "getting divorced"),
        ("im saving up to get a divorce", "getting divorced"),
        ("I'm planning to get a divorce this year.", "getting divorced"),
        ("my relationship status is single , sadly", "single"),
        ("i'm a welder, 52 and happily married", "married"),
        ("im 30 and recently divorced", "divorced"),
    ],
)
def test_status_said_through_an_event(text: str, value: str) -> None:
    assert value in _status(text), f"{text!r}: expected {value!r}, got {facts(text)}"


@pytest.mark.parametrize(
    "text",
    [
        "when did you get married ?",
        "were you 19 when you married?",
        "my parents divorce was really hard on me",
        "my sister is getting a divorce",
        "i would never get a divorce",
        "my brother got remarried in june",
        "i was a flower girl when my aunt got married",
        "what is your relationship status ?",
    ],
)
def test_events_of_others_or_questions_give_no_status(text: str) -> None:
    assert _status(text) == [], facts(text)


def test_a_wedding_to_come_is_not_yet_married() -> None:
    assert "married" not in _status("we get married in may")


# -- looking for a partner: single --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "i am still looking for the one",
        "im trying to find a steady relationship honestly",
        "I'm hoping to meet the right guy someday.",
        "i'm searching for my soulmate lol",
        "still looking for mr right haha",
        "i have been trying to get a serious relationship for years",
    ],
)
def test_looking_for_a_partner_is_single(text: str) -> None:
    assert _status(text) == ["single"], facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "i am not looking for a relationship right now",
        "are you looking for a girlfriend ?",
        "my son is looking for a wife",
        "we are looking for a new house",
        "i'm looking for the one book i lost",
    ],
)
def test_looking_for_something_else_is_not_single(text: str) -> None:
    assert "single" not in _status(text), facts(text)


def test_a_single_parent_in_passing() -> None:
    text = "no time for hobbies between the job and being a single mom"
    _check(text, "relationship_status", "single")
    _check(text, "family", "children")


# -- a partner said as an object, with adjectives, or as "the wife" -------------------------------------------------
@pytest.mark.parametrize(
    "text, kin",
    [
        ("i have a nurse for a wife", "wife"),
        ("I have a firefighter for a husband.", "husband"),
        ("lucky me , i have a chef for a husband", "husband"),
    ],
)
def test_a_partner_said_as_an_object(text: str, kin: str) -> None:
    _check(text, "relationship_status", "married")
    _check(text, "family", kin)
    assert not mine(text, ("role", "possessions")), f"{text!r}: the trade is the partner's, got {facts(text)}"


@pytest.mark.parametrize("text", ["i am married to a pilot", "I'm married to an accountant.", "been married to a vet"])
def test_a_partner_married_to_by_trade_is_no_name(text: str) -> None:
    assert "married" in _status(text)
    assert not mine(text, ("role", "possessions"))
    from spectron_core import RuleExtractor
    from spectron_core._extract._types import ExtractionContext

    ctx = ExtractionContext(text=text, role="user", observed_at=NOW, principal="Person/alice", agent="Agent/x")
    assert not [r for r in RuleExtractor().extract(ctx).relations if r.label == "married_to"]


def test_a_partner_named_is_still_a_relation() -> None:
    from spectron_core import RuleExtractor
    from spectron_core._extract._types import ExtractionContext

    ctx = ExtractionContext(
        text="I'm married to Dana.", role="user", observed_at=NOW, principal="Person/alice", agent="Agent/x"
    )
    assert [r.object for r in RuleExtractor().extract(ctx).relations if r.label == "married_to"] == ["Person/dana"]


@pytest.mark.parametrize(
    "text, kin",
    [
        ("my grumpy old husband snores like a train", "husband"),
        ("i cannot afford it thanks to my shopaholic , lazy wife", "wife"),
        ("my hubby bought me flowers today", "husband"),
        ("my wifes a lawyer so she argues with everyone", "wife"),
        ("cant wait to go camping with the wife and kids", "wife"),
        ("the wife and i love that show", "wife"),
        ("wife just took the car again ugh", "wife"),
    ],
)
def test_a_spouse_said_in_passing(text: str, kin: str) -> None:
    _check(text, "family", kin)
    _check(text, "relationship_status", "married")


@pytest.mark.parametrize(
    "text",
    [
        "my ex-husband still calls every week",
        "my ex wife lives in denver now",
        "my future wife will love this place",
        "my first husband was a sailor",
        "do you and the wife go out much ?",
        "is your wife a nurse ?",
        "the wife of the mayor came in today",
        "my sister's husband is a chef",
        "my friend's wife makes great pie",
    ],
)
def test_exes_futures_and_others_partners_give_no_status(text: str) -> None:
    assert _status(text) == [], facts(text)


def test_a_partner_gone() -> None:
    _check("my late wife loved gardening", "relationship_status", "widowed")
    _check("My late husband built this house.", "relationship_status", "widowed")
    _check("my wife divorced me last spring", "relationship_status", "divorced")
    assert "married" not in _status("my late wife loved gardening")


# -- children said in passing ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("my kids are 4 and 7", "2"),
        ("my boys are 3, 6 and 9 so the house is loud", "3"),
        ("My daughters are 12 and 15 now.", "2"),
        ("father of four here", "four"),
        ("proud mom of 2 , and a teacher", "2"),
        ("i am a plumber with three kids", "three"),
        ("I'm 38 with two young children.", "two"),
        ("married with 3 kids and a dog", "3"),
        ("im a nurse with 2 kids at home", "2"),
    ],
)
def test_children_counted_in_passing(text: str, value: str) -> None:
    _check(text, "children", value)


@pytest.mark.parametrize(
    "text",
    [
        "my kids are 4 and 7 feet tall in the photos lol",
        "i am a teacher with thirty kids",
        "i'm a coach with 12 kids on the team",
        "i work with two kids with autism",
        "do you have kids ?",
        "my sister is a mother of three",
        "i babysit two kids on weekends",
        "i am a dog mom of three",
    ],
)
def test_others_children_or_counts_of_something_else_give_no_count(text: str) -> None:
    assert not mine(text, ("children",)), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "my oldest is starting middle school",
        "my youngest just started walking",
        "My eldest turned 16 yesterday.",
    ],
)
def test_a_child_named_by_rank(text: str) -> None:
    _check(text, "family", "children")
    assert not mine(text, ("children", "age")), facts(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("i have no kids", "kids"),
        ("i don't have any children yet", "children"),
        ("we have no kids of our own", "kids"),
        ("I do not have any kids.", "kids"),
    ],
)
def test_no_children(text: str, word: str) -> None:
    _check(text, "family", word, negated=True)
    assert not mine(text, ("children", "possessions"), current=True), facts(text)


def test_the_son_starting_college_is_still_not_a_count() -> None:
    assert not mine("my son is starting college in the fall", ("children",))


# -- relatives named with "my" anywhere in a sentence --------------------------------------------------------------
@pytest.mark.parametrize(
    "text, kin",
    [
        ("i spend sundays with my aunt", "aunt"),
        ("I'm driving to see my cousins in Texas.", "cousins"),
        ("thanks to my uncle i got this job", "uncle"),
        ("lol my little brother ate all the cookies", "brother"),
        ("i bought toys for my nieces", "nieces"),
        ("i play chess against my stepbrother", "stepbrother"),
        ("my two older sisters, i love them both", "sisters"),
        ("i stole my sisters car once", "sister"),
    ],
)
def test_relatives_in_passing(text: str, kin: str) -> None:
    assert (kin,) == tuple(v for _, _, v, n in mine(text, ("family",)) if v == kin and not n), facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "does your aunt live nearby ?",
        "my brother-in-law is a cop",
        "my friend's sister is a dancer",
        "my sister in law is visiting",
        "i need to ask my dad first",
        "i learned that from my grandpa",
        "she could be my stepmom lol",
    ],
)
def test_relatives_that_are_not_written(text: str) -> None:
    assert not mine(text, ("family",)), facts(text)


# -- questions to the other person give the speaker nothing ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "are you married ?",
        "so are u single or taken",
        "how long have you been married?",
        "do you have kids ? how many ?",
        "Are you engaged yet?",
    ],
)
def test_questions_give_no_family_fact(text: str) -> None:
    assert not mine(text, FAMILY_KEYS), facts(text)


# -- a status said again in other words supersedes the old one -------------------------------------------------------
@pytest.mark.parametrize(
    "old, new, old_word, new_word",
    [
        ("i am still looking for the one", "we get married in june", "single", "engaged"),
        ("i'm trying to find a steady relationship", "i have a dentist for a husband now", "single", "married"),
        ("we get married next month", "i was so nervous when we got married", "engaged", "married"),
        ("my hubby is the best cook", "planning on filing for divorce soon", "married", "getting divorced"),
        ("i am planning to get a divorce", "since my divorce i sleep better", "getting divorced", "divorced"),
        ("my husband and i love to hike", "my late husband loved the mountains", "married", "widowed"),
        ("since my divorce i live alone", "i just got remarried", "divorced", "married"),
        ("my relationship status is single", "my wife and i just bought a house", "single", "married"),
    ],
)
def test_a_status_change_supersedes(tmp_path, old: str, new: str, old_word: str, new_word: str) -> None:
    check_supersession(
        Spectron(path=str(tmp_path / "store")), old, new, "relationship_status", old_word, new_word, when=NOW
    )


def test_a_count_of_children_said_by_ages_supersedes(tmp_path) -> None:
    check_supersession(
        Spectron(path=str(tmp_path / "store")),
        "i am a plumber with two kids",
        "my kids are 1, 4 and 7 now",
        "children",
        "two",
        "3",
        when=NOW,
    )


def test_a_relative_in_passing_accumulates(tmp_path) -> None:
    mem = Spectron(path=str(tmp_path / "store"))
    mem.remember("i spend sundays with my aunt", scope={"org": "acme", "user": "alice"}, observed_at=NOW)
    mem.remember("my little brother ate all the cookies", scope={"org": "acme", "user": "alice"}, observed_at=NOW)
    assert {"aunt", "brother"} <= set(profile_values(mem, "family"))


def test_a_status_said_plainly_in_the_turn_is_not_inferred_again() -> None:
    text = "my divorce is final next month . wife still spends like crazy"
    assert _status(text) == ["getting divorced"], facts(text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("My wife and I separated in March.", "separated"),
        ("my partner and i split after six years", "single"),
        ("we separated last autumn", "separated"),
    ],
)
def test_a_couple_parting_with_a_time_after_it(text: str, status: str) -> None:
    assert [f[2] for f in mine(text, ("relationship_status",))] == [status]


def test_other_separations_are_no_status() -> None:
    assert mine("my parents separated when i was small", ("relationship_status",)) == []
    assert mine("i separated the whites from the colours", ("relationship_status",)) == []
