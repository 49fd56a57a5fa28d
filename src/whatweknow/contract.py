"""The typed records of the dossier contract (shared spec: dossier-v1).

Every record that leaves the pipeline is one of these. Offsets (``start``, ``end``, end exclusive)
index ``Article.text``, the input text exactly as read. The JSON Schema printed by ``wwk schema``
is generated from these models, so this module *is* the contract in code.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "whatweknow/dossier@1"

BlockKind = Literal[
    "title",
    "standfirst",
    "byline",
    "dateline",
    "published",
    "caption",
    "subheading",
    "lead_in",
    "paragraph",
    "source_line",
    "credit",
    "promo",
    "boilerplate",
    "url",
    "social",
    "glossary",
    "comment",
]
"""The layout role of a stretch of ``article.text``. Only body text carries statements of the
story: ``paragraph``, ``lead_in`` and ``standfirst`` blocks (:data:`CLAIM_BEARING`). The others
are no statements: labels (``title``, ``subheading``), furniture (``byline``, ``dateline``,
``published``, ``source_line``; ``caption`` describes a picture, ``credit`` credits one or a
report), and page matter that is not the story's (``promo``: advertising, "read more" and
"follow us" lines; ``boilerplate``: copyright and licence lines; ``url``: a bare address;
``social``: an embedded social-media post, whose text under a header gives claims only in its
author's name; ``glossary``: a line that explains a short form;
``comment``: readers' comments, after the comment section's header). A title, a subheading or a
caption may still name the story's actors and quote them; it never gives a claim."""

CLAIM_BEARING: frozenset[str] = frozenset({"standfirst", "lead_in", "paragraph"})


class Record(BaseModel):
    """The base of every record of a contract (the dossier's here, the story's and the
    briefing's): a field that is not declared is an error."""

    model_config = ConfigDict(extra="forbid")


class Span(Record):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Block(Span):
    """A stretch of the article in its layout (addition to the v1 contract)."""

    kind: BlockKind


class Caption(Span):
    text: str
    credit: str | None = None


class InferredDate(Span):
    """A publication date read from a dateline that gives a month and a day and no year
    (``CASTREL, March 3 (CW) —``), with the year inferred (addition to the v1 contract):
    ``start``/``end`` are the dateline's date in ``article.text``; ``year`` says where the year
    came from: ``batch``, the dated articles read with it (a copy's dateline, the same outlet's
    or agency's articles, else every article of the batch), all within six months of the day;
    ``clock``, with no dated article beside it, the year that puts the day last on or before the
    day it was read."""

    text: str
    year: Literal["batch", "clock"]


ArticleFormat = Literal["text", "html", "json", "feed", "warc"]
"""The formats the readers write (``readers/registry.py``: a test checks that they agree)."""


class Article(Record):
    id: str = Field(description="sha256 of text, first 16 hex digits")
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    title: str | None = None
    standfirst: str | None = None
    byline: list[str] = Field(default_factory=list)
    sections: list[str] = Field(default_factory=list, description="subheadings, in order")
    captions: list[Caption] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    text: str
    # Additions to the v1 contract (fields may be added, never renamed):
    lang: str | None = Field(default=None, description="ISO 639-1 code of the detected language")
    format: ArticleFormat | None = Field(default=None, description="reader that produced it")
    dateline: str | None = Field(default=None, description="place of the dateline, as written")
    blocks: list[Block] = Field(default_factory=list, description="layout of text, in order")
    published_from: InferredDate | None = Field(
        default=None,
        description="where ``published`` came from when its year is inferred (a dateline "
        "with a month and a day only); None when the date was given or written in full",
    )
    agency: str | None = Field(
        default=None,
        description="the agency whose copy the text is, as its own furniture names it (its "
        "dateline's credit, an agency byline, a closing 'Source:' line naming one agency), "
        "whoever carries it; None when none names one or two name different agencies",
    )


def article_id(text: str) -> str:
    """The contract's article id: the first 16 hex digits of the SHA-256 of the text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class Mention(Span):
    text: str
    as_: Literal["actor", "place"] = Field(alias="as", default="actor")

    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True)


class Actor(Record):
    id: str
    name: str
    type: Literal["person", "state", "organisation", "place", "group"]
    country: str | None = None
    sector: str | None = None
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    # Additions to the v1 contract:
    key: str | None = Field(
        default=None,
        description="stable identity across articles: country:RUS, org:IAEA, person:xi jinping",
    )
    lat: float | None = Field(default=None, description="latitude of a place, where known")
    lon: float | None = Field(default=None, description="longitude of a place, where known")


class Quote(Span):
    id: str
    kind: Literal["direct", "indirect", "partial"]
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    text: str


Modality = Literal["asserted", "reported", "alleged", "speculated", "denied", "expected"]
EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE",
    "REQUEST", "DISAPPROVE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "CRIME", "MOBILIZE",
    "COERCE", "ASSAULT",
]  # fmt: skip
"""The PLOVER event types: the rows of ``stages/events/data/types.tsv``, in order (a test checks
that they agree; written out here so that type checkers and the JSON Schema know them)."""


class Proposition(Record):
    """What a claim states, as judgement compares it (addition to the v1 contract): two claims
    are about the same proposition when their frames match, their participants are compatible
    and their times overlap; words in common never suffice."""

    predicate: str = Field(
        description="lemma of the head of the main clause; a copula keeps its attribute "
        "(be dead, be behind) and a phrasal verb its particle (shoot down)"
    )
    frame: str = Field(
        description="the predicate's family (stages/claims/data/frames.tsv: kill ~ die, "
        "reach a deal ~ agree), else the predicate itself"
    )
    negative: bool = Field(
        default=False,
        description="the proposition is negated (not, no, never; stop/cease doing it); a "
        "denial's proposition is what is denied, with the claim's modality 'denied'",
    )
    agent: list[str] = Field(default_factory=list, description="actor ids of the subject")
    theme: list[str] = Field(default_factory=list, description="actor ids of the object")


class Claim(Span):
    id: str
    text: str
    source: str | None = None
    source_text: str | None = None
    via: list[str] = Field(default_factory=list)
    modality: Modality = "asserted"
    hedges: list[str] = Field(default_factory=list)
    negated: bool = False
    quote: str | None = None
    # Addition to the v1 contract:
    proposition: Proposition | None = Field(
        default=None, description="predicate, frame and participants; null for a fragment"
    )


class Event(Span):
    id: str
    type: EventType
    mode: str | None = None
    actor: list[str] = Field(default_factory=list)
    target: list[str] = Field(default_factory=list)
    location: str | None = None
    time: str | None = None
    modality: Modality = "asserted"
    claim: str | None = None
    trigger: str | None = None


class Timex(Span):
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str


class Contradiction(Record):
    a: str
    b: str
    kind: Literal["denial", "conflict"]
    about: str | None = None


class PipelineInfo(Record):
    version: str
    model: str


class Dossier(Record):
    schema_: str = Field(default=SCHEMA, alias="schema")
    pipeline: PipelineInfo
    article: Article
    actors: list[Actor] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    timexes: list[Timex] = Field(default_factory=list)
    contradictions: list[Contradiction] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True)

    def to_json(self, *, indent: int | None = None) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)

    def to_dict(self) -> dict[str, object]:
        return self.model_dump(mode="json", by_alias=True)


def dossier_json_schema() -> dict[str, object]:
    """The JSON Schema of a dossier, generated from the models."""
    schema = Dossier.model_json_schema(by_alias=True, mode="serialization")
    schema["$id"] = "https://whatweknow.dev/schema/dossier-v1.json"
    schema["title"] = SCHEMA
    return schema
