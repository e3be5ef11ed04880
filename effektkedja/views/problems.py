"""The view of a plan's problems: the inequality, its facts by sex, what addresses it, results.

Everything here is read from :class:`effektkedja.facts.ProblemFacts`: which
initiatives address a problem, how far their chains reach, which utfall they reach
and the strongest result those show were computed once in the core. A view only
orders, words and formats them. A plan without problems gets the nudge that
EK406 gives, and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass

from effektkedja.domain import Direction, Level, Result
from effektkedja.facts import (
    EvidenceFacts,
    InitiativeFacts,
    PlanFacts,
    ProblemFacts,
    gap_amount,
)
from effektkedja.messages import gap_text
from effektkedja.views.goals import Goal, goal_view
from effektkedja.views.indicators import PointView, point_view, sex_words
from effektkedja.views.texts import Texts


@dataclass(frozen=True, slots=True)
class EvidenceView:
    """One ``underlag`` of a problem: its values for women and men, and the gap in words."""

    name: str
    source: str | None
    unit: str | None
    female_word: str  # "kvinnor" (or "flickor"), for captions and sentences
    male_word: str
    female_label: str
    male_label: str
    has_total: bool
    has_share: bool
    has_trend: bool
    share_label: str
    points: list[PointView]
    sentence: str | None  # the latest gap in words: "2023: 6,5 timmar mer för män än för …"
    facts: EvidenceFacts


@dataclass(frozen=True, slots=True)
class AddressingView:
    """An initiative that addresses a problem, and how far its chain reaches."""

    id: str
    name: str
    level: str
    level_label: str
    reach: str
    reach_label: str
    reaches_outcome: bool
    reach_text: str  # "når utfall" | "stannar vid produkt"


@dataclass(frozen=True, slots=True)
class GapChangeView:
    """How the gap one indicator measures moved from its baseline to its latest measurement."""

    indicator: str
    change: str | None  # narrowed | widened | unchanged; None when not measured by sex
    text: str  # "Timmar per brukare: minskat (2023–2025)"


@dataclass(frozen=True, slots=True)
class OutcomeView:
    """An utfall or samhällseffekt in the chains addressing a problem, with its result."""

    id: str
    name: str
    level: str
    level_label: str
    result: str | None  # planned | measured | improved | worsened
    result_label: str | None
    gaps: list[GapChangeView]
    gaps_text: str  # the gaps joined for a table cell ("–" when none)


@dataclass(frozen=True, slots=True)
class ProblemView:
    """One problem as the reports show it."""

    id: str
    name: str
    line: int
    delmal: list[Goal]
    delmal_text: str
    target_group: str | None
    analysis: str | None
    evidence: list[EvidenceView]
    addressed: bool
    addressed_by: list[AddressingView]
    reached_level: str | None
    reached_label: str | None
    reaches_outcome: bool
    outcomes: list[OutcomeView]
    more_outcomes: bool
    result: str | None  # the strongest result of those outcomes; None when none is reached
    result_label: str | None
    verdict: str  # whether the gaps are closing, in one sentence
    facts: ProblemFacts


@dataclass(frozen=True, slots=True)
class ProblemsView:
    """The section "Problem och resultat": every problem, or a nudge when there are none."""

    problems: list[ProblemView]
    count: int
    addressed: int
    reaching: int
    improved: int
    sentence: str  # "Planen anger 2 problem; 1 av dem …" or the nudge of EK406
    intro: str | None


def evidence_view(facts: EvidenceFacts, t: Texts) -> EvidenceView:
    """The table of one ``underlag`` and its latest gap in words."""
    female, male = sex_words(facts, t)
    latest = facts.latest
    sentence = None
    if latest is not None and latest.gap is not None:
        sentence = t(
            "s_evidence_gap", when=latest.when, gap=gap_text(gap_amount(facts, latest), t.lang)
        )
    return EvidenceView(
        name=facts.name,
        source=facts.source,
        unit=facts.unit,
        female_word=female,
        male_word=male,
        female_label=female.capitalize(),
        male_label=male.capitalize(),
        has_total=any(point.total is not None for point in facts.points),
        has_share=any(point.share is not None for point in facts.points),
        has_trend=any(point.trend is not None for point in facts.points),
        share_label=t("col_share_female", female=female),
        points=[point_view(facts, point, t) for point in facts.points],
        sentence=sentence,
        facts=facts,
    )


def _reach_text(reach: Level, t: Texts) -> str:
    key = "problem_reaches" if reach.is_outcome else "problem_stops"
    return t(key, level=t.level_word(reach))


def _addressing(item: InitiativeFacts, t: Texts) -> AddressingView:
    return AddressingView(
        id=item.id,
        name=item.name,
        level=item.level.value,
        level_label=t.level(item.level),
        reach=item.reach.value,
        reach_label=t.level(item.reach),
        reaches_outcome=item.reach.is_outcome,
        reach_text=_reach_text(item.reach, t),
    )


def _outcome(item: InitiativeFacts, t: Texts) -> OutcomeView:
    gaps = []
    for indicator in item.indicators:
        change = indicator.gap_change
        base, latest = indicator.baseline, indicator.latest
        span = {"from": base.when if base else "", "to": latest.when if latest else ""}
        if indicator.direction is not Direction.UTJAMNA and indicator.moves is not None:
            female, male = sex_words(indicator, t)
            text = t(
                "problem_values_moved",
                indicator=indicator.name,
                female=female,
                male=male,
                female_moved=t(f"moved.{indicator.moves[0]}"),
                male_moved=t(f"moved.{indicator.moves[1]}"),
                direction=t(f"direction.{indicator.direction.value}"),
                **span,
            )
        elif change is not None:
            text = t(
                "problem_gap_change",
                indicator=indicator.name,
                change=t(f"change.{change.value}"),
                **span,
            )
        elif indicator.measured_after_baseline:
            text = t("problem_gap_unsplit", indicator=indicator.name)
        else:
            text = t("problem_gap_unmeasured", indicator=indicator.name)
        gaps.append(GapChangeView(indicator.name, change.value if change else None, text))
    result = item.result
    return OutcomeView(
        id=item.id,
        name=item.name,
        level=item.level.value,
        level_label=t.level(item.level),
        result=result.value if result is not None else None,
        result_label=t(f"result.{result.value}") if result is not None else None,
        gaps=gaps,
        gaps_text="; ".join(gap.text for gap in gaps) or "–",
    )


def _verdict(problem: ProblemFacts, t: Texts) -> str:
    if not problem.addressing:
        return t("problem_verdict.unaddressed")
    if problem.result is None:
        return t("problem_verdict.no_outcome")
    return t(f"problem_verdict.{problem.result.value}")


def problem_view(
    problem: ProblemFacts, initiatives: tuple[InitiativeFacts, ...], t: Texts
) -> ProblemView:
    """The view of one problem; ``initiatives`` are the plan's initiative facts."""
    goals = [goal_view(goal, t) for goal in problem.delmal]
    reached = problem.reached_level
    result = problem.result
    return ProblemView(
        id=problem.id,
        name=problem.name,
        line=problem.line,
        delmal=goals,
        delmal_text=", ".join(f"{g.number} {g.short}" for g in goals),
        target_group=problem.target_group,
        analysis=problem.analysis,
        evidence=[evidence_view(evidence, t) for evidence in problem.evidence],
        addressed=bool(problem.addressing),
        addressed_by=[_addressing(initiatives[i], t) for i in problem.addressing],
        reached_level=reached.value if reached is not None else None,
        reached_label=t.level(reached) if reached is not None else None,
        reaches_outcome=problem.reaches_outcome,
        outcomes=[_outcome(initiatives[i], t) for i in problem.outcomes],
        more_outcomes=problem.more_outcomes,
        result=result.value if result is not None else None,
        result_label=t(f"result.{result.value}") if result is not None else None,
        verdict=_verdict(problem, t),
        facts=problem,
    )


def problems_view(facts: PlanFacts, t: Texts) -> ProblemsView:
    """The section on the plan's problems (the nudge of EK406 when it states none).

    A problem whose id an earlier problem already has (EK407) is shown all the same,
    since the report shows what the plan says, but counted once.
    """
    problems = [problem_view(problem, facts.initiatives, t) for problem in facts.problems]
    distinct = [problem.facts for problem in problems if problem.facts.duplicate_of is None]
    count = len(distinct)
    addressed = sum(1 for problem in distinct if problem.addressing)
    reaching = sum(1 for problem in distinct if problem.reaches_outcome)
    improved = sum(1 for problem in distinct if problem.result is Result.IMPROVED)
    if not problems:
        return ProblemsView([], 0, 0, 0, 0, t("s_problems_none"), None)
    sentence = t(
        "s_problems",
        problems=t.count("problem", count),
        addressed=addressed,
        reaching=reaching,
        improved=improved,
    )
    return ProblemsView(
        problems, count, addressed, reaching, improved, sentence, t("problems_intro")
    )
