"""The command line as data: every command, argument and option, with its help in sv and en.

One declaration serves the parser (:mod:`effektkedja.cli.parse`), the help text
(:mod:`effektkedja.cli.help`) and shell completion (:mod:`effektkedja.cli.complete`).
"""

from __future__ import annotations

from dataclasses import dataclass

FORMATS_CHECK = ("text", "json", "github", "sarif", "gitlab")
FORMATS_REPORT = ("markdown", "html", "docx", "csv", "xlsx")
FORMATS_DIFF = ("text", "markdown", "json")
FORMATS_RULES = ("text", "markdown", "json")
FAIL_ON = ("error", "warning", "info", "never")
LANGS = ("sv", "en")
DIALECTS = ("excel-sv", "standard")


@dataclass(frozen=True, slots=True)
class Opt:
    """An option. ``kind``: ``flag`` (no value), ``value``, ``list`` (repeatable), or
    ``bool`` (``--x`` / ``--no-x``). ``metavar`` and ``help`` are keys of :data:`TEXTS`."""

    dest: str
    names: tuple[str, ...]
    kind: str = "value"
    help: str = ""
    metavar: str = ""
    choices: tuple[str, ...] = ()
    default: str | None = None  # shown as "standard: …" ("" hides it)
    positive_int: bool = False


@dataclass(frozen=True, slots=True)
class Arg:
    dest: str
    metavar: str
    help: str
    many: bool = False
    default: str | None = None  # None: required


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    help: str
    args: tuple[Arg, ...] = ()
    opts: tuple[Opt, ...] = ()


LANG = Opt("lang", ("--lang",), help="lang", metavar="lang", choices=LANGS, default="sv")
CONFIG = Opt("config", ("--config",), help="config", metavar="path")
TODAY = Opt("today", ("--today",), help="today", metavar="date")
NO_COLOR = Opt("no_color", ("--no-color",), kind="flag", help="no_color")
JOBS = Opt("jobs", ("--jobs", "-j"), help="jobs", metavar="n", positive_int=True, default="auto")
PATHS = Arg("paths", "paths", "paths", many=True)

COMMANDS: tuple[Command, ...] = (
    Command(
        "check",
        "check",
        (PATHS,),
        (
            Opt("format", ("--format", "-f"), help="format", metavar="format",
                choices=FORMATS_CHECK, default="text"),
            Opt("fail_on", ("--fail-on",), help="fail_on", metavar="severity", choices=FAIL_ON,
                default="error"),
            Opt("select", ("--select",), kind="list", help="select", metavar="codes"),
            Opt("ignore", ("--ignore",), kind="list", help="ignore", metavar="codes"),
            TODAY,
            LANG,
            Opt("verbose", ("--verbose", "-v"), kind="flag", help="verbose"),
            NO_COLOR,
            CONFIG,
            JOBS,
        ),
    ),
    Command(
        "report",
        "report",
        (PATHS,),
        (
            Opt("format", ("--format", "-f"), help="report_format", metavar="format",
                choices=FORMATS_REPORT, default="markdown"),
            Opt("csv_dialect", ("--csv-dialect",), help="csv_dialect", metavar="dialect",
                choices=DIALECTS, default="excel-sv"),
            Opt("output", ("--output", "-o"), help="output", metavar="file"),
            Opt("template", ("--template",), help="template", metavar="file"),
            TODAY,
            LANG,
            CONFIG,
            Opt("portfolio", ("--portfolio",), kind="bool", help="portfolio", default="auto"),
            JOBS,
        ),
    ),
    Command(
        "convert",
        "convert",
        (Arg("source", "file", "convert_source"),),
        (
            Opt("output", ("--output", "-o"), help="convert_output", metavar="file"),
            Opt("force", ("--force",), kind="flag", help="force"),
            LANG,
        ),
    ),
    Command(
        "diff",
        "diff",
        (Arg("old", "old", "diff_old"), Arg("new", "new", "diff_new")),
        (
            Opt("format", ("--format", "-f"), help="format", metavar="format",
                choices=FORMATS_DIFF, default="text"),
            TODAY,
            LANG,
            Opt("fail_on_regression", ("--fail-on-regression",), kind="flag",
                help="fail_on_regression"),
        ),
    ),
    Command(
        "schema",
        "schema",
        (),
        (Opt("output", ("--output", "-o"), help="schema_output", metavar="file"), LANG),
    ),
    Command(
        "rules",
        "rules",
        (),
        (
            Opt("format", ("--format", "-f"), help="rules_format", metavar="format",
                choices=FORMATS_RULES, default="text"),
            LANG,
        ),
    ),
    Command("explain", "explain", (Arg("code", "code", "code"),), (LANG, NO_COLOR)),
    Command("init", "init", (Arg("file", "file", "init_file", default="plan.yaml"),), (LANG,)),
)  # fmt: skip

BY_NAME = {command.name: command for command in COMMANDS}
HELP_NAMES = ("-h", "--help")
VERSION_NAMES = ("--version",)
COMPLETION_NAMES = ("--install-completion", "--show-completion")


#: Every text of the command line itself, in both languages.
TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        # -- layout ----------------------------------------------------------------------
        "usage": "Användning",
        "commands_title": "Kommandon",
        "arguments_title": "Argument",
        "options_title": "Flaggor",
        "default": "Standard: {value}.",
        "choices": "{choices}",
        "more_help": "Hjälp om ett kommando: effektkedja KOMMANDO --help",
        "mv.command": "KOMMANDO",
        "mv.options": "FLAGGOR",
        "mv.paths": "SÖKVÄG...",
        "mv.path": "SÖKVÄG",
        "mv.file": "FIL",
        "mv.old": "GAMMAL",
        "mv.new": "NY",
        "mv.code": "KOD",
        "mv.date": "ÅÅÅÅ-MM-DD",
        "mv.codes": "KODER",
        "mv.n": "ANTAL",
        "mv.lang": "SPRÅK",
        "mv.format": "FORMAT",
        "mv.severity": "GRAD",
        "mv.dialect": "DIALEKT",
        "mv.shell": "SKAL",
        "auto": "automatiskt",
        # -- usage errors -------------------------------------------------------------------
        "err.prefix": "fel",
        "err.no_command": "ange ett kommando",
        "err.unknown_command": "okänt kommando ”{value}”",
        "err.unknown_option": "okänd flagga ”{value}”",
        "err.needs_value": "flaggan ”{option}” behöver ett värde ({metavar})",
        "err.no_value": "flaggan ”{option}” tar inget värde",
        "err.bad_choice": "”{value}” är inget giltigt värde för ”{option}”; välj {choices}",
        "err.bad_number": "”{option}” ska vara ett heltal som är minst 1, inte ”{value}”",
        "err.missing_argument": "argumentet {metavar} saknas",
        "err.extra_argument": "för många argument: ”{value}”",
        "err.see_help": "Hjälp: {command} --help",
        "or": "eller",
        # -- the program and its commands ----------------------------------------------------
        "app": "Granska planer för jämställdhetsintegrering mot effektkedjan "
        "(aktivitet → produkt → arbetssätt → utfall → samhällseffekt).",
        "version": "Visa versionen och avsluta.",
        "help": "Visa den här hjälpen och avsluta.",
        "install_completion": "Installera komplettering av kommandon och flaggor för skalet "
        "(bash, zsh, fish eller PowerShell).",
        "show_completion": "Visa kompletteringsskriptet för skalet, för att kopiera eller "
        "anpassa det.",
        "check": "Granska planfiler (YAML eller Excel) eller mappar med planer.",
        "paths": "Planfiler eller mappar; mappar söks igenom efter *.yaml, *.yml och *.xlsx. "
        "En namngiven rörledning (FIFO) som anges direkt, t.ex. <(cat plan.yaml), läses: "
        "kommandot väntar tills något skriver till den. I mappar hoppas rörledningar över.",
        "format": "Utdataformat: {choices}.",
        "fail_on": "Lägsta allvarlighetsgrad som ger slutkod 1: {choices}.",
        "select": "Granska bara dessa regelkoder eller prefix (t.ex. EK1,EK201); kan upprepas.",
        "ignore": "Hoppa över dessa regelkoder eller prefix; kan upprepas.",
        "today": "Dagens datum för regler om passerade datum (standard: i dag).",
        "lang": "Språk för all utdata: {choices}.",
        "verbose": "Visa steg, grund och skäl för varje insats, kedjorna som träd och "
        "parserns egna ord om fel i YAML.",
        "no_color": "Ingen färg (även miljövariabeln NO_COLOR).",
        "config": "Konfigurationsfil (standard: effektkedja.toml, .effektkedja.toml eller "
        "[tool.effektkedja] i pyproject.toml, närmast uppåt från aktuell mapp).",
        "jobs": "Antal processer som granskar filer samtidigt; utdata blir densamma. "
        "Automatiskt blir de fler än en bara när planerna är stora nog och en kärna är ledig.",
        "report": "Skriv en rapport om planerna för människor att läsa (Markdown, HTML, "
        "Word) eller värdena som tabell (CSV, Excel).",
        "report_format": "Rapportens format: {choices}.",
        "csv_dialect": "CSV-dialekt: excel-sv (BOM, semikolon, decimalkomma) eller standard "
        "(komma, decimalpunkt).",
        "output": "Skriv till FIL (atomiskt; aldrig över en plan) i stället för till standard ut.",
        "template": "Egen jinja2-mall för Markdown-rapporten (se docs/report-context.md).",
        "portfolio": "Portföljrapport (--portfolio) eller inte (--no-portfolio): en rad per "
        "organisation, delmål per organisation och de vanligaste fynden först. Standard: "
        "när rapporten gäller mer än en plan.",
        "convert": "Konvertera en plan mellan YAML och Excel (.xlsx), åt vilket håll som helst.",
        "convert_source": "Planen som ska konverteras (.yaml, .yml eller .xlsx).",
        "convert_output": "Filen som skrivs (krävs); formatet följer filändelsen.",
        "force": "Skriv över en befintlig fil (aldrig indatafilen).",
        "diff": "Visa vad som ändrats mellan två versioner av en plan (filer eller "
        "REV:SÖKVÄG ur git).",
        "diff_old": "Den gamla versionen: en fil eller REV:SÖKVÄG (t.ex. HEAD~1:plan.yaml).",
        "diff_new": "Den nya versionen: en fil eller REV:SÖKVÄG.",
        "fail_on_regression": "Slutkod 1 om en insats flyttat ner i kedjan eller ett nytt "
        "fel tillkommit.",
        "schema": "Skriv planformatets JSON Schema (för editorer och andra validerare).",
        "schema_output": "Skriv schemat till FIL i stället för till standard ut.",
        "rules": "Lista alla regler: kod, allvarlighetsgrad och vad de fångar.",
        "rules_format": "text (tabell), markdown (docs/rules.md) eller json.",
        "explain": "Visa dokumentationen för en regel: vad, varför, åtgärd och exempel.",
        "code": "Regelkod (t.ex. EK102) eller regelns engelska namn (t.ex. chain-stops-short).",
        "init": "Skriv en kommenterad startplan, som YAML eller som Excel (.xlsx); skriver "
        "aldrig över en fil.",
        "init_file": "Filen som ska skapas (standard: plan.yaml).",
    },
    "en": {
        "usage": "Usage",
        "commands_title": "Commands",
        "arguments_title": "Arguments",
        "options_title": "Options",
        "default": "Default: {value}.",
        "choices": "{choices}",
        "more_help": "Help on a command: effektkedja COMMAND --help",
        "mv.command": "COMMAND",
        "mv.options": "OPTIONS",
        "mv.paths": "PATH...",
        "mv.path": "PATH",
        "mv.file": "FILE",
        "mv.old": "OLD",
        "mv.new": "NEW",
        "mv.code": "CODE",
        "mv.date": "YYYY-MM-DD",
        "mv.codes": "CODES",
        "mv.n": "N",
        "mv.lang": "LANG",
        "mv.format": "FORMAT",
        "mv.severity": "SEVERITY",
        "mv.dialect": "DIALECT",
        "mv.shell": "SHELL",
        "auto": "automatic",
        "err.prefix": "error",
        "err.no_command": "give a command",
        "err.unknown_command": "unknown command “{value}”",
        "err.unknown_option": "unknown option “{value}”",
        "err.needs_value": "the option “{option}” needs a value ({metavar})",
        "err.no_value": "the option “{option}” takes no value",
        "err.bad_choice": "“{value}” is not a valid value for “{option}”; choose {choices}",
        "err.bad_number": "“{option}” must be a whole number of at least 1, not “{value}”",
        "err.missing_argument": "the argument {metavar} is missing",
        "err.extra_argument": "too many arguments: “{value}”",
        "err.see_help": "Help: {command} --help",
        "or": "or",
        "app": "Check gender-mainstreaming plans against the results chain "
        "(aktivitet → produkt → arbetssätt → utfall → samhällseffekt).",
        "version": "Show the version and exit.",
        "help": "Show this help and exit.",
        "install_completion": "Install completion of commands and options for the shell "
        "(bash, zsh, fish or PowerShell).",
        "show_completion": "Show the completion script for the shell, to copy or adapt it.",
        "check": "Check plan files (YAML or Excel) or folders of plans.",
        "paths": "Plan files or folders; folders are searched for *.yaml, *.yml and *.xlsx. "
        "A named pipe (FIFO) given directly, such as <(cat plan.yaml), is read: the command "
        "waits until something writes to it. Pipes found in folders are skipped.",
        "format": "Output format: {choices}.",
        "fail_on": "Lowest severity that gives exit code 1: {choices}.",
        "select": "Check only these rule codes or prefixes (e.g. EK1,EK201); may be repeated.",
        "ignore": "Skip these rule codes or prefixes; may be repeated.",
        "today": "Today's date for rules on passed dates (default: today).",
        "lang": "Language of all output: {choices}.",
        "verbose": "Show each initiative's level, basis and reasons, the chains as trees and "
        "the parser's own words on YAML errors.",
        "no_color": "No colour (also the NO_COLOR environment variable).",
        "config": "Configuration file (default: effektkedja.toml, .effektkedja.toml or "
        "[tool.effektkedja] in pyproject.toml, nearest upwards from the current folder).",
        "jobs": "Number of processes checking files at once; the output is the same. "
        "Automatically more than one only when the plans are large enough and a core is free.",
        "report": "Write a report on the plans for people to read (Markdown, HTML, Word) or "
        "the values as a table (CSV, Excel).",
        "report_format": "Format of the report: {choices}.",
        "csv_dialect": "CSV dialect: excel-sv (BOM, semicolon, decimal comma) or standard "
        "(comma, decimal point).",
        "output": "Write to FILE (atomically; never over a plan) instead of standard output.",
        "template": "Your own jinja2 template for the Markdown report (see "
        "docs/report-context.md).",
        "portfolio": "Portfolio report (--portfolio) or not (--no-portfolio): one row per "
        "organisation, sub-goals per organisation and the most common findings first. "
        "Default: when the report covers more than one plan.",
        "convert": "Convert a plan between YAML and Excel (.xlsx), either way.",
        "convert_source": "The plan to convert (.yaml, .yml or .xlsx).",
        "convert_output": "The file to write (required); the format follows its suffix.",
        "force": "Overwrite an existing file (never the input).",
        "diff": "Show what changed between two versions of a plan (files or REV:PATH from git).",
        "diff_old": "The old version: a file or REV:PATH (e.g. HEAD~1:plan.yaml).",
        "diff_new": "The new version: a file or REV:PATH.",
        "fail_on_regression": "Exit 1 when an initiative moved down the chain or a new error "
        "appeared.",
        "schema": "Write the plan format's JSON Schema (for editors and other validators).",
        "schema_output": "Write the schema to FILE instead of standard output.",
        "rules": "List all rules: code, name, severity and what they catch.",
        "rules_format": "text (table), markdown (docs/rules.md) or json.",
        "explain": "Show one rule's documentation: what, why, how to fix, example.",
        "code": "Rule code (e.g. EK102) or rule name (e.g. chain-stops-short).",
        "init": "Write a commented starter plan, as YAML or as Excel (.xlsx); never "
        "overwrites a file.",
        "init_file": "The file to create (default: plan.yaml).",
    },
}
