"""Speakers of clauses that hang inside another's words: the reporter of a clause, not its
subject, insists in a time adjunct set off after it; the one accused, not the accuser, denies
in a "when" clause on the deed. Texts written for these tests."""

from __future__ import annotations

from datetime import date

import dossier_helpers
import pytest
from dossier_helpers import claims_with, source

from whatweknow import Analyser
from whatweknow.model import Claim, Dossier
from whatweknow.readers.base import RawDocument
from whatweknow.readers.html import read_html

pytestmark = pytest.mark.model


def body(analyser: Analyser, paragraphs: str) -> Dossier:
    return dossier_helpers.body(
        analyser, paragraphs, title="Pumps in the news", published=date(2025, 5, 6)
    )


def claim_with(d: Dossier, fragment: str) -> Claim:
    return min(
        claims_with(d, fragment), key=lambda c: len(c.text)
    )  # the clause's own claim, not one holding it


def test_a_day_after_insisting_is_the_reporters_not_the_reported_clauses_subject(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "On Friday the Orrin Water Board admitted that a contractor had entered the pumping "
        "station, a day after insisting that no pumps had been touched. It put the number of "
        "homes affected at 3,000.",
    )
    found = source(d, claim_with(d, "no pumps had been touched"))
    assert found is not None and found.name == "Orrin Water Board"
    put = source(d, claim_with(d, "number of homes affected"))
    assert put is None or put.name == "Orrin Water Board"


def test_an_after_phrase_with_no_comma_stays_with_its_clause(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The Orrin Water Board said Tomas Vell had resigned after insisting that no pumps had "
        "been touched.",
    )
    found = source(d, claim_with(d, "no pumps had been touched"))
    assert found is None or found.name != "Orrin Water Board"


def test_the_one_accused_denies_in_a_when_clause_on_the_deed(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The suit accuses Brenna Shipping Ltd of misleading passengers when it denied on Monday "
        "that any sailing had been cancelled.",
    )
    found = source(d, claim_with(d, "any sailing had been cancelled"))
    assert found is not None and found.name == "Brenna Shipping Ltd"


def test_a_when_clause_on_an_unnamed_accused_names_nobody(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The suit accuses the ferry operator of misleading passengers when it denied on Monday "
        "that any sailing had been cancelled.",
    )
    found = source(d, claim_with(d, "any sailing had been cancelled"))
    assert found is None or found.name != "suit"


def test_every_sentence_of_a_quote_takes_the_role_and_name_tag_after_it(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "\"The rules exist so that people can protect themselves quickly. The operator's delay, "
        "and its public denial, deprived passengers of that chance,\" the authority's chair, "
        "Hanna Vesterlund, said.",
    )
    for fragment in ("The rules exist", "deprived passengers of that chance"):
        found = source(d, claim_with(d, fragment))
        assert found is not None and found.name == "Hanna Vesterlund", fragment


def test_a_tag_naming_two_people_names_nobody_for_the_quote(analyser: Analyser) -> None:
    d = body(
        analyser,
        "\"The rules exist so that people can protect themselves quickly. The operator's delay, "
        'and its public denial, deprived passengers of that chance," Hanna Vesterlund, Olaf '
        "Brenn, Ida Sand said.",
    )
    for fragment in ("The rules exist", "deprived passengers of that chance"):
        found = source(d, claim_with(d, fragment))
        assert found is None or found.name not in ("Hanna Vesterlund", "Ida Sand"), fragment


PAGE = """<html><head><title>Surveyor doubts the ferry timeline</title></head><body><article>
<h1>Surveyor doubts the ferry timeline</h1>
<p>A marine surveyor who examined the hull said on Wednesday that the damage was older than the
operator claims.</p>
<p>Greta Marlow, founder of the Holmsund firm Tidewater Survey, said the oldest crack she found
had been painted over at least twice. "If the hull had been struck in May, we would see bare
metal. There is none," she said.</p>
<p>She also pointed to a repair invoice dated in April. Marlow said the yard had billed the
operator for welding on the same plate.</p>
<figure><img src="/img/marlow.jpg" alt="">
<figcaption>Greta Marlow at the Tidewater Survey office in Holmsund. Photo: Anton Reese/The
Harbour Post</figcaption></figure>
<p>"Either the ship was damaged earlier than the operator says, or it was damaged twice. Either
way, the timeline does not fit the steel," she said.</p>
</article></body></html>
"""


def test_a_caption_between_paragraphs_does_not_break_the_pronoun_chain(
    analyser: Analyser,
) -> None:
    raw = read_html(PAGE.encode(), "ferry.html")
    assert isinstance(raw, RawDocument)
    assert raw.article.captions
    (item,) = analyser.analyse([raw])
    assert isinstance(item, tuple)
    d = item[1]
    for fragment in ("or it was damaged twice", "the timeline does not fit the steel"):
        found = source(d, claim_with(d, fragment))
        assert found is not None and found.name == "Greta Marlow", fragment


def test_a_named_owners_claim_mentioned_in_anothers_words_is_not_relayed_by_him(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Olaf Brenn spoke on Friday. He said the operator was examining a surveyor's claim that "
        'the hull had been damaged earlier, but that "nothing we have found so far supports '
        'that".',
    )
    c = claim_with(d, "the hull had been damaged earlier")
    brenn = next(a for a in d.actors if a.name == "Olaf Brenn")
    assert c.source != brenn.id and brenn.id not in c.via


def test_a_source_nested_with_a_verb_is_still_relayed(analyser: Analyser) -> None:
    d = body(analyser, "Olaf Brenn told the Harbour Post that divers say the hull was damaged.")
    c = claim_with(d, "the hull was damaged")
    brenn = next(a for a in d.actors if a.name == "Olaf Brenn")
    assert c.via == [brenn.id]


@pytest.mark.parametrize(
    ("paragraph", "fragment", "speaker"),
    [
        (
            "On Friday the Orrin Water Board said that Velto Engineering had told staff that no "
            "pumps had been touched. It put the number of homes affected at 3,000.",
            "number of homes affected",
            "Orrin Water Board",
        ),
        (
            "The fans' group Open Stand said that the club had told members that the tickets "
            "were safe. It said the refunds would start in June.",
            "the refunds would start in June",
            "Open Stand",
        ),
    ],
)
def test_it_opening_a_sentence_is_the_reporter_not_a_speaker_its_words_report(
    analyser: Analyser, paragraph: str, fragment: str, speaker: str
) -> None:
    d = body(analyser, paragraph)
    found = source(d, claim_with(d, fragment))
    assert found is None or found.name == speaker


def test_an_unmeasured_after_phrase_after_a_comma_is_not_moved_to_the_reporter(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "The Orrin police said Tomas Vell had fled the town, after telling neighbours that he "
        "was innocent.",
    )
    found = source(d, claim_with(d, "he was innocent"))
    assert found is None or found.name != "Orrin police"


def test_the_one_accused_denies_in_a_when_clause_on_a_second_deed(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The suit accuses Brenna Shipping Ltd of failing to secure its booking database and of "
        "misleading the public when it denied on Monday that any sailing had been cancelled.",
    )
    found = source(d, claim_with(d, "any sailing had been cancelled"))
    assert found is not None and found.name == "Brenna Shipping Ltd"


def test_a_closing_quotation_mark_is_no_word_of_the_speaker_named_after_it(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        '"The rules exist for a reason. The board ignored them," the authority\'s chair, '
        "Ines Morrow, said.",
    )
    quote = next(q for q in d.quotes if "ignored them" in q.text)
    assert quote.speaker_text is not None and quote.speaker_text[0].isalpha()
    assert all('"' not in a.name for a in d.actors)
