"""Two claims that share a count, a place or a person, one of them only inside a modifier of
the other (a relative clause, a participle), state different things: a claim whose verb the
other never writes is never one claim with it, which each would corroborate (texts written for
these tests)."""

from __future__ import annotations

from datetime import date

from whatweknow.stories.claims import ClaimRef, ClaimSketch, ValueSet
from whatweknow.stories.merge import LexicalMatcher, add_claims
from whatweknow.stories.text import content_terms
from whatweknow.stories.values import counts
from whatweknow.story_contract import Story, StoryArticle


def _sketch(text: str, predicate: str | None) -> ClaimSketch:
    ref = ClaimRef("c1", text, 0, len(text), None, "reported", False)
    values = ValueSet(counts(text), [], [], [])
    terms = frozenset(content_terms(text))
    return ClaimSketch(ref, terms, frozenset(), values, "positive", None, predicate, predicate)


def _reports(*claims: tuple[str, str | None]) -> list[int]:
    story = Story(id=1)
    for day, (text, predicate) in enumerate(claims, start=1):
        article = StoryArticle(id=f"a{day}", outlet=f"Outlet {day}", published=date(2025, 6, day))
        add_claims(story, article, [_sketch(text, predicate)], {}, LexicalMatcher())
    return [len(c.reports) for c in story.claims]


def test_an_admission_and_the_count_inside_its_object_are_two_claims() -> None:
    admitted = (
        "The Tarn Hollow surgery admitted a fault in the batch of eye drops given to seven "
        "patients",
        "admit",
    )
    given = ("The batch of eye drops was given to seven patients at the Tarn Hollow surgery", None)
    assert _reports(admitted, given) == [1, 1]
    assert _reports(given, admitted) == [1, 1]
    given_framed = (given[0], "give")
    assert _reports(admitted, given_framed) == [1, 1]


def test_a_shared_place_and_day_inside_two_claims_are_two_claims() -> None:
    wrecked = ("The blast at the Kestrel Quay silo on Friday wrecked the pump house", "wreck")
    started = ("The blast at the Kestrel Quay silo on Friday started in the pump house", "start")
    assert _reports(wrecked, started) == [1, 1]


def test_a_person_described_and_the_description_are_two_claims() -> None:
    returned = (
        "Odo Varn, who was hurt in the blast at the Kestrel Quay silo, returned to the silo",
        "return",
    )
    hurt = ("Odo Varn was hurt in the blast at the Kestrel Quay silo", "hurt")
    assert _reports(hurt, returned) == [1, 1]
    assert _reports(returned, hurt) == [1, 1]


def test_the_same_thing_said_still_merges() -> None:
    # both verbs written in both: the overlap decides, as before
    died = ("nine riders died when the bus fell into the Orra gorge", "die")
    fell = ("the bus fell into the Orra gorge and nine riders died", "fall")
    assert _reports(died, fell) == [2]
    # the verb written in another form than its lemma ("injured" / "injure"), one with no frame
    injured = ("Eda Pell was injured at the Kestrel Quay silo", "injure")
    plain = ("Eda Pell was injured at the Kestrel Quay silo on Friday", None)
    assert _reports(injured, plain) == [2]
    # the same frame: one verb family, whatever the words
    resigned = ("Ona Lask resigned as head of the Tarn Hollow surgery", "resign")
    stepped = ("Ona Lask stepped down as head of the Tarn Hollow surgery", "resign")
    assert _reports(resigned, stepped) == [2]


def test_a_light_verb_and_its_noun_are_not_held_to_the_other_verb() -> None:
    address = ("Ulla Brenn will address the Tarn council on the drops on Monday", "address")
    statement = ("Ulla Brenn will make a statement to the Tarn council on the drops", "make")
    assert _reports(address, statement) == [2]
