"""EK304 product-without-decision."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Level, Severity
from effektkedja.rules.base import Advice, Hit, M, P, PlanContext, Rule


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK304: a produkt has no beslut."""
    for index, initiative in enumerate(ctx.plan.initiatives):
        if ctx.facts.initiatives[index].level is Level.PRODUKT and initiative.decision is None:
            yield Hit("EK304", ("insatser", index), "EK304", {}, index)


RULE = Rule(
    code="EK304",
    name="product-without-decision",
    severity=Severity.INFO,
    messages={
        "": (
            "produkt utan beslut: ange vem som beslutade och när",
            "produkt without beslut: say who decided it and when",
        ),
    },
    advice=Advice(
        (P, M),
        "Låt nämnden, styrelsen eller ledningen besluta om produkten och skriv in beslutet "
        "(datum, av vem, diarienummer) i planen.",
        "Have the board, committee or management decide on the product, and enter the decision "
        "(date, by whom, reference number) in the plan.",
    ),
    check=check,
)
