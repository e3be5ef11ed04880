"""EK107 underclaimed-level."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Basis, Severity
from effektkedja.rules.base import Advice, Hit, PlanContext, Rule, S


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK107: the structured evidence supports a higher level than the declared nivå."""
    for index, cls in enumerate(ctx.classes):
        if (
            cls.declared is not None
            and cls.inferred_basis is Basis.EVIDENCE
            and cls.inferred > cls.declared
        ):
            yield Hit(
                "EK107",
                ("insatser", index, "nivå"),
                "EK107",
                {
                    "declared": cls.declared.value,
                    "inferred": cls.inferred.value,
                    "why": cls.reasons[1],
                },
                index,
            )


RULE = Rule(
    code="EK107",
    name="underclaimed-level",
    severity=Severity.INFO,
    messages={
        "": (
            "underlaget stöder {inferred} ({why}), men nivå: {declared} anges",
            "the evidence supports {inferred} ({why}), but nivå: {declared} is declared",
        ),
    },
    advice=Advice(
        (S,),
        "Höj nivå: i planen till det steg underlaget visar, så att planen inte underskattar vad "
        "som redan är uppnått.",
        "Raise the declared level to what the evidence shows, so that the plan does not "
        "understate what has already been achieved.",
    ),
    check=check,
)
