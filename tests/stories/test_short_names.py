"""A body named in full by one article and by its short name in another is one story actor: one
named source of a claim, one voice in the briefing (texts and names written for these tests)."""

from __future__ import annotations

from whatweknow.briefing.cite import report_voice
from whatweknow.briefing.statements import from_story
from whatweknow.stories.corroboration import refresh
from whatweknow.stories.names import short_names, shown_names
from whatweknow.story_contract import Report, Story, StoryActor, StoryArticle, StoryClaim


def _actor(key: str, name: str, kind: str) -> StoryActor:
    return StoryActor(key=key, name=name, type=kind, articles=1)


def test_a_short_name_is_the_one_body_whose_name_it_opens() -> None:
    actors = [
        _actor("person:varn", "Varn", "person"),  # NER's person: "Varn said …"
        _actor("org:varn industries", "Varn Industries", "organisation"),
        _actor("org:osk", "Osk", "organisation"),  # opens two bodies' names: which is unknown
        _actor("org:osk freight", "Osk Freight", "organisation"),
        _actor("org:osk rail", "Osk Rail Company", "organisation"),
        _actor("person:tallin", "Tallin", "person"),  # a body of its people, not Tallin's
        _actor("org:tallin weavers' guild", "Tallin Weavers' Guild", "organisation"),
        _actor("person:edda brun", "Edda Brun", "person"),
        _actor("person:edda", "Edda", "person"),  # Edda Brun's given name
        _actor("org:edda foods", "Edda Foods", "organisation"),
        _actor("org:pell", "Pell", "organisation"),  # "Pell Orchard" may be a thing Pell makes
        _actor("org:pell orchard", "Pell Orchard", "organisation"),
    ]
    assert short_names(actors) == {"person:varn": "org:varn industries"}


def test_a_town_is_not_the_short_name_of_the_body_named_for_it() -> None:
    """ "Families from Ubbin Arra" (NER: a person) with the "Ubbin Arra Institute": the town, never
    the institute; a body not named for its seat ("Corvish Aid Relief") keeps its short name."""
    actors = [
        _actor("person:dol arra", "Ubbin Arra", "person"),
        _actor("org:dol arra institute", "Ubbin Arra Institute", "organisation"),
        _actor("org:orrin aid", "Corvish Aid", "organisation"),
        _actor("org:orrin aid relief", "Corvish Aid Relief", "organisation"),
    ]
    assert short_names(actors) == {"org:orrin aid": "org:orrin aid relief"}


def _said(article: str, source: str, words: str) -> Report:
    return Report(
        article=article,
        claim="c1",
        start=0,
        end=len(words),
        text=words,
        source=source,
        source_text=words,
        modality="reported",
    )


def test_a_body_under_two_names_is_one_named_source_and_one_voice() -> None:
    words = "it had cut its prices by a tenth"
    story = Story(
        id=1,
        articles=[
            StoryArticle(id="a1", outlet="Dunmere Herald"),
            StoryArticle(id="a2", outlet="Kell Observer"),
        ],
        actors=[
            _actor("org:varn industries", "Varn Industries", "organisation"),
            _actor("person:varn", "Varn", "person"),
        ],
        claims=[
            StoryClaim(
                id="c1",
                text=words,
                reports=[
                    _said("a1", "org:varn industries", words),
                    _said("a2", "person:varn", words),
                ],
            )
        ],
    )
    refresh(story)
    assert (story.claims[0].independent, story.claims[0].named_sources) == (2, ["Varn Industries"])
    [statement], _ = from_story(story, {})
    assert {r.voice.name for r in statement.reports} == {"Varn Industries"}


def test_a_description_is_the_one_body_whose_name_ends_in_its_words() -> None:
    service = _actor("org:orna valley rescue service", "Orna Valley Rescue Service", "organisation")
    valley = _actor("group:valley rescue service", "valley rescue service", "group")
    plain = _actor("group:rescue service", "rescue service", "group")
    bare = _actor("group:service", "service", "group")
    assert short_names([service, valley, plain, bare]) == {
        "group:valley rescue service": service.key,
        "group:rescue service": service.key,
    }
    other = _actor("org:kell rescue service", "Kell Rescue Service", "organisation")
    assert short_names([service, other, valley, plain]) == {
        "group:valley rescue service": service.key
    }
    said = _said("a1", "group:rescue service", "the rescue service")
    names = shown_names([service, plain])
    shown = report_voice(said.source, said.source_text, "reported", None, names)
    assert shown.name == "Orna Valley Rescue Service"  # one voice with the body's own name
