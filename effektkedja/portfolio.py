"""Roll-up across plans: the figures a coordinator compares organisations by.

A coordinating authority follows many organisations' plans at once and asks of
each: where does its work stand on the chain, are its outcomes measured for
women and men, which delmål do its outcomes name, and which gaps recur across
the portfolio.

:func:`organisation` and :func:`common_findings` turn checked plans (their
facts, which survive :meth:`~effektkedja.engine.PlanResult.slim`) into the rows
that both the JSON summary and the portfolio report show, so the two always agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from effektkedja.domain import LEVELS, Delmal, Level, Severity

if TYPE_CHECKING:
    from effektkedja.engine import PlanResult

#: The delmål in order, 1 to 6: the columns of the coverage matrix.
GOALS = tuple(Delmal)


def share(part: int, whole: int) -> float | None:
    """``part / whole`` as a fraction rounded to four decimals; None when ``whole`` is 0."""
    return round(part / whole, 4) if whole else None


@dataclass(frozen=True, slots=True)
class Organisation:
    """One plan in the portfolio: one row of the organisation table.

    For a plan that could not be read (EK001/EK002) ``valid`` is false, the type is
    unknown and every count but the findings is 0. Accepted findings are not counted.
    """

    path: str
    organisation: str | None
    type: str | None
    valid: bool
    initiatives: int
    levels: dict[Level, int]
    reaching_outcome: int
    outcome_indicators: int
    sex_disaggregated: int
    delmal: tuple[int, ...]
    improved: bool
    errors: int
    warnings: int
    infos: int
    accepted: int

    @property
    def reaching_share(self) -> float | None:
        """Share of the initiatives whose chain reaches utfall or above (None without any)."""
        return share(self.reaching_outcome, self.initiatives)

    @property
    def sex_disaggregated_share(self) -> float | None:
        """Share of the outcome indicators that are sex-disaggregated (None without any)."""
        return share(self.sex_disaggregated, self.outcome_indicators)

    @property
    def outcomes(self) -> int:
        """Initiatives at utfall or samhällseffekt."""
        return sum(count for level, count in self.levels.items() if level.is_outcome)


def organisation(result: PlanResult) -> Organisation:
    """The portfolio row of one checked plan (a slim result is enough)."""
    levels = dict.fromkeys(LEVELS, 0)
    for item in result.initiatives:
        levels[item.level] += 1
    counts = dict.fromkeys(Severity, 0)
    accepted = 0
    for finding in result.findings:
        if finding.accepted:
            accepted += 1
        else:
            counts[finding.severity] += 1
    facts = result.facts
    return Organisation(
        path=result.path,
        organisation=result.organisation,
        type=facts.type if facts is not None else None,
        valid=result.valid,
        initiatives=len(result.initiatives),
        levels=levels,
        reaching_outcome=result.reaching_outcome,
        outcome_indicators=facts.outcome_indicators if facts is not None else 0,
        sex_disaggregated=facts.sex_disaggregated if facts is not None else 0,
        delmal=facts.delmal if facts is not None else (0,) * len(GOALS),
        improved=facts.improved if facts is not None else False,
        errors=counts[Severity.ERROR],
        warnings=counts[Severity.WARNING],
        infos=counts[Severity.INFO],
        accepted=accepted,
    )


@dataclass(frozen=True, slots=True)
class RuleCount:
    """How often one rule fired across the portfolio, and in how many plans."""

    rule: str
    severity: Severity
    count: int
    plans: int


def common_findings(results: Iterable[PlanResult]) -> list[RuleCount]:
    """Counted findings per rule, most frequent first.

    Ties go to the rule found in more plans, then to the more severe, then to the
    lower code, so the order is the same from run to run. A rule whose severity a
    configuration changed keeps the severity it was reported with (the most severe
    one if that differs between plans).
    """
    counts: dict[str, int] = {}
    plans: dict[str, int] = {}
    severities: dict[str, Severity] = {}
    for result in results:
        seen: set[str] = set()
        for finding in result.findings:
            if finding.accepted:
                continue
            code = finding.rule
            counts[code] = counts.get(code, 0) + 1
            if code not in seen:
                seen.add(code)
                plans[code] = plans.get(code, 0) + 1
            known = severities.get(code)
            if known is None or finding.severity.weight > known.weight:
                severities[code] = finding.severity
    rows = [RuleCount(code, severities[code], counts[code], plans[code]) for code in counts]
    rows.sort(key=lambda r: (-r.count, -r.plans, -r.severity.weight, r.rule))
    return rows
