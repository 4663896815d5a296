#!/usr/bin/env python
"""Re-record the LLMExtractor HTTP cassettes against a real OpenAI-compatible endpoint.

The cases (sentences, contexts, the small test ontology, per-case settings) live in
``tests/test_llm_extractor.py`` (``ONTOLOGY_SPECS`` and ``RECORDED_CASES``) so the replay tests and this
script can never disagree about what is sent. Every cassette is overwritten (vcrpy ``record_mode="all"``)
and ``tests/cassettes/llm/meta.json`` records the endpoint and model, which the tests read to rebuild the
same ``ChatOpenAI`` client (requests are matched on method, scheme, host, port, path and body).

Examples::

    # the local llama.cpp server the committed cassettes were made with (see docs/llm-cassettes.md)
    python scripts/record_llm_cassettes.py --base-url http://127.0.0.1:8089/v1 \\
        --model qwen2.5-coder-0.5b-instruct

    # OpenAI itself
    OPENAI_API_KEY=sk-... python scripts/record_llm_cassettes.py --base-url https://api.openai.com/v1 \\
        --model gpt-4o-mini

The API key is read from ``OPENAI_API_KEY`` (a local server accepts any value; ``sk-local`` is used when it
is unset). The ``authorization`` header is filtered out of the cassettes. Cassette responses are what the
server answered: never edit them by hand. After re-recording, run the replay tests and update the
assertions that describe what the recorded model said.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEST_MODULE = ROOT / "tests" / "test_llm_extractor.py"


def _load_cases():
    sys.path.insert(0, str(ROOT))
    spec = importlib.util.spec_from_file_location("_llm_cassette_cases", TEST_MODULE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", default=os.environ.get("OPENAI_BASE_URL", "http://127.0.0.1:8089/v1"))
    parser.add_argument("--model", default=os.environ.get("SPECTRON_LLM_MODEL", "qwen2.5-coder-0.5b-instruct"))
    parser.add_argument("--only", action="append", default=[], help="record only these case names")
    parser.add_argument("--note", default="", help="free text stored in meta.json (e.g. the model package)")
    args = parser.parse_args(argv)

    cases = _load_cases()
    from langchain_openai import ChatOpenAI

    api_key = os.environ.get("OPENAI_API_KEY") or "sk-local"
    cassette_dir = cases.CASSETTE_DIR
    cassette_dir.mkdir(parents=True, exist_ok=True)
    recorder = cases.make_vcr(record_mode="all")

    names = args.only or list(cases.RECORDED_CASES)
    for name in names:
        case = cases.RECORDED_CASES[name]
        model = ChatOpenAI(base_url=args.base_url, api_key=api_key, model=args.model, **cases.chat_kwargs(case))
        extractor = cases.make_extractor(model, case)
        ctxs = cases.contexts(case)
        path = cassette_dir / f"{name}.yaml"
        if path.exists():
            path.unlink()
        started = time.monotonic()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with recorder.use_cassette(path.name) as cassette:
                results = extractor.extract_many(ctxs) if case.get("many") else [extractor.extract(ctxs[0])]
        took = time.monotonic() - started
        print(f"== {name}: {len(cassette)} request(s), {took:.1f}s")
        for w in caught:
            print(f"   warning: {w.message}")
        for res in results:
            print("  ", res.model_dump_json(exclude_defaults=True))

    meta_path = cassette_dir / "meta.json"
    meta = json.loads(meta_path.read_text()) if meta_path.exists() and args.only else {}
    meta.update(
        {
            "base_url": args.base_url,
            "model": args.model,
            "note": args.note or meta.get("note", ""),
            "recorded_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
    )
    meta_path.write_text(json.dumps(meta, indent=2) + "\n")
    print(f"wrote {meta_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
