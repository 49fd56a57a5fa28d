"""People the text names where NER found no one, or found one too few.

Two passes over an article's text, after the mentions are in and before short names are joined
to full ones (:class:`.resolve.Resolver`): a name behind titles that NER missed ("Detective
Superintendent Orla Venn said …"), and a second person of a surname already named in full
whose given name NER left out ("Dara Quist, who …" beside "her son Tobias Quist"), so that
the surname alone never makes two people one.
"""

from __future__ import annotations

from spacy.tokens import Span

from .resolve import Resolver
from .roles import ends_as_organisation, is_title


def find_titled(res: Resolver, doc_span: Span) -> None:
    """A person NER missed behind their titles ("Detective Superintendent Orla Venn said
    …"): one or more titles (``data/name_words.tsv``), then two or three capitalised proper
    nouns of no entity, none a title or a role, the last not ending a body's name, are that
    person's name (the titles left out of it)."""
    doc = doc_span.doc
    i = doc_span.start
    while i < doc_span.end:
        tok = doc[i]
        if not (tok.text[:1].isupper() and is_title(tok.text) and tok.ent_type_ == ""):
            i += 1
            continue
        j = i
        while j < doc_span.end and doc[j].text[:1].isupper() and is_title(doc[j].text):
            j += 1
        k = j
        while (
            k < doc_span.end
            and k - j < 4
            and doc[k].pos_ == "PROPN"
            and doc[k].is_alpha
            and doc[k].text[:1].isupper()
            and doc[k].ent_type_ == ""
            and not is_title(doc[k].text)
            and res.gaz.role(doc[k].text) is None
        ):
            k += 1
        if 2 <= k - j <= 3 and not ends_as_organisation(doc[j:k].text):
            span = doc[j:k]
            taken = any(
                s.start < span.end and span.start < s.end
                for p in res.parties.values()
                for s, _ in p.mentions
            )
            if not taken:
                res.add_person(span)
        i = max(k, i + 1)


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
