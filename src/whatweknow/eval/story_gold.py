"""The gold labels of the real dev stories (``eval/gold/stories/*.json``) and their spans.

A gold file labels one folder of ``data/stories`` (an ``articles.jsonl`` of story articles and
distractors) by article *name* and character offsets into that article's ``text``; it never holds
the texts. Each span carries ``hash``, the first 8 hex digits of the SHA-1 of the characters it
covers, and ``articles`` records each article's length, hash and gold story, so that
:func:`check_texts` can tell when the data no longer matches the labels.

Sections (judgement labels, one reader's; ``scripts/build_story_gold.py`` builds the quotes from
the folder's NOTES.md and re-hashes everything):

* ``quotes``: direct quotes (the content, without the quotation marks), each with the speaker's
  canonical name and the names that count as right (``aliases``, the canonical one included);
* ``disputes``: real denials and conflicts between sources, side ``a`` and side ``b`` each a list
  of acceptable spans (in one or several articles), and their ``kind``;
* ``not_disputes``: pairs that must not be paired (updates over time, wording variants);
* ``denials``: spans that deny something;
* ``non_statements``: spans of the body that state nothing (captions, credits, datelines,
  embedded-post chrome, labels), with their ``kind``;
* ``facts``: the key facts of the story, each with the spans that state it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GOLD_DIR = Path(__file__).parent / "gold" / "stories"


@dataclass(frozen=True)
class Span:
    """Characters ``[start, end)`` of the article named ``article``."""

    article: str
    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.article == other.article and self.start < other.end and other.start < self.end

    def share_in(self, other: Span) -> float:
        """The fraction of this span's characters that lie in ``other``."""
        if self.article != other.article or self.end <= self.start:
            return 0.0
        inside = min(self.end, other.end) - max(self.start, other.start)
        return max(inside, 0) / (self.end - self.start)


@dataclass(frozen=True)
class GoldQuote:
    span: Span
    speaker: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class GoldPair:
    id: str
    kind: str
    a: tuple[Span, ...]
    b: tuple[Span, ...]


@dataclass(frozen=True)
class GoldFact:
    id: int
    spans: tuple[Span, ...]


@dataclass
class StoryGold:
    story: str
    articles: dict[str, dict[str, Any]]
    quotes: list[GoldQuote] = field(default_factory=list)
    disputes: list[GoldPair] = field(default_factory=list)
    not_disputes: list[GoldPair] = field(default_factory=list)
    denials: list[Span] = field(default_factory=list)
    non_statements: list[Span] = field(default_factory=list)
    facts: list[GoldFact] = field(default_factory=list)
    hashes: dict[Span, str] = field(default_factory=dict)

    def labels(self) -> dict[str, str]:
        """Article name -> its gold story."""
        return {name: str(a["story"]) for name, a in self.articles.items()}


def short_hash(text: str) -> str:
    """The first 8 hex digits of the SHA-1 of ``text`` (UTF-8)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def _span(value: dict[str, Any], hashes: dict[Span, str]) -> Span:
    s = Span(str(value["article"]), int(value["start"]), int(value["end"]))
    if "hash" in value:
        hashes[s] = str(value["hash"])
    return s


def _pair(value: dict[str, Any], hashes: dict[Span, str]) -> GoldPair:
    return GoldPair(
        id=str(value["id"]),
        kind=str(value.get("kind") or value.get("why") or ""),
        a=tuple(_span(v, hashes) for v in value["a"]),
        b=tuple(_span(v, hashes) for v in value["b"]),
    )


def parse_gold(data: dict[str, Any]) -> StoryGold:
    """A :class:`StoryGold` from the JSON of a gold file."""
    h: dict[Span, str] = {}
    return StoryGold(
        story=str(data["story"]),
        articles=dict(data.get("articles", {})),
        quotes=[
            GoldQuote(_span(q, h), str(q["speaker"]), tuple(q.get("aliases", [q["speaker"]])))
            for q in data.get("quotes", [])
        ],
        disputes=[_pair(p, h) for p in data.get("disputes", [])],
        not_disputes=[_pair(p, h) for p in data.get("not_disputes", [])],
        denials=[_span(s, h) for s in data.get("denials", [])],
        non_statements=[_span(s, h) for s in data.get("non_statements", [])],
        facts=[
            GoldFact(int(f["id"]), tuple(_span(s, h) for s in f["spans"]))
            for f in data.get("facts", [])
        ],
        hashes=h,
    )


def load_gold(path: Path) -> StoryGold:
    return parse_gold(json.loads(path.read_text(encoding="utf-8")))


def gold_path(folder_name: str) -> Path:
    """The gold file of a folder of ``data/stories`` (it may not exist)."""
    return GOLD_DIR / f"{folder_name}.json"


def check_texts(gold: StoryGold, texts: dict[str, str]) -> list[str]:
    """What does not match between ``gold`` and the articles' texts (name -> text): a missing or
    changed article, a span outside its text or whose characters changed. Empty: all match."""
    problems = []
    for name, meta in gold.articles.items():
        text = texts.get(name)
        if text is None:
            problems.append(f"{gold.story}/{name}: no such article")
        elif len(text) != meta.get("length") or short_hash(text) != meta.get("hash"):
            problems.append(f"{gold.story}/{name}: the text changed since the labels were made")
    for span, expected in gold.hashes.items():
        text = texts.get(span.article)
        if text is None:
            continue
        if not 0 <= span.start < span.end <= len(text):
            problems.append(f"{gold.story}/{span.article} [{span.start}, {span.end}): outside")
        elif short_hash(text[span.start : span.end]) != expected:
            problems.append(f"{gold.story}/{span.article} [{span.start}, {span.end}): changed")
    return problems
