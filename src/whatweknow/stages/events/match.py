"""Finding trigger words in a sentence.

A single-word entry matches a token of its part of speech whose lemma (or lower-cased form) is
the entry's. An entry of several words matches, for a verb, the verb with the other words among
its dependents and theirs ("called **on** Iran", "withdrew **from** the **talks**", "opened
**fire**"); for a noun (or any hyphenated entry), a run of tokens ("air strike", "state of
emergency", "sit-in") whose head is a noun. The longest entry wins, and a token is used by one
trigger at most.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .lexicon import Lexicon, Trigger

NOUN_TAGS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True)
class Match:
    head: Token
    """The token that stands for the trigger in the parse (the verb, or the run's head)."""
    entry: Trigger
    tokens: tuple[int, ...]
    """Indices of all the trigger's tokens, in order."""

    @property
    def text(self) -> str:
        """The trigger as written: "air strike", "called on"."""
        doc = self.head.doc
        if self.entry.run:
            return doc[self.tokens[0] : self.tokens[-1] + 1].text
        return " ".join(doc[i].text for i in self.tokens)

    @property
    def verbal(self) -> bool:
        return self.head.pos_ in ("VERB", "AUX")


def forms(tok: Token) -> tuple[str, ...]:
    """The lemma and lower-cased form; for a capitalised common noun the tagger took for a
    name ("Talks between …" opening a sentence), also its singular."""
    if tok.pos_ == "PROPN" and tok.lower_.endswith("s") and not tok.ent_type_:
        return tok.lemma_.lower(), tok.lower_, tok.lower_[:-1]
    return tok.lemma_.lower(), tok.lower_


def _pos_ok(tok: Token, pos: str) -> bool:
    if pos == "VERB":
        return tok.pos_ == "VERB"
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and not tok.ent_type_)


def _run_at(
    sent: Span, i: int, entry: Trigger, used: set[int], fm: dict[int, tuple[str, ...]]
) -> Match | None:
    doc = sent.doc
    n = len(entry.words)
    if i + n > sent.end:
        return None
    idx = tuple(range(i, i + n))
    if used.intersection(idx):
        return None
    for word, j in zip(entry.words, idx, strict=True):
        if word not in fm[j]:
            return None
    head = doc[i : i + n].root
    if not _pos_ok(head, entry.pos) and not (entry.pos == "NOUN" and head.pos_ == "VERB"):
        return None
    if _dated_preposition(doc[idx[-1]]):
        return None  # "a strike on Monday" is no "strike on" a target
    return Match(head, entry, idx)


def _dated_preposition(tok: Token) -> bool:
    """A preposition ending a run whose object is a date or a time."""
    return tok.pos_ == "ADP" and any(
        c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in tok.children
    )


def _verb_at(
    tok: Token, entry: Trigger, used: set[int], fm: dict[int, tuple[str, ...]]
) -> Match | None:
    if tok.pos_ != "VERB":
        return None
    near = [c for c in tok.children] + [g for c in tok.children for g in c.children]
    taken = {tok.i}
    for word in entry.words[1:]:
        found = next(
            (t for t in near if t.i not in taken and t.i not in used and word in fm[t.i]), None
        )
        if found is None:
            return None
        taken.add(found.i)
    return Match(tok, entry, tuple(sorted(taken)))


def find_triggers(sent: Span, lex: Lexicon) -> list[Match]:
    """The triggers of a sentence (or part of one), in text order."""
    doc = sent.doc
    lo, hi = sent.start, sent.end
    # forms of the sentence's tokens and of the dependents a verb entry may reach
    fm = {t.i: forms(t) for t in doc[max(0, lo - 1) : hi]}
    for t in sent:
        for c in t.children:
            fm.setdefault(c.i, forms(c))
            for g in c.children:
                fm.setdefault(g.i, forms(g))
    tries = [
        (entry, tok)
        for tok in sent
        for form in dict.fromkeys(fm[tok.i])
        for entry in lex.by_first.get(form, ())
    ]
    tries.sort(key=lambda x: (-len(x[0].words), x[1].i))
    used: set[int] = set()
    found: list[Match] = []
    for entry, tok in tries:
        if tok.i in used:
            continue
        m = _run_at(sent, tok.i, entry, used, fm) if entry.run else _verb_at(tok, entry, used, fm)
        if m is not None:
            found.append(m)
            used.update(m.tokens)
    for tok in sent:
        if tok.i in used:
            continue
        pos = "VERB" if tok.pos_ == "VERB" else "NOUN" if _pos_ok(tok, "NOUN") else None
        if pos is None:
            continue
        one = next((e for f in fm[tok.i] if (e := lex.single(pos, f)) is not None), None)
        if one is not None and len(one.words) == 1:
            found.append(Match(tok, one, (tok.i,)))
            used.add(tok.i)
    return sorted(found, key=lambda m: m.head.i)
