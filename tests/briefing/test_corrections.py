"""A correction notice withdraws the figure it corrects: from the same outlet's earlier report,
or from its own article (texts written for these tests)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from whatweknow.briefing import Briefing, brief_story
from whatweknow.contract import BlockKind
from whatweknow.readers.base import RawDocument
from whatweknow.store import open_store
from whatweknow.stories import update_stories

from .make import Doc, Says, dossier
from .test_sections import section

Part = tuple[BlockKind, str]


def _brief(
    tmp_path: Path,
    reports: list[tuple[str, int, list[Part]]],
    timexes: dict[str, str] | None = None,
    agency: str | None = None,
    voice: str | None = "the lockkeeper",
) -> Briefing:
    """The briefing of a story of reports (outlet, June day, blocks): each paragraph a claim
    of the lockkeeper's; ``timexes``: words -> TIMEX3 value, in each report that has them;
    ``agency``: the outlet whose reports are its own agency copy; ``voice``: the words that name
    the lockkeeper as each claim's source, or None for the outlet's own voice."""
    with open_store(tmp_path / "news.db") as store:
        for n, (outlet, day, blocks) in enumerate(reports):
            said = [t for k, t in blocks if k == "paragraph"]
            d = dossier(
                Doc(
                    blocks=[("title", f"Orvel lock, report {n}"), *blocks],
                    outlet=outlet,
                    published=date(2024, 6, day),
                    claims=[
                        Says(t.rsplit(",", 1)[0], "reported", None, voice, "wait")
                        if voice is not None
                        else Says(t, "asserted", None, None, "die")
                        for t in said
                    ],
                    timexes=[
                        (w, v) for w, v in (timexes or {}).items() if any(w in t for t in said)
                    ],
                )
            )
            if agency is not None and outlet == agency:  # the agency's own copy
                d = d.model_copy(
                    update={"article": d.article.model_copy(update={"agency": agency})}
                )
            text = d.article.text
            store.add(RawDocument(f"{n}.txt", "text", text.encode(), d.article), d)
            update_stories(store, d.article.id)
        (listed,) = store.stories()
        story = store.story(listed.id)
        assert story is not None
        dossiers = {a.id: d for a in story.articles if (d := store.get_dossier(a.id))}
    return brief_story(story, dossiers)


def _lines(b: Briefing) -> list[str]:
    return [i.text for s in b.sections for i in s.items if s.title != "Sources"]


def test_a_figure_the_outlet_corrected_later_is_no_figure_of_the_story(tmp_path: Path) -> None:
    b = _brief(
        tmp_path,
        [
            (
                "Dale Wire",
                3,
                [("paragraph", "Eleven barges were queuing at the Orvel lock, he said.")],
            ),
            (
                "Vell Radio",
                4,
                [("paragraph", "Forty barges were queuing at the Orvel lock, he said.")],
            ),
            (
                "Vell Radio",
                5,
                [
                    (
                        "paragraph",
                        "Thirty-one barges were still queuing at the Orvel lock, he said.",
                    ),
                    (
                        "boilerplate",
                        "Correction: An earlier version of a Vell Radio report on Tuesday said 40 "
                        "barges were queuing at the lock. The correct figure was 31.",
                    ),
                ],
            ),
        ],
    )
    assert not any("Forty" in t or " 40 " in t for t in _lines(b) if "(withdrawn" not in t)
    [update, fixed] = [i.text for i in section(b, "How the figures changed")]
    assert [w.split(" (")[0] for w in update.split(": ", 1)[1].split(" → ")] == ["11", "31"]
    assert fixed.startswith("barge: 40 (withdrawn, ")  # the notice, beside the series


def test_a_correction_of_its_own_article_leaves_a_later_report_of_another_outlet_alone(
    tmp_path: Path,
) -> None:
    """Another outlet's report seen after the notice stands (one seen by then is withdrawn with
    it: tests/briefing/test_withdrawn_elsewhere.py)."""
    b = _brief(
        tmp_path,
        [
            (
                "Dale Wire",
                4,
                [("paragraph", "Forty barges were queuing at the Orvel lock, he said.")],
            ),
            (
                "Vell Radio",
                3,
                [
                    ("paragraph", "Twelve lock gates were shut at the Orvel canal, he said."),
                    (
                        "boilerplate",
                        "Correction: An earlier version of this article said 40 barges were "
                        "queuing. The correct figure was 31.",
                    ),
                ],
            ),
        ],
    )
    assert any("Forty barges" in t for t in _lines(b))  # another outlet's later figure stands


def test_a_correction_of_its_own_article_withdraws_the_figure_it_still_states(
    tmp_path: Path,
) -> None:
    b = _brief(
        tmp_path,
        [
            ("Dale Wire", 3, [("paragraph", "Nine gates were shut at the Orvel canal, he said.")]),
            (
                "Vell Radio",
                3,
                [
                    ("paragraph", "Forty barges were queuing at the Orvel lock, he said."),
                    (
                        "boilerplate",
                        "Correction: An earlier version of this article said 40 barges were "
                        "queuing. The correct figure was 31.",
                    ),
                ],
            ),
        ],
    )
    lines = _lines(b)
    assert any("Nine gates" in t for t in lines) and not any("Forty" in t for t in lines)


BACKED = "The canal board backed the closure of the Orvel lock, he said."
MOVING = "Barges were still moving through the Orvel lock, he said."


def _corrected(
    tmp_path: Path, notice: str, first: str = BACKED, other: str = "Vell Radio"
) -> list[str]:
    """Vell Radio reports ``first`` on 3 June; on 4 June ``other`` reports it too (when not Vell
    Radio) and Vell Radio runs ``notice`` under another report: the briefing's lines."""
    reports: list[tuple[str, int, list[Part]]] = [
        ("Vell Radio", 3, [("paragraph", first)]),
        ("Vell Radio", 4, [("paragraph", MOVING), ("boilerplate", notice)]),
    ]
    if other != "Vell Radio":
        reports.insert(1, (other, 3, [("paragraph", first)]))
    tmp_path.mkdir()
    return _lines(_brief(tmp_path, reports))


def test_a_statement_the_outlet_corrected_later_is_no_claim_of_the_story(tmp_path: Path) -> None:
    """ "An earlier version of this article said the lockkeeper backed …": the statement so named
    is withdrawn from the outlet's earlier report, whoever it was told of."""
    for n, notice in enumerate(
        [
            "Correction: An earlier version of this article said the lockkeeper backed the "
            "closure of the Orvel lock. His statement did not say that.",
            "Correction: We wrongly reported on Monday that the canal board backed the closure "
            "of the Orvel lock and would pay for it.",
            "Clarification: This article has been amended to remove the claim that the canal "
            "board backed the closure of the Orvel lock.",
        ]
    ):
        lines = _corrected(tmp_path / str(n), notice)
        assert not any("closure" in t for t in lines), (notice, lines)
        assert any("still moving" in t for t in lines), lines


def test_a_corrected_statement_another_outlet_reports_or_of_other_words_stands(
    tmp_path: Path,
) -> None:
    notice = (
        "Correction: An earlier version of this article said the lockkeeper backed the "
        "closure of the Orvel lock."
    )
    # another outlet's report of it stands
    assert any("closure" in t for t in _corrected(tmp_path / "other", notice, other="Dale Wire"))
    # a statement the notice does not name whole, or one negated, stands
    for n, first in enumerate(
        [
            "The canal board backed the repair of the Orvel lock, he said.",
            "The canal board never backed the closure of the Orvel lock, he said.",
        ]
    ):
        lines = _corrected(tmp_path / str(n), notice, first)
        assert any("Orvel lock" in t and "still moving" not in t for t in lines), lines
    # a notice with too few words to name a statement withdraws nothing
    short = "Correction: An earlier version of this article said the board backed it."
    assert any("closure" in t for t in _corrected(tmp_path / "short", short))


def test_the_sources_item_of_a_notice_says_what_it_withdraws_citing_its_words(
    tmp_path: Path,
) -> None:
    notice = (
        "Correction: An earlier version of this article said the lockkeeper backed the "
        "closure of the Orvel lock. His statement did not say that."
    )
    b = _brief(
        tmp_path,
        [
            ("Vell Radio", 3, [("paragraph", BACKED)]),
            ("Vell Radio", 4, [("paragraph", MOVING), ("boilerplate", notice)]),
        ],
    )
    wrong = "the lockkeeper backed the closure of the Orvel lock"
    [item] = [i for i in section(b, "Sources") if "correction notice" in i.text]
    assert item.text.endswith(f"withdraws what its outlet told earlier: “{wrong}”"), item.text
    assert [c.text for c in item.citations if c.text == wrong] == [wrong]


def test_a_statement_the_outlet_corrected_gives_no_timeline_line(tmp_path: Path) -> None:
    """The withdrawn statement, dated, is no event of the story's timeline either."""
    dated = "The canal board on Monday backed the closure of the Orvel lock, he said."
    notice = (
        "Correction: An earlier version of this article said the canal board backed the "
        "closure of the Orvel lock. The board did not say that."
    )
    first: list[tuple[str, int, list[Part]]] = [("Vell Radio", 3, [("paragraph", dated)])]
    later: tuple[str, int, list[Part]] = ("Vell Radio", 4, [("paragraph", MOVING)])
    on = {"on Monday": "2024-06-03"}

    def timeline(b: Briefing) -> list[str]:
        return [i.text for i in section(b, "Timeline")]

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert any("closure" in t for t in timeline(_brief(tmp_path / "a", [*first, later], on)))
    corrected = ("Vell Radio", 4, [*later[2], ("boilerplate", notice)])
    lines = timeline(_brief(tmp_path / "b", [*first, corrected], on))
    assert not any("closure" in t for t in lines), lines


FIRED = "The warden fired three guards at the Marrow prison on Monday, he said."
OSK = "Correction: An Osk Wire report issued on June 2 said the warden had fired three guards at "


def test_an_agency_notice_naming_its_own_report_withdraws_it_from_its_carriers(
    tmp_path: Path,
) -> None:
    """ "An Osk Wire report issued on June 2 said …": the agency's own earlier report, and the
    copy of it another outlet carried, no longer state it; a notice naming another outlet's
    report withdraws nothing."""
    for sub in "abc":
        (tmp_path / sub).mkdir()
    notice = OSK + "the Marrow prison in a pay dispute. The prison says no one was dismissed."
    report: list[Part] = [("paragraph", FIRED)]
    later: list[Part] = [("paragraph", MOVING), ("boilerplate", notice)]
    corrected = _lines(
        _brief(
            tmp_path / "a",
            [("Osk Wire", 2, report), ("Dale Gazette", 2, report), ("Osk Wire", 4, later)],
            agency="Osk Wire",
        )
    )
    assert not any("guards" in t for t in corrected), corrected
    assert any("still moving" in t for t in corrected), corrected
    other = [("paragraph", MOVING), ("boilerplate", notice.replace("Osk Wire", "Dale Gazette"))]
    kept = _lines(_brief(tmp_path / "b", [("Osk Wire", 2, report), ("Osk Wire", 4, other)]))
    assert any("three guards" in t for t in kept), kept
    by_initials = [("paragraph", MOVING), ("boilerplate", notice.replace("Osk Wire", "OW"))]
    gone = _lines(_brief(tmp_path / "c", [("Osk Wire", 2, report), ("Osk Wire", 4, by_initials)]))
    assert not any("guards" in t for t in gone), gone


def _noted(tmp_path: Path, first: tuple[str, str], notice: str) -> list[str]:
    """The lines of a story: ``first`` (outlet, paragraph) on 3 June, and on 4 June a Vell
    Gazette report with ``notice`` under it."""
    tmp_path.mkdir()
    reports: list[tuple[str, int, list[Part]]] = [
        (first[0], 3, [("paragraph", first[1])]),
        ("Vell Gazette", 4, [("paragraph", MOVING), ("boilerplate", notice)]),
    ]
    return _lines(_brief(tmp_path, reports))


def test_an_editors_note_withdrawing_the_outlets_earlier_report_withdraws_its_claim(
    tmp_path: Path,
) -> None:
    """ "Editor's note: On Monday the Gazette reported, citing a keeper, that 40 barges were
    queuing. … we have withdrawn it.": the outlet's own earlier report of that figure, or of
    that statement, is withdrawn; another outlet's report of it stands."""
    notice = (
        "Editor's note: On Monday the Vell Gazette reported, citing a lock keeper, that 40 "
        "barges were queuing at the Orvel lock. That figure was not confirmed by the canal "
        "board, and we have withdrawn it."
    )
    forty = "At least 40 barges were queuing at the Orvel lock, he said."
    lines = _noted(tmp_path / "figure", ("Vell Gazette", forty), notice)
    assert not any("40 barges" in t for t in lines), lines
    # the same figure of another outlet stands
    lines = _noted(tmp_path / "other", ("Dale Wire", forty), notice)
    assert any("40 barges" in t for t in lines), lines
    # a note by the outlet's short name, withdrawing a statement
    said = (
        "Editor's note: On Monday the Gazette reported that the canal board backed the closure "
        "of the Orvel lock. That report should not have been published."
    )
    lines = _noted(tmp_path / "short", ("Vell Gazette", BACKED), said)
    assert not any("closure" in t for t in lines), lines
    # a note that withdraws nothing leaves the report alone
    kept = said.replace("should not have been published", "was confirmed by the board")
    lines = _noted(tmp_path / "kept", ("Vell Gazette", BACKED), kept)
    assert any("closure" in t for t in lines), lines


def test_a_name_the_outlet_later_says_it_misspelt_is_marked_on_its_earlier_line(
    tmp_path: Path,
) -> None:
    """ "Correction: An earlier version misspelt the lock's name. It is Orvel, not Orval.": the
    outlet's earlier line with the wrong form says its outlet corrected it; a notice that names
    one form only, or another outlet's line, is left alone."""
    first = "Forty barges were queuing at the Orval lock, he said."
    notice = "Correction: An earlier version misspelt the name of the lock. It is Orvel, not Orval."
    lines = _noted(tmp_path / "own", ("Vell Gazette", first), notice)
    [line] = [t for t in lines if "Orval" in t]
    assert line.endswith("(Vell Gazette later corrected “Orval” to “Orvel”)"), lines
    lines = _noted(tmp_path / "other", ("Dale Wire", first), notice)
    assert not any("corrected" in t for t in lines), lines
    one = "Correction: An earlier version misspelt the name of the lock."
    lines = _noted(tmp_path / "one", ("Vell Gazette", first), one)
    assert not any("corrected" in t for t in lines), lines
