"""The event types (``data/types.tsv``): one row per PLOVER type, with its quad category, its
modes, and how the stage and the exports treat it.

Every set of types the stage uses is taken from this table: :data:`PLOVER_TYPES` and
:data:`MODES` (the trigger table is checked against them), :data:`QUAD` and the future coding
(:mod:`.coding`), :data:`ASKED` and :data:`THREATENED` (:mod:`.modes`), :data:`COOPERATIVE`
(:mod:`.stance`), :data:`PROPOSITIONAL` (:mod:`.component`), and the types listed by
``wwk events --help``. The contract's ``Event.type`` names the same types (a test checks it).
This module needs no spaCy: the store and the CLI read it too.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

HEADER = ["type", "quad", "cooperative", "propositional", "future", "asked", "threatened", "modes"]
FUTURE_CODES = ("AGREE", "THREATEN")


@dataclass(frozen=True)
class TypeRow:
    """One row of the table (see the column notes in ``data/types.tsv``)."""

    name: str
    quad: int
    cooperative: bool = False
    propositional: bool = False
    future: str | None = None
    asked: str | None = None
    threatened: str | None = None
    modes: frozenset[str] = frozenset()


def parse_types(text: str, source: str) -> tuple[TypeRow, ...]:
    """The rows of a type table; a bad row raises :class:`ValueError` naming its line."""
    rows = [
        (n, line.split("\t"))
        for n, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]
    if not rows or rows[0][1] != HEADER:
        raise ValueError(f"{source}: the header must be: " + "<TAB>".join(HEADER))
    out: list[TypeRow] = []
    for n, cells in rows[1:]:
        if len(cells) != len(HEADER):
            raise ValueError(f"{source} line {n}: expected {len(HEADER)} columns")
        name, quad, coop, prop, future, asked, threatened, modes = (c.strip() for c in cells)
        if quad not in ("1", "2", "3", "4") or {coop, prop} - {"", "yes"}:
            raise ValueError(f"{source} line {n}: quad is 1 to 4, flags are 'yes' or empty")
        if future and future not in FUTURE_CODES:
            raise ValueError(f"{source} line {n}: future is one of {FUTURE_CODES} or empty")
        out.append(
            TypeRow(
                name,
                int(quad),
                coop == "yes",
                prop == "yes",
                future or None,
                asked or None,
                threatened or None,
                frozenset(modes.split()),
            )
        )
    by_name = {t.name: t for t in out}
    if len(by_name) != len(out):
        raise ValueError(f"{source}: a type is listed twice")
    for t in out:
        if t.asked and t.asked not in by_name["REQUEST"].modes:
            raise ValueError(f"{source}: {t.name} asked: {t.asked!r} is no mode of REQUEST")
        if t.threatened and t.threatened not in by_name["THREATEN"].modes:
            raise ValueError(
                f"{source}: {t.name} threatened: {t.threatened!r} is no mode of THREATEN"
            )
    return tuple(out)


TYPES: tuple[TypeRow, ...] = parse_types(
    (files(__package__) / "data" / "types.tsv").read_text(encoding="utf-8"), "types.tsv"
)
PLOVER_TYPES: tuple[str, ...] = tuple(t.name for t in TYPES)
"""The event types of the dossier contract (PLOVER, with the contract's names), in order."""
MODES: dict[str, frozenset[str]] = {t.name: t.modes for t in TYPES if t.modes}
"""The modes of each type that has any."""
QUAD: dict[str, int] = {t.name: t.quad for t in TYPES}
"""PLOVER quad categories: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
4 material conflict."""
FUTURE_AS_AGREE = frozenset(t.name for t in TYPES if t.future == "AGREE")
FUTURE_AS_THREAT = frozenset(t.name for t in TYPES if t.future == "THREATEN")
COOPERATIVE = frozenset(t.name for t in TYPES if t.cooperative)
PROPOSITIONAL = frozenset(t.name for t in TYPES if t.propositional)
ASKED: dict[str, str] = {t.name: t.asked for t in TYPES if t.asked}
"""The mode of a REQUEST or REJECT of an act of each type."""
THREATENED: dict[str, str] = {t.name: t.threatened for t in TYPES if t.threatened}
"""The mode of a THREATEN of an act of each type."""


NAMINGS_HEADER = ["contract_type", "contract_mode", "manual_type", "manual_mode", "gsr_type"]


@dataclass(frozen=True)
class Naming:
    """How the 2021 manual and gsr-dev write a contract type (and mode): ``data/namings.tsv``."""

    type: str
    mode: str | None
    manual_type: str
    manual_mode: str | None
    gsr_type: str


def parse_namings(text: str, source: str) -> tuple[Naming, ...]:
    """The rows of a namings table, checked against the type table."""
    rows = [
        (n, [c.strip() for c in line.split("\t")])
        for n, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]
    if not rows or rows[0][1] != NAMINGS_HEADER:
        raise ValueError(f"{source}: the header must be: " + "<TAB>".join(NAMINGS_HEADER))
    out = []
    for n, cells in rows[1:]:
        if len(cells) != len(NAMINGS_HEADER):
            raise ValueError(f"{source} line {n}: expected {len(NAMINGS_HEADER)} columns")
        type_, mode, manual, manual_mode, gsr = cells
        if type_ not in QUAD or (mode and mode not in MODES.get(type_, ())):
            raise ValueError(f"{source} line {n}: {type_} {mode} is no contract type and mode")
        out.append(Naming(type_, mode or None, manual, manual_mode or None, gsr))
    return tuple(out)


NAMINGS: tuple[Naming, ...] = parse_namings(
    (files(__package__) / "data" / "namings.tsv").read_text(encoding="utf-8"), "namings.tsv"
)
FROM_GSR: dict[str, str] = {n.gsr_type: n.type for n in NAMINGS if n.gsr_type != n.type}
"""gsr-dev's type names that the contract writes otherwise (DEMAND → REQUEST)."""


def manual_name(type_: str, mode: str | None) -> tuple[str, str | None]:
    """The 2021 manual's (type, mode) for a contract (type, mode): DISAPPROVE is ACCUSE
    ``disapprove``, DISAPPROVE ``allege`` ACCUSE ``allege``, INVESTIGATE ACCUSE
    ``investigate``."""
    for n in NAMINGS:
        if n.type == type_ and n.mode == mode:
            return n.manual_type, n.manual_mode
    for n in NAMINGS:
        if n.type == type_ and n.mode is None:
            return n.manual_type, n.manual_mode or mode
    return type_, mode
