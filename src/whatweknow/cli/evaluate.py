"""``wwk eval``: the evaluations on gold data, each printing standard metrics beside an anchor."""

from __future__ import annotations

import sys

import click

PASS_THROUGH = {"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []}


@click.group(name="eval")
def evaluate() -> None:
    """Evaluate whatweknow on gold data beside an anchor (raw spaCy, textacy, …).

    \b
    Each evaluation prints precision, recall and F1, and exits 1 under --floor F (a fraction),
    so CI fails on a regression. Figures are recorded in EVALUATION.md.

    \b
      wwk eval meantime ../shared/data/meantime            entity mentions (MEANTIME English)
      wwk eval meantime ../shared/data/meantime --help     its options
    """


@evaluate.command(context_settings=PASS_THROUGH, add_help_option=False)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def meantime(args: tuple[str, ...]) -> None:
    """Entity mentions per coarse type (PER, ORG, LOC) on MEANTIME English, exact and overlap,
    beside raw spaCy NER."""
    from ..eval import meantime as ev

    sys.exit(ev.main(list(args), systems=ev.default_systems()))
