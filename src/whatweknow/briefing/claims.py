"""The sections made of statements: established, claimed, disputed, analysis, background.

Each statement goes to one section, by these rules in order:

1. one side of a denial or conflict: *Disputed and denied*, as one item naming both sides (a
   denial its own source later reversed dated there as in rule 2: ``denied (as of {day};
   later reports: …)``, citing both);
2. a denial (some report denies it): *Disputed and denied*, as ``{source} denies: …``; but a
   denial its own source later reversed (:func:`~.overtaken.reversals`) is what the source said
   then: *What is claimed, and by whom*, as ``{source} denied: … (as of {day}; later reports:
   {source} says “…”)``, citing both (so is any statement so reversed, wherever it goes); it
   contests nothing (rule 6);
3. speculation (its strongest report is speculated): *Analysis and speculation*;
4. a negated statement or a denial that a source (not the outlet) makes: *What is claimed, and
   by whom* ("no deal was reached", a spokesman says: one party's view, however many outlets
   carry it);
5. asserted by an outlet in its own voice (not in an analysis or opinion piece, whose own
   sentences argue: :func:`~.cite.commentary`): *Background* if a date written in such a report
   (a TIMEX3 date in its span, or the time of one of its events) ends more than
   :data:`BACKGROUND_DAYS` days before the first publication date, or is the vague past
   (``PAST_REF``: "in recent years"), unless a date written before its first clause or content
   (:attr:`~.statements.Said.main_dates`: "The ministry on Thursday published an extract
   showing …") is within the story's days; otherwise *What is established*, but for an estimate it
   tells ("Police put the crowd at about 4,000": its subject's reckoning, :func:`_estimate`),
   a cleft on what someone has not explained (:func:`_unexplained`: the outlet's charge), a
   judgement of someone's standing (:func:`_judges_standing`: "puts the coalition in an
   awkward position", its reading) or a
   line that leans on the sentence before it, which are the outlet's claims; a refusal or a
   silence ("X declined to comment", :func:`_non_answer`) is never established, whoever
   tells it (it states nothing of the matter): *What is claimed, and by whom*; nor is a view,
   a demand or a plan ("the sample should be opened abroad", "would be opened on Friday":
   :func:`_unasserted`), in anyone's voice; an outlet's sentence that weighs a thing instead
   of telling it ("That wording matters.": :func:`_evaluates`) is its *Analysis*;
6. reported by two or more independent sources (copies of one report counted once) through two
   or more identified voices (sources or outlets; not one named only by a noun that points
   back, "the company", which may be another voice's own body), never only alleged or
   expected (a report in words of a plan or a view, or of a subject that cannot be the
   statement's, "the junior clerk" for "both clerks", supports nothing: :func:`supports`),
   stating
   a proposition (not a phrase reported in passing, "a death toll of 27") of a kind no source
   in the story denies (a frame that a denial has: "carried munitions" when a side denies the
   drone "carried weapons", worded too differently to pair):
   *What is established* (a claim that outlets relay from one source stays that source's: a
   speaker named in full and by surname is one voice, and words told as what someone said,
   "the minister's statement that …", support nothing: :func:`~.statements.retold`; unnamed
   groups of lay people, "passengers" and "survivors", are one voice together, perhaps the
   same people: :func:`_lay_group`); never
   words another report questions as said ("criticised for saying …");
7. said only by analysts or experts, or by an outlet in an analysis or opinion piece:
   *Analysis and speculation*;
8. otherwise *What is claimed, and by whom*.

Within a section the strongest come first (:func:`salience`): more independent sources, then
statements of the matter before refusals and silences ("X declined to comment"), then the actors
most central to the story (those named by the most statements), then the most
recently reported; Background and the timeline stay in time order. A dispute ranks by its two
sides together and carries ``why`` it was paired.

Attributed items are one per statement and voice, grouped by voice, and say
``{voice} {verb}: {claim}``, the verb from the modality of that voice's reports (:data:`VERBS`),
the claim in the words of one of its reports of that modality (a voice that told a plan and then
the deed says the deed).
A voice is the source's name as the article resolves it, the outlet for its own statements, or
"unidentified source" for a source the pipeline left as a pronoun or did not find.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from ..stages._lists import kinded_lists, word_list
from ..stories.contradictions import owned_only, within_denials
from ..stories.merge import REFUSAL, refusal
from ..stories.opposed import conditional, opposed
from ..stories.values import counts, disjoint
from .cite import GENERIC_HEADS, UNIDENTIFIED, Voice, clean, distinct, leans_on_context
from .figures import CURRENCIES
from .model import Item, Section
from .periods import human
from .statements import PLEDGED_AS, STRENGTH, Clash, Said, Statement, unit

ESTABLISHED = "What is established"
CLAIMED = "What is claimed, and by whom"
DISPUTED = "Disputed and denied"
ANALYSIS = "Analysis and speculation"
BACKGROUND = "Background"
BACKGROUND_DAYS = 7

VERBS = {
    "asserted": "says",
    "reported": "says",
    "alleged": "alleges",
    "expected": "expects",
    "speculated": "speculates",
    "denied": "denies",
}

PAST = {
    "asserted": "said",
    "reported": "said",
    "alleged": "alleged",
    "expected": "expected",
    "speculated": "speculated",
    "denied": "denied",
}
"""The verbs for a statement its own source later reversed: what it said then."""

PLURAL = {
    "says": "say",
    "alleges": "allege",
    "expects": "expect",
    "speculates": "speculate",
    "denies": "deny",
}
"""The verbs for a voice that names several (a group: "officials say")."""

NOTES = {
    ESTABLISHED: "Stated by an outlet in its own voice, or reported by two or more independent "
    "sources through two or more identified voices; nothing denied, disputed or speculative.",
    CLAIMED: "Attributed statements, grouped by who makes them.",
    DISPUTED: "Denials, and claims that another claim denies or contradicts, both sides.",
    ANALYSIS: "Speculation, and what analysts and experts say.",
    BACKGROUND: f"Statements by an outlet about dates more than {BACKGROUND_DAYS} days before "
    "the first report, or about recent years.",
}


def claim_sections(
    statements: Sequence[Statement],
    clashes: Sequence[Clash],
    shown_clashes: Sequence[Clash],
    first: date | None,
    keep: Collection[str] | None = None,
) -> list[Section]:
    """The five sections, in order (some may be empty). ``clashes`` are all the disputes, which
    take their statements out of every other section; ``shown_clashes`` those to show; ``keep``
    the statements to show (all when None)."""
    clashed = {x.a.id for x in clashes} | {x.b.id for x in clashes}
    contested = {
        st.frame for st in statements if st.frame and st.denied and st.reversed_by is None
    } - WIDE_FRAMES  # a denial its own source took back contests nothing
    placed: dict[str, list[Statement]] = {k: [] for k in NOTES}
    inside = told_in_denial(statements)
    rival = rival_values(statements)
    rebutted = rebutted_by_description(statements)
    for st in sorted(statements, key=lambda s: s.order):
        if st.id not in clashed and st.id not in inside and (keep is None or st.id in keep):
            where = place(st, first, contested)
            if where == DISPUTED and _unanswered_account(st, statements):
                continue  # "X denies: the board's account", the board's account shown nowhere
            if where == ESTABLISHED and st.id in rival:
                where = CLAIMED  # one side of rival figures: a conflict, no established fact
            if where == ESTABLISHED and st.id in rebutted:
                where = CLAIMED  # an outlet's finding a party calls a draft: contested
            placed[where].append(st)
    rank = salience(statements)
    background = sorted(placed[BACKGROUND], key=lambda s: (_earliest(s), s.order))
    clash_rank = sorted(shown_clashes, key=lambda x: min(rank(x.a), rank(x.b)))
    disputed = [_clash_item(x) for x in clash_rank] + _attributed(
        sorted(placed[DISPUTED], key=rank)
    )
    return [
        _section(ESTABLISHED, [_plain(st) for st in sorted(placed[ESTABLISHED], key=rank)]),
        _section(CLAIMED, _attributed(sorted(placed[CLAIMED], key=rank))),
        _section(DISPUTED, disputed),
        _section(ANALYSIS, _attributed(sorted(placed[ANALYSIS], key=rank))),
        _section(BACKGROUND, [_plain(st) for st in background]),
    ]


@lru_cache(maxsize=1)
def _valuing() -> re.Pattern[str]:
    """``data/valuations.tsv`` as one pattern of whole words."""
    words = word_list(__package__ or "whatweknow.briefing", "valuations.tsv")
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE)


def _voices(st: Statement) -> set[str]:
    return {(r.party or r.voice.name).casefold() for r in st.reports}


def rival_values(statements: Sequence[Statement]) -> set[str]:
    """The statements that give a sum of money as a value (``data/valuations.tsv``: "has put the
    value of the three at 42 million euros") which another statement, of no voice in common,
    gives otherwise in the same currency, the two figures unable both to hold ("worth at least
    65 million euros": :func:`~whatweknow.stories.values.disjoint`): rival figures of one
    measure, a conflict, and neither an established fact."""
    sums = [
        (st, vs)
        for st in statements
        if _valuing().search(st.text) and (vs := [v for v in counts(st.text) if v[0] in CURRENCIES])
    ]
    return {
        st.id
        for st, mine in sums
        for other, theirs in sums
        if other is not st
        and not _voices(st) & _voices(other)
        and any(disjoint(a, b) for a in mine for b in theirs)
    }


@lru_cache(maxsize=1)
def _rebuttals() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``data/rebuttals.tsv``: the pattern of "the N quoted by (the) Outlet" (groups: the noun,
    the outlet's word) and the pattern of a word that says the thing is wrong or not in force."""
    rows = kinded_lists(__package__ or "whatweknow.briefing", "rebuttals.tsv")

    def alts(kind: str) -> str:
        ws = sorted(rows.get(kind, ()), key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in ws)

    named = re.compile(
        rf"\bthe\s+(?:\w+\s+)?(\w+)\s+(?:{alts('by')})\s+by\s+(?:the\s+)?"
        rf"(?-i:(?:[A-Z][\w'’-]*\s+)*([A-Z][\w'’-]*))",
        re.IGNORECASE,
    )
    return named, re.compile(rf"\b(?:{alts('word')})\b", re.IGNORECASE)


def _noun_forms(noun: str) -> set[str]:
    low = noun.casefold()
    stem = low[:-1] if low.endswith("s") else low
    return {stem, stem + "s"}


def rebutted_by_description(statements: Sequence[Statement]) -> set[str]:
    """The statements an outlet gives in its own voice about a thing that a party's words,
    elsewhere in the story, call wrong, a draft or not in force by describing it as that
    outlet's ("the rules quoted by the Echo were “a draft that was never adopted”":
    ``data/rebuttals.tsv``): the outlet's own sentence naming the thing ("Under the agency's
    own rules, … lorries must be turned back") is contested, never established, though the
    party never repeats its words. The outlet is known by the last word of its name, as its
    article gives it or as its own sentence names it ("obtained by the Echo")."""
    named, wrong = _rebuttals()
    targets: set[tuple[str, str]] = set()
    for st in statements:
        if not any(not r.own_assertion for r in st.reports):
            continue  # a party's words, not the outlet's own
        for found in named.finditer(st.text):
            if wrong.search(st.text, found.end()) or st.denied:
                targets |= {(n, found.group(2).casefold()) for n in _noun_forms(found.group(1))}
    if not targets:
        return set()
    out = set()
    for st in statements:
        words = {w.casefold() for w in re.findall(r"[\w'’-]+", st.text)}
        for r in st.reports:
            if not r.own_assertion:
                continue
            outlet = (r.citation.outlet or "").split()
            mine = {outlet[-1].casefold()} if outlet else set()
            mine |= {o for n, o in targets if o in words and n in words}
            if any(n in words and o in mine for n, o in targets):
                out.add(st.id)
    return out


def told_in_denial(statements: Sequence[Statement]) -> set[str]:
    """The statements told only within a denial's words: each report lies within a longer
    report of a denial in the same article ("denied a newspaper report that the two towns would
    sign a secret deal" holds "the two towns would sign a secret deal"). The denial's line tells
    it, as denied; a line of its own would give it as the report's, undenied."""
    told = within_denials(
        {
            st.id: [
                (r.citation.article, r.citation.start, r.citation.end, r.modality)
                for r in st.reports
            ]
            for st in statements
        }
    )
    return told - {st.id for st in statements if st.denied}


def salience(
    statements: Sequence[Statement],
) -> Callable[[Statement], tuple[int, bool, int, int, tuple[date, int, int]]]:
    """A sort key, strongest first: independent sources, a statement of the matter before a
    refusal or a silence ("X declined to comment": true, and about nothing), how many of the
    story's central actors (the five named by the most statements) it names, how recently it
    was reported, then the order of first report."""
    counts = Counter(k for st in statements for k in st.actors)
    # ties by key: the actors are sets, so insertion order (and most_common's) is hash order
    central = {k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]}

    def key(st: Statement) -> tuple[int, bool, int, int, tuple[date, int, int]]:
        latest = max((r.seen for r in st.reports if r.seen is not None), default=date.min)
        return (
            -st.independent,
            _non_answer(st),
            -len(st.actors & central),
            -latest.toordinal(),
            st.order,
        )

    return key


_ANSWERING = frozenset(
    {
        "reach",
        "respond",
        "comment",
        "return",
        "answer",
        "reply",
        "confirm",
        "say",
        "said",
        "explain",
    }
)


def _non_answer(st: Statement) -> bool:
    """Whether a statement is only a refusal or a silence ("X declined to comment", "Y could not
    be reached for comment"): its frame is none or one of answering, and its words refuse
    (:func:`~whatweknow.stories.merge.refusal`); not a statement that refuses on the side ("the
    ministry was gathering information and would not discuss it"), nor one that answers ("have
    neither confirmed nor denied" is a non-answer too)."""
    return (st.frame is None or st.frame in _ANSWERING or _refuses_question(st.text)) and (
        refusal(st.text) or _NEITHER.search(st.text) is not None
    )


_ASKED = re.compile(r"\s+(?:whether|if|how|what|why|when|who|where|which)\b", re.IGNORECASE)


def _refuses_question(text: str) -> bool:
    """Whether words refuse to answer a question they name ("Police would not say whether
    officers were preparing a raid"): the question's verb is the frame, yet the words say
    nothing of it."""
    found = REFUSAL.search(text)
    return (
        found is not None
        and found.group(0).split()[-1].casefold() in _ANSWERING
        and _ASKED.match(text, found.end()) is not None
    )


_NEITHER = re.compile(r"\bneither\s+(?:confirm|den[iy])\w*\s+nor\s+(?:confirm|den[iy])", re.I)
"""A non-answer to a report: "have neither confirmed nor denied the report"."""


WIDE_FRAMES = frozenset({"be", "have", "say", "do", "get", "make", "go", "take"})
"""Frames too wide for a denial of one to contest every statement of them."""


def place(st: Statement, first: date | None, contested: Collection[str] = ()) -> str:
    """The section of a statement that is in no dispute (rules 2 to 8 of the module doc);
    ``contested``: the frames some source in the story denies."""
    if st.reversed_by is not None:
        return CLAIMED  # its source's view of its day, which the source itself later reversed
    if st.denied:
        return DISPUTED
    if st.strongest == "speculated":
        return ANALYSIS
    if any(r.retold == "contest" for r in st.reports):
        return CLAIMED  # "criticised for saying the pass was cleared": questioned, not settled
    own = [r for r in st.reports if r.own_assertion and not r.voice.analyst and supports(st, r)]
    if st.negative and not own:
        return CLAIMED
    if _non_answer(st):
        return CLAIMED  # a refusal or a silence is about nothing: no fact of the matter
    if _plan(st.text):
        return CLAIMED  # "a march is planned for Sunday": expected, not done
    if conditional(st.text):  # "If the barge was inside the zone, …": asserts neither part
        return ANALYSIS if all(r.voice.analyst for r in st.reports) else CLAIMED
    if all(_unasserted(r.citation.text or st.text) for r in st.reports):
        # "the sample should be opened", "would be opened": a view, a demand or a plan in every
        # report (a report of the deed, "was opened", may still establish it)
        return ANALYSIS if all(r.voice.analyst for r in st.reports) else CLAIMED
    if own and _evaluates(st.text):
        return ANALYSIS  # "That wording matters.": the outlet weighing it, its analysis
    if own:
        if any(_is_background(r, first) for r in own):
            return BACKGROUND
        # a line that leans on the sentence before it establishes nothing a reader can check
        if (
            leans_on_context(st.text)
            or all(r.dangling for r in own)  # "Two of them were clerks": of whom?
            or _tells_speech(st.text)  # "Blue Heron says at least 300": its words
            or _estimate(st.text)
            or _unexplained(st.text)
            or _judges_standing(st.text)
            or _judged(st.text)  # "Dr Oma Velt concluded that P": her finding, not its fact
            or _tells_denial(st.text)  # "Osk called the report 'baseless'": its denial
            or _hedged(st.text, [r.citation.outlet for r in own])  # "…, the Gazette
            # understands": its unconfirmed report
        ):
            return CLAIMED
        return ESTABLISHED
    committed = [r for r in st.reports if r.modality in ("asserted", "reported")]
    # a report in words that answer nothing ("That is a question for the police") or that set
    # the time the other way ("we were told when it had already begun") supports nothing
    backing = [r for r in committed if not supports(st, r)]
    committed = [r for r in committed if supports(st, r)]
    # a party's words for its side of a denial it makes in the same article establish nothing
    # by themselves (judgement §3: never a quote of one party's view)
    backing += [r for r in committed if r.backs_denial]
    committed = [r for r in committed if not r.backs_denial]
    # "the company" points back to a body named elsewhere, perhaps another voice's own (its
    # chief executive's): no voice of its own beside the others
    # and the people of one body are that body's one voice ("Brask Mills said P" and its chief
    # executive's P: one party, :func:`~.statements.party`)
    # and a party named only by a description ("the trawler owner") may be one of the named
    # voices ("Gregor Lind"): it counts only where no voice is named
    # and a speaker named once in full and once by surname ("Oriel Tasko", "Tasko") is one
    # and unnamed groups of lay people ("Passengers who survived", "Survivors") may be the same
    # people: one voice together (:func:`_lay_group`)
    voices = one_each(
        distinct(
            [
                LAY_GROUP if _lay_group(r.voice) else r.party or r.voice.name
                for r in committed
                if r.voice.identified and not _points_back(r.voice.name) and not r.voice.described
            ]
        )
    ) or distinct([r.voice.name for r in committed if r.voice.described])
    outlets = {unit(r) for r in committed}  # copies of one report are one source
    if (
        st.independent - len({unit(r) for r in backing} - outlets) >= 2
        and len(voices) >= 2
        and len(outlets) >= 2  # a guess ("may be missing") corroborates nothing
        and st.strongest in ("asserted", "reported")
        and st.proposition  # "a death toll of 27" out of its sentence establishes nothing
        and st.frame not in contested  # "carried two munitions" when a side denies "carried
        # weapons": sources' words against a denial of the kind, not yet established
        and not leans_on_context(st.text)  # "it was reviewing a fault": whose words, by name
        and not _tells_denial(st.text)  # never a denial, in whoever's words
        and not _judged(st.text)  # one person's finding, however many outlets tell it
    ):
        return ESTABLISHED
    if all(r.voice.analyst for r in st.reports):
        return ANALYSIS
    return CLAIMED


LAY_GROUP = "lay people"
"""The one voice of every unnamed group of lay people (:func:`_lay_group`)."""
_COUNTING = frozenset({"the", "some", "several", "many", "other", "two", "three", "dozens", "of"})


@lru_cache(maxsize=1)
def _lay_nouns() -> frozenset[str]:
    """``data/lay_groups.tsv``: plural nouns of people named only by what befell them."""
    return word_list(__package__ or "whatweknow.briefing", "lay_groups.tsv")


def _lay_group(voice: Voice) -> bool:
    """Whether a voice is an unnamed group of lay people ("Passengers who survived the fall",
    "some residents", "Survivors"; ``data/lay_groups.tsv``): its head noun, after a determiner
    or a count, is one of them. Two such groups may be the same people (survivors are
    passengers): no two independent voices."""
    if not voice.plural or voice.kind != "source":
        return False
    words = [w.strip(",;:").casefold() for w in voice.name.split()]
    head = next((w for w in words if w not in _COUNTING and not w.isdigit()), "")
    return head in _lay_nouns()


def supports(st: Statement, r: Said) -> bool:
    """Whether a report of a statement can support it: not words told as what someone said
    ("the minister's statement that …": :func:`~.statements.retold`), the speaker's words
    again, not a second source; not an outlet's sentence that still
    reports someone's words (:func:`_tells_speech`), nor one whose own words are a refusal,
    a silence or a question passed on ("That is a question for the officers": about nothing),
    nor one whose words put the happening after what the statement's put it before, or the
    other way (``data/time_order.tsv``: "informed before the raid began" and "we were told the
    raid had begun when it had already begun"), however many words they share."""
    words = r.citation.text
    if r.retold is not None:
        return False  # "the minister's statement that …": the minister's words told, no source
    if r.voice.kind == "outlet" and _tells_speech(words or st.text):
        return False  # "On Monday it said no transfer took place": its words, not the outlet's
    if _unasserted(words or st.text):
        return False  # a plan or a view ("would be opened", "should be opened") is no deed
    if conditional(words or st.text):
        return False  # "If the barge was inside the zone, …" asserts neither part
    if not words or clean(words) == st.text:
        return True
    if opposed(st.text, words):
        return False  # "just outside the zone" for "3 km inside the zone": the other side
    if refusal(words) or _NEITHER.search(words) is not None or _deflects(words):
        return False
    if _other_subject(st.text, words):
        return False  # "the junior clerk had been suspended": another's deed, not the group's
    ours, theirs = _order_sides(st.text), _order_sides(words)
    return not (len(ours) == 1 and len(theirs) == 1 and ours != theirs)


@lru_cache(maxsize=1)
def _unasserting() -> re.Pattern[str]:
    """``data/unasserted_modals.tsv`` as one pattern of whole words: a modal, not a noun ("the
    will of the members") nor a hyphened word ("the would-be thief")."""
    words = sorted(
        word_list(__package__ or "whatweknow.briefing", "unasserted_modals.tsv"), key=len
    )
    alts = "|".join(r"\s+".join(map(re.escape, w.split())) for w in reversed(words))
    return re.compile(
        rf"(?<![\w'’-])(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)"
        rf"(?:{alts})(?![\w'’-])",
        re.IGNORECASE,
    )


_CLAUSE_END = re.compile(
    r"[,;:(—–]|\s(?:who|which|whose|saying|after|before|because|since|while|when|although|"
    r"and|but|or)\s",
    re.IGNORECASE,
)


def _unasserted(text: str) -> bool:
    """Whether the main part of a clause (before its first comma or relative or adverbial
    clause) tells what ought to be or what is to come (``data/unasserted_modals.tsv``: "the
    sample should be opened abroad", "the sample would be opened on Friday"): a party's view or
    a plan, never an established fact, nor a report that corroborates one."""
    cut = _CLAUSE_END.search(text)
    return _unasserting().search(text[: cut.start()] if cut else text) is not None


@lru_cache(maxsize=1)
def _hedge_rows() -> dict[str, str]:
    """``data/outlet_hedges.tsv``, each kind's phrases as one alternation, longest first."""
    rows = kinded_lists(__package__ or "whatweknow.briefing", "outlet_hedges.tsv")
    return {
        kind: "|".join(
            r"\s+".join(map(re.escape, w.split())) for w in sorted(ws, key=len, reverse=True)
        )
        for kind, ws in rows.items()
    }


@lru_cache(maxsize=64)
def _hedges(outlet: str) -> re.Pattern[str]:
    """The pattern of :func:`_hedged` for an outlet whose name ends in the word ``outlet``."""
    rows = _hedge_rows()
    name = rf"(?:\b(?:we|this\s+(?:newspaper|paper|website|site|programme)|{re.escape(outlet)}))"
    return re.compile(
        rf"{name}\s+(?:{rows['after_name']})(?=\s*(?:that\b|[,.;:!]|[\"”’']|$))"
        rf"|\b(?:{rows['anywhere']})\b"
        rf"|\b(?:{rows['before_name']})\s+by\s+(?:the\s+)?(?-i:[A-Z])",
        re.IGNORECASE,
    )


def _hedged(text: str, outlets: Collection[str | None] = ()) -> bool:
    """Whether an outlet's sentence passes on what it was told, unconfirmed
    (``data/outlet_hedges.tsv``): "…, the Tarn Gazette understands." (a hedge verb right after
    the last word of the outlet's name, or "we", "this newspaper"), "sources told the
    Gazette", "it is understood that …", or its exclusive ("…, a copy of which has been
    obtained by the Gazette, …", "the Gazette can reveal"): its report, not a fact it
    establishes."""
    lasts = {o.split()[-1] for o in outlets if o and o.split()} or {"we"}
    return any(_hedges(last).search(text) is not None for last in sorted(lasts))


@lru_cache(maxsize=1)
def _evaluative() -> re.Pattern[str]:
    """``data/evaluative.tsv`` as one pattern of whole words ending a clause."""
    words = sorted(word_list(__package__ or "whatweknow.briefing", "evaluative.tsv"), key=len)
    alts = "|".join(r"\s+".join(map(re.escape, w.split())) for w in reversed(words))
    return re.compile(
        rf"\b(?:{alts})\s*(?:$|[.,;:!]|\s+(?:because|for|here|now|to|in|since)\b)",
        re.IGNORECASE,
    )


def _evaluates(text: str) -> bool:
    """Whether words weigh a thing instead of telling it, ending a clause with an evaluative
    predicate (``data/evaluative.tsv``: "That wording matters.", "The timing is key")."""
    return _evaluative().search(text) is not None


_SUBJECT = re.compile(
    r"^\W*((?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:has|have|had|is|are|was|were|will|would)\b",
)


def _other_subject(ours: str, theirs: str) -> bool:
    """Whether two clauses tell a predicate of subjects that cannot be one: the same noun in
    the other number ("Both clerks have been suspended" and "the junior clerk had been
    suspended": a group, and one of its kind named alone)."""
    a, b = _SUBJECT.match(ours), _SUBJECT.match(theirs)
    if a is None or b is None:
        return False
    head_a, head_b = a.group(1).casefold().split()[-1], b.group(1).casefold().split()[-1]
    return head_a in (head_b + "s", head_b + "es") or head_b in (head_a + "s", head_a + "es")


@lru_cache(maxsize=1)
def _deflection() -> re.Pattern[str]:
    """``data/deflections.tsv`` as one pattern of whole words."""
    return _phrases("deflections.tsv")


def _deflects(text: str) -> bool:
    """Whether words pass a question on instead of answering it ("That is a question for the
    officers": ``data/deflections.tsv``)."""
    return _deflection().search(text.replace("’", "'")) is not None


@lru_cache(maxsize=1)
def _speech() -> re.Pattern[str]:
    """``data/speech_verbs.tsv`` as one pattern of whole words."""
    return _phrases("speech_verbs.tsv")


def _tells_speech(text: str) -> bool:
    """Whether an outlet's words report what someone says ("On Monday it said about 20 tonnes":
    ``data/speech_verbs.tsv``): that one's claim, not the outlet's fact."""
    return _speech().search(text) is not None


@lru_cache(maxsize=1)
def _plans() -> re.Pattern[str]:
    """``data/plan_states.tsv`` as one pattern of whole words."""
    return _phrases("plan_states.tsv")


def _plan(text: str) -> bool:
    """Whether words tell a plan as the state of things ("A memorial march is planned outside
    the town hall on Sunday": ``data/plan_states.tsv``): expected, never established."""
    return _plans().search(text) is not None


def _phrases(name: str) -> re.Pattern[str]:
    words = sorted(word_list(__package__ or "whatweknow.briefing", name), key=len)
    alts = "|".join(r"\s+".join(map(re.escape, w.split())) for w in reversed(words))
    return re.compile(rf"(?:(?<![\w'])|(?='))(?:{alts})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _time_order() -> tuple[tuple[re.Pattern[str], str], ...]:
    """``data/time_order.tsv``: each phrase as a pattern of whole words, with its side."""
    path = Path(__file__).parent / "data" / "time_order.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [r.split("\t") for r in lines if r.strip() and not r.startswith("#")][1:]
    out: list[tuple[re.Pattern[str], str]] = []
    for phrase, side in (r for r in rows if len(r) == 2):
        words = r"\s+".join(map(re.escape, phrase.split()))
        out.append((re.compile(rf"\b{words}\b", re.IGNORECASE), side.strip()))
    return tuple(out)


def _order_sides(text: str) -> set[str]:
    """The sides ("before", "after") to which a text's words put one happening against
    another."""
    return {side for pattern, side in _time_order() if pattern.search(text)}


@lru_cache(maxsize=1)
def _standing() -> re.Pattern[str]:
    """``data/standing.tsv`` as one pattern of whole words."""
    words = sorted(word_list(__package__ or "whatweknow.briefing", "standing.tsv"), key=len)
    alts = "|".join(r"\s+".join(map(re.escape, w.split())) for w in reversed(words))
    return re.compile(rf"\b(?:{alts})\b", re.IGNORECASE)


def _judges_standing(text: str) -> bool:
    """Whether an outlet's sentence judges someone's standing ("The affair puts the coalition in
    an awkward position", "… is less secure than it was a week ago": ``data/standing.tsv``): its
    reading of the matter, claimed in its name."""
    return _standing().search(text) is not None


@lru_cache(maxsize=1)
def _judging() -> re.Pattern[str]:
    """A named person (two capitalised words in a row, or a title and a name: "Lene Marr",
    "Dr Velt") and, later in the clause, a verb of ``data/judging_verbs.tsv`` before "that",
    at most three words between ("decided within an hour that")."""
    forms = "|".join(
        map(re.escape, word_list(__package__ or "whatweknow.briefing", "judging_verbs.tsv"))
    )
    title = r"\b(?:Dr|Prof|Professor|Judge|Inspector)\.?\s+[A-Z][\w'’-]+"
    pointer = r"(?:The|A|An|This|That|In|On|At|By|For|After|But|And|When|If|As)\b"
    name = rf"(?:{title}|\b(?!{pointer})[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)"
    return re.compile(rf"{name}[^.;:!?]*?\b(?i:{forms})(?:\s+[\w'’-]+){{0,3}}?\s+that\b")


def _judged(text: str) -> bool:
    """Whether a sentence tells a named person's finding ("Dr Oma Velt took a morning to conclude
    that the vase was not the one taken": ``data/judging_verbs.tsv``): that person's claim."""
    return _judging().search(text) is not None


_POINTING_OWNERS = frozenset({"the", "its", "their"})


def _points_back(name: str) -> bool:
    """Whether a voice is named only by a noun that points back to a body or person named
    elsewhere ("The company", "the ministry", "its office": :data:`~.cite.GENERIC_HEADS`):
    which one, and whether another voice speaks for it, the words do not say."""
    words = name.casefold().split()
    return len(words) == 2 and words[0] in _POINTING_OWNERS and words[1] in GENERIC_HEADS


_ESTIMATE = re.compile(
    r"\b(?:put|puts|estimated|estimates|placed|places)\s+(?:the|its|their)\s+"
    r"(?:(?!on\b|in\b|under\b|to\b|into\b)[\w'’-]+\s+){1,3}at\s+"
    r"(?:about|around|some|nearly|roughly|more\s+than|at\s+least)?\s*[$€£]?\d[\d,.]*"
    r"(?![\d,.:]|\s*(?:a\.?m\b|p\.?m\b|o'clock|gmt|utc))",  # a time is no figure
    re.IGNORECASE,
)


_OWN_FIGURE = re.compile(
    r"(?:\b(?:its|their|his|her)|[\w.&-]['’]s?)\s+(?:(?:own|latest|official|first|new|revised|"
    r"initial|last)\s+)*(?:figure|estimate|count|tally|reckoning)\b[^.;:!?]{0,60}?"
    r"\b(?:is|was|stands\s+at|stood\s+at|of)\s+"
    r"(?:about|around|some|nearly|roughly|more\s+than|at\s+least)?\s*[$€£]?\d",
    re.IGNORECASE,
)
"""A party's own figure ("Osk Mills' own figure, given on Wednesday, is 2.3 million")."""


def _estimate(text: str) -> bool:
    """Whether a statement gives someone's estimate of a figure ("Police put the crowd at
    about 4,000", "Officials estimated the damage at 3 million", "The company's own figure,
    given on Wednesday, is 2.3 million"): the outlet tells what its subject reckons, which a
    rival estimate may put far higher, or its subject revise; no fact it establishes."""
    return _ESTIMATE.search(text) is not None or _OWN_FIGURE.search(text) is not None


@lru_cache(maxsize=1)
def _denial_cues() -> re.Pattern[str]:
    """``data/denial_cues.tsv`` as one pattern (see :func:`_tells_denial`)."""
    rows = {
        kind: r"|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(ws, key=len)[::-1])
        for kind, ws in kinded_lists(
            __package__ or "whatweknow.briefing", "denial_cues.tsv"
        ).items()
    }
    gap = r"(?:\s+\S+){0,%d}?\s+[\"“‘']?"
    return re.compile(
        rf"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
        rf"\b(?:{rows['deny']})\b(?!\s+(?:entry|access|bail|permission|a\s+visa|visas)\b)"
        rf"|\b(?:{rows['reject']}){gap % 3}(?:{rows['accusation']})\b"
        rf"|\b(?:{rows['calling']}){gap % 14}(?:as\s+[\"“‘']?)?(?:{rows['dismissive']})\b",
        re.IGNORECASE,
    )


def _tells_denial(text: str) -> bool:
    """Whether a sentence tells a denial (``data/denial_cues.tsv``: "Osk's ministry denied the
    report", "rejected accusations that …", "called the accusation 'baseless'"): one party's
    view of another's claim in whoever's voice, never established (judgement §3), however the
    claims stage filed it. A verb used otherwise ("was denied bail", "rejected the appeal")
    tells no denial."""
    return _denial_cues().search(text) is not None


_UNEXPLAINED = re.compile(
    r"^\W*what\s+(?:[\w'’-]+\s+){1,6}?(?:has|have|had|did|does|do|is|are|was|were)\s+"
    r"(?:not|n't|never|yet\s+to|still\s+not|failed\s+to)\s+(?:yet\s+)?(?:[\w'’-]+\s+){1,2}?"
    r"(?:is|was|are|were)\b",
    re.IGNORECASE,
)


def _unexplained(text: str) -> bool:
    """Whether a statement is a cleft on what someone has not said or done ("What the council
    has not explained is why it ignored the survey"): the outlet's charge, whose presupposition
    (that there is a why to explain) is its own reading, not a fact it establishes."""
    return _UNEXPLAINED.search(text) is not None


def _is_background(r: Said, first: date | None) -> bool:
    if r.past_ref:
        return True
    if first is None:
        return False
    cutoff = first - timedelta(days=BACKGROUND_DAYS)
    if any(end >= cutoff for _, end in r.main_dates):
        return False  # "The ministry on Thursday published an extract showing the licence
        # expired on 30 September": the verb's day is the story's; the old date its content's
    return any(end < cutoff for _, end in r.dates)


def _earliest(st: Statement) -> date:
    return min((start for r in st.reports for start, _ in r.dates), default=date.min)


def _section(title: str, items: list[Item]) -> Section:
    return Section(title=title, items=items, note=NOTES[title])


def _suffix(st: Statement) -> str:
    return f" ({st.note})" if st.note else ""


def _later(
    st: Statement, new: Statement, day: date, within: bool, taken_back: bool = False
) -> list[Said]:
    """The reports in which the source of a statement of ``day`` says the other way later, in
    ``new``: told later in one report (``within``), its reports in an article of one of the
    statement's (after it, or before it where the statement is told as said earlier: "had said
    on Monday that"); else its reports seen after that day, in the statement's own voice
    where some are (a copy by another outlet that names the source its own way aside)."""
    if taken_back:  # its words say the statement came before: each of its reports
        return list(new.reports)
    if within:
        return [
            r
            for r in new.reports
            if any(r.citation.article == s.citation.article for s in st.reports)
        ]
    after = [r for r in new.reports if r.seen is not None and r.seen > day]
    mine = {r.voice.name.casefold() for r in st.reports}
    return [r for r in after if r.voice.name.casefold() in mine] or after


def reversed_note(
    st: Statement, new: Statement, day: date, within: bool = False, taken_back: bool = False
) -> tuple[str, list[Said]] | None:
    """What the source of a statement of ``day`` said later, the other way, in ``new``, and the
    reports that say it (:func:`_later`): "later reports: Tessel Mining says “four miners had
    been exposed”" ("later in the same report: …" where one report tells both); None where no
    report says."""
    reports = _later(st, new, day, within, taken_back)
    if not reports:
        return None
    verb = VERBS[_modality(reports)]
    verb = PLURAL[verb] if reports[0].voice.plural else verb
    where = "later in the same report" if within else "later reports"
    return f"{where}: {reports[0].voice.name} {verb} “{_wording(new, reports)}”", reports


def _reversed(st: Statement) -> str:
    """The note of a statement its own source later reversed: as of its day, and what the
    source said later (:func:`reversed_note`); "" for any other."""
    if st.reversed_by is None or st.as_of is None or not st.later:
        return ""
    return f" (as of {human(st.as_of.isoformat())}; {st.later})"


def _wording(st: Statement, reports: Sequence[Said]) -> str:
    """The words of the first of these reports (each article words a story claim its own way)
    that stand on their own: a copy that names who a pronoun of the first stands for ("Varr
    pleaded not guilty" for "He pleaded not guilty") is worded by that copy. The statement's
    text where a report has none."""
    worded = [clean(r.citation.text) for r in reports if r.citation.text]
    return next((w for w in worded if not leans_on_context(w)), worded[0] if worded else st.text)


def _plain(st: Statement) -> Item:
    """A statement of fact in the words of its first report of the strongest modality, citing
    only the reports that state it (a report that it "reportedly" or "apparently" happened is
    no source of the fact, nor one that cannot support it: :func:`supports`), with how many
    independent sources those are (copies of one wire report counted once, however many outlets
    carry them: :func:`~.statements.unit`; one speaker once, however many outlets quote them)."""
    stating = [
        r for r in st.reports if r.modality in ("asserted", "reported") and supports(st, r)
    ] or list(st.reports)
    # one speaker carried by two outlets is one source: a source's reports count once per voice
    # and a party named only by a description ("the trawler owner") may be a named one: it
    # adds no source beside a named voice
    named = any(r.voice.kind == "source" and not r.voice.described for r in stating)
    full = _full_names([r.party or r.voice.name for r in stating if r.voice.kind != "outlet"])
    origins = {
        unit(r) if r.voice.kind == "outlet" or not r.voice.identified else _voice(r, full)
        for r in stating
        if not (named and r.voice.described)
    }
    independent = min(st.independent, len({unit(r) for r in stating}), len(origins))
    notes = [f"{independent} independent sources"] if independent >= 2 else []
    if st.as_of is not None:  # a figure or state a later report overtook: true as of its day
        later = st.later or "later reports give another figure"
        notes.append(f"as of {human(st.as_of.isoformat())}; {later}")
    notes += [st.note] if st.note else []
    text = _wording(st, [r for r in stating if r.modality == st.strongest] or stating)
    return Item(
        text=text + (f" ({'; '.join(notes)})" if notes else ""),
        kind="claim",
        record=st.id,
        modality=st.strongest,
        citations=[r.citation for r in [*stating, *st.later_reports]],
        related=[st.reversed_by.id] if st.reversed_by and st.later_reports else [],
        why=st.reversed_why if st.later_reports else None,
    )


def _voice(r: Said, full: Mapping[str, str] | None = None) -> str:
    """The party or name of a report's source, the same however many outlets carry it (a
    surname as the full name it ends, ``full``: :func:`_full_names`)."""
    name = (r.party or r.voice.name).casefold()
    return "voice:" + (full or {}).get(name, name)


def _full_names(names: Sequence[str]) -> dict[str, str]:
    """A one-word name -> the one longer name among ``names`` whose last word it is ("Tasko" ->
    "oriel tasko"), casefolded: one speaker named in full by one outlet and by surname by
    another. A surname that ends two longer names ("Lena Berg", "Ivo Berg") is left alone."""
    longer: dict[str, set[str]] = {}
    for n in names:
        words = n.casefold().split()
        if len(words) > 1:
            longer.setdefault(words[-1], set()).add(" ".join(words))
    return {
        n.casefold(): next(iter(longer[n.casefold()]))
        for n in names
        if len(n.split()) == 1 and len(longer.get(n.casefold(), ())) == 1
    }


def one_each(names: Sequence[str]) -> list[str]:
    """The names, a one-word name dropped where it is the surname of one longer name among
    them (:func:`_full_names`: "Oriel Tasko" and "Tasko" are one voice)."""
    full = _full_names(names)
    return [n for n in names if n.casefold() not in full]


def _modality(reports: Sequence[Said]) -> str:
    found = {r.modality for r in reports}
    if "denied" in found:
        return "denied"
    return next((m for m in STRENGTH if m in found), "asserted")


def _unanswered_account(st: Statement, statements: Sequence[Statement]) -> bool:
    """A denial, paired with nothing, whose whole content names only whose account it denies
    ("the board's account", "the ministry's findings"): one side of a dispute whose other side
    is not shown is no line, unless a statement of that party is shown (a source's or an
    outlet's voice whose name holds the owner's last word: "the board" of "Tarn Safety Board",
    "the Herald" of "The Osk Herald")."""
    who = owned_only(st.text)
    if who is None:
        return False
    head = who.split()[-1]
    return not any(
        r.voice.kind != "unidentified" and head in r.voice.name.casefold().split()
        for other in statements
        if other is not st and not other.denied
        for r in other.reports
    )


def _attributed(statements: Sequence[Statement]) -> list[Item]:
    """One item per statement and voice, grouped by voice: the voices with the most items
    first, an unidentified source last. The outlets that state it in their own voice are one
    voice, the first outlet's (a copy of a wire report says the wire's words again: it is no
    line of its own)."""
    groups: dict[str, list[Item]] = {}
    for st in statements:
        by_voice: dict[str, list[Said]] = {}
        told = [r for r in st.reports if r.voice.kind == "outlet"]
        # the first outlet that has a name: "The article" only where none has one
        own = next((r.voice.name for r in told if r.citation.outlet), None) or next(
            (r.voice.name for r in told), None
        )
        for r in st.reports:  # outlets in their own voice: the first, and the copies after it
            name = own if own is not None and r.voice.kind == "outlet" else r.voice.name
            by_voice.setdefault(name, []).append(r)
        for name, reports in by_voice.items():
            modality = _modality(reports)
            verb = VERBS[modality]
            verb = PLURAL[verb] if reports[0].voice.plural else verb
            then = _reversed(st)
            if then:  # what it said on its day, which it later reversed
                verb = PAST[modality]
            elif st.as_of is not None and _non_answer(st):  # a silence the story went past
                then = f" (as of {human(st.as_of.isoformat())}; {st.later or WENT_PAST})"
            elif st.as_of is not None and st.later and st.later.startswith(ENDED + " "):
                # "three crewmen are missing", a source says, and later reports "found" them
                then = f" (as of {human(st.as_of.isoformat())}; {st.later})"
            elif st.as_of is not None and st.later == PASSED:
                # "is due to visit on Thursday", in a story gone past that Thursday: a plan of
                # its day, "expected", never a day still ahead
                verb = PAST[modality]
                then = f" (as of {human(st.as_of.isoformat())}; {st.later})"
            elif st.as_of is not None and st.later and _estimate(st.text):
                # "the ministry's count stood at 15": its reckoning of its day, since overtaken
                then = f" (as of {human(st.as_of.isoformat())}; {st.later})"
            caveat = next((r.unconfirmed for r in reports if r.unconfirmed), None)
            if caveat is not None and modality == "speculated":
                verb = f"({caveat})"  # "Police (nothing to suggest): the fire was set on purpose"
            elif caveat is not None and modality == "denied":
                verb = f"{verb} ({caveat})"  # "Police deny (no evidence): the video was edited"
            # in the words of a report of the modality its verb tells: "says: the guild held a
            # vote", not the plan's "will hold" that the same voice gave the day before
            wording = _wording(st, [r for r in reports if r.modality == modality] or reports)
            said = f"{verb}: {wording}"
            charge = reports[0].charge if all(r.charge for r in reports) else None
            if charge is not None and modality == "alleged":  # "… accuses the army of firing"
                charges = charge if reports[0].voice.plural else charge + "s"
                said = f"{charges} {wording}"
            elif charge is not None and modality == "denied":  # "… denies the charge:
                said = f"{verb} {charge} {wording}"  # Parents accuse the school of …"
            elif modality == "denied" and caveat is None and owned_only(wording) is not None:
                # "the board's account", shown elsewhere (:func:`_unanswered_account`), is
                # disputed: "denies: the board's account" reads as if the board's words were it
                said = f"{'dispute' if reports[0].voice.plural else 'disputes'} {wording}"
            elif modality == "reported" and (put := _put_by_itself(wording, name)):
                # "it put the death toll at four", the pronoun its own speaker: "X puts the
                # death toll at four", never a pronoun left for the reader to resolve (nor
                # "X says: X put …")
                said = f"{'put' if reports[0].voice.plural else 'puts'} {put['rest']}"
            elif charge is not None and modality in PLEDGED_AS:  # "… promises an inquiry"
                said = f"{charge if reports[0].voice.plural else charge + 's'} {wording}"
            groups.setdefault(name.casefold(), []).append(
                Item(
                    text=f"{name[:1].upper()}{name[1:]} {said}{then}{_suffix(st)}",
                    kind="claim",
                    record=st.id,
                    modality=modality,
                    citations=[r.citation for r in [*reports, *(st.later_reports if then else [])]],
                    group=name,
                    related=[st.reversed_by.id] if then and st.reversed_by else [],
                    why=st.reversed_why if then else None,
                )
            )
    order = sorted(
        groups, key=lambda g: (g == UNIDENTIFIED, -len(groups[g]), list(groups).index(g))
    )
    return [item for g in order for item in groups[g]]


_PUT_BY = re.compile(
    r"^(?P<subject>.+?)\s+(?:now\s+|later\s+|also\s+)?(?:put|puts)\s+(?P<rest>.+\bat\b.+)$",
    re.IGNORECASE,
)
_SPEAKING_PRONOUNS = frozenset({"it", "they", "he", "she"})


def _put_by_itself(wording: str, name: str) -> re.Match[str] | None:
    """A figure put at a value (:func:`~..stages.attribution.frames.put_at_frames`) whose
    subject is its speaker: a pronoun, or the name the line gives the speaker ("it put the
    toll at four", "The office put the number at 50"): the line names the speaker once."""
    found = _PUT_BY.match(wording)
    if found is None:
        return None
    subject = found["subject"].casefold()
    own = re.sub(r"^the\s+", "", name.casefold())
    return (
        found if subject in _SPEAKING_PRONOUNS or re.sub(r"^the\s+", "", subject) == own else None
    )


WENT_PAST = "the story went on after it"
ENDED = "later reported"
PASSED = "the day it looked ahead to has passed"
"""The note of a plan whose day is before the story's last report
(:func:`~.overtaken._day_passed`): it was expected then; no line shows that day still ahead."""
"""How a line says a later report ended its state (:func:`~.overtaken.ended`): "later reported
found"."""


def _who(st: Statement) -> str:
    return ", ".join(distinct([r.voice.name for r in st.reports]))


def _in_its_characters(denial: Statement, claim: Statement) -> bool:
    """Whether every report of ``denial`` lies in the very characters of a report of ``claim``
    ("The board said the test had not been done. The company has disputed that."): its words
    are the claim's, as another source said them; given as the denier's, they would read as if
    the denier said what it denies."""
    told = {(r.citation.article, r.citation.start, r.citation.end) for r in claim.reports}
    return bool(denial.reports) and all(
        (r.citation.article, r.citation.start, r.citation.end) in told for r in denial.reports
    )


def _clash_item(x: Clash) -> Item:
    """Both sides in their own words, with who says each. (A conflict's ``about`` is left out:
    its values are the story's reading of the words, "fewer than ten" as at most 9.5.)"""
    said = _wording(x.a, x.a.reports)
    denied = _wording(x.b, x.b.reports)
    a = f"“{said}” ({_who(x.a)})"
    charge = x.a.reports[0].charge if all(r.charge for r in x.a.reports) else None
    if charge is not None and all(r.modality == "alleged" for r in x.a.reports):
        # "accused the school of ignoring a ban": the charge whole, its verb and accuser kept
        plural = x.a.reports[0].voice.plural or len({r.voice.name for r in x.a.reports}) > 1
        a = f"{_who(x.a)} {charge if plural else charge + 's'} “{said}”"
    # a denial its own source later reversed is no live denial: dated, with what came later
    then = _reversed(x.b) if x.kind == "denial" else ""
    # the words of a denial that nothing shows it ("denied (no evidence): …"): what was said
    caveat = next(
        (r.unconfirmed for r in x.b.reports if r.unconfirmed and r.modality == "denied"), None
    )
    how = f"denied ({caveat})" if x.kind == "denial" and caveat else "denied"
    if x.kind == "denial" and (denied == said or _in_its_characters(x.b, x.a)):
        # "X denied this." / "X has disputed that.": a denial of these very words, never X's
        text = f"{a} — {how}{then} by {_who(x.b)}"
    else:
        link = how if x.kind == "denial" else "conflicts"
        text = f"{a} — {link}{then}: “{denied}” ({_who(x.b)})"
    later = x.b.later_reports if then else []
    return Item(
        text=text,
        kind="dispute",
        record=x.a.id,
        related=[x.b.id, *([x.b.reversed_by.id] if then and x.b.reversed_by else [])],
        modality=x.kind,
        citations=[r.citation for r in [*x.a.reports, *x.b.reports, *later]],
        why=f"{x.why}; {x.b.reversed_why}" if then and x.b.reversed_why else x.why,
    )
