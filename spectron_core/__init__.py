"""Spectron agent memory over Chroma: the public API (DESIGN §6). Everything else is private."""

from ._client import Session, SessionManager, Spectron
from ._errors import (
    ConfigurationError,
    ExtractionError,
    IntegrityError,
    NotFoundError,
    ScopeError,
    SpectronError,
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
from ._scope import Scope

__all__ = [
    "Spectron", "Session", "SessionManager", "Scope",
    "SpectronError", "ValidationError", "ScopeError", "NotFoundError", "StoreError", "IntegrityError",
    "ExtractionError", "ConfigurationError",
    "Attribute", "Change", "Chunk", "Decision", "DocumentInfo", "Entity", "Instruction", "Relation",
    "RememberResult", "SessionInfo", "Source", "Trace", "Turn", "Uncertainty",
]
__version__ = "0.1.0"
