"""EK202 outcome-without-indicator."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Level, Severity
from effektkedja.rules.base import Advice, Hit, PlanContext, Rule, S


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK202: an utfall/samhällseffekt has no indicator."""
    for index, initiative in enumerate(ctx.plan.initiatives):
        level = ctx.facts.initiatives[index].level
        if level.is_outcome and not initiative.indicators:
            yield Hit("EK202", ("insatser", index), "EK202", {"level": level.value}, index)


RULE = Rule(
    code="EK202",
    name="outcome-without-indicator",
    severity=Severity.WARNING,
    messages={
        "": (
            "{level} utan indikator: ange hur förändringen ska mätas",
            "{level} without an indicator: say how the change is to be measured",
        ),
    },
    advice=Advice(
        (S,),
        "Välj en indikator med källa, utgångsläge och mål som visar förändringen för kvinnor "
        "och män.",
        "Choose an indicator with a source, a baseline and a target that shows the change for "
        "women and men.",
        {
            Level.UTFALL: (
                "Mät det som ska bli annorlunda för målgruppen, till exempel hur en tjänst "
                "fördelas, och ta fram värdena per kön.",
                "Measure what is to be different for the target group, for example how a "
                "service is distributed, with values by sex.",
            ),
            Level.SAMHALLSEFFEKT: (
                "Välj ett mått på samhällsnivå (omfång: samhälle). Det visar vad insatserna "
                "bidrar till, inte vad de ensamma orsakar.",
                "Choose a measure at the level of society (omfång: samhälle). It shows what "
                "the initiatives contribute to, not what they cause alone.",
            ),
        },
    ),
    check=check,
)
