"""A story of one article is scored leniently (an article against an article: the country, the
week, a date they both name), so a report on another matter opened before a larger story's later
reports drew them away from it, and where they went depended on the order the two were placed in
(``wwk ingest`` and ``wwk stories --rebuild`` disagreed). A later report that names a name
central to the larger story (its town, its operator), which the one article does not name, joins
the larger story it may join, when that one article could not join it."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from datetime import date
from pathlib import Path

from whatweknow.contract import Dossier, Timex
from whatweknow.readers.base import RawDocument
from whatweknow.store import open_store
from whatweknow.stories import rebuild_stories, update, update_stories
from whatweknow.stories.cluster import ClusterConfig
from whatweknow.stories.model import Profile

from .corpus import BALTIC, COAST_GUARD, CORPUS, NORTHERN_STAR, PORT_HALDEN, Spec, dossier

DAY = date(2025, 9, 3)
# six reports of a tram depot fire in Brellick, Corwenland; the operator named in five
DEPOT = {
    "t:tram": 6,
    "t:depot": 6,
    "t:fire": 6,
    "t:blaze": 3,
    "t:carriag": 3,
    "p:place::brellick": 6,
    "p:state::corwenland": 4,
    "a:org:ostvane transit": 5,
    "a:person:ilka maro": 2,
}
# a bakery chain's bread prices, one article in the same country and days
BREAD = dict.fromkeys(
    ["p:state::corwenland", "t:bread", "t:price", "t:bakeri", "t:flour", "a:org:pellin bakeries"], 1
)
# the first report of the same fire from a crew's union, one article that had opened a story
UNION = dict.fromkeys(
    ["p:place::brellick", "t:tram", "t:depot", "t:fire", "t:union", "a:org:drivers union"], 1
)
# a later report: the night trams cancelled in Brellick after the fire
LATER = dict.fromkeys(
    ["p:place::brellick", "p:state::corwenland", "t:night", "t:cancel", "t:servic", "t:tram"], 1
)
# a report that shares with the fire's story the country alone
COUNTRY = dict.fromkeys(["p:state::corwenland", "t:night", "t:cancel", "t:ferri", "t:servic"], 1)
DF = {k: n + 1 for k, n in DEPOT.items()} | {k: 2 for k in {**BREAD, **UNION, **COUNTRY}}


class _Counts:
    """What :func:`update._drawn` reads of the index: the stored articles holding each key."""

    def key_counts(self, keys: Collection[str]) -> dict[str, int]:
        return {k: DF.get(k, 1) for k in keys}


def _drawn(
    keys: dict[str, int],
    scores: list[tuple[float, int]],
    one: dict[str, int],
    config: update.StoryConfig | None = None,
) -> int:
    """``scores``: (score, story) of the article with the one-article story (2) and the fire
    story (1), the best first."""
    candidates = [Profile(1, 6, DEPOT, DAY, DAY), Profile(2, 1, one, DAY, DAY)]
    chosen = scores[0][1]
    config = config or update.StoryConfig()
    return update._drawn(_Counts(), chosen, scores, candidates, keys, 20, config)  # type: ignore[arg-type]


def test_a_one_article_story_on_another_matter_does_not_draw_a_report_of_the_town_away() -> None:
    # the lenient bread story outscores the fire story, which the report may join
    assert _drawn(LATER, [(0.8, 2), (0.0, 1)], BREAD) == 1


def test_a_one_article_story_of_the_same_event_keeps_the_report() -> None:
    # the union's report names the town itself: the best score decides
    assert _drawn(LATER, [(0.8, 2), (0.0, 1)], UNION) == 2


def test_a_report_that_shares_only_the_country_stays_with_the_best() -> None:
    assert _drawn(COUNTRY, [(0.8, 2), (0.0, 1)], BREAD) == 2


def test_a_report_sharing_a_person_or_organisation_with_the_one_article_stays_with_it() -> None:
    # a name beyond places shared with the one article: its own matter's, the best decides
    assert _drawn(LATER | {"a:org:pellin bakeries": 1}, [(0.8, 2), (0.0, 1)], BREAD) == 2


def test_a_person_the_larger_story_names_too_keeps_no_report_with_the_one_article() -> None:
    # the minister, named in the fire's story, also in the bread prices' report: nothing the
    # one article offers that the larger story does not
    maro = {"a:person:ilka maro": 1}
    assert _drawn(LATER | maro, [(0.8, 2), (0.0, 1)], BREAD | maro) == 1


def test_a_larger_story_under_the_threshold_is_not_taken() -> None:
    assert _drawn(LATER, [(0.8, 2), (-1.0, 1)], BREAD) == 2


def test_without_the_rule_the_best_score_decides() -> None:
    config = update.StoryConfig(clustering=replace(ClusterConfig(), central=False))
    assert _drawn(LATER, [(0.8, 2), (0.0, 1)], BREAD, config) == 2


WENLOW = ("place::wenlow", "Wenlow", "place")
LIND = ("person:oskar lind", "Oskar Lind", "person")
IMRIE = ("person:rosa imrie", "Rosa Imrie", "person")
HOLT = ("person:mira holt", "Mira Holt", "person")
FERRY = ["wire", "copy", "cargo", "denial", "crew", "divers", "pump", "shops"]
LATER_DAYS = [
    Spec(
        "crew",
        """Northern Star crew describe escape from ferry fire off Port Halden

Crew members of the Northern Star ferry described on Wednesday how they fought the fire in the \
engine room before the order came to leave the ship off Port Halden.

Deckhand Mira Holt said smoke filled the lower deck within minutes. Baltic Lines said it would \
support the crew while the ferry stays in dock.""",
        "Evening Post",
        date(2024, 6, 5),
        [NORTHERN_STAR, PORT_HALDEN, BALTIC, HOLT],
    ),
    Spec(
        "divers",
        """Divers finish search around burnt Northern Star ferry

Divers finished their search of the water around the Northern Star ferry off Port Halden on \
Thursday and found no more victims of the fire, the coast guard said.

Baltic Lines said the ferry would be towed to a dry dock once investigators allow it.""",
        "Meridian Wire",
        date(2024, 6, 6),
        [NORTHERN_STAR, PORT_HALDEN, BALTIC, COAST_GUARD],
    ),
    Spec(
        "pump",
        """Fuel pump repairs in focus as Northern Star fire inquiry opens

The inquiry into the fire on the Northern Star ferry off Port Halden opened on Thursday with \
questions over the fuel pump that crews had been repairing in the engine room.

Baltic Lines said it would answer every question from the harbour authority.""",
        "Coastal Times",
        date(2024, 6, 6),
        [NORTHERN_STAR, PORT_HALDEN, BALTIC],
    ),
    # the ferry's story in a town up the coast, the day after its library reopened
    Spec(
        "shops",
        """Wenlow shops count the cost of the Northern Star fire

Shops and cafes in Wenlow say trade has fallen by half since fire swept through the Northern \
Star ferry off Port Halden, as day trippers stay away from the town.

Cafe owner Rosa Imrie said Wenlow would ask Baltic Lines to pay for lost trade while the \
ferry stays in dock, and that shops in Wenlow would open late on Saturday for the town's \
children.""",
        "Harbour Gazette",
        date(2024, 6, 7),
        [WENLOW, PORT_HALDEN, NORTHERN_STAR, IMRIE, BALTIC],
    ),
]
# another matter: the town's library, by the same outlet, with the same mayor
LIBRARY = Spec(
    "library",
    """Wenlow library reopens with a new reading room

The Wenlow public library reopened on Thursday after a year of building work, with a \
reading room for children and a larger hall for evening talks.

Mayor Oskar Lind cut the ribbon and said the town had waited long enough. The library will \
open late on Saturday for a reading for children, and lending remains free for pupils.""",
    "Harbour Gazette",
    date(2024, 6, 6),
    [WENLOW, LIND],
)


SATURDAY = "Saturday"
"""Both Wenlow reports name the Saturday after them (8 June): a date they share."""


def _dossier(spec: Spec) -> Dossier:
    d = dossier(spec)
    if spec.name not in ("shops", "library"):
        return d
    start = spec.text.index(SATURDAY)
    day = Timex(
        start=start, end=start + len(SATURDAY), text=SATURDAY, type="DATE", value="2024-06-08"
    )
    return d.model_copy(update={"timexes": [day]})


def _groups(store: object, ids: dict[str, str]) -> set[frozenset[str]]:
    by: dict[int | None, set[str]] = {}
    for name, i in ids.items():
        by.setdefault(store.story_of(i), set()).add(name)  # type: ignore[attr-defined]
    return {frozenset(g) for g in by.values()}


def test_a_rebuild_gives_the_stories_that_placing_one_at_a_time_gave(tmp_path: Path) -> None:
    # ingested one at a time, the ferry's reports first, the library's report last; rebuilt,
    # in order of publication: the library's report (6 June) before the shops' (7 June)
    specs = [s for s in CORPUS if s.name in FERRY] + LATER_DAYS + [LIBRARY]
    with open_store(tmp_path / "news.db") as store:
        ids = {}
        for spec in specs:
            d = _dossier(spec)
            store.add(RawDocument(f"{spec.name}.txt", "text", spec.text.encode(), d.article), d)
            ids[spec.name] = d.article.id
            update_stories(store, d.article.id, dossier=d)
        ingested = _groups(store, ids)
        rebuild_stories(store)
        rebuilt = _groups(store, ids)
    assert ingested == {frozenset({"library"}), frozenset(FERRY)}
    assert rebuilt == ingested
