"""The vector a fact is stored with: its turn's vector, moved toward what the fact's key means.

A fact drawn from a turn used to share the turn's vector exactly, so dense retrieval could not tell "what are my
hobbies?" from "what is my job?" for a turn that said both, nor rank the turn's ``hobbies`` fact above another
turn that merely mentions work. Embedding each fact's own sentence would fix that at the price of one more
embedding per fact on every write. Keys are few and repeat, so instead each key's meaning ("hobbies", "role: job
title, or the lack of one …") is embedded once per embedding function and added to the turn's vector:

    fact vector = unit(turn vector) + KEY_SHIFT · unit(key vector)

The turn's content still dominates (a ``likes`` fact from "i love jazz" stays near jazz), while the key pulls the
fact toward questions about that key. Measured on the persona benchmark's recall questions with dense retrieval
alone (groups ranked by their best member): hit@1 0.509 → 0.568, hit@5 0.937 → 0.942; the same shift with the
key vectors shuffled between keys lowers hit@1 (0.504), so the gain is the key's meaning, not a bias toward turns
that yielded facts. The shift was flat from 0.5 to 1.2; 0.5 keeps the turn dominant.
"""

from __future__ import annotations

import threading
import weakref
from typing import Any, Callable, Sequence

import numpy as np

__all__ = ["KEY_SHIFT", "fact_vector", "key_text"]

KEY_SHIFT = 0.5
"""Weight of the key's unit vector added to the turn's unit vector (see the module docstring)."""

_cache: "weakref.WeakKeyDictionary[Any, dict[str, np.ndarray]]" = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def key_text(ontology: Any, kind: str, name: str) -> str:
    """What a fact's key means, in words: the key (or relation label) and, for an attribute key the ontology
    knows, its description ("role: job title, or the lack of one …")."""
    words = name.replace("_", " ").strip()
    spec = ontology.get(name) if kind == "attribute" and ontology is not None else None
    description = getattr(spec, "description", "") if spec is not None else ""
    return f"{words}: {description}" if description else words


def fact_vector(
    embedding_function: Any, embed: Callable[[list[str]], Sequence[Any]], ontology: Any, turn_vector: Any,
    record: Any,
) -> Any:
    """The vector to store ``record`` with, given its turn's vector: shifted toward its key for a fact, the
    turn's own vector for anything else (an instruction, an uncertainty, the turn itself)."""
    if record.kind not in ("attribute", "relation"):
        return turn_vector
    text = key_text(ontology, record.kind, record.key if record.kind == "attribute" else record.label)
    try:
        per_function = _cache.setdefault(embedding_function, {})
    except TypeError:  # an embedding function that cannot be weakly referenced: no cache, still correct
        per_function = {}
    key_vec = per_function.get(text)
    if key_vec is None:
        # The first miss embeds every key the ontology knows in one batch, so a store pays one embedder call
        # for its keys, not one per key as they turn up; a custom key said later costs one call then.
        texts = list(dict.fromkeys([text, *_ontology_texts(ontology)]))
        texts = [t for t in texts if t not in per_function]
        vectors = embed(texts)
        with _lock:
            for t, v in zip(texts, vectors):
                per_function[t] = _unit(np.asarray(v, dtype=np.float32).reshape(-1))
        key_vec = per_function[text]
    turn = _unit(np.asarray(turn_vector, dtype=np.float32).reshape(-1))
    if key_vec.shape != turn.shape:  # a custom embedder that changed dimension: keep the turn's vector
        return turn_vector
    return turn + KEY_SHIFT * key_vec


def _ontology_texts(ontology: Any) -> list[str]:
    """``key_text`` of every attribute key of the ontology and of the relation labels that mirror them."""
    out: list[str] = []
    for spec in ontology if ontology is not None else ():
        out.append(key_text(ontology, "attribute", spec.key))
        if spec.mirror:
            out.append(key_text(ontology, "relation", spec.mirror))
    return out


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n > 0 else v
