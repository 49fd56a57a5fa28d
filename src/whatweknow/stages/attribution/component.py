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

from ...contract import Actor, Quote
from .. import extensions  # noqa: F401  (registers the doc._ extensions)
from .._text import text_of
from . import conventions
from .continued import continued, trailing
from .cues import Cues, load_cues
from .frames import Frame, find_frames, governs, unowned
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


def captions(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of the article's captions (furniture the readers mark)."""
    return [
        (s.start_char, s.end_char)
        for s in doc.spans.get("wwk_blocks") or []
        if s.label_ == "caption"
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
        own = conventions.authored(doc, q)
        holder = None if own is not None else _holder(frames, q, n)
        if own is not None:  # words quoted inside someone's message
            own.quote = n
            out.append(own)
            holder = own
        elif holder is None:
            holder = (
                conventions.dash_after(doc, q)
                or conventions.cue_outside(doc, q, cues)
                or conventions.tag_after(doc, q, cues)
                or conventions.lead_in(doc, q, cues)
                or conventions.headline_colon(doc, q)
                or conventions.verb_before(doc, q)
                or conventions.verb_after(doc, q)
            )
            if (
                holder is None
                and previous is not None
                and previous.speaker is not None  # nobody to carry over otherwise
                and conventions.near(doc, previous, q, _others(cue_at, frames, previous))
            ):
                holder = Frame(
                    previous.cue, previous.cue_class, (q.start, q.end), previous.speaker, "direct"
                )
            same_cue = _framed_cue(frames, holder) or _made_for_cue(out[len(frames) :], holder)
            if same_cue is not None:  # "He claimed that X is “…” but “…”": one attribution
                if (
                    holder is not None
                    and holder.speaker is not None
                    and same_cue.speaker is not None
                    and q.holds(same_cue.speaker.start_char)
                    and not q.holds(holder.speaker.start_char)
                ):  # the parse took a noun inside the quote for the cue's subject: the
                    # convention's speaker, outside it, speaks
                    same_cue.speaker = holder.speaker
                a, b = same_cue.content
                same_cue.content = (min(a, q.start), max(b, q.end))
                same_cue.kind, same_cue.quote = "partial", n
                continue
            if holder is None:
                holder = _reported_before(doc, q, frames)
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


def _reported_before(doc: Doc, q: QuoteSpan, frames: list[Frame]) -> Frame | None:
    """The speaker of a reported sentence whose attribution closes it ("Rain could have loosened
    the bank, she said.") for a quote that opens right after it in the same paragraph and holds
    whole sentences, nobody else speaking between: the news convention that goes on with the
    same speaker's words ("… she said. “If the rain kept on, the bank would fall.”")."""
    text = text_of(doc)
    before = text[: q.open_mark].rstrip(" ")
    if not before.endswith(".") or text[len(before) : q.open_mark].strip(" ") != "":
        return None
    if not q.start < len(text) or not text[q.start].isupper():
        return None
    sent = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if sent is None:
        return None
    sentence = sent[0].sent
    said = [
        f
        for f in frames
        if f.kind == "indirect"
        and sentence.start_char <= f.content[0]
        and (f.cue.end_char if len(f.cue) else f.content[1]) <= sentence.end_char
    ]
    if len(said) != 1 or said[0].nested_in is not None or not trailing(said[0], sentence):
        return None
    if any(sentence.end_char <= _at(f) < q.open_mark for f in frames):
        return None
    return Frame(said[0].cue, said[0].cue_class, (q.start, q.end), said[0].speaker, "direct")


def _holder(frames: list[Frame], q: QuoteSpan, n: int) -> Frame | None:
    """The frame whose content is quote ``q`` (direct) or holds it (partial): the innermost
    one. A frame holding that one's cue is a carrier ("X declared that they had “…”, Reuters
    reported"; "“…,” said a man, according to AFP journalists"): the quoted words are the inner
    speaker's, and the carrier is a source of the report, not of the words; but a belief
    ("believed", "thinks") says no words, and the words quoted in it are its carrier's."""
    found: list[tuple[Frame, str]] = []
    for f in frames:
        a, b = f.content
        if len(f.cue) and q.holds(f.cue.start_char):
            continue  # a cue inside the quote belongs to the quoted speech
        if q.start - 3 <= a and b <= q.end + 3:
            found.append((f, "direct"))
        elif a <= q.start and q.end <= b and (q.start - a) + (b - q.end) > 3:
            found.append((f, "partial"))
    if not found:
        return None
    inner = min(found, key=lambda fk: (fk[1] != "direct", fk[0].content[1] - fk[0].content[0]))[0]
    carrying = [
        f for f, _ in found if _carries(f, inner) and f.cue_class != "believe"
    ] if inner.cue_class == "believe" else []  # fmt: skip
    if carrying:  # "A said B now believed losses were “…”": a belief says no words; the
        # quoted ones are A's (the nearest carrier's), and B's belief stays nested in them
        found = [(f, k) for f, k in found if f is not inner]
        inner = max(carrying, key=lambda f: f.cue.start_char)
    return _keep(inner, found, q, n)


def _keep(inner: Frame, found: list[tuple[Frame, str]], q: QuoteSpan, n: int) -> Frame:
    """Mark the frames that hold quote ``q`` (number ``n``), but for the carriers of
    ``inner``'s words, and return ``inner``."""
    for f, kind in found:
        if f is not inner and _carries(f, inner):
            continue  # the carrier of the inner speaker's words
        f.kind, f.quote = kind, n
        if kind == "direct":
            f.content = (q.start, q.end)
    return inner


def _others(cue_at: list[int], frames: list[Frame], previous: Frame) -> list[int]:
    """The cues of other speakers than ``previous``'s: a frame reporting ``previous``
    ("“…,” said a man, according to AFP") is no other speaker between two of its quotes."""
    own = {f.cue.start_char for f in frames if _carries(f, previous)}
    return [c for c in cue_at if c not in own]


def _carries(outer: Frame, inner: Frame) -> bool:
    """Whether ``inner``'s cue lies in ``outer``'s content (``outer`` reports ``inner``)."""
    a, b = outer.content
    return len(inner.cue) > 0 and a <= inner.cue.start_char < b and outer is not inner


def _parts(q: QuoteSpan) -> list[tuple[int, int]]:
    """A quote's marks-to-marks extent, without the attribution that splits it."""
    cuts = [q.open_mark, *(x for gap in q.interruptions for x in gap)]
    cuts.append(q.close_mark if q.close_mark is not None else q.end)
    return list(zip(cuts[::2], cuts[1::2], strict=True))


def _id(actor: Actor | None) -> str | None:
    return actor.id if actor is not None else None


def _at(frame: Frame) -> int:
    """Where a frame is said: its cue, else its speaker, else its content."""
    if len(frame.cue):
        return int(frame.cue.start_char)
    return int(frame.speaker.start_char) if frame.speaker is not None else frame.content[0]


def _carriers(frames: list[Frame]) -> set[int]:
    """Frames (by ``id``) that only carry another speaker's quoted words: their content is the
    clause of a frame holding a quote ("“…,” said one man, according to AFP journalists";
    "X declared that they had “…”, Reuters reported"). They make no quote record."""
    out: set[int] = set()
    for f in frames:
        if f.kind != "indirect" or f.speaker is None:
            continue
        for g in frames:
            if g.quote is None or not _carries(f, g):
                continue
            clause = g.cue[0]
            a = min(clause.left_edge.idx, g.content[0])
            b = max(clause.right_edge.idx + len(clause.right_edge), g.content[1])
            if a <= f.content[0] + 1 and f.content[1] <= b + 1:
                out.add(id(f))
                break
    return out


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
        quoted = [part for q in quotes for part in _parts(q)]
        resolver = SpeakerResolver(doc._.wwk_actors, quoted, captions(doc))
        for frame in sorted(frames, key=_at):  # in text order: a pronoun refers back
            actor = resolver.resolve_or_add(frame.speaker)
            frame.source = actor.id if actor else None
            resolver.note(_at(frame), frame.speaker, actor)
        # "…, X said. If not, the case could collapse.": X's argument, carried on
        frames += continued(doc, frames, quoted, paragraphs(doc), self.cues)
        for frame in frames:  # "A told Reuters [B] believed …" with B lost to the parse: A's
            carrier, seen = frame.nested_in, {id(frame)}
            while frame.speaker is None and carrier is not None and id(carrier) not in seen:
                seen.add(id(carrier))
                if unowned(frame) and carrier.cue_class != "deny":
                    break  # "X said auditors began a review of claims that P": the claims are
                    # nobody's named; X reports the review, not P ("X denied claims that P" does)
                if carrier.speaker is not None:
                    frame.speaker, frame.source = carrier.speaker, carrier.source
                    frame.via = [v for v in frame.via if v is not carrier.speaker]
                    frame.via_ids = [v for v in frame.via_ids if v != carrier.source]
                    if carrier.cue_class == "deny" and frame.nested_in is carrier:
                        # "A denied reports that P": P is what A denies, not A's report
                        frame.cue_class = "deny"
                carrier = carrier.nested_in
        records: list[Quote] = []
        carriers = _carriers(frames)
        told = {  # "A hospital porter told the paper that …": the teller as resolved (or added)
            (f.speaker.start, f.speaker.end): f.source
            for f in frames
            if f.speaker is not None and f.source is not None
        }
        for frame in frames:
            frame.also_sources = [
                (a.id, sp.text)
                for sp in frame.also
                if (a := resolver.resolve_or_add(sp)) is not None and a.id != frame.source
            ]
            frame.via_ids = [
                teller
                for v in frame.via
                if (teller := told.get((v.start, v.end)) or _id(resolver.resolve(v))) is not None
                and teller != frame.source
            ]
            if frame.speaker is None and frame.kind == "indirect":
                continue  # "speculation that …": a hedged claim, not somebody's words
            if frame.kind == "indirect" and frame.nested_in is not None:
                continue  # "A said B believes …": A's words hold B's; a claim tells B (via A)
            if id(frame) in carriers:
                continue  # "“…,” said B, according to A": B's words, A a source of the report
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
