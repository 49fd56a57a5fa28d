"""What the articles state, in one shape for both briefings: a :class:`Statement` is a dossier
claim (a briefing of files) or a story claim with all its reports (a story briefing), and a
:class:`Clash` is a denial or conflict between two statements.

Each report keeps its citation, its modality, its voice (:class:`~.cite.Voice`) and the calendar
periods of the dates written inside it (TIMEX3 dates in its span, times of its events), which the
Background rule reads. Left out are claims that state nothing: those outside body text (titles,
subheadings, captions, credits, datelines, bylines, promotion, boilerplate, URLs, embedded posts,
glossary lines, comments; but an embedded post's sentences in its author's name) and copyright
lines (:func:`~.cite.claim_bearing`), an outlet's sentence whose subject is an unresolved personal
pronoun, or "It" as a doer (:func:`_pronoun_only`), paragraphs
that are no sentence (the items of a list), questions (ending in ``?``), fragments of fewer
than :data:`MIN_WORDS` words (a quoted word; not a source's denial of a thing named in two:
"the charges"), an outlet's clause cut short of the clause
it leans on (:func:`_cut_short`), signposts of the text ("Here is where things stand.":
:func:`_signpost`), words cut at the pronoun of a comparison ("… is lower than that":
:func:`_cut_at_comparison`) and an outlet's words cut at a thing its sentence goes on to quote
("The records also include a message | , which reads: “…”": :func:`_names_a_quote`), lines
whose subject is a bare demonstrative or whose parts are all pronouns ("That is for the board
to decide", "But we are close to it": :func:`_points_away`), and short sentences that end at a
verb without what it takes ("The board has not yet agreed.": :func:`_wants_complement`), and
the other words that state no proposition a reader can use alone (a non-answer naming no
matter, a lead-in, words cut at a coordinator or from their verb, a source's sentence of an
unresolved pronoun: :func:`~.fragments.no_line`); a statement left with no report is left out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from importlib.resources import files
from typing import Literal

from ..contract import Actor, Claim, Dossier, Modality
from ..readers.layout import same_agency
from ..stages._lists import kinded_lists, word_list
from ..stages.attribution.gender import PRONOUN_GENDER, gender_of, word_gender
from ..stories.claims import polarity
from ..stories.names import shown_names
from ..stories.values import counts, is_number
from ..stories.values import words as value_words
from ..story_contract import Report, Story, StoryClaim
from . import cite as c
from .fragments import no_line
from .happenings import SUBORDINATE
from .model import Citation
from .periods import Period, period

MIN_WORDS = 3
STRENGTH: tuple[Modality, ...] = ("asserted", "reported", "alleged", "speculated", "expected")


@dataclass(frozen=True)
class Said:
    """One report of a statement."""

    citation: Citation
    modality: Modality
    voice: c.Voice
    dates: tuple[Period, ...] = ()
    past_ref: bool = False
    """A date written as the vague past (TIMEX3 ``PAST_REF``: "in recent years")."""
    seen: date | None = None
    unconfirmed: str | None = None
    """The negated cue that leaves it unconfirmed ("could not confirm", "nothing to suggest"):
    the line then says so instead of "speculates"."""
    charge: str | None = None
    """The verb of a charge whose object and charge are its words ("accused | the army of
    firing first"): the line says "X accuses the army of firing first"."""
    unit: str | None = None
    """Its independence unit when the story knows one: the copy group of a copy of a wire
    report (the wire and its copies are one source), else None (see :func:`unit`)."""
    backs_denial: bool = False
    """Said by a party that denies something in the same article (:func:`backs_denial`): its
    words for its own side ("The agency denied cutting its budget. 'Our budget has grown,' its
    spokeswoman said."), which that party's voices alone never establish."""
    dangling: bool = False
    """An outlet's sentence with a personal pronoun that nothing in it can stand for
    (:func:`dangling`: "Two of them were clerks", "Police had not confirmed his death"): a line
    that leans on the sentence before it, never established."""
    retold: str | None = None
    """Its words told as what someone said (:func:`retold`: "the minister's statement that | …",
    "criticised for saying | …"): ``"retold"``, or ``"contest"`` where the words that tell it
    question it; either way no source of the fact, and a contested one is never established."""
    party: str | None = None
    """The body its voice speaks for, where the article says (:func:`party`): the body itself,
    or a person whose role names it ("Varn Mills' chief executive"); one party however many of
    its people speak."""
    main_dates: tuple[Period, ...] = ()
    """The dates written before the first word that opens a clause or a content (:func:`_dates`:
    "The ministry on Thursday published an extract showing …"): those of the claim's own verb."""

    @property
    def own_assertion(self) -> bool:
        """The outlet asserting it in its own voice."""
        return self.voice.kind == "outlet" and self.modality == "asserted"


def unit(r: Said) -> str:
    """The independence unit of a report: its copy group, else its outlet, else its article.
    Two copies of one wire report in two outlets are one source, never two."""
    return r.unit or (r.citation.outlet or "").casefold() or r.citation.article


@dataclass
class Statement:
    id: str
    text: str
    reports: list[Said]
    independent: int = 1
    note: str | None = None
    """Set by a ``since`` briefing for a claim whose status changed: "was reported, now denied"."""
    order: tuple[date, int, int] = field(default=(date.max, 0, 0))
    negative: bool = False
    """A negated statement or a denial (of the proposition, not of a report)."""
    actors: frozenset[str] = frozenset()
    """Keys of the actors it names (a story claim's), for salience."""
    proposition: bool = True
    """Whether it states a proposition (a predicate with its roles), not a phrase reported in
    passing ("a death toll of 27"): only such a statement is established by others' voices."""
    frame: str | None = None
    """Its proposition's frame ("carry", "die"), when it states one."""
    as_of: date | None = None
    """The day of its figure or state when a later report overtakes it (a tally:
    :func:`~.figures.superseded`; a count in progress, a silence: :mod:`.overtaken`): a line of
    fact then says "as of" that day, and ``later``."""
    later: str | None = None
    """What the later reports do ("later reports give another figure")."""
    reversed_by: Statement | None = None
    """The statement by which its own source later reversed it (:func:`~.overtaken.
    reversals`): the line says it as of its day, and what the source said later, citing it."""
    reversed_why: str | None = None
    """Why ``reversed_by`` reverses it (the proposition, the source and the days compared)."""
    later_reports: list[Said] = field(default_factory=list)
    """The reports of ``reversed_by`` in which the source says the other way, later."""

    @property
    def strongest(self) -> Modality:
        """The strongest modality of its reports, a denial counting only when it is all."""
        found = {r.modality for r in self.reports}
        return next((m for m in STRENGTH if m in found), "denied")

    @property
    def denied(self) -> bool:
        return any(r.modality == "denied" for r in self.reports)


@dataclass(frozen=True)
class Clash:
    kind: Literal["denial", "conflict"]
    a: Statement
    b: Statement
    about: str | None = None
    why: str | None = None


_OPENER_WORD = re.compile(r"[\w'’-]+")


@cache
def _openers() -> frozenset[str]:
    """Words that open a clause or what a document or saying holds (``data/content_openers.tsv``
    with :data:`~.happenings.SUBORDINATE`)."""
    return word_list(__package__, "content_openers.tsv") | SUBORDINATE


def _opening(d: Dossier, claim: Claim) -> int:
    """Where the first word of the claim that opens a clause or a content starts ("showing",
    "which", "that"), else its end."""
    text = d.article.text
    for w in _OPENER_WORD.finditer(text, claim.start, claim.end):
        if w.group().casefold() in _openers():
            return w.start()
    return claim.end


def _dates(d: Dossier, claim: Claim) -> tuple[tuple[Period, ...], bool, tuple[Period, ...]]:
    """The dates of a claim, whether one is the vague past, and those written before its first
    clause or content (:func:`_opening`)."""
    periods: list[Period] = []
    main: list[Period] = []
    past = False
    opening = _opening(d, claim)
    for t in d.timexes:
        if t.type == "DATE" and claim.start <= t.start and t.end <= claim.end:
            past = past or t.value == "PAST_REF"
            if p := period(t.value):
                periods.append(p)
                if t.end <= opening:
                    main.append(p)
    for e in d.events:
        if e.claim == claim.id and (p := period(e.time)):
            periods.append(p)
    return tuple(periods), past, tuple(main)


def states(d: Dossier | None, start: int, text: str) -> bool:
    """Whether a claim at ``start`` with this text states something (see the module doc)."""
    words = text.split()
    if len(words) < MIN_WORDS or words[-1].endswith("?"):
        return False
    return d is None or c.claim_bearing(d, start)


def _dismissed(d: Dossier, claim: Claim) -> bool:
    """A source's denial of a thing it names in two words ("the charges" that a ministry
    called fabricated): shorter than a statement, and still one ("Ostmark denies: the
    charges")."""
    return (
        claim.modality == "denied"
        and bool(claim.source or claim.source_text)
        and len(claim.text.split()) == MIN_WORDS - 1
        and c.claim_bearing(d, claim.start)
    )


def _posted(d: Dossier, claim: Claim) -> bool:
    """A sentence of an embedded post, which the claims stage gives in its author's name (the
    post's text is the author's statement, never the outlet's)."""
    return (
        bool(claim.source or claim.source_text)
        and len(claim.text.split()) >= MIN_WORDS
        and c.block_kind(d, claim.start) == "social"
    )


BARE_WORDS = 3


def _bare(claim: Claim) -> bool:
    """A few words with no proposition and no figure ("the death toll" that the UN "amended"):
    a thing named, not a statement. A denial or an allegation of it still says something ("Russia
    denies: the newspaper's claims")."""
    return (
        claim.proposition is None
        and claim.modality not in ("denied", "alleged")
        and len(claim.text.split()) <= BARE_WORDS
        and not any(ch.isdigit() for ch in claim.text)
        and not claim.text.rstrip("”\"’' ").endswith((".", "!", "?"))  # a sentence of its own
    )


PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "his", "her", "their", "its"})
"""Personal pronouns (and their possessives: "Her brother …", "Its spokesman …") that open a
sentence as its subject or the subject's owner: who they are is told elsewhere. "It" only as a
doer (:func:`_doing_it`), for an empty "it" ("It rained", "It emerged that …") points nowhere."""


_DOER_AUXILIARIES = frozenset({
    "did", "does", "do", "has", "have", "had", "will", "would", "could", "can", "may", "might",
    "should", "must", "not", "also", "later", "then", "didn't", "doesn't", "hasn't", "hadn't",
    "won't", "wouldn't", "couldn't", "cannot",
})  # fmt: skip
"""Words that may stand between "It" and its verb ("It did not respond", "It will examine")."""
MAX_DOER_AUXILIARIES = 2


def _doing_it(text: str) -> bool:
    """Whether words open with "It" and a verb that makes it a doer (``data/agent_verbs.tsv``:
    "It gave no further details", "It declined to say"), perhaps after an auxiliary or a
    negation ("It did not respond to questions", "It will examine the pipes")."""
    words = [w.casefold().strip(",").replace("’", "'") for w in text.split(maxsplit=4)]
    if len(words) < 2 or words[0].strip("“”\"‘'") != "it":
        return False
    rest = words[1:]
    skipped = 0
    while rest and rest[0] in _DOER_AUXILIARIES and skipped < MAX_DOER_AUXILIARIES:
        rest, skipped = rest[1:], skipped + 1
    return bool(rest) and rest[0] in _words("agent_verbs.tsv")


@cache
def _opening_scene() -> re.Pattern[str]:
    """An outlet's sentence that opens with a clause of time whose subject is a personal
    pronoun ("By the time he reached the stairwell, …", "When they arrived, …"): the scene of
    someone the sentence before names (``data/scene_openers.tsv``)."""
    openers = sorted(_words("scene_openers.tsv"), key=len, reverse=True)
    alts = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in openers)
    pronouns = "|".join(sorted(PRONOUN_SUBJECTS - {"its"}))
    return re.compile(rf"^\W*(?i:{alts})\s+(?P<pronoun>(?i:{pronouns}))\b")


def _pronoun_only(d: Dossier, claim: Claim) -> bool:
    """An outlet's sentence whose subject is a personal pronoun that no actor mention resolves
    ("He has not been named.", "She later laid a wreath.", "Her brother was treated …", "It did
    not respond to questions"), or whose opening clause of time has one and the sentence names
    nobody ("By the time he reached the door, the hall had gone."): alone, a line that names
    nobody. A source's words ("Pell says: she …") keep their speaker."""
    if claim.source or claim.source_text:
        return False
    words = claim.text.split(maxsplit=1)
    if not words:
        return False
    if (scene := _opening_scene().match(claim.text)) is not None:
        at = claim.start + scene.start("pronoun")
        return not any(
            claim.start <= m.start < claim.end or m.start <= at < m.end
            for a in d.actors
            if a.type != "place"
            for m in a.mentions
        )  # "When she reached the gate, Ida Brandt saw …": the sentence names who
    if words[0].strip("“”\"‘’'").casefold() not in PRONOUN_SUBJECTS and not _doing_it(claim.text):
        return False
    named = _APPOSED.match(claim.text)
    if named is not None and any(
        m.start == claim.start + named.end()
        for a in d.actors
        if a.type != "place"
        for m in a.mentions
    ):
        return False  # "His deputy, Ruth Amsel, will lead …": the apposition names the subject
    return not any(m.start <= claim.start < m.end for a in d.actors for m in a.mentions)


_PERSONAL = re.compile(r"\b(?:he|him|his|she|her)\b", re.IGNORECASE)
_PARTITIVE = re.compile(r"^\W*(?:\w+\s+)?of\s+(?:them|those)\b", re.IGNORECASE)


def dangling(d: Dossier, claim: Claim) -> bool:
    """Whether an outlet's sentence holds a personal pronoun that nothing in the sentence can
    stand for: one that opens it as a part of a group ("Two of them were clerks"), or a
    singular "he"/"his"/"her" in a sentence that names no person of a gender that fits, nor a
    role whose word gives one ("Police had not confirmed his death", "Deputy Lena Ost called
    for his resignation" where the article calls Ost "Ms Ost"). A source's words keep their
    speaker, who is the pronoun's reader's guide."""
    if claim.source or claim.source_text:
        return False
    if _PARTITIVE.match(claim.text):
        return True
    text = d.article.text
    for found in _PERSONAL.finditer(claim.text):
        wanted = PRONOUN_GENDER[found.group(0).casefold()]
        if any(word_gender(w) == wanted for w in claim.text.split()):
            continue  # "the spokeswoman … her"
        if _ROLE_NAMED.search(claim.text[: found.start()]):
            continue  # "released the captain … after he was detained"
        named = [
            a
            for a in d.actors
            if any(
                claim.start <= m.start < claim.end and _person_like(a, text[m.start : m.end])
                for m in a.mentions
            )
            and not any(m.start == claim.start + found.start() for m in a.mentions)
        ]
        if not any(gender_of(a, text) in (None, wanted) for a in named):
            return True
    return False


def _person_like(actor: Actor, words: str) -> bool:
    """Whether an actor's mention may name a person: a person's, or a name of two capitalised
    words or more not typed a body (a name is sometimes typed a place: "Ivo Stanek")."""
    if actor.type == "person":
        return True
    return actor.type != "organisation" and sum(w[:1].isupper() for w in words.split()) >= 2


def _role_nouns() -> list[str]:
    """The one-word role nouns and ranks of the actors stage ("captain", "prosecutor")."""
    out: set[str] = set()
    for name in ("roles.tsv", "ranks.tsv"):
        text = (files("whatweknow.stages.actors") / "data" / name).read_text(encoding="utf-8")
        rows = [r.split("\t")[0] for r in text.splitlines() if r and not r.startswith("#")]
        out.update(f.lower() for r in rows[1:] for f in r.split("|") if f.isalpha())
    return sorted(out, key=len, reverse=True)


_ROLE_NAMED = re.compile(
    rf"\b(?:the|a|an|its|their|[A-Z]\w*'s)\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(_role_nouns())})\b",
    re.IGNORECASE,
)
"""A person named by a role after a determiner ("the captain", "a Kesmark security guard"): a
pronoun's possible antecedent."""


_APPOSED = re.compile(r"[^\s,]+(?: [^\s,]+){1,3}, ")


_SINCE = re.compile(r"\s*(?:after|before|since|until)\s+\w", re.IGNORECASE)
_MEASURE = re.compile(
    r"(?:\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d+)\s+"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)|\b(?:shortly|soon|just|moments|hours|days|"
    r"weeks))$",
    re.IGNORECASE,
)


def _cut_short(d: Dossier, claim: Claim) -> bool:
    """Whether a claim in the outlet's voice is the head of a sentence whose clause of time was
    taken out as a claim of its own, leaving words that say nothing by themselves: "The arrest
    came a day | after the company denied …" (a measure of time before "after", "before",
    "since", "until"; not "The row widened at the weekend | after …", whole without it; nor
    "The minister resigned | , saying …", whole too)."""
    if claim.source or claim.source_text:
        return False
    text = d.article.text
    if claim.end > len(text) or claim.text.rstrip().endswith((".", "!", "?", "”", '"')):
        return False
    return (
        _SINCE.match(text, claim.end) is not None
        and _MEASURE.search(claim.text.rstrip()) is not None
    )


_SIGNPOST = re.compile(
    r"^\W*(?:here(?:\s+is|\s+are|['’]s)\s+(?:what|where|how|who|why|when)|"
    r"(?:this|below)\s+is\s+what\s+(?:we|is)\s+(?:know|known))\b"
    r"[^.:;!?]{0,60}[.:]?\W*$",
    re.IGNORECASE,
)


def _signpost(text: str) -> bool:
    """Whether a sentence points the reader along the article ("Here is where things stand.",
    "This is what we know so far:"): a signpost of the text, no statement of the story."""
    return len(text.split()) <= 12 and _SIGNPOST.match(text) is not None


_THAN_THAT = re.compile(r"\bthan\s+(?:that|those)\W*$", re.IGNORECASE)


def _cut_at_comparison(claim: Claim) -> bool:
    """Whether a claim's words end at the pronoun a comparison leans on, whose noun and
    participle were cut off as a report of their own ("The company's figure is lower than
    that | reported by …"): the words compare with nothing."""
    return _THAN_THAT.search(claim.text) is not None


_INDEFINITE_END = re.compile(r"\b(?:a|an|another|one)\s+[\w'’-]+$", re.IGNORECASE)
_QUOTE_AHEAD = re.compile(r"[^.!?\n]*:\s*[\"“‘']")


def _names_a_quote(d: Dossier, claim: Claim) -> bool:
    """Whether an outlet's words end at a thing named by an indefinite noun ("The records also
    include a message") whose sentence goes on to quote it ("…, which reads: “…”"): cut from
    what it is, the line says nothing (what message?)."""
    if claim.source or claim.source_text:
        return False
    if _INDEFINITE_END.search(claim.text.rstrip()) is None:
        return False
    text = d.article.text
    return claim.end <= len(text) and _QUOTE_AHEAD.match(text, claim.end) is not None


@lru_cache(maxsize=1)
def _demonstrative_subject() -> re.Pattern[str]:
    """A bare demonstrative subject, alone or before one noun that is no time or place, and
    then a verb of ``data/demonstrative_verbs.tsv``."""
    verbs = "|".join(re.escape(w) for w in sorted(_words("demonstrative_verbs.tsv"), key=len)[::-1])
    return re.compile(
        r"^\W*(?:(?:but|and|yet|so)\s+)?that\s+(?:(?:in\s+)?itself\s+|alone\s+)?"
        rf"(?:([a-z]+)\s+)?(?:{verbs})(?![\w'’])",
        re.IGNORECASE,
    )


def _points_away(text: str) -> bool:
    """Whether a line's subject is a bare "that", which points back at the sentence before
    ("That is for the board to decide", "That in itself is a problem", "That wording matters";
    not "That day ended …", "That the board knew is clear", nor a question passed on, a
    non-answer: "That is a question for the police", ``data/deflections.tsv``; "this" may point
    at the matter itself: "This was a mechanical failure"), or every one of its parts a pronoun
    ("But we are close to it"): what it says is in the sentence before, and alone it says
    nothing a reader can check."""
    words = text.replace("’", "'")
    found = _demonstrative_subject().match(words)
    if found is not None and (found.group(1) or "").casefold() not in c.DEICTIC | _NO_NOUN:
        return _passed_on().search(words) is None
    return (
        len(text.split()) <= 7
        and _ALL_PRONOUNS.match(words) is not None
        and _NEGATION.search(words) is None  # "We had no part in it": a denial all the same
    )


_NO_NOUN = frozenset({"the", "a", "an", "is", "was", "in", "itself", "alone"})
_ALL_PRONOUNS = re.compile(
    r"^\W*(?:(?:but|and|yet|so)\s+)?(?:we|i|they|you|it|he|she)\b[^.,;:]*\b"
    r"(?:to|with|on|of|about|for|at|from|by|in|do|did|done|see|saw|seen)\s+(?:it|that|this|them)"
    r"\W*$",
    re.IGNORECASE,
)


_SUBORDINATE = frozenset({"whether", "if", "that", "which", "who", "what", "because", "when"})
_NEGATION = re.compile(r"\b(?:no|not|never|nothing|none|neither|nor)\b|n't\b", re.IGNORECASE)
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s"})
_ADVERBS = frozenset({"yet", "not", "never", "already", "still", "so", "far", "now", "also"})


def _wants_complement(text: str) -> bool:
    """Whether a short sentence ends at its own verb, one that needs what it takes
    (``data/complement_verbs.tsv``: "The board has not yet agreed.": agreed to what?), in the
    active voice ("Her appointment was confirmed." is whole), not at a clause's inside it
    ("… whether it considers the method approved")."""
    words = re.findall(r"[\w']+", text.replace("’", "'").casefold())
    if not 2 <= len(words) <= 8 or words[-1] not in _words("complement_verbs.tsv"):
        return False
    if _SUBORDINATE & set(words):
        return False  # "… whether it considers the method approved": the verb is the clause's
    before = [w for w in words[:-1] if w not in _ADVERBS]
    return bool(before) and before[-1] not in _BE and not text.rstrip().endswith(("?", ":"))


@lru_cache(maxsize=1)
def _passed_on() -> re.Pattern[str]:
    """``data/deflections.tsv`` as one pattern of whole words."""
    alts = "|".join(
        r"\s+".join(map(re.escape, w.split()))
        for w in sorted(_words("deflections.tsv"), key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w'])(?:{alts})(?![\w'])", re.IGNORECASE)


@cache
def _words(name: str) -> frozenset[str]:
    return word_list(__package__ or "whatweknow.briefing", name)


def said(
    d: Dossier, claim: Claim, names: Mapping[str, str], seen: date | None = None
) -> Said | None:
    """The report of one dossier claim, or None for a claim in a furniture block."""
    found = c.cite(d, claim.start, claim.end)
    if found is None or _bare(claim) or _cut_short(d, claim) or _pronoun_only(d, claim):
        return None
    if _signpost(claim.text) or _cut_at_comparison(claim) or _names_a_quote(d, claim):
        return None
    if _points_away(claim.text) or _wants_complement(claim.text) or no_line(d, claim):
        return None
    if not (states(d, claim.start, claim.text) or _posted(d, claim) or _dismissed(d, claim)):
        return None
    dates, past, main_dates = _dates(d, claim)
    seen = seen or d.article.published
    unconfirmed = next((h for h in claim.hedges if _negating(h)), None)
    if claim.modality not in ("speculated", "denied"):
        unconfirmed = None  # a denial keeps its words: "denies (no evidence)"
    charge = _charge(d.article.text, claim) if claim.modality == "alleged" else None
    if claim.modality == "denied" and (verb := _charge(d.article.text, claim)) is not None:
        charge = _denied_charge(d, claim, verb, names)  # "a charge the school denied"
    if claim.modality in PLEDGED_AS:
        charge = _pledge(d.article.text, claim)  # "promised an inquiry": "promises an inquiry"
    under = carried(d, claim)  # "…, officials said. By the evening 120 people had …": theirs
    told = retold(d.article.text, claim.start)
    voice = c.voice(d, under or claim, names)
    if told is not None and voice.kind == "outlet":  # "Rell was criticised for saying …": his
        voice = c.Voice(c.UNIDENTIFIED, "unidentified")  # words, never the outlet's
    return Said(
        found,
        "reported" if under is not None else claim.modality,
        voice,
        dates,
        past,
        seen,
        unconfirmed,
        charge,
        backs_denial=claim.modality != "denied" and backs_denial(d, claim),
        party=party(d, claim, names),
        dangling=dangling(d, claim),
        retold=told,
        main_dates=main_dates,
    )


_LEAD = 3
"""The most words before the figure that opens a sentence carried on ("By the evening 120
people …", "About 45,000 households …"): its subject is the figure, not a new party."""
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")
_SPEAKING = frozenset({"person", "organisation", "state", "group"})


def carried(d: Dossier, claim: Claim) -> Claim | None:
    """The attributed statement whose attribution an outlet's sentence carries on, if any: a
    sentence that opens with a figure (:data:`_LEAD`, :func:`~whatweknow.stories.values.counts`)
    with no speaker of its own and no person or body named in it, right after a sentence of the
    same paragraph that a source (not the outlet) says ("Forty homes were flooded, fire
    officials said. By the evening 120 people had been taken to the sports hall."): the figure
    is theirs, reported, not the outlet's own fact."""
    if claim.source is not None or claim.source_text or claim.modality != "asserted":
        return None
    text = d.article.text
    para = text.rfind("\n", 0, claim.start) + 1
    ends = list(_SENTENCE_END.finditer(text, para, claim.start))
    if not ends or text[ends[-1].end() : claim.start].strip():
        return None  # the claim does not open a sentence after one of its paragraph
    said = [w for w in value_words(claim.text) if any(ch.isalnum() for ch in w)]
    first = next((i for i, w in enumerate(said) if is_number(w)), None)
    if (
        first is None
        or first > _LEAD
        or not counts(claim.text)
        or any(
            a.type in _SPEAKING and claim.start <= m.start < claim.end
            for a in d.actors
            for m in a.mentions
        )
    ):
        return None
    opens = ends[-2].end() if len(ends) > 1 else para
    return next(
        (
            x
            for x in reversed(d.claims)
            if opens <= x.start
            and x.end <= ends[-1].end()
            and x.modality in ("asserted", "reported")
            and (x.source is not None or x.source_text)
            and c.voice(d, x, {}).kind == "source"
        ),
        None,
    )


@cache
def _retelling() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``data/retellings.tsv``: the words of a retelling, and those of a contest, each ending
    right before a report's words (an opening quotation mark between them aside)."""
    rows = kinded_lists(__package__ or "whatweknow.briefing", "retellings.tsv")

    def alts(kind: str) -> str:
        ws = sorted(rows.get(kind, []), key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in ws)

    end = r"\s+[\"“'‘]?$"
    told = (
        rf"(?:(?:['’]s\s+(?:\w+\s+)?|\b(?:the|his|her|its|their)\s+)(?:{alts('noun')})\s+that"
        rf"|\b(?:for|after|by|of)\s+(?:{alts('gerund')})(?:\s+that)?)"
    )
    return re.compile(told + end, re.I), re.compile(rf"\b(?:{alts('contest')})\b", re.I)


def retold(text: str, start: int) -> str | None:
    """Whether the words at ``start`` are told as what someone said, in the sentence they are
    in (``data/retellings.tsv``): "the minister's statement that | the pass was cleared",
    "has faced criticism for saying | the pass was cleared": ``"contest"`` where the telling
    questions them, ``"retold"`` otherwise, None for words told in their own right."""
    before = text[max(0, start - 160) : start]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "))
    before = before[cut + 1 :] if cut >= 0 else before
    told, contest = _retelling()
    found = told.search(before)
    if found is None:
        return None
    return "contest" if contest.search(before, 0, found.start() + 1) else "retold"


def party(d: Dossier, claim: Claim, names: Mapping[str, str]) -> str | None:
    """The body a claim's source speaks for: an organisation or a state source itself, or the
    one organisation of the article that a person source's role or words name as theirs
    ("Brask Mills' chief executive", "chief executive of Brask Mills", its short name
    "Brask"; :func:`_whose`), by the name shown for it; None for anyone else."""
    actors = {a.id: a for a in d.actors}
    me = actors.get(claim.source) if claim.source else None
    if me is not None and me.type in ("organisation", "state"):
        return c.clean((names.get(me.key) if me.key else None) or me.name)
    if me is None or me.type != "person":
        return None
    words = " ".join([*me.roles, claim.source_text or ""])
    named = {
        c.clean((names.get(a.key) if a.key else None) or a.name)
        for a in d.actors
        if a.type == "organisation" and any(_whose(n, words) for n in _body_names(a, None))
    }
    return named.pop() if len(named) == 1 else None


def _whose(name: str, words: str) -> bool:
    """Whether words name a body as whose a role is: "of Brask Mills", "Brask Mills' …",
    "Brask Mills chief executive"; not "envoy to Brask Mills" (a role towards it)."""
    n = re.escape(name)
    return re.search(rf"\bof\s+(?:the\s+)?{n}\b|\b{n}(?:['’]s?)?\s+[a-z]", words) is not None


_SPOKES = re.compile(r"\b(?:spokes(?:wo)?m[ae]n|spokesperson|press officer)\b", re.IGNORECASE)


def backs_denial(d: Dossier, claim: Claim) -> bool:
    """Whether a claim's source denies something in the same article, itself or as one party:
    the body that denies and a person speaking for it (a role that names the body, or its
    spokesperson where the body is the article's one denier: "The agency denied cutting its
    budget. 'Our budget has grown,' spokeswoman Eva Lind said."), or a body's short name."""
    if not claim.source and not claim.source_text:
        return False
    denials = [x for x in d.claims if x.modality == "denied" and x is not claim]
    deniers = {x.source for x in denials if x.source}
    if claim.source and claim.source in deniers:
        return True
    actors = {a.id: a for a in d.actors}
    bodies: list[list[str]] = []
    for x in denials:
        actor = actors.get(x.source) if x.source else None
        if actor is not None and actor.type == "person":
            continue
        if names := _body_names(actor, x.source_text):
            bodies.append(names)
    me = actors.get(claim.source) if claim.source else None
    words = " ".join([*(me.roles if me is not None else []), claim.source_text or ""])
    for names in bodies:
        if any(re.search(rf"\b{re.escape(n)}\b", words, re.IGNORECASE) for n in names):
            return True
    parties = {x.source or _cue_free(x.source_text or "").casefold() for x in denials}
    # the words naming the source here say whose spokesperson it is before any role read
    spoken = claim.source_text if _SPOKES.search(claim.source_text or "") else words
    return _own_spokesperson(spoken or "") and len(bodies) >= 1 and len(parties) == 1


_UNNAMED_BODY = frozenset({"", "a", "an", "the", "its", "their"})


def _own_spokesperson(words: str) -> bool:
    """A spokesperson named for no body of their own ("spokeswoman Ada Rask", "its
    spokesman"): not "a police spokeswoman", "a Harbour Board spokesman" (another body's)."""
    for m in _SPOKES.finditer(words):
        before = words[: m.start()].split()
        if " ".join(before[-1:]).casefold() in _UNNAMED_BODY:
            return True
    return False


_DENY_CUE = re.compile(r"\s+(?:has |have |had )?(?:denied|denies|deny|rejected|rejects)\b.*$")


def _cue_free(text: str) -> str:
    """A source's words without a denial cue left in them ("The Osk Board denied")."""
    return _DENY_CUE.sub("", text).strip()


def _body_names(actor: Actor | None, source_text: str | None) -> list[str]:
    """The names a denying body goes by: its actor's name, aliases and short name (its first
    word, when long enough to be a name), else the words naming it without "the"."""
    names: list[str] = []
    if actor is not None:
        names += [actor.name, *actor.aliases]
    elif source_text:
        names.append(re.sub(r"^(?:the|a|an)\s+", "", _cue_free(source_text), flags=re.I))
    names = [n for n in names if n and n[0].isupper()]
    names += [n.split()[0] for n in names if " " in n and len(n.split()[0]) > 3]
    return names


CHARGES = {"accused": "accuse", "accusing": "accuse", "accuses": "accuse", "accuse": "accuse",
           "blamed": "blame", "blaming": "blame", "blames": "blame", "blame": "blame",
           "charged": "charge", "charging": "charge", "charges": "charge"}  # fmt: skip
"""Verbs that name whom they charge and with what ("accused X of …", "blamed X for …")."""


def _charge(text: str, claim: Claim) -> str | None:
    """The verb just before an allegation's words when they are its object and charge
    ("accused Osmian troops of firing …": "accuse"), else None."""
    before = text[max(0, claim.start - 20) : claim.start].split()
    verb = CHARGES.get(before[-1].casefold()) if before else None
    words = claim.text.split()
    if verb is None or not any(w in ("of", "for") for w in words[1:]):
        return None
    return verb


@cache
def _pledges() -> dict[str, str]:
    """``data/pledges.tsv``: the forms of verbs of a pledge whose object (a noun phrase or a
    clause) is what they pledge ("promised | an inquiry"), each with its lemma."""
    lists = kinded_lists(__package__, "pledges.tsv")
    return {form.casefold(): lemma for lemma, forms in lists.items() for form in forms}


PLEDGED_AS = frozenset({"asserted", "reported", "expected"})
"""The modalities a pledge's words are given (what is pledged, stated by the one pledging)."""


def _pledge(text: str, claim: Claim) -> str | None:
    """The verb of a pledge right before its words ("promised | an inquiry into …":
    "promise"): the line keeps it ("X promises an inquiry into …"), never the pledged thing
    alone as something said. None where no such verb stands right before the words."""
    before = text[max(0, claim.start - 20) : claim.start]
    words = before.split()
    if not words or not before.endswith((" ", "\n")):
        return None
    return _pledges().get(words[-1].casefold())


def _denied_charge(d: Dossier, claim: Claim, verb: str, names: Mapping[str, str]) -> str | None:
    """Who makes the charge whose words a denial denies ("Parents accused the school of
    ignoring a ban, a charge the school denied"): "the charge: Parents accuse", from the
    allegation of the same words; the denial's line then says the charge whole, never its
    object alone. None where no allegation of the same words names its accuser."""
    accusing = next(
        (
            x
            for x in d.claims
            if x.modality == "alleged" and (x.start, x.end) == (claim.start, claim.end)
        ),
        None,
    )
    if accusing is None:
        return None
    who = c.voice(d, accusing, names)
    if who.kind == "outlet" or who.name == c.UNIDENTIFIED:
        return None
    return f"the charge: {who.name} {verb if who.plural else verb + 's'}"


NEGATING = frozenset({
    "not", "n't", "no", "nothing", "never", "cannot", "none", "neither", "nor",
    "stopped", "stops", "ceased", "ceases", "quit", "quits", "halted", "ended",
    "declined", "declines", "refused", "refuses",
})  # fmt: skip
"""Words of a hedge that negate or end its cue ("could not confirm", "had ceased to claim",
"would neither confirm nor deny", "declined to confirm or deny")."""


def _negating(hedge: str) -> bool:
    """A hedge that is a negated cue ("could not confirm", "no evidence", "nothing to
    suggest")."""
    return any(w in NEGATING for w in hedge.casefold().replace("n't", " n't").split())


def from_dossiers(dossiers: Sequence[Dossier]) -> tuple[list[Statement], list[Clash]]:
    """Every claim of every dossier a statement of its own (nothing merged across articles)."""
    names = c.key_names((a.key, a.name) for d in dossiers for a in d.actors)
    statements: list[Statement] = []
    clashes: list[Clash] = []
    for n, d in enumerate(dossiers):
        mine: dict[str, Statement] = {}
        for claim in d.claims:
            report = said(d, claim, names)
            if report is None:
                continue
            order = (d.article.published or date.max, n, claim.start)
            mine[claim.id] = Statement(
                claim.id,
                c.clean(claim.text),
                [report],
                1,
                None,
                order,
                polarity(claim) == "negative",
                proposition=claim.proposition is not None,
                frame=claim.proposition.frame if claim.proposition else None,
            )
        statements += mine.values()
        for x in d.contradictions:
            if x.a in mine and x.b in mine:
                why = f"paired in one article: {x.about}" if x.about else None
                clashes.append(Clash(x.kind, mine[x.a], mine[x.b], x.about, why))
    return statements, clashes


def from_story(
    story: Story, dossiers: Mapping[str, Dossier]
) -> tuple[list[Statement], list[Clash]]:
    """One statement per story claim, with the reports the story merged into it."""
    names = shown_names(story.actors)  # a body's short name as its full name
    names.update((k, v) for k, v in _dossier_names(dossiers).items() if k not in names)
    rank = {a.id: n for n, a in enumerate(story.articles)}
    copies = {a.id: f"copy:{a.copy_of}" for a in story.articles if a.copy_of}
    agencies = _copy_agencies(story, dossiers)
    statements: dict[str, Statement] = {}
    for claim in story.claims:
        reports = [
            replace(x, unit=copies.get(r.article))
            for r in claim.reports
            if (x := _report(r, dossiers, names)) is not None
        ]
        reports = _as_agency(reports, agencies)
        if reports:
            statements[claim.id] = Statement(
                claim.id,
                c.clean(claim.text),
                reports,
                claim.independent,
                None,
                _order(claim, rank),
                claim.polarity == "negative",
                frozenset(claim.actors),
                proposition=claim.frame is not None,
                frame=claim.frame,
            )
    clashes = [
        Clash(x.kind, statements[x.a], statements[x.b], x.about, x.why)
        for x in story.contradictions
        if x.a in statements and x.b in statements
    ]
    return list(statements.values()), clashes


def _copy_agencies(story: Story, dossiers: Mapping[str, Dossier]) -> dict[str, str]:
    """Copy group id -> the agency whose copy the group's report is, where its members'
    furniture names one (a dateline's ``(HWS)``, ``Source: Harbour Wire Service``, an agency
    byline: :attr:`~whatweknow.contract.Article.agency`) and every member that names one names
    the same agency; under its fullest name. A group none of whose members names an agency
    (an outlet's report that others carried) has none: it speaks as its first carrier; so does
    a group whose first article (the group's id) names its outlet and no agency, the original
    then an outlet's own report, whatever agency passed it on."""
    named: dict[str, list[str]] = {}
    for a in story.articles:
        d = dossiers.get(a.id)
        if a.copy_of and d is not None and d.article.agency:
            named.setdefault(a.copy_of, []).append(d.article.agency)
    own = {g for g in named if (d := dossiers.get(g)) and d.article.outlet and not d.article.agency}
    return {
        group: max(names, key=lambda n: (len(n.split()), len(n)))
        for group, names in named.items()
        if group not in own and all(same_agency(names[0], n) for n in names[1:])
    }


def _as_agency(reports: list[Said], agencies: Mapping[str, str]) -> list[Said]:
    """Reports in an outlet's own voice from a copy group of an agency's report speak as the
    agency (its words, whichever outlet carried them), where two or more copies of the group
    report it: a line one copy alone has may be its carrier's own, and stays its carrier's."""
    count: dict[str, set[str]] = {}
    for r in reports:
        if r.unit is not None:
            count.setdefault(r.unit, set()).add(r.citation.article)
    out: list[Said] = []
    for r in reports:
        agency = agencies.get(r.unit.removeprefix("copy:")) if r.unit else None
        if agency is not None and r.voice.kind == "outlet" and r.unit and len(count[r.unit]) >= 2:
            r = replace(r, voice=replace(r.voice, name=agency))
        out.append(r)
    return out


def _dossier_names(dossiers: Mapping[str, Dossier]) -> dict[str, str]:
    return c.key_names((a.key, a.name) for d in dossiers.values() for a in d.actors)


def _order(claim: StoryClaim, rank: Mapping[str, int]) -> tuple[date, int, int]:
    first = min(claim.reports, key=lambda r: (r.seen or date.max, rank.get(r.article, 0)))
    return first.seen or date.max, rank.get(first.article, 0), first.start


def _report(r: Report, dossiers: Mapping[str, Dossier], names: Mapping[str, str]) -> Said | None:
    d = dossiers.get(r.article)
    if d is not None:
        claim = next((x for x in d.claims if x.id == r.claim), None)
        if claim is not None and (claim.start, claim.end) == (r.start, r.end):
            return said(d, claim, names, r.seen)
        found = c.cite(d, r.start, r.end)
        if found is None or not states(d, r.start, r.text):
            return None
    else:  # no dossier at hand: cite what the story recorded
        if not 0 <= r.start < r.end or not states(None, r.start, r.text):
            return None
        found = Citation(
            article=r.article,
            start=r.start,
            end=r.end,
            outlet=r.outlet,
            published=r.published,
            text=r.text,
        )
    v = c.report_voice(r.source, r.source_text, r.modality, r.outlet, names)
    return Said(found, r.modality, v, seen=r.seen)
