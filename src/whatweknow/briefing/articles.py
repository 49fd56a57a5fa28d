"""The sections made of whole articles and their records: timeline, who's who, sources.

* Timeline: the events that have a time that is a calendar period (:mod:`.periods`), as
  ``{time} — {actors} {type}/{trigger} {targets}, in {location}`` with the time as a reader
  writes it ("27 May 2024", "week of 27 May 2024") and the modality in brackets when it is not
  asserted. First the story's own period (events that end no more than
  :data:`~.claims.BACKGROUND_DAYS` days before its first article): those dated to a day or a
  week in the order of their dates, then those of a longer period (a month, a year) that reaches
  into it; then, under *Earlier events*, the background before it, in time order. The same event
  in several articles (same time, type and parties, asserted or reported alike; with no party,
  the same trigger) is one item with all its citations; an expected event that another article
  reports as done joins that item. An expected event whose date had passed by the last article
  is shown as *planned*: it was announced, and no article says it took place.
* Who's who: people, organisations and states (as any article types them), one per actor key,
  with their roles and country, the most mentioned first; cited at their first mention.
* Sources: each article, or each group of copies of one report, with its outlet, date, title,
  byline, credits and the named sources it quotes; cited at its title, byline and credit line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from ..contract import Actor, Dossier, Event
from .cite import cite, clean, distinct, head
from .claims import BACKGROUND_DAYS
from .model import Citation, Item, Section
from .periods import Period, human, period

TIMELINE = "Timeline"
EARLIER = "Earlier events"
WHO = "Who's who"
SOURCES = "Sources"
WHO_TYPES = ("person", "organisation", "state")

NOTES = {
    TIMELINE: "Events of the story's own days, in the order they happened (those of a longer "
    "period after them); the modality in brackets when not asserted.",
    EARLIER: f"Events dated more than {BACKGROUND_DAYS} days before the first article, in the "
    "order they happened.",
    WHO: "People, organisations and states named, the most mentioned first.",
    SOURCES: "Each article, copies of one report together (they count as one source).",
}


def _name(a: Actor, names: Mapping[str, str]) -> str:
    return clean((names.get(a.key) if a.key else None) or a.name)


def _identity(d: Dossier, a: Actor) -> str:
    return a.key or f"{d.article.id}:{a.id}"


FACTUAL = frozenset({"asserted", "reported"})
WEEK_DAYS = 7


@dataclass
class _Row:
    when: Period
    order: int
    event: Event
    actors: Mapping[str, Actor]
    citations: list[Citation]
    modality: str
    shown: str | None = None
    """The modality as the line says it, when not the record's ("planned": an expected event
    whose date had passed by the last article)."""


def timeline(dossiers: Sequence[Dossier], names: Mapping[str, str]) -> list[Section]:
    """The timeline of the story's own days, and its earlier events (see the module doc)."""
    rows: dict[tuple[object, ...], _Row] = {}
    for d in dossiers:
        actors = {a.id: a for a in d.actors}
        for e in d.events:
            when = period(e.time)
            found = cite(d, e.start, e.end)
            if when is None or found is None:
                continue
            who = tuple(sorted(_identity(d, actors[x]) for x in e.actor if x in actors))
            whom = tuple(sorted(_identity(d, actors[x]) for x in e.target if x in actors))
            key: tuple[object, ...] = (
                e.time,
                e.type,
                who,
                whom,
                "factual" if e.modality in FACTUAL else e.modality,
                None if who or whom else (e.trigger or "").casefold(),
            )
            row = rows.get(key)
            if row is None:
                rows[key] = _Row(when, len(rows), e, actors, [found], e.modality)
                continue
            row.citations.append(found)
            if row.modality == "reported" and e.modality == "asserted":
                row.modality = "asserted"  # an outlet's own word outranks a report of it
    for key, row in list(rows.items()):
        done = rows.get((*key[:4], "factual", key[5]))
        if row.modality == "expected" and done is not None:
            done.citations += row.citations  # announced, then reported as done
            del rows[key]
    dates = [d.article.published for d in dossiers if d.article.published]
    start = min(dates) - timedelta(days=BACKGROUND_DAYS) if dates else None
    latest = max(dates, default=None)
    for row in rows.values():
        if row.modality == "expected" and latest is not None and row.when[1] < latest:
            row.shown = "planned"
    own = [r for r in rows.values() if start is None or r.when[1] >= start]
    earlier = [r for r in rows.values() if start is not None and r.when[1] < start]
    own.sort(key=lambda r: ((r.when[1] - r.when[0]).days >= WEEK_DAYS, r.when[0], r.order))
    earlier.sort(key=lambda r: (r.when[0], r.order))
    return [
        Section(title=TIMELINE, items=[_item(r, names) for r in own], note=NOTES[TIMELINE]),
        Section(title=EARLIER, items=[_item(r, names) for r in earlier], note=NOTES[EARLIER]),
    ]


def _item(row: _Row, names: Mapping[str, str]) -> Item:
    return Item(
        text=_event_text(row.event, row.actors, names, row.shown or row.modality),
        kind="event",
        record=row.event.id,
        modality=row.modality,
        citations=row.citations,
    )


def _event_text(
    e: Event, actors: Mapping[str, Actor], names: Mapping[str, str], modality: str
) -> str:
    who = ", ".join(distinct([_name(actors[x], names) for x in e.actor if x in actors]))
    whom = ", ".join(distinct([_name(actors[x], names) for x in e.target if x in actors]))
    did = e.type.lower() + (f"/{clean(e.trigger)}" if e.trigger else "")
    text = f"{human(e.time)} — " + " ".join(x for x in (who, did, whom) if x)
    if e.location is not None and e.location in actors:
        text += f", in {_name(actors[e.location], names)}"
    return text + (f" ({modality})" if modality != "asserted" else "")


@dataclass
class _Who:
    name: str
    type: str
    at: Citation
    order: int
    roles: list[str] = field(default_factory=list)
    country: str | None = None
    mentions: int = 0


def whos_who(dossiers: Sequence[Dossier], names: Mapping[str, str]) -> Section:
    found: dict[str, _Who] = {}
    for d in dossiers:
        for a in d.actors:
            first = min(a.mentions, key=lambda m: m.start, default=None)
            at = cite(d, first.start, first.end) if first else None
            if a.type not in WHO_TYPES or at is None:
                continue
            key = _identity(d, a)
            row = found.setdefault(key, _Who(_name(a, names), a.type, at, len(found)))
            row.roles = distinct([*row.roles, *(clean(r) for r in a.roles)])
            row.country = row.country or a.country
            row.mentions += len(a.mentions)
    items = []
    for key, row in sorted(found.items(), key=lambda kv: (-kv[1].mentions, kv[1].order)):
        kind = f"{row.type}, {row.country}" if row.country else row.type
        roles = f" — {'; '.join(row.roles)}" if row.roles else ""
        text = f"{row.name} ({kind}){roles}"
        items.append(Item(text=text, kind="actor", record=key, citations=[row.at]))
    return Section(title=WHO, items=items, note=NOTES[WHO])


def sources(
    dossiers: Sequence[Dossier], copies: Sequence[Sequence[str]], names: Mapping[str, str]
) -> Section:
    """One item per article, or per group of copies of one report (``copies``: article ids)."""
    group_of = {a: tuple(g) for g in copies if len(g) > 1 for a in g}
    shown = {d.article.id: d for d in dossiers}
    done: set[str] = set()
    items: list[Item] = []
    for d in dossiers:
        if d.article.id in done:
            continue
        members = [shown[a] for a in group_of.get(d.article.id, (d.article.id,)) if a in shown]
        done.update(m.article.id for m in members)
        entries = "; ".join(_entry(m) for m in members)
        extras = _extras(members, names)
        if len(members) > 1:
            entries = f"One report in {len(members)} articles, counted as one source: {entries}"
        items.append(
            Item(
                text=entries + extras,
                kind="article",
                record=members[0].article.id,
                related=[m.article.id for m in members[1:]],
                citations=[c for m in members for c in head(m)],
            )
        )
    return Section(title=SOURCES, items=[i for i in items if i.citations], note=NOTES[SOURCES])


def _entry(d: Dossier) -> str:
    a = d.article
    when = a.published.isoformat() if a.published else "undated"
    outlet = clean(a.outlet or "") or "outlet not given"
    return f"{outlet}, {when}: “{clean(a.title or '') or '(untitled)'}”"


def _extras(members: Sequence[Dossier], names: Mapping[str, str]) -> str:
    byline = distinct([clean(x) for m in members for x in m.article.byline])
    credits = distinct([clean(x) for m in members for x in m.article.sources])
    named = distinct([_name(a, names) for m in members for a in _quoted(m)])
    parts = [
        f"by {', '.join(byline)}" if byline else "",
        f"credited: {', '.join(credits)}" if credits else "",
        f"named sources: {', '.join(named)}" if named else "",
    ]
    return "".join(f"; {p}" for p in parts if p)


def _quoted(d: Dossier) -> list[Actor]:
    """The actors (not unnamed groups) that the article's claims are attributed to, in order."""
    ids = distinct([c.source for c in d.claims if c.source])
    actors = {a.id: a for a in d.actors if a.type != "group"}
    return [actors[i] for i in ids if i in actors]
