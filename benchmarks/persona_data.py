"""Reading the ConvAI2 validation dialogues with Dialogue NLI triples (``../shared/data/convai2-dnli``).

``valid_dialogues.txt``: each dialogue opens with ``partner's persona:`` and ``your persona:`` lines, then
numbered utterances ``N<TAB>text[<TAB>['subject', 'relation', 'object']]*``; a new dialogue starts at the next
persona line. The numbered lines alternate between the two speakers, and the file does not say who opens.
``speaker_parity`` works it out per dialogue from the data itself: a line's triples are looked up among the
two personas' triples (a triple on an odd line that is also on the partner's persona supports "odd lines are
the partner"), and where no triple decides, the word overlap of the lines with each persona's lines does.
On the validation split 981 of the 1,000 dialogues are decided by triples, all of them with the partner on
the odd lines (it speaks first); of the other 19, 10 are decided by words (the same way) and 9 keep that
split-wide majority. ``load_dialogues`` returns these counts, and how many line triples sit on the assigned
speaker's persona only (4,937) against the other speaker's only (7), so the harness records the check with
its results.

``valid_sentences.jsonl``: the same annotated sentences, deduplicated, one per line (``id``, ``text``,
``kind``, ``triples``); every line carries at least one triple.
"""

from __future__ import annotations

import ast
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Triple", "Line", "Dialogue", "Sentence", "load_dialogues", "load_sentences", "speaker_parity",
           "SPEAKERS"]

SPEAKERS = ("partner", "you")
_PERSONA = re.compile(r"^(partner's|your) persona:\s*(.*)$")
_WORD = re.compile(r"[a-z']+")
_STOP = frozenset("""that this have with what your just like from they them their there been were when where
    would could should about really very good well some much many also love lots going know think want time
    today doing does yeah okay sure thanks great nice cool fun""".split())
_MARGIN = 3


@dataclass(frozen=True)
class Triple:
    subject: str
    relation: str
    object: str


@dataclass
class Line:
    n: int
    text: str
    triples: list[Triple]
    speaker: str = ""


@dataclass
class Dialogue:
    index: int
    personas: dict[str, list[tuple[str, list[Triple]]]] = field(default_factory=lambda: {s: [] for s in SPEAKERS})
    lines: list[Line] = field(default_factory=list)
    parity_by: str = ""
    """How the speakers were assigned: ``triples`` or ``words`` (or ``default`` when nothing decided)."""

    @property
    def id(self) -> str:
        return f"d{self.index:04d}"

    def speaker_lines(self, speaker: str) -> list[Line]:
        return [ln for ln in self.lines if ln.speaker == speaker]


@dataclass
class Sentence:
    id: str
    text: str
    kind: str
    triples: list[Triple]


def _triples(fields: list[str]) -> list[Triple]:
    out = []
    for f in fields:
        f = f.strip()
        if not f:
            continue
        s, r, o = ast.literal_eval(f)
        out.append(Triple(str(s), str(r), str(o)))
    return out


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) >= 4 and w not in _STOP}


def speaker_parity(d: Dialogue, default: str = "partner") -> tuple[str, str]:
    """``(speaker of odd lines, how decided)``: see the module docstring. Word evidence (content words of four
    letters or more shared by a statement and a persona; questions are skipped, as they mostly name the other
    speaker's persona) must win by ``_MARGIN`` words, else ``default`` (the split-wide majority) stands."""
    pt = {(t.relation, t.object) for _, ts in d.personas["partner"] for t in ts}
    yt = {(t.relation, t.object) for _, ts in d.personas["you"] for t in ts}
    votes = Counter()
    for ln in d.lines:
        odd = ln.n % 2 == 1
        for t in ln.triples:
            k = (t.relation, t.object)
            if (k in pt) != (k in yt):
                votes["partner" if (k in pt) == odd else "you"] += 1
    if votes["partner"] != votes["you"]:
        return ("partner" if votes["partner"] > votes["you"] else "you"), "triples"
    pw = set().union(*(_words(t) for t, _ in d.personas["partner"])) if d.personas["partner"] else set()
    yw = set().union(*(_words(t) for t, _ in d.personas["you"])) if d.personas["you"] else set()
    score = 0
    for ln in d.lines:
        if ln.text.rstrip().endswith("?"):
            continue
        w = _words(ln.text)
        sign = 1 if ln.n % 2 == 1 else -1
        score += sign * (len(w & pw) - len(w & yw))
    if abs(score) >= _MARGIN:
        return ("partner" if score > 0 else "you"), "words"
    return default, "default"


def load_dialogues(path: str | Path) -> tuple[list[Dialogue], dict]:
    dialogues: list[Dialogue] = []
    cur: Dialogue | None = None
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        fields = raw.split("\t")
        m = _PERSONA.match(fields[0])
        if m:
            if cur is None or cur.lines:
                cur = Dialogue(index=len(dialogues))
                dialogues.append(cur)
            who = "partner" if m.group(1) == "partner's" else "you"
            cur.personas[who].append((m.group(2).strip(), _triples(fields[1:])))
            continue
        if cur is None:
            raise ValueError(f"numbered line before any persona line: {raw[:40]!r}")
        cur.lines.append(Line(int(fields[0]), fields[1].strip() if len(fields) > 1 else "", _triples(fields[2:])))
    check: Counter[str] = Counter()
    decided = Counter(speaker_parity(d)[0] for d in dialogues if speaker_parity(d)[1] == "triples")
    majority = decided.most_common(1)[0][0] if decided else "partner"
    for d in dialogues:
        odd, how = speaker_parity(d, majority)
        even = "you" if odd == "partner" else "partner"
        d.parity_by = how
        check[f"decided by {how}"] += 1
        check[f"odd lines = {odd}"] += 1
        for ln in d.lines:
            ln.speaker = odd if ln.n % 2 == 1 else even
        # how many line triples agree with the assigned speaker's persona (and with the other one's)
        own = {s: {(t.relation, t.object) for _, ts in d.personas[s] for t in ts} for s in SPEAKERS}
        for ln in d.lines:
            other = "you" if ln.speaker == "partner" else "partner"
            for t in ln.triples:
                k = (t.relation, t.object)
                if k in own[ln.speaker] and k not in own[other]:
                    check["line triples on own persona only"] += 1
                elif k in own[other] and k not in own[ln.speaker]:
                    check["line triples on other persona only"] += 1
                else:
                    check["line triples on neither or both"] += 1
    return dialogues, dict(check)


def load_sentences(path: str | Path) -> list[Sentence]:
    out = []
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        if raw.strip():
            r = json.loads(raw)
            out.append(Sentence(r["id"], r["text"], r.get("kind", ""), [Triple(*map(str, t)) for t in r["triples"]]))
    return out
