"""Findings: what rules report, before and after their position is known."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from effektkedja.domain import Severity
from effektkedja.loader import Loc
from effektkedja.messages import render
from effektkedja.rules import template

#: The rules of reading a file (the loader's own): their messages name the place in
#: the file themselves, while other findings about an initiative are shown led by
#: its id ("utbildning: kedjan stannar ...").
LOADING_RULES = frozenset({"EK001", "EK002", "EK003"})


#: The sheets of a plan workbook in the order of SPEC.md section 9 (names folded, lower case).
_SHEETS = ("plan", "insatser", "indikatorer", "problem", "undantag")
_FOLD = str.maketrans("åäö", "aao")


def _sheet_rank(cell: str | None) -> int:
    if cell is None:
        return 0
    sheet = cell.rpartition("!")[0].strip("'").lower().translate(_FOLD)
    return _SHEETS.index(sheet) if sheet in _SHEETS else len(_SHEETS)


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule's report about one place in a plan, addressed by data path.

    ``message`` is the key of the rule's message variant (``EK105``, ``EK001.tab``);
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
    message: str  # the key of the rule's message variant
    args: dict[str, Any] = field(default_factory=dict)
    accepted: bool = False
    reason: str | None = None  # the `motivering` of an accepted finding
    cell: str | None = None  # in a workbook: the cell as people name it (``Insatser!D7``)

    @property
    def sort_key(self) -> tuple[int, int, int, str]:
        """File order: line and column; in a workbook, sheet by sheet in the layout's order."""
        return (_sheet_rank(self.cell), self.line, self.column, self.rule)

    @property
    def where(self) -> str:
        """``path:line:column``, or ``path:Sheet!Cell`` in a workbook."""
        if self.cell is not None:
            return f"{self.path}:{self.cell}"
        return f"{self.path}:{self.line}:{self.column}"


def describe(finding: Finding, lang: str) -> str:
    """The finding's message in ``lang``, from its rule's own texts."""
    return render(finding.message, finding.args, lang, template)
