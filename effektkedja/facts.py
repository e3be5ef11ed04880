"""Facts: everything about a plan that more than one output shows, computed once.

SPEC.md section 8 defines the indicator facts (the order of points, the latest
measurement, the gap and how it changed, the demonstrated result); this module
is their only implementation. Rules, the terminal, JSON, reports, CSV, diff and
the portfolio read these facts and never recompute an order, a latest point, a
gap, a share or a trend. The same goes for an initiative's level, basis and
reasons (from :mod:`effektkedja.classify`), how far its chain reaches and where
chains start (from :mod:`effektkedja.chain`), and when it is due for follow-up.

Facts are plain frozen dataclasses without references to the plan model, so a
checked plan's facts travel cheaply from a worker process and outlive the model.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from effektkedja.chain import Chain
from effektkedja.classify import Classification
from effektkedja.domain import (
    Balance,
    Delmal,
    Direction,
    GapChange,
    Level,
    PointKind,
    Result,
    Scope,
)
from effektkedja.loader import Loc, Position
from effektkedja.messages.numbers import GapAmount
from effektkedja.model import Evidence, Indicator, Initiative, Plan, Point

#: Largest number of decimals a value read from a plan is taken to have.
MAX_DECIMALS = 3
#: How far from 100 two percentages may add up and still count as a distribution.
PERCENT_TOLERANCE = 1.0
EVEN_LOW, EVEN_HIGH = 40.0, 60.0
#: The delmål in order, 1 to 6.
GOALS = tuple(Delmal)
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


# --- problems ----------------------------------------------------------------------------

#: How many utfall and samhällseffekter a problem's facts name (the first in file order);
#: ``more_outcomes`` says when its chains reach more than that.
OUTCOME_LIMIT = 10
#: Demonstrated results from the strongest claim down: of several utfall, the first of
#: these that one of them shows is what they show together (SPEC.md section 8).
RESULT_ORDER = (Result.IMPROVED, Result.WORSENED, Result.MEASURED, Result.PLANNED)


@dataclass(frozen=True, slots=True)
class EvidenceFacts:
    """One ``underlag`` of a problem: sex-disaggregated values that show the inequality.

    ``points`` are its values as measurements, ordered as an indicator's are (by the
    last day they cover, then the first, then file position), each with its gap and
    trend; ``latest`` is the last with values for both sexes.
    """

    problem: int
    number: int
    name: str
    line: int
    column: int
    unit: str | None
    source: str | None
    youth: bool
    share_kind: str | None
    points: tuple[PointFacts, ...]
    latest: PointFacts | None

    @property
    def places(self) -> int:
        """The precision of the values: one for every column of the table."""
        return _places(self.points)

    @property
    def sex_disaggregated(self) -> bool:
        """True when a value has figures for both sexes (the test behind EK403)."""
        return any(point.has_sexes for point in self.points)


@dataclass(frozen=True, slots=True)
class ProblemFacts:
    """A problem the plan states, what addresses it and how far that reaches.

    ``addressing`` holds the initiatives whose ``problem`` names its id (indices, in
    file order) and ``addressed_by`` their ids. ``reached_level`` is the highest
    effective level reached from any of them along ``leder_till`` (None when nothing
    addresses it). ``outcomes`` are the utfall and samhällseffekter in those chains
    (the first :data:`OUTCOME_LIMIT` in file order; ``more_outcomes`` when there are
    more), and ``result`` the strongest demonstrated result among all of them (None
    when the chains reach no utfall): whether the gaps they measure are closing.
    ``duplicate_of`` is the index of an earlier problem with the same id (EK407).
    """

    index: int
    id: str
    name: str
    line: int
    column: int
    cell: str | None
    delmal: tuple[Delmal, ...]
    target_group: str | None
    analysis: str | None
    evidence: tuple[EvidenceFacts, ...]
    addressing: tuple[int, ...]
    addressed_by: tuple[str, ...]
    reached_level: Level | None
    outcomes: tuple[int, ...]
    more_outcomes: bool
    result: Result | None
    duplicate_of: int | None

    @property
    def sex_disaggregated(self) -> bool:
        """True when an ``underlag`` has a value for both sexes."""
        return any(evidence.sex_disaggregated for evidence in self.evidence)

    @property
    def reaches_outcome(self) -> bool:
        """True when a chain addressing the problem reaches utfall or samhällseffekt."""
        return self.reached_level is not None and self.reached_level.is_outcome


def evidence_facts(
    evidence: Evidence, problem: int, number: int, positions: PositionOf
) -> EvidenceFacts:
    """The facts of one ``underlag``; ``positions`` gives the position of a data path."""
    loc: Loc = ("problem", problem, "underlag", number)
    kind = share_kind(evidence.unit)
    points = _by_period(
        [
            _point(PointKind.MEASUREMENT, value, entry, kind, positions((*loc, "värden", entry)))
            for entry, value in enumerate(evidence.values)
        ]
    )
    _add_trends(points)
    start = positions(loc)
    return EvidenceFacts(
        problem=problem,
        number=number,
        name=evidence.name,
        line=start.line,
        column=start.column,
        unit=evidence.unit,
        source=evidence.source,
        youth=_youth(evidence.values),
        share_kind=kind,
        points=tuple(points),
        latest=next((p for p in reversed(points) if p.has_sexes), None),
    )


def _predecessors(chain: Chain) -> list[list[int]]:
    before: list[list[int]] = [[] for _ in chain.successors]
    for source, targets in enumerate(chain.successors):
        for target in targets:
            before[target].append(source)
    return before


def _outcomes_downstream(
    predecessors: list[list[int]], levels: Sequence[Level], limit: int
) -> list[list[int]]:
    """For each initiative, the first ``limit`` + 1 utfall and samhällseffekter (in file
    order) that its chain reaches, itself included.

    Each outcome is spread backwards along the links, in file order. A list that is
    full is not spread further: every initiative before it already holds as many
    earlier outcomes, so the whole takes at most ``limit`` + 1 passes over the graph.
    """
    found: list[list[int]] = [[] for _ in levels]
    for outcome, level in enumerate(levels):
        if not level.is_outcome or len(found[outcome]) > limit:
            continue
        found[outcome].append(outcome)
        queue = deque([outcome])
        while queue:
            for earlier in predecessors[queue.popleft()]:
                held = found[earlier]
                if len(held) > limit or (held and held[-1] == outcome):
                    continue
                held.append(outcome)
                queue.append(earlier)
    return found


def _best_downstream(
    predecessors: list[list[int]], results: Sequence[Result | None]
) -> list[Result | None]:
    """For each initiative, the strongest result any utfall its chain reaches shows.

    One backward pass per result, strongest first, each marking only what no
    stronger result has reached: linear in initiatives and links.
    """
    best: list[Result | None] = [None] * len(results)
    for state in RESULT_ORDER:
        queue = deque(i for i, result in enumerate(results) if result is state and best[i] is None)
        for start in queue:
            best[start] = state
        while queue:
            for earlier in predecessors[queue.popleft()]:
                if best[earlier] is None:
                    best[earlier] = state
                    queue.append(earlier)
    return best


def _strongest(results: Sequence[Result | None]) -> Result | None:
    present = set(results)
    return next((state for state in RESULT_ORDER if state in present), None)


def _served(chain: Chain, starts: Sequence[int]) -> list[bool]:
    """Initiatives reached along ``leder_till`` from ``starts`` (themselves included)."""
    seen = [False] * len(chain.successors)
    queue = deque(starts)
    for start in starts:
        seen[start] = True
    while queue:
        for nxt in chain.successors[queue.popleft()]:
            if not seen[nxt]:
                seen[nxt] = True
                queue.append(nxt)
    return seen


def problem_facts(
    plan: Plan,
    chain: Chain,
    results: Sequence[Result | None],
    positions: PositionOf,
) -> tuple[tuple[ProblemFacts, ...], list[bool]]:
    """The facts of the plan's problems, and for each initiative whether it serves one.

    An initiative serves a problem when it, or an initiative that leads to it, names
    a problem of the plan in its ``problem`` (EK405 asks this of each utfall).
    Problem ids and initiative ids are separate namespaces; an id two problems share
    counts as one problem for what addresses it.
    """
    first: dict[str, int] = {}
    for index, problem in enumerate(plan.problems):
        first.setdefault(problem.id, index)
    addressing: dict[str, list[int]] = {}
    for index, initiative in enumerate(plan.initiatives):
        for name in dict.fromkeys(initiative.problems):  # a problem named twice is one
            if name in first:
                addressing.setdefault(name, []).append(index)
    served = _served(chain, sorted({i for items in addressing.values() for i in items}))
    if not plan.problems:
        return (), served
    predecessors = _predecessors(chain)
    downstream = _outcomes_downstream(predecessors, chain.levels, OUTCOME_LIMIT)
    best = _best_downstream(predecessors, results)
    facts = []
    for index, problem in enumerate(plan.problems):
        items = addressing.get(problem.id, [])
        outcomes = sorted({o for i in items for o in downstream[i]})
        at = positions(("problem", index))
        facts.append(
            ProblemFacts(
                index=index,
                id=problem.id,
                name=problem.name,
                line=at.line,
                column=at.column,
                cell=at.cell,
                delmal=tuple(dict.fromkeys(problem.delmal)),
                target_group=problem.target_group,
                analysis=problem.analysis,
                evidence=tuple(
                    evidence_facts(evidence, index, number, positions)
                    for number, evidence in enumerate(problem.evidence)
                ),
                addressing=tuple(items),
                addressed_by=tuple(plan.initiatives[i].id for i in items),
                reached_level=max((chain.reach[i] for i in items), default=None),
                outcomes=tuple(outcomes[:OUTCOME_LIMIT]),
                more_outcomes=len(outcomes) > OUTCOME_LIMIT,
                result=_strongest([best[i] for i in items]),
                duplicate_of=first[problem.id] if first[problem.id] != index else None,
            )
        )
    return tuple(facts), served


# --- initiatives and plans ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InitiativeFacts:
    """One initiative as every output sees it.

    ``reach`` is the highest level its chain reaches (itself included), ``result``
    its demonstrated result (None below utfall), ``follow_up`` the day after which
    it is due for follow-up (its ``slut``, else the plan's ``period.till``), and
    ``owner`` its ``ansvarig``, else the plan's. ``problems`` are the problem ids its
    ``problem`` names, as written; ``serves_problem`` says whether it, or an initiative
    that leads to it, names a problem the plan states.
    """

    index: int
    id: str
    name: str
    line: int
    column: int
    cell: str | None
    classification: Classification
    reach: Level
    successors: tuple[int, ...]
    indicators: tuple[IndicatorFacts, ...]
    result: Result | None
    follow_up: date | None
    owner: str | None
    problems: tuple[str, ...] = ()
    serves_problem: bool = False

    @property
    def level(self) -> Level:
        return self.classification.level

    @property
    def sex_disaggregated(self) -> bool:
        """True when an indicator has a point with values for both sexes."""
        return any(indicator.sex_disaggregated for indicator in self.indicators)


def result_of(level: Level, indicators: Sequence[IndicatorFacts]) -> Result | None:
    """The demonstrated result of an initiative at ``level`` (None below utfall)."""
    if not level.is_outcome:
        return None
    return _strongest([indicator.outcome for indicator in indicators]) or Result.PLANNED


@dataclass(frozen=True, slots=True)
class PlanFacts:
    """The facts of one valid plan.

    ``chain_starts`` are where the chains start: initiatives nothing leads to, then
    one initiative per cycle no chain enters, so that every initiative is in one.
    ``delmal`` holds, for delmål 1 to 6, how many utfall and samhällseffekt
    initiatives name it; ``outcome_indicators`` and ``sex_disaggregated`` count the
    indicators of those initiatives and those of them with values for both sexes.
    ``problems`` are the problems the plan states, in file order.
    """

    initiatives: tuple[InitiativeFacts, ...]
    chain_starts: tuple[int, ...]
    type: str | None
    delmal: tuple[int, ...]
    outcome_indicators: int
    sex_disaggregated: int
    problems: tuple[ProblemFacts, ...] = ()

    @property
    def reaching_outcome(self) -> int:
        """Initiatives whose chain reaches utfall or samhällseffekt."""
        return sum(1 for item in self.initiatives if item.reach.is_outcome)

    @property
    def outcomes(self) -> int:
        """Initiatives at utfall or samhällseffekt."""
        return sum(1 for item in self.initiatives if item.level.is_outcome)

    @property
    def improved(self) -> bool:
        """True when an utfall shows an improved result for its target group.

        A samhällseffekt does not count: it shows what the plan contributes to in
        society, not a result the organisation demonstrates for its target group.
        """
        return any(
            item.level is Level.UTFALL and item.result is Result.IMPROVED
            for item in self.initiatives
        )


def chain_starts(chain: Chain) -> tuple[int, ...]:
    """Initiatives nothing leads to, then one per cycle that no chain enters."""
    size = len(chain.initiatives)
    seen = [False] * size
    starts: list[int] = []

    def mark(start: int) -> None:
        queue = deque([start])
        seen[start] = True
        while queue:
            for nxt in chain.successors[queue.popleft()]:
                if not seen[nxt]:
                    seen[nxt] = True
                    queue.append(nxt)

    for root in chain.roots:
        starts.append(root)
        mark(root)
    for index in range(size):
        if not seen[index]:
            starts.append(index)
            mark(index)
    return tuple(starts)


def _follow_up(plan: Plan, initiative: Initiative) -> date | None:
    if initiative.end is not None:
        return initiative.end.last
    if plan.period is not None and plan.period.end is not None:
        return plan.period.end.last
    return None


def plan_facts(
    plan: Plan, classes: Sequence[Classification], chain: Chain, positions: PositionOf
) -> PlanFacts:
    """The facts of a valid plan, its classifications and chain graph.

    ``positions`` turns a data path into a file position (the source map's ``value``).
    """
    per_goal = dict.fromkeys(GOALS, 0)
    outcome_indicators = disaggregated = 0
    indicators: list[tuple[IndicatorFacts, ...]] = []
    results: list[Result | None] = []
    for index, (initiative, cls) in enumerate(zip(plan.initiatives, classes, strict=True)):
        own = tuple(
            indicator_facts(indicator, index, number, positions)
            for number, indicator in enumerate(initiative.indicators)
        )
        indicators.append(own)
        results.append(result_of(cls.level, own))
        if cls.level.is_outcome:
            outcome_indicators += len(own)
            disaggregated += sum(1 for indicator in own if indicator.sex_disaggregated)
            for goal in set(initiative.delmal):  # a delmål named twice is one outcome
                per_goal[goal] += 1
    problems, served = problem_facts(plan, chain, results, positions)
    items = []
    for index, (initiative, cls) in enumerate(zip(plan.initiatives, classes, strict=True)):
        start = positions(("insatser", index))
        items.append(
            InitiativeFacts(
                index=index,
                id=initiative.id,
                name=initiative.name,
                line=start.line,
                column=start.column,
                cell=start.cell,
                classification=cls,
                reach=chain.reach[index],
                successors=tuple(chain.successors[index]),
                indicators=indicators[index],
                result=results[index],
                follow_up=_follow_up(plan, initiative),
                owner=initiative.owner or plan.owner,
                problems=tuple(initiative.problems),
                serves_problem=served[index],
            )
        )
    return PlanFacts(
        initiatives=tuple(items),
        chain_starts=chain_starts(chain),
        type=plan.type.value if plan.type is not None else None,
        delmal=tuple(per_goal[goal] for goal in GOALS),
        outcome_indicators=outcome_indicators,
        sex_disaggregated=disaggregated,
        problems=problems,
    )
