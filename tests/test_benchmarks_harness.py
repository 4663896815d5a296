"""The benchmark harness itself: metrics on hand-computed cases, evidence normalisation, date parsing, and an
end-to-end run on a tiny LoCoMo-format fixture built here (never the real data)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import pytest

from benchmarks.locomo_data import load, normalise_evidence, parse_session_date
from benchmarks.metrics import all_at, any_at, percentile, session_any_at


def test_metrics_on_hand_computed_cases():
    ranked = ["D1:4", "D2:1", "D1:2", "D3:7"]
    assert any_at(ranked, {"D1:2"}, 1) == 0.0 and any_at(ranked, {"D1:2"}, 3) == 1.0
    assert all_at(ranked, {"D1:2", "D3:7"}, 3) == 0.0 and all_at(ranked, {"D1:2", "D3:7"}, 4) == 1.0
    assert session_any_at(ranked, {"D3:1"}, 3) == 0.0 and session_any_at(ranked, {"D3:1"}, 4) == 1.0
    assert session_any_at(ranked, {"D2:9"}, 2) == 1.0
    assert percentile([1, 2, 3, 4], 50) == 2.5 and percentile([5], 95) == 5


def test_evidence_normalisation():
    log: Counter[str] = Counter()
    known = {"D1:3", "D8:6", "D9:17", "D10:2"}
    assert normalise_evidence(["D:1:3"], known, log) == {"D1:3"}
    assert normalise_evidence(["D8:6; D9:17"], known, log) == {"D8:6", "D9:17"}
    assert normalise_evidence(["D10: 2", "D10:", "D99:1", 7], known, log) == {"D10:2"}
    assert log["id naming no turn dropped"] == 1 and log["unparseable id dropped"] == 1


def test_session_dates():
    assert parse_session_date("1:56 pm on 8 May, 2023") == datetime(2023, 5, 8, 13, 56, tzinfo=timezone.utc)
    assert parse_session_date("10:37 am on 27 June,2023") == datetime(2023, 6, 27, 10, 37, tzinfo=timezone.utc)
    with pytest.raises(ValueError):
        parse_session_date("sometime in spring")


def _fixture(path):
    convs = []
    for c in range(2):
        name = ["Ana", "Ben"][c]
        conv = {"speaker_a": name, "speaker_b": "Kim"}
        for s in (1, 2):
            conv[f"session_{s}_date_time"] = f"{s}:00 pm on {s + 3} May, 2023"
            conv[f"session_{s}"] = [
                {"speaker": name, "dia_id": f"D{s}:1", "text": f"I adopted a {['tortoise', 'ferret'][c]} called Pip {s}."},
                {"speaker": "Kim", "dia_id": f"D{s}:2", "text": "That is lovely news!"},
                {"speaker": name, "dia_id": f"D{s}:3", "text": f"I started learning {['cello', 'oboe'][c]} lessons."},
            ]
        qa = [{"question": f"What pet did {name} adopt?", "answer": "x", "evidence": ["D1:1"], "category": 4},
              {"question": f"Which instrument is {name} learning?", "answer": "y", "evidence": ["D:2:3"], "category": 1},
              {"question": "unanswerable", "answer": "", "evidence": [], "category": 5}]
        convs.append({"sample_id": f"conv-{c}", "conversation": conv, "qa": qa})
    path.write_text(json.dumps(convs))


def test_loader_reads_fixture(tmp_path):
    _fixture(tmp_path / "tiny.json")
    convs, log = load(tmp_path / "tiny.json")
    assert [len(c.turns) for c in convs] == [6, 6] and [len(c.questions) for c in convs] == [2, 2]
    assert convs[0].questions[1].evidence == {"D2:3"} and log["reformatted id"] >= 1


def _own_tmp(tmp_path):
    """An environment whose temp folder is empty and ours, to see what a run leaves in it (a folder: a store;
    a library may leave a small marker file, such as Chroma's Rust core's ``.ses``)."""
    scratch = tmp_path / "tmpdir"
    scratch.mkdir()
    return scratch, {**os.environ, "TMPDIR": str(scratch)}


def test_end_to_end_run(tmp_path):
    _fixture(tmp_path / "tiny.json")
    out = tmp_path / "out"
    scratch, env = _own_tmp(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "benchmarks.locomo", "--data", str(tmp_path / "tiny.json"),
                           "--systems", "bm25,dense,spectron", "--out", str(out)], capture_output=True, text=True,
                          timeout=300, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert not [p for p in scratch.iterdir() if p.is_dir()], "the run left its stores in the temp folder"
    res = json.loads((out / "results.json").read_text())
    for name in ("bm25", "dense", "spectron"):
        for key in ("turn_any@1", "turn_any@5", "turn_any@10", "turn_any@20", "turn_all@10", "session_any@5",
                    "foreign_hits", "recall_p50_ms", "recall_p95_ms", "by_category"):
            assert key in res[name], (name, key)
        assert res[name]["foreign_hits"] == 0
    assert res["spectron"]["turn_any@5"] == 1.0  # four distinctive questions over six turns each
    assert (out / "results.md").exists() and (out / "recall_at_k.png").exists()


def test_scale_harness_runs_small(tmp_path):
    """The latency/scale harness end to end at a toy size: every figure the report needs is measured."""
    out = tmp_path / "scale"
    scratch, env = _own_tmp(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "benchmarks.scale", "--sizes", "150", "--ops", "5", "--out", str(out),
                           "--replay", "60", "--replay-users", "4", "--replay-mem0", "0"],
                          capture_output=True, text=True, timeout=600, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert not [p for p in scratch.iterdir() if p.is_dir()], "the run left its stores in the temp folder"
    got = json.loads((out / "scale.json").read_text())
    res = got["150"]
    replay = got["replay"]  # the bulk write path beside the embedder alone, in the same run
    for key in ("embedder_per_s", "embedder_distinct_per_s", "replay_per_s", "replay_over_embedder"):
        assert isinstance(replay[key], (int, float)) and replay[key] > 0, key
    assert replay["second_replay_written"] == 0
    for key in ("chroma_alone_s", "embedder_cpu_s", "floor_s", "bound_over_embedder"):
        assert isinstance(replay[key], (int, float)) and replay[key] > 0, key
    assert isinstance(replay["extraction_cpu_s"], (int, float)) and replay["extraction_cpu_s"] >= 0  # 60 memories
    assert replay["floor_s"] <= replay["replay_seconds"] + 0.05  # a bound below what the replay itself took
    report = (out / "scale.md").read_text()
    assert "replay / embedder" in report and "bound on replay / embedder" in report
    for key in ("recall_p50_ms", "recall_p95_ms", "bare_chroma_p50_ms", "recall_over_bare", "remember_p50_ms",
                "remember_over_embed", "bulk_over_embedder", "embedder_texts_per_s", "peak_rss_mb"):
        assert isinstance(res[key], (int, float)) and res[key] > 0, key
    assert res["records"] >= 150
    assert (out / "scale.md").exists() and (out / "latency_vs_size.png").exists()


def test_replay_floor_is_the_longer_of_the_serial_work_and_all_the_work_over_the_cores() -> None:
    from benchmarks.mem0_replay import replay_floor

    spread = replay_floor(1000, embedder_rate=100.0, embed_cpu=30.0, serial=10.0, cores=2)
    assert spread["floor_seconds"] == 20.0 and spread["bound_over_embedder"] == 0.5
    serial_bound = replay_floor(1000, embedder_rate=100.0, embed_cpu=4.0, serial=25.0, cores=2)
    assert serial_bound["floor_seconds"] == 25.0 and serial_bound["bound_over_embedder"] == 0.4


def test_serial_work_records_the_chroma_writes_and_the_extractors_time_and_then_lets_go(tmp_path: Path) -> None:
    """What the floor is made of is measured from the writes a real store made: every Chroma write recorded
    with its collection and settings (so it can be timed again alone), the rule extractor's time counted, and
    both patches gone after the block."""
    from chromadb.api.models.Collection import Collection

    from benchmarks.mem0_replay import serial_work
    from spectron_core import RuleExtractor, Spectron

    upsert, extract = Collection.upsert, RuleExtractor.extract
    mem = Spectron(path=str(tmp_path / "store"))
    with serial_work() as work:
        mem.remember("I live in Lisbon and I work at Initech.", scope={"user": "alice"})
        mem.remember("I moved to Porto last month.", scope={"user": "alice"})
        mem.flush()
    assert Collection.upsert is upsert and RuleExtractor.extract is extract
    assert work.extractions >= 2 and work.extraction_cpu > 0
    names = {name for name, _, _, _ in work.chroma_writes}
    assert any(name.endswith("_memory") for name in names), names
    assert all(hnsw.get("space") in ("cosine", "l2") for _, hnsw, _, _ in work.chroma_writes)
    rows = sum(len(kwargs["ids"]) for _, _, method, kwargs in work.chroma_writes if method == "upsert")
    assert rows >= 4  # two turns and their facts at least
    assert work.chroma_alone() > 0
    mem.close()


def test_no_locomo_text_is_tracked_in_the_repository():
    """LoCoMo is CC BY-NC: it is read from ../shared/data, never copied into the repository. No tracked file
    may hold a 40-character run of any string in the dev split (turns, questions, answers, summaries)."""
    from pathlib import Path

    from benchmarks.locomo import DEFAULT_DATA

    root = Path(__file__).resolve().parent.parent
    data = Path(DEFAULT_DATA)
    if not data.exists():
        pytest.skip(f"{data} is not beside the repository")
    strings: list[str] = []

    def walk(x: object) -> None:
        if isinstance(x, str):
            strings.append(x)
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(json.loads(data.read_text()))
    width = 40
    shingles = {s[i : i + width] for s in strings if len(s) >= width for i in range(0, len(s) - width + 1, 20)}
    tracked = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True, check=True).stdout.split()
    leaks = []
    for name in tracked:
        try:
            text = (root / name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # binary files (charts) hold no text
        hits = [text[i : i + width] for i in range(len(text) - width + 1) if text[i : i + width] in shingles]
        if hits:
            leaks.append((name, hits[0]))
    assert leaks == []


def test_the_assistant_probe_sets_are_well_formed() -> None:
    from benchmarks.assistant_probe import _rows

    statements = _rows("statements.tsv")
    assert len(statements) >= 200 and all(len(r) == 2 and r[0] and r[1] for r in statements)
    assert sum(r[1] == "-" for r in statements) >= 40
    pairs = _rows("pairs.tsv")
    assert len(pairs) >= 100 and all(len(r) == 5 and r[4] in ("change", "add") for r in pairs)


def test_every_assistant_probe_set_is_well_formed() -> None:
    """Every set beside the first (the blind ones included, which no one reads line by line) has the pairs'
    five columns, and the word of the first value is in the first sentence, or the pair could never count."""
    from benchmarks.assistant_probe import HERE, _rows

    sets = [d for d in sorted(HERE.iterdir()) if (d / "pairs.tsv").exists()]
    assert {"held_out", "changes_held_out", "changes_held_out2"} <= {d.name for d in sets}
    for d in sets:
        rows = _rows("pairs.tsv", d)
        assert len(rows) >= 40, d.name
        assert all(len(r) == 5 and r[4] in ("change", "add") for r in rows), d.name
        assert all(r[2] and r[2].casefold() in r[0].casefold() for r in rows), d.name
        # (a new word that is the old one marks a value the second line must leave held: "still arsenal")
        assert all(not r[3] or r[3] == r[2] or r[3].casefold() in r[1].casefold() for r in rows), d.name


def test_the_assistant_probe_scores_statements() -> None:
    from benchmarks.assistant_probe import statements

    out = statements()
    assert 0.0 <= out["read"] <= 1.0 and 0.0 <= out["clean"] <= 1.0
    assert out["statements"] + out["negatives"] == len(out["missed"]) + round(
        out["read"] * out["statements"]
    ) + round(out["clean"] * out["negatives"])


def test_the_assistant_probe_counts_a_likeness_reading_as_a_change_with_its_doubt(tmp_path: Path) -> None:
    """A change read by likeness (``_write/_replacement``) is applied and carries a flag on purpose: it counts as
    applied and ``by_likeness``, not as a false flag; a reading that replaces a value on an addition would."""
    from benchmarks.assistant_probe import pairs
    from spectron_core import Spectron
    from tests.support import ReadsOnly

    rows = [
        ("I work at Nike.", "switched over to adidas last month, same commute thankfully", "nike", "adidas", "change"),
        ("I live in Rome.", "my sister moved to Milan last week", "rome", "", "add"),
    ]
    (tmp_path / "pairs.tsv").write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    facts = {"I work at Nike.": ("employer", "Nike"), "I live in Rome.": ("home", "Rome")}
    mem = Spectron(path=str(tmp_path / "store"), extractor=ReadsOnly(facts))
    try:
        out = pairs(mem, tmp_path)
    finally:
        mem.close()
    assert (out["changed"], out["by_likeness"], out["added"], out["false_flags"]) == (1.0, 1, 1.0, 0)
