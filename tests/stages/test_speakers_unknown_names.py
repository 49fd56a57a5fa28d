"""A speaker named with a person's role in apposition ("Ines Dal, the museum's director, said")
is that person, even where the entity recogniser missed the name; and a "She added" after her
is hers. A name with a body's noun beside it is no person. Texts written for these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model


def test_a_name_with_a_directors_role_is_a_person_who_speaks(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Ines Dal, the museum's director, said the roof held. She added that it would stay shut.",
    )
    first = source(d, claim_with(d, "the roof held"))
    assert first is not None and first.name == "Ines Dal" and first.type == "person"
    added = source(d, claim_with(d, "it would stay shut"))
    assert added is first


def test_she_after_a_quote_by_a_spokeswoman_is_the_spokeswoman(analyser: Analyser) -> None:
    d = body(
        analyser,
        '"That is untrue. We had a permit from the council," Mira Vandt, the charity\'s '
        "spokeswoman, said. She said the charity would publish the permit.",
    )
    found = source(d, claim_with(d, "the charity would publish the permit"))
    assert found is not None and found.name == "Mira Vandt"


def test_a_name_with_a_bodys_noun_beside_it_is_no_person(analyser: Analyser) -> None:
    d = body(analyser, "Vell Orsk, the town's charity, said the roof held.")
    assert not any(a.type == "person" and "Vell" in a.name for a in d.actors)
