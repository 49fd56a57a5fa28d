"""People the text names where NER found one too few.

A pass over an article's text, after the mentions are in and before short names are joined to
full ones (:class:`.resolve.Resolver`): a second person of a surname already named in full
whose given name NER left out ("Dara Quist, who …" beside "her son Tobias Quist"), so that the
surname alone never makes two people one. (A name behind ranks or titles that NER missed,
"Detective Superintendent Orla Venn said …", is a mention candidate:
:func:`.mentions.titled_candidates`.)
"""

from __future__ import annotations

from spacy.tokens import Span

from .resolve import Resolver
from .roles import is_title


def find_namesakes(res: Resolver, doc_span: Span) -> None:
    """A second person of a surname already named in full, whose given name NER left out
    ("Dara Quist, who …" where only "Tobias Quist" is a name): the capitalised word right
    before the surname, no role and of no other entity, with no capitalised word before it,
    names another person, who gets a party of their own (and the surname alone never
    makes them one with the first)."""
    doc = doc_span.doc
    given: dict[str, set[str]] = {}
    for p in res.parties.values():
        words = p.name.split()
        if p.type == "person" and len(words) > 1:
            given.setdefault(words[-1], set()).add(words[0])
    for tok in doc_span:
        known = given.get(tok.text)
        if not known or tok.i - 1 < doc_span.start:
            continue
        first = doc[tok.i - 1]
        if not (
            first.pos_ == "PROPN"
            and first.is_alpha
            and first.text[:1].isupper()
            and first.text not in known
            and first.ent_type_ in ("", "PERSON")
            and res.gaz.role(first.text) is None
            and not is_title(first.text)
        ):
            continue
        if first.i > doc_span.start and doc[first.i - 1].text[:1].isupper():
            continue
        span = doc[first.i : tok.i + 1]
        if any(
            s.start < span.end and span.start < s.end and p.type != "person"
            for p in res.parties.values()
            for s, _ in p.mentions
        ):
            continue
        for p in list(res.parties.values()):  # the surname's token, taken for someone
            p.mentions = [
                (s, a) for s, a in p.mentions if not (s.start < span.end and span.start < s.end)
            ]
            if not p.mentions and p.type == "person" and not p.fixed:
                del res.parties[p.key]
        res.add_person(span)
        known.add(first.text)
