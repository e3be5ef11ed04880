"""The one-way flow of docs/architecture.md: the core never loads views, renderers,
commands or the command line, and the command line starts without the heavy parts.

Each module is imported in a fresh interpreter and the test looks at what got
loaded (``sys.modules``), so it sees what really happens at run time.
"""

from __future__ import annotations

import json
import subprocess
import sys

#: Core modules, in the order of the flow; none may load an outer layer.
CORE = (
    "effektkedja.domain",
    "effektkedja.messages",
    "effektkedja.loader",
    "effektkedja.model",
    "effektkedja.validate",
    "effektkedja.cues",
    "effektkedja.classify",
    "effektkedja.chain",
    "effektkedja.facts",
    "effektkedja.rules",
    "effektkedja.findings",
    "effektkedja.engine",
    "effektkedja.portfolio",
    "effektkedja.diff",
    "effektkedja.export",
    "effektkedja.workbook.reader",
)
OUTER = ("effektkedja.views", "effektkedja.render", "effektkedja.commands", "effektkedja.cli")

SCRIPT = """
import importlib, json, sys
found = {}
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m.startswith("effektkedja")]:
        del sys.modules[loaded]
    importlib.import_module(name)
    if name == "effektkedja.engine":
        from effektkedja.rules import CODES, rule
        for code in CODES:
            rule(code)  # every rule unit is core too
    found[name] = sorted(m for m in sys.modules if m.startswith("effektkedja"))
print(json.dumps(found))
"""


def loaded_by(*names: str) -> dict[str, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, *names], capture_output=True, text=True, check=True
    )
    result: dict[str, list[str]] = json.loads(done.stdout)
    return result


def test_the_core_never_loads_an_outer_layer() -> None:
    for name, modules in loaded_by(*CORE).items():
        outer = [m for m in modules if m.startswith(OUTER)]
        assert outer == [], (name, outer)


def test_views_load_no_renderer_or_command() -> None:
    for name, modules in loaded_by("effektkedja.views.report").items():
        outer = [m for m in modules if m.startswith(OUTER[1:])]
        assert outer == [], (name, outer)


def test_the_command_line_loads_no_check_machinery_to_start() -> None:
    [modules] = loaded_by("effektkedja.cli").values()
    heavy = [
        m
        for m in modules
        if m.startswith(("effektkedja.model", "effektkedja.engine", "effektkedja.render"))
    ]
    assert heavy == []


def test_typer_and_rich_are_not_loaded_to_start() -> None:
    """typer is for shell completion only; rich for colour on a terminal."""
    snippet = (
        "import sys, effektkedja.cli\n"
        "print(sorted(m for m in ('typer', 'rich', 'pydantic') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", snippet], capture_output=True, text=True)
    assert done.stdout.strip() == "[]", done.stderr
