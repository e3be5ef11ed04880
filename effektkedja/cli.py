"""The command line: parse options, run the core, pick a renderer, decide the exit code.

Nothing else lives here. Heavy modules (the model, rich, renderers) are imported
inside the commands so that ``--version`` and ``--help`` start fast.
"""

import os
import sys
from enum import Enum
from typing import Annotated

import typer

from effektkedja import __version__
from effektkedja.messages import render

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"
    gitlab = "gitlab"


#: Machine formats: each module has ``render(results, summary, lang) -> str``.
RENDERERS = {
    OutputFormat.json: "effektkedja.render.json",
    OutputFormat.github: "effektkedja.render.github",
    OutputFormat.sarif: "effektkedja.render.sarif",
    OutputFormat.gitlab: "effektkedja.render.gitlab",
}


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


class Language(str, Enum):
    sv = "sv"
    en = "en"


def _help_language(argv: list[str]) -> str:
    """The language for --help texts, read before typer parses (``--lang en``)."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return "en" if argv[index + 1] == "en" else "sv"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "sv"
    return "sv"


HELP = {
    "sv": {
        "app": "Granska jämställdhetsintegreringsplaner mot effektkedjan "
        "(aktivitet → produkt → arbetssätt → utfall → samhällseffekt).",
        "version": "Visa versionen och avsluta.",
        "check": "Granska planfiler (YAML) eller mappar med planer.",
        "paths": "Planfiler eller mappar (mappar söks igenom efter *.yaml och *.yml).",
        "format": "Utdataformat.",
        "fail_on": "Lägsta allvarlighetsgrad som ger slutkod 1.",
        "select": "Kontrollera bara dessa regelkoder eller prefix (t.ex. EK1,EK201).",
        "ignore": "Hoppa över dessa regelkoder eller prefix.",
        "today": "Dagens datum ÅÅÅÅ-MM-DD för regler om passerade datum (standard: i dag).",
        "lang": "Språk för meddelanden.",
        "verbose": "Visa nivå, grund och skäl för varje insats och kedjorna som träd.",
        "no_color": "Ingen färg (även miljövariabeln NO_COLOR).",
    },
    "en": {
        "app": "Check gender-mainstreaming plans against the results chain "
        "(aktivitet → produkt → arbetssätt → utfall → samhällseffekt).",
        "version": "Show the version and exit.",
        "check": "Check plan files (YAML) or folders of plans.",
        "paths": "Plan files or folders (folders are searched for *.yaml and *.yml).",
        "format": "Output format.",
        "fail_on": "Lowest severity that gives exit code 1.",
        "select": "Check only these rule codes or prefixes (e.g. EK1,EK201).",
        "ignore": "Skip these rule codes or prefixes.",
        "today": "Today's date YYYY-MM-DD for rules on passed dates (default: today).",
        "lang": "Language of messages.",
        "verbose": "Show level, basis and reasons for each initiative, and the chains as trees.",
        "no_color": "No colour (also the NO_COLOR environment variable).",
    },
}


def _fail(key: str, lang: str, **args: object) -> typer.Exit:
    prefix = "fel" if lang == "sv" else "error"
    typer.echo(f"effektkedja: {prefix}: {render(key, args, lang)}", err=True)
    return typer.Exit(EXIT_USAGE)


def _codes(values: list[str], lang: str) -> tuple[str, ...]:
    """Split comma-separated rule codes and check each names at least one rule."""
    from effektkedja.rules import RULES, matches

    codes = tuple(
        part.strip().upper() for value in values for part in value.split(",") if part.strip()
    )
    for code in codes:
        if not any(matches(rule, (code,)) for rule in RULES):
            from effektkedja.model import suggest

            raise _fail("err.bad_code", lang, value=code, suggestion=suggest(code, list(RULES)))
    return codes


def build_app(lang: str = "sv") -> typer.Typer:
    """The typer application with help texts in ``lang``."""
    h = HELP[lang]
    app = typer.Typer(
        name="effektkedja",
        help=h["app"],
        no_args_is_help=True,
        add_completion=True,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    def show_version(value: bool) -> None:
        if value:
            typer.echo(f"effektkedja {__version__}")
            raise typer.Exit()

    @app.callback()
    def root(
        version: Annotated[
            bool,
            typer.Option("--version", help=h["version"], callback=show_version, is_eager=True),
        ] = False,
    ) -> None:
        """Top-level options."""

    @app.command(help=h["check"])
    def check(
        paths: Annotated[list[str], typer.Argument(metavar="PATH...", help=h["paths"])],
        output_format: Annotated[
            OutputFormat, typer.Option("--format", "-f", help=h["format"])
        ] = OutputFormat.text,
        fail_on: Annotated[FailOn, typer.Option("--fail-on", help=h["fail_on"])] = FailOn.error,
        select: Annotated[list[str], typer.Option("--select", help=h["select"])] = [],  # noqa: B006
        ignore: Annotated[list[str], typer.Option("--ignore", help=h["ignore"])] = [],  # noqa: B006
        today: Annotated[
            str | None, typer.Option("--today", metavar="YYYY-MM-DD", help=h["today"])
        ] = None,
        language: Annotated[Language, typer.Option("--lang", help=h["lang"])] = Language.sv,
        verbose: Annotated[bool, typer.Option("--verbose", "-v", help=h["verbose"])] = False,
        no_color: Annotated[bool, typer.Option("--no-color", help=h["no_color"])] = False,
    ) -> None:
        lang = language.value
        run_check(paths, output_format, fail_on, select, ignore, today, lang, verbose, no_color)

    return app


def run_check(
    paths: list[str],
    output_format: OutputFormat,
    fail_on: FailOn,
    select: list[str],
    ignore: list[str],
    today: str | None,
    lang: str,
    verbose: bool,
    no_color: bool,
) -> None:
    """``effektkedja check``: exits 0, 1 (findings at or above --fail-on) or 2 (usage)."""
    from datetime import date

    from effektkedja.engine import CheckOptions, PathError, Summary, check_paths, discover

    if today is None:
        day = date.today()
    else:
        try:
            day = date.fromisoformat(today)
        except ValueError:
            raise _fail("err.bad_date", lang, value=today) from None
    options = CheckOptions(today=day, select=_codes(select, lang), ignore=_codes(ignore, lang))
    try:
        files = discover(paths)
    except PathError as exc:
        raise _fail(exc.key, lang, path=exc.path) from None

    summary = Summary()
    results = []
    if output_format is OutputFormat.text:
        from effektkedja.render.text import TextReport, make_console

        color = not no_color and not os.environ.get("NO_COLOR")
        report = TextReport(make_console(color=color), lang, verbose)
        for result in check_paths(files, options):
            summary.add(result)
            report.plan(result)
            results.append(result)
        report.summary(summary)
    else:
        from importlib import import_module

        renderer = import_module(RENDERERS[output_format])
        for result in check_paths(files, options):
            summary.add(result)
            results.append(result)
        sys.stdout.write(renderer.render(results, summary, lang))
    raise typer.Exit(_exit_code(results, fail_on))


def _exit_code(results: list, fail_on: FailOn) -> int:  # type: ignore[type-arg]
    if fail_on is FailOn.never:
        return EXIT_OK
    from effektkedja.domain import Severity

    threshold = Severity(fail_on.value).weight
    for result in results:
        for finding in result.findings:
            if not finding.accepted and finding.severity.weight >= threshold:
                return EXIT_FINDINGS
    return EXIT_OK


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``effektkedja`` command and ``python -m effektkedja``."""
    args = sys.argv[1:] if argv is None else argv
    lang = _help_language(args)
    try:
        build_app(lang)(args=args, prog_name="effektkedja")
    except KeyboardInterrupt:
        sys.stderr.write(f"\neffektkedja: {render('err.interrupted', {}, lang)}\n")
        sys.exit(EXIT_INTERRUPTED)
