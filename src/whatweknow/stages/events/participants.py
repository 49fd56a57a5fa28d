"""Who does what to whom: the actor and target ids of a trigger, from the dependency parse.

Actors are the actors stage's records; a token is one of an actor when it lies in one of its
mentions, and the mention's ``as`` (``actor`` or ``place``) says whether metonymy made a place
name a party ("Tehran and Moscow rejected" is Iran and Russia).

A noun phrase stands for the actors it names: the one whose mention covers its head ("Israeli
troops"), else the parties named inside it ("the leaders of Iran and Russia"); when those have
no country, the demonyms and places that qualify them are added ("Senior Hungarian and Romanian
officials"). Coordinated phrases are all taken ("Tehran and Moscow").

- verbs: subject → actor (a passive's agent too), object → target (a passive's subject too);
  prepositional targets ("fired **on** protesters", "sanctions **against** Moscow", "withdrew
  **from** Panama"), those of the object when the verb has none ("threatened action
  **against** Russia"); a subject that is missing, a pronoun or a relative pronoun is taken from the
  governing clause ("Iran refused to deploy", "NATO confirmed it would tighten", "rebels who
  attacked") or, for "urged Iran to release", from the governing verb's object; never from a
  negated clause to its "-ing" result ("he could not say what caused the crash, killing ten":
  nothing he did killed them); nor, for what is said, from a speaker named after it ("She will
  fly to Osk on Tuesday, *her office* said": "she" was named before, and is not the office)
  nor from a speaker that is no person for "he" or "she" ("Her office said she would fly"):
  "he" or "she" is then the person the attribution stage's resolver finds
  (:meth:`~whatweknow.stages.attribution.speakers.SpeakerResolver.resolve`), else nobody;
A possessor's owner is no party when the phrase names another ("*Osk's* transport minister,
Ida Brenn, will visit" is Ida Brenn's act). A phrase headed by a noun of the people close to
someone (``data/kin_nouns.tsv``: "families of the victims", "the victims' relatives") that no
actor covers names no party: not the one its complement or possessor names.

- nouns: possessor, name or demonym modifiers ("Russia's annexation", "the Biden-Xi summit",
  "Israeli air strikes"), "between/among X and Y" and "by X" → actor; "with/against/on/to X"
  → target; "of X" → actor of intransitive acts ("the visit of the president", "withdrawal of
  troops"), target of others ("annexation of Crimea"); with no actor of its own, a noun that is
  the object of a light verb takes its subject ("Iran held talks with Japan").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from spacy.tokens import Doc, Token

from ...contract import Actor
from .._lists import word_list
from ..attribution.cues import load_cues
from ..attribution.speakers import PERSONAL, SpeakerResolver
from .stance import TRANSPARENT

SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
OBJECTS = frozenset({"dobj", "dative", "iobj"})
GOVERNED = frozenset({"xcomp", "ccomp", "conj", "advcl", "acl", "pcomp"})
"""How a clause hangs from the one whose subject it shares or inherits."""
OBJECT_CONTROL = frozenset({
    "urge", "ask", "call", "order", "press", "force", "persuade", "invite", "allow", "tell",
    "encourage", "help", "request", "implore", "warn", "advise", "authorize", "authorise",
})  # fmt: skip
RELATIVE = frozenset({"who", "which", "that", "whom"})
NP_STOP = frozenset({
    "relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "punct", "det", "prep",
    "parataxis", "case", "neg",
})  # fmt: skip
NOT_PARTIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT"})
NP_PREPS = frozenset({"of", "from", "for", "by", "in", "throughout", "across"})
"""Prepositions inside a noun phrase whose objects still name its parties ("officials of
Iran", "a camp for Congolese refugees", "calls by Belarus's rulers"), or where a party with no
country of its own is ("students throughout Indonesia", "farmers in Brittany")."""
TARGET_PREPS = frozenset({
    "against", "on", "upon", "at", "with", "to", "toward", "towards", "into", "from", "over",
    "between", "among",
})  # fmt: skip
LOCATIVE_ONLY = frozenset({"at", "into", "over"})
"""Target prepositions whose places only locate: only parties acting as such are targets."""
INTRANSITIVE = frozenset({"CONSULT", "PROTEST", "MOBILIZE"})
LIGHT_VERBS = frozenset({
    "have", "hold", "conduct", "launch", "carry", "stage", "make", "give", "issue", "impose",
    "announce", "begin", "start", "continue", "resume", "open", "join", "attend", "lead",
    "organise", "organize", "mount", "wage", "step", "intensify", "escalate", "declare",
    "reach", "conclude", "seal", "extend", "provide", "send", "grant", "take", "engage",
    "undertake", "enter", "pursue", "perform", "call", "go", "host", "initiate",
    "complete", "finalise", "finalize", "expand", "increase", "deliver", "receive", "hand",
    "unleash", "order", "authorize", "authorise", "plan", "prepare", "keep", "maintain",
    "observe", "implement", "enforce", "tighten", "resort", "renew", "restart",
    "reopen", "revive", "remain", "put", "place", "stay", "arrive", "come", "fly", "travel",
    "head", "speed", "accelerate", "hasten", "express", "voice", "reiterate", "repeat",
    "reimpose",
})  # fmt: skip
"""Verbs whose object noun is the event and whose subject its actor ("Iran held talks")."""
STATIVE_PASSIVES = frozenset({"oppose", "commit", "determine", "prepare", "engage", "involve"})
"""Passive forms that describe their subject's stance or act ("is opposed to", "were engaged
in"): the subject is the actor."""
LIGHT_PREPS = frozenset({"in", "into", "to", "on", "under"})
"""Prepositions of a light verb's event noun ("engaged in fighting", "resorted to force")."""


class Index:
    """Token → the actors with a mention covering it, and the mention's ``as``."""

    def __init__(
        self,
        doc: Doc,
        actors: Sequence[Actor],
        speakers: Iterable[int] = (),
        quoted: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.by_id = {a.id: a for a in actors}
        self.actors, self.quoted = list(actors), quoted
        self._resolver: SpeakerResolver | None = None
        self.speakers = frozenset(speakers)
        """Tokens of the speakers of attribution frames: never a party of another phrase."""
        self.at: dict[int, list[tuple[Actor, str]]] = {}
        for actor in actors:
            for m in actor.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                for tok in span if span is not None else ():
                    self.at.setdefault(tok.i, []).append((actor, m.as_))

    def of(self, tok: Token) -> list[tuple[Actor, str]]:
        return self.at.get(tok.i, [])

    def person(self, pronoun: Token) -> list[str]:
        """The person a "he" or "she" refers to, as the attribution stage resolves a speaker's
        pronoun (the subject last named before it nearby, else the one person named there),
        or none."""
        if self._resolver is None:
            self._resolver = SpeakerResolver(self.actors, self.quoted)
        found = self._resolver.resolve(pronoun.doc[pronoun.i : pronoun.i + 1])
        return [found.id] if found is not None and found.type == "person" else []


def _dedupe(ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def _np_tokens(head: Token) -> list[Token]:
    """The tokens of a noun phrase, without clauses, other prepositions and (for the head
    only: the caller takes those) conjuncts; "Hungarian and Romanian officials" keeps both."""
    out, todo = [head], [head]
    while todo:
        tok = todo.pop()
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ not in NP_PREPS:
                continue
            if c.dep_ in NP_STOP and c.dep_ != "prep" and not (c.dep_ == "conj" and tok != head):
                continue
            out.append(c)
            todo.append(c)
    return out


def phrase(head: Token, index: Index, *, places: bool = True) -> list[str]:
    """The actor ids a noun phrase stands for (see the module doc); none for a date or an
    amount ("on 2 May")."""
    if head.ent_type_ in NOT_PARTIES:
        return []
    heads = [a for a, as_ in index.of(head) if as_ == "actor"]
    if not heads and head.lemma_.lower() in _kin():
        return []  # "families of the victims": those families, no actor here; not the victims
    inside: list[tuple[Actor, str]] = [
        x
        for t in _np_tokens(head)
        if t.i not in index.speakers or head.i in index.speakers or not _apposed(t, head)
        for x in index.of(t)
        if not _name_part(t, x[0])
    ]  # "killing at least 14 people, the head of the agency said": the head speaks (a parse
    # that hangs a trailing speaker on the object as its apposition)
    owners = {x.id for t in _possessors(head) for x, _ in index.of(t)}
    named = [a for a, as_ in inside if as_ == "actor"]
    found = heads or [a for a in named if a.id not in owners] or named
    if not found and places:
        found = [a for a, as_ in index.of(head)]
    if not any(_coded(a) for a in found):
        found += [a for a, _ in inside if _coded(a) and a not in found]
    return _dedupe(a.id for a in found)


def _name_part(tok: Token, actor: Actor) -> bool:
    """Whether a word is only the first word of an organisation's name, used as the first of
    two modifiers of a common noun ("the *Zelten* town council" beside "Zelten Academy"): the
    place both are named for, not that organisation; the body the phrase names is another."""
    words = actor.name.split()
    head = tok.head
    return (
        actor.type == "organisation"
        and len(words) > 1
        and tok.text.casefold() == words[0].casefold()
        and tok.dep_ == "compound"
        and head.pos_ == "NOUN"
        and any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and tok.i < c.i < head.i
            for c in head.children
        )
    )


@cache
def _kin() -> frozenset[str]:
    """Nouns of the people close to someone (``data/kin_nouns.tsv``): "families of the victims"
    are not the victims."""
    return word_list(__package__, "kin_nouns.tsv")


def _possessors(head: Token) -> list[Token]:
    """The tokens of the head's possessor ("*Osk's* transport minister, Ida Brenn"): its owner
    is no party of what the phrase does when the phrase names another; else it stands for it
    ("Osk's minister will visit": the state's agent)."""
    return [t for c in head.children if c.dep_ == "poss" for t in c.subtree]


def _apposed(tok: Token, head: Token) -> bool:
    """Whether ``tok`` hangs from ``head`` through an apposition."""
    node = tok
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "appos":
            return True
        node = node.head
    return False


def _coded(actor: Actor) -> bool:
    return bool(actor.country) or actor.sector in ("IGO", "NGO")


def phrases(tokens: Iterable[Token], index: Index, *, places: bool = True) -> list[str]:
    """The actors of coordinated noun phrases ("Tehran and Moscow")."""
    out: list[str] = []
    for tok in tokens:
        for t in (tok, *tok.conjuncts):
            out += phrase(t, index, places=places)
    return _dedupe(out)


def _children(tok: Token, deps: frozenset[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]


def _is_pronoun(tok: Token) -> bool:
    return tok.pos_ == "PRON" or tok.lower_ in RELATIVE


def subject_of(verb: Token, index: Index, depth: int = 0) -> list[str]:
    """The actors of a verb's subject (or agent), inherited from the governing clause when the
    subject is missing or a pronoun."""
    subj = _children(verb, SUBJECTS)
    agents = [o for p in _children(verb, frozenset({"agent"})) for o in _pobjs(p)]
    named = [t for t in subj + agents if not _is_pronoun(t)]
    found = phrases(named, index)
    if named or depth > 3:
        return found  # a subject that names no party ("a row … threatened") is not inherited
    if any(t.lower_ in RELATIVE for t in subj) and verb.dep_ == "relcl":
        return phrases([verb.head], index)
    if not subj and verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBD"):
        return phrases([verb.head], index)  # "rebels attacking the town", "a paper called on"
    if _children(verb, PASSIVE_SUBJECTS) and not subj:
        return []  # a passive without an agent: the actor is not said
    gov = verb.head
    if verb.dep_ == "pcomp" and gov.dep_ == "prep" and gov.head.pos_ in ("VERB", "ADJ"):
        # "accused Iran of supplying", "blamed X for attacking": the object acts, else the
        # subject ("are guilty of violating")
        top = _predicate(gov.head)
        return phrases(_children(top, OBJECTS), index) or subject_of(top, index, depth + 1)
    gov = _predicate(gov)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and _negated(gov):
        return []  # "he could not say what caused the crash, killing all 10": not his act
    if verb.dep_ in GOVERNED and gov.i != verb.i:
        if verb.dep_ == "xcomp" and gov.lemma_.lower() in OBJECT_CONTROL:
            controlled = phrases(_children(gov, OBJECTS), index)
            if controlled:
                return controlled
        if gov.pos_ in ("VERB", "AUX"):
            personal = [t for t in subj if t.lower_ in PERSONAL]
            if personal and _said(verb, gov):
                inherited = [] if gov.i > verb.i else subject_of(gov, index, depth + 1)
                if inherited and all(_person(index, a) for a in inherited):
                    return inherited  # "Ilka Dorn said she would fly"
                return index.person(personal[0])  # "She will fly, her office said"
            return subject_of(gov, index, depth + 1)
    return []


def _said(verb: Token, gov: Token) -> bool:
    """Whether ``verb`` heads what ``gov``, a verb of saying or thinking, says."""
    return verb.dep_ == "ccomp" and load_cues().verb(gov.lemma_) is not None


def _person(index: Index, actor_id: str) -> bool:
    actor = index.by_id.get(actor_id)
    return actor is not None and actor.type == "person"


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _predicate(tok: Token) -> Token:
    """The verb of a predicative adjective ("is **ready** to meet" → "is")."""
    if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd", "amod") and tok.head.i != tok.i:
        return tok.head
    return tok


def prep_targets(tok: Token, index: Index, preps: frozenset[str] = TARGET_PREPS) -> list[str]:
    out: list[str] = []
    for p in _children(tok, frozenset({"prep"})):
        if p.lower_ in preps:
            out += phrases(_pobjs(p), index, places=p.lower_ not in LOCATIVE_ONLY)
    return out


def verb_args(verb: Token, index: Index) -> tuple[list[str], list[str]]:
    """(actor ids, target ids) of a verbal trigger."""
    actors = subject_of(verb, index)
    passive = _children(verb, PASSIVE_SUBJECTS)
    if passive and not actors and verb.lemma_.lower() in STATIVE_PASSIVES:
        actors, passive = phrases(passive, index), []  # "Israel is opposed to …"
    targets = phrases(passive + _children(verb, OBJECTS), index)
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        targets += phrases([verb.head], index)  # "the convoy attacked near Goma"
    targets += prep_targets(verb, index)
    if not [t for t in targets if t not in actors]:  # "threatened further action against Russia"
        targets += [t for o in _children(verb, OBJECTS) for t in prep_targets(o, index)]
    return actors, [t for t in _dedupe(targets) if t not in actors]


def transparent_head(noun: Token) -> Token:
    """The noun that carries a trigger in the clause: "launched a mediation **effort**",
    "held a **round** of talks"; else the trigger itself."""
    head = noun.head
    if noun.dep_ == "compound" and head.lemma_.lower() in TRANSPARENT:
        return head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in TRANSPARENT:
        return head.head
    return noun


def governing_verb(noun: Token) -> Token | None:
    """The verb a nominal trigger is the object of: "held talks", "engaged in fighting"."""
    noun = transparent_head(noun)
    if noun.dep_ in ("dobj", "attr", "oprd", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in LIGHT_PREPS and prep.head.pos_ == "VERB":
        return prep.head
    return None


def light_verb(noun: Token) -> Token | None:
    """The governing verb when it is a light one, whose subject is the noun's actor."""
    verb = governing_verb(noun)
    if verb is None:
        return None
    return verb if verb.lemma_.lower() in LIGHT_VERBS else None


def noun_args(
    noun: Token, type_: str, mode: str | None, index: Index
) -> tuple[list[str], list[str]]:
    """(actor ids, target ids) of a nominal trigger, from its own dependents only."""
    actors: list[str] = []
    targets: list[str] = []
    of_is_actor = type_ in INTRANSITIVE or (type_ == "RETREAT" and mode != "release")
    outer = transparent_head(noun)
    extra = [c for c in outer.children if c.dep_ == "prep"] if outer.i != noun.i else []
    for c in [*noun.children, *extra]:
        if c.dep_ == "poss" and not _is_pronoun(c):
            actors += phrases([c], index)
        elif c.dep_ in ("compound", "amod", "nmod", "npadvmod"):
            actors += [a.id for t in c.subtree for a, _ in index.of(t)]
        elif c.dep_ == "prep":
            prep, objs = c.lower_, _pobjs(c)
            agent = prep in ("between", "among", "by") or (prep == "from" and type_ == "AID")
            if agent or (prep == "of" and of_is_actor):
                actors += phrases(objs, index)
            elif prep == "of" or prep in TARGET_PREPS:
                targets += phrases(objs, index, places=prep not in LOCATIVE_ONLY)
    actors = _dedupe(actors)
    return actors, [t for t in _dedupe(targets) if t not in actors]


def possessive_pronoun(noun: Token) -> bool:
    return any(c.dep_ == "poss" and _is_pronoun(c) for c in noun.children)


def own_actor(noun: Token) -> bool:
    """Whether a nominal trigger names its actor itself (possessor, name modifier, "by X")."""
    return any(
        c.dep_ in ("poss", "compound", "amod", "nmod") or (c.dep_ == "prep" and c.lower_ == "by")
        for c in noun.children
    )
