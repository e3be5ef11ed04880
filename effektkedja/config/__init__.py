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
This module stays light, for start-up: reading lives in :mod:`.reading`, the
pydantic model in :mod:`.model` (imported only for a file with settings) and the
pathspec matching in :mod:`.exclude` (only when there are ``exclude`` patterns).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from effektkedja.config.errors import ConfigError, type_error
from effektkedja.config.reading import MAX_BYTES, decode, parse_toml, read_bytes, read_toml
from effektkedja.domain import Severity

__all__ = ["CONFIG_NAMES", "Config", "ConfigError", "excluded", "find_config", "load_config"]

#: File names looked for in each folder, in order of precedence.
CONFIG_NAMES: tuple[str, ...] = ("effektkedja.toml", ".effektkedja.toml", "pyproject.toml")
PYPROJECT = "pyproject.toml"
#: Where the settings live inside ``pyproject.toml``.
PYPROJECT_TABLE = ("tool", "effektkedja")


@dataclass(frozen=True, slots=True)
class Config:
    """The settings of one configuration file, validated.

    ``severity`` is already resolved to exact rule codes (``EK3 = "error"`` becomes
    one entry per EK3xx rule; the longest matching code or prefix wins, so an exact
    code beats a prefix), ready for :attr:`effektkedja.engine.CheckOptions.severities`.
    Rules set to ``"off"`` are listed in ``off`` instead (exact codes), to be added
    to the ignored rules. Codes in ``select``, ``ignore`` and ``off`` are upper case.

    ``cues`` holds the cue words added per level (``[cues]``), keyed by the level's
    canonical value (``"arbetssätt"``, also when the file spells it ``arbetssatt``);
    only levels the file names are present. Each word or phrase is lower case with
    single spaces, in the file's order, without repeats.
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
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def folder(self) -> Path:
        """The folder ``exclude`` patterns are relative to: the config file's own."""
        return self.path.parent


# --- finding -----------------------------------------------------------------------------------


def find_config(start: Path | None = None) -> Path | None:
    """The configuration file that applies to ``start`` (default: the current directory).

    Walks up from ``start`` (a file's folder when ``start`` is a file) to the
    filesystem root and returns the first file found, in the order of
    :data:`CONFIG_NAMES` within each folder; None when there is none. Only
    regular files count (a folder or named pipe called ``effektkedja.toml`` does not).
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


# "[tool.effektkedja]", "[tool.effektkedja.severity]": blanks only within the line, so
# that the search stays linear in the file's size.
_TABLE_HEADER = re.compile(r"^[ \t]*\[[ \t]*tool[ \t]*\.[ \t]*effektkedja[ \t]*[\].]", re.MULTILINE)


def _has_table(pyproject: Path) -> bool:
    """True when ``pyproject`` has a ``[tool.effektkedja]`` table.

    A pyproject that cannot be used (not TOML, too big, not UTF-8) counts only when
    it visibly tries to configure effektkedja, so that its problem is reported
    rather than the file silently passed over; any other broken pyproject is not
    ours to judge.
    """
    try:
        raw = read_bytes(pyproject, truncate=True)
    except ConfigError:
        return False
    if len(raw) <= MAX_BYTES:
        try:
            return _table(parse_toml(decode(raw, pyproject), pyproject)) is not None
        except ConfigError:
            pass
    return bool(_TABLE_HEADER.search(raw[:MAX_BYTES].decode("utf-8", errors="replace")))


def _table(data: Mapping[str, Any]) -> Any | None:
    tool = data.get(PYPROJECT_TABLE[0])
    return tool.get(PYPROJECT_TABLE[1]) if isinstance(tool, dict) else None


# --- reading -----------------------------------------------------------------------------------


def load_config(path: Path) -> Config:
    """Read and validate the configuration file ``path``.

    A file named ``pyproject.toml`` is read from its ``[tool.effektkedja]`` table
    (ConfigError when it has none); any other file from its top level. Only a
    regular file of at most 1 MiB of UTF-8 is read (see :mod:`.reading`).
    """
    data = read_toml(path)
    prefix: tuple[str, ...] = ()
    if path.name == PYPROJECT:
        table = _table(data)
        if table is None:
            raise ConfigError(path, None, "config.no_table")
        if not isinstance(table, dict):
            raise type_error(path, ".".join(PYPROJECT_TABLE), "table", table)
        data, prefix = table, PYPROJECT_TABLE
    if not data:
        return Config(path)  # nothing to validate: spare the model's import
    from effektkedja.config.model import validate

    settings = validate(data, path, prefix)
    severity, off = _resolve_severities(settings.severity)
    cues = {level: tuple(dict.fromkeys(words)) for level, words in settings.cues.items()}
    return Config(
        path,
        select=tuple(settings.select),
        ignore=tuple(settings.ignore),
        fail_on=settings.fail_on,
        severity=severity,
        off=off,
        lang=settings.lang,
        exclude=tuple(settings.exclude),
        today=settings.today,
        cues=cues,
    )


def _resolve_severities(patterns: Mapping[str, str]) -> tuple[dict[str, Severity], tuple[str, ...]]:
    """Per-rule severities resolved to exact codes, and the codes switched ``off``."""
    from effektkedja.rules import CODES

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


# --- excluding ---------------------------------------------------------------------------------


def excluded(path: Path, config: Config) -> bool:
    """True when ``path`` (a plan file or a folder) matches one of ``config.exclude``.

    Patterns are gitignore patterns (matched by pathspec, see docs/config.md) over
    the path relative to the config file's folder, in ``/`` form:

    - ``*`` and ``?`` match within one path segment, ``[abc]`` one of the letters;
      ``**`` matches any number of folders (``archive/**``, ``**/utkast-*.yaml``,
      ``a/**/b``);
    - a pattern without a ``/`` (other than a trailing one) matches a name at any
      depth (``utkast-*.yaml``, ``gamla/``); one with a ``/`` is anchored to the
      config file's folder (``plans/2019``, ``/gamla``);
    - a trailing ``/`` matches folders only;
    - a folder that matches is excluded with everything in it.

    Paths outside the config file's folder, and that folder itself, are never excluded.
    """
    if not config.exclude:
        return False
    from effektkedja.config.exclude import matches

    return matches(path, config.folder, config.exclude)
