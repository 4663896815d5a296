"""A bare self-repair sets right what the user just said (``_write/_restated``, read in ``_write/_unread_change``).

"I work at Deloitte." then "oops, I meant KPMG": the repair names no value, and an embedding cannot tell which
value "KPMG" is for (it knows little of names). The user's latest statement is said again with the words given in
each value's place and read by the rules; the value whose key reads them is the one set right. Every sentence here
is this file's own: positives in many forms and keys, and traps where nothing may change (apologies, excuses, a
slip about something else, a word the old slot cannot hold, a repair of something never stored).
"""

from __future__ import annotations

from typing import Any

import pytest

from spectron_core import Spectron
from spectron_core._write._corrected import SELF_REPAIR, corrector, denies_another, led_only
from tests.support import at
from tests.support import own_scope as _scope
from tests.support import principals_facts as _shown
from tests.support import said_a_day_apart as _said


@pytest.fixture(scope="module")
def mem(tmp_path_factory: pytest.TempPathFactory) -> Any:
    store = Spectron(path=str(tmp_path_factory.mktemp("bare-repair") / "store"))
    yield store
    store.close()


# -- which words a bare repair gives ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,given",
    [
        ("scratch that, York", "York"),
        ("no wait, Oasis.", "Oasis"),
        ("wait no - asana", "asana"),
        ("oops, 25", "25"),
        ("whoops!! KPMG lol", "KPMG"),
        ("my bad, bitwarden", "bitwarden"),
        ("hang on, Glasgow", "Glasgow"),
        ("let me fix that: hyperion", "hyperion"),
        ("err, 34", "34"),
        ("sorry, oops - Santander", "Santander"),
    ],
)
def test_a_value_said_alone_after_a_word_of_repair_is_given(text: str, given: str) -> None:
    assert SELF_REPAIR.search(text)
    found = corrector(text, "", set())
    assert found is not None and found.strip() == given


def test_a_value_after_a_word_that_is_no_repair_alone_is_read_only_by_rereading() -> None:
    """"oops", "wait", "hang on" are no self-repair on their own ("oops, burned the pasta"): a value after them is
    set right only where the statement just made reads it (``led_only``); "scratch that" and "my bad" are."""
    assert led_only("oops, 25") and led_only("hang on, Glasgow") and led_only("whoops!! KPMG lol")
    assert not led_only("scratch that, york") and not led_only("my bad, bitwarden")


@pytest.mark.parametrize(
    "text",
    [
        "sorry, tom",  # an apology to someone, or an excuse
        "ugh, mondays",  # a sigh
        "oops, wrong chat",
        "sorry, busy day",
        "wait, really?",
        "oops haha",
        "my bad, long day",
        "oops, double post",
        "wait, what was that?",
        "whoops, ignore that",
    ],
)
def test_an_apology_a_sigh_or_a_slip_about_the_talk_gives_no_value(text: str) -> None:
    found = corrector(text, "", set())
    assert not (led_only(text) and found is not None)


def test_a_denial_of_something_not_on_record_is_about_something_else() -> None:
    assert denies_another("typo in my last message, i meant tuesday not thursday", ["Mark", "Deloitte"])
    assert not denies_another("i meant kpmg, not deloitte", ["Deloitte"])
    assert not denies_another("no wait, oasis", ["Blur"])


# -- the value just said is set right --------------------------------------------------------------------------


REPAIRS = [
    ("I work at Deloitte.", "oops, I meant KPMG", "employer", "deloitte", "kpmg"),
    ("I work at Deloitte.", "sorry, I meant KPMG", "employer", "deloitte", "kpmg"),
    ("i work for deloitte", "scratch that - pwc", "employer", "deloitte", "pwc"),
    ("I live in Leeds.", "scratch that, York", "home", "leeds", "york"),
    ("I live in Leeds.", "no wait, Harrogate!", "home", "leeds", "harrogate"),
    ("I'm 52.", "oops, 25", "age", "52", "25"),
    ("i am 61 years old", "err, 16 lol", "age", "61", "16"),
    ("I use Trello for my tasks.", "I meant Asana.", "to_do_app", "trello", "asana"),
    ("I keep my passwords in LastPass.", "my bad, bitwarden", "password_manager", "lastpass", "bitwarden"),
    ("My favourite band is Blur.", "no wait, Oasis.", "favorite_music", "blur", "oasis"),
    ("My favourite film is Heat.", "no wait - Alien", "favorite_movie", "heat", "alien"),
    ("My favourite colour is blue.", "no wait, green!", "favorite_color", "blue", "green"),
    ("I drive a Civic.", "whoops, a Corolla", "vehicle", "civic", "corolla"),
    ("I'm a nurse.", "scratch that, midwife", "role", "nurse", "midwife"),
    ("I bank with Lloyds.", "oops i meant halifax 🙈", "bank", "lloyds", "halifax"),
]


@pytest.mark.parametrize("first,second,key,old,new", REPAIRS, ids=[f"{r[0][:20]}|{r[1][:20]}" for r in REPAIRS])
def test_a_bare_repair_sets_right_the_value_just_said(
    mem: Any, first: str, second: str, key: str, old: str, new: str
) -> None:
    scope, shown = _said(mem, first, second, key, old)
    values = [f.value.casefold() for f in shown]
    assert any(new in v for v in values), (second, values)
    assert not any(old == v for v in values), (second, values)
    chain = mem.history(f"Person/{scope['user']}", key, scope=scope)
    assert any(old in v.value.casefold() and v.valid_until is not None for v in chain)


def test_a_number_sets_right_the_number_of_a_statement_of_two_values(mem: Any) -> None:
    scope, shown = _said(mem, "I'm 52 and I live in Leeds.", "oops, 25", "age", "52")
    assert [f.value for f in shown] == ["25"]
    assert [f.value for f in _shown(mem, scope, "home")] == ["Leeds"]


def test_words_two_values_of_the_statement_could_take_set_neither_right(mem: Any) -> None:
    scope, shown = _said(mem, "I drive a Corsa and I work at Tesco.", "scratch that, Asda", "vehicle", "corsa")
    assert [f.value for f in shown] == ["Corsa"]
    assert [f.value for f in _shown(mem, scope, "employer")] == ["Tesco"]


def test_a_name_said_in_passing_is_not_set_right_by_a_day(mem: Any) -> None:
    scope = _scope("tom friday saturday")
    mem.remember("I'm meeting my friend Tom on Friday.", scope=scope, observed_at=at(0))
    mem.remember("oops, Saturday", scope=scope, observed_at=at(1))
    mem.remember("My sister is Anna.", scope=scope, observed_at=at(2))
    mem.remember("oops, Monday", scope=scope, observed_at=at(3))
    objects = [r.object for r in mem.profile(scope=scope).relations]
    assert "Person/saturday" not in objects and "Person/anna" in objects, objects


def test_the_repair_is_of_the_latest_statement_not_an_older_one(mem: Any) -> None:
    scope = _scope("latest statement")
    mem.remember("I live in Leeds.", scope=scope, observed_at=at(0))
    mem.remember("I work at Deloitte.", scope=scope, observed_at=at(0, hours=1))
    mem.remember("oops, I meant KPMG", scope=scope, observed_at=at(0, hours=2))
    assert [f.value for f in _shown(mem, scope, "employer")] == ["KPMG"]
    assert [f.value for f in _shown(mem, scope, "home")] == ["Leeds"]


def test_a_name_just_given_is_set_right(mem: Any) -> None:
    for first, second, old, new in [
        ("My dog is called Rex.", "oops, Max", "Pet/rex", "Pet/max"),
        ("My dog is called Rex.", "typo, it's Max", "Pet/rex", "Pet/max"),
        ("My son is Leo.", "wait no, Theo", "Person/leo", "Person/theo"),
    ]:
        scope = _scope(first + second)
        mem.remember(first, scope=scope, observed_at=at(0))
        mem.remember(second, scope=scope, observed_at=at(1))
        objects = [r.object for r in mem.profile(scope=scope).relations]
        assert new in objects and old not in objects, (second, objects)


NOT_REPAIRS = [
    ("I live in Leeds.", "sorry, wrong chat", "home", "leeds"),
    ("I live in Leeds.", "oops, burned the pasta", "home", "leeds"),
    ("I work at Deloitte.", "sorry, busy day", "employer", "deloitte"),
    ("I work at Deloitte.", "sorry, Tom", "employer", "deloitte"),
    ("I live in Leeds.", "ugh, Mondays", "home", "leeds"),
    ("I'm 52.", "oops, 5 minutes late", "age", "52"),
    ("I live in Leeds.", "sorry, Bradford traffic", "home", "leeds"),
    ("My favourite band is Blur.", "wait, Oasis are touring?", "favorite_music", "blur"),
    ("I drive a Civic.", "sorry, the dog", "vehicle", "civic"),
    ("I'm a nurse.", "oops, coffee spill", "role", "nurse"),
    ("I work at Deloitte.", "typo in my last message, i meant tuesday not thursday", "employer", "deloitte"),
    ("I use Trello for my tasks.", "oops, wrong window", "to_do_app", "trello"),
    ("I live in Leeds.", "oops, hungry", "home", "leeds"),  # a word of a slip before a lower-case word
    ("I live in Leeds.", "hang on, doorbell", "home", "leeds"),
    ("I work at Deloitte.", "hang on, brb", "employer", "deloitte"),
    ("I live in Leeds.", "actually it's lovely", "home", "leeds"),  # a remark on the value
    ("My favourite colour is green.", "oops, Tom", "favorite_color", "green"),  # a colour, set right by a colour
    ("I live in Leeds.", "wait, Mum", "home", "leeds"),  # a relative is no place
    ("I'm 52.", "oops, 100%", "age", "52"),
    ("I speak French.", "my bad, fluently", "languages", "french"),
    ("I work at Deloitte.", "oops, Friday", "employer", "deloitte"),
    ("I live in Leeds.", "wait, 10", "home", "leeds"),  # a number sets right only a number
]


@pytest.mark.parametrize("first,second,key,old", NOT_REPAIRS, ids=[r[1][:30] for r in NOT_REPAIRS])
def test_an_apology_or_a_slip_about_something_else_sets_nothing_right(
    mem: Any, first: str, second: str, key: str, old: str
) -> None:
    _, shown = _said(mem, first, second, key, old)
    assert [f.value.casefold() for f in shown] == [old]


def test_a_name_after_a_slip_of_something_else_stays(mem: Any) -> None:
    scope = _scope("husband mark tuesday")
    mem.remember("My husband is called Mark.", scope=scope, observed_at=at(0))
    mem.remember("oops, 5 minutes late", scope=scope, observed_at=at(1))
    mem.remember("typo in my last message, i meant tuesday not thursday", scope=scope, observed_at=at(2))
    assert "Person/mark" in [r.object for r in mem.profile(scope=scope).relations]


def test_a_repair_reads_by_rule_even_when_the_store_has_its_own_extractor(tmp_path: Any) -> None:
    """The rereading is the rules', whatever extracts the store's statements (a model, say): it makes no call to
    that extractor, and the value is still set right."""
    from spectron_core import Extraction, ExtractionContext, RuleExtractor

    class Delegating:
        name = "delegating"

        def __init__(self) -> None:
            self.rules, self.calls = RuleExtractor(), 0

        def extract(self, ctx: ExtractionContext) -> Extraction:
            self.calls += 1
            return self.rules.extract(ctx)

        def extract_many(self, ctxs: list[ExtractionContext]) -> list[Extraction]:
            return [self.extract(c) for c in ctxs]

    own = Delegating()
    with Spectron(path=str(tmp_path / "s"), extractor=own) as store:
        scope = _scope("own extractor")
        store.remember("I work at Deloitte.", scope=scope, observed_at=at(0))
        store.remember("oops, I meant KPMG", scope=scope, observed_at=at(1))
        assert own.calls == 2  # the two statements, not the rereading
        assert [f.value for f in _shown(store, scope, "employer")] == ["KPMG"]
