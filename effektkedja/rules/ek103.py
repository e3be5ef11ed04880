"""EK103 skipped-level."""

from __future__ import annotations

from collections.abc import Iterator

from effektkedja.domain import LEVELS, LinkKind, Severity
from effektkedja.rules.base import Advice, Hit, PlanContext, Rule, S


def check(ctx: PlanContext) -> Iterator[Hit]:
    """EK103: a link skips one or more levels; the message names the missing ones."""
    chain = ctx.chain
    for link in chain.links:
        if chain.kind(link) is not LinkKind.SKIP:
            continue
        source, entry, target = link.source, link.entry, link.target
        assert target is not None
        here, there = chain.levels[source], chain.levels[target]
        missing = LEVELS[here.rank : there.rank - 1]
        yield Hit(
            "EK103",
            ("insatser", source, "leder_till", entry),
            "EK103",
            {
                "from": here.value,
                "to": there.value,
                "target": ctx.chain.initiatives[target].id,
                "missing": ", ".join(level.value for level in missing),
            },
            source,
        )


RULE = Rule(
    code="EK103",
    name="skipped-level",
    severity=Severity.WARNING,
    messages={
        "": (
            "länken hoppar över {missing} (från {from} till {to}, ”{target}”)",
            "the link skips {missing} (from {from} to {to}, “{target}”)",
        ),
    },
    advice=Advice(
        (S,),
        "Beskriv de steg som saknas som egna insatser, till exempel vilket beslut och vilket "
        "arbetssätt som behövs, så att det går att följa hur insatsen ska ge resultatet.",
        "Describe the missing steps as initiatives of their own, for example which decision "
        "and which way of working are needed, so that it is clear how the initiative is to "
        "bring about the result.",
    ),
    check=check,
)
