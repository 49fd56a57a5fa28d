"""Corroboration and status of story claims, and the story's own summary fields.

* Independent sources of a claim: its reports counted by *unit*: a copy group counts once (a wire
  report and its copies are one source), other articles once per outlet (an article without an
  outlet is a unit of its own), and a report that relays another outlet of the story ("The Brask
  Ledger reported that …", "the Ledger said", or "the website said" where the article resolves
  the words to that outlet) counts as that outlet's (:func:`relayed`), not as a second source.
  ``outlets`` lists the outlets that carried it. A copy's report of a claim that no other
  article of its copy group reports is its carrier's own line (a local paragraph, a closing
  slogan it added: :func:`added`): it counts as that outlet's, never as the copy group's, so the
  same outlet saying it again in an article of its own is no second source. Another outlet's
  publication
  of an article's very text (:attr:`~whatweknow.story_contract.StoryArticle.also_published`) is
  that article: it adds no source, and is listed among the story's outlets and its copy groups.
* Only the reports that can vouch for the claim as it stands count as its sources
  (:func:`vouching`): a plan's report ("the guild will hold a vote on Friday", ``expected``)
  vouches for nothing once some report says the thing happened, or may have ("the guild held a
  vote on Friday"): said before it happened, it corroborates none of it. The plan's report
  stays with the claim (the claim moved from expected to asserted) and is counted while every
  report of the claim is a plan.
* Named sources: the distinct keyed actors that those reports attribute it to, unnamed groups
  ("officials", "analysts") left out, a body's short name as its full name ("Varn" for
  "Varn Industries": :func:`~.names.shown_names`).
* First and last reported: the earliest and latest ``seen`` date of its reports.
* Status (:func:`status`), as of any date: ``denied`` for a denial (a report whose modality is
  ``denied``; a negated or antonymic claim is no denial by that alone), or for a claim some
  source denies; otherwise the strongest modality of its reports: asserted, reported, alleged,
  speculated, expected, in that order (an expected visit later reported as done is asserted).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date

from ..readers._patterns import is_agency
from ..readers.layout import same_agency
from ..story_contract import (
    CopyGroup,
    Report,
    Status,
    Story,
    StoryActor,
    StoryArticle,
    StoryClaim,
)
from .lookups import lookups
from .names import shown_names
from .titles import title

STRENGTH: tuple[Status, ...] = ("asserted", "reported", "alleged", "speculated", "expected")


def _before(r: Report, cutoff: date | None) -> bool:
    return cutoff is None or (r.seen is not None and r.seen < cutoff)


def status(claim: StoryClaim, story: Story, before: date | None = None) -> Status | None:
    """The claim's status from its reports seen before ``before`` (all when None), and the
    denials seen by then; None if it had no report yet."""
    reports = [r for r in claim.reports if _before(r, before)]
    if not reports:
        return None
    if _denial(reports):
        return "denied"
    for x in story.contradictions:
        if (
            x.kind == "denial"
            and x.a == claim.id
            and (before is None or _seen_before(x.seen, before))
        ):
            return "denied"
    return _strongest(reports)


def status_without(claim: StoryClaim, story: Story, articles: Collection[str]) -> Status | None:
    """The claim's status as it was before ``articles`` arrived: from its reports in other
    articles, denied if a denial had such a report then; None if it had no such report."""
    new = set(articles)
    reports = [r for r in claim.reports if r.article not in new]
    if not reports:
        return None
    if _denial(reports):
        return "denied"
    for x in story.contradictions:
        if x.kind == "denial" and x.a == claim.id:
            denial = story.claim(x.b)
            if denial is not None and any(r.article not in new for r in denial.reports):
                return "denied"
    return _strongest(reports)


def _status(claim: StoryClaim, denied: set[str]) -> Status:
    """:func:`status` as of now, given the ids of the claims some denial is against."""
    if claim.reports and (_denial(claim.reports) or claim.id in denied):
        return "denied"
    return _strongest(claim.reports)


def _denial(reports: list[Report]) -> bool:
    """Whether some report is a denial (a source denies it: its modality). A negative claim is
    not one by its polarity alone: "the captain has not been arrested" or "150 people survived"
    (the opposite of "died" in the frame table) states something, it denies nothing."""
    return any(r.modality == "denied" for r in reports)


def _strongest(reports: list[Report]) -> Status:
    modalities = {r.modality for r in reports}
    return next((m for m in STRENGTH if m in modalities), "asserted")


def _seen_before(seen: date | None, cutoff: date) -> bool:
    return seen is not None and seen < cutoff


DONE: frozenset[str] = frozenset({"asserted", "reported", "alleged", "speculated"})
"""Modalities of a report that says the thing happened, or may have."""


def vouching(reports: list[Report]) -> list[Report]:
    """The reports that count as sources of a claim (see the module doc): all of them but its
    plans (``expected``) where some report says it happened, or may have."""
    if not any(r.modality in DONE for r in reports):
        return reports
    return [r for r in reports if r.modality != "expected"]


def units(story: Story) -> dict[str, str]:
    """The independence unit of each article of the story (see the module doc)."""
    agency = origins(story)
    out: dict[str, str] = {}
    for a in story.articles:
        if (name := agency.get(a.id)) is not None:
            out[a.id] = outlet_unit(name)
        elif a.copy_of:
            out[a.id] = f"copy:{a.copy_of}"
        elif a.outlet:
            out[a.id] = outlet_unit(a.outlet)
        else:
            out[a.id] = f"article:{a.id}"
    return out


def origins(story: Story) -> dict[str, str]:
    """The agency each article's report comes from, where its furniture or its copy group's
    names one (:attr:`~whatweknow.story_contract.StoryArticle.agency`): an agency's reports
    are one source however many days it sends them and whoever carries them; two reports of
    one agency corroborate nothing. A copy group takes the agency its members name, when every
    member that names one names the same, and none where its first article names its outlet
    and no agency (an outlet's own report, whatever agency passed it on). The agency under
    the fullest name the story gives it ("Harbour Wire Service" for "HWS"), so that it is
    the same unit as its own articles' outlet (an outlet's name that reads as an agency's)."""
    by_id = {a.id: a for a in story.articles}
    named: dict[str, list[str]] = {}
    for a in story.articles:
        if a.copy_of and a.agency:
            named.setdefault(a.copy_of, []).append(a.agency)
    group: dict[str, str] = {}
    for g, names in named.items():
        first = by_id.get(g)
        if first is not None and first.outlet and not first.agency:
            continue
        if all(same_agency(names[0], n) for n in names[1:]):
            group[g] = names[0]
    found = {
        a.id: name
        for a in story.articles
        if (name := group.get(a.copy_of) if a.copy_of else a.agency) is not None
    }
    known = [
        *found.values(),
        *(a.outlet for a in story.articles if a.outlet and is_agency(a.outlet)),
    ]
    return {
        aid: max(
            (k for k in known if same_agency(name, k)),
            key=lambda k: (len(k.split()), len(k)),
            default=name,
        )
        for aid, name in found.items()
    }


def added(reports: Collection[Report], story: Story) -> dict[str, str]:
    """The unit of each copy among ``reports``' articles that alone of its copy group reports
    the claim: its carrier's own line, not the copied report's, so its outlet's unit (its own
    article's where it names no outlet). A line the other copies left out may have been the
    wire's; counted as the carrier's, it counts no more sources than as the group's."""
    articles = {a.id: a for a in story.articles}
    groups: dict[str, set[str]] = {}
    for r in reports:
        a = articles.get(r.article)
        if a is not None and a.copy_of:
            groups.setdefault(a.copy_of, set()).add(a.id)
    out: dict[str, str] = {}
    for ids in groups.values():
        if len(ids) == 1:
            a = articles[next(iter(ids))]
            out[a.id] = outlet_unit(a.outlet) if a.outlet else f"article:{a.id}"
    return out


def outlet_unit(name: str) -> str:
    """The independence unit of an outlet: its name, case and a leading "The" aside ("The Osk
    Ledger" in one article's furniture, "Osk Ledger" in another's byline: one outlet)."""
    return f"outlet:{_bare_name(name.casefold())}"


def relayed(source_text: str | None, outlets: Collection[str]) -> str | None:
    """The outlet (of ``outlets``, casefolded) that a report's source names, if it names one:
    its full name ("The Brask Ledger") or, where only one outlet ends so, its last word ("the
    Ledger"); else None."""
    if not source_text:
        return None
    name = _bare_name(source_text.casefold().replace("’", "'").removesuffix("'s"))
    if not name:
        return None
    named = [o for o in outlets if _bare_name(o) == name]  # "The Lantern Review" or without
    if named:
        return named[0]
    if " " in name:
        return None
    ending = [o for o in outlets if o.endswith(" " + name)]
    return ending[0] if len(ending) == 1 else None


def _bare_name(name: str) -> str:
    return name.strip().removeprefix("the ").strip()


def refresh(story: Story, claims: Collection[str] | None = None) -> None:
    """Recompute the derived fields of the story and of its claims (in place): of every claim,
    or of those with the ids in ``claims`` (the others are known to be unchanged)."""
    unit = units(story)
    outlets = {a.outlet.casefold() for a in story.articles if a.outlet}
    names = shown_names(story.actors)
    look = lookups(story)
    if claims is None:
        wanted = story.claims
    else:
        wanted = [look.by_id[cid] for cid in claims if cid in look.by_id]
    via: dict[str | None, str | None] = {}  # relayed(), once per source text

    def unit_of(r: Report) -> str:
        if r.source_text not in via:
            via[r.source_text] = relayed(r.source_text, outlets)
        relay = via[r.source_text]
        if relay is None and r.source and r.source in names:  # "The website said": the
            relay = relayed(names[r.source], outlets)  # outlet its words were resolved to
        return outlet_unit(relay) if relay else unit.get(r.article, r.article)

    for claim in wanted:
        vouch = vouching(claim.reports)
        own = added(claim.reports, story)
        claim.independent = len({own.get(r.article) or unit_of(r) for r in vouch})
        claim.outlets = _distinct(r.outlet for r in claim.reports)
        claim.named_sources = _distinct(
            names.get(r.source) or r.source_text or r.source
            for r in vouch
            if r.source and not r.source.startswith("group:")
        )
        seen = [r.seen for r in claim.reports if r.seen is not None]
        claim.first_reported = min(seen, default=None)
        claim.last_reported = max(seen, default=None)
        claim.status = _status(claim, look.denied)
    dates = [a.published for a in story.articles if a.published is not None]
    story.first = min(dates, default=None)
    story.last = max(dates, default=None)
    story.outlets = _distinct(o for a in story.articles for o in carried_by(a))
    story.copies = _copies(story)
    story.title = title(story)


def carried_by(a: StoryArticle) -> list[str | None]:
    """The outlets that published the article's text: its own, then its other publications'."""
    return [a.outlet, *(p.outlet for p in a.also_published)]


def _copies(story: Story) -> list[CopyGroup]:
    """The copy groups of two articles or more, and the articles whose very text was published
    more than once (each a group of one article): the outlets that carried each."""
    groups: dict[str, list[str]] = {}
    outlets: dict[str, list[str | None]] = {}
    again: set[str] = set()
    for a in story.articles:
        group = a.copy_of or (a.id if a.also_published else None)
        if group is None:
            continue
        groups.setdefault(group, []).append(a.id)
        outlets.setdefault(group, []).extend(carried_by(a))
        if a.also_published:
            again.add(group)
    return [
        CopyGroup(id=g, articles=ids, outlets=_distinct(outlets[g]))
        for g, ids in groups.items()
        if len(ids) > 1 or g in again
    ]


def count_actors(story: Story, new: Iterable[tuple[str, str, str]]) -> None:
    """Add articles' actors, ``(key, name, type)`` one per key and article, in the articles'
    order, to the story's counts, most frequent first (an actor keeps the first name seen)."""
    have = {a.key: a for a in story.actors}
    for key, name, kind in new:
        if key in have:
            have[key].articles += 1
        else:
            have[key] = StoryActor(key=key, name=name, type=kind, articles=1)
    ranked = sorted(have.values(), key=lambda a: (-a.articles, a.key))
    story.actors = ranked


def _distinct(values: Iterable[str | None]) -> list[str]:
    """The non-empty values, each once (case and a leading "The" aside), in order."""
    seen: set[str] = set()
    out: list[str] = []
    for v in values:
        if v and _bare_name(v.casefold()) not in seen:
            seen.add(_bare_name(v.casefold()))
            out.append(v)
    return out
