"""Tastes and pastimes said in passing, third round: a like said as an aside ("softball, which i love"), a life
given to one doing ("all i do is knit"), a person who loves a thing ("i'm a guy who loves fishing"), a fear named
as the speaker's ("my biggest fear is sharks"), a like with one exception ("i like everything except olives"),
a thing praised in the present in words that say a taste ("tacos are the bomb", "dogs rule"), a place visited by habit ("i visit maine every
summer"), concerts of a kind gone to ("i go to jazz concerts"), "big on", a pastime practised ("practicing my
cooking"), and "a party animal".

Decisions (see ``spectron_core/_extract/_asides.py``): a doing liked is a pastime (``hobbies``), any other thing a
like (``likes``); a fear is a dislike, as "i am afraid of X" already is; a thing praised must be a kind (a bare
plural or mass noun), not a particular one ("this pizza is awesome", "the party was amazing"); a visit is a taste
only with a word of habit and only of a place (not of kin: "i visit my mom every week" is a routine). Questions to
the other person, other people's likes, one-off events and wishes give none of these. Every sentence was written
for this file.
"""

from __future__ import annotations

import pytest

from tests.support import facts, has, mine

TASTE_KEYS = ("hobbies", "likes", "dislikes", "sports", "skills", "drinks", "food_preference")


def _check(text: str, key: str, value: str) -> None:
    assert has(text, key, value), f"{text!r}: expected {key}~{value!r}, got {facts(text)}"


def _none(text: str, keys: tuple[str, ...] = TASTE_KEYS) -> None:
    assert mine(text, keys, current=True) == [], facts(text)


# -- a like said as an aside ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i get sunburnt from playing volleyball which i love", "hobbies", "volleyball"),
        ("my knees hurt from skiing which i love", "hobbies", "skiing"),
        ("We grow tomatoes , which I enjoy .", "hobbies", "tomatoes"),
        ("we eat a lot of sushi which i adore", "likes", "sushi"),
        ("i spend hours on crosswords which i really enjoy", "likes", "crosswords"),
        ("then i go bowling , which i always do when i have time", "hobbies", "bowling"),
    ],
)
def test_a_like_said_as_an_aside(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "my brother plays rugby which he loves",  # someone else's like
        "do you play volleyball which i love?",  # a question to the other
        "i lost the ring which i loved",  # one thing, in the past
    ],
)
def test_no_aside_like(text: str) -> None:
    _none(text, ("hobbies", "likes"))


# -- a life given to one doing -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("all i do is knit", "knit"),
        ("All I ever do is read lol", "read"),
        ("since retiring all i do is garden and fish", "garden"),
        ("honestly all i do these days is play video games", "video games"),
    ],
)
def test_all_i_do_is_a_pastime(text: str, value: str) -> None:
    _check(text, "hobbies", value)


@pytest.mark.parametrize(
    "text",
    [
        "all i do is work",
        "All I do is sleep and eat.",
        "all you do is read",
        "all my sister does is paint",
    ],
)
def test_all_i_do_is_no_pastime_when_it_is_no_doing_or_not_mine(text: str) -> None:
    _none(text, ("hobbies", "likes"))


# -- a person who loves a thing --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i am a true texan who loves barbecue", "likes", "barbecue"),
        ("I'm just a simple guy who loves fishing.", "hobbies", "fishing"),
        ("im a mom who enjoys baking", "hobbies", "baking"),
        ("i'm a nerd who really likes board games", "likes", "board games"),
    ],
)
def test_a_person_who_loves_a_thing(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "my wife is a woman who loves gardening",
        "are you a guy who loves fishing?",
        "i know a girl who loves baking",
    ],
)
def test_no_person_who_loves_of_someone_else(text: str) -> None:
    _none(text, ("hobbies", "likes"))


# -- a fear named as the speaker's -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("my biggest fear is sharks", "sharks"),
        ("My greatest fear is being buried alive.", "buried alive"),
        ("my worst fear is spiders lol", "spiders"),
        ("Snakes are my biggest fear.", "snakes"),
        ("heights are my worst fear", "heights"),
    ],
)
def test_a_fear_named_is_a_dislike(text: str, value: str) -> None:
    _check(text, "dislikes", value)


@pytest.mark.parametrize(
    "text",
    [
        "what is your biggest fear?",
        "my son's biggest fear is the dark",
        "his worst fear is clowns",
    ],
)
def test_no_fear_of_someone_else(text: str) -> None:
    _none(text, ("dislikes",))


# -- a like with one exception -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i like everything except olives", "olives"),
        ("I eat everything , except for mushrooms .", "mushrooms"),
        ("i love all food except liver", "liver"),
        ("i like every kind of music except polka", "polka"),
    ],
)
def test_everything_except_names_a_dislike(text: str, value: str) -> None:
    _check(text, "dislikes", value)
    assert not any("except" in v for _, _, v, _ in mine(text)), facts(text)


def test_no_exception_of_someone_else() -> None:
    _none("my kids eat everything except broccoli", ("dislikes",))


# -- a thing praised in words that say a taste (not "awesome": said of what one is eating or seeing) ------
@pytest.mark.parametrize(
    "text, value",
    [
        ("tacos are the bomb", "tacos"),
        ("Bucket hats are so dope!", "bucket hats"),
        ("dogs rule", "dogs"),
        ("Vinyl records rock!", "vinyl records"),
        ("sushi is dope", "sushi"),
        ("fried chicken makes me feel better about everything", "fried chicken"),
        ("Hot chocolate makes me happy.", "hot chocolate"),
        ("Sushi is a weakness of mine.", "sushi"),
    ],
)
def test_a_thing_praised_is_a_like(text: str, value: str) -> None:
    _check(text, "likes", value)


@pytest.mark.parametrize(
    "text",
    [
        "this pizza is awesome",
        "the party was amazing",
        "your dogs are the best",
        "it rocks",
        "they rule",
        "my kids rule the house",
        "are tacos awesome?",
    ],
)
def test_no_praise_of_a_particular_thing(text: str) -> None:
    _none(text, ("likes",))


# -- a place visited by habit --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i visit spain twice a year", "spain"),
        ("We visit Maine every summer.", "maine"),
        ("i visit the zoo often", "zoo"),
    ],
)
def test_a_place_visited_by_habit_is_a_like(text: str, value: str) -> None:
    _check(text, "likes", value)


@pytest.mark.parametrize(
    "text",
    [
        "i visit my mom every week",
        "i visited spain last year",
        "do you visit spain often?",
        "i will visit paris next year",
    ],
)
def test_no_visited_place_once_or_of_kin(text: str) -> None:
    _none(text, ("likes",))


# -- concerts of a kind gone to ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i go to jazz concerts on weekends", "jazz"),
        ("I attend country concerts every summer.", "country"),
        ("we go to a lot of punk shows", "punk"),
        ("i love going to the bluegrass festivals", "bluegrass"),
    ],
)
def test_concerts_of_a_kind_are_a_liked_music(text: str, value: str) -> None:
    _check(text, "likes", value)


@pytest.mark.parametrize(
    "text",
    [
        "i went to a jazz concert last night",
        "do you go to rock concerts?",
        "my dad goes to country concerts",
    ],
)
def test_no_concert_taste_once_or_of_someone_else(text: str) -> None:
    _none(text, ("likes",))


# -- big on, a pastime practised, a party animal ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i'm big on hiking", "hobbies", "hiking"),
        ("I am really big on vintage cars.", "likes", "vintage cars"),
        ("im pretty big on jazz", "likes", "jazz"),
        ("i am just practicing my cooking", "hobbies", "cooking"),
        ("Taking a break from my knitting to say hi!", "hobbies", "knitting"),
        ("i have been working on my painting all day", "hobbies", "painting"),
        ("i am a party animal", "hobbies", "partying"),
        ("Honestly I'm a bit of a party animal.", "hobbies", "partying"),
        ("i watch too much tv", "likes", "tv"),
        ("I watch way too much TV in my spare time.", "likes", "tv"),
    ],
)
def test_big_on_practised_and_party_animal(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "my son is big on hiking",
        "are you big on hiking?",
        "taking a break from work",
        "i need a break from my job",
        "my brother is a party animal",
        "you watch too much tv",
    ],
)
def test_no_big_on_practised_or_party_of_someone_else(text: str) -> None:
    _none(text, ("hobbies", "likes"))


# -- one-off events and wishes say no taste ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "i ate pizza today",
        "I went kayaking yesterday.",
        "i would love to visit spain someday",
        "if i had time i would knit",
    ],
)
def test_one_off_events_and_wishes_say_no_taste(text: str) -> None:
    _none(text, ("hobbies", "likes", "dislikes"))


# -- a doing's lessons, practice or class ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("just got home from dance lessons", "hobbies", "dancing"),
        ("Heading to soccer practice now!", "hobbies", "soccer"),
        ("i am about to go to basketball practice", "hobbies", "basketball"),
        ("I have karate class on tuesdays.", "hobbies", "karate"),
        ("taking a break after my yoga class", "hobbies", "yoga"),
        ("im running late for choir practice", "hobbies", "singing"),
        ("back from my piano lessons", "instruments", "piano"),
    ],
)
def test_lessons_or_practice_say_the_pastime(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "my son has soccer practice",
        "I took my daughter to dance class.",
        "i have math class tomorrow",
        "just got back from driving lessons",
        "do you have soccer practice?",
        "she has piano lessons on monday",
    ],
)
def test_no_pastime_of_a_class_of_no_doing_or_someone_else(text: str) -> None:
    _none(text, ("hobbies", "instruments", "sports"))


# -- a hobbyist's project under way ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i am building a robot", "robot"),
        ("I'm restoring an old boat.", "old boat"),
        ("im currently working on a drone that can film my runs", "drone"),
        ("I'm making a quilt for my niece", "quilt"),
    ],
)
def test_a_project_under_way_is_a_pastime(text: str, value: str) -> None:
    _check(text, "hobbies", value)


@pytest.mark.parametrize(
    "text",
    [
        "i am building a house",
        "I'm working on a report for my boss.",
        "my dad is building a robot",
        "are you building a robot?",
    ],
)
def test_no_project_of_a_home_a_job_or_someone_else(text: str) -> None:
    _none(text, ("hobbies",))


# -- volunteering named with where ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i help out at the food bank sometimes", "volunteering at the food bank"),
        ("I help at an animal shelter.", "volunteering at the animal shelter"),
        ("i help out at a soup kitchen on sundays", "volunteering at the soup kitchen"),
    ],
)
def test_helping_at_a_charity_is_volunteering_there(text: str, value: str) -> None:
    _check(text, "hobbies", value)


# -- a preference said with "rather" -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i would rather go out and party", "hobbies", "partying"),
        ("I'd rather go fishing than sit at home.", "hobbies", "fishing"),
        ("honestly i'd rather knit", "hobbies", "knitting"),
        ("I'd much rather have coffee.", "drinks", "coffee"),
        ("id rather drink tea", "drinks", "tea"),
    ],
)
def test_a_preference_said_with_rather(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "i'd rather die",
        "I'd rather not say.",
        "i would rather stay home",
        "he would rather go fishing",
        "would you rather go fishing?",
        "i would much rather be working",
    ],
)
def test_no_preference_with_rather(text: str) -> None:
    _none(text, ("hobbies", "likes", "drinks"))


# -- being into a thing with the "I am" dropped ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("really into 90s grunge", "likes", "grunge"),
        ("Really into hiking these days.", "hobbies", "hiking"),
        ("i'm a bartender . really into jazz", "likes", "jazz"),
    ],
)
def test_into_a_thing_with_the_i_am_dropped(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "my sister loves rap . really into drake",
        "not really into board games",
        "Not that into jazz honestly.",
        "really into that",
        "into the woods we go",
    ],
)
def test_no_into_of_someone_else_or_of_nothing(text: str) -> None:
    _none(text, ("hobbies", "likes"))


# -- events of a doing, a team, languages counted, a site one is always on ---------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("on weekends i do larping events", "hobbies", "larping"),
        ("I do fencing tournaments on saturdays.", "hobbies", "fencing"),
        ("we do salsa dancing competitions", "hobbies", "dancing"),
        ("i am on the swim team", "sports", "swimming"),
        ("I'm on the school's volleyball team.", "sports", "volleyball"),
        ("im in the local rugby team", "sports", "rugby"),
        ("i speak three languages", "skills", "three languages"),
        ("I can speak 4 languages.", "skills", "4 languages"),
        ("im bilingual", "skills", "bilingual"),
        ("i'm always on instagram", "likes", "instagram"),
        ("I binge watch anime.", "likes", "anime"),
        ("we binge-watch cooking shows", "likes", "cooking shows"),
    ],
)
def test_events_team_languages_and_sites(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "i do nothing events",
        "i am on the sales team",
        "my son is on the swim team",
        "are you on the swim team?",
        "my wife speaks three languages",
        "my son is bilingual",
        "he is always on facebook",
    ],
)
def test_no_events_team_languages_or_sites_of_others(text: str) -> None:
    _none(text, ("hobbies", "sports", "skills", "likes"))


# -- friends, a group or a club of a doing ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i blame my skateboarding friends", "skateboarding"),
        ("My hiking group meets on sundays.", "hiking"),
        ("i love my book club", "reading"),
        ("our running club is growing", "running"),
    ],
)
def test_friends_or_a_club_of_a_doing_say_the_pastime(text: str, value: str) -> None:
    _check(text, "hobbies", value)


@pytest.mark.parametrize(
    "text",
    [
        "my school friends are mean",
        "His skateboarding friends are loud.",
        "my drinking friends",
        "does your hiking group meet often?",
    ],
)
def test_no_pastime_of_friends_of_no_doing_or_someone_else(text: str) -> None:
    _none(text, ("hobbies",))


def test_languages_named_after_bilingual_are_kept() -> None:
    _check("I'm bilingual in English and Basque.", "languages", "basque")


# -- anything by a maker, an animal kept as a pet, volunteering named with where ---------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("I love anything by Ursula Le Guin.", "likes", "le guin"),
        ("i'll watch anything by wes anderson", "likes", "wes anderson"),
        ("we listen to anything by abba", "likes", "abba"),
        ("i keep a leopard gecko as a pet", "pets", "gecko"),
        ("We have two ferrets as pets.", "pets", "ferret"),
        ("I volunteer at an animal shelter.", "hobbies", "volunteering at the animal shelter"),
        ("i volunteer at the soup kitchen", "hobbies", "soup kitchen"),
    ],
)
def test_anything_by_a_pet_kept_and_volunteering_where(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "i like anything by my mom",
        "my son keeps a snake as a pet",
        "do you love anything by abba?",
    ],
)
def test_no_maker_or_pet_of_someone_else(text: str) -> None:
    _none(text, ("likes", "pets"))


# -- a kind of thing dreaded ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i am dreading the holidays", "holidays"),
        ("doing ok . dreading mondays though", "mondays"),
        ("I get depressed around the holidays.", "holidays"),
        ("im always so anxious around crowds", "crowds"),
    ],
)
def test_a_kind_of_thing_dreaded_is_a_dislike(text: str, value: str) -> None:
    _check(text, "dislikes", value)


@pytest.mark.parametrize(
    "text",
    [
        "dreading the exam tomorrow",
        "I am dreading monday.",
        "my mom is dreading the holidays",
        "i'm dreading it",
    ],
)
def test_no_dislike_of_one_occasion_dreaded(text: str) -> None:
    _none(text, ("dislikes",))


# -- a food liked by habit ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i could live on tacos", "tacos"),
        ("Mac and cheese is my comfort food.", "mac and cheese"),
        ("i crave pizza all the time", "pizza"),
        ("I never say no to ice cream.", "ice cream"),
        ("i have a huge sweet tooth", "sweets"),
    ],
)
def test_a_food_liked_by_habit(text: str, value: str) -> None:
    _check(text, "likes", value)


@pytest.mark.parametrize(
    "text",
    [
        "i'm craving pizza",
        "this soup is my comfort food",
        "my son has a sweet tooth",
        "i could live on the beach",
    ],
)
def test_no_food_liked_of_a_craving_now_or_of_someone_else(text: str) -> None:
    _none(text, ("likes",))


# -- liked, said by what is done with it -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("i blast rock music in my car", "rock"),
        ("I jam to country music on the way to work.", "country"),
        ("i love me some pizza", "pizza"),
        ("i never miss an episode of survivor", "survivor"),
        ("I never miss a Packers game.", "packers"),
        ("ive seen the stones live five times", "stones"),
        ("I am a regular at the local pub.", "pub"),
    ],
)
def test_liked_said_by_what_is_done_with_it(text: str, value: str) -> None:
    _check(text, "likes", value)


@pytest.mark.parametrize(
    "text",
    [
        "i blast the ac",
        "i never miss a chance",
        "my son never misses a game",
        "i saw them live once",
        "do you blast rock music?",
    ],
)
def test_nothing_liked_when_no_thing_is_named_or_it_is_someone_elses(text: str) -> None:
    _none(text, ("likes",))
