"""Plan data to readable YAML: the other direction of ``convert``.

The text follows SPEC.md section 3: keys in the format's order, block style,
each initiative and problem set off by an empty line, and flow style where the
format's own examples use it (points ``{år: 2023, kvinnor: 28.0, män: 34.5}``,
``period``, ``produkt``, lists of ids and delmål). A text is quoted only where
the project's loader (:mod:`effektkedja.loader`) would otherwise read it as
something else (``"007"``, ``"true"``, ``"1e3"``) or YAML's syntax needs it;
dates stay plain, since the loader keeps them as text. A number keeps the
spelling the plan gave it (``28.0``, ``1.10``). Text with line breaks is
written as a literal block (``|``), a long line of text folded (``>-``).
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.nodes import ScalarNode

from effektkedja.loader import _plain_scalar

_STR = "tag:yaml.org,2002:str"


def _plain_tag(value: str) -> str:
    """The tag the project's loader gives ``value`` written plain (unquoted)."""
    typed = _plain_scalar(value) if value else None
    if isinstance(typed, str):
        return _STR
    if typed is None:
        return "tag:yaml.org,2002:null"
    if isinstance(typed, bool):
        return "tag:yaml.org,2002:bool"
    return "tag:yaml.org,2002:int" if isinstance(typed, int) else "tag:yaml.org,2002:float"


#: Keys of each part of the format in the order of SPEC.md section 3.
_ORDER: dict[str, tuple[str, ...]] = {
    "plan": (
        "version",
        "organisation",
        "kortnamn",
        "typ",
        "period",
        "uppdrag",
        "ansvarig",
        "problem",
        "insatser",
    ),
    "period": ("från", "till"),
    "initiative": (
        "id",
        "namn",
        "beskrivning",
        "nivå",
        "ansvarig",
        "status",
        "start",
        "slut",
        "delmål",
        "målgrupp",
        "leder_till",
        "problem",
        "beslut",
        "produkt",
        "tillämpning",
        "indikatorer",
        "undantag",
    ),
    "decision": ("datum", "av", "diarienummer"),
    "product": ("typ",),
    "application": ("av", "sedan"),
    "indicator": (
        "namn",
        "källa",
        "enhet",
        "omfång",
        "riktning",
        "utgångsläge",
        "mål",
        "mätningar",
    ),
    "point": ("år", "datum", "kvinnor", "män", "flickor", "pojkar", "totalt"),
    "exemption": ("regel", "motivering"),
    "problem": ("id", "namn", "delmål", "målgrupp", "analys", "underlag"),
    "underlag": ("namn", "källa", "enhet", "värden"),
}

#: What a key holds in each part: a part (mapping), a list of parts, or a flow list.
_PARTS: dict[tuple[str, str], str] = {
    ("plan", "period"): "period",
    ("initiative", "beslut"): "decision",
    ("initiative", "produkt"): "product",
    ("initiative", "tillämpning"): "application",
    ("indicator", "utgångsläge"): "point",
    ("indicator", "mål"): "point",
}
_LISTS: dict[tuple[str, str], str] = {
    ("plan", "problem"): "problem",
    ("plan", "insatser"): "initiative",
    ("initiative", "indikatorer"): "indicator",
    ("initiative", "undantag"): "exemption",
    ("indicator", "mätningar"): "point",
    ("problem", "underlag"): "underlag",
    ("underlag", "värden"): "point",
}
_FLOW_PARTS = frozenset({"period", "product", "point"})


class _Flow(dict[str, Any]):
    """A mapping written on one line."""


class _Block(dict[str, Any]):
    """A mapping written one key per line."""


class _FlowList(list[Any]):
    """A list of scalars written on one line."""


def _arrange(value: Any, part: str) -> Any:
    """``value`` (a mapping of kind ``part``) with keys in order and styles chosen."""
    if not isinstance(value, dict):
        return value
    order = _ORDER.get(part, ())
    keys = [key for key in order if key in value] + [key for key in value if key not in order]
    arranged = (_Flow if part in _FLOW_PARTS else _Block)()
    for key in keys:
        item = value[key]
        if (part, key) in _PARTS:
            arranged[key] = _arrange(item, _PARTS[(part, key)])
        elif (part, key) in _LISTS and isinstance(item, list):
            inner = _LISTS[(part, key)]
            arranged[key] = [_arrange(element, inner) for element in item]
        elif isinstance(item, list) and all(not isinstance(e, (dict, list)) for e in item):
            arranged[key] = _FlowList(item)
        else:
            arranged[key] = _generic(item)
    return arranged


def _generic(value: Any) -> Any:
    """Something outside the format (only in data that is no valid plan): as it is."""
    if isinstance(value, dict):
        return _Block({key: _generic(item) for key, item in value.items()})
    if isinstance(value, list):
        return [_generic(item) for item in value]
    return value


class _Dumper(yaml.SafeDumper):
    """Types plain scalars as the project's loader does, so quoting is exactly what is needed."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is ScalarNode:
            return _plain_tag(value) if implicit[0] else _STR
        return super().resolve(kind, value, implicit)

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> Any:
        return super().increase_indent(flow, False)  # "  - id: ..." under its key


#: Lines are wrapped at this width; longer single-line text is written folded (``>-``).
WIDTH = 80
#: Text that folds safely: words of visible characters with single spaces between.
_FOLDABLE = re.compile(r"[^\s\x00-\x1f\x7f-\x9f\ufeff]+(?: [^\s\x00-\x1f\x7f-\x9f\ufeff]+)*\Z")


def _represent_text(dumper: yaml.SafeDumper, text: str) -> Any:
    if any(mark in text for mark in "\x85\u2028\u2029"):
        style: str | None = '"'  # YAML reads these as line breaks unless escaped
    elif "\n" in text:
        style = "|"
    elif len(text) > WIDTH - 8 and _FOLDABLE.match(text):
        style = ">"
    else:
        style = None
    return dumper.represent_scalar(_STR, text, style=style)


def _represent_float(dumper: yaml.SafeDumper, number: float) -> Any:
    source = getattr(number, "source", None)
    if isinstance(source, str):
        return dumper.represent_scalar("tag:yaml.org,2002:float", source)
    return dumper.represent_float(number)


_Dumper.add_representer(str, _represent_text)
_Dumper.add_multi_representer(float, _represent_float)
_Dumper.add_representer(
    _Flow, lambda dumper, data: dumper.represent_mapping("tag:yaml.org,2002:map", data, True)
)
_Dumper.add_representer(
    _Block, lambda dumper, data: dumper.represent_mapping("tag:yaml.org,2002:map", data, False)
)
_Dumper.add_representer(
    _FlowList, lambda dumper, data: dumper.represent_sequence("tag:yaml.org,2002:seq", data, True)
)

_SECTION = re.compile(r"(?:problem|insatser):")


def dump_yaml(data: dict[str, Any]) -> str:
    """Plan data (as the loaders give it) as YAML text that loads back to the same data."""
    text: str = yaml.dump(
        _arrange(data, "plan"),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=WIDTH,
        default_flow_style=False,
    )
    return _spaced(text)


def _spaced(text: str) -> str:
    """An empty line before ``problem:``/``insatser:`` and between their items.

    Inside those two lists (the last keys of a plan) a line starting ``"  - "``
    is always an item: the contents of a literal block there are indented further.
    """
    lines = text.splitlines()
    out: list[str] = []
    inside = False
    for index, line in enumerate(lines):
        if _SECTION.match(line):
            inside = True
            if out:
                out.append("")
        elif not line.startswith(" "):
            inside = False
        elif inside and line.startswith("  - ") and not _SECTION.match(lines[index - 1]):
            out.append("")
        out.append(line)
    return "\n".join(out) + "\n"
