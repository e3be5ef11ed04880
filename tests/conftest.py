"""Shared helpers for the tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from effektkedja.engine import CheckOptions, PlanResult, check_bytes

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
TODAY = date(2026, 11, 23)


def check_text(text: str, today: date = TODAY, **options: object) -> PlanResult:
    """Check a plan given as text, as if it were the file ``plan.yaml``."""
    return check_bytes(text.encode("utf-8"), "plan.yaml", CheckOptions(today=today, **options))


def codes(result: PlanResult) -> list[str]:
    """The rule codes of a result's findings, in file order."""
    return [finding.rule for finding in result.findings]


@pytest.fixture
def examples() -> Path:
    return EXAMPLES
