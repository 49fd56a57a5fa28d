"""One party denying, then admitting (or the other way), is a change of position, not a dispute:
where a later report names the party by a description that can only be it ("the clinic" after
"Holm Lane Clinic"), or tells its earlier denial again beside its admission, no line pairs the
admission against the denial; the days tell the order, and the same day tells none (texts
written for these tests)."""

from __future__ import annotations

from pathlib import Path

from whatweknow.briefing import Briefing
from whatweknow.model import Modality
from whatweknow.stories import Story

from .make import Says, Who, brief_days
from .test_sections import section, texts

CLINIC = Who("org:holm lane clinic", "Holm Lane Clinic", "organisation")
THE_CLINIC = Who("group:clinic", "clinic", "group")
PHARMACY = Who("org:orrel pharmacy board", "Orrel Pharmacy Board", "organisation")

GOT = "it had received the recall notice for the vaccine batch"
THEY_GOT = "the recall notice for the vaccine batch had been received at Holm Lane"
NEVER = "it had never received the recall notice for the vaccine batch"


Line = tuple[str, Says, Who]


def _line(
    who: Who, words: str, verb: str, modality: Modality = "asserted", negative: bool = False
) -> Line:
    """A paragraph in which ``who`` says ``words`` (a claim of frame "receive"), as ``verb``
    writes it; ``negative``: told negated ("said it had never …")."""
    name = "The clinic" if who is THE_CLINIC else who.name
    says = Says(words, modality, who.key, name, "receive", negative=negative, negated=negative)
    return f"{name} {verb} that {words}.", says, who


def _brief(tmp_path: Path, days: list[tuple[int, list[Line]]]) -> tuple[Story, Briefing]:
    return brief_days(tmp_path, "Recalled vaccine given at Holm Lane", days)


def _later(first: str, words: str, then: str, said: str = "said") -> str:
    """The line of a statement its source later reversed (as of 3 June 2024)."""
    return f"{first} {said}: {words} (as of 3 June 2024; later reports: The clinic {then})"


def test_a_denial_told_again_beside_the_admission_is_no_dispute(tmp_path: Path) -> None:
    # day 3: the clinic, by name, says it never got the notice; day 6: "the clinic" admits it
    # did, and the report tells its earlier denial again
    story, b = _brief(
        tmp_path,
        [
            (3, [_line(CLINIC, NEVER, "said", "reported", negative=True)]),
            (
                6,
                [
                    _line(THE_CLINIC, GOT, "acknowledged on Friday"),
                    _line(THE_CLINIC, NEVER, "had said on Monday", "reported", negative=True),
                ],
            ),
        ],
    )
    assert [x.kind for x in story.contradictions] == []  # one party, both ways
    assert texts(b, "Disputed and denied") == []  # never the admission against the denial
    claimed = texts(b, "What is claimed, and by whom")
    assert _later("Holm Lane Clinic", NEVER, f"says “{GOT}”") in claimed


def test_a_denial_later_admitted_under_a_description_is_dated(tmp_path: Path) -> None:
    _, b = _brief(
        tmp_path,
        [
            (3, [_line(CLINIC, GOT, "denied", "denied")]),
            (6, [_line(THE_CLINIC, GOT, "acknowledged on Friday")]),
        ],
    )
    assert texts(b, "Disputed and denied") == []  # the denial is withdrawn, no live denial
    claimed = texts(b, "What is claimed, and by whom")
    assert _later("Holm Lane Clinic", GOT, f"says “{GOT}”", "denied") in claimed
    assert f"The clinic says: {GOT}" in claimed  # the admission stands


def test_an_admission_later_denied_is_told_in_that_order(tmp_path: Path) -> None:
    _, b = _brief(
        tmp_path,
        [
            (3, [_line(CLINIC, GOT, "acknowledged")]),
            (6, [_line(THE_CLINIC, GOT, "denied", "denied")]),
        ],
    )
    claimed = texts(b, "What is claimed, and by whom")
    assert _later("Holm Lane Clinic", GOT, f"denies “{GOT}”") in claimed
    assert not any("(Holm Lane Clinic) — denied" in t for t in texts(b, "Disputed and denied"))


def test_both_ways_on_one_day_or_by_another_party(tmp_path: Path) -> None:
    # the same day: which came last is unknown, so nothing is dated and nothing paired
    story, b = _brief(
        tmp_path / "one day",
        [
            (3, [_line(THE_CLINIC, GOT, "acknowledged")]),
            (3, [_line(CLINIC, GOT, "denied", "denied")]),
        ],
    )
    assert story.contradictions == []
    assert not any("as of" in t for t in texts(b, "What is claimed, and by whom"))
    # another body's finding against the clinic's denial stays a dispute between two parties
    story, b = _brief(
        tmp_path / "two parties",
        [
            (3, [_line(CLINIC, THEY_GOT, "denied", "denied")]),
            (6, [_line(PHARMACY, THEY_GOT, "found")]),
        ],
    )
    assert [x.kind for x in story.contradictions] == ["denial"]
    [dispute] = section(b, "Disputed and denied")
    assert dispute.text.endswith("(Orrel Pharmacy Board) — denied by Holm Lane Clinic")


def test_a_spokeswomans_denial_later_admitted_by_her_body_is_dated(tmp_path: Path) -> None:
    veld = Who("person:ana veld", "Ana Veld", roles=["spokeswoman for the Holm Lane Clinic"])
    said = f"Ana Veld, a spokeswoman for the Holm Lane Clinic, denied that {GOT}."
    deny = Says(GOT, "denied", veld.key, "Ana Veld", "receive")
    story, b = _brief(
        tmp_path,
        [(3, [(said, deny, veld)]), (6, [_line(CLINIC, GOT, "acknowledged on Friday")])],
    )
    assert story.contradictions == []
    assert texts(b, "Disputed and denied") == []  # her denial is withdrawn: no live denial
    claimed = texts(b, "What is claimed, and by whom")
    then = "(as of 3 June 2024; later reports: Holm Lane Clinic says"
    assert any(t.startswith(f"Ana Veld denied: {GOT} {then}") for t in claimed)
    # the other way: the clinic denied, and later its spokeswoman confirmed
    confirm = Says(GOT, "asserted", veld.key, "Ana Veld", "receive")
    said = f"Ana Veld, a spokeswoman for the Holm Lane Clinic, confirmed that {GOT}."
    _, b = _brief(
        tmp_path / "other way",
        [(3, [_line(CLINIC, GOT, "denied", "denied")]), (6, [(said, confirm, veld)])],
    )
    assert texts(b, "Disputed and denied") == []
    then = "(as of 3 June 2024; later reports: Ana Veld says"
    claimed = texts(b, "What is claimed, and by whom")
    assert any(t.startswith(f"Holm Lane Clinic denied: {GOT} {then}") for t in claimed)


def test_a_statement_told_in_the_past_perfect_came_before_the_other_way(tmp_path: Path) -> None:
    # one report: the admission in the plain past, the denial told as said before it
    admitted = _line(CLINIC, GOT, "acknowledged on Friday")
    before = _line(CLINIC, NEVER, "had said on Monday", "reported", negative=True)
    story, b = _brief(tmp_path / "told", [(3, [admitted, before])])
    assert story.contradictions == []
    claimed = texts(b, "What is claimed, and by whom")
    then = f"(as of 3 June 2024; later in the same report: Holm Lane Clinic says “{GOT}”)"
    assert f"Holm Lane Clinic said: {NEVER} {then}" in claimed
    # both in the plain past: which came first is unknown, nothing is dated
    plain = _line(CLINIC, NEVER, "said on Monday", "reported", negative=True)
    _, b = _brief(tmp_path / "plain", [(3, [admitted, plain])])
    assert not any("as of" in t for t in texts(b, "What is claimed, and by whom"))
