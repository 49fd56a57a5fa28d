"""A look-alike of a story (the same kind of event with other people, elsewhere) stays out of it
once the story has enough articles for its names to be known."""

from __future__ import annotations

from dataclasses import replace

from whatweknow.stories import cluster
from whatweknow.stories.model import Profile

# five reports of a quarry collapse: every one names the town, most the quarry's owner
QUARRY = {
    "t:quarri": 5,
    "t:collaps": 5,
    "t:worker": 4,
    "p:place::millbrook": 5,
    "a:org:granite works": 4,
    "a:person:jo tamsin": 2,
}
WORDS = {"t:quarri": 2, "t:collaps": 2, "t:worker": 1}
DF = {"t:quarri": 6, "t:collaps": 6, "t:worker": 5}
# scores by the words alone, so that only the names can keep an article out
BY_WORDS = cluster.ClusterConfig(
    threshold=0.1, min_cos=0.0, model=cluster.SameStory(0.0, {"t": 1.0})
)


def _choose(keys: dict[str, int], articles: int = 5) -> int | None:
    story = Profile(1, articles, QUARRY, None, None)
    return cluster.choose(keys, None, [story], DF, 12, BY_WORDS)[0]


def test_a_collapse_elsewhere_with_other_names_does_not_join() -> None:
    elsewhere = {**WORDS, "p:place::eastfield": 3, "a:org:basalt mining": 2}
    assert _choose(elsewhere) is None
    # without the names' bound its words alone would take it in
    story = Profile(1, 5, QUARRY, None, None)
    unbound = replace(BY_WORDS, named=None)
    assert cluster.choose(elsewhere, None, [story], DF, 12, unbound)[0] == 1


def test_a_later_report_naming_one_of_the_story_s_names_joins() -> None:
    # a new speaker and a new place, but the owner's name too
    later = {**WORDS, "a:person:dr vane": 2, "p:place::county court": 1, "a:org:granite works": 1}
    assert _choose(later) == 1


def test_a_name_read_as_another_kind_is_the_same_name() -> None:
    # the town acting in a sentence ("Millbrook has asked ...") may be typed an organisation
    assert _choose({**WORDS, "a:org:millbrook": 1, "a:person:ola reyes": 1}) == 1


def test_an_article_naming_nobody_is_not_judged_by_names() -> None:
    assert _choose(dict(WORDS)) == 1


def test_a_young_story_s_names_bound_nothing_yet() -> None:
    elsewhere = {**WORDS, "p:place::eastfield": 3}
    assert _choose(elsewhere, articles=4) == 1
    assert cluster.ClusterConfig().named == 5


def test_names_are_compared_without_their_kind() -> None:
    story = Profile(2, 6, {"p:place:XYZ:harbourton": 3, "t:ship": 6}, None, None)
    assert cluster.name_of("p:place:XYZ:harbourton") == "harbourton"
    assert not cluster.names_none(["a:org:harbourton"], story)
    assert cluster.names_none(["a:org:dockside"], story)
    assert not cluster.names_none([], story)
