"""The tidy values table (``report --format xlsx``) as a workbook of one sheet.

Numbers are number cells, dates date cells (also ISO text in a column named in
:data:`TIME_COLUMNS`); all other text is stored as text, never as a formula.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from io import BytesIO
from typing import Any

from effektkedja.messages import render
from effektkedja.workbook.write_cells import (
    DATE_FORMAT,
    ISO_DATE,
    store_date,
    store_number,
    store_text,
)
from effektkedja.workbook.write_style import MAX_WIDTH, header_row, page_setup

_YEAR = re.compile(r"\d{4}\Z")

#: Columns of the values table whose ISO dates become date cells (and years numbers).
#: ``tidpunkt`` (of :data:`effektkedja.export.HEADER`) keeps the plan's own spelling as
#: text (a year and a day do not sort together as cells); the period it covers is in
#: ``från`` and ``till``, real dates that sort and filter.
TIME_COLUMNS = frozenset({"från", "till"})


def values_workbook(header: list[str], rows: list[list[object]], lang: str = "sv") -> bytes:
    """The tidy values table (``report --format xlsx``) as ``.xlsx`` bytes.

    Numbers are number cells, dates date cells (also ISO text in a column named
    in :data:`TIME_COLUMNS`); all other text is stored as text, never as a formula.
    The header row is frozen and filtered, the columns as wide as their contents.
    """
    import openpyxl
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook()
    worksheet = book.active
    worksheet.title = render("workbook.values.sheet", {}, lang)
    header_row(worksheet, header)
    widths = [len(name) + 2 for name in header]
    top = Alignment(vertical="top")
    for number, row in enumerate(rows, start=2):
        for index, value in enumerate(row):
            if value is None or value == "":
                continue
            cell = worksheet.cell(row=number, column=index + 1)
            timely = index < len(header) and header[index] in TIME_COLUMNS
            _value_cell(cell, value, timely, ("rows", number - 2, index))
            cell.alignment = top
            shown = 10 if isinstance(cell.value, dt.date) else len(str(cell.value))
            if index < len(widths):
                widths[index] = max(widths[index], min(shown + 2, MAX_WIDTH))
    for index, width in enumerate(widths):
        worksheet.column_dimensions[get_column_letter(index + 1)].width = width
    end = get_column_letter(max(len(header), 1))
    worksheet.auto_filter.ref = f"A1:{end}{max(len(rows) + 1, 2)}"
    page_setup(worksheet)
    book.properties.creator = "effektkedja"
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _value_cell(cell: Any, value: object, timely: bool, place: tuple[str | int, ...]) -> None:
    if isinstance(value, bool):
        cell.value = value
    elif isinstance(value, (int, float)):
        if math.isfinite(value):
            store_number(cell, value)
        else:
            store_text(cell, str(value), place)
    elif isinstance(value, dt.datetime):
        cell.value = value.date() if value.time() == dt.time() else value
        cell.number_format = DATE_FORMAT
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    else:
        text = str(value)
        if timely and _YEAR.match(text):
            cell.value = int(text)
        elif not (timely and ISO_DATE.match(text) and store_date(cell, text)):
            store_text(cell, text, place)
