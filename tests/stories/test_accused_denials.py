"""An accused party's own denial answers the accusation that names it as the doer, with no
other word in common (texts written for these tests)."""

from __future__ import annotations

from whatweknow.model import Modality
from whatweknow.stories.contradictions import find
from whatweknow.stories.merge import LexicalMatcher
from whatweknow.stories.text import content_terms
from whatweknow.story_contract import Story, StoryClaim

from .reports import report as one_report

BRIGADE = "org:velt brigade"
HARL = "org:harl council"
MINISTER = "person:odile farrant"


def _claim(
    cid: str,
    text: str,
    source: str,
    agent: list[str],
    predicate: str,
    negative: bool = False,
    modality: Modality | None = None,
) -> StoryClaim:
    said: Modality = modality or ("denied" if negative else "reported")
    report = one_report(cid, text, source, said, apart=True)
    return StoryClaim(
        id=cid,
        text=text,
        polarity="negative" if negative else "positive",
        reports=[report],
        actors=list(agent),
        terms=sorted(content_terms(text)),
        frame="responsible",
        predicate=predicate,
        agent=agent,
    )


def _pairs(*claims: StoryClaim) -> set[tuple[str, str]]:
    story = Story(id=1, claims=list(claims))
    found = find(story, {c.id for c in claims}, [], LexicalMatcher())
    return {(x.a, x.b) for x in found}


ACCUSED = "the raid bore the hallmarks of the Velt Brigade"


def test_the_accused_denying_its_own_doing_answers_the_accusation() -> None:
    accusation = _claim("c1", ACCUSED, MINISTER, [BRIGADE], "bear hallmark")
    own = _claim(
        "c2", "it was behind the night attack on the grain store", BRIGADE, [], "be behind", True
    )
    bare = _claim("c3", "any involvement", BRIGADE, [], "involvement", True)
    assert _pairs(accusation, own) == {("c1", "c2")}
    assert _pairs(accusation, bare) == {("c1", "c3")}


def test_no_pair_without_the_accused_denying_its_own_doing() -> None:
    accusation = _claim("c1", ACCUSED, MINISTER, [BRIGADE], "bear hallmark")
    # another party denies: nobody in common but the frame
    other = _claim(
        "c2", "it was behind the night attack on the grain store", HARL, [], "be behind", True
    )
    # the accused denies another's doing
    allies = _claim(
        "c3",
        "its allies were behind the night attack on the grain store",
        BRIGADE,
        [],
        "be behind",
        True,
    )
    assert _pairs(accusation, other, allies) == set()
    # a guess accuses nobody
    guess = _claim("c4", ACCUSED, MINISTER, [BRIGADE], "bear hallmark", modality="speculated")
    own = _claim(
        "c5", "it was behind the night attack on the grain store", BRIGADE, [], "be behind", True
    )
    assert _pairs(guess, own) == set()
    # a plain negation, no denial, is no answer
    negated = _claim(
        "c6",
        "it was not behind the night attack on the grain store",
        BRIGADE,
        [],
        "be behind",
        True,
        modality="reported",
    )
    assert _pairs(accusation, negated) == set()


def _charge(cid: str, text: str, source: str, modality: Modality, start: int = 0) -> StoryClaim:
    report = one_report(cid, text, source, modality, start)
    return StoryClaim(
        id=cid,
        text=text,
        polarity="negative" if modality == "denied" else "positive",
        reports=[report],
        terms=sorted(content_terms(text)),
    )


CHARGED = "spending cuts made by her predecessor, Anton Vey, for the collapse of the Lide bridge"


def test_the_accused_rejecting_a_charge_without_a_proposition_is_paired_in_its_report() -> None:
    """ "Morsk blamed cuts made by her predecessor, Anton Vey, for the collapse. … Vey rejected
    the accusation.": the dossier pairs the charge's words with Vey's denial of them; with no
    frame to compare, the pair stands on the report's own pairing."""
    blame = _charge("c1", CHARGED, "person:hella morsk", "alleged", 40)
    denial = _charge("c2", CHARGED, "person:anton vey", "denied", 40)
    story = Story(id=1, claims=[blame, denial])
    found = find(story, {"c1", "c2"}, [("c1", "c2")], LexicalMatcher())
    assert {(x.a, x.b) for x in found} == {("c1", "c2")}


def test_no_pair_of_a_frameless_claim_but_an_allegation_and_a_denial_of_its_very_words() -> None:
    # a statement in the outlet's words, not a charge
    said = _charge("c1", CHARGED, "person:hella morsk", "reported", 40)
    denial = _charge("c2", CHARGED, "person:anton vey", "denied", 40)
    story = Story(id=1, claims=[said, denial])
    assert find(story, {"c1", "c2"}, [("c1", "c2")], LexicalMatcher()) == []
    # a denial of other characters, and no pair the report makes
    blame = _charge("c3", CHARGED, "person:hella morsk", "alleged", 40)
    other = _charge("c4", CHARGED, "person:anton vey", "denied", 400)
    story = Story(id=1, claims=[blame, other])
    assert find(story, {"c3", "c4"}, [("c3", "c4")], LexicalMatcher()) == []
    story = Story(id=1, claims=[blame, _charge("c5", CHARGED, "person:anton vey", "denied", 40)])
    assert find(story, {"c3", "c5"}, [], LexicalMatcher()) == []


def _told(
    cid: str,
    text: str,
    source: str,
    start: int,
    frame: str,
    predicate: str,
    agent: list[str],
    modality: Modality = "reported",
) -> StoryClaim:
    claim = _charge(cid, text, source, modality, start)
    claim.frame, claim.predicate, claim.agent, claim.actors = frame, predicate, agent, agent
    return claim


PAYING = "Brisk Timber was paying for the buses and the banners of the march"
QUARRY = "org:brisk timber"


def test_a_bare_denial_of_any_involvement_answers_the_deed_said_just_before() -> None:
    """ "Hal Orme said Brisk Timber was paying for the buses and the banners of the march. …
    Brisk Timber denied any involvement.": the denial names no deed, so it answers the deed
    of the claim just before that names the denier as its doer, whatever that deed's frame."""
    paying = _told("c1", PAYING, "person:hal orme", 100, "pay", "pay", [QUARRY])
    denial = _told("c2", "any involvement", QUARRY, 230, "responsible", "involvement", [], "denied")
    denial.agent = []
    story = Story(id=1, claims=[paying, denial])
    found = find(story, {"c1", "c2"}, [], LexicalMatcher())
    assert {(x.a, x.b) for x in found} == {("c1", "c2")}


def test_no_involvement_pair_far_off_of_anothers_deed_or_of_a_named_deed() -> None:
    denial = _told("c2", "any involvement", QUARRY, 230, "responsible", "involvement", [], "denied")
    denial.agent = []
    # the deed is another's
    other = _told("c1", PAYING, "person:hal orme", 100, "pay", "pay", ["org:vell haulage"])
    assert find(Story(id=1, claims=[other, denial]), {"c1", "c2"}, [], LexicalMatcher()) == []
    # far before the denial
    far = _told("c3", PAYING, "person:hal orme", 100, "pay", "pay", [QUARRY])
    later = _told("c4", "any involvement", QUARRY, 900, "responsible", "involvement", [], "denied")
    later.agent = []
    assert find(Story(id=1, claims=[far, later]), {"c3", "c4"}, [], LexicalMatcher()) == []
    # a denial that names its deed is compared by its frame
    named = _told(
        "c5", "any involvement in the march", QUARRY, 230, "responsible", "involvement", []
    )
    named.reports[0].modality = "denied"
    named.polarity = "negative"
    near = _told("c6", PAYING, "person:hal orme", 100, "pay", "pay", [QUARRY])
    assert find(Story(id=1, claims=[near, named]), {"c5", "c6"}, [], LexicalMatcher()) == []


def test_a_denial_of_its_own_doing_denies_only_that_it_did_it() -> None:
    # "The Velt Brigade denied shelling the grain store": it denies its part, not the deed
    own = _claim("c2", "shelling the grain store", BRIGADE, [], "shell", True)
    charge = _claim(
        "c1", "the Velt Brigade for shelling the grain store", MINISTER, [BRIGADE], "shell"
    )
    done = _claim("c3", "The grain store was shelled on Sunday.", "", [], "shell")
    other = _claim("c4", "shelling the grain store", HARL, [], "shell", True)
    assert _pairs(charge, own) == {("c1", "c2")}
    assert _pairs(done, own) == set()  # that the store was shelled is not denied
    assert _pairs(charge, other) == set()  # the Harl council is not the accused


def test_only_a_persons_own_office_speaks_for_them() -> None:
    from whatweknow.stories.contradictions import _office_of

    assert _office_of("group:office of mayor ida quell", "person:ida quell")
    assert not _office_of("group:office of mayor ida quell", "person:ida marr")
    assert not _office_of("group:friends of mayor ida quell", "person:ida quell")
    assert not _office_of("org:ida quell", "person:ida quell")


def _negated(cid: str, text: str, source: str, start: int) -> StoryClaim:
    claim = _charge(cid, text, source, "reported", start)
    claim.polarity = "negative"
    return claim


def test_no_such_thing_denies_the_claim_just_before_that_tells_of_it() -> None:
    """ "The dockers' union said it had warned the ferry line. The ferry line said it had received
    no such warning.": the second denies the first, whatever their frames."""
    warned = _told("c1", "it had warned the ferry line", "group:union", 40, "warn", "warn", [])
    none = _negated("c2", "it had received no such warning", "org:kell ferry line", 110)
    story = Story(id=1, claims=[warned, none])
    assert {(x.a, x.b) for x in find(story, {"c1", "c2"}, [], LexicalMatcher())} == {("c1", "c2")}
    # no such thing of another kind, or told far from it, or by the same party: no pair
    other = _negated("c3", "it had received no such invoice", "org:kell ferry line", 110)
    far = _negated("c4", "it had received no such warning", "org:kell ferry line", 900)
    own = _negated("c5", "it had received no such warning", "group:union", 110)
    for neg in (other, far, own):
        story = Story(id=1, claims=[warned, neg])
        assert find(story, {"c1", neg.id}, [], LexicalMatcher()) == [], neg.text


def test_denying_receipt_of_a_thing_answers_its_sending_to_all_just_before() -> None:
    """ "The coast agency said it had issued a storm alert to every ferry operator. Halvik
    Ferries denied receiving any alert.": the denier is among those it was sent to."""
    agency, halvik = "org:coast agency", "org:halvik ferries"
    issued = _told(
        "c1", "it had issued a storm alert to every ferry operator on Thursday", agency, 40,
        "issue", "issue", [],
    )  # fmt: skip
    denied = _charge("c2", "receiving any alert", halvik, "denied", 120)
    story = Story(id=1, claims=[issued, denied])
    assert {(x.a, x.b) for x in find(story, {"c1", "c2"}, [], LexicalMatcher())} == {("c1", "c2")}
    by_name = _told(
        "c3", "it had sent a storm alert to Halvik Ferries", agency, 40, "send", "send", []
    )
    story = Story(id=1, claims=[by_name, denied])
    assert {(x.a, x.b) for x in find(story, {"c2", "c3"}, [], LexicalMatcher())} == {("c3", "c2")}


def test_no_receipt_denial_pairs_a_sending_to_some_or_of_another_thing() -> None:
    agency, halvik = "org:coast agency", "org:halvik ferries"
    denied = _charge("c2", "receiving any alert", halvik, "denied", 120)
    claims = [
        # sent to some, or to another party named: the denier need not be among them
        _told("c3", "it had issued a storm alert to three operators", agency, 40, "issue",
              "issue", []),
        _told("c4", "it had sent a storm alert to Marrow Lines", agency, 40, "send", "send", []),
        # another thing sent to all
        _told("c5", "it had issued a tide table to every operator", agency, 40, "issue",
              "issue", []),
        # told far from the denial
        _told("c6", "it had issued a storm alert to every operator", agency, 40, "issue",
              "issue", []),
        # the denier's own words
        _told("c7", "it had issued a storm alert to every operator", halvik, 40, "issue",
              "issue", []),
    ]  # fmt: skip
    for claim in claims:
        neg = denied
        if claim.id == "c6":
            neg = _charge("c2", "receiving any alert", halvik, "denied", 900)
        story = Story(id=1, claims=[claim, neg])
        assert find(story, {claim.id, "c2"}, [], LexicalMatcher()) == [], claim.text
