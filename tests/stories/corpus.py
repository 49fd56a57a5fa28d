"""A small invented corpus on one story, written by the tests (no spaCy needed).

Five articles: a wire report and a copy of it on another outlet (new headline, one sentence
reworded, the last paragraph trimmed); a third outlet that asserts a cargo claim and gives another
death toll (five against two); a fourth where the operator denies the cargo claim and the
expected inspection is reported as done; and an unrelated sports report. Dossiers are built from
the models directly: each claim is located in the text by its words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from whatweknow.model import (
    Actor,
    Article,
    Claim,
    Contradiction,
    Dossier,
    Mention,
    Modality,
    PipelineInfo,
    Proposition,
    article_id,
)
from whatweknow.readers.base import RawDocument

WIRE_BODY = """PORT HALDEN (Meridian Wire) - A fire broke out on the passenger ferry \
Northern Star off Port Halden on Monday, forcing the evacuation of 300 passengers, the coast \
guard said.

Two people were killed in the fire, according to coast guard spokesperson Lena Varga.

The ferry operator Baltic Lines said the blaze started in the engine room, where crews had been \
repairing a fuel pump since the weekend.

Rescue boats from three nearby towns joined the operation, which lasted late into the night, and \
divers searched the water around the ferry until dawn.

Investigators will inspect the ship on Wednesday, the harbour authority said."""

WIRE = "Fire breaks out on ferry off Port Halden\n\n" + WIRE_BODY
COPY = (
    "Two dead as fire sweeps Baltic ferry\n\n"
    + WIRE_BODY.replace("lasted late into the night", "went on late into the night").rsplit(
        "\n\nInvestigators", 1
    )[0]
)
CARGO = """Ferry in Port Halden fire was carrying illegal fuel, officials say

A fire broke out on the ferry Northern Star off Port Halden on Monday.

Local officials said the Northern Star was carrying illegal fuel cargo when the fire started.

Five people were killed in the fire, hospital officials said."""
DENIAL = """Baltic Lines rejects fuel cargo report after Port Halden ferry fire

Baltic Lines denied that the Northern Star was carrying illegal fuel cargo.

Investigators inspected the ship on Wednesday, the harbour authority said."""
SPORT = """Rovers win the cup

Rovers beat United in the cup final on Saturday, with two late goals from their striker \
in front of a full stadium."""

NORTHERN_STAR = ("org:northern star", "Northern Star", "organisation")
PORT_HALDEN = ("place::port halden", "Port Halden", "place")
BALTIC = ("org:baltic lines", "Baltic Lines", "organisation")
COAST_GUARD = ("org:coast guard", "coast guard", "organisation")
VARGA = ("person:lena varga", "Lena Varga", "person")
ROVERS = ("org:rovers", "Rovers", "organisation")
UNITED = ("org:united", "United", "organisation")


@dataclass
class Spec:
    """One article: its text, metadata, actors, and claims as (words, modality, source key)."""

    name: str
    text: str
    outlet: str
    published: date
    actors: list[tuple[str, str, str]]
    claims: list[tuple[str, Modality, str | None]] = field(default_factory=list)
    denies: list[tuple[int, int]] = field(default_factory=list)


FIRE = "A fire broke out on the passenger ferry Northern Star off Port Halden on Monday"
WIRE_CLAIMS: list[tuple[str, Modality, str | None]] = [
    (FIRE + ", forcing the evacuation of 300 passengers", "reported", "org:coast guard"),
    ("Two people were killed in the fire", "reported", "person:lena varga"),
    ("the blaze started in the engine room", "reported", "org:baltic lines"),
    ("Investigators will inspect the ship on Wednesday", "expected", None),
]

CORPUS = [
    Spec(
        "wire",
        WIRE,
        "Meridian Wire",
        date(2024, 6, 3),
        [NORTHERN_STAR, PORT_HALDEN, BALTIC, COAST_GUARD, VARGA],
        WIRE_CLAIMS,
    ),
    Spec(
        "copy",
        COPY,
        "Daily Courier",
        date(2024, 6, 3),
        [NORTHERN_STAR, PORT_HALDEN, BALTIC, COAST_GUARD, VARGA],
        WIRE_CLAIMS[:3],
    ),
    Spec(
        "cargo",
        CARGO,
        "Coastal Times",
        date(2024, 6, 4),
        [NORTHERN_STAR, PORT_HALDEN],
        [
            (
                "A fire broke out on the ferry Northern Star off Port Halden on Monday",
                "asserted",
                None,
            ),
            (
                "the Northern Star was carrying illegal fuel cargo when the fire started",
                "reported",
                "group:local officials",
            ),
            ("Five people were killed in the fire", "reported", "group:hospital officials"),
        ],
    ),
    Spec(
        "denial",
        DENIAL,
        "Evening Post",
        date(2024, 6, 5),
        [NORTHERN_STAR, PORT_HALDEN, BALTIC],
        [
            ("the Northern Star was carrying illegal fuel cargo", "denied", "org:baltic lines"),
            ("Investigators inspected the ship on Wednesday", "asserted", None),
        ],
    ),
    Spec(
        "sport",
        SPORT,
        "Sports Daily",
        date(2024, 6, 4),
        [ROVERS, UNITED],
        [
            ("Rovers beat United in the cup final on Saturday", "asserted", None),
        ],
    ),
]


PROPOSITIONS = {
    "broke out": ("break out", "break out"),
    "were killed": ("kill", "die"),
    "blaze started": ("start", "start"),
    "inspect": ("inspect", "inspect"),
    "carrying illegal fuel": ("carry", "carry"),
    "beat United": ("beat", "beat"),
}
"""The propositions of the claims (predicate, frame), by words in them: what the pipeline's
``wwk_propositions`` stage gives such sentences."""


def proposition(words: str) -> Proposition | None:
    found = next((v for k, v in PROPOSITIONS.items() if k in words), None)
    return Proposition(predicate=found[0], frame=found[1]) if found else None


def dossier(spec: Spec) -> Dossier:
    text = spec.text
    actors = []
    for n, (key, name, kind) in enumerate(spec.actors, 1):
        found = [i for i in range(len(text)) if text.startswith(name, i)]
        mentions = [Mention(start=i, end=i + len(name), text=name) for i in found]
        actors.append(Actor(id=f"a{n}", key=key, name=name, type=kind, mentions=mentions))
    local = {a.key: a.id for a in actors}
    claims = []
    for n, (words, modality, source) in enumerate(spec.claims, 1):
        start = text.index(words)
        claims.append(
            Claim(
                id=f"c{n}",
                text=words,
                start=start,
                end=start + len(words),
                modality=modality,
                source=local.get(source or ""),
                source_text=source.split(":", 1)[1] if source else None,
                proposition=proposition(words),
            )
        )
    article = Article(
        id=article_id(text),
        text=text,
        title=text.split("\n", 1)[0],
        outlet=spec.outlet,
        published=spec.published,
    )
    return Dossier(
        pipeline=PipelineInfo(version="0.1.0", model="test"),
        article=article,
        actors=actors,
        claims=claims,
        contradictions=[Contradiction(a=f"c{a}", b=f"c{b}", kind="denial") for a, b in spec.denies],
    )


def documents() -> dict[str, tuple[RawDocument, Dossier]]:
    out = {}
    for spec in CORPUS:
        d = dossier(spec)
        out[spec.name] = (RawDocument(f"{spec.name}.txt", "text", spec.text.encode(), d.article), d)
    return out
