"""Cross-article claim merging: the same proposition reported by several articles is one story
claim, with every report of it.

A new article's claims are placed one by one, its statements first and its denials after:

* a claim joins the most similar story claim of the same polarity whose values it does not
  contradict (:func:`compatible`), if the similarity reaches the matcher's ``merge`` threshold;
  otherwise it opens a story claim. Values (numbers, dates, places) never make two claims
  similar; they only keep apart two claims that state different ones, which the contradiction
  step then pairs. Figures that count nothing (a share, a turnout) keep claims apart the same
  way, when both state some and neither's are all among the other's, but are never paired.
  Two claims not of one frame never merge where one's predicate (not a light verb) is a word
  the other never writes (:func:`_predicate_unsaid`): a shared count, place or person inside a
  modifier ("a fault in the pens given to nine patients") is not the same thing said;
* a denial that its own article pairs with the claim it denies (the dossier's ``denial``
  contradictions) joins the denial already recorded against that claim's story claim, or opens
  one; the pair is handed on as an explicit denial.

The default matcher, :class:`LexicalMatcher`, scores the Jaccard overlap of content terms, plus
:data:`ACTOR_BONUS` when the two claims name a common actor, and needs at least two shared terms
(or the same single term). An optional :mod:`~whatweknow.stories.semantic` matcher scores the
cosine of sentence embeddings instead.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from functools import lru_cache
from typing import Protocol

from ..story_contract import Report, Story, StoryArticle, StoryClaim, Values, built
from .claims import ClaimSketch
from .lookups import lookups
from .opposed import conditional, opposed
from .text import content_terms
from .values import (
    count_against_none,
    counts_apart,
    differing,
    figure,
    figures,
    figures_apart,
    label,
    numbers_apart,
    one_of_many,
    parts,
    sizes,
    sizes_apart,
    stated,
)

ACTOR_BONUS = 0.15


class Matcher(Protocol):
    merge: float
    """The least similarity for a claim to join a story claim."""
    deny: float
    """The least similarity for a denial to count against a claim."""
    term_gated: bool
    """Whether the score is 0 unless the two share a content term (then only story claims that
    share one are scored: the cost of an article grows with its terms, not with the story)."""
    min_shared: int
    """With ``term_gated``: the score is 0 unless the two share this many content terms or have
    the same terms (only such story claims are scored)."""

    def least_overlap(self, threshold: float) -> float:
        """With ``term_gated``: a Jaccard overlap of content terms that any two claims scoring
        ``threshold`` or more reach (0: none known); it lets candidates be found from the
        rarest terms of a claim only."""
        ...

    def prepare(self, new: list[ClaimSketch], story: Story) -> None:
        """Called once per article before any :meth:`score` (a matcher may batch work here)."""

    def score(self, sketch: ClaimSketch, claim: StoryClaim) -> float: ...

    def score_claims(self, a: StoryClaim, b: StoryClaim) -> float: ...


def lexical(
    terms_a: frozenset[str],
    terms_b: frozenset[str],
    shared_actor: bool,
    names: Collection[tuple[str, str]] = (),
) -> float:
    """The Jaccard overlap of two claims' content terms, the shared words of one named actor
    counted as one term (``names``: ``(term, actor key)`` of the first claim's name words):
    "the MV Tern Star had been overloaded" and "the captain of the MV Tern Star has not been
    arrested" share one ship, not three words. Under two shared terms (or the same single
    term) they are not alike at all."""
    common = terms_a & terms_b
    shared = len(common)
    union = len(terms_a) + len(terms_b) - shared
    if names:
        of = {term: key for term, key in names if term in common}
        fold = len(of) - len(set(of.values()))
        shared, union = shared - fold, union - fold
    if shared < 2 and not (shared == 1 and terms_a == terms_b):
        return 0.0
    return shared / union + (ACTOR_BONUS if shared_actor else 0.0)


class LexicalMatcher:
    """Content-term overlap, with a bonus for a shared actor (see the module doc)."""

    term_gated = True
    min_shared = 2

    def least_overlap(self, threshold: float) -> float:
        return max(0.0, threshold - ACTOR_BONUS)

    def __init__(self, merge: float = 0.5, deny: float = 0.4) -> None:
        self.merge = merge
        self.deny = deny

    def prepare(self, new: list[ClaimSketch], story: Story) -> None:
        return None

    def score(self, sketch: ClaimSketch, claim: StoryClaim) -> float:
        return lexical(
            sketch.terms, claim.term_set, not sketch.actors.isdisjoint(claim.actors), sketch.names
        )

    def score_claims(self, a: StoryClaim, b: StoryClaim) -> float:
        return lexical(a.term_set, b.term_set, not set(a.actors).isdisjoint(b.actors))


class HasValues(Protocol):
    """:class:`~.model.Values` of a story claim, or :class:`~.claims.ValueSet` of a sketch."""

    @property
    def numbers(self) -> list[tuple[str, float, float]]: ...
    @property
    def dates(self) -> list[str]: ...
    @property
    def places(self) -> list[str]: ...
    @property
    def figures(self) -> list[float]: ...


def compatible(a: HasValues, b: HasValues) -> bool:
    """Whether two claims may be one claim by their values: they can both hold (see
    :func:`value_conflicts`), and their figures, counted or not, agree
    (:func:`~.values.figures_apart`: "Turnout was 71 percent" and "Turnout was 73.4 percent"
    are two claims, neither of which corroborates the other)."""
    return (
        not figures_apart(a.figures, b.figures)
        and not counts_apart(a.numbers, b.numbers)
        and not value_conflicts(a, b)
    )


def value_conflicts(a: HasValues, b: HasValues) -> list[str]:
    """What two claims' values disagree on: counted numbers of one frame whose figures differ
    (:func:`~.values.differing`), day-precision dates where both give some and share none,
    places likewise."""
    out = [f"{label(x[0])}: {figure(x)} vs {figure(y)}" for x, y in differing(a.numbers, b.numbers)]
    if a.dates and b.dates and not set(a.dates) & set(b.dates):
        out.append(f"date: {', '.join(a.dates)} vs {', '.join(b.dates)}")
    if a.places and b.places and not set(a.places) & set(b.places):
        out.append(f"place: {', '.join(a.places)} vs {', '.join(b.places)}")
    return out


def report(sketch: ClaimSketch, article: StoryArticle) -> Report:
    """One article's report of a claim (built without validation: every value comes from
    validated records; this runs for every claim of every article)."""
    c = sketch.claim
    return built(
        Report,
        article=article.id,
        claim=c.id,
        start=c.start,
        end=c.end,
        text=c.text,
        outlet=article.outlet,
        published=article.published,
        seen=article.seen,
        source=sketch.source,
        source_text=c.source_text,
        modality=c.modality,
        negated=c.negated,
        voice=sketch.voice,
    )


def _join(claim: StoryClaim, sketch: ClaimSketch, article: StoryArticle) -> None:
    """The claim gains the article's report; its actors, roles and values gain the sketch's
    (sorted lists of distinct items, rebuilt only when the sketch adds some)."""
    claim.reports.append(report(sketch, article))
    if not sketch.actors.issubset(claim.actors):
        claim.actors = sorted(sketch.actors.union(claim.actors))
    if claim.frame is not None and sketch.frame == claim.frame:  # what each report says of roles
        if not sketch.agent.issubset(claim.agent):
            claim.agent = sorted(sketch.agent.union(claim.agent))
        if not sketch.theme.issubset(claim.theme):
            claim.theme = sorted(sketch.theme.union(claim.theme))
    v, new = claim.values, sketch.values
    if not (
        set(new.numbers).issubset(v.numbers)
        and set(new.dates).issubset(v.dates)
        and set(new.places).issubset(v.places)
        and set(new.figures).issubset(v.figures)
    ):
        claim.values = built(
            Values,
            numbers=sorted(set(v.numbers).union(new.numbers)),
            dates=sorted(set(v.dates).union(new.dates)),
            places=sorted(set(v.places).union(new.places)),
            figures=sorted(set(v.figures).union(new.figures)),
        )


def _open(story: Story, sketch: ClaimSketch, article: StoryArticle) -> StoryClaim:
    """A new story claim with the article's report (as :func:`_join` into an empty claim)."""
    # built without validation, as in report(); every field given
    new = sketch.values
    claim = built(
        StoryClaim,
        id=f"c{len(story.claims) + 1}",
        text=sketch.claim.text,
        polarity=sketch.polarity,
        status="asserted",
        reports=[report(sketch, article)],
        independent=0,
        outlets=[],
        named_sources=[],
        first_reported=None,
        last_reported=None,
        values=built(
            Values,
            numbers=sorted(set(new.numbers)),
            dates=sorted(set(new.dates)),
            places=sorted(set(new.places)),
            figures=sorted(set(new.figures)),
        ),
        actors=sorted(sketch.actors),
        terms=sorted(sketch.terms),
        frame=sketch.frame,
        predicate=sketch.predicate,
        agent=sorted(sketch.agent),
        theme=sorted(sketch.theme),
    )
    story.claims.append(claim)
    return claim


def candidates(
    terms: Collection[str],
    claims: list[StoryClaim],
    index: dict[str, list[StoryClaim]] | None,
    min_shared: int,
    least: float = 0.0,
) -> list[StoryClaim]:
    """The story claims worth scoring against a claim with these ``terms``, in story order: all
    of them without an ``index`` (term -> claims having it), else those sharing ``min_shared``
    terms with it or having the same terms, and reaching a Jaccard overlap of ``least``.

    Prefix filtering: a claim sharing at least ``k`` of the ``n`` terms has one of the
    ``n - k + 1`` rarest, so only their claims are looked at, however common the others are in
    the story ("Trump" in an election story), and each is then checked on its whole set."""
    if index is None:
        return claims
    mine = frozenset(terms)
    n = len(mine)
    need = max(min(min_shared, n), math.ceil(least * n - 1e-9), 1)
    # the n - need + 1 rarest terms: those no claim has first (they find nothing), then the
    # shortest lists of claims; which of equally rare terms are taken changes no result
    get = index.get
    lists = [having for t in mine if (having := get(t))]
    lists.sort(key=len)
    found: dict[str, StoryClaim] = {}
    for claims_of_term in lists[: n - need + 1 - (n - len(lists))]:
        for claim in claims_of_term:
            found[claim.id] = claim
    out = []
    for claim in found.values():
        shared = len(mine & claim.term_set)
        same = shared == n == len(claim.term_set)
        if (shared >= min_shared or same) and shared >= least * (n + len(claim.term_set) - shared):
            out.append(claim)
    return sorted(out, key=lambda c: int(c.id[1:]))


REFUSAL = re.compile(
    r"\b(?:declined|refused|would not|did not|has not|have not|could not be reached)"
    r"(?: (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|again|repeatedly"
    r"|yesterday|today|so far|yet))?"
    r"(?: to)?\b(?: (?:comment|said|say|respond|reply|confirm|discuss|answer|return|explain))?",
    re.IGNORECASE,
)
"""A refusal or a silence ("The hospital declined to comment on the claim", "Police would not
say", "The minister declined on Tuesday to say whether …", "The army has not explained how
…", "Police have not said whether …"): words that say nothing of the matter, so that two of
them share their words whoever refuses."""


_SAID = frozenset(
    {
        "comment", "say", "said", "respond", "reply", "confirm", "discuss", "answer", "return",
        "reached", "explain",
    }
)  # fmt: skip


def _refuser(text: str) -> frozenset[str]:
    """The content terms before a refusal's verb (who refuses), or none where the text is no
    refusal."""
    return _refusal(text)[0]


def _refusal(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The content terms before a refusal's verb (who refuses) and after it (what it is about:
    "on her remarks"), or none where the text is no refusal."""
    low = text.lower()  # no word of REFUSAL: a substring test, many times a search's speed
    if "not" not in low and "declined" not in low and "refused" not in low:
        return frozenset(), frozenset()
    found = REFUSAL.search(text)
    if found is None or found.group(0).split()[-1].lower() not in _SAID:
        return frozenset(), frozenset()
    who = frozenset(content_terms(text[: found.start()]))
    return who, frozenset(content_terms(text[found.end() :])) if who else frozenset()


def refusal(text: str) -> bool:
    """Whether a claim's words are a refusal or a silence ("X declined to comment", "Y could not
    be reached for comment"): true, and about nothing of the matter."""
    return bool(_refuser(text))


def _other_refuser(refusing: tuple[frozenset[str], frozenset[str]], claim: StoryClaim) -> bool:
    """Whether a refusal (:func:`_refusal` of the new claim) and a story claim are refusals by
    different refusers ("The hospital declined to comment on the group's claim" and "Police
    declined to comment on the group's claim") or about different things ("The firm declined
    to comment on her remarks" and "The firm declined to comment", asked about another
    matter): never one claim, which each would corroborate."""
    refuser, about = refusing
    if not refuser:
        return False
    theirs, their_about = _refusal(claim.text)
    return bool(theirs) and (refuser.isdisjoint(theirs) or about != their_about)


def _question(text: str) -> bool:
    """Whether a claim's words are a question ("Who fired first?"): it asserts nothing, so it
    is no report of a claim, nor is a claim a report of it."""
    return text.rstrip(" \"'”’)").endswith("?")


OTHER_PREDICATE = 0.6
"""The overlap two claims of different predicates need to be one claim ("two people were
missing near Lisk" and "the two people missing near Lisk had been found alive" share most
words and say opposite things)."""
_LIGHT = frozenset({"be", "have", "say", "do", "get", "make", "go", "take"})


def _other_predicate(a: str | None, b: str | None) -> bool:
    """Whether two claims' frames are both given, neither a light verb, and differ."""
    return a is not None and b is not None and a != b and a not in _LIGHT and b not in _LIGHT


@lru_cache(maxsize=65536)
def _words_of(text: str) -> frozenset[str]:
    """A report's content terms (:func:`~.text.content_terms`), read once per text."""
    return frozenset(content_terms(text))


def _has_term(term: str, terms: Collection[str]) -> bool:
    """Whether ``terms`` hold ``term``, or a stem that differs from it only by a final letter
    ("injur" of "injured", "injure" of the lemma)."""
    if term in terms:
        return True
    return len(term) >= 4 and any(
        len(t) >= 4 and abs(len(t) - len(term)) <= 1 and (t.startswith(term) or term.startswith(t))
        for t in terms
    )


def _unsaid(predicate: str | None, texts: Collection[str]) -> bool:
    """Whether a claim's predicate ("admit") is a content word that none of ``texts`` (the
    other claim's words) writes in any form: the other claim then does not state it, whatever
    else the two share ("The clinic admitted a fault in the pens given to nine patients" and
    "The pens were given to nine patients": the admission is the first's proposition, the
    giving only a modifier of its object)."""
    if predicate is None:
        return False
    mine = content_terms(predicate)
    if not mine:  # a reporting verb, or a word too short to tell
        return False
    theirs = frozenset().union(*(_words_of(t) for t in texts))
    return not all(_has_term(t, theirs) for t in mine)


def _predicate_unsaid(sketch: ClaimSketch, claim: StoryClaim) -> bool:
    """Whether two claims not of one frame (the frames differ, or one claim has none) are such
    that one's predicate, not a light verb, is a word the other never writes: the other states
    at most what the first holds in a modifier (a relative clause, a participle: "the batch of
    pens given to nine patients" inside an admission of a fault), or something else of the same
    names and counts. Never one claim, which each would corroborate; where both verbs are
    written in both ("Nine died when the bus fell" / "The bus fell, killing nine") the usual
    overlap decides. A light verb on either side ("will make a statement to parliament" /
    "will address parliament") tells its proposition by its noun: the verbs are not compared."""
    if sketch.frame == claim.frame or sketch.frame in _LIGHT or claim.frame in _LIGHT:
        return False
    return _unsaid(sketch.predicate, [r.text for r in claim.reports]) or _unsaid(
        claim.predicate, [sketch.claim.text]
    )


def _other_state(
    frames: tuple[str | None, str | None], predicates: tuple[str | None, str | None]
) -> bool:
    """Whether two claims of different frames are one a copula's, whose attribute is its
    predicate ("she was glad to go back to the mill": be glad), and the other's not the same
    state ("she would go back to the mill on Monday": go): a state or a stance is no report of
    the event it names, however many words the two share."""
    a, b = frames
    return (
        a is not None
        and b is not None
        and a != b
        and any(p is not None and p.startswith("be ") for p in predicates)
    )


def _apart(text: str, claim: StoryClaim) -> bool:
    """Whether a claim's words may not join a story claim (:mod:`.opposed`): one of the two
    is a conditional and the other not ("If the barge was inside the zone, the police could
    stop it" asserts neither part: no report of either), or its words and those of some
    report of the story claim say opposite things ("inside" / "outside" the zone: the two
    sides of a question, never corroboration)."""
    if conditional(text) != conditional(claim.text):
        return True
    return any(opposed(text, r.text) for r in claim.reports)


@lru_cache(maxsize=65536)
def _said(text: str) -> frozenset[float]:
    """The figures a report's words state (:func:`~.values.figures`), read once per text."""
    return frozenset(figures(text))


def _reports_apart(mine: list[float], claim: StoryClaim) -> bool:
    """Whether a claim's figures are apart (:func:`~.values.figures_apart`) from those of one
    report of a story claim: a story claim holds every figure its reports give, so a report that
    gives a figure and the one it fell from ("stood at $4.1 million, down from $5.2 million")
    makes a claim that a report of either figure alone says less than; but a report of the new
    figure and one of the old never say the same thing, and are never one claim whose line shows
    one figure and cites the other."""
    if not mine or len(claim.reports) < 2:  # one report: its figures are the claim's
        return False
    return any(
        figures_apart(mine, sorted(theirs)) for r in claim.reports if (theirs := _said(r.text))
    )


def _other_numbers(text: str, claim: StoryClaim) -> bool:
    """Whether a claim's words and those of some report of a story claim state different
    numbers (:func:`~.values.numbers_apart`: "Eight barges were lost: five sank and three ran
    aground" and "The total number lost is eleven", a number in words that counts no noun of
    its own), or one counts many of a thing and the other speaks of one of it
    (:func:`~.values.one_of_many`: "four of the seven crewmen were released" and "the crewman
    was released on Monday"): never one claim, which each would corroborate."""
    mine = stated(text)
    return any(
        numbers_apart(mine, stated(r.text)) or one_of_many(text, r.text) for r in claim.reports
    )


_WORD = re.compile(r"\w+(?:['’]\w+)*")


@lru_cache(maxsize=65536)
def _cased_terms(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The content terms of a text's capitalised words ("Dawn Field", "Ari Moss") and of its
    lower-case words, read once per text."""
    upper: set[str] = set()
    lower: set[str] = set()
    for found in _WORD.finditer(text):
        word = found.group(0)
        (upper if word[0].isupper() else lower).update(content_terms(word))
    return frozenset(upper), frozenset(lower)


def _names_only(sketch: ClaimSketch, claim: StoryClaim) -> bool:
    """Whether a claim and a story claim share only names (of people, works, places: words
    capitalised wherever either writes them) and not what they say of them, their predicates
    not one frame ("The stolen works are 'Dawn Field' by Ari Moss and …" and "'Dawn Field' by
    Ari Moss dates from 1890"): two propositions about the same things, never one claim that
    each would corroborate. The same frame ("Ari Moss resigned" / "Ari Moss stepped down":
    one family) is the same thing said, whatever the words."""
    if sketch.frame is not None and sketch.frame == claim.frame:
        return False
    shared = sketch.terms & claim.term_set
    if not shared:
        return False
    texts = [sketch.claim.text, *(r.text for r in claim.reports)]
    upper = frozenset().union(*(_cased_terms(t)[0] for t in texts))
    lower = frozenset().union(*(_cased_terms(t)[1] for t in texts))
    return shared <= upper - lower


def add_claims(
    story: Story,
    article: StoryArticle,
    sketches: list[ClaimSketch],
    denies: dict[str, str],
    matcher: Matcher,
) -> tuple[set[str], list[tuple[str, str]]]:
    """Merge an article's claims into the story (in place).

    ``denies`` maps the id of a denied claim of the article to the id of the claim it denies
    (the dossier's denial pairs). Returns the ids of the story claims that gained a report, and
    the explicit denial pairs ``(story claim denied, story claim denying)``.
    """
    matcher.prepare(sketches, story)
    found = lookups(story)
    index = found.terms if matcher.term_gated else None
    least = matcher.least_overlap(matcher.merge)
    placed: dict[str, StoryClaim] = {}
    changed: set[str] = set()
    explicit: list[tuple[str, str]] = []
    ordered = sorted(sketches, key=lambda s: s.polarity == "negative")
    for sketch in ordered:
        best: tuple[float, StoryClaim] | None = None
        refuser = _refusal(sketch.claim.text)  # once per claim, not per candidate
        measured: frozenset[tuple[str, float]] | None = None  # read once a candidate needs it
        scan = (
            []  # a question reports no claim
            if _question(sketch.claim.text)
            else candidates(sketch.terms, story.claims, index, matcher.min_shared, least)
        )
        for claim in scan:
            if (
                claim.polarity != sketch.polarity
                or _other_refuser(refuser, claim)
                or _question(claim.text)
            ):
                continue
            sim = matcher.score(sketch, claim)
            if sim < matcher.merge or (best is not None and sim <= best[0]):
                continue
            if sim < OTHER_PREDICATE and _other_predicate(sketch.frame, claim.frame):
                continue  # "two people were missing near Lisk" / "… had been found alive"
            if _predicate_unsaid(sketch, claim):
                continue  # "admitted a fault in the pens given to nine patients" / "the pens
                # were given to nine patients": the same count and words, not the same thing
            if _other_state((sketch.frame, claim.frame), (sketch.predicate, claim.predicate)):
                continue  # "she was glad to go back to the mill" / "she would go back on Monday"
            if _names_only(sketch, claim):
                continue  # "The stolen works are 'Dawn Field' by Ari Moss …" / "'Dawn Field'
                # by Ari Moss dates from 1890": the same names, nothing said of them alike
            if _apart(sketch.claim.text, claim):
                continue  # "3 km inside the zone" / "just outside the zone"; "If it was inside
                # the zone, …": two sides, or neither asserted, never one claim
            if measured is None:
                measured = sizes(sketch.claim.text) | parts(sketch.claim.text)
            if measured and sizes_apart(measured, sizes(claim.text) | parts(claim.text)):
                continue  # "lowered by two metres" / "lowered by four metres"; "two of the
                # four gates reopened" / "a third gate reopened"
            if _other_numbers(sketch.claim.text, claim):
                continue  # "five sank and three ran aground" / "the total lost is eleven";
                # "four of the seven crewmen were released" / "the crewman was released"
            if count_against_none(
                sketch.values.numbers,
                sketch.claim.text,
                claim.values.numbers,
                [r.text for r in claim.reports],
            ):
                continue  # "six people had died" / "people who came here to rest are dead":
                # a count and words that give none, never one claim
            if compatible(sketch.values, claim.values) and not _reports_apart(
                sketch.values.figures, claim
            ):  # values only keep claims apart
                best = (sim, claim)
        target = placed.get(denies.get(sketch.claim.id, ""))
        if best is None and target is not None:
            against = [x.b for x in story.contradictions if x.kind == "denial" and x.a == target.id]
            best = next(((1.0, c) for c in story.claims if c.id in against), None)
        if best is None:
            chosen = _open(story, sketch, article)
            found.add_claim(chosen)
        else:
            chosen = best[1]
            _join(chosen, sketch, article)
            found.reported(chosen, chosen.reports[-1])
            found.values_changed(chosen)
        placed[sketch.claim.id] = chosen
        changed.add(chosen.id)
        if target is not None and target.polarity != chosen.polarity:
            explicit.append((target.id, chosen.id))
    return changed, explicit
