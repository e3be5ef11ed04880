"""EK108 level-from-wording."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Basis, Severity
from effektkedja.rules.base import Advice, Hit, PlanContext, Rule, S


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK108: the level rests on wording alone."""
    for index, cls in enumerate(ctx.classes):
        if cls.basis is Basis.TEXT:
            yield Hit(
                "EK108",
                ("insatser", index),
                "EK108",
                {"level": cls.level.value, "word": cls.cue or ""},
                index,
            )


RULE = Rule(
    code="EK108",
    name="level-from-wording",
    severity=Severity.INFO,
    messages={
        "": (
            "steget {level} bygger bara på ordet ”{word}”; ange nivå eller beslut, "
            "tillämpning eller indikatorer",
            "the level {level} rests on the word “{word}” alone; declare nivå or give "
            "beslut, tillämpning or indicators",
        ),
    },
    advice=Advice(
        (S,),
        "Ange nivå i planen, eller hellre: lägg till det som visar steget, alltså ett beslut, "
        "en tillämpning eller en indikator.",
        "Declare the level in the plan or, better, add what shows the step: a decision, an "
        "application or an indicator.",
    ),
    check=check,
)
