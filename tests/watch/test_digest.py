"""The digest's account of a story: what the round's articles added to it."""

from __future__ import annotations

from datetime import UTC, datetime

from whatweknow.story_contract import Report, Story, StoryArticle, StoryClaim, StoryContradiction
from whatweknow.watch.digest import digest, story_news
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
