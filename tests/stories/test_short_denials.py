"""A short denial of its own ("The landlord disputed that.") answers the statement just before
it, paired in one report, where neither has a frame to compare (texts written for these
tests)."""

from __future__ import annotations

from whatweknow.stories.contradictions import find
from whatweknow.stories.merge import LexicalMatcher
from whatweknow.story_contract import Story, StoryClaim

from .reports import said_claim

REGULATOR = "org:kessing energy board"
LANDLORD = "org:harbeck homes"
OVERDUE = "the boiler's inspection at the Harbeck flats was a year overdue"


def _pairs(*claims: StoryClaim, explicit: list[tuple[str, str]]) -> set[tuple[str, str]]:
    story = Story(id=1, claims=list(claims))
    found = find(story, {c.id for c in claims}, explicit, LexicalMatcher())
    return {(x.a, x.b) for x in found if x.kind == "denial"}


def test_a_short_denial_answers_the_statement_it_is_paired_with() -> None:
    said = said_claim("c1", OVERDUE, 40, REGULATOR)
    denied = said_claim("c2", OVERDUE, 40, LANDLORD, "denied")
    assert _pairs(said, denied, explicit=[("c1", "c2")]) == {("c1", "c2")}


def test_no_pair_of_words_that_point_back_nor_without_the_report_pairing() -> None:
    said = said_claim("c1", OVERDUE, 40, REGULATOR)
    denied = said_claim("c2", OVERDUE, 40, LANDLORD, "denied")
    assert _pairs(said, denied, explicit=[]) == set()
    # "That is what our records show": which statement it is, is in the sentence before
    pointing = "That is what our records show"
    back = said_claim("c3", pointing, 40, REGULATOR)
    denied_back = said_claim("c4", pointing, 40, LANDLORD, "denied")
    assert _pairs(back, denied_back, explicit=[("c3", "c4")]) == set()
    # a guess is no statement a denial of it disputes
    guess = said_claim("c5", OVERDUE, 40, REGULATOR, "speculated")
    denied_guess = said_claim("c6", OVERDUE, 40, LANDLORD, "denied")
    assert _pairs(guess, denied_guess, explicit=[("c5", "c6")]) == set()


def _account(cid: str, text: str, start: int, source: str, named: str) -> StoryClaim:
    claim = said_claim(cid, text, start, source)
    claim.reports[0].source_text = named
    return claim


AGENT = "person:mara tel"
CHECKED = "the boiler had been checked in January"
AFTER = 40 + len(OVERDUE) + 30  # after "… overdue. Harbeck Homes disputed that. Its agent …"


def test_the_deniers_account_after_its_short_denial_is_the_other_side() -> None:
    said = said_claim("c1", OVERDUE, 40, REGULATOR)
    denied = said_claim("c2", OVERDUE, 40, LANDLORD, "denied")
    account = _account("c3", CHECKED, AFTER, AGENT, "Its agent")
    assert _pairs(said, denied, account, explicit=[("c1", "c2")]) == {("c1", "c2"), ("c1", "c3")}


def test_no_account_after_another_speaker_nor_without_the_short_denial() -> None:
    said = said_claim("c1", OVERDUE, 40, REGULATOR)
    denied = said_claim("c2", OVERDUE, 40, LANDLORD, "denied")
    account = _account("c3", CHECKED, AFTER + 60, AGENT, "Its agent")
    # the mayor speaks between: whose agent it is, is not clear
    mayor = _account("c4", "the tenants would be moved on Monday", AFTER, "person:ada holm", "Holm")
    assert _pairs(said, denied, account, mayor, explicit=[("c1", "c2")]) == {("c1", "c2")}
    # no short denial just before: an account of no dispute
    alone = _account("c5", CHECKED, AFTER, AGENT, "Its agent")
    assert _pairs(said, alone, explicit=[]) == set()
    # a speaker named otherwise, not the denier: another voice
    other = _account("c6", CHECKED, AFTER, "person:ivo lund", "A fitter")
    assert _pairs(said, denied, other, explicit=[("c1", "c2")]) == {("c1", "c2")}
