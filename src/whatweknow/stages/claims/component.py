"""The ``wwk_claims`` component: every statement of the article, with its source and certainty.

Each sentence of a claim-bearing block (body text: standfirst, lead-in, paragraph; never a
headline, subheading, caption or other furniture, see :data:`~whatweknow.model.CLAIM_BEARING`)
gives claims:

- the content of each attribution frame whose cue is in it (sentence by sentence when a quote
  runs over several), with the frame's source, intermediaries (``via``) and quote;
- otherwise, the sentence itself, as the outlet's own claim (``source`` null), unless it only
  steers the reader (:mod:`.discourse`: "The army gave a lower figure.", an open question, a
  verification caveat, which leaves the sentence before it unconfirmed).

The text of an embedded post under its header (a ``social`` block) gives claims in its author's
name (``source_text``), never the outlet's (:func:`post_regions`).

A frame that only carries another ("A told Reuters that diplomats say X") gives no claim of its
own: its content is the inner frame's. Modality, hedges and negation come from
:mod:`.modality`; propositions and denial pairs are the next stage's (:mod:`.propositions`).

Claims are clauses (:mod:`.clauses`): a sentence whose attribution is embedded in it ("Iran will
host the talks – a meeting diplomats say could revive the deal") also states its main clause
as a claim of its own; attributed content without its subject ("could revive the deal") takes
the noun it is said of ("a meeting diplomats say could revive the deal"), or gives no claim.
A frame with coordinated speakers ("Tehran and Riyadh denied …") gives one claim per speaker,
on the same span.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from itertools import accumulate

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...contract import CLAIM_BEARING, Claim, Timex
from ...readers.layout import post_author, post_counter
from .. import extensions  # noqa: F401  (registers the doc._ extensions)
from .._lists import word_list
from .._text import text_of
from ..attribution.cues import load_cues
from ..attribution.frames import (
    CALLING,
    DESCRIBING,
    LABEL_WORDS,
    Frame,
    clause_read_as_object,
    cue_negation,
    heads_concession,
    puts_at,
    unowned,
)
from .clauses import main_clause, said_of, split_aside, split_conjoined
from .discourse import (
    Lexicon,
    about_itself,
    announces_dispute,
    bare_reaction,
    calls_reader,
    caveat,
    left_open,
    load_lexicon,
    on_other_reports,
    raises_question,
    sourcing_note,
)
from .evidence import no_evidence
from .modality import (
    Hedges,
    ahead,
    asides,
    assess,
    foreseen_act,
    known_fact,
    load_hedges,
    own_revision,
    refusal_to_tell,
    refused_question,
    unnamed_refusal,
)
from .proposition import REJECTING

Piece = tuple[Span, Frame | None, str | None, str | None]
"""A claim's words, its frame, and its source (actor id, text)."""
_WHOLE = frozenset({"speculate", "believe", "deny", "allege"})
"""Cue classes that make all of the content what they say, a past aside included."""
_HEDGED = frozenset({"speculated", "expected"})


def claim_regions(doc: Doc) -> list[tuple[int, int]]:
    """Where statements are: the body text (claim-bearing blocks: paragraphs, lead-ins, the
    standfirst); never a title, a subheading, a caption, a credit or other page furniture."""
    blocks = doc.spans.get("wwk_blocks")
    if not blocks:
        return [(0, len(text_of(doc)))]
    return sorted((s.start_char, s.end_char) for s in blocks if s.label_ in CLAIM_BEARING)


def claim_sentences(doc: Doc) -> list[Span]:
    regions = claim_regions(doc)
    out = []
    for sent in doc.sents:
        text = sent.text.strip()
        if not text or not any(ch.isalpha() for ch in text):
            continue
        for a, b in regions:
            lo, hi = max(a, sent.start_char), min(b, sent.end_char)
            if lo < hi and text_of(doc)[lo:hi].strip():
                part = doc.char_span(lo, hi, alignment_mode="contract")
                if part is not None and len(part):
                    out.append(part)
    return out


def _clip(doc: Doc, start: int, end: int) -> Span | None:
    """The span of [start, end) trimmed of spaces and edge punctuation, on token bounds, and of
    a coordinator left at its end where the clause it joined is cut off ("Residents had been
    evacuated on Tuesday and | no one was believed to be inside": the first clause ends before
    "and")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    i, j = span.start, span.end
    while i < j and (doc[i].is_space or (doc[i].is_punct and doc[i].text not in ("(", "$"))):
        i += 1
    while j > i and (
        doc[j - 1].is_space
        or (doc[j - 1].is_punct and doc[j - 1].text not in ("?", "!", ".", ")", "%"))
        or (doc[j - 1].dep_ == "cc" and doc[j - 1].pos_ == "CCONJ" and j - 1 > i)
    ):
        j -= 1
    if j <= i:
        return None
    text = doc[i:j].text
    if (
        (text.count('"') % 2 or text.count("“") > text.count("”"))
        and j < len(doc)
        and doc[j].text in ('"', "”")
    ):
        j += 1  # keep the closing mark of a quotation the claim opens
    return doc[i:j]


_CLOSING = '”"'
_OPENING = '“"'


def _touches(span: Span, frame: Frame) -> bool:
    """Whether a span holds a frame's cue or overlaps its content."""
    a, b = frame.content
    cue_in = len(frame.cue) > 0 and span.start_char <= frame.cue.start_char < span.end_char
    return cue_in or (a < span.end_char and span.start_char < b)


def _before_tag(doc: Doc, frame: Frame, lo: int, hi: int) -> int:
    """The end of a quote's sentence before the attribution tag that ends it: in “The port is
    closed,” she said. “…” the first sentence's claim ends at the closing mark, not after "she
    said" (a tag inside the sentence, “The port,” she said, “is closed.”, stays)."""
    if frame.quote is None or frame.kind != "direct":
        return hi
    text = text_of(doc)
    start = lo
    while start < hi and (text[start].isspace() or text[start] in _OPENING):
        start += 1
    inside, last_close = True, -1
    for i in range(start, hi):
        ch = text[i]
        if inside and ch in _CLOSING:
            inside, last_close = False, i
        elif not inside and ch in _OPENING:
            inside = True
    if inside or last_close < 0 or not any(ch.isalpha() for ch in text[last_close:hi]):
        return hi
    return last_close


def _per_source(
    pieces: list[tuple[Span, Frame | None]],
) -> list[tuple[Span, Frame | None, str | None, str | None]]:
    """Each piece with its source (actor id, text): one per coordinated speaker of its frame
    ("Tehran and Riyadh denied it": the same span, once for each)."""
    out: list[tuple[Span, Frame | None, str | None, str | None]] = []
    for span, frame in pieces:
        if frame is None:
            out.append((span, None, None, None))
            continue
        speaker = frame.speaker.text if frame.speaker is not None else None
        out.append((span, frame, frame.source, speaker))
        out.extend((span, frame, actor, text) for actor, text in frame.also_sources)
    return out


_BOUNDARY = frozenset({",", ";", ":", "—", "–", "-", "("})
"""Punctuation that ends a clause before a nested one ("…shot down the plane, though …")."""


def _key(span: Span, frame: Frame) -> tuple[int, ...]:
    """A piece's place among those seen: its span, and for a denial its cue too ("…, saying P,
    a claim engineers dispute": P, said by one, denied by another, is two claims)."""
    if frame.cue_class == "deny" and len(frame.cue):
        return (span.start_char, span.end_char, frame.cue.start_char)
    return (span.start_char, span.end_char)


def _extent(frame: Frame, within: int = 0) -> tuple[int, int]:
    """The characters of a frame's whole clause: its speaker, its cue (with the clause the cue
    heads, "though they said …") and its content; its speaker only where it lies at or after
    ``within`` (the holder's content: a speaker the frame shares with its holder, named before
    the holder's content, is none of the nested clause)."""
    starts, ends = [frame.content[0]], [frame.content[1]]
    if len(frame.cue):
        head = frame.cue[0]
        starts.append(frame.cue.start_char)
        starts += [c.idx for c in head.lefts if c.dep_ in ("mark", "cc", "advmod", "aux")]
        ends.append(frame.cue.end_char)
    if frame.speaker is not None and frame.speaker.start_char >= within:
        starts.append(frame.speaker.start_char)
    return min(starts), max(ends)


def _conceded_aside(inner: Frame, holder: Frame) -> bool:
    """ "Some engineers believe old drains may have weakened it, though no plan of the drains
    is known to exist": a frame nested in another's content whose cue heads a clause of
    concession (``data/conceding.tsv``) and whose speaker is the holder's own, named before the
    holder's content (the parse lent it, the clause names none): the outlet's aside on the
    speculation, no words of that speaker."""
    if not len(inner.cue) or inner.speaker is None or holder.speaker is None:
        return False
    if inner.speaker.start_char != holder.speaker.start_char:
        return False
    if inner.speaker.start_char >= holder.content[0]:
        return False
    head = inner.cue[0]
    if head.dep_ != "advcl":
        return False
    return heads_concession(head)


def _carried(doc: Doc, frames: list[Frame]) -> tuple[set[int], dict[int, tuple[int, int]]]:
    """Frames (by ``id``) that carry the frames nested in them ("A told Reuters B believed …":
    A's frame holds nothing but B's clause), and for the others the content left of their own
    when a nested clause ends it after a clause boundary ("B believed X, though they said Y":
    X). A frame whose nested clause sits inside its content is a carrier too: its content is no
    statement of its own ("a clip that it said showed …")."""
    text = text_of(doc)
    carriers: set[int] = set()
    own: dict[int, tuple[int, int]] = {}
    nested: dict[int, list[Frame]] = {}
    for g in frames:
        if g.nested_in is not None and not (unowned(g) and g.nested_in.cue_class != "deny"):
            # "X said there were reports that P": X's words hold the reports, nobody's named; X
            # tells of them, whole ("X denied reports that P" passes the denial on to P)
            nested.setdefault(id(g.nested_in), []).append(g)
    alnum = [0, *accumulate(ch.isalnum() for ch in text)]  # letters and digits before each offset
    for f in frames:
        a, b = f.content
        asides = [g for g in nested.get(id(f), []) if _conceded_aside(g, f)]
        carriers.update(id(g) for g in asides)  # the outlet's aside: no one's claim
        inner = [_extent(g, a if g in asides else 0) for g in nested.get(id(f), [])]
        if not inner:
            continue
        cues = [g.cue.start_char for g in nested[id(f)] if len(g.cue)]
        if (later := [x for x in cues if a < x]) and (
            cut := _before_overtaken(text, a, min(later), nested[id(f)])
        ) is not None:
            own[id(f)] = (a, cut)  # "acknowledged that P, a day after he denied it": P; the
            # denial may end before the content does ("… after it denied any recall that week")
            # and its speaker stand outside it ("admitted that P, after denying Q": the admitter)
            continue
        if _letters_outside(alnum, a, b, inner) < 12:
            carriers.add(id(f))
            continue
        tail = [x for x, y in inner if a < x and y >= b - 1]
        if tail and text[a : min(tail)].rstrip()[-1:] in _BOUNDARY:
            own[id(f)] = (a, min(tail))
        else:  # a nested clause inside the content ("a clip that it said showed …"): carried
            carriers.add(id(f))
    return carriers, own


def _before_overtaken(text: str, a: int, x: int, inner: list[Frame]) -> int | None:
    """Where an admission's own words end before the earlier denial it overtakes, told in a
    clause of "after" that closes its content ("acknowledged that the warning had been received
    on May 3, a day after he denied ever getting it": at the comma): the last clause boundary
    before the nested denial (:func:`_denial_overtaken`, at ``x``), with words before it; None
    where a nested frame is no such denial or no boundary is there."""
    if not all(_denial_overtaken(g) for g in inner):
        return None
    cut = max(text.rfind(mark, a, x) for mark in _BOUNDARY)
    cue = min(g.cue.start_char for g in inner)
    if cut <= a or "after" not in text[cut:cue].casefold().split():
        return None
    return cut if any(ch.isalnum() for ch in text[a:cut]) else None


def _letters_outside(alnum: list[int], a: int, b: int, inner: list[tuple[int, int]]) -> int:
    """How many letters and digits of ``[a, b)`` lie outside every span of ``inner``
    (``alnum``: the count before each offset), by the spans merged, not character by
    character: a text of nested frames would read its characters once per frame."""
    count = alnum[b] - alnum[a] if b > a else 0
    end = a
    for x, y in sorted((max(x, a), min(y, b)) for x, y in inner):
        x = max(x, end)
        if y > x:
            count -= alnum[y] - alnum[x]
            end = y
    return count


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD", "VB"})


def _verbless_quote(span: Span, frame: Frame) -> bool:
    """Whether a quoted sentence of a split quotation has no verb of its own outside a
    relative clause ("“We are choosing,” a nurse said. “The old ones, the ones we can still
    save.”"): a noun phrase that continues the quote before it, no proposition a reader can
    use alone (judgement §1); the sentence before holds the claim. Only words within the
    quotation marks of a quote (``frame.quote``), which a parse of speech may leave verbless;
    an imperative ("Help us.") has its verb."""
    if frame.quote is None:
        return False
    text = span.doc.text
    before = text[: span.start_char].rstrip(" ")
    if not before.endswith(("“", '"')) or (len(frame.cue) and frame.cue[0].sent == span.sent):
        return False  # "called the report “a fabrication”": a thing called, its cue beside it
    inner = {t.i for t in span if t.dep_ in ("relcl", "acl") for t in t.subtree}
    toks = [t for t in span if not t.is_punct and not t.is_space]
    if len(toks) < 2 or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in toks):
        return False
    return not any(t.tag_ in _FINITE or t.pos_ in ("VERB", "AUX") for t in toks if t.i not in inner)


def _thing_promised(doc: Doc, frame: Frame) -> bool:
    """A frame whose content is only the noun-phrase object of a cue that neither denies nor
    alleges, with no finite verb in it ("promised a full investigation", "showed a fireball
    rising above the plant"), but within quotation marks ("began showing the message “payments
    paused”": words the object names, a label, not a clause of the cue) or, in a report carried
    by another's words, a relative clause of the object ("A said members had reported savings
    that were missing from earlier counts": A's words hold the whole; not quoted words, whose
    parse may hang their main verb there, nor under a verb of describing, whose object's clause
    is the characterisation: "described a firm that grew too fast"): the attribution stands,
    but the noun phrase is no claim of its own; the sentence holding it is."""
    if frame.cue_class in ("deny", "allege") or not len(frame.cue) or puts_at(frame):
        return False  # "put the number at more than 500": the figure is the source's
    if clause_read_as_object(frame.cue[0]) is not None:
        return False  # "said its figure of 12 deaths covered only …": a clause, misparsed
    span = doc.char_span(*frame.content, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    cue = frame.cue[0]
    if any(c.dep_ == "xcomp" and span.start <= c.i < span.end for c in cue.children):
        return False  # "It urged the council to publish the report": the object and what it is
        # urged to do, a clause of the cue's (attribution/urged.py), no thing named
    relative = (  # "A said members had reported savings that were missing": a thing reported
        {t.i for c in root.subtree if c.dep_ == "relcl" for t in c.subtree}
        if (
            frame.nested_in is not None
            and frame.quote is None
            and cue.lemma_.lower() not in DESCRIBING  # "described a firm that grew too fast"
        )
        or cue.lemma_.lower() in load_promising()  # "promised a fix that took ten": a thing
        # undertaken, whatever its relative clause says of it
        or cue.lemma_.lower() in load_publishing()  # "published a letter that cleared the
        # convoy": a document made public, no statement of the publisher's
        else set()
    )
    return (
        root.pos_ in ("NOUN", "PROPN")
        and root.dep_ == "dobj"
        and root.head.i == cue.i
        and not any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i not in relative for t in _unquoted(span)
        )
    )


@cache
def load_promising() -> frozenset[str]:
    """``data/promising.tsv``: verbs whose noun-phrase object is a thing undertaken."""
    return word_list("whatweknow.stages.claims", "promising.tsv")


@cache
def load_publishing() -> frozenset[str]:
    """``data/publishing.tsv``: verbs whose noun-phrase object is a document made public."""
    return word_list("whatweknow.stages.claims", "publishing.tsv")


def _unquoted(span: Span) -> list[Token]:
    """The tokens of a span but the words of a short quotation in it (fewer than
    :data:`~..attribution.frames.LABEL_WORDS`: a label, "the message “payments paused”"), by
    the parser's opening and closing quote tags (an apostrophe is neither)."""
    out: list[Token] = []
    quoted: list[Token] | None = None
    for t in [*span, None]:  # None: the span's end closes a quotation its content cut short
        if t is None or t.tag_ in ("``", "''"):
            if quoted is not None and len([w for w in quoted if not w.is_punct]) >= LABEL_WORDS:
                out += quoted
            quoted = [] if quoted is None and t is not None else None
        elif quoted is not None:
            quoted.append(t)
        else:
            out.append(t)
    return out


REFUSED = frozenset({
    "call", "demand", "request", "offer", "proposal", "plan", "invitation", "appeal",
    "ultimatum", "bid", "idea", "suggestion", "plea", "pressure", "result", "outcome",
    "verdict", "ruling", "decision", "deal", "agreement", "terms", "condition", "resignation",
})  # fmt: skip
"""What a "rejected" noun phrase refuses rather than denies ("rejected calls for her
resignation", "dismissed the offer"): an act, no fact said to be false."""


def _refusal(doc: Doc, frame: Frame) -> bool:
    """A denying cue over a noun phrase that is a call, demand or offer: a refusal. The frame
    gives no denial; the outlet's sentence tells of the refusal."""
    if frame.cue_class != "deny" or not len(frame.cue):
        return False
    span = doc.char_span(*frame.content, alignment_mode="expand")
    if span is None:
        return False
    root, cue = span.root, frame.cue[0]
    return (
        cue.lemma_ not in ("deny", "dispute")  # "denied plans for a deal": that there are any
        and root.dep_ == "dobj"
        and root.head.i == cue.i
        and root.lemma_ in REFUSED
    )


@cache
def _refuting() -> frozenset[str]:
    """``data/refuting.tsv``: verbs that show their subject or object, a report, wrong."""
    return word_list("whatweknow.stages.claims", "refuting.tsv")


_REFUTED = frozenset({"nsubj", "nsubjpass", "dobj"})


def _refuted(frame: Frame) -> bool:
    """A noun cue of a report of nobody named whose own verb shows it wrong ("An early report
    that the keeper had left the sluice open has been undercut", "Tests disproved a claim that
    P"): the frame gives no claim of P; the outlet's sentence tells that the report was refuted.
    A named source's report ("The leak contradicts the minister's claim that P") stays a claim
    of that source's: that they said it is true."""
    if not len(frame.cue) or frame.speaker is not None:
        return False
    noun = frame.cue[-1]
    return (
        noun.pos_ in ("NOUN", "PROPN")
        and noun.dep_ in _REFUTED
        and noun.head.lemma_.lower() in _refuting()
    )


@cache
def _admitting() -> frozenset[str]:
    """``data/admitting.tsv``: verbs with which a party tells the other way of its denial."""
    return word_list("whatweknow.stages.claims", "admitting.tsv")


_RELATIVE = frozenset({"which", "who", "that"})


_SAME_PARTY = frozenset({"it", "they", "he", "she", "we", "i"})


def _denied_before(cue: Token) -> bool:
    """A denial told as what the party did before an admission earlier in the sentence ("X
    admitted on Thursday that P, days after it denied that Q"; "…, a day after denying that
    Q"; "…, after earlier denying Q"): "after" right before the denying verb, or before a
    pronoun of the party (and "had"), or before the party named again by a body's generic
    noun (:func:`_restated`: "two days after the company denied Q"), adverbs of time or manner
    between ("earlier", "flatly"); and an admitting verb (``data/admitting.tsv``, not negated)
    before "after". Read from the words, for the parse often hangs the "after" clause on the
    wrong word."""
    doc, i = cue.doc, cue.i
    start = cue.sent.start
    while i - 1 >= start and doc[i - 1].pos_ == "ADV" and doc[i - 1].lower_ not in _NOT:
        i -= 1  # "after earlier denying", "after it had previously denied"
    before = [doc[j] for j in range(max(start, i - 3), i)]
    words = [t.lower_ for t in before]
    restated = _restated(cue, i)
    if words[-1:] == ["after"]:
        after = before[-1]
    elif words[-2:-1] == ["after"] and words[-1] in _SAME_PARTY:
        after = before[-2]
    elif words[-3:-2] == ["after"] and words[-2] in _SAME_PARTY and words[-1] == "had":
        after = before[-3]
    elif restated is not None:
        after = restated
    elif (owner := _own_person(cue)) is not None:  # "…, a day after its chief denied …"
        after = owner
    else:
        return False
    admitting = [
        t
        for t in doc[start : after.i]
        if t.lemma_.lower() in _admitting()
        and t.pos_ in ("VERB", "AUX")
        and not any(c.dep_ == "neg" for c in t.children)
    ]
    if restated is not None:
        return any(_a_body(t) for t in admitting)
    return bool(admitting)


@cache
def _restating() -> frozenset[str]:
    """``data/restating.tsv``: generic nouns of a body that name an admitting party again."""
    return word_list("whatweknow.stages.claims", "restating.tsv")


def _restated(cue: Token, i: int) -> Token | None:
    """The "after" before a denying verb whose subject is "the" and a generic noun of a body
    (``data/restating.tsv``: "two days after the company denied Q", ``i`` the first word after
    the subject, adverbs skipped): the word "after", or None."""
    doc, start = cue.doc, cue.sent.start
    if i - 3 < start or doc[i - 3].lower_ != "after" or doc[i - 2].lower_ != "the":
        return None
    noun = doc[i - 1]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _restating():
        return None
    if not any(c.i == noun.i and c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    return doc[i - 3]


_PERSONS = frozenset({"he", "she", "i", "we", "you"})


def _a_body(verb: Token) -> bool:
    """Whether an admitting verb's subject is a body, which a generic noun may name again: a
    name that is no person's, "it" or "they", or a noun of ``data/restating.tsv``."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in _PERSONS or subject.ent_type_ == "PERSON":
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("it", "they")
    if subject.pos_ == "PROPN":
        return True
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in _restating()


_OWNERS = frozenset({"its", "his", "her", "their", "our"})


def _own_person(cue: Token) -> Token | None:
    """The "after" before a denying verb whose subject is a person of the admitting party's own,
    named by a possessive pronoun and a noun ("a day after its chief denied it", "after his
    office denied"): the word "after", or None."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    words = list(subject.subtree)
    if len(words) != 2 or words[0].lower_ not in _OWNERS or words[1].i != subject.i:
        return None
    at = words[0].i - 1
    return cue.doc[at] if at >= cue.sent.start and cue.doc[at].lower_ == "after" else None


def _admitted_over(frame: Frame) -> Token | None:
    """The admitting verb of a denial told in a relative clause in the pluperfect, on a party
    whose main clause admits, later in the same sentence ("The firm, which had denied that its
    barges fouled the beds, admitted on Friday that one had dragged an anchor"; "which had
    denied P but later conceded Q"), or None: a past denial that the admission overtakes. The
    admitting verb (``data/admitting.tsv``, not negated) has the relative clause's noun for its
    subject, or (a parse that hangs it on the noun) comes after the clause, or is joined to the
    denial."""
    if frame.cue_class != "deny" or not len(frame.cue):
        return None
    cue = frame.cue.root
    if cue.dep_ != "relcl" or not any(c.lower_ == "had" and c.dep_ == "aux" for c in cue.children):
        return None
    if not any(c.lower_ in _RELATIVE and c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    noun = cue.head
    for verb in cue.sent:
        if verb.lemma_.lower() not in _admitting() or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        if (
            (noun.dep_ in ("nsubj", "nsubjpass") and noun.head == verb)
            or (verb.head == noun and verb.dep_ == "acl" and verb.i > cue.right_edge.i)
            or (verb.head == cue and verb.dep_ == "conj")
        ):
            return verb
    return None


def _denial_overtaken(frame: Frame) -> bool:
    """A denial the party's admission in the same sentence overtakes (:func:`_admitted_over`;
    or told in a clause of "after" on an admission, :func:`_denied_before`): no denial
    standing; the frame gives no claim (the admission is the party's statement)."""
    if frame.cue_class != "deny" or not len(frame.cue):
        return False
    return _denied_before(frame.cue.root) or _admitted_over(frame) is not None


def _admissions(pieces: list[Piece], frames: list[Frame]) -> list[Piece]:
    """The pieces, each that nobody is told to say (the outlet's, or of a frame without a
    speaker) and that lies whole in what a party admits over its own earlier denial
    (:func:`_admitted_over`) given to that party: the denial's source, named by the noun the
    relative clause is on ("The firm, which had denied that P, admitted that Q", parsed with
    "admitted" hung on "firm": Q is the firm's, not the outlet's). Where a frame of the
    admitting verb has a speaker, its pieces are left as they are."""
    spoken = {t.i for f in frames if f.speaker is not None for t in f.cue}
    party: list[tuple[Token, Frame]] = []
    for f in frames:
        if (verb := _admitted_over(f)) is not None and verb.i not in spoken:
            party.append((verb, f))
    if not party:
        return pieces
    out: list[Piece] = []
    for span, frame, source, source_text in pieces:
        unowned = frame is None or (frame.speaker is None and not frame.via)
        if unowned and source is None and source_text is None:
            for verb, f in party:
                inside = {t.i for t in verb.subtree}
                if span.start > verb.i and all(t.i in inside for t in span):
                    noun = f.cue.root.head
                    who = noun.doc[noun.left_edge.i : noun.i + 1].text
                    source, source_text = f.source, who
                    break
        out.append((span, frame, source, source_text))
    return out


def _same_speaker(a: Frame, b: Frame) -> bool:
    x, y = a.speaker, b.speaker
    return x is not None and y is not None and (x.start, x.end) == (y.start, y.end)


def _named_only(span: Span, frame: Frame) -> bool:
    """Quoted words that only name or describe ("described the mutiny as a “stab in the
    back”", "called him a “talented businessman” that had made “mistakes”"): a noun phrase with
    no count in it, from a quote under a neutral cue whose object (the thing named) lies
    outside it. The quote stays a quote; it states nothing
    that could be established or denied. A count stays ("“more than 2,000 dead”")."""
    if frame.quote is None or frame.cue_class not in ("neutral", "assert") or not len(frame.cue):
        return False
    if span.root.pos_ in ("VERB", "AUX") or any(t.like_num for t in span):
        return False
    if frame.cue[0].lemma_.lower() == "tell":
        return False  # "“Not for the crew,” Brenn told the Gazette": the object is who heard
        # the words, not a thing they name
    named = [c for c in frame.cue[0].children if c.dep_ in ("dobj", "obj")]
    return any(not span.start <= c.i < span.end for c in named)  # the thing named, outside


def _called(span: Span, frame: Frame) -> Span | None:
    """What a named speaker calls a thing the sentence names, as the speaker's claim ("The
    mayor called the agreements “the most important step in a decade”": the agreements, and
    the mayor's words for them, from the object to the closing quotation mark), for quoted
    words that only name (:func:`_named_only`) under a verb of calling (``CALLING``) with its
    speaker found. The words between the object and the quotation are only punctuation or
    "as"; an object that is a pronoun ("called it a “stab in the back”") names nothing on its
    own, and a sentence that goes on after the quotation in words of the outlet's (", language
    that usually signals disagreement") says more than the speaker: both stay the outlet's."""
    if frame.speaker is None or not len(frame.cue) or frame.cue_class != "neutral":
        return None
    cue = frame.cue[0]
    if cue.lemma_.lower() not in CALLING or cue_negation(cue):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.i >= span.start:
        return None
    if _reported_clause(obj):
        return None  # "called a paper's report that P “false”": the report's frame tells P
        # as the paper's, which the caller's own words elsewhere may deny; no line of its own
    doc = span.doc
    own = {t.i for t in obj.subtree}  # "the agreements signed on Friday"
    between = doc[obj.i + 1 : span.start]
    if any(not (t.is_punct or t.lower_ == "as" or t.i in own) for t in between):
        return None
    end = span.end
    if end < len(doc) and doc[end].tag_ == "''" and doc[end].text in _CLOSING:
        end += 1  # the closing mark of the quotation
    adjuncts = {
        t.i
        for c in cue.children
        if c.dep_ in _ADJUNCTS and c.left_edge.i >= end  # not the "as" the name hangs from
        for t in c.subtree
    }
    rest = doc[end : span.sent.end]
    if any(not (t.is_punct or t.is_space) and t.i not in adjuncts for t in rest):
        return None  # ", diplomatic language that usually signals …": the outlet goes on
    return doc[obj.left_edge.i : end]


def _reported_clause(noun: Token) -> bool:
    """Whether a noun has a that-clause of its own ("a report that the agency ignored its
    rules")."""
    return any(
        c.dep_ in ("acl", "ccomp", "relcl")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in noun.children
    )


def _rejecting(name: Span) -> bool:
    """Whether quoted words that name a thing reject it ("a fabrication", "an absolute lie"):
    their head is a word of ``REJECTING``, and no word of them negates ("not a fabrication")."""
    if any(t.dep_ == "neg" or t.lower_ in _NOT for t in name):
        return False
    heads = [t for t in name if not name.start <= t.head.i < name.end and not t.is_punct]
    return any(t.lemma_.lower() in REJECTING for t in heads)


_NOT = frozenset({"not", "n't", "no", "never", "hardly"})


_ADJUNCTS = frozenset({"prep", "npadvmod", "advmod"})
"""What may follow the quotation of :func:`_called` and leave the sentence the speaker's:
when or where it was called so ("on Friday", "in a statement")."""


_QUESTION = frozenset({"whether", "if", "where", "when", "what", "who", "why", "how", "which"})


def _negation(cue: Span) -> list[Token]:
    return cue_negation(cue[0])


def _asked(content: Span) -> bool:
    before = content.doc[content.start - 1] if content.start else None
    return content[0].lower_ in _QUESTION or (before is not None and before.lower_ in _QUESTION)


def _unsaid(cue: Span, content: Span) -> bool:
    """ "He did not say where his figures had come from": a question nobody answered is nobody's
    statement; the sentence is the outlet's."""
    return len(cue) > 0 and len(content) > 0 and bool(_negation(cue)) and _asked(content)


_NOTHING = frozenset({"nothing", "none", "nobody", "no-one"})


def negated_cue(cue: Span, content: Span) -> str | None:
    """The words negating a cue over a statement ("could not confirm that …", "no confirmation
    that …", "did not deny that …", "nothing to suggest that …"), or None. What a source does
    not confirm, report or deny is nobody's statement of fact: the content is unconfirmed
    (``speculated``, the negated cue its hedge), never asserted on the strength of the cue it is
    denied. Not over a question or a
    thing ("did not say whether he resigned", "will not name the plants it will close"): what
    those take for granted stays as it is."""
    if not len(cue) or not len(content):
        return None
    if _asked(content) or content.root.dep_ in ("dobj", "obj", "pobj"):
        return None
    head = cue[0]
    nothing = head.head
    if head.dep_ in ("relcl", "acl") and nothing.i < head.i and nothing.lower_ in _NOTHING:
        return head.doc[nothing.i : head.i + 1].text  # "nothing to suggest that …"
    neg = _negation(cue)
    if not neg:
        return None
    verbs = [head, *(t for t in neg if t.pos_ in ("VERB", "AUX"))]  # "had ceased to claim"
    first = min(
        [
            *(t.i if t in verbs else t.left_edge.i for t in neg),  # "no longer said"
            *(c.i for v in verbs for c in v.children if c.dep_ == "aux" and c.i < v.i),
        ]
    )
    return head.doc[first : head.i + 1].text


def steering(
    sentences: list[Span], lex: Lexicon, outlet: str | None = None
) -> tuple[list[Span], dict[tuple[int, int], str]]:
    """The sentences that state something, and the caveats they carry: a sentence that only
    announces a rival account, raises a question, talks to the reader (a call to subscribe, a
    disclaimer), describes the outlet itself, says how a source was used (a sourcing note: "spoke
    on condition of anonymity") or tells that the outlet could not check a report
    (:mod:`.discourse`) is no statement; a caveat's words go to the sentence before it in the
    same paragraph (its character span: its claims are left unconfirmed)."""
    kept: list[Span] = []
    unchecked: dict[tuple[int, int], str] = {}
    for n, sent in enumerate(sentences):
        prev = sentences[n - 1] if n else None
        same = prev is not None and _same_paragraph(sent.doc, prev, sent)
        words = caveat(sent, lex, prev if same else None)
        if words is not None:
            if prev is not None and same and not on_other_reports(sent, lex):
                unchecked[(prev.start_char, prev.end_char)] = words
            continue
        if announces_dispute(sent, lex) or raises_question(sent, lex) or calls_reader(sent, lex):
            continue
        if about_itself(sent, outlet) or left_open(sent, lex):
            continue
        if bare_reaction(sent, load_cues()) or sourcing_note(sent, lex):
            continue
        kept.append(sent)
    return kept, unchecked


def _same_paragraph(doc: Doc, a: Span, b: Span) -> bool:
    return "\n" not in text_of(doc)[a.end_char : b.start_char]


def _within(span: Span, regions: dict[tuple[int, int], str]) -> str | None:
    return next(
        (w for (a, b), w in regions.items() if a <= span.start_char and span.end_char <= b),
        None,
    )


_LAST_HASHTAG = re.compile(r"#\w+$")


def _without_hashtags(text: str) -> str:
    """The text without the hashtags that end it (read from the end, one at a time: linear)."""
    kept = text.rstrip()
    while (m := _LAST_HASHTAG.search(kept)) is not None and (
        m.start() == 0 or kept[m.start() - 1].isspace()
    ):
        kept = kept[: m.start()].rstrip()
    return kept


MIN_POST_WORDS = 3


def post_regions(doc: Doc) -> list[tuple[int, int, str]]:
    """The text of each embedded post under its header (``Name (@handle) · date``), with the
    post's author: (start, end, author), its hashtags at the end left out. A post's text is its
    author's words, never the outlet's; its reaction counts are no text of it."""
    blocks = sorted(doc.spans.get("wwk_blocks") or [], key=lambda s: s.start_char)
    out: list[tuple[int, int, str]] = []
    author: str | None = None
    for block in blocks:
        if block.label_ != "social":
            author = None
            continue
        text = block.text
        if (head := post_author(text)) is not None:
            author = head
        elif author is not None and not post_counter(text):
            end = block.start_char + len(_without_hashtags(text))
            if end > block.start_char:
                out.append((block.start_char, end, author))
        else:
            author = None
    return out


def posted(doc: Doc) -> list[tuple[Span, str]]:
    """The sentences of embedded posts (:func:`post_regions`), each with its author."""
    out: list[tuple[Span, str]] = []
    for a, b, author in post_regions(doc):
        for sent in doc.sents:
            lo, hi = max(a, sent.start_char), min(b, sent.end_char)
            if lo >= hi:
                continue
            span = _clip(doc, lo, hi)
            if span is not None and sum(t.is_alpha for t in span) >= MIN_POST_WORDS:
                out.append((span, author))
    return out


class ClaimsStage:
    def __init__(self, hedges: Hedges, lexicon: Lexicon) -> None:
        self.hedges = hedges
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        every = claim_sentences(doc)
        article = doc._.wwk_article
        published = article.published if article is not None else None
        timexes = doc._.wwk_timexes or []
        outlet = article.outlet if article is not None else None
        sentences, unchecked = steering(every, self.lexicon, outlet)
        kept = {s.start_char for s in sentences}
        dropped = [(s.start_char, s.end_char) for s in every if s.start_char not in kept]
        frames: list[Frame] = [  # no claim from a frame whose cue is in a steering sentence
            f
            for f in doc._.wwk_frames or []
            if not (len(f.cue) and any(a <= f.cue.start_char < b for a, b in dropped))
            and not _thing_promised(doc, f)
            and not _refusal(doc, f)
            and not _refuted(f)
            # "declined to say where investigators believed P": the question left unanswered
            and not (len(f.cue) and refused_question(f.cue[0], self.hedges))
        ]
        carriers, own = _carried(doc, frames)
        # a frame that only passes on another's words gives no claim of its own; one that
        # denies or alleges it does ("Tehran rejected Iran's report that …": the report is
        # denied), unless the denial passed to the words it carries ("A denied reports that P":
        # P, denied by A; see the attribution stage)
        passed = {
            id(f.nested_in)
            for f in frames
            if f.nested_in is not None
            and f.cue_class == f.nested_in.cue_class == "deny"
            and _same_speaker(f, f.nested_in)
        }
        live = [
            f
            for f in frames
            if id(f) not in carriers or (f.cue_class in ("deny", "allege") and id(f) not in passed)
        ]
        pieces: list[tuple[Span, Frame | None]] = []
        seen: set[tuple[int, ...]] = set()
        covered: set[int] = set()
        called_false: set[tuple[int, int]] = set()  # "called the records “a fabrication”"
        for live_frame in live:
            a, b = own.get(id(live_frame), live_frame.content)
            named = False
            for sent in sentences:
                lo, hi = max(a, sent.start_char), min(b, sent.end_char)
                if lo >= hi:
                    continue
                span = _clip(doc, lo, _before_tag(doc, live_frame, lo, hi))
                if span is not None and len(live_frame.cue):
                    span = said_of(span, live_frame.cue[0], quoted=live_frame.kind == "direct")
                    if span is not None and (
                        _named_only(span, live_frame) or _unsaid(live_frame.cue, span)
                    ):
                        named = True
                        name, span = span, _called(span, live_frame)
                        if span is None:
                            continue  # "called it a “stab in the back”": the outlet's sentence
                        if _rejecting(name):
                            called_false.add((span.start_char, span.end_char))
                    if span is None:
                        covered.add(sent.start)
                        continue  # a fragment ("could mean …" of "which analysts said")
                if span is not None and (key := _key(span, live_frame)) not in seen:
                    seen.add(key)
                    pieces.append((span, live_frame))
                covered.add(sent.start)
            cue = live_frame.cue
            if len(cue) and not named:
                for s in sentences:
                    if not s.start_char <= cue.start_char < s.end_char:
                        continue
                    covered.add(s.start)
                    main = main_clause(s, cue[0], live_frame.content)
                    if main is not None and any(_touches(main, f) for f in frames):
                        main = None  # "…, according to X": the rest is X's, not the outlet's
                    spoke = live_frame.speaker
                    if (
                        live_frame.described
                        and spoke is not None
                        and main is not None
                        and main.start <= spoke.start < main.end
                    ):
                        main = None  # "A group helping families find relatives says …" (parsed
                        # with "find" its main verb): the words name the speaker, and say nothing
                    if main is not None and (main.start_char, main.end_char) not in seen:
                        seen.add((main.start_char, main.end_char))
                        pieces.append((main, None))
        for sent in sentences:
            if sent.start not in covered and (span := _clip(doc, sent.start_char, sent.end_char)):
                pieces.append((span, None))
        pieces += _tails(doc, live, frames, seen)
        pieces.sort(key=lambda p: (p[0].start_char, p[0].end_char))
        every_piece = _admissions(_per_source(pieces), frames)
        every_piece += [(span, None, None, who) for span, who in posted(doc)]
        every_piece.sort(key=lambda p: (p[0].start_char, p[0].end_char))
        claims: list[Claim] = []
        types = {a.id: a.type for a in doc._.wwk_actors or []}
        apart = self._conjuncts_apart(self._asides_apart(every_piece, timexes, published))
        for span, frame, source, source_text in apart:
            if frame is None and source_text is None and unnamed_refusal(span, self.hedges):
                continue  # "She would not say when …": nobody's non-answer, told of nobody
            if refusal_to_tell(span, self.hedges):
                continue  # "It would be wrong to speculate …": no claim, no plan
            if frame is not None and _denial_overtaken(frame):
                continue  # "which had denied that P, admitted that Q": a denial overtaken
            if frame is not None and _verbless_quote(span, frame):
                continue  # "“The young ones, the ones we can still save.”": no claim alone
            n = len(claims) + 1
            attributed = (frame is None and source_text is not None) or (
                frame is not None
                and (frame.speaker is not None or len(frame.cue) > 0 or frame.quote is not None)
            )
            cue_class = frame.cue_class if frame else None
            if frame is not None and own_revision(frame, types):
                cue_class = "neutral"  # "X told MPs the company now believed P": its statement
            if frame is not None and known_fact(frame):  # "… were known to have died": a fact
                attributed = source is not None or source_text is not None
                cue_class = "neutral" if attributed else None
            modality, hedges, neg = assess(span, cue_class, attributed, self.hedges)
            if (
                modality == "speculated"
                and frame is not None
                and foreseen_act(frame.cue, span, self.hedges)
            ):
                modality = "expected"  # "she expected the airline to stop …": an act looked for
            if (span.start_char, span.end_char) in called_false:
                modality = "denied"  # "called the records “a fabrication”": denied, by the caller
            unshown = no_evidence(frame.cue, span) if frame is not None else None
            if unshown is not None:  # "found no evidence that P": the speaker rejects P
                modality, hedges = "denied", [unshown, *hedges]
            elif frame is not None and (denial := negated_cue(frame.cue, span)) is not None:
                modality, hedges = "speculated", [denial, *hedges]
            if (words := _within(span, unchecked)) is not None and modality in (
                "asserted",
                "reported",
            ):
                modality, hedges = "speculated", [words, *hedges]  # "… could not verify it"
            if (
                modality in ("asserted", "reported")
                and (when := ahead(span, timexes, published)) is not None
            ):
                modality, hedges = "expected", [when, *hedges]  # "Talks resume on Monday"
            claim = Claim(
                id=f"c{n}",
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                source=source,
                source_text=source_text,
                via=list(frame.via_ids) if frame else [],
                modality=modality,  # type: ignore[arg-type]
                hedges=hedges
                + (
                    [frame.cue.text]
                    if frame
                    and cue_class in ("speculate", "believe")
                    and len(frame.cue)
                    and unshown is None  # "nothing to suggest", not "suggest" alone
                    else []
                ),
                negated=neg,
                quote=frame.record if frame else None,
            )
            claims.append(claim)
        doc._.wwk_claims = claims
        return doc

    def _conjuncts_apart(self, pieces: list[Piece]) -> list[Piece]:
        """The pieces, each whose main clause has a clause with a "that" of its own conjoined
        to it (:func:`~.clauses.split_conjoined`) cut in two where the two differ in modality:
        "said the inquiry was continuing and that the driver could face charges" is a statement
        of how things stand and a guess, and "the project would create 500 jobs and that it had
        held talks" a forecast and a statement of what was done. A hedge or a future word of
        one decides nothing of the other. Not where the cue's class makes all of the content
        what it says ("analysts believe …", a denial, an allegation)."""
        out: list[Piece] = []
        for piece in pieces:
            span, frame = piece[0], piece[1]
            cue_class = frame.cue_class if frame else None
            parts = None if cue_class in _WHOLE else split_conjoined(span)
            if parts is not None:
                first, second = parts
                if (
                    assess(first, cue_class, True, self.hedges)[0]
                    != assess(second, cue_class, True, self.hedges)[0]
                ):
                    out += [(first, *piece[1:]), (second, *piece[1:])]
                    continue
            out.append(piece)
        return out

    def _asides_apart(
        self, pieces: list[Piece], timexes: list[Timex], published: date | None
    ) -> list[Piece]:
        """The pieces, each hedged one that opens or ends with a past aside (a clause opened
        by "when", "after", "as" … in the past tense with a past date:
        :func:`~.modality.past_aside`) cut in two: "A swap would come only after a verdict, as
        when the government freed a pilot in 2019" is a speculation and a statement of what
        happened. An aside in the middle ("Any swap, as when the government freed a pilot in
        2019, would need a verdict") is a claim inside the hedged one, which stays whole. Not
        where the hedge is the cue's ("analysts believe …"), nor a denial or an allegation: all
        of the content is that."""
        out: list[Piece] = []
        for piece in pieces:
            span, frame = piece[0], piece[1]
            cue_class = frame.cue_class if frame else None
            found = [] if cue_class in _WHOLE else asides(span, timexes, published, self.hedges)
            if not found or assess(span, cue_class, False, self.hedges)[0] not in _HEDGED:
                out.append(piece)
                continue
            parts = split_aside(span, *found[0]) if len(found) == 1 else None
            if parts is not None:
                rest, aside = sorted(parts, key=lambda p: p.start)
                out += [(rest, *piece[1:]), (aside, *piece[1:])]
                continue
            out.append(piece)
            out += [(words, *piece[1:]) for _, words in found]
        return out


def _tails(
    doc: Doc, live: list[Frame], frames: list[Frame], seen: set[tuple[int, ...]]
) -> list[tuple[Span, Frame | None]]:
    """The outlet's clauses cut off the end of a source's words (:attr:`Frame.tail`: "…, as the
    ministry raised the toll to 12"), each a piece of the outlet's own where no frame's words or
    cue lie in it."""
    out: list[tuple[Span, Frame | None]] = []
    for f in live:
        if f.tail is None:
            continue
        a, b = f.tail
        if any(g.content[0] < b and a < g.content[1] for g in frames) or any(
            len(g.cue) and a <= g.cue.start_char < b for g in frames
        ):
            continue
        span = _clip(doc, a, b)
        if span is not None and (span.start_char, span.end_char) not in seen:
            seen.add((span.start_char, span.end_char))
            out.append((span, None))
    return out


@Language.factory(
    "wwk_claims",
    requires=[
        "doc._.wwk_frames",
        "doc.sents",
        "token.dep",
        "token.tag",
        "token.lemma",
    ],
    assigns=["doc._.wwk_claims"],
)
def make_claims(nlp: Language, name: str) -> ClaimsStage:
    return ClaimsStage(load_hedges(), load_lexicon())
