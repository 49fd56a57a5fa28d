"""Quoted text by its quotation marks, paragraph by paragraph.

Curly (“…”) and straight ("…") double quotes pair up inside a paragraph. A paragraph that ends
inside a quote continues it when the next paragraph opens with a quotation mark (the news
convention for a quote over several paragraphs), and ends in the next paragraph when that one
holds a closing mark before any opening one (the opening mark left out); otherwise the open
quote is unbalanced and degrades to the end of its sentence. In headlines and standfirsts
single quotes (‘…’ or '…') quote too, as headline style uses them. Nothing here can span
more than its paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
STRAIGHT = '"'
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s|$)")
_SINGLE = re.compile(r"(?<![\w’'])[‘'](?=\w)(?P<body>[^‘’'\n]{2,200}?)(?<=[\w.!?,])[’'](?!\w)")


@dataclass
class QuoteSpan:
    start: int
    """Offset of the first character inside the marks."""
    end: int
    """Offset after the last character inside the marks (closing punctuation trimmed)."""
    open_mark: int
    close_mark: int | None
    """Offset of the closing mark; None when the quote was not closed (degraded)."""
    continues: bool = False
    """Left open at the end of its paragraph, and the next paragraph opens with a mark."""
    interruptions: list[tuple[int, int]] = field(default_factory=list)
    """In a split quote, the attributions between its parts (``," he said, "``)."""

    def holds(self, offset: int) -> bool:
        """Whether ``offset`` is inside the quote's marks (and not in its interruption)."""
        last = self.close_mark if self.close_mark is not None else self.end
        return self.open_mark <= offset <= last and not any(
            a <= offset < b for a, b in self.interruptions
        )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


_TAG = re.compile(r"<[A-Za-z/][^<>\n]{0,400}>")


def _marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Double quotation marks in text[start:end] as (offset, 'open'|'close'|'either'); marks
    inside leftover markup (``<tweet author="…">``) are not quotation marks."""
    out = []
    in_tags = {i for m in _TAG.finditer(text, start, end) for i in range(m.start(), m.end())}
    for i in range(start, end):
        if i in in_tags:
            continue
        ch = text[i]
        if ch in OPEN_DOUBLE:
            out.append((i, "open"))
        elif ch in CLOSE_DOUBLE:
            out.append((i, "close"))
        elif ch == STRAIGHT:
            out.append((i, "either"))
    return out


def _sentence_end(text: str, start: int, end: int) -> int:
    m = _SENTENCE_END.search(text, start, end)
    return m.end() if m else end


def paragraph_quotes(text: str, start: int, end: int) -> tuple[list[QuoteSpan], int | None]:
    """Closed quotes in one paragraph, and the offset of a quote still open at its end."""
    quotes: list[QuoteSpan] = []
    open_at: int | None = None
    for pos, kind in _marks(text, start, end):
        if open_at is None:
            if kind in ("open", "either"):
                open_at = pos
            continue
        if kind in ("close", "either"):
            s, e = _trim(text, open_at + 1, pos)
            if e > s:
                quotes.append(QuoteSpan(s, e, open_at, pos))
            open_at = None
        else:  # a second opening mark: the first one was never closed
            s, e = _trim(text, open_at + 1, min(pos, _sentence_end(text, open_at + 1, pos)))
            if e > s:
                quotes.append(QuoteSpan(s, e, open_at, None))
            open_at = pos
    return quotes, open_at


def find_quotes(text: str, paragraphs: list[tuple[int, int, bool]]) -> list[QuoteSpan]:
    """Quotes in ``text``, given its paragraphs as (start, end, headline_style)."""
    out: list[QuoteSpan] = []
    resume: int | None = None
    for n, (start, end, headline) in enumerate(paragraphs):
        from_ = resume if resume is not None and start <= resume < end else start
        resume = None
        quotes, open_at = paragraph_quotes(text, from_, end)
        if open_at is not None:
            nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            continues = nxt is not None and text[nxt[0] : nxt[1]].lstrip()[:1] in OPEN_DOUBLE + '"'
            closer = _closed_in(text, nxt) if nxt is not None and not continues else None
            if closer is not None:  # the outlet left out the mark opening the next paragraph
                s, e = _trim(text, open_at + 1, closer)
                if e > s:
                    quotes.append(QuoteSpan(s, e, open_at, closer))
                resume = closer + 1
                out.extend(sorted(quotes, key=lambda q: q.start))
                continue
            stop = end if continues else _sentence_end(text, open_at + 1, end)
            s, e = _trim(text, open_at + 1, stop)
            if e > s:
                quotes.append(QuoteSpan(s, e, open_at, None, continues))
        if headline:
            quotes += [
                QuoteSpan(*_trim(text, m.start("body"), m.end("body")), m.start(), m.end() - 1)
                for m in _SINGLE.finditer(text, start, end)
                if not any(q.open_mark <= m.start() < (q.close_mark or q.end) for q in quotes)
            ]
        out.extend(sorted(quotes, key=lambda q: q.start))
    return join_split(text, _join_continued(text, out))


def _closed_in(text: str, paragraph: tuple[int, int, bool]) -> int | None:
    """The offset of a curly closing mark that comes first in ``paragraph``, before any opening
    mark: the end of a quote opened in the paragraph before ("“An inquiry is open.⏎⏎The list
    names him,” the agency said")."""
    marks = _marks(text, paragraph[0], paragraph[1])
    if marks and marks[0][1] == "close":
        return marks[0][0]
    return None


MAX_TAG_CHARS = 300
"""The longest attribution tag between the two parts of a split quote ("said Ana Ruiz, a lawyer
who has worked on the case for years")."""
_ABBREVIATION = re.compile(r"\b(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])*)\.(?=\s)")
"""Titles and initials ("Mr.", "Sen.", "R.", "U.S.") whose period ends no sentence."""


def _tag(gap: str) -> bool:
    """Whether the text between two quotes is an attribution tag alone: ", he said, " (the quote
    goes on in the same sentence) or ", he said. " (it goes on in the next one): no quotation
    mark, no line break, and no sentence end but the one closing the tag."""
    body = _ABBREVIATION.sub("Xx", gap.strip() + " ").strip()
    if not body or "\n" in gap or len(gap) > MAX_TAG_CHARS:
        return False
    if any(ch in body for ch in OPEN_DOUBLE + CLOSE_DOUBLE + STRAIGHT):
        return False
    if body.endswith(","):
        return not _SENTENCE_END.search(body)
    return body.endswith(".") and not _SENTENCE_END.search(body[:-1] + " ")


def join_split(text: str, quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """A quote split by its attribution — “The uranium part,” he said, “is harder to believe.”
    or “We are ready,” she said. “The talks start today.” — is one quote, whose span holds the
    interruption: the first part ends in a comma, the sign of a tag to follow, and the tag is all
    that stands between the parts (:func:`_tag`)."""
    out: list[QuoteSpan] = []
    for q in quotes:
        prev = out[-1] if out else None
        if prev is not None and prev.close_mark is not None:
            gap = text[prev.close_mark + 1 : q.open_mark]
            comma_before = text[prev.end : prev.close_mark + 1].strip(" \"”'’").startswith(",")
            if comma_before and _tag(gap):
                prev.interruptions.append((prev.close_mark, q.open_mark + 1))
                prev.end, prev.close_mark = q.end, q.close_mark
                continue
        out.append(q)
    return out


def _join_continued(text: str, quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """One quote over several paragraphs: an unclosed quote at the end of a paragraph joined
    with the quote opening the next paragraph."""
    out: list[QuoteSpan] = []
    for q in quotes:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.continues
            and text[prev.end : q.open_mark].strip() == ""
            and "\n" in text[prev.end : q.open_mark]
        ):
            prev.end, prev.close_mark, prev.continues = q.end, q.close_mark, q.continues
            continue
        out.append(q)
    return out
