"""The example plans keep the promises in their header comments.

Each file in ``examples/`` starts with a comment that says how to check it and
which findings to expect, one per line::

    #   EK102 utbildning-handlaggare  utbildningen leder inte vidare ...
    #   EK105 (hela planen)           ingen insats på utfall ...
    #   EK304 mall-manadsrapport      produkt utan beslut – godtagen genom undantag ...

That comment is the example's contract. The expectations are read from it and
checked with the real command (``python -m effektkedja check ... --format json``)
and the fixed date the comment names.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
TODAY = "2026-11-23"
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))
#: examples/portfolio/ shows a portfolio report with plans that cannot be read.
BROKEN_PORTFOLIO_PLANS = ("kommun-vallsjo.yaml", "myndighet-studievagledning.yaml")

EXPECTATION = re.compile(r"^#\s+(EK\d{3})\s+(\([^)]*\)|\S+)\s*(.*)$")
CONTINUATION = re.compile(r"^#\s{8,}(\S.*)$")
COMMAND = re.compile(r"^#\s+effektkedja check (\S+)(.*)$")


@dataclass(frozen=True)
class Expected:
    rule: str
    initiative: str | None  # None: the plan as a whole ("(hela planen)")
    accepted: bool  # "godtagen genom undantag"
    text: str


def header(path: Path) -> list[str]:
    """The comment lines at the top of a file, before the first YAML line."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        lines.append(line.rstrip())
    return lines


def expectations(path: Path) -> list[Expected]:
    """The findings the header comment promises."""
    found: list[tuple[str, str | None, list[str]]] = []
    for line in header(path):
        match = EXPECTATION.match(line)
        if match:
            rule, who, text = match.groups()
            initiative = None if who.startswith("(") else who
            found.append((rule, initiative, [text]))
            continue
        more = CONTINUATION.match(line)
        if more and found:
            found[-1][2].append(more.group(1))
    return [
        Expected(rule, initiative, "godtagen" in " ".join(text).lower(), " ".join(text))
        for rule, initiative, text in found
    ]


def check(path: Path, *options: str) -> tuple[int, dict]:
    env = dict(os.environ, NO_COLOR="1", PYTHONUTF8="1")
    env.pop("FORCE_COLOR", None)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "effektkedja",
            "check",
            str(path),
            "--format",
            "json",
            "--today",
            TODAY,
            *options,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    return result.returncode, json.loads(result.stdout)


@pytest.fixture(scope="module", params=EXAMPLE_FILES, ids=lambda p: p.stem)
def example(request: pytest.FixtureRequest) -> tuple[Path, int, dict]:
    path: Path = request.param
    code, document = check(path)
    return path, code, document


def test_there_are_examples() -> None:
    assert len(EXAMPLE_FILES) >= 3
    assert all(path.name == path.name.lower() for path in EXAMPLE_FILES)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_header_is_parseable(path: Path) -> None:
    promised = expectations(path)
    assert len(promised) >= 3, f"{path.name}: no expected findings in the header comment"
    commands = [COMMAND.match(line) for line in header(path)]
    commands = [m for m in commands if m]
    assert commands, f"{path.name}: the header does not say how to check it"
    for match in commands:
        assert match.group(1) == f"examples/{path.name}"
        assert f"--today {TODAY}" in match.group(2)


def test_example_is_a_valid_plan(example: tuple[Path, int, dict]) -> None:
    path, code, document = example
    broken = [f for f in document["findings"] if f["rule"] in ("EK001", "EK002", "EK003")]
    assert not broken, broken
    [plan] = document["plans"]
    assert plan["initiatives"], path.name
    assert isinstance(plan["organisation"], str) and plan["organisation"]
    # The examples have gaps, not errors: the default --fail-on error passes.
    assert document["summary"]["errors"] == 0
    assert code == 0


def test_example_has_several_findings(example: tuple[Path, int, dict]) -> None:
    _, _, document = example
    assert len([f for f in document["findings"] if not f["accepted"]]) >= 3


def test_promised_findings_are_reported(example: tuple[Path, int, dict]) -> None:
    path, _, document = example
    reported = {(f["rule"], f["initiative"]): f for f in document["findings"]}
    missing = [e for e in expectations(path) if (e.rule, e.initiative) not in reported]
    assert not missing, f"{path.name}: promised but not reported: {missing}"


def test_promised_acceptances_hold(example: tuple[Path, int, dict]) -> None:
    path, _, document = example
    for expected in expectations(path):
        matching = [
            f
            for f in document["findings"]
            if (f["rule"], f["initiative"]) == (expected.rule, expected.initiative)
        ]
        assert matching, expected
        assert any(f["accepted"] is expected.accepted for f in matching), (expected, matching)


def test_no_unpromised_findings(example: tuple[Path, int, dict]) -> None:
    """The header lists every finding: a new one means the comment (or a rule) must change."""
    path, _, document = example
    promised = {(e.rule, e.initiative) for e in expectations(path)}
    extra = [
        (f["rule"], f["initiative"], f["message"])
        for f in document["findings"]
        if (f["rule"], f["initiative"]) not in promised
    ]
    assert not extra, f"{path.name}: reported but not in the header comment: {extra}"


def test_examples_folder_checks_together() -> None:
    code, document = check(EXAMPLES)
    # The only errors are those of the two plans in portfolio/ that are broken on purpose.
    broken = {EXAMPLES / "portfolio" / name for name in BROKEN_PORTFOLIO_PLANS}
    errors = {Path(f["path"]) for f in document["findings"] if f["severity"] == "error"}
    assert errors == broken
    assert code == 1
    paths = [p["path"] for p in document["plans"]]
    # The folder's own plans come first, sorted; subfolders (other stories) follow.
    assert paths[: len(EXAMPLE_FILES)] == [str(p) for p in EXAMPLE_FILES]
    assert all(Path(p).parent != EXAMPLES for p in paths[len(EXAMPLE_FILES) :])
    for path in EXAMPLE_FILES:
        rules = {
            (f["rule"], f["initiative"]) for f in document["findings"] if f["path"] == str(path)
        }
        assert {(e.rule, e.initiative) for e in expectations(path)} <= rules


def test_examples_fail_when_warnings_count() -> None:
    code, _ = check(EXAMPLES, "--fail-on", "warning")
    assert code == 1


# The parsed headers, pinned: if a header's wording changes so that the parser
# misses lines, this says so instead of silently expecting less.
PINNED = {
    "kommun-hemtjanst": {
        ("EK102", "utbildning-handlaggare"),
        ("EK307", "manadsuppfoljning"),
        ("EK206", "hemtjanst-timmar"),
        ("EK301", "genomforandeplaner"),
        ("EK307", "genomforandeplaner"),
        ("EK205", "inflytande-hemtjanst"),
        ("EK104", "anhorigstod-man"),
        ("EK202", "anhorigstod-man"),
        ("EK304", "mall-manadsrapport"),
        ("EK406", None),
    },
    "region-projektmedel": {
        ("EK101", "handlaggning-kriterier"),
        ("EK307", "handlaggning-kriterier"),
        ("EK307", "redovisning-slutrapport"),
        ("EK203", "fordelning-medel"),
        ("EK103", "seminarieserie-projektagare"),
        ("EK302", "deltagare-projekt"),
        ("EK406", None),
    },
    "myndighet-aktivitetsfallan": {
        ("EK105", None),
        ("EK108", "kartlaggning-anvandare"),
        ("EK108", "workshoppar-anvandarresor"),
        ("EK304", "checklista-anvandartester"),
        ("EK102", "checklista-anvandartester"),
        ("EK108", "utbildning-medarbetare"),
        ("EK102", "utbildning-medarbetare"),
        ("EK108", "seminarium-ledningsgrupp"),
        ("EK106", "policy-jamstalldhet"),
        ("EK305", "policy-jamstalldhet"),
        ("EK102", "policy-jamstalldhet"),
        ("EK102", "analys-forstudier"),
        ("EK307", "analys-forstudier"),
        ("EK108", "kartlaggning-kundtjanst"),
        ("EK102", "kartlaggning-kundtjanst"),
        ("EK306", "kartlaggning-kundtjanst"),
        ("EK102", "erfarenhetsutbyte-jim"),
        ("EK406", None),
    },
}
PINNED_ACCEPTED = {
    "kommun-hemtjanst": {("EK304", "mall-manadsrapport")},
    "region-projektmedel": set(),
    "myndighet-aktivitetsfallan": {("EK102", "erfarenhetsutbyte-jim")},
}


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_header_parse_matches_pinned(path: Path) -> None:
    if path.stem not in PINNED:
        pytest.skip("a new example: its header is checked by the parsed expectations only")
    parsed = expectations(path)
    assert {(e.rule, e.initiative) for e in parsed} == PINNED[path.stem]
    assert {(e.rule, e.initiative) for e in parsed if e.accepted} == PINNED_ACCEPTED[path.stem]
