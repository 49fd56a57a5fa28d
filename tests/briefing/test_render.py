"""A briefing as Markdown, HTML and JSON: citations as links to spans, untrusted text escaped."""

from __future__ import annotations

import json
import re
from typing import Literal

import pytest

from whatweknow.briefing import Briefing, brief_dossiers, to_html, to_json, to_markdown
from whatweknow.contract import InferredDate
from whatweknow.model import Dossier

from .make import Doc, Says, Who, dossier
from .test_sections import FIRE

EVIL = Doc(
    blocks=[
        ("title", "Ministry <b>denies</b> breach"),
        (
            "paragraph",
            'The ministry said <script>alert("x")</script> was found in [a file](http://x.test).',
        ),
    ],
    outlet="Bad <i>Outlet</i>",
    actors=[Who("org:ministry", "ministry", "organisation")],
    claims=[
        Says(
            '<script>alert("x")</script> was found in [a file](http://x.test)',
            "reported",
            "org:ministry",
        )
    ],
)


@pytest.fixture(scope="module")
def fire() -> Dossier:
    return dossier(FIRE)


@pytest.fixture(scope="module")
def briefing(fire: Dossier) -> Briefing:
    return brief_dossiers([fire])


def test_markdown_sections_and_cited_lines(briefing: Briefing, fire: Dossier) -> None:
    md = to_markdown(briefing)
    assert md.startswith("# Briefing: Harbour fire closes port of Lindby\n\n## The story\n")
    assert "\n## What is claimed, and by whom\n" in md
    start = fire.article.text.index("the blaze started")
    line = next(x for x in md.splitlines() if x.startswith("- Jon Berg says: the blaze"))
    [n] = re.findall(r"— Test Wire, 2024-06-03\[\^(\d+)\]$", line)
    where = f"characters {start}–{start + 32} of article {fire.article.id}"
    assert f"\n[^{n}]: Test Wire, 2024-06-03, {where}: “the blaze started in a warehouse”\n" in md
    notes = dict(re.findall(r"^\[\^(\d+)\]: (.*)$", md, flags=re.MULTILINE))
    for line in md.splitlines():
        if line.startswith("- ") and "… and" not in line:  # every citation resolves to a note
            refs = re.findall(r"\[\^(\d+)\]", line)
            assert refs and all(r in notes for r in refs), line
    assert len(notes) == len(set(notes.values()))  # one note per cited span


@pytest.mark.parametrize(("year", "flagged"), [("clock", True), ("batch", False)])
def test_a_year_from_the_ingest_clock_is_said_where_the_date_is(
    fire: Dossier, year: Literal["batch", "clock"], flagged: bool
) -> None:
    day = InferredDate(start=0, end=4, text=fire.article.text[:4], year=year)
    article = fire.article.model_copy(update={"published_from": day})
    md = to_markdown(brief_dossiers([fire.model_copy(update={"article": article})]))
    shown = "Test Wire, 2024-06-03 (year from the day it was read)"
    dated = [x for x in md.splitlines() if "2024-06-03" in x]
    assert dated and all((shown in x) == flagged for x in dated)
    assert (shown in to_html(brief_dossiers([fire.model_copy(update={"article": article})]))) == (
        flagged
    )


def test_markdown_and_html_show_a_limited_number_of_items(briefing: Briefing) -> None:
    md = to_markdown(briefing, limit=2)
    claimed = md.split("## What is claimed, and by whom")[1].split("\n## ")[0]
    assert claimed.count("\n- ") == 3 and "\n- … and 3 more" in claimed
    assert "… and" not in to_markdown(briefing, limit=None)
    assert "… and 3 more" in to_html(briefing, limit=2)
    data = json.loads(to_json(briefing))
    claimed_json = next(s for s in data["sections"] if s["title"].startswith("What is claimed"))
    assert len(claimed_json["items"]) == 5


def test_markdown_escapes_article_text() -> None:
    md = to_markdown(brief_dossiers([dossier(EVIL)]))
    assert "<script>" not in md and "<b>" not in md
    assert r"\<script\>" in md and r"\[a file\](http://x.test)" in md


def test_html_escapes_article_text() -> None:
    html = to_html(brief_dossiers([dossier(EVIL)]))
    assert "<script" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "Bad &lt;i&gt;Outlet&lt;/i&gt;" in html


def test_html_is_one_page_with_citation_links(briefing: Briefing, fire: Dossier) -> None:
    html = to_html(briefing)
    assert html.startswith("<!doctype html>") and "<style>" in html
    assert "<link" not in html and " src=" not in html and "@import" not in html
    start = fire.article.text.index("the blaze started")
    anchor = f"a-{fire.article.id}-{start}-{start + 32}"
    assert (
        f'<a class="cite" href="#{anchor}" data-article="{fire.article.id}" '
        f'data-start="{start}" data-end="{start + 32}">Test Wire, 2024-06-03</a>'
    ) in html
    assert f'<li id="{anchor}"' in html  # the cited span, on the page
    hrefs = set(re.findall(r'href="#(a-[^"]+)"', html))
    ids = set(re.findall(r'id="(a-[^"]+)"', html))
    assert hrefs and hrefs == ids


def test_json_is_the_briefing_as_data(briefing: Briefing, fire: Dossier) -> None:
    data = json.loads(to_json(briefing))
    assert data["schema"] == "whatweknow/briefing@1"
    for s in data["sections"]:
        assert set(s) >= {"title", "items"}
        for item in s["items"]:
            assert set(item) >= {"text", "kind", "record", "citations"}
            for c in item["citations"]:
                assert fire.article.text[c["start"] : c["end"]] == c["text"]
                assert c["article"] == fire.article.id
    assert Briefing.model_validate_json(to_json(briefing)) == briefing
