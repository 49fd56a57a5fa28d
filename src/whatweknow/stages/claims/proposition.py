"""A claim's proposition: the predicate of its main clause, its family, polarity and participants.

Rules, on the dependency parse of the claim's span:

* **the head** is the span's syntactic root (a token whose head lies outside the span), a verb
  preferred; a span from which two verbs hang outside it is no proposition (a misparse, as a
  rule: "the cargo, which a paper reported was carrying arms, was not on the agenda"). A head
  that only carries another statement is looked through: a reporting noun ("speculation that
  X", "suggestions that X", "reports that X") or "what he called …" gives the proposition of X;
* **"calling it a lie"**: a copular clause whose attribute rejects its subject ("suggestions that
  X were an absolute lie", "the claim that X is false") denies X: the proposition is X's, and
  :func:`propose` reports it as a denial;
* **the predicate**: the head's lemma; a copula keeps its attribute or preposition ("be dead",
  "be behind"; the attribute's word where the table knows it and not its lemma: "be missing",
  also of "are missing" parsed as a verb with no object, or an adjective head with "be"), a
  phrasal verb its particle ("shoot down"); a verb with an object noun is also looked up as
  "verb noun" ("reach deal"). "Stop"/"cease"/"halt" doing X is X negated;
* **an attitude**: a copula whose adjective takes a clause of its own ("she was glad to go back
  to the mill", "he was sure that the talks would fail", "they were ready to resume") states the
  subject's stance towards that clause's event, not the event: its predicate is the attribute
  ("be glad"), its own family unless the table knows it, never the clause's verb;
* **the frame**: the predicate's family in ``data/frames.tsv`` (with antonyms flipping the
  polarity), else the predicate itself; a light verb (``data/light.tsv``: be, have, say …) with
  no attribute, particle or object that the table knows is no proposition;
* **polarity**: negative with a ``neg`` dependant, "never", or "no" before the subject or object
  ("no deal was reached");
* **participants**: the actors mentioned in the subject (agent; the ``by`` phrase of a passive)
  and in the object (theme; the subject of a passive).

A span with no head verb and no event noun in the frames table, or whose head's subject or object
lies outside it, or that completes a question ("what Japan believed the ship was carrying"), is
a fragment: no proposition.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from spacy.tokens import Span, Token

from ...contract import Actor, Proposition
from .._lists import word_list

REPORT_NOUNS = frozenset({
    "speculation", "suggestion", "report", "claim", "allegation", "accusation", "rumour",
    "rumor", "assertion", "idea", "theory", "notion", "story", "insinuation", "charge",
})  # fmt: skip
"""Nouns that carry a statement ("reports that X"): the proposition is X's."""
REJECTING = frozenset({
    "lie", "falsehood", "fabrication", "nonsense", "false", "untrue", "baseless", "unfounded",
    "absurd", "fake", "groundless", "rubbish", "fiction", "invention", "slander", "hoax",
    "inaccurate", "incorrect", "wrong", "misleading", "disinformation", "propaganda",
})  # fmt: skip
"""Attributes that reject their subject: "the claims were an absolute lie"."""
STOPPING = frozenset({"stop", "cease", "halt", "quit", "end", "suspend"})
NEGATORS = frozenset({"no", "never", "none", "neither", "nor"})
_SUBJ = ("nsubj", "csubj", "expl")
_CORE = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})
_OBJ = ("dobj", "obj", "nsubjpass", "attr", "oprd")


@dataclass(frozen=True)
class FrameTable:
    family: dict[str, tuple[str, bool]]
    """predicate -> (family, antonym)"""
    light: frozenset[str]
    governing: frozenset[str] = frozenset()
    """Heads that only carry the verb they govern ("is set to resume", "is due to open"):
    looked through where that verb is there, kept where it is not ("set fire to")."""


@cache
def load_frames() -> FrameTable:
    """The frames and light-verb tables beside this module, validated."""
    base = files(__package__) / "data"
    family: dict[str, tuple[str, bool]] = {}
    rows = _rows((base / "frames.tsv").read_text(encoding="utf-8"))
    for n, row in enumerate(rows[1:], 2):
        parts = row.split("\t")
        if len(parts) != 3 or parts[2] not in ("+", "-") or not parts[0] or not parts[1]:
            raise ValueError(f"frames.tsv row {n}: expected predicate<TAB>family<TAB>+|-")
        family[" ".join(parts[0].lower().split())] = (parts[1], parts[2] == "-")
    light_rows = _rows((base / "light.tsv").read_text(encoding="utf-8"))[1:]
    light = frozenset(r.strip().lower() for r in light_rows)
    governing_rows = _rows((base / "governing.tsv").read_text(encoding="utf-8"))[1:]
    governing = frozenset(r.strip().lower() for r in governing_rows)
    return FrameTable(family, light, governing)


def _rows(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@dataclass(frozen=True)
class Found:
    proposition: Proposition
    copula: int | None = None
    """Where the words that call it a lie are (the character offset of "were" in "… were a
    lie"), when the claim calls what it reports a lie."""

    @property
    def rejects(self) -> bool:
        """The claim calls what it reports a lie: it is a denial of the proposition."""
        return self.copula is not None


def _root(span: Span) -> Token | None:
    roots = [t for t in span if t.head.i == t.i or not span.start <= t.head.i < span.end]
    roots = [t for t in roots if not t.is_punct and not t.is_space]
    verbs = [t for t in roots if t.pos_ in ("VERB", "AUX")]
    if len(verbs) > 1:
        return None  # two clauses hang from outside the span: a parse that cannot be trusted
    found = verbs or roots
    return found[0] if found else None


def _misparsed_clause(span: Span, root: Token) -> Token | None:
    """The verb of a clause the parser hung from its subject as a noun's modifier, where a
    participle after a comma follows ("A flood swept through the town on Friday, killing five
    people and leaving 40 homeless, officials said": "flood" the subject of "said", "swept" its
    ``acl``): the span's first words are its subject, a past form its verb, and the participle
    ("killing", "leaving") tells what the event did. None for any other noun phrase ("the deal
    reached on Tuesday"), which states no proposition."""
    if root.pos_ not in ("NOUN", "PROPN") or root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if _inside(span, root.head) or any(t.i < root.i and t.head.i != root.i for t in span):
        return None  # the span must begin with the subject's own words
    verbs = [c for c in root.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")]
    if len(verbs) != 1:
        return None
    (verb,) = verbs
    participles = [
        c
        for t in (root, verb)
        for c in t.children
        if c.dep_ in ("acl", "advcl")
        and c.tag_ == "VBG"
        and c.i > verb.i
        and _inside(span, c)
        and c.i > 0
        and c.doc[c.i - 1].text == ","
    ]
    return verb if participles else None


def _inside(span: Span, tok: Token) -> bool:
    return span.start <= tok.i < span.end


def _clause_below(span: Span, tok: Token) -> Token | None:
    """The verb of the clause a reporting noun (or "call") carries, inside the span: the first
    clause that opens with "that" (:func:`_that_clause`), else the first clause below it
    ("reports circulating on social media that she had died" carry "had died", not
    "circulating")."""
    found: list[Token] = []
    for t in tok.subtree:
        if t.i == tok.i or not _inside(span, t) or t.pos_ not in ("VERB", "AUX"):
            continue
        if t.dep_ in ("acl", "ccomp", "relcl", "advcl", "xcomp", "oprd", "dobj", "attr"):
            marked = any(c.dep_ == "mark" for c in t.children) or t.dep_ in ("acl", "ccomp")
            # "suggestions he was killed": a clause with no relative pronoun of its own
            bare = t.dep_ == "relcl" and not any(c.tag_ in ("WDT", "WP") for c in t.children)
            if marked or bare:
                found.append(t)
    that = next((t for t in found if _that_clause(t)), None)
    return that or (found[0] if found else None)


def _that_clause(verb: Token) -> bool:
    """Whether a clause opens with "that" before its subject ("that she had died"), as a mark
    or, misparsed, as a pronoun of the clause."""
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        c.lower_ == "that"
        and (c.dep_ == "mark" or (c.i < verb.i and any(c.i < s for s in subjects)))
        for c in verb.children
    )


def _rejection(span: Span) -> tuple[Token, Token] | None:
    """The head of what the span calls a lie, and the copula that does ("suggestions that X were
    an absolute lie": X's head, "were")."""
    for tok in span.sent:  # the rejecting copula may lie outside a claim of the inner clause
        attrs = [c for c in tok.children if c.dep_ in ("attr", "acomp")]
        if tok.lemma_ != "be" or not any(a.lemma_.lower() in REJECTING for a in attrs):
            continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lemma_.lower() in REPORT_NOUNS:
            inner = _clause_below(span, subj)
            return (inner, tok) if inner is not None else None
    return None


def _governed(span: Span, head: Token, governing: frozenset[str]) -> Token | None:
    """The verb that a carrying head governs inside the span: "supply" of "is meant to
    supply", "resume" of "are set to resume", "open" of "is due to open" (the copula's
    adjective, ``data/governing.tsv``); None where there is none ("set fire to the depot")."""
    holder = head
    if head.lemma_ == "be":
        holder = next(
            (c for c in head.children if c.dep_ == "acomp" and c.lemma_.lower() in governing),
            head,
        )
    if holder.lemma_.lower() not in governing:
        return None
    return next(
        (
            c
            for c in holder.children
            if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and _inside(span, c)
        ),
        None,
    )


def _look_through(
    span: Span, head: Token, light: frozenset[str], governing: frozenset[str] = frozenset()
) -> Token:
    """The head of the proposition below heads that only carry it."""
    for _ in range(4):
        governed = _governed(span, head, governing)
        if governed is not None:
            head = governed
            continue
        if head.lemma_.lower() in light and head.lemma_ != "be":
            # "appeared to have been downed", "believe an explosion brought down the plane"
            clauses = [c for c in head.children if c.dep_ in ("xcomp", "ccomp")]
            inner = next(
                (c for c in clauses if c.pos_ in ("VERB", "AUX") and _inside(span, c)), None
            )
            if inner is not None:
                head = inner
                continue
        if head.lemma_.lower() in REPORT_NOUNS or head.lemma_.lower() == "call":
            inner = _clause_below(span, head)
            if inner is None:
                return head
            head = inner
            continue
        attrs = [c for c in head.children if c.dep_ in ("attr", "acomp")]
        clause = [c for c in head.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        if head.lemma_ == "be" and not attrs and clause and _inside(span, clause[0]):
            head = clause[0]  # "the latest toll is that 3,000 people were killed"
            continue
        break
    return head


def _negative(head: Token) -> bool:
    for c in head.children:
        if c.dep_ == "neg" or c.lower_ in NEGATORS:
            return True
        if c.dep_ in (*_SUBJ, *_OBJ) and any(
            d.dep_ == "det" and d.lower_ in NEGATORS for d in c.children
        ):
            return True
    return False


def _ordered_by(head: Token) -> Token | None:
    """The object of "on (the) orders of …" under a head: "killed on its orders"."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "at", "under"):
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in ("order", "instruction", "behest"):
                    return p
    return None


def _predicate(head: Token) -> tuple[list[str], str]:
    """Predicates to look up in the frames table, most specific first, and the predicate that
    is its own family when none is there (the verb with its particle, never with its object)."""
    lemma = head.lemma_.lower()
    out: list[str] = []
    if _ordered_by(head) is not None:
        out.append("order")
    if lemma == "be":
        own = lemma
        for c in head.children:
            if c.dep_ in ("attr", "acomp"):
                out.append(f"be {c.lemma_.lower()}")
                if c.lower_ != c.lemma_.lower():  # "is missing": the word, where the parser
                    out.append(f"be {c.lower_}")  # gives its verb's lemma ("miss")
                if _attitude(c):
                    own = f"be {c.lemma_.lower()}"
            elif c.dep_ == "prep":
                out += _be_in(c)
        return out, own
    prt = next((c for c in head.children if c.dep_ == "prt"), None)
    if prt is not None:
        out.append(f"{lemma} {prt.lower_}")
    kids = list(head.children)
    if (
        head.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in kids)
        and not any(c.dep_ in ("dobj", "obj") for c in kids)
    ):  # "two hikers are missing", parsed as the verb "miss": the copula's "be missing"
        out.append(f"be {head.lower_}")
    for c in head.children:  # "reached a deal", and the passive "no deal was reached"
        if c.dep_ in ("dobj", "obj", "nsubjpass") and c.pos_ == "NOUN":
            out.append(f"{lemma} {c.lemma_.lower()}")
    out.append(lemma)
    return out, f"{lemma} {prt.lower_}" if prt is not None else lemma


def _be_in(prep: Token) -> list[str]:
    """The predicates of a copula's preposition that the frames table knows, most specific
    first: with its object noun and that noun's compound ("be on hunger strike"), with the noun
    ("be on strike"), the preposition alone ("be behind")."""
    family = load_frames().family
    out: list[str] = []
    for p in prep.children:
        if p.dep_ == "pobj" and p.pos_ == "NOUN":
            noun = p.lemma_.lower()
            compound = " ".join(c.lower_ for c in p.children if c.dep_ == "compound")
            if compound:
                out.append(f"be {prep.lower_} {compound} {noun}")
            out.append(f"be {prep.lower_} {noun}")
    out.append(f"be {prep.lower_}")
    return [x for x in out if x in family]


def _be_adjective(head: Token) -> bool:
    """Whether a head is an adjective with "be" as its auxiliary or copula ("any record was
    missing" parsed with "missing" its head): a copula's attribute."""
    return head.pos_ == "ADJ" and any(
        c.dep_ in ("aux", "cop") and c.lemma_.lower() == "be" for c in head.children
    )


def _attitude(attribute: Token) -> bool:
    """Whether a copula's attribute is an adjective that takes a clause of its own ("glad to
    return", "sure that the talks would fail"): a stance towards that clause's event."""
    return attribute.pos_ == "ADJ" and any(
        c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in attribute.children
    )


_CHARGED_WITH = frozenset({"for", "of"})


def _charged_deed(span: Span, root: Token) -> tuple[Token, Token] | None:
    """The deed and the accused of a charge's words, the object of a verb of blame outside the
    span with the deed in a gerund after "for" or "of" ("blamed [the Tavon Brigade for shelling
    the depot]", "accused [the firm of hiding the survey]"): the accused did the deed. None for
    anything else (a bare name blamed, "blamed the fire on …")."""
    verb = root.head
    if (
        root.pos_ not in ("NOUN", "PROPN")
        or root.dep_ not in ("dobj", "obj")
        or _inside(span, verb)
    ):
        return None
    if verb.lemma_.lower() not in word_list(
        __package__ or "whatweknow.stages.claims", "accusing.tsv"
    ):
        return None
    preps = [
        c
        for c in (*root.children, *verb.children)
        if c.dep_ == "prep" and c.lower_ in _CHARGED_WITH
    ]
    deeds = [
        g
        for p in preps
        if _inside(span, p)
        for g in p.children
        if g.dep_ == "pcomp" and g.tag_ == "VBG" and _inside(span, g)
    ]
    if len(deeds) != 1:
        return None
    accused = root
    return deeds[0], accused


def _named_in(noun: Token, deed: Token, spans: Sequence[tuple[int, int, str]]) -> list[str]:
    """The actors a charged noun phrase names, its words before the deed ("the Tavon Brigade",
    not the depot of "for shelling the depot")."""
    words = [t for t in noun.subtree if t.i < deed.i and t.lower_ not in _CHARGED_WITH]
    if not words:
        return []
    lo, hi = words[0].idx, words[-1].idx + len(words[-1])
    return list(dict.fromkeys(aid for s, e, aid in spans if lo <= s and e <= hi))


def _actors_in(tok: Token, spans: Sequence[tuple[int, int, str]]) -> list[str]:
    lo = min(t.idx for t in tok.subtree)
    hi = max(t.idx + len(t) for t in tok.subtree)
    out: list[str] = []
    for s, e, aid in spans:
        if lo <= s and e <= hi and aid not in out:
            out.append(aid)
    return out


@cache
def _doer_marks() -> frozenset[str]:
    """``data/doer_marks.tsv``: nouns whose "of" phrase names a doer ("hallmarks of X")."""
    rows = _rows((files(__package__) / "data" / "doer_marks.tsv").read_text(encoding="utf-8"))
    return frozenset(w.strip().lower() for w in rows[1:])


def _marked_by(head: Token) -> Token | None:
    """The object of "of" after a noun of :func:`_doer_marks` that is the head's object: "the
    raid bore the hallmarks of the Velt Brigade" names who did it."""
    for c in head.children:
        if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _doer_marks():
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    return next((o for o in p.children if o.dep_ == "pobj"), None)
    return None


def _participants(
    head: Token, mentions: Sequence[tuple[int, int, str]]
) -> tuple[list[str], list[str]]:
    agent: list[str] = []
    theme: list[str] = []
    orders = _ordered_by(head)
    if orders is not None:  # "Y was killed on the orders of X": X gave the order, about Y
        done_to = [c for c in head.children if c.dep_ in ("nsubjpass", "dobj", "obj")]
        return _actors_in(orders, mentions), [a for c in done_to for a in _actors_in(c, mentions)]
    marked = _marked_by(head)
    if marked is not None:  # "the attack bore the hallmarks of X": X did it; the subject is
        return _actors_in(marked, mentions), []  # the deed, no participant
    for c in head.children:
        if c.dep_ in ("nsubj", "csubj", "agent"):
            agent += _actors_in(c, mentions)
        elif c.dep_ in _OBJ:
            theme += _actors_in(c, mentions)
    return list(dict.fromkeys(agent)), list(dict.fromkeys(theme))


WITHHOLDING = frozenset({"decline", "refuse"})
TELLING = frozenset({
    "comment", "elaborate", "discuss", "answer", "respond", "speak", "specify", "identify",
    "name", "give", "provide", "detail", "say", "confirm", "reveal", "disclose", "explain",
})  # fmt: skip
"""Verbs that only tell: "declined to comment", "refused to say how many", "would not name"."""


def _withholds(head: Token) -> bool:
    """Whether a clause only withholds words ("declined to comment on the details"): it states
    no refusal of an agreement (``refuse`` is ``agree``'s antonym) and no proposition."""
    if head.lemma_.lower() not in WITHHOLDING:
        return False
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in TELLING for c in head.children)


QUESTION_MARKS = frozenset({"whether", "if"})
"""Words that open an indirect question ("have not said *whether* they received a letter")."""


def _open_question(head: Token) -> bool:
    """Whether a clause is an indirect question ("Officials have not said whether they received
    any letter", "would not say if it had failed"), or a verb of telling that only asks one
    ("did not confirm whether the letter had arrived"): a non-answer asserts nothing of the
    question, neither way, so it is no proposition (and never a side of a pair)."""

    def asked(clause: Token) -> bool:
        return clause.dep_ == "ccomp" and any(
            c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in clause.children
        )

    if asked(head):
        return True
    return head.lemma_.lower() in TELLING and any(asked(c) for c in head.children)


def propose(span: Span, mentions: Sequence[tuple[int, int, str]]) -> Found | None:
    """The proposition of a claim's span (``mentions``: actor ``(start, end, id)`` by character
    offsets, places left out), or None for a fragment."""
    table = load_frames()
    root = _root(span)
    if root is None:
        return None
    root = _misparsed_clause(span, root) or root
    charged = _charged_deed(span, root)
    if charged is not None:  # "blamed the Tavon Brigade for shelling the depot": it shelled
        return _charge(charged[0], charged[1], mentions, table)
    rejected = _rejection(span)
    if rejected is not None:
        head, copula = rejected[0], rejected[1].idx
    else:
        head, copula = _look_through(span, root, table.light, table.governing), None
    if not head.is_alpha or any(c.dep_ == "expl" for c in head.children):
        return None  # punctuation parsed as a head; "there is …" states no predicate
    if any(c.dep_ in _CORE and not _inside(span, c) for c in head.children):
        return None  # "what the ship was carrying": its object lies outside
    governor = head.head
    if not _inside(span, governor) and any(
        c.tag_ in ("WP", "WDT") and c.dep_ in ("dobj", "obj") and not _inside(span, c)
        for c in governor.children
    ):
        return None  # "what Japan believed the ship was carrying": an open question, no claim
    if _withholds(head) or _open_question(head):
        return None  # "declined to comment on the details": nothing said, nothing refused
    negative = _negative(head)
    if head.lemma_.lower() in STOPPING:
        inner = next((c for c in head.children if c.dep_ in ("xcomp", "ccomp")), None)
        if inner is not None and inner.pos_ == "VERB":
            head, negative = inner, not negative
    if head.pos_ not in ("VERB", "AUX") and _be_adjective(head):
        # "any record was missing", the adjective its head: the copula's "be missing", where
        # the table knows it (an adjective no family holds is no proposition)
        known = [p for p in (f"be {head.lemma_.lower()}", f"be {head.lower_}") if p in table.family]
        if not known:
            return None
        predicates, own = known, known[0]
    elif head.pos_ not in ("VERB", "AUX"):
        if head.lemma_.lower() not in table.family:  # a noun phrase that is no known event
            return None
        predicates, own = [head.lemma_.lower()], head.lemma_.lower()
    else:
        predicates, own = _predicate(head)
    chosen = next((p for p in predicates if p in table.family), None)
    if chosen is not None:
        family, antonym = table.family[chosen]
    elif head.lemma_.lower() in table.light and not own.startswith("be "):
        return None  # "has been a long week", "had things to do": no known predicate
    else:
        chosen, family, antonym = own, own, False
    agent, theme = _participants(head, mentions)
    prop = Proposition(
        predicate=chosen,
        frame=family,
        negative=negative != antonym,
        agent=agent,
        theme=theme,
    )
    return Found(prop, copula)


def _charge(
    deed: Token, accused: Token, mentions: Sequence[tuple[int, int, str]], table: FrameTable
) -> Found | None:
    """The proposition of a charge's words (:func:`_charged_deed`): the deed's, the accused its
    doer; None where the accused is no actor (an agentless deed is no charge of anyone)."""
    predicates, own = _predicate(deed)
    pick = next((p for p in predicates if p in table.family), own)
    family, antonym = table.family.get(pick, (pick, False))
    done_to = [c for c in deed.children if c.dep_ in ("dobj", "obj")]
    prop = Proposition(
        predicate=pick,
        frame=family,
        negative=_negative(deed) != antonym,
        agent=_named_in(accused, deed, mentions),
        theme=list(dict.fromkeys(a for c in done_to for a in _actors_in(c, mentions))),
    )
    return Found(prop, None) if prop.agent else None


def mention_spans(actors: Sequence[Actor]) -> list[tuple[int, int, str]]:
    """The actor mentions that can fill a role (places that only locate are left out)."""
    return sorted(
        (m.start, m.end, a.id)
        for a in actors
        if a.type != "place"
        for m in a.mentions
        if m.as_ == "actor"
    )
