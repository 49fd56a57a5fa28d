"""Frames are compared by position, not pair by pair and character by character: crossing frames
go, and the letters outside nested clauses are counted, as the rules read one by one (frames
of a blank pipeline's doc, spans and texts written for the tests)."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from whatweknow.stages.attribution.frames import Frame, _uncrossed

_NLP = spacy.blank("en")
_DOC = _NLP("the minister said that " * 40)


def _frame(cue: int, lo: int, hi: int) -> Frame:
    span = _DOC[cue : cue + 1] if cue >= 0 else _DOC[0:0]
    return Frame(cue=span, cue_class="neutral", content=(lo, hi), speaker=None)


def _pairwise(frames: list[Frame]) -> list[Frame]:
    def holds(f: Frame, g: Frame) -> bool:
        return len(g.cue) > 0 and f.content[0] <= g.cue.start_char < f.content[1]

    dropped = set()
    for f in frames:
        for g in frames:
            if f is not g and holds(f, g) and holds(g, f):
                dropped.add(id(min((f, g), key=lambda x: x.content[1] - x.content[0])))
    return [f for f in frames if id(f) not in dropped]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(-1, 60), st.integers(0, 400), st.integers(0, 200)), max_size=12)
)
def test_crossing_frames_go_as_pair_by_pair(spec: list[tuple[int, int, int]]) -> None:
    frames = [_frame(cue, lo, lo + width) for cue, lo, width in spec]
    assert [id(f) for f in _uncrossed(frames)] == [id(f) for f in _pairwise(frames)]


@given(
    st.text(alphabet="ab1 ,.", max_size=60),
    st.integers(0, 60),
    st.integers(0, 60),
    st.lists(st.tuples(st.integers(0, 70), st.integers(0, 70)), max_size=5),
)
def test_letters_outside_nested_clauses_are_counted_as_one_by_one(
    text: str, a: int, b: int, inner: list[tuple[int, int]]
) -> None:
    from whatweknow.stages.claims.component import _letters_outside

    a, b = min(a, len(text)), min(b, len(text))
    alnum = [0]
    for ch in text:
        alnum.append(alnum[-1] + ch.isalnum())
    expected = [
        i for i in range(a, b) if text[i].isalnum() and not any(x <= i < y for x, y in inner)
    ]
    assert _letters_outside(alnum, a, b, inner) == len(expected)
