"""Build a briefing: of files (their dossiers, an ad-hoc story) or of a stored story.

Sections, in order: The story; What is established; What is claimed, and by whom; Disputed and
denied; Analysis and speculation; Background (:mod:`.claims` says which claim goes where); How
the figures changed (a story's, :mod:`.figures`); Timeline; Earlier events; Who's who; Sources
(:mod:`.articles`). Empty sections are left out. Every item is an extract or a fixed template over
extracted fields, and cites the spans it rests on.

``since`` (a date) keeps what is new or changed on or after it. For a story, as
:mod:`whatweknow.stories.since` defines it: claims first reported since, claims whose status
changed (the item says what it was), contradictions whose two sides were both out only since
(and any dispute over a claim kept); the timeline, who's who and sources keep the articles seen
since. For files, the articles published since. The story line always describes the whole.

Pure functions: no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from ..contract import Dossier
from ..stories.names import shown_names
from ..story_contract import Story
from . import articles, claims
from .cite import cite, head, key_names, report_voice
from .corrections import Withdrawn, misspelt, withdrawn_figures, without_withdrawn
from .deeds import deeds
from .figures import figures, superseded
from .held import overtaken_held
from .model import Briefing, Item, Section
from .overtaken import (
    FIGURE,
    WENT_ON,
    first_accounts,
    flipped,
    held_totals,
    overtaken,
    quoted_retractions,
    retractions,
    reversals,
)
from .statements import Clash, Said, Statement, from_dossiers, from_story

STORY = "The story"


def brief_dossiers(dossiers: Sequence[Dossier], since: date | None = None) -> Briefing:
    """The briefing of some articles taken as one ad-hoc story: each claim stands alone (nothing
    is merged across articles, so nothing is corroborated)."""
    unique: dict[str, Dossier] = {}
    for d in dossiers:  # the same article given twice is one
        unique.setdefault(d.article.id, d)
    ordered = sorted(unique.values(), key=lambda d: d.article.published or date.max)
    shown = [d for d in ordered if since is None or _on_or_after(d.article.published, since)]
    names = key_names((a.key, a.name) for d in ordered for a in d.actors)
    statements, clashes = from_dossiers(shown)
    dates = [d.article.published for d in ordered if d.article.published]
    first = min(dates, default=None)
    opener = next((d for d in ordered if d.article.title), ordered[0] if ordered else None)
    lead: list[Item] = []
    if opener is not None:
        outlets = {d.article.outlet.casefold() for d in ordered if d.article.outlet}
        counts = f"{_n(len(ordered), 'article')} from {_n(len(outlets), 'outlet')}"
        line = _line(opener.article.title, first, max(dates, default=None), counts, since)
        lead = [Item(text=line, kind="article", record=opener.article.id, citations=head(opener))]
    return _briefing(
        title=opener.article.title if opener else None,
        story=None,
        since=since,
        ids=[d.article.id for d in ordered],
        lead=lead,
        rest=[
            *claims.claim_sections(statements, clashes, clashes, first),
            *_article_sections(shown, [], names),
        ],
    )


def brief_story(
    story: Story, dossiers: Mapping[str, Dossier], since: date | None = None
) -> Briefing:
    """The briefing of a story from its merged claims, corroboration and contradictions;
    ``dossiers``: article id -> dossier, for the story's articles (missing ones are skipped
    where a dossier is needed: events, actors, sources)."""
    story, corrected = without_withdrawn(story, dossiers)  # what its outlet withdrew: no line
    statements, clashes = from_story(story, dossiers)
    totals = held_totals(story)  # "has 5.6 million customers": no later count of the affected
    late = {
        k: (day, FIGURE)
        for k, day in superseded(story, withdrawn_figures(story, dossiers)).items()
        if k not in totals
    }
    for k, day in overtaken_held(story).items():  # "the toll is set at 2" before a raise to 3
        late.setdefault(k, (day, FIGURE))
    for key, found in overtaken(story, {a.key: a.name for a in story.actors}).items():
        if found[1] != WENT_ON or key not in late:  # what later reports do says more
            late[key] = found
    for st in statements:
        st.as_of, st.later = late.get(st.id, (None, None))
    by_id = {st.id: st for st in statements}
    texts = {k: d.article.text for k, d in dossiers.items()}
    for was, (day, by, within, why) in reversals(story, texts).items():
        if was in by_id and by in by_id:  # dated, with what its source said later
            told = claims.reversed_note(by_id[was], by_id[by], day, within)
            _mark(by_id[was], by_id[by], day, why, told)
    for was, (day, by, why) in deeds(story).items():
        if was in by_id and by in by_id and by_id[was].reversed_by is None:
            told = claims.reversed_note(by_id[was], by_id[by], day)
            _mark(by_id[was], by_id[by], day, why, told)  # denied, then done by its source
    taken = retractions(story, texts)
    for by in {by for was, (_, by, _) in quoted_retractions(story, texts).items()}:
        if by not in by_id:  # "That was wrong": no line of its own, cited where it is withdrawn
            words = _taking_back(story, by, dossiers)
            if words is not None:
                by_id[by] = words
    for was, (day, by, why) in taken.items():
        if was in by_id and by in by_id and by_id[was].reversed_by is None:
            told = claims.reversed_note(by_id[was], by_id[by], day, taken_back=True)
            _mark(by_id[was], by_id[by], day, why, told)  # its source took it back in words
    first = first_accounts(story, texts)
    for was, (day, by, within, why) in first.items():
        if was in by_id and by in by_id and by_id[was].reversed_by is None:
            told = claims.reversed_note(by_id[was], by_id[by], day, within)
            _mark(by_id[was], by_id[by], day, why, told)  # "at first denied …, now says …"
    gone = flipped(story, [(x.a.id, x.b.id) for x in clashes if x.kind == "denial"])
    back = {(was, by) for was, (_, by, _) in taken.items()}  # no dispute: one source's turn
    back |= {(was, by) for was, (_, by, _, _) in first.items()}
    gone |= {(x.a.id, x.b.id) for x in clashes if {(x.a.id, x.b.id), (x.b.id, x.a.id)} & back}
    clashes = [x for x in clashes if (x.a.id, x.b.id) not in gone]
    seen = {a.id: a.seen for a in story.articles}
    ordered = _in_order(story, dossiers)
    keep: set[str] | None = None
    shown_clashes = clashes
    counts = f"{_n(len(story.articles), 'article')} from {_n(len(story.outlets), 'outlet')}"
    if story.copies:
        counts += f", {_n(len(story.copies), 'report')} carried more than once"
    if story.follows is not None:
        counts += f"; continues story {story.follows}"
    if story.continued_in is not None:
        counts += f"; continued in story {story.continued_in}"
    if story.related:
        counts += f"; another event of its kind: story {', '.join(map(str, story.related))}"
    if since is not None:
        from ..stories.since import changes

        diff = changes(story, since)
        keep = {c.id for c in diff.new_claims} | {s.claim.id for s in diff.changed}
        notes = {s.claim.id: f"was {s.before}, now {s.after}" for s in diff.changed}
        for st in statements:
            st.note = notes.get(st.id)
        new = {(x.a, x.b) for x in diff.new_contradictions}
        shown_clashes = [x for x in clashes if _shown(x, new, keep)]
        counts += (
            f"; since {since}: {_n(len(diff.new_claims), 'new claim')}, "
            f"{len(diff.changed)} changed, {_n(len(diff.new_contradictions), 'new contradiction')}"
        )
        ordered = [d for d in ordered if _on_or_after(seen.get(d.article.id), since)]
    for key, note in misspelt(story, dossiers).items():
        if key in by_id:  # "It is Parvel, not Parvil": the line says its outlet corrected it
            st = by_id[key]
            st.note = f"{st.note}; {note}" if st.note else note
    opener = next(
        (dossiers[a.id] for a in story.articles if a.title == story.title and a.id in dossiers),
        None,
    )
    opener = opener or next(iter(dossiers.values()), None)
    line = _line(story.title, story.first, story.last, counts, None)
    lead = [
        Item(
            text=line, kind="story", record=str(story.id), citations=head(opener) if opener else []
        )
    ]
    names = shown_names(story.actors)  # a body's short name as its full name
    copies = [g.articles for g in story.copies]
    return _briefing(
        title=story.title,
        story=story.id,
        since=since,
        ids=[a.id for a in story.articles],
        lead=[i for i in lead if i.citations],
        rest=[
            *claims.claim_sections(statements, clashes, shown_clashes, story.first, keep),
            figures(story, dossiers),
            *_article_sections(ordered, copies, names, story, corrected),
        ],
    )


def story_timeline(story: Story, dossiers: Mapping[str, Dossier]) -> list[Section]:
    """The timeline sections of a story's briefing (*Timeline*, *Earlier events*), as
    :func:`brief_story` builds them, empty ones included: for a page that shows only them."""
    story, corrected = without_withdrawn(story, dossiers)
    names = shown_names(story.actors)  # a body's short name as its full name
    return articles.timeline(_in_order(story, dossiers), names, story, corrected)


def _in_order(story: Story, dossiers: Mapping[str, Dossier]) -> list[Dossier]:
    """The dossiers of the story's articles, in the order they were seen."""
    return [
        dossiers[a.id]
        for a in sorted(story.articles, key=lambda a: a.seen or date.max)
        if a.id in dossiers
    ]


def _shown(x: Clash, new: set[tuple[str, str]], keep: set[str]) -> bool:
    return (x.a.id, x.b.id) in new or x.a.id in keep or x.b.id in keep


def _article_sections(
    dossiers: Sequence[Dossier],
    copies: Sequence[Sequence[str]],
    names: Mapping[str, str],
    story: Story | None = None,
    gone: Withdrawn | None = None,
) -> list[Section]:
    return [
        *articles.timeline(dossiers, names, story, gone),
        articles.whos_who(dossiers, names),
        articles.sources(
            dossiers,
            copies,
            names,
            {a.id: a.also_published for a in story.articles} if story is not None else None,
        ),
    ]


def _briefing(
    *,
    title: str | None,
    story: int | None,
    since: date | None,
    ids: list[str],
    lead: list[Item],
    rest: list[Section],
) -> Briefing:
    sections = [Section(title=STORY, items=lead), *rest]
    return Briefing(
        title=title,
        story=story,
        since=since,
        articles=ids,
        sections=[s for s in sections if s.items],
    )


def _on_or_after(day: date | None, since: date) -> bool:
    return day is not None and day >= since


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' * (count != 1)}"


def _line(
    title: str | None, first: date | None, last: date | None, counts: str, since: date | None
) -> str:
    if first is None:
        when = "undated"
    elif last is None or last == first:
        when = first.isoformat()
    else:
        when = f"{first} to {last}"
    extra = f"; since {since}" if since is not None else ""
    return f"{' '.join((title or '(untitled)').split())} — {when}: {counts}{extra}"


def _taking_back(story: Story, cid: str, dossiers: Mapping[str, Dossier]) -> Statement | None:
    """The words of a story claim that take back the sentence before them ("That was wrong, and
    I apologise": :func:`~.overtaken.quoted_retractions`), which no line of its own states (they
    lean on that sentence): a statement of its reports as written, cited where the sentence
    they take back is shown; None where no report can be cited."""
    claim = next((x for x in story.claims if x.id == cid), None)
    if claim is None:
        return None
    names = shown_names(story.actors)
    reports = [
        Said(
            found,
            r.modality,
            report_voice(r.source, r.source_text, r.modality, r.outlet, names),
            seen=r.seen,
        )
        for r in claim.reports
        if (d := dossiers.get(r.article)) is not None
        and (found := cite(d, r.start, r.end)) is not None
    ]
    return Statement(claim.id, claim.text, reports) if reports else None


def _mark(
    st: Statement,
    by: Statement,
    day: date,
    why: str,
    told: tuple[str, list[Said]] | None,
) -> None:
    """Date a statement its own source later turned from (``told``: what the line says of it
    and the reports of the later statement; None: nothing to say, left as it is)."""
    if told is not None:
        st.as_of, st.reversed_by, st.reversed_why = day, by, why
        st.later, st.later_reports = told
