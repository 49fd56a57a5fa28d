"""Words of time: months, weekdays, numbers, units, seasons and parts of the day."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7,
}  # fmt: skip
"""ISO weekday numbers (Monday is 1), as in TIMEX3 values like ``XXXX-WXX-1``."""

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}  # fmt: skip
SEASON_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
"""The month a season starts in (a winter belongs to the year of its December)."""

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "overnight": "NI",
}  # fmt: skip
CLOCK_WORDS: dict[str, str] = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}

ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000}
ARTICLES: dict[str, int] = {"a": 1, "an": 1, "one": 1, "a couple of": 2, "a dozen": 12}
VAGUE: frozenset[str] = frozenset(
    {"few", "a few", "several", "many", "some", "numerous", "a number of", "dozens of",
     "hundreds of", "thousands of", "countless", "couple of", "a couple of", "the", "a", "an"}
)  # fmt: skip
"""Quantities that leave a duration unspecified: "several years" is ``PXY``."""

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "1st": 1, "2nd": 2, "3rd": 3,
    "4th": 4, "final": 4, "last": 4,
}  # fmt: skip

UNITS: dict[str, str] = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "FN", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "DE", "century": "CE", "centurie": "CE", "millennium": "ML", "millennia": "ML",
}  # fmt: skip
"""Unit words (singular, or the stem of an irregular plural) to unit codes."""

DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip


def unit_of(word: str) -> str | None:
    """The unit code of a unit word in any number: "years" → ``Y``, "centuries" → ``CE``."""
    w = word.lower().rstrip(".")
    for cand in (w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("ies") else w):
        if cand in UNITS:
            return UNITS[cand]
    if w.endswith("ies") and w[:-3] + "y" in UNITS:
        return UNITS[w[:-3] + "y"]
    return None


def number_of(words: str) -> int | float | None:
    """A number written in digits or words ("18", "1.5", "twenty-four", "a") or None if vague."""
    w = " ".join(words.lower().replace(",", "").split())
    if not w or (w in VAGUE and w not in ARTICLES):
        return None
    if w in ARTICLES:
        return ARTICLES[w]
    if w.endswith("1/2"):
        whole = number_of(w[:-3].strip(" -") or "0")
        return whole + 0.5 if whole is not None else None
    if w.startswith(("a ", "an ")):
        w = "one " + w.split(" ", 1)[1]
    if w in ARTICLES:
        return ARTICLES[w]
    try:
        f = float(w)
    except ValueError:
        pass
    else:
        return int(f) if f.is_integer() else f
    total = 0
    current = 0
    for part in w.replace("-", " ").split():
        if part == "and":
            continue
        if part in ONES:
            current += ONES[part]
        elif part in TENS:
            current += TENS[part]
        elif part in SCALES:
            current = max(current, 1) * SCALES[part]
            if SCALES[part] >= 1000:
                total += current
                current = 0
        else:
            return None
    return total + current
