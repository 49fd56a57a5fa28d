"""Attribution frames from the dependency parse: who (source) says (cue) what (content).

- verb cues with a clause: "X said (that) …", "…, X said.", "X warned/insisted/denied that …",
  "X told Reuters that …", "X has alleged Iran is supplying …";
- verb cues of denial, allegation or report with a noun phrase: "X denied plans for a deal";
- "according to X, …";
- noun cues with a that-clause: "speculation has mounted that …", "X's claim that …".

A frame's content is a character span; its source is the speaker's noun phrase, or None.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

import numpy as np
from spacy.tokens import Doc, Span, Token

from .._lists import kinded_lists, word_list
from ..actors.gazetteer.load import load_gazetteer
from ..actors.roles import is_institution
from ..claims.proposition import REJECTING
from .cues import CueClass, Cues, load_cues
from .gender import word_gender
from .things import (
    inferred_from,
    load_depicting,
    load_things,
    obtained_by,
    picture_shows,
    thing,
)
from .urged import urged

CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "parataxis"})
NP_CLASSES = frozenset({"deny", "allege", "report", "assert"})
"""Cue classes whose noun-phrase object is content ("denied plans for a deal", "confirmed the
deaths"); the claims stage makes a claim of it only for a denial or an allegation."""
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_SPEAKER_RIGHT_DEPS = frozenset({"compound", "flat", "prep", "pobj", "amod", "nmod"})
_PRECONJ = frozenset({"both", "either", "neither"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_PRONOUN_OBJECTS = frozenset({"it", "this", "that", "so", "them", "him", "her", "what"})


@dataclass
class Frame:
    cue: Span
    cue_class: CueClass
    content: tuple[int, int]
    """Character offsets of what is attributed."""
    speaker: Span | None
    kind: str = "indirect"
    via: list[Span] = field(default_factory=list)
    nested_in: Frame | None = None
    quote: int | None = None
    """Index of the direct quote that is (or holds) the content, if any."""
    source: str | None = None
    """The speaker's actor id, once resolved."""
    via_ids: list[str] = field(default_factory=list)
    also: list[Span] = field(default_factory=list)
    """Further speakers coordinated with ``speaker`` ("Tehran and Riyadh said")."""
    also_sources: list[tuple[str, str]] = field(default_factory=list)
    """(actor id, text) of each further speaker, once resolved."""
    record: str | None = None
    """The id of the contract quote made of this frame, if any."""
    inferred: bool = False
    """The writer's inference from a happening ("the delay suggests …"): nobody speaks."""
    tail: tuple[int, int] | None = None
    """Character offsets of a clause cut off the content's end as no part of it (", as the
    ministry raised the toll"; ", and others tweeted about it"): the outlet's words."""
    described: bool = False
    """The speaker is the head of a subject with a participle after it that the parse broke up
    (:func:`modified_subject`): the words before the cue pick the speaker out, and say nothing."""


def speaker_phrase(tok: Token) -> Span:
    """The noun phrase of a speaker, without a trailing apposition or relative clause:
    "Maria Ortiz, a correspondent, said" → "Maria Ortiz"; "officials in Tokyo said" →
    "officials in Tokyo"."""
    doc = tok.doc
    if (named := _agent_named(tok)) is not None:
        return named
    start = tok.left_edge.i
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ in _SPEAKER_RIGHT_DEPS and child.i == end and not child.is_punct:
            if child.dep_ == "prep" and _when(child):
                break  # "the commander of the coast guard on Friday": a time, not the speaker
            end = child.right_edge.i + 1
        else:
            break
    name = _name_of(tok)
    if name is not None and name.end > end:
        end = name.end  # "the Fire and Rescue Service said": one body, not "the Fire"
    slipped = next(
        (c for c in tok.head.children if c.dep_ in SUBJECT_DEPS and c.left_edge.i == end), None
    )
    if slipped is not None and tok.dep_ in SUBJECT_DEPS and _acting_for(tok, slipped):
        end = slipped.right_edge.i + 1  # "A lawyer for the fisherman Tobin Marsh": one phrase
    while start < end and (
        doc[start].is_punct
        or doc[start].is_space
        or doc[start].dep_ == "preconj"
        or (start < tok.i and doc[start].ent_type_ in ("DATE", "TIME") and tok.pos_ == "PROPN")
    ):  # "On Friday Orsk went …" read as one name: the day is no part of the speaker
        start += 1
    if start + 1 < end and doc[start].lower_ in _PRECONJ and tok.conjuncts:
        start += 1  # "Both Tehran and Riyadh": the conjuncts speak, not "Both"
    return doc[start:end]


_NAMES = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC"})


def _agent_named(tok: Token) -> Span | None:
    """ "A lawyer for Tobin Marsh, Petra Vell, said", "A spokeswoman for the Orvane council,
    Lida Orme, said": the parse hangs the person's name in apposition on the name after "for";
    a name beside a person's or a body's name is not that one's, so it names the lawyer, who
    speaks. Not after a common noun ("a lawyer for the fisherman, Tobin Marsh": the fisherman)."""
    if tok.pos_ != "NOUN" or tok.dep_ not in SUBJECT_DEPS:
        return None
    for prep in tok.rights:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "to"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ != "PROPN" or obj.ent_type_ not in _NAMES:
                continue
            appos = [c for c in obj.rights if c.dep_ == "appos"]
            if len(appos) != 1 or appos[0].ent_type_ != "PERSON" or appos[0].pos_ != "PROPN":
                continue
            name = appos[0]
            doc, after = name.doc, name.right_edge.i + 1
            if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].i == tok.head.i:
                return doc[name.left_edge.i : name.right_edge.i + 1]
    return None


def _name_of(tok: Token) -> Span | None:
    """The named entity (a body, a person, a place) that holds ``tok``, if any."""
    if tok.ent_iob_ == "O" or tok.ent_type_ not in _NAMES:
        return None
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)


def _when(prep: Token) -> bool:
    """A prepositional phrase of time ("on Friday", "in March", "after the meeting" is not)."""
    return any(
        c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in _TIME_WORDS)
        for c in prep.children
    )


_TIME_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight", "morning", "afternoon", "evening", "night", "weekend",
})  # fmt: skip


def co_speakers(tok: Token) -> list[Span]:
    """The other conjuncts of a coordinated speaker ("Tehran and Riyadh denied …": Riyadh)."""
    name = _name_of(tok)
    return [
        speaker_phrase(c)
        for c in tok.conjuncts
        if c.i > tok.i and c.pos_ in _NOMINAL and not (name is not None and c.i < name.end)
    ]


def _content_span(tok: Token, doc: Doc) -> tuple[int, int] | None:
    """The character span of a clause or noun phrase, without its complementiser and edge
    punctuation."""
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    while start < end and (
        (doc[start].dep_ == "mark" and doc[start].lower_ in ("that", "whether"))
        or _complementiser(doc[start], tok)
        or _focusing(doc, start, end)
        or doc[start].is_punct
        or doc[start].is_space
    ):
        start += 1
    start = _after_speech_time(tok, doc, start)
    while end > start and (
        (doc[end - 1].is_punct and doc[end - 1].text not in ("?", "!")) or doc[end - 1].is_space
    ):
        end -= 1
    if end <= start:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _focusing(doc: Doc, start: int, end: int) -> bool:
    """ "said only that it was cooperating": an adverb that limits how much was said
    (``data/focusing.tsv``), right before the clause's "that", is the outlet's word."""
    return (
        start + 1 < end
        and doc[start].lower_ in _focusing_words()
        and doc[start + 1].lower_ == "that"
    )


@cache
def _focusing_words() -> frozenset[str]:
    return word_list(__package__, "focusing.tsv")


def _after_speech_time(clause: Token, doc: Doc, start: int) -> int:
    """Where a reported clause's words begin when a phrase of time stands between the verb of
    saying (or its hearer) and the clause, with no "that" ("X said on Monday it would pay …",
    "told reporters on Tuesday it would strike", "said yesterday the talks had failed"): the
    parse hangs the time on the clause, but it dates the saying, so the words begin at the
    clause's subject. After "that" ("said that on Monday it would …") the time is the clause's
    own and stays."""
    if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX") or start == 0:
        return start
    before = doc[start - 1]
    if (
        before.lower_ == "that"
        or before.is_punct
        or not (
            before.i == clause.head.i
            or (
                before.dep_ in ("dobj", "dative", "pobj")
                and clause.head in before.ancestors
                and clause not in before.ancestors
            )
        )
    ):
        return start  # not right after the verb of saying or its hearer ("told reporters")
    time = next((c for c in clause.children if c.left_edge.i == start), None)
    if time is None or not (
        (time.dep_ == "prep" and _when(time))
        or (time.dep_ == "npadvmod" and time.ent_type_ in ("DATE", "TIME"))
    ):
        return start
    after = time.right_edge.i + 1
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].left_edge.i != after:
        return start  # the clause does not go on at its subject: leave it whole
    return after


def _complementiser(word: Token, clause: Token) -> bool:
    """ "told the paper that staff were searching": a "that" parsed as the determiner of the
    clause's subject, opening a reported clause (a verb's), is its complementiser; so is the
    "that" of a reported clause the parse hung on "for the first time"
    (:func:`_clause_after_first_time`)."""
    if (
        word.lower_ == "that"
        and word.dep_ == "advmod"
        and word.i == clause.left_edge.i
        and word.head.i == clause.i
        and clause.dep_ in ("relcl", "acl")
        and clause.head.lower_ == "time"
    ):
        return True
    if (
        word.lower_ == "that"
        and word.dep_ in ("dobj", "nsubj")
        and word.i == clause.left_edge.i
        and word.head.i == clause.i
        and clause.dep_ == "relcl"
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
            for c in clause.children
        )
    ):
        return True  # "told a news conference that the licence had expired", "that" read as a
        # relative pronoun though the clause has a subject of its own (:func:`_clause_after_
        # addressee`)
    return (
        word.lower_ == "that"
        and word.dep_ == "det"
        and word.i == clause.left_edge.i
        and clause.pos_ in ("VERB", "AUX")
        and word.head.dep_ in ("nsubj", "nsubjpass")
        and word.head.head.i == clause.i
        and word.head.tag_ in ("NNS", "NN")
        and clause.head.pos_ in ("VERB", "AUX")
        and clause.dep_ == "ccomp"
    )


SPEAKERLESS = frozenset({"i", "we", "you", "me", "us"})
"""First and second person: "I think", "as you know" beside a quotation are the words of whoever
is quoted, never the speaker of the quotation."""


CITED_AS = frozenset({"cite", "quote"})
_DOING_BY = frozenset({"by", "after", "to"})
"""Prepositions by which a clause's subject does what a gerund says ("replied by saying")."""


def subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it hangs from (conjoined, participial). Of two
    subjects (a parse slip: "…, Gao Xinyu, on Wednesday, Japan's foreign ministry said") the one
    nearest the verb speaks. A sentence's verb the parse hung as a relative clause on its own
    subject speaks for that subject (:func:`_gapped_relative`)."""
    if (head := _gapped_relative(verb)) is not None:
        return head
    if (speaker := as_subject(verb)) is not None:
        return speaker  # "…, officials said, as a second group said it …": the group
    if (carrier := _carrier_verb(verb)) is not None:
        return subject(carrier)  # "X said in a video posted online that …": X
    found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if found:
        before = [c for c in found if c.i < verb.i]
        if len(before) > 1 and _acting_for(before[-2], before[-1]):
            return _glued(verb, before[-2])
        return _glued(verb, before[-1] if before else found[0])
    if (beyond := _beyond_noun_clause(verb)) is not None:
        return subject(beyond)  # "X declined to comment on a report that inspectors had
        # grounded the ship, saying it would wait": X says it, not the inspectors
    if (beyond := _beyond_relative_report(verb)) is not None:
        return subject(beyond)  # "X declined to comment on accounts by riders who said the
        # lift had stopped, saying …": X says it, not the riders nor the lift
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        outer = _beside_report(verb)
        if outer is not None:
            return subject(outer)  # "X said the quay was safe, rejecting …": X rejects
        # "X met Y and said …", "X began by …, saying …": the subject of the governing verb
        governing = subject(verb.head)
        if governing is None and verb.dep_ == "conj":
            return _shared_passive_subject(verb)
        return governing
    if (first := _first_act(verb)) is not None:
        return subject(first)  # "The navy first blamed smugglers, then admitted …": the navy
    reporter = _detached_reporter(verb)
    if reporter is not None:
        return subject(reporter)
    if (admitter := _admitter_denying(verb)) is not None:
        return subject(admitter)  # "X admitted that a blast took place, after denying it": X
    if (
        verb.dep_ == "pcomp"
        and verb.head.lower_ in _DOING_BY
        and verb.head.head.pos_ == "VERB"
        and verb.head.head.i != verb.i
    ):  # "X responded by saying …", "X moved from denial to saying …": X says it ("stopped
        # short of saying", "without saying" say nothing)
        return subject(verb.head.head)
    if (swallowing := swallowed(verb)) is not None:
        # "declined to comment, saying the inspectors arriving on Monday would …": the
        # subject of the clause the participle follows says it
        return subject(swallowing.head)
    slipped = (
        _slipped_subject(verb)
        or _stranded_subject(verb)
        or _dated_subject(verb)
        or _whose_subject(verb)
    )
    if slipped is not None:
        return slipped
    cited = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "as" else verb
    if cited.lemma_ in CITED_AS and any(
        c.lower_ == "as" and any(g.dep_ == "pcomp" for g in c.children) for c in cited.children
    ):  # "X was cited (quoted) as saying …": X speaks, whoever cites X
        return next((c for c in cited.children if c.dep_ == "nsubjpass"), None)
    return None


@cache
def _admitting() -> frozenset[str]:
    """The claims stage's ``data/admitting.tsv``: verbs with which a party tells the other way
    of its earlier denial ("admit", "concede")."""
    return word_list("whatweknow.stages.claims", "admitting.tsv")


_ADJUNCT_TIME = frozenset({"after", "before"})


def _admitter_denying(verb: Token) -> Token | None:
    """The admitting verb whose subject denies in a gerund set off by a comma after the
    admitted clause ("The company admitted that a blast took place on Nov. 3, after earlier
    denying any blasting", "…, two days after denying it"; the parse hangs "after" on the
    clause admitted): a denying cue (``deny`` of ``data/cues.tsv``) in the clause of "after"
    or "before" on the content of an admitting verb (negated too: "did not admit that P, after
    denying Q"), a comma before "after" with no verb between. The admitter is its own denial's
    speaker, not the thing its clause tells of. None otherwise."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in _ADJUNCT_TIME or verb.tag_ != "VBG":
        return None
    if load_cues().verb(verb.lemma_.lower()) != "deny":
        return None
    clause = prep.head
    admitting = clause.head
    if clause.dep_ != "ccomp" or admitting.lemma_.lower() not in _admitting():
        return None
    if admitting.pos_ not in ("VERB", "AUX"):
        return None
    doc = verb.doc
    between = []
    for t in reversed(doc[clause.sent.start : prep.i]):
        if t.text == ",":
            break
        between.append(t)
    else:
        return None
    if len(between) > 3 or any(t.pos_ in ("VERB", "AUX") for t in between):
        return None
    return admitting


@cache
def load_answering() -> frozenset[str]:
    """``data/answering.tsv``: verbs that take someone's words as their object ("reject")."""
    return word_list(__package__, "answering.tsv")


_OBJECTS = frozenset(
    {"dobj", "ccomp", "xcomp", "parataxis", "attr", "acomp", "oprd", "dative", "nsubjpass"}
)


def _answered(clause: Token) -> bool:
    """Whether a "that" clause on a noun of speech is a relative clause whose object is that
    noun ("comments that the ministry quickly rejected", the parse may take "comments" for a
    verb): its verb takes words as its object (``data/answering.tsv``), has a subject, and has
    no object of its own. What the clause says of the words is no part of them."""
    return (
        clause.pos_ == "VERB"
        and clause.lemma_.lower() in load_answering()
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
        and any(c.dep_ == "nsubj" for c in clause.children)
        and not any(c.dep_ in _OBJECTS or c.dep_ == "auxpass" for c in clause.children)
    )


def _carrier_verb(verb: Token) -> Token | None:
    """The verb a participle's message is carried by ("The group said in a video posted online
    that it held them": "posted" describes the video, and the parse hangs the "that" clause on
    it): a past participle with no agent and no subject, on the object of "in" or "through"
    of a verb before it. That verb, whose subject says the clause; None otherwise."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.dep_ != "pobj":
        return None
    if any(c.dep_ in ("agent", *SUBJECT_DEPS, "nsubjpass") for c in verb.children):
        return None
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in _CARRIED_IN:
        return None
    outer = prep.head
    return outer if outer.pos_ in ("VERB", "AUX") and outer.i < noun.i else None


def as_subject(verb: Token) -> Token | None:
    """The subject of a verb in a clause opened by "as" that the parse broke up ("Two were
    freed, officials said, as a second armed group said it was behind the raid": "as" taken
    for a preposition, "a second armed group" for its object, and "said" for a clause of the
    first "said" with no subject, or with a participle before the "as" for its subject:
    "…, leaving three held, as a group said …"): the noun right before the verb, the object
    of an "as" right before the noun's phrase, when the verb has no subject of its own. None
    for any other parse."""
    if verb.i == 0 or verb.pos_ not in ("VERB", "AUX"):
        return None
    noun = verb.doc[verb.i - 1]
    while noun.dep_ == "compound" and noun.head.i == noun.i + 1:
        noun = noun.head
    if noun.i != verb.i - 1 or noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    prep = noun.head
    if prep.lower_ != "as" or prep.dep_ != "prep" or prep.i != noun.left_edge.i - 1:
        return None
    if any(
        c.dep_ == "nsubj" or (c.dep_ == "csubj" and (c.tag_ != "VBG" or c.i > prep.i))
        for c in verb.children
    ):
        return None  # a subject of its own
    return noun


@cache
def load_sequencing() -> frozenset[str]:
    """``data/sequencing.tsv``: the adverbs opening the second of two acts of one subject."""
    return word_list(__package__, "sequencing.tsv")


def _first_act(verb: Token) -> Token | None:
    """The first of two acts of one subject that the parse hung as a clause of the second
    ("The navy first blamed smugglers, then admitted that …": "blamed" a ``ccomp`` of
    "admitted", which has no subject): a clause before the verb with a subject of its own,
    followed by nothing but a comma, a conjunction and an adverb of sequence
    (``data/sequencing.tsv``) up to the verb; or the verb the parse hung it on as a bare
    ``dep`` after such words. None otherwise."""
    doc = verb.doc
    head = verb.head
    if verb.dep_ == "dep" and head.i < verb.i and head.pos_ in ("VERB", "AUX"):
        # "The army first blamed the Front, then admitted …", "admitted" hung on "blamed"
        words = []
        for t in reversed(doc[head.i + 1 : verb.left_edge.i]):
            if not (t.is_punct or t.pos_ == "CCONJ" or t.lower_ in load_sequencing()):
                break
            words.append(t)
        if (
            any(t.lower_ in load_sequencing() for t in words)
            and any(t.text == "," for t in words)
            and any(c.dep_ in SUBJECT_DEPS and c.i < head.i for c in head.children)
        ):
            return head
    for clause in verb.lefts:
        if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ in SUBJECT_DEPS and c.i < clause.i for c in clause.children):
            continue
        between = doc[clause.right_edge.i + 1 : verb.i]
        if not any(t.lower_ in load_sequencing() for t in between):
            continue
        if all(t.is_punct or t.pos_ == "CCONJ" or t.lower_ in load_sequencing() for t in between):
            return clause
    return None


_DETACHED_TIMING = frozenset({"after", "before"})
"""Prepositions of a time adjunct set off by a comma after a reported clause ("…, a day after
insisting that …")."""


def _detached_reporter(verb: Token) -> Token | None:
    """ "The board admitted that a contractor had entered the station, a day after insisting
    that no pumps had been touched": the participle of a time adjunct set off by a comma at
    the end of a reported clause says what the reporter of that clause said, not what the
    clause's own subject did (the parse hangs the adjunct on the reported verb). The verb
    whose complement holds the adjunct (through complements and their conjuncts), or None
    where the adjunct hangs from a verb that is no one's complement."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in _DETACHED_TIMING or prep.dep_ != "prep":
        return None
    first = prep.left_edge.i
    if first == 0 or prep.doc[first - 1].text != ",":
        return None
    if not any(c.dep_ == "npadvmod" and c.i < prep.i for c in prep.children):
        return None  # "…, after telling neighbours that …" with no span of time may be the
        # clause's own subject's doing ("said the man had fled, after telling …"): unsure
    node = prep.head
    if node.pos_ not in ("VERB", "AUX") or node.dep_ != "ccomp":
        return None
    while node.dep_ in ("ccomp", "conj") and node.head.pos_ in ("VERB", "AUX"):
        node = node.head
    return node if node.i != prep.head.i else None


def _beyond_noun_clause(verb: Token) -> Token | None:
    """ "The ferry line declined to comment on a report that inspectors had grounded the ship,
    saying it would wait": a participle after a comma that the parse hangs on the verb of a
    noun's "that" clause (what a report, a claim, says) belongs beside the verb whose object
    that noun is, never to the clause's own subject, who is only reported. That verb (the
    noun its direct object, or the object of a preposition on it), else None."""
    clause = verb.head
    if (
        verb.dep_ != "advcl"
        or not _participle_after_comma(verb)
        or clause.dep_ != "acl"
        or clause.i > verb.i
        or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    ):
        return None
    noun = clause.head
    if noun.dep_ == "dobj":
        outer = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "agent"):
        outer = noun.head.head  # "accounts by riders who …" ("by" may parse as an agent)
    else:
        return None
    return outer if outer.pos_ in ("VERB", "AUX") and outer.i < noun.i else None


def _beyond_relative_report(verb: Token) -> Token | None:
    """ "The firm declined to comment on accounts by riders who said the lift had stopped,
    saying it would not speculate": a participle of saying after a comma that the parse hangs
    on the words a relative clause reports (a verb of saying whose subject is "who" or
    "that", on a noun) belongs beside the verb that noun hangs from (its object, or the object
    of a preposition on it), never to the relative clause's speaker, who is only reported,
    nor to the subject of the words reported. That verb, else None."""
    if (
        verb.dep_ != "advcl"
        or not _participle_after_comma(verb)
        or load_cues().verb(verb.lemma_.lower()) is None
    ):
        return None
    clause = verb.head
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head
    report = clause.head
    if (
        clause.dep_ != "ccomp"
        or report.dep_ != "relcl"
        or report.i > verb.i
        or load_cues().verb(report.lemma_.lower()) is None
    ):
        return None
    noun = report.head
    if noun.dep_ == "dobj":
        outer = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "agent"):
        outer = noun.head.head  # "accounts by riders who …" ("by" may parse as an agent)
    else:
        return None
    return outer if outer.pos_ in ("VERB", "AUX") and outer.i < noun.i else None


def _participle_after_comma(tok: Token) -> bool:
    """Whether ``tok`` is an "-ing" participle set right after a comma (", rejecting …",
    ", saying …")."""
    return tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _beside_report(verb: Token) -> Token | None:
    """ "The harbour master said the quay was safe, rejecting an engineer's warning": a
    participle after a comma that the parse hangs on the reported clause ("was safe") belongs
    beside the verb that reports it, when that clause's subject is a thing that does nothing
    of the kind ("the quay", "her condition": no person, no body, no name, no pronoun); the
    reporting verb, else None."""
    clause = verb.head
    if (
        verb.dep_ != "advcl"
        or not _participle_after_comma(verb)
        or clause.dep_ != "ccomp"
        or clause.i > verb.i
        or clause.head.pos_ != "VERB"
        or clause.head.i > clause.i
        or not any(c.dep_ in SUBJECT_DEPS for c in clause.head.children)
    ):
        return None
    inner = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(inner) != 1 or inner[0].pos_ != "NOUN" or inner[0].tag_ != "NN":
        return None
    noun = inner[0].lemma_.lower()
    if is_institution(noun) or load_gazetteer().role(noun) is not None or word_gender(noun):
        return None
    if inner[0].ent_type_ or any(c.dep_ in ("appos", "relcl") for c in inner[0].children):
        return None
    return clause.head


def swallowed(cue: Token) -> Token | None:
    """ "X declined to comment, saying the inspectors arriving on Monday would look at it": a
    participle whose clause has a participle in its subject ("the inspectors arriving …") is
    parsed as the subject of the clause's own verb ("would look"), its clause cut short after
    the participle. The verb that took the cue for its subject, when the cue follows a comma
    after a clause whose verb that verb hangs from, has no other subject, and the cue's clause
    lies between the two; None for any other parse."""
    verb = cue.head
    if (
        cue.dep_ != "csubj"
        or not _participle_after_comma(cue)
        or verb.i <= cue.i
        or verb.pos_ not in ("VERB", "AUX")
        or verb.dep_ not in ("advcl", "conj", "ccomp")
        or verb.head.pos_ not in ("VERB", "AUX")
        or verb.head.i >= cue.i
        or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    ):
        return None
    clause = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    if clause is None or clause.right_edge.i >= verb.i or cue.right_edge.i >= verb.i:
        return None
    return verb


_VERBS_OWN = frozenset({*SUBJECT_DEPS, "aux", "dobj", "ccomp", "xcomp"})


def noun_tagged_verb(tok: Token) -> bool:
    """Whether a subject tagged as a finite verb is a plural noun the tagger misread ("told the
    paper that nurses in small wards say …": "nurses" a verb in "-s"): a verb in the present's
    third person is never a subject, and this one has no subject, auxiliary or object of its
    own."""
    return (
        tok.dep_ == "nsubj"
        and tok.tag_ == "VBZ"
        and tok.is_lower
        and not any(c.dep_ in _VERBS_OWN for c in tok.children)
    )


def _acting_for(head: Token, slipped: Token) -> bool:
    """ "A lawyer for the fisherman Tobin Marsh said": the parse ends the phrase after "for" at
    "fisherman" and reads the name after it as a second subject of the verb. The name lies in
    the phrase of the noun before it (whom the lawyer acts for); that noun speaks. So when the
    earlier subject has a prepositional phrase or participle after it and the later subject
    follows on with no punctuation between."""
    if head.pos_ != "NOUN" or not any(c.dep_ in ("prep", "acl") for c in head.rights):
        return False
    words = head.doc[head.i : slipped.left_edge.i]
    return slipped.left_edge.i == head.right_edge.i + 1 and not any(
        t.is_punct or t.is_space for t in words
    )


_PARTICIPLES = frozenset({"VBG", "VBN"})


_NOUN_RUN = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def modified_subject(verb: Token, parsed: Token | None) -> Token | None:
    """The head of a subject with a participle after it, which the parse broke up ("A volunteer
    group helping families find relatives after the flood says …": "flood" taken for the cue's
    subject; "A miners' union supporting survivors of the flood says …"): the noun phrase that
    opens the sentence, when a participle follows it right away, no punctuation (but the
    possessive's apostrophe) comes before the finite cue, and the cue's ``parsed`` subject is
    missing, a verb, or a word after the participle. None for any other sentence: the parsed
    subject stands ("Doctors treating the wounded say …")."""
    doc, sent = verb.doc, verb.sent
    if verb.tag_ not in ("VBZ", "VBD", "VBP"):
        return None
    before = doc[sent.start : verb.i]
    if not len(before) or any((t.is_punct and t.tag_ != "POS") or t.is_space for t in before):
        return None
    run = sent.start
    while run < verb.i and (doc[run].pos_ in _NOUN_RUN or doc[run].tag_ == "POS"):
        run += 1
    if run == sent.start or run >= verb.i or doc[run].tag_ not in _PARTICIPLES:
        return None
    head = doc[run - 1]
    if head.pos_ not in ("NOUN", "PROPN") or doc[run].lower_ == "said":
        return None
    if head.lemma_.lower() in load_things() or verb.lemma_.lower() in load_depicting():
        return None  # "A video posted online after 7 a.m. showed …": a thing shown, the outlet's
    if parsed is not None and parsed.pos_ in _NOMINAL and parsed.i < run:
        return None  # the parse found the subject before the participle: it stands
    return head


def _dated_subject(verb: Token) -> Token | None:
    """ "On Friday Orsk went further, saying …": the parse reads "Friday Orsk" as one name, the
    object of "On", and leaves the verb with no subject; the name after the day (a person's or
    a body's, right before the verb) is the subject."""
    for prep in verb.lefts:
        if prep.dep_ != "prep":
            continue
        name = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if name is None or name.pos_ != "PROPN" or name.right_edge.i + 1 != verb.i:
            continue
        dated = any(
            c.dep_ == "compound" and c.i < name.i and c.ent_type_ in ("DATE", "TIME")
            for c in name.children
        )
        if dated and name.ent_type_ not in ("DATE", "TIME"):
            return name
    return None


def _shared_passive_subject(verb: Token) -> Token | None:
    """ "Dos said the mayor had been moved by the ruins and had told staff that …": a verb
    conjoined to a passive one, with no subject of its own, shares the passive verb's subject
    (the mayor told staff); None where the first verb is no passive with one subject before
    it."""
    head = verb.head
    if not any(c.dep_ == "auxpass" for c in head.children):
        return None
    passive = [c for c in head.children if c.dep_ == "nsubjpass" and c.i < head.i]
    if len(passive) != 1 or passive[0].pos_ not in _NOMINAL:
        return None
    return passive[0]


def _glued(verb: Token, subj: Token) -> Token:
    """ "Speaking on the network Alnour, Omar Haddad, a minister, reported": the parser takes
    the network's name, glued to the opening participle, for the subject and the speaker for
    its apposition; the apposition speaks."""
    opening = _opening(verb)
    if opening is None or subj.i != opening.right_edge.i + 1 or subj.pos_ != "PROPN":
        return subj
    named = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return named if named is not None else subj


def _opening(verb: Token) -> Token | None:
    """The participle opening the verb's sentence ("Speaking on …, X said"), if any."""
    opening = next((c for c in verb.lefts if c.dep_ == "advcl" and c.tag_ == "VBG"), None)
    return opening if opening is not None and opening.i == opening.left_edge.i else None


def _whose_subject(verb: Token) -> Token | None:
    """ "Rosa Feld, whose brother Anton Kral died on Monday, said …": the parse takes the
    "whose" clause's verb for the report's clause, with the name as its subject; the name that
    opens the sentence, set off by commas around its "whose" clause, is the speaker."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i > verb.i:
            continue
        names = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        if len(names) != 1:
            continue
        name = names[0]
        after = doc[name.i + 1 : name.i + 3]
        if (
            len(after) == 2
            and after[0].text == ","
            and after[1].lower_ == "whose"
            and name.left_edge.i == name.sent.start
        ):
            return name
    return None


def _slipped_subject(verb: Token) -> Token | None:
    """ "Speaking on network A, Jane Roe, a minister, reported …": the parser hangs the name
    as a conjunct of A inside the opening participle, with no "and" or "or" to join them; the
    name is the subject of the verb that has none."""
    opening = _opening(verb)
    if opening is None:
        return None
    for tok in reversed(list(opening.subtree)):
        if tok.dep_ == "conj" and tok.pos_ == "PROPN":
            joined = any(c.dep_ == "cc" for c in tok.head.children) or any(
                t.dep_ == "cc" for t in tok.doc[tok.head.i : tok.i]
            )
            return None if joined else tok
    return None


def governs(cue: Token, tok: Token, quoted: frozenset[int] = frozenset()) -> bool:
    """Whether ``tok`` hangs from ``cue`` with no clause of another subject between ("X denied
    it, and Y called them …": "called" has a subject of its own); a clause inside the quotation
    (token indices ``quoted``: "X claimed that … but that “nobody will admit it”") does not
    count as another's."""
    node = tok
    while node.head.i != node.i:
        if node.head.i == cue.i:
            own = node.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in node.children)
            return not own or node.i in quoted
        node = node.head
    return False


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


_AFTER_CUE = frozenset({"ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ", "ADV", "PART", "PUNCT"})


def _trailing(cue: Token) -> tuple[tuple[int, int], Span] | None:
    """ "<clause>, <noun phrase> said (on Tuesday)." when the parse hangs the cue nowhere useful
    (the clause's subject taken for the cue's, or the cue a ``parataxis`` of the clause): the
    words before the comma are the content when they hold a finite verb and no quotation mark
    (quotations are the quote finder's), the noun phrase between the comma and the cue (no verb
    in it; with the phrase before it when the two are in apposition: "…, Declan Rourke, chief of
    the fire service, told reporters") speaks, and
    nothing but a time or place phrase follows the cue up to its sentence's end or next comma."""
    doc, sent = cue.doc, cue.sent
    if _says_its_own(cue):
        return None  # "…, the coastguard says two": an item of a list, with words of its own
    for tok in doc[cue.i + 1 : sent.end]:
        if tok.text == "," or tok.is_sent_end:
            break
        if tok.pos_ not in _AFTER_CUE:
            return None
    commas = [t.i for t in doc[sent.start : cue.i] if t.text == ","]
    if not commas:
        return None
    segments = [
        (c, doc[c + 1 : nxt])
        for c, nxt in zip(commas, [*commas[1:], cue.i], strict=True)
        if nxt > c + 1
    ]
    if not segments:
        return None
    comma, words = segments[-1]
    if not _speaker_words(words) and not _described_speaker(words):
        return None  # "…, but X learned", "…, who joked": no speaker of a report
    if (
        len(segments) > 1
        and words.end < cue.i
        and _speaker_words(segments[-2][1])
        and _apposed(segments[-2][1], words)
    ):  # "…, Declan Rourke, chief of the fire service, told reporters"; with no comma to close
        # the last phrase ("…, Oleg Varn, the foreign ministry said") it is the subject alone
        comma = segments[-2][0]
    head = [t for t in doc[sent.start : comma] if not t.is_space]
    if not _a_clause(head):
        return None
    first = next(t for t in head if not t.is_punct)
    who = doc[comma + 1 : cue.i]
    while len(who) and (who[0].is_punct or who[0].is_space):
        who = who[1:]  # '…,” the chair, Ana Vell, said': the closing mark is no word of hers
    while len(who) and (who[-1].is_punct or who[-1].is_space):
        who = who[:-1]
    return (first.idx, doc[comma - 1].idx + len(doc[comma - 1])), who


def _says_its_own(cue: Token) -> bool:
    """Whether a cue has words of its own after it, a clause or a count ("the coastguard says
    two", "officials say 90 tonnes"): then a clause the parse hangs on it from before ("The
    tallies differ: Sella Aid says six boats sank, the coastguard says two") is no part of
    what it says. The items of a list of rival reports each have their own speaker, and the
    words before the list's colon are the outlet's."""
    doc = cue.doc
    for c in cue.rights:
        if any(t.is_punct for t in doc[cue.i + 1 : c.left_edge.i + 1]):
            continue  # "…, its director said, days after a spokeswoman denied …": an adjunct
        if c.dep_ == "ccomp":
            return True
        if c.dep_ == "dobj" and (c.tag_ == "CD" or any(n.dep_ == "nummod" for n in c.children)):
            return True
    return False


def _before_coordinated_report(clause: Token, cues: Cues) -> int:
    """Where a reported clause ends when a report of someone else's is coordinated with it
    ("a patients' group said the cheese was imported and a dairy firm denied that it had
    supplied …", the parse hanging "denied" on "imported"): a conjunct that is a cue with a
    subject and a complement of its own, and no "that" to make it part of the first report,
    is its own speaker's words, never the first speaker's; the clause ends before its
    conjunction. Else the end of the document (no cut)."""
    doc = clause.doc
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.i < clause.i or cues.verb(conj.lemma_) is None:
            continue
        kids = list(conj.children)
        if any(c.dep_ == "mark" for c in kids):
            continue  # "said the cheese was imported and that the firm denied …": all hers
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < conj.i for c in kids):
            continue  # "said the man was held and denied the charge": one subject, one report
        if not any(c.dep_ in ("ccomp", "dobj") and c.i > conj.i for c in kids):
            continue
        end = conj.left_edge.i - 1
        while end > clause.i and (doc[end].is_punct or doc[end].pos_ == "CCONJ"):
            end -= 1
        if end < clause.i:
            continue
        return int(doc[end].idx + len(doc[end]))
    return _text_end(doc)


def _own_object(cue: Token, klass: CueClass) -> bool:
    """Whether a cue whose noun-phrase object is content (``NP_CLASSES``) has such an object of
    its own ("the agency has admitted a failing"): a clause before it is then no report of its
    ("Six days on, the driver has been charged, the agency has admitted a failing, and …": the
    outlet's summary, a conjunct of which tells what the agency admitted)."""
    return klass in NP_CLASSES and any(
        c.dep_ == "dobj"
        and c.pos_ in ("NOUN", "PROPN")
        and c.i > cue.i
        and c.lower_ not in _PRONOUN_OBJECTS
        for c in cue.children
    )


def _text_end(doc: Doc) -> int:
    """The length of the document's text, read from its last token: ``len(doc.text)`` joins
    every token's text, once per call, which a call per frame made quadratic in a long text."""
    return int(doc[-1].idx + len(doc[-1].text_with_ws)) if len(doc) else 0


def _parenthetical(cue: Token) -> tuple[tuple[int, int], Span] | None:
    """ "<adverbial>, <noun phrase> said, <clause>." : a cue between two commas that the parse
    hangs as a ``parataxis`` on the main verb after it, with only its subject (a noun phrase)
    and a time phrase of its own: the clause after the second comma is the content, and the
    noun phrase speaks. Only after a short opening with no verb ("Within seconds", "By noon"),
    which the content leaves out; an opening clause ("If the pumps fail, he said, …") may be a
    condition on what is said, and then nothing is taken (the sentence stays as it was)."""
    doc = cue.doc
    main = cue.head
    if cue.dep_ != "parataxis" or main.i <= cue.i or main.pos_ not in ("VERB", "AUX"):
        return None
    left, right = cue.left_edge.i, cue.right_edge.i
    if doc[left].text == ",":
        left += 1  # the opening comma hung on the cue
    if doc[right].text == ",":
        right -= 1  # and the closing one
    if left == 0 or doc[left - 1].text != "," or right + 1 >= len(doc):
        return None
    if doc[right + 1].text != ",":
        return None
    who = doc[left : cue.i]
    rest = doc[cue.i + 1 : right + 1]
    if not len(who) or not _speaker_words(who):
        return None
    if any(t.pos_ not in _AFTER_CUE for t in rest):
        return None  # "he said in a statement that was …": more than a time or a place
    opening = doc[main.sent.start : left - 1]
    if not len(opening) or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in opening):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > right for c in main.children):
        return None  # "His plan, he stated, was …": the opening is the clause's subject
    if any(t.text in QUOTE_MARKS for t in doc[left : main.sent.end]):
        return None  # quotations are the quote finder's
    first = doc[right + 2] if right + 2 < len(doc) else None
    if first is None or first.i > main.i:
        return None
    last = main.sent[-1]
    while last.i > first.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    if last.i < main.i:
        return None
    return (first.idx, last.idx + len(last)), who


def _speaker_words(words: Span) -> bool:
    """A noun phrase with no verb or relative pronoun in it, not opened by a conjunction or a
    preposition."""
    return (
        not any(t.pos_ in ("VERB", "AUX") or t.tag_ in ("WP", "WDT") for t in words)
        and any(t.pos_ in _NOMINAL for t in words)
        and words[0].pos_ not in ("CCONJ", "SCONJ", "ADP")
    )


def _described_speaker(words: Span) -> bool:
    """A noun phrase with a "who" clause of its own ("a lawyer who represents several
    detainees", between a comma and the cue "told"): one speaker whom the clause describes, as
    the parse may hang the cue on that clause ("detainees told"). The words before "who" are
    a noun phrase (:func:`_speaker_words`, no name: a name needs no description to speak) and
    the clause holds no comma, no quotation mark and no other relative pronoun."""
    who = [t for t in words if t.lower_ == "who" and t.tag_ == "WP"]
    if len(who) != 1 or who[0].i == words.start:
        return False
    before = words.doc[words.start : who[0].i]
    after = words.doc[who[0].i + 1 : words.end]
    return (
        _speaker_words(before)
        and before.root.pos_ == "NOUN"
        and not any(t.is_punct or t.tag_ in ("WP", "WDT") for t in after)
        and any(t.pos_ == "VERB" for t in after)
    )


def _apposed(a: Span, b: Span) -> bool:
    """Whether one of two neighbouring phrases is in apposition to the other (by the parse)."""
    return any(t.dep_ == "appos" and (t.head in a or t.head in b) for t in (*a, *b)) and any(
        t.dep_ == "appos" and (t in a) != (t.head in a) for t in (*a, *b)
    )


_NO_SPEAKER = frozenset({"DATE", "TIME", "MONEY"})
"""Entity types that never speak (a parse that takes "7 a.m." for the subject of "showed");
"74 percent of voters said" speaks."""


def _split_clause_end(clause: Token, after: list[Token], end: int, cues: Cues | None = None) -> int:
    """Where a clause the parser cut in two ends: "said 95 people detained during the protests
    had been released": two ``ccomp`` of "said", the second starting right where the first ends
    (no comma, no conjunction between), are one clause, whose end is the second's. Cutting there
    would turn "released" into "detained"."""
    doc = clause.doc
    last = clause
    for nxt in after:
        if nxt.i <= last.i:
            continue
        if cues is not None and _timed_report(nxt, cues):
            break  # "said she was shocked, a day after the Tribune reported that …"
        if nxt.left_edge.i != last.right_edge.i + 1:
            break
        last = nxt
    if last is clause:
        return end
    tail = last.right_edge
    while tail.i > last.i and (tail.is_punct or tail.is_space):
        tail = doc[tail.i - 1]
    return max(end, tail.idx + len(tail))


QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’", "'", "«", "»"})


def _inside(tok: Token | None, span: tuple[int, int]) -> bool:
    return tok is not None and span[0] <= tok.idx < span[1]


def _a_clause(words: list[Token]) -> bool:
    """Whether words read as a statement: no quotation mark, not opening with a preposition, a
    verb or a subordinator ("In a statement released on Monday", "Asked about the deal"), and a
    verb after some noun or pronoun."""
    if not words or any(t.text in QUOTE_MARKS for t in words):
        return False
    opening = [t for t in words if not t.is_punct][:2]
    if not opening or opening[0].pos_ in ("VERB", "AUX", "CCONJ", "PART"):
        return False
    if any(t.pos_ in ("ADP", "SCONJ") for t in opening):
        return False  # "In a statement …", "Even if …": no main clause opens so
    seen_noun = False
    for t in words:
        if t.pos_ in _NOMINAL:
            seen_noun = True
        elif t.pos_ in ("VERB", "AUX") and seen_noun:
            return True
    return False


_PREDICATES = frozenset({"advcl", "oprd", "ccomp", "xcomp", "acomp"})
"""How the parse hangs the predicate of a verb's object ("found four alive")."""


def _object_predicate(clause: Token) -> bool:
    """Whether a clause the parse hangs on a cue is an object with its predicate, no reported
    clause ("Rescuers found two walkers alive", "declared the vote void"): an adjective with
    a subject of its own, no verb, no "that" and no copula. What the cue's subject did, not
    words it reports: its subject is nobody's cited source."""
    return (
        clause.pos_ == "ADJ"
        and any(c.dep_ in SUBJECT_DEPS and c.i < clause.i for c in clause.children)
        and not any(
            c.dep_ in ("mark", "aux", "auxpass", "cop") or c.pos_ in ("VERB", "AUX")
            for c in clause.children
            if c.i < clause.i
        )
    )


def verb_frames(doc: Doc, cues: Cues) -> list[Frame]:
    out = []
    describing: list[range] = []  # the words of a subject with a participle ("A group helping
    # families find relatives says …"): what they tell picks the speaker out; nobody says it
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or (klass := cues.verb(tok.lemma_)) is None:
            continue
        if any(c.dep_ == "mark" and c.lower_ == "than" for c in tok.children):
            continue  # "left hours later than the operator had announced": a comparison, and
            # the sentence around it the outlet's
        clauses = [
            c
            for c in tok.children
            if c.dep_ in ("ccomp", "parataxis")
            and not (c.i < tok.i and any(t.text == ";" for t in doc[c.right_edge.i : tok.i]))
            and not (c.i > tok.i and _timed_report(c, cues))
            and not (c.i < tok.i and _says_its_own(tok))
            and not (c.i < tok.i and _own_object(tok, klass))
            and not (c.i > tok.i and as_subject(c) is not None)
            and not (c.i > tok.i and _object_predicate(c))
        ]  # "X blamed Y; Y has blamed Z": a clause before a semicolon is no one's words; nor
        # is a time adjunct after the cue that reports on its own ("P, its director said, days
        # after a spokeswoman denied that Q", "denied" hung on "said"): the spokeswoman's
        after = [c for c in clauses if c.i > tok.i]
        # "…were on patrol; an admiral said there had been ten": of two clauses, the one after
        # the cue is what it says (the one before is another speaker's, hung here by the parse)
        clause = after[0] if len(clauses) > 1 and after else next(iter(clauses), None)
        if clause is None:
            clause = _clause_after_intermediary(tok)  # "told X through a relative that P"
        if clause is None:
            clause = _clause_after_addressee(tok)  # "told a news conference that Menk had …"
        if clause is None:
            clause = _clause_after_first_time(tok)  # "said for the first time that …"
        if clause is None and klass in ("allege", "deny", "speculate", "believe"):
            clause = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ == "xcomp"
                    and c.pos_ == "VERB"
                    and not (klass == "believe" and tok.lemma_ == "expect")
                    and not (
                        klass == "believe"
                        and c.tag_ == "VBG"
                        and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
                    )  # "considering sending", not "believed to be missing"
                ),
                None,
            )  # "was considering sending a team": a plan weighed, whose gerund states nothing
            # alone; the clause that tells of the weighing is the statement
        if clause is not None and clause.i > tok.i and _answered(clause):
            continue  # "…, comments that the ministry quickly rejected" with "comments" taken
            # for a verb: the comments' relative clause, nobody's words (nor is "rejected"
            # with its object gone what any cue verb says)
        if clause is not None and (_interrogative(clause) or _asks(clause, tok)):
            continue  # "might reveal whether the engine failed": a question, nobody's statement
        if _interrogative(tok):
            continue  # "declined to comment on whether he still believed the crew erred": what
            # is asked about, nobody's statement
        if _free_relative(tok):
            continue  # "faces questions over what ministers said": the words named, not told
        if _contact_relative(tok):
            continue  # "the fighters the army said it had killed were …": the clause picks the
            # fighters out; what the army said is no clause of its own ("it had killed")
        if _restricting(tok):
            continue  # "The chief who blamed the crew was suspended": the sentence tells of the
            # chief; the blame, told to pick the chief out, is no statement of the sentence's
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if (tok.dep_ == "xcomp" or (tok.dep_ == "ccomp" and infinitive)) and (
            tok.head.lemma_ in DECLINING | WANTING
        ):
            continue  # "declined to say how many …", "wanted Tarsova to acknowledge that …":
            # nothing said (yet), by anyone
        if infinitive and _evaluated(tok):
            continue  # "it was unusual for a band to deny a raid": what is rare or common to
            # say, a judgement of the kind; nobody denies (or says) anything
        if (
            tok.dep_ in ("ccomp", "xcomp")
            and tok.tag_ == "VB"
            and tok.head.lemma_.lower() in load_causing()
        ):
            continue  # "built to let each agency assume another would act": what someone is
            # let think or say, nothing said
        target = clause
        label = _labelled(tok, clause)
        if label is not None:  # "showing the message “payments paused”": the object's words
            target = label
        trailing = _trailing(tok) if klass in ("neutral", "assert", "report") else None
        if trailing is None and target is None and klass in ("neutral", "assert", "report"):
            trailing = _parenthetical(tok)  # "Within seconds, he said, the deck cracked"
        parsed = subject(tok)
        if (joins := lifted(tok, cues)) is not None:
            parsed = subject(joins)  # "X denied that P, and accused Y": X accuses
        modified = (
            modified_subject(tok, parsed) if target is not None and target.i > tok.i else None
        )
        if modified is not None:
            parsed = modified
            trailing = None
            describing.append(range(doc[tok.sent.start].i, tok.i))
        if trailing is not None and (
            target is None or parsed is None or _inside(parsed, trailing[0])
        ):
            # no clause found, or the cue's parsed subject lies in the clause before the comma
            # ("…, injuring at least nine people, the head of the company said")
            out.append(Frame(doc[tok.i : tok.i + 1], klass, trailing[0], trailing[1]))
            continue
        charge = None
        told = None
        described = tok.lemma_.lower() in DESCRIBING
        counted = klass == "neutral" and any(  # "It had said four trucks": the count is its
            c.dep_ == "dobj" and c.pos_ == "NOUN" and any(n.dep_ == "nummod" for n in c.children)
            for c in tok.rights
        )  # figure; a bare number ("says two") is too little to show
        if target is None and (klass in NP_CLASSES or described or counted):
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None and described and not _characterised(obj):
                obj = None  # "described the scene": no characterisation of anything
            if obj is not None and tok.lemma_ in CONTESTING and not _said_noun(obj, cues):
                obj = None  # "have disputed a stretch of the border": no one's words contested
            if obj is not None and any(
                c.pos_ == "ADJ" and c.dep_ in _PREDICATES and c.i > obj.i for c in tok.children
            ):
                obj = None  # "found four of the crew alive": the object with its predicate,
                # what the subject did; no words of anyone's
            if obj is not None and cue_negation(tok):
                obj = None  # "did not accuse the mayor of fraud", "stopped denying the reports":
                # nobody charges or denies it; the sentence is the outlet's
            if obj is not None and obj.lower_ not in _PRONOUN_OBJECTS and obj.pos_ != "PRON":
                target = obj
                charge = _charge(tok, obj) if klass == "allege" else None
        misread = None
        if target is None:
            target = clause_read_as_object(tok)
        if target is None and (misread := that_read_as_determiner(tok)) is not None:
            target = misread[0]
        if target is None:
            continue
        content = _content_span(target, doc) if misread is None else misread[1]
        if content is None:
            continue
        if target is not clause and (called := _called_as_of_object(target)) is not None:
            content = _content_span_before(target, called, doc) or content  # "called the
            # report that P “false”": the report that P, without the caller's word for it
        if charge is not None:  # "accused the coast guard of waiting four hours"
            content = (content[0], charge.right_edge.idx + len(charge.right_edge))
        if target is clause and clause is not None and (swallowing := swallowed(tok)):
            content = (content[0], max(content[1], _end_of(swallowing)))
        elif target is clause and clause is not None:
            content = (content[0], _split_clause_end(clause, after, content[1], cues))
            cut, tail = _narrated_tail(
                clause, cues, trailing=clause.i < tok.i, lost_main=_relative_of_root(tok)
            )
            if cut < content[1]:
                content = (content[0], cut)
                told = tail
            adjunct = _main_adjunct(tok, clause, klass)
            if adjunct < content[1]:
                content = (content[0], adjunct)
        if target is clause and clause is not None:
            content = (content[0], min(content[1], _before_coordinated_report(clause, cues)))
        if label is not None and clause is not None and (words := _content_span(clause, doc)):
            content = (content[0], max(content[1], words[1]))
        if content[0] <= tok.idx < content[1] and target.i > tok.i:
            # "…, which analysts said could mean …": the clause starts after its cue
            content = (doc[tok.i + 1].idx, content[1])
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        who = parsed if not passive or tok.lemma_ in CITED_AS else _agent(tok)
        if who is not None and (holder := obtained_by(who)) is not None:
            who = holder  # "Documents seen by the Courier show …": the Courier's claim
        if passive and who is None and _addressed(tok):
            continue  # "Residents were warned that …": the outlet tells who was told, whole
        if _thing_shows(tok):
            continue  # "Photographs shared by residents show smoke …" parsed with "shared" its
            # verb: evidence the outlet describes, no speaker's words (nor a claim of nobody's)
        if who is not None and picture_shows(tok, who):
            continue  # "The clip shows the lights growing brighter": evidence the outlet
            # describes, no speaker's words
        if who is not None and who.ent_type_ in _NO_SPEAKER:
            continue  # "7 a.m. showed …": a time speaks for nobody; the sentence is the outlet's
        if who is not None and who.pos_ in ("VERB", "AUX") and not noun_tagged_verb(who):
            who = None  # "raising the wreck might show …": an act, not a speaker
        if who is not None and nobody(who):
            continue  # "No group has said it did it": nobody says it; the sentence is the outlet's
        speaker = speaker_phrase(who) if who is not None and who.dep_ != "expl" else None
        if _seeming(tok):
            klass = "speculate"  # "appeared to show the gate closed": only seemingly shown
        if klass == "deny" and thing(speaker) == "event":
            continue  # "The publication contradicts the claim": a happening denies nothing
        if (
            klass == "deny"
            and _participial_adjunct(tok)
            and (
                thing(speaker) is not None
                or not any(
                    cues.verb(a.lemma_) is not None and a.lemma_.lower() not in load_depicting()
                    for a in tok.ancestors
                )
            )
        ):
            continue  # "A photograph appears to show X, contradicting his account", "Video
            # shows that he had his hands up, contradicting the police's claim": the outlet's
            # reading of a thing or a deed, no denial by the thing or by the one who did it (a
            # report it hangs on, "X said …, contradicting Y", stays X's denial)
        if speaker is not None and who is not None and inferred_from(tok, who):
            # "The abrupt recall of Dr Ames suggests …": the writer's inference, nobody's words
            out.append(Frame(doc[tok.i : tok.i + 1], "speculate", content, None, inferred=True))
            continue
        also = co_speakers(who) if speaker is not None and who is not None else []
        out.append(
            Frame(
                doc[tok.i : tok.i + 1],
                klass,
                content,
                speaker,
                also=also,
                tail=told,
                described=modified is not None,
            )
        )
    return [f for f in out if not any(f.cue.start in r for r in describing)]


ENDING = frozenset({"stop", "cease", "quit", "halt", "end"})
"""Verbs that end what their clause does ("stopped accusing", "ceased to claim"): with a gerund;
"cease" also with an infinitive ("stopped to say" stops in order to say it)."""
_NO_MORE = frozenset({"longer", "more"})


def _negators(head: Token) -> list[Token]:
    return [
        c
        for c in head.children
        if c.dep_ == "neg"
        or (c.dep_ == "det" and c.lower_ == "no")
        or (
            c.dep_ == "advmod"
            and c.lower_ in _NO_MORE
            and any(g.dep_ == "neg" or g.lower_ == "no" for g in c.children)
        )
    ]


NON_ANSWER = {"confirm": "deny", "deny": "confirm"}
"""Cues that, coordinated with each other by "or" or "nor", answer nothing ("would neither
confirm nor deny", "would not confirm or deny", "declined to confirm or deny")."""


def non_answer(cue: Token) -> list[Token]:
    """The words that make a cue half of a non-answer: the opposite cue it is coordinated with
    by "or" or "nor" (:data:`NON_ANSWER`), and a verb of declining it hangs from ("declined to
    confirm or deny"). Neither confirming nor denying a statement is neither: the statement is
    left unconfirmed, by nobody denied. Empty for a cue standing on its own ("denied that …",
    "confirmed and denied nothing else" is not coordinated by "or")."""
    other = NON_ANSWER.get(cue.lemma_.lower())
    if other is None:
        return []
    doc = cue.doc
    for partner in cue.conjuncts:
        lo, hi = sorted((cue.i, partner.i))
        if partner.lemma_.lower() == other and any(
            t.dep_ == "cc" and t.lower_ in ("or", "nor") for t in doc[lo + 1 : hi]
        ):
            first = doc[lo]
            declining = first.head if first.dep_ == "xcomp" else None
            if declining is not None and declining.lemma_.lower() in DECLINING:
                return [partner, declining]
            return [partner]
    return []


def cue_negation(cue: Token) -> list[Token]:
    """The words that say a cue's source does not (or no longer) say what it says: a negation
    ("did not allege", "never claimed", "no confirmation"), "no longer", "no more" ("no longer
    alleged"), a verb ending it ("stopped accusing", "had ceased to claim") that is not
    itself negated ("never stopped claiming" claims), or the other half of a non-answer ("would
    neither confirm nor deny": :func:`non_answer`). Empty when the cue stands."""
    found = _negators(cue) + [t for t in non_answer(cue) if t.i != cue.i]
    ending = cue.head
    if (
        cue.dep_ == "xcomp"
        and ending.i != cue.i
        and ending.lemma_.lower() in ENDING
        and (cue.tag_ == "VBG" or ending.lemma_.lower() == "cease")
        and not _negators(ending)
    ):
        found.append(ending)
    return found


NOBODY = frozenset({"nobody", "none", "no-one", "noone", "neither"})
"""Subjects that say nobody said it ("None of the groups has claimed …")."""


def nobody(who: Token) -> bool:
    """A negative-quantifier subject ("No group", "No one", "Nobody", "None of the groups",
    "Neither side"): the sentence says that nobody said it, not that anyone did."""
    return who.lower_ in NOBODY or any(
        c.dep_ == "det" and c.lower_ in ("no", "neither") for c in who.children
    )


ADDRESSING = frozenset({
    "tell", "warn", "inform", "assure", "reassure", "advise", "remind", "notify", "caution",
    "promise", "brief", "instruct",
})  # fmt: skip
"""Cues whose passive subject is the one told ("Residents were warned that …")."""


def _addressed(cue: Token) -> bool:
    """A passive cue of telling whose subject is who was told, with nobody telling ("Clinics
    have been told for years that …"): no source to give the words to; the sentence, which says
    who was told, is the outlet's. "It was reported that …" is not one (no one addressed)."""
    told = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    return cue.lemma_.lower() in ADDRESSING and told is not None and told.lower_ != "it"


DECLINING = frozenset({"decline", "refuse"})
"""Verbs under which a verb of saying says nothing ("declined to say how many")."""
WANTING = frozenset({
    "want", "ask", "urge", "demand", "call", "press", "expect", "need", "seek", "wish", "hope",
    "force", "pressure", "push", "invite", "encourage", "order", "tell", "require", "try",
    "attempt", "plan", "intend", "prepare", "agree", "promise",
})  # fmt: skip
"""Verbs under which a verb of saying is what someone wants said ("wanted Tarsova to
acknowledge that …", "urged the ministry to confirm"), not a statement made."""
CONTESTING = frozenset({"dispute", "contest", "contradict", "challenge", "refute", "rebut"})
"""Deny verbs whose noun-phrase object is contested words only when it names some ("disputed
the figures", "contested the report"); otherwise they contest a thing ("disputed a stretch of
the border", "challenged the result in court")."""
SAID_NOUNS = frozenset({
    "figure", "number", "account", "version", "toll", "count", "finding", "conclusion",
    "assessment", "description", "characterisation", "characterization", "statement", "story",
    "narrative", "assertion", "suggestion", "idea", "notion", "premise", "estimate", "data",
    "statistic", "allegation", "accusation", "charge", "claim", "report", "rumour", "rumor",
})  # fmt: skip
_WH = frozenset({"how", "what", "why", "which", "who", "whom", "when", "where"})


def _labelled(cue: Token, clause: Token | None) -> Token | None:
    """The object noun of a cue whose "clause" is only the quoted words that object names, right
    after it ("began showing the message “payments paused”", "displayed the notice “closed”"):
    the parse hangs the quotation on the cue, but it is the object's label, and the object, with
    it, is what the cue is about. None for a cue of telling, whose object is who is told ("told
    the crowd “we will win”"), for a clause that does not open with a quotation mark right after
    the object, and for quoted words of :data:`LABEL_WORDS` or more ("posted the message “all
    our staff are safe”": a statement)."""
    if clause is None or cue.lemma_.lower() in ADDRESSING:
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None or obj.i > clause.i:
        return None
    opening = clause.left_edge
    if opening.tag_ != "``" or opening.i != obj.right_edge.i + 1:
        return None
    words = [t for t in clause.subtree if not (t.is_punct or t.is_space)]
    return obj if len(words) < LABEL_WORDS else None


LABEL_WORDS = 3
"""Quoted words fewer than this that an object names ("the message “payments paused”") are its
label, not a statement (as a quotation that short with no speaker is a term)."""


DESCRIBING = frozenset({"describe"})
"""Cues whose object, told by a clause of its own, is the subject's characterisation ("Former
staff described a firm that grew too fast"): their words, not the outlet's fact."""


def _characterised(obj: Token) -> bool:
    """Whether an object noun carries a relative clause with a verb of its own that says what
    it is or did, the relative pronoun its subject ("a firm that grew too fast"): a
    characterisation, a statement of the describer's. A clause about something done to it ("a
    plan that he expected to finish") says what the describer described, not what it is."""
    return obj.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "relcl"
        and c.i > obj.i
        and c.pos_ in ("VERB", "AUX")
        and any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ in ("WDT", "WP") for g in c.children)
        for c in obj.children
    )


def _said_noun(obj: Token, cues: Cues) -> bool:
    """Whether an object noun names words or figures someone gave (a cue noun, or one of
    :data:`SAID_NOUNS`)."""
    lemma = obj.lemma_.lower()
    return lemma in SAID_NOUNS or cues.noun(lemma) is not None


SEEMING = frozenset({"appear", "seem"})
"""Raising verbs that make the cue under them a guess ("appeared to show", "seems to confirm")."""


def _seeming(cue: Token) -> bool:
    """Whether a cue hangs as an infinitive from "appear" or "seem": what it says is hedged."""
    return cue.dep_ == "xcomp" and cue.head.lemma_.lower() in SEEMING


def _interrogative(clause: Token) -> bool:
    """Whether a clause is a yes-no question ("whether the fire caused the deaths"): "whether"
    or "if" marks its head, or an auxiliary of it (the parse may take "had cost" for "had" and
    a noun), or opens it."""
    marks = list(clause.children) + [
        g for c in clause.children if c.dep_ in ("aux", "auxpass") for g in c.children
    ]
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in marks) or (
        clause.left_edge.lower_ == "whether" and clause.left_edge.i < clause.i
    )


def _contact_relative(cue: Token) -> bool:
    """Whether a cue heads a relative clause with no relative pronoun that the parse hung as a
    clause with two subjects ("the three fighters the army said it had killed were invented":
    "fighters" and "army" both subjects of "said"): two noun phrases right next to each other
    before the cue, no punctuation or conjunction between, the second opened by a determiner."""
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i]
    if len(subjects) == 1:  # "the four fighters the military said …" with "the military" hung
        # as an apposition of "fighters", no comma between
        apposed = [c for c in subjects[0].rights if c.dep_ == "appos"]
        subjects = [subjects[0], apposed[0]] if apposed else subjects
    if len(subjects) < 2:
        return False
    first, second = subjects[-2], subjects[-1]
    if any(t.is_punct for t in cue.doc[first.i : second.left_edge.i]):
        return False
    opening = cue.doc[second.left_edge.i]
    return (
        first.pos_ in ("NOUN", "PROPN")
        and second.pos_ in ("NOUN", "PROPN")
        and (first.right_edge.i + 1 == second.left_edge.i or first.i + 1 == second.left_edge.i)
        and (opening.pos_ == "DET" or opening.tag_ == "PRP$")
    )


def _restricting(cue: Token) -> bool:
    """Whether a cue heads a restrictive relative clause of a subject ("The chief who blamed the
    crew was suspended", no comma before "who"): the clause says which one is meant, and the
    sentence states what is said of the subject; "The chief, who blamed the crew, resigned" (a
    clause of its own, between commas, dashes or brackets) still says it."""
    noun = cue.head
    if cue.dep_ != "relcl" or noun.dep_ not in ("nsubj", "nsubjpass") or cue.i < noun.i:
        return False
    before = cue.doc[cue.left_edge.i - 1] if cue.left_edge.i > 0 else None
    return before is not None and not before.is_punct  # a comma, a dash, a bracket: an aside


_NARRATING = frozenset({"as"})
"""Subordinators of a clause the outlet adds beside a reported one ("denied that the gate was
locked, as the ministry raised the toll"): its time, not the source's words."""


_TIMING = frozenset({"after", "before", "since", "as", "when"})
"""Subordinators of a time adjunct that may hold a report of its own ("…, a day after the
paper reported that …")."""


_CONTRASTING = frozenset({"while", "whereas"})
"""Subordinators of a clause that sets another's report against the one it is joined to ("said
23 had died, while the council said 19 had"): the council's words, never the first speaker's."""


def _timed_report(clause: Token, cues: Cues, openers: frozenset[str] = _TIMING) -> bool:
    """Whether a clause is a time adjunct, after a comma, that reports with a subject and a
    clause of its own: "said she was shocked, a day after the Tribune reported that her deputy
    had resigned", "said the council would act, after the board admitted that …". The
    Tribune's report is the outlet's telling of what came before, not the mayor's words. With
    ``openers`` of contrast (:data:`_CONTRASTING`), a report set against it: "said 23 had
    died, while the council said 19 had"."""
    if clause.pos_ not in ("VERB", "AUX") or cues.verb(clause.lemma_) is None:
        return False
    if not any(c.dep_ in SUBJECT_DEPS and c.i < clause.i for c in clause.children):
        return False
    if not any(c.dep_ == "ccomp" and c.i > clause.i for c in clause.children):
        return False
    opener = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in openers] + [
        g
        for c in clause.children
        if c.dep_ == "npadvmod" and c.i < clause.i
        for g in c.children
        if g.dep_ == "prep" and g.lower_ in _TIMING
    ]
    first = clause.left_edge.i
    return bool(opener) and first > 0 and clause.doc[first - 1].text == ","


def _participial_adjunct(cue: Token) -> bool:
    """A cue in a participle hung on its sentence's verb after a comma ("…, contradicting his
    account"): said of the verb's subject by the writer, not a verb the subject speaks by."""
    return (
        cue.tag_ == "VBG"
        and cue.dep_ == "advcl"
        and cue.i > cue.head.i
        and cue.i > 0
        and cue.doc[cue.i - 1].text == ","
    )


_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})


def _evaluated(cue: Token) -> bool:
    """Whether an infinitive cue is what an extraposed judgement judges ("it was unusual for a
    band to deny a raid", "it is common for firms to deny such claims", "it was rare to deny"):
    its clause hangs on "be" with "it" for subject and an adjective or a noun for attribute, or
    on an adjective itself ("quick to deny" is the subject's own act and stays)."""
    head = cue.head
    if cue.dep_ not in ("advcl", "ccomp", "xcomp") or head.i > cue.i:
        return False
    if head.lemma_ == "be":
        return any(c.dep_ in ("acomp", "attr") for c in head.children) and any(
            c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children
        )
    return head.pos_ == "ADJ" and any(c.dep_ == "mark" and c.lower_ == "for" for c in cue.children)


_RELATIVISERS = frozenset({"that", "which", "who", "whom"})


def _gapped_relative(verb: Token) -> Token | None:
    """The subject of a sentence's verb that the parse hung as a relative clause on that very
    subject, taken for the root ("The raiding band that the port authority blamed for the fire
    denied any role": "denied" a clause on "band" with "authority" its subject, and "blamed"
    hung on "authority"): a relativiser opens the clause, and the clause's subject carries a
    verb of its own, the relative clause's, that lacks its object ("blamed [the band] for …");
    the head noun is the verb's subject (the band denies, not the authority). None otherwise."""
    if verb.dep_ != "relcl" or not _relative_of_root(verb) or verb.head.i > verb.i:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if len(subjects) != 1:
        return None
    (subj,) = subjects
    opened = any(
        c.lower_ in _RELATIVISERS and verb.head.i < c.i < subj.left_edge.i for c in verb.children
    )
    inner = any(
        c.dep_ in ("acl", "relcl")
        and c.pos_ == "VERB"
        and c.tag_ in ("VBD", "VBN")
        and subj.i < c.i < verb.i
        and not any(g.dep_ in ("dobj", "obj") for g in c.children)
        for c in subj.children
    )
    return verb.head if opened and inner else None


def _relative_of_root(cue: Token) -> bool:
    """Whether a cue heads a relative clause on a noun the parse took for its sentence's root
    ("The water board, which first said that no pipe had burst, has since admitted …" with
    "admitted" hung in the clause): the sentence's own verb is lost in the clause."""
    return cue.dep_ == "relcl" and cue.head.dep_ == "ROOT" and cue.head.pos_ in ("NOUN", "PROPN")


def _narrated_tail(
    clause: Token, cues: Cues, *, trailing: bool = False, lost_main: bool = False
) -> tuple[int, tuple[int, int] | None]:
    """Where a reported clause ends before a clause joined to it after a comma that is no part of
    it (the character offset of that comma; a large number when there is none): a clause opened
    by "as" with a subject of its own ("…, as the ministry raised the toll to 12"), a verb of
    saying joined to it with a subject of its own ("…, and an official told the paper …"), or a noun
    phrase hung on the clause as a conjunct after ", and" (the parse of a second speaker: "said
    the minister never saw it, and a ministry official, speaking …, told …"). With it, the
    words of the clause cut off where they are the outlet's (after "as"; a verb of saying with
    no clause of its own: "…, and others tweeted about it"), else None. Before its cue
    (``trailing``: "The pier will shut, and an inquiry will report in May, the mayor said") a
    clause joined by "and" with no clause of its own to report is the speaker's, as all the words
    before "the mayor said" are. In a relative clause on a noun the parse made the sentence's
    root (``lost_main``), a verb joined after a comma with a finite auxiliary and no subject of
    its own (", has since admitted …") is the sentence's own, lost to the clause: the words
    end at that comma, and what follows is the relative's antecedent's deed, no one's words."""
    doc = clause.doc
    cut = 1 << 62
    told: tuple[int, int] | None = None
    for c in clause.conjuncts if lost_main else ():
        comma = doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
        if (
            c.i > clause.i
            and c.pos_ in ("VERB", "AUX")
            and comma is not None
            and comma.text == ","
            and not any(g.dep_ in SUBJECT_DEPS or g.dep_ == "mark" for g in c.children)
            and any(g.dep_ in ("aux", "auxpass") and g.tag_ in _FINITE_TAGS for g in c.children)
        ):
            cut = min(cut, comma.idx)
    for c in clause.children:
        if c.i <= clause.i:
            continue
        comma = doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
        told_aside = (
            c.dep_ == "advcl"
            and any(g.dep_ == "mark" and g.lower_ in _NARRATING for g in c.children)
            and any(g.dep_ in SUBJECT_DEPS and g.i < c.i for g in c.children)
        )  # "…, as are nine of ten limes": a comparison, inverted, is the source's still
        told_aside = told_aside and not _elided(c)  # "…, as it does every quarter": so too
        if (
            c.dep_ == "advcl"
            and (_timed_report(c, cues) or _timed_report(c, cues, _CONTRASTING))
            and comma is not None
        ):
            if comma.idx < cut:  # "…, after the board admitted that …": the board's report
                cut, told = comma.idx, None
            continue
        if told_aside and comma is not None and comma.text == ",":
            if comma.idx < cut:
                cut, told = comma.idx, _words(doc, c.left_edge.i + 1, c.right_edge.i + 1)
            continue
        if (
            c.dep_ == "conj"
            and c.pos_ == "VERB"
            and cues.verb(c.lemma_) is not None
            and any(g.dep_ in SUBJECT_DEPS for g in c.children)
            and not any(g.dep_ == "mark" for g in c.children)
        ):  # "…, and a ministry official … told the paper …": a report of its own ("and that
            # Gao had replied …" is a second clause of the same report)
            cc = [
                g for g in doc[clause.i : c.left_edge.i] if g.dep_ == "cc" and g.head.i == c.head.i
            ]
            reports = any(g.dep_ in ("ccomp", "xcomp") for g in c.children)
            if trailing and not reports:
                continue
            if cc and doc[cc[-1].i - 1].text == "," and doc[cc[-1].i - 1].idx < cut:
                cut = doc[cc[-1].i - 1].idx
                told = None if reports else _words(doc, cc[-1].i + 1, c.right_edge.i + 1)
            continue
        if lifted(c, cues) is not None:  # "…, and accused Y of lying": the cue's own second
            # act, no part of what it reports
            before = doc[c.left_edge.i - 2]  # the comma before "and", or the last word
            cut = min(cut, before.idx + (0 if before.text == "," else len(before)))
            continue
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):
            cc = [
                g for g in doc[clause.i : c.left_edge.i] if g.dep_ == "cc" and g.head.i == clause.i
            ]
            comma = doc[cc[-1].i - 1] if cc and cc[-1].i > 0 else None
            if comma is not None and comma.text == "," and comma.idx < cut:
                cut, told = comma.idx, None
    return cut, told


@cache
def _adjunct_words() -> dict[str, frozenset[str]]:
    """``data/adjuncts.tsv``: the subordinators of a time clause holding a cue, and the words
    opening a time phrase after a denied clause, by kind."""
    return {
        k: frozenset(w.lower() for w in ws)
        for k, ws in kinded_lists(__package__, "adjuncts.tsv").items()
    }


def _subordinate_cue(cue: Token) -> bool:
    """Whether a cue heads a time clause of another verb ("closed the bridge, a week after its
    engineer said it was safe": "said" an adverbial clause of "closed", opened by "after")."""
    return (
        cue.dep_ == "advcl"
        and cue.head.i != cue.i
        and cue.head.i < cue.i
        and any(
            c.dep_ == "mark" and c.lower_ in _adjunct_words().get("subordinate", frozenset())
            for c in cue.children
        )
    )


def _main_adjunct(cue: Token, clause: Token, klass: str) -> int:
    """Where a reported clause ends before an adjunct of the main clause that the parse hung on
    it (the character offset of the comma before it; a large number when there is none):

    - a cue in a time clause of another verb, and an "-ing" participle after a comma at the end
      of the reported clause, with no subject or subordinator of its own ("The council closed
      the bridge, a week after its engineer said it was safe, diverting traffic through
      Norvik"): the participle tells what the council did, not what the engineer said;
    - a denial, and a time phrase after a comma at the end of the denied clause ("denied that
      the council was preparing to sell the bridge, after leaflets predicting a sale
      circulated"): when the denial came, not what is denied."""
    doc = cue.doc
    cut = 1 << 62
    tails = _adjunct_words().get("denial_tail", frozenset())
    for c in clause.children:
        if c.i <= clause.i or c.left_edge.i < 1 or doc[c.left_edge.i - 1].text != ",":
            continue
        rest = doc[c.right_edge.i + 1 : clause.right_edge.i + 1]
        if any(not (t.is_punct or t.is_space) for t in rest):
            continue  # not the end of the clause
        comma = doc[c.left_edge.i - 1].idx
        participle = (
            c.dep_ == "advcl"
            and c.tag_ == "VBG"
            and c.left_edge.i == c.i
            and not any(g.dep_ in SUBJECT_DEPS or g.dep_ == "mark" for g in c.children)
        )
        if participle and _subordinate_cue(cue):
            cut = min(cut, comma)
            continue
        timed = (c.dep_ == "prep" and c.lower_ in tails) or (
            c.dep_ == "advcl"
            and any(
                g.dep_ == "mark" and g.lower_ in tails and g.i == c.left_edge.i for g in c.children
            )
        )
        if timed and klass == "deny" and c.left_edge.lower_ in tails:
            cut = min(cut, comma)
    return cut


_ACTS = frozenset({"VBD", "VBZ"})


def lifted(verb: Token, cues: Cues) -> Token | None:
    """The cue a verb of saying really joins when the parse hung it on that cue's reported
    clause ("X denied that its fighters were near the school, and accused Y of lying":
    "accused" a conjunct of "were"): after ", and", with no subject of its own, in the same
    tense form as that cue, the clause it hangs on having a subject of its own, and a clause or
    (denying, alleging) an object of its own to report. None otherwise:
    "X said the guards left and the crowd accused Y" keeps its parse."""
    klass = cues.verb(verb.lemma_)
    if verb.dep_ != "conj" or verb.tag_ not in _ACTS or klass is None:
        return None
    own = any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children) or (
        klass in NP_CLASSES and any(c.dep_ == "dobj" for c in verb.children)
    )
    if not own:
        return None  # "…, and urged Tokyo to “stop”": no report of its own to carry its words
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "nsubjpass" for c in verb.children):
        return None
    clause = verb.head
    cue = clause.head
    if clause.dep_ != "ccomp" or cue.i == clause.i or cue.i > clause.i:
        return None
    if cue.pos_ != "VERB" or cue.tag_ != verb.tag_ or cues.verb(cue.lemma_) is None:
        return None
    subjects = SUBJECT_DEPS | {"nsubjpass"}
    if not any(c.dep_ in subjects and c.i < clause.i for c in clause.children):
        return None
    doc = verb.doc
    edge = verb.left_edge.i
    joined = edge >= 2 and doc[edge - 1].lower_ == "and" and doc[edge - 2].text == ","
    return cue if joined or _unshared_perfect(clause, verb) else None


_PERFECT = frozenset({"had", "has", "have"})


def _unshared_perfect(clause: Token, verb: Token) -> bool:
    """Whether a conjunct with no comma before its "and" cannot share the perfect of the clause
    it is hung on: the clause has "had" (or "has", "have") and the conjunct, in the simple past
    or present and with no auxiliary of its own, is no participle to go with it ("X said the
    driver had been rested and blamed the road": "blamed" is X's, as "said" is)."""
    return (
        verb.tag_ in _ACTS
        and any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in clause.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


_PRO_VERBS = frozenset({"do", "have", "be"})


def _elided(clause: Token) -> bool:
    """Whether a clause's verb stands for the verb before it ("as it does every quarter", "as
    it has every year"): "do", "have" or "be" with no verb under it, a comparison of the act
    reported with others like it, part of the report."""
    return clause.lemma_.lower() in _PRO_VERBS and not any(
        c.pos_ in ("VERB", "AUX") and c.dep_ not in ("aux", "auxpass", "neg")
        for c in clause.children
    )


def _end_of(verb: Token) -> int:
    """Where a verb's words end: its subtree's last word, edge punctuation left out, before a
    comma and a conjunction ("…, and left": the parse may join to the verb what is the main
    clause's)."""
    tail = verb.right_edge
    joined = next((c for c in verb.rights if c.dep_ == "cc" and c.nbor(-1).text == ","), None)
    if joined is not None:
        tail = joined.nbor(-1)
    while tail.i > verb.i and (tail.is_punct or tail.is_space):
        tail = verb.doc[tail.i - 1]
    return tail.idx + len(tail)


def _words(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The character span of tokens ``start``..``end`` without edge punctuation."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (doc[start].idx, doc[end - 1].idx + len(doc[end - 1])) if end > start else None


def _stranded_subject(verb: Token) -> Token | None:
    """The subject of a verb of saying that has none, stranded by the parse as a conjunct of the
    clause before ("said the minister never saw it, and a ministry official, speaking on condition
    of anonymity, told the paper …": "official", a noun, joined by ", and" to "saw"): the noun
    phrase that ends right before the verb (after its commas)."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].is_punct:
        i -= 1
    if i < 0 or i == verb.i - 1:
        return None  # no comma between: not stranded
    tok = doc[i]
    while tok.head.i != tok.i and not (tok.dep_ == "conj" and tok.pos_ in ("NOUN", "PROPN")):
        tok = tok.head
        if tok.i > verb.i:
            return None
    if tok.dep_ != "conj" or tok.pos_ not in ("NOUN", "PROPN") or tok.right_edge.i >= verb.i:
        return None
    joined = tok.head
    if joined.pos_ not in ("VERB", "AUX"):
        return None  # "Ana and a ministry official, …, told": a plain subject pair
    if not any(g.dep_ == "cc" and g.lower_ == "and" for g in doc[joined.i : tok.left_edge.i]):
        return None
    return tok


def _asks(clause: Token, cue: Token) -> bool:
    """Whether a clause is an indirect question ("would not say how many troops it had moved"):
    its first word, after the cue, is a wh-word (before it, "which officials said had sailed",
    the clause is relative)."""
    first = clause.doc[clause.left_edge.i]
    return first.i > cue.i and first.lower_ in _WH and first.tag_ in ("WRB", "WP", "WDT", "WP$")


def _charge(cue: Token, obj: Token) -> Token | None:
    """What an allegation charges its object with: "accused X **of** waiting", "blamed X **for**
    the delay" (the preposition after the object), if any."""
    return next(
        (
            c
            for c in cue.children
            if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > obj.i and list(c.children)
        ),
        None,
    )


def according_frames(doc: Doc, cues: Cues) -> list[Frame]:
    """ "According to X, …" and "…, according to X.": the rest of the clause is the content."""
    out = []
    for tok in doc:
        if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            continue
        to = doc[tok.i + 1]
        who = next((c for c in to.children if c.dep_ == "pobj"), None)
        if who is None:
            continue
        sent = tok.sent
        phrase = _according_phrase(tok, who)
        others = [
            _according_phrase(t, w)
            for t in sent
            if t.i != tok.i and t.lower_ == "according" and t.i + 1 < sent.end
            for w in doc[t.i + 1].children
            if doc[t.i + 1].lower_ == "to" and w.dep_ == "pobj"
        ]
        before: list[Token] = []
        after: list[Token] = []
        for t in sent:  # the words on either side of the phrase, up to another source's
            if t.is_space or t.i in phrase:
                continue
            side = before if t.i < phrase.start else after
            if any(t.i in o for o in others):
                if side is before:
                    before.clear()
                    continue
                break
            side.append(t)
        rest = _according_content(before, after)
        while rest and (rest[0].is_punct or rest[0].lower_ in ("and", "but")):
            rest.pop(0)
        while rest and rest[-1].is_punct:
            rest.pop()
        if not rest:
            continue
        content = (rest[0].idx, rest[-1].idx + len(rest[-1]))
        cue = doc[tok.i : tok.i + 2]
        holder = obtained_by(who)  # "according to rules seen by the Courier": the Courier's
        out.append(
            Frame(
                cue,
                cues.preps.get("according to", "neutral"),
                content,
                speaker_phrase(holder if holder is not None else who),
            )
        )
    return out


def _according_phrase(tok: Token, who: Token) -> range:
    return range(tok.left_edge.i, max(tok.right_edge.i, who.right_edge.i) + 1)


_GOES_ON = frozenset({"and", "but", "while", "whereas"})


def _according_content(before: list[Token], after: list[Token]) -> list[Token]:
    """What "according to X" attributes: the clause before a trailing phrase ("A died,
    according to X, and B, according to Y": each its own), the clause after an opening one,
    else the longer of the two."""
    words_after = [t for t in after if not t.is_punct]
    if any(not t.is_punct for t in before) and (
        not words_after or (after[0].is_punct and after[1:2] and after[1].lower_ in _GOES_ON)
    ):
        return before
    if not any(not t.is_punct for t in before):
        return after
    return max((before, after), key=len)


def noun_frames(doc: Doc, cues: Cues) -> list[Frame]:
    """A cue noun with a that-clause: "speculation that …", "Iran's denial that …"."""
    out = []
    for tok in doc:
        if tok.pos_ != "NOUN" or (klass := cues.noun(tok.lemma_)) is None:
            continue
        clause = next(
            (
                c
                for c in tok.children
                if c.dep_ in ("acl", "ccomp", "relcl")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ),
            None,
        )
        if clause is None:
            continue
        if _answered(clause):
            continue  # "comments that the ministry quickly rejected": the comments are rejected
        if clause.dep_ == "relcl" and cues.verb(clause.lemma_) is not None and _reports(clause):
            continue  # "a warning that the union says it sent": a relative clause that picks
            # the warning out (its object gone to the noun), not what the warning says
        if taken_back(tok):
            continue  # "reversing its earlier statement that …": words taken back say nothing
        if asked_about(tok):
            continue  # "Asked about reports that …": the question's premise, nobody's words
        content = _content_span(clause, doc)
        if content is not None and (called := _called_as(tok, clause)) is not None:
            content = _content_span_before(clause, called, doc)
        if content is None:
            continue
        out.append(Frame(doc[tok.i : tok.i + 1], klass, content, _owner(tok, cues)))
    return out


def _called_as(noun: Token, clause: Token) -> Token | None:
    """The word that a verb of calling (:data:`CALLING`) gives its object, when the parse hung
    it at the end of the object's that-clause ("called a newspaper's report that the agency
    ignored its rules “false”": "false" is the caller's word for the report, the parse's
    complement of "ignored"): that word, which is no part of what the report says; else
    None."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in CALLING:
        return None
    if any(c.dep_ in ("oprd", "acomp", "xcomp") for c in verb.children):
        return None  # the verb has its word already: the clause's own complement is its own
    last = max(clause.children, key=lambda c: c.i, default=None)
    if last is None or last.dep_ not in ("oprd", "acomp") or last.i < clause.i:
        return None
    if last.right_edge.i != clause.right_edge.i:
        return None
    return last


def _called_as_of_object(noun: Token) -> Token | None:
    """:func:`_called_as` of a noun's that-clause, the noun a calling verb's object."""
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp", "relcl")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    return None if clause is None else _called_as(noun, clause)


def _content_span_before(clause: Token, stop: Token, doc: Doc) -> tuple[int, int] | None:
    """:func:`_content_span` of a clause, ended before the word ``stop`` (and any quotation
    mark or punctuation before it)."""
    span = _content_span(clause, doc)
    if span is None:
        return None
    end = stop.left_edge.i
    while end > clause.left_edge.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end <= clause.left_edge.i:
        return None
    last = doc[end - 1]
    stop_char = last.idx + len(last)
    return (span[0], stop_char) if stop_char > span[0] else None


@cache
def load_hearsay() -> frozenset[str]:
    """``data/hearsay.tsv``: the cue nouns whose that-clause is somebody else's words."""
    return word_list(__package__, "hearsay.tsv")


def unowned(frame: Frame) -> bool:
    """Whether a frame is the that-clause of a noun of hearsay (:func:`load_hearsay`) with
    nobody named as its owner ("a review of claims that the mayor diverted the fund", "reports
    that …"): whoever tells of the claims tells that they exist, not what they say; the words
    are nobody's named."""
    return (
        frame.speaker is None
        and not frame.inferred
        and len(frame.cue) == 1
        and frame.cue[0].pos_ == "NOUN"
        and frame.cue[0].lemma_.lower() in load_hearsay()
    )


def _carrier_subject(noun: Token, cues: Cues) -> Span | None:
    """The speaker of a cue verb in whose "in"/"through" phrase a cue noun stands ("X said in
    a statement that …"): X, the statement's author."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _CARRIED_IN:
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or cues.verb(verb.lemma_) is None:
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None  # "it was said in a statement that …": no author named
    who = subject(verb)
    if who is None or who.pos_ not in _NOMINAL or who.dep_ == "expl" or nobody(who):
        return None
    return speaker_phrase(who)


@cache
def load_causing() -> frozenset[str]:
    """``data/causing.tsv``: the verbs that let someone do what the verb under them says."""
    return word_list(__package__, "causing.tsv")


@cache
def load_retracting() -> frozenset[str]:
    """``data/retracting.tsv``: the verbs, and phrasal verbs ("walk back"), that take words
    back."""
    return word_list(__package__, "retracting.tsv")


def _retracts(verb: Token) -> bool:
    """Whether a verb takes words back (:func:`load_retracting`): by its lemma, or by its lemma
    and the particle after it ("walked back", "took back")."""
    words = load_retracting()
    lemma = verb.lemma_.lower()
    return lemma in words or any(
        f"{lemma} {c.lower_}" in words
        for c in verb.children
        if c.dep_ in ("prt", "advmod") and c.i > verb.i
    )


def taken_back(noun: Token) -> bool:
    """Whether a cue noun names words their speaker takes back: the object of a retracting verb
    ("reversed its earlier statement that …", "walked back its claim that …"), or its object
    after "on" ("rowed back on its claim that …", "backtracked on its statement that …")."""
    head = noun.head
    if noun.dep_ in ("dobj", "obj"):
        return _retracts(head)
    return (
        noun.dep_ == "pobj"
        and head.lower_ == "on"
        and head.dep_ == "prep"
        and head.head.pos_ == "VERB"
        and _retracts(head.head)
    )


@cache
def load_asking() -> frozenset[str]:
    """``data/asking.tsv``: the verbs that put a question to someone."""
    return word_list(__package__, "asking.tsv")


_ASKED_ABOUT = frozenset({"about", "on", "over"})


def asked_about(noun: Token) -> bool:
    """Whether a cue noun is what someone is asked about ("Asked about reports that …",
    "pressed on claims that …"): the object of "about", "on" or "over" after a verb of asking
    (``data/asking.tsv``). The report is the question's premise; nobody states it there."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _ASKED_ABOUT:
        return False
    return prep.head.pos_ in ("VERB", "AUX") and prep.head.lemma_.lower() in load_asking()


_CARRIED_IN = frozenset({"in", "through", "via"})


def _owner(noun: Token, cues: Cues) -> Span | None:
    """Whose report or claim: "Iran's denial" (possessive), "a Japanese newspaper report"
    (the modifiers before the noun, when they hold a noun or a name), or the subject of the
    cue verb the noun carries the words for ("The firm said in a statement that …": the firm;
    "responded to claims that …" carries nobody's words: the claims are another's)."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return speaker_phrase(poss)
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")]
    if not any(m.pos_ in ("NOUN", "PROPN") for m in mods):
        return _carrier_subject(noun, cues)
    return noun.doc[mods[0].left_edge.i : noun.i]


def _holds(outer: Frame, inner: Frame) -> bool:
    """Whether ``outer`` is already (transitively) nested in ``inner``: nesting never cycles."""
    seen: set[int] = set()
    node: Frame | None = inner.nested_in
    while node is not None and id(node) not in seen:
        if node is outer:
            return True
        seen.add(id(node))
        node = node.nested_in
    return outer.content[0] <= inner.cue.start_char < outer.content[1] and (
        inner.content[0] <= outer.cue.start_char < inner.content[1]
        and inner.cue.start_char < outer.cue.start_char
    )


CALLING = frozenset({"call", "brand", "label", "describe", "dismiss", "denounce", "condemn"})
"""Verbs that call their object something ("called the allegations baseless")."""


@cache
def load_dismissals() -> dict[str, frozenset[str]]:
    """``data/dismissals.tsv``: the accusation nouns and the dismissive words, by kind."""
    text = (files(__package__) / "data" / "dismissals.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    kinds: dict[str, set[str]] = {"accusation": set(), "dismissive": set()}
    for word, kind in rows[1:]:
        kinds[kind.strip()].add(word.strip().lower())
    return {kind: frozenset(words) for kind, words in kinds.items()}


def _dismissive(attr: Token) -> bool:
    """Whether an attribute dismisses what it is said of as made up ("fabricated", "politically
    motivated", "trumped-up"): its word, its lemma, or its words as written (a coordinated
    attribute's own words only)."""
    words = load_dismissals()["dismissive"]
    if attr.lower_ in words or attr.lemma_.lower() in words:
        return True
    left = [t for t in attr.lefts if t.dep_ in ("advmod", "npadvmod")]
    rights = [t for t in attr.rights if t.dep_ in ("prt", "punct") and t.text != ","]
    start = left[0].i if left else attr.i
    end = (max(t.right_edge.i for t in rights) if rights else attr.i) + 1
    return attr.doc[start:end].text.lower() in words


def _attributes(verb: Token, obj: Token) -> list[Token]:
    """What a calling verb calls its object: its predicate ("called the charges baseless",
    "called it a lie", and a bare participle the parse took for a clause: "called the charges
    fabricated"), with their conjuncts, or an attribute the parse hung at the end of the object
    ("called the accusations politically motivated")."""
    said = [
        c
        for c in verb.children
        if c.dep_ in ("oprd", "xcomp", "acomp")
        or (
            c.dep_ == "ccomp"
            and c.i > obj.i
            and not any(g.dep_ in SUBJECT_DEPS or g.dep_ == "aux" for g in c.children)
        )
    ]
    said += [
        c
        for c in obj.children
        if c.dep_ in ("acl", "amod") and c.i > obj.i and c.right_edge.i == obj.right_edge.i
    ]
    return [*said, *(c for a in said for c in a.conjuncts if c.i > a.i)]


def dismissal(verb: Token) -> tuple[Token, list[Token], list[Token]] | None:
    """A verb of calling that dismisses its object, not negated: (the object, what it is called,
    its "as" phrases), or None. Dismissed by a rejecting attribute of the claims stage's
    ``REJECTING`` ("called the allegations baseless"), or, where the object is an accusation, by
    a dismissive word of ``data/dismissals.tsv`` ("called the charges fabricated"; "called the
    talks useful" dismisses nothing; "did not call the charges false" neither)."""
    if verb.pos_ != "VERB" or verb.lemma_ not in CALLING or cue_negation(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return _small_clause(verb)
    if obj.pos_ == "PRON":
        return None
    said = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp")]
    as_ = _as_phrases(verb, obj)
    said += [g for c in as_ for g in c.children]
    if any(a.lemma_.lower() in REJECTING for a in said):
        return obj, said, as_
    if obj.lemma_.lower() not in load_dismissals()["accusation"]:
        return None
    dismissed = [a for a in _attributes(verb, obj) if _dismissive(a)]
    return (obj, [*said, *(a for a in dismissed if a not in said)], as_) if dismissed else None


def _small_clause(verb: Token) -> tuple[Token, list[Token], list[Token]] | None:
    """ "called the accusation fabricated" parsed as a clause of its own (the accusation its
    subject, the participle its head, no auxiliary): the accusation, dismissed."""
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp", "oprd") or clause.i < verb.i:
            continue
        if any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children):
            continue
        subj = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if (
            subj is not None
            and subj.i < clause.i
            and subj.pos_ == "NOUN"
            and subj.lemma_.lower() in load_dismissals()["accusation"]
            and (clause.lemma_.lower() in REJECTING or _dismissive(clause))
        ):
            return subj, [clause], []
    return None


def called_false(doc: Doc) -> list[Frame]:
    """ "X called the allegations baseless", "described the claims as false", "dismissed the
    report as a fabrication", "called the charges fabricated": X denies what the object names
    (:func:`dismissal`). The object is the content; a report noun with a clause of its own
    ("the claim that …") gives its own frame, which this one carries."""
    out = []
    for tok in doc:
        called = dismissal(tok)
        if called is None:
            continue
        obj, said, as_ = called
        end = min(
            [
                obj.right_edge.i + 1,
                *(_start_after(a, obj) for a in said if a.i > obj.i),
                *(c.i for c in as_ if c.i > obj.i),
            ]
        )
        words = [t for t in doc[obj.left_edge.i : end] if not (t.is_punct or t.is_space)]
        who = subject(tok)
        if not words or who is None:
            continue
        content = (
            words[0].idx,
            words[-1].idx + len(words[-1]),
        )  # the object, not what it is called
        out.append(Frame(doc[tok.i : tok.i + 1], "deny", content, speaker_phrase(who)))
    return out


def _start_after(attr: Token, obj: Token) -> int:
    """Where an attribute starts after its object (the object is the subject of a small clause
    in "called [the accusation fabricated]": the attribute's own words start after it)."""
    if not attr.left_edge.i <= obj.i <= attr.right_edge.i:
        return attr.left_edge.i
    return min((t.i for t in attr.subtree if t.i > obj.right_edge.i), default=attr.i)


def _as_phrases(verb: Token, obj: Token) -> list[Token]:
    """The "as" phrases of a calling verb: its own, or one the parse hung at the end of its
    object ("dismissed claims that the dam was neglected as a fabrication")."""
    own = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    inside = [
        t
        for t in obj.subtree
        if t.dep_ == "prep" and t.lower_ == "as" and t.right_edge.i == obj.right_edge.i
    ]
    return own + inside


def _uncrossed(frames: list[Frame]) -> list[Frame]:
    """Two frames each of whose content holds the other's cue cross ("A and B agreed on a
    ceasefire, the minister said": "agreed" read as a cue whose content is "the minister
    said"): the one with the shorter content is a misparse, and goes (both, when they are as
    long). Each frame is compared only with the frames whose cues its content holds, found by
    position, and those in one array operation: a text of thousands of nested frames ("the
    minister said that the minister said that …") must not take a comparison of every pair."""
    cued = [f for f in frames if len(f.cue) > 0]
    if len(cued) < 2:
        return frames
    cue = np.array([f.cue.start_char for f in cued])
    lo = np.array([f.content[0] for f in cued])
    hi = np.array([f.content[1] for f in cued])
    order = np.argsort(cue, kind="stable")
    starts = cue[order]
    dropped = set()
    for i, f in enumerate(cued):
        inside = order[np.searchsorted(starts, lo[i]) : np.searchsorted(starts, hi[i])]
        crossing = inside[(lo[inside] <= cue[i]) & (cue[i] < hi[inside]) & (inside != i)]
        for j in crossing.tolist():
            shorter = min((f, cued[j]), key=lambda x: x.content[1] - x.content[0])
            dropped.add(id(shorter))
    return [f for f in frames if id(f) not in dropped]


PUT_AT = frozenset({
    "number", "figure", "toll", "count", "total", "tally", "crowd", "turnout", "attendance",
    "cost", "bill", "damage", "loss", "losses", "size",
})  # fmt: skip
"""What a source "puts at" a figure ("put the number at more than 500")."""


EARLIER = frozenset({"previously", "earlier", "initially", "originally", "first", "once"})


def put_at_frames(doc: Doc) -> list[Frame]:
    """ "The union put the number at more than 500", "Police put the crowd at 4,000": the
    subject gives that figure (its estimate, not the outlet's); the content is the whole clause,
    from the subject to the figure ("the number at more than 500" alone has no verb, and says
    nothing). A figure put before ("had put", "earlier put") is left to the outlet's
    sentence."""
    out = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() != "put":
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        at = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "at"), None)
        if at is None and obj is not None:  # "put the number of homes destroyed at 420": the
            # parser hangs "at" on the participle inside the object
            at = next(
                (c for c in obj.subtree if c.dep_ == "prep" and c.lower_ == "at" and c.i > obj.i),
                None,
            )
        who = subject(tok)
        if obj is None or at is None or who is None or obj.lemma_.lower() not in PUT_AT:
            continue
        if not any(t.like_num for t in at.subtree) or who.pos_ not in _NOMINAL or nobody(who):
            continue
        if any(
            (c.dep_ == "aux" and c.lower_ == "had") or (c.dep_ == "advmod" and c.lower_ in EARLIER)
            for c in tok.children
        ):
            continue  # "had previously put the toll at 5,500": an earlier figure, history the
            # outlet tells whole (a step of a count, not a rival to the figure now given)
        end = at.right_edge
        start = min(who.left_edge, obj.left_edge, key=lambda t: t.i)
        content = (start.idx, end.idx + len(end))
        out.append(Frame(doc[tok.i : tok.i + 1], "neutral", content, speaker_phrase(who)))
    return out


def puts_at(frame: Frame) -> bool:
    """Whether a frame is a figure put at a value (:func:`put_at_frames`), or a count said as
    the object of a plain verb of saying ("It had earlier said four trucks", "the coastguard
    says two boats"): the figure is the speaker's, never the outlet's sentence."""
    if len(frame.cue) != 1:
        return False
    cue = frame.cue[0]
    return cue.lemma_.lower() == "put" or (
        frame.cue_class == "neutral"
        and any(c.dep_ == "dobj" and c.left_edge.idx == frame.content[0] for c in cue.rights)
        and _says_its_own(cue)
    )


_LABEL_DETS = frozenset({"a", "an", "the", "that"})
_LABEL_SPEAKER = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})


def _labelling(cue: Token, cues: Cues) -> tuple[Span, Token] | None:
    """A cue ending its sentence in an apposition that names the words before it as said and
    says who answers them ("…, saying the council had never been warned, a claim engineers
    dispute."): the answerer's noun phrase (between the noun and the cue) and the comma before
    the apposition. None for any other cue."""
    doc = cue.doc
    nxt = cue.i + 1
    if cue.pos_ != "VERB" or nxt >= len(doc) or doc[nxt].text not in (".", ";"):
        return None
    if cue.tag_ not in ("VBP", "VBZ", "VBD"):
        return None
    i = cue.i - 1
    while i > cue.sent.start and doc[i].pos_ in _LABEL_SPEAKER and not _said_noun(doc[i], cues):
        i -= 1
    noun = doc[i]
    if noun.pos_ != "NOUN" or not _said_noun(noun, cues) or i < cue.sent.start + 2:
        return None
    first = noun.i + 1
    if first < cue.i and doc[first].lower_ in ("that", "which"):
        first += 1
    speaker = doc[first : cue.i]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in speaker):
        return None
    det, comma = doc[i - 1], doc[i - 2]
    if det.lower_ not in _LABEL_DETS or comma.text != ",":
        j = i - 1  # "a claim" with an adjective: "a further claim"
        while j > cue.sent.start and doc[j].pos_ == "ADJ":
            j -= 1
        det, comma = doc[j], doc[j - 1]
        if det.lower_ not in _LABEL_DETS or comma.text != ",":
            return None
    return speaker, comma


def _labelled_answers(doc: Doc, frames: list[Frame], cues: Cues) -> list[Frame]:
    """Each cue of a labelling apposition (:func:`_labelling`) answers the words of the frame
    that ends at the apposition's comma, by its own speaker ("…, saying P, a claim engineers
    dispute": the engineers dispute P); with no such frame it is dropped (the words are the
    outlet's, no one's to answer here). A cue the parse left with no frame (no object: "a claim
    officials dispute" read as a relative clause of "claim") gets one."""
    framed = {f.cue.start for f in frames if len(f.cue) == 1}
    for tok in doc:
        if tok.i in framed or tok.pos_ != "VERB" or (klass := cues.verb(tok.lemma_)) is None:
            continue
        if _labelling(tok, cues) is not None:
            frames = [*frames, Frame(doc[tok.i : tok.i + 1], klass, (0, 0), None)]
    out = []
    for f in frames:
        found = _labelling(f.cue[0], cues) if len(f.cue) == 1 else None
        if found is None:
            out.append(f)
            continue
        speaker, comma = found
        for g in frames:  # "saying P, a claim officials dispute" parsed as one clause: P ends
            # at the comma
            if g is not f and g.content[0] < comma.idx < f.cue.start_char < g.content[1]:
                g.content = (g.content[0], len(doc.text[: comma.idx].rstrip(" \"”’'")))
        held = [
            g
            for g in frames
            if g is not f
            and g.content[0] < comma.idx
            and g.content[1] <= comma.idx
            and not doc.text[g.content[1] : comma.idx].strip(" \"”’'")
        ]
        if not held:
            continue
        f.speaker, f.also, f.content = speaker, [], held[0].content
        out.append(f)
    return out


def find_frames(doc: Doc, cues: Cues) -> list[Frame]:
    frames = verb_frames(doc, cues) + according_frames(doc, cues) + noun_frames(doc, cues)
    frames += put_at_frames(doc)
    frames += _urged(doc, frames)
    frames = _labelled_answers(doc, frames, cues)
    called = called_false(doc)
    calling = {g.cue.start for g in called}
    frames = [f for f in frames if f.cue.start not in calling]  # the calling frame replaces it
    for f in frames:  # "claims that P as a fabrication": P ends where the calling starts
        for g in called:
            if g.content[0] <= f.cue.start_char < g.content[1] < f.content[1]:
                f.content = (f.content[0], g.content[1])
    frames += called
    frames = _uncrossed(frames)
    frames = _unrelated(frames)
    _cut_before_comment(frames)
    frames.sort(key=lambda f: f.cue.start)
    _nest(frames)
    cited = {
        id(f)
        for f in frames
        if (thing(f.speaker) or f.inferred)
        and (
            (f.nested_in is not None and f.nested_in.speaker is not None)
            or _reason_of_report(f, frames)
        )
    }
    cited |= {
        id(f) for f in frames if f.cue_class in _COGNITION and _inferred_by_cited(f, frames, cited)
    }
    if cited:  # "X said the release suggested …", "X said an audit had warned that …": X's words
        frames = [f for f in frames if id(f) not in cited]
        _nest(frames)
    for f in frames:
        _join_trailing_agreement(f, frames)
    decided = [f for f in frames if _reported_agreement(f)]
    if decided:  # "The two ministers agreed that …, the ministry said": the ministry's words
        frames = [f for f in frames if f not in decided]
        _nest(frames)
    return frames


def _urged(doc: Doc, frames: list[Frame]) -> list[Frame]:
    """The frames of urging after a pronoun (:mod:`.urged`) whose verb is no cue of a frame
    already found."""
    cued = {f.cue.start for f in frames}
    return [
        Frame(cue, "warn", content, who)
        for cue, content, who in urged(doc)
        if cue.start not in cued
    ]


@cache
def load_agreeing() -> frozenset[str]:
    """``data/agreeing.tsv``: verbs of a joint decision."""
    return word_list(__package__, "agreeing.tsv")


def _join_trailing_agreement(frame: Frame, frames: list[Frame]) -> None:
    """ "A spoke to B on Tuesday, and the two agreed that officials would meet, the ministry
    said": the parse hangs both clauses on the trailing "said", whose frame takes the first
    alone; a joint decision right after it (only a comma or "and" between) is part of the same
    report, which runs to the decision's end (:func:`_reported_agreement` then drops the
    decision's own frame)."""
    if len(frame.cue) != 1 or frame.cue[0].lemma_.lower() not in load_agreeing():
        return
    cue = frame.cue[0]
    if cue.dep_ != "ccomp" or cue.head.i < cue.i:
        return
    doc = cue.doc
    for g in frames:
        if g is frame or len(g.cue) != 1 or g.cue[0].i != cue.head.i or g.speaker is None:
            continue
        if g.content[1] > cue.left_edge.idx:
            continue
        between = doc.char_span(g.content[1], cue.left_edge.idx, alignment_mode="expand")
        gap = [] if between is None else between.text.replace(",", " ").split()
        if all(w.lower() == "and" for w in gap):
            g.content = (g.content[0], max(g.content[1], frame.content[1]))
            frame.nested_in = g


def _reported_agreement(frame: Frame) -> bool:
    """Whether a frame is a joint decision ("the two ministers agreed that officials would
    meet") told inside another speaker's report: the parties decided, they said nothing the
    report cites; what was agreed is the reporting speaker's account."""
    return (
        len(frame.cue) == 1
        and frame.cue[0].pos_ in ("VERB", "AUX")
        and frame.cue[0].lemma_.lower() in load_agreeing()
        and frame.nested_in is not None
        and frame.nested_in.speaker is not None
    )


def clause_read_as_object(cue: Token) -> Token | None:
    """The subject of a that-less reported clause that the parse took for the cue's object,
    and the clause's verb for a participle on it ("said its figure of 12 deaths covered only
    cases …": "its figure" the object of "said", "covered" a participle of "deaths"): an object
    right after the cue, opened by a possessive, holding a participle with no comma before it
    and an object of its own (a participle on a noun takes none: "the figure covered by the
    report"). The object, whose words run to the clause's end, is then what was said."""
    doc = cue.doc
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.left_edge.i != cue.i + 1 or obj.left_edge.tag_ != "PRP$":
        return None
    for verb in obj.subtree:
        if (
            verb.dep_ == "acl"
            and verb.tag_ in ("VBN", "VBD")
            and doc[verb.i - 1].text != ","
            and any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)
        ):
            return obj
    return None


_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})


def that_read_as_determiner(cue: Token) -> tuple[Token, tuple[int, int]] | None:
    """A reported clause whose "that" the parse took for the determiner of its subject, as the
    cue's object, and whose verb it hung on the cue as an adverbial clause ("Others cautioned
    that fog alone rarely sinks a ferry": "that fog" the object, "sinks" an adverbial clause):
    the object right after "that", the verb after it finite with no subject of its own and only
    adverbs between them, no comma in the way. The object and the clause's span from the
    object to the verb's last word; None for any other structure ("rejected that plan")."""
    doc = cue.doc
    if cue.i + 2 >= len(doc):
        return None
    that = doc[cue.i + 1]
    obj = that.head
    if (
        that.lower_ != "that"
        or that.dep_ != "det"
        or obj.head.i != cue.i
        or obj.dep_ != "dobj"
        or obj.left_edge.i != that.i
    ):
        return None
    verb = next(
        (c for c in cue.children if c.dep_ == "advcl" and c.i > obj.i and c.pos_ == "VERB"),
        None,
    )
    if verb is None or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children):
        return None
    if not any(t.tag_ in _FINITE for t in [verb, *verb.children] if t.i <= verb.i):
        return None
    between = doc[obj.right_edge.i + 1 : verb.left_edge.i]
    if any(t.pos_ != "ADV" for t in between):
        return None
    end = verb.right_edge
    while end.i > verb.i and end.is_punct:
        end = doc[end.i - 1]
    return obj, (doc[that.i + 1].idx, end.idx + len(end))


def _clause_after_intermediary(cue: Token) -> Token | None:
    """The clause a cue reports that the parse hung as a relative clause on the noun of a
    phrase after the cue ("told the Courier through a relative that the crew had fired …",
    "that" read as the relative's): a clause opened by "that" as a conjunction (a ``mark``),
    with a subject of its own, is no relative clause of the noun; it is what was told."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.i < cue.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            for clause in noun.children:
                if (
                    clause.dep_ == "relcl"
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
                    and any(
                        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
                        for c in clause.children
                    )
                ):
                    return clause
    return None


_ORDINAL_TIMES = frozenset({"first", "second", "third", "last"})


def _clause_after_first_time(cue: Token) -> Token | None:
    """ "Police said for the first time that they believed four men were involved": the parse
    hangs the reported clause as a relative clause on "time", its "that" no subject nor object
    of it; that clause, with a subject of its own right after "that", is what the cue reports.
    None for any other structure."""
    doc = cue.doc
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ != "for" or prep.i < cue.i:
            continue
        for time in prep.children:
            if time.dep_ != "pobj" or time.lower_ != "time" or time.i + 2 >= len(doc):
                continue
            if not any(c.dep_ == "amod" and c.lower_ in _ORDINAL_TIMES for c in time.children):
                continue
            opener = doc[time.i + 1]
            clause = opener.head
            if (
                opener.lower_ != "that"
                or opener.dep_ in ("nsubj", "nsubjpass", "dobj")
                or clause.head.i != time.i
                or clause.dep_ not in ("relcl", "acl")
                or not any(c.dep_ in SUBJECT_DEPS and c.i > opener.i for c in clause.children)
            ):
                continue
            return clause
    return None


def _clause_after_addressee(cue: Token) -> Token | None:
    """The clause a cue reports that the parse hung as a relative clause on the cue's object
    ("told a news conference that Menk had been arrested", a name opening the clause): the
    clause right after the object, opened by "that" as a conjunction (a ``mark``), with a
    subject of its own that no relative pronoun stands for, is what was told. A relative clause
    proper has its "that" as its subject or object ("told the story that Menk wrote")."""
    for obj in cue.children:
        if obj.dep_ not in ("dobj", "dative") or obj.i < cue.i:
            continue
        told = cue.lemma_ == "tell" and obj.lemma_.casefold() in _audiences()
        hosts = [obj]
        if told:  # "told a news conference in the capital that …", hung on "capital"
            hosts += [
                p
                for c in (*obj.children, *cue.children)
                if c.dep_ == "prep" and c.i > obj.i
                for p in c.children
            ]
        for clause in (c for h in hosts for c in h.children):
            if clause.dep_ != "relcl" or clause.i < obj.i:
                continue
            words = list(clause.subtree)
            if not words or words[0].lower_ != "that":
                continue
            if words[0].dep_ != "mark" and not (told and _after_audience(obj, words[0])):
                continue
            if any(
                c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
                for c in clause.children
            ):
                return clause
    return None


@cache
def _audiences() -> frozenset[str]:
    """``data/audiences.tsv``: nouns for a gathering or a body that is told something."""
    return word_list(__package__, "audiences.tsv")


def _after_audience(obj: Token, that: Token) -> bool:
    """Whether "that" follows an audience noun (:func:`_audiences`) right away or after one
    prepositional phrase ("told a news conference in the capital that …"): a
    relative pronoun there, as the parse reads it, would make the audience the thing told."""
    between = obj.doc[obj.i + 1 : that.i]
    if not between:
        return True
    return (
        between[0].dep_ == "prep"
        and between[0].head.i in (obj.i, obj.head.i)
        and all(t.i in {d.i for d in between[0].subtree} for t in between)
    )


_WHAT = frozenset({"what", "whatever"})


def _free_relative(cue: Token) -> bool:
    """Whether a cue's object is "what" before it ("questions over what ministers said", "what
    she told the court"): the clause names the words someone said as a thing talked about; it
    reports none of them, and the sentence around it is not theirs."""
    return any(c.dep_ == "dobj" and c.i < cue.i and c.lower_ in _WHAT for c in cue.children)


_COGNITION = frozenset({"believe", "speculate"})
"""Cue classes of a mind's state ("know", "believe", "expect"), not of words spoken."""


def _inferred_by_cited(frame: Frame, frames: list[Frame], cited: set[int]) -> bool:
    """Whether a frame of knowing or believing lies inside what a thing "suggests" ("shows")
    in someone's report ("Experts said the speed of the raid suggested the gang may have known
    the gate would not lock"): what the gang knew is part of the experts' inference, no words
    of the gang's; the experts speak, the whole clause theirs."""
    at = frame.cue.start_char
    return any(
        id(g) in cited and g is not frame and g.content[0] <= at < g.content[1] for g in frames
    )


def _reason_of_report(frame: Frame, frames: list[Frame]) -> bool:
    """Whether a frame's cue heads an adverbial clause of another frame's cue that follows the
    words it reports ("The pool will reopen, the mayor said, after tests showed levels had
    fallen"): the parse hangs on the parenthetical "said" what belongs to the reported sentence;
    the showing is part of the mayor's words, no report of the tests'."""
    cue = frame.cue[0]
    if len(frame.cue) != 1 or cue.dep_ != "advcl" or cue.i < cue.head.i:
        return False
    if not any(c.dep_ == "mark" for c in cue.children):
        return False
    return any(
        g is not frame
        and g.speaker is not None
        and len(g.cue) == 1
        and g.cue[0].i == cue.head.i
        and g.content[1] <= g.cue.start_char
        for g in frames
    )


_RELATIVE = frozenset({"WDT", "WP"})


def _relative(frame: Frame) -> bool:
    """Whether a frame's cue heads a relative clause whose subject is the relative pronoun
    ("Blue Heron, the crew that has claimed the theft"): the noun it describes speaks there."""
    if len(frame.cue) != 1 or frame.speaker is None or len(frame.speaker) != 1:
        return False
    return frame.cue[0].dep_ == "relcl" and frame.speaker[0].tag_ in _RELATIVE


def _reports(verb: Token) -> bool:
    """Whether a verb has a subject before it and a clause after it with a subject of its own
    ("the union says it sent")."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    return (
        any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children)
        and clause is not None
        and any(c.dep_ in SUBJECT_DEPS for c in clause.children)
    )


def _gapped(frame: Frame) -> bool:
    """Whether a frame's cue heads a relative clause of a noun before it whose gap lies in the
    content, not in the cue's subject ("a complaint that the tenants' group says it filed in
    May", "the fighters the army said it had killed"): the content, its object gone to the
    noun, is a fragment ("it filed in May"); the clause only picks the noun out."""
    if len(frame.cue) != 1 or frame.speaker is None:
        return False
    cue = frame.cue[0]
    if cue.dep_ != "relcl" or cue.head.i > cue.i or cue.head.pos_ not in _NOMINAL:
        return False
    if any(t.tag_ in _RELATIVE for t in frame.speaker):
        return False  # "the crew that has claimed the theft": the relative speaks (_relative)
    return _reports(cue)


def _unrelated(frames: list[Frame]) -> list[Frame]:
    """ "Radio reported that police were studying ties between Blue Heron, the crew that has
    claimed the theft, and Norvania's navy": a cue in a relative clause describing a noun of
    another frame's content (:func:`_relative`) is part of that content, no frame of its own
    that would carry it and replace the outer report; its words stay in the outer claim."""
    spans = [f.content for f in frames]
    return [
        f
        for f in frames
        if not (
            (_relative(f) or _gapped(f))
            and any(
                a <= f.cue.start_char < b and g is not f
                for g, (a, b) in zip(frames, spans, strict=True)
            )
        )
    ]


def _cut_before_comment(frames: list[Frame]) -> None:
    """ "X says it is checking its records, a change that suggests it expects scrutiny": the
    apposition reading X's words as evidence is the writer's, not X's; X's words end before
    it."""
    for g in frames:
        cue = g.cue[0] if len(g.cue) else None
        if not g.inferred or cue is None or cue.dep_ != "relcl" or cue.head.dep_ != "appos":
            continue
        doc, first = cue.doc, cue.head.left_edge.i
        end = first
        while end > 0 and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if end == 0:
            continue
        cut = doc[end - 1].idx + len(doc[end - 1])
        for f in frames:
            if f is not g and f.content[0] < cut and doc[first].idx < f.content[1]:
                f.content = (f.content[0], cut)


def _nest(frames: list[Frame]) -> None:
    """Each frame's innermost holder (``nested_in``) and the speakers it is reported through
    (``via``)."""
    for f in frames:
        f.nested_in, f.via = None, []
    lo = np.array([f.content[0] for f in frames], dtype=np.int64)
    hi = np.array([f.content[1] for f in frames], dtype=np.int64)
    for inner in frames:  # "A told Reuters that diplomats say X": diplomats, via A
        at = inner.cue.start_char  # the frames holding it found at once, not one by one
        holders = [
            f
            for f in (frames[j] for j in np.flatnonzero((lo <= at) & (at < hi)).tolist())
            if f is not inner and not _holds(inner, f)
        ]
        if holders:
            inner.nested_in = max(holders, key=lambda f: f.cue.start_char)
    for frame in frames:
        if _conceding_own(frame):
            continue  # "A said P, though some neighbours say Q": the neighbours' own words
        if len(frame.cue) == 1 and _beyond_relative_report(frame.cue[0]) is not None:
            continue  # "A declined to comment on accounts by riders who said P, saying Q": A's
            # own words, the riders cite nobody
        if _named_owner(frame):
            continue  # "He said the firm was examining a researcher's claim that P": the
            # researcher's claim, not one he relays (nor makes) citing her
        if _questioned(frame):
            continue  # "He said he would ask why the league had said that P": the league's
            # words, which he questions; he relays none of them
        carrier, seen = frame.nested_in, {id(frame)}
        while carrier is not None and id(carrier) not in seen:
            seen.add(id(carrier))
            if carrier.speaker is not None and not _channel(carrier, frame):
                frame.via.append(carrier.speaker)
            carrier = carrier.nested_in


@cache
def _conceding() -> frozenset[str]:
    """The claims stage's ``data/conceding.tsv``: subordinators of a clause of concession
    ("though", "although")."""
    return word_list("whatweknow.stages.claims", "conceding.tsv")


def heads_concession(head: Token) -> bool:
    """Whether a verb heads a clause of concession: its marks before it ("though", "even
    though", "although") end with a subordinator of ``data/conceding.tsv``."""
    marks = " ".join(t.lower_ for t in head.lefts if t.dep_ in ("mark", "advmod") and t.i < head.i)
    return any(marks == m or marks.endswith(" " + m) for m in _conceding())


def _conceding_own(frame: Frame) -> bool:
    """Whether a frame's cue heads a clause of concession with a subject of its own, named in
    the clause ("Police said there was no sign of arson, though some neighbours say it cannot
    be ruled out"): the clause's speaker makes the claim, set against the other's, and is
    not cited by whoever speaks the clause the concession hangs on."""
    if len(frame.cue) != 1 or frame.speaker is None:
        return False
    head = frame.cue[0]
    if head.dep_ != "advcl" or head.pos_ not in ("VERB", "AUX"):
        return False
    if not heads_concession(head):
        return False
    own = [c for c in head.lefts if c.dep_ == "nsubj"]
    return (
        len(own) == 1
        and own[0].pos_ in ("NOUN", "PROPN")
        and frame.speaker.start_char <= own[0].idx < frame.speaker.end_char
    )


def _channel(outer: Frame, inner: Frame) -> bool:
    """Whether ``outer`` is "according to" a document that only carries the words of the
    speaker ``inner`` names ("The Front said it would not attack, according to a statement read
    on Radio Osk"): the statement is the channel of the Front's words, never a speaker who
    cites the Front: no speaker the words are reported through (``via``), and the inner speaker
    speaks."""
    return (
        inner.speaker is not None
        and thing(inner.speaker) is None
        and outer.cue.text.lower() == "according to"
        and thing(outer.speaker) == "record"
        and not any(t.pos_ == "PROPN" for t in outer.speaker or ())
    )


_QUESTION_OPENERS = frozenset({"why", "whether", "if", "how"})


def _questioned(frame: Frame) -> bool:
    """Whether a frame's cue lies in an indirect question put by a verb of asking
    (``data/asking.tsv``: "would ask why the league had said that …", "questioned whether
    the board had known that …"): whoever asks questions the words, and relays none."""
    if len(frame.cue) != 1:
        return False
    asking = load_asking()
    for tok in (frame.cue[0], *frame.cue[0].ancestors):
        head = tok.head
        if head is tok:
            return False
        if (
            tok.dep_ in ("ccomp", "advcl", "xcomp")
            and head.lemma_.lower() in asking
            and head.i < tok.i
            and any(
                c.lower_ in _QUESTION_OPENERS and c.i < tok.i and c.dep_ in ("advmod", "mark")
                for c in tok.children
            )
        ):
            return True
    return False


def _named_owner(frame: Frame) -> bool:
    """Whether a frame is a cue noun's whose owner is a possessive noun phrase ("a
    researcher's claim that …", "the union's assertion that …"; not "its claim"): the words
    are that owner's, whoever mentions the noun."""
    if len(frame.cue) != 1 or frame.cue[0].pos_ != "NOUN" or frame.speaker is None:
        return False
    poss = next((c for c in frame.cue[0].children if c.dep_ == "poss"), None)
    return poss is not None and poss.pos_ in ("NOUN", "PROPN") and poss in frame.speaker


def _thing_shows(cue: Token) -> bool:
    """Whether a cue of showing (``data/depicting.tsv``) with no subject of its own hangs off a
    verb (``dep``, ``prep``, ``advcl``: a misparse) whose subject before the cue is a thing
    (:mod:`.things`): "Photographs shared online show …" read as "Photographs shared", then a
    loose "show"."""
    if cue.dep_ not in ("dep", "prep", "advcl") or cue.lemma_.lower() not in load_depicting():
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in cue.children):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i and c.lemma_.lower() in load_things()
        for c in cue.head.children
    )
