"""Who provides a service to the speaker (``_extract/_providers``): said, switched to and left, in many phrasings.

Every sentence here was written for this file. Four tables:

- ``SAID``: one sentence → the provider's key and value on the speaker;
- ``LEFT``: a provider left → the key with the value negated (it ends and none is added);
- ``NOT_PROVIDERS``: a service named and no provider said, someone else's provider, a workplace, a question, a
  verb of joining or switching about something else → no key of ``SERVICE_KEYS`` at all;
- ``SWITCHES``: two sentences a day apart through ``Spectron`` end to end → the profile shows only the new
  provider and ``history()`` keeps the old one, closed.
"""

from __future__ import annotations

import pytest

from spectron_core import Spectron
from spectron_core._extract._ontology import default_ontology
from spectron_core._extract._providers import SERVICE_KEYS
from tests.support import SPEAKER, check_update_pair, expect, facts, mine

SAID: list[tuple[str, str, str]] = [
    # -- the provider as the one who provides it ---------------------------------------------------------------
    ("Direct Line does our home insurance", "home_insurance", "direct line"),
    ("octopus supplies our electricity", "energy_supplier", "octopus"),
    ("Hyperoptic provides our broadband now", "internet_provider", "hyperoptic"),
    ("giffgaff covers my phone plan", "phone_carrier", "giffgaff"),
    # -- stated with the service's noun ---------------------------------------------------------------------
    ("My bank is Barclays.", "bank", "barclays"),
    ("my bank's nationwide", "bank", "nationwide"),
    ("I bank with Chase.", "bank", "chase"),
    ("i bank at the co-op bank these days", "bank", "co-op bank"),
    ("Chase is my bank.", "bank", "chase"),
    ("I have a checking account at Wells Fargo.", "bank", "wells fargo"),
    ("we have a joint account with Santander", "bank", "santander"),
    ("My phone carrier is Verizon.", "phone_carrier", "verizon"),
    ("my mobile network is three", "phone_carrier", "three"),
    ("I'm with Vodafone for my phone.", "phone_carrier", "vodafone"),
    ("My gym is Anytime Fitness.", "gym", "anytime fitness"),
    ("i go to planet fitness before work", "gym", "planet fitness"),
    ("I go to PureGym on Elm Street.", "gym", "puregym"),
    ("I'm a member at the YMCA.", "gym", "ymca"),
    ("My doctor is Dr. Patel.", "doctor", "dr. patel"),
    ("my gp is dr okafor", "doctor", "dr. okafor"),
    ("Dr. Reyes is our family doctor.", "doctor", "dr. reyes"),
    ("I see Dr. Huang every few months.", "doctor", "dr. huang"),
    ("my dentist is dr. brown", "dentist", "dr. brown"),
    ("My therapist is Joanne.", "therapist", "joanne"),
    ("Our vet is Greenfield Animal Hospital.", "vet", "greenfield animal hospital"),
    ("My car insurance is with Geico.", "car_insurance", "geico"),
    ("I have health insurance through Kaiser.", "health_insurance", "kaiser"),
    ("i'm insured with aviva", "insurance", "aviva"),
    ("My insurer is Direct Line.", "insurance", "direct line"),
    ("My internet provider is Comcast.", "internet_provider", "comcast"),
    ("we get our broadband from virgin media", "internet_provider", "virgin media"),
    ("Our energy supplier is Octopus.", "energy_supplier", "octopus"),
    # -- switched to, with the service named in the sentence -------------------------------------------------
    ("I switched my car insurance to Progressive.", "car_insurance", "progressive"),
    ("moved our home insurance over to lemonade", "home_insurance", "lemonade"),
    ("switched banks, im with monzo now", "bank", "monzo"),
    ("I moved banks from HSBC to Starling.", "bank", "starling"),
    ("Moved all my money over to Ally last week.", "bank", "ally"),
    ("switched carriers to T-Mobile last month", "phone_carrier", "t-mobile"),
    ("just ported my number to mint mobile", "phone_carrier", "mint mobile"),
    ("I switched gyms to Gold's.", "gym", "gold's"),
    ("we changed energy supplier to Bulb", "energy_supplier", "bulb"),
    ("I moved my email to Proton Mail.", "email_provider", "proton mail"),
    ("I changed GPs, my new doctor is Dr. Okafor.", "doctor", "dr. okafor"),
    ("got a new family doctor, dr. lee", "doctor", "dr. lee"),
    ("found a new dentist near work, dr. nguyen", "dentist", "dr. nguyen"),
    ("new doctor: dr. amara osei", "doctor", "dr. amara osei"),
    ("Dr Patel retired, so I've been assigned to a Dr Morrison.", "doctor", "dr. morrison"),
    ("I'm working with a new therapist, Dev, who is great.", "therapist", "dev"),
    ("new gym! signed up at crunch", "gym", "crunch"),
    ("I cancelled my Planet Fitness membership and joined Equinox.", "gym", "equinox"),
    ("cancelled puregym, signed up at the anytime fitness by my office", "gym", "anytime fitness"),
    # -- the provider's own name says the service ------------------------------------------------------------
    ("I switched to T-Mobile.", "phone_carrier", "t-mobile"),
    ("I closed my Wells Fargo account and opened one at Schwab.", "bank", "schwab"),
    ("we're with octopus energy now", "energy_supplier", "octopus energy"),
    ("i lift at golds gym most evenings", "gym", "golds gym"),
    ("I work out at Equinox three times a week.", "gym", "equinox"),
    ("ditched virgin media for sky broadband", "internet_provider", "sky broadband"),
    ("we take the cats to Riverside Veterinary", "vet", "riverside veterinary"),
    # -- a noun after the name, a name after the noun, the name in the next sentence ---------------------------
    ("we have comcast for internet", "internet_provider", "comcast"),
    ("I'm with Bupa for health insurance.", "health_insurance", "bupa"),
    ("i go to kaiser for my doctor", "doctor", "kaiser"),
    ("my gym's virgin active", "gym", "virgin active"),
    ("My new dentist's name is Dr. Amari.", "dentist", "dr. amari"),
    ("I see a counsellor, Dr Webb, every other week.", "therapist", "dr. webb"),
    ("i started seeing dr. lowe for therapy", "therapist", "dr. lowe"),
    ("Switched doctors. Her name is Dr. Adeyemi.", "doctor", "dr. adeyemi"),
    ("I've been banking with Starling since 2020.", "bank", "starling"),
    ("switched banks to ally", "bank", "ally"),
    # -- the other services people have one of at a time ------------------------------------------------------
    ("My hairdresser is Priya at Cutting Room.", "hairdresser", "priya"),
    ("changed barbers, i go to Blade & Co now", "hairdresser", "blade & co"),
    ("got a new hairdresser, she's called Nell", "hairdresser", "nell"),
    ("Our pharmacy is the Rite Aid on 3rd.", "pharmacy", "rite aid"),
    ("moved my prescriptions over to the Boots pharmacy by the station", "pharmacy", "boots pharmacy"),
    ("my mechanic is Joe's Garage", "mechanic", "joe's garage"),
    ("We switched accountants to Grant Hale this spring.", "accountant", "grant hale"),
    # -- what is done there, a name beside its service, a name first, a qualified noun ---------------------------
    ("we pick up our prescriptions from the Walgreens on Elm", "pharmacy", "walgreens"),
    ("I have my hair done at Rush.", "hairdresser", "rush"),
    ("i do my counselling through Talkspace", "therapist", "talkspace"),
    ("I take the van to Halfords when it needs work.", "mechanic", "halfords"),
    ("Jackson Hewitt does our tax returns.", "accountant", "jackson hewitt"),
    ("had a check-up with Dr. Osei, my usual dentist", "dentist", "dr. osei"),
    ("took the puppy to our vet dr marsh", "vet", "dr. marsh"),
    ("Dr. Ilori has been our family doctor for years.", "doctor", "dr. ilori"),
    ("I'm a patient of Dr. Haddad.", "doctor", "dr. haddad"),
    ("first visit with my new GP, Dr Amin, was fine", "doctor", "dr. amin"),
    ("My main bank at the moment is Nationwide.", "bank", "nationwide"),
    ("my family physician is dr. lund", "doctor", "dr. lund"),
    ("our electricity comes from EDF", "energy_supplier", "edf"),
    ("my email is with Fastmail", "email_provider", "fastmail"),
    ("moved our gas and electric over to Octopus", "energy_supplier", "octopus"),
    ("switched my auto insurance to Allstate", "car_insurance", "allstate"),
    ("my accountant is ryan", "accountant", "ryan"),
    ("our pet insurance is Petplan", "pet_insurance", "petplan"),
    # -- a qualified noun, a clause after a change, a swap, a habit, a sentence naming several ----------------------
    ("my tax accountant is Hollis & Reed", "accountant", "hollis & reed"),
    ("our home insurance provider is Aviva", "home_insurance", "aviva"),
    ("switched dentists, seeing dr lowry now", "dentist", "dr. lowry"),
    ("we changed electricity companies, Bulb now", "energy_supplier", "bulb"),
    ("ditched Sky for Virgin, the broadband was always dropping", "internet_provider", "virgin"),
    ("dumped optus and went with telstra for my phone", "phone_carrier", "telstra"),
    ("cancelled vodafone, phone plan is with giffgaff now", "phone_carrier", "giffgaff"),
    ("we have our car serviced at Halfords Autocentre", "mechanic", "halfords autocentre"),
    ("my prescriptions come from the Superdrug pharmacy", "pharmacy", "superdrug"),
    ("we do our banking with First Direct", "bank", "first direct"),
    ("i use Wise for checking", "bank", "wise"),
    ("our accountant, Meera, sorts the VAT returns", "accountant", "meera"),
    ("I'm seeing a counsellor, Ruth, on Thursdays", "therapist", "ruth"),
    ("I bank with Lloyds, my energy is with EDF and my phone is on EE.", "energy_supplier", "edf"),
    ("I bank with Lloyds, my energy is with EDF and my phone is on EE.", "phone_carrier", "ee"),
]

LEFT: list[tuple[str, str, str]] = [
    ("I stopped seeing Dr. Kim and started with a new therapist, Sara.", "therapist", "dr. kim"),
    ("I cancelled my Planet Fitness membership and joined Equinox.", "gym", "planet fitness"),
    ("I closed my Wells Fargo account and opened one at Schwab.", "bank", "wells fargo"),
    ("cancelled puregym, signed up at the anytime fitness by my office", "gym", "puregym"),
    ("no longer with Chase Bank, finally", "bank", "chase"),
    ("ditched virgin media for sky broadband", "internet_provider", "virgin media"),
    ("cancelled my home insurance with Aviva", "home_insurance", "aviva"),
    ("My old dentist was Dr. Ruiz.", "dentist", "dr. ruiz"),
    ("we stopped going to Dr. Kline, our old vet", "vet", "dr. kline"),
    ("I'm no longer with Aetna for health insurance.", "health_insurance", "aetna"),
    ("i'm not seeing Dr. Faraday any more", "doctor", "dr. faraday"),
    ("done with xfinity internet, cancelled it this morning", "internet_provider", "xfinity"),
    ("ditched Sky for Virgin, the broadband was always dropping", "internet_provider", "sky"),
    ("i stopped seeing my therapist, dr. kim", "therapist", "dr. kim"),
]

NOT_PROVIDERS: list[str] = [
    # someone or something that does a thing of the speaker's, not a provider of a service
    "my husband does our home insurance paperwork every year",
    "the council covers my gym costs",
    "my mum handles my bank stuff while i'm abroad",
    # a service said of, with no provider named
    "my doctor is worried about my blood pressure",
    "My doctor is really nice.",
    "my gym is packed on mondays",
    "my bank is closed today",
    "my internet is down again",
    "my therapist is helping me a lot",
    "my dentist is a woman",
    "My GP is on holiday.",
    "I need a new dentist",
    "We switched to a cheaper plan",
    "we go to the leisure centre mostly for the cafe",
    "I cancelled my dentist appointment",
    "I was referred to a physio",
    # what the doctor or the bank said, not who they are
    "my doctor told me to switch to decaf",
    "my doctor said i should start using sunscreen",
    "I quit smoking after my doctor warned me",
    "my vet said the dog is fine",
    # somebody else's provider
    "I took my mom to her dentist",
    "my mom's doctor is Dr. Lee",
    "my husband switched banks to Monzo",
    "my sister joined a gym",
    # a workplace, a move, a future, a club
    "I work at a bank",
    "I got a job at the gym",
    "i'm a teller at chase",
    "i am going to sell insurance now",
    "I moved to Denver last month",
    "I switched my major to biology",
    "I moved my stuff to storage",
    "I joined a book club",
    "I go to church on Sundays",
    "I see my friends on weekends",
    "i started seeing someone",
    # contact details are no provider
    "my number is 555-1234",
    "my email is bob at gmail dot com",
    # asked, not said
    "Should I switch banks to Monzo?",
    "is your gym planet fitness?",
    "my bank is barclays, isn't it?",
    # someone else did it, or it was only wanted, planned, asked of someone or denied
    "she switched banks to Monzo last week",
    "my son-in-law got a new GP, Dr Ames",
    "Grandpa changed doctors to Dr. Ito.",
    "i want to switch my energy supplier to octopus",
    "we're planning to move our car insurance to Admiral",
    "I told my flatmate to switch carriers to Three",
    "I didn't switch banks after all",
    "not sure if my bank is halifax or lloyds",
    # a describing word, a possessive, a place, a visit, a brand that is no provider
    "my doctor is Korean",
    "my dentist is patient with me",
    "my car insurance is expensive",
    "my doctor's receptionist is rude",
    "my gp's surgery moved across town",
    "my gym is ten minutes away",
    "we moved to the south bank last year",
    "went to the mobile phone shop for a case",
    "i went to power yoga this morning",
    "I'm seeing Dr. Obi about my shoulder next Tuesday",
    "I quit Dr Pepper last month",
    "i left my keys at the gym",
    "moved my emails to the archive folder",
    "cancelled my gym session tonight",
    "my barber is off sick this week",
    "my accountant says I owe tax",
    "my mechanic is honest",
    "my doctor is Nigerian",
    "my therapist is Catholic",
    "my barber is really chatty",
    "my gym is open till midnight",
    "the pharmacy is around the corner from my flat",
    "my dentist is on maternity leave",
    "my GP's away this week",
    "my number is on the fridge",
    "i take my car to the coast most weekends",
    "my cousin just joined Anytime Fitness",
    "Tom's dentist is Dr. Yu",
    "i quit drinking after my doctor had a word",
    "i have low energy these days",
    "i have short brown hair and a fringe",
    "we have good power in this house",
    "my pharmacy is shut on bank holidays",
    "the company switched its email provider to Google",
    "our school banks with Santander",
    "i used to bank with Halifax",
    "Priya moved her car insurance to Admiral",
    # a workplace
    "I'm a barber at a shop in town",
    "i'm a pharmacist at the hospital",
    "I joined Barclays Bank as a graduate analyst",
    "our team moved the company email to Outlook",
]

SWITCHES: list[tuple[str, str, str, str, str]] = [
    # (first, second, key, new, old)
    ("My bank is Barclays.", "switched banks, im with monzo now", "bank", "monzo", "barclays"),
    ("I bank with Chase.", "I moved banks from Chase to Ally last month.", "bank", "ally", "chase"),
    ("My phone carrier is Verizon.", "just ported my number to mint mobile", "phone_carrier", "mint mobile", "verizon"),
    ("My gym is Anytime Fitness.", "new gym! signed up at crunch", "gym", "crunch", "anytime fitness"),
    ("I go to Planet Fitness.", "I cancelled my Planet Fitness membership and joined Equinox.", "gym", "equinox",
     "planet fitness"),
    ("My doctor is Dr. Patel.", "got a new family doctor, dr. lee", "doctor", "dr. lee", "dr. patel"),
    ("my dentist is dr. brown", "found a new dentist near work, dr. nguyen", "dentist", "dr. nguyen", "dr. brown"),
    ("My therapist is Joanne.", "Stopped seeing Joanne; I'm working with a new therapist, Dev.", "therapist", "dev",
     "joanne"),
    ("My car insurance is with Geico.", "I switched my car insurance to Progressive.", "car_insurance",
     "progressive", "geico"),
    ("My internet provider is Comcast.", "we switched our internet to Verizon Fios", "internet_provider",
     "verizon fios", "comcast"),
    ("my barber is Sal at Kings Cuts", "switched barbers, i go to Fresh Fade now", "hairdresser", "fresh fade", "sal"),
    ("My dentist is Dr. Abbas.", "my previous dentist was dr. abbas, these days I see Dr. Lund", "dentist", "dr. lund",
     "dr. abbas"),
    ("Our vet is Banfield.", "we switched the cats to Greenway Veterinary, much closer", "vet", "greenway veterinary",
     "banfield"),
    ("My accountant is Hughes & Co.", "switched accountants to Baker Tilly this year", "accountant", "baker tilly",
     "hughes & co"),
]  # fmt: skip


@pytest.mark.parametrize("text, key, value", SAID)
def test_provider_said(text: str, key: str, value: str) -> None:
    expect(text, key, value)


@pytest.mark.parametrize("text, key, value", LEFT)
def test_provider_left_is_negated(text: str, key: str, value: str) -> None:
    expect(text, key, value, negated=True)


@pytest.mark.parametrize("text", NOT_PROVIDERS)
def test_no_provider(text: str) -> None:
    got = [f for f in mine(text) if f[1] in SERVICE_KEYS]
    assert not got, f"{text!r}: expected no provider, got {got}"


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("I cancelled my Planet Fitness membership and joined Equinox.", "employer"),
        ("moved our home insurance over to lemonade", "home"),
        ("I changed GPs, my new doctor is Dr. Okafor.", "new_doctor"),
        ("my gp is dr okafor", "gp"),
        ("My phone carrier is Verizon.", "devices"),
    ],
)
def test_other_readings_of_the_provider_are_taken_back(text: str, wrong: str) -> None:
    """The clause readers' readings of the same words ("joined" a company, "moved" home, a key minted from "my new
    doctor", "phone" the device of "phone carrier") are not kept beside the provider."""
    assert not mine(text, (wrong,)), f"{text!r}: {facts(text)}"


def test_a_change_of_service_with_no_name_asks_whether_the_old_one_holds(tmp_path) -> None:
    """ "I switched banks" names no bank: the old one is doubted (an unread-change flag), not kept silently and not
    replaced by the key's own word ("banks")."""
    from tests.support import ALICE_SCOPE, at, profile_values

    mem = Spectron(path=str(tmp_path / "store"))
    mem.remember("My bank is Barclays.", scope=ALICE_SCOPE, observed_at=at(0))
    result = mem.remember("I finally switched banks.", scope=ALICE_SCOPE, observed_at=at(1))
    assert profile_values(mem, "bank") == ["barclays"]
    assert any("bank" in u.record.text and "Barclays" in u.record.text for u in result.uncertainties)
    mem.remember("My gym is PureGym.", scope=ALICE_SCOPE, observed_at=at(2))
    result = mem.remember("my husband changed gyms", scope=ALICE_SCOPE, observed_at=at(3))
    assert not any("gym" in u.record.text for u in result.uncertainties)


def test_switch_with_no_service_named_is_not_guessed() -> None:
    """A bare brand switched to names no service unless its own name says one: no list of brands is kept."""
    assert not [f for f in mine("I switched from Verizon to Visible.") if f[1] in SERVICE_KEYS]


def test_provider_keys_hold_one_value_and_leave_key_meanings_alone() -> None:
    """Single-valued without being listed, so the standard scores of the listed keys' meanings do not move."""
    onto = default_ontology()
    assert not any(onto.is_multi_valued(k) for k in SERVICE_KEYS)
    assert not SERVICE_KEYS & set(onto.keys())


@pytest.mark.parametrize("first, second, key, new, old", SWITCHES)
def test_switch_supersedes_the_old_provider(tmp_path, first: str, second: str, key: str, new: str, old: str) -> None:
    check_update_pair(Spectron(path=str(tmp_path / "store")), first, second, key, new, old)


def test_a_provider_left_ends_without_a_new_one(tmp_path) -> None:
    from tests.support import ALICE_SCOPE, at, profile_values

    mem = Spectron(path=str(tmp_path / "store"))
    mem.remember("My doctor is Dr. Kim.", scope=ALICE_SCOPE, observed_at=at(0))
    mem.remember("I stopped seeing Dr. Kim last month.", scope=ALICE_SCOPE, observed_at=at(30))
    assert not profile_values(mem, "doctor")
    chain = mem.history(SPEAKER, "doctor", scope=ALICE_SCOPE)
    assert [v.value for v in chain] == ["Dr. Kim"] and chain[0].valid_until is not None


@pytest.mark.parametrize(
    "text,key,value",
    [
        ("Our boiler cover is through HomeServe.", "boiler_cover", "homeserve"),
        ("My mortgage is with Nationwide.", "mortgage", "nationwide"),
        ("my breakdown cover is with the AA", "breakdown_cover", "aa"),
    ],
)
def test_a_thing_said_to_be_with_a_named_provider_keeps_the_name_alone(text: str, key: str, value: str) -> None:
    """Not "through homeserve": the preposition is how it is held, the name is the value."""
    got = [(k, v.casefold()) for _, k, v, _ in facts(text)]
    assert (key, value) in got, got


def test_someone_with_the_speaker_is_no_provider() -> None:
    assert not [f for f in facts("my kids are with my mum this week") if f[1] == "kids"]
