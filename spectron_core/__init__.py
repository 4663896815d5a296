"""Spectron agent memory over Chroma.

This module is the public API: every name users, custom extractors and the ``spectron_integrations``
adapters need is exported here, and everything in an underscored module is private, free to move.
``tests/test_exported_members.py`` pins ``__all__``.
"""

from __future__ import annotations

import importlib
import types
from typing import Any

from ._async_client import (
    AsyncDocumentManager,
    AsyncSession,
    AsyncSessionManager,
    AsyncSpectron,
    PendingAsyncSession,
)
from ._client import Session, SessionManager, Spectron
from ._documents_api import DocumentManager
from ._embeddings import MiniLMEmbedding
from ._errors import (
    ConfigurationError,
    ExtractionError,
    IntegrityError,
    NotFoundError,
    ScopeError,
    SpectronError,
    StoreBusyError,
    StoreError,
    ValidationError,
)
from ._extract._ontology import AttributeSpec, Ontology, default_ontology
from ._extract._types import (
    ExtractedAttribute,
    ExtractedEntity,
    ExtractedInstruction,
    ExtractedRelation,
    ExtractedUncertainty,
    Extraction,
    ExtractionContext,
    Extractor,
)
from ._fsck import RepairReport
from ._models import (
    Attribute,
    Category,
    Change,
    Chunk,
    Decision,
    DocumentInfo,
    Entity,
    Instruction,
    MemoryRecord,
    Relation,
    RememberResult,
    Role,
    SessionInfo,
    Source,
    Trace,
    Turn,
    Uncertainty,
)
from ._recall import ForgetResult, Profile, ProfileFact, ProfileRelation, RankingConfig, RecallItem, RecallResult
from ._scope import Scope, ScopeLike
from ._time import TimeLike
from ._write import DocumentResult

__version__ = "0.1.0"

__all__ = [  # noqa: RUF022
    "__version__",
    # clients
    "Spectron",
    "Session",
    "SessionManager",
    "DocumentManager",
    "AsyncSpectron",
    "AsyncSession",
    "AsyncSessionManager",
    "AsyncDocumentManager",
    "PendingAsyncSession",
    # scopes and times as arguments
    "Scope",
    "ScopeLike",
    "TimeLike",
    # errors and warnings
    "SpectronError",
    "ValidationError",
    "ScopeError",
    "NotFoundError",
    "StoreError",
    "StoreBusyError",
    "IntegrityError",
    "ExtractionError",
    "ConfigurationError",
    "LLMExtractionWarning",
    # records
    "Attribute",
    "Change",
    "Chunk",
    "Decision",
    "DocumentInfo",
    "Entity",
    "Instruction",
    "Relation",
    "SessionInfo",
    "Source",
    "Trace",
    "Turn",
    "Uncertainty",
    "MemoryRecord",
    "Category",
    "Role",
    # results and configuration
    "RememberResult",
    "DocumentResult",
    "RecallItem",
    "RecallResult",
    "Profile",
    "ProfileFact",
    "ProfileRelation",
    "RankingConfig",
    "ForgetResult",
    "RepairReport",
    # extraction: what a custom Extractor takes and returns, and the built-in extractors
    "Extractor",
    "ExtractionContext",
    "Extraction",
    "ExtractedEntity",
    "ExtractedAttribute",
    "ExtractedRelation",
    "ExtractedInstruction",
    "ExtractedUncertainty",
    "AttributeSpec",
    "Ontology",
    "default_ontology",
    "RuleExtractor",
    "LLMExtractor",
    # embeddings
    "MiniLMEmbedding",
]

_LAZY = {
    # Loaded on first use: the rule extractor compiles its patterns; the LLM module is only for model users.
    "RuleExtractor": ("._extract._rules", "RuleExtractor"),
    "LLMExtractor": ("._extract._llm", "LLMExtractor"),
    "LLMExtractionWarning": ("._extract._llm", "LLMExtractionWarning"),
}


def _publish(obj: Any) -> Any:
    """Show a public class or function as ``spectron_core.X`` (as httpx does): reprs, docs, tracebacks and
    pickles then name the import users write, never the private module, which stays free to move."""
    if isinstance(obj, (type, types.FunctionType)):
        obj.__module__ = __name__
    return obj


for _name in __all__:
    if _name in globals() and not _name.startswith("__"):
        _publish(globals()[_name])
del _name


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module, attr = _LAZY[name]
        value = _publish(getattr(importlib.import_module(module, __name__), attr))
        globals()[name] = value  # later lookups skip this function
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    """The lazily loaded names too, so completion and ``dir(spectron_core)`` show the whole API."""
    return sorted(set(globals()) | set(__all__))
