"""Every compiled regular expression of the readers and the stages runs in linear time on
pathological text: long runs of spaces, tabs, NBSP, newlines, punctuation, digits and repeated
words, between words that start and end many rules ("Source: Reuters … The" … "talks in News").

Patterns are found by importing every module of ``whatweknow.readers`` and
``whatweknow.stages`` and collecting the ``re.Pattern`` objects of their globals, classes and
the dicts, tuples and records they hold, so a new pattern is checked without being listed here.
Each runs with ``finditer`` (a match tried at every position: the worst way any caller uses it)
on 1,000, 10,000 and 100,000 characters; it fails if the time grows faster than linearly, with a
generous constant and a floor so that a noisy shared machine does not fail it. Two such patterns
were found by a red-team pass (issue 15): "The" + 40,000 spaces + "talks" took 64 s in the time
stage, "Source: Reuters" + 40,000 spaces + "news" 30 s in the reader.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from types import ModuleType
from typing import Any

import pytest

import whatweknow.readers
import whatweknow.stages

FAMILIES = {
    "spaces": " ",
    "tabs": "\t",
    "nbsp": "\u00a0",
    "newlines": "\n",
    "mixed blanks": " \t\u00a0 \n",
    "dots": ".",
    "commas": ", ",
    "dashes": "-",
    "quotes": "'\"’“",
    "digits": "1",
    "numbers": "12, ",
    "the": "the ",
    "The": "The ",
    "and": "and ",
    "Capitals": "Ab ",
}
PREFIX = "Source: Reuters. The"
SUFFIX = "talks in News"
GROWTH = 4.0
"""Ten times the text may take at most 10 × GROWTH times as long (linear is 10 ×)."""
FLOOR = 0.03
"""Seconds added to each bound: timer noise and a busy machine's pauses (a step over its bound
is timed again, and the faster time counts)."""
LONG_FAMILIES = ("spaces", "mixed blanks", "The")
"""The families also run at 100,000 characters (every family runs at 1,000 and 10,000): the
runs of blanks that broke two rules, and a word that starts many rules. All families at 100k
took 15 s, too long for every CI run."""


def _modules() -> list[ModuleType]:
    found: list[ModuleType] = []
    for pkg in (whatweknow.readers, whatweknow.stages):
        found.append(pkg)
        for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
            found.append(importlib.import_module(info.name))
    return found


def _collect(obj: Any, out: dict[int, re.Pattern[Any]], seen: set[int], depth: int = 0) -> None:
    if id(obj) in seen or depth > 4 or isinstance(obj, str | bytes | int | float | ModuleType):
        return
    seen.add(id(obj))
    if isinstance(obj, re.Pattern):
        out[id(obj)] = obj
        return
    items: list[Any]
    if isinstance(obj, dict):
        items = list(obj.values())
    elif isinstance(obj, list | tuple | set | frozenset):
        items = list(obj)
    elif isinstance(obj, type) or hasattr(obj, "__dataclass_fields__"):
        slots = getattr(obj, "__slots__", ())
        items = list(vars(obj).values()) if hasattr(obj, "__dict__") else []
        items += [getattr(obj, name, None) for name in slots if isinstance(name, str)]
    else:
        return
    for item in items:
        _collect(item, out, seen, depth + 1)


def all_patterns() -> list[re.Pattern[Any]]:
    out: dict[int, re.Pattern[Any]] = {}
    seen: set[int] = set()
    for module in _modules():
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ != module.__name__:
                continue  # a class imported from elsewhere is checked where it is defined
            _collect(value, out, seen)
    return list(out.values())


def _text(unit: str, size: int, binary: bool) -> str | bytes:
    text = PREFIX + unit * (size // len(unit)) + SUFFIX
    return text.encode() if binary else text


def _seconds(pattern: re.Pattern[Any], text: str | bytes) -> float:
    start = time.perf_counter()
    for _ in pattern.finditer(text):
        pass
    return time.perf_counter() - start


def _superlinear(pattern: re.Pattern[Any], unit: str, sizes: tuple[int, ...]) -> str | None:
    """Why this pattern is slow on this family, or None. Each step is 10 × longer; the next
    step runs only if this one was linear (a quadratic pattern would take minutes at 100k)."""
    binary = isinstance(pattern.pattern, bytes)
    before = _seconds(pattern, _text(unit, 1_000, binary))
    for size in sizes:
        text = _text(unit, size, binary)
        took = _seconds(pattern, text)
        bound = 10 * GROWTH * before + FLOOR
        if took > bound:
            took = min(took, _seconds(pattern, text))  # once more: was the machine busy?
        if took > bound:
            return f"{size:,} characters took {took:.3f} s, over {bound:.3f} s"
        before = took
    return None


def test_patterns_are_found() -> None:
    patterns = all_patterns()
    sources = {p.pattern for p in patterns}
    assert len(patterns) > 40
    # module globals, records in a tuple (the time rules) and bytes patterns are all found
    assert any("(?P<what>quarter|period)" in str(s) for s in sources)
    assert any(isinstance(s, bytes) for s in sources)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_no_pattern_grows_faster_than_linearly(family: str) -> None:
    sizes = (10_000, 100_000) if family in LONG_FAMILIES else (10_000,)
    slow = []
    for pattern in all_patterns():
        why = _superlinear(pattern, FAMILIES[family], sizes)
        if why is not None:
            slow.append(f"{pattern.pattern[:80]!r}: {why}")
    assert not slow, "\n".join(slow)


def test_the_red_team_inputs_are_fast() -> None:
    """The two inputs of issue 15, at 100,000 spaces (before: minutes each)."""
    from whatweknow.readers._patterns import source_line
    from whatweknow.stages.time.patterns import RULES

    text = "The" + " " * 100_000 + "talks"
    start = time.perf_counter()
    for rule in RULES:
        for _ in rule.pattern.finditer(text):
            pass
    source_line("Source: Reuters" + " " * 100_000 + "news")
    assert time.perf_counter() - start < 10
