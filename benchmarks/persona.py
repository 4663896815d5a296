"""Persona benchmark: first-person chit-chat memory, ``python -m benchmarks.persona --out DIR [--limit N]``.

Data: ConvAI2 validation dialogues with Dialogue NLI human triples (``../shared/data/convai2-dnli``, read at
run time, never copied). Three parts, every system side by side in one run (see ``benchmarks/README.md``):

* **extraction** (Spectron's extractor only): for the annotated sentences, does the extractor produce a fact
  whose key maps to the triple's relation (``persona_map.RELATIONS``) and whose value carries its object
  (``persona_map.value_matches``)? And on dialogue lines with no triple, does it invent a fact? Measured twice:
  with the public ``RuleExtractor`` on every sentence of the split, and through the write path
  (``remember``'s ``RememberResult``) on the lines the recall part ingests.
* **recall**: each speaker of each dialogue is a scope of one store; their lines are remembered in one
  session as user turns; one question per (speaker, relation) of their human triples; hit@k = an item cites
  a line carrying that relation, or is a fact whose value carries one of its objects; foreign hits counted.
* **updates**: pairs of annotated sentences of one single-valued relation with different objects, the old
  one then the new one a day apart in a scope of their own: is the new one first for the relation's
  question, is the old one hidden from the top k, does ``profile()`` show only the new value, does
  ``history(entity, key)`` hold both (the last three only for Spectron: peers have no profile or history).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import re
import subprocess
import sys
import time
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from .metrics import percentile, versions
from .persona_data import Dialogue, Sentence, Triple, load_dialogues, load_sentences
from .persona_map import RELATIONS, accepts, eligible, value_matches
from .scratch import scratch_dir
from .systems import Doc, Hit, System, build, close_all, foreign_count

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "convai2-dnli"
ALL_SYSTEMS = ["spectron", "bm25", "dense", "rrf", "mem0"]
ORG = "persona"
T0 = datetime(2024, 3, 1, 9, 0, tzinfo=timezone.utc)
KS = (1, 5, 10)
HIDDEN_K = 5
FACT_KINDS = ("attribute", "relation")


# -- questions --------------------------------------------------------------------------------------------------
def question_for(relation: str, scope: str, seed: int) -> str:
    """One of the relation's phrasings, chosen by a seeded hash of (seed, scope, relation): reproducible."""
    qs = RELATIONS[relation].questions
    h = int(hashlib.sha256(f"{seed}|{scope}|{relation}".encode()).hexdigest(), 16)
    return qs[h % len(qs)]


# -- facts, however they were produced --------------------------------------------------------------------------
@dataclass(frozen=True)
class Fact:
    key: str
    value: str
    entity: str = ""
    negated: bool = False


def facts_of_extraction(ex: Any) -> list[Fact]:
    return ([Fact(a.key, a.value, a.entity, bool(getattr(a, "negated", False))) for a in ex.attributes]
            + [Fact(r.label, r.object, r.subject, bool(getattr(r, "negated", False))) for r in ex.relations])


def facts_of_result(res: Any) -> list[Fact]:
    """What a ``RememberResult`` wrote about its own turn: created/reinforced/superseding/flagged attributes and
    relations (``closed`` changes and ``corrections`` are earlier records this turn ended, not its facts)."""
    out = []
    for ch in list(res.attributes) + list(res.relations):
        if ch.action == "closed":
            continue
        r = ch.record
        if getattr(r, "kind", "") == "attribute":
            out.append(Fact(r.key, r.value, r.entity))
        elif getattr(r, "kind", "") == "relation":
            out.append(Fact(r.label, r.object, r.subject))
    return out


def triple_matched(t: Triple, facts: list[Fact]) -> tuple[bool, bool]:
    """(key maps, key maps and value carries the object) for one triple against a sentence's facts."""
    keyed = [f for f in facts if accepts(t.relation, f.key)]
    return bool(keyed), any(value_matches(t.object, f.value, f.key) for f in keyed)


# -- part (a): extraction ---------------------------------------------------------------------------------------
@dataclass
class ExtractionItem:
    id: str
    text: str
    triples: list[Triple]
    facts: list[Fact] = field(default_factory=list)


_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|i'd|i'll|me|my|mine|myself|we|we're|us|our|ours)\b", re.I)


def score_extraction(positives: list[ExtractionItem], negatives: list[ExtractionItem]) -> dict:
    """Sentence-level shares (a sentence is right if one of its eligible triples is matched) and per-relation
    triple-level counts, with the keys produced instead when a triple was missed."""
    n = hit = key_hit = empty = 0
    per: dict[str, dict[str, Any]] = defaultdict(lambda: {"triples": 0, "matched": 0, "key_only": 0, "nothing": 0,
                                                           "instead": Counter(), "missed_ids": []})
    subj: Counter[str] = Counter()
    for item in positives:
        triples = [t for t in item.triples if eligible((t.subject, t.relation, t.object))]
        if not triples:
            continue
        n += 1
        got = [triple_matched(t, item.facts) for t in triples]
        hit += any(v for _, v in got)
        key_hit += any(k for k, _ in got)
        empty += not item.facts
        first_person = any(t.subject == "i" for t in triples)
        subj["first_person"] += first_person
        subj["first_person_matched"] += first_person and any(v for (_, v), t in zip(got, triples) if t.subject == "i")
        for t, (k, v) in zip(triples, got):
            row = per[t.relation]
            row["triples"] += 1
            row["matched"] += v
            row["key_only"] += k and not v
            if not item.facts:
                row["nothing"] += 1
            if not v:
                row["instead"].update([f.key for f in item.facts] or ["(none)"])
                row["missed_ids"].append(item.id)
    neg_n = len(negatives)
    invented = [i for i in negatives if i.facts]
    questions = [i for i in negatives if i.text.rstrip().endswith("?")]
    impersonal = [i for i in negatives if not _FIRST_PERSON.search(i.text)]
    inv_keys: Counter[str] = Counter(f.key for i in invented for f in i.facts)
    by_rel = {}
    for rel, row in sorted(per.items(), key=lambda kv: -kv[1]["triples"]):
        t = row["triples"]
        by_rel[rel] = {"triples": t, "matched": round(row["matched"] / t, 4), "key_only": round(row["key_only"] / t, 4),
                       "nothing_extracted": round(row["nothing"] / t, 4),
                       "keys_instead": dict(row["instead"].most_common(5)), "missed_ids": row["missed_ids"][:8]}
    return {
        "sentences_with_triple": n,
        "fact_right_key_and_value": round(hit / n, 4) if n else None,
        "fact_right_key": round(key_hit / n, 4) if n else None,
        "no_fact_at_all": round(empty / n, 4) if n else None,
        "first_person_sentences": subj["first_person"],
        "first_person_right_key_and_value": (round(subj["first_person_matched"] / subj["first_person"], 4)
                                             if subj["first_person"] else None),
        "sentences_without_triple": neg_n,
        "invented_fact": round(len(invented) / neg_n, 4) if neg_n else None,
        "invented_fact_on_questions": (round(sum(1 for i in questions if i.facts) / len(questions), 4)
                                       if questions else None),
        "invented_fact_on_statements": (round(sum(1 for i in invented if not i.text.rstrip().endswith("?"))
                                              / (neg_n - len(questions)), 4) if neg_n - len(questions) else None),
        "lines_without_triple_or_first_person": len(impersonal),
        "invented_fact_without_first_person": (round(sum(1 for i in impersonal if i.facts) / len(impersonal), 4)
                                               if impersonal else None),
        "invented_keys": dict(inv_keys.most_common(12)),
        "by_relation": by_rel,
    }


_SPACE_PUNCT = re.compile(r"\s+([,.!?;:])")
_LOWER_I = re.compile(r"\bi\b")
_SENT_START = re.compile(r"(^|[.!?]\s+)([a-z])")


def edited(text: str) -> str:
    """The sentence as an editor would type it: no space before punctuation, "I" capitalised, sentences
    capitalised, a final full stop. Names stay lower-case (that needs a model). Used only for the
    ``edited`` diagnostic: the gap between it and ``as written`` is what lower-case chat costs."""
    t = _LOWER_I.sub("I", _SPACE_PUNCT.sub(r"\1", text.strip()))
    t = _SENT_START.sub(lambda m: m.group(1) + m.group(2).upper(), t)
    return t if not t or t[-1] in ".!?" else t + "."


def rule_extraction(positives: list[ExtractionItem], negatives: list[ExtractionItem], edit: bool = False,
                    before: dict[str, str] | None = None) -> dict:
    """The default extractor through its public contract: ``RuleExtractor().extract(ExtractionContext(...))``,
    on the text as written or (``edit``) as ``edited`` renders it. ``before``: a line's text → the other
    speaker's line just before it, handed over as ``in_reply_to`` (what a session holding both speakers passes
    when the other one is the assistant: "what do you do for fun ?" then "hiking mostly .")."""
    from spectron_core import ExtractionContext, RuleExtractor

    ex = RuleExtractor()
    t0 = time.perf_counter()
    for item in positives + negatives:
        ctx = ExtractionContext(text=edited(item.text) if edit else item.text, role="user", observed_at=T0,
                                principal="Person/speaker", agent="Agent/assistant", scope={"org": ORG, "user": "speaker"},
                                in_reply_to=before.get(item.text) if before else None)
        item.facts = facts_of_extraction(ex.extract(ctx))
    out = score_extraction(positives, negatives)
    out["sentences_per_second"] = round(len(positives + negatives) / max(time.perf_counter() - t0, 1e-9), 1)
    return out


def lines_before(dialogues: list[Dialogue]) -> dict[str, str]:
    """Each dialogue line's text → the other speaker's line just before it (at its first occurrence)."""
    out: dict[str, str] = {}
    for d in dialogues:
        for prev, ln in zip(d.lines, d.lines[1:]):
            if prev.speaker != ln.speaker:
                out.setdefault(ln.text, prev.text)
    return out


def extraction_sets(sentences: list[Sentence], dialogues: list[Dialogue]) -> tuple[list[ExtractionItem], list[ExtractionItem]]:
    """Positives: every annotated sentence of ``valid_sentences.jsonl`` (persona lines and utterances,
    deduplicated). Negatives: every dialogue line with no triple (deduplicated, and not an annotated sentence):
    the same speakers and style, so the false-fact rate is measured on the text the extractor will really see.
    DNLI did not annotate every fact-bearing line, so some negatives do state a fact ("i like to read"): the
    rate is an upper bound, reported apart for questions and statements, and on the lines with no
    first-person word at all ("that sounds fun . what do you do ?"), which state nothing about the speaker:
    a fact there is invented."""
    pos = [ExtractionItem(s.id, s.text, s.triples) for s in sentences]
    known = {s.text for s in sentences}
    seen: set[str] = set()
    neg = []
    for d in dialogues:
        for ln in d.lines:
            if ln.triples or ln.text in known or ln.text in seen:
                continue
            seen.add(ln.text)
            neg.append(ExtractionItem(f"{d.id}:{ln.n}", ln.text, []))
    return pos, neg


# -- part (b) and (c): the docs every system ingests ---------------------------------------------------------
@dataclass
class Question:
    scope: str
    relation: str
    question: str
    gold: set[str]
    objects: list[str]
    asked: bool = False
    """Every gold line is a question the speaker asked ("are you married ?" labelled ``marital_status``): a
    memory that keeps a user's questions below what they said ranks it low by design. Reported apart."""


@dataclass
class Pair:
    scope: str
    relation: str
    question: str
    old: Sentence
    new: Sentence
    old_obj: str
    new_obj: str

    @property
    def old_id(self) -> str:
        return f"{self.scope}:old"

    @property
    def new_id(self) -> str:
        return f"{self.scope}:new"


def _asks(text: str) -> bool:
    """A line that ends in a question mark (it may open with a remark: "wow . do you play chess ?")."""
    return text.rstrip().endswith("?")


def recall_set(dialogues: list[Dialogue], seed: int) -> tuple[list[Doc], list[Question]]:
    docs: list[Doc] = []
    questions: list[Question] = []
    for d in dialogues:
        for speaker in ("partner", "you"):
            scope = f"{d.id}-{speaker}"
            lines = d.speaker_lines(speaker)
            by_rel: dict[str, tuple[set[str], list[str]]] = {}
            for ln in lines:
                doc_id = f"{scope}:{ln.n}"
                docs.append(Doc(scope=scope, session=f"{scope}-s1", doc_id=doc_id, text=ln.text,
                                observed_at=T0 + timedelta(seconds=30 * ln.n)))
                for t in ln.triples:
                    if t.subject == "i" and eligible((t.subject, t.relation, t.object)):
                        gold, objs = by_rel.setdefault(t.relation, (set(), []))
                        gold.add(doc_id)
                        if t.object not in objs:
                            objs.append(t.object)
            asked_lines = {f"{scope}:{ln.n}" for ln in lines if _asks(ln.text)}
            for rel, (gold, objs) in by_rel.items():
                questions.append(Question(scope, rel, question_for(rel, scope, seed), gold, objs, gold <= asked_lines))
    return docs, questions


def update_pairs(sentences: list[Sentence], n_pairs: int, seed: int) -> list[Pair]:
    """Pairs of annotated first-person sentences of one single-valued relation (``RelationSpec.single``) whose
    eligible triples are all of that relation with one object, and whose objects do not match each other
    loosely; relations are taken in turn so each is represented, pairs within a relation by a seeded shuffle."""
    rng = random.Random(seed)
    by_rel: dict[str, list[tuple[Sentence, str]]] = defaultdict(list)
    for s in sentences:
        ts = [t for t in s.triples if eligible((t.subject, t.relation, t.object))]
        rels = {t.relation for t in ts}
        objs = {t.object for t in ts}
        if len(rels) == 1 and len(objs) == 1 and all(t.subject == "i" for t in ts) and RELATIONS[ts[0].relation].single:
            by_rel[ts[0].relation].append((s, ts[0].object))
    queues: dict[str, list[tuple[Sentence, Sentence, str, str]]] = {}
    for rel in sorted(by_rel):
        cands = by_rel[rel][:]
        rng.shuffle(cands)
        used: set[str] = set()
        pairs = []
        for i, (a, oa) in enumerate(cands):
            if a.id in used:
                continue
            for b, ob in cands[i + 1 :]:
                if b.id in used or value_matches(oa, ob) or value_matches(ob, oa):
                    continue
                used.update((a.id, b.id))
                pairs.append((a, b, oa, ob))
                break
        if pairs:
            queues[rel] = pairs
    out: list[Pair] = []
    while len(out) < n_pairs and any(queues.values()):
        for rel in sorted(queues):
            if queues[rel] and len(out) < n_pairs:
                a, b, oa, ob = queues[rel].pop(0)
                scope = f"upd-{len(out):04d}"
                out.append(Pair(scope, rel, question_for(rel, scope, seed), a, b, oa, ob))
    return out


def update_docs(pairs: list[Pair]) -> list[Doc]:
    docs = []
    for i, p in enumerate(pairs):
        at = T0 + timedelta(minutes=i)
        docs.append(Doc(scope=p.scope, session=f"{p.scope}-s1", doc_id=p.old_id, text=p.old.text, observed_at=at))
        docs.append(Doc(scope=p.scope, session=f"{p.scope}-s2", doc_id=p.new_id, text=p.new.text,
                        observed_at=at + timedelta(days=1)))
    return docs


# -- scoring of returned items ----------------------------------------------------------------------------------
def relevant(h: Hit, gold: set[str], objects: list[str]) -> bool:
    """The item cites a line carrying the relation, or is a fact whose value carries one of its objects."""
    if gold & set(h.cited):
        return True
    return h.value is not None and any(value_matches(o, h.value, h.key) for o in objects)


def evaluate_recall(system: System, questions: list[Question], k_max: int = 10) -> dict:
    per: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    lat: list[float] = []
    foreign = 0
    for q in questions:
        t0 = time.perf_counter()
        hits = system.query(q.scope, q.question, k_max)
        lat.append((time.perf_counter() - t0) * 1000)
        foreign += foreign_count(hits, q.scope)
        # a foreign item is never an answer, and it still takes its place in the ranking
        rank = next((i for i, h in enumerate(hits) if h.scope in (None, q.scope) and relevant(h, q.gold, q.objects)),
                    None)
        for bucket in ("overall", q.relation, "asked" if q.asked else "stated"):
            for k in KS:
                per[bucket][f"hit@{k}"].append(1.0 if rank is not None and rank < k else 0.0)
    out: dict[str, Any] = {"questions": len(questions)}
    for bucket, row in per.items():
        stats = {m: round(sum(v) / len(v), 4) for m, v in row.items()}
        if bucket == "overall":
            out.update(stats)
        elif bucket in ("asked", "stated"):
            out[f"gold_{bucket}"] = {"questions": len(row["hit@1"]), **stats}
        else:
            out.setdefault("by_relation", {})[bucket] = {"questions": len(row["hit@1"]), **stats}
    out["foreign_hits"] = foreign
    out["recall_p50_ms"] = round(percentile(lat, 50), 2) if lat else None
    out["recall_p95_ms"] = round(percentile(lat, 95), 2) if lat else None
    return out


def _relates(h: Hit, doc_id: str, obj: str, other_obj: str) -> bool:
    """Does the item stand for this statement? A fact by its value when its value is one of the pair's
    objects, else (a turn, or a fact whose value is neither) by the turn it cites."""
    if h.value is not None and (value_matches(obj, h.value, h.key) or value_matches(other_obj, h.value, h.key)):
        return value_matches(obj, h.value, h.key)
    return doc_id in h.cited


def evaluate_updates(system: System, pairs: list[Pair]) -> dict:
    spectron = hasattr(system, "mem")
    rows: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    foreign = 0
    for p in pairs:
        hits = system.query(p.scope, p.question, HIDDEN_K)
        foreign += foreign_count(hits, p.scope)
        top = hits[0] if hits and hits[0].scope in (None, p.scope) else None
        new_first = bool(top) and _relates(top, p.new_id, p.new_obj, p.old_obj) and not _relates(
            top, p.old_id, p.old_obj, p.new_obj)
        m = {"new_first": float(new_first)}
        if spectron:
            m.update(_spectron_update_checks(system, p, hits))
        for bucket in ("overall", p.relation):
            for k, v in m.items():
                rows[bucket][k].append(v)
    out: dict[str, Any] = {"pairs": len(pairs), "foreign_hits": foreign}
    names = ["new_first", "old_hidden@5", "old_fact_hidden@5", "profile_only_new", "profile_only_new_mapped_key",
             "history_both", "new_fact_extracted"]
    for bucket, row in rows.items():
        stats = {n: (round(sum(row[n]) / len(row[n]), 4) if n in row else None) for n in names}
        if bucket == "overall":
            out.update(stats)
        else:
            out.setdefault("by_relation", {})[bucket] = {"pairs": len(row["new_first"]), **stats}
    return out


def _spectron_update_checks(system: Any, p: Pair, hits: list[Hit]) -> dict[str, float]:
    mem = system.mem
    scope = system.scope_of(p.scope)
    stale = [h for h in hits[:HIDDEN_K] if h.current and _relates(h, p.old_id, p.old_obj, p.new_obj)
             and not _relates(h, p.new_id, p.new_obj, p.old_obj)]
    prof = mem.profile(scope=scope)
    facts = [f for part in (prof.static, prof.dynamic, prof.preferences, prof.knowledge) for f in part]
    shows_new = [f for f in facts if value_matches(p.new_obj, f.value, f.key)]
    shows_old = [f for f in facts if value_matches(p.old_obj, f.value, f.key)]
    mapped_new = [f for f in shows_new if accepts(p.relation, f.key)]
    mapped_old = [f for f in shows_old if accepts(p.relation, f.key)]
    candidates: set[tuple[str, str]] = {(f.entity, f.key) for f in shows_new + shows_old}
    new_facts: list[Fact] = []
    for doc_id in (p.old_id, p.new_id):
        res = system.results.get((p.scope, doc_id))
        if res is not None:
            fs = facts_of_result(res)
            candidates.update((f.entity, f.key) for f in fs if f.entity)
            if doc_id == p.new_id:
                new_facts = fs
    both = False
    for entity, key in sorted(candidates):
        try:
            chain = mem.history(entity, key, scope=scope)
        except Exception:  # a relation label or an unknown key: not a history chain
            continue
        values = [getattr(r, "value", None) or getattr(r, "object", "") for r in chain]
        if any(value_matches(p.old_obj, v, key) for v in values) and any(value_matches(p.new_obj, v, key) for v in values):
            both = True
            break
    return {
        "old_hidden@5": float(not stale),
        "old_fact_hidden@5": float(not [h for h in stale if h.kind in FACT_KINDS]),
        "profile_only_new": float(bool(shows_new) and not shows_old),
        "profile_only_new_mapped_key": float(bool(mapped_new) and not mapped_old),
        "history_both": float(both),
        "new_fact_extracted": float(any(accepts(p.relation, f.key) and value_matches(p.new_obj, f.value, f.key)
                                        for f in new_facts)),
    }


def write_path_extraction(system: Any, dialogues: list[Dialogue]) -> dict:
    """Extraction as the write path stored it: the ``RememberResult`` of every ingested dialogue line."""
    pos, neg = [], []
    for d in dialogues:
        for speaker in ("partner", "you"):
            scope = f"{d.id}-{speaker}"
            for ln in d.speaker_lines(speaker):
                doc_id = f"{scope}:{ln.n}"
                res = system.results.get((scope, doc_id))
                if res is None:
                    continue
                item = ExtractionItem(doc_id, ln.text, ln.triples, facts_of_result(res))
                (pos if ln.triples else neg).append(item)
    return score_extraction(pos, neg)


# -- printing ---------------------------------------------------------------------------------------------------
def print_extraction(title: str, ex: dict, texts: dict[str, str], examples: int) -> None:
    print(f"== extraction ({title}): right key+value {ex['fact_right_key_and_value']}, right key "
          f"{ex['fact_right_key']}, nothing {ex['no_fact_at_all']} of {ex['sentences_with_triple']} sentences; "
          f"invented on {ex['invented_fact']} of {ex['sentences_without_triple']} lines without triple "
          f"(questions {ex['invented_fact_on_questions']}, statements {ex['invented_fact_on_statements']}, "
          f"no first person {ex['invented_fact_without_first_person']} of {ex['lines_without_triple_or_first_person']})")
    print(f"   {'relation':26} {'n':>5} {'k+v':>6} {'k only':>6} {'none':>6}  keys produced instead")
    for rel, r in ex["by_relation"].items():
        inst = ", ".join(f"{k}×{v}" for k, v in r["keys_instead"].items())
        print(f"   {rel:26} {r['triples']:5d} {r['matched']:6.2f} {r['key_only']:6.2f} {r['nothing_extracted']:6.2f}  {inst}")
        for mid in r["missed_ids"][:examples]:
            if mid in texts:
                print(f"      missed: {texts[mid]}")
    print(f"   invented keys: {ex['invented_keys']}", flush=True)


# -- main -------------------------------------------------------------------------------------------------------
def _git_commit() -> str:
    """HEAD, and when the tree has uncommitted changes, how many files and a hash of ``git diff HEAD`` (the
    figures then measure that working tree, not the commit)."""
    try:
        root = Path(__file__).resolve().parents[1]

        def git(*a: str) -> str:
            return subprocess.run(["git", *a], cwd=root, capture_output=True, text=True).stdout

        sha = git("rev-parse", "HEAD").strip()
        dirty = [ln for ln in git("status", "--porcelain").splitlines() if ln.strip()]
        if not dirty:
            return sha
        diff = hashlib.sha256(git("diff", "HEAD").encode()).hexdigest()[:12]
        return f"{sha} + working tree ({len(dirty)} files changed or new; git diff HEAD sha256 {diff}…)"
    except OSError:
        return "unknown"


def _warm_up() -> None:
    """One remember/recall/profile/history in a scratch store, so every module the run needs is loaded at the
    start (the figures then measure one state of the code even if the tree is edited during a long run)."""
    from spectron_core import Spectron

    mem = Spectron(path=scratch_dir("persona-warm-"))
    scope = {"org": ORG, "user": "warm-up"}
    with mem.sessions.create(scope=scope) as s:
        res = s.remember("I live in Lisbon.", observed_at=T0)
    mem.recall("where do i live", scope=scope, top_k=3)
    mem.profile(scope=scope)
    for ch in res.attributes:
        mem.history(ch.record.entity, ch.record.key, scope=scope)
    mem.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(DEFAULT_DATA), help="folder with valid_dialogues.txt and valid_sentences.jsonl")
    ap.add_argument("--out", default="benchmarks/out/persona")
    ap.add_argument("--systems", default=",".join(ALL_SYSTEMS))
    ap.add_argument("--limit", type=int, default=200, help="dialogues for recall (first N; 0 = all 1,000)")
    ap.add_argument("--pairs", type=int, default=300, help="update pairs")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--examples", type=int, default=2, help="missed sentences printed per relation (stdout only)")
    args = ap.parse_args(argv)

    data = Path(args.data)
    t_start = time.perf_counter()
    dialogues, speaker_check = load_dialogues(data / "valid_dialogues.txt")
    sentences = load_sentences(data / "valid_sentences.jsonl")
    subset = dialogues[: args.limit] if args.limit else dialogues
    names = [s.strip() for s in args.systems.split(",") if s.strip()]
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)

    pos, neg = extraction_sets(sentences, dialogues)
    texts = {i.id: i.text for i in pos + neg}
    results: dict[str, Any] = {"extraction": {}, "recall": {}, "updates": {}}
    if any(n.startswith("spectron") for n in names):
        before = lines_before(dialogues)
        for part, edit, title, shown, ctx in (
                ("rules", False, "RuleExtractor, whole split, as written", args.examples, None),
                ("rules_edited", True, "RuleExtractor, whole split, edited text (diagnostic)", 0, None),
                ("rules_replying", False, "RuleExtractor, whole split, the other speaker's line before as in_reply_to "
                 "(diagnostic)", 0, before)):
            try:
                results["extraction"][part] = rule_extraction(pos, neg, edit=edit, before=ctx)
                print_extraction(title, results["extraction"][part], texts, shown)
            except Exception as exc:  # reported, not fatal: the recall and update parts still run
                traceback.print_exc()
                results["extraction"][part] = {"error": f"{type(exc).__name__}: {exc}"}

    rdocs, questions = recall_set(subset, args.seed)
    pairs = update_pairs(sentences, args.pairs, args.seed)
    docs = rdocs + update_docs(pairs)
    relations = sorted({t.relation for s in sentences for t in s.triples})
    meta = {
        "data": str(data), "dialogues_total": len(dialogues), "dialogues_recall": len(subset),
        "sentences": len(sentences), "relations_in_data": len(relations),
        "relations_scored": sum(1 for r in relations if r in RELATIONS),
        "extraction_sentences_with_triple": sum(1 for i in pos if any(
            eligible((t.subject, t.relation, t.object)) for t in i.triples)),
        "extraction_lines_without_triple": len(neg),
        "recall_scopes": len({d.scope for d in rdocs}), "recall_lines": len(rdocs), "recall_questions": len(questions),
        "update_pairs": len(pairs), "update_relations": dict(Counter(p.relation for p in pairs)),
        "speaker_check": speaker_check, "seed": args.seed,
        "command": "python -m benchmarks.persona " + " ".join(argv if argv is not None else sys.argv[1:]),
        "git_commit": _git_commit(),
        "python": platform.python_version(), "machine": platform.platform(), "cpus": os.cpu_count(),
        "versions": versions(), "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    print(f"== {len(subset)} dialogues: {meta['recall_scopes']} scopes, {len(rdocs)} lines, {len(questions)} "
          f"questions; {len(pairs)} update pairs", flush=True)

    if any(n.startswith("spectron") for n in names):
        _warm_up()
    systems = build(names, scratch_dir("persona-"), org=ORG, mem0_collection="mem0_persona")
    try:
        for system in systems:
            print(f"== {system.name}: ingesting {len(docs)} lines", flush=True)
            rec: dict[str, Any] = {}
            upd: dict[str, Any] = {}
            try:  # a system that cannot run is reported, not fatal
                system.load(docs)
                rec = evaluate_recall(system, questions)
                rec["ingest_seconds"] = round(system.ingest_seconds, 1)
            except Exception as exc:
                traceback.print_exc()
                rec = {"error": f"{type(exc).__name__}: {exc}"}
            try:
                upd = evaluate_updates(system, pairs) if system.loaded else {"error": "not ingested"}
                if system.name == "spectron" and system.loaded:
                    results["extraction"]["write_path"] = write_path_extraction(system, subset)
            except Exception as exc:
                traceback.print_exc()
                upd = {"error": f"{type(exc).__name__}: {exc}"}
            results["recall"][system.name] = rec
            results["updates"][system.name] = upd
            print("   recall: " + ", ".join(f"{k}={v}" for k, v in rec.items() if k != "by_relation"), flush=True)
            print("   updates: " + ", ".join(f"{k}={v}" for k, v in upd.items() if k != "by_relation"), flush=True)
            _write(out_dir, meta, results, t_start)  # after every system: a long run interrupted keeps what it measured
    finally:
        close_all(systems)
    if "by_relation" in results["extraction"].get("write_path", {}):
        print_extraction("write path, recall lines", results["extraction"]["write_path"], texts, 0)
    _write(out_dir, meta, results, t_start)
    print(f"results in {out_dir} ({meta['seconds']} s)")
    return 0


def _write(out_dir: Path, meta: dict, results: dict, t_start: float) -> None:
    meta["seconds"] = round(time.perf_counter() - t_start, 1)
    (out_dir / "results.json").write_text(json.dumps({"meta": meta, **results}, indent=2))
    write_report(out_dir, meta, results)


# -- report -----------------------------------------------------------------------------------------------------
def _f(v: Any) -> str:
    if v is None:
        return "n/a"
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def _extraction_md(title: str, ex: dict) -> list[str]:
    lines = [f"### {title}", "",
             f"- sentences with a human triple (`other` and `<blank>` excluded): {ex['sentences_with_triple']}",
             f"- a fact with the right key and value: **{_f(ex['fact_right_key_and_value'])}** "
             f"(first-person triples only: {_f(ex['first_person_right_key_and_value'])}); right key, any value: "
             f"{_f(ex['fact_right_key'])}; no fact at all: {_f(ex['no_fact_at_all'])}",
             f"- lines without a triple: {ex['sentences_without_triple']}; a fact invented on **{_f(ex['invented_fact'])}** "
             f"(questions {_f(ex['invented_fact_on_questions'])}, statements {_f(ex['invented_fact_on_statements'])}); "
             f"on the {ex['lines_without_triple_or_first_person']} of them with no first-person word (they state "
             f"nothing about the speaker, a cleaner negative set): {_f(ex['invented_fact_without_first_person'])}",
             "- keys invented: " + ", ".join(f"`{k}` {v}" for k, v in ex["invented_keys"].items()), "",
             "| relation | triples | key+value | key only | nothing extracted | keys produced on misses |",
             "|---|---|---|---|---|---|"]
    for rel, r in ex["by_relation"].items():
        inst = ", ".join(f"`{k}` {v}" for k, v in r["keys_instead"].items())
        lines.append(f"| {rel} | {r['triples']} | {_f(r['matched'])} | {_f(r['key_only'])} | "
                     f"{_f(r['nothing_extracted'])} | {inst} |")
    return lines + [""]


def write_report(out_dir: Path, meta: dict, results: dict) -> None:
    rec, upd = results["recall"], results["updates"]
    text = ["# Persona benchmark (ConvAI2 + Dialogue NLI, validation split)", "",
            f"Data: `{meta['data']}` — {meta['dialogues_total']} dialogues, {meta['sentences']} annotated sentences, "
            f"{meta['relations_in_data']} relation names ({meta['relations_scored']} scored). Recall on the first "
            f"{meta['dialogues_recall']} dialogues: {meta['recall_scopes']} speaker scopes, {meta['recall_lines']} "
            f"lines, {meta['recall_questions']} questions; {meta['update_pairs']} update pairs.", "",
            f"Command: `{meta['command']}`  ", f"Git commit: {meta['git_commit']}  ",
            f"Machine: {meta['machine']}, {meta.get('cpus', '?')} CPUs, Python {meta['python']}, {meta['started']}, "
            f"{meta.get('seconds', '?')} s  ",
            "Versions: " + ", ".join(f"{k} {v}" for k, v in meta.get("versions", {}).items()), "",
            f"Speakers (odd/even lines vs the persona lines): {meta['speaker_check']}", "",
            "## Recall", "", "| system | hit@1 | hit@5 | hit@10 | foreign hits | p50 ms | p95 ms | ingest s |",
            "|---|---|---|---|---|---|---|---|"]
    for name, r in rec.items():
        if "error" in r:
            text.append(f"| {name} | error: {r['error']} |")
            continue
        text.append(f"| {name} | " + " | ".join(_f(r.get(c)) for c in ("hit@1", "hit@5", "hit@10", "foreign_hits",
                                                                       "recall_p50_ms", "recall_p95_ms",
                                                                       "ingest_seconds")) + " |")
    stated = [(n, r) for n, r in rec.items() if "gold_stated" in r]
    if stated:
        first = stated[0][1]
        text += ["", f"By what the gold line does: it states something ({first['gold_stated']['questions']} "
                 f"questions), or every gold line is a question the speaker asked "
                 f"({first.get('gold_asked', {}).get('questions', 0)}: \"are you married ?\" labelled as the "
                 "speaker's marital status; Spectron ranks a user's questions below their statements on purpose).",
                 "", "| system | hit@1 stated | hit@5 stated | hit@1 asked | hit@5 asked |", "|---|---|---|---|---|"]
        for name, r in stated:
            a = r.get("gold_asked", {})
            text.append(f"| {name} | {_f(r['gold_stated']['hit@1'])} | {_f(r['gold_stated']['hit@5'])} | "
                        f"{_f(a.get('hit@1'))} | {_f(a.get('hit@5'))} |")
    text += ["", "## Updates", "", "| system | new first | old hidden@5 | old fact hidden@5 | profile only new | "
             "profile only new (mapped key) | history holds both | new fact extracted | foreign hits |",
             "|---|---|---|---|---|---|---|---|---|"]
    for name, r in upd.items():
        if "error" in r:
            text.append(f"| {name} | error: {r['error']} |")
            continue
        text.append(f"| {name} | " + " | ".join(_f(r.get(c)) for c in (
            "new_first", "old_hidden@5", "old_fact_hidden@5", "profile_only_new", "profile_only_new_mapped_key",
            "history_both", "new_fact_extracted", "foreign_hits")) + " |")
    text += ["", f"Pairs per relation: {meta['update_relations']}", "", "## Extraction (Spectron's extractor)", ""]
    for key, title in (("rules", "RuleExtractor on every annotated sentence of the split, as written"),
                       ("rules_edited", "Diagnostic: the same on edited text (I capitalised, punctuation attached)"),
                       ("rules_replying", "Diagnostic: the same with the other speaker's line before each line "
                        "handed over as `in_reply_to` (a short reply read with the question it answers)"),
                       ("write_path", "Write path (`RememberResult`) on the recall lines")):
        ex = results["extraction"].get(key)
        if ex and "error" in ex:
            text += [f"### {title}", "", f"error: {ex['error']}", ""]
        elif ex:
            text += _extraction_md(title, ex)
    names = [n for n, r in rec.items() if "by_relation" in r]
    if names:
        rels = sorted({rel for n in names for rel in rec[n]["by_relation"]},
                      key=lambda rel: -rec[names[0]]["by_relation"].get(rel, {}).get("questions", 0))
        text += ["## Recall hit@1 / hit@5 by relation", "",
                 "| relation | questions | " + " | ".join(names) + " |", "|" + "---|" * (len(names) + 2)]
        for rel in rels:
            cells = []
            for n in names:
                r = rec[n]["by_relation"].get(rel)
                cells.append(f"{r['hit@1']:.2f} / {r['hit@5']:.2f}" if r else "")
            nq = next(rec[n]["by_relation"][rel]["questions"] for n in names if rel in rec[n]["by_relation"])
            text.append(f"| {rel} | {nq} | " + " | ".join(cells) + " |")
        text.append("")
    unames = [n for n, r in upd.items() if "by_relation" in r]
    if unames:
        text += ["## Updates by relation (new first; Spectron: profile only new, history both)", "",
                 "| relation | pairs | " + " | ".join(unames) + " | spectron profile | spectron history |",
                 "|" + "---|" * (len(unames) + 4)]
        sp = upd.get("spectron", {}).get("by_relation", {})
        for rel in sorted(upd[unames[0]]["by_relation"]):
            row = [_f(upd[n]["by_relation"].get(rel, {}).get("new_first")) for n in unames]
            text.append(f"| {rel} | {upd[unames[0]]['by_relation'][rel]['pairs']} | " + " | ".join(row) + " | "
                        f"{_f(sp.get(rel, {}).get('profile_only_new'))} | {_f(sp.get(rel, {}).get('history_both'))} |")
        text.append("")
    text += ["Definitions: `benchmarks/README.md` (persona section), mapping and value rule: "
             "`benchmarks/persona_map.py`. Missed-sentence ids are in results.json (`missed_ids`); the data is "
             "never copied here."]
    (out_dir / "results.md").write_text("\n".join(text) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
