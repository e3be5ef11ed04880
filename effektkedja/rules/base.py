"""What a rule is: one unit holding its code, severity, texts, advice and check.

Every rule lives in a module of its own, ``effektkedja/rules/ek<nnn>.py``, that
defines ``RULE``: a :class:`Rule` with

- its code, name and default severity;
- its messages in Swedish and English (a finding names a variant of them);
- its advice for the report: the next step, and who usually takes it;
- its check, a function from a :class:`PlanContext` to :class:`Hit` records;
- what the diff compares to tell two findings apart (``subject``) and which other
  rules' findings it gathers under itself in text output and reports (``folds``).

Its documentation for people (what, why, how to fix, example) is Markdown in
``rules/docs/<lang>/<CODE>.md``. The registry in :mod:`effektkedja.rules` finds a
rule by its code; nothing else in the program names rule codes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING

from effektkedja.domain import Level, Severity
from effektkedja.findings import Hit

if TYPE_CHECKING:
    from effektkedja.chain import Chain
    from effektkedja.classify import Classification
    from effektkedja.facts import IndicatorFacts, PlanFacts
    from effektkedja.loader import Loc, Position
    from effektkedja.model import Plan

__all__ = ["M", "P", "S", "Advice", "Hit", "PlanContext", "Role", "Rule"]


class Role(str, Enum):
    """Who usually takes the next step (DOMAIN.md, "roles around the chain")."""

    POLITICIANS = "politicians"
    MANAGEMENT = "management"
    STRATEGIST = "strategist"


P, M, S = Role.POLITICIANS, Role.MANAGEMENT, Role.STRATEGIST


@dataclass(frozen=True, slots=True)
class Advice:
    """The next step for a rule's findings, in Swedish and English, and who takes it.

    ``by_level`` adds a level-specific step for a finding on an initiative at that
    level: (Swedish, English).
    """

    roles: tuple[Role, ...]
    sv: str
    en: str
    by_level: Mapping[Level, tuple[str, str]] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        return self.sv if lang == "sv" else self.en

    def for_level(self, level: Level | None, lang: str) -> str | None:
        """The level-specific advice for a finding at ``level``, if there is one."""
        if level is None or level not in self.by_level:
            return None
        sv, en = self.by_level[level]
        return sv if lang == "sv" else en


@dataclass(frozen=True, slots=True)
class PlanContext:
    """What a rule's check sees of one valid plan: the model, its facts and its graph."""

    plan: Plan
    facts: PlanFacts
    chain: Chain
    position: Callable[[Loc], Position]
    today: date

    @property
    def classes(self) -> list[Classification]:
        return [item.classification for item in self.facts.initiatives]

    def indicators(self) -> Iterator[IndicatorFacts]:
        """Every indicator of the plan, initiative by initiative, in file order."""
        for item in self.facts.initiatives:
            yield from item.indicators


Check = Callable[[PlanContext], Iterable[Hit]]

#: Finding arguments that say what a finding is about; the diff compares them to
#: match findings across versions, while other arguments (figures, dates) may change.
SUBJECT_ARGS = ("id", "key", "target", "indicator", "cycle", "problem")


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: everything the program knows about it (see the module docstring)."""

    code: str
    name: str
    severity: Severity
    messages: Mapping[str, tuple[str, str]]
    advice: Advice | None = None
    check: Check | None = None
    subject: tuple[str, ...] = SUBJECT_ARGS
    folds: tuple[str, ...] = ()

    def template(self, variant: str, lang: str) -> str | None:
        """The message ``variant`` ("" for the plain message) in ``lang``."""
        texts = self.messages.get(variant)
        if texts is None:
            return None
        return texts[0] if lang == "sv" else texts[1]


def indicator_loc(indicator: IndicatorFacts) -> Loc:
    """The data path of an indicator."""
    return ("insatser", indicator.initiative, "indikatorer", indicator.number)
