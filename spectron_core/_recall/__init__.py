"""The read room: everything that reads memory, behind this one door.

* ``_recall``: recall by meaning, candidates (dense + lexical) → admissible → scored → formatted, with its
  stages in ``_principal`` (who is asking), ``_temporal`` (when), ``_rank`` (fusion and weights) and
  ``_format`` (the prompt block);
* ``_profile``: the effective memory seen from a scope;
* ``_records``: reads by address: sessions, turns, a record by id, listings, history, traces, the audit of
  forgotten records, the document list;
* ``_models``: what reads return (and ``ForgetResult``, ``RankingConfig``).

The engine, the clients and the write room import from here only.
"""

from ._models import ForgetResult, Profile, ProfileFact, ProfileRelation, RankingConfig, RecallItem, RecallResult
from ._profile import profile
from ._rank import forget_cached_texts
from ._recall import recall
from ._records import (
    MAX_TRACES,
    audit,
    get_record,
    get_session,
    history,
    list_documents,
    list_records,
    list_sessions,
    session_turns,
    traces,
)

__all__ = [
    "MAX_TRACES",
    "ForgetResult",
    "Profile",
    "ProfileFact",
    "ProfileRelation",
    "RankingConfig",
    "RecallItem",
    "RecallResult",
    "audit",
    "forget_cached_texts",
    "get_record",
    "get_session",
    "history",
    "list_documents",
    "list_records",
    "list_sessions",
    "profile",
    "recall",
    "session_turns",
    "traces",
]
