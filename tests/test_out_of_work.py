"""Out of work and back in it: a new job ends "unemployed", a business started is a job, and a clause that says
"now" holds from now even when another clause of its sentence is dated.

``AttributeSpec.ended_by`` says which values another key's new value ends (``role`` unemployed, between jobs, out
of work and jobless are ended by an ``employer``; ``retired`` is not: a retiree's part-time job does not end the
retirement). Every sentence was written for this file, in several spellings, with negatives beside them.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from spectron_core import (
    AttributeSpec,
    ExtractedAttribute,
    Extraction,
    ExtractionContext,
    Ontology,
    Spectron,
)
from tests.support import ALICE_SCOPE, SPEAKER, at, mine, profile_values


def _say(mem: Spectron, *turns: str) -> None:
    for day, text in enumerate(turns):
        mem.remember(text, scope=ALICE_SCOPE, observed_at=at(day))


# -- a new employer ends being out of work --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("jobless", "job", "employer"),
    [
        ("i lost my job in march.", "i got a job at a bank", "bank"),
        ("I'm unemployed right now.", "Good news: I just started a new job at Hooli!", "hooli"),
        ("i got laid off", "i work at the public library now", "library"),
        ("I was fired last week.", "i'm working at a garden centre these days", "garden centre"),
        ("im between jobs at the moment", "i work for Globex now", "globex"),
        ("i'm out of work", "I found a job at the hospital.", "hospital"),
    ],
)
def test_a_new_employer_ends_being_out_of_work(tmp_path, jobless: str, job: str, employer: str) -> None:
    mem = Spectron(path=str(tmp_path / "store"))
    mem.remember(jobless, scope=ALICE_SCOPE, observed_at=at(0))
    before = profile_values(mem, "role")
    assert any(v in ("unemployed", "between jobs", "out of work", "jobless") for v in before), before
    mem.remember(job, scope=ALICE_SCOPE, observed_at=at(1))
    assert any(employer in v for v in profile_values(mem, "employer")), profile_values(mem, "employer")
    assert not any(v in ("unemployed", "between jobs", "out of work", "jobless") for v in profile_values(mem, "role"))
    roles = mem.history(SPEAKER, "role", scope=ALICE_SCOPE)
    assert roles and all(r.valid_until is not None for r in roles if r.value in ("unemployed", "between jobs")), [
        (r.value, r.valid_until) for r in roles
    ]


@pytest.mark.parametrize(
    "job", ["I work part time at the library now.", "i got a weekend job at a garden centre", "i work at a museum"]
)
def test_a_job_in_retirement_leaves_the_retirement(tmp_path, job: str) -> None:
    """ "retired" ends the employer, not the other way round: retirees take part-time jobs and stay retired."""
    mem = Spectron(path=str(tmp_path / "store"))
    _say(mem, "I'm retired.", job)
    assert "retired" in profile_values(mem, "role") and profile_values(mem, "employer")


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("i got laid off last year but now i work at a hospital", "hospital"),
        ("I lost my job two months ago, now I'm working at a bakery.", "bakery"),
        ("i was fired last month and currently i work for Initech", "initech"),
    ],
)
def test_a_dated_layoff_before_a_job_now_is_history(tmp_path, text: str, employer: str) -> None:
    """One turn: the layoff's date is the layoff's, the clause saying "now" holds from now, so the job is current
    and being out of work is history."""
    mem = Spectron(path=str(tmp_path / "store"))
    mem.remember(text, scope=ALICE_SCOPE, observed_at=at(30))
    assert any(employer in v for v in profile_values(mem, "employer")), profile_values(mem, "employer")
    assert "unemployed" not in profile_values(mem, "role"), profile_values(mem, "role")
    jobs = [v for v in mem.history(SPEAKER, "employer", scope=ALICE_SCOPE) if employer in v.value.casefold()]
    assert jobs and jobs[0].valid_from is not None and jobs[0].valid_from >= at(30) - timedelta(seconds=1)


def test_being_out_of_work_now_is_not_ended_by_a_past_job(tmp_path) -> None:
    mem = Spectron(path=str(tmp_path / "store"))
    _say(mem, "I worked at a bank for ten years.", "i got laid off last week, so i'm looking for work")
    assert "unemployed" in profile_values(mem, "role")


def test_present_clause_dates_only_itself(tmp_path) -> None:
    """ "we lived in paris in 2019 and now we live in rome": Paris is dated 2019, Rome holds from the turn."""
    mem = Spectron(path=str(tmp_path / "store"))
    when = datetime(2024, 5, 1, tzinfo=timezone.utc)
    mem.remember("i lived in paris in 2019 and now i live in rome", scope=ALICE_SCOPE, observed_at=when)
    assert profile_values(mem, "home") == ["rome"]
    rome = [v for v in mem.history(SPEAKER, "home", scope=ALICE_SCOPE) if v.value.casefold() == "rome"]
    assert rome and rome[0].valid_from == when


# -- a business started or opened is the speaker's job ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("i started a bakery", "bakery owner"),
        ("I started my own landscaping company last spring.", "landscaping business owner"),
        ("i opened my own shop last year", "shop owner"),
        ("so i just opened up a salon downtown !", "salon owner"),
        ("I founded a small software company.", "software business owner"),
        ("after i got laid off i started a bakery", "bakery owner"),
    ],
)
def test_a_business_started_is_owned(text: str, value: str) -> None:
    assert ("role", value) in [(f[1], f[2].casefold()) for f in mine(text, current=True)], mine(text)


@pytest.mark.parametrize(
    "text",
    [
        "i opened the window",
        "I opened a bank account yesterday.",
        "i started a blog about gardening",
        "we opened a restaurant in june",  # a family's business is not said to be the speaker's own
        "my brother started a company",
        "did you open a shop?",
    ],
)
def test_no_business_from_other_openings_or_other_people(text: str) -> None:
    assert not [f for f in mine(text) if f[1] == "role"], mine(text)


# -- the mechanism, for an application's own keys ----------------------------------------------------------------
class _Says:
    """An extractor that states exactly the given (key, value) facts of the speaker, as a model might."""

    name = "says"

    def __init__(self, *facts: tuple[str, str]) -> None:
        self.facts = facts

    def extract_many(self, ctxs: list[ExtractionContext]) -> list[Extraction]:
        return [self.extract(c) for c in ctxs]

    def extract(self, ctx: ExtractionContext) -> Extraction:
        return Extraction(attributes=[ExtractedAttribute(entity=ctx.principal, key=k, value=v) for k, v in self.facts])


def test_ended_by_works_for_a_custom_ontology(tmp_path) -> None:
    """``ended_by`` on an application's own key: "status = on leave" is ended by a new "project", "status =
    remote" is not (it is not listed), and the project itself stays."""
    ontology = Ontology(
        [
            AttributeSpec(key="status", ended_by={"on leave": ["project"]}),
            AttributeSpec(key="project"),
        ]
    )
    for status, kept in (("on leave", False), ("remote", True)):
        mem = Spectron(path=str(tmp_path / status.replace(" ", "-")), ontology=ontology)
        mem.remember("x", scope=ALICE_SCOPE, observed_at=at(0), extractor=_Says(("status", status)))
        mem.remember("y", scope=ALICE_SCOPE, observed_at=at(1), extractor=_Says(("project", "apollo")))
        assert profile_values(mem, "project") == ["apollo"]
        assert (profile_values(mem, "status") == [status]) is kept, profile_values(mem, "status")
        mem.close()


# -- a job lost said in the perfect, beside a new job, or as an idiom ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("i've been fired from my job at the diner", "diner"),
        ("I have been let go from Initech.", "initech"),
        ("ive been sacked from the warehouse", "warehouse"),
    ],
)
def test_a_job_lost_in_the_perfect_ends_it(tmp_path, text: str, employer: str) -> None:
    """ "i've been fired from my job at X" had read "my job at X" as a current employer."""
    assert ("role", "unemployed") in [(f[1], f[2]) for f in mine(text, current=True)], mine(text)
    mem = Spectron(path=str(tmp_path / "store"))
    _say(mem, f"I work at the {employer}.", text)
    assert not any(employer in v for v in profile_values(mem, "employer")), profile_values(mem, "employer")


@pytest.mark.parametrize(
    "text",
    [
        "i was fired and had to find a new job",
        "I got laid off but quickly found another job.",
        "i got let go and then landed a better job",
    ],
)
def test_a_loss_with_a_new_job_in_the_same_breath_is_no_unemployment(text: str) -> None:
    assert "unemployed" not in [f[2] for f in mine(text, ("role",))], mine(text)


def test_the_new_job_is_not_the_one_lost() -> None:
    assert not [f for f in mine("i got laid off but found a new job at a bank", ("employer",)) if "bank" in f[2]]


@pytest.mark.parametrize("text", ["i've been fired up about this project all week", "we got all fired up at the game"])
def test_fired_up_is_no_job_lost(text: str) -> None:
    assert not mine(text, ("role", "employer")), mine(text)
