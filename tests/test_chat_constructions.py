"""Grammatical constructions of ordinary first-person chat (issue #10, item 2, "Extraction that generalises").

Each group is one construction, said in several spellings (lower-case chat, no punctuation, edited text), with
negatives beside it: questions, other people's facts and wishes put nothing on the speaker. Every sentence was
written for this file; none is taken from a data set.
"""

from __future__ import annotations

import pytest

from tests.support import SPEAKER, facts, has, mine
from tests.support import expect as _check

# -- favourites ---------------------------------------------------------------------------------------------
FAVOURITES = [
    # "my favourite <thing> to <verb> (<prep>) is X": the noun names the key, else the verb does
    ("my fave music to play in the car is bluegrass", "favorite_music", "bluegrass"),
    ("My favourite film to watch is Amelie.", "favorite_movie", "amelie"),
    ("my fave show to binge is the office", "favorite_show", "office"),
    ("my favourite thing to cook is lasagne", "favorite_food", "lasagne"),
    ("my fave thing to hear live is old soul", "favorite_music", "old soul"),
    ("fav place to go is the lake", "favorite_place", "lake"),
    # the thing named first, with an afterthought or a "kind of"
    ("spring is my fave season after all", "favorite_season", "spring"),
    ("Winter is my favourite season, to be honest.", "favorite_season", "winter"),
    ("green is my favourite colour i think", "favorite_color", "green"),
    ("ska is my fave kind of music", "favorite_music", "ska"),
    ("Thrillers are my favourite type of book.", "favorite_book", "thrillers"),
    ("otters are likely my fave animals", "favorite_animal", "otters"),
    # the favourite as an apposition after the clause that names the thing
    ("had some sushi tonight , my fave", "favorite_food", "sushi"),
    ("listening to some jazz . my fave !", "favorite_music", "jazz"),
    ("I made pasta for dinner, my favourite.", "favorite_food", "pasta"),
    ("drinking green tea my favourite drink", "favorite_drink", "green tea"),
]


@pytest.mark.parametrize("text, key, value", FAVOURITES)
def test_favourite(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text, value", [
    ("just had ramen my favourite", "ramen"),
    ("spinning some old blues records . my fave !", "old blues records"),
    ("Made dumplings tonight, my favourite.", "dumplings"),
])
def test_favourite_apposition_of_a_thing_of_no_known_kind(text: str, value: str) -> None:
    got = [f for f in mine(text) if f[1].startswith("favorite_") and f[2] == value]
    assert got, f"{text!r}: {facts(text)}"


@pytest.mark.parametrize("text", [
    "what is your fave music to play in the car ?",
    "is winter your favourite season?",
    "my uncle says polka is his favourite sort of music",
    "yes exactly ! my fave",
    "cosplaying as my fave villain this weekend",
    "abba is a fine group . one of my faves too",
    "all good . humming along to my fave singer",
])
def test_no_invented_favourite(text: str) -> None:
    wrong = [f for f in mine(text) if f[1].startswith("favorite_") or f[1] == "likes" and f[2] in ("band", "as")]
    assert wrong == [], f"{text!r} put {wrong} on the speaker"


# -- a clause led by a participle: what the speaker is doing -----------------------------------------------
DOING = [
    ("walking my dog", "pets", "dog"),
    ("chilling out with my two hamsters", "pets", "hamster"),
    ("Hanging around with my rabbits.", "pets", "rabbit"),
    ("restringing my cello before rehearsal", "instruments", "cello"),
    ("presently residing in norway", "home", "norway"),
    ("Currently living in Leeds.", "home", "leeds"),
    ("working at the hospital these days", "employer", "hospital"),
    ("listening to some jazz while i cook", "likes", "jazz"),
]


@pytest.mark.parametrize("text, key, value", DOING)
def test_participle_clause_is_the_speakers_doing(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text", [
    "hiking sounds fun",
    "rowing is the thing i like least",
    "baking channel shows easy bread",
    "watching the game . you ?",  # no "i/my" in the line: it may answer for someone else
    "sailing , fun ! any hobbies ?",
    "walking your dog every day must be tiring",
    "living in canada must be cold",
    "Knitting's great for calming down.",
    "are you walking your dog ?",
])
def test_participle_as_subject_or_for_someone_else_says_nothing(text: str) -> None:
    assert mine(text) == [], f"{text!r}: {mine(text)}"


# -- a superlative said as an opinion is a favourite ---------------------------------------------------------
@pytest.mark.parametrize("text, key, value", [
    ("i think the best film is casablanca", "favorite_movie", "casablanca"),
    ("the best color is blue", "favorite_color", "blue"),
    ("The best band of all time is Blondie.", "favorite_music", "blondie"),
    ("honestly the best season is definitely fall", "favorite_season", "fall"),
    ("best food is tacos lol", "favorite_food", "tacos"),
])
def test_the_best_thing_is_a_favourite(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text", [
    "what is the best movie ?",
    "the best part is the ending",
    "the best way to learn is practice",
    "the best movie is so good",
    "my brother thinks the best band is queen",
])
def test_superlatives_that_name_no_favourite(text: str) -> None:
    assert mine(text, ("favorite_movie", "favorite_music", "favorite_thing", "favorite_part", "favorite_way")) == []


# -- change cues that set a single-valued key --------------------------------------------------------------
CHANGES = [
    ("i recently began a new job as a dental hygienist", "role", "dental hygienist"),
    ("just began a new job as a plumber", "role", "plumber"),
    ("I took up a new position at Globex.", "employer", "globex"),
    ("i recently took a job as a cashier", "role", "cashier"),
    ("i accepted a job at the bank", "employer", "bank"),
    ("got a new job to be a florist", "role", "florist"),
    ("I got a new part-time job as a tutor.", "role", "tutor"),
    ("my wife left me", "relationship_status", "separated"),
    ("My husband walked out on us last year.", "relationship_status", "separated"),
    ("my boyfriend dumped me lol", "relationship_status", "single"),
    ("my fiance broke it off with me", "relationship_status", "single"),
    ("my husband passed away", "relationship_status", "widowed"),
    ("i'm getting divorced", "relationship_status", "getting divorced"),
    ("im going through a divorce", "relationship_status", "getting divorced"),
    ("We are getting a divorce.", "relationship_status", "getting divorced"),
    ("we are separating", "relationship_status", "separated"),
    ("we broke up", "relationship_status", "single"),
    ("we are married", "relationship_status", "married"),
]


@pytest.mark.parametrize("text, key, value", CHANGES)
def test_change_sets_the_single_valued_key(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text, key, value", [
    ("my wife left me", "relationship_status", "married"),
    ("my wife left her keys here", "relationship_status", "separated"),
    ("my husband left for work", "relationship_status", "separated"),
    ("i'm getting divorced", "plans", "divorced"),
    ("we used to live on a houseboat", "home", "houseboat"),  # a past home is closed, never current
    ("my cousin just began a new job as a plumber", "role", "plumber"),
    ("did you start a new job as a nurse?", "role", "nurse"),
    ("i wish i could get a new job as a pilot", "role", "pilot"),
])
def test_change_cues_do_not_misread(text: str, key: str, value: str) -> None:
    assert not has(text, key, value), facts(text)


def test_used_to_live_is_a_closed_home() -> None:
    assert has("we used to live on a houseboat", "home", "houseboat", negated=True)
    assert has("I used to live in Oslo.", "home", "oslo", negated=True)


@pytest.mark.parametrize("first, second, key, new, old", [
    ("i am a librarian", "i recently began a new job as a dental hygienist", "role", "dental hygienist", "librarian"),
    ("I work at Initech.", "just took a job at the hospital", "employer", "hospital", "initech"),
    ("i'm married", "my wife left me last month", "relationship_status", "separated", "married"),
    ("I am married.", "we are getting a divorce", "relationship_status", "getting divorced", "married"),
    ("i have a girlfriend", "my girlfriend dumped me", "relationship_status", "single", "in a relationship"),
    ("my favourite season is summer", "spring is my fave season after all", "favorite_season", "spring",
     "summer"),
])
def test_change_supersedes_in_the_profile(tmp_path, first: str, second: str, key: str, new: str, old: str) -> None:
    from spectron_core import Spectron
    from tests.support import check_update_pair

    check_update_pair(Spectron(path=str(tmp_path / "store")), first, second, key, new, old)


# -- residence said as a state ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, key, value", [
    ("presently residing in norway", "home", "norway"),
    ("i'm based in denver", "home", "denver"),
    ("we are new to the united kingdom", "home", "united kingdom"),
    ("I'm fairly new to Lisbon.", "home", "lisbon"),
    ("im brand new in texas lol", "home", "texas"),
    ("me and my roommate bought a house", "possessions", "house"),
    ("me and my wife live in ohio", "home", "ohio"),
])
def test_residence_as_a_state(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text", [
    "i am new to knitting",
    "i'm new in town",
    "are you new to the united kingdom ?",
    "my friend is new to canada",
    "me and my cousin got soaked",
])
def test_new_to_something_that_is_no_place(text: str) -> None:
    assert mine(text, ("home", "possessions")) == [], facts(text)


# -- pastimes said with busy/spend/do/shop, and "more of a … person" -----------------------------------
@pytest.mark.parametrize("text, key, value", [
    ("i am busy knitting a scarf", "hobbies", "knitting"),
    ("I'm always busy painting.", "hobbies", "painting"),
    ("i spend my time on crossword apps", "hobbies", "crossword apps"),
    ("I spend most of my free time on video games.", "hobbies", "video games"),
    ("i spend my time doing crosswords", "hobbies", "crosswords"),
    ("i do some sketching", "hobbies", "sketching"),
    ("i do a bit of rowing in the summer", "hobbies", "rowing"),
    ("I do a bit of gardening.", "hobbies", "gardening"),
    ("i shop for shoes", "hobbies", "shopping for shoes"),
    ("i fish for trout on sundays", "hobbies", "fishing for trout"),
    ("im much more of a bird person", "likes", "birds"),
    ("I'm way more of a dog person.", "likes", "dogs"),
    ("chilling with my wife tonight", "relationship_status", "married"),
    ("feeding my goldfish before work", "pets", "goldfish"),
])
def test_pastimes_in_other_words(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text", [
    "i am busy studying for exams",
    "i spend my time on it",
    "i do the same",
    "i cook for my family",
    "im hunting for a flat",
    "do you spend your time on facebook ?",
    "my sister spends her time on video games",
    "i wish i could do some travelling",
])
def test_pastime_cues_that_name_no_pastime(text: str) -> None:
    assert mine(text, ("hobbies", "education", "likes")) == [], facts(text)


# -- jobs said by training or as "<job> for me is" ----------------------------------------------------------
@pytest.mark.parametrize("text, key, value", [
    ("job for me is accounting", "role", "accounting"),
    ("Work for me is plumbing.", "role", "plumbing"),
    ("i trained as a chef", "role", "chef"),
    ("I was trained as a nurse.", "role", "nurse"),
    ("i qualified as an electrician last year", "role", "electrician"),
    ("my job is nursing", "role", "nursing"),
    ("i work as a nurse", "role", "nurse"),
    ("i am so overweight", "appearance", "overweight"),
])
def test_jobs_in_other_words(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text", [
    "my job is boring",
    "job for me is exhausting",
    "my work is demanding",
    "my brother trained as a chef",
    "did you train as a chef ?",
    "i wish i had trained as a chef",
])
def test_job_cues_that_name_no_job(text: str) -> None:
    assert mine(text, ("role",)) == [], facts(text)


# -- short answers to the turn's own question, matrix clauses, pets with a breed word, moves "from" -----------
@pytest.mark.parametrize("text, key, value, negated", [
    ("nice ! do you like swing music ? i adore it .", "likes", "swing music", False),
    ("Do you like jazz? Yes, I love it!", "likes", "jazz", False),
    ("do you like spiders ? i hate them", "dislikes", "spiders", False),
    ("do you have a dog ? i do", "pets", "dog", False),
    ("do you have a hobby? mine is knitting", "hobbies", "knitting", False),
    ("i know i have two lop rabbits", "pets", "rabbit", False),
    ("I must admit I love opera.", "likes", "opera", False),
    ("i wrestle with my scottish terrier called angus", "pets", "terrier", False),
    ("walking my golden retriever", "pets", "retriever", False),
    ("hey i just relocated here from peru", "home", "peru", True),
    ("We moved from Leeds to York last year.", "home", "york", False),
    ("we moved from Leeds to York last year.", "home", "leeds", True),
])
def test_answers_matrix_clauses_and_moves(text: str, key: str, value: str, negated: bool) -> None:
    _check(text, key, value, negated)


@pytest.mark.parametrize("text", [
    "do you like jazz ? my brother loves it",
    "do you have a dog ? i love them",
    "i know you love opera",
    "i am minding my neighbours parrot",
    "my sisters cat is cute",
    "i am moving from ohio to texas",  # a plan: the old home stays open
])
def test_no_fact_borrowed_from_someone_else(text: str) -> None:
    wrong = mine(text, ("likes", "pets", "home"))
    assert wrong == [], f"{text!r}: {wrong}"


# -- the speaker ending a relationship; a question run on after a statement ----------------------------------
@pytest.mark.parametrize("text, key, value", [
    ("i ended it with my girlfriend last spring", "relationship_status", "single"),
    ("I left my wife.", "relationship_status", "separated"),
    ("i divorced my husband last year", "relationship_status", "divorced"),
    ("i dumped my boyfriend lol", "relationship_status", "single"),
    ("I split up with my partner", "relationship_status", "single"),
    ("hey i am in mexico where are you ?", "home", "mexico"),
    ("i live in south dakota how about you", "home", "south dakota"),
    ("i am from ohio where are you from", "hometown", "ohio"),
])
def test_ending_a_relationship_and_run_on_questions(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text, key, value", [
    ("i ended it with my girlfriend", "relationship_status", "in a relationship"),
    ("i left my wife", "relationship_status", "married"),
    ("my sister left her husband", "relationship_status", "separated"),
    ("did you leave your wife ?", "relationship_status", "separated"),
])
def test_ending_a_relationship_is_not_misread(text: str, key: str, value: str) -> None:
    assert not has(text, key, value), facts(text)


# -- a pastime named first, "been …ing" with its "i have" dropped, things of mine said in passing -------------
@pytest.mark.parametrize("text, key, value", [
    ("pottery is another big passion of mine", "hobbies", "pottery"),
    ("dancing is my thing", "hobbies", "dancing"),
    ("Photography has always been my passion.", "hobbies", "photography"),
    ("restoring bikes is my hobby lol", "hobbies", "restoring bikes"),
    ("been working at the mill for years", "employer", "mill"),
    ("im fine , just been reading a few comics about space", "hobbies", "reading"),
    ("i spend most weekends volunteering with the lifeboat crew", "hobbies", "volunteering"),
    ("long afternoon at the zoo with my husband", "relationship_status", "married"),
    ("back from a jog along the river with my beagle", "pets", "beagle"),
    ("Annoying, my laptop died again.", "devices", "laptop"),
])
def test_pastimes_named_first_and_things_in_passing(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text, key", [
    ("it is my passion", "hobbies"),
    ("is knitting your passion ?", "hobbies"),
    ("my sister says knitting is her passion", "hobbies"),
    ("been working as a baker for a long time", "employer"),
    ("i have been working in retail banking for 9 years", "employer"),
    ("things changed after my husband left me", "relationship_status"),
    ("your dog is so cute", "pets"),
])
def test_no_pastime_or_thing_misread(text: str, key: str) -> None:
    wrong = [f for f in mine(text, (key,)) if f[1] != "employer" or "year" in f[2] or "time" in f[2]]
    assert wrong == [], f"{text!r}: {wrong}"


@pytest.mark.parametrize("text, key, value", [
    ("as a nurse , i see a lot", "role", "nurse"),
    ("As a teacher myself, I know how hard it is.", "role", "teacher"),
    ("as a software engineer i can tell you that", "role", "software engineer"),
    ("i got rid of my wife and kept the house", "relationship_status", "separated"),
])
def test_a_role_as_frame_and_getting_rid_of_a_partner(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text, key", [
    ("as a kid i loved cartoons", "role"),
    ("i dressed up as a nurse for halloween", "role"),
    ("as a nurse would say , rest", "role"),
    ("i just finished rereading one of my fave novels", "favorite_thing"),
    ("i got rid of my wife lol", "relationship_status"),
])
def test_no_role_or_favourite_misread(text: str, key: str) -> None:
    wrong = [f for f in mine(text, (key,)) if key != "relationship_status" or f[2] == "married"]
    assert wrong == [], f"{text!r}: {wrong}"


def test_breakup_spelled_as_one_word_and_born_is_no_name() -> None:
    _check("so yeah i did breakup with my girlfriend last month", "relationship_status", "single")
    assert not has("i did breakup with my girlfriend", "relationship_status", "in a relationship")
    assert mine("hey i was born in 1975", ("name",)) == []
    assert mine("hey my name is rosa i was born in 1975 . you ?", ("name",)) == [
        (SPEAKER, "name", "rosa", False)]
    _check("hi , i am kenneth", "name", "kenneth")


# -- a business owned or run, a past job said with "retired as", compound titles, "my trade is" ---------------
@pytest.mark.parametrize("text, key, value, negated", [
    ("i have a window cleaning business", "role", "window cleaning business owner", False),
    ("I own a small bakery in town.", "role", "bakery owner", False),
    ("i run a coffee shop near the station", "role", "coffee shop owner", False),
    ("i own my own company", "role", "business owner", False),
    ("i retired last spring as a bus driver", "role", "retired", False),
    ("i retired last spring as a bus driver", "role", "bus driver", True),
    ("i work as a hair and makeup artist", "role", "hair and makeup artist", False),
    ("my trade is electrician", "role", "electrician", False),
    ("i coach rugby actually , at weekends", "role", "rugby coach", False),
    ("i volunteer now , at the library", "hobbies", "volunteering", False),
])
def test_business_past_job_and_titles(text: str, key: str, value: str, negated: bool) -> None:
    _check(text, key, value, negated)


@pytest.mark.parametrize("text", [
    "i have a business meeting tomorrow",
    "my sister has a cleaning business",
    "i have my own studio",
    "we should open a bakery someday",
    "do you own a shop ?",
    "i run every morning",
])
def test_no_business_owner_misread(text: str) -> None:
    assert [f for f in mine(text, ("role",)) if "owner" in f[2]] == [], facts(text)


@pytest.mark.parametrize("text, key, value", [
    ("i help out at the animal shelter on sundays", "hobbies", "volunteering"),
    ("I help out with the scouts most weeks.", "hobbies", "volunteering"),
    ("im presently enlisted in the royal navy", "employer", "royal navy"),
    ("im serving in the air force", "employer", "air force"),
    ("what is your fave type of film ? mine is westerns", "favorite_movie", "westerns"),
])
def test_helping_out_service_and_kind_of_questions(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text", [
    "i help out at my parents shop",
    "do you help out at the shelter ?",
    "my brother is serving in the navy",
])
def test_helping_family_or_others_service_is_no_fact(text: str) -> None:
    assert mine(text, ("hobbies", "employer")) == [], facts(text)


@pytest.mark.parametrize("text, key, value, negated", [
    ("i have never left ohio", "home", "ohio", False),
    ("I've never lived outside of Wales.", "home", "wales", False),
    ("i serve in the royal navy", "employer", "royal navy", False),
    ("i served in the army for ten years", "employer", "army", True),
    ("i was in the marines", "employer", "marines", True),
    ("we earn our living at the docks", "employer", "docks", False),
    ("we came from india when i was small", "hometown", "india", False),
])
def test_places_never_left_service_and_living(text: str, key: str, value: str, negated: bool) -> None:
    _check(text, key, value, negated)


@pytest.mark.parametrize("text, key", [
    ("i never left the house today", "employer"),
    ("i have never left the house", "home"),
    ("i came from a big family", "hometown"),
    ("i come from a farming family", "hometown"),
    ("my dad served in the army", "employer"),
])
def test_no_home_employer_or_hometown_misread(text: str, key: str) -> None:
    assert mine(text, (key,)) == [], facts(text)


@pytest.mark.parametrize("text", [
    "i just came in from mowing the field",
    "i have never left this town",
])
def test_coming_in_and_unnamed_places_give_no_place(text: str) -> None:
    assert mine(text, ("home", "hometown")) == [], facts(text)


@pytest.mark.parametrize("text, key, value", [
    ("it is so green in oregon where i live", "home", "oregon"),
    ("The hiking is great in Utah, where we live now.", "home", "utah"),
    ("they love Leeds is where i grew up", "hometown", "leeds"),
    ("my 61 year old knees hate stairs", "age", "61"),
    ("i have stepchildren", "family", "stepchildren"),
    ("im going to divorce soon", "relationship_status", "getting divorced"),
])
def test_relative_clause_places_own_age_and_steps(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text, key", [
    ("the town where i grew up was tiny", "hometown"),
    ("my 5 year old son loves lego", "age"),
    ("is oregon where you live ?", "home"),
    ("i have stepchildren", "possessions"),
])
def test_relative_clause_and_age_misreads(text: str, key: str) -> None:
    assert mine(text, (key,)) == [], facts(text)


@pytest.mark.parametrize("text, key, value", [
    ("wasps really freak me out", "dislikes", "wasps"),
    ("Crowds make me so nervous.", "dislikes", "crowds"),
    ("thunderstorms terrify me lol", "dislikes", "thunderstorms"),
    ("gardening keeps me sane", "likes", "gardening"),
    ("do you like spiders ? they scare me", "dislikes", "spiders"),
    ("Do you like opera? It makes me happy.", "likes", "opera"),
])
def test_how_a_thing_affects_me_is_a_taste(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text, key, value", [
    ("do you like spiders ? they upset me", "dislikes", "spiders"),
    ("do you like exams ? they stress me out", "dislikes", "exams"),
    ("do you like horror films ? they bother me so much", "dislikes", "horror films"),
    ("do you like clowns ? they make me nervous", "dislikes", "clowns"),
    ("do you like cats ? they keep me sane", "likes", "cats"),
    ("do you like dogs ? they make me happy every time", "likes", "dogs"),
    ("what's your favourite band ? my faves are the killers", "favorite_music", "killers"),
    ("what is your favourite food ? one of my favourites is sushi", "favorite_food", "sushi"),
])
def test_short_answers_read_every_way_a_thing_affects_me_and_every_favourite(text: str, key: str, value: str) -> None:
    # one spelling of "… scare me / stress me out / keep me sane" and of "my/one of my (all-time) faves" serves
    # the short answer as it serves the full clause
    _check(text, key, value)


@pytest.mark.parametrize("text", [
    "you scare me",
    "it scares me",
    "that makes me sad",
    "my brother scares me",
    "does thunder scare you ?",
    "spiders scare my sister",
])
def test_pronouns_people_and_others_fears_are_no_taste(text: str) -> None:
    assert mine(text, ("likes", "dislikes")) == [], facts(text)


@pytest.mark.parametrize("text, key, value", [
    ("im a freshman at the community college lol", "school", "community college"),
    ("I'm a junior at Ohio State.", "school", "ohio state"),
    ("i went to college for marine biology", "education", "marine biology"),
    ("I went back to school to study nursing.", "education", "nursing"),
])
def test_school_year_and_what_was_studied(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text", [
    "i am a senior at the company",
    "i went to school today",
    "my nephew is a freshman at the local college",
])
def test_school_misreads(text: str) -> None:
    assert mine(text, ("school", "education")) == [], facts(text)


@pytest.mark.parametrize("text, key, value", [
    ("i have big dreams of opening a bakery", "goals", "opening a bakery"),
    ("i drive a red truck", "vehicle", "red truck"),
    ("i watch football every week", "likes", "football"),
])
def test_dreams_driving_and_watching(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text, key", [
    ("i have big dreams of opening a bakery", "possessions"),
    ("i drive out to the coast most weekends", "vehicle"),
    ("i watch that every week", "likes"),
])
def test_dreams_driving_and_watching_misreads(text: str, key: str) -> None:
    assert mine(text, (key,)) == [], facts(text)


@pytest.mark.parametrize("text, key, value", [
    ("one of my hobbies is rock climbing", "hobbies", "rock climbing"),
    ("One of my favourite bands is Blondie.", "favorite_music", "blondie"),
    ("which is why i have three cats", "pets", "cat"),
    ("so that is why i became a nurse", "role", "nurse"),
    ("i am an ice cream and pickles kind of guy", "likes", "pickles"),
    ("im a sunday roast kind of person", "likes", "sunday roast"),
    ("im a shy kind of person", "personality", "shy"),
    ("i am a nice kind of guy", "gender", "male"),
])
def test_one_of_my_reason_clauses_and_kind_of_person(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text, key", [
    ("one of my friends is a nurse", "role"),
    ("which one do you like ?", "likes"),
    ("i am a nice kind of guy", "likes"),
    ("that is why my sister became a nurse", "role"),
])
def test_one_of_my_and_kind_of_misreads(text: str, key: str) -> None:
    assert mine(text, (key,)) == [], facts(text)


@pytest.mark.parametrize("text, key, value", [
    ("rowing and chess are what i enjoy best", "hobbies", "chess"),
    ("jazz is what i listen to most", "likes", "jazz"),
    ("Thai food is what we eat most.", "likes", "thai"),
])
def test_pseudo_cleft_names_the_thing_first(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text", ["that is what i do", "pasta is what my kids eat", "is that what you like ?"])
def test_pseudo_cleft_misreads(text: str) -> None:
    assert mine(text, ("hobbies", "likes")) == [], facts(text)


@pytest.mark.parametrize("text, keys", [
    ("Stretching and resting my legs kept me going through the race.", ("hobbies", "likes")),
    ("Dancing and singing help me unwind after work.", ("hobbies",)),
    ("Fingers crossed. Hoping for some good news soon!", ("goals",)),
    ("we want to give them a warm, loving home someday", ("likes",)),
    ("It was nice to see everyone there, laughing and cheering each other on.", ("likes", "hobbies")),
    ("Pretty average week. Been having some odd dreams lately.", ("possessions",)),
    ("A couple of times. One of my favourites!", ("favorite_thing",)),
    ("My nephew gave me a mug signed by my favourite author.", ("favorite_author", "favorite_thing")),
    ("I cook this spicy lentil soup with roasted carrots a lot. One of my favourites.", ("favorite_thing",)),
    ("been working on some songs for friends", ("employer",)),
])
def test_long_turn_misreads(text: str, keys: tuple[str, ...]) -> None:
    wrong = [f for f in mine(text, keys)
             if not (f[1] == "favorite_thing" and "lentil soup" in f[2])]
    assert wrong == [], f"{text!r}: {wrong}"


@pytest.mark.parametrize("text, key, value", [
    ("I'm learning Welsh now - hard but fun.", "hobbies", "learning welsh"),
    ("i volunteer now , at the library", "hobbies", "volunteering"),
    ("my favourite one to hum along to is an old sea shanty", "favorite_thing", "sea shanty"),
])
def test_comma_after_an_adverb_still_ends_the_phrase(text: str, key: str, value: str) -> None:
    _check(text, key, value)


# -- contractions whose apostrophe became a space; manner adverbs; pastimes said as favourites -----------------
@pytest.mark.parametrize("text, key, value", [
    ("i m a night nurse", "role", "nurse"),
    ("wow i m from norway originally", "hometown", "norway"),
    ("i ve got two ferrets", "pets", "ferret"),
    ("i d love to learn welsh", "goals", "learn welsh"),
    ("i thoroughly enjoy sketching birds", "hobbies", "sketching"),
    ("I genuinely love spicy curries.", "likes", "spicy curries"),
    ("rowing on the lake is my fave", "favorite_hobby", "rowing"),
    ("Baking bread is my favourite thing.", "favorite_hobby", "baking bread"),
    ("my favourite is hip hop", "favorite_music", "hip hop"),
    ("i hike every weekend", "hobbies", "hiking"),
    ("we sail most summers", "hobbies", "sailing"),
])
def test_spaced_contractions_manner_adverbs_and_pastime_favourites(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text, key", [
    ("i rarely drink coffee", "drinks"),
    ("i hardly eat meat these days", "likes"),
    ("i nearly bought a parrot", "pets"),
    ("the ceiling is my favourite", "favorite_hobby"),
    ("my brother s favourite is skiing", "favorite_hobby"),
])
def test_adverbs_that_change_the_verb_and_things_that_are_no_doing(text: str, key: str) -> None:
    assert mine(text, (key,)) == [], facts(text)


def test_a_time_after_a_pastime_verb_is_no_object() -> None:
    assert mine("i swim each morning", ("hobbies",)) == [(SPEAKER, "hobbies", "swimming", False)]


# -- short answers to the turn's own question about favourites, hair and eyes --------------------------------
@pytest.mark.parametrize("text, key, value", [
    ("whats your fave drink ? iced tea", "favorite_drink", "iced tea"),
    ("What is your favourite season? Autumn.", "favorite_season", "autumn"),
    ("what is your favorite colour . teal is mine", "favorite_color", "teal"),
    ("what colour is your hair ? mine is auburn", "appearance", "auburn hair"),
    ("what color are your eyes? mine are hazel", "appearance", "hazel eyes"),
    ("what is your least favourite chore ? mine is ironing", "dislikes", "ironing"),
    ("my least fave vegetable is celery", "dislikes", "celery"),
])
def test_short_answers_about_favourites_and_looks(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text", [
    "whats your fave drink ? tough one",
    "what is your favourite season ? just curious",
    "what is your favorite colour ? same here",
    "what is your favourite band ? mine changes every week",
    "whats your fave food ? my sister loves sushi",
    "what is your least favourite chore ? i do not mind any",
])
def test_replies_that_answer_no_favourite(text: str) -> None:
    wrong = [f for f in mine(text) if f[1].startswith("favorite_") or f[1] in ("dislikes", "likes")]
    assert wrong == [], f"{text!r}: {wrong}"


# -- jobs: a trade said by what it pays for, by a self-introduction, of a group the speaker is in; job seeking ---
@pytest.mark.parametrize("text, key, value", [
    ("i walk dogs to pay the bills", "role", "dog walking"),
    ("i have to clean offices to make ends meet", "role", "office cleaning"),
    ("I drive a taxi to pay the rent.", "role", "taxi driving"),
    ("i tutor chemistry to pay for college", "role", "chemistry tutoring"),
    ("welder here , how are you", "role", "welder"),
    ("hi ! retired accountant here", "role", "accountant"),
    ("Paramedic here too.", "role", "paramedic"),
    ("we are farmers", "role", "farmer"),
    ("my husband and i are both dentists", "role", "dentist"),
    ("We're nurses at the county hospital.", "role", "nurse"),
    ("i got a job working at the zoo", "employer", "zoo"),
    ("im looking for a new job", "goals", "find a job"),
    ("I'm searching for work as a chef.", "goals", "find a job as a chef"),
    ("i am in the market for a better job", "goals", "find a job"),
    ("i work for free at the animal shelter", "hobbies", "volunteering"),
    ("i help out in a soup kitchen", "hobbies", "volunteering"),
    ("i help at the local food bank on sundays", "hobbies", "volunteering"),
])
def test_jobs_said_in_other_ways(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text, key", [
    ("i sold my car to pay the rent", "role"),
    ("i borrow from my parents to pay the bills", "role"),
    ("i need to find a job to pay the bills", "role"),
    ("i work two jobs to make ends meet", "role"),
    ("my brother walks dogs to pay the bills", "role"),
    ("the nurse here is lovely", "role"),
    ("is there a plumber here ?", "role"),
    ("it is so hot here", "role"),
    ("we are big fans of the band", "role"),
    ("we are friends", "role"),
    ("they are farmers", "role"),
    ("are we teachers now ?", "role"),
    ("she is looking for a new job", "goals"),
    ("are you looking for a job ?", "goals"),
    ("i am looking for my keys", "goals"),
    ("i help at my uncles garage", "hobbies"),
    ("i got a job offer working in sales but said no thanks", "role"),
])
def test_job_cues_that_are_no_job_of_the_speakers(text: str, key: str) -> None:
    assert mine(text, (key,)) == [], facts(text)


# -- looks said by what is done to the hair; a colour liked; children said in passing -----------------------
@pytest.mark.parametrize("text, key, value", [
    ("i just dyed my hair teal", "appearance", "teal hair"),
    ("I bleached my hair platinum.", "appearance", "platinum hair"),
    ("i keep my hair short and spiky", "appearance", "short and spiky hair"),
    ("i like the colour lilac", "favorite_color", "lilac"),
    ("I love the color navy blue!", "favorite_color", "navy blue"),
    ("i adore warm orange colours", "favorite_color", "orange"),
    ("i do not like the colour beige", "dislikes", "beige"),
    ("i really miss my kids", "family", "kids"),
    ("took my daughters to the zoo today", "family", "daughters"),
    ("We drove my grandkids to the beach.", "family", "grandkids"),
])
def test_looks_colours_and_children_in_passing(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text, keys", [
    ("i want to dye my hair green", ("appearance",)),
    ("my sister dyed her hair red", ("appearance",)),
    ("i dyed my hair yesterday", ("appearance",)),
    ("i love the colour of the sea at dawn", ("favorite_color",)),
    ("my mum loves the colour yellow", ("favorite_color",)),
    ("do you like the colour red ?", ("favorite_color",)),
    ("someday i want to take my future kids to paris", ("family",)),
    ("my neighbours kids are loud", ("family",)),
    ("are those your kids ?", ("family",)),
])
def test_looks_colours_and_children_misreads(text: str, keys: tuple[str, ...]) -> None:
    assert mine(text, keys) == [], facts(text)


# -- pastimes named by a noun and a gerund, time spent, a genre sung or played, a trade done "professionally" ----
@pytest.mark.parametrize("text, key, value", [
    ("we go whale watching every summer", "hobbies", "whale watching"),
    ("i love to go mountain biking", "hobbies", "mountain biking"),
    ("im ice skating with my niece today", "hobbies", "ice skating"),
    ("I spent the afternoon sketching.", "hobbies", "sketching"),
    ("i spend most of my free time at the pool", "likes", "pool"),
    ("i sing gospel songs in a choir", "likes", "gospel"),
    ("i love playing reggae music", "likes", "reggae"),
    ("i like to help out at the local dog rescue", "hobbies", "volunteering"),
    ("i play golf professionally", "role", "golf player"),
    ("I cook professionally.", "role", "cooking"),
])
def test_pastimes_and_trades_in_other_words(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize("text, keys", [
    ("i dress professionally for work", ("role",)),
    ("my uncle plays golf professionally", ("role",)),
    ("i go back to sleep after lunch", ("hobbies",)),
    ("i am rock solid on that", ("hobbies",)),
    ("i spend too much time in the hospital with my dad", ("likes", "hobbies")),
    ("do you go bird watching ?", ("hobbies",)),
])
def test_pastime_and_trade_misreads(text: str, keys: tuple[str, ...]) -> None:
    assert mine(text, keys) == [], facts(text)


def test_a_pastime_is_not_said_twice() -> None:
    got = mine("i love playing bluegrass music", ("hobbies",))
    assert len(got) == 1, got


# -- the thing named before what the speaker does with it; emphatic "could do it all day"; run-on answers ------
@pytest.mark.parametrize("text, key, value, negated", [
    ("pickles are something i do not like", "dislikes", "pickles", False),
    ("Chess is something I really enjoy.", "likes", "chess", False),
    ("all i ever eat is noodles", "likes", "noodles", False),
    ("all i listen to is old soul", "likes", "old soul", False),
    ("theres nothing i love more than a long bike ride", "likes", "long bike ride", False),
    ("i could listen to dolly parton all day", "likes", "dolly parton", False),
    ("I can eat sushi every single day.", "likes", "sushi", False),
    ("i very much enjoy crosswords", "likes", "crosswords", False),
    ("do you like cider ? i prefer it to beer", "drinks", "cider", False),
    ("have you ever been to cornwall ? i go every summer", "likes", "cornwall", False),
    ("whats your fave snack mine is popcorn", "favorite_snack", "popcorn", False),
    ("lol same whats your favourite season mine is autumn", "favorite_season", "autumn", False),
])
def test_things_named_first_emphatic_likings_and_run_on_answers(text: str, key: str, value: str, negated: bool) -> None:
    _check(text, key, value, negated)


@pytest.mark.parametrize("text, keys", [
    ("all i do is work", ("likes", "hobbies")),
    ("all you eat is junk food", ("likes",)),
    ("that is something i love", ("likes",)),
    ("pickles are something my son hates", ("dislikes", "likes")),
    ("i can eat dairy again", ("likes",)),
    ("my dad could watch golf all day", ("likes",)),
    ("have you been to cornwall ? i have", ("likes",)),
    ("i asked what your sister likes mine is different", ("favorite_thing", "sister_likes")),
])
def test_things_named_first_and_run_on_misreads(text: str, keys: tuple[str, ...]) -> None:
    assert mine(text, keys) == [], facts(text)


@pytest.mark.parametrize("text, keys", [
    ("i never had to pay for college", ("role",)),
    ("i would love to make money like that", ("role",)),
    ("i love to make money", ("role",)),
    ("i travel with my aunt who sings opera professionally", ("role",)),
    ("i play her professionally", ("role",)),
    ("we are both becoming vets", ("role",)),
    ("i especially like walking with my collie , bramble", ("hobbies",)),
    ("i spent a week on the coast last year", ("hobbies", "likes")),
    ("i think of my cats as my children", ("family",)),
])
def test_purposes_relative_clauses_and_metaphors_state_no_fact(text: str, keys: tuple[str, ...]) -> None:
    wrong = [f for f in mine(text, keys) if not (f[1] == "hobbies" and f[2] == "walking")]
    assert wrong == [], f"{text!r}: {wrong}"


def test_a_time_after_eat_is_no_food() -> None:
    assert mine("i love salmon , i could eat it every day", ("likes",)) == [(SPEAKER, "likes", "salmon", False)]


@pytest.mark.parametrize("text, keys", [
    ("Caroline: I could listen to your stories all day, Mel.", ("likes",)),
    ("Melanie: I love the colour of the flowers in your garden!", ("favorite_color",)),
    ("Jon: What is your take on it? The support group here is amazing.", ("role",)),
    ("Gina: Whats your sister's favorite book? Mine is Dune.", ("favorite_book",)),
])
def test_long_named_turns_put_no_listener_thing_on_the_speaker(text: str, keys: tuple[str, ...]) -> None:
    speaker = "Person/" + text.split(":", 1)[0]
    got = [f for f in facts(text) if f[0] in (speaker, SPEAKER) and f[1] in keys]
    assert got == [], f"{text!r}: {got}"


# -- a full stop inside an abbreviation ends no sentence ------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i live in st . louis , missouri", "home", "st. louis"),
        ("I live in St. Louis.", "home", "st. louis"),
        ("we live in ft. worth now", "home", "ft. worth"),
        ("my doctor is dr . okafor", "doctor", "dr. okafor"),
        ("my name is mr . brandt", "name", "mr. brandt"),
        ("i moved to the u . s . two years ago", "home", "u.s"),
        ("I grew up in Washington D.C.", "hometown", "washington d.c"),
    ],
)
def test_an_abbreviation_does_not_split_the_sentence(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("i love my dog. i live in denver.", {("pets", "dog"), ("home", "denver")}),
        ("so do i . i like cats", {("likes", "cats")}),
        ("i am a nurse . i live in ohio", {("role", "nurse"), ("home", "ohio")}),
        ("thanks mr . i am only 9", {("age", "9")}),
    ],
)
def test_a_full_stop_after_a_word_still_ends_the_sentence(text: str, expected: set[tuple[str, str]]) -> None:
    got = {(k, v.lower()) for e, k, v, _ in facts(text) if e == SPEAKER}
    assert expected <= got, got
