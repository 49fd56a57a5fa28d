"""What the words around a trigger do to it: futurity, demands and reversals.

- **announced acts**: a trigger with a future auxiliary ("will visit", "would release") or
  governed, through a chain of infinitives, by a word of intent ("is **ready** to meet",
  "**plans** to deploy", "is willing to send aid to help defend") is an announced act: its event
  is ``expected`` when its claim is plainly asserted or reported (a denial, allegation or
  speculation is kept as it is).
- **demands**: "Sudan **must** return the helicopter", said by a source, is that source's
  REQUEST of Sudan (PLOVER REQUEST: "all requests, demands, and orders"); a wish about a state
  ("X **should** be home by Christmas") asks nobody to act, and is none.
- **reversals** (PLOVER manual and CAMEO2PLOVER table): ending, suspending or cutting talks,
  aid or cooperation is SANCTION (reduce relations: "halt negotiations", "reduce or stop aid");
  calling off a strike or lifting a curfew or a ban is CONCEDE (easing restrictions, suspending
  protests); lifting a blockade, a siege or an occupation is RETREAT ``withdraw`` (CAMEO 0872);
  lifting sanctions is RETREAT (CAMEO 085); ending fighting is RETREAT ``ceasefire``. Allowing a
  protest is CONCEDE, allowing access RETREAT ``access``. Preventing or banning a protest is
  COERCE ``restrict``; banning aid or cooperation SANCTION.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from spacy.tokens import Token

from .event_types import COOPERATIVE

FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
INTENT_WORDS = frozenset({
    "ready", "willing", "prepared", "eager", "determined", "committed", "poised", "set",
    "plan", "intend", "decide", "prepare", "aim", "expect", "hope", "want", "wish", "resolve",
})  # fmt: skip
DEONTIC = frozenset({"must", "should"})
STOP_VERBS = frozenset({
    "end", "halt", "stop", "suspend", "cease", "abandon", "quit", "terminate", "freeze", "cut",
    "reduce", "shorten", "curtail", "lift", "ease", "relax", "cancel", "scrap", "call", "break",
    "scale",
})  # fmt: skip
"""Verbs that end what their object names ("call" and "break" only with "off", "scale" with
"back")."""
_NEEDS_PARTICLE = {"call": "off", "break": "off", "scale": "back"}
PERMIT_VERBS = frozenset({"allow", "permit", "authorize", "authorise"})
PREVENT_VERBS = frozenset({"prevent", "prohibit", "ban", "bar", "block", "forbid", "outlaw"})
TRANSPARENT = frozenset({
    "effort", "campaign", "drive", "operation", "process", "mission", "initiative", "bid",
    "attempt", "round", "series", "wave", "programme", "program", "plan",
})  # fmt: skip
"""Nouns that stand for the event they name ("mediation **efforts**", "a **round** of talks")."""
MILITARY_RESTRICTIONS = frozenset({"blockade", "siege", "occupation"})


def _intent(tok: Token) -> bool:
    return tok.lemma_.lower() in INTENT_WORDS or tok.lower_ in INTENT_WORDS


def future(tok: Token) -> bool:
    """Whether the trigger is announced rather than reported as done (see the module doc)."""
    verb = tok
    if tok.pos_ not in ("VERB", "AUX"):
        head = tok.head
        while head.lemma_.lower() in TRANSPARENT and head.i != head.head.i:
            head = head.head
        if tok.dep_ in ("dobj", "pobj") and head.pos_ in ("VERB", "AUX", "ADP"):
            verb = head if head.pos_ != "ADP" else head.head
        else:
            return False
    for _ in range(4):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in verb.children):
            return True
        if verb.dep_ != "xcomp":
            return False
        gov = verb.head
        if _intent(gov):
            return True
        if gov.lemma_.lower() == "go" and any(c.dep_ == "aux" for c in gov.children):
            return True  # "is going to meet"
        verb = gov
    return False


@cache
def modal_perfects() -> dict[str, str]:
    """modal → kind (``unrealised`` or ``possible``), from ``data/modal_perfects.tsv``."""
    text = (files(__package__) / "data" / "modal_perfects.tsv").read_text(encoding="utf-8")
    rows = [r.split("\t") for r in text.splitlines() if r and not r.startswith("#")]
    out = {}
    for n, row in enumerate(rows[1:], 2):
        if len(row) != 2 or row[1] not in ("unrealised", "possible"):
            raise ValueError(f"modal_perfects.tsv row {n}: expected modal<TAB>unrealised|possible")
        out[row[0]] = row[1]
    return out


def _clause_verb(tok: Token) -> Token | None:
    if tok.pos_ in ("VERB", "AUX"):
        return tok
    head = tok.head
    while head.lemma_.lower() in TRANSPARENT and head.i != head.head.i:
        head = head.head
    if tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX", "ADP"):
        return head if head.pos_ != "ADP" else head.head
    return None


def modal_perfect(tok: Token) -> str | None:
    """The kind (:func:`modal_perfects`) of the modal perfect that governs the trigger: "the
    mayor *should have* resigned", "troops *would have* withdrawn if …", "*ought to have*
    warned", "*should have* agreed to resign" (through infinitives), "*should have* held
    talks" (a noun's verb), and the "if" clause of an unrealised one ("would have withdrawn if
    the talks *had gone* well"); None for any other ("should resign" is a demand, "has resigned" a
    report)."""
    verb = _clause_verb(tok)
    perfect = False
    for _ in range(4):
        if verb is None:
            return None
        if perfect and verb.lower_ in modal_perfects():
            return modal_perfects()[verb.lower_]  # "ought" heads "to have resigned"
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        perfect = perfect or any(c.lower_ == "have" for c in aux)
        if perfect:
            for c in aux:
                kind = modal_perfects().get(c.lower_)
                if kind is not None:
                    return kind
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        if verb.dep_ == "advcl" and "if" in marks:
            # "would have withdrawn if the talks *had gone* well": the condition is as unreal
            return "unrealised" if modal_perfect(verb.head) == "unrealised" else None
        if verb.dep_ != "xcomp":
            return None
        verb = verb.head
    return None


def deontic(verb: Token) -> bool:
    """ "must release", "should resign", "must be ready to mediate"; not a
    wish or an obligation about a state ("X should be home by Christmas", "must be safe"): PLOVER
    REQUEST is an actor asking another to act, and "be" asks for an act only through one it
    holds ("be ready *to mediate*")."""
    if verb.pos_ not in ("VERB", "AUX") or not any(
        c.dep_ == "aux" and c.lower_ in DEONTIC for c in verb.children
    ):
        return False
    if modal_perfect(verb) is not None:
        return False  # "should have resigned": a reproach of what was not done, asks nothing
    return verb.lemma_.lower() != "be" or _holds_act(verb)


def _holds_act(verb: Token) -> bool:
    """Whether a "be" holds a verb of its own: an infinitive, of it or of its complement ("be
    ready to mediate", "be the first to act")."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB":
            return True
        if c.dep_ in ("acomp", "attr") and any(
            g.dep_ in ("xcomp", "ccomp", "acl", "relcl") and g.pos_ == "VERB" for g in c.children
        ):
            return True
    return False


def governs_events(tok: Token) -> bool:
    """A stop, permit or prevent verb ("halted", "called off", "allowed", "banned")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return False
    if lemma in PERMIT_VERBS or lemma in PREVENT_VERBS:
        return True
    if lemma not in STOP_VERBS:
        return False
    particle = _NEEDS_PARTICLE.get(lemma)
    return particle is None or any(c.lower_ == particle for c in tok.children)


def event_noun(tok: Token, heads: set[int]) -> Token | None:
    """The trigger a noun stands for: itself, or the trigger a transparent noun names."""
    if tok.i in heads:
        return tok
    if tok.lemma_.lower() in TRANSPARENT:
        for c in tok.children:
            if c.dep_ == "compound" and c.i in heads:
                return c
            if c.dep_ == "prep" and c.lower_ == "of":
                for obj in c.children:
                    if obj.i in heads:
                        return obj
    return None


def governed(verb: Token, heads: set[int]) -> Token | None:
    """The trigger a stop, permit or prevent verb is about: its object, or the object of the
    clause it allows or prevents ("allowed X to bring out a rally")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and (found := event_noun(c, heads)):
            return found
        if c.dep_ in ("xcomp", "ccomp") and verb.lemma_.lower() in PERMIT_VERBS | PREVENT_VERBS:
            if c.i in heads:
                return c
            for g in c.children:
                if g.dep_ == "dobj" and (found := event_noun(g, heads)):
                    return found
    return None


def reversal(
    verb: Token, content_type: str, content_lemma: str, verb_type: str | None
) -> tuple[str, str | None] | None:
    """The (type, mode) of ending, allowing or preventing an event, or None."""
    lemma = verb.lemma_.lower()
    if lemma in PERMIT_VERBS:
        if content_type == "PROTEST":
            return "CONCEDE", None
        if content_type in ("AID", "INVESTIGATE", "CONSULT", "MOBILIZE"):
            return "RETREAT", "access"
        return None
    if lemma in PREVENT_VERBS:
        if content_type == "PROTEST":
            return "COERCE", "restrict"
        if content_type in COOPERATIVE:
            return "SANCTION", "discontinue"
        return None
    if content_type == "PROTEST":
        return "CONCEDE", None
    if content_type == "ASSAULT":
        return "RETREAT", "ceasefire"
    if content_type == "COERCE" and content_lemma in MILITARY_RESTRICTIONS:
        return "RETREAT", "withdraw"
    if content_type in ("COERCE", "THREATEN"):
        return "CONCEDE", None
    if content_type == "SANCTION":
        return "RETREAT", None
    if content_type == "MOBILIZE":
        return "RETREAT", "withdraw"
    if content_type in COOPERATIVE and verb_type in (None, "SANCTION"):
        return "SANCTION", "withdraw" if content_type == "CONSULT" else "discontinue"
    return None
