"""A speaker written by a role or a description is the one the article names as such: the name
in apposition though the tagger took the role for a name; the organisation a utility's service
names; the organisation the reported words have as subject ("…, the airline said"). A name the
dossier does not know keeps a "she" after it from reaching back to someone else. Texts written
for these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model


def test_a_role_taken_for_a_name_is_the_name_in_apposition(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Flood water reached the church in Pellingrove on Sunday.\n\n"
        "The Pellingrove parish priest, Father Ragnar Ashgrove, said the families had nowhere "
        "else to go.",
    )
    found = source(d, claim_with(d, "the families had nowhere else"))
    assert found is not None and found.name == "Ragnar Ashgrove"


def test_she_after_an_unknown_name_of_a_body_is_not_the_person_before(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Nurses at Yarrowick hospital voted to strike on Monday. Chief executive Emrys Tallant "
        "said talks would continue.\n\nRagna Tarrow of the nurses' union said the vote was "
        "clear. The union will hold a meeting of its members on Saturday, she said.",
    )
    found = source(d, claim_with(d, "will hold a meeting of its members"))
    assert found is None or found.name != "Emrys Tallant"


WATER = (
    "MARROWBY, May 2 (Wire) - The water utility serving the hill town of Marrowby said on "
    "Monday that tap water remained safe to drink.\n\nThe Marrowby Water Board said its filters "
    "were working.\n\n"
)


def test_the_utility_is_the_one_body_named_for_its_service(analyser: Analyser) -> None:
    d = body(analyser, WATER + "The utility said new tests would be taken on Tuesday.")
    for words in ("tap water remained safe", "new tests would be taken"):
        found = source(d, claim_with(d, words))
        assert found is not None and found.name == "Marrowby Water Board", words


def test_two_bodies_named_for_a_service_leave_the_utility_as_written(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "The Marrowby Water Board and the Ambrey Gas Board met on Monday.\n\n"
        "The utility said prices would rise in June.",
    )
    found = source(d, claim_with(d, "prices would rise in June"))
    assert found is None or found.name not in ("Marrowby Water Board", "Ambrey Gas Board")


def test_the_airline_after_its_words_is_their_subject(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Wenlow Airlines suspended a pilot on Tuesday, the airline said.\n\n"
        "The airline did not name the pilot. It said the co-pilot would also be taken off duty.",
    )
    for words in ("suspended a pilot", "co-pilot would also be taken"):
        found = source(d, claim_with(d, words))
        assert found is not None and found.name == "Wenlow Airlines", words


def test_a_union_subject_is_no_airline(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The Lusk Airline Pilots Union opposed the new rota on Tuesday, the airline said.",
    )
    found = source(d, claim_with(d, "opposed the new rota"))
    assert found is None or found.name != "Lusk Airline Pilots Union"


def test_others_after_some_of_a_group_are_the_rest_of_that_group(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Some vets expect the cattle fever to fade by summer, but others warn it could return "
        "in the autumn.",
    )
    found = source(d, claim_with(d, "could return in the autumn"))
    assert found is not None and found.name == "other vets"


def test_a_countrys_minister_is_the_one_named_in_the_next_sentence(analyser: Analyser) -> None:
    d = body(
        analyser,
        "HARBEN, May 2 (Wire) - Kervia's fisheries minister said on Tuesday that the cod quota "
        'was final and would not be reviewed.\n\n"The quota is final," Minister of Fisheries '
        "Casimir Farrowmere told parliament.",
    )
    found = source(d, claim_with(d, "cod quota was final"))
    assert found is not None and found.name == "Casimir Farrowmere"


def test_it_after_the_airline_as_subject_is_the_airline_that_spoke(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Wenlow Airlines suspended a pilot on Tuesday, the airline said.\n\n"
        '"Taking a pilot off duty is normal," the airline said in a statement. "It settles '
        'nothing."\n\nThe airline did not name the pilot. It said the co-pilot would also be '
        "taken off duty.",
    )
    found = source(d, claim_with(d, "co-pilot would also be taken"))
    assert found is not None and found.name == "Wenlow Airlines"


def test_a_copy_of_a_record_speaks_as_the_record_seen_by_the_paper(analyser: Analyser) -> None:
    d = body(
        analyser,
        "A report on the Tessaly dam was finished in May.\n\nThe dam could fail in a large flood, "
        "according to a copy of the document seen by the Courier.",
    )
    found = source(d, claim_with(d, "could fail in a large flood"))
    assert found is not None and found.name == "the document, seen by the Courier"


def test_a_union_named_for_a_service_is_no_utility(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The Velt Power Workers Union called a strike on Monday.\n\n"
        "The utility said supplies would not be cut.",
    )
    found = source(d, claim_with(d, "supplies would not be cut"))
    assert found is None or found.name != "Velt Power Workers Union"


ACCUSED = (
    "Protesters blocked the road to the Thorncombe mine on Monday. Farmers accused Brenwick "
    "Holdings of paying people to join the blockade{more}.\n\nThe company accused of funding "
    "the march said on Tuesday that it had nothing to do with it."
)


def test_the_company_accused_of_a_deed_is_the_one_the_article_accused(
    analyser: Analyser,
) -> None:
    d = body(analyser, ACCUSED.format(more=". The mine is run by Ostara Metals"))
    found = source(d, claim_with(d, "nothing to do with it"))
    assert found is not None and found.name == "Brenwick Holdings"


def test_two_accused_leave_the_company_accused_unresolved(analyser: Analyser) -> None:
    d = body(analyser, ACCUSED.format(more=", and Ostara Metals was accused of hiring guards"))
    found = source(d, claim_with(d, "nothing to do with it"))
    assert found is None or found.name not in ("Brenwick Holdings", "Ostara Metals")


@pytest.mark.parametrize(
    "opening",
    [
        "Minister of Quarries Oskar Brenn said on Monday",
        "Minister of Fisheries Ada Korran said on Monday",
    ],
)
def test_a_title_with_its_portfolio_before_a_name_is_that_person_speaking(
    analyser: Analyser, opening: str
) -> None:
    d = body(
        analyser,
        f"TARVEL - {opening} that the quarry licence was final. Villagers blocked the road "
        "again on Tuesday.",
    )
    found = source(d, claim_with(d, "the quarry licence was final"))
    name = opening.rsplit(" said", 1)[0].split()[-2:]
    assert found is not None and found.name == " ".join(name)
