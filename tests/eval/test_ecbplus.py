"""The ECB+ evaluation: clustering and coreference metrics on known cases, the loader on a tiny
invented file, and (marked ``model``) the whole evaluation on one real topic when it is there."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from whatweknow.eval.coref import bcubed, ceaf_e, coref_scores, muc, v_measure
from whatweknow.eval.ecbplus import main
from whatweknow.eval.ecbplus_corpus import find_date, load_corpus


def test_bcubed_on_a_known_case() -> None:
    gold = {"a": 1, "b": 1, "c": 2}
    pred = {"a": "x", "b": "y", "c": "y"}
    got = bcubed(gold, pred)
    assert got.precision == pytest.approx(2 / 3) and got.recall == pytest.approx(2 / 3)
    assert bcubed(gold, gold).f1 == 1.0
    alone = bcubed(gold, {})
    assert alone.precision == 1.0 and alone.recall == pytest.approx(2 / 3)


def test_v_measure_extremes() -> None:
    gold = {"a": 1, "b": 1, "c": 2, "d": 2}
    assert v_measure(gold, gold)["v_measure"] == pytest.approx(1.0)
    one = v_measure(gold, dict.fromkeys(gold, 0))
    assert (one["homogeneity"], one["completeness"]) == (pytest.approx(0.0), 1.0)
    singletons = v_measure(gold, {k: k for k in gold})
    assert singletons["homogeneity"] == pytest.approx(1.0)
    assert 0 < singletons["completeness"] < 1


def test_muc_and_ceaf() -> None:
    gold = {"a": 1, "b": 1, "c": 1}
    pred = {"a": "x", "b": "x", "c": "y"}
    m = muc(gold, pred)
    assert (m.precision, m.recall) == (1.0, 0.5)
    assert ceaf_e(gold, gold).f1 == 1.0
    c = ceaf_e(gold, pred)  # one gold entity; best aligned with {a, b}: 2*2/(3+2) = 0.8
    assert (c.precision, c.recall) == (pytest.approx(0.4), pytest.approx(0.8))
    scores = coref_scores(gold, gold)
    assert scores["conll_f1"] == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Friday August 2 , 2013 @ 8 : 13am PDT", date(2013, 8, 2)),
        ("Published on : Fri , 11 Nov 2011 at 09 : 56 IST", date(2011, 11, 11)),
        ("May 03 , 2013", date(2013, 5, 3)),
        ("Ellen DeGeneres To Host 86th Oscars", None),
        ("February 30 , 2013", None),
    ],
)
def test_find_date(line: str, expected: date | None) -> None:
    assert find_date(line) == expected


DOC = """<Document doc_name="{name}.xml" doc_id="D1">
{tokens}
<Markables>
<ACTION_OCCURRENCE m_id="1"><token_anchor t_id="{hit}"/></ACTION_OCCURRENCE>
<ACTION_OCCURRENCE m_id="2"><token_anchor t_id="{other}"/></ACTION_OCCURRENCE>
<HUMAN_PART_PER m_id="3"><token_anchor t_id="{first}"/></HUMAN_PART_PER>
<ACTION_OCCURRENCE m_id="9" TAG_DESCRIPTOR="t9_quake" instance_id="ACT1"/>
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="ACT1"><source m_id="1"/><target m_id="9"/></CROSS_DOC_COREF>
</Relations>
</Document>"""


def write(folder: Path, name: str, sentences: list[list[str]], hit: str, other: str) -> None:
    tokens, t_id, where = [], 1, {}
    for s, words in enumerate(sentences):
        for n, w in enumerate(words):
            tokens.append(f'<token t_id="{t_id}" sentence="{s}" number="{n}">{w}</token>')
            where.setdefault(w, t_id)
            t_id += 1
    topic = name.split("_")[0]
    (folder / topic).mkdir(parents=True, exist_ok=True)
    xml = DOC.format(
        name=name, tokens="\n".join(tokens), hit=where[hit], other=where[other], first=1
    )
    (folder / topic / f"{name}.xml").write_text(xml, encoding="utf-8")


def test_loader_rebuilds_the_text_and_the_gold(tmp_path: Path) -> None:
    root = tmp_path / "ecbplus"
    write(
        root / "ECB+",
        "7_1ecbplus",
        [
            ["http", ":", "/", "/", "www", ".", "quakenews", ".", "example", "/", "a"],
            ["Quake", "strikes", "Valdoria"],
            ["May", "03", ",", "2013"],
            ["A", "strong", "quake", "struck", "Valdoria", "on", "Friday", "."],
            ["Rescuers", "searched", "the", "rubble", "."],
        ],
        "struck",
        "searched",
    )
    write(root / "ECB+", "7_1ecb", [["A", "quake", "hit", "Valdoria", "."]], "hit", "quake")
    (root / "ECBplus_coreference_sentences.csv").write_text(
        "Topic,File,Sentence Number\n7,1ecbplus,3\n7,1ecb,0\n", encoding="utf-8"
    )
    docs = load_corpus(root)
    assert [d.name for d in docs] == ["7_1ecb", "7_1ecbplus"]
    plus = docs[1]
    assert plus.text == (
        "Quake strikes Valdoria\n\nMay 03, 2013\n\n"
        "A strong quake struck Valdoria on Friday. Rescuers searched the rubble."
    )
    assert (plus.url, plus.outlet) == ("http://www.quakenews.example/a", "quakenews.example")
    assert (plus.published, plus.topic, plus.subtopic) == (date(2013, 5, 3), 7, "7+")
    [event] = plus.events  # "searched" is outside the annotated sentences
    assert (event.text, event.cluster) == ("struck", "ACT1")
    assert plus.text[event.start : event.end] == "struck"
    assert docs[0].subtopic == "7" and docs[0].published is None
    assert {e.text for e in docs[0].events} == {"hit", "quake"}


def test_a_missing_corpus_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "none")]) == 2
    assert "no ECB+ folder" in capsys.readouterr().err


@pytest.mark.model
def test_one_topic_end_to_end(capsys: pytest.CaptureFixture[str], shared_data: Path) -> None:
    code = main([str(shared_data / "ecbplus"), "--topics", "2", "--floor", "0.3"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "vs subtopic" in out and "CoNLL F1" in out and "build stories" in out
    assert "related vs topic" in out
    assert "check tfidf" in out and "tune  ours" in out
