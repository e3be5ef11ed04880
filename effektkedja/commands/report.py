"""``effektkedja report``: a report on plans, to stdout or atomically to a file.

Markdown and HTML are text; a Word document (``docx``) is binary, so, like the
values workbook (``xlsx``), it goes to standard output only when that is a file
or a pipe (``> rapport.docx``), never to a terminal: there ``-o FILE`` is asked
for instead.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from effektkedja.commands import EXIT_FINDINGS, EXIT_OK, fail, without_cyclic_gc


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """What the user asked ``report`` for."""

    paths: list[str]
    output: str | None = None
    template: str | None = None
    lang: str | None = None
    today: date | None = None
    config: str | None = None
    portfolio: bool | None = None  # None: a portfolio report when there is more than one plan
    output_format: str = "markdown"  # markdown | html | docx
    jobs: int | None = None  # worker processes; None: more only when it pays


def run_report(request: ReportRequest) -> int:
    """Check the plans and write the report; exit 0, or 2 for usage and template errors.

    A report is written whatever the plans contain; findings do not change the
    exit code (use ``check`` to gate CI), but a plan that could not be read as a
    valid plan (EK001/EK002) makes it 1, as in ``check``, while the report still
    says what went wrong. Nothing is written when the command itself fails, and
    the output may never be one of the plans read. Unless the request says, more
    than one plan file gives a portfolio report.
    """
    from effektkedja.commands.check import CheckRequest, settings
    from effektkedja.engine import PathError, Summary, check_paths, discover
    from effektkedja.output import OutputError, check_target, write_atomic
    from effektkedja.render.markdown import ReportTemplateError, render_report

    merged = settings(
        CheckRequest(
            paths=request.paths, lang=request.lang, today=request.today, config=request.config
        )
    )
    lang = merged.lang
    try:
        files = discover(request.paths, merged.excluded)
    except PathError as exc:
        raise fail(exc.key, lang, path=exc.path) from None
    target = Path(request.output) if request.output else None
    template = Path(request.template) if request.template else None
    if template is not None and not template.is_file():
        raise fail("err.missing_template", lang, path=request.template)
    if template is not None and request.output_format != "markdown":
        raise fail("err.template_markdown_only", lang)
    binary = request.output_format == "docx"
    if binary and target is None and sys.stdout.isatty():
        raise fail("err.binary_to_terminal", lang, format=request.output_format)
    try:
        if target is not None:
            check_target(target, files)  # refuse before doing any work
        with without_cyclic_gc():
            results = list(check_paths(files, merged.options, jobs=request.jobs))
        summary = Summary()
        for result in results:
            summary.add(result)
        portfolio = request.portfolio if request.portfolio is not None else len(files) > 1
        today = merged.options.today
        text: str | bytes
        if request.output_format == "html":
            from effektkedja.render.html import render_html

            text = render_html(results, summary, lang, today, portfolio=portfolio)
        elif binary:
            from effektkedja.render.docx import render_docx

            text = render_docx(results, summary, lang, today, portfolio=portfolio)
        else:
            text = render_report(results, summary, lang, today, template, portfolio=portfolio)
        if target is not None:
            write_atomic(target, text, files)
        elif isinstance(text, bytes):
            from effektkedja.commands.export import write_stdout

            write_stdout(text)
        else:
            sys.stdout.write(text)
    except ReportTemplateError as exc:
        where = f"{exc.path}:{exc.line}" if exc.line is not None else exc.path
        raise fail("err.template", lang, where=where, detail=exc.detail) from None
    except OutputError as exc:
        raise fail(exc.key, lang, path=exc.path, detail=exc.detail) from None
    return EXIT_OK if all(result.valid for result in results) else EXIT_FINDINGS
