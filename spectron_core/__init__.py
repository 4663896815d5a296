"""Spectron agent memory over Chroma: the public API (DESIGN §6). Everything else is private."""

from ._async_client import AsyncSession, AsyncSpectron
from ._client import Session, SessionManager, Spectron
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
from ._models import (
    Attribute,
    Change,
    Chunk,
    Decision,
    DocumentInfo,
    Entity,
    Instruction,
    Relation,
    RememberResult,
    SessionInfo,
    Source,
    Trace,
    Turn,
    Uncertainty,
)
from ._recall._models import ForgetResult, Profile, ProfileFact, RankingConfig, RecallItem, RecallResult
from ._scope import Scope
from ._extract._ontology import AttributeSpec, Ontology, default_ontology
from ._extract._types import Extraction, ExtractionContext, Extractor
from ._embeddings import MiniLMEmbedding
from ._write._documents import DocumentResult
from ._fsck import RepairReport

__all__ = [
    "Spectron", "Session", "SessionManager", "AsyncSpectron", "AsyncSession", "Scope",
    "SpectronError", "ValidationError", "ScopeError", "NotFoundError", "StoreError", "StoreBusyError",
    "IntegrityError", "ExtractionError", "ConfigurationError",
    "Attribute", "Change", "Chunk", "Decision", "DocumentInfo", "Entity", "Instruction", "Relation",
    "RememberResult", "SessionInfo", "Source", "Trace", "Turn", "Uncertainty",
    "RecallItem", "RecallResult", "Profile", "ProfileFact", "RankingConfig", "ForgetResult", "DocumentResult",
    "RepairReport",
    "AttributeSpec", "Ontology", "default_ontology", "Extraction", "ExtractionContext", "Extractor",
    "MiniLMEmbedding", "RuleExtractor", "LLMExtractor",
]


def __getattr__(name: str) -> object:
    # The extractors load lazily: the rule extractor compiles its patterns, the LLM one imports LangChain.
    if name == "RuleExtractor":
        from ._extract._rules import RuleExtractor

        return RuleExtractor
    if name == "LLMExtractor":
        from ._extract._llm import LLMExtractor

        return LLMExtractor
    raise AttributeError(f"module 'spectron_core' has no attribute {name!r}")
__version__ = "0.1.0"
