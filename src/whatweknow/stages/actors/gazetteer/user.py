"""Users' own actors: a CSV or YAML file read and validated, merged over the built-in gazetteer,
and the aliases that conflict (within the file, or with built-in entries) reported as warnings."""

from __future__ import annotations

import csv
import importlib
import io
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .core import Gazetteer
from .forms import normalise
from .load import load_gazetteer
from .records import ACTOR_TYPES, GazetteerError, UserActor
from .rows import _Problems, _RowError, _sector

USER_COLUMNS = ("name", "aliases", "type", "country", "sector", "roles")
_USER_REQUIRED = ("name", "type")
_BAD = "\x00problem"  # key of a row that could not be read at all


@dataclass(frozen=True)
class UserActors:
    """A user's actors file, read: the actors, warnings about conflicts, and the gazetteer with
    the actors merged over the built-in entries."""

    actors: tuple[UserActor, ...]
    warnings: tuple[str, ...]
    gazetteer: Gazetteer


def _split_user_list(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, list | tuple):
        items = [str(v) for v in value]
    else:
        items = re.split(r"[|;]", str(value))
    return tuple(dict.fromkeys(item.strip() for item in items if item.strip()))


def _user_row(fields: Mapping[str, object], base: Gazetteer, source: str, line: int) -> UserActor:
    unknown = sorted(set(fields) - set(USER_COLUMNS))
    if unknown:
        raise _RowError(
            f"unknown column(s) {', '.join(unknown)} (known: {', '.join(USER_COLUMNS)})"
        )
    for column in _USER_REQUIRED:
        value = fields.get(column)
        if value is None or not str(value).strip():
            raise _RowError(f"'{column}' is empty")
    raw_type = str(fields["type"]).strip().lower()
    if raw_type not in ACTOR_TYPES:
        raise _RowError(f"unknown type {raw_type!r} (known: person, organisation, group, place)")
    country_text = str(fields.get("country") or "").strip()
    iso3: str | None = None
    if country_text:
        country = base.country(country_text.upper()) or base.country(country_text)
        if country is None:
            raise _RowError(f"unknown country {country_text!r} (give an ISO alpha-3 code)")
        iso3 = country.iso3
    sector_text = str(fields.get("sector") or "").strip().upper()
    sector = _sector(sector_text) if sector_text else None
    return UserActor(
        name=str(fields["name"]).strip(),
        aliases=_split_user_list(fields.get("aliases")),
        actor_type=ACTOR_TYPES[raw_type],
        iso3=iso3,
        sector=sector,
        roles=_split_user_list(fields.get("roles")),
        source=f"{source} line {line}",
    )


def _read_user_csv(text: str) -> Iterator[tuple[int, dict[str, object]]]:
    reader = csv.reader(io.StringIO(text))
    header: list[str] | None = None
    for cells in reader:
        line = reader.line_num
        if not cells or not any(c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
            continue
        if header is None:
            header = [c.strip().lower() for c in cells]
            while header and not header[-1]:
                header.pop()
            if "name" not in header or "" in header:
                raise GazetteerError(
                    "", [(line, f"the header must name the columns ({', '.join(USER_COLUMNS)})")]
                )
            continue
        while len(cells) > len(header) and not cells[-1].strip():
            cells.pop()
        if len(cells) > len(header):
            yield line, {_BAD: f"{len(cells)} fields, but the header names {len(header)}"}
            continue
        yield line, dict(zip(header, (c.strip() for c in cells), strict=False))
    if header is None:
        raise GazetteerError("", [(0, "no header line (the file is empty)")])


def _read_user_yaml(text: str) -> Iterator[tuple[int, dict[str, object]]]:
    try:
        yaml: Any = importlib.import_module("yaml")
    except ImportError:
        raise GazetteerError(
            "", [(0, "reading YAML needs PyYAML (pip install pyyaml); or use CSV")]
        ) from None
    try:
        data = yaml.safe_load(text)
        node = yaml.compose(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        raise GazetteerError("", [(line, f"not valid YAML ({err})")]) from None
    if isinstance(data, dict) and "actors" in data:
        data = data["actors"]
        node = next(v for k, v in node.value if k.value == "actors")
    if data is None:
        return
    if not isinstance(data, list):
        raise GazetteerError("", [(1, "expected a list of actors (or 'actors:' with a list)")])
    for item, item_node in zip(data, node.value, strict=True):
        line = item_node.start_mark.line + 1
        if not isinstance(item, dict):
            yield line, {_BAD: "each actor must be a mapping of column: value"}
            continue
        yield line, {str(k).strip().lower(): v for k, v in item.items()}


def load_user_actors(path: str | Path, base: Gazetteer | None = None) -> UserActors:
    """Read a user's actors file (``.csv``, or ``.yaml``/``.yml`` if PyYAML is installed).

    Columns: ``name`` and ``type`` (person, organisation, group, place) are required;
    ``aliases`` and ``roles`` hold several values separated by ``|`` or ``;`` (in YAML, a list);
    ``country`` is an ISO alpha-3 code (or a name the gazetteer knows); ``sector`` a code from
    :data:`SECTORS`. Lines starting with ``#`` are comments.

    Malformed rows raise :class:`GazetteerError` listing every bad line. The same alias given to
    actors of different countries, in the file or against the built-in gazetteer (which the
    user's entries then replace), is reported in ``warnings``.
    """
    path = Path(path)
    base = base if base is not None else load_gazetteer()
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as err:
        raise GazetteerError(
            source, [(0, f"cannot read the file ({err.strerror or err})")]
        ) from None
    suffix = path.suffix.lower()
    reader: Callable[[str], Iterator[tuple[int, dict[str, object]]]]
    if suffix in (".yaml", ".yml"):
        reader = _read_user_yaml
    elif suffix in (".csv", ".txt", ""):
        reader = _read_user_csv
    else:
        raise GazetteerError(source, [(0, "name the file .csv or .yaml")])

    problems = _Problems(source)
    actors: list[UserActor] = []
    try:
        for line, fields in reader(text):
            if _BAD in fields:
                problems.add(line, str(fields[_BAD]))
                continue
            try:
                actors.append(_user_row(fields, base, source, line))
            except _RowError as err:
                problems.add(line, str(err))
    except GazetteerError as err:
        raise GazetteerError(source, err.problems) from None
    problems.raise_if_any()

    warnings = _conflicts(actors, base)
    return UserActors(
        actors=tuple(actors), warnings=tuple(warnings), gazetteer=base.with_user_actors(actors)
    )


def _conflicts(actors: Sequence[UserActor], base: Gazetteer) -> list[str]:
    warnings: list[str] = []
    first: dict[str, UserActor] = {}
    for actor in actors:
        for form in dict.fromkeys(actor.forms):
            key = normalise(form)
            earlier = first.get(key)
            if earlier is None:
                first[key] = actor
                built_in = {e.iso3 for e in base.lookup(form) if e.iso3 and e.iso3 != actor.iso3}
                if built_in:
                    warnings.append(
                        f"{actor.source}: {form!r} ({actor.iso3}) replaces the built-in "
                        f"entry for {', '.join(sorted(built_in))}"
                    )
            elif earlier is not actor and earlier.iso3 != actor.iso3:
                warnings.append(
                    f"{actor.source}: {form!r} is given to {actor.name!r} "
                    f"({actor.iso3 or 'no country'}) and, at {earlier.source}, to "
                    f"{earlier.name!r} ({earlier.iso3 or 'no country'})"
                )
    return warnings
