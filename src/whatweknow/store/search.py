"""Full-text search: the only dialect-specific queries of the store, and the one place that
bounds what a search may cost (the API, the pages and ``wwk search`` all come here).

SQLite uses the FTS5 table ``articles_fts`` (see the 0001 migration): ``MATCH`` with FTS5 query
syntax and ``bm25()`` ranking (title weighted above text). A query that is not valid FTS5 syntax
(``U.S.-China``, ``what's next?``) raises an error from SQLite; it is then searched again with
each whitespace-separated term quoted, which FTS5 reads as plain words. PostgreSQL uses the
generated ``articles.search`` tsvector with ``websearch_to_tsquery`` (which accepts any text)
and ``ts_rank_cd``; the conformance suite runs on both.

Bounds. FTS5's ``snippet()`` costs, for every matching row, the text's length times the
query's phrase instances: 166 prefix terms (``t* t* …``, under 500 characters) took seconds
on a small store and held a connection all that time. So:

- a query is refused (:class:`SearchError`, W040/W041) past :data:`MAX_QUERY_CHARS`
  characters, :data:`MAX_TERMS` terms (words, inside phrases too) or :data:`MAX_PREFIXES`
  prefix terms (``talk*``);
- the database only ranks (``bm25`` / ``ts_rank_cd``, no snippet, no text read), ``LIMIT``
  applied there;
- snippets are made here, in Python, for the hits returned only (never for the ``offset``
  skipped), from the first :data:`SNIPPET_SCAN` characters of each text, in one pass over it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Row

from ..errors import SearchError, W
from .base import SearchHit

TITLE_WEIGHT = 3.0
TEXT_WEIGHT = 1.0
SNIPPET_TOKENS = 24
"""Words in a snippet."""
SNIPPET_SCAN = 100_000
"""Characters of a text read for its snippet (a match further on gives the text's start)."""
MAX_QUERY_CHARS = 500
MAX_TERMS = 16
"""Words in a query (every word of a quoted phrase counts)."""
MAX_PREFIXES = 4
"""Prefix terms (``talk*``) in a query: each expands to every stored word it begins."""

_COLUMNS = (
    sa.column("id", sa.String),
    sa.column("title", sa.Text),
    sa.column("outlet", sa.Text),
    sa.column("published", sa.Date),
    sa.column("score", sa.Float),
)

_SQLITE = sa.text(
    """
    SELECT a.id, a.title, a.outlet, a.published,
           -bm25(articles_fts, :title_weight, :text_weight) AS score
    FROM articles_fts JOIN articles AS a ON a.search_rowid = articles_fts.rowid
    WHERE articles_fts MATCH :query
    ORDER BY score DESC, a.id
    LIMIT :limit OFFSET :offset
    """
).columns(*_COLUMNS)

_POSTGRES = sa.text(
    """
    SELECT a.id, a.title, a.outlet, a.published, ts_rank_cd(a.search, q.q) AS score
    FROM articles AS a, websearch_to_tsquery('english', :query) AS q(q)
    WHERE a.search @@ q.q
    ORDER BY score DESC, a.id
    LIMIT :limit OFFSET :offset
    """
).columns(*_COLUMNS)

_TEXTS = sa.text("SELECT id, substr(text, 1, :scan) AS text FROM articles WHERE id IN :ids")
_TEXTS = _TEXTS.bindparams(sa.bindparam("ids", expanding=True))

# FTS5's lexer, enough to count: a string ("…", "" inside), a bareword, one other character.
_LEX = re.compile(r'"(?:[^"]|"")*"?|[\w\x1a]+|\S')
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Terms:
    """What a query searches for, as far as its cost and its snippets go."""

    words: tuple[str, ...]
    """Whole words, folded (see :func:`fold`)."""
    prefixes: tuple[str, ...]
    """Prefix terms, folded, without their ``*``."""

    @property
    def count(self) -> int:
        return len(self.words) + len(self.prefixes)


def fold(word: str) -> str:
    """Case and diacritics folded, as FTS5's ``unicode61 remove_diacritics 2`` does."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def terms(query: str) -> Terms:
    """The words and prefix terms of a query (FTS5 or web-search syntax): barewords and the
    words of strings, less the operators and the column names (``title:``)."""
    words: list[str] = []
    prefixes: list[str] = []
    tokens = _LEX.findall(query)
    for i, token in enumerate(tokens):
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if token in _OPERATORS or following == ":":
            continue
        found = _WORD.findall(token.strip('"').replace('""', '"'))
        if not found:
            continue
        if following == "*":
            *whole, last = found
            words += map(fold, whole)
            prefixes.append(fold(last))
        else:
            words += map(fold, found)
    return Terms(tuple(words), tuple(prefixes))


def check(query: str) -> Terms:
    """The query's terms, or :class:`SearchError` when it is over a limit (module docstring)."""
    if len(query) > MAX_QUERY_CHARS:
        raise SearchError(W.SEARCH_TOO_LONG.format(size=len(query), limit=MAX_QUERY_CHARS))
    found = terms(query)
    if found.count > MAX_TERMS or len(found.prefixes) > MAX_PREFIXES:
        raise SearchError(
            W.SEARCH_TOO_BROAD.format(
                terms=found.count,
                prefixes=len(found.prefixes),
                max_terms=MAX_TERMS,
                max_prefixes=MAX_PREFIXES,
            )
        )
    return found


def quote_terms(query: str) -> str:
    """Each whitespace-separated term as an FTS5 string, which FTS5 tokenizes as plain words."""
    return " ".join('"' + term.replace('"', '""') + '"' for term in query.split())


def search(engine: sa.Engine, query: str, limit: int, offset: int = 0) -> list[SearchHit]:
    """Search with the engine's dialect; see the module docstring. Raises SearchError."""
    query = query.replace("\x00", " ")  # stored text has none; FTS5 reads one as the end
    wanted = check(query)
    if not query.strip() or limit <= 0:
        return []
    params: dict[str, Any] = {"limit": limit, "offset": max(offset, 0)}
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            rows = conn.execute(_POSTGRES, {**params, "query": query}).all()
    else:
        params |= {"title_weight": TITLE_WEIGHT, "text_weight": TEXT_WEIGHT}
        # Each try on a connection of its own, so a failed one leaves no transaction behind.
        try:
            with engine.connect() as conn:
                rows = conn.execute(_SQLITE, {**params, "query": query}).all()
        except sa.exc.OperationalError:  # not FTS5 syntax ("fts5: syntax error", "no such column")
            with engine.connect() as conn:
                rows = conn.execute(_SQLITE, {**params, "query": quote_terms(query)}).all()
    return _hits(engine, rows, wanted)


def _hits(engine: sa.Engine, rows: Sequence[Row[Any]], wanted: Terms) -> list[SearchHit]:
    if not rows:
        return []
    with engine.connect() as conn:
        params = {"ids": [row.id for row in rows], "scan": SNIPPET_SCAN}
        texts = {r.id: r.text for r in conn.execute(_TEXTS, params)}
    hits = []
    for row in rows:
        snippet, marks = make_snippet(body(texts.get(row.id) or "", row.title), wanted)
        hits.append(
            SearchHit(
                article_id=row.id,
                title=row.title,
                outlet=row.outlet,
                published=row.published,
                snippet=snippet,
                marks=marks,
                score=float(row.score),
            )
        )
    return hits


def body(text: str, title: str | None) -> str:
    """The text without the title it opens with, so that a snippet does not repeat the title
    shown above it (a text that is only its title keeps it)."""
    head = text.lstrip()
    if title and head.startswith(title) and head[len(title) :].strip():
        return head[len(title) :]
    return text


def _stem(word: str) -> str:
    """A light stem, so that ``talks`` marks ``talk`` and ``talking`` (the stores stem with
    Porter; a mark missed here costs a highlight, never a hit)."""
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def make_snippet(text: str, wanted: Terms) -> tuple[str, tuple[tuple[int, int], ...]]:
    """About :data:`SNIPPET_TOKENS` words of ``text`` around the stretch with the most distinct
    query terms, ``…`` where cut, and the offsets of the matched words in it. One pass over the
    text (at most :data:`SNIPPET_SCAN` characters of it), then one over the matches."""
    text = text[:SNIPPET_SCAN]
    stems = {_stem(w) for w in wanted.words}
    seen: dict[str, str | None] = {}  # a word as written -> the term it matches (a text repeats)

    def term_of(word: str) -> str | None:
        folded = fold(word)
        if _stem(folded) in stems:
            return _stem(folded)
        prefix = next((p for p in wanted.prefixes if folded.startswith(p)), None)
        return None if prefix is None else prefix + "*"

    words = list(_WORD.finditer(text))
    matched: list[tuple[int, str]] = []  # (word index, the term it matched)
    for i, m in enumerate(words):
        word = m[0]
        if word not in seen:
            seen[word] = term_of(word)
        term = seen[word]
        if term is not None:
            matched.append((i, term))
    if not words:
        return text.strip()[: SNIPPET_TOKENS * 8], ()
    first = _best_window(matched)
    start = max(0, min(first - 3, len(words) - SNIPPET_TOKENS))
    end = min(len(words), start + SNIPPET_TOKENS)
    lo, hi = words[start].start(), words[end - 1].end()
    lead = "…" if start > 0 else ""
    marks = tuple(
        (len(lead) + words[i].start() - lo, len(lead) + words[i].end() - lo)
        for i, _ in matched
        if start <= i < end
    )
    tail = "…" if end < len(words) else ""
    return lead + text[lo:hi] + tail, marks


def _best_window(matched: list[tuple[int, str]]) -> int:
    """The word index of the match that begins the window with the most distinct terms
    (the first such); 0 when nothing matched. Linear: a sliding window over the matches."""
    best, best_count = 0, 0
    counts: dict[str, int] = {}
    lo = 0
    for i, term in matched:
        counts[term] = counts.get(term, 0) + 1
        while matched[lo][0] <= i - SNIPPET_TOKENS:
            old = matched[lo][1]
            counts[old] -= 1
            if not counts[old]:
                del counts[old]
            lo += 1
        if len(counts) > best_count:
            best, best_count = matched[lo][0], len(counts)
    return best
