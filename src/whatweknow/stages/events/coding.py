"""PLOVER coding of the dossier's events, for exports and the evaluation.

The dossier records what is said to happen, with its modality ("will visit" is CONSULT
``visit``, ``expected``). PLOVER codes an announced act of cooperation as the intention it is:

- **future cooperation is AGREE**: CONSULT, SUPPORT, COOPERATE, AID, CONCEDE and RETREAT events
  that are ``expected`` are coded AGREE, without a mode (manual, AGREE and CONSULT ambiguities;
  CAMEO 03x "express intent to cooperate, to meet, to provide aid, to yield, to release",
  CAMEO2PLOVER table). The manual's later draft would code a promised retreat as CONCEDE; the
  table, which the gold standard records follow, codes it AGREE: the table is followed here.
- **future conflict is THREATEN**: SANCTION, COERCE, ASSAULT, MOBILIZE and PROTEST events that
  are ``expected`` are coded THREATEN, the mode saying what is threatened (manual, auxiliary
  modes: "THREATEN could be ASSAULT + hypothetical … the coder should always return the single
  event category"; CAMEO 13x "threaten to boycott, to impose a curfew, to halt negotiations").

Entity codes: an actor's ISO 3166 alpha-3 country, else for an international body its sector
(``IGO``, ``NGO``…: PLOVER's non-state "country" codes); sectors as the actors stage gives them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ...contract import Actor, Event
from .event_types import FUTURE_AS_AGREE, FUTURE_AS_THREAT
from .modes import content_mode

NONSTATE = frozenset({"IGO", "NGO", "MNC", "IMG", "ISM", "UNO", "EUR"})


def plover_type(event: Event) -> str:
    if event.modality == "expected" and event.type in FUTURE_AS_AGREE:
        return "AGREE"
    if event.modality == "expected" and event.type in FUTURE_AS_THREAT:
        return "THREATEN"
    return event.type


def plover_mode(event: Event) -> str | None:
    coded = plover_type(event)
    if coded == event.type:
        return event.mode
    if coded == "THREATEN":
        return content_mode("THREATEN", [(event.type, event.mode)])
    return None


def actor_code(actor: Actor) -> str | None:
    """ "RUS", "IGO", or None when the actor's country is not known."""
    if actor.country:
        return actor.country
    if actor.sector in NONSTATE:
        return actor.sector
    return None


def actor_sector(actor: Actor) -> str | None:
    return None if actor.sector in NONSTATE else actor.sector


def best_event(events: Sequence[Event]) -> Event | None:
    """The event that stands for a sentence: the one with the widest span (the main clause's
    event before those of embedded clauses and noun phrases), the earliest among equals."""
    return min(events, key=lambda e: (-(e.end - e.start), e.start), default=None)


@dataclass(frozen=True)
class Entity:
    """A PLOVER entity: code (country or non-state code), sector, the text it was named by."""

    code: str | None
    sector: str | None
    text: str
    actor: str
    """The id of the dossier actor it stands for (of the place, for a qualified group)."""


def entities(ids: Sequence[str], actors: Mapping[str, Actor]) -> list[Entity]:
    """The PLOVER entities of an event's actor or target ids.

    A party named with the places that qualify it ("Senior Hungarian and Romanian officials":
    the group *officials*, sector GOV, no country, then the places Hungary and Romania, as the
    events stage lists them) is one entity per place, with the place's code and the party's
    sector: (HUN, GOV), (ROU, GOV).
    """
    out: list[Entity] = []
    head: Entity | None = None
    for i in ids:
        actor = actors.get(i)
        if actor is None:
            continue
        code, sector = actor_code(actor), actor_sector(actor)
        if code and actor.type == "place" and head is not None:
            if out and out[-1] is head:
                out.pop()
            out.append(Entity(code, head.sector, f"{head.text} ({actor.name})", actor.id))
            continue
        entity = Entity(code, sector, actor.name, actor.id)
        head = entity if code is None and sector else None
        out.append(entity)
    return out
