"""EK106 overclaimed-level."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Basis, Severity
from effektkedja.rules.base import Advice, Hit, PlanContext, Rule, S


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK106: the declared nivå is above what evidence or wording shows.

    When nothing points anywhere (basis default) this rule keeps quiet; EK202,
    EK304 and EK305 say what is missing instead.
    """
    for index, cls in enumerate(ctx.classes):
        if (
            cls.declared is not None
            and cls.inferred_basis in (Basis.EVIDENCE, Basis.TEXT)
            and cls.declared > cls.inferred
        ):
            yield Hit(
                "EK106",
                ("insatser", index, "nivå"),
                "EK106",
                {
                    "declared": cls.declared.value,
                    "inferred": cls.inferred.value,
                    "why": cls.reasons[1],
                },
                index,
            )


RULE = Rule(
    code="EK106",
    name="overclaimed-level",
    severity=Severity.WARNING,
    messages={
        "": (
            "nivå: {declared} anges, men underlaget pekar på {inferred} ({why})",
            "nivå: {declared} is declared, but the evidence points to {inferred} ({why})",
        ),
    },
    advice=Advice(
        (S,),
        "Sänk nivå: i planen till det steg underlaget visar, eller lägg till det som visar att "
        "insatsen nått längre: ett beslut, en tillämpning eller en indikator.",
        "Lower the declared level to what the evidence shows, or add what shows that the "
        "initiative has come further: a decision, an application or an indicator.",
    ),
    check=check,
)
