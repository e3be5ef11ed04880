"""Composing YAML with libyaml, then building plain data from the nodes by our own rules.

The composer leaves plain scalars untyped (tagged :data:`PLAIN`); :class:`_Builder`
types them as the format wants (only ``true``/``false`` are booleans, numbers keep
how the plan wrote them, dates stay text), reports a repeated key (EK003) and
refuses unknown tags, complex keys, too deep nesting and alias bombs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from yaml.nodes import Node, ScalarNode, SequenceNode

try:  # the C parser is much faster; the pure-Python one is the fallback
    from yaml.cyaml import CParser as _Parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Parser  # type: ignore[assignment]

from effektkedja.loader.positions import LoadProblem, Position, _pos

#: Limits that keep a crafted file from exhausting time or memory.
MAX_DEPTH = 64
MAX_ALIAS_NODES = 100_000

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
