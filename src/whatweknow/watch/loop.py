"""The loop of rounds, one implementation for ``wwk watch`` (in the foreground) and
``wwk serve --watch`` (in a thread beside the server): a round, its report handed on, then a
wait until the next round is due, or a stop."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from .rounds import RoundReport, Watcher


def run_rounds(
    watcher: Watcher,
    sources: Sequence[str],
    *,
    every: float,
    stopping: threading.Event,
    on_round: Callable[[RoundReport], None],
    once: bool = False,
) -> RoundReport | None:
    """Rounds over ``sources``, each started ``every`` seconds after the one before (at once when
    a round took longer), until ``stopping`` is set (or after one round, ``once``). Each round's
    report goes to ``on_round``; the last one is returned (None: stopped before the first)."""
    report: RoundReport | None = None
    while not stopping.is_set():
        report = watcher.round(sources)
        on_round(report)
        if once or stopping.is_set():
            break
        elapsed = (watcher.now() - report.started).total_seconds()
        if stopping.wait(max(0.0, every - elapsed)):
            break
    return report
