"""Plain-text news layout: title, standfirst, byline, dateline, captions, subheadings, source lines.

(being written — interface fixed)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..model import Article, Block, Caption, article_id


@dataclass
class Layout:
    title: str | None = None
    standfirst: str | None = None
    byline: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    dateline: str | None = None
    published: date | None = None
    blocks: list[Block] = field(default_factory=list)


def parse_layout(text: str, *, title: str | None = None, subheadings: frozenset[int] = frozenset()) -> Layout:
    """Find the layout of ``text``. ``title``: a title known from metadata (then the first line is
    the title block only if it matches). ``subheadings``: start offsets of paragraphs that the
    source format marks as headings (HTML ``<h2>``), taken as subheadings whatever their form."""
    raise NotImplementedError


def build_article(
    text: str,
    layout: Layout,
    *,
    fmt: str,
    url: str | None = None,
    outlet: str | None = None,
    published: date | None = None,
    title: str | None = None,
    byline: list[str] | None = None,
    lang: str | None = None,
) -> Article:
    """An :class:`Article` from text, its layout and metadata; metadata given here wins over what
    the layout found (``published`` given by the user wins over both)."""
    raise NotImplementedError
