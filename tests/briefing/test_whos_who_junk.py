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


def test_a_name_written_only_where_a_place_goes_is_no_person() -> None:
    """ "a gully above Morrisk", "residents of Morrisk", "the mayor of Morrisk" that NER took
    for a person, one article typing it a place ("the hamlet of Morrisk"): the place, no
    entry; the mayor, who speaks, stays."""
    told = Doc(
        blocks=[
            (
                "paragraph",
                "The van left the road in a gully above Morrisk. Two residents of Morrisk saw "
                "it fall, said Edda Lunn, the mayor of Morrisk.",
            )
        ],
        actors=[
            Who("person:morrisk", "Morrisk"),
            Who("person:edda lunn", "Edda Lunn", roles=["mayor of Morrisk"]),
        ],
    )
    typed = Doc(
        blocks=[("paragraph", "Rescuers reached the hamlet of Morrisk at dawn.")],
        actors=[Who("place::morrisk", "Morrisk", "place")],
    )
    items = whos_who([dossier(told), dossier(typed)], {}).items
    assert [i.text for i in items] == ["Edda Lunn (person) — mayor of Morrisk"]


def test_the_and_a_name_that_never_acts_is_no_body() -> None:
    """ "On a road like the Tarrowgap, …" (NER: a body) is a thing's name, no party; "the
    Brennock Trust said" (a body's ending), "the Velmar, a charity, …" (a role) and "the
    Dunmark's chief" (an owner) stay."""
    doc = Doc(
        blocks=[
            (
                "paragraph",
                "On a road like the Tarrowgap, brakes fail. The Brennock Trust said it would "
                "help. The Velmar, a charity, sent food. The Dunmark's chief resigned.",
            )
        ],
        actors=[
            Who("org:tarrowgap", "Tarrowgap", "organisation"),
            Who("org:brennock trust", "Brennock Trust", "organisation"),
            Who("org:velmar", "Velmar", "organisation", roles=["charity"]),
            Who("org:dunmark", "Dunmark", "organisation"),
        ],
    )
    items = whos_who([dossier(doc)], {}).items
    assert sorted(i.text for i in items) == [
        "Brennock Trust (organisation)",
        "Dunmark (organisation)",
        "Velmar (organisation) — charity",
    ]


def test_a_town_is_not_the_newspaper_named_after_it() -> None:
    """ "the road that links Pellith with the coast" (NER: a person) beside the story's outlet
    "The Pellith Gazette", the town typed a place elsewhere: the town, no entry, and the
    newspaper is not cited at the town's name."""
    town = Doc(
        blocks=[("paragraph", "The road that links Pellith with the coast was shut.")],
        actors=[Who("person:pellith", "Pellith")],
    )
    typed = Doc(
        blocks=[("paragraph", "Crews worked in Pellith. The Gazette reporter saw them.")],
        actors=[Who("place::pellith", "Pellith", "place")],
        outlet="The Pellith Gazette",
    )
    paper = Doc(
        blocks=[("paragraph", "A report by the Pellith Gazette was denied.")],
        actors=[Who("org:pellith gazette", "Pellith Gazette", "organisation")],
    )
    items = whos_who([dossier(town), dossier(typed), dossier(paper)], {}).items
    assert [i.text for i in items] == ["Pellith Gazette (organisation)"]
    assert items[0].citations[0].text == "Pellith Gazette"


def test_the_host_state_whose_organs_act_is_a_party() -> None:
    """ "in Quellaria" in both articles (a place no gazetteer knows) and "the Quellarian police
    said" in one: the host state is an entry; "Brisk", a town named in one article of two with
    no organ of its own, and "Tamsor", a place named in both whose demonym qualifies no organ,
    are not."""
    first = Doc(
        blocks=[("paragraph", "A ferry sank off Brisk in Quellaria, the Quellarian police said.")],
        actors=[
            Who("place::brisk", "Brisk", "place"),
            Who("place::quellaria", "Quellaria", "place"),
            Who("group:quellarian police", "Quellarian police", "group"),
        ],
    )
    second = Doc(
        blocks=[("paragraph", "Divers in Quellaria searched near Tamsor, said Ilka Vorn.")],
        actors=[
            Who("place::quellaria", "Quellaria", "place"),
            Who("place::tamsor", "Tamsor", "place"),
            Who("person:ilka vorn", "Ilka Vorn"),
        ],
    )
    third = Doc(
        blocks=[("paragraph", "Tamsor residents and Tamsorian fishermen waited.")],
        actors=[Who("place::tamsor", "Tamsor", "place")],
    )
    items = whos_who([dossier(first), dossier(second), dossier(third)], {}).items
    assert sorted(i.text for i in items) == ["Ilka Vorn (person)", "Quellaria (state)"]
    state = next(i for i in items if i.text == "Quellaria (state)")
    assert state.record == "place::quellaria"
    assert state.citations[0].text == "Quellaria"
