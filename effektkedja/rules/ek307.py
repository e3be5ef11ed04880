"""EK307 no-end-date: an initiative that is not done has no ``slut``."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity, Status
from effektkedja.rules.base import Advice, Hit, M, PlanContext, Rule, S


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK307: status is not genomförd or avbruten (or missing) and there is no ``slut``.

    The plan's ``period.till`` does not silence it (SPEC.md: "has no slut"), but the
    message then says that follow-up falls back to the end of the plan period, as
    EK205 and every report judge it.
    """
    period = ctx.plan.period
    plan_end = period.end if period is not None else None
    for index, initiative in enumerate(ctx.plan.initiatives):
        if initiative.end is None and initiative.status not in (
            Status.GENOMFORD,
            Status.AVBRUTEN,
        ):
            if plan_end is None:
                yield Hit("EK307", ("insatser", index), "EK307", {}, index)
            else:
                yield Hit(
                    "EK307", ("insatser", index), "EK307.period", {"end": plan_end.text}, index
                )


RULE = Rule(
    code="EK307",
    name="no-end-date",
    severity=Severity.INFO,
    messages={
        "": (
            "inget slutdatum (slut): när insatsen ska följas upp går inte att bedöma",
            "no end date (slut): when the initiative should be followed up cannot be judged",
        ),
        "period": (
            "inget slutdatum (slut): insatsen följs upp först när planperioden slutar ({end})",
            "no end date (slut): the initiative is only followed up when the plan period ends "
            "({end})",
        ),
    },
    advice=Advice(
        (S, M),
        "Ange när insatsen ska vara genomförd med slut (ett datum eller ett år), så att det går "
        "att se när den ska följas upp. För ett arbetssätt som ska fortsätta: ange när det ska "
        "vara infört.",
        "Give the date by which the initiative is to be done as slut (a date or a year), so "
        "that it is clear when it is due for follow-up. For a way of working meant to go on: "
        "give the date by which it is to be in place.",
    ),
    check=check,
)
