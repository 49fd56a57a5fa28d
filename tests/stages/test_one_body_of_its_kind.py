"""A bare "the company", "the regulator" is the one body of the article known to be such (by
the last word of its name, or a noun put before it or beside it); two such, or a noun that is
no generic one ("the ministry"), leave the speaker as written. Texts written for these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model

OPENING = (
    "An intruder copied part of the billing database of the mobile operator Brovane Telecom, "
    "officials said on Monday.\n\nThe Selvan Communications Authority opened an investigation "
    "on Tuesday. Customers were told to change their passwords.\n\n"
)


def test_the_company_and_the_regulator_are_the_one_body_of_each_kind(analyser: Analyser) -> None:
    d = body(
        analyser,
        OPENING + "The company said it would write to every affected customer by Friday.\n\n"
        "The regulator said it had received complaints from more than 2,000 customers.",
    )
    company = source(d, claim_with(d, "write to every affected customer"))
    assert company is not None and company.name == "Brovane Telecom"
    regulator = source(d, claim_with(d, "received complaints from more than 2,000"))
    assert regulator is not None and regulator.name == "Selvan Communications Authority"


def test_two_companies_leave_the_company_unresolved(analyser: Analyser) -> None:
    d = body(
        analyser,
        OPENING + "The billing system was supplied by the software maker Orlen Systems.\n\n"
        "The company said it would write to every affected customer by Friday.",
    )
    company = source(d, claim_with(d, "write to every affected customer"))
    assert company is None or company.name not in ("Brovane Telecom", "Orlen Systems")


def test_the_ministry_is_no_authority_of_another_name(analyser: Analyser) -> None:
    d = body(
        analyser,
        OPENING + "The ministry said it had received complaints from more than 2,000 customers.",
    )
    found = source(d, claim_with(d, "received complaints from more than 2,000"))
    assert found is None or found.name != "Selvan Communications Authority"
