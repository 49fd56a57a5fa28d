"""Item identity: canonical addresses and the keys an item is known by."""

from __future__ import annotations

from whatweknow.contract import Article, article_id
from whatweknow.readers.base import RawDocument
from whatweknow.watch import canonical_url, item_keys


def doc(source: str, text: str, **meta: str) -> RawDocument:
    article = Article(id=article_id(text), text=text)
    return RawDocument(source, "feed", text.encode(), article, dict(meta))


def test_tracking_parameters_case_and_fragments_do_not_make_another_address() -> None:
    plain = canonical_url("https://news.example/a?id=3")
    assert plain == "https://news.example/a?id=3"
    for other in (
        "HTTPS://News.Example:443/a?utm_source=rss&id=3&utm_medium=feed#comments",
        "https://news.example/a?id=3&fbclid=xyz",
        "https://news.example/a?UTM_Campaign=x&id=3&gclid=1",
    ):
        assert canonical_url(other) == plain


def test_other_parameters_ports_and_paths_stay() -> None:
    assert canonical_url("https://news.example/a?id=4") != canonical_url(
        "https://news.example/a?id=3"
    )
    assert canonical_url("http://news.example:8080/a") == "http://news.example:8080/a"
    assert canonical_url("https://news.example") == "https://news.example/"


def test_what_is_no_web_address_has_no_canonical_form() -> None:
    assert canonical_url("mailto:desk@news.example") is None
    assert canonical_url("/local/path") is None
    assert canonical_url("http://[::1") is None


def test_an_entry_is_known_by_its_feed_scoped_guid_its_address_and_its_text() -> None:
    entry = doc(
        "https://a.example/feed#entry 1",
        "A ferry sails again.",
        guid="42",
        url="https://a.example/ferry?utm_source=x",
    )
    keys = item_keys("https://a.example/feed", entry)
    assert keys == (
        "guid:https://a.example/feed 42",
        "url:https://a.example/ferry",
        f"hash:{entry.article.id}",
    )
    assert item_keys("https://b.example/feed", entry)[0] == "guid:https://b.example/feed 42"


def test_a_page_watched_by_its_address_is_known_by_its_text_alone() -> None:
    page = doc("https://a.example/live", "The latest on the ferry.", url="https://a.example/live")
    assert item_keys("https://a.example/live", page) == (f"hash:{page.article.id}",)
