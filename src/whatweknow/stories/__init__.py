"""Stories over the store: articles on one developing story grouped as they are ingested, with
copies of one report grouped, the same claim merged across articles, corroboration counted and
contradictions found.

>>> from whatweknow.stories import update_stories  # doctest: +SKIP
>>> update_stories(store, article_id)  # after store.add(); returns the story id

The logic is pure (:mod:`.copies`, :mod:`.cluster`, :mod:`.merge`, :mod:`.contradictions`,
:mod:`.corroboration`, :mod:`.since`); :mod:`.update` runs it over a store, one transaction per
article. The records are in :mod:`whatweknow.story_contract`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..story_contract import STORY_SCHEMA, CopyGroup, Report, Story, StoryClaim, StoryContradiction

if TYPE_CHECKING:
    from .update import (
        StoryConfig,
        rebuild_stories,
        update_pending,
        update_publications,
        update_stories,
    )

__all__ = [
    "STORY_SCHEMA",
    "CopyGroup",
    "Report",
    "Story",
    "StoryClaim",
    "StoryConfig",
    "StoryContradiction",
    "rebuild_stories",
    "update_pending",
    "update_publications",
    "update_stories",
]

_LAZY = {
    "StoryConfig",
    "rebuild_stories",
    "update_pending",
    "update_publications",
    "update_stories",
}


def __getattr__(name: str) -> Any:
    # The update module imports the store: loaded on demand, so that reading the records of a
    # story never loads the store (the store itself reads them from whatweknow.story_contract).
    if name in _LAZY:
        from . import update

        return getattr(update, name)
    raise AttributeError(name)
