"""A dossier's claims as the cross-article logic compares them.

A :class:`ClaimSketch` holds what a claim is about, without the values it states:

* ``terms``: stems of its content words (:func:`~whatweknow.stories.text.content_terms`), with
  the words of place names and dates masked out, so that "the talks will be held in Geneva on
  12 June" and "… in Vienna on 14 June" are about the same thing and differ in values;
* ``actors``: the keys of the actors (not places) it mentions;
* ``values``: counted numbers (:mod:`~whatweknow.stories.values`), day-precision dates of its
  time expressions, and the keys of the places it names (a name the article also uses for a
  place counts as that place wherever it appears, unless it is a state); and every figure it
  states in digits outside its dates (:func:`~whatweknow.stories.values.figures`); where its
  sentence dates what it tells by an earlier year than its article's ("In 2017 an audit found
  that 800,000 crowns had been paid": :func:`_of_an_earlier_year`), no counts (a figure of
  another event) and that year among its dates;
* ``polarity``: ``negative`` for a denial or a negated statement (not both: "denied that it had
  not paid" affirms), else ``positive``; the proposition's own negation where the claim has one;
* ``frame``, ``agent``, ``theme``: the claim's proposition (:class:`~whatweknow.model.Proposition`)
  with each participant as its identities: its actor key, and for a state or a government actor
  (sector GOV or MIL) the state it acts for (``state:RUS``), so that "Putin" and "Moscow" can fill
  one role while "Biden" and "the Kremlin" cannot. A claim without a proposition has no frame and
  is never paired.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import Literal, NamedTuple

from ..contract import Claim, Dossier, Modality
from ..stages._lists import kinded_lists
from .text import content_terms
from .values import counts, figures

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

Polarity = Literal["positive", "negative"]


class ClaimRef(NamedTuple):
    """What the story logic keeps of a dossier claim: plain values, cheap to send between
    processes (a pydantic :class:`~whatweknow.contract.Claim` took longer to unpickle than to
    place). Named tuples, as the other records sent with it: a frozen dataclass is rebuilt by
    a setter per field, and unpickling them took the placing process 1.9 ms per article, against
    about 1.0 as tuples."""

    id: str
    text: str
    start: int
    end: int
    source_text: str | None
    modality: Modality
    negated: bool

    @classmethod
    def of(cls, claim: Claim) -> ClaimRef:
        return cls(
            claim.id,
            claim.text,
            claim.start,
            claim.end,
            claim.source_text,
            claim.modality,
            claim.negated,
        )


class ValueSet(NamedTuple):
    """A claim's values, as :class:`~.model.Values` has them, in a plain record (see
    :class:`ClaimRef`)."""

    numbers: list[tuple[str, float, float]]
    dates: list[str]
    places: list[str]
    figures: list[float]


class ClaimSketch(NamedTuple):
    claim: ClaimRef
    terms: frozenset[str]
    actors: frozenset[str]
    values: ValueSet
    polarity: Polarity
    source: str | None
    """The actor key of the claim's source, where the source actor has one."""
    frame: str | None = None
    predicate: str | None = None
    agent: frozenset[str] = frozenset()
    theme: frozenset[str] = frozenset()
    names: tuple[tuple[str, str], ...] = ()
    """``(term, actor key)`` for each of its terms that is a word of a named actor's mention
    ("St Aldric University Hospital" gives four): a name is one referent, counted once when
    two claims are compared (:func:`~.merge.lexical`)."""
    voice: str | None = None
    """The body its source, a spokesperson, speaks for, in the words of the role (:func:`voice_of`:
    "army" of "Major Tov Rinn, an army spokesman")."""


STATE_SECTORS = frozenset({"GOV", "MIL"})


def polarity(claim: Claim) -> Polarity:
    negated = claim.proposition.negative if claim.proposition is not None else claim.negated
    return "negative" if (claim.modality == "denied") != negated else "positive"


def identities(dossier: Dossier) -> dict[str, frozenset[str]]:
    """Actor id -> what it can stand for in a role (see the module doc)."""
    out: dict[str, frozenset[str]] = {}
    for a in dossier.actors:
        ids = {a.key} if a.key else set()
        if a.country and (a.type == "state" or a.sector in STATE_SECTORS):
            ids.add(f"state:{a.country}")
        if ids:
            out[a.id] = frozenset(ids)
    return out


@cache
def _voices() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """``data/voices.tsv``: a role "<body> <noun>", a role "<noun> for/of <body>" (each with the
    group ``body``), and the words that make a role no voice of its body ("former")."""
    lists = kinded_lists(__package__, "voices.tsv")
    rows = {
        kind: [r"\s+".join(map(re.escape, w.split())) for w in words]
        for kind, words in lists.items()
    }
    nouns = "|".join(sorted(rows["noun"], key=len, reverse=True))
    rank = "|".join(sorted(rows["rank"], key=len, reverse=True))
    lead = rf"^(?:(?:the|an?)\s+)?(?:(?:{rank})\s+)*"
    body = r"(?P<body>[^\W\d_][\w'’.&-]*(?:\s+[\w'’.&-]+)*?)"
    before = re.compile(rf"{lead}{body}\s+(?:{nouns})$", re.IGNORECASE)
    after = re.compile(rf"{lead}(?:{nouns})\s+(?:for|of)\s+(?:the\s+)?{body}$", re.IGNORECASE)
    return before, after, frozenset(lists.get("not", []))


def voice_of(roles: Iterable[str]) -> str | None:
    """The body a person speaks for, from a role of speaking for it (``data/voices.tsv``): "army"
    of "army spokesman", "port authority" of "spokeswoman for the Port Authority", in lower
    case; None where no role names one, or two roles name two."""
    before, after, past = _voices()
    found: set[str] = set()
    for role in roles:
        words = " ".join(role.split())
        if set(re.findall(r"[\w]+", words.casefold())) & past:
            continue  # "former army spokesman": no voice of the army now
        m = before.match(words) or after.match(words)
        if m:
            found.add(m["body"].casefold().removesuffix("'s").removesuffix("’s"))
    return found.pop() if len(found) == 1 else None


def _role(ids: list[str], known: dict[str, frozenset[str]]) -> frozenset[str]:
    return frozenset(x for i in ids for x in known.get(i, ()))


def sketch_claims(dossier: Dossier) -> list[ClaimSketch]:
    """Sketches of the dossier's claims that have at least one content term."""
    text = dossier.article.text
    keys = {a.id: a.key for a in dossier.actors}
    voices = {a.id: voice_of(a.roles) for a in dossier.actors if a.type == "person" and a.roles}
    known = identities(dossier)
    places: list[tuple[int, int, str]] = []
    named: list[tuple[int, int, str]] = []
    place_keys = {
        a.name.casefold(): a.key or a.name.lower() for a in dossier.actors if a.type == "place"
    }
    for actor in dossier.actors:
        for m in actor.mentions:
            if actor.type == "place" or m.as_ == "place":
                places.append((m.start, m.end, actor.key or actor.name.lower()))
            elif actor.type != "state" and actor.name.casefold() in place_keys:
                # a town the article also names as a place ("the toll in Derna")
                places.append((m.start, m.end, place_keys[actor.name.casefold()]))
            elif actor.key and actor.type != "group":
                named.append((m.start, m.end, actor.key))
    dates = [(t.start, t.end, t.value) for t in dossier.timexes if t.type == "DATE"]
    years = [(s, e, int(v[:4])) for s, e, v in dates if _YEAR.match(v)]
    masks, by_actor, by_place, by_date = (
        _Spans(places + dates),
        _Spans(named),
        _Spans(places),
        _Spans(dates),
    )
    out: list[ClaimSketch] = []
    name_terms = cache(content_terms)  # a name recurs in many claims of an article
    counted: list[tuple[int, str]] = []
    """(end, the one thing counted) of each claim read so far that counts one thing."""
    for claim in dossier.claims:
        a, b = claim.start, claim.end
        masked = claim.text
        blank = masks.overlapping(a, b)
        if blank and text[a:b] == claim.text:
            chars = list(claim.text)
            for s, e, _ in blank:
                lo, hi = max(s, a) - a, min(e, b) - a
                if hi > lo:
                    chars[lo:hi] = " " * (hi - lo)
            masked = "".join(chars)
        terms = frozenset(content_terms(masked))
        if not terms:
            continue
        mentioned = by_actor.inside(a, b)
        names = {
            (term, key)
            for s, e, key in mentioned
            for term in name_terms(text[s:e])
            if term in terms
        }
        numbers = counts(masked, _referent(counted, a))
        earlier = _of_an_earlier_year(text, a, b, years, dossier.article.published)
        if earlier is not None:
            numbers = []  # "In 2017 an audit found that 800,000 crowns had been paid": a
            # figure of another time, never the story's figure (no conflict, no update)
        if len({v[0] for v in numbers}) == 1:
            counted.append((b, numbers[0][0]))
        values = ValueSet(
            numbers=sorted(set(numbers)),
            dates=sorted(
                {v for _, _, v in by_date.inside(a, b) if _DAY.match(v)}
                | ({str(earlier)} if earlier is not None else set())
            ),
            places=sorted({k for _, _, k in by_place.inside(a, b)}),
            figures=figures(masked, claim.text),
        )
        out.append(
            ClaimSketch(
                claim=ClaimRef.of(claim),
                terms=terms,
                actors=frozenset(k for _, _, k in mentioned),
                values=values,
                polarity=polarity(claim),
                source=keys.get(claim.source) if claim.source else None,
                frame=claim.proposition.frame if claim.proposition else None,
                predicate=claim.proposition.predicate if claim.proposition else None,
                agent=_role(claim.proposition.agent, known) if claim.proposition else frozenset(),
                theme=_role(claim.proposition.theme, known) if claim.proposition else frozenset(),
                names=tuple(sorted(names)),
                voice=voices.get(claim.source or ""),
            )
        )
    return out


_YEAR = re.compile(r"^\d{4}(?:$|-)")
_AT = frozenset({"in", "on", "during"})
"""The words before a time that dates what the clause tells ("in 2017"; not "since 2017")."""


def _of_an_earlier_year(
    text: str, a: int, b: int, years: list[tuple[int, int, int]], published: date | None
) -> int | None:
    """The year before its article's that a claim ``[a, b)`` tells of, if any: a time
    expression of an earlier year that dates its sentence, before the claim ("In 2017 an audit
    found that 800,000 crowns had been paid") or inside it ("in 2019 the firm paid 1.2
    million"), after "in", "on" or "during" or opening the sentence. Its figures measure another
    event; the year stands among its dates, so that it is of another time than a claim that
    gives none (``_same_time`` of :mod:`.contradictions`)."""
    if published is None:
        return None
    start = max(text.rfind(". ", 0, a), text.rfind("\n", 0, a)) + 1
    for s, e, year in years:
        if not (start <= s and e <= b) or year >= published.year:
            continue
        before = text[start:s].split()
        if not before or before[-1].casefold() in _AT:
            return year
    return None


REFER = 300
"""Characters before a claim within which a count it answers is given (the same or the previous
sentence: "The brigade said 12 stands were damaged. The mayor said the true figure was more
than 30.")."""


def _referent(counted: list[tuple[int, str]], start: int) -> str | None:
    """What the nearest count before ``start`` (within :data:`REFER` characters) counts."""
    near = [(end, key) for end, key in counted if end <= start and start - end <= REFER]
    return max(near)[1] if near else None


class _Spans:
    """``(start, end, value)`` spans sorted by start, looked up by a claim's ``[a, b)``."""

    def __init__(self, spans: list[tuple[int, int, str]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _, _ in self.spans]
        self.longest = max((e - s for s, e, _ in self.spans), default=0)

    def overlapping(self, a: int, b: int) -> list[tuple[int, int, str]]:
        lo = bisect_left(self.starts, a - self.longest)
        hi = bisect_left(self.starts, b)
        return [x for x in self.spans[lo:hi] if x[1] > a]

    def inside(self, a: int, b: int) -> list[tuple[int, int, str]]:
        lo = bisect_left(self.starts, a)
        hi = bisect_right(self.starts, b)
        return [x for x in self.spans[lo:hi] if x[1] <= b]
