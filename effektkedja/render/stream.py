"""Writing a JSON document part by part, so that a long run never holds it whole.

A check of 100,000 initiatives reports each plan as soon as it is checked and
lets it go: the machine formats (JSON, SARIF, GitLab) write their arrays element
by element with :class:`JsonArray`, and a part that must come later in the
document (JSON's findings, SARIF's results) waits in a spool file rather than in
memory. The text is the same as ``json.dumps(document, indent=2)`` would give,
or compact (``indent=None``) for large runs, where the pure-Python indenting
encoder would cost seconds.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from typing import IO, Any, TextIO

from effektkedja.sanitize import json_for_log

#: Parts held in memory before the spool moves to a temporary file.
SPOOL_BYTES = 8 * 2**20


def dumps(value: Any, indent: int | None, depth: int) -> str:
    """``value`` as JSON at nesting ``depth`` (indented continuation lines), safe for a log.

    Safe for a log: characters a terminal or CI log would act on are written as
    ``\\uXXXX`` escapes (:func:`effektkedja.sanitize.json_for_log`). Each value
    is made safe whole, so no part written later can complete what it began.
    """
    text = json_for_log(json.dumps(value, ensure_ascii=False, indent=indent))
    if indent is None or depth == 0:
        return text
    return text.replace("\n", "\n" + " " * (indent * depth))


class JsonArray:
    """A JSON array at nesting ``depth``, written one element at a time to ``out``."""

    def __init__(self, out: IO[str], indent: int | None, depth: int) -> None:
        self.out, self.indent, self.depth = out, indent, depth
        self.count = 0

    def add(self, value: Any) -> None:
        separator = "," if self.count else ""
        if self.indent is not None:
            separator += "\n" + " " * (self.indent * (self.depth + 1))
        self.out.write(separator + dumps(value, self.indent, self.depth + 1))
        self.count += 1

    def close(self) -> str:
        """The closing bracket (after a line break when indented and not empty)."""
        if self.indent is not None and self.count:
            return "\n" + " " * (self.indent * self.depth) + "]"
        return "]"


def spool() -> IO[str]:
    """A text buffer that moves to a temporary file when it grows large."""
    return tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES, mode="w+", encoding="utf-8")


def copy(source: IO[str], out: TextIO) -> None:
    """Everything written to ``source`` so far, appended to ``out``."""
    source.seek(0)
    shutil.copyfileobj(source, out)


def key(name: str, indent: int | None, depth: int, first: bool = False) -> str:
    """``"name": `` as a member of an object at nesting ``depth``."""
    separator = "" if first else ","
    if indent is not None:
        separator += "\n" + " " * (indent * (depth + 1))
    return f'{separator}"{name}": ' if indent is not None else f'{separator}"{name}":'
