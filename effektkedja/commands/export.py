"""``effektkedja report PATH... --format csv``: every indicator value as tidy CSV.

Like the Markdown report, the export is written whatever the plans contain
(exit 0; use ``check`` to gate CI). A plan that cannot be read has no values:
it is named on stderr, not silently dropped. ``-o`` writes atomically and never
over a plan that was read.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from effektkedja.commands import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, fail

if TYPE_CHECKING:  # the engine loads the model: not needed to start the command line
    from effektkedja.engine import PlanResult


def _noting_unreadable(
    results: Iterable[PlanResult], lang: str, unread: list[str]
) -> Iterator[PlanResult]:
    from effektkedja.messages.diff_texts import text
    from effektkedja.sanitize import for_terminal

    for result in results:
        if not result.valid:
            unread.append(result.path)
            message = for_terminal(text("export.skipped", lang, path=result.path))
            sys.stderr.write(f"effektkedja: {message}\n")
        yield result


def write_stdout(text: str | bytes) -> None:
    """Write ``text`` to stdout as UTF-8 bytes, line ends untouched (CRLF stays CRLF)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text if isinstance(text, str) else text.decode("latin-1"))
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8") if isinstance(text, str) else text)
    buffer.flush()


def values_workbook_of(results: Iterable[PlanResult], lang: str) -> bytes:
    """The tidy values table as a workbook: number cells, ISO date cells, frozen header."""
    from effektkedja.export import HEADER, value_rows
    from effektkedja.workbook.writer import values_workbook

    return values_workbook(list(HEADER), [list(row.fields()) for row in value_rows(results)], lang)


def run_export(
    paths: list[str],
    output: str | None = None,
    dialect: str = "excel-sv",
    today: date | None = None,
    lang: str | None = None,
    config: str | None = None,
    workbook: bool = False,
    jobs: int | None = None,
) -> int:
    """Check the plans and write their indicator values as CSV (see :mod:`effektkedja.export`).

    With ``workbook`` the same table is written as an Excel workbook (``.xlsx``)
    with number and date cells; it is binary, so ``-o`` is required unless stdout
    is not a terminal.

    ``dialect`` is ``excel-sv`` (default) or ``standard``; ``output`` a file
    (written atomically, never one of the plans) or None for stdout. The
    configuration file is honoured as for ``report`` (``exclude``, ``lang``,
    ``today``). Returns 0; 1 when a plan could not be read (as ``check`` does; the
    values of the others are still written); 2 for a usage error.
    """
    from effektkedja.commands.check import CheckRequest, settings
    from effektkedja.engine import PathError, check_paths, discover
    from effektkedja.export import DIALECTS, export_csv
    from effektkedja.messages.diff_texts import text
    from effektkedja.output import OutputError, check_target, write_atomic

    merged = settings(CheckRequest(paths=paths, lang=lang, today=today, config=config))
    lang = merged.lang
    if dialect not in DIALECTS:
        prefix = "fel" if lang == "sv" else "error"
        message = text("export.err.bad_dialect", lang, value=dialect)
        sys.stderr.write(f"effektkedja: {prefix}: {message}\n")
        return EXIT_USAGE
    try:
        files = discover(paths, merged.excluded)
    except PathError as exc:
        return fail(exc.key, lang, path=exc.path).code
    target = Path(output) if output else None
    try:
        if target is not None:
            check_target(target, files)  # refuse before doing any work
        if workbook and target is None and sys.stdout.isatty():
            return fail("err.binary_to_terminal", lang, format="xlsx").code
        results = check_paths(files, merged.options, jobs=jobs)
        unread: list[str] = []
        checked = _noting_unreadable(results, lang, unread)
        content = values_workbook_of(checked, lang) if workbook else export_csv(checked, dialect)
        if target is None:
            write_stdout(content)
        else:
            write_atomic(target, content, files)
    except OutputError as exc:
        return fail(exc.key, lang, path=exc.path, detail=exc.detail).code
    return EXIT_FINDINGS if unread else EXIT_OK
