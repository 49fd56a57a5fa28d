"""Contradictions across the articles of a story, between story claims, by proposition.

Words in common never make a pair; they only narrow the candidates. Two story claims are about
the same proposition when their frames match (:class:`~whatweknow.model.Proposition`), no role is
filled in both by different actors (identities: an actor's key, the state a state or government
actor acts for), no actor fills one role in one and the other role in the other ("Prigozhin
ordered" is not "Prigozhin was killed on its orders") and their times overlap. Then:

* ``denial``: one positive, one negative (a denial, or a negated statement), sharing a content
  term or an actor besides. A plain negation (not a denial) must be of the same day as the
  statement it contradicts: "not yet confirmed" on Thursday and "confirmed" on Sunday is news
  moving on, not a dispute. Two claims that give different figures of one measured thing are
  about different figures ("three soldiers died" is no claim that a denial of "twelve were
  killed" denies), and the predicate's own forms ("fired", "firing") are no word in common.
  A claim whose doer (agent) is an actor pairs with one whose words describe its doer as a
  party without naming it (``data/party_nouns.tsv``) only where the other names that actor, is
  said by it or by a body named after it, or both have an actor in the same other role (theme):
  where "the neighbouring state was behind the attack" is denied, a finding that the group
  Brenner Syndicate carried it out does not assert it (:func:`_same_doer`). Two claims whose
  words describe their doers as parties by different nouns, with no doer named in common ("the
  government had ignored warnings", "the company had ignored warnings"), tell of two doers
  (:func:`_parties_apart`). A claim told of an earlier year ("In 2017 an audit found that …")
  is of another time than one that gives no year (:func:`_same_time`). Two denials, or
  two negations that agree, are never a pair; nor is a claim without a proposition (a
  fragment); nor two claims that one identified source gives both ways (:func:`one_source`: no
  party disputes another), or one party gives, whatever they say (:func:`one_party`: a body and
  its spokesperson, "Major Tov Rinn, an army spokesman" and "the Kolvan army"), nor a claim
  and its own source's later reversal of it
  (:func:`reversal`: "Tessel Mining denied that any miner had been exposed" on Monday,
  "Tessel Mining admitted that four miners had been exposed" on Wednesday), which a
  briefing tells as the earlier statement overtaken. A denial that names only whose account it
  rejects ("the lawyer rejected the company's account") denies that party's statement of an event
  (one with a proposition) just before it in the same report (:func:`owned_account`), as "X denied
  this." does the sentence before it. The dossier's pair of a charge without a proposition and the
  accused's denial of its very words ("Morsk blamed cuts made by her predecessor, Anton Vey, for the
  collapse. … Vey rejected the accusation.") stands on the report's pairing, no frame to compare
  (:func:`_charge_answered`); and a bare denial of the denier's part ("Andesca Minerals denied any
  involvement") answers the deed of another's claim just before it in the same report that names the
  denier as its doer, whatever that deed's frame (:func:`involvement_denied`); a denial of
  receiving a thing ("Halvik Ferries denied receiving any alert") answers another's claim just
  before it in the same report that it sent that thing to every one of a set or to the denier
  by name ("the agency said it had issued a storm alert to every ferry operator"), whatever its
  frame (:func:`receipt_denied`, the verbs of sending in ``data/sending.tsv``);
* ``conflict``: two positive claims that both commit to it (not all speculated or expected) and
  state incompatible counts of the same measured thing (:func:`~whatweknow.stories.merge.
  value_conflicts`: deaths, ships …) for the same scope (the same towns named, else the same
  countries, or none), on the
  same reference day (a common report day, and a common written date where both write one),
  from different sources. The same counts on different days are an **update**, never a
  conflict; an estimate that the other figure meets ("at least 2,000" and 5,300) is no conflict;
  nor is a figure whose article gives the other's figure too (:func:`_also_says`).
  Dates and places conflict only between claims of the same frame and participants that are
  similar enough to merge but for them, and places only where both name towns or both only
  countries (:func:`_places_apart`: a town may lie in the country), apostrophes made straight.
  A claim that tells what a figure included ("its figure of 31 had included four wardens who
  escaped": :func:`~whatweknow.stories.values.explains`) reconciles two figures, no rival. Two
  claims told only in copies of one report, never both in one copy (:func:`copies_apart`: one
  sentence worded two ways), are no pair.

Only pairs that reach across articles count (some report of ``a`` and some report of ``b`` come
from different articles): contradictions inside one article are the dossier's; but for two
counts from different sources the article names (two officials' tolls in one report), which the
article reports rather than makes (a count the outlet says a named body confirmed or reported,
"The health ministry has confirmed one death.", is that body's: :func:`_speaker`; two such tolls
need no word in common where the article sets them side by side, :func:`_side_by_side`), and for
a denial that the article itself pairs with the claim it denies (the dossier's denial pair: "X
denied this."), which would otherwise leave the denied claim standing undisputed. Each pair keeps
``why`` (the frame, participants, days and sources compared), each side its sources and
outlets, and ``seen`` the date from which both sides were out. Only pairs involving a claim that
the new article changed are looked for, so an update costs the size of the story, not of the
store.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import date
from functools import cache
from importlib.resources import files

from ..stages._lists import kinded_lists
from ..story_contract import Report, Side, Story, StoryClaim, StoryContradiction
from .lookups import lookups
from .lookups import voice as _voice
from .merge import Matcher, value_conflicts
from .names import short_names
from .text import content_terms, stem
from .values import (
    Value,
    anchor,
    base,
    close,
    count_nouns,
    differing,
    explains,
    fraction,
    names_count,
    rivals,
)


def _across(a: StoryClaim, b: StoryClaim) -> bool:
    arts_a = {r.article for r in a.reports}
    arts_b = {r.article for r in b.reports}
    return bool(arts_a and arts_b) and len(arts_a | arts_b) != 1


@cache
def cue(predicate: str) -> bool:
    """Whether a predicate (a lemma) is a verb of saying, a cue of the attribution stage."""
    from ..stages.attribution.cues import load_cues

    return load_cues().verb(stem(predicate)) is not None


def _speaker(claim: StoryClaim, r: Report) -> str:
    """Who gives a claim in one report: the source the report names, else, for a report in the
    outlet's own voice of a claim whose predicate is a verb of saying or confirming with one
    agent ("The health ministry has confirmed one death."), that agent: the outlet tells what
    the ministry said; else "" (the outlet's own voice)."""
    named = _voice(r)
    if named or len(claim.agent) != 1 or not claim.predicate or not cue(claim.predicate):
        return named
    return claim.agent[0].casefold()


def _named(claim: StoryClaim) -> set[str]:
    """The sources of a claim's reports (:func:`_speaker`), or "" for a report in the outlet's
    own voice."""
    return {_speaker(claim, r) for r in claim.reports}


NEAR = 300
"""Characters between two reports in one article that set them side by side: the next sentence
or two ("The opposition says at least three people have been killed. The health ministry has
confirmed one death."). A count further on is mostly another part of the story ("Divers have
recovered 14 bodies from inside the hull since Wednesday" paragraphs after the toll)."""


def _side_by_side(a: StoryClaim, b: StoryClaim) -> bool:
    """Whether some article reports both claims within :data:`NEAR` characters of each other."""
    return any(
        x.article == y.article and max(x.start, y.start) - min(x.end, y.end) <= NEAR
        for x in a.reports
        for y in b.reports
    )


def _named_apart(a: StoryClaim, b: StoryClaim) -> bool:
    """Both sides from sources the text names, none in common: one article giving two
    officials' different counts ("the hospital director said 2,000 … an official said 2,300")
    reports a conflict. A count in the article's own voice beside another's is not paired: it
    may be the article telling how the figure moved ("previously put at 5,500"), or its own
    slip; said across articles, the same pair is one."""
    na, nb = _named(a), _named(b)
    return "" not in na | nb and not na & nb


def _side(claim: StoryClaim, names: dict[str, str]) -> Side:
    sources: list[str] = []
    for r in claim.reports:
        name = names.get(r.source or "") or r.source_text or (r.outlet and f"{r.outlet} (outlet)")
        if name and name not in sources:
            sources.append(name)
    outlets: list[str] = []
    for r in claim.reports:
        if r.outlet and r.outlet not in outlets:
            outlets.append(r.outlet)
    return Side(claim=claim.id, sources=sources, outlets=outlets)


def _inside(x: StoryClaim, y: StoryClaim) -> bool:
    """Whether every report of ``x`` lies within the characters of a report of ``y`` in the same
    article, and some within a longer one: ``x`` is told only in ``y``'s words ("denied a report
    that the two countries would sign a secret deal" holds the report it denies)."""
    spans = [
        [
            (o.start, o.end)
            for o in y.reports
            if o.article == r.article and o.start <= r.start and r.end <= o.end
        ]
        for r in x.reports
    ]
    return (
        bool(x.reports)
        and all(spans)
        and any((r.start, r.end) not in found for r, found in zip(x.reports, spans, strict=True))
    )


def one_span(a: StoryClaim, b: StoryClaim, explicit: bool = False) -> bool:
    """Whether the two sides of a pair are one sentence's words: one told only within the other's
    (:func:`_inside`), or both only in the same characters, but for a pair its article makes
    (``explicit``: "X denied this.", whose denial is recorded on the words it answers)."""
    if _inside(a, b) or _inside(b, a):
        return True
    if explicit:
        return False
    mine = {(r.article, r.start, r.end) for r in a.reports}
    return bool(mine) and mine == {(r.article, r.start, r.end) for r in b.reports}


def within_denials(reports: Mapping[str, Sequence[tuple[str, int, int, str]]]) -> set[str]:
    """The ids whose every report, ``(article, start, end, modality)``, lies within a longer
    report of a denial in the same article (:func:`told_in_denial`)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for told in reports.values():
        for article, start, end, modality in told:
            if modality == "denied":
                spans.setdefault(article, []).append((start, end))
    return {
        key
        for key, told in reports.items()
        if told
        and all(
            any(a <= start and end <= b and b - a > end - start for a, b in spans.get(article, []))
            for article, start, end, _ in told
        )
    }


def told_in_denial(claims: Collection[StoryClaim]) -> set[str]:
    """The claims told only within a denial's words: each report lies within a longer denied
    report in the same article ("denied a newspaper report that the two towns would sign a
    secret deal" holds "the two towns would sign a secret deal"). Such a claim is what a denial
    denies, asserted by nobody: no side that another denial contradicts (two denials agree)."""
    return within_denials(
        {c.id: [(r.article, r.start, r.end, r.modality) for r in c.reports] for c in claims}
    )


def first_seen(claim: StoryClaim) -> date | None:
    """The day a claim was first reported (its reports' first ``seen``), if any is dated."""
    return min((r.seen for r in claim.reports if r.seen is not None), default=None)


def _seen(a: StoryClaim, b: StoryClaim) -> date | None:
    fa, fb = first_seen(a), first_seen(b)
    return None if fa is None or fb is None else max(fa, fb)


def refresh_seen(story: Story) -> None:
    """Recompute when both sides of each contradiction were out, after report dates changed
    (an undated article dated by its copy group)."""
    claims = {c.id: c for c in story.claims}
    for x in story.contradictions:
        a, b = claims.get(x.a), claims.get(x.b)
        if a is not None and b is not None:
            x.seen = _seen(a, b)


def _hedged(claim: StoryClaim) -> bool:
    """Whether no report commits to the claim (all speculated or expected): "it could reach
    Malacca within days" and "… Oman within a week" are plans or guesses, not rival facts."""
    return all(r.modality in ("speculated", "expected") for r in claim.reports)


def _compatible(a: list[str], b: list[str]) -> bool:
    return not a or not b or bool(set(a) & set(b))


def _days(claim: StoryClaim) -> set[date]:
    return {d for r in claim.reports if (d := r.seen or r.published) is not None}


def _sources(claim: StoryClaim) -> set[str]:
    return {
        (r.source or r.source_text or r.outlet or "").casefold()
        for r in claim.reports
        if r.source or r.source_text or r.outlet
    }


def _same_time(a: StoryClaim, b: StoryClaim) -> bool:
    """Whether two claims' times may overlap: no two sets of days that share none, and the same
    earlier year, or none, told of (a year alone among its dates: "In 2017 an audit found
    that …" is of another time than a claim that gives no year)."""
    da, db = set(a.values.dates), set(b.values.dates)
    if {d for d in da if len(d) == 4} != {d for d in db if len(d) == 4}:
        return False
    return not (da and db and not da & db)


def _person(key: str) -> str:
    """A person's key as its last name ("person:prigozhin" and "person:yevgeny prigozhin" are one
    person in one story, where an article names him by surname alone)."""
    return key.rsplit(" ", 1)[-1].rsplit(":", 1)[-1] if key.startswith("person:") else key


def _switched(a: list[str], b: list[str]) -> bool:
    """One actor (by its own key, not the state it acts for) in one role here, another there."""
    mine = {_person(k) for k in a if not k.startswith("state:")}
    return bool(mine & {_person(k) for k in b})


def _same_proposition(a: StoryClaim, b: StoryClaim) -> bool:
    return (
        a.frame is not None
        and a.frame == b.frame
        and _compatible(a.agent, b.agent)
        and _compatible(a.theme, b.theme)
        and not _switched(a.agent, b.theme)
        and not _switched(a.theme, b.agent)
        and _same_time(a, b)
    )


def _plain_negation(claim: StoryClaim) -> bool:
    return all(r.modality != "denied" for r in claim.reports)


CASUALTIES = frozenset({"dead", "injured", "missing", "displaced"})


_NUMBER = re.compile(r"^(?:about |around |nearly |some |at least |more than )?\d")
_WORD = re.compile(r"[^\W\d_]+")


def _of_count(claim: StoryClaim) -> bool:
    """Whether a counting claim names its count as such: a count noun, "of" and a figure in
    digits ("its count of 2,500 crates was right", "an estimate of 6,000 people"), or a count
    noun a few words before a figure that counts nothing of its own ("the true figure was more
    than 30": :func:`~whatweknow.stories.values.names_count`): the claim is about the figure
    itself."""
    if not claim.values.numbers:
        return False
    if names_count(claim.text):
        return True
    text = claim.text.lower()
    nouns = count_nouns()
    for m in re.finditer(r"\bof\s+", text):
        before = _WORD.findall(text[max(0, m.start() - 20) : m.start()])
        if before and before[-1] in nouns and _NUMBER.match(text[m.end() :]):
            return True
    return False


def _states(claim: StoryClaim) -> bool:
    """Whether a claim states something that can be contested: it has a proposition, or it is a
    count that a named source gives, of casualties ("the eastern administration estimating a
    death toll of 3,500") or named as a count ("its count of 2,500 crates was right":
    :func:`_of_count`), not a phrase in passing ("a death toll of 27" with nobody's name)."""
    if claim.frame is not None:
        return True
    counts = {base(v[0]) for v in claim.values.numbers}
    return bool(counts & CASUALTIES or _of_count(claim)) and all(
        r.source or r.source_text for r in claim.reports
    )


_NONE = re.compile(r"\b(?:no|none|nobody|nothing|never|not)\b|n['’]t\b", re.IGNORECASE)
"""A word of negation in a claim's words ("No container was opened", "nobody was hurt"): a
claim so negated by a determiner or pronoun is no antonym of its predicate."""


def _antonym_only(claim: StoryClaim, worded: bool = False) -> bool:
    """Negative only by its predicate's antonym ("left" for "arrive"), not negated or denied in
    any report, nor, where ``worded``, with a word of negation in its words (:data:`_NONE`: "No
    container was opened" is negated by its determiner): such a pair needs an actor in common
    to be about the same thing."""
    return all(
        not r.negated and r.modality != "denied" and not (worded and _NONE.search(r.text))
        for r in claim.reports
    )


def _roles(claim: StoryClaim) -> str:
    parts = [f"agent {', '.join(claim.agent)}"] if claim.agent else []
    parts += [f"theme {', '.join(claim.theme)}"] if claim.theme else []
    return "; ".join(parts)


_MODAL_NOT = re.compile(
    r"\b(?:can ?not|can't|can’t|could not|couldn't|couldn’t|will not|won't|won’t|would not|"
    r"wouldn't|wouldn’t|shall not|should not|must not|may not|might not)\b",
    re.IGNORECASE,
)
"""A negated modal: a negation of ability, will or duty, no negation of a fact."""


def verb_forms(verb: str) -> set[str]:
    """A verb's inflected forms as a text may write them ("fire": fire, fires, fired, firing)."""
    root = verb[:-1] if verb.endswith("e") else verb
    return {verb, verb + "s", verb + "d", root + "ed", root + "ing"}


def predicate_forms(verb: str) -> set[str]:
    """The stems of a predicate's inflected forms ("fire": fire, fired, firing are "fire" and
    "fir"): none of them is a second word in common."""
    return {stem(w) for w in verb_forms(verb)}


def _names_doer(claim: StoryClaim, other: StoryClaim) -> bool:
    """Whether ``other`` names an actor that fills ``claim``'s agent role: among its actors, or
    by name in its words (a surname for a person) where no actor was read there."""
    text = " ".join(re.findall(r"\w+", other.text.casefold()))
    for key in claim.agent:
        name = " ".join(
            re.findall(r"\w+", _person(key) if key.startswith("person:") else _name(key))
        )
        if key in other.actors or re.search(rf"\b{re.escape(name)}\b", text):
            return True
    return False


def _gives_doer(claim: StoryClaim, other: StoryClaim) -> bool:
    """Whether a source of ``other`` is ``claim``'s doer (a state by its country code whatever
    its key's kind: a denial of "any involvement" by Moscow is of Moscow's own doing) or a body
    named after it ("the embassy of Durrow" speaks for Durrow)."""
    mine = {_name(k) if k.startswith(("state:", "country:")) else k for k in claim.agent}
    words = {_name(k) for k in claim.agent}
    for r in other.reports:
        if r.source is None:
            continue
        if (_name(r.source) if r.source.startswith(("state:", "country:")) else r.source) in mine:
            return True
        if any(re.search(rf"\b{re.escape(w)}\b", _name(r.source)) for w in words if w):
            return True
    return False


_BE = frozenset({"be", "is", "was", "were", "are", "been", "being"})


@cache
def _party_nouns() -> frozenset[str]:
    """``data/party_nouns.tsv``: nouns that describe a doer as a party without naming it."""
    text = (files(__package__) / "data" / "party_nouns.tsv").read_text(encoding="utf-8")
    rows = [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]
    return frozenset(rows[1:])


def _described_doer(claim: StoryClaim) -> bool:
    """Whether a claim's words before its predicate describe its doer as a party
    (:func:`_party_nouns`: "the neighbouring state was behind the attack"); not where the
    predicate's form is not found ("a missile took down the plane")."""
    return bool(_party_words(claim))


def _party_words(claim: StoryClaim) -> frozenset[str]:
    """The party nouns (:func:`_party_nouns`, singular) among a claim's words before its
    predicate: "government" of "the government had ignored repeated warnings"."""
    if not claim.predicate:
        return frozenset()
    verb = claim.predicate.split()[0].casefold()
    forms = _BE if verb == "be" else verb_forms(verb)
    words = re.findall(r"[\w'’-]+", claim.text.casefold())
    lead = next((words[:i] for i, w in enumerate(words) if w in forms), [])
    nouns = _party_nouns()
    return frozenset(
        w if w in nouns else w[:-1]
        for w in lead
        if w in nouns or (w.endswith("s") and w[:-1] in nouns)
    )


def _parties_apart(a: StoryClaim, b: StoryClaim) -> bool:
    """Whether both claims describe their doers as parties, by different nouns, with no doer
    named in common: "the government had ignored repeated warnings" and "the company had
    ignored warnings" tell of two doers, and a denial of one is none of the other."""
    if set(a.agent) & set(b.agent):
        return False
    mine, theirs = _party_words(a), _party_words(b)
    return bool(mine) and bool(theirs) and mine.isdisjoint(theirs)


def _same_doer(a: StoryClaim, b: StoryClaim) -> bool:
    """Whether a doer (agent) that one claim has and the other describes as a party without
    naming it may be one: the other names it or is said by it (:func:`_gives_doer`), or both
    have an actor in the same other role (theme). Where "the neighbouring state was behind the
    attack" is denied, a finding that the group Brenner Syndicate carried it out is about
    another doer (:func:`_described_doer`); a claim whose doer is no party ("a missile took
    down the plane") may still be one with a claim of who fired it."""
    if bool(a.agent) == bool(b.agent) or set(a.theme) & set(b.theme):
        return True
    one, other = (a, b) if a.agent else (b, a)
    return not _described_doer(other) or _names_doer(one, other) or _gives_doer(one, other)


_OWN = frozenset({"it", "its", "we", "our", "i", "my"})
"""Words of a source's own reference: "it struck a depot", "our aircraft struck", "a drone
launched from its territory", said by the body they stand for."""


def _own_doing(claim: StoryClaim) -> bool:
    """Whether a claim tells its source's own doing: a word of :data:`_OWN` before its predicate,
    which is active (no form of "be" just before it: "its wing was hit" tells what was done to
    it)."""
    if not claim.predicate:
        return False
    verb = claim.predicate.split()[0].casefold()
    if verb == "be":
        return False
    forms = verb_forms(verb)
    words = re.findall(r"[\w'’-]+", claim.text.casefold())
    at = next((i for i, w in enumerate(words) if w in forms or stem(w) == stem(verb)), None)
    if at is None or (at and words[at - 1] in _BE):
        return False
    return any(w in _OWN for w in words[:at])


def _own_acts(pos: StoryClaim, neg: StoryClaim) -> bool:
    """Whether two parties each speak of their own doing ("it struck a depot next to the
    market", the army says; "a drone launched from its territory hit the market", a neighbour
    denies): each tells of another doer, so neither denies the other; not where a source gives
    both, nor for the dossier's pair of "X denied this.", whose words are the claim's it
    answers."""
    return (
        all(_own_doing(c) for c in (pos, neg))
        and all(r.source or r.source_text for c in (pos, neg) for r in c.reports)
        and not _sources(pos) & _sources(neg)
    )


@cache
def _object_lexicon() -> dict[str, frozenset[str]]:
    """``data/object_words.tsv``: kind (skip, stop, aux) -> its words."""
    return {k: frozenset(v) for k, v in kinded_lists(__package__, "object_words.tsv").items()}


_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")
_DIGIT = re.compile(r"\d")
_MARKS = frozenset("\"“”‘’'")
"""Quotation marks, which end no object: would sign "three agreements"."""
_NEGATION = frozenset({"no", "not", "never", "nothing", "nobody", "none", "neither", "nor"})


def _negation(word: str) -> bool:
    return word in _NEGATION or word.endswith(("n't", "n’t"))


def _object_span(claim: StoryClaim) -> tuple[list[tuple[int, str]], bool] | None:
    """The words naming what a claim's predicate is done to, with their places among the
    claim's words, and whether a word of negation bears on the predicate; None where the
    predicate's form is not found. Active: the words after the predicate up to a stop word, a
    mark or, after a word of the object, a word of time (``data/object_words.tsv``: "would sign
    a secret land sale at …", "… this spring"); passive (a form of
    "be" before it): the subject, back over the auxiliaries to a stop word ("that no secret
    land sale would be signed"). Negation: "did not sign", "Nothing will be signed", "signed
    no deal", "Nobody signed"."""
    if not claim.predicate:
        return None
    verb = claim.predicate.split()[0].casefold()
    if verb in _BE:
        return None
    forms = verb_forms(verb)
    tokens = _TOKEN.findall(claim.text)
    lower = [t.casefold() for t in tokens]
    at = next((i for i, w in enumerate(lower) if w in forms), None)
    if at is None:
        return None
    lex = _object_lexicon()
    aux, stop = lex.get("aux", frozenset()), lex.get("stop", frozenset())
    time = lex.get("time", frozenset())
    i = at - 1
    negated = False
    while i >= 0 and (lower[i] in aux or _negation(lower[i])):
        negated = negated or _negation(lower[i])
        i -= 1
    words: list[tuple[int, str]] = []
    if (
        i < at - 1
        and not lower[at].endswith("ing")  # "was carrying" is active
        and any(w in _BE for w in lower[i + 1 : at])
    ):
        j = i  # passive: "no secret land sale would be signed"
        while j >= 0 and lower[j] not in stop and (tokens[j][:1].isalnum() or lower[j] in _MARKS):
            if lower[j] not in _MARKS:
                words.insert(0, (j, tokens[j]))
            j -= 1
    else:
        if i >= 0 and _negation(lower[i]):
            negated = True  # "Nobody signed"
        j = at + 1
        while (
            j < len(tokens)
            and lower[j] not in stop
            and not (words and lower[j] in time)
            and (tokens[j][:1].isalnum() or lower[j] in _MARKS)
        ):
            if lower[j] not in _MARKS:
                words.append((j, tokens[j]))
            j += 1
    negated = negated or any(_negation(w.casefold()) for _, w in words)
    return words, negated


def _object_terms(claim: StoryClaim, names: bool = False) -> frozenset[str]:
    """The stems of the words that distinguish what a claim's predicate is done to
    (:func:`_object_span`): no determiner, quantifier or number word (``skip``), and, unless
    ``names``, no capitalised word but the first (a name: a participant, which the roles
    compare; with ``names``, a modifier too: "Russian" of "Russian military hardware")."""
    span = _object_span(claim)
    if span is None:
        return frozenset()
    skip = _object_lexicon().get("skip", frozenset())
    return frozenset(
        stem(w.casefold())
        for i, w in span[0]
        if w.casefold() not in skip
        and not (i and w[:1].isupper() and not names)
        and not _DIGIT.search(w)
    )


def _denier_names(neg: StoryClaim) -> set[str]:
    """Who gives a denial, by name (a state by its code whatever its key's kind): the actors
    its reports name as their source, no group."""
    return {
        _name(r.source)
        for r in neg.reports
        if r.source is not None and not r.source.startswith("group:")
    }


_DETERMINERS = frozenset({"a", "an", "the", "any", "some"})


def _own_subject(neg: StoryClaim) -> bool:
    """Whether a denial's words before its predicate name the denier's own doing and no other
    doer: words of :data:`_OWN`, auxiliaries and negation ("it was behind the attack", "we had
    carried it out"), or determiners ("any involvement"); not "its allies were behind it", nor
    where the predicate's words are not found."""
    if not neg.predicate:
        return False
    first = neg.predicate.split()[0].casefold()
    forms = _BE if first == "be" else verb_forms(first)
    words = re.findall(r"[\w'’-]+", neg.text.casefold())
    at = next((i for i, w in enumerate(words) if w in forms or stem(w) == stem(first)), None)
    if at is None:
        return False
    aux = _object_lexicon().get("aux", frozenset())
    return all(w in _OWN or w in _DETERMINERS or w in aux or _negation(w) for w in words[:at])


def _accused_denies(pos: StoryClaim, neg: StoryClaim) -> bool:
    """Whether ``neg`` is the accused's own denial of what ``pos`` says it did: ``pos`` commits
    to it (not all speculated or expected) and names as its doer (agent) only the actor that
    gives every report of ``neg``, a denial in every report whose words tell of the denier's own
    doing (:func:`_own_subject`). "The raid bore the hallmarks of the Velt Brigade" and "the
    Brigade denied that it was behind the raid" share no word but the accused: the denial
    answers the accusation. Not a claim whose doer is another too, nor a denial that names
    another doer ("denied that its allies were behind the raid")."""
    if _hedged(pos) or not pos.agent or not neg.reports:
        return False
    if any(r.modality != "denied" for r in neg.reports):
        return False
    deniers = _denier_names(neg)
    if len(deniers) != 1 or any(r.source is None for r in neg.reports):
        return False
    if {_name(k) for k in pos.agent} != deniers:
        return False
    if neg.agent and {_name(k) for k in neg.agent} != deniers:
        return False
    return _own_subject(neg)


def _doer_not_the_denier(pos: StoryClaim, neg: StoryClaim) -> bool:
    """Whether ``neg`` denies only its denier's own doing (a denial in every report, by one
    named party, with no doer of its own but words of its own part: :func:`_own_subject`,
    "denied shelling the depot", "denied that it was behind the raid") and ``pos`` does not name
    that party as the doer (no doer at all, "the depot was shelled", or another one): it
    denies no part of what ``pos`` says."""
    if neg.agent or not neg.reports or any(r.modality != "denied" for r in neg.reports):
        return False
    deniers = _denier_names(neg)
    if len(deniers) != 1 or any(r.source is None for r in neg.reports):
        return False
    if not _own_subject(neg):
        return False
    return {_name(k) for k in pos.agent} != deniers


@cache
def _runs(name: str) -> tuple[tuple[str, ...], ...]:
    """A word list under ``data/`` (``no_doers.tsv``, ``any_doers.tsv``) as runs of words."""
    text = (files(__package__) / "data" / name).read_text(encoding="utf-8")
    return tuple(
        tuple(w.split()) for w in text.casefold().splitlines() if w.strip() and w[0] != "#"
    )


def _has_run(words: list[str], name: str) -> bool:
    return any(
        words[i : i + len(run)] == list(run) for run in _runs(name) for i in range(len(words))
    )


def _doer_of(text: str, predicate: str | None) -> str | None:
    """What a claim's words tell of its doer at its predicate: "none" where they name none (a
    passive with no "by" after it, "fish had been smuggled through the harbour", or a subject of
    ``data/no_doers.tsv``, "somebody sold poison to us"), "any" where the subject is every doer
    at once (``data/any_doers.tsv``: "nobody sold it", "that anyone had sold it"), "doer" where
    the predicate is active ("he did not sell the spirit", a denial's own "selling any spirit",
    "the Marisol Star was carrying ..."), None where the predicate is "be" or its form is not
    found in the words."""
    if not predicate:
        return None
    verb = predicate.split()[0].casefold()
    if verb == "be":
        return None
    forms = verb_forms(verb)
    words = re.findall(r"[\w'’-]+", text.casefold())
    at = next((i for i, w in enumerate(words) if w in forms or stem(w) == stem(verb)), None)
    if at is None:
        return None
    lead = words[:at]
    if _has_run(lead, "any_doers.tsv"):
        return "any"
    if at and words[at - 1] in _BE and not words[at].endswith("ing"):  # "was carrying": active
        return "doer" if "by" in words[at + 1 :] else "none"
    return "none" if _has_run(lead, "no_doers.tsv") else "doer"


def _doerless(claim: StoryClaim) -> bool:
    """Whether a claim names no doer: no agent read, and its words name none
    (:func:`_doer_of`). Not an active claim whose subject was read as no actor ("Varnia carried
    out the attack")."""
    return not claim.agent and _doer_of(claim.text, claim.predicate) == "none"


def _no_doer_accused(pos: StoryClaim, neg: StoryClaim) -> bool:
    """Whether ``pos`` names no doer (:func:`_doerless`: "fish had been smuggled through the
    harbour", "somebody smuggled fish") while ``neg`` denies or negates a doer's deed: a doer
    of its own ("the captain did not smuggle fish"), or an active predicate in every report's
    words (:func:`_doer_of`: a denier's own "denies smuggling any fish", "he did not smuggle
    any"), whoever the denier is. A claim that names no doer accuses no one: a missing role is
    compatible with no party, and the deed may be true and the denial too. Not where ``pos``'s
    words name that doer though no actor was read there, nor a source of ``neg``, by its name (a
    surname for a person, as :func:`_names_doer`); nor a denial of the deed itself ("fish had
    not been smuggled", "nobody smuggled fish")."""
    if not neg.reports or not _doerless(pos):
        return False
    if neg.agent:
        return not _names_doer(neg, pos)
    if any(_doer_of(r.text, neg.predicate) != "doer" for r in neg.reports):
        return False
    text = " ".join(re.findall(r"\w+", pos.text.casefold()))
    for r in neg.reports:
        if r.source is None:
            continue
        key = r.source
        name = " ".join(
            re.findall(r"\w+", _person(key) if key.startswith("person:") else _name(key))
        )
        if name and re.search(rf"\b{re.escape(name)}\b", text):
            return False
    return True


def _object_within(neg: StoryClaim, pos: StoryClaim) -> bool:
    """Whether what ``neg`` denies is done to, where it is qualified (:func:`_object_terms`: its
    object's head and modifiers, two words or more), may be what ``pos`` tells of: ``pos``'s
    words give every qualifier of it (``data/object_words.tsv``: "secret", "fourth": a word
    that makes it another thing of its kind) and one of its words at least. A denial of a
    report that the mayors would sign "a secret land sale" denies no "the mayors signed a paving
    contract", nor "would sign three agreements", nor "a land sale": sharing the predicate and
    the participants is not enough; a denied "Russian military hardware" may be "military
    equipment" or "Russian radar components" worded another way. A bare object ("denied
    receiving any money") is compared by nothing more: its head may be worded another way ("had
    received payments"); nor is anything where no object is read."""
    want = _object_terms(neg)
    if len(want) < 2:
        return True
    have = {stem(w.casefold()) for w in _TOKEN.findall(pos.text)}
    qualifiers = {stem(w) for w in _object_lexicon().get("qualifier", frozenset())}
    return bool(_object_terms(neg, names=True) & have) and want & qualifiers <= have


@cache
def _object_kinds() -> dict[str, str]:
    """``data/object_kinds.tsv``: a noun's stem -> its kind."""
    rows = kinded_lists(__package__, "object_kinds.tsv")
    return {stem(w): kind for kind, ws in rows.items() for w in ws}


def _object_content(claim: StoryClaim) -> frozenset[str]:
    """The content terms (:func:`content_terms`) of the words naming what a claim's predicate
    is done to (:func:`_object_span`); empty where none is read or it is a pronoun."""
    span = _object_span(claim)
    if span is None:
        return frozenset()
    return frozenset(content_terms(" ".join(w for _, w in span[0])))


def _lead_content(claim: StoryClaim) -> frozenset[str]:
    """The content terms of a claim's words before its predicate (its subject, where active:
    "the freighter was carrying …"); empty where the predicate's form is not found."""
    if not claim.predicate:
        return frozenset()
    forms = verb_forms(claim.predicate.split()[0].casefold())
    tokens = _TOKEN.findall(claim.text)
    at = next((i for i, w in enumerate(tokens) if w.casefold() in forms), None)
    return frozenset(content_terms(" ".join(tokens[:at]))) if at else frozenset()


def _objects_apart(a: StoryClaim, b: StoryClaim) -> bool:
    """Whether two claims that share a predicate tell of it done to two things by no doer in
    common: each object read, with content words, none of them in the other claim's words, no
    kind of ``data/object_kinds.tsv`` in common, and no actor nor word of their subjects in
    common ("Families began receiving the grants" and "it denied receiving complaints"; not
    "had received payments" and "denied receiving any money", nor "the freighter was carrying
    radar parts" and "a report that the freighter was carrying military hardware", one
    freighter's cargo worded twice). Only the verb in common is no proposition."""
    mine, theirs = _object_content(a), _object_content(b)
    if not mine or not theirs or mine & b.term_set or theirs & a.term_set:
        return False
    if set(a.agent) & set(b.agent) or _lead_content(a) & _lead_content(b):
        return False
    kinds = _object_kinds()
    return not {kinds[t] for t in mine if t in kinds} & {kinds[t] for t in theirs if t in kinds}


def _negates_itself(claim: StoryClaim) -> bool:
    """Whether a claim read as positive negates its own predicate in its words ("Nothing will be
    signed in secret.", "did not sign"): it asserts nothing a denial denies."""
    span = _object_span(claim)
    return span is not None and span[1]


def _denial_why(pos: StoryClaim, neg: StoryClaim) -> str | None:
    """Why ``neg`` denies ``pos``, or None when it does not (see the module doc)."""
    if _plain_negation(neg) and not _days(pos) & _days(neg):
        return None
    return _opposed(pos, neg)


def _opposed(pos: StoryClaim, neg: StoryClaim, one: bool = False) -> str | None:
    """Why ``neg`` says the opposite of ``pos`` (the same proposition), whatever their days, or
    None when it does not. ``one``: both said by one source (:func:`reversal`), where a claim
    negated by a word of its own ("No container was opened") is no antonym (:func:`_antonym_
    only`); between two parties it still needs an actor in common, as the parties behind two
    such words may be one ("its president" and "the federation")."""
    if not _same_proposition(pos, neg):
        return None
    if not _same_doer(pos, neg):
        return None  # "the neighbouring state was behind the attack" denies no "the group
        # Brenner Syndicate carried out the attack"
    if _parties_apart(pos, neg):
        return None  # "the company had ignored warnings" denies no "the government had"
    if not one and _doer_not_the_denier(pos, neg):
        return None  # "the Brigade denied shelling the depot" denies no "the depot was
        # shelled", nor that another party shelled it: only that the Brigade did
    if not one and _no_doer_accused(pos, neg):
        return None  # "fish had been smuggled" accuses no one whom "the captain denies
        # smuggling any fish" could answer
    if _negates_itself(pos):
        return None  # "Nothing will be signed in secret" agrees with a denial of a secret deal
    if _generic(pos) or _generic(neg):
        return None  # "a licence can lapse for months" is no case a denial that one lapsed meets
    if not _object_within(neg, pos):
        return None  # a denied "secret land sale" is no "paving contract"
    if _objects_apart(pos, neg):
        return None  # "began receiving the grants" is no "received complaints" denied
    said = {
        f
        for c in (pos, neg)
        for w in f"{c.frame} {c.predicate or ''}".split()
        for f in predicate_forms(w)
    }
    shared = (pos.term_set & neg.term_set) - said or (set(pos.actors) & set(neg.actors))
    if not shared and not _accused_denies(pos, neg):  # the predicate's own words are no
        # second link; the accused's own denial is ("it was not behind the raid", the Brigade)
        return None
    if _plain_negation(neg) and bool(pos.theme) != bool(neg.theme):
        return None  # "B did not visit F" negates no "B met her counterpart" of unknown object
    if _plain_negation(neg) and _MODAL_NOT.search(neg.text):
        return None  # "I cannot lead this company …" says what will not be, not what was not
    if differing(pos.values.numbers, neg.values.numbers):
        return None  # "three soldiers died" is no claim that "twelve were killed" denies

    if _antonym_only(neg, one) and not set(pos.actors) & set(neg.actors):
        return None  # "I left Derna today" is no negation of "aid is arriving": nobody in common
    roles = _roles(pos) or _roles(neg)
    how = "negated" if _plain_negation(neg) else "denied"
    return f"same proposition ({pos.frame}){'; ' + roles if roles else ''}; {how} by the other"


_GENERIC = re.compile(
    r"(?:\b(?:a|an|any|every)\s+(?:[a-z-]+\s+){0,2}|(?:^|[,;:]\s*|\b(?:that|said|says)\s+)"
    r"(?:[a-z-]+\s+)?[a-z-]+s\s+)(?:can|can ?not|can't|can’t)\s+(?:\w+\s+)?[a-z]+",
    re.IGNORECASE,
)


def _generic(claim: StoryClaim) -> bool:
    """Whether the claim says what can happen to a kind of thing, not what happened in one case:
    "a licence can lapse for months before anyone notices", "permits can expire unnoticed" (an
    indefinite or bare plural subject before "can"). Such a remark is no side of a pair with a
    denial that one licence lapsed: only their verb is shared. A modal of what can be is read
    loosely (a plural with a word before it, "operating permits can …"): a pair it withholds
    costs less than a false one."""
    return _GENERIC.search(claim.text) is not None


_ARTICLES = ("the ", "a ", "an ")


def _words(text: str | None) -> str:
    """A source's words in lower case, without an article ("company" of "The company")."""
    words = " ".join((text or "").casefold().split())
    for article in _ARTICLES:
        words = words.removeprefix(article)
    return words


def _who(r: Report) -> str:
    """Who gives a report, for a reversal: the key of the actor it names unless a group
    ("group:officials"), else the words naming its source without an article ("tessel mining"
    for "Tessel Mining", "company" for "The company"); "" for a group or the outlet's own voice."""
    if r.source:
        return "" if r.source.startswith("group:") else r.source
    return _words(r.source_text)


def _name(who: str) -> str:
    return who.rsplit(":", 1)[-1]


def _one(x: str, y: str, names: Collection[str]) -> bool:
    """Whether two sources (:func:`_who`) are one actor: the same key or words; a person's key
    and a person's key or words of the same surname ("person:oren malvick", "Malvick"); or a
    body's short name, the leading words of exactly one name the story knows or the other
    source gives ("Tessel" and "Tessel Mining")."""
    if not x or not y:
        return False
    if x == y:
        return True
    a, b = _name(x), _name(y)
    people = [w for w in (x, y) if w.startswith("person:")]
    if len(people) == 2:  # one named in full, the other by surname ("Anna Berg", "Berg")
        return (" " not in a or " " not in b) and _person(x) == _person(y)
    if ":" in x and ":" in y:
        return False  # two keys: two actors
    if people:  # a person's key, and words: the full name, or the surname alone
        words = b if people[0] == x else a
        return words == _name(people[0]) or (" " not in words and words == _person(people[0]))
    if a == b:
        return True
    short, long = sorted((a, b), key=lambda n: len(n.split()))
    lead = short + " "
    if not long.startswith(lead):
        return False
    return not any(n != long and n.startswith(lead) for n in names)


def _tail(x: str, y: str, names: Collection[str]) -> bool:
    """Whether one source is words that end the other's name and no other name the story knows
    ("authority" for "Kessel Harbour Authority", as an article says "the authority" after it
    named it once): a description that can only be that body."""
    for desc, full in ((x, y), (y, x)):
        long = _name(full)
        if ":" in desc or not desc or long == desc or not long.endswith(" " + desc):
            continue
        if not any(n != long and (n == desc or n.endswith(" " + desc)) for n in names):
            return True
    return False


def source_of(r: Report) -> str:
    """Who gives a report (:func:`_who`)."""
    return _who(r)


def same_source(x: str, y: str, names: Collection[str]) -> bool:
    """Whether two sources (:func:`source_of`) are one actor (:func:`_one`), or one is words that
    can only describe the other (:func:`_tail`: "the authority" for "Kessel Harbour Authority")."""
    return bool(x) and bool(y) and (_one(x, y, names) or _tail(x, y, names))


def identified_source(claim: StoryClaim, who: str, names: Collection[str]) -> bool:
    """Whether ``who``, a source of a claim's reports, is identified (:func:`_named_one`)."""
    return _named_one(claim, who, names)


def _identified(who: str, names: Collection[str]) -> bool:
    """Whether a source is an identified actor: a keyed one, or words that name one the story
    knows ("Tessel Mining" where the story knows "Tessel"), not a description ("company")."""
    return ":" in who or any(_one(who, n, names) for n in names)


def _proper(r: Report) -> bool:
    """Whether a report's source is named by a name of two words or more, each capitalised
    ("Tessel Mining", "Oren Malvick"), an article aside: a name, where the story has no actor
    for it; not a description ("The company", "Officials")."""
    words = (r.source_text or "").split()
    if words and words[0].casefold() in ("the", "a", "an"):
        words = words[1:]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _named_one(claim: StoryClaim, who: str, names: Collection[str]) -> bool:
    """Whether ``who``, the one source of a claim's reports, is identified: an actor
    (:func:`_identified`), or a proper name as the reports write it (:func:`_proper`)."""
    return bool(who) and (_identified(who, names) or any(_proper(r) for r in claim.reports))


def known_names(story: Story) -> frozenset[str]:
    """The names of the story's actors but groups, in the words :func:`_who` gives."""
    return frozenset(
        n
        for a in story.actors
        if not a.key.startswith("group:")
        for n in (_name(a.key), " ".join(a.name.casefold().split()))
        if n
    )


IN_ONE_REPORT = "later in one report"
"""What :func:`reversal` says of a reversal that one report tells."""


def _office_of(body: str, person: str) -> bool:
    """Whether a source is the office of a person source ("group:office of governor aldo
    vintner" of "person:aldo vintner"): its name opens with "office of" and ends with the
    person's full name (a title between). A person's office speaks for that person: its
    admission reverses the person's own denial."""
    if not person.startswith("person:") or " " not in _name(person):
        return False
    name = _name(body).casefold().removeprefix("the ")
    return name.startswith("office of ") and name.endswith(" " + _name(person).casefold())


def _speaks_as(
    r: Report,
    speaker: str,
    bodies: Collection[str],
    names: Collection[str],
    spoken: Mapping[str, str],
) -> bool:
    """Whether a report is given by ``speaker``: the same source (:func:`_one`), a description
    that can only be it (:func:`_described`, :func:`_tail`: "the clinic"), its office
    (:func:`_office_of`), a spokesperson of it (the body a report's source speaks for,
    ``spoken``: :func:`voices`), or, where ``speaker`` is a spokesperson, the body it speaks for
    (``bodies``: "Ana Veld, a spokeswoman for the Holm Lane Clinic" and the clinic)."""
    if (
        _one(_who(r), speaker, names)
        or _tail(_described(r), speaker, names)
        or _office_of(r.source or _words(r.source_text), speaker)
    ):
        return True
    body = r.voice or spoken.get(r.source or "")
    if body and same_source(body, speaker, names):
        return True
    who = _who(r) or _described(r)
    return any(same_source(who, b, names) for b in bodies)


def reversal(
    old: StoryClaim,
    new: StoryClaim,
    names: Collection[str],
    told_after: Callable[[Report, Report], bool] | None = None,
    spoken: Mapping[str, str] | None = None,
) -> str | None:
    """Why ``new`` is its own source's later reversal of ``old``, or None when it is not.

    A reversal: every report of ``old`` comes from one identified source (:func:`_identified`),
    and that source gives the opposite of the same proposition (:func:`_opposed`, whatever the
    days) in a report of ``new`` first seen on a later day than ``old``, and in none of its
    reports of that day or before ("Tessel Mining denied that any miner had been exposed" on
    Monday, "Tessel Mining admitted that four miners had been exposed" on Wednesday; or a
    statement confirmed, then retracted). Both said on one day is no reversal: which came first
    is unknown, so nothing is overtaken; but for a report of ``new`` that one of ``old`` comes
    before in one article, told as later (``told_after``, given a report of each: "at first
    denied that …, but later admitted that …"). Two sources are a dispute, never a reversal;
    but a definite description that can only be the source (:func:`_described`, :func:`_tail`:
    "the clinic" after "Holm Lane Clinic") is that source, on either side, and a spokesperson
    and the body it speaks for are one (``spoken``: :func:`voices`; :func:`_speaks_as`).
    ``names``: :func:`known_names`."""
    if old.polarity == new.polarity:
        return None
    day = first_seen(old)
    speakers = {_who(r) for r in old.reports} - {""}
    if day is None or len(speakers) != 1:
        return None
    (speaker,) = speakers
    if not _named_one(old, speaker, names) or not all(
        _who(r) or _tail(_described(r), speaker, names) for r in old.reports
    ):
        return None
    spoken = spoken or {}
    bodies = {b for r in old.reports if (b := r.voice or spoken.get(r.source or ""))}
    by = [r for r in new.reports if _speaks_as(r, speaker, bodies, names, spoken)]
    if not by:
        return None
    dated = all(r.seen is not None and r.seen > day for r in by)
    after = [(a, b) for a in old.reports for b in by if told_after and told_after(a, b)]
    if not after and not dated:
        return None
    pos, neg = (old, new) if old.polarity == "positive" else (new, old)
    if _opposed(pos, neg, one=True) is None:
        return None
    if after and not dated:  # the days tell the order where they can
        return (
            f"same proposition ({old.frame}); one source ({_name(speaker)}), the other way "
            f"{IN_ONE_REPORT} ({after[0][0].article})"
        )
    then = min(r.seen for r in by if r.seen is not None)
    return (
        f"same proposition ({old.frame}); one source ({_name(speaker)}) on {day.isoformat()}, "
        f"the other way on {then.isoformat()}"
    )


def _described(r: Report) -> str:
    """The words of a report's source where a definite description names it, without the
    article ("clinic" of a group source written "The clinic"); "" otherwise. Who it is, is for
    :func:`_tail` to tell."""
    if not (r.source or "").startswith("group:"):
        return ""
    if not (r.source_text or "").casefold().startswith("the "):
        return ""
    return _words(r.source_text)


def _giver(r: Report) -> str:
    """Who gives a report, for :func:`both_ways`: an identified source (:func:`_who`), else the
    words of a definite description (:func:`_described`, "school" of "the school"); "" for an
    unnamed or plural group ("the residents": many, who may differ), or the outlet's own voice."""
    who = _who(r)
    if ":" in who:
        return who
    words = who or _described(r)
    return "" if re.search(r"[^s]s$", words) else words


def both_ways(a: StoryClaim, b: StoryClaim, names: Collection[str]) -> bool:
    """Whether every source of one claim gives the other too, in the same words or words that
    can only be it (:func:`same_source`): "the school" admits that it received a circular, and
    "the school" and the Brenz Lyceum deny it. One party saying both ways is no dispute between
    two sides, whichever it said last; where the days tell the order, :func:`reversal` tells it
    as a change of position, else nothing is paired (said less). A side with a source of no
    identity (:func:`_giver`: "officials", the outlet's own voice) is never all of one party.
    A report told within the words of a report of the other ("denied a report that P": P's
    words inside the denial's) is no statement of its source's, so it counts on neither side."""

    def own(c: StoryClaim, other: StoryClaim) -> set[str]:
        return {
            _giver(r)
            for r in c.reports
            if not any(
                o.article == r.article and o.start <= r.start and r.end <= o.end
                for o in other.reports
            )
        }

    sides = [own(a, b), own(b, a)]
    if not all(sides) or any("" in side for side in sides):
        return False

    def within(xs: set[str], ys: set[str]) -> bool:
        return all(any(x == y or same_source(x, y, names) for y in ys) for x in xs)

    return within(sides[0], sides[1]) or within(sides[1], sides[0])


def one_source(a: StoryClaim, b: StoryClaim, names: Collection[str]) -> bool:
    """Whether every report of both claims comes from one identified source (:func:`_who`,
    :func:`_one`): a source that says both ways is in no dispute with another party; on one
    day, which it said last is unknown, so nothing is paired and nothing overtaken."""
    first = _who(a.reports[0]) if a.reports else ""
    return _named_one(a, first, names) and all(
        _one(_who(r), first, names) for c in (a, b) for r in c.reports
    )


def voices(story: Story) -> dict[str, str]:
    """Person key -> the body that person speaks for (:attr:`Report.voice`: "army" of "Major Tov
    Rinn, an army spokesman"), where the story's reports of that person give one body; a report
    that names the person without the role ("Rinn said") speaks for it too. And a body's short
    name -> the key of the body it stands for (:func:`~.names.short_names`: "Brannock" for
    "Brannock Construction"), one party as it is one voice in the briefing."""
    found: dict[str, set[str]] = {}
    for claim in story.claims:
        for r in claim.reports:
            if r.source and r.voice and r.source.startswith("person:"):
                found.setdefault(r.source, set()).add(r.voice)
    out = {key: next(iter(v)) for key, v in found.items() if len(v) == 1}
    by_surname: dict[str, set[str]] = {}
    for key, body in out.items():
        by_surname.setdefault(_person(key), set()).add(body)
    for surname, bodies in by_surname.items():  # "person:rinn", named by surname alone
        if len(bodies) == 1 and f"person:{surname}" not in found:
            out[f"person:{surname}"] = next(iter(bodies))
    for short, full in short_names(story.actors).items():
        out.setdefault(short, full)
    return out


def parties(r: Report, spoken: Mapping[str, str]) -> set[str]:
    """Who gives a report, as a party: its source (:func:`_who`; a group's words too, "varossan
    military" of the group "the Varossan military"), and the body it speaks for as a
    spokesperson (``spoken``: :func:`voices`): the army's spokesman is the army's voice."""
    out = {_who(r)}
    if r.source and r.source.startswith("group:"):
        out.add(_name(r.source))
    body = r.voice or spoken.get(r.source or "")
    if body:
        out.add(body)
    return out - {""}


def spoken_for(who: str, spoken: Mapping[str, str], names: Collection[str]) -> bool:
    """Whether ``who`` is a body the story names a spokesperson of (``spoken``: :func:`voices`),
    in its words or in words that can only be it (:func:`same_source`: "the Kolvan army" for a
    spokesman's "army"): a body, not a description of many."""
    return any(same_source(who, body, names) for body in spoken.values())


def one_party(
    a: StoryClaim, b: StoryClaim, names: Collection[str], spoken: Mapping[str, str]
) -> bool:
    """Whether every report of both claims comes from one identified party (:func:`parties`): a
    body and its spokesperson, or a body named in several ways that can only be it ("the
    Kolvan army", "the army", "army spokesman Major Tov Rinn"); a party is no dispute with
    itself, whatever the two say. Besides :func:`one_source`."""
    if not a.reports:
        return False
    for who in parties(a.reports[0], spoken):
        if not (_named_one(a, who, names) or spoken_for(who, spoken, names)):
            continue
        if all(
            any(same_source(who, p, names) for p in parties(r, spoken))
            for c in (a, b)
            for r in c.reports
        ):
            return True
    return False


def _scope(claim: StoryClaim) -> frozenset[str]:
    """Where a count is of: the places a claim names below the level of a country ("Derna"),
    else the countries it names ("Libya"), else nowhere in particular."""
    places = frozenset(claim.values.places)
    local = frozenset(p for p in places if not p.startswith("country:"))
    return local or places


def _straight(key: str) -> str:
    """A key with its apostrophes and quotes made straight: one name in two copies, one typed
    with a curly apostrophe, is one name."""
    return key.translate(_QUOTES)


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def _places_apart(a: StoryClaim, b: StoryClaim) -> bool:
    """Whether two claims name places that cannot be one (:func:`_scope`, apostrophes made
    straight): both name towns, or both only countries, and none in common. A country and a
    town are no conflict: the town may lie in it ("fought for the province since 2006" and
    "has fought in Ardo for two decades")."""
    mine = {_straight(p) for p in _scope(a)}
    theirs = {_straight(p) for p in _scope(b)}
    if not mine or not theirs or mine & theirs:
        return False
    countries = {all(p.startswith("country:") for p in s) for s in (mine, theirs)}
    return len(countries) == 1


def copies_apart(a: StoryClaim, b: StoryClaim, group_of: Mapping[str, str]) -> bool:
    """Whether the two claims are told only in copies of one report (one copy group,
    ``group_of``: an article's group, else itself), never both in one copy: one sentence as
    two copies word it (a curly apostrophe in one), no dispute of two sources."""
    mine = {r.article for r in a.reports}
    theirs = {r.article for r in b.reports}
    groups = {group_of.get(x, x) for x in mine | theirs}
    return len(groups) == 1 and not mine & theirs


def _also_says(
    claim: StoryClaim,
    figure: Value,
    scope: frozenset[str],
    others: dict[str, list[tuple[StoryClaim, str]]],
) -> bool:
    """Whether every report of ``claim`` comes from an article that also gives ``figure`` (a
    count of the same thing, about the same, for the same scope) in another claim: in the same
    voice, or in any voice where the report is in the outlet's own. Such a source does not
    contest the figure it also gives: a named source giving both is its own slip, and an outlet
    that reports an official's "over 10,000 missing" and writes "as many as 6,000 missing" in its
    own voice is telling how the figure moved, or slipping, as inside one article (see
    :func:`_named_apart`), not disputing another outlet's "nearly 10,000"."""
    want = anchor(figure)
    if want is None:
        return False
    for r in claim.reports:
        voice = _speaker(claim, r)
        if not any(
            c is not claim
            and (v == voice or not voice)
            and _scope(c) == scope
            and any(
                x[0] == figure[0] and (got := anchor(x)) is not None and close(got, want)
                for x in c.values.numbers
            )
            for c, v in others.get(r.article, [])
        ):
            return False
    return True


def _conflict_why(
    a: StoryClaim,
    b: StoryClaim,
    matcher: Matcher,
    others: dict[str, list[tuple[StoryClaim, str]]],
) -> tuple[str, str] | None:
    """(about, why) when the two claims' values conflict (see the module doc)."""
    issues = value_conflicts(a.values, b.values)
    if not issues or not (_states(a) and _states(b)):
        return None  # a fragment states no proposition to contest
    if any(i.startswith("place:") for i in issues) and not _places_apart(a, b):
        issues = [i for i in issues if not i.startswith("place:")]
    if any(explains(r.text) for c in (a, b) for r in c.reports):
        # "its figure of 31 had included four wardens who escaped": a figure explained
        issues = [i for i in issues if i.split(":", 1)[0] in ("date", "place")]
    if not issues:
        return None
    numeric = [i for i in issues if i.split(":", 1)[0] not in ("date", "place")]
    if numeric and not rivals(a.values.numbers, b.values.numbers):
        # figures far apart: an early and a later count, or two scopes; not a dispute
        issues = [i for i in issues if i.split(":", 1)[0] in ("date", "place")]
        numeric = []
        if not issues:
            return None
    common = _days(a) & _days(b)
    sources_a, sources_b = _sources(a), _sources(b)
    if not common or not _same_time(a, b) or sources_a & sources_b:
        return None
    days = ", ".join(sorted(d.isoformat() for d in common))
    who = f"{' / '.join(sorted(sources_a))} vs {' / '.join(sorted(sources_b))}"
    if numeric:
        if _scope(a) != _scope(b):
            return None
        for x, y in rivals(a.values.numbers, b.values.numbers):
            if _also_says(b, x, _scope(a), others) or _also_says(a, y, _scope(a), others):
                return None  # one side's source gives the other's figure too
        shared = (a.term_set & b.term_set) - {i.split(":", 1)[0] for i in numeric}
        # a count named as such ("its count of 2,500 crates") is about what it counts
        linked = (
            shared or set(a.actors) & set(b.actors) or _scope(a) or _of_count(a) or _of_count(b)
        )
        toll = all(base(x[0]) in CASUALTIES for x, _ in rivals(a.values.numbers, b.values.numbers))
        if not linked and not (toll and _side_by_side(a, b) and _named_apart(a, b)):
            return None  # no link but the count: a place both name is one, and so is an
            # article setting two tolls of two sources it names side by side (not any two
            # counts of people: "they saw three men" and "two men in intensive care")
        where = ", ".join(sorted(_scope(a))) or "no place named"
        why = f"same measured thing ({numeric[0].split(':', 1)[0]}), {where}, same day {days}"
        return "; ".join(numeric), f"{why}; sources {who}"
    if _same_proposition(a, b) and matcher.score_claims(a, b) >= matcher.merge:
        return "; ".join(issues), f"same proposition ({a.frame}), day {days}; sources {who}"
    return None


_OWNED = re.compile(
    r"^(?:the\s+)?(?P<who>[^\W\d_][\w .&-]*?)['’]s?\s+(?:[^\W\d_]+\s+)?(?P<noun>[^\W\d_]+)$",
    re.IGNORECASE,
)
"""A denial's words that name only whose statement it denies: "the company's account", "the
agency's latest version"."""

ANSWERED_WITHIN = 600
"""Characters before a denial of a party's account within which the statement it denies is
given: the same paragraph or the one before ("The company said an internal review had found …
. The lawyer rejected the company's account.")."""


@cache
def _answered(noun: str) -> bool:
    """Whether a noun names a statement a denial answers (``answered`` in the claims stage's
    ``discourse.tsv``: account, version, claim …), not a pronoun."""
    from ..stages.claims.discourse import load_lexicon

    word = noun.casefold()
    lex = load_lexicon()
    return word not in ("this", "it", "that") and (
        lex.has("answered", word) or (word.endswith("s") and lex.has("answered", word[:-1]))
    )


@cache
def _whole(noun: str) -> bool:
    """Whether a noun names a whole account that may run over several sentences (``whole`` in
    the claims stage's ``discourse.tsv``: account, version, story)."""
    from ..stages.claims.discourse import load_lexicon

    word = noun.casefold()
    lex = load_lexicon()
    return lex.has("whole", word) or (word.endswith("s") and lex.has("whole", word[:-1]))


@cache
def _about(noun: str) -> bool:
    """Whether a noun names a party's conclusion about someone (``about`` in the claims stage's
    ``discourse.tsv``: findings): a denial of it answers only a statement that names the
    denier ("The ministry said the solvent matched one imported by Brask. … Brask rejected the
    ministry's findings."), not the party's other statements (a death toll)."""
    from ..stages.claims.discourse import load_lexicon

    word = noun.casefold()
    lex = load_lexicon()
    return lex.has("about", word) or (word.endswith("s") and lex.has("about", word[:-1]))


_NAME_WORD = re.compile(r"[^\W_]+")


def _spaced(text: str) -> str:
    """A text's words in lower case, one space apart and around ("one imported by brask")."""
    return f" {' '.join(_NAME_WORD.findall(text.casefold()))} "


def _names_party(text: str, deniers: Collection[str], names: Collection[str]) -> bool:
    """Whether a statement's words name one of the deniers (:func:`parties`) by a name the story
    knows, whole ("brask solvents" of "org:brask solvents" in "one imported by Brask Solvents")."""
    words = _spaced(text)
    return any(_name(d) in names and _spaced(_name(d)) in words for d in deniers)


def owned_account(
    neg: StoryClaim,
    claims: Collection[StoryClaim],
    names: Collection[str],
    spoken: Mapping[str, str],
) -> tuple[StoryClaim, str] | None:
    """The statement a denial of a party's account answers ("Linde's lawyer rejected the
    company's account"), with what the denial names ("company's account"): the nearest
    statement before it in one report, within :data:`ANSWERED_WITHIN` characters, that this
    party gives (:func:`parties`: "The company said an internal review had found …"), not
    negative, not the denier's own, with a proposition (an event: "they were in good health"
    is none, and "the army's account" of a rescue denies no such aside); None where the denial
    names more than whose account it is, or no such statement is found."""
    if neg.polarity != "negative" or any(r.modality != "denied" for r in neg.reports):
        return None
    best: tuple[int, StoryClaim, str] | None = None
    for r in neg.reports:
        bare = _BARE.match(" ".join(r.text.split()))
        if bare is not None and _answered(bare["noun"]):
            got = _answered_just_before(r, claims, names, spoken, _whole(bare["noun"]))
            if got is not None and (best is None or got[0] < best[0]):
                best = (got[0], got[1], f"{got[2]}'s {bare['noun'].casefold()}")
            continue
        m = _OWNED.match(" ".join(r.text.split()))
        if m is None or not (_answered(m["noun"]) or _about(m["noun"])):
            continue
        who = " ".join(m["who"].casefold().split())
        deniers = parties(r, spoken)
        about = _about(m["noun"])
        for c in claims:
            if c is neg or c.polarity != "positive" or _hedged(c):
                continue
            if about and not _names_party(c.text, deniers, names):
                continue  # "the ministry's findings" answer its statement about the denier
            if not about and c.frame is None:
                continue  # a frameless state ("the two were in good health") is no account
                # of the event the party's account tells
            for x in c.reports:
                gap = r.start - x.end
                if x.article != r.article or not 0 <= gap <= ANSWERED_WITHIN:
                    continue
                mine = parties(x, spoken) | {_words(x.source_text)} - {""}  # "The company said"
                if not any(same_source(who, p, names) for p in mine):
                    continue
                if any(same_source(d, p, names) for d in deniers for p in mine):
                    continue  # the denier's own statement
                if best is None or gap < best[0]:
                    best = (gap, c, f"{who}'s {m['noun'].casefold()}")
    return None if best is None else (best[1], best[2])


def owned_only(text: str) -> str | None:
    """Whose statement a denial's words name, where they name nothing else ("the board's
    account" → "board"; "the agency's latest version" → "agency"): an ``answered`` or ``about``
    noun after a possessive; None otherwise."""
    m = _OWNED.match(" ".join(text.replace("’", "'").split()))
    if m is None or not (_answered(m["noun"]) or _about(m["noun"])):
        return None
    return " ".join(m["who"].casefold().split())


_BARE = re.compile(
    r"^(?:the|that|this|these|those)\s+(?P<noun>[^\W\d_]+)(?:\s+as\s+\S.*)?$", re.IGNORECASE
)
"""A denial's words that name a statement by a definite noun alone, with or without what the
denier calls it: "the claim", "the claim as “propaganda”", "these reports"."""


def _answered_just_before(
    r: Report,
    claims: Collection[StoryClaim],
    names: Collection[str],
    spoken: Mapping[str, str],
    whole: bool = False,
) -> tuple[int, StoryClaim, str] | None:
    """The statement a denial of "the claim" (the report ``r``) answers: the reports just before
    it in one article, within :data:`ANSWERED_WITHIN` characters, are all of one identified
    party that is not the denier, back to the first report of another source or the outlet's
    own voice; of these, the nearest a statement gives (reported or asserted, positive, not
    hedged), else the nearest allegation. With the gap and the party's name; None where the
    report just before is the denier's own, the outlet's, or nobody's, or where that party
    denies something among them (two parties that both deny agree), or where the noun names a
    whole account (``whole``: "rejected that account") and that party gives more than one
    statement there (which of them it denies is not clear)."""
    before = sorted(
        (
            (r.start - x.end, x, c)
            for c in claims
            for x in c.reports
            if x.article == r.article and 0 <= r.start - x.end <= ANSWERED_WITHIN
        ),
        key=lambda t: t[0],
    )
    deniers = parties(r, spoken)
    party = ""
    chain: list[tuple[int, Report, StoryClaim]] = []
    for gap, x, c in before:
        who = _who(x)
        if not who or any(same_source(d, p, names) for d in deniers for p in parties(x, spoken)):
            break  # the outlet's own voice, a group, or the denier: "the claim" is not another's
        if party and not same_source(party, who, names):
            break
        party = party or who
        chain.append((gap, x, c))
    if not party or not _identified(party, names):
        return None
    if any(x.modality == "denied" or c.polarity == "negative" for _, x, c in chain):
        return None  # that party denies just before too ("There is no such agreement"): the
        # denial joins theirs, whatever it calls "the report", and answers none of it
    if whole and len({c.id for _, _, c in chain}) > 1:
        return None  # "Lind said P. She said Q. The clinic rejected that account.": P and Q
    for kinds in (("reported", "asserted"), ("alleged",)):
        for gap, x, c in chain:
            if x.modality in kinds and c.polarity == "positive" and not _hedged(c):
                return gap, c, _name(party)
    return None


def _charge_answered(pos: StoryClaim, neg: StoryClaim) -> bool:
    """Whether the dossier's pair of an allegation without a proposition and a denial of its
    very words is the accused's answer to the charge ("Morsk blamed cuts made by her
    predecessor, Anton Vey, for the collapse. … Vey rejected the accusation."): every report
    of ``pos`` alleged, every report of ``neg`` a denial in the same characters as one of
    them, and neither with a frame to compare (a pair with one is compared by it)."""
    if pos.frame is not None or neg.frame is not None or not pos.reports or not neg.reports:
        return False
    told = {(r.article, r.start, r.end) for r in pos.reports}
    return all(r.modality == "alleged" for r in pos.reports) and all(
        r.modality == "denied" and (r.article, r.start, r.end) in told for r in neg.reports
    )


_POINTING_SUBJECT = re.compile(r"^\W*(?:that|this|these|those|it)\s+(?:is|was|are|were)\b", re.I)
"""Words whose subject points back to the sentence before ("That is a fact in our register"):
no proposition of their own for a denial to answer."""
_CLAUSE = re.compile(
    r"\S\s+(?:is|was|are|were|has|have|had|will|would|did|does|could|can|should|must)\b",
    re.IGNORECASE,
)
"""A clause: a subject, then a copula or an auxiliary ("the inspection was a year overdue");
not a noun phrase ("cuts made by her predecessor for the collapse")."""


def _statement_answered(pos: StoryClaim, neg: StoryClaim) -> bool:
    """Whether the dossier's pair of a statement without a frame and a short denial of it ("The
    regulator said the boiler's inspection was a year overdue. The landlord disputed that.") is
    a dispute between two parties on the report's pairing alone: every report of ``neg`` a
    denial in the same characters as one of ``pos``, every report of ``pos`` reported or
    asserted by a source the text names (not the outlet's own voice), in words of a clause (a
    copula or an auxiliary after its subject: no noun phrase) that open with no subject pointing
    back ("That is a fact …"), and neither with a frame to compare (a pair with one is compared
    by it)."""
    if pos.frame is not None or neg.frame is not None or not pos.reports or not neg.reports:
        return False
    if not _CLAUSE.search(pos.text) or _POINTING_SUBJECT.match(pos.text):
        return False
    if _negates_itself(pos) or _generic(pos):
        return False
    told = {(r.article, r.start, r.end) for r in pos.reports}
    return all(
        r.modality in ("reported", "asserted") and (r.source or r.source_text) for r in pos.reports
    ) and all(r.modality == "denied" and (r.article, r.start, r.end) in told for r in neg.reports)


ACCOUNT_WITHIN = 200
"""Characters after a statement a short denial answers within which the denier's own account
begins: the denial's short sentence and the next ("… was a year overdue. The landlord disputed
that. Its agent, Mara Tel, said …")."""
_POSSESSIVE = re.compile(r"^(?:its|their)\s+\S", re.IGNORECASE)
"""A speaker named by a possessive that points at the subject of the sentence before ("Its
agent"): right after a short denial, the denier's spokesperson."""


def denier_account(
    pos: StoryClaim,
    neg: StoryClaim,
    claims: Collection[StoryClaim],
    names: Collection[str],
    spoken: Mapping[str, str],
) -> StoryClaim | None:
    """The denier's own account after a short denial ("The regulator said the boiler's inspection
    was a year overdue. The landlord disputed that. Its agent, Mara Tel, said the boiler had been
    checked in January."): ``neg`` denies ``pos`` in its very characters (the dossier's pair of a
    short denial), and the account is the first claim after ``pos`` in that report, within
    :data:`ACCOUNT_WITHIN` characters, but for ``pos``'s source's own words; positive, reported
    or asserted, not hedged, by the denier (:func:`parties`) or by a speaker named by "its" or
    "their" (the denier, the subject of the sentence before). None where another source speaks
    first, or none is found: the other side of the dispute, in the denier's words."""
    told = {(r.article, r.start, r.end) for r in pos.reports}
    if not neg.reports or any((r.article, r.start, r.end) not in told for r in neg.reports):
        return None
    best: tuple[int, StoryClaim] | None = None
    for r in neg.reports:
        deniers = parties(r, spoken)
        mine = {p for x in pos.reports if x.article == r.article for p in parties(x, spoken)}
        if not deniers or not mine:
            continue
        after = sorted(
            (x.start - r.end, x, c)
            for c in claims
            if c is not pos and c is not neg
            for x in c.reports
            if x.article == r.article and 0 < x.start - r.end <= ACCOUNT_WITHIN
        )
        for gap, x, c in after:
            theirs = parties(x, spoken)
            if theirs and all(any(same_source(p, q, names) for q in mine) for p in theirs):
                continue  # the answered source's own words go on ("'…,' Brun said.")
            by_denier = _POSSESSIVE.match(x.source_text or "") is not None or any(
                same_source(p, d, names) for p in theirs for d in deniers
            )
            if (
                by_denier
                and c.polarity == "positive"
                and not _hedged(c)
                and all(y.modality in ("reported", "asserted") for y in c.reports)
                and (best is None or gap < best[0])
            ):
                best = (gap, c)
            break  # the first other speaker's words, the denier's or none
    return None if best is None else best[1]


@cache
def _contrast() -> re.Pattern[str]:
    """``data/contrasts.tsv`` as one pattern of a whole sentence that sets an unnamed group
    against the speaker before: "Other engineers were more cautious.", "Some disagreed.", "Not
    everyone agrees." ("agree" only after a negated crowd: "Some agreed." takes no side)."""
    rows = kinded_lists(__package__, "contrasts.tsv")

    def alts(kind: str) -> str:
        return "|".join(r"\s+".join(map(re.escape, w.casefold().split())) for w in rows[kind])

    crowd = rf"(?:{alts('crowd')})(?:\s+[^\W\d_]+s)?"
    return re.compile(
        rf"^\W*(?:but\s+)?(?:{crowd}\s+(?:were|are|was|is|seemed|seem|seems)\s+"
        rf"(?:much\s+|far\s+|rather\s+)?(?:more|less)\s+(?:{alts('leaning')})"
        rf"|(?!not\s)(?:{crowd})\s+(?:dis(?:agree|agreed|agrees)|differ|differed)"
        rf"|not\s+(?:everyone|everybody|all(?:\s+[^\W\d_]+s)?)\s+(?:{alts('siding')}))"
        r"\s*[.!]?\W*$",
        re.IGNORECASE,
    )


def _keyed_side(
    nearest: Sequence[tuple[Report, StoryClaim]],
) -> tuple[Report, StoryClaim] | None:
    """The first of reports ordered from a sentence of contrast outward that names its source as
    an actor (not a group), past only words of a speaker the text names by a pronoun or a
    surname it did not resolve ("Ness said", "he said": the same speaker going on); None where
    the outlet's own words, or a group's, come first."""
    for x, c in nearest:
        if x.source and not x.source.startswith("group:"):
            return x, c
        if x.source or not x.source_text:
            return None
    return None


def _lead_side(told: Sequence[tuple[Report, StoryClaim]]) -> tuple[Report, StoryClaim] | None:
    """The side a speaker takes before a sentence of contrast: of the run of reports back from it
    (``told``, all before it) that are one actor's (not a group's) words or words of a speaker
    the text names by a pronoun or a surname it did not resolve, the first that names that actor
    (the speaker's lead statement, not an aside after it: "…, said Aalto, who stressed that he
    had no inside knowledge"), up to the outlet's own words or another source; None where it
    names no actor."""
    lead: tuple[Report, StoryClaim] | None = None
    for x, c in sorted(told, key=lambda t: -t[0].end):
        if x.source and not x.source.startswith("group:"):
            if lead is not None and lead[0].source != x.source:
                return lead
            lead = (x, c)
        elif x.source or not x.source_text:
            return lead  # the outlet's own words, or a group's: the run ends
    return lead  # the run goes back to the report's start, or beyond what is read


def contrasted(
    marker: StoryClaim, claims: Collection[StoryClaim], names: Collection[str]
) -> tuple[StoryClaim, StoryClaim] | None:
    """The two sides an outlet's sentence of contrast sets apart (:func:`_contrast`: "Halvo Ness
    said the bridge would have to come down. Other engineers were more cautious. Ida Crane said
    it could be repaired."): the claim just before it and the claim just after it, each within
    :data:`NEAR` characters in the same report, each given by one identified source, the two
    sources not one. None where the sentence is someone's (not the outlet's own), where a
    report lies between, or where a side is missing."""
    if marker.polarity != "positive" or len(marker.reports) != 1:
        return None
    (r,) = marker.reports
    if r.source or r.source_text or not _contrast().match(" ".join(marker.text.split())):
        return None
    near = [
        (x, c)
        for c in claims
        if c is not marker
        for x in c.reports
        if x.article == r.article and (0 <= r.start - x.end <= NEAR or 0 <= x.start - r.end <= NEAR)
    ]
    before = _lead_side(
        [
            (x, c)
            for c in claims
            if c is not marker
            for x in c.reports
            if x.article == r.article and 0 <= r.start - x.end <= ANSWERED_WITHIN
        ]
    )
    after = _keyed_side(sorted((t for t in near if t[0].start >= r.end), key=lambda t: t[0].start))
    if before is None or after is None:
        return None
    (x, a), (y, b) = before, after
    if a is b:
        return None
    xa, yb = _who(x), _who(y)
    if not (_identified(xa, names) and _identified(yb, names)) or same_source(xa, yb, names):
        return None
    return a, b


def _bare_involvement(neg: StoryClaim) -> bool:
    """Whether a denial names no deed of its own, only the denier's part in one: its words are
    a determiner and the predicate's noun of the ``responsible`` frame ("any involvement",
    "any role"), denied in every report by one actor (not a group), with no participant."""
    if neg.frame != "responsible" or not neg.predicate or neg.agent or neg.theme:
        return False
    words = re.findall(r"[\w'’-]+", neg.text.casefold())
    if len(words) != 2 or words[0] not in _DETERMINERS or stem(words[1]) != stem(neg.predicate):
        return False
    return len(_denier_names(neg)) == 1 and all(
        r.modality == "denied" and r.source is not None for r in neg.reports
    )


def involvement_denied(neg: StoryClaim, claims: Collection[StoryClaim]) -> StoryClaim | None:
    """The accusation a bare denial of the denier's part answers (:func:`_bare_involvement`:
    "Andesca Minerals denied any involvement"): the nearest claim before it in one report,
    within :data:`NEAR` characters, that commits to a deed (positive, not hedged, with a frame)
    whose doers (agents) include the denier, given by another source; the deed is another
    frame's ("was paying for the buses"), so no frame is compared. None where none is found,
    or where a claim of the denier's own lies between them."""
    if not _bare_involvement(neg):
        return None
    deniers = _denier_names(neg)
    best: tuple[int, StoryClaim] | None = None
    for r in neg.reports:
        for c in claims:
            if c is neg or c.polarity != "positive" or c.frame is None or _hedged(c):
                continue
            if not deniers <= {_name(k) for k in c.agent}:
                continue
            for x in c.reports:
                gap = r.start - x.end
                if x.article != r.article or not 0 <= gap <= NEAR or x.source is None:
                    continue
                if _name(x.source) in deniers:
                    continue  # the denier's own words
                if best is None or gap < best[0]:
                    best = (gap, c)
    return None if best is None else best[1]


_NO_SUCH = re.compile(r"\bno\s+such\s+([^\W\d_]+)", re.IGNORECASE)
"""What a denial says there was none of, pointing back: "had received no such warning"."""


def _names_thing(text: str, noun: str) -> bool:
    """Whether a claim's words name the thing of "no such ``noun``": the noun, or the verb it
    is made from ("warned" for "warning", "paid" for "payment"), by the stems of both, or one
    stem the start of the other, four letters or more."""
    want = stem(noun.casefold())
    for w in re.findall(r"[^\W\d_]+", text.casefold()):
        got = stem(w)
        if got == want or (
            min(len(got), len(want)) >= 4 and (got.startswith(want) or want.startswith(got))
        ):
            return True
    return False


def such_denied(neg: StoryClaim, claims: Collection[StoryClaim]) -> StoryClaim | None:
    """The claim a "no such N" statement answers ("The union said it had warned the hauler. The
    hauler said it had received no such warning."): the nearest claim before it in one report,
    within :data:`NEAR` characters, positive and not hedged, that names N or its verb
    (:func:`_names_thing`), given by another identified source; every report of ``neg`` says
    "no such" of one thing, each given by one identified source. None where none is found."""
    things = {m[1].casefold() for r in neg.reports for m in [_NO_SUCH.search(r.text)] if m}
    if len(things) != 1 or any(_NO_SUCH.search(r.text) is None for r in neg.reports):
        return None
    (noun,) = things
    speakers = {_who(r) or _words(r.source) for r in neg.reports}
    if len(speakers) != 1 or "" in speakers:
        return None
    return _nearest_before(
        neg,
        claims,
        speakers,
        lambda c: _names_thing(c.text, noun),
        lambda x: _who(x) or _words(x.source),
    )


def _nearest_before(
    neg: StoryClaim,
    claims: Collection[StoryClaim],
    speakers: Collection[str],
    fits: Callable[[StoryClaim], bool],
    who_of: Callable[[Report], str],
) -> StoryClaim | None:
    """The claim nearest before one of ``neg``'s reports in the same article, within
    :data:`NEAR` characters, positive, not hedged and ``fits``, given by an identified source
    (``who_of`` a report) that is none of ``speakers``: what a denial pointing back answers
    (:func:`such_denied`, :func:`receipt_denied`). None where none is found."""
    best: tuple[int, StoryClaim] | None = None
    for r in neg.reports:
        for c in claims:
            if c is neg or c.polarity != "positive" or _hedged(c) or not fits(c):
                continue
            for x in c.reports:
                gap = r.start - x.end
                if x.article != r.article or not 0 <= gap <= NEAR:
                    continue
                who = who_of(x)
                if not who or who in speakers or not (x.source or x.source_text):
                    continue  # the outlet's own words, or the denier's
                if best is None or gap < best[0]:
                    best = (gap, c)
    return None if best is None else best[1]


_RECEIPT = re.compile(
    r"^(?:(?:it|they|we|he|she)\s+(?:had\s+|has\s+|have\s+|ever\s+)*)?(?:having\s+)?"
    r"(?:receiv\w*|got|gotten|getting|get)\s+(?:any|an|a|the)\s+((?:[^\W\d_]+\s+){0,2}"
    r"[^\W\d_]+)\s*[.,]?$",
    re.IGNORECASE,
)
"""A denial's words that receiving a thing, all of them: "receiving any alert", "it had received
a flood warning"; the thing's head noun is the group's last word."""
_TO_EVERY = re.compile(r"\bto\s+(?:every|all|each)\b", re.IGNORECASE)


@cache
def _sending() -> frozenset[str]:
    """``data/sending.tsv``: predicates by which a party tells that it sent something."""
    text = (files(__package__) / "data" / "sending.tsv").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _received_thing(neg: StoryClaim) -> str | None:
    """The head noun of what every report of a denial denies receiving ("alert" of "denied
    receiving any alert"), each a denial by one identified source; else None."""
    nouns = set()
    for r in neg.reports:
        m = _RECEIPT.match(" ".join(r.text.split()))
        if m is None or r.modality != "denied":
            return None
        nouns.add(stem(m[1].split()[-1].casefold()))
    return nouns.pop() if len(nouns) == 1 else None


def _sent_to(claim: StoryClaim, thing: str, deniers: Collection[str]) -> bool:
    """Whether a claim tells that its source sent ``thing`` (a stem) to a set the denier is in:
    its predicate one of :func:`_sending`, the thing's noun in its words, and "to every", "to
    all", "to each", or one of the denier's names (``deniers``) after "to"."""
    if claim.predicate is None or claim.predicate.casefold() not in _sending():
        return False
    text = " ".join(claim.text.split())
    words = [stem(w) for w in re.findall(r"[^\W\d_]+", text.casefold())]
    if thing not in words:
        return False
    return bool(_TO_EVERY.search(text)) or any(
        re.search(rf"\bto\s+(?:the\s+)?{re.escape(name)}\b", text.casefold()) is not None
        for name in deniers
        if len(name) > 2
    )


def receipt_denied(neg: StoryClaim, claims: Collection[StoryClaim]) -> StoryClaim | None:
    """The claim a denial of receiving a thing answers ("The agency said it had issued a storm
    alert to every ferry operator. Halvik Ferries denied receiving any alert."): the nearest
    claim before it in one report, within :data:`NEAR` characters, positive and not hedged, by
    another identified source, that tells of sending that thing (the same head noun) to every
    one of a set, or to the denier by name (:func:`_sent_to`); every report of ``neg`` denies
    receiving one thing (:func:`_received_thing`), each given by one identified source. A
    sending to some ("to three operators") or to another named party answers nothing. None
    where none is found."""
    thing = _received_thing(neg)
    if thing is None:
        return None
    speakers = {_who(r) or _words(r.source_text) for r in neg.reports}
    if len(speakers) != 1 or "" in speakers:
        return None
    deniers = {_words(r.source_text) for r in neg.reports} | _denier_names(neg)
    return _nearest_before(
        neg,
        claims,
        speakers,
        lambda c: _sent_to(c, thing, deniers),
        lambda x: _who(x) or _words(x.source_text),
    )


@cache
def _dismissals() -> frozenset[str]:
    """``data/dismissals.tsv``: words that dismiss a statement ("misleading", "false")."""
    text = (files(__package__) / "data" / "dismissals.tsv").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


_DISMISSING = re.compile(
    r"^(?:the|that|this|these|those)\s+(?P<noun>[^\W\d_]+)\s+(?:was|is|were|are)\s+"
    r"[\"“‘']?(?P<word>[^\W\d_]+)[\"”’']?(?:\s*$|[\s,.;])",
    re.IGNORECASE,
)
"""A statement that calls another by its noun a dismissing word: "the figure was
“misleading” because …", "the claim is false"."""


def _gives_figure(claim: StoryClaim) -> bool:
    """Whether a claim gives a figure that "the figure" may name: a count, a figure in digits,
    or a fraction in words ("cut the budget by a fifth")."""
    return bool(claim.values.numbers or claim.values.figures) or fraction(claim.text)


def dismissed(
    claim: StoryClaim,
    claims: Collection[StoryClaim],
    names: Collection[str],
    spoken: Mapping[str, str],
) -> StoryClaim | None:
    """The statement a dismissal answers ("Hal Orr said the council had cut the budget by a
    fifth. The council said the figure was misleading."): every report of ``claim`` names a
    statement by its noun (an ``answered`` noun of the claims stage, "the claim", or a noun that
    names a count, "the figure", then only of a statement that gives a figure) and calls it a
    word of ``data/dismissals.tsv``, "was misleading"; the statement is the nearest just before
    it in one report of another identified party (:func:`_answered_just_before`). None where a
    report does not dismiss, or where none is found."""
    if claim.polarity != "positive" or not claim.reports:
        return None
    best: tuple[int, StoryClaim] | None = None
    for r in claim.reports:
        m = _DISMISSING.match(" ".join(r.text.split()))
        if m is None or m["word"].casefold() not in _dismissals():
            return None
        noun = m["noun"].casefold()
        counted = noun in count_nouns() or noun.removesuffix("s") in count_nouns()
        if not (counted or _answered(noun)):
            return None
        got = _answered_just_before(r, claims, names, spoken)
        if got is None or (counted and not _gives_figure(got[1])):
            continue
        if best is None or got[0] < best[0]:
            best = (got[0], got[1])
    return None if best is None else best[1]


def find(
    story: Story, changed: set[str], explicit: list[tuple[str, str]], matcher: Matcher
) -> list[StoryContradiction]:
    """New contradictions that involve a changed claim; adds them to the story and returns them.
    Contradictions already recorded are kept as they were."""
    look = lookups(story)
    by_id = look.by_id
    group_of = {x.id: x.copy_of for x in story.articles if x.copy_of}
    names: dict[str, str] = {}  # actor key -> name, read when a first pair is recorded
    inside: list[set[str]] = []  # claims told only within a denial's words, when first needed
    found: list[StoryContradiction] = []

    def add(kind: str, a: StoryClaim, b: StoryClaim, about: str, why: str) -> None:
        if (kind, a.id, b.id) in look.pairs:
            return
        if one_span(a, b, (a.id, b.id) in paired):
            return  # one sentence's words on both sides
        if kind == "denial":
            if not inside:
                inside.append(told_in_denial(story.claims))
            if a.id in inside[0]:
                return  # a denial's words, no assertion: two denials agree
        if not (
            _across(a, b)
            or (kind == "conflict" and _named_apart(a, b))
            or (kind == "denial" and (a.id, b.id) in paired)
        ):
            return
        if not names:
            names.update((actor.key, actor.name) for actor in story.actors)
        x = StoryContradiction(
            kind="denial" if kind == "denial" else "conflict",
            a=a.id,
            b=b.id,
            about=about,
            seen=_seen(a, b),
            a_side=_side(a, names),
            b_side=_side(b, names),
            why=why,
        )
        look.add_contradiction(x)
        found.append(x)

    known: list[frozenset[str]] = []
    spoken: list[dict[str, str]] = []

    def _reversed(a: StoryClaim, b: StoryClaim) -> bool:
        """Both said by one source (:func:`one_source`) or one party (:func:`one_party`), one
        side all said by sources of the other (:func:`both_ways`), or one source's statement and
        its own later reversal (:func:`reversal`): no dispute between parties."""
        if not known:
            known.append(known_names(story))
            spoken.append(voices(story))
        return (
            one_source(a, b, known[0])
            or one_party(a, b, known[0], spoken[0])
            or both_ways(a, b, known[0])
            or reversal(a, b, known[0], spoken=spoken[0]) is not None
            or reversal(b, a, known[0], spoken=spoken[0]) is not None
        )

    paired = set(explicit)
    accounts: list[tuple[StoryClaim, StoryClaim]] = []  # short denials, for the account after
    pairs = [(by_id[a], by_id[b]) for a, b in explicit if a in by_id and b in by_id]
    for cid in sorted(changed, key=lambda c: int(c[1:])):
        claim = by_id[cid]
        pairs += [
            (claim, o) if claim.polarity == "positive" else (o, claim)
            for o in look.families.get(claim.frame or "", [])
            if o.polarity != claim.polarity
        ]
    for pos, neg in sorted(pairs, key=lambda p: (int(p[0].id[1:]), int(p[1].id[1:]))):
        if pos.polarity == "positive" and neg.polarity == "negative":
            if (pos.id, neg.id) not in paired and _own_acts(pos, neg):
                continue  # each party of its own doing; "X denied this." repeats the words
            why = _denial_why(pos, neg)
            if why is None and (pos.id, neg.id) in paired and _charge_answered(pos, neg):
                why = "an accusation and the accused's denial of it, paired in one report"
            if why is None and (pos.id, neg.id) in paired and _statement_answered(pos, neg):
                why = "a statement and another party's short denial of it, paired in one report"
            if why is not None and not _reversed(pos, neg):
                about = " ".join(sorted(pos.term_set & neg.term_set)) or (pos.frame or "")
                add("denial", pos, neg, about, why)
                if (pos.id, neg.id) in paired:
                    accounts.append((pos, neg))
    for pos, neg in accounts:
        if not known:
            known.append(known_names(story))
            spoken.append(voices(story))
        theirs = denier_account(pos, neg, story.claims, known[0], spoken[0])
        if theirs is not None and not _reversed(pos, theirs):
            paired.add((pos.id, theirs.id))  # told side by side in one report
            why = "the denier's own account, just after its short denial of the claim"
            add("denial", pos, theirs, pos.frame or "", why)
    for cid in sorted(changed, key=lambda c: int(c[1:])):
        neg = by_id[cid]
        accused = involvement_denied(neg, story.claims) if neg.polarity == "negative" else None
        if accused is not None and accused.frame != neg.frame and not _reversed(accused, neg):
            paired.add((accused.id, neg.id))  # told side by side in one report
            why = "the accused's denial of any part in what the claim just before says it did"
            add("denial", accused, neg, accused.frame or "", why)
    for cid in sorted(changed, key=lambda c: int(c[1:])):
        neg = by_id[cid]
        such = such_denied(neg, story.claims) if neg.polarity == "negative" else None
        if such is not None and not _reversed(such, neg):
            paired.add((such.id, neg.id))  # told side by side in one report
            why = "a statement that there was no such thing as the claim just before tells of"
            add("denial", such, neg, such.frame or "", why)
    for cid in sorted(changed, key=lambda c: int(c[1:])):
        neg = by_id[cid]
        sent = receipt_denied(neg, story.claims) if neg.polarity == "negative" else None
        if sent is not None and not _reversed(sent, neg):
            paired.add((sent.id, neg.id))  # told side by side in one report
            why = "a denial of receiving what the claim just before says was sent to all"
            add("denial", sent, neg, sent.frame or "", why)
    for cid in sorted(changed, key=lambda c: int(c[1:])):
        neg = by_id[cid]
        if neg.polarity != "negative" or neg.frame is not None:
            continue  # a denial with a proposition of its own denies that
        if not known:
            known.append(known_names(story))
            spoken.append(voices(story))
        account = owned_account(neg, story.claims, known[0], spoken[0])
        if account is not None:
            pos, named = account
            paired.add((pos.id, neg.id))  # told side by side in one report, as "X denied this."
            why = f"a denial of {named}: its statement just before, in the same report"
            add("denial", pos, neg, named, why)
    for cid in sorted(changed, key=lambda c: int(c[1:])):
        claim = by_id[cid]
        if claim.polarity != "positive" or not _DISMISSING.match(claim.text.lstrip()):
            continue
        if not known:
            known.append(known_names(story))
            spoken.append(voices(story))
        answered = dismissed(claim, story.claims, known[0], spoken[0])
        if answered is not None and answered is not claim and not _reversed(answered, claim):
            paired.add((answered.id, claim.id))  # told side by side in one report
            why = "a statement that calls the claim just before, named by its noun, untrue"
            add("denial", answered, claim, answered.frame or "", why)
    for cid in sorted(changed, key=lambda c: int(c[1:])):
        if not known:
            known.append(known_names(story))
            spoken.append(voices(story))
        sides = contrasted(by_id[cid], story.claims, known[0])
        if sides is not None and not _reversed(*sides):
            why = (
                "two speakers an outlet's sentence of contrast sets apart, just before and after it"
            )
            add("conflict", sides[0], sides[1], sides[0].frame or "", why)
    for cid in sorted(changed, key=lambda c: int(c[1:])):
        claim = by_id[cid]
        if claim.polarity != "positive" or _hedged(claim) or not _states(claim):
            continue
        if not claim.values.numbers and claim.frame is None:
            continue  # no pair of it can conflict (:meth:`ClaimLookups.may_conflict`)
        others = [c for c in look.may_conflict(claim) if c.polarity == "positive"]
        for other in sorted(others, key=lambda c: int(c.id[1:])):
            if _hedged(other) or not _states(other):
                continue
            first, second = sorted((other, claim), key=lambda c: int(c.id[1:]))
            if copies_apart(first, second, group_of):
                continue  # one report's copies: one sentence, worded two ways
            got = _conflict_why(first, second, matcher, look.voices)
            if got is not None:
                add("conflict", first, second, got[0], got[1])
    story.contradictions.extend(found)
    return found
