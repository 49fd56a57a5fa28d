"""A claim that names no doer (a passive without "by", "somebody" as its subject) accuses no one:
a party's denial of its own doing, or a claim that a named party did not do it, is no pair with
it (texts written for these tests)."""

from __future__ import annotations

from whatweknow.model import Modality
from whatweknow.stories.contradictions import find
from whatweknow.stories.merge import LexicalMatcher
from whatweknow.stories.text import content_terms
from whatweknow.story_contract import Story, StoryClaim

from .reports import report as one_report

SKIPPER = "person:orla brenn"
PILOTS = "group:harbour pilots"


def _claim(
    cid: str, text: str, source: str, agent: list[str], modality: Modality, negative: bool = False
) -> StoryClaim:
    report = one_report(cid, text, source, modality, apart=True)
    report.source = source or None
    return StoryClaim(
        id=cid,
        text=text,
        polarity="negative" if negative else "positive",
        reports=[report],
        actors=list(agent),
        terms=sorted(content_terms(text)),
        frame="smuggle",
        predicate="smuggle",
        agent=agent,
    )


def _pairs(*claims: StoryClaim) -> set[tuple[str, str]]:
    story = Story(id=1, claims=list(claims))
    found = find(story, {c.id for c in claims}, [], LexicalMatcher())
    return {(x.a, x.b) for x in found}


DONE = "Eels had been smuggled through the Quarn harbour, the pilots said"


def test_a_deed_with_no_doer_is_not_what_a_party_denies_doing() -> None:
    done = _claim("c1", DONE, PILOTS, [], "reported")
    # the denier unidentified ("his lawyer said the skipper denies ...")
    unnamed = _claim(
        "c2", "smuggling any eels through the Quarn harbour", "", [], "denied", negative=True
    )
    # the denial's own doer read
    own = _claim(
        "c3", "smuggling any eels through the Quarn harbour", SKIPPER, [SKIPPER], "denied", True
    )
    assert _pairs(done, unnamed) == set()
    assert _pairs(done, own) == set()
    # an indefinite doer names no one either
    someone = _claim("c4", "Somebody smuggled eels through the Quarn harbour", "", [], "reported")
    assert _pairs(someone, own) == set()
    # one denial told in two reports, the other a negation of his own doing
    told = _claim("c5", "smuggling any eels through the Quarn harbour", SKIPPER, [], "denied", True)
    told.reports.append(
        one_report("c5", "he did not smuggle eels through the harbour", "", "reported", apart=True)
    )
    assert _pairs(done, told) == set()


def test_a_named_doer_is_still_answered_and_a_denied_deed_still_denied() -> None:
    charged = _claim(
        "c1",
        "Orla Brenn had smuggled eels through the Quarn harbour",
        PILOTS,
        [SKIPPER],
        "reported",
    )
    own = _claim(
        "c3", "smuggling any eels through the Quarn harbour", SKIPPER, [SKIPPER], "denied", True
    )
    assert _pairs(charged, own) == {("c1", "c3")}
    # a denial of the deed itself answers the claim that names no doer
    done = _claim("c4", DONE, PILOTS, [], "reported")
    deed = _claim(
        "c5",
        "eels had been smuggled through the Quarn harbour",
        SKIPPER,
        [],
        "denied",
        negative=True,
    )
    assert _pairs(done, deed) == {("c4", "c5")}


def test_a_subject_read_as_no_actor_is_still_a_doer() -> None:
    # "Brenn smuggled eels": its subject named though not read as an actor
    named = _claim("c1", "Brenn smuggled eels through the Quarn harbour", PILOTS, [], "reported")
    own = _claim(
        "c2", "smuggling any eels through the Quarn harbour", SKIPPER, [SKIPPER], "denied", True
    )
    assert _pairs(named, own) == {("c1", "c2")}


def test_what_words_tell_of_a_doer() -> None:
    from whatweknow.stories.contradictions import _doer_of

    assert _doer_of("the nets were cut at the quay", "cut") == "none"
    assert _doer_of("the nets were cut by the crew", "cut") == "doer"
    assert _doer_of("Someone cut the nets", "cut") == "none"
    assert _doer_of("nobody cut the nets", "cut") == "any"
    assert _doer_of("the ferry was carrying nets", "carry") == "doer"
    assert _doer_of("the nets were torn", "be") is None
