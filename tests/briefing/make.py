"""Dossiers for briefing tests, built from the models directly (no spaCy): an article from its
layout blocks, and its actors, claims, events and timexes located in the text by their words."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from whatweknow.briefing import Briefing, brief_story
from whatweknow.model import (
    Actor,
    Article,
    Block,
    BlockKind,
    Claim,
    Contradiction,
    Dossier,
    Event,
    Mention,
    Modality,
    PipelineInfo,
    Proposition,
    Timex,
    article_id,
)
from whatweknow.readers.base import RawDocument
from whatweknow.store import open_store
from whatweknow.stories import Story, update_stories


@dataclass
class Who:
    key: str
    name: str
    type: str = "person"
    roles: list[str] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None


@dataclass
class Says:
    words: str
    modality: Modality = "asserted"
    source: str | None = None
    """An actor key of the article, or None."""
    source_text: str | None = None
    frame: str | None = None
    """Its proposition's predicate and frame; None: no proposition (a fragment)."""
    agent: str | None = None
    """An actor key of the article filling its proposition's agent, or None."""
    negative: bool = False
    """Whether its proposition is negated ("no container had been opened")."""
    negated: bool = False
    """Whether the claim is told negated (:attr:`Claim.negated`: "said it had never …")."""


@dataclass
class Does:
    words: str
    type: str
    trigger: str
    actor: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    time: str | None = None
    modality: Modality = "asserted"
    location: str | None = None


@dataclass
class Doc:
    blocks: list[tuple[BlockKind, str]]
    outlet: str | None = "Test Wire"
    published: date | None = date(2024, 6, 3)
    byline: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    actors: list[Who] = field(default_factory=list)
    claims: list[Says] = field(default_factory=list)
    events: list[Does] = field(default_factory=list)
    timexes: list[tuple[str, str]] = field(default_factory=list)
    contradictions: list[tuple[int, int, str]] = field(default_factory=list)
    """(claim index, claim index, denial|conflict), indexes from 1."""
    dateline: str | None = None


def dossier(doc: Doc) -> Dossier:
    text = "\n\n".join(t for _, t in doc.blocks)
    blocks: list[Block] = []
    pos = 0
    for kind, t in doc.blocks:
        blocks.append(Block(start=pos, end=pos + len(t), kind=kind))
        pos += len(t) + 2
    title = next((t for k, t in doc.blocks if k == "title"), None)
    actors = []
    for n, w in enumerate(doc.actors, 1):
        found = [i for i in range(len(text)) if text.startswith(w.name, i)]
        mentions = [Mention(start=i, end=i + len(w.name), text=w.name) for i in found]
        actors.append(
            Actor(
                id=f"a{n}",
                key=w.key,
                name=w.name,
                type=w.type,  # type: ignore[arg-type]
                roles=w.roles,
                country=w.country,
                sector=w.sector,
                mentions=mentions,
            )
        )
    local = {a.key: a.id for a in actors}
    claims = []
    for n, s in enumerate(doc.claims, 1):
        start = text.index(s.words)
        claims.append(
            Claim(
                id=f"c{n}",
                text=s.words,
                start=start,
                end=start + len(s.words),
                modality=s.modality,
                source=local.get(s.source or ""),
                source_text=s.source_text,
                negated=s.negated,
                proposition=Proposition(
                    predicate=s.frame,
                    frame=s.frame,
                    agent=[local[s.agent]] if s.agent else [],
                    negative=s.negative,
                )
                if s.frame
                else None,
            )
        )
    events = []
    for n, e in enumerate(doc.events, 1):
        start = text.index(e.words)
        claim = next((c.id for c in claims if c.start <= start < c.end), None)
        events.append(
            Event(
                id=f"e{n}",
                type=e.type,
                trigger=e.trigger,
                start=start,
                end=start + len(e.words),
                actor=[local[k] for k in e.actor],
                target=[local[k] for k in e.target],
                location=local.get(e.location or ""),
                time=e.time,
                modality=e.modality,
                claim=claim,
            )
        )
    timexes = []
    for words, value in doc.timexes:
        start = text.index(words)
        timexes.append(
            Timex(start=start, end=start + len(words), text=words, type="DATE", value=value)
        )
    article = Article(
        id=article_id(text),
        text=text,
        title=title,
        outlet=doc.outlet,
        published=doc.published,
        byline=doc.byline,
        sources=doc.sources,
        blocks=blocks,
        dateline=doc.dateline,
    )
    return Dossier(
        pipeline=PipelineInfo(version="0.1.0", model="test"),
        article=article,
        actors=actors,
        claims=claims,
        events=events,
        timexes=timexes,
        contradictions=[
            Contradiction(a=f"c{a}", b=f"c{b}", kind=kind)  # type: ignore[arg-type]
            for a, b, kind in doc.contradictions
        ],
    )


def brief_days(
    tmp_path: Path, title: str, days: list[tuple[int, list[tuple[str, Says, Who]]]]
) -> tuple[Story, Briefing]:
    """The story and briefing of one article a day (June ``day``), each from its own outlet,
    titled "``title``, report N", each paragraph a line of the day's ``(line, says, who)``."""
    tmp_path.mkdir(exist_ok=True)
    with open_store(tmp_path / "news.db") as store:
        for n, (day, said) in enumerate(days):
            d = dossier(
                Doc(
                    blocks=[
                        ("title", f"{title}, report {n}"),
                        *[("paragraph", line) for line, _, _ in said if line],
                    ],
                    outlet=f"Outlet {n}",
                    published=date(2024, 6, day),
                    actors=list({w.key: w for _, _, w in said}.values()),
                    claims=[s for _, s, _ in said],
                )
            )
            store.add(RawDocument(f"{n}.txt", "text", d.article.text.encode(), d.article), d)
            update_stories(store, d.article.id)
        (listed,) = store.stories()
        story = store.story(listed.id)
        assert story is not None
        dossiers = {a.id: d for a in story.articles if (d := store.get_dossier(a.id))}
    return story, brief_story(story, dossiers)
