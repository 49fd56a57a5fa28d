"""Loading the gazetteer: the package's data folder, every file in it read and validated, the
indexes built, and the result cached (:func:`load_gazetteer`)."""

from __future__ import annotations

import functools
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from .core import Gazetteer
from .forms import _add, _Index, normalise
from .records import Entry, GazetteerError, Leader, Organisation, Place
from .tables import (
    _parse_countries,
    _parse_demonyms,
    _parse_leaders,
    _parse_organisations,
    _parse_places,
    _parse_roles,
    _parse_seats,
)

DATA_PACKAGE = "whatweknow.stages.actors"
DATA_DIR = "data"

FILES = (
    "countries.tsv",
    "places.tsv",
    "demonyms.tsv",
    "organisations.tsv",
    "seats.tsv",
    "leaders.tsv",
    "roles.tsv",
)


def _text(directory: Traversable | Path, name: str) -> str:
    item = directory / name
    if not item.is_file():
        raise GazetteerError(name, [(0, "missing from the gazetteer data")])
    return item.read_text(encoding="utf-8")


def read_gazetteer(directory: Traversable | Path) -> Gazetteer:
    """Read and validate the gazetteer in ``directory`` (not cached: see :func:`load_gazetteer`).

    Raises :class:`GazetteerError` naming the file and line of the first bad row.
    """
    countries = _parse_countries(_text(directory, "countries.tsv"), "countries.tsv")
    places = _parse_places(_text(directory, "places.tsv"), "places.tsv", countries)
    demonyms = _parse_demonyms(_text(directory, "demonyms.tsv"), "demonyms.tsv", countries)
    orgs = _parse_organisations(
        _text(directory, "organisations.tsv"), "organisations.tsv", countries
    )
    seats = _parse_seats(_text(directory, "seats.tsv"), "seats.tsv", countries, orgs)
    leaders = _parse_leaders(_text(directory, "leaders.tsv"), "leaders.tsv", countries, orgs)
    roles = _parse_roles(_text(directory, "roles.tsv"), "roles.tsv")

    capitals: dict[str, Place] = {}
    for place in places:
        if place.is_capital:
            if place.iso3 in capitals:
                raise GazetteerError(
                    "places.tsv", [(0, f"two capitals for {place.iso3}: {place.name}")]
                )
            capitals[place.iso3] = place

    surface: _Index = {}
    entries: list[Entry] = [*countries.values(), *places, *seats, *orgs.values(), *leaders]
    for entry in entries:
        _add(surface, entry)
    leader_index: dict[str, list[tuple[str, Leader]]] = {}
    for ldr in leaders:
        for form in ldr.forms:
            leader_index.setdefault(normalise(form), []).append((form, ldr))
    org_index: dict[str, list[tuple[str, Organisation]]] = {}
    for org in orgs.values():
        for form in org.forms:
            pairs = org_index.setdefault(normalise(form), [])
            if (form, org) not in pairs:
                pairs.append((form, org))

    return Gazetteer(
        countries=countries,
        places=tuple(places),
        seats=tuple(seats),
        organisations=orgs,
        leaders=tuple(leaders),
        roles=roles,
        demonyms=demonyms,
        capitals=capitals,
        _surface={k: tuple(v) for k, v in surface.items()},
        _leaders={k: tuple(v) for k, v in leader_index.items()},
        _orgs={k: tuple(v) for k, v in org_index.items()},
        _iso2={c.iso2: c.iso3 for c in countries.values()},
    )


def data_dir() -> Traversable:
    """The package's gazetteer data folder."""
    return files(DATA_PACKAGE) / DATA_DIR


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The built-in gazetteer, read and validated once per process."""
    return read_gazetteer(data_dir())
