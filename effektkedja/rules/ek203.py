"""EK203 missing-baseline."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, PlanContext, Rule, S, indicator_loc


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK203: an indicator has no utgångsläge."""
    for indicator in ctx.indicators():
        if indicator.baseline is None:
            yield Hit(
                "EK203",
                indicator_loc(indicator),
                "EK203",
                {"indicator": indicator.name},
                indicator.initiative,
            )


RULE = Rule(
    code="EK203",
    name="missing-baseline",
    severity=Severity.WARNING,
    messages={
        "": (
            "indikatorn ”{indicator}” saknar utgångsläge",
            "the indicator “{indicator}” has no baseline (utgångsläge)",
        ),
    },
    advice=Advice(
        (S,),
        "Ta fram utgångsläget för kvinnor och män, helst från tiden före insatsen. Utan det "
        "går det inte att se om skillnaden minskar.",
        "Establish the baseline for women and men, preferably from before the initiative. "
        "Without it nobody can tell whether the gap is closing.",
    ),
    check=check,
)
