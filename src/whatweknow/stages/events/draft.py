"""One event in the making: a trigger with its parties, mode, place, time and span.

Where the text names no target, a visit's host and an act of force's target (COERCE, ASSAULT,
MOBILIZE: "imposed a curfew in Abidjan", "reimposed blockades in the West Bank") are the place
it is done in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ...contract import Timex
from . import modes, participants, setting
from .lexicon import Lexicon
from .match import Match
from .participants import Index

CONTENT_TARGETS = frozenset({"REQUEST", "REJECT", "THREATEN", "AGREE"})
ON_PLACES = frozenset({"COERCE", "ASSAULT", "MOBILIZE"})
"""Acts of force whose target, when no party is named, is the place they are done in."""
HOSTING = frozenset({("VERB", "host"), ("NOUN", "welcome")})
"""Triggers whose subject is the host: the guest is the actor of a visit (manual: CONSULT)."""


@dataclass
class Draft:
    match: Match
    type: str
    mode: str | None
    actor: list[str]
    target: list[str]
    location: str | None
    time: str | None
    span: Span
    standalone: bool = False
    """A nominal trigger that is the subject of its clause ("Fighting erupted in Kabul"): kept
    with a place or a time even without a party."""
    demand: bool = False
    """A demand made by the source of the claim ("X must …"): its actor is that source."""
    contents: list[Match] = field(default_factory=list)

    @property
    def head(self) -> Token:
        return self.match.head


def _trim(tok: Token) -> Span:
    doc = tok.doc
    i, j = tok.left_edge.i, tok.right_edge.i + 1
    while i < j - 1 and (doc[i].is_punct or doc[i].is_space):
        i += 1
    while j > i + 1 and (doc[j - 1].is_space or (doc[j - 1].is_punct and doc[j - 1].text != ")")):
        j -= 1
    return doc[i:j]


SPEECH = frozenset({
    "comment", "say", "elaborate", "confirm", "speculate", "respond", "answer", "discuss",
    "disclose", "reveal", "name", "identify", "specify", "detail",
})  # fmt: skip
"""What a refusal to speak refuses ("declined to comment"): not a REJECT of anything."""


def _no_comment(m: Match, type_: str) -> bool:
    return type_ == "REJECT" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in SPEECH for c in m.head.children
    )


def _has_object(tok: Token) -> bool:
    return any(c.dep_ == "dobj" for c in tok.children)


def _requirements_met(m: Match, actor: list[str], target: list[str]) -> bool:
    req, tok = m.entry.requires, m.head
    if req == "target":
        return bool(target)
    if req == "actor":
        return bool(actor)
    if req == "object" and m.verbal:
        return any(c.dep_ in ("dobj", "xcomp") for c in tok.children)
    if req == "noobject" and m.verbal:
        return not any(c.dep_ == "dobj" for c in tok.children)
    return True


def parties(
    m: Match, type_: str, mode: str | None, index: Index, heads: set[int]
) -> tuple[list[str], list[str], Span]:
    """(actor ids, target ids, span) of a trigger (see :mod:`.participants`)."""
    tok = m.head
    if m.verbal:
        actor, target = participants.verb_args(tok, index)
        return actor, target, setting.clause(tok)
    actor, target = participants.noun_args(tok, type_, mode, index)
    light = participants.light_verb(tok)
    if light is not None and light.i not in heads:
        subject = participants.subject_of(light, index)
        if subject and not participants.own_actor(tok):
            # "Qatar launched a mediation between A and B": the parties are the targets
            actor, target = subject, actor + target
        elif not actor:
            actor = subject
        target += participants.phrases(
            [c for c in light.children if c.dep_ in ("dative", "iobj")], index
        )
        target += participants.prep_targets(light, index)
        span = setting.clause(light)
    else:
        span = _trim(participants.transparent_head(tok))
    return actor, [t for t in dict.fromkeys(target) if t not in actor], span


COMPLEMENT_MARKS = frozenset({"that", "whether"})
LOOKED_INTO = frozenset({"INVESTIGATE"})
"""Types of a content whose own contents are what is looked into ("an inquiry into the attack
on a convoy"): a topic, not an act asked for, refused or threatened; no target comes from it."""


def _told_object(verb: Token) -> bool:
    """Whether the verb's object is a noun that holds what someone says ("rejected
    *accusations that it was behind an attack on X*", "dismissed *claims that …*"): a
    complement clause opened by "that" or "whether" (a mark, not the relative pronoun of "the
    report that named X"). What is inside is the accuser's proposition, not what the act is
    done to: the target is the accuser where the object names one ("Osk's accusations"),
    else no one, never a party inside the proposition."""
    return any(
        c.dep_ in ("acl", "ccomp", "relcl")
        and any(m.dep_ == "mark" and m.lower_ in COMPLEMENT_MARKS for m in c.children)
        for obj in verb.children
        if obj.dep_ == "dobj"
        for c in obj.children
    )


def _content_target(
    type_: str, actor: list[str], contents: list[Match], index: Index, heads: set[int]
) -> list[str]:
    """The target of a request, refusal, threat or promise, from what it is about: for a
    REQUEST the party asked to act ("demanded that **the United States** match …"), else the
    recipient of the act ("threatened to break off relations with **Congo**"), else where the
    act would take place ("threatened to impose a curfew in **Algiers**")."""
    for c in contents:
        if any(
            o.entry.type in LOOKED_INTO and o.head.i != c.head.i and o.head.is_ancestor(c.head)
            for o in contents
        ):
            continue  # "an inquiry into the attack in X", "… into the attack on a convoy that
            # killed two": what is inquired into, no one asked or acted on
        c_actor, c_target, _ = parties(c, c.entry.type, c.entry.mode, index, heads)
        c_actor = [a for a in c_actor if a not in actor]
        if not c.verbal:
            c_target = [t for t in c_target if t in _own_phrases(c.head, index, verb=False)]
        if type_ == "REQUEST" and c_actor:
            return c_actor
        if c_target := [t for t in c_target if t not in actor]:
            return c_target
        place = setting.location(c.head, index)
        if place is not None and (c.verbal or place in _own_phrases(c.head, index)):
            return [place]
    return []


def _own_phrases(noun: Token, index: Index, *, verb: bool = True) -> set[str]:
    """The actors that a phrase of a noun's own names, outside any phrase inside it ("talks
    *with Marvia*", "restrictions *against German* goods", "a ceasefire *in Osk province*"),
    or (``verb``) a phrase of the verb the noun is the object of ("to impose a curfew *in
    Algiers*"). A noun asked for, refused or threatened takes its
    target, or the place it would be done in, only from these: never from a party named deeper
    in them ("an inquiry into the attack in *Marvia's* Osk province": where the attack was,
    not who is asked or acted on). When unsure, no target."""
    owners = [noun] + ([noun.head] if verb and noun.dep_ in ("dobj", "obj") else [])
    return {
        a.id
        for w in owners
        for p in w.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ in ("pobj", "pcomp")
        for head in (o, *o.conjuncts)
        for t in _unnested(head)
        for a, _ in index.of(t)
    }


def _unnested(head: Token) -> list[Token]:
    """The words of a noun phrase but those of a phrase inside it ("German goods", "the
    US-led war"; not "in Marvia's Osk province" of "the attack in Marvia's Osk province")."""
    out, todo = [head], [head]
    while todo:
        for c in todo.pop().children:
            if c.dep_ not in ("prep", "relcl", "acl", "appos", "conj", "cc", "punct"):
                out.append(c)
                todo.append(c)
    return out


def build(
    m: Match,
    sent: Span,
    index: Index,
    heads: set[int],
    lex: Lexicon,
    timexes: Sequence[Timex] | None,
    *,
    type_: str | None = None,
    mode: str | None = None,
    contents: list[Match] | None = None,
    demand: bool = False,
) -> Draft | None:
    """The draft of a trigger (``type_`` and ``mode`` override the lexicon's, for reversals and
    demands), or None when the lexicon's requirements are not met. A demand's target is the
    subject it is made of ("Sudan must return …"); its actor comes from the claim."""
    tok = m.head
    type_ = type_ or m.entry.type
    mode = mode or (m.entry.mode if type_ == m.entry.type else None)
    contents = contents or []
    actor, target, span = parties(m, type_, mode, index, heads)
    if not target and type_ in CONTENT_TARGETS and not (m.verbal and _told_object(tok)):
        target = _content_target(type_, actor, contents, index, heads)
    if (m.entry.pos, m.entry.lemma) in HOSTING or demand:
        actor, target = target, actor
    if demand:
        actor = []
    if not _requirements_met(m, actor, target) or _no_comment(m, type_):
        return None
    found = [(c.entry.type, c.entry.mode) for c in contents]
    mode = mode or modes.content_mode(type_, found)
    if mode is None:
        mode = modes.cue_mode(type_, (tok.subtree, setting.clause(tok)), lex)
    if type_ == "MOBILIZE" and mode is None and m.verbal and _has_object(tok):
        return None  # "mobilised pressure groups": not a military or police move
    by_id = index.by_id
    type_, mode = modes.adjust(type_, mode, [by_id[a] for a in actor], [by_id[t] for t in target])
    location = setting.location(tok, index, visit=mode == "visit")
    if type_ == "CONSULT" and mode == "visit" and not target and location:
        target = [location]  # the host of a visit is where it is made
    elif type_ in ON_PLACES and not target and location and location not in actor:
        target = [location]  # "reimposed blockades in the West Bank": done to those there
    time = setting.time_of(tok, sent, timexes)
    standalone = tok.dep_ in ("nsubj", "ROOT") and bool(location or time)
    return Draft(m, type_, mode, actor, target, location, time, span, standalone, demand, contents)
