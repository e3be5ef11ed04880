"""Facts: everything about a plan that more than one output shows, computed once.

SPEC.md section 8 defines the indicator facts (the order of points, the latest
measurement, the gap and how it changed, the demonstrated result); this package
is their only implementation. Rules, the terminal, JSON, reports, CSV, diff and
the portfolio read these facts and never recompute an order, a latest point, a
gap, a share or a trend. The same goes for an initiative's level, basis and
reasons (from :mod:`effektkedja.classify`), how far its chain reaches and where
chains start (from :mod:`effektkedja.chain`), and when it is due for follow-up.

Facts are plain frozen dataclasses without references to the plan model, so a
checked plan's facts travel cheaply from a worker process and outlive the model.

The facts of points and indicators are in :mod:`~effektkedja.facts.indicators`,
of problems and their ``underlag`` in :mod:`~effektkedja.facts.problems`, of
initiatives and the plan in :mod:`~effektkedja.facts.plan`.
"""

from __future__ import annotations

from effektkedja.facts.indicators import (
    EVEN_HIGH,
    EVEN_LOW,
    MAX_DECIMALS,
    PERCENT_TOLERANCE,
    IndicatorFacts,
    PointFacts,
    PositionOf,
    decimals,
    gap_amount,
    gap_change,
    indicator_facts,
    share_kind,
)
from effektkedja.facts.plan import (
    GOALS,
    InitiativeFacts,
    PlanFacts,
    chain_starts,
    plan_facts,
    result_of,
)
from effektkedja.facts.problems import (
    OUTCOME_LIMIT,
    RESULT_ORDER,
    EvidenceFacts,
    ProblemFacts,
    evidence_facts,
    problem_facts,
)

__all__ = [
    "EVEN_HIGH",
    "EVEN_LOW",
    "GOALS",
    "MAX_DECIMALS",
    "OUTCOME_LIMIT",
    "PERCENT_TOLERANCE",
    "RESULT_ORDER",
    "EvidenceFacts",
    "IndicatorFacts",
    "InitiativeFacts",
    "PlanFacts",
    "PointFacts",
    "PositionOf",
    "ProblemFacts",
    "chain_starts",
    "decimals",
    "evidence_facts",
    "gap_amount",
    "gap_change",
    "indicator_facts",
    "plan_facts",
    "problem_facts",
    "result_of",
    "share_kind",
]
