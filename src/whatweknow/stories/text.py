"""Words of a text as the story logic compares them, without a language model.

Stories are built over the store from stored dossiers, so they cannot rely on spaCy: words are
lowercased, stripped of punctuation, and reduced by a light suffix stemmer (``ships`` → ``ship``,
``reported`` → ``report``) with a table of common irregular verbs (``flew`` → ``fly``). Content
words leave out stop words, reporting verbs and numbers.
"""

from __future__ import annotations

import re
from functools import lru_cache


def _split(words: str) -> list[str]:
    return words.split()


WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)

STOP = frozenset(
    _split(
        """
        a about above after again against all also am an and any are aren't as at be because
        been before being below between both but by can could did do does doing down during each
        few for from further had has have having he her here hers herself him himself his how i
        if in into is it it's its itself just me more most my myself no nor not now of off on
        once only or other our ours ourselves out over own same she should so some such than
        that the their theirs them themselves then there these they this those through to too
        under until up very was we were what when where which while who whom why will with would
        you your yours yourself yourselves may might must shall us via per yet still already
        however since ago also mr mrs ms dr one two three four five six seven eight nine ten
        eleven twelve first second third last next new year years month months week weeks day
        days time times monday tuesday wednesday thursday friday saturday sunday today yesterday
        tomorrow according many much several including
        """
    )
)
"""Function words, and words that say when rather than what."""

REPORTING = frozenset(
    _split(
        """
        say said says saying tell told tells telling report reported reports reporting add added
        adds state stated statement statements announce announced note noted claim claimed
        claims confirm confirmed deny denied denies reject rejected rejects dismiss dismissed
        insist insisted accuse accused allege alleged alleges quote quoted cite cited citing
        spokesman spokeswoman spokesperson official officials source sources news agency reuters
        ap afp
        """
    )
)
"""Words of the attribution frame: who said it, not what was said."""

IRREGULAR = {
    "flew": "fly",
    "flown": "fly",
    "met": "meet",
    "held": "hold",
    "went": "go",
    "gone": "go",
    "left": "leave",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "made": "make",
    "came": "come",
    "saw": "see",
    "seen": "see",
    "began": "begin",
    "begun": "begin",
    "found": "find",
    "fell": "fall",
    "fallen": "fall",
    "struck": "strike",
    "hit": "hit",
    "shot": "shoot",
    "fought": "fight",
    "sent": "send",
    "spoke": "speak",
    "spoken": "speak",
    "brought": "bring",
    "caught": "catch",
    "sold": "sell",
    "bought": "buy",
    "won": "win",
    "lost": "lose",
    "led": "lead",
    "ran": "run",
    "sank": "sink",
    "sunk": "sink",
    "killed": "kill",
    "died": "die",
    "dead": "die",
    "deaths": "die",
    "death": "die",
    "injuries": "injur",
    "injured": "injur",
    "injury": "injur",
    "wounded": "injur",
    "hurt": "injur",
    "rammed": "ram",
    "men": "man",
    "women": "woman",
    "people": "person",
    "children": "child",
}

_SUFFIXES = (
    ("ies", "y"),
    ("ied", "y"),
    ("ing", ""),
    ("ed", ""),
    ("es", ""),
    ("s", ""),
)
_DOUBLED = frozenset("bdgmnprt")
_NO_STEM = frozenset({"news", "series", "species", "us", "gas", "bus", "crisis", "press"})


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem of a lowercased word: plural and verb endings off, doubled consonants
    undone (``rammed`` → ``ram``); irregular forms from :data:`IRREGULAR`."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word in _NO_STEM or len(word) <= 3 or word.endswith("ss"):
        return word
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)] + repl
            if suffix in ("ing", "ed") and base[-1] in _DOUBLED and base[-1] == base[-2]:
                base = base[:-1]  # stopped -> stop, planning -> plan
            if suffix == "es" and not base.endswith(("sh", "ch", "x", "z", "ss")):
                base = word[:-1]  # cases -> case, but crashes -> crash
            return base
    return word


def words(text: str) -> list[str]:
    """The words of ``text``, lowercased, curly apostrophes made straight."""
    straight = text.replace("’", "'")
    if straight.isascii():  # lowercasing first cannot change what matches
        return WORD.findall(straight.lower())
    return [w.lower() for w in WORD.findall(straight)]


def is_number(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def content_terms(text: str, ws: list[str] | None = None) -> list[str]:
    """Stems of the content words of ``text``, in order, with repeats: no stop words, no
    reporting verbs, no numbers, no possessive ``'s``, nothing shorter than three letters.
    ``ws``: the text's :func:`words`, when the caller has them."""
    return [t for t in map(_TERMS.__getitem__, words(text) if ws is None else ws) if t]


def _term(word: str) -> str:
    """The stem of a lowercased word if it is a content word, else ``""``."""
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) < 3 or word in STOP or word in REPORTING or is_number(word):
        return ""
    return stem(word)


class _Terms(dict[str, str]):
    """:func:`_term` of each word looked up, kept (a plain dict's lookup: this runs for every
    word of every article and claim); emptied when it holds :data:`MAX_TERMS` words."""

    def __missing__(self, word: str) -> str:
        if len(self) >= MAX_TERMS:
            self.clear()
        found = self[word] = _term(word)
        return found


MAX_TERMS = 262_144
_TERMS = _Terms()
