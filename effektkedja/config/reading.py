"""A configuration file from disk to a TOML table, refusing what could hang or exhaust us.

The file is someone else's input: it may be a device, a named pipe, gigabytes of
zeros, not text, or TOML built to break the parser (``select = [[[[…]]]]``
thousands deep overflows :mod:`tomllib`'s recursion; a key of thousands of dotted
parts takes it quadratic time and memory). Every such file becomes a
:class:`~effektkedja.config.ConfigError` naming the file and, where there is one,
the line and column.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path
from typing import Any

from effektkedja.config.errors import ConfigError
from effektkedja.messages import Message, os_reason

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

#: The largest configuration file read, in bytes; a real one is a few hundred.
MAX_BYTES = 1024 * 1024
#: The deepest nesting of lists and tables accepted (the deepest real one is 2).
MAX_DEPTH = 16
#: The most dotted parts one key may have (``tool.effektkedja.severity`` has 3).
MAX_KEY_PARTS = 16


def read_toml(path: Path, *, limit: int = MAX_BYTES) -> dict[str, Any]:
    """The TOML table in the file ``path``, or ConfigError saying why there is none."""
    return parse_toml(read_text(path, limit=limit), path)


def read_text(path: Path, *, limit: int = MAX_BYTES) -> str:
    """The text of the regular file ``path``, at most ``limit`` bytes of UTF-8 without NUL.

    Only ``limit + 1`` bytes are ever read, so a huge (or sparse) file costs nothing.
    """
    return decode(read_bytes(path, limit=limit), path)


def read_bytes(path: Path, *, limit: int = MAX_BYTES, truncate: bool = False) -> bytes:
    """Up to ``limit`` bytes of the regular file ``path`` (ConfigError when there are more).

    With ``truncate``, a longer file is not an error: its first ``limit + 1`` bytes
    are returned, so the caller can tell it was longer.
    """
    try:
        # Looked at before it is opened: opening a device or a named pipe may block or act.
        _regular(os.stat(path).st_mode, path)
        # O_NONBLOCK: should a named pipe take the file's place meanwhile, opening returns.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise _unreadable(path, exc) from None
    try:
        _regular(os.fstat(descriptor).st_mode, path)
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(descriptor, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    finally:
        os.close(descriptor)
    if size > limit and not truncate:
        raise ConfigError(path, None, "config.too_large", limit=limit // (1024 * 1024))
    return b"".join(chunks)


def _regular(mode: int, path: Path) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        kind = "folder"
    elif stat.S_ISFIFO(mode):
        kind = "fifo"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "device"
    else:
        kind = "other"
    raise ConfigError(path, None, "config.not_a_file", kind=Message(f"config.kind.{kind}"))


def _unreadable(path: Path, exc: OSError) -> ConfigError:
    return ConfigError(path, None, "config.unreadable", detail=os_reason(exc))


def decode(raw: bytes, path: Path) -> str:
    """``raw`` as text: UTF-8 (a BOM is allowed), without NUL characters."""
    try:
        # Editors on Windows may save a BOM; TOML does not allow one, but it is harmless.
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line, column = _position(raw[: exc.start].decode("utf-8"), exc.start)
        raise ConfigError(path, None, "config.not_utf8", line=line, column=column) from None
    nul = text.find("\0")
    if nul != -1:
        # UTF-16 text (Notepad's "Unicode") of ASCII letters is valid UTF-8 full of NULs.
        line, column = _position(text, nul)
        raise ConfigError(path, None, "config.nul", line=line, column=column)
    return text


def parse_toml(text: str, path: Path) -> dict[str, Any]:
    """``text`` parsed as TOML, after :func:`check_structure`."""
    check_structure(text, path)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, column, detail = _syntax_position(exc, text)
        raise ConfigError(
            path, None, "config.syntax", line=line, column=column, detail=detail
        ) from None
    except RecursionError:  # pragma: no cover - check_structure refuses such nesting first
        line, column = _position(text, len(text))
        raise ConfigError(
            path, None, "config.too_deep", line=line, column=column, limit=MAX_DEPTH
        ) from None


# Outside strings and comments, what the scan looks at; and what may stand between the
# parts of a dotted key (bare key characters and blanks).
_TOKEN = re.compile(r"\"\"\"|'''|[\"'#\[\]{}.]")
_KEY_GAP = re.compile(r"[A-Za-z0-9_\- \t]*")


def check_structure(text: str, path: Path) -> None:
    """Refuse nesting deeper than :data:`MAX_DEPTH` and keys of over :data:`MAX_KEY_PARTS` parts.

    A linear scan that knows just enough TOML (strings, comments) not to count
    brackets and dots inside them; :mod:`tomllib` still judges the syntax. Both
    limits are far beyond any real configuration and far below where the parser
    suffers.
    """
    depth = 0
    dots = 0  # dots in the current run of key parts: "a.b.c", '"x y".z'
    run_end = 0  # where the run's last dot or quoted part ends
    position = 0
    length = len(text)
    while position < length:
        token = _TOKEN.search(text, position)
        if token is None:
            return
        start, position = token.start(), token.end()
        kind = token.group()
        joined = _KEY_GAP.fullmatch(text, run_end, start) is not None
        if kind == ".":
            dots = dots + 1 if joined else 1
            run_end = position
            if dots >= MAX_KEY_PARTS:
                line, column = _position(text, start)
                raise ConfigError(
                    path, None, "config.long_key", line=line, column=column, limit=MAX_KEY_PARTS
                )
        elif kind in ('"', "'", '"""', "'''"):
            position = _string_end(text, start, kind)
            dots = dots if joined else 0  # a quoted part continues a run of key parts
            run_end = position
        elif kind == "#":
            newline = text.find("\n", position)
            position = length if newline == -1 else newline
            dots, run_end = 0, position
        else:
            dots, run_end = 0, position
            if kind in "[{":
                depth += 1
                if depth > MAX_DEPTH:
                    line, column = _position(text, start)
                    raise ConfigError(
                        path, None, "config.too_deep", line=line, column=column, limit=MAX_DEPTH
                    )
            else:
                depth = max(depth - 1, 0)


def _string_end(text: str, start: int, quote: str) -> int:
    """Where the string opened by ``quote`` at ``start`` ends (just past its closing quote).

    An unterminated string ends at the end of its line (or of the text, for a
    multi-line one); the parser reports it.
    """
    basic = quote[0] == '"'
    end = len(text)
    if len(quote) == 1:
        newline = text.find("\n", start)
        end = end if newline == -1 else newline
    position = start + len(quote)
    while True:
        found = text.find(quote, position, end)
        if found == -1:
            return end
        if basic and _escaped(text, found):
            position = found + 1
            continue
        position = found + len(quote)
        if len(quote) == 3:  # up to two quotes may stand just before the closing three
            extra = 0
            while extra < 2 and text.startswith(quote[0], position):
                position += 1
                extra += 1
        return position


def _escaped(text: str, index: int) -> bool:
    """True when the character at ``index`` follows an odd number of backslashes."""
    backslashes = 0
    while index - backslashes - 1 >= 0 and text[index - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def _position(text: str, index: int) -> tuple[int, int]:
    """Line and column (1-based, in characters) of ``index`` in ``text``."""
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


_AT = re.compile(r"\(at line (\d+), column (\d+)\)\s*$")
_AT_END = re.compile(r"\(at end of document\)\s*$")


def _syntax_position(exc: Exception, text: str) -> tuple[int, int, str]:
    """Line, column (1-based) and the bare description of a TOML syntax error."""
    message = str(exc.args[0]) if exc.args else str(exc)
    found = _AT.search(message)
    if found:
        return int(found.group(1)), int(found.group(2)), message[: found.start()].rstrip()
    found = _AT_END.search(message)
    line, column = _position(text, len(text))
    if found:
        return line, column, message[: found.start()].rstrip()
    lineno, colno = getattr(exc, "lineno", None), getattr(exc, "colno", None)
    if isinstance(lineno, int) and isinstance(colno, int):
        return lineno, colno, message
    return line, column, message
