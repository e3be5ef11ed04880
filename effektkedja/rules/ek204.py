"""EK204 missing-target."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, M, P, PlanContext, Rule, indicator_loc


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK204: an indicator has no mål."""
    for indicator in ctx.indicators():
        if indicator.target is None:
            yield Hit(
                "EK204",
                indicator_loc(indicator),
                "EK204",
                {"indicator": indicator.name},
                indicator.initiative,
            )


RULE = Rule(
    code="EK204",
    name="missing-target",
    severity=Severity.INFO,
    messages={
        "": (
            "indikatorn ”{indicator}” saknar mål",
            "the indicator “{indicator}” has no target (mål)",
        ),
    },
    advice=Advice(
        (P, M),
        "Besluta om ett mål för kvinnor och män som säger vilken förändring som ska nås och "
        "till när.",
        "Decide on a target for women and men that says which change is to be reached, and "
        "by when.",
    ),
    check=check,
)
