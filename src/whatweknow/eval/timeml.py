"""Read TimeML ``.tml`` documents (TimeBank, AQUAINT, TempEval-3) into typed records.

The text of a document is the content of its ``<TEXT>`` element with the inline tags
(``TIMEX3``, ``EVENT``, ``SIGNAL``) removed, exactly as written, so that
``doc.text[t.start:t.end] == t.text`` for every gold :class:`TimexGold`. The document creation
time (DCT) is the ``TIMEX3`` with ``functionInDocument="CREATION_TIME"`` (in ``<DCT>`` in
TempEval-3 files); its value gives :attr:`TimeMLDocument.dct` as a date.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .common import xml_root

__all__ = [
    "TimeMLDocument",
    "TimeMLFormatError",
    "TimexGold",
    "find_tml_files",
    "load_timeml",
    "load_timeml_corpus",
    "parse_date",
]


class TimeMLFormatError(ValueError):
    """The file is not a TimeML document (or is malformed)."""


@dataclass(frozen=True, slots=True)
class TimexGold:
    tid: str
    start: int
    end: int
    text: str
    type: str  # DATE TIME DURATION SET
    value: str
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    doc_id: str
    text: str
    timexes: tuple[TimexGold, ...]
    dct: date | None
    dct_value: str | None
    path: str = ""


_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_DMY = re.compile(r"^(\d{2})-(\d{2})-(\d{4})$")


def parse_date(value: str | None) -> date | None:
    """The date a TIMEX3 value starts with (``1998-11-20T19:30`` → 1998-11-20), or None.
    A value written day first (``03-02-2009``, one MEANTIME creation time) is read as such."""
    m = _DATE.match(value or "")
    dmy = _DMY.match(value or "")
    try:
        if m is not None:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if dmy is not None:
            return date(int(dmy.group(3)), int(dmy.group(2)), int(dmy.group(1)))
    except ValueError:
        pass
    return None


def _flatten(el: ET.Element, parts: list[str], timexes: list[TimexGold], pos: int) -> int:
    """Append the text under ``el`` to ``parts`` (from offset ``pos``), collecting TIMEX3s."""
    if el.text:
        parts.append(el.text)
        pos += len(el.text)
    for child in el:
        start = pos
        pos = _flatten(child, parts, timexes, pos)
        if child.tag == "TIMEX3" and child.get("functionInDocument") != "CREATION_TIME":
            timexes.append(
                TimexGold(
                    tid=child.get("tid", ""),
                    start=start,
                    end=pos,
                    text="".join(parts)[start:pos],
                    type=child.get("type", ""),
                    value=child.get("value", ""),
                    mod=child.get("mod") or None,
                )
            )
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    return pos


def load_timeml(path: str | Path) -> TimeMLDocument:
    """Load one TimeML file. Raises :class:`TimeMLFormatError` when it is not one."""
    p = Path(path)
    root = xml_root(p, "TimeML", TimeMLFormatError)
    text_el = root.find("TEXT")
    if text_el is None:
        raise TimeMLFormatError(f"{p}: no <TEXT> element")
    parts: list[str] = []
    timexes: list[TimexGold] = []
    _flatten(text_el, parts, timexes, 0)
    dct_el = next(
        (t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), None
    )
    dct_value = dct_el.get("value") if dct_el is not None else None
    doc_id = (root.findtext("DOCID") or p.stem).strip()
    return TimeMLDocument(
        doc_id=doc_id,
        text="".join(parts),
        timexes=tuple(sorted(timexes, key=lambda t: (t.start, t.end))),
        dct=parse_date(dct_value),
        dct_value=dct_value,
        path=str(p),
    )


def find_tml_files(root: str | Path) -> list[Path]:
    """The ``.tml`` files under ``root`` (a file, or a folder searched recursively), sorted."""
    r = Path(root)
    return [r] if r.is_file() else sorted(r.rglob("*.tml"))


def load_timeml_corpus(root: str | Path) -> list[TimeMLDocument]:
    """Every TimeML document under ``root``; a document id seen twice is read once (TBAQ's
    ``testpipeline`` folder repeats a TimeBank file). Files that are not TimeML are skipped.
    Raises ``FileNotFoundError`` if ``root`` does not exist."""
    r = Path(root)
    if not r.exists():
        raise FileNotFoundError(str(r))
    seen: set[str] = set()
    docs: list[TimeMLDocument] = []
    for p in find_tml_files(r):
        try:
            doc = load_timeml(p)
        except TimeMLFormatError:
            continue
        if doc.doc_id not in seen:
            seen.add(doc.doc_id)
            docs.append(doc)
    return docs
