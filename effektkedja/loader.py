"""YAML text to plain data, keeping where every node stood in the file.

PyYAML's C parser composes the node tree (each node carries its start mark);
this module builds plain Python data from it with its own, stricter rules:

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
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml
import yaml.reader
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

try:  # the C parser is much faster; the pure-Python one is the fallback
    from yaml.cyaml import CParser as _Parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Parser  # type: ignore[assignment]

Loc = tuple[str | int, ...]

#: Limits that keep a crafted file from exhausting time or memory.
MAX_DEPTH = 64
MAX_ALIAS_NODES = 100_000

_FOLD = str.maketrans("åäöÅÄÖ", "aaoAAO")

PLAIN = "effektkedja:plain"
_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_KNOWN_SCALAR_TAGS = {
    _STR,
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}

#: The Python types a value with an explicit standard tag may have.
_TAG_TYPES: dict[str, tuple[type, ...]] = {
    "tag:yaml.org,2002:int": (int,),
    "tag:yaml.org,2002:float": (int, float),
    "tag:yaml.org,2002:bool": (bool,),
    "tag:yaml.org,2002:null": (type(None),),
}

# Numbers as in YAML 1.2's core schema, except that a leading zero keeps a plain
# scalar as text: ``id: 007`` is the id "007", not the number 7.
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|(?:0|[1-9][0-9]*)(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")
_SPECIAL_FLOATS = {
    ".inf": float("inf"),
    ".Inf": float("inf"),
    ".INF": float("inf"),
    "+.inf": float("inf"),
    "+.Inf": float("inf"),
    "+.INF": float("inf"),
    "-.inf": float("-inf"),
    "-.Inf": float("-inf"),
    "-.INF": float("-inf"),
    ".nan": float("nan"),
    ".NaN": float("nan"),
    ".NAN": float("nan"),
}
_CONSTANTS: dict[str, Any] = {
    "true": True,
    "True": True,
    "TRUE": True,
    "false": False,
    "False": False,
    "FALSE": False,
    "null": None,
    "Null": None,
    "NULL": None,
    "~": None,
    "": None,
}
_NUMBER_START = frozenset("0123456789-+.")
_CONFLICT_MARKER = re.compile(rb"^(?:<{7}|={7}|>{7})(?: |$)", re.MULTILINE)


def fold(text: str) -> str:
    """ASCII-fold the Swedish letters å, ä, ö (the format accepts both spellings)."""
    return text.translate(_FOLD)


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


@dataclass(slots=True)
class Loaded:
    """The result of loading one file: data (None when unreadable), positions, problems."""

    data: Any
    source: SourceMap
    problems: list[LoadProblem]

    @property
    def readable(self) -> bool:
        return not any(p.rule == "EK001" for p in self.problems)


class _LoadError(Exception):
    def __init__(self, node: Node | Position, message: str, **args: Any) -> None:
        super().__init__(message)
        self.position = node if isinstance(node, Position) else _pos(node)
        self.message = message
        self.args_ = args


class _Composer(_Parser):  # type: ignore[misc, valid-type]
    """The C parser with a resolver that leaves plain scalars for us to type."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.yaml_version = None

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        if kind is ScalarNode:
            return PLAIN if implicit[0] else _STR
        return _SEQ if kind is SequenceNode else _MAP

    def descend_resolver(self, *args: Any) -> None:  # called by the pure-Python composer
        pass

    def ascend_resolver(self, *args: Any) -> None:
        pass


class SourceFloat(float):
    """A decimal number that remembers how the plan wrote it.

    Where text is asked for (an id, a name) the plan's own spelling is used:
    ``id: 1.10`` is the id "1.10", not "1.1".
    """

    source: str

    def __new__(cls, value: str) -> SourceFloat:
        number = super().__new__(cls, value)
        number.source = value
        return number


#: Longer digit strings are read as decimals (Python refuses int() of very long
#: strings, and a float says "too large" the way the model expects: not finite).
_MAX_INT_DIGITS = 18


def _plain_scalar(value: str) -> Any:
    if value in _CONSTANTS:
        return _CONSTANTS[value]
    if value[0] in _NUMBER_START:
        if _INT.match(value):
            return int(value) if len(value) <= _MAX_INT_DIGITS else SourceFloat(value)
        if _FLOAT.match(value):
            return SourceFloat(value)
        if value in _SPECIAL_FLOATS:
            return _SPECIAL_FLOATS[value]
    return value


class _Builder:
    """Builds plain data from nodes with our typing rules, collecting EK003.

    Aliases make the composer hand out the same node again; building copies it
    each time. Without aliases a file cannot hold more nodes than it has
    characters, so ``budget`` (twice the length plus :data:`MAX_ALIAS_NODES`)
    leaves room for any honest use of aliases and stops an alias bomb early.
    """

    def __init__(self, key_aliases: Mapping[str, str], text_length: int) -> None:
        self.aliases = key_aliases
        self.problems: list[LoadProblem] = []
        self.budget = 2 * text_length + MAX_ALIAS_NODES

    def build(self, node: Node, depth: int = 0) -> Any:
        # The hot loop of loading: scalars are handled inline, plain ones first.
        self.budget -= 1
        if self.budget < 0:
            raise _LoadError(node, "alias_bomb", limit=MAX_ALIAS_NODES)
        kind = type(node)
        if kind is ScalarNode:
            if node.tag == PLAIN:
                value = node.value
                if value in _CONSTANTS:
                    return _CONSTANTS[value]
                return _plain_scalar(value) if value[0] in _NUMBER_START else value
            return self._scalar(node)  # type: ignore[arg-type]
        if depth >= MAX_DEPTH:
            raise _LoadError(node, "too_deep", limit=MAX_DEPTH)
        if node.tag not in (_SEQ, _MAP):
            raise _LoadError(node, "unknown_tag", tag=node.tag)
        build = self.build
        depth += 1
        if kind is SequenceNode:
            return [build(item, depth) for item in node.value]
        aliases = self.aliases
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if type(key_node) is not ScalarNode:
                raise _LoadError(key_node, "complex_key")
            key = key_node.value
            key = aliases.get(key, key)
            if key in result:
                self.problems.append(
                    LoadProblem("EK003", _pos(key_node), "duplicate_key", {"key": key_node.value})
                )
                continue
            result[key] = build(value_node, depth)
        return result

    def _scalar(self, node: ScalarNode) -> Any:
        tag, value = node.tag, node.value
        if tag == PLAIN:
            return _plain_scalar(value)
        if tag == _STR or tag == "tag:yaml.org,2002:timestamp":
            return value
        if tag not in _KNOWN_SCALAR_TAGS:
            raise _LoadError(node, "unknown_tag", tag=tag)
        typed = _plain_scalar(value) if value else None
        expected = _TAG_TYPES[tag]
        if type(typed) not in expected:
            raise _LoadError(node, "bad_tagged_value", tag=node.tag, value=value)
        return float(typed) if float in expected and typed is not None else typed


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


#: libyaml's problems in words of our own (the original stays as the finding's ``detail``).
_SYNTAX = (
    ("mapping values are not allowed", "yaml.mapping_values"),
    ("expected ',' or ']'", "yaml.flow_sequence"),
    ("expected ',' or '}'", "yaml.flow_mapping"),
    ("while scanning a quoted scalar", "yaml.unclosed_quote"),
    ("expected '-' indicator", "yaml.block_sequence"),
    ("cannot start any token", "yaml.bad_start"),
    ("undefined alias", "yaml.undefined_alias"),
    ("unknown escape character", "yaml.bad_escape"),
    ("expected <document start>", "yaml.extra_content"),
    ("did not find expected key", "yaml.expected_key"),
    ("duplicate anchor", "yaml.duplicate_anchor"),
    ("could not find expected ':'", "yaml.missing_colon"),
    ("unknown directive", "yaml.directive"),
)


def _yaml_problem(exc: yaml.MarkedYAMLError, text: str) -> LoadProblem:
    mark = exc.problem_mark or exc.context_mark
    position = Position(mark.line + 1, mark.column + 1) if mark else Position(1, 1)
    problem = (exc.problem or "").strip()
    context = (exc.context or "").strip()
    detail = f"{problem} ({context})" if context and problem else problem or context
    if "expected a single document" in detail:
        return LoadProblem("EK001", position, "several_documents")
    if "maximum nesting depth" in detail:
        deep = _nesting_beyond(text, MAX_DEPTH)
        at = deep[0] if deep is not None else position
        return LoadProblem("EK001", at, "too_deep", {"limit": MAX_DEPTH})
    lines = text.splitlines()
    row = lines[position.line - 1] if 0 < position.line <= len(lines) else ""
    if "\t" in row[: len(row) - len(row.lstrip())] or "found character '\\t'" in problem:
        return LoadProblem("EK001", position, "tab")
    key = next((key for phrase, key in _SYNTAX if phrase in detail), "yaml")
    args = {"detail": detail}
    if key == "yaml.bad_start":
        args["char"] = row[position.column - 1 : position.column] or "?"
    return LoadProblem("EK001", position, key, args)


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
