"""An article that looks back at another matter in one line joins that matter's story only if
the rest of it shares the story's event.

"The recall comes days after a separate recall at a Tavros dairy left 40 people ill." in a
bakery's recall, or "Mayor Ilk, who has faced questions this week over the dairy recall, opened
a library." in a library's opening: a story that such a line names judges the article's keys
less the line's, and asks more of its words (``looks_back``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from whatweknow.stories import cluster, lookback
from whatweknow.stories.model import Profile

from .corpus import Spec, dossier

BAKERY = (
    "Bakery recalls rye loaves in Pellin\n\n"
    "Ostra Bakeries recalled its rye loaves in Pellin on Friday after finding flour mites.\n\n"
    "The recall comes days after a separate recall at a Tavros dairy left 40 people ill.\n\n"
    "The bakery said no one had fallen ill."
)
LIBRARY = (
    "New library opens in Tavros\n\n"
    "Mayor Ilk, who has faced questions this week over the dairy recall, opened a library in "
    "Tavros on Saturday.\n\n"
    "The library holds 20,000 books and a reading room for children."
)


def _said(text: str) -> list[str]:
    return [text[s:e] for s, e in lookback.spans(text)]


def test_look_backs_run_to_the_sentence_or_the_clause_s_end() -> None:
    assert _said(BAKERY) == [
        "comes days after a separate recall at a Tavros dairy left 40 people ill"
    ]
    assert _said(LIBRARY) == ["who has faced questions this week over the dairy recall"]
    # the cue's words in two sentences are no cue
    assert _said("The vote comes. Days after, it rained.") == []
    # the offsets are the text's as read
    s, e = lookback.spans(LIBRARY)[0]
    assert LIBRARY[s:e].startswith("who has faced")


def test_a_look_back_s_keys_are_what_it_names() -> None:
    spec = Spec(
        "bakery",
        BAKERY,
        "Pellin Post",
        date(2026, 5, 8),
        [
            ("org:ostra bakeries", "Ostra Bakeries", "organisation"),
            ("place::pellin", "Pellin", "place"),
            ("place::tavros", "Tavros", "place"),
        ],
    )
    d = dossier(spec)
    back = lookback.named(d, lookback.spans(BAKERY))
    assert back["p:place::tavros"] == 1
    assert "a:org:ostra bakeries" not in back and "p:place::pellin" not in back
    assert any(k.startswith("t:dair") for k in back)
    # the article's keys are all it names, the look-back's too: only the story it names
    # judges the rest (cluster.scored)
    assert "p:place::tavros" in cluster.article_keys(d)


# eight reports of the dairy recall in Tavros: the dairy, the mayor in three, the town in all
DAIRY = {
    "t:dairi": 8,
    "t:recal": 8,
    "t:milk": 6,
    "t:ill": 5,
    "t:hospit": 4,
    "t:mayor": 3,
    "t:town": 3,
    "t:may": 6,
    "p:place::tavros": 8,
    "a:person:ilk": 3,
    "a:org:tavros dairy": 7,
}
DF = {**{k: n + 1 for k, n in DAIRY.items()}, "t:may": 20, "t:town": 12, "t:mayor": 10}
STORY = Profile(1, 8, DAIRY, date(2026, 5, 4), date(2026, 5, 8))
# scores by the names alone: the shared mayor and town take any article in
BY_NAMES = cluster.ClusterConfig(
    threshold=0.1, model=cluster.SameStory(0.0, {"a": 3.0, "p": 3.0}), named=None
)
# the library, its look-back left out: the mayor, the town, "mayor", "town", and its own words
OPENING = {
    "a:person:ilk": 1,
    "p:place::tavros": 2,
    "t:mayor": 1,
    "t:town": 1,
    "t:ill": 1,
    "t:librari": 4,
    "t:book": 2,
    "t:read": 1,
    "t:room": 1,
    "t:children": 1,
}
LOOKED_BACK = {"t:question": 1, "t:week": 1, "t:dairi": 1, "t:recal": 1}


def test_an_article_looking_back_at_the_story_needs_more_of_its_words() -> None:
    when = date(2026, 5, 9)
    t = cluster.features(OPENING, STORY, DF, 30)["t"]
    assert 0.05 <= t < 0.15
    assert cluster.looks_back(LOOKED_BACK, STORY)
    whole = {**OPENING, **LOOKED_BACK, "t:recal": 1}
    assert cluster.scored(whole, when, [STORY], DF, 30, BY_NAMES, LOOKED_BACK) == []
    # without the rule, or without a look-back, the floor lets it in
    off = replace(BY_NAMES, looks_back=None)
    assert cluster.scored(whole, when, [STORY], DF, 30, off, LOOKED_BACK)
    assert cluster.scored(whole, when, [STORY], DF, 30, BY_NAMES)


def test_a_look_back_at_another_matter_changes_nothing() -> None:
    when = date(2026, 5, 9)
    elsewhere = {"t:flood": 1, "t:bridg": 1, "p:place::marrow": 1}
    assert not cluster.looks_back(elsewhere, STORY)
    assert cluster.scored(OPENING, when, [STORY], DF, 30, BY_NAMES, elsewhere)


def test_a_later_report_of_the_story_with_a_look_back_still_joins() -> None:
    # the dairy's chief resigns: "The resignation comes a day after the recall widened"; the
    # rest of it is the story's own
    later = {
        "a:org:tavros dairy": 3,
        "p:place::tavros": 2,
        "t:dairi": 4,
        "t:recal": 3,
        "t:milk": 2,
        "t:resign": 3,
        "t:chief": 2,
    }
    assert cluster.features(later, STORY, DF, 30)["t"] >= 0.15
    assert cluster.scored(later, date(2026, 5, 9), [STORY], DF, 30, BY_NAMES, LOOKED_BACK)


def test_a_look_back_naming_the_story_in_words_of_its_names_still_names_it() -> None:
    # the story quotes a "Dairy Recall Victims Group": "dairy" and "recall" are words of a name
    # it holds, so no topic terms; two of them, held by most of its reports, still name it
    held = {
        "t:dairy": 8,
        "t:recall": 8,
        "t:milk": 2,
        "t:question": 1,
        "p:place::tavros": 8,
        "a:org:dairy recall victims group": 2,
    }
    story = Profile(1, 8, held, date(2026, 5, 4), date(2026, 5, 8))
    assert "t:dairy" not in cluster.topic_terms(story)
    assert cluster.looks_back({"t:question": 1, "t:dairy": 1, "t:recall": 1}, story)
    # one such word is not enough: "recall" alone may be any recall's
    assert not cluster.looks_back({"t:question": 1, "t:recall": 1}, story)
    # nor are words few of its reports hold
    assert not cluster.looks_back({"t:question": 1, "t:milk": 1}, story)
