"""Who provides a service to the speaker: their bank, phone carrier, gym, doctor, dentist, therapist, vet, insurer,
internet or energy supplier, email provider, hairdresser, pharmacy, mechanic and accountant, one value per service,
so that a switch supersedes.

An assistant is told these things in passing and asked about them later ("which bank am i with?"), and they change
in words no general rule reads: "switched banks, im with monzo now", "new gym! signed up at crunch", "i cancelled my
planet fitness membership and joined equinox", "got a new family doctor, dr. lee", "ported my number to mint
mobile". Before this reader those gave nothing, or worse: a new employer ("joined equinox"), a home ("moved from
spotify to apple music" is a tool's business, "moved our insurance to lemonade" no move), a liking, or a key minted
from the words ("new_doctor", "current_bank") that never superseded the old one.

The service is known from a noun of the sentence ("banks", "my car insurance", "carrier", "gp") or, with none, from
the provider's own name when it ends in its kind ("planet fitness", "t-mobile", "dr. kim", "chase bank"), or from what
is done there ("i get my prescriptions from boots", "h&r block does my taxes"). Without any nothing is read:
"i switched to visible" names no service, and a list of brands would be one country's and always out of date. A
change of service said with no name read ("i switched banks") is handed to the write path's flag for an unread change
(``changed_service``), which asks whether the old provider still holds. Each service is its own key, single-valued,
so "my bank is barclays" then "switched banks, i'm with monzo now" leaves one current bank and Barclays in its
history. A provider left ("i stopped seeing dr. kim", "closed my wells fargo account", "my old dentist was dr. ross")
is written negated: the value ends and none is added.

Whose it is and whether it was done are read from the clause before the verb: another subject ("he switched banks",
"my brother just joined planet fitness", "Sarah's therapist is …") or a wish, plan, request or denial ("i want to
switch", "told my sister to switch", "i didn't switch") reads nothing.

What is not a provider is not read: a judgement or a description ("my doctor is worried", "my gym is packed", "my
doctor is Indian", "my gp's on holiday"), a place of work ("i work at a bank", "joined barclays bank as an analyst"),
a place gone to ("we moved to the west bank", "went to power yoga"), a person helped ("i took my mom to her
dentist") and anything asked; when the clause reader read such a sentence as a provider, that reading is dropped.

Why the keys are not listed in the ontology: they hold one value without it (a key it does not list is
single-valued), and listing them moved the standard score of every key's meaning, which is taken over all the keys
(``_meanings``) and read by recall's intent and by the write path's flag. With eight of them listed, "landed a new
position over in ohio" no longer stood out as about ``employer`` (2.52 → 2.39 against 2.5), nor a dev probe
set's move from one college to another; with none, every flag and probe figure is as before. Even taking "the bank
they use" out of ``finances``' description moved "what do i do for a living?" off ``role``, so the ontology is left
as it was: its ``finances`` still says "bank", and the bank itself is this reader's ``bank``."""

from __future__ import annotations

import re
from datetime import datetime

from ._lexicon import KIN, LANGUAGES, MOODS, PEOPLE_NOUNS, TRAITS, words
from ._rule_clause import speaker_fact
from ._types import Extraction

__all__ = ["SERVICE_KEYS", "changed_service", "providers_said"]

# -- the services and their keys ---------------------------------------------------------------------------------
_INSURED = (
    r"(?:car|auto|motor|home|homeowner(?:'s|s)?|house|household|renters?|contents|health|medical|pet|life|travel)"
)
_SERVICE = re.compile(
    r"\b(?:"
    r"(?P<bank>banks?(?!\s+(?:card|cards|holiday|statement|transfer|app|balance|details|loan|robbery|manager|teller|"
    r"clerk|job|note|notes|account\s+number))|banking|(?:current|checking|chequing|savings|bank|joint)\s+accounts?)"
    r"|(?P<carrier>carriers?|(?:phone|mobile|cell|cellphone|cellular|wireless)\s+(?:carriers?|providers?|networks?|"
    r"plans?|companies|company|contracts?)|sim\s+only\s+plan|sim|(?P<number>(?:phone\s+)?number))"
    r"|(?P<gym>gyms?|gym\s+membership|fitness\s+club|health\s+club|leisure\s+cent(?:re|er))"
    r"|(?P<dentist>dentists?|dental\s+practice)"
    r"|(?P<therapist>therapists?|counsell?ors?|psychologists?|psychiatrists?)"
    r"|(?P<vet>vets|veterinarians?|vet\s+practice|vet(?=\s*[,!:.]|\s*$|\s+(?:is|was|now|dr)\b))"
    r"|(?P<doctor>doctors?|docs?|gp|family\s+(?:doctors?|physicians?)|primary\s+care\s+(?:doctor|physician|provider)s?|"
    r"pcp|physicians?|"
    r"doctor'?s\s+surgery|gp\s+surgery)"
    r"|(?P<insurance>(?P<ins>"
    + _INSURED
    + r")\s+(?:insurance|insurer|cover|policy)|insurance(?:\s+company)?|insurers?|"
    r"insured)"
    r"|(?P<internet>internet(?:\s+(?:providers?|company|plan))?|broadband(?:\s+providers?)?|isp|wi-?fi\s+providers?)"
    r"|(?P<energy>(?:energy|electricity|electric|gas|power)\s+(?:suppliers?|providers?|company|companies))"
    r"|(?P<email>e-?mail(?:\s+(?:providers?|account))?)"
    r"|(?P<hairdresser>hair\s*dressers?|barbers?|hair\s+stylists?|hair\s+salon)"
    r"|(?P<pharmacy>pharmacy|pharmacies|chemists?|drugstore)"
    r"|(?P<mechanic>(?:car\s+)?mechanics?)"
    r"|(?P<accountant>accountants?|bookkeepers?)"
    r")\b",
    re.IGNORECASE,
)
"""The nouns that name a service, one named group per key. A phone "number" and "email" are only read as moved
("ported my number to …", "moved my email to …"): "my number is …" and "my email is …" are contact details."""
_MAY_NAME = re.compile(
    r"\b(?:fitness|\w*gym\w*|crossfit|ymca|bank|credit\s+union|building\s+society|mobile|wireless|cellular|telecom|"
    r"insurance|assurance|broadband|fiber|fibre|energy|electric|power|dental|dentistry|vets|veterinary|mail|dr|"
    r"salon|barbers|barbershop|pharmacy|chemists?|accounting|accountants|"
    r"account|accounts|membership|money|savings|number|policy|sim|for|seeing|see|work\s+out|lift|train|swim|"
    r"prescriptions?|hair|therapy|counsell?ing|car|van|truck|tax|taxes|books|patient|energy|electricity|gas|email|"
    r"my\s+\w+\s+is)\b",
    re.IGNORECASE,
)
"""A word without which the sentence names no provider: most sentences are given up on after this one search."""
_SERVICE_WORDS = re.sub(r"\(\?P<\w+>", "(?:", _SERVICE.pattern)
"""The same nouns, without their groups, for use inside other patterns."""

_KEYS = {
    "bank": "bank",
    "carrier": "phone_carrier",
    "gym": "gym",
    "dentist": "dentist",
    "therapist": "therapist",
    "vet": "vet",
    "doctor": "doctor",
    "internet": "internet_provider",
    "energy": "energy_supplier",
    "email": "email_provider",
    "hairdresser": "hairdresser",
    "pharmacy": "pharmacy",
    "mechanic": "mechanic",
    "accountant": "accountant",
}
_INSURANCE_KEYS = {
    "car": "car_insurance", "auto": "car_insurance", "motor": "car_insurance",
    "home": "home_insurance", "homeowner": "home_insurance", "homeowners": "home_insurance",
    "homeowner's": "home_insurance",
    "house": "home_insurance", "household": "home_insurance", "renter": "home_insurance",
    "renters": "home_insurance", "contents": "home_insurance",
    "health": "health_insurance", "medical": "health_insurance",
    "pet": "pet_insurance", "life": "life_insurance", "travel": "travel_insurance",
}  # fmt: skip
SERVICE_KEYS: frozenset[str] = frozenset(_KEYS.values()) | frozenset(_INSURANCE_KEYS.values()) | {"insurance"}
"""Every key this reader writes. Each holds one value, as every key the ontology does not list does."""

_NAMED_KIND = re.compile(
    r"^(?P<doctor>dr\.?\s+\w+.*)$"
    r"|.*\b(?:(?P<gym>fitness|\w*gym\w*|crossfit|ymca|athletic\s+club|leisure\s+cent(?:re|er))"
    r"|(?P<bank>bank|building\s+society|credit\s+union)"
    r"|(?P<carrier>mobile|wireless|cellular|telecom)"
    r"|(?P<insurance>insurance|assurance)"
    r"|(?P<internet>broadband|fiber|fibre)"
    r"|(?P<energy>energy|electric|power)"
    r"|(?P<dentist>dental|dentistry)"
    r"|(?P<vet>vets|veterinary|animal\s+hospital)"
    r"|(?P<email>mail)"
    r"|(?P<hairdresser>salon|barbers|barbershop|hair)"
    r"|(?P<pharmacy>pharmacy|chemists?)"
    r"|(?P<accountant>accounting|accountants))$",
    re.IGNORECASE,
)
"""A provider whose own name ends in its service ("Planet Fitness", "PureGym", "Mint Mobile", "Chase Bank", "Octopus
Energy") or is a doctor's ("Dr. Kim"). The word must end the name: "the mobile library", "power yoga" and "the dental
hospital" are no providers."""
_KIND_WORDS = words(
    """fiber fibre broadband mobile wireless cellular telecom fitness gym bank insurance assurance energy power electric
    dental dentistry vets veterinary animal hospital athletic club leisure centre center credit union building society
    mail salon barbers barbershop hair pharmacy chemist chemists accounting accountants the"""
)
"""The words of a service's kind: a value made of nothing else ("the fitness center", "fiber", "the animal hospital")
says what kind of provider, not which."""
_FOR_KIND = re.compile(
    r"\bfor\s+(?:my\s+|our\s+|the\s+|some\s+)?(?:(?P<therapist>therapy|counsell?ing|my\s+anxiety|my\s+depression)|"
    r"(?P<dentist>teeth|dental\s+\w+|(?:a\s+)?clean(?:ing)?s?|fillings?))\b",
    re.IGNORECASE,
)
"""What a doctor is seen for, when it says the kind ("i started seeing dr. hall for therapy", "… for my teeth")."""

# -- the provider's name -------------------------------------------------------------------------------------------
_END = (
    r"(?=\s*$|\s*[,.;:!?()]|\s+(?:now|instead|these\s+days|nowadays|because|cause|cuz|bc|since|for|and|but|so|which|"
    r"who|after|last|this|next|in|on|near|over|from|today|yesterday|recently|lately|though|too|as|a|two|three|back|"
    r"again|finally|when|if|until|then|to|with|by|about|like|lol|haha|hopefully|yay|it'?s|its|they|their|at|earlier|"
    r"already|just|a\s+while|months?|weeks?|years?|instead|anymore|any\s+more|before|every|most|twice|once|daily|"
    r"weekly|each|during)\b)"
)
_V = r"(?:(?:an?\s+)?dr\.?\s+)?[\w&'’.+-]+(?:\s+[\w&'’.+-]+){0,3}?"
_VALUE = r"(?P<v>" + _V + r")" + _END
_ME = r"(?:^\s*(?:(?:just|finally|recently|also|now|so|anyway|ok|well)\s+)*|\b(?:i|we)(?:\s*(?:'ve|ve|have|'m|m|am|are|'re|re|just|finally|recently|also|now|actually|officially|"
_ME += r"all)\b)*\s*)"
"""The speaker as subject, or none ("got car insurance with geico", "been with monzo for years")."""

_NOT_NAMES = words(
    """a an another it its it's them him her this that these those one ones someone somebody something there here
    so very really pretty super too much more less not never always still just quite kinda like closed open shut
    amazing great awesome good bad terrible awful horrible lovely nice kind fine ok okay cheap cheaper expensive
    busy packed crowded far close nearby near worried concerned happy annoyed angry mad new old young different
    better worse best worst local same my our your his their work home school town city online somewhere everything
    nothing anything everyone all what which who how why when where me us you i we of in on at to for paying
    pay down up out off slow fast back fixed working broken free full empty small big huge tiny strict useless
    rubbish decent solid reliable retiring leaving moving gone female male woman man lady guy girl boy
    sick ill away late early gonna going about over under through across part only crazy gentle thorough rough
    void membership subscription appointment account plan policy contract renewal bill session sessions class
    classes booking visit trip unlimited prepaid family friends kids park around next opposite behind beside inside
    outside down"""
)
"""Words a provider's name never starts with, said in lower case: "my doctor is worried", "my internet is down",
"my gym is so expensive", "switched to another one"."""
_NOT_IN_NAME = words("or at in on to from with for away minutes mins blocks miles walk drive street road only off down")
"""Words no name of a provider holds: "chase or citi", "phone at the", "twenty minutes away"."""
_GENERIC_TAIL = words(
    """one ones plan plans deal contract place provider company option account thing center centre club studio clinic
    practice office surgery store shop folder inbox tab label app"""
)
"""A lower-case value ending in these is a kind, not a name ("the cheapest plan", "a dental clinic", "the archive
folder")."""
_WHO_ONE_IS = words(
    """indian american canadian mexican nigerian ghanaian kenyan brazilian argentinian australian italian african
    asian european pakistani bangladeshi lankan israeli iraqi iranian irish scottish welsh british english
    french dutch greek turkish polish swedish danish norwegian finnish russian ukrainian chinese japanese korean
    vietnamese thai filipino spanish portuguese german egyptian moroccan lebanese syrian jamaican cuban colombian
    peruvian chilean muslim christian jewish hindu catholic buddhist sikh atheist black white latina latino gay
    lesbian queer trans bi straight chatty friendly"""
)
"""What a person is, said after "my doctor is" ("Indian", "Muslim", "chatty"): never the name of a provider."""
_ADJECTIVE_ENDS = ("ive", "ful", "ous", "less", "able", "ese", "ish", "ant", "ent", "ic", "ian")
"""Endings of describing words: a lone lower-case word after "my doctor is" ending so is said of the doctor
("pregnant", "japanese", "comprehensive"), not a name."""

# -- what the sentence says --------------------------------------------------------------------------------------
_COPULA = re.compile(
    r"\b(?:my|our)\s+(?:(?:new|current|regular|usual|own|main|local|primary|personal)\s+(?!accounts?\b))?"
    r"(?P<s>[\w -]+?)(?:\s+(?:these\s+days|right\s+now|at\s+the\s+moment))?"
    r"(?:\s+(?:is|are|comes|come)|['’]s\s+name\s+is|(?P<clitic>['’]s))\s+"
    r"(?:now\s+|actually\s+|still\s+)?(?P<how>(?:with|through|at|on|from|called|named)\s+)?" + _VALUE,
    re.IGNORECASE,
)
""""my bank is barclays", "my new doctor is Dr. Okafor", "my car insurance is with geico", "my new therapist's name
is sara", and "'s" for "is" only when the name ends the clause ("my gym's virgin active"): "my doctor's surgery
closed down", "my phone provider's app keeps crashing" are possessives."""
_CLAUSE_END = re.compile(r"\s*(?:$|[,.;:!?]|\s(?:now|these\s+days|lol)\b)")
_NAMED_FIRST = re.compile(
    r"^(?P<v>" + _V + r")\s+(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:my|our)\s+(?:new\s+)?"
    r"(?P<s>[\w' -]+?)(?:\s+(?:now|these\s+days|(?:since|for|ever\s+since)\s.*))?\s*$",
    re.IGNORECASE,
)
""""chase is my bank now", "Dr. Patel is our new GP"."""
_WAS = re.compile(
    r"\b(?:my|our)\s+(?:old|previous|last|former|ex)\s+(?P<s>[\w -]+?)\s+(?:was|used\s+to\s+be)\s+" + _VALUE,
    re.IGNORECASE,
)
""""my old bank was barclays": a provider had, ended."""
_HAVE_WITH = re.compile(
    _ME
    + r"(?:(?:have|had|got|get|use)\s+(?:(?:my|our|an?|the)\s+)?(?:new\s+)?(?P<s>[\w' -]+?)|(?:been\s+)?(?P<ins>insured|covered))"
    r"\s+(?:with|through|from|at|by)\s+" + _VALUE,
    re.IGNORECASE,
)
""""i have car insurance with geico", "we get our internet through comcast", "i'm insured by state farm"."""
_WITH = re.compile(
    r"(?:" + _ME + r"|\bnow\s+|\bbeen\s+)(?:with|on|banking\s+with|going\s+with|sticking\s+with)\s+" + _VALUE,
    re.IGNORECASE,
)
""""im with monzo now", "changed doctors - now with dr fry": the service said as changed in the sentence, or the
provider's name saying it ("we're with octopus energy now")."""
_SEEN = re.compile(
    _ME + r"(?P<verb>see|visit|seeing)\s+(?:(?:an?|my|our)\s+(?P<s>" + _SERVICE_WORDS + r")\s*,\s*)?" + _VALUE,
    re.IGNORECASE,
)
""""i see dr. huang every few months", "i see a therapist, dr berg, every week": a doctor seen as one's own,
habitually ("seeing" only when the sentence says the doctor changed: "i'm seeing dr. shah for my knee next week" is
one visit)."""
_PET_TO = re.compile(
    r"\b(?:take|took|taking|bring|brought|registered)\s+(?:my|our|the)\s+(?:dogs?|cats?|pets?|pupp(?:y|ies)|kittens?|"
    r"rabbits?|bunn(?:y|ies)|horses?|\w+)\s+(?:to|with|at)\s+" + _VALUE,
    re.IGNORECASE,
)
""""we take the dogs to vca animal hospital", "registered the cat with willows veterinary": the vet, when the name
says so or is a doctor's."""
_MEMBER = re.compile(
    _ME + r"(?:(?:a\s+)?member\s+(?:at|of)|go\s+to|train\s+at|work\s+out\s+at|lift\s+at|swim\s+at|use|"
    r"have\s+(?:an?\s+)?(?:\w+\s+)?membership\s+(?:at|with))\s+" + _VALUE,
    re.IGNORECASE,
)
""""i go to planet fitness", "i'm a member at the ymca", "we use cricket wireless": a provider only when its name says
its service: "i go to church", "i use my phone" name none."""
_FOR_MY = re.compile(
    _ME
    + r"(?:with|on|using|use|have|go\s+to|switched\s+to|moved\s+to|went\s+with)\s+"
    + _VALUE
    + r"\s+for\s+(?:(?:my|our|the)\s+)?(?P<s>phones?|mobiles?|cells?|cell\s+phones?|wi-?fi|banking|energy|"
    r"electricity|gas|" + _SERVICE_WORDS[2:-2] + r")\b",
    re.IGNORECASE,
)
""""i'm with at&t for my phone", "we use comcast for the internet", "i'm with nationwide for my current account"."""
_SUPPLIED = frozenset({"email_provider", "energy_supplier", "phone_carrier", "internet_provider"})
"""Services one is "on" or gets "from" a provider ("my email is on outlook", "our power comes from octopus")."""
_FOR_KEYS = {"phone": "phone_carrier", "mobile": "phone_carrier", "cell": "phone_carrier", "wifi": "internet_provider",
             "wi-fi": "internet_provider", "banking": "bank", "energy": "energy_supplier",
             "electricity": "energy_supplier", "gas": "energy_supplier", "gas and electric": "energy_supplier",
             "gas and electricity": "energy_supplier"}  # fmt: skip
_SWITCHED_TO = re.compile(
    r"\b(?P<verb>switched|switching|switch|moved|moving|changed|changing|transferred|swapped|ported|porting|migrated|"
    r"went|gone|jumped)\s+(?:(?:my|our|the|all\s+my|all\s+our)\s+)?(?P<s>[\w' -]+?)??\s*(?:over\s+|across\s+)?"
    r"(?:\bfrom\s+(?P<old>[\w&'’.+ -]+?)\s+)?\bto\s+" + _VALUE,
    re.IGNORECASE,
)
""""switched my car insurance to progressive", "ported my number to mint mobile", "moved from planet fitness to
crunch"."""
_MOVED_THINGS = {
    "account": "bank",
    "accounts": "bank",
    "savings": "bank",
    "money": "bank",
    "policy": "insurance",
    "energy": "energy_supplier",
    "electricity": "energy_supplier",
    "gas and electric": "energy_supplier",
    "gas and electricity": "energy_supplier",
    "prescription": "pharmacy",
    "prescriptions": "pharmacy",
    "membership": None,
    "it": None,
    "them": None,
}
"""What is moved to a provider without naming its service (an account, one's money, one's prescriptions, a
membership), and the service it says if any."""
_JOINED = re.compile(
    r"\b(?:joined|signed\s+up\s+(?:at|with|for|to)|registered\s+(?:at|with)|enrolled\s+(?:at|with)|"
    r"(?:assigned|transferred)\s+to|went\s+with|going\s+with|opened\s+(?P<acct>an?\s+(?:new\s+)?[\w ]*?account|one)\s+"
    r"(?:at|with)|started\s+(?:seeing|going\s+to|with)|now\s+(?:seeing|going\s+to)|banking\s+with)\s+"
    r"(?:(?:an?\s+|the\s+)?new\s+(?P<s>[\w' -]+?)\s*,?\s+)?" + _VALUE,
    re.IGNORECASE,
)
""""signed up at crunch", "joined equinox", "started with a new therapist, sara", "opened one at schwab"."""
_GOT_NEW = re.compile(
    r"\b(?:got|found|have|picked|chose|seeing|working\s+with|assigned|referred\s+to)\s+(?:(?:a|an|my|our)\s+)?new\s+"
    r"(?P<s>[\w' -]+?)(?:\s+(?:near|at|by|close\s+to|in)\s+[\w ]+?)?\s*[,:!-]+\s*(?:it'?s\s+|"
    r"(?:(?:she|he|they)\s*(?:'s|is|are)\s+)?(?:called|named)\s+|signed\s+up\s+at\s+|joined\s+)?" + _VALUE,
    re.IGNORECASE,
)
""""got a new family doctor, dr. lee", "found a new dentist near work, dr. nguyen", "i'm working with a new
therapist, dev"."""
_NEW_BANG = re.compile(r"^new\s+(?P<s>[\w' -]+?)\s*(?:[!:,.-]+\s*|$)", re.IGNORECASE)
""""new gym! signed up at crunch": the service said as a heading."""
_LEFT = re.compile(
    r"\b(?P<verb>stopped\s+(?:seeing|going\s+to|using|banking\s+with)|cancell?ed|cancell?ing|closed|closing|quit|"
    r"left|dropped|ditched|dumped|got\s+rid\s+of|ended|no\s+longer\s+(?:with|at|seeing|using))\s+"
    r"(?:(?:my|our|the)\s+)?(?:(?P<app>" + _SERVICE_WORDS + r")(?:\s*,\s*|\s+(?:with|at|from)\s+|\s+))?"
    r"(?P<v>" + _V + r")"
    r"(?:\s+(?P<s>membership|account|accounts|plan|contract|policy|subscription|" + _SERVICE_WORDS + r"))?"
    r"(?=\s*$|\s*[,.;:!?]|\s+(?:and|but|so|for|because|after|last|this|since|to|then|when|finally|over|anymore|"
    r"too|as\s+well)\b)",
    re.IGNORECASE,
)
""""i stopped seeing dr. kim", "cancelled my planet fitness membership", "closed my wells fargo account", "cancelled
my car insurance with geico", "stopped seeing my therapist, sara"."""
_LEFT_FOR = re.compile(
    r"\b(?:left|dropped|ditched|dumped|swapped|traded)\s+(?P<old>" + _V + r")\s+for\s+" + _VALUE, re.IGNORECASE
)
""""left at&t for mint mobile", "ditched barclays for monzo": one provider for another, the kind said by either
name or by the sentence."""
_BARE_NAME = re.compile(
    r"^(?:(?:his|her|their|its)\s+name\s+is\s+|it\s+is\s+|it'?s\s+|called\s+|went\s+with\s+)?(?P<v>" + _V + r")\s*$",
    re.IGNORECASE,
)
"""A sentence that is only the name of the service the sentence before changed."""
_APPOSED = re.compile(
    r"\b(?P<verb>with|to|seeing|see|saw|visit|visited|stopped\s+(?:going\s+to|seeing)|left|dropped|ditched)\s+"
    r"(?P<v>" + _V + r")\s*,\s*(?:my|our)\s+(?:(?P<adj>new|usual|regular|old|former|previous|current)\s+)?"
    r"(?P<s>" + _SERVICE_WORDS + r")"
    r"|\b(?:my|our)\s+(?:(?P<adj2>new|usual|regular|old|former|previous|current)\s+)?(?P<s2>" + _SERVICE_WORDS + r")"
    r"\s*,?\s+(?P<v2>dr\.?\s+[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?)",
    re.IGNORECASE,
)
""""booked in with sam, my usual barber", "i stopped going to dr. fischer, my old dentist", "took rex to our vet dr
singh": a name and the service it is, side by side."""
_HABIT = re.compile(
    _ME + r"(?:(?P<rx>get|pick\s+up|collect|fill)\s+(?:my|our)\s+(?:prescriptions?|meds|medications?|medicines?)"
    r"(?:\s+filled)?\s+(?:from|at)"
    r"|(?P<hair>get|have)\s+(?:my|our)\s+hair\s+(?:cut|done|colou?red|trimmed)\s+(?:at|by|with)"
    r"|(?P<therapy>do|have|get)\s+(?:my\s+)?(?:therapy|counsell?ing)\s+(?:through|with|at)"
    r"|(?P<car>take|took)\s+(?:my|our|the)\s+(?:car|truck|van)\s+(?:in\s+)?to)\s+" + _VALUE,
    re.IGNORECASE,
)
""""i get my prescriptions from boots", "i get my hair cut at great clips", "i do therapy through betterhelp",
"i take my car to Midas" (a car taken somewhere by name only when capitalised: "to the beach" is no garage)."""
_DOES_MY = re.compile(
    r"^(?P<v>" + _V + r")\s+(?:does|do|did|handles|files)\s+(?:my|our)\s+(?:taxes|tax\s+returns?|books|accounts|"
    r"bookkeeping|payroll)\b",
    re.IGNORECASE,
)
""""H&R Block does my taxes", "mike does my books now": the accountant."""
_PATIENT = re.compile(_ME + r"(?:a\s+)?(?:patient|client)\s+(?:of|at|with)\s+" + _VALUE, re.IGNORECASE)
""""i'm a patient of dr. walsh", "a patient at smile dental"."""
_LEFT_THINGS = {"account": "bank", "accounts": "bank", "policy": "insurance"}
_CHANGED_SERVICE = re.compile(
    r"\b(?:switch\w*|chang\w*|mov\w*|swapp?\w*|got|found|need\w*|tried|picked|chose|cancell?\w*|closed|dropped|"
    r"ditched|left|ported|new)\s+(?:(?:my|our|the|a|an|to\s+a|to\s+an?)\s+)?(?:new\s+)?$",
    re.IGNORECASE,
)
"""What goes before a service noun that the sentence says was changed ("switched banks", "new gym", "got a new
family doctor"): only then is a bare name in the sentence ("im with monzo now") that service's provider."""

# -- whose, and whether done -------------------------------------------------------------------------------------
_WORK = re.compile(
    r"\b(?:(?:work(?:s|ed|ing)?(?!\s+out)|job|employ(?:ed|er)|hired|intern(?:ing)?|shift|teller|staff|career|"
    r"i\s+am\s+an?\s+(?!member|customer|patient|client)\w+)\s+(?:\w+\s+)?(?:at|for|in)|at\s+work|"
    r"as\s+(?:an?|the|their|its)\s+\w+|(?:team|branch|department|position|role|colleagues?))\b",
    re.IGNORECASE,
)
"""A workplace said: "i work at a bank", "joined chase bank as an analyst", "transferred to the chase branch in austin",
"at work we moved our email to …" (employment is the job readers' business)."""
_OTHERS = KIN | (PEOPLE_NOUNS - {"doctor", "therapist"}) | words("landlord landlady client")
_BOUNDARY = re.compile(r"[,;.!?]|\b(?:and|but|so|because|then|after|before|while)\b", re.IGNORECASE)
_OTHER_SUBJECT = re.compile(
    r"\b(?:he|she|they|you|(?:my|our|his|her|their)\s+(?P<w1>[\w-]+)(?:\s+(?P<who>[\w-]+))?(?:['’]s)?)\b", re.IGNORECASE
)
_UNDONE = re.compile(
    r"\b(?:want|wants|wanted|wanna|going\s+to|gonna|plan|plans|planning|planned|thinking|consider\w*|might|may|"
    r"should|could|would|need\s+to|needs\s+to|trying\s+to|try\s+to|hope|hoping|if|told|tell|asked|ask|wish|"
    r"about\s+to|will|won't|'ll|not|never|didn't|don't|doesn't|did\s+not|do\s+not|sure|whether|maybe|probably)\b",
    re.IGNORECASE,
)
"""Before the verb in its clause: a switch wanted, planned, asked of someone, denied or doubted, not done."""
_SOMEONES = re.compile(r"\b[A-Z][a-z]+['’]s\s+(?:new\s+|usual\s+|old\s+)?(?P<s>" + _SERVICE_WORDS + r")")
""""Sarah's therapist is Dr. Miller": a named person's provider (a brand's service word is capitalised with it:
"Gold's Gym")."""
_SPEAKER = re.compile(r"\b(?:i|me|we|us)\b", re.IGNORECASE)


def _kind(m: re.Match[str] | None) -> str | None:
    """The key the service noun (or the provider's own name) matched by ``m`` stands for."""
    if m is None:
        return None
    groups = m.groupdict()
    if groups.get("insurance"):
        ins = groups.get("ins")
        return _INSURANCE_KEYS.get(ins.lower(), "insurance") if ins else "insurance"
    group = next((g for g in _KEYS if groups.get(g)), None)
    return _KEYS[group] if group else None


def _service_key(noun: str | None, stated: bool = False) -> str | None:
    """The key of a service noun phrase ("car insurance", "banks", "family doctor") if it names one whole; when
    ``stated`` (a copula, not a move), never a phone number's or an email's."""
    if not noun:
        return None
    m = _SERVICE.fullmatch(noun.strip())
    if m is None or stated and (m.group("number") or m.group("email")):
        return None
    return _kind(m)


def _kind_of_name(value: str) -> str | None:
    """The service a provider's own name says, if it says one and is more than the kind ("Mint Mobile", not
    "mobile")."""
    if not value or all(w in _KIND_WORDS for w in value.lower().split()):
        return None
    return _kind(_NAMED_KIND.match(value))


def _name(raw: str, stated: bool = False) -> str:
    """The provider's name as said, or "" when it is no name (a judgement, a pronoun, a kind, a description).
    ``stated``: said after "my … is", where describing words come ("my bank is closed", "my doctor is pregnant")."""
    value = raw.strip(" '\"’.,")
    ws = value.lower().split()
    if len(ws) > 1 and ws[0] in ("a", "an") and ws[1] in ("dr", "dr."):
        value, ws = value.split(None, 1)[1], ws[1:]  # "i've been assigned to a dr morrison": a name not yet known
    if not ws or ws[0] in ("a", "an") or all(w in _KIND_WORDS for w in ws):
        return ""  # "my doctor is a woman", "signed up at a climbing gym", "my internet is fibre": no name
    if ws[0] == "the" and len(ws) > 1:
        value, ws = value.split(None, 1)[1], ws[1:]
    if len(ws) > 4 or not _NOT_IN_NAME.isdisjoint(ws) or ws[0] in ("it", "them", "this", "that", "one", "my", "our"):
        return ""
    if re.search(r"['’]s\s+[a-z]", value):
        return ""  # "my doctor is Dr. Kim's partner": someone described by another ("Gold's", "Dave's Autos" are names)
    if ws[0] in ("dr", "dr."):
        rest = value.split()[1:]
        return "Dr. " + " ".join(w[:1].upper() + w[1:] for w in rest) if rest else ""
    if stated and len(ws) == 1 and (ws[0] in LANGUAGES or ws[0] in _WHO_ONE_IS):
        return ""  # "my doctor is Indian", "… is Japanese", "… is Muslim": who they are, capitalised or not
    if value[:1].isupper():
        return value  # a capitalised name in the middle of a sentence is a name ("Good Energy", "The Gym Group")
    if ws[0] in _NOT_NAMES or ws[0] in TRAITS or ws[0] in MOODS or ws[-1] in _GENERIC_TAIL:
        return ""
    if stated and (ws[0].endswith(("ed", "ing", "ly")) or len(ws) == 1 and ws[0].endswith(_ADJECTIVE_ENDS)):
        return ""  # "my bank is closed", "my gym is getting busy", "my doctor is pregnant"
    if ws[0][:1].isdigit() and not _kind_of_name(value):
        return ""  # "my gym is 10 minutes away"
    lead = _SERVICE.match(value)
    if lead and not value[lead.end() :].lower().startswith(" of "):
        return ""  # "moved to the bank", "cancelled my dentist appointment": a kind said again, not a name
    return value


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9&+]+", " ", text.lower().replace("dr.", "dr")).strip()


def _changed_kind(text: str) -> str | None:
    """The service the sentence says was changed or taken up ("switched banks", "new gym!"), if any."""
    for m in _SERVICE.finditer(text):
        if _CHANGED_SERVICE.search(text[max(0, m.start() - 40) : m.start()]) and not m.group("number"):
            return _kind(m)
    return None


_SWITCHED_SERVICE = re.compile(
    r"\b(?:(?:switched|changed|swapped|moved|ported|transferred)\s+(?:(?:my|our)\s+)?|"
    r"(?:got|found|have|signed\s+up\s+with|registered\s+with)\s+(?:an?\s+|my\s+|our\s+)?new\s+|^new\s+)"
    r"(?P<s>" + _SERVICE_WORDS + r")",
    re.IGNORECASE,
)


def changed_service(text: str) -> str | None:
    """The key of the service ``text`` says the speaker changed ("i switched banks", "got a new gp"), whether or not
    it names the new provider: the write path asks whether the old one still holds when no name was read."""
    m = _SWITCHED_SERVICE.search(text)
    if m is None or not _own_and_done(text, m.start()):
        return None
    return _service_key(m.group("s"))


def _own_and_done(body: str, at: int) -> bool:
    """Whether the clause that ``at`` is in says the speaker did it: no one else is its subject ("he switched banks",
    "my mom got a new doctor") and it is not wanted, planned, asked or denied ("i want to switch banks", "told my
    sister to switch")."""
    before = body[:at]
    cut = [m.end() for m in _BOUNDARY.finditer(before)]
    clause = before[cut[-1] :] if cut else before
    if _UNDONE.search(clause):
        return False
    if _SPEAKER.search(clause):
        return True
    first = clause.split()[0].lower() if clause.split() else ""
    if first.split("-")[0] in _OTHERS:
        return False  # "grandma switched doctors", "brother-in-law got a new gp"
    other = _OTHER_SUBJECT.search(clause)
    if other is None:
        return True
    words_ = [w.lower().split("-")[0] for w in (other.group("w1"), other.group("who")) if w]
    return bool(words_) and not any(w in _OTHERS for w in words_)


def providers_said(
    body: str,
    question: bool,
    speaker: str,
    span: tuple[int, int],
    when: datetime | None,
    out: Extraction,
    start: int,
    relations_start: int,
    prior: str = "",
) -> None:
    """The speaker's providers of services said, switched to or left in the sentence (see the module docstring);
    what the clause readers made of the same words (an employer, a home, a liking, a minted key) is taken back.
    ``prior`` is the sentence before, for a service said as changed there ("switched banks. | im with monzo now")."""
    services = list(_SERVICE.finditer(body))
    heading = _NEW_BANG.match(prior.strip()) if prior and not services else None
    before = heading and _service_key(heading.group("s")) or (_changed_kind(prior) if prior and not services else None)
    if question:
        for m in (_COPULA.search(body),):  # "my bank is barclays, right?": asked, not said (nor by the clause reader)
            key = _service_key(m.group("s"), stated=True) if m else None
            if key:
                out.attributes[start:] = [
                    a for a in out.attributes[start:] if not (a.entity == speaker and a.key == key)
                ]
        return
    if not (services or before or _MAY_NAME.search(body)):
        return  # most sentences name no service: one scan, then nothing more
    if _WORK.search(body):
        return
    theirs = _SOMEONES.search(body)
    if theirs:  # (and not the speaker's, as the clause reader may have read it: "Sarah's therapist is Dr. Miller")
        key = _service_key(theirs.group("s"))
        out.attributes[start:] = [a for a in out.attributes[start:] if not (a.entity == speaker and a.key == key)]
        return
    for_kind = _kind(_FOR_KIND.search(body))
    said_kind = for_kind or _changed_kind(body) or before
    found: list[tuple[str, str, bool]] = []
    unnamed: set[str] = set()

    def take(
        key: str | None, raw: str, negated: bool = False, bare: bool = True, stated: bool = False, borrow: bool = False
    ) -> None:
        value = _name(raw, stated)
        if not value:
            return
        named = _kind_of_name(value)
        if named == "doctor" and for_kind:
            named = for_kind  # "i started seeing dr. hall for therapy"
        if not key and bare:
            key = named if named and named != "doctor" else said_kind or named
        if not key and borrow and found:
            key = found[0][0]  # "cancelled my planet fitness membership and joined equinox": the gym left's kind
        key = key or named
        if key and not any(_norm(v) == _norm(value) and k == key for k, v, _ in found):
            found.append((key, value, negated))

    def mine(m: re.Match[str]) -> bool:
        return _own_and_done(body, m.start())

    for m in (_COPULA.search(body), _NAMED_FIRST.match(body)):
        key = _service_key(m.group("s"), stated=True) if m else None
        how = (m.groupdict().get("how") or "").strip().lower() if m else ""
        if m and not key and how:  # "our energy is with bulb", "my email is on outlook"
            key = _FOR_KEYS.get(m.group("s").strip().lower()) or _service_key(m.group("s"))
            key = None if key == "phone_carrier" and "number" in m.group("s").lower() else key
        if key and how in ("on", "from") and key not in _SUPPLIED:
            continue  # "my doctor is on holiday", "my gp's on leave": where they are, not who they are
        if (
            m
            and m.groupdict().get("clitic")
            and (len(m.group("v").split()) > 2 or not _CLAUSE_END.match(body, m.end()))
        ):
            continue  # "my doctor's note off at hr": a possessive
        if m and key and mine(m):
            take(key, m.group("v"), stated=True)
            if not _name(m.group("v"), stated=True):
                # "my gym is packed on mondays": said of the gym, and no gym named (nor by the key its noun mints)
                unnamed.update((key, m.group("s").strip().lower().replace(" ", "_")))
    m = _WAS.search(body)
    if m and _service_key(m.group("s"), stated=True) and mine(m):
        take(_service_key(m.group("s"), stated=True), m.group("v"), negated=True, stated=True)
    left: list[tuple[str | None, str, bool]] = []
    for m in _LEFT.finditer(body):
        if not mine(m):
            continue
        verb = m.group("verb").lower()
        key = (
            _service_key(m.group("app")) or _service_key(m.group("s")) or _LEFT_THINGS.get((m.group("s") or "").lower())
        )
        # a bare name left is a provider only with a verb of services, or in edited text: "quit smoking" is none
        plain = verb.startswith(("stopped", "no longer", "cancel", "closed")) or m.group("v")[:1].isupper()
        if not key and _kind_of_name(_name(m.group("v"))) == "doctor" and "seeing" not in verb:
            continue  # "i quit dr pepper", "ditched my dr. martens": a doctor is stopped being seen
        left.append((key, m.group("v"), plain))
    for key, raw, plain in left:  # a provider left of a known service ("cancelled my planet fitness membership")
        if key or _kind_of_name(_name(raw)):
            take(key, raw, negated=True, bare=plain)
    for m in _HAVE_WITH.finditer(body):
        key = "insurance" if m.group("ins") else _service_key(m.group("s"), stated=True)
        if key and mine(m):
            take(key, m.group("v"))
    for m in _SWITCHED_TO.finditer(body):
        if not mine(m):
            continue
        noun = (m.group("s") or "").strip().lower()
        verb = m.group("verb").lower()
        key = _service_key(noun) or _MOVED_THINGS.get(noun)
        old = _name(m.group("old") or "")
        if not key and noun and noun not in _MOVED_THINGS:
            continue  # "moved my stuff to storage", "switched my major to biology": no service
        if not key and old:
            key = _kind_of_name(old) if _kind_of_name(old) != "doctor" or verb.startswith("switch") else None
            key = key or _kind_of_name(_name(m.group("v")))
        if not key and not said_kind and (verb.startswith(("went", "gone")) or verb.startswith("mov") and not old):
            continue  # "we moved to the west bank", "went to power yoga": a place gone to, not a provider
        if key or said_kind or _kind_of_name(_name(m.group("v"))) not in (None, "doctor"):
            take(key, m.group("v"))
            if old and found and _norm(found[-1][1]) == _norm(_name(m.group("v"))):
                take(found[-1][0], old, negated=True)  # "switched from verizon to mint mobile": verizon ended
    for m in _LEFT_FOR.finditer(body):
        old, new = _name(m.group("old")), _name(m.group("v"))
        key = said_kind or next(
            (k for k in (_kind_of_name(old), _kind_of_name(new)) if k not in (None, "doctor")), None
        )
        if key and old and new and mine(m):
            take(key, m.group("v"))
            take(key, m.group("old"), negated=True)
    for m in _JOINED.finditer(body):
        if mine(m):
            banking = m.group("acct") or m.group(0).lower().startswith("banking")
            take(_service_key(m.group("s")) or ("bank" if banking else None), m.group("v"), borrow=True)
    for m in _GOT_NEW.finditer(body):
        if _service_key(m.group("s")) and mine(m):
            take(_service_key(m.group("s")), m.group("v"))
    for m in _MEMBER.finditer(body):
        trains = re.search(r"\b(?:train|work\s+out|lift|swim)\s+at\s", m.group(0), re.IGNORECASE)
        goes = said_kind and re.search(r"\bgo\s+to\s", m.group(0), re.IGNORECASE)  # "switched barbers, i go to …"
        if (trains or goes or _kind_of_name(_name(m.group("v"))) not in (None, "doctor")) and mine(m):
            take("gym" if trains else said_kind if goes else None, m.group("v"), bare=False)
    for m in _SEEN.finditer(body):
        key = _service_key(m.group("s")) or for_kind
        if m.group("verb").lower() == "seeing" and not said_kind:
            continue
        if (key or _kind_of_name(_name(m.group("v"))) == "doctor") and mine(m):
            take(key or said_kind, m.group("v"), bare=False)
    for m in _PET_TO.finditer(body):
        named = _kind_of_name(_name(m.group("v")))
        if named in ("vet", "doctor") and mine(m):
            take("vet", m.group("v"))
    for m in _APPOSED.finditer(body):
        noun, adj = (m.group("s"), m.group("adj")) if m.group("s") else (m.group("s2"), m.group("adj2"))
        verb = (m.group("verb") or "").lower()
        ended = (adj or "").lower() in ("old", "former", "previous") or verb.startswith(
            ("stopped", "left", "dropped", "ditched")
        )
        if _service_key(noun) and mine(m):
            take(_service_key(noun), m.group("v") or m.group("v2"), negated=ended)
    for m in _HABIT.finditer(body):
        key = (
            "pharmacy"
            if m.group("rx")
            else "hairdresser"
            if m.group("hair")
            else "therapist"
            if m.group("therapy")
            else "mechanic"
        )
        if key == "mechanic" and not m.group("v")[:1].isupper():
            continue
        if mine(m):
            take(key, m.group("v"))
    m = _DOES_MY.match(body)
    if m:
        take("accountant", m.group("v"))
    for m in _PATIENT.finditer(body):
        if mine(m):
            take(None, m.group("v"), bare=False)
            out.attributes[start:] = [  # (not "patient" as a trait of the speaker)
                a for a in out.attributes[start:] if not (a.key == "personality" and a.value.lower() == "patient")
            ]
    for m in _FOR_MY.finditer(body):
        noun = m.group("s").lower().rstrip("s")
        key = _FOR_KEYS.get(noun.split()[0]) or _service_key(m.group("s")) or ("bank" if "account" in noun else None)
        if mine(m):
            take(key, m.group("v"))
    for m in _WITH.finditer(body):
        named = _kind_of_name(_name(m.group("v")))
        if (said_kind or named not in (None, "doctor")) and mine(m):
            take(None, m.group("v"))
    m = _BARE_NAME.match(body) if before and not found else None
    if m:  # "i've got a new dentist! | dr vance", "new dentist. | her name is dr. gill"
        take(before, m.group("v"))
    rest = _NEW_BANG.match(body)
    if rest and _service_key(rest.group("s")):
        m = _JOINED.search(body[rest.end() :]) or re.match(_VALUE, body[rest.end() :], re.IGNORECASE)
        if m:
            take(_service_key(rest.group("s")), m.group("v"))
    for key, raw, plain in left:  # "cancelled puregym, signed up at the anytime fitness": the gym that was left
        if not (key or _kind_of_name(_name(raw))) and said_kind:
            take(said_kind, raw, negated=True, bare=plain)
    if unnamed:
        out.attributes[start:] = [
            a for a in out.attributes[start:] if not (a.entity == speaker and a.key in unnamed and not a.negated)
        ]
    if not found:
        return
    _take_back(body, out, speaker, start, relations_start, found, services)
    for key, value, negated in found:
        speaker_fact(out, speaker, key, value, 0.75, span, when, negated=negated)


def _take_back(
    body: str,
    out: Extraction,
    speaker: str,
    start: int,
    relations_start: int,
    found: list[tuple[str, str, bool]],
    services: list[re.Match[str]],
) -> None:
    """Drop the sentence's other readings of the providers named: "joined equinox" is no employer, "moved our
    insurance to lemonade" no home, "new_doctor" no key of its own, "phone" of "phone carrier" no device."""
    names = {_norm(v) for _, v, _ in found}
    nouns = {m.group(0).lower() for m in services}
    keys = {k for k, _, _ in found}
    minted = tuple(f"_{k}" for k in keys) + tuple(f"_{n.replace(' ', '_')}" for n in nouns)
    bare = _SERVICE.sub(" ", body.lower())  # the sentence without its service nouns

    def about(value: str) -> bool:
        v = _norm(value)
        if not v:
            return False
        if any(n in v or v in n for n in names) or any(n in value.lower() for n in nouns):
            return True
        # a word said only inside a service's noun ("phone" of "my phone carrier is verizon") is no thing of its own
        return any(v in n for n in nouns) and re.search(rf"\b{re.escape(v)}\b", bare) is None

    out.attributes[start:] = [
        a
        for a in out.attributes[start:]
        if not (
            a.entity == speaker
            and (
                a.key in keys  # another reader's value of a key this reader read: its reading is the one kept
                or a.key not in SERVICE_KEYS
                and (about(a.value) or a.key.endswith(minted) or a.key in ("gp", "carrier", "barber"))
            )
        )
    ]
    out.relations[relations_start:] = [
        r for r in out.relations[relations_start:] if not (r.subject == speaker and about(r.object.split("/", 1)[-1]))
    ]
