"""The security of the server: headers on every response (a strict Content-Security-Policy),
a limit on request bodies, and the write check (token, read-only mode)."""

from __future__ import annotations

import hmac

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import ApiError, Code, error_response

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


class SecurityHeaders:
    """Adds :data:`HEADERS` to every HTTP response (errors included). It wraps the whole app,
    Starlette's ServerErrorMiddleware too (see app.py), so an unhandled exception's 500 has them;
    should no response have started when an exception comes through (the 500 handler failed),
    it answers the 500 itself (the API's error body, no exception text), then re-raises."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            if not started:
                response = error_response(Request(scope), 500, Code.INTERNAL, "internal error")
                await response(scope, receive, send_with_headers)
            raise


class TooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is over the limit of {limit:,} bytes")


class BodyLimit:
    """Refuses a request whose body is over ``max_body`` bytes with 413: at once when its
    Content-Length says so, else as soon as more than that has been received."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            big = length.isdigit()
            status, code = (413, Code.TOO_LARGE) if big else (400, Code.INVALID)
            message = str(TooLarge(self.max_body).detail) if big else "bad Content-Length"
            await error_response(None, status, code, message)(scope, receive, send)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise TooLarge(self.max_body)
            return message

        await self.app(scope, limited, send)


def check_write(
    *, read_only: bool, expected: str | None, given: str | None, what: str = "this request"
) -> None:
    """Raise the :class:`ApiError` that refuses a write, if any: read-only mode, no token
    configured on the server, or a missing or wrong token."""
    if read_only:
        raise ApiError(403, Code.READ_ONLY, f"the server is read-only: {what} is refused")
    if not expected:
        raise ApiError(
            403, Code.WRITES_DISABLED, "writes are disabled: start the server with WWK_TOKEN set"
        )
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise ApiError(
            401,
            Code.UNAUTHORIZED,
            "a valid token is needed: send 'Authorization: Bearer TOKEN'",
        )


def bearer(header: str | None) -> str | None:
    """The token of an ``Authorization: Bearer TOKEN`` header."""
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    return value.strip() or None if scheme.lower() == "bearer" else None
