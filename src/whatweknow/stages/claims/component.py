"""The ``wwk_claims`` component: every statement of the article, with its source and certainty.

Each sentence of a claim-bearing block (body text: standfirst, lead-in, paragraph; never a
headline, subheading, caption or other furniture, see :data:`~whatweknow.model.CLAIM_BEARING`)
gives claims:

- the content of each attribution frame whose cue is in it (sentence by sentence when a quote
  runs over several), with the frame's source, intermediaries (``via``) and quote;
- otherwise, the sentence itself, as the outlet's own claim (``source`` null).

A frame that only carries another ("A told Reuters that diplomats say X") gives no claim of its
own: its content is the inner frame's. Modality, hedges and negation come from
:mod:`.modality`; propositions and denial pairs are the next stage's (:mod:`.propositions`).

Claims are clauses (:mod:`.clauses`): a sentence whose attribution is embedded in it ("Iran will
host the talks – a meeting diplomats say could revive the deal") also states its main clause
as a claim of its own; attributed content without its subject ("could revive the deal") takes
the noun it is said of ("a meeting diplomats say could revive the deal"), or gives no claim.
A frame with coordinated speakers ("Tehran and Riyadh denied …") gives one claim per speaker,
on the same span.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...model import CLAIM_BEARING, Claim
from .. import extensions  # noqa: F401  (registers the doc._ extensions)
from .._text import text_of
from ..attribution.frames import Frame
from .clauses import main_clause, said_of
from .modality import Hedges, assess, load_hedges


def claim_regions(doc: Doc) -> list[tuple[int, int]]:
    """Where statements are: the body text (claim-bearing blocks: paragraphs, lead-ins, the
    standfirst); never a title, a subheading, a caption, a credit or other page furniture."""
    blocks = doc.spans.get("wwk_blocks")
    if not blocks:
        return [(0, len(text_of(doc)))]
    return sorted((s.start_char, s.end_char) for s in blocks if s.label_ in CLAIM_BEARING)


def claim_sentences(doc: Doc) -> list[Span]:
    regions = claim_regions(doc)
    out = []
    for sent in doc.sents:
        text = sent.text.strip()
        if not text or not any(ch.isalpha() for ch in text):
            continue
        for a, b in regions:
            lo, hi = max(a, sent.start_char), min(b, sent.end_char)
            if lo < hi and text_of(doc)[lo:hi].strip():
                part = doc.char_span(lo, hi, alignment_mode="contract")
                if part is not None and len(part):
                    out.append(part)
    return out


def _clip(doc: Doc, start: int, end: int) -> Span | None:
    """The span of [start, end) trimmed of spaces and edge punctuation, on token bounds."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    i, j = span.start, span.end
    while i < j and (doc[i].is_space or (doc[i].is_punct and doc[i].text not in ("(", "$"))):
        i += 1
    while j > i and (
        doc[j - 1].is_space
        or (doc[j - 1].is_punct and doc[j - 1].text not in ("?", "!", ".", ")", "%"))
    ):
        j -= 1
    if j <= i:
        return None
    text = doc[i:j].text
    if (
        (text.count('"') % 2 or text.count("“") > text.count("”"))
        and j < len(doc)
        and doc[j].text in ('"', "”")
    ):
        j += 1  # keep the closing mark of a quotation the claim opens
    return doc[i:j]


_CLOSING = '”"'
_OPENING = '“"'


def _touches(span: Span, frame: Frame) -> bool:
    """Whether a span holds a frame's cue or overlaps its content."""
    a, b = frame.content
    cue_in = len(frame.cue) > 0 and span.start_char <= frame.cue.start_char < span.end_char
    return cue_in or (a < span.end_char and span.start_char < b)


def _before_tag(doc: Doc, frame: Frame, lo: int, hi: int) -> int:
    """The end of a quote's sentence before the attribution tag that ends it: in “The port is
    closed,” she said. “…” the first sentence's claim ends at the closing mark, not after "she
    said" (a tag inside the sentence, “The port,” she said, “is closed.”, stays)."""
    if frame.quote is None or frame.kind != "direct":
        return hi
    text = text_of(doc)
    start = lo
    while start < hi and (text[start].isspace() or text[start] in _OPENING):
        start += 1
    inside, last_close = True, -1
    for i in range(start, hi):
        ch = text[i]
        if inside and ch in _CLOSING:
            inside, last_close = False, i
        elif not inside and ch in _OPENING:
            inside = True
    if inside or last_close < 0 or not any(ch.isalpha() for ch in text[last_close:hi]):
        return hi
    return last_close


def _per_source(
    pieces: list[tuple[Span, Frame | None]],
) -> list[tuple[Span, Frame | None, str | None, str | None]]:
    """Each piece with its source (actor id, text): one per coordinated speaker of its frame
    ("Tehran and Riyadh denied it": the same span, once for each)."""
    out: list[tuple[Span, Frame | None, str | None, str | None]] = []
    for span, frame in pieces:
        if frame is None:
            out.append((span, None, None, None))
            continue
        speaker = frame.speaker.text if frame.speaker is not None else None
        out.append((span, frame, frame.source, speaker))
        out.extend((span, frame, actor, text) for actor, text in frame.also_sources)
    return out


class ClaimsStage:
    def __init__(self, hedges: Hedges) -> None:
        self.hedges = hedges

    def __call__(self, doc: Doc) -> Doc:
        frames: list[Frame] = doc._.wwk_frames or []
        carriers = {id(f.nested_in) for f in frames if f.nested_in is not None}
        # a frame that only passes on another's words gives no claim of its own; one that
        # denies or alleges it does ("Tehran rejected a report that …": the report is denied)
        live = [f for f in frames if id(f) not in carriers or f.cue_class in ("deny", "allege")]
        sentences = claim_sentences(doc)
        pieces: list[tuple[Span, Frame | None]] = []
        seen: set[tuple[int, int]] = set()
        covered: set[int] = set()
        for live_frame in live:
            a, b = live_frame.content
            for sent in sentences:
                lo, hi = max(a, sent.start_char), min(b, sent.end_char)
                if lo >= hi:
                    continue
                span = _clip(doc, lo, _before_tag(doc, live_frame, lo, hi))
                if span is not None and len(live_frame.cue):
                    span = said_of(span, live_frame.cue[0])
                    if span is None:
                        covered.add(sent.start)
                        continue  # a fragment ("could mean …" of "which analysts said")
                if span is not None and (span.start_char, span.end_char) not in seen:
                    seen.add((span.start_char, span.end_char))
                    pieces.append((span, live_frame))
                covered.add(sent.start)
            cue = live_frame.cue
            if len(cue):
                for s in sentences:
                    if not s.start_char <= cue.start_char < s.end_char:
                        continue
                    covered.add(s.start)
                    main = main_clause(s, cue[0], live_frame.content)
                    if main is not None and any(_touches(main, f) for f in frames):
                        main = None  # "…, according to X": the rest is X's, not the outlet's
                    if main is not None and (main.start_char, main.end_char) not in seen:
                        seen.add((main.start_char, main.end_char))
                        pieces.append((main, None))
        for sent in sentences:
            if sent.start not in covered and (span := _clip(doc, sent.start_char, sent.end_char)):
                pieces.append((span, None))
        pieces.sort(key=lambda p: (p[0].start_char, p[0].end_char))
        claims: list[Claim] = []
        for n, (span, frame, source, source_text) in enumerate(_per_source(pieces), 1):
            attributed = frame is not None and (
                frame.speaker is not None or len(frame.cue) > 0 or frame.quote is not None
            )
            modality, hedges, neg = assess(
                span, frame.cue_class if frame else None, attributed, self.hedges
            )
            claim = Claim(
                id=f"c{n}",
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                source=source,
                source_text=source_text,
                via=list(frame.via_ids) if frame else [],
                modality=modality,  # type: ignore[arg-type]
                hedges=hedges
                + (
                    [frame.cue.text]
                    if frame and frame.cue_class in ("speculate", "believe") and len(frame.cue)
                    else []
                ),
                negated=neg,
                quote=frame.record if frame else None,
            )
            claims.append(claim)
        doc._.wwk_claims = claims
        return doc


@Language.factory(
    "wwk_claims",
    requires=[
        "doc._.wwk_frames",
        "doc.sents",
        "token.dep",
        "token.tag",
        "token.lemma",
    ],
    assigns=["doc._.wwk_claims"],
)
def make_claims(nlp: Language, name: str) -> ClaimsStage:
    return ClaimsStage(load_hedges())
