"""A story that holds two events of one kind is split in two once each has three articles; a
story's late turn of two articles (a funeral after a crash) is not cut off. The articles are
made to join one story (``cluster.scored`` set by the test, as if the pooled profile had
drifted); what decides the split is the same-story model's scores of the articles against each
other (:mod:`whatweknow.stories.split`), not set by the test."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date
from pathlib import Path

import pytest

from whatweknow.contract import Dossier, Timex
from whatweknow.readers.base import RawDocument
from whatweknow.store import Store, open_store
from whatweknow.stories import cluster, rebuild_stories, split, update_stories
from whatweknow.stories.cluster import ClusterConfig
from whatweknow.stories.render import markdown
from whatweknow.stories.update import StoryConfig
from whatweknow.story_contract import Profile

from .corpus import Spec, dossier


def _always_joins(
    keys: Mapping[str, int],
    when: date | None,
    candidates: list[Profile],
    df: Mapping[str, int],
    total: int,
    config: ClusterConfig,
    back: Mapping[str, int] | None = None,
    weak: Collection[str] = frozenset(),
    counts: object = None,
) -> list[tuple[float, int]]:
    return [(3.0, p.story_id) for p in candidates]


QUAKE = "{town} quake: {n} dead as buildings collapse\n\n{body}"
VELMORA = (
    "An earthquake of magnitude 6.1 struck Velmora on 3 March 2009, collapsing the old market "
    "hall and {extra}, mayor Ilsa Brandt said. Rescue teams from Korrin dug through the rubble "
    "of the market hall, and Brandt asked Velmora families to sleep outdoors."
)
DUNRATH = (
    "A magnitude 5.8 earthquake shook Dunrath on 9 October 2014, bringing down the grain tower "
    "and {extra}, provincial governor Oren Kask said. Firefighters from Selbury searched the "
    "fallen grain tower, and Kask opened the Dunrath stadium as a shelter."
)
EXTRAS = (
    "the school beside it",
    "three houses on the hill",
    "the clock tower of the square",
)


def _quake(town: str, body: str, extra: str, n: int, year: str, day: int) -> Dossier:
    text = QUAKE.format(town=town, n=n, body=body.format(extra=extra))
    people = {
        "Velmora": [
            ("place::velmora", "Velmora", "place"),
            ("place::korrin", "Korrin", "place"),
            ("person:ilsa brandt", "Ilsa Brandt", "person"),
        ],
        "Dunrath": [
            ("place::dunrath", "Dunrath", "place"),
            ("place::selbury", "Selbury", "place"),
            ("person:oren kask", "Oren Kask", "person"),
        ],
    }[town]
    d = dossier(Spec(f"{town}{n}", text, f"Outlet {n}", date(2024, 5, day), people))
    named, value = (
        ("3 March 2009", "2009-03-03") if year == "2009" else ("9 October 2014", "2014-10-09")
    )
    start = text.index(named)
    timex = Timex(start=start, end=start + len(named), text=named, type="DATE", value=value)
    return d.model_copy(update={"timexes": [timex]})


CRASH = (
    "Coach crash on the Harl pass kills {n}\n\nA coach carrying {n} pilgrims from Osterby left "
    "the road on the Harl pass and fell into the gorge, police chief Mara Tolle said. Driver "
    "Benno Lisk was among the dead; {extra}."
)
FUNERAL = (
    "Osterby mourns\n\nMourners filled the cathedral of Osterby for the requiem mass on "
    "Friday; {extra}. Bishop Anselm Roe led the service and read the names."
)
CRASH_NAMES = [
    ("place::harl pass", "Harl pass", "place"),
    ("place::osterby", "Osterby", "place"),
    ("person:mara tolle", "Mara Tolle", "person"),
    ("person:benno lisk", "Benno Lisk", "person"),
]
FUNERAL_NAMES = [
    ("place::osterby", "Osterby", "place"),
    ("person:anselm roe", "Anselm Roe", "person"),
]


def _store(store: Store, dossiers: list[Dossier], config: StoryConfig | None = None) -> list[str]:
    ids = []
    for d in dossiers:
        store.add(RawDocument(f"{d.article.id}.txt", "text", d.article.text.encode(), d.article), d)
        update_stories(store, d.article.id, config)
        ids.append(d.article.id)
    return ids


def test_two_quakes_told_as_one_story_are_split_and_the_ids_stay_valid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cluster, "scored", _always_joins)
    velmora = [_quake("Velmora", VELMORA, e, n, "2009", n) for n, e in enumerate(EXTRAS, 1)]
    dunrath = [_quake("Dunrath", DUNRATH, e, n, "2014", n + 3) for n, e in enumerate(EXTRAS, 4)]
    with open_store(tmp_path / "news.db") as store:
        first = _store(store, velmora + dunrath[:2])
        assert len(set(store.story_members().values())) == 1  # five articles: not looked at
        first += _store(store, dunrath[2:])
        members = store.story_members()
        kept = members[first[0]]
        assert {members[a] for a in first[:3]} == {kept}
        other = members[first[3]]
        assert other != kept and {members[a] for a in first[3:]} == {other}
        a, b = store.story(kept), store.story(other)
        assert a is not None and b is not None
        assert a.id == kept and a.related == [other] and b.related == [kept]
        assert [x.id for x in b.articles] == first[3:]
        assert f"- **related**: story {other} " in markdown(a)  # wwk story ID --format md
        assert store.story_redirects() == {}
        # a rebuild decides alike, and the ids stay as they were
        rebuild_stories(store)
        assert store.story_members() == members
        again = store.story(kept)
        assert again is not None and again.related == [other]


def test_two_late_reports_of_a_funeral_stay_in_the_crash_story(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cluster, "scored", _always_joins)
    extras = [f"{w} were hurt" for w in ("nine", "twelve", "eleven", "ten")]
    crash = [
        dossier(
            Spec(
                f"crash{n}",
                CRASH.format(n=n + 20, extra=e),
                f"Outlet {n}",
                date(2024, 8, 2),
                CRASH_NAMES,
            )
        )
        for n, e in enumerate(extras)
    ]
    funeral = [
        dossier(
            Spec(
                f"funeral{n}",
                FUNERAL.format(extra=e),
                f"Outlet {n}",
                date(2024, 8, 9),
                FUNERAL_NAMES,
            )
        )
        for n, e in enumerate(("the town fell silent", "the bells rang for an hour"))
    ]
    # the highest link of the grid the threshold was chosen from: the funeral's two reports,
    # told in other words, form a group of their own, too small to be a part
    config = StoryConfig(clustering=ClusterConfig(split=-0.5))
    with open_store(tmp_path / "news.db") as store:
        ids = _store(store, crash + funeral, config)
        assert len(set(store.story_members().values())) == 1
        story = store.story(store.story_members()[ids[0]])
        assert story is not None and story.related == [] and len(story.articles) == 6


def test_a_story_is_looked_at_when_it_reaches_six_and_each_time_it_grew_by_a_quarter() -> None:
    assert [n for n in range(1, 60) if split.due(n - 1, n)] == [
        6,
        7,
        8,
        10,
        12,
        15,
        18,
        22,
        27,
        33,
        41,
        51,
    ]
    assert [n for n in range(60, 200) if split.due(n - 1, n)] == [63, 78, 97, 121, 151, 188]
    assert split.due(0, 30)  # a batch that brings 30 articles at once
    assert not split.due(27, 32)
    assert not split.due(150, 300)  # larger than split.MOST_CHECKED
