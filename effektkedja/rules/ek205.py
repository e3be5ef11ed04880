"""EK205 follow-up-missing."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, PlanContext, Rule, S, indicator_loc


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK205: the end has passed and an indicator has no measurement after its baseline."""
    for item in ctx.facts.initiatives:
        due = item.follow_up
        if due is None or due >= ctx.today:
            continue
        for indicator in item.indicators:
            if not indicator.measured_after_baseline:
                yield Hit(
                    "EK205",
                    indicator_loc(indicator),
                    "EK205",
                    {"indicator": indicator.name, "end": due.isoformat()},
                    item.index,
                )


RULE = Rule(
    code="EK205",
    name="follow-up-missing",
    severity=Severity.WARNING,
    messages={
        "": (
            "uppföljning saknas: slutet ({end}) har passerat men indikatorn ”{indicator}” "
            "har ingen mätning efter utgångsläget",
            "follow-up missing: the end ({end}) has passed but the indicator “{indicator}” "
            "has no measurement after its baseline",
        ),
    },
    advice=Advice(
        (S,),
        "Lägg in den senaste mätningen, eller bestäm när uppföljningen ska göras och av vem.",
        "Enter the latest measurement, or decide when the follow-up will be done and by whom.",
    ),
    check=check,
)
