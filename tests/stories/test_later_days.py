"""A later day of a story joins it, though it names people the story has never named (blocking
by its rarest keys alone found no candidate); the same kind of event elsewhere does not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from whatweknow.readers.base import RawDocument
from whatweknow.store import open_store
from whatweknow.stories import update_stories

from .corpus import BALTIC, NORTHERN_STAR, PORT_HALDEN, Spec, documents, dossier

FUNERAL = """Port Halden buries the victims of the Northern Star ferry fire

Hundreds of mourners gathered in Port Halden on Sunday for the funeral of the two crew members \
who died when fire swept through the Northern Star ferry last week.

Mayor Oskar Lind told the mourners that the town would not forget them. Pastor Anton Berg led \
the service, and Mira Holt, a deckhand who survived, laid a wreath. Union leader Per Dahl and \
harbour master Ines Vik walked behind the coffins with Greta Sund, whose brother was among the \
dead.

Baltic Lines, which runs the ferry, paid for the funeral and said the Northern Star would stay \
in dock until the inquiry into the fire ends."""

ELSEWHERE = """Fire destroys warehouse in Eastmoor

A fire destroyed a timber warehouse in the inland town of Eastmoor on Tuesday, and firefighters \
from two counties fought the blaze through the night.

No one was hurt, the county fire service said. The owner, Rendal Timber, said the cause of the \
fire was not yet known and that about forty workers would be moved to another site."""


def _add(store: object, spec: Spec) -> int | None:
    d = dossier(spec)
    raw = RawDocument(f"{spec.name}.txt", "text", spec.text.encode(), d.article)
    store.add(raw, d)  # type: ignore[attr-defined]
    return update_stories(store, d.article.id, dossier=d)  # type: ignore[arg-type]


def test_a_funeral_days_later_joins_and_a_fire_elsewhere_does_not(tmp_path: Path) -> None:
    with open_store(tmp_path / "news.db") as store:
        first = None
        for doc, d in documents().values():
            store.add(doc, d)
            found = update_stories(store, d.article.id, dossier=d)
            first = first or found
        people = [
            (f"person:{name.lower()}", name, "person")
            for name in (
                "Oskar Lind",
                "Anton Berg",
                "Mira Holt",
                "Per Dahl",
                "Ines Vik",
                "Greta Sund",
            )
        ]
        funeral = Spec(
            "funeral",
            FUNERAL,
            "Harbour News",
            date(2024, 6, 9),
            [PORT_HALDEN, NORTHERN_STAR, BALTIC, *people],
        )
        eastmoor = ("place::eastmoor", "Eastmoor", "place")
        rendal = ("org:rendal timber", "Rendal Timber", "organisation")
        elsewhere = Spec(
            "elsewhere", ELSEWHERE, "Inland Post", date(2024, 6, 4), [eastmoor, rendal]
        )
        assert _add(store, funeral) == first
        assert _add(store, elsewhere) != first
