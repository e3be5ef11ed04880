"""The instructions sheet a written workbook opens with.

It says how to fill in the workbook (its sheets, the header row, each sheet's
rows, values, formulas and the drop-down lists), then lists every column of
every sheet with its input help, in the language asked for.
"""

from __future__ import annotations

from typing import Any

from effektkedja.messages import render
from effektkedja.workbook.layout import PLAN, PLAN_FIELDS, SHEETS, help_key
from effektkedja.workbook.write_style import page_setup

_GUIDE_PARAGRAPHS = (
    "workbook.guide.intro",
    "workbook.guide.sheets",
    "workbook.guide.header",
    "workbook.guide.plan",
    "workbook.guide.insatser",
    "workbook.guide.indikatorer",
    "workbook.guide.problem",
    "workbook.guide.undantag",
    "workbook.guide.values",
    "workbook.guide.formulas",
    "workbook.guide.lists",
)


def write_guide(worksheet: Any, lang: str) -> None:
    """The instructions sheet: how to fill in the workbook, then every column's help."""
    from openpyxl.styles import Alignment, Font

    wrapped = Alignment(vertical="top", wrap_text=True)
    worksheet.column_dimensions["A"].width = 14
    worksheet.column_dimensions["B"].width = 22
    worksheet.column_dimensions["C"].width = 90
    title = worksheet.cell(row=1, column=1)
    title.value = render("workbook.guide.title", {}, lang)
    title.font = Font(bold=True, size=14)
    row = 3
    for key in _GUIDE_PARAGRAPHS:
        worksheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        cell = worksheet.cell(row=row, column=1)
        cell.value = render(key, {}, lang)
        cell.alignment = wrapped
        worksheet.row_dimensions[row].height = 32
        row += 1
    row += 1
    heading = worksheet.cell(row=row, column=1)
    heading.value = render("workbook.guide.columns", {}, lang)
    heading.font = Font(bold=True, size=12)
    row += 1
    labels = ("sheet", "column", "help")
    for number, key in enumerate(labels, start=1):
        cell = worksheet.cell(row=row, column=number)
        cell.value = render(f"workbook.guide.column.{key}", {}, lang)
        cell.font = Font(bold=True)
    for sheet in SHEETS:
        columns = PLAN_FIELDS if sheet is PLAN else sheet.columns
        for column in columns:
            row += 1
            worksheet.cell(row=row, column=1).value = sheet.name
            worksheet.cell(row=row, column=2).value = column.header
            help_cell = worksheet.cell(row=row, column=3)
            help_cell.value = render(help_key(sheet, column), {}, lang)
            help_cell.alignment = wrapped
    page_setup(worksheet, table=False)
    worksheet.sheet_view.showGridLines = False
