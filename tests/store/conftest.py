"""Fixtures of the store tests: a PostgreSQL server for the session, a new database per test."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from .pgcluster import ENV_URL, MISSING, Cluster, bindir, create_database, drop_database


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a PostgreSQL server's ``postgres`` database: ``WWK_TEST_POSTGRES_URL`` or a
    throwaway cluster. Fails (never skips) when there is neither, so CI cannot pass without it."""
    given = os.environ.get(ENV_URL)
    if given:
        yield given
        return
    found = bindir()
    if found is None:
        pytest.fail(MISSING)
    cluster = Cluster(found)
    cluster.start()
    try:
        yield cluster.url
    finally:
        cluster.stop()


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A new, empty database, dropped after the test."""
    url = create_database(postgres_server)
    try:
        yield url
    finally:
        drop_database(postgres_server, url)
