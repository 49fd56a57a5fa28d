"""A ceiling and a figure under it are no rival counts: "fees of up to 900 crowns" and "paid 600
crowns" may both be true (texts written for these tests)."""

from __future__ import annotations

from whatweknow.stories.values import counts, rivals


def test_a_figure_under_a_ceiling_is_no_rival() -> None:
    assert not rivals(
        counts("the school charges fees of up to 900 crowns a term"),
        counts("she paid 600 crowns a term"),
    )
    assert not rivals(counts("she paid 600 crowns a term"), counts("fees of at most 900 crowns"))


def test_a_figure_over_a_ceiling_or_two_plain_figures_stay_rivals() -> None:
    assert rivals(counts("fees of up to 900 crowns a term"), counts("she paid 1,200 crowns a term"))
    assert rivals(counts("fees of 900 crowns a term"), counts("she paid 600 crowns a term"))
