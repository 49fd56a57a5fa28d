"""A story claim's status: a denial is a source's denial, never a negative claim by polarity."""

from __future__ import annotations

from whatweknow.stories.corroboration import refresh, status
from whatweknow.story_contract import Report, Story, StoryClaim, StoryContradiction


def claim(cid: str, modality: str, polarity: str = "positive", negated: bool = False) -> StoryClaim:
    report = Report(
        article="a1", claim="c1", start=0, end=10, text="…", modality=modality, negated=negated
    )
    return StoryClaim.model_validate(
        {"id": cid, "text": "…", "polarity": polarity, "reports": [report]}
    )


def test_a_negated_or_antonymic_claim_keeps_its_modality() -> None:
    survived = claim("c1", "asserted", "negative")  # "150 people survived": not "died"
    not_arrested = claim("c2", "reported", "negative", negated=True)  # "has not been arrested"
    story = Story(id=1, claims=[survived, not_arrested])
    assert status(survived, story) == "asserted"
    assert status(not_arrested, story) == "reported"
    refresh(story)
    assert [c.status for c in story.claims] == ["asserted", "reported"]


def test_a_denial_and_what_a_source_denies_are_denied() -> None:
    denial = claim("c1", "denied", "negative")
    accused = claim("c2", "reported")
    story = Story(
        id=1,
        claims=[denial, accused],
        contradictions=[StoryContradiction(kind="denial", a="c2", b="c1")],
    )
    assert status(denial, story) == "denied"
    assert status(accused, story) == "denied"
    refresh(story)
    assert [c.status for c in story.claims] == ["denied", "denied"]
