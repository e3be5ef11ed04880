"""Running git to read a plan's history, so that a hostile repository can run nothing.

``effektkedja diff REV:PATH`` reads from whatever repository holds the current
folder, and a repository's own ``.git/config`` is written by whoever made it.
Read-only plumbing (``rev-parse``, ``cat-file blob``) still consults a few
settings that run programs. Each is switched off here for every call, with
configuration on git's command line (which beats the repository's) or with
environment variables that override configuration:

- ``core.fsmonitor``: a hook git runs when it reads the index (``:PATH`` reads
  the staged version); set to false.
- ``core.hooksPath``: no hook of any kind (``/dev/null``); ``GIT_OPTIONAL_LOCKS=0``
  keeps read-only commands from refreshing and writing the index at all.
- A partial clone fetches a missing object on demand ("lazy fetch") from a remote
  whose URL and transport the repository chooses (``ext::`` runs a command, and
  ``protocol.ext.allow`` in the repository's config beats ``protocol.allow`` on
  the command line). ``GIT_ALLOW_PROTOCOL`` set to the empty list forbids every
  transport whatever the configuration says, and ``GIT_NO_LAZY_FETCH=1`` (git
  2.39.4, 2.45.1 and later) turns the fetch off. So ``core.sshCommand``,
  ``core.gitProxy``, ``credential.helper`` and ``remote.*.uploadpack`` never run.
- No pager (``--no-pager``, ``GIT_PAGER=cat``), no prompt (``GIT_TERMINAL_PROMPT=0``),
  no external diff (``GIT_EXTERNAL_DIFF`` removed). ``cat-file blob`` gives the
  stored bytes: no textconv, no clean/smudge filter, no diff driver.
- No automatic housekeeping (``gc.auto=0``, ``maintenance.auto=false``), whose
  ``pre-auto-gc`` hook would run.

Settings that only the user or the administrator can make (the environment, the
global and system configuration) are trusted and left alone: the system
configuration may hold the ``safe.directory`` entries that let git read a
repository at all. git's output is read with the same bound as a plan file.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from effektkedja.reading import read_stream_limited

#: ``-c`` settings for every call: configuration on the command line beats the repository's.
SAFE_CONFIG = (
    "core.fsmonitor=false",
    "core.useBuiltinFSMonitor=false",
    "core.hooksPath=/dev/null",
    "protocol.allow=never",
    "gc.auto=0",
    "maintenance.auto=false",
)

#: Environment for every call; these override whatever the repository configures.
SAFE_ENVIRONMENT = {
    "GIT_ALLOW_PROTOCOL": "",  # set and empty: no transport at all, whatever the config says
    "GIT_NO_LAZY_FETCH": "1",
    "GIT_OPTIONAL_LOCKS": "0",
    "GIT_TERMINAL_PROMPT": "0",
    "GIT_PAGER": "cat",
    "PAGER": "cat",
}

#: How much of git's error output is kept for a message.
STDERR_BYTES = 4096


def git_command(args: list[str]) -> list[str]:
    """The full command line for ``git ARGS`` with every setting above."""
    command = ["git", "--no-pager"]
    for setting in SAFE_CONFIG:
        command += ["-c", setting]
    return [*command, *args]


def git_environment() -> dict[str, str]:
    """The caller's environment with the overrides above and no external diff."""
    environment = {k: v for k, v in os.environ.items() if k != "GIT_EXTERNAL_DIFF"}
    environment.update(SAFE_ENVIRONMENT)
    return environment


def run_git(args: list[str], cwd: Path, limit: int) -> subprocess.CompletedProcess[bytes]:
    """Run ``git ARGS`` in ``cwd`` safely; at most ``limit`` bytes of output are read.

    More output than that stops git and raises :class:`~effektkedja.reading.TooLarge`.
    ``FileNotFoundError`` when git is not installed, ``OSError`` when it cannot run.
    """
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            git_command(args),
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=errors,  # a file, not a pipe: git cannot block on it while we read
            env=git_environment(),
        )
        assert process.stdout is not None
        try:
            with process.stdout:
                output = read_stream_limited(process.stdout, limit)
        except BaseException:  # too much output, or interrupted: stop git too
            process.kill()
            process.wait()
            raise
        code = process.wait()
        errors.seek(0)
        return subprocess.CompletedProcess(process.args, code, output, errors.read(STDERR_BYTES))
