"""The ``wwk_actors`` spaCy component: fills ``doc._.wwk_actors`` with the contract's actors."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...contract import Actor, Article
from ...readers._patterns import is_agency, masthead, masthead_word
from .. import extensions  # noqa: F401  (registers the doc._ extensions)
from .._text import text_of
from .gazetteer import Gazetteer, load_gazetteer, load_user_actors
from .lexicons import name_words
from .mentions import MentionCandidate, build_matcher, find_candidates
from .metonymy import headed_place
from .names import find_namesakes
from .people import missed_appositions, people
from .resolve import Resolver, title_spans
from .roles import VEHICLES, bare_name, names_a_venue
from .states import marked_states

STORY_BLOCKS = frozenset({"title", "standfirst", "subheading", "lead_in", "paragraph"})
"""Blocks whose names are parties of the story; of the furniture only the caption text (not its
credit) and the dateline's place are read, and bylines and source lines not at all. A caption
adds mentions to the parties the story names, never a party of its own (as it states no claim):
"St Anne's church" in a caption is no actor."""


class ActorsStage:
    """Mentions from NER and the gazetteer, metonymy by syntax, aliases, roles and groups. The
    article's own outlet, named in its text ("… his brother told the Harbour Times"), or by its
    short form ("told the Times", "Watch: HTN's bulletin" in an article of HTN News), is the
    reporter, not a party of the story (unless the gazetteer knows the name); so is an agency
    or outlet the article credits ("Source: Velt Review, with Osk Wire": "told Osk Wire" in
    it names the reporting agency, no party)."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.matcher = build_matcher(nlp, gazetteer)

    def __call__(self, doc: Doc) -> Doc:
        doc._.wwk_actors = self.actors(doc)
        return doc

    def actors(self, doc: Doc) -> list[Actor]:
        article: Article | None = doc._.wwk_article
        year = article.published.year if article and article.published else None
        regions = _regions(doc, article)
        found = people(find_candidates(doc, self.matcher, self.gaz), self.gaz)
        for missed in missed_appositions(doc, found, self.gaz):  # "Its chief executive, Vera
            # Lindt, said", where NER named no one: in its place in the text
            at = next((n for n, c in enumerate(found) if c.span.start > missed.span.start), None)
            found.insert(len(found) if at is None else at, missed)
        vehicles = {c.span.text for c in found if _vehicle(c)}
        outlet = article.outlet if article and article.outlet else None
        own = bare_name(outlet) if outlet else None
        short = _short_forms(outlet) if outlet else frozenset()
        credits = frozenset(
            bare_name(s)
            for s in (article.sources if article else [])
            if s and (is_agency(s) or masthead(s))
        )  # a credit that reads as an agency's or an outlet's: "Osk Wire", not a firm "GM"
        story = {
            tuple(c.span.text.casefold().split())
            for c in found
            if _within(c.span, regions) and not _in_caption(c.span, article)
        }
        heads = _heading_blocks(doc)
        lines = {(s.start_char, s.end_char) for s in doc.spans.get("wwk_blocks") or []}
        lower = {t.text for t in doc if t.text.islower()}
        body = {
            tuple(c.span.text.casefold().split())
            for c in found
            if _within(c.span, regions)
            and not _in_caption(c.span, article)
            and not _within(c.span, heads)
        }
        shouted = _shouted_lines(doc)
        spoken = {
            tuple(c.span.text.casefold().split())
            for c in found
            if _within(c.span, regions)
            and not _shouted(c.span, shouted)
            and not c.span.text.isupper()
        }  # names written in normal case outside the shouted lines
        cands = [
            c
            for c in found
            if _within(c.span, regions, c.kind in ("place", "country"))
            and (not _in_caption(c.span, article) or _named_in_story(c.span, story))
            and not (
                c.entry is None
                and _opens_heading(c.span, heads)
                and c.span[0].lower_ in lower
                and not _named_in_story(c.span, body)
            )
            and not (c.entry is None and c.span.text in vehicles)
            and not (c.entry is None and own and bare_name(c.span.text) == own)
            and not (c.entry is None and bare_name(c.span.text) in credits)
            and not (
                c.entry is None
                and bare_name(c.span.text) in short
                and (c.kind == "organisation" or (c.kind == "person" and _after_the(c.span)))
            )
            and not (c.entry is None and c.kind in ("person", "organisation") and _told_to(c.span))
            and not (c.entry is None and _outlet_line(c.span, lines))
            and not (_shouted(c.span, shouted) and not _named_in_story(c.span, spoken))
        ]
        resolver = Resolver(self.gaz, year)
        resolver.venues = frozenset(
            c.span.text for c in cands if c.entry is None and names_a_venue(c.span)
        )
        resolver.headed = frozenset(
            c.span.text
            for c in cands
            if c.entry is None and len(c.span) == 1 and headed_place(c.span)
        )
        for cand in cands:
            resolver.add(cand)
        unknown, places = resolver.unknown_names(), resolver.unknown_places()
        for start, end, places_only in regions:
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is not None and not places_only and (unknown or places):
                resolver.make_states(
                    marked_states(span, unknown) | marked_states(span, places, sovereign=True)
                )
        for start, end, places_only in regions:
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is not None and not places_only:
                find_namesakes(resolver, span)
        resolver.add_roles(cands)
        resolver.merge_aliases()
        for start, end, places_only in regions:
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is not None and not places_only:
                resolver.complete_names(span)
        for start, end, places_only in regions:
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is not None and not places_only:
                resolver.complete_surnames(span)
        titles: list[Span] = [t for t in title_spans(doc[:], self.gaz) if _within(t, regions)]
        resolver.resolve_titles(titles)
        return resolver.actors()


def _short_forms(outlet: str) -> frozenset[str]:
    """The short forms by which an article speaks of its own outlet (as
    :func:`~.roles.bare_name` writes them), read as the outlet only where NER took them for a
    body (never a place: "Europe" of "Radio Free Europe"): the last word of its name ("times"
    of "The Harbour Times"), an acronym that opens it ("htn" of "HTN News") and, of a name of
    three words or more, the name less its last word ("radio brava" of "Radio Brava Online").
    A capitalised first word alone is no short form: outlets are named after their towns
    ("Harbour" of "Harbour Times" is also the town)."""
    words = bare_name(outlet).split()
    first = outlet.split()[1 if outlet.startswith("The ") else 0]
    if len(words) < 2:
        return frozenset()
    acronym = first.isupper() and first.isalpha() and len(first) > 1
    shorter = [" ".join(words[:-1])] if len(words) > 2 else []
    return frozenset({words[-1], *([words[0]] if acronym else []), *shorter})


_RECEIVING = frozenset({"by", "with", "to"})


def _after_the(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ == "the"


def _told_to(span: Span) -> bool:
    """Whether an outlet named by its masthead word alone, after "the" ("the Gazette", "the
    Herald"), is where the story's words went, its reporter and no party of it: "seen by the
    Gazette", "shared it with the Gazette", "said to the Gazette", "told the Gazette". An
    outlet named in full ("told the Tarnwick Ledger") stays, as a body the story names."""
    if not (len(span) == 1 and _after_the(span) and masthead_word(span[0].text)):
        return False
    root = span.root
    if root.dep_ == "pobj":
        return root.head.lower_ in _RECEIVING
    return root.dep_ in ("dobj", "dative") and root.head.lower_ in name_words()["told"]


def _outlet_line(span: Span, lines: set[tuple[int, int]]) -> bool:
    """Whether a name is a block of the text by itself and reads as an outlet's ("Velt Herald"
    on its own line under the headline): the outlet's line, which states nothing."""
    return (span.start_char, span.end_char) in lines and masthead(span.text)


def _shouted_lines(doc: Doc) -> list[tuple[int, int, bool]]:
    """Lines of the text written all in capitals ("NINE DEAD IN VARLO PIT HORROR", a tabloid's
    headline or kicker): at least three words of two letters or more, none in lower case."""
    text = text_of(doc)
    out = []
    at = 0
    for line in text.split("\n"):
        words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 1]
        if len(words) >= 3 and all(w.isupper() for w in words):
            out.append((at, at + len(line), False))
        at += len(line) + 1
    return out


def _shouted(span: Span, shouted: list[tuple[int, int, bool]]) -> bool:
    """Whether a name lies in an all-caps line, where every word is capitalised and an acronym
    cannot be told from a common word ("CAR" of "CABLE CAR", "US" of "HELP US"): no name of its
    own there unless the text names it in normal case elsewhere (then it is that name)."""
    return bool(shouted) and _within(span, shouted)


def _regions(doc: Doc, article: Article | None) -> list[tuple[int, int, bool]]:
    """Character regions to read, each with whether only places count there (datelines)."""
    blocks = doc.spans.get("wwk_blocks")
    if not blocks or article is None:
        return [(0, len(text_of(doc)), False)]
    body = min((s.start_char for s in blocks if s.label_ == "paragraph"), default=0)
    out = [
        (s.start_char, s.end_char, False)
        for s in blocks
        if s.label_ in STORY_BLOCKS and not (s.label_ == "subheading" and s.end_char <= body)
    ]  # a subheading above the first paragraph is a section's label ("REGIONAL"), no party
    out += [(s.start_char, s.end_char, True) for s in blocks if s.label_ == "dateline"]
    out += [(c.start, c.end, False) for c in article.captions]
    return out


HEADING_BLOCKS = frozenset({"title", "standfirst"})


def _heading_blocks(doc: Doc) -> list[tuple[int, int, bool]]:
    """The headline's and the standfirst's regions."""
    blocks = doc.spans.get("wwk_blocks") or []
    return [(s.start_char, s.end_char, False) for s in blocks if s.label_ in HEADING_BLOCKS]


def _opens_heading(span: Span, heads: list[tuple[int, int, bool]]) -> bool:
    """Whether a name of one word opens a sentence of the headline or the standfirst
    ("Cyberattack, not fault, shut the terminals", "Cranes stood idle …"), where a common
    noun is capitalised as a name is. Such a word that the text also writes in lower case
    ("a cyberattack", "halting cranes") is a name only if the body names it too."""
    return (
        len(span) == 1
        and (span[0].is_sent_start or any(span.start_char == start for start, _, _ in heads))
        and _within(span, heads)
    )


def _in_caption(span: Span, article: Article | None) -> bool:
    return article is not None and any(
        c.start <= span.start_char and span.end_char <= c.end for c in article.captions
    )


def _named_in_story(span: Span, story: set[tuple[str, ...]]) -> bool:
    """Whether a caption's name is also one the story names outside the captions (whole, or
    as its last words: "Ole Brandt" in a caption, "Brandt" in the text)."""
    words = tuple(span.text.casefold().split())
    return any(
        said and (said == words[-len(said) :] or words == said[-len(words) :]) for said in story
    )


def _within(span: Span, regions: list[tuple[int, int, bool]], is_place: bool = False) -> bool:
    for start, end, places_only in regions:
        if start <= span.start_char and span.end_char <= end:
            return is_place or not places_only
    return False


def _vehicle(cand: MentionCandidate) -> bool:
    """A name given to a ship or a plane ("the patrol vessel Kaimon") is not a party."""
    if cand.kind not in ("person", "organisation", "place") or cand.entry is not None:
        return False
    root = cand.span.root
    near = [t for t in root.lefts if t.i < cand.span.start] + [
        t for t in root.children if t.dep_ == "appos"
    ]
    if root.dep_ == "appos":
        near.append(root.head)
    doc = cand.span.doc
    if cand.span.start > 0:  # "the freighter Blue Heron", however it is parsed
        near.append(doc[cand.span.start - 1])
    after = [t for t in doc[cand.span.end : cand.span.end + 4] if not (t.is_punct or t.is_stop)]
    if (
        cand.span.end < len(doc)
        and doc[cand.span.end].text == ","
        and after
        and (after[0].dep_ == "appos" or after[0].head.i == root.i)
    ):
        near.append(after[0])  # "Marisol Star, the freighter …" (not "X, the ships left")
    return any(t.lemma_.lower() in VEHICLES for t in near)


@Language.factory(
    "wwk_actors",
    requires=["doc.ents", "token.dep", "token.tag", "token.lemma"],
    assigns=["doc._.wwk_actors"],
    default_config={"user_actors": None},
)
def make_actors(nlp: Language, name: str, user_actors: str | None) -> ActorsStage:
    """``user_actors``: a CSV or YAML file of extra actors (name, aliases, type, country, sector,
    roles) that extends and overrides the built-in gazetteer."""
    gaz = load_gazetteer()
    if user_actors:
        gaz = load_user_actors(user_actors, gaz).gazetteer
    return ActorsStage(nlp, gaz)
