"""EK109 list-without-links: a plan of several initiatives and not one link."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, M, PlanContext, Rule, S


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK109: two or more initiatives and no ``leder_till`` anywhere.

    A link to an id that does not exist still counts as a link (EK005 speaks of
    it): the plan tried to say what leads where.
    """
    initiatives = ctx.plan.initiatives
    if len(initiatives) >= 2 and not any(initiative.leads_to for initiative in initiatives):
        yield Hit("EK109", ("insatser",), "EK109", {"count": len(initiatives)}, at_key=True)


RULE = Rule(
    code="EK109",
    name="list-without-links",
    severity=Severity.WARNING,
    messages={
        "": (
            "planen är en lista med {count} insatser utan en enda länk (leder_till): ingen "
            "kedja visar vad insatserna ska leda till",
            "the plan is a list of {count} initiatives without a single link (leder_till): no "
            "chain shows what the initiatives are to lead to",
        ),
    },
    advice=Advice(
        (S, M),
        "Gå igenom insatserna med verksamheten och fråga ”och sedan då?” för var och en: vilken "
        "insats bygger på vilken, och vilket utfall för kvinnor och män ska de ge tillsammans? "
        "Skriv svaren som leder_till, och lägg till de steg som saknas som planerade insatser.",
        "Go through the initiatives with the organisation and ask “and then what?” for each: "
        "which initiative builds on which, and which outcome for women and men are they to "
        "bring about together? Write the answers as leder_till, and add the missing steps as "
        "planned initiatives.",
    ),
    check=check,
    folds=("EK102",),
)
