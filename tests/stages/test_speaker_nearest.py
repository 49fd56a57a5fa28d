"""Speakers found where red-team articles lost them: a possessive that answers for the person
named after the last speaker, a pronoun or title whose gender rules a namesake out, a report
coordinated with another's, a clause told to a news conference, a reporting clause set
between commas, a record a speaker cites, a joint decision inside a report. Texts written for
these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model


def test_her_office_answers_for_the_person_named_after_the_last_speaker(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Port unions met on Monday. Union head Vida Sorn said the stoppage would go on. "
        '"We stay out," she told reporters.\n\n'
        "Some dockers urged Housing Minister Edda Kraal to quit. Her office said she had "
        "ordered an audit of the harbour leases and would not resign.",
    )
    c = claim_with(d, "ordered an audit")
    found = source(d, c)
    assert found is not None and "Kraal" in found.name and "Sorn" not in found.name


def test_he_is_never_a_woman_her_apposition_names(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Two hundred people went to the burials on Sunday.\n\n"
        "Among the dead was Irma Dallek, 41, a nurse and the aunt of Kasimir Dallek, who "
        'escaped through a window. "She rang me before dawn and said the river was rising," '
        "he said at the chapel.",
    )
    c = claim_with(d, "She rang me before dawn")
    found = source(d, c)
    assert found is None or found.name == "Kasimir Dallek"
    assert found is None or "Irma" not in found.name


def test_mrs_is_not_the_husband_of_the_same_surname(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Ada Oskel waited at the quay on Monday. She said her husband, Bram Oskel, 48, had "
        "called from the cell.\n\n"
        'Asked about the nets, Mrs Oskel said she did not know. "Ask the owners," she said.\n\n'
        "Bram Oskel has not been charged.",
    )
    for words in ("she did not know", "Ask the owners"):
        found = source(d, claim_with(d, words))
        assert found is None or found.name != "Bram Oskel", words


def test_a_denial_coordinated_with_a_report_is_its_own_speakers(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Nine people fell sick on Thursday, as a patients' group said the cheese was imported "
        "and a Terlow dairy firm denied that it had supplied the market.",
    )
    denied = claim_with(d, "it had supplied the market")
    found = source(d, denied)
    assert found is not None and "dairy" in found.name
    assert denied.via == []
    said = claim_with(d, "the cheese was imported")
    assert "denied" not in said.text
    assert (group := source(d, said)) is not None and "patients" in group.name


def test_a_clause_told_to_a_news_conference_is_the_speakers(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Police on Saturday arrested Karl Brenn, the owner of the Dulmor mine.\n\n"
        "Regional police chief Dora Kell told a news conference that Brenn had been detained "
        "in the early morning.",
    )
    c = claim_with(d, "Brenn had been detained")
    assert "told a news conference" not in c.text
    assert (found := source(d, c)) is not None and found.name == "Dora Kell"


def test_a_reporting_clause_between_commas_is_no_outlet_statement(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Miner Karl Brenn was driving a cart when the roof shook. Within seconds, he said, "
        "the lamps went out and the shaft filled with dust.",
    )
    c = claim_with(d, "the lamps went out")
    assert c.modality != "asserted"
    assert "he said" not in c.text


def test_a_record_a_speaker_cites_does_not_speak_for_her_quote(analyser: Analyser) -> None:
    d = body(
        analyser,
        "A tracking firm published the ferry's route on Monday. Harbour minister Ada Rell said "
        'the positions showed the ferry "was in open water, just as its crew have said".',
    )
    c = claim_with(d, "was in open water")
    assert (found := source(d, c)) is not None and found.name == "Ada Rell"
    assert all("position" not in a.name for a in d.actors)


def test_a_joint_decision_inside_a_report_is_the_reporters(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The two ministers agreed that officials would meet on Friday, the ministry said.",
    )
    c = claim_with(d, "officials would meet")
    found = source(d, c)
    assert found is not None and "ministry" in found.name


def test_the_name_apposed_to_his_wife_speaks_though_read_as_a_place(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Anger spread through this harbour town on Wednesday after a court charged Piet "
        "Dellvik, the skipper of the trawler Grey Tern, with illegal fishing.\n\n"
        '"I am proud of him. He will tell them the truth," his wife, Anneke Varrholt, told the '
        "Gazette.",
    )
    c = claim_with(d, "I am proud of him")
    assert (found := source(d, c)) is not None and found.name == "Anneke Varrholt"


def test_a_person_reported_dead_is_not_the_he_who_speaks_after(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Two hundred people went to the burials on Sunday.\n\n"
        "Among the dead was Irma Dallek, 27, a cousin of Kasimir Dallek, who escaped through a "
        'window. "She rang me before dawn and said the river was rising," he said at the '
        "chapel.",
    )
    c = claim_with(d, "She rang me before dawn")
    found = source(d, c)
    assert found is not None and found.name == "Kasimir Dallek"


def test_a_person_who_nearly_died_may_still_speak(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Fisherman Karl Brenn nearly drowned when the ferry tipped over on Sunday.\n\n"
        '"The water was everywhere in seconds," he said from his hospital bed.',
    )
    c = claim_with(d, "The water was everywhere")
    found = source(d, c)
    assert found is not None and "Karl Brenn" in found.name


def test_a_joint_decision_after_a_meeting_is_the_trailing_reporters(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Trade Minister Olga Venn met her Sarvian counterpart, Ivo Marl, on Monday morning, and "
        "the two agreed that officials would meet in Drest on Friday, the ministry said.",
    )
    c = claim_with(d, "officials would meet")
    found = source(d, c)
    assert found is not None and "ministry" in found.name
    assert not c.text.rstrip().endswith(" and")


def test_he_after_two_relatives_of_one_surname_is_nobody_rather_than_a_guess(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Dozens of mourners gathered on Sunday. Five workers died in the blaze.\n\n"
        "Among them was Irma Dallek, 27, a cousin of Kasimir Dallek, who escaped through a "
        'window. "She rang me before dawn and said the river was rising," he said at the '
        "chapel.",
    )
    c = claim_with(d, "She rang me before dawn")
    found = source(d, c)
    assert found is None or found.name != "Irma Dallek"


def test_a_reporting_clause_after_the_subject_cuts_no_fragment() -> None:
    import spacy
    from spacy.tokens import Doc

    from whatweknow.stages.attribution.frames import _parenthetical

    words = ["His", "plan", ",", "he", "said", ",", "was", "for", "the", "town", "."]
    heads = [1, 6, 4, 4, 6, 4, 6, 6, 9, 7, 6]
    deps = ["poss", "nsubj", "punct", "nsubj", "parataxis", "punct", "ROOT", "prep", "det",
            "pobj", "punct"]  # fmt: skip
    pos = ["PRON", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT", "AUX", "ADP", "DET", "NOUN",
           "PUNCT"]  # fmt: skip
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _parenthetical(doc[4]) is None  # "His plan" is the subject: no "was for the town"
    words[:2] = ["By", "noon"]
    deps[:2] = ["prep", "pobj"]
    pos[:2] = ["ADP", "NOUN"]
    heads[:2] = [6, 0]
    words[6:] = ["the", "lamps", "went", "out", "."]
    heads[6:] = [7, 8, 8, 8, 8]
    heads[0], heads[4] = 8, 8
    heads[2], heads[3], heads[5] = 4, 4, 4
    deps[6:] = ["det", "nsubj", "ROOT", "prt", "punct"]
    pos[6:] = ["DET", "NOUN", "VERB", "ADP", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    found = _parenthetical(doc[4])
    assert found is not None and doc.text[found[0][0] : found[0][1]] == "the lamps went out"


@pytest.mark.parametrize(
    "told",
    [
        "The water agency's director, Ilse Varga, told a news conference in the capital that "
        "the pumping licence",
        "The water agency's director, Ilse Varga, told a news conference in the capital that "
        "Velm Water's pumping licence",
        "The harbour board's director, Ilse Varga, told a briefing in the capital that Velm "
        "Water's pumping licence",
    ],
)
def test_a_clause_told_to_an_audience_read_as_a_relative_clause_is_the_speakers(
    analyser: Analyser, told: str
) -> None:
    """ "told a news conference (in the capital) that P": the parse reads "that" as a relative
    pronoun of the audience (or of the noun of a phrase after it); the clause has a subject of
    its own, so it is what the speaker told, not the outlet's."""
    d = body(
        analyser,
        f"{told} for the north quay had expired on March 31 and had not been renewed.\n\n"
        "Velm Water said the licence remained valid.",
    )
    c = claim_with(d, "licence for the north quay had expired")
    assert "news conference" not in c.text and "briefing" not in c.text
    assert not c.text.startswith("that")
    assert c.modality != "asserted"
    assert (found := source(d, c)) is not None and found.name == "Ilse Varga"
