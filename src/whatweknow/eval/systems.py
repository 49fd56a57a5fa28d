"""whatweknow's stages wrapped as predictors for the evaluations (text in, spans out), and the
textacy anchor of the PolNeAR evaluation (:class:`TextacyQuotes`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..analyse import Analyser
from ..contract import Actor, Claim, Dossier
from ..readers.base import RawDocument
from ..readers.layout import build_article, parse_layout
from .brat import PredictedAttribution
from .brat import Span as BratSpan

Spans = list[tuple[int, int, str]]
COARSE = {"person": "PER", "organisation": "ORG", "state": "LOC", "place": "LOC"}
_LOWER_OK = frozenset({"of", "the", "and", "for", "de", "on", "in", "al", "bin"})


def dossiers(texts: list[str], analyser: Analyser) -> list[Dossier]:
    """Dossiers of bare texts, read as plain-text news (first line the headline)."""
    docs = [
        RawDocument(f"text#{i}", "text", t.encode(), build_article(t, parse_layout(t), fmt="text"))
        for i, t in enumerate(texts)
    ]
    out = [item[1] for item in analyser.analyse(docs) if isinstance(item, tuple)]
    if len(out) != len(texts):
        raise RuntimeError("the pipeline failed on some evaluation texts")
    return out


def _is_name(text: str) -> bool:
    words = text.split()
    return bool(words) and all(
        w[:1].isupper() or w in _LOWER_OK or not w[:1].isalpha() for w in words
    )


def name_mentions(actor: Actor) -> Spans:
    """The actor's mentions that are names (not titles like "the Chinese president"), typed."""
    coarse = COARSE.get(actor.type)
    if coarse is None:
        return []
    return [(m.start, m.end, coarse) for m in actor.mentions if _is_name(m.text)]


def actors_predictor(model: str | None = None) -> Callable[[list[str]], list[Spans]]:
    analyser = Analyser(model=model)

    def predict(texts: list[str]) -> list[Spans]:
        return [
            [span for actor in d.actors for span in name_mentions(actor)]
            for d in dossiers(texts, analyser)
        ]

    return predict


# --------------------------------------------------------------------------------------------
# attributions and claims (PolNeAR, MEANTIME factuality)

NEAR = 300
"""How far (characters) from the content a speaker or cue mention is looked for."""


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, a[0] - b[1], b[0] - a[1])


_MARKS = re.compile('["“”]')


def _quoted(text: str, content: tuple[int, int], at: int) -> bool:
    """Whether offset ``at`` inside a content span that opens a quotation is inside its marks:
    a quote split by its attribution (“…,” she said. “…”) holds the attribution outside them.
    Content that does not open with a mark is taken as all inside."""
    start = content[0]
    if start < len(text) and _MARKS.match(text, start):
        first = start
    elif start > 0 and _MARKS.match(text, start - 1):
        first = start - 1
    else:
        return True
    return len(_MARKS.findall(text, first, at)) % 2 == 1


def _nearest(
    candidates: list[tuple[int, int]],
    content: tuple[int, int],
    text: str | None = None,
    anchor: tuple[int, int] | None = None,
) -> BratSpan | None:
    """The candidate nearest the content within :data:`NEAR` characters, one outside the
    content (or outside the quotation marks of a split quote, given the ``text``) preferred,
    then the nearer to ``anchor`` (the cue, when found; else the content), then the earlier."""
    near_to = anchor if anchor is not None else content

    def key(c: tuple[int, int]) -> tuple[bool, int, int]:
        inside = c[0] < content[1] and content[0] < c[1]
        if inside and text is not None and not _quoted(text, content, c[0]):
            inside = False
        return (inside, _distance(c, near_to), c[0])

    near = [c for c in candidates if _distance(c, content) <= NEAR]
    if not near:
        return None
    best = min(near, key=key)
    return BratSpan(best[0], best[1])


def locate(
    text: str,
    needle: str | None,
    content: tuple[int, int],
    anchor: tuple[int, int] | None = None,
) -> BratSpan | None:
    """The occurrence of ``needle`` (whole words; case-insensitive if no exact-case one) nearest
    the content span, or the ``anchor`` given (see :func:`_nearest`), or None."""
    if not needle or not needle.strip():
        return None
    pattern = r"(?<!\w)" + re.escape(needle.strip()) + r"(?!\w)"
    for flags in (0, re.IGNORECASE):
        spans = [m.span() for m in re.finditer(pattern, text, flags)]
        found = _nearest(spans, content, text, anchor)
        if found is not None:
            return found
    return None


def _mention_span(
    d: Dossier,
    actor_id: str | None,
    content: tuple[int, int],
    anchor: tuple[int, int] | None = None,
) -> BratSpan | None:
    actor = next((a for a in d.actors if a.id == actor_id), None) if actor_id else None
    if actor is None:
        return None
    return _nearest([(m.start, m.end) for m in actor.mentions], content, anchor=anchor)


def _source_span(
    d: Dossier,
    texts: list[str | None],
    actor_id: str | None,
    content: tuple[int, int],
    anchor: tuple[int, int] | None = None,
) -> BratSpan | None:
    for t in texts:
        if (found := locate(d.article.text, t, content, anchor)) is not None:
            return found
    return _mention_span(d, actor_id, content, anchor)


_OPEN_MARKS = "\"“‘'"
_CLOSE_MARKS = "\"”’'"


def polnear_extent(text: str, start: int, end: int) -> tuple[int, int]:
    """PolNeAR's content extents, from a dossier's: annotators include the complementiser
    ("that the ships left") and the quotation marks with the punctuation inside them
    ("“We are ready.”"), which the dossier leaves out of what was said."""
    s, e = start, end
    while e < len(text) and text[e] in ".,!?;" and e - end < 2:
        e += 1
    if s > 0 and text[s - 1] in _OPEN_MARKS:
        s -= 1
        if e < len(text) and text[e] in _CLOSE_MARKS:
            e += 1
    elif e > end and not (e < len(text) and text[e] in _CLOSE_MARKS):
        e = end  # punctuation outside a quotation is not part of the content
    elif e < len(text) and text[e] in _CLOSE_MARKS:
        e += 1
    before = text[max(0, s - 5) : s]
    if before.lower() == "that ":
        s -= 5
    return s, e


def dossier_attributions(d: Dossier) -> list[PredictedAttribution]:
    """A dossier's attributions, for scoring against PolNeAR (contents widened to PolNeAR's
    extents by :func:`polnear_extent`).

    * One per quote: content = the quote's span; cue = the quote's ``cue`` found in the text
      nearest the content (whole words, within :data:`NEAR` characters, outside the content
      preferred, the attribution between the parts of a split quote counting as outside);
      source = the quote's ``speaker_text`` found the same way but nearest the cue once the cue
      is found, else the source text of a claim made from the quote, else the mention of the
      speaker actor nearest it; ``direct`` for a direct quote, with the speaker (actor id or
      speaker text) as ``speaker``.
    * One per claim with a source that comes from no quote (``claim.quote`` unset and no quote
      overlapping it): content = the claim's span; source = ``source_text`` found nearest the
      claim, else the source actor's mention nearest it; no cue (claims carry none), so such an
      attribution can match gold content and source but never a whole gold attribution.
    * Claims of the outlet's own (no source, no quote) are not attributions.
    """
    text = d.article.text
    by_quote: dict[str, list[Claim]] = {}
    for c in d.claims:
        if c.quote:
            by_quote.setdefault(c.quote, []).append(c)
    out: list[PredictedAttribution] = []
    for q in d.quotes:
        content = polnear_extent(text, q.start, q.end)
        claims = by_quote.get(q.id, [])
        cue = locate(text, q.cue, content)
        source = _source_span(
            d,
            [q.speaker_text, *(c.source_text for c in claims)],
            q.speaker,
            content,
            (cue.start, cue.end) if cue is not None else None,
        )
        out.append(
            PredictedAttribution(
                content=BratSpan(*content),
                cue=cue,
                source=source,
                direct=q.kind == "direct",
                speaker=q.speaker or q.speaker_text or None,
            )
        )
    for c in d.claims:
        if c.source is None and not c.source_text:
            continue
        if c.quote or any(q.start < c.end and c.start < q.end for q in d.quotes):
            continue
        content = polnear_extent(text, c.start, c.end)
        out.append(
            PredictedAttribution(
                content=BratSpan(*content),
                source=_source_span(d, [c.source_text], c.source, content),
                speaker=c.source or c.source_text,
            )
        )
    return out


def attributions_predictor(
    model: str | None = None,
) -> Callable[[list[str]], list[list[PredictedAttribution]]]:
    """Texts → whatweknow's attributions per text (:func:`dossier_attributions`)."""
    analyser = Analyser(model=model)

    def predict(texts: list[str]) -> list[list[PredictedAttribution]]:
        return [dossier_attributions(d) for d in dossiers(texts, analyser)]

    return predict


def claims_predictor(model: str | None = None) -> Callable[[list[str]], list[list[Claim]]]:
    """Texts → the claims of whatweknow's dossier of each text."""
    analyser = Analyser(model=model)

    def predict(texts: list[str]) -> list[list[Claim]]:
        return [list(d.claims) for d in dossiers(texts, analyser)]

    return predict


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


class TextacyQuotes:
    """The PolNeAR anchor: textacy's ``direct_quotations`` on each text, paragraph by paragraph
    where it refuses the whole text (see :mod:`whatweknow.eval.polnear`)."""

    def __init__(self, nlp: Any, batch_size: int = 16) -> None:
        self.nlp = nlp
        self.batch_size = batch_size
        self.notes: list[str] = []

    @staticmethod
    def _triples(doc: Any, offset: int) -> list[PredictedAttribution]:
        from textacy.extract.triples import direct_quotations

        def chars(tokens: Any) -> BratSpan:
            return BratSpan(tokens[0].idx + offset, tokens[-1].idx + len(tokens[-1]) + offset)

        out: list[PredictedAttribution] = []
        for speaker, cue, content in direct_quotations(doc):
            out.append(
                PredictedAttribution(
                    content=chars(content),
                    cue=chars(cue),
                    source=chars(speaker),
                    direct=True,
                    speaker=" ".join(t.text for t in speaker),
                )
            )
        return out

    def __call__(self, texts: list[str]) -> list[list[PredictedAttribution]]:
        out: list[list[PredictedAttribution]] = []
        whole = parts = refused = 0
        for doc in self.nlp.pipe(texts, batch_size=self.batch_size):
            try:
                out.append(self._triples(doc, 0))
                whole += 1
                continue
            except ValueError:
                parts += 1
            found: list[PredictedAttribution] = []
            start = 0
            for brk in [*_PARAGRAPH_BREAK.finditer(doc.text), None]:
                end = brk.start() if brk else len(doc.text)
                par = doc.char_span(start, end, alignment_mode="expand") if end > start else None
                start = brk.end() if brk else end
                if par is None or not len(par):
                    continue
                try:
                    found.extend(self._triples(par.as_doc(), par.start_char))
                except ValueError:
                    refused += 1
            out.append(found)
        self.notes = [
            f"{whole} texts read whole; {parts} with unbalanced quotation marks read paragraph"
            f" by paragraph ({refused} paragraphs refused)"
        ]
        return out
