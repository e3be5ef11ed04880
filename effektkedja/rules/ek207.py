"""EK207 missing-source."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, PlanContext, Rule, S, indicator_loc


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK207: an indicator has no källa."""
    for indicator in ctx.indicators():
        if indicator.source is None:
            yield Hit(
                "EK207",
                indicator_loc(indicator),
                "EK207",
                {"indicator": indicator.name},
                indicator.initiative,
            )


RULE = Rule(
    code="EK207",
    name="missing-source",
    severity=Severity.INFO,
    messages={
        "": (
            "indikatorn ”{indicator}” saknar källa",
            "the indicator “{indicator}” has no source (källa)",
        ),
    },
    advice=Advice(
        (S,),
        "Ange varifrån uppgifterna kommer (verksamhetssystem, enkät, register) så att mätningen "
        "går att upprepa.",
        "Say where the data come from (case system, survey, register) so that the measurement "
        "can be repeated.",
    ),
    check=check,
)
