"""Reading a LoCoMo-format file: conversations, sessions with their dates, turns, and evidence ids.

Normalisation of the evidence ids found in the dev split (recorded in ``NORMALISED`` while loading):
``"D:1:3"`` → ``"D1:3"``; spaces (``"D1: 3"``) removed; several ids packed in one string (``"D8:6; D9:17"``)
split; ids that name no turn of the conversation (``"D10:"``, typos past the session end) dropped, with
questions left without evidence skipped.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

__all__ = ["Turn", "Conversation", "Question", "load", "parse_session_date", "normalise_evidence", "CATEGORIES"]

CATEGORIES = {1: "multi-hop", 2: "temporal", 3: "open-domain", 4: "single-hop"}
_ID = re.compile(r"D\s*:?\s*(\d+)\s*:\s*(\d+)")


@dataclass
class Turn:
    dia_id: str
    session: int
    speaker: str
    text: str
    observed_at: datetime

    @property
    def content(self) -> str:
        """What the memory is told: the speaker label and the text (image captions as a bracketed note)."""
        return f"{self.speaker}: {self.text}"


@dataclass
class Question:
    question: str
    category: int
    evidence: set[str]
    answer: str = ""


@dataclass
class Conversation:
    sample_id: str
    sessions: dict[int, list[Turn]] = field(default_factory=dict)
    questions: list[Question] = field(default_factory=list)

    @property
    def turns(self) -> list[Turn]:
        return [t for s in sorted(self.sessions) for t in self.sessions[s]]


def parse_session_date(text: str) -> datetime:
    """``"1:56 pm on 8 May, 2023"`` → aware UTC datetime."""
    cleaned = " ".join(text.replace(",", ", ").split()).replace(" ,", ",")
    for fmt in ("%I:%M %p on %d %B, %Y", "%I:%M %p on %d %b, %Y", "%H:%M on %d %B, %Y"):
        try:
            return datetime.strptime(cleaned, fmt).replace(tzinfo=timezone.utc)
        except ValueError:
            continue
    raise ValueError(f"unrecognised LoCoMo session date {text!r}")


def normalise_evidence(raw: object, known: set[str], log: Counter[str]) -> set[str]:
    items = raw if isinstance(raw, list) else [raw]
    out: set[str] = set()
    for item in items:
        if not isinstance(item, str):
            log["non-string id dropped"] += 1
            continue
        found = _ID.findall(item)
        if len(found) > 1:
            log["several ids in one string split"] += 1
        if not found:
            log["unparseable id dropped"] += 1
        for session, turn in found:
            dia = f"D{int(session)}:{int(turn)}"
            if dia != item.strip():
                log["reformatted id"] += 1
            if dia in known:
                out.add(dia)
            else:
                log["id naming no turn dropped"] += 1
    return out


def load(path: str | Path) -> tuple[list[Conversation], Counter[str]]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    log: Counter[str] = Counter()
    convs = []
    for sample in data:
        conv = sample["conversation"]
        c = Conversation(sample_id=str(sample.get("sample_id", f"conv-{len(convs)}")))
        for key in conv:
            m = re.fullmatch(r"session_(\d+)", key)
            if not m or not isinstance(conv[key], list):
                continue
            n = int(m.group(1))
            start = parse_session_date(conv[f"{key}_date_time"])
            turns = []
            for i, t in enumerate(conv[key]):
                text = t.get("text", "")
                if t.get("blip_caption"):
                    text += f" [shares {t['blip_caption']}]"
                turns.append(Turn(dia_id=t["dia_id"].replace(" ", ""), session=n, speaker=t["speaker"], text=text,
                                  observed_at=start + timedelta(seconds=30 * i)))
            c.sessions[n] = turns
        known = {t.dia_id for t in c.turns}
        for q in sample.get("qa", []):
            cat = q.get("category")
            if cat not in CATEGORIES:
                continue
            ev = normalise_evidence(q.get("evidence", []), known, log)
            if not ev:
                log["question without usable evidence skipped"] += 1
                continue
            c.questions.append(Question(q["question"], cat, ev, str(q.get("answer", ""))))
        convs.append(c)
    return convs, log
