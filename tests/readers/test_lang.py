"""Language detection refuses a text only when it is sure (written for this test)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from reader_helpers import code, docs_of, problems_of

from whatweknow.readers import ReadOptions, read_path
from whatweknow.readers.lang import guess_language

Write = Callable[[str, str | bytes], Path]

ONE_LINERS = [
    "Ministers meet in Abuja to discuss fuel subsidy removal.",
    "Lagos traders protest new levy at Balogun market on Monday.",
    "Ghana police disperse protesters in Accra; dozens detained.",
    "Oil workers in Port Harcourt begin strike over unpaid wages.",
    "Army says it killed 20 insurgents in Borno state raid.",
    "Governor declares curfew in Jos after deadly clashes.",
]
GERMAN = (
    "Die Landesregierung hat am Dienstag beschlossen, die Fähre zwischen den beiden Inseln "
    "wieder täglich fahren zu lassen. Nach Angaben eines Sprechers sollen die ersten Fahrten "
    "schon in der kommenden Woche beginnen.\n\n"
    "Die Gemeinden hatten seit Monaten über lange Wartezeiten geklagt. Viele Pendler mussten "
    "bisher einen Umweg über das Festland nehmen, der mehr als zwei Stunden dauerte."
)
ENGLISH = (
    "The regional government decided on Tuesday to run the ferry between the two islands "
    "every day again, a spokesman said, adding that the first crossings would start next week."
)


@pytest.mark.parametrize("line", ONE_LINERS)
def test_one_sentence_english_items_are_read(line: str, write: Write) -> None:
    assert not guess_language(line).not_english
    (doc,) = docs_of(read_path(write("item.txt", line + "\n"), ReadOptions()))
    assert doc.article.lang is not None  # the guess is recorded, right or wrong


def test_a_feed_of_one_line_items_loses_none(write: Write) -> None:
    lines = "\n".join(json.dumps({"title": "Brief", "text": line}) for line in ONE_LINERS)
    results = list(read_path(write("items.jsonl", lines), ReadOptions()))
    assert not problems_of(results) and len(docs_of(results)) == len(ONE_LINERS)


def test_a_long_text_in_another_language_is_still_refused(write: Write) -> None:
    guess = guess_language(GERMAN)
    assert guess.lang == "de" and guess.sure and guess.not_english
    (problem,) = problems_of(read_path(write("faehre.txt", GERMAN), ReadOptions()))
    assert code(problem) == "W006" and "'de'" in problem.problem


def test_a_mixed_text_is_read_with_its_guess(write: Write) -> None:
    mixed = ENGLISH + "\n\n" + GERMAN
    guess = guess_language(mixed)
    assert not guess.not_english
    (doc,) = docs_of(read_path(write("mixed.txt", mixed), ReadOptions()))
    assert doc.article.lang == guess.lang


def test_too_little_text_has_no_guess() -> None:
    guess = guess_language("Bonjour à tous")
    assert guess.lang is None and not guess.sure
