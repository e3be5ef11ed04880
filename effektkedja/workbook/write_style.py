"""The look every written sheet shares: a header row, column widths and the printed page.

The header row is bold on a light fill, underlined and frozen; a column is made
at most :data:`MAX_WIDTH` characters wide; a sheet prints (and exports to PDF)
landscape on A4, as wide as the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

_HEADER_FILL = "DDEBF7"
#: The widest a column is made for its contents (characters).
MAX_WIDTH = 60


def header_row(worksheet: Any, headers: Sequence[str]) -> None:
    """Write ``headers`` as the sheet's first row, styled and frozen."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    bold = Font(bold=True)
    fill = PatternFill("solid", start_color=_HEADER_FILL, end_color=_HEADER_FILL)
    line = Border(bottom=Side(style="thin", color="7F7F7F"))
    for number, header in enumerate(headers, start=1):
        cell = worksheet.cell(row=1, column=number)
        cell.value = header
        cell.data_type = "s"
        cell.font = bold
        cell.fill = fill
        cell.border = line
        cell.alignment = Alignment(vertical="top")
    worksheet.freeze_panes = "A2"


def page_setup(worksheet: Any, table: bool = True) -> None:
    """Print (and PDF) landscape on A4, as wide as the page, a table's header on every page.

    A wide table gets small on paper, but stays whole: zoom in on the PDF.
    """
    worksheet.page_setup.orientation = "landscape"
    worksheet.page_setup.paperSize = worksheet.PAPERSIZE_A4
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True
    worksheet.page_setup.fitToWidth = 1
    worksheet.page_setup.fitToHeight = 0
    if table:
        worksheet.print_title_rows = "1:1"
