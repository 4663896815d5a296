"""The persona benchmark harness itself, on a tiny fixture in the ConvAI2 + Dialogue NLI format built here
(never the real data): parsing and speaker assignment, the value rule and the mapping table, foreign-hit
counting, and an end-to-end run. No test asserts a benchmark figure."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from benchmarks.persona import (
    Question,
    evaluate_recall,
    extraction_sets,
    question_for,
    recall_set,
    score_extraction,
    update_pairs,
)
from benchmarks.persona_data import load_dialogues, load_sentences
from benchmarks.persona_map import RELATIONS, accepts, eligible, value_matches
from benchmarks.systems import Hit, System

# Two invented dialogues in the data's shape (lower-case, tokenised, triples after the text).
P = "partner's persona: "
Y = "your persona: "
DIALOGUES = [
    P + "i keep three ferrets.\t['i', 'have_pet', '3 ferret']",
    P + "i am a glassblower.\t['i', 'has_profession', 'glassblower']",
    Y + "i live in a lighthouse.\t['i', 'live_in_general', 'lighthouse']",
    Y + "my favorite color is teal.\t['i', 'favorite_color', 'teal']",
    "1\thi there , how is your evening ?",
    "2\tquiet , i live in a lighthouse by the sea .\t['i', 'live_in_general', 'lighthouse']",
    "3\tnice ! i am a glassblower , i shape vases all day .\t['i', 'has_profession', 'glassblower']",
    "4\tthat sounds hot . my favorite color is teal .\t['i', 'favorite_color', 'teal']",
    "5\tmy three ferrets would love your lighthouse\t['i', 'have_pet', '3 ferret']",
    "6\tdo you like the ocean ?",
    P + "i am thirty one years old.\t['i', 'has_age', '31']",
    P + "i grow orchids.\t['i', 'has_hobby', 'gardening']",
    Y + "i am a locksmith.\t['i', 'has_profession', 'locksmith']",
    Y + "i have a pet iguana.\t['i', 'have_pet', 'iguana']",
    "1\thello , i just turned thirty one today .\t['i', 'has_age', '31']",
    "2\thappy birthday ! i fix locks for a living , i am a locksmith .\t['i', 'has_profession', 'locksmith']",
    "3\tthanks . i spend my weekends gardening , mostly orchids .\t['i', 'has_hobby', 'gardening']",
    "4\tmy iguana would eat your orchids .\t['i', 'have_pet', 'iguana']",
    "5\twhat is your name ?",
    "6\ti was raised by my grandparents\t['i', 'other', '<blank>']",
]
SENTENCES = [
    ("s0", "i am a glassblower.", [["i", "has_profession", "glassblower"]]),
    ("s1", "i am a locksmith.", [["i", "has_profession", "locksmith"]]),
    ("s2", "i am thirty one years old.", [["i", "has_age", "31"]]),
    ("s3", "i am fifty years old.", [["i", "has_age", "50"]]),
    ("s4", "i live in a lighthouse.", [["i", "live_in_general", "lighthouse"]]),
    ("s5", "my three ferrets would love your lighthouse", [["i", "have_pet", "3 ferret"]]),
    ("s6", "my favorite color is teal.", [["i", "favorite_color", "teal"]]),
    ("s7", "my favorite color is mauve.", [["i", "favorite_color", "mauve"]]),
    ("s8", "i was raised by my grandparents", [["i", "other", "<blank>"]]),
]


def _fixture(folder):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "valid_dialogues.txt").write_text("\n".join(DIALOGUES) + "\n")
    (folder / "valid_sentences.jsonl").write_text("\n".join(
        json.dumps({"id": i, "text": t, "kind": "persona", "triples": tr}) for i, t, tr in SENTENCES) + "\n")
    return folder


def test_parser_assigns_speakers_from_the_persona_triples(tmp_path):
    dialogues, check = load_dialogues(_fixture(tmp_path / "d") / "valid_dialogues.txt")
    assert len(dialogues) == 2 and [len(d.lines) for d in dialogues] == [6, 6]
    first = dialogues[0]
    # the glassblower (partner persona) speaks on odd lines, the lighthouse keeper (your persona) on even ones
    assert {ln.n for ln in first.speaker_lines("partner")} == {1, 3, 5}
    assert {ln.n for ln in first.speaker_lines("you")} == {2, 4, 6}
    assert check["decided by triples"] == 2 and check.get("line triples on other persona only", 0) == 0
    assert first.lines[1].triples[0].relation == "live_in_general"


def test_value_rule_and_mapping_table():
    assert value_matches("3 ferret", "ferrets") and value_matches("2 dog", "two dogs")
    assert value_matches("31", "thirty one") and not value_matches("31", "13")
    assert value_matches("volunteer", "volunteering at the shelter")
    assert value_matches("2 children", "two", key="children") and not value_matches("2 children", "three", key="children")
    assert not value_matches("teal", "mauve") and not value_matches("dog", None)
    # a name of stop-words only is compared whole, articles aside
    assert value_matches("the who", "the who") and value_matches("the who", "who") and value_matches("up", "Up")
    assert not value_matches("the who", "the kills") and not value_matches("up", "up north") and not value_matches("the", "")
    assert accepts("has_profession", "role") and accepts("favorite_color", "favourite colour")
    assert accepts("favorite", "favorite_season") and not accepts("want_job", "role")
    assert not any(accepts(rel, "fact") for rel in RELATIONS)  # the catch-all key reads as no fact anywhere
    assert not eligible(("i", "other", "<blank>")) and not eligible(("i", "has_pet", "<blank>"))
    for spec in RELATIONS.values():
        assert len(spec.questions) >= 3 and spec.why


def test_mapping_covers_every_relation_of_the_fixture(tmp_path):
    folder = _fixture(tmp_path / "d")
    dialogues, _ = load_dialogues(folder / "valid_dialogues.txt")
    relations = {t.relation for d in dialogues for ln in d.lines for t in ln.triples} | {
        t.relation for s in load_sentences(folder / "valid_sentences.jsonl") for t in s.triples}
    assert relations - set(RELATIONS) == {"other"}


def test_questions_are_seeded_and_never_name_the_object(tmp_path):
    dialogues, _ = load_dialogues(_fixture(tmp_path / "d") / "valid_dialogues.txt")
    docs, questions = recall_set(dialogues, seed=0)
    assert len(docs) == 12 and len(questions) == 8  # one per (speaker, relation); `other` skipped
    again = recall_set(dialogues, seed=0)[1]
    assert [q.question for q in questions] == [q.question for q in again]
    assert {question_for("has_age", f"s{i}", 0) for i in range(40)} == set(RELATIONS["has_age"].questions)
    for q in questions:
        assert not any(o.split()[-1] in q.question.lower() for o in q.objects)
        assert q.gold and all(g.startswith(q.scope + ":") for g in q.gold)


def test_update_pairs_hold_one_relation_with_different_values(tmp_path):
    sentences = load_sentences(_fixture(tmp_path / "d") / "valid_sentences.jsonl")
    pairs = update_pairs(sentences, 10, seed=0)
    assert {p.relation for p in pairs} == {"has_profession", "has_age", "favorite_color"}
    for p in pairs:
        assert RELATIONS[p.relation].single and not value_matches(p.old_obj, p.new_obj)
    assert len({p.scope for p in pairs}) == len(pairs)


def test_extraction_scoring_on_hand_made_facts(tmp_path):
    from benchmarks.persona import Fact

    folder = _fixture(tmp_path / "d")
    pos, neg = extraction_sets(load_sentences(folder / "valid_sentences.jsonl"),
                               load_dialogues(folder / "valid_dialogues.txt")[0])
    facts = {"s0": [Fact("role", "glassblower")], "s1": [Fact("role", "plumber")], "s2": [Fact("fact", "31")]}
    for item in pos:
        item.facts = facts.get(item.id, [])
    neg[0].facts = [Fact("mood", "quiet")]
    res = score_extraction(pos, neg)
    assert res["sentences_with_triple"] == 8  # s8 carries only `other`
    assert res["fact_right_key_and_value"] == round(1 / 8, 4) and res["fact_right_key"] == round(2 / 8, 4)
    assert res["by_relation"]["has_profession"]["matched"] == 0.5
    assert res["by_relation"]["has_age"]["keys_instead"] == {"fact": 1, "(none)": 1}
    assert res["sentences_without_triple"] == len(neg) == 3 and res["invented_fact"] == round(1 / 3, 4)
    # the three negatives are questions to the other speaker: no first-person word in any
    assert res["lines_without_triple_or_first_person"] == 3
    assert res["invented_fact_without_first_person"] == round(1 / 3, 4)


class _Leaky(System):
    """Answers every question with one line of its own scope and one of another scope."""

    name = "leaky"

    def query(self, scope, question, k):
        return [Hit(cited=["elsewhere:1"], scope="elsewhere"), Hit(cited=[f"{scope}:2"], scope=scope)]


def test_foreign_hits_are_counted_and_not_credited():
    qs = [Question("a", "has_age", "How old am I?", {"a:2"}, ["31"]),
          Question("b", "has_age", "How old am I?", {"b:9"}, ["40"])]
    res = evaluate_recall(_Leaky(), qs)
    assert res["foreign_hits"] == 2
    assert res["hit@1"] == 0.0 and res["hit@5"] == 0.5  # the foreign item takes rank 1 and is never an answer
    assert res["by_relation"]["has_age"]["questions"] == 2


def test_end_to_end_run(tmp_path):
    folder = _fixture(tmp_path / "d")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "benchmarks.persona", "--data", str(folder), "--limit", "0",
                           "--systems", "spectron,bm25,dense,rrf", "--out", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    res = json.loads((out / "results.json").read_text())
    assert res["meta"]["recall_questions"] == 8 and res["meta"]["update_pairs"] == 3
    for name in ("spectron", "bm25", "dense", "rrf"):
        rec, upd = res["recall"][name], res["updates"][name]
        for key in ("hit@1", "hit@5", "hit@10", "foreign_hits", "recall_p50_ms", "by_relation"):
            assert key in rec, (name, key)
        assert rec["foreign_hits"] == 0 and upd["foreign_hits"] == 0
        assert 0.0 <= upd["new_first"] <= 1.0
    sp = res["updates"]["spectron"]
    for key in ("old_hidden@5", "profile_only_new", "history_both"):
        assert sp[key] is not None
    assert res["updates"]["dense"]["profile_only_new"] is None  # peers have no profile: n/a
    for part in ("rules", "rules_edited", "write_path"):
        ex = res["extraction"][part]
        assert ex["sentences_with_triple"] > 0 and ex["fact_right_key_and_value"] is not None
        assert ex["by_relation"]
    assert "n/a" in (out / "results.md").read_text()


def test_no_convai2_text_is_kept_in_the_repository():
    """The dialogues are read from ../shared/data, never copied: no tracked or new file may hold a 40-character
    run of any dialogue line or annotated sentence (the results hold ids, relation names and keys only)."""
    from pathlib import Path

    from benchmarks.persona import DEFAULT_DATA

    root = Path(__file__).resolve().parent.parent
    data = Path(DEFAULT_DATA)
    if not (data / "valid_dialogues.txt").exists():
        pytest.skip(f"{data} is not beside the repository")
    width = 40
    strings = []
    for ln in (data / "valid_dialogues.txt").read_text(encoding="utf-8").splitlines():
        fields = ln.split("\t")
        strings.append(fields[0].split("persona:", 1)[1].strip() if "persona:" in fields[0] else
                       (fields[1] if len(fields) > 1 else ""))
    strings += [json.loads(ln)["text"] for ln in (data / "valid_sentences.jsonl").read_text(encoding="utf-8").splitlines()
                if ln.strip()]
    shingles = {s[i : i + width] for s in strings if len(s) >= width for i in range(0, len(s) - width + 1, 20)}
    files = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=root,
                           capture_output=True, text=True, check=True).stdout.split()
    leaks = []
    for name in files:
        if name.startswith((".venv/", "benchmarks/out/")):
            continue
        try:
            text = (root / name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        hit = next((text[i : i + width] for i in range(len(text) - width + 1) if text[i : i + width] in shingles), None)
        if hit:
            leaks.append((name, hit))
    assert leaks == []
