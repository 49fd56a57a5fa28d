"""A reported or denied clause ends where an adjunct of the main clause, hung on it by the parse,
begins: a participle after a report told in a time clause ("…, a week after its engineer said it
was safe, diverting traffic …"), and a time phrase after a denied clause ("denied that …, after
leaflets circulated"). Neither is what the source said or denied."""

from __future__ import annotations

from datetime import date

import dossier_helpers
import pytest

from whatweknow import Analyser
from whatweknow.model import Dossier

pytestmark = pytest.mark.model


def body(analyser: Analyser, paragraphs: str) -> Dossier:
    return dossier_helpers.body(
        analyser, paragraphs, title="Bridge shut in Norvik", published=date(2026, 3, 2)
    )


def texts(d: Dossier, modality: str) -> list[str]:
    return [c.text for c in d.claims if c.modality == modality]


def test_a_participle_of_the_main_verb_is_no_part_of_a_report_in_its_time_clause(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "The council of Tarrow closed the Hesk bridge on Monday, a week after its engineer "
        "Pela Rusk said it was safe, diverting traffic through Norvik.",
    )
    said = [c for c in d.claims if "safe" in c.text]
    assert [c.text for c in said] == ["it was safe"]
    assert not any("diverting" in c.text for c in d.claims if c.source is not None)


def test_a_time_phrase_after_a_denied_clause_is_no_part_of_the_denial(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Mayor Onna Vey denied that the council was preparing to sell the bridge, after "
        "leaflets predicting a sale circulated in the town over the weekend.",
    )
    assert texts(d, "denied") == ["the council was preparing to sell the bridge"]
    # without the comma the phrase may be the proposition's own time: kept
    d = body(
        analyser,
        "Mayor Onna Vey denied that the council had sold the bridge after the flood.",
    )
    assert texts(d, "denied") == ["the council had sold the bridge after the flood"]
