"""The plain-text news layout, on articles the tests write in several layouts."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whatweknow.readers.layout import Layout, build_article, parse_layout


def kinds(text: str, lay: Layout) -> list[tuple[str, str]]:
    return [(b.kind, text[b.start : b.end]) for b in lay.blocks]


def assert_offsets(text: str, lay: Layout) -> None:
    prev_end = 0
    for b in lay.blocks:
        assert prev_end <= b.start < b.end <= len(text)
        piece = text[b.start : b.end]
        assert piece == piece.strip(), piece
        prev_end = b.end
    for c in lay.captions:
        assert text[c.start : c.end] == c.text


WIRE_STYLE = """\
Envoys from two capitals agree to meet in Geneva

The first direct talks in a year could start next week, officials said.

Patrol boats near the disputed reef in 2019 [File: Ana Lopes via AP]

OSAKA (Reuters) - Officials from both governments agreed on Tuesday to
hold talks in Geneva, a spokesperson for the foreign ministry said.

The two delegations are expected to meet for two days.

Why now?

Analysts said pressure from shipping firms had grown. "It is overdue," one said.

Here is what was agreed:
- A first round of talks
- A hotline between the coast guards

Source: Reuters and news agencies
"""


def test_wire_style_layout() -> None:
    lay = parse_layout(WIRE_STYLE)
    assert_offsets(WIRE_STYLE, lay)
    assert lay.title == "Envoys from two capitals agree to meet in Geneva"
    assert (
        lay.standfirst == "The first direct talks in a year could start next week, officials said."
    )
    assert lay.sections == ["Why now?"]
    assert [(c.text, c.credit) for c in lay.captions] == [
        ("Patrol boats near the disputed reef in 2019", "Ana Lopes via AP")
    ]
    assert lay.sources == ["Reuters", "news agencies"]
    assert lay.dateline == "OSAKA"
    got = kinds(WIRE_STYLE, lay)
    assert [k for k, _ in got] == [
        "title",
        "standfirst",
        "caption",
        "dateline",
        "paragraph",
        "paragraph",
        "subheading",
        "paragraph",
        "lead_in",
        "paragraph",
        "paragraph",
        "source_line",
    ]
    # the dateline is cut from its paragraph, and a wrapped paragraph is one block
    assert got[3][1] == "OSAKA (Reuters) -"
    assert got[4][1].startswith("Officials from both") and got[4][1].endswith("ministry said.")
    assert got[9][1] == "- A first round of talks"


BYLINE_STYLE = """\
Shipping insurers raise premiums for the strait

By Maria Ortiz and Tomas Berg in Singapore
Published 4 June 2024

Insurers have raised war-risk premiums for ships crossing the strait after a week of incidents.
Brokers said rates had doubled since May.

What do shipowners say?
Several owners said they would reroute vessels around the cape.

A tanker waits off the coast on Monday (Photo: Kim Osei/Reuters)

(Reporting by Maria Ortiz; Additional reporting by Li Wen; Editing by Sam Hale)
"""


def test_byline_date_question_subheading_and_reporting_line() -> None:
    lay = parse_layout(BYLINE_STYLE)
    assert_offsets(BYLINE_STYLE, lay)
    assert lay.title == "Shipping insurers raise premiums for the strait"
    assert lay.byline == ["Maria Ortiz", "Tomas Berg", "Li Wen"]  # editors are not authors
    assert lay.published == date(2024, 6, 4)
    assert lay.sections == ["What do shipowners say?"]
    assert lay.standfirst is None  # the first paragraph runs over two sentences on two lines
    assert [(c.text, c.credit) for c in lay.captions] == [
        ("A tanker waits off the coast on Monday", "Kim Osei/Reuters")
    ]
    assert [k for k, _ in kinds(BYLINE_STYLE, lay)] == [
        "title",
        "byline",
        "published",
        "paragraph",
        "paragraph",
        "subheading",
        "paragraph",
        "caption",
        "source_line",
    ]


def test_crlf_and_one_paragraph_per_line() -> None:
    text = (
        "Rain delays harvest across the plains\r\n"
        "Farmers say the wet spring has cost them two weeks.\r\n"
        "WICHITA, Kan. (AP) — Heavy rain kept combines out of the fields for a second week.\r\n"
        "Grain prices rose on Friday.\r\n"
        "Outlook for July\r\n"
        "Forecasters expect drier weather by the middle of the month.\r\n"
    )
    lay = parse_layout(text)
    assert_offsets(text, lay)
    assert lay.standfirst == "Farmers say the wet spring has cost them two weeks."
    assert lay.dateline == "WICHITA, Kan."
    assert lay.sources == ["AP"]
    assert lay.sections == ["Outlook for July"]
    assert [k for k, _ in kinds(text, lay)] == [
        "title",
        "standfirst",
        "dateline",
        "paragraph",
        "paragraph",
        "subheading",
        "paragraph",
    ]


def test_text_without_headline_starts_with_dateline() -> None:
    text = (
        "GENEVA (AFP) - Delegates met for six hours on Thursday without an agreement.\n\n"
        "A second round is planned, diplomats said.\n"
    )
    lay = parse_layout(text)
    assert lay.title is None
    assert lay.standfirst is None
    assert lay.dateline == "GENEVA"
    assert lay.sources == ["AFP"]


@pytest.mark.parametrize(
    "line",
    [
        "{Oslo is ready to send two ships to the mission, its defence minister said.}",
        'The envoy told reporters on Friday: "We will not sign this text."',
        "(The border will reopen next week, officials in both capitals said.)",
    ],
)
def test_a_sentence_closed_by_a_bracket_or_quote_is_no_headline(line: str) -> None:
    lay = parse_layout(line + "\n")
    assert lay.title is None
    assert lay.blocks[0].kind != "title"


def test_known_title_from_metadata() -> None:
    text = "Talks resume\n\nNegotiators returned to the table on Monday.\n\nMore talks follow.\n"
    assert parse_layout(text, title="Talks  resume").title == "Talks resume"
    other = parse_layout(text, title="A different headline")
    assert other.title is None
    assert other.blocks[0].kind != "title"


def test_known_title_matches_across_typographic_quotes_and_dashes() -> None:
    text = "Three weeks of delays: the Orvell ferry’s story – so far\n\nThe ferry sailed.\n"
    lay = parse_layout(text, title="Three weeks of delays: the Orvell ferry's story - so far")
    assert lay.blocks[0].kind == "title"


def test_marked_subheadings_win_over_shape() -> None:
    text = "Title here\n\nFirst paragraph is long enough to be body text.\n\nA heading.\n\nMore.\n"
    start = text.index("A heading.")
    lay = parse_layout(text, subheadings=frozenset({start}))
    assert lay.sections == ["A heading."]


def test_inline_photograph_credit_and_closing_agency_line() -> None:
    text = (
        "Ministers gather in Rome\n\n"
        "Ministers arrive for the meeting. Photograph: Ana Lopes/EPA\n\n"
        "Ministers from 12 countries met in Rome on Sunday to discuss grain exports, and "
        "said they would meet again.\n\n"
        "— Reuters\n"
    )
    lay = parse_layout(text)
    assert_offsets(text, lay)
    assert [(c.text, c.credit) for c in lay.captions] == [
        ("Ministers arrive for the meeting.", "Ana Lopes/EPA")
    ]
    assert lay.sources == ["Reuters"]


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the talks were over.",
        "Officials said: we will not move.",
        "He added that [the deal] was done.",
    ],
)
def test_ordinary_sentences_are_not_furniture(line: str) -> None:
    text = f"Headline of the day\n\nA first paragraph that opens the story, as they do.\n\n{line}\n"
    lay = parse_layout(text)
    assert lay.blocks[-1].kind == "paragraph"
    assert lay.captions == [] and lay.sections == [] and lay.sources == []


def test_build_article_metadata_wins() -> None:
    lay = parse_layout(BYLINE_STYLE)
    art = build_article(BYLINE_STYLE, lay, fmt="text", published=date(2024, 6, 5), byline=["X Y"])
    assert art.published == date(2024, 6, 5)
    assert art.byline == ["X Y"]
    assert art.title == lay.title
    assert len(art.id) == 16


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
            st.sampled_from(
                [
                    "",
                    "\r\n",
                    "By A B",
                    "Source: X",
                    "Why?",
                    "TOKYO (AP) - Hi.",
                    "x [File: A via AP]",
                    "Lead:",
                    "- item",
                    "Published 1 June 2024",
                ]
            ),
        ),
        max_size=15,
    )
)
def test_any_text_gives_ordered_blocks_that_slice_exactly(parts: list[str]) -> None:
    text = "\n".join(parts)
    lay = parse_layout(text)
    assert_offsets(text, lay)


def test_caption_wholly_in_parentheses_and_unbulleted_list_after_lead_in() -> None:
    text = (
        "Harbour reopens after storm\n\n"
        "By Lee Park\n\n"
        "The harbour reopened on Friday after three days of closure, the port authority said.\n\n"
        "(Photo: Cranes stand idle at the terminal on Wednesday. Port authority handout)\n\n"
        "Officials said the cleanup, which has drawn crews from four towns and the navy, would "
        "turn on three things:\n"
        "Whether the main channel is clear of debris\n"
        "How fast the cranes can be inspected\n\n"
        "Shipping lines said they expected delays into next week.\n"
    )
    lay = parse_layout(text)
    assert_offsets(text, lay)
    assert [(c.text, c.credit) for c in lay.captions] == [
        ("Cranes stand idle at the terminal on Wednesday.", "Port authority handout")
    ]
    assert lay.sections == []  # list lines are not subheadings
    assert [k for k, _ in kinds(text, lay)] == [
        "title",
        "byline",
        "paragraph",
        "caption",
        "lead_in",
        "paragraph",
        "paragraph",
        "paragraph",
    ]


# --- statements vs. non-statements ----------------------------------------------------------

OPENING = "Ferry service halted\n\nA first paragraph opens the story, as usual.\n\n"
CLOSING = "\n\nPort officials said the ferries would sail again on Friday.\n"


def kind_of(line: str) -> str:
    """The kind of ``line`` set between two body paragraphs."""
    text = OPENING + line + CLOSING
    lay = parse_layout(text)
    assert_offsets(text, lay)
    start = text.index(line)
    (block,) = [b for b in lay.blocks if b.start <= start < b.end]
    return block.kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("FILE PHOTO: A ferry leaves the harbour at dawn, in this picture from 2019.", "caption"),
        ("Photo: Passengers wait on the quay in the rain.", "caption"),
        ("FILE - A harbour crane stands idle (AP Photo/Jo Reyes, File)", "caption"),
        ("This handout photo released by the coastguard shows a damaged hull.", "caption"),
        ("This picture taken on May 2, 2024, shows the quay under water. — AFP", "caption"),
        ("In this image made from video, a crew ties up a boat.", "caption"),
        ("Dock workers gather at the gate of the port in Brest, France May 2, 2024.", "caption"),
        ("Crews clear the quay in Bari, Italy, June 3, 2024. REUTERS/Jo Reyes", "caption"),
        ("(Reuters)", "credit"),
        ("Getty Images", "credit"),
        ("AFP via Getty Images", "credit"),
        ("(Photograph: AFP )", "credit"),
        ("Photo: Jo Reyes/EPA", "credit"),
        ("[EPA-EFE/JO REYES]", "credit"),
        ("Advertisement", "promo"),
        ("Read more: Why the ferry company is in trouble", "promo"),
        ("RELATED: Storm closes two ports", "promo"),
        ("Follow us on our channels for the latest updates.", "promo"),
        ("Watch the minister's comments below:", "promo"),
        ("Listen to our full report on the evening bulletin at six.", "promo"),
        ("Sign up for our morning briefing", "promo"),
        ("This article is for Quay Gazette subscribers. Subscribe for full access.", "boilerplate"),
        ("Already a subscriber? Log in to read on.", "boilerplate"),
        ("You have one free story left. Subscribe to keep reading.", "promo"),
        ("Click here to read the full report", "promo"),
        ("© 2024 Harbour Media Group", "boilerplate"),
        ("All rights reserved.", "boilerplate"),
        ("This article was originally published on another site.", "boilerplate"),
        ("Copyright 2024 Coast News. All rights reserved.", "boilerplate"),
        ("https://example.org/news/ferries", "url"),
        ("www.example.org", "url"),
        ("Back at sea! pic.twitter.com/abc123 — Jo Reyes (@joreyes) May 2, 2024", "social"),
        ("— Jo Reyes (@joreyes) May 2, 2024", "social"),
        ("IMO stands for International Maritime Organization.", "glossary"),
        ("(NATO stands for North Atlantic Treaty Organization)", "glossary"),
        ('"Bora" is short for the cold wind off the mountains.', "glossary"),
        ("OCHA: Office for the Coordination of Humanitarian Affairs", "glossary"),
        ("- Crews worked overnight -", "subheading"),
        ("Follow the Quay Gazette on TikTok and Threads for news as it breaks.", "promo"),
        ("Like us on Facebook and find more stories on our site.", "promo"),
        ("Keep up with the storm on WhatsApp: join our channel.", "promo"),
        ("This is an opinion piece. The views expressed are the writer's alone.", "boilerplate"),
        ("The views expressed in this column belong to its author.", "boilerplate"),
        ("This story was corrected on May 4 to fix the name of the harbour master.", "boilerplate"),
        ("Correction: an earlier version gave the wrong date for the vote.", "boilerplate"),
        ("An earlier version of this article misspelt the mayor's name.", "boilerplate"),
        (
            "Editor’s note: On Friday the Quay Gazette reported, citing a pilot, that two tugs "
            "sank. That was not confirmed, and we have withdrawn it.",
            "boilerplate",
        ),
        ("We regret the error.", "boilerplate"),
        ("We apologise for the error.", "boilerplate"),
        ("Dockers wait at the gate of the port. Credit: Quay Gazette", "caption"),
        ("The harbour master at a briefing in Brest, May 2, 2024 (Port Daily/Handout)", "caption"),
        ("Brest Port Authority (@brestport) · May 2, 2024", "social"),
        ("@brestport · 3h", "social"),
        ("2,310 Reposts  8,114 Likes", "social"),
        ("12K views", "social"),
        (
            "(Photo caption: Candles left at the gates on Tuesday. Harbour Gazette/Tom Reyes)",
            "caption",
        ),
        ("(Photo caption: Candles left at the gates on Tuesday.)", "caption"),
        ("(Photo: Crews at work (left) on the quay.)", "caption"),
        ("Picture: Candles left at the gates on Tuesday. Harbour Gazette/Tom Reyes", "caption"),
        ("Listen to Radio Kell News every hour on the hour, or follow us online.", "promo"),
        ("Watch Kell TV News at six for the latest from the quay.", "promo"),
        ("Listen to us every hour on the hour, and on our website.", "promo"),
        ("Harbour FM: news for the coast, every hour.", "boilerplate"),
        ("Back independent reporting: subscribe from 3 dollars a month.", "promo"),
        ("Quay Gazette is free to read. Please donate from £4 a month.", "boilerplate"),
    ],
)
def test_non_statement_lines_are_marked(line: str, kind: str) -> None:
    assert kind_of(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "A photo posted online showed the ferry listing badly in heavy seas.",
        "This photo was shared widely online, officials said.",
        "The ministry said on its website that the ferries would resume.",
        "Related to the storm, officials said two roads were shut.",
        "NATO stands for peace and security, the minister said.",
        "Reuters reported that the harbour was closed.",
        "Watch towers were built along the breakwater last year.",
        "Copyright disputes have delayed the new timetable.",
        "Readers can sign up for alerts, the port said, as the storm nears.",
        "Advertisement revenue at the ferry company fell 10% in the quarter.",
        "The crash happened in Tver on August 23, 2023.",
        "The summit opened on Tuesday, August 22, 2023.",
        "Protesters said — Reuters reported — that the night was calm.",
        "The IMO said its inspectors were on the quay.",
        "NATO: the alliance said it would meet on Friday.",
        "UN: Aid is coming, officials said.",
        "Follow-up talks on the port are due next week, officials said.",
        "Follow-up inspections were ordered after the storm, the ministry said on Facebook.",
        "Views expressed at the meeting ranged from anger to grief.",
        "The views expressed by residents at the meeting were mostly angry.",
        "This article of the treaty was amended in 2019 to allow night sailings.",
        "This story is told by the dockers who were on the quay that night.",
        "Likes and shares of the video passed a million, the ministry said.",
        "The mayor replied to @brestport that the quay would stay shut.",
        "The ferry left Brest on Monday (local time).",
        "Watch Committee members met the harbour master on Tuesday to ask about the ferries.",
        "(The photo was taken on Tuesday. It shows the quay.)",
        "Harbour FM: mayor resigns over ferry fares.",
        "Ferry passes will rise to 3 dollars a month, the harbour board said.",
        "Most islanders subscribe for 3 dollars a month.",
        "Crews worked all night. Subscribe from 3 dollars a month.",
    ],
)
def test_body_sentences_that_mention_photos_or_websites_stay_statements(line: str) -> None:
    assert kind_of(line) == "paragraph"


def test_the_text_of_an_embedded_post_under_its_header_is_the_posts() -> None:
    text = (
        OPENING + "Brest Port Authority (@brestport) · May 2, 2024\n"
        "The quay is closed until further notice. Crews are on site. #storm\n"
        "2,310 Reposts  8,114 Likes\n\n"
        "Port officials said the ferries would sail again on Friday.\n"
    )
    lay = parse_layout(text)
    assert_offsets(text, lay)
    got = [k for k, _ in kinds(text, lay)]
    assert got[-4:] == ["social", "social", "social", "paragraph"]


def test_a_post_quoted_on_one_line_after_its_handle_is_the_posts() -> None:
    text = (
        OPENING + "@brestport: The quay is closed until further notice.\n"
        "6:52 AM · May 2, 2024\n\n"
        "Port officials said the ferries would sail again on Friday.\n"
    )
    lay = parse_layout(text)
    assert_offsets(text, lay)
    got = [k for k, _ in kinds(text, lay)]
    assert got[-3:] == ["social", "social", "paragraph"]


def test_a_short_line_right_above_a_picture_credit_is_its_caption() -> None:
    text = (
        OPENING + "Dockers wait at the gate of the port on Monday.\nPhoto: Jo Reyes/EPA\n\n"
        "Port officials said the ferries would sail again on Friday.\n(Reuters)\n\n"
        "The mayor said the port would reopen.\n\nCredit: Quay Gazette\n"
    )
    lay = parse_layout(text)
    assert_offsets(text, lay)
    got = [k for k, _ in kinds(text, lay)]
    assert got[2:] == ["caption", "credit", "paragraph", "credit", "paragraph", "credit"]
    assert [(c.text, c.credit) for c in lay.captions] == [
        ("Dockers wait at the gate of the port on Monday.", "Jo Reyes/EPA")
    ]


def test_reader_comments_after_their_header() -> None:
    text = (
        OPENING + "Port officials said the ferries would sail again on Friday.\n\n"
        "Comments (3)\n\nThis is a disgrace, the company never cares.\n\nAgreed, total chaos.\n"
    )
    lay = parse_layout(text)
    assert [k for k, _ in kinds(text, lay)][-4:] == ["paragraph", "comment", "comment", "comment"]


def test_headlines_listed_under_a_related_header_are_promotion() -> None:
    text = (
        OPENING + "Related stories\n\nStorm closes two ports\n\nFerry firm cuts 200 jobs\n\n"
        "Port officials said the ferries would sail again on Friday.\n\n"
        "Advertisement\n\nWhat the mayor said\n\nThe mayor said the port would reopen.\n"
    )
    got = [k for k, _ in kinds(text, parse_layout(text))]
    assert got[2:] == [
        "promo",
        "promo",
        "promo",
        "paragraph",
        "promo",
        "subheading",  # an advertisement heads no list: the subheading after it stays one
        "paragraph",
    ]


def test_a_comment_header_before_the_body_is_not_one() -> None:
    text = "Ferry service halted\n\nComments\n\nPort officials said the ferries would stop.\n"
    assert parse_layout(text).blocks[-1].kind == "paragraph"


@pytest.mark.parametrize(
    ("opening", "dateline", "rest", "agency"),
    [
        ("Cairo, Mar 3 (AFP).- ", "Cairo", "Talks could resume next week.", "AFP"),
        ("LONDON, Aug. 24 (Reuters) - ", "LONDON", "Shares fell on Monday.", "Reuters"),
        ("OSLO, May 9. /NTB/. ", "OSLO", "The strike ended overnight.", "NTB"),
        ("SOFIA /Bulgaria/, May 9. /BTA/. ", "SOFIA, Bulgaria", "The port reopened.", "BTA"),
        ("Lagos, Sept 19:  ", "Lagos", "The ferries sailed again.", None),
        ("MOSCOW – ", "MOSCOW", "The ministry confirmed the delay.", None),
        ("Lisbon — ", "Lisbon", "The ferries sailed again.", None),  # a known place
        ("Nairobi: ", "Nairobi", "More than 200 people were moved.", None),
    ],
)
def test_dateline_is_cut_from_the_claim_span(
    opening: str, dateline: str, rest: str, agency: str | None
) -> None:
    text = f"Ferry service halted\n\n{opening}{rest}\n\nA second paragraph follows here.\n"
    lay = parse_layout(text)
    assert_offsets(text, lay)
    assert lay.dateline == dateline
    got = kinds(text, lay)
    assert got[1] == ("dateline", opening.strip())
    assert got[2] == ("paragraph", rest)
    assert (agency in lay.sources) if agency else lay.sources == []


def test_a_dateline_line_of_its_own_gives_the_published_date() -> None:
    text = "Lagos, Nigeria (AFP) Sept 20, 2023\n\nThe ferries sailed again on Wednesday.\n"
    lay = parse_layout(text)
    assert lay.dateline == "Lagos, Nigeria"
    assert lay.published == date(2023, 9, 20)
    assert [k for k, _ in kinds(text, lay)] == ["dateline", "paragraph"]
    known = parse_layout("Published 1 June 2024\n\n" + text)
    assert known.published == date(2024, 6, 1)  # a date line given first wins


@pytest.mark.parametrize(
    "line",
    [
        "In June 23 - 24 talks, both sides agreed.",
        "Earlier, Port Minister Jo Reyes said the ferries would stop.",
        "On Monday — the day after the storm — crews returned.",
        "U.S. officials said the port was safe.",
        "Meanwhile: The storm moved north overnight.",  # mixed case, and no place
        "Lisbon — which had closed its port — reopened it on Friday.",
        "NATO: the alliance said it would meet.",
    ],
)
def test_openings_that_are_not_datelines(line: str) -> None:
    text = f"Ferry service halted\n\n{line}\n\nA second paragraph follows.\n"
    lay = parse_layout(text)
    assert lay.dateline is None
    assert kinds(text, lay)[1][1] == line  # the opening is not cut from it


def test_a_question_heading_the_text_is_a_subheading() -> None:
    text = "What happened at the port?\n\nThe ferries stopped on Monday after the storm.\n"
    lay = parse_layout(text, title="Ferry service halted")
    assert [k for k, _ in kinds(text, lay)] == ["subheading", "paragraph"]


@pytest.mark.parametrize(
    "hostile",
    [
        " " * 100_000,
        "A" + " " * 100_000 + "!",
        "(" + " " * 100_000 + ")",
        "IMO stands for" + " " * 100_000 + "x",
        "Cairo, Mar 3" + " " * 100_000 + "(AFP)",
        "(@" * 50_000,
        "Photo: " + "a " * 50_000,
        "(Photo caption: " + "a " * 50_000,
        "(Photo: " + "A. " * 30_000 + "Xa/Ya)",
        "x" + " —" * 50_000,
        "A, " * 30_000 + "May 2, 2024.",
    ],
)
def test_hostile_lines_parse_in_linear_time(hostile: str) -> None:
    import time

    text = OPENING + hostile + CLOSING
    began = time.perf_counter()
    lay = parse_layout(text)
    assert time.perf_counter() - began < 2.0
    assert_offsets(text, lay)


def test_many_unpunctuated_lines_join_in_linear_time() -> None:
    """Joining the lines of one long paragraph is one pass: 20,000 lines take at most 30 times
    what 2,000 take (10 times is linear; re-reading the paragraph per line was about 100 times,
    some 30 s). A ratio, not a wall-clock limit, so a loaded machine does not fail it."""
    import time

    def seconds(lines: int) -> float:
        text = "Title\n\n" + "a line with no stop\n" * lines
        best = float("inf")
        for _ in range(3):
            began = time.perf_counter()
            lay = parse_layout(text)
            best = min(best, time.perf_counter() - began)
        assert [b.kind for b in lay.blocks] == ["title", "paragraph"]
        return best

    small = seconds(2_000)
    large = seconds(20_000)
    if large > 30 * small:  # a noisy neighbour stole one run: measure both again
        small, large = min(small, seconds(2_000)), min(large, seconds(20_000))
    assert large <= 30 * small


def test_a_labelled_captions_closing_credit_and_a_writers_bio_are_furniture() -> None:
    text = (
        "Ferries should stop sailing in gales\n\nOpinion | By Ida Lund\n\n"
        "Ida Lund is a former harbour pilot and a columnist for the Quay Times.\n\n"
        "The storm on Monday was forecast days ahead.\n\n"
        "Photo: A ferry leaves the quay on Monday. (Quay Times/Jo Reyes)\n\n"
        "Photo: Crews at work (left) on the quay.\n\n"
        "Ida Lund said nothing about the weather.\n\n"
        "Photo caption: The harbour office in Lisk. (Quay Press)\n"
    )
    lay = parse_layout(text)
    assert_offsets(text, lay)
    assert lay.byline == ["Ida Lund"]
    got = [k for k, _ in kinds(text, lay)]
    assert got == [
        "title",
        "byline",
        "boilerplate",
        "paragraph",
        "caption",
        "caption",
        "paragraph",
        "caption",
    ]
    assert [(c.text, c.credit) for c in lay.captions] == [
        ("A ferry leaves the quay on Monday.", "Quay Times/Jo Reyes"),
        ("Crews at work (left) on the quay.", None),
        ("The harbour office in Lisk.", "Quay Press"),
    ]


@pytest.mark.parametrize(
    "bio",
    [
        "Ida Lund is a visiting fellow at the Quayside Centre for Maritime Law.",
        "Ida Lund is the director of the Northern Ports Forum.",
        "Ida Lund, a former harbour master, teaches at Harlow College.",
    ],
)
def test_an_outside_writers_role_at_a_named_body_is_a_bio_whatever_the_role(bio: str) -> None:
    text = (
        "Ferries should stop sailing in gales\n\nOpinion\n\nBy Ida Lund\n\n"
        f"{bio}\n\n"
        "The storm on Monday was forecast days ahead.\n\n"
        "Ida Lund is worried that nobody listened.\n"
    )
    lay = parse_layout(text)
    assert_offsets(text, lay)
    got = [k for k, _ in kinds(text, lay)]
    assert got[-3:] == ["boilerplate", "paragraph", "paragraph"]


def test_an_agencys_credit_with_added_reporting_and_a_listen_promo_are_furniture() -> None:
    text = (
        "Ferries cancelled\n\nThe port closed on Monday as the gale grew.\n\n"
        "Coastline Wire, with additional reporting by Ada Brenner\n\n"
        "Listen to Quay Radio's shipping bulletin at noon.\n"
    )
    lay = parse_layout(text)
    assert_offsets(text, lay)
    assert [k for k, _ in kinds(text, lay)][-2:] == ["source_line", "promo"]
    assert lay.sources == ["Coastline Wire"] and lay.byline == ["Ada Brenner"]


def test_a_section_label_above_a_wire_dateline_is_a_label() -> None:
    text = (
        "Clinic shut after attack\n\nREGIONAL\n\n\n"
        "OSTBY, Norland, May 2 (Coastline Wire) — A cyberattack shut the Ostby clinic on Friday, "
        "its director said.\n\nPolice said they were investigating.\n"
    )
    lay = parse_layout(text)
    assert_offsets(text, lay)
    got = kinds(text, lay)
    assert ("subheading", "REGIONAL") in got
    assert not any(k == "paragraph" and "REGIONAL" in t for k, t in got)


def test_a_date_alone_before_a_dash_is_a_dateline_and_an_outlets_photo_label_a_caption() -> None:
    """ "Nov. 11 — The line …": a trade paper's dateline with no place (not a sentence's words,
    not a date of its own claim); "Quay Times photo: …" a caption; the writer's closing bio
    ("… is a transport economist and a former adviser to the Harlow council") furniture.
    "May 9 — 12 people …" opens a sentence (no capital after the dash)."""
    text = (
        "Signals on the coast line are old\n\nBy Ida Lund\n\n"
        "Nov. 11 — The coast line is run by relay signals built in the 1980s.\n\n"
        "Quay Times photo: A relay cabinet beside the track.\n\n"
        "Ida Lund is a transport economist and a former adviser to the Harlow council.\n"
    )
    lay = parse_layout(text)
    assert_offsets(text, lay)
    got = [k for k, _ in kinds(text, lay)]
    assert got == ["title", "byline", "dateline", "paragraph", "caption", "boilerplate"]
    assert lay.dateline is None
    assert [c.text for c in lay.captions] == ["A relay cabinet beside the track."]
    from whatweknow.readers._patterns import dateline

    assert dateline("May 9 — 12 people were hurt.") is None


@pytest.mark.parametrize("sign", ["— Harbour Wire", "(Harbour Wire)", "HWA"])
def test_an_agency_set_alone_after_the_story_signs_it_off(sign: str) -> None:
    """A wire's sign-off on a line of its own names the wire, and states nothing; "(Updated)"
    and a bare acronym before the last line (a subheading) are no sign-off. "Image caption —"
    and "A caption reads:" label captions."""
    text = (
        "Dam cracks found\n\nOSKEL, Nov. 11 — Engineers found cracks in the dam on Monday.\n\n"
        "Image caption — Engineers on the dam wall.\n\n"
        "A caption reads: The reservoir on Sunday.\n\n"
        "(Updated)\n\nFLOODS\n\nThe river rose overnight.\n\n" + sign + "\n"
    )
    lay = parse_layout(text)
    assert_offsets(text, lay)
    got = [k for k, _ in kinds(text, lay)]
    assert got == [
        "title", "dateline", "paragraph", "caption", "caption", "paragraph", "subheading",
        "paragraph", "source_line",
    ]  # fmt: skip
    assert lay.sources == [sign.strip("—() ")]


def _article(text: str, outlet: str | None = None) -> tuple[str | None, list[str], list[str]]:
    art = build_article(text, parse_layout(text), fmt="text", outlet=outlet)
    return art.outlet, art.byline, art.sources


BODY = "\n\nThe ferry to the islands was cancelled on Friday, the harbour office said.\n"


@pytest.mark.parametrize(
    ("head", "tail", "expected"),
    [
        # a byline's trailing masthead is the outlet, not a reporter
        ("By Jo Reyes, Velt Evening Courier", "", ("Velt Evening Courier", ["Jo Reyes"], [])),
        (
            "By Jo Reyes and Ana Lim, The Osk Ledger",
            "",
            ("The Osk Ledger", ["Jo Reyes", "Ana Lim"], []),
        ),
        ("By Jo Reyes, Radio Brava Online", "", ("Radio Brava Online", ["Jo Reyes"], [])),
        ("By Jo Reyes, Velt Evening Star", "", ("Velt Evening Star", ["Jo Reyes"], [])),
        ("By Jo Reyes, The Osk Voice", "", ("The Osk Voice", ["Jo Reyes"], [])),
        # people, roles and places are no outlets
        ("By Jo Reyes and Ana Lim", "", (None, ["Jo Reyes", "Ana Lim"], [])),
        ("By Jo Reyes, Ana Lim", "", (None, ["Jo Reyes", "Ana Lim"], [])),
        ("By Jo Reyes, staff writer", "", (None, [], [])),  # (no byline either)
        ("By Jo Reyes, Senior Reporter", "", (None, ["Jo Reyes", "Senior Reporter"], [])),
        ("By Jo Reyes in Osk", "", (None, ["Jo Reyes"], [])),
        # an agency is a credit, never the outlet
        ("By Jo Reyes, Reuters", "", (None, ["Jo Reyes"], ["Reuters"])),
        ("By Jo Reyes, Brava Press Agency", "", (None, ["Jo Reyes"], ["Brava Press Agency"])),
        # a closing "Source:" line
        ("", "\nSource: The Osk Ledger\n", ("The Osk Ledger", [], [])),
        (
            "",
            "\nSource: The Osk Ledger, with Brava Press Agency\n",
            ("The Osk Ledger", [], ["Brava Press Agency"]),
        ),
        (
            "",
            "\nSource: Velt Weekly / Brava Press Agency\n",
            ("Velt Weekly", [], ["Brava Press Agency"]),
        ),
        (
            "",
            "\nSource: Brava Wire Service / Velt Courier\n",
            ("Velt Courier", [], ["Brava Wire Service"]),
        ),
        # a "Source:" line that names an agency alone, and no other line an outlet: its copy
        (
            "",
            "\nSource: Brava Press Agency\n",
            ("Brava Press Agency", [], ["Brava Press Agency"]),
        ),
        ("", "\nSource: harbour office figures\n", (None, [], ["harbour office figures"])),
        ("", "\nSource: Agencies\n", (None, [], ["Agencies"])),
        # an agency's report and the masthead that carries it
        (
            "",
            "\nSource: Brava Press Agency via The Osk Ledger\n",
            ("The Osk Ledger", [], ["Brava Press Agency"]),
        ),
        (
            "",
            "\nSource: Brava Press Agency via Jo Reyes\n",
            (None, [], ["Brava Press Agency via Jo Reyes"]),
        ),
        ("", "\nSource: police\n", (None, [], ["police"])),
        # the staff of a masthead: the outlet, and no person
        ("By Velt Evening Courier staff", "", ("Velt Evening Courier", [], [])),
        ("By The Osk Ledger staff reporters", "", ("The Osk Ledger", [], [])),
        ("By Brava Press Agency correspondents", "", (None, [], ["Brava Press Agency"])),
        ("By Osk staff, The Osk Ledger", "", ("The Osk Ledger", [], [])),
        ("By Osk correspondents", "", (None, [], [])),
        ("By Jo Reyes and Velt staff", "", (None, ["Jo Reyes"], [])),
        # the staff of a masthead with contributors: the outlet; the agency is a credit
        ("By Velt Evening Courier staff, with BWS", "", ("Velt Evening Courier", [], ["BWS"])),
        (
            "By The Osk Ledger staff with Brava Press Agency",
            "",
            ("The Osk Ledger", [], ["Brava Press Agency"]),
        ),
        ("By Jo Reyes and Ana Lim, with BWS", "", (None, ["Jo Reyes", "Ana Lim"], ["BWS"])),
        ("By Jo Reyes and agencies", "", (None, ["Jo Reyes"], ["agencies"])),
        ("By staff and wire reports", "", (None, [], ["wire reports"])),
        # a masthead's line that credits contributors, with no "By"
        ("Velt Evening Courier, with BWS", "", ("Velt Evening Courier", [], ["BWS"])),
        ("The Osk Ledger staff and agencies", "", ("The Osk Ledger", [], ["agencies"])),
        (
            "Published 3 May 2026\nVelt Evening Courier, with Brava Press Agency",
            "",
            ("Velt Evening Courier", [], ["Brava Press Agency"]),
        ),
        # a masthead's line with its contributors closing the text
        ("", "\nVelt Evening Courier, with BWS\n", ("Velt Evening Courier", [], ["BWS"])),
        ("", "\nThe Osk Ledger and agencies\n", ("The Osk Ledger", [], ["agencies"])),
        # a masthead's name alone closing the text: the carrier signs its copy off
        (
            "",
            "\nSource: Brava Press Agency\n\nVelt Courier\n",
            ("Velt Courier", [], ["Brava Press Agency"]),
        ),
        # two lines naming two outlets: say none
        (
            "By Jo Reyes, Velt Evening Courier",
            "\nSource: The Osk Ledger\n",
            (None, ["Jo Reyes"], []),
        ),
        # the same outlet, with and without its article
        (
            "By Jo Reyes, The Osk Ledger",
            "\nSource: Osk Ledger\n",
            ("The Osk Ledger", ["Jo Reyes"], []),
        ),
    ],
)
def test_the_outlet_a_plain_text_names_itself(
    head: str, tail: str, expected: tuple[str | None, list[str], list[str]]
) -> None:
    text = "Ferries cancelled as storm nears the islands\n" + head + BODY + tail
    assert _article(text) == expected


def test_the_agency_a_dateline_credits_is_no_outlet_beside_another() -> None:
    text = (
        "Ferries cancelled as storm nears the islands\nBy Jo Reyes, The Osk Ledger\n\n"
        "OSK, May 3 (Velt Evening News) — The ferry to the islands was cancelled on Friday, the "
        "harbour office said.\n\nSource: Velt Evening News\n"
    )
    assert _article(text) == ("The Osk Ledger", ["Jo Reyes"], ["Velt Evening News"])


@pytest.mark.parametrize(
    "header",
    [
        "By Jo Reyes, Velt Evening News\n",  # its byline
        "\nSource: Velt Evening News\n",  # a "Source:" line above the body
        "Velt Evening News\nPublished 3 May 2026\n",  # its name alone, then the date
    ],
)
@pytest.mark.parametrize("footer", ["", "\nSource: Velt Evening News\n"])
def test_a_text_that_names_itself_as_its_dateline_credits_is_that_outlets_own(
    header: str, footer: str
) -> None:
    text = (
        "Ferries cancelled as storm nears the islands\n" + header + "\n"
        "OSK, May 3 (Velt Evening News) — The ferry to the islands was cancelled on Friday, the "
        "harbour office said.\n" + footer
    )
    assert _article(text)[0] == "Velt Evening News"


def test_a_carriers_writer_leaves_the_outlet_its_dateline_credits_untold() -> None:
    text = (
        "Ferries cancelled as storm nears the islands\nBy Pia Roon\n\n"
        "OSK, May 3 (Velt Evening News) — The ferry to the islands was cancelled on Friday, the "
        "harbour office said.\n\nSource: Velt Evening News\n"
    )
    assert _article(text) == (None, ["Pia Roon"], ["Velt Evening News"])


def test_a_closing_source_line_gives_no_outlet_under_another_agencys_dateline() -> None:
    text = (
        "Ferries cancelled as storm nears the islands\n\n"
        "OSK, May 3 (Osk Wire) — The ferry to the islands was cancelled on Friday, the "
        "harbour office said.\n\nSource: Brava Press Agency\n"
    )
    assert _article(text)[0] is None


@pytest.mark.parametrize(
    ("byline", "credit", "expected"),
    [
        # the agency's own copy: its byline and its dateline name one agency, by name or initials
        ("By Ilo Farr, Osk Wire Service", "OWS", ("Osk Wire Service", ["Ilo Farr"])),
        ("By Ilo Farr, Brava Press Agency", "B.P.A.", ("Brava Press Agency", ["Ilo Farr"])),
        (
            "By Ilo Farr, Brava Press Agency",
            "Brava Press Agency",
            ("Brava Press Agency", ["Ilo Farr"]),
        ),
        # a word compounded of two agency words gives an initial for each part
        ("By Ilo Farr, Brava Newswire", "BNW", ("Brava Newswire", ["Ilo Farr"])),
        ("By Ilo Farr, Brava Newswire", "BN", ("Brava Newswire", ["Ilo Farr"])),
        # and so does a name compounded with one agency word last
        ("By Ilo Farr, Vettpress Agency", "VPA", ("Vettpress Agency", ["Ilo Farr"])),
        ("By Ilo Farr, Express Agency", "EPA", (None, ["Ilo Farr"])),
        # another agency's copy credited in the dateline: no outlet said
        ("By Ilo Farr, Brava Newswire", "BNS", (None, ["Ilo Farr"])),
        ("By Ilo Farr, Brava Press Agency", "OWS", (None, ["Ilo Farr"])),
        ("By Ilo Farr", "OWS", (None, ["Ilo Farr"])),
        # a byline naming the agency and no one, over its dateline's credit: its own copy
        ("By Osk Wire Service", "OWS", ("Osk Wire Service", [])),
        ("By Osk Wire Service", "Osk Wire Service", ("Osk Wire Service", [])),
        # ... but not over another agency's credit
        ("By Osk Wire Service", "BPA", (None, [])),
    ],
)
def test_an_agency_named_by_both_byline_and_dateline_is_the_outlet_of_its_own_copy(
    byline: str, credit: str, expected: tuple[str | None, list[str]]
) -> None:
    text = (
        f"Ferries cancelled as storm nears the islands\n{byline}\n\n"
        f"OSK, May 3 ({credit}) — The ferry to the islands was cancelled on Friday, the harbour "
        "office said.\n"
    )
    outlet, people, _ = _article(text)
    assert (outlet, people) == expected


@pytest.mark.parametrize(
    ("byline", "credit_line", "source", "expected"),
    [
        # no byline, the reporters' credit, a closing line naming the dateline's agency alone
        (
            "",
            "(Reporting by Ilo Farr; Editing by Ana Pell)",
            "Osk Wire Service",
            "Osk Wire Service",
        ),
        ("", "(Reporting by Ilo Farr)", "OWS", "OWS"),
        # no byline and no reporters' credit: the closing line names the only outlet there is
        ("", "", "Osk Wire Service", "Osk Wire Service"),
        # a byline crediting the agency, or another agency: none said
        ("By Osk Wire Service\n", "(Reporting by Ilo Farr)", "Osk Wire Service", None),
        ("", "(Reporting by Ilo Farr)", "Brava Press Agency", None),
        # the agency's own reporter in the byline, credited again under the copy: its own
        (
            "By Ilo Farr\n",
            "(Reporting by Ilo Farr; Editing by Ana Pell)",
            "Osk Wire Service",
            "Osk Wire Service",
        ),
        (
            "By Ilo Farr\n",
            "(Reporting by Ilo Farr; additional reporting by Uma Dale)",
            "OWS",
            "OWS",
        ),
        # a writer the credit line does not name, or no credit line: a carrier's, none said
        ("By Pia Roon\n", "(Reporting by Ilo Farr)", "Osk Wire Service", None),
        ("By Ilo Farr\n", "", "Osk Wire Service", None),
        ("By Ilo Farr\n", "(Editing by Ilo Farr)", "Osk Wire Service", None),
    ],
)
def test_an_agency_signing_its_own_copy_in_a_closing_source_line_is_its_outlet(
    byline: str, credit_line: str, source: str, expected: str | None
) -> None:
    text = (
        f"Ferries cancelled as storm nears the islands\n{byline}\n"
        "OSK, May 3 (OWS) — The ferry to the islands was cancelled on Friday, the harbour "
        f"office said.\n\n{credit_line}\n\nSource: {source}\n"
    )
    assert _article(text)[0] == expected


@pytest.mark.parametrize(
    ("byline", "credit", "tail", "expected"),
    [
        # the dateline's agency, under the full name a closing line gives its initials
        ("", "(OWS)", "Source: Osk Wire Service", "Osk Wire Service"),
        ("", "(Reuters)", "", "Reuters"),
        ("By Osk Wire Service\n", "", "", "Osk Wire Service"),
        ("By Ilo Farr, Osk Wire Service\n", "(OWS)", "", "Osk Wire Service"),
        ("", "", "Source: Osk Wire Service", "Osk Wire Service"),
        ("", "(Reuters)", "Source: Reuters and news agencies", "Reuters"),  # several: no say
        # two agencies, or no agency at all: none said
        ("", "(OWS)", "Source: Brava Press Agency", None),
        ("By Ilo Farr\n", "", "Source: Velt Evening Courier", None),
        ("By Ilo Farr\n", "", "", None),
        # a credit that reads as no agency's, with nothing to confirm it: a place, initials
        ("", "(Brenna)", "", None),
        ("", "(OWS)", "", None),
        ("", "(Velt Evening Courier)", "", None),
    ],
)
def test_the_agency_whose_copy_a_text_is_is_read_from_its_furniture(
    byline: str, credit: str, tail: str, expected: str | None
) -> None:
    text = (
        f"Ferries cancelled as storm nears the islands\n{byline}\n"
        f"OSK, May 3 {credit} — The ferry to the islands was cancelled on Friday, the harbour "
        f"office said.\n\n{tail}\n"
    )
    assert build_article(text, parse_layout(text), fmt="text").agency == expected


@pytest.mark.parametrize(
    ("promo", "expected"),
    [
        ("Sign up for the Osk Ledger morning briefing: the news in five minutes.", "Osk Ledger"),
        ("Sign up for the Osk Ledger today.", None),  # no product offered
        # the offer's capitalised name: the outlet's name before it
        ("Sign up for the Osk Ledger Evening Newsletter: the day in five stories.", "Osk Ledger"),
        ("Sign up for Ferry Alerts newsletter.", None),  # no masthead's name
    ],
)
def test_a_carried_copy_that_offers_its_outlets_briefing_names_that_outlet(
    promo: str, expected: str | None
) -> None:
    text = (
        "Ferries cancelled as storm nears the islands\nBy Osk Wire Service\n\n"
        "OSK, May 3 (OWS) — The ferry to the islands was cancelled on Friday, the harbour "
        f"office said.\n\n{promo}\n"
    )
    assert _article(text)[0] == expected


def test_a_masthead_beside_an_agency_byline_stays_the_outlet() -> None:
    text = (
        "Ferries cancelled as storm nears the islands\nBy Ilo Farr, Brava Press Agency\n\n"
        "OSK, May 3 (BPA) — The ferry to the islands was cancelled on Friday, the harbour "
        "office said.\n\nSource: The Osk Ledger\n"
    )
    assert _article(text)[0] == "The Osk Ledger"


def test_an_outlet_given_beside_the_text_wins() -> None:
    text = "Ferries cancelled as storm nears the islands\nBy Jo Reyes, Velt Evening Courier" + BODY
    assert _article(text, outlet="Osk Daily")[0] == "Osk Daily"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("This is a developing story and will be updated.", "boilerplate"),
        ("This story will be updated as more details emerge.", "boilerplate"),
        ("The Osk Ledger newsletter: our best stories, every morning. Sign up here.", "promo"),
        ("Velt Evening Courier podcast: the week in five minutes.", "promo"),
        # a station announcing its own programme or coverage
        ("Osk FM will broadcast a special programme from the harbour on Sunday at 6 p.m.", "promo"),
        ("Velt Evening Courier will bring you live coverage of the vote from 9 a.m.", "promo"),
        ("Radio Tarn News will air the debate in full on Friday evening.", "promo"),
        # a body that is no outlet, or a report of what an outlet will air, stays a statement
        ("Osk Harbour Board will broadcast its safety drill alarms on Sunday.", "paragraph"),
        ("Osk FM will air the debate, the council said on Monday.", "paragraph"),
        # statements that mention a newsletter or a developing story stay statements
        ("The mayor wrote in her newsletter: the bridge will close in May.", "paragraph"),
        ("Her newsletter: the bridge will close in May, she wrote.", "paragraph"),
        ("Officials said this is a developing situation and urged calm.", "paragraph"),
    ],
)
def test_update_notices_and_an_outlets_newsletter_line_are_furniture(line: str, kind: str) -> None:
    text = "Ferries cancelled\n\nThe port closed on Monday as the gale grew.\n\n" + line + "\n"
    lay = parse_layout(text)
    assert_offsets(text, lay)
    assert kinds(text, lay)[-1] == (kind, line)


STANDFIRST_ABOVE_BYLINE = """\
Valley lights fail after storm

Streetlights went dark across the valley on Sunday night.

By Jo Reyes, The Valley Times
Published 9 May 2026

The council said crews were working to restore power by Tuesday.

Residents said the unlit roads were unsafe.

Get the Valley Times morning briefing every day. Sign up here.
"""


def test_a_standfirst_above_the_byline_keeps_the_byline_and_date_read() -> None:
    text = STANDFIRST_ABOVE_BYLINE
    lay = parse_layout(text)
    assert_offsets(text, lay)
    assert lay.standfirst == "Streetlights went dark across the valley on Sunday night."
    assert lay.byline == ["Jo Reyes"]
    assert lay.outlet == "The Valley Times"
    assert lay.published == date(2026, 5, 9)
    assert [k for k, _ in kinds(text, lay)] == [
        "title",
        "standfirst",
        "byline",
        "published",
        "paragraph",
        "paragraph",
        "promo",  # a call to sign up, whatever words open it
    ]


def test_two_prose_lines_above_a_byline_are_body_not_a_standfirst_pair() -> None:
    text = (
        "Valley lights fail after storm\n\n"
        "Streetlights went dark across the valley on Sunday night.\n\n"
        "Crews worked through the night to restore them, the council said.\n\n"
        "By Jo Reyes, The Valley Times\n\n"
        "Residents said the unlit roads were unsafe.\n"
    )
    lay = parse_layout(text)
    assert_offsets(text, lay)
    assert lay.published is None
    assert "byline" not in [k for k, _ in kinds(text, lay)]  # a "By" line in the body is text


def test_an_outlets_own_newsletter_and_a_phone_in_call_are_promotion() -> None:
    """An outlet's offer after its possessive name with a schedule word ("… newsletter lands
    every Friday"), and a call to phone in with a number, are promotion; a report of an appeal
    with a number, and a possessive line with a reporting verb, stay statements."""
    text = (
        "Ferries cancelled\n\nThe port closed on Monday as the gale grew.\n\n"
        "The Quay Ledger's harbour newsletter lands every Friday.\n\n"
        "Call the Harbour Hour on 0800 555 0199 to share your story.\n\n"
        "Police urged anyone who saw the ferry to call 0800 555 0123.\n\n"
        "Mayor Ilse Brandt's office said the ferry show would go on every night.\n\n"
        "Quayside's summer boat show draws crowds every August.\n"
    )
    lay = parse_layout(text)
    assert_offsets(text, lay)
    got = kinds(text, lay)
    assert ("promo", "The Quay Ledger's harbour newsletter lands every Friday.") in got
    assert ("promo", "Call the Harbour Hour on 0800 555 0199 to share your story.") in got
    assert ("paragraph", "Police urged anyone who saw the ferry to call 0800 555 0123.") in got
    assert (
        "paragraph",
        "Mayor Ilse Brandt's office said the ferry show would go on every night.",
    ) in got
    assert ("paragraph", "Quayside's summer boat show draws crowds every August.") in got


def test_an_outlets_digest_that_asks_the_reader_to_subscribe_is_promotion() -> None:
    """A short line that asks the reader to subscribe free ("… in five minutes. Subscribe
    free.") is the outlet's promotion, whatever its name's words; a report of a subscription
    stays a statement."""
    text = (
        "Quay closed\n\nThe port closed on Monday as the gale grew.\n\n"
        "The Fennick Lamp's Tide Sheet: the week's harbour stories in four minutes. "
        "Subscribe free.\n\n"
        "Harbour staff said the council would let residents subscribe to alerts by text.\n"
    )
    lay = parse_layout(text)
    assert_offsets(text, lay)
    got = kinds(text, lay)
    assert (
        "promo",
        "The Fennick Lamp's Tide Sheet: the week's harbour stories in four minutes. "
        "Subscribe free.",
    ) in got
    assert (
        "paragraph",
        "Harbour staff said the council would let residents subscribe to alerts by text.",
    ) in got


def test_a_call_to_the_members_area_is_promotion() -> None:
    """A line that sends subscribers to the outlet's members' area for a download ("Quay
    Ledger subscribers can download our full tide report from the members' area.") is the
    outlet's promotion, never a claim nor an event; a report of a club's members stays one."""
    text = (
        "Quay closed\n\nThe port closed on Monday as the gale grew.\n\n"
        "Quay Ledger subscribers can download our full tide report from the members' area.\n\n"
        "Members of the rowing club said the harbour wall had cracked on Sunday.\n"
    )
    lay = parse_layout(text)
    assert_offsets(text, lay)
    got = kinds(text, lay)
    assert (
        "promo",
        "Quay Ledger subscribers can download our full tide report from the members' area.",
    ) in got
    assert (
        "paragraph",
        "Members of the rowing club said the harbour wall had cracked on Sunday.",
    ) in got


@pytest.mark.parametrize("label", ["ANALYSIS:", "EXCLUSIVE -", "Explainer:", "FACT CHECK —"])
def test_a_label_before_the_headline_is_no_dateline(label: str) -> None:
    """A kind of piece named before its headline ("ANALYSIS: …") has a dateline's shape; read
    as one, the headline, byline and date under it were lost and the piece was undated."""
    text = (
        f"{label} The grain quota nobody wanted\n\n"
        "Millers say the new rules will cost them dearly\n\n"
        "By Ivo Dask, Fen Courier\nPublished 3 March 2026\n\n"
        "The grain board set its quota on Monday. Millers in Orlan said it was too low.\n"
    )
    lay = parse_layout(text)
    assert_offsets(text, lay)
    assert lay.title == f"{label} The grain quota nobody wanted"
    assert lay.published == date(2026, 3, 3)
    assert lay.outlets == ["Fen Courier"]
    assert lay.byline == ["Ivo Dask"]


@pytest.mark.parametrize(
    "picture",
    [
        "Millers wait at the Orlan gate on Monday [Photo: Ivo Dask/Fen Courier]\n\n",
        "Millers wait at the Orlan gate on Monday\nPhoto: Ivo Dask/Fen Courier\n\n",
    ],
)
def test_a_byline_and_date_under_a_standfirst_and_a_caption_are_read(picture: str) -> None:
    """Headline, standfirst, a photo's caption, then the byline and date: the standfirst was
    taken for the body's first paragraph, so the byline and date under the caption were read
    as a subheading and a caption and the piece was undated, with no outlet."""
    text = (
        "The grain quota nobody wanted\n\n"
        "Millers say the new rules will cost them dearly; the board says they are fair\n\n"
        f"{picture}"
        "By Ivo Dask, Fen Courier\nPublished 3 March 2026\n\n"
        "The grain board set its quota on Monday. Millers in Orlan said it was too low.\n"
    )
    lay = parse_layout(text)
    assert_offsets(text, lay)
    assert lay.published == date(2026, 3, 3)
    assert lay.outlets == ["Fen Courier"]
    assert lay.byline == ["Ivo Dask"]
    assert lay.standfirst is not None and lay.standfirst.startswith("Millers say")


@pytest.mark.parametrize(
    ("closing", "kind", "byline"),
    [
        ("By Tova Brill, Marsh Valley Radio", "byline", ["Tova Brill"]),
        ("By Tova Brill and Ivo Dask", "byline", ["Tova Brill", "Ivo Dask"]),
        # a sentence of the story that opens with "By" stays one
        ("By Friday the quay had reopened, the harbour office said.", "paragraph", []),
    ],
)
def test_a_byline_closing_the_text_is_its_writer_not_a_paragraph(
    closing: str, kind: str, byline: list[str]
) -> None:
    """A record's text that ends with its writer's byline ("By Tova Brill, Marsh Valley
    Radio"): the line was a paragraph, and its writer a person of the story in who's who."""
    text = (
        "OSK — The quay was closed on Monday, the harbour office said.\n\n"
        f"Crews worked through the night, it said.\n\n{closing}"
    )
    lay = parse_layout(text, title="Quay closed")
    assert_offsets(text, lay)
    assert (kind, closing) in kinds(text, lay)
    assert lay.byline == byline


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("By Velt Evening Courier staff, with BWS", "byline"),
        ("Velt Evening Courier, with BWS", "byline"),
        ("By staff and agencies", "byline"),
        # a first sentence that opens with "By" or names an outlet stays the body's
        ("By Monday, the divers had reached the chamber with BWS cameras.", "paragraph"),
        ("By Monday, with the water rising, the divers turned back.", "paragraph"),
        ("Velt Evening Courier and BWS reporters reached the quay on Monday.", "paragraph"),
    ],
)
def test_a_header_credit_to_contributors_is_furniture_not_the_story(line: str, kind: str) -> None:
    """ "By Tessa Gazette staff, with BWS" under the headline was the body's first paragraph, and
    then an established fact, and the article's outlet was lost."""
    text = (
        "Ferries cancelled as storm nears the islands\n"
        f"{line}\nPublished 3 May 2026\n\n"
        "OSK, May 3 (BWS) — The ferry to the islands was cancelled on Friday, the harbour "
        "office said.\n"
    )
    lay = parse_layout(text)
    assert_offsets(text, lay)
    assert (kind, line) in kinds(text, lay)


@pytest.mark.parametrize(
    "credit", ["By Velt Evening Courier staff, with BPA", "Velt Evening Courier, with BPA"]
)
def test_a_carrier_crediting_an_agency_keeps_its_outlet_and_names_the_agency(credit: str) -> None:
    """The agency a carrier's header line credits, and its dateline too, is the agency whose copy
    the text is (the wire logic's); the outlet stays the carrier's."""
    text = (
        f"Ferries cancelled as storm nears the islands\n{credit}\n\n"
        "OSK, May 3 (BPA) — The ferry to the islands was cancelled on Friday, the harbour "
        "office said.\n\nSource: Brava Press Agency\n"
    )
    art = build_article(text, parse_layout(text), fmt="text")
    assert (art.outlet, art.agency) == ("Velt Evening Courier", "Brava Press Agency")


def test_a_dateline_in_capitals_with_a_colon_still_is_one() -> None:
    text = "OSTBY: The council met on Monday and agreed to close the quay.\n"
    lay = parse_layout(text)
    assert lay.title is None
    assert lay.dateline is not None


@pytest.mark.parametrize(
    "closing",
    [
        "Fennick Evening Courier — your harbour, every evening. Subscribe for 4 marks a month.",
        "Fennick Evening Courier — your harbour, every evening.",
        "The Fennick Ledger is a member of the Coastal Press Complaints Board. "
        "Subscribe from 2 marks a month.",
        "The Fennick Ledger is a member of the Coastal Press Complaints Board.",
    ],
)
def test_an_outlets_slogan_or_membership_line_is_furniture_and_names_the_outlet(
    closing: str,
) -> None:
    """A closing line in which an outlet gives its slogan, what press body it belongs to or its
    subscription price states nothing of the story (it once stood as an established fact, the
    same slogan in two of the outlet's articles counted as two sources); the masthead it names
    is the carrier's outlet where nothing else names one."""
    text = (
        "Quay closed as gale grows\n\nThe port closed on Monday as the gale grew, the harbour "
        f"office said.\n\nSource: Osk Wire Service\n\n{closing}\n"
    )
    lay = parse_layout(text)
    assert_offsets(text, lay)
    assert ("boilerplate", closing) in kinds(text, lay)
    assert _article(text)[0] in ("Fennick Evening Courier", "The Fennick Ledger")


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        # a slogan with the year the outlet was founded, then an appeal to pay for it
        (
            "The Brisk Ledger — news from the mill valley since 1887. "
            "Support local journalism: subscribe today.",
            "The Brisk Ledger",
        ),
        # a slogan, then a call to take the outlet's free newsletter
        (
            "Brisk Trade Daily — grain, timber and shipping. "
            "Get the Brisk Morning Digest free every weekday.",
            "Brisk Trade Daily",
        ),
        # the outlet speaking to its reader, then asking for tips
        (
            "The Brisk Courier is your independent valley paper. Have a story? Email the newsdesk.",
            "The Brisk Courier",
        ),
        # a call to follow the outlet
        ("Follow the Brisk Herald for live results and breaking valley news.", "Brisk Herald"),
    ],
)
def test_an_outlets_closing_appeal_is_furniture_and_names_the_outlet(
    closing: str, outlet: str
) -> None:
    """A closing line of the outlet's own (a slogan, its founding year, an appeal to subscribe,
    to send tips or to follow it) states nothing of the story: it once stood as an established
    fact, and the same line in two copies of one outlet counted as two independent sources.
    The masthead it names is the copy's outlet where nothing else names one."""
    text = (
        "Mill weir gives way\n\nThe weir above the mill gave way on Monday, the valley "
        f"office said.\n\nSource: Osk Wire Service\n\n{closing}\n"
    )
    lay = parse_layout(text)
    assert_offsets(text, lay)
    assert all(k in ("boilerplate", "promo") for k, t in kinds(text, lay) if t == closing)
    assert _article(text)[0] == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Readers who worked at the mill can contact our newsroom in confidence.",
        "Brisk Ledger readers who saw the weir fail can contact our newsroom at the address below.",
    ],
)
def test_an_appeal_to_contact_the_newsroom_is_promotion(line: str) -> None:
    text = f"Mill weir gives way\n\nThe weir above the mill gave way on Monday.\n\n{line}\n"
    assert ("promo", line) in kinds(text, parse_layout(text))


@pytest.mark.parametrize(
    "line",
    [
        "Follow the money, the auditor told the valley council on Monday.",
        "Follow-up checks on the weir found two more cracks.",
        "Follow Brisk Road for two miles and the mill is on the left.",
        "Get Well cards from the valley arrived at the mill.",
        "The Brisk Ledger — founded in 1887 — said on Monday it had seen the weir report.",
        "The Brisk Ledger is your paper, the mayor said at its centenary.",
    ],
)
def test_a_call_or_slogan_shape_that_tells_the_story_stays_a_statement(line: str) -> None:
    text = f"Mill weir gives way\n\nThe weir above the mill gave way on Monday.\n\n{line}\n"
    assert all(
        k not in ("boilerplate", "promo") for k, t in kinds(text, parse_layout(text)) if t == line
    )


@pytest.mark.parametrize(
    "line",
    [
        # another body's membership, a dash after a masthead that tells the story, a headline
        "The harbour authority is a member of the Coastal Ports Council.",
        "The Fennick Ledger — which first reported the leak — said it had seen the files.",
        "Fennick Evening Courier — Harbour Master Resigns",
        # a sentence of the story beside a subscription call keeps the line a statement
        "Fennick Evening Courier readers raised 4,000 marks for the lifeboat. Subscribe for more.",
    ],
)
def test_a_line_naming_an_outlet_that_tells_the_story_stays_a_statement(line: str) -> None:
    text = f"Quay closed as gale grows\n\nThe port closed on Monday as the gale grew.\n\n{line}\n"
    lay = parse_layout(text)
    assert_offsets(text, lay)
    assert all(k != "boilerplate" for k, t in kinds(text, lay) if t == line)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # the writer's outlet on a line of its own, between the byline and the date
        (
            "By Tova Brill\nMarsh Courier\nPublished 3 May 2026\n",
            ("Marsh Courier", date(2026, 5, 3)),
        ),
        # a carrier's name right under the agency's Source: line
        (
            "Source: Brava Press Agency\nWren Valley Radio\nPublished 3 May 2026\n",
            ("Wren Valley Radio", date(2026, 5, 3)),
        ),
        # a line with no masthead word, or set apart by a blank line: no outlet said
        ("By Tova Brill\nMarsh Crossing\nPublished 3 May 2026\n", (None, None)),
        ("By Tova Brill\n\nMarsh Courier\n\nPublished 3 May 2026\n", (None, None)),
    ],
)
def test_a_masthead_line_under_the_byline_names_the_outlet_and_keeps_the_date(
    head: str, expected: tuple[str | None, date | None]
) -> None:
    text = "Ferries cancelled as storm nears the islands\n\n" + head + BODY
    art = build_article(text, parse_layout(text), fmt="text")
    assert art.outlet == expected[0]
    if expected[0] is not None:
        assert art.published == expected[1]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # the outlet's name between the headline and the date line, each under the one before
        ("Marsh Courier\nPublished 3 May 2026\n", ("Marsh Courier", date(2026, 5, 3))),
        ("Marsh Courier\nBy Tova Brill\n", ("Marsh Courier", None)),
        # a blank line under the headline, or an agency's name (its own copy): the same
        ("\nMarsh Courier\nPublished 3 May 2026\n", ("Marsh Courier", date(2026, 5, 3))),
        ("\nMarsh Wire Service\nPublished 3 May 2026\n", ("Marsh Wire Service", date(2026, 5, 3))),
        # no masthead word, no date line or byline under it, or a blank line between: none said
        ("Marsh Crossing\nPublished 3 May 2026\n", (None, date(2026, 5, 3))),
        ("\nMarsh Crossing\nPublished 3 May 2026\n", (None, date(2026, 5, 3))),
        ("Marsh Courier\n\nPublished 3 May 2026\n", (None, date(2026, 5, 3))),
    ],
)
def test_a_masthead_line_under_the_headline_names_the_outlet(
    head: str, expected: tuple[str | None, date | None]
) -> None:
    text = "Ferries cancelled as storm nears the islands\n" + head + BODY
    lay = parse_layout(text)
    art = build_article(text, lay, fmt="text")
    assert (art.outlet, art.published) == expected
    if expected[0] is not None:  # the masthead is no part of the story's text
        assert all(
            t != expected[0] for k, t in kinds(text, lay) if k in ("paragraph", "standfirst")
        )


@pytest.mark.parametrize(
    ("byline", "credit", "expected"),
    [
        # the dateline credits the agency by its short name, the byline by its full name
        ("By Ilo Farr, Brava Press Agency", "Brava", "Brava Press Agency"),
        ("By Ilo Farr, Osk Wire Service", "Osk", "Osk Wire Service"),
        # another name, or no agency in the byline: none said
        ("By Ilo Farr, Brava Press Agency", "Osk", None),
        ("By Ilo Farr", "Brava", None),
    ],
)
def test_an_agency_credited_by_its_short_name_in_its_own_dateline_is_its_outlet(
    byline: str, credit: str, expected: str | None
) -> None:
    text = (
        f"Ferries cancelled as storm nears the islands\n{byline}\n\n"
        f"OSK, May 3 ({credit}) — The ferry to the islands was cancelled on Friday, the harbour "
        "office said.\n"
    )
    assert _article(text)[0] == expected


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # a carrier that promotes its own offer is the outlet of the agency's copy it carries
        (
            "Sign up for the Osk Ledger morning briefing: the news in five minutes.",
            ("Osk Ledger", "Brava Press Agency"),
        ),
        (
            "Listen to Wren Valley News on the hour, every hour, on 101.2 FM.",
            ("Wren Valley News", "Brava Press Agency"),
        ),
        (
            "Sign up for The Osk Ledger's evening newsletter for the latest local news.",
            ("Osk Ledger", "Brava Press Agency"),
        ),
        # an offer's name that ends as no masthead's: the agency's own copy stays its own
        (
            "Sign up for the Ledger Morning Briefing, in your inbox every weekday.",
            ("Brava Press Agency", "Brava Press Agency"),
        ),
        # the offer's capitalised name after the outlet's
        (
            "Sign up for the Osk Ledger Morning Briefing: the day's news, every weekday.",
            ("Osk Ledger", "Brava Press Agency"),
        ),
        # a closing copyright line naming a masthead
        (
            "© Osk Daily Ledger 2026. All rights reserved.",
            ("Osk Daily Ledger", "Brava Press Agency"),
        ),
    ],
)
def test_a_carrier_promoting_its_own_offer_is_the_outlet_of_an_agency_copy(
    tail: str, expected: tuple[str | None, str | None]
) -> None:
    text = (
        "Ferries cancelled as storm nears the islands\nBy Ilo Farr, Brava Press Agency\n\n"
        "OSK, May 3 (BPA) — The ferry to the islands was cancelled on Friday, the harbour "
        f"office said.\n\n{tail}\n"
    )
    art = build_article(text, parse_layout(text), fmt="text")
    assert (art.outlet, art.agency) == expected


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (
            "Source: The Osk Ledger with Brava Press Agency",
            ("The Osk Ledger", ["Brava Press Agency"]),
        ),
        (
            "Source: Brava Press Agency with The Osk Ledger",
            (None, ["Brava Press Agency", "The Osk Ledger"]),
        ),
    ],
)
def test_a_source_line_naming_a_masthead_with_an_agency_names_the_masthead(
    tail: str, expected: tuple[str | None, list[str]]
) -> None:
    outlet, _, sources = _article(
        "Ferries cancelled as storm nears the islands\n" + BODY + f"\n{tail}\n"
    )
    assert (outlet, sources) == expected


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        ("© Osk Daily Ledger 2026. All rights reserved.", ("Osk Daily Ledger", "Brava Wire")),
        ("Copyright 2026 The Osk Ledger", ("The Osk Ledger", "Brava Wire")),
        # a copyright held by an agency or a person names no carrier: the "Source:" line's
        # agency, the only name there is, is the outlet
        ("© Brava Wire 2026", ("Brava Wire", "Brava Wire")),
        ("© Tova Brill 2026", ("Brava Wire", "Brava Wire")),
    ],
)
def test_a_copyright_line_naming_a_masthead_names_the_carrier(
    footer: str, expected: tuple[str | None, str | None]
) -> None:
    text = (
        "Ferries cancelled as storm nears the islands\nSource: Brava Wire\n\n"
        "The ferry to the islands was cancelled on Friday, the harbour office said.\n\n"
        f"{footer}\n"
    )
    art = build_article(text, parse_layout(text), fmt="text")
    assert (art.outlet, art.agency) == expected


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Listen to Wren Valley Radio News on the hour, every hour, on 101.2 FM.", "promo"),
        ("Tune in to Marsh Radio every morning at seven on 1215 AM for the headlines.", "promo"),
        # a report of a broadcast, or a call with no frequency that is a sentence of the story
        (
            "Police told listeners on 101.2 FM to stay indoors until the storm had passed.",
            "paragraph",
        ),
        (
            "Listen to what the harbour master said on 101.2 FM, the mayor told the council.",
            "paragraph",
        ),
    ],
)
def test_a_stations_call_to_tune_in_with_its_frequency_is_promotion(line: str, kind: str) -> None:
    text = f"Ferries cancelled as storm nears the islands\n{BODY}\n{line}\n"
    lay = parse_layout(text)
    assert kinds(text, lay)[-1][0] == kind


def test_a_lantern_is_a_masthead_word() -> None:
    text = "Ferries cancelled as storm nears the islands\nBy Jo Reyes, The Osk Lantern" + BODY
    assert _article(text)[:2] == ("The Osk Lantern", ["Jo Reyes"])


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # after a writer's name, a name no person has is the outlet, whatever its word count
        ("By Jo Reyes, Westwire", ("Westwire", ["Jo Reyes"])),
        ("By Jo Reyes, The Lookout", ("The Lookout", ["Jo Reyes"])),
        ("By Jo Reyes, Sail & Oar Report", ("Sail & Oar Report", ["Jo Reyes"])),
        (
            "By Jo Reyes and Ana Lim, Sail & Oar Report",
            ("Sail & Oar Report", ["Jo Reyes", "Ana Lim"]),
        ),
        # two writers, a writer and a suffix, a role, a place the gazetteer knows: no outlet
        ("By Jo Reyes & Ana Lim", (None, ["Jo Reyes", "Ana Lim"])),
        ("By Jo Reyes, Ana Lim", (None, ["Jo Reyes", "Ana Lim"])),
        ("By Jo Reyes, Ana Lim & Bo Tan", (None, ["Jo Reyes", "Ana Lim", "Bo Tan"])),
        ("By Jo Reyes, Jr.", (None, ["Jo Reyes", "Jr"])),
        ("By Jo Reyes, Correspondent", (None, ["Jo Reyes", "Correspondent"])),
        ("By Jo Reyes, Paris", (None, ["Jo Reyes", "Paris"])),
    ],
)
def test_a_bylines_name_after_the_writers_that_no_person_has_is_the_outlet(
    byline: str, expected: tuple[str | None, list[str]]
) -> None:
    text = f"Ferries cancelled as storm nears the islands\n{byline}" + BODY
    assert _article(text)[:2] == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # the agency named with its initials, whose initials the dateline credits: its own copy
        ("Source: Osk Press Agency (OPA)", ("Osk Press Agency", "Osk Press Agency")),
        # initials that are not the name's: no one name, no outlet said
        ("Source: Osk Press Agency (BWS)", (None, None)),
    ],
)
def test_a_source_line_naming_an_agency_with_its_initials_is_the_outlet_of_its_own_copy(
    source: str, expected: tuple[str | None, str | None]
) -> None:
    text = (
        f"Ferries cancelled as storm nears the islands\n{source}\n\n"
        "OSK, May 3 (OPA) — The ferry to the islands was cancelled on Friday, the harbour "
        "office said.\n"
    )
    art = build_article(text, parse_layout(text), fmt="text")
    assert (art.outlet, art.agency) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # the dateline's agency by its initials in the byline: a credit, no writer
        ("By OPA, The Osk Ledger", ("The Osk Ledger", [])),
        ("By Jo Reyes and OPA, The Osk Ledger", ("The Osk Ledger", ["Jo Reyes"])),
        # initials the dateline does not credit stay as written
        ("By BWS, The Osk Ledger", ("The Osk Ledger", ["BWS"])),
    ],
)
def test_the_initials_of_the_datelines_agency_in_a_byline_name_no_writer(
    byline: str, expected: tuple[str | None, list[str]]
) -> None:
    text = (
        f"Ferries cancelled as storm nears the islands\n{byline}\n\n"
        "OSK, May 3 (OPA) — The ferry to the islands was cancelled on Friday, the harbour "
        "office said.\n"
    )
    assert _article(text)[:2] == expected


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        (
            "(Photo caption: Candles left at the gates on Tuesday. Harbour Gazette/Tom Reyes)",
            "Candles left at the gates on Tuesday.",
            "Harbour Gazette/Tom Reyes",
        ),
        (
            "Photo caption: Candles left at the gates on Tuesday. Harbour Gazette/Tom Reyes",
            "Candles left at the gates on Tuesday.",
            "Harbour Gazette/Tom Reyes",
        ),
        ("(Picture: Candles left at the gates.)", "Candles left at the gates.", None),
    ],
)
def test_a_captions_bare_or_bracketed_credit_is_kept_apart_from_its_text(
    line: str, text: str, credit: str | None
) -> None:
    page = OPENING + line + CLOSING
    lay = parse_layout(page)
    assert_offsets(page, lay)
    assert [(c.text, c.credit) for c in lay.captions] == [(text, credit)]
    (cap,) = lay.captions
    assert page[cap.start : cap.end] == text
