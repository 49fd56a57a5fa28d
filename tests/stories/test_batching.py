"""The fast paths of story building give what the plain ones give: stories placed in batches
(one transaction, each story written once) equal stories placed one article at a time; MinHash
signatures are those of their definition, worked out in plain integers; the spans and
word lookups used by claim sketches agree with brute force."""

from __future__ import annotations

import math
import zlib
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whatweknow.store import open_store
from whatweknow.stories import cluster, rebuild_stories, update, values
from whatweknow.stories import text as story_text
from whatweknow.stories.claims import _Spans
from whatweknow.stories.copies import _A, _B, _POSITION, sketch
from whatweknow.stories.copies import shingles as shingle_set
from whatweknow.stories.lookups import ClaimLookups, frames
from whatweknow.stories.merge import candidates
from whatweknow.stories.model import Story, StoryClaim, Values
from whatweknow.story_contract import Profile

from .corpus import documents


def _stories(
    path: Path, batch: int, monkeypatch: pytest.MonkeyPatch, workers: int = 1
) -> list[str]:
    monkeypatch.setattr(update, "BATCH", batch)
    with open_store(path) as store:
        for doc, dossier in documents().values():
            store.add(doc, dossier)
        rebuild_stories(store, workers=workers)
        out = []
        for summary in store.stories():
            story = store.story(summary.id)
            assert story is not None
            out.append(story.model_dump_json())
        return out


def test_batched_placement_equals_one_article_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = _stories(tmp_path / "one.db", 1, monkeypatch)
    batched = _stories(tmp_path / "batched.db", 64, monkeypatch)
    threes = _stories(tmp_path / "threes.db", 3, monkeypatch)
    assert len(one) >= 2
    assert batched == one
    assert threes == one


def test_articles_prepared_in_another_process_give_the_same_stories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = _stories(tmp_path / "one.db", 2, monkeypatch)
    elsewhere = _stories(tmp_path / "two.db", 2, monkeypatch, workers=2)
    assert elsewhere == one


def test_an_in_memory_store_is_prepared_here() -> None:
    with open_store(":memory:") as store:
        assert store.location() is None
        doc, dossier = next(iter(documents().values()))
        store.add(doc, dossier)
        assert rebuild_stories(store, workers=2) == 1


def _reference_signature(text: str) -> tuple[bytes, int]:
    """MinHash by its definition, in plain integers: each distinct shingle's hash (the CRC-32 of
    each of its words times its position's multiplier, summed modulo 2**64), then for each
    function the least high half of ``a * x + b`` modulo 2**64."""
    mod = 1 << 64

    def mix(x: int) -> int:  # MurmurHash3's 64-bit finalizer
        x ^= x >> 33
        x = x * 0xFF51AFD7ED558CCD % mod
        x ^= x >> 33
        x = x * 0xC4CEB9FE1A85EC53 % mod
        return x ^ (x >> 33)

    found = {
        mix(
            sum(
                zlib.crc32(w.encode()) * int(m)
                for w, m in zip(s.split(" "), _POSITION, strict=True)
            )
            % mod
        )
        for s in shingle_set(text)
    }
    values = [
        min(((int(a) * x + int(b)) % mod) >> 32 for x in found) for a, b in zip(_A, _B, strict=True)
    ]
    return np.array(values, dtype="<u4").tobytes(), len(found)


@given(
    st.lists(
        st.sampled_from(
            ["talks", "in", "geneva", "resume", "monday", "ships", "coast", "guard", "12", "’s"]
        ),
        min_size=5,
        max_size=80,
    )
)
@settings(max_examples=60, deadline=None)
def test_signatures_match_their_definition(ws: list[str]) -> None:
    text = " ".join(ws)
    made = sketch(text)
    assert (made.signature, made.shingles) == _reference_signature(text)


@given(st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_words_fast_path_equals_the_general_one(text: str) -> None:
    general = [w.lower().replace("’", "'") for w in story_text.WORD.findall(text)]
    if text.replace("’", "'").isascii():
        assert story_text.words(text) == general


spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 15), st.sampled_from("xyz")), max_size=12
).map(lambda xs: [(s, s + n, v) for s, n, v in xs])


@given(spans, st.integers(0, 70), st.integers(0, 30))
@settings(max_examples=300, deadline=None)
def test_span_lookups_equal_brute_force(items: list[tuple[int, int, str]], a: int, n: int) -> None:
    b = a + n
    index = _Spans(items)
    assert sorted(index.inside(a, b)) == sorted(x for x in items if a <= x[0] and x[1] <= b)
    overlapping = sorted(x for x in items if x[0] < b and x[1] > a)
    assert sorted(index.overlapping(a, b)) == overlapping


def _claim(i: int, terms: list[str]) -> StoryClaim:
    return StoryClaim(id=f"c{i}", text=" ".join(terms), terms=sorted(terms))


def test_candidates_share_enough_terms_or_all_of_them() -> None:
    claims = [
        _claim(1, ["talk", "geneva"]),
        _claim(2, ["talk"]),
        _claim(3, ["talk", "ship"]),
        _claim(4, ["ship", "coast", "guard"]),
    ]
    index = ClaimLookups(Story(id=1, claims=claims)).terms
    assert [c.id for c in candidates(["talk", "geneva"], claims, index, 2)] == ["c1"]
    assert [c.id for c in candidates(["talk"], claims, index, 2)] == ["c2"]  # the same terms
    assert [c.id for c in candidates(["talk"], claims, index, 1)] == ["c1", "c2", "c3"]
    assert candidates(["coast"], claims, None, 2) == claims  # no index: every claim


vocab = st.sampled_from(["talk", "geneva", "ship", "coast", "guard", "fire", "port", "ferry"])


@given(
    st.lists(st.frozensets(vocab, min_size=1, max_size=6), max_size=25),
    st.frozensets(vocab, min_size=1, max_size=6),
    st.sampled_from([0.0, 0.25, 0.35, 0.6]),
)
@settings(max_examples=300, deadline=None)
def test_prefix_filtered_candidates_equal_brute_force(
    sets: list[frozenset[str]], mine: frozenset[str], least: float
) -> None:
    claims = [_claim(i, sorted(s)) for i, s in enumerate(sets, 1)]
    index = ClaimLookups(Story(id=1, claims=claims)).terms

    def qualifies(c: StoryClaim) -> bool:
        shared = len(mine & c.term_set)
        union = len(mine | c.term_set)
        return (shared >= 2 or mine == c.term_set) and shared >= least * union

    expected = [c.id for c in claims if qualifies(c)]
    assert [c.id for c in candidates(mine, claims, index, 2, least)] == expected


valued = st.builds(
    lambda i, numbers, dates, places, frame: StoryClaim(
        id=f"c{i}",
        text="x",
        frame=frame,
        values=Values(
            numbers=[(n, 1.0, 1.0) for n in numbers], dates=sorted(dates), places=sorted(places)
        ),
    ),
    st.integers(1, 10**6),
    st.sets(st.sampled_from(["dead", "missing"]), max_size=2),
    st.sets(st.sampled_from(["2024-06-03", "2024-06-04"]), max_size=2),
    st.sets(st.sampled_from(["place::varosh"]), max_size=1),
    st.sampled_from([None, "kill", "sink"]),
)


@given(st.lists(valued, max_size=20, unique_by=lambda c: c.id))
@settings(max_examples=300, deadline=None)
def test_claims_that_may_conflict_are_those_sharing_frames_that_can(
    claims: list[StoryClaim],
) -> None:
    look = ClaimLookups(Story(id=1, claims=claims))

    def may_conflict(a: StoryClaim, b: StoryClaim) -> bool:  # by brute force
        counted = bool(a.values.numbers and b.values.numbers)
        same_frame = a.frame is not None and a.frame == b.frame
        return bool(frames(a) & frames(b)) and (counted or same_frame)

    for claim in claims:
        expected = {c.id for c in claims if c.id != claim.id and may_conflict(claim, c)}
        assert {c.id for c in look.may_conflict(claim)} == expected


def test_a_copy_carried_again_months_later_opens_a_new_story(tmp_path: Path) -> None:
    docs = documents()
    with open_store(tmp_path / "news.db") as store:
        wire_doc, wire = docs["wire"]
        copy_doc, copy = docs["copy"]
        assert wire.article.published is not None
        late = copy.model_copy(
            update={
                "article": copy.article.model_copy(
                    update={"published": wire.article.published + timedelta(days=60)}
                )
            }
        )
        store.add(wire_doc, wire)
        store.add(copy_doc, late)
        first = update.update_stories(store, wire.article.id)
        again = update.update_stories(store, late.article.id)
        assert first is not None and again is not None and again != first
        story = store.story(again)
        assert story is not None and story.copies == []
        # the same copy on the day: one story, one copy group (the window is the only change)
        with open_store(tmp_path / "same-day.db") as other:
            other.add(wire_doc, wire)
            other.add(copy_doc, copy)
            a = update.update_stories(other, wire.article.id)
            assert update.update_stories(other, copy.article.id) == a
            same = other.story(a)  # type: ignore[arg-type]
            assert same is not None and len(same.copies) == 1


counting_text = st.lists(
    st.sampled_from(
        [
            "two",
            "dozens",
            "of",
            "people",
            "were",
            "12",
            "1,200",
            "killed",
            "Ships",
            "it’s",
            "'s",
            "injured",
            ",",
            "thousands",
            "missing",
            "INJURED",
            "3.5",
            "crew",
            "members",
            "in",
        ]
    ),
    max_size=14,
).map(" ".join)


@given(st.one_of(st.text(max_size=80), counting_text))
@settings(max_examples=300, deadline=None)
def test_counting_words_fast_path_equals_the_general_one(text: str) -> None:
    """The words counts read, lowercased at once for an ASCII text, are those of each token
    lowercased; a text without a figure or a counting word counts nothing, as the general scan
    finds."""
    general = [w.lower().replace("’", "'") for w in values._TOKEN.findall(text)]
    assert values.words(text) == general
    scan = any(w in values._VAGUE or values._number(w) is not None for w in general)
    if not scan:
        assert values.counts(text) == []
    else:
        assert values._DIGIT.search(text) or not values._COUNTING.isdisjoint(general)


def _cos(x: dict[str, float], y: dict[str, float]) -> float:
    dot = sum(w * y.get(k, 0.0) for k, w in x.items())
    nx, ny = math.sqrt(sum(w * w for w in x.values())), math.sqrt(sum(w * w for w in y.values()))
    return dot / (nx * ny) if nx and ny else 0.0


key_names = st.sampled_from(
    [
        "a:person:ann",
        "a:person:bo",
        "a:org:un",
        "p:paris",
        "p:state:fra",
        "t:vote",
        "t:storm",
        "t:ship",
        "e:attack",
        "d:05-12",
        "d:2015-05",
        "y:2015",
        "y:2016",
        "x:other",
    ]
)


@given(
    st.dictionaries(key_names, st.integers(1, 5), min_size=1),
    st.dictionaries(key_names, st.integers(1, 9)),
    st.dictionaries(key_names, st.integers(0, 40)),
    st.integers(0, 60),
)
@settings(max_examples=300, deadline=None)
def test_features_are_the_cosines_they_are_defined_as(
    keys: dict[str, int], story_keys: dict[str, int], df: dict[str, int], total: int
) -> None:
    """Whichever way the story's norms are worked out (from its squared counts, corrected for
    the counted keys, when it has more keys than are counted), each cosine is that of the
    article's tf-idf vector and the story's centroid, over all keys or one kind's."""
    df = {k: n for k, n in df.items() if n}
    profile = Profile(1, 3, story_keys, None, None)
    got = cluster.features(keys, profile, df, total)
    again = cluster.features(keys, profile, df, total)  # the profile's memo is kept
    assert got == again

    def vectors(kind: str | None, scaled: bool) -> tuple[dict[str, float], dict[str, float]]:
        def keep(k: str) -> bool:
            if kind == "h":
                return k.startswith(cluster.PERSON)
            return kind is None or k[:1] == kind

        def w(k: str) -> float:
            return cluster.KIND_WEIGHT.get(k[:1], 1.0) if scaled else 1.0

        a = {
            k: w(k) * (1 + math.log(n)) * cluster.idf(df.get(k, 0), total)
            for k, n in keys.items()
            if keep(k)
        }
        s = {k: w(k) * n * cluster.idf(df.get(k, 0), total) for k, n in story_keys.items()}
        return a, {k: v for k, v in s.items() if keep(k)}

    assert got["cos"] == pytest.approx(_cos(*vectors(None, True)), abs=1e-12)
    for kind in (*cluster.KINDS, "h"):
        assert got[kind] == pytest.approx(_cos(*vectors(kind, False)), abs=1e-12)
