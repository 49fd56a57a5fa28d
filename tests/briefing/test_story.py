"""The briefing of a story, on the invented ferry-fire corpus of the story tests (no spaCy):
stored in a temporary SQLite store, its story built by ``update_stories``."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from whatweknow.briefing import Briefing, brief_story
from whatweknow.model import Dossier
from whatweknow.store import open_store
from whatweknow.stories import Story, update_stories

from .make import Doc, Says, Who, dossier
from .test_sections import assert_cited, section, texts

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from stories.corpus import documents


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Story, dict[str, Dossier]]:
    path: Path = tmp_path_factory.mktemp("story") / "news.db"
    with open_store(path) as store:
        for doc, dossier in documents().values():
            store.add(doc, dossier)
            update_stories(store, dossier.article.id)
        sid = store.story_of(documents()["wire"][1].article.id)
        assert sid is not None
        story = store.story(sid)
        assert story is not None
        dossiers = {a.id: d for a in story.articles if (d := store.get_dossier(a.id))}
    return story, dossiers


@pytest.fixture(scope="module")
def briefing(stored: tuple[Story, dict[str, Dossier]]) -> Briefing:
    return brief_story(*stored)


def ids() -> dict[str, str]:
    return {name: d.article.id for name, (_, d) in documents().items()}


def test_the_story_line(briefing: Briefing, stored: tuple[Story, dict[str, Dossier]]) -> None:
    story, _ = stored
    [line] = section(briefing, "The story")
    assert line.text == (
        "Fire breaks out on ferry off Port Halden — 2024-06-03 to 2024-06-05: 4 articles from "
        "4 outlets, 1 report carried more than once"
    )
    assert (line.kind, line.record) == ("story", str(story.id))
    assert briefing.story == story.id and briefing.title == story.title
    assert ids()["sport"] not in briefing.articles


def test_corroborated_and_asserted_claims_are_established(briefing: Briefing) -> None:
    fire, inspection = section(briefing, "What is established")
    assert fire.text == (
        "A fire broke out on the ferry Northern Star off Port Halden on Monday "
        "(2 independent sources)"
    )
    assert [c.article for c in fire.citations] == [ids()["wire"], ids()["copy"], ids()["cargo"]]
    # the words of the report that asserts it, not of the first (expected) one; an expectation
    # is no source of the fact, so one source states it and only that report is cited
    inspected = "Investigators inspected the ship on Wednesday"
    assert inspection.text == inspected
    assert [c.article for c in inspection.citations] == [ids()["denial"]]


def test_claims_by_source(briefing: Briefing) -> None:
    # the two tolls are a day apart: an update, each its source's claim, the latest first
    assert texts(briefing, "What is claimed, and by whom") == [
        "Hospital officials say: Five people were killed in the fire",
        "Lena Varga says: Two people were killed in the fire",
        "Baltic Lines says: the blaze started in the engine room",
    ]


def test_contradictions_show_both_sides(briefing: Briefing) -> None:
    [denial] = section(briefing, "Disputed and denied")
    assert denial.why is not None and denial.why.startswith("same proposition (carry)")
    assert denial.text == (
        "“the Northern Star was carrying illegal fuel cargo when the fire started” "
        "(local officials) — denied: “the Northern Star was carrying illegal fuel cargo” "
        "(Baltic Lines)"
    )
    assert denial.kind == "dispute" and len(denial.related) == 1
    assert {c.article for c in denial.citations} == {ids()["cargo"], ids()["denial"]}


def test_copies_of_one_report_are_one_source(briefing: Briefing) -> None:
    wire, cargo, denial = section(briefing, "Sources")
    assert wire.text.startswith(
        "One report in 2 articles, counted as one source: Meridian Wire, 2024-06-03: "
        "“Fire breaks out on ferry off Port Halden”; Daily Courier, 2024-06-03: "
    )
    assert (wire.record, wire.related) == (ids()["wire"], [ids()["copy"]])
    assert cargo.text == (
        "Coastal Times, 2024-06-04: “Ferry in Port Halden fire was carrying illegal fuel, "
        "officials say”"
    )
    assert denial.text.endswith("named sources: Baltic Lines")


def test_every_citation_slices_its_article(
    briefing: Briefing, stored: tuple[Story, dict[str, Dossier]]
) -> None:
    _, dossiers = stored
    assert_cited(briefing, {i: d.article.text for i, d in dossiers.items()})


def test_since_keeps_what_is_new_or_changed(stored: tuple[Story, dict[str, Dossier]]) -> None:
    b = brief_story(*stored, since=date(2024, 6, 5))
    assert b.since == date(2024, 6, 5)
    [line] = section(b, "The story")
    assert line.text.endswith("; since 2024-06-05: 1 new claim, 2 changed, 1 new contradiction")
    assert texts(b, "What is established") == [
        "Investigators inspected the ship on Wednesday (was expected, now asserted)"
    ]
    [denial] = section(b, "Disputed and denied")
    assert denial.modality == "denial"
    assert "What is claimed, and by whom" not in [s.title for s in b.sections]
    assert [i.record for i in section(b, "Sources")] == [ids()["denial"]]


def test_without_dossiers_claims_cite_what_the_story_recorded(
    stored: tuple[Story, dict[str, Dossier]],
) -> None:
    story, dossiers = stored
    b = brief_story(story, {})
    assert [s.title for s in b.sections] == [
        "What is established",
        "What is claimed, and by whom",
        "Disputed and denied",
    ]
    assert_cited(b, {i: d.article.text for i, d in dossiers.items()})


def test_a_toll_reported_on_two_days_is_an_update_with_both_figures(briefing: Briefing) -> None:
    [update] = section(briefing, "How the figures changed")
    # each source in the words of its report (the invented corpus writes them in lower case)
    assert update.text == "dead: 2 (2024-06-03, lena varga) → 5 (2024-06-04, hospital officials)"
    assert update.kind == "update" and len(update.related) == 1
    assert [c.text for c in update.citations] == [
        "Two people were killed in the fire",
        "Five people were killed in the fire",
    ]
    assert "conflicts" not in " ".join(i.text for i in section(briefing, "Disputed and denied"))


def _figures(tmp_path: Path, days: list[tuple[str, int]], says: Callable[[str], Says]) -> list[str]:
    """The lines of "How the figures changed" of a story of one-paragraph reports, one a day
    (June ``day``) from its own outlet, each holding the claim ``says`` makes of its words."""
    return [i.text for i in section(_brief(tmp_path, days, says), "How the figures changed")]


def _brief(
    tmp_path: Path,
    days: list[tuple[str, int]],
    says: Callable[[str], Says],
    who: Callable[[str], list[Who]] = lambda _: [],
) -> Briefing:
    """The briefing of a story of one-paragraph reports (see :func:`_figures`); ``who``: the
    actors of a report's words."""
    from whatweknow.readers.base import RawDocument

    with open_store(tmp_path / "news.db") as store:
        for n, (words, day) in enumerate(days):
            d = dossier(
                Doc(
                    blocks=[("title", f"Orvel, report {n}"), ("paragraph", words)],
                    outlet=f"Outlet {n}",
                    published=date(2024, 6, day),
                    claims=[says(words)],
                    actors=who(words),
                )
            )
            store.add(RawDocument(f"{n}.txt", "text", words.encode(), d.article), d)
            update_stories(store, d.article.id)
        (listed,) = store.stories()
        story = store.story(listed.id)
        assert story is not None
        dossiers = {a.id: d for a in story.articles if (d := store.get_dossier(a.id))}
    return brief_story(story, dossiers)


def _steps(line: str) -> list[str]:
    return [w.split(" (")[0] for w in line.split(": ", 1)[1].split(" → ")]


def test_a_later_lower_count_of_the_dead_is_a_part_not_the_next_toll(tmp_path: Path) -> None:
    days = [
        ("The death toll from the landslide in Orvel rose to 30, officials said.", 3),
        ("The death toll from the landslide in Orvel rose to 38, officials said.", 4),
        ("Rescuers recovered 12 bodies from the landslide in Orvel since Tuesday.", 6),
        ("The death toll from the landslide in Orvel rose to 45, officials said.", 7),
    ]
    [update] = _figures(tmp_path, days, lambda w: Says(w.removesuffix("."), frame="rise"))
    assert _steps(update) == ["30", "38", "45"]


def test_a_same_day_rival_count_a_sum_or_people_at_large_make_no_series(tmp_path: Path) -> None:
    days = [
        ("Fourteen miners were trapped in the Orvel pit, the ministry said.", 3),
        ("Eleven miners were trapped in the Orvel pit, the company said.", 3),
        ("Twelve miners were trapped in the Orvel pit, the ministry said.", 5),
        ("The Orvel mine was fined 1.2 million euros, the regulator said.", 4),
        ("The Orvel mine lost 900 million euros of its value, analysts said.", 6),
        ("Nine men in the Orvel pit reached the shelter, rescuers said.", 4),
        ("Two men in the Orvel pit had swapped shifts, rescuers said.", 6),
    ]
    updates = _figures(
        tmp_path,
        days,
        lambda w: Says(w.rsplit(",", 1)[0], "reported", None, "officials", frame="x"),
    )
    assert len(updates) == 1, updates
    assert _steps(updates[0]) == ["14", "12"]


def test_a_figure_already_said_hedged_is_a_rival_not_the_next_step(tmp_path: Path) -> None:
    """Customs speak of 36 crates, hedged, the day the shipper says 12; a wire repeats the 36
    as fact the next day: a dispute between two sources, not the count moving on."""
    days = [
        ("Inspectors in Orvel found 36 crates that appeared to hold rifle parts.", 3),
        ("The Orvel shipper loaded 12 crates, its manager said.", 3),
        ("Inspectors in Orvel opened 36 crates on the freighter.", 4),
    ]
    hedged = {days[0][0]: "speculated"}
    updates = _figures(
        tmp_path,
        days,
        lambda w: Says(w.removesuffix("."), hedged.get(w, "reported"), None, "officials", "x"),
    )
    assert updates == []


def test_one_figure_told_exactly_and_as_a_bound_is_one_step(tmp_path: Path) -> None:
    """Two outlets give the same toll, one as "at least": one claim of one figure, a step."""
    days = [
        ("Two people died in the Orvel landslide.", 3),
        ("Three people died in the Orvel landslide.", 4),
        ("At least three people died in the Orvel landslide.", 4),
        ("Five people died in the Orvel landslide.", 6),
    ]
    [update] = _figures(tmp_path, days, lambda w: Says(w.removesuffix("."), frame="die"))
    assert _steps(update) == ["2", "3", "5"]


def test_a_claim_giving_two_tallies_steps_both_series(tmp_path: Path) -> None:
    days = [
        ("Forty people were missing after the Orvel landslide.", 3),
        ("The Orvel death toll rose to 12, with 31 people still missing.", 4),
        ("The Orvel toll stood at 15 on Thursday.", 5),
        ("Rescuers ended the Orvel search with 19 people confirmed dead and 22 still missing.", 6),
    ]
    updates = _figures(tmp_path, days, lambda w: Says(w.removesuffix("."), frame="x"))
    assert sorted(_steps(u) for u in updates) == [["12", "15", "19"], ["40", "31", "22"]]


def test_a_count_told_with_the_figure_it_replaced_is_still_a_step(tmp_path: Path) -> None:
    """Each day's count names the day before's ("down from 30"): that figure is told again for
    comparison, not a second count of the day, and the series still runs."""
    days = [
        ("Eleven barges were queuing at the Orvel lock on Monday, the lockkeeper said.", 3),
        ("Thirty barges were queuing at the Orvel lock, up from 11 on Monday, he said.", 4),
        ("Eighteen barges were queuing at the Orvel lock, down from 30 on Tuesday, he said.", 6),
    ]
    updates = _figures(tmp_path, days, lambda w: Says(w.rsplit(",", 1)[0], frame="x"))
    assert [_steps(u) for u in updates] == [["11", "30", "18"]]


def test_a_count_that_a_later_report_replaces_is_established_as_of_its_day(
    tmp_path: Path,
) -> None:
    days = [
        ("Forty people remain missing after the Orvel landslide.", 3),
        ("The Orvel death toll rose to 12 on Tuesday.", 4),
        ("Twenty-two people remain missing after the Orvel landslide.", 6),
        ("Rescuers in Orvel cleared the road to the valley.", 7),
    ]
    b = _brief(tmp_path, days, lambda w: Says(w.removesuffix(".")))
    assert sorted(texts(b, "What is established")) == [
        "Forty people remain missing after the Orvel landslide "
        "(as of 3 June 2024; later reports give another figure)",
        "Rescuers in Orvel cleared the road to the valley",
        "The Orvel death toll rose to 12 on Tuesday",  # no later toll: as it stands
        # the latest count, but a state told as it stood on its day ("remain"), and the story
        # went on: dated
        "Twenty-two people remain missing after the Orvel landslide "
        "(as of 6 June 2024; the story went on after it)",
    ]


def test_a_figure_said_by_a_pronoun_is_credited_to_whom_it_names(tmp_path: Path) -> None:
    """A figure told after "She said" is the harbour master's, said as a strict bound ("fewer
    than 6"), never an unidentified source's "at most 5.5"."""
    said = "Ilse Marven runs the Orvel harbour. She said fewer than six barges sank at Orvel."
    days = [(said, 3), ("Nine barges sank at Orvel, the coastguard said.", 5)]
    marven = Who("person:ilse-marven", "Ilse Marven")

    def says(w: str) -> Says:
        if w == said:
            return Says("fewer than six barges sank at Orvel", "reported", marven.key, "She", "x")
        return Says("Nine barges sank at Orvel", "reported", None, "the coastguard", "x")

    b = _brief(tmp_path, days, says, lambda w: [marven] if w == said else [])
    assert [i.text for i in section(b, "How the figures changed")] == [
        "barge: fewer than 6 (2024-06-03, Ilse Marven) → 9 (2024-06-05, the coastguard)"
    ]


def test_a_count_that_rejects_another_sources_figure_is_no_step(tmp_path: Path) -> None:
    """The watch service says four watchmen; a day later a freed rider says he counted five,
    not four: two sources' rival counts, not the count moving on."""
    days = [
        ("Four watchmen were guarding the Orvel depot, the watch service said.", 3),
        ("He counted five watchmen, not four, a freed rider said of the Orvel depot.", 4),
    ]
    updates = _figures(tmp_path, days, lambda w: Says(w.rsplit(",", 1)[0], frame="x"))
    assert updates == []


def test_a_figure_told_again_as_an_earlier_estimate_is_no_step(tmp_path: Path) -> None:
    """A week on, an outlet recalls the first estimate: a figure of the first day, not news of
    the day it is recalled."""
    days = [
        ("Sixty barges were queuing at the Orvel lock on Monday, the lockkeeper said.", 3),
        ("Seventy barges were queuing at the Orvel lock by Tuesday night, the trust said.", 4),
        ("Some 40 barges, the first official estimate, were queuing at Orvel lock, it said.", 9),
    ]
    updates = _figures(tmp_path, days, lambda w: Says(w.rsplit(",", 1)[0], frame="x"))
    assert [_steps(u) for u in updates] == [["60", "70"]]


def test_each_partys_estimates_of_an_amount_are_a_series_of_their_own(tmp_path: Path) -> None:
    """The canal trust and the barge owner each revise their estimate of the spilled tar: two
    series, never one party's figure as the next step of the other's."""
    says = {
        "The canal trust estimated that about 30 tonnes of tar had spilled at Orvel.": "trust",
        "The barge owner said fewer than five tonnes of tar had spilled at Orvel.": "owner",
        "The canal trust raised its Orvel estimate to 90 tonnes, up from 30 tonnes.": "trust",
        "The barge owner now says up to 20 tonnes of tar spilled at Orvel.": "owner",
        "Some 2,000 tonnes of tar were aboard the barge at Orvel, the paper found.": "",
    }
    days = [(w, day) for day, w in enumerate(says, 3)]
    updates = _figures(
        tmp_path,
        days,
        lambda w: Says(w.removesuffix("."), "reported", None, says[w] or None, frame="x"),
    )
    trust, owner = ["about 30", "90"], ["fewer than 5", "at most 20"]
    assert sorted(_steps(u) for u in updates) == [trust, owner]


def test_a_partys_estimate_told_in_the_outlets_voice_is_that_partys(tmp_path: Path) -> None:
    """ "The canal trust raised its estimate to 90 tonnes": the trust's figure, next after the
    30 tonnes it gave, though the outlet tells it; a ship's cargo in the outlet's voice is no
    one's estimate."""
    trust = Who("org:orvel canal trust", "Orvel Canal Trust", "organisation")
    days = [
        ("The Orvel Canal Trust put its figure for the spilled tar at 30 tonnes.", 3),
        ("The Orvel Canal Trust raised its estimate to 90 tonnes.", 4),
        ("The barge at Orvel was carrying 2,000 tonnes of tar.", 5),
    ]
    agent = {days[0][0]: "org:orvel canal trust", days[1][0]: "org:orvel canal trust"}
    b = _brief(
        tmp_path,
        days,
        lambda w: Says(w.removesuffix("."), frame="x", agent=agent.get(w)),
        lambda w: [trust] if "Trust" in w else [],
    )
    [update] = [i.text for i in section(b, "How the figures changed")]
    assert _steps(update) == ["30", "90"] and "Orvel Canal Trust" in update


def test_a_total_held_is_no_figure_a_later_count_of_the_affected_replaces(tmp_path: Path) -> None:
    """ "The water board has about 90,000 customers" is a total it holds; "20,000 customers were
    cut off" two days later counts what happened to some of them, another quantity, and so does
    "the number of customers affected" or "on behalf of 1,200 customers": the total is no figure
    of its day that later reports replaced. A later total does replace it."""
    days = [
        ("The Orvel water board has about 90,000 customers in the valley.", 3),
        ("About 20,000 customers were cut off by the Orvel flood on Tuesday.", 5),
        ("The board put the number of customers affected at about 30,000 on Friday.", 7),
        ("Lawyers filed a claim in Orvel on behalf of 1,200 customers.", 8),
    ]
    b = _brief(tmp_path, days, lambda w: Says(w.removesuffix(".")))
    assert "The Orvel water board has about 90,000 customers in the valley" in texts(
        b, "What is established"
    )
    for n, told in enumerate(
        ("The Orvel water board has about 95,000 customers in the valley.",)  # a later total
    ):
        (tmp_path / f"later{n}").mkdir()
        b = _brief(tmp_path / f"later{n}", [*days, (told, 6)], lambda w: Says(w.removesuffix(".")))
        assert (
            "The Orvel water board has about 90,000 customers in the valley "
            "(as of 3 June 2024; later reports give another figure)"
        ) in texts(b, "What is established"), told
