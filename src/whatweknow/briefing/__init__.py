"""The briefing: "what we know so far", every line sourced.

>>> from whatweknow.briefing import brief_story, to_markdown  # doctest: +SKIP
>>> print(to_markdown(brief_story(story, dossiers)))  # doctest: +SKIP

:mod:`.build` makes a :class:`~.model.Briefing` of some dossiers or of a story (pure functions);
:mod:`.render` prints it as Markdown, HTML or JSON.
"""

from __future__ import annotations

from .build import brief_dossiers, brief_story, story_timeline
from .model import BRIEFING_SCHEMA, Briefing, Citation, Item, Section
from .render import to_html, to_json, to_markdown

__all__ = [
    "BRIEFING_SCHEMA",
    "Briefing",
    "Citation",
    "Item",
    "Section",
    "brief_dossiers",
    "brief_story",
    "story_timeline",
    "to_html",
    "to_json",
    "to_markdown",
]
