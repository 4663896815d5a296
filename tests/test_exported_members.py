"""``spectron_core``'s public API, pinned: adding or removing a name is a decision, made here on purpose.

Everything users, custom extractors and the ``spectron_integrations`` adapters import comes from the package
itself; the underscored modules behind it stay free to move."""

from __future__ import annotations

import ast
import pathlib
import pickle
import types

import spectron_core

ROOT = pathlib.Path(__file__).resolve().parents[1]

EXPECTED = {
    "__version__",
    "Spectron", "Session", "SessionManager", "DocumentManager",
    "AsyncSpectron", "AsyncSession", "AsyncSessionManager", "AsyncDocumentManager", "PendingAsyncSession",
    "Scope", "ScopeLike", "TimeLike",
    "SpectronError", "ValidationError", "ScopeError", "NotFoundError", "StoreError", "StoreBusyError",
    "IntegrityError", "ExtractionError", "ConfigurationError", "LLMExtractionWarning",
    "Attribute", "Change", "Chunk", "Decision", "DocumentInfo", "Entity", "Instruction", "Relation",
    "SessionInfo", "Source", "Trace", "Turn", "Uncertainty", "MemoryRecord", "Category", "Role",
    "RememberResult", "DocumentResult", "RecallItem", "RecallResult", "Profile", "ProfileFact", "ProfileRelation", "RankingConfig",
    "ForgetResult", "RepairReport",
    "Extractor", "ExtractionContext", "Extraction", "ExtractedEntity", "ExtractedAttribute", "ExtractedRelation",
    "ExtractedInstruction", "ExtractedUncertainty", "AttributeSpec", "Ontology", "default_ontology",
    "RuleExtractor", "LLMExtractor",
    "MiniLMEmbedding",
}


def test_all_is_pinned() -> None:
    assert len(spectron_core.__all__) == len(set(spectron_core.__all__)), "a name is listed twice"
    assert set(spectron_core.__all__) == EXPECTED


def test_every_exported_name_resolves_and_dir_lists_it() -> None:
    for name in spectron_core.__all__:
        assert getattr(spectron_core, name) is not None, name
    assert set(spectron_core.__all__) <= set(dir(spectron_core))  # the lazily loaded extractors too
    assert spectron_core.__version__ == "0.1.0"


def test_public_classes_and_functions_are_shown_under_the_package() -> None:
    for name in spectron_core.__all__:
        obj = getattr(spectron_core, name)
        if isinstance(obj, (type, types.FunctionType)):
            assert obj.__module__ == "spectron_core", f"{name}.__module__ is {obj.__module__}"
    assert repr(spectron_core.RecallResult) == "<class 'spectron_core.RecallResult'>"
    # pickles name the public path, so they survive a reshuffle of the private modules
    assert b"spectron_core._" not in pickle.dumps(spectron_core.RankingConfig(candidates=7))
    assert pickle.loads(pickle.dumps(spectron_core.ScopeError("outside"))).args == ("outside",)


def test_a_custom_extractor_needs_only_public_names(tmp_path: pathlib.Path) -> None:
    class Shouting:
        name = "shouting"

        def extract(self, ctx: spectron_core.ExtractionContext) -> spectron_core.Extraction:
            return spectron_core.Extraction(
                entities=[spectron_core.ExtractedEntity(ref="Person/alice", display_name="Alice")],
                attributes=[spectron_core.ExtractedAttribute(entity="Person/alice", key="mood", value="loud")],
                extractor=self.name,
            )

        def extract_many(self, ctxs: list[spectron_core.ExtractionContext]) -> list[spectron_core.Extraction]:
            return [self.extract(c) for c in ctxs]

    assert isinstance(Shouting(), spectron_core.Extractor)
    mem = spectron_core.Spectron(path=str(tmp_path / "store"), extractor=Shouting())
    try:
        mem.remember("HELLO THERE", scope={"user": "alice"})
        [version] = mem.history("Person/alice", "mood", scope={"user": "alice"})
        assert version.value == "loud"
    finally:
        mem.close()


def _private_imports(folder: pathlib.Path) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            found += [f"{path.relative_to(ROOT)}:{node.lineno} {n}" for n in names
                      if n.startswith("spectron_core.")]
    return found


def test_adapters_and_benchmarks_import_only_the_public_api() -> None:
    assert _private_imports(ROOT / "spectron_integrations") == []
    assert _private_imports(ROOT / "benchmarks") == []
