"""A client bound to a scope floor (``Spectron.bound``): confined to the floor and narrower, everything else refused
with ScopeError before anything is read or written."""

from __future__ import annotations

import pytest

from spectron_core import AsyncSpectron, NotFoundError, Scope, ScopeError

FLOOR = {"org": "acme", "user": "alice"}
NARROWER = {"org": "acme", "user": "alice", "agent": "x"}
OUTSIDE = [
    pytest.param({"org": "acme"}, id="org-ancestor"),
    pytest.param({}, id="global"),
    pytest.param({"org": "acme", "user": "bob"}, id="sibling-user"),
    pytest.param({"org": "other"}, id="other-org"),
    pytest.param({"org": "other", "user": "alice"}, id="same-user-other-org"),
    pytest.param({"user": "alice"}, id="user-without-org"),
    pytest.param({"org": "acme", "agent": "x"}, id="org-agent-without-user"),
]
TRIPLE = [("Person/alice", "food_preference", "fish")]


@pytest.fixture()
def agent(mem):
    return mem.bound(FLOOR)


def rows(mem):
    return mem._engine.store.count()


def test_bound_defaults_to_the_floor(mem, agent):
    assert agent.floor == Scope(FLOOR)
    s = agent.sessions.create()
    assert s.scope == Scope(FLOOR)
    agent.remember(triples=[("Person/alice", "food_preference", "vegetarian")])
    [v] = mem.history("Person/alice", "food_preference", scope=FLOOR)
    assert v.scope == FLOOR
    assert [v.id for v in agent.history("Person/alice", "food_preference")] == [v.id]
    assert {i.id for i in agent.sessions.list()} == {i.id for i in mem.sessions.list(FLOOR)}
    assert s.id in {i.id for i in agent.sessions.list()}


def test_bound_reads_see_ancestors_but_not_siblings(mem, agent):
    mem.remember(triples=[("Project/apollo", "status", "org-wide")], scope={"org": "acme"})
    mem.remember(triples=[("Project/apollo", "status", "bob-only")], scope={"org": "acme", "user": "bob"})
    agent.remember(triples=[("Project/apollo", "status", "alice-only")])
    assert {v.value for v in agent.history("Project/apollo", "status")} == {"org-wide", "alice-only"}
    items = agent.recall("apollo status", top_k=20).items
    assert items and all(Scope(i.scope).visible_from(FLOOR) for i in items)
    assert "bob-only" not in {i.value for i in items}


@pytest.mark.parametrize("scope", OUTSIDE)
def test_outside_the_floor_raises_and_writes_nothing(mem, agent, scope):
    before = rows(mem)
    calls = {
        "sessions.create": lambda: agent.sessions.create(scope=scope),
        "sessions.list": lambda: agent.sessions.list(scope),
        "remember": lambda: agent.remember(triples=TRIPLE, scope=scope),
        "remember-text": lambda: agent.remember("I now eat fish.", scope=scope),
        "history": lambda: agent.history("Person/alice", "food_preference", scope=scope),
        "recall": lambda: agent.recall("fish", scope=scope),
        "profile": lambda: agent.profile(scope=scope),
        "forget": lambda: agent.forget(scope=scope),
        "forget-purge": lambda: agent.forget(scope=scope, purge=True),
        "traces": lambda: agent.traces(scope=scope),
        "audit": lambda: agent.audit(scope=scope),
        "bound": lambda: agent.bound(scope),
    }
    not_raised = []
    for name, call in calls.items():
        try:
            call()
        except ScopeError:
            continue
        not_raised.append(name)
    assert not_raised == [], f"these calls reached outside the floor: {not_raised}"
    assert rows(mem) == before


def test_rejected_forget_leaves_other_users_data(mem, agent):
    mem.remember(triples=[("Person/bob", "food_preference", "steak")], scope={"org": "acme", "user": "bob"})
    with pytest.raises(ScopeError):
        agent.forget(scope={"org": "acme", "user": "bob"}, purge=True)
    with pytest.raises(ScopeError):
        agent.forget(entity="Person/bob", scope={"org": "acme"})
    assert [v.value for v in mem.history("Person/bob", "food_preference", scope={"org": "acme", "user": "bob"})] \
        == ["steak"]


def test_narrower_scope_is_allowed(mem, agent):
    s = agent.sessions.create(scope=NARROWER)
    assert s.scope == Scope(NARROWER)
    agent.remember(triples=TRIPLE, scope=NARROWER)
    assert [v.value for v in agent.history("Person/alice", "food_preference", scope=NARROWER)] == ["fish"]
    assert s.id in {i.id for i in agent.sessions.list(NARROWER)}
    assert s.id in {i.id for i in agent.sessions.list()}  # listed under the floor
    narrower = agent.bound(NARROWER)
    assert narrower.floor == Scope(NARROWER)
    with pytest.raises(ScopeError):
        narrower.sessions.create(scope=FLOOR)  # the new floor holds


def test_order_of_dimensions_does_not_matter(agent):
    s = agent.sessions.create(scope={"user": "alice", "org": "acme"})
    assert s.scope == Scope(FLOOR)


def test_sibling_session_id_is_not_found(mem, agent):
    bobs = mem.sessions.create(scope={"org": "acme", "user": "bob"})
    orgs = mem.sessions.create(scope={"org": "acme"})
    for sid in (bobs.id, orgs.id):
        with pytest.raises(NotFoundError):
            agent.sessions.get(sid)
    mine = agent.sessions.create(scope=NARROWER)
    assert agent.sessions.get(mine.id).id == mine.id


def test_a_sibling_session_name_is_a_separate_session_and_reveals_nothing(mem, agent):
    """Issue #14 item 6: session names are qualified by scope, so a bound client naming a session like a
    sibling's gets its own session (it used to fail with "exists with another scope", which also told it
    the sibling's session existed), and the sibling's session is untouched."""
    bobs = mem.sessions.create(scope={"org": "acme", "user": "bob"}, session_id="shared-name")
    bobs.add_turn("user", "bob's private turn")
    mine = agent.sessions.create(session_id="shared-name")  # at the floor: a different scope than bob's
    assert mine.id != bobs.id and mine.scope == Scope(FLOOR) and mine.turns() == []
    assert mem.sessions.get(bobs.id).scope == Scope({"org": "acme", "user": "bob"})
    assert [t.content for t in mem.sessions.get(bobs.id).turns()] == ["bob's private turn"]
    assert agent.sessions.create(session_id="shared-name").id == mine.id  # the name reopens mine
    with pytest.raises(NotFoundError):
        agent.sessions.get(bobs.id)


def test_sessions_of_a_bound_client_cannot_escape(mem, agent):
    before_session = agent.sessions.create()
    before = rows(mem)
    for scope in ({"org": "acme"}, {"org": "acme", "user": "bob"}, {}):
        with pytest.raises(ScopeError):
            before_session.forget(scope=scope)
    assert rows(mem) == before


def test_bound_of_bound_only_narrows(mem, agent):
    for broader in ({"org": "acme"}, {}, {"org": "acme", "user": "bob"}):
        with pytest.raises(ScopeError):
            agent.bound(broader)
    assert agent.bound(FLOOR).floor == Scope(FLOOR)
    # an unbound client may bind anywhere
    assert mem.bound({"org": "other"}).floor == Scope({"org": "other"})


def test_invalid_floor_raises(mem):
    for bad in ({"Org": "acme"}, {"org": ""}, {"org": 3}):
        with pytest.raises(ScopeError):
            mem.bound(bad)


async def test_async_bound_client_is_confined(mem):
    amem = AsyncSpectron(sync=mem).bound(FLOOR)
    assert amem.floor == Scope(FLOOR)
    before = rows(mem)
    with pytest.raises(ScopeError):
        await amem.remember(triples=TRIPLE, scope={"org": "acme"})
    with pytest.raises(ScopeError):
        await amem.sessions.create(scope={"org": "acme", "user": "bob"})
    with pytest.raises(ScopeError):
        await amem.sessions.list({})
    with pytest.raises(ScopeError):
        await amem.history("Person/alice", "food_preference", scope={})
    assert rows(mem) == before
    async with amem.sessions.create() as s:
        assert s.scope == Scope(FLOOR)
