"""Things and happenings in a speaker's place (``data/things.tsv``): "the publication
contradicts …", "X said the release suggested …", "X said an internal audit had warned …".

A happening (``event``) never speaks: it is no denier of its own, and under another speaker's
cue it is what that speaker cites. A record (``record``: a report, an audit, the data) is a
source at the top of a sentence, but under another speaker's cue the words are that speaker's.
A phrase that holds a name (a person, an organisation) is never such a thing.

A happening read as evidence ("the suspension suggests …", "a change that indicates …": a verb
of ``data/inferring.tsv``) is its writer's hedged inference: nobody in the sentence speaks.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Literal

from spacy.tokens import Span, Token

from .._lists import word_list

Kind = Literal["event", "record"]
_NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})


@cache
def load_things() -> dict[str, Kind]:
    text = (files(__package__) / "data" / "things.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {word.strip(): kind.strip() for word, kind in rows[1:]}  # type: ignore[misc]


@cache
def load_inferring() -> frozenset[str]:
    """``data/inferring.tsv``: the verbs by which a writer reads something as evidence."""
    return word_list(__package__, "inferring.tsv")


@cache
def load_depicting() -> frozenset[str]:
    """``data/depicting.tsv``: the verbs by which a picture or a record shows something."""
    return word_list(__package__, "depicting.tsv")


@cache
def load_pictures() -> frozenset[str]:
    """``data/pictures.tsv``: the head nouns of pictures and recordings."""
    return word_list(__package__, "pictures.tsv")


@cache
def load_obtaining() -> frozenset[str]:
    """``data/obtaining.tsv``: the verbs by which someone comes to hold a document ("seen by")."""
    return word_list(__package__, "obtaining.tsv")


def obtained_by(noun: Token) -> Token | None:
    """The named holder of the documents a noun phrase names: "weather warnings and internal
    rules seen by the Courier", "documents obtained by Reuters": the head of the agent after a
    participle of ``data/obtaining.tsv`` hung on the noun or on one of its conjuncts, when that
    agent is a name (a proper noun). The documents are the holder's evidence and the holder
    makes the claim; "records reviewed by investigators" (no name) is left as written."""
    heads = [noun, *noun.conjuncts]
    for head in heads:
        for acl in head.children:
            if acl.dep_ != "acl" or acl.tag_ != "VBN":
                continue
            if acl.lemma_.lower() not in load_obtaining():
                continue
            for agent in acl.children:
                if agent.dep_ != "agent":
                    continue
                who = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if who is not None and who.pos_ == "PROPN":
                    return who
    return None


def picture_shows(cue: Token, subject: Token) -> bool:
    """Whether a verb of showing (``data/depicting.tsv``) has a picture or a recording for its
    subject (``data/pictures.tsv``: "The clip shows the lights growing brighter"): the outlet
    describes what is seen, and nobody speaks; the head noun decides ("Vell's video shows" is
    what the video shows, not Vell's words). A clause it shows ("Video shows that he had his
    hands up") is a finding, as a record's, and stays the picture's."""
    return (
        cue.lemma_.lower() in load_depicting()
        and subject.pos_ == "NOUN"
        and subject.lemma_.lower() in load_pictures()
        and not any(c.dep_ == "ccomp" and _finite(c) for c in cue.children)
    )


def _finite(verb: Token) -> bool:
    """A clause of its own: opened by "that", or its verb or an auxiliary finite ("he had his
    hands up"), not a scene ("the lights growing brighter")."""
    return any(
        t.tag_ in ("VBD", "VBZ", "VBP", "MD") or (t.dep_ == "mark" and t.lower_ == "that")
        for t in [verb, *verb.children]
        if t.i == verb.i or t.dep_ in ("aux", "auxpass", "mark")
    )


RELATIVE = frozenset({"that", "which"})


def inferred_from(cue: Token, subject: Token) -> bool:
    """Whether a cue reads a happening as evidence: a verb of ``data/inferring.tsv`` whose
    subject's head noun is an ``event`` ("The sudden recall of the mayor suggests …", names in
    its modifiers or not), or a relative pronoun standing for one ("…, a change that suggests
    …"). A person, a body or a record ("the report suggests …") is no happening, and speaks."""
    if cue.lemma_.lower() not in load_inferring():
        return False
    head = subject
    if head.lower_ in RELATIVE and head.head.dep_ == "relcl":
        head = head.head.head  # "a change that suggests …": the change
    return head.pos_ == "NOUN" and load_things().get(head.lemma_.lower()) == "event"


def thing(phrase: Span | None) -> Kind | None:
    """The kind of thing a speaker's phrase names by its head noun ("the release": event; "an
    internal audit in 2025": record), or None for anyone who can speak. A name in the phrase
    makes it someone ("the Hartley inquiry"), but not the name of its owner: "Vell's admission"
    is an admission, Vell's, that speaks for nobody under another speaker's cue."""
    if phrase is None or not len(phrase):
        return None
    head = phrase.root
    owner = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
    if head.pos_ != "NOUN" or any(t.ent_type_ in _NAMED and t.i not in owner for t in phrase):
        return None
    return load_things().get(head.lemma_.lower())
