"""A speaker's argument carried on into the next sentence.

"If the second test agrees, the appeal would fail, Ada Lund said. If it does not, the whole case
could unravel." The second sentence has no cue of its own; in the outlet's voice it would read
as the outlet's speculation, though it goes on with the argument of the speaker tagged at the end
of the sentence before. It is that speaker's when, and only when:

- the sentence before ends with its attribution (the content first, then the speaker and cue:
  "…, Ada Lund said.", "“…,” she said."), of a neutral or asserting cue with a speaker;
- the sentence comes right after it, in the same paragraph;
- it has no cue (not even a refused one: "would not say"), quotation or attribution of its
  own, and asks nothing;
- its main verb weighs what might follow (a modal of ``data/continuing.tsv``: "could", "would");
- its subject names no party: a common noun phrase, "it", "this" or "that", with no name or
  pronoun in it and no actor's mention (not "he", "Lund", "Lund's appeal", "the board" where the
  board is an actor of the article: the outlet may be telling of them).

Anything else stays the outlet's: when unsure, the speaker is not given more words.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from ...contract import Actor
from .._lists import word_list
from .._text import text_of
from .cues import Cues
from .frames import Frame

_CONTINUED = frozenset({"neutral", "assert"})
_DEICTIC = frozenset({"it", "this", "that"})


@cache
def load_continuing() -> frozenset[str]:
    """``data/continuing.tsv``: the modals by which a sentence carries on an argument."""
    return word_list(__package__, "continuing.tsv")


def trailing(frame: Frame, sent: Span) -> bool:
    """Whether the frame's attribution closes its sentence: the content from the sentence's
    opening, then the speaker and the cue, after it."""
    if frame.speaker is None or frame.cue_class not in _CONTINUED or not len(frame.cue):
        return False
    a, b = frame.content
    opening = text_of(sent.doc)[sent.start_char : a]
    return (
        sent.start_char <= a
        and all(not ch.isalnum() for ch in opening)
        and b <= frame.speaker.start_char
        and b <= frame.cue.start_char
        and frame.speaker.end_char <= sent.end_char
        and frame.cue.end_char <= sent.end_char
    )


def _modal(root: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in load_continuing() for c in root.children)


def _no_party(subj: Token, actors: list[Actor]) -> bool:
    """A subject that names nobody: "it", "this", "that", or a common noun phrase with no name,
    pronoun or actor's mention in it."""
    if subj.lower_ in _DEICTIC and subj.n_lefts == 0 and subj.n_rights == 0:
        return True
    if subj.pos_ != "NOUN" or subj.dep_ not in ("nsubj", "nsubjpass"):
        return False
    words = list(subj.subtree)
    if any(t.pos_ in ("PROPN", "PRON") or t.ent_type_ for t in words):
        return False
    lo, hi = words[0].idx, words[-1].idx + len(words[-1])
    return not any(m.start < hi and lo < m.end for a in actors for m in a.mentions)


def _goes_on(
    sent: Span,
    frames: list[Frame],
    actors: list[Actor],
    quoted: list[tuple[int, int]],
    cues: Cues,
) -> bool:
    if sent.text.rstrip().endswith("?") or any(
        a < sent.end_char and sent.start_char < b for a, b in quoted
    ):
        return False
    if any(t.pos_ in ("VERB", "AUX") and cues.verb(t.lemma_) is not None for t in sent):
        return False  # "The firm would not say how many …": a report (or a refusal) of its own
    if any(
        (len(f.cue) and sent.start_char <= f.cue.start_char < sent.end_char)
        or (f.content[0] < sent.end_char and sent.start_char < f.content[1])
        for f in frames
    ):
        return False  # words of someone's, or a cue: not the outlet's to give away
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or not _modal(root):
        return False
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
    return len(subjects) == 1 and _no_party(subjects[0], actors)


def _paragraph(sent: Span, blocks: list[tuple[int, int, bool]]) -> int | None:
    """The index of the body paragraph that holds the sentence (its words, the spaces after
    them aside), or None (a headline's)."""
    end = sent.start_char + len(sent.text.rstrip())
    return next(
        (
            n
            for n, (a, b, headline) in enumerate(blocks)
            if not headline and a <= sent.start_char and end <= b
        ),
        None,
    )


def continued(
    doc: Doc,
    frames: list[Frame],
    quoted: list[tuple[int, int]],
    blocks: list[tuple[int, int, bool]],
    cues: Cues,
) -> list[Frame]:
    """Frames for the sentences that carry on a trailing attribution's argument (see the module
    note): the speaker, source and cue class of the attribution before, no cue of their own.
    ``blocks``: the text's blocks (start, end, headline or not)."""
    actors = doc._.wwk_actors or []
    text = text_of(doc)
    sents = list(doc.sents)
    by_start = sorted(frames, key=lambda f: f.content[0])  # a trailing frame's content opens
    starts = [f.content[0] for f in by_start]  # in its sentence: each sentence reads its own
    out: list[Frame] = []
    for before, sent in pairwise(sents):
        here = _paragraph(sent, blocks)
        if here is None or _paragraph(before, blocks) != here or "\n" in sent.text.strip():
            continue  # another paragraph
        lo = bisect_left(starts, before.start_char)
        hi = bisect_left(starts, before.end_char)
        told = [f for f in by_start[lo:hi] if trailing(f, before)]
        if len(told) != 1 or not _goes_on(sent, frames, actors, quoted, cues):
            continue
        (frame,) = told
        end = sent.end_char
        while end > sent.start_char and (text[end - 1].isspace() or text[end - 1] in ".;:"):
            end -= 1
        out.append(
            Frame(
                doc[sent.start : sent.start],
                frame.cue_class,
                (sent.start_char, end),
                frame.speaker,
                source=frame.source,
            )
        )
    return out
