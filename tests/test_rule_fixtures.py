"""Every rule's fixture cases (tests/fixtures/rules/EKxxx.yaml), run by one generic test.

Each case is a plan, the positions where the rule must fire (``fires``, empty for
a near miss) and which of them are accepted through ``undantag``. Adding a rule
means adding a fixture file, nothing else.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from effektkedja.engine import PlanResult
from effektkedja.rules import CODES
from tests.conftest import check_text

FIXTURES = Path(__file__).parent / "fixtures" / "rules"


def _load() -> list[tuple[str, str, dict]]:
    cases = []
    for path in sorted(FIXTURES.glob("EK*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        for number, case in enumerate(spec["cases"]):
            cases.append((spec["rule"], f"{spec['rule']}-{number}-{case['name']}", case))
    return cases


#: Every case of every rule: (rule code, name, case).
CASES = _load()


def check_case(case: dict) -> PlanResult:
    """Check a case's plan on the case's ``today`` (default 2026-11-23)."""
    today = case.get("today", date(2026, 11, 23))
    if isinstance(today, str):
        today = date.fromisoformat(today)
    return check_text(case["plan"], today=today)


def test_every_rule_has_fixtures() -> None:
    present = {path.stem for path in FIXTURES.glob("EK*.yaml")}
    assert present == set(CODES)


def test_every_rule_has_a_firing_and_a_quiet_case() -> None:
    for path in FIXTURES.glob("EK*.yaml"):
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
        assert any(case["fires"] for case in cases), path.name
        if path.stem != "EK001":  # every non-YAML text is an EK001; quiet cases live elsewhere
            assert any(not case["fires"] for case in cases), path.name


@pytest.mark.parametrize(
    ("rule", "case"), [pytest.param(code, case, id=name) for code, name, case in CASES]
)
def test_rule_case(rule: str, case: dict) -> None:
    result = check_case(case)
    fired = sorted(f"{f.line}:{f.column}" for f in result.findings if f.rule == rule)
    assert fired == sorted(case["fires"]), [
        (f.rule, f.line, f.column, f.message, f.args) for f in result.findings
    ]
    accepted = sorted(
        f"{f.line}:{f.column}" for f in result.findings if f.rule == rule and f.accepted
    )
    assert accepted == sorted(case.get("accepted", []))
    if rule not in ("EK001", "EK002", "EK003"):
        broken = [f for f in result.findings if f.rule in ("EK001", "EK002")]
        assert not broken, broken
