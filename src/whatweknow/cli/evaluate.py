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
      wwk eval tempeval3 ../shared/data/tempeval3          temporal expressions (TimeML)
      wwk eval ecbplus ../shared/data/ecbplus              stories and event coreference (ECB+)
      wwk eval polnear ../shared/data/polnear              attributions (PolNeAR dev)
      wwk eval factuality ../shared/data/meantime          claim modality vs event factuality
      wwk eval plover ../shared/data/plover/gsr-dev.json   PLOVER events (type, mode, codes)
      wwk eval stories ../shared/data/stories              the real dev stories (briefing)
    """


@evaluate.command(context_settings=PASS_THROUGH, add_help_option=False)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def meantime(args: tuple[str, ...]) -> None:
    """Entity mentions per coarse type (PER, ORG, LOC) on MEANTIME English, exact and overlap,
    beside raw spaCy NER."""
    from ..eval import meantime as ev

    sys.exit(ev.main(list(args), systems=ev.default_systems()))


@evaluate.command(context_settings=PASS_THROUGH, add_help_option=False)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def tempeval3(args: tuple[str, ...]) -> None:
    """Temporal expressions (TIMEX3) as TempEval-3 scores them: detection strict and relaxed,
    value and type, on TBAQ-cleaned (and MEANTIME with --meantime), beside spaCy DATE/TIME."""
    from ..eval import tempeval as ev

    sys.exit(ev.main(list(args)))


@evaluate.command(context_settings=PASS_THROUGH, add_help_option=False)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def polnear(args: tuple[str, ...]) -> None:
    """Attributions (source, cue, content spans and whole attributions) on PolNeAR dev, exact and
    overlap, beside textacy's direct quotations."""
    from ..eval import polnear as ev

    sys.exit(ev.main(list(args), systems=ev.default_systems()))


@evaluate.command(context_settings=PASS_THROUGH, add_help_option=False)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def factuality(args: tuple[str, ...]) -> None:
    """Claim modality and negation against MEANTIME event certainty and polarity, beside the
    majority class."""
    from ..eval import factuality as ev

    sys.exit(ev.main(list(args)))


@evaluate.command(context_settings=PASS_THROUGH, add_help_option=False)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def ecbplus(args: tuple[str, ...]) -> None:
    """Story clustering (B-cubed, V-measure against topics and sub-topics) and cross-document
    event coreference of merged claims on ECB+."""
    from ..eval import ecbplus as ev

    sys.exit(ev.main(list(args)))


@evaluate.command(context_settings=PASS_THROUGH, add_help_option=False)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def plover(args: tuple[str, ...]) -> None:
    """PLOVER event type, mode and source/target codes on the gold standard records, beside the
    majority class and the verb-lemma baseline."""
    from ..eval import plover as ev

    sys.exit(ev.main(list(args)))


@evaluate.command(context_settings=PASS_THROUGH, add_help_option=False)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def stories(args: tuple[str, ...]) -> None:
    """The real dev stories: story clustering, quote speakers, disputes, denials and
    non-statements in the briefing, key facts; whole set, tune and check halves."""
    from ..eval import stories as ev

    sys.exit(ev.main(list(args)))
