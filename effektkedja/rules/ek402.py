"""EK402 unaddressed-problem."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, M, PlanContext, Rule, S


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK402: no initiative names the problem in its ``problem`` (reported at the problem)."""
    for problem in ctx.facts.problems:
        if problem.duplicate_of is None and not problem.addressing:
            yield Hit("EK402", ("problem", problem.index), "EK402", {"problem": problem.id})


RULE = Rule(
    code="EK402",
    name="unaddressed-problem",
    severity=Severity.WARNING,
    messages={
        "": (
            "ingen insats angriper problemet ”{problem}”: ange det i problem hos de insatser "
            "som ska förändra det",
            "no initiative addresses the problem “{problem}”: name it in problem in the "
            "initiatives that are to change it",
        ),
    },
    advice=Advice(
        (M, S),
        "Besluta vilka insatser som ska angripa problemet och ange problemets id i deras "
        "problem. Saknas sådana insatser, planera dem; ska problemet vänta till en senare "
        "period, skriv det i analysen.",
        "Decide which initiatives are to address the problem and give the problem's id in "
        "their problem. If there are none, plan them; if the problem is to wait for a later "
        "period, say so in its analysis.",
    ),
    check=check,
)
