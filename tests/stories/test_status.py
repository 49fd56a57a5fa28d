"""A story claim's status: a denial is a source's denial, never a negative claim by polarity."""

from __future__ import annotations

from whatweknow.stories.corroboration import refresh, status
from whatweknow.story_contract import (
    Report,
    Story,
    StoryActor,
    StoryArticle,
    StoryClaim,
    StoryContradiction,
)


def claim(cid: str, modality: str, polarity: str = "positive", negated: bool = False) -> StoryClaim:
    report = Report(
        article="a1", claim="c1", start=0, end=10, text="…", modality=modality, negated=negated
    )
    return StoryClaim.model_validate(
        {"id": cid, "text": "…", "polarity": polarity, "reports": [report]}
    )


def test_a_negated_or_antonymic_claim_keeps_its_modality() -> None:
    survived = claim("c1", "asserted", "negative")  # "150 people survived": not "died"
    not_arrested = claim("c2", "reported", "negative", negated=True)  # "has not been arrested"
    story = Story(id=1, claims=[survived, not_arrested])
    assert status(survived, story) == "asserted"
    assert status(not_arrested, story) == "reported"
    refresh(story)
    assert [c.status for c in story.claims] == ["asserted", "reported"]


def test_a_denial_and_what_a_source_denies_are_denied() -> None:
    denial = claim("c1", "denied", "negative")
    accused = claim("c2", "reported")
    story = Story(
        id=1,
        claims=[denial, accused],
        contradictions=[StoryContradiction(kind="denial", a="c2", b="c1")],
    )
    assert status(denial, story) == "denied"
    assert status(accused, story) == "denied"
    refresh(story)
    assert [c.status for c in story.claims] == ["denied", "denied"]


def _report(article: str, source_text: str | None) -> Report:
    return Report(article=article, claim="c1", start=0, end=10, text="…", source_text=source_text)


def test_a_report_relaying_another_outlet_is_no_second_source() -> None:
    articles = [
        StoryArticle(id="a1", outlet="Harbour Ledger"),  # its own report
        StoryArticle(id="a2", outlet="Coastal Wire"),  # "The Harbour Ledger reported that …"
        StoryArticle(id="a3", outlet="Evening Post"),  # "the Ledger said …"
        StoryArticle(id="a4", outlet="Kessling Courier"),
        StoryArticle(id="a5", outlet="Dale Courier"),
    ]
    relays = StoryClaim(
        id="c1",
        text="…",
        reports=[
            _report("a1", None),
            _report("a2", "The Harbour Ledger"),
            _report("a3", "the Ledger"),
        ],
    )
    # "the Courier" could be either Courier: the report stays its own outlet's
    own = StoryClaim(id="c2", text="…", reports=[_report("a4", None), _report("a2", "the Courier")])
    confirmed = StoryClaim(
        id="c3", text="…", reports=[_report("a1", None), _report("a2", "port officials")]
    )
    story = Story(id=1, articles=articles, claims=[relays, own, confirmed])
    refresh(story)
    assert [c.independent for c in story.claims] == [1, 2, 2]


def _said(article: str, modality: str) -> Report:
    return Report(article=article, claim="c1", start=0, end=10, text="…", modality=modality)


def test_a_plan_reported_before_the_act_is_no_source_of_the_act() -> None:
    articles = [
        StoryArticle(id="a1", outlet="Velden Gazette"),  # "the guild will hold a vote on Friday"
        StoryArticle(id="a2", outlet="Orsk Tribune"),  # "the guild held a vote on Friday"
        StoryArticle(id="a3", outlet="Pellin Post"),  # "the guild will hold a vote on Friday"
    ]
    held = StoryClaim(id="c1", text="…", reports=[_said("a1", "expected"), _said("a2", "asserted")])
    planned = StoryClaim(
        id="c2", text="…", reports=[_said("a1", "expected"), _said("a3", "expected")]
    )
    story = Story(id=1, articles=articles, claims=[held, planned])
    refresh(story)
    assert [(c.status, c.independent) for c in story.claims] == [("asserted", 1), ("expected", 2)]


def test_a_report_of_what_the_website_said_is_that_outlets_when_the_words_name_it() -> None:
    """ "The website said P", the article resolving "the website" to The Tarn Lantern, an
    outlet of the story: the Lantern's voice, no second source of its own report of P. An
    outlet named with or without its "The" is the same outlet."""
    articles = [
        StoryArticle(id="a1", outlet="The Tarn Lantern"),  # its own report
        StoryArticle(id="a2", outlet="Coastal Wire"),  # "The website said …"
        StoryArticle(id="a3", outlet="Evening Post"),  # "Tarn Lantern reported …"
    ]
    website = Report(
        article="a2", claim="c1", start=0, end=10, text="…", source="org:tarn lantern",
        source_text="The website",
    )  # fmt: skip
    relays = StoryClaim(
        id="c1", text="…", reports=[_report("a1", None), website, _report("a3", "Tarn Lantern")]
    )
    story = Story(
        id=1,
        articles=articles,
        claims=[relays],
        actors=[StoryActor(key="org:tarn lantern", name="Tarn Lantern", type="organisation",
                           articles=2)],
    )  # fmt: skip
    refresh(story)
    assert story.claims[0].independent == 1


def test_a_line_only_one_copy_carries_is_its_outlets_and_no_second_source_beside_it() -> None:
    """A carrier's copy of a wire report adds a closing line of its own that no other copy has
    ("Fennick Evening Courier — your harbour, every evening."); the same outlet closes its own
    article with it. One outlet, one source, not the wire's and the outlet's two. A line of the
    wire that two copies carry stays the wire's, beside the outlet's own report of it."""
    articles = [
        StoryArticle(id="w1", outlet="Osk Wire Service", copy_of="w1"),
        StoryArticle(id="w2", outlet="Fennick Evening Courier", copy_of="w1"),
        StoryArticle(id="f1", outlet="Fennick Evening Courier"),
    ]
    slogan = StoryClaim(id="c1", text="…", reports=[_report("w2", None), _report("f1", None)])
    wired = StoryClaim(
        id="c2", text="…", reports=[_report("w1", None), _report("w2", None), _report("f1", None)]
    )
    story = Story(id=1, articles=articles, claims=[slogan, wired])
    refresh(story)
    assert [c.independent for c in story.claims] == [1, 2]


def test_an_outlet_named_with_and_without_its_the_is_one_source_and_one_outlet() -> None:
    """ "The Fennick Ledger" (named by one article's closing line) and "Fennick Ledger" (another
    article's byline) are one outlet: its two articles are no two independent sources."""
    articles = [
        StoryArticle(id="a1", outlet="The Fennick Ledger"),
        StoryArticle(id="a2", outlet="Fennick Ledger"),
        StoryArticle(id="a3", outlet="Osk Courier"),
    ]
    twice = StoryClaim(id="c1", text="…", reports=[_report("a1", None), _report("a2", None)])
    story = Story(id=1, articles=articles, claims=[twice])
    refresh(story)
    assert story.claims[0].independent == 1
    assert story.outlets == ["The Fennick Ledger", "Osk Courier"]


def test_two_reports_of_one_agency_are_one_source_whoever_carries_them() -> None:
    """An agency closes its report of Monday and its report of Wednesday with the same line of
    background; each report is carried by a paper (copy groups w1 and w3), and a third paper
    carries a copy of a third report with the agency's dateline credit alone (no copy of it is
    in the story). One origin: one source, not three. A paper's own report of the line is a
    second source; so is another agency's."""
    articles = [
        StoryArticle(id="w1", outlet="Tarrow Press Agency", copy_of="w1",
                     agency="Tarrow Press Agency"),
        StoryArticle(id="c1", outlet="Velden Gazette", copy_of="w1"),  # "…, with TPA"
        StoryArticle(id="w3", outlet="Tarrow Press Agency", copy_of="w3",
                     agency="Tarrow Press Agency"),
        StoryArticle(id="c3", outlet="Orsk Tribune", copy_of="w3", agency="TPA"),
        StoryArticle(id="c5", outlet="Pellin Post", agency="The Tarrow Press Agency"),
        StoryArticle(id="p1", outlet="Pellin Post"),  # its own reporter's story
        StoryArticle(id="o1", outlet="Osk Wire Service", agency="Osk Wire Service"),
    ]  # fmt: skip
    background = StoryClaim(
        id="c1",
        text="…",
        reports=[_report(a, None) for a in ("w1", "c1", "w3", "c3", "c5")],
    )
    confirmed = StoryClaim(id="c2", text="…", reports=[_report("w3", None), _report("p1", None)])
    other = StoryClaim(id="c3", text="…", reports=[_report("w1", None), _report("o1", None)])
    story = Story(id=1, articles=articles, claims=[background, confirmed, other])
    refresh(story)
    assert [c.independent for c in story.claims] == [1, 2, 2]


def test_a_copy_group_an_outlet_began_keeps_its_own_unit() -> None:
    """A paper's own report (its outlet, no agency) that an agency passed on: the group is the
    paper's report, not the agency's, and the agency's own report is a second source."""
    articles = [
        StoryArticle(id="p1", outlet="Velden Gazette", copy_of="p1"),
        StoryArticle(id="p2", outlet="Orsk Tribune", copy_of="p1", agency="Osk Wire Service"),
        StoryArticle(id="o1", outlet="Osk Wire Service", agency="Osk Wire Service"),
    ]
    twice = StoryClaim(
        id="c1", text="…", reports=[_report("p1", None), _report("p2", None), _report("o1", None)]
    )
    story = Story(id=1, articles=articles, claims=[twice])
    refresh(story)
    assert story.claims[0].independent == 2
