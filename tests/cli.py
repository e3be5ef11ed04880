"""Running the command line in-process, as a subprocess would see it.

:func:`invoke` calls :func:`effektkedja.cli.main` with the arguments, in a given
folder and environment, with stdout and stderr captured as UTF-8 bytes (so that
what a command writes to ``sys.stdout.buffer`` is captured too), and restores
everything afterwards. It is some 50 times faster than starting Python; tests
that are about the process itself (the console script, signals, exit on a
closed pipe, terminals) start a real one instead.
"""

from __future__ import annotations

import io
import os
import signal
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from effektkedja.cli import main


def ctrl_c_as_at_a_terminal() -> None:
    """``preexec_fn`` for a started command: Ctrl-C's default action, as at a terminal.

    A shell without job control starts background commands (``pytest ... &``)
    with SIGINT ignored, children inherit that, and Python then keeps ignoring it:
    the command would never see the interrupt a test sends.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@dataclass(frozen=True, slots=True)
class Result:
    """What a process would have given: exit code, stdout and stderr as text."""

    returncode: int
    stdout: str
    stderr: str


def invoke(
    *args: str | Path,
    cwd: Path | str | None = None,
    env: Mapping[str, str] | None = None,
) -> Result:
    """Run ``effektkedja ARGS`` in-process; ``env`` replaces the environment while it runs."""
    saved_env = dict(os.environ)
    saved_cwd = os.getcwd()
    saved_out, saved_err = sys.stdout, sys.stderr
    out, err = io.BytesIO(), io.BytesIO()
    sys.stdout = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    sys.stderr = io.TextIOWrapper(err, encoding="utf-8", newline="", write_through=True)
    try:
        if env is not None:
            os.environ.clear()
            os.environ.update(env)
        if cwd is not None:
            os.chdir(cwd)
        try:
            code = main([str(arg) for arg in args])
        except SystemExit as exc:  # a command that exits on its own
            code = exc.code if isinstance(exc.code, int) else 1
        sys.stdout.flush()
        sys.stderr.flush()
        stdout = out.getvalue().decode("utf-8").replace("\r\n", "\n")
        stderr = err.getvalue().decode("utf-8").replace("\r\n", "\n")
    finally:
        sys.stdout, sys.stderr = saved_out, saved_err
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
    return Result(code, stdout, stderr)
