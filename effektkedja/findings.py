"""Findings: what rules report, before and after their position is known."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from effektkedja.chain import Chain
from effektkedja.classify import Classification
from effektkedja.domain import Severity
from effektkedja.loader import Loc, SourceMap
from effektkedja.model import Plan

#: Rules whose messages name the place in the file themselves; other findings about
#: an initiative are shown led by its id ("utbildning: kedjan stannar ...").
LOADING_RULES = frozenset({"EK001", "EK002", "EK003"})


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule's report about one place in a plan, addressed by data path.

    ``at_key`` points at the key naming ``loc`` rather than its value (EK105 points
    at ``insatser``). ``initiative`` is the index of the initiative concerned.
    """

    rule: str
    loc: Loc
    message: str
    args: dict[str, Any] = field(default_factory=dict)
    initiative: int | None = None
    at_key: bool = False


@dataclass(frozen=True, slots=True)
class Finding:
    """A finding as users see it: rule, severity, file position, message."""

    rule: str
    severity: Severity
    path: str
    line: int
    column: int
    initiative: str | None
    message: str  # message key in the catalogue
    args: dict[str, Any] = field(default_factory=dict)
    accepted: bool = False
    reason: str | None = None  # the `motivering` of an accepted finding
    cell: str | None = None  # in a workbook: the cell as people name it (``Insatser!D7``)

    @property
    def sort_key(self) -> tuple[int, int, str]:
        return (self.line, self.column, self.rule)


@dataclass(slots=True)
class PlanContext:
    """What the rule families see of one valid plan."""

    plan: Plan
    classes: list[Classification]
    chain: Chain
    source: SourceMap
    today: date

