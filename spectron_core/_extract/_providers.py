"""Who provides a service to the speaker: their bank, phone carrier, gym, doctor, dentist, therapist, vet, insurer,
internet or energy supplier and email provider, one value per service, so that a switch supersedes.

An assistant is told these things in passing and asked about them later ("which bank am i with?"), and they change
in words no general rule reads: "switched banks, im with monzo now", "new gym! signed up at crunch", "i cancelled my
planet fitness membership and joined equinox", "got a new family doctor, dr. lee", "ported my number to mint
mobile". Before this reader those gave nothing, or worse: a new employer ("joined equinox"), a home ("moved from
spotify to apple music" is a tool's business, "moved our insurance to lemonade" no move), a liking, or a key minted
from the words ("new_doctor", "current_bank") that never superseded the old one.

The service is known from a noun of the sentence ("banks", "my car insurance", "carrier", "gp") or, with none, from
the provider's own name ("planet fitness", "mint mobile", "dr. kim", "chase bank"). Without either nothing is read:
"i switched to t-mobile" names no service, and a list of brands would be one country's and always out of date (the
write path's flag for an unread change asks only about keys the ontology lists). Each service is its own key,
single-valued, so "my bank is barclays" then "i'm with monzo now" leaves one current bank and Barclays in its
history.
A provider left ("i stopped seeing dr. kim", "closed my wells fargo account") is written negated: the value ends
and none is added.

What is not a provider is not read: a judgement ("my doctor is worried", "my gym is packed", "my bank is closed
today"), a place of work ("i work at a bank", "my job at the gym"), a person helped ("i took my mom to her dentist")
and anything asked.

Why the keys are not listed in the ontology: they hold one value without it (a key it does not list is
single-valued), and listing them moved the standard score of every key's meaning, which is taken over all the keys
(``_meanings``) and read by recall's intent and by the write path's flag. With eight of them listed, "landed a new
position over in ohio" no longer stood out as about ``employer`` (2.52 → 2.39 against 2.5), nor a dev probe
set's move from one college to another; with none, every flag and probe figure is as before.
"""

from __future__ import annotations

import re
from datetime import datetime

from ._lexicon import MOODS, TRAITS, words
from ._rule_clause import speaker_fact
from ._types import Extraction

__all__ = ["SERVICE_KEYS", "providers_said"]

_INSURED = r"(?:car|auto|motor|home|house|household|renters?|contents|health|medical|pet|life|travel)"
_SERVICE = re.compile(
    r"\b(?:"
    r"(?P<bank>banks?|banking|(?:current|checking|chequing|savings|bank|joint)\s+accounts?)"
    r"|(?P<carrier>carriers?|(?:phone|mobile|cell|cellphone|cellular|wireless)\s+(?:carriers?|providers?|networks?|"
    r"plans?|companies|company|contracts?)|sim\s+only\s+plan|(?P<number>(?:phone\s+)?number))"
    r"|(?P<gym>gyms?|gym\s+membership|fitness\s+club|health\s+club|leisure\s+cent(?:re|er))"
    r"|(?P<dentist>dentists?|dental\s+practice)"
    r"|(?P<therapist>therapists?|counsell?ors?|psychologists?|psychiatrists?)"
    r"|(?P<vet>vets|vet(?=\s+(?:is|was|now|practice))|veterinarians?|vet\s+practice)"
    r"|(?P<doctor>doctors?|gp|family\s+doctors?|primary\s+care\s+(?:doctor|physician|provider)s?|pcp|physicians?|"
    r"doctor'?s\s+surgery|gp\s+surgery)"
    r"|(?P<insurance>(?P<ins>" + _INSURED + r")\s+(?:insurance|insurer|cover|policy)|insurance(?:\s+company)?|insurers?|"
    r"insured)"
    r"|(?P<internet>internet(?:\s+(?:provider|company|plan))?|broadband|isp|wi-?fi\s+provider)"
    r"|(?P<energy>(?:energy|electricity|electric|gas|power)\s+(?:supplier|provider|company))"
    r"|(?P<email>e-?mail(?:\s+(?:provider|account))?)"
    r")\b",
    re.IGNORECASE,
)
"""The nouns that name a service, one named group per key. A phone "number" and "email" are only read as moved
("ported my number to …", "moved my email to …"): "my number is …" and "my email is …" are contact details."""

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
}
_INSURANCE_KEYS = {
    "car": "car_insurance", "auto": "car_insurance", "motor": "car_insurance",
    "home": "home_insurance", "house": "home_insurance", "household": "home_insurance", "renter": "home_insurance",
    "renters": "home_insurance", "contents": "home_insurance",
    "health": "health_insurance", "medical": "health_insurance",
    "pet": "pet_insurance", "life": "life_insurance", "travel": "travel_insurance",
}  # fmt: skip
SERVICE_KEYS: frozenset[str] = frozenset(_KEYS.values()) | frozenset(_INSURANCE_KEYS.values()) | {"insurance"}
"""Every key this reader writes. Each holds one value, as every key the ontology does not list does."""

_NAMED_KIND = re.compile(
    r"^(?P<doctor>dr\.?\s+\w+.*)$"
    r"|.*\b(?:(?P<gym>fitness|\w*gym|crossfit|ymca|athletic\s+club|leisure\s+cent(?:re|er))"
    r"|(?P<bank>bank|building\s+society|credit\s+union)"
    r"|(?P<carrier>mobile|wireless|cellular|telecom)"
    r"|(?P<insurance>insurance|assurance)"
    r"|(?P<internet>broadband|fiber|fibre)"
    r"|(?P<energy>energy|electric|power)"
    r"|(?P<dentist>dental|dentistry)"
    r"|(?P<vet>vets|veterinary|animal\s+hospital))\b.*$",
    re.IGNORECASE,
)
"""A provider whose own name says its service ("Planet Fitness", "PureGym", "Mint Mobile", "Dr. Kim", "Chase Bank")."""

_END = (
    r"(?=\s*$|\s*[,.;:!?()]|\s+(?:now|instead|these\s+days|nowadays|because|cause|cuz|bc|since|for|and|but|so|which|"
    r"who|after|last|this|next|in|on|near|over|from|today|yesterday|recently|lately|though|too|as|a|two|three|back|"
    r"again|finally|when|if|until|then|to|with|by|about|like|lol|haha|hopefully|yay|it'?s|its|they|their|at|earlier|"
    r"already|just|a\s+while|months?|weeks?|years?|instead)\b)"
)
_V = r"(?:dr\.?\s+)?[\w&'’.+-]+(?:\s+[\w&'’.+-]+){0,3}?"
_VALUE = r"(?P<v>" + _V + r")" + _END
_ME = r"\b(?:i|we)(?:\s*(?:'ve|ve|have|'m|m|am|are|'re|re|just|finally|recently|also|now|actually|officially)\b)*\s*"

_COPULA = re.compile(
    r"\b(?:my|our)\s+(?:(?:new|current|regular|usual|own|main|local)\s+)?(?P<s>[\w -]+?)(?:\s+(?:is|are)|['’]s)\s+"
    r"(?:now\s+|actually\s+|still\s+)?(?:(?:with|through|at|called|named)\s+)?" + _VALUE,
    re.IGNORECASE,
)
""""my bank is barclays", "my new doctor is Dr. Okafor", "my car insurance is with geico"."""
_NAMED_FIRST = re.compile(
    r"^(?P<v>" + _V + r")\s+(?:is|are)\s+(?:now\s+)?(?:my|our)\s+(?:new\s+)?(?P<s>[\w' -]+?)"
    r"(?:\s+(?:now|these\s+days))?\s*$",
    re.IGNORECASE,
)
""""chase is my bank now", "Dr. Patel is our new GP"."""
_HAVE_WITH = re.compile(
    _ME + r"(?:have|got|get|use|'m|m|am|are|'re|re)\s+(?:(?:my|our|an?|the)\s+)?(?P<s>[\w' -]+?)\s+"
    r"(?:with|through|from|at|by)\s+" + _VALUE,
    re.IGNORECASE,
)
""""i have car insurance with geico", "we get our internet through comcast", "i'm insured by state farm"."""
_WITH = re.compile(_ME + r"(?:with|banking\s+with|going\s+with|sticking\s+with)\s+" + _VALUE, re.IGNORECASE)
""""im with monzo now" (the service named as changed elsewhere in the sentence: "switched banks")."""
_MEMBER = re.compile(
    _ME + r"(?:a\s+member\s+(?:at|of)|go\s+to|train\s+at|work\s+out\s+at|see|seeing)\s+" + _VALUE,
    re.IGNORECASE,
)
""""i go to planet fitness", "i'm a member at the ymca", "i see dr. patel": a provider only when its name says its
service (a gym, a doctor): "i go to church" or "i see my friends" name none."""
_FOR_MY = re.compile(
    _ME + r"(?:with|on|using|use)\s+" + _VALUE + r"\s+for\s+(?:my|our|the)\s+(?P<s>phones?|mobiles?|cells?|"
    r"cell\s+phones?|internet|broadband|wi-?fi|banking|insurance|car\s+insurance|home\s+insurance|e-?mail)\b",
    re.IGNORECASE,
)
""""i'm with at&t for my phone", "we use comcast for the internet"."""
_FOR_KEYS = {"phone": "phone_carrier", "mobile": "phone_carrier", "cell": "phone_carrier", "wifi": "internet_provider",
             "wi-fi": "internet_provider", "banking": "bank"}  # fmt: skip
_KIND_WORDS = words("fiber fibre broadband mobile wireless cellular telecom fitness gym bank insurance energy power electric dental")
"""A service's own word said alone ("switched to fiber"): the kind of service, not who provides it."""
_ACCOUNTISH = re.compile(r"\b(?:account|accounts|membership|number|money|savings)\b", re.IGNORECASE)
_SWITCHED_TO = re.compile(
    r"\b(?:switched|switching|switch|moved|moving|changed|changing|transferred|swapped|ported|porting|migrated|"
    r"went|gone|jumped)\s+(?:(?:my|our|the|all\s+my|all\s+our)\s+)?(?P<s>[\w' -]+?)??\s*(?:over\s+|across\s+)?"
    r"(?:from\s+(?P<old>[\w&'’.+ -]+?)\s+)?to\s+" + _VALUE,
    re.IGNORECASE,
)
""""switched my car insurance to progressive", "ported my number to mint mobile", "switched gyms to gold's"."""
_JOINED = re.compile(
    r"\b(?:joined|signed\s+up\s+(?:at|with|for|to)|registered\s+(?:at|with)|enrolled\s+(?:at|with)|"
    r"(?:assigned|referred|transferred)\s+to|"
    r"went\s+with|going\s+with|opened\s+(?P<acct>an?\s+(?:new\s+)?[\w ]*?account|one)\s+(?:at|with)|"
    r"started\s+(?:seeing|going\s+to|with)|now\s+(?:seeing|going\s+to)|banking\s+with)\s+"
    r"(?:(?:an?\s+)?new\s+(?P<s>[\w' -]+?)\s*,?\s+)?" + _VALUE,
    re.IGNORECASE,
)
""""signed up at crunch", "joined equinox", "started with a new therapist, sara", "opened one at schwab"."""
_GOT_NEW = re.compile(
    r"\b(?:got|found|have|picked|chose|seeing|working\s+with|assigned|referred\s+to)\s+(?:(?:a|an|my|our)\s+)?new\s+"
    r"(?P<s>[\w' -]+?)"
    r"(?:\s+(?:near|at|by|close\s+to|in)\s+[\w ]+?)?\s*[,:!-]+\s*(?:it'?s\s+|called\s+|signed\s+up\s+at\s+|"
    r"joined\s+)?" + _VALUE,
    re.IGNORECASE,
)
""""got a new family doctor, dr. lee", "found a new dentist near work, dr. nguyen", "i'm working with a new
therapist, dev"."""
_NEW_BANG = re.compile(r"^new\s+(?P<s>[\w' -]+?)\s*(?:[!:,.-]+\s*|$)", re.IGNORECASE)
""""new gym! signed up at crunch": the service said as a heading."""
_LEFT = re.compile(
    r"\b(?P<verb>stopped\s+(?:seeing|going\s+to|using|banking\s+with)|cancell?ed|cancell?ing|closed|closing|quit|"
    r"left|dropped|ditched|dumped|got\s+rid\s+of|ended|no\s+longer\s+(?:with|at|seeing|using))\s+"
    r"(?:(?:my|our|the)\s+)?(?P<v>" + _V + r")"
    r"(?:\s+(?P<s>membership|account|accounts|plan|contract|policy|subscription|bank|gym))?"
    r"(?=\s*$|\s*[,.;:!?]|\s+(?:and|but|so|for|because|after|last|this|since|to|then|when|finally|over)\b)",
    re.IGNORECASE,
)
""""i stopped seeing dr. kim", "i cancelled my planet fitness membership", "closed my wells fargo account"."""
_CHANGED_SERVICE = re.compile(
    r"\b(?:switch\w*|chang\w*|mov\w*|swapp?\w*|got|found|need\w*|tried|picked|chose|cancell?\w*|closed|dropped|"
    r"ditched|left|ported|new)\s+(?:(?:my|our|the|a|an|to\s+a|to\s+an?)\s+)?(?:new\s+)?$",
    re.IGNORECASE,
)
"""What goes before a service noun that the sentence says was changed ("switched banks", "new gym", "got a new
family doctor"): only then is a bare name in the sentence ("im with monzo now") that service's provider."""

_NOT_NAMES = words(
    """a an another it its it's them him her this that these those one ones someone somebody something there here
    so very really pretty super too much more less not never always still just quite kinda like closed open shut
    amazing great awesome good bad terrible awful horrible lovely nice kind fine ok okay cheap cheaper expensive
    busy packed crowded far close nearby near worried concerned happy annoyed angry mad new old young different
    better worse best worst local same my our your his their work home school town city online somewhere everything
    nothing anything everyone all what which who how why when where me us you i we the of in on at to for paying
    pay down up out off slow fast back fixed working broken free full empty small big huge tiny strict useless
    rubbish decent solid reliable retiring leaving moving gone female male woman man lady guy girl boy great
    sick ill away late early gonna going about over under through"""
)
"""Words a provider's name never is or starts with: "my doctor is worried", "my internet is down", "my gym is so
expensive", "switched to another one"."""
_GENERIC_TAIL = words(
    """one ones plan plans deal contract place provider company option account thing center centre club studio clinic
    practice office surgery store shop"""
)
"""A value ending in these is a kind, not a name ("the cheapest plan", "the fitness center", "a dental clinic")."""
_NOT_MINE = re.compile(
    r"\b(?:my|our)\s+(?:mom|mum|dad|mother|father|wife|husband|partner|son|daughter|kids?|children|brother|sister|"
    r"friend|boss|grandma|grandpa|parents?|boyfriend|girlfriend)(?:['’]s\b|\s+(?!and\b|i\b)\w+(?:ed|s)\b)"
    r"|\b(?:his|her|their)\s+(?:new\s+|regular\s+|usual\s+)?(?:doctor|dentist|gp|vet|therapist|bank|gym|"
    r"insurance|carrier|counsell?or)\b",
    re.IGNORECASE,
)
"""Another person's provider: "my mom's doctor", "my husband switched banks", "took my dad to his dentist"."""
_WORK = re.compile(
    r"\b(?:work(?:s|ed|ing)?|job|employ(?:ed|er)|hired|intern(?:ing)?|shift|teller|staff|career|"
    r"i'?m\s+an?\s+\w+)\s+(?:\w+\s+)?(?:at|for|in)\b",
    re.IGNORECASE,
)
"""A workplace said: "i work at a bank", "got hired at the gym" (employment is the job readers' business)."""
_ACCOUNT_ONLY = words("account accounts")


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


def _name(raw: str) -> str:
    """The provider's name as said, or "" when it is no name (a judgement, a pronoun, a kind, a description)."""
    value = raw.strip(" '\"’.,")
    ws = value.lower().split()
    if len(ws) > 2 and ws[0] in ("a", "an") and ws[1] in ("dr", "dr."):
        value, ws = value.split(None, 1)[1], ws[1:]  # "i've been assigned to a dr morrison": a name not yet known
    if not ws or ws[0] in ("a", "an"):
        return ""  # "my doctor is a woman", "signed up at a climbing gym": a description, not a name
    if ws[0] == "the" and len(ws) > 1:
        value, ws = value.split(None, 1)[1], ws[1:]
    if ws[0] in _NOT_NAMES or ws[0] in TRAITS or ws[0] in MOODS or ws[-1] in _GENERIC_TAIL or len(ws) > 4:
        return ""
    if (ws[0].endswith(("ed", "ing", "ly")) and not value[:1].isupper() or ws[0][:1].isdigit()) and not _NAMED_KIND.match(
        value
    ):
        return ""  # "my bank is closed", "my gym is getting busy", "my gym is 10 minutes away"
    if len(ws) == 1 and ws[0] in _KIND_WORDS:
        return ""  # "switched to fiber", "went with a mobile": the kind of service, not who provides it
    lead = _SERVICE.match(value)
    if lead and not value[lead.end() :].lower().startswith(" of "):
        return ""  # "moved to the bank", "cancelled my dentist appointment": a kind said again, not a name
    if ws[0] in ("dr", "dr."):
        rest = value.split()[1:]
        return "Dr. " + " ".join(w[:1].upper() + w[1:] for w in rest) if rest else ""
    return value


def _changed_kind(text: str) -> str | None:
    """The service the sentence says was changed or taken up ("switched banks", "new gym!"), if any."""
    for m in _SERVICE.finditer(text):
        if _CHANGED_SERVICE.search(text[max(0, m.start() - 40) : m.start()]) and not m.group("number"):
            return _kind(m)
    return None


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
    ``prior`` is the sentence before, for a service said as a heading ("new gym! | signed up at crunch")."""
    low = body.lower()
    services = list(_SERVICE.finditer(body))
    heading = _NEW_BANG.match(prior.strip()) if prior and not services else None
    if question or not (
        services or heading or "dr" in low or " for " in low or _ACCOUNTISH.search(body) or _NAMED_KIND.match(body)
    ):
        return  # most sentences name no service: one scan, then nothing more
    if _WORK.search(body) or _NOT_MINE.search(body):
        return
    said_kind = _changed_kind(body) or (_service_key(heading.group("s")) if heading else None)
    found: list[tuple[str, str, bool]] = []

    def take(key: str | None, raw: str, negated: bool = False, bare: bool = True) -> None:
        value = _name(raw)
        if not value:
            return
        named = _kind_of_name(value)
        if not key and bare:
            key = named if named and named != "doctor" else said_kind or named or (found[0][0] if found else None)
        key = key or named
        if key and not any(v.lower() == value.lower() and k == key for k, v, _ in found):
            found.append((key, value, negated))

    unnamed: set[str] = set()
    for m in (_COPULA.search(body), _NAMED_FIRST.match(body)):
        key = _service_key(m.group("s"), stated=True) if m else None
        if m and key:
            take(key, m.group("v"))
            if not _name(m.group("v")):
                unnamed.add(key)  # "my gym is packed on mondays": said of the gym, and no gym named
    if unnamed:
        out.attributes[start:] = [
            a for a in out.attributes[start:] if not (a.entity == speaker and a.key in unnamed and not a.negated)
        ]
    left: list[tuple[str | None, str, bool]] = []
    for m in _LEFT.finditer(body):
        noun = (m.group("s") or "").lower()
        key = "bank" if noun in _ACCOUNT_ONLY or noun == "bank" else "gym" if noun == "gym" else None
        # a bare name left is a provider only with a verb of services, or in edited text: "quit smoking" is none
        plain = m.group("verb").lower().startswith(("stopped", "no longer", "cancel", "closed")) or m.group("v")[
            :1
        ].isupper()
        said = _service_key(m.group("v"))
        named = re.match(r"\s*,?\s*" + _VALUE, body[m.end() :], re.IGNORECASE) if said else None
        if said and named:  # "i stopped seeing my therapist, dr. kim": the service, then its name
            left.append((said, named.group("v"), True))
        else:
            left.append((key, m.group("v"), plain))
    for key, raw, plain in left:  # those whose service is known first: it is the service of the rest
        if key or _kind_of_name(_name(raw)):
            take(key, raw, negated=True, bare=plain)
    for m in _HAVE_WITH.finditer(body):
        key = _service_key(m.group("s"), stated=True)
        if key:
            take(key, m.group("v"))
    for m in _SWITCHED_TO.finditer(body):
        noun = (m.group("s") or "").strip().lower()
        key = _service_key(noun)
        if key or not noun or noun in ("account", "accounts", "membership", "savings", "money", "policy", "it"):
            take(key or ("bank" if noun in ("account", "accounts", "savings", "money") else None), m.group("v"))
    for m in _JOINED.finditer(body):
        key = _service_key(m.group("s")) or ("bank" if m.group("acct") else None)
        take(key, m.group("v"))
    for m in _GOT_NEW.finditer(body):
        key = _service_key(m.group("s"))
        if key:
            take(key, m.group("v"))
    for m in _MEMBER.finditer(body):
        if _kind_of_name(_name(m.group("v"))):
            take(None, m.group("v"), bare=False)
    for m in _FOR_MY.finditer(body):
        noun = m.group("s").lower().rstrip("s")
        take(_FOR_KEYS.get(noun.split()[0]) or _service_key(m.group("s")), m.group("v"))
    m = _WITH.search(body) if said_kind else None
    if m:
        take(None, m.group("v"))
    rest = _NEW_BANG.match(body)
    if rest and _service_key(rest.group("s")):
        m = _JOINED.search(body[rest.end() :]) or re.match(_VALUE, body[rest.end() :], re.IGNORECASE)
        if m:
            take(_service_key(rest.group("s")), m.group("v"))
    for key, raw, plain in left:  # "cancelled puregym, signed up at the anytime fitness": the gym that was left
        if not (key or _kind_of_name(_name(raw))):
            take(key, raw, negated=True, bare=plain)
    if not found:
        return
    _take_back(body, out, speaker, start, relations_start, found, services)
    for key, value, negated in found:
        speaker_fact(out, speaker, key, value, 0.75, span, when, negated=negated)


def _kind_of_name(value: str) -> str | None:
    return _kind(_NAMED_KIND.match(value))


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
    insurance to lemonade" no home, "new_doctor" no key of its own."""
    names = {v.lower() for _, v, _ in found}
    nouns = {m.group(0).lower() for m in services}
    keys = {k for k, _, _ in found}
    minted = tuple(f"_{k}" for k in keys) + tuple(f"_{n.replace(' ', '_')}" for n in nouns)

    bare = _SERVICE.sub(" ", body.lower())  # the sentence without its service nouns

    def about(value: str) -> bool:
        v = value.lower()
        if any(n in v or v in n for n in names) or any(n in v for n in nouns):
            return True
        # a word said only inside a service's noun ("phone" of "my phone carrier is verizon") is no thing of its own
        return any(v in n for n in nouns) and re.search(rf"\b{re.escape(v)}\b", bare) is None

    out.attributes[start:] = [
        a
        for a in out.attributes[start:]
        if not (a.entity == speaker and (about(a.value) or a.key.endswith(minted) or a.key in ("gp", "carrier")))
    ]
    out.relations[relations_start:] = [
        r for r in out.relations[relations_start:] if not (r.subject == speaker and about(r.object.split("/", 1)[-1]))
    ]
