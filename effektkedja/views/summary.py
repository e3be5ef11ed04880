"""The summary of one plan: its particulars, initiatives per level, and the sentences on them.

What the report says first about a plan: the facts table (organisation, period,
file), the count and share of initiatives per level with the staircase, and the
sentences on how far the chains reach, what the utfall show and what was found.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from effektkedja.domain import LEVELS, Level, Result
from effektkedja.engine import PlanResult
from effektkedja.messages.numbers import format_percent
from effektkedja.model import Plan
from effektkedja.views.findings import Counts, counts
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


def facts_view(result: PlanResult, plan: Plan | None, t: Texts, today: date) -> FactsView:
    """The plan's particulars (``plan`` None: a plan that could not be read)."""
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


def summary_view(result: PlanResult, t: Texts) -> SummaryView:
    """The summary of a readable plan: levels, staircase, chains, utfall, findings."""
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


def empty_summary(result: PlanResult, t: Texts) -> SummaryView:
    """The summary of a plan that could not be read: its findings only."""
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
