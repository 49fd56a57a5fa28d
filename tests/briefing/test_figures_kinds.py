"""How the figures changed: a series needs one measured thing. Counts of one bare noun told
with different verbs ("dosed", "discharged") are two measures; a figure that names its thing
only as "the figure" or "the number" answers a count before it, of a scope or a moment it may
not share, and makes no step (no spaCy: invented reports, each from its own outlet)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from whatweknow.briefing import brief_story
from whatweknow.readers.base import RawDocument
from whatweknow.store import open_store
from whatweknow.stories import update_stories

from .make import Doc, Says, Who, dossier
from .test_sections import section


def _figures(
    tmp_path: Path, days: list[tuple[list[Says], int]], places: tuple[Who, ...] = ()
) -> list[str]:
    """The lines of "How the figures changed" of a story of one-paragraph reports whose claims
    are ``Says`` (their words in order, one sentence each), published on June ``day``."""
    with open_store(tmp_path / "news.db") as store:
        for n, (says, day) in enumerate(days):
            words = " ".join(s.words + ", " + (s.source_text or "it") + " said." for s in says)
            d = dossier(
                Doc(
                    blocks=[("title", f"Tessaly, report {n}"), ("paragraph", words)],
                    outlet=f"Outlet {n}",
                    published=date(2024, 6, day),
                    claims=says,
                    actors=[p for p in places if p.name in words],
                )
            )
            store.add(RawDocument(f"{n}.txt", "text", words.encode(), d.article), d)
            update_stories(store, d.article.id)
        (listed,) = store.stories()
        story = store.story(listed.id)
        assert story is not None
        dossiers = {a.id: d for a in story.articles if (d := store.get_dossier(a.id))}
    return [i.text for i in section(brief_story(story, dossiers), "How the figures changed")]


def _said(words: str, verb: str, who: str = "the trial board") -> Says:
    return Says(words, "reported", None, who, frame=verb)


def test_one_noun_told_with_two_verbs_is_two_measures(tmp_path: Path) -> None:
    days = [
        ([_said("Eight volunteers were dosed in the Tessaly trial", "dose")], 3),
        ([_said("Seven volunteers were discharged from the Tessaly ward", "discharge")], 5),
    ]
    assert _figures(tmp_path, days) == []


def test_one_noun_told_with_one_verb_and_a_tally_verb_is_one_series(tmp_path: Path) -> None:
    days = [
        ([_said("Eight volunteers were dosed in the Tessaly trial", "dose")], 3),
        ([_said("The number of volunteers dosed in the Tessaly trial rose to 11", "rise")], 5),
    ]
    [line] = _figures(tmp_path, days)
    assert "8 (" in line and "11 (" in line


def test_the_figure_answering_a_count_before_it_makes_no_step(tmp_path: Path) -> None:
    """The league's 4,000 are those still homeless on the Monday; its 9,000, in another report,
    those homeless at the peak: told only as "the figure", neither says which it counts."""
    days = [
        (
            [
                _said("Some 700 tenants were still homeless in Tessaly", "be", "the mayor"),
                _said("The league put the number at 4,000", "put", "the tenants' league"),
            ],
            3,
        ),
        (
            [
                _said("Some 700 tenants were homeless in Tessaly at the peak", "be", "the mayor"),
                _said("The league has put the figure at 9,000", "put", "the tenants' league"),
            ],
            6,
        ),
    ]
    lines = _figures(tmp_path, days)
    assert not any("4,000" in line or "9,000" in line for line in lines)


def test_a_figure_told_as_changed_from_is_credited_to_its_first_report(tmp_path: Path) -> None:
    """The prosecutors' eight (in Orvel) is "up from the five" that the ledger gave two days
    before (naming no place): the five is the ledger's, on its own day, not the prosecutors'
    nor "before" the eight's day; and told as a change, flagged and examined count one
    thing."""
    days = [
        ([_said("An audit flagged five Tessaly matches", "flag", "the ledger")], 3),
        (
            [
                _said(
                    "Prosecutors were examining eight Tessaly matches played in Orvel, up from "
                    "the five matches in the audit",
                    "examine",
                    "the prosecutors",
                )
            ],
            5,
        ),
    ]
    [line] = _figures(tmp_path, days, (Who("place:orvel", "Orvel", "place"),))
    assert "before" not in line
    assert "5 (2024-06-03, " in line and "8 (2024-06-05, " in line


def test_the_number_put_by_a_body_counts_no_word_of_its_name(tmp_path: Path) -> None:
    """ "The Tessaly Tenants' League put the number at 4,000" counts no tenants of its own
    words: what it counts (still homeless? at the peak?) is told elsewhere, if at all."""
    days = [
        ([_said("The Tessaly Tenants' League put the number at 4,000", "put", "it")], 3),
        ([_said("The Tessaly Tenants' League has put the figure at 9,000", "put", "it")], 6),
    ]
    assert _figures(tmp_path, days) == []
