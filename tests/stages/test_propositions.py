"""Claims as propositions (``wwk_propositions``): predicate, frame, polarity and participants,
and the denials of one article paired only with the proposition they deny."""

from __future__ import annotations

from datetime import date

import pytest

from whatweknow import Analyser
from whatweknow.model import Claim, Dossier
from whatweknow.readers.base import RawDocument
from whatweknow.readers.layout import build_article, parse_layout
from whatweknow.stages.claims.proposition import load_frames

pytestmark = pytest.mark.model


def body(analyser: Analyser, paragraphs: str) -> Dossier:
    text = f"Talks in the news\n\n{paragraphs}\n"
    article = build_article(text, parse_layout(text), fmt="text", published=date(2024, 6, 3))
    (item,) = analyser.analyse([RawDocument("t.txt", "text", text.encode(), article)])
    assert isinstance(item, tuple)
    return item[1]


def claim_with(d: Dossier, fragment: str) -> Claim:
    found = [c for c in d.claims if fragment in c.text]
    assert found, (fragment, [c.text for c in d.claims])
    return found[0]


@pytest.mark.parametrize(
    ("paragraph", "fragment", "frame", "negative"),
    [
        ("The two sides reached an agreement in principle on Tuesday.", "reached", "agree", False),
        ("No deal was reached, a spokesman said.", "No deal", "agree", True),
        ("The ministers signed the accord in Oslo.", "signed", "agree", False),
        ("The rebels withdrew their fighters from the town.", "withdrew", "move", True),
        ("Troops were moved to the border overnight.", "Troops", "move", False),
        ("The station stopped broadcasting on Saturday.", "stopped", "broadcast", True),
        ("The station has not broadcast since June 1.", "has not", "broadcast", True),
        ("Three sailors were killed in the collision.", "killed", "die", False),
        ("The freighter was shot down over the strait.", "shot down", "attack", False),
        # a copula's preposition with its noun, and the noun's compound
        (
            "The ferry crews of Sallow have been on strike since May.",
            "crews",
            "strike action",
            False,
        ),
        ("Pell Ardent has been on hunger strike for nine days.", "Ardent", "hunger strike", False),
        # a stance towards an event is the stance's proposition, not the event's
        ("Tessa Ovid said she was glad to go back to the mill.", "glad", "be glad", False),
        ("The envoy said he was sure that the talks would fail.", "sure", "be sure", False),
    ],
)
def test_predicate_frame_and_polarity(
    analyser: Analyser, paragraph: str, fragment: str, frame: str, negative: bool
) -> None:
    claim = claim_with(body(analyser, paragraph), fragment)
    assert claim.proposition is not None, claim.text
    assert (claim.proposition.frame, claim.proposition.negative) == (frame, negative)


def test_calling_a_report_a_lie_denies_what_it_reports(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Western suggestions that the army had shelled the town were an absolute lie, the "
        "spokesman said.",
    )
    claim = claim_with(d, "shelled the town")
    assert claim.modality == "denied"
    assert claim.proposition is not None and claim.proposition.frame == "shell"


def test_denying_reports_that_p_is_a_denial_of_p_never_a_report_of_it(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "The skipper of the trawler Greyling is free, coastal police said on Monday, denying "
        "reports in the regional press that she had been charged.",
    )
    charged = [c for c in d.claims if "charged" in c.text]
    assert [(c.text, c.modality, c.source_text) for c in charged] == [
        ("she had been charged", "denied", "coastal police")
    ]


def test_reports_with_a_participle_before_that_carry_the_that_clause(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The Kelso water board on Friday denied reports circulating on social media that jailed "
        "union leader Tamas Orrin had died in hospital, and his lawyer said he had seen him "
        "alive that afternoon.",
    )
    claim = claim_with(d, "had died")
    assert claim.modality == "denied"
    assert claim.proposition is not None and claim.proposition.frame == "die"


def test_a_lie_called_inside_anothers_words_is_that_sources_denial(analyser: Analyser) -> None:
    d = body(
        analyser,
        "The ministry said on Friday that Western suggestions that the convoy had been shelled "
        "on its orders were an absolute lie.",
    )
    claim = claim_with(d, "shelled")
    assert claim.modality == "denied" and claim.source_text == "The ministry"


def test_on_the_orders_of_names_who_is_responsible(analyser: Analyser) -> None:
    d = body(analyser, "The convoy was attacked on the orders of Vladimir Putin, officials said.")
    claim = claim_with(d, "attacked")
    assert claim.proposition is not None and claim.proposition.frame == "responsible"
    [agent] = claim.proposition.agent
    assert next(a for a in d.actors if a.id == agent).name == "Vladimir Putin"


def test_the_hallmarks_of_a_party_name_it_as_the_doer(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Odile Farrant, the interior minister, said the raid bore all the hallmarks of the Velt "
        "Brigade.",
    )
    claim = claim_with(d, "hallmarks")
    assert claim.proposition is not None and claim.proposition.frame == "responsible"
    names = {a.id: a.name for a in d.actors}
    assert [names[a] for a in claim.proposition.agent] == ["Velt Brigade"]
    assert claim.proposition.theme == []


def test_a_light_verb_alone_or_a_fragment_is_no_proposition(analyser: Analyser) -> None:
    d = body(analyser, "There is a lot of speculation.\n\nIt has been a long week for everyone.")
    for c in d.claims:
        if c.start > len("Talks in the news"):  # the body, not the headline
            assert c.proposition is None, c.text


@pytest.mark.parametrize(
    ("paragraphs", "paired"),
    [
        # the same proposition, one side denying it
        (
            "Officials said Iran and Russia reached a uranium deal last month.\n\n"
            "Moscow denied that it had reached a uranium deal.",
            True,
        ),
        # a denial shares words with a claim about another predicate
        (
            "Officials said troops were moved near the uranium plant last month.\n\n"
            "Moscow denied that it had reached a uranium deal.",
            False,
        ),
        # two denials of the same thing agree; they are no pair
        (
            "Tehran denied that it had reached a uranium deal.\n\n"
            "Moscow also denied that it had reached a uranium deal.",
            False,
        ),
    ],
)
def test_denials_pair_only_the_proposition_they_deny(
    analyser: Analyser, paragraphs: str, paired: bool
) -> None:
    d = body(analyser, paragraphs)
    assert any(c.modality == "denied" for c in d.claims), [c.text for c in d.claims]
    assert bool(d.contradictions) == paired, [(c.text, c.modality) for c in d.claims]
    for x in d.contradictions:
        a = next(c for c in d.claims if c.id == x.a)
        b = next(c for c in d.claims if c.id == x.b)
        assert a.modality != "denied" and b.modality == "denied"
        assert a.proposition is not None and b.proposition is not None
        assert a.proposition.frame == b.proposition.frame


def test_the_frames_table_loads_and_is_valid() -> None:
    table = load_frames()
    assert table.family["kill"] == ("die", False) and table.family["reject"] == ("agree", True)
    assert "be" in table.light


def test_a_report_whose_content_follows_a_citing_clause_is_no_statement_of_its_own(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "The Harbour Ledger reported on Friday, citing two port officials, that the ferry had "
        "loaded fuel drums at a closed pier before sailing.",
    )
    texts = [c.text for c in d.claims]
    assert not any(t.startswith("The Harbour Ledger reported") for t in texts), texts
    assert claim_with(d, "the ferry had loaded fuel drums").modality == "reported"


@pytest.mark.parametrize(
    "paragraph",
    [
        "He declined to say what Tokyo believed the ferry was carrying.",
        "The inspectors did not say which cargo the ferry was carrying.",
    ],
)
def test_the_rest_of_an_open_question_is_no_proposition(analyser: Analyser, paragraph: str) -> None:
    d = body(analyser, paragraph)
    for c in d.claims:
        if c.text.startswith("the ferry was carrying"):
            assert c.proposition is None, c.text


def test_declining_to_comment_refuses_nothing(analyser: Analyser) -> None:
    """ "refuse" is the antonym of "agree", but declining to comment or to say states no refusal
    of anything: no proposition, so it pairs with no agreement as its denial."""
    d = body(
        analyser,
        "A harbour board spokesman declined to comment on the details. The union refused to "
        "sign the pay deal.",
    )
    assert claim_with(d, "declined to comment").proposition is None
    signed = claim_with(d, "refused to sign").proposition
    assert signed is not None and signed.frame == "agree" and signed.negative


def test_a_non_answer_asserts_nothing_of_its_question(analyser: Analyser) -> None:
    """ "Officials have not said whether they received any letter" reports a silence: no claim
    that a letter came (nor that none came), so it is never a side of a pair with "We have
    received no letter"; a plain statement of the same still is one."""
    d = body(
        analyser,
        "Officials in Varnholt have not said whether they received any letter from the group. "
        "The harbour board would not say if the weir had failed. The mayor did not confirm "
        "whether the parcel had arrived.\n\nThe council received a letter from the group.",
    )
    for fragment in ("have not said whether", "would not say if", "did not confirm whether"):
        assert claim_with(d, fragment).proposition is None, fragment
    received = claim_with(d, "The council received").proposition
    assert received is not None and received.predicate == "receive" and not received.negative


def test_a_short_denial_of_its_own_denies_the_claim_of_the_sentence_before(
    analyser: Analyser,
) -> None:
    d = body(
        analyser,
        "Some passengers said the ferry had been overloaded. The Halden Line rejected this.\n\n"
        "Opposition leader Ivo Dahl said Minister Ada Varr should resign. Minister Ada Varr "
        "rejected the accusation.\n\n"
        "The ferry sank on Monday. She denied it.\n\n"
        "Tom Berg denied the accusation of negligence.",
    )
    denied = [c for c in d.claims if c.modality == "denied"]
    by_id = {c.id: c for c in d.claims}
    pairs = {(by_id[x.a].text, by_id[x.b].text) for x in d.contradictions if x.kind == "denial"}
    # the denial is of the words of the claim before it, in the denier's name
    overloaded = next(c for c in denied if c.text == "the ferry had been overloaded")
    assert overloaded.source_text == "The Halden Line"
    resign = next(c for c in denied if c.text == "Minister Ada Varr should resign")
    assert resign.source is not None
    assert pairs == {
        ("the ferry had been overloaded", "the ferry had been overloaded"),
        ("Minister Ada Varr should resign", "Minister Ada Varr should resign"),
    }
    # an unresolved "she" names nobody, and "the accusation of negligence" names what it
    # denies: neither answers the sentence before
    assert not any(c.text == "The ferry sank on Monday." for c in denied)
    assert not any("rejected" in c.text or "denied it" in c.text for c in d.claims)


def test_calling_the_accusation_before_made_up_denies_it(analyser: Analyser) -> None:
    d = body(
        analyser,
        "Police accused a courier of smuggling rare birds. His employer called the accusation "
        "fabricated.",
    )
    by_id = {c.id: c for c in d.claims}
    pairs = {(by_id[x.a].text, by_id[x.b].text) for x in d.contradictions if x.kind == "denial"}
    charged = "a courier of smuggling rare birds"
    assert (charged, charged) in pairs
    denial = next(c for c in d.claims if c.modality == "denied")
    assert denial.text == charged and denial.source_text == "His employer"


def test_rejecting_a_negated_claim_makes_no_denial_of_its_words(analyser: Analyser) -> None:
    """ "'This flood did not come out of nowhere,' said Ana Pell. The quarry rejected the
    claim.": "the quarry denies: this flood did not come out of nowhere" would read as the
    opposite of what the quarry rejects (the accusation behind it); no denial is made."""
    d = body(
        analyser,
        'Campaign group Riverwatch blamed the Kelso quarry for the flood. "This flood did not '
        "come out of nowhere,\" said Riverwatch's Ana Pell. The quarry rejected the claim.",
    )
    assert not [c for c in d.claims if c.modality == "denied" and "nowhere" in c.text], d.claims


def test_the_allegations_never_answer_a_plan(analyser: Analyser) -> None:
    """ "Nell said the union would give its files to the police. The firm called the
    allegations baseless.": the allegations are not the plan in the sentence before, which
    nobody denies."""
    d = body(
        analyser,
        "Nell Arden said the union would give its files to the police. The firm called the "
        "allegations baseless.",
    )
    assert not [x for x in d.contradictions if x.kind == "denial"], d.claims


def test_a_named_denier_rejecting_the_claim_answers_the_statement_of_the_speaker_before(
    analyser: Analyser,
) -> None:
    """ "The laboratory's director, Ida Fenn, rejected the claim.": the name beside the subject
    makes the sentence no longer than a denial; and where the sentence before only carries on
    one speaker's words with a forecast, the claim answered is that speaker's statement just
    before it, not the forecast."""
    d = body(
        analyser,
        "Wren Holt told reporters that the Marsh Valley Laboratory had used a testing method that "
        "had never been approved. He said the result would not survive a day before any "
        "tribunal. The laboratory's director, Ida Fenn, rejected the claim. She said the method "
        "had been approved in 2023.",
    )
    used = "the Marsh Valley Laboratory had used a testing method that had never been approved"
    by_id = {c.id: c for c in d.claims}
    pairs = {(by_id[x.a].text, by_id[x.b].text) for x in d.contradictions if x.kind == "denial"}
    assert pairs == {(used, used)}
    denial = next(c for c in d.claims if c.modality == "denied")
    fenn = next(a.id for a in d.actors if a.name == "Ida Fenn")
    assert denial.source == fenn
    assert not any("rejected" in c.text or c.text == "the claim" for c in d.claims)


def _denial_pairs(d: Dossier) -> set[tuple[str, str, str | None]]:
    by_id = {c.id: c for c in d.claims}
    return {
        (by_id[x.a].text, by_id[x.b].text, by_id[x.b].source_text)
        for x in d.contradictions
        if x.kind == "denial"
    }


def test_a_denial_followed_by_what_the_denier_said_still_answers_the_sentence_before(
    analyser: Analyser,
) -> None:
    """ "Pellvane again denied it, saying …" and "… rejected that, and said …": the clause of
    saying after the denial is the denier's own statement, and the denial still answers the
    claim of the sentence before."""
    d = body(
        analyser,
        "The Consumer League said Pellvane had raised bread prices twice in a month. Pellvane "
        "again denied it, saying its prices had not changed since January.\n\n"
        "The Farmers' Guild said the review should be led by a judge. Minister Ilse Varn "
        "rejected that, and said the board was independent by law.",
    )
    raised = "Pellvane had raised bread prices twice in a month"
    judge = "the review should be led by a judge"
    assert _denial_pairs(d) == {
        (raised, raised, "Pellvane"),
        (judge, judge, "Minister Ilse Varn"),
    }
    # what the denier said after stays a claim of its own, and the denial's bare words go
    claim_with(d, "its prices had not changed since January")
    claim_with(d, "the board was independent by law")
    assert not any("rejected that" in c.text or "denied it" in c.text for c in d.claims)


def test_the_accused_rejecting_the_accusation_answers_the_accusers_words_that_name_it(
    analyser: Analyser,
) -> None:
    """ "Morsk blamed cuts made by her predecessor, Anton Vey, for the collapse. [Morsk's
    quotes.] Vey, who was minister from 2018 to 2023, rejected the accusation.": the sentence
    just before holds the accuser's other words; the accusation is the nearest of the accuser's
    words that names the denier."""
    d = body(
        analyser,
        "Transport Minister Hella Morsk on Thursday blamed spending cuts made by her "
        "predecessor, Anton Vey, for the collapse of the Lide bridge.\n\n"
        '"I inherited an agency that had been starved for years," Morsk told parliament. '
        '"Those choices were not mine."\n\n'
        "Vey, who was transport minister from 2018 to 2023, rejected the accusation. He said "
        "the cuts had been approved by the whole cabinet.",
    )
    pairs = _denial_pairs(d)
    assert len(pairs) == 1, pairs
    ((told, denied, who),) = pairs
    assert "Anton Vey" in told and told == denied and who == "Vey"


def test_no_accusation_is_answered_where_two_parties_speak_just_before(analyser: Analyser) -> None:
    """Where two parties speak in the sentence just before the denial (an engineer's statement,
    the minister's plan), or the accuser's words never name the denier, the accusation rejected
    is not clear: no pair (not the engineer's words, though the plan accuses nobody)."""
    d = body(
        analyser,
        "Transport Minister Hella Morsk on Thursday blamed spending cuts made by her "
        "predecessor, Anton Vey, for the collapse of the Lide bridge.\n\n"
        '"Both piers failed," engineer Pia Lund said, and Morsk said the agency would rebuild '
        "the bridge within a year.\n\n"
        "Vey rejected the accusation.\n\n"
        "The Farmers' Guild said the harvest had failed. \"Prices will rise,\" the guild's "
        'Ola Brenn said. "Bakers will close." Minister Ilse Varn rejected the claim.',
    )
    assert _denial_pairs(d) == set(), d.claims


@pytest.mark.parametrize(
    ("paragraph", "fragment"),
    [
        ("The governor blamed the Sorrel Guard for burning the customs post.", "Sorrel Guard"),
        ("The governor accused the Sorrel Guard of burning the customs post.", "Sorrel Guard"),
    ],
)
def test_a_charge_for_a_deed_says_the_accused_did_it(
    analyser: Analyser, paragraph: str, fragment: str
) -> None:
    # "blamed X for V-ing Y": an allegation that X did V, which X's denial of V-ing answers
    d = body(analyser, paragraph)
    prop = claim_with(d, fragment).proposition
    assert prop is not None
    assert prop.frame == "burn" and not prop.negative
    guard = next(a for a in d.actors if a.name == "Sorrel Guard")
    assert prop.agent == [guard.id]


@pytest.mark.parametrize(
    ("paragraph", "fragment", "predicate"),
    [
        ("The kiln is meant to supply bricks to the new school, the mayor said.", "kiln", "supply"),
        ("The grant was meant to buy the release of the boatmen, an aide said.", "grant", "buy"),
        (
            "The ferry talks are set to resume in Vorsk on Monday, the envoy said.",
            "ferry",
            "resume",
        ),
    ],
)
def test_a_head_that_only_carries_a_verb_is_no_frame_of_its_own(
    analyser: Analyser, paragraph: str, fragment: str, predicate: str
) -> None:
    """ "is meant to supply", "are set to resume": the carrying head ("mean", "set") is no
    event; two claims "meant to" do different things are not one proposition."""
    claim = claim_with(body(analyser, paragraph), fragment)
    assert claim.proposition is not None, claim.text
    assert claim.proposition.predicate == predicate


def test_a_carrying_head_without_its_verb_stays_itself(analyser: Analyser) -> None:
    """ "set fire to the shed": no governed verb to look through to."""
    d = body(analyser, "Raiders set fire to the boat shed, police said.")
    claim = claim_with(d, "Raiders")
    assert claim.proposition is not None and claim.proposition.predicate.startswith("set")


def test_denying_the_report_answers_its_lead_not_its_last_sentence(analyser: Analyser) -> None:
    """ "X denied the report.": the report its sources told sentence by sentence is denied by its
    lead, never by whatever sentence of it came last."""
    d = body(
        analyser,
        "The harbour board paid 4 million marks through brokers on Friday to free the crew, two "
        "officials with knowledge of the talks told the Tide Gazette.\n\n"
        "The money came from a spare fund, one of the officials said. The other official said "
        "the payment was meant to buy the release of the skipper.\n\n"
        "The harbour board denied the report.\n\n"
        "Farmers said the weir had flooded their fields. The water board denied the report.",
    )
    by_id = {c.id: c for c in d.claims}
    pairs = {(by_id[x.a].text, by_id[x.b].text) for x in d.contradictions if x.kind == "denial"}
    lead = "The harbour board paid 4 million marks through brokers on Friday to free the crew"
    fields = "the weir had flooded their fields"
    assert pairs == {(lead, lead), (fields, fields)}
    assert not [c for c in d.claims if c.modality == "denied" and "skipper" in c.text]


def test_a_bare_denial_answers_no_words_about_the_speakers_own_saying(
    analyser: Analyser,
) -> None:
    """ "'I said what many people think,' he said. The ministry denied it.": "it" is what he
    said before, not his words about saying it; no denial of those words is made."""
    d = body(
        analyser,
        "Governor Ivo Senn on Monday stood by his remark that a deal may have been struck with "
        'the smugglers. "I said what many people think," he said. The harbour ministry again '
        "denied it.",
    )
    assert not [c for c in d.claims if c.modality == "denied" and "I said" in c.text], d.claims


def test_a_clause_parsed_as_its_subjects_modifier_before_a_participle_is_a_proposition(
    analyser: Analyser,
) -> None:
    """ "A flood swept through …, killing five people and leaving 40 homeless, officials said":
    the parser hangs "swept" from "flood" as a modifier; the claim still states that the flood
    swept through (so its counts, read in the participles, are figures of the story)."""
    d = body(
        analyser,
        "A flood swept through the lower town of Dassel on Friday, killing five people and "
        "leaving 40 homeless, officials said.",
    )
    claim = claim_with(d, "swept through")
    assert claim.proposition is not None
    assert claim.proposition.predicate == "sweep"
