"""Plan data to a workbook people can fill in.

:func:`write_workbook` lays a plan out as SPEC.md section 9 describes, so that
:func:`~effektkedja.workbook.reader.load_workbook` reads the same data back: an
instructions sheet first (:mod:`effektkedja.workbook.write_guide`), then Plan,
Insatser, Indikatorer, Problem and Undantag, each with a frozen, filtered header
row whose cells carry input help, readable column widths and a drop-down list
on every enumerated column. Text columns are formatted as text so that what
people type there stays text too.

The rows come from :mod:`effektkedja.workbook.write_rows`, each value is stored
by :mod:`effektkedja.workbook.write_cells`: never as a formula, numbers with all
their digits, full dates as date cells. A plan holding something a workbook
cannot (a control character, a text longer than a cell, two indicators of one
initiative with the same name) raises :class:`WorkbookWriteError` naming the
place, rather than writing less. :func:`values_workbook` (the values table) is
:mod:`effektkedja.workbook.write_values`.
"""

from __future__ import annotations

import math
from io import BytesIO
from typing import Any

from effektkedja.messages import render
from effektkedja.workbook.layout import PLAN, PLAN_FIELDS, SHEETS, Column, Kind, Sheet, help_key
from effektkedja.workbook.write_cells import DATE_FORMAT, MAX_CELL_TEXT, WorkbookWriteError, store
from effektkedja.workbook.write_guide import write_guide
from effektkedja.workbook.write_rows import Cells, check_plan, sheet_rows
from effektkedja.workbook.write_style import MAX_WIDTH, header_row, page_setup
from effektkedja.workbook.write_values import TIME_COLUMNS, values_workbook

__all__ = [
    "MAX_CELL_TEXT",
    "TEMPLATE_ROWS",
    "TIME_COLUMNS",
    "WorkbookWriteError",
    "values_workbook",
    "write_workbook",
]

#: Rows the drop-down lists and text formats reach below the header.
TEMPLATE_ROWS = 5000
_WRAPPED = {"namn", "beskrivning", "analys", "motivering", "indikator", "underlag", "varde"}
#: Row height per line of wrapped text (points), and the most lines a row is made tall for.
_LINE_HEIGHT = 15
_MAX_LINES = 8


def write_workbook(data: dict[str, Any], lang: str = "sv") -> bytes:
    """A plan's data (as :func:`~effektkedja.loader.load` gives it) as ``.xlsx`` bytes.

    The instructions sheet and the input help are in ``lang`` (``sv`` or ``en``);
    sheet and column names are the format's, in Swedish. Raises
    :class:`WorkbookWriteError` for a plan a workbook cannot hold.
    """
    import openpyxl

    check_plan(data)
    book = openpyxl.Workbook()
    guide = book.active
    guide.title = render("workbook.guide.sheet", {}, lang)
    write_guide(guide, lang)
    for sheet in SHEETS:
        worksheet = book.create_sheet(sheet.name)
        _table(worksheet, sheet, list(sheet_rows(sheet, data)), lang)
    _plan_help(book[PLAN.name], lang)
    organisation = data.get("organisation")
    book.properties.title = str(organisation) if isinstance(organisation, str) else None
    book.properties.creator = "effektkedja"
    book.properties.language = "sv-SE" if lang == "sv" else "en-GB"
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _table(worksheet: Any, sheet: Sheet, rows: list[Cells], lang: str) -> None:
    """A layout sheet: header, rows, formats, drop-down lists, help, widths, filter."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    header_row(worksheet, sheet.headers)
    across = "left" if sheet is PLAN else None  # a field's value reads as text, numbers too
    top = Alignment(vertical="top", horizontal=across)
    wrapped = Alignment(vertical="top", horizontal=across, wrap_text=True)
    widths = [column.width for column in sheet.columns]
    for row in rows:
        for index, (value, _, _) in enumerate(row):
            if value is not None:
                widths[index] = max(widths[index], min(_longest_line(value) + 2, MAX_WIDTH))
    wraps = [column.name in _WRAPPED for column in sheet.columns]
    for number, row in enumerate(rows, start=2):
        cells = []
        lines = 1
        for index, (value, kind, place) in enumerate(row):
            if value is None:
                continue
            cell = worksheet.cell(row=number, column=index + 1)
            store(cell, value, kind, place)
            cells.append((index, cell))
            if wraps[index] or isinstance(cell.value, str) and "\n" in cell.value:
                lines = max(lines, _lines(str(cell.value), widths[index]))
        if lines > 1:
            # Neither Excel nor LibreOffice fits row heights when they open a file.
            worksheet.row_dimensions[number].height = _LINE_HEIGHT * min(lines, _MAX_LINES)
            for index, cell in cells:  # a tall row reads from the top
                text = isinstance(cell.value, str) and "\n" in cell.value
                cell.alignment = wrapped if wraps[index] or text else top
    last = max(len(rows) + 1, 2)
    for index, column in enumerate(sheet.columns):
        letter = get_column_letter(index + 1)
        worksheet.column_dimensions[letter].width = widths[index]
        if column.kind in (Kind.TEXT, Kind.ID, Kind.CHOICE, Kind.IDS, Kind.DELMAL):
            worksheet.column_dimensions[letter].number_format = "@"
            if column.name in _WRAPPED:
                worksheet.column_dimensions[letter].alignment = wrapped
        elif column.kind is Kind.DATE:
            worksheet.column_dimensions[letter].number_format = DATE_FORMAT
        help_text = render(help_key(sheet, column), {}, lang)
        header_help = DataValidation(
            allow_blank=True,
            showInputMessage=True,
            promptTitle=column.header[:32],
            prompt=help_text[:255],
        )
        header_help.add(f"{letter}1")
        worksheet.add_data_validation(header_help)
        if column.choices:
            worksheet.add_data_validation(
                _choices(column, help_text, f"{letter}2:{letter}{TEMPLATE_ROWS}", lang)
            )
    end = get_column_letter(len(sheet.columns))
    worksheet.auto_filter.ref = f"A1:{end}{last}"
    page_setup(worksheet)


def _longest_line(value: Any) -> int:
    text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def _lines(text: str, width: float) -> int:
    """About how many lines ``text`` takes wrapped in a column ``width`` characters wide."""
    per_line = max(int(width) - 1, 1)
    return sum(max(1, math.ceil(len(line) / per_line)) for line in text.split("\n"))


def _choices(column: Column, help_text: str, ref: str, lang: str) -> Any:
    """A drop-down list of a column's words; other text is warned about, not refused.

    The format accepts more than the list shows (``arbetssatt`` for ``arbetssätt``;
    several delmål in one cell), so a value not in the list only gets a warning,
    and none at all where a list of several is the point (delmål).
    """
    from openpyxl.worksheet.datavalidation import DataValidation

    lists = column.kind is Kind.DELMAL
    validation = DataValidation(
        type="list",
        formula1='"' + ",".join(column.choices) + '"',
        allow_blank=True,
        showInputMessage=True,
        promptTitle=column.header[:32],
        prompt=help_text[:255],
        showErrorMessage=not lists,
        errorStyle="warning",
        errorTitle=render("workbook.dv.error_title", {}, lang)[:32],
        error=render("workbook.dv.error", {}, lang)[:255],
    )
    validation.add(ref)
    return validation


def _plan_help(worksheet: Any, lang: str) -> None:
    """Input help on each field name of the Plan sheet, and a list for ``typ``."""
    from openpyxl.worksheet.datavalidation import DataValidation

    for number, field in enumerate(PLAN_FIELDS, start=2):
        help_text = render(help_key(PLAN, field), {}, lang)
        validation = DataValidation(
            allow_blank=True,
            showInputMessage=True,
            promptTitle=field.header[:32],
            prompt=help_text[:255],
        )
        validation.add(f"A{number}")
        worksheet.add_data_validation(validation)
        if field.choices:
            worksheet.add_data_validation(_choices(field, help_text, f"B{number}", lang))
