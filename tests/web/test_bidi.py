"""Bidi controls in untrusted text on the pages (web/bidi.py)."""

from __future__ import annotations

import pytest

from whatweknow.web.bidi import isolate, paired

RLO, LRE, PDF, RLI, PDI = "\u202e", "\u202a", "\u202c", "\u2067", "\u2069"


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        (f"Daily {RLO}semiT", "Daily semiT"),  # unpaired: dropped
        (f"a{RLO}b{PDF}c", f"a{RLO}b{PDF}c"),  # paired: the text's own
        (f"a{PDF}b{PDI}c", "abc"),  # closers without openers
        (f"{RLI}x{RLO}y{PDI}z{PDF}", f"{RLI}xy{PDI}z"),  # the PDI closes the isolate; RLO left open
        (f"{LRE}{RLI}x{PDI}{PDF}", f"{LRE}{RLI}x{PDI}{PDF}"),
        ("plain", "plain"),
    ],
)
def test_unpaired_controls_are_dropped(given: str, kept: str) -> None:
    assert paired(given) == kept


def test_isolate_escapes_and_wraps() -> None:
    assert str(isolate(f"<b>{RLO}Evil")) == "<bdi>&lt;b&gt;Evil</bdi>"
    assert str(isolate(None)) == "" and str(isolate("")) == ""
