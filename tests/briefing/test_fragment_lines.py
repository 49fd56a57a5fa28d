"""Lines that keep what holds them together: a pledge keeps its verb. Articles written for the
tests."""

from __future__ import annotations

import pytest

from whatweknow.analyse import Analyser
from whatweknow.briefing import brief_dossiers

from .test_timeline import analysed


def _claimed(analyser: Analyser, body: str) -> list[str]:
    d = analysed(analyser, "Permits row in Osterby", body)
    return [i.text for s in brief_dossiers([d]).sections for i in s.items if i.kind == "claim"]


@pytest.mark.model
def test_a_pledge_of_a_thing_keeps_its_verb(analyser: Analyser) -> None:
    """ "He promised an inquiry into …": the line is "X promises an inquiry …", never the
    inquiry alone given as what X says."""
    claimed = _claimed(
        analyser,
        "Harbour Minister Olga Tessin toured the quay on Friday. She promised a review of how "
        "the licences were issued.",
    )
    assert any(t.startswith("Olga Tessin promises a review of how") for t in claimed), claimed
    assert not any("says: a review" in t for t in claimed), claimed


@pytest.mark.model
def test_a_disputed_charge_keeps_its_accuser_and_verb(analyser: Analyser) -> None:
    """ "X accused the school of ignoring a ban, a charge the school denied": the disputed line
    says who accuses of what, not the accused and the charge alone."""
    d = analysed(
        analyser,
        "School row in Osterby",
        "Parents of pupils accused the Osterby Grammar School on Monday of ignoring a ban on "
        "river trips, a charge the school denied.",
    )
    disputed = [
        i.text
        for s in brief_dossiers([d]).sections
        if s.title == "Disputed and denied"
        for i in s.items
    ]
    assert any(t.startswith("Parents of pupils accuse “the Osterby") for t in disputed), disputed


def test_a_negated_act_of_taking_part_without_its_object_is_no_line() -> None:
    from whatweknow.briefing.fragments import undone

    assert undone("Deputy mayor Kasia Wendt did not attend.")
    assert undone("Two of the five members have not signed.")
    assert not undone("Deputy mayor Kasia Wendt did not attend the burial.")
    assert not undone("The harbour board did not comment.")


@pytest.mark.model
def test_did_not_attend_alone_is_never_established(analyser: Analyser) -> None:
    d = analysed(
        analyser,
        "Burial of the harbour master",
        "Hundreds gathered in Osterby on Saturday for the burial of the harbour master.\n\n"
        "Deputy mayor Kasia Wendt did not attend.",
    )
    lines = [i.text for s in brief_dossiers([d]).sections for i in s.items]
    assert not any(t.startswith("Deputy mayor Kasia Wendt did not attend") for t in lines), lines
    assert any(t.startswith("Hundreds gathered in Osterby") for t in lines), lines


@pytest.mark.model
def test_a_figure_put_by_a_pronoun_names_who_puts_it(analyser: Analyser) -> None:
    """ "The office had said on Sunday … On Monday it put the toll at two": the line says
    "The … office puts the toll at two", never "says: it put …" with "it" for the reader."""
    claimed = _claimed(
        analyser,
        "The coastal rescue office had said on Sunday that all nine crew were missing. "
        "On Monday it put the death toll at two.",
    )
    assert any("office puts the death toll at two" in t for t in claimed), claimed
    assert not any("says: it put" in t for t in claimed), claimed


@pytest.mark.model
def test_a_figure_put_by_its_named_speaker_names_it_once(analyser: Analyser) -> None:
    claimed = _claimed(
        analyser,
        "Hundreds of homes were flooded in Osterby on Sunday. The harbour office put the number "
        "of homes flooded at 450.",
    )
    assert any("harbour office puts the number of homes flooded at 450" in t for t in claimed), (
        claimed
    )
    assert not any("says: The harbour office put" in t for t in claimed), claimed


@pytest.mark.model
def test_a_denied_charge_says_whose_charge_it_denies(analyser: Analyser) -> None:
    """ "X accused the board of hiding a report, a charge the board denied": the denial's line
    is never "The board denies: the Tollen harbour board … of hiding" (the accused and the
    charge alone)."""
    d = analysed(
        analyser,
        "Spill row in Tollen",
        "Fishermen from the bay accused the Tollen harbour board on Friday of hiding a report "
        "on the oil spill, a charge the board denied.",
    )
    lines = [i.text for s in brief_dossiers([d]).sections for i in s.items]
    denying = [t for t in lines if "denies" in t or "denied by" in t]
    assert denying, lines
    assert all(("accuse" in t) for t in denying), denying


@pytest.mark.model
def test_a_groups_reported_it_with_its_thing_in_a_sentence_before_is_no_line(
    analyser: Analyser,
) -> None:
    """ "Some fishermen believe it was brought by a trader": a plural group is no "it"; the
    thing it stands for is in a sentence before, and the line alone says nothing of what."""
    claimed = _claimed(
        analyser,
        "A crate of tainted fuel was found at the Osterby quay on Monday. Some fishermen "
        "believe it was brought from the mainland by a trader. The Osterby Ferry Company said "
        "it was disappointed by the decision.",
    )
    assert not any("brought from the mainland" in t for t in claimed), claimed
    assert any("disappointed" in t for t in claimed), claimed


@pytest.mark.model
def test_an_outlets_it_or_he_with_its_antecedent_in_another_sentence_is_no_line(
    analyser: Analyser,
) -> None:
    """ "It did not respond to questions": the outlet's "it" is the firm of the sentence
    before; "By the time he reached the door, …": whose scene, the sentence before says."""
    claimed = _claimed(
        analyser,
        "Holm Estates, which owns the Osterby mill, said on Monday it would pay each family 500 "
        "crowns. It did not respond to questions about its contracts.\n\n"
        "The inquiry opened on Tuesday. It will examine the mill's boilers and the permits.\n\n"
        "Ivar Lund was making tea on the second floor when the alarm sounded. By the time he "
        "reached the door, the hall had gone.\n\n"
        "When she reached the gate, Mayor Ida Brandt spoke to the families.\n\n"
        "A video from the strikers' committee showed six men at the mill gate. It did not "
        "mention wages.",
    )
    assert not any("respond to questions" in t for t in claimed), claimed
    assert not any("examine the mill" in t for t in claimed), claimed
    assert not any("the hall had gone" in t for t in claimed), claimed
    assert not any("mention wages" in t for t in claimed), claimed
    assert any("making tea" in t for t in claimed), claimed
    assert any("spoke to the families" in t for t in claimed), claimed
    assert any(": it would pay each family" in t for t in claimed), claimed  # not "on Monday …"


@pytest.mark.model
def test_a_denial_of_a_partys_account_not_shown_is_no_line(analyser: Analyser) -> None:
    """ "The ferry company rejected the inspectors' account": whose account it denies, and
    nothing of what that account says; with no statement of the inspectors shown, the line
    "… denies: the inspectors' account" is one side of a dispute whose other side is missing."""
    d = analysed(
        analyser,
        "Ferry row in Tollen",
        "The Tollen ferry sank in the harbour on Friday and two crew were hurt, police said. "
        "Divers raised the hull on Sunday.\n\nThe Tollen Ferry Company rejected the harbour "
        "board's account on Monday.",
    )
    lines = [i.text for s in brief_dossiers([d]).sections for i in s.items]
    assert not any("board's account" in t.replace("’", "'") for t in lines), lines
    assert any("two crew were hurt" in t for t in lines), lines


@pytest.mark.model
def test_a_denial_of_a_shown_partys_account_disputes_it(analyser: Analyser) -> None:
    """With the harbour board's statement shown, the denial of "the harbour board's account" is
    "… disputes the harbour board's account", never "denies: the harbour board's account"
    (which reads as if the board's account were what the company says)."""
    d = analysed(
        analyser,
        "Ferry row in Tollen",
        "The Tollen ferry sank in the harbour on Friday. The Tollen Harbour Board said the "
        "ferry had sailed with a cracked hull.\n\nThe Tollen Ferry Company rejected the "
        "harbour board's account on Monday.",
    )
    lines = [i.text.replace("’", "'") for s in brief_dossiers([d]).sections for i in s.items]
    assert not any("denies: the harbour board's account" in t for t in lines), lines
    assert any("disputes the harbour board's account" in t for t in lines), lines
