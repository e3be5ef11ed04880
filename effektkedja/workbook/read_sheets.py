"""The rows of the layout's sheets as plan data, with each value's cell.

:class:`Builder` turns the sheets of a :class:`~effektkedja.workbook.read_cells.Book`
into the plain data a YAML plan gives, with the canonical Swedish keys:

- the Plan sheet's fields, by their ``fält`` names;
- one initiative per Insatser row;
- an initiative's indicators from the Indikatorer rows that name it, grouped by
  indicator name, their points from the ``punkt`` column;
- problems and their facts likewise from the Problem sheet;
- ``undantag`` from the Undantag sheet.

Each value's data path is recorded with its cell; a whole row (an initiative,
an indicator, a point) is at its identifying cell (``id``, ``indikator``,
``punkt``), else at the row's first cell. Rows that do not fit (an unknown
initiative, a point kind twice, fields that disagree) are EK002 problems.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from effektkedja.loader import LoadProblem, Loc, Position
from effektkedja.messages import Message
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
    UNDANTAG,
    UNDERLAG_FIELDS,
    Kind,
    Sheet,
    normalize,
    plan_field,
)
from effektkedja.workbook.read_cells import Book, Cell, Row, cell_position
from effektkedja.workbook.read_header import Table, read_table
from effektkedja.workbook.read_values import id_text, read_value, same_value, shown

_POINT_WORDS = {normalize(kind): kind for kind in POINT_KINDS} | {"matningar": MEASUREMENT}
_POINT_NAMES = tuple(column.name for column in POINT_COLUMNS)


@dataclass(slots=True)
class _Group:
    """An indicator, problem or underlag being built from the rows that name it."""

    loc: Loc
    target: dict[str, Any]
    first: dict[str, tuple[Any, Cell]] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)  # row of utgångsläge and mål
    children: dict[Any, _Group] = field(default_factory=dict)


class Builder:
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
            self.root = cell_position(PLAN.name, header.number, column)
        else:
            self.root = cell_position(PLAN.name, 1, 1) if plan is not None else Position(1, 1)

    def build(self) -> dict[str, Any]:
        tables = {name: read_table(grid, self.problems) for name, grid in self.book.grids.items()}
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
            elif not same_value(first[0], value, column.kind):
                self.problems.append(
                    LoadProblem(
                        "EK002",
                        cell.position,
                        "workbook.disagrees",
                        {
                            "column": column.header,
                            "value": shown(value),
                            "first": shown(first[0]),
                            "row": first[1].row,
                            "what": what,
                        },
                    )
                )

    # --- the sheets ---

    def _plan(self, table: Table) -> None:
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

    def _initiatives(self, table: Table | None) -> None:
        self.data["insatser"] = self.initiatives
        if table is None:
            grid = self.book.grids.get(INSATSER.name)
            if grid is not None:
                where = cell_position(INSATSER.name, 1, 1)
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

    def _initiative_of(self, table: Table, row: Row, cells: dict[str, Cell]) -> int | None:
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

    def _indicators(self, table: Table) -> None:
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
            what = Message("workbook.what.indicator", {"name": shown(name)})
            self._fields(group, cells, INDICATOR_FIELDS, INDIKATORER, what)
            self._point(table, row, cells, group)

    def _point(self, table: Table, row: Row, cells: dict[str, Cell], group: _Group) -> None:
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

    def _problem_sheet(self, table: Table | None) -> None:
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

    def _fact(self, table: Table, row: Row, cells: dict[str, Cell], group: _Group) -> None:
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
        what = Message("workbook.what.underlag", {"name": shown(name)})
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

    def _exemptions(self, table: Table) -> None:
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
