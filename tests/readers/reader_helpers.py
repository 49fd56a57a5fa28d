"""Checks shared by the reader tests."""

from __future__ import annotations

from collections.abc import Iterable

from whatweknow.model import Article
from whatweknow.readers import RawDocument, ReadProblem

Result = RawDocument | ReadProblem


def check_offsets(article: Article) -> None:
    """Every block and caption indexes ``article.text``: in range, trimmed, in order."""
    text = article.text
    end = 0
    for block in article.blocks:
        assert end <= block.start < block.end <= len(text), block
        piece = text[block.start : block.end]
        assert piece == piece.strip(), block
        end = block.end
    for caption in article.captions:
        assert 0 <= caption.start < caption.end <= len(text), caption
        assert text[caption.start : caption.end] == caption.text


def docs_of(results: Iterable[Result]) -> list[RawDocument]:
    return [r for r in results if isinstance(r, RawDocument)]


def problems_of(results: Iterable[Result]) -> list[ReadProblem]:
    return [r for r in results if isinstance(r, ReadProblem)]


def code(result: object) -> str:
    """The message code of a problem (``W003``), for asserting without the wording."""
    assert isinstance(result, ReadProblem), result
    return result.problem.split(":", 1)[0]
