"""The time stage: the normaliser on expressions (no model), extents found in sentences the
tests write, and (marked ``model``) the spaCy component, where the tense picks the week."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whatweknow import Analyser
from whatweknow.model import Timex
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout
from whatweknow.stages.time import normalise
from whatweknow.stages.time.calendar import Tense, easter, nth_weekday, quarter_near
from whatweknow.stages.time.durations import duration
from whatweknow.stages.time.lexicon import number_of
from whatweknow.stages.time.normalise import resolve, scan

ANCHOR = date(2024, 6, 3)  # a Monday


@pytest.mark.parametrize(
    ("text", "tense", "type_", "value"),
    [
        ("last year", None, "DATE", "2023"),
        ("this year", None, "DATE", "2024"),
        ("next year", None, "DATE", "2025"),
        ("earlier this month", None, "DATE", "2024-06"),
        ("last month", None, "DATE", "2024-05"),
        ("recent weeks", None, "DATE", "PAST_REF"),
        ("recently", None, "DATE", "PAST_REF"),
        ("now", None, "DATE", "PRESENT_REF"),
        ("the future", None, "DATE", "FUTURE_REF"),
        ("March 2014", None, "DATE", "2014-03"),
        ("June 3, 2024", None, "DATE", "2024-06-03"),
        ("3 June 2024", None, "DATE", "2024-06-03"),
        ("2024-06-03", None, "DATE", "2024-06-03"),
        ("June 5", "past", "DATE", "2024-06-05"),
        ("Dec. 20", "past", "DATE", "2023-12-20"),
        ("Dec. 20", "future", "DATE", "2024-12-20"),
        ("January", "future", "DATE", "2025-01"),
        ("January", "past", "DATE", "2024-01"),
        ("late November", "past", "DATE", "2023-11"),
        ("June last year", None, "DATE", "2023-06"),
        ("two-year", None, "DURATION", "P2Y"),
        ("nearly forty years", None, "DURATION", "P40Y"),
        ("2 1/2 years", None, "DURATION", "P2Y6M"),
        ("half an hour", None, "DURATION", "PT30M"),
        ("more than four hours", None, "DURATION", "PT4H"),
        ("the past three years", None, "DURATION", "P3Y"),
        ("the first nine months", None, "DURATION", "P9M"),
        ("decades", None, "DURATION", "PXDE"),
        ("several years", None, "DURATION", "PXY"),
        ("every year", None, "SET", "P1Y"),
        ("each Thursday", None, "SET", "XXXX-WXX-4"),
        ("daily", None, "SET", "P1D"),
        ("twice a week", None, "SET", "P1W"),
        ("yesterday", None, "DATE", "2024-06-02"),
        ("tomorrow", None, "DATE", "2024-06-04"),
        ("today", None, "DATE", "2024-06-03"),
        ("tonight", None, "TIME", "2024-06-03TNI"),
        ("this morning", None, "TIME", "2024-06-03TMO"),
        ("last night", None, "TIME", "2024-06-02TNI"),
        ("next week", None, "DATE", "2024-W24"),
        ("last week", None, "DATE", "2024-W22"),
        ("last weekend", None, "DATE", "2024-W22-WE"),
        ("the 1990s", None, "DATE", "199"),
        ("the '90s", None, "DATE", "199"),
        ("the mid-1990s", None, "DATE", "199"),
        ("the 20th century", None, "DATE", "19"),
        ("nineteen ninety-six", None, "DATE", "1996"),
        ("mid-1996", None, "DATE", "1996"),
        ("the third quarter of 1990", None, "DATE", "1990-Q3"),
        ("third-quarter", "past", "DATE", "2023-Q3"),
        ("the first quarter", "past", "DATE", "2024-Q1"),
        ("the first half of 2023", None, "DATE", "2023-H1"),
        ("this summer", None, "DATE", "2024-SU"),
        ("last fall", None, "DATE", "2023-FA"),
        ("two years ago", None, "DATE", "2022"),
        ("three days ago", None, "DATE", "2024-05-31"),
        ("a decade ago", None, "DATE", "2014"),
        ("several years ago", None, "DATE", "PAST_REF"),
        ("the end of the year", None, "DATE", "2024"),
        ("Monday", "past", "DATE", "2024-06-03"),
        ("Friday", "past", "DATE", "2024-05-31"),
        ("Friday", None, "DATE", "2024-05-31"),
        ("Thursday", "future", "DATE", "2024-06-06"),
        ("last Friday", None, "DATE", "2024-05-31"),
        ("next Friday", None, "DATE", "2024-06-07"),
        ("Friday morning", "past", "TIME", "2024-05-31TMO"),
        ("2 p.m. on Friday", "past", "TIME", "2024-05-31T14:00"),
        ("2 p.m. on Friday", "future", "TIME", "2024-06-07T14:00"),
        ("10:35 a.m.", None, "TIME", "2024-06-03T10:35"),
        ("18:00 UTC", None, "TIME", "2024-06-03T18:00Z"),
        ("noon", None, "TIME", "2024-06-03T12:00"),
        # midnight ends its day; "after midnight" is the small hours of the day named, and a
        # midnight in the past tense with no day is the one before the report
        ("midnight on Sunday", "past", "TIME", "2024-06-02T24:00"),
        ("shortly after midnight on Sunday", "past", "TIME", "2024-06-02T00:00"),
        ("midnight", "past", "TIME", "2024-06-02T24:00"),
        ("midnight", "future", "TIME", "2024-06-03T24:00"),
        ("Christmas", "future", "DATE", "2024-12-25"),
        ("Thanksgiving", "past", "DATE", "2023-11-23"),
    ],
)
def test_normalise_against_an_anchor(
    text: str, tense: Tense | None, type_: str, value: str
) -> None:
    assert normalise(text, ANCHOR, tense) == (type_, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Monday", "XXXX-WXX-1"),
        ("Friday morning", "XXXX-WXX-5TMO"),
        ("last year", "XXXX"),
        ("yesterday", "XXXX-XX-XX"),
        ("next week", "XXXX-WXX"),
        ("earlier this month", "XXXX-XX"),
        ("June 3", "XXXX-06-03"),
        ("third-quarter", "XXXX-Q3"),
        ("last fall", "XXXX-FA"),
        ("2 p.m.", "XXXX-XX-XXT14:00"),
        ("June 3, 2024", "2024-06-03"),
        ("the 1990s", "199"),
        ("two-year", "P2Y"),
        ("now", "PRESENT_REF"),
    ],
)
def test_without_an_anchor_relative_values_stay_unresolved(text: str, value: str) -> None:
    found = normalise(text)
    assert found is not None
    assert found[1] == value


@pytest.mark.parametrize(
    "text", ["may", "march", "the fall of Rome", "52 years old", "a quarter of the market", ""]
)
def test_not_temporal_expressions(text: str) -> None:
    assert normalise(text, ANCHOR) is None


@pytest.mark.parametrize(
    ("sentence", "extents"),
    [
        ("Talks have stalled since March 2014.", ["March 2014"]),
        ("Prices fell in recent weeks.", ["recent weeks"]),
        ("It ended a two-year war.", ["two-year"]),
        ("Friday's vote was delayed.", ["Friday"]),
        ("He spoke on Thursday, April 6, in Rome.", ["Thursday, April 6"]),
        ("Sales rose over the past three years.", ["the past three years"]),
        ("The shares fell in the third quarter.", ["the third quarter"]),
        ("It grew 5% in the 1990s and again last year.", ["the 1990s", "last year"]),
        ("Mr. Reupke, 52 years old, resigned.", []),
        ("The 1,990 troops and $2,024 in cash.", []),
        ("Prices may fall, they said in May.", ["May"]),
        ("Wages rose 2% from January to March.", ["January", "March"]),
        ("Profit was $5 million a year earlier.", ["a year earlier"]),
        ("It costs $500 a year.", ["a year"]),
        ("The attack came at 10:35 a.m. (0735 GMT) Friday.", ["10:35 a.m.", "Friday"]),
    ],
)
def test_extents_follow_timeml(sentence: str, extents: list[str]) -> None:
    found = resolve(scan(sentence, ANCHOR), ANCHOR)
    assert [sentence[r.start : r.end] for r in found] == extents


def test_discourse_references() -> None:
    text = (
        "Sales rose in the third quarter of 2023. A year earlier they fell. "
        "He fled in June 1998 and came back later that year. The next day he left."
    )
    got = {text[r.start : r.end]: r.value for r in resolve(scan(text, ANCHOR), ANCHOR)}
    assert got["the third quarter of 2023"] == "2023-Q3"
    assert got["A year earlier"] == "2022-Q3"
    assert got["later that year"] == "1998"
    assert got["The next day"] == "XXXX-XX-XX"  # no day written out: no guess


def test_calendar_helpers() -> None:
    assert easter(2024) == date(2024, 3, 31)
    assert nth_weekday(2024, 11, 4, 4) == date(2024, 11, 28)  # Thanksgiving
    assert nth_weekday(2024, 5, 1, -1) == date(2024, 5, 27)  # Memorial Day
    assert quarter_near(date(1989, 10, 26), 3, "future") == date(1989, 7, 1)
    assert quarter_near(date(1989, 2, 10), 3, "future") == date(1989, 7, 1)
    assert quarter_near(date(1989, 2, 10), 4, "past") == date(1988, 10, 1)


@pytest.mark.parametrize(
    ("n", "code", "value"),
    [(2, "Y", "P2Y"), (None, "DE", "PXDE"), (1.5, "H", "PT1H30M"), (3, "MIN", "PT3M"),
     (1, "FN", "P2W"), (0.5, "Y", "P6M")],
)  # fmt: skip
def test_duration_values(n: float | None, code: str, value: str) -> None:
    assert duration(n, code) == value


@pytest.mark.parametrize(
    ("words", "n"),
    [("18", 18), ("twenty-four", 24), ("a", 1), ("a hundred", 100), ("2 1/2", 2.5),
     ("several", None), ("a couple of", 2)],
)  # fmt: skip
def test_numbers(words: str, n: float | None) -> None:
    assert number_of(words) == n


_VOCABULARY = (
    "the last next this past first third quarter half year years month week weekend day Monday "
    "Friday's January Feb. 29 30 31 0 99 1999 2100 '98 1990s nineteen ninety-six two thousand a "
    "ago earlier every each per twice times a.m. p.m. 12 25:00 noon tonight yesterday morning "
    "fall summer Christmas early late mid- end of fiscal 1/2 , . - year-ago period that same "
    "following century 0th decades 1.5 hour Thanksgiving since on until o'clock UTC 10:35 "
    "12/31/99 2024-02-30"
)
WORDS = tuple(_VOCABULARY.split())


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), max_size=12),
    anchor=st.one_of(st.none(), st.dates()),
)
def test_any_text_gives_well_formed_expressions(words: list[str], anchor: date | None) -> None:
    text = " ".join(words)
    for r in resolve(scan(text, anchor), anchor):
        assert 0 <= r.start < r.end <= len(text)
        assert r.type in ("DATE", "TIME", "DURATION", "SET")
        assert r.value and not r.value.startswith("-")


# --------------------------------------------------------------------------------------------
# the spaCy component (needs the model)


def _timexes(analyser: Analyser, body: str, published: date | None = ANCHOR) -> list[Timex]:
    text = f"Talks resume in Geneva\n\n{body}\n"
    article = build_article(text, parse_layout(text), fmt="text", published=published)
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    timexes = item[1].timexes
    for t in timexes:
        assert text[t.start : t.end] == t.text
    return timexes


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "surface", "type_", "value"),
    [
        ("The ministers said on Monday that talks would go on.", "Monday", "DATE", "2024-06-03"),
        ("The ministers met on Friday in Geneva.", "Friday", "DATE", "2024-05-31"),
        ("The ministers will meet on Thursday in Geneva.", "Thursday", "DATE", "2024-06-06"),
        (
            "The president on Thursday is due to sign the bill.",
            "Thursday",
            "DATE",
            "2024-06-06",
        ),
        ("The summit is scheduled for Friday.", "Friday", "DATE", "2024-06-07"),
        ("The delegation planned to leave on Thursday.", "Thursday", "DATE", "2024-06-06"),
        ("The delegation had planned to leave on Thursday.", "Thursday", "DATE", "2024-05-30"),
        # a request's infinitive looks ahead of the asking; the asking's own day looks back
        ("The clinic asked donors to come in on Thursday.", "Thursday", "DATE", "2024-06-06"),
        ("Wardens urged campers to leave the dunes on Friday.", "Friday", "DATE", "2024-06-07"),
        ("The clinic asked donors on Friday to come in.", "Friday", "DATE", "2024-05-31"),
        ("Officials said a rally would be held on Thursday.", "Thursday", "DATE", "2024-06-06"),
        ("He would have sailed on Thursday, she said.", "Thursday", "DATE", "2024-05-30"),
        ("Trade fell last year, officials said.", "last year", "DATE", "2023"),
        ("Talks resumed earlier this month.", "earlier this month", "DATE", "2024-06"),
        ("Fighting has grown in recent weeks.", "recent weeks", "DATE", "PAST_REF"),
        ("No talks have been held since March 2014.", "March 2014", "DATE", "2014-03"),
        ("The country is rebuilding after a two-year war.", "two-year", "DURATION", "P2Y"),
        ("The feud has lasted decades.", "decades", "DURATION", "PXDE"),
        ("The summit is held every year.", "every year", "SET", "P1Y"),
        ("Sales for the year ended March 31 rose.", "the year", "DURATION", "P1Y"),
        ("Troops withdrew yesterday.", "yesterday", "DATE", "2024-06-02"),
        ("The envoys will return next week.", "next week", "DATE", "2024-W24"),
        ("The dispute began in the 1990s.", "the 1990s", "DATE", "199"),
        (
            "The ceasefire began at 2 p.m. on Friday.",
            "2 p.m. on Friday",
            "TIME",
            "2024-05-31T14:00",
        ),
    ],
)
def test_component_resolves_by_tense(
    analyser: Analyser, body: str, surface: str, type_: str, value: str
) -> None:
    got = {(t.text, t.type, t.value) for t in _timexes(analyser, body)}
    assert (surface, type_, value) in got


@pytest.mark.model
def test_component_dateline_and_no_anchor(analyser: Analyser) -> None:
    body = "GENEVA, June 3 (Reuters) - Diplomats met on Monday and will meet again next week."
    got = {(t.text, t.value) for t in _timexes(analyser, body)}
    assert ("June 3", "2024-06-03") in got
    unanchored = {(t.text, t.value) for t in _timexes(analyser, body, published=None)}
    assert unanchored == {("June 3", "XXXX-06-03"), ("Monday", "XXXX-WXX-1"),
                          ("next week", "XXXX-WXX")}  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Her last visit lasted from March 3 through 5, 2018.",
            {("March 3", "2018-03-03"), ("5, 2018", "2018-03-05")},
        ),
        (
            "The envoys met between Nov. 2 and Nov. 4, 2015, in Oslo.",
            {("Nov. 2", "2015-11-02"), ("Nov. 4, 2015", "2015-11-04")},
        ),
        (
            "The fair runs from July 8 to 10 in Lyon.",
            {("July 8", "2024-07-08"), ("10", "2024-07-10")},
        ),
    ],
)
def test_a_day_range_takes_the_year_written_at_its_end(
    analyser: Analyser, body: str, expected: set[tuple[str, str]]
) -> None:
    got = {(t.text, t.value) for t in _timexes(analyser, body)}
    assert expected <= got


@pytest.mark.model
def test_a_number_after_a_date_is_no_end_day(analyser: Analyser) -> None:
    got = {(t.text, t.value) for t in _timexes(analyser, "On May 2 and 3 sailors were hurt.")}
    assert got == {("May 2", "2024-05-02")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        (  # a feed's date a day behind the writer's: the dateline's day counts
            "TOKYO, June 3 (Reuters) - The ministers met on Monday in Tokyo.",
            date(2024, 6, 2),
            ("Monday", "2024-06-03"),
        ),
        (  # a dateline of another day (an older dispatch) does not move the anchor
            "KYIV, May 29 (Reuters) - The ministers met on Monday in Kyiv.",
            date(2024, 6, 3),
            ("Monday", "2024-06-03"),
        ),
        (  # a quoted weekday counts from the day the statement was made
            '"We will meet again on Friday," the minister said on Tuesday.',
            date(2024, 6, 3),
            ("Friday", "2024-05-31"),
        ),
        (  # no day of the statement given: from the publication date
            '"We will meet again on Friday," the minister said.',
            date(2024, 6, 3),
            ("Friday", "2024-06-07"),
        ),
        (  # a day that dates something else in the sentence is not the statement's
            '"We will meet again on Friday," the minister said after the vote on Tuesday.',
            date(2024, 6, 3),
            ("Friday", "2024-06-07"),
        ),
        (  # a past weekday after the dateline's day, up to the publication date: that day
            "VARNO, June 3 (Tarn Wire) - Harl Mining shares slid in Varno on Tuesday morning.",
            date(2024, 6, 4),
            ("Tuesday morning", "2024-06-04TMO"),
        ),
        (  # a weekday before the dateline's day stays where the tense puts it
            "VARNO, June 3 (Tarn Wire) - Harl Mining shares slid in Varno on Saturday.",
            date(2024, 6, 4),
            ("Saturday", "2024-06-01"),
        ),
        (  # minutes before what the narrative is at: that day, not the publication date
            "The footbridge in Orsk collapsed on Thursday. Ten minutes earlier, a barge had "
            "passed under it.",
            date(2024, 6, 3),
            ("Ten minutes earlier", "2024-05-30"),
        ),
        (  # minutes before no day the text names: no date, only how long before
            '"Ten minutes earlier, it would have been full of children," the mayor said.',
            date(2024, 6, 3),
            ("Ten minutes earlier", "PT10M"),
        ),
    ],
)
def test_the_day_relative_expressions_count_from(
    analyser: Analyser, body: str, published: date, expected: tuple[str, str]
) -> None:
    got = {(t.text, t.value) for t in _timexes(analyser, body, published)}
    assert expected in got


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The new envoy, a lawyer in her early 40s, took office.", "40s"),
        ("He first ran for the council in his 30s.", "30s"),
        ("The interview first ran in USA Today.", "Today"),
        (
            "Harl Mining shares fell 4% in Varno trading on Monday.\n\nMining Today subscribers "
            "can download our full Varno copper report from the members' area.",
            "Today",
        ),
    ],
)
def test_ages_and_titles_are_no_times(analyser: Analyser, body: str, word: str) -> None:
    assert not [t.text for t in _timexes(analyser, body) if word in t.text]


@pytest.mark.model
def test_a_decade_and_today_are_still_times(analyser: Analyser) -> None:
    body = "Today the port reopens. It was built in the 1930s and rebuilt in our 2010s plan."
    got = {(t.text, t.value) for t in _timexes(analyser, body)}
    assert {("Today", "2024-06-03"), ("the 1930s", "193"), ("2010s", "201")} <= got
    headline = {(t.text, t.value) for t in _timexes(analyser, "Ministers Sign Pact Today")}
    assert ("Today", "2024-06-03") in headline


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        "Both sides said the future of the ceasefire was unclear.",
        "The future looks grim for the port, its owners said.",
    ],
)
def test_the_future_of_something_is_no_time(analyser: Analyser, body: str) -> None:
    assert not [t for t in _timexes(analyser, body) if "future" in t.text]


@pytest.mark.model
def test_in_the_future_is_a_time(analyser: Analyser) -> None:
    got = {(t.text, t.value) for t in _timexes(analyser, "More talks may follow in the future.")}
    assert ("the future", "FUTURE_REF") in got


def test_a_quarter_named_again_stays_in_focus() -> None:
    filler = "The group also opened new shops in three towns. " * 40
    lead = "Profit fell in the first quarter. " + filler
    text = lead + "In the latest quarter, sales rose from a year earlier."
    got = {text[r.start : r.end]: r.value for r in resolve(scan(text, ANCHOR), ANCHOR)}
    assert got["the first quarter"] == "2024-Q1"
    assert got["the latest quarter"] == "2024-Q1"
    assert got["a year earlier"] == "2023-Q1"
    far = lead + "Sales rose from a year earlier."  # the quarter named long before: a year
    got = {far[r.start : r.end]: r.value for r in resolve(scan(far, ANCHOR), ANCHOR)}
    assert got["a year earlier"] == "2023"


def _values(text: str) -> list[tuple[str, str]]:
    return [(text[r.start : r.end], r.value) for r in resolve(scan(text, ANCHOR), ANCHOR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the day named in the sentence before: the narrative's day
            "The ferry line admitted on Thursday that its ledgers had been altered. "
            "It had denied any tampering a day earlier.",
            ("a day earlier", "2024-05-29"),
        ),
        (  # in the same sentence, and a week back
            "Wardens closed the Brellin dam on May 20 and had warned of the flood a week earlier.",
            ("a week earlier", "2024-W20"),
        ),
        (  # "yesterday" is a day named too
            "The Ostrova mill shut yesterday. Two days earlier its owner had sold the stock.",
            ("Two days earlier", "2024-05-31"),
        ),
        (  # a day that dates a noun ("Tuesday's vote") is not the narrative's day
            "The council admitted on Thursday that the count was wrong after Tuesday's vote, "
            "reversing a denial it made a day earlier.",
            ("a day earlier", "2024-05-29"),
        ),
        (  # the named day is two sentences back: the publication date
            "The Ostrova mill shut on Thursday. Its owner left. He had sold it a day earlier.",
            ("a day earlier", "2024-06-02"),
        ),
        (  # "ago" counts from the time of writing, whatever day the sentence names
            "The Ostrova mill shut on Thursday, three days ago.",
            ("three days ago", "2024-05-31"),
        ),
    ],
)
def test_a_day_earlier_counts_from_the_day_the_narrative_is_at(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in _values(text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officials hope the valley will one day recover.", ("DATE", "FUTURE_REF")),
        ("We'll one day look back on this week.", ("DATE", "FUTURE_REF")),
        ("The strike lasted one day.", ("DURATION", "P1D")),
        ("One day later the port reopened.", ("DURATION", "P1D")),
    ],
)
def test_one_day_after_a_modal_is_some_day_ahead(sentence: str, expected: tuple[str, str]) -> None:
    found = {
        sentence[r.start : r.end].lower(): (r.type, r.value)
        for r in resolve(scan(sentence, ANCHOR), ANCHOR)
    }
    assert found["one day"] == expected


def test_a_time_of_day_takes_the_weekday_after_an_aside() -> None:
    text = "The blast came at 9:10 a.m. (0710 GMT) Saturday in the old port."
    got = {text[r.start : r.end]: r.value for r in resolve(scan(text, ANCHOR), ANCHOR)}
    assert got["9:10 a.m."] == "2024-06-01T09:10"
    assert got["Saturday"] == "2024-06-01"
    plain = "The blast came at 9:10 a.m. in the old port."
    got = {plain[r.start : r.end]: r.value for r in resolve(scan(plain, ANCHOR), ANCHOR)}
    assert got["9:10 a.m."] == "2024-06-03T09:10"


def test_no_century_or_decade_before_year_zero() -> None:
    """Found by the property test above: an anchor in the first century has no last century,
    and no decade of the century before; nothing is resolved rather than a negative value."""
    for text in ("last century", "the 90s"):
        found = resolve(scan(text, date(45, 3, 1)), date(45, 3, 1))
        assert all(not r.value.startswith("-") for r in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "surface", "value"),
    [
        (
            "The dockers said they were extending the strike deadline to 6 a.m. on Friday.",
            "6 a.m. on Friday",
            "2024-06-07T06:00",
        ),
        ("The council moved the vote on the harbour levy to Friday.", "Friday", "2024-06-07"),
        ("The judge adjourned the case against Orvel Tamm until Tuesday.", "Tuesday", "2024-06-04"),
        ("The ferry strike lasted until Friday.", "Friday", "2024-05-31"),
        ("Pell Moran travelled to Geneva on Friday.", "Friday", "2024-05-31"),
    ],
)
def test_a_day_a_time_is_moved_to_lies_ahead(
    analyser: Analyser, body: str, surface: str, value: str
) -> None:
    """A bare weekday after "to" or "until" that a verb moving or stretching a time governs
    ("extended the deadline to Friday", "adjourned the case until Tuesday") is the new day, ahead
    of the moving, whatever the verb's tense; an "until" of lasting, or a "to" of a place before
    the day, leaves it the day before the anchor."""
    got = {(t.text, t.value) for t in _timexes(analyser, body)}
    assert (surface, value) in got, got


@pytest.mark.parametrize(
    ("body", "surface", "value"),
    [
        (
            "Its spokesman declined to comment on Sunday, saying the surveyors arriving on "
            "Thursday would look at the dam.",
            "Thursday",
            "2024-06-06",
        ),
        (
            "The mayor declined to comment on Sunday, saying the examiners arriving on Thursday "
            "would review the case.",
            "Thursday",
            "2024-06-06",
        ),
        (
            "The agency's spokeswoman declined to comment on Sunday, saying the engineers "
            "arriving on Thursday would check the dam.",
            "Thursday",
            "2024-06-06",
        ),
        (
            "The divers arriving on Friday will search the wreck of the Orla.",
            "Friday",
            "2024-06-07",
        ),
        (
            "The board said the auditors arriving on Tuesday would stay at Tessaly a week.",
            "Tuesday",
            "2024-06-04",
        ),
        ("The divers arriving on Friday searched the wreck of the Orla.", "Friday", "2024-05-31"),
    ],
)
def test_a_reduced_relatives_weekday_takes_its_nouns_clause_tense(
    analyser: Analyser, body: str, surface: str, value: str
) -> None:
    """A bare present participle on a noun ("the divers arriving on Friday") tells no time of
    its own: the clause of its noun does ("will search": the Friday ahead; "searched": the one
    past), as does what a verb of saying reports ("would look": ahead of the saying)."""
    got = {(t.text, t.value) for t in _timexes(analyser, body)}
    assert (surface, value) in got, got
