"""The section rules of a briefing of files, on dossiers built from the models (no spaCy)."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow.briefing import Briefing, Item, brief_dossiers
from whatweknow.model import BlockKind, Dossier

from .make import Doc, Does, Says, Who, dossier

BERG = Who("person:jon berg", "Jon Berg", roles=["harbour master"], country="DNK")
UNION = Who("org:dockers union", "Dockers Union", "organisation")
OFFICIALS = Who("group:officials", "Officials", "group")
SHIPPING = Who("org:lindby shipping", "Lindby Shipping", "organisation")
HOLT = Who("person:mia holt", "Mia Holt", roles=["insurance analyst"])
LINDBY = Who("place:DNK:lindby", "Lindby", "place")

FIRE = Doc(
    blocks=[
        ("title", "Harbour fire closes port of Lindby"),
        ("byline", "By Ana Ruiz"),
        ("paragraph", "A fire broke out at the port of Lindby on Monday."),
        (
            "paragraph",
            "Harbour master Jon Berg said the blaze started in a warehouse. Jon Berg said Lindby "
            "Shipping will reopen the port on Friday.",
        ),
        ("paragraph", "The Dockers Union alleged the fire was set deliberately."),
        (
            "paragraph",
            "Officials said the company had ignored safety warnings. Lindby Shipping denied it "
            "had ignored safety warnings, and denied the company covered up the fire.",
        ),
        ("paragraph", "Officials said the fire was under control by Tuesday."),
        (
            "paragraph",
            "One analyst said the fire may have spread to a tanker. Insurance analyst Mia Holt "
            "said insurance losses could top 10 million euros.",
        ),
        ("paragraph", "Lindby Shipping built the port in 1887."),
        ("paragraph", "A report, which said the warehouse stored fertiliser, was not published."),
        ("subheading", "Safety record"),
        ("paragraph", "What caused the fire?"),
        ("paragraph", "Whether the port reopens on time"),
        ("paragraph", 'Jon Berg called the response "swift".'),
        ("paragraph", "© Test Wire 2024."),
    ],
    byline=["Ana Ruiz"],
    sources=["Reuters"],
    actors=[BERG, UNION, OFFICIALS, SHIPPING, HOLT, LINDBY],
    claims=[
        Says("A fire broke out at the port of Lindby on Monday."),
        Says("the blaze started in a warehouse", "reported", BERG.key),
        Says("Lindby Shipping will reopen the port on Friday", "expected", BERG.key),
        Says("the fire was set deliberately", "alleged", UNION.key),
        Says("the company had ignored safety warnings", "reported", OFFICIALS.key),
        Says("it had ignored safety warnings", "denied", SHIPPING.key),
        Says("the company covered up the fire", "denied", SHIPPING.key),
        Says("the fire may have spread to a tanker", "speculated", None, "One analyst"),
        Says("insurance losses could top 10 million euros", "reported", HOLT.key),
        Says("Lindby Shipping built the port in 1887."),
        Says("the warehouse stored fertiliser", "reported", None, "which"),
        Says("the fire was under control by Tuesday", "reported", OFFICIALS.key),
        Says("Safety record"),
        Says("What caused the fire?"),
        Says("Whether the port reopens on time"),
        Says("swift", "reported", BERG.key),
        Says("© Test Wire 2024."),
    ],
    events=[
        Does("fire broke out", "CRIME", "broke out", time="2024-06-03", location=LINDBY.key),
        Does(
            "will reopen the port",
            "RETREAT",
            "reopen",
            [SHIPPING.key],
            [LINDBY.key],
            "2024-06-07",
            "expected",
        ),
        Does("built the port in 1887", "AID", "built", [SHIPPING.key], [LINDBY.key], "1887"),
        Does(
            "alleged the fire", "DISAPPROVE", "alleged", [UNION.key], [SHIPPING.key], "2024-06-03"
        ),
    ],
    timexes=[("Monday", "2024-06-03"), ("1887", "1887"), ("Friday", "2024-06-07")],
    contradictions=[(5, 6, "denial")],
)

REOPEN = Doc(
    blocks=[
        ("title", "Lindby port reopens"),
        ("paragraph", "The port of Lindby reopened on Friday, Jon Berg said."),
    ],
    outlet="Evening Post",
    published=date(2024, 6, 7),
    actors=[BERG],
    claims=[Says("The port of Lindby reopened on Friday", "reported", BERG.key)],
)


@pytest.fixture(scope="module")
def fire() -> Dossier:
    return dossier(FIRE)


@pytest.fixture(scope="module")
def briefing(fire: Dossier) -> Briefing:
    return brief_dossiers([fire])


def texts(b: Briefing, title: str) -> list[str]:
    return [i.text for i in section(b, title)]


def section(b: Briefing, title: str) -> list[Item]:
    return next((s.items for s in b.sections if s.title == title), [])


def test_sections_in_order(briefing: Briefing) -> None:
    assert [s.title for s in briefing.sections] == [
        "The story",
        "What is established",
        "What is claimed, and by whom",
        "Disputed and denied",
        "Analysis and speculation",
        "Background",
        "Timeline",
        "Earlier events",
        "Who's who",
        "Sources",
    ]


def test_the_story_is_one_line(briefing: Briefing, fire: Dossier) -> None:
    [line] = section(briefing, "The story")
    assert line.text == ("Harbour fire closes port of Lindby — 2024-06-03: 1 article from 1 outlet")
    assert line.record == fire.article.id
    assert [c.text for c in line.citations] == ["Harbour fire closes port of Lindby"]


def test_outlet_assertions_are_established(briefing: Briefing) -> None:
    assert texts(briefing, "What is established") == [
        "A fire broke out at the port of Lindby on Monday."
    ]


def test_claims_are_grouped_by_source_with_the_verb_of_their_modality(
    briefing: Briefing,
) -> None:
    items = section(briefing, "What is claimed, and by whom")
    assert [i.text for i in items] == [
        "Jon Berg says: the blaze started in a warehouse",
        "Jon Berg expects: Lindby Shipping will reopen the port on Friday",
        "Dockers Union alleges: the fire was set deliberately",
        "Officials say: the fire was under control by Tuesday",
        "Unidentified source says: the warehouse stored fertiliser",
    ]
    assert [i.group for i in items[:2]] == ["Jon Berg", "Jon Berg"]
    assert [i.modality for i in items[:3]] == ["reported", "expected", "alleged"]
    assert all(i.kind == "claim" and i.record for i in items)


def test_denials_and_disputes_show_both_sides(briefing: Briefing) -> None:
    dispute, denial = section(briefing, "Disputed and denied")
    assert dispute.text == (
        "“the company had ignored safety warnings” (Officials) — denied: "
        "“it had ignored safety warnings” (Lindby Shipping)"
    )
    assert (dispute.kind, dispute.record, dispute.related) == ("dispute", "c5", ["c6"])
    assert [c.text for c in dispute.citations] == [
        "the company had ignored safety warnings",
        "it had ignored safety warnings",
    ]
    assert denial.text == "Lindby Shipping denies: the company covered up the fire"


def test_speculation_and_analysts(briefing: Briefing) -> None:
    assert texts(briefing, "Analysis and speculation") == [
        "One analyst speculates: the fire may have spread to a tanker",
        "Mia Holt says: insurance losses could top 10 million euros",
    ]


def test_background_is_what_an_outlet_dates_well_before(briefing: Briefing) -> None:
    assert texts(briefing, "Background") == ["Lindby Shipping built the port in 1887."]


def test_claims_that_state_nothing_are_left_out(briefing: Briefing) -> None:
    shown = " ".join(i.text for s in briefing.sections for i in s.items)
    for words in ("Safety record", "What caused", "Whether the port", "swift", "©"):
        assert words not in shown


def test_timeline_in_event_time_order_with_modality(briefing: Briefing) -> None:
    items = section(briefing, "Timeline")
    assert [i.text for i in items] == [
        "3 June 2024 — Dockers Union alleged Lindby Shipping",
        "7 June 2024 — Lindby Shipping will reopen Lindby (expected)",
    ]
    assert [i.record for i in items] == ["e4", "e2"]
    assert items[0].citations[0].text == "alleged the fire"
    # an event with neither actor nor target ("crime/broke out, in Lindby") tells a reader
    # nothing a line can stand on: left out
    # the background before the story's days, under its own heading
    assert [i.text for i in section(briefing, "Earlier events")] == [
        "1887 — Lindby Shipping built Lindby"
    ]


def test_whos_who_most_mentioned_first(briefing: Briefing) -> None:
    assert texts(briefing, "Who's who") == [
        "Jon Berg (person, DNK) — harbour master",
        "Lindby Shipping (organisation)",
        "Dockers Union (organisation)",
        "Mia Holt (person) — insurance analyst",
    ]
    assert section(briefing, "Who's who")[0].record == "person:jon berg"
    assert section(briefing, "Who's who")[0].citations[0].text == "Jon Berg"


def test_sources_name_outlet_byline_credits_and_named_sources(briefing: Briefing) -> None:
    [item] = section(briefing, "Sources")
    assert item.text == (
        "Test Wire, 2024-06-03: “Harbour fire closes port of Lindby”; by Ana Ruiz; "
        "credited: Reuters; named sources: Jon Berg, Dockers Union, Lindby Shipping, Mia Holt"
    )


def test_every_item_cites_spans_of_its_article(fire: Dossier) -> None:
    other = dossier(REOPEN)
    texts_by_id = {d.article.id: d.article.text for d in (fire, other)}
    for b in (brief_dossiers([fire]), brief_dossiers([fire, other])):
        assert_cited(b, texts_by_id)


def assert_cited(b: Briefing, texts_by_id: dict[str, str]) -> None:
    for s in b.sections:
        assert s.items, s.title
        for item in s.items:
            assert item.citations, (s.title, item.text)
            for c in item.citations:
                text = texts_by_id[c.article]
                assert 0 <= c.start < c.end <= len(text)
                assert c.text == text[c.start : c.end]


def test_several_files_one_ad_hoc_story(fire: Dossier) -> None:
    other = dossier(REOPEN)
    b = brief_dossiers([other, fire, other])
    assert b.articles == [fire.article.id, other.article.id]
    assert b.story is None and b.title == "Harbour fire closes port of Lindby"
    [line] = section(b, "The story")
    assert line.text.endswith("— 2024-06-03 to 2024-06-07: 2 articles from 2 outlets")
    claimed = texts(b, "What is claimed, and by whom")
    assert claimed[:3] == [  # equally sourced: the most recent report first
        "Jon Berg says: The port of Lindby reopened on Friday",
        "Jon Berg says: the blaze started in a warehouse",
        "Jon Berg expects: Lindby Shipping will reopen the port on Friday",
    ]
    assert len(section(b, "Sources")) == 2


def test_since_keeps_the_articles_published_since(fire: Dossier) -> None:
    other = dossier(REOPEN)
    b = brief_dossiers([fire, other], since=date(2024, 6, 5))
    assert b.since == date(2024, 6, 5)
    assert texts(b, "What is claimed, and by whom") == [
        "Jon Berg says: The port of Lindby reopened on Friday"
    ]
    assert [s.title for s in b.sections] == [
        "The story",
        "What is claimed, and by whom",
        "Who's who",
        "Sources",
    ]
    assert section(b, "The story")[0].text.endswith("2 articles from 2 outlets; since 2024-06-05")


def test_nothing_in_nothing_out() -> None:
    assert brief_dossiers([]).sections == []


def test_an_article_with_no_layout_is_cited_at_its_first_line() -> None:
    talks = "Talks resumed in Oslo on Monday."
    d = dossier(Doc(blocks=[("paragraph", talks)], claims=[Says(talks)]))
    d.article.blocks = []
    b = brief_dossiers([d])
    assert texts(b, "What is established") == ["Talks resumed in Oslo on Monday."]
    [source] = section(b, "Sources")
    assert source.text == "Test Wire, 2024-06-03: “(untitled)”"
    assert source.citations[0].text == "Talks resumed in Oslo on Monday."


def test_a_credit_line_or_a_dateline_is_no_span_behind_a_line() -> None:
    talks = "Talks resumed in Oslo on Monday."
    blocks: list[tuple[BlockKind, str]] = [
        ("title", "Oslo talks resume"),
        ("byline", "By Ana Ruiz, Test Wire"),
        ("dateline", "OSLO, June 3 (Test Wire) —"),
        ("paragraph", talks),
        ("source_line", "(Reporting by Ana Ruiz; Editing by Per Moen)"),
    ]
    titled = dossier(Doc(blocks=blocks, claims=[Says(talks)]))
    untitled = dossier(Doc(blocks=blocks[2:], claims=[Says(talks)]))
    for d, cited in ((titled, ["Oslo talks resume"]), (untitled, [talks])):
        b = brief_dossiers([d])
        for name in ("The story", "Sources"):
            [item] = section(b, name)
            assert [c.text for c in item.citations] == cited, name


REOPENED = Doc(
    blocks=[
        ("title", "Port of Lindby open again"),
        ("paragraph", "Lindby Shipping reopened the port on Friday, Jon Berg said."),
    ],
    outlet="Harbour Daily",
    published=date(2024, 6, 8),
    actors=[BERG, LINDBY, SHIPPING],
    claims=[Says("Lindby Shipping reopened the port on Friday", "reported", BERG.key)],
    events=[
        Does(
            "Lindby Shipping reopened the port",
            "RETREAT",
            "reopened",
            [SHIPPING.key],
            [LINDBY.key],
            "2024-06-07",
            "reported",
        )
    ],
    timexes=[("Friday", "2024-06-07")],
)
LATER = Doc(
    blocks=[("title", "Dockers count the cost"), ("paragraph", "Jon Berg said the fire was out.")],
    outlet="Harbour Daily",
    published=date(2024, 6, 10),
    actors=[BERG],
    claims=[Says("the fire was out", "reported", BERG.key)],
)


def test_an_announced_event_reported_as_done_is_one_line(fire: Dossier) -> None:
    b = brief_dossiers([fire, dossier(REOPENED)])
    lines = [i for i in section(b, "Timeline") if i.text.startswith("7 June 2024")]
    assert [i.text for i in lines] == ["7 June 2024 — Lindby Shipping reopened Lindby (reported)"]
    assert len(lines[0].citations) == 2


def test_an_announced_event_whose_day_has_passed_is_planned_not_expected(fire: Dossier) -> None:
    b = brief_dossiers([fire, dossier(LATER)])
    assert "7 June 2024 — Lindby Shipping was to reopen Lindby (planned)" in texts(b, "Timeline")
    assert not any("(expected)" in t for t in texts(b, "Timeline"))


def test_an_event_of_nobody_to_nobody_nowhere_is_not_on_the_timeline() -> None:
    bare = Doc(
        blocks=[
            ("title", "Toll rises"),
            ("paragraph", "The toll rose over the weekend, with more killing reported."),
        ],
        outlet="Harbour Daily",
        published=date(2024, 6, 3),
        claims=[Says("The toll rose over the weekend, with more killing reported.")],
        events=[Does("killing", "ASSAULT", "killing", time="2024-06-01")],
    )
    b = brief_dossiers([dossier(bare)])
    timeline = [i.text for s in b.sections if s.title == "Timeline" for i in s.items]
    assert not any("assault" in t for t in timeline)


def test_a_posts_text_is_its_authors_claim_and_the_rest_of_the_post_no_claim() -> None:
    header = "Lindby Port (@lindbyport) · June 3, 2024"
    post = "All ferries are cancelled until Friday."
    d = dossier(
        Doc(
            blocks=[
                ("title", "Storm closes Lindby port"),
                ("paragraph", "A storm closed the port of Lindby on Monday."),
                ("social", header),
                ("social", post),
                ("social", "1,204 Reposts 3,311 Likes"),
            ],
            claims=[
                Says("A storm closed the port of Lindby on Monday."),
                Says(post, "reported", None, "Lindby Port"),
                Says(header),  # an outlet's claim in a post's chrome: never stated
            ],
        )
    )
    b = brief_dossiers([d])
    assert texts(b, "What is established") == ["A storm closed the port of Lindby on Monday."]
    assert texts(b, "What is claimed, and by whom") == [f"Lindby Port says: {post}"]


def test_a_verbal_act_toward_nobody_is_no_timeline_line() -> None:
    d = dossier(
        Doc(
            blocks=[
                ("title", "Union and shipper trade blame"),
                (
                    "paragraph",
                    "Lindby Shipping denied it on Monday. The union blamed Lindby Shipping.",
                ),
            ],
            actors=[SHIPPING, UNION],
            events=[
                Does("denied it", "REJECT", "denied", [SHIPPING.key], [], "2024-06-03"),
                Does(
                    "blamed Lindby",
                    "DISAPPROVE",
                    "blamed",
                    [UNION.key],
                    [SHIPPING.key],
                    "2024-06-03",
                ),
            ],
        )
    )
    items = section(brief_dossiers([d]), "Timeline")
    assert [i.text for i in items] == ["3 June 2024 — Dockers Union blamed Lindby Shipping"]


def test_the_place_an_act_happened_in_is_no_target_of_it() -> None:
    d = dossier(
        Doc(
            blocks=[("title", "Blast"), ("paragraph", "Two people were killed in Lindby.")],
            actors=[LINDBY],
            events=[Does("were killed", "ASSAULT", "killed", [], [LINDBY.key], "2024-06-03",
                         location=LINDBY.key)],
        )
    )  # fmt: skip
    assert section(brief_dossiers([d]), "Timeline") == []  # "killed Lindby" says nothing


def test_an_event_with_one_side_only_is_not_a_template_line() -> None:
    """A line says who did what to whom: "killed Lindby Shipping" with nobody doing it
    (the parse read a founder as his firm) or "Dockers Union shot" at nothing named is
    left out; a meeting names its parties as actors and stays."""
    text = "The founder of Lindby Shipping was killed on Saturday. The union met on Sunday."
    shot = Doc(
        blocks=[("paragraph", text)],
        outlet="Harbour Daily",
        published=date(2024, 6, 3),
        actors=[SHIPPING, UNION],
        claims=[Says(text)],
        events=[
            Does("was killed", "ASSAULT", "killed", [], [SHIPPING.key], time="2024-06-01"),
            Does("union met", "CONSULT", "met", [UNION.key], [], time="2024-06-02"),
        ],
    )
    timeline = texts(brief_dossiers([dossier(shot)]), "Timeline")
    assert not any("assault" in t for t in timeline)
    assert "2 June 2024 — Dockers Union met" in timeline


def test_a_short_name_joins_the_one_entry_that_names_it_in_full() -> None:
    from whatweknow.briefing.articles import whos_who

    judge = Who("person:ada varr", "Ada Varr", roles=["retired judge"])
    bare = Who("org:varr", "Varr", "organisation")  # a surname NER took for an organisation
    agency = Who("org:coast safety board", "Coast Safety Board", "organisation")
    short = Who("org:safety board", "Safety Board", "organisation")
    kin = [Who("person:tom brun", "Tom Brun"), Who("person:eva brun", "Eva Brun")]
    brun = Who("person:brun", "Brun")  # two people of that surname: whose is unknown
    doc = Doc(
        blocks=[
            ("paragraph", "Ada Varr will lead the Coast Safety Board inquiry, officials said."),
            ("paragraph", "Varr said the Safety Board would report in May."),
            ("paragraph", "Tom Brun and Eva Brun were aboard. Brun said the sea was calm."),
        ],
        actors=[judge, bare, agency, short, *kin, brun],
    )
    items = whos_who([dossier(doc)], {}).items
    assert sorted(i.text for i in items) == [
        "Ada Varr (person) — retired judge",
        "Brun (person)",
        "Coast Safety Board (organisation)",
        "Eva Brun (person)",
        "Tom Brun (person)",
    ]
    varr = next(i for i in items if i.record == "person:ada varr")
    assert varr.citations[0].text == "Ada Varr"


def test_a_common_word_that_opens_sentences_is_nobody() -> None:
    from whatweknow.briefing.articles import whos_who

    harbour = Who("org:harbour", "Harbour", "organisation")  # NER's "Harbour police said …"
    dock = Who("org:dock", "Dock", "organisation")  # once in mid-sentence: a name
    senate = Who("org:senate", "Senate", "organisation")  # "Senate will vote": a name
    doc = Doc(
        blocks=[
            ("paragraph", "Harbour police said the quay was closed. Senate will vote on it."),
            ("paragraph", "The harbour police added that divers were at work."),
            ("paragraph", "Workers from Dock said the dock was flooded, the senate heard."),
        ],
        actors=[harbour, dock, senate],
    )
    assert sorted(i.text for i in whos_who([dossier(doc)], {}).items) == [
        "Dock (organisation)",
        "Senate (organisation)",
    ]


def test_one_name_typed_as_a_person_and_as_an_organisation_is_one_entry() -> None:
    from whatweknow.briefing.articles import whos_who

    first = Doc(
        blocks=[("paragraph", "Nora Fell won the ward. Nora Fell thanked her voters.")],
        actors=[Who("person:nora fell", "Nora Fell")],
    )
    second = Doc(
        blocks=[("paragraph", "Nora Fell backers marched for Nora Fell. Nora Fell spoke.")],
        actors=[Who("org:nora fell", "Nora Fell", "organisation")],  # NER's slip
    )
    items = whos_who([dossier(first), dossier(second)], {}).items
    assert [i.text for i in items] == ["Nora Fell (person)"]


def test_a_name_more_articles_say_is_an_organisation_is_one() -> None:
    """ "The group Iron Wren said …" in two articles (its kind a role), a bare "Iron Wren said"
    that NER took for a person in a third: one entry, the organisation's. NER's label alone
    says nothing: a name it labels an organisation in two articles and a person in one stays
    the person; and a surname of two people named in full, labelled an organisation, is no
    entry (whose it is is unknown)."""
    from whatweknow.briefing.articles import whos_who

    told = [
        Doc(
            blocks=[("paragraph", f"The group Iron Wren said on {day} it held the files.")],
            actors=[Who("org:iron wren", "Iron Wren", "organisation", roles=["group"])],
        )
        for day in ("Monday", "Tuesday")
    ]
    bare = Doc(
        blocks=[("paragraph", "Iron Wren said it would publish them.")],
        actors=[Who("person:iron wren", "Iron Wren")],
    )
    items = whos_who([dossier(d) for d in (*told, bare)], {}).items
    assert [i.text for i in items] == ["Iron Wren (organisation) — group"]
    labelled = [
        Doc(
            blocks=[("paragraph", f"Nora Fell spoke on {day}; Eva Brun and Tom Brun left. Brun")],
            actors=[
                Who("org:nora fell", "Nora Fell", "organisation"),
                Who("person:eva brun", "Eva Brun"),
                Who("person:tom brun", "Tom Brun"),
                Who("org:brun", "Brun", "organisation"),
            ],
        )
        for day in ("Monday", "Tuesday")
    ]
    person = Doc(
        blocks=[("paragraph", "Nora Fell won the ward.")],
        actors=[Who("person:nora fell", "Nora Fell")],
    )
    items = whos_who([dossier(d) for d in (*labelled, person)], {}).items
    assert sorted(i.text for i in items) == [
        "Eva Brun (person)",
        "Nora Fell (person)",
        "Tom Brun (person)",
    ]


def test_the_leading_words_of_an_organisations_name_are_that_organisation() -> None:
    """ "St Oswin" (NER: a person) in one article, "St Oswin Infirmary" in another: one entry;
    a person given a role is left alone."""
    from whatweknow.briefing.articles import whos_who

    full = Doc(
        blocks=[("paragraph", "St Oswin Infirmary shut its doors. Lena Moss Trust paid.")],
        actors=[
            Who("org:st oswin infirmary", "St Oswin Infirmary", "organisation"),
            Who("org:lena moss trust", "Lena Moss Trust", "organisation"),
        ],
    )
    short = Doc(
        blocks=[("paragraph", "Ambulances went past St Oswin, said the nurse Lena Moss.")],
        actors=[
            Who("person:st oswin", "St Oswin"),
            Who("person:lena moss", "Lena Moss", roles=["nurse"]),
        ],
    )
    items = whos_who([dossier(full), dossier(short)], {}).items
    assert sorted(i.text for i in items) == [
        "Lena Moss (person) — nurse",
        "Lena Moss Trust (organisation)",
        "St Oswin Infirmary (organisation)",
    ]


def test_an_organisation_named_as_a_place_more_often_is_that_place() -> None:
    from whatweknow.briefing.articles import whos_who

    places = Doc(
        blocks=[("paragraph", "Floods hit Tarnby on Monday. Tarnby is a river town.")],
        actors=[Who("place::tarnby", "Tarnby", "place")],
    )
    slip = Doc(
        blocks=[("paragraph", "All of Tarnby's schools shut, said Mayor Ola Brenn.")],
        actors=[Who("org:tarnby", "Tarnby", "organisation"), Who("person:ola brenn", "Ola Brenn")],
    )
    items = whos_who([dossier(places), dossier(slip)], {}).items
    assert [i.text for i in items] == ["Ola Brenn (person)"]


def test_an_unknown_one_word_body_a_place_as_often_is_that_place() -> None:
    """ "Pelmora, the capital of Vestria" a place in one article, "a flight to Pelmora" read as
    a body in another: no entry; a body given a role ("Ostrel, a lender") stays."""
    from whatweknow.briefing.articles import whos_who

    placed = Doc(
        blocks=[("paragraph", "He flew to Pelmora, the capital of Vestria. Ostrel shut.")],
        actors=[Who("place::pelmora", "Pelmora", "place"), Who("place::ostrel", "Ostrel", "place")],
    )
    body = Doc(
        blocks=[("paragraph", "He took a flight to Pelmora, said Ostrel, a lender.")],
        actors=[
            Who("org:pelmora", "Pelmora", "organisation"),
            Who("org:ostrel", "Ostrel", "organisation", roles=["lender"]),
        ],
    )
    items = whos_who([dossier(placed), dossier(body)], {}).items
    assert [i.text for i in items] == ["Ostrel (organisation) — lender"]


def test_a_name_listed_with_a_name_written_where_a_place_goes_is_a_place() -> None:
    """ "offices in Harlby and Ostrel", where NER took both for people and another article
    writes "talks in Harlby": neither is an entry; a name listed with a person stays."""
    from whatweknow.briefing.articles import whos_who

    listed = Doc(
        blocks=[("paragraph", "Crowds gathered outside its offices in Harlby and Ostrel.")],
        actors=[Who("person:harlby", "Harlby"), Who("person:ostrel", "Ostrel")],
    )
    located = Doc(
        blocks=[("paragraph", "The talks in Harlby ended. Vane and Corr said so.")],
        actors=[
            Who("person:harlby", "Harlby"),
            Who("person:vane", "Vane"),
            Who("person:corr", "Corr"),
        ],
    )
    items = whos_who([dossier(listed), dossier(located)], {}).items
    assert sorted(i.text for i in items) == ["Corr (person)", "Vane (person)"]


def test_a_given_name_alone_joins_the_one_person_it_begins() -> None:
    from whatweknow.briefing.articles import whos_who

    doc = Doc(
        blocks=[
            ("paragraph", "Nora Fell won 52 percent. Nora 47 percent, said Ivo Dane and Ivo Lusk."),
        ],
        actors=[
            Who("person:nora fell", "Nora Fell"),
            Who("org:nora", "Nora", "organisation"),  # NER cut the name at a share
            Who("person:ivo dane", "Ivo Dane"),
            Who("person:ivo lusk", "Ivo Lusk"),
            Who("person:ivo", "Ivo"),  # two people of that given name: whose is unknown
        ],
    )
    items = whos_who([dossier(doc)], {}).items
    assert sorted(i.text for i in items) == [
        "Ivo (person)",
        "Ivo Dane (person)",
        "Ivo Lusk (person)",
        "Nora Fell (person)",
    ]


def test_a_name_another_article_marks_as_a_state_is_that_state() -> None:
    """ "Veldra's foreign ministry said …" made Veldra a state in one article; another, with
    no cue, has NER's person "Veldra" and a body "Veldra Freight" of its name: the person is
    the state, the firm (a name that ends as bodies' names do) stays a firm."""
    from whatweknow.briefing.articles import whos_who

    cued = Doc(
        blocks=[("paragraph", "Veldra's foreign ministry denied the sale on Monday.")],
        actors=[Who("country::veldra", "Veldra", "state")],
    )
    bare = Doc(
        blocks=[("paragraph", "Veldra has armed the rebels, said Veldra Freight's owner.")],
        actors=[
            Who("person:veldra", "Veldra"),
            Who("org:veldra freight", "Veldra Freight", "organisation"),
        ],
    )
    items = whos_who([dossier(cued), dossier(bare)], {}).items
    assert sorted(i.text for i in items) == [
        "Veldra (state)",
        "Veldra Freight (organisation)",
    ]


def test_the_first_word_of_an_outlets_name_told_by_a_speaker_is_no_person() -> None:
    """ "…, a director told Tidewatch." where an article of the story is Tidewatch Energy
    News's: the outlet, no party; Ada Varr, a person with a role, stays."""
    from whatweknow.briefing.articles import whos_who

    told = Doc(
        blocks=[("paragraph", "The damage is worse than feared, a director told Tidewatch.")],
        outlet="Osk Daily",
        actors=[Who("person:tidewatch", "Tidewatch")],
    )
    own = Doc(
        blocks=[("paragraph", "Ada Varr, the harbour master, said the quay was shut.")],
        outlet="Tidewatch Energy News",
        actors=[Who("person:ada varr", "Ada Varr", roles=["harbour master"])],
    )
    items = whos_who([dossier(told), dossier(own)], {}).items
    assert [i.text for i in items] == ["Ada Varr (person) — harbour master"]


def test_a_state_that_opens_a_newspapers_name_stays_a_state() -> None:
    """ "Lumera's government …, according to the newspaper Lumera Today", in a story carried by
    the Lumera Press Agency: the state stays an entry of its own beside the newspaper."""
    from whatweknow.briefing.articles import whos_who

    doc = Doc(
        blocks=[
            (
                "paragraph",
                "Lumera's government faced questions, according to the newspaper Lumera Today.",
            )
        ],
        outlet="Lumera Press Agency",
        actors=[
            Who("country::lumera", "Lumera", "state"),
            Who("org:lumera today", "Lumera Today", "organisation", roles=["newspaper"]),
        ],
    )
    items = whos_who([dossier(doc)], {}).items
    assert sorted(i.text for i in items) == [
        "Lumera (state)",
        "Lumera Today (organisation) — newspaper",
    ]


def test_the_last_word_of_one_organisations_name_is_that_organisation() -> None:
    """ "Ledger" alone in one article, "Tarnwick Ledger" in another: one entry; "Union" (a word
    that ends bodies' names of any kind) joins no union."""
    from whatweknow.briefing.articles import whos_who

    full = Doc(
        blocks=[("paragraph", "The Tarnwick Ledger said the Dock Workers Union had agreed.")],
        actors=[
            Who("org:tarnwick ledger", "Tarnwick Ledger", "organisation"),
            Who("org:dock workers union", "Dock Workers Union", "organisation"),
        ],
    )
    short = Doc(
        blocks=[("paragraph", "The Ledger's report was denied by the Union on Friday.")],
        actors=[
            Who("org:ledger", "Ledger", "organisation"),
            Who("org:union", "Union", "organisation"),
        ],
    )
    items = whos_who([dossier(full), dossier(short)], {}).items
    assert sorted(i.text for i in items) == [
        "Dock Workers Union (organisation)",
        "Tarnwick Ledger (organisation)",
        "Union (organisation)",
    ]


def test_a_ship_or_a_place_named_bare_elsewhere_is_no_entry() -> None:
    """ "the freighter Kite Runner" in one article (the stage leaves it out there), a bare "Kite
    Runner" NER took for a body in another; "the port of Qorin" in one, "a firm in Qorin" read
    as a person in another: neither is an entry. A person given a role stays."""
    from whatweknow.briefing.articles import whos_who

    first = Doc(
        blocks=[("paragraph", "The freighter Kite Runner left the port of Qorin on Monday.")],
        actors=[Who("place::qorin", "Qorin", "place")],
    )
    second = Doc(
        blocks=[("paragraph", "Kite Runner was chartered by a firm in Qorin, said Ada Varr.")],
        actors=[
            Who("org:kite runner", "Kite Runner", "organisation"),
            Who("person:qorin", "Qorin"),
            Who("person:ada varr", "Ada Varr", roles=["spokeswoman"]),
        ],
    )
    items = whos_who([dossier(first), dossier(second)], {}).items
    assert [i.text for i in items] == ["Ada Varr (person) — spokeswoman"]


def test_an_outlets_clause_cut_short_of_its_time_clause_is_left_out() -> None:
    """ "The arrest came a day | after the firm denied …": what is left says nothing alone;
    "The row widened at the weekend | after …" and "The minister resigned | , saying …" do."""
    paragraph = (
        "The arrest came a day after the firm denied that its cables had failed. The row widened "
        "at the weekend after the report appeared. The minister resigned, saying he was tired."
    )
    d = dossier(
        Doc(
            blocks=[("title", "Arrest in Lisk"), ("paragraph", paragraph)],
            claims=[
                Says("The arrest came a day", frame="come"),
                Says("The row widened at the weekend", frame="widen"),
                Says("The minister resigned", frame="resign"),
            ],
        )
    )
    shown = [i.text for s in brief_dossiers([d]).sections for i in s.items]
    assert not [t for t in shown if t.startswith("The arrest came")]
    assert [t for t in shown if t.startswith("The row widened")]
    assert [t for t in shown if t.startswith("The minister resigned")]


def test_a_name_written_where_a_place_goes_is_no_person() -> None:
    """NER took the town for a person; "homes in Lisk" says it is a place: no Who's who entry.
    A person written after "in" as a possessor ("in Varn's view") stays one."""
    paragraph = (
        "Lisk was quiet on Monday. Forty homes in Lisk burned down. In Varn's view the town "
        "will recover, Varn said."
    )
    d = dossier(
        Doc(
            blocks=[("title", "Fire in the hills"), ("paragraph", paragraph)],
            actors=[Who("person:lisk", "Lisk"), Who("person:varn", "Varn")],
            claims=[Says("Forty homes in Lisk burned down", frame="burn")],
        )
    )
    assert texts(brief_dossiers([d]), "Who's who") == ["Varn (person)"]


def test_a_relative_pronoun_never_speaks_as_itself() -> None:
    """ "The firm, which had denied that its cables failed, said …": the firm denies; the line
    is never "Which denies"."""
    paragraph = "The firm, which had denied that its cables failed, said the review was routine."
    d = dossier(
        Doc(
            blocks=[("title", "Fire in the hills"), ("paragraph", paragraph)],
            actors=[Who("group:firm", "firm", type="group")],
            claims=[Says("its cables failed", "denied", "group:firm", "which", frame="fail")],
        )
    )
    shown = [i.text for s in brief_dossiers([d]).sections for i in s.items]
    assert [t for t in shown if "its cables failed" in t and t.startswith("The firm denies")]
    assert not [t for t in shown if t.startswith("Which")]
    # nor "It says" for a pronoun resolved to the body
    put = "It put the number of homes lost at 40."
    d = dossier(
        Doc(
            blocks=[("title", "Fire in the hills"), ("paragraph", put)],
            actors=[Who("group:fire service", "fire service", type="group")],
            claims=[Says(put, "reported", "group:fire service", "It", frame="put")],
        )
    )
    shown = [i.text for s in brief_dossiers([d]).sections for i in s.items]
    # not "Fire service", nor "says: It put …" with the pronoun left to the reader
    assert [t for t in shown if t.startswith("The fire service puts the number of homes")]


def test_a_tally_by_a_time_is_no_happening_of_that_time() -> None:
    """ "Divers had recovered 21 bodies by Tuesday afternoon": how far a count had got, not
    something that happened that afternoon; "The barge sank on Monday evening" is."""
    tally = "Divers had recovered 21 bodies by Tuesday afternoon"
    sank = "The barge sank on Monday evening"
    d = dossier(
        Doc(
            blocks=[("title", "Barge sinks"), ("paragraph", f"{sank}. {tally}.")],
            published=date(2024, 6, 5),
            claims=[Says(sank, frame="sink"), Says(tally, frame="recover")],
            timexes=[("Monday evening", "2024-06-03TEV"), ("Tuesday afternoon", "2024-06-04TAF")],
        )
    )
    timeline = texts(brief_dossiers([d]), "Timeline")
    assert [t for t in timeline if "barge sank" in t]
    assert not [t for t in timeline if "21 bodies" in t]


def test_a_name_that_only_qualifies_a_thing_is_no_person() -> None:
    """ "the Harlow fire of 2019", "the Harlow family": NER's person, but no one acts; a name
    that also acts ("Varn said") stays."""
    paragraph = (
        "The blaze was the worst since the Harlow fire of 2019. The Harlow family lost its farm "
        "then. Varn said the town was ready."
    )
    d = dossier(
        Doc(
            blocks=[("title", "Fire in the hills"), ("paragraph", paragraph)],
            actors=[Who("person:harlow", "Harlow"), Who("person:varn", "Varn")],
            claims=[Says("the town was ready", "reported", "person:varn", "Varn", frame="be")],
        )
    )
    assert texts(brief_dossiers([d]), "Who's who") == ["Varn (person)"]


def test_a_name_listed_with_another_before_a_thing_is_no_person() -> None:
    """ "the Riverside and Old Mill districts": NER's person, but a district like the name it is
    listed with. A name of two words written where a place goes ("a baker in Old Mill") is a
    place where another article types it one."""
    paragraph = (
        "About 1,500 people could go back to the Riverside and Old Mill districts on Friday. "
        "Tallow said the roads were open."
    )
    d = dossier(
        Doc(
            blocks=[("title", "Fire in the hills"), ("paragraph", paragraph)],
            actors=[Who("person:old mill", "Old Mill"), Who("person:tallow", "Tallow")],
            claims=[Says("the roads were open", "reported", "person:tallow", "Tallow", frame="be")],
        )
    )
    assert texts(brief_dossiers([d]), "Who's who") == ["Tallow (person)"]


def test_a_plural_noun_that_opens_a_sentence_is_nobody() -> None:
    """ "Wildfires in the region are starting earlier": NER's person, a common noun the story
    also writes in lower case ("the wildfire"); "Jones said" stays a person."""
    from whatweknow.briefing.articles import whos_who

    doc = Doc(
        blocks=[
            ("paragraph", "The wildfire burned for a week. Jones said the town was ready."),
            ("paragraph", "LISK, Nov. 3 — Wildfires in the region start earlier, experts say."),
        ],
        actors=[Who("person:wildfires", "Wildfires"), Who("person:jones", "Jones")],
    )
    assert [i.text for i in whos_who([dossier(doc)], {}).items] == ["Jones (person)"]


def test_a_two_word_name_written_where_a_place_goes_is_a_place_if_typed_one() -> None:
    """ "a family in Old Mill" (NER's person) with "a baker in Old Mill" typed a place: no
    entry; "trust in Ada Varr", never typed a place, stays a person."""
    from whatweknow.briefing.articles import whos_who

    one = Doc(
        blocks=[("paragraph", "A family unloads a car in Old Mill. Voters put trust in Ada Varr.")],
        actors=[Who("person:old mill", "Old Mill"), Who("person:ada varr", "Ada Varr")],
    )
    two = Doc(
        blocks=[("paragraph", "Ada Varr met a baker in Old Mill.")],
        actors=[Who("place:old mill", "Old Mill", "place"), Who("person:ada varr", "Ada Varr")],
    )
    assert [i.text for i in whos_who([dossier(one), dossier(two)], {}).items] == [
        "Ada Varr (person)"
    ]


def test_an_outlet_of_the_story_is_an_organisation_whatever_ner_typed_it() -> None:
    """Another article's outlet, quoted ("the Lisk Herald said") and taken by NER for a
    person, is an organisation in Who's who, and its short form ("the Herald") is it."""
    from whatweknow.briefing.articles import whos_who

    quoting = Doc(
        blocks=[
            ("paragraph", "The Lisk Herald said its reporter was held. Ada Varr said so."),
            ("paragraph", "The Herald added that he was well."),
        ],
        actors=[
            Who("person:lisk herald", "Lisk Herald"),
            Who("person:ada varr", "Ada Varr"),
            Who("person:herald", "Herald"),
        ],
    )
    own = Doc(blocks=[("paragraph", "Our reporter was held on Sunday.")], outlet="Lisk Herald")
    items = [i.text for i in whos_who([dossier(quoting), dossier(own)], {}).items]
    assert sorted(items) == ["Ada Varr (person)", "Lisk Herald (organisation)"]


def test_a_one_word_person_listed_with_a_place_is_a_place() -> None:
    """ "Residents of Harlow and Brenby returned": NER's person Brenby is listed with a place;
    "Ada Varr and Brun met" lists no place."""
    from whatweknow.briefing.articles import whos_who

    doc = Doc(
        blocks=[("paragraph", "Residents of Harlow and Brenby returned. Ada Varr and Brun met.")],
        actors=[
            Who("place:harlow", "Harlow", "place"),
            Who("person:brenby", "Brenby"),
            Who("person:ada varr", "Ada Varr"),
            Who("person:brun", "Brun"),
        ],
    )
    items = [i.text for i in whos_who([dossier(doc)], {}).items]
    assert sorted(items) == ["Ada Varr (person)", "Brun (person)"]


def test_a_sources_denial_of_a_thing_named_in_two_words_is_shown() -> None:
    """ "The ministry called the charges fabricated": the ministry denies "the charges", two
    words, shorter than a statement and still one; an outlet's two words state nothing."""
    paragraph = "The Ostmark ministry called the charges fabricated. Talks went on."
    d = dossier(
        Doc(
            blocks=[("title", "Reporter held"), ("paragraph", paragraph)],
            actors=[Who("org:ostmark ministry", "Ostmark ministry", "organisation")],
            claims=[
                Says("the charges", "denied", "org:ostmark ministry", "The Ostmark ministry"),
                Says("Talks went on"),
            ],
        )
    )
    shown = [i.text for s in brief_dossiers([d]).sections for i in s.items]
    assert "Ostmark ministry denies: the charges" in shown
    assert not [t for t in shown if t.startswith("Talks went on")]


def test_a_person_whose_every_role_names_a_body_is_an_organisation() -> None:
    """NER's person "Lisk Rail", which the text calls "the state rail operator": an
    organisation; "Ada Varr, a lawyer" stays a person."""
    from whatweknow.briefing.articles import whos_who

    doc = Doc(
        blocks=[("paragraph", "Lisk Rail, the state rail operator, and Ada Varr, a lawyer, met.")],
        actors=[
            Who("person:lisk rail", "Lisk Rail", roles=["state rail operator"]),
            Who("person:ada varr", "Ada Varr", roles=["lawyer"]),
        ],
    )
    assert sorted(i.text for i in whos_who([dossier(doc)], {}).items) == [
        "Ada Varr (person) — lawyer",
        "Lisk Rail (organisation) — state rail operator",
    ]


def test_a_name_one_article_calls_a_body_is_one_though_ner_typed_it_a_person_more_often() -> None:
    """ "Lisk Rail, the state rail operator" in one article, a bare "Lisk Rail" that NER took for
    a person in three, none giving a person's role: the organisation."""
    from whatweknow.briefing.articles import whos_who

    told = Doc(
        blocks=[("paragraph", "Lisk Rail, the state rail operator, closed the line.")],
        actors=[Who("org:lisk rail", "Lisk Rail", "organisation", roles=["state rail operator"])],
    )
    bare = [
        Doc(
            blocks=[("paragraph", f"Lisk Rail said the line would reopen on day {n}.")],
            actors=[Who("person:lisk rail", "Lisk Rail")],
        )
        for n in range(3)
    ]
    items = [i.text for i in whos_who([dossier(d) for d in (told, *bare)], {}).items]
    assert items == ["Lisk Rail (organisation) — state rail operator"]


def test_a_demonym_of_a_state_the_story_names_is_nobody() -> None:
    """ "a Halvanian company", NER's body "Halvanian", where another article names the state
    Halvania: an adjective, no entry; a body of another name before a noun ("Brenna shares
    fell") stays, and so does a person whose name is a place's and an ending ("Marlan said",
    with the town of Marl)."""
    from whatweknow.briefing.articles import whos_who

    state = Doc(
        blocks=[("paragraph", "Halvania raised its rates, said Ruth Penn. Roads in Marl shut.")],
        actors=[
            Who("country::halvania", "Halvania", "state"),
            Who("person:ruth penn", "Ruth Penn"),
            Who("place::marl", "Marl", "place"),
        ],
    )
    firm = Doc(
        blocks=[("paragraph", "Corvane Mills is a Halvanian company. Brenna shares fell.")],
        actors=[
            Who("org:corvane mills", "Corvane Mills", "organisation"),
            Who("org:halvanian", "Halvanian", "organisation"),
            Who("org:brenna", "Brenna", "organisation"),
        ],
    )
    person = Doc(
        blocks=[("paragraph", "Marlan said the vote was fair.")],
        actors=[Who("person:marlan", "Marlan")],
    )
    items = whos_who([dossier(state), dossier(firm), dossier(person)], {}).items
    assert sorted(i.text for i in items) == [
        "Brenna (organisation)",
        "Corvane Mills (organisation)",
        "Halvania (state)",
        "Marlan (person)",
        "Ruth Penn (person)",
    ]


def test_the_first_word_of_a_firms_name_alone_is_that_firm() -> None:
    """ "Corvane said its plant …" (NER: a person) in one article, "Corvane Foods" in another:
    one entry, the firm's; a one-word person given a role ("Vesk, the manager") beside "Vesk
    Holdings" stays a person, and so does one beside a name that does not say it is a body
    ("Orlin Legacy" may be a thing Orlin makes)."""
    from whatweknow.briefing.articles import whos_who

    full = Doc(
        blocks=[("paragraph", "Corvane Foods shut a plant. Vesk Holdings and Orlin Legacy left.")],
        actors=[
            Who("org:corvane foods", "Corvane Foods", "organisation"),
            Who("org:vesk holdings", "Vesk Holdings", "organisation"),
            Who("org:orlin legacy", "Orlin Legacy", "organisation"),
        ],
    )
    short = Doc(
        blocks=[("paragraph", "Corvane said its plant would reopen, said Vesk, the manager.")],
        actors=[Who("person:corvane", "Corvane"), Who("person:vesk", "Vesk", roles=["manager"])],
    )
    other = Doc(
        blocks=[("paragraph", "Orlin said the jets would fly again.")],
        actors=[Who("person:orlin", "Orlin")],
    )
    items = whos_who([dossier(full), dossier(short), dossier(other)], {}).items
    assert sorted(i.text for i in items) == [
        "Corvane Foods (organisation)",
        "Orlin (person)",
        "Orlin Legacy (organisation)",
        "Vesk (person) — manager",
        "Vesk Holdings (organisation)",
    ]


def test_a_town_ner_took_for_a_body_where_a_place_goes_is_no_entry() -> None:
    """ "a mill in Dunmerrow", "reporters in Dunmerrow" (NER: a body) in an article datelined
    DUNMERROW: the town, no entry; without the dateline (or another article's place) nothing
    says it is a place, and the body stays."""
    from whatweknow.briefing.articles import whos_who

    def town(dateline: str | None) -> Dossier:
        text = "Workers at a mill in Dunmerrow fell ill. The Dunmerrow clinic is full."
        return dossier(
            Doc(
                blocks=[("paragraph", text)],
                actors=[Who("org:dunmerrow", "Dunmerrow", "organisation")],
                dateline=dateline,
            )
        )

    assert [i.text for i in whos_who([town("DUNMERROW")], {}).items] == []
    assert [i.text for i in whos_who([town(None)], {}).items] == ["Dunmerrow (organisation)"]


def test_a_body_described_with_its_name_speaks_by_that_name() -> None:
    """ "The consulate of Norvania rejected …" then "“…,” the consulate said": the line names
    the consulate of Norvania, not "The consulate"; a body with no name in its description
    speaks as written ("The firm")."""
    paragraph = '"We had no part in it," the consulate said.'
    d = dossier(
        Doc(
            blocks=[("title", "Fire in the hills"), ("paragraph", paragraph)],
            actors=[Who("group:consulate of norvania", "consulate of Norvania", type="group")],
            claims=[
                Says(
                    "We had no part in it",
                    "reported",
                    "group:consulate of norvania",
                    "the consulate",
                    frame="take part",
                )
            ],
        )
    )
    shown = [i.text for s in brief_dossiers([d]).sections for i in s.items]
    assert [t for t in shown if t.startswith("Consulate of Norvania says")], shown
    assert not [t for t in shown if t.startswith("The consulate says")], shown


def test_a_plural_noun_opening_a_sentence_is_no_body() -> None:
    """ "Divers said the current was strong": NER's organisation, a common noun the story also
    writes in lower case ("two divers"), is nobody."""
    from whatweknow.briefing.articles import whos_who

    doc = Doc(
        blocks=[
            ("paragraph", "Two divers searched the river. Ada Varr said the search would go on."),
            ("paragraph", "Divers said the current was strong."),
        ],
        actors=[Who("org:divers", "Divers", "organisation"), Who("person:ada varr", "Ada Varr")],
    )
    assert [i.text for i in whos_who([dossier(doc)], {}).items] == ["Ada Varr (person)"]


def test_a_bare_word_that_ends_bodies_names_is_the_one_body_it_ends() -> None:
    """ "The Front said …" after "the Talvo Front": the one front the story names, one entry;
    with two fronts named it joins neither."""
    from whatweknow.briefing.articles import whos_who

    one = Doc(
        blocks=[("paragraph", "The Talvo Front denied it. The Front said the school was empty.")],
        actors=[
            Who("org:talvo front", "Talvo Front", "organisation"),
            Who("org:front", "Front", "organisation"),
        ],
    )
    assert [i.text for i in whos_who([dossier(one)], {}).items] == ["Talvo Front (organisation)"]
    two = Doc(
        blocks=[("paragraph", "The Talvo Front and the Osk Front met. The Front said no.")],
        actors=[
            Who("org:talvo front", "Talvo Front", "organisation"),
            Who("org:osk front", "Osk Front", "organisation"),
            Who("org:front", "Front", "organisation"),
        ],
    )
    assert sorted(i.text for i in whos_who([dossier(two)], {}).items) == [
        "Front (organisation)",
        "Osk Front (organisation)",
        "Talvo Front (organisation)",
    ]


def test_the_initials_of_an_outlet_of_the_story_are_no_party() -> None:
    """ "he told OCN by phone", the story's Osk Cable News: the reporter, no party."""
    from whatweknow.briefing.articles import whos_who

    told = Doc(
        blocks=[("paragraph", "Ada Varr was safe, he told OCN by phone.")],
        actors=[Who("org:ocn", "OCN", "organisation"), Who("person:ada varr", "Ada Varr")],
        outlet="Osk Cable News",
    )
    assert [i.text for i in whos_who([dossier(told)], {}).items] == ["Ada Varr (person)"]


def test_the_first_word_of_an_outlets_name_is_that_outlet() -> None:
    """ "the Beacon reported" beside "The Beacon Review" (an outlet of the story): one entry."""
    from whatweknow.briefing.articles import whos_who

    quoting = Doc(
        blocks=[("paragraph", "The Beacon Review said so. The Beacon reported it first.")],
        actors=[
            Who("org:beacon review", "Beacon Review", "organisation"),
            Who("org:beacon", "Beacon", "organisation"),
        ],
    )
    own = Doc(blocks=[("paragraph", "Our reporter saw the records.")], outlet="The Beacon Review")
    items = [i.text for i in whos_who([dossier(quoting), dossier(own)], {}).items]
    assert items == ["Beacon Review (organisation)"]


def test_a_persons_name_that_ends_one_bodys_name_is_that_body() -> None:
    """ "Ledger Osk" that NER cut from "of Clean Ledger Osk" (and took for a person) is the body
    another article names in full; a person given a role stays a person."""
    from whatweknow.briefing.articles import whos_who

    full = Doc(
        blocks=[("paragraph", "Clean Ledger Osk called for a halt. Ada Varr agreed.")],
        actors=[
            Who("org:clean ledger osk", "Clean Ledger Osk", "organisation"),
            Who("person:ada varr", "Ada Varr"),
        ],
    )
    cut = Doc(
        blocks=[("paragraph", "Mira Holt of Clean Ledger Osk said no one checks.")],
        actors=[Who("person:ledger osk", "Ledger Osk"), Who("person:mira holt", "Mira Holt")],
    )
    items = sorted(i.text for i in whos_who([dossier(full), dossier(cut)], {}).items)
    assert items == [
        "Ada Varr (person)",
        "Clean Ledger Osk (organisation)",
        "Mira Holt (person)",
    ]


def test_a_surname_whose_full_name_was_folded_into_a_body_does_not_stop_the_list() -> None:
    """ "Jonah Brell" (a person NER gave no role) ends "Keeper Jonah Brell" (NER: a body) and
    folds into it; a bare "Brell" in another article then names no entry left to fold into:
    the list is still made (it raised a KeyError)."""
    from whatweknow.briefing.articles import whos_who

    wire = Doc(
        blocks=[("paragraph", "A lawyer for Keeper Jonah Brell said Jonah Brell was coerced.")],
        actors=[
            Who("org:keeper jonah brell", "Keeper Jonah Brell", "organisation"),
            Who("person:jonah brell", "Jonah Brell"),
        ],
    )
    later = Doc(
        blocks=[("paragraph", "Asked whether Brell would be dropped, the chairman said no.")],
        actors=[Who("person:brell", "Brell")],
    )
    items = whos_who([dossier(wire), dossier(later)], {}).items
    assert [i.text for i in items if "Brell" in i.text]


def test_an_old_date_in_what_a_document_shows_is_no_background() -> None:
    """ "The port authority on Tuesday published a survey showing the quay wall cracked in May
    2001": Tuesday is the publishing's day, the story's; May 2001 is what the survey shows. The
    outlet's line on a deed of 1887 is still background."""
    survey = (
        "The port authority on Tuesday published a survey showing the quay wall cracked in "
        "May 2001."
    )
    built = "Lindby Shipping built the port in 1887."
    d = dossier(
        Doc(
            blocks=[("title", "Lindby quay"), ("paragraph", survey), ("paragraph", built)],
            published=date(2024, 6, 12),
            claims=[Says(survey), Says(built)],
            timexes=[("Tuesday", "2024-06-11"), ("May 2001", "2001-05"), ("1887", "1887")],
        )
    )
    assert texts(brief_dossiers([d]), "Background") == [built]


@pytest.mark.parametrize(
    ("said", "claims", "events", "expected"),
    [
        # the publication a speaker answers, or is asked by: the reporter, no party
        ("The quay was shut, Ada Varr told the Osk Ledger.", [], [], []),
        ("Ada Varr did not answer questions from the Osk Ledger.", [], [], []),
        # the outlet telling its own finding, or raided: a party
        (
            "The Osk Ledger reported that the quay was shut.",
            [Says("the quay was shut", source="org:osk ledger")],
            [],
            ["Osk Ledger (organisation)"],
        ),
        (
            "The quay was shut, according to the Osk Ledger.",
            [Says("The quay was shut", source="org:osk ledger")],
            [],
            ["Osk Ledger (organisation)"],
        ),
        (
            "A court served a summons to the Osk Ledger.",
            [],
            [Does("served a summons", "COERCE", "served", target=["org:osk ledger"])],
            ["Osk Ledger (organisation)"],
        ),
        (
            "Police raided the Osk Ledger on Monday.",
            [],
            [Does("raided the Osk Ledger", "ASSAULT", "raided", target=["org:osk ledger"])],
            ["Osk Ledger (organisation)"],
        ),
    ],
)
def test_an_outlet_of_the_story_named_only_as_the_publication_addressed_is_no_party(
    said: str, claims: list[Says], events: list[Does], expected: list[str]
) -> None:
    from whatweknow.briefing.articles import whos_who

    quoting = Doc(
        blocks=[("paragraph", said)],
        outlet="Velt Radio",
        actors=[Who("org:osk ledger", "Osk Ledger", "organisation")],
        claims=claims,
        events=events,
    )
    own = Doc(blocks=[("paragraph", "Our reporter saw the quay.")], outlet="The Osk Ledger")
    items = [i.text for i in whos_who([dossier(quoting), dossier(own)], {}).items]
    assert items == expected
