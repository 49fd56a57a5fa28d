"""States and running figures that later reports overtake are dated, not stated as the present."""

from __future__ import annotations

from datetime import date

from whatweknow.briefing.cite import Voice
from whatweknow.briefing.claims import _attributed
from whatweknow.briefing.model import Citation
from whatweknow.briefing.overtaken import ended, overtaken
from whatweknow.briefing.statements import Said, Statement
from whatweknow.stories.values import progress
from whatweknow.story_contract import Report, Story, StoryActor, StoryClaim


def _claim(
    cid: str,
    text: str,
    day: int,
    *,
    source: str | None = None,
    negative: bool = False,
    predicate: str | None = None,
    agent: list[str] | None = None,
    modality: str = "asserted",
) -> StoryClaim:
    report = Report(
        article=f"a{cid}",
        claim=cid,
        start=0,
        end=len(text),
        text=text,
        seen=date(2025, 4, day),
        source=source,
        modality=modality,  # type: ignore[arg-type]
        negated=negative,
    )
    return StoryClaim(
        id=cid,
        text=text,
        polarity="negative" if negative else "positive",
        reports=[report],
        frame=predicate,
        predicate=predicate,
        agent=agent or [],
    )


NAMES = {"person:ilse varga": "Ilse Varga", "person:tomas brenn": "Tomas Brenn"}


def _story(*claims: StoryClaim) -> Story:
    actors = [StoryActor(key=k, name=v, type="person", articles=1) for k, v in NAMES.items()]
    return Story(id=1, claims=list(claims), actors=actors)


def test_the_progress_of_a_count_is_a_share_of_a_whole_counted() -> None:
    assert progress("With 40 percent of ballot boxes counted, the mayor led.") == [
        ("counted:box", 40.0, 40.0)
    ]
    assert progress("with 72% of the precincts reporting") == [("reporting:precinct", 72.0, 72.0)]
    assert progress("The mayor had 51.2 percent of the vote.") == []  # a candidate's share
    assert progress("Some 30 percent of farmers said they counted the cost.") == []  # a clause


def test_a_later_higher_share_counted_dates_the_earlier_count() -> None:
    early = _claim("c1", "With 40 percent of ballot boxes counted, the mayor had 52 percent", 3)
    recap = _claim("c2", "With 20 percent of ballot boxes counted, turnout looked low", 5)
    late = _claim("c3", "With 90 percent of ballot boxes counted, the mayor had 50 percent", 5)
    other = _claim("c4", "With 95 percent of postal votes verified, officials paused", 6)
    found = overtaken(_story(early, recap, late, other), NAMES)
    assert found == {
        "c1": (date(2025, 4, 3), "later reports give another figure"),
    }  # a lower share reported later is a recap, and a share of the same day no step


def test_a_guess_at_the_count_overtakes_nothing() -> None:
    early = _claim("c1", "With 40 percent of ballot boxes counted, the mayor had 52 percent", 3)
    guess = _claim(
        "c2", "with 90 percent of ballot boxes counted the lead may hold", 5, modality="speculated"
    )
    assert overtaken(_story(early, guess), NAMES) == {}


def test_a_silence_that_a_later_quote_breaks_is_dated() -> None:
    silent = _claim(
        "c1",
        "Varga has not commented on the closure.",
        3,
        negative=True,
        predicate="comment",
        agent=["person:ilse varga"],
    )
    same_day = _claim("c2", "the plant was safe", 3, source="person:varga")
    later = _claim("c3", "the closure was a mistake", 6, source="person:varga")
    assert overtaken(_story(silent, same_day), NAMES) == {}
    assert overtaken(_story(silent, same_day, later), NAMES) == {
        "c1": (date(2025, 4, 3), "later reports quote Ilse Varga")
    }


def test_only_the_silent_one_quoted_on_a_later_day_breaks_a_silence() -> None:
    silent = _claim(
        "c1",
        "Varga has not spoken in public since the vote.",
        3,
        negative=True,
        predicate="speak",
        agent=["person:ilse varga"],
    )
    someone_else = _claim("c2", "the vote was fair", 6, source="person:tomas brenn")
    assert overtaken(_story(silent, someone_else), NAMES) == {}
    undecided = _claim(
        "c3",
        "Varga has not said whether she will appeal.",
        3,
        negative=True,
        predicate="say",
        agent=["person:ilse varga"],
    )
    quoted = _claim("c4", "the vote was fair", 6, source="person:ilse varga")
    assert overtaken(_story(undecided, quoted), NAMES) == {}  # one question, not a silence


def test_an_estimate_the_outlet_tells_is_its_subjects_claim_not_a_fact() -> None:
    from whatweknow.briefing import brief_dossiers

    from .make import Doc, Says, dossier
    from .test_sections import texts

    words = [
        "Stewards put the march at about 9,000.",
        "Insurers estimated the damage at more than 40 million.",
        "The council put the bridge on alert at 6 am.",
        "The march ended at the town hall.",
    ]
    d = dossier(
        Doc(
            blocks=[("title", "March in Orvel"), *[("paragraph", w) for w in words]],
            claims=[Says(w.removesuffix("."), frame="x") for w in words],
        )
    )
    b = brief_dossiers([d])
    assert sorted(texts(b, "What is established")) == [
        "The council put the bridge on alert at 6 am",  # a time is no figure
        "The march ended at the town hall",
    ]
    claimed = texts(b, "What is claimed, and by whom")
    assert any("9,000" in t for t in claimed) and any("40 million" in t for t in claimed)


def test_a_state_told_as_it_stands_so_far_is_dated_once_the_story_goes_on() -> None:
    yet = _claim("c1", "No militia has yet said it fired the shells.", 3)
    remain = _claim("c2", "Four climbers remain missing on the ridge.", 3)
    remains = _claim("c3", "The remains of two climbers were found on the ridge.", 3)
    later = _claim("c4", "Rescuers reached the upper camp.", 5)
    stays = _claim("c5", "The road to the ridge stays closed.", 3)
    burns = _claim("c6", "The fire on the ridge continues to burn.", 4)
    found = overtaken(_story(yet, remain, remains, later, stays, burns), NAMES)
    assert found == {
        "c1": (date(2025, 4, 3), "the story went on after it"),
        "c2": (date(2025, 4, 3), "the story went on after it"),
        "c5": (date(2025, 4, 3), "the story went on after it"),
        "c6": (date(2025, 4, 4), "the story went on after it"),
    }
    # on the story's last day nothing came after it
    assert overtaken(_story(yet, remain), NAMES) == {}


def test_a_thing_not_yet_released_or_known_is_dated_once_the_story_goes_on() -> None:
    unnamed = _claim("c1", "The names of the two drowned divers were not released.", 3)
    unclear = _claim("c2", "The cause of the capsize was not immediately clear.", 3)
    unconfirmed = _claim("c3", "Coastguards had not confirmed the death by Sunday night.", 4)
    known = _claim("c4", "The ferry was carrying forty passengers.", 3)
    later = _claim("c5", "The coastguard named the two divers.", 6)
    found = overtaken(_story(unnamed, unclear, unconfirmed, known, later), NAMES)
    assert found == {
        "c1": (date(2025, 4, 3), "the story went on after it"),
        "c2": (date(2025, 4, 3), "the story went on after it"),
        "c3": (date(2025, 4, 4), "the story went on after it"),
    }
    assert overtaken(_story(unnamed, unclear), NAMES) == {}  # nothing came after them


def _said(cid: str, text: str, day: int, source: str, source_text: str) -> StoryClaim:
    claim = _claim(cid, text, day, source=source)
    claim.reports[0].source_text = source_text
    return claim


def test_a_refusal_to_comment_is_dated_once_the_party_speaks_through_its_agent() -> None:
    refused = _claim("c1", "Ilse Varga, the rower named in the files, declined to comment.", 3)
    agent = _said("c2", "she had taken a cold remedy", 6, "person:tomas brenn", "Varga's agent")
    by_name = _said("c3", "she would appeal", 7, "person:tomas brenn", "Brenn")
    named = _said("c4", "the team knew", 2, "person:tomas brenn", "Varga's agent, Tomas Brenn")
    expected = {"c1": (date(2025, 4, 3), "later reports quote Tomas Brenn for Ilse Varga")}
    assert overtaken(_story(refused, agent), NAMES) == expected
    assert overtaken(_story(refused, by_name, named), NAMES) == expected  # the role elsewhere
    herself = _said("c5", "she was innocent", 5, "person:ilse varga", "Varga")
    assert overtaken(_story(refused, herself), NAMES) == {
        "c1": (date(2025, 4, 3), "later reports quote Ilse Varga")
    }


def test_a_refusal_stands_while_nobody_speaks_for_the_party() -> None:
    refused = _claim("c1", "Ilse Varga, the rower named in the files, declined to comment.", 3)
    no_role = _said("c2", "the rules were clear", 6, "person:tomas brenn", "Tomas Brenn")
    earlier = _said("c3", "she had taken a cold remedy", 2, "person:tomas brenn", "Varga's agent")
    assert overtaken(_story(refused, no_role), NAMES) == {}
    assert overtaken(_story(refused, earlier), NAMES) == {}  # before the refusal, not after
    lawyer = _claim("c4", "Ilse Varga's lawyer declined to comment.", 3)  # not Varga who refused
    asked = _claim("c5", "Ilse Varga declined to say whether she would appeal.", 3)  # one question
    later = _said("c6", "she was innocent", 6, "person:ilse varga", "Varga")
    assert overtaken(_story(lawyer, later), NAMES) == {}
    assert overtaken(_story(asked, later), NAMES) == {}


def test_a_state_a_later_report_ends_is_dated() -> None:
    missing = _claim("c1", "A third crewman is missing.", 1)
    found = _claim("c2", "The missing crewman was found alive on Thursday.", 4)
    closed = _claim("c3", "The Varda pass is closed to trucks.", 1)
    reopened = _claim("c4", "The Varda pass reopened on Friday.", 5)
    got = overtaken(_story(missing, found, closed, reopened), NAMES)
    assert got["c1"] == (date(2025, 4, 1), "later reported found")
    assert got["c3"] == (date(2025, 4, 1), "later reported reopened")
    assert "c2" not in got and "c4" not in got  # the ending tells its own change


def test_a_state_is_not_dated_by_another_holder_a_guess_or_the_same_day() -> None:
    missing = _claim("c1", "A third crewman is missing.", 1)
    other = _claim("c2", "Divers found the ferry's anchor on Thursday.", 4)  # another holder
    hoped = _claim("c3", "The missing crewman may be found by Friday.", 4, modality="speculated")
    same_day = _claim("c4", "A second crewman was found alive.", 1)
    not_found = _claim("c5", "The crewman has not been found.", 4, negative=True)
    got = overtaken(_story(missing, other, hoped, same_day, not_found), NAMES)
    assert "c1" not in got


def test_a_sources_state_a_later_report_ends_is_dated_in_its_line() -> None:
    words = "Two crewmen were missing"
    cite = Citation(article="a1", start=0, end=len(words), outlet="Tolvan Wire", text=words)
    report = Said(cite, "reported", Voice("Harbour police", "source"), seen=date(2025, 4, 1))
    st = Statement("c1", words, [report], 1, None, (date(2025, 4, 1), 0, 0))
    st.as_of, st.later = date(2025, 4, 1), "later reported found"
    (item,) = _attributed([st])
    assert item.text.endswith("(as of 1 April 2025; later reported found)")


def test_a_participle_before_its_noun_is_no_state_that_ends() -> None:
    gate = _claim("c1", "Witnesses saw a crowd pressed against a closed iron gate.", 1)
    reopened = _claim("c2", "The iron gate at Tamsel market reopened on Friday.", 5)
    missing = _claim("c3", "The missing ferryman is Ivo Tamm, 52.", 1)
    found = _claim("c4", "The ferryman was found alive on Friday.", 5)
    got = overtaken(_story(gate, reopened, missing, found), NAMES)
    assert "c1" not in got and "c3" in got


def test_a_state_is_ended_only_by_the_same_holder_of_the_same_number() -> None:
    two = _claim(
        "c1", "Two of the stolen kettles, the tin one and the iron one, are still lost.", 1
    )
    copper = _claim("c2", "The copper kettle was found in a barn on Wednesday.", 4)
    one = _claim("c3", "One of the kettles was found in a ditch.", 4)
    missing = _claim("c4", "The tin kettle and the iron kettle are still missing.", 1)
    other = _claim("c5", "Another kettle was found in a barn on Wednesday.", 4)
    story = _story(two, copper, one, missing, other)
    assert "c4" not in ended(story)  # another holder, and one of two
    both = _claim("c6", "Both kettles were found in a barn on Wednesday.", 5)
    assert ended(_story(missing, both))["c4"] == (date(2025, 4, 1), "later reported found")
    named = _claim("c7", "The Gorval Cup remains missing.", 1)
    cup = _claim("c8", "Divers found the Gorval Cup in the river.", 4)
    plate = _claim("c9", "Divers found the Gorval Plate in the river.", 4)
    assert "c7" in ended(_story(named, cup))
    assert "c7" not in ended(_story(named, plate))


def test_a_state_is_not_ended_by_a_retelling_of_an_earlier_finding_or_what_it_sets_apart() -> None:
    # day 3 is a Thursday; day 5 retells a finding "on Tuesday" (day 1), before the state's day 3
    state = _claim("c1", 'The original "Dusk over Merrow" and two other vases remain missing.', 3)
    retold = _claim("c2", '"Dusk over Merrow" was found in a cellar on Tuesday.', 5)
    assert ended(_story(state, retold)) == {}
    copy = _claim("c3", "The replica was found in a cellar on Saturday.", 5)
    assert ended(_story(state, copy)) == {}
    kept = _claim("c4", 'A bronze vase, "Dusk over Merrow", is missing.', 3)
    later = _claim("c5", '"Dusk over Merrow" was found in a cellar on Saturday.', 5)
    stale = _claim("c6", '"Dusk over Merrow" was found in a cellar on Tuesday.', 5)
    assert "c4" in ended(_story(kept, later))
    assert "c4" not in ended(_story(kept, stale))


def test_a_state_is_ended_by_its_holder_named_or_described_by_the_state() -> None:
    named = _claim("c1", "The missing ferryman is Ivo Tamm, 52.", 1)
    third = _claim("c2", "A third ferryman is missing.", 1)
    found = _claim(
        "c3", "Ivo Tamm, the Orlin ferryman missing since the storm, was found alive.", 4
    )
    got = ended(_story(named, third, found))
    assert got["c1"] == got["c2"] == (date(2025, 4, 1), "later reported found")
    two = _claim("c4", "Two ferrymen are missing.", 1)
    assert "c4" not in ended(_story(two, found))  # one of two


def test_the_holder_of_a_state_told_by_an_active_verb_is_its_object() -> None:
    """ "Coastguards detained the Orlin skipper": the skipper is held, not the coastguards."""
    held = _claim("c1", "Coastguards detained the skipper of the trawler Orlin Star on Monday.", 1)
    freed = _claim("c2", "A court released the trawler's skipper on Thursday.", 4)
    others = _claim("c3", "Coastguards were released from duty on Thursday.", 4)
    assert ended(_story(held, freed)) == {"c1": (date(2025, 4, 1), "later reported released")}
    assert ended(_story(held, others)) == {}


def test_a_plural_state_is_ended_by_both_or_all_of_its_number() -> None:
    held = _claim("c1", "Police have detained two men from Orlin for questioning.", 1)
    both = _claim("c2", "A police spokeswoman said that both had been released.", 3)
    all_three = _claim("c3", "A police spokeswoman said that all three had been released.", 3)
    assert ended(_story(held, both)) == {"c1": (date(2025, 4, 1), "later reported released")}
    assert ended(_story(held, all_three)) == {}


def test_a_plan_whose_day_has_passed_is_dated_not_still_ahead() -> None:
    """ "Ilse Varga is due to visit the quay on Thursday" (3 April, the Thursday 10 April), then
    reports up to 12 April: the plan as of its day, its day passed. Before that day, or told
    as done by some report, it is no such plan."""
    from whatweknow.story_contract import Values

    def plan(cid: str, day: int, on: str, modality: str = "expected") -> StoryClaim:
        c = _claim(cid, "Ilse Varga is due to visit the quay on Thursday.", day, modality=modality)
        return c.model_copy(update={"values": Values(dates=[on])})

    later = _claim("c9", "Rescuers reached the upper camp.", 12)
    found = overtaken(_story(plan("c1", 3, "2025-04-10"), later), NAMES)
    assert found == {"c1": (date(2025, 4, 3), "the day it looked ahead to has passed")}
    assert overtaken(_story(plan("c1", 3, "2025-04-14"), later), NAMES) == {}
    assert overtaken(_story(plan("c1", 3, "2025-04-10", "asserted"), later), NAMES) == {}
    assert overtaken(_story(plan("c1", 3, "2025-04-01"), later), NAMES) == {}


def test_a_plan_whose_day_has_passed_reads_as_expected_then() -> None:
    words = "Ilse Varga is due to visit the quay on Thursday"
    cite = Citation(article="a1", start=0, end=len(words), outlet="Tolvan Wire", text=words)
    report = Said(cite, "expected", Voice("Harbour police", "source"), seen=date(2025, 4, 7))
    st = Statement("c1", words, [report], 1, None, (date(2025, 4, 7), 0, 0))
    st.as_of, st.later = date(2025, 4, 7), "the day it looked ahead to has passed"
    (item,) = _attributed([st])
    assert item.text == (
        "Harbour police expected: Ilse Varga is due to visit the quay on Thursday "
        "(as of 7 April 2025; the day it looked ahead to has passed)"
    )


def test_a_plan_whose_words_name_no_day_is_not_dated_by_a_day_it_was_merged_with() -> None:
    from whatweknow.story_contract import Values

    c = _claim("c1", "Ilse Varga would ask the harbour board to meet.", 3, modality="expected")
    c = c.model_copy(update={"values": Values(dates=["2025-04-10"])})
    later = _claim("c9", "Rescuers reached the upper camp.", 12)
    assert overtaken(_story(c, later), NAMES) == {}
