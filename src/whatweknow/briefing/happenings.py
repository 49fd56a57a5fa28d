"""Dated happenings: the claims of an article that state a past happening on a given day.

A story's timeline holds its PLOVER events, and also what its articles say happened on a day
that no PLOVER type codes (a plane crash, a dam bursting). A claim is a dated happening when:

* it is asserted or reported (never alleged, speculated, expected or denied) and not negated;
* it lies in the article's body (:func:`~.cite.claim_bearing`);
* the day-precision TIMEX3 values in its span (DATE or TIME, ``2023-08-23``,
  ``2023-08-23TEV``, relative ones resolved against the publication date by the time stage)
  name one day, no later than the publication date (a past happening); a claim that names two
  different days is left out;
* no modal perfect comes before its date ("the mayor should have resigned on Monday", "would
  have sailed on Friday if …": :func:`_modal_perfect`): the act was judged or imagined;
* no plan marker comes before its date ("was due to visit the port on Thursday", "would
  reopen on Monday": :func:`_planned`): that is a plan's day, not a happening's;
* its predicate is not in the present tense (:func:`_present`: "the findings match a report of
  1 June" says how things are; with no proposition, no present "is" or "are" in it);
* the date belongs to the claim's main clause: no word that opens a subordinate or relative
  clause (:data:`SUBORDINATE`: "which", "who", "after", "including"…) comes before it in the
  claim ("a funeral was held for the aide, who died in the 23 August crash" is no happening of
  23 August), unless an event of the claim carries that day (the event stage tied the date to
  the claim's own trigger). A claim with no proposition (a copula the claims stage leaves
  unframed: "he was on board a jet which crashed on Monday", or a fragment) is one only when its
  date is in such a clause and a finite verb comes outside it (:func:`_main_verb`): the
  happening is that clause's verb; a fragment with no clause ("the figures for Saturday's
  report") or a noun phrase ("the identities of the people who died on Monday") tells none.
  A reduced relative clause right after its noun, after the claim's own verb (:func:`_reduced`:
  "has suspended the coach over two tests *announced on Tuesday*"), tells none either.
  An aside between commas, a relative clause or a reduced one (:func:`_aside`: "Halvik, *who
  resigned on Thursday*, declined to comment", "an internal review, *begun on Tuesday*, had
  found …", "the audit, *dated 2 May*, found …"), is such a clause too, and tells no happening
  (the line would read as if the claim's own verb were dated). An event of the claim carries
  the day only when it is the main clause's: it starts before the clause that holds the date
  ("the minister who resigned on Thursday declined to comment" is no declining on Thursday);

  A relative clause set off by a comma at the end of a claim with no proposition ("declined to
  say whether it was linked to the arrest of the porter*, who was released on Tuesday*":
  :func:`_set_off`) tells no happening either: its day is the release's, and the line would
  read as a declining on Tuesday;
* the date does not come right after the noun phrase of a preposition naming the verb's topic
  (:func:`_topic`, ``data/topic_prepositions.tsv``: "was being questioned *about the fire in
  the early hours of Sunday*"): it dates the topic's event, and the verb has no day of its own;
* the date does not qualify a noun after the claim's verb (:func:`_qualified`: "was questioned
  over *Sunday's* fire", "the fire *of Sunday*"; not "the early hours of Sunday",
  ``data/time_nouns.tsv``): the noun's thing has that day, the verb none of its own;
* the date is not one counted from another time inside a participial adjunct
  (:func:`_participial`: "had been hacked, reversing its denial *a day earlier*" dates the
  denial), unless an event of the claim before the adjunct carries that day; nor is it in a
  clause that bounds a stretch of time (:data:`PERIOD`: "sales had soared *since* the firm was
  fined on Friday"), whatever events that clause holds.

A negation in what a directive asks (:func:`_directed`: "the utility told its customers on
Wednesday not to drink tap water") does not make the claim a denial: the telling happened that
day. A claim with no day in it whose sentence dates the saying of it right after it, with the
word "overnight" in it ("Two inmates escaped overnight, the service said on Tuesday": the night
before that Tuesday, :func:`_overnight`), is a happening of that night.

A claim in the present whose subject a past participle dates ("The do-not-drink order *issued
on Wednesday* covers …", :func:`_dated_noun`) tells that the noun was done that day: its line
is "The do-not-drink order was issued".

A quotation whose speaker is unknown is no happening, nor are words that open with the first
person ("I told parliament the truth on Tuesday": the line would not say who "I" is).

Its line shows the claim's words trimmed of the date phrase where that leaves a whole sentence
(:func:`words`), else the claim's words as they are; never other words. Words that open with a
pronoun ("She died there.", "its board met") are no line: who did what is in the sentence
before them, which the line does not show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import pairwise
from pathlib import Path

from ..contract import Claim, Dossier, Timex
from ..stages._lists import word_list
from ..stages.events.setting import BOUNDS, argument, bounds, compared
from ..stages.events.stance import modal_perfects
from .cite import claim_bearing, clean, leans_on_context

FACTUAL = frozenset({"asserted", "reported"})
_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T.*)?$")
_WORD = re.compile(r"[\w'’-]+")

SUBORDINATE = frozenset({
    "which", "who", "whom", "whose", "that", "when", "where", "while", "after", "before",
    "since", "until", "because", "although", "though", "including", "if", "whether", "as",
    "than", "what",
})  # fmt: skip
"""Words that open a subordinate or relative clause (or a list of examples): a date after one
of them in a claim belongs to that clause, not to the claim's main clause ("the plan
contradicted *what* she had said on Tuesday": Tuesday is the saying's day, not the
contradiction's)."""

DANGLING = frozenset({
    "just", "only", "the", "a", "an", "this", "that", "of", "since", "until", "by", "from",
    "to", "before", "after", "as", "than", "between", "and", "or", "'s", "early", "late",
    "at", "in", "about", "around", "during", "for", "within", "over", "through", "throughout",
    "dated",
})  # fmt: skip
"""Words that cannot end what is left when a date phrase is cut out after them ("just two days
ago", "the 23 August crash", "until Monday", "a letter dated 2 May"): the claim's words are
then kept whole."""

INVARIANT = frozenset({
    "hit", "put", "set", "cut", "let", "shut", "spread", "cost", "burst", "hurt", "quit",
    "split", "upset", "broadcast", "cast", "bet", "read", "beat", "bid", "thrust",
})  # fmt: skip
"""Verbs whose past tense is their bare form ("rains hit the coast on Sunday" is past)."""
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re"})

MAX_CHARS = 240
"""A longer claim is cut at a word boundary before this many characters, with an ellipsis."""


@dataclass(frozen=True)
class Happening:
    claim: Claim
    time: str
    """The TIMEX3 value of its date (its first mention in the claim), a day or finer."""
    text: str
    """The line's words (:func:`words`)."""
    verb: str | None = None
    """The stem (:func:`stem`) of the verb the date belongs to: the first verb of the clause
    that holds the date ("crashed" in "a jet that crashed on Monday"), else the predicate."""

    @property
    def day(self) -> str:
        return self.time[:10]


def dated(d: Dossier) -> list[Happening]:
    """The dated happenings of a dossier, in text order (see the module doc)."""
    published = d.article.published.isoformat() if d.article.published else None
    out: list[Happening] = []
    for c in d.claims:
        negative = c.proposition is not None and c.proposition.negative and not _directed(c)
        if c.modality not in FACTUAL or c.negated or negative or not claim_bearing(d, c.start):
            continue
        days = [
            t
            for t in d.timexes
            if _is_day(t) and c.start <= t.start and t.end <= c.end and not _bound(d, t)
        ]
        if not days and (night := _overnight(d, c)) is not None:
            days = [night]
        if len({t.value[:10] for t in days}) != 1:
            continue
        first = min(days, key=lambda t: t.start)
        if published is not None and first.value[:10] > published:
            continue
        if _modal_perfect(d.article.text[c.start : first.start]):
            continue  # "the mayor should have resigned on Monday": no resignation that day
        if _planned(d.article.text[c.start : first.start]):
            continue  # "the minister was due to visit the port on Thursday": a plan's day
        if _present(c.text, c.proposition.predicate if c.proposition else "be"):
            if (done := _dated_noun(d.article.text, c, first)) is not None:
                out.append(done)  # "the order issued on Wednesday covers …": was issued
            continue
        if _apposed(d.article.text, c, first):
            continue  # "Dask, the mill owner detained on Friday, spent a night in custody": the
            # detention's day, told in an apposition to a noun, not the main clause's
        if _qualified(d.article.text, c, first):
            continue  # "was questioned over Sunday's fire": the fire's day, not the questioning's
        if _topic(d.article.text, c, first):
            continue  # "was questioned about the fire on Sunday": the fire's day, not the
            # questioning's
        adjunct = _participial(d.article.text, c, first)
        if adjunct is not None and not any(
            e.claim == c.id and (e.time or "")[:10] == first.value[:10] and e.start < adjunct
            for e in d.events
        ):
            continue  # "was hacked, reversing its denial a day earlier": the denial's day
        opens = _opening(d.article.text, c, first)
        clause = opens is not None
        relative = opens if opens is not None and _relative(d.article.text, opens) else None
        if opens is not None and _period(d.article.text, opens):
            continue  # "sales had soared since the firm was fined on Friday": a stretch of time
        if c.proposition is None and relative is not None and _set_off(d.article.text, relative):
            continue  # "declined to say …, the porter, who was released on Tuesday": the
            # release's day, told in an aside about a noun, not the declining's
        if opens is not None and _free(d.article.text, opens):
            continue  # "contradicted what she had said on Tuesday", "What happened last night
            # was piracy": the day of a thing the claim names, no happening of the claim's
        own = any(
            e.claim == c.id
            and (e.time or "")[:10] == first.value[:10]
            and (relative is None or e.start < relative)
            for e in d.events
        )
        if (c.proposition is None and not clause) or (c.proposition and clause and not own):
            continue
        if not own and _aside(d.article.text, c, first) is not None:
            continue  # "The audit, dated 2 May, found leaks": the audit's date, no happening
        if not own and _reduced(d.article.text, c, first):
            continue  # "suspended the coach over two tests announced on Tuesday": the tests'
        text = d.article.text
        if c.proposition is None and not _main_verb(
            text[c.start : first.start], text[first.end : c.end]
        ):
            continue  # "the identities of the 10 people who died on …": a noun phrase
        before = d.article.text[c.start : first.start]
        verb = _clause_verb(before) if clause else None
        if verb is None and c.proposition is not None and not clause:
            verb = stem(c.proposition.predicate.split()[0])
        if c.quote is not None and _unspoken(d, c.quote):
            continue  # a quotation whose speaker nobody knows is no happening
        shown = words(d.article.text, c, first)
        if leans_on_context(shown) or _first_person(shown):
            continue  # "She died there.": who did what is in the sentence before
        out.append(Happening(c, first.value, shown, verb))
    return out


@cache
def _topic_re() -> re.Pattern[str]:
    preps = sorted(word_list("whatweknow.briefing", "topic_prepositions.tsv"), key=len)
    alts = "|".join(r"\s+".join(map(re.escape, p.split())) for p in reversed(preps))
    return re.compile(
        rf"(?<![\w'’-])(?:{alts})\s+(?:the|an?|this|that|these|those|its|his|her|their|our"
        rf"|[\w'’-]+['’]s)\s+(?P<np>(?:[\w'’-]+\s+){{0,3}}?)(?:on|in|at|during|from|of)\s+"
        rf"(?:the\s+(?:(?:early|small|late)\s+)?(?:hours|night|morning|afternoon|evening)\s+of\s+)?$",
        re.IGNORECASE,
    )


def _topic(text: str, c: Claim, t: Timex) -> bool:
    """Whether the claim's date comes right after the noun phrase of a preposition that names
    the topic of what the claim tells (``data/topic_prepositions.tsv``: "the clerk was being
    questioned *about the fire* in the early hours of Sunday", "spoke *regarding the vote* on
    Friday"): the date hangs from that noun and dates its event, not the claim's verb, which
    then has no day of its own. The noun phrase holds no clause (no word of
    :data:`SUBORDINATE`, no comma) and at most four words."""
    found = _topic_re().search(text, c.start, t.start)
    if found is None:
        return False
    return not any(w.casefold() in SUBORDINATE for w in _WORD.findall(found["np"]))


_POSSESSIVE = re.compile(r"['’]s\b")
_OF = re.compile(r"(?<![\w'’-])([\w'’-]+)\s+of\s+$", re.IGNORECASE)


@cache
def time_nouns() -> frozenset[str]:
    """Nouns of a stretch of time ("hours", "evening": ``data/time_nouns.tsv``): an "of" date
    after one still dates the claim's verb ("in the early hours of Monday")."""
    return word_list("whatweknow.briefing", "time_nouns.tsv")


def _qualified(text: str, c: Claim, t: Timex) -> bool:
    """Whether the claim's date qualifies a noun after the claim's own verb: a possessive
    ("questioned over *Sunday's* fire") or the object of an "of" after a noun that is no
    stretch of time (:func:`time_nouns`: "the fire *of Sunday*", not "the early hours of
    Sunday"; nor a possessive after such a noun: "combined on the evening of Sunday's
    near-miss" is that evening's). The date is that noun's thing's, not the verb's, which then
    has no day of its own. A date that qualifies the subject, before the verb ("the jet
    involved in Sunday's near-miss entered the runway"), most often tells the verb's own day
    too, and stays."""
    if c.proposition is None or not c.proposition.predicate:
        return False
    of = _OF.search(text, c.start, t.start)
    if of is not None and of[1].casefold() in time_nouns():
        return False  # "on the evening of Sunday's near-miss": the verb's own day
    possessive = not t.text.endswith(("'s", "’s")) and _POSSESSIVE.match(text, t.end) is not None
    if not possessive and of is None:
        return False
    verb = stem(c.proposition.predicate.split()[0])
    return any(stem(w) == verb for w in _WORD.findall(text, c.start, t.start))


def _set_off(text: str, at: int) -> bool:
    """Whether the clause opening at ``at`` is set off by a comma before it (an aside's comma,
    or a comma then a relative word: "the porter*,* who was released on Tuesday")."""
    return text[at] == "," or text[:at].rstrip().endswith(",")


_NOT_TO = re.compile(r"\bnot\s+to\s+([\w'’-]+)", re.IGNORECASE)


def _directed(c: Claim) -> bool:
    """Whether the claim's negation is that of what a directive asks ("told its customers not
    to drink tap water": :func:`directive_verbs`, then "not to" and the predicate): the telling
    itself is no denial, and happened. Someone is told: a word stands between the verb and
    "not" ("asked not to be named" is no directive told to anyone)."""
    if c.proposition is None:
        return False
    found = _NOT_TO.search(c.text)
    head = c.proposition.predicate.split()[0].casefold() if c.proposition.predicate else ""
    if found is None or found[1].casefold() != head:
        return False
    before = " ".join(w.casefold() for w in _WORD.findall(c.text[: found.start()]))
    return any(re.search(rf"\b{re.escape(v)}\s+\w", before) for v in directive_verbs())


@cache
def directive_verbs() -> frozenset[str]:
    """Verbs that tell someone to do something (``data/directive_verbs.tsv``)."""
    return word_list("whatweknow.briefing", "directive_verbs.tsv")


_SUBJECT = re.compile(
    r"^(?P<np>(?:The|A|An)\s+(?:[\w'’-]+\s+){0,5}?)(?P<done>[a-z][\w-]*)\s+(?:(?:on|at|in)\s+)?$"
)


def _dated_noun(text: str, c: Claim, t: Timex) -> Happening | None:
    """The happening a past participle dates in the claim's subject, when the claim's own verb
    is in the present ("The do-not-drink order *issued on Wednesday* covers 48,000 people": the
    order was issued that day): the claim opens with a determiner and a noun phrase (no pronoun,
    no clause, no comma), then a past participle (in "-ed", or one of :func:`participles`), the
    date, and right after it the claim's predicate in the present ("covers": the noun is one, so
    "was"; "cover": more than one, "were"). The line is "{noun phrase} was {participle}"; else
    None."""
    if c.proposition is None or not c.proposition.predicate:
        return None
    found = _SUBJECT.match(text[c.start : t.start])
    if found is None:
        return None
    np, done = found["np"].strip(), found["done"]
    if not ((done.endswith("ed") and len(done) > 4) or done in participles()):
        return None
    words = [w.casefold() for w in _WORD.findall(np)]
    if any(w in SUBORDINATE or w in SKIPPED or w in past_forms() for w in words[1:]):
        return None
    after = _WORD.findall(text[t.end : c.end])
    head = c.proposition.predicate.split()[0].casefold()
    verb = after[0].casefold() if after else ""
    one = {head + "s", head + "es", head[:-1] + "ies" if head.endswith("y") else head + "s"}
    if verb in (PRESENT_BE if head == "be" else one):
        be = "were" if verb in ("are", "'re", "’re") else "was"
    elif verb == head and head != "be":
        be = "were"
    else:
        return None
    line = f"{np} {be} {done}"
    if leans_on_context(line):
        return None
    return Happening(c, t.value, line, stem(done))


_OVERNIGHT = re.compile(r"\bovernight\b", re.IGNORECASE)
_SAID_ON = re.compile(r"^\s*,\s*(?:[\w'’.-]+\s+){1,6}?said(?:\s+on)?\s+$")


def _overnight(d: Dossier, c: Claim) -> Timex | None:
    """The night that "overnight" in a claim names when the claim's own sentence dates the
    saying of it right after it ("Two inmates escaped overnight, the service said on Tuesday"):
    the night before that day (its ``TNI`` value, a TIMEX3 at the word "overnight"); else None.
    With no day of the saying, "overnight" names no date."""
    found = list(_OVERNIGHT.finditer(c.text))
    if len(found) != 1:
        return None
    text = d.article.text
    for t in d.timexes:
        if not _is_day(t) or t.start < c.end or t.start - c.end > SAID_GAP:
            continue
        if _SAID_ON.match(text[c.end : t.start]) is None:
            continue
        day = date.fromisoformat(t.value[:10]) - timedelta(days=1)
        at = c.start + found[0].start()
        return Timex(
            text=found[0][0], type="TIME", value=f"{day.isoformat()}TNI", start=at,
            end=at + len(found[0][0]),
        )  # fmt: skip
    return None


SAID_GAP = 80
"""The most characters between a claim's end and the day its saying is dated by."""


FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "i'm", "i've", "we've", "we're"})
"""Words that open a speaker's own account ("I told parliament the truth on Tuesday"): the line
does not show who is speaking, so it cannot say who did it."""


def _first_person(text: str) -> bool:
    first = _WORD.match(text.lstrip("“\"'‘ "))
    return first is not None and first.group(0).casefold().replace("’", "'") in FIRST_PERSON


def _unspoken(d: Dossier, quote: str) -> bool:
    """Whether the quotation ``quote`` (an id) has no speaker: a quotation is no event of
    anyone's unless its speaker is known."""
    q = next((q for q in d.quotes if q.id == quote), None)
    return q is not None and q.speaker is None


@cache
def _modal_perfect_re() -> re.Pattern[str]:
    modals = "|".join(re.escape(m) for m in sorted(modal_perfects(), key=len, reverse=True))
    return re.compile(rf"\b(?:{modals})(?:\s+not|n[’']t)?\s+(?:to\s+)?have\b", re.I)


def _modal_perfect(before: str) -> bool:
    """Whether a modal perfect (:func:`~whatweknow.stages.events.stance.modal_perfects`:
    "should have", "ought to have", "would have", "could have") comes before the date in the
    claim: the date is of an act judged or imagined, not one told as done."""
    return _modal_perfect_re().search(before) is not None


@cache
def _plan_re() -> re.Pattern[str]:
    text = (Path(__file__).parent / "data" / "plan_markers.tsv").read_text(encoding="utf-8")
    rows = [r.strip() for r in text.splitlines() if r.strip() and not r.startswith("#")]
    words = [r"\s+".join(map(re.escape, m.split())) for m in rows[1:] if m[0] != "'"]
    clitics = [re.escape(m[1:]) for m in rows[1:] if m[0] == "'"]  # "'ll": after its word
    return re.compile(rf"(?:(?<![\w'’-])(?:{'|'.join(words)})|['’](?:{'|'.join(clitics)}))\b")


def _planned(before: str) -> bool:
    """Whether a plan marker (``data/plan_markers.tsv``: "was due to", "would", "scheduled
    for") comes before the date in the claim: the day is a plan's, whether or not it came."""
    return _plan_re().search(before) is not None


def _bound(d: Dossier, t: Timex) -> bool:
    """Whether a date only bounds a stretch of time ("who had waited since Monday night",
    "closed until Friday", "had burned 1,200 hectares by Sunday evening"): it is not the day
    anything in the sentence happened (:func:`~whatweknow.stages.events.setting.bounds`); nor
    does one after a compared figure ("12 boats were waiting, down from 30 on Wednesday":
    :func:`~whatweknow.stages.events.setting.compared`), nor an argument ("logs for Saturday",
    "declared Friday a public holiday": :func:`~whatweknow.stages.events.setting.argument`)."""
    text = d.article.text
    return bounds(text, t.start) or compared(text, t.start) or argument(text, t.start, t.end)


def _is_day(t: Timex) -> bool:
    """A timex that dates a happening to a day: a day value, and for a time of day, words that
    name the day ("at 3 a.m. on Tuesday", "this morning"). A bare clock time ("shortly after
    midnight") was dated to the day of the report, which a recap published days later is not."""
    if t.type not in ("DATE", "TIME") or _DAY.match(t.value) is None:
        return False
    return t.type == "DATE" or _NAMES_DAY.search(t.text) is not None


_NAMES_DAY = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\b(?:today|tonight|yesterday|tomorrow|overnight)\b|\b(?:this|last)\s+(?:morning|"
    r"afternoon|evening|night)\b|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}",
    re.IGNORECASE,
)


NOT_FINITE = frozenset({
    "to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "did",
})  # fmt: skip
"""Words before a bare verb that make it no present tense ("to launch", "did launch")."""


def _present(text: str, predicate: str) -> bool:
    """Whether the claim's predicate is in the present tense in its words: a form of "be" in
    the present for a copula ("is", "are"), its present forms ("matches"; "match", not after
    :data:`NOT_FINITE` words nor for those of :data:`INVARIANT`), or its "-ing" form after a
    present "be" ("are looking"). A claim in the present states how things are, not a past
    happening. So does its present perfect ("has been viewed two million times", "have risen"):
    a state as of the article's day, whatever day a noun in it names ("Sunday's crash")."""
    found = [w.casefold() for w in _WORD.findall(text)]
    head = predicate.split()[0].casefold() if predicate.strip() else ""
    if not head:
        return False
    if _perfect(found, head):
        return True
    if head == "be":
        return any(w in PRESENT_BE for w in found)
    root = head[:-1] if head.endswith("e") else head
    inflected = {head + "s", head + "es"} | ({head[:-1] + "ies"} if head.endswith("y") else set())
    ing = {root + "ing", head + "ing"}
    for before, w in pairwise(["", *found]):
        bare = w == head and head not in INVARIANT and before not in NOT_FINITE
        if w in inflected or bare or (before in PRESENT_BE and w in ing):
            return True
    return False


PERFECT = frozenset({"has", "have"})
_BETWEEN = frozenset({"been", "now", "already", "since", "also", "just", "so", "far", "not"})


def _perfect(found: list[str], head: str) -> bool:
    """Whether the words hold the predicate ``head`` in the present perfect: "has" or "have",
    then (passing over "been" and a few adverbs: :data:`_BETWEEN`) its past participle (its
    stem, or an irregular one of :func:`participles`), or "been" itself for a copula."""
    for i, w in enumerate(found):
        if w not in PERFECT:
            continue
        rest = found[i + 1 : i + 5]
        if head == "be" and rest[:1] == ["been"]:
            return True
        after = next((x for x in rest if x not in _BETWEEN), None)
        if (
            after is not None
            and after != head
            and (
                stem(after) == stem(head) or (after in participles() and after.startswith(head[:2]))
            )
        ):
            return True
    return False


SKIPPED = frozenset({
    "it", "they", "he", "she", "we", "i", "you", "was", "were", "had", "has", "have", "been",
    "be", "is", "are", "reportedly", "allegedly", "also", "then",
})  # fmt: skip
"""Words passed over after a clause's opening word to find its verb ("when it crashed")."""
_SUFFIX = re.compile(r"(?:ing|ied|ed|es|s|d)$")


def stem(word: str) -> str:
    """A crude stem, enough to tell two forms of one verb: ``crashed`` and ``crash`` → crash,
    ``died`` and ``die`` → di."""
    w = word.casefold()
    cut = _SUFFIX.sub("", w) if len(w) > 4 else w
    return cut.removesuffix("e") if len(cut) > 2 else cut


def _clause_verb(before: str) -> str | None:
    """The stem of the verb of the last subordinate clause before the date: its first word
    that is a past form (ends in "ed", or one of :func:`past_forms`: its lemma's stem), passing
    over pronouns and auxiliaries (:data:`SKIPPED`); or None."""
    found = _WORD.findall(before)
    opens = [i for i, w in enumerate(found) if w.casefold() in SUBORDINATE]
    if not opens:
        return None
    irregular = past_forms()
    for w in found[opens[-1] + 1 :]:
        word = w.casefold()
        if word in SKIPPED:
            continue
        if word in irregular:
            return stem(irregular[word])
        if word.endswith("ed"):
            return stem(word)
    return None


@cache
def past_forms() -> dict[str, str]:
    """Irregular past-tense forms -> lemma (``data/past_forms.tsv``)."""
    text = (Path(__file__).parent / "data" / "past_forms.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {past: lemma for past, lemma in rows}


FINITE = frozenset({"was", "were", "had", "has", "have", "is", "are", "did"})


def _main_verb(before: str, after: str) -> bool:
    """Whether a finite verb (a form of "be", "have" or "do", a past form) stands outside the
    dated clause: before the word that opens it (the last subordinating word before the date),
    or after the date. "he was on board a jet which crashed on Monday" and "the ferry that sank on
    Sunday carried forty people" tell a happening; "the identities of the people who died on
    Monday" names a thing."""
    found = [w.casefold() for w in _WORD.findall(before)]
    opens = [i for i, w in enumerate(found) if w in SUBORDINATE]
    outside = found[: opens[-1]] if opens else found
    return any(_finite(w) for w in outside + [w.casefold() for w in _WORD.findall(after)])


def _finite(word: str) -> bool:
    return word in FINITE or word in past_forms() or (word.endswith("ed") and len(word) > 4)


def _subordinate(before: str) -> bool:
    return any(w.casefold() in SUBORDINATE for w in _WORD.findall(before))


def _opening(text: str, c: Claim, t: Timex) -> int | None:
    """Where the subordinate clause that holds the claim's date ``t`` opens, or None when the
    date is the main clause's: the last word of :data:`SUBORDINATE` before it ("Halvik, *who*
    resigned on Thursday, declined …"), or the comma of a reduced relative clause around it
    (:func:`_aside`: "the review*,* begun on Tuesday, had found …")."""
    if (at := _aside(text, c, t)) is not None:
        return at
    found = [m for m in _WORD.finditer(text, c.start, t.start) if m[0].casefold() in SUBORDINATE]
    return found[-1].start() if found else None


PERIOD = SUBORDINATE & BOUNDS
"""Words that open a clause which bounds a stretch of time ("since the firm was fined on
Friday", "until the bridge reopened on Monday"): the claim's verb tells what held over the
stretch, not what happened on the day, and the clause's own day is told by its own claim."""


def _period(text: str, at: int) -> bool:
    """Whether the clause opening at ``at`` (:func:`_opening`) bounds a stretch of time
    (:data:`PERIOD`): no day of it dates the claim, nor any event inside it."""
    first = _WORD.match(text, at)
    return first is not None and first[0].casefold() in PERIOD


@cache
def not_participles() -> frozenset[str]:
    """Words in "-ing" that are no participle (``data/not_participles.tsv``: "during",
    "morning")."""
    return word_list("whatweknow.briefing", "not_participles.tsv")


@cache
def anaphoric() -> frozenset[str]:
    """Words that make a date one counted from another time told in the sentence
    (``data/anaphoric_dates.tsv``: "a day *earlier*", "the day *before*")."""
    return word_list("whatweknow.briefing", "anaphoric_dates.tsv")


def _participial(text: str, c: Claim, t: Timex) -> int | None:
    """The offset of the comma that opens a participial adjunct holding a date counted from
    another time (:func:`anaphoric`: "a day earlier", "two days before"): the stretch
    of the claim after its last comma before the date opens with an "-ing" form that is not the
    claim's own predicate ("a server had been hacked*,* reversing its denial a day earlier").
    The adjunct tells an act of its own, and the date, counted from the main clause's time, is
    that act's (the denial's day), never the day of the claim's main clause; or None. A date
    named outright in an adjunct ("…, killing six on Monday") is left to the other rules: an
    outcome told that way is most often of the main clause's day."""
    if not any(w.casefold() in anaphoric() for w in _WORD.findall(t.text)):
        return None
    comma = text.rfind(",", c.start, t.start)
    if comma < 0:
        return None
    first = _WORD.search(text, comma, t.start)
    if first is None or text[comma + 1 : first.start()].strip():
        return None
    word = first[0]
    if not (word.islower() and word.endswith("ing") and len(word) > 5):
        return None
    if word in not_participles() or word in SUBORDINATE:
        return None
    if c.proposition is not None and stem(word) == stem(c.proposition.predicate.split()[0]):
        return None  # the claim's own predicate ("…, fleeing on Monday" told of the fleeing)
    return comma


RELATIVE = frozenset({"who", "which", "whose", "whom", "where"})
"""Words that open a relative clause set off by commas: an aside about a noun."""
FREE = frozenset({"that", "what"})
"""Words that open a clause about a thing, set off by no comma: "the report *that* …", "*what*
she had said on Tuesday" (a free relative: the thing said)."""


def _free(text: str, at: int) -> bool:
    """Whether the clause opening at ``at`` (:func:`_opening`) is a free relative ("*what* she
    had said on Tuesday"): it names a thing, whose day it is; the claim's verb is not dated."""
    return text[at:].split(maxsplit=1)[0].casefold() == "what"


def _relative(text: str, at: int) -> bool:
    """Whether the clause opening at ``at`` (:func:`_opening`) tells about a noun: an aside's
    comma, or a relative word ("the minister *who* resigned on Thursday"). An event of such a
    clause is that clause's, not the claim's; an event of a "when" clause may date the claim
    too ("were operating when the strike hit on Sunday": at once)."""
    return text[at] == "," or text[at:].split(maxsplit=1)[0].casefold() in RELATIVE | FREE


def _aside(text: str, c: Claim, t: Timex) -> int | None:
    """The offset of the comma that opens an aside holding the date: a stretch of the claim
    between two commas, after which the claim goes on, whose first word opens a relative
    clause (:data:`RELATIVE`: "Halvik, who resigned on Thursday, declined …") or is a past
    participle (a reduced one: ends in "-ed", "-en", "-wn" or "-rn", or one of
    :func:`participles`: "The audit, dated 2 May, found leaks", "the review, begun on Tuesday,
    had found"); or None. The aside tells something about a noun on the side of what the claim
    says, and its date is its own. "The dam, on Monday, burst its banks" dates the bursting, and
    so does "the bridge, the city's main crossing, collapsed on Monday, killing six": the
    participle is the claim's own predicate."""
    comma = text.rfind(",", c.start, t.start)
    if comma < 0 or "," not in text[t.end : c.end] or not text[t.end : c.end].strip(" ,"):
        return None
    first = _WORD.search(text, comma, t.start)
    if first is None or not first[0].islower():
        return None
    word = first[0]
    if word in RELATIVE:
        return comma
    if c.proposition is not None and stem(word) == stem(c.proposition.predicate.split()[0]):
        return None  # "A section of the bridge, the main crossing, collapsed on Monday, killing"
    if word.endswith(("ed", "en", "wn", "rn")) or word in participles():
        return comma
    return None


DETERMINERS = frozenset({"the", "a", "an"})
"""Words that open a noun phrase set in apposition after a comma ("Dask, *the* mill owner")."""


def _apposed(text: str, c: Claim, t: Timex) -> bool:
    """Whether the date lies in a participle clause of a noun phrase in apposition: after the
    last comma before the date come a determiner (:data:`DETERMINERS`), a noun and then a past
    participle ("-ed" or one of :func:`participles`; not "women") with no auxiliary or joining
    word before it (:data:`AUXILIARIES`), as in "Dask,
    *the mill owner detained* on Friday, spent a night in custody" or "Police are still
    questioning Dask, *the mill owner arrested* on Friday". The date is the participle's, the
    noun's thing's, whether or not the claim goes on after it, and whatever event the event
    stage tied to it: the main clause has no day of its own there, and a line that cut the date
    would leave the phrase broken. Not the claim's own predicate ("the main crossing collapsed
    on Monday" read as one)."""
    comma = text.rfind(",", c.start, t.start)
    if comma < 0:
        return False
    found = _WORD.findall(text[comma : t.start])
    if len(found) < 3 or found[0].casefold() not in DETERMINERS:
        return False
    head = stem(c.proposition.predicate.split()[0]) if c.proposition else None
    for i, word in enumerate(found[2:], start=2):
        low = word.casefold()
        if low in AUXILIARIES or low in SUBORDINATE:
            return False
        if word.islower() and (low.endswith("ed") or low in participles()):
            return stem(low) != head and found[i - 1].casefold() not in AUXILIARIES
    return False


AUXILIARIES = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get", "got",
    "and", "or", "but", "then",
})  # fmt: skip
"""Words before a past participle that make it a verb of the claim's own (a passive, a
perfect, a verb joined to the predicate: "was arrested and charged on Tuesday")."""


def _reduced(text: str, c: Claim, t: Timex) -> bool:
    """Whether the date phrase follows a past participle that qualifies the noun right before
    it, after the claim's own verb: a reduced relative clause with no commas ("has suspended
    the coach over the two tests *announced* on Tuesday"). Its day is the noun's thing's, not
    the claim's. Not the claim's predicate itself ("was *announced* on Tuesday"), nor a verb
    after an auxiliary or joined to the predicate (:data:`AUXILIARIES`)."""
    if c.proposition is None:
        return False
    found = _WORD.findall(text[c.start : t.start])
    if found and found[-1].casefold() in ("on", "at", "in"):
        found = found[:-1]
    if len(found) < 3:
        return False
    *head, noun, part = found
    if not part.islower() or not (part.endswith(("ed", "en", "wn", "rn")) or part in participles()):
        return False
    if noun.casefold() in AUXILIARIES or not noun.isalpha() or noun.endswith("ly"):
        return False
    predicate = [stem(w) for w in c.proposition.predicate.split()]

    def verb(word: str) -> bool:  # a form of the predicate's verb ("suspended", "suspend")
        w = stem(word)
        return any(w.startswith(p) or p.startswith(w) for p in predicate if min(len(w), len(p)) > 3)

    return not verb(part) and any(verb(w) for w in head)


@cache
def participles() -> frozenset[str]:
    """Irregular past participles (``data/participles.tsv``)."""
    return word_list("whatweknow.briefing", "participles.tsv")


_ON = re.compile(r"(?:\b(?:[Oo]n|[Aa]t|[Ii]n)\s+)?$")
"""A preposition that heads the date phrase ("on Monday", "at 7.30pm", "in March"): cut with
it, so that no stray preposition is left ("issued at by the council")."""
_AFTER = re.compile(r"^(?:\s*$|[,.;:!?]|\s+[\w“\"(])")


def words(text: str, c: Claim, t: Timex) -> str:
    """The claim's words without its date phrase (the timex and an "on", "at" or "in" before
    it) where what is left reads whole: the phrase opens the claim ("On Monday, the dam…",
    "On Friday it asked…": the next word capitalised), or a word that can end a clause comes
    before it and a word or punctuation after it ("the dam broke on Monday after…", "…came down on
    Monday."); else the claim's words."""
    head = text[c.start : t.start]
    tail = text[t.end : c.end]
    cut = _ON.search(head)
    kept = head[: cut.start()] if cut else head
    if not kept.strip() and tail[:1] in (",", " "):
        rest = tail.removeprefix(",").lstrip()
        return _short(rest[:1].upper() + rest[1:]) if rest else _short(text[c.start : c.end])
    last = _WORD.findall(kept)
    if (
        kept.strip()
        and last
        and last[-1].casefold() not in DANGLING
        and not kept.rstrip().endswith((",", "(", "“", '"'))
        and _AFTER.match(tail)
        and not tail.startswith(("'s", "’s"))
        and not _lone(kept, tail)
    ):
        return _short(kept.rstrip() + tail)
    return _short(text[c.start : c.end])


def _lone(kept: str, tail: str) -> bool:
    """Whether cutting the date would leave one word alone between two commas ("The audit,
    dated, found …", "the review, begun, had found …"): the phrase it opened is broken."""
    inside = kept[kept.rfind(",") + 1 :] if "," in kept else None
    return inside is not None and tail.startswith(",") and len(_WORD.findall(inside)) == 1


def _short(words: str) -> str:
    line = clean(words).rstrip(" ,;:")
    if len(line) <= MAX_CHARS:
        return line
    cut = line.rfind(" ", 0, MAX_CHARS)
    return line[: cut if cut > 0 else MAX_CHARS].rstrip(" ,;:") + "…"
