"""Roles of named people, from appositions and pre-modifiers.

"State Department spokesperson Grace Okafor" (pre-modifier), "Maria Ortiz, a Beijing-based
correspondent" (apposition after the name), "Iran's foreign ministry spokesperson, Reza Karimi"
(the name in apposition to the role). A role phrase gives the role as written, and, where the
phrase says so, the sector (from the role noun or the organisation in the phrase) and the country
(from a demonym, a possessive country, or the organisation's country). A country that is only
the topic ("an Iran expert") or a base ("a Beijing-based correspondent") gives no country.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ...readers._patterns import is_agency, masthead
from .gazetteer import Country, Gazetteer, Organisation, Place, Role, Seat
from .lexicons import name_words

if TYPE_CHECKING:  # the mentions stage reads the lexicons here
    from .mentions import MentionCandidate

_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their"})
_INSTITUTION_SECTORS = {
    "university": "EDU", "college": "EDU", "institute": "EDU", "school": "EDU",
    "academy": "EDU", "ministry": "GOV", "department": "GOV", "embassy": "GOV",
    "parliament": "LEG", "court": "JUD", "army": "MIL", "navy": "MIL", "forces": "MIL",
    "police": "COP", "bank": "BUS", "company": "BUS", "group": "BUS", "newspaper": "MED",
    "agency": "GOV", "broadcaster": "MED", "firm": "BUS", "insurer": "BUS", "airline": "BUS",
    "television": "MED", "radio": "MED",
}  # fmt: skip


@dataclass
class RoleInfo:
    text: str
    sector: str | None
    country: str | None


def _phrase_role(phrase: Span, gaz: Gazetteer) -> tuple[Role, Token] | None:
    """The role noun of a phrase: the last one, two-word forms first ("foreign minister")."""
    for tok in reversed(phrase):
        if tok.i > phrase.start and (role := gaz.role(f"{tok.doc[tok.i - 1].text} {tok.text}")):
            return role, tok
        if (role := gaz.role(tok.text)) is not None and (
            not role.collective or tok.tag_ in ("NN", "NNP")
        ):
            return role, tok
    return None


def analyse_phrase(phrase: Span, inner: list[MentionCandidate], gaz: Gazetteer) -> RoleInfo | None:
    """Role text, sector and country of a role phrase; None when it holds no role noun."""
    found = _phrase_role(phrase, gaz)
    if found is None:
        return None
    role, _noun = found
    sector = role.sector
    country: str | None = None
    org_sector: str | None = None
    for cand in inner:
        entry, tok = cand.entry, cand.span.root
        if not _describes(tok, phrase):
            continue
        based = tok.head.lower_ in ("based", "headquartered")
        if isinstance(entry, Organisation | Seat):
            country = country or entry.iso3
            org_sector = org_sector or entry.sector
        elif (
            (isinstance(entry, Country) and cand.kind == "demonym")
            or (isinstance(entry, Country) and tok.dep_ == "poss")
        ) or (isinstance(entry, Place) and not based and cand.span.root.dep_ == "poss"):
            country = country or entry.iso3
        elif cand.kind == "organisation" and entry is None:
            org_sector = org_sector or institution_sector(cand.span)
            country = country or located_in(cand.span, gaz)
    if (role.by_context and org_sector) or sector is None:
        sector = org_sector
    words = [t for t in phrase if not (t.i == phrase.start and t.lower_ in _DETERMINERS)]
    if not words:
        return None
    text = phrase.doc[words[0].i : words[-1].i + 1].text.strip(" ,")
    return RoleInfo(text=text, sector=sector, country=country)


_DESCRIBING_PREPS = frozenset({"at", "of", "for"})


def _describes(tok: Token, phrase: Span) -> bool:
    """Whether a name in a role phrase qualifies the role itself: a pre-modifier, or inside a
    prepositional phrase of affiliation ("at the University of Hamburg", "for the ministry"),
    not deeper ("a firm with no link to the Japanese government")."""
    while phrase.start <= tok.i < phrase.end and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ not in _DESCRIBING_PREPS:
            return False
        if tok.head.i < phrase.start or tok.head.i >= phrase.end:
            return True
        tok = tok.head
    return True


VEHICLES = frozenset({
    "ship", "vessel", "freighter", "tanker", "boat", "cutter", "carrier", "frigate", "destroyer",
    "submarine", "ferry", "yacht", "aircraft", "plane", "jet", "helicopter", "drone", "satellite",
    "train", "rocket", "missile",
})  # fmt: skip
"""Nouns of things people travel or fire in: a name they give ("the patrol vessel Kaimon") is
no party."""


ORGANISATION_NOUNS = frozenset({
    "firm", "company", "group", "agency", "organisation", "organization", "institute",
    "newspaper", "broadcaster", "bank", "university", "charity", "startup", "manufacturer",
    "maker", "operator", "airline", "insurer", "lender", "carrier", "consultancy",
    "publisher", "network", "outlet", "website", "tank", "body", "watchdog", "regulator",
})  # fmt: skip


def is_institution(noun: str) -> bool:
    """Whether a noun names an institution ("ministry", "newspaper"), not a person's role."""
    return noun in ORGANISATION_NOUNS or noun in _INSTITUTION_SECTORS


def describes_organisation(phrase: Span) -> bool:
    """An apposition whose head is an institution noun: "Kestrel, an Oslo-based imagery firm"
    says the name is an organisation, whatever NER thought."""
    return phrase.root.lemma_.lower() in ORGANISATION_NOUNS and phrase.root.tag_ in ("NN", "NNP")


def bare_name(name: str) -> str:
    """A name as compared with an outlet's: "The Harbour Times" is "harbour times"."""
    words = name.casefold().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def is_title(word: str) -> bool:
    """Whether a word is a title or an honorific ("Mr", "Dr.", "Superintendent"), or an office
    or a capacity written as one ("Spokesperson", "Harbourmaster": :func:`is_office`;
    "Owner")."""
    folded = word.casefold().strip(".")
    return folded in name_words()["title"] or folded in name_words()["capacity"] or is_office(word)


def is_office(word: str) -> bool:
    """Whether a word is an office written as a title before a name ("Harbourmaster Ole
    Brandt"): a role of the person named after it."""
    return word.casefold().strip(".") in name_words()["office"]


def ends_as_organisation(name: str) -> bool:
    """Whether a name of two words or more ends in a word that ends bodies' names ("Quillon
    Labs", "Ostby General Hospital", "Nurses' Union", "Osk United") or opens with one that
    opens them ("FC Velt"): never a person's name."""
    words = name.split()
    words_of = name_words()
    return len(words) > 1 and (
        words[-1].casefold().strip(".") in words_of["ending"]
        or words[0].casefold().strip(".") in words_of["opening"]
    )


_SAINTS = frozenset({"st", "saint", "ste", "san", "santa", "sao"})
_AT_VENUE = frozenset(
    {"the", "at", "in", "on", "inside", "outside", "near", "into", "along", "down", "off", "across"}
)


def names_a_venue(span: Span) -> bool:
    """Whether a name of two words or more is a venue's: it ends in a venue's word ("Brommel
    Arena", "Velt Stadium"), or opens with a beach's or a cove's ("Cala Dorne"), or is a
    landform's ("Mount Kelvane", "Yarrow River": :func:`~.lexicons.name_words`, unless it ends as
    a body's name does, "Mount Kelvane Hospital"), or ends in one
    that is also a surname ("Park", "Hall") with "the" or a preposition of place right before
    it ("at Velt Park"; "Jo Park said" is a person's) and no possessive after it."""
    words = span.text.split()
    if len(words) < 2 or not span[-1].is_title:
        return False
    last = words[-1].casefold().strip(".")
    words_of = name_words()
    if last in words_of["facility"]:
        return True
    if words[0].casefold() in words_of["shore"] and not ends_as_organisation(span.text):
        return True  # "Cala Dorne", "Playa Serena": a beach, a cove
    if (
        words[0].casefold() in words_of["landform_first"] or last in words_of["landform"]
    ) and not ends_as_organisation(span.text):
        return True  # "Mount Kelvane", "Lake Dunne", "Yarrow River", "Tamsk Pass": a landform
    doc = span.doc
    if (
        words[0].casefold().strip(".") in _SAINTS
        and span.end + 1 < len(doc)
        and doc[span.end].text in ("'s", "’s")
        and doc[span.end + 1].lower_ in words_of["worship"]
        and doc[span.end + 1].is_lower
    ):
        return True  # "St Oda's church": the church
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    possessive = span.end < len(doc) and doc[span.end].tag_ == "POS"
    return last in words_of["venue"] and before in _AT_VENUE and not possessive


def institution_before(name: Span) -> Span | None:
    """The institution noun right before a name that says what it is, with the words that
    qualify it ("the group Iron Wren", "the hacking group Iron Wren": "hacking group"),
    however the parser attached them; None where there is none, or where the name is the
    subject of a clause on that noun ("the company Ana Berg founded", "the group John Reyes
    leads")."""
    if name.start == 0:
        return None
    doc = name.doc
    noun = doc[name.start - 1]
    if noun.lemma_.lower() not in ORGANISATION_NOUNS or noun.tag_ != "NN" or not noun.is_lower:
        return None
    start = noun.i
    while start > 0 and (
        doc[start - 1].pos_ == "ADJ" or (doc[start - 1].is_lower and doc[start - 1].pos_ == "NOUN")
    ):
        start -= 1  # "hacking group", "Japanese newspaper"
    phrase = doc[start : noun.i + 1]
    verb = doc[name.end] if name.end < len(doc) else None
    while verb is not None and verb.dep_ in ("aux", "auxpass", "neg") and verb.head.i > verb.i:
        verb = verb.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return phrase
    # the noun phrase's own verb, not a clause on the noun; a noun the parse left as the root
    # ("The group Iron Wren has said …" read as "the group [that] Iron Wren has said")
    # has no verb but that one
    return phrase if verb.i == noun.head.i or noun.dep_ == "ROOT" else None


def headed_by_institution(name: Span) -> bool:
    """Whether an institution noun right before a name says what it is
    (:func:`institution_before`)."""
    return institution_before(name) is not None


_ROLE_END = frozenset({"of", "that", "which", "who", "at", "for", "with", "in", "on", "based"})


def names_a_body(role: str) -> bool:
    """Whether a role as written names a kind of body: its head noun, the last word before
    any "of", "that", "at" …, is an institution noun ("ransomware group", "security firm that
    tracks …", "Japanese newspaper"; not "opposition candidate", "secretary of the union")."""
    words: list[str] = []
    for word in role.casefold().replace(",", " ").split():
        if word in _ROLE_END:
            break
        words.append(word)
    return bool(words) and is_institution(words[-1])


def named_as_body(span: Span) -> bool:
    """Whether the text says a name is a body's: it ends as bodies' names do ("Quillon Labs"),
    an institution noun right before it says so ("the group Iron Wren"), or it is an outlet's
    (:func:`names_an_outlet`)."""
    return ends_as_organisation(span.text) or headed_by_institution(span) or names_an_outlet(span)


def names_an_outlet(span: Span) -> bool:
    """Whether a name is a news outlet's or a wire agency's: it ends as an agency's does
    ("Coastline Wire", "Delta News Agency"), or it reads as a masthead ("Velt Herald", "Radio
    Osk": see ``readers/data/outlets.tsv``) and "the" or a verb of telling comes right before it
    ("she told Velt Herald", "the Osk Sentinel reported"); a person may carry a masthead's word
    as a surname ("Emily Post"), but is not told to nor written after "the"."""
    name = span.text
    if is_agency(name):
        return True
    if span.start == 0 or not masthead(name):
        return False
    before = span.doc[span.start - 1]
    return before.lower_ == "the" or before.lower_ in name_words()["told"]


def owned_by(org: Span, gaz: Gazetteer) -> str | None:
    """The country that owns an organisation named without one, by a possessive or a demonym
    before its name and outside it ("Russia's Foreign Ministry", "the Iranian Foreign
    Ministry" where NER left the demonym out); None otherwise."""
    for child in org.root.children:
        if child.i >= org.start:
            continue
        if child.dep_ == "poss" and (c := gaz.country(child.text)) is not None:
            return c.iso3
        if child.dep_ in ("amod", "compound") and (code := gaz.demonym(child.text)):
            return code
    return None


def located_in(org: Span, gaz: Gazetteer) -> str | None:
    """The country an unknown organisation's name places it in: "University of Hamburg",
    "Bank of Japan" (a place or country after "of"), else a demonym or a country's name among
    its words ("British Defence", "Kenya Anti-Corruption Commission"; one or two words, the
    last found); None when the name says nothing."""
    for tok in org:
        if tok.head.lower_ == "of" and tok.pos_ == "PROPN":
            if (c := gaz.country(tok.text)) is not None:
                return c.iso3
            places = gaz.places_named(tok.text)
            if places:
                return max(places, key=lambda p: p.population or 0).iso3
    found: str | None = None
    words = [t.text for t in org]
    for n in (1, 2):
        for i in range(len(words) - n + 1):
            form = " ".join(words[i : i + n])
            if not form[:1].isupper():
                continue
            if code := gaz.demonym(form):
                found = code
            elif (c := gaz.country(form)) is not None and len(form) > 3:
                found = c.iso3
    return found


def institution_sector(span: Span) -> str | None:
    for tok in span:
        if (sector := _INSTITUTION_SECTORS.get(tok.lower_)) is not None:
            return sector
    return None


def _clean(span: Span) -> Span:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def unclosed(appos: Token) -> bool:
    """Whether an apposition naming an institution runs straight into a finite verb, with no
    comma to close it ("…, Oleg Varn, the foreign ministry said"): in edited English a phrase
    apposed between a subject and its verb is closed by a comma ("Varn, the minister, said"),
    and a person is no ministry, so this one is the verb's subject, and no apposition of the
    name before it (a slip of the parse). A person's role left unclosed ("Ana Lind, a
    spokeswoman for the committee said") is a slip of the writer's: still her role."""
    doc = appos.doc
    nxt = appos.right_edge.i + 1
    return (
        is_institution(appos.lemma_.lower())
        and nxt < len(doc)
        and doc[nxt].pos_ in ("VERB", "AUX")
        and doc[nxt].tag_ in _FINITE
    )


def subject_after_place(appos: Token) -> bool:
    """Whether an apposition to the object of a preposition runs straight into a finite verb
    ("… the blast in Osk, a source at the hospital told the paper"): a name that a preposition
    governs is no subject, so no slip of a writer's leaves its role unclosed; the phrase is the
    verb's subject, and says nothing of the name (a place, which NER may take for a person)."""
    doc = appos.doc
    nxt = appos.right_edge.i + 1
    return (
        appos.head.dep_ == "pobj"
        and appos.head.head.pos_ == "ADP"
        and nxt < len(doc)
        and doc[nxt].pos_ in ("VERB", "AUX")
        and doc[nxt].tag_ in _FINITE
    )


_RELATIVE = frozenset({"who", "whom", "whose", "which"})


def _before_relative(doc: Doc, head: int, end: int) -> int:
    """Where a role phrase ends: before a comma that opens a relative clause on it ("the union
    leader, who said afterwards that …" is "the union leader") or a comment on it ("a fish
    trader, a claim police deny": "a" or "an" and a ``comment`` noun of name_words.tsv); what
    the clause or the comment says is no role."""
    comments = name_words()["comment"]
    for i in range(head + 1, end - 1):
        if doc[i].text != ",":
            continue
        if doc[i + 1].lower_ in _RELATIVE:
            return i
        if i + 2 < end and doc[i + 1].lower_ in ("a", "an") and doc[i + 2].lower_ in comments:
            return i
    return end


def _given_name_after_role(tok: Token) -> bool:
    """Whether a capitalised proper noun that NER left out of the name after it follows a role
    noun in lower case ("Vera" of "Opposition lawmaker Vera Kohl", where NER found "Kohl"):
    the person's given name, no word of the role."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (
        tok.tag_ == "NNP"
        and tok.is_title
        and tok.is_alpha
        and tok.ent_type_ in ("", "PERSON")
        and not is_title(tok.text)
        and before is not None
        and before.is_lower
        and before.is_alpha
        and before.pos_ == "NOUN"
    )


def role_phrases(person: Span) -> list[Span]:
    """The phrases around a person's name that can state a role."""
    doc = person.doc
    root = person.root
    phrases: list[Span] = []
    # pre-modifiers: the run of tokens left of the name that depend on it (or on each other)
    start = person.start
    while start > 0:
        tok = doc[start - 1]
        if (
            tok.dep_ in ("compound", "amod", "nmod", "poss", "case", "punct")
            and ((tok.head.i >= start - 1 and tok.head.i < person.end) or tok.dep_ == "case")
            and tok.text not in (",", "(", ")", '"', "“", "”")
        ):
            start -= 1
        else:
            break
    stop = person.start
    if stop - start > 1 and _given_name_after_role(doc[stop - 1]):
        stop -= 1  # "lawmaker Vera" of "Opposition lawmaker Vera Kohl" (NER's "Kohl")
    if start < stop:
        phrases.append(_clean(doc[start:stop]))
    # apposition after the name
    for child in root.children:
        if (
            child.dep_ == "appos"
            and child.i >= person.end
            and not unclosed(child)
            and not subject_after_place(child)
        ):
            end = _before_relative(doc, child.i, child.right_edge.i + 1)
            phrases.append(_clean(doc[child.left_edge.i : end]))
    # the name in apposition to a role noun before it
    if root.dep_ == "appos" and root.head.i < person.start:
        head = root.head
        end = min(head.i + 1, person.start)
        for child in head.children:  # "chief of staff" of "The mayor's chief of staff, Tam …"
            if child.dep_ == "prep" and head.i < child.i and child.right_edge.i < person.start:
                end = max(end, child.right_edge.i + 1)
        phrases.append(_clean(doc[head.left_edge.i : end]))
    return [p for p in phrases if len(p)]
