"""The facts of an indicator and of each of its points (SPEC.md section 8).

The order of an indicator's points, each point's gap (at the precision its values
were given in), share of women and trend, the latest measurement, how the gap
changed from the baseline, and what the indicator shows of the initiative's
result. The values of a problem's ``underlag`` (:mod:`effektkedja.facts.problems`)
become points here too.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from effektkedja.domain import Balance, Direction, GapChange, PointKind, Result, Scope
from effektkedja.loader import Loc, Position
from effektkedja.messages.numbers import GapAmount
from effektkedja.model import Indicator, Point

if TYPE_CHECKING:
    from effektkedja.facts.problems import EvidenceFacts

#: Largest number of decimals a value read from a plan is taken to have.
MAX_DECIMALS = 3
#: How far from 100 two percentages may add up and still count as a distribution.
PERCENT_TOLERANCE = 1.0
EVEN_LOW, EVEN_HIGH = 40.0, 60.0
#: Where a data path such as ``("insatser", 2, "indikatorer", 0)`` stands in the file.
PositionOf = Callable[[Loc], Position]


def decimals(value: float) -> int:
    """Digits after the decimal point in the shortest form of ``value`` (at most 3)."""
    text = repr(float(value))
    if "e" in text or "E" in text:
        return MAX_DECIMALS if abs(value) < 1 else 0
    _, _, fraction = text.partition(".")
    return min(len(fraction.rstrip("0")), MAX_DECIMALS)


def share_kind(unit: str | None) -> str | None:
    """``antal`` or ``procent`` when the unit allows a share of women, else None."""
    word = unit.strip().lower() if unit is not None else ""
    if word == "antal":
        return "antal"
    if word in ("procent", "%"):
        return "procent"
    return None


# --- points ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PointFacts:
    """One point of an indicator: when it is, its values and what follows from them.

    ``gap`` is women − men (girls − boys) rounded to ``places``, the precision the
    two values were given in. ``share`` is the share of women in per cent (one
    decimal) where the unit makes it a distribution, with its 40/60 ``balance``.
    ``entry`` is the index in ``mätningar`` (None for baseline and target);
    ``trend`` how |gap| moved since the point before it that has a gap (for the
    target: the change the plan aims at).
    """

    kind: PointKind
    when: str
    first: date
    last: date
    female: float | None
    male: float | None
    total: float | None
    gap: float | None
    places: int
    share: float | None
    balance: Balance | None
    entry: int | None
    line: int
    column: int
    trend: GapChange | None = None  # |gap| against the previous point with a gap

    @property
    def has_sexes(self) -> bool:
        return self.female is not None and self.male is not None


def _share(female: float | None, male: float | None, kind: str | None) -> float | None:
    if kind is None or female is None or male is None or female < 0 or male < 0:
        return None
    total = female + male
    if total <= 0 or (kind == "procent" and abs(total - 100) > PERCENT_TOLERANCE):
        return None
    # For percentages this also normalises a rounded pair such as 49.5 + 51.0.
    return round(100 * female / total, 1)


def _balance(share: float | None) -> Balance | None:
    if share is None:
        return None
    if share < EVEN_LOW:
        return Balance.MEN
    if share > EVEN_HIGH:
        return Balance.WOMEN
    return Balance.EVEN


def _point(
    kind: PointKind, point: Point, entry: int | None, share_of: str | None, at: Position
) -> PointFacts:
    female, male = point.female, point.male
    gap = None
    places = 0
    if female is not None and male is not None:
        places = max(decimals(female), decimals(male))
        gap = round(female - male, places) + 0.0  # + 0.0: no "-0.0"
    share = _share(female, male, share_of)
    first = point.date.first if point.date is not None else date(point.year or 1, 1, 1)
    last = point.date.last if point.date is not None else date(point.year or 1, 12, 31)
    when = point.date.text if point.date is not None else str(point.year)
    return PointFacts(
        kind, when, first, last, female, male, point.total, gap, places, share,
        _balance(share), entry, at.line, at.column,
    )  # fmt: skip


# --- indicators --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IndicatorFacts:
    """An indicator with its points in the order of SPEC.md section 8.

    ``points`` holds the baseline first, the measurements ordered by the last day
    they cover, then the first day, then file position, and the target last.
    ``latest`` is the last measurement with values for both sexes. ``same_period``
    pairs measurements that cover the same period (earlier in file, later in file).
    ``moves`` says how the values for women and for men moved from the baseline to
    the latest measurement, when that is later; ``outcome`` is what this indicator
    shows of the initiative's result.
    """

    initiative: int
    number: int
    name: str
    line: int
    column: int
    unit: str | None
    source: str | None
    scope: Scope
    direction: Direction
    youth: bool
    share_kind: str | None
    points: tuple[PointFacts, ...]
    latest: PointFacts | None
    gap_change: GapChange | None
    same_period: tuple[tuple[PointFacts, PointFacts], ...]
    measured_after_baseline: bool
    moves: tuple[int, int] | None  # women's and men's values since the baseline: 1, 0, -1
    outcome: Result
    rates: bool  # percentages that do not add up to 100: rates within each sex

    @property
    def baseline(self) -> PointFacts | None:
        first = self.points[0] if self.points else None
        return first if first is not None and first.kind is PointKind.BASELINE else None

    @property
    def target(self) -> PointFacts | None:
        last = self.points[-1] if self.points else None
        return last if last is not None and last.kind is PointKind.TARGET else None

    @property
    def measurements(self) -> tuple[PointFacts, ...]:
        return tuple(p for p in self.points if p.kind is PointKind.MEASUREMENT)

    @property
    def sex_disaggregated(self) -> bool:
        """True when a point has values for both sexes (the test behind EK201)."""
        return any(point.has_sexes for point in self.points)

    @property
    def places(self) -> int:
        """The precision of the indicator's values: one for every column of its table."""
        return _places(self.points)


def gap_amount(
    facts: IndicatorFacts | EvidenceFacts, point: PointFacts, short: bool = False
) -> GapAmount:
    """The gap at ``point`` ready to be told in words, at the precision of its indicator
    (or of the problem's ``underlag``)."""
    assert point.gap is not None
    return GapAmount(point.gap, facts.places, facts.unit, facts.youth, short)


def _places(points: Sequence[PointFacts]) -> int:
    values = [
        value
        for point in points
        for value in (point.female, point.male, point.total)
        if value is not None
    ]
    return max((decimals(value) for value in values), default=0)


def gap_change(before: PointFacts | None, after: PointFacts | None) -> GapChange | None:
    """How |gap| moved from ``before`` to ``after`` at the precision of their values."""
    if before is None or after is None or before.gap is None or after.gap is None:
        return None
    places = max(before.places, after.places)
    was, now = round(abs(before.gap), places), round(abs(after.gap), places)
    if math.isclose(was, now, abs_tol=10 ** -(places + 3)):
        return GapChange.UNCHANGED
    return GapChange.NARROWED if now < was else GapChange.WIDENED


def _moves(baseline: PointFacts | None, latest: PointFacts | None) -> tuple[int, int] | None:
    """How the values for women and for men moved from the baseline to a later latest
    measurement: 1 up, -1 down, 0 unchanged at the precision they were given in."""
    if baseline is None or latest is None or latest.last <= baseline.last:
        return None
    if baseline.female is None or baseline.male is None:
        return None
    if latest.female is None or latest.male is None:
        return None
    places = max(baseline.places, latest.places)
    female = round(latest.female - baseline.female, places)
    male = round(latest.male - baseline.male, places)
    return (female > 0) - (female < 0), (male > 0) - (male < 0)


def _outcome(
    direction: Direction,
    after_baseline: bool,
    change: GapChange | None,
    moves: tuple[int, int] | None,
    measured_after: bool,
) -> Result:
    """What one indicator shows: improved, worsened, measured or planned (SPEC.md section 8).

    ``after_baseline``: the latest measurement with both sexes covers a later period
    than the baseline. For ``utjämna`` the gap must narrow; for ``öka`` and ``minska``
    both sexes' values must move that way (one unchanged or against it: no clear
    direction). Measurements with totals only show that something was measured.
    """
    if not measured_after:
        return Result.PLANNED
    if not after_baseline:
        return Result.MEASURED
    if direction is Direction.UTJAMNA:
        if change is GapChange.NARROWED:
            return Result.IMPROVED
        return Result.WORSENED if change is GapChange.WIDENED else Result.MEASURED
    if moves is None:
        return Result.MEASURED
    sign = 1 if direction is Direction.OKA else -1
    if all(sign * move > 0 for move in moves):
        return Result.IMPROVED
    if all(sign * move < 0 for move in moves):
        return Result.WORSENED
    return Result.MEASURED


def _add_trends(points: list[PointFacts]) -> None:
    """Give each point with a gap its trend against the point before it that has one."""
    previous = None
    for position, point in enumerate(points):
        if point.gap is not None:
            if previous is not None:
                points[position] = replace(point, trend=gap_change(previous, point))
            previous = point


def _by_period(points: list[PointFacts]) -> list[PointFacts]:
    """Points ordered by the last day they cover, then the first, then file position."""
    return sorted(points, key=lambda p: (p.last, p.first, p.entry))


def _youth(points: Sequence[Point | None]) -> bool:
    """True when the plan speaks of girls and boys in these points."""
    return any(p is not None and (p.girls is not None or p.boys is not None) for p in points)


def indicator_facts(
    indicator: Indicator, initiative: int, number: int, positions: PositionOf
) -> IndicatorFacts:
    """The facts of one indicator; ``positions`` gives the position of a data path."""
    loc: Loc = ("insatser", initiative, "indikatorer", number)
    kind = share_kind(indicator.unit)
    points: list[PointFacts] = []
    if indicator.baseline is not None:
        at = positions((*loc, "utgångsläge"))
        points.append(_point(PointKind.BASELINE, indicator.baseline, None, kind, at))
    measured = [
        _point(PointKind.MEASUREMENT, point, entry, kind, positions((*loc, "mätningar", entry)))
        for entry, point in enumerate(indicator.measurements)
    ]
    points.extend(_by_period(measured))
    if indicator.target is not None:
        at = positions((*loc, "mål"))
        points.append(_point(PointKind.TARGET, indicator.target, None, kind, at))
    _add_trends(points)
    measured = [p for p in points if p.kind is PointKind.MEASUREMENT]

    baseline = points[0] if points and points[0].kind is PointKind.BASELINE else None
    latest = next((p for p in reversed(measured) if p.has_sexes), None)
    change = gap_change(baseline, latest)
    later = baseline is not None and latest is not None and latest.last > baseline.last
    moves = _moves(baseline, latest)
    after = [p for p in measured if baseline is None or p.last > baseline.last]
    by_period: dict[tuple[date, date], PointFacts] = {}
    same: list[tuple[PointFacts, PointFacts]] = []
    for point in sorted(measured, key=lambda p: p.entry or 0):
        earlier = by_period.get((point.first, point.last))
        if earlier is not None:
            same.append((earlier, point))
        by_period[(point.first, point.last)] = point
    youth = _youth((indicator.baseline, indicator.target, *indicator.measurements))
    rates = kind == "procent" and any(
        p.has_sexes and abs((p.female or 0) + (p.male or 0) - 100) > PERCENT_TOLERANCE
        for p in points
    )
    start = positions(loc)
    return IndicatorFacts(
        initiative=initiative,
        number=number,
        name=indicator.name,
        line=start.line,
        column=start.column,
        unit=indicator.unit,
        source=indicator.source,
        scope=indicator.scope,
        direction=indicator.direction,
        youth=youth,
        share_kind=kind,
        points=tuple(points),
        latest=latest,
        gap_change=change,
        same_period=tuple(same),
        measured_after_baseline=bool(after),
        moves=moves,
        outcome=_outcome(indicator.direction, later, change, moves, bool(after)),
        rates=rates,
    )
