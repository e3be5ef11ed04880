"""EK305 practice-without-application."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Level, Severity
from effektkedja.rules.base import Advice, Hit, M, PlanContext, Rule


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK305: a declared arbetssätt has no tillämpning."""
    for index, initiative in enumerate(ctx.plan.initiatives):
        if initiative.level is Level.ARBETSSATT and initiative.application is None:
            yield Hit("EK305", ("insatser", index), "EK305", {}, index)


RULE = Rule(
    code="EK305",
    name="practice-without-application",
    severity=Severity.WARNING,
    messages={
        "": (
            "arbetssätt utan tillämpning: ange vem som tillämpar det i ordinarie arbete",
            "arbetssätt without tillämpning: say who applies it in their regular work",
        ),
    },
    advice=Advice(
        (M,),
        "Ange vem som tillämpar arbetssättet i sitt ordinarie arbete och sedan när, och ge "
        "chefer och medarbetare tid att införa det.",
        "State who applies the way of working in their regular work and since when, and give "
        "managers and staff time to introduce it.",
    ),
    check=check,
)
