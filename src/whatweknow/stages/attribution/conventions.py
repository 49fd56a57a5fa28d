"""News conventions that name the speaker of a quotation when the parse alone does not.

"…," she said. / She said: "…" (a cue in the quote's sentence); a lead-in ending in a colon;
headline style "Carson: ‘…’"; "X shot back, “…”"; "“…” beamed X"; a quote paragraph after a
paragraph about a person; a quote that continues the quote before it. Titles of works and
fragments inside the outlet's own sentences are recognised too, so that they are not taken for
a person's words.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from .._lists import word_list
from .._text import text_of
from .cues import CueClass, Cues
from .frames import SPEAKERLESS, Frame, co_speakers, governs, speaker_phrase, subject
from .quotes import QuoteSpan
from .things import thing


def sentences_of(doc: Doc, q: QuoteSpan) -> list[Span]:
    """The sentences a quote is in, and the one right after it when the attribution follows
    the closing mark ("“It's fine,” Trump said." split by the parser after the mark); not
    when the quote ends its sentence with a full stop ("… “which are few.” He also …")."""
    last = (q.close_mark if q.close_mark is not None else q.end) or q.end
    after = last + 2
    text = text_of(doc)
    ended = text[q.end - 1 : q.end] in (".", "…") or text[last + 1 : last + 2] == "."
    return [
        s
        for s in doc.sents
        if (s.start_char <= last and q.open_mark < s.end_char)
        or (
            not ended  # “…” ending its sentence: the next one is not its tag
            and s.start_char <= after < s.end_char
            and "\n" not in text[last : s.start_char]
        )
    ]


def _inside(doc: Doc, q: QuoteSpan) -> list[Token]:
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return [t for t in span if not t.is_punct] if span is not None else []


def cue_outside(doc: Doc, q: QuoteSpan, cues: Cues) -> Frame | None:
    """ "…," she said. / She said: "…" — a cue verb in the quote's sentences, outside it: the one
    the quote hangs from in the parse, else the first; none when the quote hangs from a clause
    of another subject than the cue's ("X denied it, and Y called it “…”")."""
    words = _inside(doc, q)
    found: list[tuple[Token, CueClass]] = []
    for sent in sentences_of(doc, q):
        for tok in sent:
            if q.holds(tok.idx):
                continue
            klass = cues.verb(tok.lemma_) if tok.pos_ in ("VERB", "AUX") else None
            if klass is not None:
                found.append((tok, klass))
    quoted = frozenset(w.i for w in words)
    governing = [(t, k) for t, k in found if any(governs(t, w, quoted) for w in words)]
    if governing:  # the nearest cue above the quote
        found = [_past_cited_record(governing)]
    elif any(t.i in {a.i for w in words for a in w.ancestors} for t, _ in found):
        return None  # the quote hangs below a cue only through another subject's clause
    for tok, klass in found:
        who = subject(tok)
        if who is not None and (q.holds(who.idx) or who.lower_ in SPEAKERLESS):
            continue  # the subject is inside the quote, or "I"/"you": not this frame
        if who is None and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
            continue  # "has been called “a quack”": a name given, nobody's words
        speaker = speaker_phrase(who) if who is not None else None
        also = co_speakers(who) if who is not None else []
        return Frame(doc[tok.i : tok.i + 1], klass, (q.start, q.end), speaker, "direct", also=also)
    return None


def _past_cited_record(governing: list[tuple[Token, CueClass]]) -> tuple[Token, CueClass]:
    """Of the cues above a quote, the nearest, unless its subject is a record (``things.tsv``)
    that another of them, above it, cites ("X said the positions showed the boat “…”"): then
    the citing one, whose speaker's words the record's are."""
    ranked = sorted(governing, key=lambda tk: len(list(tk[0].ancestors)), reverse=True)
    nearest = ranked[0]
    who = subject(nearest[0])
    if who is None or thing(speaker_phrase(who)) != "record":
        return nearest
    above = [tk for tk in ranked[1:] if tk[0] in nearest[0].ancestors]
    for tok, klass in above:
        outer = subject(tok)
        if outer is not None and thing(speaker_phrase(outer)) is None:
            return tok, klass
    return nearest


_TAG_WORDS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "PART", "PUNCT", "NUM", "ADP"})
"""What a trailing tag's noun phrase is made of ("the authority's chair, Ida Lund")."""
_AFTER_TAG = frozenset({"ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ", "ADV", "PUNCT"})
"""What may follow a trailing tag's cue to its sentence's end ("on Tuesday", "in a statement")."""


def tag_after(doc: Doc, q: QuoteSpan, cues: Cues) -> Frame | None:
    """ "“… . … ,” the authority's chair, Ida Lund, said.": a quote (of one sentence or more)
    whose closing comma is followed by a noun phrase, a cue verb and nothing but a time or place
    phrase to the end of the sentence, where the parse took a noun inside the quote for the
    cue's subject. The phrase speaks: of a role and a name set off by a comma, the name (the
    one part that is all names); with more parts, or two names, nobody."""
    if q.close_mark is None or text_of(doc)[q.close_mark - 1 : q.close_mark] != ",":
        return None
    after = doc.char_span(q.close_mark + 1, len(text_of(doc)), alignment_mode="contract")
    if after is None or not len(after):
        return None
    end = after[0].sent.end
    cue = next((t for t in doc[after.start : end] if t.pos_ in ("VERB", "AUX")), None)
    if cue is None or cue.i == after.start or (klass := cues.verb(cue.lemma_)) is None:
        return None
    words = doc[after.start : cue.i]
    if any(t.pos_ not in _TAG_WORDS or t.is_space for t in words) or words[0].is_punct:
        return None
    if any(t.text == "," for t in doc[cue.i + 1 : end]) or any(
        t.pos_ not in _AFTER_TAG and not t.is_space for t in doc[cue.i + 1 : end]
    ):
        return None
    parts: list[Span] = []
    start = words.start
    for t in [*words, None]:
        if t is None or t.text == ",":
            stop = t.i if t is not None else words.end
            if stop > start:
                parts.append(doc[start:stop])
            start = stop + 1
    if not parts or len(parts) > 2:
        return None
    if len(parts) == 2:
        names = [p for p in parts if all(t.pos_ == "PROPN" for t in p)]
        if len(names) != 1:
            return None
        parts = names
    return Frame(doc[cue.i : cue.i + 1], klass, (q.start, q.end), parts[0], "direct")


def lead_in(doc: Doc, q: QuoteSpan, cues: Cues) -> Frame | None:
    """ "She added: “…”", "X released a statement: “…”" (also across a paragraph break): the
    cue of the sentence ending in a colon, or failing one, the subject of its main verb."""
    before = [s for s in doc.sents if s.end_char <= q.open_mark]
    if not before or not before[-1].text.rstrip().endswith(":"):
        return None
    lead = before[-1]
    probe = QuoteSpan(q.start, q.end, lead.start_char, lead.end_char)
    frame = cue_outside(doc, probe, cues)
    if frame is not None:
        frame.content = (q.start, q.end)
        return frame
    who = subject(lead.root)
    if who is None or who.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return Frame(
        doc[lead.root.i : lead.root.i + 1],
        "neutral",
        (q.start, q.end),
        speaker_phrase(who),
        "direct",
    )


def verb_before(doc: Doc, q: QuoteSpan) -> Frame | None:
    """ "Hillary shot back, “…”": a quote right after a comma or colon that follows a clause
    takes that clause's subject as its speaker."""
    before = doc.char_span(max(0, q.open_mark - 40), q.open_mark, alignment_mode="contract")
    if before is None or len(before) < 2 or before[-1].text not in (",", ":"):
        return None
    tok = before[-2]
    verb = tok
    for _ in range(3):  # "X urged them to rely on facts, “…”": facts → on → rely
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > tok.i:
        return None
    who = subject(verb)
    if who is None or who.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return Frame(
        doc[verb.i : verb.i + 1], "neutral", (q.start, q.end), speaker_phrase(who), "direct"
    )


def verb_after(doc: Doc, q: QuoteSpan) -> Frame | None:
    """ "“This is fantastic!” beamed Donald Hartley": a verb right after the closing mark with
    its subject after it."""
    if q.close_mark is None:
        return None
    after = doc.char_span(
        q.close_mark + 1, min(len(text_of(doc)), q.close_mark + 40), alignment_mode="contract"
    )
    if after is None or not len(after):
        return None
    verb = after[0]
    if verb.pos_ != "VERB":
        return None
    who = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    if who is None:
        return None
    return Frame(
        doc[verb.i : verb.i + 1], "neutral", (q.start, q.end), speaker_phrase(who), "direct"
    )


AUTHORED = frozenset({
    "message", "statement", "letter", "video", "post", "speech", "address", "note", "tweet",
    "recording", "audio", "interview", "appeal", "memo",
})  # fmt: skip
"""Nouns of a message with an author: the words quoted inside one are the author's."""


@cache
def load_reading() -> frozenset[str]:
    """``data/reading.tsv``: the words by which a message says its own words ("read")."""
    return word_list(__package__, "reading.tsv")


def _reads(doc: Doc, message: Token, words: list[Token]) -> bool:
    """Whether a quotation after a message noun (``words``, its tokens) is what the message
    itself says ("the letter read: “…”", "a note … warning staff to “…”"): a word of reading
    (``data/reading.tsv``) between the noun and the quotation, with no subject of another
    clause between them."""
    if not words or words[0].i <= message.i or message.dep_ not in ("nsubj", "nsubjpass"):
        return False
    between = doc[message.i + 1 : words[0].i]
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in between):
        return False
    return any(t.lemma_.lower() in load_reading() or t.lower_ in load_reading() for t in between)


def authored(doc: Doc, q: QuoteSpan) -> Frame | None:
    """ "posted a video message from Prigozhin addressed to “…”", "the minister's letter
    calling it “…”": words quoted inside a message with an author (a "from"/"by" phrase or a
    possessive) are the author's, not those of whoever posts or reports the message."""
    words = _inside(doc, q)
    if not words:
        return None
    node = min(words, key=lambda t: len(list(t.ancestors)))
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if (
            node.pos_ == "VERB"
            and node.dep_ in ("advcl", "acl")
            and node.left_edge.i > 0
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
        ):
            # "a message from X addressed to “…”": the participle right after the message
            # describes it, wherever the parser hung it
            before = doc[node.left_edge.i - 1]
            message = next(
                (
                    a
                    for a in [before, *before.ancestors]
                    if a.right_edge.i == before.i
                    and a.pos_ == "NOUN"
                    and a.lemma_.lower() in AUTHORED
                ),
                None,
            )
            node = message if message is not None else node
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if node.pos_ == "VERB" and subj is not None and subj.lemma_.lower() in AUTHORED:
            node = subj  # "a message from X addressed to “…”" parsed as a clause of its own
        if node.pos_ == "NOUN" and node.lemma_.lower() in AUTHORED:
            author = next((c for c in node.children if c.dep_ == "poss"), None)
            if author is None:
                by = next(
                    (c for c in node.children if c.dep_ == "prep" and c.lower_ in ("from", "by")),
                    None,
                )
                author = next((g for g in by.children if g.dep_ == "pobj"), None) if by else None
            if author is None and _reads(doc, node, words):
                return Frame(  # "the letter read: “…”", with nobody named as its author: the
                    # letter's words, never those of whoever reports it
                    doc[node.i : node.i + 1],
                    "neutral",
                    (q.start, q.end),
                    speaker_phrase(node),
                    "partial",
                )
            if author is None or author.pos_ not in ("PROPN", "NOUN"):
                return None
            return Frame(
                doc[node.i : node.i + 1],
                "neutral",
                (q.start, q.end),
                speaker_phrase(author),
                "partial",
            )
        if node.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in node.children
        ):
            return None  # a clause of its own: its subject would speak
    return None


_DASHES = frozenset({"―", "—", "–", "-", "--"})
MAX_NAME_TOKENS = 6


def dash_after(doc: Doc, q: QuoteSpan) -> Frame | None:
    """Vox-pop style "“We were not told anything.” — Ana Ruiz": a dash right after the closing
    mark, then a name (a few tokens, proper nouns) that ends the line or its clause."""
    if q.close_mark is None:
        return None
    text = text_of(doc)
    line_end = text.find("\n", q.close_mark)
    after = doc.char_span(
        q.close_mark + 1, len(text) if line_end < 0 else line_end, alignment_mode="contract"
    )
    if after is None or len(after) < 2 or after[0].text not in _DASHES:
        return None
    name: list[Token] = []
    for tok in after[1:]:
        if tok.is_punct or tok.is_space or len(name) >= MAX_NAME_TOKENS:
            break
        name.append(tok)
    if not name or not all(t.pos_ == "PROPN" for t in name):
        return None
    speaker = doc[name[0].i : name[-1].i + 1]
    return Frame(after[0:1], "neutral", (q.start, q.end), speaker, "direct")


def headline_colon(doc: Doc, q: QuoteSpan) -> Frame | None:
    """Headline style "Carson: ‘Not fit to serve’": the name before the colon speaks."""
    line_start = text_of(doc).rfind("\n", 0, q.open_mark) + 1
    head = text_of(doc)[line_start : q.open_mark].rstrip()
    if not head.endswith(":") or len(head.split()) > 8:
        return None
    span = doc.char_span(line_start, line_start + len(head) - 1, alignment_mode="contract")
    if span is None or not len(span) or span.root.pos_ not in ("PROPN", "NOUN"):
        return None
    colon = doc.char_span(line_start + len(head) - 1, line_start + len(head))
    return Frame(
        colon if colon is not None else doc[0:0], "neutral", (q.start, q.end), span, "direct"
    )


def paragraph_before(doc: Doc, q: QuoteSpan) -> Frame | None:
    """A paragraph that is a quote only, with no attribution, after a paragraph about a person
    ("Valastro praised Christie's record.⏎⏎“We need someone …”"): the subject of the last
    sentence."""
    text = text_of(doc)
    line_start = text.rfind("\n", 0, q.open_mark) + 1
    if text[line_start : q.open_mark].strip() or not quote_only(text, q):
        return None
    prev = [
        s for s in doc.sents if s.end_char <= line_start and text[s.start_char : s.end_char].strip()
    ]
    if not prev or text[prev[-1].end_char : line_start].count("\n") > 3:
        return None
    last = prev[-1]
    if any(ch in last.text for ch in '“”"'):
        return None
    who = subject(last.root)
    if who is None or not (who.pos_ == "PROPN" or who.lower_ in ("he", "she")):
        return None
    return Frame(doc[0:0], "neutral", (q.start, q.end), speaker_phrase(who), "direct")


TITLE_SMALL = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "to",
        "for",
        "at",
        "with",
        "by",
        "from",
        "vs",
        "vs.",
    }
)


def is_title(quoted: str) -> bool:
    """The title of a work ("The Walking Dead", "A Very Clinton Christmas"): a few words, all
    capitalised but for small words, and no sentence of its own."""
    words = quoted.rstrip(",.").split()
    return (
        len(words) <= 8
        and not quoted.rstrip().endswith(("!", "?"))
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_SMALL for w in words)
    )


def embedded(doc: Doc, q: QuoteSpan) -> bool:
    """A quotation inside a sentence of the outlet's ("there is still “a powerful industry”"):
    a fragment, not a whole utterance."""
    sent = doc.char_span(q.open_mark, q.open_mark + 1, alignment_mode="expand")
    if sent is None:
        return False
    lead = text_of(doc)[sent.sent.start_char : q.open_mark].strip()
    return bool(lead) and not lead.endswith((":", ",", "—", "-"))


def quote_only(text: str, q: QuoteSpan) -> bool:
    """Whether nothing but punctuation follows the quote to the end of its paragraph."""
    after = q.close_mark + 1 if q.close_mark is not None else q.end
    line_end = text.find("\n", after)
    tail = text[after : line_end if line_end >= 0 else len(text)]
    return q.continues or not any(ch.isalnum() for ch in tail)


def near(doc: Doc, previous: Frame, q: QuoteSpan, cue_offsets: list[int]) -> bool:
    """The news convention: a quote with no attribution of its own continues the speaker of the
    quote just before it, when nobody else speaks in between (no other cue, ``cue_offsets``)
    and either it follows in the same paragraph ("“…,” Trump said. “…”") or it is a paragraph
    of its own, quote only, right after the paragraph of that quote."""
    text = text_of(doc)
    line_start = text.rfind("\n", 0, q.open_mark) + 1
    opens_paragraph = text[line_start : q.open_mark].strip() == ""
    gap = text[previous.content[1] : q.open_mark]
    own_cue = previous.cue.start_char if len(previous.cue) else -1
    if any(previous.content[1] <= c < q.open_mark and c != own_cue for c in cue_offsets):
        return False  # another speaker in between
    if opens_paragraph:
        return (
            quote_only(text, q)
            and gap.replace("\r", "").count("\n\n") <= 1
            and gap.count("\n") <= 2
        )
    return len(gap) <= 150 and "\n" not in gap  # "“…,” Trump said. “…”"
