"""``--format json``: the stable machine format of SPEC.md section 7."""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any, TextIO

from effektkedja.engine import PlanResult, Summary
from effektkedja.facts import (
    EvidenceFacts,
    IndicatorFacts,
    InitiativeFacts,
    PointFacts,
    ProblemFacts,
)
from effektkedja.findings import Finding, describe
from effektkedja.messages import text
from effektkedja.portfolio import Organisation, organisation
from effektkedja.render.stream import JsonArray, copy, dumps, key, spool


def finding_fields(finding: Finding, lang: str) -> dict[str, Any]:
    """A finding as JSON (SPEC.md section 7), without ``accepted``: shared with ``diff``.

    A finding in a workbook has its ``cell`` (``Insatser!D7``); a finding on a file
    the parser refused keeps the parser's own words as ``detail``.
    """
    fields = {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "initiative": finding.initiative,
        "message": describe(finding, lang),
    }
    if finding.cell is not None:
        fields["cell"] = finding.cell
    detail = finding.args.get("detail")
    if isinstance(detail, str):
        fields["detail"] = detail
    return fields


def document(results: list[PlanResult], summary: Summary, lang: str) -> dict[str, Any]:
    """The JSON document as Python data."""
    return {
        "schema_version": 1,
        "plans": [plan_part(result, lang) for result in results],
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
            "accepted": summary.accepted,
            "organisations": [_organisation(organisation(result)) for result in results],
        },
    }


def initiative(item: InitiativeFacts, lang: str) -> dict[str, Any]:
    """One initiative of ``plans[].initiatives`` (SPEC.md sections 7 and 8)."""
    cls = item.classification
    return {
        "id": item.id,
        "name": item.name,
        "line": item.line,
        "level": cls.level.value,
        "declared_level": cls.declared.value if cls.declared is not None else None,
        "inferred_level": cls.inferred.value,
        "basis": cls.basis.value,
        "reasons": [text(reason, lang) for reason in cls.reasons],
        "result": item.result.value if item.result is not None else None,
        "indicators": [indicator(facts) for facts in item.indicators],
    }


def indicator(facts: IndicatorFacts) -> dict[str, Any]:
    """One indicator with its points in the order of SPEC.md section 8."""
    return {
        "name": facts.name,
        "line": facts.line,
        "unit": facts.unit,
        "scope": facts.scope.value,
        "direction": facts.direction.value,
        "sexes": ["flickor", "pojkar"] if facts.youth else ["kvinnor", "män"],
        "points": [point(p) for p in facts.points],
        "latest": point(facts.latest) if facts.latest is not None else None,
        "gap_change": facts.gap_change.value if facts.gap_change is not None else None,
    }


def problem(facts: ProblemFacts) -> dict[str, Any]:
    """One problem of ``plans[].problems`` (SPEC.md section 3).

    ``addressed_by`` are the ids of the initiatives whose ``problem`` names it, in file
    order; ``reached_level`` the highest level reached from any of them along
    ``leder_till`` (null when nothing addresses it); ``result`` the strongest
    demonstrated result of the utfall and samhällseffekter in those chains (null when
    they reach none).
    """
    return {
        "id": facts.id,
        "name": facts.name,
        "line": facts.line,
        "delmål": [goal.value for goal in facts.delmal],
        "target_group": facts.target_group,
        "addressed_by": list(facts.addressed_by),
        "reached_level": facts.reached_level.value if facts.reached_level is not None else None,
        "result": facts.result.value if facts.result is not None else None,
        "evidence": [evidence(item) for item in facts.evidence],
    }


def evidence(facts: EvidenceFacts) -> dict[str, Any]:
    """One ``underlag`` of a problem: its values as points (kind ``measurement``), in time order."""
    return {
        "name": facts.name,
        "line": facts.line,
        "unit": facts.unit,
        "source": facts.source,
        "sexes": ["flickor", "pojkar"] if facts.youth else ["kvinnor", "män"],
        "points": [point(p) for p in facts.points],
        "latest": point(facts.latest) if facts.latest is not None else None,
    }


def point(facts: PointFacts) -> dict[str, Any]:
    """A point: its kind, when, the values (null where missing) and the gap women − men."""
    return {
        "kind": facts.kind.value,
        "when": facts.when,
        "female": facts.female,
        "male": facts.male,
        "total": facts.total,
        "gap": facts.gap,
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
        "improved_result": row.improved,
        "errors": row.errors,
        "warnings": row.warnings,
        "infos": row.infos,
    }


def plan_part(result: PlanResult, lang: str) -> dict[str, Any]:
    """One entry of ``plans``."""
    return {
        "path": result.path,
        "organisation": result.organisation,
        "initiatives": [initiative(item, lang) for item in result.initiatives],
        "problems": [problem(item) for item in (result.facts.problems if result.facts else ())],
    }


def write(
    results: Iterable[PlanResult], summary: Summary, lang: str, out: TextIO, indent: int | None
) -> None:
    """Write the document to ``out`` as ``results`` arrive, holding no more than one plan.

    Each plan is written when it is checked; its findings wait in a spool file
    until the plans are done; ``summary`` must be filled as the results are
    consumed (the caller's iterator adds each result to it).
    """
    out.write("{" + key("schema_version", indent, 0, first=True) + "1")
    out.write(key("plans", indent, 0) + "[")
    plans = JsonArray(out, indent, 1)
    waiting = spool()
    findings = JsonArray(waiting, indent, 1)
    organisations = []
    for result in results:
        plans.add(plan_part(result, lang))
        for finding in result.findings:
            findings.add({**finding_fields(finding, lang), "accepted": finding.accepted})
        organisations.append(_organisation(organisation(result)))
    out.write(plans.close())
    out.write(key("findings", indent, 0) + "[")
    copy(waiting, out)
    waiting.close()
    out.write(findings.close())
    totals = {
        "plans": summary.plans,
        "initiatives": summary.initiatives,
        "levels": {level.value: count for level, count in summary.levels.items()},
        "errors": summary.errors,
        "warnings": summary.warnings,
        "infos": summary.infos,
        "accepted": summary.accepted,
        "organisations": organisations,
    }
    out.write(key("summary", indent, 0) + dumps(totals, indent, 1))
    out.write("\n}\n" if indent is not None else "}\n")


def render(results: list[PlanResult], summary: Summary, lang: str) -> str:
    """Serialise the document, indented (UTF-8 text, å/ä/ö kept as they are)."""
    out = io.StringIO()
    write(results, summary, lang, out, 2)
    return out.getvalue()
