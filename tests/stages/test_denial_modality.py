"""A flat denial in the present with a negated future joined to it ("there are no talks and
there will be none") is a denial of how things stand, not a forecast; a future that is not
negated, or stands alone, stays expected."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.model import Claim
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout

pytestmark = pytest.mark.model


def _claim(analyser: Analyser, paragraph: str, fragment: str) -> Claim:
    text = f"Strike at the Pell mill\n\n{paragraph}\n"
    article = build_article(text, parse_layout(text), fmt="text", published=date(2025, 3, 4))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    found = [c for c in item[1].claims if fragment in c.text]
    assert found, (fragment, [c.text for c in item[1].claims])
    return found[0]


@pytest.mark.parametrize(
    "paragraph",
    [
        '"There is no offer on the table and there will be none," Mill owner Dara Quell said.',
        "Dara Quell said the mill does not pay strikers and will never pay them.",
    ],
)
def test_a_present_denial_with_a_negated_future_is_no_forecast(
    analyser: Analyser, paragraph: str
) -> None:
    c = _claim(analyser, paragraph, "will")
    assert c.modality != "expected"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Dara Quell said there is no offer yet and the mill will make one on Friday.",
        "Dara Quell said there will be no offer.",
    ],
)
def test_a_future_not_joined_as_a_denial_stays_expected(analyser: Analyser, paragraph: str) -> None:
    assert _claim(analyser, paragraph, "will").modality == "expected"


_TWO = (
    'Dara Quell said the ledgers "do not come from this mill" and that the mill would ask '
    "police to look into the leak."
)


@pytest.mark.parametrize(
    ("paragraph", "fragment", "modality"),
    [
        (_TWO, "do not come", "reported"),
        (_TWO, "the mill would ask", "expected"),
        (
            "Dara Quell said that the mill would ask police to look into the leak.",
            "would",
            "expected",
        ),
    ],
)
def test_a_plan_in_a_that_clause_of_its_own_leaves_the_first_statement_as_it_is(
    analyser: Analyser, paragraph: str, fragment: str, modality: str
) -> None:
    """ "said A and that B": two statements of one cue; a plan in B makes no forecast of A (a
    denial in the present, here), which stays what the cue reports; B is a claim of its own,
    expected."""
    c = _claim(analyser, paragraph, fragment)
    assert c.modality == modality
    assert paragraph != _TWO or ("do not come" in c.text) != ("would ask" in c.text), c


def _claims(analyser: Analyser, paragraph: str) -> list[Claim]:
    text = f"Strike at the Pell mill\n\n{paragraph}\n"
    article = build_article(text, parse_layout(text), fmt="text", published=date(2025, 3, 4))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    for c in item[1].claims:
        assert text[c.start : c.end] == c.text
    return item[1].claims


@pytest.mark.parametrize(
    "paragraph",
    [
        "An early report that the foreman had cut the power has been undercut: the mill says "
        "the power failed on its own.",
        "Records have disproved a claim that the foreman had cut the power.",
        "A rumour that the foreman had cut the power was debunked by the mill's engineers.",
    ],
)
def test_a_report_its_own_verb_refutes_is_no_claim_of_what_it_said(
    analyser: Analyser, paragraph: str
) -> None:
    """ "A report that P has been undercut": P is refuted, no one's claim of P."""
    claims = _claims(analyser, paragraph)
    assert not [c for c in claims if c.text.startswith("the foreman had cut the power")], [
        (c.text, c.source_text) for c in claims
    ]


def test_a_report_not_refuted_is_still_a_claim(analyser: Analyser) -> None:
    claims = _claims(analyser, "An early report that the foreman had cut the power was repeated.")
    assert [c for c in claims if c.text.startswith("the foreman had cut the power")], [
        (c.text, c.source_text) for c in claims
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        '"There is no plan to sell the mill," Mill owner Dara Quell told reporters.',
        "Dara Quell said there were no plans to close the Pell mill.",
    ],
)
def test_a_plan_denied_flatly_is_no_forecast(analyser: Analyser, paragraph: str) -> None:
    c = _claim(analyser, paragraph, "mill")
    assert c.modality == "reported"


def test_a_plan_told_beside_a_negation_stays_expected(analyser: Analyser) -> None:
    c = _claim(analyser, "Dara Quell said the mill plans to sell no land.", "plans")
    assert c.modality == "expected"


def test_a_quoted_would_never_tells_what_someone_is_like(analyser: Analyser) -> None:
    c = _claim(analyser, '"He would never hurt the animals," his sister Mira Quell said.', "hurt")
    assert c.modality == "reported" and c.negated, c  # no forecast of an act
    planned = _claim(analyser, '"We will never sell the mill," Dara Quell said.', "sell")
    assert planned.modality == "expected", planned  # "will" in the speaker's words still is
    told = _claim(analyser, "Dara Quell said the firm would never sell the mill.", "sell")
    assert told.modality == "expected", told  # reported speech: a backshifted "will never"
