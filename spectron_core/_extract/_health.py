"""What the speaker tells an assistant about their body and diet: conditions, medications, injuries, restrictions.

An assistant is asked "what medication am I on?", "can I eat this?", "what did I say about my knee?", so each of
these is kept under a key of its own, read from the clause before the verb handlers see it (``_predicates``
reads "i have asthma" and "i am diabetic" already; this module reads what they cannot).

* A condition or diagnosis: "i was diagnosed with type 2 diabetes", "i've got asthma", "i suffer from migraines",
  "i have a bad back", "i have high blood pressure", "i am prediabetic" → ``health`` (many-valued: lasting
  conditions accumulate; "i no longer have …" closes one).
* A medication or treatment: "i take metformin", "i'm on lisinopril for my blood pressure", "my doctor put me on
  statins", "i use an inhaler" → ``medications``, a key of its own and many-valued: people take several at once,
  a new prescription does not end the old one, and stopping one ("i stopped taking sertraline", "i'm off the
  antidepressants now", "i no longer take metformin") closes only that one. Kept apart from ``health`` because
  "what am I taking?" and "what do I have?" are different questions, and a stopped drug must never close a
  condition. The condition it is taken for ("… for my diabetes") is also ``health``. A drug is known by a closed
  list or by a generic-name ending (-pril, -olol, -statin, …), so "i take the bus", "i take it you're busy" and
  "i'm on the train" are not medications; a prescription ("put me on", "prescribed") names one whatever it is.
* An injury is an event: "i broke my wrist last week", "i tore my acl" → ``event`` (with the time said), because
  a user wants it recalled with its date and it heals; being in recovery is the lasting part a reply must take
  into account: "i'm recovering from knee surgery" → ``health`` "recovering from knee surgery".
* A dietary restriction: "i can't eat gluten", "i avoid dairy", "no pork for religious reasons", "i'm on a
  low-sodium diet", "i'm on a gluten-free diet" → ``dietary_restrictions``, many-valued and apart from
  ``food_preference``: a diet (vegetarian, keto) is single-valued and a change supersedes it, but avoiding dairy
  does not end being vegetarian, so a restriction must not land on the diet's key. A diet said as "i'm on a keto
  diet" stays ``food_preference``, and so does one said with its "I'm" dropped ("on a keto diet these days").
  ("lactose intolerant" stays ``allergies``, read by ``_predicates``.)
* Pregnancy is the speaker's only when said of "i": "we're expecting" may be said by the father, so nothing
  is written for it here (``_predicates`` reads "i'm pregnant", "i am expecting twins").

Only clauses whose subject is the speaker ("i …", or "my doctor put me on …") are read: "my mom has diabetes",
"is ibuprofen safe with coffee?" (a question: never handed to a clause reader) and "can you remind me to take my
pills" say nothing about the speaker.
"""

from __future__ import annotations

import re

from ._lexicon import CONDITIONS, DIET_FOODS, DIETS, DRINKS, words
from ._rule_patterns import _CUE_TAIL

__all__ = ["health_of"]

HealthFact = tuple[str, str, bool]
"""(key, value, negated)."""

_MEDICINES = words(
    """metformin insulin lisinopril amlodipine atorvastatin simvastatin rosuvastatin statins statin levothyroxine
    synthroid sertraline zoloft prozac fluoxetine lexapro escitalopram citalopram wellbutrin bupropion effexor
    venlafaxine cymbalta duloxetine adderall ritalin vyvanse concerta methylphenidate xanax alprazolam klonopin
    ativan lorazepam valium diazepam ambien zolpidem melatonin lithium lamotrigine lamictal seroquel quetiapine
    abilify gabapentin lyrica pregabalin ibuprofen advil motrin tylenol acetaminophen paracetamol aspirin naproxen
    aleve tramadol oxycodone hydrocodone prednisone prednisolone steroids antibiotics amoxicillin penicillin
    doxycycline azithromycin antidepressants antidepressant antihistamines antihistamine zyrtec claritin allegra
    benadryl omeprazole prilosec nexium pantoprazole losartan metoprolol propranolol atenolol warfarin eliquis
    xarelto coumadin ozempic wegovy mounjaro semaglutide jardiance januvia albuterol ventolin symbicort advair
    singulair montelukast epipen inhaler inhalers nebulizer cpap hrt estrogen testosterone progesterone
    spironolactone accutane isotretinoin sumatriptan imitrex humira enbrel methotrexate chemo chemotherapy
    radiation dialysis physio physiotherapy therapy meds medication medications medicine pills pill vitamins
    vitamin supplements supplement iron magnesium biotin suboxone methadone naltrexone viagra cialis sildenafil
    furosemide lasix hydrochlorothiazide clonidine buspirone trazodone mirtazapine nortriptyline amitriptyline
    topiramate topamax sumatriptan birth-control"""
)
"""Medicines, treatments and medical devices taken or used (a closed list: generic and brand names people say)."""

_ENDINGS = (
    r"pril|olol|statin|sartan|formin|oxetine|azepam|azolam|prazole|cillin|mycin|cycline|profen|triptan|semide|"
    r"thiazide|dipine|gliptin|glutide|lukast|tidine|zumab|ximab|afil|barbital|codone|morphone|pam"
)
_DRUG_ENDING = re.compile(f"(?:{_ENDINGS})$")
"""Generic-name endings (-pril, -olol, -statin …): a word with one is a drug even when not listed."""

_GENERIC_MEDS = words("meds medication medications medicine medicines pills pill tablets drugs")
"""Words that say a medicine is taken without naming it."""

_NOT_DRUGS = words("spam cam scam wam")

_MULTIWORD_MEDS = re.compile(
    r"^(?:the\s+|my\s+|an?\s+|some\s+)?(?P<v>birth\s+control(?:\s+pills?)?|the\s+pill|blood\s+thinners?|"
    r"blood\s+pressure\s+(?:meds|medication|medicine|pills|tablets)|insulin\s+pump|hearing\s+aids?|"
    r"(?:fish|cod\s+liver)\s+oil|vitamin\s+[a-z]\d{0,2}|iron\s+(?:pills|tablets|supplements)|"
    r"(?:allergy|thyroid|cholesterol|anxiety|adhd|sleeping|heart|pain|diabetes|seizure)\s+"
    r"(?:meds|medication|medicine|pills|tablets)|(?:glucose|blood\s+sugar)\s+monitor|cpap(?:\s+machine)?)\b",
    re.IGNORECASE,
)
"""Medicines named in more than one word: "birth control", "blood thinners", "vitamin d", "anxiety meds"."""

_EXTRA_CONDITIONS = words(
    """hypertension cholesterol fibromyalgia ibs gerd reflux apnea copd hypothyroidism hyperthyroidism thyroid
    pcos endometriosis ms sclerosis parkinson's parkinsons alzheimer's dementia bipolar schizophrenia disease
    disorder syndrome pain neuropathy sciatica gout osteoporosis hepatitis hiv cirrhosis anemia anaemia allergy
    tinnitus vertigo narcolepsy celiac's diabetes asthma hemophilia sickle concussion long-covid covid"""
)
"""Condition heads beyond ``CONDITIONS`` ("celiac disease", "chronic back pain", "sleep apnea")."""

_CONDITION_HEADS = CONDITIONS | _EXTRA_CONDITIONS

_BODY_PARTS = words(
    """back knee knees hip hips shoulder shoulders neck ankle ankles wrist wrists elbow foot feet leg legs arm arms
    hand hands heart lungs lung stomach gut hearing eyesight eyes eye joints spine toe finger acl meniscus rib ribs
    nose jaw"""
)

_HEALTH_ADJ = words(
    """prediabetic pre-diabetic celiac coeliac hypertensive bipolar anorexic bulimic hypoglycemic insulin-dependent
    immunocompromised colorblind color-blind colourblind diabetic asthmatic epileptic anemic anaemic"""
)
""""I am …" conditions not in ``HEALTH_ADJ`` (read here so the key is ``health``, not ``personality``)."""

_FOODS_AVOIDED = DIET_FOODS | words(
    """wheat lactose shellfish nuts peanuts soy eggs egg milk cheese salt sodium sugar caffeine alcohol spicy
    garlic onions onion corn fructose fodmaps fodmap"""
)

_TRIGGERS = (
    _MEDICINES
    | _GENERIC_MEDS
    | _CONDITION_HEADS
    | _BODY_PARTS
    | _HEALTH_ADJ
    | _FOODS_AVOIDED
    | DRINKS
    | words(
        """diagnosed suffer suffering suffered recovering recuperating healing diet reasons prescribed doctor dr doc gp
        psychiatrist cardiologist physician endocrinologist therapist neurologist consultant specialist practitioner
        control thinner thinners vitamin oil
        aid aids pump monitor machine supplements blood pressure"""
    )
)
"""Words one of which every clause read here holds: a clause with none is passed over at the cost of a split."""

_DRUG_WORD = re.compile(rf"[a-z](?:{_ENDINGS})\b")
"""A generic name by its commonest endings, searched for when no listed word is in the clause."""

_I = r"^(?:i|we)\s+(?:(?:also|still|now|currently|really|actually|just|only|already|even|recently|totally|mostly)\s+)*"

_DIAGNOSED = re.compile(
    _I + r"(?:was|got|have\s+been|had\s+been|am|have\s+just\s+been|just\s+got)\s+(?:just\s+|recently\s+|officially\s+)?"
    r"diagnosed\s+(?:with|as)\s+(?:having\s+)?(?P<v>.+)$",
    re.IGNORECASE,
)
_SUFFER = re.compile(
    _I + r"(?:suffer|suffered|am\s+suffering|have\s+suffered|deal|am\s+dealing|live|am\s+living|struggle|"
    r"am\s+struggling|battle|am\s+battling)\s+(?:from|with)\s+(?P<v>.+)$",
    re.IGNORECASE,
)
_HAVE = re.compile(_I + r"(?:have\s+got|have)\s+(?P<v>.+)$", re.IGNORECASE)
_AM = re.compile(_I + r"am\s+(?:(?:a|an)\s+)?(?P<v>[a-z'-]+)$", re.IGNORECASE)
_RECOVERING = re.compile(
    r"^(?:(?:i|we)\s+)?(?:(?:am|are|still|slowly|now|currently|just)\s+)*(?:recovering|recuperating|healing)\s+from\s+(?P<v>.+)$",
    re.IGNORECASE,
)
_INJURED = re.compile(
    _I + r"(?P<verb>broke|fractured|tore|sprained|twisted|dislocated|injured|hurt|pulled|busted|ruptured)\s+"
    r"(?:my\s+)?(?P<v>(?:left\s+|right\s+)?[a-z]+)\b",
    re.IGNORECASE,
)

_TAKE = re.compile(
    _I + r"(?:take|am\s+taking|have\s+been\s+taking|use|am\s+using|have\s+to\s+take|need\s+to\s+take|started\s+taking|"
    r"started\s+on|am\s+on|have\s+been\s+on|went\s+on|got\s+put\s+on|was\s+put\s+on|was\s+prescribed|"
    r"got\s+prescribed|am\s+prescribed|am\s+back\s+on|carry|inject|wear)\s+(?P<v>.+)$",
    re.IGNORECASE,
)
_DOCTOR = (
    r"(?:(?:my|the|our)\s+)?(?:doctor|dr|doc|gp|psychiatrist|cardiologist|physician|endocrinologist|therapist|"
    r"neurologist|consultant|specialist|nurse\s+practitioner)"
)
"""The speaker's doctor, who puts them on a medicine or takes them off one."""
_ALSO = re.compile(r"\s+also\b|\s*,?\s+(?:too|as\s+well)\s*$", re.IGNORECASE)
"""An addition said as one ("i was also diagnosed with …", "my doctor added X as well"): no part of what is said."""
_PUT_ON = re.compile(
    r"^" + _DOCTOR + r"\s+"
    r"(?:just\s+|recently\s+|finally\s+)?(?:put|started|switched|moved|changed)\s+me\s+(?:over\s+)?(?:on|onto|to)\s+"
    r"(?P<v>.+)$|"
    r"^" + _DOCTOR + r"\s+(?:just\s+|recently\s+)?(?:prescribed|added)\s+(?:me\s+)?(?P<v2>.+)$",
    re.IGNORECASE,
)
_TAKEN_OFF = re.compile(
    r"^" + _DOCTOR + r"\s+(?:just\s+|"
    r"recently\s+|finally\s+)?(?:took|has\s+taken|switched|moved|changed)\s+me\s+(?:over\s+)?(?:off(?:\s+of)?|from)\s+"
    r"(?P<v>.+?)"
    r"(?:\s+(?:to|onto|and\s+(?:put|started)\s+me\s+on)\s+(?P<to>.+))?$",
    re.IGNORECASE,
)
"""A doctor ending a medicine: "my doctor took me off lisinopril", "my gp switched me from X to Y" (Y begins)."""
_STOPPED = re.compile(
    _I + r"(?:stopped|quit|have\s+stopped|came\s+off|got\s+off|went\s+off|am\s+off|am\s+no\s+longer\s+on|"
    r"no\s+longer\s+take|no\s+longer\s+use|do\s+not\s+take|am\s+not\s+on|am\s+done\s+with|weaned\s+off|"
    r"am\s+weaning\s+off)\s+(?:taking\s+|using\s+|of\s+)?(?P<v>.+)$",
    re.IGNORECASE,
)
_DIET_ON = re.compile(
    r"(?:"
    + _I
    + r"(?:am|have\s+been|went|started)\s+(?:on\s+)?|^(?:(?:still|now|currently|been)\s+)?on\s+)(?:a\s+|the\s+)?"
    r"(?:strict\s+)?"
    r"(?P<v>(?:low|no|zero|reduced)[\s-](?:sodium|salt|sugar|carb|fat|fodmap|protein|cholesterol)|"
    r"(?:gluten|dairy|lactose|sugar|nut|egg|soy|wheat|salt)[\s-]free|[a-z-]+)\s+diet\b",
    re.IGNORECASE,
)
_CANNOT_EAT = re.compile(
    _I + r"(?:(?:can\s+not|cannot|am\s+not\s+allowed\s+to|am\s+not\s+supposed\s+to|should\s+not|must\s+not|"
    r"am\s+unable\s+to)\s+(?:eat|have|drink|tolerate|digest|touch|do)|(?:have\s+to|need\s+to|try\s+to)\s+avoid|avoid|"
    r"stay\s+away\s+from|steer\s+clear\s+of|cut\s+out|have\s+cut\s+out)\s+(?:eating\s+|having\s+|any\s+|all\s+)*"
    r"(?P<v>.+)$",
    re.IGNORECASE,
)
_FOR_REASONS = re.compile(
    r"^(?:no\s+)?(?P<v>[a-z]+)\s+for\s+(?:religious|health|medical|ethical|dietary)\s+reasons\b",
    re.IGNORECASE,
)
_FOR_MY = re.compile(r"\bfor\s+(?:my\s+)?(?P<v>[a-z' -]+?)\s*$", re.IGNORECASE)
_NP_CUT = re.compile(
    r"\s+(?:for|since|because|as|when|but|and|so|every|each|daily|twice|once|now|anymore|any\s+more|right|last|"
    r"this|in|at|a\s+day|at\s+night|in\s+the|with|to|after|before|which|that|though|lately|recently|too|btw|"
    r"as\s+well|either|about(?!\s+\d))\b.*$",
    re.IGNORECASE,
)
_DET = re.compile(r"^(?:(?:the|my|an?|some|daily|prescription|prescribed|new|low[\s-]dose|a\s+low\s+dose\s+of|of)\s+)+")


def _phrase(raw: str) -> str:
    """A short noun phrase: cut at the next adverbial or clause, leading determiners dropped, lower-cased."""
    t = _NP_CUT.sub("", " " + raw.strip(" ,.!?;:")).strip()
    t = _DET.sub("", t.lower()).strip()
    return t if 0 < len(t.split()) <= 4 else ""


_PUT_ON_OTHERWISE = frozenset(
    "hold notice leave list waitlist diet spot speaker speakerphone standby probation rota schedule".split()
)
"""What a doctor puts a patient on that is no medicine ("the doctor put me on hold", "… on the waiting list")."""


def _medicine(raw: str, *, prescribed: bool = False) -> str:
    """The medicine a phrase names, or "" ("the bus", "it", "my coffee black" name none)."""
    multi = _MULTIWORD_MEDS.match(raw.strip())
    if multi:
        return re.sub(r"\s+", " ", _DET.sub("", multi.group("v").lower()))
    np = _phrase(raw)
    if not np:
        return ""
    head = np.split()[-1]
    if head in _GENERIC_MEDS:
        return ""  # "i take my pills", "i'm on a lot of meds": no medicine named
    if head in _MEDICINES or (_DRUG_ENDING.search(head) and head not in _NOT_DRUGS and len(head) > 5):
        return np if len(np.split()) <= 2 else head
    if prescribed and len(np.split()) <= 2 and head not in _PUT_ON_OTHERWISE:
        return np  # "my doctor put me on zepbound": a prescription names a medicine whatever it is
    return ""


def _condition(raw: str) -> str:
    """The condition a phrase names ("type 2 diabetes", "a bad back", "chronic back pain"), or ""."""
    np = _phrase(raw)
    if not np:
        return ""
    words_ = np.split()
    head = words_[-1]
    if head in ("allergy", "allergies"):
        return ""  # an allergy is ``allergies`` ("i have an allergy to water", read by ``_predicates``)
    if head in _CONDITION_HEADS or (head in ("pressure", "sugar") and "blood" in words_):
        return np
    if head in _BODY_PARTS and words_[0] in ("bad", "weak", "dodgy", "sore", "trick", "chronic", "injured"):
        return np  # "a bad back", "a bad knee": a lasting complaint, not a thing owned
    return ""


def _treated(tail: str) -> str:
    """The condition a medicine is taken "for": "… for my diabetes", "… for my blood pressure"."""
    m = _FOR_MY.search(tail)
    return _condition(m.group("v")) if m else ""


def health_of(text: str) -> list[HealthFact]:
    """(key, value, negated) the clause says about the speaker's health, medicines or diet; [] when none."""
    low = text.lower()
    if _TRIGGERS.isdisjoint(low.replace(",", " ").replace(".", " ").split()) and not _DRUG_WORD.search(low):
        return []
    t = _ALSO.sub("", _CUE_TAIL.sub("", text)).strip()  # ("i was also diagnosed with …", "… as well")
    m = _STOPPED.match(t)
    if m:
        med = _medicine(m.group("v"))
        return [("medications", med, True)] if med else []
    m = _DIAGNOSED.match(t)
    if m:
        v = _phrase(m.group("v"))
        return [("health", v, False)] if v else []
    m = _RECOVERING.match(t)
    if m:
        v = _phrase(m.group("v"))
        return [("health", f"recovering from {v}", False)] if v else []
    m = _INJURED.match(t)
    if m and m.group("v").lower().split()[-1] in _BODY_PARTS:
        return [("event", f"{m.group('verb').lower()} my {m.group('v').lower()}", False)]
    m = _SUFFER.match(t)
    if m:
        v = _condition(m.group("v"))  # ("i suffer from bad luck", "i deal with clients": no condition)
        return [("health", v, False)] if v else []
    m = _TAKEN_OFF.match(t)
    if m:
        ended = _medicine(m.group("v"), prescribed=False)  # ("took me off work for a week": no medicine)
        started = _medicine(m.group("to"), prescribed=True) if m.group("to") else ""
        return [("medications", ended, True)] * bool(ended) + [("medications", started, False)] * bool(started)
    m = _PUT_ON.match(t)
    if m:
        raw = m.group("v") or m.group("v2")
        # (a doctor "added" names a medicine only by the word: "added a note to my file" prescribes nothing)
        med = _medicine(raw, prescribed=" added " not in f" {m.group(0).lower()} ")
        return _with_treated(med, raw)
    m = _DIET_ON.match(t)
    if m:
        return _diet(m.group("v").lower())
    m = _TAKE.match(t)
    if m:
        prescribed = "prescribed" in m.group(0).lower() or "put on" in m.group(0).lower()
        med = _medicine(m.group("v"), prescribed=prescribed)
        return _with_treated(med, m.group("v"))
    m = _CANNOT_EAT.match(t)
    if m:
        food = _phrase(m.group("v"))
        if food and food.split()[-1] in DRINKS:
            return [("drinks", food, True)]  # "i can't have alcohol": a drink avoided, as "i do not drink soda"
        if food and food.split()[-1] in _FOODS_AVOIDED:
            return [("dietary_restrictions", food, False)]
        return []
    m = _FOR_REASONS.match(t)
    if m and m.group("v").lower() in _FOODS_AVOIDED:
        return [("dietary_restrictions", m.group("v").lower(), False)]  # "no pork for religious reasons"
    m = _HAVE.match(t)
    if m:
        said = m.group("v").strip()
        none = re.match(r"(?:no|zero)\s+", said, re.IGNORECASE)  # "i have no asthma" says it is not had
        v = _condition(said[none.end() :] if none else said)
        return [("health", _sub_article(v), bool(none))] if v else []
    m = _AM.match(t)
    if m and m.group("v").lower() in _HEALTH_ADJ:
        return [("health", m.group("v").lower(), False)]
    return []


def _sub_article(v: str) -> str:
    return re.sub(r"^(?:a|an)\s+", "", v)


def _with_treated(med: str, raw: str) -> list[HealthFact]:
    if not med:
        return []
    found: list[HealthFact] = [("medications", med, False)]
    cond = _treated(raw)
    if cond:
        found.append(("health", cond, False))  # "metformin for my diabetes": the condition is said too
    return found


def _diet(v: str) -> list[HealthFact]:
    """A diet said as "on a … diet": a kind of diet is ``food_preference``; a limit is a restriction."""
    v = v.replace("-", " ")
    if v.replace(" ", "-") in DIETS and not v.endswith("free"):
        return [("food_preference", v.replace(" ", "-"), False)]  # "i'm on a keto diet", "a plant-based diet"
    if v.endswith(" free"):
        return [("dietary_restrictions", f"{v.split()[0]}", False)]  # "a gluten-free diet": no gluten
    if v.split()[0] in ("low", "no", "zero", "reduced"):
        return [("dietary_restrictions", v, False)]  # "a low-sodium diet"
    return []
