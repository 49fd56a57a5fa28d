"""An outlet's sentence of contrast ("Other surveyors were more cautious.") sets the speaker
just before it against the speaker just after it: two sides of one dispute (texts written for
these tests)."""

from __future__ import annotations

from whatweknow.model import Modality
from whatweknow.stories.contradictions import find
from whatweknow.stories.merge import LexicalMatcher
from whatweknow.story_contract import Story, StoryClaim

from .reports import said_claim

NESS = "person:halvo ness"
CRANE = "person:ida crane"
WEAK = "the fire had probably weakened the floors of the east wing"
STURDY = "the block was sturdier than it looks"


def _said(cid: str, text: str, start: int, source: str | None, m: Modality) -> StoryClaim:
    claim = said_claim(cid, text, start, source or "", m)
    if source is None:
        claim.reports[0].source = None
    else:
        claim.reports[0].source_text = source.split(":")[1].title()
    return claim


def _conflicts(*claims: StoryClaim) -> set[tuple[str, str]]:
    story = Story(id=1, claims=list(claims))
    found = find(story, {c.id for c in claims}, [], LexicalMatcher())
    return {(x.a, x.b) for x in found if x.kind == "conflict"}


def _around(marker: str, after: str | None = CRANE) -> list[StoryClaim]:
    return [
        _said("c1", WEAK, 100, NESS, "speculated"),
        _said("c2", marker, 170, None, "asserted"),
        _said("c3", STURDY, 230, after, "reported"),
    ]


def test_a_sentence_of_contrast_sets_the_speakers_around_it_apart() -> None:
    for marker in (
        "Other surveyors were more cautious.",
        "Not everyone agrees.",
        "Others were less sure.",
        "Some disagreed.",
    ):
        assert _conflicts(*_around(marker)) == {("c1", "c3")}, marker


def test_no_sides_without_a_sentence_of_contrast_or_a_second_speaker() -> None:
    for marker in (
        "Other surveyors were cautious about the pier.",
        "Some agreed.",
        "Other surveyors were more cautious.",
    ):
        after = NESS if marker.endswith("more cautious.") else CRANE
        assert _conflicts(*_around(marker, after)) == set(), marker
    # the outlet's own words after it: no second side named
    assert _conflicts(*_around("Others were less sure.", None)) == set()


def test_the_side_before_is_the_speakers_lead_statement_not_an_aside() -> None:
    """ "Ness said the fire had probably weakened the floors, said Ness, who stressed that he
    had not seen the plans. Others were more cautious. Crane said …": Ness's side is the lead."""
    lead = _said("c1", WEAK, 100, NESS, "speculated")
    aside = _said("c2", "he had not seen the plans", 170, NESS, "reported")
    marker = _said("c3", "Others were more cautious.", 200, None, "asserted")
    after = _said("c4", STURDY, 240, CRANE, "reported")
    assert _conflicts(lead, aside, marker, after) == {("c1", "c4")}
