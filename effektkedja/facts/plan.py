"""The facts of a plan and of each of its initiatives, as every output sees them.

An initiative's level, basis and reasons (from :mod:`effektkedja.classify`), how far
its chain reaches (from :mod:`effektkedja.chain`), its indicators' facts, its
demonstrated result and when it is due for follow-up; for the plan, where chains
start and the counts the portfolio shows.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from effektkedja.chain import Chain
from effektkedja.classify import Classification
from effektkedja.domain import Delmal, Level, Result
from effektkedja.facts.indicators import IndicatorFacts, PositionOf, indicator_facts
from effektkedja.facts.problems import ProblemFacts, _strongest, problem_facts
from effektkedja.model import Initiative, Plan

#: The delmål in order, 1 to 6.
GOALS = tuple(Delmal)


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
