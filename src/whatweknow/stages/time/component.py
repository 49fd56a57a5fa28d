"""The ``wwk_time`` spaCy component: fills ``doc._.wwk_timexes`` with the contract's timexes."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from ...contract import Article, Timex
from .. import extensions  # noqa: F401  (registers the doc._ extensions)
from .._text import text_of
from . import ranges
from .calendar import Tense
from .normalise import TimexCandidate, resolve, scan, whole
from .readings import not_a_time
from .statements import bounded, local_day, restate
from .tense import tense_of

SKIPPED_BLOCKS = frozenset(
    {"byline", "source_line", "credit", "promo", "boilerplate", "url", "social", "comment"}
)
"""Layout blocks whose dates are not the story's: credits, "Reporting by …" lines, promotion,
copyright lines ("© 2024"), URLs, embedded posts and reader comments."""
NOT_YEARS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL", "PRODUCT"})
"""spaCy labels that make a four-digit number a quantity rather than a year."""


class TimeStage:
    """Regular-expression detection with TimeML extents, normalisation against the anchor (the
    dateline's day, a quoted statement's day: :mod:`.statements`)."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.wwk_timexes = self.timexes(doc)
        return doc

    def timexes(self, doc: Doc) -> list[Timex]:
        article: Article | None = doc._.wwk_article
        anchor: date | None = article.published if article is not None else None
        skipped = [
            (s.start_char, s.end_char)
            for s in doc.spans.get("wwk_blocks", [])
            if s.label_ in SKIPPED_BLOCKS
        ]
        cands = [c for c in scan(text_of(doc), anchor) if _plausible(doc, c)]
        for ent in doc.ents:  # spaCy's DATE and TIME entities that the patterns missed
            if ent.label_ in ("DATE", "TIME") and not any(
                c.start < ent.end_char and ent.start_char < c.end for c in cands
            ):
                extra = whole(text_of(doc), ent.start_char, ent.end_char, anchor)
                if extra is not None and not not_a_time(doc, extra):
                    cands.append(extra)
        cands = [c for c in cands if not any(a <= c.start < b for a, b in skipped)]

        def tense(c: TimexCandidate) -> Tense | None:
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            return tense_of(span) if span is not None else None

        published, anchor = anchor, local_day(doc, cands, anchor)
        days = bounded(resolve(cands, anchor, tense), cands, anchor, published)
        said = restate(doc, days, cands, tense)
        found = [
            Timex(
                text=text_of(doc)[r.start : r.end],
                type=r.type,
                value=r.value,
                start=r.start,
                end=r.end,
            )
            for r in said
        ]
        return ranges.apply(text_of(doc), found)


def _plausible(doc: Doc, c: TimexCandidate) -> bool:
    """A bare four-digit year that spaCy reads as a number ("1990 troops") is not a year; an age
    or a title is no time (:mod:`.readings`)."""
    if not_a_time(doc, c):
        return False
    if c.rule != "year" or not c.match.group("year")[:1].isdigit():
        return True
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return True
    tok = span[-1]
    if tok.ent_type_ == "DATE" or c.match.group("fiscal"):
        return True
    if tok.ent_type_ in NOT_YEARS:
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return not (nxt is not None and nxt.tag_ == "NNS" and tok.dep_ == "nummod")


@Language.factory(
    "wwk_time",
    requires=["doc.ents", "token.dep", "token.tag", "token.lemma"],
    assigns=["doc._.wwk_timexes"],
)
def make_time(nlp: Language, name: str) -> TimeStage:
    """Temporal expressions normalised to TIMEX3 values against ``article.published``."""
    return TimeStage()
