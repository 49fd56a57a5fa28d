"""Workers for the server's process pool in the tests (importable by the spawned process):
one that holds the GIL for seconds, as the quadratic regexes of issue 15 did, and one that dies."""

from __future__ import annotations

import math
import os
import re
import time
from typing import Any

HOLD_SECONDS = 2.0
_BACKTRACK = re.compile(r"(a+)+b")  # exponential on a run of "a": one call, the GIL held


def hold_the_gil(job: Any, model: str | None) -> list[Any]:
    """One regular expression call of about :data:`HOLD_SECONDS` (calibrated here), then
    nothing read."""
    start = time.perf_counter()
    _BACKTRACK.match("a" * 18)
    base = max(time.perf_counter() - start, 1e-6)
    n = 18 + max(0, round(math.log2(HOLD_SECONDS / base)))
    _BACKTRACK.match("a" * min(n, 40))
    return []


def die(job: Any, model: str | None) -> list[Any]:
    os._exit(3)


def nothing_read(job: Any, model: str | None) -> list[Any]:
    return []
