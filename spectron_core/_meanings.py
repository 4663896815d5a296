"""What each attribute key means, as a vector: embedded once per engine, read by writes and by recall.

A key's meaning is its name and its ontology description in words ("role: their job, occupation or
profession: what they do for a living …"), embedded with the store's own embedding function. Keys are few and
repeat, so each is embedded once per engine and kept in a cache (text → unit vector) that belongs to that one
embedding function. Two readers share it:

* the write path moves a fact's stored vector toward its key (``_write/_vectors``), so dense retrieval can
  tell the ``hobbies`` fact of a turn from its ``role`` fact;
* recall asks which keys a question is about (``_recall/_intent``), so "what do I do for a living?" can look
  up the current ``role`` directly, in whatever words that role was said.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

__all__ = ["Embed", "attribute_meanings", "embed_missing", "key_text", "key_vector", "unit"]

Embed = Callable[[list[str]], Sequence[Any]]
"""The store's embedding function, batched: texts in, one vector per text out."""


def key_text(ontology: Any, kind: str, name: str) -> str:
    """What a fact's key means, in words: the key (or relation label) and, for an attribute key the ontology
    knows, its description ("role: their job, occupation or profession …")."""
    words = name.replace("_", " ").strip()
    spec = ontology.get(name) if kind == "attribute" and ontology is not None else None
    description = getattr(spec, "description", "") if spec is not None else ""
    return f"{words}: {description}" if description else words


def key_vector(cache: dict[str, np.ndarray], embed: Embed, ontology: Any, kind: str, name: str) -> np.ndarray:
    """The unit vector of a key's meaning, from ``cache`` or embedded now.

    The first miss embeds every key the ontology knows in one batch, so a store pays one embedder call for its
    keys, not one per key as they turn up; a custom key said later costs one call then."""
    text = key_text(ontology, kind, name)
    if text not in cache:
        embed_missing(cache, embed, [text, *_ontology_texts(ontology)])
    return cache[text]


def attribute_meanings(cache: dict[str, np.ndarray], embed: Embed, ontology: Any) -> tuple[list[str], np.ndarray]:
    """Every attribute key of ``ontology`` and the matrix of their meanings (one unit row per key, in order).
    Rows of another dimension than the first (a custom embedder's oddity) are left out with their keys."""
    keys = [spec.key for spec in ontology] if ontology is not None else []
    texts = [key_text(ontology, "attribute", k) for k in keys]
    if any(t not in cache for t in texts):
        embed_missing(cache, embed, [*texts, *_ontology_texts(ontology)])
    rows = [(k, cache[t]) for k, t in zip(keys, texts)]
    if not rows:
        return [], np.zeros((0, 0), dtype=np.float32)
    dim = rows[0][1].shape
    rows = [(k, v) for k, v in rows if v.shape == dim]
    return [k for k, _ in rows], np.stack([v for _, v in rows])


def unit(v: Any) -> np.ndarray:
    """``v`` as a flat float32 vector of length 1 (a zero vector stays zero)."""
    a = np.asarray(v, dtype=np.float32).reshape(-1)
    n = float(np.linalg.norm(a))
    return a / n if n > 0 else a


def embed_missing(cache: dict[str, np.ndarray], embed: Embed, texts: list[str]) -> None:
    """Embed, in one batch, those of ``texts`` that ``cache`` lacks, and keep their unit vectors there."""
    missing = [t for t in dict.fromkeys(texts) if t not in cache]
    if missing:
        for t, v in zip(missing, embed(missing)):
            cache[t] = unit(v)


def _ontology_texts(ontology: Any) -> list[str]:
    """``key_text`` of every attribute key of the ontology and of the relation labels that mirror them."""
    out: list[str] = []
    for spec in ontology if ontology is not None else ():
        out.append(key_text(ontology, "attribute", spec.key))
        if spec.mirror:
            out.append(key_text(ontology, "relation", spec.mirror))
    return out
