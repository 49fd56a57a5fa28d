"""The store conformance suite: every backend passes these same tests.

A backend's test module subclasses :class:`StoreConformance` and provides one fixture, ``store``:
an open, empty store (see ``test_sqlite.py``). Dossiers are built from the models directly, so the
suite needs no spaCy model.
"""

from __future__ import annotations

import dataclasses
import itertools
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import whatweknow.store.actors as actors_module
import whatweknow.store.events as events_module
import whatweknow.store.sql as sql_module
from whatweknow.errors import SearchError, StoreError
from whatweknow.model import (
    Actor,
    Article,
    Block,
    Caption,
    Claim,
    Contradiction,
    Dossier,
    Event,
    Mention,
    PipelineInfo,
    Quote,
    Timex,
    article_id,
)
from whatweknow.readers.base import RawDocument
from whatweknow.store import (
    EventLink,
    ItemMark,
    Publication,
    SourceState,
    Store,
    StoredActor,
)
from whatweknow.store.sql import RAW_BATCH
from whatweknow.stories import Story, update_pending, update_stories
from whatweknow.stories.cluster import article_keys
from whatweknow.stories.model import IndexedArticle, StoryArticle, StoryClaim

FILLER = [
    "Markets rose on Tuesday as investors weighed new figures on inflation and jobs.",
    "The football club confirmed the signing of a striker from a rival team.",
    "Heavy rain is expected across the north of the country this weekend.",
    "A new museum of modern art opened its doors to the public in the capital.",
]


def make(
    text: str,
    title: str | None = None,
    *,
    version: str = "0.1.0",
    outlet: str | None = None,
    published: date | None = None,
    raw: bytes | None = None,
    meta: dict[str, str | None] | None = None,
) -> tuple[RawDocument, Dossier]:
    """A raw document and its dossier, for the text (the article id is the text's)."""
    article = Article(
        id=article_id(text), text=text, title=title, outlet=outlet, published=published
    )
    doc = RawDocument(
        source="t.txt",
        format="text",
        raw=text.encode() if raw is None else raw,
        article=article,
        meta=meta or {},
    )
    return doc, Dossier(pipeline=PipelineInfo(version=version, model="x"), article=article)


def rich_dossier() -> tuple[RawDocument, Dossier]:
    """A dossier with a record of every kind, to check that all of it round-trips."""
    title = "Envoys agree to meet in Geneva"
    text = (
        f"{title}\n\nGENEVA — Envoys from both sides agreed on Monday to meet next week, "
        'the U.N. said. "We are hopeful," said Maria Okafor. Officials denied the report.'
    )
    doc, dossier = make(text, title, outlet="Wire", published=date(2024, 6, 3))
    start = text.index("Maria Okafor")
    article = dossier.article.model_copy(
        update={
            "url": "https://example.org/a",
            "byline": ["A. Writer"],
            "sections": ["Talks"],
            "captions": [Caption(start=0, end=5, text=text[:5], credit="Photo: X")],
            "sources": ["Reuters"],
            "lang": "en",
            "format": "text",
            "dateline": "GENEVA",
            "blocks": [Block(start=0, end=len(title), kind="title")],
        }
    )
    mention = Mention.model_validate(
        {"start": start, "end": start + 12, "text": "Maria Okafor", "as": "place"}
    )
    return doc, dossier.model_copy(
        update={
            "article": article,
            "actors": [
                Actor(id="a1", name="Maria Okafor", type="person", mentions=[mention]),
                Actor(id="a2", name="United Nations", type="organisation", aliases=["U.N."]),
            ],
            "quotes": [Quote(id="q1", kind="direct", start=1, end=4, text="We", speaker="a1")],
            "claims": [Claim(id="c1", text="envoys agreed", start=2, end=9, modality="reported")],
            "events": [Event(id="e1", type="CONSULT", start=2, end=9, actor=["a2"])],
            "timexes": [Timex(start=3, end=9, text="Monday", type="DATE", value="2024-06-03")],
            "contradictions": [Contradiction(a="c1", b="c1", kind="denial")],
        }
    )


def named(
    text: str, *names: tuple[str, str, str], version: str = "0.1.0", **codes: str | None
) -> tuple[RawDocument, Dossier]:
    """An article whose dossier names actors: ``(key, name, type)`` each, every occurrence of the
    name in ``text`` a mention; ``codes`` (``country``, ``sector``) go to every actor."""
    doc, dossier = make(text, version=version)
    actors = []
    for n, (key, name, kind) in enumerate(names, 1):
        starts = [i for i in range(len(text)) if text.startswith(name, i)]
        mentions = [Mention(start=i, end=i + len(name), text=name) for i in starts]
        actors.append(
            Actor.model_validate(
                {"id": f"a{n}", "key": key, "name": name, "type": kind, "mentions": mentions}
                | codes
            )
        )
    return doc, dossier.model_copy(update={"actors": actors})


RUSSIA = ("country:RUS", "Russia", "state")
UKRAINE = ("country:UKR", "Ukraine", "state")
IAEA = ("org:IAEA", "IAEA", "organisation")


def with_events(
    text: str,
    *events: tuple[str, str | None, list[str], list[str]],
    names: tuple[tuple[str, str, str], ...] = (RUSSIA, UKRAINE, IAEA),
    published: date | None = None,
    version: str = "0.1.0",
) -> tuple[RawDocument, Dossier]:
    """An article naming ``names`` (``a1``, ``a2``… in order) with events ``(type, time, actor
    ids, target ids)``, ``e1``, ``e2``… each over the first word."""
    doc, dossier = named(text, *names, version=version)
    article = dossier.article.model_copy(update={"published": published})
    found = [
        Event(id=f"e{n}", type=kind, start=0, end=4, time=time, actor=actor, target=target)
        for n, (kind, time, actor, target) in enumerate(events, 1)
    ]
    doc = RawDocument(source=doc.source, format=doc.format, raw=doc.raw, article=article)
    return doc, dossier.model_copy(update={"article": article, "events": found})


class StoreConformance:
    """What every :class:`Store` must do. Subclasses provide the ``store`` fixture."""

    # -- add, get, count, list ------------------------------------------------------------

    def test_add_then_get_gives_the_same_dossier(self, store: Store) -> None:
        doc, dossier = rich_dossier()
        assert store.add(doc, dossier) is True
        got = store.get_dossier(dossier.article.id)
        assert got == dossier
        assert got is not None and got.to_json() == dossier.to_json()

    def test_dossiers_read_together_come_in_the_order_asked(
        self, store: Store, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(sql_module, "_DOSSIER_CHUNK", 2)  # several reads
        stored = [make(f"Envoys met in city number {i}.")[1] for i in range(5)]
        for dossier in stored:
            store.add(*make(dossier.article.text))
        ids = [d.article.id for d in stored]
        asked = [ids[3], "no-such-article", ids[0], ids[3], ids[4], ids[1]]
        got = list(store.get_dossiers(asked))
        assert [a for a, _ in got] == asked
        one_by_one = [store.get_dossier(a) for a in asked]
        assert [d is None for _, d in got] == [a not in ids for a in asked]
        assert [d.to_json() if d else None for _, d in got] == [
            d.to_json() if d else None for d in one_by_one
        ]

    # -- watched sources and items ----------------------------------------------------------

    def test_a_source_state_round_trips_and_is_replaced(self, store: Store) -> None:
        assert store.source_state("https://news.example/feed") is None
        when = datetime(2024, 6, 3, 8, 30, tzinfo=UTC)
        first = SourceState(
            "https://news.example/feed",
            etag='"v1"',
            last_modified="Mon, 03 Jun 2024 08:00:00 GMT",
            last_seen=when,
            items_seen=3,
        )
        store.save_source_state(first)
        assert store.source_state(first.source) == first
        later = dataclasses.replace(
            first, etag=None, failures=2, last_error="W054: HTTP 500", next_try=when
        )
        store.save_source_state(later)
        store.save_source_state(SourceState("/srv/inbox"))
        assert store.source_state(first.source) == later
        assert [s.source for s in store.source_states()] == ["/srv/inbox", first.source]

    def test_item_keys_are_recorded_with_their_article_once(self, store: Store) -> None:
        doc, dossier = make("A ferry sailed again after the storm.", "Ferry")
        feed_a = ItemMark("https://a.example/feed", ("guid:1", "url:https://a.example/1"))
        assert store.add(doc, dossier, feed_a) is True
        assert store.seen_items(["guid:1", "url:https://a.example/1", "guid:2"]) == {
            "guid:1",
            "url:https://a.example/1",
        }
        feed_b = ItemMark("https://b.example/feed", ("url:https://a.example/1", "guid:b-9"))
        assert store.add(doc, dossier, feed_b) is False  # the same article: its keys recorded
        assert store.seen_items(["guid:b-9"]) == {"guid:b-9"}
        assert store.count() == 1

    def test_marked_items_are_seen_without_an_article(self, store: Store) -> None:
        store.mark_items(ItemMark("https://a.example/feed", ("guid:x", "guid:x", "hash:ab")))
        store.mark_items(ItemMark("https://b.example/feed", ("guid:x",)))
        assert store.seen_items(["guid:x", "hash:ab", "hash:cd"]) == {"guid:x", "hash:ab"}
        assert store.count() == 0

    def test_each_source_s_last_new_item_and_the_articles_ingestion_times(
        self, store: Store
    ) -> None:
        doc, dossier = make("A ferry sailed again after the storm.", "Ferry")
        other, second = make("The harbour reopened to fishing boats.", "Harbour")
        before = datetime.now(UTC)
        store.add(doc, dossier, ItemMark("https://a.example/feed", ("guid:1",)))
        store.add(other, second)
        store.mark_items(ItemMark("https://b.example/feed", ("guid:refused",)))
        latest = store.last_new_items()
        assert set(latest) == {"https://a.example/feed"}  # b gave no article
        assert before <= latest["https://a.example/feed"] <= datetime.now(UTC)
        found = store.ingested_at([dossier.article.id, second.article.id, "0123456789abcdef"])
        assert set(found) == {dossier.article.id, second.article.id}
        assert all(before <= when <= datetime.now(UTC) for when in found.values())

    def test_a_visit_mark_is_kept_and_replaced(self, store: Store) -> None:
        assert store.visit_mark("story:3") is None
        first = datetime(2024, 6, 3, 8, 30, tzinfo=UTC)
        store.save_visit_mark("story:3", first)
        assert store.visit_mark("story:3") == first
        store.save_visit_mark("story:3", datetime(2024, 6, 4, 9, 0, tzinfo=UTC))
        store.save_visit_mark("story:4", first)
        assert store.visit_mark("story:3") == datetime(2024, 6, 4, 9, 0, tzinfo=UTC)
        assert store.visit_mark("story:4") == first
        assert store.last_new_items() == {} and store.seen_items(["story:3"]) == set()

    def test_a_failed_add_records_no_item(self, store: Store) -> None:
        doc, _ = make("A bridge reopened to traffic.", "Bridge")
        _, other = make("Some other text entirely.", "Other")
        with pytest.raises(ValueError):
            store.add(doc, other, ItemMark("feed", ("guid:bridge",)))
        assert store.seen_items(["guid:bridge"]) == set()

    def test_get_of_an_unknown_article_is_none(self, store: Store) -> None:
        assert store.get_dossier("0123456789abcdef") is None

    def test_adding_the_same_article_again_adds_nothing(self, store: Store) -> None:
        doc, dossier = make("The same text twice.", "Once")
        assert store.add(doc, dossier) is True
        assert store.add(doc, dossier) is False
        assert store.count() == 1
        assert len(store.articles()) == 1
        assert len(list(store.raw_documents())) == 1

    # -- other publications of a stored text ----------------------------------------------

    @staticmethod
    def _published_as(
        text: str, outlet: str | None, url: str | None, day: date | None, source: str
    ) -> RawDocument:
        doc, _ = make(text, outlet=outlet, published=day, raw=f"{outlet}: {text}".encode())
        article = doc.article.model_copy(update={"url": url})
        return dataclasses.replace(doc, source=source, article=article, meta={"url": url})

    def test_another_publication_of_a_stored_text_is_recorded_once(self, store: Store) -> None:
        text = "The ferry service to the islands resumes on Friday, the operator said."
        first = self._published_as(text, "Harlow Wire", "https://hw.example/f", None, "a.txt")
        _, dossier = make(text, outlet="Harlow Wire")
        aid = dossier.article.id
        assert store.add_publication(first) is False  # not stored: nothing to record it against
        store.add(first, dossier)
        assert store.publications([aid]) == {}
        day = date(2026, 3, 3)
        other = self._published_as(text, "Lisk Evening Post", "https://lep.example/f", day, "b.txt")
        assert store.add_publication(other) is True
        assert store.add_publication(other) is False  # read again: nothing more
        assert store.add_publication(dataclasses.replace(other, source="c.txt")) is False
        assert store.add_publication(first) is False  # the article's own publication
        moved = self._published_as(text, "Lisk Evening Post", "https://lep.example/g", None, "d")
        assert store.add_publication(moved) is True  # the same outlet at another address
        expected = [
            Publication("Lisk Evening Post", "https://lep.example/f", day, "b.txt"),
            Publication("Lisk Evening Post", "https://lep.example/g", None, "d"),
        ]
        assert store.publications([aid, "0" * 64]) == {aid: expected}
        with store.story_index() as index:
            assert index.publications([aid]) == {aid: expected}
        assert store.count() == 1
        [raw] = store.raw_documents()  # re-analysis reads the article's own input
        assert (raw.raw, raw.source) == (first.raw, "a.txt")
        _, newer = make(text, outlet="Harlow Wire", version="0.2.0")
        store.replace_dossier(aid, newer)
        assert store.publications([aid]) == {aid: expected}

    def test_a_failed_publication_write_leaves_nothing(self, store: Store) -> None:
        text = "The ferry service to the islands resumes on Friday, the operator said."
        store.add(*make(text, outlet="Harlow Wire"))
        other = self._published_as(text, "Lisk Evening Post", None, None, "b.txt")
        broken = dataclasses.replace(other, raw=None)  # type: ignore[arg-type]
        with pytest.raises(StoreError, match="W017"):
            store.add_publication(broken)
        assert store.publications([other.article.id]) == {}
        assert store.add_publication(other) is True

    def test_same_version_again_keeps_the_stored_dossier(self, store: Store) -> None:
        doc, first = make("Text of the article.", "First title")
        store.add(doc, first)
        _, again = make("Text of the article.", "Another title")
        assert store.add(doc, again) is False
        assert store.get_dossier(first.article.id) == first

    def test_another_version_replaces_the_dossier(self, store: Store) -> None:
        doc, old = make("Text of the article about a harbour.", "Old title")
        store.add(doc, old)
        doc2, new = make(
            "Text of the article about a harbour.", "New title", version="0.2.0", raw=b"other"
        )
        assert store.add(doc2, new) is False
        assert store.count() == 1
        assert store.get_dossier(old.article.id) == new
        [listed] = store.articles()
        assert (listed.title, listed.pipeline_version) == ("New title", "0.2.0")
        [raw] = store.raw_documents()
        assert raw.raw == doc.raw  # the first raw input is kept

    def test_count(self, store: Store) -> None:
        assert store.count() == 0
        for text in FILLER:
            store.add(*make(text))
        assert store.count() == len(FILLER)

    def test_articles_lists_the_stored_metadata(self, store: Store) -> None:
        before = datetime.now(UTC)
        doc, dossier = rich_dossier()
        store.add(doc, dossier)
        [a] = store.articles()
        assert a.id == dossier.article.id
        assert (a.title, a.url, a.outlet) == (
            dossier.article.title,
            "https://example.org/a",
            "Wire",
        )
        assert a.published == date(2024, 6, 3)
        assert (a.source, a.format, a.pipeline_version) == ("t.txt", "text", "0.1.0")
        assert a.ingested_at.tzinfo is not None
        assert before <= a.ingested_at <= datetime.now(UTC)

    def test_articles_pages_newest_first(self, store: Store) -> None:
        ids = []
        for text in FILLER:
            doc, dossier = make(text)
            store.add(doc, dossier)
            ids.append(dossier.article.id)
        listed = [a.id for a in store.articles()]
        assert sorted(listed) == sorted(ids)
        assert listed[0] == ids[-1]  # the last added comes first
        assert [a.id for a in store.articles(limit=2)] == listed[:2]
        assert [a.id for a in store.articles(limit=2, offset=2)] == listed[2:4]
        assert store.articles(limit=10, offset=10) == []

    # -- search ---------------------------------------------------------------------------

    @pytest.fixture
    def news(self, store: Store) -> dict[str, str]:
        """A small corpus; returns the article id of each named article."""
        corpus = {
            "dense": make(
                "Ceasefire talks resume as the ceasefire holds. Mediators said the ceasefire "
                "talks would go on.",
                "Ceasefire talks resume",
                outlet="Wire",
                published=date(2024, 6, 3),
            ),
            "apart": make(
                "Talks between the parties went on late into the night. Diplomats spoke of a "
                "possible ceasefire by Friday, but nothing was signed and the fighting went on "
                "in the south of the region.",
                "Diplomats meet again",
            ),
            "truce": make("A truce was agreed. U.S.-China relations: what's next?", "Truce"),
        }
        for i, text in enumerate(FILLER):
            corpus[f"filler{i}"] = make(text)
        for doc, dossier in corpus.values():
            store.add(doc, dossier)
        return {name: dossier.article.id for name, (_, dossier) in corpus.items()}

    def test_search_ranks_the_best_match_first(self, store: Store, news: dict[str, str]) -> None:
        hits = store.search("ceasefire")
        assert [h.article_id for h in hits] == [news["dense"], news["apart"]]
        assert hits[0].score > hits[1].score

    def test_search_all_words(self, store: Store, news: dict[str, str]) -> None:
        found = {h.article_id for h in store.search("ceasefire talks")}
        assert found == {news["dense"], news["apart"]}

    def test_search_phrase(self, store: Store, news: dict[str, str]) -> None:
        assert [h.article_id for h in store.search('"ceasefire talks"')] == [news["dense"]]

    def test_search_or(self, store: Store, news: dict[str, str]) -> None:
        found = {h.article_id for h in store.search("ceasefire OR truce")}
        assert found == {news["dense"], news["apart"], news["truce"]}

    def test_search_limit(self, store: Store, news: dict[str, str]) -> None:
        assert [h.article_id for h in store.search("ceasefire", limit=1)] == [news["dense"]]
        assert store.search("ceasefire", limit=0) == []

    def test_search_hits_carry_metadata(self, store: Store, news: dict[str, str]) -> None:
        hit = store.search("ceasefire")[0]
        assert (hit.title, hit.outlet, hit.published) == (
            "Ceasefire talks resume",
            "Wire",
            date(2024, 6, 3),
        )

    def test_search_snippets_mark_the_matches(self, store: Store, news: dict[str, str]) -> None:
        for hit in store.search("ceasefire"):
            assert hit.marks, hit
            assert "\ue000" not in hit.snippet and "\ue001" not in hit.snippet
            for start, end in hit.marks:
                assert hit.snippet[start:end].lower() == "ceasefire"
            assert "[" in hit.highlighted()
        apart = store.search("ceasefire")[1]
        assert "possible [ceasefire] by Friday" in apart.highlighted()

    @pytest.mark.parametrize(
        "query",
        [
            "U.S.-China",
            "what's next?",
            '"unbalanced',
            "AND",
            "OR OR",
            "foo:bar",
            "*",
            "NEAR(",
            "(",
            ")",
            "-",
            "a -b",
            "^",
            '""',
            "🙂",
            "\x00",
            "title:",
        ],
    )
    def test_search_with_bad_syntax_does_not_raise(
        self, store: Store, news: dict[str, str], query: str
    ) -> None:
        assert isinstance(store.search(query), list)

    def test_search_falls_back_to_plain_words(self, store: Store, news: dict[str, str]) -> None:
        assert [h.article_id for h in store.search("U.S.-China")] == [news["truce"]]
        assert [h.article_id for h in store.search("what's next?")] == [news["truce"]]

    @pytest.mark.parametrize("query", ["", "   ", "\n"])
    def test_empty_search_finds_nothing(
        self, store: Store, news: dict[str, str], query: str
    ) -> None:
        assert store.search(query) == []

    # -- raw inputs and re-analysis -------------------------------------------------------

    def test_raw_input_round_trip(self, store: Store) -> None:
        raw = b"\xff\xfe not utf-8 \x00 at all"
        meta: dict[str, str | None] = {"url": "https://example.org/x", "title": None}
        doc, dossier = make("Read from odd bytes.", raw=raw, meta=meta)
        doc = RawDocument(
            source="feed.xml#entry 2", format="feed", raw=raw, article=doc.article, meta=meta
        )
        store.add(doc, dossier)
        [got] = store.raw_documents()
        assert got == (dossier.article.id, "feed", raw, meta, "feed.xml#entry 2")
        assert (got.article_id, got.format, got.raw, got.meta, got.source) == got

    def test_raw_documents_by_pipeline_version(self, store: Store) -> None:
        store.add(*make("An old analysis.", version="0.1.0"))
        store.add(*make("A new analysis.", version="0.2.0"))
        old = [r.raw for r in store.raw_documents(pipeline_version_not="0.2.0")]
        assert old == [b"An old analysis."]
        assert len(list(store.raw_documents())) == 2
        [new] = store.raw_documents(pipeline_version_not="0.1.0")
        assert new.raw == b"A new analysis."

    def test_reanalysis_while_iterating(self, store: Store) -> None:
        texts = [f"Article number {i} of the batch." for i in range(RAW_BATCH + 7)]
        for text in texts:
            store.add(*make(text, version="0.1.0"))
        seen = []
        for raw in store.raw_documents(pipeline_version_not="0.2.0"):
            seen.append(raw.article_id)
            _, newer = make(raw.raw.decode(), "Re-analysed", version="0.2.0")
            store.replace_dossier(raw.article_id, newer)
        assert sorted(seen) == sorted(article_id(t) for t in texts)
        assert seen == sorted(seen)
        assert list(store.raw_documents(pipeline_version_not="0.2.0")) == []

    def test_replace_dossier(self, store: Store) -> None:
        doc, old = make("Text about a bridge in the old town.", "Harbour master")
        store.add(doc, old)
        _, new = make("Text about a bridge in the old town.", "Lighthouse", version="0.2.0")
        store.replace_dossier(old.article.id, new)
        assert store.get_dossier(old.article.id) == new
        assert store.articles()[0].pipeline_version == "0.2.0"
        assert [h.article_id for h in store.search("lighthouse")] == [old.article.id]
        assert store.search("harbour") == []

    def test_replace_dossier_of_an_unknown_article(self, store: Store) -> None:
        _, dossier = make("Never stored.")
        with pytest.raises(KeyError):
            store.replace_dossier(dossier.article.id, dossier)

    def test_ids_must_agree(self, store: Store) -> None:
        doc, _ = make("One text.")
        _, other = make("Another text.")
        with pytest.raises(ValueError):
            store.add(doc, other)
        store.add(*make("One text."))
        with pytest.raises(ValueError):
            store.replace_dossier(doc.article.id, other)

    # -- all or nothing -------------------------------------------------------------------

    def assert_empty(self, store: Store, article: str) -> None:
        assert store.count() == 0
        assert store.actors() == []
        assert store.articles_with_actor("country:RUS") == []
        assert store.get_dossier(article) is None
        assert list(store.raw_documents()) == []
        assert store.search("lighthouse") == []

    def test_failed_dossier_insert_leaves_nothing(
        self, store: Store, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        doc, dossier = make("A lighthouse keeper retires.")
        real = sql_module._dossier
        # The dossier is the last insert of an add; a NULL JSON fails it inside the database.
        monkeypatch.setattr(sql_module, "_dossier", lambda d: {**real(d), "json": None})
        with pytest.raises(StoreError, match="W017"):
            store.add(doc, dossier)
        self.assert_empty(store, dossier.article.id)
        monkeypatch.undo()
        assert store.add(doc, dossier) is True
        assert store.get_dossier(dossier.article.id) == dossier

    def test_failed_raw_insert_leaves_nothing(self, store: Store) -> None:
        doc, dossier = make("A lighthouse keeper retires.")
        broken = RawDocument(source="t.txt", format="text", raw=None, article=doc.article)  # type: ignore[arg-type]
        with pytest.raises(StoreError, match="W017"):
            store.add(broken, dossier)
        self.assert_empty(store, dossier.article.id)

    def test_failed_actor_write_leaves_nothing(
        self, store: Store, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        doc, dossier = named("A lighthouse keeper in Russia retires.", RUSSIA)
        real = actors_module.actor_rows

        def broken(d: Dossier, now: datetime) -> tuple[list[dict[str, object]], ...]:
            rows, links = real(d, now)
            return rows, [{**link, "local_id": None} for link in links]  # NOT NULL fails

        monkeypatch.setattr(actors_module, "actor_rows", broken)
        with pytest.raises(StoreError, match="W017"):
            store.add(doc, dossier)
        self.assert_empty(store, dossier.article.id)
        monkeypatch.undo()
        assert store.add(doc, dossier) is True
        assert store.actor("country:RUS") is not None

    # -- actors across articles -----------------------------------------------------------

    def test_the_same_actor_in_two_articles_is_one(self, store: Store) -> None:
        first = named("Russia rejected the plan. Russia said so twice.", RUSSIA, IAEA)
        second = named("Ukraine and Russia met in Geneva.", UKRAINE, RUSSIA)
        for doc, dossier in (first, second):
            store.add(doc, dossier)
        russia = store.actor("country:RUS")
        assert russia == StoredActor(
            key="country:RUS",
            name="Russia",
            type="state",
            country=None,
            sector=None,
            articles=2,
            mentions=3,
        )
        assert [a.key for a in store.actors()] == ["country:RUS", "country:UKR", "org:IAEA"]
        ids = [first[1].article.id, second[1].article.id]
        assert sorted(store.articles_with_actor("country:RUS")) == sorted(ids)
        assert store.articles_with_actor("org:IAEA") == [ids[0]]

    def test_adding_again_is_idempotent(self, store: Store) -> None:
        doc, dossier = named("Russia and the IAEA spoke. Russia agreed.", RUSSIA, IAEA)
        store.add(doc, dossier)
        before = store.actors()
        assert store.add(doc, dossier) is False
        assert store.actors() == before
        _, newer = named("Russia and the IAEA spoke. Russia agreed.", RUSSIA, IAEA, version="9")
        assert store.add(doc, newer) is False  # another version: the dossier is replaced
        assert store.actors() == before
        assert [(a.articles, a.mentions) for a in before] == [(1, 2), (1, 1)]

    def test_the_first_name_stays_and_missing_codes_are_filled(self, store: Store) -> None:
        person = ("person:maria okafor", "Maria Okafor", "person")
        store.add(*named("Maria Okafor spoke in Moscow.", person))
        store.add(*named("Okafor, Maria Okafor, left.", person, country="NGA", sector="GOV"))
        store.add(*named("Maria Okafor of Ghana.", person, country="GHA", sector="MIL"))
        got = store.actor("person:maria okafor")
        assert got is not None
        assert (got.name, got.country, got.sector, got.articles) == (
            "Maria Okafor",
            "NGA",
            "GOV",
            3,
        )

    def test_a_place_becomes_the_state_it_acts_as(self, store: Store) -> None:
        store.add(*named("Talks were held in Russia.", ("country:RUS", "Russia", "place")))
        assert [a.type for a in store.actors(type="place")] == ["place"]
        store.add(*named("Russia rejected the plan.", RUSSIA, country="RUS", sector="GOV"))
        assert store.actors(type="place") == []
        [russia] = store.actors(type="state")
        assert (russia.type, russia.country, russia.sector) == ("state", "RUS", "GOV")
        store.add(*named("Tourists visited Russia.", ("country:RUS", "Russia", "place")))
        assert store.actor("country:RUS") == StoredActor(
            "country:RUS", "Russia", "state", "RUS", "GOV", 3, 3
        )

    def test_replace_dossier_updates_the_mentions(self, store: Store) -> None:
        text = "Russia and Ukraine talked. Russia left."
        doc, old = named(text, RUSSIA, UKRAINE)
        store.add(doc, old)
        store.add(*named("Ukraine spoke to the IAEA.", UKRAINE, IAEA))
        _, new = named(text, RUSSIA, IAEA, version="0.2.0")
        new.actors[0].mentions = new.actors[0].mentions[:1]
        store.replace_dossier(old.article.id, new)
        assert store.actor("country:RUS") == StoredActor(
            "country:RUS", "Russia", "state", None, None, 1, 1
        )
        ukraine = store.actor("country:UKR")
        assert ukraine is not None and ukraine.articles == 1
        iaea = store.actor("org:IAEA")
        assert iaea is not None and iaea.articles == 2
        assert sorted(store.articles_with_actor("org:IAEA")) == sorted(
            [old.article.id, article_id("Ukraine spoke to the IAEA.")]
        )
        _, none = named(text, version="0.3.0")
        store.replace_dossier(old.article.id, none)
        assert store.actor("country:RUS") is None
        assert store.articles_with_actor("country:RUS") == []
        assert [a.key for a in store.actors()] == ["country:UKR", "org:IAEA"]

    def test_actors_without_a_key_are_not_indexed(self, store: Store) -> None:
        store.add(*rich_dossier())
        assert store.actors() == []

    def test_one_key_twice_in_a_dossier_is_one_actor(self, store: Store) -> None:
        doc, dossier = named(
            "Russia, or Moscow, said no.", RUSSIA, ("country:RUS", "Moscow", "state")
        )
        store.add(doc, dossier)
        assert store.actor("country:RUS") == StoredActor(
            "country:RUS", "Russia", "state", None, None, 1, 2
        )

    def test_actors_order_filter_and_pages(self, store: Store) -> None:
        store.add(*named("Russia and Ukraine and the IAEA.", RUSSIA, UKRAINE, IAEA))
        store.add(*named("The IAEA and Ukraine.", IAEA, UKRAINE))
        store.add(*named("Ukraine alone.", UKRAINE))
        keys = [a.key for a in store.actors()]
        assert keys == ["country:UKR", "org:IAEA", "country:RUS"]
        assert [a.articles for a in store.actors()] == [3, 2, 1]
        assert [a.key for a in store.actors(limit=1, offset=1)] == ["org:IAEA"]
        assert store.actors(limit=5, offset=3) == []
        assert [a.key for a in store.actors(type="organisation")] == ["org:IAEA"]
        assert store.actors(type="person") == []
        with pytest.raises(ValueError):
            store.actors(limit=-1)

    def test_unknown_actor(self, store: Store) -> None:
        assert store.actor("country:XXX") is None
        assert store.articles_with_actor("country:XXX") == []

    # -- events across articles -------------------------------------------------------------

    JUNE = (date(2024, 6, 1), date(2024, 6, 30))

    def test_events_are_stored_with_the_dossier(self, store: Store) -> None:
        doc, dossier = with_events(
            "Russia met Ukraine; the IAEA sent aid.",
            ("CONSULT", "2024-06-03", ["a1"], ["a2"]),
            ("AID", "2024-06-05", ["a3"], ["a2"]),
            ("REJECT", None, ["a1"], []),
        )
        store.add(doc, dossier)
        found = store.events(*self.JUNE)
        assert [(e.event_id, e.day) for e in found] == [
            ("e1", date(2024, 6, 3)),
            ("e2", date(2024, 6, 5)),
        ]  # the undated REJECT is in no window
        first = found[0].record
        assert (first["plover"], first["quad"], first["text"]) == ("CONSULT", 1, "Russ")
        assert first["actors"] == [{"id": "a1", "name": "Russia", "key": "country:RUS"}]
        assert first["targets"] == [{"id": "a2", "name": "Ukraine", "key": "country:UKR"}]
        assert store.latest_event_day() == date(2024, 6, 5)
        assert store.latest_event_day(date(2024, 6, 4)) == date(2024, 6, 3)
        assert store.latest_event_day(date(2024, 6, 1)) is None
        assert store.count_events(*self.JUNE) == 2
        assert store.count_events(*self.JUNE, cap=1) == 1

    def test_latest_publication_date(self, store: Store) -> None:
        assert store.latest_published() is None
        store.add(*make("Undated news."))
        assert store.latest_published() is None
        for day in (3, 9, 5):
            store.add(*make(f"News of day {day}.", published=date(2024, 6, day)))
        assert store.latest_published() == date(2024, 6, 9)
        assert store.latest_published(date(2024, 6, 8)) == date(2024, 6, 5)
        assert store.latest_published(date(2024, 6, 2)) is None

    def test_events_order_window_and_pages(self, store: Store) -> None:
        days = [f"2024-06-{d:02d}" for d in (9, 2, 30, 15)] + ["2024-06", "2024-07-01"]
        for n, day in enumerate(days):
            store.add(*with_events(f"Russia spoke, number {n}.", ("CONSULT", day, ["a1"], [])))
        got = [e.record["time"] for e in store.events(*self.JUNE)]
        # day by day; on one day the finer value first ("2024-06" is June 1st, after 06-01)
        assert got == ["2024-06", "2024-06-02", "2024-06-09", "2024-06-15", "2024-06-30"]
        newest = store.events(*self.JUNE, limit=2, newest_first=True)
        assert [e.record["time"] for e in newest] == ["2024-06-30", "2024-06-15"]
        page = store.events(*self.JUNE, limit=2, offset=2)
        assert [e.record["time"] for e in page] == ["2024-06-09", "2024-06-15"]
        one_day = store.events(date(2024, 6, 9), date(2024, 6, 9))
        assert [e.record["time"] for e in one_day] == ["2024-06-09"]
        assert store.events(date(2024, 6, 10), date(2024, 6, 9)) == []

    def test_publication_orders_events_of_one_day(self, store: Store) -> None:
        late = with_events("Russia spoke late.", ("CONSULT", "2024-06-03", ["a1"], []),
                           published=date(2024, 6, 9))  # fmt: skip
        undated = with_events("Russia spoke undated.", ("CONSULT", "2024-06-03", ["a1"], []))
        early = with_events("Russia spoke early.", ("CONSULT", "2024-06-03", ["a1"], []),
                            published=date(2024, 6, 4))  # fmt: skip
        for doc, dossier in (late, undated, early):
            store.add(doc, dossier)
        got = [e.article_id for e in store.events(*self.JUNE)]
        assert got == [early[1].article.id, late[1].article.id, undated[1].article.id]

    def test_events_of_an_actor(self, store: Store) -> None:
        store.add(*with_events("Russia met Ukraine.", ("CONSULT", "2024-06-03", ["a1"], ["a2"])))
        store.add(*with_events("Ukraine and Russia.", ("AID", "2024-06-04", ["a2"], ["a2"])))
        store.add(*with_events("The IAEA spoke.", ("CONSULT", "2024-06-05", ["a3"], [])))
        ukraine = store.events(*self.JUNE, actor="country:UKR")
        assert [e.record["type"] for e in ukraine] == ["CONSULT", "AID"]  # once each
        assert store.count_events(*self.JUNE, actor="country:UKR") == 2
        assert store.events(*self.JUNE, actor="country:XXX") == []

    def test_event_links_are_counted(self, store: Store) -> None:
        texts = ("Russia warned Ukraine.", "Russia warned Ukraine again.", "Russia met Ukraine.")
        kinds = ("THREATEN", "THREATEN", "CONSULT")
        for text, kind in zip(texts, kinds, strict=True):
            store.add(*with_events(text, (kind, "2024-06-03", ["a1", "a3"], ["a2"])))
        store.add(*with_events("Russia alone.", ("CONSULT", "2024-06-04", ["a1"], ["a1"])))
        links = store.event_links(*self.JUNE)
        assert links[0] == EventLink(
            source="country:RUS",
            source_name="Russia",
            target="country:UKR",
            target_name="Ukraine",
            plover="THREATEN",
            quad=3,
            count=2,
        )
        assert {(x.source, x.plover, x.count) for x in links[1:]} == {
            ("org:IAEA", "THREATEN", 2),
            ("country:RUS", "CONSULT", 1),
            ("org:IAEA", "CONSULT", 1),
        }  # no link from an actor to itself
        assert len(store.event_links(*self.JUNE, limit=2)) == 2
        latest = store.event_links(*self.JUNE, events=1)  # only the latest event: no link
        assert latest == []
        assert store.event_links(date(2024, 7, 1), date(2024, 7, 31)) == []

    def test_parties_without_a_key_are_linked_by_name(self, store: Store) -> None:
        doc, dossier = with_events(
            "Ana met Ben.",
            ("CONSULT", "2024-06-03", ["a1"], ["a2"]),
            names=(("", "Ana", "person"), ("", "Ben", "person")),
        )
        store.add(doc, dossier)
        [link] = store.event_links(*self.JUNE)
        assert (link.source, link.target_name) == ("name:Ana", "Ben")

    def test_replace_dossier_replaces_the_events(self, store: Store) -> None:
        doc, dossier = with_events("Russia met Ukraine.", ("CONSULT", "2024-06-03", ["a1"], ["a2"]))
        store.add(doc, dossier)
        _, newer = with_events("Russia met Ukraine.", ("AID", "2024-06-20", ["a2"], ["a1"]))
        store.replace_dossier(dossier.article.id, newer)
        assert [e.record["type"] for e in store.events(*self.JUNE)] == ["AID"]
        assert [x.source for x in store.event_links(*self.JUNE)] == ["country:UKR"]
        _, other = with_events("Russia met Ukraine.", version="2")
        assert store.add(doc, other) is False  # another version: replaced, now without events
        assert store.events(*self.JUNE) == []
        assert store.event_links(*self.JUNE) == []

    def test_failed_event_write_leaves_nothing(
        self, store: Store, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        doc, dossier = with_events(
            "A lighthouse keeper in Russia retires.", ("RETREAT", "2024-06-03", ["a1"], [])
        )
        real = events_module.event_rows

        def broken(d: Dossier) -> tuple[list[dict[str, object]], ...]:
            rows, parties = real(d)
            return rows, [{**p, "name": None} for p in parties]  # NOT NULL fails

        monkeypatch.setattr(events_module, "event_rows", broken)
        with pytest.raises(StoreError, match="W017"):
            store.add(doc, dossier)
        self.assert_empty(store, dossier.article.id)
        assert store.events(*self.JUNE) == []
        monkeypatch.undo()
        assert store.add(doc, dossier) is True
        assert store.count_events(*self.JUNE) == 1

    # -- stories --------------------------------------------------------------------------

    def _story(self, story_id: int, *article_ids: str, title: str = "Talks") -> Story:
        return Story(
            id=story_id,
            title=title,
            first=date(2024, 6, 3),
            last=date(2024, 6, story_id + 3),
            articles=[StoryArticle(id=a, outlet="Wire") for a in article_ids],
            outlets=["Wire"],
            claims=[StoryClaim(id="c1", text="Envoys met.", terms=["envoy", "meet"])],
            keys={"a:country:RUS": len(article_ids), "t:envoy": 1},
        )

    def _save(
        self, store: Store, story: Story, article: str, buckets: list[str], group: str | None = None
    ) -> None:
        with store.story_index() as index:
            index.save(
                story,
                IndexedArticle(article, story.id, group, bytes(range(8)), 42),
                buckets,
                list(story.keys),
                {},
            )

    def test_a_saved_story_comes_back_the_same(self, store: Store) -> None:
        doc, dossier = named("Russia met Ukraine.", RUSSIA, UKRAINE)
        store.add(doc, dossier)
        aid = dossier.article.id
        story = self._story(1, aid)
        self._save(store, story, aid, ["00aa", "01bb"])
        assert store.story(1) == story
        assert store.story(2) is None
        assert store.story_of(aid) == 1 and store.story_of("0" * 16) is None
        [listed] = store.stories()
        assert (listed.id, listed.title, listed.articles, listed.outlets) == (
            1,
            "Talks",
            1,
            ("Wire",),
        )
        assert (listed.first, listed.last) == (date(2024, 6, 3), date(2024, 6, 4))
        assert store.articles_without_story() == []

    def test_the_story_index_finds_candidates(self, store: Store) -> None:
        ids = []
        for text in FILLER[:3]:
            doc, dossier = make(text, published=date(2024, 6, 3))
            store.add(doc, dossier)
            ids.append(dossier.article.id)
        self._save(store, self._story(1, ids[0]), ids[0], ["00aa", "01bb"])
        second = self._story(2, ids[1])
        second.keys = {"t:envoy": 1, "t:harbour": 1}
        self._save(store, second, ids[1], ["00aa", "02cc"], group=ids[0])
        with store.story_index() as index:
            assert index.new_story_id() == 3
            assert index.total_articles() == 2
            assert index.key_counts(["t:envoy", "a:country:RUS", "t:none"]) == {
                "t:envoy": 2,
                "a:country:RUS": 1,
            }
            found = index.copy_candidates(["00aa"])
            assert [c.article_id for c in found] == sorted(ids[:2])
            assert {c.copy_group for c in found} == {None, ids[0]}
            assert all((c.signature, c.shingles) == (bytes(range(8)), 42) for c in found)
            assert index.copy_candidates(["02cc", "zz"]) == [
                IndexedArticle(ids[1], 2, ids[0], bytes(range(8)), 42)
            ]
            assert index.story_candidates(["t:envoy", "t:harbour"], 10) == [2, 1]
            assert index.story_candidates(["t:envoy"], 1) == [2]  # ties: the newest first
            assert index.story_candidates([], 5) == []
            # by date: spans widened by the window (story 1: 3-4 June, story 2: 3-5 June)
            assert index.story_candidates(["t:envoy"], 10, date(2024, 6, 12), 7) == [2]
            assert index.story_candidates(["t:envoy"], 10, date(2024, 6, 11), 7) == [2, 1]
            assert index.story_candidates(["t:envoy"], 10, date(2024, 5, 26), 7) == []
            second.last = date(2024, 6, 30)
            index.save_span(second)
            assert index.story_candidates(["t:envoy"], 10, date(2024, 7, 7), 7) == [2]
            [p1, p2] = index.profiles([1, 2, 99])
            assert (p1.story_id, p1.articles, dict(p1.keys)) == (
                1,
                1,
                {"a:country:RUS": 1, "t:envoy": 1},
            )
            assert (p2.first, p2.last) == (date(2024, 6, 3), date(2024, 6, 30))
            assert index.ingested_on(ids[0]) is not None and index.ingested_on("x") is None
        assert store.articles_without_story() == [ids[2]]
        assert [s.id for s in store.stories()] == [2, 1]  # the latest news first

    def test_lookups_with_a_reach_read_the_weeks_of_the_moment(self, store: Store) -> None:
        """With ``reach``, rows outside the weeks a story could lie in are not read (a story
        that outran it is not found); undated rows always are; an earlier article moves its
        story's keys to the week of its new first date."""
        ids = []
        for text in FILLER:
            doc, dossier = make(text, published=date(2024, 6, 3))
            store.add(doc, dossier)
            ids.append(dossier.article.id)
        spans = [(date(2024, 1, 10), date(2024, 6, 3)), (date(2024, 6, 3), date(2024, 6, 3))]
        stories = []
        for n, (aid, span) in enumerate(zip(ids[:3], [*spans, (None, None)], strict=True), start=1):
            story = self._story(n, aid)
            story.first, story.last = span
            story.articles[0].published = span[0]
            self._save(store, story, aid, ["00aa"])
            stories.append(story)
        june = date(2024, 6, 5)
        with store.story_index() as index:
            assert index.story_candidates(["t:envoy"], 10, june, 7) == [3, 2, 1]
            assert index.story_candidates(["t:envoy"], 10, june, 7, 30) == [3, 2]
            found = index.copy_candidates(["00aa"], june, 7)
            assert [c.story_id for c in found] == [
                s for s, _ in sorted(zip([1, 2, 3], ids[:3], strict=True))
            ]
            found = index.copy_candidates(["00aa"], june, 7, 30)
            assert sorted(c.story_id for c in found) == [2, 3]
            may = date(2024, 5, 14)
            assert index.story_candidates(["t:envoy"], 10, may, 7, 0) == [3]
        second = stories[1]
        second.articles.append(StoryArticle(id=ids[3], outlet="Wire", published=date(2024, 5, 20)))
        second.first = date(2024, 5, 20)
        with store.story_index() as index:  # an article without the key looked up by
            article = IndexedArticle(ids[3], 2, None, bytes(range(8)), 42)
            index.save(second, article, ["00aa"], ["a:country:RUS"], {})
        with store.story_index() as index:
            assert index.story_candidates(["t:envoy"], 10, may, 7, 0) == [3, 2]

    def test_a_failed_story_write_leaves_nothing(self, store: Store) -> None:
        doc, dossier = make("Envoys met in Geneva.")
        store.add(doc, dossier)
        aid = dossier.article.id
        with pytest.raises(StoreError, match="W017"), store.story_index() as index:
            index.save(self._story(1, aid), IndexedArticle(aid, 1, None, b"", 1), ["00aa"], [], {})
            index.save(self._story(1, aid), IndexedArticle(aid, 1, None, b"", 1), ["00aa"], [], {})
        assert store.stories() == [] and store.story_of(aid) is None
        assert store.articles_without_story() == [aid]

    def test_clear_stories_keeps_the_articles(self, store: Store) -> None:
        doc, dossier = named("Russia met Ukraine.", RUSSIA, UKRAINE)
        store.add(doc, dossier)
        assert update_stories(store, dossier.article.id) == 1
        store.clear_stories()
        assert store.stories() == [] and store.count() == 1
        assert store.articles_without_story() == [dossier.article.id]
        assert update_stories(store, dossier.article.id) == 1

    def test_clearing_some_stories_is_undone_by_placing_their_articles_again(
        self, store: Store
    ) -> None:
        texts = [
            "Russia and Ukraine agreed to hold ceasefire talks in Geneva next week, envoys said.",
            "Envoys said Russia and Ukraine will hold the ceasefire talks in Geneva next week.",
            FILLER[1],
            FILLER[3],
        ]
        ids = []
        for text in texts:
            doc, dossier = named(text, RUSSIA, UKRAINE) if "Russia" in text else make(text)
            store.add(doc, dossier)
            ids.append(dossier.article.id)
            update_stories(store, dossier.article.id)

        def state() -> tuple[int, dict[str, int]]:
            dossiers = [d for i in ids if (d := store.get_dossier(i)) is not None]
            keys = {k for d in dossiers for k in article_keys(d)}
            with store.story_index() as index:
                return index.total_articles(), index.key_counts(keys)

        before, members = state(), store.story_members()
        talks = members[ids[0]]
        store.clear_stories([talks, members[ids[2]]])
        assert store.articles_without_story() == [ids[0], ids[1], ids[2]]
        assert store.story(talks) is None and store.story_of(ids[3]) == members[ids[3]]
        with store.story_index() as index:
            assert index.total_articles() == 1
        update_pending(store)
        assert state() == before
        after = store.story_members()
        assert after[ids[0]] == after[ids[1]] != after[ids[2]] != after[ids[3]]

    def test_articles_wait_for_stories_in_order_of_publication(self, store: Store) -> None:
        order = [(FILLER[0], date(2024, 6, 5)), (FILLER[1], None), (FILLER[2], date(2024, 6, 1))]
        for text, published in order:
            store.add(*make(text, published=published))
        assert store.articles_without_story() == [
            article_id(FILLER[2]),
            article_id(FILLER[0]),
            article_id(FILLER[1]),
        ]

    def test_stories_across_articles(self, store: Store) -> None:
        """The story logic over this backend: two articles on one story, one on another."""
        texts = [
            "Russia and Ukraine agreed to hold ceasefire talks in Geneva next week, envoys said.",
            "Envoys said Russia and Ukraine will hold the ceasefire talks in Geneva next week.",
            FILLER[1],
        ]
        sids = []
        for text in texts:
            doc, dossier = named(text, RUSSIA, UKRAINE) if "Russia" in text else make(text)
            store.add(doc, dossier)
            sids.append(update_stories(store, dossier.article.id))
        assert sids[0] == sids[1] != sids[2]
        assert [s.articles for s in store.stories(limit=1, offset=0)] in ([2], [1])
        assert sorted(s.articles for s in store.stories()) == [1, 2]
        with pytest.raises(ValueError):
            store.stories(limit=-1)

    # -- story ids across rebuilds ----------------------------------------------------------

    def _three_stories(self, store: Store) -> list[str]:
        """Stories 1, 2 and 3 of one article each; 2 and 3 are chapters (2 continued in 3)."""
        ids = []
        for n, text in enumerate(FILLER[:3], start=1):
            doc, dossier = make(text, published=date(2024, 6, 3))
            store.add(doc, dossier)
            aid = dossier.article.id
            ids.append(aid)
            story = self._story(n, aid, title=f"Story {n}")
            story.follows = 2 if n == 3 else None
            story.continued_in = 3 if n == 2 else None
            self._save(store, story, aid, [f"0{n}aa"])
        return ids

    def test_renumbered_stories_keep_their_articles_and_links(self, store: Store) -> None:
        ids = self._three_stories(store)
        store.renumber_stories({1: 3, 2: 1, 3: 2}, {})  # a cycle of ids: no row is held twice
        assert [store.story_of(a) for a in ids] == [3, 1, 2]
        moved = store.story(1)
        assert moved is not None and (moved.id, moved.title) == (1, "Story 2")
        assert moved.continued_in == 2 and moved.follows is None
        after = store.story(2)
        assert after is not None and (after.title, after.follows) == ("Story 3", 1)
        assert store.story_members() == dict(zip(ids, [3, 1, 2], strict=True))
        with store.story_index() as index:
            assert index.story_candidates(["t:envoy"], 10) == [3, 2, 1]
            assert index.load(3) is not None and index.load(3).title == "Story 1"  # type: ignore[union-attr]

    def test_renumbering_to_ids_held_and_free_alike(self, store: Store) -> None:
        ids = self._three_stories(store)
        store.renumber_stories({1: 2, 2: 7, 3: 1}, {})  # 2 and 1 are held now, 7 is free
        assert [store.story_of(a) for a in ids] == [2, 7, 1]
        assert [s.title for s in (store.story(i) for i in (1, 2, 7)) if s] == [
            "Story 3",
            "Story 1",
            "Story 2",
        ]
        chapter = store.story(1)
        assert chapter is not None and (chapter.id, chapter.follows) == (1, 7)

    def test_a_redirect_leads_to_the_story(self, store: Store) -> None:
        ids = self._three_stories(store)
        with pytest.raises(ValueError):
            store.renumber_stories({}, {2: 1})  # story 2 is a story
        with pytest.raises(ValueError):
            store.renumber_stories({}, {7: 9})  # no story 9
        with pytest.raises(ValueError):
            store.renumber_stories({1: 2}, {})  # story 2 keeps its id
        assert store.story_redirects() == {}
        store.renumber_stories({3: 5}, {3: 5, 4: 1})
        assert store.story_redirects() == {3: 5, 4: 1}
        found = store.story(3)
        assert found is not None and (found.id, found.title) == (5, "Story 3")
        assert store.story(4) is not None and store.story(4).id == 1  # type: ignore[union-attr]
        assert store.story_of(ids[2]) == 5 and store.story(6) is None
        with store.story_index() as index:
            assert index.new_story_id() == 6  # never an id a redirect uses

    def test_redirects_chain_to_one_hop_and_never_cycle(self, store: Store) -> None:
        self._three_stories(store)
        store.renumber_stories({}, {7: 3})
        store.renumber_stories({3: 8}, {3: 8})  # 7 led to 3, which now leads to 8
        assert store.story_redirects() == {3: 8, 7: 8}
        store.renumber_stories({8: 3}, {8: 3})  # back: 3 is a story again, no longer a redirect
        assert store.story_redirects() == {7: 3, 8: 3}
        assert all(store.story(i).id == 3 for i in (3, 7, 8))  # type: ignore[union-attr]

    def test_redirects_outlive_a_clear(self, store: Store) -> None:
        self._three_stories(store)
        store.renumber_stories({}, {9: 1})
        store.clear_stories()
        assert store.story_redirects() == {9: 1} and store.story(9) is None
        with store.story_index() as index:
            assert index.new_story_id() == 10

    # -- properties -----------------------------------------------------------------------

    _versions = itertools.count()

    @settings(
        max_examples=60,
        deadline=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.differing_executors,
        ],
    )
    @given(
        text=st.text(min_size=1),
        title=st.none() | st.text(),
        outlet=st.none() | st.text(max_size=20),
        published=st.none() | st.dates(),
        raw=st.binary(),
        meta=st.dictionaries(st.text(max_size=10), st.none() | st.text(max_size=20), max_size=3),
    )
    def test_anything_in_comes_back_the_same(
        self,
        store: Store,
        text: str,
        title: str | None,
        outlet: str | None,
        published: date | None,
        raw: bytes,
        meta: dict[str, str | None],
    ) -> None:
        # The store lives across examples; a fresh version each time makes a repeated text
        # replace the stored dossier, so the newest is always the one to read back.
        version = f"0.{next(self._versions)}"
        doc, dossier = make(
            text, title, version=version, outlet=outlet, published=published, raw=raw, meta=meta
        )
        new = store.add(doc, dossier)
        assert store.get_dossier(dossier.article.id) == dossier
        [listed] = [a for a in store.articles(limit=10**6) if a.id == dossier.article.id]
        assert listed.title == (None if title is None else title.replace("\x00", ""))
        assert listed.published == published
        if new:
            [back] = [r for r in store.raw_documents() if r.article_id == dossier.article.id]
            assert (back.raw, back.meta) == (raw, meta)

    @settings(
        max_examples=150,
        deadline=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.differing_executors,
        ],
    )
    @given(query=st.text())
    def test_no_query_raises(self, store: Store, news: dict[str, str], query: str) -> None:
        """Any text gives a list of hits, or the coded refusal of a query over the limits
        (W040, W041), never another error."""
        try:
            assert isinstance(store.search(query), list)
        except SearchError as exc:
            assert str(exc).startswith(("W040", "W041")), exc
