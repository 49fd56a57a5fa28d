"""What a named speaker calls a thing ("NAME called X “Q”"): the speaker's words, never the
outlet's; a report called by a dismissive name is denied; a quoted name is no hedge."""

from __future__ import annotations

from datetime import date

import dossier_helpers
import pytest
from dossier_helpers import claim_with

from whatweknow import Analyser
from whatweknow.model import Actor, Dossier

pytestmark = pytest.mark.model


def body(analyser: Analyser, paragraphs: str) -> Dossier:
    return dossier_helpers.body(
        analyser, paragraphs, title="Harbour talks", published=date(2025, 3, 4)
    )


def actor(d: Dossier, actor_id: str | None) -> Actor:
    assert actor_id is not None
    return next(a for a in d.actors if a.id == actor_id)


REPORTED = (
    "The Fen Courier reported on Monday that the two ministries had agreed a secret grain deal."
)


def test_a_report_called_speculation_is_the_callers_denial_with_no_hedge(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        f"{REPORTED} In Orlan, ministry spokesman Teo Varn called the report "
        "“speculation built on a forged letter”.",
    )
    claim = claim_with(d, "speculation built on a forged letter")
    assert claim.text.startswith("the report")
    assert claim.modality == "denied" and claim.hedges == []
    assert actor(d, claim.source).name == "Teo Varn"
    # the same with a rumour, or a piece of gossip
    for name in ("rumour", "gossip"):
        d = body(analyser, f"{REPORTED} Teo Varn called the report “{name} from the docks”.")
        claim = claim_with(d, f"{name} from the docks")
        assert claim.modality == "denied" and actor(d, claim.source).name == "Teo Varn"


def test_what_a_named_speaker_calls_a_thing_is_the_speakers_view(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The mayor, Ula Fenn, called the agreements “the most important step in a decade”.",
    )
    claim = claim_with(d, "the most important step in a decade")
    assert claim.text == "the agreements “the most important step in a decade”"
    assert claim.source is not None and actor(d, claim.source).name in ("Ula Fenn", "The mayor")
    assert claim.modality == "reported" and claim.proposition is None  # a view, nothing denied
    assert not [c for c in d.claims if c.source is None]


def test_a_call_for_something_and_a_pronoun_called_so_stay_the_outlets(
    analyser: Analyser,
) -> None:
    d = body(analyser, "Ula Fenn called for “calm and patience” at the quay.")
    assert claim_with(d, "calm and patience").modality != "denied"
    d = body(analyser, "Ula Fenn called it “possibly the worst deal in a decade”.")
    claim = claim_with(d, "possibly the worst deal")
    # the quoted name is Fenn's, not the outlet's doubt of the sentence that tells of it
    assert claim.text.startswith("Ula Fenn called it") and claim.hedges == []
    assert claim.modality != "speculated"


def test_a_sentence_that_goes_on_after_the_name_stays_the_outlets(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Ula Fenn called the agreements “a fair start” on Friday.\n\n"
        "Teo Varn called the talks “calm”, a word that often hides a quarrel.",
    )
    assert claim_with(d, "a fair start").text == "the agreements “a fair start”"
    assert claim_with(d, "a word that often hides a quarrel").source is None


def test_a_thing_called_a_fabrication_is_denied_by_the_caller(analyser: Analyser) -> None:
    d = body(analyser, "Teo Varn called the leaked minutes “a fabrication”.")
    claim = claim_with(d, "a fabrication")
    assert claim.text == "the leaked minutes “a fabrication”"
    assert claim.modality == "denied" and claim.source_text == "Teo Varn"
    d = body(analyser, "Teo Varn called the leaked minutes “not a fabrication”.")
    assert claim_with(d, "not a fabrication").modality != "denied"


def test_words_said_to_be_speculation_are_dismissed_not_a_guess_of_the_speaker(
    analyser: Analyser,
) -> None:
    """ "The ministry said the mayor's remarks were “speculation”": the ministry dismisses the
    remarks; it guesses nothing itself. What is itself called speculation is still a guess."""
    d = body(
        analyser,
        "The Harbour Ministry said the mayor's remarks were “speculation”.\n\n"
        "Officials said the cause of the fire remained speculation.",
    )
    dismissed = claim_with(d, "remarks were")
    assert dismissed.modality != "speculated" and dismissed.hedges == []
    assert claim_with(d, "cause of the fire").modality == "speculated"


def test_the_word_a_report_is_called_is_no_part_of_what_it_says(analyser: Analyser) -> None:
    """ "called a newspaper's report that P “false”": the report says P; "false" is the
    caller's word for the report (the parse hangs it on P's verb), never P's."""
    d = body(
        analyser,
        "Orna Pell, the port board's director, spoke on Monday. She called a weekly paper's "
        "report that the board hid its own safety rules “false”.",
    )
    told = [c for c in d.claims if c.text.startswith("the board hid")]
    assert [c.text for c in told] == ["the board hid its own safety rules"]
    assert told[0].source_text == "a weekly paper"
    # the report's own words carry the matter, to be paired with the caller's denial of it
    # elsewhere; the calling sentence gives no second line glued to the caller's word
    assert not [c for c in d.claims if "false" in c.text]
