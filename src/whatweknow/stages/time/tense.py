"""The tense of the clause that governs a temporal expression, read from spaCy's parse.

It decides which week a bare weekday (or which year a bare month) means: "said on Monday" is the
Monday before the publication date, "will meet on Thursday" and "is due to arrive on Thursday"
the Thursday after it. Future: ``will``/``shall``, a modal, ``would`` in what a past verb of
saying reports ("said a rally would be held on Tuesday"), ``going to``, an infinitive under a
verb or adjective of plan or schedule (``due``, ``scheduled``, ``expected``, ``plan``) or of
asking or ordering (``data/asking.tsv``: "asked residents to give blood on Tuesday"), a
progressive present ("is meeting on Friday"). Past: a past-tense verb or auxiliary, a perfect,
a past participle on its own ("the talks, held on Monday"). A bare present participle on a noun
(a reduced relative: "the divers arriving on Friday will search the wreck") has the tense of its
noun's clause, "would" in what was said looking ahead ("saying the inspectors arriving on Monday
would look at it"). Otherwise present (None if no verb).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from .._lists import word_list
from .calendar import Tense

FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "wo", "ll"})
MODALS = frozenset({"may", "might", "should", "must", "can", "ca"})
"""Modals that look ahead; "would" and "could" are as often the past of reported speech."""
PLANS = frozenset(
    {"due", "schedule", "expect", "set", "plan", "intend", "prepare", "hope", "aim", "promise",
     "pledge", "vow", "propose", "seek", "want", "likely", "poise", "slate", "go", "decide",
     "agree", "threaten", "ready", "able", "bind", "announce"}
)  # fmt: skip
VERBAL = frozenset({"VERB", "AUX"})


def governing_verb(span: Span) -> Token | None:
    """The verb (or predicative adjective such as "due") that the expression modifies."""
    tok = span.root
    for _ in range(5):
        predicate = tok.pos_ in VERBAL or (tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "ROOT"))
        if predicate and (tok.i < span.start or tok.i >= span.end):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


FUTURE_CUES = ("as soon as", "as early as", "no sooner than", "no earlier than")
"""Words before an expression that put it ahead: "could come as early as Tuesday"."""
REPORTING = frozenset({"be", "have", "say", "tell", "report", "add", "state", "claim", "deny"})
"""Verbs whose simple present is the narrator's ("says"), not a schedule ("meet Monday")."""


@cache
def _saying() -> frozenset[str]:
    """Verbs of saying whose complement clause is what was said (``data/saying.tsv``, with
    :data:`REPORTING`)."""
    return REPORTING | word_list(__package__, "saying.tsv")


@cache
def _asking() -> frozenset[str]:
    """Verbs of asking or ordering whose infinitive looks ahead of the asking
    (``data/asking.tsv``: "asked residents to give blood on Tuesday")."""
    return word_list(__package__, "asking.tsv")


def tense_of(span: Span) -> Tense | None:
    """``past``, ``future``, ``present``, or None when no verb governs ``span`` or the
    expression only dates a noun ("Wednesday's ruling")."""
    before = span.doc[max(0, span.start - 3) : span.start].text.lower()
    if before.endswith(FUTURE_CUES):
        return "future"
    if span.end < len(span.doc) and span.doc[span.end].tag_ == "POS":
        return None
    if _moved_to(span):
        return "future"
    verb = governing_verb(span)
    if verb is None:
        return None
    return _participle_tense(verb) or verb_tense(verb)


def _participle_tense(verb: Token) -> Tense | None:
    """The tense of the clause a bare present participle's noun belongs to, when the participle
    is a reduced relative clause ("the divers *arriving* on Friday will search the wreck"): the
    participle tells no time of its own, its noun's clause does. The parser hangs it on its noun
    ("acl"), or makes the noun its subject, the participle then the subject of the clause's
    verb ("csubj") or what a verb of saying says, the clause's verb left with no subject of its
    own ("saying the inspectors *arriving* on Monday would look at it":
    "would" in what is said looks ahead of the saying). None when it is no such participle."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        tok = verb.head
        for _ in range(4):  # the noun's verb, across a preposition ("to the divers arriving")
            if tok.head.i == tok.i:
                return None
            tok = tok.head
            if tok.pos_ in VERBAL and tok.tag_ != "VBG":
                return _clause_tense(tok)
        return None
    subject = any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    if verb.dep_ == "csubj" and subject and verb.head.pos_ in VERBAL:
        return _clause_tense(verb.head)  # "the auditors arriving on Tuesday would stay a week"
    main = _said_clause(verb) if subject else None
    return None if main is None else _clause_tense(main, said=True)


def _clause_tense(verb: Token, said: bool = False) -> Tense:
    """A clause's tense, "would" in what a verb of saying says (``said``, or the clause a
    complement of such a verb) looking ahead of the saying, whatever the saying's own form
    ("saying the divers would search …")."""
    told = verb_tense(verb)
    said = said or (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _saying())
    would = any(c.lower_ == "would" for c in verb.children) and not _perfect(verb)
    return "future" if told == "present" and would and said else told


def _said_clause(verb: Token) -> Token | None:
    """The verb left with no subject after a participle that the parser made the head of what a
    verb of saying says, its noun the participle's subject (see :func:`_participle_tense`)."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _saying():
        return None
    after = verb.right_edge.i + 1
    doc = verb.doc
    if after >= len(doc) or doc[after].tag_ != "MD":
        return None
    main = doc[after].head
    if main.pos_ not in VERBAL or any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children):
        return None
    return main


TARGETS = frozenset({"to", "until", "till"})
"""Prepositions whose object is the new time a verb of :func:`_movers` moves something to."""


@cache
def _movers() -> frozenset[str]:
    return word_list(__package__, "moved_to.tsv")


def _moved_to(span: Span) -> bool:
    """Whether ``span`` is the new time a verb that moves or stretches a time sets ("extended
    the deadline to 6 a.m. on Friday", "postponed the vote until Thursday"): the object of
    "to", "until" or "till" right before it, the preposition hung on such a verb or on that
    verb's object. The new time lies ahead of the moving."""
    if span.start == 0:
        return False
    prep = span.doc[span.start - 1]
    if prep.lower_ not in TARGETS or prep.dep_ != "prep":
        return False
    if not any(t.head.i == prep.i for t in span):
        return False  # "to" is not the expression's own preposition
    head = prep.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubjpass"):
        head = head.head  # "extending the deadline to …": the object's verb
    return head.pos_ == "VERB" and head.lemma_.lower() in _movers()


SCHEDULES = frozenset({"schedule", "slate", "plan", "due", "expect", "set", "postpone", "delay"})
"""Verbs whose participle takes the time of the thing planned: "has scheduled a news
conference Thursday", "is expected Friday"."""
PAST_PERFECT = frozenset({"had", "'d", "’d"})


def _reported(verb: Token) -> bool:
    """Whether a clause is what a past verb of saying reports ("officials said …")."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head.i != verb.i
        and head.lemma_.lower() in REPORTING | {"announce", "warn", "promise", "pledge"}
        and head.tag_ == "VBD"
    )


def _perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in PAST_PERFECT for c in verb.children)


def verb_tense(verb: Token, depth: int = 0) -> Tense:
    """The tense of ``verb`` as a time reference (see the module doc)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in aux}
    if words & PAST_PERFECT:
        return "past"
    lemma = verb.lemma_.lower()
    if lemma in SCHEDULES and (verb.tag_ == "VBN" or verb.pos_ == "ADJ"):
        return "future"  # "is scheduled for Thursday", "has set Friday", "is due Monday"
    if words & FUTURE_AUX:
        return "future"
    if words & MODALS:
        return "past" if "have" in words else "future"
    if "would" in words and "have" not in words and _reported(verb):
        return "future"  # "said a rally would be held on Tuesday": ahead of the saying
    if lemma in PLANS and verb.pos_ == "ADJ":
        return "future"
    if "to" in words or verb.dep_ == "xcomp":
        head = verb.head
        if head.i != verb.i and depth < 2:
            t = verb_tense(head, depth + 1)
            ahead = head.lemma_.lower() in PLANS or (
                "to" in words and head.lemma_.lower() in _asking()
            )
            if t == "past" and ahead and not _perfect(head):
                return "future"  # "planned to leave on Thursday", "asked them to give blood
                # on Tuesday": the plan or the request looks ahead
            return "future" if t == "present" else t
        return "future"
    if lemma == "be" and any(
        c.lemma_.lower() in PLANS and c.dep_ in ("acomp", "xcomp", "attr") for c in verb.children
    ):
        return "future"
    tags = {verb.tag_} | {a.tag_ for a in aux}
    if "VBD" in tags or words & {"has", "have", "'ve", "’ve"}:
        return "past"
    if verb.tag_ == "VBN" and not aux:
        return "past"
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in aux):
        return "future"  # "is meeting on Friday", "would be traveling Thursday"
    if verb.tag_ in ("VBZ", "VBP") and (lemma in PLANS or lemma not in REPORTING):
        return "future"  # "meet separately Monday", "plans on Tuesday"
    return "present"
