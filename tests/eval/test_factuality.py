"""Claim modality/negation against MEANTIME event factuality, on a tiny invented CAT corpus, and
(marked ``model``) on the real corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from whatweknow.eval.cat import load_corpus
from whatweknow.eval.factuality import (
    NONE,
    Agreement,
    ClaimsPredictor,
    enclosing_claim,
    evaluate,
    main,
    predicted_certainty,
    predicted_polarity,
    run,
)
from whatweknow.model import Claim

if TYPE_CHECKING:
    from conftest import CatWriter


SENTENCES = [
    ["Quorvan", "may", "close", "plant"],  # t1-4: headline
    ["March", "03", ",", "2021"],  # t5-8: dateline
    ["Quorvan", "did", "not", "sell", "the", "mill", "."],  # t9-15
    ["It", "will", "open", "a", "shop", "and", "hire", "staff", "."],  # t16-24
]


def event(m_id: int, t_id: int, certainty: str, polarity: str) -> str:
    return (
        f'<EVENT_MENTION m_id="{m_id}" certainty="{certainty}" polarity="{polarity}"'
        f' time="NON_FUTURE"><token_anchor t_id="{t_id}"/></EVENT_MENTION>'
    )


def write(cat: CatWriter) -> Path:
    markables = "".join(
        [
            f'<TIMEX3 m_id="50" type="DATE" value="2021-03-03">{cat.anchors(5, 6, 7, 8)}</TIMEX3>',
            event(1, 3, "POSSIBLE", "POS"),  # close: speculated claim
            event(2, 12, "CERTAIN", "NEG"),  # sell: negated claim
            event(3, 18, "CERTAIN", "POS"),  # open: expected claim
            event(4, 22, "PROBABLE", "POS"),  # hire: expected claim
            event(5, 23, "UNDERSPECIFIED", "UNDERSPECIFIED"),  # not scored
            event(6, 9, "CERTAIN", "UNDERSPECIFIED"),  # no claim covers "Quorvan" (t9)
        ]
    )
    cat.write("corpus/1.xml", SENTENCES, markables)
    return cat.folder / "corpus"


def claims_for(text: str) -> list[Claim]:
    def claim(cid: str, sub: str, **kw: object) -> Claim:
        i = text.index(sub)
        return Claim(id=cid, text=sub, start=i, end=i + len(sub), **kw)  # type: ignore[arg-type]

    return [
        claim("c1", "Quorvan may close plant", modality="speculated", hedges=["may"]),
        claim("c2", "did not sell the mill", negated=True),
        claim("c3", "It will open a shop and hire staff", modality="expected"),
        claim("c4", "open a shop", modality="asserted"),  # the shorter claim wins for "open"
    ]


def fake() -> ClaimsPredictor:
    def predict(texts: list[str]) -> list[list[Claim]]:
        return [claims_for(t) if "Quorvan" in t else [] for t in texts]

    return predict


def test_mapping() -> None:
    c = Claim(id="c", text="x", start=0, end=1)
    assert predicted_certainty(c) == "certain" and predicted_polarity(c) == "pos"
    for modality in ("reported", "alleged", "denied", "asserted"):
        assert predicted_certainty(c.model_copy(update={"modality": modality})) == "certain"
    assert predicted_certainty(c.model_copy(update={"modality": "speculated"})) == "uncertain"
    expected = c.model_copy(update={"modality": "expected"})
    assert predicted_certainty(expected) == "certain"
    assert predicted_certainty(expected, "uncertain") == "uncertain"
    assert predicted_polarity(c.model_copy(update={"modality": "denied"})) == "neg"
    assert predicted_polarity(c.model_copy(update={"negated": True})) == "neg"


def test_enclosing_claim_is_the_shortest() -> None:
    wide = Claim(id="a", text="x", start=0, end=50)
    narrow = Claim(id="b", text="x", start=10, end=20)
    assert enclosing_claim([wide, narrow], 12, 15) is narrow
    assert enclosing_claim([wide, narrow], 18, 25) is wide
    assert enclosing_claim([narrow], 5, 12) is None


def test_tables_on_a_tiny_corpus(cat: CatWriter) -> None:
    docs = load_corpus(write(cat))
    report = evaluate(docs, [claims_for(d.text) for d in docs])
    cert, pol = report.certainty, report.polarity
    # close: uncertain/uncertain; sell: certain/certain; open: certain/certain (c4 asserted);
    # hire: uncertain/certain (expected read as certain); Quorvan: certain/no claim
    assert cert.matrix == {
        "uncertain": {"uncertain": 1, "certain": 1},
        "certain": {"certain": 2, NONE: 1},
    }
    assert (cert.n_scored, cert.n_covered) == (5, 4)
    assert cert.accuracy == pytest.approx(3 / 4)
    # certain F1 = 2*2/(3+2) = 0.8, uncertain F1 = 2*1/(1+2) = 2/3
    assert cert.macro_f1 == pytest.approx((0.8 + 2 / 3) / 2)
    major, acc, f1 = cert.majority(True)
    assert (major, acc) == ("certain", 0.5) and f1 == pytest.approx(1 / 3)
    assert cert.majority(False)[1] == pytest.approx(3 / 5)
    assert pol.matrix == {"pos": {"pos": 3}, "neg": {"neg": 1}}
    assert pol.accuracy == 1.0 and pol.macro_f1 == 1.0
    assert report.modality_counts == {"asserted": 2, "expected": 1, "speculated": 1}
    strict = evaluate(docs, [claims_for(d.text) for d in docs], expected="uncertain")
    assert strict.certainty.count("uncertain", "uncertain") == 2


def test_empty_agreement_is_zero() -> None:
    agr = Agreement("certainty", ("certain", "uncertain"), {"certain": {NONE: 3}})
    assert (agr.n_covered, agr.accuracy, agr.macro_f1) == (0, 0.0, 0.0)
    assert agr.majority(True) == ("certain", 0.0, 0.0)


def test_command_line(cat: CatWriter, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(write(cat))
    assert main([folder, "--floor", "0.7"], predict=fake()) == 0
    table = capsys.readouterr().out
    assert "coverage 4/5 (80.0%)" in table and "majority class (certain)" in table
    assert main([folder, "--floor", "0.8", "--json"], predict=fake()) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["certainty"]["accuracy"] == pytest.approx(0.75)
    assert out["expected_as"] == "certain"
    assert main([folder, "--expected", "uncertain", "--floor", "0.99"], predict=fake()) == 0
    assert main([str(cat.folder / "nowhere")], predict=fake()) == 2


def test_each_half_is_scored_on_its_own_documents(
    cat: CatWriter, capsys: pytest.CaptureFixture[str]
) -> None:
    """Document "1" falls in the tune half, "2" in the check half (split.half of "meantime"):
    the check half holds only the second document's events, which no claim covers."""
    folder = write(cat)
    other = [["Nobody", "saw", "the", "barge", "."]]
    cat.write("corpus/2.xml", other, event(1, 2, "CERTAIN", "POS"), doc_id="2")
    report = run(folder, fake())
    tune, check = report.halves["tune"], report.halves["check"]
    assert (tune.n_docs, check.n_docs) == (1, 1)
    assert (tune.certainty.n_scored, tune.certainty.n_covered) == (5, 4)
    assert (check.certainty.n_scored, check.certainty.n_covered) == (1, 0)
    assert tune.certainty.accuracy == pytest.approx(3 / 4) and check.certainty.accuracy == 0.0
    assert main([str(folder), "--floor", "0.5"], predict=fake()) == 0
    assert "check    1 documents: certainty accuracy   0.0" in capsys.readouterr().out
    assert main([str(folder), "--floor-check", "0.5"], predict=fake()) == 1
    capsys.readouterr()
    assert main([str(folder), "--json"], predict=fake()) == 0
    halves = json.loads(capsys.readouterr().out)["halves"]
    assert halves["tune"]["certainty"]["accuracy"] == pytest.approx(0.75)


@pytest.mark.model
def test_whatweknow_on_meantime(shared_data: Path) -> None:
    report = run(shared_data / "meantime")
    assert report.n_docs > 80
    assert report.certainty.n_scored > 1400 and report.polarity.n_scored > 1400
    assert 0.0 <= report.certainty.accuracy <= 1.0


def test_wwk_eval_factuality_help() -> None:
    from click.testing import CliRunner

    from whatweknow.cli.evaluate import evaluate as eval_group

    result = CliRunner().invoke(eval_group, ["factuality", "--help"])
    assert result.exit_code == 0 and "--expected" in result.output
