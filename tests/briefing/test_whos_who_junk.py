"""Who's who across a story's articles: a headline's opening noun is nobody, a town is not the
body named after it, and a body's leading word is that body."""

from __future__ import annotations

from whatweknow.briefing.articles import whos_who

from .make import Doc, Who, dossier


def test_a_common_noun_opening_a_headline_is_nobody() -> None:
    """ "Ash buries hamlet …" where NER took "Ash" for a person, the story writing "the ash":
    no entry; a name that opens a headline and is written in capitals inside a sentence too
    ("said Velk") stays."""
    headline = Doc(
        blocks=[
            ("title", "Ash buries hamlet as eruption widens"),
            ("paragraph", "Homes were buried overnight, said Bryn Hask."),
        ],
        actors=[Who("person:ash", "Ash"), Who("person:tova renn", "Bryn Hask")],
    )
    body = Doc(
        blocks=[
            ("title", "Velk warns of more ash"),
            ("paragraph", "The ash fell all night, said Velk, a volcanologist."),
        ],
        actors=[Who("person:velk", "Velk")],
    )
    items = whos_who([dossier(headline), dossier(body)], {}).items
    assert sorted(i.text for i in items) == ["Bryn Hask (person)", "Velk (person)"]


def test_a_town_is_not_the_institute_named_after_it() -> None:
    """ "Families from Ubbin Arra" (NER: a body) in one article, the "Ubbin Arra Institute" in
    another: the town is no entry and the institute is cited at its own name."""
    town = Doc(
        blocks=[("paragraph", "Families from Ubbin Arra fled on Monday.")],
        actors=[Who("org:dol arra", "Ubbin Arra", "organisation")],
    )
    institute = Doc(
        blocks=[("paragraph", "The Ubbin Arra Institute said the flow had slowed.")],
        actors=[Who("org:dol arra institute", "Ubbin Arra Institute", "organisation")],
    )
    items = whos_who([dossier(town), dossier(institute)], {}).items
    assert [i.text for i in items] == ["Ubbin Arra Institute (organisation)"]
    assert items[0].citations[0].text == "Ubbin Arra Institute"


def test_a_bodys_first_word_alone_is_that_body() -> None:
    """ "Hearth said" (NER: a body) in one article, "Hearth Relief, a relief agency" in another:
    one entry; a first word written where a place goes ("convoys from Orsk", with "Orsk
    Freight") stays apart."""
    full = Doc(
        blocks=[("paragraph", "Hearth Relief, a relief agency, sent trucks. Orsk Freight paid.")],
        actors=[
            Who("org:hearth relief", "Hearth Relief", "organisation", roles=["relief agency"]),
            Who("org:orsk freight", "Orsk Freight", "organisation"),
        ],
    )
    short = Doc(
        blocks=[("paragraph", "Hearth said its convoys from Orsk were safe.")],
        actors=[
            Who("org:hearth", "Hearth", "organisation"),
            Who("org:orsk", "Orsk", "organisation"),
        ],
    )
    items = whos_who([dossier(full), dossier(short)], {}).items
    texts = [i.text for i in items]
    assert "Hearth Relief (organisation) — relief agency" in texts
    assert "Hearth (organisation)" not in texts
    freight = next(i for i in items if i.text.startswith("Orsk Freight"))
    assert [c.text for c in freight.citations] == ["Orsk Freight"]


def test_the_army_of_the_storys_state_is_a_party() -> None:
    """ "The Pellorian army said …" in one article, "the army denied it" in another (groups
    to the actors stage): one entry, the state's army; where another article names another
    state's army ("the Ostravian army"), whose the bare "army" is is unknown: no entry."""
    named = Doc(
        blocks=[("paragraph", "The Pellorian army said its patrol in Pelloria was attacked.")],
        actors=[
            Who("group:vessarian army", "Pellorian army", "group"),
            Who("place::vessaria", "Pelloria", "place"),
        ],
    )
    bare = Doc(
        blocks=[("paragraph", "The army denied it. Later the army said two trucks were hit.")],
        actors=[Who("group:army", "army", "group")],
    )
    items = whos_who([dossier(named), dossier(bare)], {}).items
    assert [i.text for i in items] == ["Pellorian army (organisation)"]
    assert [c.text for c in items[0].citations] == ["Pellorian army"]
    other = Doc(
        blocks=[("paragraph", "The Ostravian army said it stayed at the border with Ostravia.")],
        actors=[
            Who("group:taldrian army", "Ostravian army", "group"),
            Who("place::taldria", "Ostravia", "place"),
        ],
    )
    items = whos_who([dossier(named), dossier(bare), dossier(other)], {}).items
    assert [i.text for i in items] == []
