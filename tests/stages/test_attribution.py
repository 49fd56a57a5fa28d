"""Attribution and claims, one construction per test, on text the tests write."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.model import Actor, Claim, Dossier, Quote
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser()


def run(analyser: Analyser, text: str) -> Dossier:
    article = build_article(text, parse_layout(text), fmt="text", published=date(2024, 6, 3))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    d = item[1]
    for rec in [*d.quotes, *d.claims]:
        assert text[rec.start : rec.end] == rec.text
    return d


def body(analyser: Analyser, paragraphs: str) -> Dossier:
    return run(analyser, f"Talks in the news\n\n{paragraphs}\n")


def quote_with(d: Dossier, fragment: str) -> Quote:
    found = [q for q in d.quotes if fragment in q.text]
    assert found, (fragment, [q.text for q in d.quotes])
    return found[0]


def claim_with(d: Dossier, fragment: str) -> Claim:
    found = [c for c in d.claims if fragment in c.text]
    assert found, (fragment, [c.text for c in d.claims])
    return found[0]


def actor(d: Dossier, actor_id: str | None) -> Actor:
    assert actor_id is not None
    return next(a for a in d.actors if a.id == actor_id)


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We are ready to talk," said Grace Okafor.',
        "“We are ready to talk,” Grace Okafor said.",
        "Grace Okafor said: “We are ready to talk.”",
    ],
)
def test_direct_quotes_curly_and_straight_with_their_speaker(
    analyser: Analyser, paragraph: str
) -> None:
    d = body(analyser, paragraph)
    q = quote_with(d, "We are ready to talk")
    assert q.kind == "direct"
    assert actor(d, q.speaker).name == "Grace Okafor"
    assert q.cue == "said"


def test_a_split_quote_is_one_quote(analyser: Analyser) -> None:
    d = body(
        analyser,
        "“The first part is true,” he said, “but the second is not.” Lena Brandt spoke later.",
    )
    q = quote_with(d, "The first part is true")
    assert q.text.endswith("but the second is not.")


def test_a_quote_running_over_paragraphs_keeps_its_speaker(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Grace Okafor said: “The talks will start on Monday. We have prepared for weeks.\n\n"
        "“Nobody should expect a deal in one round.”",
    )
    q = quote_with(d, "The talks will start")
    assert "Nobody should expect" in q.text
    assert actor(d, q.speaker).name == "Grace Okafor"


def test_a_quote_paragraph_after_an_attributed_quote_keeps_the_speaker(
    analyser: Analyser,
) -> None:
    d = body(analyser, "“It is a start,” Grace Okafor said.\n\n“We will see more next week.”")
    q = quote_with(d, "We will see more")
    assert actor(d, q.speaker).name == "Grace Okafor"


@pytest.mark.parametrize(
    ("paragraph", "speaker", "fragment", "modality"),
    [
        (
            "Grace Okafor said that the ships had left the port.",
            "Grace Okafor",
            "the ships had left",
            "reported",
        ),
        (
            "The ships had left the port, Grace Okafor said.",
            "Grace Okafor",
            "The ships had left",
            "reported",
        ),
        (
            "According to Grace Okafor, the ships had left the port.",
            "Grace Okafor",
            "the ships had left",
            "reported",
        ),
        (
            "Grace Okafor insisted that the ships had left the port.",
            "Grace Okafor",
            "the ships had left",
            "asserted",
        ),
        (
            "Grace Okafor has alleged Iran is supplying the drones.",
            "Grace Okafor",
            "Iran is supplying",
            "alleged",
        ),
        (
            "Grace Okafor denied that the ships had left the port.",
            "Grace Okafor",
            "the ships had left",
            "denied",
        ),
        (
            "Grace Okafor warned that the ships may leave the port.",
            "Grace Okafor",
            "the ships may leave",
            "speculated",
        ),
        (
            "Grace Okafor said the minister will visit Tokyo.",
            "Grace Okafor",
            "the minister will visit",
            "expected",
        ),
    ],
)
def test_reported_speech_and_its_modality(
    analyser: Analyser, paragraph: str, speaker: str, fragment: str, modality: str
) -> None:
    d = body(analyser, paragraph)
    c = claim_with(d, fragment)
    assert actor(d, c.source).name == speaker
    assert c.modality == modality
    assert "Grace Okafor" not in c.text and "according" not in c.text.lower()


def test_nested_attribution_keeps_the_intermediary(analyser: Analyser) -> None:
    d = body(analyser, "Grace Okafor told Reuters that diplomats say the talks will fail.")
    c = claim_with(d, "the talks will fail")
    assert actor(d, c.source).name == "diplomats"
    assert [actor(d, v).name for v in c.via] == ["Grace Okafor"]


def test_pronouns_resolve_to_the_last_person(analyser: Analyser) -> None:
    d = body(analyser, "Grace Okafor arrived on Monday. She said the delegation was ready.")
    c = claim_with(d, "the delegation was ready")
    assert actor(d, c.source).name == "Grace Okafor"


def test_collective_sources_speak(analyser: Analyser) -> None:
    d = body(analyser, "Japanese media reported that the ship had turned back.")
    c = claim_with(d, "the ship had turned back")
    src = actor(d, c.source)
    assert (src.name, src.type, src.country) == ("Japanese media", "group", "JPN")


def test_noun_cues_give_speculated_claims(analyser: Analyser) -> None:
    d = body(analyser, "Speculation has mounted that the summit will move to Geneva.")
    c = claim_with(d, "the summit will move to Geneva")
    assert c.modality == "speculated" and c.source is None


def test_a_partial_quote_is_marked_partial(analyser: Analyser) -> None:
    d = body(analyser, "Grace Okafor said the drills were “a carefully staged warning” to Tokyo.")
    q = quote_with(d, "the drills were")
    assert q.kind == "partial"
    assert actor(d, q.speaker).name == "Grace Okafor"


def test_the_outlets_narration_is_asserted_hedged_narration_speculated_headlines_no_claim(
    analyser: Analyser,
) -> None:
    d = run(
        analyser,
        "Geneva may host the talks\n\nThe ministers met for three hours on Monday.\n\n"
        "Geneva may host the next round.\n",
    )
    assert not [c for c in d.claims if c.start == 0]  # a headline states nothing of its own
    hedged = claim_with(d, "Geneva may host the next round")
    assert hedged.modality == "speculated" and hedged.hedges == ["may"] and hedged.source is None
    narration = claim_with(d, "The ministers met")
    assert narration.modality == "asserted" and narration.source is None


def test_negation_is_recorded(analyser: Analyser) -> None:
    d = body(analyser, "The ministers did not sign the agreement on Monday.")
    assert claim_with(d, "did not sign").negated


def test_a_denial_is_paired_with_what_it_denies(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Tehran and Moscow discussed a uranium deal last month, diplomats said.\n\n"
        "The Kremlin denied plans for a uranium deal.",
    )
    denied = claim_with(d, "plans for a uranium deal")
    assert denied.modality == "denied"
    talks = claim_with(d, "discussed a uranium deal")
    (pair,) = [x for x in d.contradictions if x.b == denied.id]
    assert pair.a == talks.id and pair.kind == "denial" and "uranium" in (pair.about or "")


@pytest.mark.parametrize(
    "paragraphs",
    [
        "He said “this is “nested” and odd. Then “another one.",
        "“" * 7 + " stray marks " + "”" * 3,
        "A quote that never closes: “and runs on for a while. It has two sentences.\n\n"
        "The next paragraph is plain.",
        "- item one\n- item two “quoted item”\n- item three",
    ],
)
def test_odd_quotation_marks_never_crash_or_swallow_the_article(
    analyser: Analyser, paragraphs: str
) -> None:
    d = body(analyser, paragraphs)
    for q in d.quotes:
        assert "\n\n" not in q.text
        assert q.speaker is None or any(a.id == q.speaker for a in d.actors)


def test_a_quote_with_no_speaker_anywhere_has_none(analyser: Analyser) -> None:
    d = body(analyser, "“Nobody knows what the ship was carrying,” read a sign at the port.")
    q = quote_with(d, "Nobody knows")
    assert q.speaker is None or actor(d, q.speaker).type == "group"
