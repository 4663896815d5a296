"""The constructions ``_providers`` reads a provider in ("my bank is …", "switched gyms to …", "cancelled my …
membership", "i get my prescriptions from …"), and the tests of whose the provider is and whether the change was
done ("he switched banks", "i want to switch")."""

from __future__ import annotations

import re

from ._lexicon import KIN, PEOPLE_NOUNS, words
from ._provider_words import _ME, _SERVICE_WORDS, _V, _VALUE

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
    _ME + r"(?:(?:have|had|got|get|use|renewed|bought|took\s+out)\s+(?:(?:my|our|an?|the)\s+)?(?:new\s+|annual\s+)?"
    r"(?P<s>[\w' -]+?)|(?:been\s+)?(?P<ins>insured|covered)|\bnew\s+(?P<s3>[\w' -]+?))"
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
    r"\b(?:take|took|taking|bring|brought|registered|moved|switched)\s+(?:my|our|the)\s+(?:dogs?|cats?|pets?|pupp(?:y|ies)|kittens?|"
    r"rabbits?|bunn(?:y|ies)|horses?|\w+)\s+(?:to|with|at)\s+" + _VALUE,
    re.IGNORECASE,
)
""""we take the dogs to vca animal hospital", "registered the cat with willows veterinary": the vet, when the name
says so or is a doctor's."""
_MEMBER = re.compile(
    _ME + r"(?:(?:a\s+)?member\s+(?:at|of)|go\s+to|train\s+at|work\s+out\s+at|lift\s+at|swim\s+at|"
    r"have\s+(?:an?\s+)?(?:\w+\s+)?membership\s+(?:at|with)|use|have|got)\s+" + _VALUE,
    re.IGNORECASE,
)
""""i go to planet fitness", "i'm a member at the ymca", "we use cricket wireless": a provider only when its name says
its service: "i go to church", "i use my phone" name none."""
_FOR_MY = re.compile(
    _ME
    + r"(?:with|on|using|use|have|go\s+to|switched\s+to|moved\s+to|went\s+with)\s+"
    + _VALUE
    + r"\s+for\s+(?:(?:my|our|the)\s+(?:[\w-]+['’]s\s+)?)?(?P<s>phones?|mobiles?|cells?|cell\s+phones?|wi-?fi|banking|"
    r"checking|savings|energy|"
    r"electricity|gas|" + _SERVICE_WORDS[2:-2] + r")\b",
    re.IGNORECASE,
)
""""i'm with at&t for my phone", "we use comcast for the internet", "i'm with nationwide for my current account"."""
_SUPPLIED = frozenset({"email_provider", "energy_supplier", "phone_carrier", "internet_provider"})
"""Services one is "on" or gets "from" a provider ("my email is on outlook", "our power comes from octopus")."""
_FOR_KEYS = {"phone": "phone_carrier", "mobile": "phone_carrier", "cell": "phone_carrier", "wifi": "internet_provider",
             "wi-fi": "internet_provider", "banking": "bank", "energy": "energy_supplier",
             "electricity": "energy_supplier", "gas": "energy_supplier", "gas and electric": "energy_supplier",
             "gas and electricity": "energy_supplier", "checking": "bank", "savings": "bank", "saving": "bank"}  # fmt: skip
_SWITCHED_TO = re.compile(
    r"\b(?P<verb>switched|switching|switch|moved|moving|changed|changing|transferred|swapped|ported|porting|migrated|"
    r"went|gone|jumped|shifted)\s+(?:(?:my|our|the|all\s+my|all\s+our)\s+)?(?P<s>[\w' -]+?)??\s*(?:over\s+|across\s+)?"
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
"""What is moved to a provider, or left, without naming its service (an account, one's money, one's prescriptions,
a membership), and the service it says if any."""
_JOINED = re.compile(
    r"\b(?:joined|signed\s+up\s+(?:at|with|for|to)|registered\s+(?:at|with)|enrolled\s+(?:at|with)|"
    r"(?:assigned|transferred)\s+to|went\s+with|going\s+with|opened\s+(?P<acct>an?\s+(?:new\s+)?[\w ]*?account|one)\s+"
    r"(?:at|with)|started\s+(?:seeing|going\s+to|with)|now\s+(?:seeing|going\s+to)|banking\s+with|"
    r"bank(?:s|ed)?\s+(?:online\s+)?(?:with|at))\s+"
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
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bgets )"
    r"\b(?P<verb>stopped\s+(?:seeing|going\s+to|using|banking\s+with)|cancell?ed|cancell?ing|closed|closing|quit|"
    r"left|dropped|ditched|dumped|got\s+rid\s+of|ended|done\s+with|no\s+longer\s+(?:with|at|seeing|using)|"
    r"not\s+(?:seeing|going\s+to|using|with)(?=.*\bany\s*more\b))\s+"
    r"(?:(?:my|our|the)\s+)?(?:(?P<app>" + _SERVICE_WORDS + r"|accounts?)(?:\s*,\s*|\s+(?:with|at|from)\s+|\s+))?"
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
_SERVICE_IS = re.compile(
    r"(?:^|[,;:\-]\s*)(?:the\s+)?(?P<s>"
    + _SERVICE_WORDS
    + r")\s+(?:is|'s)\s+(?:now\s+)?(?:with\s+|through\s+)?"
    + _VALUE
    + r"(?P<now>\s+now\b)?",
    re.IGNORECASE,
)
""""left talktalk, broadband is hyperoptic now": the service as the subject, said after a change or with "now"."""
_NOW_NAME = re.compile(
    r"[,;:\-]\s*(?:(?:i\s+am|we\s+are|i'?m|we'?re|it'?s|it\s+is)\s+(?:with\s+|on\s+)?)?(?P<v>" + _V + r")\s+now\s*$",
    re.IGNORECASE,
)
""""switched email providers, fastmail now": after a change of service, the clause that is only a name and "now"."""
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
    r"(?:\s*,?\s+(?P<v2>dr\.?\s+[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?)|\s*,\s*(?P<v3>[\w&'’.+-]+(?:\s+[\w&'’.+-]+)?)\s*,)",
    re.IGNORECASE,
)
""""booked in with sam, my usual barber", "i stopped going to dr. fischer, my old dentist", "took rex to our vet dr
singh": a name and the service it is, side by side."""
_HABIT = re.compile(
    _ME + r"(?:(?P<rx>get|pick\s+up|collect|fill|order|buy)\s+(?:my|our)?\s*(?:prescriptions?|meds|medications?|"
    r"medicines?|scripts)(?:\s+filled)?\s+(?:from|at)"
    r"|(?P<rx2>(?:my|our)\s+(?:prescriptions?|meds|medications?|medicines?|scripts)\s+(?:come|comes)\s+from)"
    r"|(?P<banking>do|does)\s+(?:all\s+)?(?:my|our)\s+banking\s+(?:with|through|at)"
    r"|(?P<tax>get|have)\s+(?:my|our)\s+(?:taxes|tax\s+returns?|accounts)\s+(?:done|filed|prepared)\s+(?:at|by|with)"
    r"|(?P<garage>get|have)\s+(?:my|our|the)\s+(?:oil|car|van|truck|brakes|tyres|tires|mot)\s+(?:changed|serviced|fixed|"
    r"done|repaired|checked)\s+(?:at|by)"
    r"|(?P<garage2>(?:my|our|the)\s+(?:car|van|truck)\s+(?:gets|goes|is)\s+(?:serviced\s+|fixed\s+|repaired\s+)?(?:at|to))"
    r"|(?P<hair>get|have)\s+(?:my|our)\s+hair\s+(?:cut|done|colou?red|trimmed)\s+(?:at|by|with)"
    r"|(?P<therapy>do|have|get)\s+(?:my\s+)?(?:therapy|counsell?ing)\s+(?:through|with|at)"
    r"|(?P<car>take|took)\s+(?:my|our|the)\s+(?:car|truck|van)\s+(?:in\s+)?to)\s+" + _VALUE,
    re.IGNORECASE,
)
""""i get my prescriptions from boots", "i get my hair cut at great clips", "i do therapy through betterhelp",
"i take my car to Midas" (a car taken somewhere by name only when capitalised: "to the beach" is no garage)."""
_HABIT_KEYS = {
    "rx": "pharmacy", "rx2": "pharmacy", "hair": "hairdresser", "therapy": "therapist", "banking": "bank",
    "tax": "accountant", "garage": "mechanic", "garage2": "mechanic", "car": "mechanic",
}  # fmt: skip
"""Which service each habit of ``_HABIT`` (its named group) is had at."""
_DOES_MY = re.compile(
    r"^(?P<v>" + _V + r")\s+(?:does|do|did|handles|files)\s+(?:my|our)\s+(?:taxes|tax\s+returns?|books|accounts|"
    r"bookkeeping|payroll)\b",
    re.IGNORECASE,
)
""""H&R Block does my taxes", "mike does my books now": the accountant."""
_PROVIDES_MY = re.compile(
    r"^(?P<v>" + _V + r")\s+(?:does|do|handles|covers|supplies|provides|insures|looks\s+after)\s+(?:my|our)\s+"
    r"(?P<s>(?:energy|electricity|gas|" + _SERVICE_WORDS[2:-2] + r"))"
    r"(?=\s*(?:$|[.,!?;:)]|\s+(?:now|too|as\s+well|these\s+days|for\s+(?:us|me)|and|but|since|lol|haha|btw)\b))",
    re.IGNORECASE,
)
""""Admiral does my car insurance", "octopus supplies our energy": the provider of the service named."""
_PATIENT = re.compile(_ME + r"(?:a\s+)?(?:patient|client)\s+(?:of|at|with)\s+" + _VALUE, re.IGNORECASE)
""""i'm a patient of dr. walsh", "a patient at smile dental"."""
_CHANGED_SERVICE = re.compile(
    r"\b(?:switch\w*|chang\w*|mov\w*|swapp?\w*|got|found|need\w*|tried|picked|chose|cancell?\w*|closed|dropped|"
    r"ditched|left|ported|new|old|former|previous)\s+(?:(?:my|our|the|a|an|to\s+a|to\s+an?)\s+)?(?:new\s+)?$",
    re.IGNORECASE,
)
"""What goes before a service noun that the sentence says was changed ("switched banks", "new gym", "got a new
family doctor"): only then is a bare name in the sentence ("im with monzo now") that service's provider."""
_SWITCHED_SERVICE = re.compile(
    r"\b(?:(?:switched|changed|swapped|moved|ported|transferred)\s+(?:(?:my|our)\s+)?|"
    r"(?:got|found|have|signed\s+up\s+with|registered\s+with)\s+(?:an?\s+|my\s+|our\s+)?new\s+|^new\s+)"
    r"(?P<s>" + _SERVICE_WORDS + r")",
    re.IGNORECASE,
)
"""A service the speaker says they changed, for the write path's flag: narrower than ``_CHANGED_SERVICE`` (not
"need a new …", "my old …"), because there it doubts a stored value."""

# -- whose, and whether done -------------------------------------------------------------------------------------
_WORK = re.compile(
    r"\b(?:(?:work(?:s|ed|ing)?(?!\s+out)|job|employ(?:ed|er)|hired|intern(?:ing)?|shift|teller|staff|career|"
    r"i\s+am\s+an?\s+(?!member|customer|patient|client)\w+)\s+(?:\w+\s+)?(?:at|for|in)|at\s+work|"
    r"as\s+(?:an?|the|their|its)\s+\w+|(?:team|branch|department|position|role|colleagues?))\b",
    re.IGNORECASE,
)
"""A workplace said: "i work at a bank", "joined chase bank as an analyst", "transferred to the chase branch in austin",
"at work we moved our email to …" (employment is the job readers' business)."""
_OTHERS = (
    KIN
    | (PEOPLE_NOUNS - {"doctor", "therapist"})
    | words(
        "landlord landlady client company business firm office school church team startup organisation organization"
    )
)
_BOUNDARY = re.compile(r"[,;.!?]|\b(?:and|but|so|because|then|after|before|while)\b", re.IGNORECASE)
_OTHER_SUBJECT = re.compile(
    r"\b(?:he|she|they|you|(?:my|our|his|her|their)\s+(?P<w1>[\w-]+)(?:\s+(?P<who>[\w-]+))?(?:['’]s)?)\b", re.IGNORECASE
)
_UNDONE = re.compile(
    r"\b(?:want|wants|wanted|wanna|going\s+to|gonna|plan|plans|planning|planned|thinking|consider\w*|might|may|"
    r"should|could|would|need\s+to|needs\s+to|trying\s+to|try\s+to|hope|hoping|if|told|tell|asked|ask|wish|"
    r"about\s+to|will|won't|'ll|not|never|didn't|don't|doesn't|did\s+not|do\s+not|sure|whether|maybe|probably|"
    r"used\s+to)\b",
    re.IGNORECASE,
)
"""Before the verb in its clause: a switch wanted, planned, asked of someone, denied or doubted, not done."""
_SOMEONES = re.compile(r"\b[A-Z][a-z]+['’]s\s+(?:new\s+|usual\s+|old\s+)?(?P<s>" + _SERVICE_WORDS + r")")
""""Sarah's therapist is Dr. Miller": a named person's provider (a brand's service word is capitalised with it:
"Gold's Gym")."""
_SPEAKER = re.compile(r"\b(?:i|me|we|us)\b", re.IGNORECASE)
_OPENERS = frozenset(
    "just finally so today yesterday recently also now well anyway ok okay oh yeah yes update btw lol then and but "
    "currently last this been got went had".split()
)
"""Words a sentence opens with before its verb that are no one's name ("Finally switched banks")."""
