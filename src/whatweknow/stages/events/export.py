"""Event records for event-data users (PLOVER field names) and the timeline order.

One record per event of a dossier, coded in PLOVER terms (:mod:`.coding`), with the PLOVER JSON
field names (manual, chapter "Data Fields": ``event``, ``mode``, ``context``, ``actor``,
``recipient`` — the older ``source`` and ``target`` —, ``event_loc``, ``date``, ``event_text``,
``text``, ``cite_info``) and whatweknow's additions (``modality``, ``attributed_to``, ``timex``,
``article_id``, ``published``, ``wwk_type``). :data:`CSV_COLUMNS` flattens it to one row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from ...contract import Dossier, Event
from .coding import entities, plover_mode, plover_type
from .event_types import QUAD
from .lexicon import Lexicon, load_lexicon

CSV_COLUMNS: tuple[str, ...] = (
    "id", "event", "mode", "context", "quad_code", "actor_text", "actor_code", "actor_sector",
    "recipient_text", "recipient_code", "recipient_sector", "event_loc", "event_loc_code",
    "date", "timex", "modality", "attributed_to", "event_text", "text", "start", "end",
    "article_id", "url", "title", "published", "wwk_type",
)  # fmt: skip
_WORD = re.compile(r"[a-z][a-z'-]+")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def contexts(text: str, lex: Lexicon | None = None) -> list[str]:
    """PLOVER contexts told by keywords of a text (a crude tagger: ``data/contexts.tsv``)."""
    table = (lex or load_lexicon()).contexts
    found: list[str] = []
    for word in _WORD.findall(text.lower()):
        for form in (word, word[:-1] if word.endswith("s") else word):
            for ctx in table.get(form, ()):
                if ctx not in found:
                    found.append(ctx)
    return found


def _source(d: Dossier, ev: Event) -> str | None:
    claim = next((c for c in d.claims if c.id == ev.claim), None)
    if claim is not None and claim.source_text:
        return claim.source_text
    return d.article.outlet


def record(d: Dossier, ev: Event) -> dict[str, Any]:
    """The PLOVER record of one event of a dossier."""
    by_id = {a.id: a for a in d.actors}
    text = d.article.text[ev.start : ev.end]
    place = by_id.get(ev.location) if ev.location else None
    coded = plover_type(ev)
    return {
        "id": f"{d.article.id}-{ev.id}",
        "event": coded,
        "mode": plover_mode(ev),
        "context": contexts(text),
        "quad_code": QUAD.get(coded),
        "actor": [_entity(e) for e in entities(ev.actor, by_id)],
        "recipient": [_entity(e) for e in entities(ev.target, by_id)],
        "event_loc": None
        if place is None
        else {
            "extracted_place": place.name,
            "country_code": place.country,
            "lat": place.lat,
            "lon": place.lon,
        },
        "date": ev.time[:10] if ev.time and _DAY.match(ev.time) else None,
        "timex": ev.time,
        "modality": ev.modality,
        "attributed_to": _source(d, ev),
        "event_text": ev.trigger,
        "text": text,
        "text_info": {"start": ev.start, "end": ev.end},
        "cite_info": {
            "url": d.article.url,
            "title": d.article.title,
            "publication": d.article.outlet,
        },
        "article_id": d.article.id,
        "published": d.article.published.isoformat() if d.article.published else None,
        "wwk_type": ev.type,
        "wwk_event": ev.id,
        "claim": ev.claim,
    }


def _entity(e: Any) -> dict[str, Any]:
    return {"entity_text": e.text, "code": e.code, "sector": e.sector, "wwk_actor": e.actor}


def records(dossiers: Iterable[Dossier]) -> Iterator[dict[str, Any]]:
    for d in dossiers:
        for ev in d.events:
            yield record(d, ev)


def _joined(items: list[dict[str, Any]], key: str) -> str:
    return ";".join(str(i.get(key) or "") for i in items)


def csv_row(rec: dict[str, Any]) -> dict[str, str]:
    """A record flattened to :data:`CSV_COLUMNS` (several entities joined by ``;``)."""
    loc = rec["event_loc"] or {}
    flat: dict[str, Any] = {
        **rec,
        "context": ";".join(rec["context"]),
        "actor_text": _joined(rec["actor"], "entity_text"),
        "actor_code": _joined(rec["actor"], "code"),
        "actor_sector": _joined(rec["actor"], "sector"),
        "recipient_text": _joined(rec["recipient"], "entity_text"),
        "recipient_code": _joined(rec["recipient"], "code"),
        "recipient_sector": _joined(rec["recipient"], "sector"),
        "event_loc": loc.get("extracted_place"),
        "event_loc_code": loc.get("country_code"),
        "start": rec["text_info"]["start"],
        "end": rec["text_info"]["end"],
        "url": rec["cite_info"]["url"],
        "title": rec["cite_info"]["title"],
    }
    return {col: "" if flat.get(col) is None else str(flat[col]) for col in CSV_COLUMNS}


# --------------------------------------------------------------------------------------------
# timeline


def time_start(value: str | None) -> date | None:
    """The first day a TIMEX3 value covers (``2024`` → 2024-01-01, ``2024-W23`` → its Monday,
    ``2024-Q2`` → 2024-04-01, ``2024-06-03T14:00`` → 2024-06-03), or None (``PAST_REF``)."""
    if not value:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q([1-4]))?", value)
    if m is None:
        return None
    year, month, day, week, quarter = m.groups()
    try:
        if week:
            return date.fromisocalendar(int(year), int(week), 1)
        if quarter:
            return date(int(year), 3 * int(quarter) - 2, 1)
        return date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None


@dataclass(frozen=True)
class TimelineEntry:
    when: date | None
    dossier: Dossier
    event: Event


def timeline(dossiers: Iterable[Dossier]) -> list[TimelineEntry]:
    """Events in event-time order: by the first day of their time (the finer value first on the
    same day: ``2024-06-03`` before ``2024-06``), then by publication and position; events
    whose time is unknown come last, by publication and position."""
    entries = [TimelineEntry(time_start(ev.time), d, ev) for d in dossiers for ev in d.events]

    def key(e: TimelineEntry) -> tuple[Any, ...]:
        published = e.dossier.article.published or date.max
        return (
            e.when is None,
            e.when or date.max,
            -len(e.event.time or ""),
            published,
            e.dossier.article.id,
            e.event.start,
        )

    return sorted(entries, key=key)
