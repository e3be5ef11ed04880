"""A sheet's header row: which column is which, and what is wrong with the sheet's layout.

:func:`read_table` reads the header row of one sheet into a :class:`Table` and
reports (EK002) an unknown, repeated or missing column, a cell with no header
above it, merged header cells and cells merged across columns. A value merged
over several rows of one column counts on each of those rows.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from effektkedja.loader import LoadProblem, Position
from effektkedja.workbook.archive import MAX_MERGES, Range
from effektkedja.workbook.layout import Column, normalize
from effektkedja.workbook.read_cells import Cell, Grid, Row, cell_position
from effektkedja.workbook.read_values import id_text


@dataclass(slots=True)
class Table:
    """A sheet's columns by number, after its header row was read."""

    grid: Grid
    header: Row
    columns: dict[int, Column]

    @property
    def name(self) -> str:
        return self.grid.sheet.name

    def at(self, row: int, name: str) -> Position:
        """The cell of column ``name`` in ``row`` (the row's first cell without that column)."""
        for number, column in self.columns.items():
            if column.name == name:
                return cell_position(self.name, row, number)
        return self.first(row)

    def first(self, row: int) -> Position:
        """The cell of ``row`` under the header's first cell."""
        return cell_position(self.name, row, min(self.header.cells))

    def cells(self, row: Row) -> dict[str, Cell]:
        """The row's cells under known columns, by normalized column name."""
        return {
            self.columns[number].name: cell
            for number, cell in row.cells.items()
            if number in self.columns
        }


def read_table(grid: Grid, problems: list[LoadProblem]) -> Table | None:
    """Read a sheet's header row: its known columns, and ``problems`` with the rest.

    None when the sheet is empty or lacks a column its rows are found by.
    """
    if not grid.rows:
        return None
    sheet = grid.sheet
    header = grid.rows[0]
    _merges(grid, header.number, problems)
    columns: dict[int, Column] = {}
    seen: dict[str, Cell] = {}
    for number, cell in sorted(header.cells.items()):
        text = id_text(cell.value) if not isinstance(cell.value, str) else cell.value.strip()
        name = normalize(text)
        column = sheet.column(name)
        if column is None:
            from effektkedja.model import suggest

            problems.append(
                LoadProblem(
                    "EK002",
                    cell.position,
                    "workbook.unknown_column",
                    {
                        "column": text,
                        "sheet": sheet.name,
                        "suggestion": suggest(text, sheet.headers),
                    },
                )
            )
        elif name in seen:
            problems.append(
                LoadProblem(
                    "EK002",
                    cell.position,
                    "workbook.duplicate_column",
                    {"column": text, "other": seen[name].position.cell},
                )
            )
        else:
            columns[number] = column
            seen[name] = cell
    table = Table(grid, header, columns)
    missing = [name for name in sheet.key_columns if name not in seen]
    if missing:
        for name in missing:
            wanted = next(column for column in sheet.columns if column.name == name)
            problems.append(
                LoadProblem(
                    "EK002",
                    table.first(header.number),
                    "workbook.missing_column",
                    {"column": wanted.header, "sheet": sheet.name},
                )
            )
        return None
    reported: set[int] = set()
    for row in grid.rows[1:]:
        for number, cell in row.cells.items():
            if number not in header.cells and number not in reported:
                reported.add(number)
                problems.append(
                    LoadProblem(
                        "EK002",
                        cell.position,
                        "workbook.no_header",
                        {"sheet": sheet.name},
                    )
                )
    return table


def _merges(grid: Grid, header_row: int, problems: list[LoadProblem]) -> None:
    """Report merged header cells and merges across columns; fill merges down a column.

    A value merged over several rows of one column (an initiative's id beside
    its indicator rows) counts on each of those rows, as it is shown.
    """
    if len(grid.merges) > MAX_MERGES:
        first = grid.merges[0]
        problems.append(
            LoadProblem(
                "EK002",
                cell_position(grid.sheet.name, first.min_row, first.min_col),
                "workbook.too_many_merges",
                {"sheet": grid.sheet.name, "limit": MAX_MERGES},
            )
        )
        return
    numbers = [row.number for row in grid.rows]
    for merge in grid.merges:
        at = cell_position(grid.sheet.name, merge.min_row, merge.min_col)
        if merge.min_row <= header_row <= merge.max_row:
            problems.append(
                LoadProblem("EK002", at, "workbook.merged_header", {"range": merge.ref})
            )
        elif merge.min_row > header_row and merge.min_col != merge.max_col:
            problems.append(
                LoadProblem("EK002", at, "workbook.merged_across", {"range": merge.ref})
            )
        elif merge.min_row > header_row:
            _fill_down(grid, numbers, merge)


def _fill_down(grid: Grid, numbers: list[int], merge: Range) -> None:
    start = bisect.bisect_left(numbers, merge.min_row)
    if start >= len(numbers) or numbers[start] != merge.min_row:
        return
    top = grid.rows[start].cells.get(merge.min_col)
    if top is None:
        return
    end = bisect.bisect_right(numbers, merge.max_row)
    for row in grid.rows[start + 1 : end]:
        row.cells.setdefault(
            merge.min_col, Cell(top.sheet, row.number, top.column, top.value, top.percent)
        )
