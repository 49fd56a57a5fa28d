"""The same people on another matter, and a later piece that names the story's companies.

An article that shares one of a story's people and nothing of what the story is about (none of
its topic terms, and dated before any of its reports; or, sharing no organisation, one topic
word in a passing line, about a place the story names only in passing) needs more of the story's
words than the floor to join it: the labour minister agreeing a wage deal with the dockers'
union two days before a grain silo collapsed, or opening a fishing subsidy in a harbour town.
A later analysis that names no place but two of the story's central actors, companies as well as
people, and one of its topic words is held to the plain floor, as one naming two central people
is."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from whatweknow.stories import cluster
from whatweknow.stories.model import Profile

# nine reports of a grain silo collapse at Vell Harbour, in Ostmark (capital Calden): the silo's
# operator and the buyer it loaded for are in most; the labour minister speaks in four, the
# dockers' union in two; the town of Tarrow is named in two (a local outlet's last line)
SILO = {
    "t:silo": 9,
    "t:collaps": 8,
    "t:rubbl": 6,
    "t:rescu": 4,
    "t:dead": 5,
    "t:grain": 7,
    "t:union": 2,
    "t:worker": 2,
    "t:minister": 4,
    "t:april": 6,
    "t:publish": 5,
    "p:place::vell harbour": 8,
    "p:place::ostmark": 5,
    "p:place::calden": 3,
    "p:place::tarrow": 2,
    "a:person:oda sarn": 4,
    "a:person:jem holt": 5,
    "a:org:brannick grain": 8,
    "a:org:lindqvist foods": 4,
    "a:org:ostmark dockers league": 2,
}
# a store of thirty articles: the month, the dateline's word and the title are in most
DF = {
    **{k: n + 1 for k, n in SILO.items()},
    "t:minister": 20,
    "t:april": 25,
    "t:publish": 28,
}
FIRST, LAST = date(2026, 4, 7), date(2026, 4, 12)
# scores by the names alone: the shared minister or company takes any article in
BY_NAMES = cluster.ClusterConfig(
    threshold=0.1, model=cluster.SameStory(0.0, {"a": 3.0, "h": 3.0}), named=None
)

# two days before the collapse, the minister agrees a wage deal with the dockers' union in the
# capital: her name, the union, the country and the capital, her title, the dateline
WAGE = {
    "a:person:oda sarn": 2,
    "a:org:ostmark dockers league": 1,
    "p:place::ostmark": 1,
    "p:place::calden": 2,
    "t:minister": 1,
    "t:publish": 1,
    "t:april": 1,
    "t:union": 3,
    "t:worker": 2,
    "t:wage": 4,
    "t:pay": 3,
    "t:deal": 2,
    "t:percent": 2,
    "t:employ": 2,
    "t:talk": 2,
    "t:overtim": 1,
}

# in the week of the collapse, the minister opens a fishing subsidy in Tarrow, a line of it
# naming the silo ("a visit planned before the silo collapse")
SUBSIDY = {
    "a:person:oda sarn": 2,
    "p:place::tarrow": 3,
    "p:place::calden": 1,
    "t:minister": 1,
    "t:silo": 1,
    "t:subsid": 3,
    "t:boat": 3,
    "t:engin": 2,
    "t:harbour": 2,
    "t:skipper": 2,
    "t:fleet": 2,
    "t:cooper": 1,
}

# days on, from the buyer's head office (its town read as a person): the buyer's audits of the
# operator; it names the operator and the buyer, no person of the story, and the silo
AUDITS = {
    "a:org:brannick grain": 2,
    "a:org:lindqvist foods": 4,
    "a:person:mara quell": 1,
    "a:person:stennvik": 1,
    "t:silo": 2,
    "t:audit": 4,
    "t:supplier": 3,
    "t:investor": 2,
    "t:share": 2,
    "t:contract": 2,
    "t:sourc": 2,
    "t:review": 1,
}


def _story(articles: int = 9) -> Profile:
    return Profile(1, articles, SILO, FIRST, LAST)


def _choose(
    keys: dict[str, int], when: date | None, config: cluster.ClusterConfig = BY_NAMES
) -> int | None:
    return cluster.choose(keys, when, [_story()], DF, 30, config)[0]


def _t(keys: dict[str, int]) -> float:
    return cluster.features(keys, _story(), DF, 30)["t"]


def test_the_minister_and_the_union_before_the_story_do_not_join() -> None:
    before = date(2026, 4, 5)
    assert 0.05 <= _t(WAGE) < 0.15
    # it shares an organisation: the aside rule does not judge it
    assert not cluster.aside(WAGE, _story())
    assert cluster.another_matter(WAGE, before, _story())
    assert _choose(WAGE, before) is None
    # so does before_event (none of the silo's words nor days); the words' floor alone lets it in
    assert cluster.before_event(WAGE, before, _story())
    assert _choose(WAGE, before, replace(BY_NAMES, matter=None, before=None)) == 1


def test_the_same_names_after_the_story_began_are_left_to_the_model() -> None:
    # once the story has begun, the minister and the union may speak of it in few words
    after = date(2026, 4, 9)
    assert not cluster.another_matter(WAGE, after, _story())
    assert _choose(WAGE, after) == 1
    # undated: nothing to read
    assert _choose(WAGE, None) == 1


def test_a_background_piece_before_the_story_that_shares_its_matter_joins() -> None:
    # the union's warning about the silo, days before it fell
    warning = {**WAGE, "t:silo": 2, "t:collaps": 1}
    assert not cluster.another_matter(warning, date(2026, 4, 5), _story())
    assert _choose(warning, date(2026, 4, 5)) == 1


def test_the_minister_away_naming_the_story_once_does_not_join() -> None:
    when = date(2026, 4, 9)
    assert 0.05 <= _t(SUBSIDY) < 0.15
    assert not cluster.aside(SUBSIDY, _story())  # it shares a topic word
    assert cluster.another_matter(SUBSIDY, when, _story())
    assert _choose(SUBSIDY, when) is None
    assert _choose(SUBSIDY, when, replace(BY_NAMES, matter=None)) == 1


def test_the_minister_naming_the_story_more_than_once_or_at_its_places_joins() -> None:
    when = date(2026, 4, 9)
    # two of the story's words: not a passing line
    more = {**SUBSIDY, "t:rubbl": 1}
    assert not cluster.another_matter(more, when, _story())
    assert _choose(more, when) == 1
    # in the capital the story names in a third of its reports
    capital = {**SUBSIDY, "p:place::tarrow": 1, "p:place::calden": 3}
    assert not cluster.another_matter(capital, when, _story())
    assert _choose(capital, when) == 1
    # with the operator the story is about
    operator = {**SUBSIDY, "a:org:brannick grain": 1}
    assert not cluster.another_matter(operator, when, _story())


def test_the_story_s_own_people_on_any_matter_are_left_to_the_model() -> None:
    when = date(2026, 4, 9)
    # the operator's chief, named in five of the nine reports: what he does is the story's
    chief = {**SUBSIDY, "a:person:jem holt": 2}
    del chief["a:person:oda sarn"]
    assert not cluster.another_matter(chief, when, _story())
    assert _choose(chief, when) == 1
    # the minister with him: two of the story's people, not a minister's errand
    both = {**SUBSIDY, "a:person:jem holt": 1}
    assert not cluster.another_matter(both, when, _story())
    assert not cluster.another_matter({**WAGE, "a:person:jem holt": 1}, date(2026, 4, 5), _story())


def test_a_later_analysis_naming_two_central_companies_joins() -> None:
    when = date(2026, 4, 13)
    assert cluster.placeless(AUDITS)
    assert 0.05 <= _t(AUDITS) < 0.1
    assert cluster.people_shared(list(AUDITS), _story()) == 0
    assert cluster.follows_up(AUDITS, _story())
    assert _choose(AUDITS, when) == 1
    # without the rule, the placeless floor keeps it out
    assert _choose(AUDITS, when, replace(BY_NAMES, actors=None)) is None


def test_central_names_on_another_matter_without_a_place_stay_out() -> None:
    # the minister and the operator on a fuel price cap: two central names, none of the
    # story's words
    cap = {k: n for k, n in AUDITS.items() if k not in {"t:silo", "a:org:lindqvist foods"}}
    cap |= {"a:person:oda sarn": 2, "t:grain": 2, "t:fuel": 3, "t:price": 3, "t:cap": 2}
    assert cluster.placeless(cap)
    assert 0.05 <= _t(cap) < 0.1
    assert not cluster.follows_up(cap, _story())
    assert _choose(cap, date(2026, 4, 9)) is None
    # one central company and a peripheral name do not count as two
    one = {**AUDITS, "a:org:lindqvist foods": 0, "a:org:ostmark dockers league": 1}
    del one["a:org:lindqvist foods"]
    assert not cluster.follows_up(one, _story())
    # a story too small to have central actors has none
    assert not cluster.follows_up(AUDITS, _story(4))
