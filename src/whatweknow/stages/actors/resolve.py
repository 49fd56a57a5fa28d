"""From candidate mentions to actors: one actor per real-world party, with codes and roles.

Each candidate is resolved to a *key* that names the party across articles (``country:RUS``,
``org:IAEA``, ``person:xi jinping``, ``place:RUS:moscow``, ``group:japanese media``); mentions
with the same key are one actor. Then, inside the document, short names join the full name they
abbreviate ("Okafor" → "Grace Okafor"), acronyms join the name they stand for when the text
spells it out ("the International Atomic Energy Agency (IAEA)"), and titles join the leader the
gazetteer has in office ("the Chinese president" → Xi Jinping, when the publication year is
known). Nothing is guessed: an unknown name keeps ``country: null``, but for an organisation
whose own name says where it is or whose it is ("University of Hamburg", "British Defence",
"Kenya Forestry Board": :func:`.roles.located_in`). An organisation whose owner the words
before its name give ("Russia's Foreign Ministry": :func:`.roles.owned_by`) is that country's
(``org:RUS:foreign ministry``), and "the Foreign Ministry" later in the article is the same
when the article names only one country's: a generic name never joins two states' bodies.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Doc, Span, Token

from ...contract import Actor, Mention
from . import metonymy
from .gazetteer import Country, Gazetteer, Leader, Organisation, Place, Seat, UserActor, normalise
from .lexicons import name_words
from .mentions import MentionCandidate, portfolio_before, titled_portfolio
from .metonymy import apposed_place, headed_place, listed_locative, named_place
from .people import served_role
from .roles import (
    analyse_phrase,
    describes_organisation,
    ends_as_organisation,
    institution_before,
    institution_sector,
    is_office,
    is_title,
    located_in,
    named_as_body,
    names_a_venue,
    owned_by,
    role_phrases,
)
from .states import demonyms

ActorType = Literal["person", "state", "organisation", "place", "group"]
_TITLE_NOUNS = frozenset({
    "president", "premier", "chancellor", "king", "queen", "emperor", "leader",
    "prime minister", "supreme leader", "vice president", "crown prince",
})  # fmt: skip
_TITLE_FIRST = frozenset(t.split()[0] for t in _TITLE_NOUNS)
_STOP = frozenset({"of", "the", "and", "for", "on", "in", "de", "&"})
_DET = frozenset({"a", "an", "the"})
_SAINT = frozenset({"st", "saint"})


@dataclass
class Party:
    key: str
    name: str
    type: ActorType
    country: str | None = None
    sector: str | None = None
    lat: float | None = None
    lon: float | None = None
    roles: list[str] = field(default_factory=list)
    mentions: list[tuple[Span, str]] = field(default_factory=list)
    fixed: bool = False
    """Resolved by the gazetteer: its name and codes are not to be changed by the text."""
    told: bool = False
    """An organisation that the text says is one (its name ends as bodies' names do, or an
    institution noun names what it is), not only NER's label."""

    def add_role(self, text: str) -> None:
        if text and text.casefold() not in (r.casefold() for r in self.roles):
            self.roles.append(text)


def _country_party(c: Country) -> Party:
    return Party(f"country:{c.iso3}", c.name, "state", c.iso3, "GOV", fixed=True)


def _leader_party(ldr: Leader, gaz: Gazetteer) -> Party:
    party = Party(
        f"person:{normalise(ldr.name)}", ldr.name, "person", ldr.iso3, ldr.sector, fixed=True
    )
    country = gaz.countries.get(ldr.iso3) if ldr.iso3 else None
    where = country.name if country else ldr.org
    party.add_role(f"{ldr.role} of {where}" if where else ldr.role)
    return party


def _org_party(org: Organisation) -> Party:
    return Party(f"org:{org.key}", org.name, "organisation", org.iso3, org.sector, fixed=True)


class Resolver:
    def __init__(self, gaz: Gazetteer, year: int | None) -> None:
        self.gaz = gaz
        self.year = year
        self.parties: dict[str, Party] = {}
        self.venues: frozenset[str] = frozenset()
        self.headed: frozenset[str] = frozenset()
        """One-word names the text gives to a place by its noun somewhere ("Velmor province"):
        their bare mentions ("had governed Velmor") are that place too."""
        """Names the article writes once as a venue's ("along Tallow Lane"): a venue wherever
        the same article writes them ("his kitchen on Tallow Lane"), set by the caller."""

    def _party(self, proto: Party) -> Party:
        party = self.parties.setdefault(proto.key, proto)
        if proto.fixed and not party.fixed:  # a later mention resolved it for certain
            proto.mentions, proto.roles = party.mentions, party.roles
            self.parties[proto.key] = party = proto
        return party

    def add_person(self, span: Span) -> None:
        """A mention of a person the text names by ``span`` (a name NER missed)."""
        party = self._party(Party(f"person:{normalise(span.text)}", span.text, "person"))
        party.mentions.append((span, "actor"))

    def _leader(self, text: str) -> Leader | None:
        if self.year is not None:
            return self.gaz.leader(text, self.year)
        found = self.gaz.leaders_named(text)
        return found[0] if len({ldr.name for ldr in found}) == 1 else None

    def _leader_meant(self, span: Span, ldr: Leader) -> bool:
        """Whether a mention may name the leader ``ldr``: always by a name of two words or more
        ("Kevin Rudd"); by a surname alone ("Rudd", "Mr Rudd") only where the article also
        writes the leader's full name, office ("prime minister"), country or its demonym, or
        body, as a report on the leader does. A bare surname in an undated story that writes
        none of them is someone else's (a coach, a witness): no year tells whether the leader
        was in office."""
        if len(untitled(span.text).split()) > 1:
            return True
        doc = span.doc
        text = doc.text.casefold()
        forms = [ldr.name, ldr.role or ""]
        country = self.gaz.countries.get(ldr.iso3) if ldr.iso3 else None
        if country is not None:
            forms += country.forms
        org = self.gaz.organisations.get(ldr.org) if ldr.org else None
        if org is not None:
            forms += org.forms
        if any(f and f.casefold() in text for f in forms):
            return True
        return bool(ldr.iso3) and any(
            t.is_title and self.gaz.demonym(t.text) == ldr.iso3 for t in doc
        )

    def add(self, cand: MentionCandidate) -> None:
        span, entry, gaz = cand.span, cand.entry, self.gaz
        text = span.text
        as_ = "actor"
        seen = cand.kind
        venue = (
            entry is None
            and seen in ("person", "organisation")
            and (names_a_venue(span) or text in self.venues)
        )
        if venue:
            seen = "place"  # "the Brommel Arena": a venue, never a person or a body
        told = entry is None and seen in ("person", "organisation") and named_as_body(span)
        if told:
            seen = "organisation"  # "Quillon Labs", "the group Iron Wren": never a person
        if (
            entry is None
            and not told
            and seen in ("person", "organisation")
            and (
                named_place(span)
                or headed_place(span)
                or (len(span) == 1 and text in self.headed)
                or apposed_place(span)
                or self._listed_with_place(span)
            )
        ):
            seen = "place"  # "the port of Qorin", "Velmor province", "Pelmora, the capital of …"
        if isinstance(entry, Leader) or (seen == "person" and entry is None):
            ldr = entry if isinstance(entry, Leader) else self._leader(text)
            if ldr is not None and self.year is None and not self._leader_meant(span, ldr):
                ldr = None  # "Rudd", a coach, in an undated story that names no prime minister
                # (a dated one names the leader then in office, whom "Biden-Xi summit" means)
            if ldr is not None and (self.year is None or ldr.active(self.year)):
                party = self._party(_leader_party(ldr, gaz))
            else:
                name = untitled(text)
                party = self._party(Party(f"person:{normalise(name)}", name, "person"))
        elif isinstance(entry, Organisation):
            party = self._party(_org_party(entry))
        elif isinstance(entry, UserActor):
            kind: ActorType = entry.actor_type
            party = self._party(
                Party(
                    f"user:{normalise(entry.name)}",
                    entry.name,
                    kind,
                    entry.iso3,
                    entry.sector,
                    fixed=True,
                )
            )
            for r in entry.roles:
                party.add_role(r)
        elif isinstance(entry, Country) and cand.kind == "demonym":
            if span.root.tag_ in ("NNS", "NNPS"):  # "Iranians protested"
                party = self._party(Party(f"group:{normalise(text)}", text, "group", entry.iso3))
            else:
                party, as_ = self._party(_country_party(entry)), "place"
        elif isinstance(entry, Country):
            party = self._party(_country_party(entry))
            as_ = metonymy.role(span) or "actor"
        elif isinstance(entry, Place):
            as_ = metonymy.role(span) or "place"
            if as_ == "actor" and entry.metonym and entry.iso3 in gaz.countries:
                party = self._party(_country_party(gaz.countries[entry.iso3]))
            else:
                party = self._party(
                    Party(
                        f"place:{entry.iso3}:{normalise(entry.name)}",
                        entry.name,
                        "place",
                        entry.iso3,
                        None,
                        entry.lat,
                        entry.lon,
                        fixed=True,
                    )
                )
        elif isinstance(entry, Seat):
            as_ = metonymy.role(span) or "actor"
            if as_ == "place":
                party = self._party(
                    Party(
                        f"place:{entry.iso3}:{normalise(entry.name)}",
                        entry.name,
                        "place",
                        entry.iso3,
                        fixed=True,
                    )
                )
            elif entry.org and entry.org in gaz.organisations:
                party = self._party(_org_party(gaz.organisations[entry.org]))
            elif entry.sector == "GOV" and entry.iso3 and entry.iso3 in gaz.countries:
                party = self._party(_country_party(gaz.countries[entry.iso3]))
            else:
                party = self._party(
                    Party(
                        f"org:{normalise(entry.name)}",
                        entry.name,
                        "organisation",
                        entry.iso3,
                        entry.sector,
                        fixed=True,
                    )
                )
        elif seen == "organisation":
            owner = owned_by(span, gaz)
            if owner is not None:  # "Russia's Foreign Ministry": that state's, not any one's
                key = f"org:{owner}:{normalise(text)}"
                party = self._party(Party(key, text, "organisation", owner))
            elif not told and (
                metonymy.reached(span)
                or metonymy.sited(span, name_words()["site"])
                or metonymy.sited_in_venue(span, name_words()["facility"])
            ):  # "diverted to Harrowgate", "a plant in Harrowgate", "the Osk Arena in Velt"
                party, as_ = self._party(Party(f"place::{normalise(text)}", text, "place")), "place"
            else:
                country = located_in(span, gaz)
                party = self._party(Party(f"org:{normalise(text)}", text, "organisation", country))
            party.told = party.told or told
            if told and (noun := institution_before(span)) is not None:
                party.add_role(noun.text)  # "the hacking group Iron Wren": its kind
        elif cand.kind == "place" or seen == "place":
            as_ = metonymy.role(span) or "place"
            party = self._party(Party(f"place::{normalise(text)}", text, "place"))
        elif cand.kind == "group" or (cand.kind == "norp" and span.root.tag_ in ("NNS", "NNPS")):
            party = self._party(self._group(cand))
        else:
            return
        party.mentions.append((span, as_))

    def _listed_with_place(self, span: Span) -> bool:
        """Whether a name is listed after a preposition of place with a place that NER or the
        gazetteer knows ("offices in Talmor and Pessar", Talmor a place: Pessar is one too,
        whatever NER took it for; two unknown names are left as they are)."""
        return any(
            tok.ent_type_ in ("GPE", "LOC")
            or any(isinstance(e, Place | Country) for e in self.gaz.lookup(tok.text))
            for tok in listed_locative(span)
        )

    def _group(self, cand: MentionCandidate) -> Party:
        span = cand.span
        name = span.text
        head_role = self.gaz.role(span.root.text) or (
            self.gaz.role(span.root.nbor(-1).text + " " + span.root.text)
            if span.root.i > span.start
            else None
        )
        sector = head_role.sector if head_role else None
        country = None
        words = [t.text for t in span if t.i != span.root.i]
        for n in (1, 2):  # "Russian officials", "South Korean media"
            for i in range(len(words) - n + 1):
                form = " ".join(words[i : i + n])
                if code := self.gaz.demonym(form):
                    country = code
                elif c := self.gaz.country(form):
                    country = c.iso3
        return Party(f"group:{normalise(name)}", name, "group", country, sector)

    # -- after all mentions are in ------------------------------------------------------------

    def unknown_names(self) -> set[str]:
        """One-word names of parties the gazetteer did not resolve that NER typed a person or a
        body and the text does not say are bodies: those that :meth:`make_states` may find to
        be states. A name NER always took for a place stays a place ("Bavaria's interior
        ministry" is a region's: a place is no wrong type for a country, a state is for a
        region)."""
        return {
            p.name
            for p in self.parties.values()
            if not p.fixed
            and not p.told
            and p.type in ("person", "organisation")
            and p.name.isalpha()
            and p.name.istitle()
        }

    def unknown_places(self) -> set[str]:
        """One-word names of places the gazetteer did not resolve (NER's, always typed a
        place): those that :meth:`make_states` may find to be states by an organ no region
        has (:func:`.states.marked_states` with ``sovereign``)."""
        return {
            p.name
            for p in self.parties.values()
            if not p.fixed
            and not p.told
            and p.type == "place"
            and p.name.isalpha()
            and p.name.istitle()
        }

    def make_states(self, names: set[str]) -> None:
        """Names the text marks as states (:func:`.states.marked_states`): every party of such
        a name, whatever NER typed it, is one state (``country::name``, no code known), each
        mention acting or locating as a country's does (:func:`.metonymy.role`); a demonym of
        it ("Xian" that NER took for a name) is a mention of it that locates, as a known
        country's demonym is."""
        adjectives = {d: n for n in names for d in demonyms(n)}
        for party in list(self.parties.values()):
            name = party.name if party.name in names else adjectives.get(party.name)
            if name is None or party.fixed or party.told:
                continue
            if party.type not in ("person", "organisation", "place"):
                continue
            key = f"country::{normalise(name)}"
            state = self.parties.setdefault(key, Party(key, name, "state", None, "GOV", fixed=True))
            state.mentions.extend(
                (span, "place" if name != party.name else metonymy.role(span) or "actor")
                for span, _ in party.mentions
            )
            del self.parties[party.key]

    def _people_by_apposition(self) -> None:
        """A name of two or three words that NER took for a place or a body, in apposition to
        a person's role noun ("a ministry spokeswoman, Vera Lind, said", "its ambassador,
        Dan Orr,", "another resident, Ana Holt-Berg,"): that person (a body is in apposition to
        "the company", a place to "the town"; no role noun of a person names either)."""
        for party in list(self.parties.values()):
            words = party.name.split()
            if (
                party.type not in ("place", "organisation")
                or party.fixed
                or party.told
                or len(words) not in (2, 3)
                or not all(_name_word(w) for w in words)
                or ends_as_organisation(party.name)
            ):
                continue
            if any(self._person_role(span) for span, _ in party.mentions):
                party.type = "person"
                party.mentions = [(span, "actor") for span, _ in party.mentions]
                self._rekey(party, f"person:{normalise(party.name)}")

    def _firms_of_owners(self) -> None:
        """A name of two words or more that NER took for a person, named right after "the
        owner of" (a noun of name_words.tsv ``firm_head``) in a role of a person whose surname
        opens it ("Piet Aldo, the owner of Aldo Spares,"): the firm named for its owner, an
        organisation in every mention (no one is owned)."""
        heads = name_words()["firm_head"]
        for owner in list(self.parties.values()):
            words = owner.name.split()
            if owner.type != "person" or len(words) < 2 or ends_as_organisation(owner.name):
                continue
            starts: set[int] = set()
            for span, _ in owner.mentions:
                for phrase in role_phrases(span):
                    doc = phrase.doc
                    for tok in phrase:
                        at = tok.i + 2
                        if (
                            tok.lower_ not in heads
                            or at >= phrase.end
                            or doc[at - 1].lower_ != "of"
                        ):
                            continue
                        starts.add(at + 1 if doc[at].lower_ == "the" else at)
            firms = {
                firm.name
                for firm in self.parties.values()
                if firm.type in ("person", "organisation")
                and firm is not owner
                and len(firm.name.split()) >= 2
                and firm.name.split()[0] == words[-1]
                and any(span.start in starts for span, _ in firm.mentions)
            }
            for firm in list(self.parties.values()):
                if firm.type == "person" and not firm.fixed and firm.name in firms:
                    firm.type = "organisation"
                    self._rekey(firm, f"org:{normalise(firm.name)}")

    def _person_role(self, span: Span) -> bool:
        """Whether the name ``span`` is in apposition to one person's role noun before it: a
        role of one person ("spokeswoman"), or the singular of a role of people that the role
        lists with its plural ("a resident", of "resident|residents"; never "the government"
        or "the media", which name a body)."""
        root = span.root
        head = root.head
        if root.dep_ != "appos" or head.i >= span.start or head.tag_ != "NN":
            return False
        role = self.gaz.role(head.text)
        if role is not None and role.collective:
            return _counted(head.lower_, role.forms)
        return role is not None or is_office(head.text)

    def add_roles(self, candidates: list[MentionCandidate]) -> None:
        by_start = sorted(candidates, key=lambda c: c.span.start)
        retyped: list[Party] = []
        self._people_by_apposition()
        self._firms_of_owners()
        for party in self.parties.values():
            if party.type == "organisation" and not party.fixed:
                self._kind_of_body(party)
            if party.type != "person":
                continue
            for span, _ in party.mentions:
                if (office := _office_before(span) or _office_left_of(span)) is not None:
                    party.add_role(office)  # "Harbourmaster Ole Brandt": a harbourmaster
                if (title := titled_portfolio(span.doc, span.start, span.end)) is not None:
                    party.add_role(title.text)  # "Minister of Mines Tobias Wrenne"
                served = served_role(span, self.gaz)
                if served is not None:  # "a spokeswoman for the operator, Dita Mauer,": hers
                    party.add_role(served.text)
                for phrase in role_phrases(span):
                    if served is not None and phrase.end <= span.start:
                        continue  # the body her role serves ("the operator") is not she
                    if describes_organisation(phrase) and phrase.start > span.end + 1:
                        continue  # "A of B Labs, a data firm": the firm is B, not A
                    if describes_organisation(phrase) and not party.fixed:
                        party.type = "organisation"
                        party.sector = party.sector or institution_sector(phrase)
                        retyped.append(party)
                    inner = [
                        c
                        for c in by_start
                        if phrase.start <= c.span.start and c.span.end <= phrase.end
                    ]
                    info = analyse_phrase(phrase, inner, self.gaz)
                    if info is None:
                        continue
                    party.add_role(info.text)
                    if not party.fixed:
                        party.country = party.country or info.country
                        party.sector = party.sector or info.sector
        for party in retyped:  # NER took an organisation for a person: file it as one
            if self.parties.get(party.key) is party:
                # with the name NER labelled an organisation elsewhere in the article, if any
                self._rekey(party, f"org:{normalise(party.name)}").told = True
        self._one_type()

    def _rekey(self, party: Party, key: str) -> Party:
        """``party`` filed under ``key``, or folded into the party already there (:meth:`_fold`);
        the party it now is."""
        same = self.parties.get(key)
        if same is not None and same is not party:
            self._fold(party, same)
            return same
        del self.parties[party.key]
        party.key = key
        self.parties[key] = party
        return party

    @staticmethod
    def _kind_of_body(party: Party) -> None:
        """An organisation's kind, as an apposition or a head noun before it says ("Quillon
        Labs, a data firm that …", "the ransomware group Iron Wren"): one of its roles."""
        for span, _ in party.mentions:
            for phrase in role_phrases(span):
                if not describes_organisation(phrase) or phrase.start > span.end + 1:
                    continue
                words = [t for t in phrase if not (t.i == phrase.start and t.lower_ in _DET)]
                if words:
                    party.add_role(span.doc[words[0].i : words[-1].i + 1].text)

    def _one_type(self) -> None:
        """One name, one type in an article: a person of the very name of an organisation the
        text says is one ("The hacking group Iron Wren said …", then "Iron Wren
        could be …" that NER labelled a person) is that organisation; so is a person of one
        word that NER also took for a body ("Halvex denied it" beside "prices at Halvex"),
        unless the word is a given name or a surname of someone the article names in full
        (a person is named in full, a body by its one name) or a title stands before it ("Mr
        Brandt")."""
        bodies = {
            p.name.casefold(): p
            for p in self.parties.values()
            if p.type == "organisation" and (p.told or p.fixed)
        }
        named = {
            p.name.casefold(): p
            for p in self.parties.values()
            if p.type == "organisation" and " " not in p.name
        }
        people = {
            w.casefold()
            for p in self.parties.values()
            if p.type == "person" and " " in p.name
            for w in p.name.split()
        }
        for party in list(self.parties.values()):
            key = party.name.casefold()
            body = bodies.get(key) or (
                named.get(key) if key not in people and not _titled(party) else None
            )
            if party.type == "person" and not party.fixed and body is not None and not party.roles:
                self._fold(party, body)

    def _people_taken_for_places(self) -> None:
        """A name NER took for an unknown place ("Ines Rook of …" read as a building) that acts
        in every mention and whose last word is a person's name alone elsewhere in the article
        ("Rook said"): that person, named in full."""
        alone = {p.name for p in self.parties.values() if p.type == "person" and " " not in p.name}
        for party in list(self.parties.values()):
            words = party.name.split()
            if (
                party.type == "place"
                and not party.fixed
                and len(words) in (2, 3)
                and words[-1] in alone
                and all(as_ == "actor" for _, as_ in party.mentions)
            ):
                party.type = "person"
                self._rekey(party, f"person:{normalise(party.name)}")

    def _towns_taken_for_bodies(self) -> None:
        """A one-word name NER took for an organisation that the text sets where something
        happens ("the funerals were held in Velt on Friday": "in" right before it, after a verb
        that does not take "in" for other than a place, "invested in Acme"), or that the text
        names as a place elsewhere ("the Osk Arena in Velt"): the town, a place, in every
        mention (a body the text says is one, "the group Velt", stays one)."""
        figurative = name_words()["figurative_in"]
        for party in list(self.parties.values()):
            if party.type != "organisation" or party.fixed or party.told or " " in party.name:
                continue
            key = f"place::{normalise(party.name)}"
            if key not in self.parties and not any(
                metonymy.set_in(span, figurative) for span, _ in party.mentions
            ):
                continue
            party.type = "place"
            party.mentions = [
                (span, "place" if metonymy.set_in(span, figurative) else as_)
                for span, as_ in party.mentions
            ]
            self._rekey(party, key)

    def _lone_names(self) -> Iterator[Party]:
        """The persons NER found that may be places: one capitalised word, no role, nobody's
        surname, not fixed by the caller, still listed (a place found before may have taken
        another's mentions)."""
        people = [p for p in self.parties.values() if p.type == "person"]
        surnames = {w for p in people for w in p.name.split()[1:]}
        for party in people:
            name = party.name
            if not (
                party.fixed
                or party.roles
                or " " in name
                or not (name.isalpha() and name.istitle())
                or name in surnames
                or party.key not in self.parties
            ):
                yield party

    def _places_by_demonym(self) -> None:
        """A one-word name NER took for a person, of no role and no one's surname, whose
        demonym the text writes before a common noun ("outside Orlend", with "the Orlendian
        runner" or "Orlendian athletes"): a place, named by a people's adjective as no person
        is; a name NER took for a person that is that demonym ("Orlendian") is a mention of the
        place that locates. A place, not a state: a region has a demonym as well, and a place
        is no wrong type for a country (a state is for a region)."""
        for party in self._lone_names():
            name = party.name
            forms = demonyms(name)
            if not party.mentions or not _demonym_modifiers(party.mentions[0][0].doc, forms):
                continue
            key = f"place::{normalise(name)}"
            party.type = "place"
            party.mentions = [(span, metonymy.role(span) or "place") for span, _ in party.mentions]
            self._rekey(party, key)
        places = [
            p
            for p in self.parties.values()
            if p.type == "place" and not p.fixed and p.name.isalpha() and p.name.istitle()
        ]
        for place in places:
            forms = demonyms(place.name)
            for other in list(self.parties.values()):
                if (
                    other.name in forms
                    and other.type in ("person", "organisation")
                    and not (other.fixed or other.told or other.roles)
                    and all(_modifies_noun(span) for span, _ in other.mentions)
                ):  # "the Orlendian runner" that NER took for a person: Orlend's adjective
                    place.mentions.extend((span, "place") for span, _ in other.mentions)
                    del self.parties[other.key]

    def _places_by_conjunction(self) -> None:
        """A one-word name NER took for a person, of no role and no one's surname, that the
        text joins with "and" or "or" to a place or a state where the two act as parties
        ("Marrovia and Calidon are to sign", "asked Marrovia and Calidon to clarify"): a
        place, in every mention, as is a body of its very name that the text does not say is
        one ("an arms sale to Calidon"). A person is not listed with countries as one of them;
        a place, not a state: a region is listed with regions, and a place is no wrong type
        for a country. A list of where things happened ("the towns of Velt, Osk and Marn")
        is left as NER typed it: a town read as a place there names a place no other report
        of the story may name, which tells stories apart on nothing."""
        where = [p for p in self.parties.values() if p.type in ("place", "state")]
        if not where:
            return
        spots = {t.i for p in where for span, _ in p.mentions for t in span}
        for party in self._lone_names():
            name = party.name
            if not any(
                _listed_with(span, spots) and metonymy.role(span) == "actor"
                for span, _ in party.mentions
            ):
                continue
            key = f"place::{normalise(name)}"
            for body in list(self.parties.values()):
                if body.type == "organisation" and body.name == name and not body.fixed:
                    if body.told or body.roles:
                        continue  # "the group Vandor": a body the text says is one
                    party.mentions.extend(body.mentions)
                    del self.parties[body.key]
            party.type = "place"
            party.mentions = [(span, metonymy.role(span) or "place") for span, _ in party.mentions]
            self._rekey(party, key)

    def merge_aliases(self) -> None:
        """Short names into full names, acronyms into the names they stand for."""
        self._places_by_demonym()
        self._places_by_conjunction()
        self._people_taken_for_places()
        self._towns_taken_for_bodies()
        people = [p for p in self.parties.values() if p.type == "person" and not p.fixed]
        full = [p for p in self.parties.values() if p.type == "person"]
        for short in people:
            words = short.name.split()
            longer = [
                p
                for p in full
                if p is not short
                and len(p.name.split()) > len(words)
                and _part_of(words, p.name.split())
            ]
            if len({p.key for p in longer}) == 1:
                self._fold(short, longer[0])
            elif longer:
                self._nearest(short, longer)
        surnames: dict[str, list[Party]] = {}
        for p in full:
            if len(p.name.split()) > 1 and p.key in self.parties:
                surnames.setdefault(p.name.split()[-1], []).append(p)
        for other in list(self.parties.values()):  # "Horiuchi" mistaken for an organisation
            found = surnames.get(other.name, [])
            if other.type == "person" or other.fixed or not found:
                continue
            if len(found) == 1:
                self._fold(other, found[0])
            else:  # two people of that surname: the one named last before each mention
                self._nearest(other, found)
        orgs = [p for p in self.parties.values() if p.type == "organisation"]
        places = {p.name for p in self.parties.values() if p.type in ("place", "state")}
        heads: dict[str, list[Party]] = {}
        for org in orgs:  # "Kestrel" for "Kestrel Geospatial", "St Oswin" for "St Oswin
            words = org.name.split()  # University Hospital": its leading words
            for n in range(1, len(words)):
                if possessive(words[n:]):
                    break  # "Tarrow Savers' Union" is the savers' body, not Tarrow
                heads.setdefault(" ".join(words[:n]), []).append(org)
        for other in list(self.parties.values()):
            found = heads.get(other.name, [])
            if len(found) == 1 and self._seat_of(other, found[0]):
                continue  # "Zellmoor" beside "Zellmoor Institute": the town it stands in
            if other.name in places and len(found) == 1:
                self._to_place(other)  # "Vantor village" beside "VELTBY, Vantor —": the place
                continue
            one = len(other.name.split()) == 1
            if any(
                opens_longer_name(span)
                and (len(found) != 1 or _written_out(span.doc, span.start, found[0].name) is None)
                for span, _ in other.mentions
            ):
                continue  # the leading word of another name NER cut short: no short form
            if (
                (
                    other.type == "organisation"
                    or (other.type == "person" and (one or not other.roles))
                )
                and not other.fixed
                and len(found) == 1
            ):
                self._fold(other, found[0])
        tails = short_forms([p.name for p in self.parties.values() if p.type == "organisation"])
        for other in list(self.parties.values()):  # "the Ledger" for "the Harbour Ledger"
            found = [p for p in self.parties.values() if p.name == tails.get(other.name)]
            if other.type == "organisation" and not other.fixed and len(found) == 1:
                self._fold(other, found[0])
        owned: dict[str, list[Party]] = {}
        for org in self.parties.values():  # "the Foreign Ministry" after "Russia's Foreign
            # Ministry": that one, when the article names one country's only
            parts = org.key.split(":", 2)
            if org.type == "organisation" and len(parts) == 3 and len(parts[1]) == 3:
                owned.setdefault(f"org:{parts[2]}", []).append(org)
        for key, found in owned.items():
            if len(found) == 1 and key in self.parties and not self.parties[key].fixed:
                self._fold(self.parties[key], found[0])
        orgs = [p for p in self.parties.values() if p.type == "organisation"]
        for acr in orgs:
            letters = acr.name.replace(".", "")
            if not (letters.isupper() and 2 <= len(letters) <= 8 and letters.isalpha()):
                continue
            spelled = [p for p in orgs if p is not acr and _initials(p.name) == letters]
            if len(spelled) == 1:
                target, other = (acr, spelled[0]) if acr.fixed else (spelled[0], acr)
                self._fold(other, target)

    def _seat_of(self, short: Party, body: Party) -> bool:
        """Whether ``short``, the leading words of ``body``'s name, is the place that body is
        named after: the rest of the name ends in a word of a body named for its seat
        (``seat`` of :func:`~.lexicons.name_words`: "Zellmoor Institute", "Orsa University"), so
        the words alone name the town, not the body; ``short`` becomes that place (a person
        given a role, a body the text says is one, or a known one stays as it is)."""
        rest = body.name.split()[len(short.name.split()) :]
        if not rest or rest[-1].casefold() not in name_words()["seat"]:
            return False
        if short.fixed or short.told or short.type not in ("organisation", "person"):
            return False
        if short.type == "person" and short.roles:
            return False
        self._to_place(short)
        return True

    def _to_place(self, party: Party) -> None:
        """``party``, NER's person or body, is the place of its name (one the text names, or
        the town a body is named for); a person given a role, a body the text says is one, or
        a known one stays as it is."""
        if party.fixed or party.told or party.type not in ("organisation", "person"):
            return
        if party.type == "person" and party.roles:
            return
        party.type = "place"
        party.mentions = [(span, "place") for span, _ in party.mentions]
        self._rekey(party, f"place::{normalise(party.name)}")

    def _nearest(self, short: Party, longer: list[Party]) -> None:
        """A short name of two people named in full ("Quist" with "Dara Quist" and "Tobias
        Quist"): each mention is the one named last before it (:func:`last_named`), or
        nobody's (left as it is)."""
        kept: list[tuple[Span, str]] = []
        for span, as_ in short.mentions:
            party = last_named(longer, span.start)
            if party is not None:
                party.mentions.append((span, as_))
            else:
                kept.append((span, as_))
        short.mentions = kept
        if not kept:
            del self.parties[short.key]

    def _fold(self, src: Party, dst: Party) -> None:
        if src.key not in self.parties or dst.key not in self.parties:
            return
        dst.mentions.extend(src.mentions)
        for r in src.roles:
            dst.add_role(r)
        if not dst.fixed:
            dst.country = dst.country or src.country
            dst.sector = dst.sector or src.sector
            if src.fixed or len(src.name) > len(dst.name):
                dst.name = src.name
        del self.parties[src.key]

    def complete_names(self, doc_span: Span) -> None:
        """A one-word name of a person ("Oligui said") whose full name the text writes where
        NER missed it ("General Brice Oligui Nguema, head of …"): a run of two to four
        capitalised proper nouns, titles and role words before it left out, of no other
        entity, holding the short name after its first word. Only one such run: the full name
        (a mention, and the actor's name); two different ones: left as it is."""
        runs: list[list[Token]] = [[]]
        for tok in doc_span:
            name_like = (
                tok.pos_ == "PROPN"
                and tok.text[:1].isupper()
                and tok.ent_type_ in ("", "PERSON")
                and self.gaz.role(tok.text) is None
                and not is_title(tok.text)  # "Mr Velk" is Velk: no given name
            )
            if name_like:
                runs[-1].append(tok)
            elif runs[-1]:
                runs.append([])
        full = [r for r in runs if 2 <= len(r) <= 4]
        for party in list(self.parties.values()):
            if party.type != "person" or party.fixed or len(party.name.split()) != 1:
                continue
            found = {
                tuple(t.text for t in r): r for r in full if party.name in [t.text for t in r[1:]]
            }
            if len(found) != 1:
                continue
            run = next(iter(found.values()))
            start = portfolio_before(doc_span.doc, run[0].i, run[-1].i + 1)
            span = doc_span.doc[run[0].i if start is None else start : run[-1].i + 1]
            if len(span) == 1:
                continue
            if span.text in self.venues or names_a_venue(span):
                del self.parties[party.key]  # "Tamsk Ridge quarry" of a headline, NER's person
                # "Ridge": the whole is a landform's or a venue's name, a place
                place = self._party(Party(f"place::{normalise(span.text)}", span.text, "place"))
                place.mentions.extend((s, "place") for s, _ in party.mentions)
                place.mentions.append((span, "place"))
                continue
            if start is not None and (title := titled_portfolio(span.doc, start, span.end)):
                party.add_role(title.text)  # read after the roles: "Minister of Mines"
            party.mentions.append((span, "actor"))
            key = f"person:{normalise(span.text)}"
            other = self.parties.get(key)
            del self.parties[party.key]
            if other is not None:
                other.mentions.extend(party.mentions)
                continue
            party.key, party.name = key, span.text
            self.parties[key] = party

    def complete_surnames(self, doc_span: Span) -> None:
        """Bare surnames of people named in full that NER missed ("…," Tanabe said.), and the
        first word of an organisation's name used alone ("Vantor added"); not the first word of
        a body named for its seat ("Zellmoor" of "Zellmoor Institute": ``seat`` of
        :func:`~.lexicons.name_words`), which is that place, nor a first word set where a
        place goes ("near Vantor": :func:`_placed_word`) or that the text names as a place or a
        state elsewhere ("Vantor village" beside "VELTBY, Vantor —")."""
        taken = {
            i for p in self.parties.values() for s, _ in p.mentions for i in range(s.start, s.end)
        }
        surnames: dict[str, list[Party]] = {}
        places = {p.name for p in self.parties.values() if p.type in ("place", "state")}
        for p in self.parties.values():
            words = p.name.split()
            if p.type == "person" and len(words) > 1:
                surnames.setdefault(words[-1], []).append(p)
            elif (
                p.type == "organisation"
                and not p.fixed
                and len(words) > 1
                and not possessive(words[1:])
                and words[-1].casefold() not in name_words()["seat"]  # "Zellmoor Institute"
            ):
                surnames.setdefault(words[0], []).append(p)
        for tok in doc_span:
            found = surnames.get(tok.text, [])
            if tok.ent_type_ in ("DATE", "TIME") or tok.i in taken or tok.pos_ != "PROPN":
                continue
            if len(found) == 1:
                party: Party | None = found[0]
            else:  # of two people of one surname, the one named last before it
                party = last_named(found, tok.i)
            if party is None:
                continue
            if party.type == "organisation" and (_placed_word(tok) or tok.text in places):
                continue  # "offices near Vantor", or a Vantor the text names as a place
            whole = _written_out(doc_span.doc, tok.i, party.name)
            if whole is not None and not any(i in taken for i in range(whole.start, whole.end)):
                party.mentions.append((whole, "actor"))  # "Sellaway Roads said", NER missed
            elif not opens_longer_name(doc_span.doc[tok.i : tok.i + 1]):
                party.mentions.append((doc_span.doc[tok.i : tok.i + 1], "actor"))
            # else "Castrel" of "the Castrel Water Board": no short "Castrel Herald"

    def resolve_titles(self, doc_spans: list[Span]) -> None:
        """ "the Chinese president", "Japan's prime minister" → the leader in office that year."""
        if self.year is None:
            return
        taken = {(s.start, s.end) for p in self.parties.values() for s, _ in p.mentions}
        for span in doc_spans:
            if (span.start, span.end) in taken:
                continue
            iso3, noun = span.label_.split("|", 1)
            found = [
                ldr for ldr in self.gaz.leaders_in(self.year, iso3) if noun in ldr.role.casefold()
            ]
            if len({ldr.name for ldr in found}) == 1:
                party = self._party(_leader_party(found[0], self.gaz))
                party.mentions.append((span, "actor"))

    def actors(self) -> list[Actor]:
        parties = [p for p in self.parties.values() if p.mentions]
        parties.sort(key=lambda p: min(s.start_char for s, _ in p.mentions))
        out = []
        for n, p in enumerate(parties, 1):
            mentions = sorted(
                {(s.start_char, s.end_char): (s, as_) for s, as_ in p.mentions}.values(),
                key=lambda m: m[0].start_char,
            )
            acts = any(as_ == "actor" for _, as_ in mentions)
            kind: ActorType = p.type
            if p.type == "state" and not acts:
                kind = "place"
            surfaces = []
            for s, _ in mentions:
                if s.text != p.name and s.text not in surfaces and s.text[:1].isupper():
                    surfaces.append(s.text)
            out.append(
                Actor(
                    id=f"a{n}",
                    key=p.key,
                    name=p.name,
                    type=kind,
                    country=p.country,
                    sector=p.sector if kind != "place" else None,
                    aliases=surfaces,
                    roles=p.roles,
                    lat=p.lat,
                    lon=p.lon,
                    mentions=[
                        Mention.model_validate(
                            {"start": s.start_char, "end": s.end_char, "text": s.text, "as": as_}
                        )
                        for s, as_ in mentions
                    ],
                )
            )
        return out


def _name_word(word: str) -> bool:
    """A word of a person's name: capitalised letters, or such parts joined by hyphens
    ("Holt-Berg")."""
    return all(part.isalpha() and part.istitle() for part in word.split("-"))


def _counted(noun: str, forms: tuple[str, ...]) -> bool:
    """Whether a singular role noun is one of a kind of people its role lists the plural of
    ("resident" of "resident|residents", "witness" of "witness|witnesses")."""
    stem = noun[:-1] + "ie" if noun.endswith("y") else noun
    return noun in forms and any(f in forms for f in (stem + "s", stem + "es"))


def _demonym_modifiers(doc: Doc, forms: frozenset[str]) -> list[Token]:
    """The tokens of ``doc`` that are one of ``forms`` (a name's would-be demonyms) and modify
    a common noun ("the Orlendian runner", "Orlendian athletes")."""
    return [tok for tok in doc if tok.text in forms and _modifies_noun(doc[tok.i : tok.i + 1])]


def _modifies_noun(span: Span) -> bool:
    """Whether a one-word span modifies a common noun after it ("Orlendian" of "the Orlendian
    runner")."""
    tok = span[-1]
    return (
        len(span) == 1
        and tok.dep_ in ("amod", "compound", "nmod")
        and tok.head.i > tok.i
        and tok.head.pos_ == "NOUN"
    )


def _listed_with(span: Span, spots: set[int]) -> bool:
    """Whether a one-word mention is joined by "and" or "or" to a word of ``spots`` (the
    tokens of the mentions of places and states), as one of two or more conjuncts."""
    if len(span) != 1:
        return False
    tok = span[0]
    joined = [c for c in tok.conjuncts if c.i != tok.i]
    if not joined or not any(t.lower_ in ("and", "or") for t in _between(tok, joined)):
        return False
    return any(c.i in spots for c in joined)


def _between(tok: Token, others: list[Token]) -> list[Token]:
    lo = min([tok.i, *(o.i for o in others)])
    hi = max([tok.i, *(o.i for o in others)])
    return list(tok.doc[lo : hi + 1])


def last_named(people: list[Party], at: int) -> Party | None:
    """Of people who share a surname, the one named last before token ``at``; None when none
    is, or when another of them is named in that same sentence ("Tom Brun and Eva Brun were
    aboard. Brun said …": whose words is unknown)."""
    before = [(s.start, p, s) for p in people for s, _ in p.mentions if s.start < at]
    if not before:
        return None
    _, party, span = max(before, key=lambda x: x[0])
    sent = span.sent.start
    if any(p is not party and s.sent.start == sent for _, p, s in before):
        return None
    return party


def short_forms(names: list[str]) -> dict[str, str]:
    """The last word of a body's name that stands for it alone ("Ledger" for "Harbour Ledger",
    "the Ledger's report"), when it is the last word of exactly one of ``names`` and no word
    that ends bodies' names of every kind ("Union", "Party", "Ministry": :func:`.roles.
    ends_as_organisation`), which may stand for any body of the kind."""
    found: dict[str, list[str]] = {}
    for name in set(names):
        words = name.split()
        if len(words) > 1 and words[-1].isalpha() and not ends_as_organisation(name):
            found.setdefault(words[-1], []).append(name)
    return {word: full[0] for word, full in found.items() if len(full) == 1}


def _office_before(span: Span) -> str | None:
    """The office written as a title that opens a person's name as the text gives it, with the
    titles before it ("Harbourmaster" of "Harbourmaster Ole Brandt", "Chief Prosecutor" of
    "Chief Prosecutor Ida Lund"); None where the name opens with none."""
    lead = 0
    while lead < len(span) - 1 and is_title(span[lead].text):
        lead += 1
    if lead == 0 or not is_office(span[lead - 1].text):
        return None
    return span[:lead].text


def _titled(party: Party) -> bool:
    """Whether a title or an honorific opens one of a party's mentions or stands right before
    it ("Mr Brandt", "Dr Velk"): a person's name."""
    return any(
        is_title(span[0].text) or (span.start > 0 and is_title(span.doc[span.start - 1].text))
        for span, _ in party.mentions
    )


def _office_left_of(span: Span) -> str | None:
    """The office written as a title right before a person's name, outside the mention, by
    itself ("Owner" of "Owner Jonas Freel said", where the mention is "Jonas Freel"); None
    where the word before the name is none, or ends a longer title ("Chief Cabinet
    Secretary", whose words the role phrase before the name reads)."""
    if span.start == 0:
        return None
    doc = span.doc
    word = doc[span.start - 1]
    alone = word.is_sent_start or not doc[word.i - 1].is_title
    role = is_office(word.text) or word.lower_ in name_words()["capacity"]
    return word.text if alone and word.is_title and role else None


def untitled(name: str) -> str:
    """A person's name without the titles and honorifics before it ("Mr Velk" is Velk, "Dr Ana
    Roth" Ana Roth), so that it joins the same person named in full; a title alone stays, and
    so does "St", which opens the names of places and bodies ("St Oswin" for a hospital)."""
    words = name.split()
    while len(words) > 1 and is_title(words[0]) and words[0].casefold().strip(".") not in _SAINT:
        words = words[1:]
    return " ".join(words)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w.lower() not in _STOP)


def title_spans(doc_span: Span, gaz: Gazetteer) -> list[Span]:
    """Nominal references to a leader: a title noun with a demonym or country before it. The
    span's label is ``ISO3|title``."""
    doc = doc_span.doc
    out = []
    for tok in doc_span:
        if tok.lower_ not in _TITLE_FIRST:
            continue
        for n in (2, 1):
            words = doc[tok.i : tok.i + n]
            noun = words.text.casefold()
            if (
                len(words) != n
                or noun not in _TITLE_NOUNS
                or (
                    words[0].is_title
                    and tok.i > 0
                    and (doc[tok.i - 1].is_title and not gaz.demonym(doc[tok.i - 1].text))
                )
            ):
                continue
            mod_i = tok.i - 1
            if mod_i >= 0 and doc[mod_i].tag_ == "POS":
                mod_i -= 1
            if mod_i < 0:
                continue
            mod = doc[mod_i].text
            iso3 = gaz.demonym(mod) or (c.iso3 if (c := gaz.country(mod)) else None)
            if iso3 is None:
                continue
            after = tok.i + n
            if after < len(doc) and doc[after].pos_ == "PROPN":
                break  # "Chinese President Xi Jinping": a role of the name that follows
            span = Span(doc, mod_i, after, label=f"{iso3}|{noun}")
            out.append(span)
            break
    return out


def _written_out(doc: Doc, start: int, name: str) -> Span | None:
    """The span from token ``start`` that writes ``name`` word for word, if the text does."""
    words = name.split()
    end = start + len(words)
    if end > len(doc) or [t.text for t in doc[start:end]] != words:
        return None
    return doc[start:end]


def opens_longer_name(span: Span) -> bool:
    """Whether ``span`` is only the first words of a longer name in capitals that goes on
    after it ("Castrel" of "the Castrel Anti-Doping Laboratory", where NER named nothing or
    only its first word): its last word modifies a capitalised noun after it, and the next word
    is capitalised. Such words name another body that shares a town's or a founder's name with
    the one they open ("Castrel Herald"): a place or a name that qualifies a body's name never
    identifies it by itself."""
    doc = span.doc
    last = span[-1]
    if span.end >= len(doc) or not (doc[span.end].text[:1].isupper() or doc[span.end].text == "-"):
        return False
    return (
        last.dep_ == "compound"
        and last.head.i >= span.end
        and last.head.text[:1].isupper()
        and last.head.pos_ == "PROPN"
    )


_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "around", "from", "into", "towards"})


def _placed_word(tok: Token) -> bool:
    """Whether a word stands where a place goes: right after a preposition of place ("in
    Vantor", "fled from Vantor"), not as a possessor ("in Vantor's offices")."""
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "POS":
        return False
    return tok.i > 0 and doc[tok.i - 1].lower_ in _PLACE_PREPOSITIONS


def possessive(words: list[str]) -> bool:
    """Whether the rest of a body's name, after its leading words, holds a possessive ("Savers'
    Union", "Workers' Fund", "Women's League"): a body of the people of the leading words'
    party ("Tarrow Savers' Union" of Tarrow's savers), which those words alone never name."""
    return any(w.endswith(("'", "’", "'s", "’s")) for w in words if len(w) > 2)


def _part_of(words: list[str], full: list[str]) -> bool:
    """Whether a short name is a part of a full one that names the same person: its first or
    last words ("Okafor", "Grace" of "Grace Okafor"), or words after the first name that start
    a compound surname ("Oligui" of "Brice Oligui Nguema")."""
    n = len(words)
    if full[-n:] == words or full[:n] == words:
        return True
    return any(full[i : i + n] == words for i in range(1, len(full) - n))
