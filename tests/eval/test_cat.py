"""The CAT XML loader, on tiny documents the tests write (invented sentences)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from whatweknow.eval.cat import (
    CatDocument,
    CatFormatError,
    detokenize,
    find_cat_files,
    load_cat,
    load_corpus,
)

if TYPE_CHECKING:
    from conftest import CatWriter

SENTENCES = [
    ["Quorvan", "Mills", "opens", "plant", "in", "Tessaly"],  # t1-6: headline
    ["March", "03", ",", "2021"],  # t7-10: dateline
    [
        "Quorvan",
        "chief",
        "Ada",
        "Pell",
        "said",
        ":",
        "``",
        "We",
        "'re",
        "glad",
        ".",
        "''",
    ],  # t11-22
    ["The", "firm", "'s", "shares", "rose", "5", "%", "(", "to", "$", "12", ")", "."],  # t23-35
]
EXPECTED_TEXT = (
    "Quorvan Mills opens plant in Tessaly\n\n"
    "March 03, 2021\n\n"
    "Quorvan chief Ada Pell said: \"We're glad.\" The firm's shares rose 5% (to $12)."
)


def markables(cat: CatWriter, creation: bool = True) -> str:
    function = "CREATION_TIME" if creation else "NONE"
    return "".join(
        [
            cat.mention(1, [1, 2], "NAM"),
            cat.mention(2, [6], "NAM"),
            cat.mention(3, [11], "PRE.NAM"),
            cat.mention(4, [11, 12, 13, 14], "NAM"),
            cat.mention(5, [13, 14], None),  # no syntactic_type attribute
            cat.mention(6, [23, 24], ""),  # an empty one
            cat.mention(7, [11, 13], "NAM"),  # discontinuous, refers to nothing
            f'<TIMEX3 m_id="50" type="DATE" value="2021-03-03" functionInDocument="{function}"'
            f' anchorTimeID="">{cat.anchors(7, 8, 9, 10)}</TIMEX3>',
            '<TIMEX3 m_id="51" type="DURATION" value="P1D" functionInDocument="NONE"'
            ' anchorTimeID="50" TAG_DESCRIPTOR="a day"/>',
            '<EVENT_MENTION m_id="60" certainty="CERTAIN" polarity="POS" time="NON_FUTURE"'
            f' pos="VERB" tense="PRESENT" aspect="NONE">{cat.anchors(3)}</EVENT_MENTION>',
            '<EVENT_MENTION m_id="61" certainty="" polarity="NEG" time="FUTURE" pos="VERB"'
            f' tense="PAST">{cat.anchors(15)}</EVENT_MENTION>',
            f'<VALUE m_id="70" type="PERCENT">{cat.anchors(28, 29)}</VALUE>',
            cat.entity(101, "ORG", "Quorvan Mills"),
            cat.entity(102, "LOC", "Tessaly"),
            cat.entity(103, "PER", "Ada Pell"),
            '<EVENT m_id="160" class="OTHER" TAG_DESCRIPTOR="open" instance_id="EV1"/>',
        ]
    )


def relations(cat: CatWriter) -> str:
    return "".join(
        [
            cat.refers(1, [1, 3, 6], 101),
            cat.refers(2, [2], 102),
            cat.refers(3, [4, 5], 103),
            cat.refers(4, [60], 160),
            '<TLINK r_id="9" reltype="IS_INCLUDED" signalID=""><source m_id="60"/>'
            '<target m_id="50"/></TLINK>',
        ]
    )


@pytest.fixture
def doc(cat: CatWriter) -> CatDocument:
    return load_cat(cat.write("a.xml", SENTENCES, markables(cat), relations(cat), doc_id="42"))


def test_text_reads_naturally(doc: CatDocument) -> None:
    assert doc.text == EXPECTED_TEXT
    assert (doc.doc_id, doc.doc_name, doc.lang) == ("42", "doc_42", "en")
    assert doc.url == "http://example.org/42"


def test_token_offsets(doc: CatDocument) -> None:
    assert len(doc.tokens) == sum(len(s) for s in SENTENCES)
    for tok in doc.tokens:
        assert doc.text[tok.start : tok.end] == tok.text
    forms = [t.form for t in doc.tokens]
    assert forms == [w for s in SENTENCES for w in s]  # the file's tokens, untouched
    quotes = [t for t in doc.tokens if t.form in ("``", "''")]
    assert [t.text for t in quotes] == ['"', '"']
    assert [doc.text[a:b] for a, b in doc.sentence_spans] == [
        "Quorvan Mills opens plant in Tessaly",
        "March 03, 2021",
        'Quorvan chief Ada Pell said: "We\'re glad."',
        "The firm's shares rose 5% (to $12).",
    ]
    assert doc.sentence_end(1) == doc.text.index("2021") + 4
    assert doc.sentence_end(99) == len(doc.text)


def test_mention_offsets_types_and_syntactic_types(doc: CatDocument) -> None:
    by_id = {m.m_id: m for m in doc.entity_mentions}
    got = {
        k: (doc.text[m.start : m.end], m.type, m.syntactic_type, m.sentence)
        for k, m in by_id.items()
    }
    assert got == {
        "1": ("Quorvan Mills", "ORG", "NAM", 0),
        "2": ("Tessaly", "LOC", "NAM", 0),
        "3": ("Quorvan", "ORG", "PRE.NAM", 2),
        "4": ("Quorvan chief Ada Pell", "PER", "NAM", 2),
        "5": ("Ada Pell", "PER", None, 2),
        "6": ("The firm", "ORG", None, 3),
        "7": ("Quorvan chief Ada", None, "NAM", 2),
    }
    by_tid = {t.t_id: t for t in doc.tokens}
    for m in doc.entity_mentions:
        first, last = by_tid[m.token_ids[0]], by_tid[m.token_ids[-1]]
        assert (m.start, m.end) == (first.start, last.end)
        if m.contiguous:
            joined, _, _ = detokenize([by_tid[i].form for i in m.token_ids])
            assert doc.text[m.start : m.end] == joined
    assert by_id["4"].entity_id == "103"
    assert by_id["4"].instance_id == "INST103"
    assert not by_id["7"].contiguous
    assert by_id["7"].token_ids == (11, 13)
    assert by_id["7"].entity_id is None
    # sorted by position, longest first
    assert [m.m_id for m in doc.entity_mentions][:2] == ["1", "2"]
    assert {e.m_id: e.ent_type for e in doc.entities} == {"101": "ORG", "102": "LOC", "103": "PER"}


def test_timexes_and_creation_time(doc: CatDocument) -> None:
    assert doc.creation_time is not None
    assert doc.creation_time.value == "2021-03-03"
    assert doc.creation_time_source == "attribute"
    ct = doc.creation_time
    assert ct.start is not None and ct.end is not None
    assert doc.text[ct.start : ct.end] == "March 03, 2021"
    implicit = next(t for t in doc.timexes if t.m_id == "51")
    assert (implicit.start, implicit.end, implicit.token_ids) == (None, None, ())
    assert (implicit.type, implicit.value, implicit.anchor_time_id) == ("DURATION", "P1D", "50")
    assert implicit.descriptor == "a day"
    assert not implicit.is_creation_time


def test_creation_time_from_the_dateline(cat: CatWriter) -> None:
    path = cat.write("b.xml", SENTENCES, markables(cat, creation=False), relations(cat))
    doc = load_cat(path)
    assert doc.creation_time is not None and doc.creation_time.m_id == "50"
    assert doc.creation_time_source == "dateline"


def test_no_dateline(cat: CatWriter) -> None:
    sentences = [["Quorvan", "grows"], ["It", "hired", "staff", "."], ["Sales", "rose", "."]]
    doc = load_cat(cat.write("c.xml", sentences))
    assert doc.text == "Quorvan grows\n\nIt hired staff. Sales rose."
    assert doc.creation_time is None and doc.creation_time_source is None
    assert doc.entity_mentions == ()


def test_events_values_relations(doc: CatDocument) -> None:
    ev = {e.m_id: e for e in doc.event_mentions}
    assert doc.text[ev["60"].start : ev["60"].end] == "opens"
    assert (ev["60"].certainty, ev["60"].polarity, ev["60"].time) == (
        "CERTAIN",
        "POS",
        "NON_FUTURE",
    )
    assert (ev["60"].pos, ev["60"].tense, ev["60"].aspect) == ("VERB", "PRESENT", "NONE")
    assert (ev["60"].event_id, ev["60"].event_class) == ("160", "OTHER")
    assert (ev["61"].certainty, ev["61"].polarity, ev["61"].time) == (None, "NEG", "FUTURE")
    assert ev["61"].aspect is None and ev["61"].event_id is None
    assert [e.event_class for e in doc.events] == ["OTHER"]
    (value,) = doc.values
    assert (doc.text[value.start : value.end], value.type) == ("5%", "PERCENT")
    tlink = next(r for r in doc.relations if r.kind == "TLINK")
    assert (tlink.sources, tlink.targets, tlink.get("reltype")) == (("60",), ("50",), "IS_INCLUDED")
    assert tlink.get("missing") is None
    refers = [r for r in doc.relations if r.kind == "REFERS_TO"]
    assert refers[0].sources == ("1", "3", "6")


def test_detokenize_rules() -> None:
    def join(*forms: str) -> str:
        return detokenize(list(forms))[0]

    assert join("Airbus", "'", "jets") == "Airbus' jets"
    assert join("I'", "ll", "go") == "I'll go"
    assert join("we", "'", "re", "here") == "we're here"
    assert join("wo", "n't") == "won't"
    assert join("Michael", "O'", "Leary") == "Michael O'Leary"
    assert join("paid", "US$", "4", "and", "#", "5") == "paid US$4 and #5"
    assert join("a", "$", "bill") == "a $ bill"  # a currency sign before a word keeps its space
    assert join("he", "said", '"', "no", '"', "and", '"', "yes", '"', ".") == (
        'he said "no" and "yes".'
    )
    assert join("a", "`", "pinger", "'", "b") == "a 'pinger' b"
    assert join("Wal", "-", "Mart") == "Wal - Mart"  # hyphen or dash: cannot tell
    text, spans, rendered = detokenize(["A", "B", "C"], ["", "\n\n", " "])
    assert text == "A\n\nB C"
    assert [text[a:b] for a, b in spans] == rendered == ["A", "B", "C"]


@given(
    st.lists(
        st.sampled_from(
            [
                "word",
                "X",
                ",",
                ".",
                "``",
                "''",
                '"',
                "'s",
                "(",
                ")",
                "$",
                "12",
                "n't",
                "'",
                "O'",
                "-",
                "I'",
                "ll",
                "%",
            ]
        ),
        max_size=30,
    )
)
def test_detokenize_spans_are_consistent(forms: list[str]) -> None:
    text, spans, rendered = detokenize(forms)
    assert len(spans) == len(rendered) == len(forms)
    prev_end = 0
    for (a, b), r in zip(spans, rendered, strict=True):
        assert text[a:b] == r
        assert prev_end <= a and text[prev_end:a] in ("", " ")
        prev_end = b
    assert prev_end == len(text)


def test_load_corpus_prefers_cross_doc_folder(cat: CatWriter, tmp_path: Path) -> None:
    cat.write("intra_cross-doc_annotation/corpus_x/2.xml", SENTENCES, doc_id="2")
    cat.write("intra_cross-doc_annotation/corpus_x/1.xml", SENTENCES, doc_id="1")
    cat.write("intra_cross-doc_annotation/corpus_x/schema.xml", [["x"]], root="Schema")
    cat.write("intra-doc_annotation/corpus_x/1.xml", SENTENCES, doc_id="1")
    docs = load_corpus(tmp_path)
    assert [d.doc_id for d in docs] == ["1", "2"]
    assert all("intra_cross-doc_annotation" in d.path for d in docs)
    assert len(find_cat_files(tmp_path)) == 3
    assert load_corpus(tmp_path, lang="it") == []


def test_load_corpus_plain_folder_and_file(cat: CatWriter, tmp_path: Path) -> None:
    path = cat.write("x/1.xml", SENTENCES)
    assert [d.doc_id for d in load_corpus(tmp_path / "x")] == ["1"]
    assert [d.doc_id for d in load_corpus(path)] == ["1"]


def test_errors(cat: CatWriter, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_corpus(tmp_path / "nowhere")
    bad = tmp_path / "bad.xml"
    bad.write_text("<Document><token", encoding="utf-8")
    with pytest.raises(CatFormatError, match="not well-formed"):
        load_cat(bad)
    other = cat.write("other.xml", [["x"]], root="Schema")
    with pytest.raises(CatFormatError, match="not <Document>"):
        load_cat(other)
