"""Plain-text news layout: title, standfirst, byline, dateline, captions, subheadings, source lines.

News copied out of a page or a wire feed keeps its furniture as lines of text: a headline on the
first line, a short standfirst, photo captions ending in a bracketed credit, a ``By …`` byline, a
``TOKYO (Reuters) -`` dateline, short subheadings between paragraphs, and closing lines such as
``Source: Reuters and news agencies``. :func:`parse_layout` finds them line by line and returns
the article's :class:`Layout`: the fields of the contract's ``article`` plus a list of blocks that
tile the text, each with offsets into the text exactly as given (``\\r\\n`` and all).

The rules are about the *shape* of lines (length, final punctuation, position, a few fixed
patterns); nothing here knows any particular outlet or name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from ..contract import Article, ArticleFormat, Block, BlockKind, Caption, article_id
from . import _furniture as F
from . import _patterns as P
from .base import MAX_TEXT_CHARS

post_author = F.post_author
post_counter = F.post_counter


@dataclass
class Layout:
    title: str | None = None
    standfirst: str | None = None
    byline: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    dateline: str | None = None
    published: date | None = None
    blocks: list[Block] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    """The outlets the text names itself (a byline's masthead, a ``Source:`` line's first name)."""
    byline_agencies: list[str] = field(default_factory=list)
    """The agencies a byline names (``By Aki Moll, Harbour Wire Service``): credits, unless the
    dateline credits the same agency (:func:`_own_copy`). A byline that names an agency and no
    person (``By Harbour Wire Service``) is a carrier's credit to the agency, not the agency's
    own copy, and adds none here (:attr:`agency_byline`)."""
    agency_byline: str | None = None
    """The agency a byline names alone (``By Harbour Wire Service``): its own copy where the
    dateline credits the same agency and no line of the text promotes anything (a carrier's
    furniture) or names another outlet (:func:`_own_copy`)."""
    promoted: bool = False
    """A line of the text is promotion ("Sign up for …"): a carrier's page, not an agency's."""
    signed_agencies: list[str] = field(default_factory=list)
    """The agency a closing ``Source:`` line names alone (``Source: Harbour Wire Service``), in a
    text with no byline and with its reporters' credit line (``(Reporting by …)``): the
    agency's own copy when its dateline credits the same agency (:func:`_own_copy`)."""
    offered: list[str] = field(default_factory=list)
    """The outlets whose own offer a promotion line names ("Sign up for the Osk Ledger morning
    briefing"), or whose slogan or membership a line of its own furniture gives ("Osk Evening
    Post — your town, every evening.": :func:`._furniture.masthead_line`): the text's outlet
    where nothing else names one (:func:`_find_dateline`)."""
    wire_credits: list[str] = field(default_factory=list)
    """The agencies the text credits as the sender of its copy, besides its dateline: a
    byline's (``By Harbour Wire Service``, ``By Aki Moll, Harbour Wire Service``) and a closing
    ``Source:`` line's that names one alone (``Source: Harbour Wire Service``)."""
    credited: list[str] = field(default_factory=list)
    """The people a reporters' credit line names (``(Reporting by Aki Moll; …)``)."""
    signed: list[str] = field(default_factory=list)
    """The people the byline names (``By Aki Moll``), the credit line's aside."""
    agency: str | None = None
    """The agency whose copy the text is (:func:`_copy_agency`), whoever carries it."""
    has_byline: bool = False
    writers_outlet: bool = False
    """The byline, or a masthead's name set under it, names the writer's outlet."""
    reporters_credited: bool = False

    @property
    def outlet(self) -> str | None:
        """The outlet the text names, when every line that names one names the same; else (or
        when none does) ``None``: a wrong outlet makes two articles of one outlet look
        independent, or the reverse."""
        names = {_outlet_key(o) for o in self.outlets}
        return self.outlets[0] if len(names) == 1 else None


def _outlet_key(name: str) -> str:
    words = name.casefold().split()
    return " ".join(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)


@dataclass
class _Line:
    start: int
    end: int
    text: str
    blank_before: bool
    kind: BlockKind | None = None


def _lines(text: str) -> list[_Line]:
    """Non-blank lines with the offsets of their stripped content."""
    out: list[_Line] = []
    pos = 0
    blank = True
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        stripped = body.strip()
        if stripped:
            start = pos + (len(body) - len(body.lstrip()))
            out.append(_Line(start, start + len(stripped), stripped, blank))
            blank = False
        else:
            blank = True
        pos += len(raw)
    return out


_TYPOGRAPHIC = str.maketrans({"‘": "'", "’": "'", "‛": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def _title_key(text: str) -> str:
    """A headline as compared: spaces, case and typographic quotes and dashes folded (a page's
    ``<title>`` may write ``Dace's`` where its ``<h1>`` writes ``Dace&rsquo;s``)."""
    return " ".join(text.translate(_TYPOGRAPHIC).split()).casefold()


def same_title(a: str, b: str) -> bool:
    return _title_key(a) == _title_key(b)


def parse_layout(
    text: str, *, title: str | None = None, subheadings: frozenset[int] = frozenset()
) -> Layout:
    """Find the layout of ``text``.

    ``title``: a title known from metadata; then the first line is the title block only if it
    says the same. ``subheadings``: start offsets of lines that the source format marks as
    headings (HTML ``<h2>``), taken as subheadings whatever their form.
    """
    lay = Layout()
    if len(text) > MAX_TEXT_CHARS:  # refused by the analyser (W024): not worth a pattern
        return lay
    lines = _lines(text)
    if not lines:
        return lay
    _classify_furniture(lines, lay, title)
    body = [ln for ln in lines if ln.kind is None]
    dated = _find_dateline(text, body, lay, lines)
    lay.agency = _copy_agency(lay, dated)
    if not lay.outlets and _one_offered(lay):
        lay.outlets.append(lay.offered[0])  # a carried copy that promotes its outlet's briefing
    if not lay.outlets and (signed := _signed_outlet(lay, dated)) is not None:
        lay.outlets.append(signed)  # "Source: Harbour Wire Service", and no outlet besides
    _find_standfirst(lines, lay)
    _find_subheadings(lines, subheadings)
    _assemble_blocks(text, lines, lay)
    return lay


def _signed_outlet(lay: Layout, dated: str | None) -> str | None:
    """The organisation a ``Source:`` line names alone (:attr:`Layout.signed_agencies`), when it
    reads as an outlet's or an agency's name (:func:`._patterns.news_organisation`, not
    ``Source: police``) and the dateline credits none or the same: the text names no outlet
    but the one whose copy it is. The caller asks only when no other line names an outlet."""
    if len(lay.signed_agencies) != 1 or lay.offered or _carrier_writer(lay):
        return None
    name = lay.signed_agencies[0]
    if not P.news_organisation(name):
        return None
    return name if dated is None or same_agency(name, dated) else None


def _carrier_writer(lay: Layout) -> bool:
    """The byline names a writer (or credits an agency alone) and no outlet, and no credit line
    names the same writers as the agency's own reporters (:func:`_signed_copy`): a carrier's
    writer, whose outlet the text does not tell; a ``Source:`` line or the dateline then names
    only the agency the carrier took the copy from."""
    return lay.has_byline and not lay.writers_outlet and not _signed_copy(lay)


def _one_offered(lay: Layout) -> bool:
    """The text's own furniture promotes one outlet's offer (:attr:`Layout.offered`)."""
    return len({_outlet_key(o) for o in lay.offered}) == 1


def _carrier_offered(lay: Layout) -> bool:
    """The text's own furniture promotes one outlet's offer, under a name that ends as a
    masthead's does ("Sign up for the Osk Ledger morning briefing", "Listen to Radio Wren News
    on 98.4 FM"): a carrier's copy of an agency's report, though its byline and dateline name
    the agency. "Sign up for the Ledger Morning Briefing" names the offer, not the outlet."""
    return _one_offered(lay) and P.masthead_ending(lay.offered[0])


def _classify_furniture(lines: list[_Line], lay: Layout, title: str | None) -> None:
    """Title, byline, date, caption, credit and source lines, and the lines that state nothing
    of the story (promotion, boilerplate, URLs, embedded posts, glossary lines): recognisable by
    their own form. After a comment-section header every line is a reader's ``comment``; after
    a header such as ``Related stories``, the headline-shaped lines that follow are promotion;
    under the header of an embedded post (``Name (@handle) · May 2, 2024``), the lines set right
    below it (no blank line between) are the post's: its author's words, not the outlet's."""
    first = lines[0]
    if title is not None:
        if same_title(first.text, title):
            first.kind = "title"
    elif P.looks_like_title(first.text):
        first.kind = "title"
    if first.kind == "title":
        lay.title = first.text
    body_started = False
    last = max((n for n, ln in enumerate(lines) if ln.text.strip()), default=-1)
    in_comments = False
    in_promo_list = False
    in_post = False
    for n, ln in enumerate(lines):
        if ln.kind is not None:
            continue
        in_promo_list = (
            in_promo_list and P.looks_like_title(ln.text) and not P.ends_sentence(ln.text)
        )
        in_post = in_post and not ln.blank_before
        if in_comments:
            ln.kind = "comment"
        elif in_post:
            ln.kind = "social"  # the text of an embedded post, under its header
        elif in_promo_list:
            ln.kind = "promo"  # a headline of another story, listed under "Related stories"
        elif (names := P.byline(ln.text)) is not None and not body_started:
            ln.kind = "byline"
            names = [P.staff_of(n) or n for n in names]  # "Osk Ledger staff": no person
            names = [n for n in names if not P.staff_only(n)]  # "Osk staff": nobody either
            if (outlet := P.byline_outlet(ln.text)) is not None:
                lay.outlets.append(outlet)
                lay.writers_outlet = True
                names = [n for n in names if n != outlet]
            people, outlets = P.split_outlets(names)
            lay.has_byline = True
            lay.byline.extend(people)
            lay.signed.extend(people)
            lay.sources.extend(outlets)
            if people:  # "By Harbour Wire Service" alone: the agency's own or a carrier's
                lay.byline_agencies.extend(outlets)
            elif len(outlets) == 1 and P.is_agency(outlets[0]):
                lay.agency_byline = outlets[0]
            lay.wire_credits.extend(outlets)
            _credit_contributors(lay, P.byline_credits(ln.text))  # "…, with Harbour Wire"
        elif not body_started and (named := P.masthead_credit(ln.text)) is not None:
            ln.kind = "byline"  # "Osk Ledger, with HWS": the outlet, and who contributed
            lay.outlets.append(named[0])
            lay.writers_outlet = True
            lay.has_byline = True
            _credit_contributors(lay, named[1])
        elif body_started and n == last and ln.blank_before and (names := P.byline(ln.text)):
            ln.kind = "byline"  # "By Jo Reyes, Osk Radio News" closing the text: its writer
            names = [P.staff_of(n) or n for n in names if not P.staff_only(n)]
            if (outlet := P.byline_outlet(ln.text)) is not None:
                names = [n for n in names if n != outlet]
            people, outlets = P.split_outlets(names)
            lay.byline.extend(p for p in people if p not in lay.byline)
            lay.sources.extend(o for o in outlets if o not in lay.sources)
            lay.sources.extend(
                c for c in P.byline_credits(ln.text) if c not in lay.sources
            )  # "By Jo Reyes, with HWS" closing the text: a credit, not a writer
        elif not body_started and (dated := P.date_line(ln.text)) is not None:
            ln.kind = "published"
            if dated[1]:
                lay.published = lay.published or dated[0]
        elif F.inline_post(ln.text):
            ln.kind = "social"  # "@handle: words": a post, on one line
            in_post = True  # its time line, set right under it
        elif (other := F.line_kind(ln.text)) is not None:
            ln.kind = other
            lay.promoted = lay.promoted or other == "promo"
            offer = (
                F.offered_by(ln.text) or F.tuned_to(ln.text) or F.followed(ln.text)
                if other == "promo"
                else None
            )
            if offer is not None and P.masthead(offer):
                lay.offered.append(offer)  # "Sign up for the Osk Ledger morning briefing"
            elif other == "boilerplate" and (own := F.masthead_line(ln.text)) is not None:
                lay.offered.append(own)  # "Osk Evening Post — your town, every evening."
            in_promo_list = F.opens_promo_list(ln.text)
            in_post = F.post_header(ln.text)
        elif (cap := F.caption(ln.text)) is not None:
            ln.kind = "caption"
            text_part, offset, credit = cap
            start = ln.start + offset
            lay.captions.append(
                Caption(text=text_part, credit=credit, start=start, end=start + len(text_part))
            )
        elif (credits := P.source_line(ln.text)) is not None:
            ln.kind = "source_line"
            if credits.outlet is not None:
                lay.outlets.append(credits.outlet)
            lay.sources.extend(s for s in credits.sources if s not in lay.sources)
            lay.byline.extend(n for n in credits.people if n not in lay.byline)
            if credits.outlet is None and len(credits.sources) == 1 and not credits.people:
                lay.signed_agencies.extend(credits.sources)  # "Source: Harbour Wire Service"
                if P.is_agency(credits.sources[0]):
                    lay.wire_credits.extend(credits.sources)
            lay.reporters_credited = lay.reporters_credited or bool(credits.people)
            lay.credited.extend(credits.people)
        elif not body_started and _masthead_under_credit(lines, n):
            ln.kind = "byline"  # "By Jo Reyes" then "Osk Ledger": the writer's outlet
            lay.outlets.append(ln.text.strip())
            lay.writers_outlet = True
        elif not body_started and _section_label(ln, lines[n + 1 : n + 2]):
            ln.kind = "subheading"  # "Opinion" on its own line above "By Jo Reyes": a label
        elif F.author_bio(ln.text, lay.byline):
            ln.kind = "boilerplate"  # "Jo Reyes is a columnist for …": the writer, not the story
        elif body_started and n == last and ln.blank_before and P.masthead(ln.text):
            ln.kind = "source_line"  # "Osk Ledger" alone closing the text: its outlet signs off
            lay.outlets.append(ln.text)
        elif (
            body_started
            and n == last
            and ln.blank_before
            and (named := P.masthead_credit(ln.text)) is not None
        ):
            ln.kind = "source_line"  # "Osk Ledger, with HWS" closing the text: the same
            lay.outlets.append(named[0])
            _credit_contributors(lay, named[1])
        elif body_started and (agency := F.sign_off(ln.text, n == last)) is not None:
            ln.kind = "source_line"  # "— Harbour Wire", "(Harbour Wire)", a last line "HWA"
            if agency not in lay.sources:
                lay.sources.append(agency)
        elif body_started and F.comments_header(ln.text):
            ln.kind = "comment"
            in_comments = True
        elif not body_started and _standfirst_above_header(lines, n):
            pass  # a standfirst between the headline and the byline: the body starts later
        elif (
            not body_started
            and lines[0].kind == "title"
            and _picture_line(lines, n)
            and _header_below(lines, n)
        ):
            pass  # a photo's caption above the byline (see _credited_above): the header goes on
        else:
            body_started = True
    _credited_above(lines, lay)


def _credit_contributors(lay: Layout, credits: list[str]) -> None:
    """A header line's contributors (``By Osk Ledger staff, with HWS``, ``Osk Ledger and
    agencies``): credits; one named (an agency's name or initials, not ``agencies``) is a
    sender of the copy (:attr:`Layout.wire_credits`), the outlet's contributor, never the
    outlet."""
    for name in credits:
        if name not in lay.sources:
            lay.sources.append(name)
        if not P.generic_credit(name):
            lay.wire_credits.append(name)


def _masthead_under_credit(lines: list[_Line], n: int) -> bool:
    """Line ``n`` is a masthead's name alone (:func:`._patterns.masthead`), set right under the
    byline or a ``Source:`` line of the header (no blank line between): ``By Jo Reyes`` then
    ``Osk Ledger`` then ``Published 3 May``; the outlet the writer or the copy is for. Or set
    between the headline and a date line or byline, the date or byline right under it: the
    headline, ``Osk Ledger`` (or an agency's name, ``Osk Wire``: its own copy),
    ``Published 3 May``."""
    ln = lines[n]
    if n == 0:
        return False
    above = lines[n - 1].kind
    name = ln.text.strip()
    if above == "title":
        if n + 1 >= len(lines) or lines[n + 1].blank_before:
            return False
        below = lines[n + 1].text
        if P.date_line(below) is None and P.byline(below) is None:
            return False
        return P.masthead(name) or P.is_agency(name)
    if ln.blank_before or above not in ("byline", "source_line"):
        return False
    return P.masthead(name)


MAX_STANDFIRST_CHARS = 300


def _standfirst_above_header(lines: list[_Line], n: int) -> bool:
    """Line ``n`` is the first prose line under the headline (only captions between), short
    (one or two sentences), and a byline or date line follows it, perhaps under a photo's
    caption or credit: a standfirst set above the byline (headline, standfirst, ``By …``,
    ``Published …``; or headline, standfirst, ``Crews at the quay [Photo: …]``, ``By …``), not
    the body's first paragraph."""
    ln = lines[n]
    if lines[0].kind != "title" or n + 1 >= len(lines):
        return False
    if any(prev.kind not in ("caption", "credit") for prev in lines[1:n]):
        return False
    if len(ln.text) > MAX_STANDFIRST_CHARS or P.sentence_count(ln.text) > 2:
        return False
    return _header_below(lines, n + 1)


def _header_below(lines: list[_Line], n: int) -> bool:
    """From line ``n``, past a photo's caption and credit lines (:func:`_picture_line`), the
    next line is a byline or a date line: the article's header goes on below."""
    for nxt in range(n, min(len(lines), n + MAX_HEADER_CAPTIONS + 1)):
        text = lines[nxt].text
        if P.byline(text) is not None or P.date_line(text) is not None:
            return True
        if P.masthead_credit(text) is not None:
            return True  # "Osk Ledger, with HWS"
        if not _picture_line(lines, nxt):
            return False
    return False


MAX_HEADER_CAPTIONS = 2
"""The most caption or credit lines between a standfirst and the byline under it."""


def _picture_line(lines: list[_Line], n: int) -> bool:
    """Line ``n`` is a photo's caption or credit (:func:`._furniture.caption`,
    :func:`._furniture.credit_only`), or a short line set right above a picture credit (as
    :func:`_credited_above` reads it)."""
    text = lines[n].text
    if F.caption(text) is not None or F.credit_only(text):
        return True
    below = lines[n + 1] if n + 1 < len(lines) else None
    return (
        below is not None
        and not below.blank_before
        and len(text.split()) <= MAX_CAPTION_WORDS
        and P.sentence_count(text) <= 2
        and F.picture_credit(below.text)
    )


MAX_SECTION_WORDS = 3


def _section_label(ln: _Line, after: list[_Line]) -> bool:
    """A section's label on a line of its own right above the byline ("Opinion", "World news"
    then "By Jo Reyes") or above the dateline that opens a wire copy ("REGIONAL" then "OSTBY,
    May 2 (Agency) — …"): a few capitalised words with no stop, which neither start the body
    nor hide the byline under them (as "Opinion | By Jo Reyes" on one line does not)."""
    words = ln.text.split()
    return (
        bool(after)
        and 0 < len(words) <= MAX_SECTION_WORDS
        and words[0][0].isupper()
        and ln.text[-1].isalnum()
        and (P.byline(after[0].text) is not None or P.dateline(after[0].text) is not None)
    )


MAX_CAPTION_WORDS = 40


def _credited_above(lines: list[_Line], lay: Layout) -> None:
    """A short line set right above a picture credit (no blank line between: ``Dockers wait at
    the gate.`` then ``Photo: Jane Doe/AFP``) is that picture's caption."""
    for prev, ln in pairwise(lines):
        if (
            ln.kind == "credit"
            and prev.kind is None
            and not ln.blank_before
            and len(prev.text.split()) <= MAX_CAPTION_WORDS
            and P.sentence_count(prev.text) <= 2
            and F.picture_credit(ln.text)
        ):
            prev.kind = "caption"
            lay.captions.append(
                Caption(text=prev.text, credit=F.credit_of(ln.text), start=prev.start, end=prev.end)
            )
    lay.captions.sort(key=lambda c: c.start)


def _initials(name: str) -> frozenset[str]:
    """The capitals of a name's words ("Harbour Wire Service" → ``HWS``; "of", "and" left out),
    and, where a word is compounded of two agency words, with an initial for each part
    ("Calder Newswire" → ``CN`` and ``CNW``)."""
    words = [w for w in name.replace("&", " ").split() if w[:1].isupper()]
    plain = "".join(w[0] for w in words)
    split = "".join(p[0].upper() for w in words for p in P.compound_parts(w))
    return frozenset({plain, split})


def _own_copy(lay: Layout, credit: str) -> str | None:
    """The agency whose own copy the text is: one its byline names (``By Aki Moll, Harbour Wire
    Service``) that its dateline credits too, by name or by its initials (``BRENNA, June 3
    (HWS) —``), or, in a text with no byline, one its closing ``Source:`` line names alone under
    its reporters' credit line (``(Reporting by Aki Moll)`` then ``Source: Harbour Wire
    Service``); the agency wrote and sent the text, and is its outlet when no masthead names
    another. None when neither names an agency, or another than the dateline's. A byline that
    names the agency and no person (``By Harbour Wire Service``) over its dateline's credit
    (``(HWS)``) signs the agency's own copy too, where no masthead, offer or other line names
    a carrier (the caller's check)."""
    key = _outlet_key(credit)
    letters = credit.replace(".", "").replace(" ", "")
    names = list(lay.byline_agencies)
    if lay.agency_byline is not None and not lay.promoted and not lay.signed_agencies:
        names.append(lay.agency_byline)  # "By Harbour Wire Service" over "(HWS)", nothing else
    if _signed_copy(lay):
        names += lay.signed_agencies  # "(Reporting by …)", "Source: <the agency>"
    for name in names:
        if _outlet_key(name) == key or (len(letters) >= 2 and letters in _initials(name)):
            return name
        if P.agency_stem(name) == key:  # "By Aki Moll, Harbour Press Agency", "(Harbour)"
            return name
    return None


def _signed_copy(lay: Layout) -> bool:
    """The text signs itself off as one agency's copy: a reporters' credit line
    (``(Reporting by Aki Moll; …)``) above a ``Source:`` line that names one agency alone, and
    either no byline or one that names only people the credit line names (``By Aki Moll``: the
    agency's own reporter, not a carrier's writer). A carrier keeps the ``Source:`` line and
    drops the credit line, or signs the copy with a writer of its own."""
    if not lay.reporters_credited or len(lay.signed_agencies) != 1:
        return False
    if not lay.has_byline:
        return True
    credited = {_outlet_key(n) for n in lay.credited}
    return bool(lay.signed) and all(_outlet_key(n) in credited for n in lay.signed)


def same_agency(a: str, b: str) -> bool:
    """Two names of one agency: the same words, or one the other's initials (``HWS``)."""
    if _outlet_key(a) == _outlet_key(b):
        return True
    if _outlet_key(a) == P.agency_stem(b) or _outlet_key(b) == P.agency_stem(a):
        return True  # "Harbour" for "Harbour Press Agency"
    for name, short in ((a, b), (b, a)):
        letters = short.replace(".", "").replace(" ", "")
        if len(letters) >= 2 and letters in _initials(name):
            return True
    return False


def _copy_agency(lay: Layout, dated: str | None) -> str | None:
    """The agency whose copy the text is: the one its dateline credits (``BRENNA, June 3 (HWS)
    —``), a byline or a lone ``Source:`` line names (:attr:`Layout.wire_credits`), when every one
    of them names the same agency; under its fullest name (``Harbour Wire Service`` for
    ``HWS``). None when none names one, or two name different ones (a copy of two agencies'
    reports is neither's), or when no name of it reads as an agency's (:func:`._patterns.
    is_agency`: a dateline's "(Brenna)" or "(OWS)" alone may be a place or anyone's initials)."""
    names = ([dated] if dated else []) + lay.wire_credits
    if not names or not all(same_agency(names[0], n) for n in names[1:]):
        return None
    if not any(P.is_agency(n) for n in names):
        return None
    return max(names, key=lambda n: (len(n.split()), len(n)))


def _find_dateline(text: str, body: list[_Line], lay: Layout, lines: list[_Line]) -> str | None:
    """A dateline opens one of the first body paragraphs (``TOKYO (Reuters) -``) or is a line of
    its own (``Derna, Libya (AFP) Sept 20, 2023``): it becomes a ``dateline`` block, cut from the
    paragraph it opens; its place is the article's dateline, its date (when it gives a year) the
    publication date if none is known. Returns the agency the dateline credits, if any."""
    for ln in body[:3]:
        m = P.dateline(ln.text)
        if m is None:
            continue
        lay.dateline = P.dateline_place(m) or lay.dateline  # a date alone names no place
        lay.published = lay.published or P.dateline_date(m)
        agency = m.group("agency") or m.group("agency2")
        if agency and agency not in lay.sources:
            lay.sources.append(agency)
        if agency:
            _initials_credit(lay, agency)
        if agency:  # the agency the dateline credits is no outlet beside another one
            named = [o for o in lay.outlets if _outlet_key(o) == _outlet_key(agency)]
            lay.outlets = [o for o in lay.outlets if _outlet_key(o) != _outlet_key(agency)]
            own = _own_copy(lay, agency)
            if own is None and named and not _carrier_writer(lay):
                own = named[0]  # "By Jo Reyes, Osk Ledger" and "OSK (Osk Ledger) —": its own
            if own is not None and not lay.outlets and not _carrier_offered(lay):
                lay.outlets.append(own)  # a carrier promoting its own offer keeps its copy
        cut = ln.start + m.end()
        head = _Line(
            ln.start,
            ln.start + len(m.group(0).rstrip()),
            m.group(0).rstrip(),
            ln.blank_before,
            "dateline",
        )
        at = lines.index(ln)
        if cut >= ln.end:
            lines[at] = head
        else:
            rest = _Line(cut, ln.end, text[cut : ln.end], False, "paragraph")
            lines[at : at + 1] = [head, rest]
        return agency or None
    return None


_INITIALS_ONLY = re.compile(r"^[A-Z]{2,6}$")


def _initials_credit(lay: Layout, credit: str) -> None:
    """A byline's "name" that is only the initials of the agency its dateline credits (``By
    OPA, The Osk Ledger`` over ``OSK, May 3 (OPA) —``) names the agency, no writer: a credit, as
    ``By Osk Press Agency`` is (:attr:`Layout.wire_credits`)."""
    named = [n for n in lay.byline if _INITIALS_ONLY.match(n) and same_agency(n, credit)]
    if not named:
        return
    lay.byline = [n for n in lay.byline if n not in named]
    lay.signed = [n for n in lay.signed if n not in named]
    lay.wire_credits.extend(n for n in named if n not in lay.wire_credits)


def _find_standfirst(lines: list[_Line], lay: Layout) -> None:
    """The standfirst: a short paragraph right after the title, before the body proper.

    It is taken as a standfirst when it is short and something marks the body as starting after
    it: furniture (byline, date, caption) or a dateline follows, or it is one short sentence.
    """
    if not lines or lines[0].kind != "title":
        return
    idx = next((i for i, ln in enumerate(lines[1:], 1) if ln.kind is None), None)
    if idx is None:
        return
    cand = lines[idx]
    if any(ln.kind != "caption" for ln in lines[1:idx]):
        return  # a byline or date came first: the body has begun
    nxt = lines[idx + 1] if idx + 1 < len(lines) else None
    if (
        nxt is not None
        and not nxt.blank_before
        and nxt.kind is None
        and not P.ends_sentence(cand.text)
    ):
        return  # a paragraph wrapped over several lines: body text, not a standfirst
    if len(cand.text) > MAX_STANDFIRST_CHARS or P.sentence_count(cand.text) > 2:
        return
    rest = lines[idx + 1 :]
    if not any(ln.kind is None for ln in rest):
        return
    after = rest[0].kind if rest else None
    if after in ("byline", "published", "caption", "dateline") or (
        len(cand.text) <= 160 and P.sentence_count(cand.text) == 1
    ):
        cand.kind = "standfirst"
        lay.standfirst = cand.text


_ASIDES = frozenset({"caption", "credit", "promo", "url", "social", "glossary"})
"""Lines set among the body that a subheading may stand above: the body goes on after them."""


def _find_subheadings(lines: list[_Line], marked: frozenset[int]) -> None:
    """Short stand-alone lines without final punctuation between body paragraphs; lead-ins
    (a line ending in ``:``) and the list lines that follow them without a blank line."""
    in_list = False
    for i, ln in enumerate(lines):
        in_list = in_list and not ln.blank_before
        if ln.kind is not None:
            continue
        if ln.start in marked or P.framed_heading(ln.text):
            ln.kind = "subheading"
            continue
        if in_list:
            ln.kind = "paragraph"  # one list item
            continue
        prev = lines[i - 1] if i else None
        after = (lines[j] for j in range(i + 1, len(lines)))
        nxt = next((n for n in after if n.kind not in _ASIDES), None)
        if nxt is None or nxt.kind not in (None, "dateline", "paragraph"):
            continue
        if prev is None:  # a short question heading the text: "What happened?"
            if ln.text.endswith("?") and P.looks_like_subheading(ln.text) and nxt.blank_before:
                ln.kind = "subheading"
            continue
        if P.lead_in(ln.text):
            ln.kind = "lead_in"
            in_list = True
            continue
        standalone = ln.blank_before or P.ends_sentence(prev.text) or prev.kind is not None
        if standalone and P.looks_like_subheading(ln.text) and prev.kind != "title":
            ln.kind = "subheading"


def _assemble_blocks(text: str, lines: list[_Line], lay: Layout) -> None:
    """Blocks in text order; consecutive plain lines without a blank between form a paragraph,
    except where the lines are one paragraph each (each ends a sentence). A paragraph is judged
    by its first line (a list item?) and its last (does it end a sentence?), never re-read
    whole, so that a hostile run of many unpunctuated lines stays linear."""
    blocks: list[Block] = []
    first = last = ""  # the first and last lines of the paragraph being built
    for ln in lines:
        kind: BlockKind = ln.kind or "paragraph"
        if kind == "subheading":
            lay.sections.append(ln.text)
        prev = blocks[-1] if blocks else None
        joins = (
            kind == "paragraph"
            and ln.kind is None
            and prev is not None
            and prev.kind == "paragraph"
            and not ln.blank_before
            and not P.list_item(ln.text)
            and not P.list_item(first)
            and not P.ends_sentence(last)
        )
        if joins and prev is not None:
            prev.end = ln.end
        else:
            blocks.append(Block(kind=kind, start=ln.start, end=ln.end))
            first = ln.text
        last = ln.text
    lay.blocks = blocks


def build_article(
    text: str,
    layout: Layout,
    *,
    fmt: ArticleFormat,
    url: str | None = None,
    outlet: str | None = None,
    published: date | None = None,
    title: str | None = None,
    byline: list[str] | None = None,
    lang: str | None = None,
) -> Article:
    """An :class:`Article` from text, its layout and metadata; metadata given here (an outlet from
    a page's site name, a JSON field, a feed's title) wins over what the layout found."""
    return Article(
        id=article_id(text),
        url=url,
        outlet=outlet or layout.outlet,
        published=published or layout.published,
        title=title or layout.title,
        standfirst=layout.standfirst,
        byline=list(byline) if byline else list(layout.byline),
        sections=list(layout.sections),
        captions=list(layout.captions),
        sources=list(layout.sources),
        text=text,
        lang=lang,
        format=fmt,
        dateline=layout.dateline,
        blocks=list(layout.blocks),
        agency=layout.agency,
    )
