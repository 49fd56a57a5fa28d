"""Surface forms: the lookup key of a name (:func:`normalise`), the case rules that keep common
words out, and the index from keys to the entries whose forms have them.

Surface forms are matched after :func:`normalise`: Unicode compatibility folding, accents
dropped, curly quotes and dashes made plain, whitespace collapsed, a leading "the" dropped and the
result lower-cased. So "the Élysée" finds "Elysee" and "Sao Paulo" finds "São Paulo". Two case
rules keep common words out: a form that is an acronym in the data ("US", "WHO", "U.S.") only
matches text written in capitals, or text of four or more letters that starts with a capital
("Nato"), never "us" or "who"; and a form with a capital letter ("Memorial", "Fed", "Moscow")
does not match text written all in small letters ("memorial", "fed", "moscow").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import TypeAlias

from .records import Entry

_PUNCT = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        # Letters that Unicode does not decompose into a base letter and an accent.
        "\u0131": "i",
        "\u0142": "l",
        "\u0141": "L",
        "\u00f8": "o",
        "\u00d8": "O",
        "\u0111": "d",
        "\u0110": "D",
        "\u00df": "ss",
        "\u00e6": "ae",
        "\u00c6": "AE",
        "\u0153": "oe",
        "\u0152": "OE",
    }
)
_SPACE = re.compile(r"\s+")


def normalise(surface: str) -> str:
    """The lookup key of a surface form (see the module's docstring)."""
    text = unicodedata.normalize("NFKD", surface.translate(_PUNCT))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _SPACE.sub(" ", text).strip().casefold()
    if text.startswith("the "):
        text = text[4:]
    return text


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalpha())


def is_acronym(form: str) -> bool:
    """``US``, ``U.S.``, ``NATO``, ``G7``: two or more letters, all capitals."""
    letters = _letters(form)
    return len(letters) >= 2 and letters.isupper()


def _form_matches(form: str, surface: str) -> bool:
    """Whether ``surface`` (same key as ``form``) may be read as ``form``: the case rules."""
    letters = _letters(surface)
    if is_acronym(form):
        return letters.isupper() or (len(letters) >= 4 and letters[0].isupper())
    if any(ch.isupper() for ch in form):
        return letters != letters.lower()
    return True


_Index: TypeAlias = dict[str, list[tuple[str, Entry]]]


def _add(index: _Index, entry: Entry) -> None:
    seen: set[tuple[str, str]] = set()
    for form in entry.forms:
        key = normalise(form)
        if not key or (key, form) in seen:
            continue
        seen.add((key, form))
        index.setdefault(key, []).append((form, entry))


def _match(index: Mapping[str, Sequence[tuple[str, Entry]]], surface: str) -> list[Entry]:
    out: list[Entry] = []
    for form, entry in index.get(normalise(surface), ()):
        if _form_matches(form, surface) and entry not in out:
            out.append(entry)
    return out
