"""How the figures changed: a count of one measured thing reported over several days is an
update, shown as a sequence, never as a conflict.

For each measured thing (the counted noun of :mod:`whatweknow.stories.values`: dead, missing,
ships …; never a sum of money, :data:`CURRENCIES`) and scope (the places a claim names, or
none), the story claims that state exactly one figure of it (a claim may give one figure of each of
several things: the dead and the missing), commit to it (some report neither
speculated nor expected) and are no fragment (they have a proposition) and no negation, ordered
by the day of their first report. When two or more distinct figures were reported on two or
more days, one item lists them in order with the day and the voice of each: "dead, Derna: at
least 2,000 (2023-09-11, the army spokesman) → at least 5,200 (2023-09-12, …)". Counts of people
that say nothing of what happened to them ("10,000 people", "nine men":
:data:`~whatweknow.stories.values.PEOPLE`) make no series. A count that only grows (the dead,
the injured, the rescued) takes no later, lower figure as its next step (:data:`CUMULATIVE`).
A claim that rejects a figure for its own ("five riders, not four":
:func:`~whatweknow.stories.values.rejects`) gives a rival count, and one that tells a figure
given earlier as such ("about 20, the first police estimate":
:func:`~whatweknow.stories.values.looks_back`) a figure its report's day does not date: neither
is a step. An amount (tonnes, barrels: :func:`~whatweknow.stories.values.quantity`) is
estimated by each party its own way: its series are one party's each, the figures of one
identified source (:func:`_estimator`), never one party's figure after another's, and an amount
in the outlet's own voice makes none. A count given by several parties (identified sources;
the outlet's own voice and a pronoun that names no one known are no party) is one series only
while it reads as one count moving on: its figures only rise or only fall, and no party's
figure falls between two of another party's days outside the range of that party's figures
(:func:`_series`); else the parties' counts are rivals, and each party's own figures make a
series of their own. A report with no day of its own, seen on the day it was read
(:func:`clocked`), dates no step. A report that tells a change with both its figures ("raised
its estimate of the crowd to 5,000, up from 3,000", "cut to 24 drones from 40":
:func:`~whatweknow.stories.values.changes`) gives two steps of its party's series: the figure
it changed from, dated only as before the report's day (said "before 2026-11-12", no day
invented), and the figure it changed to, a step even on the day of the figure before it; told
in the outlet's own voice by the one doer who names the figure as such ("Harbour police raised
their estimate …"), both are that doer's (:func:`_teller`); told in the clause of the source of
the claim that follows it ("Police revised the toll down to 10 from 11, saying one victim had
been counted twice"), both are that source's (:func:`_changed_saying`). A report that tells
the change from the step before is the next step even of a count that only grows.
Each step cites the report it is read from. A figure
repeated on a later day is shown once, on its first day. A second figure given on the same day
as the step before it is not an update, and is left out of the series, nor is one that anyone
had said by then, hedged or quoted (:func:`first_said`): rival counts are the conflicts of
:mod:`whatweknow.stories.contradictions`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from datetime import date
from itertools import pairwise

from ..contract import Dossier
from ..stories.values import (
    PEOPLE,
    Value,
    a_state,
    anchor,
    base,
    changes,
    close,
    figure,
    looks_back,
    named_before,
    names_estimate,
    own_count,
    quantity,
    rejects,
)
from ..stories.values import label as shown
from ..story_contract import Report, Story, StoryClaim
from . import cite as c
from .corrections import notices, withdrawn_figures
from .model import Item, Section

APOSTROPHES = ("'", "’")
"""The end of a counted noun read from a possessive ("the fire service's count was 25"): whose
count, not what it counts; such a notice makes no item, which could not say what changed."""
FIGURES = "How the figures changed"
NOTE = (
    "Counts of one thing for one place reported on different days, in the order they were first "
    "reported, each with its source: news moving on, not a dispute."
)


VAGUE_COUNTS = frozenset({"person", "resident", "member", "civilian"})
"""Counted nouns that say who but not what happened to them ("10,000 people"): no series."""


def _currencies() -> frozenset[str]:
    from importlib.resources import files

    text = (files(__package__) / "data" / "currencies.tsv").read_text(encoding="utf-8")
    return frozenset(
        w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#")
    )


def _tally_verbs() -> frozenset[str]:
    from importlib.resources import files

    text = (files(__package__) / "data" / "tally_verbs.tsv").read_text(encoding="utf-8")
    return frozenset(
        w.split("\t")[0].strip().lower()
        for w in text.splitlines()
        if w.strip() and not w.startswith("#")
    )


def _trend() -> re.Pattern[str]:
    from importlib.resources import files

    text = (files(__package__) / "data" / "trend_spans.tsv").read_text(encoding="utf-8")
    spans = "|".join(
        re.escape(w.strip()) for w in text.splitlines() if w.strip() and not w.startswith("#")
    )
    return re.compile(
        r"\bsince\s+(?:(?:early|late|mid)[-\s])?(?:1[89]|20)\d\d\b"
        rf"|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:{spans})\b"
        rf"|\bin\s+recent\s+(?:{spans})\b",
        re.IGNORECASE,
    )


TREND = _trend()
"""A span reaching back years before the story ("since 2022", "over the past five years": nouns
of ``data/trend_spans.tsv``): a figure told over it ("the ministry cut the number of inspectors
from eleven to six since 2022") is a trend of a longer period, no step of the story's news."""


TALLY_VERBS = _tally_verbs()
"""Verbs that tell a count or its change, not what was counted (``data/tally_verbs.tsv``: "put
the number at", "raised … to", "rose to"): any measure's."""


def _measures(what: str, steps: list[Step]) -> set[str]:
    """What the steps' claims say their things did (their predicates), where the count names no
    state of its own (:func:`~whatweknow.stories.values.a_state`) and the verb is no
    :data:`TALLY_VERBS`: "eight volunteers were dosed" and "seven volunteers were discharged"
    are two measures, one bare noun."""
    if a_state(what):
        return set()
    return {
        f
        for s in steps
        if (f := s[1].frame) is not None
        and f not in TALLY_VERBS
        and not any(now[0] == what for _, now in changes(s[2].text))
    }  # a claim that tells its count changed from the one before ("up from …") says the
    # two count one thing


CURRENCIES = _currencies()
"""Sums of money (``data/currencies.tsv``): one figure in fines and another in bail or in market
value are no series."""
CUMULATIVE = frozenset({"dead", "injured", "rescued", "evacuated"})
"""Counts that only grow as a story goes on: a later, lower figure of one of them counts a part
("divers have recovered 14 bodies from the hull since Wednesday" after a toll of 38), or another
scope, never the next step of the total; it is left out of the series."""


def _below(value: Value, before: Value) -> bool:
    now, then = anchor(value), anchor(before)
    return now is not None and then is not None and now < then


def clocked(story: Story) -> frozenset[str]:
    """The articles whose only day is the day they were read: no publication date, and none in
    their copy group. Their ``seen`` is the clock's, no day of the story: their figures make
    no step and date no figure."""
    dated = {a.copy_of for a in story.articles if a.copy_of and a.published is not None}
    return frozenset(
        a.id
        for a in story.articles
        if a.published is None and (a.copy_of is None or a.copy_of not in dated)
    )


def _first(claim: StoryClaim, undated: frozenset[str] = frozenset()) -> Report | None:
    dated = [
        r for r in claim.reports if r.article not in undated and (r.seen or r.published) is not None
    ]
    return min(dated, key=lambda r: r.seen or r.published or date.max, default=None)


def _committed(claim: StoryClaim) -> bool:
    return claim.polarity == "positive" and any(
        r.modality not in ("speculated", "expected", "denied") for r in claim.reports
    )


Step = tuple[date, StoryClaim, Report, Value, bool]
"""A figure of a tally: the day of its first report, its claim, that report, the value, and
whether it is the figure that report tells the count changed from ("raised its estimate to
5,000, up from 3,000": 3,000), given before that day, on no day it tells."""


BY = "by:"
"""The mark of a scope element that names whose estimates a series of an amount gives."""


def _estimator(claim: StoryClaim) -> str | None:
    """The one identified source (its actor key, else its words) of every report of a claim,
    or, for a report in the outlet's voice that names the figure as such, the claim's one doer
    ("The canal trust raised its estimate to 90 tonnes": the trust;
    :func:`~whatweknow.stories.values.names_estimate`); else None. An amount
    (:func:`~whatweknow.stories.values.quantity`: tonnes of a spill) is estimated by each party
    its own way, and only one party's figures make a series."""
    found = {
        r.source
        or (r.source_text or "").strip().casefold()
        or (claim.agent[0] if len(claim.agent) == 1 and names_estimate(r.text) else "")
        for r in claim.reports
        if r.modality != "denied"
    }
    if len(found) != 1:
        return None
    (who,) = found
    if not who or who in c.PRONOUNS or who.startswith("group:"):
        return None
    return who


def tallies(
    story: Story,
    propositions: bool = True,
    dossiers: Mapping[str, Dossier] | None = None,
    withdrawn: frozenset[tuple[str, float]] = frozenset(),
    referred: bool = False,
) -> dict[tuple[str, tuple[str, ...]], list[Step]]:
    """The figures of each measured thing and scope, in the order they were first reported: of
    every claim that commits to them (and states a proposition, with ``propositions``), each
    measured thing of which it gives exactly one figure ("The toll rose to 23, with 43 people
    still missing" is a figure of the dead and one of the missing; "19 bodies, more than the 17
    deaths confirmed" none), and a figure only (not "thousands", "hundreds of": a size told,
    which no later figure replaces). A figure a correction notice withdrew (``withdrawn``: the
    thing counted and its figure, :func:`~.corrections.withdrawn_figures`) is no figure of a
    tally, whoever gives it: not the step it would be, nor the later figure that dates one. A
    count a definite phrase refers back to ("the seven people who died") is a figure only with
    ``referred``: no step, but a figure a later report replaces all the same."""
    series: dict[tuple[str, tuple[str, ...]], list[Step]] = {}
    undated = clocked(story)
    for claim in story.claims:
        if not _committed(claim) or not claim.values.numbers:
            continue
        if propositions and claim.frame is None:
            continue
        if any(rejects(r.text) or looks_back(r.text) for r in claim.reports):
            continue  # "five riders, not four": a rival count; "about 20, the first police
            # estimate": a figure of an earlier day, which the report's own day does not date
        first = _first(claim, undated)
        if first is None:
            continue
        day = first.seen or first.published
        assert day is not None
        # one figure of a thing, however its reports bound it ("three people have died" and
        # "at least three people have died", merged): the same figure
        labels = Counter(what for what, _ in {(v[0], anchor(v)) for v in claim.values.numbers})
        taken: set[str] = set()
        for value in sorted(claim.values.numbers, key=lambda v: v[2] - v[1]):  # exact first
            what = value[0]
            if labels[what] != 1 or what in VAGUE_COUNTS or what in PEOPLE or what in CURRENCIES:
                continue  # people at large ("nine men") or a sum ("1.2 million crowns"): no tally
            if what in taken:
                continue
            taken.add(what)
            if anchor(value) is None:
                continue  # "thousands were killed": a size told, no figure to update
            if not any(own_count(r.text, what) for r in claim.reports):
                continue  # "put the figure at 9,000": what it counts is told only before it,
                # and the count before may be of another scope or moment; no step
            if any(TREND.search(r.text) for r in claim.reports):
                continue  # "cut from eleven to six since 2022": a trend over years, no update
            if not referred and all(named_before(r.text, what) for r in claim.reports):
                continue  # "relatives of the seven people who died": a count known before,
                # referred to, not reported; its report's day and voice date no step
            where = tuple(claim.values.places)
            if quantity(what):
                by = _estimator(claim)
                if by is None:
                    continue  # an amount in no party's words: whose estimate is unknown
                where = (*where, f"{BY}{by}")  # each party's estimates, a series of their own
            steps = series.setdefault((what, where), [])
            steps.append((day, claim, first, value, False))
            steps += [
                (day, claim, first, then, True)
                for then, now in changes(first.text)
                if now[0] == what and anchor(now) == anchor(value) and anchor(then) is not None
            ][:1]  # "raised its estimate to 5,000, up from 3,000": 3,000 before that day
    if dossiers is not None:
        _changed_saying(series, story, dossiers, undated)
    _credit_told(series, story, undated)
    for key, found in series.items():  # a figure a notice withdrew, as other reports retell it
        found[:] = [s for s in found if (key[0], anchor(s[3])) not in withdrawn]
    for found in series.values():
        found.sort(key=lambda x: (x[0], int(x[1].id[1:]), not x[4]))
    return series


_SAYING = re.compile(r",\s+(?:saying|adding|explaining)(?:\s+that)?\s*$", re.IGNORECASE)
"""The end of the words before a claim that its source speaks as the doer of the clause before
("Police revised the toll down to 10 from 11, saying one victim had been counted twice")."""


def _changed_saying(
    series: dict[tuple[str, tuple[str, ...]], list[Step]],
    story: Story,
    dossiers: Mapping[str, Dossier],
    undated: frozenset[str],
) -> None:
    """The change of a count a source's own clause tells, with both figures, before the claim it
    makes ("Harbour police on Friday cut the count of missing riders to 10 from 11, saying one
    had been counted twice": the police's 11, before that day, then their 10): its words from
    the start of the sentence name the claim's source and end in "saying" (:data:`_SAYING`). Two
    steps of that claim, each citing the sentence up to the end of the claim."""
    for claim in story.claims:
        if not _committed(claim):
            continue
        for report in claim.reports:
            d = dossiers.get(report.article)
            who = (report.source_text or "").strip()
            if d is None or not who or report.source is None:
                continue
            text = d.article.text
            begin = max(text.rfind(x, 0, report.start) for x in (". ", "\n", "? ", "! ")) + 1
            before = text[begin : report.start]
            if not _SAYING.search(before) or who.casefold() not in before.casefold():
                continue
            told = changes(before)
            if len(told) != 1:
                continue
            (then, now), day = told[0], (report.seen or report.published)
            if day is None or anchor(then) is None or report.article in undated:
                continue
            begin += len(before) - len(before.lstrip())  # the sentence's own first character
            whole = report.model_copy(update={"start": begin, "text": text[begin : report.end]})
            steps = series.setdefault((now[0], tuple(claim.values.places)), [])
            steps.append((day, claim, whole, now, False))
            steps.append((day, claim, whole, then, True))
            break


def _credit_told(
    series: dict[tuple[str, tuple[str, ...]], list[Step]],
    story: Story,
    undated: frozenset[str],
) -> None:
    """The figure a report tells a count changed from ("eight, up from the five identified
    in a report leaked earlier this week") is no figure of that report's source nor of a day
    before it, where some report gave it on an earlier day: it is that earlier report's step
    (the first committed claim of the story stating it for the same thing, whatever its scope),
    or, where only a hedged or quoted report gave it, no step at all (in place)."""
    told = [(key, i) for key, found in series.items() for i, x in enumerate(found) if x[4]]
    if not told:
        return
    drop: set[tuple[tuple[str, tuple[str, ...]], int]] = set()
    for key, i in told:
        day, _, _, value, _ = series[key][i]
        said = _said_before(story, undated, value, day)
        if said is None:
            continue
        when, claim, report, committed = said
        if committed:
            series[key][i] = (when, claim, report, value, False)
        else:
            drop.add((key, i))
    for key in {k for k, _ in drop}:
        series[key] = [x for i, x in enumerate(series[key]) if (key, i) not in drop]


def _said_before(
    story: Story, undated: frozenset[str], value: Value, day: date
) -> tuple[date, StoryClaim, Report, bool] | None:
    """The earliest claim first reported before ``day`` that states ``value``'s figure of its
    thing: its day, the claim, its first report, and whether it commits to it; None where none
    did."""
    best: tuple[date, StoryClaim, Report] | None = None
    for claim in story.claims:
        if claim.polarity != "positive" or not any(
            v[0] == value[0] and (a := anchor(v)) is not None and a == anchor(value)
            for v in claim.values.numbers
        ):
            continue
        first = _first(claim, undated)
        when = (first.seen or first.published) if first is not None else None
        if first is None or when is None or when >= day:
            continue
        if best is None or (when, not _committed(claim)) < (best[0], not _committed(best[1])):
            best = (when, claim, first)
    return None if best is None else (*best, _committed(best[1]))


def superseded(
    story: Story, withdrawn: frozenset[tuple[str, float]] = frozenset()
) -> dict[str, date]:
    """The claims whose figure a later report replaces, each with the day of its own first
    report: a figure of a tally (:func:`tallies`, fragments included: "Thirty-five people
    remain missing.") when a report first seen on a later day gives another figure of the same
    thing and scope (for a count that only grows, :data:`CUMULATIVE`, a higher one; a lower one
    counts a part). What was true as of its day is no longer what is known: the briefing dates
    it ("as of 13 March 2026") rather than state it as the present. A figure a correction
    withdrew (``withdrawn``) replaces none."""
    out: dict[str, date] = {}
    for (what, _), found in tallies(
        story, propositions=False, withdrawn=withdrawn, referred=True
    ).items():
        grows = base(what) in CUMULATIVE
        for day, claim, _, value, before in found:
            if before:
                continue  # the figure a report tells it changed from: no claim's own figure
            later = [v for d, _, _, v, was in found if d > day and v != value and not was]
            if any(_below(value, v) if grows else True for v in later):
                out[claim.id] = min(day, out.get(claim.id, day))
    return out


def first_said(story: Story) -> dict[Value, date]:
    """The day each counted value was first said in the story, by any claim that states it,
    hedged, quoted or expected alike ("36 crates holding what appeared to be drone parts"): a
    figure already said on the day of another is its rival, not the news that replaced it."""
    out: dict[Value, date] = {}
    undated = clocked(story)
    for claim in story.claims:
        if claim.polarity != "positive" or not claim.values.numbers:
            continue
        first = _first(claim, undated)
        day = (first.seen or first.published) if first is not None else None
        if day is None:
            continue
        for value in claim.values.numbers:
            if value not in out or day < out[value]:
                out[value] = day
    return out


def _party(report: Report) -> str | None:
    """Whose figure a report gives: its source (the one a pronoun names), in the report's words
    where it has no key; None for a pronoun that names no one known ("he said") and for the
    outlet's own voice, which may be any party's figure passed on."""
    said = (report.source_text or "").strip().casefold()
    if report.source and (not said or said in c.PRONOUNS):
        return report.source
    if said in c.PRONOUNS:
        return None
    return said or report.source


def _again(value: Value, step: Step) -> bool:
    """Whether a figure is the figure of a step, told again (rounded, "about")."""
    a, b = anchor(value), anchor(step[3])
    return a is not None and b is not None and close(a, b)


def _steps(what: str, found: list[Step], aired: Mapping[Value, date]) -> list[Step]:
    told = {s[1].id: s[3] for s in found if s[4]}  # the figure each claim changed from
    steps: list[Step] = []
    for day, claim, report, value, before in found:
        if before:
            if not steps or not _again(value, steps[-1]):
                steps.append((day, claim, report, value, True))  # else the step before, again
            continue
        if any(s[3] == value for s in steps):
            continue
        changed = bool(steps) and (
            (claim.id in told and _again(told[claim.id], steps[-1]))
            or _tells_from((day, claim, report, value, False), steps[-1])
        )  # the report tells the change from the step before ("down to 10 from 11"), whether
        # or not the figure it changed from is credited to the report that gave it first
        if base(what) in CUMULATIVE and steps and _below(value, steps[-1][3]) and not changed:
            continue  # a lower count of the dead after a higher one: a part, not the total;
            # unless the report tells the change from the step before ("revised down to 10
            # from 11")
        if steps and not changed and aired.get(value, day) <= steps[-1][0]:
            continue  # another figure the same day (first said then by anyone, hedged or
            # quoted) is a rival count (a dispute), no update; unless the report itself tells
            # the change from the step before ("up from 3,000")
        steps.append((day, claim, report, value, False))
    kept = {s[1].id for s in steps if not s[4]}
    return [s for s in steps if not s[4] or s[1].id in kept]  # a change from, only with its to


def _one_way(steps: list[Step]) -> bool:
    """The figures only rise, or only fall, step by step; a step whose report tells the change
    from the step before ("revised down to 10 from 11") is the same count moving on whichever
    way it goes (:func:`_tells_from`)."""
    kept = [s for s in steps if anchor(s[3]) is not None]
    pairs = [
        (anchor(a[3]) or 0.0, anchor(b[3]) or 0.0)
        for a, b in pairwise(kept)
        if not _tells_from(b, a)
    ]
    return all(a <= b for a, b in pairs) or all(a >= b for a, b in pairs)


def _tells_from(step: Step, before: Step) -> bool:
    """Whether a step's report tells its figure as changed from the figure of the step before."""
    return any(
        _again(then, before) and anchor(now) == anchor(step[3])
        for then, now in changes(step[2].text)
    )


def _straddled(found: list[Step]) -> bool:
    """Whether a party's figure falls strictly between two days of another party's figures and
    outside the range of that party's figures of those days (the league's 2 on Monday and 3 on
    Thursday, the paper's 9 on Tuesday): rival counts of one thing at one time."""
    for day, _, report, value, told in found:
        x = anchor(value)
        if x is None or told:
            continue
        mine = _party(report)
        if mine is None:
            continue
        by: dict[str, list[tuple[date, float]]] = {}
        for d, _, r, v, was in found:
            y = anchor(v)
            if y is not None and not was and (theirs := _party(r)) not in (mine, None):
                by.setdefault(theirs, []).append((d, y))
        for figures_ in by.values():
            before = [y for d, y in figures_ if d < day]
            after = [y for d, y in figures_ if d > day]
            if not before or not after:
                continue
            low, high = sorted((before[-1], after[0]))
            if not low <= x <= high:
                return True
    return False


def _series(what: str, found: list[Step], aired: Mapping[Value, date]) -> list[list[Step]]:
    """The series a tally shows: one, of every party's figures, when they read as one count
    moving on; each party's own when parties give rival counts (:func:`_straddled`, or
    figures of several parties that rise and fall: "6 (the paper) → 2 (the league) → 9 (the
    paper)")."""
    steps = _steps(what, found, aired)
    if len({_party(s[2]) for s in found} - {None}) < 2 or (
        _one_way(steps) and not _straddled(found)
    ):
        return [steps]
    parties: dict[str, list[Step]] = {}
    for step in found:
        if (party := _party(step[2])) is not None:  # whose, unknown: in no party's series
            parties.setdefault(party, []).append(step)
    return [_steps(what, mine, aired) for mine in parties.values()]


def figures(story: Story, dossiers: Mapping[str, Dossier]) -> Section:
    """The section (empty when no figure changed; see the module doc)."""
    series = tallies(story, dossiers=dossiers, withdrawn=withdrawn_figures(story, dossiers))
    aired = first_said(story)
    items: list[Item] = []
    shown_: set[tuple[str, float]] = set()
    places = {a.key: a.name for a in story.actors}
    for (what, where), found in sorted(series.items()):
        told = frozenset(s[1].id for s in found if s[4] or _tells_change(what, s))
        for steps in _series(what, found, aired):
            if item := _item(what, where, steps, dossiers, places, told):
                items.append(item)
                shown_.update((what, a) for s in steps if (a := anchor(s[3])) is not None)
    items += _corrected(story, dossiers, shown_)
    return Section(title=FIGURES, items=items, note=NOTE)


def _corrected(
    story: Story, dossiers: Mapping[str, Dossier], shown_: set[tuple[str, float]]
) -> list[Item]:
    """A figure an outlet withdrew in a correction notice and the one it gives instead
    (:func:`~.corrections.notices`: "An earlier version of this article said the ferry carried
    40 riders. It carried 31."), one item citing the notice: "rider: 40 (withdrawn, …) → 31
    (corrected, …)"; none where an item already shows both figures of that thing. A series
    shows no withdrawn figure (:func:`tallies`), so the item stands beside a series that gives
    the corrected one: it alone tells that the other was withdrawn."""
    items: list[Item] = []
    for a in story.articles:
        d = dossiers.get(a.id)
        if d is None:
            continue
        for n in notices(d):
            right = anchor(n.right) if n.right is not None else None
            was = anchor(n.wrong[0])
            if n.right is None or right is None or was is None:
                continue
            if (n.right[0], right) in shown_ and (n.right[0], was) in shown_:
                continue
            if n.right[0].endswith(APOSTROPHES):
                continue  # "the fire service's count": whose count, not of what
            found_cite = c.cite(d, n.start, n.end)
            if found_cite is None:
                continue
            day = a.seen or a.published or n.day
            when = f"{day.isoformat()}, " if day is not None else ""
            voice = n.outlet or "the outlet"
            items.append(
                Item(
                    text=(
                        f"{shown(n.right[0])}: {figure(n.wrong[0])} "
                        f"(withdrawn, {when}{voice}) → "
                        f"{figure(n.right)} (corrected, {when}{voice})"
                    ),
                    kind="update",
                    citations=[found_cite],
                )
            )
            shown_.update({(n.right[0], right), (n.right[0], was)})
    return items


def _tells_change(what: str, step: Step) -> bool:
    """Whether a step's report tells its figure as changed from another ("raised … to 14, up
    from 12"), the figure it changed from credited to an earlier report (:func:`_credit_told`)."""
    return any(
        now[0] == what and anchor(now) == anchor(step[3]) for _, now in changes(step[2].text)
    )


def _teller(claim: StoryClaim, report: Report, told: frozenset[str]) -> str | None:
    """Who tells a change of their own figure in the outlet's own voice: the one doer of a claim
    that names the figure as such ("Harbour police raised their estimate of the crowd to 5,000,
    up from 3,000": the police; :func:`~whatweknow.stories.values.names_estimate`), else None
    (the report's source, or the outlet, speaks)."""
    if claim.id not in told or report.source or (report.source_text or "").strip():
        return None
    if len(claim.agent) != 1 or not names_estimate(report.text):
        return None
    return claim.agent[0]


def _item(
    what: str,
    where: tuple[str, ...],
    steps: list[Step],
    dossiers: Mapping[str, Dossier],
    places: Mapping[str, str],
    told: frozenset[str] = frozenset(),
) -> Item | None:
    if len(steps) < 2:
        return None
    if len(_measures(what, steps)) > 1:
        return None  # counts of one noun doing different things: no series
    if len({s[0] for s in steps}) < 2 and not any(s[1].id in told for s in steps[1:]):
        return None  # figures of one day, none told as a change: rival counts
    words = []
    citations = []
    for day, claim, report, value, before in steps:
        # the source in the article's own words ("Libya's ambassador to the UN", not the
        # state it was resolved to), else the outlet's voice or an unidentified source; a
        # pronoun ("He said the army believed fewer than six had died") names no one: the
        # one it was resolved to speaks
        pronoun = (report.source_text or "").strip().casefold() in c.PRONOUNS
        key = report.source if pronoun else _teller(claim, report, told)
        d = dossiers.get(report.article)
        outlet = report.outlet or (d.article.agency if d is not None else None)
        # an agency's own copy that names no outlet speaks as the agency its byline names,
        # never as "the article"
        voice = c.report_voice(key, report.source_text, report.modality, outlet, places)
        name = "outlet not given" if voice.name == c.OWN_VOICE else voice.name
        said = figure(value)
        when = f"before {day.isoformat()}" if before else day.isoformat()
        words.append(f"{said} ({when}, {name})")
        found_cite = c.cite(d, report.start, report.end) if d is not None else None
        if found_cite is not None:
            citations.append(found_cite)
    if len(citations) != len(steps):
        return None  # every step must be cited
    scope = ", ".join(
        places.get(p.removeprefix(BY), p.removeprefix(BY).rsplit(":", 1)[-1]) for p in where
    )
    label = f"{shown(what)}, {scope}" if scope else shown(what)
    return Item(
        text=f"{label}: {' → '.join(words)}",
        kind="update",
        record=steps[0][1].id,
        related=[s[1].id for s in steps[1:]],
        citations=citations,
    )
