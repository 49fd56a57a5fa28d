"""What the evaluation modules share: their command lines, timing and table cells.

* Command line: :func:`add_json` and :func:`add_floor` declare ``--json`` and the ``--floor``
  options (a fraction, :func:`fraction_type`); :func:`print_report` prints a report as JSON or
  a table; :func:`bad_input` and :func:`check_floor` print the error or ``FAIL`` line and give
  the exit status (2 on bad input, 1 under a floor, else 0); :func:`floor_target` is the system
  a floor checks.
* Running: :func:`timed` times a call, :func:`predict_timed` a batch predictor (whose
  predictions :func:`check_count` checks: one per input).
* Reports: :func:`time_line` writes a timing line, :func:`cells` a row of right-aligned cells
  (precision, recall and F1 from :meth:`whatweknow.eval.metrics.PRF.row`).
* Readers: :func:`xml_root` parses an XML file whose root element has a known tag.
* Spans: :func:`enclosing` is the shortest span around another.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence, Sized
from pathlib import Path
from typing import Any, Protocol, TypeVar

__all__ = [
    "EXIT_BAD_INPUT",
    "EXIT_FLOOR",
    "EXIT_OK",
    "add_floor",
    "add_json",
    "bad_input",
    "cells",
    "check_count",
    "check_floor",
    "enclosing",
    "floor_target",
    "fraction_type",
    "predict_timed",
    "print_report",
    "time_line",
    "timed",
    "xml_root",
]

EXIT_OK = 0
EXIT_FLOOR = 1
EXIT_BAD_INPUT = 2


class _Report(Protocol):
    def as_dict(self) -> dict[str, Any]: ...


class _System(Protocol):
    @property
    def system(self) -> str: ...


class _Extent(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


R = TypeVar("R", bound=_Report)
S = TypeVar("S", bound=_System)
E = TypeVar("E", bound=_Extent)
In = TypeVar("In")
Out = TypeVar("Out")
Sized_ = TypeVar("Sized_", bound=Sized)


# --------------------------------------------------------------------------------------------
# command line


def fraction_type(example: str) -> Callable[[str], float]:
    """An argparse type: a number from 0 to 1 (``example`` is shown when it is not one)."""

    # argparse names the type in its message on a non-number ("invalid _fraction value").
    def _fraction(value: str) -> float:
        f = float(value)
        if not 0.0 <= f <= 1.0:
            raise argparse.ArgumentTypeError(
                f"{value} is not a fraction between 0 and 1 (e.g. {example})"
            )
        return f

    return _fraction


def add_floor(
    parser: argparse.ArgumentParser, flag: str, help: str, *, example: str = "0.8"
) -> None:
    """A floor option (``--floor F``): the evaluation exits 1 when a figure is under F."""
    parser.add_argument(flag, type=fraction_type(example), metavar="F", help=help)


def add_json(parser: argparse.ArgumentParser, instead_of: str = "a table") -> None:
    """``--json``: print the report as JSON instead of the table(s)."""
    parser.add_argument("--json", action="store_true", help=f"print JSON instead of {instead_of}")


def print_report(report: R, table: Callable[[R], str], as_json: bool) -> None:
    """Print ``report`` as indented JSON (its ``as_dict``) or as ``table`` formats it."""
    print(json.dumps(report.as_dict(), indent=2) if as_json else table(report))


def bad_input(problem: object) -> int:
    """Say what is wrong with the input on stderr; the exit status for it (2)."""
    print(f"error: {problem}", file=sys.stderr)
    return EXIT_BAD_INPUT


def check_floor(label: str, value: float, floor: float | None, *, on: str | None = None) -> int:
    """1, after a ``FAIL`` line on stderr, when ``value`` is under ``floor`` (if given); else 0.
    Several checks: ``max(check_floor(...), check_floor(...))`` (each runs and says its line)."""
    if floor is not None and value < floor:
        where = f" on {on}" if on is not None else ""
        print(f"FAIL: {label} {value:.3f} < floor {floor:.3f}{where}", file=sys.stderr)
        return EXIT_FLOOR
    return EXIT_OK


def floor_target(systems: Sequence[S], anchor: str) -> S:
    """The system a floor checks: the first that is not ``anchor``, else the first."""
    return next((s for s in systems if s.system != anchor), systems[0])


# --------------------------------------------------------------------------------------------
# running


def check_count(predictions: Sized, n: int, unit: str, system: str | None = None) -> None:
    """Raise ``ValueError`` unless there are ``n`` predictions (one per text, record…)."""
    if len(predictions) != n:
        who = f"{system}: " if system is not None else ""
        raise ValueError(f"{who}{len(predictions)} predictions for {n} {unit}")


def timed(fn: Callable[[In], Out], arg: In) -> tuple[Out, float]:
    """``fn(arg)`` and the seconds it took."""
    t0 = time.perf_counter()
    out = fn(arg)
    return out, time.perf_counter() - t0


def predict_timed(
    predict: Callable[[list[In]], Sized_], texts: list[In], system: str
) -> tuple[Sized_, float]:
    """``predict(texts)`` (one prediction per text, checked) and the seconds it took."""
    out, seconds = timed(predict, texts)
    check_count(out, len(texts), "texts", system)
    return out, seconds


# --------------------------------------------------------------------------------------------
# reports


def time_line(label: str, seconds: float, note: str | None = None) -> str:
    """``total 12.3 s (note)``: a duration as the reports write it."""
    return f"{label} {seconds:.1f} s" + (f" ({note})" if note else "")


def cells(values: Iterable[str], widths: int | Sequence[int] = 6) -> str:
    """Cells right-aligned to ``widths`` (one width for all, or one per cell), space-separated."""
    vals = list(values)
    ws = [widths] * len(vals) if isinstance(widths, int) else list(widths)
    return " ".join(f"{v:>{w}}" for v, w in zip(vals, ws, strict=True))


# --------------------------------------------------------------------------------------------
# readers and spans


def xml_root(path: Path, tag: str, error: type[Exception]) -> ET.Element:
    """The root element of the XML file ``path``; ``error`` when the file is not well-formed or
    its root is not ``<tag>``."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise error(f"{path}: not well-formed XML ({exc})") from exc
    if root.tag != tag:
        raise error(f"{path}: root element is <{root.tag}>, not <{tag}>")
    return root


def enclosing(spans: Iterable[E], start: int, end: int) -> E | None:
    """The shortest of ``spans`` that contains ``[start, end)`` (the earliest among equals)."""
    inside = [s for s in spans if s.start <= start and end <= s.end]
    return min(inside, key=lambda s: (s.end - s.start, s.start), default=None)
