"""The stories' invented corpus (``tests/stories/corpus.py``) with quotes and events added, and
one hostile article: markup and attributes in its title and text. No spaCy needed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from stories.corpus import documents
from whatweknow.model import Actor, Article, Dossier, Event, Mention, PipelineInfo, Quote
from whatweknow.model import article_id as make_id
from whatweknow.readers.base import RawDocument
from whatweknow.store import Store, open_store
from whatweknow.stories import update_stories

HOSTILE = (
    'Ferry <script>alert("title")</script> report\n\n'
    'Baltic Lines said <img src=x onerror="alert(1)"> the " onmouseover="alert(2)" ferry '
    "was safe. <script>alert(3)</script> The harbour authority inspected it on Tuesday."
)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _enrich(name: str, d: Dossier) -> Dossier:
    text = d.article.text
    by_key = {a.key: a.id for a in d.actors}
    if name == "denial":
        start, end = _span(text, "Baltic Lines denied that the Northern Star was carrying illegal")
        d.quotes.append(
            Quote(id="q1", start=start, end=end, kind="indirect", text=text[start:end],
                  speaker=by_key["org:baltic lines"], speaker_text="Baltic Lines", cue="denied")
        )  # fmt: skip
        start, end = _span(text, "denied")
        d.events.append(
            Event(id="e1", type="REJECT", start=start, end=end, trigger="denied",
                  actor=[by_key["org:baltic lines"]], target=[by_key["org:northern star"]],
                  modality="asserted", time="2024-06-05")
        )  # fmt: skip
    if name == "wire":
        start, end = _span(text, "Investigators will inspect the ship on Wednesday")
        d.events.append(
            Event(id="e1", type="INVESTIGATE", start=start, end=end, trigger="inspect",
                  actor=[by_key["org:coast guard"]], target=[by_key["org:northern star"]],
                  modality="expected", time="2024-06-05")
        )  # fmt: skip
        start, end = _span(text, "Rescue boats from three nearby towns joined the operation")
        d.events.append(
            Event(id="e2", type="AID", start=start, end=end, trigger="joined",
                  actor=[by_key["org:coast guard"]], target=[by_key["org:baltic lines"]],
                  time="2024-06-03")
        )  # fmt: skip
    return d


def hostile() -> tuple[RawDocument, Dossier]:
    text = HOSTILE
    start, _ = _span(text, "Baltic Lines said")
    actor = Actor(
        id="a1", name="Baltic <b>Lines</b>", type="organisation", key="org:baltic lines",
        mentions=[Mention(start=start, end=start + 12, text="Baltic Lines")],
    )  # fmt: skip
    q_start, q_end = _span(text, 'the " onmouseover="alert(2)" ferry was safe')
    article = Article(
        id=make_id(text), text=text, title=text.split("\n", 1)[0], outlet='Evil "Times"',
    )  # fmt: skip
    quote = Quote(
        id="q1", start=q_start, end=q_end, kind="indirect", text=text[q_start:q_end], speaker="a1"
    )
    dossier = Dossier(
        pipeline=PipelineInfo(version="0.1.0", model="test"),
        article=article,
        actors=[actor],
        quotes=[quote],
    )
    return RawDocument("hostile.txt", "text", text.encode(), article), dossier


def corpus() -> Iterator[tuple[str, RawDocument, Dossier]]:
    for name, (doc, d) in documents().items():
        yield name, doc, _enrich(name, d)


def build_store(path: Path, *, with_hostile: bool = True) -> dict[str, str]:
    """A store at ``path`` with the corpus (and the hostile article), stories updated; returns
    the article ids by name."""
    ids: dict[str, str] = {}
    items = list(corpus())
    if with_hostile:
        items.append(("hostile", *hostile()))
    store: Store
    with open_store(path) as store:
        for name, doc, d in items:
            store.add(doc, d)
            update_stories(store, d.article.id)
            ids[name] = d.article.id
    return ids
