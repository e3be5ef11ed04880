"""Loaded data to a :class:`~effektkedja.model.Plan`, or EK002 findings saying why not.

Each pydantic error becomes one finding at the right node: an unknown key at the
key, a missing key at the mapping that lacks it, a wrong value at the value,
with a "did you mean" where a close match exists.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from effektkedja.findings import Hit
from effektkedja.loader import Loaded, Loc
from effektkedja.messages import Message
from effektkedja.model import (
    Application,
    Decision,
    Evidence,
    Exemption,
    FormatModel,
    Indicator,
    Initiative,
    Period,
    Plan,
    Point,
    Problem,
    Product,
    keys_of,
    model_at,
    suggest,
)

_DECIMAL_COMMA = re.compile(r"[-+]?\d+,\d+\Z")


def validate(loaded: Loaded) -> tuple[Plan | None, list[Hit]]:
    """Validate loaded data as a plan; on failure return EK002 hits, one per problem."""
    data = loaded.data
    if data is None:
        return None, [Hit("EK002", (), "EK002.empty")]
    if not isinstance(data, dict):
        return None, [Hit("EK002", (), "EK002.root", {"got": Message(f"got.{_got(data)}")})]
    try:
        return Plan.model_validate(data), []
    except ValidationError as exc:
        return None, _one_per_typo([_hit(error, data) for error in exc.errors(include_url=False)])


def _one_per_typo(hits: list[Hit]) -> list[Hit]:
    """Drop "missing key" where a misspelt key beside it suggests that very key.

    ``organisatoin`` is one mistake: an unknown key whose suggestion names the
    missing ``organisation``. The unknown-key finding says it all.
    """
    suggested = {
        (hit.loc[:-1], hit.args.get("suggestion"))
        for hit in hits
        if hit.message == "EK002.unknown_key"
    }
    return [
        hit
        for hit in hits
        if not (hit.message == "EK002.missing" and (hit.loc, hit.args["key"]) in suggested)
    ]


def _hit(error: Any, data: dict[str, Any]) -> Hit:
    loc: Loc = tuple(error["loc"])
    kind: str = error["type"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    key = next((part for part in reversed(loc) if isinstance(part, str)), "")
    initiative = (
        loc[1] if len(loc) > 1 and loc[0] == "insatser" and isinstance(loc[1], int) else None
    )

    def hit(message: str, at: Loc = loc, at_key: bool = False, **args: Any) -> Hit:
        return Hit("EK002", at, message, {"key": key, **args}, initiative, at_key)

    if kind == "missing":
        parent = loc[:-1]
        return hit("EK002.missing", parent, where=_where(parent, data))
    if kind == "extra_forbidden":
        model = model_at(loc[:-1])
        choices = keys_of(model) if model is not None else []
        return hit(
            "EK002.unknown_key",
            at_key=True,
            where=_where(loc[:-1], data),
            suggestion=suggest(str(loc[-1]), choices),
        )
    if kind.startswith("ek_"):
        return _custom(kind[3:], ctx, hit)
    got = Message(f"got.{_got(value)}")
    if kind in ("string_type",):
        return hit("EK002.not_text", got=got)
    if kind == "string_too_short":
        return hit("EK002.empty_text")
    if kind == "string_pattern_mismatch":
        return hit("EK002.id_pattern", value=value)
    if kind in ("float_type", "float_parsing"):
        if isinstance(value, str) and _DECIMAL_COMMA.match(value.strip()):
            return hit("EK002.not_number.comma", value=value, fixed=value.strip().replace(",", "."))
        return hit("EK002.not_number", got=got)
    if kind == "finite_number":
        return hit("EK002.not_finite", value=value)
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return hit("EK002.not_integer", got=got)
    if kind in ("greater_than_equal", "less_than_equal"):
        return hit("EK002.year_range", value=value)
    if kind == "too_short":
        return hit("EK002.empty_list")
    if kind == "list_type":
        return hit("EK002.not_list", got=got)
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        if loc and isinstance(loc[-1], int):
            return hit("EK002.not_mapping.item", got=got)
        return hit("EK002.not_mapping", got=got)
    return hit("EK002.other", detail=error.get("msg", kind))


def _custom(kind: str, ctx: dict[str, Any], hit: Any) -> Hit:
    if kind == "enum":
        return hit(
            "EK002.enum",
            value=ctx.get("value"),
            allowed=", ".join(ctx.get("allowed", [])),
            suggestion=ctx.get("suggestion"),
        )
    if kind in ("date", "date_nonexistent", "rule_code", "version"):
        return hit(f"EK002.{kind}", value=ctx.get("value"), suggestion=ctx.get("suggestion"))
    if kind == "delmal":
        return hit("EK002.delmal", value=ctx.get("value"), suggestion=ctx.get("suggestion"))
    if kind == "point_year_mismatch":
        return hit("EK002.point_year_mismatch", year=ctx.get("year"), date=ctx.get("date"))
    return hit(f"EK002.{kind}")


_NOUNS: dict[type[FormatModel], str] = {
    Plan: "where.plan",
    Initiative: "where.initiative",
    Indicator: "where.indicator",
    Point: "where.point",
    Period: "where.period",
    Decision: "where.decision",
    Product: "where.product",
    Application: "where.application",
    Exemption: "where.exemption",
    Problem: "where.problem",
    Evidence: "where.evidence",
}


def _where(loc: Loc, data: Any) -> Message:
    """A noun phrase for the part of the plan at ``loc`` ("insatsen ”x”")."""
    model = model_at(loc)
    key = _NOUNS.get(model, "where.plan") if model is not None else "where.plan"
    node = _get(data, loc)
    if model is Initiative:
        ident = node.get("id") if isinstance(node, dict) else None
        if isinstance(ident, (str, int, float)) and not isinstance(ident, bool):
            return Message(key, {"id": ident})
        return Message("where.initiative.noid")
    if model is Problem:
        ident = node.get("id") if isinstance(node, dict) else None
        if isinstance(ident, (str, int, float)) and not isinstance(ident, bool):
            return Message(key, {"id": ident})
        return Message("where.problem.noid")
    if model in (Indicator, Evidence):
        name = node.get("namn") if isinstance(node, dict) else None
        return Message(key, {"name": name}) if isinstance(name, str) else Message(f"{key}.noname")
    return Message(key)


def _get(data: Any, loc: Loc) -> Any:
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _got(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "str"
    if value is None:
        return "none"
    if isinstance(value, list):
        return "list"
    return "mapping"


def initiative_id(data: Any, index: int) -> str | None:
    """The id of ``insatser[index]`` in raw data, when there is one to name."""
    node = _get(data, ("insatser", index, "id"))
    if isinstance(node, bool) or node is None:
        return None
    return str(node) if isinstance(node, (str, int, float)) else None
