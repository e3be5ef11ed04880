"""One value of a plan stored in one cell, so that it reads back as it was.

Every text is stored as text: a cell is never given a formula, whatever the plan
says (``=HYPERLINK(...)`` stays those characters), and text that starts like a
formula is marked with Excel's quote prefix; text a spreadsheet program would
turn into a number or date on editing is formatted as text. Numbers are number
cells written with all the digits they need, full dates date cells
(``YYYY-MM-DD``), years numbers.

A value a cell cannot hold (a control character, a text longer than a cell)
raises :class:`WorkbookWriteError` naming its place in the plan, rather than
writing less.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from effektkedja.messages import render
from effektkedja.workbook.layout import Kind

#: The most characters a cell holds (Excel's limit; openpyxl would cut the rest).
MAX_CELL_TEXT = 32_767
#: Characters a workbook cannot carry: what XML 1.0 forbids (tab and line feed are
#: allowed; a carriage return would come back as a line feed) and lone surrogates.
_UNSTORABLE = re.compile(r"[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_FORMULA_STARTS = ("=", "+", "-", "@")
#: Text a spreadsheet program would turn into a number, date or truth value on editing.
_READ_AS_VALUE = re.compile(
    r"\s*[-+]?[\d.,:/\s\u00a0%]+(?:[eE][-+]?\d+)?\s*\Z|(?i:true|false|sant|falskt)\Z"
)
#: The first day Excel's date serials count correctly (its 1900 leap-year bug).
_FIRST_DATE = dt.date(1900, 3, 1)
DATE_FORMAT = "yyyy-mm-dd"


class WorkbookWriteError(Exception):
    """The plan holds something a workbook cannot; ``key`` and ``args`` name the message."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        self.args_ = args

    def message(self, lang: str = "sv") -> str:
        return render(self.key, self.args_, lang)


def where(*parts: str | int) -> str:
    """A place in the plan as the YAML shows it: ``insatser[3].indikatorer[1].namn`` (from 1)."""
    text = ""
    for part in parts:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def store_text(cell: Any, text: str, place: tuple[str | int, ...]) -> None:
    """Store ``text`` as text: never a formula, never an error value, never a number."""
    bad = _UNSTORABLE.search(text)
    if bad:
        code = f"U+{ord(bad.group(0)):04X}"
        raise WorkbookWriteError("workbook.write.control_char", where=where(*place), code=code)
    if len(text) > MAX_CELL_TEXT:
        raise WorkbookWriteError(
            "workbook.write.too_long", where=where(*place), limit=f"{MAX_CELL_TEXT:,}"
        )
    if not text.strip():
        raise WorkbookWriteError("workbook.write.blank_text", where=where(*place))
    cell.value = text
    cell.data_type = "s"  # openpyxl would make "=..." a formula and "#N/A" an error
    if text.startswith(_FORMULA_STARTS):
        cell.quotePrefix = True
    if cell.quotePrefix or _READ_AS_VALUE.match(text):
        cell.number_format = "@"  # edited in Excel, it stays text (007 does not become 7)


def store_number(cell: Any, value: int | float) -> None:
    """Store a number as a number cell, with all the digits it needs to read back the same."""
    cell.value = value
    # openpyxl writes 16 significant digits; some numbers need 17 to come back the same.
    if (
        isinstance(value, int)
        and abs(value) >= 10**15
        or (isinstance(value, float) and float(f"{value:.16g}") != value)
    ):
        cell._value = repr(value)


def store_date(cell: Any, text: str) -> bool:
    """Store an ISO date as a date cell; False when it is not one Excel can show."""
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return False
    if day < _FIRST_DATE:
        return False
    cell.value = day
    cell.number_format = DATE_FORMAT
    return True


def store(cell: Any, value: Any, kind: Kind, place: tuple[str | int, ...]) -> None:
    """Store a plan's value in ``cell`` as a column of ``kind`` holds it (None: nothing).

    ``place`` is the value's data path, named in a :class:`WorkbookWriteError`.
    """
    if value is None:
        return
    if isinstance(value, list):
        items = [_item_text(item, (*place, index)) for index, item in enumerate(value)]
        if items:
            store_text(cell, ", ".join(items), place)
        return
    if isinstance(value, dict):
        raise WorkbookWriteError("workbook.write.unexpected", where=where(*place))
    if isinstance(value, bool):
        cell.value = value
        return
    source = getattr(value, "source", None)
    if isinstance(source, str) and kind not in (Kind.NUMBER, Kind.INTEGER):
        store_text(cell, source, place)  # ``id: 1.10`` is the text "1.10", not the number 1.1
        return
    if isinstance(value, (int, float)):
        if not math.isfinite(value) or (
            isinstance(value, int) and abs(value) >= 10**15 and kind is not Kind.NUMBER
        ):
            store_text(cell, str(value), place)
        else:
            store_number(cell, value)
        return
    text = str(value)
    if kind is Kind.DATE and ISO_DATE.match(text) and store_date(cell, text):
        return
    store_text(cell, text, place)


def _item_text(item: Any, place: tuple[str | int, ...]) -> str:
    if isinstance(item, (dict, list)):
        raise WorkbookWriteError("workbook.write.unexpected", where=where(*place))
    return str(getattr(item, "source", item))
