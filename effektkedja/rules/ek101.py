"""EK101 backward-link."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import LinkKind, Severity
from effektkedja.rules.base import Advice, Hit, PlanContext, Rule, S


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK101: a link goes to a lower level."""
    chain = ctx.chain
    for link in chain.links:
        if chain.kind(link) is not LinkKind.BACKWARD:
            continue
        source, entry, target = link.source, link.entry, link.target
        assert target is not None
        here, there = chain.levels[source], chain.levels[target]
        yield Hit(
            "EK101",
            ("insatser", source, "leder_till", entry),
            "EK101",
            {"from": here.value, "to": there.value, "target": ctx.chain.initiatives[target].id},
            source,
        )


RULE = Rule(
    code="EK101",
    name="backward-link",
    severity=Severity.WARNING,
    messages={
        "": (
            "länken går bakåt i kedjan, från {from} till {to} (”{target}”)",
            "the link goes backwards in the chain, from {from} to {to} (“{target}”)",
        ),
    },
    advice=Advice(
        (S,),
        "Låt länken gå uppåt i kedjan. Leder ett arbetssätt till en ny produkt, beskriv den "
        "som början på en egen kedja och visa vart den i sin tur leder.",
        "Let the link go up the chain. If a way of working leads to a new product, describe "
        "that product as the start of a chain of its own and show where it leads in turn.",
    ),
    check=check,
)
