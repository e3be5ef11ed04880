"""EK206 gap-widened."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import GapChange, Severity
from effektkedja.facts import gap_amount
from effektkedja.rules.base import Advice, Hit, M, P, PlanContext, Rule, indicator_loc


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK206: the gap between women and men widened from the baseline to the latest measurement.

    Exactly when the indicator's gap change (SPEC.md section 8) is ``widened``.
    """
    for indicator in ctx.indicators():
        before, after = indicator.baseline, indicator.latest
        if indicator.gap_change is not GapChange.WIDENED or before is None or after is None:
            continue
        yield Hit(
            "EK206",
            indicator_loc(indicator),
            "EK206",
            {
                "indicator": indicator.name,
                "before": gap_amount(indicator, before),
                "after": gap_amount(indicator, after),
                "from": before.when,
                "to": after.when,
            },
            indicator.initiative,
        )


RULE = Rule(
    code="EK206",
    name="gap-widened",
    severity=Severity.WARNING,
    messages={
        "": (
            "skillnaden mellan kvinnor och män i ”{indicator}” har ökat från {before} "
            "({from}) till {after} ({to})",
            "the gap between women and men in “{indicator}” widened from {before} ({from}) "
            "to {after} ({to})",
        ),
    },
    advice=Advice(
        (P, M),
        "Ta upp utvecklingen i nämnden eller ledningen: analysera varför skillnaden ökar och "
        "besluta om insatserna behöver prioriteras om.",
        "Raise the development with the board or management: analyse why the gap is widening "
        "and decide whether the initiatives need to be reprioritised.",
    ),
    check=check,
)
