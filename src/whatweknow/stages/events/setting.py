"""Where and when: the clause of a trigger, its location and its time.

- **clause**: a verbal trigger's clause is the verb's subtree; a nominal trigger's is that of
  the verb it depends on ("Talks between Iran and the IAEA **resumed** in Vienna on Monday").
- **location**: a place (a mention with ``as: place``) that is the object of a locative
  preposition ("in", "at", "near" …) in the clause, the one nearest the trigger in the parse
  first; for a visit, the place visited ("visit Beijing"), or the place its site belongs to
  ("visited the port of Dunmore").
- **time**: a timex of type DATE or TIME with a calendar value (``2024-06-03``, ``2024-06``,
  ``2024-W23``; not ``PAST_REF``) inside the clause (not inside a clause coordinated after its
  verb: "had asked the union and would raise it next week" does not date the asking), the
  nearest to the trigger; else the
  nearest one before the trigger in the same sentence ("On Monday, the army shelled the town
  and rebels fired back"), but not for a clause that is what another verb says or thinks (its
  content: "The group said on Tuesday that it carried out the attack" dates the saying, and the
  attack may have been on any day before). A date in an adverbial or relative clause that
  does not hold the trigger is that clause's ("would come soon, as when the government freed a
  pilot in 2019"; "attacked the base, which was built in 2010"). Otherwise null: the
  publication date is *not* used, since an event reported on a day did not necessarily happen
  that day. Nor a date after "by", "until", "since" … (:data:`BOUNDS`): it bounds an
  expectation or a stretch of time ("should be home by Christmas", "closed until Friday").
  Nor a date that qualifies a noun other than the trigger (:func:`qualifies`: a possessor,
  a name modifier, an "of" phrase): it dates that noun's thing, not the event ("visited
  survivors of *Friday's* flood on Monday" is a visit on Monday; with no "on Monday", a visit on
  a day not told). Nor a date after a figure a comparative sets against the sentence's own
  (:func:`compared`: "12 boats were waiting, down from 30 on Wednesday", and the figures listed
  after it: "up from 12 on Monday and 17 on Tuesday"): it is that figure's. Nor a date that is
  an argument of a verbal trigger (:func:`argument`: "requested talks *for* Saturday", "declared
  Friday a public holiday"): it is the day the words are about, not the day of the act; a
  noun's day it is ("talks scheduled for Saturday", "a strike for Saturday").
  An act that a verb of denial holds (:func:`denied_act`: "On Tuesday the Front denied
  *attacking* the convoy", "denied any role in the *attack*") takes a day only from its own
  words ("denied attacking the convoy on Monday"): the day before it is the denial's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from importlib.resources import files

from spacy.tokens import Span, Token

from ...contract import Timex
from ..attribution.cues import load_cues
from ..claims.modality import opener
from .participants import Index

LOCATIVE = frozenset({
    "in", "at", "near", "inside", "outside", "across", "around", "within", "into", "throughout",
    "off", "along", "beyond",
})  # fmt: skip


def clause_head(trigger: Token) -> Token:
    tok = trigger
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else trigger


def clause(trigger: Token) -> Span:
    """The clause of a trigger, trimmed of edge punctuation and spaces."""
    head = clause_head(trigger)
    doc = trigger.doc
    i, j = head.left_edge.i, head.right_edge.i + 1
    while i < j and (doc[i].is_punct or doc[i].is_space):
        i += 1
    while j > i and (doc[j - 1].is_space or (doc[j - 1].is_punct and doc[j - 1].text != ")")):
        j -= 1
    return doc[i:j] if j > i else doc[head.i : head.i + 1]


def _place_at(tok: Token, index: Index) -> str | None:
    for actor, as_ in index.of(tok):
        if as_ == "place":
            return actor.id
    return None


def _place_of(noun: Token, index: Index) -> str | None:
    """The place a visited site belongs to: "the port *of Dunmore*", "*Dunmore's* port", "the
    *Dunmore* port" (a visit to the port is a visit to Dunmore)."""
    for c in noun.children:
        if c.dep_ in ("poss", "compound") and (found := _place_at(c, index)):
            return found
        if c.dep_ == "prep" and c.lower_ == "of":
            for obj in c.children:
                if obj.dep_ == "pobj" and (found := _place_at(obj, index)):
                    return found
    return None


def location(trigger: Token, index: Index, *, visit: bool = False) -> str | None:
    """The id of the place where the event happens, or None."""
    head = clause_head(trigger)
    if visit:
        for c in trigger.children:
            if c.dep_ == "dobj" and (found := _place_at(c, index) or _place_of(c, index)):
                return found
    # breadth first from the trigger, then from its clause's verb
    seen: set[int] = set()
    queue = [trigger, head]
    while queue:
        tok = queue.pop(0)
        if tok.i in seen:
            continue
        seen.add(tok.i)
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in LOCATIVE:
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        for t in (obj, *obj.conjuncts):
                            if found := _place_at(t, index):
                                return found
            if c.dep_ not in ("ccomp", "advcl", "relcl", "parataxis", "conj"):
                queue.append(c)
    return None


def _content(head: Token) -> bool:
    """Whether a clause (by its verb) is what a verb of saying or thinking says ("said … that
    *it carried out the attack*", "accused X … *of breaking the embargo*"; a cue of the
    attribution lexicon), directly or as a conjunct of such a clause. Not any complement
    clause: the parser makes some coordinated clauses one ("the army shelled Goma and rebels
    attacked Bukavu")."""
    tok = head
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":  # "accused X on Wednesday of breaking …"
        tok = tok.head
        return load_cues().verb(tok.head.lemma_) is not None
    return tok.dep_ == "ccomp" and load_cues().verb(tok.head.lemma_) is not None


def denied_act(trigger: Token) -> bool:
    """Whether a trigger lies in what a verb of denial (a cue of class ``deny``: "deny",
    "reject" …) holds, other than a clause of its own with a subject ("denied *attacking* the
    convoy", "denied any role in the *attack*"): the act denied, whose day is not the denial's."""
    cues = load_cues()
    node = trigger
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "advcl", "relcl", "parataxis", "conj") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in node.children if node.i != trigger.i
        ):
            return False
        node = node.head
        if node.pos_ == "VERB" and cues.verb(node.lemma_) == "deny":
            return True
    return False


def _calendar(t: Timex) -> bool:
    return t.type in ("DATE", "TIME") and t.value[:1].isdigit()


def _coordinated(head: Token) -> list[tuple[int, int]]:
    """The character ranges of the clauses coordinated after a verb or after a clause it holds
    ("had asked the union *and would raise it next week*", "had asked the union to meet *and
    would raise it next week*"): events of their own, whose times are not the verb's."""
    return [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for c in head.subtree
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > head.i
    ]


_SUBORDINATE = frozenset({"advcl", "relcl"})
BOUNDS = frozenset({"since", "until", "till", "from", "by"})
"""Words before a date that make it bound a stretch of time or a deadline ("closed until
Friday", "should be home by Christmas"), not name the day anything happened."""


def bounds(text: str, start: int) -> bool:
    """Whether the date at ``start`` in ``text`` follows a word of :data:`BOUNDS`."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].casefold() in BOUNDS


FIGURE_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand",
    "thousands", "dozen", "dozens", "million", "millions", "billion",
})  # fmt: skip
_HEDGE = (
    r"(?:(?:about|around|some|nearly|almost|just|roughly|over|under"
    r"|more\s+than|fewer\s+than|less\s+than)\s+)?"
)
_FIGURE = r"(?:\$|€|£)?(?:\d[\d.,]*%?|(?:" + "|".join(sorted(FIGURE_WORDS)) + r"))"


@cache
def _compared_re() -> re.Pattern[str]:
    """The pattern of a comparative cue, its figure and what it counts, up to the date."""
    text = (files(__package__) / "data" / "comparatives.tsv").read_text(encoding="utf-8")
    rows = [r.split("\t") for r in text.splitlines() if r and not r.startswith("#")]
    alts = []
    for n, row in enumerate(rows[1:], 2):
        if len(row) != 2 or row[1] not in ("yes", "no"):
            raise ValueError(f"comparatives.tsv row {n}: expected cue<TAB>yes|no")
        cue = r"\s+".join(map(re.escape, row[0].split()))
        nouns = r"(?:\s+[a-z][\w-]*){0,3}?" if row[1] == "yes" else ""
        alts.append(rf"{cue}\s+(?:the\s+|a\s+)?{_HEDGE}{_FIGURE}{nouns}")
    # the figures listed after the compared one, each with its own day ("up from 12 on Monday
    # and 17 on Tuesday"): a day of up to four words, then a comma or "and" and a figure
    day = r"\s+(?:on|at|in)\s+[\w'’]+(?:\s+[\w'’]+){0,3}?"
    listed = rf"(?:{day}\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+){_HEDGE}{_FIGURE})*"
    return re.compile(rf"\b(?:{'|'.join(alts)}){listed}(?:\s+(?:on|at|in|of))?\s*,?\s*$", re.I)


def compared(text: str, start: int) -> bool:
    """Whether the date at ``start`` follows a figure that a comparative cue
    (``data/comparatives.tsv``) sets against the sentence's own ("12 boats were waiting, *down
    from 30* on Wednesday", "*against 30* a week earlier", "*compared with 9 boats* on
    Monday"): the date is the compared figure's day, not the day of what the sentence says."""
    before = text[max(0, start - 80) : start]
    before = re.split(r"[.;:!?\n]", before)[-1]
    return _compared_re().search(before) is not None


@cache
def _arguments() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of the words before and after a date that make it an argument
    (``data/date_arguments.tsv``)."""
    text = (files(__package__) / "data" / "date_arguments.tsv").read_text(encoding="utf-8")
    rows = [r.split("\t") for r in text.splitlines() if r and not r.startswith("#")]
    cues: dict[str, list[str]] = {"before": [], "after": []}
    for n, row in enumerate(rows[1:], 2):
        if len(row) != 2 or row[1] not in cues:
            raise ValueError(f"date_arguments.tsv row {n}: expected cue<TAB>before|after")
        cues[row[1]].append(r"\s+".join(map(re.escape, row[0].split())))
    before = re.compile(rf"(?<![\w'’-])(?:{'|'.join(cues['before'])})\s+$", re.I)
    after = re.compile(rf"^\s+(?:{'|'.join(cues['after'])})\s", re.I)
    return before, after


_PAST_VERB = re.compile(r"(?<![\w'’-])[a-z]+ed\s+$")


def argument(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is an argument, not the day of an act
    (``data/date_arguments.tsv``): it follows a word that makes it one ("logs *for* Saturday",
    "moved the vote *to* Friday"), or it follows a past verb with no preposition between and a
    noun phrase follows it ("*declared* Friday *a* public holiday", "*named* Sunday *as a* day of
    mourning"): the verb's object, the day declared, not the day of the declaring."""
    before, after = _arguments()
    left = text[max(0, start - 40) : start]
    if before.search(left):
        return True
    return _PAST_VERB.search(left) is not None and after.match(text[end : end + 20]) is not None


NOUN_MODIFIERS = frozenset({"poss", "compound", "nmod", "amod"})
"""How a date hangs from a noun whose thing it dates ("Friday's flood", "the 2 May vote")."""


def qualifies(trigger: Token, t: Timex) -> bool:
    """Whether the date ``t`` qualifies a noun other than the trigger (and other than a time
    word: "the night of 2 May" is a date): a possessor or name modifier ("survivors of
    *Friday's* flood", "the *2 May* vote"), or the object of an "of" that hangs from such a
    noun ("the flood of *2 May*")."""
    span = trigger.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.dep_ in NOUN_MODIFIERS:
        noun = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.dep_ == "prep":
        noun = root.head.head
    else:
        return False
    if noun.i == trigger.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return noun.ent_type_ not in ("DATE", "TIME") and not (t.start <= noun.idx < t.end)


_AT_ONCE = frozenset({"when", "as", "while"})
_PAST = frozenset({"VBD", "VBN"})


def _subordinate(trigger: Token, sentence: Span) -> list[tuple[int, int]]:
    """The character ranges of the adverbial and relative clauses of the sentence that do not
    hold the trigger ("A swap could come soon, as when the government freed a pilot *in
    2019*"; "the base, which was built in 2010"; a reduced one, :func:`_reduced`: "the review,
    begun on Tuesday"): their dates are their own verbs'. Not a
    past "when", "as" or "while" clause of the trigger's own past verb: what happened then
    happened at once ("Four people were killed when an explosion tore through the plant *on
    Monday*")."""
    head = clause_head(trigger)
    return [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for c in sentence
        if (c.dep_ in _SUBORDINATE or opener(c) is not None or _reduced(c, trigger))
        and c.pos_ in ("VERB", "AUX")
        and not c.left_edge.i <= trigger.i <= c.right_edge.i
        and not _at_once(c, head)
    ]


def _reduced(clause: Token, trigger: Token) -> bool:
    """Whether ``clause`` is a reduced relative clause of a noun other than the trigger, set off
    by a comma ("An Omalian review, *begun on Tuesday*, accused Dravia") or not ("suspended the
    coach over the two tests *announced on Tuesday*"): its date is its noun's. Only a past
    participle that opens its clause, after its comma, or right after its noun where that noun
    is a preposition's object: the parser makes other words "acl" too readily ("a bus carrying
    40 people overturned on Sunday", where "overturned" is the sentence's verb)."""
    doc = clause.doc
    left = clause.left_edge.i
    noun = clause.head
    return (
        clause.dep_ == "acl"
        and clause.tag_ == "VBN"
        and noun.i != trigger.i
        and noun.pos_ in ("NOUN", "PROPN")
        and left == clause.i
        and left > 0
        and (doc[left - 1].text == "," or (noun.i == left - 1 and noun.dep_ == "pobj"))
    )


def _at_once(clause: Token, head: Token) -> bool:
    """Whether ``clause`` is a past "when"/"as"/"while" clause of the past verb ``head`` with
    no modal ("were killed when it tore through", not "could come, as when it freed")."""
    mark = opener(clause)
    return (
        clause.dep_ == "advcl"
        and clause.head.i == head.i
        and mark is not None
        and mark.lower_ in _AT_ONCE
        and clause.tag_ in _PAST
        and head.tag_ in _PAST
        and not any(c.tag_ == "MD" for c in head.children)
    )


def time_of(trigger: Token, sentence: Span, timexes: Sequence[Timex] | None) -> str | None:
    """The TIMEX3 value of the event's time, or None (see the module doc)."""
    if not timexes:
        return None
    span = clause(trigger)
    at = trigger.idx
    outside = _subordinate(trigger, sentence)
    text = trigger.doc.text
    verbal = trigger.pos_ in ("VERB", "AUX")
    usable = [
        t
        for t in timexes
        if _calendar(t)
        and not any(a <= t.start and t.end <= b for a, b in outside)
        and not bounds(text, t.start)
        and not compared(text, t.start)
        and not (verbal and argument(text, t.start, t.end))
        and not qualifies(trigger, t)
    ]
    others = _coordinated(clause_head(trigger))
    inside = [
        t
        for t in usable
        if span.start_char <= t.start
        and t.end <= span.end_char
        and not any(a <= t.start and t.end <= b for a, b in others)
    ]
    if denied_act(trigger):
        own = (trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge))
        inside = [t for t in inside if own[0] <= t.start and t.end <= own[1]]
        return min(inside, key=lambda t: (abs(t.start - at), t.start)).value if inside else None
    if inside:
        return min(inside, key=lambda t: (abs(t.start - at), t.start)).value
    if _content(clause_head(trigger)):
        return None
    before = [t for t in usable if sentence.start_char <= t.start and t.end <= at]
    if before:
        return max(before, key=lambda t: t.start).value
    return None
