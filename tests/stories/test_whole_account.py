"""A denial of "that account" answers a party's one statement just before it; where that party
gave two statements there, which one it denies is not clear, and no pair is made (texts written
for these tests)."""

from __future__ import annotations

from whatweknow.stories.contradictions import owned_account
from whatweknow.story_contract import StoryClaim

from .reports import said_claim

NURSE = "person:ava lind"
CLINIC = "org:velm clinic"


DOSE = "the patients had received a dose far higher than planned"
RECORDS = "the clinic had passed the records to the regulator"


def _answered(noun: str, *before: StoryClaim) -> StoryClaim | None:
    denial = said_claim("c9", f"that {noun}", 200, CLINIC, "denied")
    got = owned_account(denial, [*before, denial], {"ava lind", "velm clinic"}, {})
    return None if got is None else got[0]


def test_that_account_answers_one_statement() -> None:
    records = said_claim("c2", RECORDS, 120, NURSE)
    assert _answered("account", records) is records


def test_that_account_answers_no_one_of_two_statements() -> None:
    dose = said_claim("c1", DOSE, 40, NURSE)
    records = said_claim("c2", RECORDS, 120, NURSE)
    assert _answered("account", dose, records) is None
    assert _answered("claim", dose, records) is records  # "the claim": the last one


def test_a_partys_account_answers_none_of_its_frameless_asides() -> None:
    """ "The crew were in good health, the navy said. … The Front disputed the navy's account.":
    a state without a proposition is no account of the event; nothing else of the navy's is
    there, so no pair."""
    health = said_claim("c1", "the two boatmen were in good health", 40, "org:osk navy")
    denial = said_claim("c9", "the navy's account", 200, CLINIC, "denied")
    assert owned_account(denial, [health, denial], {"osk navy", "velm clinic"}, {}) is None
    framed = health.model_copy(update={"frame": "free", "predicate": "free"})
    got = owned_account(denial, [framed, denial], {"osk navy", "velm clinic"}, {})
    assert got is not None and got[0] is framed
