"""The readable outputs: ``wwk extract -f md`` as a whole dossier, and ``wwk search`` hits with
their date, outlet and a snippet of the body. Records built from the models (no spaCy)."""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from whatweknow.cli.main import cli
from whatweknow.cli.output import markdown
from whatweknow.model import (
    Actor,
    Article,
    Claim,
    Contradiction,
    Dossier,
    Event,
    Mention,
    PipelineInfo,
    Quote,
    Timex,
    article_id,
)
from whatweknow.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from web.corpus import build_store

TEXT = (
    "Bridge closed after barge strike\n\n"
    "The river authority closed the Elm Street bridge on Friday after a barge hit a pier, "
    "its director Nora Pike said. The barge company denied that its pilot was drunk. "
    "Police said the pilot was drunk.\n"
)


def _at(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def dossier() -> Dossier:
    def mention(words: str) -> Mention:
        s, e = _at(words)
        return Mention(start=s, end=e, text=words)

    actors = [
        Actor(id="a1", name="Nora Pike", type="person", mentions=[mention("Nora Pike")]),
        Actor(id="a2", name="river authority", type="organisation", mentions=[mention("river")]),
        Actor(id="a3", name="barge company", type="organisation", mentions=[mention("barge c")]),
        Actor(id="a4", name="Police", type="organisation", mentions=[mention("Police")]),
    ]
    closed = _at(
        "The river authority closed the Elm Street bridge on Friday after a barge hit a pier"
    )
    drunk = _at("its pilot was drunk")
    police = _at("the pilot was drunk.")
    claims = [
        Claim(id="c1", start=closed[0], end=closed[1], text=TEXT[slice(*closed)], source="a1",
              modality="reported", quote="q1"),
        Claim(id="c2", start=drunk[0], end=drunk[1], text=TEXT[slice(*drunk)], source="a3",
              modality="denied"),
        Claim(id="c3", start=police[0], end=police[1] - 1, text=TEXT[police[0] : police[1] - 1],
              source=None, source_text="Police", modality="reported", hedges=["said"]),
    ]  # fmt: skip
    quote = Quote(
        id="q1",
        kind="indirect",
        start=closed[0],
        end=closed[1],
        speaker="a1",
        speaker_text="its director Nora Pike",
        cue="said",
        text=TEXT[slice(*closed)],
    )
    hit = _at("hit")
    friday = _at("Friday")
    return Dossier(
        article=Article(
            id=article_id(TEXT),
            text=TEXT,
            title="Bridge closed after barge strike",
            published=date(2024, 3, 8),
            outlet="Riverside Courier",
        ),
        actors=actors,
        quotes=[quote],
        claims=claims,
        events=[
            Event(
                id="e1",
                type="ASSAULT",
                start=hit[0],
                end=hit[1],
                actor=["a3"],
                target=["a2"],
                time="2024-03-08",
                modality="reported",
                trigger="hit",
                claim="c1",
            )
        ],
        timexes=[
            Timex(start=friday[0], end=friday[1], text="Friday", type="DATE", value="2024-03-08")
        ],
        contradictions=[Contradiction(a="c2", b="c3", kind="denial")],
        pipeline=PipelineInfo(version="test", model="none"),
    )


def test_the_markdown_dossier_has_every_section_with_sources_and_offsets() -> None:
    md = markdown(dossier())
    heads = [line for line in md.splitlines() if line.startswith("#")]
    assert heads == [
        "# Bridge closed after barge strike",
        "## Extracted",
        "## Claims",
        "### Reported (2)",
        "### Denied (1)",
        "## Quotes",
        "## Contradictions",
        "## Events",
        "## Times",
        "## Actors",
    ]
    lines = md.splitlines()
    assert any(
        line.startswith("- The river authority closed") and "*according to Nora Pike*" in line
        for line in lines
    )
    assert any("*according to Police* (hedged: said)" in line for line in lines)
    assert any(line.startswith("- **Nora Pike** (indirect, said): “The river") for line in lines)
    assert any("**ASSAULT**: barge company → river authority, 2024-03-08" in line for line in lines)
    assert "- Friday: DATE 2024-03-08" in md
    assert "“its pilot was drunk” [" in md and "denies" in md
    for start, end in re.findall(r"\[(\d+):(\d+)\]", md):  # every offset is in the text
        assert 0 <= int(start) < int(end) <= len(TEXT)


def test_markdown_keeps_each_item_on_one_line() -> None:
    d = dossier()
    d.claims[0].text = "closed\nthe\x1b[31m bridge"
    md = markdown(d)
    line = next(line for line in md.splitlines() if line.startswith("- closed"))
    assert line.startswith("- closed the\\x1b[31m bridge —")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("readable") / "news.db"
    build_store(path, with_hostile=False)
    return str(path)


def test_search_hits_give_date_outlet_and_a_snippet_of_the_body(db: str) -> None:
    result = CliRunner().invoke(cli, ["search", "ferry", "--db", db, "-f", "json"])
    assert result.exit_code == 0
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert hits
    with open_store(db) as store:
        for hit in hits:
            stored = store.get_dossier(hit["id"])
            assert stored is not None
            article = stored.article
            assert hit["published"] == (
                article.published.isoformat() if article.published else None
            )
            assert hit["outlet"] == article.outlet
            assert article.title and not hit["snippet"].strip().startswith(article.title)
            assert hit["snippet"].strip(" …") in article.text
    table = CliRunner().invoke(cli, ["search", "ferry", "--db", db]).stdout
    first = hits[0]
    assert (
        f"{first['published'] or 'date unknown'} · {first['outlet'] or 'outlet unknown'}" in table
    )
