"""Word lists of the actors stage's ``data/`` (``kind<TAB>word`` lexicons), and the token tests
that read nothing but them: a leaf module, read by the stage's others."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from spacy.tokens import Token


def kind_words(name: str, kinds: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """The words of a ``kind<TAB>word`` lexicon of this package's ``data/`` (a header row first,
    ``#`` comments), by kind, casefolded; a row of another kind is an error naming its row."""
    text = (files(__package__) / "data" / name).read_text(encoding="utf-8")
    rows = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    found: dict[str, set[str]] = {k: set() for k in kinds}
    for n, line in enumerate(rows[1:], 2):
        kind, _, word = line.partition("\t")
        if kind not in found or not word.strip():
            raise ValueError(f"{name} row {n}: expected {'|'.join(kinds)}<TAB>word")
        found[kind].add(word.strip().casefold())
    return {k: frozenset(v) for k, v in found.items()}


@cache
def name_words() -> dict[str, frozenset[str]]:
    """Words of names by kind (``data/name_words.tsv``): ``ending``, the last words of bodies'
    names; ``title``, titles and honorifics before a person's name, and ``office``, offices
    written as titles there ("Spokesperson Ida Lund"); ``site``, works that
    stand in a town ("a plant in Ostby"); ``given``, nouns for a person's own name ("her first
    name, Oda"); ``facility`` and ``venue``, the last words of venues' names ("Brommel
    Arena"; "Velt Park" after "the" or "at"); ``opening``, the first words of bodies' names
    ("FC Velt"); ``figurative_in``, verbs whose "in" sets no place ("invested in Acme");
    ``told``, the forms of a verb of telling whose object may be the outlet a speaker spoke
    to ("she told the Velt Herald"); ``honorific``, titles only a person bears ("Bishop Ivo
    Rask" that NER took for a body is a person); ``shore``, the first words of beaches' and
    coves' names ("Cala Dorne"); ``holiday``, feasts and holidays named alone ("Easter"), a
    time and no actor; ``worship``, places of worship named by a saint ("St Oda's
    church"); ``event``, the last words of named events ("the Velt Indoor Meeting", "the
    Northern Championships"), which are no actors; ``code``, nouns before a code of letters and
    a number ("flight EU 204"), whose letters are no body's acronym; ``capacity``, capacities
    written as titles before a person's name that a body may hold too ("Owner Ida Lund", "the
    owner, Velt Fisheries"); ``across``, words in lower case no name runs across ("Orsa Bel as
    Velt" of a headline); ``landform_first`` and ``landform``, the first and the last words of
    landforms' names ("Mount Kelvane", "Yarrow River"), places; ``seat``, the last words of
    bodies named for the place they stand in ("Zellmoor Institute"), whose leading words alone
    are that place; ``saint``, the word for a saint that opens a building's name ("St Oda's
    Cathedral"); ``kin``, nouns of one person close to another ("Pell's widow, Mara"), a
    name in apposition to which is a person's; ``comment``, nouns that open a comment on the
    phrase before them ("…, a claim police deny"), where a role ends; ``branch``, nouns of a
    body's local part ("the Osk branch of the Red Cross"), which is no body the gazetteer
    names by the short name of the whole; ``firm_head``, nouns of one who owns or runs a firm
    ("the owner of Aldo Spares"), where a name opened by that person's surname is the firm;
    ``legal``, a company's legal forms written after its name ("Velnica SA", "Ostel AG"),
    which make it a firm's."""
    return kind_words(
        "name_words.tsv",
        (
            "ending",
            "title",
            "office",
            "site",
            "given",
            "kin",
            "facility",
            "venue",
            "opening",
            "figurative_in",
            "told",
            "honorific",
            "shore",
            "holiday",
            "worship",
            "saint",
            "event",
            "code",
            "capacity",
            "across",
            "landform_first",
            "landform",
            "seat",
            "comment",
            "branch",
            "firm_head",
            "legal",
        ),
    )


_PERSONAL_OWNERS = frozenset({"her", "his"})
_PERSONAL_NAMES = frozenset({"first", "given", "last", "middle", "christian"})


def given_name(tok: Token) -> bool:
    """Whether a proper noun is given as a person's name: in apposition to a noun for one, a
    person's ("who gave only her first name, Oda", "identified only by his surname, Brix"; never
    "the firm's new name, Veltra" or "its name, Veltra")."""
    head = tok.head
    if not (
        tok.dep_ == "appos"
        and tok.pos_ == "PROPN"
        and head.pos_ == "NOUN"
        and head.lemma_.casefold() in name_words()["given"]
    ):
        return False
    return any(
        (c.dep_ == "poss" and c.lower_ in _PERSONAL_OWNERS)
        or (c.dep_ == "amod" and c.lower_ in _PERSONAL_NAMES)
        for c in head.children
    )


@cache
def shared_names() -> frozenset[str]:
    """Short names that many bodies share (``data/shared_names.tsv``: "Red Cross", which every
    national society bears), casefolded."""
    return kind_words("shared_names.tsv", ("shared",))["shared"]
