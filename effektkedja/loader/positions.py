"""Where things stand in a plan file: positions, the loader's problems, the source map.

A :class:`Position` is a 1-based line and column (a cell in a workbook); a
:class:`LoadProblem` is something the loader could not accept, at a position. The
composed node tree is kept as a :class:`SourceMap` so that later stages can turn a
data path such as ``("insatser", 3, "leder_till", 0)`` into a line and column
without parsing again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

Loc = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Position:
    """A 1-based line and column in a plan file.

    In a workbook, ``line`` and ``column`` are the row and column of the cell and
    ``cell`` names it as people do (``Insatser!D7``); in YAML ``cell`` is None.
    """

    line: int
    column: int
    cell: str | None = None


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """Something the loader could not accept: EK001 (unreadable) or EK003 (repeated key)."""

    rule: str
    position: Position
    message: str
    args: Mapping[str, Any] = field(default_factory=dict)


def _pos(node: Node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


class SourceMap:
    """Turns data paths into positions by walking the composed node tree."""

    def __init__(self, root: Node | None, key_aliases: Mapping[str, str]) -> None:
        self._root = root
        self._aliases = key_aliases
        self._prefixes: dict[Loc, tuple[Node | None, Node | None, bool]] = {}
        self._entries: dict[int, dict[str, tuple[Node, Node]]] = {}

    def _canonical(self, key: str) -> str:
        return self._aliases.get(key, key)

    def _walk(self, loc: Loc) -> tuple[Node | None, Node | None]:
        """Return (key node, value node) of the deepest node along ``loc``.

        Findings cluster on a few mappings (an initiative, its ``leder_till``), so
        the walk to each parent path is remembered and reused.
        """
        if len(loc) < 2:
            key_node, node, _ = self._walk_from(self._root, None, loc)
            return key_node, node
        parent = loc[:-1]
        start = self._prefixes.get(parent)
        if start is None:
            start = self._walk_from(self._root, None, parent)
            self._prefixes[parent] = start
        if not start[2]:
            return start[0], start[1]
        key_node, node, _ = self._walk_from(start[1], start[0], loc[-1:])
        return key_node, node

    def _walk_from(
        self, node: Node | None, key_node: Node | None, loc: Loc
    ) -> tuple[Node | None, Node | None, bool]:
        """Walk ``loc`` down from ``node``; the flag says whether all of it was found."""
        for part in loc:
            if isinstance(node, MappingNode) and isinstance(part, str):
                entry = self._entry(node, part)
                if entry is None:
                    return key_node, node, False
                key_node, node = entry
            elif isinstance(node, SequenceNode) and isinstance(part, int):
                if 0 <= part < len(node.value):
                    key_node, node = None, node.value[part]
                else:
                    return key_node, node, False
            else:
                # A single value where a list is accepted (``leder_till: x``).
                return key_node, node, False
        return key_node, node, True

    def _entry(self, node: MappingNode, key: str) -> tuple[Node, Node] | None:
        """The first entry of ``node`` under ``key``: an index per mapping, built once,
        so that positions for 50,000 keys of one mapping take linear, not quadratic, time."""
        entries = self._entries.get(id(node))
        if entries is None:
            entries = {}
            for k, v in node.value:
                if isinstance(k, ScalarNode):
                    entries.setdefault(self._canonical(k.value), (k, v))
            self._entries[id(node)] = entries
        return entries.get(key)

    def value(self, loc: Loc) -> Position:
        """Position of the node at ``loc`` (or of its deepest existing ancestor)."""
        _, node = self._walk(loc)
        return _pos(node) if node is not None else Position(1, 1)

    def key(self, loc: Loc) -> Position:
        """Position of the key naming ``loc``'s last part, else of its value."""
        key_node, node = self._walk(loc)
        if key_node is not None:
            return _pos(key_node)
        return _pos(node) if node is not None else Position(1, 1)
