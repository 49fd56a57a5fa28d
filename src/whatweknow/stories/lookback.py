"""Look-backs: the clauses in which an article about one matter looks back at another ("The
recall comes days after a separate recall at a dairy left 40 people ill."; "The mayor, who has
faced questions this week over the recall, opened a library."), from ``data/lookbacks.tsv``.

What such a clause names (the other matter's places, people, words, dates) makes no clustering
key of the article (:func:`~.cluster.article_keys`): an article whose keys shared with a story
come from one such line joins it only if the rest of the article shares the story's event too.
The spans are character offsets into the article's text as read.
"""

from __future__ import annotations

import re
from functools import cache

from ..contract import Dossier
from ..stages._lists import kinded_lists
from .text import content_terms

_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s|$)|\n")
_CLAUSE_END = re.compile(r",|[.!?][\"'\u201d\u2019)]*(?=\s|$)|\n")


@cache
def cues() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """``(kind, words)`` of each look-back of ``data/lookbacks.tsv``, lower case, by its first
    word (never ``*``); ``*`` is any one word."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for kind, phrases in kinded_lists(__package__, "lookbacks.tsv").items():
        for phrase in phrases:
            cue = tuple(phrase.lower().split())
            out.setdefault(cue[0], []).append((kind, cue))
    return {first: tuple(found) for first, found in out.items()}


def spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each look-back in ``text``: from its first word to the end of
    the sentence (``sentence``) or of the clause (``clause``: the next comma), merged where they
    overlap."""
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    found: list[tuple[int, int]] = []
    listed = cues()
    for i, (_, _, first) in enumerate(words):
        for kind, cue in listed.get(first, ()):
            if i + len(cue) > len(words):
                continue
            if all(c == "*" or c == words[i + j][2] for j, c in enumerate(cue)):
                # the words must run in one sentence: no sentence end between them
                start, last = words[i][0], words[i + len(cue) - 1][1]
                if _SENTENCE_END.search(text, start, last):
                    continue
                end_re = _CLAUSE_END if kind == "clause" else _SENTENCE_END
                m = end_re.search(text, last)
                found.append((start, len(text) if m is None else m.start()))
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def inside(start: int, end: int, within: list[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` lies in one of the spans ``within``."""
    return any(s <= start and end <= e for s, e in within)


def blanked(text: str, within: list[tuple[int, int]]) -> str:
    """``text`` with the spans ``within`` blanked out (spaces; its length and the other
    characters' offsets kept)."""
    if not within:
        return text
    chars = list(text)
    for s, e in within:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def named(dossier: Dossier, within: list[tuple[int, int]]) -> dict[str, int]:
    """The clustering keys of what the look-backs ``within`` name: ``a:``/``p:`` for each actor
    with a mention there, ``t:`` for each content term there (what the other matter is)."""
    out: dict[str, int] = {}
    if not within:
        return out
    for actor in dossier.actors:
        if actor.key and actor.type != "group":
            n = sum(1 for m in actor.mentions if inside(m.start, m.end, within))
            if n:
                k = f"{'p' if actor.type in ('place', 'state') else 'a'}:{actor.key}"
                out[k] = out.get(k, 0) + n
    text = dossier.article.text
    for s, e in within:
        for term in content_terms(text[s:e]):
            out[f"t:{term}"] = out.get(f"t:{term}", 0) + 1
    return out
