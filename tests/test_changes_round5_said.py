"""Changes said the way a new writer said them (stop 27): a new job by its first days or a promotion, a new home
bought or leased, a diet gone over to, a tool switched to, a thing quit wherever it was filed, a dated change of
routine, a liking taken up, a name asked for among friends; and standing instructions told apart from one-off
requests, two directives in one sentence, and a directive said as the answers wanted.

The phrasings were written for these tests, in several registers (edited and lower-case chat), with lines that must
not be read the same way beside them.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from spectron_core import ExtractionContext, RuleExtractor, Spectron
from tests.support import ALICE_SCOPE, SPEAKER, at, check_supersession, expect, facts, mine, profile_values

_EX = RuleExtractor()


def _instructions(text: str) -> list[tuple[str, str, str]]:
    """(topic, action, polarity) of every instruction the default extractor reads in a user's ``text``."""
    ctx = ExtractionContext(
        text=text, role="user", observed_at=at(0), principal=SPEAKER, agent="Agent/assistant", scope=ALICE_SCOPE
    )
    return [(i.topic, i.action, i.polarity) for i in _EX.extract(ctx).instructions]


def _relations(text: str) -> list[Any]:
    """The relations the default extractor reads in a user's ``text``."""
    ctx = ExtractionContext(
        text=text, role="user", observed_at=at(0), principal=SPEAKER, agent="Agent/assistant", scope=ALICE_SCOPE
    )
    return list(_EX.extract(ctx).relations)


def _store(tmp_path: Any) -> Spectron:
    return Spectron(path=str(tmp_path / "store"))


def _said(mem: Spectron, *texts: str) -> None:
    for i, text in enumerate(texts):
        mem.remember(text, scope=ALICE_SCOPE, observed_at=at(0) + timedelta(days=i))


def _standing(mem: Spectron) -> list[str]:
    return sorted(i["topic"] for i in mem.profile(scope=ALICE_SCOPE).instructions)


# -- a one-off request is no standing instruction ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Write me a limerick about a frog.",
        "please summarise this article",
        "Translate 'see you soon' into Italian please.",
        "give me three ideas for a birthday dinner",
        "Draft an email to my landlord about the boiler.",
        "can you explain the difference between a roth and a traditional ira",
        "Please list five books like Dune.",
        'translate "thank you" into Korean',
    ],
)
def test_a_request_for_now_is_not_kept_as_a_standing_instruction(text: str) -> None:
    assert _instructions(text) == [], _instructions(text)


@pytest.mark.parametrize(
    "text, topic",
    [
        ("Give me short answers.", "short answers"),
        ("Always give me a summary at the end.", "summary"),
        ("Please translate everything into German.", "german"),
        ("write all code in typescript", "typescript"),
        ("Use the metric system.", "metric units"),
    ],
)
def test_a_directive_about_every_answer_is_still_one(text: str, topic: str) -> None:
    assert any(topic in t for t, _, _ in _instructions(text)), _instructions(text)


# -- two directives in one sentence --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, ended, started",
    [
        ("Actually, drop the bullets and just write normal prose from now on.", "bullet points", "paragraphs"),
        ("no more numbered lists, use paragraphs", "numbered lists", "paragraphs"),
        ("stop using emojis and keep it short", "emojis", "short answers"),
    ],
)
def test_a_directive_ended_and_another_set_in_one_sentence_are_two(text: str, ended: str, started: str) -> None:
    got = _instructions(text)
    assert (ended, "revoke", "dont") in got, got
    assert any(t == started and a == "add" and p == "do" for t, a, p in got), got


def test_two_directives_set_in_one_sentence_are_both_kept() -> None:
    got = {t for t, _, _ in _instructions("always answer in spanish and use metric units")}
    assert {"spanish", "metric units"} <= got, got


def test_prose_asked_for_after_lists_replaces_the_lists(tmp_path: Any) -> None:
    mem = _store(tmp_path)
    try:
        _said(
            mem, "Please format every answer as a numbered list.", "ok drop the lists and just write prose from now on"
        )
        assert _standing(mem) == ["paragraphs"], _standing(mem)
    finally:
        mem.close()


@pytest.mark.parametrize(
    "text, topic",
    [
        ("english replies from now on pls", "english"),
        ("French answers going forward, please.", "french"),
        ("shorter answers from now on", "short answers"),
    ],
)
def test_the_answers_wanted_said_without_a_verb_are_a_directive(text: str, topic: str) -> None:
    assert any(t == topic for t, _, _ in _instructions(text)), _instructions(text)


def test_a_new_reply_language_replaces_the_old_one(tmp_path: Any) -> None:
    mem = _store(tmp_path)
    try:
        _said(mem, "Always reply to me in Portuguese.", "english replies from now on pls")
        assert _standing(mem) == ["english"], _standing(mem)
    finally:
        mem.close()


# -- a new job, told by its first days or a promotion --------------------------------------------------------------
@pytest.mark.parametrize(
    "text, org",
    [
        ("first week at monzo done, the onboarding was intense", "monzo"),
        ("Spent my first morning at the Stripe office getting lost.", "stripe"),
        ("survived my first shift at Aldi", "aldi"),
        ("Just finished my first full week at Canva!", "canva"),
        ("I accepted an offer from Atlassian and start on Monday.", "atlassian"),
        ("accepted a job offer from Monzo", "monzo"),
        ("took the job offer from Siemens", "siemens"),
        ("first day at octopus today", "octopus"),  # (said with its day)
        ("my first shift at Waitrose this morning done", "waitrose"),
    ],
)
def test_a_new_employer_said_by_its_first_days_or_the_offer_taken(text: str, org: str) -> None:
    expect(text, "employer", org)


@pytest.mark.parametrize(
    "text",
    [
        "my first day at school was fun",
        "first day at work tomorrow, wish me luck",
        "my son's first week at Hillcrest went well",
        "I'm thinking about an offer from Google",
    ],
)
def test_a_first_day_at_school_or_an_offer_weighed_names_no_employer(text: str) -> None:
    assert not mine(text, ("employer",), current=True), mine(text)


@pytest.mark.parametrize(
    "text, role",
    [
        ("They promoted me to audit manager today!", "audit manager"),
        ("got bumped up to team lead", "team lead"),
        ("I've been promoted to head of design.", "head of design"),
        ("Moved into a data science role last month.", "data science"),
        ("my boss promoted me to shift supervisor", "shift supervisor"),
    ],
)
def test_a_promotion_or_a_new_role_is_the_role(text: str, role: str) -> None:
    expect(text, "role", role)
    assert not mine(text, ("home",)), mine(text)  # a role moved into is no place to live


@pytest.mark.parametrize("text", ["my boss made me cry", "I was made redundant in may", "they promoted me to it"])
def test_no_title_is_read_from_other_uses_of_the_same_verbs(text: str) -> None:
    assert not any(k == "role" and v in ("cry", "redundant", "it") for _, k, v, _ in facts(text)), facts(text)


def test_a_promotion_supersedes_the_old_title(tmp_path: Any) -> None:
    check_supersession(
        _store(tmp_path), "I'm a junior analyst.", "they promoted me to senior analyst", "role", "junior", "senior"
    )


# -- a new home, bought, leased or unpacked into -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, place",
    [
        ("we rent a two bed flat in brixton", "brixton"),
        ("Signed the lease on my own studio in Nottingham.", "nottingham"),
        ("just got the keys to a flat in Gdansk", "gdansk"),
        ("the movers dropped the last boxes at our new place in Cardiff last night", "cardiff"),
        ("As of last month home is Portland, Oregon.", "portland"),
        ("home is Lisbon now", "lisbon"),
    ],
)
def test_a_new_home_said_by_buying_leasing_or_unpacking(text: str, place: str) -> None:
    expect(text, "home", place)


@pytest.mark.parametrize(
    "text",
    [
        "we bought a car in Leeds",
        "we bought a house in tacoma",
        "living in canada must be cold",
        "we had a party at our new house in Georgia",
        "home is where the heart is",
        "my sister bought a flat in Bristol",
    ],
)
def test_no_home_is_read_from_other_purchases_or_sayings(text: str) -> None:
    assert not mine(text, ("home",), current=True), mine(text)


def test_a_home_leased_elsewhere_supersedes_the_old_one(tmp_path: Any) -> None:
    check_supersession(
        _store(tmp_path),
        "I rent a flat in Hackney.",
        "signed the lease on a little house in Margate!",
        "home",
        "hackney",
        "margate",
    )


# -- transfers -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("I transferred to Concordia this semester.", "school", "concordia"),
        ("transferred to Dalhousie for the spring term", "school", "dalhousie"),
        ("I've transferred to St Luke's Hospital.", "employer", "st luke"),

    ],
)
def test_a_transfer_is_a_school_or_a_workplace_by_what_it_names(text: str, key: str, value: str) -> None:
    expect(text, key, value)


# -- a diet gone over to; a thing quit wherever it is filed --------------------------------------------------------
@pytest.mark.parametrize(
    "text, diet",
    [
        ("I've gone fully plant-based since watching that documentary.", "plant-based"),
        ("went vegan in january", "vegan"),
        ("I do intermittent fasting.", "intermittent fasting"),
        ("now I'm doing intermittent fasting", "intermittent fasting"),
        ("we follow a plant-based diet", "plant-based"),
    ],
)
def test_a_diet_taken_up_in_other_words(text: str, diet: str) -> None:
    expect(text, "food_preference", diet)


@pytest.mark.parametrize("text", ["she went vegan", "I went home", "I do the dishes"])
def test_no_diet_is_read_from_other_goings_and_doings(text: str) -> None:
    assert not mine(text, ("food_preference",), current=True), mine(text)


@pytest.mark.parametrize(
    "first, second, key, old",
    [
        ("I'm on the keto diet.", "I quit keto last month.", "food_preference", "keto"),
        ("I'm on the keto diet.", "gave up keto, it wasn't for me", "food_preference", "keto"),
        ("I work at Initech.", "I left Initech.", "employer", "initech"),
    ],
)
def test_a_thing_quit_ends_it_under_the_key_that_holds_it(
    tmp_path: Any, first: str, second: str, key: str, old: str
) -> None:
    mem = _store(tmp_path)
    try:
        _said(mem, first)
        assert any(old in v for v in profile_values(mem, key)), profile_values(mem, key)
        _said(mem, second)
        assert not any(old in v for v in profile_values(mem, key)), profile_values(mem, key)
    finally:
        mem.close()


# -- a tool switched to replaces the one of its kind ---------------------------------------------------------------
@pytest.mark.parametrize(
    "first, second, old, new",
    [
        ("I use Sublime Text.", "I've switched to VS Code.", "sublime text", "vs code"),
        ("i code in emacs", "i've moved to neovim", "emacs", "neovim"),
        ("I use Firefox.", "I've switched to Chrome.", "firefox", "chrome"),
        ("I use Windows.", "I switched to Ubuntu last month.", "windows", "ubuntu"),
    ],
)
def test_an_editor_browser_or_system_switched_to_replaces_the_old_one(
    tmp_path: Any, first: str, second: str, old: str, new: str
) -> None:
    mem = _store(tmp_path)
    try:
        _said(mem, first, second)
        shown = profile_values(mem, "software")
        assert new in shown and old not in shown, shown
    finally:
        mem.close()


def test_a_tool_of_another_kind_switched_to_leaves_the_rest(tmp_path: Any) -> None:
    mem = _store(tmp_path)
    try:
        _said(mem, "I use vs code and postgres", "I moved to mysql")
        shown = profile_values(mem, "software")
        assert {"vs code", "mysql"} <= set(shown), shown
    finally:
        mem.close()


@pytest.mark.parametrize("text, value", [("I use Firefox.", "firefox"), ("my browser is safari", "safari")])
def test_a_browser_is_a_tool(text: str, value: str) -> None:
    expect(text, "software", value)


# -- a month with no year is a date, not part of the value ---------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("I moved to Leeds in September.", "home", "leeds"),
        ("I joined Shopify in September.", "employer", "shopify"),
        ("started at Google in Jan", "employer", "google"),
    ],
)
def test_a_month_said_without_a_year_dates_the_fact(text: str, key: str, value: str) -> None:
    got = [v for _, k, v, n in facts(text) if k == key and not n]
    assert got and all(v.casefold() == value for v in got), got


def test_a_month_without_a_year_is_the_latest_one_begun() -> None:
    from spectron_core._extract._when import resolve

    said = datetime(2025, 3, 10, tzinfo=timezone.utc)
    assert resolve("we moved in September", said).when == datetime(2024, 9, 1, tzinfo=timezone.utc)
    assert resolve("we moved in February", said).when == datetime(2025, 2, 1, tzinfo=timezone.utc)
    assert resolve("the wedding is next June", said).when == datetime(2025, 6, 1, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "text, key, value",
    [
        ("I went full-time in January.", "work_schedule", "full"),
        ("we switched to nights last week", "work_schedule", "night"),
        ("we had to go back to the office in march", "work_arrangement", "office"),
    ],
)
def test_a_dated_change_of_routine_is_the_routine(text: str, key: str, value: str) -> None:
    expect(text, key, value)


def test_a_dated_one_off_is_still_no_routine() -> None:
    assert not mine("I took the bus yesterday", ("commute",)), mine("I took the bus yesterday")


# -- likings taken up, names among friends, a sentence opened by an adverb -----------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("I've also gotten really into Georgian food.", "likes", "georgian"),
        ("I've gotten hooked on geocaching.", "hobbies", "geocaching"),
        ("also really into kayaking lately", "hobbies", "kayaking"),
        ("picked up the ukulele too, so much easier on the fingers", "instruments", "ukulele"),
        ("took up the cello last year", "instruments", "cello"),
    ],
)
def test_a_liking_taken_up_in_chat(text: str, key: str, value: str) -> None:
    expect(text, key, value)


@pytest.mark.parametrize(
    "text, name",
    [
        ("friends call me bobby, please use that", "bobby"),
        ("call me sam, not samantha", "sam"),
        ("Most people call me Jo.", "jo"),
        ("everyone calls me Tash", "tash"),
    ],
)
def test_the_name_asked_for(text: str, name: str) -> None:
    expect(text, "name", name)


@pytest.mark.parametrize("text", ["people call me crazy", "please call me back tomorrow"])
def test_no_name_is_read_from_other_calls(text: str) -> None:
    assert not mine(text, ("name",)), mine(text)


@pytest.mark.parametrize(
    "text, key, value",
    [
        ("Finally got rid of the old sofa and moved to Bath.", "home", "bath"),
        ("Apparently I'm allergic to latex.", "allergies", "latex"),
        ("Thankfully I quit smoking years ago.", "hobbies", "smoking"),
    ],
)
def test_a_sentence_opened_by_an_adverb_is_the_speakers(text: str, key: str, value: str) -> None:
    assert not any(e != SPEAKER for e, _, _, _ in facts(text)), facts(text)
    assert any(k == key and value in v.casefold() for _, k, v, _ in facts(text)), facts(text)


# -- chat drops the "I am"; a capitalised first word before a preposition is no name -------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("based in lisbon these days", "home", "lisbon"),
        ("Based in Leeds.", "home", "leeds"),
        ("Allergic to penicillin, so please note that somewhere.", "allergies", "penicillin"),
        ("severely allergic to peanuts", "allergies", "peanuts"),
        ("Employed by the city council as a planning officer.", "employer", "city council"),
        ("currently doing a masters in public health", "education", "public health"),
    ],
)
def test_a_status_said_without_i_am(text: str, key: str, value: str) -> None:
    expect(text, key, value)
    assert not any(e != SPEAKER for e, _, _, _ in facts(text)), facts(text)  # "Allergic" is nobody


def test_a_request_after_a_list_is_no_item_of_it() -> None:
    got = [v for _, k, v, _ in facts("I'm allergic to cats and dogs, please keep that in mind") if k == "allergies"]
    assert sorted(got) == ["cats", "dogs"], got


def test_a_named_subject_is_still_a_person() -> None:
    assert any(e == "Person/sam" for e, _, _, _ in facts("Sam moved to Leeds.")), facts("Sam moved to Leeds.")


# -- a thing said as what it is to the speaker ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("Tennis is my sport.", "sports", "tennis"),
        ("Birdwatching has become my thing since lockdown.", "hobbies", "birdwatching"),
        ("K-pop is my guilty pleasure, Stray Kids especially.", "likes", "k-pop"),
        ("black coffee is what keeps me alive", "drinks", "black coffee"),
        ("cycling is basically my whole personality", "sports", "cycling"),
        ("baking sourdough has become my thing", "hobbies", "baking"),
    ],
)
def test_a_thing_said_as_what_it_is_to_the_speaker(text: str, key: str, value: str) -> None:
    expect(text, key, value)


@pytest.mark.parametrize("text", ["it is my thing", "that is my jam", "my sister is my rock", "what is my thing?"])
def test_no_liking_from_a_pronoun_or_a_person(text: str) -> None:
    assert not mine(text, ("likes", "hobbies", "sports", "drinks")), mine(text)


# -- plans said with the time first or as a trip done ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text, word",
    [
        ("Next month I'm off to Kyoto for my sister's wedding.", "kyoto"),
        ("we're doing a road trip through patagonia in november", "patagonia"),
        ("we are going on a cruise around the Baltic next summer", "baltic"),
    ],
)
def test_a_trip_ahead_in_other_words(text: str, word: str) -> None:
    expect(text, "plans", word)


# -- a partnership over ends the partner ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "first, second",
    [
        ("My girlfriend is called Hannah.", "Hannah and I broke up."),
        ("My girlfriend is called Hannah.", "I broke up with my girlfriend last week."),
        ("I'm dating a woman called Hana.", "Hana and I broke up, so I'm single again."),
        ("My wife Ana is a nurse.", "I'm divorced now."),
        ("my boyfriend tomasz is a chef", "we split up, i'm single"),
    ],
)
def test_a_partnership_over_ends_the_partner_and_keeps_the_rest(tmp_path: Any, first: str, second: str) -> None:
    mem = _store(tmp_path)
    try:
        _said(mem, "I have a sister called Maya.", first, second)
        p = mem.profile(scope=ALICE_SCOPE)
        family = profile_values(mem, "family")
        assert not {"girlfriend", "boyfriend", "wife", "husband"} & set(family), family
        assert "sister" in family, family
        partners = [r.object for r in p.relations if r.label in ("partner_of", "married_to")]
        assert partners == [], partners
        assert any(r.label == "sibling_of" or "maya" in r.object.lower() for r in p.relations), p.relations
        chain = mem.history(SPEAKER, "family", scope=ALICE_SCOPE)
        assert any(
            v.valid_until is not None for v in chain if v.value.casefold() in ("girlfriend", "boyfriend", "wife")
        ), chain
    finally:
        mem.close()


def test_a_new_partner_said_with_the_breakup_stays(tmp_path: Any) -> None:
    mem = _store(tmp_path)
    try:
        _said(mem, "My girlfriend is called Hannah.", "I'm single again, but I've been seeing a guy called Ravi.")
        partners = [r.object.lower() for r in mem.profile(scope=ALICE_SCOPE).relations if r.label == "partner_of"]
        assert partners == ["person/ravi"], partners
    finally:
        mem.close()


@pytest.mark.parametrize(
    "text, org",
    [
        ("I work for a startup called Lumio.", "lumio"),
        ("I work at a bakery called Crumbs.", "crumbs"),
        ("i work for a small agency named Brightside", "brightside"),
        ("I work at a place called the Grill", "grill"),
    ],
)
def test_a_workplace_named_after_its_kind_is_the_name(text: str, org: str) -> None:
    got = [v.casefold() for _, k, v, n in facts(text) if k == "employer" and not n]
    assert got == [org], got


def test_a_separation_said_with_the_partner_ends_the_partner_word(tmp_path: Any) -> None:
    mem = _store(tmp_path)
    try:
        _said(mem, "I'm married.", "My husband and I separated in the summer.")
        assert "husband" not in profile_values(mem, "family"), profile_values(mem, "family")
        assert profile_values(mem, "relationship_status") == ["separated"], profile_values(mem, "relationship_status")
    finally:
        mem.close()


@pytest.mark.parametrize(
    "text, label, name",
    [
        ("our daughter freya arrived on tuesday", "parent_of", "freya"),
        ("been with my boyfriend tomasz for six years", "partner_of", "tomasz"),
        ("my son oli plays for the under 9s", "parent_of", "oli"),
    ],
)
def test_a_lower_case_name_after_a_kin_word_and_before_a_verb(text: str, label: str, name: str) -> None:
    got = [(r.label, r.object.split("/")[-1].casefold()) for r in _relations(text)]
    assert (label, name) in got, got


@pytest.mark.parametrize(
    "text", ["my dog often has fleas", "my dad taught me to fish", "my son really loves football", "my kids said no"]
)
def test_no_name_from_a_word_between_a_kin_word_and_its_verb(text: str) -> None:
    assert not _relations(text), _relations(text)


def test_a_month_without_a_year_is_the_next_one_in_a_clause_about_what_is_to_come() -> None:
    from spectron_core._extract._when import resolve

    said = datetime(2025, 3, 10, tzinfo=timezone.utc)
    assert resolve("I turn 65 in June", said).when == datetime(2025, 6, 1, tzinfo=timezone.utc)
    assert resolve("we're moving in September", said).when == datetime(2025, 9, 1, tzinfo=timezone.utc)
    assert resolve("we moved in September", said).when == datetime(2024, 9, 1, tzinfo=timezone.utc)


# -- what the review of this round found over-read (each a line that must stay unread) ------------------------------
@pytest.mark.parametrize(
    "text, keys",
    [
        ("i got into a fight at the bar", ("likes", "hobbies")),
        ("we got into trouble", ("likes", "hobbies")),
        ("they bumped me to first class", ("role",)),
        ("i got bumped up to business class", ("role",)),
        ("first week at the beach done", ("employer",)),
        ("first day at mum's", ("employer",)),
        ("i took the offer from Carmax for my old car", ("employer",)),
        ("we rented a cottage in Cornwall for the week", ("home",)),
        ("john is my love", ("likes",)),
    ],
)
def test_lines_this_rounds_rules_must_not_read(text: str, keys: tuple[str, ...]) -> None:
    assert not mine(text, keys, current=True), mine(text)


@pytest.mark.parametrize(
    "text, topic",
    [
        ("make the answers shorter", "short answers"),
        ("write the code in python", "python"),
    ],
)
def test_a_verb_whose_object_is_the_answers_is_still_a_directive(text: str, topic: str) -> None:
    assert any(topic in t for t, _, _ in _instructions(text)), _instructions(text)


def test_an_apology_with_a_forward_cue_is_no_directive() -> None:
    assert _instructions("sorry for the long messages from now on") == []


@pytest.mark.parametrize("text", ["we moved in september of 2019", "we moved in september, 2019"])
def test_a_month_with_its_year_is_not_read_as_the_latest_month(text: str) -> None:
    from spectron_core._extract._when import resolve

    got = resolve(text, datetime(2025, 3, 10, tzinfo=timezone.utc))
    assert got is None or got.when is None or got.when.year == 2019, got


@pytest.mark.parametrize(
    "second",
    ["i'm divorced from my first wife", "i'm single-handedly running the shop this week"],
)
def test_a_status_about_another_partnership_or_none_keeps_the_partner(tmp_path: Any, second: str) -> None:
    mem = _store(tmp_path)
    try:
        _said(mem, "my wife Sarah is a nurse", second)
        assert "wife" in profile_values(mem, "family"), profile_values(mem, "family")
    finally:
        mem.close()
