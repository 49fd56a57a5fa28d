"""Alembic migrations of the store, run in code by :func:`whatweknow.store.migrate.upgrade`.

There is no ``alembic.ini``: the configuration is built by
:func:`whatweknow.store.migrate.alembic_config`. To start a new revision::

    from alembic import command
    from whatweknow.store.migrate import alembic_config
    command.revision(alembic_config(), "add claims", rev_id="0002")

A revision never imports the live schema (``store/schema.py``): it states its tables as they
were, so that old stores still migrate after the schema moves on.
"""
