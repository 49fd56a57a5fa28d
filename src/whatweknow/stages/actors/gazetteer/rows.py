"""Reading rows: the TSV format every gazetteer file shares, the checks a field must pass, and
the collecting of every bad row of a file into one :class:`GazetteerError`.

File format (all files): UTF-8, one record a line, fields separated by one TAB. Lines starting with
``#`` are comments and blank lines are skipped; the first other line is the header, which must
name exactly the columns the loader expects, in order. A field holding several values separates
them with ``|``. Empty fields mean "none"; empty fields at the end of a line may be left off.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from .records import SECTORS, Country, GazetteerError


class _Problems:
    def __init__(self, source: str) -> None:
        self.source = source
        self.items: list[tuple[int, str]] = []

    def add(self, line: int, message: str) -> None:
        self.items.append((line, message))

    def raise_if_any(self) -> None:
        if self.items:
            raise GazetteerError(self.source, self.items)


class _RowError(Exception):
    pass


def _read_tsv(
    text: str, source: str, columns: Sequence[str]
) -> Iterator[tuple[int, dict[str, str]]]:
    header_seen = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if not header_seen:
            if cells != list(columns):
                raise GazetteerError(
                    source,
                    [(number, f"the header must be {'<TAB>'.join(columns)}, not {line!r}")],
                )
            header_seen = True
            continue
        if len(cells) > len(columns) or len(cells) < 2:
            raise GazetteerError(
                source,
                [(number, f"expected {len(columns)} TAB-separated fields, found {len(cells)}")],
            )
        cells += [""] * (len(columns) - len(cells))  # trailing empty fields may be left off
        yield number, dict(zip(columns, cells, strict=True))
    if not header_seen:
        raise GazetteerError(source, [(0, "no header line (the file is empty)")])


def _multi(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _required(row: Mapping[str, str], column: str) -> str:
    value = row[column]
    if not value:
        raise _RowError(f"'{column}' is empty")
    return value


def _int(value: str, column: str, low: int, high: int) -> int:
    try:
        number = int(value)
    except ValueError:
        raise _RowError(f"'{column}' must be a whole number, not {value!r}") from None
    if not low <= number <= high:
        raise _RowError(f"'{column}' {number} is out of range ({low} to {high})")
    return number


def _float(value: str, column: str, low: float, high: float) -> float:
    try:
        number = float(value)
    except ValueError:
        raise _RowError(f"'{column}' must be a number, not {value!r}") from None
    if not low <= number <= high:
        raise _RowError(f"'{column}' {number} is out of range ({low} to {high})")
    return number


def _flag(value: str, column: str) -> bool:
    if value not in ("0", "1"):
        raise _RowError(f"'{column}' must be 0 or 1, not {value!r}")
    return value == "1"


def _sector(value: str, column: str = "sector") -> str:
    if value not in SECTORS:
        raise _RowError(f"unknown {column} {value!r} (known: {', '.join(SECTORS)})")
    return value


def _iso3(value: str, known: Mapping[str, Country], column: str = "iso3") -> str | None:
    if not value:
        return None
    if value not in known:
        raise _RowError(f"unknown {column} {value!r} (not in countries.tsv)")
    return value


def _rows(
    text: str,
    source: str,
    columns: Sequence[str],
    make: Callable[[Mapping[str, str]], Any],
) -> list[tuple[int, Any]]:
    problems = _Problems(source)
    out: list[tuple[int, Any]] = []
    for number, row in _read_tsv(text, source, columns):
        try:
            out.append((number, make(row)))
        except _RowError as err:
            problems.add(number, str(err))
    problems.raise_if_any()
    return out
