"""The gazetteer's records: one frozen dataclass per kind of entry, the codes they use (sectors,
statuses, actor types) and :class:`GazetteerError`, raised for a bad row in any gazetteer file."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar, Literal, TypeAlias

from ....errors import WhatweknowError

# --------------------------------------------------------------------------------------------
# Codes

SECTORS: Mapping[str, str] = {
    # CAMEO / PLOVER actor-type codes (the subset the Actors stage uses).
    "GOV": "government, executive, state as a whole",
    "MIL": "military, armed forces",
    "LEG": "legislature, lawmakers",
    "JUD": "judiciary, courts, prosecutors",
    "COP": "police, law enforcement",
    "SPY": "intelligence services",
    "POL": "political party or politician out of government",
    "OPP": "political opposition",
    "REB": "rebels, insurgents, armed non-state groups",
    "UAF": "armed forces not aligned with a state (militias, mercenaries)",
    "CRM": "criminals, criminal organisations",
    "IGO": "intergovernmental organisation",
    "NGO": "non-governmental organisation",
    "MED": "media, journalists",
    "BUS": "business",
    "EDU": "education, research, think tanks, experts",
    "HLH": "health workers, hospitals",
    "LAB": "labour, trade unions",
    "REL": "religious",
    "REF": "refugees, displaced people",
    "CVL": "civilians, the public",
}
"""Sector codes accepted in the data files and in users' files."""

Status = Literal["member", "observer", "partial", "territory"]
STATUSES: frozenset[str] = frozenset({"member", "observer", "partial", "territory"})
"""``member``: UN member state; ``observer``: UN observer state (Holy See, Palestine);
``partial``: a state of limited recognition (Taiwan, Kosovo); ``territory``: anything else in
ISO 3166-1 (dependencies, special areas)."""

PlaceKind = Literal["city", "region"]
ActorType = Literal["person", "organisation", "group", "place"]
ACTOR_TYPES: Mapping[str, ActorType] = {
    "person": "person",
    "organisation": "organisation",
    "organization": "organisation",
    "org": "organisation",
    "group": "group",
    "place": "place",
}


class GazetteerError(WhatweknowError):
    """A gazetteer file (built-in or a user's) has bad rows.

    ``problems`` lists ``(line, message)`` for every bad row found (line 0: the file as a whole).
    """

    def __init__(self, source: str, problems: Sequence[tuple[int, str]]) -> None:
        self.source = source
        self.problems: tuple[tuple[int, str], ...] = tuple(problems)
        first_line, first = self.problems[0]
        where = f"{source} line {first_line}" if first_line else source
        more = len(self.problems) - 1
        tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        super().__init__(f"{where}: {first}{tail}")
        self.line = first_line


# --------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True, slots=True)
class Country:
    kind: ClassVar[str] = "country"
    iso3: str
    iso2: str
    name: str
    official_name: str | None
    status: Status
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        extra = (self.official_name,) if self.official_name else ()
        return (self.name, *extra, *self.aliases)

    @property
    def sovereign(self) -> bool:
        return self.status != "territory"


@dataclass(frozen=True, slots=True)
class Place:
    kind: ClassVar[str] = "place"
    name: str
    iso3: str
    place_kind: PlaceKind
    lat: float | None
    lon: float | None
    population: int | None
    is_capital: bool
    metonym: bool
    """A national capital (of a sovereign state) that the press uses for the state: "Moscow
    rejected…". Whether a given mention is agentive or locative is for the stage to decide."""
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def sector(self) -> str | None:
        return "GOV" if self.metonym else None


@dataclass(frozen=True, slots=True)
class Seat:
    """A seat of government or institution used for it ("the Kremlin", "the Pentagon")."""

    kind: ClassVar[str] = "seat"
    name: str
    iso3: str | None
    org: str | None
    sector: str
    note: str | None
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Organisation:
    kind: ClassVar[str] = "organisation"
    key: str
    name: str
    sector: str
    iso3: str | None
    other_sectors: tuple[str, ...] = ()
    note: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.key, self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Leader:
    kind: ClassVar[str] = "leader"
    name: str
    iso3: str | None
    org: str | None
    role: str
    sector: str
    start: int
    end: int | None
    """Last year in office; None if in office when the table was written."""
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def active(self, year: int) -> bool:
        return self.start <= year and (self.end is None or year <= self.end)


@dataclass(frozen=True, slots=True)
class Role:
    """A role noun ("spokesman", "analysts"). ``sector`` is the default; when ``by_context`` the
    organisation or country the person speaks for decides (a company's spokesman is BUS)."""

    kind: ClassVar[str] = "role"
    forms: tuple[str, ...]
    sector: str | None
    by_context: bool
    collective: bool
    note: str | None = None


@dataclass(frozen=True, slots=True)
class UserActor:
    kind: ClassVar[str] = "user"
    name: str
    actor_type: ActorType
    iso3: str | None
    sector: str | None
    roles: tuple[str, ...]
    source: str
    """``path line N``: where it was defined."""
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


Entry: TypeAlias = Country | Place | Seat | Organisation | Leader | UserActor
"""Anything a surface form can name."""
