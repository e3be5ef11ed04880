"""The Word report's tables: cells, column widths, and rows written as WordprocessingML.

:func:`fill_table` gives a table its column widths (estimated from the texts, so
that words are not broken where the table can avoid it) and writes its header
row and rows: the header repeats on every page, no row is split across pages,
numbers are right-aligned and a short table is kept on one page. Rows are built
as XML directly: python-docx's cell API searches for the place of each element
it adds, which took most of the time of a large report.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from effektkedja.render.docx.text import property_text, visible_text

if TYPE_CHECKING:  # python-docx is imported when a document is built
    from docx.table import Table

#: A table of at most this many lines of text is kept on one page (a third of a page).
_KEEP_TOGETHER = 20
#: Table text size (points): for tables of up to 5 columns, up to 9, and more.
_TABLE_SIZES = ((5, 9.0), (9, 8.0), (1000, 7.5))
TABLE_SIZE = _TABLE_SIZES[0][1]
#: Column widths: texts longer than ``_LONG_TEXT`` characters count as that long; a word
#: longer than ``_LONG_WORD`` may be broken. A character is at most about 0.62 em wide in
#: DejaVu Sans, 0.7 em in bold (the header); a cell's padding is some 0.18 inch (EMU).
_LONG_TEXT, _LONG_WORD = 300, 22
_EM, _BOLD_EM, _EMU_PER_POINT, _CELL_PADDING = 0.62, 0.7, 12700, 0.18 * 914400
_EMU_PER_TWIP = 635
#: A word, for widths: a line may break at spaces (not no-break spaces) and after a
#: hyphen or a slash.
_WORD = re.compile(r"[^ \t\n/-]+[/-]?")
_NUMBER_PARTS = re.compile(r" (?=\()")
NBSP = "\u00a0"
_HEADER_FILL = "D9E2F3"
_ID_COLOUR = "4A4A4A"


@dataclass(frozen=True, slots=True)
class Part:
    """A piece of a table cell: text, bold or an id (smaller, grey), on a new line or not."""

    text: str
    bold: bool = False
    id: bool = False
    new_line: bool = False


#: A table cell: text (``None`` shows as "–"), or pieces of text.
Cell = str | int | None | Sequence[Part]


def _plain(cell: Cell) -> str:
    """A cell's text on one line, as the widths are estimated from it."""
    if cell is None:
        return "–"
    if isinstance(cell, (str, int)):
        return str(cell)
    return " ".join(part.text for part in cell)


def fill_table(
    table: Table,
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    text_width: int,
    style: str,
    numeric: Iterable[int] = (),
    bold_rows: Iterable[int] = (),
) -> None:
    """The column widths, header row and ``rows`` of an empty ``table`` ``text_width`` wide.

    ``style`` is the id of the cells' paragraph style; ``numeric`` columns are
    right-aligned; ``bold_rows`` (indices into ``rows``) are set in bold, for
    totals. A short table (``_KEEP_TOGETHER`` lines) is kept on one page.
    """
    columns = len(header)
    right = set(numeric)
    bold = {index + 1 for index in bold_rows}
    points = next(size for most, size in _TABLE_SIZES if columns <= most)
    widths = _widths(header, rows, text_width, points, right)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    layout = _Layout(
        style=style,
        widths=[str(round(width / _EMU_PER_TWIP)) for width in widths],
        size=None if points == TABLE_SIZE else str(round(2 * points)),
        right=right,
        together=_lines(header, rows, widths, points) <= _KEEP_TOGETHER,
    )
    last = len(rows)
    for number, values in enumerate([header, *rows]):
        _add_row(table._tbl, values, layout, number, number == 0 or number in bold, last)


def add_caption(table: Table, caption: str) -> None:
    """``w:tblCaption``: the table's title, which Word's accessibility check asks for."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = table._tbl.tblPr
    element = OxmlElement("w:tblCaption")
    element.set(qn("w:val"), property_text(caption))
    properties.append(element)  # the last child of w:tblPr but w:tblDescription


@dataclass(frozen=True, slots=True)
class _Layout:
    """How a table's cells look: paragraph style, widths (twips), text size (half points)."""

    style: str
    widths: list[str]
    size: str | None
    right: set[int]
    together: bool


def _add_row(
    table: Any, values: Sequence[Cell], layout: _Layout, number: int, bold: bool, last: int
) -> None:
    """One table row, built as WordprocessingML in the schema's order.

    Every row has ``w:cantSplit`` (never split across pages), the header row (0)
    ``w:tblHeader`` (repeated on each page) and shading. python-docx's cell API
    does the same but searches for the place of each element it adds, which took
    most of the time of a large report.
    """
    from docx.oxml.ns import qn
    from lxml.etree import SubElement

    w_val = qn("w:val")
    row = SubElement(table, qn("w:tr"))
    row_properties = SubElement(row, qn("w:trPr"))
    SubElement(row_properties, qn("w:cantSplit"))
    if number == 0:
        SubElement(row_properties, qn("w:tblHeader"))
    for column, value in enumerate(values):
        cell = SubElement(row, qn("w:tc"))
        cell_properties = SubElement(cell, qn("w:tcPr"))
        SubElement(
            cell_properties, qn("w:tcW"), {qn("w:w"): layout.widths[column], qn("w:type"): "dxa"}
        )
        if number == 0:
            SubElement(
                cell_properties,
                qn("w:shd"),
                {w_val: "clear", qn("w:color"): "auto", qn("w:fill"): _HEADER_FILL},
            )
        paragraph = SubElement(cell, qn("w:p"))
        paragraph_properties = SubElement(paragraph, qn("w:pPr"))
        SubElement(paragraph_properties, qn("w:pStyle"), {w_val: layout.style})
        if layout.together and number < last:
            SubElement(paragraph_properties, qn("w:keepNext"))
        number_cell = column in layout.right and number > 0
        if number_cell:
            SubElement(paragraph_properties, qn("w:jc"), {w_val: "right"})
        if value is None or isinstance(value, (str, int)):
            text = _plain(value)
            value = [Part(_unbroken(text) if number_cell else text)]
        for index, part in enumerate(value):
            text = visible_text(part.text)
            if index and not part.new_line:
                text = " " + text
            _add_run(
                paragraph,
                text,
                bold or part.bold,
                part.id,
                layout.size,
                index > 0 and part.new_line,
            )


def _add_run(
    paragraph: Any, text: str, bold: bool, is_id: bool, size: str | None, new_line: bool
) -> None:
    """A run of ``text``: line breaks and tabs as ``w:br`` and ``w:tab``, never markup."""
    from docx.oxml.ns import qn
    from lxml.etree import SubElement

    run = SubElement(paragraph, qn("w:r"))
    if bold or is_id or size:
        properties = SubElement(run, qn("w:rPr"))
        if bold:
            SubElement(properties, qn("w:b"))
        if is_id:
            SubElement(properties, qn("w:color"), {qn("w:val"): _ID_COLOUR})
            size = str(round(2 * _TABLE_SIZES[1][1]))
        if size:
            SubElement(properties, qn("w:sz"), {qn("w:val"): size})
            SubElement(properties, qn("w:szCs"), {qn("w:val"): size})
    if new_line:
        SubElement(run, qn("w:br"))
    for index, line in enumerate(text.split("\n")):
        if index:
            SubElement(run, qn("w:br"))
        for position, piece in enumerate(line.split("\t")):
            if position:
                SubElement(run, qn("w:tab"))
            if piece:
                element = SubElement(run, qn("w:t"))
                element.text = piece
                if piece != piece.strip():
                    element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _unbroken(number: str) -> str:
    """ "100 % (9 av 9)" that breaks before the parenthesis or not at all (no-break spaces)."""
    return " ".join(part.replace(" ", NBSP) for part in _NUMBER_PARTS.split(number))


def _widths(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    total: int,
    size: float,
    numeric: set[int],
) -> list[int]:
    """Column widths (EMU) that add up to ``total``, shared by the length of the texts.

    A column's share grows with the square root of its longest text (up to
    ``_LONG_TEXT`` characters), so that long texts get more room but short
    ones are not squeezed, and it is at least as wide as its longest word (up
    to ``_LONG_WORD`` characters; a line may also break after a hyphen) in ``size``
    points, so that words are not broken inside when the table can avoid it. The
    widths are estimates for a wide font (DejaVu Sans); Word and LibreOffice lay
    the table out from them. In a ``numeric`` column, "100 % (9 av 9)" stays on
    one line where the table has room for it, and breaks before the parenthesis
    where it has not.
    """
    shares: list[float] = []
    least: list[float] = []
    whole_numbers: list[float] = []  # the least widths with numbers kept on one line
    for column, head in enumerate(header):
        texts = [_plain(row[column]) for row in rows]
        longest = max(min(len(text), _LONG_TEXT) for text in [head, *texts])
        shares.append(math.sqrt(max(3, longest)))
        title = _longest_word(head) * _BOLD_EM
        if column in numeric:  # "100 % (9 av 9)" on one line, or else broken before "("
            unbroken = max(min(len(text), _LONG_WORD) for text in texts)
            parts = max(min(len(p), _LONG_WORD) for t in texts for p in _NUMBER_PARTS.split(t))
        else:
            unbroken = parts = max(map(_longest_word, texts))
        least.append(max(title, parts * _EM) * size * _EMU_PER_POINT + _CELL_PADDING)
        whole_numbers.append(max(title, unbroken * _EM) * size * _EMU_PER_POINT + _CELL_PADDING)
    if sum(whole_numbers) < total:
        least = whole_numbers
    if sum(least) >= total:  # too many columns for their words: share by the words
        shares, least = least, [0.0] * len(least)
    fixed: dict[int, float] = {}
    while True:  # give each column too narrow for its longest word that word's width
        room = total - sum(fixed.values())
        free = [i for i in range(len(shares)) if i not in fixed]
        whole = sum(shares[i] for i in free)
        narrow = [i for i in free if room * shares[i] / whole < least[i]]
        if not narrow:
            break
        fixed.update((i, least[i]) for i in narrow)
    widths = [int(fixed[i] if i in fixed else room * shares[i] / whole) for i in range(len(shares))]
    widths[-1] += total - sum(widths)
    return widths


def _lines(
    header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: list[int], size: float
) -> int:
    """About how many lines of text the table takes (its tallest cell in each row)."""
    per_line = [max(1.0, (w - _CELL_PADDING) / (_EM * size * _EMU_PER_POINT)) for w in widths]
    return sum(
        max(
            math.ceil(len(_plain(cell)) / width) or 1
            for cell, width in zip(row, per_line, strict=True)
        )
        for row in [header, *rows]
    )


def _longest_word(text: str) -> int:
    return max((min(len(word), _LONG_WORD) for word in _WORD.findall(text)), default=1)
