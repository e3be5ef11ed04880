"""EK201 not-sex-disaggregated."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, M, PlanContext, Rule, indicator_loc


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK201: an indicator on an utfall/samhällseffekt has no values for women and men."""
    for indicator in ctx.indicators():
        if (
            ctx.facts.initiatives[indicator.initiative].level.is_outcome
            and not indicator.sex_disaggregated
        ):
            yield Hit(
                "EK201",
                indicator_loc(indicator),
                "EK201",
                {"indicator": indicator.name},
                indicator.initiative,
            )


RULE = Rule(
    code="EK201",
    name="not-sex-disaggregated",
    severity=Severity.WARNING,
    messages={
        "": (
            "indikatorn ”{indicator}” har inga värden för kvinnor och män",
            "the indicator “{indicator}” has no values for women and men",
        ),
    },
    advice=Advice(
        (M,),
        "Se till att uppgifterna tas fram uppdelade på kön och lägg in värden för kvinnor och "
        "män. Individbaserad statistik ska som huvudregel redovisas efter kön.",
        "Make sure the data are produced broken down by sex and enter values for women and "
        "men. Individual-based statistics are as a rule to be reported by sex.",
    ),
    check=check,
)
