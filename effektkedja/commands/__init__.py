"""What each command does once its options are parsed: one module per command.

Commands talk to the terminal and return exit codes; the core they call is pure.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from effektkedja.messages import render

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class CommandExit(Exception):
    """Stop the command with ``code`` (its message, if any, is already printed)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def fail(key: str, lang: str, **args: object) -> CommandExit:
    """Print a usage error in ``lang`` to stderr; raise the returned exit (code 2)."""
    from effektkedja.sanitize import for_terminal

    prefix = "fel" if lang == "sv" else "error"
    sys.stderr.write(f"effektkedja: {prefix}: {for_terminal(render(key, args, lang))}\n")
    return CommandExit(EXIT_USAGE)


@contextmanager
def without_cyclic_gc() -> Iterator[None]:
    """Run a check without the cyclic garbage collector, then restore it as it was.

    A check builds many short-lived objects and no reference cycles (node trees
    and models point downwards only), so the cyclic collector only costs time: it
    ran for about half of a check of many files. Reference counting still frees
    every file's data as soon as it has been reported.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
