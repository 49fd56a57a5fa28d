"""How sure a statement is: modality, hedges and negation of a content span.

Hedges come from ``data/hedges.tsv`` (speculation: may, might, could, reportedly, appear …;
plans: will, is scheduled to, plans to …). The order of decision follows the contract:
a denial or an allegation by the cue first; then hedged content is *speculated*, a planned act
*expected*; attributed content is *reported* (neutral cues) or *asserted* (cues that assert);
the outlet's unhedged narration is *asserted*. A clause told in passing of a past happening
("A swap would come after a verdict, as when the government freed a pilot in 2019":
:func:`past_aside`) is not hedged by its main clause's modal: the claims stage makes it a claim
of its own, and the events stage asserts its events.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files

from spacy.tokens import Span, Token

from ...contract import Timex
from .._lists import kinded_lists, word_list
from ..attribution.cues import CueClass
from ..attribution.frames import CALLING, Frame, non_answer
from ..attribution.speakers import load_bodies

_MODALS = frozenset({"may", "might", "could", "would", "will", "shall", "'ll"})


@dataclass(frozen=True)
class Hedges:
    single: dict[str, str]
    multi: tuple[tuple[tuple[str, ...], str], ...]
    conditions: tuple[tuple[str, ...], ...] = ()
    """Set phrases of condition (``data/conditions.tsv``: "where possible", "if necessary"),
    whose words hedge nothing."""
    withheld: frozenset[str] = frozenset()
    """Verbs of telling whose refusal is a non-answer (``data/withheld.tsv``)."""


def _lines(name: str) -> list[str]:
    text = (files(__package__) / "data" / name).read_text(encoding="utf-8")
    rows = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [r.lower() for r in rows[1:]]


@cache
def load_hedges() -> Hedges:
    text = (files(__package__) / "data" / "hedges.tsv").read_text(encoding="utf-8")
    single: dict[str, str] = {}
    multi: list[tuple[tuple[str, ...], str]] = []
    rows = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    for n, line in enumerate(rows[1:], 2):
        form, _, kind = line.partition("\t")
        if kind not in ("speculate", "expect") or not form:
            raise ValueError(f"hedges.tsv row {n}: expected form<TAB>speculate|expect")
        words = tuple(form.lower().split())
        if len(words) == 1:
            single[words[0]] = kind
        else:
            multi.append((words, kind))
    conditions = tuple(  # preferences and stances too: "would rather", "will not tolerate"
        tuple(r.split())
        for r in [*_lines("conditions.tsv"), *_lines("preferences.tsv"), *_lines("stances.tsv")]
    )
    return Hedges(single, tuple(multi), conditions, frozenset(_lines("withheld.tsv")))


def find_hedges(span: Span, hedges: Hedges) -> list[tuple[str, str]]:
    """(word as written, kind) for each hedge in the span, in order."""
    found: list[tuple[int, str, str]] = []
    lowers = [t.lower_ for t in span]
    taken: set[int] = set()
    for words in hedges.conditions:  # "by hand where possible": a condition, no guess
        n = len(words)
        for i in range(len(lowers) - n + 1):
            if tuple(lowers[i : i + n]) == words:
                taken |= set(range(i, i + n))
    for words, kind in hedges.multi:
        n = len(words)
        for i in range(len(lowers) - n + 1):
            if tuple(lowers[i : i + n]) == words and not taken & set(range(i, i + n)):
                taken |= set(range(i, i + n))
                found.append((i, span[i : i + n].text, kind))
    for i, tok in enumerate(span):
        single = hedges.single.get(tok.lower_)
        if single is None or i in taken:
            continue
        if tok.lower_ in _MODALS and tok.tag_ != "MD":
            continue  # "May" the month, "will" the noun
        found.append((i, tok.text, single))
    return [
        (text, kind)
        for i, text, kind in sorted(found)
        if _hedges(span[i])
        and not _withheld(span[i], hedges.withheld)
        and not _talked_of(span[i], hedges.withheld)
        and not ((kind == "expect" or span[i].tag_ != "MD") and _describes(span[i], span))
        and not (kind == "expect" and open_question(span[i], span))
        and not (kind == "speculate" and span[i].tag_ == "MD" and _circumstance(span[i], span))
        and not _names_what_is_called(span[i], span)
        and not _calls_words(span[i])
    ]


@cache
def _spoken_words() -> frozenset[str]:
    return word_list(__package__ or "whatweknow.stages.claims", "spoken_words.tsv")


def _calls_words(tok: Token) -> bool:
    """Whether a hedge noun is the attribute of a copula whose subject is someone's words
    (``data/spoken_words.tsv``: "the mayor's remarks were “speculation”"): the speaker's name
    for those words, a dismissal of them; no doubt of the speaker's own."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("attr", "acomp") or tok.head.lemma_ != "be":
        return False
    words = _spoken_words()
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (c.lemma_.lower() in words or c.lower_.removesuffix("s") in words)
        for c in tok.head.children
    )


@cache
def _circumstances() -> frozenset[str]:
    return word_list(__package__ or "whatweknow.stages.claims", "circumstances.tsv")


def _opened_by(clause: Token, words: frozenset[str]) -> bool:
    """Whether a clause is opened by one of ``words`` ("until", "so that", "where"): its first
    word, or its first two read together."""
    doc = clause.doc
    first = clause.left_edge.i
    pair = " ".join(t.lower_ for t in doc[first : min(first + 2, clause.i)])
    return doc[first].lower_ in words or pair in words


def _circumstance(tok: Token, span: Span) -> bool:
    """Whether a modal lies in a clause of circumstance of a verb of the span
    (``data/circumstances.tsv``): an adverbial clause opened by "until", "unless", "because",
    "so that" …, or a relative clause opened by "where" ("The charity is halting flights until
    the safety of its crews could be guaranteed", "We cannot send crews where they may be
    shot"). The guess is the clause's own; the statement that holds it is not hedged by it.
    A modal of the span's main verb, or of a clause that the main verb states ("said it may
    …"), still hedges."""
    node = tok.head
    words = _circumstances()
    while node.head.i != node.i and span.start <= node.head.i < span.end:
        if node.dep_ in ("advcl", "relcl") and _opened_by(node, words):
            return True
        node = node.head
    return False


_NAMED_AS = frozenset({"oprd", "attr", "acomp", "xcomp"})
_CLAUSE_EDGE = frozenset({"ccomp", "advcl", "parataxis", "ROOT"})


def _calling(tok: Token) -> tuple[Token, Token] | None:
    """The verb of calling (:data:`~whatweknow.stages.attribution.frames.CALLING`) whose
    object a word lies in the name for, with the head of that name ("called the report
    “speculation built on a forged letter”", "described the plan as “a gamble”"): the name's
    head is the verb's complement, or the object of its "as"; the verb has an object."""
    node = tok
    for _ in range(12):
        if node.dep_ in _CLAUSE_EDGE or node.head.i == node.i:
            return None
        verb, head = node.head, node
        if node.dep_ == "pobj" and verb.lower_ == "as" and verb.dep_ == "prep":
            verb = verb.head
        elif node.dep_ not in _NAMED_AS:
            node = node.head
            continue
        if verb.lemma_.lower() in CALLING and any(c.dep_ == "dobj" for c in verb.children):
            return verb, head
        return None
    return None


def _quoted(tok: Token) -> bool:
    """Whether a word lies inside quotation marks opened before it in its sentence."""
    inside = False
    for t in tok.doc[tok.sent.start : tok.i]:
        if t.tag_ == "``":
            inside = True
        elif t.tag_ == "''":
            inside = False
    return inside


def _names_what_is_called(tok: Token, span: Span) -> bool:
    """Whether a hedge word only names what someone calls a thing, and hedges nothing the span
    states: the head of the name itself ("called the report speculation": the caller's word for
    the report, no doubt of the claim), or any word of a quoted name given by a verb of calling
    inside the span ("Teo Varn called the report “possibly a forgery”": the caller's words,
    not a doubt of the sentence that tells that he called it so)."""
    found = _calling(tok)
    if found is None:
        return False
    verb, head = found
    if tok.i == head.i and tok.pos_ in ("NOUN", "PROPN"):
        return True
    return span.start <= verb.i < span.end and _quoted(tok)


def _talked_of(tok: Token, withheld: frozenset[str]) -> bool:
    """Whether a hedge noun is what a verb of telling (``withheld``) talks of ("would not comment
    on speculation that …", "declined to discuss rumours"): its object, or the object of its
    preposition. The word names what is talked of; it hedges nothing."""
    if tok.pos_ != "NOUN":
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif tok.dep_ not in ("dobj", "obj"):
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in withheld


_DESCRIBING = frozenset({"relcl", "acl"})


def _describes(tok: Token, span: Span) -> bool:
    """Whether a hedge word sits in a clause that describes a noun of the span's own clause
    ("Inspectors searched the depot, which the firm allegedly used for storage": only the use
    is alleged; "The embassy, which is likely to host the talks, voiced support": the support is
    stated as fact; "the minister, who will visit on Friday, spoke"): the clause tells its noun,
    the main clause stands as it is, and the line shows the hedge in its own words. Read for
    every hedge but a modal of speculation (a modal there, "a man who may have set the fire",
    still hedges: MEANTIME's check half reads its events as uncertain); a hedge in a clause of
    the main verb ("said it may have …") still hedges."""
    node = tok
    while node.head.i != node.i and span.start <= node.head.i < span.end:
        if node.dep_ in _DESCRIBING and node.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return True
        node = node.head
    return False


@cache
def _foreseeing() -> frozenset[str]:
    return word_list(__package__ or "whatweknow.stages.claims", "foreseeing.tsv")


def foreseen_act(cue: Span, span: Span, hedges: Hedges) -> bool:
    """Whether a cue of believing (``data/foreseeing.tsv``: "expect") tells, by its object and
    an infinitive, an act looked for from another ("she expected the airline to stop defending
    the indefensible", "analysts expect the bank to raise rates"): the content is that object
    and infinitive, with no guess of its own in it. A forecast or a demand, not a speculation
    about a proposition: the claim is expected."""
    if len(cue) != 1 or cue[0].lemma_.lower() not in _foreseeing():
        return False
    root = span.root
    if root.tag_ != "VB" or root.head.i != cue[0].i:
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in root.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i for c in root.children):
        return False  # "expects to win": the speaker's own plan, told by the cue itself
    return not any(kind == "speculate" for _, kind in find_hedges(span, hedges))


def open_question(tok: Token, span: Span) -> bool:
    """Whether a word lies in a question the span leaves open: a clause opened by "whether",
    or by "if" as what is asked or wondered, not as a condition ("It is unclear whether the
    port will reopen", "Nobody should have to wonder whether the water will make them ill",
    "asked if the ferry would sail"). A future word there asks; it forecasts nothing."""
    node = tok
    while span.start <= node.i < span.end:
        if any(
            m.dep_ == "mark"
            and (m.lower_ == "whether" or (m.lower_ == "if" and node.dep_ != "advcl"))
            for m in node.children
        ):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def refused_question(tok: Token, hedges: Hedges) -> bool:
    """Whether a word lies in the question that a refusal to tell leaves unanswered ("declined
    to say where investigators believed the money had gone"): nobody's claim."""
    return _withheld(tok, hedges.withheld)


_PLAN_MODALS = frozenset({"will", "would", "shall", "'ll", "wo"})
_REFUSING = frozenset({"decline", "refuse"})
_OPENS_QUESTION = frozenset({
    "whether", "if", "how", "what", "why", "which", "who", "when", "where",
})  # fmt: skip


def _refused(verb: Token, withheld: frozenset[str]) -> bool:
    """Whether a verb of telling (``withheld``) is refused: negated ("would not say", "did not
    say", "would neither confirm nor deny") or what someone declines or refuses to do ("declined
    to say")."""
    if verb.lemma_.lower() not in withheld:
        return False
    if any(
        c.dep_ == "neg" or (c.dep_ == "preconj" and c.lower_ == "neither") for c in verb.children
    ) or non_answer(verb):
        return True  # "would not say", "would neither confirm nor deny"
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REFUSING


_UNNAMED = frozenset({"he", "she", "they", "it"})


def unnamed_refusal(span: Span, hedges: Hedges) -> bool:
    """Whether the outlet's sentence is a refusal to tell by a pronoun ("She would not say when
    the gates would reopen.", "He declined to comment."): a non-answer whose teller the line
    would not name. Said less: no claim (the speaker's own words nearby say who she is)."""
    root = span.root
    told = [root] + [c for c in root.children if c.dep_ == "xcomp"]
    if not any(_refused(v, hedges.withheld) for v in told):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in _UNNAMED for c in root.children)


@cache
def _refraining() -> dict[str, frozenset[str]]:
    kinds = kinded_lists(__package__ or "whatweknow.stages.claims", "refraining.tsv")
    return {k: frozenset(w.lower() for w in v) for k, v in kinds.items()}


_STATEMENT_EDGES = frozenset({"conj", "ccomp", "parataxis"})


def _tells_nothing(verb: Token) -> bool:
    """Whether a verb of telling says no clause of its own but the question it leaves open
    ("to say what caused the blast"); "to say that the crew erred" says something."""
    return all(
        c.dep_ not in ("ccomp", "conj", "parataxis")
        or c.doc[c.left_edge.i].lower_ in _OPENS_QUESTION
        for c in verb.children
    )


def refusal_to_tell(span: Span, hedges: Hedges) -> bool:
    """Whether a span is a refusal to tell, nothing of the story: a judgement that telling
    would be wrong ("It would be wrong to speculate while families are still grieving", "It
    would not be appropriate to comment": ``data/refraining.tsv``) over a verb of telling
    (``data/withheld.tsv``) that says no clause of its own ("to speculate on what caused it"
    leaves a question open, and counts). "It is too early to say what caused it" is no such
    judgement: it tells that the cause is not yet known, a claim. Its modal is no plan and its
    words no claim: no line. A clause told beside it ("…, but the fire started in the
    kitchen") keeps the span a statement. A speaker's own
    refusal ("We will not comment on newspaper fantasies") stays the speaker's words, no plan
    (:func:`_withheld`): it may dismiss what it will not discuss."""
    root = span.root
    kids = list(root.children)
    if any(c.dep_ in _STATEMENT_EDGES for c in kids):
        return False
    subject = [c for c in kids if c.dep_ in ("nsubj", "expl")]
    if root.lemma_.lower() != "be" or not any(c.lower_ == "it" for c in subject):
        return False
    words = _refraining()
    negated_root = any(c.dep_ == "neg" for c in kids)
    for adj in (c for c in kids if c.dep_ == "acomp"):
        word = adj.lower_
        judged = (word in words.get("unfit", frozenset()) and not negated_root) or (
            word in words.get("fit", frozenset()) and negated_root
        )
        told = [c for x in (root, adj) for c in x.children if c.dep_ == "xcomp"]
        if (
            judged
            and told
            and all(v.lemma_.lower() in hedges.withheld and _tells_nothing(v) for v in told)
        ):
            return True
    return False


def _question_as_adjunct(node: Token, verb: Token) -> bool:
    """Whether a clause parsed as an adjunct of a verb of telling is the question it leaves
    unanswered ("did not say when the harbour master would be questioned", read with "when …"
    an adverbial clause): the verb tells nothing else (no object, no clause of its own)."""
    return node.dep_ == "advcl" and not any(
        c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in verb.children
    )


def _withheld(tok: Token, withheld: frozenset[str]) -> bool:
    """Whether a hedge word belongs to a refusal to tell, a non-answer: the modal of a refused
    verb of telling ("I will not discuss the details": no plan), or any hedge of the question
    it leaves unanswered ("would not say when the gates would reopen": nobody expects that)."""
    if tok.tag_ == "MD" and tok.lower_ in _PLAN_MODALS and _refused(tok.head, withheld):
        return True
    node = tok
    while node.head.i != node.i:
        verb = node.head
        first = node.doc[node.left_edge.i]
        if (
            (node.dep_ in ("ccomp", "xcomp", "dobj") or _question_as_adjunct(node, verb))
            and first.lower_ in _OPENS_QUESTION
            and _refused(verb, withheld)
        ):
            return True
        node = verb
    return False


_RAISING = frozenset({"appear", "appears", "appeared", "seem", "seems", "seemed"})
_RAISED = frozenset({"xcomp", "ccomp", "acomp", "attr", "oprd"})


_VERBAL = frozenset({"VERB", "AUX"})


def _hedges(tok: Token) -> bool:
    """Whether a hedge word hedges: "appear"/"seem" only with a complement ("appeared to",
    "seems unlikely"; not "memorials appeared outside the headquarters"); a modal only over a
    verb (not one whose verb is left out: "they did what they could"); a participle only as a
    predicate, not describing a noun ("they arrested a man suspected of arson": the arrest is
    stated as fact). A hedge anywhere else in the span counts, in a clause of its own too: a
    claim holding a hedged clause is not stated as fact."""
    if tok.tag_ == "MD":
        if _unable(tok) or _missed_chance(tok):
            return False
        return tok.head.pos_ in _VERBAL or any(c.pos_ in _VERBAL for c in tok.children)
    if tok.tag_ == "VBN" and tok.dep_ in ("amod", "acl"):
        return False
    if tok.pos_ == "ADJ" and tok.dep_ == "amod" and _named_thing(tok.head):
        return False  # "opened an inquiry into possible manslaughter": the charge's name
    return tok.lower_ not in _RAISING or any(c.dep_ in _RAISED for c in tok.children)


_NAMING = frozenset({"pobj", "dobj", "obj", "compound"})


def _named_thing(noun: Token) -> bool:
    """Whether a noun that a hedge adjective describes only names what something is about or
    what is done ("an inquiry into possible fraud", "arrested a likely suspect"): an object of a
    verb or a preposition, not the subject or predicate of the clause ("The likely cause was a
    fire", "It was a possible attack" stay hedged)."""
    return noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in _NAMING


_ABILITY = frozenset({"could", "can"})
_UNREAL = frozenset({"could", "would", "should"})


def _missed_chance(modal: Token) -> bool:
    """ "That delay cost families days in which they could have moved their savings": a modal
    perfect ("could have moved") in a clause that describes a noun of the main clause through a
    preposition and "which" ("days in which", "a window during which") tells the chance that
    noun was, not a guess about the main clause. A clause opened by "who" or "that" ("a man who
    could have set the fire") still hedges."""
    verb = modal.head
    if modal.lower_ not in _UNREAL or verb.dep_ != "relcl" or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return False
    return verb.head.pos_ == "NOUN" and any(
        c.dep_ == "prep"
        and c.i < verb.i
        and any(o.dep_ == "pobj" and o.lower_ in ("which", "whom") for o in c.children)
        for c in verb.children
    )


def _unable(modal: Token) -> bool:
    """ "could not account for the money", "cannot find the records": a negated modal of
    ability over its verb says what someone was (or is) unable to do, a fact, not a guess. With
    a perfect ("could not have known") it judges what was possible, and hedges."""
    verb = modal.head
    if modal.lower_ not in _ABILITY or verb.pos_ not in _VERBAL or verb.i == modal.i:
        return False
    kids = list(verb.children)
    return any(c.dep_ == "neg" for c in kids) and not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids
    )


def negated(span: Span) -> bool:
    """Whether the main verb of the span is negated ("did not sign", "never agreed"), or its
    clause says that no such thing was (:func:`_none_was`: "No blasting has taken place")."""
    root = span.root
    heads = {root.i} | {c.i for c in root.children if c.dep_ in ("aux", "auxpass")}
    return any(t.dep_ == "neg" and t.head.i in heads for t in span) or _none_was(root)


def _none_was(root: Token) -> bool:
    """Whether a main clause says that no such thing was done or happened: its subject is a
    noun with "no" ("No blasting has taken place", "No shots were fired"). A "no" elsewhere in
    the clause ("found no trace", "there was no such cargo") is left as it was."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.pos_ == "NOUN"
        and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in root.children
    )


def _past(span: Span) -> bool:
    return span.root.tag_ in ("VBD", "VBN") and not any(
        c.lower_ in ("will", "'ll") for c in span.root.children
    )


_PRESENT = frozenset({"VBZ", "VBP", "MD"})


def _plan_now(span: Span, hedges: Hedges) -> bool:
    """Whether the main clause states a plan in the present ("An inquiry is expected to begin
    hearings on May 1", "The union plans to strike"): a plan form of several words whose first
    word is in the present tense and is the span's root or hangs on it. Its passive participle
    ("expected", the root) is no past tense: what is expected has not happened. A plan in a
    clause inside ("The minister, who is due to visit, spoke on Monday") leaves the main clause
    as it is."""
    root = span.root
    lowers = [t.lower_ for t in span]
    for words, kind in hedges.multi:
        n = len(words)
        if kind != "expect":
            continue
        for i in range(len(lowers) - n + 1):
            tok = span[i]
            if (
                tuple(lowers[i : i + n]) == words
                and tok.tag_ in _PRESENT
                and (tok.i == root.i or tok.head.i == root.i)
            ):
                return True
    return False


_NONE = frozenset({"no", "none", "nothing", "nobody", "neither", "never"})
_ARGUMENT = frozenset({"nsubj", "nsubjpass", "attr", "dobj", "obj", "acomp"})


def _denies(verb: Token) -> bool:
    """Whether a verb is negated itself ("do not", "never") or in an argument ("there are no
    talks", "there will be none", "nothing was found")."""
    for c in verb.children:
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never"):
            return True
        if c.dep_ in _ARGUMENT and (
            c.lower_ in _NONE or any(d.dep_ == "det" and d.lower_ in _NONE for d in c.children)
        ):
            return True
    return False


def _flat_denial(span: Span, hedges: Hedges) -> bool:
    """Whether a main clause in the present denies flatly, with a negated future only joined to
    it ("There are no talks and there will be none", "We do not pay and will never pay"): the
    future repeats the denial for what is to come; it forecasts no act. Each verb of the span
    that a plan word ("will") hangs on is a conjunct of the root, and denies too."""
    root = span.root
    present = root.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in root.children
    )  # "there are no talks", "the mill does not pay"
    if not present or not _denies(root):
        return False
    plans = _plan_modals(span, hedges)
    if plans is None:  # "is due to", "plans to": a plan told in words of their own, unless
        return _no_plan(span, hedges)  # the plan is what is denied ("There is no plan to …")
    return bool(plans) and all(
        t.head.dep_ == "conj" and t.head.head.i == root.i and _denies(t.head) for t in plans
    )


def _no_plan(span: Span, hedges: Hedges) -> bool:
    """Whether every plan form of several words in the span ("plan to") opens with a noun that
    "no" negates as an argument of the main clause in the present ("There is no plan to sell
    the mill", "There are no plans to close the port"): the speaker denies a plan; nothing is
    forecast. A plan form with no such noun ("There is no doubt the union plans to strike"),
    or none at all, is none of this."""
    root = span.root
    denied = {
        c.i
        for c in root.children
        if c.dep_ in _ARGUMENT
        and c.pos_ == "NOUN"
        and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
    }
    lowers = [t.lower_ for t in span]
    starts = [
        span[i].i
        for words, kind in hedges.multi
        if kind == "expect"
        for i in range(len(lowers) - len(words) + 1)
        if tuple(lowers[i : i + len(words)]) == words
    ]
    return (
        bool(starts)
        and all(i in denied for i in starts)
        and not any(hedges.single.get(t.lower_) == "expect" and t.tag_ == "MD" for t in span)
    )


def _plans_apart(span: Span, hedges: Hedges) -> bool:
    """Whether every plan word of the span lies in a clause with a "that" of its own conjoined
    to the main clause ("said the documents do not come from the federation and that it would
    ask police to investigate"): two statements of one cue, the plan only the second's; the
    first, the main clause, is no forecast."""
    root = span.root
    apart = {
        t.i
        for c in root.children
        if c.dep_ == "conj" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for t in c.subtree
    }
    if not apart:
        return False
    lowers = [t.lower_ for t in span]
    plans = [t.i for t in span if hedges.single.get(t.lower_) == "expect"] + [
        span[i].i
        for words, kind in hedges.multi
        if kind == "expect"
        for i in range(len(lowers) - len(words) + 1)
        if tuple(lowers[i : i + len(words)]) == words
    ]
    return bool(plans) and all(i in apart for i in plans)


def _unreal_if(verb: Token) -> bool:
    """Whether a verb has a condition contrary to fact: a clause opened by "if" in the past
    perfect ("If the files had been copied on May 2, …", "if it had rained")."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        and c.tag_ == "VBN"
        and any(a.dep_ in ("aux", "auxpass") and a.lower_ == "had" for a in c.children)
        for c in verb.children
    )


def _plan_modals(span: Span, hedges: Hedges) -> list[Token] | None:
    """The plan modals of the span ("will", "would"), or None where the span tells a plan in
    words of their own ("is due to", "plans to")."""
    lowers = [t.lower_ for t in span]
    if any(
        tuple(lowers[i : i + len(words)]) == words
        for words, kind in hedges.multi
        if kind == "expect"
        for i in range(len(lowers) - len(words) + 1)
    ):
        return None
    return [t for t in span if hedges.single.get(t.lower_) == "expect" and t.tag_ == "MD"]


def _counterfactual(span: Span, hedges: Hedges) -> bool:
    """Whether every plan modal of the span ("would") rests on a condition contrary to fact
    (:func:`_unreal_if`: "If the files had been copied on May 2, we would see entries from
    May"): reasoning about what did not happen, no plan nor expectation of an act."""
    plans = _plan_modals(span, hedges)
    if plans is None:
        return False  # "is due to", "plans to": a plan told in words of their own
    return bool(plans) and _in_quotes(span) and all(_unreal_if(t.head) for t in plans)


def _never_would(span: Span, hedges: Hedges) -> bool:
    """Whether every plan modal of a quoted span is "would" over a verb that "never" negates,
    with no condition ("“He would never do such a thing,” his sister said"): in the speaker's
    own words "would", not "will", tells what someone is like, not an act to come."""
    plans = _plan_modals(span, hedges)
    if not plans or not _in_quotes(span):
        return False
    return all(
        t.lower_ == "would"
        and any(c.dep_ in ("neg", "advmod") and c.lower_ == "never" for c in t.head.children)
        and not any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
            for c in t.head.children
        )
        for t in plans
    )


def _in_quotes(span: Span) -> bool:
    """Whether a span lies inside a quotation (more quotation marks opened than closed before
    it in its paragraph): the speaker's own words, whose tenses are as spoken ("If it had rained,
    we would know" is contrary to fact; reported, "would reopen if the check had gone well" may
    be a backshifted "will reopen if the check has gone well", a plan)."""
    text = span.doc.text
    before = text[text.rfind("\n", 0, span.start_char) + 1 : span.start_char]
    curly = before.count("“") - before.count("”")
    return curly > 0 or (curly == 0 and before.count('"') % 2 == 1)


_AUXES = ("aux", "auxpass")


def _past_then_guess(span: Span, hedges: Hedges) -> bool:
    """Whether the span's main verb states a past act plainly and a modal of a guess hangs only
    on a verb joined to it with no subject of its own ("the officer remained in custody and
    could be held for up to four days", "the firm closed the plant and may sell it"): the guess
    is the second verb's; the first stays what the cue tells (read for attributed content only:
    the outlet's own sentence of the kind stays speculated, never established). The line shows
    the modal in its own words."""
    root = span.root
    passive = root.tag_ == "VBN" and [c.lower_ for c in root.children if c.dep_ in _AUXES] in (
        ["was"],
        ["were"],
    )  # "the recorder was recovered … and appeared intact": a past act in the passive
    if not passive and (root.tag_ != "VBD" or any(c.dep_ in _AUXES for c in root.children)):
        return False
    later = [
        c
        for c in root.children
        if c.dep_ == "conj"
        and c.pos_ in _VERBAL
        and span.start <= c.i < span.end
        and not any(d.dep_ in ("nsubj", "nsubjpass", "expl") for d in c.children)
    ]
    if not later:
        return False
    first_end = min(c.left_edge.i for c in later)
    if any(k == "speculate" for _, k in find_hedges(span.doc[span.start : first_end], hedges)):
        return False
    guesses = [
        t
        for t in span
        if (t.tag_ == "MD" or t in later)
        and hedges.single.get(t.lower_) == "speculate"
        and t.i >= first_end
    ]  # a modal on the joined verb, or the joined verb a guess itself ("and appeared intact")
    rest = [w for w, k in find_hedges(span.doc[first_end : span.end], hedges) if k == "speculate"]
    return (
        bool(guesses)
        and len(rest) <= len(guesses)  # no "reportedly" beside the modal
        and all(t.head in later or t in later for t in guesses)
    )


def assess(
    span: Span, cue_class: CueClass | None, attributed: bool, hedges: Hedges
) -> tuple[str, list[str], bool]:
    """(modality, hedges, negated) of a content span and the cue that introduces it."""
    found = find_hedges(span, hedges)
    words = [w for w, _ in found]
    speculative = (
        any(k == "speculate" for _, k in found)
        and not (attributed and _past_then_guess(span, hedges))
    ) or cue_class in ("speculate", "believe")
    planned = (
        any(k == "expect" for _, k in found)
        and (not _past(span) or _plan_now(span, hedges))
        and not _flat_denial(span, hedges)
        and not _plans_apart(span, hedges)
        and not _counterfactual(span, hedges)
        and not _never_would(span, hedges)
    )
    if cue_class == "deny":
        modality = "denied"
    elif cue_class == "allege":
        modality = "alleged"
    elif speculative:
        modality = "speculated"
    elif planned:
        modality = "expected"
    elif attributed:
        modality = "asserted" if cue_class == "assert" else "reported"
    else:
        modality = "asserted"
    return modality, words, negated(span)


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@cache
def _needing() -> frozenset[str]:
    """``data/needing.tsv``: verbs of a state of need or want, whose present tense states the
    state now, whatever day its object is for."""
    return word_list(__package__, "needing.tsv")


def ahead(span: Span, timexes: Sequence[Timex], published: date | None) -> str | None:
    """The words of a date after the publication day that a main clause in the simple present
    states its act for ("Talks resume in Brenz on Monday", "The hearing is on Friday"): such a
    statement tells what is scheduled, not what happened. None when the clause is in another
    tense, or names no such day but in a clause describing a noun (:func:`_describes`) or in
    a question left open (:func:`open_question`)."""
    if published is None or span.root.tag_ not in ("VBZ", "VBP"):
        return None
    if any(c.dep_ == "aux" for c in span.root.children):
        return None  # "is being held", "has begun": not the simple present of a schedule
    if span.root.lemma_.lower() in _needing():
        return None  # "the valley needs someone at the desk tomorrow": a need held now; the
        # day is of what is needed, no act scheduled
    for t in timexes:
        if t.type not in ("DATE", "TIME") or not span.start_char <= t.start < span.end_char:
            continue
        m = _DAY.match(t.value)
        if m is None:
            continue
        word = span.char_span(
            t.start - span.start_char, t.end - span.start_char, alignment_mode="expand"
        )
        if (
            word is not None
            and len(word)
            and (_describes(word.root, span) or open_question(word.root, span))
        ):
            continue  # "The mayor, who will visit on Friday, backs …": the visit's day only
        try:
            day = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            continue
        if day > published:
            return t.text
    return None


ASIDE_OPENERS = frozenset({"when", "after", "as", "before", "since"})
"""Words that open a clause telling, in passing, when or after what something else happens."""
_ASIDE_DEPS = frozenset({"advcl", "relcl"})


def _dated_before(value: str, published: date) -> bool:
    """Whether a TIMEX3 calendar value (a day, a month or a year) lies before ``published``: a
    day on it or before it, a month or a year that ended before it."""
    day = published.isoformat()
    if len(value) >= 10 and _DAY.match(value):
        return value[:10] <= day
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return value < day[:7]
    if re.fullmatch(r"\d{4}", value):
        return value < day[:4]
    return False


def opener(verb: Token) -> Token | None:
    """The word that opens the clause of ``verb`` as an aside (:data:`ASIDE_OPENERS`): a
    marker or adverb of an adverbial or relative clause ("after it ended", "the case when it
    ended"), or the preposition whose complement the clause is ("as when it ended"); or None."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in ASIDE_OPENERS and verb.head.i < verb.i:
        return verb.head
    if verb.dep_ not in _ASIDE_DEPS:
        return None
    return max(
        (
            c
            for c in verb.children
            if c.i < verb.i and c.dep_ in ("mark", "advmod") and c.lower_ in ASIDE_OPENERS
        ),
        key=lambda c: c.i,
        default=None,
    )


def past_aside(
    verb: Token, timexes: Sequence[Timex], published: date | None, hedges: Hedges
) -> bool:
    """Whether ``verb`` heads a clause opened by "when", "after", "as", "before" or "since"
    (:data:`ASIDE_OPENERS`) that tells a past happening: the verb is in the past tense ("freed",
    "was freed", "had freed"; no modal), the clause names a calendar date before the publication
    day ("… as in 2019, when the government freed a pilot in 2019"), and it holds no hedge of
    its own. Such a clause states what happened whatever the main clause's modal says ("A swap
    would come only after a verdict, as when …"). A past tense with no past date is not enough:
    "would resume after the parties agreed" tells a future in the past."""
    if published is None or opener(verb) is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    if not (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a.tag_ == "VBD" for a in auxes))):
        return False
    doc = verb.doc
    clause = doc[verb.left_edge.i : verb.right_edge.i + 1]
    if find_hedges(clause, hedges):
        return False
    return any(
        t.type in ("DATE", "TIME")
        and clause.start_char <= t.start
        and t.end <= clause.end_char
        and _dated_before(t.value, published)
        for t in timexes
    )


def asides(
    span: Span, timexes: Sequence[Timex], published: date | None, hedges: Hedges
) -> list[tuple[Span, Span]]:
    """The past asides (:func:`past_aside`) in a span, innermost: each as (the whole
    clause, "just as it did when …"; its words after its opener, "it did when …")."""
    out: list[tuple[Span, Span]] = []
    doc = span.doc
    found = [t for t in span if past_aside(t, timexes, published, hedges)]
    for tok in found:
        if any(o.i != tok.i and tok.left_edge.i <= o.i <= tok.right_edge.i for o in found):
            continue  # "just as it did when Varnia freed …": the clause inside tells it
        opens = opener(tok)
        assert opens is not None
        start = max(min(tok.left_edge.i, opens.i), span.start)
        end = min(tok.right_edge.i + 1, span.end)
        out.append((doc[start:end], doc[max(opens.i + 1, start) : end]))
    return out


@cache
def _revising() -> tuple[frozenset[str], frozenset[str]]:
    """``data/revising.tsv``: the verbs of reckoning and the markers of a view held now."""
    kinds = kinded_lists(__package__ or "whatweknow.stages.claims", "revising.tsv")
    return (
        frozenset(v.lower() for v in kinds.get("verb", ())),
        frozenset(m.lower() for m in kinds.get("marker", ())),
    )


_FIRST_PERSON = frozenset({"we", "i"})


@cache
def _knowing() -> frozenset[str]:
    return frozenset(_lines("knowing.tsv"))


def known_fact(frame: Frame) -> bool:
    """Whether a frame of believing is a passive of knowing over an infinitive ("nine people
    were now known to have died", ``data/knowing.tsv``): no one's belief, but what is
    established, told as fact by whoever tells it. "is believed to", "is thought to" still
    hedge; so does knowing with a subject of its own ("police know …") or a modal ("may be
    known to")."""
    if frame.cue_class != "believe" or len(frame.cue) != 1:
        return False
    cue = frame.cue[0]
    kids = list(cue.children)
    return (
        cue.lemma_.lower() in _knowing()
        and cue.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in kids)
        and any(c.dep_ == "xcomp" for c in kids)
        and not any(c.dep_ in ("neg", "nsubj") or c.tag_ == "MD" for c in kids)
    )


def own_revision(frame: Frame, types: Mapping[str, str]) -> bool:
    """Whether a frame of believing tells its party's own revised statement, not a guess
    (``data/revising.tsv``): a verb of reckoning marked as the view held now ("now believes"),
    its reckoner the party that speaks in the words holding it: "we" or "I", the same actor as
    the teller, or a body (an organisation or a state, or "the" and a noun of a body) that a
    person tells of ("X told MPs that the company now believed …": the company's correction,
    as its officer gives it). ``types`` are the actors' types by id. "Analysts now believe …",
    or "believe" with no such marker, is no such statement."""
    verbs, markers = _revising()
    if frame.cue_class != "believe" or len(frame.cue) != 1 or frame.speaker is None:
        return False
    cue = frame.cue[0]
    if cue.lemma_.lower() not in verbs or not any(
        c.dep_ == "advmod" and c.lower_ in markers for c in cue.children
    ):
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in cue.children):
        return False  # "no longer believes", "may now think": no statement of the view
    carrier = frame.nested_in
    if carrier is None or carrier.speaker is None:
        return False
    head = frame.speaker.root
    if head.lower_ in _FIRST_PERSON:
        return True
    if frame.source is not None and frame.source == carrier.source:
        return True
    told_by_person = carrier.source is not None and types.get(carrier.source) == "person"
    body = (frame.source is not None and types.get(frame.source) in ("organisation", "state")) or (
        head.pos_ == "NOUN"
        and len(frame.speaker) == 2
        and frame.speaker[0].lower_ == "the"
        and head.lemma_.lower() in set().union(*load_bodies())
    )
    return told_by_person and body
