"""``wwk serve``: pages and an HTTP API (``/api/v1``) over a store.

>>> from whatweknow.web import create_app  # doctest: +SKIP
>>> app = create_app("news.db", token="s3cret", read_only=False, max_body=6_000_000)

Needs the ``web`` extra (``pip install 'whatweknow[web]'``).
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
