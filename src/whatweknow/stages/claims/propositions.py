"""The ``wwk_propositions`` component: each claim's proposition, and the article's denials paired.

Runs after ``wwk_claims``. Sets :attr:`~whatweknow.model.Claim.proposition` on every claim that
states one (:mod:`.proposition`); a claim that calls what it reports a lie ("suggestions that X
were an absolute lie") becomes a denial of X (modality ``denied``). Then pairs each denial with
the claim it denies (:mod:`.contradictions`) into ``doc._.wwk_contradictions``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...model import Claim
from .contradictions import denials
from .proposition import mention_spans, propose


def propositions(doc: Doc) -> Doc:
    claims: list[Claim] = doc._.wwk_claims or []
    mentions = mention_spans(doc._.wwk_actors or [])
    spans: dict[str, Span] = {}
    for claim in claims:
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        spans[claim.id] = span
        found = propose(span, mentions)
        if found is None:
            continue
        claim.proposition = found.proposition
        if found.rejects and claim.modality != "denied":
            claim.modality = "denied"
    doc._.wwk_contradictions = denials([c for c in claims if c.id in spans], spans)
    return doc


@Language.component(
    "wwk_propositions",
    requires=["doc._.wwk_claims", "doc._.wwk_actors"],
    assigns=["doc._.wwk_contradictions"],
)
def wwk_propositions(doc: Doc) -> Doc:
    return propositions(doc)
