"""The views across plans: the combined table of several plans, and the portfolio roll-up."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from effektkedja.domain import LEVELS, Delmal
from effektkedja.engine import PlanResult, Summary
from effektkedja.findings import LOADING_RULES, describe
from effektkedja.messages.numbers import format_percent
from effektkedja.portfolio import GOALS, Organisation, common_findings, organisation
from effektkedja.views.findings import Counts, rule_title
from effektkedja.views.goals import goal_view
from effektkedja.views.plan import PlanView
from effektkedja.views.summary import LevelRow, findings_sentence, staircase
from effektkedja.views.texts import Texts

#: A portfolio report of more plans than this leaves out the per-plan sections:
#: past some fifteen plans the report is too long to read, and each plan has its own.
PORTFOLIO_PLAN_SECTIONS = 15
#: How many rules the portfolio's table of the most common findings shows.
PORTFOLIO_TOP_RULES = 10


@dataclass(frozen=True, slots=True)
class LevelHead:
    value: str
    label: str


@dataclass(frozen=True, slots=True)
class CombinedRow:
    title: str
    path: str
    readable: bool
    initiatives: int
    levels: list[int]
    reaching: int
    errors: int
    warnings: int
    infos: int
    accepted: int


@dataclass(frozen=True, slots=True)
class Totals:
    plans: int
    initiatives: int
    levels: list[int]
    reaching: int
    errors: int
    warnings: int
    infos: int
    accepted: int


@dataclass(frozen=True, slots=True)
class CombinedView:
    levels: list[LevelHead]
    rows: list[CombinedRow]
    totals: Totals
    sentences: list[str]


@dataclass(frozen=True, slots=True)
class OrganisationRow:
    title: str
    label: str  # the title, with the path where two files share one organisation
    path: str
    readable: bool
    type: str | None
    type_label: str | None
    initiatives: int
    levels: list[int]
    reaching: int
    reaching_share: float | None
    reaching_text: str | None
    outcomes: int
    outcome_indicators: int
    disaggregated: int
    disaggregated_share: float | None
    disaggregated_text: str | None
    improved: bool
    delmal: list[int]
    problems: int
    problems_addressed: int
    problems_reaching: int
    errors: int
    warnings: int
    infos: int
    accepted: int


@dataclass(frozen=True, slots=True)
class PortfolioTotals:
    plans: int
    readable: int
    initiatives: int
    levels: list[int]
    reaching: int
    reaching_text: str | None
    outcomes: int
    with_outcome: int
    outcome_indicators: int
    disaggregated: int
    disaggregated_text: str | None
    improved: int
    errors: int
    warnings: int
    infos: int
    accepted: int


@dataclass(frozen=True, slots=True)
class PortfolioGoal:
    number: int
    short: str
    name: str
    outcomes: int
    organisations: int


@dataclass(frozen=True, slots=True)
class ProblemGoalRow:
    """The portfolio's problems naming one delmål (``number`` None: problems naming none)."""

    number: int | None
    short: str | None
    name: str
    problems: int
    addressed: int
    reaching: int
    organisations: int


@dataclass(frozen=True, slots=True)
class PortfolioProblems:
    """Problems per delmål across the portfolio, and how many a chain to utfall addresses."""

    rows: list[ProblemGoalRow]  # delmål 1 to 6, then problems naming no delmål (if any)
    problems: int
    addressed: int
    reaching: int
    with_problems: int  # organisations whose plan states at least one problem
    sentence: str


@dataclass(frozen=True, slots=True)
class CommonFinding:
    code: str
    severity: str
    severity_label: str
    title: str
    count: int
    plans: int


@dataclass(frozen=True, slots=True)
class UnreadablePlan:
    """Why a plan could not be read: its first EK001/EK002 finding and how many more."""

    path: str
    title: str
    organisation: str | None
    rule: str | None
    line: int | None
    at: str | None
    message: str | None
    more: int
    more_text: str | None


@dataclass(frozen=True, slots=True)
class PortfolioView:
    shown: bool
    plan_sections: bool
    limit: int
    note: str
    sentences: list[str]
    levels: list[LevelHead]
    rows: list[OrganisationRow]
    totals: PortfolioTotals
    goals: list[PortfolioGoal]
    delmal_sentence: str
    problems: PortfolioProblems
    findings: list[CommonFinding]
    findings_more: str | None
    staircase: list[str]
    unreadable: list[UnreadablePlan]
    unreadable_sentence: str


def level_heads(t: Texts) -> list[LevelHead]:
    return [LevelHead(level.value, t.level(level)) for level in LEVELS]


def _title(plan: PlanView) -> str:
    return plan.title if plan.readable else plan.facts.organisation or plan.path


def combined_view(plans: list[PlanView], summary: Summary, t: Texts) -> CombinedView:
    """Several plans side by side (a report on more than one plan, not a portfolio)."""
    rows = [
        CombinedRow(
            title=_title(plan),
            path=plan.path,
            readable=plan.readable,
            initiatives=plan.summary.initiatives,
            levels=[row.count for row in plan.summary.levels],
            reaching=plan.summary.reaching,
            errors=plan.findings.counts.error,
            warnings=plan.findings.counts.warning,
            infos=plan.findings.counts.info,
            accepted=plan.findings.counts.accepted,
        )
        for plan in plans
    ]
    readable = [plan for plan in plans if plan.readable]
    sentences = [
        t(
            "s_combined_plans",
            plans=t.count("plan", len(plans)),
            initiatives=t.count("initiative", summary.initiatives),
        )
    ]
    if summary.initiatives:
        sentences.append(
            t.agree(
                "s_reach",
                summary.reaching_outcome,
                reached=summary.reaching_outcome,
                total=t.count("initiative", summary.initiatives),
            )
        )
    if readable:
        with_outcome = sum(1 for plan in readable if plan.summary.outcomes)
        sentences.append(
            t(
                "s_combined_outcome",
                with_outcome=with_outcome,
                readable=t.count("plan", len(readable)),
            )
        )
    if len(plans) > len(readable):
        sentences.append(
            t("s_combined_unreadable", count=t.count("plan", len(plans) - len(readable)))
        )
    sentences.append(findings_sentence(_summary_counts(summary), t))
    return CombinedView(
        levels=level_heads(t),
        rows=rows,
        totals=Totals(
            plans=summary.plans,
            initiatives=summary.initiatives,
            levels=[summary.levels[level] for level in LEVELS],
            reaching=summary.reaching_outcome,
            errors=summary.errors,
            warnings=summary.warnings,
            infos=summary.infos,
            accepted=summary.accepted,
        ),
        sentences=sentences,
    )


def _summary_counts(summary: Summary) -> Counts:
    return Counts(summary.errors, summary.warnings, summary.infos, summary.accepted)


def ratio(part: int, whole: int, t: Texts) -> str | None:
    """ "91 % (10 av 11)"; None when there is nothing to divide by."""
    if not whole:
        return None
    percent = format_percent(100 * part / whole, t.lang, places=0)
    return t("share_of", percent=percent, part=part, whole=whole)


def _row(row: Organisation, plan: PlanView, t: Texts) -> OrganisationRow:
    title = _title(plan)
    problems = plan.problems
    return OrganisationRow(
        title=title,
        label=title,
        path=row.path,
        readable=row.valid,
        type=row.type,
        type_label=t(f"type.{row.type}") if row.type is not None else None,
        initiatives=row.initiatives,
        levels=[row.levels[level] for level in LEVELS],
        reaching=row.reaching_outcome,
        reaching_share=row.reaching_share,
        reaching_text=ratio(row.reaching_outcome, row.initiatives, t),
        outcomes=row.outcomes,
        outcome_indicators=row.outcome_indicators,
        disaggregated=row.sex_disaggregated,
        disaggregated_share=row.sex_disaggregated_share,
        disaggregated_text=ratio(row.sex_disaggregated, row.outcome_indicators, t),
        improved=row.improved,
        delmal=list(row.delmal),
        problems=problems.count,
        problems_addressed=problems.addressed,
        problems_reaching=problems.reaching,
        errors=row.errors,
        warnings=row.warnings,
        infos=row.infos,
        accepted=row.accepted,
    )


def _unreadable(result: PlanResult, title: str, t: Texts) -> UnreadablePlan:
    reasons = [f for f in result.findings if f.rule in LOADING_RULES and not f.accepted]
    if not reasons:  # --ignore EK001 leaves the file unread but says nothing
        reasons = [f for f in result.findings if not f.accepted]
    first = reasons[0] if reasons else None
    return UnreadablePlan(
        path=result.path,
        title=title,
        organisation=result.organisation,
        rule=first.rule if first is not None else None,
        line=first.line if first is not None else None,
        at=(first.cell or t("at_line", line=first.line)) if first is not None else None,
        message=describe(first, t.lang) if first is not None else None,
        more=len(reasons) - 1 if reasons else 0,
        more_text=t("more_reasons", count=len(reasons) - 1) if len(reasons) > 1 else None,
    )


def portfolio_view(
    results: Sequence[PlanResult],
    plans: list[PlanView],
    summary: Summary,
    t: Texts,
    shown: bool,
) -> PortfolioView:
    """The roll-up across all plans: organisations, delmål, common findings, staircase."""
    organisations = [organisation(result) for result in results]
    rows = [_row(row, plan, t) for row, plan in zip(organisations, plans, strict=True)]
    # Two files of one organisation (two versions, a copy) are told apart by their path.
    titles = Counter(row.title for row in rows)
    rows = [
        _relabel(row, t("title_with_path", title=row.title, path=row.path))
        if titles[row.title] > 1
        else row
        for row in rows
    ]
    readable = [row for row in rows if row.readable]
    indicators = sum(row.outcome_indicators for row in rows)
    disaggregated = sum(row.disaggregated for row in rows)
    totals = PortfolioTotals(
        plans=len(rows),
        readable=len(readable),
        initiatives=summary.initiatives,
        levels=[summary.levels[level] for level in LEVELS],
        reaching=summary.reaching_outcome,
        reaching_text=ratio(summary.reaching_outcome, summary.initiatives, t),
        outcomes=sum(row.outcomes for row in rows),
        with_outcome=sum(1 for row in readable if row.outcomes),
        outcome_indicators=indicators,
        disaggregated=disaggregated,
        disaggregated_text=ratio(disaggregated, indicators, t),
        improved=sum(1 for row in readable if row.improved),
        errors=summary.errors,
        warnings=summary.warnings,
        infos=summary.infos,
        accepted=summary.accepted,
    )
    goals, delmal_sentence = _goals(readable, t)
    problems = _problems(results, t)
    findings, findings_more = _common(results, t)
    unreadable = [
        _unreadable(result, row.label, t)
        for result, row in zip(results, rows, strict=True)
        if not row.readable
    ]
    level_rows = [
        LevelRow(
            level.value,
            t.level(level),
            t(f"level_short.{level.value}"),
            summary.levels[level],
            0.0,
            "",
            0,
        )
        for level in LEVELS
    ]
    plan_sections = len(rows) <= PORTFOLIO_PLAN_SECTIONS
    note = ""
    if not plan_sections:
        example = next((row.path for row in readable), rows[0].path)
        note = t(
            "s_portfolio_no_sections",
            plans=t.count("plan", len(rows)),
            limit=PORTFOLIO_PLAN_SECTIONS,
            example=f"effektkedja report {example}",
        )
    return PortfolioView(
        shown=shown,
        plan_sections=plan_sections,
        limit=PORTFOLIO_PLAN_SECTIONS,
        note=note,
        sentences=_sentences(totals, summary, len(unreadable), t),
        levels=level_heads(t),
        rows=rows,
        totals=totals,
        goals=goals,
        delmal_sentence=delmal_sentence,
        problems=problems,
        findings=findings,
        findings_more=findings_more,
        staircase=staircase(level_rows) if summary.initiatives else [],
        unreadable=unreadable,
        unreadable_sentence=t("s_portfolio_unreadable_intro")
        if unreadable
        else t("s_portfolio_all_readable"),
    )


def _relabel(row: OrganisationRow, label: str) -> OrganisationRow:
    return replace(row, label=label)


def _goals(readable: list[OrganisationRow], t: Texts) -> tuple[list[PortfolioGoal], str]:
    """Per delmål: outcomes naming it and organisations with one; the sentence on coverage."""
    goals = []
    for position, goal in enumerate(GOALS):
        base = goal_view(goal, t)
        goals.append(
            PortfolioGoal(
                base.number,
                base.short,
                base.name,
                sum(row.delmal[position] for row in readable),
                sum(1 for row in readable if row.delmal[position]),
            )
        )
    covered = [goal for goal in goals if goal.organisations]
    if not readable:
        return goals, t("s_portfolio_delmal_unread")
    if not covered:
        return goals, t("s_portfolio_delmal_none")
    sentence = t("s_portfolio_delmal", covered=len(covered))
    missing = [
        t("goal_ref", number=goal.number, short=goal.short)
        for goal in goals
        if not goal.organisations
    ]
    if missing:
        sentence += " " + t("s_portfolio_delmal_missing", goals=t.join(missing, "or"))
    return goals, sentence


def _problems(results: Sequence[PlanResult], t: Texts) -> PortfolioProblems:
    """The portfolio's problems per delmål: how many, how many addressed, how many reach utfall.

    A problem naming two delmål counts under both; one naming none under its own row.
    A problem whose id an earlier problem of its plan has (EK407) is counted once.
    """
    tallies: dict[Delmal | None, list[int]] = {goal: [0, 0, 0] for goal in GOALS}
    plans: dict[Delmal | None, int] = {}
    total = addressed = reaching = with_problems = 0
    for result in results:
        facts = result.facts
        problems = [p for p in facts.problems if p.duplicate_of is None] if facts else []
        if problems:
            with_problems += 1
        named: set[Delmal | None] = set()
        for problem in problems:
            total += 1
            addressed += bool(problem.addressing)
            reaching += problem.reaches_outcome
            for goal in problem.delmal or (None,):
                tally = tallies.setdefault(goal, [0, 0, 0])
                tally[0] += 1
                tally[1] += bool(problem.addressing)
                tally[2] += problem.reaches_outcome
                named.add(goal)
        for goal in named:
            plans[goal] = plans.get(goal, 0) + 1
    rows = []
    for goal, (count, goal_addressed, goal_reaching) in tallies.items():
        base = goal_view(goal, t) if goal is not None else None
        rows.append(
            ProblemGoalRow(
                number=base.number if base is not None else None,
                short=base.short if base is not None else None,
                name=base.name if base is not None else t("row_no_goal"),
                problems=count,
                addressed=goal_addressed,
                reaching=goal_reaching,
                organisations=plans.get(goal, 0),
            )
        )
    readable = sum(1 for result in results if result.valid)
    if total:
        sentence = t(
            "s_portfolio_problems",
            with_problems=with_problems,
            organisations=t.count("organisation", readable),
            problems=t.count("problem", total),
            addressed=addressed,
            reaching=reaching,
        )
    else:
        sentence = t("s_portfolio_problems_none")
    return PortfolioProblems(rows, total, addressed, reaching, with_problems, sentence)


def _common(results: Sequence[PlanResult], t: Texts) -> tuple[list[CommonFinding], str | None]:
    """The most common findings across the plans, and a sentence on the rules left out."""
    ranked = common_findings(results)
    shown = [
        CommonFinding(
            code=item.rule,
            severity=item.severity.value,
            severity_label=t(f"severity_one.{item.severity.value}"),
            title=rule_title(item.rule, t.lang),
            count=item.count,
            plans=item.plans,
        )
        for item in ranked[:PORTFOLIO_TOP_RULES]
    ]
    hidden = ranked[PORTFOLIO_TOP_RULES:]
    if not hidden:
        return shown, None
    more = t(
        "s_portfolio_findings_more",
        rules=t.count("rule", len(hidden)),
        findings=t.count("finding", sum(item.count for item in hidden)),
    )
    return shown, more


def _sentences(totals: PortfolioTotals, summary: Summary, unreadable: int, t: Texts) -> list[str]:
    """A few sentences on the whole portfolio, before its tables."""
    sentences = [
        t(
            "s_combined_plans",
            plans=t.count("plan", totals.plans),
            initiatives=t.count("initiative", summary.initiatives),
        )
    ]
    if summary.initiatives:
        sentences.append(
            t.agree(
                "s_reach",
                summary.reaching_outcome,
                reached=summary.reaching_outcome,
                total=t.count("initiative", summary.initiatives),
            )
        )
    if totals.readable:
        sentences.append(
            t(
                "s_combined_outcome",
                with_outcome=totals.with_outcome,
                readable=t.count("plan", totals.readable),
            )
        )
        sentences.append(
            t.agree(
                "s_portfolio_improved",
                totals.improved,
                improved=totals.improved,
                organisations=t.count("organisation", totals.readable),
            )
        )
        if totals.outcome_indicators:
            sentences.append(
                t.agree(
                    "s_portfolio_measured",
                    totals.disaggregated,
                    disaggregated=totals.disaggregated,
                    indicators=totals.outcome_indicators,
                )
            )
        else:
            sentences.append(t("s_portfolio_no_indicators"))
    if unreadable:
        sentences.append(t("s_portfolio_unreadable", count=t.count("plan", unreadable)))
    sentences.append(findings_sentence(_summary_counts(summary), t))
    return sentences
