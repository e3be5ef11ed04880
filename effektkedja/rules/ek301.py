"""EK301 missing-owner."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, M, PlanContext, Rule


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK301: neither the initiative nor the plan names an ``ansvarig``.

    The facts hold each initiative's owner with the plan's as the fallback.
    """
    for item in ctx.facts.initiatives:
        if item.owner is None:
            yield Hit("EK301", ("insatser", item.index), "EK301", {}, item.index)


RULE = Rule(
    code="EK301",
    name="missing-owner",
    severity=Severity.INFO,
    messages={
        "": (
            "ingen ansvarig angiven",
            "no owner (ansvarig) given",
        ),
    },
    advice=Advice(
        (M,),
        "Utse en ansvarig chef eller funktion för insatsen, eller ange en ansvarig för hela "
        "planen (ansvarig på planens översta nivå) som gäller för alla insatser som inte "
        "anger någon egen.",
        "Appoint a manager or function responsible for the initiative, or name an owner for "
        "the whole plan (ansvarig at the plan's top level) that holds for every initiative "
        "that names none.",
    ),
    check=check,
)
