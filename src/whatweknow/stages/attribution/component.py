"""The ``wwk_attribution`` component: who said what, direct or reported, speakers resolved.

It joins the quotation marks (:mod:`.quotes`) and the frames of the parse (:mod:`.frames`):
a quote that is the content of a frame is *direct*; a quote inside a frame's larger content is
*partial*; a quote with no frame takes the speaker named after a dash ("“…” ― Ana Ruiz"), the cue
and speaker of its sentence ("…," she said: the cue it hangs from), of a lead-in ("She added:"),
or of the quote just before it (when that one has a speaker and nobody else speaks between); a
frame without marks is *indirect*. A cue heads one attribution: quotes under the same cue in a
sentence widen it.
Speakers are resolved to actors (:mod:`.speakers`). A report inside another's words ("A said B
believes …") is no quote of its own: the claims tell it, source B via A, and it points to A's
quote. Fills ``doc._.wwk_quotes`` (the contract's
quotes) and ``doc._.wwk_frames`` (the frames, for the claims stage).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...model import Quote
from .. import extensions  # noqa: F401  (registers the doc._ extensions)
from .._text import text_of
from . import conventions
from .cues import Cues, load_cues
from .frames import Frame, find_frames, governs
from .quotes import QuoteSpan, find_quotes
from .speakers import SpeakerResolver

HEADLINE_BLOCKS = frozenset({"title", "standfirst", "subheading"})
TEXT_BLOCKS = frozenset({"title", "standfirst", "subheading", "lead_in", "paragraph", "caption"})
MIN_QUOTE_WORDS = 3
"""A shorter quotation with no speaker is a term or a scare quote, not a quote."""


def paragraphs(doc: Doc) -> list[tuple[int, int, bool]]:
    blocks = doc.spans.get("wwk_blocks")
    if not blocks:
        return [(0, len(text_of(doc)), False)]
    return [
        (s.start_char, s.end_char, s.label_ in HEADLINE_BLOCKS)
        for s in blocks
        if s.label_ in TEXT_BLOCKS
    ]


def link(doc: Doc, quotes: list[QuoteSpan], frames: list[Frame], cues: Cues) -> list[Frame]:
    """Frames for every quote, marking direct and partial ones. A frame whose cue is inside a
    quote is part of the quoted speech ("“I have always said that …,” he said"): dropped."""
    frames = [
        f for f in frames if not (len(f.cue) and any(q.holds(f.cue.start_char) for q in quotes))
    ]
    out = list(frames)
    cue_at = [f.cue.start_char for f in frames if len(f.cue)]
    previous: Frame | None = None
    for n, q in enumerate(quotes):
        holder = None
        for f in frames:
            a, b = f.content
            if len(f.cue) and q.holds(f.cue.start_char):
                continue  # a cue inside the quote belongs to the quoted speech
            if a <= q.start and q.end <= b and (q.start - a) + (b - q.end) > 3:
                f.kind, f.quote = "partial", n
                holder = f
            elif q.start - 3 <= a and b <= q.end + 3:
                f.kind, f.quote, f.content = "direct", n, (q.start, q.end)
                holder = f
        if holder is None:
            holder = (
                conventions.dash_after(doc, q)
                or conventions.cue_outside(doc, q, cues)
                or conventions.lead_in(doc, q, cues)
                or conventions.headline_colon(doc, q)
                or conventions.verb_before(doc, q)
                or conventions.verb_after(doc, q)
            )
            if (
                holder is None
                and previous is not None
                and previous.speaker is not None  # nobody to carry over otherwise
                and conventions.near(doc, previous, q, cue_at)
            ):
                holder = Frame(
                    previous.cue, previous.cue_class, (q.start, q.end), previous.speaker, "direct"
                )
            same_cue = _framed_cue(frames, holder) or _made_for_cue(out[len(frames) :], holder)
            if same_cue is not None:  # "He claimed that X is “…” but “…”": one attribution
                a, b = same_cue.content
                same_cue.content = (min(a, q.start), max(b, q.end))
                same_cue.kind, same_cue.quote = "partial", n
                continue
            if holder is None:
                holder = conventions.paragraph_before(doc, q)
            if holder is None:
                quoted = text_of(doc)[q.start : q.end]
                if len(quoted.split()) < MIN_QUOTE_WORDS or conventions.is_title(quoted):
                    continue  # a term, a scare quote or the title of a work
                if conventions.embedded(doc, q):
                    continue  # a phrase quoted in the outlet's sentence, nobody's statement
                holder = Frame(doc[0:0], "neutral", (q.start, q.end), None, "direct")
            holder.quote = n
            out.append(holder)
        previous = holder if holder.kind == "direct" else previous
    return sorted(out, key=lambda f: f.content[0])


def _made_for_cue(made: list[Frame], holder: Frame | None) -> Frame | None:
    """A frame already made for an earlier quote of the same sentence with the same cue ("X
    called Y a “…”, a “…” and “…”": one attribution, not three)."""
    if holder is None or not len(holder.cue):
        return None
    sent = holder.cue.sent
    for f in made:
        if (
            len(f.cue)
            and f.cue.start == holder.cue.start
            and sent.start_char <= f.content[0] < sent.end_char
            and sent.start_char <= holder.content[0] < sent.end_char
        ):
            return f
    return None


def _framed_cue(frames: list[Frame], holder: Frame | None) -> Frame | None:
    """The frame of the parse with the same cue as a convention's ``holder``, when the quote
    hangs from that cue in the parse: a cue heads one attribution, so the quote widens that
    frame's content instead of making a second attribution ("X denied the claims, and Y called
    them “…”": the quote is not X's)."""
    if holder is None or not len(holder.cue):
        return None
    for f in frames:
        if len(f.cue) and f.cue.start == holder.cue.start and f.kind != "direct":
            inside = f.cue.doc.char_span(*holder.content, alignment_mode="expand")
            words = [t for t in inside if not t.is_punct] if inside is not None else []
            quoted = frozenset(t.i for t in words)
            governed = any(governs(f.cue[0], t, quoted) for t in words)
            return f if governed else None
    return None


class AttributionStage:
    def __init__(self, cues: Cues) -> None:
        self.cues = cues

    def __call__(self, doc: Doc) -> Doc:
        quotes = find_quotes(text_of(doc), paragraphs(doc))
        frames = link(doc, quotes, find_frames(doc, self.cues), self.cues)
        if doc._.wwk_actors is None:
            doc._.wwk_actors = []
        resolver = SpeakerResolver(doc._.wwk_actors)
        records: list[Quote] = []
        for frame in frames:
            actor = resolver.resolve_or_add(frame.speaker)
            frame.source = actor.id if actor else None
            frame.also_sources = [
                (a.id, sp.text)
                for sp in frame.also
                if (a := resolver.resolve_or_add(sp)) is not None and a.id != frame.source
            ]
            frame.via_ids = [
                a.id
                for v in frame.via
                if (a := resolver.resolve(v)) is not None and a.id != frame.source
            ]
            if frame.speaker is None and frame.kind == "indirect":
                continue  # "speculation that …": a hedged claim, not somebody's words
            if frame.kind == "indirect" and frame.nested_in is not None:
                continue  # "A said B believes …": A's words hold B's; a claim tells B (via A)
            start, end = frame.content
            frame.record = f"q{len(records) + 1}"
            records.append(
                Quote(
                    id=frame.record,
                    kind=frame.kind,  # type: ignore[arg-type]
                    speaker=frame.source,
                    speaker_text=frame.speaker.text if frame.speaker is not None else None,
                    cue=frame.cue.text or None,
                    text=text_of(doc)[start:end],
                    start=start,
                    end=end,
                )
            )
        for frame in frames:  # a nested report belongs to the quote of the words holding it
            carrier, seen = frame.nested_in, {id(frame)}
            while frame.record is None and carrier is not None and id(carrier) not in seen:
                seen.add(id(carrier))
                frame.record, carrier = carrier.record, carrier.nested_in
        for actor in doc._.wwk_actors:
            actor.mentions.sort(key=lambda m: m.start)
        doc._.wwk_quotes = records
        doc._.wwk_frames = frames
        return doc


@Language.factory(
    "wwk_attribution",
    requires=["doc._.wwk_actors", "doc.sents", "token.dep", "token.lemma"],
    assigns=["doc._.wwk_quotes", "doc._.wwk_frames", "doc._.wwk_actors"],
    default_config={"user_cues": None},
)
def make_attribution(nlp: Language, name: str, user_cues: str | None) -> AttributionStage:
    return AttributionStage(load_cues(user_cues))
