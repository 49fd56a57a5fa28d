"""Stories over a store, on the invented corpus of ``corpus.py``: copies, clustering, merged
claims with corroboration, contradictions, changes since a date, incremental and rebuilt alike."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from whatweknow.store import Store, open_store
from whatweknow.stories import Story, rebuild_stories, update_stories
from whatweknow.stories.since import changes

from .corpus import documents


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "news.db") as s:
        yield s


@pytest.fixture
def ids(store: Store) -> dict[str, str]:
    """The corpus ingested in order, each article updating the stories."""
    out = {}
    for name, (doc, dossier) in documents().items():
        store.add(doc, dossier)
        update_stories(store, dossier.article.id)
        out[name] = dossier.article.id
    return out


def fire_story(store: Store, ids: dict[str, str]) -> Story:
    sid = store.story_of(ids["wire"])
    assert sid is not None
    story = store.story(sid)
    assert story is not None
    return story


def by_text(story: Story, words: str) -> list[str]:
    return [c.id for c in story.claims if words in c.text]


def test_the_story_articles_are_one_story_and_the_unrelated_one_another(
    store: Store, ids: dict[str, str]
) -> None:
    stories = {name: store.story_of(aid) for name, aid in ids.items()}
    assert len({stories[n] for n in ("wire", "copy", "cargo", "denial")}) == 1
    assert stories["sport"] != stories["wire"]
    listed = store.stories()
    assert len(listed) == 2
    fire = next(s for s in listed if s.id == stories["wire"])
    assert (fire.articles, fire.first, fire.last) == (4, date(2024, 6, 3), date(2024, 6, 5))
    assert set(fire.outlets) == {"Meridian Wire", "Daily Courier", "Coastal Times", "Evening Post"}
    assert "Baltic Lines" in fire.actors


def test_wire_copies_are_one_group_with_their_outlets(store: Store, ids: dict[str, str]) -> None:
    story = fire_story(store, ids)
    [group] = story.copies
    assert sorted(group.articles) == sorted([ids["wire"], ids["copy"]])
    assert group.outlets == ["Meridian Wire", "Daily Courier"]
    assert group.id == ids["wire"]


def test_the_same_claim_is_merged_and_copies_count_once(store: Store, ids: dict[str, str]) -> None:
    story = fire_story(store, ids)
    [fire] = by_text(story, "A fire broke out")
    claim = story.claim(fire)
    assert claim is not None
    assert {r.article for r in claim.reports} == {ids["wire"], ids["copy"], ids["cargo"]}
    assert claim.independent == 2  # the wire and its copy are one source
    assert claim.outlets == ["Meridian Wire", "Daily Courier", "Coastal Times"]
    assert claim.named_sources == ["coast guard"]
    assert (claim.first_reported, claim.last_reported) == (date(2024, 6, 3), date(2024, 6, 4))
    report = claim.reports[0]
    doc = documents()["wire"][1].article.text
    assert doc[report.start : report.end] == report.text


def test_a_later_denial_is_a_contradiction_with_both_sides(
    store: Store, ids: dict[str, str]
) -> None:
    story = fire_story(store, ids)
    [denial] = [x for x in story.contradictions if x.kind == "denial"]
    a, b = story.claim(denial.a), story.claim(denial.b)
    assert a is not None and b is not None
    assert "carrying illegal fuel cargo when" in a.text and a.status == "denied"
    assert b.polarity == "negative" and b.reports[0].modality == "denied"
    assert denial.a_side is not None and denial.a_side.sources == ["local officials"]
    assert denial.b_side is not None and denial.b_side.sources == ["Baltic Lines"]
    assert denial.seen == date(2024, 6, 5)


def test_two_death_tolls_on_different_days_are_an_update_not_a_conflict(
    store: Store, ids: dict[str, str]
) -> None:
    story = fire_story(store, ids)
    assert [x for x in story.contradictions if x.kind == "conflict"] == []
    two, five = by_text(story, "Two people were killed"), by_text(story, "Five people")
    assert two and five and two != five  # kept apart by their values, then left unpaired


def test_two_death_tolls_on_the_same_day_from_two_sources_are_a_conflict(tmp_path: Path) -> None:
    docs = documents()
    cargo = docs["cargo"][1]
    cargo.article.published = date(2024, 6, 3)  # the same day as the wire's toll
    with open_store(tmp_path / "news.db") as store:
        for name in ("wire", "copy", "cargo"):
            doc, d = docs[name]
            store.add(doc, d)
            update_stories(store, d.article.id)
        sid = store.story_of(docs["wire"][1].article.id)
        assert sid is not None
        story = store.story(sid)
        assert story is not None
    [conflict] = [x for x in story.contradictions if x.kind == "conflict"]
    a, b = story.claim(conflict.a), story.claim(conflict.b)
    assert a is not None and b is not None
    assert (a.text, b.text) == (
        "Two people were killed in the fire",
        "Five people were killed in the fire",
    )
    assert conflict.about == "dead: 2 vs 5"
    assert conflict.why is not None and "same day 2024-06-03" in conflict.why
    assert (len(a.reports), a.independent, b.independent) == (2, 1, 1)  # wire + copy: one
    assert conflict.b_side is not None and conflict.b_side.outlets == ["Coastal Times"]


def test_changes_since_a_date(store: Store, ids: dict[str, str]) -> None:
    story = fire_story(store, ids)
    diff = changes(story, date(2024, 6, 5))
    assert [c.text for c in diff.new_claims] == [
        "the Northern Star was carrying illegal fuel cargo"
    ]
    moved = {c.claim.text: (c.before, c.after) for c in diff.changed}
    assert moved == {
        "the Northern Star was carrying illegal fuel cargo when the fire started": (
            "reported",
            "denied",
        ),
        "Investigators will inspect the ship on Wednesday": ("expected", "asserted"),
    }
    assert [x.kind for x in diff.new_contradictions] == ["denial"]
    before = changes(story, date(2024, 6, 4))
    assert {x.kind for x in before.new_contradictions} == {"denial"}  # the tolls: an update
    assert changes(story, date(2024, 6, 6)).new_claims == []


def test_updating_twice_changes_nothing(store: Store, ids: dict[str, str]) -> None:
    before = fire_story(store, ids)
    assert update_stories(store, ids["cargo"]) == before.id
    assert fire_story(store, ids) == before
    assert update_stories(store, "0" * 16) is None


def test_rebuild_gives_the_same_stories(store: Store, ids: dict[str, str]) -> None:
    before = {name: store.story_of(aid) for name, aid in ids.items()}
    story = fire_story(store, ids)
    assert rebuild_stories(store) == len(ids)
    after = {name: store.story_of(aid) for name, aid in ids.items()}
    assert (after["wire"] == after["denial"]) and after["sport"] != after["wire"]
    again = fire_story(store, ids)
    assert len(again.claims) == len(story.claims)
    assert {x.kind for x in again.contradictions} == {x.kind for x in story.contradictions}
    assert before.keys() == after.keys()


def test_a_copy_arriving_first_still_groups(tmp_path: Path) -> None:
    docs = documents()
    with open_store(tmp_path / "other.db") as store:
        for name in ("copy", "sport", "wire"):
            doc, dossier = docs[name]
            store.add(doc, dossier)
            update_stories(store, dossier.article.id)
        sid = store.story_of(docs["wire"][1].article.id)
        assert sid == store.story_of(docs["copy"][1].article.id)
        story = store.story(sid or 0)
        assert story is not None
        [group] = story.copies
        assert group.id == docs["copy"][1].article.id  # the first of the group to arrive


def test_public_json_hides_the_matching_data(store: Store, ids: dict[str, str]) -> None:
    data = fire_story(store, ids).public()
    assert {"id", "title", "articles", "copies", "claims", "contradictions"} <= set(data)
    assert "keys" not in data and all("terms" not in c for c in data["claims"])
    article = data["articles"][0]
    assert {"id", "outlet", "published"} <= set(article)
    assert data["schema"] == "whatweknow/story@1"


def test_an_undated_copy_arriving_first_takes_its_groups_date_everywhere(tmp_path: Path) -> None:
    docs = documents()
    doc, dossier = docs["copy"]
    undated = dossier.model_copy(
        update={"article": dossier.article.model_copy(update={"published": None})}
    )
    docs["cargo"][1].article.published = date(2024, 6, 3)  # its toll: the same day's
    with open_store(tmp_path / "undated.db") as store:
        for raw, d in ((doc, undated), docs["cargo"], docs["wire"]):
            store.add(raw, d)
            update_stories(store, d.article.id)
        sid = store.story_of(docs["wire"][1].article.id)
        story = store.story(sid or 0)
        assert story is not None and story.contradictions
        for x in story.contradictions:  # never the day the undated copy was ingested
            assert x.seen is not None and x.seen <= date(2024, 6, 5)


def test_an_actor_in_another_role_is_another_proposition() -> None:
    from whatweknow.stories.contradictions import _same_proposition
    from whatweknow.stories.model import StoryClaim

    ordered = StoryClaim(id="c1", text="x", frame="responsible", agent=["person:yevgeny prigozhin"])
    ordered_to_death = StoryClaim(
        id="c2", text="x", polarity="negative", frame="responsible", theme=["person:prigozhin"]
    )
    by_another = StoryClaim(
        id="c3", text="x", polarity="negative", frame="responsible", agent=["person:ivan petrov"]
    )
    by_nobody_named = StoryClaim(id="c4", text="x", polarity="negative", frame="responsible")
    assert not _same_proposition(ordered, ordered_to_death)  # giver of the order vs its victim
    assert not _same_proposition(ordered, by_another)  # two different agents
    assert _same_proposition(ordered, by_nobody_named)  # a role left open is compatible
    assert not _same_proposition(ordered, StoryClaim(id="c5", text="x", frame="agree"))


def test_a_denial_pairs_neither_through_the_verbs_own_forms_nor_across_figures() -> None:
    from datetime import date

    from whatweknow.stories.contradictions import _denial_why
    from whatweknow.stories.model import Report, StoryClaim, Values
    from whatweknow.stories.text import stem

    def said(
        i: int, text: str, modality: str, numbers: list[tuple[str, float, float]]
    ) -> StoryClaim:
        rep = Report(article=f"a{i}", claim="c1", start=0, end=1, text=text, modality=modality,
                     source=f"person:s{i}", seen=date(2025, 3, 4))  # fmt: skip
        return StoryClaim(
            id=f"c{i}", text=text, frame="fire" if "fir" in text else "die",
            predicate="fire" if "fir" in text else "kill",
            polarity="negative" if modality == "denied" else "positive",
            terms=sorted({stem(w) for w in text.lower().split()}),
            reports=[rep], values=Values(numbers=numbers),
        )  # fmt: skip

    mortars = said(1, "mortars fired rounds near the ridge", "reported", [])
    denial = said(2, "firing", "denied", [])
    assert _denial_why(mortars, denial) is None  # "fired"/"firing": the verb itself, no link
    three = said(3, "three soldiers killed", "reported", [("dead:soldier", 3.0, 3.0)])
    twelve = said(4, "twelve soldiers killed", "denied", [("dead:soldier", 12.0, 12.0)])
    assert _denial_why(three, twelve) is None  # a denial of twelve is no denial of three
    also_twelve = said(5, "twelve soldiers killed", "reported", [("dead:soldier", 12.0, 12.0)])
    assert _denial_why(also_twelve, twelve) is not None


def test_a_negated_modal_denies_no_fact() -> None:
    from datetime import date

    from whatweknow.stories.contradictions import _denial_why
    from whatweknow.stories.model import Report, StoryClaim
    from whatweknow.stories.text import stem

    def said(i: int, text: str, polarity: str) -> StoryClaim:
        rep = Report(article=f"a{i}", claim="c1", start=0, end=1, text=text, modality="reported",
                     negated=polarity == "negative", source=f"person:s{i}",
                     seen=date(2025, 3, 4))  # fmt: skip
        return StoryClaim(
            id=f"c{i}", text=text, frame="lead", predicate="lead", polarity=polarity,
            terms=sorted({stem(w) for w in text.lower().split()}), reports=[rep],
        )  # fmt: skip

    led = said(1, "Brandt has led the mining company since 2018", "positive")
    cannot = said(2, "I cannot lead this mining company as if nothing happened", "negative")
    assert _denial_why(led, cannot) is None
    did_not = said(3, "Brandt did not lead the mining company in 2018", "negative")
    assert _denial_why(led, did_not) is not None
