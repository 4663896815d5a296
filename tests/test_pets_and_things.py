"""Pets, animals and things owned, said in ordinary first-person chat rather than with a plain "i have a dog": pets
named by a fond word or a breed, kept through care ("just walked the dog"), company ("the dog and i went …") or a
count ("the three cats i have", "i have two of those"); animals liked said as a kind of person or a shelter
volunteer; vehicles and devices said through buying or driving, kept by their kind ("a new truck" is a truck); and
losses that end a value ("i sold my car", "we had to put our cat down").

Each construction is said in several spellings (lower-case chat, " . " spacing, edited text, contractions, a time
phrase, a question back), with negatives beside it: someone else's animal, a wish, a question, a food, wild birds,
trying to sell, losing one's keys say nothing of the speaker's pets or things. The last part says an old vehicle
and then a new one in other words through the public client: ``profile()`` shows only the new value and
``history()`` keeps both. Every sentence was written for this file.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from spectron_core import Spectron
from tests.support import ALICE_SCOPE, check_supersession, check_update_pair, facts, has, mine, profile_values
from tests.support import expect as _check

NOW = datetime(2025, 6, 2, 10, 0, tzinfo=timezone.utc)
THING_KEYS = ("pets", "likes", "possessions", "vehicle", "devices", "instruments")


def _current(text: str, keys: tuple[str, ...] = THING_KEYS) -> list[tuple[str, str, str, bool]]:
    return mine(text, keys, current=True)


# -- pets named by a fond word, a breed said by colour or as a mix ---------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("my kitty keeps knocking stuff off the shelf", "cat"),
        ("My kitties are asleep on the radiator.", "cat"),
        ("ugh my doggo ate my sock again", "dog"),
        ("i've got 2 doggies and they're nuts", "dog"),
        ("i have a chocolate lab , he's 4", "labrador"),
        ("We have a yellow lab named Pepper.", "labrador"),
        ("i have a collie mix from the pound", "collie"),
        ("we own a lab mix and a beagle", "labrador"),
        ("i have a beagle and a lab", "labrador"),
    ],
)
def test_a_pet_said_by_a_fond_word_or_a_breed(text: str, value: str) -> None:
    _check(text, "pets", value)


@pytest.mark.parametrize(
    "text",
    [
        "i have a lab on thursday",
        "my lab partner is late again",
        "we ate hot dogs at the game",
        "i had chicken for dinner",
        "do you have a kitty ?",
    ],
)
def test_no_pet_in_a_class_a_food_or_a_question(text: str) -> None:
    assert _current(text, ("pets",)) == [], facts(text)


@pytest.mark.parametrize(
    "text, pets, not_things",
    [
        ("i have a hamster , nibbles , and a cat , oreo", {"hamster", "cat"}, ("nibbles", "oreo")),
        ("I have two dogs, Pickle and Waffles.", {"dog"}, ("pickle", "waffles")),
        ("i just have my rabbit , clover .", {"rabbit"}, ("clover",)),
    ],
)
def test_a_name_set_off_after_its_pet_is_no_thing_owned(text: str, pets: set[str], not_things: tuple[str, ...]) -> None:
    said = _current(text)
    assert {v for _, k, v, _ in said if k == "pets"} == pets, said
    assert not any(v.lower() in not_things for _, _, v, _ in said), said


@pytest.mark.parametrize(
    "text", ["i have a pet too", "i do have pets !", "i have an animal at home , do you ?", "I have a pet."]
)
def test_a_pet_of_no_kind_is_no_possession(text: str) -> None:
    assert _current(text, ("possessions",)) == [], facts(text)


# -- pets kept through care and company ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("just got back from walking the dog", "dog"),
        ("i walked the dog twice today lol", "dog"),
        ("gotta go feed the chickens before dark", "chicken"),
        ("Up early feeding the horses, how are you?", "horse"),
        ("i groom the cats every sunday", "cat"),
        ("the dog and i went to the beach this morning", "dog"),
        ("me and the cat are napping on the couch", "cat"),
        ("our puppy and i went on a long hike", "puppy"),
    ],
)
def test_a_pet_kept_said_through_care_or_company(text: str, value: str) -> None:
    _check(text, "pets", value)


@pytest.mark.parametrize(
    "text",
    [
        "you should walk the dog more often",
        "my neighbour walked the dog for me",
        "he feeds the cats when i'm away",
        "we were feeding the birds at the park",
        "if i had a dog i would walk the dog every day",
        "i'd love to walk the dog on the beach someday",
        "do you walk the dog every day ?",
        "the dog i walked yesterday belongs to my aunt",
        "i love dog walking as a job idea",
    ],
)
def test_care_of_someone_elses_animal_or_a_wish_gives_no_pet(text: str) -> None:
    assert _current(text, ("pets",)) == [], facts(text)


# -- pets said by a count ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, values",
    [
        ("i've been so busy with the 4 cats i have", {"cat"}),
        ("the two dogs we own are both huskies", {"dog"}),
        ("nope , just two cats and a dog", {"cat", "dog"}),
        ("three rabbits live with me .", {"rabbit"}),
        ("im divorced and with three cats lol", {"cat"}),
        ("yes ! two parrots and a gecko", {"parrot", "gecko"}),
        ("i love horses and have three of them", {"horse"}),
        ("get a cat if you are lonely . i have two of those", {"cat"}),
        ("oh you have a turtle too ? i have three .", {"turtle"}),
    ],
)
def test_pets_said_by_a_count(text: str, values: set[str]) -> None:
    assert {v for _, k, v, _ in _current(text, ("pets",))} == values, facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "a dog .",  # may answer any question ("what's your favourite animal? a dog.")
        "two dogs live with my sister",
        "i went to the park with two dogs from the shelter",
        "i have three , do you have pets ?",
        "i have twenty of them",
        "wow i have hundreds !",
    ],
)
def test_a_count_of_nothing_named_gives_no_pet_and_no_possession(text: str) -> None:
    assert _current(text, ("pets", "possessions")) == [], facts(text)


# -- a loss ends the value --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i sold my truck last week", "vehicle", "truck"),
        ("I sold my old Honda to pay for school.", "vehicle", "honda"),
        ("we got rid of our minivan", "vehicle", "minivan"),
        ("i finally sold my piano", "instruments", "piano"),
        ("we rehomed our rabbit , sadly", "pets", "rabbit"),
        ("i lost my dog last year", "pets", "dog"),
        ("We had to put our old cat down in May.", "pets", "cat"),
        ("we had to put the dog to sleep", "pets", "dog"),
        ("i sold our cabin by the lake", "possessions", "cabin"),
    ],
)
def test_a_loss_ends_the_value(text: str, key: str, value: str) -> None:
    _check(text, key, value, negated=True)
    assert not has(text, key, value), facts(text)


@pytest.mark.parametrize(
    "text, key",
    [
        ("i'm trying to sell my car , interested ?", "vehicle"),
        ("i lost my keys again", "possessions"),
        ("i put my bike in the shed", "possessions"),
        ("i sold cars for a living", "vehicle"),
        ("my brother sold his truck", "vehicle"),
        ("i did not sell my car after all", "vehicle"),
    ],
)
def test_no_loss_without_parting(text: str, key: str) -> None:
    assert not any(n for _, k, _, n in mine(text, (key, "pets"))), facts(text)


# -- things owned said through buying or driving, kept by their kind ---------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i just bought a new truck", "vehicle", "truck"),
        ("I got a brand new Subaru last month.", "vehicle", "subaru"),
        ("we have an old jeep we take camping", "vehicle", "jeep"),
        ("i drove my nissan to the coast yesterday", "vehicle", "nissan"),
        ("i just drove my chevy home from the dealer", "vehicle", "chevy"),
        ("i drive a mini van , 3 kids lol", "vehicle", "minivan"),
        ("i bought a new iphone", "devices", "iphone"),
    ],
)
def test_a_thing_owned_is_kept_by_its_kind(text: str, key: str, value: str) -> None:
    said = [v.lower() for _, k, v, _ in _current(text, (key,))]
    assert said == [value], facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "i drove my mom to the airport",
        "i drove to work in the rain",
        "my dream car is a porsche",
        "do you drive a truck ?",
    ],
)
def test_no_vehicle_from_a_drive_of_someone_or_a_dream(text: str) -> None:
    assert _current(text, ("vehicle",)) == [], facts(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("my mini van is covered in crumbs", "minivan"),
        ("blasting music in my nissan pathfinder", "nissan pathfinder"),
    ],
)
def test_a_vehicle_said_with_my_is_a_possession(text: str, value: str) -> None:
    _check(text, "possessions", value)


@pytest.mark.parametrize(
    "text, key, value",
    [
        ("can i bring my dog to your place ?", "pets", "dog"),
        ("What do you think of my new puppy?", "pets", "puppy"),
        ("should i swap my old van for a pickup ?", "possessions", "van"),
        ("is my 2012 toyota tacoma worth fixing ?", "possessions", "toyota tacoma"),
        ("the house i just bought needs a new roof", "possessions", "house"),
        ("We finally purchased a little cabin by the lake.", "possessions", "cabin"),
        ("hard to save money with the truck we own", "possessions", "truck"),
    ],
)
def test_a_thing_of_mine_named_in_a_question_or_by_what_i_bought(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "what would you name my future dog ?",
        "do you like my sisters cat ?",
        "is your dog friendly ?",
        "would my dream car be a tesla ?",
        "how much is a ticket to my horse show ?",
        "i wish the car i own was faster",
        "he sold the house we bought",
    ],
)
def test_no_thing_of_mine_from_a_wish_another_or_a_compound(text: str) -> None:
    assert _current(text, ("pets", "possessions", "vehicle")) == [], facts(text)


# -- animals liked: a kind of person, a shelter volunteer --------------------------------------------------------
@pytest.mark.parametrize(
    "text, key, value",
    [
        ("i'm a crazy cat lady and proud of it", "likes", "cats"),
        ("Honestly I'm such a horse girl.", "likes", "horses"),
        ("i am a proud dog mom", "pets", "dog"),
        ("i am a huge dog lover", "likes", "dog"),
        ("i volunteer at the animal shelter on weekends", "likes", "animals"),
        ("I volunteer at a local dog rescue.", "likes", "dogs"),
        ("i volunteer with the cat shelter downtown", "likes", "cats"),
    ],
)
def test_an_animal_liked_said_as_a_person_or_a_carer(text: str, key: str, value: str) -> None:
    _check(text, key, value)


@pytest.mark.parametrize(
    "text",
    [
        "my sister volunteers at the animal shelter",
        "i volunteer at a food bank",
        "do you volunteer at the animal shelter ?",
        "i don't volunteer at the animal shelter anymore",
    ],
)
def test_no_animal_liked_from_anothers_volunteering_or_a_question(text: str) -> None:
    assert not any(k == "likes" and "animal" in v for _, k, v, _ in _current(text)), facts(text)


def test_a_lady_is_still_a_woman() -> None:
    _check("i am a crazy cat lady", "gender", "female")


# -- the other side: another's animal, a wish, a question, a food ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "my neighbour's dog barks all night",
        "i'd love a puppy one day",
        "do you have pets ?",
        "chicken for dinner again tonight",
        "my friend has three cats",
    ],
)
def test_no_pet_of_the_speakers(text: str) -> None:
    assert _current(text, ("pets",)) == [], facts(text)


# -- an old vehicle, then a new one said in other words, through the public client -------------------------------
# (old statement, new statement, key, a word of the old value, a word of the new value)
UPDATES: list[tuple[str, str, str, str, str]] = [
    ("i drive a honda civic", "just bought a new truck lol", "vehicle", "civic", "truck"),
    ("my car is a toyota corolla", "i drove my brand new subaru home today", "vehicle", "corolla", "subaru"),
    ("i have an old jeep", "we got a minivan when the twins came", "vehicle", "jeep", "minivan"),
    ("i drive a prius", "i drove my chevy to the lake this weekend", "vehicle", "prius", "chevy"),
]


@pytest.mark.parametrize("old, new, key, old_word, new_word", UPDATES)
def test_the_new_vehicle_supersedes_the_old(
    tmp_path, old: str, new: str, key: str, old_word: str, new_word: str
) -> None:
    check_supersession(Spectron(path=str(tmp_path / "store")), old, new, key, old_word, new_word, when=NOW)


def test_a_new_truck_said_again_is_the_same_truck(tmp_path) -> None:
    mem = Spectron(path=str(tmp_path / "store"))
    mem.remember("i drive a truck", scope=ALICE_SCOPE, observed_at=NOW)
    mem.remember("i just bought a new truck", scope=ALICE_SCOPE, observed_at=NOW)
    assert profile_values(mem, "vehicle") == ["truck"]


@pytest.mark.parametrize(
    "first, second, key, old",
    [
        ("i drive a ford", "i sold my ford last month", "vehicle", "ford"),
        ("i have a cat", "we had to put our cat down last week", "pets", "cat"),
        ("i have a rabbit named clover", "we rehomed our rabbit", "pets", "rabbit"),
        ("i have a dog", "i lost my dog last year", "pets", "dog"),
    ],
)
def test_a_loss_closes_the_value(tmp_path, first: str, second: str, key: str, old: str) -> None:
    check_update_pair(Spectron(path=str(tmp_path / "store")), first, second, key, None, old)
