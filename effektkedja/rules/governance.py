"""Rules on ownership and anchoring: who is responsible, for whom, decided by whom."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Level, Status
from effektkedja.findings import Hit, PlanContext


def missing_owner(ctx: PlanContext) -> Iterator[Hit]:
    """EK301: no ansvarig."""
    for index, initiative in enumerate(ctx.plan.initiatives):
        if initiative.owner is None:
            yield Hit("EK301", ("insatser", index), "EK301", {}, index)


def missing_delmal(ctx: PlanContext) -> Iterator[Hit]:
    """EK302: an utfall/samhällseffekt names no delmål."""
    for index, initiative in enumerate(ctx.plan.initiatives):
        level = ctx.classes[index].level
        if level.is_outcome and not initiative.delmal:
            yield Hit("EK302", ("insatser", index), "EK302", {"level": level.value}, index)


def missing_malgrupp(ctx: PlanContext) -> Iterator[Hit]:
    """EK303: an utfall names no målgrupp."""
    for index, initiative in enumerate(ctx.plan.initiatives):
        if ctx.classes[index].level is Level.UTFALL and initiative.target_group is None:
            yield Hit("EK303", ("insatser", index), "EK303", {}, index)


def product_without_decision(ctx: PlanContext) -> Iterator[Hit]:
    """EK304: a produkt has no beslut."""
    for index, initiative in enumerate(ctx.plan.initiatives):
        if ctx.classes[index].level is Level.PRODUKT and initiative.decision is None:
            yield Hit("EK304", ("insatser", index), "EK304", {}, index)


def practice_without_application(ctx: PlanContext) -> Iterator[Hit]:
    """EK305: a declared arbetssätt has no tillämpning."""
    for index, initiative in enumerate(ctx.plan.initiatives):
        if initiative.level is Level.ARBETSSATT and initiative.application is None:
            yield Hit("EK305", ("insatser", index), "EK305", {}, index)


def overdue_status(ctx: PlanContext) -> Iterator[Hit]:
    """EK306: slut has passed and status is neither genomförd nor avbruten."""
    for index, initiative in enumerate(ctx.plan.initiatives):
        end = initiative.end
        if (
            end is not None
            and end.last < ctx.today
            and initiative.status not in (Status.GENOMFORD, Status.AVBRUTEN)
        ):
            yield Hit(
                "EK306",
                ("insatser", index),
                "EK306",
                {"end": end.text, "status": initiative.status.value if initiative.status else None},
                index,
            )


CHECKS = {
    "EK301": missing_owner,
    "EK302": missing_delmal,
    "EK303": missing_malgrupp,
    "EK304": product_without_decision,
    "EK305": practice_without_application,
    "EK306": overdue_status,
}
