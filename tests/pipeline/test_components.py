"""whatweknow's stages as spaCy components in anyone's pipeline: each on ``spacy.blank("en")``
with the model components (and earlier stages) it requires, the full pipeline's declarations,
saving and loading a pipeline, ``DocBin`` with user data, and the entry points."""

from __future__ import annotations

import importlib
import importlib.metadata
import subprocess
import sys
import tomllib
from functools import cache
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.util import registry

import whatweknow.pipeline  # noqa: F401  (registers the factories, as the entry points do)
from whatweknow.model import Article, article_id
from whatweknow.pipeline.build import PRE_PARSER_STAGES, WWK_STAGES, load_nlp
from whatweknow.stages.extensions import EXTENSIONS, frames_to_json

ROOT = Path(__file__).resolve().parents[2]
STAGES = (*PRE_PARSER_STAGES, *WWK_STAGES)
TEXT = (
    "Officials in Lisbon said on Tuesday that a river ferry sank near the old harbour. "
    "The operator denied reports that its captain had ignored a storm warning. "
    "Police arrested two crew members in Porto last week, according to a spokesman."
)

MODEL_NEEDS = {
    "token.dep": ("tok2vec", "parser"),
    "doc.sents": ("tok2vec", "parser"),
    "token.tag": ("tok2vec", "tagger"),
    "token.lemma": ("tok2vec", "tagger", "attribute_ruler", "lemmatizer"),
    "doc.ents": ("ner",),
}
"""The model components that give an attribute a stage requires."""


@cache
def english() -> Language:
    return load_nlp()


def _requires(stage: str) -> list[str]:
    return list(Language.get_factory_meta(stage).requires)


def _stages_for(stage: str) -> list[str]:
    """The whatweknow stages that ``stage`` needs before it, and itself, in pipeline order."""
    needed = {stage}
    changed = True
    while changed:
        changed = False
        for s in list(needed):
            for attr in _requires(s):
                for other in WWK_STAGES:
                    if attr in Language.get_factory_meta(other).assigns and other not in needed:
                        needed.add(other)
                        changed = True
    return [s for s in WWK_STAGES if s in needed]


def pipeline_for(stage: str) -> Language:
    """``spacy.blank("en")``, the model's components that ``stage`` (and the stages it reads
    from) require, sourced from the English model, then the stages."""
    source = english()
    stages = _stages_for(stage)
    model = {m for s in stages for a in _requires(s) for m in MODEL_NEEDS.get(a, ())}
    nlp = spacy.blank("en")
    for name in source.pipe_names:
        if name in model:
            nlp.add_pipe(name, source=source)
    for s in stages:
        nlp.add_pipe(s)
    return nlp


def _problems(nlp: Language) -> dict[str, list[str]]:
    analysis = nlp.analyze_pipes(pretty=False)
    return {name: found for name, found in analysis["problems"].items() if found}


@pytest.mark.model
def test_the_full_pipeline_declares_what_each_stage_reads() -> None:
    assert _problems(english()) == {}


@pytest.mark.model
@pytest.mark.parametrize("stage", WWK_STAGES)
def test_each_stage_runs_on_a_blank_pipeline_with_the_components_it_requires(stage: str) -> None:
    nlp = pipeline_for(stage)
    assert nlp.pipe_names[-1] == stage
    assert _problems(nlp) == {}
    doc = nlp(TEXT)  # a user's doc: no doc._.wwk_article
    out = {
        "wwk_actors": lambda d: [a.name for a in d._.wwk_actors],
        "wwk_time": lambda d: [t.text for t in d._.wwk_timexes],
        "wwk_attribution": lambda d: [f.cue.text for f in d._.wwk_frames],
        "wwk_claims": lambda d: [c.text for c in d._.wwk_claims],
        "wwk_propositions": lambda d: [c.proposition for c in d._.wwk_claims if c.proposition],
        "wwk_events": lambda d: [e.type for e in d._.wwk_events],
    }[stage](doc)
    assert out, f"{stage} found nothing in {TEXT!r}"


def test_the_time_stage_runs_on_a_bare_blank_pipeline() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("wwk_time")
    doc = nlp("Talks resume next Monday, three weeks after the vote.")
    assert [(t.text, t.type) for t in doc._.wwk_timexes] == [
        ("next Monday", "DATE"),
        ("three weeks", "DURATION"),
    ]


@pytest.mark.model
def test_the_layout_stage_runs_before_a_sourced_parser() -> None:
    nlp = spacy.blank("en")
    for name in ("tok2vec", "parser"):
        nlp.add_pipe(name, source=english())
    nlp.add_pipe("wwk_layout", before="parser")
    doc = nlp("Ferry sinks\n\nThe ferry sank on Tuesday.")
    assert [s.text.strip() for s in doc.sents][:2] == ["Ferry sinks", "The ferry sank on Tuesday."]
    assert list(doc.spans["wwk_blocks"]) == []  # no article: no layout blocks


def _analysed(nlp: Language) -> Doc:
    doc = nlp.make_doc(TEXT)
    doc._.wwk_article = Article(id=article_id(TEXT), text=TEXT)
    return nlp(doc)


def _records(doc: Doc) -> dict[str, object]:
    out: dict[str, object] = {}
    for name in EXTENSIONS:
        value = getattr(doc._, name)
        if name == "wwk_frames":
            out[name] = frames_to_json(value)
        elif isinstance(value, list):
            out[name] = [v.model_dump() for v in value]
        else:
            out[name] = value.model_dump()
    return out


@pytest.mark.model
def test_docbin_with_user_data_round_trips_the_records() -> None:
    nlp = english()
    doc = _analysed(nlp)
    assert doc._.wwk_claims and doc._.wwk_frames
    bin_ = DocBin(store_user_data=True)
    bin_.add(doc)
    (back,) = DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab)
    assert _records(back) == _records(doc)
    assert isinstance(back._.wwk_claims, list)
    nested = [f for f in back._.wwk_frames if f.nested_in is not None]
    assert all(any(f.nested_in is g for g in back._.wwk_frames) for f in nested)
    again = back  # later stages read the frames read back
    for stage in ("wwk_claims", "wwk_propositions"):
        again = nlp.get_pipe(stage)(again)
    assert [c.model_dump() for c in again._.wwk_claims] == [
        c.model_dump() for c in doc._.wwk_claims
    ]


@pytest.mark.model
def test_doc_to_bytes_round_trips_the_records() -> None:
    nlp = english()
    doc = _analysed(nlp)
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert _records(back) == _records(doc)


@pytest.mark.model
def test_a_saved_pipeline_loads_with_its_settings(tmp_path: Path) -> None:
    cues = tmp_path / "cues.tsv"
    cues.write_text("lemma\tpos\tclass\nmutter\tVERB\tassert\n", encoding="utf-8")
    nlp = pipeline_for("wwk_events")
    nlp.add_pipe("wwk_attribution", name="wwk_attribution_user", config={"user_cues": str(cues)})
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert loaded.pipe_names == nlp.pipe_names
    assert loaded.get_pipe_config("wwk_attribution_user")["user_cues"] == str(cues)
    assert [e.model_dump() for e in loaded(TEXT)._.wwk_events] == [
        e.model_dump() for e in nlp(TEXT)._.wwk_events
    ]


def test_pyproject_names_an_entry_point_for_every_factory() -> None:
    with (ROOT / "pyproject.toml").open("rb") as f:
        points = tomllib.load(f)["project"]["entry-points"]["spacy_factories"]
    factories = registry.factories.get_all()
    ours = {  # the package's own (a test may register a wwk_ factory of its own in the run)
        name
        for name, func in factories.items()
        if name.startswith("wwk_") and getattr(func, "__module__", "").startswith("whatweknow.")
    }
    assert set(points) == ours == set(STAGES)
    for name, target in points.items():
        module, _, attr = target.partition(":")
        assert factories[name] is getattr(importlib.import_module(module), attr)


def _installed_entry_points() -> set[str]:
    return {
        ep.name
        for ep in importlib.metadata.entry_points(group="spacy_factories")
        if ep.value.startswith("whatweknow.")
    }


@pytest.mark.model
def test_a_fresh_process_loads_a_saved_pipeline_through_the_entry_points(tmp_path: Path) -> None:
    if _installed_entry_points() != set(STAGES):
        pytest.skip("the installed whatweknow predates its spacy_factories entry points")
    pipeline_for("wwk_time").to_disk(tmp_path / "pipe")
    script = (
        "import spacy, sys\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "print([t.text for t in nlp('We met on Tuesday.')._.wwk_timexes])\n"
        "blank = spacy.blank('en')\n"
        "blank.add_pipe('wwk_time')\n"
        "print(len(blank('no model here')._.wwk_timexes))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "pipe")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.split("\n")[:2] == ["['Tuesday']", "0"]


@pytest.mark.model
def test_the_readme_example_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Use in your own spaCy pipeline") :]
    code = section[section.index("```python\n") + 10 :]
    code = code[: code.index("```")].replace('"my-pipeline"', repr(str(tmp_path / "pipe")))
    exec(compile(code, "README.md", "exec"), {})
    assert capsys.readouterr().out.strip()  # the claims it found
    loaded = spacy.load(tmp_path / "pipe")
    assert "wwk_events" in loaded.pipe_names
