"""Speakers of clauses the parse hangs inside another's reported words: a participle of saying
after the words a relative clause reports belongs to the main clause's subject; a concessive
"though Y say Z" is Y's own claim, not Y as cited by the main speaker. Texts written for these
tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "sentence",
    [
        "She declined to comment on accounts by deckhands who said the hull had shaken and "
        "stopped twice on Tuesday, saying the company would not guess while the inquiry was "
        "open.",
        "She would not comment on accounts by sailors who said the engine had coughed and "
        "stopped on Tuesday, saying the company would not guess during the inquiry.",
    ],
)
def test_saying_after_a_relative_clause_report_is_the_main_subjects(
    analyser: Analyser, sentence: str
) -> None:
    d = body(
        analyser,
        "The ferry line resumed on Monday. A spokeswoman for Brellin Ferries, Oda Marsk, met "
        "reporters. " + sentence,
    )
    c = claim_with(d, "would not guess")
    found = source(d, c)
    assert found is not None and found.name == "Oda Marsk"
    assert not c.via


@pytest.mark.parametrize("conceding", ["though", "although"])
def test_a_concession_with_its_own_speaker_is_not_cited_by_the_main_speaker(
    analyser: Analyser, conceding: str
) -> None:
    d = body(
        analyser,
        "Fire crews have said there is no sign of a gas leak, "
        f"{conceding} several tenants say the smell was strong for days.",
    )
    main = claim_with(d, "no sign of a gas leak")
    assert "tenants" not in main.text
    c = claim_with(d, "the smell was strong")
    found = source(d, c)
    assert found is not None and "tenants" in found.name
    assert not c.via


def test_a_concession_the_main_speaker_makes_still_cites_nobody_new(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The harbour master said the quay was safe, though divers told him that a pile had "
        "cracked.",
    )
    c = claim_with(d, "a pile had cracked")
    found = source(d, c)
    assert found is not None and "divers" in found.name


def test_saying_after_a_relative_clause_on_an_agent_is_the_main_subjects() -> None:
    """The parse may take "by" in "accounts by guests who said …" for an agent."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from whatweknow.stages.attribution.frames import subject

    rows = [
        ("She", "nsubj", 1, "PRP", "PRON", "she"),
        ("declined", "ROOT", 1, "VBD", "VERB", "decline"),
        ("to", "aux", 3, "TO", "PART", "to"),
        ("comment", "xcomp", 1, "VB", "VERB", "comment"),
        ("on", "prep", 3, "IN", "ADP", "on"),
        ("accounts", "pobj", 4, "NNS", "NOUN", "account"),
        ("by", "agent", 3, "IN", "ADP", "by"),
        ("guests", "pobj", 6, "NNS", "NOUN", "guest"),
        ("who", "nsubj", 9, "WP", "PRON", "who"),
        ("said", "relcl", 7, "VBD", "VERB", "say"),
        ("the", "det", 11, "DT", "DET", "the"),
        ("hull", "nsubj", 13, "NN", "NOUN", "hull"),
        ("had", "aux", 13, "VBD", "AUX", "have"),
        ("shaken", "ccomp", 9, "VBN", "VERB", "shake"),
        ("and", "cc", 13, "CC", "CCONJ", "and"),
        ("stopped", "conj", 13, "VBD", "VERB", "stop"),
        (",", "punct", 15, ",", "PUNCT", ","),
        ("saying", "advcl", 15, "VBG", "VERB", "say"),
        ("it", "nsubj", 20, "PRP", "PRON", "it"),
        ("would", "aux", 20, "MD", "AUX", "would"),
        ("wait", "ccomp", 17, "VB", "VERB", "wait"),
        (".", "punct", 1, ".", "PUNCT", "."),
    ]
    doc = Doc(
        Vocab(),
        words=[r[0] for r in rows],
        deps=[r[1] for r in rows],
        heads=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        pos=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
    )
    found = subject(doc[17])
    assert found is not None and found.text == "She"


@pytest.mark.parametrize("kin", ["son Piet", "younger brother", "wife"])
def test_a_name_the_recogniser_missed_with_whose_kin_is_a_person_and_she_is_theirs(
    analyser: Analyser, kin: str
) -> None:
    d = body(
        analyser,
        f"Ines Harrow, whose {kin} was among the injured, said the family wanted answers. "
        '"He rode that line every week. Someone should have warned us," she said.',
    )
    first = source(d, claim_with(d, "the family wanted answers"))
    assert first is not None and first.name == "Ines Harrow" and first.type == "person"
    assert source(d, claim_with(d, "Someone should have warned us")) is first


def test_a_name_with_whose_and_no_kin_stays_unknown(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Ines Harrow, whose cellar flooded, said the family wanted answers.",
    )
    assert not any(a.name == "Ines Harrow" for a in d.actors)
