"""EK209 measures-the-organisation: an outcome measured only inside the organisation."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Level, Scope, Severity
from effektkedja.rules.base import Advice, Hit, PlanContext, Rule, S


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK209: an utfall/samhällseffekt whose indicators all have ``omfång: organisation``.

    An organisation-scoped indicator is no evidence of utfall (SPEC.md section 4),
    so the level here is declared or read from the wording. Without any indicator
    EK202 speaks instead.
    """
    for item in ctx.facts.initiatives:
        indicators = item.indicators
        if (
            item.level.is_outcome
            and indicators
            and all(indicator.scope is Scope.ORGANISATION for indicator in indicators)
        ):
            yield Hit(
                "EK209",
                ("insatser", item.index),
                "EK209",
                {
                    "level": item.level.value,
                    "count": len(indicators),
                    "indicator": indicators[0].name,
                },
                item.index,
            )


RULE = Rule(
    code="EK209",
    name="measures-the-organisation",
    severity=Severity.WARNING,
    messages={
        "": (
            "{level} som bara mäts inom organisationen ({count} indikatorer med omfång: "
            "organisation): det mäter organisationen, inte målgruppen",
            "{level} measured only inside the organisation ({count} indicators with omfång: "
            "organisation): it measures the organisation, not the target group",
        ),
        "one": (
            "{level} som bara mäts inom organisationen (indikatorn ”{indicator}” har omfång: "
            "organisation): det mäter organisationen, inte målgruppen",
            "{level} measured only inside the organisation (the indicator “{indicator}” has "
            "omfång: organisation): it measures the organisation, not the target group",
        ),
    },
    advice=Advice(
        (S,),
        "Mät det som ska bli annorlunda för dem verksamheten är till för, per kön: lägg till en "
        "indikator med omfång: målgrupp. Mäter planen bara organisationen, ange det steg som "
        "faktiskt följs upp, till exempel arbetssätt.",
        "Measure what is to be different for those the organisation serves, by sex: add an "
        "indicator with omfång: målgrupp. If the plan only measures the organisation, declare "
        "the level that is actually followed up, for example arbetssätt.",
        {
            Level.UTFALL: (
                "Fråga målgruppen, inte personalen: till exempel hur brukare, patienter eller "
                "sökande upplever bemötandet, eller hur en tjänst fördelas mellan kvinnor och män.",
                "Ask the target group, not the staff: for example how users, patients or "
                "applicants experience how they are treated, or how a service is distributed "
                "between women and men.",
            ),
            Level.SAMHALLSEFFEKT: (
                "Välj ett mått på samhällsnivå (omfång: samhälle), till exempel från officiell "
                "statistik.",
                "Choose a measure at the level of society (omfång: samhälle), for example from "
                "official statistics.",
            ),
        },
    ),
    check=check,
    subject=(),
)
