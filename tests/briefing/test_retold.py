"""A speaker's words retold by other outlets are that speaker's, once: "the minister's statement
that …", "criticised for saying …" add no source, and words another outlet questions are not
established; a speaker named in full and by surname is one voice (texts written for these
tests)."""

from __future__ import annotations

from datetime import date

from whatweknow.briefing.cite import Voice
from whatweknow.briefing.claims import CLAIMED, ESTABLISHED, _plain, place
from whatweknow.briefing.model import Citation
from whatweknow.briefing.statements import Said, Statement, retold

DAY = date(2025, 6, 2)
WORDS = "the Orvan pass had been cleared"


def said(outlet: str, voice: Voice, words: str, told: str | None = None) -> Said:
    cite = Citation(article=outlet[:6], start=0, end=len(words), outlet=outlet, text=words)
    return Said(cite, "reported", voice, seen=DAY, retold=told)


def statement(*reports: Said) -> Statement:
    return Statement("c1", WORDS, list(reports), len(reports), None, (DAY, 0, 1))


def test_words_told_as_what_someone_said() -> None:
    def at(text: str) -> str | None:
        return retold(text, text.index(WORDS))

    assert at(f"Officials said Minister Abo Rell's statement that {WORDS} rested on one report.")
    assert at(f"Rell repeated the assertion that {WORDS}.") == "retold"
    assert at(f"Rell was criticised for saying {WORDS}.") == "contest"
    assert at(f"Rell has faced criticism from the guild for saying that {WORDS}.") == "contest"
    assert at(f"Lawmakers questioned the minister's claim that {WORDS}.") == "contest"
    assert at(f"Minister Abo Rell said {WORDS}.") is None
    assert at(f"The guards claim that {WORDS}.") is None  # a verb, the guards' own words
    assert at(f"He was criticised. Engineers said {WORDS}.") is None  # another sentence


def test_a_retelling_adds_no_source() -> None:
    rell = said("Tolvan Wire", Voice("Abo Rell", "source"), WORDS)
    officials = said("Brenna Gazette", Voice("Brenna officials", "source"), WORDS, "retold")
    assert place(statement(rell, officials), DAY) == CLAIMED
    assert "independent" not in _plain(statement(rell, officials)).text
    plain = said("Brenna Gazette", Voice("Brenna officials", "source"), WORDS)
    assert place(statement(rell, plain), DAY) == ESTABLISHED


def test_words_another_outlet_questions_are_not_established() -> None:
    rell = said("Tolvan Wire", Voice("Abo Rell", "source"), WORDS)
    guide = said("Brenna Gazette", Voice("Ida Morn", "source"), WORDS)
    critic = said("Keld Courier", Voice("Keld Courier", "outlet"), WORDS, "contest")
    assert place(statement(rell, guide), DAY) == ESTABLISHED
    assert place(statement(rell, guide, critic), DAY) == CLAIMED


def test_a_speaker_by_full_name_and_by_surname_is_one_voice() -> None:
    full = said("Tolvan Wire", Voice("Abo Rell", "source"), WORDS)
    short = said("Brenna Gazette", Voice("Rell", "source"), WORDS)
    assert place(statement(full, short), DAY) == CLAIMED
    assert "independent" not in _plain(statement(full, short)).text
    other = said("Brenna Gazette", Voice("Ida Morn", "source"), WORDS)
    assert place(statement(full, other), DAY) == ESTABLISHED
