"""Story clustering: which story a new article joins, or whether it opens one.

An article is described by weighted *keys* (:func:`article_keys`):

* ``a:KEY`` for each actor with a stable key (people, organisations; unnamed groups such as
  "analysts" are left out), ``p:KEY`` for each place and state, weighted by its mentions;
* ``t:STEM`` for its key terms: the :data:`MAX_TERMS` most frequent content words, the title's
  counted three times;
* ``e:TYPE`` for each event type;
* ``d:MM-DD`` and ``d:YYYY-MM`` for the days and months its text names, ``y:YYYY`` for the
  years its text names and the year it was published (:func:`date_keys`, :func:`article_keys`).

A story keeps, for each key, how many of its articles have it. Whether an article reports a
story's event is decided by a small logistic model (:class:`SameStory`, weights in
``same_story.json``, fitted on ECB+ by :mod:`whatweknow.eval.same_story`) over
:func:`features`: the tf-idf cosine of the article (``1 + log tf``) and the story's centroid
(the share of its articles that have the key), both times the key's idf over all the articles
in stories and a weight per kind (:data:`KIND_WEIGHT`); the same cosine for each kind alone
(who, where, what, what kind of event, when) and for people alone; whether both name places,
people, days or years that none of the other's are (a mismatch: two events of one kind differ
in where, who and when), and whether the years they are told in lie two or more apart; and how
near the article's date is to the story's span, times their shared content terms (being near
in time strengthens what they share, but alone proves nothing: in a live store every candidate
is near). The article joins the candidate of highest
score at or above ``threshold``, provided the cosine of their content terms reaches ``min_cos``
(a shared date, place or kind of event alone never makes one story; ``placeless``, twice that,
for an article that names no place, :func:`placeless`, unless it names two people central
to the story, or two of its central people or organisations and one of its topic terms,
:func:`follows_up`, and ``elsewhere`` for one whose people and places are none of the story's, and
``aside`` for one that shares people and places but no organisation and none of the story's
topic terms, :func:`aside`: a shared minister or company alone never does either; ``passing``
for one whose people are none of the story's and which shares only places, each the story's or
its own in passing, :func:`passing`: the same kind of event in a neighbouring country;
``matter`` for one that shares one of its people and nothing of what it is about,
:func:`another_matter`: the story's minister on another matter before it began, or away from
its places naming it in one line; ``national`` for one whose people and organisations shared
are all national-level by its own words, a minister, a ministry, a party, and which shares
none of the story's kinds of event, :func:`national`; ``before`` for one dated before the
story's first article that shares none of its event words nor days, :func:`before_event`), and,
once the story has ``named`` articles, that the article names someone or somewhere the story's
articles name, if it names anyone (:func:`names_none`: a look-alike elsewhere shares words and
days, not names). A place the article spells one letter apart from one of the story's own is
read as the story's place (:func:`variants`: an outlet that drops a letter of the village).

Blocking keeps the cost of an update flat as the store grows: candidates are only the stories
that share one of the article's :data:`BLOCKING_KEYS` best keys among those held by at most
:data:`MAX_DF` articles (a key in thousands of articles, "Ukraine" in a war archive, finds every
story and tells none apart), at most :data:`MAX_CANDIDATES` of them, those that share the most
keys first, among those whose dates lie within ``window`` days of the article's; a key that no
stored article has is no blocking key (it finds nothing). Without a candidate to join, the
article opens a story.

A story is bounded in time: it runs at most ``chapter`` days from its first article
(:func:`fits`). An article on a story that has run that long joins the story's next chapter, a
story that ``follows`` it, opened by the first such article. A war that drags on is then a chain
of chapters of a month each, each with its own claims, corroboration and briefing, rather than
one story that every new article makes larger and slower to update (and whose briefing no one
could read).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import cast

from ..contract import Dossier
from ..stages._lists import kinded_lists, word_list
from ..story_contract import Profile
from .text import content_terms

MAX_TERMS = 30
BLOCKING_KEYS = 12
MAX_DF = 500
MAX_CANDIDATES = 40
KIND_WEIGHT = {"a": 2.0, "p": 2.0, "t": 1.0, "e": 0.5, "d": 0.5, "y": 0.5}
TITLE_WEIGHT = 3
BACKGROUND = 50


@dataclass(frozen=True)
class ClusterConfig:
    threshold: float = -0.75
    """The least score (log-odds, :meth:`SameStory.score`) for an article to join a story: the
    best of −1, −0.75, −0.5, −0.25 on the ECB+ dev tune half among those that let no distractor
    into a real story's tune half (see EVALUATION.md)."""
    window: int = 7
    """Days: a story is a candidate while the article is dated within this of its span."""
    min_cos: float = 0.05
    """Whatever else they share (a date, a place, a kind of event), an article whose words are
    this far from a story's (tf-idf cosine of content terms, ``t`` of :func:`features`) does not
    join it."""
    model: SameStory | None = None
    """The same-story model; None: the shipped one (:func:`same_story`)."""
    chapter: int = 30
    """Days: the longest a story runs from its first article. News on it after that opens the
    next chapter: a new story that ``follows`` it (see :func:`fits`)."""
    bridge: float = 1.5
    """The least score with each of two stories for an article to show that they are one: the
    story that an article opened (its first report scored under the threshold, worded around a
    new turn) and the story it should have joined, when a later article scores this with both.
    They are then merged (:func:`~whatweknow.stories.update.update_pending`). The tune halves of
    the ECB+ dev topics and of all 33 tie from 1 to 2 (see EVALUATION.md): the middle."""
    named: int | None = 5
    """The least articles for a story's names to bound who joins it: an article that names people,
    organisations, states or places, none of which any of the story's articles names, does not
    join a story this large (:func:`names_none`), whatever its words share; None: never. The
    ECB+ tune halves tie at 5 with 3 when the article names three or more (see EVALUATION.md);
    5 asks nothing of the article."""
    placeless: float | None = 0.1
    """The least content-term cosine (``t`` of :func:`features`) for an article that names no
    place to join a story (:func:`placeless`); None: ``min_cos`` alone. Such an article tells
    nothing of where; what it shares with a story beyond words is who, and a minister or a
    company that a story names has other matters (a contract signed, a price cap extended), each
    reported in the same days. Twice ``min_cos``: its words must carry what a place would."""
    people: int | None = 2
    """An article that names no place but at least this many of the people central to the story
    (each named by a third of its articles, :func:`people_shared`) is judged by ``min_cos``, not
    ``placeless``; None: never. A minister or a company on another matter is one name the
    story shares, or two that speak in a few of its articles (the minister and the opposition
    leader who attacks him); a later day of the story (a coach suspended, a second leak, a
    denial) names the case's own people, whether or not it names where (a dateline's town read
    as a person leaves it no place)."""
    elsewhere: float | None = 0.15
    """The least content-term cosine for an article that names people and places, none of which
    the story's articles name (``h≠`` and ``p≠`` of :func:`features`), to join it; None:
    ``min_cos`` alone. What links it to the story is an organisation and words: the story's
    company fined over an accident in another town, with other people. Three times ``min_cos``."""
    aside: float | None = 0.15
    """The least content-term cosine for an article to join a story when what it shares with
    the story is people and places, no organisation, and none of the story's topic terms
    (:func:`aside`); None: ``min_cos`` alone. The story's minister on another matter in the
    story's capital (a pay deal, an inquiry into another accident) shares the minister, the
    country, the capital and the words of the minister's title, not what the story is about.
    Three times ``min_cos``, as ``elsewhere``: the same kind of link, by names alone."""
    passing: float | None = 0.15
    """The least content-term cosine for an article to join a story when it names people, none of
    whom the story names (``h≠`` of :func:`features`), shares no organisation with it, and the
    places it shares are the story's or its own only in passing (:func:`passing`); None:
    ``min_cos`` alone. The same kind of event in a neighbouring country (a breach at an insurer
    abroad in the week of a breach at the state telecom) names the country the story mentions
    once, or the story's country in its last line; a later report of the story names the
    story's own places as its own, or one of its people or organisations. Three times
    ``min_cos``, as ``elsewhere``: it is elsewhere, with a place named on the side."""
    places: float | None = 0.15
    """The least content-term cosine for an article to join a story when what it shares with the
    story by name is places alone, whoever its people (no person, no organisation, compared as
    in :func:`passing`), and at most one of the story's topic terms, once (:func:`places_alone`);
    None: ``min_cos`` alone. A fair in the story's town a week before the crash there shares
    the town, the province and perhaps an outlet, not who nor what: the words of the two places
    make most of its cosine. A later report of the story names someone or something of the
    story's, or says what it is about more than once. Three times ``min_cos``, as
    ``passing``."""
    actors: int | None = 2
    """An article that names no place but at least this many of the actors central to the
    story, people or organisations (each named by a third of its articles), and one of the
    story's topic terms, is judged by ``min_cos``, not ``placeless`` (:func:`follows_up`); None:
    never. A later analysis of the story (the brand's audits after the factory fire) names the
    story's company and the brand, not its people, and says what the story is about; the
    story's minister and its company on another matter (a price cap) share the two names and
    none of its topic terms."""
    matter: float | None = 0.15
    """The least content-term cosine for an article to join a story when it shares one of the
    story's people and nothing of what the story is about (:func:`another_matter`): none of the
    story's topic terms and an earlier date than any of its articles, or, with no organisation
    shared, at most one topic term, once, about a place the story names in passing; None:
    ``min_cos`` alone. The story's minister on another matter two days before the fire (a wage
    deal, with the union the story quotes), or in the week of the crisis in a harbour town (a
    fishing subsidy that names the currency once). Three times ``min_cos``, as ``aside``."""
    looks_back: float | None = 0.15
    """The least content-term cosine for an article to join a story that one of its look-backs
    names (:func:`looks_back`: "The recall comes days after a separate recall at a dairy ...",
    "the minister, who has faced questions over the recall, ..."): by its own words the article
    is about another matter; the rest of it (its keys less the look-back's) must share the
    story's event, and is judged alone (:func:`scored`). None: ``min_cos`` alone. Three times
    ``min_cos``, as ``aside``."""
    bodies: float | None = 0.15
    """The least content-term cosine for an article that shares with a young story (fewer than
    :data:`CENTRAL_LEAST` articles) only organisations by name and none of its kinds of event
    (:func:`bodies_alone`); None: ``min_cos`` alone. A company's order a few days before a
    crash of one of its aircraft opens a story of one article; the crash report shares the
    company and the aircraft's type, not what happened. Three times ``min_cos``, as
    ``places``."""
    national: float | None = 0.15
    """The least content-term cosine for an article to join a story when the only people and
    organisations it shares with the story are national-level ones by the article's own words
    (:func:`national`: an official, a ministry, a party; a state), whatever places it shares,
    and which shares none of the story's kinds of event (``e`` of :func:`features` is 0); None:
    ``min_cos`` alone. The story's minister on another matter (a police pay bill passed in the
    week of a kidnapping) shares the minister, a party, the country and a word or two (the
    police of the story's police chief); a later report of the story shares what it is about,
    its kind of event (a visit to the victims' families is AID, a reaction DISAPPROVE), or
    someone or something of its own. On red-teams 16 to 44 the real reports so judged have
    ``t`` 0.186 and more, the same-minister distractors 0.05 to 0.092 (see EVALUATION.md).
    Three times ``min_cos``, as ``aside``."""
    before: float | None = 0.15
    """The least content-term cosine for an article dated before the story's first article to
    join it when it shares none of the story's event: none of the words half its articles hold
    (:data:`EVENT_SHARE` of its :func:`topic_terms`: the blast, the block), and none of the days
    a third of them name (:func:`before_event`); None: ``min_cos`` alone. It cannot report what
    had not happened: the story's company and its minister on a price rise five days before the
    blast share the two names, the country and a word of the company's pipes, not the blast nor
    its day; an earlier report of the story itself (ingested late) names what happened or when.
    Three times ``min_cos``, as ``matter``."""
    variants: bool = True
    """Whether a place the article names one letter away from one of the story's is read as
    that place (:func:`variants`); False: never."""
    central: bool = True
    """Whether a story of one article, scored leniently, gives way to a larger story that the
    article may join and with which it shares a name central to that story that the one article
    does not name, when it shares with the one article no name but places and names the larger
    story holds, and that article could not join the larger story
    (:func:`~whatweknow.stories.update._drawn`): so that where the article goes does not depend
    on which of the two stories was opened first. False: the best score decides."""
    split: float | None = -0.75
    """The least average link for two groups of a story's articles to stay one story
    (:mod:`.split`: a story holding two events of one kind, three articles each or more, is
    split in two); None: stories are never split. The best of −1, −0.75, −0.5 on the ECB+ tune
    halves among those that keep every real story whole; −0.75 and −0.5 tie, the smaller
    change taken (see EVALUATION.md)."""


DAY = re.compile(r"^(\d{4}|XXXX)-(\d\d)(?:-(\d\d))?$")
YEAR = re.compile(r"^(\d{4})(?:\b|-)")
WHERE = frozenset({"place", "state"})


def date_keys(dossier: Dossier) -> Counter[str]:
    """``d:`` keys of the dates an article's text names: ``d:MM-DD`` for a day (the year is
    often left out: "on Sunday, 10 September"), ``d:YYYY-MM`` for a month whose year is known.
    The publication date is not a ``d:`` key (every article of a month would share it): it is
    read by ``near`` (:func:`features`). ``y:YYYY`` for each year a date names ("in 2007",
    "10 September 2009"): the same year says little (a week's news shares it), a different one
    tells two events of a kind apart (``y≠``: one boxer's title fights of 2008 and 2012)."""
    out: Counter[str] = Counter()
    for t in dossier.timexes:
        named = YEAR.match(t.value) if t.type == "DATE" else None
        if named is not None:
            out[f"y:{named.group(1)}"] += 1
        m = DAY.match(t.value) if t.type == "DATE" else None
        if m is None:
            continue
        year, month, day = m.groups()
        if day:
            out[f"d:{month}-{day}"] += 1
        if year != "XXXX":
            out[f"d:{year}-{month}"] += 1
    return out


def article_keys(dossier: Dossier, ws: list[str] | None = None) -> dict[str, int]:
    """The weighted keys of an article (see the module doc): key -> count. ``ws``: the words of
    its text (:func:`~.text.words`), when the caller has them."""
    keys: dict[str, int] = {}
    for actor in dossier.actors:
        if actor.key and actor.type != "group":
            k = f"{'p' if actor.type in WHERE else 'a'}:{actor.key}"
            keys[k] = keys.get(k, 0) + max(1, len(actor.mentions))
    a = dossier.article
    terms: Counter[str] = Counter(content_terms(a.text, ws))
    if a.title:
        for term in content_terms(a.title):
            terms[term] += TITLE_WEIGHT
    for term, n in terms.most_common(MAX_TERMS):
        keys[f"t:{term}"] = n
    for event in dossier.events:
        k = f"e:{event.type}"
        keys[k] = keys.get(k, 0) + 1
    keys.update(date_keys(dossier))
    if a.published is not None:
        k = f"y:{a.published.year}"
        keys[k] = keys.get(k, 0) + 1
    return keys


@cache
def _national_marks() -> tuple[frozenset[str], frozenset[str]]:
    """The name words and the sectors of ``data/national_words.tsv``."""
    listed = kinded_lists("whatweknow.stories", "national_words.tsv")
    words = frozenset(w.lower() for w in listed.get("word", []))
    return words, frozenset(listed.get("sector", []))


@cache
def _local_marks() -> tuple[frozenset[str], frozenset[str]]:
    """The role words of ``data/national_words.tsv`` of kinds "local" (police, prosecutor,
    rescue) and "office" (minister, secretary)."""
    listed = kinded_lists("whatweknow.stories", "national_words.tsv")
    return (
        frozenset(w.lower() for w in listed.get("local", [])),
        frozenset(w.lower() for w in listed.get("office", [])),
    )


def _local_role(roles: Collection[str]) -> bool:
    """Whether a person's own roles make them a local event's official (a police spokesman, a
    fire chief, the prosecutor): a role holds a "local" word of ``data/national_words.tsv`` and
    none holds an "office" word (a police minister stays national)."""
    local, office = _local_marks()
    words = {w for role in roles for w in re.findall(r"[\w']+", role.lower())}
    return bool(words & local) and not words & office


def national_keys(dossier: Dossier) -> frozenset[str]:
    """The clustering keys (as :func:`article_keys`) of an article's national-level actors, by
    its own words: states, people of a government or legislature sector (a minister, a
    lawmaker), and organisations of such a sector or, with no sector, with a word of
    ``data/national_words.tsv`` in their name (a party, a ministry, a parliament). A person
    whose own role is a local event's official (a police spokesman, the prosecutor:
    :func:`_local_role`) is none, whatever sector the spokesman's noun gave him."""
    words, sectors = _national_marks()
    out: set[str] = set()
    for actor in dossier.actors:
        if not actor.key or actor.type == "group":
            continue
        if actor.type == "state":
            out.add(f"p:{actor.key}")
            continue
        official = (
            actor.type == "person" and actor.sector in sectors and not _local_role(actor.roles)
        )
        body = actor.type == "organisation" and (
            actor.sector in sectors
            or (actor.sector is None and any(w in words for w in actor.name.lower().split()))
        )
        if official or body:
            out.add(f"a:{actor.key}")
    return frozenset(out)


def idf(df: int, total: int) -> float:
    """Smoothed inverse document frequency, as if :data:`BACKGROUND` more articles without the
    key were stored: in a small store on one story every key is common, and plain idf would
    rate the story's own names as noise."""
    return math.log((total + BACKGROUND) / (df + 1))


def _kind(key: str) -> float:
    return KIND_WEIGHT.get(key[:1], 1.0)


def article_vector(keys: Mapping[str, int], df: Mapping[str, int], total: int) -> dict[str, float]:
    return {
        k: _kind(k) * (1 + math.log(n)) * idf(df.get(k, 0), total) for k, n in keys.items() if n
    }


def blocking_keys(
    keys: Mapping[str, int], df: Mapping[str, int], total: int, *, max_df: int = MAX_DF
) -> list[str]:
    """The article's keys to look candidate stories up by (see the module doc). A key no stored
    article has finds nothing: only keys held by 1 to ``max_df`` articles are used (otherwise
    an article with many names of its own, a later day's new speakers, would look its story
    up by those alone and find none)."""
    vector = article_vector(keys, df, total)
    usable = [k for k in vector if 0 < df.get(k, 0) <= max_df]
    usable.sort(key=lambda k: (-vector[k], k))
    return usable[:BLOCKING_KEYS]


def similarity(
    keys: Mapping[str, int],
    story: Profile,
    df: Mapping[str, int],
    total: int,
    vector: Mapping[str, float] | None = None,
) -> float:
    """Cosine of the article's tf-idf vector (``vector``, when the caller has it) and the story's
    centroid: the ``cos`` of :func:`features`."""
    return features(keys, story, df, total, vector)["cos"]


KINDS = ("a", "p", "t", "e", "d", "y")
"""Who (actors), where (places and states), what (terms, event types), when (dates, years)."""
PERSON = "a:person:"
"""People among the actors: ``h``, the cosine over their keys alone (who did it, to whom: two
events of a kind in one league or city share its organisations, not their people)."""
BOTH = ("p", "d", "y", "h")
"""Kinds whose absence says nothing but whose mismatch does: ``{kind}?`` is 1 when both the
article and the story have keys of the kind (so a low cosine is a mismatch, not a gap);
``{kind}≠`` when they have and share none."""


def features(
    keys: Mapping[str, int],
    story: Profile,
    df: Mapping[str, int],
    total: int,
    vector: Mapping[str, float] | None = None,
    when: date | None = None,
) -> dict[str, float]:
    """What the same-story decision reads of an article and a story: ``cos``, the cosine of the
    whole tf-idf vectors (names weighted by :data:`KIND_WEIGHT`); for each of :data:`KINDS`, the
    cosine over the keys of that kind alone, and ``h`` over people's (:data:`PERSON`); for each
    of :data:`BOTH`, whether both have any (``?``) and whether they then share none (``≠``);
    ``year≠``, whether the years they are told in lie two or more apart (each one's publication
    year, the latest of an undated one's ``d:YYYY-MM`` months: the same boxer's title fights of
    2008 and 2012; one apart is a story running over the new year); ``near``, how close the
    article's date (``when``) is to the story's span of dates: 1 on it, falling to 0 at
    :data:`NEAR` days away, 0 when either is undated; and ``near·t``, that times the
    content-term cosine ``t``. The shipped model reads some of them
    (:data:`whatweknow.eval.same_story.FEATURES`)."""
    a = article_vector(keys, df, total) if vector is None else vector
    return _features(a, _norms(a), story, df, total, when)


def _norms(a: Mapping[str, float]) -> tuple[dict[str, float], float, int | None]:
    """The article vector's squared norms: of each kind's keys (and ``h``, people's) without the
    kind's weight, and of the whole vector; and the latest year of its ``d:YYYY-MM`` months;
    worked out once for all the candidates."""
    na = dict.fromkeys((*KINDS, "h"), 0.0)
    all_na = 0.0
    weight = KIND_WEIGHT.get
    months = 0
    for k, w in a.items():
        all_na += w * w
        kind = k[:1]
        if kind in na:
            plain = w / weight(kind, 1.0)
            na[kind] += plain * plain
            if kind == "a" and k.startswith(PERSON):
                na["h"] += plain * plain
        if kind == "d" and len(k) == MONTH_KEY:
            months = max(months, int(k[2:6]))
    return na, all_na, months or None


def _features(
    a: Mapping[str, float],
    norms: tuple[dict[str, float], float, int | None],
    story: Profile,
    df: Mapping[str, int],
    total: int,
    when: date | None,
) -> dict[str, float]:
    """:func:`features` of the article vector ``a``, whose :func:`_norms` are given. Inline, not
    per-key calls: this runs for every candidate."""
    na, all_na, months = norms
    year = when.year if when is not None else months
    unseen = idf(0, total)
    kinds = (*KINDS, "h")
    dot = dict.fromkeys(kinds, 0.0)
    all_dot = 0.0
    weight = KIND_WEIGHT.get
    total_n = math.log(total + BACKGROUND)
    held = story.keys
    if len(df) < len(held):
        # the story's norms as if none of its keys were counted (from its squared counts,
        # worked out once per profile), then corrected for the few keys that are: the cost
        # is the article's keys, not the story's
        squares, scaled = _squares(story)
        u2 = unseen * unseen
        ns = {kind: squares[kind] * u2 for kind in kinds}
        all_ns = scaled * u2
        for k, counted in df.items():
            m = held.get(k)
            if not m:
                continue
            kind = k[:1]
            plain = m * (total_n - math.log(counted + 1))  # idf()
            change = plain * plain - m * m * u2
            scale = weight(kind, 1.0)
            all_ns += scale * scale * change
            if kind in ns:
                ns[kind] += change
                if kind == "a" and k.startswith(PERSON):
                    ns["h"] += change
    else:
        ns = dict.fromkeys(kinds, 0.0)
        all_ns = 0.0
        for k, n in held.items():
            kind = k[:1]
            count = df.get(k)
            plain = n * (unseen if count is None else total_n - math.log(count + 1))  # idf()
            all_ns += (weight(kind, 1.0) * plain) ** 2
            if kind in ns:
                ns[kind] += plain * plain
                if kind == "a" and k.startswith(PERSON):
                    ns["h"] += plain * plain
    for k, w in a.items():
        shared = held.get(k)
        if shared is None:
            continue
        kind = k[:1]
        count = df.get(k)
        plain = shared * (unseen if count is None else total_n - math.log(count + 1))  # idf()
        scale = weight(kind, 1.0)
        all_dot += w * scale * plain
        if kind in dot:
            d = w / scale * plain
            dot[kind] += d
            if kind == "a" and k.startswith(PERSON):
                dot["h"] += d
    out = {"cos": _cos(all_dot, all_na, all_ns)}
    for kind in kinds:
        out[kind] = _cos(dot[kind], na[kind], ns[kind])
    for kind in BOTH:
        out[f"{kind}?"] = float(na[kind] > 0 and ns[kind] > 0)
    for kind in BOTH:
        out[f"{kind}≠"] = float(out[f"{kind}?"] > 0 and out[kind] == 0)
    told = story.last.year if story.last is not None else _months(story)
    out["year≠"] = float(year is not None and told is not None and abs(year - told) >= 2)
    out["near"] = nearness(when, story)
    out["near·t"] = out["near"] * out["t"]
    return out


MONTH_KEY = len("d:YYYY-MM")


def _months(story: Profile) -> int | None:
    """The latest year of an undated story's ``d:YYYY-MM`` months; kept in the profile's
    memo."""
    if "months" not in story.memo:
        years = [int(k[2:6]) for k in story.keys if k[:1] == "d" and len(k) == MONTH_KEY]
        story.memo["months"] = max(years) if years else None
    return cast(int | None, story.memo["months"])


def _squares(story: Profile) -> tuple[dict[str, int], float]:
    """The story's squared key counts summed by kind (and ``h``, people's), and over all its
    keys, each times its kind's squared weight; kept in the profile's memo."""
    found = story.memo.get("squares")
    if found is None:
        squares = dict.fromkeys((*KINDS, "h"), 0)
        scaled = 0.0
        for k, n in story.keys.items():
            kind = k[:1]
            scale = KIND_WEIGHT.get(kind, 1.0)
            scaled += scale * scale * n * n
            if kind in squares:
                squares[kind] += n * n
                if kind == "a" and k.startswith(PERSON):
                    squares["h"] += n * n
        found = story.memo["squares"] = (squares, scaled)
    return cast(tuple[dict[str, int], float], found)


NEAR = 14


def nearness(when: date | None, story: Profile) -> float:
    """1 when ``when`` falls in the story's span, falling linearly to 0 at :data:`NEAR` days
    outside it; 0 when either is undated."""
    if when is None or story.first is None or story.last is None:
        return 0.0
    gap = max((story.first - when).days, (when - story.last).days, 0)
    return max(0.0, 1.0 - gap / NEAR)


def _cos(dot: float, a: float, b: float) -> float:
    return dot / math.sqrt(a * b) if a and b else 0.0


MODEL = Path(__file__).with_name("same_story.json")


@dataclass(frozen=True)
class SameStory:
    """A logistic model of "the article reports the story's event": ``bias`` plus the weighted
    :func:`features`; fitted on the tune half of ECB+ (the check half is never read) by
    ``scripts/fit_same_story.py`` and kept in :data:`MODEL`. Stores built before the ``p:``,
    ``d:`` and ``y:`` keys existed need ``wwk stories --rebuild`` for their stories to compare
    alike."""

    bias: float
    weights: Mapping[str, float]

    def score(self, feats: Mapping[str, float]) -> float:
        """The log-odds that the article belongs to the story."""
        return self.bias + sum(w * feats.get(k, 0.0) for k, w in self.weights.items())


@cache
def same_story(path: Path = MODEL) -> SameStory:
    data = json.loads(path.read_text(encoding="utf-8"))
    return SameStory(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()})


def in_window(when: date | None, story: Profile, days: int) -> bool:
    if when is None or story.first is None or story.last is None:
        return True
    slack = timedelta(days=days)
    return story.first - slack <= when <= story.last + slack


def fits(when: date | None, first: date | None, days: int) -> bool:
    """Whether an article dated ``when`` may join a story whose first article is dated ``first``
    without running it past ``days`` (an undated article, or an earlier one, always may: the
    window bounds how much earlier)."""
    if when is None or first is None:
        return True
    return (when - first).days <= days


def choose(
    keys: Mapping[str, int],
    when: date | None,
    candidates: list[Profile],
    df: Mapping[str, int],
    total: int,
    config: ClusterConfig,
    weak: Collection[str] = frozenset(),
) -> tuple[int | None, float]:
    """The story to join (None: open one) and its score (:meth:`SameStory.score`); ``weak``:
    the keys of the article's national-level actors (:func:`national_keys`)."""
    return choose_from(scored(keys, when, candidates, df, total, config, weak=weak), config)


def choose_from(scores: list[tuple[float, int]], config: ClusterConfig) -> tuple[int | None, float]:
    """:func:`choose` from the candidates' :func:`scored`: the best at or above the threshold
    (on a tie, the older story)."""
    best: tuple[float, int] | None = None
    for score, story_id in scores:
        if score >= config.threshold and (best is None or (score, -story_id) > (best[0], -best[1])):
            best = (score, story_id)
    return (None, 0.0) if best is None else (best[1], best[0])


def scored(
    keys: Mapping[str, int],
    when: date | None,
    candidates: list[Profile],
    df: Mapping[str, int],
    total: int,
    config: ClusterConfig,
    back: Mapping[str, int] | None = None,
    weak: Collection[str] = frozenset(),
    counts: Callable[[Collection[str]], Mapping[str, int]] | None = None,
) -> list[tuple[float, int]]:
    """``(score, story id)`` of each candidate the article may join: within the time window,
    naming one of the story's identities once it has ``named`` articles (:func:`names_none`),
    and sharing enough of its words (``t`` ≥ ``min_cos``; ≥ ``placeless`` when the article
    names no place, :func:`placeless`, unless it names ``people`` people central to the
    story, :func:`people_shared`; ≥ ``elsewhere`` when it names people and places and none
    of them is the story's; ≥ ``aside`` when it shares only people and places and none of the
    story's topic terms, :func:`aside`; ≥ ``passing`` when it names people, none of the
    story's, and shares only places named in passing, :func:`passing`), whatever the score.
    A story that one of the article's look-backs names (``back``, their keys,
    :func:`~.lookback.named`; :func:`looks_back`) judges the rest of the article, its keys less
    those, with ``min_cos`` raised to ``looks_back``. ``weak``: the keys of the article's
    national-level actors (:func:`national_keys`); an article whose shared people and
    organisations are all among them (:func:`national`), and which shares none of the story's
    kinds of event, needs ``national``; one dated before the story's first article that shares
    none of its event (:func:`before_event`) needs ``before``. A place the article names that
    is a spelling variant of one of the story's (:func:`variants`) is judged as that place, its
    count among stored articles looked up by ``counts`` (the store's key counts; None: no
    variant is read)."""
    model = config.model or same_story()
    vector = article_vector(keys, df, total)
    norms = _norms(vector)
    named = [k for k in keys if k[:1] in NAMED]
    floor = config.min_cos
    people: list[str] = []
    if config.placeless is not None and placeless(keys):
        floor = max(floor, config.placeless)
        people = [k for k in keys if k.startswith(PERSON)]
    out: list[tuple[float, int]] = []
    for story in candidates:
        if not in_window(when, story, config.window):
            continue
        spelt = variants(keys, story) if counts is not None and config.variants else {}
        if spelt and counts is not None:
            # judged with the story's spelling of its place, counted as the story's
            out += scored(
                respelt(keys, spelt),
                when,
                [story],
                {**df, **counts(list(spelt.values()))},
                total,
                config,
                respelt(back, spelt) if back else back,
                weak,
            )
            continue
        if config.looks_back is not None and back and looks_back(back, story):
            # judged on the rest of the article, with the floor raised
            rest = {k: n - back.get(k, 0) for k, n in keys.items() if n > back.get(k, 0)}
            stricter = replace(config, min_cos=max(config.min_cos, config.looks_back))
            out += scored(rest, when, [story], df, total, stricter, weak=weak)
            continue
        if config.named is not None and story.articles >= config.named and names_none(named, story):
            continue
        feats = _features(vector, norms, story, df, total, when)
        least = floor
        if (
            floor > config.min_cos
            and config.people is not None
            and people
            and people_shared(people, story) >= config.people
        ):
            least = config.min_cos
        if config.elsewhere is not None and feats["h≠"] and feats["p≠"]:
            least = max(least, config.elsewhere)
        if config.aside is not None and least <= feats["t"] < config.aside and aside(keys, story):
            least = config.aside
        least = _matter_floor(keys, when, story, feats["t"], least, floor, config)
        if (
            config.passing is not None
            and feats["h≠"]
            and least <= feats["t"] < config.passing
            and passing(keys, story)
        ):
            least = config.passing
        if (
            config.places is not None
            and least <= feats["t"] < config.places
            and places_alone(keys, story)
        ):
            least = config.places
        if (
            config.bodies is not None
            and not feats["e"]
            and least <= feats["t"] < config.bodies
            and bodies_alone(keys, story)
        ):
            least = config.bodies
        if (
            config.national is not None
            and weak
            and not feats["e"]
            and least <= feats["t"] < config.national
            and national(keys, story, weak)
        ):
            least = config.national
        if (
            config.before is not None
            and least <= feats["t"] < config.before
            and before_event(keys, when, story)
        ):
            least = config.before
        if feats["t"] >= least:
            out.append((model.score(feats), story.story_id))
    return out


VARIANT_LEAST = 6
"""The least letters of a place's name for a name one letter apart to be read as a misspelling
of it (:func:`variants`): "Lindau" and "Lindar"; shorter names one letter apart are as often
two places ("Mali" and "Bali")."""


def variants(keys: Mapping[str, int], story: Profile) -> dict[str, str]:
    """The article's places (its ``p:`` keys) that are spelling variants of one of the story's,
    each with the story's key: a name of one word, of :data:`VARIANT_LEAST` letters or more,
    that no entry of the gazetteer has and that the story's articles never name, one edit
    (a letter dropped, added or changed, :func:`one_edit`) inside a place of one word of the
    story's, the first and the last letters the same (a letter added at the end makes the
    adjective, "Valdoran" of Valdora, read as a place by mistake: the country, not a
    misspelling of it), held by a third of its articles (:data:`CENTRAL`; any of
    them in a story of fewer than :data:`CENTRAL_LEAST`), and from none other of its places;
    an article that names the story's spelling too is left as it is.

    An outlet that spells the village one letter short (its correction a week later) reports
    the same landslide with the same governor and the same company; read as another place, the
    name tells the two apart (``p≠``), and what the article shares with the story is people and
    organisations alone, the bar a report from elsewhere meets. A place of the gazetteer is a
    place of its own, however near its spelling (a town and its twin across the border)."""
    mine = [k for k in keys if k.startswith(UNLISTED_PLACE) and k not in story.keys]
    if not mine:
        return {}
    theirs = _spelt_places(story)
    if not theirs:
        return {}
    named = _names(story)
    own = names_of(keys)
    out: dict[str, str] = {}
    for k in mine:
        name = name_of(k)
        if len(name) < VARIANT_LEAST or not name.isalpha() or name in named:
            continue
        near = [
            t for t in theirs if _ends(name_of(t)) == _ends(name) and one_edit(name, name_of(t))
        ]
        if len(near) != 1 or name_of(near[0]) in own or listed(name):
            continue
        out[k] = near[0]
    return out


UNLISTED_PLACE = "p:place::"
"""The key of a place the gazetteer does not list (a town of an invented or unlisted country)."""


def _spelt_places(story: Profile) -> list[str]:
    """The story's ``p:`` keys that :func:`variants` reads spellings of: one word of
    :data:`VARIANT_LEAST` letters or more, held by a third of its articles (any of them in a
    story of fewer than :data:`CENTRAL_LEAST`); kept in the profile's memo."""
    found = story.memo.get("spelt")
    if found is None:
        n = story.articles
        found = story.memo["spelt"] = [
            k
            for k, held in story.keys.items()
            if k[:1] == "p"
            and len(name_of(k)) >= VARIANT_LEAST
            and name_of(k).isalpha()
            and (n < CENTRAL_LEAST or CENTRAL * held >= n)
        ]
    return cast(list[str], found)


def _ends(name: str) -> tuple[str, str]:
    return name[:1], name[-1:]


def listed(name: str) -> bool:
    """Whether the gazetteer has a place or a country named ``name`` (lower case, as a key's
    name), by its name or an alias."""
    return name in _listed_places()


@cache
def _listed_places() -> frozenset[str]:
    from ..stages.actors.gazetteer import load_gazetteer
    from ..stages.actors.gazetteer.forms import normalise

    g = load_gazetteer()
    forms = [form for p in g.places for form in (p.name, *p.aliases)]
    forms += [form for c in g.countries.values() for form in (c.name, *c.aliases)]
    return frozenset(normalise(form) for form in forms)


def one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one letter dropped, added or changed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def respelt(keys: Mapping[str, int], spelt: Mapping[str, str]) -> dict[str, int]:
    """``keys`` with each of ``spelt``'s keys renamed to its value (counts added)."""
    out: dict[str, int] = {}
    for k, n in keys.items():
        target = spelt.get(k, k)
        out[target] = out.get(target, 0) + n
    return out


LOOKED_AT = 2
"""The least words held by a third of a story's articles for a look-back to name it
(:func:`looks_back`), when it names none of its topic terms nor central actors."""


def looks_back(back: Mapping[str, int], story: Profile) -> bool:
    """Whether a look-back of an article, whose keys are ``back`` (:func:`~.lookback.named`),
    names the story: one of its :func:`topic_terms`, an actor central to it (held by a third
    of its articles, :data:`CENTRAL`), or :data:`LOOKED_AT` words that a third of its articles
    hold, in a story of :data:`CENTRAL_LEAST` articles or more. "The recall
    comes days after a separate recall at a dairy ..." says the dairy's recall is another
    matter than the article's; "the minister, who has faced questions over the recall, ..."
    says the same of the minister's day."""
    if story.articles < CENTRAL_LEAST:
        return False
    topic = topic_terms(story)
    if any(k in topic for k in back if k[:1] == "t"):
        return True
    held = story.keys
    if any(CENTRAL * held.get(k, 0) >= story.articles for k in back if k[:1] == "a"):
        return True
    # two of the words a third of its articles hold, a name's words among them ("trial" of a
    # volunteers' network the story quotes), none of a date's or an office's
    other = office_words() | dateline_words()
    least = TOPIC_SHARE * story.articles
    common = [k for k in back if k[:1] == "t" and held.get(k, 0) >= least and k[2:] not in other]
    return len(common) >= LOOKED_AT


TOPIC_SHARE = 1 / 3
"""The least share of a story's articles that have a content term for it to be one of the
story's topic terms (:func:`topic_terms`)."""


def aside(keys: Mapping[str, int], story: Profile) -> bool:
    """Whether an article with the keys ``keys`` shares with the story only people and places:
    one of the people its articles name at least, no organisation, and none of its
    :func:`topic_terms`. A name is a place when the article or the story names it as one (a
    state acting in a sentence may be typed a person or an organisation elsewhere), an
    organisation when either names it as one, else a person.

    The story's minister (or any of its people) on another matter shares the minister, perhaps
    the country and its capital, and the words of the minister's title; a later report of the
    story itself shares what it is about as well (the spill, the crush, the cyberattack: a
    funeral of the victims says "crush"), or one of its organisations."""
    shared = _shared_names(story, keys)
    if any("org" in held and "place" not in held for held in shared.values()):
        return False  # an organisation the story names
    if not any(held == {"person"} for held in shared.values()):
        return False  # no one the story names
    topic = topic_terms(story)
    if not topic:
        return False
    own = {t for k in keys if k[:1] in NAMED for t in content_terms(name_of(k))}
    return not any(k in topic and k[2:] not in own for k in keys if k[:1] == "t")


def national(keys: Mapping[str, int], story: Profile, weak: Collection[str]) -> bool:
    """Whether the people and organisations an article with the keys ``keys`` shares with the
    story (compared by :func:`name_of`; at least one) are all national-level ones by its own
    words (``weak``, :func:`national_keys`: an official, a ministry, a party, a state), in a
    story of :data:`CENTRAL_LEAST` articles or more. Places shared are not counted for or
    against: a country's politics and a story in it share the country, and an invented or
    unlisted country may be read as a plain place.

    The story's minister on another matter (a pay bill in parliament) shares the minister, her
    ministry, the opposition party, the country; a later report of the story shares its words
    as well (what happened, to whom), or one of its own people or organisations (a victim, the
    company, the armed group)."""
    if story.articles < CENTRAL_LEAST:
        return False
    shared = _shared_names(story, keys)
    actors = [name for name, held in shared.items() if "place" not in held]
    if not actors:
        return False  # places alone (passing judges those), or nothing shared
    mine = names_of(weak)
    return all(name in mine for name in actors)  # none of the story's own


EVENT_SHARE = 1 / 2
"""The least share of a story's articles that hold one of its :func:`topic_terms` for the term
to name the story's event (:func:`before_event`): the blast, the block, the dead."""


def before_event(keys: Mapping[str, int], when: date | None, story: Profile) -> bool:
    """Whether an article with the keys ``keys``, dated ``when``, is dated before the story's
    first article and shares none of its event: none of the story's :func:`topic_terms` held
    by :data:`EVENT_SHARE` of its articles (:func:`_told`: the words of the article's own
    names left out), and none of the days (``d:MM-DD``) a third of its articles name
    (:data:`CENTRAL`), in a story of :data:`CENTRAL_LEAST` articles or more.

    What it shares with the story is then names (the company, the minister) and words around
    them, not what happened: an article cannot report an event that had not yet happened,
    whatever it shares of who. An earlier report of the story, ingested after later ones,
    names what happened (the blast) or its day."""
    if when is None or story.first is None or when >= story.first:
        return False
    if story.articles < CENTRAL_LEAST:
        return False
    held = story.keys
    if any(EVENT_SHARE * story.articles <= held[f"t:{t}"] for t in _told(keys, story)):
        return False  # it names the story's event
    days = (k for k in keys if k[:1] == "d" and len(k) == DAY_KEY)
    return not any(CENTRAL * held.get(k, 0) >= story.articles for k in days)


DAY_KEY = len("d:MM-DD")


def _matter_floor(
    keys: Mapping[str, int],
    when: date | None,
    story: Profile,
    t: float,
    least: float,
    floor: float,
    config: ClusterConfig,
) -> float:
    """The content-term floor of :func:`scored` after :func:`follows_up` (down to ``min_cos``
    from a raised placeless ``floor``) and :func:`another_matter` (up to ``matter``)."""
    if (
        config.actors is not None
        and least == floor > config.min_cos
        and follows_up(keys, story, config.actors)
    ):
        least = config.min_cos
    if (
        config.matter is not None
        and least <= t < config.matter
        and another_matter(keys, when, story)
    ):
        least = config.matter
    return least


def _told(keys: Mapping[str, int], story: Profile) -> dict[str, int]:
    """The story's :func:`topic_terms` that an article with the keys ``keys`` has, each with its
    count (a title's word counts :data:`TITLE_WEIGHT`), less the words of the names it holds."""
    topic = topic_terms(story)
    own = {t for k in keys if k[:1] in NAMED for t in content_terms(name_of(k))}
    return {k[2:]: n for k, n in keys.items() if k[:1] == "t" and k in topic and k[2:] not in own}


def follows_up(keys: Mapping[str, int], story: Profile, least: int = 2) -> bool:
    """Whether an article with the keys ``keys`` names at least ``least`` of the actors central
    to the story, people or organisations (each held by a third of its articles,
    :data:`CENTRAL`, in a story of :data:`CENTRAL_LEAST` or more), and one of its topic terms
    (:func:`_told`). A later analysis of a fire at a factory names the factory's company and
    the brand it sewed for, and the factory; the story's minister and company on another matter
    (a price cap) share the two names and nothing the story is about."""
    if story.articles < CENTRAL_LEAST:
        return False
    held = story.keys
    central = sum(1 for k in keys if k[:1] == "a" and CENTRAL * held.get(k, 0) >= story.articles)
    return central >= least and bool(_told(keys, story))


PROTAGONIST = 2
"""A person is the one a story is about when at least 1/PROTAGONIST of its articles name them
(:func:`another_matter`)."""


def another_matter(keys: Mapping[str, int], when: date | None, story: Profile) -> bool:
    """Whether an article with the keys ``keys``, dated ``when``, shares with the story one of
    its people (compared as in :func:`aside`), not one named by half its articles or more
    (:data:`PROTAGONIST`: the striker, the accused), and nothing of what it is about: none of
    its :func:`topic_terms` and a date before any of the story's articles (it cannot report what
    had not happened; a background piece that predates the story says what it is about), or,
    sharing no organisation, at most one topic term, named once and not in its title (a passing
    line: "weeks before the currency turmoil"), about a place away from the story's
    (:func:`_away`).

    The story's minister on another matter shares the minister and perhaps the body she deals
    with (the union the story quotes), the country, the capital; a later report of the story
    shares what it is about, in more than a passing word."""
    shared = _shared_names(story, keys)
    people = [name for name, held in shared.items() if held == {"person"}]
    if len(people) != 1:
        return False  # no one the story names, or more of its people than a minister
    if PROTAGONIST * _held(story).get(people[0], 0) >= story.articles:
        return False  # the one the story is about, whatever the matter
    if not topic_terms(story):
        return False
    told = _told(keys, story)
    if not told and when is not None and story.first is not None and when < story.first:
        return True  # before the story, and none of its matter
    if any("org" in held and "place" not in held for held in shared.values()):
        return False  # an organisation the story names
    return sum(told.values()) <= 1 and _away(keys, story)


def _away(keys: Mapping[str, int], story: Profile) -> bool:
    """Whether the place an article with the keys ``keys`` names most (each, on a tie) is one
    that fewer than a third of the story's articles name (:data:`CENTRAL`), in a story of
    :data:`CENTRAL_LEAST` or more: what it reports happens away from the story's places (a
    harbour town the story names in one outlet's local line)."""
    if story.articles < CENTRAL_LEAST:
        return False
    places: dict[str, int] = {}
    for k, n in keys.items():
        if k[:1] == "p":
            places[name_of(k)] = places.get(name_of(k), 0) + n
    if not places:
        return False
    most = max(places.values())
    held = _held(story)
    return all(
        CENTRAL * held.get(name, 0) < story.articles for name, n in places.items() if n == most
    )


def passing(keys: Mapping[str, int], story: Profile) -> bool:
    """Whether what an article with the keys ``keys`` shares with the story by name is places
    (at least one; compared by :func:`name_of`, a name being a place when either side names it
    as one), and no person, and no organisation but those fewer than a third of the story's
    articles name (:data:`CENTRAL`), each place named in passing: none of them is held by a
    third of the story's articles, or the article names other places more often than these
    (its mentions of them, summed, against those of its places the story never names). The
    story must have :data:`CENTRAL_LEAST` articles.

    A report of the same kind of event elsewhere mentions the story's country in one line ("three
    days after a tanker leaked crude off neighbouring Marradia") or a country the story mentions
    once (where the hackers struck before), and may quote a body the story quotes now and then
    (the foreign bureau that reads the story's flight recorder investigates its own country's
    crash too); a later report of the story names the story's places as its own, or someone or
    something the story names often."""
    if story.articles < CENTRAL_LEAST:
        return False
    shared = _shared_names(story, keys)
    held = _held(story)
    places = {name for name, kinds in shared.items() if "place" in kinds}
    if not places:
        return False  # no place the story names
    for name, kinds in shared.items():
        if name in places:
            continue
        if "person" in kinds or CENTRAL * held[name] >= story.articles:
            return False  # a person, or an organisation central to the story
    if all(CENTRAL * held[name] < story.articles for name in places):
        return True  # places the story names in passing
    here = sum(n for k, n in keys.items() if k[:1] == "p" and name_of(k) in places)
    other = sum(n for k, n in keys.items() if k[:1] == "p" and name_of(k) not in shared)
    return other > here


def places_alone(keys: Mapping[str, int], story: Profile) -> bool:
    """Whether what an article with the keys ``keys`` shares with the story by name is places
    alone (at least one; no person, no organisation, compared as in :func:`passing`, a name
    being a place when either side names it as one: a province read as a person in both is
    the province), and at most one of the story's :func:`topic_terms`, once (:func:`_told`, the
    words of names left out, a title's word counting :data:`TITLE_WEIGHT`); in a story of
    fewer than :data:`CENTRAL_LEAST` articles, whose every word is a topic term, at most one
    of them, however often ("people" twice in a fair's report and a crash's). The same town, the
    same province, the same week: an unrelated report from the story's town (a wine fair, a
    library reopened) shares none of what the story is about; a report of the story shares
    what it is about (a report from a town of the story's country, new people, "died" four
    times), or one of its people or bodies."""
    shared = _shared_names(story, keys)
    if not shared or any("place" not in held for held in shared.values()):
        return False  # no place, or a person or an organisation the story names
    told = _told(keys, story)
    if story.articles < CENTRAL_LEAST:
        return len(told) <= 1  # a young story's every word is a topic term: one said twice
    return sum(told.values()) <= 1


def bodies_alone(keys: Mapping[str, int], story: Profile) -> bool:
    """Whether what an article with the keys ``keys`` shares with a story of fewer than
    :data:`CENTRAL_LEAST` articles by name is organisations alone (at least one; no person, no
    place, compared as in :func:`passing`). A story so young has no topic terms nor central
    actors for the other guards to read, and one article of a company's (an order it won, a
    price it set) and a later report of a crash of its aircraft share the company and little
    else; a second report of the crash shares its kind of event (:func:`scored` applies this
    only when none is shared), its place or its people."""
    if story.articles >= CENTRAL_LEAST:
        return False
    shared = _shared_names(story, keys)
    return bool(shared) and all(held == {"org"} for held in shared.values())


def _held(story: Profile) -> dict[str, int]:
    """How many of the story's articles name each of its names (:func:`name_of`; the most of its
    keys, when a name is held under several kinds); kept in the profile's memo."""
    found = story.memo.get("held")
    if found is None:
        found = {}
        for k, n in story.keys.items():
            if k[:1] in NAMED:
                name = name_of(k)
                found[name] = max(found.get(name, 0), n)
        story.memo["held"] = found
    return cast(dict[str, int], found)


def names_of(keys: Collection[str]) -> set[str]:
    """The names (:func:`name_of`) of the named keys among ``keys``."""
    return {name_of(k) for k in keys if k[:1] in NAMED}


def central_names(keys: Collection[str], story: Profile) -> set[str]:
    """The names (:func:`name_of`) among ``keys`` that are central to the story: held by a third
    of its articles or more (:data:`CENTRAL`), once it has :data:`CENTRAL_LEAST` articles (none
    before): its company, its town, its accused, whatever the kind of key."""
    if story.articles < CENTRAL_LEAST:
        return set()
    held = _held(story)
    return {n for n in names_of(keys) if CENTRAL * held.get(n, 0) >= story.articles}


def places_only(keys: Mapping[str, int], story: Profile, besides: Profile | None = None) -> bool:
    """Whether every name an article with the keys ``keys`` shares with the story (compared by
    :func:`name_of`) is a place, named as one by either side (a town read as a person in one
    article is the town), or one that ``besides`` names too: a shared country or town, no
    person, no organisation of the story's own; True when it shares none."""
    shared = _shared_names(story, keys, _names(besides) if besides is not None else {})
    return all("place" in held for held in shared.values())


def _kind_of(key: str) -> str:
    """``place``, ``person`` or ``org``: what a named key names."""
    if key[:1] == "p":
        return "place"
    return "person" if key.startswith(PERSON) else "org"


def _shared_names(
    story: Profile, keys: Iterable[str], other: Mapping[str, set[str]] | None = None
) -> dict[str, set[str]]:
    """The names (:func:`name_of`) the article's ``keys`` share with the story, less those
    ``other`` names too, each with what the story's keys and the article's name it
    (:func:`_kind_of`)."""
    names = _names(story)
    shared: dict[str, set[str]] = {}
    for k in keys:
        name = name_of(k)
        if k[:1] in NAMED and name in names and (other is None or name not in other):
            shared.setdefault(name, set(names[name])).add(_kind_of(k))
    return shared


def _names(story: Profile) -> dict[str, set[str]]:
    """The story's names (:func:`name_of`), each with what its keys name it (:func:`_kind_of`);
    kept in the profile's memo."""
    found = story.memo.get("kinds")
    if found is None:
        found = {}
        for k in story.keys:
            if k[:1] in NAMED:
                found.setdefault(name_of(k), set()).add(_kind_of(k))
        story.memo["kinds"] = found
    return cast(dict[str, set[str]], found)


def topic_terms(story: Profile) -> frozenset[str]:
    """The ``t:`` keys that tell what the story is about: held by :data:`TOPIC_SHARE` of its
    articles or more, but none of the words of a name its articles hold (a person's, a place's,
    "veloria" of Veloria), of a government office's title (:func:`office_words`: "health" of a
    health minister named in half the articles), nor of the date an article was published
    (:func:`dateline_words`: month and weekday names, "published"); kept in the profile's
    memo."""
    found = story.memo.get("topic")
    if found is None:
        least = TOPIC_SHARE * story.articles
        names = {t for k in story.keys if k[:1] in NAMED for t in content_terms(name_of(k))}
        other = names | office_words() | dateline_words()
        found = story.memo["topic"] = frozenset(
            k for k, n in story.keys.items() if k[:1] == "t" and n >= least and k[2:] not in other
        )
    return cast(frozenset[str], found)


@cache
def office_words() -> frozenset[str]:
    """The content terms of the role nouns of government offices (the actors stage's roles of
    sector ``GOV``: "defence minister", "ministry", "mayor", "president"): they come with a
    person's name whatever the matter, and tell who, not what."""
    from ..stages.actors.gazetteer import load_gazetteer

    roles = load_gazetteer().roles.values()
    return frozenset(
        t for r in roles if r.sector == "GOV" for form in r.forms for t in content_terms(form)
    )


@cache
def dateline_words() -> frozenset[str]:
    """The content terms of the words that date an article ("Published 27 February",
    "Updated Friday"): month and weekday names and ``data/dateline_words.tsv``."""
    from ..stages.time.lexicon import MONTHS, WEEKDAYS

    listed = word_list("whatweknow.stories", "dateline_words.tsv")
    return frozenset(t for w in (*MONTHS, *WEEKDAYS, *listed) for t in content_terms(w))


def placeless(keys: Mapping[str, int]) -> bool:
    """Whether an article with the keys ``keys`` names no place or state (no ``p:`` key)."""
    return not any(k[:1] == "p" for k in keys)


CENTRAL = 3
"""A person is central to a story when at least 1/CENTRAL of its articles name them."""
CENTRAL_LEAST = 5
"""The least articles for a story to have central people (in a smaller one, anyone named is)."""


def people_shared(keys: Collection[str], story: Profile) -> int:
    """How many of the people among ``keys`` (its ``a:person:`` keys) are central to the story:
    named by at least a third of its articles (:data:`CENTRAL`), once it has
    :data:`CENTRAL_LEAST` articles (0 before). A minister or an opposition leader who speaks in
    a few of a story's articles is not central to it; the athletes of a doping case, the
    accused of a trial are."""
    if story.articles < CENTRAL_LEAST:
        return 0
    held = story.keys
    return sum(
        1 for k in keys if k.startswith(PERSON) and CENTRAL * held.get(k, 0) >= story.articles
    )


NAMED = frozenset({"a", "p"})
"""The kinds of key that name an identity: actors (people, organisations) and places (states,
cities, ports)."""


def name_of(key: str) -> str:
    """The name a named key ends with, whatever its kind: ``orlend`` of ``a:org:orlend`` and of
    ``p:place::orlend`` (a state acting in a sentence may be read as an organisation in one
    article and as a place in the next; the name is the same identity)."""
    return key.rsplit(":", 1)[-1]


def names_none(named: list[str], story: Profile) -> bool:
    """Whether an article with the named keys ``named`` (of :data:`NAMED` kinds) names some
    identity and none that any of the story's articles names (compared by :func:`name_of`).

    A look-alike of a story (the same kind of event between other states, at another port, in
    another country's hospital) shares its words and its days, and may score well; what it does
    not share is anyone or anywhere the story's articles have named. A later report of the story
    itself (a funeral, a trial, a payment) names at least one of them. An article that names
    nobody is not judged by this. The story's names are kept in the profile's memo."""
    if not named:
        return False
    held = story.keys
    if any(k in held for k in named):
        return False
    names = story.memo.get("names")
    if names is None:
        names = story.memo["names"] = frozenset(name_of(k) for k in held if k[:1] in NAMED)
    return not any(name_of(k) in names for k in named)


RELATED = 0.1
"""The least cosine of content terms for two stories of the same kind of event in the same place
to be related (the best of 0.05, 0.1, …, 0.25 on the tune half of the ECB+ dev topics, topic
B-cubed over the links)."""


def related(
    stories: Mapping[int, Profile], df: Mapping[str, int], total: int, least: float = RELATED
) -> list[tuple[int, int]]:
    """Pairs of stories told of the same kind of event in the same place: they share an event
    type and a place, and the cosine of their content terms (``t`` of :func:`features`, one
    story's centroid taken as an article of about three) reaches ``least``. Not the same event:
    a story is one; these are links."""
    out: list[tuple[int, int]] = []
    ids = sorted(stories)
    for i, a in enumerate(ids):
        sa = stories[a]
        keys = {k: max(1, round(3 * n / max(1, sa.articles))) for k, n in sa.keys.items()}
        vector = article_vector(keys, df, total)
        norms = _norms(vector)
        for b in ids[i + 1 :]:
            f = _features(vector, norms, stories[b], df, total, None)
            if f["t"] >= least and f["e"] > 0 and f["p"] > 0:
                out.append((a, b))
    return out
