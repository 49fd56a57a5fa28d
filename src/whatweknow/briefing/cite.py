"""Citations: the characters of an article an item rests on, and who says what in them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal
from urllib.parse import urlsplit

from ..contract import CLAIM_BEARING, Actor, Article, Claim, Dossier
from ..stages._lists import kinded_lists
from ..stories.merge import refusal
from .model import Citation

OWN_VOICE = "the article"
"""The voice of an article's own statements when it names no outlet."""
UNIDENTIFIED = "unidentified source"

PRONOUNS = frozenset({
    "which", "who", "whom", "whose", "that", "he", "she", "it", "they", "we", "i", "you",
    "this", "these", "those", "him", "her", "them", "one", "its", "his", "their", "our", "my",
    "your",
})  # fmt: skip
"""A claim's ``source_text`` that is one of these is a pronoun the pipeline did not resolve: the
claim is shown as from an unidentified source, never under the pronoun."""

ANALYST = re.compile(
    r"\b(analysts?|experts?|researchers?|professors?|scholars?|academics?|economists?|"
    r"strategists?|think[- ]tanks?|observers?)\b",
    re.IGNORECASE,
)
"""Sources whose name or role matches are analysts (as are actors of the ``EDU`` sector)."""

_CLOSING = "\"'”’)]"
_FINAL = (".", "!", "?", ":", ";", "…")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s")
SPAN_KINDS = ("title",)
"""The layout blocks that cite an article as a whole: its title. A byline, a credit line
(``(Reporting by …; Editing by …)``) and a dateline are furniture, the span behind no line."""


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


def clean(text: str) -> str:
    """Whitespace runs made one space: an extract fit for one line."""
    return " ".join(text.split())


def cite(d: Dossier, start: int, end: int) -> Citation | None:
    """A citation of ``d``'s text[start:end], or None when that is no span of the text."""
    text = d.article.text
    if not 0 <= start < end <= len(text):
        return None
    a = d.article
    return Citation(
        article=a.id,
        start=start,
        end=end,
        outlet=a.outlet,
        published=a.published,
        url=a.url,
        text=text[start:end],
        year_from=a.published_from.year if a.published_from is not None else None,
    )


def head(d: Dossier) -> list[Citation]:
    """What cites an article as a whole: its title blocks; else its first block of body text
    (:data:`~whatweknow.contract.CLAIM_BEARING`: a page whose title is in its metadata, not its
    text, is cited at its lede, never at its dateline or credit line); else its first block;
    else its first non-empty line."""
    blocks = d.article.blocks
    body = next((b for b in blocks if b.kind in CLAIM_BEARING), None)
    chosen = [b for b in blocks if b.kind in SPAN_KINDS] or ([body] if body else blocks[:1])
    found = [cite(d, b.start, b.end) for b in chosen]
    if not blocks:
        text = d.article.text
        start = len(text) - len(text.lstrip())
        end = text.find("\n", start)
        found = [cite(d, start, len(text) if end < 0 else end)]
    return [c for c in found if c is not None]


def claim_bearing(d: Dossier, start: int) -> bool:
    """Whether a span starting at ``start`` lies in body text that states something: a
    claim-bearing block (:data:`~whatweknow.contract.CLAIM_BEARING`: not a title, subheading,
    caption, credit, dateline, byline, promotion, boilerplate, URL, embedded post, glossary or
    comment), and not a paragraph that is a copyright line (starts with ©) or no sentence (does
    not end in ``.``, ``!``, ``?``, ``:``, ``;`` or ``…``, before any closing quote: an item of a
    list), unless a sentence ends after ``start`` inside it (a paragraph cut off where the page
    opening was trimmed keeps its whole sentences); true where the article has no layout."""
    for b in d.article.blocks:
        if b.start <= start < b.end:
            text = d.article.text[b.start : b.end].strip()
            if b.kind == "paragraph" and (
                text.startswith("©")
                or not (
                    text.rstrip(_CLOSING).endswith(_FINAL)
                    or _SENTENCE_END.search(d.article.text, start, b.end) is not None
                )
            ):
                return False
            return b.kind in CLAIM_BEARING
    return True


def block_kind(d: Dossier, start: int) -> str | None:
    """The layout kind of the block holding ``start``, or None."""
    return next((b.kind for b in d.article.blocks if b.start <= start < b.end), None)


@dataclass(frozen=True)
class Voice:
    """Who says a claim: a source (a resolved actor, or the words naming it), the outlet in its
    own voice, or an unidentified source (a pronoun, or a report with no source found)."""

    name: str
    kind: Literal["source", "outlet", "unidentified"]
    analyst: bool = False
    plural: bool = False
    """Several ("officials", "satellite images"): the verb agrees ("say", not "says")."""
    described: bool = False
    """One party named only by a description ("the trawler owner", "a shipping firm"): it may
    be a party that the story names elsewhere, so it is no second voice beside a named one."""

    @property
    def identified(self) -> bool:
        return self.kind != "unidentified"


def is_analyst(actor: Actor | None, words: str | None = None) -> bool:
    if actor is not None:
        if actor.sector == "EDU":
            return True
        words = " ".join([actor.name, *actor.roles])
    return bool(words and ANALYST.search(words))


_QUOTE_MARKS = ("'", "’", '"', "”", "‘", "“")


def quoted(text: str) -> bool:
    """Whether a claim's words are inside quotation marks (a quotation mark opens or closes
    them): somebody's words, never the outlet's own voice."""
    t = text.strip().rstrip(".,;:!? ")
    if t.startswith(_QUOTE_MARKS):
        return True
    if not t.endswith(_QUOTE_MARKS):
        return False
    # a closing mark that closes a quotation opened inside ("… called it “a fabrication”.")
    # ends the outlet's sentence; one with no opening before it ends somebody's words
    opened = sum(t.count(m) for m in "“‘«")
    closed = sum(t.count(m) for m in "”’»")
    straight = t.count('"')
    if t.endswith(("'", "’")):  # a closing single quote, unless a plural's apostrophe
        return not t[:-1].endswith("s")
    return opened < closed or (straight % 2 == 1 and opened == closed)


def voice(d: Dossier, claim: Claim, names: Mapping[str, str]) -> Voice:
    """The voice of a dossier claim (``names``: actor key -> the name to show). A claim with no
    source whose words are quoted ("They correspond to the list'.", the rest of a quote whose
    speaker the pipeline did not find) is an unidentified source's, not the outlet's. A nested
    report ("A said a manager had told him that P": source the manager, via A) is A's voice,
    citing the manager: the relay the outlet names is never dropped. Only a relay that says or
    tells (:data:`RELAYING`), not one that denies, and not across a semicolon (two reports the
    parse nested)."""
    own = _own_voice(d, claim, names)
    relay = next((a for a in d.actors if claim.via and a.id == claim.via[-1]), None)
    held = next((q for q in d.quotes if q.id == claim.quote), None) if claim.quote else None
    if relay is None or own.kind != "source" or held is None or held.speaker != relay.id:
        return own  # "X said she expected …": an unresolved pronoun is often X; unsure, unnamed
    if (held.cue or "").casefold() not in RELAYING:
        return own  # "X rejected a newspaper report that …": X denies, and cites nobody
    if ";" in d.article.text[held.start : claim.start]:
        return own  # "Beijing said …; an admiral said …": a second report, not one relayed
    name = clean((names.get(relay.key) if relay.key else None) or relay.name)
    plural = relay.type == "group" and _plural(name)
    return Voice(f"{name} (citing {own.name})", "source", is_analyst(relay), plural)


RELAYING = frozenset({
    "said", "says", "say", "told", "tells", "tell", "added", "adds", "explained", "stated",
    "wrote", "writes", "reported", "reports", "according to",
})  # fmt: skip
"""Cues under which a speaker passes on what another told them ("X said a clerk had told him
that …", "According to X, a clerk had told him that …"): the speaker relays. Under a denial or
an allegation the speaker does something else with the words."""


def _holds_name(name: str) -> bool:
    """Whether a body's description names whose it is ("embassy of Olmara", "Tamsin Roe's
    lawyer" for "her lawyer"): it says which body it is, better than the shorter words that
    point back to it ("the embassy"). A
    description with only a people's adjective ("a retired Chinese admiral") stays as
    written."""
    return (
        re.search(r"\S\s+of\s+[A-Z]|[A-Z]\w*['’]s\s+\w", name) is not None
        or _PROPER.fullmatch(name) is not None
        or _SEEN_BY.search(name) is not None
    )


_SEEN_BY = re.compile(r"\w,\s+\w+\s+by\s+(?:the\s+)?[A-Z]")
"""A record's name with who saw it set off ("the document, seen by the Courier", made so by the
attribution stage): better than the words that cited it ("a copy of the document seen by …")."""


_PROPER = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+")
"""A name of capitalised words ("Dravik Regional Emergency Service"): a body's own name, shown
for a description that stands for it across the story (:func:`~whatweknow.stories.names.
short_names`)."""


def _own_voice(d: Dossier, claim: Claim, names: Mapping[str, str]) -> Voice:
    actor = next((a for a in d.actors if a.id == claim.source), None) if claim.source else None
    if actor is not None:
        name = (names.get(actor.key) if actor.key else None) or actor.name
        name = clean(name)
        if (
            actor.type == "group"
            and not _plural(name)
            and not _holds_name(name)
            and claim.source_text
            and claim.source_text.casefold() not in PRONOUNS
        ):  # one body named by a description: "the firm" (not the "which" or "it" standing
            # for it)
            name = clean(claim.source_text).translate(_APOSTROPHES)  # "ship’s": "ship's",
            # one voice however the outlet typed it
            return Voice(name, "source", is_analyst(actor), False, described=True)
        if actor.type == "group":
            name = _described(name)
        return Voice(name, "source", is_analyst(actor), actor.type == "group" and _plural(name))
    if not claim.source_text and quoted(claim.text):
        return Voice(UNIDENTIFIED, "unidentified")
    found = _voice_of(claim.source_text, claim.modality, d.article.outlet)
    if found.kind == "outlet" and _first_person(claim.text) and not _outlets_we(d, claim):
        return Voice(UNIDENTIFIED, "unidentified")  # "Our crews are safe": someone's post
    if found.kind == "outlet" and commentary(d.article):  # an analysis or opinion argues:
        # an opinion in its writer's name where the byline gives one; an analysis is the
        # outlet's reporting, its narration the outlet's as in every other article (the
        # reporter named in its byline says none of it)
        writer = clean(d.article.byline[0]) if len(d.article.byline) == 1 else None
        if analysis(d.article) or refusal(claim.text):
            writer = None  # nor is someone else's refusal ("Rask declined to comment") ever
            # the writer's
        if writer:
            return Voice(writer, "source", analyst=True)
        return Voice(found.name, "outlet", analyst=True)
    return found


COMMENTARY_PATHS = frozenset({
    "opinion", "opinions", "analysis", "comment", "commentary", "commentisfree", "editorial",
    "editorials", "column", "columns", "columnists", "op-ed", "oped", "op-eds", "viewpoint",
    "perspective", "perspectives", "essay", "essays",
})  # fmt: skip
"""Path segments under which outlets publish argument, not reports."""
COMMENTARY_LABELS = frozenset({
    "analysis", "opinion", "comment", "commentary", "editorial", "column", "op-ed",
    "viewpoint", "perspective", "essay",
})  # fmt: skip
"""Labels a headline opens with ("Analysis: why …")."""


ANALYSIS_LABELS = frozenset({"analysis"})
"""The commentary labels and path segments of a reporter's analysis, not a writer's opinion."""


def _label(article: Article) -> str:
    label, colon, _ = (article.title or "").partition(":")
    return label.strip().casefold() if colon else ""


def analysis(article: Article) -> bool:
    """Whether a commentary piece is a reporter's analysis ("Analysis: …", ``/analysis/``):
    the outlet's own voice, as its news is, never its byline's."""
    path = urlsplit(article.url or "").path.casefold()
    return _label(article) in ANALYSIS_LABELS or any(
        seg in ANALYSIS_LABELS for seg in path.split("/")
    )


def commentary(article: Article) -> bool:
    """Whether an article argues rather than reports: its URL's path has an opinion or analysis
    segment (``/opinion/``), or its headline opens with such a label ("Analysis: …"). Its own
    sentences are the outlet's analysis, never established fact."""
    path = urlsplit(article.url or "").path.casefold()
    if any(seg in COMMENTARY_PATHS for seg in path.split("/")):
        return True
    return _label(article) in COMMENTARY_LABELS


_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us|I|[Mm]y|me)\b")
"""First-person words ("US" and "Me" are names, and left out)."""


_SINGULAR_FIRST = re.compile(r"\b(?:I|[Mm]y|me)\b")


def _outlets_we(d: Dossier, claim: Claim) -> bool:
    """Whether the first person of words the outlet seems to say is the outlet's own "we": no
    "I", and the outlet named in the same paragraph before them ("The Ledger verified the
    records with two people. We are not disclosing how we obtained them.")."""
    outlet = d.article.outlet
    if not outlet or _SINGULAR_FIRST.search(claim.text):
        return False
    text = d.article.text
    paragraph = text[text.rfind("\n", 0, claim.start) + 1 : claim.start]
    name = re.sub(r"^the\s+", "", outlet.strip(), flags=re.I)
    return re.search(rf"\b{re.escape(name)}\b", paragraph) is not None


def _first_person(text: str) -> bool:
    """Whether words the outlet seems to say speak in the first person ("Our crews are safe."):
    news narration does not; such words are someone's (a post, a statement) whose source the
    pipeline did not find."""
    return _FIRST_PERSON.search(text) is not None


def report_voice(
    source: str | None,
    source_text: str | None,
    modality: str,
    outlet: str | None,
    names: Mapping[str, str],
) -> Voice:
    """The voice of a story report whose dossier is not at hand (``source``: an actor key)."""
    if source and source in names:
        name = clean(names[source])
        group = source.startswith("group:")
        told = source_text and source_text.casefold() not in PRONOUNS
        if group and not _plural(name) and not _holds_name(name) and told and source_text:
            name = clean(source_text)  # one body named by a description: "the firm", as written
        elif group:
            name = _described(name)  # "it" for the company: "the company"
        return Voice(name, "source", is_analyst(None, name), group and _plural(name))
    return _voice_of(source_text, modality, outlet)


def _described(name: str) -> str:
    """A description's words, shown with "the" where one body or person is meant ("company",
    for a "the company" that an "it" stands for: "the company says", not "Company says"); a
    name, a plural, words with their own determiner or owner as they are."""
    words = name.split()
    if (
        not words
        or not words[0].islower()
        or words[0] in DETERMINERS
        or _plural(name)
        or _holds_name(name)
        or re.search(r"['’]s\b", name)  # "last weekend's newspaper report": its own owner
    ):
        return name
    return f"the {name}"


DETERMINERS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "some", "many", "several", "another",
    "one", "each", "every", "both", "all", "most", "few", "other", "others",
})  # fmt: skip
"""Words a description that opens with one is shown as written."""


_PRONOUN_PART = re.compile(r"(?i)^(?:\w+\s+){1,2}of\s+(?:them|us|you|these|those)$")
"""A source that is a part of a group named only by a pronoun ("one of them", "two of
those"): a member of someone unresolved, shown as unidentified, never under those words."""


def _voice_of(source_text: str | None, modality: str, outlet: str | None) -> Voice:
    words = clean(source_text or "")
    if words and words.casefold() not in PRONOUNS and not _PRONOUN_PART.match(words):
        return Voice(words, "source", is_analyst(None, words), _plural(words))
    if not words and modality in ("asserted", "speculated", "expected"):
        return Voice(clean(outlet or "") or OWN_VOICE, "outlet")
    return Voice(UNIDENTIFIED, "unidentified")


def _plural(words: str) -> bool:
    """Whether the words of a group or of an unresolved source name several ("officials",
    "ship-tracking services", not "the paper"): "two of …", "some of …" several and "one of …"
    one; else their head's last word (before "of", "at", "for", and before a relative clause:
    "officials at the port" several, "Ana Ruiz of Vell Labs" one, "a lawyer who represents
    several detainees" one) ends in s, but not in ss, us or is."""
    words = re.split(r"\s(?:who|whom|whose|which|that)\s", words, maxsplit=1)[0]
    counted = re.match(r"(?i)(?:the\s+)?(\w+)\s+of\s", words)
    if counted is not None:  # "two of the ministers", "one of the officials"
        first = counted.group(1).casefold()
        if first in _ONE:
            return False
        if first in PLURAL_NOUNS or first in _COUNTS or first.isdigit():
            return True
    head = re.split(r"\s(?:of|at|for|from|in|with)\s", words, maxsplit=1)[0]
    last = (head.split() or words.split())[-1].casefold()
    if last in PLURAL_NOUNS:
        return True  # "police say"
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


_ONE = frozenset({"one", "each", "either", "neither"})
_COUNTS = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "dozens", "hundreds", "thousands", "all",
})  # fmt: skip
"""Words that count several of a group ("two of the ministers say", "all of them")."""


PLURAL_NOUNS = frozenset({
    "police", "people", "personnel", "some", "many", "several", "few", "both", "most",
})  # fmt: skip
"""Plural nouns that do not end in s, and the quantifiers that stand for some people ("Some
suggested …": "Some speculate")."""


def key_names(actors: Iterable[tuple[str | None, str]]) -> dict[str, str]:
    """Actor key -> the first name given for it."""
    out: dict[str, str] = {}
    for key, name in actors:
        if key and key not in out:
            out[key] = name
    return out


def distinct(values: Sequence[str]) -> list[str]:
    """The values, each once (case-insensitively), in order."""
    seen: set[str] = set()
    out: list[str] = []
    for v in values:
        if v.casefold() not in seen:
            seen.add(v.casefold())
            out.append(v)
    return out


CONTEXT_WORDS = frozenset({
    "it", "he", "she", "they", "this", "these", "those", "its", "their", "his", "her", "others",
    "none",
})  # fmt: skip


GENERIC_HEADS = frozenset({
    "company", "firm", "group", "ministry", "department", "agency", "office", "government",
    "man", "men", "woman", "women", "couple", "official", "officials", "suspect", "suspects",
    "ship", "vessel", "plane", "aircraft", "driver", "captain", "trader", "broker",
})  # fmt: skip
"""Nouns that, after "the" and opening a sentence, point back to whom the sentence before
named ("The company declined to comment", "the two men agreed the quantities")."""


_POINTING = re.compile(
    r"\b(?:(?:in|of|on|at|after|before|from|since|during|by|for|with|about|to) that"
    r"|this|these|those) ([a-z]+)\b"
)
"""A demonstrative before a noun inside the words ("Nobody died in that accident"): the
accident of the sentence before. "that" only after a preposition, where it is no relative
pronoun or conjunction ("language that usually signals", "said that prices rose"); none
before a participle, where "those" is a pronoun ("those killed", "those waiting")."""
_NO_NOUN = frozenset({
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may",
    "might", "should", "must", "did", "does", "do", "who", "which", "that", "the", "a", "an",
    "and", "or", "but", "not", "in", "on", "at", "to", "of", "for", "with", "by", "as", "one",
    "ones", "two", "three", "first", "last", "same", "latest", "new", "other",
})  # fmt: skip
DEICTIC = frozenset({
    "day", "days", "night", "nights", "morning", "afternoon", "evening", "week", "weeks",
    "weekend", "month", "months", "year", "years", "time", "times", "season", "spring",
    "summer", "autumn", "winter", "century", "decade", "country", "city", "town", "way",
    "kind", "sort", "point", "stage", "moment", "end", "crisis", "disaster", "tragedy",
    "catastrophe", "war", "conflict",
})  # fmt: skip
"""Nouns a demonstrative points at without the sentence before: a time, the place or the
disaster the article is about, a manner ("that day", "this year", "this country", "this
crisis", "that way")."""


@lru_cache(maxsize=1)
def _pair_pronouns() -> dict[str, frozenset[str]]:
    """``data/pair_quantifiers.tsv``: the words that open a sentence as a pronoun, and the words
    after them that show it ("of", a verb)."""
    return {
        k: frozenset(w.casefold() for w in ws)
        for k, ws in kinded_lists(
            __package__ or "whatweknow.briefing", "pair_quantifiers.tsv"
        ).items()
    }


def _pair_pronoun(words: Sequence[str]) -> bool:
    """Whether words open with "Neither", "Both" or "Either" standing alone for whom or what the
    sentence before names, no noun of its own after it ("Neither wished to be named.", "Both
    declined to comment.", "Neither of them replied"): a word of ``data/pair_quantifiers.tsv``
    right after it that is "of" or a verb (an auxiliary, a verb of saying, a past form in
    "-ed"). "Neither side apologised" and "Both Osk Mills and the union signed" name their
    subject."""
    kinds = _pair_pronouns()
    if words[0].casefold().strip(",") not in kinds.get("pronoun", frozenset()):
        return False
    if words[0].endswith(","):
        return True  # "Neither, he said": the answer to the sentence before
    after = words[1].strip("“\"'‘,.;:") if len(words) > 1 else ""
    return after.islower() and (after in kinds.get("after", frozenset()) or after.endswith("ed"))


def leans_on_context(text: str) -> bool:
    """Whether words open with one whose meaning is in the sentence before them ("It advised
    anglers not to eat fish", "This was the third accident", "She died there"), hold a
    demonstrative before a noun that is no time or place of the article's own ("Nobody died in
    that accident"; not "that day", "this year"), or open with "the"
    and a noun that only the sentence before names (:data:`GENERIC_HEADS`: "The company
    declined to comment", "The two men agreed the quantities"; not "The company's chairman"
    nor "The trading company Halvard …")."""
    words = text.lstrip("“\"'‘ ").split(" ", 4)
    first = words[0].casefold().strip(",")
    if first in CONTEXT_WORDS or _pair_pronoun(words):
        return True
    if any(
        w not in DEICTIC and w not in _NO_NOUN and not w.endswith(("ly", "ed", "ing"))
        for w in (m.group(1) for m in _POINTING.finditer(text))
    ):
        return True  # "Nobody died in that accident": which one is in the sentence before
    if first != "the" or len(words) < 3:
        return False
    rest = [w.strip(",") for w in words[1:]]
    if rest[0].casefold() in ("two", "three", "four", "both"):
        rest = rest[1:]
    return bool(rest) and rest[0] in GENERIC_HEADS and len(rest) > 1 and rest[1][:1].islower()
