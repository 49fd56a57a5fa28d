"""Two claims whose words describe their doers as different parties ("the government", "the
firm") tell of two doers: a denial of one is none of the other; a remark on what can happen to
a kind of thing ("a permit can lapse for months") is no case that a denial about one thing
meets (texts written for these tests)."""

from __future__ import annotations

from whatweknow.stories.contradictions import find
from whatweknow.stories.merge import LexicalMatcher
from whatweknow.stories.text import content_terms
from whatweknow.story_contract import Story, StoryClaim

from .reports import report as one_report


def _claim(
    cid: str, text: str, source: str, negative: bool = False, frame: str = "ignore"
) -> StoryClaim:
    report = one_report(cid, text, source, "denied" if negative else "reported", apart=True)
    return StoryClaim(
        id=cid,
        text=text,
        polarity="negative" if negative else "positive",
        reports=[report],
        terms=sorted(content_terms(text)),
        frame=frame,
        predicate=frame,
    )


def _pairs(*claims: StoryClaim) -> set[tuple[str, str]]:
    story = Story(id=1, claims=list(claims))
    found = find(story, {c.id for c in claims}, [], LexicalMatcher())
    return {(x.a, x.b) for x in found}


def test_a_denial_of_one_partys_doing_is_none_of_anothers() -> None:
    charge = _claim(
        "c1", "the government had ignored repeated warnings about the weir", "person:ivo"
    )
    firm = _claim("c2", "the firm had ignored warnings about the weir", "org:weir works", True)
    assert _pairs(charge, firm) == set()


def test_the_same_party_described_alike_still_pairs() -> None:
    charge = _claim("c1", "the firm had ignored repeated warnings about the weir", "person:ivo")
    firm = _claim("c2", "the firm had ignored warnings about the weir", "org:weir works", True)
    assert _pairs(charge, firm) == {("c1", "c2")}


def test_a_remark_on_what_can_happen_pairs_with_no_denial_of_one_case() -> None:
    denial = _claim(
        "c2", "the ferry's operating permit had lapsed", "org:orlan ferries", True, "lapse"
    )
    for cid, text in (
        ("c1", "since the inspectors were cut, a permit can lapse for months unnoticed"),
        ("c3", "operating permits can lapse for months before anyone notices"),
    ):
        remark = _claim(cid, text, "person:ada venn", frame="lapse")
        assert _pairs(remark, denial) == set(), text


def test_the_case_itself_still_pairs_with_its_denial() -> None:
    charge = _claim(
        "c1", "the ferry's operating permit had lapsed in March", "org:ministry", frame="lapse"
    )
    denial = _claim(
        "c2", "the ferry's operating permit had lapsed", "org:orlan ferries", True, "lapse"
    )
    assert _pairs(charge, denial) == {("c1", "c2")}
