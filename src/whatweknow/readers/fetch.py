"""Addresses as inputs: a page fetched over HTTP(S) for the readers, at the user's request.

The only network access whatweknow makes, and only for an address a user gave. Rules:

* only ``http://`` and ``https://`` (W050): ``file://`` and the rest are refused;
* the host is resolved here, every address it resolves to is checked, and the connection is
  made to the checked address itself (the URL's host kept in the ``Host`` header and the TLS
  server name, so certificates are verified against it): a name that resolves to a private,
  loopback, link-local or reserved address is refused (W051) unless ``allow_private``, and a
  second lookup cannot swap the address (DNS rebinding). No proxy from the environment is used;
* redirects are followed here, at most :data:`MAX_REDIRECTS` (W055), each hop checked the same
  way, so a public page cannot redirect into the network the tool runs in;
* ``timeout`` seconds to connect and between reads (W053), and :data:`TOTAL_TIMEOUTS` times it
  for the whole fetch, so a server that drips bytes is stopped too;
* the body is streamed and reading stops past ``max_bytes`` (W056); compressed bodies are not
  asked for;
* the reader is chosen by the ``Content-Type`` (the readers' media types, :mod:`.registry`), by
  a look at the first bytes for types that say little (XML, JSON, none: :data:`SNIFFED_TYPES`),
  and a type that is no article format is refused (W057); the header's charset is kept for
  decoding.

:func:`fetch` gives a :class:`Fetched` (the body exactly as received, the final address, the
time of the fetch) or the :class:`~.base.ReadProblem` that stopped it. :func:`fetch_if_changed`
makes the same request conditional (``If-None-Match``, ``If-Modified-Since``, from the
:class:`Validators` of an earlier fetch): a ``304`` is :class:`NotModified`, and a ``429`` or
``503`` is :class:`Throttled`, with the seconds its ``Retry-After`` asks for.
"""

from __future__ import annotations

import codecs
import ipaddress
import re
import socket
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import httpx

from .._version import __version__
from ..errors import W
from . import registry
from .base import DEFAULT_FETCH_TIMEOUT, ReadProblem

DEFAULT_TIMEOUT = DEFAULT_FETCH_TIMEOUT
TOTAL_TIMEOUTS = 3
MAX_REDIRECTS = 5
USER_AGENT = f"whatweknow/{__version__} (news reader; fetches the pages its user asks for)"
SNIFF = "sniff"
SNIFFED_TYPES = frozenset({
    "application/json",  # an object or JSON Lines ({…}), or a list ([…])
    "text/xml",  # a feed, or XHTML
    "application/xml",
    "application/octet-stream",
    "",
})  # fmt: skip
"""Media types that say little: the reader is told by the first bytes (:data:`SNIFF`), as for
other ``text/*`` types that no reader names (:attr:`.base.Reader.media_types`); anything else is
refused (W057)."""
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]+):/", re.I)  # two letters at least: not C:/


def is_url(text: str) -> bool:
    """An address rather than a path: a scheme then ``:/`` (``https://…``, ``file:/…``; a
    Windows drive, ``C:/``, is a path)."""
    return _SCHEME.match(text) is not None


@dataclass(frozen=True)
class Validators:
    """What makes a fetch conditional: the server's ``ETag`` and ``Last-Modified``, as sent."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        found = {"If-None-Match": self.etag, "If-Modified-Since": self.last_modified}
        return {name: value for name, value in found.items() if value}


@dataclass(frozen=True)
class NotModified:
    """A ``304 Not Modified``: the page is as it was when the validators were sent."""

    url: str
    validators: Validators


@dataclass(frozen=True)
class Throttled(ReadProblem):
    """A ``429 Too Many Requests`` or ``503 Service Unavailable`` (W054), with the seconds its
    ``Retry-After`` asks to wait (None when it sent none, or one that does not parse)."""

    retry_after: float | None = None


@dataclass(frozen=True)
class Fetched:
    url: str
    """The final address, after any redirects."""
    fetched: datetime
    """When the response came (UTC)."""
    content_type: str
    """The media type, lower case, without parameters ('' when none was sent)."""
    charset: str | None
    """The charset the ``Content-Type`` names, when Python knows it."""
    raw: bytes
    """The body exactly as received."""
    validators: Validators = field(default_factory=Validators)
    """The ``ETag`` and ``Last-Modified`` the server sent, for a later conditional fetch."""

    @property
    def reader(self) -> str | None:
        """The reader for the body by its type (:data:`SNIFF`: by its bytes), None: refused."""
        found = registry.for_media_type(self.content_type)
        if found is not None:
            return found.name
        if self.content_type in SNIFFED_TYPES or self.content_type.startswith("text/"):
            return SNIFF
        return None


def fetch(
    url: str,
    *,
    max_bytes: int,
    timeout: float = DEFAULT_TIMEOUT,
    allow_private: bool = False,
    max_redirects: int = MAX_REDIRECTS,
) -> Fetched | ReadProblem:
    """The page at ``url``, or the one problem that stopped it (see the module's rules)."""
    got = _get(url, max_bytes, timeout, allow_private, max_redirects, Validators())
    assert not isinstance(got, NotModified)  # only a conditional request is answered 304
    return got


def fetch_if_changed(
    url: str,
    validators: Validators,
    *,
    max_bytes: int,
    timeout: float = DEFAULT_TIMEOUT,
    allow_private: bool = False,
    max_redirects: int = MAX_REDIRECTS,
) -> Fetched | NotModified | ReadProblem:
    """As :func:`fetch`, the request made conditional by ``validators`` (none: a plain fetch)."""
    return _get(url, max_bytes, timeout, allow_private, max_redirects, validators)


def _get(
    url: str,
    max_bytes: int,
    timeout: float,
    allow_private: bool,
    max_redirects: int,
    validators: Validators,
) -> Fetched | NotModified | ReadProblem:
    deadline = time.monotonic() + timeout * TOTAL_TIMEOUTS
    with httpx.Client(
        timeout=httpx.Timeout(timeout), follow_redirects=False, trust_env=False
    ) as client:
        try:
            return _fetch(
                client, url, max_bytes, timeout, allow_private, max_redirects, deadline, validators
            )
        except httpx.TimeoutException:
            return ReadProblem(url, W.FETCH_TIMEOUT.format(limit=timeout))
        except (httpx.HTTPError, httpx.InvalidURL, OSError, UnicodeError, ValueError) as exc:
            return ReadProblem(url, W.FETCH_FAILED.format(detail=_detail(exc)))


def _fetch(
    client: httpx.Client,
    url: str,
    max_bytes: int,
    timeout: float,
    allow_private: bool,
    max_redirects: int,
    deadline: float,
    validators: Validators,
) -> Fetched | NotModified | ReadProblem:
    given = url
    for _ in range(max_redirects + 1):
        if time.monotonic() > deadline:  # slow hops, one after another
            return ReadProblem(given, W.FETCH_TIMEOUT.format(limit=timeout * TOTAL_TIMEOUTS))
        target = httpx.URL(url)
        if target.scheme not in ("http", "https"):
            return ReadProblem(given, W.URL_SCHEME.format(scheme=target.scheme or "?"))
        host = target.raw_host.decode("ascii")
        if not host:
            return ReadProblem(given, W.FETCH_FAILED.format(detail="the address has no host"))
        addresses = _resolve(host, target.port or (443 if target.scheme == "https" else 80))
        blocked = next((a for a in addresses if not _public(a)), None)
        if blocked is not None and not allow_private:
            return ReadProblem(given, W.URL_PRIVATE.format(host=host, address=blocked))
        address = addresses[0]  # the address checked is the one connected to
        request = client.build_request(
            "GET",
            target.copy_with(host=address, username=None, password=None, fragment=None),
            headers={
                "Host": target.netloc.decode("ascii"),
                "User-Agent": USER_AGENT,
                "Accept": "text/html, application/xhtml+xml, application/rss+xml, "
                "application/atom+xml, application/json, text/plain;q=0.9, */*;q=0.5",
                "Accept-Encoding": "identity",
                **validators.headers(),
            },
            extensions={"sni_hostname": host} if target.scheme == "https" else {},
        )
        response = client.send(request, stream=True)
        try:
            if response.status_code in _REDIRECTS and "location" in response.headers:
                url = urljoin(str(target), response.headers["location"])
                continue
            status = response.status_code
            if status == 304 and validators.headers():
                return NotModified(str(target), _validators(response, validators))
            if not 200 <= status < 300:
                problem = W.HTTP_STATUS.format(status=status, reason=response.reason_phrase)
                if status in (429, 503):
                    return Throttled(given, problem, _retry_after(response))
                return ReadProblem(given, problem)
            body = _body(response, max_bytes, deadline)
            if body is None:
                return ReadProblem(given, W.FETCH_TOO_BIG.format(limit=max_bytes))
            if isinstance(body, float):
                return ReadProblem(given, W.FETCH_TIMEOUT.format(limit=timeout * TOTAL_TIMEOUTS))
            kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
            charset = _charset(response)
            found = _validators(response, Validators())
            return Fetched(str(target), datetime.now(UTC), kind, charset, body, found)
        finally:
            response.close()
    return ReadProblem(given, W.TOO_MANY_REDIRECTS.format(limit=max_redirects))


def _resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, IPv4 ones first."""
    found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    ordered = sorted(found, key=lambda info: info[0] != socket.AF_INET)
    return list(dict.fromkeys(str(info[4][0]).split("%")[0] for info in ordered))


def _public(address: str) -> bool:
    """A globally routable unicast address (an IPv4-mapped IPv6 address by its IPv4 one)."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _body(response: httpx.Response, max_bytes: int, deadline: float) -> bytes | float | None:
    """The body; None past ``max_bytes``; the deadline (a float) when it passed first."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        return None
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            return None
        chunks.append(chunk)
        if time.monotonic() > deadline:
            return deadline
    return b"".join(chunks)


def _validators(response: httpx.Response, sent: Validators) -> Validators:
    """The response's validators; those a 304 leaves out stay as they were sent."""
    etag = response.headers.get("etag") or sent.etag
    return Validators(etag, response.headers.get("last-modified") or sent.last_modified)


def _retry_after(response: httpx.Response) -> float | None:
    """``Retry-After`` in seconds: a number of seconds, or an HTTP date (from now)."""
    value = response.headers.get("retry-after", "").strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _charset(response: httpx.Response) -> str | None:
    name = response.charset_encoding
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _detail(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__
