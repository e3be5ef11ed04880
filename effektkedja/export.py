"""Tidy CSV export of every indicator value: one row per value, for Excel, pandas and R.

A value is one number of one point (``utgångsläge``, a ``mätning`` or ``mål``)
for one sex. Columns, always in Swedish and in this order (:data:`HEADER`):

=================  ==============================================================
``organisation``   the plan's ``organisation``
``insats_id``      the initiative's ``id``
``insats``         the initiative's ``namn``
``nivå``           its effective level (aktivitet ... samhällseffekt)
``indikator``      the indicator's ``namn``
``typ``            ``utgångsläge``, ``mätning`` or ``mål``
``tidpunkt``       the point's ``år`` or ``datum`` as written (``2025``, ``2026-06-30``)
``kön``            ``kvinnor``, ``män`` or ``totalt`` (flickor → kvinnor, pojkar → män)
``kön_i_planen``   the plan's own word: ``kvinnor``, ``män``, ``totalt``, ``flickor``, ``pojkar``
``värde``          the number
``enhet``          the indicator's ``enhet`` (empty when not given)
``källa``          the indicator's ``källa`` (empty when not given)
``fil``            the plan file
=================  ==============================================================

Two dialects (:data:`DIALECTS`):

- ``excel-sv`` (default): UTF-8 with BOM, ``;`` between fields, decimal comma,
  CRLF line ends. Excel with a Swedish locale opens it by double-click with
  å/ä/ö intact and the values as numbers. Text cells that start with ``=``,
  ``+``, ``-``, ``@``, a tab or a carriage return get a leading ``'`` so that
  Excel never runs plan text as a formula.
- ``standard``: RFC 4180: UTF-8 without BOM, ``,``, decimal point, CRLF line
  ends, text exactly as written. For pandas, R and other programs.

Loading in one call::

    pd.read_csv("värden.csv", sep=";", decimal=",", encoding="utf-8-sig")  # excel-sv
    pd.read_csv("värden.csv")                                               # standard
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from effektkedja.engine import PlanResult
from effektkedja.model import Indicator, Point

HEADER = (
    "organisation",
    "insats_id",
    "insats",
    "nivå",
    "indikator",
    "typ",
    "tidpunkt",
    "kön",
    "kön_i_planen",
    "värde",
    "enhet",
    "källa",
    "fil",
)
#: Index of the ``värde`` column: the only one that is a number.
VALUE_COLUMN = HEADER.index("värde")


@dataclass(frozen=True, slots=True)
class CsvDialect:
    """How the CSV text is written: separator, decimal mark, BOM, formula guard."""

    name: str
    delimiter: str
    decimal: str
    bom: bool
    guard_formulas: bool
    line_end: str = "\r\n"


DIALECTS: dict[str, CsvDialect] = {
    "excel-sv": CsvDialect("excel-sv", ";", ",", bom=True, guard_formulas=True),
    "standard": CsvDialect("standard", ",", ".", bom=False, guard_formulas=False),
}
DEFAULT_DIALECT = "excel-sv"

#: Where the plan's words for the sexes go in the ``kön`` column.
SEXES = (
    ("women", "kvinnor", "kvinnor"),
    ("girls", "kvinnor", "flickor"),
    ("men", "män", "män"),
    ("boys", "män", "pojkar"),
    ("total", "totalt", "totalt"),
)
#: Characters that make Excel read a cell as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class ValueRow:
    """One value as plain data, before it is written in a dialect."""

    organisation: str
    initiative_id: str
    initiative: str
    level: str
    indicator: str
    kind: str  # utgångsläge | mätning | mål
    when: str
    sex: str  # kvinnor | män | totalt
    sex_in_plan: str
    value: float
    unit: str | None
    source: str | None
    path: str

    def fields(self) -> tuple[str | float, ...]:
        """The row in :data:`HEADER` order (empty text for missing unit and source)."""
        return (
            self.organisation,
            self.initiative_id,
            self.initiative,
            self.level,
            self.indicator,
            self.kind,
            self.when,
            self.sex,
            self.sex_in_plan,
            self.value,
            self.unit or "",
            self.source or "",
            self.path,
        )


def _points(indicator: Indicator) -> Iterator[tuple[str, Point]]:
    if indicator.baseline is not None:
        yield "utgångsläge", indicator.baseline
    for point in indicator.measurements:
        yield "mätning", point
    if indicator.target is not None:
        yield "mål", indicator.target


def value_rows(results: Iterable[PlanResult]) -> Iterator[ValueRow]:
    """Every value of every indicator point of the valid plans, in file order.

    Plans that could not be read have no values (the caller may say so).
    """
    for result in results:
        plan = result.plan
        if plan is None:
            continue
        levels = {item.index: item.classification.level.value for item in result.initiatives}
        for index, initiative in enumerate(plan.initiatives):
            for indicator in initiative.indicators:
                for kind, point in _points(indicator):
                    for attribute, sex, word in SEXES:
                        value = getattr(point, attribute)
                        if value is None:
                            continue
                        yield ValueRow(
                            plan.organisation,
                            initiative.id,
                            initiative.name,
                            levels[index],
                            indicator.name,
                            kind,
                            point.when,
                            sex,
                            word,
                            value,
                            indicator.unit,
                            indicator.source,
                            result.path,
                        )


def format_value(value: float, decimal: str = ".") -> str:
    """A number as CSV text: no exponent, no trailing ``.0``, the dialect's decimal mark."""
    if value == int(value) and abs(value) < 1e15:
        text = str(int(value))
    else:
        text = format(Decimal(repr(value)), "f")
    return text.replace(".", decimal)


def guard_formula(text: str) -> str:
    """Text that Excel would take for a formula, made inert with a leading ``'``."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def export_csv(results: Iterable[PlanResult], dialect: str = DEFAULT_DIALECT) -> str:
    """The CSV text (header and one row per value) in ``dialect`` (``excel-sv`` or ``standard``).

    Raises KeyError for an unknown dialect name (see :data:`DIALECTS`).
    """
    chosen = DIALECTS[dialect]
    out = io.StringIO()
    if chosen.bom:
        out.write("\ufeff")
    writer = csv.writer(
        out, delimiter=chosen.delimiter, lineterminator=chosen.line_end, quoting=csv.QUOTE_MINIMAL
    )
    writer.writerow(HEADER)
    for row in value_rows(results):
        cells = []
        for column, item in enumerate(row.fields()):
            if column == VALUE_COLUMN:
                cells.append(format_value(float(item), chosen.decimal))
            else:
                text = str(item)
                cells.append(guard_formula(text) if chosen.guard_formulas else text)
        writer.writerow(cells)
    return out.getvalue()
