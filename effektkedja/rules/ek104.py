"""EK104 unreached-outcome."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, M, PlanContext, Rule


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK104: an utfall or samhällseffekt that no initiative leads to."""
    for index, level in enumerate(ctx.chain.levels):
        if level.is_outcome and ctx.chain.incoming[index] == 0:
            yield Hit("EK104", ("insatser", index), "EK104", {"level": level.value}, index)


RULE = Rule(
    code="EK104",
    name="unreached-outcome",
    severity=Severity.WARNING,
    messages={
        "": (
            "ingen insats leder till detta {level}; visa vilka insatser som ska ge resultatet",
            "no initiative leads to this {level}; show which initiatives are to bring it about",
        ),
    },
    advice=Advice(
        (M,),
        "Bestäm vilka insatser som ska ge resultatet och länka dem hit med leder_till. Saknas "
        "sådana insatser, planera dem och avsätt tid och resurser.",
        "Decide which initiatives are to bring about the result and link them here with "
        "leder_till. If there are none, plan them and set aside time and resources.",
    ),
    check=check,
)
