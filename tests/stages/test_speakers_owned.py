"""Speakers named by what they own, send or tell: "the office of the late mayor" is the mayor's
office (never another body whose name ends in "Office"), "a statement from spokesman X" is X's,
the one told ("told the Gazette") never speaks, and a title written before a name is the
holder's role. Texts written for these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model


def test_the_office_of_a_person_is_no_other_office_named_for_its_head_noun(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "The Tarn Ferry Safety Office declined to comment on the sinking.\n\n"
        "The office of the late mayor admitted on Friday that the crossing had been rushed.",
    )
    c = claim_with(d, "the crossing had been rushed")
    found = source(d, c)
    assert found is not None and "Safety" not in found.name
    assert "mayor" in found.name


def test_a_titled_persons_office_is_theirs_and_the_title_makes_a_person(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Mayor Orrin Delvaux's office said the hull had been checked in March. The Harbour "
        "Works Office declined to comment.",
    )
    c = claim_with(d, "the hull had been checked")
    found = source(d, c)
    assert found is not None and "Works" not in found.name
    holder = next(a for a in d.actors if a.name.endswith("Orrin Delvaux"))
    assert holder.name == "Orrin Delvaux" and holder.type == "person"


def test_the_one_told_is_never_the_speaker_of_a_verbless_quote(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Councillor Pim Orbeck said the admission proved his case.\n\n"
        "\u201cRushed for whom? Not for the crew,\u201d Orbeck told the Tarn Gazette.",
    )
    c = claim_with(d, "Not for the crew")
    assert "told" not in c.text
    found = source(d, c)
    assert found is not None and found.name == "Pim Orbeck"


def test_a_statement_from_a_named_spokesman_is_his(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The ferry sank on Sunday. The boatyard denied any fault, according to a statement "
        "from spokesman Jorun Vasse.",
    )
    assert not any(a.name.startswith("statement") for a in d.actors)
    c = claim_with(d, "any fault")
    named = {a.id: a.name for a in d.actors}
    assert [named[v] for v in c.via] == ["Jorun Vasse"] or (
        (found := source(d, c)) is not None and found.name == "Jorun Vasse"
    )


def test_a_record_from_a_body_speaks_for_the_body(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The ferry sank on Sunday. According to a statement from the Orsk Boatyard, the hull "
        "was sound.",
    )
    c = claim_with(d, "the hull was sound")
    found = source(d, c)
    assert found is not None and found.name == "Orsk Boatyard"


def test_a_bodyguard_written_as_a_title_is_no_part_of_the_name(analyser: Analyser) -> None:
    d = body(analyser, "Bodyguard Vlad Tenner survived. Captain Olt Serra was flying.")
    assert any(a.name == "Vlad Tenner" and a.type == "person" for a in d.actors)
    assert not any(a.name.startswith("Bodyguard") for a in d.actors)


def test_a_spokeswoman_titled_before_her_name_is_a_person_whom_she_refers_to(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Spokeswoman Irsa Volden said Governor Teo Marrick had needed to reach a meeting on "
        "flooding in Belmar that evening. \u201cThe trip was urgent. The governor felt he had to "
        "be there,\u201d she said.\n\n"
        "But she repeated that no one had ordered the pilot to take off. Asked whether the "
        "governor had asked the pilot to fly, she said: \u201cI cannot talk about that day.\u201d",
    )
    holder = next(a for a in d.actors if a.name.endswith("Irsa Volden"))
    assert holder.name == "Irsa Volden" and holder.type == "person"
    for words in ("The trip was urgent", "no one had ordered the pilot", "I cannot talk"):
        found = source(d, claim_with(d, words))
        assert found is not None and found.name == "Irsa Volden", words


def test_others_after_some_analysts_are_other_analysts_whose_that_clause_is_read(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Some analysts said the row could shape the inquiry. Others cautioned that fog alone "
        "rarely sinks a ferry.",
    )
    c = claim_with(d, "fog alone rarely sinks a ferry")
    assert not c.text.startswith("Others")
    found = source(d, c)
    assert found is not None and found.name == "other analysts"


def test_others_set_against_by_while_are_the_rest_of_the_group(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Many residents said the dam was weak, while others said it was sound.",
    )
    found = source(d, claim_with(d, "it was sound"))
    assert found is not None and found.name == "other residents"


def test_that_before_a_plain_object_stays_a_determiner(analyser: Analyser) -> None:
    d = body(analyser, "The council rejected that plan outright and left the hall.")
    assert all(c.source is None for c in d.claims)


def test_a_name_in_apposition_to_someones_widow_is_a_person(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Captain Tobin Varek had flown for years. Varek's widow, Oana, said her husband had "
        "called her.",
    )
    assert any(a.name == "Oana" and a.type == "person" for a in d.actors)
    found = source(d, claim_with(d, "her husband had called her"))
    assert found is not None and found.name == "Oana" and found.type == "person"


@pytest.mark.parametrize(
    "opening",
    [
        "The council's spokeswoman said Mayor Ferran Holt had wanted to reach the harbour "
        "before dusk. She",
        "The spokesman said Mayor Ferran Holt had wanted to reach the harbour before dusk. He",
    ],
)
def test_a_pronoun_after_an_unnamed_speaker_is_never_the_one_her_words_name(
    analyser: Analyser, opening: str
) -> None:
    d = body(
        analyser,
        f"{opening} repeated that no one had told the skipper to sail.",
        title="What was said on the day",
    )
    found = source(d, claim_with(d, "no one had told the skipper to sail"))
    assert found is None or "Holt" not in found.name


def test_he_after_a_widows_report_of_her_husband_is_no_earlier_speaker(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "\u201cIf Tobin said the weather was bad, we stayed home,\u201d said Ivo Raske, who flew "
        "with him for years. \u201cHe never took chances.\u201d\n\n"
        "Varek's widow, Oana, said her husband had called her from the airfield on Sunday. She "
        "said he told her that the fog was heavy.",
    )
    c = claim_with(d, "the fog was heavy")
    named = {a.id: a.name for a in d.actors}
    assert c.source is None or named[c.source] != "Ivo Raske"
    assert "Ivo Raske" not in [named[v] for v in c.via]
