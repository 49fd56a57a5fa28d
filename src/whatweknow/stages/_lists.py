"""Word lists kept as data beside a stage: one entry a line, ``#`` lines and a header first."""

from __future__ import annotations

from importlib.resources import files


def word_list(package: str, name: str) -> frozenset[str]:
    """The entries of ``data/<name>`` of ``package``, lower case, their words one space apart
    ("walk back"); comment lines and the header row left out."""
    text = (files(package) / "data" / name).read_text(encoding="utf-8")
    rows = [line.strip() for line in text.splitlines() if line and not line.startswith("#")]
    return frozenset(" ".join(r.lower().split()) for r in rows[1:] if r)
