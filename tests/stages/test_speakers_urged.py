"""A "he" or "she" after a sentence in which one person urges another to act: the one urged
answers as often as the one urging, so the pronoun names nobody unless the text tells a gender
that rules one out. Texts written for these tests."""

from __future__ import annotations

import pytest
from dossier_helpers import body, claim_with, source

from whatweknow import Analyser

pytestmark = pytest.mark.model


def test_she_after_one_urging_another_is_neither_when_no_gender_is_told(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Councillor Ben Oster has called on Mayor Ruth Vane to quit. She said on Friday that "
        'she would not. "My task is to fix this," she said.',
    )
    for words in ("she would not", "My task is to fix this"):
        found = source(d, claim_with(d, words))
        assert found is None or found.name != "Ben Oster"


def test_she_after_one_urging_another_is_the_one_urged_when_the_urger_is_a_man(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Mr Ben Oster has called on Mayor Ruth Vane to quit. She said on Friday that she "
        "would not.",
    )
    found = source(d, claim_with(d, "she would not"))
    assert found is not None and found.name == "Ruth Vane"


def test_the_one_called_on_is_found_when_the_parse_takes_on_for_a_particle() -> None:
    import spacy
    from spacy.tokens import Doc

    from whatweknow.stages.attribution.urged import addressee, load_urging

    words = ["Oster", "has", "called", "on", "Vane", "to", "quit", "."]
    heads = [2, 2, 2, 2, 3, 6, 2, 2]
    deps = ["nsubj", "aux", "ROOT", "prt", "pobj", "aux", "xcomp", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    preps = load_urging()["call"]
    assert addressee(doc[2], preps) is None  # urged.py's own frames keep to a preposition
    found = addressee(doc[2], preps, particle=True)
    assert found is not None and found.text == "Vane"
