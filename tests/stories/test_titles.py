"""The story title: a representative headline, never an address, dateline or byline."""

from __future__ import annotations

from datetime import date

from whatweknow.stories.model import Story, StoryArticle
from whatweknow.stories.titles import is_headline, title


def _story(*titles: tuple[str | None, str | None], keys: dict[str, int] | None = None) -> Story:
    articles = [
        StoryArticle(
            id=f"a{i}",
            title=t,
            published=date(2024, 3, 1 + i),
            seen=date(2024, 3, 1 + i),
            copy_of=c,
        )
        for i, (t, c) in enumerate(titles)
    ]
    return Story(id=1, articles=articles, keys=keys or {})


def test_addresses_datelines_and_bylines_are_not_headlines() -> None:
    assert not is_headline("http : / / www . example . com / news / 2013 / 08")
    assert not is_headline("Friday August 2 , 2013 @ 8:13am PDT")
    assert not is_headline("By Jane Doe")
    assert not is_headline("TRIPOLI, Libya (Reuters) -")
    assert is_headline("Floodwater sweeps through coastal town after two dams give way")


def test_the_headline_nearest_the_centre_wins_over_the_first() -> None:
    keys = {"t:flood": 3, "t:dam": 3, "t:town": 2, "t:mayor": 1, "t:house": 1}
    story = _story(
        ("Crowd burns mayor's house in protest", None),
        ("Dam failure floods coastal town", None),
        ("Town flood toll rises as dam inquiry opens", None),
        keys=keys,
    )
    assert title(story) == "Dam failure floods coastal town"


def test_an_original_report_comes_before_its_copy() -> None:
    keys = {"t:dam": 2, "t:flood": 2, "t:town": 2}
    story = _story(
        ("Harbour reopens after storm passes", None),
        ("Dam bursts and floods town", "a0"),
        keys=keys,
    )
    assert title(story) == "Harbour reopens after storm passes"


def test_an_address_is_never_the_title() -> None:
    story = _story(
        ("http : / / www . example . com / story", None),
        (None, None),
        ("8 / 2 / 13 at 1: 30 PM", None),
    )
    assert title(story) is None


def test_the_first_report_wins_over_a_slightly_more_central_later_one() -> None:
    keys = {"t:fire": 4, "t:ferry": 4, "t:harbour": 4, "t:break": 2, "t:cargo": 2, "t:owner": 1}
    story = _story(
        ("Fire breaks out on ferry in harbour", None),
        ("Owner rejects cargo claim after harbour ferry fire", None),
        ("Harbour ferry fire: cargo questions", None),
        ("Ferry fire in the harbour", None),
        keys=keys,
    )
    assert title(story) == "Fire breaks out on ferry in harbour"


def test_an_outlets_own_finding_names_the_story_only_when_nothing_else_will() -> None:
    keys = {"t:ferry": 3, "t:quay": 3, "t:shut": 2, "t:storm": 2, "t:sank": 2}
    story = _story(
        ("Quay should have been shut before ferry sank, Gazette can reveal", None),
        ("Ferry sinks at quay as storm hits", None),
        ("Exclusive: ferry quay warnings ignored in storm", None),
        ("Was the ferry quay shut in the storm?", None),
        keys=keys,
    )
    assert title(story) == "Ferry sinks at quay as storm hits"
    alone = _story(("Quay should have been shut before ferry sank, Gazette can reveal", None))
    assert title(alone) == "Quay should have been shut before ferry sank, Gazette can reveal"
    # words inside other words are no marker: "revealed", "exclusively"
    told = _story(
        ("Ferry quay storm damage revealed in report", None),
        ("Ferry sinks at quay as storm hits", None),
        keys={"t:ferry": 2, "t:quay": 2, "t:storm": 2, "t:damage": 1, "t:report": 1},
    )
    assert title(told) == "Ferry quay storm damage revealed in report"
