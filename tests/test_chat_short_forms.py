"""What a user says about themselves in chat's short forms: the "I'm" dropped ("currently a nurse at st thomas",
"vegan since january"), news said as fragments ("new job at aldi starts mon", "first week as a paramedic done"),
titles with a field ("head of growth"), favourites said without "my" or after a colon ("top album rn: blue
lines"), and the shorthand of group chats and bios ("sre @ cloudflare", "cabin crew w/ easyjet", emoji).

Every sentence here is this file's own (the probe sets ``shortforms_dev``/``shortforms_held_out`` were written
by others, blind). Each group has its tempting look-alikes that must put nothing on the speaker.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from spectron_core import Spectron
from spectron_core._extract._shorthand import spelled_out
from tests.support import SPEAKER, check_update_pair, expect, expect_none, facts, mine, profile_values

# -- a job with its "I'm" dropped -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,key,value",
    [
        ("currently a nurse at st thomas", "role", "nurse"),
        ("currently a nurse at st thomas", "employer", "st thomas"),
        ("now a teacher at a primary in croydon", "role", "teacher"),
        ("officially a junior doctor now!!", "role", "junior doctor"),
        ("finally a qualified electrician", "role", "electrician"),
        ("a registered nurse now, passed everything", "role", "nurse"),
        ("head of growth as of today!", "role", "head of growth"),
        ("pharmacist at the boots on high street these days", "role", "pharmacist"),
        ("line cook at Dishoom, love it", "employer", "dishoom"),
        ("HGV driver for a haulage firm in Hull", "role", "driver"),
        ("Senior SRE at Cloudflare", "employer", "cloudflare"),
        ("dental nurse since 2019", "role", "dental nurse"),
        ("yoga instructor full time now", "role", "yoga instructor"),
        ("still a barista at the corner cafe", "role", "barista"),
    ],
)
def test_a_job_said_without_im_is_the_speakers(text: str, key: str, value: str) -> None:
    expect(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "my wife? currently a nurse at st thomas",
        "my brother. now a teacher at my old school",
        "currently a nurse or still training?",
        "if i got it i'd be a data analyst at monzo",
        "a nurse at the walk-in centre looked after me",
        "The new teacher at the school down the road is from Lagos.",
        "after being a cop for twenty years i needed a break",
        "currently a mess, sorry",
        "still a mystery to me",
        "officially a nightmare of a week",
        "a friend at work",
        "manager at the shop was rude to me",
        "they're currently a nurse short on the ward",
    ],
)
def test_a_title_that_is_someone_elses_or_no_job_puts_no_role_on_the_speaker(text: str) -> None:
    expect_none(text, "role")
    expect_none(text, "employer")


# -- a new job said by its start, its first days or an offer --------------------------------------------------------


@pytest.mark.parametrize(
    "text,key,value",
    [
        ("starting as an associate at a law firm on monday", "role", "associate"),
        ("starting as a junior dev at Brightloop next week", "employer", "brightloop"),
        ("start as a receptionist at Hillcrest Vets on tues", "role", "receptionist"),
        ("starting an apprenticeship at rolls royce in september", "role", "apprentice"),
        ("starting an apprenticeship at rolls royce in september", "employer", "rolls royce"),
        ("i got an internship at the bbc", "role", "intern"),
        ("this week was my first as a junior web developer", "role", "junior web developer"),
        ("first shift as a paramedic done 🚑", "role", "paramedic"),
        ("first month as a sous chef in the books", "role", "sous chef"),
        ("first week as a support worker: survived", "role", "support worker"),
        ("been onboarding at Monzo all week, so many slack channels", "employer", "monzo"),
        ("onboarding with Kestrel Labs this week", "employer", "kestrel"),
        ("new job at aldi starts mon", "employer", "aldi"),
        ("new gig at Harbour Cycles from tomorrow", "employer", "harbour cycles"),
        ("new role at Ocado kicks off next week", "employer", "ocado"),
        ("new job as a barista at Pret starts monday", "role", "barista"),
        ("landed the job at Waitrose!!", "employer", "waitrose"),
        ("accepted the job offer from deloitte!!", "employer", "deloitte"),
        ("accepted the offer from Arup, start in jan", "employer", "arup"),
        ("qualified as a solicitor on friday", "role", "solicitor"),
        ("i'm director of engineering at acme", "role", "director of engineering"),
        ("i'm director of engineering at acme", "employer", "acme"),
        ("i'm head of product now", "role", "head of product"),
        ("professor of history at a college in ohio", "role", "professor of history"),
    ],
)
def test_a_new_job_said_as_news_is_read(text: str, key: str, value: str) -> None:
    expect(text, key, value)


def test_a_title_with_a_field_keeps_the_field_and_not_the_time_word() -> None:
    assert [v for _, k, v, _ in facts("i'm head of product now") if k == "role"] == ["head of product"]
    assert [v for _, k, v, _ in facts("i'm a manager of a team of five") if k == "role"] == ["manager"]


@pytest.mark.parametrize(
    "text",
    [
        "i'm starting at 9am tomorrow",
        "i'm starting at the bottom again",
        "starting with a clean slate this year",
        "i started at minimum wage",
        "starting with breakfast then the gym",
        "i'm onboarding a new hire this week",
        "my son's new job at aldi starts monday",
        "my boyfriend starts at google monday",
        "i took the offer from carmax, sold the car",
        "i accepted their apology",
        "my first day at school was fun",
        "today was my first day as a volunteer at the food bank",
    ],
)
def test_starts_and_offers_that_are_no_job_put_no_employer_on_the_speaker(text: str) -> None:
    expect_none(text, "employer")


# -- still somewhere, back somewhere ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,value",
    [
        ("still at deloitte, 4 years in march", "deloitte"),
        ("still with Nationwide after all these years", "nationwide"),
        ("still at Greggs, nearly 9 yrs now lol", "greggs"),
    ],
)
def test_still_at_a_firm_for_years_is_the_employer(text: str, value: str) -> None:
    expect(text, "employer", value)


@pytest.mark.parametrize(
    "text", ["still at the office", "still at work lol", "still with Sam", "still with my parents"]
)
def test_still_at_a_place_or_with_a_person_is_no_employer(text: str) -> None:
    expect_none(text, "employer")


@pytest.mark.parametrize(
    "text,value", [("back in Aberdeen for good", "aberdeen"), ("we're back in York for good", "york")]
)
def test_back_somewhere_for_good_is_home(text: str, value: str) -> None:
    expect(text, "home", value)


@pytest.mark.parametrize("text", ["back in London for the weekend", "back in London now", "back in the day"])
def test_back_somewhere_for_a_while_is_no_home(text: str) -> None:
    expect_none(text, "home")


# -- diets, partners and things got --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,value,negated",
    [
        ("vegan since january", "vegan", False),
        ("been vegetarian for years", "vegetarian", False),
        ("pescatarian since the summer", "pescatarian", False),
        ("veggie 8 years now", "veggie", False),
        ("currently vegan", "vegan", False),
        ("on a keto diet these days", "keto", False),
        ("not vegetarian anymore", "vegetarian", True),
    ],
)
def test_a_diet_said_without_im_is_the_speakers(text: str, value: str, negated: bool) -> None:
    expect(text, "food_preference", value, negated)


@pytest.mark.parametrize(
    "text", ["keto", "vegan food is great", "vegan?", "my sister? vegan since january", "vegan options please"]
)
def test_a_diet_word_alone_or_someone_elses_is_no_diet(text: str) -> None:
    assert not mine(text, ("food_preference",)), facts(text)


@pytest.mark.parametrize(
    "text,key,value",
    [
        ("got a boyfriend now, his name's Dev", "relationship_status", "in a relationship"),
        ("got a gf now", "relationship_status", "in a relationship"),
        ("got a puppy!!", "pets", "puppy"),
        ("divorced as of friday. new chapter", "relationship_status", "divorced"),
    ],
)
def test_got_and_statuses_said_without_i_are_the_speakers(text: str, key: str, value: str) -> None:
    expect(text, key, value)


@pytest.mark.parametrize("text", ["got a headache", "got a lot of work on", "got a sec?"])
def test_got_a_passing_thing_is_no_possession(text: str) -> None:
    assert not mine(text, ("possessions", "pets", "devices")), facts(text)


def test_what_got_a_got_ends_at_a_comma() -> None:
    got = [v for _, k, v, _ in facts("got a ThinkPad X1 Carbon, so far so good") if k == "possessions"]
    assert "far" not in got


# -- favourites said without "my", after a colon or "number one" ----------------------------------------------


@pytest.mark.parametrize(
    "text,key,value",
    [
        ("my number one band is idles", "favorite_music", "idles"),
        ("idles are my number one band now", "favorite_music", "idles"),
        ("my top band right now is idles", "favorite_music", "idles"),
        ("go-to food these days is ramen, can't get enough", "favorite_food", "ramen"),
        ("top album rn is Blue Lines, on repeat", "favorite_album", "blue lines"),
        ("go-to game now is Balatro", "favorite_game", "balatro"),
        ("fave drink rn is an aperol spritz", "favorite_drink", "aperol spritz"),
        ("fave colour's mustard yellow now, don't ask", "favorite_color", "mustard"),
        ("top film for me now is Aftersun, sorry spielberg", "favorite_movie", "aftersun"),
        ("numero uno snack is hula hoops, no contest", "favorite_snack", "hula hoops"),
        ("go-to takeaway = nandos every time", "favorite_takeaway", "nandos"),
        ("fav footy team: Tranmere Rovers (don't laugh)", "favorite_team", "tranmere"),
        ("favourite season = autumn, always", "favorite_season", "autumn"),
        ("all-time best movie imo: Paddington 2", "favorite_movie", "paddington"),
        ("my #1 show is severance", "favorite_show", "severance"),
        ("my go-to podcast is hard fork now", "favorite_podcast", "hard fork"),
    ],
)
def test_a_favourite_said_in_chat_is_read(text: str, key: str, value: str) -> None:
    expect(text, key, value)


def test_a_go_to_favourite_keeps_no_time_word_in_its_value() -> None:
    assert [v for _, k, v, _ in facts("my go-to podcast is hard fork now") if k == "favorite_podcast"] == ["hard fork"]


@pytest.mark.parametrize(
    "text",
    [
        "number one rule: never trust a printer",
        "top priority = sleep",
        "top of the morning to you",
        "bts on hiatus but still my favourite band forever",
    ],
)
def test_a_top_thing_that_is_no_favourite_mints_no_favourite(text: str) -> None:
    got = [(k, v) for _, k, v, _ in facts(text) if k.startswith(("favorite_", "number_one", "top_"))]
    assert not got, got


# -- shorthand ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,spelled",
    [
        ("senior sre @ cloudflare", "senior sre at cloudflare"),
        ("cabin crew w/ easyjet now", "cabin crew with easyjet now"),
        ("coffee w/o sugar", "coffee without sugar"),
        ("top album rn: blue lines", "my top album is blue lines"),
        ("got a gf now", "got a girlfriend now"),
        ("my bf's a chef", "my boyfriend's a chef"),
        ("first shift as a paramedic done 🚑🎉", "first shift as a paramedic done"),
        ("proud mum 👩‍👧 of two", "proud mum of two"),
    ],
)
def test_shorthand_is_spelled_out(text: str, spelled: str) -> None:
    assert spelled_out(text) == spelled


@pytest.mark.parametrize(
    "text",
    [
        "email me at bob@example.com",
        "follow @cloudflare for updates",
        "i'm an rn at st thomas",
        "my bff is sam",
        "number one rule: never trust a printer",
        "my train is at 8:15",
        "plain text with nothing to spell",
    ],
)
def test_what_is_no_shorthand_is_left_as_it_is(text: str) -> None:
    assert spelled_out(text) == text


def test_cabin_crew_with_an_airline_is_a_job_there() -> None:
    expect("cabin crew w/ easyJet now", "role", "cabin crew")
    expect("cabin crew w/ easyJet now", "employer", "easyjet")


def test_a_registered_nurse_said_rn_stays_a_nurse() -> None:
    expect("i'm an rn at st thomas", "role", "rn")


# -- end to end: a change said in a short form supersedes, a look-alike does not ------------------------------------


@pytest.mark.parametrize(
    "first,second,key,new,old",
    [
        ("I'm a barista.", "officially a staff nurse now!!", "role", "nurse", "barista"),
        ("I work at Barclays.", "starting at monzo on monday, wish me luck", "employer", "monzo", "barclays"),
        ("My favourite band is Coldplay.", "my number one band is idles now", "favorite_music", "idles", "coldplay"),
        ("My favourite food is pizza.", "go-to food these days is ramen", "favorite_food", "ramen", "pizza"),
        ("I'm married.", "divorced as of friday. new chapter", "relationship_status", "divorced", "married"),
        ("I'm a chef.", "qualified as a plumber last week", "role", "plumber", "chef"),
        ("I'm an HR advisor.", "head of people from monday", "role", "head of people", "hr advisor"),
        ("I'm vegetarian.", "pescatarian since the summer", "food_preference", "pescatarian", "vegetarian"),
    ],
)
def test_a_change_said_in_a_short_form_supersedes(
    tmp_path: Path, first: str, second: str, key: str, new: str, old: str
) -> None:
    mem = Spectron(path=str(tmp_path / "store"))
    try:
        check_update_pair(mem, first, second, key, new, old)
    finally:
        mem.close()


@pytest.mark.parametrize(
    "first,second,key,kept",
    [
        ("I work at Tesco.", "my boyfriend starts at google monday", "employer", "tesco"),
        ("I'm a nurse.", "my sister? currently a teacher at st mary's", "role", "nurse"),
        ("I'm vegan.", "my flatmate? vegetarian since january", "food_preference", "vegan"),
        ("I work at Tesco.", "i'm starting at 6am tomorrow, early shift", "employer", "tesco"),
    ],
)
def test_a_short_form_about_someone_else_changes_nothing(
    tmp_path: Path, first: str, second: str, key: str, kept: str
) -> None:
    mem = Spectron(path=str(tmp_path / "store"))
    scope = {"org": "acme", "user": "alice"}
    try:
        mem.remember(first, scope=scope)
        mem.remember(second, scope=scope)
        assert profile_values(mem, key) == [kept]
    finally:
        mem.close()


# -- what a blind review of the first version found ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a barista at the cafe said it's closed",
        "plumber at the new place wrote me a quote",
        "a plumber earns more than me these days",
        "waiter at my sister's wedding tonight",
        "magician at my son's party saturday",
        "chef at home tonight lol",
        "designated driver for the night",
        "head of naps as of today 😂",
        "basically a counsellor for my mates these days",
        "wife's news? starting at tesco monday",
        "my cousin got a job. starting at asda monday",
        "priya's news: accepted the job offer from kpmg",
        "starting at the gym tomorrow, new year new me",
        "work for yourself, it's great",
    ],
)
def test_a_turn_at_something_a_joke_or_someone_elses_news_is_no_job(text: str) -> None:
    expect_none(text, "role")
    expect_none(text, "employer")


@pytest.mark.parametrize(
    "text,key,value,negated",
    [
        ("no longer vegan", "food_preference", "vegan", True),
        ("vegan rn", "food_preference", "vegan", False),
        ("still vegan, 6 yrs now", "food_preference", "vegan", False),
        ("keto since march, down 4kg", "food_preference", "keto", False),
        ("officially a vegetarian as of today", "food_preference", "vegetarian", False),
        ("plant based since monday", "food_preference", "plant-based", False),
        ("i'm back in harrogate for good", "home", "harrogate", False),
        ("starting at leeds uni in sept", "school", "leeds uni", False),
        ("swe at google these days", "role", "swe", False),
        ("physio with the nhs", "employer", "nhs", False),
        ("work nights at the royal mail depot", "employer", "royal mail", False),
        ("learning welsh on duolingo", "languages", "welsh", False),
        ("livin in leeds now lol", "home", "leeds", False),
        ("born n raised in barnsley", "hometown", "barnsley", False),
        ("currently obsessed with padel", "likes", "padel", False),
        ("self employed now", "role", "self employed", False),
        ("vp of sales at a fintech since march", "employer", "fintech", False),
        ("favourite crisps: monster munch", "favorite_crisp", "monster munch", False),
        ("fave singer atm: raye", "favorite_music", "raye", False),
        ("favourite film of all time: heat", "favorite_movie", "heat", False),
        ("top band ever → radiohead", "favorite_music", "radiohead", False),
    ],
)
def test_what_the_review_found_missing_is_read(text: str, key: str, value: str, negated: bool) -> None:
    expect(text, key, value, negated)


@pytest.mark.parametrize(
    "text,key,value",
    [
        ("my fave team is spurs obviously", "favorite_team", "spurs"),
        ("go-to takeaway is momos tbh", "favorite_takeaway", "momos"),
        ("vp of sales at a fintech since march", "employer", "fintech"),
    ],
)
def test_a_value_keeps_no_chat_particle_or_time(text: str, key: str, value: str) -> None:
    assert [v for _, k, v, _ in facts(text) if k == key] == [value]


@pytest.mark.parametrize("text", ["back in shape for good", "back in business for good", "starting at the bottom"])
def test_back_in_shape_or_starting_at_the_bottom_is_no_place(text: str) -> None:
    expect_none(text, "home")
    expect_none(text, "employer")


@pytest.mark.parametrize("text", ["drive a hard bargain", "drive a car to work? no way"])
def test_a_drive_said_without_i_puts_no_vehicle_on_the_speaker(text: str) -> None:
    expect_none(text, "vehicle")


# -- a verb of a lasting state or a habit with its "I" dropped ----------------------------------------------------


@pytest.mark.parametrize(
    "text,key,value",
    [
        ("live in leeds", "home", "leeds"),
        ("work nights at the depot", "employer", "depot"),
        ("work at ocado as a picker", "role", "picker"),
        ("drive a ford fiesta", "vehicle", "fiesta"),
        ("own a vespa", "vehicle", "vespa"),
        ("taken up pottery", "hobbies", "pottery"),
        ("study law at ucl", "school", "ucl"),
        ("play padel most weekends", "sports", "padel"),
        ("speak fluent german", "languages", "german"),
        ("have two cats", "pets", "cat"),
        ("have 3 kids", "children", "3"),
        ("have a golden retriever", "pets", "retriever"),
        ("currently live in manchester", "home", "manchester"),
        ("own a Honda Civic", "vehicle", "honda civic"),
        ("play guitar in a band", "instruments", "guitar"),
        ("speak german at home", "languages", "german"),
        ("Live in Leeds.", "home", "leeds"),
        ("i'm 34. live in leeds", "home", "leeds"),
    ],
)
def test_a_lasting_state_or_habit_said_without_i_is_the_speakers(text: str, key: str, value: str) -> None:
    expect(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "play some jazz",  # requests: no word of habit
        "play despacito",
        "run the tests",
        "speak german",
        "have a look at this",
        "have a great day",
        "live a little",
        "drive safe",
        "work on my essay tonight",
        "teach me spanish",
        "study the attached doc",
        "take a break",
        "go to bed",
        "watch the video and tell me what you think",
        "play me something every morning",  # a request, with a word of habit
        "drive you to work every day?",
        "play some jazz every morning",  # a word of habit, but no sport or instrument
        "run the report every monday",
        "read the headlines every morning",
        "speak slower",
        "live on borrowed time",
        "live in the fast lane",
        "work in progress",
        "work as a team",
        "live in paris one day, maybe",
        "drive a ferrari someday",
        "live in leeds or manchester, which is better",
        "taken up too much space",
        "drive a hard bargain",
        "Drive A Hard Bargain",
        "have a dog-friendly list ready",
        "the neighbours. play drums every night",
        "my team at work. play football every friday",
    ],
)
def test_a_request_or_a_one_off_said_without_i_is_not_the_speakers(text: str) -> None:
    assert not [f for f in facts(text) if f[0] == SPEAKER], (text, facts(text))


def test_a_habit_after_another_persons_news_is_theirs() -> None:
    assert not [f for f in facts("my brother moved out. lives in leeds now") if f[1] == "home" and f[0] == SPEAKER]
