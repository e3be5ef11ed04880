"""A cell's value as the plan's data holds it, by the kind of its column.

Cells are read as their values: a formula counts by the value Excel or
LibreOffice stored with it, and nothing is ever evaluated. Text in a number
column is read as Swedish or English writes numbers (``34,5``, ``34.5``,
``1 234``, ``38 %``); an Excel date is ``YYYY-MM-DD``; a year may be a number
or text. Free text is kept exactly as written; ids, enumerated words, dates
and numbers lose surrounding spaces.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from effektkedja.workbook.layout import Kind, normalize
from effektkedja.workbook.read_cells import Cell

_MAX_INT_DIGITS = 18
_NUMBER = re.compile(
    r"[-+]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?(?:[eE][-+]?\d+)?\Z"
)
_INTEGER = re.compile(r"[-+]?\d+\Z")
_LIST_SEPARATORS = re.compile(r"[,;]")


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


def same_value(first: Any, second: Any, kind: Kind) -> bool:
    """Whether two rows give a field the same value (``3`` and ``3.0`` do; a choice by its word)."""
    if kind is Kind.CHOICE and isinstance(first, str) and isinstance(second, str):
        return normalize(first) == normalize(second)
    return bool(first == second and type(first) is type(second)) or (
        isinstance(first, (int, float))
        and isinstance(second, (int, float))
        and not isinstance(first, bool)
        and not isinstance(second, bool)
        and first == second
    )


def shown(value: Any) -> str:
    """A value as a message quotes it (a list as ``a, b``)."""
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)
