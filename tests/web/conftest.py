"""Fixtures of the web tests: a store built from models (no spaCy), the app over it, and an
in-process client (Starlette's TestClient: httpx over the ASGI app, no socket)."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from whatweknow.web import create_app

from .corpus import build_store

TOKEN = "test-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@dataclass
class Site:
    db: Path
    ids: dict[str, str]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    db = tmp_path_factory.mktemp("web") / "news.db"
    return Site(db, build_store(db))


def client_for(db: Path, **options: Any) -> TestClient:
    settings: dict[str, Any] = {"token": TOKEN, "read_only": False, "max_body": 100_000}
    settings.update(options)
    return TestClient(create_app(str(db), **settings))


@pytest.fixture(scope="module")
def client(site: Site) -> TestClient:
    return client_for(site.db)


def free_port() -> int:
    """A TCP port free on loopback now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port
