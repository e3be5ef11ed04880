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
``från``           the first day the point covers, ISO (``2025-01-01``)
``till``           the last day the point covers, ISO (``2025-12-31``)
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

from effektkedja.domain import PointKind
from effektkedja.engine import PlanResult

HEADER = (
    "organisation",
    "insats_id",
    "insats",
    "nivå",
    "indikator",
    "typ",
    "tidpunkt",
    "från",
    "till",
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
    first: str  # ISO date
    last: str  # ISO date
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
            self.first,
            self.last,
            self.sex,
            self.sex_in_plan,
            self.value,
            self.unit or "",
            self.source or "",
            self.path,
        )


#: The plan's own word for each kind of point.
KINDS = {
    PointKind.BASELINE: "utgångsläge",
    PointKind.MEASUREMENT: "mätning",
    PointKind.TARGET: "mål",
}


def value_rows(results: Iterable[PlanResult]) -> Iterator[ValueRow]:
    """Every value of every indicator point of the valid plans.

    Files, initiatives and indicators in file order; the points of an indicator in
    the order of SPEC.md section 8 (the baseline, the measurements by the period
    they cover, the target), as every other output lists them. Plans that could
    not be read have no values (the caller may say so).
    """
    for result in results:
        facts = result.facts
        if facts is None or result.organisation is None:
            continue
        for item in facts.initiatives:
            for indicator in item.indicators:
                words = ("flickor", "pojkar") if indicator.youth else ("kvinnor", "män")
                for point in indicator.points:
                    values = (
                        (point.female, "kvinnor", words[0]),
                        (point.male, "män", words[1]),
                        (point.total, "totalt", "totalt"),
                    )
                    for value, sex, word in values:
                        if value is None:
                            continue
                        yield ValueRow(
                            result.organisation,
                            item.id,
                            item.name,
                            item.level.value,
                            indicator.name,
                            KINDS[point.kind],
                            point.when,
                            point.first.isoformat(),
                            point.last.isoformat(),
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
