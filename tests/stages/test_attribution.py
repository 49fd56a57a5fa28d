"""Attribution and claims, one construction per test, on text the tests write."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from whatweknow import Analyser
from whatweknow.model import Actor, Claim, Dossier, Quote
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout

pytestmark = pytest.mark.model


def run(analyser: Analyser, text: str) -> Dossier:
    article = build_article(text, parse_layout(text), fmt="text", published=date(2024, 6, 3))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    d = item[1]
    for rec in [*d.quotes, *d.claims]:
        assert text[rec.start : rec.end] == rec.text
    return d


def body(analyser: Analyser, paragraphs: str) -> Dossier:
    return run(analyser, f"Talks in the news\n\n{paragraphs}\n")


def quote_with(d: Dossier, fragment: str) -> Quote:
    found = [q for q in d.quotes if fragment in q.text]
    assert found, (fragment, [q.text for q in d.quotes])
    return found[0]


def claim_with(d: Dossier, fragment: str) -> Claim:
    found = [c for c in d.claims if fragment in c.text]
    assert found, (fragment, [c.text for c in d.claims])
    return found[0]


def actor(d: Dossier, actor_id: str | None) -> Actor:
    assert actor_id is not None
    return next(a for a in d.actors if a.id == actor_id)


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We are ready to talk," said Grace Okafor.',
        "“We are ready to talk,” Grace Okafor said.",
        "Grace Okafor said: “We are ready to talk.”",
    ],
)
def test_direct_quotes_curly_and_straight_with_their_speaker(
    analyser: Analyser, paragraph: str
) -> None:
    d = body(analyser, paragraph)
    q = quote_with(d, "We are ready to talk")
    assert q.kind == "direct"
    assert actor(d, q.speaker).name == "Grace Okafor"
    assert q.cue == "said"


def test_a_split_quote_is_one_quote(analyser: Analyser) -> None:
    d = body(
        analyser,
        "“The first part is true,” he said, “but the second is not.” Lena Brandt spoke later.",
    )
    q = quote_with(d, "The first part is true")
    assert q.text.endswith("but the second is not.")


def test_a_quote_running_over_paragraphs_keeps_its_speaker(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Grace Okafor said: “The talks will start on Monday. We have prepared for weeks.\n\n"
        "“Nobody should expect a deal in one round.”",
    )
    q = quote_with(d, "The talks will start")
    assert "Nobody should expect" in q.text
    assert actor(d, q.speaker).name == "Grace Okafor"


def test_a_quote_paragraph_after_an_attributed_quote_keeps_the_speaker(
    analyser: Analyser,
) -> None:
    d = body(analyser, "“It is a start,” Grace Okafor said.\n\n“We will see more next week.”")
    q = quote_with(d, "We will see more")
    assert actor(d, q.speaker).name == "Grace Okafor"


@pytest.mark.parametrize(
    ("paragraph", "speaker", "fragment", "modality"),
    [
        (
            "Grace Okafor said that the ships had left the port.",
            "Grace Okafor",
            "the ships had left",
            "reported",
        ),
        (
            "The ships had left the port, Grace Okafor said.",
            "Grace Okafor",
            "The ships had left",
            "reported",
        ),
        (
            "According to Grace Okafor, the ships had left the port.",
            "Grace Okafor",
            "the ships had left",
            "reported",
        ),
        (
            "Grace Okafor insisted that the ships had left the port.",
            "Grace Okafor",
            "the ships had left",
            "asserted",
        ),
        (
            "Grace Okafor has alleged Iran is supplying the drones.",
            "Grace Okafor",
            "Iran is supplying",
            "alleged",
        ),
        (
            "Grace Okafor denied that the ships had left the port.",
            "Grace Okafor",
            "the ships had left",
            "denied",
        ),
        (
            "Grace Okafor warned that the ships may leave the port.",
            "Grace Okafor",
            "the ships may leave",
            "speculated",
        ),
        (
            "Grace Okafor said the minister will visit Tokyo.",
            "Grace Okafor",
            "the minister will visit",
            "expected",
        ),
    ],
)
def test_reported_speech_and_its_modality(
    analyser: Analyser, paragraph: str, speaker: str, fragment: str, modality: str
) -> None:
    d = body(analyser, paragraph)
    c = claim_with(d, fragment)
    assert actor(d, c.source).name == speaker
    assert c.modality == modality
    assert "Grace Okafor" not in c.text and "according" not in c.text.lower()


def test_nested_attribution_keeps_the_intermediary(analyser: Analyser) -> None:
    d = body(analyser, "Grace Okafor told Reuters that diplomats say the talks will fail.")
    c = claim_with(d, "the talks will fail")
    assert actor(d, c.source).name == "diplomats"
    assert [actor(d, v).name for v in c.via] == ["Grace Okafor"]


def test_pronouns_resolve_to_the_last_person(analyser: Analyser) -> None:
    d = body(analyser, "Grace Okafor arrived on Monday. She said the delegation was ready.")
    c = claim_with(d, "the delegation was ready")
    assert actor(d, c.source).name == "Grace Okafor"


def test_collective_sources_speak(analyser: Analyser) -> None:
    d = body(analyser, "Japanese media reported that the ship had turned back.")
    c = claim_with(d, "the ship had turned back")
    src = actor(d, c.source)
    assert (src.name, src.type, src.country) == ("Japanese media", "group", "JPN")


def test_noun_cues_give_speculated_claims(analyser: Analyser) -> None:
    d = body(analyser, "Speculation has mounted that the summit will move to Geneva.")
    c = claim_with(d, "the summit will move to Geneva")
    assert c.modality == "speculated" and c.source is None


def test_a_partial_quote_is_marked_partial(analyser: Analyser) -> None:
    d = body(analyser, "Grace Okafor said the drills were “a carefully staged warning” to Tokyo.")
    q = quote_with(d, "the drills were")
    assert q.kind == "partial"
    assert actor(d, q.speaker).name == "Grace Okafor"


def test_the_outlets_narration_is_asserted_hedged_narration_speculated_headlines_no_claim(
    analyser: Analyser,
) -> None:
    d = run(
        analyser,
        "Geneva may host the talks\n\nThe ministers met for three hours on Monday.\n\n"
        "Geneva may host the next round.\n",
    )
    assert not [c for c in d.claims if c.start == 0]  # a headline states nothing of its own
    hedged = claim_with(d, "Geneva may host the next round")
    assert hedged.modality == "speculated" and hedged.hedges == ["may"] and hedged.source is None
    narration = claim_with(d, "The ministers met")
    assert narration.modality == "asserted" and narration.source is None


def test_negation_is_recorded(analyser: Analyser) -> None:
    d = body(analyser, "The ministers did not sign the agreement on Monday.")
    assert claim_with(d, "did not sign").negated


@pytest.mark.parametrize(
    "paragraphs",
    [
        "He said “this is “nested” and odd. Then “another one.",
        "“" * 7 + " stray marks " + "”" * 3,
        "A quote that never closes: “and runs on for a while. It has two sentences.\n\n"
        "The next paragraph is plain.",
        "- item one\n- item two “quoted item”\n- item three",
    ],
)
def test_odd_quotation_marks_never_crash_or_swallow_the_article(
    analyser: Analyser, paragraphs: str
) -> None:
    d = body(analyser, paragraphs)
    for q in d.quotes:
        assert "\n\n" not in q.text
        assert q.speaker is None or any(a.id == q.speaker for a in d.actors)


def test_a_quote_with_no_speaker_anywhere_has_none(analyser: Analyser) -> None:
    d = body(analyser, "“Nobody knows what the ship was carrying,” read a sign at the port.")
    q = quote_with(d, "Nobody knows")
    assert q.speaker is None or actor(d, q.speaker).type == "group"


# -- speaker carry-over ---------------------------------------------------------------------


def test_a_quote_after_the_tag_in_the_same_paragraph_is_one_quote(analyser: Analyser) -> None:
    d = body(analyser, "“The port is closed,” Grace Okafor said. “Nobody may leave before Friday.”")
    q = quote_with(d, "The port is closed")
    assert "Nobody may leave" in q.text
    assert actor(d, q.speaker).name == "Grace Okafor"
    assert len([x for x in d.quotes if "Nobody may leave" in x.text]) == 1


def test_a_quote_paragraph_continuing_the_quote_before_keeps_its_speaker(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "“We counted the boats twice,” Grace Okafor said.\n\n“There were eleven, not fourteen.”",
    )
    assert actor(d, quote_with(d, "There were eleven").speaker).name == "Grace Okafor"


def test_no_carry_over_when_another_speaker_comes_between(analyser: Analyser) -> None:
    d = body(
        analyser,
        "“We counted the boats twice,” Grace Okafor said. The harbour office said later that it "
        "had its own figures.\n\n“There were eleven, not fourteen.”",
    )
    q = quote_with(d, "There were eleven")
    assert q.speaker is None or actor(d, q.speaker).name != "Grace Okafor"


def test_no_carry_over_to_a_paragraph_that_is_not_quote_only(analyser: Analyser) -> None:
    d = body(
        analyser,
        "“We counted the boats twice,” Grace Okafor said.\n\n"
        "“There were eleven, not fourteen.” The harbour office has not published a count.",
    )
    q = quote_with(d, "There were eleven")
    assert q.speaker is None or actor(d, q.speaker).name != "Grace Okafor"


def test_a_named_subject_with_its_own_cue_is_not_the_previous_speaker(
    analyser: Analyser,
) -> None:
    # the sample's pattern: a spokesperson speaks, then a foreign ministry of another country
    d = body(
        analyser,
        "The two ministers “will meet” in Oslo, foreign ministry spokesperson Li Wen told "
        "reporters. Norway’s foreign ministry said later that the meeting is set for 3 May.",
    )
    c = claim_with(d, "the meeting is set for 3 May")
    src = actor(d, c.source)
    assert src.name != "Li Wen" and src.type != "person"
    assert src.country == "NOR"


def test_a_nominal_speaker_is_not_a_person_whose_role_only_mentions_it(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Foreign ministry spokesperson Li Wen said the crew was safe. The talks will be held in "
        "a castle, the Danish foreign ministry said.",
    )
    c = claim_with(d, "The talks will be held")
    assert c.source is not None and actor(d, c.source).name != "Li Wen"


def test_the_spokesperson_is_the_last_spokesperson(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Foreign ministry spokesperson Li Wen arrived late. The spokesperson said the crew was "
        "safe.",
    )
    assert actor(d, claim_with(d, "the crew was safe").source).name == "Li Wen"


def test_an_indefinite_spokesman_is_someone_new(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Union spokesman Emil Varga said the strike would go on. The mayor will visit the docks "
        "on Monday, a council spokesman said.",
    )
    c = claim_with(d, "The mayor will visit")
    assert c.source is not None and actor(d, c.source).name != "Emil Varga"
    assert c.source_text == "a council spokesman"


def test_she_after_a_persons_office_is_that_person_or_nobody(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Senator Arvo Brisk called the report a smear. Ms Lund's office disagreed. She said she "
        "had not seen the memo.",
    )
    assert actor(d, claim_with(d, "had not seen the memo").source).name == "Lund"
    d = body(
        analyser,
        "Senator Arvo Brisk called the report a smear. Tova Rell's office disagreed. She said "
        "she had not seen the memo.",
    )
    assert claim_with(d, "had not seen the memo").source is None  # Rell or Brisk: untold


def test_her_lawyer_is_her_own_not_the_lawyer_named_before(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Ola Fenn, Jorik Vard's lawyer, said the transfers were lawful. Tamsin Roe, who quit on "
        "Friday, declined to comment. Her lawyer said the funds were never hers.",
    )
    c = claim_with(d, "the funds were never")
    assert c.source is not None and actor(d, c.source).name == "Tamsin Roe's lawyer"
    d = body(
        analyser,
        "Ola Fenn, Tamsin Roe's lawyer, said the transfers were lawful. Roe, who quit on "
        "Friday, declined to comment. Her lawyer said the funds were never hers.",
    )
    assert actor(d, claim_with(d, "the funds were never").source).name == "Ola Fenn"
    d = body(
        analyser,
        "Senator Ole Brekk's spokesman Tor Lindqvist said the senator was abroad. Mr Brekk "
        "denied the report on Monday. His spokesman said the senator would return on Friday.",
    )
    assert actor(d, claim_with(d, "would return on Friday").source).name == "Tor Lindqvist"
    d = body(
        analyser,
        "Ms Tamsin Roe, who quit on Friday, declined to comment. His lawyer said the funds were "
        "never touched.",
    )
    c = claim_with(d, "the funds were never")
    assert c.source is None or "Roe" not in actor(d, c.source).name  # "his": not Ms Roe
    d = body(
        analyser,
        "Sellan Ports said the quay was safe. A spokesman, Jon Briel, declined to say when it was "
        "last checked. Port Minister Aron Kald will visit the quay on Friday, his ministry said.",
    )
    c = claim_with(d, "will visit the quay")
    assert actor(d, c.source).name == "Aron Kald's ministry"  # not the spokesman's


def test_a_coordinator_named_a_sentence_late_is_that_person(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Two nurses were working on a ward when the shell hit the clinic on Sunday, the "
        'charity\'s field coordinator said. "They were on the ward when the roof fell," Anna '
        "Kessel, who runs the charity's work in the province, told reporters.",
    )
    assert actor(d, claim_with(d, "Two nurses were working").source).name == "Anna Kessel"


# -- coordinated and media sources ------------------------------------------------------------


def test_coordinated_sources_each_speak(analyser: Analyser) -> None:
    d = body(analyser, "Both Lisbon and Madrid have rejected the newspaper's account.")
    claims = [c for c in d.claims if "the newspaper's account" in c.text]
    names = sorted(actor(d, c.source).name for c in claims)
    assert names == ["Portugal", "Spain"]
    assert all(c.modality == "denied" for c in claims)
    assert len({(c.start, c.end) for c in claims}) == 1
    assert all(not (c.source_text or "").lower().startswith("both") for c in claims)


@pytest.mark.parametrize(
    ("paragraph", "name", "country"),
    [
        ("Japanese media reported that the ferry had sunk.", "Japanese media", "JPN"),
        ("South Korean media said the ferry had sunk.", "South Korean media", "KOR"),
        ("State media said the ferry had sunk.", "State media", None),
        ("Russian news agencies reported that the ferry had sunk.", "Russian news agencies", "RUS"),
        ("Russian state media said the ferry had sunk.", "Russian state media", "RUS"),
    ],
)
def test_news_media_are_media_sources_not_their_state(
    analyser: Analyser, paragraph: str, name: str, country: str | None
) -> None:
    d = body(analyser, paragraph)
    src = actor(d, claim_with(d, "the ferry had sunk").source)
    assert (src.name, src.type, src.sector, src.country) == (name, "group", "MED", country)


@pytest.mark.parametrize("agency", ["TASS", "Interfax", "Reuters", "RIA Novosti"])
def test_a_named_news_agency_is_a_media_organisation(analyser: Analyser, agency: str) -> None:
    d = body(analyser, f"{agency} reported that the ferry had sunk near the coast.")
    src = actor(d, claim_with(d, "the ferry had sunk").source)
    assert (src.type, src.sector) == ("organisation", "MED")


def test_a_name_qualifying_a_noun_is_not_the_speaker(analyser: Analyser) -> None:
    d = body(analyser, "A retired Portuguese admiral said the figures were too high.")
    src = actor(d, claim_with(d, "the figures were too high").source)
    assert src.type == "group" and src.country == "PRT"


# -- clause-level claims ----------------------------------------------------------------------


def test_an_embedded_attribution_keeps_the_main_statement(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Oman will host the talks in Salalah next week – a meeting diplomats say could revive "
        "the accord.",
    )
    main = claim_with(d, "Oman will host the talks")
    assert main.source is None and main.modality == "expected"
    assert "diplomats" not in main.text and "could" not in main.text
    said = claim_with(d, "could revive the accord")
    assert actor(d, said.source).name == "diplomats"
    assert said.modality == "speculated" and said.text.startswith("a meeting")


def test_a_conjoined_clause_with_an_attribution_keeps_the_main_statement(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "At least 300 people have died and 1,000 are believed to be missing after the storm "
        "broke two dams above the town.",
    )
    main = claim_with(d, "At least 300 people have died")
    assert main.modality == "asserted" and "missing" not in main.text


def test_no_claim_is_a_fragment(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The ferry has not reported its position since Monday, which analysts said could mean "
        "its radio is broken. The boats, which Spain says numbered nine, left at dawn.",
    )
    for c in d.claims:
        first = c.text.split()[0].lower()
        assert first not in ("which", "who", "that"), c.text
        assert not c.text.startswith(("could", "numbered")), c.text


def test_a_quote_with_no_speaker_is_still_reported(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The port reopened on Monday.\n\n“Nobody here was told anything about the cargo.”",
    )
    c = claim_with(d, "Nobody here was told")
    assert c.source is None and c.modality == "reported"


def test_a_report_inside_anothers_words_is_told_by_its_claim(analyser: Analyser) -> None:
    d = body(analyser, "Grace Okafor said she believed the ferry had turned back.")
    assert [q for q in d.quotes if "the ferry had turned back" in q.text]
    assert len([q for q in d.quotes if q.text.startswith("the ferry")]) == 0
    c = claim_with(d, "the ferry had turned back")
    assert c.quote is not None and c.source is not None


def test_a_vox_pop_dash_names_the_speaker(analyser: Analyser) -> None:
    d = body(analyser, "“We were never asked what we think about the bridge.” ― Grace Okafor")
    q = quote_with(d, "We were never asked")
    assert actor(d, q.speaker).name == "Grace Okafor"


def test_a_quote_widens_only_the_attribution_it_hangs_from(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Lisbon has rejected the newspaper's claims, and a Portuguese spokesman called them "
        "“pure invention” on Friday.",
    )
    denied = claim_with(d, "the newspaper's claims")
    assert "invention" not in denied.text and denied.modality == "denied"
    q = quote_with(d, "pure invention")
    assert q.speaker is None or actor(d, q.speaker).name != "Portugal"


def test_a_second_quote_under_the_same_cue_is_one_attribution(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Grace Okafor claimed that the vote was “badly run” but that “nobody will admit it”.",
    )
    assert len([q for q in d.quotes if "nobody will admit it" in q.text]) == 1
    q = quote_with(d, "nobody will admit it")
    assert "badly run" in q.text and actor(d, q.speaker).name == "Grace Okafor"


def test_a_name_given_in_the_passive_is_nobodys_quote(analyser: Analyser) -> None:
    d = body(analyser, "For years the surgeon has been called “a miracle worker” in the town.")
    assert not [q for q in d.quotes if "miracle worker" in q.text and q.speaker is None and q.cue]


def test_a_quote_with_no_speaker_lends_none_to_the_next(analyser: Analyser) -> None:
    d = body(
        analyser,
        "“Nothing was said to us about the cargo, nothing at all.” It sounded “too polite” and "
        "“too late” to the crews.",
    )
    assert not [q for q in d.quotes if q.text.startswith("too")]


def test_quotes_under_one_cue_in_a_sentence_are_one_attribution(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Grace Okafor called the plan “reckless and costly”, “badly drafted” and “a gift to "
        "smugglers of every kind”.",
    )
    found = [q for q in d.quotes if "a gift to smugglers" in q.text]
    assert len(found) == 1 and "reckless and costly" in found[0].text
    assert actor(d, found[0].speaker).name == "Grace Okafor"


def test_a_pronoun_speaker_is_the_subject_named_before_it_not_the_last_name(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Mayor Olena Marchuk spoke at the harbour on Monday. Despite the protests, Marchuk "
        "insists the council had nothing to do with Petro Havryl's dismissal. “We had nothing "
        "to do with it,” she said.",
    )
    quote = quote_with(d, "We had nothing to do with it")
    assert actor(d, quote.speaker).name == "Olena Marchuk"


def test_a_pronoun_between_two_people_and_no_subject_is_left_unidentified(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "The report named Anna Berg and Lena Holm as witnesses. “It went well,” she said.",
    )
    assert quote_with(d, "It went well").speaker is None


def test_of_two_parsed_subjects_the_one_next_to_the_cue_speaks(analyser: Analyser) -> None:
    d = body(
        analyser,
        "TOKYO — Foreign Minister Ken Arai will leave for Oslo on Tuesday for talks with his "
        "Chinese counterpart, Li Wen, on Wednesday, Japan's foreign ministry said on Monday.",
    )
    claim = claim_with(d, "will leave for Oslo")
    assert claim.source_text is not None and "ministry" in claim.source_text


# --- speakers on real-news patterns (issue "Trust"): texts written for these tests ------------


def speaker_of(d: Dossier, fragment: str) -> str | None:
    q = quote_with(d, fragment)
    return actor(d, q.speaker).name if q.speaker else None


def test_a_report_around_a_quote_carries_it_and_is_not_its_speaker(analyser: Analyser) -> None:
    d = body(
        analyser,
        '"We simply have no words left tonight," said one young mourner, according to AFP '
        "journalists at the scene.\n\n"
        'Regional authorities declared that they had "no choice but to stop the fighting" with '
        "the rebels, Reuters reported on Tuesday.",
    )
    for fragment, wrong in (("no words left", "AFP"), ("no choice but", "Reuters")):
        over = [q for q in d.quotes if fragment in d.article.text[q.start : q.end]]
        assert over, fragment
        for q in over:  # no record gives the quoted words to the outer report
            assert q.speaker is None or wrong not in actor(d, q.speaker).name, q
            assert wrong not in (q.speaker_text or ""), q
    assert "mourner" in (quote_with(d, "no words left").speaker_text or "")
    assert "authorities" in (quote_with(d, "no choice but").speaker_text or "").lower()


def test_a_quote_after_a_quote_only_paragraph_keeps_its_speaker_despite_the_carrier(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        '"We simply have no words left tonight," said one young mourner, according to AFP '
        "journalists at the scene.\n\n"
        '"Let us stand together for our commanders. We need your support now."',
    )
    assert "mourner" in (quote_with(d, "stand together").speaker_text or "")


def test_it_refers_back_to_the_last_speaker_not_to_a_name_inside_a_quote(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        'A Telegram channel close to the fighters claimed: "The second jet, which belonged to '
        'the head of the Harrow Group, landed safely at a small airfield near the capital."\n\n'
        'It added: "Where the owner himself was in the end, nobody can say at the moment."',
    )
    q = quote_with(d, "Where the owner himself")
    assert q.speaker is None or "Harrow" not in actor(d, q.speaker).name


def test_cited_as_saying_gives_the_one_cited(analyser: Analyser) -> None:
    d = body(
        analyser,
        "\u201cAn investigation has been opened into the crash of the jet tonight.\n\n"
        "According to the passenger list, his name is among those on board,\u201d Avialink, the "
        "national aviation agency, was cited as saying by the state news agency Tassmo.",
    )
    q = quote_with(d, "An investigation has been opened")
    assert "his name is among" in q.text  # one quote over both paragraphs
    assert "Avialink" in (q.speaker_text or "")
    assert "Tassmo" not in (q.speaker_text or "")


def test_a_quote_ending_its_sentence_takes_no_cue_from_the_next(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Dmitri Volkov asked the media to rely on facts, \u201cwhich as of this moment are very "
        "few.\u201d He also reminded reporters that President Anton Marek had promised a thorough "
        "investigation.",
    )
    assert speaker_of(d, "which as of this moment") != "Anton Marek"


def test_words_quoted_inside_a_message_are_its_authors(analyser: Analyser) -> None:
    d = body(
        analyser,
        "A channel close to the group has posted a video message from Ivan Petrov addressed to "
        '"those who enjoy discussing my disappearance". Nobody has confirmed its date.',
    )
    q = quote_with(d, "those who enjoy")
    assert "Petrov" in (q.speaker_text or "")


def test_a_definite_description_of_one_person_is_left_unidentified(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The flood reached the old town on Sunday night.\n\n"
        'While reacting to the news, the presidential candidate said: "This is a tragedy that '
        'could have been prevented by anyone in charge."',
    )
    q = quote_with(d, "This is a tragedy")
    assert q.speaker is None
    assert not any(a.type == "group" and "candidate" in a.name for a in d.actors)


def test_a_name_the_parser_hung_inside_an_opening_participle_still_speaks(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Speaking on the local network Alnour, Omar Haddad, prime minister of the eastern "
        'government, reported "more than 200 dead and hundreds missing" in the town alone.',
    )
    assert quote_with(d, "more than 200 dead").speaker_text == "Omar Haddad"


def test_a_short_name_joins_the_full_name_it_is_part_of(analyser: Analyser) -> None:
    d = body(
        analyser,
        "General Tomas Ekwa Mbeki, head of the palace guard, emerged as the leader of the "
        "junta on Wednesday.\n\n"
        '"Thank you, thank you all," Ekwa said at one stop, then drove off.',
    )
    name = speaker_of(d, "Thank you")
    assert name is not None and "Mbeki" in name and "Ekwa" in name


def test_what_a_source_cannot_confirm_is_not_asserted(analyser: Analyser) -> None:
    d = body(
        analyser,
        "There was no confirmation that the minister was on board, and the agency could not "
        "immediately confirm that the plane had crashed.\n\n"
        "Inspectors found no evidence that the ship carried weapons.",
    )
    for fragment, hedge in (
        ("the minister was on board", "no confirmation"),
        ("the plane had crashed", "could not immediately confirm"),
    ):
        c = claim_with(d, fragment)
        assert c.modality == "speculated" and hedge in c.hedges, c
    c = claim_with(d, "the ship carried weapons")  # found no evidence of it: rejected
    assert c.modality == "denied" and "no evidence" in c.hedges, c


@pytest.mark.parametrize(
    ("paragraph", "fragment", "hedge"),
    [
        (
            "The judge told jurors that the police no longer alleged that the driver had been "
            "paid by a rival firm.",
            "the driver had been paid",
            "no longer alleged",
        ),
        (
            "The council no longer said that the library would close in spring.",
            "the library would close",
            "no longer said",
        ),
        (
            "Campaigners had ceased to claim that the reservoir was poisoned.",
            "the reservoir was poisoned",
            "had ceased to claim",
        ),
    ],
)
def test_a_cue_no_longer_standing_attributes_nothing_as_said(
    analyser: Analyser, paragraph: str, fragment: str, hedge: str
) -> None:
    d = body(analyser, paragraph)
    c = claim_with(d, fragment)
    assert c.modality == "speculated" and hedge in c.hedges, c  # never "X alleges P"


def test_a_negated_charge_or_denial_of_a_thing_is_the_outlets_sentence(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "The tenants did not accuse the landlord of cutting the heating. The mill stopped "
        "denying the reports of a spill.",
    )
    for c in d.claims:
        assert c.modality not in ("alleged", "denied"), c
    assert claim_with(d, "did not accuse the landlord").source is None
    assert claim_with(d, "stopped denying the reports").source is None


def test_a_source_that_never_stopped_claiming_still_claims(analyser: Analyser) -> None:
    d = body(analyser, "The opposition never stopped claiming that the count was rigged.")
    assert claim_with(d, "the count was rigged").modality == "alleged"
    d = body(analyser, "The mayor stopped to say that the ferry would sail.")  # to say it
    assert claim_with(d, "the ferry would sail").modality != "speculated"


def test_a_negated_cue_over_a_question_or_a_thing_hedges_nothing(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The minister did not say whether the plant had closed. The firm will not name the "
        "dealers that it plans to drop. Memorials appeared outside the old headquarters.",
    )
    for c in d.claims:
        assert not any("not" in h for h in c.hedges), c
        assert not c.text.startswith("whether"), c  # an unanswered question is nobody's claim
    assert claim_with(d, "did not say whether").source is None
    assert claim_with(d, "Memorials appeared outside").modality == "asserted"


def test_a_report_passed_on_keeps_its_own_statement_beside_a_later_tag(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Two officials told reporters Ankara believed a drone launched from across the border "
        "likely hit the depot, though they said the information was preliminary.",
    )
    c = claim_with(d, "likely hit the depot")
    assert "preliminary" not in c.text
    assert c.modality == "speculated" and c.source is not None  # Ankara's, or the officials'
    assert claim_with(d, "the information was preliminary").modality == "reported"


def test_of_two_clauses_a_cue_says_the_one_after_it(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Ankara has said its boats, which Greece says numbered nine, were on a routine patrol; "
        "a retired Turkish admiral said last week there had been fewer than five.",
    )
    c = claim_with(d, "were on a routine patrol")
    assert c.source_text == "Ankara"
    assert claim_with(d, "fewer than five").source_text == "a retired Turkish admiral"


def test_a_clause_nested_inside_the_content_gives_no_fragment(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Greece released a 40-second clip that it said showed the patrol boat turning across "
        "the bow of the ferry.",
    )
    for c in d.claims:
        assert not c.text.rstrip().endswith((" that", " and")), c.text


def test_a_name_given_in_quotes_is_the_outlets_sentence_not_a_claim_of_the_namer(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "The president described the revolt as a treacherous “knife in the back”, but later met "
        "its leader.",
    )
    assert not any(c.text.strip("“”") == "knife in the back" for c in d.claims)
    c = claim_with(d, "described the revolt")
    assert c.source is None and c.modality == "asserted"


def test_an_infinitive_is_said_of_its_bearer_and_a_subjectless_rest_is_no_claim(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Supporters of the militia leader Ivan Petrov, who is believed to have been killed in a "
        "plane crash, laid flowers outside.\n\n"
        "He sent his condolences to the families of those the agency said died in the crash.",
    )
    c = claim_with(d, "to have been killed")
    assert "Petrov" in c.text and c.modality == "speculated"
    assert not any(c.text.startswith(("died", "to have")) for c in d.claims)


@pytest.mark.parametrize(
    "paragraph",
    [
        # the parse hangs "said" under the clause (parataxis) …
        "The number of dead from the landslide in Orvel rose to 27 on Thursday, the regional "
        "civil protection office said, as diggers cleared the road.",
        # … or takes the clause's subject for the cue's
        "A cargo train carrying more than 40 wagons of grain derailed late on Sunday near the "
        "town of Halm, injuring at least nine people, the head of the national rail company "
        "said on Monday.",
    ],
)
def test_a_clause_then_a_trailing_speaker_is_that_speakers_report(
    analyser: Analyser, paragraph: str
) -> None:
    d = body(analyser, paragraph)
    first = d.claims[0]
    assert first.modality == "reported" and first.source_text is not None
    assert first.source_text.endswith(("office", "company"))
    assert not first.text.rstrip().endswith("said")


@pytest.mark.parametrize(
    "paragraph",
    [
        "In a statement released on Monday, the ministry said.",
        "Asked about the grain deal, the minister said nothing.",
    ],
)
def test_no_trailing_report_without_a_clause_before_it(analyser: Analyser, paragraph: str) -> None:
    d = body(analyser, paragraph)
    assert all(c.modality != "reported" for c in d.claims)


def test_a_name_in_apposition_to_a_common_noun_speaker_speaks(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The port authority issued a warning. Its spokesman, Lieutenant Ana Reyes, said 12 "
        "boats had been recovered by the evening.",
    )
    claim = claim_with(d, "12 boats")
    actor = next(a for a in d.actors if a.id == claim.source)
    assert "Reyes" in actor.name


def test_a_person_who_only_qualifies_a_common_noun_never_speaks(analyser: Analyser) -> None:
    d = body(analyser, "President Vladimir Putin's spokesman said the talks would resume in May.")
    claim = claim_with(d, "talks would resume")
    actor = next((a for a in d.actors if a.id == claim.source), None)
    assert actor is None or actor.type != "person"  # the spokesman, maybe, never Putin


def test_an_embedded_question_is_nobodys_statement(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Engineers said lifting the barge might show whether the pump had failed, as some "
        "inspectors suspect.",
    )
    assert not [c for c in d.claims if c.text.startswith("the pump had failed")]
    assert all(c.source_text != "lifting" for c in d.claims)  # an act is no speaker


def test_an_accusation_says_what_it_charges_and_a_promise_is_the_outlets_sentence(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Union leader Marta Quell accused the port authority of ignoring safety warnings for "
        "years.\n\nThe mayor promised a full and independent inquiry.",
    )
    charged = claim_with(d, "the port authority")
    assert charged.modality == "alleged" and "ignoring safety warnings" in charged.text
    assert not [c for c in d.claims if c.text == "a full and independent inquiry"]
    assert claim_with(d, "The mayor promised").source is None  # the outlet tells of the promise


def test_a_time_after_the_speaker_is_no_part_of_the_speaker(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The head of the port authority on Friday rejected claims that the cranes had been "
        "left unchecked.",
    )
    denied = claim_with(d, "the cranes had been left unchecked")
    assert denied.modality == "denied"
    assert denied.source_text == "The head of the port authority"


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "The dam gave way shortly after midnight, as the night crew was changing over, "
            "Ines Varga, head of the regional water board, told reporters at the site.",
            "Varga",
        ),
        (
            "The council has called an emergency session, and its planning committee will meet "
            "on December 4, its chairwoman, Ana Lind, said.",
            "Lind",
        ),
    ],
)
def test_a_trailing_speaker_in_apposition_is_not_part_of_the_content(
    analyser: Analyser, paragraph: str, name: str
) -> None:
    d = body(analyser, paragraph)
    first = d.claims[0]
    assert name not in first.text and first.modality in ("reported", "expected")
    speaker = next(a for a in d.actors if a.id == first.source)
    assert name in speaker.name


@pytest.mark.parametrize(
    "paragraph",
    [
        "Defence Minister Lena Fors will fly to Kessel on Thursday to meet her Dravian "
        "counterpart, Ivo Marr, the Ostrian defence ministry said on Wednesday.",
        "The mayor will tour the flooded quarter with her deputy, Ivo Marr, the city council "
        "said on Tuesday.",
    ],
)
def test_a_name_before_a_said_tail_with_no_closing_comma_is_not_its_apposition(
    analyser: Analyser, paragraph: str
) -> None:
    d = body(analyser, paragraph)
    first = d.claims[0]
    assert first.text.endswith("Ivo Marr"), first  # the name belongs to the clause before
    assert first.source_text is not None and "Marr" not in first.source_text
    assert first.source_text.endswith(("ministry", "council"))
    marr = next(a for a in d.actors if a.name == "Ivo Marr")
    assert not any("ministry" in r or "council" in r for r in marr.roles), marr.roles


def test_a_name_with_a_closed_apposition_still_speaks_with_its_role(analyser: Analyser) -> None:
    d = body(analyser, "Pavel Dresk, the deputy mayor, said the quarter would be cleared.")
    c = claim_with(d, "the quarter would be cleared")
    assert actor(d, c.source).name == "Pavel Dresk"
    assert any("deputy mayor" in r for r in actor(d, c.source).roles)
    d = body(analyser, "The ministry's spokesman, Ali Tarem said the talks would resume.")
    tarem = next(a for a in d.actors if a.name == "Ali Tarem")
    assert any("spokesman" in r for r in tarem.roles)  # a role before the name stays
    d = body(analyser, "Nina Sollar, a spokeswoman for the port authority said the talks failed.")
    sollar = next(a for a in d.actors if a.name == "Nina Sollar")
    assert any("spokeswoman" in r for r in sollar.roles)  # a person's role left unclosed


def test_a_time_never_speaks_and_a_thing_shown_is_the_outlets_sentence(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "A video posted online shortly after 7 a.m. showed smoke rising above the depot.\n\n"
        "One of them said the board would want the logs checked.",
    )
    shown = claim_with(d, "smoke rising")
    assert shown.source is None and shown.text.startswith("A video posted online")
    assert claim_with(d, "the logs checked").source_text == "One of them"


def test_rejecting_a_call_is_a_refusal_not_a_denial(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The harbour master rejected calls for his resignation.\n\n"
        "The port authority denied reports of a fuel leak.",
    )
    assert not [c for c in d.claims if c.text.startswith("calls for")]
    assert claim_with(d, "rejected calls").modality == "asserted"  # the outlet tells of it
    assert claim_with(d, "reports of a fuel leak").modality == "denied"


def test_she_after_a_role_named_by_its_apposition_is_that_person(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Captain Ivo Dane was questioned on Tuesday. Dane's lawyer, Mirela Stanek, said her "
        "client was cooperating. She said he had been hurt in the collision.",
    )
    hurt = claim_with(d, "he had been hurt")
    speaker = next(a for a in d.actors if a.id == hurt.source)
    assert "Stanek" in speaker.name
    # the same when the name was typed an organisation: the role says a person
    from whatweknow.stages.attribution.speakers import _fits, _Spoke

    doc = analyser.nlp("Dane's lawyer said it.")
    typed_wrong = Actor(id="a1", name="Mirela Stanek", type="organisation")
    assert _fits(_Spoke(20, doc[0:3], typed_wrong), frozenset({"person"})) is True
    ministry = analyser.nlp("The ministry said it.")
    assert _fits(_Spoke(20, ministry[0:2], typed_wrong), frozenset({"person"})) is None


def test_calling_a_report_false_denies_it(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The shipyard called the allegations baseless.\n\n"
        "The ministry described the figures as misleading.\n\n"
        "The minister called the talks useful.",
    )
    assert claim_with(d, "the allegations").modality == "denied"
    assert claim_with(d, "the figures").modality == "denied"
    assert claim_with(d, "called the talks useful").modality == "asserted"


@pytest.mark.parametrize(
    ("paragraph", "denied"),
    [
        ("The union called the charges fabricated.", "the charges"),
        ("The club called the accusations politically motivated.", "the accusations"),
        ("The regional council has called the allegations trumped-up.", "the allegations"),
        ("The lawyers called the charges against the pilot invented.", "the charges against"),
        ("The agency called the rumours ridiculous and bogus.", "the rumours"),
    ],
)
def test_calling_an_accusation_made_up_denies_it(
    analyser: Analyser, paragraph: str, denied: str
) -> None:
    d = body(analyser, paragraph)
    c = claim_with(d, denied)
    assert c.modality == "denied" and c.text.startswith(denied), c
    assert not any(w in c.text for w in ("fabricated", "motivated", "trumped", "invented", "ridic"))
    assert c.source is not None and c.source_text is not None


@pytest.mark.parametrize(
    "paragraph",
    [
        "The minister called the talks fruitful and ridiculous.",  # no accusation
        "The union did not call the charges fabricated.",  # negated: nothing denied
        "The mayor never called the reports false.",
    ],
)
def test_a_dismissive_word_of_no_accusation_or_a_negated_calling_denies_nothing(
    analyser: Analyser, paragraph: str
) -> None:
    d = body(analyser, paragraph)
    assert not [c for c in d.claims if c.modality == "denied"], d.claims


def test_dismissing_a_claim_as_false_denies_what_it_says(analyser: Analyser) -> None:
    """A deny verb that also calls its object false ("dismissed … as a fabrication") is one
    denial; the denied claim ends where the calling starts."""
    d = body(
        analyser,
        "The harbour board dismissed the report as a fabrication.\n\n"
        "A spokeswoman dismissed claims that the pier had been neglected as a fabrication.",
    )
    assert claim_with(d, "the report").modality == "denied"
    neglected = claim_with(d, "the pier had been neglected")
    assert neglected.modality == "denied"
    assert "fabrication" not in neglected.text


def test_a_clause_the_parser_cut_in_two_is_said_whole(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Separately, the port authority said 40 workers detained during last week's strike had "
        "been released without charge on Friday.",
    )
    assert claim_with(d, "40 workers").text.endswith("released without charge on Friday")


def test_she_never_refers_back_to_a_mister_or_a_spokesman(analyser: Analyser) -> None:
    """A title or a role that tells a person's gender rules them out as the antecedent of a
    pronoun of the other: "she" after "Brandt said" is the spokeswoman named before him."""
    d = body(
        analyser,
        "The union's spokeswoman, Ines Harl, met Mr Brandt on Tuesday. Brandt said repairs "
        'would take a month. "That is too slow," she said.\n\n'
        "Mr Karl Brenner, the port's chairman, said the cranes were safe. "
        '"We checked them twice," he said.',
    )
    assert actor(d, claim_with(d, "That is too slow").source).name == "Ines Harl"
    assert actor(d, claim_with(d, "We checked them twice").source).name == "Karl Brenner"


def test_a_gender_is_read_only_from_titles_and_role_words() -> None:
    from whatweknow.contract import Actor, Mention
    from whatweknow.stages.attribution.gender import gender_of

    text = "Ms Vela spoke. Dr Kahn spoke. Mr Roman spoke."

    def person(name: str, roles: list[str] | None = None) -> Actor:
        start = text.index(name)
        m = Mention.model_validate(
            {"start": start, "end": start + len(name), "text": name, "as": "actor"}
        )
        return Actor(id="a1", name=name, type="person", mentions=[m], roles=roles or [])

    assert gender_of(person("Vela"), text) == "f"
    assert gender_of(person("Kahn"), text) is None  # a doctor of either gender
    assert gender_of(person("Kahn", ["chairwoman of the board"]), text) is None  # last word
    assert gender_of(person("Kahn", ["board chairwoman"]), text) == "f"
    assert gender_of(person("Roman"), text) == "m"
    assert gender_of(person("Vela", ["spokesman"]), text) is None  # both: unknown


def test_declining_to_say_and_contesting_a_thing_say_nothing(analyser: Analyser) -> None:
    """ "declined to say how many" reports nothing; "have disputed a stretch of the border"
    contests land, not words; "disputed the figures" contests words (a denial)."""
    d = body(
        analyser,
        "The army declined to say how many troops it had moved to the border.\n\n"
        "The two states have disputed a stretch of the river border since 1994.\n\n"
        "The ministry disputed the figures.",
    )
    assert claim_with(d, "how many troops").modality == "asserted"
    assert claim_with(d, "how many troops").source is None
    assert claim_with(d, "a stretch of the river border").modality == "asserted"
    assert claim_with(d, "the figures").modality == "denied"


def test_repeating_or_reiterating_a_claim_attributes_it(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Port director Lena Vos repeated that the crane had been inspected. The union "
        "reiterated that its members would stay out.",
    )
    assert claim_with(d, "the crane had been inspected").source_text == "Port director Lena Vos"
    assert claim_with(d, "its members would stay out").source_text == "The union"


def test_two_trailing_sources_each_keep_their_own_clause(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Four fishermen were rescued near the cape, according to the coast guard, and two "
        "ferries ran aground at Brill, according to the port authority.",
    )
    assert claim_with(d, "Four fishermen").source_text == "the coast guard"
    assert claim_with(d, "two ferries").source_text == "the port authority"
    assert "according" not in claim_with(d, "Four fishermen").text


def test_a_trailing_speaker_is_no_content_of_the_clause_before(analyser: Analyser) -> None:
    """ "A and B agreed on a truce, the minister said": "agreed" is no cue whose content is
    "the minister said"; the minister reports the agreement."""
    d = body(
        analyser,
        "Valdor and Osmia agreed on Wednesday to a truce along the river from midnight, "
        "Brenmark's foreign minister said, after three days of shelling.",
    )
    truce = claim_with(d, "agreed on Wednesday to a truce")
    assert truce.source_text == "Brenmark's foreign minister"
    assert not [c for c in d.claims if c.text.strip() == "Brenmark's foreign minister said"]


def test_what_someone_wants_said_is_no_statement_of_the_one_asked(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The envoy said Valdor wanted Osmia to admit that its patrol had crossed the river.",
    )
    claim = claim_with(d, "its patrol had crossed the river")
    assert claim.source_text == "The envoy"


def test_he_after_a_subject_named_in_apposition_is_that_person(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The mayor's spokesman, Tomas Brenner, declined to comment on the details. He said the "
        "mayor had asked for calm.",
    )
    assert actor(d, claim_with(d, "the mayor had asked for calm").source).name == "Tomas Brenner"


@pytest.mark.parametrize(
    "sentence",
    [
        "No militia has yet said it planted the device.",
        "Nobody has claimed that the dam was sabotaged.",
        "No one has said the files were copied.",
        "None of the rebel factions has claimed that it shot down the drone.",
        "Neither side has said the talks collapsed.",
    ],
)
def test_a_negative_quantifier_says_nobody_said_it(analyser: Analyser, sentence: str) -> None:
    """ "No militia has said it planted the device": nobody is the speaker and nothing is said
    to be said; the sentence is the outlet's, whole."""
    d = body(analyser, sentence)
    assert not d.quotes, [(q.speaker_text, q.text) for q in d.quotes]
    (claim,) = d.claims
    assert claim.text == sentence and claim.source is None and claim.source_text is None
    assert claim.modality == "asserted"


def test_a_happening_denies_nothing(analyser: Analyser) -> None:
    """ "The leak contradicts the minister's claim that P": the leak is no denier and P is not
    denied by anyone; the minister's claim stays the minister's."""
    d = body(
        analyser,
        "The leak contradicts the minister's earlier claim that no contracts were signed.",
    )
    assert not [c for c in d.claims if c.modality == "denied"], [c.text for c in d.claims]
    assert not d.contradictions
    assert claim_with(d, "no contracts were signed").source_text == "the minister"


def test_words_taken_back_are_nobodys_statement(analyser: Analyser) -> None:
    """ "reversing its earlier statement that P": P is withdrawn, no fresh claim of anyone's;
    the sentence is the outlet's."""
    d = body(
        analyser,
        "The water board on Friday reversed its earlier statement that the reservoir was safe.",
    )
    assert not d.quotes
    (claim,) = d.claims
    assert claim.source is None and claim.text.startswith("The water board")


@pytest.mark.parametrize(
    "sentence",
    [
        "The water board on Friday walked back its statement that the reservoir was safe.",
        "The water board took back its claim that the reservoir was safe.",
        "The water board rowed back on its claim that the reservoir was safe.",
    ],
)
def test_words_walked_back_are_nobodys_statement(analyser: Analyser, sentence: str) -> None:
    """A phrasal verb that takes words back ("walked back", "rowed back on") is a retraction:
    P is no claim its speaker makes, not one reported as theirs."""
    d = body(analyser, sentence)
    assert not [c for c in d.claims if c.text == "the reservoir was safe"], [
        (c.text, c.modality, c.source_text) for c in d.claims
    ]


def test_a_possessive_never_speaks_and_refers_back_as_its_pronoun(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The port authority said on Monday that the cranes were idle. Its claim that the strike "
        "had ended was doubted by dockers.",
    )
    claim = claim_with(d, "the strike had ended")
    assert actor(d, claim.source).name == "port authority"


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        (
            "Marta Velin of the Orsk Institute said the release suggested that no ransom was paid.",
            "the release suggested",
        ),
        (
            "Tomas Ferro, a union steward, said an inspection in 2023 had warned the council "
            "that the boilers were unsafe.",
            "an inspection in 2023 had warned",
        ),
        (
            "Dana Rothman, the opposition leader, said the suspension showed that the agency "
            "had known for months.",
            "the suspension showed",
        ),
    ],
)
def test_a_thing_cited_under_a_speaker_is_that_speakers_words(
    analyser: Analyser, paragraph: str, words: str
) -> None:
    """ "X said the release suggested P", "X said an inspection had warned that P": the release
    and the inspection do not speak; X says it, all of it."""
    d = body(analyser, paragraph)
    claim = claim_with(d, words)
    assert claim.source_text is not None and claim.source_text.startswith(paragraph[:10])
    assert not [c for c in d.claims if c.source_text and "release" in c.source_text]
    assert not [c for c in d.claims if c.source_text and "inspection" in c.source_text]
    assert not [c for c in d.claims if c.source_text and "suspension" in c.source_text]


def test_a_nested_report_keeps_its_relay(analyser: Analyser) -> None:
    """ "A said a clerk had told him that P": the clerk's words, through A (``via``)."""
    d = body(
        analyser,
        "The councillor, Ivo Marek, said a clerk at the depot had told him that the trucks were "
        "never serviced.",
    )
    claim = claim_with(d, "the trucks were never serviced")
    assert claim.source_text == "a clerk at the depot"
    assert [actor(d, v).name for v in claim.via] == ["Ivo Marek"]


def test_putting_a_figure_at_a_value_is_the_subjects_estimate(analyser: Analyser) -> None:
    """ "The union put the number at more than 500": the union's figure, never the outlet's."""
    d = body(
        analyser,
        "The council said 80 homes had been flooded. The residents' association put the number "
        "at more than 200.",
    )
    claim = claim_with(d, "more than 200")
    assert claim.source_text == "The residents' association"
    assert claim.modality == "reported"
    assert not [c for c in d.claims if "200" in c.text and c.source is None]
    # "at" hung on a participle inside the object; a pronoun subject resolved as any speaker's
    d = body(
        analyser,
        "The fire service said nine people had died. It put the number of homes destroyed at 420.",
    )
    claim = claim_with(d, "at 420")
    assert claim.source_text == "It" and actor(d, claim.source).name == "fire service"


def test_a_figure_put_earlier_is_the_outlets_history(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The council now says 90 homes were flooded. The fire service had earlier put the "
        "number at 40.",
    )
    claim = claim_with(d, "at 40")
    assert claim.source is None and claim.text.startswith("The fire service")


def test_a_body_calling_itself_a_name_speaks_under_that_name(analyser: Analyser) -> None:
    d = body(
        analyser,
        "A group calling itself Ash Harbour said on its channel that it had jammed the radios.",
    )
    claim = claim_with(d, "it had jammed the radios")
    assert actor(d, claim.source).name == "Ash Harbour"


def test_the_body_is_nobody_when_two_of_its_kind_were_named(analyser: Analyser) -> None:
    """ "the clinic" after "Orsa Clinic" and "Veld Road Clinic" both: either, so neither."""
    d = body(
        analyser,
        "Orsa Clinic shut its doors on Monday. A man was driven to Veld Road Clinic, where he "
        "was treated. The clinic denied that the delay had harmed him.",
    )
    claim = claim_with(d, "the delay had harmed him")
    assert claim.source is None or actor(d, claim.source).name not in (
        "Orsa Clinic",
        "Veld Road Clinic",
    )
    d = body(analyser, "Orsa Clinic shut its doors. The clinic denied that anyone was harmed.")
    assert actor(d, claim_with(d, "anyone was harmed").source).name == "Orsa Clinic"


def test_who_was_told_by_nobody_named_is_the_outlets_sentence(analyser: Analyser) -> None:
    """ "Rural clinics have been told for years that P": nobody tells it, and no unidentified
    source says P; the outlet says the clinics were told. "It was reported that …" stays a
    report with no speaker, and an agent named speaks."""
    d = body(analyser, "Rural clinics have been told for years that their generators are unsafe.")
    (claim,) = d.claims
    assert claim.text.startswith("Rural clinics") and claim.modality == "asserted"
    d = body(analyser, "Residents were told by the mayor that the water was safe.")
    assert claim_with(d, "the water was safe").source_text == "the mayor"


def test_a_body_named_after_an_unknown_name_is_not_its_speaker(analyser: Analyser) -> None:
    """ "Ines Oravec of Veldrin Labs said …": if the name is not found, the phrase speaks as
    written, never as the body it names after "of"."""
    d = body(
        analyser,
        "Ines Oravec of Veldrin Labs said the wallets had not moved since Friday.",
    )
    claim = claim_with(d, "the wallets had not moved")
    assert claim.source_text == "Ines Oravec of Veldrin Labs"
    assert claim.source is None or "Veldrin" not in actor(d, claim.source).name


def test_a_body_whose_name_holds_and_speaks_whole() -> None:
    """ "the Halden Fire and Rescue Service said": one body, not "the Halden Fire", whatever the
    parse made of the "and" inside its name (a parse of our own, as the small model gives some
    such names); two bodies joined by "and" still speak each."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from whatweknow.stages.attribution.frames import co_speakers, speaker_phrase

    words = ["the", "Halden", "Fire", "and", "Rescue", "Service", "said", "so"]
    heads = [2, 2, 6, 2, 5, 2, 6, 6]
    deps = ["det", "nmod", "nsubj", "cc", "compound", "conj", "ROOT", "advmod"]
    ents = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, ents=ents)
    assert speaker_phrase(doc[2]).text == "the Halden Fire and Rescue Service"
    assert co_speakers(doc[2]) == []
    words = ["Tehran", "and", "Riyadh", "denied", "it"]
    heads = [3, 0, 0, 3, 3]
    deps = ["nsubj", "cc", "conj", "ROOT", "dobj"]
    ents = ["B-GPE", "O", "B-GPE", "O", "O"]
    pos = ["PROPN", "CCONJ", "PROPN", "VERB", "PRON"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, ents=ents, pos=pos)
    assert speaker_phrase(doc[0]).text == "Tehran"
    assert [p.text for p in co_speakers(doc[0])] == ["Riyadh"]


def test_a_relative_pronoun_speaks_for_its_antecedent(analyser: Analyser) -> None:
    """ "The ministry, which had denied on Monday that …, said …": the ministry denies (the
    phrase stays "which", as annotators mark it; its actor is the antecedent's)."""
    d = body(
        analyser,
        "Dana Rothman, who said the ferry was overloaded, left the port on Monday.\n\n"
        "The ministry, which had denied on Monday that its inspectors were involved, said the "
        "review would take a month.",
    )
    said = claim_with(d, "the ferry was overloaded")
    assert actor(d, said.source).name == "Dana Rothman"
    denial = claim_with(d, "its inspectors were involved")
    assert denial.modality == "denied" and actor(d, denial.source).name == "ministry"


def test_she_after_a_name_of_nobody_known_is_not_the_speaker_before(analyser: Analyser) -> None:
    """ "Varga, speaking in Lisk, called the ruling a start. “…,” she said.": "she" is Varga,
    whom the article names nowhere else (NER took her for a place or left her out), never the
    woman who spoke in the paragraph before."""
    d = body(
        analyser,
        "“They told the world he was a thief,” editor-in-chief Sofie Lindqvist said.\n\n"
        "Varga, speaking in Lisk, called the ruling “a start, no more”. “Tom should be home "
        "with his family by spring,” she said.",
    )
    c = claim_with(d, "Tom should be home")
    assert c.source is None or actor(d, c.source).name != "Sofie Lindqvist"
    assert claim_with(d, "a thief").source_text == "editor-in-chief Sofie Lindqvist"


def test_a_cue_in_a_comparison_speaks_for_nobody() -> None:
    """ "The train left Lisk, hours later than Velka Rail had announced": the operator
    announced another time, not this sentence, which is the outlet's (the parse the model gives
    such a sentence, built by hand: the cue is the root, "than" its marker, the main clause its
    complement)."""
    from spacy.tokens import Doc

    from whatweknow.stages.attribution.cues import load_cues
    from whatweknow.stages.attribution.frames import verb_frames

    nlp = spacy.blank("en")
    words = ["The", "train", "left", "Lisk", ",", "hours", "later", "than", "Velka", "Rail",
             "had", "announced", "."]  # fmt: skip
    heads = [1, 2, 11, 2, 11, 6, 11, 11, 9, 11, 11, 11, 11]
    deps = ["det", "nsubj", "ccomp", "dobj", "punct", "npadvmod", "advmod", "mark", "compound",
            "nsubj", "aux", "ROOT", "punct"]  # fmt: skip
    pos = ["DET", "NOUN", "VERB", "PROPN", "PUNCT", "NOUN", "ADV", "SCONJ", "PROPN", "PROPN",
           "AUX", "VERB", "PUNCT"]  # fmt: skip
    lemmas = ["the", "train", "leave", "Lisk", ",", "hour", "late", "than", "Velka", "Rail",
              "have", "announce", "."]  # fmt: skip
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert [f.cue.text for f in verb_frames(doc, load_cues())] == []
    deps[7] = "dep"  # without the comparison, the operator announced it
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert [f.cue.text for f in verb_frames(doc, load_cues())] == ["announced"]


def test_a_clause_before_a_semicolon_is_not_what_the_next_one_alleges(analyser: Analyser) -> None:
    """ "The operator has blamed its contractor; the contractor has blamed the driver": the
    contractor blames the driver, not "the operator has blamed its contractor"."""
    d = body(
        analyser,
        "The operator has blamed its contractor; the contractor has blamed the driver; the "
        "driver's union has blamed both.",
    )
    assert not [c for c in d.claims if c.text.startswith("The operator has blamed")], d.claims


@pytest.mark.parametrize(
    ("paragraph", "hedge"),
    [
        (
            "The port authority said it had seen the letter but would neither confirm nor deny "
            "that the tanker was in its waters.",
            "would neither confirm nor deny",
        ),
        (
            "The port authority would not confirm or deny that the tanker was in its waters.",
            "would not confirm or deny",
        ),
        (
            "The port authority declined to confirm or deny that the tanker was in its waters.",
            "declined to confirm or deny",
        ),
    ],
)
def test_neither_confirming_nor_denying_is_no_denial(
    analyser: Analyser, paragraph: str, hedge: str
) -> None:
    """ "would neither confirm nor deny that P": a non-answer, never "denies P"; P is left
    unconfirmed, the non-answer its hedge."""
    d = body(analyser, paragraph)
    assert not [c for c in d.claims if c.modality == "denied"], d.claims
    c = claim_with(d, "the tanker was in its waters")
    assert c.modality == "speculated" and hedge in c.hedges, c
    assert not d.contradictions


def test_a_plain_denial_still_denies(analyser: Analyser) -> None:
    d = body(analyser, "The port authority denied that the tanker was in its waters.")
    assert claim_with(d, "the tanker was in its waters").modality == "denied"
    d = body(
        analyser,
        "Two dockers said the tanker had unloaded at night. The port authority neither "
        "confirmed nor denied this.",
    )
    assert not [c for c in d.claims if c.modality == "denied"], d.claims


@pytest.mark.parametrize(
    ("paragraph", "fragment"),
    [
        (
            "The co-operative admitted on Friday that it could not account for 80,000 euros "
            "of members' savings.",
            "could not account for 80,000 euros",
        ),
        (
            "The auditors acknowledged that they could not find the ledgers for 2023.",
            "could not find the ledgers",
        ),
        ("The clinic conceded that it cannot trace the missing samples.", "cannot trace"),
    ],
)
def test_an_admission_of_what_someone_could_not_do_is_no_speculation(
    analyser: Analyser, paragraph: str, fragment: str
) -> None:
    """ "X admitted it could not account for the money": a negated "could" of ability states a
    fact, and the admission asserts it; never "X speculates"."""
    c = claim_with(body(analyser, paragraph), fragment)
    assert c.modality == "asserted" and c.negated and not c.hedges, c


def test_a_modal_of_possibility_still_hedges(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The engineer said the blaze could not have started by itself. Officials said the "
        "footbridge could collapse.",
    )
    assert claim_with(d, "could not have started").modality == "speculated"
    assert claim_with(d, "could collapse").modality == "speculated"


@pytest.mark.parametrize(
    ("paragraph", "fragment", "speaker"),
    [
        (
            "The leader of the opposition Green Alliance, Daniel Okoro, said on Thursday that "
            "ministers had been warned about the fund in July.",
            "ministers had been warned",
            "Daniel Okoro",
        ),
        (
            "The head of the regulator Finance Watch, Ruth Abernathy, told reporters that the "
            "audit was late.",
            "the audit was late",
            "Ruth Abernathy",
        ),
    ],
)
def test_the_person_named_after_a_role_in_a_body_speaks_not_the_body(
    analyser: Analyser, paragraph: str, fragment: str, speaker: str
) -> None:
    """ "The leader of the opposition Green Alliance, Daniel Okoro, said …": the parse hangs the
    name on the party; the person speaks, never the party or the role alone."""
    d = body(analyser, paragraph)
    assert actor(d, claim_with(d, fragment).source).name == speaker


def test_a_body_apposed_to_the_role_of_a_body_is_not_taken_for_a_person(
    analyser: Analyser,
) -> None:
    d = body(analyser, "The head of the regulator, Finance Watch, said the audit was late.")
    assert actor(d, claim_with(d, "the audit was late").source).type != "person"


def test_words_quoted_in_a_belief_are_the_words_of_who_reports_it(analyser: Analyser) -> None:
    """ "The governor, X, said the inspectors now believed losses were “…”": a belief says no
    words; the quoted ones are the governor's, and the inspectors' belief is told via her (her
    quote holds it), never the inspectors' words alone."""
    d = body(
        analyser,
        "The central bank governor, Inga Hartwig, said on Sunday that the bank's inspectors "
        'now believed losses were "closer to 90 million crowns" than its first estimate.',
    )
    q = quote_with(d, "closer to 90 million crowns")
    assert actor(d, q.speaker).name == "Inga Hartwig"
    c = claim_with(d, "closer to 90 million crowns")
    assert c.quote == q.id and q.speaker in c.via, c


def test_a_characterisation_described_is_the_describers_not_the_outlets(
    analyser: Analyser,
) -> None:
    """ "Former staff described a bakery chain that opened shops too fast": the staff's
    characterisation, never the outlet's statement of fact; describing a thing with no clause
    of its own ("described the scene") stays the outlet's sentence."""
    d = body(
        analyser,
        "Former staff described a bakery chain that opened shops too fast. Witnesses described "
        "the scene in detail.",
    )
    c = claim_with(d, "a bakery chain that opened shops too fast")
    assert c.source is not None and c.modality == "reported", c
    assert not [x for x in d.claims if x.source is None and "bakery" in x.text], d.claims
    assert claim_with(d, "Witnesses described the scene").source is None
    # a clause about what was done to it says what was described, not what it is
    d = body(analyser, "Marcus Hale described a harbour plan that he expected to finish by May.")
    assert claim_with(d, "Marcus Hale described a harbour plan").source is None


def test_a_figure_put_at_a_value_is_told_as_the_whole_clause(analyser: Analyser) -> None:
    """ "a group representing tenants put the figure at 540": the figure's clause, subject and
    verb with it, never the verbless "the figure at 540"."""
    d = body(
        analyser,
        "Rents rose by at least 8 percent, the housing office said on Friday, but a group "
        "representing tenants put the figure at 14 percent.",
    )
    c = claim_with(d, "at 14 percent")
    assert c.text.startswith("a group representing tenants put"), c
    assert c.source_text == "a group" and c.modality == "reported"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Dozens of savers gathered outside the branch in Lisk and Torvo on Monday after the app "
        'began showing the message "withdrawals paused".',
        'Savers queued after the website showed the notice "payments suspended".',
    ],
)
def test_a_message_an_object_names_is_no_claim(analyser: Analyser, paragraph: str) -> None:
    """ "after the app began showing the message “withdrawals paused”": a screen's label, the
    object of the verb, not the app's statement; the sentence is the outlet's."""
    d = body(analyser, paragraph)
    assert not [c for c in d.claims if c.source_text is not None], d.claims


def test_a_longer_message_posted_still_states(analyser: Analyser) -> None:
    d = body(analyser, 'The ministry posted the message "all our staff are safe" on its website.')
    assert claim_with(d, "all our staff are safe").source is not None


def test_a_thing_reported_inside_anothers_words_is_no_claim_of_its_own(
    analyser: Analyser,
) -> None:
    """ "X said new members had reported savings that were missing": X's words hold the whole
    clause; "savings that were missing …" alone is a noun phrase, no statement."""
    d = body(
        analyser,
        "Marta Quill, chair of the savers' union, said new members had reported savings that "
        "were missing from earlier counts.",
    )
    assert not [c for c in d.claims if c.text.startswith("savings")], d.claims
    c = claim_with(d, "new members had reported savings")
    assert actor(d, c.source).name == "Marta Quill"


@pytest.mark.parametrize("name", ["Zarkam", "Brixo"])
def test_it_after_a_body_named_as_subject_is_that_body(analyser: Analyser, name: str) -> None:
    """ "X was founded in 2020 by …. It says it has 90,000 customers": "it" is X, the subject
    before it, which the article names as an organisation elsewhere even where NER takes that
    mention for a person; never the newspaper named earlier."""
    d = body(
        analyser,
        f"Customers of the online lender {name} queued outside its office in Velm on Monday, "
        f"the Velm Herald reported.\n\n{name} was founded in 2020 by Anton Brisk, a former "
        "trader. It says it has about 90,000 customers.",
    )
    c = claim_with(d, "it has about 90,000 customers")
    who = actor(d, c.source)
    assert who.name == name and who.type == "organisation", who


@pytest.mark.parametrize(
    ("paragraph", "claimed"),
    [
        (
            "The abrupt dismissal and swift rehiring of Dr. Ilse Brannock suggests the agency "
            "wanted someone to blame.",
            "the agency wanted someone to blame",
        ),
        (
            "The sudden change of plan indicates the council has lost patience with the "
            "contractor.",
            "the council has lost patience",
        ),
        (
            "The water board now says it is checking its pumps, a shift that suggests it "
            "expects more complaints.",
            "it expects more complaints",
        ),
    ],
)
def test_a_happening_read_as_evidence_is_the_writers_inference(
    analyser: Analyser, paragraph: str, claimed: str
) -> None:
    """ "The dismissal of Dr X suggests …", "…, a shift that suggests …": a happening is no
    speaker, and neither is the person it happened to; the sentence is the writer's hedged
    inference, with no source (not an unidentified one: no source words either)."""
    d = body(analyser, paragraph)
    c = claim_with(d, claimed)
    assert c.source is None and c.source_text is None and c.modality == "speculated", c
    assert not [x for x in d.claims if claimed in x.text and x.source is not None], d.claims


def test_words_before_the_writers_inference_end_before_it(analyser: Analyser) -> None:
    """ "X says it is checking its pumps, a shift that suggests …": X's words end at "pumps";
    the apposition that reads them as evidence is the writer's."""
    d = body(
        analyser,
        'The water board now says it is "checking" its pumps, a shift that suggests it '
        "expects more complaints.",
    )
    c = claim_with(d, "its pumps")
    assert c.text == 'it is "checking" its pumps' and c.source is not None, c


@pytest.mark.parametrize(
    "paragraph",
    [
        "The audit suggests the agency was slow to act on the warnings.",
        "Ruth Calloway suggests the agency was slow to act on the warnings.",
    ],
)
def test_a_record_or_a_person_still_suggests(analyser: Analyser, paragraph: str) -> None:
    d = body(analyser, paragraph)
    c = claim_with(d, "the agency was slow to act")
    assert c.source is not None, c


def test_said_in_a_statement_that_is_the_subjects_statement(analyser: Analyser) -> None:
    """ "X said in a statement that …": the statement is X's, so are its words (never an
    unidentified source because the clause hangs from the noun "statement")."""
    d = body(
        analyser,
        "The Orlen Water Company said in a statement that it was reviewing its testing and "
        "would publish the results.",
    )
    c = claim_with(d, "it was reviewing its testing")
    assert actor(d, c.source).name == "Orlen Water Company", c


def test_responding_to_claims_that_does_not_make_them_the_responders(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Harrowgate Mills responded on Monday to claims that the mill had ignored inspectors.",
    )
    found = [c for c in d.claims if c.text == "the mill had ignored inspectors"]
    assert all(c.source is None for c in found), found


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "A nurse who gave only her first name, Marit, said the night crew had been sent "
            'home early. "We were told nothing at all," she said.',
            "Marit",
        ),
        (
            "A driver who asked to be identified only by his surname, Holberg, said the road "
            'had been shut since dawn. "Nobody came to clear it," he said.',
            "Holberg",
        ),
    ],
)
def test_a_name_a_speaker_gave_is_that_persons(
    analyser: Analyser, paragraph: str, name: str
) -> None:
    """ "A nurse who gave only her first name, Marit, said …": Marit speaks, a person (whatever
    NER took the name for), and the "she" of the next quote is her."""
    d = body(analyser, paragraph)
    first = claim_with(d, "since dawn" if name == "Holberg" else "sent home early")
    who = actor(d, first.source)
    assert who.name == name and who.type == "person", who
    quote = quote_with(d, "Nobody came" if name == "Holberg" else "told nothing")
    assert quote.speaker == who.id, quote


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        ("The city council responded by saying that the bridge was safe.", "the bridge was safe"),
        (
            'The water board has moved from flat denial to saying it is "reviewing" its checks.',
            "reviewing",
        ),
    ],
)
def test_saying_after_by_or_to_is_the_subjects(
    analyser: Analyser, paragraph: str, said: str
) -> None:
    """ "X responded by saying P", "X moved from denial to saying P": X says P."""
    d = body(analyser, paragraph)
    c = claim_with(d, said)
    assert c.source is not None and c.source_text is not None, c
    assert c.source_text.startswith("The"), c


def test_stopping_short_of_saying_says_nothing(analyser: Analyser) -> None:
    d = body(analyser, "The mayor stopped short of saying the plan had failed.")
    assert not [c for c in d.claims if c.source is not None], d.claims


REHIRED = (
    "The Orlen Water Board rehired Dr. Petra Lindqvist on Friday after an inquiry cleared her "
    "of hiding test results.\n\n{middle} The state laboratory in Kestrel traced the fault to a "
    "broken valve, the board said.\n\nShe said she would be back at her desk on Tuesday."
)


def test_she_after_only_bodies_spoke_is_the_one_person_named_before(analyser: Analyser) -> None:
    """ "A board rehired Dr X. The board said …. The lab traced …, the board said. ⏎ She said
    …": only the board speaks or acts in between, and Dr X is the one person named: she speaks
    (never the board, whose "the board" is no person's role)."""
    d = body(analyser, REHIRED.format(middle="The Orlen Water Board said 12 wells were closed."))
    c = claim_with(d, "back at her desk")
    assert actor(d, c.source).name == "Petra Lindqvist", c


@pytest.mark.parametrize(
    "middle",
    [
        "A spokeswoman for the Orlen Water Board said 12 wells were closed.",
        "The Orlen Water Board said 12 wells were closed. Its chair, Ada Wren, spoke to staff.",
        "Residents said 12 wells were closed.",
    ],
)
def test_she_stays_unidentified_when_someone_else_may_be_her(
    analyser: Analyser, middle: str
) -> None:
    d = body(analyser, REHIRED.format(middle=middle))
    c = claim_with(d, "back at her desk")
    assert c.source is None or actor(d, c.source).name != "Petra Lindqvist", c
    assert c.source is None or actor(d, c.source).type == "person", c


def test_a_bodys_new_name_is_no_persons(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The ferry operator, which took its new name, Veltrano, in March, said crossings "
        "would resume on Friday.",
    )
    assert not [a for a in d.actors if a.name == "Veltrano" and a.type == "person"], d.actors


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr Ama Pell runs the burns unit. She said it was too early to say whether the wait had"
        " cost lives.",
        "Chief Rolo Venn declined to comment on whether he still believed the pilots had erred.",
    ],
)
def test_an_open_question_is_nobodys_claim_of_its_answer(analyser: Analyser, sentence: str) -> None:
    d = body(analyser, sentence)
    for c in d.claims:  # the question is told, whole or not at all; never its answer alone
        assert c.text not in ("the wait had cost lives", "the pilots had erred"), c
        assert not (c.text.startswith("the pilots") and c.source), c


def test_a_hedge_naming_a_charge_does_not_hedge_the_inquiry(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The Orsk prosecutor's office said it had opened an inquiry into possible negligent"
        " arson. The likely cause was a faulty heater, the fire chief said.",
    )
    assert claim_with(d, "opened an inquiry").modality == "reported"
    assert claim_with(d, "faulty heater").modality == "speculated"  # the hedge is the clause's


def test_who_said_after_a_named_witness_and_her_trade_is_hers(analyser: Analyser) -> None:
    d = body(
        analyser,
        "“We could not breathe,” said Pia Lund, a 41-year-old baker, who said she had carried a"
        " child out.",
    )
    c = claim_with(d, "carried a child out")
    assert actor(d, c.source).name == "Pia Lund"


@pytest.mark.parametrize(
    "second",
    [
        "Dr Jon Vey told reporters the wards were full.",
        "“The wards are full,” Dr Jon Vey told reporters.",
        "“The wards are full,” said Dr Jon Vey, the director of Velt Hospital.",
    ],
)
def test_a_role_is_the_one_person_the_article_names_in_it(analyser: Analyser, second: str) -> None:
    d = body(
        analyser, f"The director of Velt Hospital said his staff had treated 40 people. {second}"
    )
    c = claim_with(d, "treated 40 people")
    assert actor(d, c.source).name == "Jon Vey"


def test_a_body_is_never_the_person_named_next(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The opposition welcomed the choice but said the audit must cover the harbour. Ines Tamm"
        " said she would hand over her notes.",
    )
    c = claim_with(d, "the audit must cover the harbour")
    assert c.source is None or actor(d, c.source).name != "Ines Tamm"


def test_a_role_stays_a_role_when_the_next_name_has_another(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The director of Velt Hospital said his staff had treated 40 people. Jon Vey, a nurse,"
        " said the wards were full.",
    )
    c = claim_with(d, "treated 40 people")
    assert c.source is None or actor(d, c.source).name != "Jon Vey"


def test_a_relative_clause_picking_out_a_subject_is_no_claim_of_it(analyser: Analyser) -> None:
    d = body(analyser, "The harbour master who blamed the ferry crew was dismissed on Friday.")
    assert not [c for c in d.claims if c.modality == "alleged"], d.claims
    assert claim_with(d, "was dismissed").source is None
    aside = body(
        analyser, "The harbour master -- who blamed the ferry crew -- was dismissed on Friday."
    )
    assert claim_with(aside, "the ferry crew").modality == "alleged"  # an aside still blames


def test_two_reporting_clauses_joined_by_and_keep_apart(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Her office said the minister had never received the memo, and a ministry official,"
        " speaking on condition of anonymity, told the Gazette that clerks were searching the"
        " files.",
    )
    first = claim_with(d, "never received the memo")
    assert first.text == "the minister had never received the memo"
    second = claim_with(d, "clerks were searching the files")
    assert second.text == "clerks were searching the files"
    assert second.source_text == "a ministry official"


def test_footage_that_appeared_to_show_keeps_its_source_and_hedge(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The broadcaster aired footage that appeared to show the hatch closed while sailors pushed"
        " against it.",
    )
    c = claim_with(d, "the hatch closed")
    assert c.modality == "speculated"
    assert actor(d, c.source).name == "footage"  # a thing, never an unidentified source


def test_a_denial_ends_before_the_outlets_as_clause(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The operator denied that the sluice had been opened, as the agency raised the flood"
        " count to 30.",
    )
    c = claim_with(d, "the sluice had been opened")
    assert c.modality == "denied"
    assert c.text == "the sluice had been opened"
    told = claim_with(d, "the agency raised the flood count to 30")  # the outlet's own
    assert told.source is None and told.source_text is None and told.modality == "asserted"


def test_a_report_ends_before_others_doing_something_else(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Riders said the hotline played a recording telling callers to ring back later, and"
        " others even posted about their wait.",
    )
    assert claim_with(d, "ring back later").text.endswith("ring back later")
    told = claim_with(d, "others even posted about their wait")
    assert told.source is None and told.modality == "asserted"


def test_an_office_is_never_the_person_named_next(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Hundreds of people gathered in the port city of Orsk on Friday.\n\nThe Orsk prosecutor's"
        " office said it had opened an inquiry into possible arson but had not yet named any"
        " suspects.\n\nFC Orsk chairman Ivo Pask, speaking publicly for the first time since the"
        " fire, said the club would pay for the repairs.",
    )
    c = claim_with(d, "opened an inquiry")
    assert c.source is None or actor(d, c.source).name != "Ivo Pask"


def test_a_cue_in_a_relative_clause_inside_a_report_leaves_the_report_whole(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Harbour radio reported on Friday that detectives were studying ties between Amber "
        "Kite, the crew that has claimed the raid, and Olmara's navy.",
    )
    c = claim_with(d, "detectives were studying ties")
    assert c.text.endswith("and Olmara's navy")
    assert c.source_text == "Harbour radio"
    assert not [x for x in d.claims if x.text == "the raid"]


def test_the_report_a_question_asks_about_is_no_claim(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Asked about reports that detectives had studied links to Olmara, Petra Vell said the "
        'agency had "followed every lead".',
    )
    assert not [c for c in d.claims if "studied links" in c.text]
    c = claim_with(d, "followed every lead")
    assert c.source_text == "Petra Vell"


def test_a_name_in_what_a_speaker_is_asked_about_is_not_her(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The cyber bureau gave an update on Friday.\n\n"
        "Asked about reports that detectives had examined links to Corvane, she said the "
        'bureau had "followed every lead".',
    )
    c = claim_with(d, "followed every lead")
    assert c.source is None and c.source_text == "she"


def test_an_admission_a_speaker_cites_is_no_source_of_its_own(analyser: Analyser) -> None:
    d = body(analyser, "Jonas Harker said Tova Lind's admission showed the public had been misled.")
    c = claim_with(d, "the public had been misled")
    assert c.source_text == "Jonas Harker" and c.via == []
    assert c.text.startswith("Tova Lind's admission")


def test_a_bare_description_is_the_one_actor_the_article_names_so(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The crew says it took files from the depot.\n\n"
        "Amber Kite, the crew that has claimed the raid, posted a message on Monday.",
    )
    c = claim_with(d, "took files from the depot")
    assert actor(d, c.source).name == "Amber Kite"


def test_a_bare_description_two_actors_fit_is_nobody_named(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Amber Kite, the crew that has claimed the raid, posted a message on Monday. Rust "
        "Lantern, a rival crew, said nothing.\n\n"
        "The crew says it took files from the depot.",
    )
    c = claim_with(d, "took files from the depot")
    assert c.source is None or actor(d, c.source).name not in ("Amber Kite", "Rust Lantern")


def test_the_body_named_in_full_before_speaks_again_by_its_noun(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The consulate of Norvania on Monday rejected claims that its staff had helped the crew."
        '\n\n"Norvania had no part in this," the consulate said in a statement.',
    )
    c = claim_with(d, "had no part in this")
    assert actor(d, c.source).name == "consulate of Norvania"


def test_a_description_of_one_person_is_not_the_next_one_named_so(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The official said the quay had flooded.\n\n"
        "Ossian Brand, the official in charge of the harbour, spoke later.",
    )
    c = claim_with(d, "the quay had flooded")
    assert c.source is None or actor(d, c.source).name != "Ossian Brand"


def test_she_after_an_unnamed_spokeswoman_is_her_not_the_man_named_before(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Senator Piet Vandrell on Monday urged the head of the port board to step down. "
        '"He must go," Vandrell told a crowd in Ostrava.\n\n'
        "A ministry spokeswoman said the head had no plan to step down. "
        '"Mr Kolby is running the inquiry and will keep doing so," she said.',
    )
    c = claim_with(d, "running the inquiry")
    assert c.source is not None and actor(d, c.source).name == "ministry spokeswoman"


def test_he_after_an_anonymous_teller_is_the_teller_not_whom_he_told(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "A former clerk, who left the depot last spring and asked not to be named, told the "
        "Lindell Courier that overtime had been scrapped.\n\n"
        '"We were told the budget had been cut. Whole shifts went without cover," he said.',
    )
    c = claim_with(d, "the budget had been cut")
    assert c.source is not None and actor(d, c.source).name == "former clerk"


def test_a_spokesman_is_no_she(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Senator Alma Vrede on Monday urged the head of the port board to step down.\n\n"
        "A ministry spokesman said the head had no plan to step down. "
        '"Mr Kolby is running the inquiry," she said.',
    )
    c = claim_with(d, "running the inquiry")
    assert c.source is None or actor(d, c.source).name != "ministry spokesman"


def test_she_opening_a_paragraph_after_her_own_pronouns_is_the_one_person_named(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Energy Minister Talia Brosk toured the plant on Tuesday. She told reporters that the "
        'state would cover the losses.\n\n"I have seen what this leak has done," she said.\n\n'
        "She said she would meet the board of the operator on Friday.",
    )
    c = claim_with(d, "meet the board of the operator")
    assert c.source is not None and actor(d, c.source).name == "Talia Brosk"


def test_a_teller_of_what_others_told_stays_the_channel(analyser: Analyser) -> None:
    """ "A told B that C had told D that P": C's words come through A (``via``), an unnamed
    teller made a group of its own included."""
    d = body(
        analyser,
        "A hospital cleaner told the Lindell Courier that doctors had told patients on Friday "
        "that the clinic would shut.",
    )
    c = claim_with(d, "the clinic would shut")
    teller = [a for a in d.actors if a.name == "hospital cleaner"]
    assert teller and (c.source == teller[0].id or teller[0].id in c.via)


def test_an_unknown_name_with_which_said_after_by_speaks(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The alert was issued at 6.15pm on Sunday by the Varnholt Fire and Rescue Service, which "
        "said the fire had started in dry grass near Pell Valley in the afternoon.",
    )
    c = claim_with(d, "started in dry grass")
    assert c.source is not None and "Varnholt Fire and Rescue Service" in actor(d, c.source).name


def test_the_one_cited_by_according_to_speaks_in_its_which_clause(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Crews fought the blaze overnight.\n\nThe blaze could burn for days, according to the "
        "fire service, which said on Monday that it had destroyed 40 homes.",
    )
    c = claim_with(d, "destroyed 40 homes")
    assert c.source is not None and actor(d, c.source).name == "fire service"


@pytest.mark.parametrize(
    "before",
    ["", "Varnholt Power on Monday rejected claims that one of its cables started the blaze.\n\n"],
)
def test_photographs_that_show_are_the_outlets_description(analyser: Analyser, before: str) -> None:
    d = body(
        analyser,
        f"{before}Photographs shared on social media by residents of Pell Valley show smoke rising "
        "close to a mast on the firm's Pell line on Sunday afternoon.",
    )
    d.claims = [c for c in d.claims if "Photographs" in c.text or "smoke" in c.text]
    assert d.claims  # the sentence is a claim, the outlet's
    assert not any(c.source is None and c.modality == "reported" for c in d.claims)
    assert all(c.text.startswith("Photographs") for c in d.claims)


def test_a_quote_after_a_pronoun_speaker_is_that_pronouns_person(analyser: Analyser) -> None:
    """ "She told reporters …" resolved to Voss is the last speaker: the "she said" of the next
    paragraph's quote is Voss too, though only her surname is the subject before."""
    d = body(
        analyser,
        "Energy Minister Idra Voss was heckled by residents on Thursday as she toured the town.\n\n"
        "Voss spent two hours with families in the town hall and later walked along Alder Row. "
        "She told reporters that the state would pay for housing for every family.\n\n"
        '"I have seen today what this blaze has done. Nobody should live through this," she said.',
    )
    c = claim_with(d, "what this blaze has done")
    assert c.source is not None and actor(d, c.source).name == "Idra Voss"


def test_police_capitalised_after_a_dateline_speak_as_the_police(analyser: Analyser) -> None:
    d = run(
        analyser,
        "Dornhill blaze: police reject councillor's sabotage claim\n\n"
        "DORNHILL — Police said on Thursday they had found no evidence that the Dornhill blaze "
        "was started deliberately, a day after a local councillor told a crowded meeting that it "
        "may have been sabotage.\n",
    )
    c = claim_with(d, "started deliberately")
    assert c.source is not None and actor(d, c.source).name.lower() == "police"


@pytest.mark.parametrize(
    ("paragraph", "fragment"),
    [
        (
            "Tessa Quill, a spokeswoman for Varnholt Power, said the firm had checked its logs "
            'and found "no fault logged on our grid" at the time. "We know people want answers. '
            'So do we," she said.',
            "people want answers",
        ),
        (
            'Varnholt Power denied cutting its budget. "Our tree-trimming budget has grown every '
            'year since 2021," spokeswoman Tessa Quill said in an emailed statement. She said the '
            'firm was "reviewing" the clip and would share it with investigators.',
            "reviewing",
        ),
    ],
)
def test_she_after_a_named_spokeswoman_is_her_whatever_her_names_type(
    analyser: Analyser, paragraph: str, fragment: str
) -> None:
    d = body(analyser, paragraph)
    c = claim_with(d, fragment)
    assert c.source is not None and actor(d, c.source).name == "Tessa Quill"


def test_an_inquiry_into_claims_nobody_names_is_told_not_claimed(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Inspectors have opened an inquiry into claims that Warden Ilse Varga sold the grain"
        " reserve, an official said on Friday. Varga denied the claims.",
    )
    names = {a.id: a.name for a in d.actors}
    sold = [c for c in d.claims if c.text == "Warden Ilse Varga sold the grain reserve"]
    alleged = [c for c in sold if c.modality == "alleged"]
    assert len(alleged) == 1
    assert alleged[0].source is None  # nobody named makes the claims; the official tells of them
    told = claim_with(d, "Inspectors have opened an inquiry")
    assert names.get(told.source or "") == "official"
    denied = [c for c in sold if c.modality == "denied"]
    assert len(denied) == 1 and "Varga" in names.get(denied[0].source or "", "")


@pytest.mark.parametrize(
    ("paragraph", "head"),
    [
        (
            "The Brask quarry flood killed four workers. A volunteer group helping families find"
            " relatives after the Brask Quarry flood says at least seven people are still missing.",
            "group",
        ),
        (
            "A miners' union supporting survivors of the Brask quarry flood says at least seven"
            " people are still missing.",
            "union",
        ),
    ],
)
def test_a_subject_with_a_participle_speaks_not_a_noun_inside_it(
    analyser: Analyser, paragraph: str, head: str
) -> None:
    d = body(analyser, paragraph)
    c = claim_with(d, "at least seven people are still missing")
    assert c.source_text is not None and c.source_text.split()[-1] == head
    assert not any(
        "helping families" in x.text or "supporting survivors" in x.text for x in d.claims
    )


def test_a_relative_clause_someone_says_inside_a_report_leaves_the_report_whole(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Ferry operator Dunmore Lines opened its books on Friday. Hanna Bell said the port"
        " had no record of a warning that the pilots' union says it sent in March.",
    )
    c = claim_with(d, "the port had no record of a warning")
    assert c.source_text == "Hanna Bell"
    assert not any(x.text.startswith("it sent") for x in d.claims)


def test_a_relative_clause_with_no_pronoun_is_no_report_of_its_own(analyser: Analyser) -> None:
    d = body(
        analyser,
        'The movement said the two sailors the coast guard said it had arrested were "invented".',
    )
    c = claim_with(d, "the two sailors the coast guard said it had arrested")
    assert c.source_text == "The movement"
    assert not any(x.text.startswith("it had arrested") for x in d.claims)


def test_a_second_act_after_a_denied_clause_is_the_deniers(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The Harrow Front on Friday denied that any of its members were in or near the Dalby"
        " depot when it burned, and accused the Selm government of lying.",
    )
    denied = claim_with(d, "any of its members were in or near the Dalby depot")
    assert denied.modality == "denied" and "accused" not in denied.text
    accused = claim_with(d, "the Selm government")
    assert accused.source == denied.source and actor(d, accused.source).name == "Harrow Front"


def test_would_neither_confirm_nor_deny_is_a_non_answer_not_a_forecast(
    analyser: Analyser,
) -> None:
    d = body(analyser, "The harbour office would neither confirm nor deny this.")
    c = claim_with(d, "would neither confirm nor deny")
    assert c.modality == "asserted" and c.hedges == []


def test_an_as_clause_standing_for_the_act_reported_is_the_speakers(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Hanna Bell said the clinic had shared the floor plans with the police in April, as it"
        " does every quarter.",
    )
    c = claim_with(d, "the clinic had shared the floor plans")
    assert c.source_text == "Hanna Bell" and c.text.endswith("as it does every quarter")
    assert not any(x.text.startswith("it does") for x in d.claims)


@pytest.mark.parametrize("opening", ["On Monday Pell", "On Monday the mayor, Edda Pell,"])
def test_a_claim_others_dispute_in_an_apposition_is_denied_by_them(
    analyser: Analyser, opening: str
) -> None:
    d = body(
        analyser,
        f'{opening} went further, saying the depot had "never had any inspection",'
        " a claim surveyors dispute.",
    )
    said = [c for c in d.claims if c.text.startswith("the depot had")]
    by = {actor(d, c.source).name.split()[-1]: c for c in said}
    assert set(by) == {"Pell", "surveyors"}, [(c.text, c.source_text) for c in said]
    assert by["Pell"].modality == "reported" and by["surveyors"].modality == "denied"
    assert by["Pell"].text == by["surveyors"].text and "a claim" not in by["Pell"].text


def test_what_someone_is_let_believe_is_no_report_of_theirs(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Critics say the levy was designed to let each council assume another would pay.",
    )
    c = claim_with(d, "another would pay")
    assert c.source_text == "Critics" and c.text.startswith("the levy was designed")
    assert not any(x.text == "another would pay" for x in d.claims)


def test_a_relative_clause_hung_as_an_apposition_is_no_report_of_its_own(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "In a statement posted on its site, the movement said Selm jets had “deliberately"
        " shelled” the depot and that the two sailors the navy said it had arrested were"
        " “invented”.",
    )
    assert not any(x.text.startswith("it had arrested") for x in d.claims)
    c = claim_with(d, "the two sailors the navy said it had arrested")
    assert c.source_text == "the movement"


def test_a_claim_others_dispute_with_no_object_parsed_is_still_denied(analyser: Analyser) -> None:
    d = body(
        analyser,
        'On Friday Pell went further, saying Dorn had "never had any contact" with the firm,'
        " a claim Selm officials dispute.",
    )
    said = [c for c in d.claims if c.text.startswith("Dorn had")]
    assert sorted(c.modality for c in said) == ["denied", "reported"]
    assert all("a claim" not in c.text for c in said)


def test_the_group_is_the_body_not_a_member_whose_role_ends_in_group(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "The environmental group Kettle Watch on Monday accused the owners of the barge "
        "Dunmore of dumping waste in the river on Sunday night.\n\n"
        "Tomas Vey, a campaigner with the group, told the Courier that anglers had seen the "
        'barge at dusk. "One pipe, no permit," he said.\n\n'
        "The group said its engineers had found a crack in the hull.",
    )
    c = claim_with(d, "its engineers had found a crack")
    assert actor(d, c.source).name == "Kettle Watch"


def test_a_showing_after_a_parenthetical_cue_is_part_of_the_report(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The lido will reopen on Monday, Mayor Ana Holt said on Saturday, after water tests "
        "showed chlorine levels had fallen.",
    )
    assert (
        actor(d, claim_with(d, "The lido will reopen").source).name == "Ana Holt"
    )  # the title is her role
    assert not [c for c in d.claims if "chlorine levels" in c.text and c.source is not None]


def test_what_someone_said_as_a_thing_talked_about_is_no_report(analyser: Analyser) -> None:
    d = body(
        analyser,
        "A week after the storm, the town's government faces questions over how the barge "
        "reached the quay, what ministers said during the evacuation, and how one of the three "
        "workers who died was killed.",
    )
    assert not d.quotes
    assert all(c.source is None for c in d.claims)


def test_a_closing_quote_mark_alone_is_no_sentence_a_pronoun_looks_back_over(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Twelve people are trapped inside the old mill, Trade Minister Ana Velt said on Monday "
        "night.\n\n"
        "Speaking at the ministry in Orlen, Velt said the mill's own staff list showed twelve "
        "people in the building. Among them is the deputy manager, Elin Moss, she said.\n\n"
        '"Every one of them is under our care, whatever job they do," Velt said. "We expect '
        'the mill owners to help."\n\n'
        "She said she had spoken twice by telephone with Dravia's water minister, Oskar Dunne, "
        "and that Orlen had offered divers.",
    )
    assert actor(d, claim_with(d, "she had spoken twice").source).name == "Ana Velt"


def test_one_of_several_named_in_apposition_speaks_by_that_name(analyser: Analyser) -> None:
    d = body(
        analyser,
        "One of those released, ticket clerk Jonas Brell, told Radio Orlen that he had counted "
        "five men, not four as police have said.",
    )
    assert actor(d, claim_with(d, "he had counted five men").source).name == "Jonas Brell"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "The letter, signed by a man who called himself the group's spokesman, Ivo Pell, "
            "said nine members were inside the mill.",
            "Ivo Pell",
        ),
        ("The note, signed by Ivo Pell and Lena Holt, said nine members were inside.", None),
    ],
)
def test_a_record_signed_by_one_person_is_that_persons_words(
    analyser: Analyser, paragraph: str, speaker: str | None
) -> None:
    d = body(analyser, paragraph)
    source = claim_with(d, "nine members were inside").source
    named = actor(d, source).name if source is not None else None
    assert (named == speaker) if speaker else named not in ("Ivo Pell", "Lena Holt")


def test_a_speaker_with_a_curly_or_a_straight_apostrophe_is_one_voice(analyser: Analyser) -> None:
    text = (
        "The barge's owner said a valve had failed. Later the barge’s owner said the crew had "
        "acted quickly."
    )
    d = body(analyser, text)
    first = claim_with(d, "a valve had failed").source
    assert first is not None and claim_with(d, "the crew had acted").source == first
    owner = actor(d, first)
    assert {m.text for m in owner.mentions} == {"The barge's owner", "the barge’s owner"}


def test_told_through_an_intermediary_that_p_is_the_tellers_report(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Another freed passenger, a ferry accountant, told the Orlen Courier through a relative "
        "that the crew had fired flares into the sky at about 4:50 a.m., not at the boats.",
    )
    c = claim_with(d, "the crew had fired flares")
    assert c.source is not None and "passenger" in actor(d, c.source).name
    assert not c.text.startswith("Another")


@pytest.mark.parametrize("speaker", ["one river analyst said", "river analysts said"])
def test_one_analyst_or_analysts_are_not_the_analyst_named_before(
    analyser: Analyser, speaker: str
) -> None:
    d = body(
        analyser,
        '"The dam is sound," said Owen Marsh, a river analyst at the Delta Water Forum, a Lanmor '
        "think tank.\n\nThe barge stopped on Saturday. If it kept its course, it could reach "
        f"the weir within days, {speaker}.",
    )
    c = claim_with(d, "it could reach the weir")
    assert c.source is None or actor(d, c.source).name != "Owen Marsh"


def test_whom_a_lawyer_acts_for_is_not_the_speaker(analyser: Analyser) -> None:
    d = body(
        analyser,
        "A lawyer for the fisherman Anselm Drey said on Friday that harbour police had lost the "
        "evidence.",
    )
    c = claim_with(d, "had lost the evidence")
    assert c.source is not None and actor(d, c.source).name != "Anselm Drey"
    assert c.source_text == "A lawyer for the fisherman Anselm Drey"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Councillor Maren Holt said on Tuesday that the depot would stay open, after the Ostby "
        "Courier reported that its manager had quit.",
        "The councillor said on Tuesday she was 'dismayed', a day after the Ostby Courier "
        "reported that the depot's manager had quit.",
    ],
)
def test_a_report_in_a_time_adjunct_is_not_the_speakers(analyser: Analyser, paragraph: str) -> None:
    d = body(analyser, paragraph)
    c = claim_with(d, "manager had quit")
    assert c.source is not None and "Courier" in actor(d, c.source).name
    assert c.via == []
    main = next(m for m in d.claims if m is not c and m.start < c.start)
    assert "Courier" not in main.text and "quit" not in main.text
    assert main.source_text is not None and "ouncillor" in main.source_text


def test_a_name_apposed_to_whom_a_spokeswoman_acts_for_is_hers(analyser: Analyser) -> None:
    d = body(
        analyser,
        "A spokeswoman for the Orvane Port Authority, Lida Orme, said the quay would close.",
    )
    assert actor(d, claim_with(d, "the quay would close").source).name == "Lida Orme"


@pytest.mark.parametrize(
    "paragraph",
    [
        "The rowing board has not said whether the rule applies. Its spokesman declined to "
        "comment on Tuesday, saying the auditors arriving on Friday would settle the question.",
        "Coach Tavi Munro declined to comment on Tuesday, saying the auditors arriving on Friday "
        "would settle the question.",
    ],
)
def test_a_saying_clause_after_a_non_answer_is_the_speakers_whole_clause(
    analyser: Analyser, paragraph: str
) -> None:
    d = body(analyser, paragraph)
    c = claim_with(d, "auditors arriving")
    assert c.text == "the auditors arriving on Friday would settle the question"
    assert c.source is not None and c.source_text is not None
    assert "spokesman" in c.source_text or "Munro" in c.source_text


def test_a_sentence_carrying_on_a_trailing_attribution_is_the_speakers(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "If the second test agrees, the appeal would probably fail, Ada Lund said. If it does "
        "not, the whole case could unravel.\n\nThe board meets on Friday.",
    )
    c = claim_with(d, "the whole case could unravel")
    assert c.source is not None and actor(d, c.source).name == "Ada Lund"
    assert c.text == "If it does not, the whole case could unravel"


@pytest.mark.parametrize(
    ("paragraphs", "fragment"),
    [
        # a subject that names a party: the outlet may be telling of it
        ("The appeal would fail, Ada Lund said. Lund could face a ban of four years.", "ban"),
        ("The appeal would fail, Ada Lund said. He could face a ban of four years.", "ban"),
        # no modal: the outlet's narration
        ("The appeal would fail, Ada Lund said. The board met on Monday.", "board met"),
        # another paragraph
        ("The appeal would fail, Ada Lund said.\n\nThe whole case could unravel.", "unravel"),
        # a cue of its own, even refused
        (
            "The jobs would go by June, the spokesman said. The firm would not say how many "
            "were cut.",
            "how many",
        ),
    ],
)
def test_the_outlets_sentence_after_an_attribution_stays_the_outlets(
    analyser: Analyser, paragraphs: str, fragment: str
) -> None:
    d = body(analyser, paragraphs)
    assert all(c.source is None for c in d.claims if fragment in c.text)


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        (
            "Holm Estates said on Monday it would pay each family 500 crowns.",
            "it would pay each family 500 crowns",
        ),
        ("The mill workers' union told reporters on Tuesday it would strike.", "it would strike"),
        ("The council said yesterday the talks had failed.", "the talks had failed"),
    ],
)
def test_the_date_of_the_saying_is_no_part_of_the_words_said(
    analyser: Analyser, paragraph: str, words: str
) -> None:
    d = body(analyser, paragraph)
    c = claim_with(d, words.split()[-1])
    assert c.text == words


def test_a_date_after_that_is_part_of_the_words_said(analyser: Analyser) -> None:
    d = body(analyser, "Ida Brandt said that on Friday she would visit the Kell mill.")
    assert claim_with(d, "mill").text == "on Friday she would visit the Kell mill"
