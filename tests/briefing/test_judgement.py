"""Which section a statement goes to, and in which order (:mod:`whatweknow.briefing.claims`),
on statements built directly (no spaCy, no store)."""

from __future__ import annotations

import dataclasses
from datetime import date

from whatweknow.briefing.cite import Voice
from whatweknow.briefing.claims import (
    ANALYSIS,
    CLAIMED,
    DISPUTED,
    ESTABLISHED,
    claim_sections,
    place,
    salience,
)
from whatweknow.briefing.model import Citation
from whatweknow.briefing.statements import Clash, Said, Statement
from whatweknow.model import Modality

DAY = date(2024, 6, 3)


def said(
    outlet: str, modality: Modality = "reported", voice: str | None = "a spokesman", day: date = DAY
) -> Said:
    who = Voice(voice, "source") if voice else Voice(outlet, "outlet")
    cite = Citation(article=f"{outlet[:4]}{day.day:012d}", start=0, end=5, outlet=outlet, text="x")
    return Said(cite, modality, who, seen=day)


def statement(
    sid: str,
    *reports: Said,
    independent: int = 1,
    negative: bool = False,
    actors: frozenset[str] = frozenset(),
) -> Statement:
    return Statement(
        sid,
        f"statement {sid}",
        list(reports),
        independent,
        None,
        (DAY, 0, int(sid[1:])),
        negative,
        actors,
    )


def test_a_sources_negation_carried_by_two_outlets_is_claimed_not_established() -> None:
    no_deal = statement(
        "c1", said("Wire A", voice="the spokesman"), said("Paper B", voice="a minister"),
        independent=2, negative=True,
    )  # fmt: skip
    assert place(no_deal, DAY) == CLAIMED
    same_but_positive = statement(
        "c2", said("Wire A", voice="the spokesman"), said("Paper B", voice="a minister"),
        independent=2,
    )  # fmt: skip
    assert place(same_but_positive, DAY) == ESTABLISHED


def test_two_unnamed_groups_of_lay_people_are_one_voice_not_two() -> None:
    # "Riders who got off at Brask have said the ferry listed twice" and "Deckhands' families
    # had said …": unnamed groups may be the same people; their account stays theirs
    def group(outlet: str, name: str) -> Said:
        return dataclasses.replace(said(outlet), voice=Voice(name, "source", plural=True))

    riders = statement(
        "c4", group("Wire A", "Passengers who got off at Brask"), group("Paper B", "Survivors"),
        independent=2,
    )  # fmt: skip
    assert place(riders, DAY) == CLAIMED
    named = statement(
        "c5", group("Wire A", "Passengers who got off at Brask"),
        dataclasses.replace(said("Paper B"), voice=Voice("the harbour master", "source")),
        independent=2,
    )  # fmt: skip
    assert place(named, DAY) == ESTABLISHED  # a second voice of its own still corroborates
    officials = statement(
        "c6", group("Wire A", "Port officials"), group("Paper B", "Survivors"), independent=2
    )
    assert place(officials, DAY) == ESTABLISHED


def test_denials_speculation_and_single_source_quotes_are_never_established() -> None:
    assert place(statement("c1", said("Wire A", "denied")), DAY) == DISPUTED
    assert place(statement("c2", said("Wire A", "speculated", voice=None)), DAY) == ANALYSIS
    one_party = statement("c3", said("Wire A"), said("Paper B"), independent=2)  # one voice
    assert place(one_party, DAY) == CLAIMED
    expected = statement(
        "c4", said("Wire A", "expected", "the ministry"), said("Paper B", "expected", "the envoy"),
        independent=2,
    )  # fmt: skip
    assert place(expected, DAY) == CLAIMED


def test_salience_orders_by_sources_then_central_actors_then_recency() -> None:
    own = {"voice": None}
    lone_old = statement("c1", said("Wire A", "asserted", **own))
    lone_new = statement("c2", said("Wire A", "asserted", day=date(2024, 6, 5), **own))
    central = statement(
        "c3", said("Wire A", "asserted", **own), actors=frozenset({"country:JPN", "country:CHN"})
    )
    widely = statement(
        "c4", said("Wire A", "asserted", **own), said("Paper B", "asserted", **own), independent=2
    )
    others = [
        statement(f"c{n}", said("Wire A", **own), actors=frozenset({"country:JPN", "country:CHN"}))
        for n in range(5, 8)
    ]
    every = [lone_old, lone_new, central, widely, *others]
    key = salience(every)
    ranked = sorted([lone_old, lone_new, central, widely], key=key)
    assert [s.id for s in ranked] == ["c4", "c3", "c2", "c1"]


def test_a_refusal_or_a_silence_ranks_after_statements_of_the_matter() -> None:
    own = {"voice": None}
    refusals = [
        dataclasses.replace(statement("c1", said("Wire A", "asserted", **own)), text=words)
        for words in (
            "The ferry's owner, Brask Lines, declined to comment.",
            "The harbour master could not be reached for comment.",
            "Port officials have neither confirmed nor denied the account.",
        )
    ]
    fact = dataclasses.replace(
        statement("c2", said("Wire A", "asserted", day=date(2024, 6, 1), **own)),
        text="The ferry sank two miles off Brask on Sunday.",
        frame="sink",
    )
    aside = dataclasses.replace(
        statement("c3", said("Wire A", "asserted", day=date(2024, 6, 1), **own)),
        text="The ministry was gathering information and would not discuss intelligence.",
        frame="gather",
    )  # a statement that refuses on the side is a statement
    key = salience([*refusals, fact, aside])
    for refusal in refusals:  # more recent, first reported: still after the matter
        assert [s.id for s in sorted([refusal, fact, aside], key=key)] == ["c2", "c3", "c1"]


def test_a_clashed_statement_leaves_every_other_section_and_the_pair_says_why() -> None:
    a = statement("c1", said("Wire A", "asserted", voice=None))
    b = statement("c2", said("Paper B", "denied", "the ministry"))
    clash = Clash("denial", a, b, "deal", "same proposition (agree); denied by the other")
    sections = {s.title: s for s in claim_sections([a, b], [clash], [clash], DAY) if s.items}
    assert set(sections) == {DISPUTED}
    [item] = sections[DISPUTED].items
    assert item.why == "same proposition (agree); denied by the other"
    assert item.kind == "dispute" and item.related == ["c2"]


def test_a_denial_of_the_very_words_claimed_names_the_denier_without_quoting_them_twice() -> None:
    def words(report: Said, text: str) -> Said:
        cite = report.citation.model_copy(update={"text": text})
        return dataclasses.replace(report, citation=cite)

    a = statement("c1", words(said("Wire A", "reported", "the union"), "the mine was unsafe"))
    same = statement("c2", words(said("Wire A", "denied", "the ministry"), "the mine was unsafe"))
    other = statement("c3", words(said("Paper B", "denied", "the ministry"), "it ignored warnings"))
    texts = []
    for b in (same, other):
        clash = Clash("denial", a, b, "mine", "same proposition (warn); denied by the other")
        [section] = [s for s in claim_sections([a, b], [clash], [clash], DAY) if s.items]
        [item] = section.items
        assert len(item.citations) == 2  # both records still cited
        texts.append(item.text)
    assert texts == [
        "“the mine was unsafe” (the union) — denied by the ministry",
        "“the mine was unsafe” (the union) — denied: “it ignored warnings” (the ministry)",
    ]


def test_a_short_denial_in_the_claims_own_characters_quotes_nothing_as_the_deniers() -> None:
    # "The harbour board said the pier's wiring check had not been done. Kelso Marine has
    # disputed that.": the denial's words are the board's, worded otherwise by another paper
    def at(report: Said, text: str, start: int) -> Said:
        cite = report.citation.model_copy(update={"text": text, "start": start, "end": start + 9})
        return dataclasses.replace(report, citation=cite)

    first = at(said("Wire A", "reported", "the harbour board"), "the pier check was not done", 0)
    board = at(said("Paper B", "reported", "the harbour board"), "the wiring check was skipped", 40)
    a = statement("c1", first, board)
    b = statement(
        "c2", at(said("Paper B", "denied", "Kelso Marine"), "the wiring check was skipped", 40)
    )
    clash = Clash("denial", a, b, "check", "a statement and another party's short denial of it")
    [section] = [s for s in claim_sections([a, b], [clash], [clash], DAY) if s.items]
    [item] = section.items
    assert item.text.endswith("— denied by Kelso Marine")
    assert "skipped" not in item.text and len(item.citations) == 3


def test_quoted_words_without_a_speaker_are_no_outlets_voice() -> None:
    from whatweknow.briefing.cite import quoted

    assert quoted("They correspond to the list stated in the flight sheet'.")
    assert quoted("“We will not comment on fantasies")
    assert not quoted("The ferry left port on Monday.")
    assert not quoted("Officials said the talks would go on")


def test_a_sentence_ending_in_a_quotation_it_opened_is_the_outlets() -> None:
    from whatweknow.briefing.cite import quoted

    assert quoted("They match the list in the flight sheet'.")
    assert quoted("“We will not leave,")
    assert not quoted("The spokesman called the report “a fabrication”.")
    assert not quoted("It was paid by the soldiers'")


def test_a_phrase_reported_in_passing_is_never_established_by_voices() -> None:
    toll = statement(
        "c3", said("Wire A", voice="a minister"), said("Paper B", voice="an official"),
        independent=2,
    )  # fmt: skip
    assert place(toll, DAY) == ESTABLISHED
    fragment = Statement(**{**toll.__dict__, "proposition": False})
    assert place(fragment, DAY) == CLAIMED


def test_a_thing_named_in_a_few_words_is_no_statement() -> None:
    from whatweknow.briefing.statements import _bare
    from whatweknow.model import Claim

    def claim(text: str, modality: Modality = "reported") -> Claim:
        return Claim(id="c1", start=0, end=len(text), text=text, modality=modality)

    assert _bare(claim("the death toll"))
    assert not _bare(claim("the newspaper's claims", "denied"))  # what is denied says something
    assert not _bare(claim("a toll of 27"))  # a figure
    assert not _bare(claim("Talks resumed."))  # a sentence of its own


def test_a_copy_of_an_outlets_own_speculation_is_no_line_of_its_own() -> None:
    copied = statement(
        "c1", said("Wire A", "speculated", voice=None), said("Paper B", "speculated", voice=None),
    )  # fmt: skip
    quoted = statement(
        "c2", said("Wire A", "speculated", "an engineer"), said("Paper B", "speculated", None),
    )  # fmt: skip
    analysis = next(s for s in claim_sections([copied, quoted], [], [], DAY) if s.title == ANALYSIS)
    lines = [(i.record, i.text.split(":")[0].casefold(), len(i.citations)) for i in analysis.items]
    assert sorted(lines) == [
        ("c1", "wire a speculates", 2),  # the copy's outlet cited beside the first, not again
        ("c2", "an engineer speculates", 1),  # the engineer's line stays apart
        ("c2", "paper b speculates", 1),
    ]


def test_an_unconfirmed_statement_says_so_instead_of_speculates() -> None:
    cite = Citation(article="a" * 16, start=0, end=5, outlet="Wire A", text="x")
    unconfirmed = Said(
        cite, "speculated", Voice("Police", "source"), seen=DAY, unconfirmed="nothing to suggest"
    )
    guessed = Said(cite, "speculated", Voice("An analyst", "source"), seen=DAY)
    sections = claim_sections([statement("c1", unconfirmed), statement("c2", guessed)], [], [], DAY)
    lines = [i.text for s in sections for i in s.items]
    assert "Police (nothing to suggest): x" in lines  # the words of its citation
    assert "An analyst speculates: x" in lines


def test_an_outlets_sentence_that_leans_on_the_one_before_is_not_established() -> None:
    cite = Citation(article="a" * 16, start=0, end=5, outlet="Wire A", text="x")
    own = Said(cite, "asserted", Voice("Wire A", "outlet"), seen=DAY)
    leaning = Statement("c1", "It advised anglers not to eat fish from the river.", [own])
    whole = Statement(
        "c2", "The Water Agency advised anglers not to eat fish from the river.", [own]
    )
    assert place(leaning, DAY) == CLAIMED
    assert place(Statement("c3", "Others are less sure.", [own]), DAY) == CLAIMED
    assert place(whole, DAY) == ESTABLISHED
    # "the" and a noun that only the sentence before names: which company, which two men?
    for text in ("The company declined to comment.", "The two men agreed the quantities."):
        assert place(Statement("c4", text, [own]), DAY) == CLAIMED
    for text in ("The company's chairman resigned on Friday.", "The fire spread quickly."):
        assert place(Statement("c5", text, [own]), DAY) == ESTABLISHED
    # a demonstrative that points at the sentence before: which accident?
    assert place(Statement("c6", "Nobody died in that accident.", [own]), DAY) == CLAIMED
    assert place(Statement("c7", "The line reopened that day.", [own]), DAY) == ESTABLISHED
    for text in (
        "Aid reached those affected.",  # a pronoun before a participle
        "Critics call it language that usually signals a rift.",  # no demonstrative
        "The line has been shut since this crisis began.",  # the story's own crisis
    ):
        assert place(Statement("c8", text, [own]), DAY) == ESTABLISHED, text


def test_a_guess_corroborates_nothing() -> None:
    reported = said("Wire A", "reported", voice="the Varn relief agency")
    guessed = said("Paper B", "speculated", voice="aid groups")
    st = statement("c1", reported, guessed, independent=2)
    assert place(st, DAY) != ESTABLISHED
    both = statement("c2", reported, said("Paper B", "reported", voice="aid groups"), independent=2)
    assert place(both, DAY) == ESTABLISHED


def test_two_sources_words_that_lean_on_their_sentence_are_claimed() -> None:
    """ "it was reviewing a fault", told by two outlets: whose words, the line cannot say."""
    two = (said("Wire A", voice="the utility"), said("Paper B", voice="the utility's chief"))
    st = statement("c1", *two, independent=2)
    assert place(st, DAY) == ESTABLISHED
    assert (
        place(dataclasses.replace(st, text="it was reviewing a fault on the line"), DAY) == CLAIMED
    )


def test_voices_against_a_denial_of_the_same_kind_establish_nothing() -> None:
    """Two outlets relay that the drone carried munitions; a side denies it carried weapons, in
    words too far apart to pair: the claim stays claimed while a denial of its kind stands."""
    carried = statement(
        "c4", said("Wire A", voice="a minister"), said("Paper B", voice="the harbour police"),
        independent=2,
    )  # fmt: skip
    carried = Statement(**{**carried.__dict__, "frame": "carry"})
    assert place(carried, DAY) == ESTABLISHED
    assert place(carried, DAY, {"carry"}) == CLAIMED
    denial = Statement(
        **{**statement("c5", said("Paper C", "denied", "the army")).__dict__, "frame": "carry"}
    )
    sections = claim_sections([carried, denial], [], [], DAY)
    established = next(s for s in sections if s.title == ESTABLISHED)
    assert not established.items


def test_an_analysis_or_opinion_piece_argues_and_first_person_words_are_someones() -> None:
    from whatweknow.briefing.cite import commentary, voice
    from whatweknow.model import Article, Claim, Dossier, PipelineInfo

    def article(url: str, title: str) -> Article:
        return Article(id="a" * 16, url=url, title=title, outlet="The Ledger", text="x")

    assert commentary(article("https://ledger.example/opinion/2025/03/04/dams", "Dams"))
    assert commentary(article("https://ledger.example/news/dams", "Analysis: why dams fail"))
    assert not commentary(article("https://ledger.example/news/dams", "Dam fails in storm"))
    assert not commentary(article("https://ledger.example/world/analysts-warn", "Analysts warn"))

    text = "The dam held. Our crews are safe. US engineers arrived."
    d = Dossier(
        pipeline=PipelineInfo(version="0", model="none"),
        article=Article(id="b" * 16, outlet="The Ledger", text=text),
    )
    held, crews, us = (
        Claim(id=f"c{n}", start=text.index(t), end=text.index(t) + len(t), text=t)
        for n, t in enumerate(("The dam held.", "Our crews are safe.", "US engineers arrived."))
    )
    assert voice(d, held, {}).kind == "outlet" and not voice(d, held, {}).analyst
    assert voice(d, crews, {}).kind == "unidentified"  # a post's words, not the outlet's
    assert voice(d, us, {}).kind == "outlet"  # "US" is a name
    text = "The Ledger checked the papers with two clerks. We will not say how we got them."
    own = Dossier(
        pipeline=PipelineInfo(version="0", model="none"),
        article=Article(id="b" * 16, outlet="The Ledger", text=text),
    )
    ours = Claim(id="c9", start=text.index("We"), end=len(text), text=text[text.index("We") :])
    assert voice(own, ours, {}).kind == "outlet"  # the outlet's own "we", named just before
    own.article.text = "The dam held.\n" + text[text.index("We") :]
    ours.start, ours.end = len("The dam held.\n"), len(own.article.text)
    assert voice(own, ours, {}).kind == "unidentified"
    d.article.url = "https://ledger.example/analysis/dam"
    assert voice(d, held, {}).analyst


def test_police_and_officials_take_a_plural_verb() -> None:
    from whatweknow.briefing.cite import _plural

    assert _plural("Police") and _plural("harbour officials") and _plural("the local people")
    assert not _plural("the ministry") and not _plural("the bus company")
    assert not _plural("Ana Ruiz of Vell Labs") and _plural("officials at the ports")


def test_two_copies_of_one_wire_report_count_as_one_source() -> None:
    from dataclasses import replace

    from whatweknow.briefing.claims import _plain

    def own(outlet: str, day: int, unit: str | None = None) -> Said:
        return replace(said(outlet, "asserted", None, date(2024, 6, day)), unit=unit)

    # the story counts three units: a paper's report, a wire group and a third outlet that only
    # alleges it (no source of the fact); two outlets carry the wire's words
    alleging = said("Paper C", "alleged", "prosecutors")
    reports = [own("Paper A", 3), own("Paper B", 5, "copy:w"), own("Paper D", 5, "copy:w")]
    held = statement("c1", *reports, alleging, independent=3)
    assert _plain(held).text == "x (2 independent sources)"
    assert len(_plain(held).citations) == 3
    # the copies alone are one source, however many outlets print them
    copies = statement("c2", *reports[1:], independent=1)
    assert _plain(copies).text == "x"
    # two identified voices through one wire report's copies establish nothing by themselves
    quoted = [
        replace(said("Paper B", voice="a minister"), unit="copy:w"),
        replace(said("Paper D", voice="an official"), unit="copy:w"),
    ]
    assert place(statement("c3", *quoted, independent=2), DAY) == CLAIMED
    assert place(statement("c4", *[replace(r, unit=None) for r in quoted], independent=2), DAY) == (
        ESTABLISHED
    )


def test_a_nested_report_is_voiced_by_its_relay_citing_its_source() -> None:
    """ "Ivo Marek said a clerk had told him that P": the dossier's source is the clerk, via
    Marek (the contract); the briefing names Marek, citing the clerk, never the clerk alone.
    An unresolved inner source ("X said she expected …") is left unidentified, not relayed."""
    from whatweknow.briefing.cite import voice
    from whatweknow.model import Actor, Article, Claim, Dossier, PipelineInfo, Quote

    def dossier(text: str, cue: str) -> tuple[Dossier, Claim]:
        words = "the trucks were never serviced"
        at, held = text.index(words), text.index(cue) + len(cue) + 1
        d = Dossier(
            pipeline=PipelineInfo(version="0", model="none"),
            article=Article(id="c" * 16, outlet="The Ledger", text=text),
            actors=[
                Actor(id="a1", name="Ivo Marek", type="person", key="person:ivo marek"),
                Actor(id="a2", name="clerk", type="group", key="group:clerk"),
            ],
            quotes=[
                Quote(id="q1", kind="indirect", speaker="a1", speaker_text="Ivo Marek", cue=cue,
                      text=text[held:-1], start=held, end=len(text) - 1),
            ],
        )  # fmt: skip
        claim = Claim(
            id="c1", start=at, end=at + len(words), text=words, source="a2",
            source_text="a clerk", via=["a1"], modality="reported", quote="q1",
        )  # fmt: skip
        return d, claim

    d, nested = dossier(
        "Ivo Marek said a clerk had told him that the trucks were never serviced.", "said"
    )
    said = voice(d, nested, {})
    assert said.name == "Ivo Marek (citing a clerk)" and said.kind == "source"
    unresolved = nested.model_copy(update={"source": None, "source_text": "she"})
    assert voice(d, unresolved, {}).kind == "unidentified"
    direct = nested.model_copy(update={"via": []})
    assert voice(d, direct, {}).name == "a clerk"
    d, according = dossier(
        "According to Ivo Marek, a clerk had told him that the trucks were never serviced.",
        "According to",
    )
    assert voice(d, according, {}).name == "Ivo Marek (citing a clerk)"
    d, rejected = dossier(
        "Ivo Marek rejected a clerk's claim that the trucks were never serviced.", "rejected"
    )
    assert voice(d, rejected, {}).name == "a clerk"  # Marek denies; he cites nobody
    d, second = dossier(
        "Ivo Marek said the depot was shut; a clerk said the trucks were never serviced.", "said"
    )
    assert voice(d, second, {}).name == "a clerk"  # two reports, the second not relayed


def test_a_claim_is_worded_by_a_report_that_names_whom_a_pronoun_stands_for() -> None:
    """Two copies of one wire report, the first "He pleaded not guilty", the second "Varr
    pleaded not guilty": the line says the second's words and cites both."""

    def copy(outlet: str, words: str) -> Said:
        cite = Citation(article=outlet, start=0, end=len(words), outlet=outlet, text=words)
        return Said(cite, "asserted", Voice(outlet, "outlet"), seen=DAY)

    st = statement("c1", copy("Wire A", "He pleaded not guilty."))
    st.reports.append(copy("Paper B", "Varr pleaded not guilty."))
    items = [i for s in claim_sections([st], [], [], DAY) for i in s.items]
    assert [i.text for i in items] == ["Varr pleaded not guilty."]
    assert [c.outlet for c in items[0].citations] == ["Wire A", "Paper B"]
    alone = statement("c2", copy("Wire A", "He pleaded not guilty."))
    assert [i.text for s in claim_sections([alone], [], [], DAY) for i in s.items] == [
        "He pleaded not guilty."
    ]


def test_a_hedge_that_negates_or_ends_its_cue_leaves_the_statement_unconfirmed() -> None:
    from whatweknow.briefing.statements import _negating

    for hedge in ("no longer alleged", "had ceased to claim", "stopped saying", "did not claim",
                  "would neither confirm nor deny", "declined to confirm or deny"):  # fmt: skip
        assert _negating(hedge), hedge
    assert not _negating("may") and not _negating("reportedly")


def test_a_sentence_whose_subject_is_an_unresolved_pronoun_is_no_line() -> None:
    from whatweknow.briefing.statements import said

    from .make import Doc, Says, Who, dossier

    d = dossier(
        Doc(
            blocks=[
                ("title", "Ferry sinks off Orsk"),
                ("paragraph", "Captain Ilse Varn was rescued. She later thanked the crew."),
                (
                    "paragraph",
                    "Her brother was treated for burns. Varn said she was grateful to the crew.",
                ),
                ("paragraph", "His deputy, Olaf Brenn, will lead the search."),
            ],
            actors=[Who("varn", "Ilse Varn"), Who("brenn", "Olaf Brenn")],
            claims=[
                Says("Captain Ilse Varn was rescued."),
                Says("She later thanked the crew."),
                Says("Her brother was treated for burns."),
                Says("she was grateful to the crew", "reported", "varn", "Varn", "be"),
                Says("His deputy, Olaf Brenn, will lead the search.", "expected", frame="lead"),
            ],
        )
    )
    kept = [c.text for c in d.claims if said(d, c, {}) is not None]
    assert kept == [
        "Captain Ilse Varn was rescued.",
        "she was grateful to the crew",
        "His deputy, Olaf Brenn, will lead the search.",  # the apposition names him
    ]


def test_a_partys_words_for_its_side_of_a_denial_are_never_established_by_it_alone() -> None:
    """The body that denied ("The board denied cutting the budget and said it had grown") and
    its spokeswoman ("'Our budget has grown,' spokeswoman Ada Rask said", after its denial) are
    one party's view: two outlets carrying it establish nothing. Two other voices do."""
    backing = [
        dataclasses.replace(said("Wire A", voice="Ada Rask"), backs_denial=True),
        dataclasses.replace(said("Paper B", voice="The board"), backs_denial=True),
    ]
    assert place(statement("c1", *backing, independent=2), DAY) == CLAIMED
    others = [said("Radio C", voice="an auditor"), said("Daily D", voice="the regulator")]
    assert place(statement("c2", *backing, *others, independent=4), DAY) == ESTABLISHED


def test_a_refusal_is_never_established_however_it_is_told() -> None:
    """ "Varden Mills declined to comment." in an outlet's voice, or through two sources in two
    outlets, is a silence about nothing of the matter: claimed, never established."""
    own = {"voice": None}
    told = dataclasses.replace(
        statement("c1", said("Wire A", "asserted", **own)),
        text="Varden Mills declined to comment on the audit.",
    )
    assert place(told, DAY) == CLAIMED
    two = statement("c2", said("Wire A", voice="a clerk"), said("Paper B", voice="a minister"))
    relayed = dataclasses.replace(
        two, independent=2, text="Varden Mills would not comment on the audit."
    )
    assert place(relayed, DAY) == CLAIMED
    matter = dataclasses.replace(told, text="Varden Mills closed the audit on Monday.")
    assert place(matter, DAY) == ESTABLISHED


def test_a_cleft_on_what_someone_has_not_explained_is_the_outlets_charge() -> None:
    """ "What the harbour board has not explained is why it ignored the survey": the outlet's
    charge (that there is a why), claimed in its voice, never established."""
    own = {"voice": None}
    base = statement("c1", said("Wire A", "asserted", **own))
    charge = dataclasses.replace(
        base, text="What the harbour board has not explained is why it ignored the survey."
    )
    assert place(charge, DAY) == CLAIMED
    told = dataclasses.replace(
        base, text="What the harbour board decided on Monday was to close the survey office."
    )
    assert place(told, DAY) == ESTABLISHED


def test_a_signpost_and_words_cut_at_a_comparisons_pronoun_are_no_statements() -> None:
    """ "Here is where things stand." points along the article; "The mill's tally is higher
    than that" lost what it compares with ("… than that given by the union, which says …"):
    neither is a line. A sentence that says where something is stays one."""
    from whatweknow.briefing.statements import from_dossiers

    from .make import Doc, Says, dossier

    lines = [
        "Here is where things stand.",
        "The mill's tally is higher than that",
        "Here the river floods every spring, the warden said.",
        "Here's what we know so far:",
    ]
    text = " ".join(lines)
    doc = Doc(
        blocks=[("paragraph", text)],
        claims=[Says(w, "asserted", frame="be") for w in lines],
    )
    found, _ = from_dossiers([dossier(doc)])
    assert [st.text for st in found] == ["Here the river floods every spring, the warden said."]


def test_a_voice_named_only_by_a_noun_that_points_back_is_no_second_voice() -> None:
    """ "The company said P" (Paper B) and its chief executive's P (Wire A): "the company" may
    be his; two outlets, one party's words, claimed. Two voices named as themselves establish."""
    pointing = statement(
        "c1", said("Wire A", voice="Tomas Brell"), said("Paper B", voice="The company"),
        independent=2,
    )  # fmt: skip
    assert place(pointing, DAY) == CLAIMED
    named = statement(
        "c2", said("Wire A", voice="Tomas Brell"), said("Paper B", voice="Harbour police"),
        independent=2,
    )  # fmt: skip
    assert place(named, DAY) == ESTABLISHED


def test_an_outlets_judgement_of_someones_standing_is_its_claim() -> None:
    """ "The row puts the harbour board in an awkward position": the outlet's reading, claimed
    in its name; a plain fact in the same words' neighbourhood stays established."""
    own = {"voice": None}
    base = statement("c1", said("Wire A", "asserted", **own))
    for text in (
        "The row puts the harbour board in an awkward position.",
        "The mayor's own position is less secure than it was a month ago.",
        "The vote is a setback for the harbour board.",
    ):
        assert place(dataclasses.replace(base, text=text), DAY) == CLAIMED, text
    plain = dataclasses.replace(base, text="The harbour board moved to a new position on the quay.")
    assert place(plain, DAY) == ESTABLISHED


def test_a_body_and_the_people_whose_role_names_it_are_one_party() -> None:
    """ "Brask Mills said P" (Wire A) and "Ida Vell, chief executive of Brask Mills, said P"
    (Paper B): one party's words through two outlets, claimed. A role towards a body ("envoy to
    Brask Mills") names no party."""
    from whatweknow.briefing.statements import party

    from .make import Doc, Says, Who, dossier

    text = (
        "Ida Vell, chief executive of Brask Mills, said the audit was done. "
        "Brask Mills said the audit was done. Ole Dask, envoy to Brask Mills, said so too."
    )
    d = dossier(
        Doc(
            blocks=[("paragraph", text)],
            actors=[
                Who("org:brask mills", "Brask Mills", "organisation"),
                Who("person:ida vell", "Ida Vell", roles=["chief executive of Brask Mills"]),
                Who("person:ole dask", "Ole Dask", roles=["envoy to Brask Mills"]),
            ],
            claims=[
                Says("the audit was done", "reported", "person:ida vell", "Ida Vell"),
                Says("Brask Mills said the audit", "reported", "org:brask mills", "Brask Mills"),
                Says("said so too", "reported", "person:ole dask", "Ole Dask"),
            ],
        )
    )
    assert [party(d, x, {}) for x in d.claims] == ["Brask Mills", "Brask Mills", None]
    one = statement(
        "c1",
        dataclasses.replace(said("Wire A", voice="Brask Mills"), party="Brask Mills"),
        dataclasses.replace(said("Paper B", voice="Ida Vell"), party="Brask Mills"),
        independent=2,
    )
    assert place(one, DAY) == CLAIMED
    two = statement(
        "c2",
        dataclasses.replace(said("Wire A", voice="Brask Mills"), party="Brask Mills"),
        said("Paper B", voice="Ole Dask"),
        independent=2,
    )
    assert place(two, DAY) == ESTABLISHED


def test_a_refusal_told_with_its_day_is_no_established_fact() -> None:
    own = {"voice": None}
    base = statement("c1", said("Wire A", "asserted", **own))
    for text in (
        "Mayor Ilse Brandt declined on Friday to say whether the weir had failed, as crowds "
        "gathered at the quay.",
        "The water board has not explained how it reached its figure.",
    ):
        assert place(dataclasses.replace(base, text=text), DAY) == CLAIMED, text


def test_an_outlets_words_cut_at_a_thing_it_goes_on_to_quote_are_no_statement() -> None:
    """ "The ledgers also hold a note | , sent in May, which reads: “…”": the outlet's words
    name a note and stop; what it says is the quote's. A whole sentence naming one stays."""
    from whatweknow.briefing.statements import from_dossiers

    from .make import Doc, Says, dossier

    cut = 'The ledgers also hold a note, sent in May from the depot, which reads: "Ship it all."'
    whole = "Wardens found a note on the quay."
    doc = Doc(
        blocks=[("paragraph", cut), ("paragraph", whole)],
        claims=[
            Says("The ledgers also hold a note", "asserted", frame="hold"),
            Says(whole, "asserted", frame="find"),
        ],
    )
    found, _ = from_dossiers([dossier(doc)])
    assert [st.text for st in found] == [whole]


def test_an_analysis_speaks_in_its_outlets_voice_an_opinion_in_its_writers() -> None:
    from whatweknow.briefing.cite import voice
    from whatweknow.model import Article, Claim, Dossier, PipelineInfo

    text = "Two days after the flood, the council and the Orvel Trust tell two stories."
    said = Claim(id="c1", start=0, end=len(text), text=text)

    def piece(title: str) -> Dossier:
        return Dossier(
            pipeline=PipelineInfo(version="0", model="none"),
            article=Article(
                id="d" * 16, title=title, outlet="The Marl Gazette", byline=["Pia Tolland"],
                text=text,
            ),
        )  # fmt: skip

    told = voice(piece("Analysis: two stories of one flood"), said, {})
    assert (told.name, told.kind, told.analyst) == ("The Marl Gazette", "outlet", True)
    argued = voice(piece("Opinion: the council owes the valley an answer"), said, {})
    assert (argued.name, argued.kind) == ("Pia Tolland", "source")
    text = "Mayor Oskar Teln declined to comment on the trust's account."
    refused = Claim(id="c2", start=0, end=len(text), text=text)
    opinion = piece("Opinion: the council owes the valley an answer")
    opinion.article.text = text
    assert voice(opinion, refused, {}).kind == "outlet"  # his refusal, never the writer's


def test_a_role_named_by_its_owner_is_shown_by_that_name() -> None:
    from whatweknow.briefing.cite import _holds_name

    assert _holds_name("Tamsin Roe's lawyer") and _holds_name("embassy of Olmara")
    assert not _holds_name("the bus company") and not _holds_name("a retired Chinese admiral")


def test_a_record_seen_by_a_paper_is_shown_by_its_name_not_the_words_citing_it() -> None:
    from whatweknow.briefing.cite import report_voice

    key = "group:the document, seen by the courier"
    names = {key: "the document, seen by the Courier"}
    found = report_voice(key, "a copy of the document seen by the Courier", "asserted", None, names)
    assert found.name == "the document, seen by the Courier"


def test_a_description_and_a_quantifier_read_as_a_sentence_subject() -> None:
    from whatweknow.briefing.cite import report_voice

    names = {"group:company": "company", "group:some": "Some", "group:dock workers": "dock workers"}
    company = report_voice("group:company", "it", "reported", None, names)
    assert (company.name, company.plural) == ("the company", False)  # not "Company says"
    some = report_voice("group:some", "Some", "speculated", None, names)
    assert (some.name, some.plural) == ("Some", True)  # "Some speculate"
    workers = report_voice("group:dock workers", "they", "reported", None, names)
    assert (workers.name, workers.plural) == ("dock workers", True)


def test_a_description_voice_reads_a_curly_apostrophe_as_straight() -> None:
    """ "the ship’s owner" in one copy and "the ship's owner" in another are one voice."""
    from whatweknow.briefing.cite import voice
    from whatweknow.model import Actor, Article, Claim, Dossier, PipelineInfo

    text = "The barge’s owner blamed a faulty valve."
    d = Dossier(
        pipeline=PipelineInfo(version="0", model="none"),
        article=Article(id="c" * 16, outlet="The Ledger", text=text),
        actors=[Actor(id="a1", name="barge’s owner", type="group", key="group:barge's owner")],
    )
    claim = Claim(
        id="c1", start=29, end=40, text="faulty valve", source="a1",
        source_text="The barge’s owner", modality="alleged",
    )  # fmt: skip
    name = voice(d, claim, {}).name
    assert "barge's owner" in name and "’" not in name


def test_a_statement_told_only_within_a_denial_has_no_line_of_its_own() -> None:
    def at(report: Said, start: int, end: int) -> Said:
        return dataclasses.replace(
            report, citation=report.citation.model_copy(update={"start": start, "end": end})
        )

    # "The council denied a report that the quarry would close.": the report inside the denial
    denial = statement("c1", at(said("Wire A", "denied", "the council"), 20, 55))
    inner = statement("c2", at(said("Wire A", "reported", "a newspaper"), 34, 55))
    elsewhere = statement("c3", at(said("Wire A", "reported", "a newspaper"), 34, 55))
    elsewhere.reports.append(at(said("Paper B", "reported", "a newspaper"), 0, 21))
    shown = [
        i.record for s in claim_sections([denial, inner, elsewhere], [], [], DAY) for i in s.items
    ]
    assert "c2" not in shown  # the denial's line tells it, as denied
    assert "c1" in shown and "c3" in shown  # told in words of its own, it has its line


def test_a_sentence_opened_by_neither_or_both_standing_for_the_one_before_is_not_established() -> (
    None
):
    """ "Neither wished to be named.": who neither is, the sentence before says; in the outlet's
    voice it is its claim, never an established fact. A pair named in the sentence itself
    ("Neither the port nor the council …") is a statement of its own."""
    cite = Citation(article="a" * 16, start=0, end=5, outlet="Wire A", text="x")
    own = Said(cite, "asserted", Voice("Wire A", "outlet"), seen=DAY)
    for text in (
        "Neither wished to be named.",
        "Both declined to comment on the audit.",
        "Neither of them has replied to the harbour board.",
        "Both were taken to hospital in Osk.",
    ):
        assert place(Statement("c1", text, [own]), DAY) == CLAIMED, text
    for text in (
        "Neither the port nor the council replied to the harbour board.",
        "Neither side apologised for the collision.",
        "Both Osk Mills and the dockers' union signed the accord on Monday.",
    ):
        assert place(Statement("c2", text, [own]), DAY) == ESTABLISHED, text


def test_a_sentence_that_tells_a_denial_is_never_established() -> None:
    """ "Osk's spokeswoman called the accusation 'baseless'" in an outlet's voice, or through two
    voices in two outlets: a denial, one party's view, never established however the claims
    stage filed it. A verb of denying used otherwise ("was denied bail", "rejected the appeal")
    tells the matter."""
    own = {"voice": None}
    base = statement("c1", said("Wire A", "asserted", **own))
    two = dataclasses.replace(
        statement("c2", said("Wire A", voice="a clerk"), said("Paper B", voice="a minister")),
        independent=2,
    )
    for text in (
        "Osk's foreign ministry spokeswoman Ada Venn called the accusation 'baseless'.",
        "The harbour board rejected accusations that it had hidden the survey.",
        "The harbour board denied the report on Monday.",
        "The mill dismissed the report as fabricated.",
    ):
        assert place(dataclasses.replace(base, text=text), DAY) == CLAIMED, text
        assert place(dataclasses.replace(two, text=text), DAY) == CLAIMED, text
    for text in (
        "The ferry captain was denied bail on Monday.",
        "The court rejected the harbour board's appeal on Monday.",
    ):
        assert place(dataclasses.replace(base, text=text), DAY) == ESTABLISHED, text
        assert place(dataclasses.replace(two, text=text), DAY) == ESTABLISHED, text


def test_a_partys_own_figure_told_by_the_outlet_is_that_partys_reckoning() -> None:
    """ "Osk Mills' own figure, given on Wednesday, is 2.3 million": what the mill reckons on
    its day, which it may revise and others contest; the outlet's claim, not an established
    fact. A figure of the matter itself is told as a fact."""
    own = {"voice": None}
    base = statement("c1", said("Wire A", "asserted", **own))
    for text in (
        "Osk Mills' own figure, given on Wednesday, is 2.3 million.",
        "The harbour board's latest count was 40 barges.",
    ):
        assert place(dataclasses.replace(base, text=text), DAY) == CLAIMED, text
    for text in ("The death toll is 27.", "The mill's figures show that profits rose."):
        assert place(dataclasses.replace(base, text=text), DAY) == ESTABLISHED, text


def test_a_partys_own_figure_a_later_report_overtook_keeps_its_day_when_claimed() -> None:
    """Claimed in the outlet's name, a party's count that a later figure overtook still says
    the day it stood ("as of …"), as it did when it was stated as a fact."""
    words = "The harbour board's count of sunk barges stood at 15 on Friday."
    cite = Citation(article="a" * 16, start=0, end=len(words), outlet="Wire A", text=words)
    own = Said(cite, "asserted", Voice("Wire A", "outlet"), seen=DAY)
    counted = Statement("c1", words, [own], as_of=DAY, later="later reports give another figure")
    (claimed,) = [s for s in claim_sections([counted], [], [], DAY) if s.title == CLAIMED]
    assert [i.text for i in claimed.items] == [
        "Wire A says: The harbour board's count of sunk barges stood at 15 on Friday. "
        "(as of 3 June 2024; later reports give another figure)"
    ]


def test_a_counted_part_of_a_group_and_a_relative_clause_agree_with_their_head() -> None:
    from whatweknow.briefing.cite import _plural

    assert _plural("Two of Orlen's closest trading partners")
    assert _plural("some of the dockers") and _plural("12 of the crew")
    assert not _plural("One of the officials")
    assert not _plural("A lawyer who represents several detainees")
    assert _plural("People who live near the quay")


def test_a_copy_group_of_an_agencys_report_speaks_as_the_agency() -> None:
    """Copies of a wire report in outlets' own voice speak as the agency whose copy it is (its
    furniture: "(OWS)", "Source: Osk Wire Service"), not as whichever carrier names itself; a
    line one copy alone has stays its carrier's, and a group no member credits to an agency,
    or to two, speaks as its first carrier, as before."""
    from whatweknow.briefing.claims import _attributed
    from whatweknow.briefing.statements import _as_agency, _copy_agencies
    from whatweknow.model import Article, Dossier, PipelineInfo
    from whatweknow.story_contract import Story, StoryArticle

    def dossier(aid: str, agency: str | None) -> Dossier:
        outlet = "Velt Courier" if aid == "h" else None
        article = Article(id=aid, text="x", agency=agency, outlet=outlet)
        return Dossier(pipeline=PipelineInfo(version="0", model="none"), article=article)

    members = {
        "a": ("w", "Osk Wire Service"), "b": ("w", "OWS"), "c": ("w", None),  # one agency's
        "d": ("v", "Osk Wire Service"), "e": ("v", "Brava Press Agency"),  # two agencies'
        "f": ("u", None), "g": ("u", None),  # a paper's report, carried
        "h": ("h", None), "i": ("h", "Osk Wire Service"),  # a paper's, passed on by an agency
    }  # fmt: skip
    story = Story(id=1, articles=[StoryArticle(id=k, copy_of=g) for k, (g, _) in members.items()])
    agencies = _copy_agencies(story, {k: dossier(k, a) for k, (_, a) in members.items()})
    assert agencies == {"w": "Osk Wire Service"}

    def own(outlet: str, article: str, group: str, voice: str | None = None) -> Said:
        cite = Citation(article=article, start=0, end=5, outlet=outlet, text="x")
        who = Voice(voice, "source") if voice else Voice(outlet, "outlet")
        return Said(cite, "asserted", who, seen=DAY, unit=f"copy:{group}")

    def voices(*reports: Said) -> list[str]:
        st = statement("c1", *_as_agency(list(reports), agencies))
        return [i.text.split(" says")[0] for i in _attributed([st])]

    assert voices(own("Paper B", "b", "w"), own("Paper C", "c", "w")) == ["Osk Wire Service"]
    assert voices(own("Paper C", "c", "w")) == ["Paper C"]  # one copy alone: the carrier's
    assert voices(own("Paper D", "d", "v"), own("Paper E", "e", "v")) == ["Paper D"]
    assert voices(own("Paper F", "f", "u"), own("Paper G", "g", "u")) == ["Paper F"]
    quoted = [own("Paper B", "b", "w", "a minister"), own("Paper C", "c", "w", "a minister")]
    assert voices(*quoted) == ["A minister"]  # a source keeps its own name


def test_a_denial_that_anything_shows_it_keeps_its_words_in_both_sections() -> None:
    cite = Citation(article="a" * 16, start=0, end=5, outlet="Wire A", text="x")
    denial = Said(cite, "denied", Voice("Police", "source"), seen=DAY, unconfirmed="no evidence")
    sections = claim_sections([statement("c1", denial)], [], [], DAY)
    lines = [i.text for s in sections for i in s.items]
    assert "Police denies (no evidence): x" in lines, lines  # never "Police says: x"
    other = Citation(article="b" * 16, start=0, end=5, outlet="Paper B", text="y")
    claim = statement("c2", Said(other, "reported", Voice("An activist", "source"), seen=DAY))
    denies = statement("c3", denial)
    clash = Clash("denial", claim, denies, "edit", "denied by the other")
    sections = claim_sections([claim, denies], [clash], [clash], DAY)
    disputed = next(s for s in sections if s.title == DISPUTED)
    assert [i.text for i in disputed.items] == [
        "“y” (An activist) — denied (no evidence): “x” (Police)"
    ]


def test_a_named_persons_finding_told_by_an_outlet_is_not_established() -> None:
    """ "Dr Oma Velt took a morning to conclude that the vase was not the one taken": one
    expert's finding in the outlet's words, her claim; a body's plain deed stays established."""
    own = {"voice": None}
    base = statement("c1", said("Wire A", "asserted", **own))
    for text in (
        "Dr Oma Velt took a morning to conclude that the vase was not the one taken.",
        "Ansel Broke decided within an hour that the ledger had been forged.",
    ):
        assert place(dataclasses.replace(base, text=text), DAY) == CLAIMED, text
    for text in (
        "The harbour board decided on Monday to close the quay.",
        "Divers found the vase in the river.",
    ):
        assert place(dataclasses.replace(base, text=text), DAY) == ESTABLISHED, text


def test_one_side_of_rival_values_is_not_established() -> None:
    """ "The insurer has put the combined value of the lamps at 3 million crowns." (the outlet's
    own words) beside "the pieces are worth at least 5 million crowns" (the council): rival
    figures of one measure, a conflict; a ransom of another sum is no value and leaves an
    outlet's plain fact alone."""
    own = said("Wire A", "asserted", voice=None)
    insurer = dataclasses.replace(
        statement("c1", own),
        text="The insurer has put the combined value of the lamps at 3 million crowns.",
    )
    council = dataclasses.replace(
        statement("c2", said("Paper B", voice="Tarn council")),
        text="the pieces are worth at least 5 million crowns",
    )
    ransom = dataclasses.replace(
        statement("c3", said("Paper B", voice="Tarn police")),
        text="the thieves demanded 9 million crowns",
    )

    def where(*sts: Statement) -> dict[str, str]:
        return {i.record: s.title for s in claim_sections(list(sts), [], [], DAY) for i in s.items}

    assert where(insurer, council)["c1"] == CLAIMED
    assert where(insurer, ransom)["c1"] == ESTABLISHED
    same = dataclasses.replace(council, text="the pieces are worth about 3 million crowns")
    assert where(insurer, same)["c1"] == ESTABLISHED  # figures that agree


def test_an_outlets_sentence_of_a_question_why_is_the_askers_not_established() -> None:
    # "why the office ignored the broken pump" takes for granted that the pump was broken: the
    # askers' premise, perhaps the very point in dispute; asking whether takes nothing for granted
    cite = Citation(article="a" * 16, start=0, end=5, outlet="Wire A", text="x")
    own = Said(cite, "asserted", Voice("Wire A", "outlet"), seen=DAY)
    why = "Councillors asked why the harbour office ignored the broken pump."
    assert place(Statement("c1", why, [own]), DAY) == CLAIMED
    whether = "Councillors asked whether the harbour office had checked the pump."
    assert place(Statement("c2", whether, [own]), DAY) == ESTABLISHED
