"""EK003 duplicate-key."""

from __future__ import annotations

from effektkedja.domain import Severity
from effektkedja.rules.base import Advice, Rule, S

RULE = Rule(
    code="EK003",
    name="duplicate-key",
    severity=Severity.ERROR,
    messages={
        "duplicate_key": (
            "nyckeln ”{key}” förekommer två gånger; den första gäller",
            "the key “{key}” appears twice; the first one counts",
        ),
    },
    advice=Advice(
        (S,),
        "Slå ihop eller ta bort den upprepade nyckeln. Bara den första gäller, så uppgifterna "
        "under den andra syns inte i granskningen.",
        "Merge or remove the repeated key. Only the first one counts, so what is written under "
        "the second is not part of the review.",
    ),
)
