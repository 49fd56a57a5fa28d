"""Lines that are no line (:func:`whatweknow.briefing.statements.said` leaves them out): a bare
demonstrative subject, a line of pronouns, a verb without what it takes, an "It" that names a
doer nobody resolves. Words written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.briefing.fragments import (
    bare_non_answer,
    bare_one,
    compared_stance,
    compares_with_nothing,
    elided,
    lead_in,
    names_the_figure,
    points_at_object,
    revises_unstated,
    subjectless,
    unfinished,
    unnamed_stance,
)
from whatweknow.briefing.statements import _doing_it, _points_away, _wants_complement, said
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout


def test_a_line_that_points_away_is_no_line() -> None:
    for words in (
        "That in itself is a scandal",
        "That alone is not enough",
        "That is for the tribunal to decide",
        "That choice matters.",
        "But we are close to it",
    ):
        assert _points_away(words), words
    for words in (
        "That night the boathouse burned.",
        "That the union knew is not in doubt.",
        "This season's regatta was cancelled.",
        "We are close to a deal with the Porvik crew",
        "This was a failure of the hull, not of the crew",
        "That is a question for the harbour police.",
    ):
        assert not _points_away(words), words


def test_a_verb_without_what_it_takes_is_no_line() -> None:
    assert _wants_complement("The rowing union has not yet agreed.")
    assert _wants_complement("The tribunal decided.")
    assert not _wants_complement("The rowers' ban was confirmed.")
    assert not _wants_complement("The union agreed to the audit.")
    assert not _wants_complement("The union has not commented.")


def test_an_it_that_does_something_names_a_doer() -> None:
    assert _doing_it("It gave no further details, citing the rower's age.")
    assert _doing_it("It declined to name the clerk.")
    assert _doing_it("It changed its account of the crossing on Friday.")
    assert not _doing_it("It rained on the regatta.")
    assert not _doing_it("It emerged that the ledger was lost.")


def test_a_verb_ending_a_clause_inside_the_sentence_is_no_fragment() -> None:
    assert not _wants_complement("The tribunal has not said whether it considers the fee agreed.")


@pytest.mark.model
def test_an_outlets_it_or_its_that_names_nobody_is_no_line(analyser: Analyser) -> None:
    text = (
        "Rowing union bars two rowers\n\n"
        "The Harrow Rowing Union barred two junior rowers from the Porvik regatta on Monday. "
        "It gave no further details, citing the rowers' ages.\n\n"
        "Its spokesman declined to comment on Tuesday.\n\n"
        "The regatta opens on Saturday with eleven crews.\n"
    )
    article = build_article(text, parse_layout(text), fmt="text", published=date(2025, 9, 2))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    d = item[1]
    kept = {c.text for c in d.claims if said(d, c, {}) is not None}
    assert not any(t.startswith(("It gave", "Its spokesman")) for t in kept), kept
    assert any(t.startswith("The regatta opens") for t in kept), kept


def _kept(analyser: Analyser, text: str) -> set[str]:
    """The words of the claims of one article that :func:`said` keeps as lines."""
    article = build_article(text, parse_layout(text), fmt="text", published=date(2025, 9, 2))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    d = item[1]
    return {c.text for c in d.claims if said(d, c, {}) is not None}


@pytest.mark.model
def test_a_non_answer_a_lead_in_and_an_unfinished_state_are_no_line(analyser: Analyser) -> None:
    """Sentences a reader cannot use alone: a refusal that names no matter, a lead-in whose
    content is the next sentence, a state about a thing not named; the sentences they lean on,
    and a refusal that names its matter, stay lines."""
    text = (
        "Ferry strike enters second week\n\n"
        "About 300 deckhands walked out at the Porvik ferry terminal on Monday.\n\n"
        "Organisers did not give a figure.\n\n"
        "The row over the Porvik ferries has become, among other things, a row over a number.\n\n"
        "The length of the queues has also shifted.\n\n"
        "Some islanders are not convinced.\n\n"
        "Shipping analysts questioned the figure.\n\n"
        "The union said the real figure was far lower.\n\n"
        "The harbour board declined to comment on the union's figures.\n\n"
        "The terminal reopened on Friday with four crossings a day.\n"
    )
    kept = _kept(analyser, text)
    for gone in ("Organisers", "The row over", "The length", "Some islanders", "Shipping analysts"):
        assert not any(t.startswith(gone) for t in kept), (gone, kept)
    assert not any(t.startswith("the real figure") for t in kept), kept
    for stays in ("About 300 deckhands", "The harbour board declined", "The terminal reopened"):
        assert any(t.startswith(stays) for t in kept), (stays, kept)


@pytest.mark.model
def test_a_sources_sentence_of_an_unresolved_pronoun_is_no_line(analyser: Analyser) -> None:
    """A source's own sentence whose subject is a pronoun nobody resolves ("It did not
    work", "This is the simplest way …") or whose verb is left to the sentence before ("Now we
    know they did") names nothing; reported speech keeps its speaker's "it", and a
    demonstrative before a noun names the thing."""
    text = (
        "Ferry union leader freed\n\n"
        "Police released the union leader Dorota Vask on Thursday without charge.\n\n"
        '"They held me for two days to frighten us. It did not work," Vask told reporters.\n\n'
        '"This is the simplest way to give them that," said the harbour master, Ilan Brezo.\n\n'
        '"The board said it paid nothing. Now we know they did," said the islander Mira Kott.\n\n'
        '"This strike will not be the last," said Vask.\n\n'
        '"This was not bad weather," said the harbour master.\n\n'
        '"It was the worst crossing in years," said the islander Mira Kott.\n\n'
        "Vask said she would not stop. She will visit the quay on Friday, her office said.\n\n"
        "The Porvik Ferry Company said it was disappointed by the ruling.\n"
    )
    kept = _kept(analyser, text)
    for gone in ("They held", "It did not", "This is the simplest", "Now we know"):
        assert not any(t.lstrip('"“').startswith(gone) for t in kept), (gone, kept)
    assert any(t.lstrip('"“').startswith("This strike") for t in kept), kept
    assert any(t.lstrip('"“').startswith("This was not bad weather") for t in kept), kept
    assert any(t.lstrip('"“').startswith("It was the worst") for t in kept), kept
    assert any(t.startswith("She will visit") for t in kept), kept
    assert any(t.startswith("it was disappointed") for t in kept), kept


@pytest.mark.model
def test_a_clause_cut_from_its_verb_is_no_line(analyser: Analyser) -> None:
    """Words cut at a coordinator, the object of "blamed" without the blame, and a controlled
    clause without who demands it are no line; the whole clause is one."""
    text = (
        "Ferry delays\n\n"
        "The ferry company said about 40 boats had been moored and crews sent home.\n\n"
        "Harbour master Ilan Brezo has blamed cuts under his predecessor, Vera Holm; she says "
        "the cuts were ordered by the cabinet.\n\n"
        'Minister Ada Rusk said she expected the company to "stop hiding behind the weather".\n'
    )
    article = build_article(text, parse_layout(text), fmt="text", published=date(2025, 9, 2))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    d = item[1]
    whole = next(c for c in d.claims if c.text.startswith("about 40 boats"))
    cut_end = whole.start + whole.text.index(" and") + len(" and")
    cut = whole.model_copy(update={"end": cut_end, "text": text[whole.start : cut_end]})
    assert said(d, whole, {}) is not None
    assert said(d, cut, {}) is None
    verb = whole.start + whole.text.index("had been")  # "had been moored …": whose boats?
    headless = whole.model_copy(update={"start": verb, "text": text[verb : whole.end]})
    assert said(d, headless, {}) is None
    kept = {c.text for c in d.claims if said(d, c, {}) is not None}
    assert not any(t.startswith("cuts under") for t in kept), kept
    assert not any(t.startswith("the company to") for t in kept), kept


def test_a_state_held_less_firmly_about_a_thing_not_named_is_unfinished() -> None:
    assert unfinished("Islanders are less sure.")
    assert unfinished("The crews remain less convinced.")
    assert not unfinished("Islanders are less sure that the ferry will run.")


def test_what_a_fragment_rule_leaves_a_line() -> None:
    assert not bare_non_answer("The harbour board declined to comment.")
    assert not bare_non_answer("Police did not confirm the deckhand's death.")
    assert not lead_in("The wind shifted.")
    assert not lead_in("The timetable changed on Monday.")
    assert not lead_in("The toll has risen to 14.")
    assert not unfinished("She is sure the ferry sank.")
    assert not elided("The lake is dirtier than it was")
    assert not points_at_object("Nothing like that happened at the terminal.")
    assert not names_the_figure("The harbour board put the figure at 40.")
    assert not names_the_figure("The figure for March was lower than the union's.")
    assert not subjectless("Was the ferry late?")
    assert not compares_with_nothing("The fare is higher than last year's.")
    assert not compares_with_nothing("Fares rose to a level the union called higher than fair.")


def test_a_change_of_a_figure_without_its_number_is_no_line() -> None:
    assert revises_unstated("The Tamsel agency also raised its count of the damage.")
    assert revises_unstated("Harbour police revised the death toll on Monday.")
    assert not revises_unstated("The agency raised its count of the damage to 72 tonnes.")
    assert not revises_unstated("Police revised the toll to twelve.")
    assert not revises_unstated("The agency raised money for the families of the drivers.")
    assert not revises_unstated("The council cut the number of night buses.")


def test_a_stance_of_a_group_it_does_not_name_is_no_line() -> None:
    for words in (
        "Others were more cautious.",
        "Not everyone agreed.",
        "But many remain wary.",
        "Some disagreed.",
    ):
        assert unnamed_stance(words), words
    for words in (
        "Others were trapped under the pier.",
        "Some agreed to leave the island.",
        "Others were more cautious about the ferry timetable.",
        "The deckhands' union was cautious.",
        "Everyone agreed that the quay was unsafe.",
    ):
        assert not unnamed_stance(words), words


@pytest.mark.model
def test_a_stance_of_an_unnamed_group_leaves_the_briefing(analyser: Analyser) -> None:
    text = (
        "Ferry strike enters second week\n\n"
        "The Porvik harbour board said the ferries would sail again on Friday.\n\n"
        "Others were more cautious.\n\n"
        "Not everyone agreed.\n"
    )
    kept = _kept(analyser, text)
    assert not any(t.startswith(("Others", "Not everyone")) for t in kept), kept
    assert any("ferries would sail" in t for t in kept), kept


def test_words_that_end_at_a_bare_one_are_no_line() -> None:
    assert bare_one("she would decide next week whether to open one")
    assert bare_one("the harbour board will build one.")
    assert not bare_one("the harbour board has two ferries and would sell one")
    assert not bare_one("he would be the one")
    assert not bare_one("No one was hurt on the quay")


@pytest.mark.model
def test_a_plan_for_a_bare_one_leaves_the_briefing(analyser: Analyser) -> None:
    text = (
        "Ferry strike enters second week\n\n"
        "Islanders have asked for a public hearing on the Porvik ferries.\n\n"
        "The harbour commissioner, Edda Morn, said she would decide next month whether to "
        "hold one.\n"
    )
    kept = _kept(analyser, text)
    assert not any(t.endswith(("hold one", "hold one.")) for t in kept), kept


def test_a_stance_of_a_kind_of_people_it_does_not_name_is_no_line() -> None:
    for words in ("Other engineers were more cautious.", "Some fishermen remained sceptical."):
        assert unnamed_stance(words), words
    for words in (
        "Other engineers were more cautious about the pier.",
        "Other engineers were trapped under the pier.",
        "Some fishermen agreed to leave the island.",
    ):
        assert not unnamed_stance(words), words


def test_a_named_speakers_stance_compared_with_the_one_before_is_no_line() -> None:
    for words in (
        "Dr Ama Lutz, a chemist at the institute, was more cautious.",
        "The harbour master was less sure.",
        "But Ilo Farr seemed far more hopeful.",
    ):
        assert compared_stance(words), words
    for words in (
        "Dr Ama Lutz was more cautious about the pier.",
        "Dr Ama Lutz, a chemist at the institute, said the pier was unsafe.",
        "The pier was more damaged than first thought.",
        "Dr Ama Lutz was cautious.",
    ):
        assert not compared_stance(words), words


@pytest.mark.model
def test_a_named_speakers_compared_stance_leaves_the_briefing(analyser: Analyser) -> None:
    text = (
        "Ferry strike enters second week\n\n"
        "The Porvik harbour board said the ferries would sail again on Friday.\n\n"
        "Dr Ama Lutz, a chemist at the institute, was more cautious.\n\n"
        '"The pier may not hold," she said.\n'
    )
    kept = _kept(analyser, text)
    assert not any("more cautious" in t for t in kept), kept
    assert any("ferries would sail" in t for t in kept), kept


@pytest.mark.model
def test_a_quoted_predicate_whose_subject_is_before_the_verb_of_saying_is_no_line(
    analyser: Analyser,
) -> None:
    text = (
        "Warehouse fire in Porvik\n\n"
        "A warehouse burned down in Porvik on Sunday.\n\n"
        'The fire, the fire chief Ilo Farr said, was "unlikely to be arson".\n\n'
        "Ilo Farr said the roof was likely to fall in.\n"
    )
    kept = _kept(analyser, text)
    assert not any(t.startswith("unlikely") for t in kept), kept
    assert any("roof was likely" in t for t in kept), kept
