"""EK404 problem-chain-stops-short."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, M, P, PlanContext, Rule


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK404: nothing addressing the problem reaches utfall or higher along its chain.

    Only for a problem that something addresses (else EK402 speaks); reported at the problem.
    """
    for problem in ctx.facts.problems:
        level = problem.reached_level
        if problem.duplicate_of is None and level is not None and not level.is_outcome:
            yield Hit(
                "EK404",
                ("problem", problem.index),
                "EK404",
                {"problem": problem.id, "level": level.value},
            )


RULE = Rule(
    code="EK404",
    name="problem-chain-stops-short",
    severity=Severity.WARNING,
    messages={
        "": (
            "det som angriper problemet ”{problem}” når inte utfall: kedjan stannar vid {level}",
            "what addresses the problem “{problem}” does not reach utfall: the chain stops at "
            "{level}",
        ),
    },
    advice=Advice(
        (P, M),
        "Efterfråga resultat för målgruppen: besluta om ett utfall med en indikator som mäter "
        "den skillnad problemet beskriver, och länka insatserna dit med leder_till.",
        "Ask for results for the target group: decide on an outcome with an indicator that "
        "measures the gap the problem describes, and link the initiatives to it with "
        "leder_till.",
    ),
    check=check,
)
