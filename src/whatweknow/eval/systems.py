"""whatweknow's stages wrapped as predictors for the evaluations (text in, spans out)."""

from __future__ import annotations

from collections.abc import Callable

from ..analyse import Analyser
from ..model import Actor, Dossier
from ..readers.base import RawDocument
from ..readers.layout import build_article, parse_layout

Spans = list[tuple[int, int, str]]
COARSE = {"person": "PER", "organisation": "ORG", "state": "LOC", "place": "LOC"}
_LOWER_OK = frozenset({"of", "the", "and", "for", "de", "on", "in", "al", "bin"})


def dossiers(texts: list[str], analyser: Analyser) -> list[Dossier]:
    """Dossiers of bare texts, read as plain-text news (first line the headline)."""
    docs = [
        RawDocument(f"text#{i}", "text", t.encode(), build_article(t, parse_layout(t), fmt="text"))
        for i, t in enumerate(texts)
    ]
    out = [item[1] for item in analyser.analyse(docs) if isinstance(item, tuple)]
    if len(out) != len(texts):
        raise RuntimeError("the pipeline failed on some evaluation texts")
    return out


def _is_name(text: str) -> bool:
    words = text.split()
    return bool(words) and all(
        w[:1].isupper() or w in _LOWER_OK or not w[:1].isalpha() for w in words
    )


def name_mentions(actor: Actor) -> Spans:
    """The actor's mentions that are names (not titles like "the Chinese president"), typed."""
    coarse = COARSE.get(actor.type)
    if coarse is None:
        return []
    return [(m.start, m.end, coarse) for m in actor.mentions if _is_name(m.text)]


def actors_predictor(model: str | None = None) -> Callable[[list[str]], list[Spans]]:
    analyser = Analyser(model=model)

    def predict(texts: list[str]) -> list[Spans]:
        return [
            [span for actor in d.actors for span in name_mentions(actor)]
            for d in dossiers(texts, analyser)
        ]

    return predict
