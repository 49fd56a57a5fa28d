"""A denial of "that account" answers a party's one statement just before it; where that party
gave two statements there, which one it denies is not clear, and no pair is made (texts written
for these tests)."""

from __future__ import annotations

from whatweknow.model import Modality
from whatweknow.stories.contradictions import owned_account
from whatweknow.stories.text import content_terms
from whatweknow.story_contract import StoryClaim

from .reports import report as one_report

NURSE = "person:ava lind"
CLINIC = "org:velm clinic"


def _claim(
    cid: str, text: str, start: int, source: str, modality: Modality = "reported"
) -> StoryClaim:
    report = one_report(cid, text, source, modality, start)
    return StoryClaim(
        id=cid,
        text=text,
        polarity="negative" if modality == "denied" else "positive",
        reports=[report],
        actors=[source],
        terms=sorted(content_terms(text)),
    )


DOSE = "the patients had received a dose far higher than planned"
RECORDS = "the clinic had passed the records to the regulator"


def _answered(noun: str, *before: StoryClaim) -> StoryClaim | None:
    denial = _claim("c9", f"that {noun}", 200, CLINIC, "denied")
    got = owned_account(denial, [*before, denial], {"ava lind", "velm clinic"}, {})
    return None if got is None else got[0]


def test_that_account_answers_one_statement() -> None:
    records = _claim("c2", RECORDS, 120, NURSE)
    assert _answered("account", records) is records


def test_that_account_answers_no_one_of_two_statements() -> None:
    dose = _claim("c1", DOSE, 40, NURSE)
    records = _claim("c2", RECORDS, 120, NURSE)
    assert _answered("account", dose, records) is None
    assert _answered("claim", dose, records) is records  # "the claim": the last one


def test_a_partys_account_answers_none_of_its_frameless_asides() -> None:
    """ "The crew were in good health, the navy said. … The Front disputed the navy's account.":
    a state without a proposition is no account of the event; nothing else of the navy's is
    there, so no pair."""
    health = _claim("c1", "the two boatmen were in good health", 40, "org:osk navy")
    denial = _claim("c9", "the navy's account", 200, CLINIC, "denied")
    assert owned_account(denial, [health, denial], {"osk navy", "velm clinic"}, {}) is None
    framed = health.model_copy(update={"frame": "free", "predicate": "free"})
    got = owned_account(denial, [framed, denial], {"osk navy", "velm clinic"}, {})
    assert got is not None and got[0] is framed
