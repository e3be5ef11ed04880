"""EK105 no-outcome."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, M, P, PlanContext, Rule


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK105: the plan has no initiative at utfall or above."""
    if not any(level.is_outcome for level in ctx.chain.levels):
        yield Hit("EK105", ("insatser",), "EK105", {"count": len(ctx.chain.levels)}, at_key=True)


RULE = Rule(
    code="EK105",
    name="no-outcome",
    severity=Severity.WARNING,
    messages={
        "": (
            "planen har ingen insats på utfall eller samhällseffekt ({count} insatser); inga "
            "förändringar för målgrupperna följs upp",
            "the plan has no initiative at utfall or samhällseffekt ({count} initiatives); "
            "no change for the target groups is followed up",
        ),
        "one": (
            "planen har ingen insats på utfall eller samhällseffekt (1 insats); inga "
            "förändringar för målgrupperna följs upp",
            "the plan has no initiative at utfall or samhällseffekt (1 initiative); no "
            "change for the target groups is followed up",
        ),
    },
    advice=Advice(
        (P, M),
        "Efterfråga resultat för målgrupperna: besluta om minst ett utfall med en indikator, "
        "till exempel hur en tjänst eller ett stöd fördelas mellan kvinnor och män, och knyt "
        "insatserna till det.",
        "Ask for results for the target groups: decide on at least one outcome with an "
        "indicator, for example how a service or a grant is distributed between women and "
        "men, and link the initiatives to it.",
    ),
    check=check,
)
