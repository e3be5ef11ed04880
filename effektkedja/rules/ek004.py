"""EK004 duplicate-id."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, PlanContext, Rule, S


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK004: two initiatives share an id (reported at the later one's id)."""
    for later, first in ctx.chain.duplicates:
        line = ctx.facts.initiatives[first].line
        yield Hit(
            "EK004",
            ("insatser", later, "id"),
            "EK004",
            {"id": ctx.plan.initiatives[later].id, "line": line},
            later,
        )


RULE = Rule(
    code="EK004",
    name="duplicate-id",
    severity=Severity.ERROR,
    messages={
        "": (
            "id ”{id}” används redan av insatsen på rad {line}",
            "the id “{id}” is already used by the initiative on line {line}",
        ),
    },
    advice=Advice(
        (S,),
        "Ge insatsen ett eget id och gå igenom vilka länkar i leder_till som ska peka på vilken "
        "av de två insatserna.",
        "Give the initiative an id of its own and go through which links in leder_till should "
        "point to which of the two initiatives.",
    ),
    check=check,
)
