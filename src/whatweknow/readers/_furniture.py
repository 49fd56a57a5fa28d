"""Lines of a news page that state nothing of the story, for :mod:`whatweknow.readers.layout`.

Pages copied as text keep, among the paragraphs, lines that are no statements: credit-only lines
(``(Reuters)``, ``Getty Images``), promotion (``Advertisement``, ``Read more: …``, ``Follow us on
…``, ``Watch her comments below:``), boilerplate (``© 2024 …``, ``All rights reserved``,
``This article was originally published on …``), bare URL lines, embedded social-media posts
(``… pic.twitter.com/… — Name (@handle) May 2, 2024``), glossary lines (``WHO stands for World
Health Organization.``) and the header of a reader-comment section. :func:`line_kind` says which a
line is; the words it looks for are a lexicon (``data/furniture.tsv``); the rest are fixed shapes.
Each rule wants the whole line to have the form, so a body sentence that mentions a photo, a
website or a newsletter stays a statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from ..contract import BlockKind
from ._patterns import _MONTHS, masthead, sentence_count
from ._patterns import caption as _credited

_POINTERS = frozenset({"below", "above", "here", "video", "live", "now"})
_CONNECTORS = frozenset({"via", "for", "and", "of", "de", "la", "/", "&", "-"})

_URL = re.compile(r"^<?(?:https?://|www\.)\S+>?$", re.IGNORECASE)
_POST_SIGN = re.compile(
    r"\(@\w{1,30}\) (?:" + "|".join(_MONTHS) + r")\.? \d{1,2}, \d{4}$", re.IGNORECASE
)
_POST_LINK = re.compile(r"\bpic\.twitter\.com/|\bhttps?://t\.co/", re.IGNORECASE)
_CREDIT_LABEL = re.compile(
    r"^(?:(?:file )?(?:photo(?:graph)?|image|picture|illustration|video|footage)s?(?: credit)?"
    r"|credits?|file)\s?[:/]\s?"
    r"|^(?:photo(?:graph)?|image|picture|illustration|video|footage)s? by\s",
    re.IGNORECASE,
)
_CREDIT_SPLIT = re.compile(r"\s?/\s?|,\s|\svia\s|\sfor\s|\s&\s|\sand\s")
_KEY_LINE = re.compile(r"^(?P<short>[A-Z][A-Z0-9&-]{1,9}) ?(?:[:=]|[-–—]) (?P<long>[A-Z].*)$")
_SMALL = frozenset({"of", "the", "for", "and", "in", "on", "to", "de", "&"})


@dataclass(frozen=True)
class _Entry:
    kind: str
    match: str
    phrase: str
    max_words: int


@lru_cache(maxsize=1)
def _lexicon() -> tuple[_Entry, ...]:
    rows = (files(__package__) / "data" / "furniture.tsv").read_text(encoding="utf-8")
    out: list[_Entry] = []
    for line in rows.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("kind\t"):
            continue
        kind, match, phrase, max_words = line.split("\t")
        out.append(_Entry(kind, match, _folded(phrase), int(max_words)))
    return tuple(out)


@dataclass(frozen=True)
class _Index:
    whole: dict[str, str]
    by_first: dict[str, tuple[_Entry, ...]]
    """``start`` and ``point`` entries by their first character."""
    within: tuple[_Entry, ...]
    named: tuple[_Entry, ...]
    """Phrases set after a name in capitals that opens the line."""


@lru_cache(maxsize=1)
def _index() -> _Index:
    lex = [e for e in _lexicon() if e.kind in ("promo", "promo_list", "boilerplate", "comments")]
    by_first: dict[str, list[_Entry]] = {}
    for e in lex:
        if e.match in ("start", "point", "network"):
            by_first.setdefault(e.phrase[0], []).append(e)
    return _Index(
        whole={e.phrase: e.kind for e in lex if e.match == "whole"},
        by_first={k: tuple(v) for k, v in by_first.items()},
        within=tuple(e for e in lex if e.match == "within"),
        named=tuple(e for e in lex if e.match == "named"),
    )


def _entries(kind: str, match: str | None = None) -> list[_Entry]:
    return [e for e in _lexicon() if e.kind == kind and (match is None or e.match == match)]


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold().replace("’", "'")


def _bare(line: str) -> str:
    """The line without what edges it that is no letter (a count, brackets, an arrow)."""
    keep = [i for i in (0, len(line) - 1) if line and (line[i].isalpha() or line[i] == "©")]
    if len(keep) == 2:
        return line
    start = next((i for i, c in enumerate(line) if c.isalpha() or c == "©"), len(line))
    end = next((i for i in range(len(line), start, -1) if line[i - 1].isalpha()), start)
    return line[start:end]


def _opens(line: str, phrase: str) -> bool:
    return line.startswith(phrase) and (
        len(line) == len(phrase) or not line[len(phrase)].isalpha() or not phrase[-1].isalpha()
    )


_NAMED = re.compile(
    r"^(?:The )?(?!(?:The|A|An|This|That|Her|His|Our|Their|Its|My|Your) )"
    r"(?:[A-Z][\w&.-]*(?:['’]s)? ){1,5}(?=[a-z])"
)
"""A name in capitals opening a line, before a word in lower case (see ``named`` entries)."""


def _lexicon_kind(text: str) -> str | None:
    """The kind of a promotion, boilerplate or comment-header line found by its words."""
    line = _folded(text)
    if not line:
        return None
    index = _index()
    words = len(line.split())
    if len(line) <= 60 and (kind := index.whole.get(_bare(line))) is not None:
        return kind
    if (name := _NAMED.match(text.strip())) is not None:
        rest = _folded(text.strip()[name.end() :])
        if _own_offer(name.group(0), line, words) or _own_airing(name.group(0), rest, line, words):
            return "promo"
        for e in index.named:
            if not (e.max_words and words > e.max_words) and _opens(rest, e.phrase):
                return e.kind
    if _phone_in(line, words) or tune_in(text) or followed(text) or _offer_call(text):
        return "promo"
    if _priced_appeal(line, words):
        return "promo"
    for e in index.by_first.get(line[0], ()) + index.within:
        if (e.max_words and words > e.max_words) or e.match == "whole":
            continue
        if e.match == "start" and _opens(line, e.phrase):
            return e.kind
        if e.match == "within" and e.phrase in line:
            return e.kind
        if (
            e.match == "point"
            and _opens(line, e.phrase)
            and (line.endswith(":") or _POINTERS & set(re.findall(r"[a-z]+", line)))
        ):
            return e.kind
        if (
            e.match == "network"
            and line.startswith(e.phrase + " ")  # a call ("Follow …"), not "Follow-up …"
            and _networks() & set(re.findall(r"[a-z]+", line))
        ):
            return e.kind
    return None


_PHONE = re.compile(r"(?<![\w/.])\+?\d(?:[ ()-]?\d){6,14}(?![\w/])")
"""A phone number: seven digits or more, spaced or dashed ("0800 555 0199", "+44 20 7946 0000")."""


def _own_offer(name: str, line: str, words: int) -> bool:
    """An outlet's promotion of what it offers, after a possessive name that opens the line
    ("The Osk Ledger's weekly podcast airs every Monday."): a name with an ``outlet`` word, and a
    ``product`` word and a ``schedule`` word in a short line, with no word of a report."""
    if words > 30 or not re.search(r"['’]s $", name):
        return False
    if not set(re.findall(r"[a-z]+", _folded(name))) & _offer_words("outlet"):
        return False  # "Lystra's air show draws crowds every summer": no outlet's name
    tokens = set(re.findall(r"[a-z]+(?:-[a-z]+)?", line))
    if tokens & _offer_words("reported"):
        return False
    return bool(tokens & _offer_words("product")) and bool(tokens & _offer_words("schedule"))


def _own_airing(name: str, rest: str, line: str, words: int) -> bool:
    """An outlet announcing its own programme or coverage ("Osk FM will broadcast a special
    programme from the square on Sunday."): a name with an ``outlet`` word opening the line, then
    an ``airing`` phrase, in a short line with no word of a report ("Osk FM will air the debate,
    the council said" reports a decision)."""
    if words > 30 or not set(re.findall(r"[a-z]+", _folded(name))) & _offer_words("outlet"):
        return False
    if not any(_opens(rest, p) for p in _offer_words("airing")):
        return False
    return not set(re.findall(r"[a-z]+", line)) & _offer_words("reported")


_PRICE = re.compile(
    r"(?<![\w.])(?:[$£€¥]\s?)?\d+(?:[.,]\d+)?(?:\s?[a-z$£€¥]+)?\s?(?:a|an|per|each|/)\s?"
    r"(?:day|week|month|year|issue|edition)\b"
)
"""A price by the period ("3 dollars a month", "£5 per week", "$4/month")."""
APPEAL_WORDS = 20
"""The most words of a priced appeal to the reader."""


def _priced_appeal(line: str, words: int) -> bool:
    """An appeal to pay for the outlet, with its price ("Back independent reporting: subscribe
    from 3 dollars a month."): an ``appeal`` word (subscribe, donate) that opens the line or a
    phrase after a colon or a dash (a call to the reader), and a price by the period, in a short
    line of one sentence with no word of a report. "Fares rise to 3 crowns a week, the council
    said" makes no appeal; "Members subscribe for 3 crowns a month" tells what others do."""
    if words > APPEAL_WORDS or _PRICE.search(line) is None:
        return False
    if re.search(r"[.!?][\"”’')]*\s+\S", line):
        return False  # each sentence of a longer line is weighed alone (masthead_line)
    if set(re.findall(r"[a-z]+", line)) & _offer_words("reported"):
        return False
    calls = (m.group(1) for m in _CALL_OPENING.finditer(line))
    return any(call in _offer_words("appeal") for call in calls)


_CALL_OPENING = re.compile(r"(?:^|[:.!—–]\s*)(?:please\s+)?([a-z]+)")
"""The first word of a sentence or of a phrase after a colon or a dash: where a call to the
reader opens ("… journalism: subscribe from …")."""


_SIGN_UP = re.compile(
    r"^(?:sign up|subscribe)\s+(?:for|to)\s+(?:the\s+)?"
    r"(?P<name>(?-i:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}))\s+(?P<rest>.*)$",
    re.IGNORECASE,
)


def offered_by(line: str) -> str | None:
    """The name before the product a sign-up line offers ("Sign up for the Osk Ledger morning
    briefing": ``Osk Ledger``): the outlet that offers it, when the words after the name hold
    a ``product`` word; ``None`` otherwise (the caller checks that it reads as a masthead)."""
    m = _SIGN_UP.match(line.strip())
    if m is None or not m.group("name")[:1].isupper():
        return None
    rest = set(re.findall(r"[a-z]+", m.group("rest").casefold()))
    name = re.sub(r"['’]s?$", "", m.group("name"))  # "The Osk Ledger's evening newsletter"
    head = re.match(r"[A-Z][\w&'’-]*", m.group("rest"))  # "Briefing" of "Briefing: …"
    if (outlet := _before_offer_name(f"{name} {head.group()}" if head else name)) is not None:
        return outlet  # "Sign up for the Osk Ledger Morning Briefing: …"
    return name if rest & _offer_words("product") else None


def _before_offer_name(name: str) -> str | None:
    """The outlet's name before the capitalised name of its offer ("Osk Ledger" of "Osk
    Ledger Morning Briefing"): the name ends in a ``product`` word, perhaps after ``edition``
    words, and two words or more are left; ``None`` otherwise ("Ledger Morning Briefing" may
    be the offer's own name)."""
    words = name.split()
    if not words or words[-1].casefold() not in _offer_words("product"):
        return None
    words.pop()
    while words and words[-1].casefold() in _offer_words("edition"):
        words.pop()
    return " ".join(words) if len(words) >= 2 else None


_FOLLOW = re.compile(
    r"^(?P<call>[A-Za-z]+) (?:the )?(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4})"
    r"(?P<rest>(?: [\w,'’-]+)*)[.!]?$"
)
MAX_CALL_WORDS = 20


def followed(line: str) -> str | None:
    """The name a call to follow an outlet gives ("Follow Osk Sport for live scores and
    breaking news."): a short line that opens with a ``follow`` call, then a name in capitals,
    then ``for`` and a ``followed`` word (what an outlet gives its followers: news, updates,
    scores), with no word of a report; ``None`` otherwise (the caller checks that it reads as
    a masthead). "Follow the money" or "Follow-up talks …" are no such calls."""
    m = _call(line)
    if m is None or m.group("call").casefold() not in _offer_words("follow"):
        return None
    rest = m.group("rest").split()
    if not rest or rest[0] != "for":
        return None
    tokens = set(re.findall(r"[a-z]+", m.group("rest").casefold()))
    return m.group("name") if tokens & _offer_words("followed") else None


def _offer_call(line: str) -> bool:
    """A call to take an outlet's offer: a short line that opens with an ``offer`` imperative
    ("Get", "Receive"), then a name in capitals, and says when or at what price it comes (a
    ``schedule`` word: "Get the Osk Morning Note free every weekday.")."""
    m = _call(line)
    if m is None or m.group("call").casefold() not in _offer_words("offer"):
        return False
    tokens = set(re.findall(r"[a-z]+", m.group("rest").casefold()))
    return bool(tokens & _offer_words("schedule"))


def _call(line: str) -> re.Match[str] | None:
    """A short line opening with a capitalised word, then a name in capitals, with no word of a
    report (the shape of a call to the reader)."""
    if not line.lstrip()[:1].isupper():
        return None
    t = " ".join(line.split())
    if len(t.split()) > MAX_CALL_WORDS:
        return None
    m = _FOLLOW.match(t)
    if m is None or set(re.findall(r"[a-z]+", t.casefold())) & _offer_words("reported"):
        return None
    return m


_FREQUENCY = re.compile(r"\b\d{2,4}(?:[.,]\d{1,2})?\s?(?:fm|am|mhz|khz|dab)\b")
"""A broadcast frequency ("98.4 FM", "1215 AM", "101.2 MHz"), in a folded line."""
MAX_TUNE_IN_WORDS = 40


def tune_in(line: str) -> bool:
    """A station's or outlet's call to tune in: a short line that opens with a ``tune`` phrase
    ("Listen to", "Tune in to", "Watch") and gives a broadcast frequency ("… on the hour, every
    hour, on 98.4 FM."), names the outlet ("Listen to Radio Wren News every hour", a name in
    capitals with an ``outlet`` word) or calls it "us" ("Listen to us on the hour"). A report
    of a broadcast ("Police told listeners on 98.4 FM …") opens otherwise, and a line with a
    word of a report is none."""
    folded = _folded(line)
    if len(folded.split()) > MAX_TUNE_IN_WORDS:
        return False
    if set(re.findall(r"[a-z]+", folded)) & _offer_words("reported"):
        return False
    if (rest := _after_tune(line)) is None:
        return False
    if _FREQUENCY.search(folded) or re.match(r"(?:us|our)\b", rest):
        return True
    name = _tuned_name(rest)
    return name is not None and bool(
        set(re.findall(r"[a-z]+", _folded(name))) & _offer_words("outlet")
    )


def _after_tune(line: str) -> str | None:
    """What follows the ``tune`` phrase that opens the line, or ``None``."""
    folded = _folded(line)
    phrase = next(
        (p for p in sorted(_offer_words("tune"), key=len, reverse=True) if _opens(folded, p)),
        None,
    )
    return None if phrase is None else " ".join(line.split())[len(phrase) :].lstrip()


def _tuned_name(rest: str) -> str | None:
    m = re.match(r"(?:the\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})", rest)
    return m.group("name") if m else None


def tuned_to(line: str) -> str | None:
    """The station a call to tune in names after its ``tune`` phrase ("Listen to Radio Wren on
    98.4 FM": ``Radio Wren``), or ``None`` (the caller checks that it reads as a masthead)."""
    if not tune_in(line) or (rest := _after_tune(line)) is None:
        return None
    return _tuned_name(rest)


def _phone_in(line: str, words: int) -> bool:
    """A call to the reader to phone in: a short line that opens with a ``call`` imperative
    ("Call the Morning Line on 0800 555 0199") or asks to "call us", and gives a phone number.
    A report of an appeal ("Police urged anyone with information to call …") opens otherwise."""
    if words > 40 or not _PHONE.search(line):
        return False
    if set(re.findall(r"[a-z]+", line)) & _offer_words("reported"):
        return False
    first = line.split(maxsplit=1)[0].strip(".,:;!")
    return (
        first in _offer_words("call")
        or re.search(r"\b(?:call|ring|text|phone) us\b", line) is not None
    )


@lru_cache(maxsize=8)
def _offer_words(kind: str) -> frozenset[str]:
    return frozenset(e.phrase for e in _entries(kind, "word"))


@lru_cache(maxsize=1)
def _networks() -> frozenset[str]:
    """The names of social networks a promotion line calls the reader to ("… on Instagram")."""
    return frozenset(e.phrase for e in _entries("network", "word"))


@lru_cache(maxsize=1)
def _counter() -> re.Pattern[str]:
    words = "|".join(
        re.escape(e.phrase).replace(r"\ ", r"\s+")
        for e in sorted(_entries("social", "counter"), key=lambda e: -len(e.phrase))
    )
    return re.compile(rf"^(?:\d[\d,.]*[KkMm]?\s+(?:{words})\b[\s·•|]*)+$", re.IGNORECASE)


_POST_DATE = (
    r"\s?[·•|]\s?(?:(?:" + "|".join(_MONTHS) + r")\.? \d{1,2}(?:, \d{4})?"
    r"|\d{1,2} (?:" + "|".join(_MONTHS) + r")\.?(?: \d{4})?|\d{1,2}[smhd])"
)
_POST_HEAD = re.compile(
    r"^(?:(?:[^\s@()·•|][^@()·•|]{0,60}?\s)?\(@\w{1,30}\)(?:" + _POST_DATE + r")?"
    r"|(?:[^\s@()·•|][^@()·•|]{0,60}?\s)?@\w{1,30}" + _POST_DATE + r")$",
    re.IGNORECASE,
)


def post_header(text: str) -> bool:
    """The header of an embedded social-media post, a line of its own above the post's text:
    the author and handle, perhaps with the date (``Jo Reyes (@joreyes) · May 2, 2024``,
    ``@portauthority · 3h``). The lines set right under it (no blank line between) are the
    post's."""
    return len(text) <= 120 and bool(_POST_HEAD.match(text.strip()))


_INLINE_POST = re.compile(r"^@\w{1,30}:\s+\S")


def inline_post(text: str) -> bool:
    """A post quoted on one line after its handle (``@portauthority: Quay closed tonight.``): its
    author's words, not the outlet's."""
    return len(text) <= 320 and bool(_INLINE_POST.match(text.strip()))


def post_author(text: str) -> str | None:
    """Who wrote the post a header line opens: the name before the handle, else the handle
    (``Jo Reyes (@joreyes) · May 2, 2024``: ``Jo Reyes``; ``@portauthority · 3h``:
    ``@portauthority``); None when the line is no post header."""
    if not post_header(text):
        return None
    at = text.index("@")
    name = text[:at].rstrip(" (")
    handle = re.match(r"@\w+", text[at:])
    return name.strip() or (handle.group(0) if handle else None)


def post_counter(text: str) -> bool:
    """A post's reaction counts: ``1,204 Reposts  3,311 Likes``, ``12K views``."""
    return len(text) <= 120 and bool(_counter().match(text.strip()))


def comments_header(text: str) -> bool:
    """A line that opens a reader-comment section: ``Comments (12)``, ``Join the conversation``."""
    return len(text) <= 60 and _lexicon_kind(text) == "comments"


def opens_promo_list(text: str) -> bool:
    """A header of links to other stories: ``Related stories``, ``Most read``, ``Read more:``."""
    return len(text) <= 60 and _lexicon_kind(text) == "promo_list"


def credit_only(text: str) -> bool:
    """A line that only credits a photo or a report: ``(Reuters)``, ``Getty Images``,
    ``Photo: Jane Doe/AFP``, ``[EPA-EFE/Jane Doe]``. Unlabelled and unbracketed, it must name a
    known credit (an agency, a picture service) as one of its parts."""
    t = text.strip()
    if len(t) > 160:
        return False
    bracketed = len(t) > 2 and t[0] in "([" and t[-1] in ")]"
    inner = t[1:-1].strip() if bracketed else t
    label = _CREDIT_LABEL.match(inner)
    rest = (inner[label.end() :] if label else inner).strip(" .")
    if not rest or len(rest.split()) > 10 or re.search(r"[!?;:\"“”]|\.\s[a-z]", rest):
        return False
    parts = [p.strip(" .") for p in _CREDIT_SPLIT.split(rest) if p.strip(" .")]
    if not parts or any(len(p.split()) > 5 for p in parts):
        return False
    if not all(
        w[0].isupper() or w[0].isdigit() or w in _CONNECTORS for p in parts for w in p.split()
    ):
        return False
    known = _credit_words()
    named = any(p.casefold() in known for p in parts)
    return bool(label) or (named and (bracketed or len(parts) > 1 or len(rest.split()) <= 3))


_ROLE = re.compile(r"(?:,| is| was| has been) (?:a|an|the|former|formerly)\b")
"""What follows the writer's name in a line that says who the writer is: a role."""
_AT_PLACE = re.compile(r"\b(?:at|of|for|with|in|to) (?:the )?[A-Z]")
"""Where the role is held: a named body ("at the Institute for …", "of Harlow College")."""


def author_bio(text: str, authors: list[str]) -> bool:
    """A line about the article's writer, set apart from the story: it opens with a name of the
    byline, then ``is``, ``was`` or a comma, and names what a writer does (a ``bio`` word:
    "Jo Reyes is a former harbour pilot and a columnist for the Quay Times."), or, in one
    sentence, gives the writer a role held at a named body ("Jo Reyes is a senior fellow at
    the Institute for Coastal Studies.", the bio of an opinion piece's outside writer, whatever
    the role). Its names are no parties of the story and it states nothing of it."""
    t = " ".join(text.split())
    if len(t.split()) > 40:
        return False
    for name in authors:
        rest = t[len(name) :] if name and t.startswith(name) else None
        if rest is not None and re.match(r"(?:,| is | was | has been )", rest):
            if set(re.findall(r"[a-z]+", rest.casefold())) & _bio_words():
                return True
            return bool(_ROLE.match(rest) and _AT_PLACE.search(rest) and sentence_count(t) == 1)
    return False


@lru_cache(maxsize=1)
def _bio_words() -> frozenset[str]:
    return frozenset(e.phrase for e in _entries("bio", "word"))


def _credit_shaped(text: str) -> bool:
    """Words shaped like a credit, whatever names they give: capitalised names of up to five
    words each, joined by ``/``, ``via``, ``for`` (``Harbour Daily/Jo Reyes``, ``Quay Times``)."""
    return credit_only("Photo: " + text)


def picture_credit(text: str) -> bool:
    """A credit-only line labelled as a picture's (``Photo: Jane Doe/AFP``, ``(Credit: Port
    Daily)``, ``Image by Jane Doe``), not a bare agency name (``(Reuters)`` may credit the
    report)."""
    return _CREDIT_LABEL.match(_unbracketed(text)) is not None and credit_only(text)


def credit_of(text: str) -> str:
    """The credit a credit line gives, without brackets or label: ``(Photo: Jane Doe/AFP)``
    gives ``Jane Doe/AFP``."""
    inner = _unbracketed(text)
    label = _CREDIT_LABEL.match(inner)
    return (inner[label.end() :] if label else inner).strip() or inner


def _unbracketed(text: str) -> str:
    t = text.strip()
    return t[1:-1].strip() if len(t) > 2 and t[0] in "([" and t[-1] in ")]" else t


@lru_cache(maxsize=1)
def _credit_words() -> frozenset[str]:
    return frozenset(e.phrase for e in _entries("credit", "word"))


@lru_cache(maxsize=1)
def _glossary() -> re.Pattern[str]:
    links = "|".join(re.escape(e.phrase) for e in _entries("glossary", "link"))
    return re.compile(
        r"^(?:[Tt]he )?(?P<short>[A-Z][A-Z0-9&-]{1,9}|[\"“‘'][^\"”’']{1,40}[\"”’'])"
        rf" (?P<link>{links}) (?P<long>\S.*)$"
    )


def _initials_fit(short: str, long: str) -> bool:
    """Whether the letters of an abbreviation are, in order, initials of the words it stands
    for (``IAEA``: International Atomic Energy Agency)."""
    letters = [c for c in short.casefold() if c.isalpha()]
    initials = [w[0] for w in re.findall(r"[^\W\d_][\w'-]*", long.casefold())]
    if not letters or not initials or letters[0] != initials[0]:
        return False
    it = iter(initials)
    return all(any(c == i for i in it) for c in letters)


def glossary(text: str) -> bool:
    """A line that explains a short form: ``NATO stands for North Atlantic Treaty
    Organization.``, ``"Rasputitsa" is short for the season of mud roads.``, or a key line
    ``WHO: World Health Organization`` (whose words' initials spell the short form)."""
    t = text.strip()
    if t[:1] == "(" and t[-1:] == ")":
        t = t[1:-1]
    words = len(t.split())
    if words > 30:
        return False
    if (k := _KEY_LINE.match(t)) is not None:
        return words <= 12 and _initials_fit(k.group("short"), _head(k.group("long")))
    m = _glossary().match(t)
    if m is None:
        return False
    short, long = m.group("short"), m.group("long")
    if short[0] in "\"“‘'":
        return True
    return long[:1].isupper() and _initials_fit(short, _head(long))


def _head(long: str) -> str:
    """The words a short form may stand for: up to a comma or a bracket, small words left out."""
    head = long.split(",")[0].split(" (")[0].rstrip(".")
    return " ".join(w for w in head.split() if w.casefold() not in _SMALL)


def social_post(text: str) -> bool:
    """An embedded social-media post: its link (``pic.twitter.com/…``, ``https://t.co/…``) or
    its signature (``— Name (@handle) May 2, 2024``) in the line."""
    return bool(_POST_LINK.search(text) or _POST_SIGN.search(text.rstrip()))


_MASTHEAD_OPENING = re.compile(
    r"^(?P<name>(?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,5})"
    r"(?P<sep> ?[—–]|\s+-{1,2}|:)\s+(?P<slogan>[^.!?;:\"“”]+)[.!]?$"
)
"""A masthead, a dash (or a colon) and a phrase: an outlet's slogan ("The Osk Ledger — your
harbour, every morning.", "Osk FM: news for the coast, every hour.")."""
_MASTHEAD_SUBJECT = re.compile(r"^(?P<name>(?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,5}) ")
_LINE_SENTENCES = re.compile(r"(?<=[.!?])[\"”’')]*\s+(?=[A-Z©\"“])")
SLOGAN_WORDS = 10
_FOUNDED = re.compile(r"\b(?:since|founded(?: in)?|established(?: in)?) (?:1[6-9]|20)\d\d$")
"""The year an outlet was founded, closing its slogan ("… since 1911"): the one number a slogan
may hold."""
"""The most words of a slogan after a masthead and a dash."""


def _slogan(text: str) -> str | None:
    """The masthead of a sentence that is an outlet's slogan: its name (a masthead's:
    :func:`._patterns.masthead`), a dash and a short phrase with no number and no word of a
    report ("Osk Evening Post — your town, every evening."); None otherwise."""
    m = _MASTHEAD_OPENING.match(text.strip())
    if m is None or not masthead(m.group("name")):
        return None
    slogan = m.group("slogan")
    words = re.findall(r"[a-z]+", slogan.casefold())
    undated = _FOUNDED.sub("", slogan)  # "news from the harbour town since 1911"
    if not words or len(slogan.split()) > SLOGAN_WORDS or re.search(r"\d", undated):
        return None
    if not slogan[:1].islower() and words[0] not in _offer_words("slogan"):
        return None  # "Osk Ledger — Police Chief Resigns": a headline, not a slogan
    if m.group("sep") == ":" and words[0] not in _offer_words("slogan"):
        return None  # "Osk Ledger: mayor resigns": a headline; "Osk FM: news for the coast"
    if set(words) & _offer_words("reported"):
        return None
    return m.group("name")


def _masthead_note(text: str) -> str | None:
    """The masthead of a sentence in which an outlet says what it belongs to or abides by (a
    ``masthead`` entry after a masthead that opens the line: "The Osk Ledger is a member of the
    Press Standards Council."); None otherwise. Another body's membership ("The port authority
    is a member of …") is a statement of the story."""
    t = text.strip()
    m = _MASTHEAD_SUBJECT.match(t)
    if m is None or not masthead(m.group("name")) or len(t.split()) > 25:
        return None
    rest = _folded(t[m.end() :])
    if set(re.findall(r"[a-z]+", rest)) & _offer_words("reported"):
        return None  # "The Osk Ledger is your paper, the mayor said": a statement of the story
    return m.group("name") if any(_opens(rest, e.phrase) for e in _masthead_entries()) else None


@lru_cache(maxsize=1)
def _masthead_entries() -> tuple[_Entry, ...]:
    return tuple(_entries("boilerplate", "masthead"))


_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)(?:\s*+(?:©|\(c\)))?\s*+(?:(?:19|20)\d\d\s++)?"
    r"(?P<name>[^\d©]+?)(?:,?\s*+(?:19|20)\d\d)?\.?$",
    re.IGNORECASE,
)


def _copyright_holder(text: str) -> str | None:
    """The masthead a copyright notice names as the holder ("© Osk Ledger 2026.", "Copyright
    2026 The Osk Ledger"): the outlet whose copy the text is; None for any other holder (an
    agency's, a person's)."""
    m = _COPYRIGHT.match(text.strip())
    if m is None:
        return None
    name = m.group("name").strip()
    return name if masthead(name) else None


MASTHEAD_LINE_WORDS = 40
"""The most words of a line of an outlet's own furniture (slogan, membership, subscription)."""


def masthead_line(text: str) -> str | None:
    """The outlet a line of its own furniture names: a short line whose every sentence is an
    outlet's slogan (:func:`_slogan`), a note of what it belongs to (:func:`_masthead_note`),
    or promotion or boilerplate of its own ("Subscribe for 3 crowns a week.", "© 2026 …"), one
    at least naming a masthead ("Osk Evening Post — your town, every evening. Subscribe for 3
    crowns a week."). None for any other line: a line with one sentence of the story stays a
    statement, and so do its other sentences."""
    t = " ".join(text.split())
    if not t or len(t.split()) > MASTHEAD_LINE_WORDS:
        return None
    named: str | None = None
    for sentence in _LINE_SENTENCES.split(t):
        name = _slogan(sentence) or _masthead_note(sentence) or _copyright_holder(sentence)
        if name is not None:
            named = named or name
        elif _lexicon_kind(sentence) not in ("promo", "boilerplate"):
            return None
    return named


def line_kind(text: str) -> BlockKind | None:
    """The kind of a line that is no statement of the story, or ``None``."""
    if _URL.match(text):
        return "url"
    if social_post(text) or post_header(text) or post_counter(text):
        return "social"
    if credit_only(text):
        return "credit"
    if glossary(text):
        return "glossary"
    kind = _lexicon_kind(text)
    if kind in ("promo", "promo_list"):
        return "promo"
    if kind == "boilerplate" or masthead_line(text) is not None:
        return "boilerplate"
    return None


_LABELLED = re.compile(
    r"^(?P<label>(?:[\w'’&.-]+ ){0,3}(?:file )?(?:photo(?:graph)?|picture|image)(?: caption)?"
    r"|file|caption|a caption reads|pictured)"
    r"(?P<sep>:\s?| [-–—] )(?P<text>\S.*)$",
    re.IGNORECASE,
)
_THIS_PICTURE = re.compile(
    r"^(?P<in>in )?this (?:[\w'’.,-]+ ){0,8}?(?:photo(?:graph)?|picture|image|handout|screenshot|"
    r"screen ?grab|still|video grab|frame grab)s?\b",
    re.IGNORECASE,
)
_SHOWS = re.compile(r"\b(?:shows?|showing|taken|released|provided|made|obtained|distributed)\b")
_PHOTO_PAREN = re.compile(
    r"^(?P<text>.*?\S) ?\((?P<credit>(?:[A-Z][\w.&-]* ){1,3}Photos?\b[^()]{0,100})\)$"
)
_PAREN_TRAIL = re.compile(r"^(?P<text>[^()]*?\S) ?\((?P<credit>[^()]{2,80})\)$")
_DASH_CREDIT = re.compile(r"^(?P<text>.*?[.!?”\"]) [—–-]{1,2} ?(?P<credit>[^.!?]{2,60})$")
_SLASH_CREDIT = re.compile(
    r"^(?P<text>.*?[.!?]) (?P<credit>[A-Z][A-Z-]{1,15}/[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,4})$"
)
_CLOSING_CREDIT = re.compile(r"^(?P<text>.*?[.!?”\"’']) ?[(\[](?P<credit>[^()\[\]]{2,80})[)\]]$")
_BARE_CREDIT = re.compile(
    r"^(?P<text>.*?[.!?”\"’']) (?P<credit>[A-Z][^.!?()\[\]/]{0,60}/ ?[A-Z][^.!?()\[\]/]{0,60})$"
)
"""A credit of two parts joined by ``/`` set bare after a labelled caption's last sentence
(``Photo caption: … on Monday. Harbour Daily/Jo Reyes``)."""
_BRACKETED_LABEL = re.compile(
    r"^\((?:(?:photo(?:graph)?|picture|image)(?: caption)?|caption)\s*:", re.IGNORECASE
)
"""A labelled caption set whole in brackets (``(Photo caption: … Harbour Daily/Jo Reyes)``)."""
_WEEKDAYS = r"(?!(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
_MONTH_ALT = "(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_PLACE_DATE_END = re.compile(
    rf"\b{_WEEKDAYS}[A-Z][\w'’.-]*,? (?:\d{{1,2}} {_MONTH_ALT}|{_MONTH_ALT}\.? \d{{1,2}}),?"
    r" \d{4}\.?$"
)


def _credit_after(text: str, offset: int) -> tuple[str, int, str | None]:
    """A labelled caption's text and its credit: in a line that says it is a picture's
    (``Photo: …``), a bracket closing it after the last sentence is that picture's credit
    when its words are shaped like one (``… on Monday. (Harbour Daily/Jo Reyes)``), whether or
    not it names a known agency; the credit's names are no parties of the story."""
    for rx in (_CLOSING_CREDIT, _BARE_CREDIT):
        m = rx.match(text)
        if m is not None and _credit_shaped(m.group("credit").strip()):
            return m.group("text"), offset, m.group("credit").strip()
    return text, offset, None


def caption(text: str) -> tuple[str, int, str | None] | None:
    """A photo caption: the shapes of :func:`._patterns.caption`, and a line labelled as one
    (``FILE PHOTO: …``, ``Photo: …``, AP's ``FILE - …``), one that speaks of its picture (``This
    photo taken on … shows …``, ``In this image …``), one with a trailing picture credit
    (``… (AP Photo/Jane Doe)``, ``… — AFP``, ``… REUTERS/Jane Doe``, ``… (Daily Post/Handout)``:
    a bracketed credit of two parts, one a known credit) and a wire caption that
    ends in a place and a date with no preposition (``… in Kyiv, Ukraine May 2, 2024.``).
    Returns the caption text, its offset in the line and the credit."""
    if (found := _credited(text)) is not None:
        return found
    for rx in (_PHOTO_PAREN, _SLASH_CREDIT):
        if (m := rx.match(text)) is not None:
            return m.group("text"), 0, m.group("credit").strip()
    m = _PAREN_TRAIL.match(text)
    if m is not None and "/" in m.group("credit") and credit_only(m.group("credit")):
        return m.group("text"), 0, m.group("credit").strip()
    m = _DASH_CREDIT.match(text)
    if m is not None and credit_only(m.group("credit")):
        return m.group("text"), 0, m.group("credit").strip()
    t = text.rstrip()
    if (
        t.endswith(")")
        and _BRACKETED_LABEL.match(t) is not None
        and (m := _LABELLED.match(t[1:-1].rstrip())) is not None
    ):
        return _credit_after(m.group("text"), 1 + m.start("text"))
    m = _LABELLED.match(text)
    if m is not None and (
        ":" in m.group("sep")
        or m.group("label").isupper()
        or m.group("label").casefold().endswith("caption")  # "Image caption — …"
    ):
        return _credit_after(m.group("text"), m.start("text"))
    m = _THIS_PICTURE.match(text)
    if m is not None and (m.group("in") or _SHOWS.search(text)):
        return text, 0, None
    if len(text.split()) <= 60 and _PLACE_DATE_END.search(text):
        return text, 0, None
    return None


_SIGN_OFF = re.compile(r"^(?:[—–-]\s*(?P<dashed>[^()\s].*)|\((?P<bracketed>[^()]+)\))$")
_NO_SIGN_OFF = frozenset({
    "updated", "corrected", "developing", "breaking", "video", "audio", "photos", "file",
    "advertisement", "sponsored", "opinion", "analysis", "live", "end", "more", "ends",
})  # fmt: skip
"""Words set alone in brackets or after a dash that name no agency ("(Updated)", "— End")."""
_SIGN_OFF_NAME = re.compile(r"^[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}$")


def sign_off(text: str, last: bool) -> str | None:
    """The agency or outlet a line on its own signs the article off with, or None: "— Harbour
    Wire", "(Harbour Wire)", anywhere after the body has begun; a bare acronym ("HWA") only as
    the article's last line (elsewhere it may be a subheading)."""
    t = text.strip()
    m = _SIGN_OFF.match(t)
    name = (m.group("dashed") or m.group("bracketed")).strip() if m else None
    if name is not None and _SIGN_OFF_NAME.match(name) and name.casefold() not in _NO_SIGN_OFF:
        return name
    if last and t.isupper() and t.isalpha() and 2 <= len(t) <= 6:
        return t
    return None
