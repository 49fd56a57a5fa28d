"""The other publications of stored articles: one wire report carried word for word by several
outlets is one article (its id is the text's hash), stored once, with a raw input per
publication (``raw_inputs``: the first is the article's own, see
:meth:`~whatweknow.store.Store.publications`)."""

from __future__ import annotations

from collections.abc import Collection

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from . import schema
from .base import Publication

CHUNK = 500
"""Article ids looked up in one query."""


def publications(conn: Connection, article_ids: Collection[str]) -> dict[str, list[Publication]]:
    """The raw inputs of each article after its first, in the order they were stored, as
    publications; an article with none is left out.

    The articles with more than one raw input are found in the index by article first: reading
    a row's columns after its raw payload (SQLite) reads the payload's pages, and most articles
    have one publication only."""
    r = schema.raw_inputs.c
    wanted = sorted(set(article_ids))
    out: dict[str, list[Publication]] = {}
    for i in range(0, len(wanted), CHUNK):
        several = (
            sa.select(r.article_id)
            .where(r.article_id.in_(wanted[i : i + CHUNK]))
            .group_by(r.article_id)
            .having(sa.func.count() > 1)
        )
        part = sorted(conn.execute(several).scalars())
        if not part:
            continue
        query = (
            sa.select(r.article_id, r.outlet, r.url, r.published, r.source)
            .where(r.article_id.in_(part))
            .order_by(r.article_id, r.id)
        )
        first: set[str] = set()
        for row in conn.execute(query):
            if row.article_id not in first:  # the article's own input
                first.add(row.article_id)
                continue
            found = Publication(row.outlet, row.url, row.published, row.source)
            out.setdefault(row.article_id, []).append(found)
    return out
