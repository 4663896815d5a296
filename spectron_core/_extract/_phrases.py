"""Regex fragments that more than one pattern is built from, spelled once.

Each is a non-capturing piece of pattern source (no anchors, no flags: the patterns that use them compile
with ``re.I``) except where a named group is documented.
"""

from __future__ import annotations

__all__ = ["AFFECTS_ME", "AFFECTS_TAIL", "FAVOURITE_APPOSITION", "MY_FAVOURITE", "UPSETTING_VERBS"]

UPSETTING_VERBS = (
    r"(?:scare|scares|terrify|terrifies|horrify|horrifies|frighten|frightens|disgust|disgusts|annoy|annoys|bore|"
    r"bores|bother|bothers|upset|upsets|depress|depresses|stress|stresses|bug|bugs|irritate|irritates|sicken|sickens)"
)
"""Verbs that say a thing is unpleasant to whoever it happens to ("spiders scare me")."""

AFFECTS_TAIL = r"(?:\s+(?:so\s+much|a\s+lot|to\s+death|every\s+time|too))?"
"""What may follow how a thing affects the speaker: "… to death", "… every time"."""

AFFECTS_ME = (
    r"(?:" + UPSETTING_VERBS + r"\s+me|(?:creep|creeps|freak|freaks|gross|grosses|stress|stresses)\s+me\s+out|"
    r"(?:give|gives)\s+me\s+the\s+(?:creeps|willies|chills|heebie[\s-]jeebies|shivers)|"
    r"(?:make|makes|get|gets)\s+me\s+(?:so\s+|really\s+|very\s+)?(?:sad|depressed|angry|mad|sick|nervous|anxious|scared|"
    r"uncomfortable|down|cranky|queasy|gag|cringe|puke|barf|nauseous|miserable|grumpy|fussy|faint|pass\s+out|"
    r"throw\s+up|shudder)|"
    r"(?:drive|drives)\s+me\s+(?:crazy|nuts|insane|mad|bonkers|up\s+the\s+wall)|(?P<good>(?:make|makes|keep|keeps)\s+me\s+(?:so\s+|really\s+|very\s+)?"
    r"(?:happy|smile|calm|relaxed|sane|going)|(?:relax|relaxes|calm|calms)\s+me(?:\s+down)?))" + AFFECTS_TAIL
)
"""How a thing affects the speaker, ending the clause: "… terrify me", "… creep me out", "… make me sad", "… keep
me sane" (group ``good`` is set for the pleasant ones), with an optional "so much"/"to death"/… after it."""

MY_FAVOURITE = r"(?:my|one\s+of\s+my)\s+(?:all[\s-]time\s+)?(?:favou?rites?|faves?|favs?)"
""""my favourite", "one of my faves", "my all-time fav"."""

FAVOURITE_APPOSITION = (
    r"(?:(?:it\s+is|it's|its|that\s+is|that's|thats|they\s+are|they're)\s+)?(?:definitely\s+|totally\s+)?"
    + MY_FAVOURITE
    + r"(?:\s+(?P<x>(?!ever\b)[a-z]+))?(?:\s+(?:ever|of\s+all\s+time))?"
)
"""A favourite said of the thing just named: "(it's) my favourite (drink)", "they're definitely one of my faves";
group ``x`` is the kind, if said."""
