"""The NLP pipeline: one spaCy ``Language`` with whatweknow's registered stages after NER."""

from .build import PIPELINE_VERSION, WWK_STAGES, load_nlp, model_label

__all__ = ["PIPELINE_VERSION", "WWK_STAGES", "load_nlp", "model_label"]
