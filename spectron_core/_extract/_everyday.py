"""Lasting facts of the speaker's everyday life said with a verb or a frame the predicate table does not read as one.

Each is read on a clause whose subject is the speaker ("i"/"we"): another person's ("my brother does jiu jitsu"), a
question, a wish or a premise is no clause of this shape, and a clause dated to the turn's own day is no habit.

* Animals kept: "we keep chickens", "i look after a bearded dragon" → ``pets``, as "i have" says. "Keep" is read only
  with an animal after it ("i keep a diary" keeps nothing alive).
* A medicine with its dose ("i'm on lisinopril 10mg", "i take metformin 500mg twice a day") → ``medications`` with
  the medicine alone, so a later "i take metformin" is the same value and not a second one.
* A course followed, with how it is taken ("a part-time phd", "an online masters", "an evening mba") →
  ``education``: the degree is the fact, the way it is taken only its manner.
* A martial art or discipline done or trained in ("i do muay thai", "i train in kickboxing", "i practise aikido")
  → ``hobbies``: these are named by words no pastime list held (two words, hyphens, loan words), so they are a
  closed list here; "i do the dishes" is no pastime.
* A pastime said by a verb of making or mending ("i restore vintage radios", "i fix up old bikes", "i tinker with
  old cars") → ``hobbies``, the verb in -ing with its object. A past tense ("i restored the table yesterday") is a
  job done, not a pastime.
* The platform one is on ("i'm on iphone", "im an android user") or a watch worn ("i wear a fitbit", "a garmin
  watch") → ``devices``: one is "on" a platform the way one is on a phone plan; a watch is read only by a tracker
  brand or the word smartwatch ("i wear a rolex" is jewellery, a possession).
* A language understood or got by in ("i understand portuguese", "i get by in italian") → ``languages``: the key
  holds the languages one knows, and a "but can't speak it" after it takes nothing back.
* A home rented ("we've been renting a flat in bristol", "i'm renting an apartment in denver") → ``home``, the
  place named after it (the dwelling is how, not where).
* "Employed by/at" after "have been" → ``employer``, as "i'm employed by" is read.
* A food or drink never had ("i don't eat beef", "i never eat red meat", "i don't drink alcohol") →
  ``dietary_restrictions``: not eating a food is a restriction kept, as "i avoid pork" says; it is not the negation
  of a diet. A meal ("i don't eat breakfast") or an amount ("enough water") is no food avoided, and a past day ("i
  didn't eat beef yesterday") no standing restriction.
* A diet followed ("i follow a paleo diet", "we stick to a plant-based diet") or settled on ("i've settled on
  being vegan") → ``food_preference``; a diet that leaves a food out ("a low-fodmap diet", "gluten-free") is
  ``dietary_restrictions``, as "i'm on a … diet" is read.
* Colour blindness ("i'm colour blind", "red-green colourblind") → ``health``: "blind" alone is read as a look by
  the "i am <adj>" reader, and colour blindness is a condition, not an appearance.
* The commute said with a timetable ("i take the 8:15 train to work", "i get the 7am bus into town") or with the
  mode after its length ("my commute is forty minutes on the tram") → ``commute`` = the mode, as "i take the train"
  gives.
* Money: the bank one is with ("i bank with monzo", "i have a current account with nationwide") → ``bank``, one at
  a time like every provider of a service (``_providers``), and what one puts money into ("i put money into index
  funds every month", "i invest in etfs") → ``finances``; what one
  earns, said with an amount ("i earn around 60k a year", "i make $25 an hour") → ``income``, single-valued, so
  a raise said later supersedes. An amount is needed: "i make candles" is a pastime, "i earn my keep" nothing.
* A dream or a nap had ("i had a weird dream last night", "just took a nap") is claimed with no fact: a night's or
  an afternoon's passing, like a meal had, is no ``event`` worth keeping about the speaker.
* A habit said with how long it lasts ("i meditate for ten minutes every morning", "i swim for an hour most
  evenings") is the habit: the length is dropped before the verb is read as a pastime.
* The speaker's weight, said with its unit ("i weigh 82kg", "i'm 180 lbs at the moment", "down to 12 stone 4",
  "currently sitting at 71.5 kg", "i'm 5'4 and 130lbs") or read off a scale ("scale says 203") → ``weight``, one
  value at a time (a unit is needed: "i'm 95" is an age, and "i'm 95kg" no longer is one). It is read on the turn's
  own day too: a weight weighed this morning is the weight now. Only "i" weighs: "we weigh", "my dog weighs 30kg"
  and a scale with someone else in the turn are someone else's; a wish or a loss ("i want to weigh 70kg", "i lost
  5kg"), a turn about lifting or a load ("i'm at 100kg on squat", "the max the elevator takes"), a statement echoed
  as a question ("i'm 90 kg? no way") and a weight no grown body has in its unit are none.
* The sports team the speaker supports ("i support arsenal", "i've supported everton since i was a boy", "i'm a
  lifelong villa supporter", "i root for the packers", "celtic's my club", "wrexham till i die", "i follow munster
  rugby", "switched allegiance to the bills", a season ticket at it) → ``team``, one at a time as a favourite is, so
  a switch of side supersedes (the generic "my team is the lakers" already gave ``team``); a team left is written
  negated (``left_team``). What is supported must look like a club: a person, a pronoun or a possessive ("i support
  my wife", "i support them"), a cause ("i support local businesses", "gay rights", "veganism"), a sport or league
  ("a huge football fan"), a work team ("the night shift is my team") and anything said in a turn about voting or
  politics ("i support labour, i voted for them") is no team. A bare "i support X" with no word of sport in the turn
  is a team only when X is one word off a short list of causes, countries, politicians and institutions, or looks
  like a club's name ("manchester united", "the packers", "the red sox"; not "the greens", "the junior doctors").
  The price, written down: "i support hamilton" (a driver) is read as a team; a lexicon of clubs would be one
  country's and always out of date. "I'm a huge arsenal fan" stays a liking (``likes``) unless the turn has words
  of sport ("… and never miss a match"): "fan" says as often a band or a show.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._clauses import expand
from ._health import health_of
from ._lexicon import COUNTRIES, DIETS, LANGUAGES, PETS, SPORTS, words
from ._possessions import pet_kind

__all__ = ["everyday_of", "left_team", "team_named", "without_length"]

Fact = tuple[str, str]
"""(key, value)."""

_I = r"^(?:i|we|(?:my|our)\s+[a-z]+\s+and\s+i)\s+(?:(?:also|still|now|actually|currently|mostly|usually|always|even|just)\s+)*"
_AM = r"(?:am|are|'m|'re|m|have\s+been|'ve\s+been)\s+"

_KEPT = re.compile(
    _I + r"(?:keep|look\s+after|raise|breed|care\s+for)\s+(?:(?:a|an|some|a\s+few|a\s+couple\s+of|two|three|four|five|"
    r"six|several|[0-9]+)\s+)?(?P<v>(?:[a-z-]+\s+)?[a-z]+)(?:\s+(?:in|on|at|for|and)\b.*)?$",
    re.IGNORECASE,
)
_KEPT_ANIMALS = PETS | words("bee bees hen hens duck ducks sheep alpaca alpacas pig pigs quail")

_MEDICINE_DOSE = re.compile(
    _I
    + r"(?:am\s+on|'m\s+on|m\s+on|take|takes|am\s+taking)\s+(?P<v>[a-z][a-z-]+)\s+(?P<d>[0-9.]+\s*(?:mg|mcg|µg|g|ml|iu|"
    r"units?)\b)(?:\s+.*)?$",
    re.IGNORECASE,
)

_NOT_MEDICINE = words("about around roughly like maybe only just over under nearly almost up to")

_COURSE = re.compile(
    _I + r"(?:am|'m|m)\s+(?:doing|taking|studying\s+for|working\s+towards?|pursuing|enrolled\s+(?:in|on))\s+"
    r"(?:an?|my)\s+(?P<how>(?:part[\s-]time|full[\s-]time|online|evening|night|distance[\s-]learning|remote|"
    r"weekend|executive)\s+)(?P<v>mba|phd|masters?|master's|ma|msc|bachelors?|bachelor's|degree|diploma|doctorate|"
    r"law\s+degree|nursing\s+degree|course|certificate)(?P<rest>(?:\s+in\s+[a-z][a-z ]*?)?)"
    r"(?:\s+(?:at|with|from|through|after|on|every|this|since)\b.*)?$",
    re.IGNORECASE,
)

_ARTS = (
    r"brazilian\s+jiu[\s-]?jitsu|jiu[\s-]?jitsu|ju[\s-]?jitsu|jujitsu|bjj|muay\s+thai|kickboxing|kick\s+boxing|krav\s+maga|"
    r"aikido|kung\s+fu|wing\s+chun|capoeira|kendo|hapkido|sambo|kali|escrima|tai\s+chi|qigong|pilates|crossfit|"
    r"parkour|fencing|archery|bouldering|taekwondo|tae\s+kwon\s+do|judo|karate|boxing|mma"
)
_ART_DONE = re.compile(
    _I + r"(?:do|practi[cs]e|train\s+in|train|have\s+been\s+doing|'ve\s+been\s+doing|am\s+into|'m\s+into|"
    r"have\s+been\s+training\s+in|'ve\s+been\s+training\s+in)\s+(?P<v>" + _ARTS + r")\b(?:\s+.*)?$",
    re.IGNORECASE,
)

_MAKING = {
    "restore": "restoring",
    "refurbish": "refurbishing",
    "repair": "repairing",
    "fix up": "fixing up",
    "do up": "doing up",
    "tinker with": "tinkering with",
    "upcycle": "upcycling",
    "renovate": "renovating",
    "rebuild": "rebuilding",
}
_MADE = re.compile(
    _I
    + r"(?:like\s+to\s+|love\s+to\s+|enjoy\s+)?(?P<verb>"
    + "|".join(k.replace(" ", r"\s+") for k in _MAKING)
    + r")\s+"
    r"(?P<v>(?:old|vintage|classic|antique|broken|secondhand|second-hand|used)\s+[a-z][a-z -]*?)"
    r"(?:\s+(?:in|on|at|for|with|when|whenever|every|as)\b.*)?$",
    re.IGNORECASE,
)
"""(Only an old thing is a pastime's object: "i repair engines" is as likely a trade.)"""

_PLATFORMS = words("iphone android ios mac macos windows linux pixel samsung")
_PHONES = words("iphone pixel samsung galaxy")
"""Platforms said with a model ("an iphone 14", "a pixel 8 pro"); an operating system's version is ``_tools``'."""
_ON_PLATFORM = re.compile(
    _I
    + r"(?:"
    + _AM
    + r"(?:on(?:\s+an?)?|an?|team)\s+)(?P<v>[a-z]+(?:\s+(?:\d+\w*|pro|max|mini|plus|ultra|se|[a-z]*\d\w*)){0,3})"
    r"(?:\s+(?:user|person|guy|girl|fan))?"
    r"(?:\s+(?:at\s+home|these\s+days|now|myself|too|as\s+well|mostly|for\s+everything))?$",
    re.IGNORECASE,
)
_TRACKERS = r"fitbit|garmin|apple|samsung|galaxy|pixel|polar|suunto|coros|whoop|amazfit|oura"
_WORN = re.compile(
    _I + r"(?:wear|have|use)\s+(?:an?|my)\s+(?P<v>(?:(?:" + _TRACKERS + r")(?:\s+(?:watch|ring|band|tracker))?)|"
    r"smart\s*watch|fitness\s+tracker)\b(?:\s+.*)?$",
    re.IGNORECASE,
)

_UNDERSTOOD = re.compile(
    _I + r"(?:can\s+)?(?:understand|get\s+by\s+in|follow|read)\s+(?:(?:a\s+(?:bit|little)\s+of|some|basic|a\s+lot\s+of|"
    r"most)\s+)?(?P<v>[a-z]+)(?:\s+(?:but|and|pretty|quite|really|well|fine|fluently|perfectly|ok|okay|when|if|though|"
    r"too|as\s+well|a\s+bit|a\s+little|mostly)\b.*)?$",
    re.IGNORECASE,
)

_RENTING = re.compile(
    "(?i:"
    + _I
    + r")(?i:(?:rent|have\s+been\s+renting|'ve\s+been\s+renting|am\s+renting|'m\s+renting|are\s+renting|'re\s+renting)\s+"
    r"(?:(?:a|an|the|our|my)\s+)?(?:(?:small|tiny|little|big|nice|shared|two[\s-]bed(?:room)?|one[\s-]bed(?:room)?|"
    r"studio)\s+)*(?:flat|apartment|house|room|place|condo|studio|cottage|bungalow)\s+in\s+)(?P<v>[A-Z][\w'.-]*"
    r"(?:\s+[A-Z][\w'.-]*)*)(?i:\s+(?:since|for|with|now|at|near)\b.*)?$",
)

_EMPLOYED = re.compile(
    _I + r"(?:have|'ve)\s+been\s+employed\s+(?:by|at|with)\s+(?P<v>(?:the\s+|an?\s+)?[\w&'.-]+(?:\s+[A-Z][\w&'.-]*)*)"
    r"(?:\s+(?:as|for|since|in|from|now|full|part)\b.*)?$",
    re.IGNORECASE,
)

_NOT_HAD = re.compile(
    _I + r"(?:do\s+not|never|will\s+not|no\s+longer)\s+(?P<verb>eat|drink)\s+(?P<v>[a-z][a-z -]*?)"
    r"(?:\s+(?:anymore|any\s+more|at\s+all|either|because|since|for|as|due)\b.*)?$",
    re.IGNORECASE,
)
_NOT_FOOD = words(
    """breakfast lunch dinner supper brunch meals meal much out late enough early before after anything something that
    it this them those these much here there often well right fast slowly properly when if until unless because with
    in on at alone healthy healthily a the my any too enough"""
)
_DRINKS_AVOIDED = words("alcohol coffee caffeine tea milk booze beer wine spirits soda fizzy dairy")

_DIET_FOLLOWED = re.compile(
    _I
    + r"(?:follow|stick\s+to|keep\s+to|eat|live\s+on|have\s+been\s+following|'ve\s+been\s+following)\s+(?:an?|the)\s+(?P<v>[a-z][a-z-]*"
    r"(?:\s+[a-z-]+)?)\s+diet\b(?:\s+.*)?$",
    re.IGNORECASE,
)
_DIET_SETTLED = re.compile(
    _I + r"(?:have\s+|'ve\s+)?(?:settled\s+on|committed\s+to|stuck\s+with|stick\s+with|decided\s+on|gone\s+back\s+to|"
    r"landed\s+on)\s+(?:being\s+)?(?:an?\s+)?(?P<v>[a-z-]+)\b(?:\s+.*)?$",
    re.IGNORECASE,
)

_COLOUR_BLIND = re.compile(
    _I + r"(?:am|'m|m)\s+(?:(?:partially|partly|totally|completely|a\s+bit|slightly|also|red[\s-]green|"
    r"blue[\s-]yellow)\s+)*(?P<v>colou?r[\s-]?blind)\b",
    re.IGNORECASE,
)

_MODES = r"train|bus|tram|tube|subway|metro|ferry|coach|overground"
_TIMETABLED = re.compile(
    _I
    + r"(?:usually\s+)?(?:take|get|catch|ride)\s+the\s+(?:[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:am|pm)?|early|late|first|last|"
    r"morning|number\s+[0-9]+|[0-9]+)\s+(?P<v>" + _MODES + r")\b(?:\s+.*)?$",
    re.IGNORECASE,
)
_COMMUTE_LONG = re.compile(
    r"^(?:my|our)\s+commute\s+is\s+(?:about\s+|around\s+|roughly\s+|only\s+|just\s+)?(?:an?|[0-9]+|[a-z]+)"
    r"(?:\s+(?:and\s+a\s+half|[a-z]+))?\s+(?:hours?|mins?|minutes?|hrs?)(?:\s+each\s+way|\s+door\s+to\s+door)?"
    r"\s+(?:on\s+the|by|on\s+my|on\s+a|by\s+the)\s+(?P<v>" + _MODES + r"|bike|car|foot|scooter|motorbike)\b",
    re.IGNORECASE,
)
_MODE_WORD = {"foot": "on foot", "motorbike": "motorbike", "tube": "tube", "subway": "subway"}

_BANKS = re.compile(
    _I
    + r"(?:bank|do\s+(?:my|our|all\s+my)\s+banking|have\s+(?:an?|my|our)\s+(?:current\s+|checking\s+|savings\s+|bank\s+|joint\s+)?"
    r"account|keep\s+(?:my|our)\s+(?:money|savings))\s+(?:with|at)\s+(?P<v>[A-Za-z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*)*)"
    r"(?:\s+(?:now|these\s+days|because|since|for|and)\b.*)?$",
    re.IGNORECASE,
)
_MONEY = r"(?:[£$€]\s?[0-9][0-9,.]*\s*(?:k|m|grand|thousand)?|[0-9][0-9,.]*\s*(?:k|grand|thousand|pounds|dollars|euros|quid|bucks))"
_EARNS = re.compile(
    _I + r"(?:earn|make|take\s+home|bring\s+in|get\s+paid|am\s+on|'m\s+on|m\s+on|am\s+paid|'m\s+paid)\s+"
    r"(?P<v>(?:(?:about|around|roughly|approximately|just\s+under|just\s+over|over|under|almost|nearly|close\s+to)\s+)?"
    + _MONEY
    + r"(?:\s+(?:a|an|per)\s+(?:year|month|hour|week|annum|day))?|six\s+figures)(?:\s+.*)?$",
    re.IGNORECASE,
)
_FINANCIAL = (
    r"(?:index\s+funds?|funds?|stocks?|shares|bonds|etfs?|an?\s+isa|(?:my\s+|a\s+)?(?:stocks\s+and\s+shares\s+)?isa|"
    r"(?:my\s+|a\s+)?(?:401k|401\(k\)|roth\s+ira|ira|pension|savings\s+account|retirement\s+account)|crypto|bitcoin|"
    r"property|premium\s+bonds|gold|(?:an?\s+)?(?:[a-z]+\s+)?(?:tracker|mutual)\s+funds?)"
)
_INVESTS = re.compile(
    _I + r"(?:invest|put|pay|stick|save|put\s+money|put\s+some\s+money|put\s+a\s+bit|put\s+(?:part|some)\s+of\s+"
    r"(?:my|our)\s+(?:salary|pay|wages?|income)|put\s+" + _MONEY + r"(?:\s+a\s+month)?)\s+(?:(?:away|aside)\s+)?"
    r"(?:into|in|towards)\s+(?P<v>" + _FINANCIAL + r")(?=\s+(?:every|each|a|per|monthly|weekly|for|through|via|"
    r"with)\b|$)",
    re.IGNORECASE,
)

_SLEPT = re.compile(
    r"^(?:i|we)\s+(?:had|have\s+had|'ve\s+had|just\s+had|took|just\s+took)\s+(?:an?|the|such\s+an?|the\s+most)\s+"
    r"(?:[a-z-]+\s+){0,2}(?:dream|nightmare|nap)s?\b(?!\s+(?:job|home|house|car|role|team|holiday|trip|of|to)\b)",
    re.IGNORECASE,
)

_LENGTH = re.compile(
    r"^(?P<pre>(?:i|we)\s+(?:(?:also|usually|always|still)\s+)*[a-z]+)\s+for\s+(?:about\s+|around\s+|at\s+least\s+)?"
    r"(?:an?|half\s+an|[0-9]+|[a-z]+)(?:\s+and\s+a\s+half)?\s+(?:hours?|mins?|minutes?|hrs?)"
    r"(?=\s+(?:every|each|most|a|an|on|in|before|after|at)\b)",
    re.IGNORECASE,
)

_WEIGHT_UNITS = {
    **dict.fromkeys("kg kgs kilo kilos kilogram kilograms".split(), "kg"),
    **dict.fromkeys("lb lbs pound pounds".split(), "lb"),
    **dict.fromkeys("st stone stones".split(), "st"),
}
_WEIGHT = (
    r"(?P<about>(?:about|around|roughly|approximately|almost|nearly|just\s+over|just\s+under|over|under)\s+)?"
    r"(?P<n>[0-9]{2,3}(?:\.[0-9])?)\s*(?P<u>kgs?|kilos?|kilograms?|lbs?|pounds?|st|stones?)\b"
    r"(?:\s*(?P<lb>[0-9]{1,2})(?:\s*(?:lbs?|pounds?))?)?"
    r"(?:\s*-?ish)?(?:\s+(?:now|at\s+the\s+moment|these\s+days|right\s+now|currently|today|this\s+morning|"
    r"or\s+so|give\s+or\s+take|and|but|so|after|since|which|lol|haha|though|tho)\b.*|\s*[,;:(!].*)?$"
)
_HEIGHT_AND = (
    r"(?:[0-9]\s*['’]\s*[0-9]{0,2}\"?|[0-9]{3}\s*cm|[0-9]\s*(?:foot|feet|ft)(?:\s*[0-9]{1,2})?|"
    r"(?:five|six|seven)\s+(?:foot|feet)(?:\s+[a-z0-9]+)?)\s*(?:and|,)\s+"
)
"""A height said before the weight ("i'm 5'4 and 130lbs")."""
_WEIGHS = re.compile(
    r"^(?:i\s*(?:(?:now|currently|actually|only|just)\s+)*(?:weigh|weighed\s+in\s+at|am|'m|m)\s+"
    r"(?:(?:now|currently|actually|only|just|down\s+to|up\s+to|back\s+(?:down\s+)?to|at|sitting\s+at|"
    r"hovering\s+(?:at|around)|tipping\s+the\s+scales?\s+at)\s+)*(?:" + _HEIGHT_AND + r")?"
    r"|(?:my\s+)?(?:body\s*weight|weight)(?:\s+is|['’]s|\s+s)\s+(?:(?:now|currently|hovering|sitting|at)\s+)*"
    r"|(?:(?:now|currently|finally|just)\s+)*(?:sitting\s+at|hovering\s+(?:at|around)|weighed\s+in\s+at|"
    r"tipping\s+the\s+scales?\s+at|down\s+to)\s+"
    r"|currently\s+)" + _WEIGHT,
    re.IGNORECASE,
)
"""The speaker's weight: "i weigh 82kg", "i'm at 58 kg", "my weight's hovering around 104 kg", and with the "i" of
chat dropped, "currently sitting at 71.5 kg", "down to 12.5 stone now"."""
_WEIGHT_DESCRIBED = re.compile(
    r"^(?:my|our)\s+(?:body\s*)?weight(?:\s+is|['’]s|\s+s|\s+has)\s+(?!.*[0-9])", re.IGNORECASE
)
"""The speaker's weight described, with no number ("my weight is a problem"): no value of ``weight``."""
_SCALE_SAYS = re.compile(
    r"^(?:the\s+|my\s+)?scales?\s+(?:says?|said|shows?|showed|reads?|read)\s+(?P<about>)"
    r"(?P<n>[0-9]{2,3}(?:\.[0-9])?)\s*(?P<u>kgs?|kilos?|lbs?|pounds?|st|stones?)?\b(?:\s*(?P<lb>))(?!\s+for\b).*$",
    re.IGNORECASE,
)
"""What the speaker's scale says ("scale says 203 this morning"): their weight, in the unit said or none."""

_TEAM_NAME = r"(?P<v>(?:the\s+)?[\w&'.-]+(?:\s+[\w&'.-]+){0,3}?)"
_TEAM_TAIL = (
    r"(?:\s+(?:since|for|through|all\s+my\s+life|my\s+whole\s+life|ever\s+since|till|til|until|now|these\s+days|"
    r"and|but|so|because|though|too|as\s+well|here|lol|haha|from|fc|every|each|in|at|on|when|whenever|win|even|"
    r"anymore|any\s+more|after|before|either)\b.*"
    r"|\s*[,;:(!].*)?$"
)
_SPORTS_SAID = (
    r"football|footy|soccer|rugby(?:\s+league|\s+union)?|cricket|baseball|basketball|hockey|ice\s+hockey|nfl|nba|mlb|"
    r"nhl|afl|ipl|f1|formula\s+(?:1|one)|college\s+football|home"
)
_SUPPORTS = re.compile(
    r"^i\s+(?:(?:have|'ve|ve|always|still|also|really|proudly|do|now|just)\s+)*"
    r"(?:support(?:ed)?|root(?:ed)?\s+for|cheer(?:ed)?\s+(?:for|on)|barrack(?:ed)?\s+for)\s+" + _TEAM_NAME + _TEAM_TAIL,
    re.IGNORECASE,
)
_SUPPORTER = re.compile(
    r"^(?:i\s+(?:am|'m|m)\s+(?:(?:also|still|now|actually|just)\s+)*(?:an?\s+)?)?"
    r"(?:(?:lifelong|life-long|life\s+long|massive|huge|big|proud|loyal|die[\s-]?hard|devoted|long[\s-]?time|"
    r"season[\s-]ticket[\s-]holding)\s+)*" + _TEAM_NAME + r"\s+supporter" + _TEAM_TAIL,
    re.IGNORECASE,
)
_TEAM_CUES = re.compile(
    r"support|\broot|\bcheer|\bbarrack|\bteam\b|\bclub\b|\bside\b|\bdie\b|\bticket\b|\bfollow|\ballegiance|"
    r"\bloyalt|\bsides\b|\bfan\b",
    re.IGNORECASE,
)
"""A word every frame of a team holds: a clause without one is not matched against them."""
_TEAM_LEFT = re.compile(
    r"^i\s+(?:(?:have|'ve|ve|just|finally|officially|honestly)\s+)*(?:(?:do\s+not|don't|dont|no\s+longer|never|am\s+not|"
    r"stopped|quit|gave\s+up|given\s+up|used\s+to|use\s+to)\s+)+"
    r"(?:support(?:ed|ing)?|root(?:ed|ing)?\s+for|cheer(?:ed|ing)?\s+for)\s+"
    + _TEAM_NAME
    + _TEAM_TAIL
    + r"|^i\s*(?:am|'m|m)\s+(?:not|no\s+longer)\s+(?:an?\s+)?"
    + _TEAM_NAME.replace("?P<v>", "?P<w>")
    + r"\s+supporter"
    + _TEAM_TAIL,
    re.IGNORECASE,
)
"""A team the speaker no longer supports ("i'm not supporting the lakers any more", "i used to support chelsea")."""
_TEAM_FRAMES = tuple(
    re.compile(frame, re.IGNORECASE)
    for frame in (
        r"^" + _TEAM_NAME + r"(?:\s+(?:is|are|s|will\s+always\s+be|has\s+always\s+been)|'s)\s+(?:my|our)\s+"
        r"(?:(?:" + _SPORTS_SAID + r")\s+)?(?:team|club|side)"
        r"(?:\s+(?:now|for\s+life|forever|through\s+and\s+through|and|but)\b.*|\s*[,;:(!].*)?$",
        r"^i\s+(?:(?:have|'ve|ve|always|still|also|really|do|now|just)\s+)*follow(?:ed)?\s+"
        + _TEAM_NAME
        + r"\s+(?:"
        + _SPORTS_SAID
        + r")\b"
        + _TEAM_TAIL,
        r"^(?:i\s+)?(?:(?:have|'ve|ve|just|finally|officially)\s+)*(?:switched|changed|swapped|transferred|moved)\s+"
        r"(?:(?:my\s+)?(?:allegiance|allegiances|loyalty|loyalties|sides|teams|clubs)\s+)(?:to|over\s+to)\s+"
        + _TEAM_NAME
        + _TEAM_TAIL,
        r"^" + _TEAM_NAME + r"\s+(?:till|til|until)\s+i\s+die\b.*$",
        r"^i\s+(?:am|'m|m)\s+(?:an?\s+)?season[\s-]ticket\s+holder\s+(?:at|for)\s+" + _TEAM_NAME + _TEAM_TAIL,
        r"^i\s+(?:have|'ve|ve|got)\s+(?:got\s+)?(?:an?\s+)?season\s+ticket\s+(?:at|for)\s+" + _TEAM_NAME + _TEAM_TAIL,
    )
)
"""The team before its frame ("celtic is my team", "wrexham till i die"), a season ticket held at it, a team
followed in its sport ("i follow munster rugby") or a side switched to ("switched allegiance to the texans")."""
_FAN = re.compile(
    r"^(?:i\s+(?:am|'m|m)\s+(?:(?:also|still|now|actually|just)\s+)*(?:an?\s+)?)?"
    r"(?:(?:lifelong|life-long|massive|huge|big|proud|loyal|die[\s-]?hard|devoted|long[\s-]?time|passionate)\s+)*"
    + _TEAM_NAME
    + r"\s+fan\b(?!\s+of\b)(?:\s+.*|\s*[,;:(!].*)?$",
    re.IGNORECASE,
)
_SPORT_EVIDENCE = re.compile(
    r"\b(?:season[\s-]ticket|win\s+or\s+lose|(?:every|a|the|their|our)\s+match(?:es)?|matchday|fixtures?|playoffs?|"
    r"derby|premier\s+league|champions\s+league|premiership|grand\s+final|home\s+games?|away\s+games?|"
    + _SPORTS_SAID.replace("|home", "")
    + r")\b",
    re.IGNORECASE,
)
"""Words of sport in the turn, which make "a big X fan" a team's fan rather than a band's or a show's."""
_NOT_TEAM_LEAD = words(
    """my your his her their our its you him them it this that these those everyone everybody anyone anybody people
    such so very really totally huge big massive total real true great long longtime avid die-hard diehard lifelong
    proud loyal devoted passionate absolute major the
    myself yourself ourselves each other both all any some a an one local small independent women men kids children
    families family friends charity charities causes cause rights freedom free equal equality animal animals
    whatever whoever what who how why where when"""
)
_NOT_TEAM_HEAD = words(
    """idea cause plan decision move policy policies proposal bill law change changes campaign movement war troops
    police union strike protest protesters rights choice choices view views right work efforts research artists
    businesses business shops creators community communities team club side group organisation organization
    government party president candidate nhs un eu nato charity shift shifts crew staff department folks colleagues
    guys people lads mates family friends"""
)
_SPORT_WORDS = SPORTS | words(
    """sport sports game games football footy soccer rugby cricket baseball basketball hockey nfl nba mlb nhl afl ipl
    f1 racing motorsport league team teams club clubs"""
)
"""A sport or its league is what a fan of it follows, not a team ("a huge football fan")."""
_NOT_TEAM_SUFFIX = ("ism", "ist", "ists", "tion", "tions", "ment", "ity", "ness", "ance", "ence", "ing")
_POLITICS = re.compile(
    r"\b(?:vot(?:e|ed|es|ing|er|ers)|elections?|elected|electoral|polls?|ballots?|referendum|politic\w*|"
    r"president(?:ial)?|prime\s+minister|senator|congress(?:man|woman)?|parliament\w*|candidates?|manifesto|"
    r"democrats?|republicans?|tory|tories|(?:labour|labor|green|conservative|liberal|reform)\s+party|"
    r"the\s+party|lib\s*dems?|mps?)\b",
    re.IGNORECASE,
)


def _weight_said(t: str, turn: str) -> str:
    """The weight a clause of the speaker's says, or "": "i weigh 82kg" → "82 kg", "i'm 12 stone 4" → "12 st 4 lb".
    Not in a turn about lifting ("working on my squat, i'm at 100kg now" is the bar), and only a weight a body can
    have in its unit."""
    m = _WEIGHS.match(t) or _SCALE_SAYS.match(t)
    if not m or _turn_has(_LIFTING, turn) or (m.re is _SCALE_SAYS and _OTHER_BODY.search(turn)):
        return ""
    unit = _WEIGHT_UNITS[m.group("u").lower()] if m.group("u") else ""
    low, high = _BODY_WEIGHTS[unit]
    if not low <= float(m.group("n")) <= high or (m.group("lb") and int(m.group("lb")) > 13):
        return ""
    if not unit:
        return m.group("n")  # (a scale's reading with no unit said)
    pounds = f" {m.group('lb')} lb" if m.group("lb") and unit == "st" else ""
    about = " ".join((m.group("about") or "").lower().split())
    return f"{about} {m.group('n')} {unit}{pounds}".strip()


_BODY_WEIGHTS = {"kg": (25.0, 350.0), "lb": (55.0, 770.0), "st": (4.0, 55.0), "": (40.0, 500.0)}
"""What a grown body weighs, by unit (none: a scale's reading)."""
_LIFTING = re.compile(
    r"\b(?:squat\w*|bench\w*|deadlift\w*|lift\w*|press(?:ing)?|max(?:ed)?|1rm|pb|pr|reps?|sets?|bar|barbell|"
    r"dumbbells?|kettlebells?|plates?|elevator|lift|luggage|suitcase|baggage)\b",
    re.IGNORECASE,
)


_OTHER_BODY = re.compile(
    r"\b(?:dog|cat|puppy|kitten|pet|baby|son|daughter|kid|child|wife|husband|partner|mum|mom|dad|he|she|him|her)\b",
    re.IGNORECASE,
)
"""Someone else on the scale ("scale said 30kg, the dog has put on weight")."""


@lru_cache(maxsize=1024)
def _turn_has(pattern: re.Pattern[str], turn: str) -> bool:
    """Whether the turn has words of ``pattern`` (lifting or a load, politics, sport): once per turn and pattern,
    however many clauses ask (the first review found the extractor quadratic in a turn's length without it)."""
    return bool(pattern.search(turn))


def left_team(text: str, turn: str) -> str:
    """The team a clause of the speaker's says they no longer support, or "": written negated, it ends that team
    if it is the current one ("i'm not supporting the lakers any more"); the same names are refused as for a team
    supported (``_team_said``)."""
    t = text.strip(" .,!?")
    m = _TEAM_LEFT.match(t) if _TEAM_CUES.search(t) else None
    return _team_name(m.group("v") or m.group("w"), turn) if m else ""


def team_named(said: str, turn: str) -> str:
    """``said`` as the name of a team, or "" when it names people, a work team, a cause or a sport: for "my team is
    X", whose X is as often colleagues ("my team is 12 people", "my team is the backend team")."""
    return _team_name(said, turn)


def _team_said(t: str, turn: str) -> str:
    """The team a clause of the speaker's says they support, or "" (the rules in the module docstring)."""
    if not _TEAM_CUES.search(t):
        return ""
    bare = _SUPPORTS.match(t)
    m = bare or _SUPPORTER.match(t) or next((m for f in _TEAM_FRAMES if (m := f.match(t))), None)
    if m is None and _turn_has(_SPORT_EVIDENCE, turn):
        m = _FAN.match(t)  # "die-hard chelsea fan, season ticket holder at the bridge"
    return _team_name(m.group("v"), turn, bare=m is bare) if m else ""


def _team_name(said: str, turn: str, bare: bool = False) -> str:
    """``said`` as a team's name, or "" when it names a person, a cause or anything in a turn about politics.
    ``bare``: said after "i support" with no word of sport in the turn, where a cause, a country or a person is as
    likely ("i support ukraine", "i support keir starmer"): then only one word that is none of those, or a name
    that looks like a club's ("manchester united", "the packers"), is a team."""
    if _turn_has(_POLITICS, turn):
        return ""
    team = _name(said).split()
    name = team[1:] if team and team[0].lower() == "the" else team
    if not name or not any(ch.isalpha() for ch in "".join(name)) or len("".join(name)) < 2:
        return ""
    if name[0].lower() in _NOT_TEAM_LEAD or name[-1].lower() in _NOT_TEAM_HEAD:
        return ""
    if (
        bare
        and not _turn_has(_SPORT_EVIDENCE, turn)
        and (not _NOT_BARE_TEAM.isdisjoint(w.lower() for w in name) or not (_club_like(team) or len(name) == 1))
    ):
        return ""
    if name[-1].lower() in _SPORT_WORDS:
        return ""  # ("i'm a huge football fan", "big nfl fan here": the sport, not a team)
    if any(w.lower() in ("a", "an", "of", "my", "his", "her", "their") for w in name):
        return ""  # ("such a chelsea fan", "a fan of my sister's")
    if any(w.lower().endswith(_NOT_TEAM_SUFFIX) and len(w) > 5 for w in name):
        return ""  # ("i support veganism", "i support immigration reform", "i support recycling")
    return " ".join(name)


def _asked_in(clause: str, turn: str) -> bool:
    """Whether ``turn`` says ``clause`` with a question mark after it: a statement echoed back in disbelief ("i'm
    90 kg? no way") states nothing."""
    said = _spelled_out(turn) if clause and turn else ""
    at = said.find(clause.lower()) if said else -1
    return at >= 0 and said[at + len(clause) :].lstrip().startswith("?")


@lru_cache(maxsize=256)
def _spelled_out(turn: str) -> str:
    """The turn in lower case with its contractions spelled out, as its clauses are (once per turn)."""
    return expand(" ".join(turn.split())).lower()


def _club_like(team: list[str]) -> bool:
    """Whether a name said looks like a club's: a club's word at its end ("manchester united", "leeds rovers"), or
    "the" and a plural ("the packers", "the red sox", "the all blacks"; not "the red cross")."""
    last = team[-1].lower()
    return last in _CLUB_WORDS or (team[0].lower() == "the" and len(team) > 1 and last.endswith(("s", "x")))


_CLUB_WORDS = words(
    """fc afc united city rovers athletic athletico wanderers hotspur albion county town rangers celtic villa
    forest palace wednesday orient argyle alexandra dons thistle hearts rfc cf sc"""
)
_NOT_BARE_TEAM = COUNTRIES | words(
    """ukraine palestine israel gaza taiwan tibet brexit remain leave trump biden harris obama starmer sunak corbyn
    farage greenpeace unicef oxfam amnesty rnli macmillan nhs bbc nasa underdog underdogs king queen monarchy
    republic unions strikers workers nurses teachers farmers troops veterans refugees immigrants trans lgbt lgbtq
    pride feminism science art arts music education labour labor tories tory democrats republicans greens snp
    reform libdems conservatives liberals socialism palestinians ukrainians israelis macron zelensky putin bernie
    sanders modi samaritans shelter wikipedia doctors miners students kids children
    families police firefighters bees animals wildlife hospital hospitals cross trust charity charities"""
)
"""Causes, countries, politicians and institutions "i support …" names as often as a club, refused when no word of
sport says otherwise (a closed list: the people and causes of a day change, so it is the bare frame that is
narrow, not the list that is long)."""


def without_length(text: str) -> str:
    """The clause without the length of a habit said before its time ("i meditate for ten minutes every morning"
    → "i meditate every morning"): the length is how long, not what; the time after it says it is a habit."""
    m = _LENGTH.match(text)
    return text if not m else m.group("pre") + text[m.end() :]


def _name(raw: str) -> str:
    return " ".join(raw.split()).strip(" .,!?")


def _weight_or_team(t: str, text: str, turn: str) -> list[Fact]:
    """The weight or the team a clause (``t``, stripped of ``text``'s end) says, unless it only echoes it back as
    a question ("i'm 90 kg? no way", "i support arsenal?"), which is asked only once one is found (the hot path of
    every clause)."""
    weight = _weight_said(t, turn or t) if any(c.isdigit() for c in t) else ""
    said: list[Fact] = [("weight", weight)] if weight else []
    if not said:
        team = _team_said(t, turn or t)
        said = [("team", team)] if team else []
    return [] if not said or text.rstrip().endswith("?") or _asked_in(t, turn) else said


def everyday_of(text: str, today: bool, turn: str = "") -> tuple[list[Fact], bool]:  # noqa: C901 - one frame per branch
    """The facts (key, value) the speaker's clause says in one of this module's frames, and whether it was one.
    ``today``: the clause was dated to the turn's own day (then no habit is read); ``turn``: the whole turn, which
    tells a team supported from a politician ("i support labour, i voted for them")."""
    t = text.strip(" .,!?")
    low = t.lower()
    if not low.startswith(("i ", "we ", "my ", "our ")):
        # ("currently sitting at 71.5 kg", "scale says 203": chat drops the "i"; "celtic is my team": the team
        # before its frame)
        found = _weight_or_team(t, text, turn)
        return (found, True) if found else ([], False)
    if low.startswith(("my commute", "our commute")):
        m = _COMMUTE_LONG.match(t)
        return ([("commute", _MODE_WORD.get(m.group("v").lower(), m.group("v").lower()))], True) if m else ([], False)
    if "blind" in low:
        m = _COLOUR_BLIND.match(t)
        if m:
            said = m.group("v").lower()  # (one spelling: "colour blind", "colourblind" → "colour-blind")
            return [("health", said[: said.index("r") + 1] + "-blind")], True
    if "dream" in low or "nightmare" in low or "nap" in low:
        if _SLEPT.match(t):
            return [], True
    if _WEIGHT_DESCRIBED.match(t):
        return [], True  # ("my weight is a problem", "my weight's been up and down": no weight said)
    found = _weight_or_team(t, text, turn)
    if found:
        return found, True
    if today:
        return [], False
    m = _KEPT.match(t) if _match_any(low, ("keep", "look after", "raise", "breed", "care for")) else None
    if m:
        said = m.group("v").lower()
        kind = pet_kind(said) if said.split()[-1] in PETS else None
        if not kind and said.split()[-1] in _KEPT_ANIMALS:
            kind = said.split()[-1]
            kind = kind[:-1] if kind.endswith("s") and kind not in ("sheep",) else kind
        if kind:
            return [("pets", kind)], True
    m = _MEDICINE_DOSE.match(t) if any(c.isdigit() for c in low) else None
    if m and m.group("v").lower() not in _NOT_MEDICINE:
        return [("medications", m.group("v").lower())], True
    m = (
        _COURSE.match(t)
        if "doing" in low or "stud" in low or "pursu" in low or "enrol" in low or "tak" in low
        else None
    )
    if m:
        course = m.group("v").lower().replace("master's", "masters").replace("bachelor's", "bachelors")
        rest = _name(m.group("rest") or "").lower()
        return [("education", f"{course} {rest}".strip())], True
    m = _ART_DONE.match(t)
    if m:
        return [("hobbies", " ".join(m.group("v").lower().split()))], True
    m = _MADE.match(t)
    if m:
        verb = _MAKING[" ".join(m.group("verb").lower().split())]
        return [("hobbies", f"{verb} {_name(m.group('v')).lower()}")], True
    m = _ON_PLATFORM.match(t)
    said = m.group("v").lower().split() if m else []
    if said and said[0] in _PLATFORMS and (len(said) == 1 or said[0] in _PHONES):  # ("i'm on an iphone 14")
        return [("devices", " ".join(said))], True
    m = _WORN.match(t)
    if m:
        return [("devices", _name(m.group("v")).lower())], True
    m = _UNDERSTOOD.match(t)
    if m and m.group("v").lower() in LANGUAGES:
        return [("languages", m.group("v").lower())], True
    m = _RENTING.match(t) if "rent" in low else None
    if m:
        return [("home", _name(m.group("v")))], True
    m = _EMPLOYED.match(t) if "employed" in low else None
    if m:
        return [("employer", _name(m.group("v")))], False  # (the role after "as" is the clause reader's)
    m = _NOT_HAD.match(t) if " eat " in f"{low} " or " drink " in f"{low} " else None
    if m:
        food = _name(m.group("v")).lower()
        first = food.split()[0]
        if first not in _NOT_FOOD and not (m.group("verb").lower() == "drink" and food not in _DRINKS_AVOIDED):
            return [("dietary_restrictions", food)], False  # (the negated taste the clause reader gives stays)
    m = _DIET_FOLLOWED.match(t) if " diet" in low else None
    if m:  # (read as "i am on a … diet" is: "a low-fodmap diet" is a restriction, "a paleo diet" a diet)
        said = [(k, v) for k, v, negated in health_of(f"i am on a {m.group('v').lower()} diet") if not negated]
        return said or [("food_preference", m.group("v").lower())], True
    m = _DIET_SETTLED.match(t)
    if m and m.group("v").lower() in DIETS | {"plant-based", "pescetarian"}:
        return [("food_preference", m.group("v").lower())], True
    m = _BANKS.match(t) if "bank" in low or "account" in low or "money" in low or "savings" in low else None
    if m:
        return [("bank", _name(m.group("v")))], True  # one bank at a time, as "my bank is …" says (_providers)
    m = _EARNS.match(t) if any(c.isdigit() for c in low) or "figures" in low else None
    if m:
        return [("income", _name(m.group("v")).lower())], True
    m = _INVESTS.match(t)
    if m:
        put = re.sub(r"^(?:my|our|an?)\s+", "", _name(m.group("v")).lower())
        return [("finances", f"invests in {put}")], True
    m = _TIMETABLED.match(t)
    if m:
        return [("commute", m.group("v").lower())], True
    return [], False


def _match_any(low: str, cues: tuple[str, ...]) -> bool:
    return any(f" {c} " in f" {low} " for c in cues)
