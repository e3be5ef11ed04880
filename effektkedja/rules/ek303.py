"""EK303 missing-malgrupp."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Level, Severity
from effektkedja.rules.base import Advice, Hit, PlanContext, Rule, S


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK303: an utfall names no målgrupp."""
    for index, initiative in enumerate(ctx.plan.initiatives):
        if ctx.facts.initiatives[index].level is Level.UTFALL and initiative.target_group is None:
            yield Hit("EK303", ("insatser", index), "EK303", {}, index)


RULE = Rule(
    code="EK303",
    name="missing-malgrupp",
    severity=Severity.WARNING,
    messages={
        "": (
            "utfall utan målgrupp: ange vems villkor som ska förändras",
            "utfall without målgrupp: say whose conditions are to change",
        ),
    },
    advice=Advice(
        (S,),
        "Ange vems villkor som ska förändras, så att indikatorerna mäter rätt grupp kvinnor och "
        "män.",
        "Say whose conditions are to change, so that the indicators measure the right group of "
        "women and men.",
    ),
    check=check,
)
