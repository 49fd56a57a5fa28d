"""Mode and type refinements, each from a rule of the PLOVER manual.

Mode, in order: the trigger's own (``visit``, ``arrest``); for REQUEST, REJECT and THREATEN,
what is asked, refused or threatened (the events they govern: "urged Iran to **release**
prisoners" is REQUEST ``yield``, "threatened to **attack**" THREATEN ``violence``); else a cue
word of the type in the trigger's phrase, then in its clause (``data/mode_cues.tsv``: "killed
in a car **bomb** explosion" is ASSAULT ``explosives``).

Type:

- a protest by a state or a government is a diplomatic protest: DISAPPROVE (manual: PROTEST
  presumes collective physical action); its blocking a road is COERCE ``restrict``;
- military moves of several countries together are COOPERATE (manual: "joint military
  operations are coded as COOPERATE but single-country exercises … MOBILIZE");
- a withdrawal from an organisation is SANCTION ``withdraw`` (manual: SANCTION modes), one from
  territory stays RETREAT.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from ...contract import Actor
from .event_types import ASKED, THREATENED
from .lexicon import Lexicon

_COERCE_THREAT = {
    "arrest": "arrest",
    "deport": "expel",
    "seize": "territory",
    "restrict": "restrict",
    "curfew": "restrict",
    "martial-law": "restrict",
}


def content_mode(type_: str, contents: Sequence[tuple[str, str | None]]) -> str | None:
    """The mode a REQUEST, REJECT or THREATEN takes from the (type, mode) of what it governs."""
    for ctype, cmode in contents:
        if type_ in ("REQUEST", "REJECT"):
            if ctype == "RETREAT" and cmode == "resign":
                return "change"
            if ctype in ASKED:
                return ASKED[ctype]
        elif type_ == "THREATEN":
            if ctype == "COERCE":
                return _COERCE_THREAT.get(cmode or "", "restrict")
            if ctype == "SANCTION" and cmode == "expel":
                return "expel"
            if ctype in THREATENED:
                return THREATENED[ctype]
    return None


def cue_mode(type_: str, regions: Iterable[Iterable[Token]], lex: Lexicon) -> str | None:
    """The first cue word of the type found in the regions, tried in order."""
    cues = lex.mode_cues.get(type_)
    if not cues:
        return None
    for region in regions:
        for tok in region:
            found = cues.get(tok.lemma_.lower()) or cues.get(tok.lower_)
            if found:
                return found
    return None


def governmental(actor: Actor) -> bool:
    return actor.type == "state" or (actor.sector or "") in ("GOV", "IGO")


def adjust(
    type_: str, mode: str | None, actors: Sequence[Actor], targets: Sequence[Actor]
) -> tuple[str, str | None]:
    """The type and mode after the manual's distinctions that depend on the parties."""
    if type_ == "PROTEST" and actors and all(governmental(a) for a in actors):
        return ("COERCE", "restrict") if mode == "obstruct" else ("DISAPPROVE", None)
    if type_ == "MOBILIZE" and len({a.country for a in actors if a.country}) > 1:
        return "COOPERATE", None  # joint exercises and operations (manual: MOBILIZE)
    if type_ == "RETREAT" and mode == "withdraw" and any(a.type == "organisation" for a in targets):
        return "SANCTION", "withdraw"
    return type_, mode
