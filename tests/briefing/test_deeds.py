"""A denial its own source later did what it denied is overtaken: "Hollin denied that it planned
to sell the Kesh mill" (day 1), "Hollin sold the Kesh mill" (a later day, in an outlet's voice):
the denial is what Hollin said then, dated, with the later report; not a live denial. Another
party's deed, another object, or the deed told on the same day overtakes nothing."""

from __future__ import annotations

from pathlib import Path

from whatweknow.briefing import Briefing
from whatweknow.stories import Story

from .make import Says, Who, brief_days
from .test_sections import section

HOLLIN = Who("org:hollin milling company", "Hollin Milling Company", "organisation")
DUNMAR = Who("org:dunmar group", "Dunmar Group", "organisation")

DENIED = "it planned to sell the Kesh mill"


def _denial() -> tuple[str, Says, Who]:
    line = f"{HOLLIN.name} denied on Monday that {DENIED}."
    return line, Says(DENIED, "denied", HOLLIN.key, HOLLIN.name, "plan"), HOLLIN


def _deed(who: Who, words: str) -> tuple[str, Says, Who]:
    return f"{words}.", Says(words, "asserted", None, None, "sell", agent=who.key), who


def _brief(
    tmp_path: Path, days: list[tuple[int, list[tuple[str, Says, Who]]]]
) -> tuple[Story, Briefing]:
    return brief_days(tmp_path, "The Kesh mill", days)


def _denials(b: Briefing) -> list[str]:
    return [i.text for i in section(b, "Disputed and denied") if DENIED in i.text]


def test_a_denial_its_source_later_did_is_dated_with_the_deed(tmp_path: Path) -> None:
    sold = "Hollin Milling Company sold the Kesh mill to the Dunmar group on Thursday"
    _, b = _brief(tmp_path, [(3, [_denial()]), (6, [_deed(HOLLIN, sold)])])
    assert _denials(b) == []
    [then] = [i for i in section(b, "What is claimed, and by whom") if DENIED in i.text]
    assert then.text == (
        f"Hollin Milling Company denied: {DENIED} (as of 3 June 2024; "
        f"later reports: Outlet 1 says “{sold}”)"
    )


def test_another_partys_deed_or_object_or_the_same_day_overtakes_nothing(
    tmp_path: Path,
) -> None:
    cases = [
        (6, _deed(DUNMAR, "Dunmar Group sold the Kesh mill to a buyer from abroad on Thursday")),
        (6, _deed(HOLLIN, "Hollin Milling Company sold its Orsk warehouse on Thursday")),
        (3, _deed(HOLLIN, "Hollin Milling Company sold the Kesh mill to the Dunmar group")),
    ]
    for n, (day, deed) in enumerate(cases):
        _, b = _brief(tmp_path / str(n), [(3, [_denial()]), (day, [deed])])
        assert len(_denials(b)) == 1, deed[0]
