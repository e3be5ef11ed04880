"""EK401 unknown-problem."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Hit, PlanContext, Rule, S
from effektkedja.suggest import Suggester


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK401: an initiative's ``problem`` names an id that no problem of the plan has.

    Problem ids and initiative ids are separate namespaces: an initiative's id does
    not count. Fires on a plan without a ``problem`` list too, where every name is unknown.
    """
    ids = list(dict.fromkeys(problem.id for problem in ctx.facts.problems))
    known = set(ids)
    variant = "EK401" if ids else "EK401.none"
    suggest = Suggester(ids)  # one index of the problem ids for all the plan's entries
    for item in ctx.facts.initiatives:
        for entry, name in enumerate(item.problems):
            if name not in known:
                yield Hit(
                    "EK401",
                    ("insatser", item.index, "problem", entry),
                    variant,
                    {"problem": name, "suggestion": suggest(name)},
                    item.index,
                )


RULE = Rule(
    code="EK401",
    name="unknown-problem",
    severity=Severity.ERROR,
    messages={
        "": (
            "”{problem}” i problem finns inte bland planens problem",
            "“{problem}” in problem is not a problem of this plan",
        ),
        "none": (
            "”{problem}” i problem finns inte: planen anger inga problem",
            "“{problem}” in problem does not exist: the plan states no problems",
        ),
    },
    advice=Advice(
        (S,),
        "Rätta id:t i insatsens problem så att det stavas som problemets id, eller lägg till "
        "problemet i listan problem överst i planen.",
        "Correct the id in the initiative's problem so that it is spelt like the problem's id, "
        "or add the problem to the problem list at the top of the plan.",
    ),
    check=check,
)
