"""A later turn of a case, an agency's copy of another event, a party named once.

A later report of a case on a new turn (the autopsy, the family lawyer's letter) may name no
place and few of the story's words; when it names the person the story is about (named by half
its reports or more) and another of the story's people or organisations, it is held to the plain
floor, not the placeless one. The agency that sends two reports of one kind of event, each in
its own country, is no participant of either: a name whose every mention lies in the byline or
the dateline's credit, or that is the article's own outlet or agency, is no key of the article.
And a party named in one of twenty reports (the line introducing the story's minister) is no
organisation the minister's other matter shares with the story."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from whatweknow.contract import Actor, Article, Block, Dossier, Mention, PipelineInfo
from whatweknow.stories import cluster
from whatweknow.stories.model import Profile

# ten reports of a fisherman's death in custody in Port Merrow, in Valdria: the fisherman in
# seven, the interior ministry in three, his family's lawyer in one, the chief inspector in four
CUSTODY = {
    "t:custodi": 8,
    "t:death": 7,
    "t:cell": 5,
    "t:police": 6,
    "t:famili": 4,
    "t:protest": 4,
    "t:inquiri": 4,
    "p:place::port merrow": 8,
    "p:place::valdria": 6,
    "a:person:tavo renk": 7,
    "a:person:lise ambar": 4,
    "a:person:ines karro": 1,
    "a:org:interior ministry": 3,
}
DF = {**{k: n + 1 for k, n in CUSTODY.items()}, "t:police": 18}
FIRST, LAST = date(2026, 5, 2), date(2026, 5, 5)
BY_NAMES = cluster.ClusterConfig(
    threshold=0.1, model=cluster.SameStory(0.0, {"a": 3.0, "h": 3.0}), named=None
)

# two days on: the family's lawyer questions when the autopsy was done; no place, the words of
# a post-mortem, the fisherman, the lawyer and the ministry
AUTOPSY = {
    "a:person:tavo renk": 2,
    "a:person:ines karro": 3,
    "a:org:interior ministry": 1,
    "a:person:orla venn": 1,
    "t:death": 1,
    "t:custodi": 1,
    "t:autopsi": 4,
    "t:patholog": 3,
    "t:institut": 2,
    "t:lawyer": 3,
    "t:result": 2,
    "t:sampl": 2,
    "t:independ": 2,
}


LATER = date(2026, 5, 7)


def _story(articles: int = 10) -> Profile:
    return Profile(1, articles, CUSTODY, FIRST, LAST)


def _choose(keys: dict[str, int], config: cluster.ClusterConfig = BY_NAMES) -> int | None:
    return cluster.choose(keys, LATER, [_story()], DF, 30, config)[0]


def test_a_later_turn_naming_the_one_the_case_is_about_and_another_name_joins() -> None:
    assert cluster.placeless(AUTOPSY)
    assert 0.05 <= cluster.features(AUTOPSY, _story(), DF, 30)["t"] < 0.1
    assert cluster.people_shared(list(AUTOPSY), _story()) == 1
    assert not cluster.follows_up(AUTOPSY, _story())
    assert cluster.about(AUTOPSY, LATER, _story())
    assert _choose(AUTOPSY) == 1
    # without the rule, the placeless floor keeps it out
    assert _choose(AUTOPSY, replace(BY_NAMES, actors=None)) is None


def test_the_one_the_case_is_about_alone_or_two_lesser_names_are_not_enough() -> None:
    alone = {
        k: n
        for k, n in AUTOPSY.items()
        if k not in {"a:person:ines karro", "a:org:interior ministry"}
    }
    assert not cluster.about(alone, LATER, _story())
    assert _choose(alone) is None
    # the ministry and the lawyer, not the fisherman: the ministry on another matter
    lesser = {k: n for k, n in AUTOPSY.items() if k != "a:person:tavo renk"}
    assert not cluster.about(lesser, LATER, _story())
    assert _choose(lesser) is None
    # named by fewer than half the reports: the chief inspector is no one the case is about
    chief = {**lesser, "a:person:lise ambar": 2}
    assert not cluster.about(chief, LATER, _story())
    # a story too small to say whom it is about
    assert not cluster.about(AUTOPSY, LATER, _story(4))


def test_the_one_the_story_is_about_on_another_matter_is_not_a_later_turn() -> None:
    # the fisherman's name and the ministry's on a harbour levy: none of the story's words
    levy = {k: n for k, n in AUTOPSY.items() if k not in {"t:death", "t:custodi"}}
    levy |= {"t:levi": 3, "t:harbour": 2, "t:cell": 1}
    assert not cluster.about({k: n for k, n in levy.items() if k != "t:cell"}, LATER, _story())
    # dated before the story's first report: it cannot report the case
    assert cluster.about(levy, LATER, _story())
    assert not cluster.about(levy, date(2026, 4, 28), _story())


def _dossier(text: str, blocks: list[Block], actors: list[Actor], **article: str) -> Dossier:
    return Dossier(
        pipeline=PipelineInfo(version="0", model="none"),
        article=Article(id="0" * 16, text=text, blocks=blocks, **article),
        actors=actors,
    )


def _actor(name: str, kind: str, text: str, *words: str) -> Actor:
    mentions = []
    for word in words or (name,):
        start = text.index(word)
        mentions.append(Mention(start=start, end=start + len(word), text=word))
    return Actor(
        id=name,
        name=name,
        type=kind,  # type: ignore[arg-type]
        key=f"{ {'place': 'place:', 'person': 'person'}.get(kind, 'org') }:{name.casefold()}",
        mentions=mentions,
    )


def test_an_agency_credited_in_the_dateline_is_no_key_of_the_article() -> None:
    by = "By Nils Arvo, Kestrel Wire"
    line = "BRASK, May 6 (Kestrel) —"
    body = "Two men escaped from Brask jail, the Kestrel prison board said. Brask police searched."
    text = f"{by}\n\n{line} {body}"
    blocks = [
        Block(start=0, end=len(by), kind="byline"),
        Block(start=len(by) + 2, end=len(by) + 2 + len(line), kind="dateline"),
        Block(start=len(by) + 3 + len(line), end=len(text), kind="paragraph"),
    ]
    agency = _actor("Kestrel", "place", text, "(Kestrel)")
    agency.mentions[0] = Mention(
        start=agency.mentions[0].start + 1, end=agency.mentions[0].end - 1, text="Kestrel"
    )
    brask = _actor("Brask", "place", text, "BRASK", "Brask jail", "Brask police")
    board = _actor("Kestrel prison board", "organisation", text)
    keys = cluster.article_keys(_dossier(text, blocks, [agency, brask, board], dateline="BRASK"))
    assert "p:place::kestrel" not in keys
    assert "p:place::brask" in keys
    assert "a:org:kestrel prison board" in keys
    # the dateline's own place, named there alone, is kept
    only = _actor("Brask", "place", text, "BRASK")
    keys = cluster.article_keys(_dossier(text, blocks, [only], dateline="BRASK"))
    assert "p:place::brask" in keys
    # the article's own outlet, wherever it names itself
    outlet = _actor("Kestrel Wire", "organisation", text, "Kestrel prison")
    keys = cluster.article_keys(_dossier(text, blocks, [outlet], outlet="The Kestrel Wire"))
    assert "a:org:kestrel wire" not in keys


# twenty reports of a bridge closure: the transport minister in three, her party in one
BRIDGE = {
    "t:bridg": 18,
    "t:crack": 12,
    "t:closur": 10,
    "t:traffic": 8,
    "t:engin": 7,
    "t:commut": 5,
    "p:place::orrin": 16,
    "p:place::tamsk": 9,
    "a:person:vera holm": 3,
    "a:org:green alliance": 1,
    "a:org:orrin roads agency": 12,
}


def test_the_minister_s_party_named_once_is_no_shared_organisation() -> None:
    story = Profile(1, 20, BRIDGE, date(2026, 6, 1), date(2026, 6, 6))
    df = {**{k: n + 1 for k, n in BRIDGE.items()}, "t:minister": 12}
    # the minister's plan for a ferry line to the islands, naming her party
    ferry = {
        "a:person:vera holm": 2,
        "a:org:green alliance": 1,
        "p:place::selby isles": 3,
        "t:ferri": 4,
        "t:island": 3,
        "t:route": 2,
        "t:fare": 2,
        "t:commut": 2,
        "t:minister": 1,
    }
    assert 0.05 <= cluster.features(ferry, story, df, 40)["t"] < 0.15
    assert cluster.aside(ferry, story)
    got = cluster.choose(ferry, date(2026, 6, 3), [story], df, 40, BY_NAMES)[0]
    assert got is None
    # the roads agency the story is about is an organisation it shares
    agency = {**ferry, "a:org:orrin roads agency": 1}
    assert not cluster.aside(agency, story)


def test_a_reporter_s_and_agency_s_words_are_no_terms() -> None:
    by = "By Nils Arvo, Kestrel Wire"
    line = "BRASK, May 6 (Kestrel) —"
    body = "Two men escaped from Brask jail. Guards searched the jail and the woods near Brask."
    text = f"{by}\n\n{line} {body}"
    blocks = [
        Block(start=0, end=len(by), kind="byline"),
        Block(start=len(by) + 2, end=len(by) + 2 + len(line), kind="dateline"),
    ]
    keys = cluster.article_keys(_dossier(text, blocks, [], dateline="BRASK"))
    assert not {"t:nil", "t:arvo", "t:kestrel", "t:wire"} & set(keys)
    assert keys["t:brask"] == 3  # the dateline's place is the text's
    assert keys["t:jail"] == 2
    # a credit's word the text says again elsewhere keeps the text's count
    again = cluster.article_keys(_dossier(f"{text} Arvo saw it.", blocks, [], dateline="BRASK"))
    assert again["t:arvo"] == 1


# the one article of a story: the interior minister's contract for a border ID system in the
# capital, a day before a student is shot at a protest there
CONTRACT = {
    "p:place::selm": 2,
    "p:place::orvand": 1,
    "a:person:mila tass": 3,
    "a:org:tarrow systems": 2,
    "t:border": 4,
    "t:contract": 3,
    "t:system": 2,
    "t:march": 1,
    "t:minister": 2,
}


def test_sharing_only_the_places_of_a_one_article_story_is_in_passing() -> None:
    one = Profile(1, 1, CONTRACT, date(2026, 3, 2), date(2026, 3, 2))
    df = {**CONTRACT, "t:minister": 9}
    # the protest's first report: the capital, the student and the police, none of the
    # minister's people or firms
    shot = {
        "p:place::selm": 3,
        "a:person:dario kel": 3,
        "a:org:selm city police": 2,
        "t:student": 4,
        "t:shot": 3,
        "t:protest": 2,
        "t:polic": 3,
        "t:march": 1,
        "t:minister": 1,
    }
    feats = cluster.features(shot, one, df, 20)
    assert feats["h≠"] == 1.0
    assert 0.05 <= feats["t"] < 0.15
    assert cluster.passing(shot, one)
    by_places = cluster.ClusterConfig(
        threshold=0.01, model=cluster.SameStory(0.0, {"p": 3.0}), named=None
    )
    assert cluster.choose(shot, date(2026, 3, 3), [one], df, 20, by_places)[0] is None
    # the minister's own people or firm named: not in passing
    assert not cluster.passing({**shot, "a:org:tarrow systems": 1}, one)
    # a word of what the one article reports: a second report of its event may share no name
    assert not cluster.passing({**shot, "t:border": 1}, one)


def test_the_story_s_town_read_as_an_organisation_is_no_report_from_elsewhere() -> None:
    story = _story()
    df = {**DF, "a:org:port merrow": 1}
    # the town's own report, its name read as an organisation, its people new to the story
    local = {
        "a:org:port merrow": 3,
        "p:place::harl street": 1,
        "a:person:edda strom": 2,
        "t:death": 1,
        "t:neighbour": 3,
        "t:bakeri": 2,
        "t:shop": 2,
        "t:fear": 2,
    }
    feats = cluster.features(local, story, df, 30)
    assert feats["h≠"] == 1.0 and feats["p≠"] == 1.0
    assert 0.05 <= feats["t"] < 0.15
    assert cluster.places_named(local, story)
    by_words = cluster.ClusterConfig(
        threshold=0.01, model=cluster.SameStory(0.0, {"t": 3.0}), named=None
    )
    assert _choose(local, by_words) == 1
    # a town the story never names is elsewhere
    away = {**local, "a:org:tindle": 3}
    del away["a:org:port merrow"]
    assert not cluster.places_named(away, story)
    assert _choose(away, by_words) is None
