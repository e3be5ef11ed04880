"""``exclude``: gitignore-style patterns, matched by pathspec on RE2 (no backtracking).

pathspec turns each pattern into a regular expression; with Python's ``re`` a
pattern such as ``*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b`` takes exponential time on a
long file name, so the patterns are matched with RE2 (``google-re2``, pathspec's
``re2`` backend), whose time is linear in the path. Imported only when a
configuration has ``exclude``.
"""

from __future__ import annotations

import os
import warnings
from functools import lru_cache
from pathlib import Path

import pathspec

#: Why a pattern is refused, for :func:`pattern_problem`.
UNSUPPORTED, INVALID = "unsupported", "invalid"


def normalise(pattern: str) -> str | None:
    """``pattern`` as pathspec should see it, or None when it can never match.

    Surrounding blanks go; ``.`` segments go (``./planer/*.yaml`` is
    ``/planer/*.yaml``: still anchored, as any pattern with an inner ``/`` is); a
    leading ``#`` is a character here, not a comment. Empty patterns, ``/``, ``..``
    segments and negation (``!``) are refused: they could never exclude anything
    below the configuration file's folder, or mean something not supported.
    """
    text = pattern.strip()
    if not text or text.startswith("!"):
        return None
    anchored = "/" in text.rstrip("/")
    folders_only = text.endswith("/")
    segments = [segment for segment in text.split("/") if segment and segment != "."]
    if not segments or ".." in segments:
        return None
    body = "/".join(segments)
    if body.startswith("#"):
        body = "\\" + body
    return ("/" if anchored else "") + body + ("/" if folders_only else "")


def pattern_problem(pattern: str) -> str | None:
    """None for a usable pattern, else :data:`UNSUPPORTED` or :data:`INVALID` (bad syntax)."""
    normal = normalise(pattern)
    if normal is None:
        return UNSUPPORTED
    try:
        _spec((normal,))
    except Exception:  # re.error, re2's error, pathspec's own: all mean "not a pattern"
        return INVALID
    return None


@lru_cache(maxsize=64)
def _spec(patterns: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    with warnings.catch_warnings():
        # Python's re, which pathspec also compiles with, warns about "[[" and the like.
        warnings.simplefilter("ignore")
        return pathspec.GitIgnoreSpec.from_lines(patterns, backend="re2")


@lru_cache(maxsize=64)
def _compiled(patterns: tuple[str, ...]) -> tuple[pathspec.GitIgnoreSpec, bool]:
    """The spec of the usable ``patterns``, and whether any cares if a path is a folder."""
    normal = tuple(filter(None, map(normalise, patterns)))
    return _spec(normal), any(pattern.endswith(("/", "/**")) for pattern in normal)


def matches(path: Path, folder: Path, patterns: tuple[str, ...]) -> bool:
    """True when ``path`` (a file or folder) below ``folder`` matches one of ``patterns``."""
    parts = _relative_parts(path, folder)
    if not parts:
        return False
    spec, folder_patterns = _compiled(patterns)
    relative = "/".join(parts)
    if spec.match_file(relative):
        return True
    # A folder is matched as "name/", so "gamla/" and "arkiv/**" exclude the folder itself
    # (discovery then skips it whole) and a file called "gamla" is not excluded.
    return folder_patterns and path.is_dir() and spec.match_file(relative + "/")


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


def patterns_compile(patterns: tuple[str, ...]) -> bool:
    """True when RE2 can compile ``patterns`` together (it refuses sets that are too big)."""
    try:
        _compiled(patterns)
    except Exception:  # re2's error: the set outgrows its memory budget
        return False
    return True
