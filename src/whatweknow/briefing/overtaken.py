"""States and running figures that a later report overtakes, besides the tallies of
:func:`~.figures.superseded`: true on the day they were first reported, no longer what is known.

Four kinds, each read only where the same thing is clearly identified:

* the progress of a count (:func:`~whatweknow.stories.values.progress`: "with 88 percent of
  polling stations counted") when a report first seen on a later day gives a higher share of
  the same whole counted the same way ("97 percent of polling stations counted"): a count in
  progress only grows, so a lower later share is a recap, not a step. The shares it gives
  beside the progress (the candidates' 50.3 and 47.9 percent) are of that moment too;
* a negated statement that someone has not spoken (:data:`SPEECH`: "X has not spoken in public
  since Sunday", "X did not respond to questions", "X has not yet commented") when a report
  first seen on a later day quotes X (its source is the actor that fills the statement's agent
  role, or a person of the same surname): the line says so ("later reports quote X"), which is
  true whatever X then said;
* a statement of how things stand so far (:data:`SO_FAR`: "No group has yet said it carried
  out the attack", "Three miners remain missing", "The cause is still unknown") when the story
  has reports first seen on a later day: it was the state of its day, whatever came after, so
  it is dated ("the story went on after it") even where nothing later names the same thing;
* a state that holds until something ends it (:func:`ended`, ``data/ended_states.tsv``: "A
  third crewman is missing", "the pass is closed") when a report first seen on a later day
  tells its ending of the same holder ("the missing crewman was found alive"): dated, "later
  reported found".

Besides, a statement its own source later reversed (:func:`reversals`: "Tessel Mining denied that
any miner had been exposed" on Monday, "Tessel Mining admitted that four miners had been
exposed" on Wednesday; or a statement confirmed, then retracted; or both in one report, the
second told as later: "at first denied that …, but later admitted that …", a word of
``data/later_markers.tsv`` between them): the line says what the source said then, and what it
said later, citing both; a denial so overtaken is no live denial, and contests nothing. So is a
statement its source takes back in words (:func:`retractions`, ``data/retractions.tsv``:
"reversing its earlier statement that the rain was to blame", "reversing a denial it issued a
day earlier"), where the statement taken back can be identified: the same source's, saying what
the words name, else of the same frame and participants and said before; a body's words take
back its spokesperson's statement; a speaker's first-person words ("What I told you on Monday
was not true": :func:`own_retractions`) take back only their own earlier denial that what they,
or the body their office names, admit in the same report says the other way; words that name
only the day of a denial ("reversing its denial a day earlier": :func:`dated_retractions`) take
back the source's one denial of that day; and the next sentence of a quotation judging wrong
what the speaker just said they said ("We said on Monday that none was lost. That was wrong.":
:func:`quoted_retractions`) withdraws it. So is a statement a report tells as its source's
first account (:func:`first_accounts`, ``data/first_markers.tsv``: "Sellaway, which at first
denied receiving the letter, now says it arrived but was lost"), with the same source's earlier
statement it restates. Each is its source's view of its day, never established.

A briefing dates each such line "as of" the day of its first report rather than state it as the
present (:mod:`.claims`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib.resources import files

from ..stages._lists import kinded_lists, word_list
from ..stories.contradictions import (
    IN_ONE_REPORT,
    both_ways,
    cue,
    first_seen,
    identified_source,
    known_names,
    one_party,
    parties,
    predicate_forms,
    reversal,
    same_source,
    source_of,
    spoken_for,
    voices,
)
from ..stories.merge import REFUSAL
from ..stories.text import STOP, stem
from ..stories.values import progress
from ..story_contract import Report, Story, StoryClaim
from .claims import ENDED, PASSED, WIDE_FRAMES
from .figures import tallies
from .happenings import past_forms

SPEECH = frozenset({"speak", "comment", "respond", "reply", "talk", "answer"})
"""Predicates of speaking whose negation ("has not commented") a later quote overtakes. Not
"say": "has not said whether it will appeal" is about one question, which a quote on another
does not answer."""

FIGURE = "later reports give another figure"

SO_FAR = re.compile(
    r"\b(?:yet|so far|thus far|to date|still|remain|remained|remains(?! of\b)|stays|"
    r"continues? to)\b",
    re.IGNORECASE,
)
"""Words that tell a state as it stands at the time of telling ("The order stays in place", "the
fire continues to burn"). "remains of …" is a noun."""
WENT_ON = "the story went on after it"


@cache
def _holding() -> re.Pattern[str]:
    """``data/holding_verbs.tsv`` right before a figure, perhaps hedged ("has about 5.6
    million")."""
    verbs = "|".join(sorted(word_list(__package__, "holding_verbs.tsv"), key=len, reverse=True))
    hedge = r"(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more\s+than|"
    hedge += r"fewer\s+than|less\s+than|at\s+least|up\s+to|just\s+over|just\s+under)\s+)?"
    return re.compile(rf"\b(?:{verbs})\s+{hedge}\d", re.IGNORECASE)


def _holds(text: str) -> bool:
    """Whether words give a total their subject holds ("has about 5.6 million customers",
    "employs 3,000 people": ``data/holding_verbs.tsv``)."""
    return _holding().search(text) is not None


def held_totals(story: Story) -> set[str]:
    """The claims whose figure is a total their subject holds ("The operator has about 5.6
    million customers") that no later report gives another total of: a later count of the same
    noun that tells what happened to some of them ("2.3 million customers were affected") or
    who they are ("on behalf of 1,200 customers") is another quantity, no later figure of the
    total (:func:`~.figures.superseded` reads it as one, for it compares the counted noun
    alone). A later total ("has 95,000 customers") overtakes it."""
    out: set[str] = set()
    for found in tallies(story, propositions=False).values():
        for day, claim, _, value, before in found:
            if before:
                continue  # the figure a report says the count changed from
            if _holds(claim.text) and not any(
                d > day and v != value and not b and _holds(c.text) for d, c, _, v, b in found
            ):
                out.add(claim.id)
    return out


def _committed(claim: StoryClaim) -> bool:
    return claim.polarity == "positive" and any(
        r.modality not in ("speculated", "expected", "denied") for r in claim.reports
    )


def _progress(story: Story) -> dict[str, tuple[date, str]]:
    steps: dict[str, list[tuple[date, float, str]]] = {}
    for claim in story.claims:
        day = first_seen(claim)
        if day is None or not _committed(claim):
            continue
        for what, n, _ in progress(claim.text):
            steps.setdefault(what, []).append((day, n, claim.id))
    out: dict[str, tuple[date, str]] = {}
    for found in steps.values():
        for day, n, cid in found:
            if any(d > day and m > n for d, m, _ in found):
                out[cid] = (min(day, out.get(cid, (day, ""))[0]), FIGURE)
    return out


def _same(a: str, b: str) -> bool:
    """One actor: the same key, or two person keys of one surname ("person:malvick" for
    "person:oren malvick", as an article names him the second time)."""
    if a == b:
        return True
    if not (a.startswith("person:") and b.startswith("person:")):
        return False
    return a.rsplit(" ", 1)[-1].rsplit(":", 1)[-1] == b.rsplit(" ", 1)[-1].rsplit(":", 1)[-1]


def _silence(story: Story, names: Mapping[str, str]) -> dict[str, tuple[date, str]]:
    out: dict[str, tuple[date, str]] = {}
    for claim in story.claims:
        day = first_seen(claim)
        if (
            day is None
            or claim.polarity != "negative"
            or (claim.predicate or "") not in SPEECH
            or not claim.agent
            or not all(r.negated and r.modality != "denied" for r in claim.reports)
        ):
            continue
        for key in claim.agent:
            quoted = any(
                r.source is not None
                and r.seen is not None
                and r.seen > day
                and _same(key, r.source)
                for other in story.claims
                if other is not claim
                for r in other.reports
            )
            if quoted:
                out[claim.id] = (day, f"later reports quote {names.get(key, 'them')}")
                break
    return out


_ANSWERING = frozenset({"comment", "respond", "reply", "answer", "return", "reached"})
"""The last word of a refusal (:data:`~whatweknow.stories.merge.REFUSAL`) of any comment at all
("declined to comment", "could not be reached"), which a later quote on anything overtakes; not
"would not say", "declined to confirm": about one question."""


def _refuser(claim: StoryClaim, names: Mapping[str, str]) -> str | None:
    """The key of the party a claim's words say refused all comment ("Mira Quint, the rower
    named in the files, declined to comment."): the actor (no group, no place) whose name
    opens the words, "the" aside, and is their subject, a comma or the refusal right after the
    name (not "Quint's lawyer declined …", "Quint and her coach declined …"); else None."""
    found = REFUSAL.search(claim.text)
    if found is None or found.group(0).split()[-1].casefold() not in _ANSWERING:
        return None
    head = claim.text[: found.start()].strip()
    if head[:4].casefold() == "the ":
        head = head[4:]
    for key, name in names.items():
        if key.startswith(("group:", "place:", "country:")) or not name:
            continue
        rest = head[len(name) :]
        if head[: len(name)].casefold() == name.casefold() and (not rest or rest[0] == ","):
            return key
    return None


@cache
def _acting_for_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``data/acting_for.tsv`` as two patterns of a source's words that name the party a role
    speaks for (group ``party``): "<party>'s <role>" and "<role> for/of <party>"."""
    rows = word_list(__package__ or "whatweknow.briefing", "acting_for.tsv")
    roles = "|".join(r"\s+".join(map(re.escape, r.split())) for r in sorted(rows, key=len)[::-1])
    party = r"(?P<party>[^\W\d_][\w'’.&-]*(?:\s+[\w'’.&-]+)*?)"
    owned = re.compile(rf"^(?:the\s+)?{party}['’]s?\s+(?:{roles})\b", re.IGNORECASE)
    acting = re.compile(
        rf"^(?:(?:the|an?)\s+)?(?:{roles})\s+(?:for|of|to)\s+(?:the\s+)?{party}(?:,|$)",
        re.IGNORECASE,
    )
    return owned, acting


def _party_words(source_text: str | None) -> str | None:
    """The party a source's words name as the one its role speaks for ("Quint's agent, Elise
    Moreau": "quint"; "a lawyer for the rower Ida Brun": "rower ida brun"), in lower case."""
    if not source_text:
        return None
    words = " ".join(source_text.split())
    owned, acting = _acting_for_pattern()
    found = owned.match(words) or acting.match(words)
    return found["party"].casefold() if found else None


def _names_party(words: str, key: str, names: Mapping[str, str]) -> bool:
    """Whether a role's party words name the actor ``key``: its whole name, a phrase ending in
    it ("rower ida brun"), or its last word ("quint", "laboratory") where no other actor's name
    ends in that word."""
    name = " ".join(names.get(key, "").casefold().split())
    if not name:
        return False
    if words == name or words.endswith(" " + name):
        return True
    last = name.split()[-1]
    return words in (last, f"the {last}") and not any(
        k != key and n.casefold().split()[-1:] == [last] for k, n in names.items() if n
    )


def _acting(story: Story) -> dict[str, str]:
    """Source key -> the party words its role names, where the story's reports of that source
    give one party ("Quint's agent, Elise Moreau" in one report: "Moreau said" in another speaks
    for Quint too)."""
    found: dict[str, set[str]] = {}
    for claim in story.claims:
        for r in claim.reports:
            if r.source and (party := _party_words(r.source_text)) is not None:
                found.setdefault(r.source, set()).add(party)
    return {key: next(iter(v)) for key, v in found.items() if len(v) == 1}


def _speaks_for(r: Report, key: str, names: Mapping[str, str], acting: Mapping[str, str]) -> bool:
    """Whether a report is the party ``key`` speaking: its own, or of one whose role speaks for
    it (an agent, lawyer, director or spokesperson: :func:`_acting`, or the report's voice)."""
    if r.source is not None and _same(key, r.source):
        return True
    party = _party_words(r.source_text) or acting.get(r.source or "") or r.voice
    return party is not None and _names_party(party, key, names)


def _refused(story: Story, names: Mapping[str, str]) -> dict[str, tuple[date, str]]:
    """Refusals of all comment ("X declined to comment") when a report first seen on a later
    day quotes the party, or one who speaks for it (:func:`_speaks_for`): the line says so, as
    of the refusal's day."""
    acting = _acting(story)
    out: dict[str, tuple[date, str]] = {}
    for claim in story.claims:
        day = first_seen(claim)
        if day is None or (key := _refuser(claim, names)) is None:
            continue
        later = next(
            (
                r
                for other in story.claims
                if other is not claim
                for r in other.reports
                if r.seen is not None and r.seen > day and _speaks_for(r, key, names, acting)
            ),
            None,
        )
        if later is None:
            continue
        who = names.get(key, "them")
        if later.source is not None and not _same(key, later.source):
            who = f"{names.get(later.source, later.source_text or 'a representative')} for {who}"
        out[claim.id] = (day, f"later reports quote {who}")
    return out


def _so_far(story: Story) -> dict[str, tuple[date, str]]:
    last = max(
        (r.seen for c in story.claims for r in c.reports if r.seen is not None), default=None
    )
    out: dict[str, tuple[date, str]] = {}
    for claim in story.claims:
        day = first_seen(claim)
        if day is not None and last is not None and day < last and SO_FAR.search(claim.text):
            out[claim.id] = (day, WENT_ON)
    return out


@cache
def later_markers() -> re.Pattern[str]:
    """``data/later_markers.tsv``: words telling that what follows came later, as a pattern."""
    text = (files(__package__) / "data" / "later_markers.tsv").read_text(encoding="utf-8")
    words = [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


NEAR = 300
"""Characters between a statement and its source's reversal in one report: the same sentence
or the next ("at first denied that …, but later admitted that …")."""


@cache
def _earlier_speech() -> re.Pattern[str]:
    """``data/earlier_speech.tsv`` after "had", then at most a few words (a day, a listener)
    and "that", at the end of the words before a report: "The clinic had said on Monday that "."""
    verbs = "|".join(sorted(word_list(__package__, "earlier_speech.tsv"), key=len, reverse=True))
    return re.compile(
        rf"\bhad\s+(?:(?:first|earlier|previously|initially)\s+)?(?:{verbs})\b"
        r"(?:\s+[^\s.;:!?\"“”]+){0,4}?\s+that\s*$",
        re.IGNORECASE,
    )


EARLIER_WINDOW = 80
"""Characters before a report read for the words that tell it as said earlier."""


def told_earlier(text: str, r: Report) -> bool:
    """Whether the words right before a report tell it as said before the report's own time, in
    the past perfect of a verb of saying (:func:`_earlier_speech`: "The school had said on
    Tuesday that …")."""
    return _earlier_speech().search(text[max(0, r.start - EARLIER_WINDOW) : r.start]) is not None


def _told_after(texts: Mapping[str, str]) -> Callable[[Report, Report], bool]:
    """Whether, in one article, a report comes after another within :data:`NEAR` characters
    with a word of :func:`later_markers` between them; or, anywhere in the article, the other
    is told as said earlier (:func:`told_earlier`: "The clinic had said on Monday that P") and
    it is not ("The clinic acknowledged on Friday that Q")."""

    def after(a: Report, b: Report) -> bool:
        text = texts.get(a.article)
        if text is None or a.article != b.article:
            return False
        if told_earlier(text, a) and not told_earlier(text, b):
            return True
        return (
            0 <= b.start - a.end <= NEAR
            and later_markers().search(text, a.end, b.start) is not None
        )

    return after


def reversals(
    story: Story, texts: Mapping[str, str] | None = None
) -> dict[str, tuple[date, str, bool, str]]:
    """The statements that their own source later reversed (:func:`~whatweknow.stories.
    contradictions.reversal`: "Tessel Mining denied that any miner had been exposed" on Monday,
    "Tessel Mining admitted that four miners had been exposed" on Wednesday; or in one report,
    told as later: "at first denied that …, but later admitted that …", where ``texts``,
    article id -> text, gives the article), each with the day of its first report, the claim
    that reverses it (the first seen of several), whether one report tells both, and why it
    is a reversal (the proposition, the source and the days compared). A denial whose source is
    told, in the same sentence, to have admitted the other way later counts too
    (:func:`admitted_after`)."""
    names = known_names(story)
    spoken = voices(story)
    after = _told_after(texts or {})
    families: dict[str, list[StoryClaim]] = {}
    for claim in story.claims:
        if claim.frame is not None:
            families.setdefault(claim.frame, []).append(claim)
    out: dict[str, tuple[date, str, bool, str]] = {}
    for family in families.values():
        for old in family:
            day = first_seen(old)
            if day is None:
                continue
            later = [
                (first_seen(new) or day, int(new.id[1:]), new.id, why)
                for new in family
                if new.polarity != old.polarity
                and (why := reversal(old, new, names, after, spoken)) is not None
            ]
            if later:
                _, _, by, why = min(later)
                out[old.id] = (day, by, IN_ONE_REPORT in why, why)
    for cid, (day, by, why) in admitted_after(story, texts or {}).items():
        out.setdefault(cid, (day, by, True, why))
    for cid, (day, by, why) in conceded_later(story, texts or {}).items():
        out.setdefault(cid, (day, by, False, why))
    for cid, (day, by, why) in existence_conceded(story, texts or {}).items():
        out.setdefault(cid, (day, by, False, why))
    return out


@cache
def _conceded() -> re.Pattern[str]:
    """A verb of conceding (``data/retractions.tsv``, kind ``concede``), at most three words (a
    day) before "that", at the end of the words before a report ("admitted on Wednesday that ")."""
    verbs = "|".join(map(re.escape, kinded_lists(__package__, "retractions.tsv")["concede"]))
    return re.compile(rf"\b(?:{verbs})(?:\s+[\w'’]+){{0,3}}?\s+that\s+$", re.IGNORECASE)


CONCEDED_WINDOW = 60
"""Characters before a report read for a verb of conceding (:func:`_conceded`)."""


def _told_conceding(
    story: Story, texts: Mapping[str, str], names: frozenset[str], spoken: Mapping[str, str]
) -> list[tuple[Report, StoryClaim]]:
    """The reports of positive statements told after a verb of conceding (:func:`_conceded`:
    "admitted on Wednesday that …"), asserted or reported, not negated, dated, by a source the
    story identifies: what may overtake a party's earlier denial or statement."""
    conceded = _conceded()
    told: list[tuple[Report, StoryClaim]] = []
    for new in story.claims:
        if new.polarity != "positive":
            continue
        for y in new.reports:
            text = texts.get(y.article)
            if (
                text is None
                or y.seen is None
                or y.negated
                or y.modality not in ("asserted", "reported")
                or conceded.search(text, max(0, y.start - CONCEDED_WINDOW), y.start) is None
            ):
                continue
            if any(identified_source(new, w, names) for w in parties(y, spoken)):
                told.append((y, new))
    return told


def _ranked(seen: date, new: StoryClaim) -> tuple[date, int, str]:
    """The order in which statements overtake: the earliest day, then the earliest claim."""
    return (seen, int(new.id[1:]) if new.id[1:].isdigit() else 0, new.id)


def _one_party(
    old: StoryClaim, y: Report, spoken: Mapping[str, str], names: Collection[str]
) -> bool:
    """Whether every report of ``old`` is given by the party that gives ``y`` (a spokesman who
    speaks for the body counts as the body: :func:`~whatweknow.stories.contradictions.
    same_source`)."""
    return all(
        any(same_source(p, q, names) for p in parties(x, spoken) for q in parties(y, spoken))
        for x in old.reports
    )


def conceded_later(story: Story, texts: Mapping[str, str]) -> dict[str, tuple[date, str, str]]:
    """The denials whose party concedes the other way on a later day, in other words and of
    another verb, but of the same matter: a denial ("denied receiving any such call", every
    report of it denied) whose content words, its predicate aside, are all written in a
    positive statement (a place or party shared is not the matter: "denied that the lower
    gallery was closed" is not "admitted that fumes leaked into the lower gallery") of the same
    party (:func:`~whatweknow.stories.contradictions.parties`) told after a verb of conceding
    (:func:`_conceded`: "admitted on Wednesday that its line logged a call"), in a report seen
    after every report of the denial, in another article. The earliest such statement
    overtakes it; one that would overtake denials saying different things overtakes none of
    them. Each with the day of the denial's first report, the statement, and why. A statement
    merely said, or of the same day, overtakes nothing."""
    names = known_names(story)
    spoken = voices(story)
    told = _told_conceding(story, texts, names, spoken)
    out: dict[str, tuple[date, str, str]] = {}
    for old in story.claims:
        day = first_seen(old)
        if day is None or old.polarity != "negative" or not old.reports:
            continue
        if any(x.modality != "denied" or x.seen is None for x in old.reports):
            continue
        last = max(x.seen for x in old.reports if x.seen is not None)
        said = {f for w in (old.predicate or "").split() for f in predicate_forms(w)}
        denied = _content(old.text) - said
        if not denied:
            continue
        found: list[tuple[date, int, str]] = []
        for y, new in told:
            assert y.seen is not None
            if y.seen <= last or any(x.article == y.article for x in old.reports):
                continue
            own = {f for w in (new.predicate or "").split() for f in predicate_forms(w)}
            if not denied <= _content(new.text) - own:
                continue
            if not _one_party(old, y, spoken, names):
                continue
            found.append(_ranked(y.seen, new))
        if found:
            then, _, by = min(found)
            why = (
                f"conceded the other way on {then.isoformat()}; one party, its denial of "
                f"{day.isoformat()}: {', '.join(sorted(denied))}"
            )
            out[old.id] = (day, by, why)
    # one statement conceding two denials that say different things: which one is not known
    by_new: dict[str, list[str]] = {}
    for cid, (_, by, _) in out.items():
        by_new.setdefault(by, []).append(cid)
    claims = {c.id: c for c in story.claims}
    for cids in by_new.values():
        words = [_content(claims[c].text) for c in cids]
        if any(not a & b for a in words for b in words):
            for cid in cids:
                del out[cid]
    return out


@cache
def _existence() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``data/existence.tsv``: a statement that none of a kind of thing happened ("No blasting
    has taken place …", "there was no blasting …") and one that one of that kind did ("a
    controlled blast took place …": an article or "one", at most one word before the noun),
    each whole from its first word, with the group ``noun``."""
    rows = kinded_lists(__package__, "existence.tsv")

    def alt(kind: str) -> str:
        words = sorted(rows.get(kind, []), key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) or "(?!)"

    happened, there = alt("happened"), alt("there")
    none = re.compile(
        rf"^[\"“‘']?(?:no\s+(?P<noun>[^\W\d_]+)\s+(?:{happened})"
        rf"|(?:{there})\s+no\s+(?P<thing>[^\W\d_]+))\b",
        re.IGNORECASE,
    )
    one = re.compile(
        rf"^[\"“‘']?(?:a|an|one|the)\s+(?:[^\W\d_][\w-]*\s+)?(?P<noun>[^\W\d_]+)\s+"
        rf"(?:{happened})\b",
        re.IGNORECASE,
    )
    return none, one


def _kind_of(pattern: re.Pattern[str], text: str) -> str | None:
    """The stem of the noun a statement of :func:`_existence` names, or None."""
    m = pattern.match(text.strip())
    if m is None:
        return None
    return stem(next(g for g in m.groups() if g).casefold())


def existence_conceded(story: Story, texts: Mapping[str, str]) -> dict[str, tuple[date, str, str]]:
    """The statements that no thing of a kind happened ("No blasting has taken place at the
    site this month", "there was no blasting this month"; every report of it so worded and not
    hedged) whose party concedes on a later day, in another article, that one of that kind did
    (the same noun, stem aside: "admitted on Tuesday that a controlled blast took place at the
    quarry on Nov. 3", told after a verb of conceding, :func:`_conceded`), as its own statement,
    not negated, of the same party (a spokesman who speaks for the body counts as the body:
    :func:`~whatweknow.stories.contradictions.same_source`). The earliest such statement
    overtakes it. Each with the day of the first report, the statement, and why. A statement
    merely said, or a party not the same, overtakes nothing."""
    none, one = _existence()
    names = known_names(story)
    spoken = voices(story)
    told = [
        (y, new, kind)
        for y, new in _told_conceding(story, texts, names, spoken)
        if (kind := _kind_of(one, new.text)) is not None and _kind_of(one, y.text) == kind
    ]
    out: dict[str, tuple[date, str, str]] = {}
    if not told:
        return out
    for old in story.claims:
        day = first_seen(old)
        kind = _kind_of(none, old.text)
        if day is None or kind is None or not old.reports:
            continue
        if any(
            x.seen is None
            or x.modality not in ("asserted", "reported")
            or _kind_of(none, x.text) != kind
            for x in old.reports
        ):
            continue
        last = max(x.seen for x in old.reports if x.seen is not None)
        found: list[tuple[date, int, str]] = []
        for y, new, what in told:
            assert y.seen is not None
            if what != kind or y.seen <= last or any(x.article == y.article for x in old.reports):
                continue
            if not _one_party(old, y, spoken, names):
                continue
            found.append(_ranked(y.seen, new))
        if found:
            then, _, by = min(found)
            why = (
                f"conceded on {then.isoformat()} that one took place; one party, its statement "
                f"of {day.isoformat()} that none did: {kind}"
            )
            out[old.id] = (day, by, why)
    return out


@cache
def _then_admitted() -> re.Pattern[str]:
    """The words between a denial and what its source admitted later in the same sentence: a
    word of :func:`later_markers` and a verb of admitting (``data/retractions.tsv``, kind
    ``admit``), at most two words (a day) before "that", which opens what was admitted ("…
    on Monday, then admitted on Tuesday that ")."""
    admit = kinded_lists(__package__, "retractions.tsv").get("admit", [])
    verbs = "|".join(map(re.escape, admit))
    return re.compile(
        rf"\b(?:{later_markers().pattern})\s+(?:{verbs})(?:\s+[\w'’]+){{0,2}}?\s+that\s*$",
        re.IGNORECASE,
    )


def admitted_after(story: Story, texts: Mapping[str, str]) -> dict[str, tuple[date, str, str]]:
    """The denials whose source, in the same sentence, is told to have admitted the other way
    later ("Osterline denied a leak on Monday, then admitted on Tuesday that an attacker had
    reached one archive": :func:`_then_admitted`): the denial (a report of it denied) is
    overtaken by the claim that follows "that", a positive statement not negated, of the same
    party. Each with the day of the denial's first report, the claim admitted, and why."""
    names = known_names(story)
    spoken = voices(story)
    between = _then_admitted()
    out: dict[str, tuple[date, str, str]] = {}
    for old in story.claims:
        day = first_seen(old)
        if day is None or old.polarity != "negative":
            continue
        for x in old.reports:
            text = texts.get(x.article)
            if text is None or x.modality != "denied":
                continue
            for new in story.claims:
                if new is old or new.polarity != "positive" or old.id in out:
                    continue
                for y in new.reports:
                    gap = text[x.end : y.start] if y.article == x.article else ""
                    if (
                        not gap
                        or y.negated
                        or y.modality not in ("asserted", "reported")
                        or _END.search(gap) is not None
                        or between.search(gap) is None
                        or not any(
                            same_source(p, q, names)
                            for p in parties(x, spoken)
                            for q in parties(y, spoken)
                        )
                    ):
                        continue
                    why = f"{IN_ONE_REPORT}: “{gap.strip()}”; one source"
                    out.setdefault(old.id, (day, new.id, why))
    return out


@cache
def _first_told() -> tuple[re.Pattern[str], frozenset[str]]:
    """``data/first_markers.tsv``: a pattern that ends the text before a claim, a word telling a
    first account (group ``weak`` where it tells only an earlier one, kind ``weak``), a verb
    ("had" before it allowed) and "that" where one is written ("which at first denied ",
    "initially said that ", "which had earlier denied "); and the verbs of publishing, which
    tell no account since changed."""
    rows = {
        kind: [w.casefold() for w in words]
        for kind, words in kinded_lists(__package__, "first_markers.tsv").items()
    }

    def alt(kind: str) -> str:
        return (
            "|".join(r"\s+".join(map(re.escape, w.split())) for w in rows.get(kind, [])) or "(?!)"
        )

    pattern = re.compile(
        rf"\b(?:{alt('marker')}|(?P<weak>{alt('weak')}))\s+(?:had\s+)?(?P<verb>[^\W\d_]+)\s+"
        r"(?:that\s+)?$",
        re.IGNORECASE,
    )
    return pattern, frozenset(rows.get("publish", []))


@cache
def _dated_relative() -> re.Pattern[str]:
    """``data/first_markers.tsv``: a pattern that ends the text before a claim told in a
    relative clause with a day of its own, earlier than the report's ("which denied on Tuesday
    that ", "who had denied earlier that "), with the groups ``verb`` and ``day``."""
    days = [
        r"\s+".join(map(re.escape, word.casefold().split()))
        for word in kinded_lists(__package__, "first_markers.tsv").get("earlier", [])
    ]
    day = "|".join(sorted(days, key=len, reverse=True))
    return re.compile(
        rf"\b(?:which|who)\s+(?:had\s+)?(?P<verb>[^\W\d_]+)\s+(?P<day>{day})\s+that\s+$",
        re.IGNORECASE,
    )


_WEEKDAY = re.compile(
    r"\bon\s+(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I
)


def _later_than_relative(
    text: str, told: re.Match[str], old: StoryClaim, r: Report, new: StoryClaim, n: Report
) -> bool:
    """Whether the main clause (``n``, of ``new``) after a denial told in a relative clause with
    its own earlier day (``told``, :func:`_dated_relative`, before ``r`` of ``old``) tells what
    the same party said later, in the same sentence: on another weekday ("which denied on
    Monday that P, said on Thursday that Q"), or asserting what the denial denied, sharing a
    content word besides its predicate ("which denied on Tuesday that any transfer had taken
    place, said that a transfer had been under way")."""
    between = text[r.end : n.start]
    if _END.search(between) is not None or r.modality != "denied":
        return False
    if told["day"].casefold().startswith("on "):
        other = {m["day"].casefold() for m in _WEEKDAY.finditer(between)}
        if other - {told["day"].casefold().split()[-1]}:
            return True
    said = {f for w in (old.predicate or "").split() for f in predicate_forms(w)}
    return (
        old.polarity == "negative"
        and new.polarity == "positive"
        and n.modality in ("asserted", "reported")
        and not n.negated
        and bool((_content(old.text) & _content(new.text)) - said)
    )


def _saying(verb: str) -> bool:
    """Whether a verb form is one of saying (a cue of the attribution stage: "denied", "said"),
    not of publishing (:func:`_first_told`)."""
    word = verb.casefold()
    if word in _first_told()[1]:
        return False
    lemma = past_forms().get(word) or word
    return cue(lemma) or (lemma.endswith("ed") and (cue(lemma[:-1]) or cue(lemma[:-2])))


@cache
def _admitting() -> re.Pattern[str]:
    """A verb of admitting (``data/retractions.tsv``, kind ``admit``), as a whole word."""
    admit = kinded_lists(__package__, "retractions.tsv").get("admit", [])
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, admit))})\b", re.IGNORECASE)


def _admits_after(text: str, end: int, start: int, old: StoryClaim, new: StoryClaim) -> bool:
    """Whether the words between a first account (``old``, ending at ``end``) and a later
    statement of its party (``new``, starting at ``start``) hold a verb of admitting
    (:func:`_admitting`) that tells ``new`` as the later position, as a word of "later" does:
    in the same sentence ("which at first denied P, has admitted that Q"), or in the next
    sentence where the two share a content word, one matter ("Dalgo had earlier denied that
    the office had neglected inspections. On Monday, however, he acknowledged that an
    inspection was missed")."""
    gap = text[end:start]
    ends = list(_END.finditer(gap))
    if not ends:
        return _admitting().search(gap) is not None
    return (
        len(ends) == 1
        and _admitting().search(gap, ends[0].end()) is not None
        and bool(_content(old.text) & _content(new.text))
    )


def first_accounts(
    story: Story, texts: Mapping[str, str]
) -> dict[str, tuple[date, str, bool, str]]:
    """The statements a report tells as their source's first account and then gives what the
    source says now (``data/first_markers.tsv`` before the verb of saying, a word of
    :func:`later_markers` before the later statement, within :data:`NEAR` characters: "Sellaway,
    which at first denied receiving the letter, now says it arrived but was lost", or a verb of
    admitting in the same sentence or the next (:func:`_admits_after`: "…, has admitted that
    …"); or a denial
    in a relative clause with a day of its own, :func:`_dated_relative`, and a main clause that
    :func:`_later_than_relative` tells as later: "which denied on Tuesday that P, said that Q",
    dated by the denial's first report), each with
    the day of its report, the later statement, and why: the first account is no live denial,
    whatever the two are about. The later statement is the same party's
    (:func:`~whatweknow.stories.contradictions.parties`), the nearest after it. The same
    party's statements that the first account restates (:func:`_restated`: "Sellaway denied
    receiving the letter" on an earlier day) are overtaken by it too. Each with the day of its
    first report, the later statement, whether one report tells both, and why."""
    names = known_names(story)
    spoken = voices(story)
    marker = _first_told()[0]
    dated_relative = _dated_relative()
    starts: dict[str, list[tuple[int, Report, StoryClaim]]] = {}
    for claim in story.claims:
        for r in claim.reports:
            starts.setdefault(r.article, []).append((r.start, r, claim))
    out: dict[str, tuple[date, str, bool, str]] = {}
    for old in story.claims:
        for r in old.reports:
            text = texts.get(r.article)
            if text is None or r.seen is None or old.id in out:
                continue
            m = marker.search(text, max(0, r.start - 80), r.start)
            dated = None
            if m is None or m.end() != r.start:
                m = dated = dated_relative.search(text, max(0, r.start - 80), r.start)
            if m is None or m.end() != r.start or not _saying(m["verb"]):
                continue
            # an account told only as earlier is a first one where a denial is then admitted
            weak = dated is None and m["weak"] is not None
            if weak and r.modality != "denied":
                continue
            mine = parties(r, spoken)
            later = sorted(
                (
                    (n.start, new.id, p)
                    for start, n, new in starts.get(r.article, [])
                    if new is not old
                    and r.end <= start <= r.end + NEAR
                    and (
                        (not weak and later_markers().search(text, r.end, start) is not None)
                        or (dated is None and _admits_after(text, r.end, start, old, new))
                        or (dated is not None and _later_than_relative(text, dated, old, r, new, n))
                    )
                    for p in sorted(mine)
                    if any(same_source(p, q, names) for q in parties(n, spoken))
                ),
                key=lambda x: x[:2],
            )
            if not later:
                continue
            _, by, who = later[0]
            told = f"told as its first account ({m.group(0).strip()}); one source ({_name(who)})"
            # a first account told with its own day is of that day: the first report of it
            then = (first_seen(old) or r.seen) if dated is not None else r.seen
            why = f"{told}, the other way {IN_ONE_REPORT} ({r.article})"
            out[old.id] = (then, by, True, why)
            for same in _restated(story, old, r, who, names, spoken):
                if same.id not in out and (day := first_seen(same)) is not None:
                    why = f"{told} on {r.seen.isoformat()}, said so before on {day.isoformat()}"
                    out[same.id] = (day, by, False, why)
    return out


def _name(key: str) -> str:
    return key.rsplit(":", 1)[-1]


def _restated(
    story: Story,
    old: StoryClaim,
    r: Report,
    who: str,
    names: frozenset[str],
    spoken: Mapping[str, str],
) -> list[StoryClaim]:
    """The statements that a first account (``old``, told in report ``r`` as ``who``'s) is: of
    ``who`` alone (:func:`_by`), first seen on or before ``r``'s day, of its frame (not one too
    wide to tell), polarity and participants, sharing a content word besides its predicate:
    "Sellaway denied receiving the letter" of Monday, where a report of Friday tells that it
    "at first denied receiving the letter"."""
    if old.frame is None or old.frame in WIDE_FRAMES or r.seen is None:
        return []
    said = {f for w in f"{old.frame} {old.predicate or ''}".split() for f in predicate_forms(w)}
    words = _content(old.text) - said
    return [
        c
        for c in story.claims
        if c is not old
        and c.frame == old.frame
        and c.polarity == old.polarity
        and (first := first_seen(c)) is not None
        and first <= r.seen
        and not (old.agent and c.agent and not set(old.agent) & set(c.agent))
        and not (old.theme and c.theme and not set(old.theme) & set(c.theme))
        and words & _content(c.text)
        and _by(c, who, names, spoken)
    ]


@cache
def _retraction_words(kind: str) -> str:
    """The phrases of one kind of ``data/retractions.tsv`` as a regular-expression alternation,
    longest first, any run of spaces between their words."""
    rows = kinded_lists(__package__, "retractions.tsv").get(kind, [])
    phrases = [r"\s+".join(map(re.escape, w.split())) for w in rows]
    return "|".join(sorted(phrases, key=len, reverse=True)) or "(?!)"  # none: never matches


@cache
def _retraction_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``data/retractions.tsv`` as two patterns: a statement taken back ("reversing its earlier
    statement that P") and one admitted wrong ("our first assessment that P was wrong"), each
    with the groups ``earlier`` (the word telling it came before), ``noun`` and ``what`` (P)."""
    alt = _retraction_words
    det = r"(?:its|his|her|their|the|an?|our|my)"
    own = r"(?:its|his|her|their|our|my)"  # one's own: "the first claim was false" may be another's
    noun = rf"{det}\s+(?:own\s+)?(?:(?P<earlier>{alt('earlier')})\s+)?(?P<noun>{alt('noun')})\b"
    mine = rf"{own}\s+(?:own\s+)?(?P<earlier>{alt('earlier')})\s+(?P<noun>{alt('noun')})\b"
    what = r"(?:\s+that\s+(?P<what>[^.;:!?]+?))?"
    took = re.compile(
        rf"\b(?:{alt('verb')})\s+{noun}(?:\s+that\s+(?P<what>[^.;:!?]+))?", re.IGNORECASE
    )
    erred = re.compile(
        rf"\b{mine}{what}\s+(?:was|were|had\s+been|has\s+been|is)\s+(?:\w+\s+)?"
        rf"(?:{alt('wrong')})\b",
        re.IGNORECASE,
    )
    return took, erred


_END = re.compile(r"[.!?][\"”’']?(?:\s|$)")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (at most :data:`NEAR` characters either side) that holds ``start:end``."""
    before = [m.end() for m in _END.finditer(text, max(0, start - NEAR), start)]
    after = _END.search(text, end, min(len(text), end + NEAR))
    return text[before[-1] if before else max(0, start - NEAR) : after.end() if after else end]


def _content(words: str) -> set[str]:
    return {
        stem(w) for w in re.findall(r"[^\W\d_]+", words.casefold()) if w not in STOP and len(w) > 2
    }


def _opens_with(claim: StoryClaim, who: str, names: frozenset[str]) -> bool:
    """Whether a claim in an outlet's own voice tells what ``who`` said: its words open with a
    name or description of ``who`` and then its predicate, a verb of saying ("The authority
    described the outage as …")."""
    if not claim.predicate or claim.frame is None:
        return False
    forms = predicate_forms(claim.predicate.split()[0])
    words = re.findall(r"[\w'’-]+", claim.text.casefold())
    for i, w in enumerate(words[:6]):
        if stem(w) in forms and i:
            lead = words[1:i] if words[0] in ("the", "a", "an") else words[:i]
            return bool(lead) and same_source(" ".join(lead), who, names)
    return False


def _by(old: StoryClaim, who: str, names: frozenset[str], spoken: Mapping[str, str]) -> bool:
    """Whether every report of ``old`` is ``who``'s: by its source, or the body its source speaks
    for (:func:`~whatweknow.stories.contradictions.parties`: an army spokesman's is the army's),
    or, in an outlet's own voice or a group's, by its words (:func:`_opens_with`)."""
    return bool(old.reports) and all(
        any(same_source(p, who, names) for p in parties(r, spoken))
        or (not source_of(r) and _opens_with(old, who, names))
        for r in old.reports
    )


def retractions(story: Story, texts: Mapping[str, str]) -> dict[str, tuple[date, str, str]]:
    """The statements their own source took back in words (``data/retractions.tsv``: "reversing
    its earlier statement that the rain was to blame", "reversing a denial it issued a day
    earlier", "our first assessment that … was wrong"), each with the day of its first report,
    the claim whose report says so, and why. The statement taken back is one of the same
    identified source (a description that can only be it counts: "the council" for "Varn Town
    Council"; so does the outlet telling what it said, "The council described the flood as …"):
    where the words name it ("its earlier statement that P"), one that says most of P's content
    words (a denial where the words take back a denial); where they do not, one of the claim's
    own frame and participants first seen on an earlier day (a denial where they take back a
    denial). A source that takes back a statement nobody can identify overtakes nothing."""
    names = known_names(story)
    spoken = voices(story)
    took, erred = _retraction_patterns()
    out: dict[str, tuple[date, str, str]] = {}
    for new in story.claims:
        for r in new.reports:
            text = texts.get(r.article)
            if text is None:
                continue
            whos = sorted(
                w
                for w in parties(r, spoken)
                if identified_source(new, w, names) or spoken_for(w, spoken, names)
            )
            if not whos:
                continue
            sentence = _sentence(text, r.start, r.end)
            m = took.search(sentence) or erred.search(sentence)
            if m is None:
                continue
            # a denial taken back, or a statement that was itself a negation ("its earlier
            # statement that no warning had been logged"): what is taken back is negative
            denial = m["noun"].casefold() == "denial" or bool(
                m["what"] and _NEGATION.search(m["what"])
            )
            what = _content(m["what"]) if m["what"] else set()
            found: list[tuple[int, str, tuple[date, str, str]]] = []
            for old in story.claims:
                day = first_seen(old)
                if old is new or day is None:
                    continue
                who = next((w for w in whos if _by(old, w, names, spoken)), None)
                if who is None:
                    continue
                if any(o.article == r.article and o.end > r.start for o in old.reports):
                    continue  # said in the same report after, or as, the retraction
                if not _before_it(old, r):
                    continue  # a statement first reported later is never what was taken back
                if denial != (old.polarity == "negative"):
                    continue
                if what:
                    shared = what & _content(old.text)
                    if len(shared) * 2 < len(what):
                        continue
                    how = f"its {m['noun']} that {m['what'].strip()}: {', '.join(sorted(shared))}"
                elif (
                    new.frame is None
                    or new.frame in WIDE_FRAMES
                    or old.frame != new.frame
                    or r.seen is None
                    or day >= r.seen
                    or (old.agent and new.agent and not set(old.agent) & set(new.agent))
                    or (old.theme and new.theme and not set(old.theme) & set(new.theme))
                ):
                    continue
                else:
                    how = f"its earlier {m['noun']}: same proposition ({new.frame})"
                seen = r.seen.isoformat() if r.seen else "undated"
                why = f"taken back in words; one source ({who.rsplit(':', 1)[-1]}) on {seen}, {how}"
                found.append((len(shared) if what else 0, old.id, (day, new.id, why)))
            # where the words name it, the statements that say most of them: "its earlier
            # position that all the payments had been lawful" is the one of lawful payments,
            # not another of the same source's on the payments
            most = max((n for n, _, _ in found), default=0)
            out.update((cid, got) for n, cid, got in found if n == most and cid not in out)
    for cid, got in own_retractions(story, texts).items():
        out.setdefault(cid, got)
    for cid, got in quoted_retractions(story, texts).items():
        out.setdefault(cid, got)
    for cid, got in wrong_to_say(story, texts).items():
        out.setdefault(cid, got)
    for cid, got in dated_retractions(story, texts).items():
        out.setdefault(cid, got)
    for cid, got in sole_retractions(story, texts).items():
        out.setdefault(cid, got)
    return out


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@cache
def _dated_pattern() -> re.Pattern[str]:
    """The words after a denial taken back that date it (``data/retractions.tsv``, kind ``day``:
    "reversing its denial a day earlier", "a denial it issued the day before"; or a weekday,
    "its denial on Monday"), at most three words between; the group ``day`` or ``weekday``."""
    rows = kinded_lists(__package__, "retractions.tsv").get("day", [])
    day = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(rows, key=len)[::-1])
    return re.compile(
        rf"(?:\s+(?!that\b)[^\W\d_]+){{0,3}}?\s+(?:(?P<day>{day})|on\s+"
        rf"(?P<weekday>{'|'.join(_WEEKDAYS)}))\b",
        re.IGNORECASE,
    )


def _denial_days(seen: date, m: re.Match[str]) -> tuple[date, date]:
    """The days (first, last) on which a denial dated by ``m`` (:func:`_dated_pattern`) was first
    reported, for words taking it back reported on ``seen``: "a day earlier" than what may be
    reported a day late, two days before ``seen`` or one; a weekday, the last one before
    ``seen``, or the day after it (still before ``seen``)."""
    last = seen - timedelta(days=1)
    if m["weekday"] is None:
        return seen - timedelta(days=2), last
    back = (seen.weekday() - _WEEKDAYS.index(m["weekday"].casefold())) % 7 or 7
    return seen - timedelta(days=back), last


def _of_the_matter(found: list[StoryClaim], new: StoryClaim, words: str) -> list[StoryClaim]:
    """Of a source's earlier denials that say different things (one shares no content word with
    another), those that share a content word with what the source admits, the words taking
    the denial back aside (``words``: "reversing its earlier denial"): "denied receiving any
    such call" and "denied that the register was wrong", then "admitted that its line logged a
    call, reversing its earlier denial": the denial of the call. Where all or none share one,
    all are kept, and which one is meant stays unknown."""
    said = [_content(old.text) for old in found]
    if all(a & b for a in said for b in said):
        return found
    admitted = _content(new.text) - _content(words)
    about = [old for old, c in zip(found, said, strict=True) if c & admitted]
    return about or found


def sole_retractions(story: Story, texts: Mapping[str, str]) -> dict[str, tuple[date, str, str]]:
    """The denial a source took back in words that name neither its content nor its day
    ("said on Saturday that jackets it had ordered were made at the factory, reversing its
    earlier denial"), where that source made one denial before, on earlier days: the negative
    statement denied by the same identified source (or the body its spokesperson speaks for),
    every report of it seen before the day of the words, none in their report. Where the
    source's earlier denials say different things (one shares no content word with another),
    which one is meant is not known, and nothing is taken back; but where the admission shares
    a content word with some of them only, those are the ones it is about
    (:func:`_of_the_matter`). A denial of the same day may be the later one, and is never
    taken."""
    names = known_names(story)
    spoken = voices(story)
    took, _ = _retraction_patterns()
    dated = _dated_pattern()
    out: dict[str, tuple[date, str, str]] = {}
    for new in story.claims:
        if new.polarity != "positive":
            continue
        for r in new.reports:
            text = texts.get(r.article)
            if text is None or r.seen is None or r.modality not in ("asserted", "reported"):
                continue
            sentence = _sentence(text, r.start, r.end)
            m = took.search(sentence)
            if m is None or m["what"] or m["noun"].casefold() != "denial":
                continue
            if dated.match(sentence, m.end()) is not None:
                continue  # its day named: :func:`dated_retractions`
            whos = [
                w
                for w in parties(r, spoken)
                if identified_source(new, w, names) or spoken_for(w, spoken, names)
            ]
            if not whos:
                continue
            seen = r.seen
            found = [
                old
                for old in story.claims
                if old is not new
                and old.polarity == "negative"
                and any(x.modality == "denied" for x in old.reports)
                and all(x.seen is not None and x.seen < seen for x in old.reports)
                and not any(x.article == r.article for x in old.reports)
                and any(_by(old, w, names, spoken) for w in whos)
            ]
            found = _of_the_matter(found, new, m[0])
            said = [_content(old.text) for old in found]
            if not found or any(not a & b for a in said for b in said):
                continue  # none, or more than one denial: which one is not known
            for old in found:
                day = first_seen(old)
                assert day is not None
                why = (
                    f"taken back in words (“{m[0]}”); one source "
                    f"({sorted(whos)[0].rsplit(':', 1)[-1]}), its one denial before, of "
                    f"{day.isoformat()}"
                )
                out.setdefault(old.id, (day, new.id, why))
    return out


def dated_retractions(story: Story, texts: Mapping[str, str]) -> dict[str, tuple[date, str, str]]:
    """The denials their source took back in words that name no content but the day of the
    denial (``data/retractions.tsv``: "admitted that an attacker had reached the archive,
    reversing its denial a day earlier", "retracting the denial it issued on Monday"): the
    negative statements of the same identified source first reported on that day (a day late
    allowed: :func:`_denial_days`), none of them in the same report. "Its denial" is one: where
    the source's denials of those days say different things (one shares no content word with
    another), which one is meant is not known, and nothing is taken back; but where what the
    source admits shares a content word with some of them only, those are the ones it is about
    (:func:`_of_the_matter`)."""
    names = known_names(story)
    spoken = voices(story)
    took, _ = _retraction_patterns()
    dated = _dated_pattern()
    out: dict[str, tuple[date, str, str]] = {}
    for new in story.claims:
        for r in new.reports:
            text = texts.get(r.article)
            if text is None or r.seen is None:
                continue
            sentence = _sentence(text, r.start, r.end)
            m = took.search(sentence)
            if m is None or m["what"] or m["noun"].casefold() != "denial":
                continue
            when = dated.match(sentence, m.end())
            if when is None:
                continue
            whos = [
                w
                for w in parties(r, spoken)
                if identified_source(new, w, names) or spoken_for(w, spoken, names)
            ]
            if not whos:
                continue
            first, last = _denial_days(r.seen, when)
            found = [
                old
                for old in story.claims
                if old is not new
                and old.polarity == "negative"
                and (day := first_seen(old)) is not None
                and first <= day <= last
                and not any(o.article == r.article for o in old.reports)
                and any(
                    x.seen is not None
                    and first <= x.seen <= last
                    and any(same_source(p, w, names) for p in parties(x, spoken) for w in whos)
                    for x in old.reports
                )
            ]
            found = _of_the_matter(found, new, m[0] + when[0])
            said = [_content(old.text) for old in found]
            if not found or any(not a & b for a in said for b in said):
                continue  # more than one denial of those days: which one is not known
            for old in found:
                day = first_seen(old)
                assert day is not None
                why = (
                    f"taken back in words (“{m[0]}{when[0]}”); one source "
                    f"({sorted(whos)[0].rsplit(':', 1)[-1]}), its denial of {day.isoformat()}"
                )
                out.setdefault(old.id, (day, new.id, why))
    return out


@cache
def _quoted_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``data/retractions.tsv`` as two patterns: a sentence that opens with a first-person verb
    of saying ("We said on Monday that …", "I told you that …") or of being told, and so of
    repeating ("We were told at first that …"), and one that opens by judging
    what was just said wrong ("That was wrong, and I apologise", "This was not true"); a
    negation before the judgement ("That was not wrong") is no retraction."""
    alt = _retraction_words
    said = re.compile(rf"^[\"“‘']?\s*(?:{alt('said')}|{alt('heard')})\b", re.IGNORECASE)
    was = r"(?:was|is|had\s+been|has\s+been)\s+(?:(?!not\b|never\b|n['’]t\b)[^\W\d_]+\s+)?"
    wrong = re.compile(
        rf"^[\"“‘']?\s*(?:that|this)\s+{was}(?:{alt('wrong')})\b(?!\s+(?:about|to|for)\b)",
        re.IGNORECASE,
    )
    return said, wrong


_BETWEEN = re.compile(r"^[\s.!?;]*$")
"""What may lie between two sentences of one quotation: spaces and the first one's stop (no
quotation mark: a quote closed and another opened may be another's words)."""


def quoted_retractions(story: Story, texts: Mapping[str, str]) -> dict[str, tuple[date, str, str]]:
    """The statements a speaker takes back in the very next sentence of the same quotation
    ("We said on Monday that no container had been opened. That was wrong, and I apologise."):
    the first sentence, in the first person telling what the speaker said (:func:`_quoted_
    patterns`), is withdrawn by the second, which judges it wrong ("That was wrong", "This was
    not true"); both of one source, nothing but the stop and spaces between them. The first is
    no statement standing (nor a denial repeated): it is dated as of its day, with the words
    that take it back. Each with the day of its first report, the claim of those words, and
    why."""
    said, wrong = _quoted_patterns()
    out: dict[str, tuple[date, str, str]] = {}
    for new in story.claims:
        for r in new.reports:
            text = texts.get(r.article)
            if text is None or r.source is None or wrong.match(r.text) is None:
                continue
            for old in story.claims:
                day = first_seen(old)
                if old is new or day is None or old.id in out:
                    continue
                if any(
                    x.article == r.article
                    and x.source == r.source
                    and x.end <= r.start
                    and said.match(x.text) is not None
                    and _BETWEEN.match(text[x.end : r.start]) is not None
                    for x in old.reports
                ):
                    why = (
                        f"taken back in the next sentence of the same quotation (“{r.text}”); "
                        f"one source ({r.source.rsplit(':', 1)[-1]})"
                    )
                    out[old.id] = (day, new.id, why)
    return out


@cache
def _wrong_to_say() -> re.Pattern[str]:
    """``data/retractions.tsv``: a first-person admission of error that names what was said
    ("We were wrong to say no boat was near", kinds ``own`` and ``sayto``), the words said in
    the group ``what``."""
    alt = _retraction_words
    return re.compile(
        rf"\b(?:{alt('own')})\s+to\s+(?:{alt('sayto')})\s+(?:that\s+)?"
        r"(?P<what>[^.;:!?\"“”]+)",
        re.IGNORECASE,
    )


def wrong_to_say(story: Story, texts: Mapping[str, str]) -> dict[str, tuple[date, str, str]]:
    """The statements their own speaker takes back in words that name them (:func:`_wrong_to_
    say`: "We were wrong to say no boat was near"): the speaker's (or the body they speak for)
    earlier statement, first seen on an earlier day or told before in the same report, of the
    same polarity as the words named (a word of negation in both or in neither: a claim's
    polarity may miss "no boat was near"), that holds at
    least half the content words named, the one that holds most. Each with the day of its
    first report, the claim of those words, and why."""
    pattern = _wrong_to_say()
    names = known_names(story)
    spoken = voices(story)
    out: dict[str, tuple[date, str, str]] = {}
    for new in story.claims:
        for r in new.reports:
            if r.article not in texts or (m := pattern.search(r.text)) is None:
                continue
            if _NEGATION.search(r.text, max(0, m.start() - 30), m.start()):
                continue  # "I don't think we were wrong to say …"
            whos = sorted(
                w
                for w in parties(r, spoken)
                if identified_source(new, w, names) or spoken_for(w, spoken, names)
            )
            what = _content(m["what"])
            negative = _NEGATION.search(m["what"]) is not None
            found: list[tuple[int, str, tuple[date, str, str]]] = []
            for old in story.claims:
                day = first_seen(old)
                if old is new or day is None or old.id in out:
                    continue
                if (old.polarity == "negative" or _NEGATION.search(old.text) is not None) != (
                    negative
                ):
                    continue  # "no boat was near" takes back no "a boat was near"
                who = next((w for w in whos if _by(old, w, names, spoken)), None)
                if who is None or not _said_before(old, r):
                    continue
                shared = what & _content(old.text)
                if not shared or len(shared) * 2 < len(what):
                    continue
                why = (
                    f"taken back in words naming it (“{m.group(0).strip()}”); one source "
                    f"({who.rsplit(':', 1)[-1]}): {', '.join(sorted(shared))}"
                )
                found.append((len(shared), old.id, (day, new.id, why)))
            most = max((n for n, _, _ in found), default=0)
            out.update((cid, got) for n, cid, got in found if n == most and cid not in out)
    return out


def _said_before(old: StoryClaim, r: Report) -> bool:
    """Whether ``old`` was first told before the words of ``r``: on an earlier day, or earlier
    in the same report."""
    day = first_seen(old)
    if day is not None and r.seen is not None and day < r.seen:
        return True
    return any(x.article == r.article and x.end <= r.start for x in old.reports)


@cache
def _own_pattern() -> re.Pattern[str]:
    """``data/retractions.tsv``: a speaker's first-person words taking back what they said
    ("What I told you on Monday was not true", "I said something that was untrue", "I was
    wrong"), as one pattern; a negation just before (``_NEGATION``) is checked apart."""
    alt = _retraction_words
    was = r"(?:was|were|is|had\s+been|has\s+been)\s+(?:(?!not\b|never\b)[^\W\d_]+\s+)?"
    wrong = rf"(?:{alt('wrong')})\b"
    what = rf"\bwhat\s+(?:{alt('said')})\b[^.;:!?\"“”]{{0,40}}?\s+{was}{wrong}"
    thing = rf"\b(?:{alt('said')})\s+(?:{alt('thing')})\s+(?:that|which)\s+{was}{wrong}"
    return re.compile(rf"{what}|{thing}|\b(?:{alt('own')})\b", re.IGNORECASE)


def _offices(story: Story, names: frozenset[str]) -> dict[str, set[str]]:
    """Person key -> the bodies their office names where a report names them with it: the words
    before the name but the last, the office's noun ("federation" of "federation president
    Ilse Marrow"), or those before a possessive ("the port authority" of "The port authority's
    director, Lena Varr"), where they can only describe a body the story knows
    (:func:`~whatweknow.stories.contradictions.same_source`)."""
    named = {a.key: a.name for a in story.actors if a.key.startswith("person:")}
    out: dict[str, set[str]] = {}
    for claim in story.claims:
        for r in claim.reports:
            name = named.get(r.source or "")
            said = " ".join((r.source_text or "").split())
            if not name or not said or name not in said:
                continue
            words = re.findall(r"[^\W\d_]+(?:['’]s)?", said[: said.index(name)])
            if words and words[0].casefold() in ("the", "a", "an"):
                words = words[1:]
            owner = next((i for i, w in enumerate(words) if w[-2:] in ("'s", "’s")), None)
            body = [*words[:owner], words[owner][:-2]] if owner is not None else words[:-1]
            desc = " ".join(body).casefold()
            if desc and any(same_source(desc, n, names) for n in names if n != desc):
                out.setdefault(r.source or "", set()).add(desc)
    return out


def own_retractions(story: Story, texts: Mapping[str, str]) -> dict[str, tuple[date, str, str]]:
    """The denials their own speaker took back in the first person on a later day
    (:func:`_own_pattern`: "What I told you on Monday was not true", "I said something that was
    untrue", "I was wrong"), each with the day of its first report, the claim of those words,
    and why. Such words name nothing, so only a denial (a negative statement) of the same
    speaker (the body a spokesperson speaks for counts), first seen on an earlier day, is taken
    back, and only where the report of those words also gives a statement, of the speaker or of
    the body the speaker's office names (:func:`_offices`: "federation president Ilse Marrow"),
    that says the other way: positive, sharing two content words or more with the denial
    besides its predicate, one of them in what the denial says there was none of (:data:`_NONE`:
    "two containers had been opened at the docks" against "no container had been opened at the
    docks", not against "no strike had been called at the docks"). Any other earlier words of
    the speaker stay as they were."""
    names = known_names(story)
    spoken = voices(story)
    offices = _offices(story, names)
    pattern = _own_pattern()
    out: dict[str, tuple[date, str, str]] = {}
    for new in story.claims:
        for r in new.reports:
            if r.seen is None or r.article not in texts:
                continue
            m = pattern.search(r.text)
            if m is None or _NEGATION.search(r.text, max(0, m.start() - 30), m.start()):
                continue  # "I don't think I was wrong"
            whos = sorted(
                w
                for w in parties(r, spoken)
                if identified_source(new, w, names) or spoken_for(w, spoken, names)
            )
            if not whos:
                continue
            bodies = {b for w in whos for b in offices.get(w, set())}
            own = {*whos, *bodies}
            for old in story.claims:
                day = first_seen(old)
                if old is new or old.polarity != "negative" or day is None or day >= r.seen:
                    continue
                who = next((w for w in whos if _by(old, w, names, spoken)), None)
                if who is None:
                    continue
                said = {f for w in (old.predicate or "").split() for f in predicate_forms(w)}
                words = _content(old.text) - said
                none = _NONE.search(old.text)  # what it says there was none of
                denied = _content(none["what"]) - said if none is not None else set()
                shared = next(
                    (
                        got
                        for c in story.claims
                        if c is not new and c.polarity == "positive"
                        for x in c.reports
                        if x.article == r.article
                        and any(same_source(o, p, names) for o in own for p in parties(x, spoken))
                        and len(got := words & _content(x.text)) >= 2
                        and got & denied
                    ),
                    None,
                )
                if shared is None:
                    continue
                why = (
                    f"taken back in words (“{m[0]}”); one source ({who.rsplit(':', 1)[-1]}) on "
                    f"{r.seen.isoformat()}, the other way in the same report: "
                    f"{', '.join(sorted(shared))}"
                )
                out.setdefault(old.id, (day, new.id, why))
    return out


_NONE = re.compile(
    r"\b(?:no|none\s+of|not\s+(?:one|a\s+single|any)(?:\s+of)?|any(?:\s+of)?)\s+"
    r"(?P<what>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})",
    re.IGNORECASE,
)
"""A determiner of none and the words after it (what a denial says there was none of: "No
Valdoran athlete", "no container", "any of its athletes")."""

_NEGATION = re.compile(r"\b(?:no|not|never|none|nothing|nobody|neither|nor)\b|n['’]t\b", re.I)


def _before_it(old: StoryClaim, r: Report) -> bool:
    """Whether some report of ``old`` came before the report ``r`` of its retraction: on an
    earlier day, or earlier in the same article."""
    return any(
        (o.article == r.article and o.end <= r.start)
        or (o.seen is not None and r.seen is not None and o.seen < r.seen)
        for o in old.reports
    )


def flipped(story: Story, pairs: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """The pairs of claims of which one is its own source's later reversal of the other, or
    both one party's (:func:`~whatweknow.stories.contradictions.one_party`), or one side all
    said by sources of the other (:func:`~whatweknow.stories.contradictions.both_ways`): a
    denial pair that a story recorded before these were told apart is no dispute."""
    claims = {c.id: c for c in story.claims}
    names = known_names(story)
    spoken = voices(story)
    return {
        (a, b)
        for a, b in pairs
        if a in claims
        and b in claims
        and (
            one_party(claims[a], claims[b], names, spoken)
            or both_ways(claims[a], claims[b], names)
            or reversal(claims[a], claims[b], names, spoken=spoken) is not None
            or reversal(claims[b], claims[a], names, spoken=spoken) is not None
        )
    }


def overtaken(story: Story, names: Mapping[str, str]) -> dict[str, tuple[date, str]]:
    """The claims a later report overtakes (see the module doc), each with the day of its first
    report and what the later reports do; ``names``: actor key -> name."""
    return {
        **_not_yet(story),
        **_day_passed(story),
        **_so_far(story),
        **ended(story),
        **_progress(story),
        **_refused(story, names),
        **_silence(story, names),
    }


_NAMED_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|january|february|"
    r"march|april|may|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)
"""A day written in a plan's own words ("on Thursday", "on 4 May", "tomorrow")."""


def _day_passed(story: Story) -> dict[str, tuple[date, str]]:
    """The statements only ever told as expected ("The minister is due to visit the quay on
    Thursday") whose days, all after their first report, are before the day of the story's
    last report, a day its own words name (:data:`_NAMED_DAY`): the plan as of its day, dated so
    ("the day it looked ahead to has passed"), never a day still ahead; whether it happened,
    the line does not say."""
    last = max(
        (r.seen for c in story.claims for r in c.reports if r.seen is not None), default=None
    )
    out: dict[str, tuple[date, str]] = {}
    for claim in story.claims:
        day = first_seen(claim)
        days = [date.fromisoformat(d) for d in claim.values.dates if len(d) == 10]
        if day is None or last is None or not days or claim.polarity != "positive":
            continue
        if any(r.modality != "expected" for r in claim.reports) or not _NAMED_DAY.search(
            claim.text
        ):
            continue  # a plan whose words name no day: its day is another sentence's
        if day <= min(days) and max(days) < last:
            out[claim.id] = (day, PASSED)
    return out


@cache
def _not_yet_pattern() -> re.Pattern[str]:
    """``data/not_yet.tsv`` as one pattern of whole words."""
    rows = word_list(__package__ or "whatweknow.briefing", "not_yet.tsv")
    alts = "|".join(r"\s+".join(map(re.escape, r.split())) for r in sorted(rows, key=len)[::-1])
    return re.compile(rf"\b(?:{alts})\b", re.IGNORECASE)


def _not_yet(story: Story) -> dict[str, tuple[date, str]]:
    """The statements that something was not yet done or known on their day ("The names of the
    dead were not released": ``data/not_yet.tsv``) when the story has reports first seen on a
    later day: the state of its day, dated as such (as :func:`_so_far`)."""
    last = max(
        (r.seen for c in story.claims for r in c.reports if r.seen is not None), default=None
    )
    out: dict[str, tuple[date, str]] = {}
    for claim in story.claims:
        day = first_seen(claim)
        late = day is not None and last is not None and day < last
        if late and day is not None and _not_yet_pattern().search(claim.text):
            out[claim.id] = (day, WENT_ON)
    return out


@cache
def _ending_patterns() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """``data/ended_states.tsv``: each state's words, and its endings', as whole-word patterns."""
    rows = kinded_lists(__package__ or "whatweknow.briefing", "ended_states.tsv")

    def words(ws: Iterable[str]) -> re.Pattern[str]:
        alts = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(ws, key=len)[::-1])
        return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)

    return [(words([state]), words(ends)) for state, ends in rows.items()]


_TIME_WORDS = frozenset(stem(w) for w in (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "morning", "evening", "night", "afternoon", "week", "day", "month",
    "year", "since", "early", "late",
))  # fmt: skip
"""Words of time, which two statements share without sharing a holder ("since Tuesday")."""


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)


def _in_state(state: re.Pattern[str], text: str) -> bool:
    """Whether words tell a state of ``data/ended_states.tsv``: not a participle right after an
    article, a noun's look at the moment told ("pressed against a closed gate"); an adjective
    so placed still tells the state ("the missing crewman")."""
    return any(
        not (m.group(0).casefold().endswith("ed") and _ARTICLE_BEFORE.search(text[: m.start()]))
        for m in state.finditer(text)
    )


@cache
def _holder_words() -> dict[str, frozenset[str]]:
    """``data/holder_words.tsv`` by kind, case folded."""
    rows = kinded_lists(__package__ or "whatweknow.briefing", "holder_words.tsv")
    return {kind: frozenset(w.casefold() for w in ws) for kind, ws in rows.items()}


_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[,;:()]")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class _Holder:
    """Who or what a state, or its ending, is about: the words of its noun phrase (stemmed,
    the state's or ending's own words and times out), the capitalised ones of them (names), and
    its number as told (``plural``: True, False, or None where the words do not tell)."""

    words: frozenset[str]
    names: frozenset[str]
    plural: bool | None
    every: bool
    some: bool
    counts: frozenset[str]
    definite: bool
    head: str
    span: tuple[int, int]


def _holder(tokens: list[tuple[str, int]], verb: str | None) -> _Holder | None:
    """The holder told by ``tokens`` (word, start) of its noun phrase, ``verb`` the verb word
    right after it where there is one ("are" of "are still missing")."""
    kinds = _holder_words()
    words = [w for w, _ in tokens if w[0].isalnum()]
    if not words:
        return None
    folded = [w.casefold() for w in words]
    names = {
        f
        for i, (w, f) in enumerate(zip(words, folded, strict=True))
        if w[0].isupper()
        and f not in STOP
        and f not in kinds["determiner"]
        and (i > 0 or (len(words) > 1 and words[1][0].isupper()))
    }
    counts = {f for f in folded if f in kinds["count"] or (_DIGITS.fullmatch(f) and int(f) > 1)}
    if "both" in folded:
        counts.add("two")
    every = any(f in kinds["all"] for f in folded)
    some = any(f in kinds["quantity"] for f in folded)
    plural: bool | None = None
    if counts or every or "and" in folded or (verb is not None and verb in kinds["plural"]):
        plural = True
    elif "one" in folded or (verb is not None and verb in kinds["single"]):
        plural = False
    kept = {
        stem(f)
        for f in folded
        if not any(f in kinds[k] for k in ("determiner", "verb", "all", "count"))
        and f != "and"
        and stem(f) not in _TIME_WORDS
    }
    heads = [f for f in folded if f not in STOP and f not in kinds["count"]]
    alnum = [(w, i) for w, i in tokens if w[0].isalnum()]
    return _Holder(
        frozenset(kept),
        frozenset(names),
        plural,
        every,
        some,
        frozenset(counts),
        bool(folded) and folded[0] == "the",
        stem(heads[-1]) if heads else "",
        (alnum[0][1], alnum[-1][1] + len(alnum[-1][0])),
    )


_POSSESSIVE = re.compile(r"['’]s?$")


def _tokens(text: str) -> list[tuple[str, int]]:
    """The words (a possessive's without its "'s": "the tanker's captain") and punctuation marks
    of ``text``, each with its start."""
    return [
        (_POSSESSIVE.sub("", m.group(0)) or m.group(0), m.start()) for m in _TOKEN.finditer(text)
    ]


def _clause_before(text: str, at: int) -> tuple[list[tuple[str, int]], str | None]:
    """The words of the clause before ``at`` back to a word that ends a clause ("that",
    "said") or a semicolon, the verbs and adverbs right before ``at`` left out; and the first of
    those verbs ("are" of "are still missing")."""
    kinds = _holder_words()
    tokens = _tokens(text[:at])
    start = 0
    for i, (w, _) in enumerate(tokens):
        if w.casefold() in kinds["boundary"] or w in (";", ":"):
            start = i + 1
        elif w == "," and i + 1 < len(tokens) and tokens[i + 1][0].casefold() in ("and", "but"):
            start = i + 2
    got = tokens[start:]
    verb = None
    while got and got[-1][0].casefold() in kinds["verb"]:
        verb = got.pop()[0].casefold()
    return got, verb


def _phrase_after(text: str, at: int) -> list[tuple[str, int]]:
    """The noun phrase right after ``at`` (the object of "found", the noun of "the missing
    crewman"): its words up to a word of no noun phrase (a preposition, a verb of
    ``data/holder_words.tsv``), a word that ends an object ("alive") or a punctuation mark."""
    kinds = _holder_words()
    out: list[tuple[str, int]] = []
    for w, i in _tokens(text[at:]):
        f = w.casefold()
        keep = f in kinds["determiner"] or f in kinds["all"] or f in kinds["count"] or f == "of"
        if (
            not w[0].isalnum()
            or f in kinds["verb"]
            or f in kinds["ending"]
            or (f in STOP and not keep and f not in kinds["contrast"])
        ):
            break
        out.append((w, at + i))
    return out


def _named_too(text: str, phrase: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A noun phrase with the name that a copula after it gives it ("the missing ferryman is
    Ivo Tamm, 52": "ferryman is Ivo Tamm"), up to a punctuation mark."""
    if not phrase:
        return phrase
    after = _tokens(text[phrase[-1][1] + len(phrase[-1][0]) :])
    if not after or after[0][0].casefold() not in ("is", "was"):
        return phrase
    at = phrase[-1][1] + len(phrase[-1][0])
    named = []
    for w, i in after[1:]:
        if not w[0].isalnum():
            break
        named.append((w, at + i))
    return phrase + named if named and all(w[0].isupper() for w, _ in named) else phrase


def _state_holder(state: re.Pattern[str], text: str) -> _Holder | None:
    """The holder of the state told in ``text`` (:func:`_in_state`): the noun phrase after it
    where it stands before its noun ("the missing crewman") or takes an object ("the navy
    detained its crew"), else the clause's words before it ("Two of the lanterns are still
    missing")."""
    for m in state.finditer(text):
        before = text[: m.start()]
        if _ARTICLE_BEFORE.search(before):
            if not m.group(0).casefold().endswith("ed"):
                return _holder(_named_too(text, _phrase_after(text, m.end())), None)
            continue
        if _opens_object(text, m.end()):
            return _holder(_phrase_after(text, m.end()), None)  # "the navy detained its crew"
        return _holder(*_clause_before(text, m.start()))
    return None


def _opens_object(text: str, at: int) -> bool:
    """Whether the words after a verb at ``at`` open its object: a determiner, a number, "all"
    or a name ("found the boy", "detained its crew", "found Ivo Tamm")."""
    kinds = _holder_words()
    after = _tokens(text[at:])
    if not after:
        return False
    w = after[0][0]
    f = w.casefold()
    return (
        f in kinds["determiner"]
        or f in kinds["all"]
        or f in kinds["count"]
        or (w[0].isupper() and f not in STOP)
    )


def _ending_holder(m: re.Match[str], text: str) -> _Holder | None:
    """The holder an ending (``m``) tells of: its object where one follows ("officers found the
    boy"), else the clause's words before it ("The boy was found", "the pass reopened")."""
    if _opens_object(text, m.end()):
        return _holder(_phrase_after(text, m.end()), None)
    return _holder(*_clause_before(text, m.start()))


def _same_holder(state: _Holder, ending: _Holder, own: frozenset[str], marked: bool) -> bool:
    """Whether an ending is about the state's holder: the same name (all of one's name words
    among the other's: "Tamm" of "Ivo Tamm", not "the Gorval Plate" of "the Gorval Cup"), or
    the same description with no word of its own ("The missing crewman" of "A third
    crewman"), neither setting itself apart from the other ("the other two", "the original");
    of the same number, a plural state ended only where the ending names them all ("both",
    "all four", "the crewmen", every name of the state's); or, where the ending's holder tells
    the state itself (``marked``: "Ivo Tamm, the crewman missing since Monday, was found"), its
    head noun the state's ("A third crewman is missing."). ``own``: the words of the state and
    its ending."""
    contrast = frozenset(stem(w) for w in _holder_words()["contrast"])
    words = ending.words - own
    if not words:
        # "both were freed", "all four were found": every one of a plural state of that many
        return bool(
            ending.every
            and state.plural is True
            and state.counts
            and state.counts == ending.counts
            and not state.words & contrast
        )
    if state.names & ending.names and (state.names <= ending.names or ending.names <= state.names):
        if (state.words & contrast) ^ (ending.words & contrast):
            return False
    elif marked:
        if state.head not in words or (state.words ^ ending.words) & contrast:
            return False
    elif not (words <= state.words and words - STOP and state.words & contrast <= words):
        return False
    if state.plural is True:
        every = (
            ending.every
            or (state.counts and state.counts == ending.counts and not ending.some)
            or (ending.definite and not ending.counts and not ending.some)
            or (state.names and state.names <= ending.names)
        )
        return ending.plural is True and bool(every)
    return not (state.plural is False and ending.plural is True)


def _event_day(claim: StoryClaim, seen: date) -> date:
    """The day an ending tells of: the latest day it names (its values, else a weekday, the
    last one up to ``seen``), else the day of its report."""
    days = [date.fromisoformat(d) for d in claim.values.dates if len(d) == 10]
    if days:
        return max(days)
    m = _WEEKDAY.search(claim.text)
    if m is not None:
        return seen - timedelta(days=(seen.weekday() - _WEEKDAYS.index(m["day"].casefold())) % 7)
    return seen


def ended(story: Story) -> dict[str, tuple[date, str]]:
    """The statements of a state that holds until something ends it ("A third crewman is
    missing.", "The pass is closed": ``data/ended_states.tsv``) when a report first seen on a
    later day says it ended ("The missing crewman was found alive", "the pass reopened"), of
    the same holder (:func:`_same_holder`: "The copper lantern was found" ends nothing of "the
    brass one and the silver one are still missing") and of a day after the state's (a later
    retelling of an earlier finding ends nothing): the state of its day, dated so with what
    came later ("later reported found"). A statement that tells the ending itself ("the
    crewman missing since Monday was found"), or denies, or a later one that only expects or
    guesses the ending, is no such pair."""
    out: dict[str, tuple[date, str]] = {}
    committed = [
        (day, c) for c in story.claims if (day := first_seen(c)) is not None and _committed(c)
    ]
    for state, ends in _ending_patterns():
        for day, claim in committed:
            if claim.id in out or not _in_state(state, claim.text) or ends.search(claim.text):
                continue
            holder = _state_holder(state, claim.text)
            if holder is None:
                continue
            for later_day, later in sorted(committed, key=lambda dc: dc[0]):
                found = ends.search(later.text)
                if later_day <= day or found is None or _event_day(later, later_day) <= day:
                    continue
                told = _ending_holder(found, later.text)
                own = frozenset(
                    stem(w)
                    for told_words in (found.group(0), *state.findall(later.text))
                    for w in re.findall(r"[^\W\d_]+", told_words.casefold())
                )
                if told is not None and _same_holder(
                    holder, told, own, state.search(later.text, *told.span) is not None
                ):
                    out[claim.id] = (day, f"{ENDED} {found.group(0).casefold()}")
                    break
    return out
