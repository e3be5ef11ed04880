"""``effektkedja schema``: the plan format's JSON Schema, for editors and validators."""

from __future__ import annotations

import sys
from pathlib import Path

from effektkedja.commands import EXIT_OK, fail


def run_schema(lang: str, output: str | None) -> int:
    """Write the schema to stdout, or atomically to ``output``."""
    from effektkedja.output import OutputError, write_atomic
    from effektkedja.schema import render_schema

    text = render_schema(lang)
    if output is None:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        write_atomic(Path(output), text)
    except OutputError as exc:
        raise fail(exc.key, lang, path=exc.path, detail=exc.detail) from None
    return EXIT_OK
