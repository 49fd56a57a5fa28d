"""Read the ECB+ corpus (Cybulska and Vossen 2014): its articles as news text, with the gold
event mentions and their coreference clusters (used by :mod:`whatweknow.eval.ecbplus`).

ECB+ groups news articles by *topic* (a kind of seminal event) and, inside each topic, two
*sub-topics*: the ECB articles on one event and the ECB+ articles on another of the same kind.
:data:`DEV_TOPICS` are the dev topics of the split of Cybulska and Vossen 2015.

Texts
-----
The files hold tokens (CAT XML, as MEANTIME). Each article is written back as news text: its first
sentence is the headline (ECB+ files first give the page URL as sentence 0: it becomes the
article's ``url``, and its host its ``outlet``), a following sentence that is only a date
(``Friday August 2 , 2013 @ 8:13am PDT``) becomes its own paragraph and the article's
``published`` date, and the rest is one paragraph; tokens are joined with
:func:`~whatweknow.eval.cat.detokenize`. ECB articles carry no date and no outlet.

Gold events
-----------
The action mentions (``ACTION_*``, ``NEG_ACTION_*``) of the sentences the corpus marks as
annotated for coreference (``ECBplus_coreference_sentences.csv``), each in the cluster of its
``CROSS_DOC_COREF`` instance, else of its ``INTRA_DOC_COREF`` chain, else alone.
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .cat import detokenize

__all__ = [
    "DEV_TOPICS",
    "EcbDocument",
    "EventGold",
    "find_date",
    "load_corpus",
    "load_document",
]

DEV_TOPICS = (2, 5, 12, 18, 21, 23, 34, 35)


@dataclass(frozen=True)
class EventGold:
    m_id: str
    start: int
    end: int
    text: str
    cluster: str


@dataclass(frozen=True)
class EcbDocument:
    name: str  # 1_10ecbplus
    topic: int
    subtopic: str  # "1" or "1+" (the ECB+ half)
    text: str
    url: str | None
    outlet: str | None
    published: date | None
    events: tuple[EventGold, ...] = field(default=())


_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
_MONTHS |= {m[:3]: i for m, i in list(_MONTHS.items())}
_MONTHS["sept"] = 9
_DATE_MDY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})\s*,?\s+((?:19|20)\d\d)\b")
_DATE_DMY = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?\s*,?\s+((?:19|20)\d\d)\b")


def find_date(line: str) -> date | None:
    """A calendar date written in a short line (``Friday August 2 , 2013``, ``11 Nov 2011``)."""
    for pattern, order in ((_DATE_MDY, (0, 1)), (_DATE_DMY, (1, 0))):
        if m := pattern.search(line):
            month = _MONTHS.get(m.group(1 + order[0]).lower())
            try:
                return date(int(m.group(3)), month, int(m.group(1 + order[1]))) if month else None
            except ValueError:
                return None
    return None


def _selected(root: Path) -> dict[str, set[int]]:
    path = root / "ECBplus_coreference_sentences.csv"
    out: dict[str, set[int]] = defaultdict(set)
    if path.is_file():
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                out[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    return out


def load_document(path: Path, selected: set[int] | None = None) -> EcbDocument:
    root = ET.parse(path).getroot()
    name = path.stem
    topic = int(name.split("_", 1)[0])
    plus = name.endswith("ecbplus")
    sentences: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for el in root.findall("token"):
        sentences[int(el.get("sentence", "0"))].append((int(el.get("t_id", "0")), el.text or ""))
    order = sorted(sentences)
    url = None
    if plus and order and order[0] == 0:
        url = "".join(form for _, form in sentences[0])
        order = order[1:]
    published = None
    tokens: list[tuple[int, str]] = []
    breaks: list[str] = []
    for n, s in enumerate(order):
        line = " ".join(form for _, form in sentences[s])
        is_date = n == 1 and len(sentences[s]) <= 14 and (found := find_date(line)) is not None
        if is_date:
            published = found
        for i, tok in enumerate(sentences[s]):
            tokens.append(tok)
            breaks.append("" if i else ("\n\n" if n in (1, 2) and (n == 1 or published) else " "))
    text, spans, _ = detokenize([f for _, f in tokens], breaks)
    where = {t_id: span for (t_id, _), span in zip(tokens, spans, strict=True)}
    sentence_of = {t_id: s for s in order for t_id, _ in sentences[s]}
    events = _events(root, name, where, sentence_of, text, selected)
    outlet = re.sub(r"^www\d?\.", "", url.split("/")[2]) if url and url.count("/") >= 2 else None
    return EcbDocument(
        name, topic, f"{topic}{'+' if plus else ''}", text, url, outlet, published, events
    )


def _events(
    root: ET.Element,
    doc: str,
    where: Mapping[int, tuple[int, int]],
    sentence_of: Mapping[int, int],
    text: str,
    selected: set[int] | None,
) -> tuple[EventGold, ...]:
    markables = root.find("Markables")
    relations = root.find("Relations")
    anchored: dict[str, list[int]] = {}
    for el in markables if markables is not None else []:
        if el.tag.startswith(("ACTION", "NEG_ACTION")):
            ids = [int(a.get("t_id", "0")) for a in el.findall("token_anchor")]
            if ids:
                anchored[el.get("m_id", "")] = ids
    cluster: dict[str, str] = {}
    for rel in relations if relations is not None else []:
        target = rel.find("target")
        key = rel.get("note") if rel.tag == "CROSS_DOC_COREF" else None
        if key is None and target is not None:
            key = f"{doc}/{target.get('m_id')}"
        for src in rel.findall("source"):
            m = src.get("m_id", "")
            if m in anchored and key:
                cluster.setdefault(m, key)
    out = []
    for m_id, ids in anchored.items():
        ids = [i for i in ids if i in where]
        if not ids or (selected is not None and sentence_of.get(ids[0]) not in selected):
            continue
        start, end = min(where[i][0] for i in ids), max(where[i][1] for i in ids)
        out.append(EventGold(m_id, start, end, text[start:end], cluster.get(m_id, f"{doc}/{m_id}")))
    return tuple(sorted(out, key=lambda e: (e.start, e.end)))


def load_corpus(
    root: str | Path, topics: Sequence[int] | None = None, limit_topics: int | None = None
) -> list[EcbDocument]:
    """The documents of the ECB+ release folder (holding ``ECB+/`` and the CSV), in topic order."""
    base = Path(root)
    folder = base / "ECB+" if (base / "ECB+").is_dir() else base
    if not folder.is_dir():
        raise FileNotFoundError(f"no ECB+ folder at {root}")
    found = sorted(int(p.name) for p in folder.iterdir() if p.is_dir() and p.name.isdigit())
    chosen = [t for t in found if topics is None or t in topics][: limit_topics or None]
    selected = _selected(base)
    docs = []
    for t in chosen:
        for path in sorted((folder / str(t)).glob("*.xml"), key=lambda p: _order(p.stem)):
            docs.append(load_document(path, selected.get(path.stem)))
    if not docs:
        raise FileNotFoundError(f"no ECB+ documents under {folder} for topics {topics}")
    return docs


def _order(stem: str) -> tuple[int, bool, int]:
    topic, rest = stem.split("_", 1)
    return int(topic), rest.endswith("ecbplus"), int(re.sub(r"\D", "", rest) or 0)
