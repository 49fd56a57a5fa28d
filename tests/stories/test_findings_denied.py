"""A denial of a party's findings ("The firm rejected the ministry's findings.") answers that
party's statement just before it that names the denier, not the party's other statements (texts
written for these tests)."""

from __future__ import annotations

from whatweknow.stories.contradictions import owned_account
from whatweknow.story_contract import StoryClaim

from .reports import said_claim

MINISTRY = "org:health ministry"
FIRM = "org:brask solvents"
NAMES = {"health ministry", "brask solvents"}

TOLL = "four people had died after drinking tainted liquor"
MATCHED = "the solvent matched one imported by Brask Solvents"
STORED = "the solvent had been stored at a depot in Kellin"


def _answered(*before: StoryClaim) -> StoryClaim | None:
    denial = said_claim("c9", "the ministry's findings", 300, FIRM, "denied")
    got = owned_account(denial, [*before, denial], NAMES, {})
    return None if got is None else got[0]


def test_the_findings_answer_the_statement_that_names_the_denier() -> None:
    toll = said_claim("c1", TOLL, 40, MINISTRY)
    matched = said_claim("c2", MATCHED, 150, MINISTRY)
    assert _answered(toll, matched) is matched


def test_the_findings_answer_no_statement_that_leaves_the_denier_out() -> None:
    """The death toll, nearest or not, is not what the firm rejects: no pair."""
    toll = said_claim("c1", TOLL, 40, MINISTRY)
    stored = said_claim("c2", STORED, 150, MINISTRY)
    assert _answered(toll, stored) is None


def test_the_findings_answer_no_statement_of_another_party() -> None:
    matched = said_claim("c2", MATCHED, 150, "org:kellin police")
    assert _answered(matched) is None
