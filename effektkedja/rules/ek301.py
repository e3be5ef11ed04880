"""EK301 missing-owner."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, M, PlanContext, Rule


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK301: no ansvarig, neither the initiative's nor the plan's."""
    for item in ctx.facts.initiatives:
        if item.owner is None:
            yield Hit("EK301", ("insatser", item.index), "EK301", {}, item.index)


RULE = Rule(
    code="EK301",
    name="missing-owner",
    severity=Severity.INFO,
    messages={
        "": (
            "ingen ansvarig angiven",
            "no owner (ansvarig) given",
        ),
    },
    advice=Advice(
        (M,),
        "Utse en ansvarig chef eller funktion för insatsen.",
        "Appoint a manager or function responsible for the initiative.",
    ),
    check=check,
)
