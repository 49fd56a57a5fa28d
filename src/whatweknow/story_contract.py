"""The typed records of a story: what ``wwk story ID --format json`` prints, what the store keeps.

A story is the articles on one developing news story, with what they say merged across
articles: copies of one report grouped (:class:`CopyGroup`), the same proposition reported by
several articles made one :class:`StoryClaim` with all its :class:`Report` s, and the
contradictions between story claims. Article ids and claim ids are those of the dossier contract
(``whatweknow/dossier@1``), so a story can be read beside the dossiers it was built from.

Some fields are kept for updating the story later and are not part of the public object
(:meth:`Story.public`): the content terms and the stated figures of each story claim and the key
counts of the story.

The module stands outside :mod:`whatweknow.stories` and :mod:`whatweknow.store`, which both import
it (the store keeps stories; the stories are built over the store).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from .contract import Modality, Record

STORY_SCHEMA = "whatweknow/story@1"

Status = Literal["asserted", "reported", "alleged", "speculated", "expected", "denied"]
"""What is known of a story claim now: the strongest modality of its reports (asserted over
reported over alleged over speculated over expected), or ``denied`` when it is itself a denial
or when some source denies it (a denial contradiction names it as side ``a``)."""


_R = TypeVar("_R", bound=BaseModel)
_ORDER: dict[type[BaseModel], tuple[str, ...]] = {}


def built(cls: type[_R], **values: Any) -> _R:
    """A record of ``cls`` from trusted values, **every field given, in the order the model
    declares them**, without validation: what ``cls.model_construct(**values)`` makes (tests
    hold the two equal, JSON included: the serializer writes a record's fields in the order it
    holds them), at half its cost. ``model_construct`` looks up each field's aliases and
    default in turn; placing an article opens about thirty story claims and their reports, and
    that was a tenth of placing's time. Only for a model without aliases, private attributes or
    a post-init hook, checked the first time a class is built."""
    order = _ORDER.get(cls)
    if order is None:
        fields = cls.__pydantic_fields__
        if (
            cls.__pydantic_post_init__ is not None
            or cls.__private_attributes__
            or cls.model_config.get("extra") == "allow"
            or any(f.alias is not None or f.validation_alias is not None for f in fields.values())
        ):
            raise TypeError(f"{cls.__name__} needs model_construct")
        order = _ORDER[cls] = tuple(fields)
    if tuple(values) != order:
        raise TypeError(f"{cls.__name__}: every field must be given, in the model's order")
    record = cls.__new__(cls)
    object.__setattr__(record, "__dict__", values)
    object.__setattr__(record, "__pydantic_fields_set__", set(order))
    object.__setattr__(record, "__pydantic_extra__", None)
    object.__setattr__(record, "__pydantic_private__", None)
    return record


class Publication(Record):
    """Another outlet's (or address's) publication of an article's very text: a wire report
    carried word for word. The text's hash is the article id, so it is the same article, and
    one source with it."""

    outlet: str | None = None
    url: str | None = None
    published: date | None = None


class StoryArticle(Record):
    id: str = Field(description="the dossier's article id")
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    seen: date | None = Field(
        default=None,
        description="the date used for time: published, else the earliest published date of "
        "its copy group, else the day it was ingested",
    )
    copy_of: str | None = Field(
        default=None, description="the id of the copy group it belongs to, if it has copies"
    )
    agency: str | None = Field(
        default=None,
        description="the agency whose copy the text is, as its own furniture names it (the "
        "dossier's article.agency): the origin it counts as, whoever carries it",
    )
    also_published: list[Publication] = Field(
        default_factory=list,
        description="other publications of this very text (another outlet or address), in the "
        "order they were read: the same article, counted as one source with it",
    )


class CopyGroup(Record):
    """Copies and light rewrites of one report: they count as one source. An article whose very
    text other outlets carried (:attr:`StoryArticle.also_published`) is a group too, of one
    article."""

    id: str = Field(description="the id of the group's first article")
    articles: list[str]
    outlets: list[str] = Field(
        default_factory=list,
        description="the outlets that carried it: its articles', then their other publications'",
    )


class StoryActor(Record):
    key: str
    name: str
    type: str
    articles: int


class Values(Record):
    """The values a claim states, compared for conflicts and never for merging."""

    numbers: list[tuple[str, float, float]] = Field(
        default_factory=list, description="(what is counted, low, high): 12 ships is ship 12 12"
    )
    dates: list[str] = Field(default_factory=list, description="day-precision dates (ISO)")
    places: list[str] = Field(default_factory=list, description="actor keys of places")
    figures: list[float] = Field(
        default_factory=list,
        description="every figure stated in digits, counted or not (50.3 of '50.3 percent'): "
        "internal, for keeping apart claims whose figures disagree",
    )

    def empty(self) -> bool:
        return not (self.numbers or self.dates or self.places)


class Report(Record):
    """One article's report of a story claim."""

    article: str
    claim: str = Field(description="the dossier's claim id")
    start: int
    end: int
    text: str
    outlet: str | None = None
    published: date | None = None
    seen: date | None = None
    source: str | None = Field(default=None, description="actor key of the source, if keyed")
    source_text: str | None = None
    modality: Modality = "asserted"
    negated: bool = False
    voice: str | None = Field(
        default=None,
        description="the body its source, a spokesperson, speaks for, in the role's words "
        '("army" of "an army spokesman")',
    )


class StoryClaim(Record):
    id: str
    text: str = Field(description="the text of its first report")
    polarity: Literal["positive", "negative"] = "positive"
    status: Status = "asserted"
    reports: list[Report] = Field(default_factory=list)
    independent: int = Field(
        default=0, description="independent sources: distinct outlets, copies counted once"
    )
    outlets: list[str] = Field(default_factory=list)
    named_sources: list[str] = Field(default_factory=list)
    first_reported: date | None = None
    last_reported: date | None = None
    values: Values = Field(default_factory=Values)
    actors: list[str] = Field(default_factory=list, description="actor keys named in it")
    terms: list[str] = Field(default_factory=list, description="content terms (internal)")
    frame: str | None = Field(default=None, description="its proposition's frame, if it has one")
    predicate: str | None = Field(default=None, description="its proposition's predicate")
    agent: list[str] = Field(
        default_factory=list, description="identities filling the agent role (actor and state keys)"
    )
    theme: list[str] = Field(default_factory=list, description="identities filling the theme role")

    @cached_property
    def term_set(self) -> frozenset[str]:
        """``terms`` as a set (a claim's terms never change once it is opened)."""
        return frozenset(self.terms)


class Side(Record):
    claim: str
    sources: list[str] = Field(default_factory=list)
    outlets: list[str] = Field(default_factory=list)


class StoryContradiction(Record):
    kind: Literal["denial", "conflict"]
    a: str = Field(description="story claim id: the assertion, or the first value")
    b: str = Field(description="story claim id: the denial, or the other value")
    about: str | None = None
    seen: date | None = Field(default=None, description="when both sides were out")
    a_side: Side | None = None
    b_side: Side | None = None
    why: str | None = Field(
        default=None, description="why the two were paired: frame, participants, days compared"
    )


class Story(Record):
    schema_: str = Field(default=STORY_SCHEMA, alias="schema")
    id: int
    title: str | None = None
    first: date | None = None
    last: date | None = None
    articles: list[StoryArticle] = Field(default_factory=list)
    copies: list[CopyGroup] = Field(default_factory=list)
    outlets: list[str] = Field(default_factory=list)
    actors: list[StoryActor] = Field(default_factory=list)
    claims: list[StoryClaim] = Field(default_factory=list)
    contradictions: list[StoryContradiction] = Field(default_factory=list)
    follows: int | None = Field(
        default=None,
        description="the story this one continues: the chapter before it, when a story "
        "outlived its longest span (ClusterConfig.chapter)",
    )
    continued_in: int | None = Field(
        default=None, description="the story that continues this one: the chapter after it"
    )
    related: list[int] = Field(
        default_factory=list,
        description="stories of another event of the same kind that this one was split from, or "
        "that were split from it: told together at first, apart once they held three articles "
        "each (stories.split)",
    )
    keys: dict[str, int] = Field(
        default_factory=dict, description="feature key -> articles having it (internal)"
    )

    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True)
    _lookups: Any = PrivateAttr(default=None)
    """The :class:`~whatweknow.stories.lookups.ClaimLookups` of this object, while it is being
    updated."""

    def public(self) -> dict[str, Any]:
        """The object for outside tools: everything but the internal matching data."""
        data = self.model_dump(mode="json", by_alias=True, exclude={"keys"})
        for claim in data["claims"]:
            del claim["terms"]
            del claim["values"]["figures"]
        return data

    def claim(self, claim_id: str) -> StoryClaim | None:
        return next((c for c in self.claims if c.id == claim_id), None)


TOP_ACTORS = 8
"""How many actors a story is listed with (``wwk stories``)."""


def top_actor_names(story: Story, n: int = TOP_ACTORS) -> list[str]:
    """The names of the story's first ``n`` people, organisations and states."""
    named = [a for a in story.actors if a.type in ("person", "organisation", "state")]
    return [a.name for a in named[:n]]


@dataclass(frozen=True)
class Profile:
    """What clustering needs to know of a candidate story: its size, how many of its articles
    have each key, and its span of dates. A snapshot: ``keys`` is never changed once the profile
    is made (what clustering derives from them is kept in ``memo``)."""

    story_id: int
    articles: int
    keys: Mapping[str, int]
    first: date | None
    last: date | None
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    """What clustering worked out of ``keys`` once, for every article it is compared with."""


@dataclass(frozen=True)
class IndexedArticle:
    """An article's row in the story index: its story, copy group and copy sketch."""

    article_id: str
    story_id: int
    copy_group: str | None
    signature: bytes
    shingles: int


@dataclass(frozen=True)
class StorySummary:
    """One story, as listed by ``wwk stories``."""

    id: int
    title: str | None
    first: date | None
    last: date | None
    articles: int
    outlets: tuple[str, ...]
    actors: tuple[str, ...]
    """The names of its top actors, those named by the most of its articles first."""
