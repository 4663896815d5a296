"""What a service and a provider's name are, for ``_providers``: the nouns of each service and the key each stands
for, the words a provider's own name ends in when it says its service, and the test of a name ("barclays", "Dr. Okafor",
"Good Energy") against a description ("closed", "pregnant", "a climbing gym", "around the corner")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._lexicon import LANGUAGES, MOODS, TRAITS, words

# -- the services and their keys ---------------------------------------------------------------------------------
_INSURED = (
    r"(?:car|auto|motor|home|homeowner(?:'s|s)?|house|household|renters?|contents|health|medical|pet|life|travel)"
)
_SERVICE = re.compile(
    r"\b(?:"
    r"(?P<bank>banks?(?!\s+(?:card|cards|holiday|statement|transfer|app|balance|details|loan|robbery|manager|teller|"
    r"clerk|job|note|notes|account\s+number))|banking|(?:current|checking|chequing|savings|bank|joint|salary)\s+accounts?)"
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
    r"|(?P<internet>internet(?:\s+(?:providers?|company|plan))?|broadband(?:\s+providers?)?|isp|wi-?fi(?:\s+providers?)?)"
    r"|(?P<energy>(?:energy|electricity|electric|gas|power|utility)\s+(?:suppliers?|providers?|company|companies))"
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
    r"account|accounts|membership|money|savings|number|policy|sim|for|seeing|see|work\s+out|lift|train|swim|oil|"
    r"tyres|tires|brakes|mot|meds|scripts|banking|medicines?|"
    r"prescriptions?|hair|therapy|counsell?ing|car|van|truck|tax|taxes|books|patient|electricity|gas|email|"
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
    r"|(?P<hairdresser>salon|barbers|barbershop)"
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
    mail salon barbers barbershop pharmacy chemist chemists accounting accountants the"""
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
_ME = r"(?:(?:^|(?<=[,;:!\-])|(?<=\band ))\s*(?:(?:just|finally|recently|also|now|so|anyway|ok|well)\s+)*|\b(?:i|we)(?:\s*(?:'ve|"
_ME += r"ve|have|'m|m|am|are|'re|re|just|finally|recently|also|now|actually|officially|all|always|usually|normally)\b)*\s*)"
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
    outside down last"""
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


_NOT_QUALIFIERS = frozenset({"its", "his", "her", "their", "the", "a", "an", "your", "whose"})
_GENERIC_END = re.compile(r"\s+(?:provider|company|supplier|service)$", re.IGNORECASE)


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
    m = next((m for ending in _endings(noun) if (m := _SERVICE.fullmatch(ending))), None)
    if m is None or stated and (m.group("number") or m.group("email")):
        return None
    return _kind(m)


def _endings(noun: str) -> Iterator[str]:
    """The phrase and its endings, longest first, then the same without a generic last word ("tax accountant",
    "accountant"; "insurance provider", "provider", "insurance"); none past a word that makes it someone else's ("its
    internet provider", "the school's doctor")."""
    for words_ in (noun.split(), _GENERIC_END.sub("", noun.strip()).split()):
        for i in range(len(words_)):
            if i and words_[i - 1].lower() in _NOT_QUALIFIERS:
                break
            yield " ".join(words_[i:])


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
    if re.search(r"['’]s\s+[a-z]", value) and _kind_of_name(value) in (None, "doctor"):
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
