"""EK208 same-period-twice: two measurements of one indicator cover the same period."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, PlanContext, Rule, S, indicator_loc


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK208: two measurements cover the same period (same ``år``, or same ``datum``).

    Reported at the later one in the file, which is the one that counts (SPEC.md
    section 8); the message names the line of the earlier one.
    """
    for indicator in ctx.indicators():
        for earlier, later in indicator.same_period:
            yield Hit(
                "EK208",
                (*indicator_loc(indicator), "mätningar", later.entry or 0),
                "EK208",
                {"indicator": indicator.name, "when": later.when, "line": earlier.line},
                indicator.initiative,
            )


RULE = Rule(
    code="EK208",
    name="same-period-twice",
    severity=Severity.WARNING,
    messages={
        "": (
            "indikatorn ”{indicator}” har redan en mätning för {when} (rad {line}); den senare "
            "i filen räknas",
            "the indicator “{indicator}” already has a measurement for {when} (line {line}); "
            "the later one in the file counts",
        ),
    },
    advice=Advice(
        (S,),
        "Ta bort den mätning som är fel, eller ange datum för delmätningar under året så att "
        "varje mätning gäller en egen period.",
        "Remove the measurement that is wrong, or give dates for measurements during the year "
        "so that each covers a period of its own.",
    ),
    check=check,
    subject=("indicator", "when"),
)
