"""Checks shared by the reliability tests: a dossier's records slice its text exactly."""

from __future__ import annotations

from whatweknow.model import Article, Dossier


def check_dossier(d: Dossier) -> None:
    """Every span of the dossier is in range of ``article.text`` and, where it carries its own
    text, slices the article's text to exactly that."""
    text = d.article.text
    n = len(text)
    spans: list[tuple[int, int, str | None]] = []
    spans += [(b.start, b.end, None) for b in d.article.blocks]
    spans += [(c.start, c.end, c.text) for c in d.article.captions]
    for actor in d.actors:
        spans += [(m.start, m.end, m.text) for m in actor.mentions]
    spans += [(q.start, q.end, q.text) for q in d.quotes]
    spans += [(c.start, c.end, c.text) for c in d.claims]
    spans += [(e.start, e.end, None) for e in d.events]
    spans += [(t.start, t.end, t.text) for t in d.timexes]
    for start, end, own in spans:
        assert 0 <= start <= end <= n, (start, end, n)
        if own is not None:
            assert text[start:end] == own, (start, end, own)
    Dossier.model_validate_json(d.to_json())


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
