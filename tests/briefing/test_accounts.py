"""A denial that names only whose account it rejects ("the lawyer rejected the company's
account") denies that party's statement just before it in the same report: the statement is
disputed, never established; a statement of another party, or the denier's own, is not what it
answers; and "reversing its earlier position that P" takes back the source's statement of P."""

from __future__ import annotations

from pathlib import Path

from .make import Says, Who
from .test_reversals import _brief, _report
from .test_sections import texts

GRAIN = Who("org:medvik grain", "Medvik Grain", "organisation")
VARGA = Who("person:ines varga", "Ines Varga")
AUDIT = (
    "an internal audit had found that its former sales director had paid 14 fees to a port "
    "broker without the board's knowledge"
)
ACCOUNT = "the company's account"


def _audit(source_text: str = "The company") -> tuple[str, Says, Who]:
    line = f"{source_text} said that {AUDIT}."
    return line, Says(AUDIT, "reported", GRAIN.key, source_text, "find"), GRAIN


def _rejected(words: str = ACCOUNT) -> tuple[str, Says, Who]:
    line = f"The director's lawyer, Ines Varga, rejected {words}."
    return line, Says(words, "denied", VARGA.key, VARGA.name, None), VARGA


def test_a_denial_of_a_partys_account_disputes_its_statement_just_before(
    tmp_path: Path,
) -> None:
    story, b = _brief(tmp_path / "company", [(3, [_audit(), _rejected()])])
    assert [x.kind for x in story.contradictions] == ["denial"]
    [dispute] = texts(b, "Disputed and denied")
    assert dispute.startswith(f"“{AUDIT}” (Medvik Grain) — denied: “{ACCOUNT}” (Ines Varga)")
    assert not any(AUDIT in t for t in texts(b, "What is established"))
    # another party's account, or one that names what it denies: no pair
    for words in ("the broker's account", "the company's account of the fees"):
        story, _ = _brief(tmp_path / words.split()[1], [(3, [_audit(), _rejected(words)])])
        assert story.contradictions == []


def test_reversing_an_earlier_position_takes_back_the_statement(tmp_path: Path) -> None:
    lawful = "all its fees to the port broker had been lawful"
    unlawful = (
        "a former manager had paid unlawful fees to the port broker, reversing its earlier "
        "position that all the fees had been lawful"
    )
    _, b = _brief(
        tmp_path / "grain",
        [(3, [_report(GRAIN, lawful)]), (6, [_report(GRAIN, unlawful, when=" on Friday")])],
    )
    [then] = [t for t in texts(b, "What is claimed, and by whom") if lawful in t]
    assert "(as of 3 June 2024; later reports: Medvik Grain says" in then
    # of two earlier statements on the fees, the one that says most of what is taken back, in
    # each report of the retraction
    services = "the broker had earned every fee with shipping advice"
    earned = (
        f"Medvik Grain added that {services}.",
        Says(services, "reported", GRAIN.key, GRAIN.name, "earn"),
        GRAIN,
    )
    _, b = _brief(
        tmp_path / "most",
        [
            (3, [_report(GRAIN, lawful), earned]),
            (6, [_report(GRAIN, unlawful, when=" on Friday")]),
            (6, [_report(GRAIN, unlawful, when=" on Friday")]),  # another outlet's report
        ],
    )
    claimed = texts(b, "What is claimed, and by whom")
    assert [t for t in claimed if services in t] == [f"Medvik Grain says: {services}"]
    # said under the body's short name, taken back under its full name: one party
    short = Who("org:medvik", "Medvik", "organisation")
    full = Who("org:medvik holdings", "Medvik Holdings", "organisation")
    _, b = _brief(
        tmp_path / "short",
        [(3, [_report(short, lawful)]), (6, [_report(full, unlawful, when=" on Friday")])],
    )
    [then] = [t for t in texts(b, "What is claimed, and by whom") if lawful in t]
    assert "(as of 3 June 2024; later reports: Medvik Holdings says" in then


def test_a_denial_of_the_claim_just_before_disputes_that_partys_statement(
    tmp_path: Path,
) -> None:
    """ "The company said P. The lawyer rejected the claim as a fabrication.": the claim is the
    statement just before, of one party that is not the denier."""
    words = "the claim as “a fabrication”"
    story, b = _brief(tmp_path / "claim", [(3, [_audit(), _rejected(words)])])
    assert [x.kind for x in story.contradictions] == ["denial"]
    [dispute] = texts(b, "Disputed and denied")
    assert dispute.startswith(f"“{AUDIT}” (Medvik Grain) — denied:"), dispute
    # the denier's own statement, or the outlet's, just before: nothing to pair
    own = f"{VARGA.name} said that {AUDIT}."
    for n, before in enumerate(
        [
            (own, Says(AUDIT, "reported", VARGA.key, VARGA.name, "find"), VARGA),
            (
                f"{AUDIT.capitalize()}.",
                Says(AUDIT.capitalize(), "asserted", None, None, "find"),
                GRAIN,
            ),
        ]
    ):
        story, _ = _brief(tmp_path / f"none{n}", [(3, [before, _rejected(words)])])
        assert story.contradictions == [], n


def test_a_denial_after_a_party_that_denies_too_answers_none_of_its_words(
    tmp_path: Path,
) -> None:
    """ "The company denied the paper's story. The company said P. The lawyer dismissed the
    report as “gossip”.": two parties that deny agree; the company's P is no claim the lawyer
    denies."""
    denied = "any fee had been paid without the board's knowledge"
    denial = (
        f"The company denied that {denied}.",
        Says(denied, "denied", GRAIN.key, "The company", None),
        GRAIN,
    )
    words = "the report as “gossip from a sacked clerk”"
    line = f"The director's lawyer, Ines Varga, dismissed {words}."
    called = (line, Says(words, "denied", VARGA.key, VARGA.name, None), VARGA)
    story, _ = _brief(tmp_path / "both", [(3, [denial, _audit(), called])])
    assert story.contradictions == []
