"""A retraction told by another outlet: the retracted report, and its retelling in the article
about its retraction, state nothing (texts written for these tests)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from whatweknow.briefing import Briefing, brief_story
from whatweknow.readers.base import RawDocument
from whatweknow.store import open_store
from whatweknow.stories import update_stories

from .make import Doc, Says, Who, dossier
from .test_corrections import _lines
from .test_sections import section

ORIGINAL = "Inspectors have questioned harbour pilot Ivo Rask about the grounding"
RETOLD = (
    "The Harbour Gazette had reported on Thursday, citing a source close to the inquiry, that "
    "inspectors had questioned Rask about the grounding."
)
RETRACTED = "The Harbour Gazette on Saturday retracted the report."
FERRIES = "The ferry line said its ships were running normally."


def _story(
    tmp_path: Path,
    reports: list[tuple[str, int, list[tuple[str, Says]]]],
    timexes: list[tuple[str, str]] | None = None,
    actors: list[Who] | None = None,
) -> Briefing:
    """The briefing of a story of reports (outlet, June day, paragraphs and claims);
    ``timexes``: (words, TIMEX3 value), in each report that has them; ``actors``: in every
    report."""
    tmp_path.mkdir()
    with open_store(tmp_path / "news.db") as store:
        for n, (outlet, day, said) in enumerate(reports):
            d = dossier(
                Doc(
                    blocks=[("title", f"Tarn harbour grounding, report {n}")]
                    + [("paragraph", p) for p, _ in said if p],
                    outlet=outlet,
                    published=date(2024, 6, day),
                    claims=[s for _, s in said],
                    actors=actors or [],
                    timexes=[(w, v) for w, v in timexes or [] if any(w in p for p, _ in said)],
                )
            )
            store.add(RawDocument(f"{n}.txt", "text", d.article.text.encode(), d.article), d)
            update_stories(store, d.article.id)
        (listed,) = store.stories()
        story = store.story(listed.id)
        assert story is not None
        dossiers = {a.id: d for a in story.articles if (d := store.get_dossier(a.id))}
    return brief_story(story, dossiers)


def _source(words: str = ORIGINAL) -> tuple[str, Says]:
    line = f"{words}, a source close to the inquiry told the paper."
    return line, Says(words, "reported", None, "a source close to the inquiry", "question")


def _retraction(retracted: str = RETRACTED) -> list[tuple[str, Says]]:
    return [
        (RETOLD, Says(RETOLD.rstrip("."), "asserted", None, None, "question")),
        (retracted, Says(retracted.rstrip("."), "asserted", None, None, "retract")),
        (FERRIES, Says("its ships were running normally", "reported", None, "The ferry line")),
    ]


def test_a_report_another_outlet_tells_was_retracted_is_no_claim_nor_a_second_source(
    tmp_path: Path,
) -> None:
    lines = _lines(
        _story(
            tmp_path / "a",
            [("Harbour Gazette", 5, [_source()]), ("Tarn Wire", 7, _retraction())],
        )
    )
    assert not any("questioned" in t for t in lines), lines
    assert any("retracted the report" in t for t in lines), lines
    assert any("running normally" in t for t in lines), lines


def test_a_retraction_leaves_another_outlets_report_and_other_outlets_retractions(
    tmp_path: Path,
) -> None:
    # a third outlet's own report of it stands
    lines = _lines(
        _story(
            tmp_path / "a",
            [
                ("Harbour Gazette", 5, [_source()]),
                ("Vell Radio", 5, [_source()]),
                ("Tarn Wire", 7, _retraction()),
            ],
        )
    )
    assert any("questioned" in t for t in lines), lines
    # a retraction by an outlet that is not the one retold withdraws nothing
    lines = _lines(
        _story(
            tmp_path / "b",
            [
                ("Harbour Gazette", 5, [_source()]),
                ("Tarn Wire", 7, _retraction("The Vell Radio on Saturday retracted the report.")),
            ],
        )
    )
    assert any("questioned" in t for t in lines), lines


WALKOUT = "The Tarn dockers' union, which had said 300 workers walked out on Monday, said it "


def _walkout(tmp_path: Path, then: str) -> list[str]:
    """The lines of a story whose one report tells what the union had said, and then ``then``."""
    line = WALKOUT + then
    said = [
        (line, Says("300 workers walked out on Monday", "reported", None, "which", "strike")),
        ("", Says(then.rstrip("."), "reported", None, "The Tarn dockers' union", "agree")),
        (FERRIES, Says("its ships were running normally", "reported", None, "The ferry line")),
    ]
    return _lines(_story(tmp_path, [("Vell Radio", 4, said)], [("on Monday", "2024-06-03")]))


def test_a_figure_its_party_gave_up_in_the_same_sentence_is_no_claim_nor_event(
    tmp_path: Path,
) -> None:
    """ "The union, which had said 300 workers walked out, said it accepted the company's
    figure of 180": the 300 is no claim and no timeline line; a union that accepts something
    else keeps what it said."""
    lines = _walkout(tmp_path / "a", "accepted the company's figure of 180.")
    assert not any("walked out" in t for t in lines), lines
    assert any("figure of 180" in t for t in lines), lines
    kept = _walkout(tmp_path / "b", "accepted the company's pay offer.")
    assert any("walked out" in t for t in kept), kept


def test_the_same_sources_earlier_report_of_what_it_gave_up_goes_too(tmp_path: Path) -> None:
    """Another article told the union's 300 before it gave the figure up: that report of the
    same source goes with it; a later one, or another source's, would stand."""
    union = Who("org:tarn dockers union", "Tarn dockers' union", "organisation")
    walked = "300 workers walked out on Monday"
    said = [
        (WALKOUT + "accepted the company's figure of 180.", Says(walked, "reported", union.key)),
        ("", Says("it accepted the company's figure of 180", "reported", union.key)),
    ]
    earlier = [
        (f"The Tarn dockers' union says {walked}.", Says(walked, "reported", union.key)),
        (FERRIES, Says("its ships were running normally", "reported", None, "The ferry line")),
    ]
    lines = _lines(
        _story(
            tmp_path / "a",
            [("Osk Wire", 3, earlier), ("Vell Radio", 4, said)],
            [("on Monday", "2024-06-03")],
            [union],
        )
    )
    assert not any("walked out" in t for t in lines), lines
    assert any("running normally" in t for t in lines), lines


def test_the_sources_item_of_a_retraction_told_cites_the_words_retold(tmp_path: Path) -> None:
    b = _story(
        tmp_path / "a", [("Harbour Gazette", 5, [_source()]), ("Tarn Wire", 7, _retraction())]
    )
    wrong = "inspectors had questioned Rask about the grounding"
    [item] = [i for i in section(b, "Sources") if "retracted its report" in i.text]
    assert f"Harbour Gazette retracted its report that “{wrong}”" in item.text, item.text
    assert [c.text for c in item.citations if c.text == wrong] == [wrong]


def test_a_body_named_by_a_common_noun_is_no_retracting_outlet(tmp_path: Path) -> None:
    """ "the agency had said that …" beside a newspaper's retraction: a public agency's word
    (a news agency is named by its name), which stays."""
    told = "The agency had said that inspectors had questioned Rask about the grounding."
    said = [
        (told, Says(told.rstrip("."), "asserted", None, None, "question")),
        *_retraction()[1:],
    ]
    lines = _lines(
        _story(tmp_path / "a", [("Harbour Gazette", 5, [_source()]), ("Tarn Wire", 7, said)])
    )
    assert any("questioned" in t for t in lines), lines
