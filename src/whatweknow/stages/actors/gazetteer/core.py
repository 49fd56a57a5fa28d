"""The :class:`Gazetteer`: every table, read and indexed, and the lookups the Actors stage asks of
it (by surface form, by code, by year)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from .forms import _add, _form_matches, _Index, _match, normalise
from .records import Country, Entry, Leader, Organisation, Place, Role, Seat, UserActor


@dataclass(frozen=True, eq=False)
class Gazetteer:
    countries: Mapping[str, Country]
    """By ISO 3166-1 alpha-3 code."""
    places: tuple[Place, ...]
    seats: tuple[Seat, ...]
    organisations: Mapping[str, Organisation]
    """By key (the short name in organisations.tsv: ``UN``, ``NATO``, ``Reuters``)."""
    leaders: tuple[Leader, ...]
    roles: Mapping[str, Role]
    """By normalised form (``spokesman``, ``spokesmen``, ``prime minister``, ``analysts``)."""
    demonyms: Mapping[str, tuple[str, ...]]
    """Normalised demonym or adjective → ISO alpha-3 codes (usually one; "Congolese" has two)."""
    capitals: Mapping[str, Place]
    """By ISO alpha-3 code."""
    user_actors: tuple[UserActor, ...] = ()
    _surface: Mapping[str, tuple[tuple[str, Entry], ...]] = field(default_factory=dict, repr=False)
    _leaders: Mapping[str, tuple[tuple[str, Leader], ...]] = field(default_factory=dict, repr=False)
    _orgs: Mapping[str, tuple[tuple[str, Organisation], ...]] = field(
        default_factory=dict, repr=False
    )
    _iso2: Mapping[str, str] = field(default_factory=dict, repr=False)

    # -- everything -------------------------------------------------------------------------

    def lookup(self, surface: str) -> tuple[Entry, ...]:
        """Everything ``surface`` can name, built-in and user entries, in table order (countries,
        places, seats, organisations, leaders; user entries replace built-in ones for the forms
        they define). Several entries mean the form is ambiguous ("Georgia", "Washington",
        "San Jose")."""
        return tuple(_match(self._surface, surface))

    def __contains__(self, surface: object) -> bool:
        return isinstance(surface, str) and bool(self.lookup(surface))

    # -- countries and places ---------------------------------------------------------------

    def country(self, code_or_name: str) -> Country | None:
        """By alpha-3 or alpha-2 code (in capitals), or by any of its names."""
        code = code_or_name.strip()
        if code in self.countries:
            return self.countries[code]
        if code in self._iso2:
            return self.countries[self._iso2[code]]
        found = [e for e in self.lookup(code_or_name) if isinstance(e, Country)]
        return found[0] if len(found) == 1 else None

    def capital(self, iso3: str) -> Place | None:
        return self.capitals.get(iso3)

    def places_named(self, name: str) -> tuple[Place, ...]:
        return tuple(e for e in self.lookup(name) if isinstance(e, Place))

    def metonyms(self, surface: str) -> tuple[Place | Seat, ...]:
        """What ``surface`` names when it is used for a state or an institution: seats of
        government and national capitals ("the Kremlin", "Moscow", "Brussels")."""
        return tuple(
            e
            for e in self.lookup(surface)
            if isinstance(e, Seat) or (isinstance(e, Place) and e.metonym)
        )

    # -- demonyms ---------------------------------------------------------------------------

    def demonym_candidates(self, word: str) -> tuple[str, ...]:
        """ISO alpha-3 codes ``word`` is a demonym or adjective of. Demonyms are proper
        adjectives: a word starting with a small letter ("poles", "turkish" in a URL) matches
        nothing."""
        stripped = word.strip()
        if not stripped or not stripped[0].isupper():
            return ()
        return self.demonyms.get(normalise(stripped), ())

    def demonym(self, word: str) -> str | None:
        """The one ISO alpha-3 code ``word`` is a demonym of; None if none or ambiguous."""
        found = self.demonym_candidates(word)
        return found[0] if len(found) == 1 else None

    # -- organisations ----------------------------------------------------------------------

    def organisations_named(self, name_or_acronym: str) -> tuple[Organisation, ...]:
        found: list[Organisation] = []
        for form, org in self._orgs.get(normalise(name_or_acronym), ()):
            if _form_matches(form, name_or_acronym) and org not in found:
                found.append(org)
        return tuple(found)

    def organisation(self, name_or_acronym: str) -> Organisation | None:
        """The organisation with this key, name or alias; None if none or ambiguous ("RSF")."""
        found = self.organisations_named(name_or_acronym)
        return found[0] if len(found) == 1 else None

    # -- leaders ----------------------------------------------------------------------------

    def leaders_in(self, year: int, iso3: str | None = None) -> tuple[Leader, ...]:
        """Every leader in office at some time in ``year`` (of one country if ``iso3``)."""
        return tuple(
            ldr for ldr in self.leaders if ldr.active(year) and (iso3 is None or ldr.iso3 == iso3)
        )

    def leaders_named(self, name_or_alias: str, year: int | None = None) -> tuple[Leader, ...]:
        """Every term of office of anyone called ``name_or_alias`` (in office in ``year``)."""
        found: list[Leader] = []
        for form, ldr in self._leaders.get(normalise(name_or_alias), ()):
            if not _form_matches(form, name_or_alias) or ldr in found:
                continue
            if year is None or ldr.active(year):
                found.append(ldr)
        return tuple(found)

    def leader(self, name_or_alias: str, year: int) -> Leader | None:
        """The leader ``name_or_alias`` names in ``year``; None if no one in office then has it,
        or if it names several people then ("Kim" in 2011). If one person held several offices
        that year (Putin in 2008) the later term is returned."""
        found = self.leaders_named(name_or_alias, year)
        if len({ldr.name for ldr in found}) != 1:
            return None
        return max(found, key=lambda ldr: ldr.start)

    # -- roles ------------------------------------------------------------------------------

    def role(self, noun: str) -> Role | None:
        """A role noun, singular or plural, one word or several ("foreign minister")."""
        key = normalise(noun)
        found = self.roles.get(key)
        if found is None:
            return None
        form = next((f for f in found.forms if normalise(f) == key), noun)
        return found if _form_matches(form, noun) else None

    # -- user entries -----------------------------------------------------------------------

    def with_user_actors(self, actors: Iterable[UserActor]) -> Gazetteer:
        """A copy with ``actors`` added; for every form they define, they replace the built-in
        entries (their own conflicts and overrides are reported by :func:`load_user_actors`)."""
        actors = tuple(actors)
        user_index: _Index = {}
        for actor in actors:
            _add(user_index, actor)
        surface = dict(self._surface)
        for key, pairs in user_index.items():
            surface[key] = tuple(pairs)
        return replace(self, user_actors=self.user_actors + actors, _surface=surface)
