"""Every message whatweknow shows a user, in one place, with a code (as spaCy's errors.py).

A message says what went wrong and, where it can, what to do next. Codes are stable so that users
can search for them; tests refer to them by code rather than by wording.
"""

from __future__ import annotations

from enum import StrEnum


class W(StrEnum):
    """Every coded message (``W001`` …): the input problems, one per file (or record), the rest of
    the batch going on; the store's and the command line's."""

    NOT_FOUND = "W001: no such file or directory"
    EMPTY = "W002: the file is empty"
    BINARY = "W003: this looks like a binary file, not text (no article read)"
    TOO_BIG = (
        "W004: the file is {size:,} bytes, over the limit of {limit:,} (raise it with --max-bytes)"
    )
    UNDECODABLE = "W005: the text could not be decoded in any known encoding"
    NOT_ENGLISH = (
        "W006: the article is in '{lang}', not English: skipped (pass --lang-any to read it anyway)"
    )
    NO_TEXT = "W007: no article text could be extracted"
    BAD_JSON = "W008: not valid JSON ({detail})"
    BAD_RECORD = "W009: {detail}"
    BAD_FEED = "W010: not a readable RSS/Atom feed ({detail})"
    BAD_WARC = "W011: not a readable WARC file ({detail})"
    NOT_A_FILE = "W013: not a regular file"
    PERMISSION = "W014: permission denied"
    BAD_DATE = "W015: '{value}' is not a date (use YYYY-MM-DD)"
    PIPELINE_FAILED = "W016: the analysis failed: {detail} (please report this with the file)"
    STORE_FAILED = "W017: could not store the article: {detail}"
    STORE_OPEN = "W018: cannot open the store {target}: {detail}"
    STORE_DRIVER = (
        "W019: {backend} stores need the '{module}' package, which is not installed: "
        'pip install "{package}"'
    )
    STORE_NEWER = (
        "W020: the store {target} was written by a newer whatweknow (schema revision "
        "'{revision}'): upgrade whatweknow to open it"
    )
    STORE_READ = "W021: could not read the store: {detail}"
    STORE_URL = (
        "W022: '{url}' is not a store this version can open: give a file path, "
        "sqlite:///PATH or postgresql://USER@HOST/DB"
    )
    READ_FAILED = "W023: the file could not be read ({detail})"
    TOO_LONG = (
        "W024: the article is {size:,} characters, over the analysis limit of {limit:,}: "
        "split it into smaller files"
    )
    LINK_OUTSIDE = (
        "W043: a symbolic link to a place outside the folder given: not read (pass "
        "--follow-links to read it)"
    )
    LINK_NOWHERE = "W044: a symbolic link that leads nowhere (a loop, or a missing target)"
    INFLATED_TOO_BIG = (
        "W045: the compressed data expands past {limit:,} bytes: not read (a compression bomb?)"
    )
    TOO_MANY_RECORDS = (
        "W046: the file holds over {limit:,} {what}: those after the first {limit:,} are not read "
        "(split the file)"
    )
    ANALYSIS_OVER_BUDGET = (
        "W047: the analysis took over {limit:g} seconds (after the {stage} stage): stopped, "
        "nothing stored (split the article into smaller files)"
    )
    # Inputs given as addresses (http://, https://): fetched by whatweknow.readers.fetch.
    URL_SCHEME = "W050: only http:// and https:// addresses are fetched, not {scheme}://"
    URL_PRIVATE = (
        "W051: {host} is at {address}, a private, loopback or reserved address: not fetched "
        "(pass --allow-private to fetch it)"
    )
    FETCH_FAILED = "W052: the page could not be fetched ({detail})"
    FETCH_TIMEOUT = "W053: no answer from the server within {limit:g} seconds: not fetched"
    HTTP_STATUS = "W054: the server answered HTTP {status} {reason}"
    TOO_MANY_REDIRECTS = "W055: more than {limit} redirects: not followed"
    FETCH_TOO_BIG = (
        "W056: the page is over the limit of {limit:,} bytes: not read (raise it with --max-bytes)"
    )
    CONTENT_TYPE = (
        "W057: the server sent '{kind}', which is no article format (HTML, a feed, JSON, plain "
        "text or WARC)"
    )
    PAYWALLED = (
        "W058: the page has almost no article text ({letters} letters{marker}): a paywall, or a "
        "page built by scripts; save it from a browser and read the file"
    )
    NO_ARTICLES = "W059: no article files here (read: {suffixes})"
    # Requests (codes from W040, apart from the input codes above).
    SEARCH_TOO_LONG = (
        "W040: the search is {size:,} characters, over the limit of {limit:,}: search for fewer "
        "words"
    )
    SEARCH_TOO_BROAD = (
        "W041: the search has {terms} terms and {prefixes} prefix terms (word*), over the limit "
        "of {max_terms} terms and {max_prefixes} prefix terms: search for fewer words"
    )
    ANALYSIS_TIMEOUT = (
        "W042: the analysis took over {limit:g} seconds and was stopped: nothing was stored "
        "(split the file, or run wwk ingest on it)"
    )


class WhatweknowError(Exception):
    """Base class of errors raised by whatweknow's Python API."""


class InputError(WhatweknowError):
    """One input (a file, a JSONL line, a feed entry, a WARC record) could not be read."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class ModelNotFound(WhatweknowError):
    """No usable spaCy English model is installed."""


class SearchError(WhatweknowError):
    """A search over a limit on its length or its terms (W040, W041): it would cost too much."""


class StoreError(WhatweknowError):
    """The store could not be opened or written."""
