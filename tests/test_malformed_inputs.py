"""A catalogue of malformed inputs across the public API (issue #14).

Every case must raise a :class:`SpectronError` subclass (never a bare ``TypeError``, ``UnicodeEncodeError``,
``OverflowError`` or ``FileNotFoundError``), with a message that names the problem, and must leave the store
exactly as it was: the same Chroma collections with the same row counts, the same rows in every table of the
local index file (records, vectors, FTS, journal), and no new file anywhere under the test's folder.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from spectron_core import (
    AsyncSpectron,
    ConfigurationError,
    NotFoundError,
    ScopeError,
    Spectron,
    SpectronError,
    ValidationError,
)

X = {"org": "a", "user": "x"}
Y = {"org": "a", "user": "y"}
LONE = "\ud800"
OVERFLOW = "9999-12-31T23:59:59-05:00"
UNDERFLOW = "0001-01-01T00:00:00+05:00"
NAIVE = datetime(2025, 1, 1, 9, 0)


@dataclass
class World:
    root: Path
    mem: Spectron
    agent: Spectron
    session: Spectron  # a Session, typed loosely
    closed: Any
    amem: AsyncSpectron
    files: dict[str, Path]
    sibling_id: str


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("malformed")
    mem = Spectron(path=str(root / "store"))
    mem.remember(triples=[("Person/x", "food_preference", "tea")], scope=X)
    mem.documents.ingest("Returns are accepted within 30 days.", title="Returns", scope={"org": "a"})
    session = mem.sessions.create(scope=X, session_id="open")
    session.add_turn("user", "hello there")
    with mem.sessions.create(scope=X, session_id="closed") as closed:
        closed.add_turn("user", "bye")
    host = root / "host"
    host.mkdir()
    files = {
        "binary": host / "blob.txt", "latin1": host / "latin1.txt", "pdf": host / "report.pdf",
        "ok": host / "ok.txt", "dir": host / "sub.txt",
    }
    files["binary"].write_bytes(b"abc\x00def")
    files["latin1"].write_bytes("caf\xe9".encode("latin-1"))
    files["pdf"].write_bytes(b"%PDF-1.4")
    files["ok"].write_text("Fine text.", encoding="utf-8")
    files["dir"].mkdir()
    mem.flush()
    sibling = mem.sessions.create(scope=Y, session_id="y")
    mem.flush()
    return World(root=root, mem=mem, agent=mem.bound(X), session=session, closed=closed,
                 amem=AsyncSpectron(sync=mem), files=files, sibling_id=sibling.id)


def raw_state(w: World) -> dict[str, Any]:
    """What is stored, counted below the API: Chroma collections and their rows, every row of the local
    index file's tables, and every file name under the test folder."""
    w.mem.flush()
    chroma = w.mem._engine.chroma
    names = sorted(c if isinstance(c, str) else c.name for c in chroma.list_collections())
    collections = {n: chroma.get_collection(n).count() for n in names}
    lex_path = w.mem._engine.lexical.path
    con = sqlite3.connect(f"file:{lex_path}?mode=ro", uri=True)
    try:
        tables = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("docs", "vecs", "journal", "cover", "fts")}
    finally:
        con.close()
    files = sorted(str(p.relative_to(w.root)) for p in w.root.rglob("*")
                   if not p.name.endswith(("-wal", "-shm", "-journal")))
    return {"collections": collections, "index": tables, "files": files}


def _run(awaitable: Any) -> Any:
    async def main() -> Any:
        return await awaitable

    return asyncio.run(main())


CASES: list[Any] = []


def case(name: str, call: Callable[[World], Any], error: type[SpectronError], match: str) -> None:
    CASES.append(pytest.param(call, error, match, id=name))


# -- scopes, through every method that takes one ----------------------------------------------------------------
BAD_SCOPES = {
    "upper-dim": ({"Org": "a"}, "dimension"),
    "empty-value": ({"org": ""}, "non-empty"),
    "blank-value": ({"org": "   "}, "non-empty"),
    "int-value": ({"org": 7}, "must be a string"),
    "long-value": ({"org": "x" * 257}, "longer than"),
    "nine-dims": ({f"d{i}": "v" for i in range(9)}, "at most"),
    "string": ("acme", "mapping"),
    "list": (["org", "a"], "mapping"),
    "surrogate": ({"org": LONE}, "surrogate"),
    "nul": ({"org": "a\x00b"}, "NUL"),
}
SCOPED_CALLS: dict[str, Callable[[World, Any], Any]] = {
    "remember": lambda w, s: w.mem.remember("I like tea.", scope=s),
    "remember-triples": lambda w, s: w.mem.remember(triples=[("Person/x", "k", "v")], scope=s),
    "recall": lambda w, s: w.mem.recall("tea", scope=s),
    "profile": lambda w, s: w.mem.profile(scope=s),
    "history": lambda w, s: w.mem.history("Person/x", "food_preference", scope=s),
    "forget": lambda w, s: w.mem.forget(scope=s),
    "sessions.create": lambda w, s: w.mem.sessions.create(scope=s),
    "sessions.list": lambda w, s: w.mem.sessions.list(s),
    "documents.ingest": lambda w, s: w.mem.documents.ingest("Some text.", title="t", scope=s),
    "documents.list": lambda w, s: w.mem.documents.list(scope=s),
    "traces": lambda w, s: w.mem.traces(scope=s),
    "audit": lambda w, s: w.mem.audit(scope=s),
    "bound": lambda w, s: w.mem.bound(s),
}
for sname, (bad, match) in BAD_SCOPES.items():
    for cname, fn in SCOPED_CALLS.items():
        if cname in ("remember-triples", "documents.list", "audit") and sname not in ("surrogate", "string", "nul"):
            continue  # a sample: the scope check is shared, these three methods need not repeat every case
        case(f"scope-{sname}-{cname}", (lambda fn, bad: lambda w: fn(w, bad))(fn, bad), ScopeError, match)

# -- texts and turns ---------------------------------------------------------------------------------------------
BAD_TEXTS = {
    "empty": ("", "empty"), "blank": ("   \n", "empty"), "int": (5, "must be a string"),
    "bytes": (b"tea", "must be a string"), "too-long": ("x" * 100_001, "limit"), "nul": ("a\x00b", "NUL"),
    "surrogate": (f"I like {LONE} tea", "surrogate"), "low-surrogate": ("\udc80", "surrogate"),
}
for tname, (bad, match) in BAD_TEXTS.items():
    case(f"text-{tname}-remember", (lambda bad: lambda w: w.mem.remember(bad, scope=X))(bad), ValidationError, match)
    case(f"text-{tname}-session", (lambda bad: lambda w: w.session.remember(bad))(bad), ValidationError, match)
    case(f"text-{tname}-add_turn", (lambda bad: lambda w: w.session.add_turn("user", bad))(bad), ValidationError,
         match)
case("text-surrogate-async", lambda w: _run(w.amem.remember(LONE, scope=X)), ValidationError, "surrogate")
case("text-none-no-triples", lambda w: w.mem.remember(None, scope=X), ValidationError, "needs text")
case("role-robot", lambda w: w.mem.remember("hi", role="robot", scope=X), ValidationError, "role")
case("role-none", lambda w: w.session.remember("hi", role=None), ValidationError, "role")
case("role-add_turn", lambda w: w.session.add_turn("boss", "hi"), ValidationError, "role")
case("infer-maybe", lambda w: w.mem.remember("hi", infer="maybe", scope=X), ValidationError, "infer")

BAD_TIMES = {
    "words": ("yesterday", "ISO"), "naive": (NAIVE, "naive"), "overflow": (OVERFLOW, "out of range"),
    "underflow": (UNDERFLOW, "out of range"), "bool": (True, "bool"), "nan": (float("nan"), "out of range"),
    "huge-epoch": (1e20, "out of range"), "list": ([2025], "expected"), "blank": ("  ", "empty"),
    "surrogate": (f"2025-01-01{LONE}", "surrogate"),
}
for tname, (bad, match) in BAD_TIMES.items():
    case(f"observed_at-{tname}", (lambda bad: lambda w: w.mem.remember("hi", observed_at=bad, scope=X))(bad),
         ValidationError, match)
for tname in ("words", "naive", "overflow", "underflow"):
    bad, match = BAD_TIMES[tname]
    case(f"as_of-{tname}-recall", (lambda bad: lambda w: w.mem.recall("tea", as_of=bad, scope=X))(bad),
         ValidationError, match)
    case(f"as_of-{tname}-profile", (lambda bad: lambda w: w.mem.profile(as_of=bad, scope=X))(bad),
         ValidationError, match)
case("as_of-overflow-session-recall", lambda w: w.session.recall("tea", as_of=OVERFLOW), ValidationError,
     "out of range")
case("as_of-overflow-session-profile", lambda w: w.session.profile(as_of=OVERFLOW), ValidationError,
     "out of range")
case("authored_at-overflow", lambda w: w.mem.documents.ingest("Text.", title="t", authored_at=OVERFLOW, scope=X),
     ValidationError, "out of range")
case("add_turn-observed-overflow", lambda w: w.session.add_turn("user", "hi", OVERFLOW), ValidationError,
     "out of range")

BAD_TRIPLES = {
    "string": ("abc", "triples must be"), "empty": ([], "empty"), "pair": ([("a", "b")], "each triple"),
    "bad-key": ([("Person/x", "food pref!", "v")], "key"), "empty-value": ([("Person/x", "k", "")], "non-empty"),
    "int-value": ([("Person/x", "k", 3)], "non-empty string"),
    "surrogate-entity": ([(f"Person/{LONE}", "k", "v")], "surrogate"),
    "surrogate-value": ([("Person/x", "k", LONE)], "surrogate"),
    "nul-value": ([("Person/x", "k", "v\x00")], "NUL"), "bad-type": ([("1x/y", "k", "v")], "entity type"),
}
for tname, (bad, match) in BAD_TRIPLES.items():
    case(f"triples-{tname}", (lambda bad: lambda w: w.mem.remember(triples=bad, scope=X))(bad), ValidationError,
         match)
case("triples-surrogate-session", lambda w: w.session.remember(triples=[("Person/x", "k", LONE)]),
     ValidationError, "surrogate")

BAD_METADATA = {
    "string": ("x", "mapping"), "int-key": ({1: "a"}, "keys"), "object": ({"a": object()}, "JSON"),
    "nan": ({"a": float("nan")}, "JSON"), "surrogate-value": ({"a": LONE}, "surrogate"),
    "surrogate-key": ({"\udc00": 1}, "surrogate"), "nested-surrogate": ({"a": {"b": [LONE]}}, "surrogate"),
    "nul": ({"a": "x\x00"}, "NUL"),
}
for mname, (bad, match) in BAD_METADATA.items():
    case(f"metadata-{mname}-remember", (lambda bad: lambda w: w.mem.remember("hi", metadata=bad, scope=X))(bad),
         ValidationError, match)
    case(f"metadata-{mname}-session", (lambda bad: lambda w: w.mem.sessions.create(scope=X, metadata=bad))(bad),
         ValidationError, match)

case("remember_many-string", lambda w: w.session.remember_many("hello"), ValidationError, "list")
case("remember_many-no-content", lambda w: w.session.remember_many([{"role": "user"}]), ValidationError, "content")
case("remember_many-int", lambda w: w.session.remember_many([42]), ValidationError, "cannot read")
case("remember_many-surrogate", lambda w: w.session.remember_many(["ok", ("user", LONE)]), ValidationError,
     "surrogate")
case("remember_many-bad-role", lambda w: w.session.remember_many([("robot", "hi")]), ValidationError, "role")
case("closed-session-remember", lambda w: w.closed.remember("more"), ValidationError, "closed")
case("closed-session-add_turn", lambda w: w.closed.add_turn("user", "more"), ValidationError, "closed")

# -- recall / profile / history ----------------------------------------------------------------------------------
for qname, (bad, match) in {"empty": ("", "empty"), "int": (5, "must be a string"),
                            "surrogate": (LONE, "surrogate"), "nul": ("a\x00", "NUL")}.items():
    case(f"query-{qname}-recall", (lambda bad: lambda w: w.mem.recall(bad, scope=X))(bad), ValidationError, match)
    case(f"query-{qname}-session", (lambda bad: lambda w: w.session.recall(bad))(bad), ValidationError, match)
for kname, bad in {"zero": 0, "negative": -1, "string": "5", "bool": True, "huge": 10_000, "float": 2.5}.items():
    case(f"top_k-{kname}", (lambda bad: lambda w: w.mem.recall("tea", top_k=bad, scope=X))(bad), ValidationError,
         "top_k")
for cname, (bad, match) in {"int": (5, "categories"), "unknown": (["nonsense"], "unknown category"),
                            "empty": ([], "empty"), "unknown-str": ("nonsense", "unknown category"),
                            "dict": ({"identity": 1}, "categories")}.items():
    case(f"categories-{cname}", (lambda bad: lambda w: w.mem.recall("tea", categories=bad, scope=X))(bad),
         ValidationError, match)
case("max_tokens-zero", lambda w: w.mem.recall("tea", max_tokens=0, scope=X), ValidationError, "max_tokens")
case("max_tokens-string", lambda w: w.mem.recall("tea", max_tokens="x", scope=X), ValidationError, "max_tokens")
case("ranking-string", lambda w: w.mem.recall("tea", ranking="fast", scope=X), ValidationError, "ranking")
case("async-recall-empty", lambda w: _run(w.amem.recall("", scope=X)), ValidationError, "empty")
case("async-profile-as_of", lambda w: _run(w.amem.profile(as_of=OVERFLOW, scope=X)), ValidationError,
     "out of range")
for hname, (ent, key, match) in {"empty-entity": ("", "k", "entity"), "int-entity": (5, "k", "entity"),
                                 "surrogate-entity": (f"Person/{LONE}", "k", "surrogate"),
                                 "bad-type": ("1x/y", "k", "entity type"), "empty-key": ("Person/x", "", "key"),
                                 "int-key": ("Person/x", 5, "key"), "surrogate-key": ("Person/x", LONE, "surrogate")
                                 }.items():
    case(f"history-{hname}", (lambda ent, key: lambda w: w.mem.history(ent, key, scope=X))(ent, key),
         ValidationError, match)
case("async-history-empty", lambda w: _run(w.amem.history("", "k", scope=X)), ValidationError, "entity")

# -- traces / audit ----------------------------------------------------------------------------------------------
for lname, bad in {"string": "x", "negative": -1, "zero": 0, "bool": True, "huge": 10**9, "none": None}.items():
    case(f"traces-limit-{lname}", (lambda bad: lambda w: w.mem.traces(limit=bad, scope=X))(bad), ValidationError,
         "limit")
for rname, (bad, match) in {"empty": ("", "empty"), "int": (5, "must be a string"),
                            "surrogate": (LONE, "surrogate")}.items():
    case(f"traces-ref-{rname}", (lambda bad: lambda w: w.mem.traces(ref=bad, scope=X))(bad), ValidationError, match)
case("async-traces-negative", lambda w: _run(w.amem.traces(limit=-1)), ValidationError, "limit")
for aname, (bad, match) in {"string": ("turn", "list of record kinds"), "unknown": (["nonsense"], "unknown"),
                            "empty": ([], "empty"), "int": (5, "list of record kinds")}.items():
    case(f"audit-kinds-{aname}", (lambda bad: lambda w: w.mem.audit(kinds=bad, scope=X))(bad), ValidationError,
         match)
case("async-audit-string", lambda w: _run(w.amem.audit(kinds="turn")), ValidationError, "list of record kinds")

# -- forget ------------------------------------------------------------------------------------------------------
case("forget-nothing", lambda w: w.mem.forget(), ValidationError, "needs something")
case("forget-nothing-session", lambda w: w.session.forget(), ValidationError, "needs something")
for tname, bad in {"string": "x", "none": None, "two": 2, "negative": -0.1, "nan": float("nan"),
                   "bool": True}.items():
    case(f"forget-threshold-{tname}", (lambda bad: lambda w: w.mem.forget("tea", threshold=bad, scope=X))(bad),
         ValidationError, "threshold")
for lname, bad in {"zero": 0, "string": "x", "huge": 1001}.items():
    case(f"forget-limit-{lname}", (lambda bad: lambda w: w.mem.forget("tea", limit=bad, scope=X))(bad),
         ValidationError, "limit")
for qname, (bad, match) in {"empty": ("", "empty"), "int": (5, "must be a string"),
                            "surrogate": (LONE, "surrogate")}.items():
    case(f"forget-query-{qname}", (lambda bad: lambda w: w.mem.forget(bad, scope=X))(bad), ValidationError, match)
for ename, (bad, match) in {"empty": ("", "entity"), "int": (5, "entity"),
                            "surrogate": (f"Person/{LONE}", "surrogate"), "bad-type": ("1x/y", "entity type")}.items():
    case(f"forget-entity-{ename}", (lambda bad: lambda w: w.mem.forget(entity=bad, scope=X, purge=True))(bad),
         ValidationError, match)
case("forget-purge-string", lambda w: w.mem.forget(scope=X, purge="yes"), ValidationError, "purge")
case("forget-dry_run-string", lambda w: w.mem.forget(scope=X, dry_run="no"), ValidationError, "dry_run")
case("session-forget-sibling", lambda w: w.session.forget(scope=Y), ScopeError, "outside this session's scope")
case("session-forget-global", lambda w: w.session.forget(scope={}, dry_run=True), ScopeError,
     "outside this session's scope")
case("session-forget-ancestor", lambda w: w.session.forget(scope={"org": "a"}, purge=True), ScopeError,
     "outside this session's scope")
case("forget-ids-surrogate", lambda w: w.mem.forget(ids=[LONE], scope=X), ValidationError, "surrogate")
case("forget-ids-string", lambda w: w.mem.forget(ids="att_1", scope=X), ValidationError, "ids")
case("get-surrogate", lambda w: w.mem.get(LONE), ValidationError, "surrogate")
case("get-empty", lambda w: w.mem.get(""), ValidationError, "record id")
case("get-unknown", lambda w: w.mem.get("att_nope"), NotFoundError, "no record")
case("async-forget-threshold", lambda w: _run(w.amem.forget("tea", threshold=None)), ValidationError, "threshold")

# -- bound clients -----------------------------------------------------------------------------------------------
case("bound-none", lambda w: w.mem.bound(None), ScopeError, "needs a scope floor")
case("bound-empty", lambda w: w.mem.bound({}), ScopeError, "confine nothing")
case("bound-file_root-missing", lambda w: w.mem.bound(X, file_root=str(w.root / "nope")), ValidationError,
     "not an existing folder")
case("bound-file_root-int", lambda w: w.mem.bound(X, file_root=5), ValidationError, "folder path")
case("async-bound-none", lambda w: w.amem.bound(None), ScopeError, "needs a scope floor")
case("agent-bound-empty", lambda w: w.agent.bound({}), ScopeError, "outside")
case("agent-bound-none", lambda w: w.agent.bound(None), ScopeError, "needs a scope floor")
AGENT_OUTSIDE: dict[str, Callable[[World], Any]] = {
    "remember": lambda w: w.agent.remember("hi", scope={"org": "a"}),
    "recall": lambda w: w.agent.recall("tea", scope={}),
    "profile": lambda w: w.agent.profile(scope=Y),
    "history": lambda w: w.agent.history("Person/x", "food_preference", scope=Y),
    "forget": lambda w: w.agent.forget(scope=Y, purge=True),
    "forget-global-dry": lambda w: w.agent.forget(scope={}, dry_run=True),
    "sessions.create": lambda w: w.agent.sessions.create(scope=Y),
    "sessions.list": lambda w: w.agent.sessions.list({"org": "a"}),
    "documents.ingest": lambda w: w.agent.documents.ingest("Text.", title="t", scope={"org": "a"}),
    "traces": lambda w: w.agent.traces(scope={}),
    "audit": lambda w: w.agent.audit(scope=Y),
}
for aname, fn in AGENT_OUTSIDE.items():
    case(f"agent-outside-{aname}", fn, ScopeError, "outside")
case("agent-ingest_file", lambda w: w.agent.documents.ingest_file(w.files["ok"]), ScopeError, "may not read host")
case("agent-ingest-path", lambda w: w.agent.documents.ingest(w.files["ok"], title="t"), ScopeError,
     "may not read host")
case("agent-sessions.get-sibling", lambda w: w.agent.sessions.get(w.sibling_id),
     NotFoundError, "no session")

# -- sessions ----------------------------------------------------------------------------------------------------
for sname, (bad, match) in {"empty": ("", "session_id"), "blank": ("   ", "session_id"),
                            "long": ("x" * 201, "session_id"), "int": (42, "session_id"),
                            "surrogate": (LONE, "surrogate"), "nul": ("a\x00b", "NUL")}.items():
    case(f"session_id-{sname}", (lambda bad: lambda w: w.mem.sessions.create(scope=X, session_id=bad))(bad),
         ValidationError, match)
case("async-session_id-empty", lambda w: _run(w.amem.sessions.create(scope=X, session_id="")), ValidationError,
     "session_id")
for gname, (bad, err, match) in {"empty": ("", ValidationError, "session id"),
                                 "int": (5, ValidationError, "session id"),
                                 "surrogate": (LONE, ValidationError, "surrogate"),
                                 "unknown": ("ses_nope", NotFoundError, "no session")}.items():
    case(f"sessions.get-{gname}", (lambda bad: lambda w: w.mem.sessions.get(bad))(bad), err, match)
case("sessions.list-include_closed", lambda w: w.mem.sessions.list(X, include_closed="yes"), ValidationError,
     "include_closed")

# -- documents ---------------------------------------------------------------------------------------------------
for dname, (bad, match) in {"empty": ("", "empty"), "blank": ("  \n ", "empty"), "int": (5, "str"),
                            "bytes": (b"text", "str"), "nul": ("a\x00b", "NUL"), "surrogate": (LONE, "surrogate"),
                            "none": (None, "str")}.items():
    case(f"ingest-text-{dname}", (lambda bad: lambda w: w.mem.documents.ingest(bad, title="t", scope=X))(bad),
         ValidationError, match)
for tname, (bad, match) in {"empty": ("", "title"), "none": (None, "title"), "int": (5, "title"),
                            "long": ("x" * 501, "title"), "surrogate": (LONE, "surrogate"),
                            "nul": ("a\x00", "NUL")}.items():
    case(f"ingest-title-{tname}", (lambda bad: lambda w: w.mem.documents.ingest("Text.", title=bad, scope=X))(bad),
         ValidationError, match)
for cname, bad in {"zero": 0, "string": "x", "huge": 10**6, "bool": True}.items():
    case(f"ingest-chunk_tokens-{cname}",
         (lambda bad: lambda w: w.mem.documents.ingest("Text.", title="t", chunk_tokens=bad, scope=X))(bad),
         ValidationError, "chunk_tokens")
case("async-ingest-nul", lambda w: _run(w.amem.documents.ingest("a\x00", title="t", scope=X)), ValidationError, "NUL")
FILE_CASES = {
    "missing": (lambda w: w.root / "host" / "missing.txt", NotFoundError, "no file"),
    "missing-str": (lambda w: str(w.root / "host" / "missing.txt"), NotFoundError, "no file"),
    "directory": (lambda w: w.files["dir"], ValidationError, "not a regular file"),
    "binary": (lambda w: w.files["binary"], ValidationError, "binary"),
    "latin1": (lambda w: w.files["latin1"], ValidationError, "UTF-8"),
    "pdf": (lambda w: w.files["pdf"], ValidationError, "plain-text"),
    "int": (lambda w: 5, ValidationError, "file path"),
    "empty": (lambda w: "", ValidationError, "empty"),
    "nul": (lambda w: "a\x00b.txt", ValidationError, "NUL"),
}
for fname, (path, err, match) in FILE_CASES.items():
    case(f"ingest_file-{fname}", (lambda path: lambda w: w.mem.documents.ingest_file(path(w), scope=X))(path),
         err, match)
case("ingest-Path-missing", lambda w: w.mem.documents.ingest(w.root / "host" / "gone.md", title="t", scope=X),
     NotFoundError, "no file")
case("ingest_file-bad-title", lambda w: w.mem.documents.ingest_file(w.files["ok"], title="", scope=X),
     ValidationError, "title")
case("async-ingest_file-missing", lambda w: _run(w.amem.documents.ingest_file(w.root / "nope.txt", scope=X)),
     NotFoundError, "no file")
case("documents.list-include_superseded", lambda w: w.mem.documents.list(scope=X, include_superseded="x"),
     ValidationError, "include_superseded")

# -- opening a client --------------------------------------------------------------------------------------------
for pname, bad in {"dotdot": "../escape", "slash": "a/b", "empty": "", "long": "x" * 64, "int": 5,
                   "dot-start": ".hidden", "space": "a b"}.items():
    case(f"collection_prefix-{pname}",
         (lambda bad: lambda w: Spectron(path=str(w.root / "store"), collection_prefix=bad))(bad),
         ValidationError, "collection_prefix")
case("collection_prefix-new-folder", lambda w: Spectron(path=str(w.root / "fresh"), collection_prefix="../escape"),
     ValidationError, "collection_prefix")
case("path-and-chroma", lambda w: Spectron(path=str(w.root / "store"), chroma=w.mem._engine.chroma),
     ValidationError, "either path")
case("embedding-int", lambda w: Spectron(path=str(w.root / "other"), embedding=5), ConfigurationError,
     "embedding must")


def test_the_catalogue_is_big_enough() -> None:
    assert len(CASES) >= 150, len(CASES)
    assert len({p.id for p in CASES}) == len(CASES)


@pytest.mark.parametrize("call, error, match", CASES)
def test_malformed_input_is_refused_typed_and_stores_nothing(world: World, call: Callable[[World], Any],
                                                             error: type[SpectronError], match: str) -> None:
    before = raw_state(world)
    with pytest.raises(SpectronError) as info:
        call(world)
    assert isinstance(info.value, error), f"expected {error.__name__}, got {type(info.value).__name__}: {info.value}"
    assert match.lower() in str(info.value).lower(), f"message does not name the problem ({match!r}): {info.value}"
    assert raw_state(world) == before


def test_a_rejected_remember_leaves_no_implicit_session(world: World) -> None:
    """``Spectron.remember`` opens a short-lived session; a write refused after that (here by an extractor
    that fails) must not leave an empty closed session behind."""
    from spectron_core import ExtractionError

    class Broken:
        name = "broken"

        def extract_many(self, ctxs: Any) -> Any:
            raise RuntimeError("model unavailable")

    mem = Spectron(_engine=world.mem._engine)
    engine = mem._engine
    before = raw_state(world)
    sessions = len(mem.sessions.list(X))
    saved, engine._extractor = engine._extractor, Broken()
    try:
        with pytest.raises(ExtractionError):
            mem.remember("I like coffee.", scope=X)
    finally:
        engine._extractor = saved
    assert len(mem.sessions.list(X)) == sessions
    assert raw_state(world) == before


def test_an_extractor_failure_during_ingest_is_an_extraction_error(world: World) -> None:
    """``documents.ingest`` wraps a failing extractor as ``remember`` does (``ExtractionError``, the cause
    chained), and nothing of the document is written."""
    from spectron_core import ExtractionError

    class Broken:
        name = "broken"

        def extract_many(self, ctxs: Any) -> Any:
            raise RuntimeError("model unavailable")

    mem = Spectron(_engine=world.mem._engine)
    engine = mem._engine
    before = raw_state(world)
    saved, engine._extractor = engine._extractor, Broken()
    try:
        with pytest.raises(ExtractionError, match="model unavailable") as info:
            mem.documents.ingest("Returns are accepted within 30 days.", title="Returns", scope=X)
    finally:
        engine._extractor = saved
    assert isinstance(info.value.__cause__, RuntimeError)
    assert raw_state(world) == before
