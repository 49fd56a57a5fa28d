"""A denial pairs only with a claim that asserts what it denies: the same object (its head and
modifiers), told positively, in words of its own (texts written for these tests)."""

from __future__ import annotations

from datetime import date

from whatweknow.model import Modality
from whatweknow.stories.contradictions import find
from whatweknow.stories.merge import LexicalMatcher
from whatweknow.stories.text import content_terms
from whatweknow.story_contract import Report, Story, StoryClaim

MAYORS = "group:mayors"
DENIAL = "a report that the mayors would sign a secret land sale"


def _claim(
    cid: str,
    article: str,
    text: str,
    negative: bool = False,
    start: int = 0,
    day: int = 3,
    modality: Modality | None = None,
    verb: str = "sign",
) -> StoryClaim:
    report = Report(
        article=article,
        claim=cid,
        start=start,
        end=start + len(text),
        text=text,
        outlet=f"Outlet {article}",
        published=date(2026, 4, day),
        seen=date(2026, 4, day),
        source_text=f"Speaker {article}",
        modality=modality or ("denied" if negative else "reported"),
        negated=negative and modality is not None,
    )
    return StoryClaim(
        id=cid,
        text=text,
        polarity="negative" if negative else "positive",
        reports=[report],
        actors=[MAYORS],
        terms=sorted(content_terms(text)),
        frame=verb,
        predicate=verb,
        agent=[MAYORS],
    )


def _pairs(*claims: StoryClaim) -> set[tuple[str, str]]:
    story = Story(id=1, claims=list(claims))
    found = find(story, {c.id for c in claims}, [], LexicalMatcher())
    return {(x.a, x.b) for x in found}


def test_a_denied_qualified_event_is_no_denial_of_another_of_its_kind() -> None:
    denial = _claim("c1", "a1", DENIAL, negative=True)
    paving = _claim("c2", "a2", "The mayors signed a paving contract for the land on Monday.")
    three = _claim("c3", "a3", "The mayors would sign three agreements on land and water.")
    plain = _claim("c4", "a4", "The mayors would sign a land sale on Friday.")
    secret = _claim("c5", "a5", "The mayors would sign a secret land sale on Friday.")
    # sharing the predicate, the participants and a word ("land") is not enough; nor is the
    # head without its modifier ("a land sale" is not "a secret land sale")
    assert _pairs(denial, paving, three, plain, secret) == {("c5", "c1")}
    # a bare object may be worded another way: "any deal" is denied by three agreements signed
    bare = _claim("c6", "a6", "a report that the mayors would sign any deal", negative=True)
    assert _pairs(bare, three) == {("c3", "c6")}
    # unqualified, the object may be worded another way, but not be another thing altogether
    sale = _claim("c7", "a7", "a report that the mayors would sign a land sale", negative=True)
    deal = _claim("c8", "a8", "The mayors signed a land deal on Monday.")
    paved = _claim("c9", "a9", "The mayors signed a paving contract on Monday.")
    assert _pairs(sale, deal, paved) == {("c8", "c7")}


def test_a_negative_claim_agrees_with_a_denial() -> None:
    denial = _claim("c1", "a1", DENIAL, negative=True)
    agrees = _claim("c2", "a2", "No secret land sale will be signed by the mayors.")
    told = _claim("c3", "a3", "The mayors will sign a secret land sale in June.")
    assert _pairs(denial, agrees, told) == {("c3", "c1")}


def test_a_claim_told_only_within_the_negation_is_no_pair_with_it() -> None:
    text = f"The clerk said it was not true that {DENIAL[14:]}."
    outer = text[len("The clerk said ") : -1]
    negation = _claim("c1", "a1", outer, negative=True, start=15, modality="reported")
    inner = DENIAL[14:]
    nested = _claim("c2", "a1", inner, start=15 + len("it was not true that "))
    # the same words in a second copy of that report: still one span on each side
    negation.reports.append(negation.reports[0].model_copy(update={"article": "a2"}))
    nested.reports.append(nested.reports[0].model_copy(update={"article": "a2"}))
    elsewhere = _claim("c3", "a3", "The mayors would sign a secret land sale, a clerk said.")
    assert _pairs(negation, nested, elsewhere) == {("c3", "c1")}


def test_a_claim_told_only_within_a_denial_is_no_side_against_another_denial() -> None:
    # "Both councils denied a report that the mayors would sign a secret land sale." in one
    # article, and another article's denial of the same report: two denials agree
    first = _claim("c1", "a1", DENIAL, negative=True, start=21)
    inner = "the mayors would sign a secret land sale"
    nested = _claim("c2", "a1", inner, start=21 + len("a report that "))
    second = _claim("c3", "a2", DENIAL + " this spring", negative=True, day=4)
    assert _pairs(first, nested, second) == set()
    # told in words of its own elsewhere too, by a speaker of its own, it is asserted there: a
    # side (the denier's own words elsewhere would be one party both ways: no pair)
    elsewhere = {"article": "a3", "start": 0, "end": len(inner), "source_text": "Speaker a3"}
    nested.reports.append(nested.reports[0].model_copy(update=elsewhere))
    assert _pairs(first, nested, second) == {("c2", "c1"), ("c2", "c3")}


def test_an_object_worded_another_way_is_still_denied_but_not_another_cargo() -> None:
    text = "a report that the barge was carrying military hardware to Pell"
    denial = _claim("c1", "a1", text, negative=True, verb="carry")
    equipment = _claim("c2", "a2", "The barge was carrying military equipment.", verb="carry")
    grain = _claim("c3", "a3", "The barge was carrying grain to Pell.", verb="carry")
    # "was carrying" is active: its object is what follows, not "the barge"
    assert _pairs(denial, equipment, grain) == {("c2", "c1")}
