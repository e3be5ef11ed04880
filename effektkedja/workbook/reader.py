"""An ``.xlsx`` workbook to the same plain data a YAML plan gives, with every cell's position.

The layout is SPEC.md section 9 (see :mod:`effektkedja.workbook.layout`). The
result is a :class:`~effektkedja.loader.Loaded` like the YAML loader's, so
validation and every rule work unchanged:

- ``data`` has the canonical Swedish keys; an initiative's indicators come from
  the Indikatorer rows that name it, grouped by indicator name, their points
  from the ``punkt`` column; problems and their facts likewise from the Problem
  sheet; ``undantag`` from the Undantag sheet;
- ``source`` (:class:`WorkbookSource`) turns a data path into the cell it came
  from, ``Position(row, column, "Insatser!D7")``; a whole row (an initiative, an
  indicator, a point) is at its identifying cell (``id``, ``indikator``,
  ``punkt``), else at the row's first cell; a path that leads nowhere is at the
  nearest thing above it that exists;
- ``problems`` are EK001 when the file is no workbook that can be read, and
  EK002 for what is wrong in its layout (a sheet or column missing or unknown,
  merged header cells, a formula without a stored value, rows that disagree).

Cells are read as their values: a formula counts by the value Excel or
LibreOffice stored with it, and nothing is ever evaluated. Text in a number
column is read as Swedish or English writes numbers (``34,5``, ``34.5``,
``1 234``, ``38 %``); an Excel date is ``YYYY-MM-DD``; a year may be a number
or text. Free text is kept exactly as written; ids, enumerated words, dates
and numbers lose surrounding spaces. A cell with only spaces is empty.

openpyxl is imported only when a workbook is read. Its streaming (read-only)
mode keeps memory small. The workbook is read for its stored values; only when a
cell is there without one is it read again, with formulas, to tell a formula
without a stored value (EK002) from a cell that is merely formatted.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import operator
import re
import warnings
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from io import BytesIO
from typing import Any

from effektkedja.loader import Loaded, LoadProblem, Loc, Position, SourceMap
from effektkedja.messages import Message
from effektkedja.workbook.archive import (
    MAX_MERGES,
    ArchiveProblem,
    Range,
    merged_ranges,
    open_archive,
)
from effektkedja.workbook.layout import (
    INDICATOR_FIELDS,
    INDIKATORER,
    INSATSER,
    MEASUREMENT,
    PLAN,
    POINT_COLUMNS,
    POINT_KEYS,
    POINT_KINDS,
    PROBLEM,
    PROBLEM_FIELDS,
    SHEETS,
    UNDANTAG,
    UNDERLAG_FIELDS,
    Column,
    Kind,
    Sheet,
    normalize,
    plan_field,
)

#: Rows with content per sheet; a plan of 10,000 initiatives fits easily.
MAX_ROWS = 50_000
#: Columns read per sheet; the widest sheet of the layout has 18.
MAX_COLUMNS = 100
#: Excel's own last row: no row beyond it is read, whatever the file claims.
EXCEL_ROWS = 1_048_576
_MAX_INT_DIGITS = 18

_POINT_WORDS = {normalize(kind): kind for kind in POINT_KINDS} | {"matningar": MEASUREMENT}
_POINT_NAMES = tuple(column.name for column in POINT_COLUMNS)
_NUMBER = re.compile(
    r"[-+]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?(?:[eE][-+]?\d+)?\Z"
)
_INTEGER = re.compile(r"[-+]?\d+\Z")
_LIST_SEPARATORS = re.compile(r"[,;]")
_PLAIN_SHEET_NAME = re.compile(r"\w+\Z")


# --- cells and sheets as read --------------------------------------------------------------


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


def _position(sheet: str, row: int, column: int) -> Position:
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
        return _position(self.sheet, self.row, self.column)


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
    builder = _Builder(book)
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
                        _position(sheet, number, column),
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
                                _position(sheet.name, number, column),
                                "workbook.formula_without_value",
                            )
                        )
    finally:
        formulas.close()


def _printable(text: str) -> str:
    return "".join(ch if ch.isprintable() else "?" for ch in text)[:40]


# --- cell values ------------------------------------------------------------------------------


def read_value(cell: Cell, kind: Kind) -> Any:
    """The value a cell gives a column of ``kind``, as the plan's data holds it.

    What cannot be read as the kind asks is passed on as it is, so that
    validation says what is wrong with it in the format's own words.
    """
    value = cell.value
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (dt.time, dt.timedelta)):
        return str(value)
    if isinstance(value, bool):
        return value
    if kind is Kind.TEXT:
        return value
    if kind is Kind.NUMBER:
        if isinstance(value, str):
            return _number_text(value)
        return _percent(value) if cell.percent else value
    if kind is Kind.IDS:
        return _split(value) if isinstance(value, str) else [id_text(value)]
    if kind is Kind.DELMAL:
        items = _split(value) if isinstance(value, str) else [value]
        return [_delmal_item(item) for item in items]
    if isinstance(value, str):
        text = value.strip()
        if kind is Kind.INTEGER and _INTEGER.match(text) and len(text) <= _MAX_INT_DIGITS:
            return int(text)
        return text
    if kind in (Kind.DATE, Kind.INTEGER) and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _split(text: str) -> list[str]:
    return [part.strip() for part in _LIST_SEPARATORS.split(text) if part.strip()]


def _delmal_item(item: Any) -> Any:
    if isinstance(item, str) and item.isdigit() and len(item) <= 2:
        return int(item)
    if isinstance(item, float) and item.is_integer():
        return int(item)
    return item


def id_text(value: Any) -> str:
    """An id as text, however the cell held it (``7``, ``7.0`` and ``"7"`` are ``"7"``)."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(getattr(value, "source", value))


def _number_text(text: str) -> Any:
    """Text in a number column: ``34,5``, ``34.5``, ``1 234``, ``−2``, ``38 %``."""
    cleaned = text.strip().replace("\u2212", "-")
    if cleaned.endswith("%"):
        cleaned = cleaned[:-1].rstrip()
    if not _NUMBER.match(cleaned):
        return text
    cleaned = re.sub(r"[ \u00a0\u202f]", "", cleaned).replace(",", ".")
    if _INTEGER.match(cleaned) and len(cleaned) <= _MAX_INT_DIGITS:
        return int(cleaned)
    return float(cleaned)


def _percent(value: float) -> float | int:
    """A number shown as a percentage (0.385 shown as 38,5 %) as the percentage shown."""
    try:
        scaled = Decimal(repr(value)) * 100
    except InvalidOperation:
        return value
    return int(scaled) if scaled == scaled.to_integral_value() else float(scaled)


def _same(first: Any, second: Any, kind: Kind) -> bool:
    if kind is Kind.CHOICE and isinstance(first, str) and isinstance(second, str):
        return normalize(first) == normalize(second)
    return bool(first == second and type(first) is type(second)) or (
        isinstance(first, (int, float))
        and isinstance(second, (int, float))
        and not isinstance(first, bool)
        and not isinstance(second, bool)
        and first == second
    )


def _shown(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


# --- positions --------------------------------------------------------------------------------


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


# --- building the plan's data -----------------------------------------------------------------


@dataclass(slots=True)
class _Group:
    """An indicator, problem or underlag being built from the rows that name it."""

    loc: Loc
    target: dict[str, Any]
    first: dict[str, tuple[Any, Cell]] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)  # row of utgångsläge and mål
    children: dict[Any, _Group] = field(default_factory=dict)


@dataclass(slots=True)
class _Table:
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
                return _position(self.name, row, number)
        return self.first(row)

    def first(self, row: int) -> Position:
        return _position(self.name, row, min(self.header.cells))

    def cells(self, row: Row) -> dict[str, Cell]:
        """The row's cells under known columns, by normalized column name."""
        return {
            self.columns[number].name: cell
            for number, cell in row.cells.items()
            if number in self.columns
        }


class _Builder:
    """Builds plan data from the sheets, recording positions and problems."""

    def __init__(self, book: Book) -> None:
        self.book = book
        self.problems: list[LoadProblem] = []
        self.positions: dict[Loc, tuple[Position, Position]] = {}
        self.data: dict[str, Any] = {}
        self.initiatives: list[dict[str, Any]] = []
        self.ids: dict[str, int] = {}
        plan = book.grids.get(PLAN.name)
        if plan is not None and plan.rows:
            header = plan.rows[0]
            column = min(header.cells)
            self.root = _position(PLAN.name, header.number, column)
        else:
            self.root = _position(PLAN.name, 1, 1) if plan is not None else Position(1, 1)

    def build(self) -> dict[str, Any]:
        tables = {name: self._table(grid) for name, grid in self.book.grids.items()}
        plan = tables.get(PLAN.name)
        if plan is not None:
            self._plan(plan)
        self._problem_sheet(tables.get(PROBLEM.name))
        self._initiatives(tables.get(INSATSER.name))
        indicators = tables.get(INDIKATORER.name)
        if indicators is not None:
            self._indicators(indicators)
        exemptions = tables.get(UNDANTAG.name)
        if exemptions is not None:
            self._exemptions(exemptions)
        return self.data

    # --- header and layout ---

    def _table(self, grid: Grid) -> _Table | None:
        """Read the header row: known columns, and problems with the rest."""
        if not grid.rows:
            return None
        sheet = grid.sheet
        header = grid.rows[0]
        self._merges(grid, header.number)
        columns: dict[int, Column] = {}
        seen: dict[str, Cell] = {}
        for number, cell in sorted(header.cells.items()):
            text = id_text(cell.value) if not isinstance(cell.value, str) else cell.value.strip()
            name = normalize(text)
            column = sheet.column(name)
            if column is None:
                from effektkedja.model import suggest

                self.problems.append(
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
                self.problems.append(
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
        table = _Table(grid, header, columns)
        missing = [name for name in sheet.key_columns if name not in seen]
        if missing:
            for name in missing:
                wanted = next(column for column in sheet.columns if column.name == name)
                self.problems.append(
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
                    self.problems.append(
                        LoadProblem(
                            "EK002",
                            cell.position,
                            "workbook.no_header",
                            {"sheet": sheet.name},
                        )
                    )
        return table

    def _merges(self, grid: Grid, header_row: int) -> None:
        """Report merged header cells and merges across columns; fill merges down a column.

        A value merged over several rows of one column (an initiative's id beside
        its indicator rows) counts on each of those rows, as it is shown.
        """
        if len(grid.merges) > MAX_MERGES:
            first = grid.merges[0]
            self.problems.append(
                LoadProblem(
                    "EK002",
                    _position(grid.sheet.name, first.min_row, first.min_col),
                    "workbook.too_many_merges",
                    {"sheet": grid.sheet.name, "limit": MAX_MERGES},
                )
            )
            return
        numbers = [row.number for row in grid.rows]
        for merge in grid.merges:
            at = _position(grid.sheet.name, merge.min_row, merge.min_col)
            if merge.min_row <= header_row <= merge.max_row:
                self.problems.append(
                    LoadProblem("EK002", at, "workbook.merged_header", {"range": merge.ref})
                )
            elif merge.min_row > header_row and merge.min_col != merge.max_col:
                self.problems.append(
                    LoadProblem("EK002", at, "workbook.merged_across", {"range": merge.ref})
                )
            elif merge.min_row > header_row:
                self._fill_down(grid, numbers, merge)

    @staticmethod
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

    # --- putting values in place ---

    def _put(
        self,
        target: dict[str, Any],
        base: Loc,
        path: tuple[str, ...],
        value: Any,
        key: Position,
        at: Position | None = None,
    ) -> None:
        """Set ``path`` below ``target`` (whose data path is ``base``) and record positions."""
        at = at or key
        for depth, part in enumerate(path[:-1]):
            inner = target.get(part)
            if not isinstance(inner, dict):
                inner = target[part] = {}
                self.positions[base + path[: depth + 1]] = (key, at)
            target = inner
        target[path[-1]] = value
        loc = base + path
        self.positions[loc] = (key, at)
        if isinstance(value, list):
            for index in range(len(value)):
                self.positions[loc + (index,)] = (key, at)

    def _fields(
        self,
        group: _Group,
        cells: dict[str, Cell],
        names: Iterable[str],
        sheet: Sheet,
        what: Message,
    ) -> None:
        """An indicator's, problem's or underlag's own fields, which repeat on its rows."""
        for name in names:
            cell = cells.get(name)
            column = sheet.column(name)
            if cell is None or column is None:
                continue
            value = read_value(cell, column.kind)
            first = group.first.get(name)
            if first is None:
                group.first[name] = (value, cell)
                self._put(group.target, group.loc, column.path, value, cell.position)
            elif not _same(first[0], value, column.kind):
                self.problems.append(
                    LoadProblem(
                        "EK002",
                        cell.position,
                        "workbook.disagrees",
                        {
                            "column": column.header,
                            "value": _shown(value),
                            "first": _shown(first[0]),
                            "row": first[1].row,
                            "what": what,
                        },
                    )
                )

    # --- the sheets ---

    def _plan(self, table: _Table) -> None:
        field_column = next(n for n, c in table.columns.items() if c.name == "falt")
        value_column = next(n for n, c in table.columns.items() if c.name == "varde")
        seen: dict[str, int] = {}
        for row in table.grid.rows[1:]:
            name_cell = row.cells.get(field_column)
            value_cell = row.cells.get(value_column)
            if name_cell is None:
                if value_cell is not None:
                    self.problems.append(
                        LoadProblem("EK002", value_cell.position, "workbook.value_without_field")
                    )
                continue
            text = id_text(name_cell.value)
            name = normalize(text)
            found = plan_field(name)
            if found is None:
                from effektkedja.model import suggest
                from effektkedja.workbook.layout import PLAN_FIELDS

                self.problems.append(
                    LoadProblem(
                        "EK002",
                        name_cell.position,
                        "workbook.unknown_field",
                        {
                            "field": text,
                            "suggestion": suggest(text, [f.header for f in PLAN_FIELDS]),
                        },
                    )
                )
                continue
            if name in seen:
                self.problems.append(
                    LoadProblem(
                        "EK002",
                        name_cell.position,
                        "workbook.duplicate_field",
                        {"field": text, "row": seen[name]},
                    )
                )
                continue
            seen[name] = row.number
            if value_cell is not None:
                value = read_value(value_cell, found.kind)
                self._put(self.data, (), found.path, value, name_cell.position, value_cell.position)

    def _initiatives(self, table: _Table | None) -> None:
        self.data["insatser"] = self.initiatives
        if table is None:
            grid = self.book.grids.get(INSATSER.name)
            if grid is not None:
                where = _position(INSATSER.name, 1, 1)
                self.positions[("insatser",)] = (where, where)
            return
        where = table.first(table.header.number)
        self.positions[("insatser",)] = (where, where)
        for row in table.grid.rows[1:]:
            cells = table.cells(row)
            if not cells:
                continue
            index = len(self.initiatives)
            initiative: dict[str, Any] = {}
            anchor = cells["id"].position if "id" in cells else table.first(row.number)
            self.positions[("insatser", index)] = (anchor, anchor)
            for column in INSATSER.columns:
                cell = cells.get(column.name)
                if cell is not None:
                    value = read_value(cell, column.kind)
                    self._put(initiative, ("insatser", index), column.path, value, cell.position)
            self.initiatives.append(initiative)
            if "id" in initiative:
                self.ids.setdefault(id_text(initiative["id"]), index)

    def _initiative_of(self, table: _Table, row: Row, cells: dict[str, Cell]) -> int | None:
        """The index of the initiative a row names in its ``insats`` cell (problems if none)."""
        cell = cells.get("insats")
        if cell is None:
            self.problems.append(
                LoadProblem("EK002", table.at(row.number, "insats"), "workbook.no_initiative")
            )
            return None
        ident = id_text(read_value(cell, Kind.ID))
        index = self.ids.get(ident)
        if index is None:
            from effektkedja.model import suggest

            self.problems.append(
                LoadProblem(
                    "EK002",
                    cell.position,
                    "workbook.unknown_initiative",
                    {"id": ident, "suggestion": suggest(ident, list(self.ids))},
                )
            )
        return index

    def _indicators(self, table: _Table) -> None:
        groups: dict[tuple[int, Any], _Group] = {}
        for row in table.grid.rows[1:]:
            cells = table.cells(row)
            if not cells:
                continue
            index = self._initiative_of(table, row, cells)
            if index is None:
                continue
            indicators = self.initiatives[index].setdefault("indikatorer", [])
            name_cell = cells.get("indikator")
            name = read_value(name_cell, Kind.TEXT) if name_cell is not None else None
            # Rows of one indicator share its name; a row without a name stands alone.
            key = (index, name if isinstance(name, str) else id_text(name))
            group = groups.get(key) if name is not None else None
            if group is None:
                loc: Loc = ("insatser", index, "indikatorer", len(indicators))
                anchor = name_cell.position if name_cell else table.first(row.number)
                self.positions.setdefault(loc[:-1], (anchor, anchor))
                self.positions[loc] = (anchor, anchor)
                group = _Group(loc, {})
                indicators.append(group.target)
                if name is not None:
                    groups[key] = group
            what = Message("workbook.what.indicator", {"name": _shown(name)})
            self._fields(group, cells, INDICATOR_FIELDS, INDIKATORER, what)
            self._point(table, row, cells, group)

    def _point(self, table: _Table, row: Row, cells: dict[str, Cell], group: _Group) -> None:
        """The measurement point on an Indikatorer row, placed by its ``punkt``."""
        values = {name: cells[name] for name in _POINT_NAMES if name in cells}
        kind_cell = cells.get("punkt")
        if kind_cell is None:
            if values:
                self.problems.append(
                    LoadProblem("EK002", table.at(row.number, "punkt"), "workbook.no_point_kind")
                )
            return
        word = id_text(kind_cell.value)
        kind = _POINT_WORDS.get(normalize(word))
        if kind is None:
            from effektkedja.model import suggest

            self.problems.append(
                LoadProblem(
                    "EK002",
                    kind_cell.position,
                    "workbook.point_kind",
                    {
                        "value": word,
                        "allowed": ", ".join(POINT_KINDS),
                        "suggestion": suggest(word, list(POINT_KINDS)),
                    },
                )
            )
            return
        key = POINT_KEYS[kind]
        point: dict[str, Any] = {}
        at = kind_cell.position
        if kind == MEASUREMENT:
            measurements = group.target.setdefault(key, [])
            loc: Loc = (*group.loc, key, len(measurements))
            self.positions.setdefault(loc[:-1], (at, at))
            measurements.append(point)
        elif key in group.target:
            self.problems.append(
                LoadProblem(
                    "EK002",
                    at,
                    "workbook.point_repeated",
                    {"kind": kind, "row": group.rows[key]},
                )
            )
            return
        else:
            group.target[key] = point
            group.rows[key] = row.number
            loc = (*group.loc, key)
        self.positions[loc] = (at, at)
        self._point_values(point, loc, values)

    def _point_values(self, point: dict[str, Any], loc: Loc, values: dict[str, Cell]) -> None:
        for column in POINT_COLUMNS:
            cell = values.get(column.name)
            if cell is not None:
                self._put(point, loc, column.path, read_value(cell, column.kind), cell.position)

    def _problem_sheet(self, table: _Table | None) -> None:
        if table is None:
            return
        problems: list[dict[str, Any]] = []
        groups: dict[str, _Group] = {}
        for row in table.grid.rows[1:]:
            cells = table.cells(row)
            if not cells:
                continue
            id_cell = cells.get("id")
            ident = id_text(read_value(id_cell, Kind.ID)) if id_cell is not None else None
            group = groups.get(ident) if ident is not None else None
            if group is None:
                loc: Loc = ("problem", len(problems))
                anchor = id_cell.position if id_cell else table.first(row.number)
                self.positions[loc] = (anchor, anchor)
                group = _Group(loc, {})
                problems.append(group.target)
                if ident is not None:
                    groups[ident] = group
            what = Message("workbook.what.problem", {"id": ident or ""})
            self._fields(group, cells, PROBLEM_FIELDS, PROBLEM, what)
            self._fact(table, row, cells, group)
        if problems:
            where = table.first(table.header.number)
            self.positions[("problem",)] = (where, where)
            self.data["problem"] = problems

    def _fact(self, table: _Table, row: Row, cells: dict[str, Cell], group: _Group) -> None:
        """The underlag (and its value) on a Problem row."""
        values = {name: cells[name] for name in _POINT_NAMES if name in cells}
        name_cell = cells.get("underlag")
        if name_cell is None:
            if values or "kalla" in cells or "enhet" in cells:
                self.problems.append(
                    LoadProblem(
                        "EK002", table.at(row.number, "underlag"), "workbook.fact_without_name"
                    )
                )
            return
        name = read_value(name_cell, Kind.TEXT)
        key = name if isinstance(name, str) else id_text(name)
        child = group.children.get(key)
        if child is None:
            underlag = group.target.setdefault("underlag", [])
            loc: Loc = (*group.loc, "underlag", len(underlag))
            self.positions.setdefault(loc[:-1], (name_cell.position, name_cell.position))
            self.positions[loc] = (name_cell.position, name_cell.position)
            child = _Group(loc, {})
            underlag.append(child.target)
            group.children[key] = child
        what = Message("workbook.what.underlag", {"name": _shown(name)})
        self._fields(child, cells, UNDERLAG_FIELDS, PROBLEM, what)
        if values:
            facts = child.target.setdefault("värden", [])
            point_loc: Loc = (*child.loc, "värden", len(facts))
            at = next(iter(values.values())).position
            self.positions.setdefault(point_loc[:-1], (at, at))
            self.positions[point_loc] = (at, at)
            point: dict[str, Any] = {}
            facts.append(point)
            self._point_values(point, point_loc, values)

    def _exemptions(self, table: _Table) -> None:
        for row in table.grid.rows[1:]:
            cells = table.cells(row)
            if not cells:
                continue
            index = self._initiative_of(table, row, cells)
            if index is None:
                continue
            exemptions = self.initiatives[index].setdefault("undantag", [])
            loc: Loc = ("insatser", index, "undantag", len(exemptions))
            anchor = cells["regel"].position if "regel" in cells else table.first(row.number)
            self.positions.setdefault(loc[:-1], (anchor, anchor))
            self.positions[loc] = (anchor, anchor)
            exemption: dict[str, Any] = {}
            exemptions.append(exemption)
            for name in ("regel", "motivering"):
                cell = cells.get(name)
                column = UNDANTAG.column(name)
                if cell is not None and column is not None:
                    value = read_value(cell, column.kind)
                    self._put(exemption, loc, column.path, value, cell.position)
