"""EK407 duplicate-problem-id."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, PlanContext, Rule, S


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK407: two problems share an id (reported at the later one's id).

    The first counts: initiatives naming the id address it. Initiative ids do not clash
    with problem ids (separate namespaces).
    """
    for problem in ctx.facts.problems:
        if problem.duplicate_of is not None:
            first = ctx.facts.problems[problem.duplicate_of]
            yield Hit(
                "EK407",
                ("problem", problem.index, "id"),
                "EK407",
                {"problem": problem.id, "line": first.line},
            )


RULE = Rule(
    code="EK407",
    name="duplicate-problem-id",
    severity=Severity.ERROR,
    messages={
        "": (
            "id ”{problem}” används redan av problemet på rad {line}",
            "the id “{problem}” is already used by the problem on line {line}",
        ),
    },
    advice=Advice(
        (S,),
        "Ge problemet ett eget id, eller slå ihop de två problemen om de beskriver samma "
        "ojämställdhet, och gå igenom vilka insatser som ska ange vilket av dem i problem.",
        "Give the problem an id of its own, or merge the two problems if they describe the same "
        "inequality, and go through which initiatives should name which of them in problem.",
    ),
    check=check,
)
