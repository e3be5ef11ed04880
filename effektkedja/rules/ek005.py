"""EK005 unknown-link."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, PlanContext, Rule, S
from effektkedja.suggest import Suggester


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK005: ``leder_till`` names an id that no initiative has."""
    suggest = None  # one index of the ids for all the plan's links, built when first needed
    for link in ctx.chain.links:
        if link.target is None:
            suggest = suggest or Suggester(ctx.chain.index)
            yield Hit(
                "EK005",
                ("insatser", link.source, "leder_till", link.entry),
                "EK005",
                {"target": link.target_id, "suggestion": suggest(link.target_id)},
                link.source,
            )


RULE = Rule(
    code="EK005",
    name="unknown-link",
    severity=Severity.ERROR,
    messages={
        "": (
            "”{target}” i leder_till finns inte bland planens insatser",
            "“{target}” in leder_till is not an initiative of this plan",
        ),
    },
    advice=Advice(
        (S,),
        "Rätta id:t i leder_till, eller lägg till den insats som länken avser om den saknas i "
        "planen.",
        "Correct the id in leder_till, or add the initiative the link means if it is missing "
        "from the plan.",
    ),
    check=check,
)
