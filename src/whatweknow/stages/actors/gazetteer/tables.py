"""The built-in tables, one parser each: the columns of every file and what each row must hold
(countries, places, demonyms, organisations, seats, leaders, role nouns)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .forms import normalise
from .records import STATUSES, Country, Leader, Organisation, Place, Role, Seat
from .rows import _flag, _float, _int, _iso3, _multi, _required, _RowError, _rows, _sector

COUNTRY_COLUMNS = ("iso3", "iso2", "name", "official_name", "status", "aliases")
PLACE_COLUMNS = (
    "name",
    "aliases",
    "iso3",
    "kind",
    "lat",
    "lon",
    "population",
    "is_capital",
    "metonym",
)
DEMONYM_COLUMNS = ("iso3", "adjectives", "people")
SEAT_COLUMNS = ("name", "aliases", "iso3", "org", "sector", "note")
ORGANISATION_COLUMNS = ("key", "name", "aliases", "sector", "other_sectors", "iso3", "note")
LEADER_COLUMNS = ("name", "aliases", "iso3", "org", "role", "sector", "start", "end")
ROLE_COLUMNS = ("forms", "sector", "by_context", "collective", "note")

_ISO3 = re.compile(r"^[A-Z]{3}$")
_ISO2 = re.compile(r"^[A-Z]{2}$")
FIRST_YEAR, LAST_YEAR = 1900, 2100


def _parse_countries(text: str, source: str) -> dict[str, Country]:
    iso2_seen: set[str] = set()
    countries: dict[str, Country] = {}

    def make(row: Mapping[str, str]) -> Country:
        iso3, iso2 = row["iso3"], row["iso2"]
        if not _ISO3.match(iso3):
            raise _RowError(f"'iso3' must be three capital letters, not {iso3!r}")
        if not _ISO2.match(iso2):
            raise _RowError(f"'iso2' must be two capital letters, not {iso2!r}")
        if iso3 in countries or iso2 in iso2_seen:
            raise _RowError(f"{iso3}/{iso2} is listed twice")
        status = row["status"]
        if status not in STATUSES:
            raise _RowError(f"unknown status {status!r} (known: {', '.join(sorted(STATUSES))})")
        country = Country(
            iso3=iso3,
            iso2=iso2,
            name=_required(row, "name"),
            official_name=row["official_name"] or None,
            status=status,  # type: ignore[arg-type]
            aliases=_multi(row["aliases"]),
        )
        countries[iso3] = country
        iso2_seen.add(iso2)
        return country

    _rows(text, source, COUNTRY_COLUMNS, make)
    return countries


def _parse_places(text: str, source: str, countries: Mapping[str, Country]) -> list[Place]:
    def make(row: Mapping[str, str]) -> Place:
        kind = row["kind"]
        if kind not in ("city", "region"):
            raise _RowError(f"'kind' must be city or region, not {kind!r}")
        iso3 = _iso3(_required(row, "iso3"), countries)
        assert iso3 is not None
        lat = _float(row["lat"], "lat", -90.0, 90.0) if row["lat"] else None
        lon = _float(row["lon"], "lon", -180.0, 180.0) if row["lon"] else None
        if (lat is None) != (lon is None):
            raise _RowError("give both 'lat' and 'lon', or neither")
        if kind == "city" and lat is None:
            raise _RowError("a city needs coordinates")
        population = (
            _int(row["population"], "population", 0, 100_000_000) if row["population"] else None
        )
        is_capital = _flag(row["is_capital"], "is_capital")
        metonym = _flag(row["metonym"], "metonym")
        if metonym and not (is_capital and countries[iso3].sovereign):
            raise _RowError("only the capital of a state can be a metonym (use seats.tsv)")
        return Place(
            name=_required(row, "name"),
            aliases=_multi(row["aliases"]),
            iso3=iso3,
            place_kind=kind,  # type: ignore[arg-type]
            lat=lat,
            lon=lon,
            population=population,
            is_capital=is_capital,
            metonym=metonym,
        )

    return [place for _, place in _rows(text, source, PLACE_COLUMNS, make)]


def _parse_demonyms(
    text: str, source: str, countries: Mapping[str, Country]
) -> dict[str, tuple[str, ...]]:
    demonyms: dict[str, list[str]] = {}

    def make(row: Mapping[str, str]) -> None:
        iso3 = _iso3(_required(row, "iso3"), countries)
        assert iso3 is not None
        forms = _multi(row["adjectives"]) + _multi(row["people"])
        if not forms:
            raise _RowError("no adjectives or people given")
        for form in forms:
            codes = demonyms.setdefault(normalise(form), [])
            if iso3 not in codes:
                codes.append(iso3)

    _rows(text, source, DEMONYM_COLUMNS, make)
    return {key: tuple(codes) for key, codes in demonyms.items()}


def _parse_organisations(
    text: str, source: str, countries: Mapping[str, Country]
) -> dict[str, Organisation]:
    orgs: dict[str, Organisation] = {}

    def make(row: Mapping[str, str]) -> Organisation:
        key = _required(row, "key")
        if key in orgs:
            raise _RowError(f"key {key!r} is listed twice")
        org = Organisation(
            key=key,
            name=_required(row, "name"),
            aliases=_multi(row["aliases"]),
            sector=_sector(_required(row, "sector")),
            other_sectors=tuple(_sector(s, "other_sectors") for s in _multi(row["other_sectors"])),
            iso3=_iso3(row["iso3"], countries),
            note=row["note"] or None,
        )
        orgs[key] = org
        return org

    _rows(text, source, ORGANISATION_COLUMNS, make)
    return orgs


def _org(value: str, orgs: Mapping[str, Organisation]) -> str | None:
    if not value:
        return None
    if value not in orgs:
        raise _RowError(f"unknown org {value!r} (not a key in organisations.tsv)")
    return value


def _parse_seats(
    text: str,
    source: str,
    countries: Mapping[str, Country],
    orgs: Mapping[str, Organisation],
) -> list[Seat]:
    def make(row: Mapping[str, str]) -> Seat:
        iso3 = _iso3(row["iso3"], countries)
        org = _org(row["org"], orgs)
        if iso3 is None and org is None:
            raise _RowError("give an 'iso3' or an 'org'")
        return Seat(
            name=_required(row, "name"),
            aliases=_multi(row["aliases"]),
            iso3=iso3,
            org=org,
            sector=_sector(_required(row, "sector")),
            note=row["note"] or None,
        )

    return [seat for _, seat in _rows(text, source, SEAT_COLUMNS, make)]


def _parse_leaders(
    text: str,
    source: str,
    countries: Mapping[str, Country],
    orgs: Mapping[str, Organisation],
) -> list[Leader]:
    def make(row: Mapping[str, str]) -> Leader:
        iso3 = _iso3(row["iso3"], countries)
        org = _org(row["org"], orgs)
        if iso3 is None and org is None:
            raise _RowError("give an 'iso3' or an 'org'")
        start = _int(_required(row, "start"), "start", FIRST_YEAR, LAST_YEAR)
        end = _int(row["end"], "end", FIRST_YEAR, LAST_YEAR) if row["end"] else None
        if end is not None and end < start:
            raise _RowError(f"'end' {end} is before 'start' {start}")
        return Leader(
            name=_required(row, "name"),
            aliases=_multi(row["aliases"]),
            iso3=iso3,
            org=org,
            role=_required(row, "role"),
            sector=_sector(_required(row, "sector")),
            start=start,
            end=end,
        )

    return [ldr for _, ldr in _rows(text, source, LEADER_COLUMNS, make)]


def _parse_roles(text: str, source: str) -> dict[str, Role]:
    roles: dict[str, Role] = {}

    def make(row: Mapping[str, str]) -> Role:
        forms = _multi(row["forms"])
        if not forms:
            raise _RowError("'forms' is empty")
        role = Role(
            forms=forms,
            sector=_sector(row["sector"]) if row["sector"] else None,
            by_context=_flag(row["by_context"], "by_context"),
            collective=_flag(row["collective"], "collective"),
            note=row["note"] or None,
        )
        for form in forms:
            key = normalise(form)
            if key in roles:
                raise _RowError(f"{form!r} is listed twice")
            roles[key] = role
        return role

    _rows(text, source, ROLE_COLUMNS, make)
    return roles
