"""A delmål as the reports name it: number, short name and full name."""

from __future__ import annotations

from dataclasses import dataclass

from effektkedja.domain import Delmal
from effektkedja.views.texts import Texts


@dataclass(frozen=True, slots=True)
class Goal:
    number: int
    short: str
    name: str


def goal_view(goal: Delmal, t: Texts) -> Goal:
    return Goal(goal.value, t(f"delmal_short.{goal.value}"), t(f"delmal.{goal.value}"))
