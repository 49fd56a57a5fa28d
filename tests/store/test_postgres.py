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
