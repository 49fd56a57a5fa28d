"""A plan and its deed, merged into one story claim: the line that a voice says it is worded
as the deed, and the plan's report is no second source of it (names written for these tests)."""

from __future__ import annotations

from datetime import date

from whatweknow.briefing.claims import CLAIMED, claim_sections
from whatweknow.briefing.statements import from_story
from whatweknow.stories.corroboration import refresh
from whatweknow.story_contract import Report, Story, StoryActor, StoryArticle, StoryClaim

GUILD = "org:orvik weavers guild"


def _report(article: str, words: str, modality: str, day: int) -> Report:
    return Report(
        article=article,
        claim="c1",
        start=0,
        end=len(words),
        text=words,
        source=GUILD,
        source_text="the guild",
        modality=modality,
        seen=date(2025, 4, day),
        published=date(2025, 4, day),
    )


def test_a_voice_that_told_the_plan_and_then_the_deed_says_the_deed() -> None:
    plan = _report("a1", "The guild will hold a vote on Friday", "expected", 1)
    deed = _report("a2", "The guild held a vote on Friday", "reported", 5)
    story = Story(
        id=1,
        articles=[
            StoryArticle(id="a1", outlet="Sorna Post", seen=date(2025, 4, 1)),
            StoryArticle(id="a2", outlet="Hale Courier", seen=date(2025, 4, 5)),
        ],
        actors=[StoryActor(key=GUILD, name="Orvik Weavers Guild", type="organisation", articles=2)],
        claims=[StoryClaim(id="c1", text=plan.text, reports=[plan, deed])],
    )
    refresh(story)
    assert (story.claims[0].status, story.claims[0].independent) == ("reported", 1)
    statements, clashes = from_story(story, {})
    sections = {s.title: s for s in claim_sections(statements, clashes, [], date(2025, 4, 1))}
    [item] = sections[CLAIMED].items
    assert item.text == "Orvik Weavers Guild says: The guild held a vote on Friday"
