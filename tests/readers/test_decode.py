from __future__ import annotations

import codecs

import pytest
from reader_helpers import code

from whatweknow.readers.base import ReadProblem
from whatweknow.readers.decode import decode

STORY = "Flood warning lifted\r\n\r\nThe river fell below the alert level overnight.\r\n"
QUOTED = "“We reopened the café on Monday,” said the owner, Renée Dubois. “It’s been a long week.”"


def test_utf8_kept_exactly_as_read() -> None:
    assert decode(STORY.encode("utf-8"), "a.txt") == STORY  # \r\n kept


def test_utf8_bom_is_stripped() -> None:
    assert decode(codecs.BOM_UTF8 + QUOTED.encode("utf-8"), "a.txt") == QUOTED


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    raw = QUOTED.encode(codec)
    if codec != "utf-16":
        raw = (codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE) + raw
    assert decode(raw, "a.txt") == QUOTED


def test_cp1252_curly_quotes_and_accents() -> None:
    assert decode(QUOTED.encode("cp1252"), "a.txt") == QUOTED


def test_short_cp1252_text() -> None:
    text = "Café owner’s reply"
    assert decode(text.encode("cp1252"), "a.txt") == text


def test_latin1_text() -> None:
    text = "The crème brûlée stall at the Zürich fair sold out by noon, organisers said."
    assert decode(text.encode("latin-1"), "a.txt") == text


@pytest.mark.parametrize(
    "raw",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        bytes(range(1, 32)) * 20 + b"some words",
    ],
    ids=["nul-bytes", "control-characters"],
)
def test_binary(raw: bytes) -> None:
    assert code(decode(raw, "img.png")) == "W003"


@pytest.mark.parametrize("raw", [b"", b"  \r\n\t\n", codecs.BOM_UTF8 + b"\n\n"])
def test_empty(raw: bytes) -> None:
    result = decode(raw, "empty.txt")
    assert isinstance(result, ReadProblem)
    assert code(result) == "W002"
    assert result.source == "empty.txt"
