"""A workbook as read: its cells, rows and sheets, and where each cell is.

A cell is named as people name it (``Insatser!D7``) and found as a
:class:`~effektkedja.loader.Position`; :class:`WorkbookSource` turns a data path
of the plan into the cell it came from, as :class:`~effektkedja.loader.SourceMap`
does for YAML.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from effektkedja.loader import LoadProblem, Loc, Position, SourceMap
from effektkedja.workbook.archive import Range
from effektkedja.workbook.layout import Sheet

_PLAIN_SHEET_NAME = re.compile(r"\w+\Z")


@functools.lru_cache(maxsize=256)
def column_letters(column: int) -> str:
    """A column's letters as Excel shows them: 1 is ``A``, 27 is ``AA``."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def cell_name(sheet: str, row: int, column: int) -> str:
    """A cell as people name it: ``Insatser!D7`` (a sheet name with spaces is quoted)."""
    title = sheet if _PLAIN_SHEET_NAME.match(sheet) else "'" + sheet.replace("'", "''") + "'"
    return f"{title}!{column_letters(column)}{row}"


def cell_position(sheet: str, row: int, column: int) -> Position:
    """A cell's position: its row and column, and its name (``Insatser!D7``)."""
    return Position(row, column, cell_name(sheet, row, column))


@dataclass(slots=True)
class Cell:
    """A cell with a value (never empty); ``percent`` when shown as a percentage."""

    sheet: str
    row: int
    column: int
    value: Any
    percent: bool = False

    @property
    def position(self) -> Position:
        return cell_position(self.sheet, self.row, self.column)


@dataclass(slots=True)
class Row:
    """A row with at least one non-empty cell, by column number."""

    number: int
    cells: dict[int, Cell]


@dataclass(slots=True)
class Grid:
    """One sheet of the layout as read: its rows with content and its merged ranges."""

    sheet: Sheet
    rows: list[Row]
    merges: list[Range]


@dataclass(slots=True)
class Book:
    """The sheets of the layout found in the workbook, and the workbook's sheet names."""

    titles: list[str]
    grids: dict[str, Grid]  # by layout sheet name
    problems: list[LoadProblem]


class WorkbookSource(SourceMap):
    """Data paths to cells: what :class:`~effektkedja.loader.SourceMap` is for YAML.

    ``key`` and ``value`` differ only on the Plan sheet: the ``fält`` cell and the
    ``värde`` cell of a field. A path not found is answered by the nearest path
    above it that was; the workbook as a whole is at the Plan sheet's first cell.
    """

    def __init__(self, positions: dict[Loc, tuple[Position, Position]], root: Position) -> None:
        super().__init__(None, {})
        self._positions = positions
        self._root_position = root

    def _find(self, loc: Loc) -> tuple[Position, Position]:
        for end in range(len(loc), 0, -1):
            found = self._positions.get(loc[:end])
            if found is not None:
                return found
        return self._root_position, self._root_position

    def value(self, loc: Loc) -> Position:
        return self._find(loc)[1]

    def key(self, loc: Loc) -> Position:
        return self._find(loc)[0]
