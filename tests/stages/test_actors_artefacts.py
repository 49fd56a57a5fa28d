"""Who's who at the actors stage: a maker's model is no actor, a person whose given name NER
left out is named in full, and a building named for a saint is one name."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.model import Dossier
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout


def dossier(analyser: Analyser, body: str) -> Dossier:
    text = f"Headline for the test\n\n{body}\n"
    article = build_article(text, parse_layout(text), fmt="text", published=date(2024, 6, 3))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    return item[1]


def kinds(d: Dossier) -> dict[str, str]:
    return {a.name: a.type for a in d.actors}


@pytest.mark.model
def test_a_name_ending_in_a_model_code_is_no_actor(analyser: Analyser) -> None:
    """ "a Halvek H-90 built by Halvek Rotorcraft": the aircraft is no body, person or place;
    the maker is a body."""
    d = dossier(
        analyser,
        "The helicopter, a Halvek H-90 built by Halvek Rotorcraft, had four other people aboard. "
        "The recorder was recovered from the tail section of the Halvek H-90 on Wednesday.",
    )
    found = kinds(d)
    assert not any("H-90" in name for name in found), found
    assert found.get("Halvek Rotorcraft") == "organisation"


@pytest.mark.model
def test_a_given_name_after_a_role_noun_joins_the_surname(analyser: Analyser) -> None:
    """ "co-pilot Ana Dirvu", NER's one-word body "Dirvu": the person Ana Dirvu, and the bare
    surname later is her."""
    d = dossier(
        analyser,
        "The survivors are co-pilot Ana Dirvu, 34, and the bodyguard, Emil Brann, 29. "
        "Dirvu said she could not remember the landing.",
    )
    person = next(a for a in d.actors if a.name.endswith("Dirvu"))
    assert (person.name, person.type) == ("Ana Dirvu", "person")
    assert len(person.mentions) == 2


@pytest.mark.model
def test_a_person_role_in_apposition_makes_a_person(analyser: Analyser) -> None:
    """ "Ilka Marvu, a doctor, …" where NER took the name for a body: a person; "Orsk Tarvel,
    a company, …" stays a body."""
    d = dossier(
        analyser,
        "Ilka Marvu, a doctor, treated the survivors. Marvu said they were lucky. "
        "Orsk Tarvel, a company, paid for the flights.",
    )
    person = next(a for a in d.actors if a.name.endswith("Marvu"))
    assert (person.name, person.type) == ("Ilka Marvu", "person")
    assert all(a.type != "person" for a in d.actors if "Tarvel" in a.name)


@pytest.mark.model
def test_a_building_named_for_a_saint_is_one_place(analyser: Analyser) -> None:
    """ "St Orin's Cathedral": one place, never "St Orin" as a person or a body."""
    d = dossier(
        analyser,
        "Mourners gathered at St Orin's Cathedral on Monday evening. "
        "The bishop of St Orin's Cathedral led the prayers.",
    )
    found = kinds(d)
    assert found.get("St Orin's Cathedral") == "place", found
    assert "St Orin" not in found
