"""whatweknow's spaCy components: the layout stage, and an import of every stage's module, so
that importing this one registers them all (``spacy.load`` finds each alone through the
``spacy_factories`` entry points of pyproject.toml).

Each stage is ``Doc -> Doc``, pure (no I/O), and declares what it requires and assigns, so that
``nlp.analyze_pipes`` can check the order. Stages read the article they belong to from
``doc._.wwk_article`` (set by the analyser before the pipeline runs; optional) and write their
records to ``doc._`` extensions (:mod:`whatweknow.stages.extensions`, registered when a stage's
module is imported) that :mod:`whatweknow.dossier` turns into the contract.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..contract import CLAIM_BEARING, Article
from ..stages import extensions
from ..stages.actors import component as _actors  # noqa: F401  (registers wwk_actors)
from ..stages.attribution import component as _attribution  # noqa: F401  (wwk_attribution)
from ..stages.claims import component as _claims  # noqa: F401  (wwk_claims)
from ..stages.claims import propositions as _propositions  # noqa: F401  (wwk_propositions)
from ..stages.events import component as _events  # noqa: F401  (wwk_events)
from ..stages.time import component as _time  # noqa: F401  (registers wwk_time)

BLOCKS_KEY = "wwk_blocks"


def register_extensions() -> None:
    """Doc extensions shared by the stages (idempotent; :mod:`whatweknow.stages.extensions`
    registers them when imported, as every component module does)."""
    extensions.register()


@Language.factory(
    "wwk_layout",
    assigns=["doc.spans", "token.is_sent_start"],
)
def make_layout(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The article's layout as spans and sentence starts (:func:`wwk_layout`)."""
    return wwk_layout


def wwk_layout(doc: Doc) -> Doc:
    """The article's layout blocks as labelled spans in ``doc.spans["wwk_blocks"]``, and a
    sentence start at each block, so that the parser (which runs after this stage and respects
    preset boundaries) never joins a headline, a caption or a subheading to the next paragraph.

    Later stages read statements only from claim-bearing blocks (standfirst, lead-ins,
    paragraphs: :data:`~whatweknow.contract.CLAIM_BEARING`) and skip labels (title, subheadings),
    captions and other furniture (bylines, datelines, credits, source lines, promotion, …).
    """
    article: Article | None = doc._.wwk_article
    spans: list[Span] = []
    if article is not None:
        for block in article.blocks:
            span = doc.char_span(block.start, block.end, label=block.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
    starts = {span.start for span in spans}
    for tok in doc:  # a blank line ends a sentence, with or without a layout
        if tok.is_space and "\n\n" in tok.text.replace("\r", "") and tok.i + 1 < len(doc):
            starts.add(tok.i + 1)
    starts |= _long_run_breaks(doc, starts)
    for i in starts:
        doc[i].is_sent_start = True
        # spaCy's parser, given a preset start, may also start a sentence at the next token;
        # forbidding that keeps "Tehran and Moscow rejected …" one sentence.
        if i + 1 < len(doc) and i + 1 not in starts:
            doc[i + 1].is_sent_start = False
    doc.spans[BLOCKS_KEY] = spans
    return doc


MAX_SENTENCE_TOKENS = 200
"""A stretch of more tokens than this with no sentence start and no ``.``, ``!`` or ``?`` (a
hostile input: one 100,000-character sentence) gets a sentence start every this many tokens, so
that the stages, whose work grows faster than linearly with a sentence's length, stay bounded."""


def _long_run_breaks(doc: Doc, starts: set[int]) -> set[int]:
    extra: set[int] = set()
    run = 0
    for tok in doc:
        if tok.i in starts:
            run = 0
        elif run >= MAX_SENTENCE_TOKENS and not tok.is_space:
            extra.add(tok.i)
            run = 0
        run += 1
        if tok.text in (".", "!", "?"):
            run = 0
    return extra


def claim_bearing(doc: Doc) -> list[Span]:
    """The blocks of ``doc`` that carry statements of the story (all of it when no layout)."""
    blocks = doc.spans.get(BLOCKS_KEY)
    if not blocks:
        return [doc[:]]
    return [s for s in blocks if s.label_ in CLAIM_BEARING]
