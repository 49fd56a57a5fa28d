"""The sources to watch: arguments, a text file, an OPML file."""

from __future__ import annotations

from pathlib import Path

import pytest

from whatweknow.watch import read_sources
from whatweknow.watch.sources import SourcesError

OPML = """<?xml version="1.0"?>
<opml version="2.0"><head><title>Subscriptions</title></head><body>
<outline text="Local">
  <outline text="Town hall" type="rss" xmlUrl="https://town.example/rss"/>
  <outline text="Harbour" type="rss" xmlUrl="https://harbour.example/atom.xml"/>
</outline>
<outline text="A page" type="link" url="https://town.example/live"/>
<outline text="A folder of outlines, no address"/>
</body></opml>"""


def test_a_text_file_lists_one_source_a_line(tmp_path: Path) -> None:
    listed = tmp_path / "sources.txt"
    listed.write_text(
        "# my sources\nhttps://town.example/rss\n\n  inbox/  \nhttps://town.example/rss\n",
        encoding="utf-8",
    )
    found = read_sources(["https://harbour.example/feed"], [listed])
    assert found == ["https://harbour.example/feed", "https://town.example/rss", "inbox/"]


def test_an_opml_file_gives_its_feeds_and_links_in_order(tmp_path: Path) -> None:
    path = tmp_path / "subs.opml"
    path.write_text(OPML, encoding="utf-8")
    assert read_sources([], [path]) == [
        "https://town.example/rss",
        "https://harbour.example/atom.xml",
        "https://town.example/live",
    ]


def test_an_opml_file_that_does_not_parse_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "subs.opml"
    path.write_text("<opml><body><outline xmlUrl='x'", encoding="utf-8")
    with pytest.raises(SourcesError, match="OPML"):
        read_sources([], [path])


def test_entities_in_an_opml_file_are_not_expanded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("https://leak.example/", encoding="utf-8")
    path = tmp_path / "subs.opml"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
        '<opml><body><outline xmlUrl="&x;"/><outline xmlUrl="https://ok.example/"/>'
        "</body></opml>",
        encoding="utf-8",
    )
    try:
        found = read_sources([], [path])
    except SourcesError:  # refused whole: as safe
        return
    assert "https://leak.example/" not in found
