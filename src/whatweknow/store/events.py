"""Events across articles, in SQL: the rows that go with a dossier, and the bounded views.

Whole-store views (the global timeline and network, ``GET /api/v1/events`` without a story) must
not load dossiers: their cost would grow with the store. Each dossier event is therefore kept as
a row of ``events`` (what the views show, PLOVER-coded, as a JSON record, and the columns they
sort and aggregate on) and one row of ``event_parties`` per actor or target, written in the
transaction that writes the dossier (:func:`index_events`) and replaced whole with it.

The queries are bounded by a limit on the rows they read, not only on those they return:
listings follow the index ``ix_events_timeline`` (day, then the finer time first, publication,
article, position: the timeline's own order, :func:`whatweknow.stages.events.export.timeline`)
and stop after ``offset + limit`` rows, counts stop at ``cap``, and the network aggregates the
links of at most ``events`` events of the window. Only the filter by actor reads every event of
the window until it has enough (its cost grows with the window, never with the whole store).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..contract import Dossier
from . import schema
from .base import EventLink, StoredEvent

_E = schema.events
_P = schema.event_parties
NAME_NODE = "name:"
"""The node of a party without a stable key: this prefix and its name."""


def event_rows(dossier: Dossier) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows for ``events`` and ``event_parties`` of a dossier. Two events with one id (not made
    by the pipeline, possible in a dossier built by hand) are one: the first."""
    from ..stages.events.coding import plover_mode, plover_type  # spaCy: import on use
    from ..stages.events.event_types import QUAD
    from ..stages.events.export import time_start

    article = dossier.article
    by_id = {a.id: a for a in dossier.actors}
    events: dict[str, dict[str, Any]] = {}
    parties: list[dict[str, Any]] = []
    for ev in dossier.events:
        event_id = _clean(ev.id) or ""
        if event_id in events:
            continue
        coded = plover_type(ev)
        day = time_start(ev.time)
        place = by_id.get(ev.location) if ev.location else None
        sides: dict[str, list[dict[str, str | None]]] = {"actor": [], "target": []}
        seen: set[tuple[str, str]] = set()
        for role, ids in (("actor", ev.actor), ("target", ev.target)):
            for i in ids:
                actor = by_id.get(i)
                name = actor.name if actor else i
                key = _clean(actor.key) if actor else None
                sides[role].append({"id": i, "name": name, "key": key})
                node = key or f"{NAME_NODE}{_clean(name) or ''}"
                if (role, node) in seen:
                    continue
                seen.add((role, node))
                parties.append(
                    {
                        "article_id": article.id,
                        "event_id": event_id,
                        "role": role,
                        "node": node,
                        "name": _clean(name) or node,
                        "key": key,
                        "day": day,
                    }
                )
        record = {
            "article": article.id,
            "id": ev.id,
            "type": ev.type,
            "plover": coded,
            "quad": QUAD.get(coded),
            "mode": plover_mode(ev),
            "modality": ev.modality,
            "time": ev.time,
            "actors": sides["actor"],
            "targets": sides["target"],
            "location": place.name if place else None,
            "trigger": ev.trigger,
            "text": article.text[ev.start : ev.end],
            "start": ev.start,
            "end": ev.end,
        }
        events[event_id] = {
            "article_id": article.id,
            "event_id": event_id,
            "day": day,
            "finer": -len(ev.time or ""),
            "published": article.published or date.max,
            "start": ev.start,
            "type": _clean(ev.type) or "",
            "plover": _clean(coded) or "",
            "quad": QUAD.get(coded),
            "modality": ev.modality,
            "record": json.dumps(record, ensure_ascii=False),
        }
    return list(events.values()), parties


def index_events(conn: Connection, dossier: Dossier) -> None:
    """Replace the event rows of the dossier's article with those of ``dossier``."""
    article_id = dossier.article.id
    conn.execute(_P.delete().where(_P.c.article_id == article_id))
    conn.execute(_E.delete().where(_E.c.article_id == article_id))
    events, parties = event_rows(dossier)
    if events:
        conn.execute(_E.insert(), events)
    if parties:
        conn.execute(_P.insert(), parties)


def latest_day(conn: Connection, not_after: date | None) -> date | None:
    query = sa.select(sa.func.max(_E.c.day))
    if not_after is not None:
        query = query.where(_E.c.day <= not_after)
    found: date | None = conn.execute(query).scalar_one_or_none()
    return found


_ORDER = (_E.c.day, _E.c.finer, _E.c.published, _E.c.article_id, _E.c.start)


def _window(first: date, last: date, actor: str | None) -> sa.Select[Any]:
    query = sa.select(_E.c.article_id, _E.c.event_id, _E.c.day, _E.c.record).where(
        _E.c.day >= first, _E.c.day <= last
    )
    if actor is not None:
        named = (
            sa.select(_P.c.event_id)
            .where(_P.c.article_id == _E.c.article_id, _P.c.event_id == _E.c.event_id)
            .where(_P.c.key == actor)
        )
        query = query.where(sa.exists(named))
    return query


def list_events(
    conn: Connection,
    first: date,
    last: date,
    *,
    limit: int,
    offset: int,
    actor: str | None,
    newest_first: bool,
) -> list[StoredEvent]:
    order = [c.desc() for c in _ORDER] if newest_first else list(_ORDER)
    query = _window(first, last, actor).order_by(*order).limit(limit).offset(offset)
    return [
        StoredEvent(
            article_id=row.article_id,
            event_id=row.event_id,
            day=row.day,
            record=json.loads(row.record),
        )
        for row in conn.execute(query)
    ]


def count_events(conn: Connection, first: date, last: date, actor: str | None, cap: int) -> int:
    # article_id is in the timeline index: without an actor the count reads the index alone
    inner = _window(first, last, actor).with_only_columns(_E.c.article_id).limit(cap).subquery()
    counted: int = conn.execute(sa.select(sa.func.count()).select_from(inner)).scalar_one()
    return counted


def links(conn: Connection, first: date, last: date, events: int, limit: int) -> list[EventLink]:
    """(actor, target, PLOVER type) links of the latest ``events`` events of the window, the
    most reported first (then by their nodes), at most ``limit``."""
    recent = (
        sa.select(_E.c.article_id, _E.c.event_id, _E.c.plover, _E.c.quad)
        .where(_E.c.day >= first, _E.c.day <= last)
        .order_by(*(c.desc() for c in _ORDER))
        .limit(events)
        .subquery("recent")
    )
    src = _P.alias("src")
    dst = _P.alias("dst")
    n = sa.func.count().label("n")
    query = (
        sa.select(
            src.c.node.label("src"),
            sa.func.min(src.c.name).label("src_name"),
            dst.c.node.label("dst"),
            sa.func.min(dst.c.name).label("dst_name"),
            recent.c.plover,
            recent.c.quad,
            n,
        )
        .select_from(recent)
        .join(
            src,
            sa.and_(
                src.c.article_id == recent.c.article_id,
                src.c.event_id == recent.c.event_id,
                src.c.role == "actor",
            ),
        )
        .join(
            dst,
            sa.and_(
                dst.c.article_id == recent.c.article_id,
                dst.c.event_id == recent.c.event_id,
                dst.c.role == "target",
            ),
        )
        .where(src.c.node != dst.c.node)
        .group_by(src.c.node, dst.c.node, recent.c.plover, recent.c.quad)
        .order_by(n.desc(), src.c.node, dst.c.node, recent.c.plover)
        .limit(limit)
    )
    return [
        EventLink(
            source=row.src,
            source_name=row.src_name,
            target=row.dst,
            target_name=row.dst_name,
            plover=row.plover,
            quad=row.quad,
            count=int(row.n),
        )
        for row in conn.execute(query)
    ]


def stored_rows(
    conn: Connection, article_id: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The event and party rows stored for an article, as :func:`event_rows` gives them."""
    events = conn.execute(sa.select(_E).where(_E.c.article_id == article_id)).mappings().all()
    parties = conn.execute(sa.select(_P).where(_P.c.article_id == article_id)).mappings().all()
    return [dict(r) for r in events], [dict(r) for r in parties]


def _clean(value: str | None) -> str | None:
    """NUL characters removed: PostgreSQL text cannot hold them (the dossier JSON keeps them)."""
    return value.replace("\x00", "") if value else value
