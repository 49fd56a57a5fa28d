"""The story records, kept importable here for the Python API: they live in
:mod:`whatweknow.story_contract`, which the store imports too."""

from ..story_contract import (
    STORY_SCHEMA,
    CopyGroup,
    IndexedArticle,
    Profile,
    Report,
    Side,
    Status,
    Story,
    StoryActor,
    StoryArticle,
    StoryClaim,
    StoryContradiction,
    StorySummary,
    Values,
)

__all__ = [
    "STORY_SCHEMA",
    "CopyGroup",
    "IndexedArticle",
    "Profile",
    "Report",
    "Side",
    "Status",
    "Story",
    "StoryActor",
    "StoryArticle",
    "StoryClaim",
    "StoryContradiction",
    "StorySummary",
    "Values",
]
