"""A denial belongs to its own speaker and answers only what it can answer: the head of a
subject with a relative clause denies (not the clause's subject); "the accusation" answers an
accusation, and "that account" no one sentence of an account that runs over several; a denial
in a time clause after a report is its own speaker's, not the reporter's; "rare for X to deny"
denies nothing; words under "ask why" are not relayed by the one who asks (texts written for
these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.model import Claim
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout

pytestmark = pytest.mark.model


def _claims(analyser: Analyser, body: str) -> list[Claim]:
    text = f"Fire at the Kellmark docks\n\n{body}\n"
    article = build_article(text, parse_layout(text), fmt="text", published=date(2025, 6, 3))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    return item[1].claims


def _denials(analyser: Analyser, body: str) -> list[Claim]:
    return [c for c in _claims(analyser, body) if c.modality == "denied"]


@pytest.mark.parametrize(
    "body",
    [
        "The raiding band that Kellmark's port authority blamed for Monday's warehouse fire "
        "denied any role on Tuesday.",
        "The raiding band that the port authority blamed for the fire denied any role on "
        "Tuesday, while the dockers' union said a crane had failed.",
    ],
)
def test_the_head_of_a_subject_with_a_relative_clause_denies(analyser: Analyser, body: str) -> None:
    (denial,) = _denials(analyser, body)
    assert denial.source_text == "The raiding band", denial


def test_the_accusation_answers_no_claim_that_accuses_nobody(analyser: Analyser) -> None:
    body = (
        "Kellmark's port authority blamed the Tarn raiders for the fire. \"We never went near "
        'the docks," the raiders said in a message. The band has claimed several raids on '
        "ships in the region in the past.\n\nMarlow's interior ministry also rejected the "
        'accusation. Its spokesman called it "baseless".'
    )
    assert not [c for c in _denials(analyser, body) if "raids" in c.text]


def test_the_allegation_answers_no_plan_of_a_lawyer(analyser: Analyser) -> None:
    body = (
        "The tenants' group said the landlord hid the damp survey from them.\n\n"
        '"He lied to us," said Ada Pell, a tenant. Their lawyer, Ivo Marsh, said they were '
        "considering a rent strike against the firm.\n\nThe landlord rejected the allegation. "
        '"Every tenant saw the survey," its director said.'
    )
    assert not [c for c in _denials(analyser, body) if "strike" in c.text]


def test_an_accusation_told_by_a_verb_of_blame_is_still_answered(analyser: Analyser) -> None:
    body = (
        "Kellmark's harbour master blamed the Velm shipping line for the fire.\n\n"
        "The Velm shipping line rejected the accusation."
    )
    denials = _denials(analyser, body)
    assert [c.text for c in denials] == ["the Velm shipping line for the fire"], denials


def test_that_account_answers_no_last_sentence_of_a_longer_account(analyser: Analyser) -> None:
    body = (
        "Nurse Ava Lind said later that the clinic had seen records suggesting the patients "
        'received a dose "far higher" than planned. She said the clinic had passed the records '
        "to the regulator.\n\nThe Velm Clinic, which ran the ward, rejected that account. "
        '"Every patient got the right dose," its director said.'
    )
    assert not [c for c in _denials(analyser, body) if "records" in c.text]


def test_a_denial_in_a_time_clause_after_a_report_is_its_own_speakers(
    analyser: Analyser,
) -> None:
    body = (
        "PELLMARK — Tarn Bakery, the town's largest baker, sold about 40 sacks of expired flour "
        "last month to meet cost targets, its finance director said, days after the company's "
        "spokeswoman denied that any flour had expired."
    )
    claims = _claims(analyser, body)
    (denial,) = [c for c in claims if c.modality == "denied"]
    assert denial.source_text == "the company's spokeswoman" and not denial.via, denial
    assert any("40 sacks" in c.text and c.source_text == "its finance director" for c in claims)


@pytest.mark.parametrize(
    "body",
    [
        "Analysts said it was unusual for a raiding band to deny a raid that would add to its "
        "fame.",
        "It is common for shipping lines to deny such charges.",
    ],
)
def test_what_is_rare_or_common_to_deny_is_no_denial(analyser: Analyser, body: str) -> None:
    assert not _denials(analyser, body)


def test_a_quick_denial_stays_a_denial(analyser: Analyser) -> None:
    body = "The Velm shipping line was quick to deny that its crane had failed."
    assert _denials(analyser, body)


def test_words_under_ask_why_are_not_relayed_by_the_one_who_asks(analyser: Analyser) -> None:
    body = (
        "Harbour Minister Ola Brenn said she will meet the utility's chief on Monday. She said "
        "she would ask why the utility had said on Friday that there was no risk of flooding."
    )
    (told,) = [c for c in _claims(analyser, body) if "flooding" in c.text]
    assert told.source_text == "the utility" and not told.via, told


def test_the_allegation_answers_no_claim_naming_the_denier_but_as_its_doer(
    analyser: Analyser,
) -> None:
    body = (
        "The tenants' group said the rooms were damp.\n\n"
        "Their lawyer, Ivo Marsh, said they were considering a rent strike against Velm Homes. "
        '"The rooms were never fit to live in," he said.\n\n'
        "Velm Homes rejected the allegation."
    )
    assert not [c for c in _denials(analyser, body) if "strike" in c.text]


def test_the_allegation_answers_a_claim_naming_the_denier_as_its_doer(
    analyser: Analyser,
) -> None:
    body = (
        "Ivo Marsh, a tenants' lawyer, said Velm Homes hid the damp survey.\n\n"
        "Velm Homes rejected the allegation."
    )
    assert [c.text for c in _denials(analyser, body)] == ["Velm Homes hid the damp survey"]


@pytest.mark.parametrize(
    "body",
    [
        "The harbour police have blamed the Gorse Ring. The smugglers have denied it.",
        "The harbour police blamed the Gorse Ring on Monday. The smugglers denied this.",
    ],
)
def test_it_denies_the_blame_never_the_name_blamed(analyser: Analyser, body: str) -> None:
    # "it" is the blame, not "the Gorse Ring": no denial of a bare name
    assert not [c for c in _denials(analyser, body) if "Gorse Ring" in c.text]


def test_no_denial_of_an_accusation_not_found(analyser: Analyser) -> None:
    body = (
        "Two dockers and a crane driver told reporters the foreman had been asleep, and the "
        "port authority said the crane was overloaded. The stevedoring firm rejected the "
        "accusation."
    )
    # two parties speak before it: what "the accusation" answers is not known, and
    # "The stevedoring firm denies: the accusation" names nothing
    assert _denials(analyser, body) == []
