"""The events stage on sentences the tests write: types, parties, metonymy, nominal triggers,
passives, place, time, modality and the PLOVER coding of announced acts."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.model import Dossier, Event
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout
from whatweknow.stages.events.coding import plover_type

pytestmark = pytest.mark.model


def dossier(analyser: Analyser, body: str, published: date | None = date(2024, 6, 3)) -> Dossier:
    text = f"Headline for the test\n\n{body}\n"
    article = build_article(text, parse_layout(text), fmt="text", published=published)
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    d = item[1]
    ids = {a.id for a in d.actors}
    claims = {c.id for c in d.claims}
    for ev in d.events:
        assert 0 <= ev.start < ev.end <= len(text)
        assert set(ev.actor) <= ids and set(ev.target) <= ids
        assert ev.location is None or ev.location in ids
        assert ev.claim is None or ev.claim in claims
        assert ev.trigger and ev.trigger.split()[0] in text[ev.start : ev.end]
    return d


def event(d: Dossier, trigger: str) -> Event:
    found = [e for e in d.events if e.trigger == trigger]
    assert found, f"no event {trigger!r} in {[(e.type, e.trigger) for e in d.events]}"
    return found[0]


def codes(d: Dossier, ids: list[str]) -> set[str | None]:
    by_id = {a.id: a for a in d.actors}
    return {by_id[i].country for i in ids}


def test_metonymy_gives_the_states_that_reject(analyser: Analyser) -> None:
    d = dossier(analyser, "Tehran and Moscow rejected the proposal.")
    ev = event(d, "rejected")
    assert ev.type == "REJECT"
    assert codes(d, ev.actor) == {"IRN", "RUS"}
    assert ev.modality == "asserted"


def test_an_expected_visit_has_its_place_target_and_week(analyser: Analyser) -> None:
    d = dossier(analyser, "The minister will visit Beijing next week.")
    ev = event(d, "visit")
    assert (ev.type, ev.mode, ev.modality) == ("CONSULT", "visit", "expected")
    beijing = next(a for a in d.actors if a.name == "Beijing")
    assert ev.location == beijing.id and ev.target == [beijing.id]
    assert ev.time == "2024-W24"
    assert ev.claim is not None
    assert plover_type(ev) == "AGREE"  # PLOVER codes an announced visit as an intention


def test_a_denied_plan_is_kept_and_flagged(analyser: Analyser) -> None:
    d = dossier(analyser, "The Kremlin denied plans for a uranium deal.")
    ev = event(d, "deal")
    assert ev.type == "AGREE"
    assert ev.modality == "denied"
    assert codes(d, ev.actor) == {"RUS"}  # the denier: a denial is of one's own act
    claim = next(c for c in d.claims if c.id == ev.claim)
    assert claim.modality == "denied"
    # the denial is also an act of its own: REJECT of what the plan was (issue 19)
    denial = event(d, "denied")
    assert (denial.type, denial.mode, denial.modality) == ("REJECT", "meet", "asserted")
    assert codes(d, denial.actor) == {"RUS"}


def test_an_alleged_arms_transfer_is_kept_and_flagged(analyser: Analyser) -> None:
    d = dossier(analyser, "Washington alleged an arms transfer from Iran to Russia.")
    ev = event(d, "arms transfer")
    assert (ev.type, ev.modality) == ("AID", "alleged")
    assert codes(d, ev.actor) == {"IRN"} and codes(d, ev.target) == {"RUS"}


def test_nominal_talks_between_two_parties(analyser: Analyser) -> None:
    d = dossier(analyser, "Talks between Iran and the IAEA resumed in Vienna on Monday.")
    ev = event(d, "Talks")
    assert ev.type == "CONSULT"
    names = {a.name for a in d.actors if a.id in ev.actor}
    assert "Iran" in names and any("Atomic Energy" in n for n in names)
    assert ev.location == next(a.id for a in d.actors if a.name == "Vienna")
    assert ev.time == "2024-06-03"


@pytest.mark.parametrize(
    ("body", "trigger", "type_", "actor", "target"),
    [
        ("Russia's annexation of Crimea in March 2014 was condemned.", "annexation", "COERCE",
         {"RUS"}, {"UKR"}),
        ("The Biden-Xi summit ended without a deal.", "summit", "CONSULT", {"USA", "CHN"}, set()),
        ("Iran held talks with Japan on Tuesday.", "talks", "CONSULT", {"IRN"}, {"JPN"}),
        ("Israeli troops fired on Palestinian protesters in Gaza.", "fired on", "ASSAULT",
         {"ISR"}, {"PSE"}),
        ("The United Nations urged Iran to release the prisoners.", "urged", "REQUEST",
         {None}, {"IRN"}),
    ],
)  # fmt: skip
def test_parties_of_verbal_and_nominal_triggers(
    analyser: Analyser, body: str, trigger: str, type_: str, actor: set[str], target: set[str]
) -> None:
    d = dossier(analyser, body)
    ev = event(d, trigger)
    assert ev.type == type_
    assert codes(d, ev.actor) == actor
    assert codes(d, ev.target) == target


def test_a_passive_takes_its_agent_as_actor(analyser: Analyser) -> None:
    d = dossier(analyser, "Turkey was attacked by Syria on 2 May 2024.")
    ev = event(d, "attacked")
    assert ev.type == "ASSAULT"
    assert codes(d, ev.actor) == {"SYR"} and codes(d, ev.target) == {"TUR"}
    assert ev.time == "2024-05-02"


def test_what_a_request_is_about_is_not_an_event_but_its_mode(analyser: Analyser) -> None:
    d = dossier(analyser, "The United Nations urged Iran to release the prisoners.")
    assert [e.type for e in d.events] == ["REQUEST"]
    assert d.events[0].mode == "yield"


def test_a_result_clause_takes_no_actor_from_a_negated_clause(analyser: Analyser) -> None:
    said = (
        "Colonel Adrian Vos said he could not offer any information on what caused the crash of "
        "the private plane near Kell on Wednesday, killing all six aboard."
    )
    assert event(dossier(analyser, said), "killing").actor == []
    done = dossier(analyser, "Russian troops attacked the town of Beni on Sunday, killing six.")
    assert codes(done, event(done, "killing").actor) == {"RUS"}  # its result: still their act


def test_a_negated_act_is_no_event(analyser: Analyser) -> None:
    d = dossier(analyser, "Israel did not attack Lebanon on Sunday.")
    assert not [e for e in d.events if e.type == "ASSAULT"]


def test_the_time_of_the_sentence_is_inherited_and_never_guessed(analyser: Analyser) -> None:
    d = dossier(analyser, "On 4 May 2024, the army shelled Goma and rebels attacked Bukavu.")
    assert {e.time for e in d.events} == {"2024-05-04"}
    d = dossier(analyser, "Rebels attacked Bukavu.")
    assert [e.time for e in d.events] == [None]  # not the publication date


def test_the_day_a_source_speaks_does_not_date_what_it_reports(analyser: Analyser) -> None:
    # Tuesday dates the saying; the bombing it reports may have been on any day before
    d = dossier(analyser, "The rebel army said on Tuesday that it had bombed the depot in Goma.")
    assert [e.time for e in d.events if e.type == "ASSAULT"] == [None]
    d = dossier(analyser, "The rebel army said that it had bombed the depot in Goma on Sunday.")
    assert [e.time for e in d.events if e.type == "ASSAULT"] == ["2024-06-02"]


def test_a_protest_by_a_state_is_diplomatic(analyser: Analyser) -> None:
    d = dossier(analyser, "Thousands of students protested in Manila against the new law.")
    assert event(d, "protested").type == "PROTEST"
    d = dossier(analyser, "Japan protested to China over the incident.")
    assert event(d, "protested").type == "DISAPPROVE"


def test_reversals_and_demands(analyser: Analyser) -> None:
    d = dossier(analyser, "Israel lifted the curfew in Hebron on Friday.")
    assert event(d, "lifted").type == "CONCEDE"
    d = dossier(analyser, "France suspended talks with Mali.")
    assert (event(d, "suspended").type, event(d, "suspended").mode) == ("SANCTION", "withdraw")
    d = dossier(analyser, "Germany said that Iran must release the sailors.")
    ev = event(d, "must release")
    assert ev.type == "REQUEST" and codes(d, ev.actor) == {"DEU"}
    assert codes(d, ev.target) == {"IRN"}


def test_extremists_are_a_party(analyser: Analyser) -> None:
    """Role nouns of radical groups ("extremists", "fundamentalists") name a party."""
    d = dossier(analyser, "Jailed extremists began a hunger strike in Cairo on Monday.")
    ev = event(d, "hunger strike")
    assert ev.type == "PROTEST" and ev.mode == "hunger"
    assert [a.name for a in d.actors if a.id in ev.actor] == ["Jailed extremists"]


def test_a_group_is_of_the_country_it_is_in(analyser: Analyser) -> None:
    d = dossier(analyser, "Students across Chile began a strike on Monday.")  # not "strike on"
    ev = event(d, "strike")
    assert ev.type == "PROTEST"
    assert codes(d, ev.actor) >= {"CHL"}


def test_the_target_of_an_act_named_in_its_object(analyser: Analyser) -> None:
    """ "threatened reprisals against Chile": the object names the act, its preposition the
    target."""
    d = dossier(analyser, "Peru threatened reprisals against Chile on Monday.")
    ev = event(d, "threatened")
    assert ev.type == "THREATEN"
    assert codes(d, ev.actor) == {"PER"} and codes(d, ev.target) == {"CHL"}


def test_an_act_of_force_with_no_party_named_is_done_to_its_place(analyser: Analyser) -> None:
    d = dossier(analyser, "The army imposed a curfew in Abidjan on Sunday.")
    ev = event(d, "curfew")
    assert (ev.type, ev.mode) == ("COERCE", "curfew")
    assert ev.location is not None and ev.target == [ev.location]
    assert codes(d, ev.target) == {"CIV"}


def test_the_speaker_of_a_report_is_no_party_of_its_events(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "A passenger bus carrying more than 40 people overturned late on Sunday near the town of "
        "Halm, killing at least nine people, the head of the national road agency said on "
        "Monday.",
    )
    names = {a.id: a.name for a in d.actors}
    assert d.events
    for e in d.events:
        assert not any("road agency" in names[x] for x in e.actor + e.target), e


def test_a_clause_coordinated_after_the_verb_does_not_date_it(analyser: Analyser) -> None:
    # "next week" dates the shelling to come, not the attack that had already happened
    d = dossier(
        analyser,
        "The rebels had attacked the depot in Goma and would shell the airport next week.",
    )
    assert [e.time for e in d.events if e.type == "ASSAULT"][:1] == [None]
    # a time in the verb's own clause still dates it, and each conjunct keeps its own
    d = dossier(analyser, "The army shelled Goma on Sunday and rebels attacked Bukavu on Monday.")
    assert [e.time for e in d.events] == ["2024-06-02", "2024-06-03"]
    # also after a clause the verb holds ("had asked the council to hold … and would …")
    d = dossier(
        analyser,
        "Lund said Vestria had asked the regional council to hold an emergency meeting and "
        "would raise the matter at a summit next week.",
    )
    assert [e.time for e in d.events if e.trigger == "asked"] == [None]


def test_the_day_of_an_accusation_does_not_date_the_act(analyser: Analyser) -> None:
    d = dossier(analyser, "The governor accused the rebels on Sunday of attacking the depot.")
    assert [e.time for e in d.events if e.type == "ASSAULT"] == [None]


def _claim_holding(d: Dossier, words: str) -> str:
    found = [c for c in d.claims if words in c.text]
    assert found, f"no claim holds {words!r}: {[c.text for c in d.claims]}"
    return min(found, key=lambda c: len(c.text)).modality


def test_a_past_aside_of_a_hedged_claim_states_what_happened(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "Any handover would probably wait for an appeal ruling, as in an earlier dispute, "
        "when Dravia released two detained engineers to Omalia in 2021, officials said.",
    )
    assert _claim_holding(d, "wait for an appeal") == "speculated"
    assert _claim_holding(d, "released two detained engineers") == "reported"
    ev = event(d, "released")
    assert (ev.modality, ev.time) == ("reported", "2021")


def test_a_past_aside_inside_a_hedged_claim_gives_an_asserted_event(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "Any handover, as happened when Dravia released two engineers to Omalia in 2021, "
        "would probably need a court ruling.",
    )
    assert event(d, "released").modality == "asserted"
    assert _claim_holding(d, "need a court ruling") == "speculated"
    assert _claim_holding(d, "Dravia released two engineers") == "asserted"


def test_an_undated_or_believed_aside_keeps_the_hedge(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "The talks would likely resume after the Omalia delegation arrived, a diplomat said.\n\n"
        "Analysts believe the truce collapsed after rebels attacked Omalia troops in May 2021.",
    )
    assert _claim_holding(d, "the Omalia delegation arrived") == "speculated"
    assert event(d, "attacked").modality == "speculated"


def test_a_date_in_a_clause_aside_dates_only_that_clause(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "Dravia and Omalia could hold talks soon, as when Dravia freed two engineers "
        "in March 2021.",
    )
    assert event(d, "talks").time is None


def test_a_past_when_clause_of_a_past_event_dates_it(analyser: Analyser) -> None:
    """ "Rebels killed two guards when they attacked the depot on 3 May 2024": what happened
    then happened at once; a modal main clause is not dated by its "when" aside."""
    d = dossier(
        analyser,
        "Rebels killed two guards when they stormed the depot on 3 May 2024.\n\n"
        "Dravia could free the engineers, as it did when it freed two pilots on 2 April 2021.",
    )
    assert event(d, "killed").time == "2024-05-03"
    assert [e.time for e in d.events if e.trigger == "free"] in ([], [None])


def test_a_wish_about_a_state_is_no_request_and_by_a_day_dates_nothing(
    analyser: Analyser,
) -> None:
    d = dossier(
        analyser,
        "“Lena Marsh should be back with her children by Christmas,” Foreign Minister "
        "Tomas Brell said.\n\n"
        "“Korland must be ready to negotiate with Varnia by Friday,” Tomas Brell said.\n\n"
        "“Korland should release the sailors,” Tomas Brell added.",
    )
    requests = [e for e in d.events if e.type == "REQUEST"]
    assert sorted(e.trigger for e in requests) == ["must be", "should release"]
    assert not any(e.time for e in d.events), [(e.trigger, e.time) for e in d.events]


def test_a_date_that_qualifies_an_argument_does_not_date_the_event(analyser: Analyser) -> None:
    # published Monday 3 June 2024: Friday is 31 May, Sunday is 2 June
    d = dossier(analyser, "Mayor Ilka Dorn visited survivors of Friday's flood on Sunday.")
    assert event(d, "visited").time == "2024-06-02"  # the visit's own day, not the flood's
    d = dossier(analyser, "Mayor Ilka Dorn visited survivors of Friday's flood.")
    assert event(d, "visited").time is None  # the flood's day is not the visit's
    d = dossier(analyser, "Mayor Ilka Dorn met rescuers on the night of 30 May.")
    assert event(d, "met").time == "2024-05-30"  # a time word's "of" date is the event's


def test_a_date_that_is_an_argument_does_not_date_the_event(analyser: Analyser) -> None:
    """ "requested talks for Saturday": the day asked for, not the day of the request; the
    talks' own day it is."""
    d = dossier(analyser, "Dravia postponed its talks with Omalia to Saturday.")
    assert event(d, "talks").time == "2024-06-08"  # the day they were moved to lies ahead
    d = dossier(analyser, "Dravia requested talks with Omalia for Saturday.")
    assert event(d, "requested").time is None
    d = dossier(analyser, "Dravia requested talks with Omalia on Saturday.")
    assert event(d, "requested").time == "2024-06-01"  # the day of the request


def test_the_days_of_figures_listed_after_a_compared_one_date_nothing(analyser: Analyser) -> None:
    body = "Dravian troops shelled Omalia, up from 2 attacks on Friday and 3 on Saturday."
    assert event(dossier(analyser, body), "shelled").time is None
    body = "Dravian troops shelled Omalia on Sunday, up from 2 attacks on Friday and 3 on Saturday."
    assert event(dossier(analyser, body), "shelled").time == "2024-06-02"


def test_a_reduced_clause_of_another_noun_does_not_date_the_event(analyser: Analyser) -> None:
    """ "An Omalian review, begun on Tuesday, accused Dravia": Tuesday is when the review
    began, not when it accused."""
    d = dossier(analyser, "An Omalian review, begun on Saturday, accused Dravia of fraud.")
    assert event(d, "accused").time is None
    d = dossier(analyser, "Omalia accused Dravia of fraud on Saturday.")
    assert event(d, "accused").time == "2024-06-01"


def test_a_trailing_speaker_is_not_the_actor_of_what_it_reports(analyser: Analyser) -> None:
    d = dossier(
        analyser,
        "Foreign Minister Ilka Dorn praised the rescuers in Paris. "
        "She will travel to Berlin on Tuesday, her office said.",
    )
    by_id = {a.id: a.name for a in d.actors}
    assert [by_id[x] for x in event(d, "travel").actor] == ["Ilka Dorn"]
    d = dossier(
        analyser,
        "The rescuers were praised in Paris. "
        "She will travel to Berlin on Tuesday, her office said.",
    )
    assert event(d, "travel").actor == []  # "she" is nobody named: not the office


def test_a_modal_perfect_tells_no_act_done(analyser: Analyser) -> None:
    d = dossier(
        analyser, "Auditors said the raiders must have attacked the depot at Osk on Sunday."
    )
    assert event(d, "attacked").modality == "speculated"  # a guess about the past
    d = dossier(analyser, "Auditors said the raiders attacked the depot at Osk on Sunday.")
    assert event(d, "attacked").modality == "reported"
    d = dossier(analyser, "Auditor Wenna Falk said Mayor Odo Reth should have resigned on Sunday.")
    assert not [(e.type, e.trigger) for e in d.events]  # a reproach: nothing done, nothing asked


def test_a_reduced_clause_right_after_its_noun_dates_that_noun(analyser: Analyser) -> None:
    """ "suspended the coach over the two tests announced on Saturday": Saturday is when the
    tests were announced, not when the coach was suspended."""
    body = (
        "The Tessaly Rowing League suspended coach Piet Varro over two tests announced on Saturday."
    )
    assert event(dossier(analyser, body), "suspended").time is None
    body = "The Tessaly Rowing League suspended coach Piet Varro over two tests on Saturday."
    assert event(dossier(analyser, body), "suspended").time == "2024-06-01"


@pytest.mark.parametrize(
    "body",
    [
        "The Council of Nations aid office called on Monday for an independent inquiry into "
        "the raid in Dravia's Ostel province.",
        "The Council of Nations aid office called on Monday for an independent inquiry into "
        "the raid on a food convoy in Dravia's Ostel province that killed three porters.",
    ],
)
def test_a_place_inside_what_an_inquiry_looks_into_is_no_target(
    analyser: Analyser, body: str
) -> None:
    d = dossier(analyser, body)
    ev = event(d, "called for")
    assert ev.type == "REQUEST", ev
    named = {a.id: a.name for a in d.actors}
    assert not [named[t] for t in ev.target], ev


def test_talks_asked_for_keep_the_party_they_are_with(analyser: Analyser) -> None:
    d = dossier(
        analyser, "The Council of Nations aid office called on Monday for talks with Dravia."
    )
    ev = event(d, "called for")
    named = {a.id: a.name for a in d.actors}
    assert [named[t] for t in ev.target] == ["Dravia"], ev
