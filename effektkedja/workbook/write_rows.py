"""A plan's data as the rows of each sheet, with each value's place in the plan.

:func:`sheet_rows` lays out one sheet of SPEC.md section 9: one row per
initiative; per indicator one row for each of its points (baseline, each
measurement, target), or one row without a point; per problem one row for each
value of each underlag, or one row for an underlag without values or a problem
without underlag; one row per exemption. Each cell of a row comes with its
column's kind and its data path, which names it when it cannot be stored.

:func:`check_plan` refuses what the workbook has no place for before anything is
written: a key the layout does not know, an id repeated by initiatives that other
sheets must find by it. Two indicators of one initiative or two underlag of one
problem with the same name, and two problems with the same id, are refused while
the rows are laid out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

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
    TARGET,
    UNDANTAG,
    Column,
    Kind,
    Sheet,
)
from effektkedja.workbook.write_cells import WorkbookWriteError, where


def _get(mapping: Any, path: tuple[str, ...]) -> Any:
    for part in path:
        if not isinstance(mapping, dict):
            return None
        mapping = mapping.get(part)
    return mapping


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
                raise WorkbookWriteError("workbook.write.unknown_key", where=where(*place, key))
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
        raise WorkbookWriteError("workbook.write.unexpected", where=where(*place))
    unknown = set(point) - {column.header for column in POINT_COLUMNS}
    if unknown:
        raise WorkbookWriteError("workbook.write.unexpected", where=where(*place, min(unknown)))
    return dict(point)


def _indicator_rows(data: dict[str, Any]) -> Iterator[Cells]:
    for index, initiative in enumerate(_initiatives(data)):
        names: set[str] = set()
        for number, indicator in enumerate(initiative.get("indikatorer") or []):
            base = ("insatser", index, "indikatorer", number)
            if not isinstance(indicator, dict):
                raise WorkbookWriteError("workbook.write.unexpected", where=where(*base))
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
            raise WorkbookWriteError("workbook.write.unexpected", where=where(*base))
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
                raise WorkbookWriteError("workbook.write.unexpected", where=where(*place))
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
                raise WorkbookWriteError("workbook.write.unexpected", where=where(*base))
            values = {"insats": initiative.get("id"), **exemption}
            yield _row(UNDANTAG.columns, values, base)


_ROWS: dict[str, Callable[[dict[str, Any]], Iterator[Cells]]] = {
    PLAN.name: _plan_rows,
    INSATSER.name: _initiative_rows,
    INDIKATORER.name: _indicator_rows,
    PROBLEM.name: _problem_rows,
    UNDANTAG.name: _exemption_rows,
}


def check_plan(data: dict[str, Any]) -> None:
    """Refuse a plan the workbook cannot hold whole (:class:`WorkbookWriteError`)."""
    _check_keys(data, _PLAN_KEYS, ())
    _check_ids(data)


def sheet_rows(sheet: Sheet, data: dict[str, Any]) -> Iterator[Cells]:
    """The rows of one sheet of the layout: each cell's value, kind and place in the plan."""
    return _ROWS[sheet.name](data)
