"""An unhandled exception in a route: a 500 with the security headers and the API's error body
(JSON under /api/, an HTML page elsewhere), never the exception's text or a traceback."""

from __future__ import annotations

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.testclient import TestClient

from whatweknow.web import create_app
from whatweknow.web.security import HEADERS

from .conftest import TOKEN, Site

SECRET = "secret-detail-4711 at /etc/whatweknow/db-password"


def _boom() -> None:
    raise RuntimeError(SECRET)


def app_with_failing_routes(site: Site) -> FastAPI:
    app = create_app(str(site.db), token=TOKEN, read_only=False, max_body=100_000)
    app.add_api_route("/api/v1/test-boom", _boom)
    app.add_api_route("/test-boom", _boom)
    return app


def assert_safe_500(response: httpx.Response) -> None:
    assert response.status_code == 500
    for name, value in HEADERS:
        assert response.headers.get(name.decode()) == value.decode(), name
    for leak in (SECRET, "secret-detail", "RuntimeError", "Traceback", "_boom"):
        assert leak not in response.text, leak


def test_an_unhandled_exception_is_a_json_500_with_the_headers(site: Site) -> None:
    client = TestClient(app_with_failing_routes(site), raise_server_exceptions=False)
    got = client.get("/api/v1/test-boom")
    assert_safe_500(got)
    assert got.headers["content-type"].startswith("application/json")
    assert got.json() == {"error": {"code": "internal_error", "message": "internal error"}}


def test_an_unhandled_exception_on_a_page_is_an_html_500_with_the_headers(site: Site) -> None:
    client = TestClient(app_with_failing_routes(site), raise_server_exceptions=False)
    got = client.get("/test-boom")
    assert_safe_500(got)
    assert got.headers["content-type"].startswith("text/html")
    assert 'data-code="internal_error"' in got.text and "500 Internal Server Error" in got.text


def test_the_exception_still_reaches_the_server_for_its_log(site: Site) -> None:
    client = TestClient(app_with_failing_routes(site), raise_server_exceptions=True)
    try:
        client.get("/api/v1/test-boom")
    except RuntimeError as exc:
        assert str(exc) == SECRET
    else:
        raise AssertionError("the exception was swallowed: uvicorn would not log it")


def test_a_failing_500_handler_still_gives_a_safe_500(site: Site) -> None:
    app = app_with_failing_routes(site)

    async def broken(_request: Request, exc: Exception) -> Response:
        raise ValueError(f"handler failed on {exc}")

    app.add_exception_handler(Exception, broken)  # replaces the 'internal' handler
    got = TestClient(app, raise_server_exceptions=False).get("/api/v1/test-boom")
    assert_safe_500(got)
    assert got.json()["error"]["code"] == "internal_error"
    assert "handler failed" not in got.text


def test_other_errors_keep_the_headers_too(site: Site) -> None:
    client = TestClient(app_with_failing_routes(site), raise_server_exceptions=False)
    for path, status in (("/api/v1/articles/nope", 404), ("/nope", 404)):
        got = client.get(path)
        assert got.status_code == status
        for name, value in HEADERS:
            assert got.headers.get(name.decode()) == value.decode(), (path, name)
