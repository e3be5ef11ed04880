"""EK302 missing-delmal."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, PlanContext, Rule, S


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK302: an utfall/samhällseffekt names no delmål."""
    for index, initiative in enumerate(ctx.plan.initiatives):
        level = ctx.facts.initiatives[index].level
        if level.is_outcome and not initiative.delmal:
            yield Hit("EK302", ("insatser", index), "EK302", {"level": level.value}, index)


RULE = Rule(
    code="EK302",
    name="missing-delmal",
    severity=Severity.WARNING,
    messages={
        "": (
            "{level} utan delmål: ange vilket jämställdhetspolitiskt delmål det bidrar till",
            "{level} without delmål: name the gender-equality sub-goal it contributes to",
        ),
    },
    advice=Advice(
        (S,),
        "Ange vilket eller vilka av de sex jämställdhetspolitiska delmålen förändringen bidrar "
        "till.",
        "Name the gender-equality sub-goal or sub-goals (delmål) the change contributes to.",
    ),
    check=check,
)
