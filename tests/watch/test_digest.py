"""The digest's account of a story: what the round's articles added to it."""

from __future__ import annotations

from datetime import UTC, datetime

from whatweknow.story_contract import Report, Story, StoryArticle, StoryClaim, StoryContradiction
from whatweknow.watch.digest import digest, story_lines, story_news
from whatweknow.watch.rounds import RoundReport, SourceReport


def claim(claim_id: str, *articles: str) -> StoryClaim:
    reports = [Report(article=a, claim=f"{a}-c", start=0, end=4, text="text") for a in articles]
    return StoryClaim(id=claim_id, text=f"claim {claim_id}", reports=reports)


def test_new_claims_are_those_only_new_articles_report() -> None:
    story = Story(
        id=3,
        title="Bridge closed",
        articles=[
            StoryArticle(id="old", title="Bridge shut"),
            StoryArticle(id="new1", title="Bridge may reopen", outlet="Town Post"),
            StoryArticle(id="new2"),
        ],
        claims=[claim("a", "old"), claim("b", "old", "new1"), claim("c", "new1", "new2")],
        contradictions=[
            StoryContradiction(kind="denial", a="a", b="c"),
            StoryContradiction(kind="conflict", a="a", b="b"),
        ],
    )
    news = story_news(story, ["new1", "new2", "elsewhere"])
    assert news.articles == 2
    assert news.titles == ["Bridge may reopen (Town Post)", "new2"]
    assert [c.id for c in news.new_claims] == ["c"]
    assert news.again == 1  # b: reported before, and again now
    assert news.new_contradictions == 1  # a against c: c is new; a against b was out before
    assert story_news(story, []).new_claims == []


def test_a_failed_source_line_names_its_error() -> None:
    report = RoundReport(datetime(2024, 6, 3, 8, 0, tzinfo=UTC))
    report.sources.append(SourceReport("https://a.example/feed", "failed", error="W054: HTTP 500"))
    report.sources.append(SourceReport("https://b.example/feed", "not modified"))
    lines = digest(report, store=None)  # type: ignore[arg-type]  # no story: not read
    assert lines[1:] == [
        "  https://a.example/feed: failed: W054: HTTP 500",
        "  https://b.example/feed: not modified",
    ]


def test_changed_claims_and_new_events_are_listed() -> None:
    """A claim expected before and reported as done by a new article has changed; a new
    article's events are named (type, who, to whom, when), an old article's are not."""
    from whatweknow.contract import Actor, Article, Dossier, Event, Mention, PipelineInfo

    expected = claim("v", "old")
    expected.reports[0].modality = "expected"
    expected.reports.append(Report(article="new1", claim="x", start=0, end=4, text="visit"))
    story = Story(
        id=4,
        title="Minister visits",
        articles=[StoryArticle(id="old"), StoryArticle(id="new1", title="The visit")],
        claims=[expected],
    )
    text = "The minister visited the flooded town on Tuesday."
    minister = Actor(id="a1", name="the minister", type="person", key="person:minister",
                     mentions=[Mention(start=0, end=12, text="The minister")])  # fmt: skip
    town = Actor(id="a2", name="the flooded town", type="place", key="place:town",
                 mentions=[Mention(start=21, end=37, text="the flooded town")])  # fmt: skip
    visit = Event(id="e1", type="CONSULT", start=13, end=20, trigger="visited",
                  actor=["a1"], target=["a2"], time="2024-06-04")  # fmt: skip
    info = PipelineInfo(version="test", model="test")
    new = Dossier(pipeline=info, article=Article(id="new1", text=text), actors=[minister, town],
                  events=[visit])  # fmt: skip
    old = new.model_copy(update={"article": Article(id="old", text=text)})
    news = story_news(story, ["new1"], [new, old])
    assert [(c.claim.id, c.before, c.after) for c in news.changed] == [
        ("v", "expected", "asserted")
    ]
    assert news.again == 1 and news.new_claims == []
    [line] = news.events
    assert line.endswith(": the minister → the flooded town (2024-06-04)") and line[0].isupper()
    lines = story_lines(news)
    assert "1 changed" in lines[0] and "1 new event(s)" in lines[0]
    assert "    ~ claim v: expected → asserted" in lines
    assert f"    event: {line}" in lines
