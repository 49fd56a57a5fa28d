"""``wwk eval``: the evaluations on gold data, each printing standard metrics beside an anchor.

Each evaluation module keeps its own ``argparse`` parser (``build_parser``), so that it also runs
as ``python -m whatweknow.eval.NAME``; here every parser becomes a Click command with the same
arguments and options, so that ``wwk eval NAME --help`` is Click's help like every other
command's, and a bad option is Click's usage error. The command hands the values given back to
the module's ``main`` as its argument list.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from typing import Any

import click
from click.core import ParameterSource

EVALUATIONS: dict[str, tuple[str, str]] = {
    "meantime": ("meantime", "Entity mentions (PER, ORG, LOC) on MEANTIME English."),
    "tempeval3": ("tempeval", "Temporal expressions (TIMEX3) as TempEval-3 scores them."),
    "ecbplus": ("ecbplus", "Story clustering and event coreference on ECB+."),
    "polnear": ("polnear", "Attributions (source, cue, content) on PolNeAR."),
    "factuality": ("factuality", "Claim modality against MEANTIME event factuality."),
    "plover": ("plover", "PLOVER event type, mode and actor codes."),
    "stories": ("stories", "The real dev stories: clustering, speakers, disputes, facts."),
}
"""Command name → (module of :mod:`whatweknow.eval`, one-line help)."""
WITH_SYSTEMS = frozenset({"meantime", "polnear"})
"""Modules whose ``main`` takes the systems to compare (``default_systems()``)."""


class _Evaluations(click.Group):
    """The evaluations, each built when it is called or listed (their modules load spaCy)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(EVALUATIONS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in EVALUATIONS:
            return None
        module_name, short = EVALUATIONS[cmd_name]
        return _command(cmd_name, module_name, short)


@click.group(
    name="eval", cls=_Evaluations, short_help="Evaluate on gold data beside an anchor (P/R/F1)."
)
def evaluate() -> None:
    """Evaluate whatweknow on gold data beside an anchor (raw spaCy, textacy, …).

    \b
    Each evaluation prints precision, recall and F1, and exits 1 under --floor F (a fraction),
    so CI fails on a regression. Figures are recorded in EVALUATION.md.

    \b
      wwk eval meantime ../shared/data/meantime            entity mentions (MEANTIME English)
      wwk eval meantime --help                             its options
      wwk eval tempeval3 ../shared/data/tempeval3          temporal expressions (TimeML)
      wwk eval ecbplus ../shared/data/ecbplus              stories and event coreference (ECB+)
      wwk eval polnear ../shared/data/polnear              attributions (PolNeAR dev)
      wwk eval factuality ../shared/data/meantime          claim modality vs event factuality
      wwk eval plover ../shared/data/plover/gsr-dev.json   PLOVER events (type, mode, codes)
      wwk eval stories ../shared/data/stories              the real dev stories (briefing)
    """


def _param(action: argparse.Action) -> click.Parameter | None:
    """The Click parameter of one argparse action (None for ``--help``)."""
    if isinstance(action, argparse._HelpAction):
        return None
    if not action.option_strings:
        return click.Argument([action.dest], metavar=action.dest.upper())
    names = [*action.option_strings, action.dest]
    shown = action.help % {"default": action.default} if action.help else None
    if isinstance(action, argparse._StoreTrueAction):
        return click.Option(names, is_flag=True, help=shown)
    kind: click.ParamType[Any] | type[Any] = str
    if action.choices is not None:
        kind = click.Choice([str(c) for c in action.choices])
    elif action.type in (int, float):
        kind = action.type
    multiple = isinstance(action, argparse._AppendAction)
    if multiple or action.default in (None, False) or not isinstance(action.default, (str, int)):
        default_shown: Any = False
    else:
        default_shown = True
    return click.Option(
        names,
        type=kind,
        multiple=multiple,
        metavar=action.metavar if isinstance(action.metavar, str) else None,
        default=action.default if default_shown else None,
        show_default=default_shown,
        help=shown,
    )


def _argv(ctx: click.Context, parser: argparse.ArgumentParser, values: dict[str, Any]) -> list[str]:
    """The values given on the command line as the module's argument list (the module applies
    its own defaults to the rest)."""
    out: list[str] = []
    for action in parser._actions:
        value = values.get(action.dest)
        if isinstance(action, argparse._HelpAction) or value is None:
            continue
        if not action.option_strings:
            out.append(str(value))
        elif ctx.get_parameter_source(action.dest) != ParameterSource.COMMANDLINE:
            continue
        elif isinstance(action, argparse._StoreTrueAction):
            out += [action.option_strings[0]] if value else []
        elif isinstance(value, (tuple, list)):
            for v in value:
                out += [action.option_strings[0], str(v)]
        else:
            out += [action.option_strings[0], str(value)]
    return out


def _command(name: str, module_name: str, short: str) -> click.Command:
    module = importlib.import_module(f"whatweknow.eval.{module_name}")
    build: Callable[[], argparse.ArgumentParser] = module.build_parser
    parser = build()
    params = [p for p in (_param(a) for a in parser._actions) if p is not None]
    positionals = [a for a in parser._actions if not a.option_strings]

    @click.pass_context
    def run(ctx: click.Context, /, **values: Any) -> None:
        argv = _argv(ctx, parser, values)
        main: Callable[..., int] = module.main
        if name in WITH_SYSTEMS:
            sys.exit(main(argv, systems=module.default_systems()))
        sys.exit(main(argv))

    arguments = "\n".join(f"  {a.dest.upper():<10} {a.help}" for a in positionals)
    help_text = f"{parser.description}\n\n\b\nArguments:\n{arguments}"
    return click.Command(
        name, callback=run, params=params, help=help_text, short_help=short, no_args_is_help=True
    )
