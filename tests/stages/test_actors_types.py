"""Who's who types: a body is typed by the text's own cues (its name's last word, one name
that NER reads both ways), not by the speech verbs it is the subject of."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from whatweknow import Analyser
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout
from whatweknow.stages.actors.roles import ends_as_organisation


@pytest.mark.model
def test_a_one_word_name_ner_reads_as_a_body_and_a_person_is_one_body(
    analyser: Analyser,
) -> None:
    text = (
        "Fenlo denies raising bread prices in Osk\n\n"
        "OSK — Grocery chain Fenlo on Monday denied raising the price of bread in Osk. A "
        "consumer group said shoppers had sent it receipts showing a loaf of Fenlo's own bread "
        "selling for 4.50 crowns. Fenlo said its prices had not changed. The group repeated its "
        "claim on Tuesday. Fenlo again denied it, and said it would publish its records.\n"
    )
    article = build_article(text, parse_layout(text), fmt="text", published=date(2024, 6, 3))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    types = [a.type for a in item[1].actors if a.name == "Fenlo"]
    assert types == ["organisation"]


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Varo Air", True),
        ("Sella Jet", True),
        ("Dorrin Lithium", True),
        ("Vorlan Aggregates", True),
        ("Osk Quarries", True),
        ("Velt Cement", True),
        ("Ilse Marrow", False),
    ],
)
def test_an_airlines_or_a_miners_name_ends_as_a_bodys(name: str, body: bool) -> None:
    assert ends_as_organisation(name) is body


def _actors(analyser: Analyser, text: str) -> dict[str, str]:
    article = build_article(text, parse_layout(text), fmt="text", published=date(2024, 6, 3))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    return {a.name: a.type for a in item[1].actors}


@pytest.mark.model
def test_a_word_that_opens_a_sentence_before_a_plural_noun_is_no_name(
    analyser: Analyser,
) -> None:
    """ "Ferry operators in Port Ardel said …": a kind of people, and "Ferry" no person."""
    found = _actors(
        analyser,
        "Ferries halted after escape\n\nFerry operators in Port Ardel said police officers had "
        "checked passenger lists.\n",
    )
    assert "Ferry" not in found, found
    assert found.get("Port Ardel") == "place"


@pytest.mark.model
def test_a_name_that_ends_in_a_common_noun_is_no_persons(analyser: Analyser) -> None:
    """ "Tarsk tower" (NER's person): the control tower of a place, no one's name."""
    found = _actors(analyser, "Union says Tarsk tower lacked staff\n\nThe union said so.\n")
    assert "Tarsk tower" not in found, found


def test_a_name_ends_before_a_number_written_in_words() -> None:
    """ "flights to Velmora eight times a day", NER's person "Velmora eight times": Velmora."""
    from spacy.tokens import Span

    from whatweknow.stages.actors.mentions import _trim

    doc = spacy.blank("en")("It flies to Velmora eight times a day.")
    cut = _trim(Span(doc, 3, 6, label="PERSON"))
    assert cut is not None and cut.text == "Velmora"


@pytest.mark.model
def test_a_name_of_two_words_listed_with_a_place_is_a_place(analyser: Analyser) -> None:
    found = _actors(
        analyser,
        "Report warns of dry wells\n\nThe firm drilled wells in Tarsk, Orm and Campo Verde "
        "last year.\n",
    )
    assert found.get("Campo Verde") == "place", found


@pytest.mark.model
def test_a_name_that_ends_in_a_trade_is_a_firm_not_its_owner(analyser: Analyser) -> None:
    """ "Piet Aldo, the owner of Aldo Roofing": the firm is named for its owner, and is no
    person for it ("Roofing", a trade, ends firms' names: name_words.tsv)."""
    found = _actors(
        analyser,
        "Roofer held after barn fire\n\nOSK — Police said on Friday that Piet Aldo, the owner "
        "of Aldo Roofing, was detained after the barn fire. Aldo Roofing had mended the barn "
        "roof in May.\n",
    )
    assert found.get("Piet Aldo") == "person", found
    assert found.get("Aldo Roofing") == "organisation", found


@pytest.mark.model
def test_a_resident_named_in_apposition_is_a_person_whatever_her_surname(
    analyser: Analyser,
) -> None:
    """ "Another resident, Berit Callow-Fenn, said …" (NER's organisation): one resident, a
    person; a hyphenated surname is still a name's word, and "resident" is one of the
    residents."""
    found = _actors(
        analyser,
        "Smell reported for days\n\nOSK, 3 March 2026 — Residents said the smell had been "
        "there for days.\n\nAnother resident, Berit Callow-Fenn, said she had also noticed the "
        "smell and had assumed the problem had been reported.\n",
    )
    assert found.get("Berit Callow-Fenn") == "person", found


@pytest.mark.model
def test_a_local_branch_of_the_red_cross_is_no_international_committee(
    analyser: Analyser,
) -> None:
    """ "The Tarsby branch of the Red Cross said …": the branch, a body of its own; the
    gazetteer's International Committee only where the text names it."""
    found = _actors(
        analyser,
        "Families sheltered after flood\n\nOSK — The Tarsby branch of the Red Cross said it was "
        "collecting blankets for the families.\n",
    )
    assert found.get("Tarsby branch of the Red Cross") == "organisation", found
    assert "International Committee of the Red Cross" not in found, found
    named = _actors(
        analyser,
        "Families sheltered after flood\n\nOSK — The Tarsby branch of the International "
        "Committee of the Red Cross said it was collecting blankets for the families.\n",
    )
    assert named.get("International Committee of the Red Cross") == "organisation", named


@pytest.mark.model
def test_a_phrase_after_a_place_that_runs_into_its_verb_is_no_role_of_the_place(
    analyser: Analyser,
) -> None:
    """ "… the flood in Tarsby, a source at the town's Velt Clinic told the Osk Ledger": the
    source is the subject of "told", no apposition of "Tarsby" (a preposition governs it), so
    no role of it, whatever NER took the town for; a role closed by a comma is still one."""
    from whatweknow.stages.actors.roles import role_phrases

    def roles(text: str, name: str) -> list[str]:
        doc = analyser.nlp(text)
        start = next(t.i for t in doc if t.text == name.split()[0])
        return [p.text for p in role_phrases(doc[start : start + len(name.split())])]

    told = (
        "Eleven people have died since the flood in Tarsby, a source at the town's Velt Clinic "
        "told the Osk Ledger on Monday."
    )
    assert roles(told, "Tarsby") == []
    met = "The minister met Ana Voss, a doctor at the clinic, on Monday."
    assert roles(met, "Ana Voss") == ["a doctor at the clinic"]


@pytest.mark.model
def test_a_firm_that_opens_with_its_owners_surname_is_no_person(analyser: Analyser) -> None:
    """ "Piet Aldo, the owner of Aldo Kitchens": a firm named for its owner, in every mention,
    though its last word ends no body's name in name_words.tsv."""
    firm = "Aldo Kitchens"
    found = _actors(
        analyser,
        f"Fitter held after barn fire\n\nOSK — Police said on Friday that Piet Aldo, the owner "
        f"of {firm}, was detained after the barn fire. {firm} had fitted the barn in May.\n",
    )
    assert found.get("Piet Aldo") == "person", found
    assert found.get(firm) == "organisation", found


@pytest.mark.model
def test_the_red_cross_alone_is_no_international_committee(analyser: Analyser) -> None:
    """ "The Red Cross in Marrowby said …": a name every national society bears
    (data/shared_names.tsv), kept as written; the International Committee only where the text
    names it, and then its short name is it too."""
    found = _actors(
        analyser,
        "Families sheltered\n\nOSK, 3 March 2026 — The Red Cross in Marrowby said it was "
        "collecting blankets.\n",
    )
    assert found.get("Red Cross") == "organisation", found
    assert "International Committee of the Red Cross" not in found, found
    named = _actors(
        analyser,
        "Aid reaches valley\n\nOSK, 3 March 2026 — The International Committee of the Red Cross "
        "said its convoy had reached the valley. The Red Cross said more trucks would follow.\n",
    )
    assert "Red Cross" not in named, named
    assert named.get("International Committee of the Red Cross") == "organisation", named


@pytest.mark.model
def test_an_office_after_a_place_in_a_bodys_name_opens_its_holders_name(
    analyser: Analyser,
) -> None:
    """ "crashed with Tarsby Governor Ansel Dorn on board" (NER's organisation): the governor,
    a person named after the office; no body of that name."""
    found = _actors(
        analyser,
        "Record missing\n\nOSK, 27 Oct 2026 — A maintenance record for the helicopter that "
        "crashed with Tarsby Governor Ansel Dorn on board is missing, the aviation authority "
        "said on Tuesday.\n",
    )
    assert found.get("Ansel Dorn") == "person", found
    assert not any("Governor" in name for name in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "listed",
    [
        "Erik Sandal, 31; Pal Hauge, 44; Mikael Tornby, 38; and Ivo Renvik, 52",
        "Erik Sandal, Sven Ostvik, Pal Hauge, Mikael Tornby and Ivo Renvik",
    ],
)
def test_a_name_listed_among_people_is_a_person(analyser: Analyser, listed: str) -> None:
    """ "… are Erik Sandal, 31; Pal Hauge, 44; …" or a list of names alone (NER's
    organisation "Pal Hauge"): one of the people listed, a person."""
    found = _actors(
        analyser,
        f"Engineers still held\n\nOSK, 20 Oct 2026 — The engineers still held are {listed}.\n",
    )
    assert found.get("Pal Hauge") == "person", found


def _forced(analyser: Analyser, text: str, name: str, label: str) -> list[tuple[str, str]]:
    """The actors of ``text`` where NER took ``name`` (its first mention) alone for
    ``label``."""
    from spacy.tokens import Span

    doc = analyser.nlp(text)
    words = name.split()
    i = next(t.i for t in doc if [w.text for w in doc[t.i : t.i + len(words)]] == words)
    end = i + len(words)
    doc.ents = [Span(doc, i, end, label=label)] + [e for e in doc.ents if e.start > end]
    return [(a.name, a.type) for a in analyser.nlp.get_pipe("wwk_actors").actors(doc)]


@pytest.mark.model
def test_a_landforms_last_word_that_ner_took_for_a_person_completes_a_place(
    analyser: Analyser,
) -> None:
    """NER's person "Ridge" of "the Vorsk Ridge quarry": the whole name is a landform's, a
    place, never a person "Vorsk Ridge"."""
    found = _forced(
        analyser,
        "Inspectors said on Monday that the Vorsk Ridge quarry had no permit. The permit for "
        "the Vorsk Ridge site had expired in April, the inspectorate said.",
        "Ridge",
        "PERSON",
    )
    assert found == [("Vorsk Ridge", "place")]


@pytest.mark.model
def test_a_name_before_a_landforms_noun_is_a_place(analyser: Analyser) -> None:
    """ "rain had fallen on the Tamsk ridge": "Tamsk" names the ridge, a place, whatever NER
    took it for."""
    found = _forced(
        analyser,
        "The weather service said 200 mm of rain had fallen on the Tamsk ridge since Sunday.",
        "Tamsk",
        "PERSON",
    )
    assert found == [("Tamsk", "place")]


@pytest.mark.model
def test_a_name_whose_kin_a_relative_clause_names_is_a_person(analyser: Analyser) -> None:
    """ "Marek Brandl, whose brother is among the missing, said": only a person has a
    brother, whatever NER took the name for."""
    found = _forced(
        analyser,
        "Marek Brandl, whose brother is among the missing, said the quarry had lied. "
        "Rescuers kept digging.",
        "Marek Brandl",
        "ORG",
    )
    assert ("Marek Brandl", "person") in found, found


@pytest.mark.model
def test_a_given_name_after_whose_kin_is_no_one_word_person(analyser: Analyser) -> None:
    """ "Marek Brandl, whose brother Tobin was found dead": Tobin's surname is left to the
    reader; no one-word person "Tobin", and Marek Brandl is still named."""
    found = _actors(
        analyser,
        "Blast admitted\n\nOSK, 20 Oct 2026 — Marek Brandl, whose brother Tobin was found dead "
        'on Monday, said the admission proved what villagers had said. "They lied to us," he '
        "said.\n",
    )
    assert "Tobin" not in found, found
    assert found.get("Marek Brandl") == "person", found


@pytest.mark.model
def test_a_name_in_apposition_to_a_role_that_ner_missed_is_a_person(analyser: Analyser) -> None:
    """ "Its chief executive, Ida Vensel, said": a person, where NER named no one; a body or a
    place in apposition to a noun that is no person's role is no person."""
    doc = analyser.nlp(
        "Vorlan disputed that. Its chief executive, Ida Vensel, said the firm obeyed the law. "
        "Its new owner, Velt Holdings, said so too. They met in the capital, Orsa Vell, on "
        "Monday."
    )
    doc.ents = []
    found = [(a.name, a.type) for a in analyser.nlp.get_pipe("wwk_actors").actors(doc)]
    assert ("Ida Vensel", "person") in found, found
    assert not any(t == "person" and n in ("Velt Holdings", "Orsa Vell") for n, t in found)


@pytest.mark.model
def test_a_name_ending_in_a_companys_legal_form_is_an_organisation(analyser: Analyser) -> None:
    """ "Velnica SA": a firm by its legal form, whatever NER took it for (a person here)."""
    found = _actors(
        analyser,
        "Harrowgate households report fuel smell in water\n\n"
        "HARROWGATE — Residents have said the tap water smelled of diesel on Monday, and some "
        "bought bottled water. Brenlow Water said engineers were checking the pipes near the "
        "reservoir.\n\n"
        'Velnica SA said it had "full confidence" in its staff.\n',
    )
    assert found["Velnica SA"] == "organisation"


@pytest.mark.model
def test_a_name_after_a_role_and_the_body_it_serves_is_the_role_holders(
    analyser: Analyser,
) -> None:
    """ "A spokeswoman for the operator, Dita Mauer,": she holds the role; the operator is
    another party."""
    found = _actors(
        analyser,
        "Harrowgate households report fuel smell in water\n\n"
        "HARROWGATE — Brenlow Water said engineers were checking the pipes near the reservoir. "
        "A spokeswoman for the operator, Dita Mauer, said the pumps were inspected in January.\n",
    )
    assert found["Dita Mauer"] == "person"


@pytest.mark.parametrize(
    ("name", "firm"),
    [("Ostel AG", True), ("Tarn Oy", True), ("Pirrow GmbH", True), ("Ostel", False)],
)
def test_legal_forms_end_a_firms_name(name: str, firm: bool) -> None:
    from whatweknow.stages.actors.mentions import _legal_form

    assert _legal_form(name) is firm
    assert not _legal_form(name.replace("Ostel", "ostel").lower())


@pytest.mark.model
def test_the_role_before_the_body_served_is_kept_whole(analyser: Analyser) -> None:
    text = (
        "Brask gondola director held\n\n"
        "BRASK — The technical director of the Brask ski resort, Ivo Marten, was detained on "
        "Monday. A spokeswoman for the operator, Dita Mauer, said the company was cooperating.\n"
    )
    article = build_article(text, parse_layout(text), fmt="text", published=date(2024, 6, 3))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    roles = {a.name: (a.type, a.roles) for a in item[1].actors}
    assert roles["Ivo Marten"] == ("person", ["technical director of the Brask ski resort"])
    assert roles["Dita Mauer"] == ("person", ["spokeswoman for the operator"])
