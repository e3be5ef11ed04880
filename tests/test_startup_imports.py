"""Start-up guard: what the command imports, read from ``python -X importtime``.

Not a timed test (times vary on shared machines): it checks *which* modules are
loaded, which is what start-up time mostly depends on. ``--version`` and the
import of the CLI module must not load the model, YAML, the renderers, the
report or their libraries; ``check --format json`` must not load rich or jinja2.
A failure names the chain of imports that pulled the module in, outermost last:
``rich.console ← effektkedja.render.text ← effektkedja.commands.check``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SMALLEST_EXAMPLE = min((ROOT / "examples").glob("*.yaml"), key=lambda path: path.stat().st_size)

#: Not to be imported just to start: a name covers the module and its submodules;
#: a name ending in a dot covers only the submodules.
NOT_AT_START = (
    "jinja2",
    "rich",
    "pydantic",
    "yaml",
    "effektkedja.model",
    "effektkedja.render.",
    "effektkedja.report",
)
#: Not to be imported by ``check --format json``: only the text and report output need them.
NOT_FOR_JSON = ("rich", "jinja2")


@dataclass(frozen=True)
class Import:
    """A module in ``-X importtime`` order, with the modules whose import loaded it."""

    name: str
    importers: tuple[str, ...]  # innermost first; empty: imported by the script or at run time


def imports(arguments: list[str]) -> list[Import]:
    """Run ``python -X importtime ARGUMENTS`` in the project and read what it imported.

    ``-X importtime`` prints each module when its import finishes, indented by
    nesting depth, so a module's importer is the next line with less indentation.
    """
    env = {**os.environ, "NO_COLOR": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-X", "importtime", *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr[-2000:]
    entries: list[tuple[int, str]] = []
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or line.endswith("imported package"):
            continue
        column = line.split("|", 2)[2]
        name = column.strip()
        depth = (len(column) - len(column.lstrip()) - 1) // 2
        entries.append((depth, name))
    found: list[Import] = []
    stack: list[tuple[int, str]] = []
    for depth, name in reversed(entries):  # reversed post-order: importers come first
        while stack and stack[-1][0] >= depth:
            stack.pop()
        found.append(Import(name, tuple(importer for _, importer in reversed(stack))))
        stack.append((depth, name))
    found.reverse()
    return found


def covered(name: str, forbidden: str) -> bool:
    """Whether module ``name`` is covered by ``forbidden`` (ending in '.': only submodules)."""
    if forbidden.endswith("."):
        return name.startswith(forbidden)
    return name == forbidden or name.startswith(forbidden + ".")


def offenders(found: list[Import], forbidden: tuple[str, ...]) -> list[str]:
    """For each forbidden name that was imported: the chain of imports that first did it."""
    chains = []
    for name in forbidden:
        hits = [entry for entry in found if covered(entry.name, name)]
        if not hits:
            continue
        # The first to finish belongs to the first forbidden import to start; trace it
        # out to the outermost covered module, the one the rest of the program asked for.
        first = hits[0]
        chain = [first.name, *first.importers]
        while len(chain) > 1 and covered(chain[1], name):
            chain.pop(0)
        outer = " ← ".join(chain)
        if len(chain) == 1:
            outer += " (imported at run time by a function, or by the command itself)"
        chains.append(f"{name.rstrip('.')}: {outer}")
    return chains


CASES = {
    "import effektkedja.cli": (["-c", "import effektkedja.cli"], NOT_AT_START),
    "effektkedja --version": (["-m", "effektkedja", "--version"], NOT_AT_START),
    "check --format json": (
        [
            "-m",
            "effektkedja",
            "check",
            "--format",
            "json",
            "--today",
            "2026-11-23",
            str(SMALLEST_EXAMPLE),
        ],
        NOT_FOR_JSON,
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_start_up_imports_only_what_is_needed(case: str) -> None:
    arguments, forbidden = CASES[case]
    found = imports(arguments)
    assert any(entry.name == "effektkedja.cli" for entry in found), "importtime output not read"
    problems = offenders(found, forbidden)
    assert not problems, f"{case} imports modules it does not need:\n" + "\n".join(problems)


def test_the_chain_names_the_importers() -> None:
    """The guard's own reader: a nested import is traced back to the statement."""
    found = imports(["-c", "import json"])
    decoder = next(entry for entry in found if entry.name == "json.decoder")
    assert decoder.importers == ("json",)
    assert offenders(found, ("json.",))[0].endswith(" ← json")
    assert offenders(found, ("json",)) == [
        "json: json (imported at run time by a function, or by the command itself)"
    ]
