"""How a run of the command ends: signals, a standard output that fails, exit codes.

:func:`run` is the whole life of the ``effektkedja`` process around the command:

- Ctrl-C (SIGINT) ends the run with exit 130, SIGTERM with 143 and SIGHUP with
  129 (128 plus the signal's number), each with one line on stderr and no
  traceback. SIGTERM and SIGHUP are raised as :class:`Terminated`, which unwinds
  like Ctrl-C: worker processes are stopped (:mod:`effektkedja.workers`) and a
  half-written output file is removed (:mod:`effektkedja.output`).
- A standard output that cannot be written (``> /dev/full``, a full disk, an I/O
  error) gives one line on stderr and exit 2; a reader that went away (``| head``)
  ends the run quietly with exit 1, as click does.
- Output still buffered is flushed before the exit code is decided, so a failure
  is never left to the interpreter's shutdown (where it would print a traceback).
- Once the command has finished, late signals are ignored: the run is complete,
  and an interrupt during interpreter shutdown must not turn it into a traceback.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import sys
from collections.abc import Callable
from typing import NoReturn

from effektkedja.commands import EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE
from effektkedja.messages import Message, os_reason, render
from effektkedja.sanitize import for_terminal

#: The signals that stop a run like Ctrl-C does (SIGHUP: the terminal went away).
STOPPING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))
#: Exit code when the reader of standard output went away (click's choice).
EXIT_BROKEN_PIPE = 1


class Terminated(BaseException):
    """The process was asked to stop (SIGTERM, SIGHUP); unwinds like KeyboardInterrupt.

    A BaseException, so that no ``except Exception`` (nor typer's handling of
    Ctrl-C) swallows it on the way out.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name


def _terminate(signum: int, frame: object) -> None:
    # Raised once: a second SIGTERM while cleaning up must not cut the cleanup short.
    for stopping in STOPPING:
        signal.signal(stopping, signal.SIG_IGN)
    raise Terminated(signum)


def install_signal_handlers() -> None:
    """Turn SIGTERM and SIGHUP into :class:`Terminated` in this (the main) process."""
    for stopping in STOPPING:
        signal.signal(stopping, _terminate)


def _say(key: str, lang: str, error: bool = True, **args: object) -> None:
    prefix = ("fel: " if lang == "sv" else "error: ") if error else ""
    with contextlib.suppress(OSError):  # stderr may be as broken as stdout
        sys.stderr.write(f"effektkedja: {prefix}{for_terminal(render(key, args, lang))}\n")
        sys.stderr.flush()


def _silence_stdout() -> None:
    """Point file descriptor 1 at /dev/null, so that what is still buffered goes nowhere
    quietly instead of failing again when the interpreter flushes at exit."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _output_failed(exc: OSError, lang: str) -> int:
    """The exit code after writing the output failed; one line on stderr says why."""
    if exc.errno == errno.EPIPE:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    _say("err.stdout_failed", lang, detail=os_reason(exc))
    _silence_stdout()
    return EXIT_USAGE


def _unhandled(exc: OSError, lang: str) -> int:
    """An OSError no command handled: one line and exit 2, never a traceback.

    An error about a file names it (``filename``); one without a name comes from
    writing a stream, which is standard output (``> /dev/full``).
    """
    if exc.filename is None:
        return _output_failed(exc, lang)
    reason = Message("os.on_file", {"path": str(exc.filename), "reason": os_reason(exc)})
    _say("err.os_error", lang, detail=reason)
    return EXIT_USAGE


def _flush_stdout(code: int | str | None, lang: str) -> int | str | None:
    """Flush what the command wrote; a failure decides the exit code."""
    try:
        sys.stdout.flush()
    except OSError as exc:
        return _output_failed(exc, lang)
    return code


def run(command: Callable[[], object], lang: str) -> NoReturn:
    """Run ``command`` (the command line) and exit as described above.

    ``command`` returns the exit code (or raises SystemExit with it).
    """
    install_signal_handlers()
    code: int | str | None = EXIT_OK
    try:
        try:
            returned = command()
            if isinstance(returned, int):
                code = returned
        except SystemExit as exc:
            code = exc.code
        except OSError as exc:
            code = _unhandled(exc, lang)
        code = _flush_stdout(code, lang)
    except KeyboardInterrupt:
        _say("err.interrupted", lang, error=False)
        code = EXIT_INTERRUPTED
    except Terminated as exc:
        _say("err.terminated", lang, error=False, signal=exc.name)
        code = exc.exit_code
    for late in (signal.SIGINT, *STOPPING):
        signal.signal(late, signal.SIG_IGN)
    workers = sys.modules.get("effektkedja.workers")
    if workers is not None and workers.abandoned():
        _exit_now(code)
    sys.exit(code)


def _exit_now(code: int | str | None) -> NoReturn:
    """Exit without waiting for threads of worker pools that were stopped early.

    Everything worth keeping is done by now: output flushed here, temporary files
    removed while the interruption unwound, workers terminated.
    """
    if isinstance(code, str):
        _say("err.os_error", "en", error=False, detail=code)
        code = 1
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code or 0)
