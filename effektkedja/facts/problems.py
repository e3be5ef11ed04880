"""The facts of the problems a plan states: their ``underlag``, what addresses them, how far.

Which initiatives address a problem, the highest level their chains reach, the
utfall and samhällseffekter in those chains and the strongest result they show;
and for each initiative whether it serves a problem. Each walk over the chain
graph is linear in initiatives and links.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from effektkedja.chain import Chain
from effektkedja.domain import Delmal, Level, PointKind, Result
from effektkedja.facts.indicators import (
    PointFacts,
    PositionOf,
    _add_trends,
    _by_period,
    _places,
    _point,
    _youth,
    share_kind,
)
from effektkedja.loader import Loc
from effektkedja.model import Evidence, Plan

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
