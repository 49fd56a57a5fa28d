"""People NER took for bodies, told by the role the text gives them: a person's role in
apposition ("Ana Voss, a doctor, said") or a role in lower case before a given name that NER
left out of the surname it took for a body ("co-pilot Ana Voss", NER's "Voss")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .gazetteer import Gazetteer
from .lexicons import name_words
from .mentions import MAX_NAME, PERSON_NAME_WORDS, MentionCandidate
from .roles import is_institution


def person_role(word: Token, gaz: Gazetteer) -> bool:
    """Whether a word in lower case is a person's role or occupation ("doctor", "pilot":
    ``office`` in name_words.tsv, or a role of the gazetteer), never a kind of body
    ("company")."""
    if not (word.is_lower and word.is_alpha) or is_institution(word.lower_):
        return False
    if word.lower_ in name_words()["office"]:
        return True
    role = gaz.role(word.text)
    return role is not None and not is_institution(role.forms[0].split()[-1].casefold())


def appositive_person(span: Span, gaz: Gazetteer) -> bool:
    """Whether a name of two or three capitalised words has a person's role in apposition
    right after it ("Ana Voss, a doctor at the clinic, said"): a person's name; never a name
    that ends as a body's does ("Velt Labs, a supplier"), nor one whose noun qualifies
    another ("a doctor group")."""
    doc = span.doc
    if not (
        PERSON_NAME_WORDS <= len(span) <= MAX_NAME
        and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in span)
        and span[-1].lower_ not in name_words()["ending"]
        and span.end + 2 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].lower_ in ("a", "an")
    ):
        return False
    noun = doc[span.end + 2]
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN"):
        return False  # "a doctor group": the noun qualifies another
    return noun.pos_ == "NOUN" and noun.dep_ == "appos" and person_role(noun, gaz)


_SERVES = frozenset({"for", "of", "at"})
_QUALIFIERS = frozenset({"ADJ", "NOUN"})
MAX_SERVED = 5
"""The words of the body a role serves, between "for" and the comma ("the operator", "the
Harbour Board of Osk")."""


def served_person(span: Span, gaz: Gazetteer) -> bool:
    """Whether a name is a person's, set off after a role and the body it serves
    (:func:`served_role`)."""
    return served_role(span, gaz) is not None


def served_role(span: Span, gaz: Gazetteer) -> Span | None:
    """Whether a name of two or three capitalised words is set off by commas right after a
    person's role and the body the role serves ("A spokeswoman for the operator, Dita Mauer,
    said", "the chief engineer at the plant, Ivo Brant,"): the holder of the role, a person's
    name, whatever NER took it for; never a name that ends as a body's does ("the owner of the
    ferry, Velt Marine,"). The role and the body ("spokeswoman for the operator"), or None."""
    doc = span.doc
    if not (
        PERSON_NAME_WORDS <= len(span) <= MAX_NAME
        and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in span)
        and span[-1].lower_ not in name_words()["ending"]
        and span.start >= 4
        and doc[span.start - 1].text == ","
        and span.end < len(doc)
        and doc[span.end].text == ","
    ):
        return None
    served = span.start - 2
    first = max(span.sent.start + 1, span.start - 2 - MAX_SERVED)
    while served > first and doc[served].lower_ not in _SERVES:
        if not doc[served].is_alpha or doc[served].pos_ in ("VERB", "AUX", "PRON"):
            return None  # a clause between, not one body's name
        served -= 1
    if doc[served].lower_ not in _SERVES or not person_role(doc[served - 1], gaz):
        return None
    role = served - 1
    while role > span.sent.start and doc[role - 1].is_lower and doc[role - 1].pos_ in _QUALIFIERS:
        role -= 1  # "technical director", "chief engineer": the role whole
    return doc[role : span.start - 1]


def kin_relative(span: Span) -> bool:
    """Whether a name of two or three capitalised words is followed by a relative clause on
    its kin ("Marek Brandl, whose brother is among the missing, said"; ``kin`` in
    name_words.tsv): only a person has a brother; never a name that ends as a body's does,
    nor a kin noun that qualifies another ("Velt Labs, whose sister company …")."""
    doc = span.doc
    if not (
        PERSON_NAME_WORDS <= len(span) <= MAX_NAME
        and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in span)
        and span[-1].lower_ not in name_words()["ending"]
        and span.end + 2 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].lower_ == "whose"
    ):
        return False
    noun = doc[span.end + 2]
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and after.pos_ == "NOUN":
        return False  # "whose sister company": the noun qualifies another
    return noun.is_lower and noun.lower_ in name_words()["kin"]


def _given_name_before(c: MentionCandidate, gaz: Gazetteer) -> Token | None:
    """The given name NER left out of a one-word body it took a surname for, after a
    person's role in lower case ("co-pilot Ana Voss", NER's "Voss"): a capitalised proper
    noun joined to the surname and named in no entity."""
    span, doc = c.span, c.span.doc
    if not c.from_ner or c.entry is not None or len(span) != 1 or span.start < 2:
        return None
    surname, given, role = span[0], doc[span.start - 1], doc[span.start - 2]
    if (
        surname.is_title
        and surname.is_alpha
        and surname.lower_ not in name_words()["ending"]
        and given.pos_ == "PROPN"
        and given.is_title
        and given.is_alpha
        and not given.ent_type_
        and given.dep_ == "compound"
        and given.head.i == surname.i
        and person_role(role, gaz)
    ):
        return given
    return None


def people(found: list[MentionCandidate], gaz: Gazetteer) -> list[MentionCandidate]:
    """The candidates with NER's bodies that the text gives a person's role made people:
    a name with a role in apposition (:func:`appositive_person`), after a role and the body it
    serves (:func:`served_person`) or with a relative clause on its kin (:func:`kin_relative`),
    and a surname after a role
    and a given name, which joins it (:func:`_given_name_before`); the order is kept."""
    taken = {i for c in found for i in range(c.span.start, c.span.end)}
    out = []
    for c in found:
        if c.kind != "organisation":
            out.append(c)
            continue
        given = _given_name_before(c, gaz)
        if given is not None and given.i not in taken:
            span = c.span.doc[given.i : c.span.end]
            out.append(MentionCandidate(span, "person", None, from_ner=True))
        elif (
            c.from_ner
            and c.entry is None
            and (
                appositive_person(c.span, gaz) or served_person(c.span, gaz) or kin_relative(c.span)
            )
        ):
            out.append(MentionCandidate(c.span, "person", None, from_ner=True))
        else:
            out.append(c)
    return out


def missed_appositions(
    doc: Doc, found: list[MentionCandidate], gaz: Gazetteer
) -> list[MentionCandidate]:
    """People NER missed that the text names in apposition to a person's role ("Its chief
    executive, Vera Lindt, said"): two or three capitalised proper nouns between commas, of no
    entity and no candidate, whose last word is in apposition to a role in lower case
    (:func:`person_role`) right before the first comma; never a name that ends as a body's
    does."""
    taken = {i for c in found for i in range(c.span.start, c.span.end)}
    out = []
    for tok in doc:
        if tok.dep_ != "appos" or not (tok.head.i + 2 <= tok.i):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        span = doc[start : tok.i + 1]
        if not (
            PERSON_NAME_WORDS <= len(span) <= MAX_NAME
            and all(t.is_title and t.is_alpha and not t.ent_type_ for t in span)
            and not any(t.i in taken for t in span)
            and span[-1].lower_ not in name_words()["ending"]
            and doc[start - 1].text == ","
            and tok.head.i == start - 2
            and span.end < len(doc)
            and doc[span.end].text == ","
            and person_role(tok.head, gaz)
        ):
            continue
        out.append(MentionCandidate(span, "person"))
    return out
