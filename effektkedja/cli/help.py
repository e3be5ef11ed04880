"""``--help`` in the chosen language: every word, metavariables included, from the spec."""

from __future__ import annotations

import shutil
import textwrap

from effektkedja.cli.spec import (
    COMMANDS,
    COMPLETION_NAMES,
    HELP_NAMES,
    TEXTS,
    VERSION_NAMES,
    Command,
    Opt,
)

PROG = "effektkedja"


def _width() -> int:
    return max(60, min(100, shutil.get_terminal_size((100, 24)).columns))


def _choices(values: tuple[str, ...], t: dict[str, str]) -> str:
    if len(values) <= 1:
        return "".join(values)
    return ", ".join(values[:-1]) + f" {t['or']} " + values[-1]


def option_label(opt: Opt, t: dict[str, str]) -> str:
    """``-f, --format FORMAT``; ``--portfolio, --no-portfolio``."""
    longs = [name for name in opt.names if name.startswith("--")]
    shorts = [name for name in opt.names if not name.startswith("--")]
    names = shorts + longs
    if opt.kind == "bool":
        names += ["--no-" + name[2:] for name in longs]
    label = ", ".join(names)
    if opt.kind in ("value", "list"):
        label += " " + t[f"mv.{opt.metavar}"]
    return label


def option_help(opt: Opt, t: dict[str, str]) -> str:
    text = t[opt.help].format(choices=_choices(opt.choices, t))
    if opt.default and opt.kind != "bool":
        shown = t["auto"] if opt.default == "auto" else opt.default
        text += " " + t["default"].format(value=shown)
    return text


def _table(rows: list[tuple[str, str]], width: int) -> list[str]:
    """Two columns: labels, then help wrapped beside them (below, for long labels)."""
    column = min(max((len(label) for label, _ in rows), default=0) + 4, 30)
    lines = []
    for label, text in rows:
        body = textwrap.wrap(text, width - column) or [""]
        if len(label) + 4 > column:
            lines.append(f"  {label}")
            lines.extend(" " * column + part for part in body)
        else:
            lines.append(f"  {label.ljust(column - 2)}{body[0]}")
            lines.extend(" " * column + part for part in body[1:])
    return lines


def app_help(lang: str) -> str:
    """``effektkedja --help``."""
    t = TEXTS[lang]
    width = _width()
    lines = [
        f"{t['usage']}: {PROG} [{t['mv.options']}] {t['mv.command']} ...",
        "",
        *textwrap.wrap(t["app"], width),
        "",
        f"{t['commands_title']}:",
        *_table([(command.name, t[command.help]) for command in COMMANDS], width),
        "",
        f"{t['options_title']}:",
        *_table(
            [
                (", ".join(VERSION_NAMES), t["version"]),
                (f"{COMPLETION_NAMES[0]} [{t['mv.shell']}]", t["install_completion"]),
                (f"{COMPLETION_NAMES[1]} [{t['mv.shell']}]", t["show_completion"]),
                (", ".join(HELP_NAMES), t["help"]),
                ("--lang " + t["mv.lang"], t["lang"].format(choices=_choices(("sv", "en"), t))),
            ],
            width,
        ),
        "",
        t["more_help"],
    ]
    return "\n".join(lines) + "\n"


def usage_line(command: Command, t: dict[str, str]) -> str:
    parts = [f"{PROG} {command.name}", f"[{t['mv.options']}]"]
    for arg in command.args:
        metavar = t[f"mv.{arg.metavar}"]
        parts.append(f"[{metavar}]" if arg.default is not None else metavar)
    return " ".join(parts)


def command_help(command: Command, lang: str) -> str:
    """``effektkedja COMMAND --help``."""
    t = TEXTS[lang]
    width = _width()
    lines = [f"{t['usage']}: {usage_line(command, t)}", "", *textwrap.wrap(t[command.help], width)]
    if command.args:
        lines += ["", f"{t['arguments_title']}:"]
        lines += _table([(t[f"mv.{arg.metavar}"], t[arg.help]) for arg in command.args], width)
    rows = [(option_label(opt, t), option_help(opt, t)) for opt in command.opts]
    rows.append((", ".join(HELP_NAMES), t["help"]))
    lines += ["", f"{t['options_title']}:", *_table(rows, width)]
    return "\n".join(lines) + "\n"
