"""The shapes of news furniture lines, for :mod:`whatweknow.readers.layout`.

Each function looks at one line (already stripped) and says whether it has a given form, returning
what it carries (names, a date, a credit) or ``None``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib.resources import files

from ._places import known_place

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_TIME = r"(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*[A-Z]{2,4})?)?"
_DATE_FORMS = [
    _WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})",
    _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})",
    r"(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?",
]
_PUBLISHED_PREFIX = (
    r"^(?:(?:first\s+)?(?:published|posted|date|updated|last\s+updated)(?:\s+on)?\s*:?\s*)?"
)
_PUBLISHED = [
    re.compile(_PUBLISHED_PREFIX + form + _TIME + r"\.?$", re.IGNORECASE) for form in _DATE_FORMS
]
_PREFIX_ONLY = re.compile(r"^(?:updated|last\s+updated)\b", re.IGNORECASE)

AGENCIES = (
    "Reuters",
    "AP",
    "Associated Press",
    "AFP",
    "Agence France-Presse",
    "Bloomberg",
    "Xinhua",
    "Kyodo",
    "TASS",
    "Yonhap",
    "dpa",
    "ANSA",
    "EFE",
    "PA",
    "Anadolu",
    "IRNA",
    "Interfax",
    "news agencies",
    "agencies",
    "wire services",
)
_AGENCY_SET = {a.casefold() for a in AGENCIES}

_DL_CAPS = r"[A-Z][A-Z.'’/\- ]{1,40}[A-Z.]"
_DL_MIXED = r"[A-Z][a-z'’.\-]{1,20}(?: [A-Z][a-z'’.\-]{1,20}){0,2}"
_DL_MONTH = "|".join(m.capitalize() for m in sorted(_MONTHS, key=len, reverse=True))
_DL_REGION = (
    rf"(?:,\s(?!(?:{_DL_MONTH})\b)[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?| /[A-Z][A-Za-z .]{{1,30}}/)"
)
_DL_DATE = rf"(?:{_DL_MONTH})\.? \d{{1,2}}(?:, \d{{4}})?"
_DL_AGENCY = (
    r" ?(?:\((?P<agency>[A-Za-z][A-Za-z .&/-]{0,30})\)|/(?P<agency2>[A-Za-z][A-Za-z .&-]{0,20})/)"
)
DATELINE = re.compile(
    rf"^(?P<place>(?:{_DL_CAPS}|{_DL_MIXED}){_DL_REGION}?)"
    rf"(?:,? (?P<date>{_DL_DATE})\.?)?"
    rf"(?:{_DL_AGENCY}\.?)?"
    rf"(?: (?P<date2>{_DL_DATE}))?"
    r"(?:(?P<sep>\s?(?:[-–—]{1,2}|:))\s+|(?<=[.)])-?\s+|$)"
)
"""A dateline: ``TOKYO (Reuters) -``, ``WICHITA, Kan. (AP) —``, ``Cairo, Mar 3 (AFP).-``,
``NEW DELHI, May 9. /TASS/.``, ``Derna, Libya (AFP) Sept 20, 2023`` (a line of its own). A place in
capitals needs nothing more; one in mixed case (a sentence could open so) needs a date or an
agency with it, or must be a known place (``Rabat —``, ``Tripoli:``); a dateline that is a whole
line needs both a date and an agency (see :func:`dateline`)."""


_DATE_ONLY = re.compile(
    rf"^(?P<place>)(?P<date>{_DL_DATE})\.?(?P<agency>)(?P<agency2>)(?P<date2>)"
    r"(?P<sep>\s?[-–—]{1,2})\s+(?=[A-Z\"“‘'])"
)
"""A dateline of a date alone: ``Nov. 11 — The section …`` (a trade paper's, a blog's)."""


def dateline(text: str) -> re.Match[str] | None:
    """The dateline that opens ``text``, if any (see :data:`DATELINE`; a date alone and a dash
    before a sentence's capital: :data:`_DATE_ONLY`, no month taken for a place)."""
    if (alone := _DATE_ONLY.match(text)) is not None:
        return alone
    m = DATELINE.match(text)
    if m is None or m.group("place").strip().casefold() in kickers():
        return None  # "ANALYSIS: The quota …": a label of the piece, not a place
    dated = bool(m.group("date") or m.group("date2"))
    agency = bool(m.group("agency") or m.group("agency2"))
    caps = m.group("place").split(",")[0].split(" /")[0].isupper()
    if m.group("sep") is None and m.end() < len(text):
        return m if agency or dated else None  # "(AFP).- ", "May 9. /TASS/. "
    if m.group("sep") is None:
        return m if (dated and agency) else None  # a line of its own: "Derna (AFP) May 9"
    opens = text[m.end() : m.end() + 1]
    if not agency and not (opens.isupper() or (caps and opens.isdigit()) or opens in "\"“‘'"):
        return None  # "In June 23 - 24 …", "NATO: the alliance …": a sentence goes on
    if dated or agency or caps:
        return m
    return m if known_place(m.group("place").split(",")[0]) else None  # "Rabat — "


@lru_cache(maxsize=1)
def kickers() -> frozenset[str]:
    """Labels set before a headline on its line ("ANALYSIS: …", "EXCLUSIVE - …"), lower case:
    ``data/kickers.tsv``."""
    text = (files(__package__) / "data" / "kickers.tsv").read_text(encoding="utf-8")
    rows = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return frozenset(" ".join(r.casefold().split()) for r in rows[1:])


def dateline_place(m: re.Match[str]) -> str:
    """The place of a dateline as written, its region in slashes given after a comma."""
    return _SLASHED.sub(r", \1", m.group("place")).strip().rstrip(",")


_SLASHED = re.compile(r" /([^/]{1,30})/")


def dateline_date(m: re.Match[str]) -> date | None:
    """The date a dateline gives, when it gives a year."""
    for key in ("date", "date2"):
        value = m.group(key)
        if value and (dm := _DL_PARTS.match(value)) and dm.group("year"):
            try:
                month = _MONTHS[dm.group("month").casefold()]
                return date(int(dm.group("year")), month, int(dm.group("day")))
            except (KeyError, ValueError):
                return None
    return None


def dateline_day(m: re.Match[str]) -> tuple[int, int, int, int] | None:
    """``(month, day, start, end)`` of a dateline's date that gives no year (``CASTREL, March 3
    (CW) —``), ``start`` and ``end`` the date's characters in the matched text; None when the
    dateline gives no date, a year, or no day a month can have."""
    for key in ("date", "date2"):
        value = m.group(key)
        if not value or (dm := _DL_PARTS.match(value)) is None:
            continue
        if dm.group("year"):
            return None
        month = _MONTHS.get(dm.group("month").casefold())
        day = int(dm.group("day"))
        if month is None or not 1 <= day <= (29 if month == 2 else 30 + (month in _LONG)):
            return None
        return month, day, m.start(key), m.start(key) + len(value.rstrip("."))
    return None


_LONG = frozenset({1, 3, 5, 7, 8, 10, 12})

_DL_PARTS = re.compile(r"(?P<month>[A-Za-z]{3,9})\.? (?P<day>\d{1,2})(?:, (?P<year>\d{4}))?")

_BYLINE = re.compile(
    r"^(?:[A-Z][\w'-]*(?: [\w'&-]+){0,2} ?[|•] ?)?"  # a section's label first: "Opinion | By …"
    r"(?:by|words by|written by)\s+(?P<names>[A-Z].{1,120})$",
    re.IGNORECASE,
)
# No whitespace around the separator (the parts are stripped), and the place's runs taken whole
# from where a run starts: a long run of spaces costs one pass, not one per space (each was
# quadratic: "Source: Reuters" + 40,000 spaces + "news" took 30 s).
_NAME_SPLIT = re.compile(r",|;|&|\band\b")
_TRAILING_PLACE = re.compile(r"(?<!\s)\s++in\s++[A-Z][\w.'-]*+(?:\s++[A-Z][\w.'-]*+)*+$")

_CREDIT_LABEL = re.compile(
    r"^(?:file|photo|photograph|image|picture|credit|illustration|handout|video)"
    r"(?:\s+(?:by|photo))?\s*[:/]\s*",
    re.IGNORECASE,
)
_BRACKET_CREDIT = re.compile(r"^(?P<text>.*?\S)\s*\[(?P<credit>[^\[\]]{2,120})\]$")
_PAREN_CREDIT = re.compile(
    r"^(?P<text>.*?\S)\s*\((?P<credit>(?:photo|photograph|image|picture|credit|file)"
    r"(?:\s+by)?\s*[:/]?\s*[^()]{2,120})\)$",
    re.IGNORECASE,
)
_WHOLE_CAPTION = re.compile(
    r"^\((?:photo|picture|image|caption)\s*:\s*(?P<text>.+?[.!?])\s+(?P<credit>[^.!?]{2,60})\)$",
    re.IGNORECASE,
)
_INLINE_CREDIT = re.compile(
    r"^(?P<text>.*?[.!?”\"])\s+(?P<credit>(?:photograph|photo|picture|image|credit)(?:\s+by)?:"
    r"\s*.{2,80})$",
    re.IGNORECASE,
)
_CREDIT_HINT = re.compile(r"\bvia\b|/|\b(?:getty|afp|ap|reuters|epa|xinhua|kyodo|handout)\b", re.I)

_SOURCE = re.compile(r"^sources?\s*:\s*(?P<rest>.+?)\.?$", re.IGNORECASE)
_REPORTING = re.compile(
    r"^\(?(?:(?P<agency>(?-i:[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3})),\s+)?"  # "Wire Press, …"
    r"(?P<rest>(?:(?:with\s+)?(?:additional\s+)?(?:reporting|writing|editing)\s+by\b).+?)\)?\.?$",
    re.IGNORECASE,
)
_ROLE_PART = re.compile(
    r"^(?:with\s+)?(?:additional\s+)?(?P<role>reporting|writing|editing)\s+by\s+(?P<names>.+)$",
    re.IGNORECASE,
)
_CLOSING_AGENCY = re.compile(r"^[-–—]\s*(?P<name>[A-Z][\w .&-]{1,40})$")

_LIST_ITEM = re.compile(r"^(?:[-*•–—]|\d{1,2}[.)])\s+")
_FRAMED = re.compile(r"^(?P<mark>[-–—•*]) [^-–—•*.!?]{1,80}[^-–—•*.!? ] (?P=mark)$")
_LEAD_IN = re.compile(r"^[A-Z\"“‘'].{3,600}:$")
_END_SENTENCE = re.compile(r"[.!?…][\"”’')\]]*$|[\"”’]$")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’')]*\s+(?=[A-Z\"“‘])")


@dataclass
class Credits:
    sources: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    outlet: str | None = None
    """The outlet a ``Source:`` line names first, when a masthead and no agency."""


def ends_sentence(text: str) -> bool:
    return bool(_END_SENTENCE.search(text.rstrip()))


def sentence_count(text: str) -> int:
    return len(_SENTENCE_BREAK.findall(text)) + 1


CLOSERS = ")]}\"”’'"
"""Closing brackets and quotes after a sentence's full stop ("… said on Monday.}")."""


def looks_like_title(text: str) -> bool:
    """A headline: one line, not too long, not a full stop at its end, not a dateline, a byline
    or a date."""
    words = text.split()
    return (
        1 <= len(words) <= 30
        and len(text) <= 220
        and not text.rstrip(CLOSERS).endswith((".", ",", ";", ":"))
        and dateline(text) is None
        and byline(text) is None
        and date_line(text) is None
    )


def looks_like_subheading(text: str) -> bool:
    """A short line without final punctuation (or a short question) that starts with a capital."""
    words = text.split()
    if not words or not (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'"):
        return False
    if text.endswith("?"):
        return len(words) <= 10
    return len(words) <= 12 and len(text) <= 90 and not re.search(r"[.,;:!…\"”’)]$", text)


def framed_heading(text: str) -> bool:
    """A subheading set between dashes or bullets: ``- Nobody left -``, ``• What next •``."""
    return bool(_FRAMED.match(text))


def list_item(text: str) -> bool:
    return bool(_LIST_ITEM.match(text))


def lead_in(text: str) -> bool:
    """A line that introduces what follows: ``Here is what we know:``."""
    return bool(_LEAD_IN.match(text)) and len(text.split()) <= 80


def byline(text: str) -> list[str] | None:
    """The names a byline gives (``By Jo Reyes and Ana Lim``), its contributors' credit left
    out (``By Osk Ledger staff, with BWS``: :func:`byline_credits`); an empty list for a byline
    that names only a newsroom's staff and its contributors (``By staff and agencies``)."""
    m = _BYLINE.match(text)
    if m is None or len(text.split()) > 14 or (ends_sentence(text) and not text.endswith(".")):
        return None
    names = _byline_head(m.group("names"))
    if names is None:
        return []
    names = _TRAILING_PLACE.sub("", names.rstrip("."))
    parts = [p.strip() for p in _split_byline_names(names) if p.strip()]
    if not parts or not all(p[0].isupper() for p in parts):
        return None
    return parts


_NAMED_AMPERSAND = re.compile(r"(?:^|(?<=,))\s*+(?:The\s+)?[A-Z][\w'-]*\s+&\s+(?=[A-Z])")
"""An ``&`` after the first word of a byline's name (``Sail & Oar Report``): inside the name, not
between two writers (``Jo Reyes & Ana Lim``: a writer's name has two words or more)."""


def _split_byline_names(names: str) -> list[str]:
    """A byline's names, split at commas, ``and`` and ``&``, except an ``&`` inside a name
    (:data:`_NAMED_AMPERSAND`): ``Jo Reyes, Sail & Oar Report`` → ``Jo Reyes``, ``Sail & Oar
    Report``; ``Jo Reyes & Ana Lim`` → ``Jo Reyes``, ``Ana Lim``."""
    kept = _NAMED_AMPERSAND.sub(lambda m: m.group(0).replace("&", "\x00"), names)
    return [p.replace("\x00", "&") for p in _NAME_SPLIT.split(kept)]


def split_outlets(names: list[str]) -> tuple[list[str], list[str]]:
    """Reporters' names apart from the agencies credited among them (``Reuters``, ``Harbour
    Press Agency``)."""
    people = [n for n in names if not is_agency(n)]
    outlets = [n for n in names if is_agency(n)]
    return people, outlets


@lru_cache(maxsize=1)
def _outlet_words() -> dict[str, frozenset[str]]:
    """The words of ``data/outlets.tsv`` by kind (``masthead``, ``agency_end``, ``role``)."""
    rows = (files(__package__) / "data" / "outlets.tsv").read_text(encoding="utf-8")
    out: dict[str, set[str]] = {}
    for line in rows.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("kind\t"):
            continue
        kind, word = line.split("\t")
        out.setdefault(kind, set()).add(word.casefold())
    return {k: frozenset(v) for k, v in out.items()}


def compound_parts(word: str) -> list[str]:
    """The two ``part`` words (``data/outlets.tsv``) a word of an agency's name is compounded
    from ("Newswire": ``news``, ``wire``), or a name of three letters or more and the ``part``
    word it ends in ("Nordpress": ``Nord``, ``press``); or the word alone."""
    parts = _outlet_words().get("part", frozenset())
    low = word.casefold()
    for i in range(2, len(low) - 1):
        if low[:i] in parts and low[i:] in parts:
            return [word[:i], word[i:]]
    for i in range(MIN_COMPOUND_HEAD, len(low) - 1):
        if low[i:] in parts and word[:1].isupper() and low[:i].isalpha():
            return [word[:i], word[i:]]
    return [word]


MIN_COMPOUND_HEAD = 3
"""The fewest letters before a ``part`` word that end a compound ("Nordpress"; not "Express")."""


_NAME_WORD = re.compile(r"^(?:[A-Z][\w.'’&-]*|[A-Z0-9]{2,}|of|the|and|&|de|la)$")
MAX_OUTLET_WORDS = 6


def _name_words(name: str) -> list[str] | None:
    """The words of a name in capitals (``Harbour Daily Courier``), small joining words allowed;
    ``None`` for anything else (a role in lower case, a sentence)."""
    words = name.split()
    if not 0 < len(words) <= MAX_OUTLET_WORDS or not words[0][0].isupper():
        return None
    if not all(_NAME_WORD.match(w) for w in words):
        return None
    return words


def is_agency(name: str) -> bool:
    """A wire agency: a known one (:data:`AGENCIES`), or a name in capitals that ends as an
    agency's does (``Harbour Press Agency``, ``Coastline Wire``, ``Delta News Service``)."""
    folded = " ".join(name.split()).casefold()
    if folded in _AGENCY_SET:
        return True
    words = _name_words(name)
    if words is None or len(words) < 2:
        return False
    ends = _outlet_words().get("agency_end", frozenset())
    return any(folded.endswith(" " + end) for end in ends)


def news_organisation(name: str) -> bool:
    """A name that reads as a news outlet's or a wire agency's (:func:`masthead`,
    :func:`is_agency`), written in capitals: not a collective credit (``news agencies``,
    ``Agencies``)."""
    if masthead(name):
        return True
    words = _name_words(name)
    return words is not None and is_agency(name) and not _GENERIC_CREDIT.match(name)


_GENERIC_CREDIT = re.compile(r"^(?:(?:news\s+)?agencies|wire\s+services)$", re.IGNORECASE)


def agency_stem(name: str) -> str | None:
    """An agency's name without its agency ending, the short name its datelines credit
    (``Harbour Press Agency`` → ``Harbour``; ``Osk Wire Service`` → ``Osk``): the longest ending
    of :func:`is_agency` taken off, at least one word left; ``None`` for a name that is no
    agency's by its ending."""
    words = _name_words(name)
    if words is None or len(words) < 2:
        return None
    folded = " ".join(words).casefold()
    ends = sorted(_outlet_words().get("agency_end", frozenset()), key=len, reverse=True)
    for end in ends:
        if folded.endswith(" " + end):
            stem = folded[: -len(end) - 1].split()
            if stem[:1] == ["the"]:
                stem = stem[1:]
            return " ".join(stem) or None
    return None


def masthead(name: str) -> bool:
    """A name that reads as a news outlet's: in capitals, with a masthead word first or last
    (``Harbour Daily Courier``, ``The Morning Ledger``, ``Radio Velt Online``) and no writer's
    role in it (``Staff Writer``); an agency is no masthead (see :func:`is_agency`)."""
    words = _name_words(name)
    if words is None or is_agency(name):
        return False
    kinds = _outlet_words()
    folded = [w.casefold().strip(".") for w in words]
    if folded[0] == "the":
        folded = folded[1:]
    if not folded or kinds.get("role", frozenset()) & set(folded):
        return False
    heads = kinds.get("masthead", frozenset())
    return len(folded) >= 2 and (folded[0] in heads or folded[-1] in heads)


def masthead_word(word: str) -> bool:
    """Whether a word is a masthead word (``Herald``, ``Gazette``: ``data/outlets.tsv``), by
    which a text names an outlet alone ("told the Gazette")."""
    return word.casefold().strip(".") in _outlet_words().get("masthead", frozenset())


def masthead_ending(name: str) -> bool:
    """A masthead's name (:func:`masthead`) whose last word is a masthead word (``Osk Ledger``,
    ``Radio Wren News``; not ``Ledger Morning``)."""
    words = name.split()
    heads = _outlet_words().get("masthead", frozenset())
    return masthead(name) and words[-1].casefold().strip(".") in heads


def byline_outlet(text: str) -> str | None:
    """The outlet a byline names after the last comma (``By Jo Reyes, Harbour Daily Courier``):
    a masthead that is not an agency (an agency is a credit: :func:`split_outlets`); or the
    masthead whose staff the byline names, with no writer's name (``By Harbour Daily Courier
    staff``: :func:`staff_of`)."""
    m = _BYLINE.match(text)
    if m is None or (names := _byline_head(m.group("names"))) is None:
        return None
    last = _TRAILING_PLACE.sub("", names.rstrip(".")).rsplit(",", 1)[-1].strip()
    if (staff := staff_of(last)) is not None:
        return staff if masthead(staff) else None
    if "," not in names:
        return None
    return last if masthead(last) or outlet_after_writer(m.group("names")) else None


def outlet_after_writer(names: str) -> bool:
    """A byline's names end in an outlet's name after writers' names (``Jo Reyes, Westwire``,
    ``Jo Reyes and Ana Lim, Sail & Oar Report``, ``Jo Reyes, The Sentinel``): every name before
    the last comma reads as a person's (:func:`_writer_shape`), and the last as a name no person
    has (:func:`_outlet_shape`). ``Jo Reyes, Ana Lim`` names two writers; ``Jo Reyes, Osk`` a
    place the gazetteer knows; ``Jo Reyes, Jr.`` a suffix of the name."""
    head, _, last = _TRAILING_PLACE.sub("", names.rstrip(".")).rpartition(",")
    writers = [w.strip() for w in re.split(r",|;|\band\b|&", head)]
    return bool(head) and all(_writer_shape(w) for w in writers) and _outlet_shape(last.strip())


_WRITER_WORD = re.compile(r"^[A-Z][a-z'’][\w'’.-]*+$|^[A-Z]\.$")
MAX_WRITER_WORDS = 4


def _writer_shape(name: str) -> bool:
    """A person's name as a byline writes it: two to four capitalised words (``Jo Reyes``,
    ``Ana M. Lim``), none of them an outlet's or a role's word."""
    words = name.split()
    if not 2 <= len(words) <= MAX_WRITER_WORDS or not all(_WRITER_WORD.match(w) for w in words):
        return False
    kinds = _outlet_words()
    folded = {w.casefold().strip(".") for w in words}
    return not folded & (kinds.get("masthead", frozenset()) | kinds.get("role", frozenset()))


_INITIALS_NAME = re.compile(r"^[A-Z]{3,6}$")


def _outlet_shape(name: str) -> bool:
    """A name after a byline's writers that no person has: one capitalised word (``Westwire``)
    or initials of three letters or more (``OPA``) that is neither a known place, a role nor a
    name's suffix (``suffix`` in ``data/outlets.tsv``); ``The`` and a name (``The Sentinel``);
    or a name whose first word an ``&`` joins to the next (``Sail & Oar Report``)."""
    words = _name_words(name)
    if words is None or known_place(name) or is_agency(name):
        return False  # an agency is a credit (:func:`split_outlets`)
    kinds = _outlet_words()
    folded = {w.casefold().strip(".") for w in words}
    if folded & (kinds.get("role", frozenset()) | kinds.get("suffix", frozenset())):
        return False
    if len(words) == 1:
        word = words[0]
        return _INITIALS_NAME.match(word) is not None or (
            word[1:].islower() and word.isalpha() and len(word) > 2
        )
    if words[0] == "The":
        return len(words) > 1 and all(w[:1].isupper() for w in words[1:])
    return len(words) > 2 and words[1] == "&" and all(w[:1].isupper() for w in words[2:])


def byline_credits(text: str) -> list[str]:
    """The contributors a byline credits after its names (``By Osk Ledger staff, with BWS``:
    ``BWS``; ``By Jo Reyes and agencies``: ``agencies``): :func:`contributors`."""
    m = _BYLINE.match(text)
    found = contributors(m.group("names")) if m is not None else None
    return found[1] if found is not None else []


def _byline_head(names: str) -> str | None:
    """A byline's names before its contributors' credit (:func:`contributors`); None when they
    are only a newsroom's staff (``staff``, ``our correspondents``: ``staff`` in
    ``data/bylines.tsv``), which names no one."""
    found = contributors(names)
    if found is None:
        return names
    head = found[0].strip().rstrip(",").strip()
    return None if head.casefold() in _credit_words().get("staff", frozenset()) else head


def masthead_credit(text: str) -> tuple[str, list[str]] | None:
    """A header line that names the outlet and credits contributors, with no ``By``: ``Osk
    Ledger, with BWS``, ``Velt Post staff and agencies``, ``The Osk Ledger with Brava Wire
    Service``: the outlet (its staff's, :func:`staff_of`) and the contributors. None unless the
    name before the credit reads as a masthead's (:func:`masthead`)."""
    found = contributors(text.strip().rstrip("."))
    if found is None:
        return None
    head = found[0].strip().rstrip(",").strip()
    outlet = staff_of(head) or head
    return (outlet, found[1]) if masthead(outlet) else None


def contributors(names: str) -> tuple[str, list[str]] | None:
    """A line's names and, after a joiner (``with``, ``and``: ``data/bylines.tsv``), the
    contributors it credits, when everything after the joiner is a credit: an agency's name
    (:func:`is_agency`), an agency's initials (``BWS``), or a credit by kind (``agencies``,
    ``wire reports``). ``Osk Ledger staff, with BWS`` → (``Osk Ledger staff``, [``BWS``]). None
    where no joiner is followed by credits alone ("Jo Reyes and Ana Lim", "Monday, with the
    water rising")."""
    if len(names) > MAX_CREDIT_LINE:
        return None
    for m in _joiners().finditer(names):
        head = names[: m.start()].strip()
        parts = [p.strip().strip(".").strip() for p in _NAME_SPLIT.split(names[m.end() :])]
        if head and all(p and _credit(p) for p in parts):
            return head, parts
    return None


def generic_credit(name: str) -> bool:
    """A credit by kind, no one agency (``agencies``, ``wire reports``: ``data/bylines.tsv``)."""
    return " ".join(name.casefold().split()) in _credit_words().get("credit", frozenset())


MAX_CREDIT_LINE = 160
"""The longest line read as names and a credit: a byline's length, never a paragraph's."""


def _credit(name: str) -> bool:
    """A contributor's name in a credit: an agency's, its initials, or a credit by kind."""
    if generic_credit(name):
        return True
    return _INITIALS.match(name) is not None or (name[:1].isupper() and is_agency(name))


_INITIALS = re.compile(r"^[A-Z]{2,6}$")


@lru_cache(maxsize=1)
def _joiners() -> re.Pattern[str]:
    """``joiner`` words of ``data/bylines.tsv`` after a comma or a space (``, with``, `` and``)."""
    words = sorted(_credit_words().get("joiner", frozenset()), key=len, reverse=True)
    alts = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    # a run of spaces is tried once, from its first space (the look-behind), never from each
    return re.compile(rf"(?:,\s*+|(?<!\s)\s++)(?:{alts})\s++", re.IGNORECASE)


@lru_cache(maxsize=1)
def _credit_words() -> dict[str, frozenset[str]]:
    """The words of ``data/bylines.tsv`` by kind (``joiner``, ``credit``, ``staff``)."""
    rows = (files(__package__) / "data" / "bylines.tsv").read_text(encoding="utf-8")
    out: dict[str, set[str]] = {}
    for line in rows.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("kind\t"):
            continue
        kind, words = line.split("\t")
        out.setdefault(kind, set()).add(" ".join(words.casefold().split()))
    return {k: frozenset(v) for k, v in out.items()}


def staff_of(name: str) -> str | None:
    """The outlet or agency whose staff a byline's name is: a masthead's or an agency's name
    followed by writers' role words (``role`` in ``data/outlets.tsv``, one or more, plural or
    not): ``Harbour Daily Courier staff``, ``Osk Ledger staff reporters``, ``Brava Wire
    correspondents``. None for anything else (``Jo Reyes``, ``Senior Reporter``)."""
    words = name.split()
    roles = _outlet_words().get("role", frozenset())
    cut = len(words)
    while cut > 0 and _role_word(words[cut - 1], roles):
        cut -= 1
    if cut == len(words) or cut == 0:
        return None
    rest = " ".join(words[:cut])
    return rest if masthead(rest) or (is_agency(rest) and rest[:1].isupper()) else None


def staff_only(name: str) -> bool:
    """A byline's name that is a newsroom's staff, no one person, though it names no outlet in
    full (``Harbour staff``, ``Osk correspondents``): ``staff``, or a role word in the plural,
    last."""
    words = name.split()
    if len(words) < 2 or _name_words(" ".join(words[:-1])) is None:
        return False
    last = words[-1].casefold()
    roles = _outlet_words().get("role", frozenset())
    return last == "staff" or (last.endswith("s") and last[:-1] in roles)


def _role_word(word: str, roles: frozenset[str]) -> bool:
    low = word.casefold()
    return low in roles or (low.endswith("s") and low[:-1] in roles)


def date_line(text: str) -> tuple[date, bool] | None:
    """A line that is only a date (``Published 4 June 2024``): the date and whether it is the
    publication date (``Updated …`` lines are dates of another kind)."""
    m = next((m for rx in _PUBLISHED if (m := rx.match(text.strip()))), None)
    if m is None:
        return None
    groups = {k: v for k, v in m.groupdict().items() if v}
    try:
        month = int(groups["mnum"]) if "mnum" in groups else _MONTHS[groups["month"].casefold()]
        day = date(int(groups["year"]), month, int(groups["day"]))
    except (KeyError, ValueError):
        return None
    return day, _PREFIX_ONLY.match(text) is None


def caption(text: str) -> tuple[str, int, str] | None:
    """A photo caption with its credit: ``… in 2018 [File: Jane Doe via AP]``, ``… (Photo: X)``,
    ``(Photo: A ship at sea. X/Reuters)``. Returns the caption text, its offset in the line and
    the credit."""
    for rx in (_BRACKET_CREDIT, _PAREN_CREDIT, _WHOLE_CAPTION, _INLINE_CREDIT):
        m = rx.match(text)
        if m is None:
            continue
        credit = m.group("credit").strip()
        labelled = _CREDIT_LABEL.match(credit) is not None
        if rx is _BRACKET_CREDIT and not (labelled or _CREDIT_HINT.search(credit)):
            continue
        credit = _CREDIT_LABEL.sub("", credit).strip() or credit
        return m.group("text"), m.start("text"), credit
    return None


def _split_names(names: str) -> list[str]:
    parts = (_TRAILING_PLACE.sub("", p.strip().strip(" .")) for p in _NAME_SPLIT.split(names))
    return [p for p in parts if p]


# a run of spaces is tried once, from its first space (the look-behind), never from each one
_SOURCE_SPLIT = re.compile(r"(?<!\s)\s++/\s+|,\s*+with\s+|(?<!\s)\s++with\s+|,|;|&|\band\b")


def _source_credits(rest: str) -> Credits:
    """``Source: The Harbour Herald, with Delta Press Agency`` (or no comma): the first name, a
    masthead and no agency, is the outlet; every other name (and an agency first) is a credit.
    ``Source: Harbour Press Agency`` alone names no outlet: a wire copy's publisher is not its
    agency."""
    if (via := _VIA.match(rest.strip().rstrip("."))) is not None and masthead(via.group("by")):
        return Credits(sources=[via.group("from")], outlet=via.group("by"))  # its carrier
    parts = (p.strip().strip(" .") for p in _SOURCE_SPLIT.split(rest))
    names = [n for p in parts if (n := _TRAILING_PLACE.sub("", re.sub(r"^with\s+", "", p)))]
    names = [_without_abbreviation(n) for n in names]
    credits = Credits()
    if names and masthead(names[0]):
        credits.outlet = names.pop(0)
    elif _agency_then_masthead(rest, names):
        credits.outlet = names.pop(1)  # "Source: Harbour Wire Service / The Osk Ledger"
    credits.sources = names
    return credits


_ABBREVIATED = re.compile(r"^(?P<name>[A-Z][^()]{2,80}?)\s*\((?P<short>[A-Z]{2,8})\)$")


def _without_abbreviation(name: str) -> str:
    """A name without the initials it is given in brackets (``Osk Press Agency (OPA)`` → ``Osk
    Press Agency``), when they are its capitals' initials: one name, written twice. Anything
    else in brackets is kept."""
    m = _ABBREVIATED.match(name)
    if m is None:
        return name
    full = m.group("name")
    capitals = "".join(w[0] for w in full.split() if w[:1].isupper())
    return full if capitals == m.group("short") else name


_VIA = re.compile(r"^(?P<from>[A-Z][^,;/]{1,60}?)\s+via\s+(?P<by>[A-Z][^,;/]{1,60})$")
"""``Source: Harbour Wire Service via The Osk Ledger``: a report and the masthead that carries
it (the outlet, when it reads as a masthead's name)."""


def _agency_then_masthead(rest: str, names: list[str]) -> bool:
    """Two names parted by a slash, an agency's and then a masthead's (``Source: Harbour Wire
    Service / The Osk Ledger``): the carrier names the agency's copy and itself. Any other
    list with an agency first (``Source: Harbour Wire Service, with The Osk Ledger``) may be
    a credit to another paper, and names no outlet."""
    return len(names) == 2 and rest.count("/") == 1 and is_agency(names[0]) and masthead(names[1])


def source_line(text: str) -> Credits | None:
    """Closing lines that credit sources or reporters, not statements of the story."""
    if m := _SOURCE.match(text):
        return _source_credits(m.group("rest"))
    if m := _REPORTING.match(text):
        credits = Credits()
        if m.group("agency"):  # the report's agency, then who added to it
            credits.sources.append(m.group("agency"))
        for part in m.group("rest").split(";"):
            pm = _ROLE_PART.match(part.strip())
            if pm is None or pm.group("role").casefold() == "editing":
                continue
            people, outlets = split_outlets(_split_names(pm.group("names")))
            credits.people.extend(people)
            credits.sources.extend(outlets)
        return credits
    if (m := _CLOSING_AGENCY.match(text)) and m.group("name").casefold() in _AGENCY_SET:
        return Credits(sources=[m.group("name").strip()])
    return None
