"""Views across the store shared by the API and the pages: the dossiers of a story, events in
time order (with PLOVER codes), an actor's statements and deeds, briefings.

Views of the whole store never load dossiers: they read the store's event rows in a time window
(:func:`window`, the last 30 days of the store's news unless asked otherwise), each query
bounded by a limit on the rows it reads (:meth:`~whatweknow.store.Store.events`,
:meth:`~whatweknow.store.Store.event_links`), so that their cost does not grow with the store."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..briefing.model import Briefing, Section
from ..contract import Actor, Dossier, Event
from ..stages.events.coding import plover_mode, plover_type
from ..stages.events.event_types import QUAD
from ..stages.events.export import timeline
from ..store import EventLink, Store
from ..story_contract import Story
from .errors import ApiError, Code, Moved, not_found
from .schemas import ActorDetail, ActorOut, EventOut, Party, Statement

WINDOW_DAYS = 30
"""The default window of the whole-store views: this many days, up to the latest publication."""
TIMELINE_EVENTS = 500
"""The most events the whole-store timeline draws (the latest of the window)."""
NETWORK_EVENTS = 5_000
"""The whole-store network counts the links of at most this many events (the latest)."""
NETWORK_LINKS = 300
"""… and draws at most this many links (the most reported)."""
COUNT_CAP = 10_000
"""Events in a window are counted up to this many ("more than" past it)."""


@dataclass(frozen=True)
class Window:
    """The days a whole-store view covers, both included."""

    first: date
    last: date


def window(
    store: Store, first: date | None, last: date | None, today: date | None = None
) -> Window:
    """The window asked for: ``first`` to ``last``; a missing end is ``WINDOW_DAYS`` days from
    the other; with neither, the last ``WINDOW_DAYS`` days of the store's news: up to the latest
    publication date of a stored article that is not after ``today`` (failing that, the latest
    day of an event, not after ``today``, or of any, or today). Event times alone would let one
    article that names a far year ("by 2030") move the window away from the news. Raises
    ApiError (422) if ``first`` is after ``last``."""
    if first is not None and last is not None and first > last:
        raise ApiError(422, Code.INVALID, f"from ({first}) is after to ({last})")
    span = WINDOW_DAYS - 1
    if last is None:
        if first is not None:
            last = _shift(first, span)
        else:
            today = today or date.today()
            last = (
                store.latest_published(today)
                or store.latest_event_day(today)
                or store.latest_event_day()
                or today
            )
    return Window(first if first is not None else _shift(last, -span), last)


def _shift(day: date, days: int) -> date:
    """``day`` moved by ``days``, kept within the calendar (no overflow at its ends)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def window_events(
    store: Store,
    win: Window,
    *,
    limit: int,
    offset: int = 0,
    actor: str | None = None,
    latest: bool = False,
) -> list[EventOut]:
    """Events of the window in event-time order, from its start (with ``latest``: the last
    ``limit`` of it, still in event-time order)."""
    found = store.events(
        win.first, win.last, limit=limit, offset=offset, actor=actor, newest_first=latest
    )
    out = [EventOut.model_validate(e.record) for e in found]
    return out[::-1] if latest else out


def window_links(store: Store, win: Window) -> list[EventLink]:
    """The most reported actor → target links of the window's latest events."""
    return store.event_links(win.first, win.last, events=NETWORK_EVENTS, limit=NETWORK_LINKS)


def get_story(store: Store, story_id: int) -> Story:
    """The story; :class:`~.errors.Moved` for an id merged into another story (a redirect)."""
    story = store.story(story_id)
    if story is None:
        raise not_found(f"story {story_id}")
    if story.id != story_id:
        raise Moved(story_id, story.id)
    return story


def get_dossier(store: Store, article_id: str) -> Dossier:
    dossier = store.get_dossier(article_id)
    if dossier is None:
        raise not_found(f"article {article_id}")
    return dossier


def story_dossiers(store: Store, story: Story) -> list[Dossier]:
    found = (store.get_dossier(a.id) for a in story.articles)
    return [d for d in found if d is not None]


def _party(i: str, by_id: dict[str, Actor]) -> Party:
    actor = by_id.get(i)
    return Party(id=i, name=actor.name if actor else i, key=actor.key if actor else None)


def event_out(d: Dossier, ev: Event) -> EventOut:
    by_id = {a.id: a for a in d.actors}
    coded = plover_type(ev)
    place = by_id.get(ev.location) if ev.location else None
    return EventOut(
        article=d.article.id,
        id=ev.id,
        type=ev.type,
        plover=coded,
        quad=QUAD.get(coded),
        mode=plover_mode(ev),
        modality=ev.modality,
        time=ev.time,
        actors=[_party(i, by_id) for i in ev.actor],
        targets=[_party(i, by_id) for i in ev.target],
        location=place.name if place else None,
        trigger=ev.trigger,
        text=d.article.text[ev.start : ev.end],
        start=ev.start,
        end=ev.end,
    )


def events(dossiers: Sequence[Dossier], actor: str | None = None) -> list[EventOut]:
    """The events of dossiers in event-time order (see :func:`.export.timeline`); with
    ``actor`` (a stored actor key), only those it is an actor or a target of."""
    out = [event_out(e.dossier, e.event) for e in timeline(dossiers)]
    if actor is None:
        return out
    return [e for e in out if any(p.key == actor for p in [*e.actors, *e.targets])]


def actor_detail(store: Store, key: str) -> ActorDetail:
    """What an actor said, what it did and to whom, and what was done to it, over every stored
    article that names it."""
    stored = store.actor(key)
    if stored is None:
        raise not_found(f"actor {key}")
    ids = store.articles_with_actor(key)
    said: list[Statement] = []
    did: list[EventOut] = []
    undergone: list[EventOut] = []
    dossiers = [d for d in (store.get_dossier(i) for i in ids) if d is not None]
    for d in dossiers:
        mine = {a.id for a in d.actors if a.key == key}
        quoted: set[str] = set()
        for q in d.quotes:
            if q.speaker in mine:
                quoted.add(q.id)
                said.append(
                    Statement(article=d.article.id, kind="quote", id=q.id, text=q.text,
                              start=q.start, end=q.end, quote_kind=q.kind)
                )  # fmt: skip
        for c in d.claims:
            if c.source in mine and c.quote not in quoted:
                said.append(
                    Statement(article=d.article.id, kind="claim", id=c.id, text=c.text,
                              start=c.start, end=c.end, modality=c.modality)
                )  # fmt: skip
    for ev in events(dossiers):
        if any(p.key == key for p in ev.actors):
            did.append(ev)
        elif any(p.key == key for p in ev.targets):
            undergone.append(ev)
    return ActorDetail(
        actor=ActorOut.model_validate(stored),
        articles=ids,
        said=said,
        did=did,
        undergone=undergone,
    )


def story_briefing(store: Store, story_id: int, since: date | None = None) -> Briefing:
    story = get_story(store, story_id)
    try:
        from ..briefing import brief_story
    except ImportError as exc:  # the briefing module is not installed with this version
        raise ApiError(503, Code.UNAVAILABLE, f"briefings are not available ({exc})") from None
    dossiers = {d.article.id: d for d in story_dossiers(store, story)}
    return brief_story(story, dossiers, since=since)


def story_timeline(store: Store, story: Story) -> list[Section]:
    """The timeline of a story's briefing (its *Timeline* and *Earlier events*, the same lines
    as the story page), the empty ones left out; none where the briefing module is absent."""
    try:
        from ..briefing import story_timeline as lines
    except ImportError:
        return []
    dossiers = {d.article.id: d for d in story_dossiers(store, story)}
    return [s for s in lines(story, dossiers) if s.items]


def articles_briefing(store: Store, ids: Sequence[str], since: date | None = None) -> Briefing:
    dossiers = [get_dossier(store, i) for i in ids]
    try:
        from ..briefing import brief_dossiers
    except ImportError as exc:
        raise ApiError(503, Code.UNAVAILABLE, f"briefings are not available ({exc})") from None
    return brief_dossiers(dossiers, since=since)
