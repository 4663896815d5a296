"""Multi-dimensional scopes and their visibility rules (security-relevant: who sees and who may forget what).

A scope maps dimension names to values (``{"org": "acme", "user": "alice"}``); ``{}`` is global. Two
relations matter:

* ``R.contains(Q)`` – R is Q or narrower (R holds every pair of Q). Destructive operations at Q act on
  exactly these records.
* ``R.visible_from(Q)`` – R contains Q, or Q contains R (R is an ancestor). A read at Q sees these.

Siblings (``{org: acme, user: bob}`` from ``{org: acme, user: alice}``) satisfy neither and are never
visible. The store turns these rules into Chroma ``where`` clauses built only from positive matches
(``$eq``/``$in``) because Chroma's negative operators also match records that lack the key.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

from ._errors import ScopeError

__all__ = ["Scope", "ScopeLike", "MAX_DIMENSIONS", "MAX_VALUE_LENGTH"]

_DIMENSION_RE = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
MAX_DIMENSIONS = 8
"""At most this many dimensions per scope: ancestors are enumerated as subsets (2**n of them)."""
MAX_VALUE_LENGTH = 256


_VALIDATED: dict[tuple[tuple[Any, Any], ...], tuple[tuple[tuple[str, str], ...], str]] = {}
"""A dict's items as given → its scope's ordered items and key. Every record read or written builds a Scope
from its ``scope`` dict (a bulk import built 60,000 for 10,000 records, each validated and JSON-encoded);
only valid all-string dicts get here, and a string value equals only an equal string, so a hit is exactly
what the checks would have built."""
_VALIDATED_MAX = 4096


class Scope(Mapping[str, str]):
    """An immutable, validated, canonically ordered scope.

    Construct from a mapping (``Scope({"org": "acme"})``) or keywords (``Scope(org="acme")``). Invalid
    dimension names or values raise :class:`ScopeError`; order of keys never matters.
    """

    __slots__ = ("_items", "_key")
    _items: tuple[tuple[str, str], ...]
    _key: str

    def __init__(self, dims: Mapping[str, Any] | None = None, /, **kwargs: Any) -> None:
        if not kwargs:
            if isinstance(dims, Scope):  # already validated and ordered
                self._items, self._key = dims._items, dims._key
                return
            if type(dims) is dict:  # records carry their scope as a dict: validated once per distinct dict
                try:
                    hit = _VALIDATED.get(tuple(dims.items()))
                except TypeError:  # an unhashable value: the checks below reject it
                    hit = None
                if hit is not None:
                    self._items, self._key = hit
                    return
        merged: dict[str, Any] = {}
        if dims is not None:
            if isinstance(dims, Scope):
                merged.update(dims._items)
            elif isinstance(dims, Mapping):
                merged.update(dims)
            else:
                raise ScopeError(f"a scope is a mapping of dimension -> value, got {type(dims).__name__}")
        for name, value in kwargs.items():
            if name in merged:
                raise ScopeError(f"dimension {name!r} given twice")
            merged[name] = value
        if len(merged) > MAX_DIMENSIONS:
            raise ScopeError(f"a scope has at most {MAX_DIMENSIONS} dimensions, got {len(merged)}")
        items: list[tuple[str, str]] = []
        for name, value in merged.items():
            if not isinstance(name, str) or not _DIMENSION_RE.match(name):
                raise ScopeError(f"invalid scope dimension {name!r}: names match [a-z][a-z0-9_]{{0,31}}")
            if not isinstance(value, str):
                raise ScopeError(f"scope value for {name!r} must be a string, got {type(value).__name__}")
            if not value.strip():
                raise ScopeError(f"scope value for {name!r} must be a non-empty string")
            if len(value) > MAX_VALUE_LENGTH:
                raise ScopeError(f"scope value for {name!r} is longer than {MAX_VALUE_LENGTH} characters")
            if "\x00" in value:
                raise ScopeError(f"scope value for {name!r} contains a NUL character")
            try:  # a lone surrogate cannot be encoded: Chroma and SQLite would fail mid-write naming nothing
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise ScopeError(f"scope value for {name!r} contains a lone surrogate (not valid Unicode)") from None
            items.append((name, value))
        items.sort()
        self._items = tuple(items)
        self._key = json.dumps(self._items, separators=(",", ":"), ensure_ascii=False)
        if not kwargs and type(dims) is dict:
            if len(_VALIDATED) >= _VALIDATED_MAX:
                _VALIDATED.clear()
            _VALIDATED[tuple(dims.items())] = (self._items, self._key)

    # -- construction -------------------------------------------------------------------------------
    @classmethod
    def of(cls, value: ScopeLike | None) -> Scope:
        """Coerce ``None`` (global), a mapping or a Scope into a Scope."""
        if value is None:
            return cls()
        if isinstance(value, Scope):
            return value
        return cls(value)

    @classmethod
    def from_key(cls, key: str) -> Scope:
        """Inverse of :attr:`key`."""
        try:
            pairs = json.loads(key)
            return cls({k: v for k, v in pairs})
        except (ValueError, TypeError) as exc:
            raise ScopeError(f"not a canonical scope key: {key!r}") from exc

    # -- mapping protocol ---------------------------------------------------------------------------
    def __getitem__(self, name: str) -> str:
        for k, v in self._items:
            if k == name:
                return v
        raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        return (k for k, _ in self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Scope):
            return self._items == other._items
        if isinstance(other, Mapping):
            try:
                return self._items == Scope(other)._items
            except ScopeError:
                return False
        return NotImplemented

    def __repr__(self) -> str:
        return f"Scope({dict(self._items)!r})"

    # -- identity ------------------------------------------------------------------------------------
    @property
    def key(self) -> str:
        """Canonical, unambiguous string form: equal scopes have equal keys, whatever the input order."""
        return self._key

    @property
    def items_tuple(self) -> tuple[tuple[str, str], ...]:
        return self._items

    def as_dict(self) -> dict[str, str]:
        return dict(self._items)

    # -- rules ---------------------------------------------------------------------------------------
    def contains(self, other: ScopeLike) -> bool:
        """True when this scope is ``other`` or narrower: every pair of ``other`` is in this scope."""
        o = Scope.of(other)
        mine = set(self._items)
        return all(pair in mine for pair in o._items)

    def within(self, floor: ScopeLike) -> bool:
        """Alias of :meth:`contains` that reads naturally for floors: ``q.within(floor)``."""
        return self.contains(floor)

    def is_ancestor_of(self, other: ScopeLike) -> bool:
        """True when this scope is strictly broader than ``other``."""
        o = Scope.of(other)
        return o.contains(self) and o != self

    def visible_from(self, query: ScopeLike) -> bool:
        """Visibility rule: a record at this scope is visible to a read at ``query``."""
        q = Scope.of(query)
        return self.contains(q) or q.contains(self)

    def ancestors(self, include_self: bool = False) -> list[Scope]:
        """Every strict subset of this scope (global included), broadest first."""
        out: list[Scope] = []
        n = len(self._items)
        top = n + 1 if include_self else n
        for size in range(0, top):
            for combo in itertools.combinations(self._items, size):
                out.append(Scope(dict(combo)))
        return out

    def narrow(self, **dims: str) -> Scope:
        """A narrower scope with extra dimensions added (existing ones may not change)."""
        for k, v in dims.items():
            if k in self and self[k] != v:
                raise ScopeError(f"cannot change dimension {k!r} from {self[k]!r} to {v!r}")
        return Scope({**self.as_dict(), **dims})

    def depth(self) -> int:
        return len(self._items)


ScopeLike = Scope | Mapping[str, str]
