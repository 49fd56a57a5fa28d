"""Statements come only from body text: a dossier's claims never lie in a title, a subheading,
a caption, a credit, a dateline or other page furniture, and the briefing's filter agrees."""

from __future__ import annotations

from pathlib import Path

import pytest

from whatweknow import extract
from whatweknow.briefing.cite import claim_bearing
from whatweknow.model import CLAIM_BEARING, Dossier

pytestmark = pytest.mark.model

PAGE = """\
Ferry operator suspends crossings after storm

LISBON, May 3 (Reuters) - The ferry operator suspended all crossings on Friday after a storm \
damaged two of its vessels, the company said.

FILE PHOTO: A ferry waits at the quay during an earlier storm in the port.

Getty Images

Advertisement

Engineers will inspect the hulls over the weekend, a spokesperson said.

Read more: How the storm hit the coast

Damage worse than feared

EMSA stands for European Maritime Safety Agency.

The operator expects to resume a reduced timetable on Tuesday.

The operator posted an update online. pic.twitter.com/abc123 — Ferry Desk (@ferrydesk) May 3, 2024

© 2024 Coast Media. All rights reserved.

https://example.org/ferries

Comments (2)

The operator lied about the hulls for years.
"""
BODY = (
    "The ferry operator suspended all crossings on Friday",
    "Engineers will inspect the hulls over the weekend",
    "The operator expects to resume a reduced timetable on Tuesday.",
)


@pytest.fixture(scope="module")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> Dossier:
    path: Path = tmp_path_factory.mktemp("page") / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    (d,) = extract(path)
    return d


def test_claims_come_only_from_body_text(dossier: Dossier) -> None:
    blocks = dossier.article.blocks
    assert {"caption", "credit", "promo", "subheading", "glossary", "social"} <= {
        b.kind for b in blocks
    }
    assert {"boilerplate", "url", "comment", "dateline", "title"} <= {b.kind for b in blocks}
    for claim in dossier.claims:
        (block,) = [b for b in blocks if b.start <= claim.start < b.end]
        assert block.kind in CLAIM_BEARING, (block.kind, claim.text)
        assert claim.end <= block.end
    texts = " | ".join(c.text for c in dossier.claims)
    for sentence in BODY:
        assert sentence in texts  # body sentences are still claims
    for furniture in ("LISBON", "FILE PHOTO", "Getty", "stands for", "lied", "Read more"):
        assert furniture not in texts


def test_the_dateline_is_the_articles_not_the_claims(dossier: Dossier) -> None:
    assert dossier.article.dateline == "LISBON"
    first = min(dossier.claims, key=lambda c: c.start)
    assert first.text.startswith("The ferry operator suspended")


def test_the_briefing_filter_agrees_with_the_layout(dossier: Dossier) -> None:
    text = dossier.article.text
    assert not claim_bearing(dossier, 0)  # the title
    for line in ("FILE PHOTO", "Getty Images", "Damage worse", "EMSA", "© 2024", "The operator l"):
        assert not claim_bearing(dossier, text.index(line)), line
    for sentence in BODY:
        assert claim_bearing(dossier, text.index(sentence)), sentence


def test_a_paragraph_cut_off_by_trimming_keeps_its_whole_sentences(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_text(
        "Floods hit the coast\n\nThe river broke its banks on Sunday night, officials said.\n\n"
        "According to the town's mayor, more than 300 homes were flooded in the lower town. "
        "His team which has reportedly\n",
        encoding="utf-8",
    )
    (d,) = extract(path)
    text = d.article.text
    assert claim_bearing(d, text.index("more than 300 homes"))
    assert not claim_bearing(d, text.index("His team which"))
