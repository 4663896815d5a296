"""The vector a fact is stored with: its turn's vector, moved toward what the fact's key means.

A fact drawn from a turn used to share the turn's vector exactly, so dense retrieval could not tell "what are my
hobbies?" from "what is my job?" for a turn that said both, nor rank the turn's ``hobbies`` fact above another
turn that merely mentions work. Embedding each fact's own sentence would fix that at the price of one more
embedding per fact on every write. Keys are few and repeat, so instead each key's meaning ("hobbies: what they do
in their free time for fun") is embedded once per engine (``Engine.key_vectors``, see ``_meanings``) and added to
the turn's vector:

    fact vector = unit(turn vector) + KEY_SHIFT · unit(key vector)

The turn's content still dominates (a ``likes`` fact from "i love jazz" stays near jazz), while the key pulls the
fact toward questions about that key. Measured on the persona benchmark's recall questions with dense retrieval
alone (groups ranked by their best member): hit@1 0.509 → 0.568, hit@5 0.937 → 0.942; the same shift with the
key vectors shuffled between keys lowers hit@1 (0.504), so the gain is the key's meaning, not a bias toward turns
that yielded facts. The shift was flat from 0.5 to 1.2; 0.5 keeps the turn dominant.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from .._meanings import Embed, key_vector, unit

__all__ = ["KEY_SHIFT", "fact_vectors"]

KEY_SHIFT = 0.5
"""Weight of the key's unit vector added to the turn's unit vector (see the module docstring)."""

_FACT_KINDS = ("attribute", "relation")


def fact_vectors(
    cache: dict[str, np.ndarray],
    embed: Embed,
    ontology: Any,
    turn_vector: Any,
    records: Sequence[Any],
) -> dict[str, Any]:
    """The vector to store each of ``records`` (drawn from one turn) with, by id: shifted toward its key for a
    fact, the turn's own vector for anything else (an instruction, an uncertainty, the turn itself).

    ``cache`` holds key meanings already embedded (text → unit vector) and belongs to one embedding function
    (the engine's); ``embed`` is that function, batched (see ``_meanings``)."""
    out: dict[str, Any] = {}
    turn: Any = None
    for record in records:
        if record.kind not in _FACT_KINDS:
            out[record.id] = turn_vector
            continue
        name = record.key if record.kind == "attribute" else record.label
        key_vec = key_vector(cache, embed, ontology, record.kind, name)
        if turn is None:
            turn = unit(turn_vector)
        # a custom embedder whose key vectors differ in dimension: keep the turn's vector
        out[record.id] = turn + KEY_SHIFT * key_vec if key_vec.shape == turn.shape else turn_vector
    return out
