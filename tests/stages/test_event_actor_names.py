"""Who acts in a planned event: the subject, never an organisation whose name only shares the
place word that modifies the subject. Words written for these tests."""

from __future__ import annotations

import pytest

from whatweknow import Analyser
from whatweknow.contract import Actor, Mention
from whatweknow.stages.events.participants import Index, subject_of

pytestmark = pytest.mark.model


def _academy(text: str, word: str) -> Actor:
    at = text.index(word)
    return Actor(
        id="a1",
        name="Tollen Academy",
        type="organisation",
        aliases=["Tollen"],
        mentions=[Mention(start=at, end=at + len(word), text=word)],
        key="org:tollen academy",
    )


def test_a_town_council_is_not_the_academy_named_for_the_same_town(analyser: Analyser) -> None:
    text = "The Tollen town council will debate the academy's funding at a session on Monday."
    doc = analyser.nlp(text)
    verb = next(t for t in doc if t.lemma_ == "debate")
    assert subject_of(verb, Index(doc, [_academy(text, "Tollen")])) == []


def test_the_academy_named_whole_still_acts(analyser: Analyser) -> None:
    text = "The Tollen Academy board will debate its funding at a session on Monday."
    doc = analyser.nlp(text)
    verb = next(t for t in doc if t.lemma_ == "debate")
    assert subject_of(verb, Index(doc, [_academy(text, "Tollen Academy")])) == ["a1"]
