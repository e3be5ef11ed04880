"""The view of one plan: facts, summary, chain, levels, indicators, findings, delmål."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from effektkedja.chain import Chain
from effektkedja.classify import Classification
from effektkedja.domain import LEVELS, Basis, Delmal, Level, Result, Severity
from effektkedja.engine import PlanResult
from effektkedja.facts import InitiativeFacts
from effektkedja.findings import Finding
from effektkedja.messages import text
from effektkedja.messages.numbers import format_percent
from effektkedja.model import Initiative, Plan
from effektkedja.views.diagram import Box, DiagramView, diagram_view
from effektkedja.views.findings import Counts, FindingsView, counts, findings_view
from effektkedja.views.goals import Goal, goal_view
from effektkedja.views.indicators import IndicatorView, indicator_view
from effektkedja.views.problems import ProblemsView, problems_view
from effektkedja.views.texts import Texts

STAIRCASE_WIDTH = 24
STAIRCASE_STEP = 3


@dataclass(frozen=True, slots=True)
class Fact:
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class FactsView:
    """The plan's particulars, and the same as a list of labelled rows (``list``)."""

    organisation: str | None
    short_name: str | None
    type: str | None
    type_label: str | None
    period: str | None
    assignment: str | None
    owner: str | None
    path: str
    report_date: str
    list: list[Fact]


@dataclass(frozen=True, slots=True)
class LevelRow:
    value: str
    label: str
    short: str
    count: int
    share: float
    share_text: str
    chains: int  # chains whose highest level is this one


@dataclass(frozen=True, slots=True)
class SummaryView:
    initiatives: int
    levels: list[LevelRow]
    staircase: list[str]
    reaching: int
    chains: int
    chains_outcome: int
    outcomes: int
    measured: int
    results: dict[str, int]  # utfall and samhällseffekter per demonstrated result
    findings: Counts
    sentences: list[str]


@dataclass(frozen=True, slots=True)
class InitiativeView:
    index: int
    id: str
    node: str
    line: int
    name: str
    description: str | None
    owner: str | None
    status: str | None
    status_label: str | None
    level: str
    level_label: str
    declared: str | None
    inferred: str
    basis: str
    basis_text: str
    reasons: list[str]
    delmal: list[Goal]
    delmal_text: str
    target_group: str | None
    leads_to: list[str]
    reach: str
    measured: bool
    result: str | None  # planned | measured | improved | worsened (utfall and above)
    result_label: str | None
    severity: str | None
    findings: int


@dataclass(frozen=True, slots=True)
class LevelSection:
    value: str
    label: str
    note: str
    initiatives: list[InitiativeView]


@dataclass(frozen=True, slots=True)
class DelmalGoal:
    number: int
    short: str
    name: str
    covered: bool
    outcomes: list[str]
    others: list[str]


@dataclass(frozen=True, slots=True)
class DelmalView:
    goals: list[DelmalGoal]
    covered: int
    sentence: str
    overall: str


@dataclass(frozen=True, slots=True)
class ChainLink:
    """Where an initiative leads: the target's name and step, and how the link moves."""

    name: str
    level: str  # the target's step, as a label
    kind: str  # normal | skip | backward
    note: str | None  # "hoppar över steg", "går bakåt"; None for the next step


@dataclass(frozen=True, slots=True)
class ChainRow:
    """One initiative in the chain as text: its links and its findings (lowest step first)."""

    initiative: InitiativeView
    links: list[ChainLink]
    severity: str | None
    flag: str | None  # "Varning: 1 fynd": the most severe finding in words, with the count
    severity_label: str | None
    findings_text: str | None


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


def _facts(result: PlanResult, plan: Plan | None, t: Texts, today: date) -> FactsView:
    organisation = plan.organisation if plan is not None else result.organisation
    period = kind = None
    if plan is not None:
        kind = plan.type.value if plan.type is not None else None
        if plan.period is not None:
            start, end = plan.period.start, plan.period.end
            if start is not None and end is not None:
                period = t("period_both", start=start.text, end=end.text)
            elif start is not None:
                period = t("period_from", start=start.text)
            elif end is not None:
                period = t("period_to", end=end.text)
    owner = getattr(plan, "owner", None)
    values = {
        "fact_organisation": organisation,
        "fact_short_name": plan.short_name if plan is not None else None,
        "fact_type": t(f"type.{kind}") if kind is not None else None,
        "fact_period": period,
        "fact_assignment": plan.assignment if plan is not None else None,
        "fact_owner": owner,
        "fact_file": result.path,
        "fact_report_date": today.isoformat(),
    }
    return FactsView(
        organisation=organisation,
        short_name=values["fact_short_name"],
        type=kind,
        type_label=values["fact_type"],
        period=period,
        assignment=values["fact_assignment"],
        owner=owner,
        path=result.path,
        report_date=today.isoformat(),
        list=[Fact(t(key), value) for key, value in values.items() if value],
    )


def findings_sentence(tally: Counts, t: Texts) -> str:
    if not (tally.error or tally.warning or tally.info or tally.accepted):
        return t("s_findings_none")
    args = {
        "errors": t.count("error", tally.error),
        "warnings": t.count("warning", tally.warning),
        "infos": t.count("info", tally.info),
    }
    if tally.accepted:
        return t("s_findings_accepted", accepted=t.count("accepted", tally.accepted), **args)
    return t("s_findings", **args)


def level_rows(levels: list[Level], tops: list[Level], t: Texts) -> list[LevelRow]:
    total = len(levels)
    rows = []
    for level in LEVELS:
        count = sum(1 for x in levels if x is level)
        share = 100 * count / total if total else 0.0
        rows.append(
            LevelRow(
                value=level.value,
                label=t.level(level),
                short=t(f"level_short.{level.value}"),
                count=count,
                share=round(share, 1),
                share_text=format_percent(share, t.lang) if total else "–",
                chains=sum(1 for x in tops if x is level),
            )
        )
    return rows


def staircase(rows: list[LevelRow]) -> list[str]:
    """Initiatives per level as bars climbing from aktivitet up to samhällseffekt."""
    peak = max((row.count for row in rows), default=0) or 1
    width = max(len(row.short) for row in rows)
    lines = []
    for rank, row in reversed(list(enumerate(rows))):
        bar = "█" * max(1 if row.count else 0, round(STAIRCASE_WIDTH * row.count / peak))
        indent = " " * (STAIRCASE_STEP * rank)
        lines.append(f"{row.short.ljust(width)}  {indent}{bar or '·'} {row.count}")
    return lines


def _chains_sentence(tops: list[Level], t: Texts) -> str:
    """ "3 av 5 kedjor når utfall ...; 1 kedja stannar vid aktivitet och 1 vid produkt." """
    if len(tops) == 1:
        key = "s_chains_one_reaches" if tops[0].is_outcome else "s_chains_one_stops"
        return t(key, level=t.level_word(tops[0]))
    outcome = sum(1 for level in tops if level.is_outcome)
    sentence = t.agree("s_chains", outcome, outcome=outcome, chains=t.count("chain", len(tops)))
    stops = [(level, sum(1 for x in tops if x is level)) for level in LEVELS[:3]]
    parts = []
    for position, (level, n) in enumerate((level, n) for level, n in stops if n):
        if position == 0:
            parts.append(
                t.agree("s_stops_first", n, chains=t.count("chain", n), level=t.level_word(level))
            )
        else:
            parts.append(t("s_stops_next", n=n, level=t.level_word(level)))
    if parts:
        sentence += "; " + t.join(parts)
    return sentence + "."


def _summary(result: PlanResult, t: Texts) -> SummaryView:
    facts = result.facts
    assert facts is not None
    items = facts.initiatives
    levels = [item.level for item in items]
    tops = [items[start].reach for start in facts.chain_starts]
    outcomes = [item for item in items if item.level.is_outcome]
    measured = sum(1 for item in outcomes if item.sex_disaggregated)
    results = {result.value: 0 for result in Result}
    for item in outcomes:
        if item.result is not None:
            results[item.result.value] += 1
    tally = counts(result.findings)
    rows = level_rows(levels, tops, t)
    sentences: list[str] = []
    if not items:
        sentences.append(t("s_no_initiatives"))
    else:
        total = t.count("initiative", len(items))
        sentences.append(
            t.agree("s_reach", facts.reaching_outcome, reached=facts.reaching_outcome, total=total)
        )
        sentences.append(_chains_sentence(tops, t))
        if outcomes:
            sentences.append(
                t.agree("s_measured", measured, measured=measured, outcomes=len(outcomes))
            )
            sentences.append(results_sentence(results, len(outcomes), t))
        else:
            sentences.append(t("s_no_outcome"))
    sentences.append(findings_sentence(tally, t))
    return SummaryView(
        initiatives=len(items),
        levels=rows,
        staircase=staircase(rows),
        reaching=facts.reaching_outcome,
        chains=len(tops),
        chains_outcome=sum(1 for level in tops if level.is_outcome),
        outcomes=len(outcomes),
        measured=measured,
        results=results,
        findings=tally,
        sentences=sentences,
    )


def results_sentence(results: dict[str, int], outcomes: int, t: Texts) -> str:
    """How many utfall and samhällseffekter show an improved result, and the rest."""
    parts = [
        t.count(f"result_{state}", results[state])
        for state in ("measured", "worsened", "planned")
        if results[state]
    ]
    sentence = t.agree(
        "s_results", results["improved"], improved=results["improved"], outcomes=outcomes
    )
    return sentence + (" " + t("s_results_rest", rest=t.join(parts)) if parts else "")


def _empty_summary(result: PlanResult, t: Texts) -> SummaryView:
    tally = counts(result.findings)
    return SummaryView(
        initiatives=0,
        levels=level_rows([], [], t),
        staircase=[],
        reaching=0,
        chains=0,
        chains_outcome=0,
        outcomes=0,
        measured=0,
        results={result.value: 0 for result in Result},
        findings=tally,
        sentences=[findings_sentence(tally, t)],
    )


def basis_text(cls: Classification, t: Texts) -> str:
    reasons = "; ".join(text(r, t.lang) for r in cls.reasons if r.key != "reason.declared")
    if cls.basis is Basis.DECLARED:
        if cls.inferred_basis in (Basis.EVIDENCE, Basis.TEXT) and cls.inferred != cls.declared:
            return t("basis_declared_differs", inferred=t.level_word(cls.inferred), reasons=reasons)
        if cls.inferred_basis is Basis.EVIDENCE:
            return t("basis_declared_supported", reasons=reasons)
        return t("basis_declared")
    if cls.basis is Basis.EVIDENCE:
        return t("basis_evidence", reasons=reasons)
    if cls.basis is Basis.TEXT:
        return t("basis_text", reasons=reasons)
    return t("basis_default")


def worst_severity(findings: list[Finding]) -> dict[str, Severity]:
    """The most severe counted finding of each initiative id."""
    worst: dict[str, Severity] = {}
    for finding in findings:
        if finding.accepted or finding.initiative is None:
            continue
        current = worst.get(finding.initiative)
        if current is None or finding.severity.weight > current.weight:
            worst[finding.initiative] = finding.severity
    return worst


def _initiative(
    item: InitiativeFacts,
    initiative: Initiative,
    own: bool,
    severity: Severity | None,
    count: int,
    t: Texts,
) -> InitiativeView:
    cls = item.classification
    goals = [goal_view(goal, t) for goal in initiative.delmal]
    status = initiative.status.value if initiative.status is not None else None
    return InitiativeView(
        index=item.index,
        id=item.id,
        node=f"n{item.index}",
        line=item.line,
        name=item.name,
        description=initiative.description,
        owner=item.owner,
        status=status,
        status_label=t(f"status.{status}") if status is not None else None,
        level=cls.level.value,
        level_label=t.level(cls.level),
        declared=cls.declared.value if cls.declared is not None else None,
        inferred=cls.inferred.value,
        basis=cls.basis.value,
        basis_text=basis_text(cls, t),
        reasons=[text(reason, t.lang) for reason in cls.reasons],
        delmal=goals,
        delmal_text=", ".join(f"{g.number} {g.short}" for g in goals),
        target_group=initiative.target_group,
        leads_to=list(initiative.leads_to),
        reach=item.reach.value,
        measured=item.sex_disaggregated,
        result=item.result.value if item.result is not None else None,
        result_label=t(f"result.{item.result.value}") if item.result is not None else None,
        # With duplicate ids (EK004) findings are attributed to the first initiative.
        severity=severity.value if severity is not None and own else None,
        findings=count if own else 0,
    )


def _delmal(initiatives: list[InitiativeView], t: Texts) -> DelmalView:
    goals = []
    for goal in Delmal:
        outcomes: list[str] = []
        others: list[str] = []
        for item in initiatives:
            if any(g.number == goal.value for g in item.delmal):
                (outcomes if Level(item.level).is_outcome else others).append(item.id)
        base = goal_view(goal, t)
        goals.append(
            DelmalGoal(base.number, base.short, base.name, bool(outcomes), outcomes, others)
        )
    covered = sum(1 for goal in goals if goal.covered)
    sentence = t("s_delmal", covered=covered) if covered else t("s_delmal_none")
    return DelmalView(goals, covered, sentence, t("s_delmal_goal"))


def chain_rows(initiatives: list[InitiativeView], chain: Chain, t: Texts) -> list[ChainRow]:
    """The chain as rows, one per initiative from aktivitet up, for every layout's table."""
    links: dict[int, list[ChainLink]] = {}
    for link in chain.links:
        kind = chain.kind(link)
        if kind is None or link.target is None:
            continue
        target = initiatives[link.target]
        note = t.table.get(f"link_kind.{kind.value}")
        links.setdefault(link.source, []).append(
            ChainLink(target.name, target.level_label, kind.value, note)
        )
    rows = []
    for item in sorted(initiatives, key=lambda i: Level(i.level).rank):
        severity = item.severity
        label = t(f"severity_one.{severity}").capitalize() if severity is not None else None
        counted = t.count("finding", item.findings) if severity is not None else None
        rows.append(
            ChainRow(
                initiative=item,
                links=links.get(item.index, []),
                severity=severity,
                flag=t("html_flag", severity=label, count=counted) if severity else None,
                severity_label=label,
                findings_text=counted,
            )
        )
    return rows


def _level_sections(initiatives: list[InitiativeView], t: Texts) -> list[LevelSection]:
    return [
        LevelSection(
            value=level.value,
            label=t.level(level),
            note=t.table.get(f"level_note.{level.value}", ""),
            initiatives=[i for i in initiatives if i.level == level.value],
        )
        for level in LEVELS
    ]


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
            facts=_facts(result, None, t, today),
            summary=_empty_summary(result, t),
            diagram=DiagramView(),
            levels=_level_sections([], t),
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
        _initiative(
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
        facts=_facts(result, plan, t, today),
        summary=_summary(result, t),
        diagram=diagram_view(boxes, chain, t),
        levels=_level_sections(initiatives, t),
        initiatives=initiatives,
        indicators=indicators,
        any_share=any(p.share is not None for i in indicators for p in i.points),
        findings=findings,
        delmal=_delmal(initiatives, t),
        chain_rows=chain_rows(initiatives, chain, t),
        problems=problems_view(facts, t),
    )
