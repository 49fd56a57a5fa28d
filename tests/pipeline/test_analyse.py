"""The analyser: one pipeline over batches, failures isolated, layout handed to the stages."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from whatweknow import Analyser, InputError, extract
from whatweknow.pipeline.components import claim_bearing
from whatweknow.readers import ReadProblem, read_paths
from whatweknow.readers.base import RawDocument, ReadOptions

pytestmark = pytest.mark.model

TEXT = (
    "Storm closes harbour\n\nBy Lee Park\n\nA storm closed the harbour on Monday, officials said."
    "\n\nFerries were cancelled.\n\nSource: news agencies\n"
)


def documents(tmp_path: Path, n: int) -> list[RawDocument]:
    paths = []
    for i in range(n):
        p = tmp_path / f"a{i}.txt"
        p.write_text(TEXT.replace("Monday", f"day {i}"), encoding="utf-8")
        paths.append(p)
    return [d for d in read_paths(paths, ReadOptions()) if isinstance(d, RawDocument)]


def test_batches_give_one_dossier_per_document_in_order(tmp_path: Path) -> None:
    docs = documents(tmp_path, 5)
    out = list(Analyser(batch_size=2).analyse(docs))
    assert [o[1].article.id for o in out if isinstance(o, tuple)] == [d.article.id for d in docs]


def test_a_document_that_breaks_the_pipeline_does_not_sink_its_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = documents(tmp_path, 3)
    analyser = Analyser(batch_size=8)
    real = analyser._pipe
    bad_id = docs[1].article.id

    def flaky(batch: list[RawDocument]) -> list[Doc]:
        if any(d.article.id == bad_id for d in batch):
            raise RuntimeError("boom")
        return real(batch)

    monkeypatch.setattr(analyser, "_pipe", flaky)
    out = list(analyser.analyse(docs))
    assert [type(o) for o in out] == [tuple, ReadProblem, tuple]
    problem = out[1]
    assert isinstance(problem, ReadProblem) and "W016" in problem.problem


def test_stages_see_the_layout_and_skip_furniture(tmp_path: Path, analyser: Analyser) -> None:
    (doc_in,) = documents(tmp_path, 1)
    doc = analyser.nlp.make_doc(doc_in.article.text)
    doc._.wwk_article = doc_in.article
    doc = analyser.nlp(doc)
    labels = [s.label_ for s in doc.spans["wwk_blocks"]]
    assert labels == ["title", "byline", "paragraph", "paragraph", "source_line"]
    bearing = [s.text for s in claim_bearing(doc)]
    assert bearing[0].startswith("A storm closed the harbour")
    assert "Storm closes harbour" not in bearing  # a headline states nothing of its own
    assert not any("Source:" in t or t.startswith("By ") for t in bearing)


def test_extract_api_raises_a_clear_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="W001"):
        extract(tmp_path / "nope.txt")
    (tmp_path / "ok.txt").write_text(TEXT, encoding="utf-8")
    (dossier,) = extract(tmp_path / "ok.txt")
    assert dossier.article.byline == ["Lee Park"]
