"""``--format json``: the stable machine format of SPEC.md section 7."""

from __future__ import annotations

import json
from typing import Any

from effektkedja.engine import PlanResult, Summary
from effektkedja.findings import Finding
from effektkedja.messages import render as render_message
from effektkedja.messages import text
from effektkedja.portfolio import Organisation, organisation


def finding_fields(finding: Finding, lang: str) -> dict[str, Any]:
    """A finding as JSON (SPEC.md section 7), without ``accepted``: shared with ``diff``."""
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "initiative": finding.initiative,
        "message": render_message(finding.message, finding.args, lang),
    }


def document(results: list[PlanResult], summary: Summary, lang: str) -> dict[str, Any]:
    """The JSON document as Python data."""
    return {
        "schema_version": 1,
        "plans": [
            {
                "path": result.path,
                "organisation": result.organisation,
                "initiatives": [
                    {
                        "id": item.id,
                        "name": item.name,
                        "line": item.line,
                        "level": item.classification.level.value,
                        "declared_level": item.classification.declared.value
                        if item.classification.declared is not None
                        else None,
                        "inferred_level": item.classification.inferred.value,
                        "basis": item.classification.basis.value,
                        "reasons": [text(reason, lang) for reason in item.classification.reasons],
                    }
                    for item in result.initiatives
                ],
            }
            for result in results
        ],
        "findings": [
            {**finding_fields(finding, lang), "accepted": finding.accepted}
            for result in results
            for finding in result.findings
        ],
        "summary": {
            "plans": summary.plans,
            "initiatives": summary.initiatives,
            "levels": {level.value: count for level, count in summary.levels.items()},
            "errors": summary.errors,
            "warnings": summary.warnings,
            "infos": summary.infos,
            "organisations": [_organisation(organisation(result)) for result in results],
        },
    }


def _organisation(row: Organisation) -> dict[str, Any]:
    """One entry of ``summary.organisations``: a plan's figures for a portfolio roll-up.

    Shares are fractions from 0 to 1 (four decimals), null when there is nothing to
    divide by (no initiatives, no outcome indicators); the counts behind them are
    given too. A plan that could not be read has ``valid: false`` and zeros.
    """
    return {
        "path": row.path,
        "organisation": row.organisation,
        "type": row.type,
        "valid": row.valid,
        "initiatives": row.initiatives,
        "levels": {level.value: count for level, count in row.levels.items()},
        "reaching_outcome": row.reaching_outcome,
        "reaching_outcome_share": row.reaching_share,
        "outcome_indicators": row.outcome_indicators,
        "sex_disaggregated_indicators": row.sex_disaggregated,
        "sex_disaggregated_share": row.sex_disaggregated_share,
        "errors": row.errors,
        "warnings": row.warnings,
        "infos": row.infos,
    }


#: Above this many initiatives and findings the document is written compactly:
#: indented output goes through the pure-Python encoder and costs seconds.
PRETTY_LIMIT = 5_000


def render(results: list[PlanResult], summary: Summary, lang: str) -> str:
    """Serialise the document (UTF-8 text, å/ä/ö kept as they are)."""
    data = document(results, summary, lang)
    size = len(data["findings"]) + summary.initiatives
    indent = 2 if size <= PRETTY_LIMIT else None
    return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"
