"""A person's gender as the text tells it, to rule out a pronoun's antecedent.

Evidence is only what the article writes: a title just before a mention of the name, or
opening it ("Mr", "Ms", "Dame": ``data/gendered.tsv``), or a role whose head word says it
("spokeswoman", "chairman", "his widow" aside: the role's last word, ending in
``-woman``/``-man`` or listed).
With no such word, or with words of both kinds, the gender is unknown, and any pronoun may
refer to the person: this never picks an antecedent, it only rules one out ("she" is not the
"Mr Okafor" named last; the resolver then looks further back, or leaves the speaker
unidentified).
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Literal

from ...contract import Actor

Gender = Literal["f", "m"]
PRONOUN_GENDER: dict[str, Gender] = {"she": "f", "her": "f", "he": "m", "him": "m", "his": "m"}
_BEFORE = 12
"""Characters before a mention read for a title ("Mrs. " fits)."""


@cache
def gendered_words() -> dict[str, Gender]:
    """The built-in table of gendered titles and role words."""
    text = (files(__package__) / "data" / "gendered.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    out: dict[str, Gender] = {}
    for row in rows[1:]:
        word, gender = (cell.strip() for cell in row)
        if gender not in ("f", "m"):
            raise ValueError(f"gendered.tsv: gender {gender!r} of {word!r} is not f or m")
        out[word] = "f" if gender == "f" else "m"
    return out


def word_gender(word: str) -> Gender | None:
    word = word.lower().strip(".,;:()\"'’‘“”")
    listed = gendered_words().get(word) or gendered_words().get(word + ".")
    if listed is not None:
        return listed
    if word.endswith("woman") or word.endswith("women"):
        return "f"
    if word.endswith("man") and len(word) > 4 and word not in _NOT_MALE:
        return "m"  # spokesman, chairman, congressman (not "human", "German", "Oman")
    return None


_NOT_MALE = frozenset({"human", "german", "oman", "roman", "ottoman", "talisman", "caiman"})


def gender_of(actor: Actor, text: str) -> Gender | None:
    """The gender the text gives a person (see the module doc), else None."""
    if actor.type != "person":
        return None
    found: set[Gender] = set()
    for m in actor.mentions:
        before = text[max(0, m.start - _BEFORE) : m.start].split()
        own = text[m.start : m.end].split()[:-1]  # a title the mention holds: "Ms Lund"
        for word in before[-1:] + own[:1]:
            g = gendered_words().get(word.lower())
            if g is not None:
                found.add(g)
    for role in actor.roles:
        words = role.split()
        g = word_gender(words[-1]) if words else None
        if g is not None:
            found.add(g)
    return found.pop() if len(found) == 1 else None
