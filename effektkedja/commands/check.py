"""``effektkedja check``: check plans and report findings; exit 0, 1 or 2."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import date
from importlib import import_module

from effektkedja.commands import EXIT_FINDINGS, EXIT_OK, fail
from effektkedja.domain import Severity
from effektkedja.engine import PlanResult

#: Machine formats: each module has ``render(results, summary, lang) -> str``.
RENDERERS = {
    "json": "effektkedja.render.json",
    "github": "effektkedja.render.github",
    "sarif": "effektkedja.render.sarif",
    "gitlab": "effektkedja.render.gitlab",
}
FORMATS = ("text", *RENDERERS)
FAIL_ON = ("error", "warning", "info", "never")


@dataclass(frozen=True, slots=True)
class CheckRequest:
    """What the user asked ``check`` for, as parsed from the command line."""

    paths: list[str]
    output_format: str = "text"
    fail_on: str = "error"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    today: date | None = None
    lang: str = "sv"
    verbose: bool = False
    color: bool = True


def parse_today(value: str | None, lang: str) -> date | None:
    """``--today YYYY-MM-DD`` as a date (exit 2 on anything else)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise fail("err.bad_date", lang, value=value) from None


def parse_codes(values: list[str], lang: str) -> tuple[str, ...]:
    """Comma-separated or repeated rule codes/prefixes; each must name at least one rule."""
    from effektkedja.model import suggest
    from effektkedja.rules import RULES, matches

    codes = tuple(
        part.strip().upper() for value in values for part in value.split(",") if part.strip()
    )
    for code in codes:
        if not any(matches(rule, (code,)) for rule in RULES):
            raise fail("err.bad_code", lang, value=code, suggestion=suggest(code, list(RULES)))
    return codes


def run_check(request: CheckRequest) -> int:
    """Check the plans, write the chosen format to stdout, return the exit code."""
    from effektkedja.engine import CheckOptions, PathError, Summary, check_paths, discover

    lang = request.lang
    options = CheckOptions(
        today=request.today or date.today(), select=request.select, ignore=request.ignore
    )
    try:
        files = discover(request.paths)
    except PathError as exc:
        raise fail(exc.key, lang, path=exc.path) from None

    summary = Summary()
    results: list[PlanResult] = []
    if request.output_format == "text":
        from effektkedja.render.text import TextReport, make_console

        color = request.color and not os.environ.get("NO_COLOR")
        report = TextReport(make_console(color=color), lang, request.verbose)
        for result in check_paths(files, options):
            summary.add(result)
            report.plan(result)
            results.append(result)
        report.summary(summary)
    else:
        renderer = import_module(RENDERERS[request.output_format])
        for result in check_paths(files, options):
            summary.add(result)
            results.append(result)
        sys.stdout.write(renderer.render(results, summary, lang))
    return exit_code(results, request.fail_on)


def exit_code(results: list[PlanResult], fail_on: str) -> int:
    """1 when a counted finding is at or above ``fail_on``, else 0."""
    if fail_on == "never":
        return EXIT_OK
    threshold = Severity(fail_on).weight
    for result in results:
        for finding in result.findings:
            if not finding.accepted and finding.severity.weight >= threshold:
                return EXIT_FINDINGS
    return EXIT_OK
