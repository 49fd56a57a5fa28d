"""States the gazetteer does not know, marked as states by the text's government cues.

A name the gazetteer has no entry for ("Orlend" in a story of invented or little-known
countries) is typed by NER as a person, a body or a place, often each in turn. The text says it
is a state when it gives it what only a state has (the words are ``data/state_cues.tsv``):

- an organ after its possessive: "X's foreign ministry", "X's prime minister", "X's customs
  service" (the organ word is the head or one of its modifiers; "X's regional government",
  "X's city council" are no cue: ``local`` words);
- the name after an organ and "of": "the government of X" ("the X government" is no cue: a
  party's name stands there as often, "the Labour government");
- a kind in apposition: "X, a country under an embargo", "the country, X";
- a demonym of it (the name and a suffix, "Dalmenia" → "Dalmenian") that qualifies an organ or
  a people word: "Xian officials", "the Xian foreign ministry", "Xian waters".

A name NER always took for a place is a state only by an organ no region has (``sovereign``
words: "X's foreign ministry", "the X ambassador", "the embassy of X") or a kind in apposition:
a region has a government, a parliament and officials, and the place is no wrong type for it.

Precision first: a name the text also says is a body's (it ends as bodies' names do, or an
institution noun names its kind) is never a state, nor one that a ``body`` word follows
anywhere in the text ("the X party", "X Party"); one cue in the article is enough, since
persons and firms do not have foreign ministries.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from spacy.tokens import Span, Token

from .lexicons import kind_words

KINDS = ("organ", "of", "people", "kind", "local", "body", "suffix", "sovereign")


@cache
def cue_words() -> dict[str, frozenset[str]]:
    """Cue words by kind (``data/state_cues.tsv``)."""
    return kind_words("state_cues.tsv", KINDS)


def _words(head: Token) -> list[Token]:
    """A noun with the modifiers right before it ("foreign ministry", "customs service")."""
    mods = [t for t in head.lefts if t.dep_ in ("compound", "amod", "nmod") and t.i < head.i]
    return [*mods, head]


def _organ(head: Token, sovereign: bool = False) -> bool:
    """Whether a noun, with its modifiers, names a state's organ and no local body's
    (``sovereign``: an organ no region has)."""
    cues = cue_words()
    organs = cues["sovereign" if sovereign else "organ"]
    words = [t.lower_ for t in _words(head)]
    pairs = {f"{a} {b}" for a, b in pairwise(words)}
    if any(w in cues["local"] for w in words):
        return False
    return any(w in organs for w in words) or bool(pairs & organs)


def _marks(tok: Token, sovereign: bool = False) -> bool:
    """Whether the text marks the name whose last word is ``tok`` as a state there
    (``sovereign``: by an organ no region has, or a kind)."""
    cues = cue_words()
    doc = tok.doc
    possessive = tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "POS"
    if (tok.dep_ == "poss" or possessive) and tok.head.i != tok.i and _organ(tok.head, sovereign):
        return True
    prep = tok.head
    by_organ = _organ(prep.head, True) if sovereign else prep.head.lower_ in cues["of"]
    if tok.dep_ == "pobj" and prep.lower_ == "of" and by_organ:
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in cues["kind"] for c in tok.children):
        return True
    return tok.dep_ == "appos" and tok.head.lemma_.lower() in cues["kind"]


def demonyms(name: str) -> frozenset[str]:
    """The words that would be demonyms of a one-word name ("Sarvia": "Sarvian", "Sarviaese" …)."""
    return frozenset(name + s for s in cue_words()["suffix"])


def _demonym_marks(tok: Token, sovereign: bool = False) -> bool:
    cues = cue_words()
    head = tok.head
    return (
        tok.dep_ in ("amod", "compound", "nmod")
        and head.i != tok.i
        and (_organ(head, sovereign) or (not sovereign and head.lower_ in cues["people"]))
    )


def marked_states(doc_span: Span, names: set[str], sovereign: bool = False) -> set[str]:
    """Of ``names`` (one capitalised word each), those the text of ``doc_span`` marks as a
    state at least once: by a cue on the name itself or on a demonym of it; ``sovereign``: only
    by an organ no region has ("X's embassy", "the Xian foreign ministry") or a kind ("X, a
    country …"), the cues for names NER took for places."""
    found: set[str] = set()
    adjectives = {d: n for n in names for d in demonyms(n)}
    bodies = cue_words()["body"]
    doc = doc_span.doc
    names = {
        n
        for n in names
        if not any(
            t.text == n and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in bodies for t in doc
        )
    }
    for tok in doc_span:
        if tok.text in names and tok.text not in found and _marks(tok, sovereign):
            found.add(tok.text)
        elif (name := adjectives.get(tok.text)) is not None and _demonym_marks(tok, sovereign):
            found.add(name)
    return found
