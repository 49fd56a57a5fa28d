"""A denial told in the pluperfect in a relative clause on a party whose main clause admits the
other way ("The mill, which had denied that P, admitted on Friday that Q") is a past denial the
admission overtakes: no claim of a denial standing. A denial that nothing in the sentence
admits, or one told in the past simple, stays a denial."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.model import Claim
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout

pytestmark = pytest.mark.model

DENIED = "its boilers had fouled the Pell river"


def _claims(analyser: Analyser, paragraph: str) -> list[Claim]:
    text = f"Spill at the Pell mill\n\n{paragraph}\n"
    article = build_article(text, parse_layout(text), fmt="text", published=date(2025, 3, 7))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    return item[1].claims


@pytest.mark.parametrize(
    "paragraph",
    [
        f"Quell Paper, which had denied that {DENIED}, admitted on Friday that a tank on its "
        "east site had overflowed.",
        f"The Quell paper mill, which had denied that {DENIED}, conceded on Friday that a "
        "tank had overflowed in February.",
        f"Quell Paper, which had denied that {DENIED} but later admitted that a tank had "
        "overflowed, said it would pay for the clean-up.",
        "The firm that runs the Quell mill admitted on Thursday that a tank had overflowed on "
        f"the night of the spill, days after it denied that {DENIED}.",
        "Quell Paper admitted on Friday that a tank had been left open, a day after denying "
        f"that {DENIED}.",
    ],
)
def test_a_past_denial_its_party_admits_the_other_way_in_the_same_sentence_is_no_denial(
    analyser: Analyser, paragraph: str
) -> None:
    claims = _claims(analyser, paragraph)
    assert not [c for c in claims if c.modality == "denied"], [(c.text, c.modality) for c in claims]


@pytest.mark.parametrize(
    "paragraph",
    [
        f"Quell Paper, which had denied that {DENIED}, said on Friday that it would pay for "
        "the clean-up.",
        f"Quell Paper, which had denied that {DENIED}, did not admit on Friday that a tank "
        "had overflowed.",
        f"Quell Paper, which denied that {DENIED}, admitted on Friday that its filters were old.",
    ],
)
def test_a_denial_nothing_in_the_sentence_reverses_stays_a_denial(
    analyser: Analyser, paragraph: str
) -> None:
    claims = _claims(analyser, paragraph)
    assert [c for c in claims if c.modality == "denied" and "boilers" in c.text], [
        (c.text, c.modality) for c in claims
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        f"Quell Paper, which had denied that {DENIED}, admitted on Friday that a tank on its "
        "east site had overflowed.",
        f"The Quell paper mill, which had denied that {DENIED}, conceded on Friday that a "
        "tank had overflowed in February.",
        f"The Brask Dredging company, which had denied that {DENIED}, admitted on Sunday that "
        "one of its tanks had overflowed in April.",
    ],
)
def test_what_the_party_admits_over_its_denial_is_its_statement_not_the_outlets(
    analyser: Analyser, paragraph: str
) -> None:
    [admitted] = [c for c in _claims(analyser, paragraph) if "overflowed" in c.text]
    who = admitted.source_text or ""
    assert "Quell" in who or "Brask" in who, admitted


@pytest.mark.parametrize(
    "paragraph",
    [
        "The office of Mill Director Oda Quell acknowledged on Friday that the inspectors' "
        "letter had been received on March 2, a day after she denied ever getting it.",
        "The Quell paper mill acknowledged on Friday that the inspectors' letter had been "
        "received on March 2, a day after its director denied ever getting it.",
    ],
)
def test_an_admission_before_the_denial_it_overtakes_is_its_partys_claim(
    analyser: Analyser, paragraph: str
) -> None:
    # the admission stands, cut before "a day after …"; the earlier denial gives no claim
    claims = _claims(analyser, paragraph)
    admitted = [
        c for c in claims if c.text == "the inspectors' letter had been received on March 2"
    ]
    assert len(admitted) == 1 and admitted[0].source_text, [(c.text, c.modality) for c in claims]
    assert admitted[0].modality in ("asserted", "reported")
    assert not [c for c in claims if c.modality == "denied"]


@pytest.mark.parametrize(
    ("paragraph", "admitted"),
    [
        (
            "The Varro bakery chain admitted on Friday that a recall notice was issued on "
            "May 2, two days after the company denied any recall that week.",
            "a recall notice was issued on May 2",
        ),
        (
            "Tessel Stone admitted on Tuesday that a controlled blast took place at its pit on "
            "June 4, after earlier denying any blasting that month.",
            "a controlled blast took place at its pit on June 4",
        ),
        (
            "The Ombra ferry operator conceded on Monday that a hull inspection was skipped "
            "in April, a week after the firm flatly denied any lapse.",
            "a hull inspection was skipped in April",
        ),
    ],
)
def test_an_admission_over_the_partys_earlier_denial_named_again_or_in_a_gerund(
    analyser: Analyser, paragraph: str, admitted: str
) -> None:
    # "…, two days after the company denied Q", "…, after earlier denying Q": the admitter's
    # own earlier denial, overtaken; the admitted clause is the admitter's claim
    claims = _claims(analyser, paragraph)
    shown = [(c.text, c.source_text, c.modality) for c in claims]
    assert not [c for c in claims if c.modality == "denied"], shown
    [claim] = [c for c in claims if c.text == admitted]
    assert claim.source_text and claim.source_text.split()[-1] in paragraph.split()[:4], shown


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Varro bakery chain admitted on Friday that a recall notice was issued on May 2, "
        "two days after the minister denied any recall that week.",
        "The Varro baker admitted on Friday that a recall notice was issued on May 2, two "
        "days after the company denied any recall that week.",
        "Tessel Stone did not admit on Tuesday that a controlled blast took place at its pit, "
        "after earlier denying any blasting that month.",
    ],
)
def test_a_denial_by_another_party_after_an_admission_stays_a_denial(
    analyser: Analyser, paragraph: str
) -> None:
    claims = _claims(analyser, paragraph)
    assert [c for c in claims if c.modality == "denied"], [(c.text, c.modality) for c in claims]


def test_the_gerund_denial_after_an_admission_is_never_the_admitted_things(
    analyser: Analyser,
) -> None:
    paragraph = (
        "Tessel Stone did not admit on Tuesday that a controlled blast took place at its "
        "pit, after earlier denying any blasting that month."
    )
    claims = _claims(analyser, paragraph)
    [denied] = [c for c in claims if c.modality == "denied"]
    assert "blast" not in (denied.source_text or ""), denied


@pytest.mark.parametrize(
    ("paragraph", "negated"),
    [
        ('"No dredging has taken place at the Pell berth this week," a mill spokesman said.', True),
        ("Quell Paper said no waste was dumped in the Pell river.", True),
        ("Quell Paper said a night dredging took place at the Pell berth.", False),
        ("Quell Paper said its crews found no trace of the tank.", False),
    ],
)
def test_a_statement_that_none_such_was_is_told_negated(
    analyser: Analyser, paragraph: str, negated: bool
) -> None:
    # its subject has "no": the statement says no such thing happened
    claims = [c for c in _claims(analyser, paragraph) if "Pell" in c.text or "tank" in c.text]
    assert claims and all(c.negated == negated for c in claims), claims
