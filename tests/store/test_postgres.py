"""The PostgreSQL store: the conformance suite, and what only PostgreSQL has."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from whatweknow.store import SqlStore, Store, open_store

from .conformance import StoreConformance, make


@pytest.fixture
def postgres_store(postgres_url: str) -> Iterator[SqlStore]:
    with open_store(postgres_url) as store:
        assert isinstance(store, SqlStore)
        yield store


class TestPostgresStore(StoreConformance):
    @pytest.fixture
    def store(self, postgres_store: SqlStore) -> Store:
        return postgres_store


def test_the_search_column_and_index_exist(postgres_store: SqlStore) -> None:
    postgres_store.add(*make("Envoys met in Geneva on Monday."))
    with postgres_store.engine.connect() as conn:
        indexes = conn.exec_driver_sql(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'articles'"
        ).scalars()
        assert "ix_articles_search" in set(indexes)
        found = conn.exec_driver_sql(
            "SELECT count(*) FROM articles WHERE search @@ websearch_to_tsquery('english', 'envoy')"
        ).scalar_one()
    assert found == 1


def test_a_second_open_does_not_migrate_again(postgres_url: str) -> None:
    with open_store(postgres_url) as first, open_store(postgres_url) as second:
        first.add(*make("One article."))
        assert second.count() == 1


def test_events_of_a_store_at_0005_are_backfilled(postgres_url: str) -> None:
    from datetime import date

    from alembic import command

    from whatweknow.store.engine import writing
    from whatweknow.store.migrate import alembic_config

    from .conformance import with_events

    june = (date(2024, 6, 1), date(2024, 6, 30))
    with open_store(postgres_url) as store:
        for i in range(3):
            event = ("CONSULT", f"2024-06-0{i + 1}", ["a1"], ["a2"])
            store.add(*with_events(f"Russia met Ukraine, meeting {i}.", event))
        before = store.events(*june)
        assert isinstance(store, SqlStore)
        with writing(store.engine) as conn:
            command.downgrade(alembic_config(conn), "0005")
    with open_store(postgres_url) as store:
        assert store.events(*june) == before and len(before) == 3
        assert [link.count for link in store.event_links(*june)] == [3]
