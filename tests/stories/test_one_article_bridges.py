"""A story of one article is scored leniently (an article against another article), so an article
that scores well with it and with a larger story bridges the two only if the one article could
join the larger story by its words: otherwise they are two matters (the minister's school-meals
budget, opened the day before the harbour fire whose later report quotes her), the article joins
the larger story (when it scored at least ``bridge`` there too) and nothing is merged."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from datetime import date

from whatweknow.stories import update
from whatweknow.stories.cluster import ClusterConfig
from whatweknow.stories.model import Profile

DAY = date(2025, 5, 6)
# six reports of a warehouse fire at Kelmouth harbour; the minister speaks in two of them
FIRE = {
    "t:fire": 6,
    "t:harbour": 6,
    "t:warehous": 5,
    "t:smoke": 4,
    "t:crew": 3,
    "t:minist": 2,
    "p:place::kelmouth": 6,
    "a:person:orla denne": 2,
    "a:org:kelmouth fire service": 4,
}
# the minister's school-meals budget, one article, the day before
MEALS = dict.fromkeys(
    ["a:person:orla denne", "t:school", "t:meal", "t:budget", "t:minist", "t:pupil", "t:fund"], 1
)
# the fire's first report from the harbour master's office, one article that had opened a story
MASTER = dict.fromkeys(
    ["p:place::kelmouth", "t:fire", "t:harbour", "t:warehous", "t:smoke", "t:master", "t:berth"], 1
)
DF = {k: n + 1 for k, n in FIRE.items()} | dict.fromkeys(MEALS, 2) | {"t:master": 1, "t:berth": 1}


class _Counts:
    """What :func:`update._bridged` reads of the index: the stored articles holding each key."""

    def key_counts(self, keys: Collection[str]) -> dict[str, int]:
        return {k: DF[k] for k in keys if k in DF}


def _bridged(scores: list[tuple[float, int]], one: dict[str, int]) -> tuple[int, list[int]]:
    """``scores``: (score, story) of the article with the fire story (1) and the one-article
    story (2), the best first."""
    candidates = [Profile(1, 6, FIRE, DAY, DAY), Profile(2, 1, one, DAY, DAY)]
    chosen = scores[0][1]
    return update._bridged(_Counts(), chosen, scores, candidates, 20, update.StoryConfig())  # type: ignore[arg-type]


def test_a_lenient_one_article_story_on_another_matter_is_neither_chosen_nor_bridged() -> None:
    # the minister's report on the fire scored highest with her one-article budget story
    assert _bridged([(2.4, 2), (1.9, 1)], MEALS) == (1, [])
    # and when it chose the fire story, the budget story is not merged into it
    assert _bridged([(2.4, 1), (1.9, 2)], MEALS) == (1, [])


def test_under_the_bridge_the_best_score_decides() -> None:
    # scores under the bridge with both: an ordinary choice, the best (ECB+ fell otherwise)
    assert _bridged([(0.8, 2), (0.0, 1)], MEALS) == (2, [])
    assert _bridged([(2.4, 2), (0.0, 1)], MEALS) == (2, [])


def test_a_one_article_story_of_the_same_event_is_still_chosen_and_bridged() -> None:
    assert _bridged([(2.4, 2), (1.9, 1)], MASTER) == (2, [1])
    assert _bridged([(2.4, 1), (1.9, 2)], MASTER) == (1, [2])
    assert _bridged([(0.8, 2), (0.0, 1)], MASTER) == (2, [])


def test_without_the_words_floor_the_budget_story_is_bridged() -> None:
    # the floors of the choice alone (content terms 0.05) let the budget story through
    config = update.StoryConfig(clustering=replace(ClusterConfig(), placeless=None))
    candidates = [Profile(1, 6, FIRE, DAY, DAY), Profile(2, 1, MEALS, DAY, DAY)]
    scores = [(2.4, 1), (1.9, 2)]
    found = update._bridged(_Counts(), 1, scores, candidates, 20, config)  # type: ignore[arg-type]
    assert found == (1, [2])
