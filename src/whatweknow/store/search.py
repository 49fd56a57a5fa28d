"""Full-text search: the only dialect-specific queries of the store.

SQLite uses the FTS5 table ``articles_fts`` (see the 0001 migration): ``MATCH`` with FTS5 query
syntax, ``bm25()`` ranking (title weighted above text) and ``snippet()``. A query that is not valid
FTS5 syntax (``U.S.-China``, ``what's next?``) raises an error from SQLite; it is then searched
again with each whitespace-separated term quoted, which FTS5 reads as plain words.

PostgreSQL uses the generated ``articles.search`` tsvector with ``websearch_to_tsquery`` (which
accepts any text), ``ts_rank_cd`` and ``ts_headline``; the conformance suite runs on both.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Row

from .base import MARK_END, MARK_START, SearchHit, split_marks

TITLE_WEIGHT = 3.0
TEXT_WEIGHT = 1.0
SNIPPET_TOKENS = 24

_COLUMNS = (
    sa.column("id", sa.String),
    sa.column("title", sa.Text),
    sa.column("outlet", sa.Text),
    sa.column("published", sa.Date),
    sa.column("snippet", sa.Text),
    sa.column("score", sa.Float),
)

_SQLITE = sa.text(
    """
    SELECT a.id, a.title, a.outlet, a.published,
           snippet(articles_fts, 1, :mark_start, :mark_end, '…', :tokens) AS snippet,
           -bm25(articles_fts, :title_weight, :text_weight) AS score
    FROM articles_fts JOIN articles AS a ON a.search_rowid = articles_fts.rowid
    WHERE articles_fts MATCH :query
    ORDER BY score DESC, a.id
    LIMIT :limit
    """
).columns(*_COLUMNS)

_POSTGRES = sa.text(
    """
    SELECT a.id, a.title, a.outlet, a.published,
           ts_headline('english', a.text, q.q, :headline) AS snippet,
           ts_rank_cd(a.search, q.q) AS score
    FROM articles AS a, websearch_to_tsquery('english', :query) AS q(q)
    WHERE a.search @@ q.q
    ORDER BY score DESC, a.id
    LIMIT :limit
    """
).columns(*_COLUMNS)


def quote_terms(query: str) -> str:
    """Each whitespace-separated term as an FTS5 string, which FTS5 tokenizes as plain words."""
    return " ".join('"' + term.replace('"', '""') + '"' for term in query.split())


def search(engine: sa.Engine, query: str, limit: int) -> list[SearchHit]:
    """Search with the engine's dialect; see the module docstring."""
    query = query.replace("\x00", " ")  # stored text has none; FTS5 reads one as the end
    if not query.strip() or limit <= 0:
        return []
    if engine.dialect.name == "postgresql":
        params = {"query": query, "limit": limit, "headline": _headline_options()}
        with engine.connect() as conn:
            return _hits(conn.execute(_POSTGRES, params).all())
    params = {
        "mark_start": MARK_START,
        "mark_end": MARK_END,
        "tokens": SNIPPET_TOKENS,
        "title_weight": TITLE_WEIGHT,
        "text_weight": TEXT_WEIGHT,
        "limit": limit,
    }
    # Each try on a connection of its own, so a failed one leaves no transaction behind.
    try:
        with engine.connect() as conn:
            return _hits(conn.execute(_SQLITE, {**params, "query": query}).all())
    except sa.exc.OperationalError:
        pass  # not FTS5 syntax ("fts5: syntax error", "no such column", "unterminated string")
    with engine.connect() as conn:
        return _hits(conn.execute(_SQLITE, {**params, "query": quote_terms(query)}).all())


def _headline_options() -> str:
    return (
        f'StartSel="{MARK_START}", StopSel="{MARK_END}", MaxWords={SNIPPET_TOKENS}, '
        'MinWords=8, MaxFragments=2, FragmentDelimiter=" … "'
    )


def _hits(rows: Sequence[Row[Any]]) -> list[SearchHit]:
    hits = []
    for row in rows:
        snippet, marks = split_marks(row.snippet or "")
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
