"""Agentive or locative: is "Moscow" the Russian state here, or the city?

A capital, a seat of government or a country name is *agentive* (the state acting, speaking or
acted upon as a party) when the parse makes it a participant: the subject of a verb ("Tehran
and Moscow have rejected"), the object of a verb that is not one of motion ("accused London",
"urged Berlin"), the recipient of a transfer ("send tanks to Kyiv"), a possessor ("Moscow's
decision"), the agent of a passive ("by Beijing"), the partner of a relation ("talks with
Tokyo", "between Seoul and Tokyo", "sanctions against Moscow") or a modifier of a government
noun ("the Beijing government"). It is *locative* when it only locates: the object of a
locative preposition ("in Shanghai", "near the Kremlin"), "Moscow-based", the object of a
motion verb ("visit Beijing", "flew to Geneva"). Conjuncts share the role of their first
conjunct. When the parse says neither, capitals stay places and country names stay states.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicons import name_words

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "oprd", "attr"})
LOCATIVE_PREPS = frozenset({
    "in", "at", "near", "inside", "outside", "across", "around", "within", "into", "through",
    "throughout", "over", "off", "beyond", "toward", "towards", "via", "along", "onto",
    "above", "below", "beneath", "behind", "north", "south", "east", "west", "of",
})  # fmt: skip
PARTNER_PREPS = frozenset({"with", "between", "among", "against", "by", "versus", "vs"})
MOTION_VERBS = frozenset({
    "visit", "travel", "fly", "arrive", "go", "come", "return", "leave", "reach", "head",
    "move", "sail", "land", "drive", "walk", "flee", "enter", "depart", "relocate", "tour",
    "base", "locate", "station", "deploy", "bring", "take", "hold", "host", "meet",
})  # fmt: skip
TRANSFER_VERBS = frozenset({
    "send", "deliver", "supply", "sell", "give", "provide", "ship", "transfer", "export",
    "offer", "pledge", "lend", "grant", "donate", "promise", "hand", "write", "say", "tell",
    "report", "complain", "appeal", "protest", "turn", "apologise", "apologize",
})  # fmt: skip
GOVERNMENT_NOUNS = frozenset({
    "government", "officials", "official", "leadership", "authorities", "regime",
    "administration", "ministry", "spokesperson", "spokesman", "spokeswoman", "envoy",
    "envoys", "diplomats", "negotiators", "delegation", "position", "stance", "policy",
})  # fmt: skip
COPULAS = frozenset({"be", "become", "remain"})


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok


def _based(span: Span) -> bool:
    """``Moscow-based``, ``Moscow based`` and ``Moscow-headquartered`` locate."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text in ("-", "–"):
        i += 1
    return i < len(doc) and doc[i].lower_ in ("based", "headquartered", "born", "born-")


def role(span: Span) -> str | None:
    """``"actor"``, ``"place"`` or None (the parse does not say)."""
    if _based(span):
        return "place"
    tok = _first_conjunct(span.root)
    dep, head = tok.dep_, tok.head
    if dep in SUBJECT_DEPS:
        return (
            "place"
            if head.lemma_ in COPULAS
            and any(
                c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") and c.lower_ in ("city", "capital")
                for c in head.children
            )
            else "actor"
        )
    if dep in OBJECT_DEPS:
        if head.lemma_ in COPULAS:
            return None
        return "place" if head.lemma_ in MOTION_VERBS else "actor"
    if dep == "poss":
        return "actor"
    if dep in ("compound", "nmod", "amod", "npadvmod"):
        return "actor" if head.lower_ in GOVERNMENT_NOUNS else "place"
    if dep == "pobj":
        prep = head.lower_
        governor = head.head
        if head.dep_ == "agent" or prep in PARTNER_PREPS:
            return "actor"
        if prep in ("to", "from"):
            if governor.lemma_ in TRANSFER_VERBS or (governor.pos_ == "NOUN" and prep == "from"):
                return "actor"
            return "place"
        if prep in LOCATIVE_PREPS:
            return "place"
    return None


_REACHED_BY = frozenset({
    "divert", "redirect", "reroute", "take", "evacuate", "airlift", "fly", "drive", "travel",
    "flee", "arrive", "walk", "sail", "relocate", "transport", "ferry",
})  # fmt: skip
"""Verbs of going or being taken somewhere: what they go to or from is a place."""


def reached(span: Span) -> bool:
    """Whether a one-word name NER labelled an organisation is where someone went or was taken
    ("an ambulance diverted to Harrowgate", "patients flown from Ostby"): a place, the town,
    not a body (a transfer, "sold to Acme", "wrote to Acme", is not this, nor a thing taken
    somewhere, "took the case to Parliament", "the Court of Appeal")."""
    prep = _one_word_object(span, ("to", "from", "towards"))
    verb = prep.head if prep is not None else None
    return (
        verb is not None
        and verb.lemma_.lower() in _REACHED_BY
        and not any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children)
    )


def _one_word_object(
    span: Span, preps: tuple[str, ...], *, right_after: bool = False
) -> Token | None:
    """The preposition (one of ``preps``) whose object a one-word name is, or None;
    ``right_after``: only the preposition just before the name ("in Velt", not "in central
    Velt")."""
    root = span.root
    prep = root.head
    if len(span) != 1 or root.dep_ != "pobj" or prep.lower_ not in preps:
        return None
    return None if right_after and prep.i != span.start - 1 else prep


def sited(span: Span, sites: frozenset[str]) -> bool:
    """Whether a one-word name NER labelled an organisation is where a works stands ("a
    meat plant in Ostby", "the mill near Ostby", ``sites`` the works' nouns): the town, not a
    body (a stake, a job or a change "in Acme" is no works)."""
    prep = _one_word_object(span, ("in", "near", "outside"))
    return prep is not None and prep.head.pos_ == "NOUN" and prep.head.lower_ in sites


PLACE_NOUNS = frozenset({
    "port", "city", "town", "village", "capital", "province", "region", "island", "district",
    "harbour", "harbor", "county", "state",
})  # fmt: skip
"""Nouns of places whose name follows them after "of" ("the port of Qorin")."""


def set_in(span: Span, figurative: frozenset[str]) -> bool:
    """Whether a one-word name is where a verb's event takes place: the object of "in" right
    before it, the "in" attached to a verb that takes it for a place (``figurative``: the
    verbs that take "in" otherwise, "invested in Acme", "believe in Acme")."""
    prep = _one_word_object(span, ("in",), right_after=True)
    verb = prep.head if prep is not None else None
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.casefold() not in figurative


def sited_in_venue(span: Span, venues: frozenset[str]) -> bool:
    """Whether a one-word name NER labelled an organisation is where a venue stands ("the
    Brommel Arena in Velt", ``venues`` the last words of venues' names): the town."""
    prep = _one_word_object(span, ("in", "near", "outside"), right_after=True)
    return prep is not None and prep.head.pos_ == "PROPN" and prep.head.lower_ in venues


def named_place(span: Span) -> bool:
    """Whether a name is given to a place by the noun before it: "the port of Qorin", "the town
    of Ebbing" (a place, whatever NER took it for; not "the state of the economy", whose
    object is no name, nor "the Port of Qorin Authority", one name)."""
    root = span.root
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.i == span.start - 1
        and prep.head.lower_ in PLACE_NOUNS
        and prep.head.is_lower
    )


def headed_place(span: Span) -> bool:
    """Whether a name is given to a place by the noun right after it, which it modifies:
    "Velmor province", "Oskar's Velmor region", or by a plural place noun it is listed with:
    "from Velmor and neighbouring provinces" (a place noun in lower case; "Velmor Province
    Council" is one name, and "the Velmor state visit" has no place noun at the root); a
    landform's noun in lower case names one too ("the Tamsk ridge", "the Orsa valley":
    ``landform`` of :func:`~.lexicons.name_words`)."""
    doc = span.doc
    root = span.root
    if span.end < len(doc):
        nxt = doc[span.end]
        if (
            nxt.is_lower
            and (nxt.lower_ in PLACE_NOUNS or nxt.lower_ in name_words()["landform"])
            and root.head.i == nxt.i
            and root.dep_ in ("compound", "nmod", "amod")
            and (nxt.i + 1 >= len(doc) or not doc[nxt.i + 1].is_title)
        ):
            return True
    return any(
        c.is_lower and c.tag_ == "NNS" and c.lemma_.casefold() in PLACE_NOUNS
        for c in root.children
        if c.dep_ == "conj"
    )


def apposed_place(span: Span) -> bool:
    """Whether the apposition after a name says it is a place: "flew to Pelmora, the capital of
    Vestria", "Brisca, a port city in the south" (its head a place noun in lower case, after a
    comma). A person's apposition has a person's noun for head ("Ana Roth, the city's
    mayor")."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    return any(
        child.dep_ == "appos"
        and child.i > span.end
        and ((child.is_lower and child.lower_ in PLACE_NOUNS) or _owned_by_place(span, child))
        for child in span.root.children
    )


def _owned_by_place(span: Span, appos: Token) -> bool:
    """Whether an apposition after a one-word name that is the object of "in" owns something
    by "the city's" ("explosion in Aldwen, a source at the city's hospital"): a possessive of a
    place noun in lower case after "the", which is the name itself (one named in a place, the
    place the apposition then calls "the city"). A person named so is written "Ana Roth, the
    city's mayor", the subject of a verb, never "in Roth, …"."""
    if len(span) != 1 or span.root.dep_ != "pobj" or span.root.head.lower_ != "in":
        return False
    return any(
        t.dep_ == "poss"
        and t.is_lower
        and t.lower_ in PLACE_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        for t in appos.subtree
    )


LISTING_PREPS = LOCATIVE_PREPS - {"of"}
"""Prepositions that only locate: "the people of X and Y" may be anyone's."""


def conjuncts(tok: Token) -> list[Token]:
    """A token and the tokens listed with it ("Talmor and Pessar", "Talmor, Pessar and Orm"),
    the first conjunct first."""
    first = _first_conjunct(tok)
    out = [first]
    i = 0
    while i < len(out):
        out.extend(c for c in out[i].children if c.dep_ == "conj")
        i += 1
    return out


MAX_LISTED = 3
"""The most words of a name listed with places (:func:`listed_locative`)."""


def listed_locative(span: Span) -> list[Token]:
    """The names listed with a name after a preposition of place ("offices in Talmor and
    Pessar": Talmor for Pessar; none for "talks with Talmor and Pessar"), by their head
    tokens; none where the name is in no such list, or where a verb follows it: "met in Geneva
    and Pessar said …" is a new clause that the parse may list with the place. The name is one
    word, or up to three capitalised ones ("wells in Talmor, Orm and Campo Verde")."""
    root = span.root
    first = _first_conjunct(root)
    doc = span.doc
    if (
        not (len(span) == 1 or (len(span) <= MAX_LISTED and all(t.is_title for t in span)))
        or first.dep_ != "pobj"
        or first.head.lower_ not in LISTING_PREPS
        or (span.end < len(doc) and doc[span.end].pos_ in ("VERB", "AUX"))
    ):
        return []
    return [t for t in conjuncts(root) if not (span.start <= t.i < span.end)]
