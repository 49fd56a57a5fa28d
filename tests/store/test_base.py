"""The small records: snippet marks and highlighting."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from whatweknow.store.base import MARK_END, MARK_START, SearchHit, split_marks
from whatweknow.store.search import quote_terms

S, E = MARK_START, MARK_END


def hit(snippet: str, marks: tuple[tuple[int, int], ...]) -> SearchHit:
    return SearchHit("id", "title", None, date(2024, 6, 3), snippet, marks, 1.0)


def test_split_marks() -> None:
    assert split_marks(f"a {S}cease{E} and {S}fire{E}") == ("a cease and fire", ((2, 7), (12, 16)))
    assert split_marks("no marks") == ("no marks", ())
    assert split_marks("") == ("", ())


def test_unpaired_marks_are_dropped() -> None:
    assert split_marks(f"{E}a{S}b") == ("ab", ())
    assert split_marks(f"{S}a{S}b{E}c") == ("abc", ((0, 2),))
    assert split_marks(f"x{S}{E}y") == ("xy", ())


@given(st.text(alphabet=st.sampled_from(["a", " ", S, E]), max_size=30))
def test_split_marks_is_total(marked: str) -> None:
    snippet, marks = split_marks(marked)
    assert snippet == marked.replace(S, "").replace(E, "")
    ends = [0] + [x for m in marks for x in m]
    assert ends == sorted(ends) and all(0 <= x <= len(snippet) for x in ends)


def test_highlighted() -> None:
    h = hit("a cease and fire", ((2, 7), (12, 16)))
    assert h.highlighted() == "a [cease] and [fire]"
    assert h.highlighted("<mark>", "</mark>") == "a <mark>cease</mark> and <mark>fire</mark>"
    assert hit("plain", ()).highlighted() == "plain"


def test_quote_terms() -> None:
    assert quote_terms("U.S.-China  what's") == '"U.S.-China" "what\'s"'
    assert quote_terms('say "no"') == '"say" """no"""'
    assert quote_terms("   ") == ""
