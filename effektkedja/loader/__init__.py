"""YAML text to plain data, keeping where every node stood in the file.

PyYAML's C parser composes the node tree (each node carries its start mark);
this package builds plain Python data from it with its own, stricter rules:

- only ``true``/``false`` are booleans (YAML 1.2), ``yes``/``no``/``on`` stay text;
- dates are not resolved (the model parses them), so a plan's text decides;
- a repeated key (compared ASCII-folded, so ``målgrupp`` and ``malgrupp`` clash)
  is reported and skipped, the first occurrence wins;
- only the standard tags are understood; anything else (``!!python/...``) is
  reported and never constructed;
- aliases are limited so that an alias bomb is refused, not expanded.

The node tree is kept as a :class:`SourceMap` so that later stages can turn a
data path such as ``("insatser", 3, "leder_till", 0)`` into a line and column
without parsing again.

:func:`load` runs the steps; each lives in a module of its own:
:mod:`~effektkedja.loader.checks` (decoding, nesting depth, before parsing),
:mod:`~effektkedja.loader.compose` (composing and building),
:mod:`~effektkedja.loader.syntax` (libyaml's error messages in our words) and
:mod:`~effektkedja.loader.positions` (positions and the source map).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import yaml
import yaml.reader

from effektkedja.loader.checks import _byte_position, _too_deep, decode
from effektkedja.loader.compose import (
    MAX_ALIAS_NODES,
    MAX_DEPTH,
    PLAIN,
    SourceFloat,
    _Builder,
    _Composer,
    _LoadError,
)
from effektkedja.loader.compose import _plain_scalar as _plain_scalar  # for workbook.yaml_text
from effektkedja.loader.positions import LoadProblem, Loc, Position, SourceMap, _pos
from effektkedja.loader.syntax import _yaml_problem

__all__ = [
    "MAX_ALIAS_NODES",
    "MAX_DEPTH",
    "PLAIN",
    "Loaded",
    "LoadProblem",
    "Loc",
    "Position",
    "SourceFloat",
    "SourceMap",
    "decode",
    "fold",
    "load",
]

_FOLD = str.maketrans("åäöÅÄÖ", "aaoAAO")

_CONFLICT_MARKER = re.compile(rb"^(?:<{7}|={7}|>{7})(?: |$)", re.MULTILINE)


def fold(text: str) -> str:
    """ASCII-fold the Swedish letters å, ä, ö (the format accepts both spellings)."""
    return text.translate(_FOLD)


@dataclass(slots=True)
class Loaded:
    """The result of loading one file: data (None when unreadable), positions, problems."""

    data: Any
    source: SourceMap
    problems: list[LoadProblem]

    @property
    def readable(self) -> bool:
        return not any(p.rule == "EK001" for p in self.problems)


def load(raw: bytes, key_aliases: Mapping[str, str] | None = None) -> Loaded:
    """Load one plan file's bytes into data, a source map and problems.

    ``key_aliases`` maps alternative key spellings (ASCII-folded) to the
    canonical key, so the rest of the program only sees canonical keys.
    """
    aliases = key_aliases or {}
    text, problem = decode(raw)
    if problem is not None or text is None:
        return Loaded(None, SourceMap(None, aliases), [problem] if problem else [])
    marker = (
        _CONFLICT_MARKER.search(raw)
        if b"<<<<<<<" in raw or b"=======" in raw or b">>>>>>>" in raw
        else None
    )
    if marker is not None:
        return Loaded(
            None,
            SourceMap(None, aliases),
            [LoadProblem("EK001", _byte_position(raw, marker.start()), "conflict_marker")],
        )
    too_deep = _too_deep(text)
    if too_deep is not None:
        return Loaded(
            None,
            SourceMap(None, aliases),
            [LoadProblem("EK001", too_deep, "too_deep", {"limit": MAX_DEPTH})],
        )
    composer = _Composer(text)
    try:
        root = composer.get_single_node()
    except yaml.MarkedYAMLError as exc:
        return Loaded(None, SourceMap(None, aliases), [_yaml_problem(exc, text)])
    except yaml.reader.ReaderError as exc:
        # A character YAML does not allow in a file (a control character).
        offset = exc.position if isinstance(exc.position, int) else 0
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        code = (
            exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
        )
        return Loaded(
            None,
            SourceMap(None, aliases),
            [
                LoadProblem(
                    "EK001", Position(line, column), "control_char", {"code": f"U+{code:04X}"}
                )
            ],
        )
    except yaml.YAMLError as exc:  # pragma: no cover - errors without a mark are rare
        return Loaded(
            None,
            SourceMap(None, aliases),
            [LoadProblem("EK001", Position(1, 1), "yaml", {"detail": str(exc)})],
        )
    finally:
        dispose = getattr(composer, "dispose", None)
        if dispose is not None:
            dispose()
    source = SourceMap(root, aliases)
    if root is None:
        return Loaded(None, source, [])
    builder = _Builder(aliases, len(text))
    try:
        data = builder.build(root)
    except _LoadError as exc:
        return Loaded(None, source, [LoadProblem("EK001", exc.position, exc.message, exc.args_)])
    except RecursionError:
        return Loaded(
            None, source, [LoadProblem("EK001", _pos(root), "too_deep", {"limit": MAX_DEPTH})]
        )
    return Loaded(data, source, builder.problems)
