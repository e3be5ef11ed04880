"""The view of one plan: facts, summary, chain, levels, indicators, findings, delmål, problems.

:func:`plan_view` puts together the sections other modules build: the summary
(:mod:`.summary`), the initiatives per level, along the chain and per delmål
(:mod:`.initiatives`), the diagram, indicators, findings and problems.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from effektkedja.domain import Level
from effektkedja.engine import PlanResult
from effektkedja.views.diagram import Box, DiagramView, diagram_view
from effektkedja.views.findings import FindingsView, findings_view
from effektkedja.views.indicators import IndicatorView, indicator_view
from effektkedja.views.initiatives import (
    ChainRow,
    DelmalView,
    InitiativeView,
    LevelSection,
    chain_rows,
    delmal_view,
    initiative_view,
    level_sections,
    worst_severity,
)
from effektkedja.views.problems import ProblemsView, problems_view
from effektkedja.views.summary import (
    FactsView,
    SummaryView,
    empty_summary,
    facts_view,
    results_sentence,
    summary_view,
)
from effektkedja.views.texts import Texts

__all__ = ["InitiativeView", "PlanView", "plan_view", "results_sentence"]


@dataclass(frozen=True, slots=True)
class PlanView:
    path: str
    readable: bool
    title: str
    facts: FactsView
    summary: SummaryView
    diagram: DiagramView
    levels: list[LevelSection]
    initiatives: list[InitiativeView]
    indicators: list[IndicatorView]
    any_share: bool
    findings: FindingsView
    delmal: DelmalView
    chain_rows: list[ChainRow]
    problems: ProblemsView


def plan_view(result: PlanResult, t: Texts, today: date) -> PlanView:
    """The view of one checked plan (a plan that could not be read gets its findings only)."""
    plan, chain, facts = result.plan, result.chain, result.facts
    findings = findings_view(result, t)
    if plan is None or chain is None or facts is None:
        name = result.organisation
        return PlanView(
            path=result.path,
            readable=False,
            title=name if name else t("title_unreadable", path=result.path),
            facts=facts_view(result, None, t, today),
            summary=empty_summary(result, t),
            diagram=DiagramView(),
            levels=level_sections([], t),
            initiatives=[],
            indicators=[],
            any_share=False,
            findings=findings,
            delmal=DelmalView([], 0, "", t("s_delmal_goal")),
            chain_rows=[],
            problems=ProblemsView([], 0, 0, 0, 0, "", None),
        )
    worst = worst_severity(result.findings)
    per_id: dict[str, int] = {}
    for finding in result.findings:
        if not finding.accepted and finding.initiative is not None:
            per_id[finding.initiative] = per_id.get(finding.initiative, 0) + 1
    initiatives = [
        initiative_view(
            item,
            plan.initiatives[item.index],
            chain.index.get(item.id) == item.index,
            worst.get(item.id),
            per_id.get(item.id, 0),
            t,
        )
        for item in facts.initiatives
    ]
    indicators = [
        indicator_view(item, indicator, t)
        for item in facts.initiatives
        for indicator in item.indicators
    ]
    boxes = [
        Box(view.index, view.id, view.name, Level(view.level), view.severity)
        for view in initiatives
    ]
    return PlanView(
        path=result.path,
        readable=True,
        title=plan.organisation,
        facts=facts_view(result, plan, t, today),
        summary=summary_view(result, t),
        diagram=diagram_view(boxes, chain, t),
        levels=level_sections(initiatives, t),
        initiatives=initiatives,
        indicators=indicators,
        any_share=any(p.share is not None for i in indicators for p in i.points),
        findings=findings,
        delmal=delmal_view(initiatives, t),
        chain_rows=chain_rows(initiatives, chain, t),
        problems=problems_view(facts, t),
    )
