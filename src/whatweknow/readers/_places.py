"""Place names for datelines: the cities and countries of the Actors stage's gazetteer.

A dateline in mixed case with nothing but a separator (``Rabat — At least …``, ``Tripoli: More
than …``) looks like any sentence that opens with a capitalised word; it is taken as a dateline
only when that word is a known place. The names are read, once and only when first needed, from
the gazetteer tables (``whatweknow/stages/actors/data``): each place's name and aliases, each
country's names and aliases.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

_DATA = "whatweknow.stages.actors"


def _rows(name: str) -> list[dict[str, str]]:
    text = (files(_DATA) / "data" / name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"), strict=False)) for ln in lines[1:]]


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    out: set[str] = set()
    for row in _rows("places.tsv"):
        out.add(row.get("name", ""))
        out.update((row.get("aliases") or "").split("|"))
    for row in _rows("countries.tsv"):
        out.update((row.get("name", ""), row.get("official_name", "")))
        out.update((row.get("aliases") or "").split("|"))
    return frozenset(n.casefold() for n in out if n)


def known_place(name: str) -> bool:
    """Whether ``name`` is a city, region or country the gazetteer knows."""
    return name.strip().casefold() in _names()
