"""EK102 chain-stops-short."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Level, Severity
from effektkedja.rules.base import Advice, Hit, M, PlanContext, Rule, S


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK102: an initiative below utfall leads nowhere."""
    for index, initiative in enumerate(ctx.plan.initiatives):
        level = ctx.chain.levels[index]
        if level < Level.UTFALL and not initiative.leads_to:
            yield Hit("EK102", ("insatser", index), "EK102", {"level": level.value}, index)


RULE = Rule(
    code="EK102",
    name="chain-stops-short",
    severity=Severity.WARNING,
    messages={
        "": (
            "kedjan stannar vid {level}; insatsen leder inte vidare till något nästa steg",
            "the chain stops at {level}; the initiative leads to no next step",
        ),
    },
    advice=Advice(
        (S, M),
        "Svara på frågan ”och sedan då?” för varje insats där kedjan stannar: lägg till nästa "
        "steg i leder_till, och finns steget inte i planen, lägg till det som en planerad "
        "insats.",
        "Answer “and then what?” for each initiative where the chain stops: add the next step "
        "in leder_till, and if that step is not in the plan, add it as a planned initiative.",
        {
            Level.AKTIVITET: (
                "Bestäm vad aktiviteten ska leda till, till exempel en rutin, en checklista "
                "eller ett beslut, så att kunskapen blir kvar i verksamheten.",
                "Decide what the activity is to lead to, for example a routine, a checklist or "
                "a decision, so that the knowledge stays in the organisation.",
            ),
            Level.PRODUKT: (
                "Bestäm vem som ska tillämpa produkten i sitt ordinarie arbete och ge dem tid "
                "att göra det; beskriv det som ett arbetssätt.",
                "Decide who is to apply the product in their regular work and give them time "
                "to do so; describe that as a way of working.",
            ),
            Level.ARBETSSATT: (
                "Beskriv vilket utfall för kvinnor och män i målgruppen arbetssättet ska ge, "
                "och hur det ska mätas.",
                "Describe which outcome for women and men in the target group the way of "
                "working is to bring about, and how it will be measured.",
            ),
        },
    ),
    check=check,
)
