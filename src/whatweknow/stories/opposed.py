"""Claims that say opposite things in shared words, and claims that assert nothing of either
part: kept apart when claims merge across articles, never corroboration of each other.

* :func:`opposed`: two claims whose distinguishing words are opposites (``data/opposites.tsv``:
  "the barge was 3 km inside the closed zone" and "the barge was just outside the closed
  zone"): the two sides of a question, however many other words they share. A word that both
  claims have distinguishes neither.
* :func:`conditional`: a sentence that says what follows if something holds
  (``data/conditionals.tsv``: "If the barge was inside the zone, the police could stop it",
  "Should the talks fail, …", "… unless the court rules"): it asserts neither its condition
  nor what follows, so it is no report of either.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..stages._lists import kinded_lists

_PACKAGE = __package__ or "whatweknow.stories"
_WORD = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=1)
def _pairs() -> dict[str, frozenset[str]]:
    """Each word of ``data/opposites.tsv`` with its opposites."""
    out: dict[str, set[str]] = {}
    for first, seconds in kinded_lists(_PACKAGE, "opposites.tsv").items():
        for second in seconds:
            a, b = first.casefold(), second.casefold()
            out.setdefault(a, set()).add(b)
            out.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in out.items()}


def _words(text: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _WORD.findall(text))


def opposed(a: str, b: str) -> bool:
    """Whether two claims' distinguishing words are opposites: a word of one, not of the other,
    whose opposite the other has and the first has not ("inside" / "outside")."""
    pairs = _pairs()
    mine, theirs = _words(a), _words(b)
    return any(
        word in pairs and not pairs[word].isdisjoint(theirs - mine) for word in mine - theirs
    )


@lru_cache(maxsize=1)
def _conditional() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str]]:
    rows = kinded_lists(_PACKAGE, "conditionals.tsv")

    def alts(kind: str) -> str:
        words = sorted(rows.get(kind, []), key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)

    opener = re.compile(rf"(?<![\w'’-])(?:{alts('opener')})(?![\w'’-])", re.IGNORECASE)
    inverted = re.compile(rf"^\W*(?:{alts('inverted')})\s+[^,;:?!.]{{2,120}},", re.IGNORECASE)
    asking = frozenset(w.casefold() for w in rows.get("asking", []))
    acts = frozenset(w.casefold() for w in rows.get("act", []))
    return opener, inverted, asking, acts


def conditional(text: str) -> bool:
    """Whether a claim's words are a conditional (see the module doc): a conditional opener
    ("if", "unless") not after a word that makes it a question ("asked if", "unclear if"), nor
    after a verb of an act whose content it conditions ("threatened to suspend the club unless
    it paid": the threat happened), or a sentence opened by an inverted condition ("Should the
    talks fail, …")."""
    opener, inverted, asking, acts = _conditional()
    if inverted.search(text) is not None:
        return True
    for found in opener.finditer(text):
        before = [w.casefold() for w in _WORD.findall(text[: found.start()])]
        if not before:
            return True
        if before[-1] not in asking and acts.isdisjoint(before):
            return True
    return False
