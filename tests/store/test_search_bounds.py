"""The bounds of search (store/search.py): what a query counts as terms, its refusal past the
limits, and the snippets made in Python."""

from __future__ import annotations

import pytest

from whatweknow.errors import SearchError
from whatweknow.store.search import (
    MAX_PREFIXES,
    MAX_TERMS,
    SNIPPET_SCAN,
    SNIPPET_TOKENS,
    Terms,
    check,
    make_snippet,
    terms,
)


def test_terms_count_words_phrases_and_prefixes_not_operators() -> None:
    found = terms('ceasefire OR "peace talks" AND NOT title:Geneva talk* NEAR(a b)')
    assert found.words == ("ceasefire", "peace", "talks", "geneva", "a", "b")
    assert found.prefixes == ("talk",)
    assert terms("Zürich ÉTÉ").words == ("zurich", "ete")  # folded as FTS5 folds them
    assert terms('"x y"*').prefixes == ("y",) and terms('"x y"*').words == ("x",)


@pytest.mark.parametrize(
    "query",
    [
        " ".join(["w"] * (MAX_TERMS + 1)),
        '"' + " ".join(["w"] * (MAX_TERMS + 1)) + '"',
        " ".join(["w*"] * (MAX_PREFIXES + 1)),
        "x" * 501,
    ],
)
def test_queries_over_a_limit_are_refused(query: str) -> None:
    with pytest.raises(SearchError, match=r"^W04[01]: "):
        check(query)


def test_queries_at_the_limits_pass() -> None:
    words = ["w"] * (MAX_TERMS - MAX_PREFIXES)
    assert check(" ".join([*words, *["p*"] * MAX_PREFIXES])).count == MAX_TERMS


def test_a_snippet_is_around_the_most_terms_and_marks_them() -> None:
    text = "Ferry news. " + "filler words here. " * 40 + "The ferry talks resumed in Geneva today."
    snippet, marks = make_snippet(text, Terms(("ferry", "talks"), ("genev",)))
    assert snippet.startswith("…") and "ferry talks resumed in Geneva" in snippet
    marked = [snippet[a:b] for a, b in marks]
    assert marked == ["ferry", "talks", "Geneva"]
    assert len(snippet.split()) <= SNIPPET_TOKENS + 1


def test_a_snippet_stems_lightly_and_folds() -> None:
    snippet, marks = make_snippet("Talking of the Zürich talk.", Terms(("talks", "zurich"), ()))
    assert [snippet[a:b] for a, b in marks] == ["Talking", "Zürich", "talk"]


def test_a_snippet_without_a_match_is_the_start_without_marks() -> None:
    snippet, marks = make_snippet("One two three four.", Terms(("absent",), ()))
    assert snippet == "One two three four" and marks == ()
    assert make_snippet("", Terms(("x",), ())) == ("", ())


def test_a_snippet_reads_only_the_start_of_a_long_text() -> None:
    text = "a " * SNIPPET_SCAN + "needle"
    snippet, marks = make_snippet(text, Terms(("needle",), ()))
    assert marks == () and "needle" not in snippet
