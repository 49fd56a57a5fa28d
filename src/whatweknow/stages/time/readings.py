"""Expressions the patterns find that their sentence does not use as times (read from the parse).

TimeML marks an expression when it refers to a time; the same words can name something else:

- **an age**: "in his 30s", "a woman in her early 20s": a decade in two digits after a
  possessive determiner is how old someone is, not the 1930s (TIMEX3 leaves ages out);
- **prospects, not a time**: "the future" (or "the past") with an "of" complement or as a
  subject ("the future of the talks", "the future looks bleak") is what becomes of something,
  while "in the future" refers to a time;
- **a name**: a capitalised "Today" or "Tonight" after a proper noun, or after a capitalised word
  and before a noun ("Mining Today subscribers"), is the title of a newspaper or programme
  ("USA Today"), not the day (but not in a headline in title case, "Ministers Sign
  Pact Today", where every word is capitalised).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .._text import text_of
from .normalise import TimexCandidate

POSSESSIVES = frozenset({"his", "her", "their", "my", "your", "our", "its"})
"""Determiners before which a decade in digits is an age ("in her 40s")."""
EDGES = frozenset({"early", "mid", "late"})
TITLE_DAYS = frozenset({"Today", "Tonight"})
"""Deictic words that, capitalised after a proper noun, end a title ("USA Today")."""


def not_a_time(doc: Doc, c: TimexCandidate) -> bool:
    """Whether the candidate ``c`` is an age, prospects or a name rather than a time (see the
    module doc)."""
    if c.rule == "decade":
        return _age(doc, c)
    if c.rule == "deictic":
        return _title(doc, c)
    if c.rule == "ref":
        return _prospects(doc, c)
    return False


def _words_before(doc: Doc, start: int, n: int) -> list[str]:
    text = text_of(doc)[max(0, start - 40) : start].split()
    return [w.lower() for w in text[-n:]]


def _age(doc: Doc, c: TimexCandidate) -> bool:
    words = text_of(doc)[c.start : c.end].split()
    two_digits = c.match.group("d") is not None and c.match.group("c") is None
    if not words or words[0].lower() == "the" or not two_digits:
        return False  # "her 1990s albums" is a decade
    before = _words_before(doc, c.start, 2)
    if before and before[-1] in EDGES:
        before = before[:-1]
    return bool(before) and before[-1] in POSSESSIVES


def _title(doc: Doc, c: TimexCandidate) -> bool:
    if text_of(doc)[c.start : c.end] not in TITLE_DAYS:
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or span.start == 0 or span[0].is_sent_start:
        return False
    prev = doc[span.start - 1]
    if not prev.text[:1].isupper() or _headline(span.sent):
        return False
    if prev.tag_ in ("NNP", "NNPS"):
        return True
    after = doc[span.end] if span.end < len(doc) else None  # "Mining Today subscribers can …"
    return after is not None and after.text[:1].islower() and after.pos_ in ("NOUN", "PROPN")


def _headline(sent: Span) -> bool:
    """Whether a sentence is in title case ("Ministers Sign Pact Today"), where every word is
    capitalised and a capital says nothing of a name: three or more words of four letters or
    more, nearly all capitalised."""
    long = [t.text for t in sent if t.is_alpha and len(t.text) >= 4]
    caps = sum(1 for w in long if w[:1].isupper())
    return len(long) >= 3 and caps >= 0.8 * len(long)


PROSPECTS = frozenset({"the future", "the past"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _prospects(doc: Doc, c: TimexCandidate) -> bool:
    if " ".join(text_of(doc)[c.start : c.end].lower().split()) not in PROSPECTS:
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    of = any(t.dep_ == "prep" and t.lower_ == "of" for t in root.children)
    return of or root.dep_ in SUBJECTS
