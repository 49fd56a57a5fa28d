"""The briefing as data: sections of items, each item citing the characters it came from.

Every item is an extract of an article or a fixed template over extracted fields, and names the
record it renders; every citation resolves to ``article.text[start:end]`` of the article it
names (and carries those characters as ``text``). ``wwk brief --format json`` prints this.

``Item.record`` by ``Item.kind``: ``claim`` a claim id (the story's claim id in a story briefing,
``Briefing.story`` set; else the dossier's, in the article of its citation); ``dispute`` the id
of one side, the other in ``related``; ``event`` the dossier's event id (of its first citation's
article); ``actor`` the actor key (else the dossier's actor id, prefixed by its article id);
``article`` the article id (copies of one report in ``related``); ``story`` the story id.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import ConfigDict, Field

from ..contract import Record

BRIEFING_SCHEMA = "whatweknow/briefing@1"
INGEST_YEAR = "year from the day it was read"
"""What a date whose year the ingest clock gave says after it (:attr:`Citation.year_from`)."""


class Citation(Record):
    article: str = Field(description="article id (the dossier contract's)")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    outlet: str | None = None
    published: date | None = None
    url: str | None = None
    text: str | None = Field(
        default=None, description="the cited characters: the article's text[start:end]"
    )
    year_from: Literal["batch", "clock"] | None = Field(
        default=None,
        description="where the year of ``published`` came from when the article gives a month "
        "and a day only (``article.published_from.year``); ``clock``: the day it was read, "
        "which the citation says to the reader",
    )


class Item(Record):
    text: str = Field(description="an extract, or a template over extracted fields")
    kind: str = Field(description="claim | dispute | event | actor | article | story")
    record: str | None = Field(default=None, description="the id of the record it renders")
    modality: str | None = None
    citations: list[Citation] = Field(default_factory=list)
    group: str | None = Field(
        default=None, description="what the item is grouped under: the source that says it"
    )
    related: list[str] = Field(
        default_factory=list,
        description="other records it renders: the other side of a dispute, the statement by "
        "which its source later reversed it",
    )
    why: str | None = Field(
        default=None,
        description="a dispute: why the two sides were paired (frame, participants); a statement "
        "its source later reversed: why the later one reverses it",
    )


class Section(Record):
    title: str
    items: list[Item] = Field(default_factory=list)
    note: str | None = Field(default=None, description="the rule the section follows, in words")


class Briefing(Record):
    schema_: str = Field(default=BRIEFING_SCHEMA, alias="schema")
    title: str | None = None
    story: int | None = None
    since: date | None = None
    articles: list[str] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True)
