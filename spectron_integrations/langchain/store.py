"""``SpectronStore``: LangGraph's ``BaseStore`` (the long-term store ``create_agent(..., store=...)`` and graph
nodes use) over Spectron memory.

An item ``(namespace, key) -> value`` is a versioned Spectron attribute inside the scope its namespace names:

* **Namespaces are scopes.** By default a namespace is read as alternating dimension/value pairs:
  ``("org", "acme", "user", "alice")`` is the scope ``{"org": "acme", "user": "alice"}``. With
  ``namespace_dims=["org", "user"]`` it is read positionally: ``("acme", "alice")`` is the same scope. Labels
  past the scope (the odd trailing label in pair mode, the labels after ``namespace_dims`` positionally) name
  a collection inside that scope, e.g. ``("user", "alice", "memories")``. The scope is always added to the
  store's own scope (``scope=`` or the bound client's floor), so a store over ``mem.bound({"org": "acme"})``
  can never write outside that org (:class:`spectron_core.ScopeError`).
* **Labels may not contain "."** (a LangGraph rule). A scope value that does (an e-mail address) is written
  escaped: ``escape_label("alice@example.com") == "alice@example%2Ecom"`` (``%`` becomes ``%25``, ``.``
  becomes ``%2E``); the store unescapes labels when it maps them to scope values.
* **Each item is an attribute** of an entity addressed by a hash of (scope, namespace, key), holding a JSON
  envelope of the value with its namespace, key and times. So it gets what every Spectron fact gets: hybrid
  recall for ``search(query=...)`` and scope isolation.

Where this differs from ``InMemoryStore`` by design:

* ``put`` of an existing key **supersedes** the old value and keeps it: ``mem.history(...)`` lists every
  version (``SpectronStore.versions`` reads them). ``created_at`` is the first put's time (InMemoryStore
  resets it on every put).
* ``delete`` **forgets** the item: soft by default (kept for ``mem.audit``), erased with ``purge=True``.
* **Scope visibility**: besides its own namespaces, a store sees items written at scopes *above* its scope
  (org-wide items from a user's store, as every Spectron read sees its ancestors' memory), read-only:
  ``put``/``delete`` from the user's store act on the user's own copy, never on the org's. Sibling scopes
  (another user) are never visible.
* A namespace is listed while it holds an item (InMemoryStore also lists namespaces that were only read, or
  emptied). Search without a query returns items in namespace order, then by creation; with a query, the
  best hybrid matches first, then (like InMemoryStore's unscored items) the remaining matches unscored.
* Operations of one ``batch`` run in order (InMemoryStore answers reads before applying the batch's writes).
* The ``index`` argument is accepted and ignored: every item is embedded and BM25-indexed as one text. A
  value's JSON envelope may hold at most 2,000 characters (:class:`spectron_core.ValidationError`). TTLs are
  not supported (``supports_ttl = False``).

Cost: a ``put`` is one Spectron write (one embedding) plus a ``get``; ``get`` is one history lookup (plus one
per ancestor scope on a miss); ``search``/``list_namespaces`` read the scope's profile, and a query adds one
hybrid recall.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone
from typing import Any

from langgraph.store.base import (
    BaseStore,
    GetOp,
    InvalidNamespaceError,
    Item,
    ListNamespacesOp,
    MatchCondition,
    Op,
    PutOp,
    Result,
    SearchItem,
    SearchOp,
)

from spectron_core import Scope, ScopeError, ValidationError

from ._common import MemoryLike, as_client, base_scope

__all__ = ["SpectronStore", "escape_label", "unescape_label", "ITEM_KEY", "ITEM_TYPE", "MAX_VALUE_CHARS"]

ITEM_TYPE = "StoreItem"
"""Entity type of store items (``StoreItem/<hash>``): how they are told apart from chat-derived facts."""
ITEM_KEY = "langgraph_item"
"""Attribute key holding an item's JSON envelope."""
MAX_VALUE_CHARS = 2000
"""Largest JSON envelope (value + namespace + key + times) one item may hold: Spectron's attribute limit."""


def escape_label(value: str) -> str:
    """A scope value as a namespace label: ``%`` -> ``%25`` and ``.`` -> ``%2E`` (LangGraph forbids ".")."""
    return value.replace("%", "%25").replace(".", "%2E")


def unescape_label(label: str) -> str:
    """Inverse of :func:`escape_label` (only ``%2E``/``%2e`` and ``%25`` are decoded; other text is kept)."""
    out: list[str] = []
    i = 0
    while i < len(label):
        chunk = label[i : i + 3]
        if chunk.upper() == "%2E":
            out.append(".")
            i += 3
        elif chunk == "%25":
            out.append("%")
            i += 3
        else:
            out.append(label[i])
            i += 1
    return "".join(out)


def _check_labels(namespace: Sequence[str]) -> tuple[str, ...]:
    """LangGraph's own label rules, for ops handed straight to ``batch`` (its public methods check first)."""
    for label in namespace:
        if not isinstance(label, str) or not label:
            raise InvalidNamespaceError(f"namespace labels must be non-empty strings, got {label!r} in {namespace}")
        if "." in label or "\x00" in label:
            raise InvalidNamespaceError(
                f"namespace label {label!r} contains '.' or NUL; escape scope values with escape_label()"
            )
    return tuple(namespace)


def _now() -> datetime:
    return datetime.now(timezone.utc)


class SpectronStore(BaseStore):
    """LangGraph long-term store over Spectron; see the module docstring for the mapping and differences.

    >>> from spectron_core import Spectron                                   # doctest: +SKIP
    >>> store = SpectronStore(Spectron().bound({"org": "acme"}))              # doctest: +SKIP
    >>> store.put(("user", "alice", "memories"), "food", {"text": "vegetarian"})   # doctest: +SKIP
    >>> store.search(("user", "alice"), query="what does alice eat")          # doctest: +SKIP

    Args:
        memory: a ``Spectron``/``AsyncSpectron`` client or a bound one.
        scope: the store's scope (default: the bound floor, else global); every namespace narrows it.
        namespace_dims: read namespaces positionally as these dimensions instead of as pairs.
        purge: ``delete`` erases for good instead of soft-forgetting.
    """

    supports_ttl: bool = False
    __slots__ = ("_client", "_scope", "_dims", "_purge")

    def __init__(
        self,
        memory: MemoryLike,
        *,
        scope: Mapping[str, str] | None = None,
        namespace_dims: Sequence[str] | None = None,
        purge: bool = False,
    ) -> None:
        self._client = as_client(memory)
        self._scope = base_scope(self._client, scope)
        if namespace_dims is not None:
            dims = tuple(namespace_dims)
            if not dims or len(set(dims)) != len(dims):
                raise ScopeError("namespace_dims must be a non-empty list of distinct dimension names")
            Scope({d: "x" for d in dims})  # validates the names
            self._dims: tuple[str, ...] | None = dims
        else:
            self._dims = None
        self._purge = bool(purge)

    # -- namespace <-> scope -----------------------------------------------------------------------------
    @property
    def scope(self) -> Scope:
        """The store's own scope: every namespace maps inside it."""
        return self._scope

    def _split(self, namespace: Sequence[str]) -> tuple[dict[str, str], int]:
        """The dimensions a namespace names, and how many leading labels they used."""
        ns = tuple(namespace)
        dims: dict[str, str] = {}
        if self._dims is not None:
            used = min(len(ns), len(self._dims))
            for dim, label in zip(self._dims, ns[:used]):
                dims[dim] = unescape_label(label)
            return dims, used
        used = len(ns) - len(ns) % 2
        for i in range(0, used, 2):
            dim, label = ns[i], ns[i + 1]
            if dim in dims:
                raise ScopeError(f"namespace {ns} names dimension {dim!r} twice")
            dims[dim] = unescape_label(label)
        return dims, used

    def scope_for(self, namespace: Sequence[str]) -> Scope:
        """The Spectron scope a namespace (or namespace prefix) maps to: the store's scope narrowed by the
        dimensions it names. Raises :class:`ScopeError` for a label that is not a valid dimension name (pair
        mode) or a dimension that contradicts the store's scope."""
        dims, _ = self._split(namespace)
        try:
            extra = Scope(dims)
        except ScopeError as exc:
            hint = "" if self._dims else " (namespaces are read as dimension/value pairs; see namespace_dims=)"
            raise ScopeError(f"namespace {tuple(namespace)} does not map to a scope: {exc}{hint}") from None
        for dim, value in extra.items():
            if dim in self._scope and self._scope[dim] != value:
                raise ScopeError(
                    f"namespace {tuple(namespace)} names {dim}={value!r}, outside this store's scope "
                    f"{self._scope.as_dict()}"
                )
        return Scope({**self._scope.as_dict(), **extra.as_dict()})

    @staticmethod
    def _entity(scope: Scope, namespace: tuple[str, ...], key: str) -> str:
        digest = hashlib.sha256(json.dumps([scope.key, list(namespace), key]).encode("utf-8")).hexdigest()[:40]
        return f"{ITEM_TYPE}/{digest}"

    # -- reading -----------------------------------------------------------------------------------------
    @staticmethod
    def _decode(raw: str) -> dict[str, Any] | None:
        try:
            env = json.loads(raw)
        except (TypeError, ValueError):
            return None
        if not isinstance(env, dict) or not {"value", "namespace", "key"} <= env.keys():
            return None
        return env

    @staticmethod
    def _item(env: dict[str, Any], cls: type[Item] = Item, score: float | None = None) -> Item:
        created = datetime.fromisoformat(env["created_at"])
        updated = datetime.fromisoformat(env["updated_at"])
        if cls is SearchItem:
            return SearchItem(
                namespace=tuple(env["namespace"]),
                key=env["key"],
                value=env["value"],
                created_at=created,
                updated_at=updated,
                score=score,
            )
        return Item(
            value=env["value"],
            key=env["key"],
            namespace=tuple(env["namespace"]),
            created_at=created,
            updated_at=updated,
        )

    def _shown(self, record_scope: Mapping[str, str], namespace: tuple[str, ...]) -> bool:
        """Whether this store shows a record found at ``record_scope`` with ``namespace``: the record sits
        where this store maps its namespace, or at a scope above the store's (read-only ancestor items)."""
        rs = Scope.of(record_scope)
        if self._scope.is_ancestor_of(rs) or rs == self._scope:
            try:
                return self.scope_for(namespace) == rs
            except ScopeError:
                return False
        return self._scope.contains(rs)  # strictly above this store: an ancestor, visible from below

    def _visible(self, at: Scope) -> list[tuple[dict[str, Any], Scope]]:
        """Every current item visible from ``at`` that this store shows (envelope, record scope)."""
        prof = self._client.profile(scope=at)
        out: list[tuple[dict[str, Any], Scope]] = []
        for fact in [*prof.knowledge, *prof.static, *prof.dynamic, *prof.preferences]:
            if fact.key != ITEM_KEY or not fact.entity.startswith(ITEM_TYPE + "/"):
                continue
            env = self._decode(fact.value)
            if env is None:
                continue
            ns = tuple(env["namespace"])
            if self._shown(fact.scope, ns):
                out.append((env, Scope(fact.scope)))
        return out

    @staticmethod
    def _dedup(found: Iterable[tuple[dict[str, Any], Scope]]) -> list[dict[str, Any]]:
        """One item per (namespace, key): the narrowest scope's (a user's own copy shadows the org's)."""
        best: dict[tuple[tuple[str, ...], str], tuple[dict[str, Any], Scope]] = {}
        for env, sc in found:
            k = (tuple(env["namespace"]), env["key"])
            if k not in best or sc.depth() > best[k][1].depth():
                best[k] = (env, sc)
        return [env for env, _ in best.values()]

    def _current(self, namespace: tuple[str, ...], key: str) -> dict[str, Any] | None:
        scope = self.scope_for(namespace)
        for env in self._versions_at(scope, namespace, key):
            if env.get("_current"):
                return env
        return None

    def _versions_at(self, scope: Scope, namespace: tuple[str, ...], key: str) -> list[dict[str, Any]]:
        versions = self._client.history(self._entity(scope, namespace, key), ITEM_KEY, scope=scope)
        out = []
        for v in versions:
            if Scope(v.scope) != scope:
                continue
            env = self._decode(v.value)
            if env is not None:
                env["_current"] = v.valid_until is None
                out.append(env)
        return out

    def _get(self, op: GetOp) -> Item | None:
        ns = _check_labels(op.namespace)
        env = self._current(ns, op.key)
        if env is None:  # an item written above this store's scope (org-wide), read-only from here
            for anc in sorted(self._scope.ancestors(), key=lambda s: -s.depth()):
                found = self._client.history(self._entity(anc, ns, op.key), ITEM_KEY, scope=self._scope)
                cur = [v for v in found if v.valid_until is None and Scope(v.scope) == anc]
                if cur:
                    env = self._decode(cur[-1].value)
                    if env is not None and self._shown(anc, ns):
                        break
                    env = None
        return self._item(env) if env is not None else None

    def versions(self, namespace: Sequence[str], key: str) -> list[Item]:
        """Every stored version of an item at this store's mapping of ``namespace``, oldest first (what
        ``put`` keeps where ``InMemoryStore`` overwrites)."""
        ns = _check_labels(namespace)
        return [self._item(env) for env in self._versions_at(self.scope_for(ns), ns, key)]

    def _search(self, op: SearchOp) -> list[SearchItem]:
        prefix = _check_labels(op.namespace_prefix)
        at = self.scope_for(prefix)
        n = len(prefix)
        pool = [
            env
            for env in self._dedup(self._visible(at))
            if tuple(env["namespace"])[:n] == prefix and _matches(env["value"], op.filter)
        ]
        pool.sort(key=lambda e: (tuple(e["namespace"]), e["created_at"], e["key"]))
        ranked: list[tuple[dict[str, Any], float | None]] = []
        if op.query:
            by_key = {(tuple(e["namespace"]), e["key"]): e for e in pool}
            want = op.offset + op.limit
            result = self._client.recall(op.query, top_k=max(20, 3 * want), scope=at, categories=["knowledge"])
            seen: set[tuple[tuple[str, ...], str]] = set()
            for item in result.items:
                if item.kind != "attribute" or item.key != ITEM_KEY or item.value is None:
                    continue
                env = self._decode(item.value)
                if env is None:
                    continue
                k = (tuple(env["namespace"]), env["key"])
                if k in by_key and k not in seen:
                    seen.add(k)
                    ranked.append((by_key[k], float(item.score)))
            ranked += [(e, None) for k, e in by_key.items() if k not in seen]
        else:
            ranked = [(e, None) for e in pool]
        page = ranked[op.offset : op.offset + op.limit]
        return [self._item(env, SearchItem, score) for env, score in page]  # type: ignore[misc]

    def _list_namespaces(self, op: ListNamespacesOp) -> list[tuple[str, ...]]:
        for cond in op.match_conditions or ():
            _check_labels([p for p in cond.path if p != "*"])
        spaces = {tuple(env["namespace"]) for env in self._dedup(self._visible(self._scope))}
        if op.match_conditions:
            spaces = {ns for ns in spaces if all(_does_match(c, ns) for c in op.match_conditions)}
        if op.max_depth is not None:
            spaces = {ns[: op.max_depth] for ns in spaces}
        return sorted(spaces)[op.offset : op.offset + op.limit]

    # -- writing -----------------------------------------------------------------------------------------
    def _put(self, op: PutOp) -> None:
        ns = _check_labels(op.namespace)
        if not ns:
            raise InvalidNamespaceError("namespace cannot be empty")
        if not isinstance(op.key, str) or not op.key:
            raise ValidationError("a store key must be a non-empty string")
        scope = self.scope_for(ns)
        entity = self._entity(scope, ns, op.key)
        if op.value is None:
            if self._current(ns, op.key) is not None:
                self._client.forget(entity=entity, scope=scope, purge=self._purge)
            return
        if not isinstance(op.value, Mapping):
            raise ValidationError(f"a store value must be a dict, got {type(op.value).__name__}")
        previous = self._current(ns, op.key)
        now = _now().isoformat()
        env = {
            "value": dict(op.value),
            "namespace": list(ns),
            "key": op.key,
            "created_at": previous["created_at"] if previous else now,
            "updated_at": now,
        }
        try:
            raw = json.dumps(env, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
        except (TypeError, ValueError) as exc:
            raise ValidationError(f"store value for {op.key!r} is not JSON-serialisable: {exc}") from None
        if len(raw) > MAX_VALUE_CHARS:
            raise ValidationError(
                f"store value for {op.key!r} is {len(raw)} characters as JSON (with its namespace and key); "
                f"SpectronStore holds at most {MAX_VALUE_CHARS}"
            )
        self._client.remember(triples=[(entity, ITEM_KEY, raw)], scope=scope, observed_at=_now())

    # -- BaseStore ---------------------------------------------------------------------------------------
    def batch(self, ops: Iterable[Op]) -> list[Result]:
        """Run ``ops`` in order (a read sees the writes before it in the same batch)."""
        results: list[Result] = []
        for op in ops:
            if isinstance(op, GetOp):
                results.append(self._get(op))
            elif isinstance(op, SearchOp):
                results.append(self._search(op))
            elif isinstance(op, ListNamespacesOp):
                results.append(self._list_namespaces(op))
            elif isinstance(op, PutOp):
                self._put(op)
                results.append(None)
            else:
                raise ValidationError(f"unknown store operation {type(op).__name__}")
        return results

    async def abatch(self, ops: Iterable[Op]) -> list[Result]:
        """Async :meth:`batch`, in a worker thread (as ``AsyncSpectron`` runs every call)."""
        ops = list(ops)
        return await asyncio.to_thread(self.batch, ops)


def _does_match(cond: MatchCondition, ns: tuple[str, ...]) -> bool:
    """LangGraph's namespace match: prefix or suffix, ``"*"`` matching any one label."""
    path = tuple(cond.path)
    if len(ns) < len(path):
        return False
    if cond.match_type == "prefix":
        pairs = zip(ns, path)
    elif cond.match_type == "suffix":
        pairs = zip(reversed(ns), reversed(path))
    else:
        raise ValidationError(f"unsupported namespace match type {cond.match_type!r}")
    return all(p == "*" or k == p for k, p in pairs)


def _matches(value: Mapping[str, Any], flt: Mapping[str, Any] | None) -> bool:
    """``filter`` semantics of LangGraph's stores: equality per key, nested dicts, and the operators
    ``$eq $ne $gt $gte $lt $lte``."""
    if not flt:
        return True
    return all(_compare(value.get(k), v) for k, v in flt.items())


def _compare(actual: Any, wanted: Any) -> bool:
    if isinstance(wanted, Mapping):
        if any(str(k).startswith("$") for k in wanted):
            return all(_operator(actual, op, arg) for op, arg in wanted.items())
        if not isinstance(actual, Mapping):
            return False
        return all(_compare(actual.get(k), v) for k, v in wanted.items())
    if isinstance(wanted, (list, tuple)):
        return (
            isinstance(actual, (list, tuple))
            and len(actual) == len(wanted)
            and all(_compare(a, w) for a, w in zip(actual, wanted))
        )
    return bool(actual == wanted)


def _operator(actual: Any, op: str, arg: Any) -> bool:
    if op == "$eq":
        return bool(actual == arg)
    if op == "$ne":
        return bool(actual != arg)
    if op in ("$gt", "$gte", "$lt", "$lte"):
        try:
            a, b = float(actual), float(arg)
        except (TypeError, ValueError):
            return False
        return {"$gt": a > b, "$gte": a >= b, "$lt": a < b, "$lte": a <= b}[op]
    raise ValidationError(f"unsupported filter operator {op!r}")
