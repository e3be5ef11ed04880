"""The portfolio's tables across all plans: per delmål, problems per delmål, common findings.

Each table adds up every plan of the portfolio: how many utfall name each
delmål and in how many organisations, how many problems name each delmål and
how many of them a chain addresses, and which rules fire most often.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from effektkedja.domain import Delmal
from effektkedja.engine import PlanResult
from effektkedja.portfolio import GOALS, common_findings
from effektkedja.views.findings import rule_title
from effektkedja.views.goals import goal_view
from effektkedja.views.texts import Texts

#: How many rules the portfolio's table of the most common findings shows.
PORTFOLIO_TOP_RULES = 10


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


def delmal_table(readable: Sequence[Sequence[int]], t: Texts) -> tuple[list[PortfolioGoal], str]:
    """Per delmål: outcomes naming it and organisations with one; the sentence on coverage.

    ``readable`` holds, for each organisation whose plan could be read, how many of
    its utfall and samhällseffekter name each delmål (in the order of ``GOALS``).
    """
    goals = []
    for position, goal in enumerate(GOALS):
        base = goal_view(goal, t)
        goals.append(
            PortfolioGoal(
                base.number,
                base.short,
                base.name,
                sum(delmal[position] for delmal in readable),
                sum(1 for delmal in readable if delmal[position]),
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


def problems_table(results: Sequence[PlanResult], t: Texts) -> PortfolioProblems:
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


def findings_table(
    results: Sequence[PlanResult], t: Texts
) -> tuple[list[CommonFinding], str | None]:
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
