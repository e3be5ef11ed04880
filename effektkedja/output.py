"""Writing output files safely: atomically, and never over a plan that was read.

A report written with ``-o`` appears whole or not at all: the text goes to a
temporary file in the same folder, is flushed to disk, and then renamed over
the target in one step. A target that is one of the inputs is refused, so no
command can ever overwrite a plan.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


class OutputError(Exception):
    """The output file cannot or must not be written; ``key`` names the message."""

    def __init__(self, key: str, path: str, detail: str = "") -> None:
        super().__init__(f"{key}: {path} {detail}".strip())
        self.key = key
        self.path = path
        self.detail = detail


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_target(target: Path, inputs: Iterable[Path]) -> None:
    """Refuse a target that is (or links to) one of the input files."""
    resolved = target.resolve()
    for source in inputs:
        if resolved == source.resolve() or _same_file(target, source):
            raise OutputError("err.output_is_input", str(target))
    if target.is_dir():
        raise OutputError("err.output_is_folder", str(target))


def write_atomic(target: Path, text: str | bytes, inputs: Iterable[Path] = ()) -> None:
    """Write ``text`` (UTF-8, or bytes) to ``target`` atomically, refusing to replace an input."""
    check_target(target, inputs)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError("err.output_folder_missing", str(target))
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(text.encode("utf-8") if isinstance(text, str) else text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException as exc:
        # Interrupted or failed: leave no partial file behind, not even the temporary one.
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise OutputError("err.output_failed", str(target), exc.strerror or str(exc)) from exc
        raise
