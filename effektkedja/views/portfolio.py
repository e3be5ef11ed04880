"""The portfolio roll-up: one row per organisation, the totals and what sums them up.

:func:`portfolio_view` puts the portfolio together: the organisations' rows and
totals, the sentences on the whole portfolio, the plans that could not be read
and why, the staircase of all initiatives, and the tables across plans
(:mod:`.portfolio_tables`). The combined table of a report on several plans that
is not a portfolio is :mod:`.combined`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from effektkedja.domain import LEVELS
from effektkedja.engine import PlanResult, Summary
from effektkedja.findings import LOADING_RULES, describe
from effektkedja.messages.numbers import format_percent
from effektkedja.portfolio import Organisation, organisation
from effektkedja.views.combined import (
    CombinedView,
    LevelHead,
    combined_view,
    level_heads,
    plan_title,
    summary_counts,
)
from effektkedja.views.plan import PlanView
from effektkedja.views.portfolio_tables import (
    CommonFinding,
    PortfolioGoal,
    PortfolioProblems,
    delmal_table,
    findings_table,
    problems_table,
)
from effektkedja.views.summary import LevelRow, findings_sentence, staircase
from effektkedja.views.texts import Texts

__all__ = [
    "PORTFOLIO_PLAN_SECTIONS",
    "CombinedView",
    "PortfolioView",
    "combined_view",
    "portfolio_view",
]

#: A portfolio report of more plans than this leaves out the per-plan sections:
#: past some fifteen plans the report is too long to read, and each plan has its own.
PORTFOLIO_PLAN_SECTIONS = 15


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


def ratio(part: int, whole: int, t: Texts) -> str | None:
    """ "91 % (10 av 11)"; None when there is nothing to divide by."""
    if not whole:
        return None
    percent = format_percent(100 * part / whole, t.lang, places=0)
    return t("share_of", percent=percent, part=part, whole=whole)


def _row(row: Organisation, plan: PlanView, t: Texts) -> OrganisationRow:
    title = plan_title(plan)
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
    goals, delmal_sentence = delmal_table([row.delmal for row in readable], t)
    problems = problems_table(results, t)
    findings, findings_more = findings_table(results, t)
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
    sentences.append(findings_sentence(summary_counts(summary), t))
    return sentences
