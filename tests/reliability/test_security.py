"""Security: SQL metacharacters through search and every API parameter (no 500, no SQL error),
no SQL built by string formatting, tokens compared in constant time, no path traversal."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from web.corpus import build_store
from whatweknow.web import create_app, security

TOKEN = "sec-token-0123"
NASTY = [
    "'", '"', "';--", "' OR '1'='1", "1; DROP TABLE articles; --", "\\", "%", "_", "*", "NEAR(",
    "a OR", "\x00", "(((", '"unclosed', "𝕏' UNION SELECT sql FROM sqlite_master--", "-1", "1e999",
    "..%2F..%2Fetc%2Fpasswd", "$1", "?", ":name", "/*", "ʼ", "AND", "^", "{x}", "\ufeff",
]  # fmt: skip
GETS = [
    "/api/v1/search?q={v}", "/api/v1/search?q=geneva&limit={v}", "/api/v1/articles?limit={v}",
    "/api/v1/articles?offset={v}", "/api/v1/articles/{v}", "/api/v1/dossiers/{v}",
    "/api/v1/dossiers?limit={v}", "/api/v1/stories/{v}", "/api/v1/stories?offset={v}",
    "/api/v1/stories/1/briefing?since={v}", "/api/v1/briefings?story={v}",
    "/api/v1/briefings?article={v}", "/api/v1/actors?type={v}", "/api/v1/actors/{v}",
    "/api/v1/events?story={v}", "/api/v1/events?article={v}", "/api/v1/events?actor={v}",
    "/api/v1/events?from={v}", "/api/v1/events?to={v}&actor={v}", "/timeline?from={v}",
    "/network?to={v}", "/articles/{v}", "/actors/{v}", "/stories/{v}", "/?q={v}",
]  # fmt: skip
SRC = Path(__file__).parents[2] / "src" / "whatweknow"
CONSTANT_LOOPS = {"trigger"}
"""Names interpolated into SQL that are loop variables over literal tuples (the migration's
trigger names), checked by reading the code."""


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("sec") / "news.db"
    build_store(db)
    app = create_app(str(db), token=TOKEN, read_only=False, max_body=100_000)
    return TestClient(app, raise_server_exceptions=False)


def test_sql_metacharacters_in_every_parameter_never_break_the_server(client: TestClient) -> None:
    from urllib.parse import quote

    before = client.get("/api/v1/articles").json()["total"]
    for template in GETS:
        for value in NASTY:
            r = client.get(template.format(v=quote(value, safe="")))
            assert r.status_code < 500, (template, value, r.status_code, r.text[:200])
            body = r.text.lower()
            for leak in ("operationalerror", "sqlite3.", "syntax error", "traceback"):
                assert leak not in body, (template, value, leak)
    assert client.get("/api/v1/articles").json()["total"] == before


def test_no_sql_is_built_by_string_formatting() -> None:
    """Every SQL string run is a constant: an f-string or a %/.format() in a call that runs SQL
    may only interpolate module constants (upper-case names)."""
    call = re.compile(r"(exec_driver_sql|sa\.text|execute)\(\s*(f?)(\"|')(.*?)\3", re.S)
    for path in SRC.rglob("*.py"):
        for m in call.finditer(path.read_text(encoding="utf-8")):
            if m.group(2):
                names = re.findall(r"\{([^}]*)\}", m.group(4))
                assert all(n.lstrip("_").isupper() or n in CONSTANT_LOOPS for n in names), (
                    path,
                    m.group(0),
                )
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(SELECT|INSERT|UPDATE|DELETE)[^\"']*[\"']\s*%\s", text), path
        assert not re.search(r"(SELECT|INSERT|UPDATE|DELETE)[^\"']*[\"']\.format\(", text), path


def test_tokens_are_compared_in_constant_time() -> None:
    assert "hmac.compare_digest" in inspect.getsource(security.check_write)
    source = inspect.getsource(security)
    assert not re.search(r"(given|token)\s*[!=]=\s*(expected|token)", source)


def test_a_wrong_token_is_refused(client: TestClient) -> None:
    for header in ("Bearer sec-token-012", "Bearer sec-token-01234", "Basic x", "Bearer ' OR 1"):
        r = client.post("/api/v1/articles", json={"text": "x"}, headers={"Authorization": header})
        assert r.status_code == 401, header


@pytest.mark.parametrize(
    "path",
    [
        "/static/../app.py", "/static/..%2fapp.py", "/static/%2e%2e/app.py",
        "/static/..%5capp.py", "/static/....//app.py", "/static//etc/passwd",
        "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/..%00/app.py",
    ],
)  # fmt: skip
def test_path_traversal_on_static_files_is_refused(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code in (400, 404), (path, r.status_code)
    assert "create_app" not in r.text and "root:" not in r.text
