"""The text of a Doc, computed once: spaCy's ``Doc.text`` joins every token on each call."""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "wwk_text"


def text_of(doc: Doc) -> str:
    """``doc.text``, cached in ``doc.user_data`` (a Doc's text never changes)."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_KEY] = text
    return str(text)
