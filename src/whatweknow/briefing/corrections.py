"""Correction notices: a figure an outlet withdrew is no figure of the story.

An outlet corrects a figure in a notice, mostly at the foot of an article ("Correction: An
earlier version of this article said 40 barges were waiting. The correct figure was 31."): a
line the readers keep as furniture (``boilerplate``), never a claim. The notice names the figure
it withdraws, what it counted (the counted noun of :func:`~whatweknow.stories.values.counts`),
and the report it was in: this article ("this article", "this story"), or an earlier report of
the same outlet ("an earlier version of a Radio Vell report"). A story claim whose every report
comes from such a report (this article, or a copy of the same report another outlet carried,
:mod:`~whatweknow.stories.copies`, seen no later than the notice; for an earlier report, any
article of the same outlet seen no later than the notice) and that gives the withdrawn figure
of that thing is withdrawn: no line of the briefing, no side of a conflict; "How the figures
changed" shows the figure it withdrew and the one it gives instead (:func:`corrected_steps`).
A claim that another outlet also reports stays: its other reports still give it; except where
the notice says what the thing is instead ("… gave the address as 14 Dock Lane. The warehouse is
at 41 Dock Lane."): then a claim of any outlet, every report of it seen no later than the notice,
that gives the very figure of the very thing is withdrawn too (:func:`_asserted_elsewhere`). A
figure a notice withdraws is no step of "How the figures changed", whoever gives it, nor the later
figure that dates another (:func:`withdrawn_figures`).

A notice may withdraw a statement rather than a figure (:func:`statements`: "An earlier version
of this article said the embassy supported the dam. The embassy's statement did not say that.";
"We wrongly reported that …"; "This article has been amended to remove the claim that …", the
words of ``data/corrected_words.tsv``). The statement is what the notice says was told, whole or
up to its first "and" (the clause that names who): a story claim whose every report is the same
outlet's, in an article before the notice's (the notice's own article is the corrected version)
and first seen no later, whose words (its source's words with them) hold every content word of
the statement, negated alike, is withdrawn: no line of the briefing, neither the source's claim
nor the outlet's. A notice keeps the offsets of the words it withdraws (:class:`Retold`).

A notice may name the earlier report by its outlet rather than as a version ("Correction: An
NPA report issued on March 4 said police had arrested three people …"): the name, or its
initials, must be the notice's own outlet or the agency whose copy it is (a notice naming
another outlet's report withdraws nothing). An agency's report is also the copy another outlet
carried (its copy group, :func:`_voices`). A statement stands for itself up to its first "and",
or without its adjuncts (up to its first preposition: "police had arrested three people | in
Keshport in connection with …"), so long as its part still names three content words; a figure
it names ("three people") must be the claim's own.

Another outlet may tell the retraction (:func:`retracted`: "The Gazette had reported on
Thursday, citing a source, that Rask had been questioned. The Gazette on Saturday retracted the
report."; ``data/retracted_words.tsv``). A story claim that says what the retelling says was
reported, and whose every report is the retracting outlet's own (or its copies) seen no later
than the article that tells it, or lies in that retelling (a report's retelling in an article
about its retraction is never a second source), is withdrawn. Another outlet's own report of
the same statement stands.

A party may give up what it had said in the very sentence that tells it (:func:`given_up`:
"The union, which had said 300 workers walked out on Monday, said it accepted the company's
figure of 180"): what it had said is no claim and no timeline line, and neither is the same
source's report of it in an article seen no later.

A source may take back its own count later (:func:`self_retracted`: "I was wrong to call them
dead," he said; ``data/self_retracted.tsv``): that same identified source's earlier claims that
count the thing it names are withdrawn; where it names none ("I should not have given that
figure"), only if that source counted one thing; else nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TypeAlias

from ..contract import Dossier
from ..stages._lists import kinded_lists
from ..stories.text import STOP, stem
from ..stories.values import Value, anchor, close, count_nouns, counts, figures, words
from ..story_contract import Report, Story, StoryClaim

_NOTICE = re.compile(
    r"\b(?:an?|the)\s+(?:earlier|previous|original|prior)\s+(?:version|edition)\s+of\s+"
    r"(?P<which>this|a|an|the|our)\b[^.]*?\b(?:said|stated|reported|gave|wrote)\s+(?:that\s+)?"
    r"(?P<wrong>[^.]+)",
    re.IGNORECASE,
)
_CORRECTING = re.compile(r"\b(?:correction|corrected|regrets?|error)\b", re.IGNORECASE)
"""The words that make a furniture line naming an earlier article a notice (:func:`_published`)."""
_OWN = frozenset({"this"})
"""The word before what the notice corrects that makes it the notice's own article."""
_FURNITURE = frozenset({"boilerplate", "promo", "credit"})
"""The block kinds a notice may be read from: the lines of a page that state nothing of the story
(a notice is boilerplate, :mod:`whatweknow.readers._furniture`)."""


@dataclass(frozen=True)
class Notice:
    """A figure an outlet withdrew: in its article ``article``, of its ``outlet`` and ``day``;
    ``own``: the withdrawn figure was in this article (else an earlier report of the outlet)."""

    article: str
    outlet: str | None
    day: date | None
    own: bool
    wrong: tuple[Value, ...]
    right: Value | None = None
    """The figure the notice gives instead, of the one thing it withdraws a figure of
    (:func:`_right`), or None."""
    start: int = 0
    end: int = 0
    """The notice's words in its article's text, from what it says was said to its end."""


_BACK = frozenset({"it", "they", "there"})
"""The first words of a short sentence of a notice that speaks of what the notice corrected
("It carried 36.", "There were 31.")."""


def _right(wrong: tuple[Value, ...], rest: str) -> Value | None:
    """The figure a notice gives instead of the one it withdraws, in its words after it: a count
    of the same thing ("… said 40 barges were queuing. Police said 31 barges were queuing"), or
    the one figure of its next sentence where that counts nothing of its own ("The correct
    figure was 31.", "It carried 36."). None where the notice withdraws figures of several
    things, or gives no other figure."""
    if len(wrong) != 1:
        return None
    (was,) = wrong
    for v in counts(rest):
        if v[0] == was[0] and anchor(v) != anchor(was):
            return v
    first = rest.split(".", 1)[0] if "." in rest.strip() else rest
    ws = words(first)
    if counts(first) or not ws:
        return None
    if not count_nouns().intersection(ws) and not (ws[0] in _BACK and len(ws) <= 6):
        return None  # "This was corrected in 2024.", "The ferry left Pier 4.": no figure of
        # the thing, which a count noun ("the correct figure was 31") or a short sentence about
        # it ("It carried 36.") gives
    found = figures(first)
    if len(found) != 1 or found[0] == anchor(was):
        return None
    bounded = [v for v in counts(f"{first.rstrip()} units") if v[0] == "unit"]
    if len(bounded) == 1 and anchor(bounded[0]) == found[0]:
        return (was[0], bounded[0][1], bounded[0][2])  # "It employed about 450": about 450
    return (was[0], found[0], found[0])


@cache
def _withdrawals() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``data/corrected_words.tsv`` as the patterns of an outlet's note that takes back its own
    earlier report: the retelling of it ("On Monday the Gazette reported, citing a nurse, that
    P"; "we reported that P"), with the groups ``who`` (the outlet's name as the note writes it)
    or ``we``, and ``wrong``; and the words that take it back ("we have withdrawn it")."""
    rows = kinded_lists(__package__, "corrected_words.tsv")
    told = _alt(rows.get("told", []))
    name = r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}"
    return (
        re.compile(
            rf"\b(?:(?:[Tt]he\s+)(?P<who>{name})|(?P<we>[Ww]e))\s+(?:had\s+)?(?:{told})\b"
            rf"[^.;]*?\bthat\s+(?P<wrong>[^.;]+)"
        ),
        re.compile(rf"\b(?:{_alt(rows.get('withdrawn', []))})\b", re.IGNORECASE),
    )


def _names_own(words: str, outlets: Sequence[str | None]) -> bool:
    """Whether ``words`` name one of ``outlets`` in a note of its own: by its name or initials
    (:func:`names_outlet`), or by the last words of its name ("the Gazette" in a note of the
    Vell Gazette)."""
    if names_outlet(words, outlets):
        return True
    key = _key(words).split()
    return any(o is not None and _key(o).split()[-len(key) :] == key for o in outlets if key)


def withdrawals(dossier: Dossier) -> list[tuple[int, int]]:
    """The spans of what an outlet's note in one article's furniture says the outlet's own
    earlier report told, where the same note takes that report back ("Editor's note: On Monday
    the Gazette reported, citing a nurse, that 40 people had drowned. … we have withdrawn
    it.")."""
    art = dossier.article
    retelling, taken_back = _withdrawals()
    out: list[tuple[int, int]] = []
    for block in art.blocks:
        if block.kind not in _FURNITURE:
            continue
        for m in retelling.finditer(art.text, block.start, block.end):
            if m.group("who") is not None and not _names_own(
                m.group("who"), [art.outlet, art.agency]
            ):
                continue  # another outlet's report, told in the note, is not taken back
            if not taken_back.search(art.text, m.end(), block.end):
                continue
            start, end = m.span("wrong")
            out.append((start, start + len(art.text[start:end].rstrip())))
    return out


@cache
def _published() -> re.Pattern[str]:
    """``data/corrected_words.tsv`` as the pattern of a notice that names the outlet's earlier
    report by when it came out rather than as a version ("Correction: An article published on
    Sunday said 14 people had died …"), with the groups ``which`` and ``wrong``."""
    rows = kinded_lists(__package__, "corrected_words.tsv")
    return re.compile(
        rf"\b(?P<which>an?|the|our)\s+(?:(?:{_alt(rows.get('version', []))})\s+)?"
        rf"(?:{_alt(rows.get('report', []))})\s+(?:{_alt(rows.get('issued', []))})\b[^.]*?"
        rf"\b(?:{_alt(rows.get('told', []))}|gave)\s+(?:that\s+)?(?P<wrong>[^.]+)",
        re.IGNORECASE,
    )


def notices(dossier: Dossier) -> list[Notice]:
    """The correction notices of one article, read from its furniture lines; and the figures of
    an earlier report the outlet's note takes back (:func:`withdrawals`)."""
    art = dossier.article
    out: list[Notice] = []
    for start, end in withdrawals(dossier):
        wrong = tuple(counts(art.text[start:end]))
        if wrong:
            out.append(Notice(art.id, art.outlet, art.published, False, wrong, None, start, end))
    for block in art.blocks:
        if block.kind not in _FURNITURE:
            continue
        found = list(_NOTICE.finditer(art.text, block.start, block.end))
        if not found and _CORRECTING.search(art.text, block.start, block.end):
            found = list(_published().finditer(art.text, block.start, block.end))
        for m in found:
            wrong = tuple(counts(m.group("wrong")))
            if wrong:
                own = m.group("which").lower() in _OWN
                rest = art.text[m.end("wrong") : block.end].lstrip(". ")
                right = _right(wrong, rest)
                end = block.end if right is not None else m.end()
                out.append(
                    Notice(art.id, art.outlet, art.published, own, wrong, right, m.start(), end)
                )
    return out


def withdrawn_figures(
    story: Story, dossiers: Mapping[str, Dossier]
) -> frozenset[tuple[str, float]]:
    """The figures the correction notices of a story's articles withdraw, each as the thing it
    counts and its figure (:func:`~whatweknow.stories.values.anchor`): ("dead", 15.0) for "An
    earlier version of this article reported that 15 people had died". Whoever gives such a
    figure, it is no step of "How the figures changed" nor the later figure that dates another."""
    return frozenset(
        (w[0], a)
        for art in story.articles
        if (d := dossiers.get(art.id)) is not None
        for n in notices(d)
        for w in n.wrong
        if (a := anchor(w)) is not None
    )


@dataclass(frozen=True)
class Retold:
    """A statement an outlet withdrew (not a figure): in the notice of its article ``article``,
    of its ``outlet`` and ``day``, the words ``text`` at ``start``:``end`` of that article's
    text, which tell what its earlier report wrongly said."""

    article: str
    outlet: str | None
    day: date | None
    text: str
    start: int
    end: int


@cache
def _retold_patterns() -> tuple[re.Pattern[str], ...]:
    """``data/corrected_words.tsv`` as the patterns of a notice that names a statement it
    withdraws, each with the group ``wrong`` (what was wrongly told, up to the sentence's end):
    "an earlier version of this article said (that) …", "we wrongly reported (that) …", "this
    article has been amended to remove the claim that …"."""
    rows = kinded_lists(__package__, "corrected_words.tsv")

    def alt(kind: str) -> str:
        words = sorted(rows.get(kind, []), key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)

    wrong = r"(?P<wrong>[^.;]+)"
    return tuple(
        re.compile(p, re.IGNORECASE)
        for p in (
            rf"\b(?:an?|the)\s+(?:{alt('version')})\s+(?:version|edition)\s+of\s+"
            rf"(?:this|a|an|the|our)\b[^.]*?\b(?:{alt('told')})\s+(?:that\s+)?{wrong}",
            rf"\b(?:{alt('teller')})\s+(?:had\s+)?(?:{alt('wrongly')})\s+(?:{alt('told')})\s+"
            rf"(?:that\s+)?{wrong}",
            rf"\b(?:{alt('removed')})\s+(?:an?|the)\s+(?:{alt('noun')})\s+{wrong}",
            rf"\b(?:an?|the)\s+(?:(?:{alt('version')})\s+)?(?P<who>[^\W\d_][\w&'’.-]*"
            rf"(?:\s+[^\W\d_][\w&'’.-]*){{0,4}}?)\s+(?:{alt('report')})\b[^.]*?"
            rf"\b(?:{alt('told')})\s+(?:that\s+)?{wrong}",
        )
    )


def _key(name: str) -> str:
    """An outlet's name as compared: case aside, a leading "the" left out."""
    words = name.casefold().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _initials(name: str) -> str:
    """The first letters of an outlet's words, "of", "and" and "the" left out ("Nordvale Press
    Agency" → ``npa``)."""
    return "".join(w[0] for w in _key(name).split() if w not in ("of", "and", "the", "&"))


def names_outlet(words: str, outlets: Sequence[str | None]) -> bool:
    """Whether ``words`` name one of ``outlets``: by its name, or by its initials (two letters
    or more: "NPA" for the Nordvale Press Agency)."""
    key = _key(words)
    letters = key.replace(".", "")
    for outlet in outlets:
        if outlet is None:
            continue
        if key == _key(outlet):
            return True
        if len(letters) >= 2 and " " not in letters and letters == _initials(outlet):
            return len(_initials(outlet)) >= 2
    return False


def retold(dossier: Dossier) -> list[Retold]:
    """The statements the correction notices of one article withdraw (the module doc), read
    from its furniture lines."""
    art = dossier.article
    out: list[Retold] = []
    for block in art.blocks:
        if block.kind not in _FURNITURE:
            continue
        for pattern in _retold_patterns():
            for m in pattern.finditer(art.text, block.start, block.end):
                if "who" in pattern.groupindex and not names_outlet(
                    m.group("who"), [art.outlet, art.agency]
                ):
                    continue  # "An NPA report … said": only the notice's own outlet's report
                start, end = m.span("wrong")
                text = art.text[start:end].rstrip()
                out.append(
                    Retold(art.id, art.outlet, art.published, text, start, start + len(text))
                )
    for start, end in withdrawals(dossier):
        text = art.text[start:end]
        out.append(Retold(art.id, art.outlet, art.published, text, start, end))
    return out


@dataclass(frozen=True)
class Retracted:
    """A report an outlet retracted, as another article tells it: article ``article`` (of day
    ``day``) says that ``outlet`` (its name as the article writes it) retracted its report, and
    retells what that report said, the
    words ``text`` at ``start``:``end``, in the clause at ``told`` (from its teller to the end
    of what was said: "The newspaper had reported on Thursday, citing a source, that P")."""

    article: str
    outlet: str
    day: date | None
    text: str
    start: int
    end: int
    told: tuple[int, int]


def _alt(words: Sequence[str]) -> str:
    return "|".join(
        r"\s+".join(map(re.escape, w.split())) for w in sorted(set(words), key=len, reverse=True)
    )


def retracted(dossier: Dossier, outlets: Sequence[str]) -> list[Retracted]:
    """What the body of one article tells that one of ``outlets`` retracted: a sentence that
    names the outlet retracting its report ("The Gazette on Saturday retracted the report";
    ``data/retracted_words.tsv``), and each retelling of that report in the same article whose
    teller is the outlet or a common noun for it ("The Gazette had reported on Thursday, citing
    a source close to the inquiry, that Rask had been questioned"; "the newspaper had
    reported that …")."""
    art = dossier.article
    rows = kinded_lists(__package__, "retracted_words.tsv")
    names = [n for o in outlets if (n := _key(o))]
    if not names:
        return []
    who = _alt(names)
    retraction = re.compile(
        rf"\b(?:the\s+)?(?P<who>{who})\s+(?:(?:on|late|early|last|later)\s+[\w-]+\s+)?"
        rf"(?:{_alt(rows.get('retract', []))})\s+(?:an?|the|its|that)\s+(?:[\w'’-]+\s+){{0,2}}?"
        rf"(?:{_alt(rows.get('report', []))})\b",
        re.IGNORECASE,
    )
    body = [b for b in art.blocks if b.kind not in _FURNITURE and b.kind != "title"]
    by: dict[str, str] = {}
    for block in body:
        for m in retraction.finditer(art.text, block.start, block.end):
            by.setdefault(_key(m.group("who")), m.group("who"))
    out: list[Retracted] = []
    for key, outlet in sorted(by.items()):
        retelling = re.compile(
            rf"\b(?:the\s+)?(?:{_alt([key])}|(?<=the\s)(?:{_alt(rows.get('medium', []))}))"
            rf"\s+had\s+(?:(?:earlier|previously|first|originally)\s+)?"
            rf"(?:{_alt(rows.get('told', []))})\b[^.;]*?\bthat\s+(?P<wrong>[^.;]+)",
            re.IGNORECASE,
        )
        for block in body:
            for m in retelling.finditer(art.text, block.start, block.end):
                start, end = m.span("wrong")
                text = art.text[start:end].rstrip()
                out.append(
                    Retracted(
                        art.id,
                        outlet,
                        art.published,
                        text,
                        start,
                        start + len(text),
                        (m.start(), start + len(text)),
                    )
                )
    return out


@cache
def _giving_up() -> re.Pattern[str]:
    """``data/retracted_words.tsv`` as the pattern of a party that gives up, in the sentence that
    tells it, what it had said: ", which had said P, said it accepted the company's figure"."""
    rows = kinded_lists(__package__, "retracted_words.tsv")
    return re.compile(
        rf",\s+(?:which|who)\s+had\s+(?:(?:earlier|previously|first|initially|originally)\s+)?"
        rf"(?:{_alt(rows.get('told', []))})\s+(?:that\s+)?(?P<wrong>[^,;.]+),\s+"
        rf"(?:(?:now|later|then)\s+)?(?:(?:said|says|added)\s+(?:that\s+)?(?:it|he|she|they)\s+"
        rf"(?:(?:now|had|has|had\s+now|now\s+had)\s+)?)?(?:{_alt(rows.get('give_up', []))})\s+"
        rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_alt(rows.get('given', []))})\b",
        re.IGNORECASE,
    )


def given_up(dossier: Dossier) -> list[tuple[int, int]]:
    """The spans of what a party had said and, in the same sentence, gives up ("The union, which
    had said 300 workers walked out on Monday, said it accepted the company's figure of 180":
    the words "300 workers walked out on Monday"), in the body of one article."""
    art = dossier.article
    out: list[tuple[int, int]] = []
    for block in art.blocks:
        if block.kind in _FURNITURE:
            continue
        for m in _giving_up().finditer(art.text, block.start, block.end):
            start, end = m.span("wrong")
            out.append((start, start + len(art.text[start:end].rstrip())))
    return out


_NEGATION = re.compile(r"\b(?:no|not|never|none|nothing|nobody|neither|nor)\b|n['’]t\b", re.I)
_AND = re.compile(r",?\s+and\s+", re.IGNORECASE)
_FEWEST = 3
"""The fewest content words a withdrawn statement must name: fewer could be anyone's."""


def _words(text: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in STOP}


def _says(claim: StoryClaim, wrong: str) -> bool:
    """Whether a story claim says what a notice withdraws: its words and its sources' words hold
    every content word of it, or of its first clause (before "and"), at least :data:`_FEWEST`,
    negated alike."""
    texts = [claim.text, *(r.text for r in claim.reports)]
    if any(bool(_NEGATION.search(t)) != bool(_NEGATION.search(wrong)) for t in texts):
        return False
    have = _words(" ".join([*texts, *(r.source_text or "" for r in claim.reports)]))
    first = _AND.split(wrong, 1)[0]
    core = _ADJUNCT.split(first, 1)[0]  # "police had arrested three people | in Keshport"
    for part in {wrong, first, core}:
        need = _words(part)
        figures = tuple(counts(part))  # "three people", "40 barges": the claim's own figure too
        if figures and not _gives(claim.values.numbers, figures):
            continue
        if len(need) >= _FEWEST and need <= have:
            return True
    return False


_ADJUNCT = re.compile(
    r"\s+(?:in|on|at|over|for|with|after|before|during|near|about|from|under|amid|following)\s+",
    re.IGNORECASE,
)
"""The first preposition of a statement, where its core (who did what to whom) ends and its
adjuncts begin: "police had arrested three people | in Keshport in connection with …"."""


def _gives(values: list[Value], wrong: tuple[Value, ...]) -> bool:
    for w in wrong:
        want = anchor(w)
        if want is None:
            continue
        for v in values:
            got = anchor(v)
            if v[0] == w[0] and got is not None and close(got, want):
                return True
    return False


def _voices(story: Story, dossiers: Mapping[str, Dossier]) -> dict[str, list[str | None]]:
    """Article id -> the outlets it speaks as: its own, and the agency whose copy it is
    (``article.agency``), or whose copy another article of its copy group is (a copy another
    outlet carried is the agency's report too, whether or not the carrier names the agency)."""
    agency = {a.id: d.article.agency if (d := dossiers.get(a.id)) else None for a in story.articles}
    out: dict[str, list[str | None]] = {a.id: [a.outlet, agency[a.id]] for a in story.articles}
    for group in story.copies:
        named = [agency[k] for k in group.articles if agency.get(k)]
        for k in group.articles:
            if k in out:
                out[k] = [*out[k], *named]
    return out


def _speaks_as(voices: Sequence[str | None], outlet: str | None) -> bool:
    return outlet is not None and any(v is not None and _key(v) == _key(outlet) for v in voices)


def withdrawn(story: Story, dossiers: Mapping[str, Dossier]) -> set[str]:
    """The story claims whose figure or statement a correction notice withdrew, or that a
    retraction told by another outlet or a party's giving up in the same sentence takes back
    (see the module doc)."""
    found = [n for a in story.articles if (d := dossiers.get(a.id)) for n in notices(d)]
    seen = {a.id: (a.outlet, a.seen or a.published) for a in story.articles}
    voices = _voices(story, dossiers)
    out: set[str] = set()
    for notice in found:
        if notice.own:
            scope = {notice.article} | {
                k
                for group in story.copies
                if notice.article in group.articles
                for k in group.articles
                if k in seen
                and (notice.day is None or ((day := seen[k][1]) is not None and day <= notice.day))
            }  # "an earlier version of this article": and the copies of that report, carried
            # by other outlets, that still give the figure it withdrew
        else:
            scope = {
                k
                for k, (outlet, day) in seen.items()
                if notice.outlet is not None
                and outlet == notice.outlet
                and (notice.day is None or (day is not None and day <= notice.day))
            }
        for claim in story.claims:
            if (
                claim.reports
                and all(r.article in scope for r in claim.reports)
                and _gives(claim.values.numbers, notice.wrong)
            ):
                out.add(claim.id)
        out |= _asserted_elsewhere(story, notice, seen)
    for told in (t for a in story.articles if (d := dossiers.get(a.id)) for t in retold(d)):
        if told.outlet is None or told.day is None:
            continue
        earlier = {
            k
            for k, (_, day) in seen.items()
            if k != told.article
            and _speaks_as(voices.get(k, []), told.outlet)
            and day is not None
            and day <= told.day
        }
        for claim in story.claims:
            if (
                claim.reports
                and all(r.article in earlier for r in claim.reports)
                and _says(claim, told.text)
            ):
                out.add(claim.id)
    gone = {a.id: given_up(d) for a in story.articles if (d := dossiers.get(a.id))}
    for claim in story.claims:
        up = [r for r in claim.reports if within(gone, r.article, r.start, r.end)]
        keys = {r.source for r in up if r.source}
        last = max((r.seen for r in up if r.seen), default=None)
        if up and all(
            within(gone, r.article, r.start, r.end)
            or (r.source in keys and r.seen is not None and last is not None and r.seen <= last)
            for r in claim.reports
        ):
            out.add(claim.id)  # what its party gave up in the same sentence, or earlier
    return out | _retracted(story, dossiers, voices) | self_retracted(story)


@cache
def _self_retraction() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``data/self_retracted.tsv`` as the patterns of a source's own retraction of its count:
    one naming what it counted (group ``what``: "I was wrong to call them dead"), one that
    names only the figure ("I should not have given that figure")."""
    rows = kinded_lists(__package__, "self_retracted.tsv")
    return (
        re.compile(
            rf"\b(?:{_alt(rows.get('wrong', []))})\s+(?:have\s+)?"
            rf"(?:{_alt(rows.get('counted', []))})"
            r"\s+(?:them|those|these|all|the\s+\w+)\s+(?:as\s+)?(?P<what>\w+)\b",
            re.IGNORECASE,
        ),
        re.compile(rf"\b(?:{_alt(rows.get('figure', []))})\b", re.IGNORECASE),
    )


def _counted(word: str) -> str | None:
    """The counted thing a word names as in a count ("dead", "missing"), or None."""
    found = {v[0] for v in counts(f"12 people {word}")} | {v[0] for v in counts(f"12 {word}")}
    found -= {"person", "people"}
    return found.pop() if len(found) == 1 else None


def self_retracted(story: Story) -> set[str]:
    """The story claims a source's own later retraction takes back ("I was wrong to call them
    dead," he said; "I should not have given that figure"): the claims whose every report is of
    that same identified source, seen no later than the retraction, that give a count of the
    thing it names. A retraction naming no thing takes back the one thing that source counted;
    where it counted several, or the retraction is no identified source's, nothing."""
    naming, bare = _self_retraction()
    out: set[str] = set()
    for retraction in story.claims:
        for rep in retraction.reports:
            if rep.source is None or (day := rep.seen or rep.published) is None:
                continue
            m = naming.search(rep.text)
            if m is None and bare.search(rep.text) is None:
                continue
            earlier = [
                c
                for c in story.claims
                if c.id != retraction.id
                and c.reports
                and all(
                    r.source == rep.source and (r.seen or r.published or date.max) <= day
                    for r in c.reports
                )
                and c.values.numbers
            ]
            things = {v[0] for c in earlier for v in c.values.numbers}
            what = _counted(m.group("what")) if m is not None else None
            if what is None:
                if m is not None or len(things) != 1:
                    continue  # unsure what it takes back: nothing
                (what,) = things
            out |= {c.id for c in earlier if any(v[0] == what for v in c.values.numbers)}
    return out


def _asserted_elsewhere(
    story: Story, notice: Notice, seen: Mapping[str, tuple[str | None, date | None]]
) -> set[str]:
    """The story claims of any outlet, every report of them seen no later than the notice, that
    give the very figure of the very thing a notice withdraws, where the notice also says what
    it is instead (:attr:`Notice.right`: "… gave the address as 14 Dock Lane. The warehouse is at
    41 Dock Lane."): a value the notice says is wrong is wrong in every report that asserted it
    by then, not only in its own outlet's. A notice that gives nothing instead withdraws its own
    report only; a report seen after the notice (which may tell the correction itself, or a
    count that later reached that figure) stands."""
    if notice.right is None or notice.day is None:
        return set()
    wrong = [(w[0], a) for w in notice.wrong if (a := anchor(w)) is not None]
    before = {k for k, (_, day) in seen.items() if day is not None and day <= notice.day}
    out: set[str] = set()
    for claim in story.claims:
        if (
            claim.reports
            and all(r.article in before for r in claim.reports)
            and any((v[0], anchor(v)) in wrong for v in claim.values.numbers)
        ):
            out.add(claim.id)
    return out


def _retelling(
    rep: Report, own: set[str], tellings: Mapping[str, Sequence[tuple[int, int]]]
) -> bool:
    """Whether a report is the retracting outlet's own (its article in ``own``) or lies in a
    retelling of the retracted report (``tellings``: article id -> spans)."""
    return rep.article in own or any(
        a < rep.end and rep.start < b for a, b in tellings.get(rep.article, ())
    )


def _retracted(
    story: Story, dossiers: Mapping[str, Dossier], voices: Mapping[str, Sequence[str | None]]
) -> set[str]:
    """The story claims a retraction told in its articles takes back (:func:`retracted`): whose
    every report is the retracting outlet's own, seen no later than the article that tells it,
    or a retelling of the retracted report in such an article (never a second source), and
    that say what the retelling says the report said."""
    outlets = sorted({v for vs in voices.values() for v in vs if v})
    found = [r for a in story.articles if (d := dossiers.get(a.id)) for r in retracted(d, outlets)]
    seen = {a.id: a.seen or a.published for a in story.articles}
    tellings: dict[str, list[tuple[int, int]]] = {}
    for r in found:
        tellings.setdefault(r.article, []).append(r.told)
    out: set[str] = set()
    for r in found:
        own = {
            k
            for k, day in seen.items()
            if _speaks_as(voices.get(k, []), r.outlet)
            and (r.day is None or (day is not None and day <= r.day))
        }

        for claim in story.claims:
            if (
                claim.reports
                and all(_retelling(rep, own, tellings) for rep in claim.reports)
                and _says(claim, r.text)
            ):
                out.add(claim.id)
    return out


_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_FORMS = re.compile(
    rf"\b(?:It|The\s+name|The\s+correct\s+(?:name|spelling))\s+is\s+(?P<right>{_NAME}),?\s+"
    rf"not\s+(?P<wrong>{_NAME})\b"
)
"""Both forms of a name a notice corrects: "It is Parvel, not Parvil."."""


@dataclass(frozen=True)
class Respelt:
    """A name an outlet's notice (in article ``article``, of its ``outlet`` and ``day``) says
    its earlier report misspelt: ``wrong`` is the form it gave, ``right`` the name."""

    article: str
    outlet: str | None
    day: date | None
    wrong: str
    right: str


def respelt(dossier: Dossier) -> list[Respelt]:
    """The names the correction notices of one article say were misspelt, where the notice
    names both forms ("Correction: An earlier version misspelt the town's name. It is Parvel,
    not Parvil.")."""
    art = dossier.article
    rows = kinded_lists(__package__, "corrected_words.tsv")
    misspelt = re.compile(rf"\b(?:{_alt(rows.get('misspelt', []))})\b", re.IGNORECASE)
    out: list[Respelt] = []
    for block in art.blocks:
        if block.kind not in _FURNITURE:
            continue
        if not misspelt.search(art.text, block.start, block.end):
            continue
        for m in _FORMS.finditer(art.text, block.start, block.end):
            wrong, right = m.group("wrong"), m.group("right")
            if _key(wrong) != _key(right):
                out.append(Respelt(art.id, art.outlet, art.published, wrong, right))
    return out


def misspelt(story: Story, dossiers: Mapping[str, Dossier]) -> dict[str, str]:
    """Story claim id -> the note that a name in it was misspelt, by the outlet's own later
    notice (:func:`respelt`): a claim with a report, of the notice's outlet or the agency whose
    copy it carried (or a copy of the notice's report) seen no later than the notice, that gives
    the wrong form as a whole word."""
    voices = _voices(story, dossiers)
    seen = {a.id: a.seen or a.published for a in story.articles}
    out: dict[str, str] = {}
    for a in story.articles:
        if (d := dossiers.get(a.id)) is None:
            continue
        for r in respelt(d):
            group = {k for g in story.copies if r.article in g.articles for k in g.articles}
            scope = {
                k
                for k, day in seen.items()
                if (k in group or _speaks_as(voices.get(k, []), r.outlet))
                and (r.day is None or (day is not None and day <= r.day))
            }
            wrong = re.compile(rf"(?<![\w-]){re.escape(r.wrong)}(?![\w-])")
            for claim in story.claims:
                if any(rep.article in scope and wrong.search(rep.text) for rep in claim.reports):
                    by = r.outlet or "its outlet"
                    out.setdefault(claim.id, f"{by} later corrected “{r.wrong}” to “{r.right}”")
    return out


Withdrawn: TypeAlias = Mapping[str, Sequence[tuple[int, int]]]
"""Article id -> the spans of its reports of withdrawn claims: no timeline line comes from
them either."""


def without_withdrawn(story: Story, dossiers: Mapping[str, Dossier]) -> tuple[Story, Withdrawn]:
    """The story less the claims a correction withdrew, and the contradictions they are in;
    and the spans of those claims' reports, by article (:data:`Withdrawn`)."""
    gone = withdrawn(story, dossiers)
    spans: dict[str, list[tuple[int, int]]] = {}
    for a in story.articles:  # what a party gave up: no timeline line, claim or not
        if (d := dossiers.get(a.id)) is not None and (up := given_up(d)):
            spans.setdefault(a.id, []).extend(up)
    if not gone:
        return story, spans
    for claim in story.claims:
        if claim.id in gone:
            for r in claim.reports:
                spans.setdefault(r.article, []).append((r.start, r.end))
    kept = story.model_copy(
        update={
            "claims": [c for c in story.claims if c.id not in gone],
            "contradictions": [
                x for x in story.contradictions if x.a not in gone and x.b not in gone
            ],
        }
    )
    return kept, spans


def within(spans: Withdrawn, article: str, start: int, end: int) -> bool:
    """Whether ``start``–``end`` of ``article`` lies inside one of its withdrawn reports."""
    return any(a <= start and end <= b for a, b in spans.get(article, ()))
