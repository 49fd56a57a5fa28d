"""Sentences that steer the reader and state nothing: announcements of a rival account, open
questions and verification caveats (``stages/claims/discourse.py``); and plans stated in the
present, which are expected, never asserted. Texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.model import Claim, Dossier
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout

pytestmark = pytest.mark.model


def run(analyser: Analyser, paragraphs: str, outlet: str | None = None) -> Dossier:
    text = f"Storm in the valley\n\n{paragraphs}\n"
    article = build_article(
        text, parse_layout(text), fmt="text", published=date(2025, 3, 4), outlet=outlet
    )
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    return item[1]


def claim_with(d: Dossier, fragment: str) -> Claim:
    found = [c for c in d.claims if fragment in c.text]
    assert found, (fragment, [c.text for c in d.claims])
    return found[0]


def no_claim_with(d: Dossier, fragment: str) -> None:
    assert not [c for c in d.claims if fragment in c.text], [c.text for c in d.claims]


def test_a_sentence_announcing_a_rival_figure_or_account_is_no_claim(analyser: Analyser) -> None:
    d = run(
        analyser,
        "The flood killed at least nine people in the valley, the mayor said on Monday. "
        "The army offered a lower figure. A colonel said six bodies had been found. "
        "Estimates of the crowd varied widely.\n\n"
        "Crews were still pumping water from the mine. But the miners' union told a quite "
        "different story.",
    )
    no_claim_with(d, "offered a lower figure")
    no_claim_with(d, "Estimates of the crowd")
    no_claim_with(d, "told a quite different story")
    assert claim_with(d, "six bodies had been found").source_text is not None
    assert claim_with(d, "Crews were still pumping").modality == "asserted"


@pytest.mark.parametrize(
    "sentence",
    [
        "The army gave a lower figure of six dead.",  # the figure itself: a statement
        "The army gave a different account of the rescue, saying the first boat was late.",
        "The museum gave another painting to the city last year.",
        "Estimates of the crowd varied from 2,000 to 5,000.",
        "Prices varied across the region.",
    ],
)
def test_a_rival_figure_given_with_what_it_is_stays_a_claim(
    analyser: Analyser, sentence: str
) -> None:
    d = run(analyser, sentence)
    assert d.claims, sentence


def test_an_open_question_is_no_claim(analyser: Analyser) -> None:
    d = run(
        analyser,
        "Doubts are growing over whether the warning sirens worked. There are questions about "
        "how many people were in the mine.\n\n"
        "Questions from reporters were cut short by the governor. A question from a farmer "
        "drew a long answer about why the dam had failed.",
    )
    no_claim_with(d, "warning sirens worked")
    no_claim_with(d, "how many people")
    assert claim_with(d, "cut short by the governor").modality == "asserted"
    assert claim_with(d, "drew a long answer").modality == "asserted"  # a question asked: a fact


def test_a_verification_caveat_is_no_claim_and_leaves_the_report_unconfirmed(
    analyser: Analyser,
) -> None:
    d = run(
        analyser,
        "A senior engineer told the Valley Courier that the dam wall had cracked a week before "
        "the storm. The Courier could not independently verify the account.\n\n"
        "Neighbours said the pumps never started. The Courier was unable to confirm those "
        "reports.\n\n"
        "A video shared online showed water pouring over the wall. It was not possible to "
        "verify the footage.\n\n"
        "The governor visited the mine on Sunday.",
    )
    no_claim_with(d, "verify the account")
    no_claim_with(d, "confirm those reports")
    no_claim_with(d, "verify the footage")
    assert claim_with(d, "water pouring over the wall").modality == "speculated"
    for fragment, hedge in (
        ("the dam wall had cracked", "could not independently verify"),
        ("the pumps never started", "was unable to confirm"),
    ):
        c = claim_with(d, fragment)
        assert c.modality == "speculated" and hedge in c.hedges, c
    assert claim_with(d, "The governor visited").modality == "asserted"


def test_a_caveat_over_a_clause_is_the_negated_cue_rule_and_other_checks_stay(
    analyser: Analyser,
) -> None:
    d = run(
        analyser,
        "The agency could not confirm that the miners were alive. Police could not verify his "
        "identity on Monday.",
    )
    c = claim_with(d, "the miners were alive")
    assert c.modality == "speculated"
    claim_with(d, "his identity")  # a thing not checked is no report: the sentence stays


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("The regional assembly is expected to vote on Thursday on a relief fund.", "assembly"),
        ("A new dam is due to open in March, the ministry said.", "A new dam"),
        ("Rescue teams are scheduled to return to the mine at dawn.", "Rescue teams"),
        ("A memorial service is planned for next Sunday.", "memorial service"),
        ("The negotiators are due back in the capital next week.", "negotiators"),
        ("The court hearing is set for Thursday.", "court hearing"),
        ("The inquiry opens its hearings on July 9.", "The inquiry opens"),
    ],
)
def test_a_plan_stated_in_the_present_is_expected(
    analyser: Analyser, sentence: str, fragment: str
) -> None:
    assert claim_with(run(analyser, sentence), fragment).modality == "expected"


def test_a_day_ahead_in_the_past_tense_or_a_day_gone_in_the_present_is_no_plan(
    analyser: Analyser,
) -> None:
    d = run(analyser, "Talks resumed in the capital on July 2. The port reopens on February 20.")
    assert claim_with(d, "Talks resumed").modality == "asserted"
    assert claim_with(d, "The port reopens").modality == "asserted"  # a day before the report


def test_a_plan_in_a_clause_inside_leaves_a_past_main_clause_as_it_is(analyser: Analyser) -> None:
    d = run(analyser, "The governor, who is expected to visit the mine, spoke on Monday.")
    assert claim_with(d, "spoke on Monday").modality == "asserted"


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ('"The divers did what they could," the mayor said.', "did what they could"),
        ("Police said they had detained a driver suspected of causing the crash.", "detained"),
        ("Officers arrested a woman believed to have set the blaze.", "Officers arrested"),
    ],
)
def test_a_modal_without_its_verb_or_a_participle_describing_a_noun_hedges_nothing(
    analyser: Analyser, sentence: str, fragment: str
) -> None:
    assert claim_with(run(analyser, sentence), fragment).modality != "speculated"


@pytest.mark.parametrize(
    "sentence",
    [
        "The levee could fail before dawn, engineers said.",
        "The driver is suspected of causing the crash.",
        "It could, officials said, take weeks to drain the mine.",
    ],
)
def test_a_modal_over_its_verb_or_a_predicate_participle_still_hedges(
    analyser: Analyser, sentence: str
) -> None:
    assert any(c.modality == "speculated" for c in run(analyser, sentence).claims)


def test_an_embedded_posts_text_is_its_authors_claim_never_the_outlets(
    analyser: Analyser,
) -> None:
    d = run(
        analyser,
        "The flood killed nine people, the mayor said.\n\n"
        "Valley Rescue Service (@valleyrescue) · Mar 3, 2025\n"
        "Crews are still searching the flooded mine. Forty people have been rescued so far. "
        "#valleyflood\n"
        "1,204 Reposts  3,311 Likes\n\n"
        "The governor visited the mine on Sunday.",
    )
    for fragment in ("Crews are still searching", "Forty people have been rescued"):
        c = claim_with(d, fragment)
        assert c.source_text == "Valley Rescue Service" and c.modality == "reported", c
        assert "#" not in c.text
    for fragment in ("@valleyrescue", "Reposts", "#valleyflood"):
        no_claim_with(d, fragment)
    assert claim_with(d, "The governor visited").source_text is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Subscribe to the Valley Post's morning newsletter for more.",
        "Get our breaking news alerts: download the Courier app.",
        "Follow our live coverage of the storm here.",
        "This report is for information only and does not constitute investment advice.",
        "More from the region: sign up for our weekly newsletter.",
    ],
)
def test_a_sentence_talking_to_the_reader_is_no_claim(analyser: Analyser, sentence: str) -> None:
    d = run(analyser, f"The river burst its banks on Monday. {sentence}")
    claim_with(d, "burst its banks")
    no_claim_with(d, sentence.split()[1])


def test_an_imperative_of_the_story_is_still_a_claim(analyser: Analyser) -> None:
    d = run(analyser, "Follow the towpath to the old mill, where the flood began.")
    claim_with(d, "towpath")


def test_page_furniture_signposts_and_the_outlet_on_itself_are_no_statements(
    analyser: Analyser,
) -> None:
    d = run(
        analyser,
        "Here is what we know.\n\n"
        "The river burst its banks at Hollin on Monday, the county council said.\n\n"
        "Support independent journalism.\n\n"
        "Newsletter: The Valley Courier's morning briefing, every weekday at 7 a.m.\n\n"
        "The Valley Courier publishes analysis every Friday.\n\n"
        "The Courier's first report was based on a leaked memo.\n\n"
        "This analysis is part of the Courier's Rivers series.\n\n"
        "Correction, March 4\n\nMore information will follow.",
        outlet="Valley Courier",
    )
    claims = [c.text for c in d.claims]
    assert claims == ["The river burst its banks at Hollin on Monday"], claims


def test_imperatives_signposts_and_a_correction_note_inside_a_paragraph_state_nothing(
    analyser: Analyser,
) -> None:
    d = run(
        analyser,
        "The county is counting the cost of the flood. Here is what we know.\n\n"
        "Support independent journalism. Subscribe to the Valley Courier from 2 euros a month.\n\n"
        "Correction, March 4: An earlier version of this article gave the wrong river. It was "
        "the Hollin.\n\n"
        '"We need pumps. Send them now," the mayor said.',
    )
    texts = [c.text for c in d.claims]
    assert not any(w in t for t in texts for w in ("Here is", "Support", "Subscribe", "river"))
    assert any("counting the cost" in t for t in texts)
    assert claim_with(d, "We need pumps").source_text == "the mayor"


def test_a_caveat_over_what_the_sentence_before_told_and_the_outlet_by_its_short_name(
    analyser: Analyser,
) -> None:
    d = run(
        analyser,
        "Two engineers said at least nine pumps had failed during the night. The Courier was "
        "not able to independently confirm the pumps.\n\n"
        "The Courier has found no record of the repairs.\n\n"
        "The council said the pumps were old. The Courier could not reach the mayor.",
        outlet="Valley Courier",
    )
    failed = claim_with(d, "nine pumps had failed")
    assert failed.modality == "speculated" and any("confirm" in h for h in failed.hedges)
    assert not [c for c in d.claims if "Courier" in c.text]
    assert claim_with(d, "the pumps were old").modality == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "How many people have left the valley is disputed.",
        "Whether the levee held remains unclear.",
        "The harbour board denied it.",
        "The coastguard confirmed this.",
    ],
)
def test_an_open_question_or_a_reaction_to_unnamed_words_is_no_claim(
    analyser: Analyser, sentence: str
) -> None:
    d = run(analyser, f"The river burst its banks on Monday. {sentence}")
    claim_with(d, "burst its banks")
    assert len(d.claims) == 1, [c.text for c in d.claims]


def test_what_happened_or_a_confirmation_of_named_things_stays(analyser: Analyser) -> None:
    d = run(analyser, "What happened next shocked the town. The coastguard confirmed the deaths.")
    claim_with(d, "shocked the town")
    claim_with(d, "confirmed the deaths")


@pytest.mark.parametrize(
    "note",
    [
        "The engineer spoke on condition of anonymity.",
        "She asked not to be named because she was not authorised to speak publicly.",
        "The two inspectors declined to be identified.",
        "They requested anonymity because they were not authorized to discuss the inquiry.",
        "The clerk, who asked not to be identified, spoke to reporters on condition that "
        "his name not be used.",
        "Orlov, who is not related to the station's owner, did not name the engineer.",
    ],
)
def test_a_sourcing_note_says_how_a_source_was_used_and_is_no_claim(
    analyser: Analyser, note: str
) -> None:
    d = run(analyser, f"The pumping station at Aldmoor failed on Sunday night. {note}")
    claim_with(d, "pumping station at Aldmoor failed")
    assert len(d.claims) == 1, [c.text for c in d.claims]


def test_what_an_unnamed_source_says_stays_with_its_note_aside(analyser: Analyser) -> None:
    d = run(
        analyser,
        "An engineer who asked not to be named confirmed the cracks in the dam. A second "
        "engineer, speaking on condition of anonymity, said the spillway had been blocked. "
        "The inspector spoke on condition of anonymity and described water pouring through "
        "the wall. The victim has yet to be named.",
    )
    claim_with(d, "confirmed the cracks")
    claim_with(d, "the spillway had been blocked")
    claim_with(d, "described water pouring")
    claim_with(d, "has yet to be named")


def test_not_naming_someone_who_did_something_still_states_it(analyser: Analyser) -> None:
    d = run(analyser, "Police did not name the driver, who was taken to hospital.")
    claim_with(d, "who was taken to hospital")


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("Gunnar Brisk said crews had cleared the drains by hand where possible.", "by hand"),
        ("Gunnar Brisk said crews had pumped the cellars dry as far as possible.", "pumped"),
    ],
)
def test_a_condition_is_no_hedge(analyser: Analyser, sentence: str, fragment: str) -> None:
    c = claim_with(run(analyser, sentence), fragment)
    assert c.modality == "reported" and c.hedges == [], c


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ('"I will not discuss the details of the rescue," Gunnar Brisk said.', "discuss"),
        ("Gunnar Brisk would not say when the bridge would reopen.", "reopen"),
        ("Gunnar Brisk did not say when the bridge would reopen.", "reopen"),
        # the question parsed as an adverbial clause of "say"
        (
            "The Dunmere prosecutor's office did not say when the ferry captain would be "
            "questioned.",
            "questioned",
        ),
    ],
)
def test_a_refusal_to_tell_is_no_plan(analyser: Analyser, sentence: str, fragment: str) -> None:
    c = claim_with(run(analyser, sentence), fragment)
    assert c.modality != "expected" and c.hedges == [], c


@pytest.mark.parametrize(
    "sentence",
    [
        '"We would rather have ten false alarms than one missed fire," Gunnar Brisk said.',
        "Gunnar Brisk said the crews would sooner shut the bridge for a week than risk it.",
    ],
)
def test_a_preference_is_no_plan(analyser: Analyser, sentence: str) -> None:
    c = claim_with(run(analyser, sentence), "than")
    assert c.modality == "reported" and c.hedges == [], c


@pytest.mark.parametrize(
    "sentence",
    [
        "He would not say when the bridge would reopen.",
        "He declined to say when the bridge would reopen.",
    ],
)
def test_a_refusal_by_a_pronoun_the_outlet_tells_is_no_line(
    analyser: Analyser, sentence: str
) -> None:
    d = run(analyser, f"Gunnar Brisk, the mayor, visited the bridge on Monday. {sentence}")
    no_claim_with(d, "reopen")
    claim_with(d, "visited the bridge")


def test_a_plan_and_a_possibility_still_hedge(analyser: Analyser) -> None:
    d = run(analyser, "Gunnar Brisk said he would reopen the bridge if possible on Friday.")
    assert claim_with(d, "reopen the bridge").modality == "expected"


def test_a_refusal_leaves_the_belief_it_would_not_tell_unclaimed(analyser: Analyser) -> None:
    """ "declined to say where auditors believed the grain had gone": the question the refusal
    leaves open is nobody's claim; the refusal is the outlet's sentence."""
    d = run(
        analyser, "The mill's treasurer declined to say where auditors believed the grain had gone."
    )
    assert not [c for c in d.claims if c.text.startswith("the grain")], d.claims
    told = claim_with(d, "declined to say")
    assert told.source_text is None and told.modality == "asserted", told


def test_a_hedge_in_a_clause_describing_a_noun_leaves_the_main_clause_stated(
    analyser: Analyser,
) -> None:
    """ "Wardens searched the barn, which the family allegedly used for storage": the search is
    stated as fact; "allegedly" tells only the use. A hedge over the main clause still hedges."""
    d = run(
        analyser,
        "Wardens searched the Holm barn on Monday, which the family allegedly used for storage.\n\n"
        "Wardens allegedly searched the Ostry barn on Tuesday.",
    )
    assert claim_with(d, "Holm barn").modality == "asserted"
    assert claim_with(d, "Ostry barn").modality == "speculated"


def test_what_is_widely_expected_is_expected(analyser: Analyser) -> None:
    d = run(analyser, "Ilse Varga is widely expected to be named harbour master on Friday.")
    assert claim_with(d, "harbour master").modality == "expected"


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("The harbour board would neither confirm nor deny this.", "neither confirm"),
        ('"I will not prejudge the survey," Gunnar Brisk said.', "prejudge"),
    ],
)
def test_a_non_answer_is_no_plan(analyser: Analyser, sentence: str, fragment: str) -> None:
    c = claim_with(run(analyser, sentence), fragment)
    assert c.modality != "expected" and c.hedges == [], c


def test_a_hedge_word_talked_of_or_a_plan_on_a_condition_contrary_to_fact_is_neither(
    analyser: Analyser,
) -> None:
    """ "would not comment on speculation that …": the hedge noun is what is talked of (a
    non-answer, no guess); a quoted "If the files had been copied on May 2, we would expect to
    see …" reasons about what did not happen: no plan. Reported, "would reopen if the check had
    gone well" may be a backshifted plan and stays one."""
    d = run(
        analyser,
        'A spokeswoman, Lena Varr, said the authority would "not comment on speculation while '
        'the inquiry is under way".\n\n'
        '"If the files had been copied on May 2, we would expect to see entries from the first '
        'days of May. There are none," she said.\n\n'
        "Officials said the bridge would reopen if the inspection had gone well.",
    )
    assert claim_with(d, "not comment on speculation").modality == "reported"
    assert claim_with(d, "If the files had been copied").modality == "reported"
    assert claim_with(d, "the bridge would reopen").modality == "expected"


def test_a_chance_missed_describing_a_noun_leaves_the_main_clause_unhedged(
    analyser: Analyser,
) -> None:
    """ "days in which they could have moved their savings" tells what the days were, a chance
    missed: the delay's cost is the speaker's claim, not a guess. "a man who could have set the
    fire" still hedges."""
    d = run(
        analyser,
        '"That delay cost families days in which they could have moved their savings," said '
        "Oskar Brenn, a lawyer.\n\n"
        "Police said they were looking for a man who could have set the fire.",
    )
    assert claim_with(d, "That delay cost families").modality == "reported"
    assert claim_with(d, "a man who could have set").modality == "speculated"


def test_a_caveat_on_other_reports_leaves_the_sentence_before_as_it_stands(
    analyser: Analyser,
) -> None:
    d = run(
        analyser,
        "The Brenna lifeboat crew put the number of missing at four on Friday. Reports of a "
        "larger number could not be confirmed.\n\n"
        "Harbour staff said two trawlers had sunk. Other accounts could not be verified.\n\n"
        "Two trawlers were lost off Cape Mell. This could not be independently confirmed.\n\n"
        "The dockers gave a higher figure of 30 boats. The higher figure could not be verified.",
    )
    no_claim_with(d, "larger number")
    no_claim_with(d, "Other accounts")
    for fragment in ("number of missing at four", "two trawlers had sunk"):
        c = claim_with(d, fragment)
        assert c.modality == "reported" and not c.hedges, c
    for fragment, hedge in (
        ("Two trawlers were lost", "could not be independently confirmed"),
        ("higher figure of 30 boats", "could not be verified"),
    ):
        c = claim_with(d, fragment)
        assert c.modality == "speculated" and hedge in c.hedges, c
