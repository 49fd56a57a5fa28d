"""One body under its full name and its short name across a story's articles.

Actors are resolved article by article: one article writes "Varn Industries said …", another only
"Varn said …", and each keeps its own key. Within the story, a short name is the same actor
as the one organisation whose name it opens (:func:`short_names`), so that the body is one named
source of a claim, one voice in the briefing and one actor, not two. Kept apart, as the
briefing's Who's who keeps them apart:

* a short name that opens the names of two organisations of the story ("Varn" beside
  "Varn Industries" and "Varn Shipping"): which one is unknown;
* one word that opens a body of its people ("Corvane Savers' Union":
  :func:`~whatweknow.stages.actors.resolve.possessive`), or a body whose name does not end as
  bodies' names do ("Corvane Legacy" may be a thing Corvane makes: :func:`~whatweknow.stages.
  actors.roles.ends_as_organisation`);
* a word that is the given name or surname of a person the story names in full ("Brun" with
  "Edda Brun"): that person's;
* the leading words of a body named for the place it stands in ("Zellmoor" beside "Zellmoor
  Institute"): the town.

A description (a ``group`` speaker: "the emergency service", "the regional emergency service")
is the one organisation whose full name ends in its words ("Dravik Regional Emergency
Service"), never where two such bodies, or none, are in the story, and never for one word
("the service").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..story_contract import StoryActor

FOLDED = ("person", "organisation")
"""The kinds of actor a short name may be typed (NER often takes a one-word body for a person)."""


def short_names(actors: Sequence[StoryActor]) -> dict[str, str]:
    """Key of a short name -> key of the one organisation of ``actors`` whose name it opens
    (see the module doc)."""
    bodies = [a for a in actors if a.type == "organisation" and len(a.name.split()) > 1]
    people = {
        w.casefold()
        for a in actors
        if a.type == "person" and len(a.name.split()) > 1
        for w in (a.name.split()[0], a.name.split()[-1])
    }
    out: dict[str, str] = {}
    for short in actors:
        words = short.name.split()
        if short.type == "group" and words:
            tail = _description_of(short.name, bodies)
            if tail is not None:
                out[short.key] = tail
            continue
        if short.type not in FOLDED or not words:
            continue
        if len(words) == 1 and words[0].casefold() in people:
            continue
        lead = short.name.casefold() + " "
        into = [b for b in bodies if b.key != short.key and b.name.casefold().startswith(lead)]
        if len(words) == 1:
            into = [b for b in into if _told_body(b)]
        if len(into) == 1 and _seat(words, into[0]):
            continue  # "Zellmoor" beside "Zellmoor Institute": the town it is named for
        if len(into) == 1:
            out[short.key] = into[0].key
    return out


DESCRIPTION_WORDS = 2
"""The fewest words of a description that may stand for the one body whose name ends in them
("emergency service" for "Dravik Regional Emergency Service"; "the service" says too little)."""


def _description_of(name: str, bodies: Sequence[StoryActor]) -> str | None:
    """Key of the one organisation whose full name is a description's words with modifiers
    before them ("the regional emergency service", "the emergency service": "Dravik Regional
    Emergency Service"), if there is exactly one such body in the story."""
    words = name.casefold().split()
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) < DESCRIPTION_WORDS:
        return None
    tail = " " + " ".join(words)
    into = {b.key for b in bodies if b.name.casefold().endswith(tail)}
    return next(iter(into)) if len(into) == 1 else None


def _told_body(body: StoryActor) -> bool:
    """Whether a body's name says it is one, and not one of its first word's people: it ends as
    bodies' names do and holds no possessive."""
    # read here, not on import: the actors stage loads spaCy, which the stories need not
    from ..stages.actors.resolve import possessive
    from ..stages.actors.roles import ends_as_organisation

    return ends_as_organisation(body.name) and not possessive(body.name.split()[1:])


def _seat(words: Sequence[str], body: StoryActor) -> bool:
    """Whether the leading ``words`` of a body's name are the place it is named for: the rest
    ends in a word of a body named for its seat ("Zellmoor Institute": ``seat`` of
    :func:`~whatweknow.stages.actors.lexicons.name_words`)."""
    from ..stages.actors.lexicons import name_words

    rest = body.name.split()[len(words) :]
    return bool(rest) and rest[-1].casefold() in name_words()["seat"]


def shown_names(actors: Sequence[StoryActor]) -> dict[str, str]:
    """Actor key -> the name to show: its own, or for a short name the full name of the body
    it stands for (:func:`short_names`)."""
    names = {a.key: a.name for a in actors}
    for short, full in short_names(actors).items():
        names[short] = names[full]
    return names
