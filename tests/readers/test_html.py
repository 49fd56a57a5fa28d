from __future__ import annotations

from datetime import date, timedelta

import pytest
from reader_helpers import check_offsets, code

from whatweknow.readers.base import RawDocument, ReadProblem
from whatweknow.readers.html import html_article, read_html

PAGE = """<!doctype html>
<html lang="en"><head>
<title>Harbour bridge reopens after repairs | Coastal Herald</title>
<meta property="og:title" content="Harbour bridge reopens after repairs">
<meta name="author" content="Jane Doe and Tom Reed">
<meta property="og:site_name" content="Coastal Herald">
<meta property="article:published_time" content="2024-03-05T08:00:00Z">
<link rel="canonical" href="https://herald.example/news/bridge">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour bridge reopens after repairs</h1>
<p>The harbour bridge reopened to traffic on Tuesday morning after four months of repair
work, the city council said.</p>
<p>Engineers replaced two corroded cables and resurfaced the main deck, according to a
statement from the works department.</p>
<figure><img src="/img/bridge.jpg" alt="The bridge">
<figcaption>Cars cross the bridge at dawn on Tuesday.</figcaption></figure>
<h2>Traffic returns</h2>
<p>Commuters said the detour through the old town had added up to forty minutes to their
journeys each day.</p>
<p>“It is a relief,” said Maria Costa, who drives a delivery van across the bridge twice a day.</p>
</article>
<footer>© 2024 Coastal Herald. All rights reserved.</footer>
</body></html>
"""


def read(page: str | bytes, url: str | None = None) -> RawDocument:
    raw = page.encode("utf-8") if isinstance(page, str) else page
    doc = read_html(raw, "bridge.html", url=url)
    assert isinstance(doc, RawDocument), doc
    return doc


@pytest.mark.parametrize("ahead", [1, 2])
def test_a_page_dated_in_a_zone_ahead_keeps_its_day(ahead: int) -> None:
    """A page from a zone ahead of the reader's carries tomorrow's date: that day, not the 1st
    of the month that htmldate falls back on when it rejects a date past today."""
    day = date.today() + timedelta(days=ahead)
    page = PAGE.replace("2024-03-05T08:00:00Z", f"{day.isoformat()}T06:30:00+13:00")
    assert read(page).article.published == day


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # a year or a month named in the text is no publication date: no 1st of a month made up
        ("", "", None),
        ('<meta property="article:published_time" content="2099-03-03T08:00:00Z">', "", None),
        # a 1st of the month the page writes stays
        ('<meta property="article:published_time" content="2024-06-01T08:00:00Z">', "", "06-01"),
        ("", "<p>Published 1 June 2024</p>", "06-01"),
        ("", "<p>Published 3 June 2024</p>", "06-03"),
    ],
)
def test_no_publication_day_is_made_up_from_a_year_in_the_text(
    head: str, body: str, expected: str | None
) -> None:
    page = (
        f"<html><head><title>Board halts trial</title>{head}</head><body><article>"
        f"<h1>Board halts trial</h1>{body}<p>In September 2024 the board approved the trial of "
        "the new drug, which was halted on Monday after six volunteers fell ill at the clinic "
        "in the capital.</p><p>The firm said the reaction was expected and mild, and that it "
        "would cooperate with the inquiry.</p></article></body></html>"
    )
    art = read(page).article
    assert (art.published and art.published.isoformat()[5:]) == expected
    if expected is not None:
        assert art.published is not None and art.published.year == 2024


def test_article_text_and_metadata() -> None:
    doc = read(PAGE)
    art = doc.article
    assert doc.format == art.format == "html"
    assert doc.raw == PAGE.encode("utf-8")
    assert art.title == "Harbour bridge reopens after repairs"
    assert art.text.startswith("Harbour bridge reopens after repairs\n\nThe harbour bridge")
    assert art.text.count("Harbour bridge reopens after repairs") == 1  # <h1> not repeated
    assert "work, the city council said." in art.text  # line breaks in markup are spaces
    assert "Home" not in art.text and "rights reserved" not in art.text
    assert art.published == date(2024, 3, 5)
    assert art.byline == ["Jane Doe", "Tom Reed"]
    assert art.outlet == "Coastal Herald"
    assert art.url == "https://herald.example/news/bridge"
    check_offsets(art)


def test_kicker_above_the_headline_is_dropped() -> None:
    page = PAGE.replace("<article>\n<h1>", "<article>\n<p class='kicker'>Transport</p>\n<h1>")
    art = read(page).article
    assert art.text.startswith("Harbour bridge reopens after repairs\n\nThe harbour bridge")
    assert art.sections == ["Traffic returns"]


def test_a_headline_with_a_curly_apostrophe_repeating_the_title_is_dropped() -> None:
    page = PAGE.replace("Harbour bridge reopens", "Osk's harbour bridge reopens").replace(
        "<h1>Osk's harbour", "<h1>Osk&rsquo;s harbour"
    )
    art = read(page).article
    assert art.title == "Osk's harbour bridge reopens after repairs"
    assert art.text.startswith("Osk's harbour bridge reopens after repairs\n\nThe harbour bridge")
    assert "Osk’s" not in art.text


def test_every_block_is_its_own_paragraph() -> None:
    art = read(PAGE).article
    blocks = [art.text[b.start : b.end] for b in art.blocks]
    assert "Traffic returns" in blocks
    assert blocks[-1].startswith("“It is a relief,”")
    assert "\n\n".join(blocks) == art.text


def test_h2_is_a_subheading() -> None:
    art = read(PAGE).article
    assert art.sections == ["Traffic returns"]
    heading = next(b for b in art.blocks if b.kind == "subheading")
    assert art.text[heading.start : heading.end] == "Traffic returns"


@pytest.mark.parametrize("url", [None, "https://herald.example/news/bridge"])
def test_figcaption_is_a_caption(url: str | None) -> None:
    art = read(PAGE, url=url).article
    assert [c.text for c in art.captions] == ["Cars cross the bridge at dawn on Tuesday."]
    caption = art.captions[0]
    block = next(b for b in art.blocks if b.start == caption.start)
    assert block.kind == "caption"
    check_offsets(art)


def test_given_url_wins_and_is_kept_in_meta() -> None:
    doc = read(PAGE, url="https://mirror.example/bridge")
    assert doc.article.url == "https://mirror.example/bridge"
    assert doc.meta == {"url": "https://mirror.example/bridge"}


def test_given_metadata_wins() -> None:
    art = html_article(
        PAGE,
        fmt="json",
        title="Bridge open again",
        published=date(2024, 3, 6),
        outlet="Wire",
        byline=["Sam Lee"],
    )
    assert art is not None
    assert art.title == "Bridge open again"
    assert art.text.startswith("Bridge open again\n\n")
    assert (art.published, art.outlet, art.byline, art.format) == (
        date(2024, 3, 6),
        "Wire",
        ["Sam Lee"],
        "json",
    )


def test_lists_tables_and_line_breaks() -> None:
    page = """<html><body><article><h1>Council budget approved</h1>
    <p>The council approved its budget for next year on Thursday after a long debate about
    road repairs and the library.</p>
    <ul><li>Roads get two million more.</li><li>The library stays open on Sundays.</li></ul>
    <p>The vote was close.<br>Four members voted against it after the debate ran late.</p>
    </article></body></html>"""
    art = read(page).article
    blocks = [art.text[b.start : b.end] for b in art.blocks]
    assert "Roads get two million more." in blocks
    assert "The vote was close. Four members voted against it after the debate ran late." in blocks
    check_offsets(art)


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><p>The council met on Tuesday <b>to discuss<p>the new bridge <div>and the"
        " plans for the harbour that were drawn up over the last few weeks of the year",
        "<<<>>><<</p></div></div><html><html><body",
        "<p>x",
        "just some words, no markup at all",
        "<html><head><title>Only a title</title></head><body></body></html>",
        "\ufeff<?xml version='1.0' encoding='utf-8'?><html><body><p>Hi</p></body></html>",
    ],
    ids=["unclosed", "garbage", "tiny", "no-markup", "no-body", "xml-declaration"],
)
def test_malformed_html_does_not_crash(page: str) -> None:
    doc = read_html(page.encode("utf-8"), "bad.html")
    if isinstance(doc, ReadProblem):
        assert code(doc) == "W007"
        assert doc.source == "bad.html"
    else:
        assert doc.article.text.strip()
        check_offsets(doc.article)


def test_unclosed_tags_keep_their_text() -> None:
    page = (
        "<html><body><p>The council met on Tuesday <b>to discuss<p>the new bridge over the"
        " river<div>and the plans for the harbour that were drawn up over the last few weeks"
    )
    doc = read(page)
    assert "to discuss" in doc.article.text
    assert "plans for the harbour" in doc.article.text


def test_binary_is_a_problem_not_a_page() -> None:
    assert code(read_html(b"\x00\x01\x02<html>", "x.html")) == "W003"
