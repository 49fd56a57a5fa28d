"""Counted values in a claim: ``12 Chinese government ships`` is ships, 12 to 12.

A number (digits, or a number word up to twenty and the tens, a ten and a unit as one number
(``fifty-seven``), with ``hundred``/``thousand``/``million`` after it; a number followed by a
unit of time, length or weight, :data:`MEASURES`, is a span or a size and counts nothing) is
read with the words before it that bound it and the words after it that say what it counts:

* bounds (:func:`bounds`, ``data/bounds.tsv``): ``about``/``around``/``nearly``/``some`` N is
  N−15 % … N+10 %; ``at least``/``no fewer than`` N is N … ∞; ``more than``/``over`` N is N+½
  … ∞; ``fewer than``/``less than``/``under`` N is 0 … N−½ (a count is whole: the half says the
  bound is strict, :data:`STRICT`); ``up to``/``at most``/``no more than`` N is 0 … N;
  ``dozens``/``hundreds``/``thousands of`` are ranges. ``as many as`` N
  is read as N, as news uses it (the figure claimed, stressed as large), not as a bound;
* what is counted: the last word of the run of content words right after the number (``Chinese
  government ships`` → ``ship``), as a stem; casualties are one frame whatever the noun:
  a count of people (``two crew members``, ``three``) in a claim that speaks of injuries is
  ``injured``, of deaths ``dead``, unless its own words say otherwise (``10,000 people are still
  missing`` is ``missing`` in a claim about deaths). What befell the things counted, in the
  count's own clause (:func:`_predicate`, ``data/statuses.tsv``), is part of what is counted,
  whatever the noun: ``three wardens were killed`` is ``dead:warden``, never ``warden``, and
  ``30 riders aboard`` is ``aboard:rider``, never the dead of a claim about deaths. A number
  followed by ``of`` (``two of the
  ships``) counts a part, not a whole, and one followed by ``other`` or ``more`` (``nine other
  people``, ``three more bodies``) a part or an increment, and a year (1900–2100 counting
  nothing) is not a count, nor is an age of people already named or counted ("the victims,
  most of them under ten", "children under five", "in their 20s": :func:`_an_age`,
  ``data/ages.tsv``);
* an ordinal after "a", "an" or "the" whose own words say people died, were hurt or went
  missing (``a fifth miner died``, ``a 13th person died in hospital``) counts that many at
  least (``dead:miner`` 5 … ∞, ``dead`` 13 … ∞); any other ordinal counts nothing (``the 13th
  floor``, ``the fifth day``, ``a 13th-century church``), nor does ``first``.

Two values of one frame cannot both hold when their ranges do not meet (:func:`disjoint`); two
claims state different counts when their figures differ (:func:`differing`): what a story keeps
apart, and pairs as a conflict only for the same day from different sources.

Beside the counted values, a claim's :func:`figures` are all the figures it states in digits,
counted or not (a vote share, a turnout, a sum): two claims whose figures disagree
(:func:`figures_apart`) are kept apart too, never merged into one claim that each would
corroborate, but no conflict is read from them (a share counts nothing to compare).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..stages._lists import kinded_lists
from .text import STOP, stem


def _split(words: str) -> list[str]:
    return words.split()


_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
}
_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
}  # fmt: skip
"""Ordinal words, from "second" ("first" tells no count)."""
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_SCALE = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9}
_VAGUE = {"dozens": (24.0, 120.0), "hundreds": (200.0, 1e3), "thousands": (2e3, 1e4)}
_APPROX = frozenset({"about", "around", "nearly", "almost", "roughly", "approximately", "some"})
_APPROX |= frozenset({"estimated", "circa", "approx"})
PEOPLE = frozenset(
    _split(
        """
        person man woman child member crew sailor soldier civilian passenger worker officer
        police policeman fisherman resident student people victim guard troop fighter miner
        """
    )
)
_INJURED = frozenset({"injur"})
ANIMALS = frozenset(
    _split(
        """
        fish trout salmon roach carp eel cattle cow sheep goat pig chicken hen bird animal
        livestock horse dog cat dolphin whale seal turtle bee camel duck goose
        """
    )
)
"""Counted nouns that are animals: "200 dead trout" counts fish, never the dead of a story."""


def _singular(word: str) -> str:
    if word in ("sheep", "fish", "cattle", "livestock", "geese"):
        return {"geese": "goose"}.get(word, word)
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


_DEAD = frozenset({"die", "kill", "dead", "death", "toll", "fatal"})
_MONTHS = frozenset(
    _split(
        """
        january february march april may june july august september october november december
        jan feb mar apr jun jul aug sep sept oct nov dec am pm a.m p.m
        """
    )
)
MEASURES = frozenset(
    _split(
        """
        second minute hour day week month year decade century km kilometre kilometer metre
        meter mile feet foot inch centimetre centimeter percent per cent degree kg kilogram
        gram ton tonne litre liter
        """
    )
)
"""Units of time, length and weight: "within 72 hours" is a span, not a count of things that a
story could see change or dispute."""
_BESIDES = frozenset({"other", "others", "more", "additional", "further", "extra"})
"""Words right after a number that count beside or on top of another count ("nine other people
on board", "three more bodies"): a part or an increment, never the whole of what is counted."""
_RECORDS = frozenset({
    "data", "records", "details", "files", "information", "names", "addresses", "accounts",
    "passwords", "emails", "photos", "histories",
})  # fmt: skip
"""Records kept of people ("personal data of up to 40,000 patients", "the records of two
million customers"): the number says whose records, not how many the claim counts."""
_BOUNDS = frozenset({
    "up", "to", "at", "most", "least", "more", "than", "fewer", "less", "about", "around",
    "nearly", "almost", "some", "over", "under", "roughly", "approximately", "as", "many",
})  # fmt: skip


def _aged(ws: list[str], i: int, j: int) -> bool:
    """Whether the number at ``ws[i]`` (its words end before ``ws[j]``) is an age after "aged"
    ("aged 24", "aged 19 and 20", "aged between 30 and 40"; not the "two children" of "a man
    aged 50 and two children")."""
    k = i
    counts_something = j < len(ws) and ws[j] not in _BREAK and ws[j] not in STOP
    while (
        not counts_something
        and k >= 2
        and ws[k - 1] in ("and", "or", "to", ",")
        and _number(ws[k - 2]) is not None
    ):
        k -= 2
    return k >= 1 and (ws[k - 1] == "aged" or (k >= 2 and ws[k - 2 : k] == ["aged", "between"]))


@cache
def _ages() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """``data/ages.tsv``: the phrases that bound an age, and the words of people before them."""
    rows = kinded_lists(__package__, "ages.tsv")
    bound = frozenset(tuple(p.split()) for p in rows.get("bound", []))
    people = frozenset(rows.get("people", []))
    return bound, people


def _an_age(ws: list[str], i: int, j: int) -> bool:
    """Whether the number at ``ws[i]`` (its words end before ``ws[j]``) is an age of people
    already named or counted, never a count of them (``data/ages.tsv``): a bound right after
    a plural noun of people, a word of age or "of them" ("the victims, most of them under
    ten, were", "children under five", "patients over 60", "aged over 70"), the number
    counting nothing of its own (what befell them may follow: "children under five died"); or a
    decade ("in their 20s", "the 1990s")."""
    if j < len(ws) and ws[j] == "s":
        return True  # "in their 20s": a decade, of an age or of years
    if j < len(ws) and ws[j] not in _BREAK and ws[j] not in STOP | _STATES | _BE:
        return False  # "under ten riders": a count of riders ("under five died" none)
    phrases, people = _ages()
    k = next((i - n for n in (2, 1) if i >= n and tuple(ws[i - n : i]) in phrases), None)
    if k is None or k < 1 or ws[k - 1] not in people:
        return False
    return ws[k - 1] not in ("them", "whom") or (k >= 2 and ws[k - 2] == "of")


def _of_records(ws: list[str], i: int) -> bool:
    """Whether the number at ``ws[i]`` (after its bound, if any) follows "<records> of" (or
    "on", "about")."""
    k = i
    while k > 0 and i - k < 3 and ws[k - 1] in _BOUNDS:
        k -= 1
    return k >= 2 and ws[k - 1] in ("of", "on", "about") and ws[k - 2] in _RECORDS


_JOINERS = frozenset({"and", "other", "or"})
"""Words that may continue the description of what is counted: "coast guard and other ships"."""
_SYNONYMS = {
    "vessel": "ship", "boat": "ship", "cutter": "ship", "fatality": "dead",
    "inhabitant": "resident", "body": "dead", "corpse": "dead", "troop": "soldier",
    "serviceman": "soldier", "servicemen": "soldier",
}  # fmt: skip
_DIGITS = re.compile(r"^\d[\d,]*(?:\.\d+)?$")

Value = tuple[str, float, float]
UNBOUNDED = 1e18
"""The high end of "more than N" (a finite number, so that it round-trips through JSON)."""
_TOKEN = re.compile(
    r"\d+(?:st|nd|rd|th)\b|\d+(?:,\d{3})*(?:\.\d+)?|[^\W_]+(?:['’][^\W_]+)*|[,;:]|[$€£¥]"
)
_MONEY = frozenset("$€£¥")
"""Signs of a currency, kept as words: "$900 million" is a sum, which counts nothing."""
_BREAK = frozenset({",", ";", ":"})
"""Clause punctuation, kept as words: a count never reaches across it ("rose to 30, officials
said" counts no officials)."""


_ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})
"""How ordinals end ("second", "third", "fifth", "13th"): a cheap test before the lookup."""
_DIGIT = re.compile(r"\d")
_COUNTING = frozenset(_VAGUE) | frozenset(_UNITS) | frozenset(_ORDINALS)
"""The words that count without a figure: a text without either has no counted value."""


def words(text: str) -> list[str]:
    """Lowercased words, numbers kept whole (``6.1``, ``1,200``), clause punctuation
    (:data:`_BREAK`) and signs of a currency (:data:`_MONEY`)."""
    straight = text.replace("’", "'")  # no token holds an apostrophe of either kind at its ends
    if straight.isascii():  # lowercasing first cannot change what matches
        return _TOKEN.findall(straight.lower())
    return [w.lower() for w in _TOKEN.findall(straight)]


def _number(word: str) -> float | None:
    if _DIGITS.match(word):
        return float(word.replace(",", ""))
    return float(_UNITS[word]) if word in _UNITS else None


def is_number(word: str) -> bool:
    """Whether a word of :func:`words` is a number, in digits or spelled ("1,200", "forty")."""
    return _number(word) is not None


def _ordinal(word: str) -> float | None:
    """The number of an ordinal from "second" on ("fifth", "13th"), or None."""
    if m := _ORDINAL_DIGITS.match(word):
        n = int(m[1])
        return float(n) if n >= 2 else None
    return float(_ORDINALS[word]) if word in _ORDINALS else None


def _ordinal_count(ws: list[str], i: int) -> tuple[Value | None, int]:
    """The count an ordinal at ``ws[i]`` tells, and where its words end: after "a", "an" or
    "the", of people (:data:`PEOPLE`) whose own words say what befell them ("a fifth miner
    died": the dead miners, at least five); else none ("the 13th floor", "the fifth day")."""
    n = _ordinal(ws[i])
    j = i + 1
    if n is None or not i or ws[i - 1] not in ("a", "an", "the"):
        return None, j
    run: list[str] = []
    while j < len(ws) and len(run) < 4 and ws[j] not in _BREAK and ws[j] not in STOP:
        run.append(ws[j])
        j += 1
    status = _status(ws, i, _after_apposition(ws, j) or i + 1)
    if not run or _head(run) not in PEOPLE or status is None:
        return None, j
    group = _group(run)
    return (f"{status}:{group}" if group else status, n, UNBOUNDED), j


def _after_apposition(ws: list[str], j: int) -> int | None:
    """Where the words after an apposition set between commas at ``j`` end ("a third
    passenger, a 71-year-old man, died": at "died"), or None when none opens there: what befell
    the person is told after it."""
    if j + 1 >= len(ws) or ws[j] != "," or ws[j + 1] not in ("a", "an", "the"):
        return None
    for k in range(j + 2, min(len(ws), j + 10)):
        if ws[k] == ",":
            return k + 1
        if ws[k] in _BREAK:
            return None
    return None


@cache
def bounds() -> dict[tuple[str, ...], str]:
    """``data/bounds.tsv``: the phrases that bound a number after them, each with its bound
    (``min``, ``above``, ``max``, ``below``), negated ones listed whole ("no more than")."""
    from importlib.resources import files

    text = (files(__package__) / "data" / "bounds.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {tuple(phrase.lower().split()): bound.strip() for phrase, bound in rows[1:]}


STRICT = 0.5
"""How far inside a whole number a strict bound lies ("fewer than six" is 0 … 5.5): no whole
count lies between, so the range holds the same counts as "at most five", and the half tells
:func:`figure` to say "fewer than 6"."""


def _bound(ws: list[str], i: int, n: float) -> tuple[float, float]:
    """The range a number at ``ws[i]`` stands for, given the words before it: the longest
    phrase of :func:`bounds` ending right before it ("no more than" over "more than"). A strict
    bound of a whole number is kept half a unit inside it (:data:`STRICT`): "more than 14" is
    14.5 … ∞, which 14 does not meet and 15 does, and :func:`figure` says it as written."""
    found = bounds()
    bound = next(
        (
            found[tuple(ws[i - k : i])]
            for k in (3, 2, 1)
            if i >= k and tuple(ws[i - k : i]) in found
        ),
        None,
    )
    whole = n == int(n) and n >= 1
    if bound == "min":
        return n, UNBOUNDED
    if bound == "above":
        return (n + STRICT if whole else n), UNBOUNDED
    if bound == "max":
        return 0.0, n
    if bound == "below":
        return 0.0, (n - STRICT if whole else n)
    if i and ws[i - 1] in _APPROX:
        return n * 0.85, n * 1.1
    return n, n


_CHANGED = frozenset({
    "up", "down", "rose", "risen", "rise", "rises", "rising", "fell", "fallen", "fall", "falls",
    "falling", "dropped", "drop", "drops", "climbed", "climbs", "increased", "decreased",
    "jumped", "grew", "grown", "declined", "revised", "raised", "lowered", "cut",
})  # fmt: skip
"""Words of a change before ``from``: "down from 31", "rose from 14 to 31", "revised from 40"."""


def _from(ws: list[str], i: int) -> int | None:
    """The index of the "from" before the number at ``i``, across a bound and a word that
    points back ("from about 40", "up from the 3,000 they gave"), or None."""
    k = i
    while k > 0 and i - k < 3 and ws[k - 1] in _BOUNDS:
        k -= 1
    if k > 0 and ws[k - 1] in _WHICH:
        k -= 1
    return k - 1 if k >= 1 and ws[k - 1] == "from" else None


def _earlier(ws: list[str], i: int) -> bool:
    """Whether the number at ``i`` is the figure a change started from ("22 ships, down from 31
    on Thursday", "up from the 3,000", "rose from 14 to 31", "to 31 from 14", "cut to 24 drones
    from 40", "compared with 14 a day earlier"): a figure of another time, told for comparison,
    not a count the claim reports."""
    k = _from(ws, i)
    if k is not None and k >= 1:
        if ws[k - 1] in _CHANGED or _number(ws[k - 1]) is not None:
            return True
        n = _number(ws[i])
        j = _whole(ws, i, n)[1] if n is not None else i + 1
        if j < len(ws) and ws[j] not in _BREAK and ws[j] not in STOP:
            return False  # "from 40 towns": a count of its own
        changed = _CHANGED.intersection(_clause(ws, k))
        if j + 1 < len(ws) and ws[j] == "to" and _number(ws[j + 1]) is not None:
            return bool(changed)  # "revised the count of barges from 40 to 24"
        return bool(changed) and _to_before(ws, k)  # "was cut to 24 barges from 40"
    return i >= 2 and ws[i - 2] == "compared" and ws[i - 1] in ("with", "to")


def _clause(ws: list[str], k: int) -> list[str]:
    """The words of the clause before ``ws[k]`` (back to clause punctuation)."""
    m = k
    while m > 0 and ws[m - 1] not in _BREAK:
        m -= 1
    return ws[m:k]


def _to_before(ws: list[str], k: int) -> bool:
    """Whether the "from" at ``k`` follows "to" a number and its counted words ("was cut to 24
    drones from 40"): after a word of a change, the figure after it is the one changed from."""
    m = k - 1
    while m >= 0 and k - m <= 4 and ws[m] not in STOP and ws[m] not in _BREAK:
        if _number(ws[m]) is not None:
            break
        m -= 1
    while m > 0 and _number(ws[m - 1]) is not None:
        m -= 1  # "to 1.2 million": the number's own words
    return m >= 1 and _number(ws[m]) is not None and ws[m - 1] == "to"


@cache
def count_nouns() -> frozenset[str]:
    """``data/count_nouns.tsv``: nouns that name a count as such ("count", "tally", "estimate")."""
    from importlib.resources import files

    text = (files(__package__) / "data" / "count_nouns.tsv").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@cache
def quantities() -> dict[str, str]:
    """``data/quantities.tsv``: plural units of an amount ("tonnes", "barrels"), each with the
    unit it counts: "120 tonnes" is ``tonne``, 120 to 120."""
    return {p[0]: p[1] for p in _word_list("quantities.tsv") if len(p) == 2}


def quantity(frame: str) -> bool:
    """Whether a frame counts an amount (:func:`quantities`: ``tonne``), whose figures each
    party estimates its own way."""
    return base(frame) in quantities().values()


def _named(ws: list[str], i: int) -> str:
    """What a count named as such in the clause before the number at ``i`` counts: the noun
    after a count noun and "of" ("raised its estimate of the crowd to 5,000": ``crowd``; "put
    the number of marchers at 3,000": ``marcher``; "the estimate of the number of people who
    came … to 5,000": ``person``, people at large, which :func:`counts` does not count), the
    nearest such count; "" when none ("a figure of 30")."""
    nouns = count_nouns()
    for k in range(i - 1, max(-1, i - 30), -1):
        if ws[k] in _BREAK:
            return ""
        if ws[k] not in nouns or k + 1 >= i or ws[k + 1] != "of":
            continue
        m = k + 2
        while m < i:
            while m < i and (ws[m] in _PART_SKIP or ws[m] in ("a", "an")):
                m += 1
            if m + 1 < i and ws[m] in nouns and ws[m + 1] == "of":
                m += 2  # "the estimate of the number of people": people
                continue
            break
        run: list[str] = []
        while m < i and len(run) < 4 and ws[m] not in STOP and ws[m] not in _BREAK:
            if _number(ws[m]) is not None:
                return ""  # "a figure of 30"
            run.append(ws[m])
            m += 1
        return _head(run)  # "the number of missing people": people
    return ""


def _refers_back(ws: list[str], i: int) -> bool:
    """Whether the number at ``i`` is given for a count named only as such, a few words before
    it, with no counted noun of its own ("the true figure was more than 30", "put the number at
    30"): it answers a count given before."""
    nouns = count_nouns()
    for k in range(i - 1, max(-1, i - 7), -1):
        if ws[k] in _BREAK:
            return False
        if ws[k] in nouns:
            # "the number of missing people is 40" names what it counts; "a figure of 30" not
            return not (ws[k + 1] == "of" and k + 2 < i)
    return False


@cache
def _word_list(name: str) -> frozenset[tuple[str, ...]]:
    """A word list of ``data/``, each line a phrase as a tuple of lower-case words."""
    from importlib.resources import files

    text = (files(__package__) / "data" / name).read_text(encoding="utf-8")
    return frozenset(
        tuple(line.lower().split())
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


def rejects(text: str) -> bool:
    """Whether the text rejects a figure for the one it gives ("he counted five riders, not
    four", "five riders rather than four", "not four but five riders";
    ``data/rejected_figures.tsv``): two sources' rival counts, a dispute, never the next figure
    of a count."""
    ws = words(text)
    phrases = _word_list("rejected_figures.tsv")
    for i, w in enumerate(ws):
        if _number(w) is None or not i:
            continue
        for n in (2, 1):
            if i < n or tuple(ws[i - n : i]) not in phrases:
                continue
            if ws[i - n : i] != ["not"]:
                return True
            if (i >= 2 and ws[i - 2] == ",") or (i + 1 < len(ws) and ws[i + 1] == "but"):
                return True  # ", not four"; "not four but five"
    return False


def looks_back(text: str) -> bool:
    """Whether the text tells a figure given earlier, as such ("about 20, the first police
    estimate", "its initial figure of 31"; ``data/earlier_figures.tsv`` before a noun of
    ``data/count_nouns.tsv``, up to two words between): a figure of an earlier day, which the
    day of the article that tells it again does not date."""
    ws = words(text)
    earlier = {p[0] for p in _word_list("earlier_figures.tsv") if len(p) == 1}
    nouns = count_nouns()
    for i, w in enumerate(ws):
        if w not in earlier:
            continue
        for x in ws[i + 1 : i + 4]:
            if x in nouns:
                return True
            if x in _BREAK or _number(x) is not None:
                break  # "the first 20 riders": a part, no figure told again
    return False


_MAKE_UP = frozenset({"include", "includes", "included", "comprise", "comprises", "comprised"})
"""Verbs that tell what a figure was made up of ("its figure of 31 had included four wardens
who escaped", "the 31 included four wardens"): a figure explained, not a rival one."""


def explains(text: str) -> bool:
    """Whether the text tells what a figure was made up of: a number, then within three words a
    verb of :data:`_MAKE_UP`, then within three words another number ("its figure of 31 had
    included four wardens who escaped"). Such a text reconciles two figures; it does not
    contest either (not "including": "27 riders, including four wardens, were held" gives a
    count of its own)."""
    ws = words(text)
    for i, w in enumerate(ws):
        if w not in _MAKE_UP:
            continue
        before = ws[max(0, i - 4) : i]
        after = ws[i + 1 : i + 4]
        if any(_number(x) is not None for x in before) and any(
            _number(x) is not None for x in after
        ):
            return True
    return False


def fraction(text: str) -> bool:
    """Whether the text gives a fraction in words ("cut by a fifth", "two thirds of the staff",
    "half the budget"): a figure that :func:`figures` does not read."""
    ws = words(text)
    for i, w in enumerate(ws):
        if w == "half" or (w == "halves" and i and _number(ws[i - 1]) is not None):
            return True
        counted = i and (ws[i - 1] in ("a", "one") or _number(ws[i - 1]) is not None)
        if counted and (_ordinal(w) is not None or (w[-1:] == "s" and _ordinal(w[:-1]))):
            return True
    return False


def names_estimate(text: str) -> bool:
    """Whether the text names a count as such (``data/count_nouns.tsv``: "raised its estimate
    to 90 tonnes", "put the figure at 30"): whoever does so in it gives the figure."""
    return not count_nouns().isdisjoint(words(text))


def names_count(text: str) -> bool:
    """Whether some number of the text is given for a count named only as such ("the true
    figure was more than 30", "put the toll at 45"): the text speaks of the figure itself."""
    ws = words(text)
    return any(_number(w) is not None and _refers_back(ws, i) for i, w in enumerate(ws))


def counts(text: str, referent: str | None = None) -> list[Value]:
    """The counted values of a claim's text (see the module doc). ``referent``: what the count
    just before the claim counts (the same or the previous sentence), taken by a number that
    counts no noun of its own but a count named as such ("The brigade said 12 stands were
    damaged. The mayor said the true figure was more than 30.": stands, 30 … ∞)."""
    return [v for _, v, _ in _counted(text, referent)]


def _whole(ws: list[str], i: int, n: float) -> tuple[float, int]:
    """The number ``n`` read at ``ws[i]`` with the words that make it whole ("fifty-seven",
    "1.2 million"), and where they end."""
    j = i + 1
    if 20 <= n <= 90 and j < len(ws) and ws[j] in _UNITS and _UNITS[ws[j]] < 10:
        n += _UNITS[ws[j]]  # "fifty-seven", "twenty one": one number
        j += 1
    while j < len(ws) and ws[j] in _SCALE:
        n *= _SCALE[ws[j]]
        j += 1
    return n, j


def changes(text: str) -> list[tuple[Value, Value]]:
    """The changes of one count that a text tells with both its figures, each as (the figure it
    changed from, the figure it changed to), of what the later one counts: "raised its estimate
    of the crowd to 5,000, up from 3,000", "the fleet was cut to 24 barges from 40", "revised
    the count of barges from 40 to 24". Only where a word of a change (:data:`_CHANGED`) comes
    before "from", the figure after "from" counts nothing of its own (:func:`_earlier`), and the
    text says what the later figure counts (its own words, what befell them, a count named as
    such), the later figure being the one right after "to" ("from 40 to 24") or else the
    nearest before "from" with no other number between."""
    ws = words(text)
    read = [(i, v) for i, v, told in _counted(text) if told]
    out: list[tuple[Value, Value]] = []
    for e, w in enumerate(ws):
        n = _number(w)
        k = _from(ws, e) if n is not None else None
        if n is None or k is None or not _earlier(ws, e):
            continue
        if not any(x in _CHANGED for x in ws[:k]):
            continue  # "22 barges from 40 towns": no change told
        n, j = _whole(ws, e, n)
        if j < len(ws) and ws[j] == "to":
            later = [(i, v) for i, v in read if j < i <= j + 4]  # "from 40 to 24"
        else:
            later = [
                (i, v)
                for i, v in read
                if i < k and not any(_number(x) is not None for x in ws[i + 1 : k])
            ][-1:]
        if not later:
            continue
        _, now = later[0]
        lo, hi = _bound(ws, e, n)
        then = (now[0], lo, hi)
        if anchor(then) != anchor(now):
            out.append((then, now))
    return out


@cache
def asides() -> dict[tuple[str, ...], str]:
    """``data/aside_counts.tsv``: the phrases that set a count after them aside, each with why
    (``part``, ``setting``)."""
    from importlib.resources import files

    text = (files(__package__) / "data" / "aside_counts.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {tuple(phrase.lower().split()): why.strip() for phrase, why in rows[1:]}


def _aside(ws: list[str], i: int) -> int | None:
    """Where the phrase of :func:`asides` starts that ends right before the number at ``ws[i]``
    or before the phrase of :func:`bounds` bounding it ("including three", "where at least 14"),
    else None: a part of a count told before it, or a count in a clause describing a place or an
    event named in passing, which the claim does not give as its count."""
    found, bound = asides(), bounds()
    k = next((k for k in (3, 2, 1) if i >= k and tuple(ws[i - k : i]) in bound), 0)
    if i - k and ws[i - k - 1] in _APPROX:
        k += 1
    at = i - k
    return next(
        (at - n for n in (2, 1) if at >= n and tuple(ws[at - n : at]) in found),
        None,
    )


def _rate(ws: list[str], j: int) -> bool:
    """Whether the words from ``ws[j]`` on (right after a counted noun) make its figure a rate
    for each one of something (``data/rate_markers.tsv``: "for each crew member",
    "per family"): no count of the whole."""
    return any(p == tuple(ws[j : j + len(p)]) for p in _word_list("rate_markers.tsv"))


def _clock(ws: list[str], j: int) -> bool:
    """Whether the words from ``ws[j]`` on (right after a number) make it a time of day: "p m"
    and "a m" as :func:`words` splits "p.m." and "a.m.", "o'clock", or a clock word of
    :data:`_CLOCK` ("pm", "GMT", "hrs"). "The coach left at about 10 p.m." counts nothing, so
    it is no rival of "the coach was carrying 36 passengers"."""
    if j >= len(ws):
        return False
    if ws[j] in ("a", "p"):
        return ws[j + 1 : j + 2] == ["m"]
    return ws[j] == "o'clock" or ws[j] in _CLOCK


def _distributive(ws: list[str], j: int) -> bool:
    """Whether the words from ``ws[j]`` on (right after a number) make it a manner of doing
    something a share at a time: "by" and a number ("one by one", "two by two") or a phrase of
    ``data/distributives.tsv`` ("one after another", "two at a time"). "The sheep would be
    released one by one" counts no sheep, so it is no rival of "three sheep were taken"."""
    if ws[j : j + 1] == ["by"] and j + 1 < len(ws) and _number(ws[j + 1]) is not None:
        return True
    return any(p == tuple(ws[j : j + len(p)]) for p in _word_list("distributives.tsv"))


def _aside_words(ws: list[str]) -> frozenset[int]:
    """The indexes of the words of each clause a count set aside opens (:func:`_aside`), from
    its marker to the next clause punctuation: "including three who died of their injuries"
    tells nothing of what befell the 26 bodies counted before it, and "where two riders and
    three wardens died" gives neither count as the claim's."""
    if not {p[0] for p in asides()} & set(ws):
        return frozenset()
    out: set[int] = set()
    skip = False
    for i, w in enumerate(ws):
        if w in _BREAK:
            skip = False
        elif not skip and any(
            _aside(ws, e) == i for e in range(i + 1, min(i + 6, len(ws))) if _number(ws[e])
        ):
            skip = True
        if skip:
            out.add(i)
    return frozenset(out)


def _counted(text: str, referent: str | None = None) -> list[tuple[int, Value, bool]]:
    """:func:`counts`, each value with the index of its number among :func:`words` and whether
    the text says what it counts (its own words, what befell them, a count named as such: "the
    estimate of the crowd to 5,000"), not only a plural some words before it."""
    ws = words(text)
    if _DIGIT.search(text) is None:  # no number in figures: only words can count
        if _COUNTING.isdisjoint(ws):
            return []
    elif not any(w in _VAGUE or _number(w) is not None or _ordinal(w) for w in ws):
        return []
    aside = _aside_words(ws)
    stems = {stem(w) for k, w in enumerate(ws) if k not in aside}
    casualty = "injured" if stems & _INJURED else "dead" if stems & _DEAD else None
    out: list[tuple[int, Value, bool]] = []
    i = 0
    while i < len(ws):
        w = ws[i]
        if w in _VAGUE and i + 1 < len(ws) and ws[i + 1] == "of":
            lo, hi = _VAGUE[w]
            j = i + 2
        else:
            n = _number(w)
            if n is None:
                found, j = _ordinal_count(ws, i) if w[-2:] in _ORDINAL_ENDS else (None, i + 1)
                if found is not None:
                    out.append((i, found, True))  # "a fifth miner died": at least five
                i = j if found is not None else i + 1
                continue
            n, j = _whole(ws, i, n)
            lo, hi = _bound(ws, i, n)
        if i and ws[i - 1] in _MONEY:
            i = j  # "about $900 million": a sum of money, no count of what the claim counts
            continue
        if _earlier(ws, i):
            i = j  # "22 ships, down from 31 on Thursday": the figure it replaced, told again
            continue
        if i in aside:
            i = j  # "including three who died on the wards", "the mill where 14 workers died":
            # a part of the count before it, or a passing description: no count of the claim
            continue
        if j < len(ws) and ws[j] == "of" and w not in _VAGUE:
            i = j  # "two of the ships": a part
            continue
        if i and (ws[i - 1],) in _word_list("parts_before.tsv"):
            i = j  # "the first two deaths", "another four arrests": a part or an increment
            continue
        if j < len(ws) and ws[j] in _BESIDES:
            i = j  # "nine other people", "three more bodies": a part or an increment, no tally
            continue
        if _of_records(ws, i):
            i = j  # "the data of up to 40,000 patients": whose records, not who was counted
            continue
        if (j < len(ws) and ws[j] in _MONTHS) or (i and ws[i - 1] in _MONTHS):
            i = j  # a date: "12 June", "June 12"
            continue
        if _clock(ws, j):
            i = j  # a time of day: "at about 10 p.m.", "10 o'clock", "2200 GMT"
            continue
        if ws[j : j + 2] in (["year", "old"], ["years", "old"]) or _aged(ws, i, j):
            i = j  # an age: "a 24-year-old man", "aged 24", "aged 19 and 20"
            continue
        if _an_age(ws, i, j):
            i = j  # "the victims, most of them under ten": their age, no count of them
            continue
        if _distributive(ws, j):
            i = j + 1  # "destroyed one by one", "let in two at a time": a manner, no count
            continue
        if j < len(ws) and ws[j] in ("times", "time"):
            i = j + 1  # a multiple or a frequency ("three times as many people died", "paid
            # the firm 17 times"): no count of a thing; read as payments, 17 would be the step
            # before "11 irregular payments" in a series that is no update
            continue
        if j < len(ws) and ws[j] in quantities():
            out.append((i, (quantities()[ws[j]], lo, hi), True))  # "120 tonnes": an amount
            i = j + 1
            continue
        if j < len(ws) and _singular(ws[j]) in MEASURES:
            i = j + 1  # a span or a size: "eight days after", "40 metres of water"
            continue
        if j + 1 < len(ws) and ws[j] == "in" and _number(ws[j + 1]) is not None:
            i = j + 2  # a share: "nine in ten ballots"
            continue
        run: list[str] = []
        number_end = j
        while j < len(ws) and len(run) < 8 and _number(ws[j]) is None:
            if ws[j] in _BREAK or (ws[j] in STOP and not (run and ws[j] in _JOINERS)):
                break
            run.append(ws[j])
            j += 1
        if _rate(ws, j):
            i = max(j, i + 1)  # "20,000 crowns for each man": a rate for each one, no count
            continue
        if not run and i and ws[i - 1] == "by":
            i = max(j, i + 1)  # a difference: "raised the number of drones by 20", "fell by 3"
            continue
        named = _named(ws, i) if not run and not casualty else ""  # "the estimate of the crowd"
        head = _head(run) or (named if named not in PEOPLE else "")
        if not head and not named and not casualty:
            head = _head(ws[max(0, i - 10) : i], last=True)  # "the count of ships to 14"
        if not head and not run and referent and not casualty and _refers_back(ws, i):
            out.append((i, (referent, lo, hi), False))  # "the true figure was more than 30"
            i = max(j, i + 1)
            continue
        within = _restricted(ws, j) if run else ""  # "three transfers from that account"
        status = _status(ws, i, number_end)  # "35 people remain missing"
        if status is None and not (number_end < len(ws) and ws[number_end] in _OWN_VERB):
            status = casualty  # "eight were still in hospital" after "seven had died": a
            # predicate of its own that names no casualty, no count of the dead
        animal = next((w for w in run if _singular(w) in ANIMALS), None)
        if animal is not None:
            out.append((i, (_singular(animal), lo, hi), True))  # "200 dead trout": fish
            i = max(j, i + 1)
            continue
        own = _predicate(ws, number_end) if run else None
        if own is not None and run[0] not in _STATES:
            # "three wardens were killed" counts the killed wardens, never the wardens; "30
            # riders aboard" the riders aboard, not the killed of a claim about deaths
            group = " ".join(w for w in (_group(run), within) if w)
            out.append((i, (f"{own}:{group}" if group else own, lo, hi), True))
            i = max(j, i + 1)
            continue
        if status and (
            not run
            or run[0] in _STATUS
            or stem(run[0]) in _QUALIFIERS  # "12 remained missing", "two are still missing"
            or head in PEOPLE
            or head in _INJURED | _DEAD
        ):  # "2,000 dead", "two crew members", "three"
            group = " ".join(w for w in (_group(run), within) if w)
            out.append((i, (f"{status}:{group}" if group else status, lo, hi), True))
        elif head and head not in MEASURES and not (not run and 1900 <= lo <= 2100):
            told = bool(run) or bool(named)
            out.append((i, (f"{head}:{within}" if within else head, lo, hi), told))
        i = max(j, i + 1)
    return out


_WHICH = frozenset({"the", "that", "this", "these", "those", "its", "their", "his", "her", "our"})
"""Words after "from" that point at one known thing ("from that account", "from the north
wing"): what the count is drawn from, not where all of it came from."""


def _restricted(ws: list[str], j: int) -> str:
    """What the counted noun ending before ``ws[j]`` is drawn from, when "from" and a word of
    :data:`_WHICH` follow it ("Three transfers from that account" after "14 transfers"; "five
    patients from the north wing" of the 40 a clinic treated): ``from`` and the content words
    after it, as stems ("from account"), else "". Such a count is a part of a set the story
    counts whole elsewhere, another series, never the next figure of the whole."""
    if j + 2 >= len(ws) or ws[j] != "from" or ws[j + 1] not in _WHICH:
        return ""
    what: list[str] = []
    for w in ws[j + 2 : j + 4]:  # a noun and one word before it: "the north wing"
        if w in _BREAK or w in STOP or _number(w) is not None or w in _STATUS:
            break
        if w.endswith("ed") or stem(w) in _DEAD | _INJURED or _says(w):
            break  # a verb after the place: "from the village died", "from that bank says"
        what.append(stem(w))
    return f"from {' '.join(what)}" if what else ""


_GENERIC = frozenset({"person", "man", "woman", "member", "resident", "victim", "individual"})
"""Nouns for people that name no group of them: "ten people killed" is the dead of a story."""


def _group(run: list[str]) -> str:
    """Which people a casualty count counts, when its words name a group ("three civilians",
    "12 Tarsovan soldiers", "two crew members" → ``civilian``, ``tarsovan soldier``, ``crew``):
    the dead of one group are no rival count of the dead of another, nor an update of the
    story's whole toll. "" for people at large ("ten people", "2,000 dead")."""
    out = []
    for w in run:
        if w in _JOINERS or w in _VAGUE:
            break  # "300 dead and thousands missing": another count begins
        s = stem(w)
        if w not in _STATES and s not in _DEAD | _INJURED | _GENERIC | _QUALIFIERS:
            out.append(_SYNONYMS.get(s, s))
    return " ".join(out)


_QUALIFIERS = frozenset(
    stem(w) for w in ("confirmed", "reported", "feared", "believed", "presumed", "remain", "still")
)
"""Words that say how sure or how lasting a count is, not whose it is: "44 people confirmed
dead" and "35 people remain missing" are the dead and the missing of the story, not a group."""


@cache
def statuses() -> dict[tuple[str, ...], tuple[str, str, bool]]:
    """``data/statuses.tsv``: each phrase (as a tuple of words) that says what befell the
    things a count counts, with its status, its form (``state`` or ``passive``) and whether it
    is read only right after the counted words (``near``)."""
    from importlib.resources import files

    text = (files(__package__) / "data" / "statuses.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {
        tuple(phrase.split()): (status, form, near.strip() == "yes")
        for phrase, status, form, near in rows[1:]
    }


_STATUS = {p[0]: st for p, (st, _, near) in statuses().items() if len(p) == 1 and not near}
"""What a count of people is when its own words say ("10,000 people are still missing"), read
anywhere in the words after it (:func:`_status`)."""
_STATES = frozenset(p[0] for p in statuses() if len(p) == 1)
"""Every one-word phrase of :func:`statuses`: never the counted noun itself."""
_BE = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "had", "has", "have", "remain",
    "remained", "remains", "still", "all", "later", "reportedly", "now",
})  # fmt: skip
"""Words between the counted words and a participle that make it passive ("were being held",
"had been killed", "remain missing")."""


_OWN_VERB = frozenset({
    "is", "are", "was", "were", "remain", "remained", "remains", "stay", "stayed", "stays",
})  # fmt: skip
"""Verbs right after a bare number that give it a predicate of its own ("eight were still in
hospital", "12 remained in hospital"): the claim's casualty word does not say what it counts."""


def _predicate(ws: list[str], j: int) -> str | None:
    """What befell the things counted by the number whose words end before ``ws[j]``, read in
    its own clause only (:func:`statuses`): a state right after the counted words ("30 riders
    aboard", "four guards were on duty", "three riders died"), a participle after a form of be
    ("three wardens were killed", "27 people were being held"), also across one coordinated
    count ("two riders and three wardens were killed": both). None when the words go on
    otherwise ("three wardens killed a guard", "four wardens, who were killed …")."""
    found = statuses()

    def at(k: int) -> tuple[str, str] | None:
        for n in (2, 1):
            got = found.get(tuple(ws[k : k + n])) if k + n <= len(ws) else None
            if got is not None:
                return got[0], got[1]
        return None

    k = j
    while True:
        while k < len(ws) and ws[k] not in STOP and ws[k] not in _BREAK and ws[k] not in _STATES:
            if _number(ws[k]) is not None:
                return None
            k += 1  # the counted words
        got = at(k) if k < len(ws) else None
        if got is not None and got[1] == "state":
            return got[0]
        if (
            k + 2 < len(ws)
            and ws[k] in ("and", "or")
            and _number(ws[k + 1]) is not None
            and ws[k + 2] not in STOP
            and ws[k + 2] not in _BREAK
            and ws[k + 2] not in _STATES
        ):
            k += 2  # "two riders and three wardens were killed": one predicate of both
            continue
        break
    if k >= len(ws) or ws[k] not in _BE:
        return None
    while k < len(ws) and ws[k] in _BE:
        k += 1
    got = at(k) if k < len(ws) else None
    return got[0] if got is not None else None


def _status(ws: list[str], i: int, j: int) -> str | None:
    """What the number at ``i`` counts by its own words: "the bodies of N people" are dead; else
    the status word among the words after it (from ``j``, the end of the number's words, so the
    words it counts too: "35 people remain missing"), up to the next number: a count of
    people "missing" in a claim about deaths is no count of the dead."""
    if i >= 2 and ws[i - 1] == "of" and ws[i - 2] in ("bodies", "remains", "corpses"):
        return "dead"
    for w in ws[j : j + 8]:
        if _number(w) is not None or w in _VAGUE:
            return None
        if w in _STATUS:
            return _STATUS[w]
    return None


@cache
def _says(word: str) -> bool:
    """A reporting verb in the third person ("says", "claims"), never what a number counts:
    "its vessels, which Japan says numbered 14" counts vessels."""
    from ..stages.attribution.cues import load_cues

    return word.endswith("s") and load_cues().verb(stem(word)) is not None


def _head(run: list[str], *, last: bool = False) -> str:
    """The counted noun of a run of words: the first plural, else the first word for people, else
    the first word; looking back from a number ("the count of ships to 14"), the last plural."""
    order = [
        w
        for w in (reversed(run) if last else run)
        if w not in STOP and w not in _BREAK and not _says(w)
    ]
    stems = [stem(w) for w in order]
    plural = (s for w, s in zip(order, stems, strict=True) if s != w and w.endswith("s"))
    found = next(plural, None)
    if found is None and not last:
        found = next((s for s in stems if s in PEOPLE), None)
        found = found or (stem(run[0]) if run else None)
    return _SYNONYMS.get(found, found) if found else ""


_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_NEXT = re.compile(r"\s*([^\W\d_]+)(\.?)")
_SHARES = frozenset({"percent", "per", "cent", "pct"})
_SIZES = (MEASURES - _SHARES) | frozenset({"mph", "kph", "mm", "cm", "ft", "lb", "oz"})
_CLOCK = frozenset({"am", "pm", "a", "p", "gmt", "utc", "hrs", "h"})


def figures(text: str, context: str | None = None) -> list[float]:
    """Every figure a claim's text states in digits, whether or not it counts something
    (:func:`counts`): shares ("50.3 percent", "50.3%"), amounts ("$4.2 million" is 4,200,000)
    and counts alike. Not figures of what is claimed: a day or a time ("12 June", "4/11",
    "10:30", "7 p.m."), a number written into a word ("21st", "76ers", "MH17"), and a size
    or a span with its unit ("30 miles", "60m", "three hours"), which outlets convert and
    round each their own way. Two claims that both state figures and share too few of them say
    different things (:func:`figures_apart`).

    ``context``: the text before some of its words were blanked out (a claim's dates and
    places, :mod:`.claims`), of the same length: a number's neighbours are read there, so that
    the "11" of "on 10 Nov 11" is still read as part of a date when "10 Nov" was blanked."""
    if _DIGIT.search(text) is None:
        return []
    found = _FIGURE.finditer(text)
    if context is not None and len(context) == len(text):
        text = context
    out: set[float] = set()
    for m in found:
        a, b = m.start(), m.end()
        before = text[a - 1] if a else " "
        after = text[b] if b < len(text) else " "
        if before.isalnum() or before in "/:" or after.isalpha() or after in "/":
            continue  # glued to a word or a date ("21st", "MH17", "4/11", "10:30")
        left, right = text[:a].rstrip(), text[b:].lstrip()
        if (left[-1:] in ("/", ":") and left[:-1].rstrip()[-1:].isdigit()) or (
            right[:1] in ("/", ":") and right[1:].lstrip()[:1].isdigit()
        ):
            continue  # spaced out: "4 / 11 / 2007", "1: 26" (not "Result: 4,100")
        prev = text[:a].rstrip().rsplit(None, 1)[-1:] or [""]
        nxt = _NEXT.match(text, b)
        word = nxt.group(1).lower() if nxt else ""
        if word in _MONTHS or prev[0].lower().strip(".,") in _MONTHS or word in _CLOCK:
            continue  # a date or a time: "12 June", "June 12", "7 pm", "7 p. m."
        if _singular(word) in _SIZES:
            continue  # a size or a span: "30 miles", "three hours"
        n = float(m.group().replace(",", ""))
        while nxt is not None and word in _SCALE:
            n *= _SCALE[word]
            nxt = _NEXT.match(text, nxt.end())
            word = nxt.group(1).lower() if nxt else ""
        out.add(round(n, 6))
    return sorted(out)


_SIZE_UNITS = MEASURES - {"percent", "per", "cent", "degree"}
_UNIT_FORMS = {
    w: _singular(w) for u in _SIZE_UNITS for w in (u, u + "s") if _singular(w) in _SIZE_UNITS
}
"""Each word that :func:`_singular` makes a size unit ("metres", "day"), with that unit."""


def sizes(text: str) -> frozenset[tuple[str, float]]:
    """The sizes and spans a text states, figure or word with its unit ("lowered by two metres"
    → ``("metre", 2.0)``, "for six days" → ``("day", 6.0)``): not figures of what is counted
    (:func:`counts`), and still what tells two claims apart (:func:`sizes_apart`)."""
    ws = words(text)
    out: set[tuple[str, float]] = set()
    for i in range(1, len(ws)):  # the unit first: a set lookup, where a number is a regex
        unit = _UNIT_FORMS.get(ws[i])
        if unit is not None and (n := _number(ws[i - 1])) is not None:
            out.add((unit, n))
    return frozenset(out)


_PART_SKIP = frozenset({"the", "its", "their", "his", "her", "our", "my", "your", "these", "those"})
"""Words between "of" and a part's noun that name whose or which ("two of the port's four
terminals")."""


def parts(text: str) -> frozenset[tuple[str, float]]:
    """How many of a set of things a text says something of: a part ("two of the port's four
    terminals" → ``("part:termin", 2.0)``, the noun as a stem) or an ordinal after "a", "an" or
    "the" ("a third terminal restarted" → ``("part:termin", 3.0)``: the third of them). Never a
    count of the whole (:func:`counts` reads none), but two claims of different parts of one set
    are two claims (:func:`sizes_apart`): "two terminals restarted" is no report that "a third
    terminal restarted". A size or a span ("the fifth day") is no part."""
    ws = words(text)
    out: set[tuple[str, float]] = set()
    for i, w in enumerate(ws[:-1]):
        n = _number(w) if ws[i + 1] == "of" else None
        j = i + 2
        if n is None:
            n = _ordinal(w) if w[-2:] in _ORDINAL_ENDS else None
            if n is None or not i or ws[i - 1] not in ("a", "an", "the"):
                continue
            j = i + 1
        while j < len(ws) and (
            ws[j] in _PART_SKIP or ws[j].endswith("'s") or _number(ws[j]) is not None
        ):
            j += 1
        if j >= len(ws) or ws[j] in _BREAK or ws[j] in STOP or _singular(ws[j]) in MEASURES:
            continue
        out.add((f"part:{stem(ws[j])}", n))
    return frozenset(out)


def sizes_apart(mine: frozenset[tuple[str, float]], theirs: frozenset[tuple[str, float]]) -> bool:
    """Whether two claims give different sizes in one unit and none in common in it ("lowered
    by two metres" and "lowered by four metres"): two claims, neither corroborating the other."""
    for unit in {u for u, _ in mine} & {u for u, _ in theirs}:
        if not {v for u, v in mine if u == unit} & {v for u, v in theirs if u == unit}:
            return True
    return False


def figures_apart(mine: list[float], theirs: list[float]) -> bool:
    """Whether two claims' figures say they are different claims: both state figures and
    neither's are all among the other's. "had 50.3 percent" and "had 50.4 percent" are two
    counts; "50.3 percent against 47.9 percent" and "50.3 percent" may be one claim said
    twice, the second saying less; "50.3 and 47.9" and "50.3 and 48.0" are not (one figure
    in common does not make two sets of figures one)."""
    if not mine or not theirs:
        return False
    a, b = set(mine), set(theirs)
    return not (a <= b or b <= a)


def disjoint(a: Value, b: Value) -> bool:
    """Whether two values of one frame cannot both hold."""
    return a[0] == b[0] and (a[2] < b[1] or b[2] < a[1])


def conflicts(mine: list[Value], theirs: list[Value]) -> list[tuple[Value, Value]]:
    """Pairs of values of the same frame that cannot both hold; none where the two claims also
    share a value of that frame (a claim giving both an old and a new figure)."""
    out = []
    for a in mine:
        for b in theirs:
            if disjoint(a, b) and not any(
                not disjoint(x, y) for x in mine for y in theirs if x[0] == y[0] == a[0]
            ):
                out.append((a, b))
    return out


def anchor(v: Value) -> float | None:
    """The figure a value states: N of "more than N", "up to N", "about N" or N; None for a vague
    range ("hundreds of")."""
    _, lo, hi = v
    if hi >= UNBOUNDED and lo >= 1 and lo - STRICT == int(lo):
        return lo - STRICT  # "more than 14": 14
    if lo == hi or hi >= UNBOUNDED:
        return lo
    if lo == 0:
        return hi + STRICT if hi >= STRICT and hi + STRICT == int(hi + STRICT) else hi
    if hi > 2 * lo:
        return None
    return round((lo / 0.85 + hi / 1.1) / 2, 6)


CLOSE = 0.1
"""Two figures within this share of the larger one state the same count (rounding, "about")."""


RIVAL = 5.0
"""Two figures more than this many times apart are not rival counts of one thing: an early
count and a later one ("at least 150" on the first morning, "over 2,000" that night), or
counts of different scopes. Said as a conflict, such a pair would mislead more often than not."""


def comparable(x: float, y: float) -> bool:
    """Whether two figures are close enough in size to be rival counts (:data:`RIVAL`)."""
    lo, hi = sorted((abs(x), abs(y)))
    return lo > 0 and hi <= RIVAL * lo


SMALL = 100
"""Below this, counts are exact: eleven miners and twelve are two counts, not one rounded."""


def close(x: float, y: float) -> bool:
    """Whether two figures state the same count: within :data:`CLOSE` of the larger (rounding,
    "about"), or equal when both are small."""
    if max(abs(x), abs(y)) < SMALL:
        return x == y
    return abs(x - y) <= CLOSE * max(abs(x), abs(y))


def differing(mine: list[Value], theirs: list[Value]) -> list[tuple[Value, Value]]:
    """Per frame both state, a pair of values whose figures differ (:func:`anchor`, more than
    :data:`CLOSE` apart), where the two state no figure of that frame in common: "more than 2,000
    dead" and "more than 2,300 dead" are two counts, not one count said twice. A claim that gives
    an old and a new figure shares the old one with the claim that gave it."""
    out = []
    for frame in sorted({v[0] for v in mine} & {v[0] for v in theirs}):
        xs = [(v, a) for v in mine if v[0] == frame and (a := anchor(v)) is not None]
        ys = [(v, a) for v in theirs if v[0] == frame and (a := anchor(v)) is not None]
        if xs and ys and not any(close(a, b) for _, a in xs for _, b in ys):
            out.append((xs[0][0], ys[0][0]))
    return out


def _unsure(frame: str) -> bool:
    """A counted thing that two outlets may name apart: people (the dead of one report, the
    injured of another), a unit of size ("51 m", "170 ft": one height converted), a word cut
    from a name ("76ers") or a word that names nothing ("11 things")."""
    return (
        base(frame) in _STATUS.values()
        or frame in PEOPLE
        or frame in _GENERIC
        or frame in _SIZES
        or len(frame) < 4
        or frame in _VAGUE_THINGS
    )


_VAGUE_THINGS = frozenset({"thing", "one", "item", "time", "way", "part"})


def counts_apart(mine: list[Value], theirs: list[Value]) -> bool:
    """Whether two claims count different things with different figures: both count, no
    thing is counted by both and no figure is given by both ("two of the four terminals
    restarted" and "nine ships were waiting"): two claims, however many words they share. "12
    ships" and "12 vessels" may be one claim, its noun chosen by each outlet. Not where either
    counts what outlets may name apart (:func:`_unsure`): one event's report gives its dead,
    another its injured, and both are reports of that event."""
    if not mine or not theirs or {v[0] for v in mine} & {v[0] for v in theirs}:
        return False
    if any(_unsure(v[0]) for v in (*mine, *theirs)):
        return False
    xs = {a for v in mine if (a := anchor(v)) is not None}
    ys = {a for v in theirs if (a := anchor(v)) is not None}
    return bool(xs and ys) and not any(close(a, b) for a in xs for b in ys)


def rivals(mine: list[Value], theirs: list[Value]) -> list[tuple[Value, Value]]:
    """The pairs of :func:`differing` whose figures are :func:`comparable`: rival counts of one
    thing, as a conflict needs them (two differing figures far apart stay two claims, but are
    no dispute). Not a ceiling and a figure within it (:func:`within`): "fees of up to 900
    crowns" and "paid 600 crowns" may both be true."""
    out = []
    for x, _ in differing(mine, theirs):
        pairs = [
            (v, w)
            for v in mine
            for w in theirs
            if v[0] == w[0] == x[0]
            and (a := anchor(v)) is not None
            and (b := anchor(w)) is not None
            and comparable(a, b)
            and not within(v, w)
            and not within(w, v)
        ]
        out += pairs[:1]
    return out


def within(ceiling: Value, v: Value) -> bool:
    """Whether ``ceiling`` is an upper bound alone ("up to 900", "at most 900": 0 … 900) and
    every figure ``v`` allows lies under it: no figure of the one rules the other out."""
    _, lo, hi = ceiling
    return lo == 0 and hi < UNBOUNDED and v[1] >= 0 and v[2] <= hi and v != ceiling


def figure(v: Value) -> str:
    """A value's figure in words: "2,000", "at least 2,000", "more than 2,000", "at most 10",
    "fewer than 10", "about 6,000", "200–1,000"."""
    _, lo, hi = v
    if lo == hi:
        return _fmt(lo)
    if hi >= UNBOUNDED:
        if lo >= 1 and lo - STRICT == int(lo):
            return f"more than {_fmt(lo - STRICT)}"  # "more than 14" (14.5 … ∞)
        return f"at least {_fmt(lo)}"
    if lo == 0:
        if hi >= STRICT and hi + STRICT == int(hi + STRICT):
            return f"fewer than {_fmt(hi + STRICT)}"  # "fewer than 6" (0 … 5.5)
        return f"at most {_fmt(hi)}"
    about = anchor(v)
    return f"about {_fmt(round(about))}" if about is not None else f"{_fmt(lo)}–{_fmt(hi)}"


def describe(v: Value) -> str:
    """A value in words with what it counts: "at least 2,000 dead", "3 dead (civilian)"."""
    return f"{figure(v)} {label(v[0])}"


def base(frame: str) -> str:
    """What a count measures, without the group it counts: ``dead`` of ``dead:civilian``."""
    return frame.partition(":")[0]


def label(frame: str) -> str:
    """A frame as a reader reads it: "dead (civilian)"."""
    what, _, group = frame.partition(":")
    return f"{what} ({group})" if group else what


def _fmt(x: float) -> str:
    return f"{int(x):,}" if x == int(x) else f"{x:,g}"


PROCESSED = frozenset({"counted", "tallied", "processed", "reporting", "declared", "verified"})
"""Participles that make a share the progress of a count ("with 88 percent of polling stations
counted", "97% of precincts reporting"): a running figure that later reports replace."""
_PROGRESS = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)\s+of\s+((?:[^\W\d_]+\s+){1,4}?)"
    r"(" + "|".join(sorted(PROCESSED)) + r")\b",
    re.IGNORECASE,
)


def progress(text: str) -> list[Value]:
    """The progress of a count a claim states: "with 88 percent of polling stations counted" is
    ``counted:station``, 88 to 88 (the participle and the counted whole, as a stem, without its
    article). Only a share whose counted whole (up to four content words after "of") is followed
    by one of :data:`PROCESSED`: "50.4 percent of the vote" is a share of a candidate, no
    progress; nor is "60 percent of voters said they counted on him" (a clause, not a whole)."""
    out: list[Value] = []
    for m in _PROGRESS.finditer(text):
        whole = m.group(2).lower().split()
        whole = whole[1:] if whole[0] in ("the", "all") else whole
        if not whole or any(w in STOP or _says(w) for w in whole):
            continue  # "60 percent of voters said they counted on him": a clause, no share
        noun = stem(whole[-1])
        n = float(m.group(1))
        out.append((f"{m.group(3).lower()}:{_SYNONYMS.get(noun, noun)}", n, n))
    return out


_NUMBER_WORD = re.compile(r"(?<![\w-])([a-z]+)(?![\w-])")


@lru_cache(maxsize=65536)
def stated(text: str) -> frozenset[float]:
    """Every number a claim's words state, in digits (:func:`figures`) or in words ("twelve",
    "fifty-seven", "six hundred"), whether or not it counts a noun of its own ("The total
    number who took part is twelve"). Not "one" (a pronoun as often as a number), an ordinal,
    a number inside a compound ("a five-day strike") nor a size or a span ("three hours").
    Two claims that both state numbers and neither all the other's say different things
    (:func:`numbers_apart`)."""
    out = set(figures(text))
    low = text.lower().replace("’", "'")
    if not any(w in low for w in _COUNT_WORDS):
        return frozenset(out)
    found = list(_NUMBER_WORD.finditer(low))
    i = 0
    while i < len(found):
        word = found[i].group(1)
        if word not in _COUNT_WORDS:
            i += 1
            continue
        n = float(_UNITS[word])
        j = i + 1
        if 20 <= n <= 90 and j < len(found) and 0 < _UNITS.get(found[j].group(1), 0) < 10:
            n += _UNITS[found[j].group(1)]  # "twenty one"
            j += 1
        while j < len(found) and found[j].group(1) in _SCALE:
            n *= _SCALE[found[j].group(1)]
            j += 1
        after = found[j].group(1) if j < len(found) else ""
        if _singular(after) not in _SIZES:
            out.add(n)
        i = j
    return frozenset(out)


_COUNT_WORDS = frozenset(_UNITS) - {"zero", "one", "dozen"}


def numbers_apart(mine: frozenset[float], theirs: frozenset[float]) -> bool:
    """Whether two claims' stated numbers (:func:`stated`) say they are different claims: both
    state some and neither's are all among the other's ("Eight barges were lost: five sank and
    three ran aground" and "The total lost is eleven")."""
    return bool(mine) and bool(theirs) and not (mine <= theirs or theirs <= mine)


_DETERMINERS = frozenset({"the", "this", "that", "a", "an"})


def _one_noun(frame: str) -> str:
    """A counted noun's stem as one of it ("crewmen": crewman)."""
    return frame[:-3] + "man" if frame.endswith("men") else frame


@lru_cache(maxsize=65536)
def one_of_many(text: str, other: str) -> bool:
    """Whether one of two claims counts many of a thing ("four of the seven crewmen were
    released") and the other speaks of one of it ("the crewman was released on Monday") and
    counts none: a count and one member of what it counts are not one proposition, and never
    corroborate each other. Either way round."""
    return _one_of(text, other) or _one_of(other, text)


def _one_of(text: str, other: str) -> bool:
    many = {
        _one_noun(v[0].rpartition(":")[2])
        for v in counts(text)
        if (a := anchor(v)) is not None and a > 1
    }
    many -= PEOPLE | _GENERIC  # "three people" / "the man": too loose a noun to tell
    if not many:
        return False
    theirs = {v[0].rpartition(":")[2] for v in counts(other)}
    ws = words(other)
    for k in range(min(1, len(ws) - 1)):  # the claim's subject: "the crewman was …"
        noun = ws[k + 1]
        if (
            ws[k] in _DETERMINERS
            and _singular(noun) == noun
            and _one_noun(stem(noun)) in many
            and stem(noun) not in theirs
            and not (k + 2 < len(ws) and ws[k + 2] in ("of", "'s"))
        ):
            return True
    return False


def a_state(frame: str) -> bool:
    """Whether a frame names what befell the things it counts (``data/statuses.tsv``: dead,
    missing, rescued …), a measure of its own whatever verb a claim tells it with."""
    return base(frame) in _STATUS.values() or base(frame) in _DEAD | _INJURED


def own_count(text: str, frame: str) -> bool:
    """Whether a text counts ``frame`` in its own words (:func:`counts` with no count before
    it), not only as "the number", "the figure" that answers a count given before it, or
    whose thing is read from words around it that name something else ("The Consumers'
    Association put the number at 500,000": no count of consumers). A state told as a count
    ("put the toll at 45": the dead) is its own thing, and so is an amount in its unit
    ("raised its estimate to 90 tonnes")."""
    if a_state(frame) or quantity(frame):
        return any(v[0] == frame for v in counts(text))
    ws = words(text)
    return any(v[0] == frame and not _refers_back(ws, i) for i, v, _ in _counted(text))


_DEFINITE = frozenset({"the", "those", "these"})
"""Determiners right before a number that make its noun phrase point at a set already known ("the
seven people who died", "the families of the 12 victims"): a reference, no report of a count."""


def named_before(text: str, frame: str) -> bool:
    """Whether every count of ``frame`` in a text stands in a definite noun phrase
    (:data:`_DEFINITE` right before its number: "relatives of the seven people who died"), which
    refers back to a count reported before it, and there is at least one: no new report of it."""
    ws = words(text)
    found = [i for i, v, _ in _counted(text) if v[0] == frame]
    return bool(found) and all(i and ws[i - 1] in _DEFINITE for i in found)


def states_told(text: str) -> frozenset[str]:
    """The states a text names (``data/statuses.tsv``, its one-word phrases read anywhere:
    "dead", "died", "missing", "injured"), counted or not: "people who came here to rest are
    dead" names the dead, with no count of them."""
    return frozenset(_STATUS[w] for w in words(text) if w in _STATUS)


def count_against_none(
    mine: list[Value], my_text: str, theirs: list[Value], texts: list[str]
) -> bool:
    """Whether one of two claims counts a state ("six people had died": the dead) and the other
    names that state with no count at all ("people who came here to rest are dead"): never one
    claim, which would credit the count to words that give none and let each corroborate the
    other. A count of what the other names only as a state no one counts is no such pair where
    the other gives any count of its own (then :func:`counts_apart` and the figures decide)."""

    def counted(values: list[Value]) -> frozenset[str]:
        return frozenset(base(v[0]) for v in values if a_state(v[0]))

    if mine and not theirs:
        told = frozenset().union(*(states_told(t) for t in texts)) if texts else frozenset()
        return bool(counted(mine) & told)
    if theirs and not mine:
        return bool(counted(theirs) & states_told(my_text))
    return False
