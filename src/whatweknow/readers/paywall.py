"""Fetched pages that are no article: a paywall's teaser, or a page built by scripts (W058).

The HTML reader's :attr:`~.base.Reader.check_page`: a page whose body text has fewer than
:data:`MIN_PAGE_LETTERS` letters, or that marks itself as paywalled (``data/paywall.tsv``) with
less than :data:`MAX_TEASER_LETTERS`, is refused with the reason.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from ..contract import CLAIM_BEARING, Article
from ..errors import W

MIN_PAGE_LETTERS = 200
"""A fetched page whose body text has fewer letters is a paywall or a page built by scripts."""
MAX_TEASER_LETTERS = 1500
"""A page that marks itself as paywalled (``readers/data/paywall.tsv``) with less body text
than this is taken for the teaser above the paywall."""


@cache
def _paywall_markers() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``readers/data/paywall.tsv``: a name, then a pattern found in paywalled pages' markup."""
    text = resources.files(__package__).joinpath("data/paywall.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return tuple((name, re.compile(pattern, re.I)) for name, pattern in rows)


def thin_page(page: bytes, article: Article | None) -> str | None:
    """Why a fetched HTML page is taken for a paywall or a script-built page (W058's
    message), or None. ``article``: what the HTML reader made of it (None: no text)."""
    letters = 0 if article is None else _body_letters(article)
    marker = None
    if letters < MAX_TEASER_LETTERS:
        head = page[:500_000].decode("utf-8", errors="replace")
        marker = next((name for name, pattern in _paywall_markers() if pattern.search(head)), None)
    if letters < MIN_PAGE_LETTERS or marker is not None:
        return W.PAYWALLED.format(letters=letters, marker=f"; marked {marker}" if marker else "")
    return None


def _body_letters(article: Article) -> int:
    return sum(
        ch.isalpha()
        for block in article.blocks
        if block.kind in CLAIM_BEARING
        for ch in article.text[block.start : block.end]
    )
