"""Denial forms read and paired inside one article: a denial of a clause with "any" in it ("denied
that any ledger was missing"), a denial set beside its sentence's claim ("…, the auditors said, a
claim the council rejected"), and "be missing" as a proposition, negated by "no" (texts written
for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.model import Dossier
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout

pytestmark = pytest.mark.model


def _dossier(analyser: Analyser, body: str) -> Dossier:
    text = f"Ledger row in Brantholm\n\n{body}\n"
    article = build_article(text, parse_layout(text), fmt="text", published=date(2026, 2, 9))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    return item[1]


def _pairs(d: Dossier) -> set[tuple[str, str]]:
    """(the denied claim's words, the denier) of each pair."""
    by_id = {c.id: c for c in d.claims}
    return {(by_id[x.a].text, by_id[x.b].source_text or "") for x in d.contradictions}


def test_a_denial_with_any_after_a_quote_is_read_and_paired(analyser: Analyser) -> None:
    d = _dossier(
        analyser,
        "A payroll ledger of the harbour fund is missing, the Brantholm auditors said on "
        "Monday.\n\nOrla Fenwick, head of the audit team, said clerks could not find the "
        'spring entries. "The pages are simply not there," she told reporters.\n\n'
        'Corvel Trust denied that any ledger was missing. "Every page is filed and we have '
        'handed the files to the auditors," spokesman Edvin Marr said.',
    )
    denials = [c for c in d.claims if c.modality == "denied"]
    assert [c.text for c in denials] == ["any ledger was missing"]
    assert denials[0].proposition is not None
    assert denials[0].proposition.frame == "be missing"
    assert (
        "A payroll ledger of the harbour fund is missing",
        "Corvel Trust",
    ) in _pairs(d)


def test_a_claim_the_party_rejected_denies_the_sentences_claim(analyser: Analyser) -> None:
    d = _dossier(
        analyser,
        "Three wells near the mill were poisoned, the Brantholm water board said on Monday, "
        "a charge the mill owners denied.",
    )
    (told,) = [c for c in d.claims if c.modality == "reported"]
    (denial,) = [c for c in d.claims if c.modality == "denied"]
    assert (denial.start, denial.end) == (told.start, told.end)
    assert denial.source_text == "the mill owners"
    assert told.source_text == "the Brantholm water board"
    assert _pairs(d) == {("Three wells near the mill were poisoned", "the mill owners")}


@pytest.mark.parametrize(
    "body",
    [
        # not denied: negated
        "Three wells near the mill were poisoned, the water board said, a charge the mill "
        "owners did not deny.",
        # a pronoun names nobody
        "Three wells near the mill were poisoned, the water board said, a charge it denied.",
        # the claim is negated: a denial shown of it would read as its opposite
        "No well near the mill was poisoned, the water board said, a claim the mill owners "
        "rejected.",
    ],
)
def test_no_denial_beside_a_claim_without_a_named_denier_of_a_plain_claim(
    analyser: Analyser, body: str
) -> None:
    d = _dossier(analyser, body)
    assert not [c for c in d.claims if c.modality == "denied"]
    assert not d.contradictions


def test_no_ledger_was_missing_negates_a_ledger_is_missing(analyser: Analyser) -> None:
    d = _dossier(
        analyser,
        "Corvel Trust said no ledger was missing.\n\nTwo ledgers are missing, the auditors said."
        "\n\nThe clerks are missing the point, the mayor said.",
    )
    props = {c.text: c.proposition for c in d.claims}
    neg, pos = props["no ledger was missing"], props["Two ledgers are missing"]
    assert neg is not None and pos is not None
    assert (neg.frame, neg.negative) == ("be missing", True)
    assert (pos.frame, pos.negative) == ("be missing", False)
    other = props["The clerks are missing the point"]
    assert other is None or other.frame != "be missing"


def test_which_the_party_denies_is_cut_from_the_claim_and_denies_it(analyser: Analyser) -> None:
    d = _dossier(
        analyser,
        "The water board said on Monday that three wells near the mill were poisoned, which "
        "the mill owners deny.",
    )
    (told,) = [c for c in d.claims if c.modality == "reported"]
    assert told.text == "three wells near the mill were poisoned"
    assert told.source_text == "The water board"
    (denial,) = [c for c in d.claims if c.modality == "denied"]
    assert (denial.start, denial.end, denial.source_text) == (
        told.start,
        told.end,
        "the mill owners",
    )
    assert _pairs(d) == {("three wells near the mill were poisoned", "the mill owners")}


def test_a_notice_that_went_out_is_a_proposition_of_sending(analyser: Analyser) -> None:
    d = _dossier(
        analyser, '"The notice went out to every crew on Friday," the harbour master said.'
    )
    (told,) = d.claims
    assert told.proposition is not None and told.proposition.predicate == "go out"
