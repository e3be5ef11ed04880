"""EK006 link-cycle."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, PlanContext, Rule, S


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK006: ``leder_till`` forms a cycle; one finding per cycle, naming its ids."""
    chain = ctx.chain
    for cycle in chain.cycles:
        start = cycle[0]
        following = cycle[1] if len(cycle) > 1 else start
        link = next(x for x in chain.links_from[start] if x.target == following)
        ids = [chain.initiatives[i].id for i in cycle] + [chain.initiatives[start].id]
        yield Hit(
            "EK006",
            ("insatser", start, "leder_till", link.entry),
            "EK006",
            {"cycle": " → ".join(ids)},
            start,
        )


RULE = Rule(
    code="EK006",
    name="link-cycle",
    severity=Severity.ERROR,
    messages={
        "": (
            "leder_till bildar en cirkel: {cycle}",
            "leder_till forms a cycle: {cycle}",
        ),
    },
    advice=Advice(
        (S,),
        "Bryt cirkeln: bestäm vilken insats som kommer först och låt länkarna bara gå framåt i "
        "kedjan.",
        "Break the cycle: decide which initiative comes first and let the links only go "
        "forward in the chain.",
    ),
    check=check,
)
