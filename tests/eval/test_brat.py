"""The brat stand-off loader and attribution matching, on tiny invented annotations."""

from __future__ import annotations

from pathlib import Path

from whatweknow.eval.brat import (
    Attribution,
    PredictedAttribution,
    Span,
    compatible,
    envelope,
    load_brat,
    match_attributions,
    overlaps,
    parse_ann,
)

TEXT = 'Budget row\n\nThe mayor said "the bridge will close in May". Aides, she added, were told.\n'


def at(sub: str, start: int = 0) -> tuple[int, int]:
    i = TEXT.index(sub, start)
    return i, i + len(sub)


def t_line(tid: str, kind: str, *subs: str) -> str:
    frags = [at(s) for s in subs]
    offsets = ";".join(f"{a} {b}" for a, b in frags)
    return f"{tid}\t{kind} {offsets}\t{' '.join(TEXT[a:b] for a, b in frags)}"


def test_attribution_with_source_cue_and_content() -> None:
    ann = "\n".join(
        [
            t_line("T1", "Source", "The mayor"),
            t_line("T2", "Cue", "said"),
            t_line("T3", "Content", '"the bridge will close in May"'),
            t_line("T4", "Attribution", "said"),
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "#1\tAnnotatorNotes T3\ta note",
            "A1\tNegated E1",
            "",
        ]
    )
    doc = parse_ann(ann, TEXT, "x")
    assert doc.problems == []
    [a] = doc.attributions
    assert a.id == "E1"
    assert a.source == [Span(*at("The mayor"))]
    assert a.cue == [Span(*at("said"))]
    assert a.content_span == Span(*at('"the bridge will close in May"'))
    assert TEXT[a.content_span.start : a.content_span.end].startswith('"the')
    assert doc.textbounds["T4"].type == "Attribution"


def test_discontinuous_spans_in_file_order_and_second_content() -> None:
    # A content in two fragments listed out of order, and a Content2 fragment.
    first, second = at("Aides,"), at("were told")
    ann = "\n".join(
        [
            f"T1\tContent {second[0]} {second[1]};{first[0]} {first[1]}\twere told Aides,",
            t_line("T2", "Cue", "added"),
            t_line("T3", "Content", "Budget row"),
            "E1\tAttribution-no-source:T2 Cue:T2 Content:T1 Content2:T3",
        ]
    )
    doc = parse_ann(ann, TEXT)
    assert doc.problems == []
    [a] = doc.attributions
    assert a.source is None and a.source_span is None
    assert a.content == sorted([Span(*first), Span(*second), Span(*at("Budget row"))])
    assert a.content_span == Span(0, second[1])
    assert doc.textbounds["T1"].spans == (Span(*first), Span(*second))


def test_annotated_string_over_line_breaks() -> None:
    start, end = at("Budget row\n\nThe mayor")
    ann = f"T1\tContent {start} {end}\tBudget row\n\nThe mayor\nT2\tCue 0 6\tBudget\n"
    ann += "E1\tAttribution-no-source:T2 Cue:T2 Content:T1\n"
    doc = parse_ann(ann, TEXT)
    assert doc.problems == []
    assert doc.textbounds["T1"].text == "Budget row\n\nThe mayor"
    assert doc.attributions[0].content_span == Span(start, end)


def test_problems_are_reported_not_raised() -> None:
    ann = "\n".join(
        [
            "T1\tContent 0 6\tBridge",  # the text there is "Budget"
            f"T2\tCue 80 {len(TEXT) + 5}\tx",  # beyond the text
            "T3\tCue x y\tnothing",  # malformed offsets
            "E1\tAttribution:T9 Cue:T2 Content:T1 Source:T7",  # T7 is missing
            "E2\tAttribution-no-source:T2 Cue:T2",  # no content
            "E3\tbroken",
            "stray text before any annotation is kept with the line above",
        ]
    )
    doc = parse_ann(ann, TEXT)
    text = "\n".join(doc.problems)
    assert "T1: text[0 6] is 'Budget'" in text
    assert "T2: offsets" in text
    assert "malformed text-bound line" in text
    assert "E1: Source refers to missing T7" in text
    assert "E2: Attribution-no-source without content" in text
    assert "E3: malformed event" in text
    [a] = doc.attributions
    assert a.id == "E1" and a.source is None


def test_load_brat_keeps_line_ends(tmp_path: Path) -> None:
    text = "Head\r\n\r\nShe said it.\n"
    (tmp_path / "a.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "a_x.ann").write_text(
        "T1\tSource 8 11\tShe\nT2\tCue 12 16\tsaid\nT3\tContent 17 19\tit\n"
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n",
        encoding="utf-8",
    )
    doc = load_brat(tmp_path / "a_x.ann", tmp_path / "a.txt")
    assert doc.name == "a_x" and doc.text == text and doc.problems == []
    assert doc.attributions[0].source_span == Span(8, 11)


def test_envelope_and_overlap() -> None:
    assert envelope([]) is None
    assert envelope([Span(5, 9), Span(1, 3)]) == Span(1, 9)
    assert overlaps(Span(0, 3), Span(2, 5))
    assert not overlaps(Span(0, 3), Span(3, 5))
    assert overlaps(None, None)
    assert not overlaps(Span(0, 1), None)


def test_matching_is_one_to_one_and_needs_every_role() -> None:
    g1 = Attribution("E1", [Span(0, 5)], [Span(6, 10)], [Span(11, 30)])
    g2 = Attribution("E2", None, [Span(31, 35)], [Span(36, 50)])
    good = PredictedAttribution(Span(20, 40), Span(7, 8), Span(0, 2))
    assert compatible(good, g1)
    assert not compatible(good, g2)  # the cue does not overlap, and g2 has no source
    wide = PredictedAttribution(Span(0, 60), Span(0, 40), None)
    assert compatible(wide, g2) and not compatible(wide, g1)
    # one prediction covering both gold attributions matches once
    assert match_attributions([g1, g2], [wide]) == 1
    assert match_attributions([g1, g2], [good, wide]) == 2
    assert match_attributions([g1], [good, good]) == 1
    assert match_attributions([], [good]) == 0
