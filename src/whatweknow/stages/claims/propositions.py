"""The ``wwk_propositions`` component: each claim's proposition, and the article's denials paired.

Runs after ``wwk_claims``. Sets :attr:`~whatweknow.model.Claim.proposition` on every claim that
states one (:mod:`.proposition`); a claim that calls what it reports a lie ("suggestions that X
were an absolute lie") becomes a denial of X (modality ``denied``), by the source whose words
hold "were an absolute lie" when it has none of its own. Then pairs each denial with
the claim it denies (:mod:`.contradictions`) into ``doc._.wwk_contradictions``; first, a denial
told in a short sentence of its own ("The company denied this.") becomes a claim paired with the
claim of the sentence before it (:mod:`.answers`), and one set beside its sentence's claim ("…,
the port authority said, a claim the shipyard rejected") a claim paired with it (:mod:`.apposed`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...contract import Claim, Contradiction
from .. import extensions  # noqa: F401  (registers the doc._ extensions)
from ..attribution.frames import CALLING, Frame
from .answers import answers
from .apposed import apposed
from .contradictions import denials
from .proposition import mention_spans, propose


def propositions(doc: Doc) -> Doc:
    claims, answered = answers(doc, doc._.wwk_claims or [], doc._.wwk_actors or [])
    claims, beside = apposed(doc, claims, doc._.wwk_actors or [])
    answered += beside
    doc._.wwk_claims = claims
    mentions = mention_spans(doc._.wwk_actors or [])
    spans: dict[str, Span] = {}
    for claim in claims:
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        spans[claim.id] = span
        found = propose(span, mentions)
        if found is None or _called_so(span):
            continue
        claim.proposition = found.proposition
        if found.rejects and claim.modality != "denied":
            claim.modality = "denied"
            if claim.source is None and found.copula is not None:
                _denier(claim, doc._.wwk_frames or [], found.copula)
    pairs = denials([c for c in claims if c.id in spans], spans)
    paired = {x.b for x in pairs}
    for a in answered:
        if a.denial.id not in paired:  # "X denied this.": the claim of the sentence before
            pairs.append(
                Contradiction(
                    a=a.answered.id,
                    b=a.denial.id,
                    kind="denial",
                    about=f"{a.verb}: the sentence before",
                )
            )
    doc._.wwk_contradictions = pairs
    return doc


_NAME_GIVEN = frozenset({"oprd", "xcomp", "acomp", "attr"})


def _called_so(span: Span) -> bool:
    """Whether a claim is only what its source calls a thing ("the agreements “the most
    important step in a decade”" of "The mayor called the agreements …"): the object of a verb
    of calling outside the span, with the name it is given inside. A view of the thing, not a
    proposition that it happened: the event noun ("agreements") states nothing to deny."""
    head = span.root
    verb = head.head
    if head.dep_ != "dobj" or verb.i == head.i or span.start <= verb.i < span.end:
        return False
    if verb.lemma_.lower() not in CALLING:
        return False
    named = [
        c for c in verb.children if c.dep_ in _NAME_GIVEN or (c.dep_ == "prep" and c.lower_ == "as")
    ]
    return any(span.start <= c.i < span.end for c in named)


def _denier(claim: Claim, frames: list[Frame], at: int) -> None:
    """A denial read inside another's words ("the Kremlin said Western suggestions that X were a
    lie"): the source is the one whose attributed words hold the rejecting copula."""
    outer = next(
        (
            f
            for f in frames
            if f.source is not None and f.content[0] <= at < f.content[1] and f.speaker is not None
        ),
        None,
    )
    if outer is not None and outer.speaker is not None:
        claim.source, claim.source_text = outer.source, outer.speaker.text
        claim.via = list(outer.via_ids)


@Language.factory(
    "wwk_propositions",
    requires=[
        "doc._.wwk_claims",
        "doc._.wwk_actors",
        "doc._.wwk_frames",
        "token.dep",
        "token.lemma",
    ],
    assigns=["doc._.wwk_contradictions", "doc._.wwk_claims"],
)
def make_propositions(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Each claim's proposition, and the denials paired with what they deny."""
    return propositions
