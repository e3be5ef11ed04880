"""Rules on indicators: are outcomes measured, by sex, from a baseline, and followed up?"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from effektkedja.findings import Hit, PlanContext
from effektkedja.model import Indicator, Initiative

#: Gaps are compared with this tolerance so that 0.1 + 0.2 does not "widen" a gap.
_EPSILON = 1e-9


def _indicators(ctx: PlanContext) -> Iterator[tuple[int, int, Initiative, Indicator]]:
    for index, initiative in enumerate(ctx.plan.initiatives):
        for number, indicator in enumerate(initiative.indicators):
            yield index, number, initiative, indicator


def _loc(index: int, number: int) -> tuple[str | int, ...]:
    return ("insatser", index, "indikatorer", number)


def not_sex_disaggregated(ctx: PlanContext) -> Iterator[Hit]:
    """EK201: an indicator on an utfall/samhällseffekt has no values for women and men."""
    for index, number, _, indicator in _indicators(ctx):
        if ctx.classes[index].level.is_outcome and not indicator.sex_disaggregated:
            yield Hit("EK201", _loc(index, number), "EK201", {"indicator": indicator.name}, index)


def outcome_without_indicator(ctx: PlanContext) -> Iterator[Hit]:
    """EK202: an utfall/samhällseffekt has no indicator."""
    for index, initiative in enumerate(ctx.plan.initiatives):
        level = ctx.classes[index].level
        if level.is_outcome and not initiative.indicators:
            yield Hit("EK202", ("insatser", index), "EK202", {"level": level.value}, index)


def missing_baseline(ctx: PlanContext) -> Iterator[Hit]:
    """EK203: an indicator has no utgångsläge."""
    for index, number, _, indicator in _indicators(ctx):
        if indicator.baseline is None:
            yield Hit("EK203", _loc(index, number), "EK203", {"indicator": indicator.name}, index)


def missing_target(ctx: PlanContext) -> Iterator[Hit]:
    """EK204: an indicator has no mål."""
    for index, number, _, indicator in _indicators(ctx):
        if indicator.target is None:
            yield Hit("EK204", _loc(index, number), "EK204", {"indicator": indicator.name}, index)


def _end(ctx: PlanContext, initiative: Initiative) -> date | None:
    if initiative.end is not None:
        return initiative.end.last
    period = ctx.plan.period
    if period is not None and period.end is not None:
        return period.end.last
    return None


def follow_up_missing(ctx: PlanContext) -> Iterator[Hit]:
    """EK205: the end has passed and an indicator has no measurement after its baseline."""
    for index, number, initiative, indicator in _indicators(ctx):
        end = _end(ctx, initiative)
        if end is None or end >= ctx.today:
            continue
        baseline = indicator.baseline
        followed_up = any(
            baseline is None or point.first_day > baseline.last_day
            for point in indicator.measurements
        )
        if not followed_up:
            yield Hit(
                "EK205",
                _loc(index, number),
                "EK205",
                {"indicator": indicator.name, "end": end.isoformat()},
                index,
            )


def gap_widened(ctx: PlanContext) -> Iterator[Hit]:
    """EK206: the gap between women and men widened from baseline to latest measurement."""
    for index, number, _, indicator in _indicators(ctx):
        baseline = indicator.baseline
        if baseline is None or baseline.gap is None:
            continue
        measured = [point for point in indicator.measurements if point.gap is not None]
        if not measured:
            continue
        latest = max(measured, key=lambda point: (point.last_day, point.first_day))
        before, after = abs(baseline.gap), abs(latest.gap)  # type: ignore[arg-type]
        if after > before + _EPSILON:
            yield Hit(
                "EK206",
                _loc(index, number),
                "EK206",
                {
                    "indicator": indicator.name,
                    "before": round(before, 10),
                    "after": round(after, 10),
                    "from": baseline.when,
                    "to": latest.when,
                },
                index,
            )


def missing_source(ctx: PlanContext) -> Iterator[Hit]:
    """EK207: an indicator has no källa."""
    for index, number, _, indicator in _indicators(ctx):
        if indicator.source is None:
            yield Hit("EK207", _loc(index, number), "EK207", {"indicator": indicator.name}, index)


CHECKS = {
    "EK201": not_sex_disaggregated,
    "EK202": outcome_without_indicator,
    "EK203": missing_baseline,
    "EK204": missing_target,
    "EK205": follow_up_missing,
    "EK206": gap_widened,
    "EK207": missing_source,
}
