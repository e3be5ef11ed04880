"""Several plans side by side: the combined table of a report on more than one plan.

A report on several plans that is not a portfolio shows one row per plan (its
initiatives per level, how many reach utfall, its findings), the totals and a
few sentences. The portfolio (:mod:`.portfolio`) shares the level heads and the
way a plan is named here.
"""

from __future__ import annotations

from dataclasses import dataclass

from effektkedja.domain import LEVELS
from effektkedja.engine import Summary
from effektkedja.views.findings import Counts
from effektkedja.views.plan import PlanView
from effektkedja.views.summary import findings_sentence
from effektkedja.views.texts import Texts


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


def level_heads(t: Texts) -> list[LevelHead]:
    """The five levels as column heads of the tables across plans."""
    return [LevelHead(level.value, t.level(level)) for level in LEVELS]


def plan_title(plan: PlanView) -> str:
    """A plan as its row names it: its title; for a plan not read, its organisation or file."""
    return plan.title if plan.readable else plan.facts.organisation or plan.path


def combined_view(plans: list[PlanView], summary: Summary, t: Texts) -> CombinedView:
    """Several plans side by side (a report on more than one plan, not a portfolio)."""
    rows = [
        CombinedRow(
            title=plan_title(plan),
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
    sentences.append(findings_sentence(summary_counts(summary), t))
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


def summary_counts(summary: Summary) -> Counts:
    """The run's finding counts, for :func:`~.summary.findings_sentence`."""
    return Counts(summary.errors, summary.warnings, summary.infos, summary.accepted)
