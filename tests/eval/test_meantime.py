"""The MEANTIME entity evaluation: gold selection and scoring on a tiny invented corpus, and
(marked ``model``) the whole evaluation on the real corpus when it is there."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from whatweknow.eval.cat import CatDocument, load_corpus
from whatweknow.eval.meantime import (
    ANCHOR,
    SPACY_TO_COARSE,
    BatchPredictor,
    annotated_end,
    evaluate_batch,
    evaluate_entities,
    gold_spans,
    looks_like_name,
    main,
    normalise_start,
    run,
)

if TYPE_CHECKING:
    from conftest import CatWriter

SENTENCES = [
    ["Quorvan", "Mills", "hires", "Ada", "Pell"],  # 0 headline, t1-5
    ["March", "03", ",", "2021"],  # 1 dateline, t6-9
    ["The", "Tessaly", "Council", "met", "President", "Ada", "Pell", "."],  # 2, t10-17
    ["She", "praised", "the", "firm", "."],  # 3, t18-22
    ["Quorvan", "CEO", "Bo", "Lind", "spoke", "."],  # 4, t23-28
    ["Lind", "visited", "Brisk", "."],  # 5, t29-32
    ["Later", "Pell", "left", "Tessaly", "."],  # 6, t33-37: not fully annotated
]


def write_corpus(cat: CatWriter) -> Path:
    mentions = [
        cat.mention(1, [1, 2], "NAM"),
        cat.mention(2, [4, 5], "NAM"),
        cat.mention(3, [10, 11, 12], "NAM"),
        cat.mention(4, [11], "PRE.NAM"),
        cat.mention(5, [14, 15, 16], "NAM"),
        cat.mention(6, [18], "PRO"),
        cat.mention(7, [20, 21], "NOM"),
        cat.mention(8, [23, 24, 25, 26], None),
        cat.mention(9, [25, 26], ""),
        cat.mention(10, [23, 24], ""),
        cat.mention(11, [23], None),
        cat.mention(12, [29], "NAM"),
        cat.mention(13, [31], "NAM"),
        cat.mention(14, [34], None),
        cat.mention(15, [36], None),
        f'<TIMEX3 m_id="50" type="DATE" value="2021-03-03" functionInDocument="CREATION_TIME"'
        f">{cat.anchors(6, 7, 8, 9)}</TIMEX3>",
        cat.entity(101, "ORG"),
        cat.entity(102, "LOC"),
        cat.entity(103, "PER"),
        cat.entity(104, "ORG"),
        cat.entity(105, "PER"),
        cat.entity(107, "PRO"),
    ]
    relations = [
        cat.refers(1, [1, 7, 11], 101),
        cat.refers(2, [4, 15], 102),
        cat.refers(3, [2, 5, 6, 14], 103),
        cat.refers(4, [3], 104),
        cat.refers(5, [8, 9, 10, 12], 105),
        cat.refers(6, [13], 107),
    ]
    cat.write(
        "intra_cross-doc_annotation/corpus_t/1.xml",
        SENTENCES,
        "".join(mentions),
        "".join(relations),
    )
    return cat.folder


@pytest.fixture
def corpus(cat: CatWriter) -> Path:
    return write_corpus(cat)


@pytest.fixture
def doc(corpus: Path) -> CatDocument:
    (d,) = load_corpus(corpus)
    return d


def texts(doc: CatDocument, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    return [(doc.text[s:e], t) for s, e, t in spans]


def test_gold_names_in_the_annotated_region(doc: CatDocument) -> None:
    assert doc.text[: annotated_end(doc)].endswith("Lind visited Brisk.")
    assert sorted(texts(doc, gold_spans(doc))) == sorted(
        [
            ("Quorvan Mills", "ORG"),
            ("Ada Pell", "PER"),  # headline
            ("Tessaly Council", "ORG"),  # "The" left out
            ("Tessaly", "LOC"),  # PRE.NAM
            ("Ada Pell", "PER"),  # "President" left out
            ("Bo Lind", "PER"),  # untyped but a name; its same-entity outer NP is dropped
            ("Quorvan", "ORG"),  # untyped, a name
            ("Lind", "PER"),
        ]
    )
    # not: "She" (PRO), "the firm" (NOM), "Quorvan CEO" (title-headed), "Brisk" (PRO type),
    # "Pell" and "Tessaly" in sentence 6 (after the annotated region)


def test_gold_policies_and_raw_extents(doc: CatDocument) -> None:
    labelled = texts(doc, gold_spans(doc, policy="labelled", normalise_extents=False))
    assert sorted(labelled) == sorted(
        [
            ("Quorvan Mills", "ORG"),
            ("Ada Pell", "PER"),
            ("The Tessaly Council", "ORG"),
            ("Tessaly", "LOC"),
            ("President Ada Pell", "PER"),
            ("Lind", "PER"),
        ]
    )
    assert texts(doc, gold_spans(doc, types=["PRO"])) == [("Brisk", "PRO")]


def test_looks_like_name() -> None:
    assert looks_like_name(["General", "Motors"])
    assert looks_like_name(["the", "Air", "Force"])
    assert looks_like_name(["US"])
    assert looks_like_name(["Bank", "of", "Tessaly"])
    assert not looks_like_name(["He"])
    assert not looks_like_name(["The", "company"])
    assert not looks_like_name(["550"])
    assert not looks_like_name(["Ryanair", "CEO"])
    assert not looks_like_name(["Prime", "Minister", "of", "Tessaly"])
    assert not looks_like_name(["Pell", ",", "the", "chief"])


def test_normalise_start() -> None:
    text = (
        "the Air Force met Mr. Bo Lind and Chief executive Ada Pell; Mr President; General Motors"
    )
    assert text[normalise_start(text, 0, 13, "ORG") :].startswith("Air Force")
    i = text.index("Mr.")
    assert text[normalise_start(text, i, i + 11, "PER") : i + 11] == "Bo Lind"
    i = text.index("Chief")
    assert text[normalise_start(text, i, i + 24, "PER") : i + 24] == "Ada Pell"
    i = text.index("Mr President")
    assert normalise_start(text, i, i + 12, "PER") == i  # nothing left once titles are gone
    i = text.index("General")
    assert normalise_start(text, i, len(text), "ORG") == i  # titles only come off PER spans


def oracle(doc: CatDocument) -> BatchPredictor:
    def predict(batch: list[str]) -> list[list[tuple[int, int, str]]]:
        assert batch == [doc.text]
        return [gold_spans(doc)]

    return predict


def find(doc: CatDocument, s: str, type_: str, nth: int = 0) -> tuple[int, int, str]:
    i = -1
    for _ in range(nth + 1):
        i = doc.text.index(s, i + 1)
    return (i, i + len(s), type_)


def test_evaluate_perfect_and_imperfect(doc: CatDocument) -> None:
    perfect = evaluate_batch([doc], oracle(doc), system="oracle")
    assert perfect.exact.micro.f1 == perfect.overlap.micro.f1 == 1.0
    assert perfect.unmatched == {}

    def predict(text: str) -> list[tuple[int, int, str]]:
        assert text == doc.text
        return [
            find(doc, "Quorvan Mills", "ORG"),
            find(doc, "Ada Pell", "PER"),
            find(doc, "The Tessaly Council", "ORG"),  # determiner stripped: exact match
            find(doc, "President Ada Pell", "PER"),  # title stripped: exact match
            (doc.text.index("Bo Lind"), doc.text.index("Bo Lind") + 8, "PER"),  # + a space
            find(doc, "Lind", "PER", 1),
            find(doc, "Brisk", "ORG"),  # a product name: false positive
            find(doc, "Tessaly Council", "LOC"),  # overlaps "Tessaly" LOC: overlap match only
            find(doc, "Pell", "PER", 2),  # sentence 6: out of the annotated region, ignored
        ]

    rep = evaluate_entities([doc], predict, system="sys")
    assert rep.exact.by_type["PER"].as_dict()["tp"] == 4
    assert (rep.exact.by_type["ORG"].tp, rep.exact.by_type["ORG"].fp) == (2, 1)
    assert rep.exact.by_type["ORG"].fn == 1  # "Quorvan" (sentence 4) missed
    assert (rep.exact.by_type["LOC"].tp, rep.overlap.by_type["LOC"].tp) == (0, 1)
    assert rep.exact.micro.n_gold == 8
    assert rep.exact.micro.n_pred == 8
    assert rep.unmatched == {"name of type PRO": 1}


def test_mismatched_prediction_count(doc: CatDocument) -> None:
    with pytest.raises(ValueError, match="0 predictions for 1 texts"):
        evaluate_batch([doc], lambda batch: [])


def test_spacy_label_map() -> None:
    assert {SPACY_TO_COARSE[k] for k in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")} == {
        "PER",
        "ORG",
        "LOC",
    }
    assert "PRODUCT" not in SPACY_TO_COARSE and "DATE" not in SPACY_TO_COARSE


def test_run_with_systems_hook(corpus: Path, doc: CatDocument) -> None:
    report = run(corpus, {"half": lambda batch: [gold_spans(doc)[:4]]}, anchor=oracle(doc))
    assert [s.system for s in report.systems] == [ANCHOR, "half"]
    assert report.floor_system().system == "half"
    assert report.gold_counts == {"PER": 4, "ORG": 3, "LOC": 1, "PRO": 1, "FIN": 0, "MIX": 0}
    assert report.systems[1].exact.micro.recall == 0.5
    assert report.as_dict()["systems"][0]["exact"]["micro"]["f1"] == 1.0


def test_main_table_json_and_floor(
    corpus: Path, doc: CatDocument, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(corpus)], anchor=oracle(doc)) == 0
    table = capsys.readouterr().out
    assert ANCHOR in table and "micro" in table and "F1 ovl" in table

    assert main([str(corpus), "--json", "--floor", "0.99"], anchor=oracle(doc)) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["n_docs"] == 1 and data["systems"][0]["exact"]["micro"]["f1"] == 1.0

    half: dict[str, BatchPredictor] = {"half": lambda batch: [gold_spans(doc)[:4]]}
    assert main([str(corpus), "--floor", "0.7"], anchor=oracle(doc), systems=half) == 1
    assert "FAIL: half" in capsys.readouterr().err
    assert main([str(corpus), "--floor", "0.6"], anchor=oracle(doc), systems=half) == 0


def test_each_half_is_scored_from_one_run(
    cat: CatWriter, capsys: pytest.CaptureFixture[str]
) -> None:
    """Document "1" falls in the tune half and "2" in the check half (split.half of "meantime");
    the system is run once over both, and each half scored on its own documents."""
    folder = write_corpus(cat)
    (one,) = load_corpus(folder)
    other = one.text.replace("Quorvan", "Quorvex")
    xml = (folder / "intra_cross-doc_annotation/corpus_t/1.xml").read_text(encoding="utf-8")
    second = folder / "intra_cross-doc_annotation/corpus_t/2.xml"
    second.write_text(
        xml.replace('doc_id="1"', 'doc_id="2"').replace("Quorvan", "Quorvex"), encoding="utf-8"
    )
    calls: list[int] = []

    def system(batch: list[str]) -> list[list[tuple[int, int, str]]]:
        calls.append(len(batch))  # the first document's names found, the second's not
        return [gold_spans(one) if t == one.text else [] for t in batch]

    report = run(folder, {"sys": system}, anchor=lambda b: [[] for _ in b])
    assert calls == [2]
    ours = report.systems[1]
    assert {h: r.n_docs for h, r in ours.halves.items()} == {"tune": 1, "check": 1}
    assert ours.halves["tune"].exact.micro.f1 == 1.0
    assert ours.halves["check"].exact.micro.f1 == 0.0
    assert 0.0 < ours.exact.micro.f1 < 1.0 and other != one.text
    assert (
        main(
            [str(folder), "--floor", "0.4"],
            anchor=lambda b: [[] for _ in b],
            systems={"sys": system},
        )
        == 0
    )
    assert "check half, 1 documents: micro F1 0.0" in capsys.readouterr().out
    assert (
        main(
            [str(folder), "--floor-check", "0.4"],
            anchor=lambda b: [[] for _ in b],
            systems={"sys": system},
        )
        == 1
    )


def test_main_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "nowhere")], anchor=lambda b: [[] for _ in b]) == 2
    assert "error:" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([str(tmp_path), "--floor", "65"])


@pytest.mark.model
def test_whole_evaluation_on_meantime(
    capsys: pytest.CaptureFixture[str], shared_data: Path
) -> None:
    assert main([str(shared_data / "meantime"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["n_docs"] >= 90
    anchor = data["systems"][0]
    assert anchor["system"] == ANCHOR
    micro_exact = anchor["exact"]["micro"]
    micro_overlap = anchor["overlap"]["micro"]
    # spaCy en_core_web_sm: exact micro F1 0.73, overlap 0.81 when this was written
    assert 0.6 <= micro_exact["f1"] <= micro_overlap["f1"] <= 0.95
    assert micro_exact["tp"] + micro_exact["fn"] > 700
