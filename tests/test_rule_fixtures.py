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

from effektkedja.rules import RULES
from tests.conftest import check_text

FIXTURES = Path(__file__).parent / "fixtures" / "rules"


def _cases() -> list[object]:
    params = []
    for path in sorted(FIXTURES.glob("EK*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        for number, case in enumerate(spec["cases"]):
            name = f"{spec['rule']}-{number}-{case['name']}"
            params.append(pytest.param(spec["rule"], case, id=name))
    return params


def test_every_rule_has_fixtures() -> None:
    present = {path.stem for path in FIXTURES.glob("EK*.yaml")}
    assert present == set(RULES)


def test_every_rule_has_a_firing_and_a_quiet_case() -> None:
    for path in FIXTURES.glob("EK*.yaml"):
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
        assert any(case["fires"] for case in cases), path.name
        if path.stem != "EK001":  # every non-YAML text is an EK001; quiet cases live elsewhere
            assert any(not case["fires"] for case in cases), path.name


@pytest.mark.parametrize(("rule", "case"), _cases())
def test_rule_case(rule: str, case: dict) -> None:
    today = case.get("today", date(2026, 11, 23))
    if isinstance(today, str):
        today = date.fromisoformat(today)
    result = check_text(case["plan"], today=today)
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
