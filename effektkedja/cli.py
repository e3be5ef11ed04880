"""The command line: declare commands and options, hand over to effektkedja.commands.

Nothing else lives here. Heavy modules (the model, rich, renderers) are imported
inside the commands so that ``--version`` and ``--help`` start fast. Help texts
follow ``--lang`` (read from the arguments before typer parses them).
"""

import os
import sys
from enum import Enum
from typing import Annotated

import typer

from effektkedja import __version__


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"
    gitlab = "gitlab"


class CatalogueFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"


class ReportFormat(str, Enum):
    markdown = "markdown"
    csv = "csv"


class CsvDialect(str, Enum):
    excel_sv = "excel-sv"
    standard = "standard"


class DiffFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"


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
        "paths": "Planfiler eller mappar (mappar söks igenom efter *.yaml och *.yml). En "
        "namngiven rörledning (FIFO) som anges direkt, t.ex. <(cat plan.yaml), läses: "
        "kommandot väntar tills något skriver till den. I mappar hoppas rörledningar över.",
        "format": "Utdataformat.",
        "fail_on": "Lägsta allvarlighetsgrad som ger slutkod 1.",
        "select": "Kontrollera bara dessa regelkoder eller prefix (t.ex. EK1,EK201).",
        "ignore": "Hoppa över dessa regelkoder eller prefix.",
        "today": "Dagens datum ÅÅÅÅ-MM-DD för regler om passerade datum (standard: i dag).",
        "lang": "Språk för meddelanden.",
        "verbose": "Visa nivå, grund och skäl för varje insats och kedjorna som träd.",
        "no_color": "Ingen färg (även miljövariabeln NO_COLOR).",
        "rules": "Lista alla regler: kod, namn, allvarlighetsgrad och vad de fångar.",
        "rules_format": "text (tabell), markdown (docs/rules.md) eller json.",
        "explain": "Visa dokumentationen för en regel: vad, varför, åtgärd och exempel.",
        "code": "Regelkod (t.ex. EK102) eller regelnamn (t.ex. chain-stops-short).",
        "init": "Skriv en kommenterad startplan (skriver aldrig över en fil).",
        "init_file": "Filen som ska skapas.",
        "report": "Skriv en rapport i Markdown om planerna (för delredovisning eller "
        "årsredovisning), med kedjan som diagram, indikatorer och råd.",
        "output": "Skriv rapporten till FILE (atomiskt; aldrig över en plan) i stället för "
        "till standard ut.",
        "template": "Egen jinja2-mall för rapporten (se docs/report-context.md).",
        "portfolio": "Portföljrapport: en rad per organisation, delmål per organisation och "
        "de vanligaste fynden först (standard: när rapporten gäller mer än en plan).",
        "report_format": "markdown (rapporten) eller csv (ett värde per rad, för Excel).",
        "csv_dialect": "excel-sv (BOM, semikolon, decimalkomma) eller standard (komma, "
        "decimalpunkt).",
        "diff": "Visa vad som ändrats mellan två versioner av en plan (filer eller "
        "REV:SÖKVÄG ur git).",
        "diff_old": "Den gamla versionen: en fil eller REV:SÖKVÄG (t.ex. HEAD~1:plan.yaml).",
        "diff_new": "Den nya versionen: en fil eller REV:SÖKVÄG.",
        "fail_on_regression": "Slutkod 1 om en insats flyttat ner i kedjan eller ett nytt "
        "fel tillkommit.",
        "schema": "Skriv planformatets JSON Schema (för editorer och andra validerare).",
        "schema_output": "Skriv schemat till FILE i stället för till standard ut.",
        "jobs": "Antal processer som granskar filer samtidigt (standard: en per kärna "
        "när filerna är många). Utdata blir densamma.",
        "config": "Konfigurationsfil (standard: effektkedja.toml, .effektkedja.toml eller "
        "[tool.effektkedja] i pyproject.toml, närmast uppåt från aktuell mapp).",
    },
    "en": {
        "app": "Check gender-mainstreaming plans against the results chain "
        "(aktivitet → produkt → arbetssätt → utfall → samhällseffekt).",
        "version": "Show the version and exit.",
        "check": "Check plan files (YAML) or folders of plans.",
        "paths": "Plan files or folders (folders are searched for *.yaml and *.yml). A named "
        "pipe (FIFO) given directly, such as <(cat plan.yaml), is read: the command waits "
        "until something writes to it. Pipes found in folders are skipped.",
        "format": "Output format.",
        "fail_on": "Lowest severity that gives exit code 1.",
        "select": "Check only these rule codes or prefixes (e.g. EK1,EK201).",
        "ignore": "Skip these rule codes or prefixes.",
        "today": "Today's date YYYY-MM-DD for rules on passed dates (default: today).",
        "lang": "Language of messages.",
        "verbose": "Show level, basis and reasons for each initiative, and the chains as trees.",
        "no_color": "No colour (also the NO_COLOR environment variable).",
        "rules": "List all rules: code, name, severity and what they catch.",
        "rules_format": "text (table), markdown (docs/rules.md) or json.",
        "explain": "Show one rule's documentation: what, why, how to fix, example.",
        "code": "Rule code (e.g. EK102) or rule name (e.g. chain-stops-short).",
        "init": "Write a commented starter plan (never overwrites a file).",
        "init_file": "The file to create.",
        "report": "Write a Markdown report on the plans (for interim or annual reports), "
        "with the chain as a diagram, indicators and advice.",
        "output": "Write the report to FILE (atomically; never over a plan) instead of "
        "standard output.",
        "template": "Your own jinja2 template for the report (see docs/report-context.md).",
        "portfolio": "Portfolio report: one row per organisation, sub-goals per organisation "
        "and the most common findings first (default: when the report covers more than one "
        "plan).",
        "report_format": "markdown (the report) or csv (one value per row, for Excel).",
        "csv_dialect": "excel-sv (BOM, semicolon, decimal comma) or standard (comma, "
        "decimal point).",
        "diff": "Show what changed between two versions of a plan (files or REV:PATH from git).",
        "diff_old": "The old version: a file or REV:PATH (e.g. HEAD~1:plan.yaml).",
        "diff_new": "The new version: a file or REV:PATH.",
        "fail_on_regression": "Exit 1 when an initiative moved down the chain or a new error "
        "appeared.",
        "schema": "Write the plan format's JSON Schema (for editors and other validators).",
        "schema_output": "Write the schema to FILE instead of standard output.",
        "jobs": "Number of processes checking files at once (default: one per core when "
        "there are many files). The output is the same.",
        "config": "Configuration file (default: effektkedja.toml, .effektkedja.toml or "
        "[tool.effektkedja] in pyproject.toml, nearest upwards from the current folder).",
    },
}


def _lang(language: Language | None) -> str:
    """The language asked for, else the one in the configuration file, else Swedish."""
    if language is not None:
        return language.value
    from effektkedja.config import ConfigError, find_config, load_config

    try:
        path = find_config()
        return (load_config(path).lang or "sv") if path is not None else "sv"
    except ConfigError:
        return "sv"


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
    LangOption = Annotated[
        Language | None, typer.Option("--lang", help=h["lang"], show_default="sv")
    ]
    ConfigOption = Annotated[str | None, typer.Option("--config", metavar="PATH", help=h["config"])]
    NoColorOption = Annotated[bool, typer.Option("--no-color", help=h["no_color"])]

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
        fail_on: Annotated[
            FailOn | None, typer.Option("--fail-on", help=h["fail_on"], show_default="error")
        ] = None,
        select: Annotated[list[str] | None, typer.Option("--select", help=h["select"])] = None,
        ignore: Annotated[list[str] | None, typer.Option("--ignore", help=h["ignore"])] = None,
        today: Annotated[
            str | None, typer.Option("--today", metavar="YYYY-MM-DD", help=h["today"])
        ] = None,
        language: LangOption = None,
        verbose: Annotated[bool, typer.Option("--verbose", "-v", help=h["verbose"])] = False,
        no_color: NoColorOption = False,
        config: ConfigOption = None,
        jobs: Annotated[
            int | None,
            typer.Option("--jobs", "-j", min=1, help=h["jobs"], show_default="auto"),
        ] = None,
    ) -> None:
        from effektkedja.commands.check import CheckRequest, parse_codes, parse_today, run_check

        lang = language.value if language else _help_language(sys.argv[1:])
        request = CheckRequest(
            paths=paths,
            output_format=output_format.value,
            fail_on=fail_on.value if fail_on else None,
            select=parse_codes(select, lang) if select is not None else None,
            ignore=parse_codes(ignore, lang) if ignore is not None else None,
            today=parse_today(today, lang),
            lang=language.value if language else None,
            verbose=verbose,
            color=not no_color,
            config=config,
            jobs=jobs,
        )
        raise typer.Exit(run_check(request))

    @app.command(help=h["report"])
    def report(
        paths: Annotated[list[str], typer.Argument(metavar="PATH...", help=h["paths"])],
        report_format: Annotated[
            ReportFormat, typer.Option("--format", "-f", help=h["report_format"])
        ] = ReportFormat.markdown,
        csv_dialect: Annotated[
            CsvDialect, typer.Option("--csv-dialect", help=h["csv_dialect"])
        ] = CsvDialect.excel_sv,
        output: Annotated[
            str | None, typer.Option("--output", "-o", metavar="FILE", help=h["output"])
        ] = None,
        template: Annotated[
            str | None, typer.Option("--template", metavar="FILE", help=h["template"])
        ] = None,
        today: Annotated[
            str | None, typer.Option("--today", metavar="YYYY-MM-DD", help=h["today"])
        ] = None,
        language: LangOption = None,
        config: ConfigOption = None,
        portfolio: Annotated[
            bool | None,
            typer.Option("--portfolio/--no-portfolio", help=h["portfolio"], show_default="auto"),
        ] = None,
    ) -> None:
        from effektkedja.commands.check import parse_today

        lang = language.value if language else _help_language(sys.argv[1:])
        if report_format is ReportFormat.csv:
            from effektkedja.commands.export import run_export

            raise typer.Exit(
                run_export(
                    paths,
                    output,
                    csv_dialect.value,
                    parse_today(today, lang),
                    language.value if language else None,
                    config,
                )
            )
        from effektkedja.commands.report import ReportRequest, run_report

        request = ReportRequest(
            paths=paths,
            output=output,
            template=template,
            lang=language.value if language else None,
            today=parse_today(today, lang),
            config=config,
            portfolio=portfolio,
        )
        raise typer.Exit(run_report(request))

    @app.command(help=h["diff"])
    def diff(
        old: Annotated[str, typer.Argument(metavar="OLD", help=h["diff_old"])],
        new: Annotated[str, typer.Argument(metavar="NEW", help=h["diff_new"])],
        output_format: Annotated[
            DiffFormat, typer.Option("--format", "-f", help=h["format"])
        ] = DiffFormat.text,
        today: Annotated[
            str | None, typer.Option("--today", metavar="YYYY-MM-DD", help=h["today"])
        ] = None,
        language: LangOption = None,
        fail_on_regression: Annotated[
            bool, typer.Option("--fail-on-regression", help=h["fail_on_regression"])
        ] = False,
    ) -> None:
        from effektkedja.commands.check import parse_today
        from effektkedja.commands.diff import run_diff

        lang = _lang(language)
        raise typer.Exit(
            run_diff(
                old, new, output_format.value, lang, parse_today(today, lang), fail_on_regression
            )
        )

    @app.command(help=h["schema"])
    def schema(
        output: Annotated[
            str | None, typer.Option("--output", "-o", metavar="FILE", help=h["schema_output"])
        ] = None,
        language: LangOption = None,
    ) -> None:
        from effektkedja.commands.schema import run_schema

        raise typer.Exit(run_schema(_lang(language), output))

    @app.command(help=h["rules"])
    def rules(
        output_format: Annotated[
            CatalogueFormat, typer.Option("--format", "-f", help=h["rules_format"])
        ] = CatalogueFormat.text,
        language: LangOption = None,
    ) -> None:
        from effektkedja.commands.rules import run_rules

        raise typer.Exit(run_rules(output_format.value, _lang(language)))

    @app.command(help=h["explain"])
    def explain(
        code: Annotated[str, typer.Argument(metavar="CODE", help=h["code"])],
        language: LangOption = None,
        no_color: NoColorOption = False,
    ) -> None:
        from effektkedja.commands.rules import run_explain

        color = not no_color and not os.environ.get("NO_COLOR")
        raise typer.Exit(run_explain(code, _lang(language), color))

    @app.command(help=h["init"])
    def init(
        file: Annotated[str, typer.Argument(metavar="FILE", help=h["init_file"])] = "plan.yaml",
        language: LangOption = None,
    ) -> None:
        from effektkedja.commands.init import run_init

        raise typer.Exit(run_init(file, _lang(language)))

    return app


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``effektkedja`` command and ``python -m effektkedja``."""
    args = sys.argv[1:] if argv is None else argv
    # pydantic looks for plugins among every installed distribution's entry points
    # when the first model is built, a quarter of a small check's start-up time.
    # This command uses none; a user who wants them can set the variable to "".
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    lang = _help_language(args)
    from effektkedja.lifecycle import run  # signals, a failing stdout, exit codes

    run(lambda: build_app(lang)(args=args, prog_name="effektkedja"), lang)
