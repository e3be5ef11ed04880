"""Every rule is documented in Swedish and English, and each doc's examples are honest:
the "flagged" plan really triggers the rule and the "better" plan does not."""

from __future__ import annotations

import re

import pytest

from effektkedja.rules import CODES, rule, rule_doc
from tests.conftest import check_text

_YAML_BLOCK = re.compile(r"```yaml\n(.*?)```", re.DOTALL)
SECTIONS = {
    "sv": [
        "## Vad regeln kontrollerar",
        "## Varför det spelar roll",
        "## Så åtgärdar du",
        "## Exempel",
    ],
    "en": ["## What it checks", "## Why it matters", "## How to fix", "## Example"],
}


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("code", sorted(CODES))
def test_rule_doc_has_every_section(code: str, lang: str) -> None:
    doc = rule_doc(code, lang)
    assert doc.name == rule(code).name
    assert doc.title and len(doc.title) <= 60
    positions = [doc.body.find(heading) for heading in SECTIONS[lang]]
    assert all(p >= 0 for p in positions), positions
    assert positions == sorted(positions)


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("code", sorted(set(CODES) - {"EK001"}))
def test_rule_doc_examples_behave_as_described(code: str, lang: str) -> None:
    """Where an example is a whole plan, the flagged one fires and the better one does not.

    The better plan must not trade one gap for another either: it raises no
    finding of a rule that the flagged plan did not already raise.
    """
    blocks = _YAML_BLOCK.findall(rule_doc(code, lang).body)
    assert len(blocks) >= 2
    flagged, better = blocks[0], blocks[-1]
    if not flagged.lstrip().startswith(("organisation", "version", "#")):
        pytest.skip("the example is a fragment, not a whole plan")
    flagged_result = check_text(flagged)
    before = {f.rule for f in flagged_result.findings}
    assert code in before
    fixed = check_text(better)
    after = {f.rule for f in fixed.findings if not f.accepted}
    assert code not in after
    if not flagged_result.valid:
        return  # rules never ran on a plan that could not be read: nothing to compare
    assert after - before == set(), [
        (f.rule, f.line, f.message) for f in fixed.findings if f.rule not in before
    ]
