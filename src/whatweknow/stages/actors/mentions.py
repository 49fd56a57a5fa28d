"""MentionCandidate mentions: NER entities, corrected and completed by the gazetteer.

Sources of candidates, merged without overlaps (longest first; a gazetteer entry beats a bare
NER label of the same extent):

- spaCy's entities (PERSON, ORG, GPE, LOC, FAC, NORP);
- a person's name after a rank or title ("Detective Superintendent Tarn Oswy": ``data/ranks.tsv``);
- gazetteer surface forms (countries, capitals and cities, seats of government, organisations,
  leaders, user entries), matched on lower-cased tokens and then checked for case;
- demonyms ("Iranian", "North Korean") not already inside a name;
- collective sources: plural role nouns such as "analysts", "officials", "Japanese media",
  with their modifiers ("senior Western diplomats"), and "people here".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Literal

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .gazetteer import (
    Country,
    Entry,
    Gazetteer,
    Leader,
    Organisation,
    Place,
    Seat,
    UserActor,
    normalise,
)
from .lexicons import given_name, name_words, shared_names

Kind = Literal["person", "organisation", "country", "place", "seat", "demonym", "group", "norp"]

NER_KINDS: dict[str, Kind] = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "norp",
}
_MISREAD_BODIES = frozenset({"LAW", "PRODUCT", "WORK_OF_ART"})
"""NER labels under which a name that ends as bodies' names do is still a body's."""
_GROUP_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
_CALENDAR = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
})  # fmt: skip
_HERE = frozenset({"here", "there"})


@dataclass
class MentionCandidate:
    span: Span
    kind: Kind
    entry: Entry | None = None
    from_ner: bool = False

    @property
    def length(self) -> int:
        return self.span.end - self.span.start


def entry_kind(entry: Entry) -> Kind:
    if isinstance(entry, Country):
        return "country"
    if isinstance(entry, Place):
        return "place"
    if isinstance(entry, Seat):
        return "seat"
    if isinstance(entry, Organisation):
        return "organisation"
    if isinstance(entry, Leader):
        return "person"
    if isinstance(entry, UserActor):
        return {"person": "person", "state": "country", "place": "place", "group": "group"}.get(
            entry.actor_type, "organisation"
        )  # type: ignore[return-value]
    raise TypeError(entry)


def build_matcher(nlp: Language, gaz: Gazetteer) -> PhraseMatcher:
    """A phrase matcher over every surface form of the gazetteer (lower-cased)."""
    forms: set[str] = set()
    for country in gaz.countries.values():
        forms.update(country.forms)
    for group in (gaz.places, gaz.seats, gaz.organisations.values(), gaz.leaders, gaz.user_actors):
        for item in group:
            forms.update(item.forms)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    patterns = [nlp.make_doc(f) for f in sorted(forms) if f.strip()]
    matcher.add("WWK_GAZ", patterns)
    return matcher


_TRAILING = frozenset({
    "of", "from", "for", "in", "at", "on", "with", "to", "by", "and", "or", "the", "a", "an",
})  # fmt: skip
"""Words a name never ends with: NER that ran on into the next phrase ("Malvick of the …")."""
_SHARE = frozenset({"percent", "per", "%", "pct"})


def _figure(tok: Token) -> bool:
    """A figure that ends a name where NER ran on over it ("Serrat 48.0 percent" in "X had 50.4
    percent and Serrat 48.0 percent"): a decimal, or a number before a percent sign or word."""
    if tok.lower_ in _SHARE:
        return True
    if not any(ch.isdigit() for ch in tok.text):
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return "." in tok.text.strip(".") or (after is not None and after.lower_ in _SHARE)


def _number_word(tok: Token) -> bool:
    """A number written in words in lower case ("eight" of "Kalmar eight times" that NER ran
    on into): no word of a name."""
    return tok.is_lower and tok.is_alpha and tok.like_num


_BRACKETS = frozenset("()[]")


def _trim(span: Span) -> Span | None:
    """Drop a leading determiner and a trailing possessive or punctuation from a span; a name
    ends before a figure or a bracket in it, before a word no name runs across ("as", "after",
    "amid" of a headline that NER ran two names into one: ``across`` of
    :func:`~.lexicons.name_words`), and never on a preposition or a conjunction
    (:data:`_TRAILING`)."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    cut = next((t.i for t in doc[start + 1 : end] if _figure(t) or _number_word(t)), None)
    if cut is not None:
        end = cut
    bracket = next((t.i for t in doc[start + 1 : end] if t.text in _BRACKETS), None)
    if bracket is not None:
        end = bracket  # "Harlow (Quay Press": the place, and a credit NER ran into it
    across = name_words()["across"]
    joint = next((t.i for t in doc[start + 1 : end] if t.is_lower and t.lower_ in across), None)
    if joint is not None:
        end = joint  # "Orsa Bel as Velt" of a headline: two names NER ran into one
    while end > start and (
        doc[end - 1].tag_ == "POS"
        or doc[end - 1].is_punct
        or doc[end - 1].is_space
        or (end - 1 > start and doc[end - 1].lower_ in _TRAILING)
    ):
        end -= 1
    return doc[start:end] if end > start else None


def _person_name(span: Span) -> Span:
    """A person's name without the place the parser took into it: "Lucia Ferenc of Marevia"
    is Lucia Ferenc (of Marevia, which is another mention), nor the letter that names a thing
    of theirs ("Varrow B sample to be opened": Varrow, whose B sample it is; :func:`_letter_of`)."""
    for tok in span[1:]:
        if tok.lower_ in ("of", "from") and tok.i > span.start + 1:
            return span.doc[span.start : tok.i]
    if len(span) > 1 and _letter_of(span[-1]):
        return span.doc[span.start : span.end - 1]
    return span


def _letter_of(tok: Token) -> bool:
    """Whether a one-letter capital ends a name before a common noun in lower case that it
    qualifies ("B" of "Varrow B sample", "Plan B proposal"): a thing's letter, never the
    initial of a name (an initial is followed by the rest of the name, or a verb: "Malcolm X
    said")."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (
        len(tok.text) == 1
        and tok.text.isupper()
        and after is not None
        and after.is_lower
        and after.is_alpha
        and after.pos_ == "NOUN"
    )


_LOCATING = frozenset({"at", "in"})


def _before_place(span: Span) -> Span:
    """A name without the place NER ran on into ("the Kite Runner at Farholm" is the Kite
    Runner): it ends before a lower-case "at" or "in" and a capitalised word, unless an "of"
    comes first ("University of Tarn at Ebbing" is one name), and before a lower-case "on"
    and a street's name to the span's end ("Velt Builders on Quarry Road"; "Council on Public
    Accounts" is one name)."""
    for tok in span[1:-1]:
        if tok.lower_ == "of":
            break
        if tok.text in _LOCATING and span.doc[tok.i + 1].text[:1].isupper():
            return span.doc[span.start : tok.i]
        if tok.text == "on" and _street(span.doc[tok.i + 1 : span.end]):
            return span.doc[span.start : tok.i]
    return span


def _with_opening_word(span: Span, gaz: Gazetteer) -> Span:
    """A name with the word that opens its sentence, which NER left out but the parser joined
    to it ("Clean Ledger Osk, a campaign group, said": NER's "Ledger Osk"): a proper noun in
    capitals right before the name, first in its sentence, a compound of a word of the name;
    not a title or a role ("Minister Ana Roth"), a date, or a word of the gazetteer."""
    doc = span.doc
    if span.start == 0:
        return span
    word = doc[span.start - 1]
    if not (
        word.is_sent_start
        and word.tag_ == "NNP"
        and word.is_title
        and word.is_alpha
        and word.dep_ == "compound"
        and span.start <= word.head.i < span.end
        and not word.ent_type_
        and not word.is_stop
    ):
        return span
    titles = name_words()["title"] | name_words()["office"] | name_words()["capacity"]
    if word.lower_ in titles or gaz.role(word.text) is not None or gaz.lookup(word.text):
        return span
    return doc[word.i : span.end]


def _from_to(ent: Span) -> list[Span]:
    """An entity, or the two names NER ran into one across "to" after "from" ("from Velt to
    Orrin Advisory": Velt, and Orrin Advisory), each with the entity's label."""
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].lower_ != "from" or ent.label_ not in NER_KINDS:
        return [ent]
    cut = next((t.i for t in ent[1:-1] if t.text == "to"), None)
    if cut is None or not doc[cut + 1].text[:1].isupper():
        return [ent]
    return [
        Span(doc, ent.start, cut, label=ent.label_),
        Span(doc, cut + 1, ent.end, label=ent.label_),
    ]


_OWNERS = frozenset({"her", "his", "its", "their", "our", "my", "your"})


def _unpossessed(span: Span) -> Span:
    """A body's name without the owner NER ran into it: a possessive determiner ("Her Unity
    Party" is the Unity Party) or a person the text names ("Abbas's Unity Party", with "Lena
    Abbas" named: the party is hers, not named after her); kept where the rest holds a
    possessive of its own ("His Majesty's Treasury") or the owner is no person ("Women's
    League", "Nurses' Union")."""
    doc = span.doc
    rest = span
    if span[0].lower_ in _OWNERS and span[0].tag_ == "PRP$":
        rest = doc[span.start + 1 : span.end]
    else:
        cut = next((t.i for t in span[1:-1] if t.tag_ == "POS"), None)
        if cut is not None and any(
            e.label_ == "PERSON" and e[-1].text == doc[cut - 1].text for e in doc.ents
        ):
            rest = doc[cut + 1 : span.end]
    if rest is span:
        return span
    if not rest or any(t.tag_ == "POS" for t in rest) or not rest[0].text[:1].isupper():
        return span
    return rest


def _street(span: Span) -> bool:
    """Whether words in capitals end in a street's or a venue's word ("Quarry Road", "Ash
    Lane", "the Velt Arena")."""
    words = name_words()
    return (
        len(span) > 0
        and all(t.text[:1].isupper() or t.lower_ == "the" for t in span)
        and span[-1].lower_ in words["venue"] | words["facility"]
    )


def _best_entry(entries: Iterable[Entry]) -> Entry | None:
    """Among entries of one form: a user entry first, then countries, organisations, leaders,
    seats, places; among places the most populous."""
    order = {UserActor: 0, Country: 1, Organisation: 2, Leader: 3, Seat: 4, Place: 5}
    ranked = sorted(
        entries,
        key=lambda e: (order[type(e)], -(e.population or 0) if isinstance(e, Place) else 0),
    )
    return ranked[0] if ranked else None


YEARS = range(1800, 2100)


def _code_number(tok: Token) -> bool:
    """Whether a token is a bare number that numbers a thing ("204" of "flight EU 204", "9"
    of "Route 9"): digits only, and no year ("the UN 2030 agenda")."""
    return tok.text.isdigit() and not (len(tok.text) == 4 and int(tok.text) in YEARS)


def numbered(span: Span) -> bool:
    """Whether a name is only the first word of a numbered thing's name: one word before a
    bare number (:func:`_code_number`), "Route" of "Route 9", "EU" of "Flight EU 204", or
    capitals after a noun of codes ("flight AU 311", ``code`` in name_words.tsv). A road, a
    flight or a bus, no actor; a body's acronym is no code's letters."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or not _code_number(doc[span.end]):
        return False
    if not span[0].text.isupper():
        return True
    return len(doc[span.end].text) >= 3 or (
        span.start > 0 and doc[span.start - 1].lower_ in name_words()["code"]
    )


def gazetteer_candidates(
    doc: Doc, matcher: PhraseMatcher, gaz: Gazetteer
) -> list[MentionCandidate]:
    """Gazetteer forms in the text, except inside dates and times ("2 May 2024" holds no
    Theresa May)."""
    out = []
    temporal = {t.i for e in doc.ents if e.label_ in ("DATE", "TIME") for t in e}
    for _, start, end in matcher(doc):
        if temporal.intersection(range(start, end)):
            continue
        span = doc[start:end]
        entry = _best_entry(gaz.lookup(span.text))
        if (
            entry is not None
            and not (isinstance(entry, Organisation) and _title_before_name(span, gaz))
            and not (isinstance(entry, Organisation) and numbered(span))
        ):
            out.append(MentionCandidate(span, entry_kind(entry), entry))
    return out


def branch_candidates(doc: Doc, found: list[MentionCandidate]) -> list[MentionCandidate]:
    """A body's local part named by its place and a short name of the whole ("the Osk branch
    of the Red Cross", ``branch`` in name_words.tsv): one organisation of that whole name, and
    no mention of the body the gazetteer knows by the short name (a national society's branch
    is not the international committee of its movement). A whole named in full ("the Osk
    branch of the International Committee of the Red Cross") is left to the gazetteer."""
    out = []
    parts = name_words()["branch"]
    for cand in found:
        entry, span = cand.entry, cand.span
        if not isinstance(entry, Organisation) or normalise(span.text) in (
            normalise(entry.name),
            normalise(entry.key),
        ):
            continue
        at = span.start - 1
        if at >= 0 and doc[at].lower_ == "the":
            at -= 1
        if at < 2 or doc[at].lower_ != "of" or doc[at - 1].lower_ not in parts:
            continue
        first = at - 1
        while first - 1 >= 0 and _place_word(doc[first - 1]) and first - 1 > at - 5:
            first -= 1
        if first == at - 1:
            continue  # "a branch of the Red Cross": no place names the part
        out.append(MentionCandidate(doc[first : span.end], "organisation"))
    return out


def _unshared(found: list[MentionCandidate]) -> list[MentionCandidate]:
    """The gazetteer's bodies found, but a short name that many bodies share (``shared`` in
    data/shared_names.tsv: "the Red Cross", which every national society bears) is no one of
    them where the text never names that body in full or by its key: an organisation named as
    written."""
    full = {
        c.entry.key
        for c in found
        if isinstance(c.entry, Organisation)
        and normalise(c.span.text) in (normalise(c.entry.name), normalise(c.entry.key))
    }
    shared = shared_names()
    return [
        MentionCandidate(c.span, "organisation")
        if isinstance(c.entry, Organisation)
        and c.entry.key not in full
        and normalise(c.span.text) in shared
        else c
        for c in found
    ]


def _place_word(tok: Token) -> bool:
    """A capitalised word of a place's name before a noun ("Osk", "North" of "the North Osk
    branch"; the tagger may take it for an adjective), never a determiner or a month."""
    return (
        tok.is_title
        and tok.is_alpha
        and tok.pos_ in ("PROPN", "ADJ", "NOUN")
        and tok.lower_ not in _CALENDAR
    )


def ner_candidates(doc: Doc, gaz: Gazetteer) -> list[MentionCandidate]:
    out = []
    lower = {t.text for t in doc if t.text.islower()}
    for ent in (piece for found in doc.ents for piece in _from_to(found)):
        kind = NER_KINDS.get(ent.label_)
        if kind is None and ent.label_ in _MISREAD_BODIES and _ends_as_body(ent.text):
            kind = "organisation"  # "the Velmark Fire and Rescue Service" NER took for a law
        if ent.label_ == "FAC" and _ends_as_body(ent.text) and _plural(ent[-1].text):
            kind = "organisation"  # "Brenner Highways", "Osk Shipyards": a firm; a built
            # thing's name is singular ("Brenner Highway")
        if kind == "place" and _ends_as_body(ent.text) and _members_of(ent):
            kind = "organisation"  # "the Osk Runners' Association": its members' body, never
            # a building or a place, whatever NER took it for
        if kind in ("person", "place") and _legal_form(ent.text):
            kind = "organisation"  # "Velnica SA", "Ostel AG": a firm, by the legal form its
            # name ends in, whatever NER took it for
        span = _trim(ent) if kind else None
        if kind == "person" and span is not None:
            span = _person_name(span)
        if kind in ("person", "organisation") and span is not None:
            span = _before_place(span)
            span = _with_opening_word(span, gaz)
            if (named := _after_portfolio(span)) is not None:
                span, kind = named, "person"
        if kind == "organisation" and span is not None:
            span = _unpossessed(span)
        if kind is None or span is None or not _name_like(span) or _opens_role(span, gaz):
            continue
        if model_named(span):
            continue  # "Halden K-40": a maker's product, an artefact, no actor
        if kind in ("person", "organisation") and numbered(span):
            continue  # "Route" of "Route 9", "AU" of "flight AU 311": a numbered thing's
        if kind != "norp" and _names_event(span) and not gaz.lookup(span.text):
            continue  # "the Velt Indoor Meeting": a competition or a gathering, no actor
            # (nor a place: "at the Northern Championships" that NER took for one)
        if kind == "person" and len(span) > 1 and span[-1].is_lower and span[-1].pos_ == "NOUN":
            continue  # "Velt tower": a thing of a place's, no person's name (a name is
            # capitalised to its end)
        if kind in ("person", "organisation") and _opening_modifier(span):
            continue  # "Ferry operators in Osk said": a kind of people, no name
        if kind in ("person", "organisation") and _ends_in_role(span, gaz):
            continue  # "a Tarsh border guard": a role and where its holder serves, no name
        if kind == "person" and _shares_surname(span):
            continue
        if _family(span):
            continue
        if _kin_of_whose(span):
            continue
        if _label(span):
            continue
        entry = _best_entry(gaz.lookup(span.text))
        if entry is None and (_opening_common_word(span, lower) or _portfolio(span, kind)):
            continue
        if entry is None and kind in ("place", "organisation") and listed_person(span):
            kind = "person"  # "Piet Varga, 44, Ivo Linden, 31, …": NER's place is a person
        elif entry is None and kind == "organisation" and between_people(span):
            kind = "person"  # "Ivo Linden, Tomas Reil and Ana Voss": NER's body is a person
        if isinstance(entry, Organisation) and _title_before_name(span, gaz):
            continue
        if entry is not None:
            out.append(MentionCandidate(span, entry_kind(entry), entry, from_ner=True))
        elif kind == "organisation" and _honoured(span):
            out.append(MentionCandidate(span, "person", None, from_ner=True))  # "Bishop Rask"
        elif ent.label_ in ("ORG", "FAC") and _office_opened(span):
            out.append(MentionCandidate(span, "person", None, from_ner=True))  # "Spokeswoman
            # Dana Lisk", whatever NER took it for
        elif ent.label_ in ("ORG", "FAC") and (held := _office_inside(span)) is not None:
            out.append(MentionCandidate(held, "person", None, from_ner=True))  # "Osk Governor
            # Ansel Dorn": the holder, named after the office; the place before it no name
        elif kind == "organisation" and _named_after_role(span, gaz):
            out.append(MentionCandidate(span, "person", None, from_ner=True))  # "Harbour
            # Authority spokeswoman Ines Varga": the role's holder, whatever NER took it for
        elif kind != "person" and (given_name(span.root) or _kin_named(span)):
            out.append(MentionCandidate(span, "person", None, from_ner=True))  # "her first
            # name, Oda": a person's, whatever NER took it for
        elif kind == "norp" and (code := _demonym_code(span, gaz)):
            out.append(MentionCandidate(span, "demonym", gaz.countries.get(code), from_ner=True))
        else:
            out.append(MentionCandidate(span, kind, None, from_ner=True))
    return out


def _ends_as_body(name: str) -> bool:
    """A name of two words or more whose last word ends bodies' names ("… Rescue Service")."""
    words = name.split()
    return len(words) > 1 and words[-1].casefold().strip(".") in name_words()["ending"]


def _legal_form(name: str) -> bool:
    """Whether a name of two words or more ends in a company's legal form written with a
    capital ("Velnica SA", "Pirrow GmbH", "Tarn Oy"; ``legal`` in name_words.tsv): a firm's."""
    words = name.replace(".", "").split()
    return (
        len(words) > 1
        and not words[-1].islower()
        and words[-1].casefold() in name_words()["legal"]
        and words[0][:1].isupper()
    )


def _names_event(span: Span) -> bool:
    """Whether a name of two words or more ends in a word that ends named events' names
    (``event`` in name_words.tsv: "Northern Championships", "Velt Indoor Meeting")."""
    words = [t for t in span if t.is_alpha]
    return len(words) > 1 and words[-1].lower_ in name_words()["event"]


def _members_of(span: Span) -> bool:
    """Whether a name holds a plural possessive written with a bare apostrophe ("Runners'
    Association", "Nurses' Union"): a body of those people, never a building ("Children's
    Hospital" is written with "'s")."""
    return any(
        t.tag_ == "POS" and t.text in ("'", "’") and t.i > span.start and _plural(t.nbor(-1).text)
        for t in span
    )


def _plural(word: str) -> bool:
    """Whether a word reads as a plural: it ends in "s", not in "ss" or "us"."""
    w = word.casefold()
    return w.endswith("s") and not w.endswith(("ss", "us"))


def _shares_surname(span: Span) -> bool:
    """Whether a one-word person's name is a given name that shares the surname of the full
    name after "and" ("Arne and Silje Vantoft": two people, Arne Vantoft and Silje Vantoft):
    no mention of its own, since "Arne" alone is nobody's whole name and the text holds no
    span "Arne Vantoft"; kept where the word is the surname of someone the text names in
    full ("Hale and Tom Brown", after "Ann Hale")."""
    doc = span.doc
    if len(span) != 1 or span.end + 1 >= len(doc) or doc[span.end].lower_ != "and":
        return False
    pair = next((e for e in doc.ents if e.start == span.end + 1), None)
    if pair is None or pair.label_ != "PERSON" or len(pair) < 2:
        return False
    word = span[0].text
    return not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word for e in doc.ents)


def _family(span: Span) -> bool:
    """Whether a one-word name after "the" is a surname in the plural ("where the Vantofts
    lived", after "Silje Vantoft"): the family of people the text names, no body and no one
    person of its own."""
    doc = span.doc
    word = span[0].text
    if len(span) != 1 or span.start == 0 or doc[span.start - 1].lower_ != "the":
        return False
    if not word.endswith("s"):
        return False
    stems = {word[:-1], word[:-2] if word.endswith("es") else word[:-1]}
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text in stems for e in doc.ents)


def _kin_of_whose(span: Span) -> bool:
    """Whether a one-word name follows a noun of kin that "whose" owns ("Marek Brandl, whose
    brother Tobin was found dead", "whose younger sister, Oda,"): the relative's given name
    alone, whose surname the text leaves to the reader; no one-word person of its own (left
    out rather than guessed)."""
    doc = span.doc
    if len(span) != 1:
        return False
    i = span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or not (doc[i].is_lower and doc[i].lower_ in name_words()["kin"]):
        return False
    i -= 1
    while i >= 0 and doc[i].is_lower and doc[i].pos_ == "ADJ" and i >= span.start - 5:
        i -= 1  # "whose younger brother"
    return i >= 0 and doc[i].lower_ == "whose"


MAX_HONOURED_WORDS = 3


def _honoured(span: Span) -> bool:
    """Whether a name NER gave a body opens with a title only a person bears, then one to three
    capitalised words ("Bishop Ivo Rask", "Rev Holt": ``honorific`` in name_words.tsv): a
    person's name, unless its last word ends bodies' names ("Bishop Rask School") or a
    possessive or a lower-case word is in it."""
    words = [t for t in span if t.text != "."]
    return (
        1 < len(words) <= MAX_HONOURED_WORDS + 1
        and words[0].text.casefold().strip(".") in name_words()["honorific"]
        and all(t.is_title and t.is_alpha for t in words[1:])
        and not _ends_as_body(" ".join(t.text for t in words))
    )


def _office_opened(span: Span) -> bool:
    """Whether a name NER gave a body opens with an office or a title written capitalised
    ("Spokeswoman Dana Lisk", "Governor Ansel Dorn": kinds office and title of name_words.tsv)
    and goes on with two or three capitalised words, a given name and a surname: the holder,
    a person, the office a role and no part of the name. Only a name NER gave a body or a
    building (ORG, FAC), never one it gave a place; not where a word of it opens or ends a
    body's name, or names a site, a landform or a venue ("Mayor Street Bakery", "Governor Holt
    Foundation", "King Oskar Glacier"), or is a title again ("Chief Executive Officer")."""
    words = [t for t in span if t.text != "."]
    kinds = name_words()
    bodies = frozenset().union(
        *(kinds[k] for k in ("ending", "opening", "site", "landform", "facility", "venue"))
    )
    offices = kinds["office"] | kinds["title"] | kinds["capacity"]
    return (
        2 < len(words) <= MAX_HONOURED_WORDS + 1
        and words[0].lower_ in offices
        and all(t.is_title and t.is_alpha for t in words)
        and not any(t.lower_ in bodies or t.lower_ in offices for t in words[1:])
        and not _ends_as_body(" ".join(t.text for t in words))
    )


def _office_inside(span: Span) -> Span | None:
    """The holder's name and office of a name NER gave a body that opens with one or two
    capitalised words of a place before the office ("Osk Governor Ansel Dorn", "North Velt
    Mayor Ida Lund"): the part from the office on, where :func:`_office_opened` says it is a
    person's (the office a role, no part of the name)."""
    for k in (1, 2):
        rest = span[k:]
        if all(t.is_title and t.is_alpha for t in span[:k]) and _office_opened(rest):
            return rest
    return None


def _kin_named(span: Span) -> bool:
    """Whether a name of one or two capitalised words is in apposition to a noun of someone's
    kin that a possessive owns ("Pell's widow, Mara, said", "her son, Tobin": kind ``kin`` of
    name_words.tsv): a person's name, whatever NER took it for."""
    root = span.root
    head = root.head
    return (
        len(span) <= 2
        and all(t.is_title and t.is_alpha for t in span)
        and not _ends_as_body(span.text)
        and root.dep_ == "appos"
        and head.pos_ == "NOUN"
        and head.lemma_.casefold() in name_words()["kin"]
        and any(c.dep_ == "poss" for c in head.children)
    )


def _ends_in_role(span: Span, gaz: Gazetteer) -> bool:
    """Whether a name NER gave a person or a body ends in words in lower case that are a
    person's role ("Tarsh border guard", "Osk police officer"): a role phrase, no name."""
    n = len(span)
    while n > 0 and span[n - 1].is_lower and span[n - 1].is_alpha:
        n -= 1
    if n == 0 or n == len(span):
        return False
    tail = span[n:]
    return any(gaz.role(tail[i:].text) is not None for i in range(len(tail)))


def _named_after_role(span: Span, gaz: Gazetteer) -> bool:
    """Whether a name NER gave a body stands right after a person's role noun in the singular,
    written in lower case ("Harbour Authority spokeswoman Ines Varga", "a council official
    Tomas Reil"): the holder of the role, a person, where the name has two words or more (a
    given name and a surname; "the company Velt" names the body) and does not end in a word
    of a body's name ("spokesman Velt Labs" is none)."""
    doc = span.doc
    if span.start == 0 or len(span) < 2 or not all(t.is_title and t.is_alpha for t in span):
        return False
    before = doc[span.start - 1]
    if _titled_holder(span, before):
        return True
    role = gaz.role(before.text) if before.is_lower and before.is_alpha else None
    return (
        role is not None
        and role.forms[0].casefold() == before.lower_
        and span[-1].lower_ not in name_words()["ending"]
    )


def _titled_holder(span: Span, title: Token) -> bool:
    """Whether a name of two capitalised words or more that NER gave a body follows an office
    or a title written capitalised before it ("Mayor Ferran Holt's office", "Governor Ansel
    Dorn"; ``data/name_words.tsv``, kinds office and title): the title's holder, a person. Not
    after "the" ("the Mayor Street Bakery"), nor a name whose words open or end a body's or a
    place's name ("Mayor Street Bakery", "Governor Holt Foundation")."""
    doc = span.doc
    words = name_words()
    if not (title.is_title and title.is_alpha) or title.lower_ not in (
        words["office"] | words["title"]
    ):
        return False
    if title.i > 0 and doc[title.i - 1].lower_ == "the":
        return False
    bodies = words["ending"] | words["opening"] | words["site"]
    return not any(t.lower_ in bodies for t in span)


def _opens_role(span: Span, gaz: Gazetteer) -> bool:
    """Whether the span is the first word of a role title the word after it ends ("Interior"
    of "Interior Minister Radek Hollin", which NER took for a body): a role, no name."""
    doc = span.doc
    return span.end < len(doc) and gaz.role(f"{span.text} {doc[span.end].text}") is not None


_TITLES = frozenset({"Minister", "Secretary", "Commissioner"})
MAX_PORTFOLIO = 3
"""The most capitalised words of a portfolio between a name NER found and the title."""


def _portfolio(span: Span, kind: Kind) -> bool:
    """Whether a name NER found is the portfolio of the title after it, or its first words:
    "Transport" of "Dravia's Transport Minister Anton Kessel", "Digital" or "Digital Economy"
    of "Digital Economy Minister Yuri Talland" (the capitalised words up to Minister,
    Secretary or Commissioner are the role's): a role, no name. A place that more words of a
    portfolio follow is where the office is ("Vestria Finance Minister"), and a name with a
    word that ends bodies' names after its first is a body ("Harbour Trust Board Secretary
    Ida Lund", "Tarrow Board Secretary …"): both stay."""
    doc = span.doc
    end = span.end
    while (
        end < len(doc)
        and end - span.end < MAX_PORTFOLIO
        and doc[end].text not in _TITLES
        and doc[end].is_title
        and doc[end].is_alpha
        and doc[end].ent_type_ != "PERSON"
    ):
        end += 1
    if end >= len(doc) or doc[end].text not in _TITLES:
        return False
    if len(span) == 1 and end == span.end:
        return True
    endings = name_words()["ending"]
    return (
        kind in ("organisation", "person")
        and len(span) + end - span.end <= MAX_PORTFOLIO
        and not any(t.lower_ in endings for t in doc[span.start + 1 : end])
    )


_OF_PORTFOLIO = frozenset({"of", "for"})
PERSON_NAME_WORDS = 2
"""The words of a person's name after a portfolio: a given name and a surname."""


def portfolio_before(doc: Doc, start: int, end: int) -> int | None:
    """Where the person's name begins in capitalised words ``doc[start:end]`` that run a
    portfolio into it, after a title with "of" or "for" ("Mines Tobias Wrenne" of "Minister
    of Mines Tobias Wrenne"; "State for Energy Ilse Marrow" of "Secretary of State for Energy
    Ilse Marrow"): the name is the last two words (:func:`titled_portfolio`). None where the
    words are no such run."""
    name = end - PERSON_NAME_WORDS
    if name <= start or titled_portfolio(doc, name, end) is None:
        return None
    return name


def titled_portfolio(doc: Doc, name: int, end: int) -> Span | None:
    """The title and portfolio right before a person's name ``doc[name:end]`` of two words
    ("Minister of Mines" before "Tobias Wrenne", "Secretary of State for Energy" before "Ilse
    Marrow"): a title (Minister, Secretary or Commissioner), "of" or "for" after it, and
    capitalised words (and "of" or "for") up to the name, a capitalised one last. The person's
    role; None where the name has other than two capitalised words, ends as bodies' names do
    ("… Mining Board"), or no such title stands before it."""
    if end - name != PERSON_NAME_WORDS or name < 3:
        return None
    if not all(t.is_title and t.is_alpha for t in doc[name:end]) or _ends_as_body(
        doc[name:end].text
    ):
        return None
    if not (doc[name - 1].is_title and doc[name - 1].is_alpha):
        return None
    i = name - 1
    while i >= 0 and name - i <= MAX_PORTFOLIO + 2 and doc[i].text not in _TITLES:
        if not (doc[i].lower_ in _OF_PORTFOLIO or (doc[i].is_title and doc[i].is_alpha)):
            return None
        i -= 1
    if i < 0 or doc[i].text not in _TITLES or doc[i + 1].lower_ not in _OF_PORTFOLIO:
        return None
    return doc[i:name]


def _after_portfolio(span: Span) -> Span | None:
    """The person's name of a name NER ran together with a portfolio (:func:`portfolio_before`)."""
    name = portfolio_before(span.doc, span.start, span.end)
    return None if name is None else span.doc[name : span.end]


_THE = frozenset({"the", "The"})


def _title_before_name(span: Span, gaz: Gazetteer) -> bool:
    """Whether one capitalised word that names a known body ("Economist" for the magazine) is
    a role noun written as a title right before a person's name ("Economist Ana Brisk of
    Halden University said …", where NER may find no name at all): a role of that person, as
    "Minister" or "Professor" is, and no body; not after "the" ("the Economist's Tom Hale"),
    nor before a name NER gives a body or a place."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or not span[0].is_title:
        return False
    if span.start > 0 and doc[span.start - 1].text in _THE:
        return False
    after = doc[span.end]
    return (
        after.ent_type_ in ("PERSON", "")
        and after.pos_ == "PROPN"
        and after.is_title
        and gaz.role(span.text) is not None
    )


def _opening_common_word(span: Span, lower: set[str]) -> bool:
    """A common word capitalised only because it opens a sentence ("Coast guard divers …",
    "Harbour police said …", "Brine, which is used to cure fish, …"): one word, the first of
    its sentence, followed by a word in lower case that it modifies or by a relative clause
    (", which"), and written in lower case elsewhere in the text, and nowhere capitalised
    within a sentence. A name is capitalised wherever it is written."""
    doc = span.doc
    if len(span) != 1 or not span[0].is_sent_start or span.end >= len(doc):
        return False
    word = span[0]
    if word.lower_ not in lower:
        return False
    after = doc[span.end]
    if after.is_alpha and after.text.islower() and after.pos_ in ("NOUN", "PROPN"):
        return True
    return (
        after.text == ","
        and span.end + 1 < len(doc)
        and doc[span.end + 1].lower_ == "which"
        and not any(t.text == word.text and not t.is_sent_start for t in doc if t.i != word.i)
    )


def _opening_modifier(span: Span) -> bool:
    """A word capitalised only because it opens a sentence, modifying the plural common noun
    after it ("Ferry operators in Osk said …", "Harbour workers walked out"): one word that
    the text writes nowhere else but first in a sentence (a name is capitalised wherever it
    is written), a compound of that noun."""
    doc = span.doc
    if len(span) != 1 or not span[0].is_sent_start or span.end >= len(doc):
        return False
    after = doc[span.end]
    word = span[0]
    return (
        after.tag_ == "NNS"
        and after.is_lower
        and word.dep_ == "compound"
        and word.head.i == after.i
        and not any(t.text == word.text and not t.is_sent_start for t in doc if t.i != word.i)
    )


def _label(span: Span) -> bool:
    """A headline's label before a colon, ending in a word in lower case ("Brava U-turn: gate
    was locked", "Velt hospital: …"): a topic, no name (a name is capitalised to its end)."""
    doc = span.doc
    last = span[-1]
    return (
        len(span) > 1
        and span.end < len(doc)
        and doc[span.end].text == ":"
        and last.is_alpha
        and last.is_lower
    )


def _name_like(span: Span) -> bool:
    """A name: capitalised, on one line, not a month, a weekday or a holiday ("Easter")
    mistaken for a person."""
    first = span[0].text
    return (
        any(t.is_alpha for t in span)
        and (first[:1].isupper() or first[:1].isdigit())
        and "\n" not in span.text
        and not (len(span) == 1 and span[0].lower_ in _CALENDAR | name_words()["holiday"])
    )


def _demonym_code(span: Span, gaz: Gazetteer) -> str | None:
    return gaz.demonym(span.text)


def demonym_candidates(doc: Doc, gaz: Gazetteer) -> list[MentionCandidate]:
    out = []
    i = 0
    while i < len(doc):
        if not doc[i].is_title or doc[i].lower_ == "the":
            i += 1
            continue
        for n in (2, 1):
            span = doc[i : i + n]
            if (
                len(span) == n
                and span[0].is_title
                and span[0].lower_ != "the"
                and (code := gaz.demonym(span.text))
            ):
                out.append(MentionCandidate(span, "demonym", gaz.countries.get(code)))
                i += n - 1
                break
        i += 1
    return out


def _group_span(head: Token) -> Span:
    """A collective noun with the modifiers to its left ("senior Western diplomats")."""
    start = head.i
    for child in reversed(list(head.lefts)):
        if child.i == start - 1 and child.dep_ in _GROUP_MODIFIER_DEPS:
            start = child.left_edge.i  # "South Korean media": the modifier with its own
        elif child.i != start - 1:
            break
    end = head.i + 1
    if end < len(head.doc) and head.doc[end].lower_ in _HERE and head.lower_ == "people":
        end += 1
    return head.doc[start:end]


def group_candidates(doc: Doc, gaz: Gazetteer) -> list[MentionCandidate]:
    out = []
    for tok in doc:
        if not (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower)):
            continue
        role = gaz.role(tok.text)
        if (role is None or not role.collective) and tok.i > 0:
            role = gaz.role(f"{doc[tok.i - 1].text} {tok.text}")  # "news agencies"
        plural = tok.tag_ in ("NNS", "NNPS") or tok.lower_ == "media"
        here = tok.lower_ == "people" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _HERE
        if (role is not None and role.collective and plural) or here:
            out.append(MentionCandidate(_group_span(tok), "group"))
    return out


_PRIORITY: dict[Kind, int] = {
    "person": 1, "organisation": 1, "country": 1, "seat": 1, "place": 1, "group": 2,
    "demonym": 3, "norp": 3,
}  # fmt: skip


def merge(candidates: list[MentionCandidate]) -> list[MentionCandidate]:
    """Non-overlapping candidates: longest first, then those resolved by the gazetteer, then
    NER's. Groups may contain the names that qualify them ("Japanese media", "US officials"):
    those inner names are kept as mentions of their own."""

    def rank(c: MentionCandidate) -> tuple[int, int, int, int]:
        return (-c.length, _PRIORITY[c.kind], 0 if c.entry is not None else 1, c.span.start)

    taken: list[MentionCandidate] = []
    used: set[int] = set()
    for cand in sorted(candidates, key=rank):
        if cand.kind == "group":
            continue
        toks = set(range(cand.span.start, cand.span.end))
        if toks & used:
            continue
        used |= toks
        taken.append(cand)
    group_used: set[int] = set()
    names = {(c.span.start, c.span.end) for c in taken}
    for cand in sorted((c for c in candidates if c.kind == "group"), key=rank):
        toks = set(range(cand.span.start, cand.span.end))
        if toks & group_used or any(
            s < cand.span.end
            and cand.span.start < e
            and not (cand.span.start <= s and e <= cand.span.end)
            for s, e in names
        ):
            continue
        if cand.span[-1].i in used:  # the collective noun itself is part of a name
            continue
        group_used |= toks
        taken.append(cand)
    return sorted(taken, key=lambda c: (c.span.start, -c.length))


@cache
def ranks() -> frozenset[str]:
    """Ranks and titles written before a person's name (``data/ranks.tsv``)."""
    text = (files(__package__) / "data" / "ranks.tsv").read_text(encoding="utf-8")
    rows = [line.strip() for line in text.splitlines() if line and not line.startswith("#")]
    return frozenset(rows[1:])


_NAMED_OTHERWISE = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})
MAX_NAME = 3


def titled_candidates(doc: Doc) -> list[MentionCandidate]:
    """ "Detective Superintendent Tarn Oswy of the …": after a run of capitalised ranks, the
    capitalised proper nouns up to the next word of another kind (at most :data:`MAX_NAME`) are
    a person, the ranks left out, when NER named none there. Never inside a body's or a place's
    name ("Captain Cook Hotel" as an organisation)."""
    out = []
    i = 0
    while i < len(doc):
        start = i
        while i < len(doc) and doc[i].text[:1].isupper() and doc[i].lower_ in ranks():
            i += 1
        if i == start:
            i += 1
            continue
        end = i
        while end < len(doc) and end - i < MAX_NAME and _name_word(doc[end]):
            end += 1
        words = doc[start:end]
        if end > i and not any(t.ent_type_ in _NAMED_OTHERWISE for t in words):
            out.append(MentionCandidate(doc[i:end], "person"))
        i = max(end, i)
    return out


def _name_word(tok: Token) -> bool:
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and tok.is_alpha
        and tok.lower_ not in ranks()
        and tok.lower_ not in _CALENDAR
    )


_KNOWN_OTHERWISE = frozenset({"PERSON", "DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL"})


def body_candidates(doc: Doc) -> list[MentionCandidate]:
    """Bodies' names NER missed or cut short ("the Castrel Anti-Doping Laboratory said", where
    NER named none of it, or only "Castrel"): after "the", a run of two or more capitalised
    proper nouns (a hyphen may join two of them) whose last word ends bodies' names (``ending``
    in name_words.tsv: "Laboratory", "Board", "Council"), of which NER took no word for a
    person, a date or a figure. Without the run, the town or founder's name that opens it is
    read alone, and joins another body that shares it ("Castrel Herald")."""
    out = []
    endings = name_words()["ending"]
    for tok in doc:
        if not (tok.lower_ in endings and tok.tag_ in ("NNP", "NNPS") and tok.is_title):
            continue
        start = tok.i
        while start > 0:
            prev = doc[start - 1]
            joined = prev.text == "-" and start > 1 and doc[start - 2].is_title
            word = prev.pos_ == "PROPN" and prev.is_title and prev.is_alpha
            if not (joined or (word and prev.lower_ not in _CALENDAR)):
                break
            start -= 1
        span = doc[start : tok.i + 1]
        words = [t for t in span if t.is_alpha]
        if (
            len(words) < 2
            or start == 0
            or doc[start - 1].lower_ != "the"
            or any(t.ent_type_ in _KNOWN_OTHERWISE for t in span)
            or "\n" in span.text
        ):
            continue
        out.append(MentionCandidate(span, "organisation"))
    return out


MAX_AGE_DIGITS = 3
_LIST_JOINS = frozenset({",", ";", "and", "as"})


def _aged(doc: Doc, end: int) -> bool:
    """Whether a name that ends at ``end`` is followed by an age after a comma ("…, 44,")."""
    return (
        end + 1 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].text.isdigit()
        and len(doc[end + 1].text) <= MAX_AGE_DIGITS
    )


def listed_person(span: Span) -> bool:
    """Whether a name stands in a list of people with their ages ("It named them as Piet Varga,
    44, Ivo Linden, 31, and Tomas Reil, 52", or "Piet Varga, 44; Ivo Linden, 31; …"): two or
    three capitalised proper nouns after a comma, a semicolon, "and" or "as", followed by a
    comma and an age, in a sentence where NER names another person followed by an age. A
    person's name, whatever NER took it for (a place is given no age)."""
    doc = span.doc
    if not (
        PERSON_NAME_WORDS <= len(span) <= MAX_NAME
        and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in span)
        and span.start > 0
        and doc[span.start - 1].lower_ in _LIST_JOINS
        and _aged(doc, span.end)
    ):
        return False
    sent = span.sent
    return any(
        e.label_ == "PERSON"
        and sent.start <= e.start < sent.end
        and (e.start, e.end) != (span.start, span.end)
        and _aged(doc, e.end)
        for e in doc.ents
    )


def between_people(span: Span) -> bool:
    """Whether a name of two or three capitalised words stands in a list between two people
    NER named in full ("the engineers are Ivo Linden, Tomas Reil, Ana Voss and Per Holm":
    "Tomas Reil" after a comma that follows a person's name and before a comma or "and" that
    a person's name follows): one of them, a person, whatever NER took it for; never a name
    that ends as a body's does ("Ivo Linden, Velt Mining and Ana Voss")."""
    doc = span.doc
    if not (
        PERSON_NAME_WORDS <= len(span) <= MAX_NAME
        and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in span)
        and not _ends_as_body(span.text)
        and span.start >= 2
        and span.end + 1 < len(doc)
        and doc[span.start - 1].text == ","
        and doc[span.end].lower_ in (",", "and")
    ):
        return False
    people = [e for e in doc.ents if e.label_ == "PERSON" and len(e) >= PERSON_NAME_WORDS]
    return any(e.end == span.start - 1 for e in people) and any(
        e.start == span.end + 1 for e in people
    )


def listed_candidates(doc: Doc) -> list[MentionCandidate]:
    """People NER missed in a list of names with their ages (:func:`listed_person`)."""
    out = []
    for sent in doc.sents:
        i = sent.start
        while i < sent.end:
            end = i
            while end < sent.end and end - i < MAX_NAME and _unnamed_word(doc[end]):
                end += 1
            if end > i and listed_person(doc[i:end]):
                out.append(MentionCandidate(doc[i:end], "person"))
            i = max(end, i + 1)
    return out


def _unnamed_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and not tok.ent_type_


_MODEL_CODE = re.compile(r"[A-Z]{1,3}-?[0-9]{1,4}[A-Za-z]?")


def model_named(span: Span) -> bool:
    """Whether a name of two words or more ends in a model's code, capital letters then
    digits ("Halden K-40", "Velt A320"): a maker's product, an artefact, never an actor (the
    maker named alone elsewhere is the body)."""
    return (
        len(span) >= PERSON_NAME_WORDS
        and _MODEL_CODE.fullmatch(span[-1].text) is not None
        and all(t.is_title and t.is_alpha for t in span[:-1])
    )


def saint_candidates(doc: Doc) -> list[MentionCandidate]:
    """A building named for a saint, written with capitals ("St Ilian's Cathedral"): the
    whole is one name, a place where its last word is a place of worship's (``worship`` in
    name_words.tsv), a body where it ends bodies' names ("St Oda's Hospital"); never the
    saint's name alone, a person or a body cut from it. Left alone where another word that
    ends a body follows ("St Oda's Church School")."""
    out = []
    words = name_words()
    for tok in doc:
        if tok.text.casefold().strip(".") not in words["saint"] or not tok.is_title:
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= MAX_NAME and _name_word(doc[end]):
            end += 1
        if end == tok.i + 1 or end + 1 >= len(doc) or doc[end].text not in ("'s", "’s"):
            continue
        noun = doc[end + 1]
        if not noun.is_title:
            continue
        kind: Kind
        if noun.lower_ in words["worship"]:
            kind = "place"
        elif noun.lower_ in words["ending"]:
            kind = "organisation"
        else:
            continue
        stop = end + 2
        if stop < len(doc) and doc[stop].is_title and doc[stop].lower_ in words["ending"]:
            continue
        out.append(MentionCandidate(doc[tok.i : stop], kind))
    return out


def find_candidates(doc: Doc, matcher: PhraseMatcher, gaz: Gazetteer) -> list[MentionCandidate]:
    known = gazetteer_candidates(doc, matcher, gaz)
    return _unshared(
        merge(
            branch_candidates(doc, known)
            + ner_candidates(doc, gaz)
            + saint_candidates(doc)
            + body_candidates(doc)
            + titled_candidates(doc)
            + listed_candidates(doc)
            + known
            + demonym_candidates(doc, gaz)
            + group_candidates(doc, gaz)
        )
    )
