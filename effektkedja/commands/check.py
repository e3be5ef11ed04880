"""``effektkedja check``: check plans and report findings; exit 0, 1 or 2."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from importlib import import_module
from pathlib import Path

from effektkedja.commands import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    CommandExit,
    fail,
    without_cyclic_gc,
)
from effektkedja.domain import Severity
from effektkedja.engine import CheckOptions, PlanResult

#: Machine formats: each module has ``write(results, summary, lang, out, indent)``.
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
    """What the user asked ``check`` for, as parsed from the command line.

    ``None`` means "not given": the configuration file, then the default decides.
    """

    paths: list[str]
    output_format: str = "text"
    fail_on: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    today: date | None = None
    lang: str | None = None
    verbose: bool = False
    color: bool = True
    config: str | None = None  # --config PATH; else found by walking up from the cwd
    jobs: int | None = None  # worker processes; None: one per core when files are many


@dataclass(frozen=True, slots=True)
class Settings:
    """The command line merged over the configuration file over the defaults."""

    options: CheckOptions
    fail_on: str
    lang: str
    excluded: Callable[[Path], bool] | None


def settings(request: CheckRequest) -> Settings:
    """Merge: command line > configuration file > defaults. A bad config exits 2."""
    from effektkedja.config import ConfigError, excluded, find_config, load_config
    from effektkedja.messages import text

    lang = request.lang or "sv"
    try:
        path = Path(request.config) if request.config else find_config(Path.cwd())
        if request.config and not path.exists():  # type: ignore[union-attr]
            raise fail("err.missing_config", lang, path=request.config)
        config = load_config(path) if path is not None else None
    except ConfigError as exc:
        lang = request.lang or "sv"
        sys.stderr.write(
            f"effektkedja: {'fel' if lang == 'sv' else 'error'}: {text(exc.message, lang)}\n"
        )
        raise CommandExit(EXIT_USAGE) from None
    if config is None:
        options = CheckOptions(
            today=request.today or date.today(),
            select=request.select or (),
            ignore=request.ignore or (),
        )
        return Settings(options, request.fail_on or "error", lang, None)
    lang = request.lang or config.lang or "sv"
    select = request.select if request.select is not None else config.select
    ignore = request.ignore if request.ignore is not None else config.ignore
    user_cues = getattr(config, "cues", None)
    cues = None
    if user_cues:
        from effektkedja.cues import compile_cues

        cues = compile_cues(user_cues)
    options = CheckOptions(
        today=request.today or config.today or date.today(),
        select=select,
        ignore=(*ignore, *config.off),
        severities=dict(config.severity),
        cues=cues,
    )
    return Settings(
        options,
        request.fail_on or config.fail_on or "error",
        lang,
        (lambda candidate: excluded(candidate, config)) if config.exclude else None,
    )


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
    from effektkedja.rules import CODES, matches

    codes = tuple(
        part.strip().upper() for value in values for part in value.split(",") if part.strip()
    )
    for code in codes:
        if not any(matches(rule, (code,)) for rule in CODES):
            raise fail("err.bad_code", lang, value=code, suggestion=suggest(code, list(CODES)))
    return codes


def run_check(request: CheckRequest) -> int:
    """Check the plans, write the chosen format to stdout, return the exit code."""
    with without_cyclic_gc():
        return _check(request)


def _check(request: CheckRequest) -> int:
    from effektkedja.engine import PathError, Summary, check_paths, discover

    merged = settings(request)
    lang, options = merged.lang, merged.options
    try:
        files = discover(request.paths, merged.excluded)
    except PathError as exc:
        raise fail(exc.key, lang, path=exc.path) from None

    summary = Summary()
    failing = False
    if request.output_format == "text":
        from effektkedja.render.text import TextReport, make_console

        color = request.color and not os.environ.get("NO_COLOR")
        report = TextReport(make_console(color=color), lang, request.verbose)
        # Streamed: each file is reported and let go, so memory stays that of one file.
        for result in check_paths(files, options, request.jobs, models=False):
            summary.add(result)
            report.plan(result)
            failing = failing or fails(result, merged.fail_on)
        report.summary(summary)
    else:
        renderer = import_module(RENDERERS[request.output_format])
        failed: list[bool] = []

        def counted() -> Iterator[PlanResult]:
            # Each result is added to the totals and written, then let go.
            for result in check_paths(files, options, request.jobs, models=False):
                summary.add(result)
                failed.append(fails(result, merged.fail_on))
                yield result

        renderer.write(counted(), summary, lang, sys.stdout, _indent(files))
        failing = any(failed)
    return EXIT_FINDINGS if failing else EXIT_OK


#: Machine output for at most this many bytes of plans is indented for people to read;
#: beyond it, compact: the indenting JSON encoder is pure Python and costs seconds.
PRETTY_INPUT_BYTES = 2 * 2**20


def _indent(files: list[Path]) -> int | None:
    """2 for a run small enough to read, None (compact) for a large one."""
    total = 0
    for path in files:
        try:
            total += path.stat().st_size
        except OSError:
            continue
        if total > PRETTY_INPUT_BYTES:
            return None
    return 2


def fails(result: PlanResult, fail_on: str) -> bool:
    """True when ``result`` has a counted finding at or above ``fail_on``."""
    if fail_on == "never":
        return False
    threshold = Severity(fail_on).weight
    return any(
        not finding.accepted and finding.severity.weight >= threshold for finding in result.findings
    )
