"""The TimeML loader and the TempEval-3 scoring, on tiny documents the tests write; (marked
``model``) the whole evaluation on the real corpus when it is there."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from whatweknow.eval.tempeval import (
    ANCHOR,
    SYSTEM,
    Item,
    Prediction,
    TimexScores,
    evaluate,
    load_meantime_items,
    load_tempeval_items,
    main,
    match_pairs,
    score,
)
from whatweknow.eval.timeml import (
    TimeMLFormatError,
    load_timeml,
    load_timeml_corpus,
    parse_date,
)

if TYPE_CHECKING:
    from conftest import CatWriter

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST0001</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="2024-06-03T09:30" temporalFunction="false" \
functionInDocument="CREATION_TIME">2024-06-03 09:30</TIMEX3></DCT>
<TITLE>TALKS RESUME</TITLE>
<TEXT>
Quorvan envoys <EVENT eid="e1" class="OCCURRENCE">met</EVENT> \
<TIMEX3 tid="t1" type="DATE" value="2024-05-31" temporalFunction="true" \
functionInDocument="NONE">Friday</TIMEX3> &amp; will meet <SIGNAL sid="s1">again</SIGNAL> \
<TIMEX3 tid="t2" type="DATE" value="2024-W24" functionInDocument="NONE">next week</TIMEX3>.

The feud has lasted <TIMEX3 tid="t3" type="DURATION" value="P40Y" mod="EQUAL_OR_LESS" \
functionInDocument="NONE">nearly forty years</TIMEX3>.
</TEXT>
</TimeML>
"""


def write_tml(folder: Path, name: str = "a.tml", text: str = TML) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_load_timeml_offsets_slice_the_text(tmp_path: Path) -> None:
    doc = load_timeml(write_tml(tmp_path))
    assert doc.doc_id == "TEST0001"
    assert doc.dct == date(2024, 6, 3)
    assert doc.dct_value == "2024-06-03T09:30"
    assert doc.text.startswith("\nQuorvan envoys met Friday & will meet again next week.")
    assert "TALKS RESUME" not in doc.text  # only <TEXT> is the text
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("Friday", "DATE", "2024-05-31"),
        ("next week", "DATE", "2024-W24"),
        ("nearly forty years", "DURATION", "P40Y"),
    ]
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text
    assert doc.timexes[2].mod == "EQUAL_OR_LESS"
    assert doc.timexes[0].mod is None


def test_load_timeml_rejects_other_files(tmp_path: Path) -> None:
    with pytest.raises(TimeMLFormatError):
        load_timeml(write_tml(tmp_path, "bad.tml", "<TimeML><TEXT>unclosed"))
    with pytest.raises(TimeMLFormatError):
        load_timeml(write_tml(tmp_path, "other.tml", "<Document/>"))
    with pytest.raises(TimeMLFormatError):
        load_timeml(write_tml(tmp_path, "notext.tml", "<TimeML><DOCID>x</DOCID></TimeML>"))


def test_corpus_reads_each_document_once(tmp_path: Path) -> None:
    write_tml(tmp_path / "TimeBank")
    write_tml(tmp_path / "testpipeline")  # the same DOCID again
    write_tml(tmp_path / "TimeBank", "junk.tml", "<Document/>")
    docs = load_timeml_corpus(tmp_path)
    assert [d.doc_id for d in docs] == ["TEST0001"]
    with pytest.raises(FileNotFoundError):
        load_timeml_corpus(tmp_path / "nowhere")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1998-11-20T19:30", date(1998, 11, 20)),
        ("1998-11-20", date(1998, 11, 20)),
        ("03-02-2009", date(2009, 2, 3)),
        ("1998-W12", None),
        ("1998-02-30", None),
        (None, None),
    ],
)
def test_parse_date(value: str | None, expected: date | None) -> None:
    assert parse_date(value) == expected


# --------------------------------------------------------------------------------------------
# scoring


def P(start: int, end: int, value: str = "2024", type_: str = "DATE") -> Prediction:
    return Prediction(start, end, type_, value)


def test_match_pairs_prefers_the_largest_overlap() -> None:
    gold = [P(0, 10), P(12, 20)]
    pred = [P(5, 15), P(11, 20)]
    assert match_pairs(gold, pred) == [(0, 0), (1, 1)]
    assert match_pairs([P(0, 10)], [P(0, 4), P(3, 10)]) == [(0, 1)]
    assert match_pairs([P(0, 5)], [P(5, 9)]) == []


def test_score_strict_relaxed_value_and_type() -> None:
    gold = [P(0, 9, "2023"), P(20, 26, "2024-05-31"), P(40, 50, "P2Y", "DURATION")]
    pred = [
        P(0, 9, "2023"),  # exact, right value
        P(17, 26, "2024-06-07"),  # overlap, wrong value
        P(40, 50, "P2Y", "DATE"),  # exact, right value, wrong type
        P(60, 64),  # spurious
    ]
    s = score(gold, pred)
    assert (s.n_gold, s.n_pred) == (3, 4)
    assert (s.strict_tp, s.relaxed_tp, s.value_tp, s.type_tp) == (2, 3, 2, 2)
    assert s.value_accuracy == pytest.approx(2 / 3)
    assert s.value.precision == pytest.approx(2 / 4)
    assert s.value.recall == pytest.approx(2 / 3)
    assert s.relaxed.f1 == pytest.approx(2 * 3 / 7)
    assert (s + s).relaxed_tp == 6
    assert TimexScores().value_accuracy == 0.0


def test_value_f1_is_the_official_toolkits() -> None:
    """TempEval-3's toolkit (``evaluate_entities.py``) gives the value attribute an F1 of
    value accuracy (right values over relaxed matches) times the relaxed-match F1; with each
    expression matched at most once that is our value F1, summed over documents."""
    docs = [
        ([P(0, 9, "2023"), P(20, 26, "2024-05-31")], [P(0, 4, "2023"), P(18, 30, "2024-06-07")]),
        ([P(0, 5, "P2D"), P(9, 17, "P6D")], [P(0, 17, "P6D")]),  # spans two: pairs with the larger
        ([P(3, 8, "PRESENT_REF")], [P(3, 8, "PRESENT_REF"), P(30, 34, "2024")]),
    ]
    total = sum((score(g, p) for g, p in docs), TimexScores())
    assert (total.n_gold, total.n_pred, total.relaxed_tp, total.value_tp) == (5, 5, 4, 3)
    official = total.value_accuracy * total.relaxed.f1
    assert total.value.f1 == pytest.approx(official)
    assert total.value.f1 == pytest.approx(2 * 3 / (5 + 5))


def _items() -> list[Item]:
    text = "Quorvan envoys met Friday and will meet next week."
    gold = (P(19, 25, "2024-05-31"), P(40, 49, "2024-W24"))
    return [Item("d1", text, date(2024, 6, 3), gold, "TimeBank")]


def fake_runner(items: list[Item]) -> dict[str, list[list[Prediction]]]:
    return {
        ANCHOR: [[P(g.start, g.end, "") for g in it.gold] for it in items],
        SYSTEM: [[P(19, 25, "2024-05-31"), P(40, 49, "2024-W25")] for _ in items],
    }


def test_evaluate_scores_every_system() -> None:
    reports, _ = evaluate(_items(), fake_runner)
    by_name = {r.system: r for r in reports}
    assert by_name[ANCHOR].total.relaxed.f1 == 1.0
    assert by_name[ANCHOR].total.value.f1 == 0.0
    assert by_name[SYSTEM].total.value_tp == 1
    assert by_name[SYSTEM].parts.keys() == {"TimeBank"}


def test_each_half_of_the_split_is_scored() -> None:
    from whatweknow.eval.split import half
    from whatweknow.eval.tempeval import half_sizes

    items = [dataclasses.replace(_items()[0], doc_id=f"d{i}") for i in range(6)]
    reports, _ = evaluate(items, fake_runner, "tempeval3")
    ours = next(r for r in reports if r.system == SYSTEM)
    sizes = half_sizes(items, "tempeval3")
    assert sizes == {h: sum(half("tempeval3", it.doc_id) == h for it in items) for h in sizes}
    for h, n in sizes.items():
        assert ours.halves[h].n_gold == 2 * n and ours.halves[h].value_tp == n
    assert sum(s.n_gold for s in ours.halves.values()) == ours.total.n_gold


def test_main_table_json_floor_and_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "tbaq"
    write_tml(corpus / "TimeBank")

    def runner(items: list[Item]) -> dict[str, list[list[Prediction]]]:
        return {
            ANCHOR: [[P(g.start, g.end, "") for g in it.gold] for it in items],
            SYSTEM: [list(it.gold) for it in items],
        }

    assert main([str(corpus)], runner=runner) == 0
    out = capsys.readouterr().out
    assert "3 gold TIMEX3" in out and SYSTEM in out and ANCHOR in out
    assert main([str(corpus), "--json", "--floor", "0.99"], runner=runner) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["systems"][1]["total"]["value"]["f1"] == 1.0
    half: dict[str, list[list[Prediction]]] = {SYSTEM: [[]], ANCHOR: [[]]}
    assert main([str(corpus), "--floor", "0.5"], runner=lambda items: half) == 1
    assert main([str(corpus), "--floor-check", "0.5"], runner=lambda items: half) == 1
    assert main([str(tmp_path / "nowhere")], runner=runner) == 2
    assert main([str(tmp_path / "empty")], runner=runner) == 2
    with pytest.raises(SystemExit):
        main([str(corpus), "--floor", "80"], runner=runner)


def test_tempeval_items_carry_the_creation_date(tmp_path: Path) -> None:
    write_tml(tmp_path / "AQUAINT")
    (item,) = load_tempeval_items(tmp_path)
    assert item.anchor == date(2024, 6, 3)
    assert item.part == "AQUAINT"
    assert [item.text[g.start : g.end] for g in item.gold] == [
        "Friday",
        "next week",
        "nearly forty years",
    ]


def test_meantime_items_keep_the_annotated_region(cat: CatWriter) -> None:
    sentences = [
        ["Talks", "resume"],  # 0 headline, t1-2
        ["June", "03", ",", "2024"],  # 1 dateline, t3-6
        ["Envoys", "met", "Friday", "."],  # 2, t7-10
        ["They", "left", "."],
        ["They", "ate", "."],
        ["They", "slept", "."],
        ["They", "met", "again", "Monday", "."],  # 6: outside the annotated region, t20-24
    ]
    markables = (
        f'<TIMEX3 m_id="1" type="DATE" value="2024-06-03" functionInDocument="CREATION_TIME">'
        f"{cat.anchors(3, 4, 5, 6)}</TIMEX3>"
        f'<TIMEX3 m_id="2" type="DATE" value="2024-05-31" functionInDocument="NONE">'
        f"{cat.anchors(9)}</TIMEX3>"
        f'<TIMEX3 m_id="3" type="DATE" value="2024-06-03" functionInDocument="NONE">'
        f"{cat.anchors(23)}</TIMEX3>"
        f'<TIMEX3 m_id="4" type="DATE" value="2025" functionInDocument="NONE"></TIMEX3>'
    )
    cat.write("corpus/en/a.xml", sentences, markables)
    (item,) = load_meantime_items(cat.folder / "corpus")
    assert item.anchor == date(2024, 6, 3)
    assert [(item.text[g.start : g.end], g.value) for g in item.gold] == [
        ("June 03, 2024", "2024-06-03"),
        ("Friday", "2024-05-31"),
    ]
    assert "Monday" not in item.text


@pytest.mark.model
def test_real_corpus(capsys: pytest.CaptureFixture[str], shared_data: Path) -> None:
    timebank = shared_data / "tempeval3" / "TBAQ-cleaned" / "TimeBank"
    args = [str(timebank), "--json", "--floor", "0.75"]
    args += ["--meantime", str(shared_data / "meantime"), "--meantime-floor", "0.75"]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    ours = data[0]["systems"][1]
    assert ours["system"] == SYSTEM
    assert ours["total"]["relaxed"]["f1"] > 0.85
