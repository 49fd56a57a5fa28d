from __future__ import annotations

from datetime import date

from reader_helpers import check_offsets, code, docs_of

from whatweknow.readers.base import RawDocument
from whatweknow.readers.feed import fragment_pieces, read_entry, read_feed

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Lakeside Gazette</title>
  <link>https://gazette.example/</link>
  <description>Local news</description>
  <item>
    <title>Ferry service resumes after strike</title>
    <link>https://gazette.example/ferry</link>
    <pubDate>Tue, 07 May 2024 09:15:00 +0000</pubDate>
    <dc:creator>Ola Berg</dc:creator>
    <description><![CDATA[<p>Ferries between the two lake towns ran again on Tuesday after
      a three-day strike by crews ended with a pay deal.</p>
      <h2>Timetable</h2>
      <p>The operator said the normal timetable would apply from Wednesday.</p>]]></description>
  </item>
  <item>
    <title>Library extends opening hours</title>
    <link>https://gazette.example/library</link>
    <pubDate>Mon, 06 May 2024 16:00:00 +0000</pubDate>
    <description>The town library will stay open until eight on weekdays from June.</description>
  </item>
  <item>
    <title>Headline only</title>
    <link>https://gazette.example/empty</link>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Hill Country Times</title>
  <id>urn:example:hct</id>
  <updated>2024-02-20T12:00:00Z</updated>
  <entry>
    <title>Wind farm plan approved</title>
    <link href="https://hct.example/wind"/>
    <id>urn:example:hct:1</id>
    <updated>2024-02-20T11:30:00Z</updated>
    <author><name>Rui Santos</name></author>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;The regional board approved twelve turbines on the ridge
      on Monday.&lt;/p&gt;&lt;p&gt;Opponents said they would appeal.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_rss_entries() -> None:
    results = list(read_feed(RSS.encode(), "gazette.xml"))
    first, second, third = results
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert [r.source for r in results] == [f"gazette.xml#entry {n}" for n in (1, 2, 3)]
    art = first.article
    assert first.format == art.format == "feed"
    assert art.title == "Ferry service resumes after strike"
    assert art.text.startswith("Ferry service resumes after strike\n\nFerries between")
    assert "two lake towns ran again on Tuesday after a three-day strike" in art.text
    assert art.sections == ["Timetable"]
    assert art.url == "https://gazette.example/ferry"
    assert art.published == date(2024, 5, 7)
    assert art.byline == ["Ola Berg"]
    assert art.outlet == "Lakeside Gazette"
    check_offsets(art)
    assert second.article.text.endswith("eight on weekdays from June.")
    assert code(third) == "W007"  # no body: nothing to read


def test_atom_entry() -> None:
    (doc,) = read_feed(ATOM.encode(), "hct.atom")
    assert isinstance(doc, RawDocument)
    art = doc.article
    assert art.title == "Wind farm plan approved"
    assert art.text == (
        "Wind farm plan approved\n\n"
        "The regional board approved twelve turbines on the ridge on Monday.\n\n"
        "Opponents said they would appeal."
    )  # content wins over summary
    assert art.published == date(2024, 2, 20)
    assert art.byline == ["Rui Santos"]
    assert art.outlet == "Hill Country Times"
    assert art.url == "https://hct.example/wind"
    check_offsets(art)


def test_entry_is_read_again_from_its_raw_and_meta() -> None:
    for doc in docs_of(read_feed(RSS.encode(), "gazette.xml")):
        again = read_entry(doc.raw, doc.source, doc.meta)
        assert isinstance(again, RawDocument)
        assert again.article == doc.article


def test_not_a_feed() -> None:
    (problem,) = read_feed(b"this is not a feed < at all <<", "x.xml")
    assert code(problem) == "W010"
    (problem,) = read_feed(b"<rss version='2.0'><channel><title>T</title", "y.xml")
    assert code(problem) == "W010"


def test_feed_without_entries() -> None:
    raw = b"<rss version='2.0'><channel><title>Quiet</title></channel></rss>"
    (problem,) = read_feed(raw, "quiet.rss")
    assert code(problem) == "W007"


def test_fragment_paragraphs() -> None:
    pieces = fragment_pieces(
        "First line<br>same paragraph.<br><br>Second paragraph."
        "<script>var x = 1;</script><!-- note --><ul><li>An item</li></ul>"
        "<h3>Later</h3>tail text"
    )
    assert [(p.kind, p.text) for p in pieces] == [
        ("paragraph", "First line same paragraph."),
        ("paragraph", "Second paragraph."),
        ("paragraph", "An item"),
        ("heading", "Later"),
        ("paragraph", "tail text"),
    ]
    assert fragment_pieces("") == []
    assert isinstance(fragment_pieces("<<</p></div>"), list)


def test_rss_author_in_email_and_name_form() -> None:
    from whatweknow.readers._compose import split_names

    assert split_names("desk@news.example (Kaito Nakamura)") == ["Kaito Nakamura"]
    assert split_names("desk@news.example") == []
    assert split_names("Ana Lopes and Li Wen") == ["Ana Lopes", "Li Wen"]
