"""What each command does once its options are parsed: one module per command.

Commands talk to the terminal and return exit codes; the core they call is pure.
"""

from __future__ import annotations

import sys

import typer

from effektkedja.messages import render

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def fail(key: str, lang: str, **args: object) -> typer.Exit:
    """Print a usage error in ``lang`` to stderr; raise the returned Exit (code 2)."""
    from effektkedja.sanitize import for_terminal

    prefix = "fel" if lang == "sv" else "error"
    sys.stderr.write(f"effektkedja: {prefix}: {for_terminal(render(key, args, lang))}\n")
    return typer.Exit(EXIT_USAGE)
