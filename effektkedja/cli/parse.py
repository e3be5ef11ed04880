"""Parsing the command line against :mod:`effektkedja.cli.spec`, with errors in sv or en.

Small and strict: long options (``--format json`` or ``--format=json``), short ones
(``-f json``, ``-fjson``), flags, repeatable options, ``--portfolio`` /
``--no-portfolio``, and ``--`` to end the options. A mistake is a
:class:`UsageError` naming a catalogue key of :data:`~effektkedja.cli.spec.TEXTS`,
with a "did you mean" where one is close.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from effektkedja.cli.spec import BY_NAME, HELP_NAMES, Command, Opt


class UsageError(Exception):
    """The command line is wrong: ``key`` and ``args`` say how (exit 2)."""

    def __init__(self, key: str, command: str | None = None, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        self.command = command
        self.details = args


@dataclass(slots=True)
class Parsed:
    """A parsed command line: the command, its values by ``dest``, and whether help was asked."""

    command: Command
    values: dict[str, Any] = field(default_factory=dict)
    help: bool = False


def _suggest(value: str, choices: list[str]) -> str | None:
    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    return close[0] if close else None


def _option_table(command: Command) -> dict[str, tuple[Opt, bool]]:
    """Every spelling of every option, with whether it is the ``--no-`` form."""
    table: dict[str, tuple[Opt, bool]] = {}
    for opt in command.opts:
        for name in opt.names:
            table[name] = (opt, False)
            if opt.kind == "bool" and name.startswith("--"):
                table["--no-" + name[2:]] = (opt, True)
    return table


def parse_command(name: str, argv: list[str]) -> Parsed:
    """Parse the arguments after the command ``name``."""
    command = BY_NAME.get(name)
    if command is None:
        raise UsageError(
            "err.unknown_command", None, value=name, suggestion=_suggest(name, list(BY_NAME))
        )
    table = _option_table(command)
    parsed = Parsed(command)
    values = parsed.values
    for opt in command.opts:
        values[opt.dest] = [] if opt.kind == "list" else False if opt.kind == "flag" else None
    positionals: list[str] = []
    index = 0
    only_positionals = False
    while index < len(argv):
        arg = argv[index]
        index += 1
        if only_positionals or arg == "-" or not arg.startswith("-"):
            positionals.append(arg)
            continue
        if arg == "--":
            only_positionals = True
            continue
        if arg in HELP_NAMES:
            parsed.help = True
            continue
        inline: str | None = None
        spelling = arg
        if arg.startswith("--") and "=" in arg:
            spelling, inline = arg.split("=", 1)
        elif not arg.startswith("--") and len(arg) > 2:
            spelling, inline = arg[:2], arg[2:]
        found = table.get(spelling)
        if found is None:
            raise UsageError(
                "err.unknown_option",
                name,
                value=spelling,
                suggestion=_suggest(spelling, [*table, *HELP_NAMES]),
            )
        opt, negated = found
        if opt.kind in ("flag", "bool"):
            if inline is not None:
                raise UsageError("err.no_value", name, option=spelling)
            values[opt.dest] = not negated
            continue
        if inline is None:
            if index >= len(argv):
                raise UsageError("err.needs_value", name, option=spelling, metavar=opt.metavar)
            inline = argv[index]
            index += 1
        values[opt.dest] = _value(opt, spelling, inline, name, values[opt.dest])
    if parsed.help:
        return parsed
    _positionals(command, positionals, values)
    return parsed


def _value(opt: Opt, spelling: str, raw: str, command: str, current: Any) -> Any:
    if opt.choices and raw not in opt.choices:
        raise UsageError(
            "err.bad_choice",
            command,
            value=raw,
            option=spelling,
            choices=list(opt.choices),
            suggestion=_suggest(raw, list(opt.choices)),
        )
    if opt.positive_int:
        if not raw.isdigit() or int(raw) < 1:
            raise UsageError("err.bad_number", command, option=spelling, value=raw)
        return int(raw)
    if opt.kind == "list":
        return [*current, raw]
    return raw


def _positionals(command: Command, given: list[str], values: dict[str, Any]) -> None:
    queue = list(given)
    for arg in command.args:
        if arg.many:
            if not queue and arg.default is None:
                raise UsageError("err.missing_argument", command.name, metavar=arg.metavar)
            values[arg.dest], queue = queue, []
        elif queue:
            values[arg.dest] = queue.pop(0)
        elif arg.default is not None:
            values[arg.dest] = arg.default
        else:
            raise UsageError("err.missing_argument", command.name, metavar=arg.metavar)
    if queue:
        raise UsageError("err.extra_argument", command.name, value=queue[0])
