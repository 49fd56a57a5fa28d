"""``wwk eval stories``: the scorer's pure functions on small invented data, the gold files'
consistency, and (when ../shared is there) that every gold span still matches its article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from whatweknow.eval import stories as ev
from whatweknow.eval.split import half
from whatweknow.eval.story_gold import (
    GOLD_DIR,
    GoldFact,
    GoldPair,
    GoldQuote,
    Span,
    StoryGold,
    check_texts,
    load_gold,
    parse_gold,
    short_hash,
)


def sp(article: str, start: int, end: int) -> Span:
    return Span(article, start, end)


# --------------------------------------------------------------------------------------------
# spans and speakers


def test_span_overlap_and_share() -> None:
    assert sp("a", 0, 10).overlaps(sp("a", 9, 20))
    assert not sp("a", 0, 10).overlaps(sp("a", 10, 20))
    assert not sp("a", 0, 10).overlaps(sp("b", 0, 10))
    assert sp("a", 0, 10).share_in(sp("a", 5, 30)) == 0.5
    assert sp("a", 0, 10).share_in(sp("b", 0, 10)) == 0.0


@pytest.mark.parametrize(
    ("names", "verdict"),
    [
        (("Marta Quill",), "right"),
        (("Mayor Marta Quill of Eastvale",), "right"),  # contains a gold name as whole words
        (("QUILL",), "right"),
        (("Oskar Brandt", "he"), "wrong"),
        (("Quillon",), "wrong"),  # a longer word is not the gold word
        (("he",), "unidentified"),
        (("the 54-year-old",), "unidentified"),  # a description, no name
        ((), "unidentified"),
    ],
)
def test_speaker_verdict(names: tuple[str, ...], verdict: str) -> None:
    assert ev.speaker_verdict(names, ["Marta Quill", "Quill", "Eastvale mayor"]) == verdict


def test_a_name_inside_a_gold_description_is_not_right() -> None:
    # "Brandt" occurs in the gold alias "Brandt's deputy", but Brandt is not his deputy
    assert ev.speaker_verdict(["Brandt"], ["Lena Voss", "Brandt's deputy"]) == "wrong"


def test_speaker_counts_and_coverage() -> None:
    gold = [
        GoldQuote(sp("a", 10, 40), "Marta Quill", ("Marta Quill", "Quill")),
        GoldQuote(sp("a", 60, 90), "Oskar Brandt", ("Oskar Brandt",)),
        GoldQuote(sp("b", 0, 20), "Lena Voss", ("Lena Voss",)),
    ]
    pred = [
        ev.PredQuote(sp("a", 12, 41), ("Quill",)),
        ev.PredQuote(sp("a", 55, 70), ("Marta Quill",)),  # the quote is Brandt's
        ev.PredQuote(sp("a", 65, 92), ()),
        ev.PredQuote(sp("a", 200, 220), ("Quill",)),  # overlaps no gold quote: not judged
    ]
    c = ev.speaker_counts(gold, pred)
    assert (c["quotes"], c["right"], c["wrong"], c["unidentified"]) == (3, 1, 1, 1)
    assert (c["gold"], c["covered"]) == (3, 2)


# --------------------------------------------------------------------------------------------
# stories and clustering


def test_the_story_holds_most_gold_articles_lowest_id_on_ties() -> None:
    labels = {"s1": "flood", "s2": "flood", "s3": "flood", "x1": "quake"}
    assert ev.the_story(labels, "flood", {"s1": 4, "s2": 4, "s3": 2, "x1": 2}) == 4
    assert ev.the_story(labels, "flood", {"s1": 7, "s2": 3, "x1": 3}) == 3
    assert ev.the_story(labels, "fire", {"s1": 1}) is None


def test_clustering_counts() -> None:
    gold = {"s1": "flood", "s2": "flood", "x1": "quake"}
    perfect = ev.clustering_counts(gold, {"s1": 1, "s2": 1, "x1": 2})
    assert perfect["p_sum"] == perfect["r_sum"] == perfect["n"] == 3
    lumped = ev.clustering_counts(gold, {"s1": 1, "s2": 1, "x1": 1})
    assert lumped["r_sum"] == 3 and lumped["p_sum"] < 3
    split = ev.clustering_counts(gold, {"s1": 1, "s2": 2, "x1": 3})
    assert split["p_sum"] == 3 and split["r_sum"] < 3


# --------------------------------------------------------------------------------------------
# disputes, denials, non-statements, facts

DENIAL = GoldPair("denial", "denial", (sp("a", 0, 30), sp("b", 5, 25)), (sp("c", 40, 80),))
UPDATE = GoldPair("update", "update over time", (sp("d", 0, 20),), (sp("e", 0, 20),))


def test_pair_matches_either_way_round_and_needs_both_sides() -> None:
    assert ev.pair_matches(ev.PredPair((sp("b", 10, 12),), (sp("c", 70, 90),)), DENIAL)
    assert ev.pair_matches(ev.PredPair((sp("c", 50, 60),), (sp("a", 0, 5),)), DENIAL)
    assert not ev.pair_matches(ev.PredPair((sp("a", 0, 5),), (sp("b", 10, 12),)), DENIAL)
    assert not ev.pair_matches(ev.PredPair((sp("a", 0, 5),), (sp("c", 0, 10),)), DENIAL)


def test_dispute_counts() -> None:
    pairs = [
        ev.PredPair((sp("a", 3, 9),), (sp("c", 41, 50),)),  # the gold denial
        ev.PredPair((sp("b", 6, 9),), (sp("c", 60, 62),)),  # the same denial again
        ev.PredPair((sp("d", 1, 4),), (sp("e", 1, 4),)),  # an update paired as a dispute
        ev.PredPair((sp("a", 100, 120),), (sp("f", 0, 9),)),  # nothing
    ]
    c = ev.dispute_counts([DENIAL], pairs, [UPDATE])
    assert (c["pairs"], c["matched"], c["gold"], c["found"]) == (4, 2, 1, 1)
    assert c["not_disputes_paired"] == 1
    # recall of one half's gold against every pair, precision of its pairs against every gold
    half_c = ev.dispute_counts([], pairs[2:], [UPDATE], [DENIAL], pairs)
    assert (half_c["pairs"], half_c["matched"], half_c["gold"], half_c["found"]) == (2, 0, 0, 0)


def item(section: str, *cites: Span, modality: str | None = None) -> ev.PredItem:
    return ev.PredItem(section, "claim", modality, cites)


def test_denials_under_established() -> None:
    denials = [sp("a", 100, 140)]
    items = [
        item(ev.ESTABLISHED, sp("a", 110, 130)),  # cites a denial
        item(ev.ESTABLISHED, sp("a", 0, 20), modality="denied"),  # denied modality
        item(ev.ESTABLISHED, sp("a", 0, 20)),
        item(ev.DISPUTED, sp("a", 110, 130)),  # a denial where it belongs
    ]
    assert ev.denials_established(items, denials) == 2


def test_non_statements_stated() -> None:
    caption = [sp("a", 200, 260)]
    items = [
        item(ev.ESTABLISHED, sp("a", 205, 250)),  # inside the caption
        item("What is claimed, and by whom", sp("a", 180, 240)),  # two thirds inside
        item(ev.ESTABLISHED, sp("a", 150, 210)),  # mostly outside
        item("Timeline", sp("a", 205, 250)),  # not a statement section
    ]
    assert ev.non_statements_stated(items, caption) == 2


def test_facts_present_only_through_statement_items() -> None:
    facts = [(sp("a", 0, 50), sp("b", 0, 50)), (sp("c", 0, 50),), (sp("d", 0, 10),)]
    items = [item("Background", sp("b", 40, 60)), item("Timeline", sp("c", 0, 50))]
    assert ev.facts_present(facts, items) == 1


# --------------------------------------------------------------------------------------------
# a whole folder, its halves, the report and the command line


def _names(prefix: str, per_half: int) -> list[str]:
    """The first names ``{prefix}1``, ``{prefix}2``… that give ``per_half`` in each half, in
    the order tune, check, tune, check…, so that a small folder spans both halves."""
    tune: list[str] = []
    check: list[str] = []
    for i in range(1, 200):
        name = f"{prefix}{i}"
        (tune if half(ev.CORPUS, name) == "tune" else check).append(name)
    return [n for pair in zip(tune[:per_half], check[:per_half], strict=True) for n in pair]


S1, S2, S3, S4 = _names("s", 2)  # S1, S3 tune; S2, S4 check
X1, X2 = _names("x", 1)
NAMES = [S1, S2, S3, S4, X1, X2]


def small_gold() -> StoryGold:
    labels = {n: ("flood" if n in (S1, S2, S3, S4) else "quake") for n in NAMES}
    return StoryGold(
        story="flood",
        articles={n: {"story": s} for n, s in labels.items()},
        quotes=[GoldQuote(sp(n, 0, 10), "Marta Quill", ("Marta Quill",)) for n in NAMES[:4]],
        disputes=[GoldPair("d", "conflict", (sp(S1, 20, 30),), (sp(S2, 20, 30),))],
        denials=[sp(S2, 40, 50)],
        non_statements=[sp(S4, 60, 70)],
        facts=[GoldFact(1, (sp(S1, 0, 10),)), GoldFact(2, (sp(S2, 80, 90),))],
    )


def small_prediction() -> ev.Prediction:
    return ev.Prediction(
        clusters={S1: 1, S2: 1, S3: 1, S4: 2, X1: 3, X2: 3},
        story=1,
        quotes=[ev.PredQuote(sp(n, 0, 8), ("Marta Quill",)) for n in (S1, S2, S4)],
        items=[
            item(ev.ESTABLISHED, sp(S1, 0, 10)),
            item(ev.ESTABLISHED, sp(S2, 42, 48)),
            item(ev.ESTABLISHED, sp(S4, 62, 68)),
        ],
        pairs=[ev.PredPair((sp(S2, 20, 25),), (sp(S1, 22, 28),))],
    )


def flat(d: dict[str, object], prefix: str = "") -> dict[str, object]:
    out: dict[str, object] = {}
    for k, v in d.items():
        out.update(flat(v, f"{prefix}{k}.") if isinstance(v, dict) else {prefix + k: v})
    return out


def test_halves_add_up_to_the_whole() -> None:
    got = ev.scopes(small_gold(), small_prediction())
    summed, whole_counts = flat(ev.merge(got["tune"], got["check"])), flat(got["whole"])
    # every count adds up but B-cubed, which each half computes on its own articles
    assert {k: v for k, v in summed.items() if not k.startswith("clustering")} == {
        k: v for k, v in whole_counts.items() if not k.startswith("clustering")
    }
    tune, check = ev.finish(got["tune"]), ev.finish(got["check"])
    assert tune["clustering"]["f1"] == 1.0  # S1, S3 together, X1 alone
    assert check["clustering"]["recall"] < 1.0  # S2 and S4 apart
    whole = ev.finish(got["whole"])
    assert whole["speakers"]["precision"] == 1.0 and whole["speakers"]["coverage"] == 0.75
    assert whole["disputes"]["precision"] == whole["disputes"]["recall"] == 1.0
    assert whole["denials_established"] == whole["non_statements_stated"] == 1
    assert whole["facts"]["fraction"] == 0.5
    assert whole["clustering"]["precision"] == 1.0 and whole["clustering"]["recall"] < 1.0
    assert got["tune"]["articles"] == got["check"]["articles"] == 3
    # the gold dispute's first span is in the tune half, the pair's first citation in check
    assert got["tune"]["disputes"]["found"] == 1 and got["tune"]["disputes"]["pairs"] == 0
    assert got["check"]["disputes"]["matched"] == 1 and got["check"]["disputes"]["gold"] == 0


def write_folder(root: Path, gold_dir: Path) -> None:
    folder = root / "flood"
    folder.mkdir(parents=True)
    texts = {n: f"Invented text number {n} about a river that rose." for n in NAMES}
    rows = [
        {"name": n, "text": t, "story": "flood" if n.startswith("s") else "quake"}
        for n, t in texts.items()
    ]
    (folder / "articles.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    gold_dir.mkdir()
    gold = {
        "story": "flood",
        "articles": {
            r["name"]: {"length": len(t), "hash": short_hash(t), "story": r["story"]}
            for r in rows
            if (t := r["text"])
        },
        "quotes": [
            {"article": S1, "start": 0, "end": 8, "hash": short_hash(texts[S1][:8]),
             "speaker": "Marta Quill", "aliases": ["Marta Quill"]}
        ],
    }  # fmt: skip
    (gold_dir / "flood.json").write_text(json.dumps(gold))


def test_command_line_reports_and_checks_floors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_folder(tmp_path / "data", tmp_path / "gold")
    monkeypatch.setattr(ev, "gold_path", lambda name: tmp_path / "gold" / f"{name}.json")
    monkeypatch.setattr(ev, "run_folder", lambda folder, model=None: small_prediction())
    assert ev.main([str(tmp_path / "data"), "--json", "--floor-speakers", "0.9"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["overall"]["whole"]["speakers"]["precision"] == 1.0
    assert report["the_story"]["flood"]["gold_articles_in_it"] == 3
    assert ev.main([str(tmp_path / "data"), "--floor", "0.99"]) == 1
    assert "FAIL: story clustering B3 F1" in capsys.readouterr().err
    assert ev.main([str(tmp_path / "nothing-here")]) == 2


def test_changed_data_is_bad_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_folder(tmp_path / "data", tmp_path / "gold")
    path = tmp_path / "data" / "flood" / "articles.jsonl"
    path.write_text(path.read_text().replace("river", "creek", 1))
    monkeypatch.setattr(ev, "gold_path", lambda name: tmp_path / "gold" / f"{name}.json")
    monkeypatch.setattr(ev, "run_folder", lambda folder, model=None: small_prediction())
    assert ev.main([str(tmp_path / "data")]) == 2


def test_check_texts_finds_changed_spans_and_articles() -> None:
    text = "A bridge closed after the storm."
    gold = parse_gold(
        {
            "story": "storm",
            "articles": {"s1": {"length": len(text), "hash": short_hash(text), "story": "storm"}},
            "denials": [{"article": "s1", "start": 2, "end": 8, "hash": short_hash(text[2:8])}],
        }
    )
    assert check_texts(gold, {"s1": text}) == []
    changed = text.replace("bridge", "tunnel")
    problems = check_texts(gold, {"s1": changed})
    assert len(problems) == 2 and "changed" in problems[1]
    assert "no such article" in check_texts(gold, {})[0]


# --------------------------------------------------------------------------------------------
# the gold files themselves

GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))


def all_spans(g: StoryGold) -> list[Span]:
    out = [q.span for q in g.quotes] + g.denials + g.non_statements
    out += [s for p in g.disputes + g.not_disputes for s in (*p.a, *p.b)]
    return out + [s for f in g.facts for s in f.spans]


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_is_consistent(path: Path) -> None:
    g = load_gold(path)
    assert g.quotes and g.disputes and g.not_disputes and g.denials and g.non_statements
    assert len(g.facts) == 12
    for s in all_spans(g):
        assert s.article in g.articles, s
        assert 0 <= s.start < s.end <= g.articles[s.article]["length"], s
        assert s in g.hashes, s
    for q in g.quotes:
        assert q.speaker in q.aliases
    for p in g.disputes + g.not_disputes:
        assert p.a and p.b, p.id
    assert {a["story"] for a in g.articles.values()} > {g.story}


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_spans_match_the_shared_texts(path: Path, shared_data: Path) -> None:
    folder = shared_data / "stories" / path.stem
    texts = {r["name"]: r["text"] for r in ev.read_folder(folder)}
    assert check_texts(load_gold(path), texts) == []


def test_run_folder_ingests_stores_and_briefs_by_name(tmp_path: Path) -> None:
    folder = tmp_path / "harbour"
    folder.mkdir()
    rows = [
        {
            "name": "h1",
            "story": "harbour",
            "published": "2031-03-02",
            "title": "Harbour crane collapses in Portwick",
            "text": "A harbour crane collapsed in Portwick on Monday, injuring four dock workers. "
            '"The crane had been inspected last month," said Portwick harbour master Ida Renn.',
        },
        {
            "name": "h2",
            "story": "harbour",
            "published": "2031-03-03",
            "title": "Portwick crane collapse: four dock workers hurt",
            "text": "Four dock workers were injured when a harbour crane collapsed in Portwick on "
            'Monday. "We will find out why it fell," harbour master Ida Renn told reporters.',
        },
        {
            "name": "z1",
            "story": "library",
            "published": "2031-03-02",
            "title": "Library opens in Elmford",
            "text": "A new public library opened in Elmford on Monday with twelve thousand books, "
            "the town council said.",
        },
    ]
    (folder / "articles.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    pred = ev.run_folder(folder)
    assert set(pred.clusters) == {"h1", "h2", "z1"}
    assert pred.clusters["h1"] != pred.clusters["z1"]
    assert pred.story in {pred.clusters["h1"], pred.clusters["h2"]}
    assert pred.items and all(c.article in {"h1", "h2"} for it in pred.items for c in it.citations)
    assert {q.span.article for q in pred.quotes} <= {"h1", "h2", "z1"}
