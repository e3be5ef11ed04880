"""Checks before parsing: the bytes are UTF-8 text, and the text does not nest too deep.

:func:`decode` explains any other encoding (UTF-16, Latin-1, a binary file);
:func:`_too_deep` finds a file nested deeper than :data:`MAX_DEPTH` before libyaml's
composer, which recurses in C, can crash on it.
"""

from __future__ import annotations

import re

import yaml

from effektkedja.loader.compose import MAX_DEPTH, _Composer
from effektkedja.loader.positions import LoadProblem, Position


def decode(raw: bytes) -> tuple[str | None, LoadProblem | None]:
    """Decode a plan file's bytes as UTF-8 (BOM allowed), explaining any other encoding."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, LoadProblem("EK001", Position(1, 1), "utf16")
    if b"\x00" in raw:
        # Many NULs at the start, one of the first two bytes among them: UTF-16
        # (or UTF-32) without a byte-order mark rather than a binary file.
        head = raw[:200]
        if head.count(b"\x00") * 4 >= len(head) and b"\x00" in raw[:2]:
            return None, LoadProblem("EK001", Position(1, 1), "utf16")
        at = raw.index(b"\x00")
        return None, LoadProblem("EK001", _byte_position(raw, at), "binary")
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        bad = raw[exc.start : exc.start + 1]
        return None, LoadProblem(
            "EK001",
            _byte_position(raw, exc.start),
            "not_utf8.latin1" if _looks_latin1(raw) else "not_utf8",
            {"byte": f"0x{bad.hex().upper()}"},
        )


def _looks_latin1(raw: bytes) -> bool:
    text = raw.decode("cp1252", errors="replace")
    return any(ch in text for ch in "åäöÅÄÖéÉ")


def _byte_position(raw: bytes, offset: int) -> Position:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    prefix = raw[line_start:offset].decode("utf-8", errors="replace")
    return Position(raw.count(b"\n", 0, offset) + 1, len(prefix) + 1)


_BRACKETS = re.compile(r"[\[\]{}]")
_BLOCK_PREFIX = re.compile(r"^[ \-?]+", re.MULTILINE)
#: A block prefix of half the depth limit: without one, and with few brackets, a file
#: cannot nest too deep.
_DEEP_PREFIX = re.compile(rf"\n[ \-?]{{{MAX_DEPTH // 2}}}")
_NESTED_OPENERS = ("[[", "[{", "{[", "{{")


def _too_deep(text: str) -> Position | None:
    """Where ``text`` nests deeper than :data:`MAX_DEPTH`, if it does.

    libyaml's composer recurses in C, so a file nested tens of thousands of levels
    deep would crash the process before any limit of ours is checked. A cheap
    upper bound (block indentation plus bracket depth) clears ordinary files; only
    a suspicious file is walked event by event, which needs no recursion.
    """
    brackets = "".join(_BRACKETS.findall(text))
    # The common case, told by scans in C: no line starts with half the limit of
    # indentation, and brackets nest at most one level (no two openers in a row).
    if (
        not _DEEP_PREFIX.search(text)
        and not _DEEP_PREFIX.match("\n" + text[:MAX_DEPTH])
        and not any(pair in brackets for pair in _NESTED_OPENERS)
    ):
        return None
    block = max(map(len, _BLOCK_PREFIX.findall(text)), default=0)
    depth = flow = 0
    for bracket in brackets:
        depth = depth + 1 if bracket in "[{" else max(depth - 1, 0)
        flow = max(flow, depth)
    if block + flow <= MAX_DEPTH:
        return None
    # libyaml (from PyYAML 6.0.4) refuses more than about 1,000 levels of brackets by
    # itself, scanning far ahead on one line. Walking only up to the first bracket
    # that is surely too deep keeps its limit out of reach, whatever its version.
    cut = _nesting_beyond(text, MAX_DEPTH)
    parser = _Composer(text if cut is None else text[: cut[1] + 1])
    depth = 0
    try:
        while True:
            event = parser.get_event()
            if event is None or isinstance(event, yaml.StreamEndEvent):
                return None
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    return Position(mark.line + 1, mark.column + 1) if mark else Position(1, 1)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.MarkedYAMLError as exc:
        if "maximum nesting depth" in f"{exc.problem} {exc.context}":
            mark = exc.problem_mark or exc.context_mark
            return Position(mark.line + 1, mark.column + 1) if mark else Position(1, 1)
        if cut is not None:
            return cut[0]  # the walk stopped at the cut: the brackets go deeper still
        return None  # the composer reports the syntax error with its position
    except yaml.YAMLError:
        return None
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose is not None:
            dispose()


def _nesting_beyond(text: str, limit: int) -> tuple[Position, int] | None:
    """Where brackets outside quotes and comments first nest deeper than ``limit``.

    The position and the offset in ``text`` of that bracket; None when they never do.
    """
    depth = 0
    line, column = 1, 0
    quote = ""
    comment = False
    for offset, char in enumerate(text):
        column += 1
        if char == "\n":
            line, column, comment = line + 1, 0, False
            continue
        if comment:
            continue
        if quote:
            if char == quote:
                quote = ""
            continue
        if char in "\"'":
            quote = char
        elif char == "#":
            comment = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return Position(line, column), offset
        elif char in "]}":
            depth = max(depth - 1, 0)
    return None
