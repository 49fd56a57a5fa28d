"""The timeline's dated happenings (briefing/happenings.py): claims that state what happened on
a day, beside the PLOVER events. Articles written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow.analyse import Analyser
from whatweknow.briefing import brief_dossiers
from whatweknow.briefing.happenings import dated, words
from whatweknow.model import Dossier
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout

from .make import Doc, Does, Says, Who, dossier
from .test_sections import section

FRIDAY = date(2024, 6, 7)


def analysed(analyser: Analyser, title: str, body: str, published: date = FRIDAY) -> Dossier:
    text = f"{title}\n\n{body}\n"
    article = build_article(text, parse_layout(text), fmt="text", published=published)
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    return item[1]


@pytest.mark.model
def test_a_crash_on_wednesday_told_by_two_articles_is_one_line(analyser: Analyser) -> None:
    first = analysed(
        analyser,
        "Cargo plane lost near Velmar",
        "A cargo plane crashed on Wednesday near the hill town of Velmar. "
        "The airline may resume its northern flights on Monday. "
        "Investigators will visit the site on Saturday.",
    )
    second = analysed(
        analyser,
        "Velmar crash: what we know",
        "The cargo plane crashed near Velmar on Wednesday, local officials said.",
        published=date(2024, 6, 8),
    )
    lines = section(brief_dossiers([first, second]), "Timeline")
    texts = [i.text for i in lines]
    crash = [i for i in lines if "crashed" in i.text]
    assert len(crash) == 1, texts
    assert crash[0].text.startswith("5 June 2024 — ")  # the Wednesday before Friday 7 June
    assert {c.article for c in crash[0].citations} == {first.article.id, second.article.id}
    # a speculated or future happening is no dated happening (the planned visit is a PLOVER
    # event, shown as expected)
    told = [i.text for i in lines if i.kind == "claim"]
    assert not any("resume" in t or "visit" in t for t in told), texts


BODY = (
    "The river dam burst on Sunday after days of rain. "
    "Rescuers found a boat that sank on Saturday near the weir. "
    "The mayor met the engineers on Monday and the governor on Tuesday. "
    "Residents may return on Friday. "
    "Divers searched the lake on Thursday, the police said. "
    "The bridge reopens on Wednesday."
)


def doc(*claims: Says) -> Dossier:
    return dossier(
        Doc(
            blocks=[("title", "Dam bursts"), ("paragraph", BODY)],
            published=date(2024, 6, 4),
            claims=list(claims),
            timexes=[
                ("Sunday", "2024-06-02"),
                ("Saturday", "2024-06-01"),
                ("Monday", "2024-06-03"),
                ("Tuesday", "2024-06-04"),
                ("Friday", "2024-06-07"),
                ("Thursday", "2024-05-30"),
                ("Wednesday", "2024-06-05"),
            ],
        )
    )


def test_a_dated_happening_is_a_factual_claim_with_one_past_day_in_its_main_clause() -> None:
    d = doc(
        Says("The river dam burst on Sunday after days of rain.", frame="burst"),
        Says("Rescuers found a boat that sank on Saturday near the weir.", frame="find"),
        Says("The mayor met the engineers on Monday and the governor on Tuesday.", frame="meet"),
        Says("Residents may return on Friday.", "speculated", frame="return"),
        Says("Divers searched the lake on Thursday", "reported", frame="search"),
        Says("The bridge reopens on Wednesday.", frame="reopen"),
    )
    found = {h.claim.id: h for h in dated(d)}
    # c2: its date is the sinking's, in a relative clause; c3: two days; c4: speculated;
    # c6: after the publication date
    assert sorted(found) == ["c1", "c5"]
    assert found["c1"].time == "2024-06-02"
    assert found["c1"].text == "The river dam burst after days of rain."
    assert found["c5"].text == "Divers searched the lake"


def test_words_that_open_with_a_pronoun_are_no_line() -> None:
    body = "The keeper of the weir was taken to the clinic. She died there on Sunday."
    d = dossier(
        Doc(
            blocks=[("title", "Dam bursts"), ("paragraph", body)],
            published=date(2024, 6, 4),
            claims=[Says("She died there on Sunday.", frame="die")],
            timexes=[("Sunday", "2024-06-02")],
        )
    )
    assert dated(d) == []  # who died, and where, is in the sentence before
    d = doc(Says("The river dam burst on Sunday after days of rain.", frame="burst"))
    assert [h.text for h in dated(d)] == ["The river dam burst after days of rain."]


def test_a_claim_with_no_proposition_is_a_happening_only_through_a_clause() -> None:
    d = doc(Says("Rescuers found a boat that sank on Saturday near the weir."))
    [h] = dated(d)
    assert h.time == "2024-06-01"
    assert h.text == "Rescuers found a boat that sank near the weir."


def test_a_noun_phrase_whose_relative_clause_is_dated_is_no_happening() -> None:
    body = "Officials released the names of the divers who drowned on Saturday."
    names = "the names of the divers who drowned on Saturday"
    d = dossier(
        Doc(
            blocks=[("title", "Divers named"), ("paragraph", body)],
            published=date(2024, 6, 4),
            claims=[Says(names)],
            timexes=[("Saturday", "2024-06-01")],
        )
    )
    assert dated(d) == []  # it names a thing; the drowning is not its words to tell
    told = "Officials said the divers were on a boat that sank on Saturday."
    d = dossier(
        Doc(
            blocks=[("title", "Boat sank"), ("paragraph", told)],
            published=date(2024, 6, 4),
            claims=[Says("the divers were on a boat that sank on Saturday")],
            timexes=[("Saturday", "2024-06-01")],
        )
    )
    assert [h.time for h in dated(d)] == ["2024-06-01"]  # a clause: "were", then the date


def test_a_date_phrase_is_cut_only_where_the_rest_reads_whole() -> None:
    d = dossier(
        Doc(
            blocks=[("paragraph", "On Sunday, the dam burst. It fell just two days ago.")],
            claims=[Says("On Sunday, the dam burst."), Says("It fell just two days ago.")],
            timexes=[("Sunday", "2024-06-02"), ("two days ago", "2024-06-01")],
        )
    )
    one, two = d.claims
    assert words(d.article.text, one, d.timexes[0]) == "The dam burst."
    assert words(d.article.text, two, d.timexes[1]) == "It fell just two days ago."


def test_one_happening_in_two_articles_is_one_line_two_meetings_are_two() -> None:
    def told(body: str, *claims: Says, day: str, published: date) -> Dossier:
        return dossier(
            Doc(
                blocks=[("title", "Ferry lost"), ("paragraph", body)],
                published=published,
                claims=list(claims),
                timexes=[("Sunday", day), ("Monday", "2024-06-03")],
            )
        )

    first = told(
        "The ferry that sank on Sunday carried forty people. "
        "The mayor met the engineers on Monday.",
        Says("The ferry that sank on Sunday carried forty people."),
        Says("The mayor met the engineers on Monday.", frame="meet"),
        day="2024-06-02",
        published=date(2024, 6, 3),
    )
    second = told(
        "Divers were at the pier when the ferry sank on Sunday. "
        "The governor met the unions on Monday.",
        Says("Divers were at the pier when the ferry sank on Sunday."),
        Says("The governor met the unions on Monday.", frame="meet"),
        day="2024-06-02",
        published=date(2024, 6, 4),
    )
    lines = section(brief_dossiers([first, second]), "Timeline")
    assert [i.text for i in lines] == [
        "2 June 2024 — The ferry that sank carried forty people.",
        "3 June 2024 — The mayor met the engineers.",
        "3 June 2024 — The governor met the unions.",
    ]
    assert [c.article for c in lines[0].citations] == [first.article.id, second.article.id]


@pytest.mark.model
def test_a_bare_clock_time_dates_no_happening(analyser: Analyser) -> None:
    """A recap published days later: "Shortly after midnight" names no day, so it dates nothing
    (it was read as the night of the report); a time with its day named does."""
    d = analysed(
        analyser,
        "How the week unfolded",
        "Shortly after midnight, shells hit the village of Varna and a border post.\n\n"
        "At 3 a.m. on Tuesday, a second barrage hit the post.",
        published=FRIDAY,
    )
    found = [(h.time[:10], h.text) for h in dated(d)]
    assert [t for t, _ in found] == ["2024-06-04"], found


@pytest.mark.model
def test_a_charge_is_said_whole_as_the_accuser_accusing(analyser: Analyser) -> None:
    """ "Valdor accused Osmian troops of firing mortars": the claim's words are the accused and
    the charge; the line is "Valdor accuses Osmian troops of firing …", not a fragment after
    "alleges:"."""
    d = analysed(
        analyser,
        "Mortar fire on the border",
        "The Valdish army accused Osmian troops of firing mortars near the village of Brell.",
    )
    claimed = [i.text for s in brief_dossiers([d]).sections for i in s.items if i.kind == "claim"]
    assert any(
        t.startswith("The Valdish army accuses Osmian troops of firing mortars") for t in claimed
    ), claimed
    assert not any("alleges: Osmian troops of" in t for t in claimed)


DORAN = Who("person:ilse doran", "Ilse Doran", roles=["foreign minister"])
VASKO = Who("person:piet vasko", "Piet Vasko", roles=["foreign minister"])
WEISS = Who("person:karl weiss", "Karl Weiss", roles=["trade envoy"])
BRENHOLT = Who("place::brenholt", "Brenholt", type="place")
HER_PLAN = "Ilse Doran will travel to Brenholt on Saturday to meet her counterpart"
HIS_PLAN = "Karl Weiss will travel to Brenholt on Saturday to meet Ilse Doran"
PLAN = f"{HER_PLAN}. {HIS_PLAN}."
TALKS = "Ilse Doran and Piet Vasko held talks in Brenholt on Saturday"


def _planned() -> Dossier:
    return dossier(
        Doc(
            blocks=[("title", "Minister to visit Brenholt"), ("paragraph", PLAN)],
            published=date(2026, 11, 13),
            actors=[DORAN, BRENHOLT, WEISS],
            claims=[
                Says(HER_PLAN, "expected"),
                Says(HIS_PLAN, "expected"),
            ],
            events=[
                Does("Ilse Doran will travel to Brenholt", "CONSULT", "travel", [DORAN.key],
                     [BRENHOLT.key], "2026-11-14", "expected"),
                Does("meet her counterpart", "CONSULT", "meet", [DORAN.key], [], "2026-11-14",
                     "expected"),
                Does("Karl Weiss will travel to Brenholt", "CONSULT", "travel", [WEISS.key],
                     [BRENHOLT.key], "2026-11-14", "expected"),
                Does("meet Ilse Doran", "CONSULT", "meet", [WEISS.key], [DORAN.key],
                     "2026-11-14", "expected"),
            ],
            timexes=[("Saturday", "2026-11-14")],
        )
    )  # fmt: skip


def _met() -> Dossier:
    text = f"{TALKS}, aides said."
    return dossier(
        Doc(
            blocks=[("title", "Ministers meet"), ("paragraph", text)],
            published=date(2026, 11, 15),
            actors=[DORAN, VASKO, BRENHOLT],
            claims=[Says(TALKS, "reported")],
            events=[
                Does("Ilse Doran and Piet Vasko held talks", "CONSULT", "talks",
                     [DORAN.key, VASKO.key], [], "2026-11-14", "reported", BRENHOLT.key),
            ],
            timexes=[("Saturday", "2026-11-14")],
        )
    )  # fmt: skip


def test_a_plan_joins_the_meeting_of_its_actor_that_day_not_another_actors() -> None:
    lines = texts_of(brief_dossiers([_planned(), _met()]))
    done = [t for t in lines if "talks" in t]
    assert done == ["14 November 2026 — Ilse Doran, Piet Vasko talks, in Brenholt (reported)"]
    assert not any("Ilse Doran consult" in t and "(planned)" in t for t in lines), lines
    # Karl Weiss's plan is his own: not joined to a meeting he is not said to be at
    assert any(
        t.startswith("14 November 2026 — Karl Weiss was to travel to Brenholt") for t in lines
    ), lines
    assert any("Karl Weiss was to meet Ilse Doran (planned)" in t for t in lines), lines


def test_a_meeting_of_one_person_with_nobody_and_nowhere_is_no_line() -> None:
    lines = texts_of(brief_dossiers([_planned()]))
    assert not any(t.endswith("Ilse Doran will meet (expected)") for t in lines), lines
    assert any("Ilse Doran will travel to Brenholt (expected)" in t for t in lines), lines
    text = "Varnia will meet on Monday. The board will meet on Monday."
    alone = Doc(
        blocks=[("paragraph", text)],
        published=date(2026, 11, 13),
        actors=[Who("country::varnia", "Varnia", type="state"), Who("org:board", "The board",
                type="organisation")],
        claims=[Says(text, "expected")],
        events=[
            Does("Varnia will meet", "CONSULT", "meet", ["country::varnia"], [], "2026-11-16",
                 "expected"),
            Does("The board will meet", "CONSULT", "meet", ["org:board"], [], "2026-11-16",
                 "expected"),
        ],
        timexes=[("Monday", "2026-11-16")],
    )  # fmt: skip
    lines = texts_of(brief_dossiers([dossier(alone)]))
    assert not any("Varnia" in t for t in lines), lines
    assert any("The board will meet" in t for t in lines), lines


def texts_of(b: object) -> list[str]:
    from whatweknow.briefing.model import Briefing

    assert isinstance(b, Briefing)
    return [i.text for i in section(b, "Timeline")]


@pytest.mark.model
def test_a_trip_announced_then_reported_done_is_one_line_not_a_plan(analyser: Analyser) -> None:
    tuesday, friday = date(2024, 6, 4), date(2024, 6, 7)
    plan = analysed(
        analyser,
        "Minister to visit Velmar",
        "Minister Ilka Dorn will visit Velmar on Thursday to meet families of the victims.",
        published=tuesday,
    )
    done = analysed(
        analyser,
        "Minister meets families",
        "Minister Ilka Dorn met families of the victims of last week's flood on Thursday.",
        published=friday,
    )
    lines = section(brief_dossiers([plan, done]), "Timeline")
    texts = [i.text for i in lines]
    assert not any("(planned)" in t for t in texts), texts  # the visit was that meeting's trip
    (line,) = [i for i in lines if i.text.startswith("6 June 2024 — ")]
    assert "(" not in line.text, texts  # asserted
    assert {c.article for c in line.citations} == {plan.article.id, done.article.id}
    # a meeting on another day is no report of the trip: the plan stays a plan
    other = analysed(
        analyser,
        "Minister meets families",
        "Minister Ilka Dorn met families of the victims of last week's flood on Wednesday.",
        published=friday,
    )
    texts = [i.text for i in section(brief_dossiers([plan, other]), "Timeline")]
    assert "6 June 2024 — Ilka Dorn was to visit Velmar (planned)" in texts, texts


@pytest.mark.model
def test_what_should_have_been_done_on_a_day_is_no_timeline_line(analyser: Analyser) -> None:
    d = analysed(
        analyser,
        "Councillor faults mayor",
        "Councillor Tamsin Orel said Mayor Beck Halloran should have resigned on Monday. "
        "Orel said the ferry crew ought to have warned the harbour on Tuesday. "
        "The ferry would have sailed on Wednesday if the storm had passed.",
    )
    assert not [e for e in d.events if e.time], [(e.trigger, e.time) for e in d.events]
    assert not any(e.type == "REQUEST" for e in d.events)  # a reproach asks nothing
    assert dated(d) == []
    assert section(brief_dossiers([d]), "Timeline") == []


@pytest.mark.model
def test_the_day_of_a_compared_figure_does_not_date_the_statement(analyser: Analyser) -> None:
    d = analysed(
        analyser,
        "Boats still waiting at Velmar",
        "Pilot Oskar Brand said 12 boats were waiting outside the harbour, down from 30 on "
        "Wednesday. Harbour staff counted 12 boats on Thursday, against 30 a week earlier.",
    )
    days = [h.day for h in dated(d)]
    assert "2024-06-05" not in days, days  # Wednesday is the day of the 30, not of the 12
    texts = [i.text for i in section(brief_dossiers([d]), "Timeline")]
    assert not any(t.startswith("5 June 2024") for t in texts), texts


@pytest.mark.model
def test_a_possessors_minister_announced_then_reported_done_is_one_line(
    analyser: Analyser,
) -> None:
    plan = analysed(
        analyser,
        "Minister to visit Velmar",
        "Norvale's transport minister, Ilka Dorn, will visit Velmar on "
        "Thursday, her ministry said.",
        published=date(2024, 6, 4),
    )
    visit = next(e for e in plan.events if e.trigger == "visit")
    assert [a.name for a in plan.actors if a.id in visit.actor] == ["Ilka Dorn"]
    done = analysed(
        analyser,
        "Minister at Velmar",
        "Transport Minister Ilka Dorn visited Velmar on Thursday and said two "
        "docks might reopen on Friday.",
    )
    texts = [i.text for i in section(brief_dossiers([plan, done]), "Timeline")]
    assert not any("(planned)" in t for t in texts), texts
    assert [t for t in texts if t.startswith("6 June 2024")], texts


@pytest.mark.model
def test_a_visit_to_a_towns_port_is_a_line_placed_in_the_town(analyser: Analyser) -> None:
    done = analysed(
        analyser,
        "Minister at Velmar",
        "Transport Minister Ilka Dorn visited the port of Velmar on Thursday and said two "
        "docks might reopen on Friday.",
    )
    visit = next(e for e in done.events if e.trigger == "visited")
    velmar = next(a for a in done.actors if a.name == "Velmar")
    assert visit.location == velmar.id
    texts = [i.text for i in section(brief_dossiers([done]), "Timeline")]
    assert [t for t in texts if t.startswith("6 June 2024") and "Velmar" in t], texts


@pytest.mark.model
def test_the_day_a_plan_was_due_is_no_dated_happening(analyser: Analyser) -> None:
    d = analysed(
        analyser,
        "Minister expected at Velmar",
        "Transport Minister Ilka Dorn was due to visit the harbour later on Thursday. "
        "Officials said the ferry would sail again on Wednesday. "
        "The ferry sank on Tuesday.",
        published=date(2024, 6, 6),  # the Thursday: the plan's day had come
    )
    assert [h.day for h in dated(d)] == ["2024-06-04"]  # only what happened: the sinking


@pytest.mark.model
def test_a_bare_plan_joins_the_visit_reported_done_that_day(analyser: Analyser) -> None:
    plan = analysed(
        analyser,
        "Minister to visit the port",
        "Norvale's transport minister, Ilka Dorn, will visit the port on Thursday, her ministry "
        "said.",
        published=date(2024, 6, 4),
    )
    done = analysed(
        analyser,
        "Minister at Velmar",
        "Transport Minister Ilka Dorn visited the port of Velmar on Thursday.",
    )
    lines = section(brief_dossiers([plan, done]), "Timeline")
    (line,) = [i for i in lines if i.text.startswith("6 June 2024")]
    assert {c.article for c in line.citations} == {plan.article.id, done.article.id}
    assert not any("(planned)" in i.text for i in lines)


def test_a_cut_time_takes_its_preposition_with_it_or_the_words_stay_whole() -> None:
    """ "The gate was shut at 6.15am on Sunday by the wardens": cutting the time leaves no
    stray "at" ("shut at by the wardens"); after "at about" the words are kept as written."""
    one = "The gate was shut at 6.15am on Sunday by the wardens."
    two = "The ferry left at about 9pm on Sunday."
    d = dossier(
        Doc(
            blocks=[("paragraph", f"{one} {two}")],
            claims=[Says(one), Says(two)],
            timexes=[
                ("6.15am on Sunday", "2024-06-02T06:15"),
                ("9pm on Sunday", "2024-06-02T21:00"),
            ],
        )
    )
    first, second = d.claims
    assert words(d.article.text, first, d.timexes[0]) == "The gate was shut by the wardens."
    assert words(d.article.text, second, d.timexes[1]) == two


def test_two_clock_times_of_one_afternoon_are_in_the_order_of_the_clock() -> None:
    late = "The pump at the weir failed at 15:20 on Sunday."
    early = "The sirens in Dunmere sounded at 15:05 on Sunday."
    d = dossier(
        Doc(
            blocks=[("paragraph", f"{late} {early}")],
            published=date(2024, 6, 4),
            claims=[Says(late, frame="fail"), Says(early, frame="sound")],
            timexes=[
                ("15:20 on Sunday", "2024-06-02T15:20"),
                ("15:05 on Sunday", "2024-06-02T15:05"),
            ],
        )
    )
    texts = [i.text for i in section(brief_dossiers([d]), "Timeline") if i.kind == "claim"]
    assert [("sirens" in t, "pump" in t) for t in texts] == [(True, False), (False, True)], texts


def _one(body: str, claim: str, *timexes: tuple[str, str], frame: str | None = None) -> Dossier:
    return dossier(
        Doc(
            blocks=[("title", "Mill town"), ("paragraph", body)],
            published=date(2024, 6, 12),
            claims=[Says(claim, frame=frame)],
            timexes=list(timexes),
        )
    )


def test_a_date_in_an_aside_between_commas_dates_no_happening() -> None:
    """A relative clause or a reduced one set off by commas tells something on the side about
    a noun: its day is not the day of the claim's own verb, and the line would read as if it
    were ("Halvik, who resigned, declined to comment" under the day he resigned)."""
    for body, day, value, frame in [
        ("Orla Brisk, who resigned on Thursday, declined to comment.", "Thursday",
         "2024-06-06", "decline"),
        ("Orla Brisk, who resigned on Thursday, declined to comment.", "Thursday",
         "2024-06-06", None),
        ("An internal review, begun on Tuesday, had found emails about the tender.", "Tuesday",
         "2024-06-11", "find"),
        ("The audit, dated 2 May 2024, found leaks in the main pipe.", "2 May 2024",
         "2024-05-02", "find"),
        ("The depot, set up on Monday, was closed by the police.", "Monday", "2024-06-10",
         "close"),
    ]:  # fmt: skip
        d = _one(body, body, (day, value), frame=frame)
        assert dated(d) == [], body
    # a date of the main clause between commas still dates it
    d = _one("The mill, on Tuesday, shut its gates.", "The mill, on Tuesday, shut its gates.",
             ("Tuesday", "2024-06-11"), frame="shut")  # fmt: skip
    assert [h.day for h in dated(d)] == ["2024-06-11"]


def test_a_date_that_is_an_argument_dates_no_happening() -> None:
    """ "declared Friday a public holiday": the day declared, not the day of the declaring;
    "logs for Saturday", "moved the vote to Friday": the day the words are about."""
    for body in [
        "Governor Ama Rell declared Friday a public holiday.",
        "The council named Sunday as a day of mourning.",
        "Engineers' logs for Saturday had been sent to the council.",
        "The board moved the vote to Friday.",
    ]:
        day = next(w for w in ("Friday", "Sunday", "Saturday") if w in body)
        d = _one(body, body, (day, "2024-06-08"), frame="declare")
        assert dated(d) == [], body
    d = _one("The mill closed Friday after a fire.", "The mill closed Friday after a fire.",
             ("Friday", "2024-06-07"), frame="close")  # fmt: skip
    assert [h.day for h in dated(d)] == ["2024-06-07"]  # a bare date of the act still dates it


def test_the_days_of_figures_listed_after_a_compared_one_date_nothing() -> None:
    body = "At least 21 people had been killed, up from 12 on Monday and 17 on Tuesday."
    d = _one(body, body, ("Monday", "2024-06-10"), ("Tuesday", "2024-06-11"), frame="kill")
    assert dated(d) == []


def test_a_date_cut_from_the_words_leaves_no_broken_phrase() -> None:
    body = "The ministry sent a letter dated 18 March 2024 recommending repairs."
    d = _one(body, body, ("18 March 2024", "2024-03-18"), frame="send")
    assert words(d.article.text, d.claims[0], d.timexes[0]) == body
    body = "The mill, shut on Tuesday, reopened its gates."
    d = _one(body, body, ("Tuesday", "2024-06-11"), frame="reopen")
    assert words(d.article.text, d.claims[0], d.timexes[0]) == body


@pytest.mark.model
def test_an_event_of_a_relative_clause_does_not_date_the_main_one(analyser: Analyser) -> None:
    """The resignation is an event of the claim, dated Thursday; the meeting is not."""
    d = analysed(
        analyser,
        "Envoys in Varro",
        "The Dravian minister who resigned on Thursday met Omalian envoys in Varro.",
    )
    assert any(e.type == "RETREAT" and e.time for e in d.events)  # the resignation's day
    assert dated(d) == []
    assert section(brief_dossiers([d]), "Timeline") == []


@pytest.mark.model
def test_a_visit_done_that_day_with_no_host_named_closes_the_plan(analyser: Analyser) -> None:
    """ "X will visit Y on Thursday", then "X visited the site of the collapse on Thursday":
    nothing in the visit says it was another occasion, so the plan is no longer "planned"; a
    visit done with another host named, or on another day, leaves it planned."""
    plan = analysed(
        analyser,
        "Minister to visit Velmar",
        "Transport Minister Ilka Dorn will visit Velmar on Thursday, her ministry said.",
        published=date(2024, 6, 4),
    )
    for body, closed in [
        ("Transport Minister Ilka Dorn visited the site of the collapse on Thursday.", True),
        ("Transport Minister Ilka Dorn visited the site of the collapse on Wednesday.", False),
        ("Transport Minister Ilka Dorn visited the port of Harrowby on Thursday.", False),
    ]:
        done = analysed(analyser, "Minister at the site", body)
        texts = [i.text for i in section(brief_dossiers([plan, done]), "Timeline")]
        assert any("(planned)" in t for t in texts) is not closed, (body, texts)


def test_a_target_named_in_an_of_phrase_keeps_the_object_on_the_line() -> None:
    """ "demanded the resignation of Piet Vasko": the line says what was demanded of whom, not
    "demanded Piet Vasko"; a target that is the object itself stays as it was."""
    said = "Ilse Doran demanded the resignation of Trade Minister Piet Vasko on Saturday"
    asked = "Ilse Doran asked Piet Vasko for talks on Saturday"

    def one(words: str, trigger: str) -> list[str]:
        return texts_of(
            brief_dossiers([
                dossier(
                    Doc(
                        blocks=[("title", "Minister under fire"),
                                ("paragraph", f"{words}, aides said.")],
                        published=date(2026, 11, 15),
                        actors=[DORAN, VASKO],
                        claims=[Says(words, "speculated")],
                        events=[
                            Does(words, "REQUEST", trigger, [DORAN.key], [VASKO.key],
                                 "2026-11-14", "reported")
                        ],
                        timexes=[("Saturday", "2026-11-14")],
                    )
                )
            ])
        )  # fmt: skip

    assert "14 November 2026 — Ilse Doran demanded the resignation of Piet Vasko (reported)" in one(
        said, "demanded"
    )
    assert "14 November 2026 — Ilse Doran asked Piet Vasko (reported)" in one(asked, "asked")


def test_a_participle_after_an_apposition_that_is_the_predicate_is_no_aside() -> None:
    body = "The Orsk ferry, the largest boat on the lake, capsized on Tuesday, killing four people."
    d = _one(body, body, ("Tuesday", "2024-06-11"), frame="capsize")
    assert [h.day for h in dated(d)] == ["2024-06-11"]


@pytest.mark.model
def test_a_when_clause_event_still_dates_the_claim_it_happened_with(analyser: Analyser) -> None:
    d = analysed(
        analyser,
        "Shell hits hospital",
        "Two surgeons were operating on a wounded child when the strike hit Varno General "
        "Hospital shortly before midnight on Tuesday, the charity's coordinator said.",
    )
    assert [h.day for h in dated(d)] == ["2024-06-04"]


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        "Harbour chief Pell Moran confirmed on Thursday that contacts had taken place. Asked "
        'whether the council had misled the board, he said: "I told the board the truth as it '
        'stood on Tuesday afternoon."',
        'The harbour board met on Wednesday. "We closed the quay on Tuesday," a dock worker said.',
        'The harbour board met on Wednesday. "The quay was shut on Tuesday after the spill."',
    ],
)
def test_a_quotation_of_nobody_or_in_the_first_person_is_no_happening(
    analyser: Analyser, body: str
) -> None:
    """A quotation whose speaker is unknown, and words that open with "I" or "we", are no dated
    happening: the line does not show who spoke, so it cannot say who did what. The outlet's
    own dated sentence stays."""
    d = analysed(analyser, "Harbour chief faces questions", body)
    texts = [i.text for i in section(brief_dossiers([d]), "Timeline")]
    assert not any("quay" in t or "truth" in t for t in texts), texts


HARROWBY = Who("place::harrowby", "Harrowby", type="place")
VISIT = "Ilse Doran will visit Brenholt on Saturday"


def _visit_planned() -> Dossier:
    return dossier(
        Doc(
            blocks=[("title", "Minister to visit Brenholt"), ("paragraph", f"{VISIT}.")],
            published=date(2026, 11, 12),
            actors=[DORAN, BRENHOLT],
            claims=[Says(VISIT, "expected")],
            events=[
                Does(VISIT, "CONSULT", "visit", [DORAN.key], [BRENHOLT.key], "2026-11-14",
                     "expected", BRENHOLT.key),
            ],
            timexes=[("Saturday", "2026-11-14")],
        )
    )  # fmt: skip


def _done_there(words: str, type_: str, trigger: str, place: Who) -> Dossier:
    return dossier(
        Doc(
            blocks=[("title", "Minister on the coast"), ("paragraph", f"{words} on Saturday.")],
            published=date(2026, 11, 16),
            actors=[DORAN, place],
            claims=[Says(f"{words} on Saturday")],
            events=[
                Does(words, type_, trigger, [DORAN.key], [], "2026-11-14", "asserted", place.key),
            ],
            timexes=[("Saturday", "2026-11-14")],
        )
    )


@pytest.mark.parametrize(
    ("words", "type_", "trigger", "place", "closed"),
    [
        ("Ilse Doran promised aid in Brenholt", "AGREE", "promised", BRENHOLT, True),
        ("Ilse Doran promised aid in Harrowby", "AGREE", "promised", HARROWBY, False),
        ("Ilse Doran met fishermen in Harrowby", "CONSULT", "met", HARROWBY, False),
    ],
)
def test_a_visit_plan_closes_on_its_actors_deed_at_its_place_that_day(
    words: str, type_: str, trigger: str, place: Who, closed: bool
) -> None:
    """A planned visit to a place is done when its actor is told to have done anything there
    that day (the deed's own line may be too bare to show: then the plan's line is the done
    visit, with both citations); a deed or a meeting in another place leaves it planned."""
    lines = texts_of(brief_dossiers([_visit_planned(), _done_there(words, type_, trigger, place)]))
    planned = [t for t in lines if "(planned)" in t]
    assert (planned == []) is closed, lines
    if closed:
        assert "14 November 2026 — Ilse Doran visited, in Brenholt" in lines, lines


@pytest.mark.model
def test_a_visit_told_too_bare_for_a_line_closes_the_plan(analyser: Analyser) -> None:
    """ "X will visit Y on Thursday", then "X visited the flooded quay on Thursday morning, and
    promised …", a visit with no host and no place, too bare for a line of its own: the plan's
    line becomes the done visit, citing both reports."""
    plan = analysed(
        analyser,
        "Minister to visit Orlen",
        "Environment Minister Ilka Dorn will visit the port town of Orlen on Thursday, her "
        "ministry said.",
        published=date(2024, 6, 4),
    )
    done = analysed(
        analyser,
        "Minister at the quay",
        "Flood defences failed in two villages. Environment Minister Ilka Dorn visited the "
        "flooded quay on Thursday morning, and promised that the state would pay for repairs.",
        published=date(2024, 6, 7),
    )
    lines = section(brief_dossiers([plan, done]), "Timeline")
    visit = [i for i in lines if "visit" in i.text]
    assert [i.text for i in visit] == ["6 June 2024 — Ilka Dorn visited, in Orlen"], [
        i.text for i in lines
    ]
    assert len({c.article for c in visit[0].citations}) == 2


@pytest.mark.model
def test_an_event_told_as_done_dated_after_its_article_is_no_line(analyser: Analyser) -> None:
    """Written on Thursday, "extending the strike deadline to 6 a.m. on Friday out of respect
    for the mediation of Bishop Arlen Voss" tells no mediation on Friday: an event told as done
    cannot have happened after it was told, so its date is another thing's. A plan for that
    day keeps its line."""
    d = analysed(
        analyser,
        "Dock strike deadline extended",
        "In a message posted before dawn, the dockers' spokesman Pell Moran said the union was "
        'extending the strike deadline to 6 a.m. on Friday "out of respect for the mediation of '
        'Bishop Arlen Voss". Harbour Minister Ilka Dorn will meet Pell Moran on Friday.',
        published=date(2024, 6, 6),
    )
    texts = [i.text for i in section(brief_dossiers([d]), "Timeline")]
    assert not any("mediation" in t for t in texts), texts
    assert any("Ilka Dorn" in t and "(expected)" in t for t in texts), texts


def test_a_date_in_a_reduced_clause_after_the_claims_verb_dates_no_happening() -> None:
    """ "suspended the coach over two tests announced on Tuesday": Tuesday is when the tests
    were announced; the line would read as a suspension on Tuesday."""
    body = "The rowing league has suspended coach Ivo Dell over two tests announced on Tuesday."
    d = _one(body, body, ("Tuesday", "2024-06-11"), frame="suspend")
    assert dated(d) == []
    for body, frame in [
        ("The rowing league suspended coach Ivo Dell on Tuesday.", "suspend"),
        ("The rowing league suspended the coach named on Tuesday.", "name"),
        ("Coach Ivo Dell was arrested and charged on Tuesday.", "arrest"),
    ]:
        d = _one(body, body, ("Tuesday", "2024-06-11"), frame=frame)
        assert [h.day for h in dated(d)] == ["2024-06-11"], body


def test_a_date_counted_in_a_participial_adjunct_dates_no_happening() -> None:
    """ "admitted on Thursday that its ledger had been opened, reversing its denial a day
    earlier": the day before is the denial's, counted from the admission; the line would date
    the opening of the ledger (or the admission) to the wrong day."""
    for body, claim, frame in [
        ("The ferry firm Orsk Lines admitted on Thursday that its ledger had been opened, "
         "reversing its denial a day earlier.",
         "its ledger had been opened, reversing its denial a day earlier", "open"),
        ("The mill's owners said the pumps had failed, retracting their account the day before.",
         "the pumps had failed, retracting their account the day before", "fail"),
    ]:  # fmt: skip
        day = "a day earlier" if "earlier" in body else "the day before"
        d = _one(body, claim, (day, "2024-06-11"), frame=frame)
        assert dated(d) == [], body
    # a date of the claim's own clause, or one named outright in an outcome, still dates it
    for body, day in [
        ("The mill owners sold the pumps a day earlier, citing their cost.", "a day earlier"),
        ("Floods struck the mill town, cutting off the road on Tuesday.", "Tuesday"),
    ]:
        d = _one(body, body, (day, "2024-06-11"), frame="sell" if "sold" in body else "strike")
        assert [h.day for h in dated(d)] == ["2024-06-11"], body


def test_a_since_clause_opens_a_stretch_and_dates_nothing() -> None:
    """ "Bookings had soared since the mill was fined on Friday": Friday is when the fine
    came, not when bookings soared; nor does the fine's own event, inside the "since" clause,
    date the claim."""
    body = "Bookings had soared since the Orsk mill was fined on Friday, its manager said."
    claim = "Bookings had soared since the Orsk mill was fined on Friday"
    for frame, events in [
        (None, []),
        ("soar", []),
        ("soar", [Does(claim, "SANCTION", "fined", [], [MILL.key], "2024-06-07")]),
    ]:
        d = dossier(
            Doc(
                blocks=[("title", "Mill town"), ("paragraph", body)],
                published=date(2024, 6, 12),
                actors=[MILL],
                claims=[Says(claim, "reported", frame=frame)],
                events=events,
                timexes=[("Friday", "2024-06-07")],
            )
        )
        assert dated(d) == [], (frame, events)
    # the day of a clause that is no stretch still dates the claim through its event
    said = "Bookings rose after the Orsk mill was fined on Friday"
    d = dossier(
        Doc(
            blocks=[("title", "Mill town"), ("paragraph", said + ".")],
            published=date(2024, 6, 12),
            actors=[MILL],
            claims=[Says(said, frame="rise")],
            events=[Does(said, "SANCTION", "rose", [], [MILL.key], "2024-06-07")],
            timexes=[("Friday", "2024-06-07")],
        )
    )
    assert [h.day for h in dated(d)] == ["2024-06-07"]


MILL = Who("org:orsk mill", "Orsk mill", type="organisation")


def test_a_rejection_shows_its_own_verb_once() -> None:
    """ "Ilse Doran rejected Piet Vasko", not "reject/rejected": the text's own verb alone,
    never the type's label beside it."""
    words = "Ilse Doran rejected the offer of Piet Vasko on Saturday"
    lines = texts_of(
        brief_dossiers([
            dossier(
                Doc(
                    blocks=[("title", "Minister under fire"), ("paragraph", f"{words}.")],
                    published=date(2026, 11, 15),
                    actors=[DORAN, VASKO],
                    claims=[Says(words, "speculated")],
                    events=[Does(words, "REJECT", "rejected", [DORAN.key], [VASKO.key],
                                 "2026-11-14")],
                    timexes=[("Saturday", "2026-11-14")],
                )
            )
        ])
    )  # fmt: skip
    assert any(t.startswith("14 November 2026 — Ilse Doran rejected ") for t in lines), lines
    assert not any("reject/" in t for t in lines), lines


@pytest.mark.model
def test_a_day_inside_what_a_source_said_dates_that_saying_not_the_claim(
    analyser: Analyser,
) -> None:
    d = analysed(
        analyser,
        "Tarrow mayor admits library plan contradicted her pledge",
        "Mayor Ilsa Brook admitted on Friday that the closure plan contradicted what she had "
        "said on Tuesday. The council voted on Thursday to close the Tarrow library.",
    )
    days = [(h.day, h.text) for h in dated(d)]
    assert not any(day == "2024-06-04" for day, _ in days), days  # Tuesday: the saying's day
    assert ("2024-06-06", "The council voted to close the Tarrow library.") in days


@pytest.mark.model
def test_a_day_inside_a_free_relative_subject_dates_no_happening(analyser: Analyser) -> None:
    d = analysed(
        analyser,
        "Trawler owner speaks",
        '"What happened on Tuesday was theft, nothing else," owner Gregor Vantt said.',
    )
    assert dated(d) == [], [(h.day, h.text) for h in dated(d)]


VENN = Who("person:orla venn", "Orla Venn", roles=["union leader"])
LEDGER = Who("org:ledger", "Ledger", type="organisation")
TARN_UNION = Who("org:tarn union", "Tarn Union", type="organisation")


def _told_lines(words: str, trigger: str, target: Who, modality: str = "reported") -> list[str]:
    return texts_of(
        brief_dossiers([
            dossier(
                Doc(
                    blocks=[("title", "Union leader freed"),
                            ("paragraph", f"{words}, aides said on Saturday.")],
                    published=date(2026, 11, 15),
                    actors=[VENN, BRENHOLT, LEDGER, TARN_UNION],
                    claims=[Says(words, "speculated")],
                    events=[
                        Does(words, "CONSULT", trigger, [VENN.key], [target.key], "2026-11-14",
                             modality)  # type: ignore[arg-type]
                    ],
                    timexes=[("Saturday", "2026-11-14")],
                )
            )
        ])
    )  # fmt: skip


def test_a_line_keeps_the_preposition_between_the_verb_and_its_target() -> None:
    """ "travelled to Brenholt": the line says "travelled to Brenholt", never "travelled
    Brenholt"; a target right after the verb stays as it was."""
    lines = _told_lines("Orla Venn travelled to Brenholt", "travelled", BRENHOLT)
    assert "14 November 2026 — Orla Venn travelled to Brenholt (reported)" in lines, lines
    lines = _told_lines("Orla Venn walked out of Brenholt", "walked", BRENHOLT)
    assert "14 November 2026 — Orla Venn walked out of Brenholt (reported)" in lines, lines
    lines = _told_lines("Orla Venn thanked the Tarn Union", "thanked", TARN_UNION)
    assert "14 November 2026 — Orla Venn thanked Tarn Union (reported)" in lines, lines


def test_a_line_that_would_drop_an_object_is_the_clause_or_nothing() -> None:
    """ "walked out of the hearing to applause from the Tarn Union": the compression cannot
    keep what stands between the verb and the target, so the line is the clause's own words;
    "who shared it with the Ledger": no subject before the verb and a pronoun object, so no
    line at all ("Orla Venn shared Ledger" would be no English, and wrong)."""
    words = "Orla Venn walked out of the hearing to applause from the Tarn Union"
    lines = _told_lines(words, "walked out", TARN_UNION, "asserted")
    assert lines == [f"14 November 2026 — {words}"], lines
    lines = _told_lines("Orla Venn, who shared it with the Ledger", "shared", LEDGER)
    assert not any("Ledger" in t for t in lines), lines


def test_a_present_perfect_is_a_state_not_a_happening_of_the_day_it_names() -> None:
    """ "A video of Sunday's flood has been viewed a million times": how things stand on the
    article's day; Sunday is the flood's day, not the viewing's. The past tense is a happening."""
    state = "A video of Sunday's flood in Orsk has been viewed a million times."
    assert dated(_one(state, state, ("Sunday", "2024-06-09"), frame="view")) == []
    done = "The flood in Orsk closed the ring road on Sunday."
    assert [h.day for h in dated(_one(done, done, ("Sunday", "2024-06-09"), frame="close"))] == [
        "2024-06-09"
    ]


def _claimed(body: str, claim: str, frame: str, *, negative: bool = False) -> Dossier:
    day = "Monday" if "Monday" in body else "Tuesday"
    return dossier(
        Doc(
            blocks=[("title", "Vell valley"), ("paragraph", body)],
            published=date(2024, 6, 12),
            claims=[Says(claim, frame=frame, negative=negative)],
            timexes=[(day, "2024-06-10" if day == "Monday" else "2024-06-11")],
        )
    )


def test_a_directive_with_not_to_is_a_happening_of_its_day() -> None:
    """ "told its customers on Monday not to drink tap water": the negation is what was asked;
    the telling happened on Monday. A negated deed stays no happening."""
    told = "The Vell water board told its 9,000 customers on Monday not to drink tap water."
    assert [h.day for h in dated(_claimed(told, told, "drink", negative=True))] == ["2024-06-10"]
    denied = "The Vell water board did not close the reservoir on Monday."
    assert dated(_claimed(denied, denied, "close", negative=True)) == []


def test_overnight_with_the_day_of_its_saying_is_the_night_before() -> None:
    """ "escaped overnight …, the service said on Tuesday": the night before that Tuesday; with
    no day of the saying, "overnight" dates nothing."""
    claim = "Two prisoners escaped overnight from Harl jail"
    said = dated(_claimed(f"{claim}, the prison service said on Tuesday.", claim, "escape"))
    assert [(h.time, h.text) for h in said] == [
        ("2024-06-10TNI", "Two prisoners escaped from Harl jail")
    ]
    bare = f"{claim}, the prison service said. Roads were shut on Tuesday."
    assert dated(_claimed(bare, claim, "escape")) == []


def test_a_participle_dating_the_subject_tells_that_it_was_done_that_day() -> None:
    """ "The flood order issued on Monday covers 9,000 homes": how things are now, but the
    order was issued on Monday; the line says so, in the number the verb agrees with. A verb
    after the date that is not the claim's own ("said on Monday it covers") tells nothing."""
    for body, frame, line in [
        ("The flood order issued on Monday covers 9,000 homes.", "cover",
         "The flood order was issued"),
        ("The new gates opened on Monday protect the east bank.", "protect",
         "The new gates were opened"),
    ]:  # fmt: skip
        assert [(h.day, h.text) for h in dated(_claimed(body, body, frame))] == [
            ("2024-06-10", line)
        ]
    said = "The board said on Monday it covers the costs."
    assert dated(_claimed(said, said, "cover")) == []


@pytest.mark.model
def test_a_clause_cut_from_the_report_after_it_ends_before_its_and(analyser: Analyser) -> None:
    d = analysed(
        analyser,
        "Ash cloud over Brellin",
        "Tenants had been evacuated on Monday and no one was believed to be inside, a fire "
        "officer said.",
    )
    lines = [i.text for i in section(brief_dossiers([d]), "Timeline")]
    moved = [t for t in lines if "evacuated" in t]
    assert moved and not any(" and (" in t or t.rstrip().endswith(" and") for t in moved), lines


@pytest.mark.model
def test_an_act_denied_takes_no_day_from_the_denial(analyser: Analyser) -> None:
    d = analysed(
        analyser,
        "Relief lorries ambushed near Brellin",
        "Gunmen ambushed lorries of the aid group Ferrow Aid near Brellin on Wednesday. On "
        "Thursday the Brellin Highland Front denied attacking Ferrow Aid.",
    )
    lines = [i.text for i in section(brief_dossiers([d]), "Timeline")]
    assert not [t for t in lines if "denied" in t and t.startswith("6 June")], lines


@pytest.mark.model
def test_an_act_denied_keeps_a_day_of_its_own(analyser: Analyser) -> None:
    d = analysed(
        analyser,
        "Relief lorries ambushed near Brellin",
        "On Thursday the Brellin Highland Front denied attacking Ferrow Aid on Wednesday.",
    )
    denied = [e for e in d.events if e.modality == "denied" and e.type == "ASSAULT"]
    assert denied and all(e.time == "2024-06-05" for e in denied), d.events


def test_a_date_after_the_topic_of_the_verb_dates_the_topic_not_the_verb() -> None:
    """ "was being questioned about the fire in the early hours of Monday": Monday is the
    fire's day; the questioning has none of its own, so no line. A date that follows the verb's
    own words ("questioned the clerk on Monday", "put out the fire on Monday") stays its day."""
    for body, frame in [
        ("The clerk was being questioned about the fire in the early hours of Monday.",
         "question"),
        ("Officers spoke to the porter regarding the break-in on Monday.", "speak"),
        ("The caretaker was held in connection with the depot blaze on Monday.",
         "hold"),
    ]:  # fmt: skip
        assert dated(_claimed(body, body, frame)) == [], body
    for body, frame in [
        ("Detectives questioned the clerk on Monday.", "question"),
        ("Crews put out the fire at Orrin depot on Monday.", "put"),
        ("Detectives asked about the fire questioned the clerk on Monday.", "question"),
    ]:  # fmt: skip
        assert [h.day for h in dated(_claimed(body, body, frame))] == ["2024-06-10"], body


def test_a_relative_aside_at_the_end_of_a_claim_dates_no_happening() -> None:
    """ "declined to say whether it was linked to the arrest of the porter, who was released on
    Tuesday": Tuesday is the release's, told in an aside about the porter; the line would read
    as a declining on Tuesday. A relative clause with no comma ("on board a ferry that sank on
    Tuesday") still tells the clause's happening."""
    aside = (
        "Inspector Ivo Marl declined to say whether it was linked to the arrest of the porter, "
        "who was released on Tuesday."
    )
    d = dossier(
        Doc(
            blocks=[("title", "Vell valley"), ("paragraph", aside)],
            published=date(2024, 6, 12),
            claims=[Says(aside)],
            timexes=[("Tuesday", "2024-06-11")],
        )
    )
    assert dated(d) == []
    plain = "Officials said the porter was on board a ferry that sank on Tuesday."
    told = "the porter was on board a ferry that sank on Tuesday"
    d = dossier(
        Doc(
            blocks=[("title", "Vell valley"), ("paragraph", plain)],
            published=date(2024, 6, 12),
            claims=[Says(told)],
            timexes=[("Tuesday", "2024-06-11")],
        )
    )
    assert [h.day for h in dated(d)] == ["2024-06-11"]


def test_a_date_that_qualifies_a_noun_after_the_verb_dates_that_noun_only() -> None:
    """ "was questioned over Monday's fire", "the fire of Monday": the fire's day, not the
    questioning's. A time of day of Monday ("the evening of Monday's fire", "the early hours
    of Monday") still dates the verb, and so does a date in the subject, before the verb."""
    for body, frame in [
        ("The clerk was questioned over Monday's fire at Orrin depot.", "question"),
        ("Detectives interviewed the porter about the blaze of Monday.", "interview"),
    ]:  # fmt: skip
        assert dated(_claimed(body, body, frame)) == [], body
    for body, frame in [
        ("Two gates of the depot had been shut on the evening of Monday's fire.", "shut"),
        ("Crews reached Orrin depot in the early hours of Monday.", "reach"),
        ("The lorry involved in Monday's fire burned out near the depot.", "burn"),
    ]:  # fmt: skip
        assert [h.day for h in dated(_claimed(body, body, frame))] == ["2024-06-10"], body


@pytest.mark.model
def test_a_verb_inside_its_actors_relative_clause_is_no_line(analyser: Analyser) -> None:
    """ "Reporters from the Gazette who visited the bridge on Sunday found two lamps …": the
    visit is told inside the noun phrase of its actor; its line would read "Reporters … who
    visited the bridge on Sunday visited", the sentence's own verb lost. A visit told in its
    own clause keeps its line."""
    d = analysed(
        analyser,
        "Lamps out on the Pell bridge",
        "Reporters from the Gazette who visited the bridge on Sunday found two lamps with no "
        "bulbs. The Dravian minister visited Pell on Sunday.",
        published=date(2026, 11, 9),
    )
    texts = [i.text for i in section(brief_dossiers([d]), "Timeline")]
    assert not any("who visited" in t for t in texts), texts
    assert any(t.startswith("8 November 2026 — The Dravian minister visited Pell") for t in texts)


@pytest.mark.model
def test_families_of_the_victims_are_not_the_victims(analyser: Analyser) -> None:
    """ "met families of the victims": the people met are the families; a line that names the
    victims as those met says what did not happen. The victims' relatives, typed as actors of
    their own, are still met."""
    d = analysed(
        analyser,
        "Dravian officials in Pell",
        "Dravian consular officials, who arrived in Pell on Friday, met families of the victims "
        "at Pell General Hospital on Saturday, the ministry said. The mayor met the victims' "
        "relatives on Sunday.",
        published=date(2026, 11, 9),
    )
    texts = [i.text for i in section(brief_dossiers([d]), "Timeline")]
    assert not any("met victims" in t for t in texts), texts
    assert any("met the victims' relatives" in t for t in texts), texts


@pytest.mark.model
def test_a_date_in_a_participle_of_an_apposition_dates_no_main_clause(analyser: Analyser) -> None:
    # "detained on Friday" tells when the owner was detained, not when the questioning or the
    # night in custody happened: neither is a line of that Friday, nor a line with the date cut
    # out of a broken phrase ("the mill owner detained.")
    monday = date(2024, 6, 10)
    first = analysed(
        analyser,
        "Mill owner held over Tarvel blaze",
        "Police are still questioning Oren Dask, the mill owner detained on Friday. "
        "Firefighters said the blaze began in a storeroom.",
        published=monday,
    )
    second = analysed(
        analyser,
        "Tarvel blaze: owner still held",
        "The blaze broke out at the Tarvel mill on Thursday. "
        "Oren Dask, the Tarvel mill owner arrested on Friday, spent a second night in custody.",
        published=monday,
    )
    texts = [i.text for i in section(brief_dossiers([first, second]), "Timeline")]
    assert not any("questioning" in t or "second night" in t for t in texts), texts
    assert any(t.startswith("6 June 2024 — The blaze broke out") for t in texts), texts


@pytest.mark.model
def test_a_plan_done_in_another_verb_keeps_no_preposition_of_the_plan(analyser: Analyser) -> None:
    """ "X will travel to Y on Thursday", then "X visited the clinic on Thursday": the line is
    never the plan's words with the done verb put in ("visited to Velmar")."""
    plan = analysed(
        analyser,
        "Minister to travel to Velmar",
        "Transport Minister Ilka Dorn will travel to Velmar on Thursday, her ministry said.",
        published=date(2024, 6, 4),
    )
    done = analysed(
        analyser,
        "Minister at the clinic",
        "Transport Minister Ilka Dorn, who visited the clinic on Thursday, said the ministry "
        "had asked the port for more cranes.",
    )
    texts = [i.text for i in section(brief_dossiers([plan, done]), "Timeline")]
    assert not any("visited to" in t for t in texts), texts
