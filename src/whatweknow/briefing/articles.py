"""The sections made of whole articles and their records: timeline, who's who, sources.

* Timeline: the events that have a time that is a calendar period (:mod:`.periods`), as
  ``{time} — {actors} {trigger} {targets}, in {location}`` (the text's own verb, never the
  PLOVER type's label: "met", not "consult/met", :func:`_did`) with the time as a reader
  writes it ("27 May 2024", "week of 27 May 2024") and the modality in brackets when it is not
  asserted (only an event with both an actor and a target, or a meeting that names more than
  one person or state, or a place: see :func:`_told`). The line reads as English or is not
  shown: a preposition the text puts between the verb and the target stays ("travelled to Y");
  where an object or a longer phrase stands there, the line is the clause's own words from its
  subject to the target, or no line ("who shared it with the Ledger"); a verb written in its
  base form reads "will visit" (expected), "was to visit" (planned) or, for a plan told as
  done, its past form ("visited"); and
  the dated happenings (:mod:`.happenings`: claims stating what happened on a day, a crash or a
  flood that no PLOVER type codes), as ``{time} — {the claim's words}``. The reports of one
  story claim on one day are one line, and so are happenings of one day whose words mostly agree
  (:data:`OVERLAP`), or whose frames match or whose dates belong to one verb
  ("a jet that crashed on Monday", "he was aboard when it crashed on Monday") with another word
  in common (:func:`_same`); an event of a claim that is a
  dated happening of the same day joins that line. Within a day: the day itself, then morning,
  afternoon, evening, night. First the story's own period (events that end no more than
  :data:`~.claims.BACKGROUND_DAYS` days before its first article): those dated to a day or a
  week in the order of their dates, then those of a longer period (a month, a year) that reaches
  into it; then, under *Earlier events*, the background before it, in time order. The same event
  in several articles (same time, type and parties, asserted or reported alike; with no party,
  the same trigger) is one item with all its citations; an expected event that another article
  reports as done joins that item, and so does one announced for a day on which a done event of
  its type has its actor among its parties and its targets other than places ("X will travel to
  Y on Saturday to meet Z", then "X met Z in Y on Saturday": :func:`_occasion`); then the other
  events of its type and actors announced for that day in the same claim of an article join it
  too ("X will visit Y on Saturday to meet Z", then "X met Z on Saturday": the visit was that
  meeting's trip, whatever Y was typed: :func:`_announced`). A plan too bare for a line of its
  own ("X will visit the port on Thursday": one person, nobody named, no place) still joins the
  done line of its occasion; a done event too bare for a line ("X visited the quay on Thursday
  morning") that is a plan's occasion makes the plan's line the done one, citing both. A plan
  with a place is no occasion of a deed of its people that day in another place; a planned visit
  to a place is done when its actors did anything there that day. An expected event whose date had
  passed by the last article is shown as *planned*: it was announced, and no article says it
  took place. An event told as done (asserted or reported) whose date begins after its
  article's publication day is no line: its date belongs to something else; nor is one whose
  verb lies inside a mention of its own actor or target (:func:`_inside_party`: "Reporters who
  visited the bend on Tuesday found …"), told in that noun phrase's relative clause.
* Who's who: people, organisations and states (as any article types them), one per actor key,
  with their roles and country, the most mentioned first; cited at their first mention.
* Sources: each article, or each group of copies of one report, with its outlet, date, title,
  byline, credits and the named sources it quotes; cited at its title, byline and credit line;
  and what a correction notice of it withdraws (:func:`~.corrections.retold`), cited there.
  The other outlets that published an article's very text (a story's record of them) are named
  in its item, one source with it, each cited at the same span with its own outlet and date.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from ..contract import Actor, Dossier, Event, Mention
from ..stages._lists import word_list
from ..stages.actors.lexicons import name_words
from ..stages.actors.resolve import possessive, short_forms
from ..stages.actors.roles import VEHICLES, bare_name, ends_as_organisation, names_a_body
from ..stages.actors.states import cue_words, demonyms
from ..story_contract import Publication, Story, StoryClaim
from .cite import cite, clean, distinct, head
from .claims import BACKGROUND_DAYS
from .corrections import Withdrawn, retold, retracted, within
from .happenings import Happening, dated, past_forms, stem
from .model import INGEST_YEAR, Citation, Item, Section
from .periods import Period, human, period

TIMELINE = "Timeline"
EARLIER = "Earlier events"
WHO = "Who's who"
SOURCES = "Sources"
WHO_TYPES = ("person", "organisation", "state")

NOTES = {
    TIMELINE: "Events and dated happenings of the story's own days, in the order they happened "
    "(those of a longer period after them); the modality in brackets when not asserted.",
    EARLIER: f"Events dated more than {BACKGROUND_DAYS} days before the first article, in the "
    "order they happened.",
    WHO: "People, organisations and states named, the most mentioned first.",
    SOURCES: "Each article, copies of one report together (they count as one source).",
}


def _name(a: Actor, names: Mapping[str, str]) -> str:
    return clean((names.get(a.key) if a.key else None) or a.name)


def _identity(d: Dossier, a: Actor) -> str:
    return a.key or f"{d.article.id}:{a.id}"


FACTUAL = frozenset({"asserted", "reported"})
WEEK_DAYS = 7
OVERLAP = 0.5
"""Two dated happenings of one day are one line when this share of their content words
(:func:`_terms`) is common to both (or as :func:`_same` says)."""
GENERIC_FRAMES = frozenset({"be", "have", "say", "do", "get", "make"})
"""Frames too general to say that two claims tell one happening."""
GENERIC_VERBS = frozenset(stem(w) for w in (*GENERIC_FRAMES, "said", "told", "took", "went"))
"""Verbs (stems) too general to say it either."""
_PARTS = {"MO": 1, "AF": 2, "EV": 3, "NI": 4}
_TERM = re.compile(r"[^\W\d_]{4,}")


@dataclass
class _Row:
    when: Period
    order: int
    citations: list[Citation]
    modality: str
    time: str
    event: Event | None = None
    actors: Mapping[str, Actor] = field(default_factory=dict)
    happening: Happening | None = None
    record: str | None = None
    frame: str | None = None
    shown: str | None = None
    """The modality as the line says it, when not the record's ("planned": an expected event
    whose date had passed by the last article)."""
    told_in: set[tuple[str, str]] = field(default_factory=set)
    """(article id, claim id) of the claims its events are told in."""
    base: bool = False
    """Its event's verb is written in its base form (:func:`_base_form`)."""
    done_as: str | None = None
    """The verb, as written, of the done event that a plan's line now tells ("visited", for
    the plan's "will visit"): a line whose plan was done says what was done."""

    def cite(self, found: Citation) -> None:
        """Add a citation, one per article."""
        if all(c.article != found.article for c in self.citations):
            self.citations.append(found)


def timeline(
    dossiers: Sequence[Dossier],
    names: Mapping[str, str],
    story: Story | None = None,
    gone: Withdrawn | None = None,
) -> list[Section]:
    """The timeline of the story's own days, and its earlier events (see the module doc):
    PLOVER events and dated happenings (:mod:`.happenings`); ``story`` merges the happenings
    that its claims merge across articles; ``gone``: the spans a correction withdrew
    (:func:`.corrections.without_withdrawn`), which give no line."""
    gone = gone or {}
    rows: dict[tuple[object, ...], _Row] = {}
    told = _happening_rows(dossiers, story, rows, gone)
    done: list[_Done] = []
    places: set[str] = set()
    untold: list[tuple[tuple[object, ...], Citation]] = []
    for d in dossiers:
        actors = {a.id: a for a in d.actors}
        for e in d.events:
            when = period(e.time)
            found = cite(d, e.start, e.end)
            if when is None or found is None or within(gone, d.article.id, e.start, e.end):
                continue
            if e.modality in FACTUAL and _after(when, d):
                continue  # told as done, dated after it was told: the date is another thing's
            if _inside_party(d, e, actors):
                continue  # "Reporters who visited the bend on Tuesday found …": a clause of its
                # actor's noun phrase, whose line would lose the sentence's own verb
            who = tuple(sorted(_identity(d, actors[x]) for x in e.actor if x in actors))
            whom = tuple(
                sorted(
                    _identity(d, actors[x])
                    for x in e.target
                    if x in actors and x != e.location  # the place it happened in is no target
                )
            )
            placed = e.location is not None and e.location in actors
            where = _identity(d, actors[e.location]) if placed and e.location else None
            parties = set(who) | set(whom)
            same = told.get((d.article.id, e.claim or "", (e.time or "")[:10]))
            if same is not None and e.modality in FACTUAL:
                same.cite(found)  # the happening told as a claim is the event's line
                done.append(_Done(e.time or "", e.type, set(who), parties, same, placed, where))
                continue
            kinds = [actors[x].type for x in e.actor if x in actors]
            alone = len(kinds) == 1 and kinds[0] in ("person", "state")
            if not _told(e.type, who, whom, placed=placed, alone=alone):
                if e.modality == "expected":  # no line of its own; it may join a done one
                    untold.append(((e.time, e.type, who, whom), found))
                elif e.modality in FACTUAL:  # no line of its own; it may close a plan's
                    done.append(
                        _Done(
                            e.time or "",
                            e.type,
                            set(who),
                            parties,
                            None,
                            placed,
                            where,
                            found=found,
                            modality=e.modality,
                            trigger=e.trigger,
                        )
                    )
                continue
            key: tuple[object, ...] = (
                e.time,
                e.type,
                who,
                whom,
                "factual" if e.modality in FACTUAL else e.modality,
                None if who or whom else (e.trigger or "").casefold(),
            )
            places.update(_identity(d, actors[x]) for x in e.target if _place(actors.get(x)))
            row = rows.get(key)
            if row is None:
                row = rows[key] = _Row(
                    when, len(rows), [found], e.modality, e.time or "", event=e, actors=actors,
                    record=e.id, base=_base_form(d, e),
                )  # fmt: skip
                if e.modality in FACTUAL:
                    done.append(_Done(e.time or "", e.type, set(who), parties, row, placed, where))
            else:
                row.citations.append(found)
            if e.claim is not None:
                row.told_in.add((d.article.id, e.claim))
            if row.modality == "reported" and e.modality == "asserted":
                row.modality = "asserted"  # an outlet's own word outranks a report of it
    closed: dict[tuple[object, ...], _Row] = {}
    for key, row in list(rows.items()):
        if row.event is None or row.modality != "expected":
            continue
        into = rows.get((*key[:4], "factual", key[5]))
        where = _where(row)
        there = _where(into) if into is not None else None
        if where is not None and there is not None and there != where:
            into = None  # the same people's deed that day in another place: another occasion
        if into is not None:
            into.citations += row.citations  # announced, then reported as done
        elif (x := _occasion(key, done, places, where)) is None:
            continue
        elif x.row is None:  # told as done in words too bare for a line: the plan's line is it
            x.row = into = row
            row.modality = x.modality
            row.done_as = x.trigger if row.event is not None and x.type == row.event.type else None
            if x.found is not None:
                row.cite(x.found)
            for told_in in row.told_in:
                closed[_announced(key, told_in)] = into
            continue
        else:
            into = x.row
            for c in row.citations:  # announced, then told as done with other parties
                into.cite(c)
        del rows[key]
        for told_in in row.told_in:
            closed[_announced(key, told_in)] = into
    for key, row in list(rows.items()):  # the rest of an announcement a done report closed
        if row.event is None or row.modality != "expected":
            continue
        into = next((closed[k] for t in row.told_in if (k := _announced(key, t)) in closed), None)
        if into is not None:
            for c in row.citations:
                into.cite(c)
            del rows[key]
    for key, found in untold:  # "X will visit the port on Thursday", then "X visited Y"
        if (x := _occasion(key, done, places)) is not None and x.row is not None:
            x.row.cite(found)
    dates = [d.article.published for d in dossiers if d.article.published]
    start = min(dates) - timedelta(days=BACKGROUND_DAYS) if dates else None
    latest = max(dates, default=None)
    for row in rows.values():
        if row.modality == "expected" and latest is not None and row.when[1] < latest:
            row.shown = "planned"
    own = [r for r in rows.values() if start is None or r.when[1] >= start]
    earlier = [r for r in rows.values() if start is not None and r.when[1] < start]
    own.sort(
        key=lambda r: ((r.when[1] - r.when[0]).days >= WEEK_DAYS, r.when[0], _part(r.time), r.order)
    )
    earlier.sort(key=lambda r: (r.when[0], _part(r.time), r.order))
    return [
        Section(title=TIMELINE, items=_items(own, names), note=NOTES[TIMELINE]),
        Section(title=EARLIER, items=_items(earlier, names), note=NOTES[EARLIER]),
    ]


def _inside_party(d: Dossier, e: Event, actors: Mapping[str, Actor]) -> bool:
    """Whether the event's trigger lies inside a mention of one of its own actors or targets
    ("Reporters from the Ledger who visited the quay on Tuesday" as the actor of "visited"): the
    event is told in a relative clause of that noun phrase, the line would read as that phrase
    and its verb again, the sentence's own verb lost; no line."""
    if not e.trigger:
        return False
    at = d.article.text.find(e.trigger, e.start, e.end)
    return at >= 0 and any(
        m.start <= at < m.end
        for x in (*e.actor, *e.target)
        if x in actors
        for m in actors[x].mentions
    )


def _after(when: Period, d: Dossier) -> bool:
    """Whether ``when`` begins after the day ``d`` was published: nothing told as done (asserted
    or reported) happened then, so its date belongs to something else in the sentence ("extending
    the deadline to 6 a.m. on Friday out of respect for the mediation of …", written on
    Thursday, is no mediation on Friday)."""
    published = d.article.published
    return published is not None and when[0] > published


def _happening_rows(
    dossiers: Sequence[Dossier],
    story: Story | None,
    rows: dict[tuple[object, ...], _Row],
    gone: Withdrawn,
) -> dict[tuple[str, str, str], _Row]:
    """Add the rows of the dated happenings to ``rows``: one per story claim (or dossier claim,
    with no story) and day, then those of one happening merged (:func:`_merge_happenings`).
    Returns (article, dossier claim id, day) -> the row of that happening."""
    merged: dict[tuple[str, str], StoryClaim] = {}
    for story_claim in story.claims if story is not None else ():
        for r in story_claim.reports:
            merged[(r.article, r.claim)] = story_claim
    told: dict[tuple[str, str, str], _Row] = {}
    for d in dossiers:
        for h in dated(d):
            when = period(h.time)
            found = cite(d, h.claim.start, h.claim.end)
            if (
                when is None
                or found is None
                or within(gone, d.article.id, h.claim.start, h.claim.end)
            ):
                continue
            sc = merged.get((d.article.id, h.claim.id))
            record = sc.id if sc is not None else h.claim.id
            key = ("happening", h.day, record, None if sc is not None else found.article)
            row = rows.get(key)
            if row is None:
                own = h.claim.proposition.frame if h.claim.proposition else None
                row = rows[key] = _Row(
                    when, len(rows), [found], h.claim.modality, h.time, happening=h,
                    record=record, frame=sc.frame if sc is not None else own,
                )  # fmt: skip
            row.cite(found)
            if h.claim.modality == "asserted":
                row.modality = "asserted"
            told[(d.article.id, h.claim.id, h.day)] = row
    into = _merge_happenings(rows)
    return {k: into.get(id(r), r) for k, r in told.items()}


def _part(time: str) -> tuple[int, int]:
    """The order of a time within its day: the day itself, then morning, afternoon, evening,
    night (a clock time by its hour, in the same order, then by its minute of the day: 14:38
    before 14:40)."""
    tail = time[10:]
    if not tail.startswith("T"):
        return (0, 0)
    if tail[1:3].isdigit():
        hour = int(tail[1:3])
        minute = int(tail[4:6]) if tail[3:4] == ":" and tail[4:6].isdigit() else 0
        return (1 if hour < 12 else 2 if hour < 17 else 3 if hour < 21 else 4, hour * 60 + minute)
    return (_PARTS.get(tail[1:3], 0), 0)


def _terms(text: str) -> set[str]:
    return {w.casefold() for w in _TERM.findall(text)}


def _told(
    type_: str,
    who: tuple[str, ...],
    whom: tuple[str, ...],
    *,
    placed: bool = False,
    alone: bool = False,
) -> bool:
    """Whether a template line can say who did what to whom: both sides are named, or it is a
    meeting, whose parties are its actors ("the ministers of A and B met", "the union met").
    "Assault/killed X" with nobody doing it,
    "X assault/shot" at nothing named, "X reject/denied" toward nobody: the one side the parse
    found is too often the wrong one (a founder read as his group, the victim of an accident
    as its agent), and the claim's own words carry such a happening when it is dated. A
    meeting of one person or one state (``alone``) with nobody named and no place ("Ilse Doran
    consult/meet") is a fragment: whom it meets is in words the line does not show (a body, "the
    union met", meets in itself)."""
    if who and whom:
        return True
    if type_ != "CONSULT" or not who:
        return False
    return not alone or len(who) > 1 or placed


@dataclass
class _Done:
    """An event told as done (asserted or reported), and the line it is on."""

    time: str
    type: str
    who: set[str]
    parties: set[str]
    row: _Row | None
    """None for an event too bare for a line of its own (:func:`_told`)."""
    placed: bool = False
    """It names the place it happened in."""
    where: str | None = None
    """The identity of that place."""
    found: Citation | None = None
    modality: str = "asserted"
    trigger: str | None = None
    """The verb as written (an event too bare for a line of its own)."""


def _place(a: Actor | None) -> bool:
    return a is not None and a.type == "place"


def _announced(key: tuple[object, ...], told_in: tuple[str, str]) -> tuple[object, ...]:
    """What makes two expected events one announced occasion: one claim of one article, one
    day, one type and the same actors ("X will travel to Y on Saturday to meet Z": a visit and
    a meeting, one trip)."""
    return (*told_in, str(key[0])[:10], key[1], key[2])


def _where(row: _Row) -> str | None:
    """The identity of the place a planned event names as where it happens (its location)."""
    e = row.event
    a = row.actors.get(e.location) if e is not None and e.location else None
    if a is None or a.type != "place" or not row.citations:
        return None
    return a.key or f"{row.citations[0].article}:{a.id}"


def _occasion(
    key: tuple[object, ...], done: Sequence[_Done], places: set[str], where: str | None = None
) -> _Done | None:
    """The line of the done event that an expected one announced (key: its row's key): one of
    the same type on the same day whose actors include the expected one's (any of a meeting's
    parties, CONSULT being one occasion for all: "X will travel to Y to meet Z", then "X met Z
    in Y"), and whose parties include each of its targets that is not a place (the place a visit
    is made to is where the meeting is). Two actors' events stay apart; so do a planned meeting
    with Z and a done one with W. A meeting or visit of the same actors done that day that names
    no host and no place ("X will visit Y on Saturday", then "X visited the site of the
    collapse on Saturday") is that occasion too: nothing in it says it was another. With
    ``where`` (the place the plan names), a deed of the plan's actors that day in another place
    is none, and a planned visit's occasion (one that meets nobody but a place) is also any deed
    of its actors there that day ("X will visit Y on Saturday", then "X promised aid in Y on
    Saturday": X was in Y)."""
    time, type_, who, whom = key[0], key[1], key[2], key[3]
    if not isinstance(time, str) or len(time) < 10 or not who:
        return None
    assert isinstance(who, tuple) and isinstance(whom, tuple)
    for x in done:
        if x.time[:10] != time[:10] or x.type != type_ or len(x.time) < 10:
            continue
        if where is not None and x.where is not None and x.where != where:
            continue  # done in another place than the one announced: another occasion
        has = x.parties if type_ == "CONSULT" else x.who
        if set(who) <= has and {t for t in whom if t not in places} <= x.parties:
            return x
        if type_ == "CONSULT" and set(who) <= x.who and x.parties <= x.who and not x.placed:
            return x  # the host not named: nothing says it was another occasion
    if type_ != "CONSULT" or where is None or any(t not in places for t in whom):
        return None  # a meeting with someone: being there says nothing of the meeting
    for x in done:  # the visit's place, that day, by its actors, whatever they did there
        if x.time[:10] == time[:10] and x.where == where and set(who) <= x.who:
            return x
    return None


def _merge_happenings(rows: dict[tuple[object, ...], _Row]) -> dict[int, _Row]:
    """Rows of dated happenings of one day whose frames match (not a generic one) or whose words
    mostly agree (:data:`OVERLAP`) become one: the first, with the others' citations. Returns
    the row each merged row (by ``id``) went into."""
    kept: list[_Row] = []
    into: dict[int, _Row] = {}
    for key, row in list(rows.items()):
        if row.happening is None:
            continue
        first = next((k for k in kept if _same(k, row)), None)
        if first is None:
            kept.append(row)
            continue
        for c in row.citations:
            first.cite(c)
        if row.modality == "asserted":
            first.modality = "asserted"
        into[id(row)] = first
        del rows[key]
    return into


def _same(a: _Row, b: _Row) -> bool:
    """Whether two rows of dated happenings tell one happening: the same day, and their words
    mostly agree, or one frame (not a generic one) or one verb ties them and they have another
    word in common (a name, a thing: "the mayor met the engineers" and "the governor met the
    unions" on one day are two meetings)."""
    assert a.happening is not None and b.happening is not None
    if a.happening.day != b.happening.day:
        return False
    x, y = _terms(a.happening.text), _terms(b.happening.text)
    if len(x & y) >= OVERLAP * max(1, len(x | y)):
        return True
    frame = a.frame is not None and a.frame == b.frame and a.frame not in GENERIC_FRAMES
    verb = a.happening.verb
    same_verb = verb is not None and verb == b.happening.verb and verb not in GENERIC_VERBS
    tied = {stem(w) for w in (a.frame or "", b.frame or "", verb or "") if w}
    return (frame or same_verb) and any(stem(t) not in tied for t in x & y)


def _items(rows: Sequence[_Row], names: Mapping[str, str]) -> list[Item]:
    """The items of ``rows``, less those no line can say in English (:func:`_event_text`)."""
    return [item for r in rows if (item := _item(r, names)) is not None]


def _item(row: _Row, names: Mapping[str, str]) -> Item | None:
    shown = row.shown or row.modality
    if row.happening is not None:
        text = f"{human(row.time)} — {row.happening.text}"
        text += f" ({shown})" if shown != "asserted" else ""
        kind = "claim"
    else:
        assert row.event is not None
        e = row.event
        own = next((c for c in row.citations if (c.start, c.end) == (e.start, e.end)), None)
        done_as = row.done_as if row.base else None
        line = _event_text(e, row.actors, names, shown, own, done_as, base=row.base)
        if line is None:
            return None
        text, kind = line, "event"
    return Item(
        text=text, kind=kind, record=row.record, modality=row.modality, citations=row.citations
    )


def _event_text(
    e: Event,
    actors: Mapping[str, Actor],
    names: Mapping[str, str],
    modality: str,
    own: Citation | None = None,
    done_as: str | None = None,
    *,
    base: bool = False,
) -> str | None:
    """The line of an event: ``{time} — {actors} {verb} {targets}, in {place}``, the verb as
    written, or as English needs it around a verb written in its base form (:func:`_verb`), with
    the words the text puts between the verb and the target that keep the line English
    (:func:`_link`: "travelled *to* Brenholt", "demanded *the resignation of* Piet Vasko"), never
    after a done verb put in place of the plan's own ("will travel to", done as "visited"): those
    words are the plan's verb's, so no line.
    Where they cannot (an object or a long phrase stands between them: "shared it with the
    Ledger"), the line is the clause's own words from its subject to the target
    (:func:`_extract`), or no line (None)."""
    who = ", ".join(distinct([_name(actors[x], names) for x in e.actor if x in actors]))
    targets = [x for x in e.target if x in actors and x != e.location]
    whom = ", ".join(distinct([_name(actors[x], names) for x in targets]))
    trigger = clean(e.trigger) if e.trigger else None
    did = _did(e.type, trigger)
    if trigger and base:
        verb = _verb(trigger, modality, done_as)
        if verb is None:
            return None
        did = verb
    if e.trigger and own is not None and len(targets) == 1:
        link = _link(e.trigger, own, actors[targets[0]])
        if link and base and trigger and did != _verb(trigger, modality, None):
            return None  # "will travel to Velmar", done as "visited": the plan's preposition
            # is its own verb's ("visited to Velmar"), and the done verb's target is not known
        if link is None:
            words = _extract(e, own, actors, actors[targets[0]])
            if words is None:
                return None
            text = f"{human(e.time)} — {words}"
            return text + (f" ({modality})" if modality != "asserted" else "")
        did += link
    text = f"{human(e.time)} — " + " ".join(x for x in (who, did, whom) if x)
    if e.location is not None and e.location in actors:
        text += f", in {_name(actors[e.location], names)}"
    return text + (f" ({modality})" if modality != "asserted" else "")


def _base_form(d: Dossier, e: Event) -> bool:
    """Whether the event's verb is written in its base form: right after a word of
    ``data/line_modals.tsv`` ("will *visit*", "plans to *travel*"), in the article's text."""
    if not e.trigger:
        return False
    at = d.article.text.casefold().find(e.trigger.casefold(), e.start, e.end)
    if at < 0:
        return False
    before = _WORDS.findall(d.article.text[max(0, at - 40) : at])
    return bool(before) and before[-1].casefold() in _line_list("line_modals.tsv")


def _verb(trigger: str, modality: str, done_as: str | None) -> str | None:
    """The verb of an event's line when it is written in its base form (:func:`_base_form`):
    "will visit" for an expected event, "was to visit" for a planned one whose day passed, and,
    for a plan done (``done_as``, the done event's verb as written), that verb where it is a
    past form ("visited"); else None, no line: "X visit Y" is no English."""
    if modality == "expected":
        return f"will {trigger}"
    if modality == "planned":
        return f"was to {trigger}"
    if done_as is not None and _past(done_as):
        return clean(done_as)
    return _past_of(trigger)


def _past_of(verb: str) -> str | None:
    """The past form of a verb in its base form (its particle after it kept): an irregular one
    from ``data/past_forms.tsv``; else "-d" after "e", "-ied" for a consonant and "y"; a word
    that ends in consonant, vowel, consonant doubles its consonant where its last syllable is
    stressed: one syllable ("stopped"), "-mit", "-cur", "-pel", "-gret" ("admitted"), and a
    final "l" ("travelled"), and not elsewhere ("visited", "reopened"); None where stress alone
    decides ("-fer", "-ter": "referred" but "offered"); else "-ed"."""
    head, _, rest = verb.partition(" ")
    word = head.casefold()
    irregular = {lemma: past for past, lemma in past_forms().items()}
    if word in irregular:
        past: str | None = irregular[word]
    elif not word.isalpha() or len(word) < 2:
        return None
    elif word.endswith("e"):
        past = word + "d"
    elif word[-1] == "y" and word[-2] not in _VOWELS:
        past = word[:-1] + "ied"
    elif word[-1] in _VOWELS + "wxy" or word[-2] not in _VOWELS or word[-3:-2] in _VOWELS:
        past = word + "ed"  # no consonant, vowel, consonant at its end
    elif word.endswith(("fer", "ter")):
        past = None
    elif len(_SYLLABLE.findall(word)) == 1 or word.endswith(("l", "mit", "cur", "pel", "gret")):
        past = word + word[-1] + "ed"
    else:
        past = word + "ed"
    return None if past is None else " ".join(x for x in (past, rest) if x)


_VOWELS = "aeiou"
_SYLLABLE = re.compile(r"[aeiouy]+")


def _past(word: str) -> bool:
    """Whether ``word`` (a verb, its particle after it) is a past form: it ends in "ed" or is
    an irregular past form (``data/past_forms.tsv``)."""
    first = word.split()[0].casefold() if word.split() else ""
    return (first.endswith("ed") and len(first) > 3) or first in past_forms()


_WORDS = re.compile(r"[\w'’-]+")
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that"})
_PRONOUNS = frozenset({"it", "them", "him", "they", "he", "she", "this", "these", "those", "we"})


def _line_list(name: str) -> frozenset[str]:
    return word_list(__package__ or "whatweknow.briefing", name)


def _link(trigger: str, own: Citation, target: Actor) -> str | None:
    """The words the line puts between an event's verb and its target's name, from the event's
    own words (``own``): none where the target follows the verb (or a determiner: "charged the
    Ledger"), or is not named after it in them; the preposition written there
    (``data/line_prepositions.tsv``: " to", " out of", " with"); the object whose "of" phrase
    names the target (:func:`_object_of`); else None, no words that keep the line English."""
    gap = _between(trigger, own, target)
    if gap is None:
        return ""
    words = [w.casefold() for w in _WORDS.findall(gap)]
    if gap.strip(" ") != gap.strip() or any(c in gap for c in ',;:()"“”'):
        return None  # a break between them: the target is in another phrase
    while words and words[-1] in _DETERMINERS:
        words.pop()
    if not words:
        return ""
    preps = _line_list("line_prepositions.tsv")
    for n in (2, 1):
        if len(words) == n and " ".join(words) in preps:
            return " " + " ".join(_WORDS.findall(gap)[:n])
    found = _object_of(trigger, own, target)
    return found or None


def _extract(e: Event, own: Citation, actors: Mapping[str, Actor], target: Actor) -> str | None:
    """The clause's own words from its subject to the event's target, when the subject is an
    actor of the event named right before the verb (with no word between but one of
    ``data/line_auxiliaries.tsv``), the target's name ends a phrase (punctuation, or a
    preposition of ``data/line_prepositions.tsv``, or the end of the event's words follows), and
    no pronoun stands in them ("shared it with the Ledger": what "it" is, the line would not
    say); else None."""
    text = own.text or ""
    trigger = e.trigger or ""
    at = text.casefold().find(trigger.casefold())
    if at < 0:
        return None
    verb = own.start + at
    subjects = [
        m for x in e.actor if x in actors for m in actors[x].mentions
        if own.start <= m.start and m.end <= verb
        and all(
            w.casefold() in _line_list("line_auxiliaries.tsv")
            for w in _WORDS.findall(text[m.end - own.start : at])
        )
        and not re.search(r"[^\w\s'’-]", text[m.end - own.start : at])
    ]  # fmt: skip
    ends = sorted(m.end for m in target.mentions if verb < m.start and m.end <= own.end)
    if not subjects or not ends:
        return None
    start, end = subjects[-1].start - own.start, ends[0] - own.start
    rest = _WORDS.findall(text[end:])
    tail = text[end:].lstrip()
    if (
        rest
        and tail[:1].isalnum()
        and rest[0].casefold() not in _line_list("line_prepositions.tsv")
    ):
        return None  # the target's name does not end its phrase
    words = text[start:end]
    found = _WORDS.findall(words)
    if len(found) > EXTRACT_WORDS or any(w.casefold() in _PRONOUNS for w in found):
        return None
    return words[:1].upper() + words[1:]


EXTRACT_WORDS = 30
"""The most words a line made of the clause's own words may have."""


def _did(type_: str, trigger: str | None) -> str:
    """What the event's actor did, in the text's own words: the trigger ("met", "charged"),
    never the PLOVER type's label beside it ("consult/met", "disapprove/charged" read as
    nonsense to a reader); the type's label only where no trigger was read."""
    return trigger if trigger else type_.lower()


_OBJECT_OF = re.compile(
    r"^\s+((?:the|a|an|his|her|its|their)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+of"
    r"(?:\s+the)?(?:\s+[A-Z][\w-]*){0,3}\s+$"
)
"""The words between a trigger and its target when the target is named in an "of" phrase of
the object ("demanded *the resignation of* Halvik"; "of Infrastructure Minister Halvik" when the
mention is the name alone)."""


def _between(trigger: str, own: Citation, target: Actor) -> str | None:
    """The words of an event's own words (``own``) between its verb and the first mention of
    ``target`` after it; None where the verb is not in them or the target not named after it."""
    text = own.text or ""
    at = text.casefold().find(trigger.casefold())
    if at < 0:
        return None
    after = own.start + at + len(trigger)
    named = [m.start for m in target.mentions if after <= m.start < own.end]
    if not named:
        return None
    return text[after - own.start : min(named) - own.start]


def _object_of(trigger: str, own: Citation, target: Actor) -> str:
    """The words of the object whose "of" phrase names the event's target ("request/demanded
    *the resignation of* Halvik", not "request/demanded Halvik": the demand was of his
    resignation), from the event's own words (``own``); else nothing."""
    gap = _between(trigger, own, target)
    if gap is None:
        return ""
    found = _OBJECT_OF.match(gap)
    if found is None:
        return ""
    words = found[0].split()
    return " " + " ".join(words[: words.index("of") + 1])


@dataclass
class _Who:
    name: str
    type: str
    at: Citation
    order: int
    roles: list[str] = field(default_factory=list)
    country: str | None = None
    mentions: int = 0
    articles: int = 0
    located: int = 0
    """Its mentions written where a place goes ("in Harrowby": :func:`_located`)."""
    attributive: bool = True
    """Every mention of it stands between a determiner and a word in lower case ("a
    Harrowbian firm": :func:`_attributive`)."""


def whos_who(dossiers: Sequence[Dossier], names: Mapping[str, str]) -> Section:
    """People, organisations and states, one entry per actor key, most mentioned first; no name
    some article gives a ship or a plane (:func:`_vehicle_names`), nor a one-word person's
    name the articles give a place as often (:func:`_placed`), nor a person's name with no role
    that every article uses only to qualify a thing (:func:`_modifies`); the name of an outlet
    of the story's articles is an organisation's, whatever NER typed it, and its last word
    ("the Herald") is that outlet, or no entry where the outlet has none (an article's own
    outlet is the reporter, no party); an outlet or an agency of the story's articles that every
    article names only as the publication a speaker addresses ("she told the Osk Ledger",
    "questions from the Osk Ledger": :func:`_addressed`), acting and undergoing nothing
    (:func:`_acting`, an event's target), is no entry; a "person" whose every role names a kind
    of body ("the state rail operator") is an organisation. An
    organisation of the very name that the story's articles more often give a place is that
    place, and no entry (a possessive place name NER took for a body: "the province's", "all of
    Tarn's polling stations"), and so is a one-word body that some article types a place or
    writes as its dateline and that stands where a place goes in a third of its mentions ("a
    plant in Dunmerrow": :func:`_placed_body`); the demonym of a place or state the story names,
    before a common noun ("a Halvanian company": :func:`_demonym`), is no entry. A state's organ
    that the actors stage leaves a group ("the army", "the government") is an organisation of
    the story where some article says whose it is ("the Pellorian army": :class:`_Organs`)."""
    found: dict[str, _Who] = {}
    texts = [d.article.text for d in dossiers]
    openers: dict[str, bool] = {}
    places: Counter[str] = Counter()
    located: Counter[str] = Counter()
    named_as: dict[str, bool] = {}  # a person's name used only to qualify a thing
    listed: dict[str, set[str]] = {}  # the names a one-word "person" is listed with
    firsts: dict[str, int] = {}  # an article's bodies, at their first mention
    before: dict[str, set[str]] = {}  # the bodies some article names before a body
    organs = _Organs()  # "the Harrowbian army", "the army": a state's organ
    inert: dict[str, bool] = {}  # a one-word body only ever "the X", acting nowhere
    party: dict[str, bool] = {}  # acts, or undergoes an event, in some article
    hosts = _Hosts()  # "in Harrowbia" in most articles, "the Harrowbian police": the state
    for d in dossiers:
        acting = _acting(d)
        undergoing = {t for e in d.events for t in e.target}
        for a in d.actors:
            hosts.add(d, a)
            if a.type == "place":
                places[a.name.casefold()] += len(a.mentions)
            elif a.type == "person":
                located[a.name.casefold()] += sum(_located(d.article.text, m) for m in a.mentions)
                for m in a.mentions:  # "Harlow and Brenby": listed with a place
                    listed.setdefault(a.name.casefold(), set()).update(_listed(d.article.text, m))
            if a.type == "person" and a.mentions:
                name = a.name.casefold()
                named_as[name] = named_as.get(name, True) and all(
                    _modifies(d.article.text, m) for m in a.mentions
                )
            first = min(a.mentions, key=lambda m: m.start, default=None)
            at = cite(d, first.start, first.end) if first else None
            if a.type == "group" and at is not None:
                organs.add(d.article.id, a, at)
            if a.type not in WHO_TYPES or at is None:
                continue
            key = _identity(d, a)
            if first is not None and a.type == "organisation":
                firsts[key] = first.start
            opens = all(_common_opening(d.article.text, m.start, m.end, texts) for m in a.mentions)
            opens = opens or (
                a.type in ("person", "organisation")
                and not a.roles
                and all(_plural_opening(d.article.text, m.start, m.end, texts) for m in a.mentions)
            )
            opens = opens or (
                a.type in ("person", "organisation")
                and not a.roles
                and all(_headline_noun(d, m.start, m.end, texts) for m in a.mentions)
            )
            openers[key] = openers.get(key, True) and opens
            inert[key] = inert.get(key, True) and (
                a.type == "organisation"
                and " " not in a.name.strip()
                and a.id not in acting
                and all(_the_only(d.article.text, m) for m in a.mentions)
            )
            party[key] = (
                party.get(key, False)
                or a.id in acting
                or a.id in undergoing
                or not all(_addressed(d.article.text, m) for m in a.mentions)
            )
            row = found.setdefault(key, _Who(_name(a, names), a.type, at, len(found)))
            row.roles = distinct([*row.roles, *(clean(r) for r in a.roles)])
            row.country = row.country or a.country
            row.mentions += len(a.mentions)
            row.articles += 1
            row.located += sum(_located(d.article.text, m) for m in a.mentions)
            row.attributive = row.attributive and all(
                _attributive(d.article.text, m) for m in a.mentions
            )
        for key, at_ in firsts.items():  # the bodies named before each in this article
            before.setdefault(key, set()).update(k for k, a_ in firsts.items() if a_ < at_)
        firsts.clear()
        if d.article.dateline:  # "HARROWBY, Nov. 9 —": the town the article was written in
            places[d.article.dateline.split(",")[0].strip().casefold()] += 1
    for key in [k for k in found if openers.get(k)]:
        del found[key]
    for name, others in listed.items():  # a "person" listed with a place is a place
        if " " not in name and any(places[o] or located[o] for o in others):
            located[name] += 1
    for key, row in list(found.items()):  # "Harrowmere's polling stations" taken for a body
        if row.type == "organisation" and (_as_place(row, places) or _placed_body(row, places)):
            del found[key]
    adjectives = _demonyms_of([*places, *(r.name for r in found.values() if r.type == "state")])
    for key, row in list(found.items()):  # "a Harrowbian firm": no party
        if _demonym(row, adjectives):
            del found[key]
    outlets = {bare_name(d.article.outlet) for d in dossiers if d.article.outlet}
    initials = {_initials(d.article.outlet) for d in dossiers if d.article.outlet}
    for key, row in list(found.items()):  # "she told OCN": the story's Osk Cable News
        if row.type == "organisation" and row.name.isupper() and row.name in initials:
            del found[key]
    tails: set[str] = set()  # an outlet's short form ("the Herald"): it, or no party
    for key, row in found.items():  # another outlet of the story, NER's person ("Lisk Herald")
        bare = bare_name(row.name)
        if row.type != "person" or places[bare] or located[bare]:
            continue
        if bare in outlets:
            row.type = "organisation"
        elif " " not in bare and any(o.endswith(" " + bare) for o in outlets):
            row.type = "organisation"
            tails.add(key)
        elif " " not in bare and not row.roles and any(o.startswith(bare + " ") for o in outlets):
            tails.add(key)  # "a director told Tidewatch", of the story's "Tidewatch Energy News"
    publishers = outlets | {bare_name(d.article.agency) for d in dossiers if d.article.agency}
    for key, row in list(found.items()):  # "she told the Osk Ledger": the publication, no party
        if row.type == "organisation" and not party.get(key) and bare_name(row.name) in publishers:
            del found[key]
    for row in found.values():  # "Lisk Rail, the state rail operator": a body
        if row.type == "person" and row.roles and all(names_a_body(r) for r in row.roles):
            row.type = "organisation"
    _fold_bare_kinds(found, before)
    _fold_short_names(found, places, located, outlets)
    for key in tails & found.keys():
        del found[key]
    for key in [k for k, r in found.items() if inert.get(k) and _no_body_evidence(r)]:
        del found[key]  # "on a pass like the Kettle": a thing's or a place's name, no body
    named = _vehicle_names(texts)
    for key in [
        k
        for k, r in found.items()
        if _vehicle(r, named)
        or _placed(r, places, located)
        or (r.type == "person" and not r.roles and named_as.get(r.name.casefold(), False))
    ]:
        del found[key]
    for key, row in organs.rows(adjectives, found, len(found)).items():
        found.setdefault(key, row)
    for key, row in hosts.rows(len(dossiers), found).items():
        found.setdefault(key, row)
    items = []
    for key, row in sorted(found.items(), key=lambda kv: (-kv[1].mentions, kv[1].order)):
        kind = f"{row.type}, {row.country}" if row.country else row.type
        roles = f" — {'; '.join(row.roles)}" if row.roles else ""
        text = f"{row.name} ({kind}){roles}"
        items.append(Item(text=text, kind="actor", record=key, citations=[row.at]))
    return Section(title=WHO, items=items, note=NOTES[WHO])


ORGANS = word_list(__package__ or "whatweknow.briefing", "state_organs.tsv")
MIN_ORGAN_ARTICLES = 2
"""The fewest articles that must name a state's organ for it to be a party of the who's who."""


@dataclass
class _Organ:
    written: list[tuple[str, Citation]] = field(default_factory=list)
    """Each article's mention with a demonym ("Harrowbian army") and its citation."""
    mentions: int = 0
    articles: set[str] = field(default_factory=set)


class _Organs:
    """A state's collective organs the story names by a common noun ("the army", "the
    government": :data:`ORGANS`), which the actors stage leaves unnamed groups."""

    def __init__(self) -> None:
        self.found: dict[str, _Organ] = {}

    def add(self, article: str, a: Actor, at: Citation) -> None:
        words = a.name.split()
        if words[:1] and words[0].casefold() == "the":
            words = words[1:]
        bare = " ".join(words).casefold()
        if bare in ORGANS:
            organ = self.found.setdefault(bare, _Organ())
        elif len(words) > 1 and " ".join(words[1:]).casefold() in ORGANS:
            organ = self.found.setdefault(" ".join(words[1:]).casefold(), _Organ())
            organ.written.append((words[0], at))
        else:
            return
        organ.mentions += len(a.mentions)
        organ.articles.add(article)

    def rows(
        self, adjectives: frozenset[str], found: Mapping[str, _Who], order: int
    ) -> dict[str, _Who]:
        """An entry for each organ that some article writes after the demonym of a place or a
        state of the story ("the Pellorian army") and that no article writes after another
        word ("the Ostravian army": whose is the bare "army" then is unknown), named in
        :data:`MIN_ORGAN_ARTICLES` articles or more: an organisation under the demonym and the
        organ, of the state's code where the story lists that state, cited where an article
        first writes it so, counting every mention of the bare organ too."""
        out: dict[str, _Who] = {}
        for noun, organ in sorted(self.found.items()):
            qualifiers = {w.casefold() for w, _ in organ.written}
            if len(qualifiers) != 1 or not qualifiers <= adjectives:
                continue
            if len(organ.articles) < MIN_ORGAN_ARTICLES:
                continue
            demonym, at = organ.written[0]
            country = next(
                (
                    r.country
                    for r in found.values()
                    if r.type == "state" and r.country and demonym in demonyms(r.name)
                ),
                None,
            )
            row = _Who(f"{demonym} {noun}", "organisation", at, order + len(out))
            row.country, row.mentions, row.articles = country, organ.mentions, len(organ.articles)
            out[f"organ:{demonym.casefold()} {noun}"] = row
        return out


HOST_ORGANS = ORGANS | cue_words()["organ"]
"""A state's organs (:data:`ORGANS`, and the actors stage's ``organ`` cues: "ministry",
"parliament") that a host state's demonym qualifies ("the Harrowbian police")."""


class _Hosts:
    """The host state of a story that the actors stage leaves a place: a one-word name no
    gazetteer knows (a ``place::`` key), typed a place in most of the story's
    articles, whose demonym some article writes before a state's organ (:data:`HOST_ORGANS`:
    "Harrowbian police", "the Harrowbian ministry"): its institutions act, so it is a party
    (a state), cited where an article first names it."""

    def __init__(self) -> None:
        self.articles: dict[str, set[str]] = {}
        self.first: dict[str, tuple[str, Citation, int]] = {}
        self.keys: dict[str, str] = {}
        self.qualifiers: set[str] = set()

    def add(self, d: Dossier, a: Actor) -> None:
        words = a.name.split()
        if words[:1] and words[0].casefold() == "the":
            words = words[1:]
        if a.type in ("group", "organisation") and len(words) > 1:
            organ = [w.casefold() for w in words[1:]]
            if organ[-1] in HOST_ORGANS or " ".join(organ[-2:]) in HOST_ORGANS:
                self.qualifiers.add(words[0].casefold())
        if a.type != "place" or not (a.key or "").startswith("place::") or len(words) != 1:
            return
        if not a.name.isalpha() or not a.mentions:
            return
        name = a.name.casefold()
        self.keys.setdefault(name, a.key or f"place::{name}")
        self.articles.setdefault(name, set()).add(d.article.id)
        first = min(a.mentions, key=lambda m: m.start)
        if name not in self.first:
            at = cite(d, first.start, first.end)
            if at is None:
                return
            self.first[name] = (a.name, at, len(a.mentions))
        else:
            shown, at, n = self.first[name]
            self.first[name] = (shown, at, n + len(a.mentions))

    def rows(self, articles: int, found: Mapping[str, _Who]) -> dict[str, _Who]:
        taken = {r.name.casefold() for r in found.values()}
        out: dict[str, _Who] = {}
        for name, seen in self.articles.items():
            shown, at, mentions = self.first[name]
            if 2 * len(seen) <= articles or name in taken:
                continue
            forms = {f.casefold() for f in demonyms(shown[:1].upper() + shown[1:])}
            if not forms & self.qualifiers:
                continue
            row = _Who(shown, "state", at, len(found) + len(out))
            row.mentions, row.articles = mentions, len(seen)
            out[self.keys[name]] = row
        return out


_NEXT_WORD = re.compile(r" ([a-z]+)\b")
_OPENERS = ("\n", ".", "!", "?", "”", '"', "—", "–")
"""What a sentence's first word follows: a line's start, a sentence's end, a dateline's dash."""


def _initials(outlet: str) -> str:
    """The capitals of an outlet's name ("Osk Cable News" → ``OCN``; "The" left out), when it
    has two or more words."""
    words = [w for w in outlet.split() if w[:1].isupper() and w.casefold() != "the"]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _common_opening(text: str, start: int, end: int, texts: Sequence[str]) -> bool:
    """Whether a one-word mention is a common word capitalised only because it opens a sentence
    ("Coast" of "Coast guard divers …"): it opens a line or follows a sentence's end, the word
    after it is in lower case, and some article of the story writes the two words in lower case
    ("the coast guard said"). "Parliament will vote" stays a name ("parliament will" is
    written nowhere)."""
    name = text[start:end]
    before = text[:start].rstrip(" ")
    if " " in name or (before and not before.endswith(_OPENERS)):
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    phrase = f"{name.lower()} {after.group(1)}"
    return any(phrase in t for t in texts)


def _plural_opening(text: str, start: int, end: int, texts: Sequence[str]) -> bool:
    """Whether a one-word "person" or "organisation" is a plural common noun capitalised only
    because it opens a sentence ("Wildfires in the region are starting earlier", "Engineers
    said the span was sound"): it opens a line or follows a
    sentence's end, ends in "s" (not "ss"), and some article of the story writes it, or it
    without its "s", in lower case ("the wildfire"). A surname ending in "s" ("Jones said")
    is written in lower case nowhere."""
    name = text[start:end]
    before = text[:start].rstrip(" ")
    if " " in name or not name.endswith("s") or name.endswith("ss") or not name[:1].isupper():
        return False
    if before and not before.endswith(_OPENERS):
        return False
    lower = name.lower()
    common = re.compile(rf"\b(?:{re.escape(lower)}|{re.escape(lower[:-1])})\b")
    return any(common.search(t) for t in texts)


def _headline_noun(d: Dossier, start: int, end: int, texts: Sequence[str]) -> bool:
    """Whether a one-word "person" or "organisation" is a common noun capitalised only because
    it opens the article's headline ("Ash buries hamlet …", "Ash Buries Hamlet …"): the mention
    is the first word of the headline's line, some article of the story writes the word in lower
    case ("the ash"), and none writes it in capitals anywhere but where a line or a sentence
    opens (a name is capitalised wherever it is written: "Tom Ash said", "said Ash")."""
    text, title = d.article.text, (d.article.title or "").strip()
    name = text[start:end]
    if not title or " " in name or not name.isalpha() or not name.istitle():
        return False
    line = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", start)
    if text[line:start].strip() or text[line : stop if stop >= 0 else None].strip() != title:
        return False
    lower = re.compile(rf"\b{re.escape(name.lower())}\b")
    if not any(lower.search(t) for t in texts):
        return False
    capital = re.compile(rf"\b{re.escape(name)}\b")
    return all(_opens(t, m.start()) for t in texts for m in capital.finditer(t))


def _opens(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a line or follows a sentence's end."""
    before = text[max(0, at - 40) : at].rstrip(" ")
    return before.endswith(_OPENERS) or (not before and at <= 40)


def _as_place(row: _Who, places: Counter[str]) -> bool:
    """Whether an organisation's name is a place's: the story's articles give the name a place
    more often ("all of Tarnby's schools" beside "floods hit Tarnby"), or as often where it is
    one word the text never says is a body and that has no role ("may be in Pelmora" that NER
    took for a body, where another article writes "Pelmora, the capital of …")."""
    name = row.name.casefold()
    if places[name] > row.mentions:
        return True
    return (
        " " not in name and places[name] >= row.mentions and not row.roles and not _told_body(row)
    )


def _placed_body(row: _Who, places: Counter[str]) -> bool:
    """Whether a one-word "organisation" is a town: some article types its name a place or
    writes it as its dateline, and at least a third of its mentions stand where a place goes
    ("a plant in Harrowby", "reporters in Harrowby"), though NER took it for a body there; not
    one the text says is a body or gives a role."""
    name = row.name.casefold()
    return (
        " " not in name
        and places[name] > 0
        and row.located > 0
        and 3 * row.located >= row.mentions
        and not row.roles
        and not _told_body(row)
    )


def _demonyms_of(names: Sequence[str]) -> frozenset[str]:
    """The demonyms (:func:`~whatweknow.stages.actors.states.demonyms`) of the one-word names
    of places and states the story knows, casefolded ("harrowbian" of "Harrowbia")."""
    return frozenset(
        d.casefold() for n in names if n.isalpha() for d in demonyms(n[:1].upper() + n[1:])
    )


def _demonym(row: _Who, adjectives: frozenset[str]) -> bool:
    """Whether a one-word "person" or "organisation" is the demonym of a place or state the
    story names, written between a determiner and a word in lower case in every mention ("a
    Harrowbian company", "two Harrowbian officials"): an adjective, nobody; not one given a
    role, nor a name that acts ("Marlan said", Marl a town)."""
    return (
        row.type in ("person", "organisation")
        and " " not in row.name
        and row.name.casefold() in adjectives
        and row.attributive
        and not row.roles
    )


_DETERMINER = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|that|these|those|another|each|every|some|no"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|many|several|other)\s+$",
    re.IGNORECASE,
)


def _attributive(text: str, m: Mention) -> bool:
    """Whether a mention is a word that qualifies a noun after a determiner ("a Harrowbian
    company", "two Harrowbian officials"), not a name that acts ("Marlan said")."""
    return (
        _DETERMINER.search(text, max(0, m.start - 12), m.start) is not None
        and _LOWER_WORD.match(text, m.end) is not None
    )


def _fold_short_names(
    found: dict[str, _Who],
    places: Counter[str],
    located: Counter[str],
    outlets: frozenset[str] | set[str] = frozenset(),
) -> None:
    """A short form that another entry names in full is that entry (in place): a one-word name that
    is the surname or the given name of exactly one person named in full ("Solberg", "Margit" that
    NER cut from "Margit Solberg", or "Malko" that NER took for an organisation, with "Margit
    Solberg", "Anders Malko"), and an organisation's name that ends exactly one longer
    organisation's name ("Safety Agency" with "Port Safety Agency"), as does a person's name of two
    words or more given no role ("Ledger Osk" that NER cut from "Clean Ledger Osk"). Two people of
    one surname, or two longer names, leave it as it is. One name typed as a person in some articles
    and as an organisation in others ("Ana Reyes" that NER took for an organisation once) is one
    entry, a person's: NER gives a person's name an organisation's label far more often than the
    reverse; but where more articles say it is an organisation than type it a person (its name ends
    as bodies' names do, or it is given a kind of body as a role: "The hacking group Iron Wren said
    …" in most, a bare "Iron Wren said" that NER took for a person in some), or where some article
    says so and none gives the person a role ("Lisk Rail, the state rail operator" once, a bare
    "Lisk Rail" typed a person in ten), it is the organisation. A name of two words or more that is
    the leading words of exactly one longer organisation's name ("St Oswin" with "St Oswin
    Infirmary") is that organisation, unless it is a person given a role, or the rest of the name
    is a word of a body named for its seat (:func:`_seat`: "Zellmoor" of "Zellmoor Institute" is
    the town, no entry); so is a one-word "person" given no role, or "organisation", no person's
    name and no place's (nor written where a place goes), that is the first word of exactly one
    organisation's name that says it is a body (:func:`_told_body`: "Corvane" that NER took for a
    person in "Corvane said its plant …", with "Corvane Foods" in another article; not "Corvane
    Legacy", which may be a thing it makes) or that is an outlet of the story's articles
    (``outlets``, bare: "Lantern" of "The Lantern Review"), but not of a body of its people
    ("Corvane Savers' Union"). A one-word name NER took for an organisation that is the surname of
    two people named in full is one of them, whose is unknown: no entry; one that is no person's and
    the last word of exactly one organisation's name ("Ledger" with "Harbour Ledger":
    :func:`~whatweknow.stages.actors.resolve.short_forms`) is that organisation. A name that an
    article's text marks as a state the gazetteer does not know (``country::`` keys:
    :mod:`whatweknow.stages.actors.states`) is that state in the articles that give no cue and where
    NER typed it a person or a body, unless the text says it is a body or a person is given a role
    under it."""
    _fold_into_states(found)
    same: dict[str, list[str]] = {}
    for key, row in found.items():
        if row.type in ("person", "organisation"):
            same.setdefault(row.name.casefold(), []).append(key)
    for keys in same.values():
        if len(keys) > 1:
            told = sum(found[k].articles for k in keys if _told_body(found[k]))
            typed = sum(found[k].articles for k in keys if found[k].type == "person")
            a_person = any(found[k].roles for k in keys if found[k].type == "person")
            body = told > typed or (told > 0 and not a_person)
            main = max(
                keys,
                key=lambda k: (
                    (found[k].type == "organisation") == body,
                    found[k].mentions,
                    -found[k].order,
                ),
            )
            for key in keys:
                if key != main:
                    _fold_into(found, key, main)
    people: dict[str, list[str]] = {}
    for key, row in found.items():
        words = row.name.split()
        if row.type == "person" and len(words) > 1:
            people.setdefault(words[-1].casefold(), []).append(key)
            if words[0].casefold() != words[-1].casefold():  # a given name alone ("Lidia")
                people.setdefault(words[0].casefold(), []).append(key)
    tails = short_forms([r.name for r in found.values() if r.type == "organisation"])
    for key, row in list(found.items()):
        words = row.name.split()
        into: list[str] = []
        if len(words) == 1 and row.type in ("person", "organisation"):
            # the full names still listed: one may have been folded into a body since
            into = [k for k in people.get(words[0].casefold(), []) if k in found]
        if not into and len(words) == 1 and row.type == "organisation":
            into = [k for k, other in found.items() if other.name == tails.get(row.name)]
            if len(into) == 1:  # "Ledger" for "Harbour Ledger": the one body it ends
                _fold_into(found, key, into[0])
                continue
        elif len(words) > 1 and (row.type == "organisation" or not row.roles):
            tail = " " + row.name.casefold()  # "Ledger Osk" NER cut from "Clean Ledger Osk"
            into = [
                k
                for k, other in found.items()
                if other.type == "organisation" and other.name.casefold().endswith(tail)
            ]
        name = row.name.casefold()
        alone = row.type == "person" and not (places[name] or located[name])  # "Corvane said"
        alone = alone or (  # "the Lantern"; "links Orsa with …" is the town of "Orsa Herald"
            not (places[name] or located[name] or row.located)
            and any(o.startswith(name + " ") for o in outlets)
        )
        alone = alone or (  # "Hearth said" of the story's "Hearth Relief", never a place
            row.type == "organisation" and not (places[name] or located[name] or row.located)
        )
        if (
            not into
            and (len(words) > 1 or alone)
            and (row.type == "organisation" or (row.type == "person" and not row.roles))
        ):  # never a state or a place: "Lumera" of the newspaper "Lumera Today" is Lumera
            lead = name + " "
            into = [
                k
                for k, other in found.items()
                if other.type == "organisation"
                and other.name.casefold().startswith(lead)
                and not (
                    len(words) == 1
                    and (
                        possessive(other.name.split()[1:])
                        or not (_told_body(other) or bare_name(other.name) in outlets)
                    )
                )
            ]
        if len(into) == 1 and into[0] != key and _seat(row, found[into[0]]):
            del found[key]  # "Zellmoor" of "Zellmoor Institute": the town, no party
        elif len(into) == 1 and into[0] != key:
            _fold_into(found, key, into[0])
        elif len(words) == 1 and row.type == "organisation" and len(into) > 1:
            del found[key]  # the surname of one of two people, whose unknown: no body


def _seat(row: _Who, body: _Who) -> bool:
    """Whether ``row``, the leading words of ``body``'s name, is the place that body is named
    for ("Zellmoor" of "Zellmoor Institute": ``seat`` of
    :func:`~whatweknow.stages.actors.lexicons.name_words`), not its short form; a body the text
    says is one, or a person given a role, is not."""
    rest = body.name.split()[len(row.name.split()) :]
    return (
        bool(rest)
        and body.name.casefold().startswith(row.name.casefold() + " ")
        and rest[-1].casefold() in name_words()["seat"]
        and not _told_body(row)
        and not (row.type == "person" and row.roles)
    )


def _fold_bare_kinds(found: dict[str, _Who], before: Mapping[str, set[str]]) -> None:
    """A one-word "organisation" that is a word ending bodies' names of any kind ("the Front",
    "the Party") is the one body of the story whose name ends in it, where an article names
    that body before it ("The Talvo Front denied it. … The Front said"): the short form an
    article uses for the body it introduced. With two such bodies, or none named before it in
    an article ("the Union" may be any union), it stays as it is."""
    for key, row in list(found.items()):
        if row.type != "organisation" or " " in row.name.strip():
            continue
        if not ends_as_organisation(f"X {row.name}"):
            continue
        tail = " " + row.name.casefold()
        into = [
            k
            for k, other in found.items()
            if other.type == "organisation" and other.name.casefold().endswith(tail)
        ]
        if len(into) == 1 and into[0] in before.get(key, set()):
            _fold_into(found, key, into[0])


def _fold_into_states(found: dict[str, _Who]) -> None:
    states = {r.name.casefold(): k for k, r in found.items() if k.startswith("country::")}
    for key, row in list(found.items()):
        into = states.get(row.name.casefold())
        if (
            into is not None
            and key != into
            and row.type in ("person", "organisation")
            and not _told_body(row)
            and not (row.type == "person" and row.roles)
        ):
            _fold_into(found, key, into)


_VEHICLE = re.compile(
    r"\b(?:"
    + "|".join(sorted(VEHICLES))
    + r")s?\s+(?:the\s+)?((?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){0,3})"
)


def _vehicle_names(texts: Sequence[str]) -> set[str]:
    """Names that some article of the story writes right after a vehicle noun ("the cargo ship
    Corva Star"): a ship's or a plane's, no party, also where another article names it bare
    (the actors stage leaves it out only where the noun is beside it)."""
    return {m.group(1) for t in texts for m in _VEHICLE.finditer(t)}


def _vehicle(row: _Who, named: set[str]) -> bool:
    """A ship's or a plane's name (:func:`_vehicle_names`), also where an article names it bare
    and NER took it for a body or a person; not one given a role."""
    return row.type in ("person", "organisation") and not row.roles and row.name in named


def _placed(row: _Who, places: Counter[str], located: Counter[str]) -> bool:
    """A one-word name of nobody's full name, with no role, that NER took for a person and the
    story's articles give a place as often ("the port of Qessa" in one, "a firm in Qessa" read
    as a person in another), or write where a place goes ("homes in Vellmoor", "fled from
    Vellmoor": :func:`_located`), or list with a place ("residents of Harlow and Brenby"),
    or with such a name ("offices in Harlow and Brenby", Harlow a "person" written where a
    place goes elsewhere: "in Harlow"): the place, and no entry. A name of more words ("Old
    Mill") is one only where an article types it a place as well as one writes it where a
    place goes."""
    name = row.name.casefold()
    if row.type != "person" or row.roles:
        return False
    if " " in name:  # "in John Hale" is rarer than "in Vellmoor": a place somewhere as well
        return places[name] > 0 and located[name] > 0
    return places[name] >= max(1, row.mentions) or located[name] > 0


_LOCATIVE = re.compile(
    r"\b(?:in|at|near|from|outside|around|across|towards?|into|above|below|beyond)\s+$",
    re.IGNORECASE,
)
PLACE_OF = word_list(__package__ or "whatweknow.briefing", "place_of.tsv")
_PLACE_OF = re.compile(r"\b([a-z]+) of\s+$")


def _located(text: str, m: Mention) -> bool:
    """Whether a mention stands where a place goes: after a preposition of place ("in Vellmoor",
    "near Vellmoor", "a ravine above Vellmoor"), or after "of" and a noun of a place's people,
    parts or offices (:data:`PLACE_OF`: "residents of Vellmoor", "the village of Vellmoor",
    "the mayor of Vellmoor"); not as a possessor ("in Vellmoor's view")."""
    if text[m.end : m.end + 2] in ("'s", "’s"):
        return False
    if _LOCATIVE.search(text, max(0, m.start - 12), m.start) is not None:
        return True
    of = _PLACE_OF.search(text, max(0, m.start - 20), m.start)
    return of is not None and of.group(1) in PLACE_OF


_LISTED = re.compile(r"\b([A-Z][\w'’-]*)(?:,| and| or) $")


def _listed(text: str, m: Mention) -> set[str]:
    """The name a mention is listed after ("Harlow and Brenby", "Harlow, Brenby"), casefolded;
    none where it is no list."""
    found = _LISTED.search(text, max(0, m.start - 40), m.start)
    return {found.group(1).casefold()} if found else set()


_THE = re.compile(r"\b[Tt]he\s+(?:(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*(?:\s*,|\s+(?:and|or))\s+)?$")
_LOWER_WORD = re.compile(r"\s+[a-z]")


def _modifies(text: str, m: Mention) -> bool:
    """Whether a mention qualifies a thing after "the" ("the Greyhallow fire of 2019", "the
    Kesler inquiry"), alone or after other names it is listed with ("the Riverside and Old
    Mill districts"): a name used for an event or a thing, not someone acting."""
    return (
        _THE.search(text, max(0, m.start - 60), m.start) is not None
        and _LOWER_WORD.match(text, m.end) is not None
    )


_THE_ONLY = re.compile(r"\b[Tt]he $")


def _acting(d: Dossier) -> set[str]:
    """The ids of the actors of an article that act in it: a claim's source or cited source,
    the agent of a claim's proposition, or an event's actor."""
    out: set[str] = set()
    for c in d.claims:
        out.update(x for x in (c.source, *c.via) if x)
        if c.proposition is not None:
            out.update(c.proposition.agent)
    for e in d.events:
        out.update(e.actor)
    return out


PUBLICATION_CUES = word_list(__package__ or "whatweknow.briefing", "publication_cues.tsv")
_WORD_BEFORE = re.compile(r"(\w+)\s+(?:the\s+)?$", re.IGNORECASE)


def _addressed(text: str, m: Mention) -> bool:
    """Whether a mention is the publication a speaker addresses or answers: right after a word
    of ``data/publication_cues.tsv`` ("told the Osk Ledger", "questions from Osk Radio")."""
    before = _WORD_BEFORE.search(text, max(0, m.start - 24), m.start)
    return before is not None and before.group(1).casefold() in PUBLICATION_CUES


def _the_only(text: str, m: Mention) -> bool:
    """Whether a mention is "the" and the name, owning nothing ("the Kettle", not "the
    Kettle's director")."""
    if text[m.end : m.end + 2] in ("'s", "’s"):
        return False
    return _THE_ONLY.search(text, max(0, m.start - 4), m.start) is not None


def _no_body_evidence(row: _Who) -> bool:
    """Whether a one-word "organisation" has nothing but NER's label to say it is a body: no
    role, not a word that ends bodies' names ("the Union", "the Front"); with every mention
    "the X" owning nothing and none acting (:func:`_the_only`, :func:`_acting`: "on a pass like
    the Kettle"), once no longer name has taken it as its short form, it is no party of the
    who's who."""
    return (
        row.type == "organisation"
        and not row.roles
        and not _told_body(row)
        and not ends_as_organisation(f"X {row.name}")
    )


def _told_body(row: _Who) -> bool:
    """An organisation that its articles say is one, not only NER's label: its name ends as
    bodies' names do, or a role names its kind ("ransomware group", "security firm")."""
    return row.type == "organisation" and (
        ends_as_organisation(row.name) or any(names_a_body(r) for r in row.roles)
    )


def _fold_into(found: dict[str, _Who], key: str, into: str) -> None:
    """Entry ``key`` joins entry ``into`` (its roles, country and mentions; the earlier
    citation)."""
    row, full = found[key], found[into]
    full.roles = distinct([*full.roles, *row.roles])
    full.country = full.country or row.country
    full.mentions += row.mentions
    full.articles += row.articles
    if row.order < full.order:
        full.at, full.order = row.at, row.order
    del found[key]


def sources(
    dossiers: Sequence[Dossier],
    copies: Sequence[Sequence[str]],
    names: Mapping[str, str],
    also: Mapping[str, Sequence[Publication]] | None = None,
) -> Section:
    """One item per article, or per group of copies of one report (``copies``: article ids);
    ``also``: article id -> the other outlets' publications of its very text (a story's
    :attr:`~whatweknow.story_contract.StoryArticle.also_published`), named in its item, each
    cited at the article's own first heading span with that outlet's name, address and date (the
    text, and so the offsets, are the same)."""
    also = also or {}
    outlets = sorted({o for d in dossiers for o in (d.article.outlet, d.article.agency) if o})
    group_of = {a: tuple(g) for g in copies if len(g) > 1 for a in g}
    shown = {d.article.id: d for d in dossiers}
    done: set[str] = set()
    items: list[Item] = []
    for d in dossiers:
        if d.article.id in done:
            continue
        members = [shown[a] for a in group_of.get(d.article.id, (d.article.id,)) if a in shown]
        done.update(m.article.id for m in members)
        entries = "; ".join(_entry(m) for m in members)
        extras = _extras(members, names)
        if len(members) > 1:
            entries = f"One report in {len(members)} articles, counted as one source: {entries}"
        citations = [c for m in members for c in head(m)]
        carried = _carried(members, also, citations)
        corrected = _corrected(members, citations)
        corrected += _retraction_told(members, outlets, citations)
        items.append(
            Item(
                text=entries + carried + extras + corrected,
                kind="article",
                record=members[0].article.id,
                related=[m.article.id for m in members[1:]],
                citations=citations,
            )
        )
    return Section(title=SOURCES, items=[i for i in items if i.citations], note=NOTES[SOURCES])


def _carried(
    members: Sequence[Dossier],
    also: Mapping[str, Sequence[Publication]],
    citations: list[Citation],
) -> str:
    """The other outlets that published the very text of ``members``, as the item says them
    (empty for none); a citation of each, at its article's first heading span, joins
    ``citations``."""
    named: list[str] = []
    for m in members:
        first = next((c for c in citations if c.article == m.article.id), None)
        for p in also.get(m.article.id, ()):
            where = clean(p.outlet or p.url or "") or "outlet not given"
            when = p.published.isoformat() if p.published else "undated"
            named.append(f"{where} ({when})")
            if first is not None:
                update = {
                    "outlet": p.outlet,
                    "url": p.url,
                    "published": p.published,
                    "year_from": None,
                }
                citations.append(first.model_copy(update=update))
    if not named:
        return ""
    others = ", ".join(distinct(named))
    return f"; the same text carried word for word by {others}, counted as one source with it"


def _corrected(members: Sequence[Dossier], citations: list[Citation]) -> str:
    """What the notices of ``members`` say an earlier report of their outlet wrongly told
    (:func:`~.corrections.retold`), as the item says it (empty for none); a citation of each,
    at the notice's words, joins ``citations``."""
    said: list[str] = []
    for m in members:
        for told in retold(m):
            if (c := cite(m, told.start, told.end)) is not None:
                citations.append(c)
                said.append(f"“{clean(told.text)}”")
    if not said:
        return ""
    return f"; its correction notice withdraws what its outlet told earlier: {', '.join(said)}"


def _retraction_told(
    members: Sequence[Dossier], outlets: Sequence[str], citations: list[Citation]
) -> str:
    """What ``members`` tell another outlet retracted (:func:`~.corrections.retracted`), as the
    item says it (empty for none); a citation of each, at the words retold, joins
    ``citations``."""
    said: list[str] = []
    for m in members:
        for r in retracted(m, outlets):
            if (c := cite(m, r.start, r.end)) is not None:
                citations.append(c)
                said.append(f"{clean(r.outlet)} retracted its report that “{clean(r.text)}”")
    if not said:
        return ""
    return f"; it tells that {', '.join(distinct(said))}, which the briefing withdraws"


def _entry(d: Dossier) -> str:
    a = d.article
    when = a.published.isoformat() if a.published else "undated"
    if a.published and a.published_from is not None and a.published_from.year == "clock":
        when += f" ({INGEST_YEAR})"
    outlet = clean(a.outlet or "") or "outlet not given"
    return f"{outlet}, {when}: “{clean(a.title or '') or '(untitled)'}”"


def _extras(members: Sequence[Dossier], names: Mapping[str, str]) -> str:
    byline = distinct([clean(x) for m in members for x in m.article.byline])
    credits = distinct([clean(x) for m in members for x in m.article.sources])
    named = distinct([_name(a, names) for m in members for a in _quoted(m)])
    parts = [
        f"by {', '.join(byline)}" if byline else "",
        f"credited: {', '.join(credits)}" if credits else "",
        f"named sources: {', '.join(named)}" if named else "",
    ]
    return "".join(f"; {p}" for p in parts if p)


def _quoted(d: Dossier) -> list[Actor]:
    """The actors (not unnamed groups) that the article's claims are attributed to, in order."""
    ids = distinct([c.source for c in d.claims if c.source])
    actors = {a.id: a for a in d.actors if a.type != "group"}
    return [actors[i] for i in ids if i in actors]
