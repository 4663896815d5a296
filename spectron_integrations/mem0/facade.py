"""A Mem0-compatible facade over Spectron: ``Memory`` and ``AsyncMemory``.

Application code written against Mem0 (``mem0.Memory``) runs unchanged: the same call shapes, the same
``{"results": [{"id", "memory", "hash", "metadata", "score", "created_at", "updated_at", "user_id", …}]}``
dicts. Underneath, memory is Spectron's, and where the two disagree Spectron's semantics win:

* ``add`` of a contradicting message **supersedes** the old value instead of piling up a second memory
  ("I now eat fish" after "I prefer vegetarian food"); the result reports it as Mem0's ``UPDATE`` event.
* ``get_all`` shows **current** values only: superseded versions and memories a later message negated are
  gone from it (they stay in ``history``).
* ``history(memory_id)`` shows the **supersession chain** (``ADD``, then one ``UPDATE`` per version, then
  ``DELETE`` if it was deleted), read from the records themselves, not from a side table.
* ``delete_all()`` with no id **raises** instead of wiping everything; with an id it removes only that scope
  (and narrower ones: ``delete_all(user_id="alice")`` takes Alice's per-agent and per-run memories too).
* A memory id **stays usable across calls**: ``update`` writes a new version, and the id you held keeps
  resolving to the current one (``get``, ``update``, ``delete``, ``history`` all accept it).
* ``infer=True`` (Mem0's default) stores the message as a turn and extracts structured facts from it with
  Spectron's extractor (rule-based offline, an LLM when the Spectron client has one). Each fact is a memory;
  a message no fact was extracted from is kept verbatim as a memory of its own, so nothing said is lost.
  ``infer=False`` keeps each message verbatim (with its role and metadata) and extracts nothing.
* A memory Spectron holds an open question about carries it in ``item["spectron"]["conflict"]`` (in ``get_all``
  and ``search``), e.g. "vehicle may have changed: … the user said 'traded in the old car …'" when a later
  message seems to change it in words the extractor could not read; ``None`` otherwise.
* Deletes are soft by default (gone from every read, kept for ``Spectron.audit``); ``Memory(purge=True)``
  erases for good, as Mem0's deletes do.

Mapping: ``user_id`` → scope dimension ``user``, ``agent_id`` → ``agent``, ``run_id`` → dimension ``run`` and
a named session (reopened by each write of that run); without a ``run_id`` each ``add`` gets a short-lived
session that is closed at once. Scope isolation holds through every call: a read at ``user_id="alice"`` never
returns Bob's memories, and a facade over a bound client (``Memory(spectron=mem.bound({"user": "alice"}))``)
cannot get, update or delete another user's memory by id either.

>>> from spectron_integrations.mem0 import Memory            # doctest: +SKIP
>>> m = Memory()                                              # doctest: +SKIP
>>> m.add("I prefer vegetarian food.", user_id="alice")       # doctest: +SKIP
>>> m.search("what does alice eat?", filters={"user_id": "alice"})["results"][0]["memory"]  # doctest: +SKIP
"Alice's food preference is vegetarian."
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any

from spectron_core import (
    AsyncSpectron,
    ConfigurationError,
    NotFoundError,
    RememberResult,
    Session,
    Spectron,
)

from ._mapping import Mem0ArgumentError, ids_from, ids_of_scope, iso, md5, scope_for, session_id_for

__all__ = ["Memory", "AsyncMemory", "Mem0ConfigError", "Mem0ArgumentError"]

FACT_KINDS = ["attribute", "relation", "instruction"]
LISTED_KINDS = [*FACT_KINDS, "turn", "chunk"]
REPLACES_KEY = "mem0_replaces"
"""Turn metadata naming the memory id a verbatim ``update`` replaced (what keeps that id usable)."""
_MAX_CHAIN = 10_000


def _object_name(ref: str) -> str:
    """ "Org/initech" -> "initech": a relation's object as an attribute value would spell it."""
    return " ".join(ref.split("/", 1)[-1].casefold().split())


class Mem0ConfigError(ConfigurationError):
    """A Mem0 config names something Spectron cannot honour (another vector store, an embedder or LLM
    provider that would need the network, a graph store, custom prompts). Raised by ``Memory.from_config``
    with the key that failed and what to do instead, before anything is opened."""


SpectronLike = Spectron | AsyncSpectron | None


def _text(rec: Any) -> str:
    if rec.kind == "turn":
        return str(rec.content)
    return str(getattr(rec, "text", "") or getattr(rec, "value", ""))


def _when(rec: Any) -> Any:
    return (
        getattr(rec, "observed_at", None)
        or getattr(rec, "valid_from", None)
        or getattr(rec, "recorded_at", None)
        or getattr(rec, "created_at", None)
    )


def _current(rec: Any) -> bool:
    return getattr(rec, "status", "active") == "active" and getattr(rec, "valid_until", None) is None


def _said_in(fact: Any) -> list[str]:
    """Turns that asserted a fact: the one it was extracted from and every one that repeated it."""
    src = getattr(fact, "source", None)
    refs = [src.ref] if src is not None and src.kind == "turn" and src.ref else []
    return [*refs, *(e for e in getattr(fact, "evidence", []) if isinstance(e, str) and e.startswith("turn_"))]


def _messages(messages: Any) -> list[dict[str, Any]]:
    """Mem0's message forms: a string, one dict, or a list of dicts (``role``, ``content``, optional ``name``)."""
    if isinstance(messages, str):
        return [{"role": "user", "content": messages}]
    if isinstance(messages, Mapping):
        messages = [messages]
    if not isinstance(messages, Sequence):
        raise Mem0ArgumentError("messages must be a str, a dict or a list of dicts")
    out = []
    for m in messages:
        if not isinstance(m, Mapping) or not isinstance(m.get("content"), str) or not m.get("role"):
            raise Mem0ArgumentError(f"each message needs a 'role' and a string 'content', got {m!r}")
        out.append(dict(m))
    return out


class Memory:
    """Mem0's ``Memory`` API over a :class:`spectron_core.Spectron` (see the module docstring for semantics).

    Args:
        spectron: the store to use; ``None`` opens the embedded default (``Spectron()``). An
            :class:`AsyncSpectron` is accepted too (its sync client is used).
        purge: erase deleted memories for good (Mem0's behaviour) instead of Spectron's soft forget.
    """

    def __init__(self, spectron: SpectronLike = None, *, purge: bool = False) -> None:
        if isinstance(spectron, AsyncSpectron):
            spectron = spectron.sync
        self.spectron: Spectron = spectron if spectron is not None else Spectron()
        self.purge = purge

    # -- configuration ----------------------------------------------------------------------------------
    @classmethod
    def from_config(cls, config_dict: Mapping[str, Any]) -> Memory:
        """Build from a Mem0 config dict, keeping what maps and rejecting the rest with :class:`Mem0ConfigError`.

        Maps: ``vector_store`` with provider ``chroma`` (``path`` → an embedded store there; ``host``/``port``
        → a Chroma server; ``collection_name`` → the collection prefix), ``embedder`` with provider
        ``langchain`` (its ``model``, a LangChain ``Embeddings``, becomes Spectron's embedding), ``llm`` with
        provider ``langchain`` (its ``model``, a chat model, becomes an ``LLMExtractor``). Accepted and
        unused: ``version`` (results are always the ``{"results": …}`` shape) and ``history_db_path``
        (history lives in the store's own records). Everything else raises, naming the key.
        """
        if not isinstance(config_dict, Mapping):
            raise Mem0ConfigError("config must be a dict (Mem0's MemoryConfig shape)")
        known = {"vector_store", "embedder", "llm", "history_db_path", "version"}
        unknown = sorted(set(config_dict) - known)
        if unknown:
            raise Mem0ConfigError(
                f"Mem0 config keys {unknown} have no Spectron equivalent (graph stores, rerankers and custom "
                "prompts are replaced by Spectron's own graph, ranking and extractor); remove them, or build "
                "Memory(spectron=Spectron(...)) directly"
            )
        kwargs: dict[str, Any] = {}
        vs = config_dict.get("vector_store") or {}
        if vs:
            provider = vs.get("provider", "chroma")
            if provider != "chroma":
                raise Mem0ConfigError(
                    f"vector_store provider {provider!r} is not supported: Spectron stores in "
                    "Chroma (provider 'chroma', with path= or host=/port=)"
                )
            vcfg = dict(vs.get("config") or {})
            path, host, port = vcfg.pop("path", None), vcfg.pop("host", None), vcfg.pop("port", None)
            name = vcfg.pop("collection_name", None)
            client = vcfg.pop("client", None)
            if vcfg:
                raise Mem0ConfigError(f"vector_store.config keys {sorted(vcfg)} do not map to Spectron")
            if client is not None:
                kwargs["chroma"] = client
            elif host is not None:
                import chromadb
                from chromadb.config import Settings

                kwargs["chroma"] = chromadb.HttpClient(
                    host=host, port=int(port or 8000), settings=Settings(anonymized_telemetry=False)
                )
            elif path is not None:
                kwargs["path"] = str(path)
            if name:
                prefix = "".join(ch if ch.isalnum() or ch in "_-" else "_" for ch in str(name))
                kwargs["collection_prefix"] = prefix
        emb = config_dict.get("embedder") or {}
        if emb:
            if emb.get("provider") != "langchain" or not (emb.get("config") or {}).get("model"):
                raise Mem0ConfigError(
                    f"embedder provider {emb.get('provider')!r} is not supported offline: use provider "
                    "'langchain' with config={'model': <LangChain Embeddings>}, or omit the embedder to use "
                    "Spectron's bundled MiniLM"
                )
            kwargs["embedding"] = emb["config"]["model"]
        llm = config_dict.get("llm") or {}
        if llm:
            if llm.get("provider") != "langchain" or not (llm.get("config") or {}).get("model"):
                raise Mem0ConfigError(
                    f"llm provider {llm.get('provider')!r} is not supported: Spectron extracts offline with its "
                    "rule extractor; to extract with a model, pass provider 'langchain' with config={'model': "
                    "<LangChain chat model>}, or Memory(spectron=Spectron(extractor=LLMExtractor(model)))"
                )
            import spectron_core

            llm_extractor: Any = spectron_core.LLMExtractor  # loaded lazily by the package (imports LangChain)
            kwargs["extractor"] = llm_extractor(llm["config"]["model"])
        return cls(Spectron(**kwargs))

    # -- sessions ---------------------------------------------------------------------------------------
    @contextmanager
    def _session(self, scope: Mapping[str, str]) -> Iterator[Session]:
        """A run's named session (reopened), or a short-lived one closed at once; closing consolidates."""
        if "run" in scope:
            session = self.spectron.sessions.create(scope, {"via": "mem0"}, session_id=session_id_for(scope))
        else:
            session = self.spectron.sessions.create(scope, {"implicit": True, "via": "mem0"})
        try:
            yield session
        finally:
            session.close()

    # -- record helpers -----------------------------------------------------------------------------------
    def _get(self, record_id: str) -> Any | None:
        try:
            return self.spectron.get(record_id, include_forgotten=True)
        except NotFoundError:
            return None

    def _root(self, rec: Any) -> Any:
        """First version of ``rec``'s chain: its id is the memory id the facade hands out."""
        if rec.kind == "turn" and isinstance(rec.metadata.get(REPLACES_KEY), str):
            first = self._get(rec.metadata[REPLACES_KEY])
            return first if first is not None else rec
        seen = {rec.id}
        while getattr(rec, "supersedes", None) and len(seen) < _MAX_CHAIN:
            prev = self._get(rec.supersedes)
            if prev is None or prev.id in seen:
                break
            seen.add(prev.id)
            rec = prev
        return rec

    def _chain(self, root: Any) -> list[Any]:
        """Every version from ``root`` on: the supersession chain, then verbatim replacements (oldest first)."""
        out = [root]
        rec = root
        while getattr(rec, "superseded_by", None) and len(out) < _MAX_CHAIN:
            nxt = self._get(rec.superseded_by)
            if nxt is None or any(r.id == nxt.id for r in out):
                break
            out.append(nxt)
            rec = nxt
        if not _current(rec):
            replacements = [
                t
                for t in self.spectron.records(
                    scope=root.scope, kinds=["turn"], include_history=True, include_forgotten=True
                )
                if t.metadata.get(REPLACES_KEY) == root.id
            ]
            out.extend(sorted(replacements, key=lambda t: (t.observed_at, t.recorded_at)))
        return out

    def _resolve(self, memory_id: str) -> tuple[Any, list[Any]]:
        if not isinstance(memory_id, str) or not memory_id.strip():
            raise Mem0ArgumentError("memory_id must be a non-empty string")
        rec = self._get(memory_id)
        if rec is None:
            raise Mem0ArgumentError(f"Memory with id {memory_id} not found")
        root = self._root(rec)
        return root, self._chain(root)

    def _source_turn(self, rec: Any, turns: Mapping[str, Any] | None = None) -> Any | None:
        """The turn a memory is (a turn) or was extracted from (a fact), if it still exists."""
        turn = rec if rec.kind == "turn" else None
        src = getattr(rec, "source", None)
        if turn is None and src is not None and src.kind == "turn" and src.ref:
            turn = (turns or {}).get(src.ref) or self._get(src.ref)
            turn = turn if turn is not None and turn.kind == "turn" else None
        return turn

    def _turn_meta(self, rec: Any, turns: Mapping[str, Any] | None = None) -> tuple[dict[str, Any], str | None]:
        """User metadata and role of a memory: a turn's own, a fact's from the turn it was extracted from."""
        turn = self._source_turn(rec, turns)
        if turn is None:
            return {}, None
        meta = {k: v for k, v in turn.metadata.items() if k != REPLACES_KEY}
        return meta, str(turn.role)

    def _item(
        self,
        rec: Any,
        root: Any,
        *,
        score: float | None = None,
        turns: Mapping[str, Any] | None = None,
        conflict: str | None = None,
    ) -> dict[str, Any]:
        text = _text(rec)
        turn = self._source_turn(rec, turns)
        meta = {k: v for k, v in turn.metadata.items() if k != REPLACES_KEY} if turn is not None else {}
        role = str(turn.role) if turn is not None else None
        item: dict[str, Any] = {
            "id": root.id,
            "memory": text,
            "hash": md5(text),
            "metadata": meta or None,
            "created_at": iso(_when(root)),
            "updated_at": iso(_when(rec)),
        }
        if score is not None:
            item["score"] = score
        item.update(ids_of_scope(rec.scope))
        if role is not None:
            item["role"] = role
        item["spectron"] = {
            "record_id": rec.id,
            "kind": rec.kind,
            "entity": getattr(rec, "entity", None),
            "key": getattr(rec, "key", None),
            "value": getattr(rec, "value", None),
            "category": getattr(rec, "category", None),
            "said": turn.content if turn is not None else None,
            "conflict": conflict,
        }
        return item

    def _disputed(self, scope: Mapping[str, str]) -> dict[str, str]:
        """Record id → the open question Spectron holds about it ("vehicle may have changed: …"), at ``scope`` or
        narrower: it travels with the memory, as ``profile()`` shows it on the fact."""
        return {
            rid: u.text
            for u in self.spectron.records(scope=scope, kinds=["uncertainty"])
            if u.state == "open"
            for rid in u.record_ids
        }

    def _cited_turns(self, scope: Mapping[str, str]) -> set[str]:
        """Turns some fact (any version) was extracted from: the fact is the memory, not the turn."""
        return set(self._facts_by_turn(scope))

    def _facts_by_turn(self, scope: Mapping[str, str]) -> dict[str, list[Any]]:
        """Turn id → the current facts it asserted ([] when all were superseded): recall may rank the turn,
        and the facade answers with the facts, which are the memories."""
        out: dict[str, list[Any]] = {}
        for f in self.spectron.records(scope=scope, kinds=FACT_KINDS, include_history=True):
            for ref in _said_in(f):
                out.setdefault(ref, [])
                if _current(f) and (f.kind != "relation" or not any(g.kind == "attribute" for g in out[ref])):
                    out[ref].append(f)
        return out

    @staticmethod
    def _matches(item: Mapping[str, Any], filters: Mapping[str, Any]) -> bool:
        meta = item.get("metadata") or {}
        for key, want in filters.items():
            if isinstance(want, Mapping) or key in ("AND", "OR", "NOT"):
                raise Mem0ArgumentError(
                    f"filter {key!r}: only exact-match metadata filters are supported by the Spectron facade "
                    "(scope by user_id/agent_id/run_id; Spectron's recall ranks the rest)"
                )
            if want != "*" and meta.get(key, item.get(key)) != want:
                return False
        return True

    # -- write --------------------------------------------------------------------------------------------
    def add(
        self,
        messages: Any,
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        run_id: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        infer: bool = True,
        memory_type: str | None = None,
        prompt: str | None = None,
        **kwargs: Any,
    ) -> dict[str, Any]:
        """Remember ``messages`` for the given ids; returns ``{"results": [{"id", "memory", "event", …}]}``.

        Events: ``ADD`` (a new memory), ``UPDATE`` (it superseded an earlier value: ``previous_memory`` holds
        the old text, ``id`` stays the earlier memory's id), ``DELETE`` (a negation closed a value), ``NONE``
        (already known: reinforced, or an exact replay). Mem0's ``timestamp``, ``memory_type`` (procedural
        memories need Mem0's LLM) and ``prompt`` are rejected with :class:`Mem0ArgumentError`.
        """
        if memory_type is not None or prompt is not None or kwargs.get("timestamp") is not None:
            raise Mem0ArgumentError(
                "memory_type=, prompt= and timestamp= configure Mem0's LLM pipeline; Spectron "
                "extracts with the extractor of its client"
            )
        ids, _ = ids_from(user_id, agent_id, run_id)
        scope = scope_for(ids)
        msgs = _messages(messages)
        base = dict(metadata or {})
        out: list[dict[str, Any]] = []
        with self._session(scope) as session:
            if not infer:
                for m in msgs:
                    if m["role"] == "system":
                        continue  # as Mem0 does with infer=False
                    meta = {**base, **({"actor_id": m["name"]} if m.get("name") else {})}
                    turn = session.add_turn(m["role"], m["content"], metadata=meta or None)
                    out.append(
                        {
                            "id": turn.id,
                            "memory": turn.content,
                            "event": "ADD",
                            "role": turn.role,
                            "actor_id": m.get("name"),
                        }
                    )
                return {"results": out}
            batch = [
                {
                    "role": m["role"],
                    "content": m["content"],
                    "metadata": {**base, **({"actor_id": m["name"]} if m.get("name") else {})} or None,
                }
                for m in msgs
            ]
            started = datetime.now(timezone.utc)
            for result in session.remember_many(batch, infer="full"):
                out.extend(self._events(result, started))
        return {"results": out}

    def _events(self, result: RememberResult, started: datetime) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        facts = [*result.attributes, *result.relations, *result.instructions]
        previous = {
            successor: _text(c.record)
            for c in result.corrections
            if (successor := getattr(c.record, "superseded_by", None))
        }
        for change in facts:
            rec = change.record
            if rec.kind == "relation" and any(c.record.kind == "attribute" for c in result.attributes):
                continue  # the relation paraphrases an attribute of the same message
            event = {
                "created": "ADD",
                "flagged": "ADD",
                "superseded": "UPDATE",
                "reinforced": "NONE",
                "revoked": "DELETE",
                "closed": "DELETE",
            }.get(change.action, "NONE")
            root = self._root(rec) if event == "UPDATE" else rec
            entry = {"id": root.id, "memory": _text(rec), "event": event}
            if event == "UPDATE" and rec.id in previous:
                entry["previous_memory"] = previous[rec.id]
            out.append(entry)
        for change in result.corrections:
            if change.action == "closed":
                out.append({"id": self._root(change.record).id, "memory": _text(change.record), "event": "DELETE"})
        if not out and result.turn is not None:  # no fact: the message itself is the memory
            fresh = result.turn.recorded_at >= started  # an exact replay returns the stored, older turn
            out.append(
                {
                    "id": result.turn.id,
                    "memory": result.turn.content,
                    "event": "ADD" if fresh else "NONE",
                    "role": result.turn.role,
                }
            )
        return out

    def update(
        self,
        memory_id: str,
        text: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        data: str | None = None,
    ) -> dict[str, str]:
        """Give memory ``memory_id`` a new text; the id keeps resolving to it.

        A single-valued structured fact gets a new version that **supersedes** the old one (``history`` shows
        both): the text is read as a message first ("I moved to Porto" → ``home = Porto``), else it becomes the
        new value itself. Any other memory (a message, a relation, an instruction, a value of a multi-valued
        key such as allergies) is replaced by a verbatim memory with the new text, and the old one is
        forgotten. ``metadata`` alone (no text) is not supported: Spectron records are immutable except for
        their validity.
        """
        new_text = text if text is not None else data
        if not isinstance(new_text, str) or not new_text.strip():
            raise Mem0ArgumentError("update needs the new text (text= or data=)")
        root, chain = self._resolve(memory_id)
        head = chain[-1]
        if not _current(head):
            raise Mem0ArgumentError(f"Memory with id {memory_id} was deleted")
        meta, role = self._turn_meta(head)
        meta = {**meta, **dict(metadata or {})}
        with self._session(dict(head.scope)) as session:
            if head.kind == "attribute" and not self.spectron.ontology.is_multi_valued(head.key):
                # Said as a message first: "I moved to Porto" supersedes home=Lisbon with value "Porto".
                # Failing that, the text itself becomes the new value of the same key.
                for attempt in ("message", "triple"):
                    if attempt == "message":
                        result = session.remember(new_text, role=role or "user", metadata=meta or None)
                    else:
                        result = session.remember(triples=[(head.entity, head.key, new_text)])
                    if any(
                        c.record.id == head.id and getattr(c.record, "superseded_by", None) for c in result.corrections
                    ):
                        return {"message": "Memory updated successfully!"}
                    stray = [
                        c.record.id for c in result.changes if c.action == "created" and c.record.kind != "entity"
                    ] + ([result.turn.id] if result.turn else [])
                    if stray:
                        self.spectron.forget(ids=stray, scope=head.scope, purge=True)
            self.spectron.forget(ids=[head.id], scope=head.scope, purge=self.purge)
            session.add_turn(role or "user", new_text, metadata={**meta, REPLACES_KEY: root.id})
        return {"message": "Memory updated successfully!"}

    def delete(self, memory_id: str) -> dict[str, str]:
        """Delete memory ``memory_id``: every version of it, and the messages that asserted a fact (so their
        words do not come back through ``search``) with the relations they paraphrased it as. Other facts
        from those messages stay. Raises :class:`Mem0ArgumentError` (a ``ValueError``, as Mem0 raises) for
        an unknown id, and :class:`spectron_core.ScopeError` for a record outside a bound client's floor."""
        root, chain = self._resolve(memory_id)
        ids = {r.id for r in chain}
        said = {ref for r in chain if r.kind != "turn" for ref in _said_in(r)}
        if said:  # the messages that asserted it, and the relation each of them paraphrased it as
            ids |= said
            ids |= {
                f.id
                for f in self.spectron.records(scope=root.scope, kinds=["relation"], include_history=True)
                if set(_said_in(f)) & said
            }
        self.spectron.forget(ids=sorted(ids), scope=root.scope, purge=self.purge)
        return {"message": "Memory deleted successfully!"}

    def delete_all(
        self, user_id: str | None = None, agent_id: str | None = None, run_id: str | None = None
    ) -> dict[str, str]:
        """Delete every memory within the given ids' scope (narrower scopes included, never broader ones).
        With no id it raises :class:`Mem0ArgumentError` instead of wiping everything (use ``reset()``)."""
        ids, _ = ids_from(user_id, agent_id, run_id)
        if not ids:
            raise Mem0ArgumentError(
                "delete_all needs user_id, agent_id or run_id; it never means everything "
                "(reset() wipes this facade's whole store)"
            )
        self.spectron.forget(scope=scope_for(ids), purge=self.purge)
        return {"message": "Memories deleted successfully!"}

    def reset(self) -> None:
        """Erase everything this facade can reach: its client's floor when bound, else the whole store
        (Mem0's ``reset`` drops its collection and history). Always a purge."""
        floor = self.spectron.floor
        self.spectron.forget(scope=floor.as_dict() if floor is not None else {}, purge=True)

    # -- read ---------------------------------------------------------------------------------------------
    def get(self, memory_id: str) -> dict[str, Any] | None:
        """The current version of memory ``memory_id`` (``None`` when unknown, deleted, or negated)."""
        try:
            root, chain = self._resolve(memory_id)
        except Mem0ArgumentError:
            return None
        head = chain[-1]
        if not _current(head):
            return None
        return self._item(head, root)

    def get_all(
        self,
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        run_id: str | None = None,
        filters: Mapping[str, Any] | None = None,
        limit: int | None = None,
        top_k: int | None = None,
        **kwargs: Any,
    ) -> dict[str, Any]:
        """Current memories within the ids' scope, oldest first: current facts, plus every message kept
        verbatim that no fact was extracted from. Superseded and deleted versions are not listed."""
        ids, rest = ids_from(user_id, agent_id, run_id, filters)
        scope = scope_for(ids)
        n = top_k if top_k is not None else limit if limit is not None else 100
        recs = self.spectron.records(scope=scope, kinds=LISTED_KINDS)
        disputed = self._disputed(scope)
        cited = self._cited_turns(scope)
        turns = {r.id: r for r in recs if r.kind == "turn"}
        # a relation that mirrors an attribute of the same message ("works at Initech" beside employer = Initech) is
        # listed once; one that names what no attribute does ("owns Pet/rex" beside pets = dog) is listed
        said: dict[str | None, set[str]] = {}
        for r in recs:
            if r.kind == "attribute":
                said.setdefault(r.source.ref, set()).add(" ".join(str(r.value).casefold().split()))
        items = []
        for r in sorted(recs, key=lambda r: (_when(r), r.id)):
            if r.kind == "turn" and (r.id in cited or r.role == "system"):
                continue
            if r.kind == "chunk" and r.source.kind == "consolidation":
                continue  # session summaries digest the memories listed here
            if r.kind == "relation" and _object_name(r.object) in said.get(r.source.ref, set()):
                continue
            item = self._item(r, self._root(r), turns=turns, conflict=disputed.get(r.id))
            if self._matches(item, rest):
                items.append(item)
        return {"results": items[: max(0, int(n))]}

    def search(
        self,
        query: str,
        *,
        user_id: str | None = None,
        agent_id: str | None = None,
        run_id: str | None = None,
        filters: Mapping[str, Any] | None = None,
        limit: int | None = None,
        top_k: int | None = None,
        threshold: float | None = None,
        rerank: bool = False,
        **kwargs: Any,
    ) -> dict[str, Any]:
        """Spectron's hybrid recall at the ids' scope, as Mem0 search results (best first).

        ``score`` is Spectron's ranking score (fused, reranked), not a cosine similarity; ``threshold`` keeps
        hits scoring at least that fraction of the best hit's score (default: keep all). The scope sees its
        narrower scopes and its ancestors: a ``run_id`` search also sees that user's long-term memory.
        """
        ids, rest = ids_from(user_id, agent_id, run_id, filters)
        scope = scope_for(ids)
        n = top_k if top_k is not None else limit if limit is not None else 20
        if threshold is not None and not 0.0 <= float(threshold) <= 1.0:
            raise Mem0ArgumentError("threshold must be between 0 and 1")
        result = self.spectron.recall(query, top_k=min(1000, max(1, int(n)) * 3 + 10), scope=scope)
        by_turn = self._facts_by_turn(scope)
        disputed = self._disputed(scope)
        best = max((i.score for i in result.items), default=0.0) or 1.0
        items: list[dict[str, Any]] = []
        seen: set[str] = set()
        for hit in result.items:
            if hit.kind not in ("turn", "chunk", *FACT_KINDS):
                continue
            if threshold is not None and hit.score / best < float(threshold):
                continue
            if hit.kind == "turn" and hit.id in by_turn:
                recs = by_turn[hit.id]  # the facts this message asserted stand for it (none if superseded)
            else:
                rec = self._get(hit.id)
                recs = [rec] if rec is not None else []
            for rec in recs:
                if rec.kind == "chunk" and rec.source.kind == "consolidation":
                    continue
                root = self._root(rec)
                if root.id in seen:
                    continue
                item = self._item(rec, root, score=hit.score, conflict=disputed.get(rec.id))
                if self._matches(item, rest):
                    seen.add(root.id)
                    items.append(item)
            if len(items) >= n:
                break
        return {"results": items[:n]}

    def history(self, memory_id: str) -> list[dict[str, Any]]:
        """Mem0-shaped history rows of ``memory_id``, oldest first: ``ADD``, one ``UPDATE`` per later version
        (a supersession or a verbatim replacement), ``DELETE`` when the memory is gone. ``[]`` for an unknown
        id, as Mem0."""
        try:
            root, chain = self._resolve(memory_id)
        except Mem0ArgumentError:
            return []
        rows: list[dict[str, Any]] = []
        prev: Any | None = None
        for rec in chain:
            _, role = self._turn_meta(rec)
            rows.append(
                {
                    "id": rec.id,
                    "memory_id": root.id,
                    "old_memory": _text(prev) if prev is not None else None,
                    "new_memory": _text(rec),
                    "event": "ADD" if prev is None else "UPDATE",
                    "created_at": iso(_when(rec)),
                    "updated_at": iso(getattr(rec, "recorded_at", None)),
                    "is_deleted": False,
                    "actor_id": None,
                    "role": role,
                }
            )
            prev = rec
        head = chain[-1]
        if not _current(head):
            when = getattr(head, "forgotten_at", None) or getattr(head, "valid_until", None)
            rows.append(
                {
                    "id": head.id + ":deleted",
                    "memory_id": root.id,
                    "old_memory": _text(head),
                    "new_memory": None,
                    "event": "DELETE",
                    "created_at": iso(when),
                    "updated_at": iso(when),
                    "is_deleted": True,
                    "actor_id": None,
                    "role": None,
                }
            )
        return rows


class AsyncMemory:
    """Mem0's ``AsyncMemory``: every :class:`Memory` method as a coroutine (run in a worker thread over the
    same sync facade, as :class:`spectron_core.AsyncSpectron` does, so the semantics exist once)."""

    def __init__(self, spectron: SpectronLike = None, *, purge: bool = False) -> None:
        self.sync = Memory(spectron, purge=purge)

    @classmethod
    def from_config(cls, config_dict: Mapping[str, Any]) -> AsyncMemory:
        out = cls.__new__(cls)
        out.sync = Memory.from_config(config_dict)
        return out

    @property
    def spectron(self) -> Spectron:
        return self.sync.spectron

    async def add(self, messages: Any, **kwargs: Any) -> dict[str, Any]:
        return await asyncio.to_thread(lambda: self.sync.add(messages, **kwargs))

    async def search(self, query: str, **kwargs: Any) -> dict[str, Any]:
        return await asyncio.to_thread(lambda: self.sync.search(query, **kwargs))

    async def get_all(self, **kwargs: Any) -> dict[str, Any]:
        return await asyncio.to_thread(lambda: self.sync.get_all(**kwargs))

    async def get(self, memory_id: str) -> dict[str, Any] | None:
        return await asyncio.to_thread(self.sync.get, memory_id)

    async def update(
        self,
        memory_id: str,
        text: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        data: str | None = None,
    ) -> dict[str, str]:
        return await asyncio.to_thread(lambda: self.sync.update(memory_id, text, metadata, data))

    async def delete(self, memory_id: str) -> dict[str, str]:
        return await asyncio.to_thread(self.sync.delete, memory_id)

    async def delete_all(
        self, user_id: str | None = None, agent_id: str | None = None, run_id: str | None = None
    ) -> dict[str, str]:
        return await asyncio.to_thread(lambda: self.sync.delete_all(user_id, agent_id, run_id))

    async def history(self, memory_id: str) -> list[dict[str, Any]]:
        return await asyncio.to_thread(self.sync.history, memory_id)

    async def reset(self) -> None:
        await asyncio.to_thread(self.sync.reset)
