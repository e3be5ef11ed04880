"""``effektkedja diff OLD NEW``: what changed between two versions of a plan; exit 0, 1 or 2."""

from __future__ import annotations

import sys
from datetime import date

from effektkedja.commands import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE

FORMATS = ("text", "markdown", "json")
LANGUAGES = ("sv", "en")


def _usage_error(key: str, lang: str, **args: object) -> int:
    from effektkedja.messages.diff_texts import text
    from effektkedja.sanitize import for_terminal

    prefix = "fel" if lang == "sv" else "error"
    sys.stderr.write(f"effektkedja: {prefix}: {for_terminal(text(key, lang, **args))}\n")
    return EXIT_USAGE


def run_diff(
    old: str,
    new: str,
    output_format: str = "text",
    lang: str = "sv",
    today: date | None = None,
    fail_on_regression: bool = False,
) -> int:
    """Compare two versions of a plan and write the change to stdout.

    ``old`` and ``new`` are paths or ``REV:PATH`` (read from git, see
    :func:`effektkedja.diff.read_revision`). Both are checked with default options
    and ``today`` (default: the real date), so date rules judge both alike.
    Returns 0; 2 for a usage error (unknown format or language, a version that
    cannot be read); with ``fail_on_regression``, 1 when a level moved down the
    chain or a new error-severity finding appeared.
    """
    if lang not in LANGUAGES:
        return _usage_error("diff.err.bad_language", "sv", value=lang)
    if output_format not in FORMATS:
        return _usage_error("diff.err.bad_format", lang, value=output_format)

    from effektkedja.diff import RevisionError, diff_plans, read_revision
    from effektkedja.engine import CheckOptions, check_bytes
    from effektkedja.render.diff import RENDERERS

    try:
        old_raw, old_name = read_revision(old)
        new_raw, new_name = read_revision(new)
    except RevisionError as exc:
        return _usage_error(exc.key, lang, **exc.details)
    options = CheckOptions(today=today or date.today())
    change = diff_plans(
        check_bytes(old_raw, old_name, options), check_bytes(new_raw, new_name, options)
    )
    from effektkedja.sanitize import for_log, json_for_log

    safe = {"text": for_log, "json": json_for_log}.get(output_format, str)
    sys.stdout.write(safe(RENDERERS[output_format](change, lang)))
    return EXIT_FINDINGS if fail_on_regression and change.regressed else EXIT_OK
