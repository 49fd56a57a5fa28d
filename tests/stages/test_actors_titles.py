"""Who's who: a title and its portfolio, or an office written before a name, are the person's
role and no part of the name."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from whatweknow import Analyser
from whatweknow.model import Actor, Dossier
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout
from whatweknow.stages.actors.roles import role_phrases


def dossier(analyser: Analyser, body: str) -> Dossier:
    text = f"Headline for the test\n\n{body}\n"
    article = build_article(text, parse_layout(text), fmt="text", published=date(2024, 6, 3))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    return item[1]


def named(d: Dossier, surname: str) -> Actor:
    found = [a for a in d.actors if a.name.split()[-1] == surname]
    assert len(found) == 1, [a.name for a in d.actors]
    return found[0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "surname", "name", "role"),
    [
        (
            "Minister of Mines Tobias Wrenne said on Monday that the permits would be "
            "reviewed. Wrenne added that no decision had been taken.",
            "Wrenne",
            "Tobias Wrenne",
            "Minister of Mines",
        ),
        (
            "Secretary of State for Energy Ilse Marrow said the grid was stable.",
            "Marrow",
            "Ilse Marrow",
            "Secretary of State for Energy",
        ),
        (
            "The shop lost its stock. Owner Jonas Freel said he had hired a lawyer.",
            "Freel",
            "Jonas Freel",
            "Owner",
        ),
    ],
)
def test_a_title_before_a_name_is_the_role_not_the_name(
    analyser: Analyser, body: str, surname: str, name: str, role: str
) -> None:
    actor = named(dossier(analyser, body), surname)
    assert (actor.name, actor.type) == (name, "person")
    assert role in actor.roles


def test_a_given_name_after_a_role_noun_is_no_word_of_the_role() -> None:
    """ "Opposition lawmaker Oda Venn said", where NER found only "Venn": the role is
    "Opposition lawmaker", without the given name."""
    words = ["Opposition", "lawmaker", "Oda", "Venn", "said", "so", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        tags=["NN", "NN", "NNP", "NNP", "VBD", "RB", "."],
        pos=["NOUN", "NOUN", "PROPN", "PROPN", "VERB", "ADV", "PUNCT"],
        deps=["compound", "compound", "compound", "nsubj", "ROOT", "advmod", "punct"],
        heads=[1, 3, 3, 4, 4, 4, 4],
        ents=["O", "O", "O", "B-PERSON", "O", "O", "O"],
    )
    assert [p.text for p in role_phrases(doc[3:4])] == ["Opposition lawmaker"]


@pytest.mark.model
def test_a_person_in_a_list_of_names_with_ages_is_a_person(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "The men were found missing at the morning count, the service said in a statement. "
        "It named them as Piet Varga, 44, Ivo Linden, 31, and Tomas Reil, 52. Linden was "
        "serving a sentence for fraud.",
    )
    actor = named(d, "Linden")
    assert (actor.name, actor.type) == ("Ivo Linden", "person")
    assert named(d, "Varga").type == named(d, "Reil").type == "person"


@pytest.mark.model
def test_an_owner_in_apposition_may_be_a_body(analyser: Analyser) -> None:
    """ "Owner Jonas Freel" is a person, but "the owner, Tarrow Deepwater Fisheries" a body:
    an owner is no sign of a person."""
    d = dossier(
        analyser,
        "The trawler was seized on Monday. The owner, Tarrow Deepwater Fisheries, said 14 men "
        "were aboard.",
    )
    assert named(d, "Fisheries").type == "organisation"
