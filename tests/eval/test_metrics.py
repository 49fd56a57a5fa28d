"""Span metrics on hand-made span sets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from whatweknow.eval.metrics import (
    PRF,
    Span,
    exact_matches,
    overlap_matches,
    score,
    score_document,
)

GOLD: list[Span] = [(0, 5, "PER"), (10, 20, "ORG"), (30, 40, "LOC")]
PRED: list[Span] = [(0, 5, "PER"), (12, 20, "ORG"), (30, 40, "PER"), (50, 55, "LOC")]


def test_prf_arithmetic_and_row() -> None:
    p = PRF(tp=3, fp=1, fn=2)
    assert (p.precision, p.recall) == (0.75, 0.6)
    assert p.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert (p.n_pred, p.n_gold) == (4, 5)
    assert p.row() == ("75.0", "60.0", "66.7")
    assert p.row(digits=2) == ("75.00", "60.00", "66.67")
    assert PRF(1, 2, 3) + PRF(10, 20, 30) == PRF(11, 22, 33)
    assert PRF().f1 == PRF().precision == PRF().recall == 0.0
    assert PRF(0, 0, 4).as_dict() == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "tp": 0,
        "fp": 0,
        "fn": 4,
    }


def test_exact_versus_overlap_per_type() -> None:
    exact = score_document(GOLD, PRED, "exact")
    assert exact == {"PER": PRF(1, 1, 0), "ORG": PRF(0, 1, 1), "LOC": PRF(0, 1, 1)}
    overlap = score_document(GOLD, PRED, "overlap")
    # (12, 20) overlaps the ORG gold; (30, 40, PER) overlaps a LOC gold: wrong type, no match
    assert overlap == {"PER": PRF(1, 1, 0), "ORG": PRF(1, 0, 0), "LOC": PRF(0, 1, 1)}


def test_touching_spans_do_not_overlap() -> None:
    assert overlap_matches([(0, 5, "X")], [(5, 9, "X")]) == 0
    assert overlap_matches([(0, 5, "X")], [(4, 9, "X")]) == 1


def test_overlap_is_one_to_one() -> None:
    two_gold = [(0, 5, "ORG"), (6, 10, "ORG")]
    assert overlap_matches(two_gold, [(0, 10, "ORG")]) == 1  # one long prediction, one match
    assert score_document(two_gold, [(0, 10, "ORG")], "overlap")["ORG"] == PRF(1, 0, 1)
    one_gold = [(0, 10, "ORG")]
    two_pred = [(0, 4, "ORG"), (5, 10, "ORG")]
    assert score_document(one_gold, two_pred, "overlap")["ORG"] == PRF(1, 1, 0)


def test_overlap_finds_the_maximum_matching() -> None:
    # a greedy pass would give the first gold to (5, 9) and leave (0, 3) unmatched
    gold = [(0, 10, "LOC"), (8, 20, "LOC")]
    pred = [(5, 9, "LOC"), (0, 3, "LOC")]
    assert overlap_matches(gold, pred) == 2


def test_duplicates_count_once() -> None:
    assert exact_matches([(0, 5, "PER"), (0, 5, "PER")], [(0, 5, "PER")] * 3) == 1
    assert score_document([(0, 5, "PER")] * 2, [(0, 5, "PER")] * 3, "exact") == {
        "PER": PRF(1, 0, 0)
    }


def test_score_over_documents_micro_and_type_filter() -> None:
    gold_docs = [GOLD, [(0, 5, "PER")]]
    pred_docs = [PRED, [(1, 5, "PER"), (7, 9, "MISC")]]
    exact = score(gold_docs, pred_docs, "exact", types=["PER", "ORG", "LOC"])
    assert list(exact.by_type) == ["PER", "ORG", "LOC"]
    assert exact.by_type["PER"] == PRF(1, 2, 1)  # spans of different documents never match
    assert exact.micro == PRF(1, 4, 3)  # MISC ignored on both sides
    overlap = score(gold_docs, pred_docs, "overlap", types=["PER", "ORG", "LOC"])
    assert overlap.by_type["PER"] == PRF(2, 1, 0)
    assert overlap.micro == PRF(3, 2, 1)
    assert overlap.as_dict()["mode"] == "overlap"
    everything = score(gold_docs, pred_docs, "exact")
    assert list(everything.by_type) == ["LOC", "MISC", "ORG", "PER"]
    assert everything.by_type["MISC"] == PRF(0, 1, 0)


def test_type_without_spans_scores_zero() -> None:
    s = score([[(0, 1, "PER")]], [[(0, 1, "PER")]], "exact", types=["PER", "LOC"])
    assert s.by_type["LOC"] == PRF() and s.by_type["LOC"].f1 == 0.0
    assert s.micro.f1 == 1.0


def test_aligned_documents_required() -> None:
    with pytest.raises(ValueError, match="2 gold documents but 1"):
        score([[], []], [[]])


spans = st.lists(
    st.tuples(st.integers(0, 30), st.integers(1, 8), st.sampled_from(["A", "B"])).map(
        lambda t: (t[0], t[0] + t[1], t[2])
    ),
    max_size=8,
)


@given(spans, spans)
def test_exact_never_beats_overlap(gold: list[Span], pred: list[Span]) -> None:
    ex = score([gold], [pred], "exact").micro
    ov = score([gold], [pred], "overlap").micro
    assert ex.tp <= ov.tp <= min(len(set(gold)), len(set(pred)))
    assert ex.n_gold == ov.n_gold == len(set(gold))
    assert ex.n_pred == ov.n_pred == len(set(pred))
    assert score([gold], [gold], "overlap").micro.f1 == (1.0 if gold else 0.0)
