"""EK406 no-problem."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, M, PlanContext, Rule, S


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK406: the plan states no problem (plan-level, at line 1).

    The one problem rule on a plan without problems; an empty ``problem: []`` states none.
    """
    if not ctx.facts.problems:
        yield Hit("EK406", (), "EK406")


RULE = Rule(
    code="EK406",
    name="no-problem",
    severity=Severity.INFO,
    messages={
        "": (
            "planen anger inga problem: säg vilken ojämställdhet den ska förändra",
            "the plan states no problems: say which inequality it sets out to change",
        ),
    },
    advice=Advice(
        (M, S),
        "Utgå från en kartläggning och analys av ojämställdheten i kärnverksamheten, till "
        "exempel med JämKAS eller 3R. Beskriv den under problem med underlag för kvinnor och "
        "män, och ange i insatserna vilket problem de angriper.",
        "Start from a mapping and analysis of the inequality in the core operation, for "
        "example with JämKAS or 3R. Describe it under problem with facts for women and men, "
        "and give in the initiatives which problem they address.",
    ),
    check=check,
)
