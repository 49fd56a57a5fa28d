"""Communicative acts: attribution frames whose cue is an act toward a target are PLOVER events
of the speaker (stages/events/communicative.py). Sentences written for the tests, one per
type and mode the table gives."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.model import Dossier, Event
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout
from whatweknow.stages.events.communicative import acts, parse_acts
from whatweknow.stages.events.event_types import FROM_GSR, MODES, QUAD, manual_name

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser()


def dossier(analyser: Analyser, body: str, published: date = date(2024, 6, 3)) -> Dossier:
    text = f"Headline for the test\n\n{body}\n"
    article = build_article(text, parse_layout(text), fmt="text", published=published)
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    return item[1]


def names(d: Dossier, ids: list[str]) -> list[str]:
    by_id = {a.id: a.name for a in d.actors}
    return [by_id[i] for i in ids]


def act(d: Dossier, trigger: str) -> Event:
    (ev,) = [e for e in d.events if e.trigger == trigger]
    return ev


CASES = [
    # sentence, cue, type, mode, actor, target
    ("Vienna alleged on Monday that Prague had funded the smugglers.", "alleged",
     "DISAPPROVE", "allege", "Austria", "Czechia"),
    ("Warsaw complained that Budapest had ignored the ruling.", "complained",
     "DISAPPROVE", None, "Poland", "Hungary"),
    ("Athens denied that it would release the prisoners.", "denied",
     "REJECT", "yield", "Greece", None),
    # the claims are someone else's words: nothing is done to London (the accuser is unnamed)
    ("Dublin rejected claims that it would hold talks with London.", "rejected",
     "REJECT", "meet", "Ireland", None),
    ("Rome denied that it would send aid to the rebels.", "denied",
     "REJECT", "assist", "Italy", None),
    ("Madrid urged that Lisbon hold talks with the strikers.", "urged",
     "REQUEST", "meet", "Spain", "Portugal"),
    ("Brussels demanded that Amsterdam release the detained activists.", "demanded",
     "REQUEST", "yield", None, "Netherlands"),
    ("Stockholm appealed to Helsinki to send food aid.", "appealed",
     "REQUEST", "assist", "Sweden", "Finland"),
    ("Copenhagen warned that it would attack any ship in its waters.", "warned",
     "THREATEN", "violence", "Denmark", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "cue", "type_", "mode", "actor", "target"), CASES)
def test_a_communicative_act_is_an_event_of_the_speaker(
    analyser: Analyser,
    text: str,
    cue: str,
    type_: str,
    mode: str | None,
    actor: str | None,
    target: str | None,
) -> None:
    d = dossier(analyser, text)
    ev = act(d, cue)
    assert (ev.type, ev.mode, ev.modality) == (type_, mode, "asserted")
    if actor is not None:
        assert names(d, ev.actor) == [actor]
    assert names(d, ev.target) == ([target] if target else [])


def test_the_proposition_stays_its_own_event_with_the_frames_modality(analyser: Analyser) -> None:
    d = dossier(analyser, "Rome denied that it would send aid to the rebels.")
    aid = next(e for e in d.events if e.type == "AID")
    assert aid.modality == "denied"
    assert act(d, "denied").modality == "asserted"


def test_a_warning_of_no_conflict_and_a_negated_denial_are_no_acts(analyser: Analyser) -> None:
    d = dossier(analyser, "Sofia warned that rents may rise next year.")
    assert not [e for e in d.events if e.trigger == "warned"]
    d = dossier(analyser, "The Kremlin did not deny that it had met the envoy.")
    assert not [e for e in d.events if e.type == "REJECT"]


def test_an_article_of_accusations_denials_warnings_and_a_past_meeting(
    analyser: Analyser,
) -> None:
    body = (
        "Vienna alleged on Tuesday that Prague had funded the smugglers. "
        "Prague denied that it would release the prisoners. "
        "Vienna warned that it would attack any boat that crossed the river. "
        "The two governments met in Geneva on May 14."
    )
    d = dossier(analyser, body, date(2024, 6, 3))
    alleged = act(d, "alleged")
    assert (alleged.type, alleged.mode) == ("DISAPPROVE", "allege")
    assert names(d, alleged.actor) == ["Austria"] and names(d, alleged.target) == ["Czechia"]
    assert alleged.time == "2024-05-28"
    denied = act(d, "denied")
    assert (denied.type, denied.mode, names(d, denied.actor)) == ("REJECT", "yield", ["Czechia"])
    warned = act(d, "warned")
    assert (warned.type, warned.mode, names(d, warned.actor)) == (
        "THREATEN",
        "violence",
        ["Austria"],
    )
    met = act(d, "met")
    assert (met.type, met.modality, met.time) == ("CONSULT", "asserted", "2024-05-14")


def test_the_table_names_contract_types_and_modes() -> None:
    for row in acts().values():
        assert row.type in QUAD and (row.mode is None or row.mode in MODES[row.type])
    with pytest.raises(ValueError, match="no contract type"):
        parse_acts(
            "lemma\ttype\tmode\ttarget\trequires\tnotes\naccuse\tACCUSE\t\tobject\t\t\n", "x"
        )


def test_one_table_maps_the_three_namings() -> None:
    assert FROM_GSR == {"DEMAND": "REQUEST", "FIGHT": "ASSAULT"}
    assert manual_name("DISAPPROVE", None) == ("ACCUSE", "disapprove")
    assert manual_name("DISAPPROVE", "allege") == ("ACCUSE", "allege")
    assert manual_name("INVESTIGATE", None) == ("ACCUSE", "investigate")
    assert manual_name("THREATEN", "violence") == ("THREATEN", "violence")


def test_an_acts_time_is_its_own_not_its_contents(analyser: Analyser) -> None:
    d = dossier(
        analyser, "Oslo denied on Friday that its jets had entered Swedish airspace on Monday."
    )
    denied = act(d, "denied")
    assert denied.type == "REJECT" and denied.time == "2024-05-31"
    d = dossier(analyser, "Oslo denied that its jets had entered Swedish airspace on Monday.")
    assert act(d, "denied").time is None


def test_a_date_outside_the_acts_clause_is_not_its_time(analyser: Analyser) -> None:
    body = "The blast on May 20 raised fears, and Oslo later denied that its navy was involved."
    denied = act(dossier(analyser, body), "denied")
    assert denied.type == "REJECT" and denied.time is None


def test_a_rejection_of_accusations_is_toward_the_accuser_not_a_party_inside(
    analyser: Analyser,
) -> None:
    """ "rejected accusations that it was behind a raid on Harlow Mills": the mill is a party
    of what the accusers say, not of the rejection; the target is the accuser where the
    object names one, else no one."""
    d = dossier(analyser, "Ostland rejected accusations that it was behind a raid on Harlow Mills.")
    ev = act(d, "rejected")
    assert ev.type == "REJECT" and names(d, ev.actor) == ["Ostland"]
    assert ev.target == []
    body = "Ostland rejected Kestria's accusations that it was behind a raid on Harlow Mills."
    d = dossier(analyser, body)
    ev = act(d, "rejected")
    assert names(d, ev.target) == ["Kestria"]
    # what is refused is still read from a plain content ("refused to pull its troops out of …")
    d = dossier(analyser, "Ostland refused to withdraw its troops from Kestria.")
    assert "Kestria" in names(d, act(d, "refused").target)
