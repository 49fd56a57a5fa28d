"""Word lists kept as data beside a stage: one entry a line, ``#`` lines and a header first."""

from __future__ import annotations

from importlib.resources import files


def word_list(package: str, name: str) -> frozenset[str]:
    """The entries of ``data/<name>`` of ``package``, lower case, their words one space apart
    ("walk back"); comment lines and the header row left out."""
    text = (files(package) / "data" / name).read_text(encoding="utf-8")
    rows = [line.strip() for line in text.splitlines() if line and not line.startswith("#")]
    return frozenset(" ".join(r.lower().split()) for r in rows[1:] if r)


def kinded_lists(package: str, name: str) -> dict[str, list[str]]:
    """The entries of ``data/<name>`` of ``package`` whose lines are "kind<TAB>phrase", by kind,
    in file order, their words one space apart and their case as written; comment lines, lines
    without a tab and the header row (kind ``kind``) left out."""
    text = (files(package) / "data" / name).read_text(encoding="utf-8")
    rows: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#") and "\t" in line:
            kind, phrase = line.split("\t", 1)
            if kind != "kind":
                rows.setdefault(kind, []).append(" ".join(phrase.split()))
    return rows
