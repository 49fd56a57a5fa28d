"""A source's own later reversal overtakes its earlier statement: the earlier one is dated "as of"
its day with what the source said later, and is no live denial; two parties stay a dispute; one
source saying both ways on one day overtakes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from whatweknow.briefing import Briefing
from whatweknow.stories import Story

from .make import Says, Who, brief_days
from .test_sections import section, texts

CORVANE = Who("org:corvane minerals", "Corvane Minerals", "organisation")
UNION = Who("org:corvane miners union", "Corvane Miners Union", "organisation")
INSPECTORS = Who("org:orvel mine inspectorate", "Orvel Mine Inspectorate", "organisation")

AFTER_TESTS = (
    "reported on Thursday, after two days of testing the air and the blood of the crews in the "
    "lower galleries,"
)
NONE = "any miner had been exposed to the fumes at the Tessel shaft"
FOUR = "four miners had been exposed to the fumes at the Tessel shaft"


def _report(
    who: Who, words: str, modality: str = "asserted", *, verb: str = "said", when: str = ""
) -> tuple[str, Says, Who]:
    """One paragraph in which ``who`` says ``words`` (a claim of frame "expose")."""
    line = f"{who.name} {verb}{when} that {words}."
    return line, Says(words, modality, who.key, who.name, "expose"), who  # type: ignore[arg-type]


def _brief(
    tmp_path: Path, days: list[tuple[int, list[tuple[str, Says, Who]]]]
) -> tuple[Story, Briefing]:
    return brief_days(tmp_path, "Fumes at the Tessel shaft", days)


def test_a_denial_its_source_later_reversed_is_dated_not_a_live_denial(tmp_path: Path) -> None:
    story, b = _brief(
        tmp_path,
        [
            (3, [_report(CORVANE, NONE, "denied", verb="denied")]),
            (5, [_report(CORVANE, FOUR, verb="admitted", when=" on Wednesday")]),
        ],
    )
    assert story.contradictions == []  # no party disputes another
    assert section(b, "Disputed and denied") == []
    [then] = [i for i in section(b, "What is claimed, and by whom") if NONE in i.text]
    assert then.text == (
        f"Corvane Minerals denied: {NONE} (as of 3 June 2024; "
        f"later reports: Corvane Minerals says “{FOUR}”)"
    )
    assert [c.text for c in then.citations] == [NONE, FOUR]  # the later words are cited too
    assert [c.published for c in then.citations] == [date(2024, 6, 3), date(2024, 6, 5)]
    assert then.related and then.why == (
        "same proposition (expose); one source (corvane minerals) on 2024-06-03, "
        "the other way on 2024-06-05"
    )
    claimed = texts(b, "What is claimed, and by whom")
    assert f"Corvane Minerals says: {FOUR}" in claimed  # the admission, as it stands


def test_a_statement_later_retracted_is_dated_and_the_admission_may_be_established(
    tmp_path: Path,
) -> None:
    # confirmed, then retracted: the earlier confirmation is what was said then
    _, b = _brief(
        tmp_path / "retracted",
        [
            (3, [_report(CORVANE, FOUR, verb="confirmed")]),
            (6, [_report(CORVANE, FOUR, "denied", verb="withdrew its statement")]),
        ],
    )
    claimed = texts(b, "What is claimed, and by whom")
    assert claimed == [
        f"Corvane Minerals said: {FOUR} (as of 3 June 2024; "
        f"later reports: Corvane Minerals denies “{FOUR}”)"
    ]
    assert texts(b, "Disputed and denied") == [f"Corvane Minerals denies: {FOUR}"]
    # denied, then admitted, and inspectors say so too: no denial stands against it
    _, b = _brief(
        tmp_path / "admitted",
        [
            (3, [_report(CORVANE, NONE, "denied", verb="denied")]),
            (5, [_report(CORVANE, FOUR, verb="admitted")]),
            (6, [_report(INSPECTORS, FOUR, verb=AFTER_TESTS)]),
        ],
    )
    assert texts(b, "What is established") == [f"{FOUR} (2 independent sources)"]


def test_a_denial_by_one_party_of_anothers_claim_stays_a_dispute(tmp_path: Path) -> None:
    story, b = _brief(
        tmp_path,
        [
            (3, [_report(CORVANE, NONE, "denied", verb="denied")]),
            (5, [_report(UNION, FOUR)]),
        ],
    )
    assert [x.kind for x in story.contradictions] == ["denial"]
    [dispute] = section(b, "Disputed and denied")
    assert dispute.kind == "dispute" and "as of" not in dispute.text
    assert "(Corvane Minerals)" in dispute.text and "(Corvane Miners Union)" in dispute.text
    assert not any("as of" in t for t in texts(b, "What is claimed, and by whom"))
    # "Corvane" alone, where the story knows two bodies of that name: which one is unknown
    line = f"Corvane, whose crews belong to the Corvane Miners Union, said that {FOUR}."
    short = (line, Says(FOUR, "asserted", None, "Corvane", "expose"), UNION)
    story, b = _brief(
        tmp_path / "short",
        [(3, [_report(CORVANE, NONE, "denied", verb="denied")]), (5, [short])],
    )
    assert [x.kind for x in story.contradictions] == ["denial"]
    assert not any("as of" in t for t in texts(b, "What is claimed, and by whom"))


def test_one_source_both_ways_on_one_day_overtakes_nothing_and_disputes_nothing(
    tmp_path: Path,
) -> None:
    story, b = _brief(
        tmp_path,
        [
            (3, [_report(CORVANE, NONE, "denied", verb="denied")]),
            (3, [_report(CORVANE, FOUR, verb="admitted")]),
        ],
    )
    assert story.contradictions == []  # which it said last is unknown: say less
    assert texts(b, "Disputed and denied") == [f"Corvane Minerals denies: {NONE}"]
    assert texts(b, "What is claimed, and by whom") == [f"Corvane Minerals says: {FOUR}"]


def test_one_report_telling_a_later_reversal_overtakes_the_first(tmp_path: Path) -> None:
    deny = Says(NONE, "denied", CORVANE.key, CORVANE.name, "expose")
    admit = Says(FOUR, "asserted", CORVANE.key, CORVANE.name, "expose")
    told = f"{CORVANE.name} at first denied that {NONE}, but later admitted that {FOUR}."
    story, b = _brief(tmp_path / "told", [(3, [(told, deny, CORVANE), ("", admit, CORVANE)])])
    assert story.contradictions == []
    assert texts(b, "Disputed and denied") == []
    assert sorted(texts(b, "What is claimed, and by whom")) == [
        f"Corvane Minerals denied: {NONE} (as of 3 June 2024; later in the same report: "
        f"Corvane Minerals says “{FOUR}”)",
        f"Corvane Minerals says: {FOUR}",
    ]
    # both in one report, nothing telling which came later: nothing overtaken
    both = f"{CORVANE.name} denied that {NONE}, and its manager gave an account that {FOUR}."
    _, b = _brief(tmp_path / "both", [(3, [(both, deny, CORVANE), ("", admit, CORVANE)])])
    assert texts(b, "Disputed and denied") == [f"Corvane Minerals denies: {NONE}"]
    assert texts(b, "What is claimed, and by whom") == [f"Corvane Minerals says: {FOUR}"]


def test_two_people_of_one_surname_are_two_sources(tmp_path: Path) -> None:
    anna = Who("person:anna berg", "Anna Berg")
    lars = Who("person:lars berg", "Lars Berg")
    berg = Who("person:berg", "Berg")
    _, b = _brief(
        tmp_path / "two",
        [(3, [_report(anna, NONE, "denied", verb="denied")]), (5, [_report(lars, FOUR)])],
    )
    assert len(section(b, "Disputed and denied")) == 1  # one Berg disputes the other
    _, b = _brief(
        tmp_path / "one",
        [(3, [_report(anna, NONE, "denied", verb="denied")]), (5, [_report(berg, FOUR)])],
    )
    assert section(b, "Disputed and denied") == []  # "Berg", named by surname: Anna Berg
    assert any(
        "(as of 3 June 2024; later reports: Berg says" in t
        for t in texts(b, "What is claimed, and by whom")
    )


COUNCIL = Who("org:varn town council", "Varn Town Council", "organisation")
BRIGADE = Who("org:varn fire brigade", "Varn Fire Brigade", "organisation")
RAIN = "The council described the flooding in Lower Varn as caused by heavy rain."
MAIN = (
    "a burst water main caused the flooding in Lower Varn, reversing its earlier statement "
    "that the rain was to blame"
)


def _described() -> tuple[str, Says, Who]:
    """The outlet telling, in its own voice, what the council said (a claim of frame
    "describe")."""
    return RAIN, Says(RAIN, "asserted", None, None, "describe"), COUNCIL


def test_a_statement_its_source_takes_back_in_words_is_overtaken(tmp_path: Path) -> None:
    """ "reversing its earlier statement that P" overtakes the same source's statement of P (here
    told by the outlet: "The council described …"), which is dated and never established; the
    same words by another body overtake nothing of the council's."""
    _, b = _brief(
        tmp_path / "council",
        [
            (3, [_described()]),
            (5, [_report(COUNCIL, MAIN, verb="said", when=" on Wednesday")]),
        ],
    )
    assert not any(RAIN in t for t in texts(b, "What is established"))
    [then] = [t for t in texts(b, "What is claimed, and by whom") if RAIN in t]
    assert then.endswith(f"(as of 3 June 2024; later reports: Varn Town Council says “{MAIN}”)")
    _, b = _brief(
        tmp_path / "brigade",
        [
            (3, [_described()]),
            (5, [_report(BRIGADE, MAIN, verb="said", when=" on Wednesday")]),
        ],
    )
    assert texts(b, "What is established") == [RAIN]


def test_an_earlier_statement_taken_back_unnamed_is_the_sources_own_of_that_frame(
    tmp_path: Path,
) -> None:
    """ "reversing its earlier statement" with no that-clause overtakes the same source's earlier
    statement of the same frame; one of another frame stays as it was."""
    rain = "heavy rain had caused the flooding in Lower Varn"
    main = (
        "a burst water main had caused the flooding in Lower Varn, reversing its earlier statement"
    )
    closed = "the riverside road in Lower Varn would stay closed until Friday"
    road = Says(closed, "asserted", COUNCIL.key, COUNCIL.name, "close")
    _, b = _brief(
        tmp_path,
        [
            (
                3,
                [_report(COUNCIL, rain), (f"Varn Town Council said that {closed}.", road, COUNCIL)],
            ),
            (5, [_report(COUNCIL, main, verb="said", when=" on Wednesday")]),
        ],
    )
    claimed = texts(b, "What is claimed, and by whom")
    [then] = [t for t in claimed if rain in t]
    assert "(as of 3 June 2024; later reports: Varn Town Council says" in then
    [shut] = [t for t in claimed if closed in t]
    assert "as of" not in shut


def test_a_statement_taken_back_is_the_earlier_one_even_when_it_was_a_negation(
    tmp_path: Path,
) -> None:
    """ "reversing its earlier statement that no main had burst" takes back a negation said
    before it, never the admission a later report repeats in the words of P."""
    burst = "a water main had burst under the Lower Varn road"
    took_back = f"{burst}, reversing its earlier statement that no main had burst"
    never, _, _ = _report(COUNCIL, "no water main had burst under the Lower Varn road")
    _, b = _brief(
        tmp_path,
        [
            (
                3,
                [
                    (
                        never,
                        Says(
                            "no water main had burst under the Lower Varn road",
                            "denied",
                            COUNCIL.key,
                            COUNCIL.name,
                            "burst",
                        ),
                        COUNCIL,
                    )
                ],
            ),
            (5, [_report(COUNCIL, took_back, verb="said", when=" on Wednesday")]),
            (6, [_report(COUNCIL, burst, verb="admitted", when=" on Thursday")]),
        ],
    )
    lines = [
        t for s in ("What is claimed, and by whom", "Disputed and denied") for t in texts(b, s)
    ]
    assert not any("as of 6 June" in t or "as of 5 June" in t for t in lines), lines
    [then] = [t for t in lines if "no water main had burst" in t and "as of" in t]
    assert "as of 3 June 2024" in then


ARMY = Who("group:kolvan army", "Kolvan army", "group")
THE_ARMY = Who("group:army", "army", "group")
RINN = Who("person:tov rinn", "Tov Rinn", roles=["Major", "army spokesman"])
SHELLED = "its soldiers had shelled the covered market in Tarvesk"
DEPOT = "Kolvan soldiers shelled a fuel depot beside the covered market in Tarvesk"
NOBODY = "no Kolvan soldiers had entered Tarvesk on Sunday"
ENTERED = "its soldiers had entered Tarvesk on Sunday, reversing its earlier denial"


def _body(who: Who, words: str, frame: str, modality: str = "asserted") -> tuple[str, Says, Who]:
    """The body ``who`` (a group) saying ``words``, of ``frame``."""
    verb = "denied" if modality == "denied" else "said"
    return (
        f"The {who.name} {verb} that {words}.",
        Says(words, modality, who.key, f"The {who.name}", frame),
        who,
    )


def _spokesman(words: str, frame: str, modality: str = "asserted") -> tuple[str, Says, Who]:
    """Major Tov Rinn, introduced as an army spokesman, saying ``words``."""
    line = f"Major Tov Rinn, an army spokesman, told reporters that {words}."
    return line, Says(words, modality, RINN.key, RINN.name, frame), RINN


def test_a_body_and_its_spokesman_are_one_party_never_a_dispute(tmp_path: Path) -> None:
    """The army's denial that it shelled the market, and its spokesman's later word that its
    soldiers shelled a depot beside it, are one party's: no dispute (here the spokesman's role
    is given in the first report only); a spokesman of another body stays a party of its own."""
    story, b = _brief(
        tmp_path / "one",
        [
            (3, [_body(ARMY, SHELLED, "shell", "denied"), _spokesman(NOBODY, "enter", "denied")]),
            (
                5,
                [
                    (
                        f"Tov Rinn said on Thursday that {DEPOT}.",
                        Says(DEPOT, "asserted", RINN.key, RINN.name, "shell"),
                        RINN,
                    )
                ],
            ),
        ],
    )
    assert story.contradictions == []
    assert texts(b, "Disputed and denied") == [
        f"The Kolvan army denies: {SHELLED}",
        f"Tov Rinn denies: {NOBODY}",
    ]
    other = Who("person:tov rinn", "Tov Rinn", roles=["Major", "police spokesman"])
    said = f"Major Tov Rinn, a police spokesman, said that {DEPOT}."
    story, b = _brief(
        tmp_path / "other",
        [
            (3, [_body(ARMY, SHELLED, "shell", "denied")]),
            (5, [(said, Says(DEPOT, "asserted", other.key, other.name, "shell"), other)]),
        ],
    )
    assert [x.kind for x in story.contradictions] == ["denial"]


def test_a_body_taking_back_its_earlier_denial_takes_back_its_spokesmans(tmp_path: Path) -> None:
    """ "The army said its soldiers had entered Tarvesk, reversing its earlier denial" takes back
    the denial its spokesman gave two days before, which is dated, not left standing."""
    _, b = _brief(
        tmp_path,
        [
            (3, [_spokesman(NOBODY, "enter", "denied")]),
            (5, [_body(THE_ARMY, ENTERED, "enter")]),
        ],
    )
    lines = [
        t for s in ("What is claimed, and by whom", "Disputed and denied") for t in texts(b, s)
    ]
    [then] = [t for t in lines if NOBODY in t]
    assert then == (
        f"Tov Rinn denied: {NOBODY} (as of 3 June 2024; later reports: The army says “{ENTERED}”)"
    )


FERRIES = Who("org:tamsin ferries", "Tamsin Ferries", "organisation")
COASTGUARD = Who("org:harlow coastguard", "Harlow Coastguard", "organisation")
WARNED = "it had received a warning from the coastguard about the hull of the Orla"
RECEIVING = "receiving the warning"
MISFILED = "it arrived but was misfiled by a clerk"


def _first_account(first: str, then: str, who: Who = FERRIES) -> tuple[str, Says, Who]:
    """A report of day 5 telling what Tamsin Ferries ``first`` did (denied receiving the
    warning), and what ``who`` ``then`` says."""
    line = f"Tamsin Ferries, which {first} {RECEIVING}, {then} {MISFILED}."
    return line, Says(RECEIVING, "denied", FERRIES.key, "which", "receive"), FERRIES


def test_a_denial_told_as_a_first_account_is_overtaken_with_its_earlier_report(
    tmp_path: Path,
) -> None:
    """ "X, which at first denied P, now says Q": the denial is X's first account, no live
    denial, and so is X's denial of P on an earlier day; Q is what X says now."""
    now = Says(MISFILED, "asserted", FERRIES.key, FERRIES.name, "arrive")
    denied = (
        f"Tamsin Ferries denied that {WARNED}.",
        Says(WARNED, "denied", FERRIES.key, FERRIES.name, "receive"),
        FERRIES,
    )
    _, b = _brief(
        tmp_path / "first",
        [
            (3, [denied]),
            (5, [_first_account("at first denied", "now says"), ("", now, FERRIES)]),
        ],
    )
    assert texts(b, "Disputed and denied") == []
    claimed = texts(b, "What is claimed, and by whom")
    later = f"Tamsin Ferries says “{MISFILED}”)"
    assert f"Tamsin Ferries denied: {WARNED} (as of 3 June 2024; later reports: {later}" in claimed
    assert (
        f"Tamsin Ferries denied: {RECEIVING} (as of 5 June 2024; later in the same report: {later}"
        in claimed
    )
    # no word of a first account, or no later word of the same party: the denials stand
    _, b = _brief(
        tmp_path / "plain",
        [
            (3, [denied]),
            (5, [_first_account("denied", "now says"), ("", now, FERRIES)]),
        ],
    )
    assert len(texts(b, "Disputed and denied")) == 2
    theirs = Says(MISFILED, "asserted", COASTGUARD.key, COASTGUARD.name, "arrive")
    line = f"Tamsin Ferries at first denied {RECEIVING}. The Harlow Coastguard now says {MISFILED}."
    _, b = _brief(
        tmp_path / "other",
        [
            (
                5,
                [
                    (
                        line,
                        Says(RECEIVING, "denied", FERRIES.key, FERRIES.name, "receive"),
                        FERRIES,
                    ),
                    ("", theirs, COASTGUARD),
                ],
            )
        ],
    )
    assert texts(b, "Disputed and denied") == [f"Tamsin Ferries denies: {RECEIVING}"]


def test_a_first_account_its_source_has_since_admitted_the_other_way_is_no_live_denial(
    tmp_path: Path,
) -> None:
    """ "X, which at first denied P, has admitted Q": a verb of admitting in the main clause
    tells the later position as a word of "later" does; the denial is dated, not standing, and
    so where the denial is told only as earlier ("which had earlier denied P"). The same verb
    with no word of a first account, or a word of an earlier account with no admitting ("now
    says"), leaves the denial, as said less."""
    now = Says(MISFILED, "asserted", FERRIES.key, FERRIES.name, "arrive")
    told = [
        ("at first denied", "has admitted that"),
        ("initially denied", "has since conceded that"),
        ("had earlier denied", "acknowledged on Friday that"),
        ("previously denied", "has admitted that"),
    ]
    for first, then in told:
        _, b = _brief(
            tmp_path / first.split()[0],
            [(5, [_first_account(first, then), ("", now, FERRIES)])],
        )
        assert texts(b, "Disputed and denied") == [], (first, then)
        claimed = texts(b, "What is claimed, and by whom")
        assert (
            f"Tamsin Ferries denied: {RECEIVING} (as of 5 June 2024; later in the same report: "
            f"Tamsin Ferries says “{MISFILED}”)"
        ) in claimed, (first, then)
    # no word of a first account; or a word of an earlier one with no admitting: it stands
    for first, then in (("denied", "has admitted that"), ("had earlier denied", "now says")):
        _, b = _brief(
            tmp_path / f"plain-{first.split()[0]}",
            [(5, [_first_account(first, then), ("", now, FERRIES)])],
        )
        assert texts(b, "Disputed and denied") == [f"Tamsin Ferries denies: {RECEIVING}"]


def test_two_parties_each_telling_of_their_own_doing_are_no_dispute(tmp_path: Path) -> None:
    """The army says it struck a depot beside the market; the Tarn Front denies that a drone
    launched from its territory hit the market: each tells of its own doing, neither denies the
    other. A denial of the army's doing by the Front stays a dispute."""
    army = Who("org:kolvan army", "Kolvan Army", "organisation")
    front = Who("org:tarn front", "Tarn Front", "organisation")
    depot = "it struck a fuel depot next to the covered market in Tarvesk"
    drone = "a drone launched from its territory had struck the covered market in Tarvesk"
    shelled = "the Kolvan Army had struck the covered market in Tarvesk"

    def said(who: Who, words: str, modality: str = "asserted") -> tuple[str, Says, Who]:
        verb = "denied" if modality == "denied" else "said"
        line = f"The {who.name} {verb} that {words}."
        return line, Says(words, modality, who.key, who.name, "strike"), who

    story, _ = _brief(
        tmp_path / "own",
        [(3, [said(front, drone, "denied")]), (5, [said(army, depot)])],
    )
    assert story.contradictions == []
    story, _ = _brief(
        tmp_path / "other",
        [(3, [said(front, shelled)]), (5, [said(army, shelled, "denied")])],
    )
    assert [x.kind for x in story.contradictions] == ["denial"]


HULL_WARNING = "any warning about the hull had reached the office"
ARRIVED = "a warning about the hull had reached the office but was misfiled"


def _dated_first(first: str, then: str, new: str = ARRIVED) -> list[tuple[str, Says, Who]]:
    """A report of day 7 telling in a relative clause what Tamsin Ferries ``first`` did, with
    its day (denied on Tuesday that a warning had come), and in the main clause what it says."""
    line = f"Tamsin Ferries, which {first} that {HULL_WARNING}, {then} that {new}."
    return [
        (line, Says(HULL_WARNING, "denied", FERRIES.key, "which", "reach"), FERRIES),
        ("", Says(new, "reported", FERRIES.key, FERRIES.name, "misfile"), FERRIES),
    ]


def test_a_dated_denial_in_a_relative_clause_is_overtaken_by_its_main_clause(
    tmp_path: Path,
) -> None:
    """ "X, which denied on Tuesday that P, said that Q", Q saying what P denied (or said on
    another day): the denial is X's first account, no live denial, dated by its first report."""
    denied = (
        f"Tamsin Ferries denied that {HULL_WARNING}.",
        Says(HULL_WARNING, "denied", FERRIES.key, FERRIES.name, "reach"),
        FERRIES,
    )
    for n, (first, then) in enumerate(
        [
            ("denied on Tuesday", "said in a statement"),
            ("denied on Tuesday", "said on Friday"),
        ]
    ):
        _, b = _brief(tmp_path / str(n), [(4, [denied]), (7, _dated_first(first, then))])
        assert texts(b, "Disputed and denied") == [], (first, then)
        claimed = texts(b, "What is claimed, and by whom")
        assert any(
            line.startswith(f"Tamsin Ferries denied: {HULL_WARNING} (as of 4 June 2024")
            for line in claimed
        ), claimed
    # no day of its own in the relative clause, or a main clause on another matter of the
    # same day: the denial stands
    other = "the ferry would sail on Sunday"
    for n, (first, then, new) in enumerate(
        [
            ("denied", "said in a statement", ARRIVED),
            ("denied on Tuesday", "said on Tuesday", other),
        ]
    ):
        _, b = _brief(tmp_path / f"plain{n}", [(4, [denied]), (7, _dated_first(first, then, new))])
        assert texts(b, "Disputed and denied") == [f"Tamsin Ferries denies: {HULL_WARNING}"], (
            first,
            then,
        )


def test_a_denial_in_a_dispute_its_source_later_reversed_is_dated_there(tmp_path: Path) -> None:
    """A denial that answers another party's claim, and that its own source later reversed, is
    no live denial in *Disputed and denied* either: the line dates it "as of" its day, with what
    the source said later."""
    six = "at least six miners had been exposed to the fumes at the Tessel shaft"
    _, b = _brief(
        tmp_path,
        [
            (2, [_report(UNION, six)]),
            (3, [_report(CORVANE, NONE, "denied", verb="denied")]),
            (5, [_report(CORVANE, FOUR, verb="admitted", when=" on Wednesday")]),
        ],
    )
    disputed = texts(b, "Disputed and denied")
    [line] = [t for t in disputed if NONE in t]
    assert line == (
        f"“{six}” (Corvane Miners Union) — denied (as of 3 June 2024; later reports: "
        f"Corvane Minerals says “{FOUR}”): “{NONE}” (Corvane Minerals)"
    )


AUTHORITY = Who("org:keswin port authority", "Keswin Port Authority", "organisation")
DOCKERS = Who("org:keswin dockers union", "Keswin Dockers Union", "organisation")
VARR = Who("person:lena varr", "Lena Varr", roles=["port authority director"])
SHUT = "no container had been opened at the Keswin docks this month"
STRIKE = "no strike had been called at the Keswin docks this month"
OPENED = "two containers had been opened at the Keswin docks this month"


def _varr(
    words: str, frame: str, modality: str = "reported", negative: bool = True
) -> tuple[str, Says, Who]:
    """Lena Varr, named with her office, saying ``words`` of ``frame``."""
    line = f"Port authority director Lena Varr told reporters that {words}."
    office = "Port authority director Lena Varr"
    return line, Says(words, modality, VARR.key, office, frame, negative=negative), VARR


def _retracted(tmp_path: Path, quote: str, admits: Who = AUTHORITY) -> list[str]:
    """Varr's words of the 3rd (no container opened, no strike called); on the 5th ``admits``
    (her body) admits two containers were opened and she says ``quote``: the briefing's lines."""
    said = f"“{quote}” Varr said."
    _, b = _brief(
        tmp_path,
        [
            (3, [_varr(SHUT, "open"), _varr(STRIKE, "call")]),
            (
                5,
                [
                    _report(admits, OPENED, verb="admitted", when=" on Wednesday"),
                    (said, Says(quote, "reported", VARR.key, "Varr"), VARR),
                ],
            ),
        ],
    )
    return [
        t
        for s in ("What is claimed, and by whom", "Disputed and denied", "What is established")
        for t in texts(b, s)
    ]


def test_a_denial_its_speaker_later_says_was_untrue_is_overtaken(tmp_path: Path) -> None:
    """ "What I told you on Monday was not true", by the speaker of an earlier denial, when the
    body her office names admits, in the same report, what the denial denied: the denial is
    what she said then, dated, with her words of the later day. Her other earlier words, which
    the admission does not touch, stand as they were."""
    lines = _retracted(tmp_path / "told", "What I told you on Monday was not true.")
    [then] = [t for t in lines if SHUT in t]
    assert then.endswith(
        "(as of 3 June 2024; later reports: Lena Varr says “What I told you on Monday was not "
        "true.”)"
    )
    [strike] = [t for t in lines if STRIKE in t]
    assert "as of" not in strike
    lines = _retracted(tmp_path / "something", "I said something that was untrue, and I am sorry.")
    assert [t for t in lines if SHUT in t and "as of 3 June 2024" in t]


def test_words_that_take_back_nothing_overtake_nothing(tmp_path: Path) -> None:
    """ "I was not wrong", or a judgement that something else was wrong, takes nothing back; nor
    does "I was wrong" where only another body says the other way."""
    for n, quote in enumerate(
        ["I was not wrong about the containers.", "I said the decision was wrong."]
    ):
        lines = _retracted(tmp_path / str(n), quote)
        assert not any("as of" in t for t in lines if SHUT in t), (quote, lines)
    # the admission another body's, not the one her office names: her words name nothing
    lines = _retracted(tmp_path / "other", "I was wrong.", DOCKERS)
    assert not any("as of" in t for t in lines if SHUT in t), lines


def test_a_statement_that_there_was_none_its_speaker_later_reverses_is_overtaken(
    tmp_path: Path,
) -> None:
    """ "no container had been opened" is negated by its determiner, not by an antonym of its
    verb: the same speaker's later "two containers had been opened" reverses it."""
    _, b = _brief(
        tmp_path,
        [(3, [_varr(SHUT, "open")]), (5, [_varr(OPENED, "open", negative=False)])],
    )
    [then] = [t for t in texts(b, "What is claimed, and by whom") if SHUT in t]
    assert then.endswith(f"(as of 3 June 2024; later reports: Lena Varr says “{OPENED}”)")
    dockers = Says(OPENED, "asserted", DOCKERS.key, DOCKERS.name, "open")
    # another source's "two containers", with no actor in common: which party speaks behind
    # each is not known well enough to set them against each other ("its director" may be the
    # authority's voice): no pair, as before
    story, b = _brief(
        tmp_path / "two",
        [
            (3, [_varr(SHUT, "open")]),
            (3, [(f"{DOCKERS.name} said that {OPENED}.", dockers, DOCKERS)]),
        ],
    )
    assert story.contradictions == []


TOLD = "We said on Monday that no container had been opened at the Keswin docks."
WRONG = "That was wrong, and I am sorry for it"


def _quoted(tmp_path: Path, second: str, between: str = " ", told: str = TOLD) -> list[str]:
    """Varr's quotation of the 5th: a first sentence ``told`` (what she said on Monday), then
    ``second``: the briefing's lines."""
    line = f"“{told}{between}{second},” Varr said."
    _, b = _brief(
        tmp_path,
        [
            (3, [_varr(STRIKE, "call")]),
            (
                5,
                [
                    (
                        line,
                        Says(told, "reported", VARR.key, "Varr", "open", negative=True),
                        VARR,
                    ),
                    ("", Says(second, "reported", VARR.key, "Varr"), VARR),
                ],
            ),
        ],
    )
    return [
        t
        for s in ("What is claimed, and by whom", "Disputed and denied", "What is established")
        for t in texts(b, s)
    ]


def test_a_quoted_sentence_taken_back_by_the_next_is_withdrawn_not_repeated(
    tmp_path: Path,
) -> None:
    """ "We said on Monday that none was opened. That was wrong, and I am sorry": the first
    sentence is no denial standing; its line keeps the words that take it back."""
    lines = _quoted(tmp_path / "wrong", WRONG)
    [then] = [t for t in lines if TOLD in t]
    assert then.endswith(f"(as of 5 June 2024; later reports: Lena Varr says “{WRONG}”)"), then
    # a judgement that is no retraction, or a quotation closed between the two, takes nothing
    for n, (second, between) in enumerate(
        [("That was not wrong, whatever they say", " "), (WRONG, "” she said. “")]
    ):
        lines = _quoted(tmp_path / str(n), second, between)
        assert not any("as of" in t for t in lines if TOLD in t), lines


def test_a_quoted_sentence_of_what_the_speaker_was_told_taken_back_by_the_next_is_withdrawn(
    tmp_path: Path,
) -> None:
    """ "We were told at first that nothing was opened. That was not true": what the speaker
    was told, and repeated, is withdrawn by the next sentence; not so when the next sentence
    judges nothing wrong."""
    told = "We were told at first that no container had been opened at the Keswin docks."
    lines = _quoted(tmp_path / "told", "That was not true, and I apologise", told=told)
    [then] = [t for t in lines if "no container" in t]
    assert "(as of 5 June 2024; later reports: Lena Varr says “That was not true" in then, then
    lines = _quoted(tmp_path / "kept", "That is all I can say", told=told)
    assert not any("as of" in t for t in lines if "no container" in t), lines


NO_MINER = "no miner had been exposed to the fumes at the Tessel shaft"
NO_PAY = "no bonus had been paid to the board this year"
LEAKED = "fumes had leaked into the lower galleries, reversing its denial a day earlier"


def _says(who: Who, words: str, frame: str, modality: str, negative: bool = False) -> Says:
    return Says(words, modality, who.key, who.name, frame, negative=negative)  # type: ignore[arg-type]


def _dated(tmp_path: Path, monday: list[tuple[Who, str]]) -> list[str]:
    """Denials of Monday 3 June by each (who, words); on Tuesday Corvane Minerals admits a leak
    "reversing its denial a day earlier": the briefing's lines."""
    _, b = _brief(
        tmp_path,
        [
            (
                3,
                [
                    (f"{who.name} denied that {words}.", _says(who, words, "expose", "denied"), who)
                    for who, words in monday
                ],
            ),
            (
                4,
                [
                    (
                        f"{CORVANE.name} admitted on Tuesday that {LEAKED}.",
                        _says(CORVANE, LEAKED, "leak", "reported"),
                        CORVANE,
                    )
                ],
            ),
        ],
    )
    return [
        t
        for s in ("What is claimed, and by whom", "Disputed and denied", "What is established")
        for t in texts(b, s)
    ]


def test_a_denial_taken_back_by_its_day_is_the_sources_denial_of_that_day(
    tmp_path: Path,
) -> None:
    """ "reversing its denial a day earlier" names no content: it takes back the source's one
    denial first reported the day before, whatever its frame; not another party's denial of
    that day, and nothing where the source denied two different things that day, unless the
    admission is of the matter of one of them only."""
    lines = _dated(tmp_path / "one", [(CORVANE, NO_MINER), (UNION, NO_PAY)])
    [then] = [t for t in lines if NO_MINER in t]
    assert then.endswith(f"(as of 3 June 2024; later reports: Corvane Minerals says “{LEAKED}”)")
    [other] = [t for t in lines if NO_PAY in t]
    assert "as of" not in other
    # two different denials that day: the one of the matter admitted (fumes) is meant; where
    # both share the matter, which one is not known
    lines = _dated(tmp_path / "two", [(CORVANE, NO_MINER), (CORVANE, NO_PAY)])
    assert [t for t in lines if NO_MINER in t and "as of 3 June 2024" in t], lines
    assert not any("as of" in t for t in lines if NO_PAY in t), lines
    closed = "no lower gallery had been closed"
    lines = _dated(tmp_path / "both", [(CORVANE, NO_MINER), (CORVANE, closed)])
    assert not any("as of" in t for t in lines if NO_MINER in t or closed in t), lines


REACHED = "fumes had reached the lower galleries"


def _then(tmp_path: Path, admits: Who, between: str = ", then admitted on Tuesday that ") -> str:
    """One sentence: Corvane Minerals denied a leak, then ``admits`` admitted REACHED; the line
    of the denial."""
    line = f"{CORVANE.name} denied a leak on Monday{between}{REACHED}."
    denied = Says("a leak", "denied", CORVANE.key, CORVANE.name, negative=True)
    _, b = _brief(
        tmp_path,
        [
            (3, [_report(CORVANE, FOUR)]),
            (
                6,
                [
                    (line, denied, CORVANE),
                    ("", _says(admits, REACHED, "reach", "reported"), admits),
                ],
            ),
        ],
    )
    sections = ("What is claimed, and by whom", "Disputed and denied")
    [line] = [t for s in sections for t in texts(b, s) if "a leak" in t]
    return line


def test_a_denial_its_source_then_admitted_in_the_same_sentence_is_overtaken(
    tmp_path: Path,
) -> None:
    """ "denied a leak on Monday, then admitted on Tuesday that fumes had reached …": the denial
    is no denial standing. Another party's admission, or one not told as later, leaves it."""
    line = _then(tmp_path / "then", CORVANE)
    assert line.endswith(
        f"(as of 6 June 2024; later in the same report: Corvane Minerals says “{REACHED}”)"
    ), line
    assert "as of" not in _then(tmp_path / "union", UNION, ", then the union admitted that ")
    assert "as of" not in _then(tmp_path / "and", CORVANE, " and said that ")


TREATED = "four miners had been treated for fume sickness"


def _reversing(who: Who = CORVANE) -> tuple[str, Says, Who]:
    """ "… said on Wednesday that P, reversing its earlier denial": words naming neither the
    denial's content nor its day, with a claim of another frame than the denial's."""
    line = f"{who.name} said on Wednesday that {TREATED}, reversing its earlier denial."
    return line, Says(TREATED, "asserted", who.key, who.name, "treat"), who  # type: ignore[arg-type]


def test_its_earlier_denial_taken_back_unnamed_is_the_sources_one_denial_before(
    tmp_path: Path,
) -> None:
    _, b = _brief(
        tmp_path / "one",
        [(3, [_report(CORVANE, NONE, "denied", verb="denied")]), (5, [_reversing()])],
    )
    assert section(b, "Disputed and denied") == []
    [then] = [t for t in texts(b, "What is claimed, and by whom") if NONE in t]
    assert then.startswith(f"Corvane Minerals denied: {NONE} (as of 3 June 2024; later reports:")
    # two earlier denials of different things: the one of the matter admitted (miners, fumes)
    # is meant, not the other; where both share it, which one is meant is not known
    pumps = "the Orvel pumps had failed"
    _, b = _brief(
        tmp_path / "two",
        [
            (3, [_report(CORVANE, NONE, "denied", verb="denied")]),
            (4, [_report(CORVANE, pumps, "denied", verb="denied")]),
            (5, [_reversing()]),
        ],
    )
    claimed = texts(b, "What is claimed, and by whom")
    assert [t for t in claimed if "as of" in t and NONE in t]
    assert texts(b, "Disputed and denied") == [f"Corvane Minerals denies: {pumps}"]
    pumps = "any sickness had come from the Orvel pumps"
    _, b = _brief(
        tmp_path / "both",
        [
            (3, [_report(CORVANE, NONE, "denied", verb="denied")]),
            (4, [_report(CORVANE, pumps, "denied", verb="denied")]),
            (5, [_reversing()]),
        ],
    )
    assert not any("as of" in t for t in texts(b, "What is claimed, and by whom"))
    # another party's words take back nothing of Corvane's
    _, b = _brief(
        tmp_path / "other",
        [(3, [_report(CORVANE, NONE, "denied", verb="denied")]), (5, [_reversing(UNION)])],
    )
    assert not any("as of" in t for t in texts(b, "What is claimed, and by whom"))


def _wrong_to_say(tmp_path: Path, quote: str) -> list[str]:
    """Varr's words of the 3rd (no container opened, no strike called); on the 5th she says
    ``quote``, and nothing else: the briefing's lines."""
    _, b = _brief(
        tmp_path,
        [
            (3, [_varr(SHUT, "open"), _varr(STRIKE, "call")]),
            (5, [(f"“{quote},” Varr said.", Says(quote, "reported", VARR.key, "Varr"), VARR)]),
        ],
    )
    return [t for s in ("What is claimed, and by whom", "Disputed and denied") for t in texts(b, s)]


def test_words_that_name_what_their_speaker_was_wrong_to_say_take_it_back(
    tmp_path: Path,
) -> None:
    """ "We were wrong to say no container had been opened" names the statement it takes back:
    the speaker's own earlier one of those words is dated, not shown as standing; her other
    statement of the same day stays."""
    quote = "We were wrong to say that no container had been opened"
    lines = _wrong_to_say(tmp_path / "wrong", quote)
    [then] = [t for t in lines if SHUT in t]
    assert then.endswith(f"(as of 3 June 2024; later reports: Lena Varr says “{quote}”)"), then
    [strike] = [t for t in lines if STRIKE in t]
    assert "as of" not in strike
    # not wrong, or wrong to say something else: nothing taken back
    for n, other in enumerate(
        [
            "We were not wrong to say that no container had been opened",
            "We were wrong to say that the cranes were safe",
        ]
    ):
        lines = _wrong_to_say(tmp_path / str(n), other)
        assert not any("as of" in t for t in lines if SHUT in t), (other, lines)


QUELL = Who("person:ida quell", "Ida Quell", roles=["mayor"])
QUELL_OFFICE = Who("group:office of mayor ida quell", "office of Mayor Ida Quell", "group")
NO_LETTER = "receiving any such letter from the dam inspectors"
LETTER = "the dam inspectors' letter had been received on May 29"


def test_an_admission_by_a_persons_office_reverses_that_persons_denial(tmp_path: Path) -> None:
    """ "The office of Mayor Ida Quell acknowledged that the letter had been received" on the
    5th overtakes her own denial of the 3rd: her office speaks for her."""
    denial = Says(NO_LETTER, "denied", QUELL.key, "Mayor Ida Quell", "receive")
    office = Says(LETTER, "asserted", QUELL_OFFICE.key, "The office of Mayor Ida Quell", "receive")
    _, b = _brief(
        tmp_path,
        [
            (3, [(f"Mayor Ida Quell denied {NO_LETTER}.", denial, QUELL)]),
            (
                5,
                [
                    (
                        f"The office of Mayor Ida Quell acknowledged that {LETTER}.",
                        office,
                        QUELL_OFFICE,
                    )
                ],
            ),
        ],
    )
    assert section(b, "Disputed and denied") == []
    [then] = [t for t in texts(b, "What is claimed, and by whom") if NO_LETTER in t]
    assert "as of 3 June 2024" in then, then


SUCH_WARNING = "receiving any such warning"
LOGGED = (
    "its harbour office logged a warning about the hull of the Orla two days before she sailed, "
    "reversing its earlier denial"
)


def test_a_denial_taken_back_in_words_is_the_one_of_the_same_matter(tmp_path: Path) -> None:
    """ "Tamsin Ferries denied receiving any such warning" on Monday, and denied that its crews
    had worked double shifts; on Wednesday it "admitted that its harbour office logged a
    warning about the hull …, reversing its earlier denial": of its two earlier denials, the
    one that shares what the admission is about (a warning) is taken back and dated, no
    standing denial; the other stands; so too where the words give the denial's day ("its
    earlier denial on Monday"). Where both or neither share it, which denial was taken
    back is unknown, and both stand."""
    admitted = (
        f"Tamsin Ferries admitted on Wednesday that {LOGGED}.",
        Says(LOGGED, "asserted", FERRIES.key, FERRIES.name, "log"),
        FERRIES,
    )

    def denied(words: str, frame: str) -> tuple[str, Says, Who]:
        return (
            f"Tamsin Ferries denied {words}.",
            Says(words, "denied", FERRIES.key, FERRIES.name, frame),
            FERRIES,
        )

    shifts = "working its crews double shifts"
    story, b = _brief(
        tmp_path / "one",
        [(3, [denied(SUCH_WARNING, "receive"), denied(shifts, "work")]), (5, [admitted])],
    )
    assert story.contradictions == []
    assert texts(b, "Disputed and denied") == [f"Tamsin Ferries denies: {shifts}"]
    claimed = texts(b, "What is claimed, and by whom")
    assert (
        f"Tamsin Ferries denied: {SUCH_WARNING} (as of 3 June 2024; "
        f"later reports: Tamsin Ferries says “{LOGGED}”)"
    ) in claimed
    # "reversing its denial on Monday": of the two denials of that day, the one of the matter
    dated = (
        f"Tamsin Ferries admitted on Wednesday that {LOGGED} on Monday.",
        Says(f"{LOGGED} on Monday", "asserted", FERRIES.key, FERRIES.name, "log"),
        FERRIES,
    )
    _, b = _brief(
        tmp_path / "dated",
        [(3, [denied(SUCH_WARNING, "receive"), denied(shifts, "work")]), (5, [dated])],
    )
    assert texts(b, "Disputed and denied") == [f"Tamsin Ferries denies: {shifts}"]
    hull = "patching the hull of the Orla"
    _, b = _brief(
        tmp_path / "both",
        [(3, [denied(SUCH_WARNING, "receive"), denied(hull, "patch")]), (5, [admitted])],
    )
    assert sorted(texts(b, "Disputed and denied")) == [
        f"Tamsin Ferries denies: {hull}",
        f"Tamsin Ferries denies: {SUCH_WARNING}",
    ]


def test_a_denial_told_as_earlier_then_admitted_in_the_next_sentence_is_overtaken(
    tmp_path: Path,
) -> None:
    """ "Tamsin Ferries had earlier denied receiving the warning. On Monday, however, it
    acknowledged that the warning had arrived …": the next sentence admits the other way, of
    the same matter (the warning), so the denial is dated, not standing. An admission there of
    another matter, or a denial told with no word of an earlier account, leaves it."""

    def told(first: str, admitted: str) -> list[tuple[str, Says, Who]]:
        line = (
            f"Tamsin Ferries {first} {RECEIVING}. On Monday, however, it acknowledged "
            f"that {admitted}."
        )
        return [
            (line, Says(RECEIVING, "denied", FERRIES.key, FERRIES.name, "receive"), FERRIES),
            ("", Says(admitted, "reported", FERRIES.key, "it", "arrive"), FERRIES),
        ]

    arrived = "the warning had arrived but was misfiled by a clerk"
    _, b = _brief(tmp_path / "same", [(5, told("had earlier denied", arrived))])
    assert texts(b, "Disputed and denied") == []
    assert (
        f"Tamsin Ferries denied: {RECEIVING} (as of 5 June 2024; later in the same report: "
        f"Tamsin Ferries says “{arrived}”)"
    ) in texts(b, "What is claimed, and by whom")
    crews = "its crews had worked double shifts"
    for first, admitted in (("had earlier denied", crews), ("denied", arrived)):
        _, b = _brief(
            tmp_path / f"{first.split()[0]}-{admitted.split()[1]}", [(5, told(first, admitted))]
        )
        assert texts(b, "Disputed and denied") == [f"Tamsin Ferries denies: {RECEIVING}"]


HULL_LOGGED = "its harbour office logged a warning about the hull of the Orla"


def test_a_denial_its_source_admits_the_other_way_on_a_later_day_is_overtaken(
    tmp_path: Path,
) -> None:
    """ "Tamsin Ferries denied receiving any such warning" on Monday; on Wednesday "Tamsin
    Ferries admitted that its harbour office logged a warning about the hull …": other verbs
    (receive, log), no words taking the denial back, but a verb of conceding by the same party
    on a later day, of the same matter (all the denial names, a warning): the denial is dated,
    not standing. The same words merely said, or admitted on the same day, or an admission of
    another matter or of a part of what the denial names, or by another party, leave it
    standing."""

    def denied(words: str = SUCH_WARNING) -> tuple[str, Says, Who]:
        return (
            f"Tamsin Ferries denied {words}.",
            Says(words, "denied", FERRIES.key, FERRIES.name, "receive"),
            FERRIES,
        )

    def later(verb: str, words: str = HULL_LOGGED, who: Who = FERRIES) -> tuple[str, Says, Who]:
        return (
            f"{who.name} {verb} on Wednesday that {words}.",
            Says(words, "asserted", who.key, who.name, "log"),
            who,
        )

    _, b = _brief(tmp_path / "admitted", [(3, [denied()]), (5, [later("admitted")])])
    assert texts(b, "Disputed and denied") == []
    assert (
        f"Tamsin Ferries denied: {SUCH_WARNING} (as of 3 June 2024; "
        f"later reports: Tamsin Ferries says “{HULL_LOGGED}”)"
    ) in texts(b, "What is claimed, and by whom")
    standing = [f"Tamsin Ferries denies: {SUCH_WARNING}"]
    _, b = _brief(tmp_path / "said", [(3, [denied()]), (5, [later("said")])])
    assert texts(b, "Disputed and denied") == standing
    _, b = _brief(tmp_path / "same-day", [(3, [denied(), later("admitted")])])
    assert texts(b, "Disputed and denied") == standing
    crews = "its crews had worked double shifts"
    _, b = _brief(tmp_path / "other", [(3, [denied()]), (5, [later("admitted", crews)])])
    assert texts(b, "Disputed and denied") == standing
    # a denial of which the admission writes only a part (the hull, the Orla): another matter
    patched = "patching the hull of the Orla in dry dock"
    _, b = _brief(tmp_path / "part", [(3, [denied(patched)]), (5, [later("admitted")])])
    assert texts(b, "Disputed and denied") == [f"Tamsin Ferries denies: {patched}"]
    _, b = _brief(
        tmp_path / "coastguard", [(3, [denied()]), (5, [later("admitted", who=COASTGUARD)])]
    )
    assert f"Tamsin Ferries denies: {SUCH_WARNING}" in " ".join(texts(b, "Disputed and denied"))


def test_a_statement_that_none_happened_its_party_later_concedes_one_did_is_overtaken(
    tmp_path: Path,
) -> None:
    """ "there was no dredging at the Orla berth that week" (Tamsin Ferries, Monday), and on
    Wednesday it "admitted that a night dredging took place at the berth on June 1": the same
    kind of thing (dredging), one party, a later day: the first statement is dated, no longer
    current. Another party's admission, or one of another kind of thing, overtakes nothing."""
    none = "there was no dredging at the Orla berth that week"
    one = "a night dredging took place at the berth on June 1"

    def said(who: Who, words: str, verb: str, negated: bool = False) -> tuple[str, Says, Who]:
        says = Says(words, "asserted", who.key, who.name, None, negated=negated)
        return f"{who.name} {verb} on Wednesday that {words}.", says, who

    _, b = _brief(
        tmp_path / "one",
        [(3, [said(FERRIES, none, "said", True)]), (5, [said(FERRIES, one, "admitted")])],
    )
    [then] = [t for t in texts(b, "What is claimed, and by whom") if none in t]
    assert "(as of 3 June 2024; later reports:" in then and one in then, then
    others = ((DOCKERS, one), (FERRIES, "a night inspection took place on June 1"))
    for n, (who, words) in enumerate(others):
        _, b = _brief(
            tmp_path / f"other{n}",
            [(3, [said(FERRIES, none, "said", True)]), (5, [said(who, words, "admitted")])],
        )
        [then] = [t for t in texts(b, "What is claimed, and by whom") if none in t]
        assert "as of" not in then, then
