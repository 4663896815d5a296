"""Scope validation and the visibility rules of ``spectron_core/_scope.py`` (security-relevant: tested as tables)."""

from __future__ import annotations

import pytest

from spectron_core import Scope, ScopeError, ValidationError
from spectron_core._scope import MAX_DIMENSIONS, MAX_VALUE_LENGTH

G: dict[str, str] = {}
ACME = {"org": "acme"}
OTHER = {"org": "other"}
ALICE = {"org": "acme", "user": "alice"}
BOB = {"org": "acme", "user": "bob"}
ALICE_OTHER_ORG = {"org": "other", "user": "alice"}
ALICE_PLANNER = {"org": "acme", "user": "alice", "agent": "planner"}
ALICE_WRITER = {"org": "acme", "user": "alice", "agent": "writer"}
BOB_PLANNER = {"org": "acme", "user": "bob", "agent": "planner"}
ACME_PLANNER = {"org": "acme", "agent": "planner"}  # org-level agent, no user
USER_ONLY = {"user": "alice"}  # a scope with a user but no org


# -- validation -------------------------------------------------------------------------------------------

BAD_SCOPES = [
    pytest.param({"Org": "acme"}, id="uppercase-dimension"),
    pytest.param({"1org": "acme"}, id="dimension-starts-with-digit"),
    pytest.param({"_org": "acme"}, id="dimension-starts-with-underscore"),
    pytest.param({"org-id": "acme"}, id="dimension-with-dash"),
    pytest.param({"org id": "acme"}, id="dimension-with-space"),
    pytest.param({"": "acme"}, id="empty-dimension"),
    pytest.param({"a" * 33: "x"}, id="dimension-33-chars"),
    pytest.param({"orgé": "acme"}, id="non-ascii-dimension"),
    pytest.param({1: "acme"}, id="non-string-dimension"),
    pytest.param({"org": 1}, id="int-value"),
    pytest.param({"org": None}, id="none-value"),
    pytest.param({"org": ["acme"]}, id="list-value"),
    pytest.param({"org": b"acme"}, id="bytes-value"),
    pytest.param({"org": True}, id="bool-value"),
    pytest.param({"org": ""}, id="empty-value"),
    pytest.param({"org": "   "}, id="whitespace-value"),
    pytest.param({"org": "x" * (MAX_VALUE_LENGTH + 1)}, id="value-too-long"),
    pytest.param({"org": "ac\x00me"}, id="nul-in-value"),
    pytest.param({f"d{i}": "v" for i in range(MAX_DIMENSIONS + 1)}, id="too-many-dimensions"),
    pytest.param("org=acme", id="string-not-mapping"),
    pytest.param([("org", "acme")], id="list-of-pairs-not-mapping"),
]


@pytest.mark.parametrize("bad", BAD_SCOPES)
def test_invalid_scopes_raise_scope_error(bad):
    with pytest.raises(ScopeError):
        Scope(bad)
    with pytest.raises(ScopeError):
        Scope.of(bad)


def test_scope_error_is_a_validation_error_and_value_error():
    assert issubclass(ScopeError, ValidationError)
    assert issubclass(ScopeError, ValueError)


def test_keyword_duplicate_of_mapping_dimension_rejected():
    with pytest.raises(ScopeError):
        Scope({"org": "acme"}, org="other")


GOOD_SCOPES = [
    pytest.param({}, id="global"),
    pytest.param({"org": "acme"}, id="one-dim"),
    pytest.param({"a" * 32: "x"}, id="dimension-32-chars"),
    pytest.param({"a": "x"}, id="dimension-1-char"),
    pytest.param({"org_2": "acme"}, id="dimension-with-digit-underscore"),
    pytest.param({"org": "x" * MAX_VALUE_LENGTH}, id="value-max-length"),
    pytest.param({"org": "Acme Corp / ü ✓"}, id="unicode-value"),
    pytest.param({f"d{i}": "v" for i in range(MAX_DIMENSIONS)}, id="max-dimensions"),
]


@pytest.mark.parametrize("good", GOOD_SCOPES)
def test_valid_scopes_accepted_and_round_trip(good):
    s = Scope(good)
    assert s.as_dict() == good
    assert len(s) == len(good)
    assert Scope.from_key(s.key) == s
    assert s == good


def test_equality_and_key_are_order_insensitive():
    a = Scope({"org": "acme", "user": "alice", "agent": "x"})
    b = Scope({"agent": "x", "user": "alice", "org": "acme"})
    c = Scope(user="alice", agent="x", org="acme")
    assert a == b == c
    assert a.key == b.key == c.key
    assert hash(a) == hash(b) == hash(c)
    assert a == {"user": "alice", "agent": "x", "org": "acme"}  # equal to a plain dict too
    assert len({a, b, c}) == 1
    assert list(a) == sorted(a)  # canonical order


def test_key_distinguishes_different_scopes():
    keys = {Scope(s).key for s in (G, ACME, ALICE, BOB, ALICE_OTHER_ORG, USER_ONLY, ALICE_PLANNER)}
    assert len(keys) == 7
    # Values containing separators cannot collide with another split of the same characters.
    assert Scope({"a": "b,c"}).key != Scope({"a": "b", "c": "x"}).key
    assert Scope({"a": 'x"],["y","z'}).key != Scope({"a": "x", "y": "z"}).key


def test_scope_is_immutable_mapping():
    s = Scope(ALICE)
    with pytest.raises(TypeError):
        s["org"] = "other"  # type: ignore[index]
    with pytest.raises(AttributeError):
        s.foo = 1  # type: ignore[attr-defined]


def test_invalid_scope_is_not_equal_rather_than_raising():
    assert Scope(ACME) != {"Org": "acme"}
    assert Scope(ACME) != "acme"


# -- the rules as a table -----------------------------------------------------------------------------------
# (record scope R, query scope Q, R.contains(Q), R.visible_from(Q))

RULES = [
    # same scope
    (G, G, True, True),
    (ALICE, ALICE, True, True),
    # an org query sees its users' records (R narrower than Q)
    (ALICE, ACME, True, True),
    (BOB, ACME, True, True),
    (ALICE_PLANNER, ACME, True, True),
    (ACME_PLANNER, ACME, True, True),
    # a user query sees org-wide and global records (R an ancestor of Q)
    (ACME, ALICE, False, True),
    (G, ALICE, False, True),
    (G, ACME, False, True),
    # sibling users never
    (BOB, ALICE, False, False),
    (ALICE, BOB, False, False),
    (BOB_PLANNER, ALICE, False, False),
    (BOB_PLANNER, ALICE_PLANNER, False, False),
    # a different org never, even for the same user name
    (OTHER, ALICE, False, False),
    (ALICE_OTHER_ORG, ALICE, False, False),
    (ALICE, OTHER, False, False),
    (ALICE_OTHER_ORG, ACME, False, False),
    # global sees everything
    (ALICE, G, True, True),
    (ALICE_PLANNER, G, True, True),
    (OTHER, G, True, True),
    # deeper dimensions: agent
    (ALICE_PLANNER, ALICE, True, True),  # the user sees their agent's memory
    (ALICE, ALICE_PLANNER, False, True),  # the agent sees its user's memory
    (ACME, ALICE_PLANNER, False, True),
    (G, ALICE_PLANNER, False, True),
    (ALICE_WRITER, ALICE_PLANNER, False, False),  # sibling agents of one user
    (ACME_PLANNER, ALICE_PLANNER, False, True),  # {org, agent} is a subset of {org, user, agent}: ancestor
    (ALICE_PLANNER, ACME_PLANNER, True, True),
    (ACME_PLANNER, ALICE, False, False),  # an org-level agent's memory is not a user's ancestor
    (ALICE, ACME_PLANNER, False, False),
    # a scope without org is not an ancestor of a scope with another user
    (USER_ONLY, ALICE, False, True),
    (USER_ONLY, BOB, False, False),
    (USER_ONLY, ACME, False, False),
    (ALICE, USER_ONLY, True, True),
]


@pytest.mark.parametrize(
    ("record", "query", "contains", "visible"),
    RULES,
    ids=[f"R={r}-Q={q}" for r, q, _, _ in RULES],
)
def test_rules_table(record, query, contains, visible):
    r = Scope(record)
    assert r.contains(query) is contains
    assert r.within(query) is contains
    assert r.visible_from(query) is visible
    # visibility is symmetric in the definition (R contains Q or Q contains R)
    assert Scope(query).visible_from(record) is visible


def test_contains_is_reflexive_and_transitive():
    chain = [Scope(G), Scope(ACME), Scope(ALICE), Scope(ALICE_PLANNER)]
    for i, a in enumerate(chain):
        assert a.contains(a)
        for b in chain[: i + 1]:
            assert a.contains(b), (a, b)
        for b in chain[i + 1 :]:
            assert not a.contains(b), (a, b)


def test_ancestors_are_every_strict_subset_broadest_first():
    s = Scope(ALICE_PLANNER)
    anc = s.ancestors()
    assert len(anc) == 2**3 - 1
    assert anc[0] == Scope()
    assert [a.depth() for a in anc] == sorted(a.depth() for a in anc)
    assert set(anc) == {
        Scope(G),
        Scope({"org": "acme"}),
        Scope({"user": "alice"}),
        Scope({"agent": "planner"}),
        Scope({"org": "acme", "user": "alice"}),
        Scope({"org": "acme", "agent": "planner"}),
        Scope({"user": "alice", "agent": "planner"}),
    }
    assert s not in anc
    assert s.ancestors(include_self=True)[-1] == s
    assert Scope().ancestors() == []
    assert Scope(ACME).ancestors() == [Scope()]
    for a in anc:
        assert a.is_ancestor_of(s)
        assert s.visible_from(a) and a.visible_from(s)
    assert not s.is_ancestor_of(s)


def test_no_sibling_is_an_ancestor():
    anc = set(Scope(ALICE).ancestors())
    for sibling in (BOB, OTHER, ALICE_OTHER_ORG, {"user": "bob"}, BOB_PLANNER):
        assert Scope(sibling) not in anc


def test_narrow_adds_dimensions_but_cannot_change_them():
    s = Scope(ALICE).narrow(agent="planner")
    assert s == ALICE_PLANNER
    assert Scope(ALICE).narrow(user="alice") == ALICE
    with pytest.raises(ScopeError):
        Scope(ALICE).narrow(user="bob")
    with pytest.raises(ScopeError):
        Scope(ALICE).narrow(Agent="x")


def test_from_key_rejects_garbage():
    for bad in ("not json", '[["Org","x"]]', "[[1,2]]", '[["org",""]]'):
        with pytest.raises(ScopeError):
            Scope.from_key(bad)


def test_of_accepts_none_mapping_scope():
    assert Scope.of(None) == Scope()
    s = Scope(ALICE)
    assert Scope.of(s) is s
    assert Scope.of(ALICE) == s
