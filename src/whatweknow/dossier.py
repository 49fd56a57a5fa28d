"""Turn an analysed ``Doc`` into the contract's :class:`~whatweknow.contract.Dossier`."""

from __future__ import annotations

from spacy.tokens import Doc

from .contract import (
    Actor,
    Article,
    Claim,
    Contradiction,
    Dossier,
    Event,
    PipelineInfo,
    Quote,
    Timex,
)


def to_dossier(article: Article, doc: Doc, pipeline: PipelineInfo) -> Dossier:
    """Collect the records the stages left on ``doc._`` (absent stages give empty lists)."""
    actors: list[Actor] = doc._.wwk_actors or []
    quotes: list[Quote] = doc._.wwk_quotes or []
    claims: list[Claim] = doc._.wwk_claims or []
    events: list[Event] = doc._.wwk_events or []
    timexes: list[Timex] = doc._.wwk_timexes or []
    contradictions: list[Contradiction] = doc._.wwk_contradictions or []
    return Dossier(
        pipeline=pipeline,
        article=article,
        actors=actors,
        quotes=quotes,
        claims=claims,
        events=events,
        timexes=timexes,
        contradictions=contradictions,
    )
