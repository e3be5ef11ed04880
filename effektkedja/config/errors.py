""":class:`ConfigError` and how keys and values from the file are shown in it."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from effektkedja.messages import Message


class ConfigError(Exception):
    """A configuration file that cannot be used.

    ``key`` is the offending key as written in the file, dotted
    (``severity.EK999``; in ``pyproject.toml`` ``tool.effektkedja.severity.EK999``),
    or None for problems with the file as a whole (size, encoding, syntax).
    ``message`` is the catalogue key (``config.*``) and its arguments, which always
    include ``path`` and, where there is one, ``key``: ``text(error.message, lang)``.
    Texts from the file (and the path) are made :func:`visible`, so no control
    character reaches the terminal.
    """

    def __init__(self, path: Path, key: str | None, message: str, **args: Any) -> None:
        self.path = path
        self.key = key
        arguments = {"path": str(path), **({"key": key} if key is not None else {}), **args}
        shown = {
            name: visible(value) if isinstance(value, str) else value
            for name, value in arguments.items()
        }
        self.message = Message(message, shown)
        super().__init__(f"{path}: {key}: {message}" if key else f"{path}: {message}")


def type_error(path: Path, key: str, expected: str, value: Any) -> ConfigError:
    """``key`` holds ``value`` where a value of the ``expected`` kind belongs."""
    return ConfigError(
        path, key, "config.bad_type", expected=expected_kind(expected), got=kind_of(value)
    )


def expected_kind(kind: str) -> Message:
    """What a key should hold, as a message (``en lista med texter``, ``a list of texts``)."""
    return Message(f"config.expected.{kind}")


def kind_of(value: Any) -> Message:
    """What a TOML value is, as a message (``ett heltal``, ``an integer``)."""
    if isinstance(value, bool):
        kind = "bool"
    elif isinstance(value, str):
        kind = "text"
    elif isinstance(value, int):
        kind = "integer"
    elif isinstance(value, float):
        kind = "float"
    elif isinstance(value, list):
        kind = "list"
    elif isinstance(value, dict):
        kind = "table"
    elif isinstance(value, datetime):
        kind = "datetime"
    elif isinstance(value, date):
        kind = "date"
    elif isinstance(value, time):
        kind = "time"
    else:  # pragma: no cover - tomllib produces nothing else
        kind = "text"
    return Message(f"config.got.{kind}")


# C0 and C1 controls, DEL, line and paragraph separators, and the marks and overrides
# that reorder text on screen (a key could otherwise pretend to be another).
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """``text`` with every control or reordering character written as a TOML escape."""
    return _INVISIBLE.sub(lambda found: f"\\u{ord(found.group()):04X}", text)


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def toml_key(key: str) -> str:
    """``key`` as TOML would have it written: bare when it can be, else quoted."""
    if _BARE_KEY.fullmatch(key):
        return key
    return '"' + visible(key.replace("\\", "\\\\").replace('"', '\\"')) + '"'


def dotted(*keys: str) -> str:
    """Keys as one dotted TOML key: ``severity."EK 301"``."""
    return ".".join(toml_key(key) for key in keys)
