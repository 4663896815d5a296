"""Statements about single-valued keys said in ordinary first-person chat (issue #10: a missed statement can
never supersede the one before it).

Each group is one construction of English, said in several spellings (lower-case chat without punctuation,
contractions "im"/"i'm", fillers "well", "lol", "haha", edited text), with negatives beside it: questions to the
other person, hypotheticals, wishes and other people's facts put nothing on the speaker. The last part says an
old value and then a new one in other words through the public client: ``profile()`` must show only the new
value and ``history()`` must hold both. Every sentence was written for this file; none is taken from a data set.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from spectron_core import Spectron
from tests.support import check_supersession, facts, has, mine, profile_values
from tests.support import expect as _check

NOW = datetime(2025, 6, 2, 10, 0, tzinfo=timezone.utc)
ALICE = {"org": "acme", "user": "alice"}


# -- a trade said as a verb: "i waitress", "i bartend" ------------------------------------------------------
JOB_VERBS = [
    ("i waitress five nights a week", "role", "waitress"),
    ("ugh so sore , i waitress on saturdays", "role", "waitress"),
    ("I waitress at brunch places to cover rent.", "role", "waitress"),
    ("well i bartend on weekends lol", "role", "bartender"),
    ("i bartend at a pub by the station", "employer", "pub"),
    ("i'm waitressing at a diner these days", "role", "waitress"),
    ("i'm waitressing at a diner these days", "employer", "diner"),
    ("haha i do a little bartending on the side", "role", "bartender"),
    ("I nanny for a family across town.", "role", "nanny"),
    ("i lifeguard at the lake every summer", "role", "lifeguard"),
    ("i freelance from home", "role", "freelancer"),
]


@pytest.mark.parametrize("text, key, value", JOB_VERBS)
def test_a_trade_said_as_a_verb(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "do you bartend?",
        "my sister waitresses at a diner",
        "i am babysitting tonight",
        "if i bartended i would be rich",
        "i love bartending shows on tv",
    ],
)
def test_a_trade_verb_not_said_of_the_speaker_now(text: str) -> None:
    assert mine(text, ("role", "employer")) == [], facts(text)


def test_a_trade_verb_in_the_past_is_closed() -> None:
    _check("i used to bartend", "role", "bartender", negated=True)


def test_what_a_job_verb_is_done_for_is_no_employer() -> None:
    assert mine("i babysit for extra cash", ("employer",)) == [], facts("i babysit for extra cash")


# -- the workplace said on the way to something else --------------------------------------------------------
WORK_IN_PASSING = [
    ("im way too busy working for the county library", "county library"),
    ("so worn out from working at the warehouse every day", "warehouse"),
    ("finally got back from work at the dental clinic", "dental clinic"),
    ("ugh just got off work at the diner lol", "diner"),
    ("Just finished my shift at the bakery.", "bakery"),
    ("i am stuck indoors working in a call centre", "call centre"),
    ("when i have spare time i work at a garden centre", "garden centre"),
    ("i'm only a girl who works at a flower shop haha", "flower shop"),
    ("im just a dude who works at a car wash", "car wash"),
]


@pytest.mark.parametrize("text, value", WORK_IN_PASSING)
def test_a_workplace_said_in_passing(text: str, value: str) -> None:
    _check(text, "employer", value)


@pytest.mark.parametrize(
    "text",
    [
        "are you tired from working at the bank?",
        "you must be tired from working at the hospital",
        "my husband is tired from working at the mill",
        "i am friends with a guy who works at google",
        "i am sure the guy who works there is nice",
        "i just got home from work in the morning",
        "i want to work in a bank one day",
        "i would love to work at a zoo",
        "Old enough to work in a kitchen. You?",
    ],
)
def test_a_workplace_not_the_speakers(text: str) -> None:
    assert mine(text, ("employer",)) == [], facts(text)


def test_a_comment_after_the_job_does_not_hide_it() -> None:
    _check("i am a plumber , not glamorous but steady", "role", "plumber")
    _check("im a teacher, not a great one haha", "role", "teacher")


def test_a_relative_clause_about_the_speaker() -> None:
    _check("im a woman who is 56 years old", "age", "56")
    _check("i am a mom who lives in ohio", "home", "ohio")


# -- school status: graduated, dropped out, the level and the year -------------------------------------------
SCHOOL = [
    ("i just graduated", "graduated"),
    ("well i just graduated lol", "graduated"),
    ("i graduated from rutgers", "graduated from rutgers"),
    ("I graduated from Rutgers with a degree in history.", "graduated from rutgers"),
    ("i graduated high school last year", "graduated from high school"),
    ("i finished college last year", "graduated from college"),
    ("i didnt graduate from college", "did not graduate from college"),
    ("i never finished high school sadly", "did not graduate from high school"),
    ("i dropped out of college", "dropped out of college"),
    ("i'm a high school dropout", "dropped out of high school"),
    ("i'm a high school senior", "high school"),
    ("im a college freshman haha", "college"),
    ("i'm a college grad", "graduated from college"),
    ("i'm a freshman at ohio state", "ohio state"),
    ("i'm studying biology at ucla", "ucla"),
    ("i study law at Harvard", "harvard"),
]


@pytest.mark.parametrize("text, value", SCHOOL)
def test_school_status(text: str, value: str) -> None:
    _check(text, "school", value)


def test_what_is_studied_is_kept_apart_from_where() -> None:
    _check("i'm studying biology at ucla", "education", "biology")
    assert not has("i'm studying biology at ucla", "education", "biology at ucla")


@pytest.mark.parametrize(
    "text",
    [
        "did you graduate?",
        "my son just graduated",
        "i graduate in two years",
        "i finished my book",
        "i never dropped out of college",
        "i studied french at school",
        "i am a senior at heart",
    ],
)
def test_no_school_status_invented(text: str) -> None:
    assert mine(text, ("school",)) == [], facts(text)


# -- what is no event: obligations and perfect tenses ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "i had to get away for a while",
        "yes i had to",
        "i gotta try it one day",
        "i did ok",
        "i have thought about going back to school",
        "i have given up on that",
    ],
)
def test_obligations_and_perfects_state_nothing(text: str) -> None:
    assert mine(text, ("event", "possessions")) == [], facts(text)


# -- where the speaker is from, and where they live now ---------------------------------------------------------
HOMETOWN = [
    ("born and raised in ohio", "ohio"),
    ("Born and raised on a dairy farm in Vermont.", "dairy farm"),
    ("grew up in leeds lol", "leeds"),
    ("i'm from texas originally", "texas"),
    ("i lived in tucson growing up lol", "tucson"),
    ("well i lived on a farm as a kid", "farm"),
    ("when i was a kid i lived on a farm", "farm"),
    ("When I was little, we lived in Spain.", "spain"),
    ("i lived in spain when i was little", "spain"),
    ("i spent my childhood in maine", "maine"),
    ("we came over from poland when i was nine", "poland"),
    ("ive lived in omaha all my life", "omaha"),
    ("i've lived in ohio my whole life", "ohio"),
]


@pytest.mark.parametrize("text, value", HOMETOWN)
def test_where_the_speaker_is_from(text: str, value: str) -> None:
    _check(text, "hometown", value)
    assert not any(v.endswith(("originally", "life")) for _, _, v, _ in mine(text)), facts(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("good morning from rainy seattle !", "rainy seattle"),
        ("hi from denver lol", "denver"),
        ("ohio here", "ohio"),
        ("i live alone in a cabin", "cabin"),
        ("ive lived in omaha all my life", "omaha"),
    ],
)
def test_where_the_speaker_lives_now(text: str, value: str) -> None:
    _check(text, "home", value)


@pytest.mark.parametrize(
    "text",
    [
        "hello from the other side",
        "greetings from my couch",
        "pizza here",
        "i just came back from paris",
        "where did you grow up?",
        "my wife grew up in ohio",
        "i was born on may 3rd",
    ],
)
def test_no_home_or_hometown_invented(text: str) -> None:
    assert mine(text, ("home", "hometown")) == [], facts(text)


def test_a_childhood_clause_before_a_taste_is_no_home() -> None:
    assert mine("when i was a kid i loved dogs", ("home", "hometown")) == []
    assert has("when i was a kid i loved dogs", "likes", "dogs", negated=True)


# -- age said in more ways --------------------------------------------------------------------------------------
AGES = [
    ("i am age 24", "24"),
    ("hey , i am age 27 and you ?", "27"),
    ("i am roughly the age of 15", "15"),
    ("im around 70 years old", "around 70"),
    ("i'm thirty four", "34"),
    ("I'm thirty-four now lol", "34"),
    ("i am four years old", "4"),
    ("im almost 30", "almost 30"),
    ("i'm pushing fifty lol", "pushing 50"),
    ("i am rosa , age 63", "63"),
    ("i just turned forty", "40"),
    ("just celebrated my 30th birthday", "30"),
    ("im a woman who is 56 years old", "56"),
]


@pytest.mark.parametrize("text, value", AGES)
def test_age(text: str, value: str) -> None:
    _check(text, "age", value)


@pytest.mark.parametrize(
    "text",
    [
        "are you a nurse? i am one",
        "i am one of them",
        "i am about to leave",
        "i am over it",
        "i am about 5 minutes away",
        "i am two hours late",
        "my son , age 5 , loves trucks",
        "how old are you?",
        "my dad just turned 60",
    ],
)
def test_no_age_invented(text: str) -> None:
    assert mine(text, ("age",)) == [], facts(text)


# -- favourites: "X is the best", "nothing beats X", "my favourite <kind> X" -------------------------------------
FAVOURITES = [
    ("nothing beats pizza", "favorite_food", "pizza"),
    ("haha nothing is better than sushi", "favorite_food", "sushi"),
    ("pizza is the best", "favorite_food", "pizza"),
    ("jaws is the best movie ever", "favorite_movie", "jaws"),
    ("queen is the best band", "favorite_music", "queen"),
    ("Coldplay is the greatest band of all time.", "favorite_music", "coldplay"),
    ("summer is the best season lol", "favorite_season", "summer"),
    ("my cousin painted over my favourite colour teal", "favorite_color", "teal"),
    ("we saw my fave band blur live in may", "favorite_music", "blur"),
    ("whats your favourite kind of music , mine is reggae", "favorite_music", "reggae"),
    ("i have to admit that jaws is my favorite movie", "favorite_movie", "jaws"),
    ("abba they are my favourite band ever", "favorite_music", "abba"),
    ("blue . it is my favorite color", "favorite_color", "blue"),
    ("hands down my favorite band is queen", "favorite_music", "queen"),
]


@pytest.mark.parametrize("text, key, value", FAVOURITES)
def test_favourite(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "my mom is the best",
        "you are the best",
        "this is the best",
        "the weather is the best",
        "nothing beats you",
        "is queen your favorite band?",
        "hello . they are my favorite band",
        "two weeks . they are my favourite ones to bake",
        "i wore my fave band hoodie to the gig",
        "my favourite football team plays in green",
        "my sister says pizza is the best",
    ],
)
def test_no_favourite_invented(text: str) -> None:
    assert [f for f in mine(text) if f[1].startswith("favorite_")] == [], facts(text)


# -- trades said as a doing in passing ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("so beat from bartending until 3am", "role", "bartender"),
        ("i got home late from my weekend nannying job", "role", "nanny"),
        ("i teach yoga and do some waitressing in the evenings", "role", "waitress"),
        ("make a living as a welder for a shipyard", "role", "welder"),
    ],
)
def test_a_trade_said_as_a_doing_in_passing(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text", ["i work at night", "i work at weekends", "i am tired from running"])
def test_a_time_or_a_pastime_is_no_job(text: str) -> None:
    assert mine(text, ("employer", "role")) == [], facts(text)


# -- marital status said without "i am", or by what never was -----------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("married with two teenagers lol", "married"),
        ("single and happy about it", "single"),
        ("just married to a baker from lyon", "married"),
        ("been married 12 years now", "married"),
        ("i never had a steady girlfriend", "single"),
        ("ive never been married", "single"),
        ("I have never had a long-term relationship.", "single"),
        ("my wife and i split last spring", "single"),
    ],
)
def test_marital_status(text: str, value: str) -> None:
    _check(text, "relationship_status", value)


@pytest.mark.parametrize(
    "text",
    [
        "are you married?",
        "divorced parents are hard on kids",
        "my brother never had a girlfriend",
        "i had a girlfriend in college",
        "we never had a dog",
    ],
)
def test_no_marital_status_invented(text: str) -> None:
    assert mine(text, ("relationship_status",)) == [], facts(text)


# -- losing a job, retiring, getting hired ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i got laid off in march", "role", "unemployed"),
        ("ugh got fired today lol", "role", "unemployed"),
        ("I lost my job last week.", "role", "unemployed"),
        ("im a retired postman", "role", "retired"),
        ("i got hired at a vet clinic", "employer", "vet clinic"),
    ],
)
def test_job_status(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "my husband got laid off",
        "did you get fired?",
        "i almost got fired",
        "i lost my keys again",
        "my dad is a retired postman",
        "if i got fired i would travel",
    ],
)
def test_no_job_loss_invented(text: str) -> None:
    assert [f for f in mine(text, ("role",)) if f[2] in ("unemployed", "retired")] == [], facts(text)


def test_a_past_retired_title_is_not_current() -> None:
    assert not has("i am a semi retired jockey", "role", "retired")


# -- a taste or wish whose object is only a pronoun names nothing ---------------------------------------------------
@pytest.mark.parametrize("text", ["i would love to have one", "i want to try it", "yes but i like doing them"])
def test_a_pronoun_object_names_nothing(text: str) -> None:
    assert mine(text, ("goals", "likes", "hobbies")) == [], facts(text)


# -- the job in more constructions --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i am an rn at a childrens hospital", "role", "rn"),
        ("long shifts lol . probably why i became a welder", "role", "welder"),
        ("i am a barber and just opened a second shop", "role", "barber"),
        ("its nice that i work for a jeweller now", "employer", "jeweller"),
        ("i am glad that i live in maine", "home", "maine"),
        ("i run a dog grooming service", "role", "dog grooming service owner"),
        ("I joined the navy last spring.", "employer", "navy"),
        ("i started a job with the county council", "employer", "county council"),
        ("my new job is at a print shop", "employer", "print shop"),
        ("my job at the garage keeps me up late", "employer", "garage"),
    ],
)
def test_the_job_in_more_constructions(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "why do you work at the garage?",
        "i am glad that you work at the garage",
        "i joined the chess club",
        "i have my own studio",
        "my dads job at the garage keeps him busy",
    ],
)
def test_no_job_invented_in_those_constructions(text: str) -> None:
    assert mine(text, ("role", "employer")) == [], facts(text)


def test_a_contrast_after_a_pastime_is_no_pastime() -> None:
    assert not has("i like hiking, just not in winter", "hobbies", "not in winter")


# -- a favourite said with a superlative, or after the clause that names its kind ------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i like jazz best", "favorite_music", "jazz"),
        ("honestly i love teal the most", "favorite_color", "teal"),
        ("I like lilac best of all the colours.", "favorite_color", "lilac"),
        ("i like to watch films , my fave is alien", "favorite_movie", "alien"),
        ("i read a lot lol . my favorite is dune", "favorite_book", "dune"),
        ("i love bands . my fave is blur", "favorite_music", "blur"),
        ("i like teal . it is my favorite color even though it is dark", "favorite_color", "teal"),
    ],
)
def test_favourite_by_superlative_or_prior_kind(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text", ["i like it the most", "do you like jazz best?", "my sister likes teal the most"])
def test_no_superlative_favourite_invented(text: str) -> None:
    assert [f for f in mine(text) if f[1].startswith("favorite_")] == [], facts(text)


def test_a_favourite_of_no_kind_named_stays_a_thing() -> None:
    assert has("my fave is blur", "favorite_thing", "blur")
    assert not has("i like it even though it is dark", "favorite_color", "dark")


# -- where the speaker lives: more constructions -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i'm living out in the country", "country"),
        ("we live up north by the lakes", "north"),
        ("my home is in the hills", "hills"),
        ("My flat is in Glasgow.", "glasgow"),
        ("we just got a condo together", "condo"),
        ("i just rented a flat with my cousin", "flat"),
        ("we got a condo in tampa last month", "tampa"),
    ],
)
def test_home_in_more_constructions(text: str, value: str) -> None:
    _check(text, "home", value)


@pytest.mark.parametrize(
    "text",
    [
        "i live on my own now",
        "my house is in a mess",
        "my dads house is in ohio",
        "my parents got an apartment in florida",
        "i got a place in the band",
    ],
)
def test_no_home_invented_in_those_constructions(text: str) -> None:
    assert mine(text, ("home",)) == [], facts(text)


# -- a major, a level said without "i am", starting school ----------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i am a geology major", "role", "student"),
        ("im a chem major at a state school", "school", "state school"),
        ("i'm majoring in welsh", "role", "student"),
        ("i'm majoring in welsh", "education", "welsh"),
        ("still in college lol", "school", "college"),
        ("Currently in high school.", "school", "high school"),
        ("i am homeschooled", "school", "homeschool"),
        ("i started college this fall", "school", "college"),
    ],
)
def test_school_in_more_constructions(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    ["in high school i was shy", "my son is an art major", "what is your major?", "my daughter started college"],
)
def test_no_school_or_student_invented(text: str) -> None:
    assert [f for f in mine(text, ("school", "role")) if f[2] != "mother"] == [], facts(text)


# -- short answers to the speaker's own question, and an age said with "it … being" ---------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("did you graduate from college? i did not .", "school", "did not graduate from college"),
        ("did u graduate from nursing school ? yes i did", "school", "graduated from nursing school"),
        ("it stinks being 9 years old", "age", "9"),
        ("it is so hard being 15 lol", "age", "15"),
        ("i will be in law school soon and graduated from rutgers in 2015", "school", "graduated from rutgers"),
    ],
)
def test_answers_and_ages_said_around(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text", ["it is hard being a mom", "i did not", "my son is 9 and it stinks being him"])
def test_nothing_from_those_without_the_fact(text: str) -> None:
    assert mine(text, ("age", "school", "event")) == [], facts(text)


# -- a trade named by what is done ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [("these days i just do housekeeping", "housekeeper"), ("i do plumbing for work", "plumber")],
)
def test_a_trade_named_by_what_is_done(text: str, value: str) -> None:
    _check(text, "role", value)


@pytest.mark.parametrize(
    "text", ["i do some landscaping on weekends", "my dad does plumbing", "do you do accounting?", "i do yoga"]
)
def test_no_trade_from_a_pastime_or_another_person(text: str) -> None:
    assert mine(text, ("role",)) == [], facts(text)


# -- an old value, then a new one in other words, through the public client ------------------------------------
# (old statement, new statement, key, a word of the old value, a word of the new value)
UPDATES: list[tuple[str, str, str, str, str]] = [
    ("i'm a nurse", "these days i bartend at a pub", "role", "nurse", "bartender"),
    ("im a cashier", "lol i waitress on weekends now", "role", "cashier", "waitress"),
    ("i work at a bakery", "finally got home from work at the animal shelter", "employer", "bakery", "shelter"),
    ("i work at a garage", "i have to head to work at the library soon", "employer", "garage", "library"),
    ("i'm in high school", "i just graduated", "school", "high school", "graduated"),
    ("im a waiter", "well i am a geology major now", "role", "waiter", "student"),
    ("i was a painter but im a nanny now", "these days i just do housekeeping", "role", "nanny", "housekeeper"),
    ("I'm at a community college.", "i dropped out of nursing school last year", "school", "community", "dropped"),
    ("i'm a nurse", "these days i work as a paramedic", "role", "nurse", "paramedic"),
    ("im 34", "just turned 40", "age", "34", "40"),
    ("i'm 29", "well im thirty now haha", "age", "29", "30"),
    ("i live in denver", "we moved to austin last year", "home", "denver", "austin"),
    ("i live in leeds", "hi from york lol", "home", "leeds", "york"),
    ("i live with my parents in a house", "we just got a condo together", "home", "house", "condo"),
    ("my favorite band is abba", "queen is the best band ever", "favorite_music", "abba", "queen"),
    ("my favourite food is curry", "pizza is the best lol", "favorite_food", "curry", "pizza"),
    ("blue is my favorite color", "my sister mocked my fave colour lime", "favorite_color", "blue", "lime"),
    ("i'm single", "we got married in june", "relationship_status", "single", "married"),
    ("im a mechanic", "i got laid off last month", "role", "mechanic", "unemployed"),
    ("i'm a teacher", "im a retired teacher now", "role", "teacher", "retired"),
]


@pytest.mark.parametrize("old, new, key, old_word, new_word", UPDATES)
def test_the_new_statement_supersedes_the_old(
    tmp_path, old: str, new: str, key: str, old_word: str, new_word: str
) -> None:
    check_supersession(Spectron(path=str(tmp_path / "store")), old, new, key, old_word, new_word, when=NOW)


def test_losing_the_job_ends_the_employer(tmp_path) -> None:
    mem = Spectron(path=str(tmp_path / "store"))
    mem.remember("i work at a garage", scope=ALICE, observed_at=NOW)
    mem.remember("ugh i got laid off last month", scope=ALICE, observed_at=NOW + timedelta(days=1))
    assert profile_values(mem, "employer") == []
    assert profile_values(mem, "role") == ["unemployed"]
