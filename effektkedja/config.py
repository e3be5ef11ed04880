"""The configuration file: where it is, what it says, and which plan files it excludes.

Like ruff and yamllint, effektkedja reads its settings from a TOML file found by
walking up from the current directory. In each folder, from the start folder up to
the filesystem root, the first of these that exists wins:

1. ``effektkedja.toml`` (settings as top-level keys),
2. ``.effektkedja.toml`` (the same, hidden),
3. ``pyproject.toml``, but only when it has a ``[tool.effektkedja]`` table; a
   pyproject without one does not count and the search goes on upward.

A nearer folder beats a farther one; files are never merged. Command-line options
override what the file says (that is :mod:`effektkedja.cli`'s job).

Nothing here prints or exits: a bad file raises :class:`ConfigError`, which carries a
catalogue key and arguments so the CLI can say what is wrong in the user's language.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import lru_cache
from pathlib import Path
from typing import Any

from effektkedja.domain import Severity
from effektkedja.messages import Message
from effektkedja.rules import CODES, matches

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

#: File names looked for in each folder, in order of precedence.
CONFIG_NAMES: tuple[str, ...] = ("effektkedja.toml", ".effektkedja.toml", "pyproject.toml")
PYPROJECT = "pyproject.toml"
#: Where the settings live inside ``pyproject.toml``.
PYPROJECT_TABLE = ("tool", "effektkedja")

FAIL_ON_VALUES: tuple[str, ...] = ("error", "warning", "info", "never")
LANG_VALUES: tuple[str, ...] = ("sv", "en")
#: ``off`` switches a rule off, like listing it under ``ignore``.
SEVERITY_VALUES: tuple[str, ...] = (*(severity.value for severity in Severity), "off")
KEYS: tuple[str, ...] = ("select", "ignore", "fail-on", "severity", "lang", "exclude", "today")


@dataclass(frozen=True, slots=True)
class Config:
    """The settings of one configuration file, validated.

    ``severity`` is already resolved to exact rule codes (``EK3 = "error"`` becomes
    one entry per EK3xx rule; the longest matching code or prefix wins, so an exact
    code beats a prefix), ready for :attr:`effektkedja.engine.CheckOptions.severities`.
    Rules set to ``"off"`` are listed in ``off`` instead (exact codes), to be added
    to the ignored rules. Codes in ``select``, ``ignore`` and ``off`` are upper case.
    """

    path: Path
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    severity: dict[str, Severity] = field(default_factory=dict)
    off: tuple[str, ...] = ()
    lang: str | None = None
    exclude: tuple[str, ...] = ()
    today: date | None = None

    @property
    def folder(self) -> Path:
        """The folder ``exclude`` patterns are relative to: the config file's own."""
        return self.path.parent


class ConfigError(Exception):
    """A configuration file that cannot be used.

    ``key`` is the offending key as written in the file, dotted
    (``severity.EK999``; in ``pyproject.toml`` ``tool.effektkedja.severity.EK999``),
    or None for problems with the file as a whole (syntax, encoding). ``message``
    is the catalogue key (``config.*``) and its arguments, which always include
    ``path`` and, where there is one, ``key``: ``text(error.message, lang)``.
    """

    def __init__(self, path: Path, key: str | None, message: str, **args: Any) -> None:
        self.path = path
        self.key = key
        arguments = {"path": str(path), **({"key": key} if key is not None else {}), **args}
        self.message = Message(message, arguments)
        super().__init__(f"{path}: {key}: {message}" if key else f"{path}: {message}")


# --- finding -----------------------------------------------------------------------------------


def find_config(start: Path | None = None) -> Path | None:
    """The configuration file that applies to ``start`` (default: the current directory).

    Walks up from ``start`` (a file's folder when ``start`` is a file) to the
    filesystem root and returns the first file found, in the order of
    :data:`CONFIG_NAMES` within each folder; None when there is none.
    """
    folder = Path(os.path.abspath(start if start is not None else Path.cwd()))
    if folder.is_file():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            path = candidate / name
            if not path.is_file():
                continue
            if name != PYPROJECT or _has_table(path):
                return path
    return None


_TABLE_HEADER = re.compile(r"^\s*\[\s*tool\s*\.\s*effektkedja\s*[\].]", re.MULTILINE)


def _has_table(pyproject: Path) -> bool:
    """True when ``pyproject`` has a ``[tool.effektkedja]`` table.

    A pyproject that cannot be parsed counts only when it visibly tries to
    configure effektkedja, so that its syntax error is reported rather than the
    file silently passed over; any other broken pyproject is not ours to judge.
    """
    try:
        raw = pyproject.read_bytes()
    except OSError:
        return False
    text = raw.decode("utf-8", errors="replace").removeprefix("\ufeff")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return bool(_TABLE_HEADER.search(text))
    return _table(data) is not None


def _table(data: Mapping[str, Any]) -> Any | None:
    tool = data.get(PYPROJECT_TABLE[0])
    return tool.get(PYPROJECT_TABLE[1]) if isinstance(tool, dict) else None


# --- reading -----------------------------------------------------------------------------------


def load_config(path: Path) -> Config:
    """Read and validate the configuration file ``path``.

    A file named ``pyproject.toml`` is read from its ``[tool.effektkedja]`` table
    (ConfigError when it has none); any other file from its top level.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(
            path, None, "config.unreadable", detail=exc.strerror or str(exc)
        ) from None
    try:
        # Editors on Windows may save a BOM; TOML does not allow one, but it is harmless.
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise ConfigError(path, None, "config.not_utf8") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, column, detail = _syntax_position(exc, text)
        raise ConfigError(
            path, None, "config.syntax", line=line, column=column, detail=detail
        ) from None
    prefix = ""
    if path.name == PYPROJECT:
        table = _table(data)
        if table is None:
            raise ConfigError(path, None, "config.no_table")
        if not isinstance(table, dict):
            raise _type_error(path, ".".join(PYPROJECT_TABLE), "table", table)
        data, prefix = table, ".".join(PYPROJECT_TABLE) + "."
    return _parse(data, path, prefix)


_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_AT_END = re.compile(r"\s*\(at end of document\)\s*$")


def _syntax_position(exc: Exception, text: str) -> tuple[int, int, str]:
    """Line, column (1-based) and the bare description of a TOML syntax error."""
    message = str(exc.args[0]) if exc.args else str(exc)
    found = _AT.search(message)
    if found:
        return int(found.group(1)), int(found.group(2)), message[: found.start()]
    found = _AT_END.search(message)
    lines = text.split("\n")
    end = (len(lines), len(lines[-1]) + 1)
    if found:
        return end[0], end[1], message[: found.start()]
    lineno, colno = getattr(exc, "lineno", None), getattr(exc, "colno", None)
    if isinstance(lineno, int) and isinstance(colno, int):
        return lineno, colno, message
    return end[0], end[1], message


def _parse(data: dict[str, Any], path: Path, prefix: str) -> Config:
    """Validate the settings table ``data``; ``prefix`` is how its keys are reached."""
    for key in data:
        if key not in KEYS:
            raise _unknown(path, prefix, key)

    def dotted(key: str) -> str:
        return prefix + _toml_key(key)

    select = _codes(data, "select", path, dotted("select"))
    ignore = _codes(data, "ignore", path, dotted("ignore"))
    fail_on = _choice(data, "fail-on", FAIL_ON_VALUES, path, dotted("fail-on"))
    lang = _choice(data, "lang", LANG_VALUES, path, dotted("lang"))
    severity, off = _severities(data, path, dotted("severity"))
    exclude = _patterns(data, path, dotted("exclude"))
    today = _date(data, path, dotted("today"))
    return Config(path, select, ignore, fail_on, severity, off, lang, exclude, today)


def _unknown(path: Path, prefix: str, key: str) -> ConfigError:
    from effektkedja.model import suggest  # the model imports pydantic: only on this path

    close = suggest(key, list(KEYS))
    return ConfigError(
        path,
        prefix + _toml_key(key),
        "config.unknown_key",
        suggestion=prefix + close if close else None,
    )


def _suggest_code(value: str) -> str | None:
    from effektkedja.model import suggest

    return suggest(value, list(CODES))


def _strings(data: Mapping[str, Any], name: str, path: Path, key: str) -> tuple[str, ...]:
    """A list of strings; a single string is split at commas like on the command line."""
    value = data.get(name, [])
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split(",") if part.strip())
    if not isinstance(value, list):
        raise _type_error(path, key, "list", value)
    for item in value:
        if not isinstance(item, str):
            raise ConfigError(
                path,
                key,
                "config.bad_item",
                expected=_expected("text"),
                got=_got(item),
            )
    return tuple(value)


def _codes(data: Mapping[str, Any], name: str, path: Path, key: str) -> tuple[str, ...]:
    """Rule codes or prefixes, upper case, each naming at least one rule."""
    codes = tuple(code.strip().upper() for code in _strings(data, name, path, key))
    for code in codes:
        _check_code(code, path, key)
    return codes


def _check_code(code: str, path: Path, key: str) -> None:
    if not code or not any(matches(rule, (code,)) for rule in CODES):
        raise ConfigError(path, key, "config.bad_code", value=code, suggestion=_suggest_code(code))


def _choice(
    data: Mapping[str, Any], name: str, allowed: tuple[str, ...], path: Path, key: str
) -> str | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _type_error(path, key, "text", value)
    if value not in allowed:
        raise _bad_value(path, key, value, allowed)
    return value


def _bad_value(path: Path, key: str, value: str, allowed: tuple[str, ...]) -> ConfigError:
    from effektkedja.model import suggest

    return ConfigError(
        path,
        key,
        "config.bad_value",
        value=value,
        allowed=", ".join(allowed),
        suggestion=suggest(value, list(allowed)),
    )


def _severities(
    data: Mapping[str, Any], path: Path, key: str
) -> tuple[dict[str, Severity], tuple[str, ...]]:
    """Per-rule severities resolved to exact codes, and the codes switched ``off``."""
    table = data.get("severity", {})
    if not isinstance(table, dict):
        raise _type_error(path, key, "table", table)
    patterns: dict[str, str] = {}
    spelled: dict[str, str] = {}
    for name, value in table.items():
        entry = f"{key}.{_toml_key(name)}"
        code = name.strip().upper()
        _check_code(code, path, entry)
        if code in patterns:
            raise ConfigError(path, entry, "config.duplicate_code", other=spelled[code])
        if not isinstance(value, str):
            raise _type_error(path, entry, "text", value)
        if value not in SEVERITY_VALUES:
            raise _bad_value(path, entry, value, SEVERITY_VALUES)
        patterns[code] = value
        spelled[code] = entry
    severity: dict[str, Severity] = {}
    off: list[str] = []
    for code in CODES:
        applying = [pattern for pattern in patterns if code.startswith(pattern)]
        if not applying:
            continue
        value = patterns[max(applying, key=len)]
        if value == "off":
            off.append(code)
        else:
            severity[code] = Severity(value)
    return severity, tuple(off)


def _patterns(data: Mapping[str, Any], path: Path, key: str) -> tuple[str, ...]:
    patterns = _strings(data, "exclude", path, key)
    for pattern in patterns:
        try:
            _compile(pattern)
        except ValueError:
            raise ConfigError(path, key, "config.bad_pattern", value=pattern) from None
    return patterns


def _date(data: Mapping[str, Any], path: Path, key: str) -> date | None:
    value = data.get("today")
    if value is None:
        return None
    # A TOML date-time is a datetime, which is also a date: a day is asked for, not a moment.
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            if _ISO_DATE.fullmatch(value):
                return date.fromisoformat(value)
        except ValueError:
            pass
        raise ConfigError(path, key, "config.bad_date", value=value)
    raise _type_error(path, key, "date", value)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


# --- messages about values ---------------------------------------------------------------------


def _type_error(path: Path, key: str, expected: str, value: Any) -> ConfigError:
    return ConfigError(path, key, "config.bad_type", expected=_expected(expected), got=_got(value))


def _expected(kind: str) -> Message:
    return Message(f"config.expected.{kind}")


def _got(value: Any) -> Message:
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


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def _toml_key(key: str) -> str:
    """``key`` as TOML would have it written: bare when it can be, else quoted."""
    if _BARE_KEY.fullmatch(key):
        return key
    return '"' + key.replace("\\", "\\\\").replace('"', '\\"') + '"'


# --- excluding ---------------------------------------------------------------------------------


def excluded(path: Path, config: Config) -> bool:
    """True when ``path`` (a plan file or a folder) matches one of ``config.exclude``.

    Patterns are gitignore-like and apply to the path relative to the config
    file's folder, in ``/`` form:

    - ``*`` and ``?`` match within one path segment, ``[abc]`` one of the letters;
      ``**`` matches any number of folders (``archive/**``, ``**/utkast-*.yaml``,
      ``a/**/b``);
    - a pattern without a ``/`` (other than a trailing one) matches a name at any
      depth (``utkast-*.yaml``, ``gamla/``); one with a ``/`` is anchored to the
      config file's folder (``plans/2019``, ``/gamla``);
    - a trailing ``/`` matches folders only;
    - a path is excluded when it or any folder above it (up to the config file's
      folder) matches, so excluding a folder excludes everything in it.

    Paths outside the config file's folder are never excluded.
    """
    if not config.exclude:
        return False
    parts = _relative_parts(path, config.folder)
    if not parts:
        return False
    compiled = [_compile(pattern) for pattern in config.exclude]
    is_folder: bool | None = None
    for end in range(1, len(parts) + 1):
        candidate = "/".join(parts[:end])
        last = end == len(parts)
        for regex, folders_only in compiled:
            if folders_only and last:
                if is_folder is None:
                    is_folder = path.is_dir()
                if not is_folder:
                    continue
            if regex.fullmatch(candidate):
                return True
    return False


def _relative_parts(path: Path, folder: Path) -> tuple[str, ...]:
    """``path``'s segments below ``folder``; () when it is not below it."""
    for mine, base in (
        (Path(os.path.abspath(path)), Path(os.path.abspath(folder))),
        (path.resolve(), folder.resolve()),  # when one of them came through a symlink
    ):
        try:
            return mine.relative_to(base).parts
        except ValueError:
            continue
    return ()


@lru_cache(maxsize=256)
def _compile(pattern: str) -> tuple[re.Pattern[str], bool]:
    """A pattern as a regular expression over ``/``-joined relative paths, and folders-only.

    Raises ValueError for patterns that could never match: empty ones, ``..``,
    negation (``!``, not supported).
    """
    text = pattern.strip()
    folders_only = text.endswith("/")
    # Anchored when a "/" begins or splits the pattern (gitignore): "/gamla", "plans/2019".
    anchored = "/" in text.rstrip("/")
    segments = [segment for segment in text.split("/") if segment and segment != "."]
    if not segments or text.startswith("!") or ".." in segments:
        raise ValueError(pattern)
    regex = "" if anchored else "(?:.*/)?"
    for index, segment in enumerate(segments):
        last = index == len(segments) - 1
        if segment == "**":
            if last:
                # "a/**": everything below a; matching a itself too lets discovery
                # skip the whole folder, which excludes exactly the same files.
                regex = regex[:-1] + "(?:/.*)?" if regex.endswith("/") else regex + ".*"
            else:
                regex += "(?:.*/)?"
            continue
        regex += _segment(segment) + ("" if last else "/")
    return re.compile(regex, re.DOTALL), folders_only


def _segment(segment: str) -> str:
    """One path segment of a glob as a regular expression (never crossing ``/``)."""
    out: list[str] = []
    index = 0
    while index < len(segment):
        char = segment[index]
        index += 1
        if char == "*":
            while index < len(segment) and segment[index] == "*":
                index += 1
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[":
            close = segment.find("]", index + 1)
            if close == -1:
                out.append(re.escape(char))
                continue
            body, index = segment[index:close], close + 1
            negate = body[:1] in ("!", "^")
            body = "".join("\\" + c if c in "\\[^" else c for c in (body[1:] if negate else body))
            out.append(f"[{'^/' if negate else ''}{body}]")
        else:
            out.append(re.escape(char))
    return "".join(out)
