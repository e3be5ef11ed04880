"""The command line: parse the arguments, hand over to :mod:`effektkedja.commands`.

Nothing else lives here. The commands, their options and every help text are
declared once in :mod:`effektkedja.cli.spec`; :mod:`effektkedja.cli.parse` reads
the arguments and :mod:`effektkedja.cli.help` writes ``--help``, both in the chosen
language. Heavy modules (the model, rich, renderers) are imported inside the
commands, so that a check starts fast. Shell completion, the only use of typer,
is in :mod:`effektkedja.cli.complete` and loaded only when a shell asks for it.

:func:`main` takes the arguments and returns the exit code, so tests can run the
whole command in-process; the ``effektkedja`` script and ``python -m
effektkedja`` exit with it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

from effektkedja import __version__
from effektkedja.cli.parse import Parsed, UsageError, parse_command
from effektkedja.cli.spec import COMPLETION_NAMES, HELP_NAMES, TEXTS, VERSION_NAMES
from effektkedja.commands import EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, CommandExit

COMPLETE_VAR = "_EFFEKTKEDJA_COMPLETE"


def help_language(argv: list[str], environ: dict[str, str] | None = None) -> str:
    """The language of help and usage errors: ``--lang``, else ``LANG=en*``, else Swedish."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return "en" if argv[index + 1] == "en" else "sv"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "sv"
    env = os.environ if environ is None else environ
    language = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    return "en" if language.startswith("en") else "sv"


def _usage_error(error: UsageError, lang: str) -> int:
    t = TEXTS[lang]
    args = {
        key: (
            ", ".join(value[:-1]) + f" {t['or']} " + value[-1] if isinstance(value, list) else value
        )
        for key, value in error.details.items()
        if key != "suggestion"
    }
    if "metavar" in args:
        args["metavar"] = t.get(f"mv.{args['metavar']}", args["metavar"])
    message = t[error.key].format(**args)
    suggestion = error.details.get("suggestion")
    if suggestion:
        from effektkedja.messages import catalogue

        message += catalogue(lang)["did_you_mean"].format(suggestion=suggestion)
    where = f"effektkedja {error.command}" if error.command else "effektkedja"
    sys.stderr.write(f"effektkedja: {t['err.prefix']}: {message}\n")
    sys.stderr.write(t["err.see_help"].format(command=where) + "\n")
    return EXIT_USAGE


def main(argv: list[str] | None = None) -> int:
    """Run the command line ``argv`` (default: the process's arguments); return the exit code."""
    args = sys.argv[1:] if argv is None else list(argv)
    lang = help_language(args)
    # pydantic looks for plugins among every installed distribution's entry points
    # when the first model is built, a quarter of a small check's start-up time.
    # This command uses none; a user who wants them can set the variable to "".
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        return _run(args, lang)
    except CommandExit as exc:
        return exc.code
    except UsageError as exc:
        return _usage_error(exc, lang)
    except KeyboardInterrupt:
        from effektkedja.messages import render

        sys.stderr.write(f"\neffektkedja: {render('err.interrupted', {}, lang)}\n")
        return EXIT_INTERRUPTED


def _run(args: list[str], lang: str) -> int:
    if os.environ.get(COMPLETE_VAR) or any(arg in COMPLETION_NAMES for arg in args[:2]):
        from effektkedja.cli.complete import complete

        return complete(args, lang)
    if not args or args[0] in HELP_NAMES or (args[0].startswith("--lang") and len(args) <= 2):
        from effektkedja.cli.help import app_help

        sys.stdout.write(app_help(lang))
        return EXIT_OK if args else EXIT_USAGE
    if args[0] in VERSION_NAMES:
        sys.stdout.write(f"effektkedja {__version__}\n")
        return EXIT_OK
    if args[0].startswith("-"):
        raise UsageError("err.unknown_option", None, value=args[0])
    parsed = parse_command(args[0], args[1:])
    if parsed.help:
        from effektkedja.cli.help import command_help

        sys.stdout.write(command_help(parsed.command, lang))
        return EXIT_OK
    return RUNNERS[parsed.command.name](parsed, lang)


# --- from parsed values to the commands -------------------------------------------------------


def _today(parsed: Parsed, lang: str) -> Any:
    from effektkedja.commands.check import parse_today

    return parse_today(parsed.values.get("today"), lang)


def _run_check(parsed: Parsed, lang: str) -> int:
    from effektkedja.commands.check import CheckRequest, parse_codes, run_check

    v = parsed.values
    request = CheckRequest(
        paths=v["paths"],
        output_format=v["format"] or "text",
        fail_on=v["fail_on"],
        select=parse_codes(v["select"], lang) if v["select"] else None,
        ignore=parse_codes(v["ignore"], lang) if v["ignore"] else None,
        today=_today(parsed, lang),
        lang=v["lang"],
        verbose=v["verbose"],
        color=not v["no_color"],
        config=v["config"],
        jobs=v["jobs"],
    )
    return run_check(request)


def _run_report(parsed: Parsed, lang: str) -> int:
    v = parsed.values
    if v["format"] in ("csv", "xlsx"):
        from effektkedja.commands.export import run_export

        return run_export(
            v["paths"], v["output"], v["csv_dialect"] or "excel-sv", _today(parsed, lang),
            v["lang"], v["config"], workbook=v["format"] == "xlsx", jobs=v["jobs"],
        )  # fmt: skip
    from effektkedja.commands.report import ReportRequest, run_report

    request = ReportRequest(
        paths=v["paths"],
        output=v["output"],
        template=v["template"],
        lang=v["lang"],
        today=_today(parsed, lang),
        config=v["config"],
        portfolio=v["portfolio"],
        output_format=v["format"] or "markdown",
        jobs=v["jobs"],
    )
    return run_report(request)


def _configured_lang(parsed: Parsed) -> str:
    """``--lang``, else the configuration file's ``lang``, else Swedish.

    A configuration file that cannot be used is a usage error here too (exit 2).
    """
    given: str | None = parsed.values.get("lang")
    if given is not None:
        return given
    from effektkedja.config import ConfigError, find_config, load_config
    from effektkedja.messages import text

    try:
        path = find_config()
        return (load_config(path).lang or "sv") if path is not None else "sv"
    except ConfigError as exc:
        sys.stderr.write(f"effektkedja: fel: {text(exc.message, 'sv')}\n")
        raise CommandExit(EXIT_USAGE) from None


def _run_convert(parsed: Parsed, lang: str) -> int:
    from effektkedja.commands.convert import run_convert

    v = parsed.values
    if v["output"] is None:
        raise UsageError("err.needs_value", "convert", option="--output", metavar="file")
    return run_convert(v["source"], v["output"], v["force"], _configured_lang(parsed))


def _run_diff(parsed: Parsed, lang: str) -> int:
    from effektkedja.commands.diff import run_diff

    v = parsed.values
    lang = _configured_lang(parsed)
    return run_diff(
        v["old"], v["new"], v["format"] or "text", lang, _today(parsed, lang),
        v["fail_on_regression"],
    )  # fmt: skip


def _run_schema(parsed: Parsed, lang: str) -> int:
    from effektkedja.commands.schema import run_schema

    return run_schema(_configured_lang(parsed), parsed.values["output"])


def _run_rules(parsed: Parsed, lang: str) -> int:
    from effektkedja.commands.rules import run_rules

    return run_rules(parsed.values["format"] or "text", _configured_lang(parsed))


def _run_explain(parsed: Parsed, lang: str) -> int:
    from effektkedja.commands.rules import run_explain

    color = not parsed.values["no_color"] and not os.environ.get("NO_COLOR")
    return run_explain(parsed.values["code"], _configured_lang(parsed), color)


def _run_init(parsed: Parsed, lang: str) -> int:
    from effektkedja.commands.init import run_init

    return run_init(parsed.values["file"], _configured_lang(parsed))


RUNNERS: dict[str, Callable[[Parsed, str], int]] = {
    "check": _run_check,
    "report": _run_report,
    "convert": _run_convert,
    "diff": _run_diff,
    "schema": _run_schema,
    "rules": _run_rules,
    "explain": _run_explain,
    "init": _run_init,
}


def run() -> None:
    """The ``effektkedja`` command: :func:`main` inside the process's life cycle.

    :func:`effektkedja.lifecycle.run` adds what only a real process needs: SIGTERM
    and SIGHUP stop a run like Ctrl-C, a standard output that fails gives one line
    and exit 2, and the exit code is decided after the output is flushed.
    """
    from effektkedja.lifecycle import run as run_process

    args = sys.argv[1:]
    run_process(lambda: main(args), help_language(args))
