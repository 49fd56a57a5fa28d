"""Sentences of the body that state nothing of the story themselves.

Some sentences of an article's own narration only steer the reader: they announce that a rival
figure or account follows ("The army gave a lower figure.", "But the union told a very different
story."), raise a question ("Doubts are growing over whether the dam held."), or tell that the
outlet could not check what it has just reported ("The paper could not independently verify the
account."). None is a statement that could be established, denied or paired; the last is a
caveat on the sentence before it, which it leaves unconfirmed (:func:`caveat`). A sourcing note
("The official spoke on condition of anonymity.") says how a source was used, not what happened
(:func:`sourcing_note`).

The words are a lexicon (``data/discourse.tsv``: the verbs, nouns and modifiers of each shape);
the shapes are dependency patterns over the sentence's main clause. Each rule wants the sentence
to be no more than its shape: a figure in it ("gave a higher figure of 21") keeps it a statement,
and so does a clause that says what was not checked ("could not confirm that the plane had
crashed": that clause is the existing negated-cue rule's, :func:`.component.negated_cue`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from spacy.tokens import Span, Token

from ..attribution.cues import Cues

_QUESTION = frozenset({"whether", "if", "how", "why", "who", "what", "when", "where", "which"})
_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis", "relcl", "acl"})
_ABLE = frozenset({"able", "unable", "possible", "impossible"})
_UNABLE = frozenset({"unable", "impossible"})
MAX_TOKENS = 14
"""An announcing sentence is short: a longer one says more than that a rival account exists."""


@dataclass(frozen=True)
class Lexicon:
    words: dict[str, frozenset[str]]

    def has(self, kind: str, word: str) -> bool:
        return word.casefold() in self.words.get(kind, frozenset())

    def names(self, kind: str, tok: Token) -> bool:
        """Whether a token is a word of ``kind``: by its lemma, or by its form (a plural whose
        lemma the tagger missed: "Doubts" opening a sentence, taken for a name)."""
        forms = {tok.lemma_.casefold(), tok.lower_}
        if tok.lower_.endswith("s"):
            forms.add(tok.lower_[:-1])
        return bool(forms & self.words.get(kind, frozenset()))


@cache
def load_lexicon() -> Lexicon:
    text = (files(__package__) / "data" / "discourse.tsv").read_text(encoding="utf-8")
    rows = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    found: dict[str, set[str]] = {}
    for n, line in enumerate(rows[1:], 2):
        kind, _, word = line.partition("\t")
        if not kind or not word:
            raise ValueError(f"discourse.tsv row {n}: expected kind<TAB>word")
        found.setdefault(kind, set()).add(word.strip().casefold())
    return Lexicon({k: frozenset(v) for k, v in found.items()})


def _words(sent: Span) -> list[Token]:
    return [t for t in sent if not (t.is_punct or t.is_space)]


def announces_dispute(sent: Span, lex: Lexicon) -> bool:
    """ "The coastguard gave a higher figure.", "But the union told a very different story.": a
    short sentence whose main verb hands over (``give``) a figure or account (``told``) set
    against another (``other``), or says that figures or accounts disagree (``differ``:
    "Accounts of the rescue differed."), with no number and no clause of its own. What the
    figures are comes with their sources."""
    words = _words(sent)
    root = sent.root
    if len(words) > MAX_TOKENS or any(t.like_num for t in sent):
        return False
    if any(c.dep_ in _CLAUSES for c in root.children):
        return False
    if lex.names("differ", root):  # "Accounts of the rescue differed.", "Estimates varied."
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        return bool(subjects) and all(lex.names("told", s) for s in subjects)
    if not lex.names("give", root):
        return False
    for obj in root.children:
        if obj.dep_ in ("dobj", "obj") and lex.names("told", obj):
            before = [t for t in obj.subtree if t.i < obj.i]
            if any(lex.has("other", t.lower_) for t in before):
                return True
    return False


def raises_question(sent: Span, lex: Lexicon) -> bool:
    """ "Questions are mounting over whether …", "There are doubts about how many …": the main
    verb says that a question is there (``raised``: be, mount, remain …), its subject (or, after
    "there is", its attribute) is a question noun, and a question word opens a clause after it.
    An open question, not a fact ("A question about why … drew a long answer" states one)."""
    root = sent.root
    if not lex.names("raised", root):
        return False
    for subj in root.children:
        if subj.dep_ in ("nsubj", "nsubjpass", "attr") and lex.names("question", subj):
            return any(t.lower_ in _QUESTION for t in sent if t.i > subj.i)
    return False


_OPENS_QUESTION = frozenset({"how", "why", "whether", "what", "who", "which"})


def left_open(sent: Span, lex: Lexicon) -> bool:
    """ "How many people have fled is disputed.", "Whether the dam held remains unclear.": a
    sentence that opens with a question word and says the answer is open (``open``:
    disputed, unclear, unknown …). A question, not a fact; "What happened next shocked the
    town" says nothing is open, and stays."""
    words = _words(sent)
    if not words or words[0].lower_ not in _OPENS_QUESTION or sent.text.rstrip().endswith("?"):
        return False
    return any(lex.names("open", t) for t in words[1:])


_IT = frozenset({"it", "this", "that", "so", "them"})


def bare_reaction(sent: Span, cues: Cues) -> bool:
    """ "Tarsova's army denied it.", "The ministry confirmed this.": a short sentence whose main
    verb is a cue and whose only object is a pronoun: it says what someone did with words the
    sentence does not give, and alone (a briefing line) states nothing."""
    root = sent.root
    words = _words(sent)
    if len(words) > 8 or cues.verb(root.lemma_) is None:
        return False
    if any(c.dep_ in _CLAUSES for c in root.children):
        return False
    objects = [
        c
        for c in root.children
        if c.dep_ in ("dobj", "obj") or (c.dep_, c.lower_) == ("advmod", "so")
    ]  # "Police said so."
    return bool(objects) and all(o.lower_ in _IT for o in objects)


def calls_reader(sent: Span, lex: Lexicon) -> bool:
    """ "Subscribe to our newsletter for more.", "Get breaking news alerts: download our app.",
    "Follow our live coverage here.": an imperative (the sentence opens with its verb, a
    ``call``: subscribe, download, follow …) whose words name what an outlet offers (``offer``:
    newsletter, app, alerts, coverage …); a bare imperative ("Support independent journalism.");
    or a disclaimer or signpost (a ``disclaim`` phrase: "does not constitute investment advice",
    "here is what we know"). The page talking to its reader, not a statement."""
    words = _words(sent)
    if not words:
        return False
    lowered = " ".join(t.lower_ for t in words)
    if any(phrase in lowered for phrase in lex.words.get("disclaim", ())):
        return True
    if _imperative(sent, words):
        return True
    openings = [0] + [n + 1 for n, t in enumerate(sent) if t.text == ":" and n + 1 < len(sent)]
    for at in openings:  # "More world news: sign up for our newsletter"
        rest = [t for t in sent[at:] if not (t.is_punct or t.is_space)]
        if (
            rest
            and lex.has("call", rest[0].lower_)
            and rest[0].tag_ in ("VB", "NNP", "NN", "VBP")
            and any(lex.names("offer", t) for t in rest[1:])
        ):
            return True
    return False


def _imperative(sent: Span, words: list[Token]) -> bool:
    """ "Support independent journalism.", "Subscribe for full access.": a short sentence that
    opens with its main verb in the base form, with no subject and no clause: it tells the
    reader to do something, and states nothing (quoted words are the speaker's, not the
    page's)."""
    root = sent.root
    first = words[0]
    return (
        first.i == root.i
        and root.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux") for c in root.children)
        and not sent[0].is_quote
        and len(words) <= MAX_TOKENS
        and not any(t.dep_ in _CLAUSES for t in sent)  # "Follow the towpath to the mill,
        # where the flood began": a statement rides on it
    )


def _check(sent: Span, lex: Lexicon) -> Token | None:
    """The negated checking verb of the main clause ("could not verify", "was unable to
    confirm", "has not been able to verify", "It was not possible to verify"), or None."""
    root = sent.root
    for t in sent:
        if not lex.names("check", t) or t.pos_ != "VERB":
            continue
        chain = [t]
        if t.i != root.i:
            head = t.head
            able = [c for c in head.children if c.dep_ == "acomp" and c.lower_ in _ABLE]
            if t.dep_ != "xcomp":
                continue
            if head.lower_ in _ABLE:  # "was unable to confirm"
                chain.append(head)
                if head.i != root.i:
                    if head.head.i != root.i or head.dep_ != "acomp":
                        continue
                    chain.append(root)
            elif head.i == root.i and able:  # "It was not possible to verify"
                chain += [root, *able]
            else:
                continue
        negated = any(c.dep_ == "neg" for x in chain for c in x.children) or any(
            x.lower_ in _UNABLE for x in chain
        )
        if negated:
            return t
    return None


def _unchecked(sent: Span, lex: Lexicon, before: Span | None) -> tuple[Token, list[Token]] | None:
    """The negated checking verb of a verification caveat and what it did not check, or None
    (:func:`caveat`)."""
    verb = _check(sent, lex)
    if verb is None:
        return None
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None  # "could not confirm that …": the clause is unconfirmed, not a report
    roles = ("dobj", "obj") if not any(c.dep_ == "auxpass" for c in verb.children) else ()
    objects = [c for c in verb.children if c.dep_ in roles]
    if not objects:  # passive: the thing not checked is the subject
        objects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not objects or not all(lex.names("checked", o) or _told_before(o, before) for o in objects):
        return None
    return verb, objects


def caveat(sent: Span, lex: Lexicon, before: Span | None = None) -> str | None:
    """The words of a verification caveat ("could not independently verify", "was unable to
    confirm"), when the sentence is one: a negated checking verb (``check``) over a report of
    something (``checked``: "the account", "those reports"; passive, "The claims could not be
    verified"), or over what the sentence ``before`` it told ("… 14 drone flights had crossed
    the border. The paper was not able to confirm the flights."), rather than over a clause.
    The sentence is no claim; the one before it in its paragraph is left unconfirmed, unless
    the caveat is on other reports (:func:`on_other_reports`)."""
    found = _unchecked(sent, lex, before)
    if found is None:
        return None
    verb = found[0]
    chain = [verb, *[a for a in verb.ancestors if a.i >= sent.start]]
    first = min(
        [verb.i]
        + [x.i for x in chain if x.lower_ in _ABLE or (x.dep_ == "ROOT" and x.i != verb.i)]
        + [c.i for x in chain for c in x.children if c.dep_ in ("aux", "auxpass", "neg")]
    )
    return sent.doc[first : verb.i + 1].text


def on_other_reports(sent: Span, lex: Lexicon) -> bool:
    """Whether a verification caveat is on reports other than what the sentence before told:
    each thing not checked names a rival figure or account by a word of ``other`` on an
    indefinite noun ("Reports of a higher figure could not be confirmed.", "Other accounts
    could not be verified."). The caveat hedges those reports, which the article does not
    give, and leaves the sentence before it as it stands. A definite noun ("The higher figure
    could not be verified") may be the one just told, and the caveat stays on it."""
    found = _unchecked(sent, lex, None)
    return found is not None and all(any(_rival_word(t, lex) for t in o.subtree) for o in found[1])


def _rival_word(tok: Token, lex: Lexicon) -> bool:
    """A word of ``other`` ("higher", "other", "conflicting") on a noun with no definite
    determiner ("a higher figure", "other accounts"; not "the higher figure")."""
    noun = tok.head
    return (
        lex.has("other", tok.lower_)
        and tok.dep_ in ("amod", "det")
        and noun.pos_ == "NOUN"
        and not any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another")
            for c in noun.children
        )
    )


def _told_before(obj: Token, before: Span | None) -> bool:
    """Whether a definite object ("the flights", "those figures") names what the sentence
    before told of (a noun of the same lemma)."""
    if before is None or not any(c.lower_ in ("the", "these", "those") for c in obj.children):
        return False
    lemma = obj.lemma_.casefold()
    return any(t.lemma_.casefold() == lemma and t.pos_ == "NOUN" for t in before)


def about_itself(sent: Span, outlet: str | None) -> bool:
    """ "The Weekly Ledger publishes analysis every Friday.", "The Ledger has found no evidence
    for the figure", "The Ledger's first report was based on the contract": a sentence whose
    subject is the article's own outlet (its name, or its last words: "The Ledger") or the
    outlet's own (its report, its reporting), with no clause of what it reports ("The Ledger
    reported that …" is a report, kept): the page describing itself or its own reporting,
    nothing of the story."""
    if not outlet:
        return False
    root = sent.root
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in root.children):
        return False
    own = _bare(outlet).split()
    for c in root.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            # its own reporting: "The Ledger's first report was based on …"
            who = next((x for x in c.children if x.dep_ == "poss"), c)
            said = _bare(" ".join(t.text for t in who.subtree if t.dep_ != "case")).split()
            # "The Observer" for The Continental Observer: its own last word, no other word
            return bool(own and said) and said[-1] == own[-1] and set(said) <= set(own)
    return False


def _bare(name: str) -> str:
    words = name.casefold().replace("’", "'").split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


_NOT_A_NOTE = frozenset({"ccomp", "parataxis", "conj", "cc", "dative"})
"""Children of the main verb that bring a statement of their own: a reported clause, a second
verb ("spoke on condition of anonymity and described the count")."""
_ASIDE = frozenset({"to", "with", "about"})
"""Prepositions whose phrase only says to whom or of what a source spoke ("to reporters")."""
MAX_NOTE = 30


def sourcing_note(sent: Span, lex: Lexicon) -> bool:
    """ "The diplomat spoke on condition of anonymity.", "She asked not to be named because she
    was not authorised to speak publicly.", "He declined to be identified.": a sentence whose
    main clause, apart from its subject, is a sourcing phrase (``sourcing``) with nothing beside
    it but stop words, words of such notes (``sourcer``: spoke, asked, declined, publicly), to
    whom or about what the source spoke ("to reporters") and what it was not allowed to discuss
    ("not authorised to discuss the inquiry"), and a reason clause that is itself such a note.
    It tells how a source was used, not what happened. A quote, a reported clause or a second
    verb makes it a statement ("An official who asked not to be named confirmed the fire": the
    note is in a clause of the subject)."""
    root = sent.root
    words = _words(sent)
    if len(words) > MAX_NOTE or root.pos_ not in ("VERB", "AUX") or any(t.is_quote for t in sent):
        return False
    if any(c.dep_ in _NOT_A_NOTE for c in root.children):
        return False
    phrases = lex.words.get("sourcing", frozenset())
    skip: set[int] = set()
    for c in root.children:
        if c.dep_ in ("nsubj", "nsubjpass", "expl"):
            skip.update(t.i for t in c.subtree)
    for t in words:  # a reason that is a note too: "because he was not authorised to speak"
        if t.dep_ == "advcl" and t.i not in skip and _has_phrase(list(t.subtree), phrases):
            skip.update(x.i for x in t.subtree)
    rest = [t for t in words if t.i not in skip]
    matched = _phrase_tokens(rest, phrases)
    if not matched:
        return False
    for t in rest:
        if t.i in matched and t.dep_ not in ("dobj", "obj"):
            objects = [x for c in t.children if c.dep_ in ("dobj", "obj") for x in c.subtree]
            if any(x.pos_ in ("VERB", "AUX") for x in objects):
                return False  # "did not name the driver, who was taken to hospital": a statement
            skip.update(x.i for x in objects)
        if t.dep_ == "prep" and t.lower_ in _ASIDE:
            skip.update(x.i for x in t.subtree)
    return all(t.i in matched or t.i in skip or t.is_stop or lex.names("sourcer", t) for t in rest)


def _phrase_tokens(tokens: list[Token], phrases: frozenset[str]) -> set[int]:
    """The indexes of the tokens in runs of ``tokens`` that spell a phrase."""
    lowered = [t.lower_ for t in tokens]
    found: set[int] = set()
    for phrase in phrases:
        want = phrase.split()
        n = len(want)
        for k in range(len(lowered) - n + 1):
            if lowered[k : k + n] == want:
                found.update(t.i for t in tokens[k : k + n])
    return found


def _has_phrase(tokens: list[Token], phrases: frozenset[str]) -> bool:
    return bool(_phrase_tokens(tokens, phrases))
