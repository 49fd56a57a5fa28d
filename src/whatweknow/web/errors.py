"""Errors as JSON with stable codes (``{"error": {"code": ..., "message": ...}}``) under
``/api/``, and as a small HTML page elsewhere."""

from __future__ import annotations

import re
from enum import StrEnum
from http import HTTPStatus
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from markupsafe import escape
from pydantic import BaseModel
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import SearchError

RETRY_AFTER = 2
"""Seconds, in ``Retry-After`` of a 503."""


class Code(StrEnum):
    """The stable error codes of the API."""

    NOT_FOUND = "not_found"
    INVALID = "invalid_request"
    UNAUTHORIZED = "unauthorized"
    WRITES_DISABLED = "writes_disabled"
    READ_ONLY = "read_only"
    TOO_LARGE = "payload_too_large"
    UNSUPPORTED = "unsupported_media_type"
    UNREADABLE = "unreadable_article"
    METHOD = "method_not_allowed"
    UNAVAILABLE = "briefing_unavailable"
    BUSY = "busy"
    INTERNAL = "internal_error"


_BY_STATUS = {
    401: Code.UNAUTHORIZED,
    404: Code.NOT_FOUND,
    405: Code.METHOD,
    413: Code.TOO_LARGE,
    415: Code.UNSUPPORTED,
    422: Code.INVALID,
    503: Code.BUSY,
}


class ApiError(Exception):
    """An error with its HTTP status and stable code."""

    def __init__(
        self, status: int, code: Code, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


class ErrorBody(BaseModel):
    code: str
    message: str
    details: list[dict[str, Any]] | None = None


class ErrorOut(BaseModel):
    """What every failed API request returns."""

    error: ErrorBody


class Moved(Exception):
    """A story id that a rebuild merged into another story (``store.story(old).id`` is not
    ``old``): the request is answered with a ``308 Permanent Redirect`` to the same request with
    the story's id, in the path (``/stories/{id}``) or in the ``story`` parameter. The redirect
    is permanent: a rebuild never gives a redirected id to a story again (see
    :mod:`whatweknow.stories.ids`); if its target is merged later, that one redirects in turn."""

    def __init__(self, old: int, new: int) -> None:
        super().__init__(f"story {old} is now story {new}")
        self.old = old
        self.new = new


def moved_location(request: Request, old: int, new: int) -> str:
    """The request's path and query with story id ``old`` replaced by ``new``."""
    path = re.sub(rf"/stories/{old}(?=/|$)", f"/stories/{new}", request.url.path, count=1)
    pairs = [
        (k, str(new) if k == "story" and v.strip() == str(old) else v)
        for k, v in request.query_params.multi_items()
    ]
    return path + (f"?{urlencode(pairs)}" if pairs else "")


def not_found(what: str) -> ApiError:
    return ApiError(404, Code.NOT_FOUND, f"no such {what}")


def error_response(
    request: Request | None,
    status: int,
    code: Code,
    message: str,
    details: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """JSON under ``/api/`` (and when no request is known), a small HTML page elsewhere."""
    headers = {**(headers or {}), **({"WWW-Authenticate": "Bearer"} if status == 401 else {})}
    if request is None or request.url.path.startswith("/api/"):
        body = ErrorOut(error=ErrorBody(code=code, message=message, details=details))
        return JSONResponse(body.model_dump(exclude_none=True), status, headers=headers)
    phrase = HTTPStatus(status).phrase
    page = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f'<title>{status} {escape(phrase)}</title><link rel="stylesheet" href="/static/app.css">'
        f'</head><body><main><h1>{status} {escape(phrase)}</h1><p class="error" '
        f'data-code="{escape(code)}">{escape(message)}</p><p><a href="/">Stories</a></p>'
        "</main></body></html>"
    )
    return HTMLResponse(page, status, headers=headers)


def waited(exc: BaseException | None) -> bool:
    """Whether ``exc`` (or what it was raised from) is a wait for the database that timed out:
    no connection free in the pool, or SQLite's lock held past ``busy_timeout``."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, PoolTimeout):
            return True
        if isinstance(exc, OperationalError) and "locked" in str(exc).lower():
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _details(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [
        {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", ""))}
        for e in exc.errors()
    ]


def install(app: FastAPI) -> None:
    """Register the handlers that turn every error into the shapes above."""

    async def api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return error_response(request, exc.status, exc.code, exc.message, headers=exc.headers)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        code = _BY_STATUS.get(exc.status_code, Code.INVALID)
        message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        return error_response(request, exc.status_code, code, message)

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        details = _details(exc)
        where = "; ".join(f"{'.'.join(d['loc'])}: {d['msg']}" for d in details)
        return error_response(request, 422, Code.INVALID, f"invalid request ({where})", details)

    async def internal(request: Request, exc: Exception) -> Response:
        if waited(exc):  # the pool or a lock of the database: busy, not broken
            headers = {"Retry-After": str(RETRY_AFTER)}
            message = "the database is busy: try again shortly"
            return error_response(request, 503, Code.BUSY, message, headers=headers)
        return error_response(request, 500, Code.INTERNAL, "internal error")

    async def search_error(request: Request, exc: Exception) -> Response:
        return error_response(request, 422, Code.INVALID, str(exc))

    async def overflow(request: Request, exc: Exception) -> Response:
        # Every integer parameter is bounded (limits.py): this is the net under them.
        return error_response(request, 422, Code.INVALID, "a number is out of range")

    async def moved(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, Moved)
        location = moved_location(request, exc.old, exc.new)
        headers = {"Location": location}
        if request.url.path.startswith("/api/"):
            body = {"moved": {"from": exc.old, "to": exc.new, "location": location}}
            return JSONResponse(body, 308, headers=headers)
        page = (
            '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Moved</title>'
            f'</head><body><p>Story {exc.old} is now <a href="{escape(location)}">story '
            f"{exc.new}</a>.</p></body></html>"
        )
        return HTMLResponse(page, 308, headers=headers)

    app.add_exception_handler(Moved, moved)
    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(SearchError, search_error)
    app.add_exception_handler(OverflowError, overflow)
    app.add_exception_handler(Exception, internal)
