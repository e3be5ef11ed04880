"""Plan data to a workbook people can fill in, and the values table as a workbook.

:func:`write_workbook` lays a plan out as SPEC.md section 9 describes, so that
:func:`~effektkedja.workbook.reader.load_workbook` reads the same data back: an
instructions sheet first, then Plan, Insatser, Indikatorer, Problem and Undantag,
each with a frozen, filtered header row whose cells carry input help,
readable column widths and a drop-down list on every enumerated column.

Every text is stored as text: a cell is never given a formula, whatever the plan
says (``=HYPERLINK(...)`` stays those characters), text columns are formatted as
text so that what people type there stays text too, and text that starts like
a formula is marked with Excel's quote prefix. Numbers are number cells written
with all the digits they need, full dates date cells (``YYYY-MM-DD``), years
numbers.

A plan holding something a workbook cannot (a control character, a text longer
than a cell, two indicators of one initiative with the same name) raises
:class:`WorkbookWriteError` naming the place, rather than writing less.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from io import BytesIO
from typing import Any

from effektkedja.messages import render
from effektkedja.workbook.layout import (
    BASELINE,
    INDIKATORER,
    INSATSER,
    MEASUREMENT,
    PLAN,
    PLAN_FIELDS,
    POINT_COLUMNS,
    POINT_FIELDS,
    POINT_KEYS,
    PROBLEM,
    SHEETS,
    TARGET,
    UNDANTAG,
    Column,
    Kind,
    Sheet,
    help_key,
)

#: The most characters a cell holds (Excel's limit; openpyxl would cut the rest).
MAX_CELL_TEXT = 32_767
#: Rows the drop-down lists and text formats reach below the header.
TEMPLATE_ROWS = 5000
#: Characters a workbook cannot carry: what XML 1.0 forbids (tab and line feed are
#: allowed; a carriage return would come back as a line feed) and lone surrogates.
_UNSTORABLE = re.compile(r"[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_YEAR = re.compile(r"\d{4}\Z")
_FORMULA_STARTS = ("=", "+", "-", "@")
#: Text a spreadsheet program would turn into a number, date or truth value on editing.
_READ_AS_VALUE = re.compile(
    r"\s*[-+]?[\d.,:/\s\u00a0%]+(?:[eE][-+]?\d+)?\s*\Z|(?i:true|false|sant|falskt)\Z"
)
#: The first day Excel's date serials count correctly (its 1900 leap-year bug).
_FIRST_DATE = dt.date(1900, 3, 1)
_WRAPPED = {"namn", "beskrivning", "analys", "motivering", "indikator", "underlag", "varde"}
_HEADER_FILL = "DDEBF7"
_DATE_FORMAT = "yyyy-mm-dd"
_MAX_WIDTH = 60
#: Row height per line of wrapped text (points), and the most lines a row is made tall for.
_LINE_HEIGHT = 15
_MAX_LINES = 8


class WorkbookWriteError(Exception):
    """The plan holds something a workbook cannot; ``key`` and ``args`` name the message."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        self.args_ = args

    def message(self, lang: str = "sv") -> str:
        return render(self.key, self.args_, lang)


# --- the plan as rows -------------------------------------------------------------------------


def _get(mapping: Any, path: tuple[str, ...]) -> Any:
    for part in path:
        if not isinstance(mapping, dict):
            return None
        mapping = mapping.get(part)
    return mapping


def _where(*parts: str | int) -> str:
    """A place in the plan as the YAML shows it: ``insatser[3].indikatorer[1].namn`` (from 1)."""
    text = ""
    for part in parts:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


Cells = list[tuple[Any, Kind, tuple[str | int, ...]]]


Place = tuple[str | int, ...]


def _row(
    columns: Sequence[Column],
    values: dict[str, Any],
    base: Place,
    places: dict[str, Place] | None = None,
) -> Cells:
    """One row: each column's value (from ``values`` by header), kind and place in the plan.

    A column's place is its data path below ``base``, or below ``places[header]``
    for the columns of a point or an underlag on the row.
    """
    inner = places or {}
    return [
        (
            values.get(column.header),
            column.kind,
            (*inner.get(column.header, base), *(column.path or (column.header,))),
        )
        for column in columns
    ]


def _keys(columns: Iterable[Column]) -> dict[str, Any]:
    """The keys the columns fill: a leaf is None, a dotted column nests (``beslut.datum``)."""
    keys: dict[str, Any] = {}
    for column in columns:
        if len(column.path) == 1:
            keys[column.path[0]] = None
        elif column.path:
            keys.setdefault(column.path[0], {})[column.path[1]] = None
    return keys


def _own(sheet: Sheet, headers: tuple[str, ...]) -> Iterable[Column]:
    return (column for column in sheet.columns if column.header in headers)


#: Every key a plan may hold where a workbook has a place for it: lists as [item].
_POINT_KEYS = _keys(POINT_COLUMNS)
_INDICATOR_KEYS = {
    **_keys(_own(INDIKATORER, ("indikator", "källa", "enhet", "omfång", "riktning"))),
    **{key: _POINT_KEYS for key in (POINT_KEYS[BASELINE], POINT_KEYS[TARGET])},
    POINT_KEYS[MEASUREMENT]: [_POINT_KEYS],
}
_UNDERLAG_KEYS = {**_keys(_own(PROBLEM, ("källa", "enhet"))), "namn": None, "värden": [_POINT_KEYS]}
_PROBLEM_KEYS = {
    **_keys(_own(PROBLEM, ("id", "namn", "delmål", "målgrupp", "analys"))),
    "underlag": [_UNDERLAG_KEYS],
}
_INITIATIVE_KEYS = {
    **_keys(INSATSER.columns),
    "indikatorer": [_INDICATOR_KEYS],
    "undantag": [_keys(UNDANTAG.columns)],
}
_PLAN_KEYS = {**_keys(PLAN_FIELDS), "problem": [_PROBLEM_KEYS], "insatser": [_INITIATIVE_KEYS]}


def _check_keys(value: Any, keys: Any, place: tuple[str | int, ...]) -> None:
    """Refuse a key the workbook has no place for, rather than leave it out."""
    if isinstance(keys, dict) and isinstance(value, dict):
        for key, item in value.items():
            if key not in keys:
                raise WorkbookWriteError("workbook.write.unknown_key", where=_where(*place, key))
            _check_keys(item, keys[key], (*place, key))
    elif isinstance(keys, list) and isinstance(value, list):
        for index, item in enumerate(value):
            _check_keys(item, keys[0], (*place, index))


def _plan_rows(data: dict[str, Any]) -> Iterator[Cells]:
    for field in PLAN_FIELDS:
        yield [
            (field.header, Kind.TEXT, ()),
            (_get(data, field.path), field.kind, field.path),
        ]


def _initiatives(data: dict[str, Any]) -> list[dict[str, Any]]:
    initiatives = data.get("insatser")
    return [item for item in initiatives if isinstance(item, dict)] if initiatives else []


def _initiative_rows(data: dict[str, Any]) -> Iterator[Cells]:
    for index, initiative in enumerate(_initiatives(data)):
        values = {column.header: _get(initiative, column.path) for column in INSATSER.columns}
        yield _row(INSATSER.columns, values, ("insatser", index))


def _check_ids(data: dict[str, Any]) -> None:
    """Rows of other sheets find their initiative by id: a repeated id must not need them."""
    seen: set[str] = set()
    for initiative in _initiatives(data):
        ident = str(getattr(initiative.get("id"), "source", initiative.get("id")))
        if ident in seen and (initiative.get("indikatorer") or initiative.get("undantag")):
            raise WorkbookWriteError("workbook.write.same_id", id=ident)
        seen.add(ident)


def _points(indicator: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    if indicator.get(POINT_KEYS[BASELINE]) is not None:
        yield BASELINE, indicator[POINT_KEYS[BASELINE]]
    for point in indicator.get(POINT_KEYS[MEASUREMENT]) or []:
        yield MEASUREMENT, point
    if indicator.get(POINT_KEYS[TARGET]) is not None:
        yield TARGET, indicator[POINT_KEYS[TARGET]]


def _point_values(point: Any, place: tuple[str | int, ...]) -> dict[str, Any]:
    if not isinstance(point, dict):
        raise WorkbookWriteError("workbook.write.unexpected", where=_where(*place))
    unknown = set(point) - {column.header for column in POINT_COLUMNS}
    if unknown:
        raise WorkbookWriteError("workbook.write.unexpected", where=_where(*place, min(unknown)))
    return dict(point)


def _indicator_rows(data: dict[str, Any]) -> Iterator[Cells]:
    for index, initiative in enumerate(_initiatives(data)):
        names: set[str] = set()
        for number, indicator in enumerate(initiative.get("indikatorer") or []):
            base = ("insatser", index, "indikatorer", number)
            if not isinstance(indicator, dict):
                raise WorkbookWriteError("workbook.write.unexpected", where=_where(*base))
            name = indicator.get("namn")
            if name is not None:
                if str(name) in names:
                    raise WorkbookWriteError(
                        "workbook.write.same_indicator", id=initiative.get("id"), name=name
                    )
                names.add(str(name))
            own = {
                "insats": initiative.get("id"),
                "indikator": name,
                "källa": indicator.get("källa"),
                "enhet": indicator.get("enhet"),
                "omfång": indicator.get("omfång"),
                "riktning": indicator.get("riktning"),
            }
            points = list(_points(indicator))
            if not points:
                yield _row(INDIKATORER.columns, own, base)
            measured = 0
            for kind, point in points:
                place: tuple[str | int, ...] = (*base, POINT_KEYS[kind])
                if kind == MEASUREMENT:
                    place = (*place, measured)
                    measured += 1
                values = {**own, "punkt": kind, **_point_values(point, place)}
                yield _row(INDIKATORER.columns, values, base, dict.fromkeys(POINT_FIELDS, place))


def _problem_rows(data: dict[str, Any]) -> Iterator[Cells]:
    problems = data.get("problem")
    if not isinstance(problems, list):
        return
    ids: set[str] = set()
    for index, problem in enumerate(problems):
        base = ("problem", index)
        if not isinstance(problem, dict):
            raise WorkbookWriteError("workbook.write.unexpected", where=_where(*base))
        ident = problem.get("id")
        if ident is not None:
            if str(ident) in ids:
                raise WorkbookWriteError("workbook.write.same_problem", id=ident)
            ids.add(str(ident))
        own = {name: problem.get(name) for name in ("id", "namn", "delmål", "målgrupp", "analys")}
        facts = problem.get("underlag") or []
        if not facts:
            yield _row(PROBLEM.columns, own, base)
        names: set[str] = set()
        for number, fact in enumerate(facts):
            place: tuple[str | int, ...] = (*base, "underlag", number)
            if not isinstance(fact, dict):
                raise WorkbookWriteError("workbook.write.unexpected", where=_where(*place))
            name = fact.get("namn")
            if name is not None:
                if str(name) in names:
                    raise WorkbookWriteError("workbook.write.same_underlag", id=ident, name=name)
                names.add(str(name))
            described = {
                **own,
                "underlag": name,
                "källa": fact.get("källa"),
                "enhet": fact.get("enhet"),
            }
            places = dict.fromkeys(("underlag", "källa", "enhet"), place)
            values = fact.get("värden") or []
            if not values:
                yield _row(PROBLEM.columns, described, base, places)
            for count, point in enumerate(values):
                at = (*place, "värden", count)
                places.update(dict.fromkeys(POINT_FIELDS, at))
                point_values = {**described, **_point_values(point, at)}
                yield _row(PROBLEM.columns, point_values, base, places)


def _exemption_rows(data: dict[str, Any]) -> Iterator[Cells]:
    for index, initiative in enumerate(_initiatives(data)):
        for number, exemption in enumerate(initiative.get("undantag") or []):
            base = ("insatser", index, "undantag", number)
            if not isinstance(exemption, dict):
                raise WorkbookWriteError("workbook.write.unexpected", where=_where(*base))
            values = {"insats": initiative.get("id"), **exemption}
            yield _row(UNDANTAG.columns, values, base)


# --- cells ------------------------------------------------------------------------------------


def _text(cell: Any, text: str, place: tuple[str | int, ...]) -> None:
    """Store ``text`` as text: never a formula, never an error value, never a number."""
    bad = _UNSTORABLE.search(text)
    if bad:
        code = f"U+{ord(bad.group(0)):04X}"
        raise WorkbookWriteError("workbook.write.control_char", where=_where(*place), code=code)
    if len(text) > MAX_CELL_TEXT:
        raise WorkbookWriteError(
            "workbook.write.too_long", where=_where(*place), limit=f"{MAX_CELL_TEXT:,}"
        )
    if not text.strip():
        raise WorkbookWriteError("workbook.write.blank_text", where=_where(*place))
    cell.value = text
    cell.data_type = "s"  # openpyxl would make "=..." a formula and "#N/A" an error
    if text.startswith(_FORMULA_STARTS):
        cell.quotePrefix = True
    if cell.quotePrefix or _READ_AS_VALUE.match(text):
        cell.number_format = "@"  # edited in Excel, it stays text (007 does not become 7)


def _number(cell: Any, value: int | float) -> None:
    cell.value = value
    # openpyxl writes 16 significant digits; some numbers need 17 to come back the same.
    if (
        isinstance(value, int)
        and abs(value) >= 10**15
        or (isinstance(value, float) and float(f"{value:.16g}") != value)
    ):
        cell._value = repr(value)


def _date_cell(cell: Any, text: str) -> bool:
    """Store an ISO date as a date cell; False when it is not one Excel can show."""
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return False
    if day < _FIRST_DATE:
        return False
    cell.value = day
    cell.number_format = _DATE_FORMAT
    return True


def _write(cell: Any, value: Any, kind: Kind, place: tuple[str | int, ...]) -> None:
    if value is None:
        return
    if isinstance(value, list):
        items = [_item_text(item, (*place, index)) for index, item in enumerate(value)]
        if items:
            _text(cell, ", ".join(items), place)
        return
    if isinstance(value, dict):
        raise WorkbookWriteError("workbook.write.unexpected", where=_where(*place))
    if isinstance(value, bool):
        cell.value = value
        return
    source = getattr(value, "source", None)
    if isinstance(source, str) and kind not in (Kind.NUMBER, Kind.INTEGER):
        _text(cell, source, place)  # ``id: 1.10`` is the text "1.10", not the number 1.1
        return
    if isinstance(value, (int, float)):
        if not math.isfinite(value) or (
            isinstance(value, int) and abs(value) >= 10**15 and kind is not Kind.NUMBER
        ):
            _text(cell, str(value), place)
        else:
            _number(cell, value)
        return
    text = str(value)
    if kind is Kind.DATE and _ISO_DATE.match(text) and _date_cell(cell, text):
        return
    _text(cell, text, place)


def _item_text(item: Any, place: tuple[str | int, ...]) -> str:
    if isinstance(item, (dict, list)):
        raise WorkbookWriteError("workbook.write.unexpected", where=_where(*place))
    return str(getattr(item, "source", item))


# --- sheets -----------------------------------------------------------------------------------


def write_workbook(data: dict[str, Any], lang: str = "sv") -> bytes:
    """A plan's data (as :func:`~effektkedja.loader.load` gives it) as ``.xlsx`` bytes.

    The instructions sheet and the input help are in ``lang`` (``sv`` or ``en``);
    sheet and column names are the format's, in Swedish. Raises
    :class:`WorkbookWriteError` for a plan a workbook cannot hold.
    """
    import openpyxl

    _check_keys(data, _PLAN_KEYS, ())
    _check_ids(data)
    book = openpyxl.Workbook()
    guide = book.active
    guide.title = render("workbook.guide.sheet", {}, lang)
    _guide(guide, lang)
    producers = {
        PLAN.name: _plan_rows,
        INSATSER.name: _initiative_rows,
        INDIKATORER.name: _indicator_rows,
        PROBLEM.name: _problem_rows,
        UNDANTAG.name: _exemption_rows,
    }
    for sheet in SHEETS:
        worksheet = book.create_sheet(sheet.name)
        _table(worksheet, sheet, list(producers[sheet.name](data)), lang)
    _plan_help(book[PLAN.name], lang)
    organisation = data.get("organisation")
    book.properties.title = str(organisation) if isinstance(organisation, str) else None
    book.properties.creator = "effektkedja"
    book.properties.language = "sv-SE" if lang == "sv" else "en-GB"
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _header(worksheet: Any, headers: Sequence[str]) -> None:
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


def _table(worksheet: Any, sheet: Sheet, rows: list[Cells], lang: str) -> None:
    """A layout sheet: header, rows, formats, drop-down lists, help, widths, filter."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    _header(worksheet, sheet.headers)
    across = "left" if sheet is PLAN else None  # a field's value reads as text, numbers too
    top = Alignment(vertical="top", horizontal=across)
    wrapped = Alignment(vertical="top", horizontal=across, wrap_text=True)
    widths = [column.width for column in sheet.columns]
    for row in rows:
        for index, (value, _, _) in enumerate(row):
            if value is not None:
                widths[index] = max(widths[index], min(_longest_line(value) + 2, _MAX_WIDTH))
    wraps = [column.name in _WRAPPED for column in sheet.columns]
    for number, row in enumerate(rows, start=2):
        cells = []
        lines = 1
        for index, (value, kind, place) in enumerate(row):
            if value is None:
                continue
            cell = worksheet.cell(row=number, column=index + 1)
            _write(cell, value, kind, place)
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
            worksheet.column_dimensions[letter].number_format = _DATE_FORMAT
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
    _page(worksheet)


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


def _page(worksheet: Any, table: bool = True) -> None:
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


def _guide(worksheet: Any, lang: str) -> None:
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
    _page(worksheet, table=False)
    worksheet.sheet_view.showGridLines = False


# --- the values table -------------------------------------------------------------------------

#: Columns of the values table whose text is a point in time: dates become date
#: cells, years numbers (``tidpunkt`` of :data:`effektkedja.export.HEADER`).
#: Columns of the values table whose ISO dates become date cells. ``tidpunkt`` keeps the
#: plan's own spelling as text (a year and a day do not sort together as cells); the
#: period it covers is in ``från`` and ``till``, real dates that sort and filter.
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
    _header(worksheet, header)
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
                widths[index] = max(widths[index], min(shown + 2, _MAX_WIDTH))
    for index, width in enumerate(widths):
        worksheet.column_dimensions[get_column_letter(index + 1)].width = width
    end = get_column_letter(max(len(header), 1))
    worksheet.auto_filter.ref = f"A1:{end}{max(len(rows) + 1, 2)}"
    _page(worksheet)
    book.properties.creator = "effektkedja"
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _value_cell(cell: Any, value: object, timely: bool, place: tuple[str | int, ...]) -> None:
    if isinstance(value, bool):
        cell.value = value
    elif isinstance(value, (int, float)):
        if math.isfinite(value):
            _number(cell, value)
        else:
            _text(cell, str(value), place)
    elif isinstance(value, dt.datetime):
        cell.value = value.date() if value.time() == dt.time() else value
        cell.number_format = _DATE_FORMAT
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = _DATE_FORMAT
    else:
        text = str(value)
        if timely and _YEAR.match(text):
            cell.value = int(text)
        elif not (timely and _ISO_DATE.match(text) and _date_cell(cell, text)):
            _text(cell, text, place)
