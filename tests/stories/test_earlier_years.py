"""A figure told with an earlier year of its own measures another event: it is never the
story's figure, so it neither conflicts with nor updates it (texts written for these tests)."""

from __future__ import annotations

from datetime import date

from whatweknow.contract import Article, Claim, Dossier, PipelineInfo, Timex, article_id
from whatweknow.stories.claims import sketch_claims
from whatweknow.stories.contradictions import _same_time
from whatweknow.story_contract import StoryClaim, Values

TEXT = (
    "Harbour board pays ransom\n\n"
    "The harbour board paid 3 million marks on Friday to free the crew, officials said.\n\n"
    "In 2018 an inquiry found that 900,000 marks had been paid to free two ferrymen.\n\n"
    "Since 2018 the board has paid 40 guards to watch the quay, the mayor said.\n"
)


def _dossier() -> Dossier:
    claims = []
    for n, words in enumerate(
        [
            "The harbour board paid 3 million marks on Friday to free the crew",
            "900,000 marks had been paid to free two ferrymen",
            "the board has paid 40 guards to watch the quay",
        ],
        1,
    ):
        start = TEXT.index(words)
        claims.append(
            Claim(id=f"c{n}", text=words, start=start, end=start + len(words), modality="reported")
        )
    timexes = []
    for words, value in [("Friday", "2026-05-08"), ("2018", "2018")]:
        for at in (i for i in range(len(TEXT)) if TEXT.startswith(words, i)):
            timexes.append(
                Timex(start=at, end=at + len(words), text=words, type="DATE", value=value)
            )
    article = Article(
        id=article_id(TEXT),
        text=TEXT,
        title="Harbour board pays ransom",
        outlet="Tide Gazette",
        published=date(2026, 5, 9),
    )
    return Dossier(
        pipeline=PipelineInfo(version="0.1.0", model="test"),
        article=article,
        claims=claims,
        timexes=timexes,
    )


def test_a_figure_dated_by_an_earlier_year_is_no_figure_of_the_story() -> None:
    numbers = {s.claim.id: s.values.numbers for s in sketch_claims(_dossier())}
    assert numbers["c1"]  # the story's own payment keeps its figure
    assert numbers["c2"] == []  # "In 2018 an inquiry found that …": another payment
    assert numbers["c3"]  # "since 2018" runs up to now: no other time


def test_a_claim_told_of_an_earlier_year_is_of_another_time() -> None:
    """Its year stands among its dates: a denial that gives no year ("no ransom has been
    paid") is no denial of it."""
    sketches = {s.claim.id: s for s in sketch_claims(_dossier())}
    assert sketches["c2"].values.dates == ["2018"]
    told = StoryClaim(id="s1", text="x", values=Values(dates=["2018"]))
    plain = StoryClaim(id="s2", text="y", values=Values())
    dated = StoryClaim(id="s3", text="z", values=Values(dates=["2018"]))
    assert not _same_time(told, plain) and _same_time(told, dated)
