"""EK306 overdue-status."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity, Status
from effektkedja.rules.base import Advice, Hit, PlanContext, Rule, S


def check(ctx: PlanContext) -> Iterator[Hit]:
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


RULE = Rule(
    code="EK306",
    name="overdue-status",
    severity=Severity.INFO,
    messages={
        "": (
            "slutdatum {end} har passerat men status är {status}",
            "the end date {end} has passed but the status is {status}",
        ),
    },
    advice=Advice(
        (S,),
        "Uppdatera status till genomförd eller avbruten, eller flytta slutdatumet om insatsen "
        "fortsätter.",
        "Update the status to completed or cancelled, or move the end date if the initiative "
        "goes on.",
    ),
    check=check,
)
