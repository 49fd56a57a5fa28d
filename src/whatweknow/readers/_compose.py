"""An article from the blocks of a marked-up page (HTML, a feed entry).

The reader builds ``article.text`` itself: the title line, a blank line, then each paragraph,
heading and caption as its own block, separated by blank lines. Headings and captions are known
from the markup, so they are passed on (headings as ``subheadings`` to the layout parser;
captions set on the article afterwards) rather than guessed from the shape of the lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from ..contract import Article, ArticleFormat, Caption
from . import layout

_HEADLINE_WITHIN = 3  # the headline is looked for among the first pieces only
PieceKind = Literal["heading", "paragraph", "caption"]


@dataclass(frozen=True)
class Piece:
    kind: PieceKind
    text: str


def squash(text: str) -> str:
    """Whitespace runs to single spaces, trimmed: markup whitespace carries no meaning."""
    return " ".join(text.split())


def split_names(value: str | None) -> list[str]:
    """Author metadata to a list of names: ``"A; B"``, ``"A and B"``."""
    if not value:
        return []
    value = _EMAIL_NAME.sub(r"\1", value)  # RSS: "desk@example.org (Jane Doe)"
    value = _EMAIL.sub("", value)
    return [squash(n) for n in re.split(r";|\s+and\s+", value) if squash(n)]


# An address starts where a run of its characters starts, taken whole (possessive): a long run
# of dots or digits with no "@" costs one pass, not one per character.
_EMAIL_NAME = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++\s*+\(([^()]+)\)")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++")


def compose_article(
    title: str | None,
    pieces: list[Piece],
    *,
    fmt: ArticleFormat,
    url: str | None = None,
    outlet: str | None = None,
    published: date | None = None,
    byline: list[str] | None = None,
) -> Article | None:
    """The article made of ``pieces`` under ``title``; ``None`` when there is no body text."""
    title = squash(title) if title else None
    pieces = [p for p in pieces if p.text]
    if title is None and pieces and pieces[0].kind == "heading":
        title = pieces[0].text
    pieces = _drop_headline(pieces, title)
    if not any(p.kind == "paragraph" for p in pieces):
        return None
    text, starts = _join([title, *(p.text for p in pieces)] if title else [p.text for p in pieces])
    offsets = starts[1:] if title else starts
    headings = frozenset(o for o, p in zip(offsets, pieces, strict=True) if p.kind == "heading")
    found = layout.parse_layout(text, title=title, subheadings=headings)
    article = layout.build_article(
        text,
        found,
        fmt=fmt,
        url=url,
        outlet=outlet,
        published=published,
        title=title,
        byline=byline,
    )
    captions = [
        (o, o + len(p.text)) for o, p in zip(offsets, pieces, strict=True) if p.kind == "caption"
    ]
    return _mark_captions(article, captions)


def _drop_headline(pieces: list[Piece], title: str | None) -> list[Piece]:
    """The page's own headline repeats the title: drop it, and any kicker above it."""
    for i, piece in enumerate(pieces[:_HEADLINE_WITHIN]):
        if piece.kind == "heading" and title and layout.same_title(piece.text, title):
            return pieces[i + 1 :]  # "Dace's" in <title>, "Dace&rsquo;s" in <h1>: the same
    return pieces


def _join(parts: list[str]) -> tuple[str, list[int]]:
    starts: list[int] = []
    pos = 0
    for part in parts:
        starts.append(pos)
        pos += len(part) + 2
    return "\n\n".join(parts), starts


def _mark_captions(article: Article, spans: list[tuple[int, int]]) -> Article:
    """Captions known from the markup (``<figcaption>``) that the layout did not find itself."""
    for start, end in spans:
        if any(c.start <= start < c.end for c in article.captions):
            continue
        article.captions.append(Caption(start=start, end=end, text=article.text[start:end]))
        for block in article.blocks:
            if block.start == start:
                if block.kind == "subheading" and article.text[start:end] in article.sections:
                    article.sections.remove(article.text[start:end])
                block.kind = "caption"
    article.captions.sort(key=lambda c: c.start)
    return article
