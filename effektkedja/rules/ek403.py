"""EK403 problem-without-facts."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, M, PlanContext, Rule, S


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK403: no ``underlag`` of the problem has a value for women and for men.

    Girls and boys count as well. Reported at the problem.
    """
    for problem in ctx.facts.problems:
        if problem.duplicate_of is None and not problem.sex_disaggregated:
            variant = "EK403" if problem.evidence else "EK403.none"
            yield Hit("EK403", ("problem", problem.index), variant, {"problem": problem.id})


RULE = Rule(
    code="EK403",
    name="problem-without-facts",
    severity=Severity.WARNING,
    messages={
        "": (
            "underlaget till problemet ”{problem}” har inga värden för kvinnor och män",
            "the facts (underlag) of the problem “{problem}” have no values for women and men",
        ),
        "none": (
            "problemet ”{problem}” har inget underlag: visa ojämställdheten med värden för "
            "kvinnor och män",
            "the problem “{problem}” has no facts (underlag): show the inequality with values "
            "for women and men",
        ),
    },
    advice=Advice(
        (S, M),
        "Kartlägg problemet med statistik uppdelad på kön, till exempel ur "
        "verksamhetssystemet, och lägg in värdena under underlag. Går uppgifterna inte att ta "
        "fram per kön, be ledningen se till att de kan det.",
        "Map the problem with statistics broken down by sex, for example from the case "
        "management system, and enter the values under underlag. If the data cannot be "
        "produced by sex, ask management to make sure they can be.",
    ),
    check=check,
)
