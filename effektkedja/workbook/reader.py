"""An ``.xlsx`` workbook to the same plain data a YAML plan gives, with every cell's position.

The layout is SPEC.md section 9 (see :mod:`effektkedja.workbook.layout`). The
result is a :class:`~effektkedja.loader.Loaded` like the YAML loader's, so
validation and every rule work unchanged:

- ``data`` has the canonical Swedish keys, built from the sheets' rows by
  :mod:`effektkedja.workbook.read_sheets`, each cell's value read as its
  column's kind by :mod:`effektkedja.workbook.read_values`;
- ``source`` (:class:`~effektkedja.workbook.read_cells.WorkbookSource`) turns a
  data path into the cell it came from, ``Position(row, column, "Insatser!D7")``;
  a path that leads nowhere is at the nearest thing above it that exists;
- ``problems`` are EK001 when the file is no workbook that can be read (see
  :mod:`effektkedja.workbook.archive`) or is too large, and EK002 for what is
  wrong in its layout (a sheet or column missing or unknown, merged header
  cells, a formula without a stored value, rows that disagree).

This module reads the file: it opens the archive, finds the layout's sheets and
reads their rows with content, within the limits below, into a
:class:`~effektkedja.workbook.read_cells.Book`. A cell with only spaces is empty.

openpyxl is imported only when a workbook is read. Its streaming (read-only)
mode keeps memory small. The workbook is read for its stored values; only when a
cell is there without one is it read again, with formulas, to tell a formula
without a stored value (EK002) from a cell that is merely formatted.
"""

from __future__ import annotations

import functools
import operator
import warnings
import zipfile
from collections.abc import Iterator, Mapping
from io import BytesIO
from typing import Any

from effektkedja.loader import Loaded, LoadProblem, Position
from effektkedja.workbook.archive import ArchiveProblem, merged_ranges, open_archive
from effektkedja.workbook.layout import SHEETS, Sheet, normalize
from effektkedja.workbook.read_cells import (
    Book,
    Cell,
    Grid,
    Row,
    WorkbookSource,
    cell_position,
)
from effektkedja.workbook.read_sheets import Builder

__all__ = ["EXCEL_ROWS", "MAX_COLUMNS", "MAX_ROWS", "WorkbookSource", "load_workbook"]

#: Rows with content per sheet; a plan of 10,000 initiatives fits easily.
MAX_ROWS = 50_000
#: Columns read per sheet; the widest sheet of the layout has 18.
MAX_COLUMNS = 100
#: Excel's own last row: no row beyond it is read, whatever the file claims.
EXCEL_ROWS = 1_048_576


class _TooLarge(Exception):
    def __init__(self, sheet: str, limit: int) -> None:
        super().__init__(sheet)
        self.sheet = sheet
        self.limit = limit


# --- reading the file -------------------------------------------------------------------------


def load_workbook(raw: bytes, key_aliases: Mapping[str, str] | None = None) -> Loaded:
    """Load a workbook's bytes into plan data, cell positions and problems.

    The same contract as :func:`effektkedja.loader.load`. ``key_aliases`` is
    accepted for that contract; the layout's own names are used instead (sheet,
    column and field names are compared case-insensitively and ASCII-folded).
    """
    del key_aliases
    try:
        archive = open_archive(raw)
    except ArchiveProblem as exc:
        return _unreadable(LoadProblem("EK001", Position(1, 1), exc.message, exc.args_))
    try:
        book = _read_book(raw, archive)
    except _TooLarge as exc:
        return _unreadable(
            LoadProblem(
                "EK001",
                Position(1, 1),
                "workbook.too_many_rows",
                {"sheet": exc.sheet, "limit": exc.limit},
            )
        )
    except Exception as exc:  # noqa: BLE001 - a damaged file fails in openpyxl in many ways
        return _unreadable(
            LoadProblem("EK001", Position(1, 1), "workbook.unreadable", {"detail": _detail(exc)})
        )
    finally:
        archive.close()
    builder = Builder(book)
    data = builder.build()
    source = WorkbookSource(builder.positions, builder.root)
    return Loaded(data, source, sorted(book.problems + builder.problems, key=_in_sheet_order))


_SHEET_ORDER = {sheet.name: index for index, sheet in enumerate(SHEETS)}


def _in_sheet_order(problem: LoadProblem) -> tuple[int, int, int]:
    """Problems about the workbook first, then sheet by sheet, row by row."""
    cell = problem.position.cell
    sheet = _SHEET_ORDER.get(cell.split("!")[0], 0) + 1 if cell else 0
    return sheet, problem.position.line, problem.position.column


def _unreadable(problem: LoadProblem) -> Loaded:
    return Loaded(None, WorkbookSource({}, Position(1, 1)), [problem])


def _detail(exc: Exception) -> str:
    """An exception as one short printable line (it may quote the damaged file)."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    text = f"{type(exc).__name__}: {first}" if first else type(exc).__name__
    return "".join(ch if ch.isprintable() else "?" for ch in text)[:200]


def _open(raw: bytes, data_only: bool) -> Any:
    import openpyxl

    return openpyxl.load_workbook(
        BytesIO(raw), read_only=True, data_only=data_only, keep_links=False
    )


def _read_book(raw: bytes, archive: zipfile.ZipFile) -> Book:
    problems: list[LoadProblem] = []
    grids: dict[str, Grid] = {}
    with warnings.catch_warnings():
        # openpyxl warns about parts it skips (extensions, odd styles); none matter here.
        warnings.simplefilter("ignore")
        values = _open(raw, data_only=True)
        try:
            titles = list(values.sheetnames)
            found = _layout_sheets(values, problems)
            valueless: dict[str, set[tuple[int, int]]] = {}
            for sheet, title in found:
                worksheet = values[title]
                part = getattr(worksheet, "_worksheet_path", None)
                merges = merged_ranges(archive, part) if isinstance(part, str) else []
                rows, valueless[title] = _rows(worksheet, sheet.name, problems)
                grids[sheet.name] = Grid(sheet, rows, merges)
        finally:
            values.close()
        if any(valueless.values()):
            _formulas_without_values(raw, found, valueless, problems)
    for sheet in SHEETS:
        if sheet.required and sheet.name not in grids:
            problems.append(
                LoadProblem(
                    "EK002",
                    Position(1, 1),
                    "workbook.missing_sheet",
                    {"sheet": sheet.name, "sheets": ", ".join(titles)},
                )
            )
    return Book(titles, grids, problems)


def _layout_sheets(book: Any, problems: list[LoadProblem]) -> list[tuple[Sheet, str]]:
    """The worksheets that are sheets of the layout, with their titles in the workbook."""
    wanted = {sheet.name.lower(): sheet for sheet in SHEETS}
    found: dict[str, str] = {}
    for worksheet in book.worksheets:
        name = normalize(worksheet.title)
        if name not in wanted:
            continue  # an instructions sheet, notes, a pivot table: not part of the plan
        if name in found:
            problems.append(
                LoadProblem(
                    "EK002",
                    Position(1, 1),
                    "workbook.duplicate_sheet",
                    {"sheet": worksheet.title, "other": found[name]},
                )
            )
            continue
        found[name] = worksheet.title
    return [(wanted[name], title) for name, title in found.items()]


def _bounded_rows(worksheet: Any) -> Iterator[tuple[int, Any]]:
    """The sheet's rows that hold any cell, numbered, within Excel's rows and our columns."""
    from openpyxl.cell.read_only import EMPTY_CELL

    empty = functools.partial(operator.is_, EMPTY_CELL)
    padding = None
    rows = worksheet.iter_rows(min_row=1, max_row=EXCEL_ROWS, min_col=1, max_col=MAX_COLUMNS)
    for number, cells in enumerate(rows, start=1):
        if cells is padding:
            continue  # openpyxl gives the rows a file leaves out as one shared tuple
        if all(map(empty, cells)):
            padding = cells
            continue
        yield number, cells


def _rows(
    worksheet: Any, sheet: str, problems: list[LoadProblem]
) -> tuple[list[Row], set[tuple[int, int]]]:
    """The rows with content of one sheet, and the cells that are there without a value."""
    from openpyxl.cell.read_only import EMPTY_CELL

    rows: list[Row] = []
    valueless: set[tuple[int, int]] = set()
    for number, stored in _bounded_rows(worksheet):
        cells: dict[int, Cell] = {}
        for column, value_cell in enumerate(stored, start=1):
            if value_cell is EMPTY_CELL:
                continue
            value = value_cell.value
            if value is None:
                valueless.add((number, column))  # formatted, or a formula without a value
                continue
            if value_cell.data_type == "e":
                problems.append(
                    LoadProblem(
                        "EK002",
                        cell_position(sheet, number, column),
                        "workbook.error_value",
                        {"value": _printable(str(value))},
                    )
                )
                continue
            if isinstance(value, str) and not value.strip():
                continue
            percent = (
                value_cell.data_type == "n"
                and isinstance(value, (int, float))
                and "%" in (value_cell.number_format or "")
            )
            cells[column] = Cell(sheet, number, column, value, percent)
        if cells:
            if len(rows) >= MAX_ROWS:
                raise _TooLarge(sheet, MAX_ROWS)
            rows.append(Row(number, cells))
    return rows, valueless


def _formulas_without_values(
    raw: bytes,
    found: list[tuple[Sheet, str]],
    valueless: dict[str, set[tuple[int, int]]],
    problems: list[LoadProblem],
) -> None:
    """Report the cells without a value that hold a formula (read with formulas this time)."""
    formulas = _open(raw, data_only=False)
    try:
        for sheet, title in found:
            wanted = valueless.get(title)
            if not wanted:
                continue
            for number, cells in _bounded_rows(formulas[title]):
                for column, cell in enumerate(cells, start=1):
                    if (number, column) in wanted and cell.data_type == "f":
                        problems.append(
                            LoadProblem(
                                "EK002",
                                cell_position(sheet.name, number, column),
                                "workbook.formula_without_value",
                            )
                        )
    finally:
        formulas.close()


def _printable(text: str) -> str:
    return "".join(ch if ch.isprintable() else "?" for ch in text)[:40]
