"""EK405 outcome-without-problem."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, PlanContext, Rule, S


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK405: an utfall or samhällseffekt addresses none of the plan's problems.

    Neither directly (its own ``problem``) nor through an initiative that leads to it
    along ``leder_till``. Only on a plan that states problems.
    """
    if not ctx.facts.problems:
        return
    for item in ctx.facts.initiatives:
        if item.level.is_outcome and not item.serves_problem:
            args = {"level": item.level.value}
            yield Hit("EK405", ("insatser", item.index), "EK405", args, item.index)


RULE = Rule(
    code="EK405",
    name="outcome-without-problem",
    severity=Severity.INFO,
    messages={
        "": (
            "{level} som inte angriper något av planens problem, varken direkt eller genom en "
            "insats som leder hit",
            "{level} that addresses none of the plan's problems, neither directly nor through "
            "an initiative that leads here",
        ),
    },
    advice=Advice(
        (S,),
        "Ange i problem vilket av planens problem utfallet ska förändra, eller i en insats som "
        "leder hit. Bygger utfallet på en ojämställdhet som planen inte beskriver, lägg till "
        "den som ett problem med underlag.",
        "Give in problem which of the plan's problems the outcome is to change, or in an "
        "initiative that leads here. If the outcome rests on an inequality the plan does not "
        "describe, add it as a problem with facts.",
    ),
    check=check,
)
