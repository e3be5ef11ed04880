"""EK301 missing-owner."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, M, PlanContext, Rule


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK301: no ansvarig."""
    for index, initiative in enumerate(ctx.plan.initiatives):
        if initiative.owner is None:
            yield Hit("EK301", ("insatser", index), "EK301", {}, index)


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
