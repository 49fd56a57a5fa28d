"""Speakers that a sentence names but who do not speak: a name in apposition after "the family
of the …" (the one the family belongs to), a "their" taken for the last name before it rather
than the plural it stands for, the subject of a main clause given the words of an "as" clause
with a speaker of its own, and a relative clause on a noun of speech read as what was said.
Texts written for these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model


def test_a_name_after_the_family_of_someone_is_not_the_family(analyser: Analyser) -> None:
    d = body(
        analyser,
        "In Pellow, the family of the drowned ferryman, Odo Marsk, say nobody from the harbour "
        "board has called them.",
    )
    c = claim_with(d, "nobody from the harbour board")
    found = source(d, c)
    assert found is None or "Marsk" not in found.name
    assert found is not None and found.name.startswith("family of")


def test_a_name_after_one_person_of_the_phrase_may_be_theirs(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The lawyer of the injured nurse, Ilse Brandt, said the clinic had ignored the rota.",
    )
    found = source(d, claim_with(d, "the clinic had ignored the rota"))
    assert found is None or found.name != "Ilse Brandt"


def test_their_families_after_a_list_are_the_plurals(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The herders are Rui Fenn, 41; Ola Brisk, 35; and Tam Oder, 19, their families and "
        "friends confirmed to the Kessa Echo.",
    )
    found = source(d, claim_with(d, "The herders are Rui Fenn"))
    assert found is not None and found.type == "group"
    assert found.name == "herders' families and friends"


def test_an_as_clause_keeps_its_own_speaker(analyser: Analyser) -> None:
    d = body(
        analyser,
        "One of the three pilots seized at the airstrip has been found alive, officials said on "
        "Tuesday, leaving two in the hands of their captors, as a second armed band said it was "
        "behind the abduction.",
    )
    c = claim_with(d, "it was behind the abduction")
    found = source(d, c)
    assert found is None or found.name != "officials"
    assert c.source_text == "a second armed band"
    main = claim_with(d, "One of the three pilots seized at the airstrip")
    found = source(d, main)
    assert found is not None and found.name == "officials"


def test_a_relative_clause_on_remarks_says_nothing(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Mayor Jolan Vess said on Monday that the lock gates had been left open, remarks that "
        "the canal authority swiftly denied.",
    )
    assert not any(c.text.startswith("the canal authority swiftly denied") for c in d.claims)
    c = claim_with(d, "the lock gates had been left open")
    found = source(d, c)
    assert found is not None and found.name == "Jolan Vess"


def test_a_noun_of_speech_with_a_relative_that_clause_reports_nothing(
    analyser: Analyser,
) -> None:
    d = body(analyser, "The port chief made remarks that the dockers later rejected.")
    assert not any(c.text.startswith("the dockers later rejected") for c in d.claims)


def test_words_a_letter_reads_are_the_letters_not_the_reporters(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Harbour master Lene Opdal told reporters on Monday that a letter had been pinned to "
        'the boathouse door in May warning crews to "sail away or sink here".',
    )
    (c,) = [x for x in d.claims if x.text.startswith("sail away or sink here")]
    found = source(d, c)
    assert found is None or found.name != "Lene Opdal"
    assert found is not None and found.name == "letter"
    told = claim_with(d, "a letter had been pinned")
    assert (found := source(d, told)) is not None and found.name == "Lene Opdal"


def test_a_message_read_out_is_its_own(analyser: Analyser) -> None:
    d = body(
        analyser,
        'Lene Opdal said the note read: "the boats will burn before the winter comes".',
    )
    q = [x for x in d.quotes if "boats will burn" in x.text]
    assert q and all(
        next((a.name for a in d.actors if a.id == x.speaker), None) != "Lene Opdal" for x in q
    )


def test_a_group_that_calls_itself_a_name_speaks_by_that_name(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Four surveyors were seized on Sunday. A militia calling itself the Harrow Shore Front "
        "said in a video posted online late on Monday that it was holding the surveyors.",
    )
    found = source(d, claim_with(d, "it was holding the surveyors"))
    assert found is not None and found.name == "Harrow Shore Front"


def test_comments_taken_for_a_verb_with_a_relative_clause_say_nothing(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "The mayor of Vossa's harbour district said on Friday that she would not be surprised "
        "if some bargain had already been struck with the men holding four divers, comments "
        "that the council in Brenmark quickly rejected.",
    )
    assert not any(c.text.startswith("the council in Brenmark") for c in d.claims)
