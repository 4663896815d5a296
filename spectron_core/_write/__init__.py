"""The write room: everything that changes memory, behind this one door.

* ``_remember``: a message or triples → turn, extraction, reconciliation, vectors, one planned write;
* ``_documents``: authoritative documents → chunks and facts, versioned;
* ``_reconcile``: what each extracted candidate does to memory (the rules of supersession and authority);
* ``_sessions``: sessions and turns (open, close, number, index), with their caches;
* ``_consolidate``: what closing a session does (summary, aging, promotion);
* ``_forget`` and ``_erase``: soft forget, and purge that survives a crash;
* ``_commit``: the plan of a write and the one door it is applied through (journal, group commit), and
  the roll-forward on open;
* ``_render`` and ``_vectors``: a fact's sentence, and its vector derived from its turn's.

The engine and the clients import from here only.
"""

from ._commit import WritePlan, apply_plan, repair_on_open
from ._documents import TEXT_SUFFIXES, DocumentResult, ingest, read_text_file
from ._erase import scrub_store
from ._forget import forget
from ._remember import remember, remember_many, validate_remember_args
from ._sessions import SessionBook

__all__ = [
    "TEXT_SUFFIXES",
    "DocumentResult",
    "SessionBook",
    "WritePlan",
    "apply_plan",
    "forget",
    "ingest",
    "read_text_file",
    "remember",
    "remember_many",
    "repair_on_open",
    "scrub_store",
    "validate_remember_args",
]
