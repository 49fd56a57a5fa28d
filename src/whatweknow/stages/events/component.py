"""The ``wwk_events`` component: PLOVER events (``doc._.wwk_events``) from trigger words.

For each sentence of the story (claim-bearing blocks), triggers are found (:mod:`.match`),
reversals and demands read (:mod:`.stance`), parties taken from the parse
(:mod:`.participants`), place and time from the clause (:mod:`.setting`), the mode from the
manual's rules (:mod:`.modes`). Then:

- **content, not event**: what a REQUEST, REJECT, AGREE or THREATEN is about is not an event of
  its own ("urged Iran to *release* prisoners", "refused to *deploy*", "agreed to *meet*"), nor
  the agreement signed in a SUPPORT ("signed a *deal*") or what a reversal ends ("halted
  *talks*"): it gives the mode. Other governed events stand ("condemned Russia's *annexation*").
- **negation**: a negated trigger ("did not attack", "no talks", "failed to agree", "without a
  deal") gives no event (the manual's ``negation`` auxiliary mode).
- **an event needs a party**: a trigger with no actor or target is dropped ("condemned *the
  attack*", a headline "Convoy *attacked*"), unless it is a verb, or a noun that is the subject
  of its clause, with a place or a time ("*Fighting* erupted in Kabul on Monday").
- **modality and claim**: the shortest claim whose span holds the trigger gives both; an
  expected visit, an alleged arms transfer and a denied plan are kept and flagged. An asserted
  or reported claim gives ``expected`` to an announced act (:func:`.stance.future`). A trigger
  in no claim (the cue of an attribution: "Tehran *rejected* the proposal") takes the modality
  of the attribution frame around it, else ``asserted``; an act an accusation is about
  ("accused Iran of *supplying* drones") is ``alleged``. A trigger in a past aside of a hedged
  claim ("A swap would come after a verdict, as when the government *freed* a pilot in 2019":
  :func:`..claims.modality.past_aside`) is asserted, or reported when the claim has a source.
- **a denial's party**: a nominal event with no party of its own inside a *denied* claim takes
  the denier as actor ("The Kremlin denied plans for a uranium *deal*": a denial is of one's own
  act). A demand ("X must …") is made by the source of its claim, and dropped without one.
- **span**: the trigger's clause for a verb; for a noun, the clause of the light verb it is the
  object of ("Iran *held* talks with Japan"), else its own phrase ("Russia's annexation of
  Crimea in March 2014").

PLOVER's coding of announced acts (a planned visit is AGREE, a planned blockade THREATEN) is
left to the exports (:mod:`.coding`): the dossier records what is said, with its modality.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...contract import Actor, Claim, Event, EventType, Modality, Timex
from .. import extensions  # noqa: F401  (registers the doc._ extensions)
from ..attribution.frames import Frame
from ..claims.component import claim_sentences
from ..claims.modality import load_hedges, past_aside
from . import communicative, participants, setting, stance
from .draft import Draft, build
from .event_types import PROPOSITIONAL
from .lexicon import Lexicon, Trigger, load_lexicon
from .match import Match, find_triggers
from .participants import Index

CONTENT_DEPS = frozenset(
    {"xcomp", "ccomp", "dobj", "prep", "pobj", "pcomp", "acl", "attr", "oprd", "dative"}
)
FRAME_MODALITY: dict[str, Modality] = {
    "deny": "denied",
    "allege": "alleged",
    "speculate": "speculated",
    "believe": "speculated",
}
FACTUAL = frozenset({"asserted", "reported"})
Item = tuple[Draft, bool, bool]
"""A draft, whether it is alleged, and whether it is announced."""
DEMAND = Trigger(("must",), "VERB", "REQUEST", notes="a demand: X must / should …")


class Candidate:
    """A trigger with the type and mode it will have, and what it is about."""

    def __init__(self, match: Match, type_: str, mode: str | None, demand: bool = False) -> None:
        self.match, self.type, self.mode, self.demand = match, type_, mode, demand
        self.contents: list[Match] = []


def governor(tok: Token, heads: dict[int, Candidate]) -> tuple[Candidate, str] | None:
    """The nearest candidate above ``tok`` in the parse, and the relation of the child on the
    path."""
    while tok.head.i != tok.i:
        child, tok = tok, tok.head
        if tok.i in heads:
            return heads[tok.i], child.dep_
    return None


def _content(gov: Candidate, cand: Candidate) -> bool:
    if gov.type in PROPOSITIONAL:
        return True
    return gov.type == "SUPPORT" and cand.type == "AGREE"  # signing an agreement


def negated(tok: Token) -> bool:
    """ "did not attack", "no talks", "held no talks", "failed to agree", "without a deal"."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "without":
        return True
    gov = participants.governing_verb(tok)
    for t in (tok, gov) if gov is not None else (tok,):
        if t.dep_ == "xcomp" and t.head.lemma_.lower() == "fail":
            return True
    return gov is not None and any(c.dep_ == "neg" for c in gov.children)


def enclosing(claims: Sequence[Claim], start: int, end: int) -> Claim | None:
    inside = [c for c in claims if c.start <= start and end <= c.end]
    return min(inside, key=lambda c: (c.end - c.start, c.start), default=None)


def _frame_modality(frames: Sequence[Frame], start: int, end: int) -> Modality:
    around = [f for f in frames if f.content[0] <= start and end <= f.content[1]]
    if not around:
        return "asserted"
    inner = min(around, key=lambda f: f.content[1] - f.content[0])
    return FRAME_MODALITY.get(inner.cue_class, "reported")


class EventsStage:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.hedges = load_hedges()
        self.told: tuple[Sequence[Timex], date | None] = ([], None)
        """The timexes and publication date of the document being read."""

    def _aside(self, d: Draft, frames: Sequence[Frame]) -> bool:
        """Whether the trigger is told in a past aside of its claim (:func:`.modality.past_aside`:
        "… as when the government freed a pilot in 2019"), and no frame around it speculates,
        denies or alleges it: what happened, whatever the claim's main clause hedges."""
        start = d.head.idx
        if _frame_modality(frames, start, start + len(d.head.text)) not in FACTUAL:
            return False
        return past_aside(setting.clause_head(d.head), *self.told, self.hedges)

    def __call__(self, doc: Doc) -> Doc:
        doc._.wwk_events = self.events(doc)
        return doc

    def candidates(self, sent: Span, index: Index) -> dict[int, Candidate]:
        """The sentence's triggers by head token, reversals and demands included, contents
        not."""
        cands = {
            m.head.i: Candidate(m, m.entry.type, m.entry.mode)
            for m in find_triggers(sent, self.lex)
        }
        heads = set(cands)
        gone: set[int] = set()
        for tok in sent:
            if not stance.governs_events(tok) or (obj := stance.governed(tok, heads)) is None:
                continue
            own, content = cands.get(tok.i), cands[obj.i]
            rev = stance.reversal(
                tok, content.type, content.match.entry.lemma, own.type if own else None
            )
            if rev is None and own is None:
                continue
            if rev is not None:
                parts = (tok.i, *(c.i for c in tok.children if c.dep_ == "prt"))
                verb = Trigger((tok.lemma_.lower(),), "VERB", rev[0])
                match = own.match if own else Match(tok, verb, parts)
                cands[tok.i] = Candidate(match, *rev)
            cands[tok.i].contents.append(content.match)
            gone.add(obj.i)
        for tok in sent:
            if stance.deontic(tok) and participants.subject_of(tok, index):
                aux = next(c for c in tok.children if c.lower_ in stance.DEONTIC)
                demand = Candidate(Match(tok, DEMAND, (aux.i, tok.i)), "REQUEST", None, True)
                if tok.i in cands:
                    demand.contents.append(cands[tok.i].match)
                cands[tok.i] = demand
        for i, cand in list(cands.items()):
            if i in gone:
                continue
            gov = governor(cand.match.head, {k: v for k, v in cands.items() if k not in gone})
            if gov and gov[1] in CONTENT_DEPS and _content(gov[0], cand):
                gov[0].contents.append(cand.match)
                gone.add(i)
        return {i: c for i, c in cands.items() if i not in gone and not negated(c.match.head)}

    def sentence(self, sent: Span, index: Index, timexes: list[Timex] | None) -> list[Item]:
        """The drafts of a sentence, each with whether it is alleged and announced. The
        demands that are the topic of a protest in the sentence are not events of their own
        (manual: PROTEST)."""
        cands = self.candidates(sent, index)
        heads = set(cands)
        out: list[Item] = []
        for cand in cands.values():
            draft = build(
                cand.match, sent, index, heads, self.lex, timexes,
                type_=cand.type, mode=cand.mode, contents=cand.contents, demand=cand.demand,
            )  # fmt: skip
            if draft is None or stance.modal_perfect(cand.match.head) == "unrealised":
                continue  # "should have resigned on Monday": no act happened that day
            gov = governor(cand.match.head, cands)
            alleged = gov is not None and gov[0].match.entry.mode == "allege"
            out.append((draft, alleged, stance.future(cand.match.head)))
        protesters = {a for d, _, _ in out if d.type == "PROTEST" for a in d.actor}
        if any(d.type == "PROTEST" for d, _, _ in out):
            out = [
                x
                for x in out
                if not (
                    x[0].type == "REQUEST" and not x[0].demand and set(x[0].actor) <= protesters
                )
            ]
        return out

    def events(self, doc: Doc) -> list[Event]:
        actors: list[Actor] = doc._.wwk_actors or []
        claims: list[Claim] = doc._.wwk_claims or []
        frames: list[Frame] = doc._.wwk_frames or []
        timexes: list[Timex] | None = doc._.wwk_timexes
        article = doc._.wwk_article
        self.told = (timexes or [], article.published if article is not None else None)
        speakers = (t.i for f in frames if f.speaker is not None for t in f.speaker)
        quoted = [(q.start, q.end) for q in doc._.wwk_quotes or [] if q.kind != "indirect"]
        index = Index(doc, actors, speakers, quoted)
        drafts: list[Item] = []
        for sent in claim_sentences(doc):
            drafts += self.sentence(sent, index, timexes)
        acts = self.acts(frames, index, timexes, {d.head.i: d for d, _, _ in drafts})
        out: list[Event] = []
        for d, alleged, future in sorted(drafts + acts, key=lambda x: x[0].head.i):
            # an act's modality is its frame's (the frames around its cue), not its content's
            told_in = () if any(d is a[0] for a in acts) else claims
            event = self.event(d, told_in, frames, alleged=alleged, future=future)
            if event is not None:
                event.id = f"e{len(out) + 1}"
                out.append(event)
        return out

    def acts(
        self,
        frames: Sequence[Frame],
        index: Index,
        timexes: list[Timex] | None,
        taken: dict[int, Draft],
    ) -> list[Item]:
        """The communicative acts of the frames whose cue gave no event of its own
        (:mod:`.communicative`); a negated cue ("did not deny") is no act. A cue that is a
        trigger keeps its event, given the act's target or mode where it has none ("complained
        that Budapest ignored …": toward Budapest)."""
        out: list[Item] = []
        for frame in frames:
            cue = frame.cue.root
            if negated(cue):
                continue
            d = communicative.draft(frame, index, self.lex, timexes)
            if d is None:
                continue
            own = taken.get(cue.i)
            if own is None:
                taken[cue.i] = d
                out.append((d, False, stance.future(cue)))
            elif own.type == d.type:
                own.target = own.target or [t for t in d.target if t not in own.actor]
                own.mode = own.mode or d.mode
        return out

    def event(
        self,
        d: Draft,
        claims: Sequence[Claim],
        frames: Sequence[Frame],
        *,
        alleged: bool,
        future: bool,
    ) -> Event | None:
        start = d.head.idx
        end = start + len(d.head.text)
        claim = enclosing(claims, start, end)
        actor = d.actor
        if d.demand:
            if claim is None or not claim.source or claim.source in d.target:
                return None
            actor = [claim.source]
        elif (
            claim is not None
            and claim.modality == "denied"
            and claim.source
            and not (d.match.verbal or actor or d.target)
        ):
            actor = [claim.source]
        placed = d.match.verbal and bool(d.location or d.time)
        if not (actor or d.target or d.standalone or placed):
            return None
        modality: Modality
        if claim is not None:
            modality = claim.modality
        elif alleged:
            modality = "alleged"
        else:
            modality = _frame_modality(frames, start, end)
        if future and modality in ("asserted", "reported"):
            modality = "expected"
        if modality in FACTUAL and stance.modal_perfect(d.head) == "possible":
            modality = "speculated"  # "the intruders must have entered on Sunday": a guess
        if modality in ("speculated", "expected") and claim is not None and self._aside(d, frames):
            modality = "reported" if claim.source else "asserted"
        return Event(
            id="",
            type=cast(EventType, d.type),  # a row of the type table: the lexicon checks it
            mode=d.mode,
            actor=actor,
            target=[t for t in d.target if t not in actor],
            location=d.location,
            time=d.time,
            modality=modality,
            claim=claim.id if claim else None,
            trigger=d.match.text,
            start=d.span.start_char,
            end=d.span.end_char,
        )


@Language.factory(
    "wwk_events",
    requires=[
        "doc._.wwk_actors",
        "doc._.wwk_claims",
        "doc._.wwk_frames",
        "doc._.wwk_timexes",
        "doc.sents",
        "token.dep",
        "token.lemma",
        "token.ent_type",
    ],
    assigns=["doc._.wwk_events"],
    default_config={"triggers": None},
)
def make_events(nlp: Language, name: str, triggers: str | None) -> EventsStage:
    """``triggers``: a TSV file of extra trigger words (columns as ``data/triggers.tsv``)."""
    return EventsStage(load_lexicon(triggers))
