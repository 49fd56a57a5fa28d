"""The same-story decision: features of who, where, what and when, and the model over them."""

from __future__ import annotations

from datetime import date

from whatweknow.contract import Article, Dossier, PipelineInfo, Timex, article_id
from whatweknow.eval.same_story import FEATURES, fit, pairs
from whatweknow.stories import cluster
from whatweknow.stories.model import Profile


def _story(keys: dict[str, int], first: date | None = None, last: date | None = None) -> Profile:
    return Profile(1, 2, keys, first, last)


def test_blocking_skips_keys_no_stored_article_has() -> None:
    keys = {"a:person:new speaker": 5, "p:place::harbour town": 1, "t:flood": 2}
    df = {"p:place::harbour town": 3, "t:flood": 40}
    assert "a:person:new speaker" not in cluster.blocking_keys(keys, df, 100)
    assert cluster.blocking_keys(keys, df, 100)[0] == "p:place::harbour town"


def test_features_read_each_kind_apart() -> None:
    keys = {"a:person:ann": 1, "p:place::harbour town": 1, "t:flood": 1, "d:09-10": 1}
    story = _story({"a:person:bob": 2, "p:place::harbour town": 2, "t:flood": 1, "d:09-10": 2})
    f = cluster.features(keys, story, {}, 10)
    assert f["a"] == 0.0
    assert f["p"] > 0.99 and f["d"] > 0.99
    assert f["p?"] == 1.0 and f["d?"] == 1.0
    assert 0.0 < f["cos"] < 1.0


def test_nearness_falls_with_days_outside_the_span() -> None:
    story = _story({}, date(2024, 5, 1), date(2024, 5, 3))
    assert cluster.nearness(date(2024, 5, 2), story) == 1.0
    assert 0.0 < cluster.nearness(date(2024, 5, 10), story) < 1.0
    assert cluster.nearness(date(2024, 6, 30), story) == 0.0
    assert cluster.nearness(None, story) == 0.0


def test_a_shared_date_alone_never_joins() -> None:
    model = cluster.SameStory(0.0, {"d": 10.0})
    config = cluster.ClusterConfig(model=model)
    keys = {"t:summit": 3, "d:09-09": 1}
    story = _story({"t:earthquak": 2, "d:09-09": 2}, date(2024, 9, 9), date(2024, 9, 9))
    found, _ = cluster.choose(keys, date(2024, 9, 9), [story], {}, 10, config)
    assert found is None


def test_the_shipped_model_weighs_names_places_and_dates_up() -> None:
    model = cluster.same_story()
    assert set(model.weights) <= set(FEATURES)
    for kind in ("a", "p", "t", "d", "h"):
        assert model.weights[kind] > 0
    for mismatch in ("p≠", "h≠", "y≠"):
        assert model.weights[mismatch] < 0


def test_nearness_in_time_alone_adds_nothing() -> None:
    """In a live store every candidate is near the article: time strengthens shared words only."""
    story = _story({"t:harbour": 2, "t:ferri": 2}, date(2024, 6, 1), date(2024, 6, 3))
    apart = cluster.features({"t:warehous": 1}, story, {}, 10, when=date(2024, 6, 2))
    assert apart["near"] == 1.0 and apart["near·t"] == 0.0
    close = cluster.features({"t:ferri": 1}, story, {}, 10, when=date(2024, 6, 2))
    assert close["near·t"] == close["t"] > 0


def test_the_fit_learns_what_tells_stories_apart() -> None:
    articles = []
    for i in range(12):
        gold = i % 3
        keys = {f"a:person:p{gold}": 2, f"t:w{gold}": 1, f"t:x{i % 2}": 1, "t:common": 1}
        articles.append((keys, gold, date(2024, 1, 1 + i)))
    data = pairs(articles)
    assert any(label for _, label in data) and not all(label for _, label in data)
    bias, weights = fit(data, ["a", "t"])
    assert weights["a"] > 0
    model = cluster.SameStory(bias, weights)
    same = [model.score(f) for f, label in data if label]
    other = [model.score(f) for f, label in data if not label]
    assert min(same) > max(other)


def test_stories_of_the_same_kind_of_event_in_the_same_place_are_related() -> None:
    def story(i: int, *keys: str) -> Profile:
        return Profile(i, 2, dict.fromkeys(keys, 2), None, None)

    here = "p:place::harbour town"
    quake_a = story(1, "t:earthquak", "t:collaps", "e:ASSAULT", here)
    quake_b = story(2, "t:earthquak", "t:rescu", "e:ASSAULT", here)
    quake_far = story(3, "t:earthquak", "t:rescu", "e:ASSAULT", "p:place::hill village")
    summit = story(4, "t:summit", "t:leader", "e:CONSULT", here)
    df = {"t:earthquak": 6, "t:collaps": 2, "t:rescu": 4, "t:summit": 2, "t:leader": 2, here: 6}
    links = cluster.related({1: quake_a, 2: quake_b, 3: quake_far, 4: summit}, df, 8)
    assert links == [(1, 2)]


def test_people_are_read_apart_from_organisations() -> None:
    """Two events of one kind in one league share its clubs, not their people."""
    keys = {"a:person:ann", "a:org:harbour rovers", "t:arrest"}
    story = _story({"a:person:bob": 2, "a:org:harbour rovers": 2, "t:arrest": 2})
    f = cluster.features(dict.fromkeys(keys, 1), story, {}, 10)
    assert f["a"] > 0.0 and f["h"] == 0.0 and f["h?"] == 1.0
    same = _story({"a:person:ann": 2, "t:arrest": 2})
    assert cluster.features(dict.fromkeys(keys, 1), same, {}, 10)["h"] > 0.99


def test_years_count_only_when_they_differ() -> None:
    """News of one week shares its year: a shared year says little; a different one, much."""
    story = _story({"t:fight": 2, "y:2008": 2})
    assert cluster.features({"t:fight": 1, "y:2012": 1}, story, {}, 10)["y≠"] == 1.0
    assert cluster.features({"t:fight": 1, "y:2008": 1}, story, {}, 10)["y≠"] == 0.0
    assert cluster.features({"t:fight": 1}, story, {}, 10)["y≠"] == 0.0
    assert cluster.same_story().weights["y≠"] < 0


def test_an_article_has_the_years_it_names_and_its_own() -> None:
    text = "On 7 July the boxer kept his belts. He first won them in 2006."
    article = Article(id=article_id(text), text=text, published=date(2012, 7, 8))
    timexes = [
        Timex(start=3, end=9, text="7 July", type="DATE", value="XXXX-07-07"),
        Timex(start=57, end=61, text="2006", type="DATE", value="2006"),
    ]
    info = PipelineInfo(version="0.1.0", model="test")
    keys = cluster.article_keys(Dossier(pipeline=info, article=article, timexes=timexes))
    assert keys["y:2006"] == 1 and keys["y:2012"] == 1 and keys["d:07-07"] == 1
    undated = Dossier(pipeline=info, article=article.model_copy(update={"published": None}))
    assert not any(k.startswith("y:") for k in cluster.article_keys(undated))


def test_years_told_in_two_apart_tell_events_apart() -> None:
    """A dated article against a dated story: their publication years; an undated one is told in
    the latest month-and-year it names. One year apart is a story running over the new year."""
    story = _story({"t:fight": 2}, date(2008, 12, 30), date(2008, 12, 31))
    assert cluster.features({"t:fight": 1}, story, {}, 10, when=date(2012, 7, 7))["year≠"] == 1.0
    assert cluster.features({"t:fight": 1}, story, {}, 10, when=date(2009, 1, 2))["year≠"] == 0.0
    undated = _story({"t:fight": 2, "d:2006-04": 1, "d:04-22": 1})
    assert cluster.features({"t:fight": 1, "d:2012-07": 1}, undated, {}, 10)["year≠"] == 1.0
    assert cluster.features({"t:fight": 1, "d:2007-01": 1}, undated, {}, 10)["year≠"] == 0.0
    assert cluster.features({"t:fight": 1, "d:07-07": 1}, undated, {}, 10)["year≠"] == 0.0
    assert cluster.same_story().weights["year≠"] < 0
