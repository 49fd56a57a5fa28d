"""The sources to watch: given as arguments, or listed in a file (``--sources FILE``).

A file is either an OPML outline, as feed readers export their subscriptions (every element's
``xmlUrl``, else its ``url``, in order), or plain text: one address or folder a line, blank lines
and lines starting with ``#`` skipped. Each source is listed once, in the order first given.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from ..errors import WhatweknowError


class SourcesError(WhatweknowError):
    """A sources file that cannot be read."""


def read_sources(given: Iterable[str], files: Iterable[Path] = ()) -> list[str]:
    """Every source of ``given`` then of each file, once each. Raises SourcesError for a file that
    cannot be read, or an OPML file that does not parse."""
    found = [s.strip() for s in given if s.strip()]
    for path in files:
        found.extend(_from_file(path))
    return list(dict.fromkeys(found))


def _from_file(path: Path) -> list[str]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        why = exc.strerror or exc
        raise SourcesError(f"{path}: the sources file cannot be read ({why})") from exc
    if raw.lstrip().startswith(b"<"):
        return _opml(raw, path)
    text = raw.decode("utf-8", errors="replace")
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _opml(raw: bytes, path: Path) -> list[str]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as exc:
        raise SourcesError(f"{path}: not a readable OPML file ({exc})") from exc
    found = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("url") or "").strip()
        if url:
            found.append(url)
    return found
