"""The actors stage on sentences the tests write: metonymy, aliases, acronyms, roles, groups."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.model import Actor, Dossier
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout

pytestmark = pytest.mark.model


def dossier(analyser: Analyser, body: str, published: date | None = date(2024, 6, 3)) -> Dossier:
    text = f"Headline for the test\n\n{body}\n"
    article = build_article(text, parse_layout(text), fmt="text", published=published)
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    d = item[1]
    for actor in d.actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text
    return d


def by_surface(d: Dossier, surface: str) -> tuple[Actor, str]:
    for actor in d.actors:
        for m in actor.mentions:
            if m.text == surface:
                return actor, m.as_
    raise AssertionError(f"no mention {surface!r} in {[a.name for a in d.actors]}")


@pytest.mark.parametrize(
    ("body", "surface", "country", "as_"),
    [
        ("Tehran and Moscow have rejected the report as a fabrication.", "Moscow", "RUS", "actor"),
        ("Tehran and Moscow have rejected the report as a fabrication.", "Tehran", "IRN", "actor"),
        ("Beijing urged Berlin not to send tanks to Kyiv.", "Berlin", "DEU", "actor"),
        ("Beijing urged Berlin not to send tanks to Kyiv.", "Kyiv", "UKR", "actor"),
        ("The talks with Washington resumed on Monday.", "Washington", "USA", "actor"),
        ("The delegates met in Shanghai on Monday.", "Shanghai", "CHN", "place"),
        ("A Moscow-based correspondent filed the story.", "Moscow", "RUS", "place"),
        ("The ministers flew to Tokyo for the meeting.", "Tokyo", "JPN", "place"),
    ],
)
def test_capitals_act_as_states_and_locate_as_places(
    analyser: Analyser, body: str, surface: str, country: str, as_: str
) -> None:
    actor, used_as = by_surface(dossier(analyser, body), surface)
    assert used_as == as_
    assert actor.country == country
    assert actor.type == ("state" if as_ == "actor" else "place")
    if as_ == "place":
        assert actor.name == surface and actor.lat is not None


def test_a_seat_of_government_is_its_state(analyser: Analyser) -> None:
    actor, used_as = by_surface(dossier(analyser, "The Kremlin denied the report."), "Kremlin")
    assert (actor.country, actor.type, used_as) == ("RUS", "state", "actor")


def test_short_names_join_the_full_name_and_roles_come_from_premodifiers(
    analyser: Analyser,
) -> None:
    d = dossier(
        analyser,
        "State Department spokesperson Grace Okafor said the talks would go ahead. "
        '"We are ready," Okafor told reporters.',
    )
    actor, _ = by_surface(d, "Grace Okafor")
    assert by_surface(d, "Okafor")[0].id == actor.id
    assert actor.type == "person"
    assert (actor.country, actor.sector) == ("USA", "GOV")
    assert any("spokesperson" in r for r in actor.roles)
    assert "Okafor" in actor.aliases


def test_roles_from_appositions_give_sector_and_country_only_where_the_text_says(
    analyser: Analyser,
) -> None:
    d = dossier(
        analyser,
        "Maria Ortiz, a Beijing-based correspondent, said the ships had left. "
        "Lena Brandt, an Iran expert at the University of Hamburg, said the cargo was unclear.",
    )
    ortiz, _ = by_surface(d, "Maria Ortiz")
    assert ortiz.sector == "MED" and ortiz.country is None  # based in Beijing is not Chinese
    assert any("correspondent" in r for r in ortiz.roles)
    brandt, _ = by_surface(d, "Lena Brandt")
    assert (brandt.sector, brandt.country) == ("EDU", "DEU")  # not IRN: Iran is her topic


def test_an_acronym_defined_in_the_text_is_one_actor(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "The Northern Fisheries Council (NFC) said the quota would fall. "
        "The NFC added that boats would be inspected.",
    )
    council, _ = by_surface(d, "Northern Fisheries Council")
    assert by_surface(d, "NFC")[0].id == council.id
    assert council.type == "organisation"


def test_collective_sources_are_group_actors(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "Analysts said the deal was fragile. Japanese media reported that officials "
        "had met twice, and people here said they were worried.",
    )
    media, _ = by_surface(d, "Japanese media")
    assert (media.type, media.country, media.sector) == ("group", "JPN", "MED")
    assert by_surface(d, "Analysts")[0].type == "group"
    assert by_surface(d, "people here")[0].type == "group"


def test_leaders_resolve_by_year_and_titles_find_them(analyser: Analyser) -> None:
    d = dossier(analyser, "Xi said the visit was useful. The Chinese president will visit Tokyo.")
    xi, _ = by_surface(d, "Xi")
    assert (xi.name, xi.country, xi.sector) == ("Xi Jinping", "CHN", "GOV")
    assert by_surface(d, "Chinese president")[0].id == xi.id


def test_unknown_names_are_kept_without_a_guessed_country(analyser: Analyser) -> None:
    d = dossier(analyser, "Tomas Vrabel said the harbour would reopen.")
    actor, _ = by_surface(d, "Tomas Vrabel")
    assert actor.type == "person" and actor.country is None and actor.sector is None


def test_bylines_and_credits_are_not_actors(analyser: Analyser) -> None:
    text = (
        "Harbour talks stall\n\nBy Ana Lopes\n\nOfficials in Lisbon said talks had stalled.\n\n"
        "(Reporting by Kim Osei; Editing by Sam Hale)\n"
    )
    article = build_article(text, parse_layout(text), fmt="text")
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    names = {a.name for a in item[1].actors}
    assert "Lisbon" in names
    assert not names & {"Ana Lopes", "Kim Osei", "Sam Hale"}


def test_the_same_party_has_the_same_key_in_two_articles(analyser: Analyser) -> None:
    a = dossier(analyser, "Moscow rejected the plan.")
    b = dossier(analyser, "Russia said it would not sign.")
    assert by_surface(a, "Moscow")[0].key == by_surface(b, "Russia")[0].key == "country:RUS"


def test_an_apposition_naming_a_firm_makes_an_organisation(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "Vantor Orbital, an Oslo-based imagery firm with no link to the Japanese government, "
        "said the ship had sailed. Vantor added that it would publish the images.",
    )
    firm, _ = by_surface(d, "Vantor Orbital")
    assert firm.type == "organisation" and firm.key == "org:vantor orbital"
    assert firm.country is None  # "the Japanese government" is not where the firm is from
    assert by_surface(d, "Vantor")[0].id == firm.id


def test_named_ships_are_not_parties(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "The patrol vessel Harukaze and the freighter Blue Heron collided. Later the Harukaze "
        "returned to port.",
    )
    names = {m.text for a in d.actors for m in a.mentions}
    assert not names & {"Harukaze", "Blue Heron"}


def test_dates_hold_no_people(analyser: Analyser) -> None:
    d = dossier(analyser, "The ministers met on 2 May 2024. Theresa May said nothing.")
    (may,) = [a for a in d.actors if a.name == "Theresa May"]
    assert [m.text for m in may.mentions] == ["Theresa May"]


def test_a_ship_named_then_described_is_not_a_party(analyser: Analyser) -> None:
    d = dossier(analyser, "Officials asked about the Sea Lark, the freighter at the centre of it.")
    assert not any("Sea Lark" in m.text for a in d.actors for m in a.mentions)


def test_no_actor_from_a_posts_counters_or_a_captions_credit(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "The harbour master said the quay would reopen on Friday.\n\n"
        "Lindby Port Authority (@lindbyport) · June 2, 2024\n"
        "Crews are clearing the quay tonight. #storm\n"
        "2,310 Reposts  8,114 Likes\n\n"
        "The harbour master Ole Brandt at the quay on Monday (Fjord Courier/Handout)\n\n"
        "Divers from Aarhus joined the search on Tuesday.",
    )
    names = [a.name for a in d.actors]
    assert not any("Likes" in n or "Reposts" in n or "Handout" in n for n in names), names
    assert "Ole Brandt" not in names, names  # a caption (only) names no party of the story


@pytest.mark.parametrize(
    ("body", "surface", "country"),
    [
        ("The Norwegian Fisheries Council rejected the quota.", "Norwegian Fisheries Council",
         "NOR"),
        ("The Kenya Forestry Board said the fires were out.", "Kenya Forestry Board", "KEN"),
        ("The American Hospital of Tunis said ten were hurt.", "American Hospital of Tunis",
         "TUN"),  # "of" a place first: where it is, not whose name it bears
    ],
)  # fmt: skip
def test_an_unknown_organisation_takes_the_country_its_name_gives(
    analyser: Analyser, body: str, surface: str, country: str
) -> None:
    actor, _ = by_surface(dossier(analyser, body), surface)
    assert actor.type == "organisation" and actor.country == country


def test_an_organisation_with_no_country_in_its_name_gets_none(analyser: Analyser) -> None:
    d = dossier(analyser, "The Harbour Trust said it would appeal.")
    actor, _ = by_surface(d, "Harbour Trust")
    assert actor.country is None


def test_a_states_ministry_is_that_states_and_never_joins_anothers(analyser: Analyser) -> None:
    one = dossier(
        analyser,
        "Norway's Fisheries Directorate closed the bay. The Fisheries Directorate said the ban "
        "would last a week.",
    )
    other = dossier(analyser, "Chile's Fisheries Directorate reopened the bay.")
    norway, _ = by_surface(one, "Fisheries Directorate")
    assert norway.country == "NOR" and norway.key == "org:NOR:fisheries directorate"
    assert len(norway.mentions) == 2  # the later bare name is the same body
    chile, _ = by_surface(other, "Fisheries Directorate")
    assert chile.key != norway.key


def test_a_persons_name_holds_no_place_of_origin() -> None:
    """NER sometimes takes "Lucia Brandt of Osmia" for one name: the person is Lucia Brandt
    (the place is a mention of its own); "Joan of Arc" keeps its "of"."""
    import spacy

    from whatweknow.stages.actors.mentions import _person_name

    nlp = spacy.blank("en")
    doc = nlp("Lucia Brandt of Osmia and Joan of Arc spoke")
    assert _person_name(doc[0:4]).text == "Lucia Brandt"
    assert _person_name(doc[5:8]).text == "Joan of Arc"


def test_no_actor_from_a_labelled_captions_credit_a_promo_or_an_opening_common_word(
    analyser: Analyser,
) -> None:
    d = dossier(
        analyser,
        "The inquiry opened on Monday, the minister said.\n\n"
        "Coast guard divers are expected to reach the hull, which lies in deep water, on "
        "Thursday if the weather allows, Commander Jan Vik said.\n\n"
        "The coast guard has three ships in the area.\n\n"
        "Photo: Harbour master Ole Brandt at the quay on Monday. (Fjord Courier/Ida Lund)\n\n"
        "Photo: Cranes stand idle at the quay. (Lindby Echo)\n\n"
        "Listen to our full report on Fjord Radio News at noon.\n\n"
        "Divers from Aarhus joined the search.",
    )
    names = [a.name for a in d.actors]
    assert not any(n in ("Coast", "Lindby Echo", "Fjord Radio News") for n in names), names
    assert not any("Fjord Courier" in n or "Ida Lund" in n for n in names), names
    assert "Ole Brandt" not in names, names  # a caption (only) names no party of the story


def test_no_actor_or_claim_from_a_bracketed_captions_credit_or_a_stations_call(
    analyser: Analyser,
) -> None:
    d = dossier(
        analyser,
        "The inquiry into the fire at the Kell mill opened on Monday, the minister said.\n\n"
        "(Photo caption: Candles left at the mill gates on Tuesday. Harbour Gazette/Tom Reyes)"
        "\n\nListen to Radio Kell News every hour on the hour, or follow us online.\n\n"
        "Divers from Aarhus joined the search.",
    )
    names = [a.name for a in d.actors]
    assert not any("Tom Reyes" in n or "Radio Kell" in n for n in names), names
    texts = " | ".join(c.text for c in d.claims)
    assert "Candles" not in texts and "Listen" not in texts, texts


@pytest.mark.parametrize(
    ("words", "want"),
    [
        (["Ruiz", "37.2", "percent"], "Ruiz"),  # a share NER ran on over
        (["Ruiz", "37", "%"], "Ruiz"),
        (["Vance", "of"], "Vance"),  # a name that ran into the next phrase
        (["Tilda", "Vance", "and"], "Tilda Vance"),
        (["the", "Bank", "of", "Ostria"], "Bank of Ostria"),  # "of" inside a name stays
        (["Route", "9", "Alliance"], "Route 9 Alliance"),  # a whole number inside a name stays
    ],
)
def test_a_name_ends_before_a_share_and_never_on_a_preposition(words: list[str], want: str) -> None:
    import spacy
    from spacy.tokens import Doc

    from whatweknow.stages.actors.mentions import _trim

    doc = Doc(spacy.blank("en").vocab, words=[*words, "said", "."])
    span = _trim(doc[0 : len(words)])
    assert span is not None and span.text == want


@pytest.mark.parametrize(
    ("words", "want"),
    [
        (["Kite", "Runner", "at", "Farholm"], "Kite Runner"),  # NER ran on into the place
        (["Ostby", "Trust", "in", "Vell"], "Ostby Trust"),
        (["University", "of", "Tarn", "at", "Ebbing"], "University of Tarn at Ebbing"),
        (["Kite", "Runner", "at", "dawn"], "Kite Runner at dawn"),  # no place after it
        (["Velt", "Builders", "on", "Quarry", "Road"], "Velt Builders"),  # a street after "on"
        (["Council", "on", "Public", "Accounts"], "Council on Public Accounts"),  # no street
    ],
)
def test_a_name_ends_before_the_place_ner_ran_on_into(words: list[str], want: str) -> None:
    import spacy
    from spacy.tokens import Doc

    from whatweknow.stages.actors.mentions import _before_place

    doc = Doc(spacy.blank("en").vocab, words=[*words, "said", "."])
    assert _before_place(doc[0 : len(words)]).text == want


def test_a_name_after_the_port_of_is_a_place(analyser: Analyser) -> None:
    d = dossier(analyser, "Kaval said the destination was the port of Qessa in Marand.")
    port, used_as = by_surface(d, "Qessa")
    assert (port.type, used_as) == ("place", "place")


def test_the_articles_own_outlet_named_in_its_text_is_no_party(analyser: Analyser) -> None:
    text = (
        "Headline for the test\n\nThe clerk was dismissed on Friday, her lawyer, Martin Keller, "
        "told the Quayside Ledger. The Quayside Ledger has asked the council for its minutes.\n"
    )
    article = build_article(
        text, parse_layout(text), fmt="text", published=date(2024, 6, 3), outlet="Quayside Ledger"
    )
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    names = [a.name for a in item[1].actors]
    assert "Martin Keller" in names and not [n for n in names if "Ledger" in n], names


@pytest.mark.parametrize(
    ("outlet", "body", "short"),
    [
        (
            "Quayside Courier",
            "The clerk was dismissed on Friday, her lawyer, Martin Keller, told the Courier by "
            "phone. Keller said the council had acted unlawfully.",
            "Courier",
        ),
        (
            "QTN News",
            "The clerk was dismissed on Friday, her lawyer, Martin Keller, said.\n\n"
            "Watch: QTN's evening bulletin on the dismissal",
            "QTN",
        ),
        (
            "Radio Brava Online",
            "The clerk was dismissed on Friday, her lawyer, Martin Keller, told Radio Brava.",
            "Radio Brava",
        ),
    ],
)
def test_the_articles_own_outlet_by_its_short_form_is_no_party(
    analyser: Analyser, outlet: str, body: str, short: str
) -> None:
    """ "told the Courier" in an article of the Quayside Courier, "Watch: QTN's bulletin" in
    one of QTN News: the reporter speaking of itself."""
    text = f"Headline for the test\n\n{body}\n"
    article = build_article(
        text, parse_layout(text), fmt="text", published=date(2024, 6, 3), outlet=outlet
    )
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    names = [a.name for a in item[1].actors]
    assert "Martin Keller" in names and short not in names, names


def test_the_first_word_of_a_role_title_is_no_organisation(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "The union said it would march through Dunmore on Friday. "
        "Interior Minister Ida Brandt warned that the march would be stopped.",
    )
    names = [a.name for a in d.actors]
    assert "Ida Brandt" in names and "Interior" not in names, names


def test_a_name_after_a_rank_is_a_person_without_the_rank(analyser: Analyser) -> None:
    """ "Detective Superintendent Tarn Oswy of the Coastal Fraud Unit": a person, not the unit."""
    d = dossier(
        analyser,
        "Detective Superintendent Tarn Oswy of the Coastal Fraud Unit said two suspects were held.",
    )
    person, _ = by_surface(d, "Tarn Oswy")
    assert person.type == "person"
    speaker = next(c for c in d.claims if "two suspects" in c.text).source
    assert speaker == person.id


def test_a_name_ending_as_a_bodys_name_is_never_a_person(analyser: Analyser) -> None:
    """ "Quillon Labs" (NER: a person) ends as bodies' names do; the apposition after "of Quillon
    Labs" describes the firm, so Mara Lenz stays a person."""
    d = dossier(
        analyser, "Mara Lenz of Quillon Labs, a data firm that tracks such gangs, said it was real."
    )
    assert by_surface(d, "Quillon Labs")[0].type == "organisation"
    assert by_surface(d, "Quillon Labs")[0].key == "org:quillon labs"
    assert by_surface(d, "Mara Lenz")[0].type == "person"


@pytest.mark.parametrize(
    "body",
    [
        "The cover was suspended by Pellan Marine on Sunday, the operator said.",
        "The crates held tractor parts, Dorn Freight said on Friday.",
    ],
)
def test_a_name_ending_in_an_industry_word_is_a_firm(analyser: Analyser, body: str) -> None:
    """Two capitalised words whose last is an industry word ("… Marine", "… Freight"), which
    NER labels a person: a firm's name."""
    d = dossier(analyser, body)
    firm = next(a for a in d.actors if a.name.split()[-1] in ("Marine", "Freight"))
    assert firm.type == "organisation", firm


def test_an_honorific_is_no_part_of_a_persons_name(analyser: Analyser) -> None:
    """ "Mr Velk" is the person Velk (so that the briefing joins him to "Osric Velk" named in
    another article), never a person called "Mr Velk"."""
    d = dossier(
        analyser, "I met Mr Velk once, in March, the minister said. Mr Velk declined to comment."
    )
    people = [a for a in d.actors if a.type == "person"]
    assert [(a.name, a.key) for a in people] == [("Velk", "person:velk")], people


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Veldra's foreign ministry said it knew nothing of the sale. Veldra had not sold any "
            "drones, it added.",
            "Veldra",
        ),
        ("Two Corvanian officials said the ship would be stopped. Corvania denied it.", "Corvania"),
        ("The cargo was bound for Ostmark, a neighbouring country, the spokesman said.", "Ostmark"),
        ("Tesmar denied the report, the government of Tesmar said on Monday.", "Tesmar"),
    ],
)
def test_an_unknown_name_the_text_marks_as_a_state_is_a_state(
    analyser: Analyser, body: str, name: str
) -> None:
    """Names no gazetteer knows, marked as states by what only states have: a foreign
    ministry, officials of its demonym, "a country" in apposition, a government "of" it."""
    d = dossier(analyser, body)
    (state,) = [a for a in d.actors if a.name == name]
    assert (state.type, state.key) == ("state", f"country::{name.lower()}")
    assert not [a for a in d.actors if a.name == f"{name[:-1]}n" or a.name == f"{name}n"]


@pytest.mark.parametrize(
    "body",
    [
        "Halden's spokesman said the firm had done nothing wrong. Halden had chartered the ship.",
        "Bramsey's regional government said the roads were shut. Bramsey is cut off.",
        "The Tollund government fell. Tollund's ministers quit, and the Tollund party split.",
        "The Brenmark government fell on Monday after Brenmark lost the vote, officials said.",
    ],
)
def test_a_spokesman_a_regional_government_or_a_partys_makes_no_state(
    analyser: Analyser, body: str
) -> None:
    d = dossier(analyser, body)
    assert not [a for a in d.actors if a.type == "state"], d.actors


def test_only_a_name_ner_took_for_a_person_or_a_body_may_become_a_state() -> None:
    """A name NER always took for a place stays a place, whatever cue follows ("Bavaria's
    interior ministry" is a region's); one it typed a person or a body in some mention may be
    a state, its place mentions with it; a name the text says is a body's may not."""
    from whatweknow.stages.actors.gazetteer import load_gazetteer
    from whatweknow.stages.actors.resolve import Party, Resolver

    res = Resolver(load_gazetteer(), 2024)
    for party in (
        Party("place::vestmark", "Vestmark", "place"),
        Party("place::kelmar", "Kelmar", "place"),
        Party("org:kelmar", "Kelmar", "organisation"),
        Party("org:tolland", "Tolland", "organisation", told=True),
    ):
        res.parties[party.key] = party
    assert res.unknown_names() == {"Kelmar"}


def test_an_institution_noun_before_a_name_says_it_is_a_body(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "The group Iron Wren has said it took the files and will sell them unless it is paid. "
        "Police said Iron Wren had not been seen before.",
    )
    actor, _ = by_surface(d, "Iron Wren")
    assert (actor.type, actor.key) == ("organisation", "org:iron wren")
    assert len(actor.mentions) == 2
    assert actor.roles == ["group"]  # its kind, which the briefing reads as the text's word


def test_the_leading_words_of_a_body_named_in_the_article_are_that_body(
    analyser: Analyser,
) -> None:
    d = dossier(
        analyser,
        "Her ambulance went to another hospital, a longer drive than to St Oswin, her son said. "
        "The ambulance was meant for St Oswin University Hospital.",
    )
    short, _ = by_surface(d, "St Oswin")
    assert short.name == "St Oswin University Hospital" and short.type == "organisation"


def test_the_last_word_of_a_body_named_in_the_article_is_that_body(analyser: Analyser) -> None:
    """ "the Ledger's report" after "the Tarnwick Ledger": one newspaper; a word that ends
    bodies' names of any kind ("the Union") joins none of them."""
    d = dossier(
        analyser,
        "Officials told the Tarnwick Ledger that the deal was signed. The Ledger's report cited "
        "leaked files.",
    )
    short, _ = by_surface(d, "Ledger")
    assert short.name == "Tarnwick Ledger" and short.type == "organisation"


def test_two_full_names_of_one_surname_are_two_people(analyser: Analyser) -> None:
    """Two people of one surname: each keeps their own entry, and a bare surname is the one
    named last before it."""
    d = dossier(
        analyser,
        "Dara Quist, who had a fall, was taken to a clinic in the north, her son Tobias Quist "
        "said. Quist said he was angry.",
    )
    dara, _ = by_surface(d, "Dara Quist")
    tobias, _ = by_surface(d, "Tobias Quist")
    assert dara.id != tobias.id and dara.type == tobias.type == "person"
    assert [m.text for m in dara.mentions] == ["Dara Quist"]


def test_a_town_someone_was_taken_to_is_a_place(analyser: Analyser) -> None:
    d = dossier(
        analyser, "His mother died after her ambulance was diverted to Harrowgate, Tom Quist said."
    )
    town, as_ = by_surface(d, "Harrowgate")
    assert (town.type, as_) == ("place", "place")
    taken = dossier(analyser, "The opposition took the dispute to Parliament on Monday.")
    assert by_surface(taken, "Parliament")[0].type == "organisation"  # a thing taken there


def test_a_town_a_works_stands_in_is_a_place(analyser: Analyser) -> None:
    """ "the Orvale Mills plant in Pessary", where NER took Pessary for a body: the town; a
    body one invests in is no works ("invested in Norrholt") and stays a body."""
    d = dossier(
        analyser,
        "Cases linked to the Orvale Mills plant in Pessary had risen to 30, the union said.",
    )
    assert by_surface(d, "Pessary")[0].type == "place"
    invested = dossier(analyser, "He invested in Norrholt, a small chip maker.")
    assert by_surface(invested, "Norrholt")[0].type == "organisation"


def test_a_bare_surname_of_two_people_is_the_one_named_last_before_it(
    analyser: Analyser,
) -> None:
    """Or nobody's, where both were named in the sentence before it."""
    d = dossier(
        analyser,
        "Tobias Quist said his mother, Dara Quist, had waited for an hour. Quist said she was in "
        "pain. Later Tobias Quist met the minister. Quist said he was angry.",
    )
    dara, _ = by_surface(d, "Dara Quist")
    tobias, _ = by_surface(d, "Tobias Quist")
    assert [m.text for m in dara.mentions] == ["Dara Quist"]
    assert [m.text for m in tobias.mentions] == ["Tobias Quist", "Tobias Quist", "Quist"]
    assert tobias.mentions[-1].start > tobias.mentions[1].start


def test_a_given_name_ner_left_out_names_a_second_person_of_the_surname(
    analyser: Analyser,
) -> None:
    """NER may find only "Tobias Pell"; "Elna Pell" before it is still a name of its own, not
    "Pell" of Tobias Pell (the entity is taken out here to stand for that miss)."""
    text = "Elna Pell, who had a stroke, was taken to a clinic, her son Tobias Pell said."
    doc = analyser.nlp.make_doc(text)
    for name, proc in analyser.nlp.pipeline:
        doc = proc(doc)
        if name == "ner":
            doc.ents = [e for e in doc.ents if e.text != "Elna Pell"]
        if name == "wwk_actors":
            break
    people = {a.name: [m.text for m in a.mentions] for a in doc._.wwk_actors}
    assert people["Elna Pell"] == ["Elna Pell"]
    assert people["Tobias Pell"] == ["Tobias Pell"]


def test_a_section_label_above_a_wire_copy_is_nobody(analyser: Analyser) -> None:
    """The text opens with the label (the headline given apart, as a feed gives it)."""
    title = "Clinic shut after attack"
    text = (
        "NATIONAL\n\n\nOSTBY, Norland, May 2 (Coastline Wire) — A cyberattack shut the Ostby "
        "clinic on Friday, the Norland Health Board said.\n"
    )
    lay = parse_layout(text, title=title)
    article = build_article(text, lay, fmt="text", published=date(2024, 6, 3), title=title)
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    names = [a.name for a in item[1].actors]
    assert "Norland Health Board" in names
    assert not any(n.casefold() == "national" for n in names)


def test_a_name_behind_titles_that_ner_missed_is_a_person(analyser: Analyser) -> None:
    """Titles are no part of the name and give the role; a later bare surname joins it. The
    entity is taken out here to stand for NER's miss."""
    text = (
        "Detective Superintendent Orla Venn of the Harbour Crime Unit said two men were held. "
        "Venn declined to say more."
    )
    doc = analyser.nlp.make_doc(text)
    for name, proc in analyser.nlp.pipeline:
        doc = proc(doc)
        if name == "ner":
            doc.ents = [e for e in doc.ents if "Venn" not in e.text]
        if name == "wwk_actors":
            break
    (venn,) = [a for a in doc._.wwk_actors if a.type == "person"]
    assert venn.name == "Orla Venn"
    assert [m.text for m in venn.mentions] == ["Orla Venn", "Venn"]
    assert venn.roles == ["Detective Superintendent"]


def test_a_person_ner_took_for_a_place_is_the_person_named_alone_later(
    analyser: Analyser,
) -> None:
    """NER may read "Ines Corvo of …" as a building and "Corvo" as a person; one who acts and
    whose last word is that person's name is that person (the labels are set here to stand
    for NER's)."""
    from spacy.tokens import Span

    text = "Ines Corvo of Norvik Labs said the post was fake. Corvo said the gang was new."
    doc = analyser.nlp.make_doc(text)
    for name, proc in analyser.nlp.pipeline:
        doc = proc(doc)
        if name == "ner":
            doc.ents = [Span(doc, 0, 2, label="FAC"), Span(doc, 11, 12, label="PERSON")]
        if name == "wwk_actors":
            break
    (corvo,) = [a for a in doc._.wwk_actors if "Corvo" in a.name]
    assert (corvo.name, corvo.type) == ("Ines Corvo", "person")
    assert [m.text for m in corvo.mentions] == ["Ines Corvo", "Corvo"]


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("The court in Varnholt ruled on Monday. Varnholt's ambassador was summoned.", True),
        ("Troops crossed into Selvania, and the embassy of Selvania closed its doors.", True),
    ],
)
def test_a_place_the_text_gives_an_organ_no_region_has_is_a_state(
    analyser: Analyser, body: str, state: bool
) -> None:
    """A name NER always took for a place is a state by an ambassador, an embassy or a foreign
    ministry of its own, not by a government or an interior ministry, which a region has (a
    state's key, whether it acts or only locates there)."""
    d = dossier(analyser, body)
    states = [a.name for a in d.actors if a.key and a.key.startswith("country::")]
    assert bool(states) == state, d.actors


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("Ostrel's ambassador was summoned on Monday.", {"Ostrel"}),
        ("The Ostrelian foreign ministry said nothing.", {"Ostrel"}),
        ("Ostrel's interior ministry sent pumps.", set()),
        ("Ostrelian officials said the roads were shut.", set()),
        ("The government of Ostrel fell.", set()),
    ],
)
def test_only_an_organ_no_region_has_marks_a_place_a_state(
    analyser: Analyser, text: str, marked: set[str]
) -> None:
    from whatweknow.stages.actors.states import marked_states

    doc = analyser.nlp(text)
    assert marked_states(doc[:], {"Ostrel"}, sovereign=True) == marked


@pytest.mark.parametrize(
    "body",
    [
        "A ministry spokeswoman, Vera Lindqvist, said on Thursday that four men were held.",
        "Talks broke down, and the ambassador, Danil Ostrov, was summoned on Tuesday.",
    ],
)
def test_a_name_in_apposition_to_a_persons_role_is_a_person(analyser: Analyser, body: str) -> None:
    """Whatever NER typed it, a name in apposition to a spokeswoman or an ambassador is a
    person, with that role."""
    d = dossier(analyser, body)
    named = [a for a in d.actors if a.name in ("Vera Lindqvist", "Danil Ostrov")]
    assert [a.type for a in named] == ["person"], d.actors
    assert named[0].roles, named


def test_a_name_ends_before_a_bracket(analyser: Analyser) -> None:
    """ "sent to Lisk (Harbour Daily)": NER ran the place into the credit after it; no name
    holds a bracket."""
    d = dossier(analyser, "The pumps were sent to Lisk (Harbour Daily) on Monday.")
    assert d.actors and not [a.name for a in d.actors if "(" in a.name or ")" in a.name]
    assert "Lisk" in [a.name for a in d.actors]


def test_a_portfolio_before_a_title_is_no_name(analyser: Analyser) -> None:
    """ "Dravia's Transport Minister Anton Kessel": NER's body "Transport" is the portfolio of
    the title after it, no organisation."""
    d = dossier(analyser, "Dravia's Transport Minister Anton Kessel thanked the rescue team.")
    assert "Transport" not in [a.name for a in d.actors], d.actors
    assert "Anton Kessel" in [a.name for a in d.actors]


def test_a_name_in_apposition_to_a_place_noun_is_a_place(analyser: Analyser) -> None:
    """ "flew to Pelmora, the capital of Vestria": whatever NER took the name for, the
    apposition says it is a place; a person's apposition ("the city's mayor") keeps a person."""
    d = dossier(analyser, "The minister flew to Pelmora, the capital of Vestria, on Friday.")
    actor, used_as = by_surface(d, "Pelmora")
    assert (actor.type, used_as) == ("place", "place"), d.actors
    d = dossier(analyser, "Anna Brisk, the city's mayor, said the plan would fail.")
    assert by_surface(d, "Anna Brisk")[0].type == "person"


def test_a_name_listed_with_a_place_after_a_preposition_of_place_is_a_place(
    analyser: Analyser,
) -> None:
    """ "offices in Talmor and Pessar": Talmor a place NER found, Pessar (NER's person) listed
    with it after "in" is a place too."""
    d = dossier(
        analyser,
        "Hundreds of people queued outside Corvex's offices in Talmor and Pessar on Monday.",
    )
    assert by_surface(d, "Talmor")[0].type == "place", d.actors
    actor, used_as = by_surface(d, "Pessar")
    assert (actor.type, used_as) == ("place", "place"), d.actors
    d = dossier(analyser, "The ministers met in Geneva and Kallum Brandt said the talks failed.")
    assert by_surface(d, "Kallum Brandt")[0].type != "place", d.actors  # a clause of its own


def test_a_role_noun_before_a_name_is_a_title_not_an_outlet(analyser: Analyser) -> None:
    """ "Economist Jonas Pirrel of Tamsk University": a title, as "Professor" is, not the
    magazine, whose country the person must not take; "The Economist reported" is the
    magazine."""
    d = dossier(
        analyser,
        "Economist Jonas Pirrel of Tamsk University said the fund could cost the state a lot.",
    )
    assert "The Economist" not in [a.name for a in d.actors], d.actors
    person, _ = by_surface(d, "Jonas Pirrel")
    assert person.country is None and person.roles == ["Economist"], person
    d = dossier(analyser, "The Economist reported on Monday that the fund had run dry.")
    assert [(a.name, a.country) for a in d.actors if a.type == "organisation"] == [
        ("The Economist", "GBR")
    ]


def test_a_portfolio_of_several_words_before_a_title_is_no_name(analyser: Analyser) -> None:
    """ "Digital Economy Minister Yuri Talland": NER's body "Digital" is the first word of the
    portfolio, which is the role's."""
    d = dossier(
        analyser, "Digital Economy Minister Yuri Talland said the scheme would be reviewed."
    )
    assert "Digital" not in [a.name for a in d.actors], d.actors
    person, _ = by_surface(d, "Yuri Talland")
    assert person.roles == ["Digital Economy Minister"]
    d = dossier(analyser, "The Harbour Trust Board Secretary Ida Lund resigned on Monday.")
    assert "Harbour Trust Board" in [a.name for a in d.actors], d.actors  # a body's name


def test_a_descriptor_stays_with_the_name_it_precedes(analyser: Analyser) -> None:
    """ "failed lender QuickLoan" beside "the QuickLoan Savers' Union": the union of the
    lender's savers is another body; neither the lender's name nor its descriptor is the
    union's."""
    d = dossier(
        analyser,
        "Customers of failed lender QuickLoan lost their savings, the QuickLoan Savers' Union "
        "said.",
    )
    union, _ = by_surface(d, "QuickLoan Savers' Union")
    assert "failed lender" not in union.roles, union
    assert [m.text for m in union.mentions] == ["QuickLoan Savers' Union"], union
    lender, _ = by_surface(d, "QuickLoan")
    assert lender.name == "QuickLoan" and lender.roles == ["failed lender"], lender


def _types(d: Dossier) -> dict[str, str]:
    return {a.name: a.type for a in d.actors}


def test_a_venue_and_a_club_are_no_people_and_the_town_a_venue_stands_in_a_place(
    analyser: Analyser,
) -> None:
    d = dossier(
        analyser,
        "Eleven people died in a crush at the Brommel Arena in Velt on Saturday night as "
        "supporters left after the final between FC Velt and Osk United.\n\n"
        "The Brommel Arena, which holds 30,000 people, was renovated in 2019.",
    )
    types = _types(d)
    assert types["Brommel Arena"] == "place", types  # one venue, not a person as well
    assert [a.name for a in d.actors].count("Brommel Arena") == 1
    assert types["FC Velt"] == "organisation", types
    assert types.get("Osk United") in ("organisation", "place"), types
    assert types["Velt"] == "place", types


def test_a_town_where_something_was_held_is_a_place_not_a_body(analyser: Analyser) -> None:
    d = dossier(analyser, "Marches were held in Kordel on Friday.")
    assert _types(d)["Kordel"] == "place"


def test_a_venue_word_that_is_a_surname_makes_no_venue_of_a_person(analyser: Analyser) -> None:
    d = dossier(analyser, "Fans gathered at Velt Park on Sunday. Jo Hall, a steward, said so.")
    types = _types(d)
    assert types["Velt Park"] == "place" and types["Jo Hall"] == "person", types


def test_a_headlines_label_before_a_colon_is_no_name(analyser: Analyser) -> None:
    text = (
        "Brava U-turn: Brommel Arena gate was locked, company says\n\n"
        "Brava Venues admitted on Tuesday that the gate had been locked.\n"
    )
    article = build_article(text, parse_layout(text), fmt="text", published=date(2024, 6, 3))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    names = [a.name for a in item[1].actors]
    assert not any("U-turn" in n for n in names), names


def test_a_caption_adds_no_party_of_its_own(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "Mourners lay flowers at St Anne's church on Sunday (Photo: Jo Reyes/Osk Ledger)\n\n"
        "The steward Ida Brenner said the gate was shut.\n\n"
        "Ida Brenner at the gate on Monday (Photo: Jo Reyes/Osk Ledger)",
    )
    names = [a.name for a in d.actors]
    assert not any("Anne" in n for n in names), names
    (ida,) = [a for a in d.actors if a.name == "Ida Brenner"]
    assert len(ida.mentions) == 2  # the caption's mention joins the story's party


def _analysed(analyser: Analyser, text: str) -> Dossier:
    article = build_article(text, parse_layout(text), fmt="text", published=date(2024, 6, 3))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    return item[1]


def test_a_common_noun_opening_a_headline_or_standfirst_is_no_name(analyser: Analyser) -> None:
    text = (
        "Sabotage, not fault, shut Velt tunnel, council now says\n\n"
        "Cranes stood still and trains were halted on Monday after water entered the tunnel.\n\n"
        "The Velt council said on Tuesday that sabotage had closed the tunnel. Ida Brenner, "
        "its engineer, said cranes had stopped.\n"
    )
    names = [a.name for a in _analysed(analyser, text).actors]
    assert "Sabotage" not in names and "Cranes" not in names, names
    assert "Ida Brenner" in names, names


def test_a_firms_name_ending_in_a_trade_word_is_a_body(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "She said the city was working day and night with Dorrick Terminals to restore its "
        "systems. Brennan Venues did not respond to a request for comment.",
    )
    types = _types(d)
    assert types["Dorrick Terminals"] == "organisation", types
    assert types["Brennan Venues"] == "organisation", types


def test_the_outlet_a_speaker_told_is_no_person(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        'Ida Brenner denied that the gate was locked. "It was open," she told Osterby Wire.\n\n'
        "Jo Varga, a steward, told Velt Herald that the gate had been shut.",
    )
    types = _types(d)
    assert types.get("Osterby Wire") in (None, "organisation"), types
    assert types.get("Velt Herald") in (None, "organisation"), types
    assert types["Ida Brenner"] == "person" and types["Jo Varga"] == "person", types


def test_a_title_before_a_name_is_no_part_of_the_name(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "Harbourmaster Ole Brandt said ten ships were waiting. Spokesperson Ida Brenner said the "
        "count was right.\n\nOle Brandt said more would come. Ida Brenner declined to say more.",
    )
    names = [a.name for a in d.actors]
    assert names.count("Ole Brandt") == 1 and names.count("Ida Brenner") == 1, names
    assert not any(n.startswith(("Harbourmaster", "Spokesperson")) for n in names), names
    (ole,) = [a for a in d.actors if a.name == "Ole Brandt"]
    assert [r.casefold() for r in ole.roles] == ["harbourmaster"], ole.roles  # a role, kept


def test_a_name_under_a_title_only_a_person_bears_is_a_persons(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "Bishop Ivo Tolven led the talks. Bishop Tolven said the ferry would sail again.",
    )
    types = _types(d)
    assert types.get("Ivo Tolven") == "person", types
    assert "Bishop Tolven" not in types and "Bishop" not in types, types


def test_a_role_ends_before_a_relative_clause(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "The minister also met Ole Brandt, the ferrymen's union leader, who said afterwards that "
        "the talks had been useful.",
    )
    (ole,) = [a for a in d.actors if a.name == "Ole Brandt"]
    assert ole.roles, ole
    assert not any("who" in r or "afterwards" in r for r in ole.roles), ole.roles


def test_a_common_noun_opening_a_sentence_before_which_is_no_body(analyser: Analyser) -> None:
    """ "Brine, which is used to cure fish, …": a word the text writes in lower case elsewhere
    is capitalised as its sentence's first word, no name; one the text capitalises within a
    sentence too is a name."""
    for body, word in (
        (
            "Two men in Velt went blind after drinking spirit cut with methanol. Methanol, which "
            "is found in paint thinner, can blind.",
            "Methanol",
        ),
        (
            "Three children in Osk were burned by lye from a drain cleaner. Lye, which is sold "
            "in hardware stores, burns skin.",
            "Lye",
        ),
    ):
        d = dossier(analyser, body)
        assert word not in _types(d), _types(d)
    d = dossier(
        analyser,
        "Nine people fell ill in Velt after eating fish kept in brine. Brine, which sells "
        "cured herring, apologised. Shares in Brine fell on Monday.",
    )
    assert "Brine" in _types(d), _types(d)  # kept as a name, whatever NER took it for


def test_a_role_ends_before_a_comment_apposition(analyser: Analyser) -> None:
    """ "Ole Brandt, a Velt fish trader and a rival of Haskel, a claim police have not
    commented on": the comment on the apposition is no part of the role."""
    d = dossier(
        analyser,
        "Some fishermen say the nets were cut by Ole Brandt, a Velt fish trader and a rival of "
        "Haskel, a claim police have not commented on.",
    )
    (ole,) = [a for a in d.actors if a.name == "Ole Brandt"]
    assert ole.roles, ole
    assert not any("claim" in r or "commented" in r for r in ole.roles), ole.roles


def test_a_name_ner_gave_a_body_after_a_role_noun_is_the_roles_holder() -> None:
    """ "Quarry Board spokeswoman Elske Marn said": whatever NER labelled the name, the person
    after a singular role noun holds the role; a body's name there stays a body."""
    import spacy
    from spacy.tokens import Span

    from whatweknow.stages.actors.gazetteer import load_gazetteer
    from whatweknow.stages.actors.mentions import ner_candidates

    nlp = spacy.blank("en")
    doc = nlp("Quarry Board spokeswoman Elske Marn said spokesman Velt Labs had left.")
    doc.ents = [Span(doc, 0, 2, "ORG"), Span(doc, 3, 5, "ORG"), Span(doc, 7, 9, "ORG")]
    kinds = {c.span.text: c.kind for c in ner_candidates(doc, load_gazetteer())}
    assert kinds == {
        "Quarry Board": "organisation",
        "Elske Marn": "person",
        "Velt Labs": "organisation",
    }


def test_a_beach_or_a_cove_is_a_place(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "Volunteers rake weed from Cala Dorne on Friday. Playa Serena will reopen on Monday, "
        "said Ada Varr, the mayor.",
    )
    types = _types(d)
    assert types.get("Cala Dorne") in (None, "place"), types
    assert types.get("Playa Serena") in (None, "place"), types
    assert types["Ada Varr"] == "person", types


def test_a_holiday_ner_took_for_a_person_is_no_name() -> None:
    import spacy
    from spacy.tokens import Span

    from whatweknow.stages.actors.gazetteer import load_gazetteer
    from whatweknow.stages.actors.mentions import ner_candidates

    nlp = spacy.blank("en")
    doc = nlp("Easter is two weeks away, Ada Varr said.")
    doc.ents = [Span(doc, 0, 1, "PERSON"), Span(doc, 6, 8, "PERSON")]
    kinds = {c.span.text: c.kind for c in ner_candidates(doc, load_gazetteer())}
    assert kinds == {"Ada Varr": "person"}


def test_a_saints_name_before_a_church_is_a_place(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "Mourners gathered at St Anselm's church, organisers said.",
    )
    types = _types(d)
    assert types.get("St Anselm") in (None, "place"), types


def test_a_role_phrase_ner_took_for_a_body_is_no_name() -> None:
    """ "A Tarsh border guard", "a Tarsh security guard": a role and where its holder serves,
    which NER labelled a body; "Osk Harbour Board" stays a body."""
    import spacy
    from spacy.tokens import Span

    from whatweknow.stages.actors.gazetteer import load_gazetteer
    from whatweknow.stages.actors.mentions import ner_candidates

    nlp = spacy.blank("en")
    doc = nlp("A Tarsh border guard and a Tarsh security guard met the Osk Harbour Board.")
    doc.ents = [Span(doc, 1, 4, "ORG"), Span(doc, 6, 9, "ORG"), Span(doc, 11, 14, "ORG")]
    kinds = {c.span.text: c.kind for c in ner_candidates(doc, load_gazetteer())}
    assert kinds == {"Osk Harbour Board": "organisation"}


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        ("Tor Ness drove down Mill Way.", "Mill Way", "place"),
        ("Ada Row said the plan had failed.", "Ada Row", "person"),
    ],
)
def test_a_name_ending_in_a_street_word_after_a_preposition_of_place_is_a_street(
    analyser: Analyser, body: str, surface: str, kind: str
) -> None:
    actor, _ = by_surface(dossier(analyser, body), surface)
    assert actor.type == kind


def test_a_given_name_sharing_the_surname_after_and_is_no_person_alone() -> None:
    """ "Arne and Silje Vantoft" are two Vantofts: "Arne" alone is nobody's name; "Hale and Tom
    Brown" after "Ann Hale" is Ann Hale's surname and stays."""
    import spacy
    from spacy.tokens import Span

    from whatweknow.stages.actors.gazetteer import load_gazetteer
    from whatweknow.stages.actors.mentions import ner_candidates

    nlp = spacy.blank("en")
    gaz = load_gazetteer()
    couple = nlp("Rescuers named the couple as Arne and Silje Vantoft.")
    couple.ents = [Span(couple, 5, 6, "PERSON"), Span(couple, 7, 9, "PERSON")]
    assert [c.span.text for c in ner_candidates(couple, gaz)] == ["Silje Vantoft"]
    known = nlp("Ann Hale spoke. Hale and Tom Brown met.")
    known.ents = [Span(known, 0, 2, "PERSON"), Span(known, 4, 5, "PERSON")]
    known.ents = [*known.ents, Span(known, 6, 8, "PERSON")]
    assert [c.span.text for c in ner_candidates(known, gaz)] == ["Ann Hale", "Hale", "Tom Brown"]


@pytest.mark.parametrize("agency", ["Tarrow Newswire", "Caldor Wire"])
def test_an_agency_the_article_credits_is_no_party(analyser: Analyser, agency: str) -> None:
    """Whatever NER takes the credited agency for (a body, or a person: "Caldor Wire")."""
    text = (
        f"Headline for the test\nBy Ola Brenn, {agency}\n\n"
        f"The clerk was dismissed on Friday. Her lawyer, Martin Keller, told {agency} "
        f"that the council had acted unlawfully.\n\nSource: Quayside Ledger, with {agency}\n"
    )
    article = build_article(
        text, parse_layout(text), fmt="text", published=date(2024, 6, 3), outlet="Quayside Ledger"
    )
    assert agency in article.sources
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    names = [a.name for a in item[1].actors]
    assert "Martin Keller" in names and not [n for n in names if agency in n], names


def test_a_name_written_once_as_a_street_is_the_street_throughout(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "Odd Brekk stands in what was his kitchen on Tallow Lane on Saturday. "
        "Odd Brekk walked along Tallow Lane with his daughter.",
    )
    assert {a.type for a in d.actors if a.name == "Tallow Lane"} == {"place"}


def test_a_surname_in_the_plural_after_the_is_a_family_no_body() -> None:
    import spacy
    from spacy.tokens import Span

    from whatweknow.stages.actors.gazetteer import load_gazetteer
    from whatweknow.stages.actors.mentions import ner_candidates

    nlp = spacy.blank("en")
    doc = nlp("Silje Vantoft died. Neighbours laid flowers where the Vantofts lived.")
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 9, 10, "ORG")]
    assert [c.span.text for c in ner_candidates(doc, load_gazetteer())] == ["Silje Vantoft"]


def test_a_name_ner_took_for_a_law_that_ends_as_a_bodys_is_a_body() -> None:
    import spacy
    from spacy.tokens import Span

    from whatweknow.stages.actors.gazetteer import load_gazetteer
    from whatweknow.stages.actors.mentions import ner_candidates

    nlp = spacy.blank("en")
    doc = nlp("The order came from the Velmark Fire and Rescue Service under the Dam Act.")
    doc.ents = [Span(doc, 4, 10, "LAW"), Span(doc, 11, 14, "LAW")]
    found = [(c.span.text, c.kind) for c in ner_candidates(doc, load_gazetteer())]
    assert found == [("Velmark Fire and Rescue Service", "organisation")]


def _kinds(d: Dossier) -> dict[str, str]:
    return {a.name: a.type for a in d.actors}


def test_a_firm_named_for_roads_is_a_body_and_a_built_thing_a_place(analyser: Analyser) -> None:
    """A plural road word ends a company's name, whatever NER labelled it; a bridge or a dam
    after "the" is a place, even where a clause makes it act ("which has flooded")."""
    d = dossier(
        analyser,
        "Police questioned two engineers from Brenner Highways on Tuesday. The Ostra Dam, "
        "which has flooded three villages, lies upstream of the Kessel Bridge. Brenner "
        "Highways said it would help the inquiry.",
    )
    kinds = _kinds(d)
    assert kinds.get("Brenner Highways") == "organisation"
    assert kinds.get("Ostra Dam", "place") == "place"
    assert kinds.get("Kessel Bridge", "place") == "place"


def test_a_body_named_with_its_street_its_owner_or_a_second_body(analyser: Analyser) -> None:
    """ "Velt Builders on Quarry Road" is Velt Builders, the street a place; "Her Forward Party"
    is the Forward Party; "from Velt to Orrin Advisory" names two bodies."""
    d = dossier(
        analyser,
        "Police searched the offices of Velt Builders on Quarry Road on Tuesday. Lena Dorsk is "
        "expected to speak. Her Forward Party has not said how it will vote. Bank records "
        "show nine payments from Velt to Orrin Advisory, a firm owned by her brother.",
    )
    kinds = _kinds(d)
    assert kinds.get("Velt Builders") == "organisation"
    assert kinds.get("Quarry Road", "place") == "place"
    assert kinds.get("Forward Party") == "organisation" and "Her Forward Party" not in kinds
    assert kinds.get("Orrin Advisory") == "organisation"
    assert not [n for n in kinds if " to " in n]


def test_a_name_keeps_the_word_that_opens_its_sentence(analyser: Analyser) -> None:
    """NER leaves out a sentence's first word that the parser joins to the name ("Clean" of
    "Clean Ledger Osk"); a title there is no part of a name."""
    d = dossier(
        analyser,
        "Clean Ledger Osk, an anti-corruption group, called for the bridge contract to be "
        "suspended while the investigation continues.",
    )
    assert "Clean Ledger Osk" in {a.name for a in d.actors}


@pytest.mark.parametrize(
    "body",
    [
        "Ostrelia and Vandor are preparing to sign a secret agreement. Under the deal, Vandor "
        "would buy 40 drones.",
        "The Pellarian government asked Ostrelia and Vandor to clarify what would be signed, "
        "and a rally against an arms sale to Vandor was held.",
    ],
)
def test_a_name_listed_with_a_place_is_a_place(analyser: Analyser, body: str) -> None:
    d = dossier(analyser, body)
    types = {a.key: a.type for a in d.actors if a.name == "Vandor"}
    assert types == {"place::vandor": "place"}


def test_a_surname_listed_with_a_place_stays_a_person(analyser: Analyser) -> None:
    body = (
        "Ilse Brandt, the mayor, flew to Ostrelia on Monday. Brandt and Ostrelia's envoy "
        "signed the pact."
    )
    d = dossier(analyser, body)
    assert {a.key for a in d.actors if a.type == "person"} == {"person:ilse brandt"}


def test_a_town_in_a_list_of_where_keeps_its_type(analyser: Analyser) -> None:
    body = "Heavy rain swept the coast, most notably the towns of Dravik, Orlen and Vostrak."
    d = dossier(analyser, body)
    assert [a.type for a in d.actors if a.name == "Vostrak"] == ["person"]
